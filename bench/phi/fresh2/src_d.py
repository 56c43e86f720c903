# fresh2 notes, part D. Each entry: (style, marked note, marked summary). Written by hand.
NOTES = [
('ems_run_sheet',
"""EMS PATIENT CARE REPORT  Medic 14
Incident date [[DATE:02/10/2024]]  Dispatch 0612  On scene 0621
Pt: [[NAME:GREEN, ROSALIND]]  age [[AGE:92]]  Address: [[ADDRESS:3 Cherry Hill Rd, Unit 12, Burlington, VT 05401]]
Found by caregiver ([[NAME:Kofi Asante]]) on bathroom floor, unknown down time. A&Ox2. {{vital:BP 98/56}}, {{vital:HR 48}}, {{vital:CBG 104}}. 12-lead: junctional brady.
{{drug:Atropine}} {{dose:1 mg}} IV -> HR 62. Pt on {{drug:digoxin}} and {{drug:metoprolol}} per med list on fridge.
Transported to ED, report to RN [[NAME:Caitlin]]. Crew: [[NAME:D. Pelletier]] (medic), [[NAME:Jo Ouellette]] (EMT).""",
"""Medic 14 treated [[NAME:Rosalind Green]], [[AGE:92]], for junctional bradycardia on {{drug:digoxin}} with {{drug:atropine}} and transported her to the ED."""),

('poison_control',
"""Poison center call [[DATE:10 Feb 2024]] 2140
Caller: [[NAME:Dawn Whitaker]] (grandmother), [[PHONE:555-302-7741]]
Child: [[NAME:Bentley]], 2 yo, ~13 kg, may have swallowed up to 3 of grandpa's {{drug:amlodipine}} {{dose:10 mg}} tabs ~30 min ago.
Potentially toxic dose. Advised ED now, do not induce vomiting. Called ahead to Children's ED charge RN [[NAME:Mariana Suarez]].
Follow-up call 0030: [[NAME:Bentley]] admitted for observation, {{vital:BP 88/50}}, {{lab:glucose 168}}.
SPI: [[NAME:Ha-eun Yoon]], PharmD""",
"""Grandmother [[NAME:Dawn Whitaker]] reported that [[NAME:Bentley]], 2, may have swallowed {{drug:amlodipine}}; he was sent to the ED and admitted for observation."""),

('radiology_report',
"""EXAM: MRI LUMBAR SPINE WITHOUT CONTRAST
PATIENT: [[NAME:Sato, Kenji]]     MRN: [[MRN:000-481-226]]     DOB: [[DATE:04.07.1969]]
DATE OF SERVICE: [[DATE:02.11.2024]]
ORDERING: [[NAME:Grace Liang-Moreau]], MD
HISTORY: L5 radiculopathy x 6 weeks, failed PT.
FINDINGS: L4-5 broad-based disc bulge with L paracentral extrusion contacting the traversing L5 nerve root. Mild facet arthropathy. No {{eponym:Modic}} changes. Conus terminates at L1.
IMPRESSION: L4-5 L paracentral extrusion as above.
Dictated by [[NAME:Cyrus Farahani]], MD; findings routed to Dr. [[NAME:Liang-Moreau]]'s inbox.""",
"""MRI for [[NAME:Kenji Sato]] showed a left L4-5 disc extrusion contacting the L5 root; Dr. [[NAME:Farahani]] sent it to Dr. [[NAME:Liang-Moreau]]."""),

('cath_report',
"""CARDIAC CATHETERIZATION REPORT
Operator: [[NAME:Emeka Obi]], MD   Fellow: [[NAME:Anushka Dutta]], MD
Pt: [[NAME:Li Xiuying]]  {{age:69}}F   Date [[DATE:2/12/24]]
Access: R radial, 6 Fr. {{drug:Heparin}} {{dose:5,000 units}}, {{drug:verapamil}} {{dose:2.5 mg}} IA.
LM: normal. LAD: 90% mid, {{score:TIMI 3}} flow. LCx: 30%. RCA: dominant, 40% prox.
PCI: mid LAD, 3.0 x 18 mm DES. Post {{score:TIMI 3}}, 0% residual.
LVEDP 18. Contrast {{dose:110 mL}}.
Plan: {{drug:aspirin}} + {{drug:ticagrelor}} x 12 mo. Pt's niece ([[NAME:Li Wei]]) updated in waiting area.""",
"""[[NAME:Li Xiuying]] received a drug-eluting stent to the mid LAD by Dr. [[NAME:Obi]]; her niece [[NAME:Li Wei]] was updated."""),

('sleep_study',
"""POLYSOMNOGRAPHY INTERPRETATION
Patient: [[NAME:Oyelaran, Babatunde]]   Study date: [[DATE:Feb 12-13, 2024]]
Referring: Dr. [[NAME:Hunter]]
Total sleep time 362 min, efficiency 81%. {{score:AHI 34}}/h (supine 52/h), nadir {{vital:SpO2 78%}}. {{score:ESS 15}}.
Impression: severe obstructive sleep apnea.
Rec: CPAP titration; avoid {{drug:Ambien}}/{{drug:Xanax}} and alcohol; drowsy driving counseling (pt drives for a rideshare company).
Interpreting physician: [[NAME:Fatemeh Sadeghi]], MD, DABSM""",
"""[[NAME:Babatunde Oyelaran]] has severe OSA ({{score:AHI 34}}) and needs CPAP titration per Dr. [[NAME:Sadeghi]]."""),

('dermatology',
"""Derm clinic - [[NAME:Finnegan O'Rourke]], {{age:63}}, fair skin, hx of BCC x2.
Today: 7 mm pearly papule L nasal ala, arborizing vessels on dermoscopy. Shave bx done. Multiple AKs on scalp - LN2 x 12.
Also: pt asks about his wife [[NAME:Maeve]]'s mole - advised she book her own visit.
Plan: if BCC, refer to Mohs (Dr. [[NAME:Ashworth]]). Sunscreen SPF 50. TBSE 6 mo.
Seen with derm resident [[NAME:Olusegun Bakare]], MD.""",
"""[[NAME:Finnegan O'Rourke]] had a nasal lesion biopsied for suspected BCC and may be referred to Dr. [[NAME:Ashworth]] for Mohs."""),

('sports_medicine',
"""Sports Med: [[NAME:June Abernathy]] is a {{age:17}}yo soccer goalkeeper with R knee pain after a pivoting injury on the [[DATE:3rd]]. Immediate swelling. {{eponym:Lachman}} 2B, anterior drawer +, pivot shift deferred. {{eponym:McMurray}} negative.
MRI: complete ACL tear, bone bruising lateral femoral condyle.
Discussed ACL reconstruction (BTB vs hamstring) with pt and dad ([[NAME:Russ]]). Surgery booked with Dr. [[NAME:Kaimana Akau]] [[DATE:2/20]].
Athletic trainer [[NAME:Bryce Holloway]] cc'd: [[EMAIL:bholloway@lincolnhigh.example.k12.us]]""",
"""[[NAME:June Abernathy]], {{age:17}}, tore her ACL and is scheduled for reconstruction with Dr. [[NAME:Akau]] on [[DATE:2/20]]."""),

('occupational_health',
"""EMPLOYEE HEALTH - needlestick
Employee: [[NAME:Tran, Bao-Ngoc]], RN
Exposure: [[DATE:2/13/2024]] 1530, 25g needle after SC {{drug:enoxaparin}} injection, L index finger, no visible blood.
Source pt: [[NAME:Desmond Achterberg]], MRN [[MRN:5520-1187]] - consented to testing; HIV Ag/Ab neg, HCV Ab neg, HBsAg neg.
Employee immune to HBV (anti-HBs 220). No PEP indicated. Baseline labs drawn.
Counseling by [[NAME:Irene Castillo]], NP.""",
"""Nurse [[NAME:Bao-Ngoc Tran]] had a low-risk needlestick; source patient [[NAME:Desmond Achterberg]] tested negative and no PEP was needed."""),

('pre_op_checklist',
"""PRE-OP CHECKLIST                                  [[DATE:Feb 14]]
Patient name: [[NAME:Salvatore Bianchi]]   ID band checked x2 [x]
Consent signed [x]   H&P < 30 d [x]   Site marked by Dr. [[NAME:Rose]] [x]
NPO since 2400 [x]   {{drug:Eliquis}} held x 48 h [x] (last dose [[DATE:2/11]] 0800)
Labs: {{lab:Hgb 13.1}}  {{lab:K 4.2}}  {{lab:INR 1.0}}   T&S done [x]
Glasses/dentures removed [x]   Pregnancy test N/A
Belongings with wife ([[NAME:Annamaria]])
Pre-op RN: [[NAME:Kimberly Sky]]""",
"""Pre-op checklist complete for [[NAME:Salvatore Bianchi]]; site marked by Dr. [[NAME:Rose]] and {{drug:Eliquis}} held since [[DATE:2/11]]."""),

('post_op_phone_call',
"""Post-op call POD#1: called pt [[NAME:Isabela Gonçalves]] at [[PHONE:(508) 555-0133]], spoke with pt and her husband [[NAME:Thiago]]. Tolerating clears, pain {{score:3/10}} on {{drug:oxycodone}} {{dose:5 mg}} x2 since d/c. Voiding. No fever. Dressing dry. Reminded to call for T > 101.5 or increasing pain. Post-op visit [[DATE:2/28]] with [[NAME:Nadia Petrosyan]], PA. - [[NAME:Cheryl-Lynn Baptiste]], RN""",
"""[[NAME:Isabela Gonçalves]] is doing well on post-op day 1; follow-up with [[NAME:Nadia Petrosyan]], PA, on [[DATE:2/28]]."""),

('methadone_clinic',
"""OTP Counselor Note - client [[NAME:Jesse Blackhorse]], take-home phase 3.
UDS [[DATE:2/15]]: + methadone only. Dose {{dose:95 mg}}. Attending groups Tues/Thurs with counselor [[NAME:Will Baptiste]].
Client reports relapse risk around his brother [[NAME:Cody]]'s release from jail next month; safety plan updated. Girlfriend [[NAME:Autumn]] supportive.
Next 1:1: [[DATE:3/1]]. - [[NAME:R. Kowalski-Dunn]], CADC""",
"""[[NAME:Jesse Blackhorse]] remains stable on {{dose:95 mg}} methadone; counselor [[NAME:Kowalski-Dunn]] updated his safety plan."""),

('psych_hold',
"""PSYCHIATRIC EMERGENCY EVALUATION
Pt: [[NAME:Evander Kingsley]], {{age:26}}, BIBP after neighbor (Mrs. [[NAME:Odessa Brown]]) called 911 - pt was on the roof of [[ADDRESS:2211 Peachtree Walk, Atlanta, GA 30309]] saying he could fly.
MSE: disheveled, pressured speech, grandiose, denies AH but appears internally preoccupied. Insight poor.
UDS + amphetamines. Hx bipolar I, off {{drug:Depakote}} x 2 mo.
Placed on emergency hold. {{drug:Zyprexa}} {{dose:10 mg}} IM given 0214 for agitation.
Mother ([[NAME:Lorraine Kingsley]]) at [[PHONE:404-555-0191]] notified with pt's permission.
[[NAME:Adebola Fashola]], MD, psychiatry""",
"""[[NAME:Evander Kingsley]], {{age:26}}, was placed on an emergency hold for mania off {{drug:Depakote}}; his mother [[NAME:Lorraine]] was notified."""),

('anticoagulation_clinic',
"""Anticoag Clinic - [[NAME:Edith Parker]]
{{lab:INR 4.1}} today (goal 2-3) on {{drug:warfarin}} {{dose:5 mg}} daily except {{dose:2.5 mg}} Sun. Started {{drug:Bactrim}} [[DATE:2/12]] for UTI (Dr. [[NAME:Summers]]) - interaction.
No bleeding. Hold 1 dose, then {{dose:2.5 mg}} x 2 days, recheck [[DATE:2/19]].
Spoke with daughter [[NAME:Faith]] at [[PHONE:555-211-4090]]; she fills the pill box.
- [[NAME:Magdalena Sánchez-Ibarra]], PharmD, CACP""",
"""{{lab:INR 4.1}} in [[NAME:Edith Parker]] after {{drug:Bactrim}}; warfarin held one dose and recheck [[DATE:2/19]]."""),

('diabetes_education',
"""DSMES session 2 of 4
Participant: [[NAME:Ahmad Rahimzai]]    Educator: [[NAME:Nasrin Jafari]], RD, CDCES
Reviewed CGM download ([[DATE:2/2]]-[[DATE:2/15]]): TIR 58%, TAR 38%, TBR 4%. Post-dinner spikes to 280 after naan/rice.
Taught plate method, carb counting (45-60 g/meal). Insulin: {{drug:Lantus}} {{dose:24 units}}, {{drug:Humalog}} {{dose:1 unit/10 g}} carbs.
Son [[NAME:Farid]] attended, helps with CGM app. Sent handouts to [[EMAIL:farid.rahimzai@example.com]] per pt request.""",
"""[[NAME:Ahmad Rahimzai]] learned carb counting with educator [[NAME:Nasrin Jafari]]; son [[NAME:Farid]] helps with the CGM."""),

('bronchoscopy',
"""Procedure: flexible bronchoscopy with EBUS-TBNA
Date: [[DATE:Friday, February 16, 2024]]
Pt: [[NAME:Halvard Johannessen]]
Proceduralist: [[NAME:Ingrid Solberg]], MD; RT [[NAME:Bill White]]; RN [[NAME:April Navarro]]
Sedation: moderate, {{drug:midazolam}} {{dose:3 mg}} / {{drug:fentanyl}} {{dose:100 mcg}}.
Stations 4R, 7, 11L sampled; ROSE positive for malignant cells at 4R.
No complications. Results to pt's oncologist Dr. [[NAME:Black]].""",
"""EBUS for [[NAME:Halvard Johannessen]] by Dr. [[NAME:Solberg]] found malignant cells at station 4R."""),

('transfusion_reaction',
"""TRANSFUSION REACTION REPORT
Pt: [[NAME:Priya D'Souza]]  Unit: A pos RBC
Started 1410, stopped 1432 at 75 mL. Symptoms: {{vital:T 38.6}} (from {{vital:37.0}}), rigors, {{vital:HR 118}}. No hypotension, no dyspnea.
Clerical check: correct pt/unit. DAT neg. Hemolysis work-up sent.
Blood bank MD: [[NAME:Nikhil Bhatt]]. Impression: febrile nonhemolytic reaction. Premedicate with {{drug:Tylenol}} next time.
Reported by [[NAME:Jovanka Petrović]], RN.""",
"""[[NAME:Priya D'Souza]] had a febrile nonhemolytic transfusion reaction; Dr. [[NAME:Bhatt]] recommends {{drug:Tylenol}} premedication."""),

('critical_value_log',
"""Lab critical call log - Chemistry
[[DATE:02/17/24]] 0312  {{lab:K 6.9}}   pt [[NAME:Moana Tuilagi]]   called to [[NAME:Ofa]] RN   read-back Y   tech [[NAME:jbw]]
[[DATE:02/17/24]] 0340  {{lab:Na 118}}  pt [[NAME:Ezekiel Okonjo]]  called to Dr [[NAME:Varga]]  read-back Y   tech [[NAME:jbw]]
[[DATE:02/17/24]] 0415  {{lab:Glucose 38}} pt [[NAME:Lupe Fifita]]  called to [[NAME:Mele]] RN   read-back Y   tech [[NAME:kr]]
[[DATE:02/17/24]] 0502  {{lab:Lactate 5.2}} pt [[NAME:Okonjo, Ezekiel]] called to Dr [[NAME:Varga]] read-back Y  tech [[NAME:kr]]""",
"""Four critical chemistry values were called overnight on [[DATE:02/17/24]], two for [[NAME:Ezekiel Okonjo]] to Dr. [[NAME:Varga]]."""),

('patient_relations_letter',
"""Patient Relations
[[ADDRESS:1 Hospital Drive, Box 115, Duluth, MN 55805]]

[[DATE:February 19, 2024]]

Mr. [[NAME:Arvid Lindholm]]
[[ADDRESS:4407 London Rd, Duluth, MN 55804]]

Dear Mr. [[NAME:Lindholm]],
Thank you for sharing your concerns about your wife [[NAME:Signe]]'s wait in the Emergency Department on [[DATE:January 30]]. We reviewed her care with the ED director, Dr. [[NAME:Haugen]], and charge nurse [[NAME:Paulette Grace]]. ...
Please contact me directly at [[PHONE:218-555-0126]] or [[EMAIL:patientrelations@lakeshore-syn.example.org]].
Sincerely,
[[NAME:Maren Eide]], Patient Experience Coordinator""",
"""Coordinator [[NAME:Maren Eide]] responded to [[NAME:Arvid Lindholm]]'s complaint about his wife [[NAME:Signe]]'s ED wait on [[DATE:January 30]]."""),

('fmla_form',
"""CERTIFICATION OF HEALTH CARE PROVIDER (FMLA)
Employee: [[NAME:Chinonso Eze-Nwachukwu]]
Family member requiring care: [[NAME:Adaora Eze]] (mother), DOB [[DATE:7/1/1948]]
Condition: metastatic pancreatic cancer, receiving chemotherapy q2wk; needs transport and assistance post-infusion.
Estimated leave: intermittent, 2 days every 2 weeks, [[DATE:2/20/2024]] - [[DATE:8/20/2024]].
Provider: [[NAME:Hollis Kincaid]], MD   Tel [[PHONE:555 410 2200]]   Fax [[PHONE:555 410 2201]]
[[ADDRESS:Cancer Center, 300 Meridian Way, Indianapolis, IN 46202]]""",
"""Dr. [[NAME:Kincaid]] certified intermittent FMLA for [[NAME:Chinonso Eze-Nwachukwu]] to care for her mother [[NAME:Adaora Eze]]."""),

('immigration_exam',
"""I-693 civil surgeon exam
Applicant: [[NAME:Mohammed Abdullah bin Khalid Al-Qahtani]], A-number on form
DOB [[DATE:15 Rajab 1405]] (converted: [[DATE:04/05/1985]])
Vaccines: MMR x2 documented; {{drug:Tdap}} and {{drug:varicella}} given today.
IGRA negative. Chest XR not required. Syphilis serology neg.
Exam normal. {{vital:BP 124/80}}.
Interpreter (Arabic): [[NAME:Omar ibn Hassan]]. Civil surgeon: [[NAME:Leticia Amador]], MD.""",
"""[[NAME:Mohammed Al-Qahtani]] completed his I-693 exam with Dr. [[NAME:Amador]]; {{drug:Tdap}} and {{drug:varicella}} were given."""),

('travel_clinic',
"""Travel clinic: Ms [[NAME:Nakamura-Lee]] ({{age:38}}) and her partner [[NAME:Devon Lee]] traveling to Ghana and Togo [[DATE:3/10]]-[[DATE:3/31]] for a wedding.
Given: {{drug:yellow fever}} vaccine (card signed), {{drug:Typhim Vi}}, {{drug:Hep A}} #1.
Rx: {{drug:Malarone}} {{dose:250/100 mg}} daily starting 1-2 d before, continue 7 d after. {{drug:azithromycin}} {{dose:1 g}} standby for TD.
Counseled on mosquito avoidance, food/water. [[NAME:Devon]] declined rabies pre-exposure series.""",
"""Ms [[NAME:Nakamura-Lee]] and [[NAME:Devon Lee]] received yellow fever and typhoid vaccines and {{drug:Malarone}} for travel to West Africa."""),

('jail_health',
"""Correctional health sick call. Inmate [[NAME:Raymond Delacroix]], booking # [[MRN:24-001877]], housing unit C-2.
c/o tooth pain and facial swelling x 3 days. {{vital:T 37.9}}. Fluctuant swelling over #19.
{{drug:Amoxicillin}} {{dose:500 mg}} TID x 7 d, {{drug:ibuprofen}} {{dose:600 mg}}. Dental referral urgent - Dr. [[NAME:Okafor-Green]] visits Thursdays.
Seen by [[NAME:Tamika Price]], NP.""",
"""[[NAME:Raymond Delacroix]] has a dental abscess and was started on {{drug:amoxicillin}} with an urgent dental referral."""),

('group_therapy',
"""IOP Group Note - DBT skills (distress tolerance)
Facilitators: [[NAME:Harper Quinn]], LCSW / [[NAME:Marisol Vega-Ortiz]], LPC
Attendance: [[NAME:Jade]], [[NAME:Ravi]], [[NAME:Cheyenne]], [[NAME:Bodhi]], [[NAME:Anneke]] (5/7). Absent: [[NAME:Tristan]], [[NAME:Liesl]].
This note for [[NAME:Jade Morningstar]]: participated actively, practiced TIPP with ice water, shared that she used "opposite action" after a conflict with her roommate [[NAME:Kelsey]]. No safety concerns.""",
"""In DBT group led by [[NAME:Harper Quinn]], [[NAME:Jade Morningstar]] practiced TIPP skills and had no safety concerns."""),

('hiv_clinic',
"""ID clinic follow-up. [[NAME:Thabo Molefe]] {{age:39}}M on {{drug:Biktarvy}}, VL < 20 copies since [[DATE:Aug 2022]], {{lab:CD4 612}}.
Husband [[NAME:Sipho]] on PrEP ({{drug:Descovy}}) via Dr. [[NAME:Mthembu]]; both request shared appointment times.
Labs: {{lab:Cr 0.9}}, {{lab:LDL 142}} -> start {{drug:rosuvastatin}} {{dose:10 mg}} (REPRIEVE).
Next visit with Dr. [[NAME:Yolanda Fairweather]] in 6 months. Pt updated email: [[EMAIL:tmolefe.za@example.net]].""",
"""[[NAME:Thabo Molefe]] remains suppressed on {{drug:Biktarvy}} and was started on {{drug:rosuvastatin}}."""),

('nophi_radiology_cxr',
"""CXR PA/LAT
Indication: {{age:60}}M with cough.
Findings: {{eponym:Swan-Ganz}} catheter tip in R main pulmonary artery - recommend withdrawal 2 cm. ET tube 4 cm above carina. NG tube below diaphragm. Small L effusion. No pneumothorax. {{eponym:Kerley B}} lines at bases.
Impression: mild interstitial edema; PA catheter slightly advanced.""",
"""Chest film shows mild interstitial edema and a {{eponym:Swan-Ganz}} catheter that should be pulled back 2 cm."""),

('nophi_stroke_code',
"""Stroke code: LKW 1 h 40 min ago. {{score:NIHSS 12}} (aphasia, R hemiparesis). {{vital:BP 178/96}} -> {{drug:labetalol}} {{dose:10 mg}} IV -> {{vital:BP 162/88}}. {{lab:Glucose 132}}, {{lab:Plt 221}}, {{lab:INR 1.0}}. CT: no ICH, {{score:ASPECTS 9}}. CTA: L M1 occlusion. {{drug:Tenecteplase}} {{dose:0.25 mg/kg}} given. To IR for thrombectomy. {{score:mRS}} baseline 0.""",
"""Stroke code with {{score:NIHSS 12}} and L M1 occlusion; {{drug:tenecteplase}} given and patient sent for thrombectomy."""),

('nophi_icu_sedation',
"""Sedation/analgesia bundle: {{score:RASS -1}} target 0 to -1, {{score:CPOT 2}}. {{drug:Precedex}} {{dose:0.6 mcg/kg/h}}, {{drug:fentanyl}} {{dose:25 mcg/h}}. SAT/SBT passed at 0800: RSBI 62. CAM-ICU negative. Extubated to 4L NC at 1015, {{vital:SpO2 96%}}. {{drug:Haldol}} not needed. Early mobility: dangled at edge of bed with PT.""",
"""Patient passed SAT/SBT on {{drug:Precedex}} and {{drug:fentanyl}} and was extubated; no {{drug:Haldol}} needed."""),

('nophi_gyn',
"""GYN: {{age:34}} yo G2P2 with menorrhagia. {{lab:Hgb 9.8}}, {{lab:ferritin 6}}. TVUS: 3 cm intramural fibroid. Options reviewed: {{drug:Mirena}} IUD, {{drug:tranexamic acid}} {{dose:1,300 mg}} TID x 5 d with menses, OCPs, myomectomy. Pt chose {{drug:Mirena}}. Start {{drug:ferrous sulfate}} {{dose:325 mg}} QOD. Pap {{lab:NILM}}, HPV neg.""",
"""{{age:34}}-year-old with fibroid-related menorrhagia and iron deficiency chose a {{drug:Mirena}} IUD and oral iron."""),

('nophi_peds_asthma_plan',
"""ASTHMA ACTION PLAN
GREEN zone (peak flow > 240): {{drug:Flovent}} {{dose:44 mcg}} 2 puffs twice daily with spacer.
YELLOW zone (160-240, cough, wheeze): add {{drug:albuterol}} {{dose:4 puffs}} every 4 hours; call the office if needed more than 24 h.
RED zone (< 160, hard to breathe, lips blue): {{drug:albuterol}} {{dose:6 puffs}} now and call 911.
Triggers: cat, smoke, cold air. Flu shot yearly.""",
"""Asthma action plan with {{drug:Flovent}} daily and {{drug:albuterol}} for yellow and red zones."""),

('nophi_wound_vac',
"""Wound VAC change: abdominal wound 14 x 6 x 3 cm, 80% granulation, 20% fibrin. Black foam x1 piece, {{dose:-125 mmHg}} continuous. Periwound intact; {{drug:Cavilon}} applied. Pre-medicated {{drug:oxycodone}} {{dose:10 mg}} 45 min prior; pain {{score:4/10}} during change. Next change in 48-72 h.""",
"""Wound VAC changed on a granulating abdominal wound at {{dose:-125 mmHg}} after {{drug:oxycodone}} premedication."""),

]
