NOTES = [
    dict(style="school_nurse", note="""
SCHOOL HEALTH OFFICE — VISIT LOG   Roosevelt Elementary
Student: [[NAME:Warsame, Hodan]]   Gr 4   Rm 112   DOB [[DATE:05/09/2016]]
[[DATE:Tue 10/14]] 10:20 — sent by Mr. [[NAME:McAllister]] (PE) w/ cough, SOB after running laps. {{vital:RR 28}}, {{vital:SpO2 94%}}, audible wheeze, speaking in short sentences.
Gave {{drug:albuterol}} HFA {{dose:4 puffs}} via spacer (her own, kept in office; order on file from Dr. [[NAME:Patel]]).
10:35 — {{vital:RR 20}}, {{vital:SpO2 98%}}, wheeze resolved. {{vital:PEF 240}} (personal best 280).
10:50 — back to class, no PE rest of day.
Called mom [[NAME:Faadumo Ali]] [[PHONE:612-555-0148]] — no answer, left VM in English; then used Somali phone interpreter ([[NAME:Abdi]], ID [[MRN:31877]]) and reached her at 11:05. She says [[NAME:Hodan]] has had a cold since the weekend and missed her {{drug:Flovent}} twice. Reminded re: daily controller + new asthma action plan (current one expires [[DATE:Nov 1]]).
3rd albuterol use this month - will notify PCP with parent permission.
[[NAME:Deb Lindgren]], BSN, RN, school nurse
""", summary="""
[[NAME:Hodan Warsame]], a fourth grader, had an exercise-triggered asthma flare at school on [[DATE:10/14]] ({{vital:SpO2 94%}}) that resolved with {{drug:albuterol}}. Her mother [[NAME:Faadumo Ali]] was reached through an interpreter and reminded about daily {{drug:Flovent}}.
"""),

    dict(style="college_health", note="""
University Student Health Center — Visit Note
Student: [[NAME:Harleen Kaur Dhillon]]   Student ID [[MRN:U48820193]]   {{age:19}}   Visit [[DATE:2/24/2025]]
CC: sore throat, fatigue x 8 days, "can't stay awake in lecture."
HPI: Fever to 102 at home (dorm thermometer), neck swelling. Roommate [[NAME:Kiara Jennings]] was sick 3 wk ago with the same. Taking {{drug:DayQuil}}. Sexually active, 1 partner, condoms usually. LMP [[DATE:2/10]].
Exam: {{vital:T 38.2}}, {{vital:HR 98}}, {{vital:BP 110/70}}. Exudative tonsils, posterior cervical LAD, palpable spleen tip.
Labs: rapid strep neg, {{lab:Monospot POSITIVE}}, {{lab:WBC 11.8}} w/ 52% lymphs, atypical lymphs, {{lab:ALT 88}}, {{lab:urine hCG neg}}.
A/P: Infectious mononucleosis (EBV).
 - Supportive care, fluids, {{drug:acetaminophen}} {{dose:650 mg}} q6h prn, max {{dose:3 g}}/day while LFTs up.
 - No {{drug:amoxicillin}} (rash risk).
 - NO contact sports / intramural volleyball x 4 wk minimum (splenic rupture risk).
 - Academic accommodation letter to the Dean of Students (Dr. [[NAME:Ines Morales]]); copy sent to student at [[EMAIL:hdhillon27@mail.ridgecrest.edu]].
 - Mom ([[NAME:Manpreet]]) called from [[ADDRESS:Yuba City]] - student gave verbal consent to speak with her.
 - RTC 1 wk, sooner if LUQ pain.
[[NAME:Cheryl Banks]], FNP-C
""", summary="""
[[NAME:Harleen Kaur Dhillon]], {{age:19}}, was diagnosed with infectious mononucleosis at student health on [[DATE:2/24/2025]] with a mildly elevated {{lab:ALT 88}} and a palpable spleen. She is excluded from contact sports for at least four weeks and received an academic accommodation letter.
"""),

    dict(style="school_nurse", note="""
[[DATE:3/5]]  MS nurse office — T1D log
[[NAME:Macaraeg, Andrea]] ("[[NAME:Andeng]]") gr 7, Omnipod 5 + Dexcom G7
08:05  arrival CGM {{lab:142}} steady, bfast carbs at home
10:40  CGM alarm LOW {{lab:64}} falling, in math (Ms. [[NAME:Hope Garrison]]) - 15 g juice, recheck 10:55 {{lab:88}} rising, back to class
11:50  lunch 62 g carbs entered, bolus {{dose:4.1 units}} via pod (ICR 1:15, ISF 45)
13:30  CGM {{lab:231}} up - no ketones ({{lab:BHB 0.2}}), pod site L arm ok; auto correction {{dose:1.5 u}}; water
14:30  {{lab:178}} trending down
Dad ([[NAME:Rommel]]) texted via app 10:45 re: low, aware. Asked to send more juice boxes + spare pod.
Note: {{drug:Baqsimi}} {{dose:3 mg}} in office, exp 06/2026.
[[NAME:T. Lumapas]], RN
""", summary="""
School nurse log for [[NAME:Andrea Macaraeg]], a seventh grader with type 1 diabetes, on [[DATE:3/5]]: a morning low of {{lab:64}} was treated with juice and an afternoon high of {{lab:231}} without ketones was corrected by her pump. Her father [[NAME:Rommel]] was informed and asked to send supplies.
"""),

    dict(style="college_health", note="""
PRE-PARTICIPATION CARDIAC SCREENING — ATHLETICS (Student Health)
History (AHA 14-element): no exertional syncope, chest pain or palpitations; no family hx of sudden death < 50, HCM, long QT or {{eponym:Marfan}} syndrome.
Exam: {{vital:BP 122/74}} (R arm, seated), {{vital:HR 52}}. No murmur supine, standing or with {{eponym:Valsalva}}. Femoral pulses 2+. No {{eponym:Marfan}} stigmata (arm span/height 1.02, no pectus, normal palate).
ECG: sinus bradycardia 51, PR 168 ms, QRS 94 ms, {{score:QTc 412}} ({{eponym:Bazett}}). Early repolarization V2-V4 and isolated voltage criteria for LVH - both normal training-related findings under the International Criteria ({{eponym:Seattle}} 2017). No {{eponym:Brugada}} pattern, no delta wave ({{eponym:Wolff-Parkinson-White}}), no T-wave inversion beyond V2.
Impression: Normal athlete ECG. Cleared without restriction for NCAA Division I rowing.
""", summary="""
Pre-participation cardiac screening found no concerning history or exam findings ({{vital:HR 52}}, {{score:QTc 412}}). The ECG showed only training-related changes and the athlete was cleared for rowing.
"""),

    dict(style="prenatal_visit", note="""
PRENATAL INTAKE (NEW OB)
[[NAME:AL-JUBOURI, ZAINAB H]]   MRN [[MRN:60481177]]   Appt [[DATE:05-13-2025]]
{{age:31}} y/o G3P2002 @ 9w2d by LMP [[DATE:3/9/25]] (sure), EDD [[DATE:12/14/2025]] - confirmed by CRL on bedside US today.
OB hx: SVD 2018 (3.4 kg), SVD 2021 (3.6 kg), both in [[ADDRESS:Baghdad]], uncomplicated per pt.
PMH: anemia. No surgeries. Meds: PNV. NKDA.
Social: lives w/ husband [[NAME:Haider]] and 2 children in [[ADDRESS:Dearborn Heights]]; no tobacco/EtOH. Arabic interpreter [[NAME:Lina Saad]] (staff).
Exam: {{vital:BP 112/68}}, {{vital:Wt 64 kg}}, {{vital:BMI 24.9}}. FHT by {{eponym:Doppler}} {{vital:FHR 168}}.
Labs sent: CBC, type & screen, rubella, RPR, HIV, HBsAg, HCV, urine cx, {{lab:HbA1c}}, GC/CT; {{eponym:Pap}} due.
Aneuploidy screening options discussed; pt desires cfDNA.
Plan: PNV + {{drug:ferrous sulfate}} {{dose:325 mg}} QOD for prior anemia ({{lab:Hgb 10.6}} last yr). {{drug:Diclegis}} prn nausea. Return 4 wk; NT/anatomy US scheduled.
[[NAME:Jessica Tran]], CNM
""", summary="""
New OB intake on [[DATE:05-13-2025]] for [[NAME:Zainab Al-Jubouri]], {{age:31}}, G3P2 at 9 weeks 2 days with EDD [[DATE:12/14/2025]]. Prenatal labs and cfDNA screening were ordered and iron restarted for prior anemia.
"""),

    dict(style="prenatal_visit", note="""
OB Return Visit — [[DATE:August 21, 2025]]
[[NAME:Nining Sumarni]] is a {{age:29}} yo G1P0 at 33w1d with A2GDM (dx at 26 wk, 3-hr GTT with 2 abnormal values).
Glucose log (past week): fasting {{lab:88-101}}, 1-h PP {{lab:118-152}}. Two fasting values > 95.
Current: {{drug:NPH}} {{dose:8 units}} qHS - increased today to {{dose:10 units}}.
Vitals: {{vital:BP 124/76}}, {{vital:Wt 70.8 kg}} (+9.2 kg), urine prot neg. FH 33 cm. FHT {{vital:142}}.
US [[DATE:8/18]]: EFW 2210 g (62%), AFI 16.
NST today reactive.
Plan: NSTs 2x/wk starting 34 wk. Delivery planning 39w0d-39w6d if well controlled.
Husband [[NAME:Cecep Hidayat]] attends; works nights at the airport - best number [[PHONE:(206) 555-0139]].
Re-referred to diabetes educator [[NAME:Wulan]] for carb counting in Indonesian.
[[NAME:Meghan O'Leary]], MD
""", summary="""
[[NAME:Nining Sumarni]], {{age:29}}, G1 at 33 weeks with insulin-requiring gestational diabetes, had her {{drug:NPH}} raised to {{dose:10 units}} for high fasting sugars. Twice-weekly NSTs begin at 34 weeks with delivery planned at 39 weeks.
"""),

    dict(style="postpartum_visit", note="""
POSTPARTUM VISIT (6 wk)   [[DATE:9 Sept 2025]]
Pt: [[NAME:Rosa Quispe Mamani]], {{age:26}}, G2P2, NSVD [[DATE:7/28/2025]] at St. Luke's, 2nd-degree laceration, EBL 450.
Baby girl [[NAME:Killa]] doing well, 4.9 kg, exclusively breastfed; sees Dr. [[NAME:Ahn]] for peds.
Mood: tearful most days, trouble sleeping even when baby sleeps, "I feel alone." {{score:EPDS 13}}, item 10 = 0 (no SI). Partner [[NAME:Wilfredo]] works 2 jobs; her mother is in [[ADDRESS:Cusco]] - video calls daily.
Exam: {{vital:BP 118/72}}. Perineum healed. Uterus nonpalpable.
Contraception: chose {{drug:Depo-Provera}} {{dose:150 mg}} IM today ({{lab:urine hCG neg}}).
Plan:
 - Postpartum depression, moderate: start {{drug:sertraline}} {{dose:25 mg}} daily, then {{dose:50 mg}} in 1 wk (compatible with breastfeeding). Warm handoff to behavioral health - Spanish-speaking therapist [[NAME:Mariela Funes]], LCSW.
 - PSI helpline given. Safety plan reviewed.
 - Recheck 2 wk (phone ok). {{eponym:Pap}} due Jan 2026.
[[NAME:D. Whitaker]], MD
""", summary="""
At her six-week postpartum visit on [[DATE:9 Sept 2025]], [[NAME:Rosa Quispe Mamani]], {{age:26}}, screened positive for postpartum depression ({{score:EPDS 13}}, no suicidal ideation) and started {{drug:sertraline}}. She received {{drug:Depo-Provera}} and a referral to a Spanish-speaking therapist.
"""),

    dict(style="prenatal_visit", note="""
OB ULTRASOUND — DETAILED ANATOMY (76811)
Indication: advanced maternal age; elevated {{lab:AFP 2.3 MoM}} on serum screen.
Singleton, cephalic, cardiac activity present, {{vital:FHR 148}}.
Biometry ({{eponym:Hadlock}}): BPD 47 mm, HC 176 mm, AC 152 mm, FL 33 mm. EFW 343 g (41st %ile). GA by US 20w3d, c/w dates.
Placenta: posterior fundal, no previa. Cord: 3-vessel, central insertion. MVP 5.1 cm.
Anatomy: cavum septi pellucidi present, cerebellum 20 mm, cisterna magna 5 mm, no {{eponym:Dandy-Walker}} malformation. Spine intact in sagittal, coronal and axial planes; no lemon or banana sign. Lips intact. 4-chamber heart, LVOT, RVOT, 3VV normal. Stomach, kidneys, bladder present. Abdominal wall intact; no gastroschisis or omphalocele. Four limbs, hands open.
Uterine artery {{eponym:Doppler}}: mean {{score:PI 1.02}}, no notching.
Cervix 38 mm (TVUS).
Impression: Normal detailed anatomy survey. Elevated AFP unexplained by anatomy - recommend growth scans at 28 and 32 wk; send placenta to pathology at delivery.
""", summary="""
Detailed anatomy ultrasound at 20 weeks 3 days was normal, with no neural tube or abdominal wall defect to explain the elevated {{lab:AFP 2.3 MoM}}. Growth scans at 28 and 32 weeks were recommended.
"""),

    dict(style="nicu_note", note="""
NICU ADMISSION H&P
Name: [[NAME:FOTSO, BOY A]] (Twin A)   MRN [[MRN:70223419]]   DOB [[DATE:10/23/2025]] 02:14
GA 29w3d   BW 1180 g
Mother: [[NAME:Marie-Claire Ngo Bassa]], {{age:33}}, G2P0->2, O+, GBS unknown, ROM 19 h, maternal {{vital:T 38.4}} - chorio suspected. {{drug:BMZ}} x1 (incomplete), {{drug:magnesium}} for neuroprotection.
Delivery: urgent C/S for preterm labor, twin A breech. {{eponym:Apgar}}s {{score:3}}, {{score:6}}, {{score:8}} at 1/5/10 min. PPV 90 s, CPAP, then intubated in DR for FiO2 0.55.
Exam: {{vital:T 36.1}} ax, {{vital:HR 162}}, {{vital:BP 42/24 (31)}}, {{vital:SpO2 92%}} on SIMV. Soft AF. No dysmorphic features.
CXR: ground-glass, air bronchograms c/w RDS. ETT at T2.
Labs: {{lab:glucose 38}} -> D10 bolus {{dose:2 mL/kg}}, repeat {{lab:62}}. {{lab:pH 7.21}}, {{lab:pCO2 58}}. CBC, blood cx pending.
Plan:
 - RDS: {{drug:Curosurf}} {{dose:200 mg/kg}} via ETT, wean to NIPPV as tolerated.
 - Sepsis r/o: {{drug:ampicillin}} + {{drug:gentamicin}} x 48 h pending cx.
 - FEN: starter TPN via UVC; UAC placed. Trophic feeds w/ MBM/DBM when stable.
 - {{drug:caffeine citrate}} load {{dose:20 mg/kg}}.
 - HUS day 7 per protocol.
 - Twin B ([[NAME:FOTSO, BOY B]]) - see separate note.
Dad [[NAME:Emmanuel Fotso]] updated at bedside ([[PHONE:240-555-0185]]). Mom in L&D recovery, updated by phone.
[[NAME:Aditi Joshi]], MD (fellow) / [[NAME:Gregory Lind]], MD (attending)
""", summary="""
Twin A [[NAME:Fotso]], born [[DATE:10/23/2025]] at 29 weeks weighing 1180 g, was intubated for respiratory distress syndrome and given {{drug:Curosurf}}, with a sepsis evaluation for suspected maternal chorioamnionitis. Father [[NAME:Emmanuel Fotso]] was updated at the bedside.
"""),

    dict(style="nicu_note", note="""
NICU RN shift note 1900-0700  [[DATE:12/2]]-[[DATE:12/3]]
Pt: Bb Girl [[NAME:Kamara]] ("[[NAME:Kadi]]" per parents)  DOL 9, CGA 35w2d, wt {{vital:2015 g}} (+25)
Resp: RA, sats 94-99%, no A/B/D this shift.
CV: {{vital:HR 140-165}}, cap refill < 3 s.
FEN: MBM 22 kcal {{dose:38 mL}} q3h; PO x4 - took 20, 32, full, 25; remainder gavaged. Voiding/stooling.
Bili: {{lab:TSB 11.2}} @ 0400 (below photo threshold), photo remains off.
Neuro: good NNS, tone appropriate.
Skin: intact. PIV L hand removed 0200.
Family: mom [[NAME:Kadiatu Kamara]] here 2000-2300, kangaroo care 1 h, breastfed x1 (good latch; LC [[NAME:Pualani]] to f/u in AM). Dad [[NAME:Sorie]] called 0530 - updated.
Plan: advance PO per cues; car seat test when PO ad lib.
[[NAME:M. Tarnue]], RN
""", summary="""
Overnight NICU nursing note for Baby Girl [[NAME:Kamara]], day of life 9 at 35 weeks corrected, stable on room air and advancing oral feeds with bilirubin below phototherapy threshold ({{lab:TSB 11.2}}). Her mother [[NAME:Kadiatu Kamara]] did kangaroo care and breastfed.
"""),

    dict(style="well_child", note="""
WELL CHILD — 2 MONTH
[[NAME:Tiziri Ait Ouali]]   DOB [[DATE:07/30/2025]]   Visit [[DATE:10/01/2025]]
With parents [[NAME:Massinissa Ait Ouali]] and [[NAME:Nadia Bennani]].
Growth: wt {{vital:5.1 kg}} (42%), length 57.5 cm (51%), HC 38.9 cm (55%).
Feeding: breastfed q2-3h + 2 oz formula at night. Voids 6-8/d.
Dev: social smile, coos, follows past midline, lifts head 45° prone.
Concern: "flat spot" on back of head; mom notices she always turns to the R.
Exam: {{vital:T 37.0}}, {{vital:HR 148}}, {{vital:RR 40}}. AF soft, flat. Mild R occipital flattening, minimal ear shift. Active rotation to L limited ~20°. {{eponym:Ortolani}}/{{eponym:Barlow}} neg. Red reflex present OU. No murmur.
Vaccines given: {{drug:Pediarix}}, {{drug:ActHIB}}, {{drug:Prevnar 20}}, {{drug:RotaTeq}}. ({{drug:Beyfortus}} given at birth.)
Maternal {{eponym:Edinburgh}} screen: {{score:4}}.
A/P: Healthy 2 mo. Positional plagiocephaly with head-turn preference, possible mild torticollis - tummy time, stretches demonstrated, PT referral through Early Intervention. Recheck at 4 mo.
[[NAME:Laura Kim]], MD
""", summary="""
Two-month well visit for [[NAME:Tiziri Ait Ouali]] showed normal growth and development with positional plagiocephaly and a head-turn preference, and PT was referred. Routine vaccines including {{drug:Pediarix}} and {{drug:Prevnar 20}} were given.
"""),

    dict(style="well_child", note="""
well child check four year. [[NAME:aaliyah persaud]] is a {{age:4}} year old girl seen today [[DATE:the 3rd]] with her grandmother [[NAME:bibi rampersaud]] who has guardianship, papers are on file, mom [[NAME:shaneeza]] is back in [[ADDRESS:georgetown]] and calls most nights. no concerns from grandma except snoring and she is a picky eater, lots of juice. weight 19.8 kilos, {{vital:bmi 17.4}} which is the 88th percentile, height 104 centimeters. vision screen {{vital:20/32}} right and {{vital:20/32}} left, passed, hearing passed at 25 dB all frequencies. she talks in full sentences, hops on one foot, draws a person with three parts, knows her colors. goes to head start over on [[ADDRESS:liberty avenue]], teacher says she is doing well. exam tonsils 3+, no apneas reported, lungs clear, heart regular no murmur, teeth two brown spots upper molars. {{lab:lead less than 1}} last year. shots today {{drug:kinrix}} and {{drug:proquad}}, fluoride varnish applied, dental referral to the clinic on [[ADDRESS:101st avenue]]. plan cut juice to 4 ounces a day, watch the snoring and if she stops breathing or is sleepy in the day we will send to ENT. return at {{age:five}}. dr. [[NAME:r. bhagwandin]]
""", summary="""
[[NAME:Aaliyah Persaud]], {{age:4}}, had a normal well-child visit with her grandmother and guardian [[NAME:Bibi Rampersaud]], with a {{vital:BMI 17.4}} at the 88th percentile, snoring with large tonsils and possible early dental caries. She received {{drug:Kinrix}} and {{drug:ProQuad}}, fluoride varnish and a dental referral.
"""),

    dict(style="well_child", note="""
ADOLESCENT WELL VISIT (15 y)     [[DATE:06/17/2025]]
Patient: [[NAME:Darnell Usher]]   MRN [[MRN:8830164]]   PCP: [[NAME:Alicia Gómez]], MD
Mother [[NAME:Marisol Usher]] present for first part of visit; HEADSS interview confidential.
Interval: grew 7 cm this year. Plays basketball. Moved from [[ADDRESS:Dangriga]] 2 yr ago; lives in [[ADDRESS:Inglewood]] with mom, stepdad, 2 sibs.
Confidential (pt alone): 10th grade, Bs/Cs; basketball, church youth group; tried vaping at a party once, none now; not sexually active; denies SI. {{score:PHQ-A 7}} (sleep, concentration). Screen time ~6 h/d.
Exam: {{vital:Ht 178 cm}}, {{vital:Wt 66 kg}}, {{vital:BMI 20.8}} (52%), {{vital:BP 118/66}}. {{score:Tanner 4}}. Mild comedonal acne. No scoliosis on {{eponym:Adams}} forward bend. No murmur; no {{eponym:Marfan}} features.
Vaccines: {{drug:Gardasil 9}} #2 today. MenACWY booster due at {{age:16}}.
A/P: Well teen. Mild depressive sx - sleep hygiene, phone out of bedroom at night; he is open to talking with school counselor Mr. [[NAME:Bishop]]. Rescreen 3 mo. Sports PPE form signed.
""", summary="""
[[NAME:Darnell Usher]], {{age:15}}, had a normal adolescent well visit on [[DATE:06/17/2025]] apart from mild depressive symptoms ({{score:PHQ-A 7}}). He received {{drug:Gardasil 9}} dose 2 and agreed to see school counselor Mr. [[NAME:Bishop]].
"""),

    dict(style="case_management", note="""
CASE MANAGEMENT — DISCHARGE PLANNING
[[DATE:Mon 11/10/25]]
Pt [[NAME:Chaltu Gemechu]], [[AGE:90]] y/o F, admitted [[DATE:11/6]] w/ L intertrochanteric hip fx, s/p IMN [[DATE:11/7]]. PT: min-mod assist 20 ft w/ RW. Lives with daughter [[NAME:Lensa Tolessa]] in 2nd-floor walkup, [[ADDRESS:1417 E 22nd St, Minneapolis, MN 55404]].
Insurance: Medicare A/B (MBI [[MRN:3TQ8-WE5-KN72]]) + MN Medical Assistance [[MRN:00418823]].
Met with pt + daughter (Afaan Oromo interpreter [[NAME:Bontu]]) - agree with short-term rehab at SNF. Choices: 1) Walker Methodist 2) Augustana 3) Minnehaha Care.
Referrals sent via CarePort [[DATE:11/10]] 10:20. Walker Methodist accepted, bed available [[DATE:11/11]]. 3-midnight qualifying stay met.
MOON notice given, signed by daughter (pt's HCPOA).
Transport: wheelchair van [[DATE:11/11]] 13:00, daughter to meet at SNF.
CM: [[NAME:Theresa Quinlan]], RN, BSN, CCM   pgr [[PHONE:612-555-0171]]
""", summary="""
Case manager [[NAME:Theresa Quinlan]] arranged skilled nursing rehab for [[NAME:Chaltu Gemechu]], [[AGE:90]], after hip fracture fixation, with discharge on [[DATE:11/11]] by wheelchair van. Her daughter and health care agent [[NAME:Lensa Tolessa]] agreed to the plan.
"""),

    dict(style="prior_auth_letter", note="""
[[DATE:April 2, 2025]]

VIA FAX: [[PHONE:1-866-555-0192]]
Pharmacy Prior Authorization Dept.
Blue Cross and Blue Shield of Illinois

RE: Letter of Medical Necessity — {{drug:Trikafta}} ({{drug:elexacaftor/tezacaftor/ivacaftor}})
Patient: [[NAME:Emīls Bērziņš]]     DOB: [[DATE:2017-09-08]]     Member ID: [[MRN:XOF912447803]]

To Whom It May Concern:

I am writing on behalf of my patient, [[NAME:Emīls]], a {{age:7}}-year-old boy with cystic fibrosis (F508del / 2184delA), diagnosed by newborn screen and confirmed by {{lab:sweat chloride 98 mmol/L}}. He carries at least one F508del allele and so meets the FDA-labeled indication for {{drug:Trikafta}} (age {{age:6}} and older).

Over the past year he has had three pulmonary exacerbations requiring IV antibiotics, his {{lab:FEV1}} has fallen from {{lab:94%}} to {{lab:78%}} predicted, and his sputum now grows mucoid Pseudomonas aeruginosa. His weight-for-age has dropped from the 40th to the 18th percentile despite {{drug:Creon}} and supplemental feeds.

The previous denial (reference [[MRN:PA-0042817]], dated [[DATE:3/14/2025]]) cited "no trial of {{drug:Kalydeco}}." {{drug:Kalydeco}} monotherapy is not indicated for his genotype and would not be expected to help.

Requested dosing: two tablets of {{dose:50 mg/25 mg/37.5 mg}} each morning and one {{drug:ivacaftor}} {{dose:75 mg}} tablet each evening (weight under 30 kg).

He is within his plan's 30-day transition grace period; without approval he will lose access on [[DATE:April 30]]. Please contact me at [[PHONE:(312) 555-0154]] or [[EMAIL:c.delafuente@lakeviewchildrens.org]] for a peer-to-peer review.

Sincerely,
[[NAME:Carmen de la Fuente]], MD
Pediatric Pulmonology / Cystic Fibrosis Center
cc: [[NAME:Ilze Bērziņa]] (mother)
""", summary="""
Dr. [[NAME:Carmen de la Fuente]] wrote to the insurer requesting approval of {{drug:Trikafta}} for [[NAME:Emīls Bērziņš]], {{age:7}}, who has cystic fibrosis and declining lung function ({{lab:FEV1 78%}}). The letter rebuts the prior denial citing {{drug:Kalydeco}} and asks for a peer-to-peer review.
"""),

    dict(style="prior_auth_letter", note="""
PEER-TO-PEER REVIEW — DOCUMENTATION
Date/time: [[DATE:6/19/2025]] 16:05-16:17
Patient: [[NAME:Abdullah bin Salem Al-Amoudi]]   DOB [[DATE:1/4/1967]]   Member # [[MRN:YMX553019284]]
Health plan: Aetna Better Health   Case ref [[MRN:CR-7718320]]
Service: MRI brain w/ and w/o contrast (CPT 70553) - DENIED [[DATE:6/17]] as "not medically necessary, no focal deficit documented."
Plan medical director: Dr. [[NAME:Lyle Brandt]] ([[PHONE:800-555-0111]] ext [[PHONE:40221]])
Points discussed:
 - {{age:58}} y/o man w/ first unprovoked GTC seizure [[DATE:6/2]] (witnessed by son [[NAME:Salem]]); ED CT head neg.
 - Since then 2 episodes of R arm jerking w/ preserved awareness - focal onset.
 - EEG [[DATE:6/10]]: L frontotemporal sharp waves.
 - Exam: subtle R pronator drift.
 - ILAE/AAN guidance supports MRI for new-onset seizure in adults.
Outcome: Denial OVERTURNED. Auth # [[MRN:A25-1104877]], valid through [[DATE:9/17/25]].
On {{drug:levetiracetam}} {{dose:500 mg}} BID since [[DATE:6/10]]; no driving x 6 mo per state law - pt informed, wife [[NAME:Fatima]] will drive.
[[NAME:Nadia Boulos]], MD, Neurology
""", summary="""
On a peer-to-peer call on [[DATE:6/19/2025]], Dr. [[NAME:Boulos]] had the denial of a brain MRI overturned for [[NAME:Abdullah bin Salem Al-Amoudi]], {{age:58}}, who has new seizures with focal features and an abnormal EEG. He is on {{drug:levetiracetam}} and may not drive for six months.
"""),

    dict(style="case_management", note="""
Community Health Worker Home Visit
Client: [[NAME:Espérance Tshibanda]]   {{age:36}}   Program ID [[MRN:CHW-20931]]
Date: [[DATE:Thursday, 24 July 2025]]   Location: home, [[ADDRESS:3380 Frankstown Ave, Apt 2R, Pittsburgh PA 15208]]
Language: Lingala/French (visit done in French). Kids present: [[NAME:Grâce]] ({{age:8}}), [[NAME:Josué]] ({{age:5}}), [[NAME:Béni]] ({{age:2}}).
Needs identified today:
 1. Food - SNAP recert due; paperwork missing pay stubs. Called county assistance office together; caseworker Mr. [[NAME:Pham]] ([[PHONE:412-555-0106]]) extended deadline 10 days.
 2. Housing - mold in kids' bedroom; landlord ([[NAME:Gary Kostelnik]]) not responding. Took photos; referred to tenant legal aid.
 3. Health - [[NAME:Béni]] out of {{drug:budesonide}} nebs; called Dr. [[NAME:Huang]]'s office, refill sent to Giant Eagle Pharmacy on [[ADDRESS:Penn Ave]].
 4. Mom's BP was high at last clinic visit ({{vital:152/96}}); she has not started {{drug:amlodipine}} - afraid of side effects. Encouraged her to talk with NP [[NAME:Rukhsana Mirza]] next week.
Next visit [[DATE:8/7]]. Client cell [[PHONE:412-555-0187]] (WhatsApp preferred).
— [[NAME:Clarisse Mbongo]], CHW
""", summary="""
CHW [[NAME:Clarisse Mbongo]] visited [[NAME:Espérance Tshibanda]] at home on [[DATE:24 July 2025]] and helped with SNAP recertification, a mold complaint and an asthma refill for her son [[NAME:Béni]]. She encouraged her to start {{drug:amlodipine}} for high blood pressure.
"""),

    dict(style="portal_thread", note="""
MyChart Message Thread — "Refill + question about dizziness"
----------------------------------------------------------
[[DATE:03/18/2025]] 7:42 AM  From: [[NAME:Kjersti Lunde-McAlpine]] (patient)   To: Dr. [[NAME:van der Berg]]'s care team
Hi, I'm almost out of my {{drug:losartan}} {{dose:50 mg}}. Can you send it to the CVS on [[ADDRESS:Maple Street]]? Also I've been a bit dizzy when I stand up the last week or so, mostly in the morning. My home BP this morning was {{vital:104/62}}. Is that too low? Thanks, [[NAME:Kjersti]]

[[DATE:03/18/2025]] 10:15 AM  From: [[NAME:Ellie Tanaka]], RN
Hi [[NAME:Kjersti]], thanks for letting us know. Are you drinking enough fluids? Any fainting, chest pain, or black stools? Are you still taking the {{drug:hydrochlorothiazide}} Dr. [[NAME:van der Berg]] added in February? Please check your BP sitting and then standing tomorrow and reply with both numbers.

[[DATE:03/19/2025]] 8:03 AM  From: [[NAME:Kjersti Lunde-McAlpine]]
No fainting or chest pain. Yes I take both. Sitting {{vital:112/70}}, standing {{vital:96/58}} and felt woozy. My husband [[NAME:Callum]] says I look pale.

[[DATE:03/19/2025]] 9:30 AM  From: [[NAME:Pieter van der Berg]], MD
[[NAME:Kjersti]] - those standing numbers are low. Please STOP the {{drug:hydrochlorothiazide}} for now and keep taking {{drug:losartan}} {{dose:50 mg}}. I sent a 90-day refill. Let's get a {{lab:BMP}} this week (order placed) to check sodium and potassium. If you faint or feel worse, go to urgent care. - Dr. [[NAME:vdB]]
""", summary="""
In a portal thread on [[DATE:03/18/2025]]-[[DATE:03/19/2025]], [[NAME:Kjersti Lunde-McAlpine]] reported orthostatic dizziness ({{vital:96/58}} standing) on {{drug:losartan}} and {{drug:hydrochlorothiazide}}. Dr. [[NAME:van der Berg]] stopped the {{drug:hydrochlorothiazide}}, refilled {{drug:losartan}} and ordered a {{lab:BMP}}.
"""),

    dict(style="phone_triage", note="""
AFTER-HOURS NURSE TRIAGE — PEDIATRICS
Call rec'd: [[DATE:12/26/2025]] 23:48   Line: Nurse Advice
Caller: [[NAME:Inês Carvalho]] (mother)   Callback [[PHONE:(508) 555-0172]]
Patient: [[NAME:Tomás Carvalho]], {{age:3}} y, DOB [[DATE:02/11/2022]], wt 15 kg, PCP Dr. [[NAME:Olivera]]
Protocol: Fever - Pediatric ({{eponym:Schmitt-Thompson}})
Hx: fever since this AM, max {{vital:103.4 F}} rectal at 22:30. Gave {{drug:Tylenol}} at 19:00. Cough, runny nose; sister [[NAME:Beatriz]] had flu last week. Drinking juice, 3 wet diapers today. Alert, playing on phone now. No trouble breathing, no rash, no stiff neck, no seizure. Vaccines UTD.
Disposition: Home care.
Advice: {{drug:acetaminophen}} {{dose:240 mg}} ({{dose:7.5 mL}} of {{dose:160 mg/5 mL}}) q4-6h or {{drug:ibuprofen}} {{dose:150 mg}} ({{dose:7.5 mL}} of {{dose:100 mg/5 mL}}) q6-8h. Fluids. Call back or go to ED for labored breathing, lethargy, < 3 wet diapers in 24 h, or fever > 3 days. Office to call in AM re: flu test/{{drug:Tamiflu}} given sibling exposure.
Caller verbalized understanding.
[[NAME:Bridget Nolan]], RN  00:06
""", summary="""
After-hours triage call on [[DATE:12/26/2025]] from [[NAME:Inês Carvalho]] about her {{age:3}}-year-old son [[NAME:Tomás]] with fever to {{vital:103.4 F}} and cough after his sister had the flu. Home care with weight-based {{drug:acetaminophen}} or {{drug:ibuprofen}} was advised and the office will call about {{drug:Tamiflu}}.
"""),

    dict(style="portal_thread", note="""
Patient Portal — Messages
Subject: {{eponym:Pap}} results??

[[NAME:Uxía Castro Lamas]] -> Women's Health Clinic, sent [[DATE:Fri, Sep 5, 2025]] 11:58 PM
"Hola, I got a notification that my {{eponym:Pap}} is back and it says ASC-US and HPV POSITIVE. I am freaking out. Does this mean cancer?? Nobody called me. -[[NAME:Uxía]]"

Reply — [[NAME:Faith Abernathy]], NP, [[DATE:Mon, Sep 8, 2025]] 9:14 AM
"Hi [[NAME:Uxía]], I'm sorry you saw this over the weekend without an explanation. This result is common and is NOT cancer. ASC-US means a few cells looked slightly unusual, and the HPV test found a high-risk type (not 16 or 18). At your age ({{age:34}}) with this combination, the next step is a colposcopy - a closer look at the cervix in the office, about 15 minutes. Our scheduler [[NAME:Noemí]] will call you today at the number on file, or you can call [[PHONE:415-555-0127]]. - [[NAME:Faith]]"

[[NAME:Uxía Castro Lamas]], [[DATE:9/8/2025]] 9:40 AM
"ok thank you. Can it be on a Tuesday? I work at the bakery in [[ADDRESS:Daly City]] the other days"

[[NAME:Noemí Ibarra]] (scheduling), [[DATE:9/8/2025]] 10:22 AM
"Booked colpo [[DATE:Tue 9/23]] 8:30 am with Dr. [[NAME:Rosenthal]]. Please avoid intercourse and tampons for 24 h before."
""", summary="""
In a portal thread, [[NAME:Uxía Castro Lamas]], {{age:34}}, asked about an ASC-US, HPV-positive {{eponym:Pap}} result and NP [[NAME:Faith Abernathy]] explained it and arranged colposcopy. It is booked for [[DATE:9/23]] with Dr. [[NAME:Rosenthal]].
"""),

    dict(style="phone_triage", note="""
TELEPHONE TRIAGE — ADULT MEDICINE     [[DATE:2025-02-07]] 14:22
Caller: daughter, [[NAME:Rita Khoury-Nassar]], [[PHONE:313-555-0150]]
Pt: [[NAME:KHOURY, GEORGES]]   [[AGE:92]] yo M   MRN [[MRN:1109287]]
Daughter reports her father, aged [[AGE:ninety-two]], has had "pressure" in his chest since lunch (~1 h), sweaty, SOB walking to bathroom. Hx CAD s/p CABG (2009), HTN, CKD 3. Took one {{drug:nitroglycerin}} {{dose:0.4 mg}} SL at 14:10 - minimal relief. Home {{vital:BP 168/94}}, {{vital:HR 104}}.
Protocol: Chest Pain - Adult. Disposition: CALL 911 NOW.
Instructed to chew {{drug:aspirin}} {{dose:325 mg}} (not allergic, no anticoagulant on med list). Daughter called 911 from landline while on hold with me; EMS dispatched to [[ADDRESS:4420 Orchard Lake Rd, West Bloomfield]].
14:31 Daughter confirms EMS on scene. ED at Beaumont notified.
PCP Dr. [[NAME:Shadid]] notified via secure chat.
— [[NAME:Anne-Marie Leclerc]], RN (triage)
""", summary="""
On [[DATE:2025-02-07]] the daughter of [[NAME:Georges Khoury]], [[AGE:92]], called about an hour of chest pressure with sweating despite {{drug:nitroglycerin}}. She was told to call 911 and give {{drug:aspirin}} {{dose:325 mg}}; EMS arrived and Dr. [[NAME:Shadid]] was notified.
"""),

    dict(style="case_management", note="""
UTILIZATION REVIEW — CONTINUED STAY
Level of care requested: Inpatient (day 3)
Criteria set: MCG (Milliman Care Guidelines), Heart Failure, Inpatient
Clinical indicators:
 - Still requiring IV {{drug:furosemide}} {{dose:80 mg}} BID; net -1.8 L/24 h.
 - {{lab:Cr 2.1}} (baseline 1.4), {{lab:Na 129}}, {{lab:BNP 1840}}.
 - O2 {{dose:2 L}} NC to keep {{vital:SpO2 > 92%}}; failed wean to RA ({{vital:SpO2 88%}}).
 - {{vital:BP 98/60}} - GDMT held.
Assessment: Continued stay criteria MET (persistent IV diuretic need, worsening renal function, hypoxemia).
Secondary physician review: not required.
Discharge barriers: home O2 qualification, HH PT eval, {{drug:Entresto}} copay ($340/mo) - social work consulted for manufacturer assistance.
Anticipated DC: 2 days.
""", summary="""
Day-3 utilization review found continued inpatient stay criteria met for heart failure because of ongoing IV {{drug:furosemide}}, worsening {{lab:Cr 2.1}} and hypoxemia. Discharge is expected in two days once home oxygen and {{drug:Entresto}} coverage are arranged.
"""),

    dict(style="college_health", note="""
Student Health — International Student TB Clearance
[[NAME:Dwi Rahmawati]] ({{age:23}}, grad student, Chemical Eng.) from [[ADDRESS:Yogyakarta]], arrived [[DATE:Aug 14]].
Hx: {{eponym:BCG}} as infant (scar L deltoid). No cough, fever, night sweats or weight loss. No known TB contact; grandmother "had lung sickness" years ago.
QuantiFERON-TB Gold Plus [[DATE:8/20/25]]: POSITIVE ({{lab:TB1 1.42}}, {{lab:TB2 1.88 IU/mL}}).
CXR PA/lat [[DATE:8/22/25]]: no infiltrate, no hilar adenopathy, no cavitation.
{{lab:ALT 19}}, {{lab:HIV neg}}, {{lab:hCG neg}}.
Dx: Latent TB infection.
Plan: {{drug:rifampin}} {{dose:600 mg}} daily x 4 mo (4R). She takes {{drug:Yaz}} - {{drug:rifampin}} makes it unreliable; use condoms, discussed {{drug:Depo-Provera}}. Orange urine/tears warning (no soft contacts). Monthly check-ins with nurse [[NAME:Tavita Leiataua]].
Cleared for enrollment and lab access; health hold released in portal.
[[NAME:Gretchen Sandoval]], MD
""", summary="""
International graduate student [[NAME:Dwi Rahmawati]], {{age:23}}, has latent TB (positive QuantiFERON, normal chest X-ray) and started four months of {{drug:rifampin}}. She was counseled that {{drug:rifampin}} makes {{drug:Yaz}} unreliable and was cleared for enrollment.
"""),

    dict(style="phone_triage", note="""
L&D TRIAGE PHONE LOG
[[DATE:Sun 11/16/25]] 06:40 — [[NAME:Antonella Rossi]] ({{age:30}}, G1, 37w4d, EDD [[DATE:12/3]]) calling: baby "not moving as much since last night." Kick count lying on L side after breakfast: 4 movements in 1 h. No LOF, no VB, mild irregular tightening. No HA or vision changes.
Advised to come to L&D now for NST. Husband [[NAME:Facundo]] driving; ETA 25 min from [[ADDRESS:Coral Gables]].
07:15 arrived. NST reactive - baseline {{vital:FHR 135}}, moderate variability, accels x4, no decels. {{vital:BP 122/78}}. BPP {{score:8/8}} by Dr. [[NAME:Agustina Gallo]] (PGY-3).
Reassured; discharged 08:20 with kick-count teaching. Keep appt [[DATE:Thurs 11/20]] w/ Dr. [[NAME:Ferraro]].
— [[NAME:Camila Fuentealba]], RNC-OB
""", summary="""
[[NAME:Antonella Rossi]], {{age:30}}, at 37 weeks called L&D triage on [[DATE:11/16/25]] about decreased fetal movement and came in for monitoring. The NST was reactive and the biophysical profile {{score:8/8}}, so she went home with kick-count teaching.
"""),

    dict(style="prior_auth_letter", note="""
FAX — PRIOR AUTHORIZATION REQUEST
To: Humana Medicare Advantage UM   Fax [[PHONE:1-800-555-0199]]
From: Riverside Internal Medicine   Fax [[PHONE:(757) 555-0133]]   Ph [[PHONE:(757) 555-0130]]
Date: [[DATE:01/22/2026]]   Pages: 6 (incl. cover)

Member: [[NAME:MARKOVIĆ, DRAGICA]]   DOB [[DATE:09/03/1929]]   Age [[AGE:96]]
Member ID [[MRN:H58221907]]   Medicare MBI [[MRN:5GH7-TR2-MW41]]
Address: [[ADDRESS:88 Sycamore Ln, Newport News, VA 23602]]
Requesting: [[NAME:Mirela Perić]], DO

Services:
 1. Home health (Bayview Home Health) - SN 2x/wk x 4 wk for wound care and med management; PT 2x/wk x 4 wk.
 2. DME - semi-electric hospital bed (E0260) + pressure-reducing mattress (E0181).
Dx: L89.153 sacral pressure injury stage 3; I50.32 chronic diastolic HF; R26.81 unsteady gait.
Clinical summary: [[AGE:96]]-year-old woman, homebound (leaves home only for MD visits with 2-person assist); stage 3 sacral pressure injury 3 x 2.5 cm noted [[DATE:1/15]], {{score:Braden 12}}. Son [[NAME:Zoran]] is primary caregiver. Cannot reposition in a standard bed; needs HOB >= 30° for orthopnea.
Face-to-face encounter: [[DATE:01/20/2026]].
Questions: [[NAME:Jelena]] (referral coordinator) x[[PHONE:214]].
""", summary="""
Prior authorization fax of [[DATE:01/22/2026]] requesting home health nursing and PT, a hospital bed and a pressure-reducing mattress for [[NAME:Dragica Marković]], [[AGE:96]], who is homebound with a stage 3 sacral pressure injury ({{score:Braden 12}}).
"""),
]
