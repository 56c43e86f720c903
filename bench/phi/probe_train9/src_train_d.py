NOTES = [
    dict(style="peds_sick_visit_form", note="""
PEDIATRIC SICK VISIT
Name: [[NAME:Kuarahy Ayala]]      DOB: [[DATE:2021-10-30]]      Age: {{age:3}} y      Sex: M
Accompanied by: mother [[NAME:Arasy Ayala]] and sister [[NAME:Jasy]] ({{age:9}}). Spanish/Guaraní; mother declined interpreter.
CC: pulling at R ear, fever x 2 days, waking at night.
Vitals: {{vital:T 38.9 C}}  {{vital:HR 136}}  {{vital:RR 28}}  {{vital:SpO2 99%}}  Wt 14.6 kg
Exam: R TM bulging, erythematous, no light reflex. L TM dull, not bulging. Mild pharyngeal erythema. Lungs clear.
Neck supple, {{eponym:Kernig}} / {{eponym:Brudzinski}} negative.
A: acute otitis media, right.
P: {{drug:amoxicillin}} {{dose:90 mg/kg/day}} divided BID x 10 d ({{dose:650 mg}} BID). {{drug:ibuprofen}} {{dose:140 mg}} q6h prn.
   Return if still febrile after 48-72 h on antibiotics.
Mother also worried about [[NAME:Jasy]]'s itchy rash on both arms - booked her own visit for tomorrow.
Mother's cell [[PHONE:(718) 555-0193]]. Family arrived from [[ADDRESS:Asunción]] in March; address updated to
[[ADDRESS:412 Wyckoff Ave, Apt 3R, Brooklyn, NY 11237]].
Provider: [[NAME:Dawn Mercer]], PNP
""", summary="""
[[NAME:Kuarahy Ayala]], {{age:3}}, had fever and right acute otitis media and was started on high-dose {{drug:amoxicillin}}. His mother [[NAME:Arasy Ayala]] also booked a visit for his sister's rash.
"""),

    dict(style="nicu_discharge_summary", note="""
NICU DISCHARGE SUMMARY
Infant: [[NAME:Bethlehem Tsegaye]]        MRN: [[MRN:60451188]]
Admitted: [[DATE:9 Sept 2024]]        Discharged: [[DATE:24 Oct 2024]]
GA at birth 31+0, BW 1.52 kg; discharge wt 2.41 kg, PMA 37+3.
Parents: [[NAME:Tsehay Worku]] (mother) and [[NAME:Dawit Tsegaye]] (father); brother [[NAME:Yonas]] ({{age:5}}) at home. Amharic-speaking grandmother
lives with them; parents prefer English.
Hospital course by problem:
1. RDS - CPAP x 5 d, one dose of surfactant. Room air since DOL 9.
2. Apnea of prematurity - {{drug:caffeine}} stopped at 34 wk; event-free > 7 days before discharge.
3. Hyperbilirubinemia - phototherapy x 3 d, peak {{lab:TSB 10.8}}.
4. ROP stage 1, zone III, both eyes - f/u with Dr. [[NAME:Mekonnen]] (ophthalmology) on [[DATE:11/7/2024]].
5. Small PDA on echo DOL 3 - closed on repeat echo. No murmur at discharge.
Screens: newborn screens #1/#2 normal; ABR pass both ears; CCHD pass; car seat test 90 min pass.
Immunizations: hep B [[DATE:10/10/24]]; {{drug:Beyfortus}} {{dose:50 mg}} IM [[DATE:10/22]].
Discharge exam: {{vital:HR 152}}, {{vital:RR 44}}, red reflex present bilaterally, hips stable, fontanelle soft.
Meds: {{drug:Poly-Vi-Sol with iron}} {{dose:1 mL}} daily. Feeds: EBM fortified to 24 kcal/oz, ad lib q3h.
Follow-up: PCP Dr. [[NAME:Lemlem Gebremedhin]] on [[DATE:Oct 26]]; NICU developmental clinic at 4 mo corrected.
Home: [[ADDRESS:9812 Georgia Ave, Silver Spring, MD 20902]]
[[NAME:Selamawit Haile-Mariam]], MD        cc: Dr. [[NAME:Gebremedhin]]
""", summary="""
[[NAME:Bethlehem Tsegaye]], born at 31 weeks, went home on [[DATE:24 Oct 2024]] after a NICU stay for RDS, apnea of prematurity and jaundice, on fortified breast milk. Ophthalmology follow-up for stage 1 ROP is on [[DATE:11/7/2024]] and she sees her PCP in two days.
"""),

    dict(style="peds_ward_secure_chat", note="""
Secure chat - 4 West Peds - [[DATE:Sat 01/11/25]]
[[NAME:Kalani M.]] (RN) 02:14: bed 12 [[NAME:Nāone]] baby, 14 mo, bronchiolitis, HFNC 8L 40% - RR high 60s, retracting more,
{{vital:sats 89-91}}. can someone come look?
Dr [[NAME:Kekoa Akana]] (PGY-2) 02:16: coming. go up to 10L / 50% for now. sending a gas
[[NAME:Kalani M.]] 02:31: VBG back {{lab:pH 7.28}} {{lab:pCO2 61}}. mom [[NAME:Leinaʻala]] asking if she can call dad, he's on night shift in [[ADDRESS:Kapolei]]
Dr [[NAME:Akana]] 02:33: yes of course. calling PICU now. fellow is [[NAME:Makana]] x[[PHONE:6120]] if you need him
Dr [[NAME:Akana]] 02:50: accepted PICU bed 3 for CPAP / possible NIV. sibling [[NAME:Keanu]] ({{age:6}}) can't come into PICU under the
resp virus visitor policy, can you let mom know
[[NAME:Kalani M.]] 02:52: told her, she's ok. transport 0305. report called to [[NAME:Mālia]] in PICU
""", summary="""
In an overnight secure chat on [[DATE:01/11/25]], nurse [[NAME:Kalani M.]] escalated a {{age:14}}-month-old with bronchiolitis worsening on high-flow oxygen; a venous gas showed hypercapnia and the infant moved to PICU. The mother was supported to call the father.
"""),

    dict(style="otp_intake_assessment", note="""
OPIOID TREATMENT PROGRAM - INTAKE ASSESSMENT
Name: [[NAME:Zoritsa Stojka]]          DOB: [[DATE:April 2, 1988]]          Age: {{age:36}}
MRN: [[MRN:A0082231]]          Medicaid ID: [[MRN:KY44109823]]
Address: [[ADDRESS:1427 Bardstown Rd, Louisville, KY 40204]]          Phone: [[PHONE:502-555-0115]]
Emergency contact: [[NAME:Django Lee]] (brother) [[PHONE:502-555-0170]]
Prefers to be called "[[NAME:Zora]]". Speaks Romani and English.
Referral: self, after ED visit for overdose [[DATE:3/3/25]] ({{drug:naloxone}} x 2 by EMS).
Substance history:
- Heroin, then fentanyl since 2019; now ~1 g/day smoked and IV. Last use 0600 today.
- Methamphetamine weekends. Alcohol rare, {{score:AUDIT-C 2}}.
- {{drug:Xanax}} "off the street" 2-3x/wk - counseled on combined risk.
Prior tx: {{drug:Suboxone}} 2021 (precipitated withdrawal, did not return); {{drug:Vivitrol}} x 1 injection in jail.
Exam: {{score:COWS 14}}, {{vital:BP 142/90}}, {{vital:HR 108}}. Track marks both antecubital fossae, healing abscess R forearm.
{{lab:Urine hCG neg}}. {{lab:HCV Ab reactive}}, {{lab:HIV Ag/Ab nonreactive}}.
DSM-5: OUD severe; stimulant use disorder, moderate.
Plan: {{drug:methadone}} {{dose:30 mg}} day 1, may add {{dose:10 mg}} after 3 h if COWS persists (max {{dose:40 mg}} day 1). Baseline ECG,
HCV RNA. Counselor: [[NAME:Tibor Lakatos]]. Medical director: Dr. [[NAME:Hershel Blumenfeld]].
""", summary="""
[[NAME:Zoritsa Stojka]] ("[[NAME:Zora]]"), {{age:36}}, entered the opioid treatment program after an overdose on [[DATE:3/3/25]], with severe fentanyl use disorder, stimulant use and untreated hepatitis C. {{drug:Methadone}} was started at {{dose:30 mg}} with an ECG and HCV RNA ordered.
"""),

    dict(style="bup_telehealth_lowercase", note="""
video visit bup f/u [[DATE:4/9/25]]
pt [[NAME:tatenda moyo]] on video from his car, parked, consented to telehealth, located in [[ADDRESS:ames]] iowa for this visit.
doing ok on {{drug:suboxone}} {{dose:16 mg}} daily (two 8s). no use since [[DATE:feb 14]] except one slip 3 wks ago, smoked fentanyl at a
party w his cousin [[NAME:farai]], told me himself before i asked. uds from tuesday pos bup + norbup only. cravings {{score:3/10}}.
working 2nd shift at the packing plant, union steward mr [[NAME:o'connell]] helped him get thursdays off for groups.
pdmp reviewed, no other controlled rx. no sedation on camera, speech normal.
a/p oud severe, on maintenance, one lapse. continue {{dose:16 mg}}, 14 day rx to hy-vee on [[ADDRESS:lincoln way]]. narcan at home yes, showed me.
rtc 2 wks in person for uds. - [[NAME:mjv]]
""", summary="""
In a video visit on [[DATE:4/9/25]], [[NAME:Tatenda Moyo]] reported stable buprenorphine maintenance with one fentanyl lapse three weeks earlier and a urine screen showing only buprenorphine. His {{dose:16 mg}} daily dose was continued with in-person follow-up in two weeks.
"""),

    dict(style="forensic_odontology_report", note="""
FORENSIC ODONTOLOGY CONSULTATION - PATTERNED INJURY
Requesting agency: [[ADDRESS:Rapid City]] Police Dept, Det. Sgt. [[NAME:Lorraine High Hawk]]
Case #: [[MRN:RCPD 24-031977]]      Lab #: [[MRN:FO-24-118]]
Person examined: [[NAME:Kimimela Standing Elk]], {{age:23}} F, in the ED, [[DATE:10/05/2024]] 2240, with her consent.
Injury: semicircular patterned injury, L posterior shoulder, two opposing arches 38 x 31 mm with central ecchymosis.
Individual tooth-mark abrasions: upper arch 6, lower arch 4. Intercanine distance approx 33 mm (upper).
Opinion: consistent with a human adult bite.
Collection: double-swab technique (wet then dry) over the injury for salivary DNA, 2 swabs + 1 control.
Photographs perpendicular with ABFO No. 2 scale; color, UV and IR series.
Suspect exemplars: pending search warrant for dental impressions of [[NAME:HOLLOW HORN, TRAVIS J]].
Comparison: deferred until exemplars are obtained.
Chain of custody: swabs sealed 2315, released to Evidence Tech [[NAME:M. Tsinajinnie]] #[[MRN:812]] at 2330.
Examiner: [[NAME:Ingrid Saar]], DDS, D-ABFO      [[EMAIL:isaar.forensic@protonmail.com]]      cell [[PHONE:605 555 0108]]
""", summary="""
A forensic odontologist examined [[NAME:Kimimela Standing Elk]] on [[DATE:10/05/2024]] and documented a patterned left shoulder injury consistent with an adult human bite, collecting DNA swabs and scaled photographs. Comparison with the suspect's dentition awaits a warrant.
"""),

    dict(style="immigration_detention_iha", note="""
DETENTION HEALTH SERVICES - INITIAL HEALTH ASSESSMENT (14-day)
Detainee: [[NAME:GHEBREMEDHIN, FILMON]]      A-number: [[MRN:A 219-448-071]]      Facility ID: [[MRN:D-330618]]
DOB (per detainee): [[DATE:01/01/2001]]      Arrived: [[DATE:2025-02-03]]      IHA: [[DATE:2025-02-14]]
Language: Tigrinya - telephonic interpreter [[NAME:Semhar]], ID [[MRN:77215]]
Hx: left Eritrea 2022; reports 8 months held in Libya, beaten with a pipe; nightmares, poor sleep. No chronic meds.
Exam: {{vital:BP 112/70}}, {{vital:HR 64}}, {{vital:BMI 19.2}}. Multiple linear hyperpigmented scars on back, 5-14 cm. Healed
angulated L 5th finger. Burrows in finger webs and wrists, excoriations.
TB: IGRA positive, CXR clear, no symptoms -> LTBI. {{lab:Hgb 12.9}}, {{lab:eosinophils 9%}}.
Plan:
- {{drug:permethrin}} {{dose:5%}} cream tonight, repeat in 7 d; launder bedding
- presumptive strongyloides: {{drug:ivermectin}} {{dose:200 mcg/kg}} x 2 days; serology sent
- LTBI: {{drug:rifampin}} {{dose:600 mg}} daily x 4 months; give records at release or transfer
- mental health referral, {{score:PC-PTSD-5 4/5}}
- scars documented with body map at detainee's request for his asylum case (attorney [[NAME:Hana Weiss]], [[PHONE:(915) 555-0146]])
Sponsor: cousin [[NAME:Luwam Ghebremedhin]], [[ADDRESS:Oakland]].
[[NAME:F. Bekele]], PA-C
""", summary="""
Initial health assessment on [[DATE:2025-02-14]] for detainee [[NAME:Filmon Ghebremedhin]], who reports torture in Libya, found scarring, scabies, latent TB and eosinophilia. Treatment for scabies, presumed strongyloidiasis and LTBI began, and mental health referral was made.
"""),

    dict(style="prison_chronic_care_id", note="""
CHRONIC CARE CLINIC - INFECTIOUS DISEASE (telemedicine)
Patient: [[NAME:MQHAYI, XOLANI]]      ID #: [[MRN:A-774019]]      Site: Unit 4 infirmary      CO [[NAME:Bishop]] present for security
| Date                 | HIV VL | CD4 | ALT | HCV RNA                    |
|----------------------|--------|-----|-----|----------------------------|
| [[DATE:08/12/2024]]  | {{lab:<20}}  | {{lab:412}} | {{lab:88}}  | {{lab:1.2 million IU/mL}}        |
| [[DATE:11/18/2024]]  | {{lab:<20}}  | {{lab:455}} | {{lab:61}}  | {{lab:<15}} (tx wk 4)           |
| [[DATE:02/10/2025]]  | {{lab:<20}}  | {{lab:470}} | {{lab:22}}  | {{lab:not detected}} (EOT)       |
ART: {{drug:Biktarvy}} daily, KOP, 100% by pill count. HCV: {{drug:Epclusa}} x 12 wk, completed [[DATE:Jan 6]].
FibroScan 8.1 kPa ({{score:F2}}). No ascites, no jaundice.
Pt asks about his release date ([[DATE:June 30th]]): discharge planning started - 30-day ART supply, Ryan White clinic
intake in [[ADDRESS:Newark]], sister [[NAME:Nosipho]] will pick him up.
Plan: SVR12 draw [[DATE:3/31/25]]; HAV/HBV vaccine series #2 due; RTC 3 mo or post-SVR.
Dr. [[NAME:Nomsa Khumalo]] (ID, telemed)      Onsite RN: [[NAME:R. Ahiga]]
""", summary="""
[[NAME:Xolani Mqhayi]] has a suppressed HIV viral load on {{drug:Biktarvy}} and an undetectable HCV RNA at the end of {{drug:Epclusa}} therapy, with SVR12 due on [[DATE:3/31/25]]. Release planning for [[DATE:June 30th]] includes an ART supply and a Ryan White clinic intake.
"""),

    dict(style="military_sick_call_soap", note="""
BN AID STATION - SICK CALL
SM: SPC [[NAME:TSOSIE, KYLE A]]    B Co, 2-12 IN, 4th IBCT    DoD ID [[MRN:1584420937]]    DOI [[DATE:15APR25]]
S: {{age:22}} yo M rolled R ankle on 12-mi ruck at approx mile 4, felt a pop, able to walk off with help. No prior ankle inj.
O: swelling lat malleolus, TTP over ATFL. No TTP posterior edge/tip of lat or med malleolus, navicular, or base of 5th MT;
   able to bear weight 4 steps -> {{eponym:Ottawa}} ankle rules neg, no film. Ant drawer 1+. Squeeze test neg. NV intact.
   No major deformity.
A: R lateral ankle sprain, grade II.
P: RICE, ASO brace, {{drug:Motrin}} {{dose:800 mg}} TID w/ food x 7 d, crutches WBAT.
   Profile: no running, rucking, jumping x 14 d. F/u PT 7 d. RTC sooner if numbness or can't bear weight.
Seen by: SGT [[NAME:Major]], 68W     Precepted: CPT [[NAME:Onni Lahtinen]], PA-C
PSG notified: SSG [[NAME:Rakoto]]
""", summary="""
SPC [[NAME:Kyle Tsosie]], {{age:22}}, sprained his right ankle on a ruck march on [[DATE:15APR25]]; {{eponym:Ottawa}} ankle rules were negative and a grade II sprain was diagnosed. He received a brace, NSAIDs and a 14-day profile.
"""),

    dict(style="va_homeless_social_work", note="""
HCHV SOCIAL WORK NOTE - [[DATE:Wednesday, January 8, 2025]]
Veteran [[NAME:Rainier Kask]], Army 1991-1995 (Gulf War), SGT, honorable. SSN [[SSN:512-44-7093]] verified for HUD-VASH referral.
Met at the day center on [[ADDRESS:Pike St]]. Has been sleeping in his truck near [[ADDRESS:Auburn]] since October.
Prepaid phone [[PHONE:253-555-0102]]; email [[EMAIL:rainier.kask1969@gmail.com]] (checks it at the library).
Income: VA pension + 10% SC tinnitus. No current legal issues.
Health: DM2, {{lab:A1c 9.4%}} ([[DATE:12/2/24]]), no-showed PACT x 2; ran out of {{drug:metformin}} about a month ago.
{{score:AUDIT-C 3}}. {{score:PHQ-2 1}}. Denies SI/HI.
Plan:
- HUD-VASH referral submitted today; case manager [[NAME:Aputi Kilabuk]], LICSW
- PACT visit with Dr. [[NAME:Storm]] [[DATE:1/15]] 0930 - bus tickets given, reminder call set
- winter gear from the clothing closet
- sister [[NAME:Mare Kask-Ilves]] in [[ADDRESS:Tacoma]] willing to store his belongings; ROI signed
[[NAME:Dzintars Ozoliņš]], MSW
""", summary="""
Homeless Army veteran [[NAME:Rainier Kask]] was met on [[DATE:January 8, 2025]] while living in his truck, with poorly controlled diabetes and no {{drug:metformin}}. A HUD-VASH referral was submitted and a primary care visit with Dr. [[NAME:Storm]] was arranged for [[DATE:1/15]].
"""),

    dict(style="occ_health_dot_exam", note="""
MEDICAL EXAMINATION REPORT - COMMERCIAL DRIVER (FMCSA)
Driver: [[NAME:Tapiwa Chiweshe]]       DOB: [[DATE:07-23-1976]]       Age: {{age:48}}
CDL #: [[MRN:C2290418]]       Exam date: [[DATE:2025/05/12]]
Vision (uncorrected): R {{vital:20/25}}, L {{vital:20/30}}, both {{vital:20/25}}. Horizontal fields 85 / 85 degrees. Distinguishes red, green, amber.
Hearing: forced whisper heard at 5 ft, both ears.
{{vital:BP 152/94}}, recheck {{vital:BP 144/88}}; {{vital:P 76}}. Urinalysis: SG 1.020, protein neg, blood neg, {{lab:glucose neg}}.
Sleep: neck 46 cm, {{vital:BMI 38.2}}, {{score:Epworth 11}}; wife [[NAME:Rudo]] reports loud snoring and gasping.
Meds: {{drug:lisinopril}} {{dose:20 mg}}, {{drug:Lipitor}} {{dose:40 mg}}. No insulin, no seizures, no syncope.
Determination: meets standards in 49 CFR 391.41 with periodic monitoring - 1-year certificate (HTN). Referred for sleep
study; must show OSA evaluation within 90 days.
Medical examiner: [[NAME:Elina Kivistö]], DO      National Registry #: [[MRN:3841170925]]
""", summary="""
Commercial driver [[NAME:Tapiwa Chiweshe]], {{age:48}}, was certified for one year at his [[DATE:2025/05/12]] exam because of hypertension ({{vital:BP 144/88}} on recheck). Obesity, snoring and an {{score:Epworth 11}} prompted a sleep apnea referral.
"""),

    dict(style="employee_health_needlestick", note="""
EMPLOYEE HEALTH - BLOOD/BODY FLUID EXPOSURE
Employee: [[NAME:Nosipho Gqola]], RN, 7 North      Badge [[MRN:88104]]      ext. [[PHONE:74492]]
Exposure: [[DATE:Nov 19]] 0310 - hollow-bore needlestick L index finger while starting an IV, through glove, visible blood.
Washed with soap and water right away. Reported to charge RN [[NAME:Mirela Dinicu]] at 0320.
Source: [[NAME:RAKOTONDRABE, JEAN-CLAUDE]], MRN [[MRN:5519027]], a [[AGE:91]] y/o admitted with sepsis; consent for testing
obtained from his son [[NAME:Andry]] by phone.
Source labs: {{lab:HIV Ag/Ab nonreactive}}, {{lab:HBsAg negative}}, {{lab:HCV Ab reactive}} -> HCV RNA pending.
Employee: {{lab:anti-HBs 112 mIU/mL}} (immune). Baseline HIV, HCV Ab, ALT drawn.
HIV PEP: not indicated (source nonreactive). HCV: HCV RNA at 3-6 wks, HCV Ab + ALT at 4-6 mo.
Counseled; no work restrictions. F/u [[DATE:12/10]] or sooner when source RNA results.
[[NAME:Aleksi Rantanen]], NP, Employee Health      [[EMAIL:ehs-exposure@stlukeshealth.org]]
""", summary="""
Nurse [[NAME:Nosipho Gqola]] had a hollow-bore needlestick on [[DATE:Nov 19]] from a source patient who is HIV-negative but HCV-antibody reactive. She is hepatitis B immune, HIV PEP was not indicated and HCV follow-up testing is planned.
"""),

    dict(style="snf_wound_sbar", note="""
SBAR - Wound nurse to DON / attending
S: Resident [[NAME:Oona Hietala]], rm 214, aged [[AGE:ninety-six]], has a new stage 3 sacral pressure injury found at AM care [[DATE:2/18]].
B: advanced dementia, bed-bound since hip fx in November, poor intake (eats ~25%), {{lab:albumin 2.7}}. {{score:Braden 11}}
   (was 14). Incontinent of urine and stool. On {{drug:Eliquis}}.
A: sacrum 3.2 x 2.5 x 0.3 cm, 80% red granulation, 20% yellow slough, no tunneling, moderate serous drainage, mild
   periwound maceration, no odor, no fever. Bilat heels intact, blanchable. Pain with turning (PAINAD {{score:4}}).
R:
 - low air loss mattress today; q2h turns, 30-degree tilt, heels floated
 - cleanse NS, {{drug:Medihoney}} alginate to base, zinc barrier periwound, bordered foam, change daily + prn soiling
 - dietitian consult; add protein shake BID
 - {{drug:acetaminophen}} {{dose:500 mg}} 30 min before dressing change
 - notify daughter/POA [[NAME:Marja Hietala]] [[PHONE:(218) 555-0129]] - done 1115, she will visit Sunday
 - reportable per policy; incident report filed
[[NAME:K. Ravelo]], RN, WCC
""", summary="""
[[NAME:Oona Hietala]], a [[AGE:96]]-year-old bed-bound resident with dementia, was found on [[DATE:2/18]] to have a new stage 3 sacral pressure injury with a falling {{score:Braden 11}}. Pressure redistribution, daily dressings, nutrition support and pre-dressing analgesia were started and her daughter was notified.
"""),

    dict(style="wound_assessment_flowsheet", note="""
WOUND ASSESSMENT - Flowsheet entry
Site: L lateral malleolus          Etiology: venous (mixed; ABI {{lab:0.82}})
Measurements (L x W x D): 4.6 x 3.1 x 0.2 cm          Area 14.3 cm2 (prior 16.0 cm2; -11%)
Tissue: 60% granulation, 30% fibrinous slough, 10% epithelial edge
Exudate: moderate, serous          Odor: none after cleansing
Edges: attached, irregular          Undermining / tunneling: none
Periwound: hemosiderin staining, lipodermatosclerosis, mild maceration 0.5 cm rim
Pain: {{score:4/10}} at rest, {{score:6/10}} during cleansing
Signs of infection: none (no increasing pain, warmth, purulence)
Cleansed with NS, mechanical debridement with monofilament pad. Skin prep to periwound.
Primary: calcium alginate. Secondary: super-absorbent pad. Compression: two-layer system, 40 mmHg at ankle, toe-to-knee.
Next change in 3 days (Monday / Thursday schedule). Teaching: leg elevation above heart 30 min TID.
""", summary="""
A left lateral malleolar venous ulcer measured 4.6 x 3.1 x 0.2 cm, about 11% smaller, with mostly granulation tissue and no signs of infection. Alginate, an absorbent pad and two-layer compression were applied, with changes twice weekly.
"""),

    dict(style="urology_result_letter", note="""
[[DATE:May 2, 2025]]

Mr. [[NAME:Obsa Lencho]]
[[ADDRESS:2216 Cedar Ave S]]
[[ADDRESS:Minneapolis, MN 55404]]

Dear Mr. [[NAME:Lencho]],

Thank you for coming in for your prostate biopsy on [[DATE:April 24]]. Cancer was found in 4 of the 12 samples. The
pathologist graded it {{score:Gleason 3+4=7}} (Grade Group 2), which is a favorable intermediate-risk cancer. Your PSA before the
biopsy was {{lab:6.8 ng/mL}} and your MRI showed one {{score:PI-RADS 4}} area on the left side.

The main choices are active surveillance, surgery (robotic prostatectomy) or radiation. I would like to talk them through with
you on [[DATE:Tuesday, May 13]] at 10:00. You mentioned you would like your son [[NAME:Ebisa]] to come - he is very welcome, and
we can book an Afaan Oromo interpreter if it would help.

If you have questions before then, call our nurse line at [[PHONE:612-555-0188]].

Sincerely,
[[NAME:Gergely Tóth]], MD, Urology
cc: [[NAME:Chala Bekele]], MD (primary care)
""", summary="""
Dr. [[NAME:Gergely Tóth]] wrote to [[NAME:Obsa Lencho]] that his [[DATE:April 24]] prostate biopsy showed {{score:Gleason 3+4=7}} cancer in 4 of 12 cores, with a PSA of {{lab:6.8}} and a {{score:PI-RADS 4}} lesion. A visit on [[DATE:May 13]] was offered to discuss surveillance, surgery or radiation.
"""),

    dict(style="peds_urology_new_patient", note="""
PEDIATRIC UROLOGY - NEW PATIENT
Pt: [[NAME:Ahiga Yazzie-Nez]]     {{age:11}} months     Referred by: IHS clinic in [[ADDRESS:Chinle]] (Dr. [[NAME:McCabe]])
Here with mom [[NAME:Shandiin Nez]] and grandmother [[NAME:Bessie Yazzie]]; dad [[NAME:Tony Yazzie]] on speakerphone.
Hx: R testis "never been in the bag" per mom. Term, SVD, no NICU. Older brother [[NAME:Hastiin]] had the same, fixed at age 2.
Exam: well-appearing, weight 9.8 kg. Phallus normal, meatus orthotopic, no hypospadias. L testis descended, normal size.
R testis palpable at external ring, cannot be brought to the scrotum. No inguinal hernia on crying/{{eponym:Valsalva}}.
A: R undescended testis, palpable, canalicular.
P: R inguinal orchiopexy, outpatient, ideally before 18 mo. No imaging needed. Risks (bleeding, infection, atrophy, recurrence)
discussed with mom and dad; consent signed by mom. Family travels ~3 h; surgery scheduled for [[DATE:Friday 8/22]].
Pre-op call will be to mom's cell [[PHONE:928-555-0161]].
[[NAME:Dena Whitman]], MD, Pediatric Urology
""", summary="""
[[NAME:Ahiga Yazzie-Nez]], {{age:11}} months old, has a palpable right undescended testis with no hernia, and no imaging is needed. Right inguinal orchiopexy was scheduled for [[DATE:8/22]] with his mother's consent.
"""),

    dict(style="mslt_report", note="""
SLEEP DISORDERS CENTER - PSG + MULTIPLE SLEEP LATENCY TEST
Patient: [[NAME:Kaʻiulani de la Cruz]]      {{age:19}} F      MRN [[MRN:2207781]]      Referring: Dr. [[NAME:Kealoha]]
Hx: college sophomore with daytime sleepiness since age {{age:16}}, sleep paralysis, hypnagogic hallucinations, knees buckle when
she laughs. {{score:Epworth 18}}. 2-week actigraphy: ~8 h/night, regular schedule. Urine drug screen negative; no antidepressants.
Overnight PSG [[DATE:03/03/2025]]: TST 7 h 02 min, sleep efficiency 92%, REM latency 11 min (SOREMP), {{lab:AHI 1.2}}, PLMI 3.
MSLT [[DATE:03/04/2025]]:
  Nap 1 (0800): sleep onset 2.5 min, REM yes
  Nap 2 (1000): 4.0 min, REM yes
  Nap 3 (1200): 3.0 min, REM no
  Nap 4 (1400): 5.5 min, REM yes
  Nap 5 (1600): 2.0 min, REM yes
Mean sleep latency {{lab:3.4 min}}; SOREMPs 4 of 5 naps (5 including the overnight study).
Impression: Narcolepsy type 1 (clinical cataplexy, MSL under 8 min, 2 or more SOREMPs). No sleep apnea.
Recommendations: discuss {{drug:Xywav}}, {{drug:Wakix}} or {{drug:modafinil}} with referring physician; scheduled naps; no driving when drowsy;
accommodations letter for school provided.
Interpreting physician: [[NAME:Väinö Kallio]], MD
""", summary="""
PSG and MSLT on [[DATE:03/03/2025]]-[[DATE:03/04/2025]] for [[NAME:Kaʻiulani de la Cruz]], {{age:19}}, showed a mean sleep latency of {{lab:3.4 min}} with four SOREMPs and no sleep apnea, supporting narcolepsy type 1 with cataplexy. Medication options and school accommodations were recommended.
"""),

    dict(style="emu_daily_report", note="""
EPILEPSY MONITORING UNIT - DAILY REPORT, DAY 3
Patient: [[NAME:ZILBERMAN, BLUME]]      MRN [[MRN:3310047]]      Recording: [[DATE:6/11/25]] 0700 to [[DATE:6/12/25]] 0700
AEDs: {{drug:Lamictal}} {{dose:200 mg}} BID -> tapered to {{dose:100 mg}} BID on day 1; {{drug:Vimpat}} held since admission.
Events:
 1. 14:22 - pushbutton by husband [[NAME:Hershel]]. Pt stares, lip-smacking, R hand fumbling, L arm dystonic posture, ~70 s,
    unable to name objects, recalls nothing. EEG: rhythmic 5-6 Hz theta over L temporal (F7/T7) evolving to delta, onset
    ~8 s before clinical change.
 2. 03:51 - from sleep, no pushbutton, detected by spike software. Same semiology, ~55 s. Same L temporal onset.
Interictal: frequent L anterior temporal sharp waves, increased in sleep. No R-sided discharges.
Impression: two focal impaired-awareness seizures of L temporal onset, concordant with L mesial temporal sclerosis on MRI.
Plan: typical events captured - restart {{drug:Lamictal}} {{dose:200 mg}} BID tonight, {{drug:Vimpat}} {{dose:100 mg}} BID; {{drug:Ativan}} {{dose:2 mg}} IV prn
cluster. Neuropsych testing and epilepsy surgery conference referral. Likely discharge tomorrow.
Fellow: [[NAME:Ain Kuusk]], MD      Attending: [[NAME:Shira Goldfarb]], MD
""", summary="""
On day 3 of EMU monitoring, [[NAME:Blume Zilberman]] had two typical focal impaired-awareness seizures of left temporal onset, concordant with MRI mesial temporal sclerosis. Her medications were restarted and she was referred for epilepsy surgery evaluation.
"""),

    dict(style="ncs_emg_report", note="""
NERVE CONDUCTION STUDY / EMG REPORT
Indication: numbness of the R thumb, index and middle fingers, worse at night; right-handed assembly worker, age {{age:46}}.
Exam (referring): {{eponym:Tinel}} + at R wrist, {{eponym:Phalen}} + at 30 s, thenar bulk normal, APB strength {{score:5/5}}.
Temperature: hand 32.5 C.
Motor NCS:
  R median (APB): distal latency 5.2 ms (nl <4.4), amplitude 7.8 mV, CV forearm 54 m/s
  R ulnar (ADM): DL 2.9 ms, amplitude 10.1 mV, CV 58 m/s
Sensory NCS:
  R median (digit 2): peak latency 4.3 ms (nl <3.5), amplitude 11 uV
  R ulnar (digit 5): peak latency 3.0 ms, amplitude 18 uV
  Median-ulnar palmar comparison: difference 0.9 ms (abnormal)
EMG (R APB, FDI, pronator teres, biceps, triceps, C5-C7 paraspinals): no fibrillations or positive sharp waves; normal
motor unit morphology and recruitment.
IMPRESSION: Electrodiagnostic evidence of a moderate R median neuropathy at the wrist (carpal tunnel syndrome), demyelinating,
without active denervation. No evidence of cervical radiculopathy or ulnar neuropathy.
Suggest wrist splint in neutral at night, ergonomic review; consider steroid injection or surgical referral if no improvement.
""", summary="""
Nerve conduction studies showed a moderate demyelinating right median neuropathy at the wrist without denervation, consistent with carpal tunnel syndrome and matching positive {{eponym:Tinel}} and {{eponym:Phalen}} signs. Night splinting and ergonomic review were suggested.
"""),

    dict(style="ltc_mobile_dental", note="""
MOBILE DENTAL SERVICES - LONG-TERM CARE VISIT
Resident: [[NAME:Tõnu Raudsepp]]      Rm 118      Age: [[AGE:97]]      POA: son [[NAME:Priit Raudsepp]], [[PHONE:+1 (206) 555-0124]]
Reason: nursing reports upper denture "falling out" at meals, sore corners of mouth.
Exam: maxilla edentulous; complete denture poorly retentive, acrylic worn, heavy plaque and debris. Diffuse palatal erythema
under the denture - denture stomatitis, {{eponym:Newton}} type II. Angular cheilitis bilaterally.
Mandible: #22 and #27 retained, class 2 mobility, root caries; remaining teeth missing. No masses; tongue and FOM normal.
Plan:
- {{drug:nystatin}} suspension {{dose:100,000 units/mL}}, {{dose:5 mL}} swish and swallow QID x 14 d; soak denture nightly in the same
- {{drug:clotrimazole-betamethasone}} cream to corners of mouth BID x 7 d
- denture out overnight, brushed daily by staff; reline at next visit
- #22/#27: {{drug:silver diamine fluoride}} {{dose:38%}} applied today; extraction not advised given frailty
Staff and son agree. Next visit [[DATE:the 17th]].
[[NAME:A. Kovács]], DDS
""", summary="""
[[NAME:Tõnu Raudsepp]], [[AGE:97]], was seen in his care home for a loose upper denture with {{eponym:Newton}} type II denture stomatitis and angular cheilitis. Antifungal treatment, denture hygiene, silver diamine fluoride for two retained teeth and a reline on [[DATE:the 17th]] were planned.
"""),

    dict(style="dental_postop_check", note="""
Post-op check, day 4 after surgical extraction #30.
CC: throbbing pain radiating to the ear since day 2, not relieved by {{drug:ibuprofen}} {{dose:600 mg}}. Bad taste. No fever, no swelling.
Exam: socket #30 partially empty, exposed bone on the distal wall, grayish clot remnants, halitosis. No purulence,
no lymphadenopathy, MIO 38 mm. {{vital:T 36.9}}.
Dx: alveolar osteitis (dry socket).
Tx: local anesthesia with {{drug:articaine}} {{dose:4%}} with epi 1:100,000, 1.7 mL (inferior alveolar block not needed, buccal infiltration).
Socket irrigated with warm saline, debris removed gently, {{drug:Alvogyl}} paste placed. Immediate relief, pain {{score:2/10}} from {{score:8/10}}.
Rx: {{drug:ibuprofen}} {{dose:600 mg}} q6h scheduled x 3 d with {{drug:acetaminophen}} {{dose:500 mg}} q6h.
Instructions: no smoking or straws, warm salt-water rinses after 24 h, soft diet. Recheck in 3 days or sooner if fever or swelling.
""", summary="""
On day 4 after extraction of tooth #30 the patient had alveolar osteitis (dry socket), which was irrigated and packed with {{drug:Alvogyl}} with prompt pain relief. Scheduled {{drug:ibuprofen}} and {{drug:acetaminophen}} and a recheck in 3 days were arranged.
"""),

    dict(style="military_text_messages", note="""
Text thread, [[DATE:Fri 14 Mar]] - range 7 medic to BAS PA

SGT [[NAME:Kealoha]] 1342: Sir PFC [[NAME:Nez]] from 3rd PLT collapsed on the range, heat. confused, {{vital:temp 40.6}} rectal. ice sheets on,
IV started 1L NS. MEDEVAC requested
CPT [[NAME:Lahtinen]] 1343: keep cooling, tarp-assisted ice water if you have it. check glucose. how long was he down
SGT [[NAME:Kealoha]] 1345: maybe 2 min before we got there. {{lab:glucose 94}}. seized? no
CPT [[NAME:Lahtinen]] 1346: ok. do not stop cooling until 39. who is his squad leader
SGT [[NAME:Kealoha]] 1351: SSG [[NAME:Uku Sepp]]. {{vital:temp 39.1}} now, answering name rank unit. bird is 5 out
CPT [[NAME:Lahtinen]] 1352: good work. they'll take him to Madigan. I'll call 1SG [[NAME:Raudsepp]]. his wife [[NAME:Ama]] is on the FRG roster,
cell [[PHONE:253-555-0164]] - 1SG will make that call, not you
SGT [[NAME:Kealoha]] 1410: wheels up 1405. handed off to flight medic [[NAME:Voss]]. pulling the heat cat log for the CDR
""", summary="""
On [[DATE:14 Mar]] a range medic, SGT [[NAME:Kealoha]], texted the battalion PA about PFC [[NAME:Nez]], who collapsed with exertional heat illness and a temperature of {{vital:40.6}}. He was cooled to {{vital:39.1}} and evacuated by helicopter, and the first sergeant was to contact his wife.
"""),
]
