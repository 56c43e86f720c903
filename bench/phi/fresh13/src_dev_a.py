NOTES = [
    dict(style="hospitalist_progress", note="""
HOSPITALIST PROGRESS NOTE - Hospital Day 3
Pt: [[NAME:PHOMMACHANH, SOUKSAVANH]]   MRN [[MRN:60418275]]   CSN [[MRN:1120938471]]
Date of service: [[DATE:Wed 4/16/2025]]

S: Feels "a little better," less SOB. Slept with two pillows (was upright in recliner on admit). Daughter [[NAME:Noy]] at
bedside interpreting per pt preference; Lao phone interpreter offered again and declined.
O: {{vital:T 36.9}}  {{vital:HR 88}}  {{vital:BP 128/74}}  {{vital:RR 18}}  {{vital:SpO2 95%}} on 1 L NC (3 L on admit)
   I/O net -1.8 L yesterday. Wt {{vital:71.2 kg}} (admit {{vital:74.0 kg}})
   Bibasilar crackles, improved. JVP ~8 cm. 1+ pitting edema to mid-shin bilat.
   Labs: {{lab:Na 134}}  {{lab:K 3.6}}  {{lab:Cr 1.31}} (baseline ~1.1)  {{lab:BNP 1,240}} (admit 2,880)
A/P: {{age:72}} yo M with HFrEF ({{lab:EF 30%}} on TTE [[DATE:4/14]]) admitted with ADHF, improving.
 - Continue {{drug:furosemide}} {{dose:40 mg}} IV BID today; switch to PO {{drug:torsemide}} {{dose:20 mg}} tomorrow if Cr stable
 - Hold {{drug:lisinopril}} while Cr up; {{drug:Entresto}} discussion at f/u with Dr. [[NAME:Hollis]] (cardiology)
 - {{drug:KCl}} {{dose:20 mEq}} PO x1 now
 - Strict I/O, daily standing weights, 2 g Na diet, 1.5 L fluid restriction
 - PT/OT consulted; ambulated 150 ft with RN yesterday
Dispo: likely home [[DATE:Friday 4/18]] with VNA. Discussed with daughter, who will be the main caregiver.

[[NAME:Megan Trask]], MD - Hospital Medicine   pgr [[PHONE:4471]]
""", summary="""
[[NAME:Souksavanh Phommachanh]], a {{age:72}}-year-old man with HFrEF admitted for decompensation, is improving on IV
{{drug:furosemide}} with {{lab:Cr 1.31}}. Discharge home with VNA is planned for [[DATE:Friday 4/18]].
"""),

    dict(style="discharge_summary", note="""
DISCHARGE SUMMARY
Patient Name: [[NAME:Kovács-Szabó, Erzsébet]]        DOB: [[DATE:09/02/1948]]
MRN: [[MRN:00731958]]      FIN: [[MRN:88410294517]]
Admit: [[DATE:03/28/2025]]      Discharge: [[DATE:04/02/2025]]
Attending: [[NAME:Daniel Brewer]], MD        PCP: [[NAME:Ildikó Farkas]], MD

Discharge Diagnoses
1. Community-acquired pneumonia, RLL
2. Acute metabolic encephalopathy (delirium), resolved
3. {{eponym:Parkinson disease}}   4. Hypertension
Hospital Course
Mrs. [[NAME:Kovács-Szabó]] is a {{age:76}}-year-old woman brought in by her son [[NAME:Gábor]] for two days of confusion and
fever to {{vital:38.9 C}}. CXR showed RLL consolidation. She was treated with {{drug:ceftriaxone}} {{dose:1 g}} IV daily and
{{drug:azithromycin}} {{dose:500 mg}} x3 days, then changed to {{drug:amoxicillin-clavulanate}} {{dose:875 mg}} PO BID on
[[DATE:3/31]] to finish 7 days total (last dose [[DATE:April 3]]). Delirium cleared by hospital day 3 ({{score:4AT 0}}).
Her {{drug:Sinemet}} was held for one day while NPO for aspiration concern and rigidity worsened; SLP bedside eval on
[[DATE:3/30]] cleared her for a mechanical soft diet with thin liquids and home {{drug:Sinemet}} {{dose:25/100}} 1.5 tabs TID
was resumed with improvement. Orthostatic on day 2 ({{vital:BP 142/80}} lying, {{vital:BP 112/68}} standing); {{drug:amlodipine}}
reduced to {{dose:5 mg}}.

Discharge Vitals: {{vital:T 36.8}}  {{vital:BP 134/78}}  {{vital:HR 74}}  {{vital:SpO2 96%}} RA
Follow-up
- PCP Dr. [[NAME:Farkas]] within 1 week; office will call pt at [[PHONE:(216) 555-0148]]
- Neurology, Dr. [[NAME:Ostrowski]], as already scheduled [[DATE:May 12]]
- Repeat CXR in 6-8 weeks

Discharged home with son; home PT/OT arranged.
Electronically signed: [[NAME:Daniel Brewer]], MD  [[DATE:04/02/2025]] 14:12
""", summary="""
[[NAME:Erzsébet Kovács-Szabó]], {{age:76}}, was treated for RLL pneumonia with delirium and discharged on
[[DATE:04/02/2025]] on {{drug:amoxicillin-clavulanate}} through [[DATE:April 3]], with {{drug:Sinemet}} resumed for her
{{eponym:Parkinson disease}}.
"""),

    dict(style="oncology_clinic", note="""
Gyn/Med Onc Clinic - Return Visit
[[NAME:Adeyemi, Folasade O.]] | {{age:58}} F | MRN [[MRN:4471-0092-3]] | Visit [[DATE:2025-02-19]]
Referring: [[NAME:Ronald Fisk]], MD (Gyn Onc)

Dx: High-grade serous ovarian carcinoma, stage IIIC, s/p neoadjuvant chemo and interval debulking
([[DATE:2024-10-08]]); germline BRCA1 pathogenic variant.

Interval hx: Completed C6 {{drug:carboplatin}} {{dose:AUC 5}} / {{drug:paclitaxel}} {{dose:175 mg/m2}} on [[DATE:01/22/2025]].
Grade 1 neuropathy of fingertips, stable, not limiting buttons or writing. Energy improving; walking 20 min daily with
her husband [[NAME:Olumide]]. Appetite good, weight up 1.5 kg.

Perf status: {{score:ECOG 1}}
Vitals: {{vital:BP 118/76}}  {{vital:P 82}}  {{vital:Wt 63.4 kg}}
Labs today: {{lab:CA-125 14}} (1,120 at diagnosis)  {{lab:Hgb 10.9}}  {{lab:ANC 2.1}}  {{lab:Plt 188}}
CT C/A/P [[DATE:2/12]]: no evidence of disease.

Plan
- Start maintenance {{drug:olaparib}} {{dose:300 mg}} PO BID. Counseled on nausea, fatigue, anemia, rare MDS/AML.
- CBC every 4 weeks for first 12 months.
- Genetics: cascade testing for daughters [[NAME:Titilayo]] and [[NAME:Morenike]]; referral to [[NAME:Hope Sanders]], MS, CGC.
- RTC 4 weeks with labs.

40 minutes spent, more than half in counseling.
[[NAME:Oluwaseun Bankole]], MD
cc: [[NAME:Ronald Fisk]], MD; [[NAME:Grace Whitfield]], NP
""", summary="""
[[NAME:Folasade Adeyemi]], {{age:58}}, with BRCA1-associated stage IIIC ovarian cancer, is without evidence of disease
after six cycles of {{drug:carboplatin}}/{{drug:paclitaxel}} ({{lab:CA-125 14}}) and starts maintenance {{drug:olaparib}}
{{dose:300 mg}} BID.
"""),

    dict(style="oncology_infusion", note="""
INFUSION CENTER NURSING NOTE          Chair 7
[[NAME:Xiong, Pa Nhia]]   DOB [[DATE:11-03-1969]]   MRN [[MRN:30928814]]
C3D1 mFOLFOX6 + {{drug:bevacizumab}}

0815 Arrived amb w/ husband [[NAME:Tou]]. Hmong interpreter [[NAME:Chue Yang]] in person (badge [[MRN:HI-2207]]).
Pre-assess: {{vital:T 36.6}} {{vital:HR 76}} {{vital:BP 152/90}} (recheck {{vital:BP 146/88}}) {{vital:RR 16}} {{vital:SpO2 99%}}
{{vital:Wt 54.1 kg}}. Pain {{score:2/10}} RUQ, chronic. No mucositis. Cold-induced tingling of hands x2 days after last
cycle, resolved. No diarrhea.
Labs [[DATE:6/9]]: {{lab:ANC 1.9}} {{lab:Plt 142}} {{lab:Cr 0.7}} {{lab:UPCR 0.3}}. OK to treat per Dr. [[NAME:Lindqvist]]
(tel order, read back, [[NAME:KM]] RN).
Port R chest accessed, 20g 3/4" {{eponym:Huber}}, +blood return, flushes easily.
0845 Premeds: {{drug:ondansetron}} {{dose:16 mg}} IV, {{drug:dexamethasone}} {{dose:12 mg}} IV
0900 {{drug:bevacizumab}} {{dose:5 mg/kg}} ({{dose:270 mg}}) over 30 min, tol well
0935 {{drug:oxaliplatin}} {{dose:85 mg/m2}} ({{dose:135 mg}}) + {{drug:leucovorin}} {{dose:400 mg/m2}} concurrent over 2 h via Y-site
1145 {{drug:5-FU}} {{dose:400 mg/m2}} IVP, then CADD pump started: {{drug:5-FU}} {{dose:2400 mg/m2}} over 46 h.
     Pump d/c [[DATE:Wed 6/11]] 1000 here in infusion.
Teaching via interpreter: no cold drinks/food x5 days, call for temp {{vital:38.0}} or higher - after hours triage
[[PHONE:651-555-0166]]. Husband verbalized understanding.
1155 D/c ambulatory with pump, family driving.  -- [[NAME:Keisha Morrow]], RN
""", summary="""
[[NAME:Pa Nhia Xiong]] received cycle 3 of mFOLFOX6 with {{drug:bevacizumab}} via a Hmong interpreter without reaction and
went home on a 46-hour {{drug:5-FU}} pump to be disconnected [[DATE:Wed 6/11]].
"""),

    dict(style="nephrology_clinic", note="""
NEPHROLOGY CLINIC - NEW PATIENT
Patient: [[NAME:Anahit Hovhannisyan]]     DOB: [[DATE:7/30/1957]]     MRN: [[MRN:2093847]]
Date: [[DATE:01.14.2025]]
Referred by: [[NAME:Aram Vardanyan]], MD (PCP) for CKD 3b and proteinuria

HPI: {{age:67}}F with T2DM ~20 yrs, HTN, HLD. Cr rising 1.4 -> 1.7 over 18 months. No gross hematuria, no NSAID use
reported to PCP, but today she mentions {{drug:ibuprofen}} {{dose:400 mg}} "two or three times a day" for knees. Lives in
[[ADDRESS:Glendale]] with her sister [[NAME:Siranush]], who fills her pillbox. Accompanied today by niece [[NAME:Lusine]] who
interpreted (pt declined professional interpreter, documented).

Meds: {{drug:metformin}} {{dose:500 mg}} BID, {{drug:glipizide}} {{dose:5 mg}} daily, {{drug:losartan}} {{dose:50 mg}} daily,
{{drug:amlodipine}} {{dose:10 mg}}, {{drug:atorvastatin}} {{dose:40 mg}}, {{drug:ibuprofen}} PRN

Exam: {{vital:BP 156/92}} (repeat {{vital:BP 150/90}}), {{vital:HR 70}}, {{vital:wt 82 kg}}. Trace ankle edema. No bruits.

Labs: {{lab:Cr 1.72}}  {{lab:eGFR 33}}  {{lab:K 5.1}}  {{lab:HCO3 21}}  {{lab:UACR 860 mg/g}}  {{lab:A1c 8.2%}}  {{lab:Hgb 11.4}}

A/P
1. CKD G3b/A3, most c/w diabetic kidney disease; NSAID contributing.
   - Stop {{drug:ibuprofen}}; {{drug:Tylenol}} up to {{dose:3 g}}/day for knees
   - {{drug:losartan}} to {{dose:100 mg}}; BMP in 2 weeks given {{lab:K 5.1}}
   - Start {{drug:Jardiance}} {{dose:10 mg}} daily
   - {{drug:metformin}} reduce to {{dose:500 mg}} daily
   - Renal US; SPEP/UPEP/FLC to complete w/u
2. HTN above goal - as above, goal <130/80
3. Mild hyperkalemia - low K diet handout (Armenian version given)
RTC 3 months, sooner if K >5.5.

[[NAME:Levon Ghukasyan]], MD, Nephrology
""", summary="""
[[NAME:Anahit Hovhannisyan]], {{age:67}}, has CKD 3b with heavy albuminuria ({{lab:UACR 860 mg/g}}) from diabetic kidney
disease plus NSAID use; {{drug:ibuprofen}} was stopped, {{drug:losartan}} increased and {{drug:Jardiance}} started.
"""),

    dict(style="dialysis_unit", note="""
HEMODIALYSIS TREATMENT RECORD       Chair 12 / 2nd shift (MWF)
Pt: [[NAME:Sione Fifita]]   MRN [[MRN:55120984]]   Date: [[DATE:Mon 08/04/25]]
Access: L upper arm brachiocephalic AVF. +thrill/+bruit. 15g x2, 1st stick each.
Rx: 4 h, F180, {{dose:2K}}/{{dose:2.5Ca}} bath, Qb 400, Qd 600.

PRE   Wt {{vital:104.6 kg}} (EDW 101.0)  {{vital:BP 168/94}}  {{vital:HR 80}}  {{vital:T 36.7}}  -> UF goal 3.4 L
      Lungs clear, 2+ edema ankles. States ate "a lot of lu pulu" at family gathering Sat.
TX    {{drug:heparin}} {{dose:2000 units}} bolus, {{dose:1000 units/h}}, off 1 h before end
      2h: {{vital:BP 141/82}}
      3h15: cramping both calves -> UF off, NS {{dose:200 mL}} bolus, resolved 10 min, UF resumed at lower rate
POST  Wt {{vital:101.6 kg}}  {{vital:BP 132/78}}  {{vital:HR 76}}. Net UF 3.0 L (goal not met - cramping). Needle sites hemostasis 8 min.

Meds given: {{drug:Epogen}} {{dose:6000 units}} IV, {{drug:Venofer}} {{dose:100 mg}} IV (3 of 10), {{drug:calcitriol}} {{dose:0.5 mcg}} IV
Monthly labs ([[DATE:7/7]]): {{lab:K 5.9}} {{lab:Phos 7.1}} {{lab:Alb 3.6}} {{lab:Hgb 9.8}} {{lab:Kt/V 1.38}} {{lab:URR 72%}}
Dietitian notified re: K/phos + IDWG; binder adherence reviewed - pt admits skipping {{drug:Renvela}} with lunch.
Wife [[NAME:Mele]] called re: transport; rides now via county van, pickup 1030 MWF. Her cell [[PHONE:801-555-0172]].

RN [[NAME:L. Taufa]]     PCT [[NAME:D. Ortiz]]
""", summary="""
[[NAME:Sione Fifita]] completed hemodialysis on [[DATE:Mon 08/04/25]] via left AVF, short of his UF goal because of cramps;
he has high interdialytic gain with {{lab:K 5.9}} and {{lab:Phos 7.1}} and missed {{drug:Renvela}} doses.
"""),

    dict(style="inpatient_psych", note="""
PSYCHIATRY PROGRESS NOTE - Adult Inpatient Unit 4 West
Patient: [[NAME:Aino Järvinen]]     Age: {{age:34}}     MRN [[MRN:8830145]]     Date: [[DATE:10/21/2024]]
Legal: 72-hour hold, day 2. Petition to be reviewed [[DATE:10/22]].

Subjective: Pt seen with RN [[NAME:Tuomas Mäkelä]]. Says she "slept for the first time in a week." Continues to voice
hopelessness: "I don't see what changes, I have no hope left for this job or anything." Denies current intent/plan but
would not contract; endorses passive SI. Denies AH/VH. Guarded about the overdose of {{drug:sertraline}} and {{drug:Benadryl}}
that led to admission. Mother [[NAME:Marjatta]] visited last evening, visit went well per nursing.

MSE: Disheveled, fair eye contact, psychomotor slowed. Speech low volume. Mood "empty." Affect constricted, tearful at
times. TP linear. TC: passive SI, no HI, no delusions. Insight partial, judgment impaired.
Scales: {{score:PHQ-9 23}}; C-SSRS screen positive for ideation without plan since admission.
Vitals {{vital:BP 104/66}} {{vital:HR 92}}. Med-surg cleared; {{lab:APAP level <10}}, {{lab:QTc 452}} on admit ECG, repeat 438.

Assessment: MDD, recurrent, severe without psychotic features; recent intentional ingestion. High acute risk.
Plan:
- Q15 min checks; remain on unit-restricted status
- Start {{drug:mirtazapine}} {{dose:15 mg}} qHS (sleep, appetite); hold SSRI for now
- {{drug:hydroxyzine}} {{dose:25 mg}} q6h PRN anxiety
- Individual therapy with [[NAME:Summer Kaplan]], LICSW; family meeting with mother
- Pursue 30-day commitment if not voluntary by hearing

[[NAME:Brandon Tate]], MD, Attending Psychiatrist
""", summary="""
[[NAME:Aino Järvinen]], {{age:34}}, on day 2 of a 72-hour hold after an intentional overdose, remains severely depressed
({{score:PHQ-9 23}}) with passive suicidal ideation; {{drug:mirtazapine}} was started and commitment will be pursued if she
will not stay voluntarily.
"""),

    dict(style="id_consult", note="""
INFECTIOUS DISEASES CONSULTATION
Requesting physician: [[NAME:Amy Castellano]], MD (Hospital Medicine)
Reason: MSSA bacteremia
Patient: [[NAME:Wali Khan Afridi]]   {{age:52}}M   MRN [[MRN:71029384]]   Consult date [[DATE:12/03/2024]]

HPI: 52M with T2DM ({{lab:A1c 10.4}}), CKD 3a, presented [[DATE:11/30]] with 4 days of fever, rigors and low back pain.
BCx 4/4 MSSA at 11 h. Started on {{drug:vancomycin}}, narrowed to {{drug:cefazolin}} [[DATE:12/1]]. Repeat BCx [[DATE:12/2]]
no growth so far. Pt drives a rideshare; no IVDU, no recent procedures. Born in [[ADDRESS:Peshawar]], in US since 2009.
Brother [[NAME:Gul]] at bedside (speaks English; pt prefers Pashto for details - interpreter [[NAME:Zarmina]] via video).

Exam: {{vital:T 38.2}} {{vital:HR 104}} {{vital:BP 122/70}}. No murmur appreciated. No {{eponym:Janeway}} lesions,
{{eponym:Osler}} nodes or splinter hemorrhages; fundi not examined. Point tenderness L3-L4, strength {{score:5/5}} BLE.
Labs: {{lab:WBC 15.8}} {{lab:CRP 212}} {{lab:ESR 96}} {{lab:Cr 1.4}}
TTE [[DATE:12/2]]: no vegetation, limited windows.

Assessment: MSSA bacteremia with probable vertebral osteomyelitis/discitis L3-L4. Meets 1 major {{eponym:Duke}} criterion;
TTE insufficient to exclude endocarditis.
Recs:
1. {{drug:cefazolin}} {{dose:2 g}} IV q8h (renal dose OK at current CrCl)
2. TEE - discussed with cardiology fellow
3. MRI L-spine w/wo contrast
4. Repeat BCx until clear x48 h; PICC only after clearance
5. QuantiFERON (prior TB exposure in family) - prior to any steroids
6. Anticipate 6 weeks IV from first negative culture; OPAT referral
Will follow daily. Discussed with Dr. [[NAME:Castellano]].
[[NAME:Zarghuna Durrani]], MD  ID Attending  x[[PHONE:6218]]
""", summary="""
[[NAME:Wali Khan Afridi]], {{age:52}}, has MSSA bacteremia with suspected L3-L4 vertebral osteomyelitis; ID recommends
{{drug:cefazolin}} {{dose:2 g}} q8h, TEE, spine MRI and an expected 6-week course.
"""),

    dict(style="hospitalist_progress", note="""
Hospital Medicine Progress Note - HD 5

Subjective: No acute events overnight. Per nursing, pt removed nasal cannula twice and was briefly confused around 0300,
reoriented easily. Tolerating pureed diet. Denies chest pain, abdominal pain. {{eponym:Foley}} still in place.

Objective:
{{vital:Tmax 37.4}}  {{vital:HR 94}}  {{vital:BP 108/62}}  {{vital:RR 20}}  {{vital:SpO2 92%}} on 2 L
{{score:GCS 14}} (E4V4M6). Mild {{eponym:Cheyne-Stokes}} pattern while asleep per RN.
Lungs: coarse rhonchi R base. Heart: RRR, {{score:2/6}} systolic murmur RUSB, unchanged.
Ext: no edema. Negative {{eponym:Homan}} sign bilaterally.
Labs: {{lab:WBC 11.2}} (from 17.4) {{lab:Hgb 9.1}} {{lab:Na 131}} {{lab:Cr 0.9}} {{lab:lactate 1.1}}
Micro: Sputum {{eponym:Gram}} stain many PMNs, GPC in pairs; culture growing Strep pneumoniae, pan-sensitive. BCx NGTD.

Assessment/Plan:
Aspiration vs CAP (S. pneumoniae) with sepsis, improving.
- Narrow {{drug:Zosyn}} to {{drug:ceftriaxone}} {{dose:2 g}} IV daily; plan 7 days total
- Remove {{eponym:Foley}} catheter today, bladder scan q6h x24h
- Hyponatremia: likely SIADH from pneumonia; fluid restrict 1.2 L, recheck AM
- Delirium precautions; avoid {{drug:Ativan}}, {{drug:melatonin}} {{dose:3 mg}} qHS
- {{eponym:Parkinson disease}}: continue home {{drug:carbidopa-levodopa}} on schedule, do not hold
- DVT ppx {{drug:enoxaparin}} {{dose:40 mg}} SQ daily
- Code status: DNR/DNI (confirmed with HCP on admission)
Dispo: SNF referral in process; PT recommends subacute rehab.
""", summary="""
A patient with {{eponym:Parkinson disease}} and pneumococcal pneumonia with sepsis is improving on hospital day 5;
antibiotics were narrowed to {{drug:ceftriaxone}}, the {{eponym:Foley}} is coming out and SNF placement is underway.
"""),

    dict(style="discharge_summary", note="""
TE WHATU ORA - WAIKATO / ROTORUA HOSPITAL
DISCHARGE SUMMARY - General Medicine Ward 5

Name: [[NAME:Mere Tāwhiri]]     NHI: [[MRN:ZKT4821]]     DOB: [[DATE:02/06/1931]]     Age: [[AGE:93]]
Admitted: [[DATE:17/11/2024]]     Discharged: [[DATE:22/11/2024]]
Address: [[ADDRESS:14 Kōwhai Crescent, Rotorua 3015]]
GP: Dr [[NAME:Hemi Parata]], Ngongotahā Medical Centre
Next of kin: [[NAME:Aroha Ngata]] (granddaughter)  [[PHONE:+64 21 555 0193]]

Presenting complaint: Fall at home, found on floor by granddaughter in the morning, down time ~6 h.
Diagnoses: 1. Mechanical fall with rhabdomyolysis ({{lab:CK 4,820}} peak) 2. AKI on CKD 3a ({{lab:Cr 168}} -> 104 umol/L)
3. Delirium, resolved 4. Atrial fibrillation, rate controlled

Clinical course: [[NAME:Mere]] is a [[AGE:ninety-three]] year old wahine who lives alone with daily whānau support. CT head
and C-spine showed no acute injury. Treated with IV fluids; CK and creatinine trended down. Her {{drug:cilazapril}} was held
and remains on hold. Brief delirium night 1, settled with reorientation and whānau staying overnight. Physio: mobile
with a walking frame, {{score:Timed Up and Go 24 s}}. Occupational therapy home visit [[DATE:21/11]] - rail fitted at back
steps, personal alarm pendant arranged.

Medicines on discharge: {{drug:metoprolol}} {{dose:23.75 mg}} daily, {{drug:dabigatran}} {{dose:110 mg}} BD (dose reduced
for age), {{drug:paracetamol}} {{dose:1 g}} QID PRN. STOPPED: {{drug:cilazapril}}.

GP actions: Please repeat creatinine and potassium in 1 week and consider restarting {{drug:cilazapril}} if Cr stable.
Signed: Dr [[NAME:Sam Whitcombe]], House Officer, for Dr [[NAME:Rangi Tamihana]], Consultant Physician
""", summary="""
[[NAME:Mere Tāwhiri]], [[AGE:93]], was admitted [[DATE:17/11/2024]] after a long lie with rhabdomyolysis and AKI and was
discharged [[DATE:22/11/2024]] with {{drug:cilazapril}} held and a GP creatinine check in a week.
"""),

    dict(style="oncology_clinic", note="""
this is doctor [[NAME:meenakshi sundaram]] dictating a follow up visit for [[NAME:karthikeyan subramaniam]] date of birth
[[DATE:june fourth nineteen sixty two]] medical record number [[MRN:4 4 1 2 9 0 7]] date of service
[[DATE:march third twenty twenty five]]. mister [[NAME:subramaniam]] is a {{age:62}} year old man with IgG kappa multiple
myeloma diagnosed last summer, here after cycle four of VRd, that is {{drug:velcade}} {{dose:1.3 mg per meter squared}}
subcutaneous days one four eight eleven, {{drug:revlimid}} {{dose:25 mg}} days one through fourteen and
{{drug:dexamethasone}} {{dose:40 mg}} weekly. he is tolerating it reasonably, some constipation, mild tingling in the
feet, no falls. his wife [[NAME:selvi]] says he is sleeping poorly on the {{drug:dex}} days. labs today show {{lab:m spike 0.3}}
down from 3.1, {{lab:free kappa 28}}, {{lab:hemoglobin 11.8}}, {{lab:creatinine 1.0}}, {{lab:calcium 9.4}}. urine {{eponym:bence jones}}
protein was negative. exam unremarkable, {{vital:blood pressure 132 over 80}}. assessment very good partial response.
plan, proceed with cycle five, reduce {{drug:dex}} to {{dose:20 mg}}, start {{drug:senna}} daily, refer to transplant
team for stem cell collection, doctor [[NAME:gollapudi]] is aware, continue {{drug:acyclovir}} and {{drug:aspirin}}.
return in three weeks. end of dictation. [[NAME:ms]]/[[NAME:vt]]
""", summary="""
[[NAME:Karthikeyan Subramaniam]], {{age:62}}, with IgG kappa myeloma has a very good partial response after four cycles of
VRd ({{lab:M spike 0.3}}); he proceeds to cycle five with a lower dexamethasone dose and transplant referral.
"""),

    dict(style="dialysis_unit", note="""
HOME DIALYSIS UNIT - PD TRAINING NOTE (Day 4 of 5)

Catheter: {{eponym:Tenckhoff}} catheter, R lower quadrant, placed 3 weeks ago. Exit site clean, dry, no crust, no
tenderness; graded 0 on exit-site scale. Dressing changed by pt with good sterile technique.

Training today:
- Manual CAPD exchange x2 performed independently, including hand hygiene, connecting, flush-before-fill.
- Reviewed cloudy effluent = possible peritonitis: call unit immediately, bring bag in.
- Cycler setup (Amia) reviewed with spouse; spouse completed priming with cueing.
- Reviewed fluid status: daily weight, BP log, choosing 1.5% vs 2.5% dextrose by weight/BP.

Vitals {{vital:BP 138/84}} {{vital:HR 72}} {{vital:Wt 88.3 kg}}
PET scheduled next month after 4 weeks on PD. Baseline labs: {{lab:K 4.4}} {{lab:Alb 3.9}} {{lab:Hgb 10.6}}.
Meds reviewed: {{drug:Sensipar}} {{dose:30 mg}} daily, {{drug:sevelamer}} {{dose:800 mg}} TID with meals,
{{drug:Mircera}} monthly in clinic, {{drug:gentamicin}} cream to exit site daily.

Assessment: Progressing well; anticipate independent home PD after tomorrow's final check-off.
Plan: Day 5 tomorrow AM, supplies delivery confirmed, home visit by PD RN within 2 weeks of starting.
""", summary="""
A patient on day 4 of peritoneal dialysis training with a {{eponym:Tenckhoff}} catheter performed exchanges independently
and is expected to start home PD after final check-off tomorrow.
"""),

    dict(style="inpatient_psych", note="""
Psychiatric Admission Note - Adolescent/Young Adult Unit
Name: [[NAME:Kimimela Good Voice]] ("[[NAME:Kimi]]")     Age {{age:19}}     MRN [[MRN:A04419281]]
Admit [[DATE:Sat 2/1/2025]] from ED, voluntary.

CC: "I stopped my meds because they made me feel like cardboard."
HPI: 19yo Lakota woman with bipolar I, last hospitalized [[DATE:8/14/2023]], who stopped
{{drug:lithium}} ~6 weeks ago. Over 10 days: sleeping 2-3 h/night, spending, driving from [[ADDRESS:Pine Ridge]] to
[[ADDRESS:Rapid City]] at night, pressured speech, grandiosity (believes she was chosen to lead a powwow council). Brought by
aunt [[NAME:Winona Two Crow]] and cousin "[[NAME:Bear]]" ([[NAME:Tyler Two Crow]]). Denies SI/HI. No substance use per pt;
UDS neg. Pt is her own decision-maker; grandmother [[NAME:Lorraine Iron Shell]] is her emergency contact
[[PHONE:605-555-0127]].

MSE: Pressured, tangential, elevated/irritable, grandiose; no AH/VH; insight poor.
{{score:YMRS 31}}. Vitals {{vital:BP 126/80}} {{vital:HR 98}} {{vital:T 36.8}}.
Labs: {{lab:Li <0.2}} {{lab:TSH 1.9}} {{lab:Cr 0.7}} {{lab:hCG negative}}

Plan:
1. Restart {{drug:lithium}} {{dose:300 mg}} BID, level in 5 days, goal 0.8-1.0
2. {{drug:olanzapine}} {{dose:10 mg}} qHS, {{dose:5 mg}} PRN agitation; discussed weight effects with pt
3. Cultural support: pt requests visit from Native American spiritual care; [[NAME:Milo Bear Runner]], peer support, contacted
4. Family meeting with aunt this week

[[NAME:Jordan Bell]], MD, PGY-3  /  seen with Dr. [[NAME:Isaac Greenleaf]]
""", summary="""
[[NAME:Kimimela Good Voice]], {{age:19}}, was admitted voluntarily on [[DATE:Sat 2/1/2025]] with mania ({{score:YMRS 31}})
after stopping {{drug:lithium}}; lithium was restarted with {{drug:olanzapine}} and family and spiritual-care support.
"""),

    dict(style="id_consult", note="""
ID Consult Note
Pt: [[NAME:BERIDZE, NINO G]]   {{age:41}}F   MRN [[MRN:91002376]]   Date [[DATE:14-Jul-2024]]
Consult requested by Dr. [[NAME:Will Hargrove]] for prolonged fever.

HPI: 3 weeks of evening fevers to 39.4, drenching sweats, arthralgias and L knee effusion. Returned [[DATE:June 2]] from
6 weeks visiting family in [[ADDRESS:Tbilisi]] and a village near [[ADDRESS:Telavi]]; ate homemade sulguni cheese from
relatives' cows, unpasteurized. Husband [[NAME:Giorgi]] and son well. No TB contacts known. No tick bites recalled.
Exam: {{vital:T 38.7}}, {{vital:HR 108}}. Hepatosplenomegaly, spleen tip 2 cm. L knee warm effusion, no erythema.
Labs: {{lab:WBC 3.9}} (rel lymphocytosis), {{lab:AST 88}} {{lab:ALT 102}}, {{lab:CRP 64}}. BCx x2 [[DATE:7/12]] pending - lab notified
(possible Brucella, hold cultures 21 days; lab safety precautions).
Imaging: US abdomen splenomegaly 15 cm.

Impression: Brucellosis highly likely (exposure + clinical); ddx typhoid, TB, lymphoma, acute HIV.
Recs:
- Brucella serology (SAT/Rose Bengal) + PCR sent, HIV Ag/Ab, QuantiFERON
- Knee aspiration with cell count/culture
- Start {{drug:doxycycline}} {{dose:100 mg}} PO BID x6 weeks + {{drug:gentamicin}} {{dose:5 mg/kg}} IV daily x7 days
  (audiology baseline, weekly Cr)
- Report to health dept if confirmed
[[NAME:Rose Hadley]], MD, ID fellow; discussed with Dr. [[NAME:Levan Chkheidze]]
""", summary="""
[[NAME:Nino Beridze]], {{age:41}}, has prolonged fever, splenomegaly and knee arthritis after eating unpasteurized cheese in
Georgia; ID suspects brucellosis and started {{drug:doxycycline}} plus {{drug:gentamicin}} pending serology.
"""),

    dict(style="hospitalist_progress", note="""
Cross-cover event note [[DATE:11/09]] 0240
Paged by RN [[NAME:Guðrún]] re: Mr. [[NAME:Þórður Sigurðsson]], rm 612, new-onset AF with RVR, {{vital:HR 140s}}.
Pt {{age:81}}M POD 2 s/p R hemicolectomy (adenoCA), on general surgery w/ medicine co-management.
At bedside: awake, mildly anxious, denies CP. {{vital:HR 138}} irregular, {{vital:BP 118/72}}, {{vital:SpO2 94%}} 2L.
ECG: AF w/ RVR, no ischemic changes. Lytes: {{lab:K 3.3}}, {{lab:Mg 1.5}}.
Plan:
- {{drug:metoprolol}} {{dose:5 mg}} IV x1 -> HR 104; start {{drug:metoprolol tartrate}} {{dose:25 mg}} PO q6h
- {{drug:KCl}} {{dose:40 mEq}} + {{drug:Mg sulfate}} {{dose:2 g}} IV
- No anticoag tonight given POD 2 - surgical team (Dr. [[NAME:O'Rourke]]) notified; revisit in AM
- Tele, TSH, TTE
Called son [[NAME:Einar]] at [[PHONE:206-555-0139]], updated.
[[NAME:B. Halvorsen]] MD (nocturnist)
""", summary="""
[[NAME:Þórður Sigurðsson]], {{age:81}}, on postoperative day 2 after hemicolectomy, developed AF with RVR overnight; he got
IV then oral {{drug:metoprolol}} and electrolyte repletion, with anticoagulation deferred to the surgical team.
"""),

    dict(style="discharge_summary", note="""
Discharge Summary
Name: [[NAME:Nwachukwu, Chinedu E]]    MRN [[MRN:3302917]]    Acct [[MRN:A0032917]]
DOB [[DATE:1996-05-27]]    Adm [[DATE:2025-01-06]]    D/C [[DATE:2025-01-10]]
Address: [[ADDRESS:8120 Bellfort Ave Apt 14, Houston, TX 77061]]    Phone: [[PHONE:713-555-0184]]
Attending: [[NAME:Priya Ramanathan]], MD       Heme: [[NAME:Kwame Asante-Boadu]], MD

Principal Dx: Sickle cell disease (HbSS) with vaso-occlusive pain crisis
Secondary: Acute chest syndrome ruled out; mild hemolysis

Course: {{age:28}} yo man with HbSS presented with diffuse back/leg pain {{score:10/10}} after working outdoors in cold.
Treated per individualized pain plan: {{drug:hydromorphone}} PCA (demand {{dose:0.4 mg}}, lockout 10 min) + scheduled
{{drug:ketorolac}} {{dose:15 mg}} IV q6h x3 days + IVF. Incentive spirometry. CXR clear on admission and day 3.
{{lab:Hgb 6.9}} (baseline 7.5-8), {{lab:retic 11%}}, {{lab:LDH 410}}; no transfusion required. Pain {{score:4/10}} on oral
regimen at discharge.

Discharge meds: {{drug:oxycodone}} {{dose:10 mg}} q4h PRN (#30, PDMP checked), {{drug:hydroxyurea}} {{dose:1500 mg}} daily
(pt admits missing doses - reinforced), {{drug:folic acid}} {{dose:1 mg}} daily, {{drug:ibuprofen}} {{dose:600 mg}} TID x5 days.
F/u: Sickle cell clinic with Dr. [[NAME:Asante-Boadu]] [[DATE:Jan 17]]; wife [[NAME:Ngozi]] to accompany.
""", summary="""
[[NAME:Chinedu Nwachukwu]], {{age:28}}, with HbSS was treated [[DATE:2025-01-06]] to [[DATE:2025-01-10]] for a
vaso-occlusive crisis with a {{drug:hydromorphone}} PCA and went home on oral {{drug:oxycodone}} and {{drug:hydroxyurea}}.
"""),

    dict(style="oncology_infusion", note="""
Infusion RN Note - [[DATE:05/06/2025]]
Pt [[NAME:Montserrat Vilaró i Soler]] (prefers "[[NAME:Montse]]"), {{age:47}}, HER2+ L breast CA, adjuvant, cycle 9 of 17.
{{drug:Phesgo}} ({{drug:pertuzumab}}/{{drug:trastuzumab}}/hyaluronidase) maintenance dose {{dose:600 mg/600 mg}} SQ, L thigh.
Pre: {{vital:BP 122/74}} {{vital:HR 68}} {{vital:T 36.5}}. Last echo [[DATE:4/18]]: {{lab:LVEF 58%}} (baseline 62%).
No premeds needed per protocol. Injection over 5 min, site without reaction. Observed 15 min.
Pt reports mild diarrhea 2-3x/day x2 days post dose, using {{drug:loperamide}} with relief. Some nail changes.
Husband [[NAME:Jordi]] asked about travel to [[ADDRESS:Barcelona]] in summer - discussed timing with next dose; will confirm
with Dr. [[NAME:Fitzgerald]]. {{drug:anastrozole}} {{dose:1 mg}} daily started last month, tolerating.
Next appt [[DATE:5/27]] 0930. [[NAME:H. Nakashima]], RN, OCN
""", summary="""
[[NAME:Montserrat Vilaró i Soler]] received cycle 9 of subcutaneous {{drug:Phesgo}} for HER2-positive breast cancer without
reaction, with {{lab:LVEF 58%}} and mild diarrhea; her next dose is [[DATE:5/27]].
"""),

    dict(style="nephrology_clinic", note="""
Transplant Nephrology - 6 month post-transplant visit
[[NAME:TAMM, TÕNU]]   {{age:55}}M   MRN [[MRN:80012234]]   Tx date: [[DATE:10 Sep 2024]] (living related donor - brother [[NAME:Margus Tamm]])
Visit: [[DATE:11 Mar 2025]]

Doing well. Working full time again. No fevers, no dysuria. Urine output good. Occasional tremor, mild.
Meds: {{drug:tacrolimus}} {{dose:3 mg}} BID, {{drug:mycophenolate}} {{dose:500 mg}} BID, {{drug:prednisone}} {{dose:5 mg}} daily,
{{drug:valganciclovir}} (completed 3 mo course), {{drug:Bactrim}} SS daily, {{drug:amlodipine}} {{dose:5 mg}}

{{vital:BP 128/78}}  {{vital:HR 66}}  {{vital:Wt 84 kg}}
Graft site nontender, no edema.

Labs
  {{lab:Cr 1.32}}   (nadir 1.18 in Dec)
  {{lab:Tac trough 6.8}}   (goal 6-8)
  {{lab:WBC 4.6}}   {{lab:Mg 1.6}}   {{lab:K 4.7}}
  {{lab:BK PCR <500}}   copies/mL   (was 1,200 at 3 mo)
  {{lab:DSA negative}}
  {{lab:UPCR 0.15}}

A/P: Stable graft function, BK viremia cleared. Continue current immunosuppression. Mg supplement {{dose:400 mg}} BID.
{{drug:Bactrim}} through 12 months. Brother doing well at his donor follow-up per pt. Labs monthly, clinic q3mo.
Dr. [[NAME:Kristiina Mägi]] / [[NAME:Aaron Pike]], PA-C
""", summary="""
[[NAME:Tõnu Tamm]], {{age:55}}, six months after a living-related kidney transplant from his brother, has stable graft
function ({{lab:Cr 1.32}}, {{lab:Tac trough 6.8}}) and cleared BK viremia; immunosuppression is unchanged.
"""),

    dict(style="inpatient_psych", note="""
Inpatient Psychiatry - Daily Progress
[[DATE:Tuesday 9/17/2024]]
[[NAME:Yonas Gebremedhin]], {{age:27}} M, Rm 3B-214, day 6. Interpreter: Tigrinya, phone, interpreter ID [[MRN:440211]].

S: States the voices are "quieter, far away." Still believes neighbors in [[ADDRESS:Silver Spring]] put "a device" in his
apartment wall but less preoccupied. Sleep 7 h. Eating all meals. Attended 2 groups. Asked for his sister [[NAME:Feven]] to
visit; she came yesterday with injera and coffee, pt calm and appropriate per staff ([[NAME:DW]]).
Nightmares about the detention camp in Libya continue, 2-3/week.

O: Calm, cooperative, guarded. Thought process more organized, TC w/ fixed persecutory delusion re: neighbors, no SI/HI.
{{score:BPRS 42}} (admit 61). No EPS; AIMS 0. {{vital:BP 118/70}} {{vital:HR 84}}.
Labs: {{lab:prolactin 38}} {{lab:A1c 5.4%}} {{lab:LDL 96}}

A: Schizophreniform d/o vs schizophrenia with comorbid PTSD, improving on {{drug:risperidone}}.
P: - {{drug:risperidone}} {{dose:3 mg}} qHS (up from 2)
   - {{drug:prazosin}} {{dose:1 mg}} qHS for nightmares, titrate
   - Discuss LAI ({{drug:Invega Sustenna}}) with pt and sister; pt "will think about it"
   - SW ([[NAME:Dawn Ferreira]]) working on outpatient clinic with Tigrinya/Amharic-speaking therapist
[[NAME:Mekdes Alemayehu]], PMHNP-BC
""", summary="""
[[NAME:Yonas Gebremedhin]], {{age:27}}, on day 6 of admission for psychosis with PTSD, is improving ({{score:BPRS 42}});
{{drug:risperidone}} was increased, {{drug:prazosin}} added for nightmares and a long-acting injectable is being discussed.
"""),

    dict(style="id_consult", note="""
OPAT (Outpatient Parenteral Antimicrobial Therapy) - Weekly Review
Patient: [[NAME:Aigerim Serikbayeva]]     DOB [[DATE:03/19/1979]]     MRN [[MRN:62209915]]
Home infusion: Coram     Home health: Bayada     PICC R basilic, placed [[DATE:2/21/25]]

Indication: Vertebral osteomyelitis T11-T12 with MRSA, s/p debridement [[DATE:2/17/25]].
Regimen: {{drug:daptomycin}} {{dose:8 mg/kg}} ({{dose:650 mg}}) IV q24h, start [[DATE:2/19/25]], planned stop [[DATE:4/2/25]].

Weekly labs ([[DATE:3/10]]): {{lab:CK 96}}  {{lab:WBC 6.8}}  {{lab:Eos 3%}}  {{lab:CRP 18}} (from 144)  {{lab:ESR 52}}  {{lab:Cr 0.8}}
Symptoms: back pain {{score:3/10}}, no myalgias, no cough/dyspnea (no sign of eosinophilic pneumonia). PICC site clean
per HH RN [[NAME:Faith Oduya]] photo uploaded [[DATE:3/11]].

Assessment: responding well. Continue {{drug:daptomycin}}, weekly CK/CBC/CRP.
Pt asked to send lab results to her own e-mail; portal enrollment done instead, confirmed email on file
[[EMAIL:aigerim.serik79@gmail.com]]. Husband [[NAME:Nurlan]] does the line flushes - competency verified.
Fax orders to Coram: [[PHONE:(303) 555-0191]].
[[NAME:Carter Lindgren]], PharmD, OPAT Pharmacist / [[NAME:Zarghuna Durrani]], MD
""", summary="""
[[NAME:Aigerim Serikbayeva]] is doing well on home {{drug:daptomycin}} for MRSA vertebral osteomyelitis, with CRP falling to
18 and a normal CK; therapy continues to [[DATE:4/2/25]] with weekly labs.
"""),

    dict(style="hospitalist_progress", note="""
Hospital Medicine Progress Note     [[DATE:Thurs 7/24]]
[[NAME:Naw Paw Htoo]]   {{age:46}}F   MRN [[MRN:47820016]]   HD 2
Karen interpreter: [[NAME:Saw Eh Doh]] (in person). Husband [[NAME:Saw Kpaw Say]] present.

S: Thirst better. Vomited once overnight. First time hospitalized in US; came from refugee camp on Thai border 2014.
O: {{vital:BP 112/70}} {{vital:HR 96}} {{vital:T 37.0}}. Mucous membranes dry-ish.
   {{lab:glucose 214}} {{lab:AG 12}} (from 24) {{lab:HCO3 19}} {{lab:K 3.8}} {{lab:BHB 0.9}} {{lab:A1c 13.1%}}
A/P: New-onset DKA, presumed T2DM (GAD ab pending), resolved gap overnight.
 - Transition insulin drip to SQ: {{drug:Lantus}} {{dose:18 units}} daily + {{drug:Humalog}} {{dose:5 units}} AC + correction
 - Overlap 2 h before stopping drip
 - Diabetes educator [[NAME:Bill Carrington]] with interpreter tomorrow AM; glucometer teaching
 - Latent TB screen: QFT positive 2014, treated w/ {{drug:rifampin}} in camp per pt; CXR today clear
 - Diet: rice-based meals, carb counting w/ dietitian
 - Son [[NAME:Eh Kaw]] (speaks English) will help with insulin; his # [[PHONE:616-555-0159]]
[[NAME:J. Okoro]], DO
""", summary="""
[[NAME:Naw Paw Htoo]], {{age:46}}, admitted with new-onset DKA ({{lab:A1c 13.1%}}), had her anion gap close and is being
moved to {{drug:Lantus}} and {{drug:Humalog}} with diabetes teaching through a Karen interpreter.
"""),

    dict(style="inpatient_psych", note="""
GROUP THERAPY NOTE - Coping Skills (DBT-informed)    Unit: Adult Acute
Duration: 50 min     Facilitator: Occupational Therapy     Attendance: 7 of 11 patients

Topic: Distress tolerance - TIPP skills (Temperature, Intense exercise, Paced breathing, Paired muscle relaxation) and
the "STOP" skill. Patients practiced paced breathing (4-in, 6-out) for 5 min and rated distress before/after on a 0-10 scale.

Patient participation: Pt attended full session, sat near the door, initially quiet. Volunteered an example about
calling her sponsor instead of drinking after a conflict with family at a holiday dinner. Rated distress {{score:7/10}} before
and {{score:4/10}} after paced breathing. Appropriate with peers. No evidence of responding to internal stimuli.
Pt asked whether the ice-pack technique is safe with her history of {{eponym:Raynaud}} phenomenon; advised to use cool water
on the face instead and to check with the medical team.

Mental status in group: Mood "anxious but okay." Affect congruent, brighter by end. Linear. No SI expressed.
Plan: Encourage attendance at Wednesday Wellness and Recovery (WRAP) group. Pt given TIPP handout and diary card.
""", summary="""
A patient attended a 50-minute DBT-informed distress-tolerance group, practiced paced breathing with distress falling
from {{score:7/10}} to {{score:4/10}}, and participated appropriately.
"""),

    dict(style="oncology_clinic", note="""
MULTIDISCIPLINARY THORACIC / GU TUMOR BOARD      [[DATE:Thursday, May 8, 2025]]   0700   Conf Rm B
Moderator: [[NAME:Avraham Shapiro]], MD       Scribe: [[NAME:dkessler]] (hem/onc fellow)
Present: [[NAME:Noa Friedman]] (path), [[NAME:Patrick McGowan]] (rad onc), [[NAME:Lindsey van der Berg]] (IR),
[[NAME:Eliezer Katz]] (urology), [[NAME:Yaw Boateng]] (pulm), nurse navigator [[NAME:Joy Carrow]]

1. [[NAME:BEN-AMI, YAEL]]   MRN [[MRN:7720341]]   {{age:61}}F
   RUL 2.3 cm spiculated nodule. EBUS [[DATE:4/29]]: adenocarcinoma; 4R, 7 negative. {{lab:PD-L1 TPS 60%}}. NGS sent [[DATE:5/1]].
   Rec: lobectomy - Dr. [[NAME:Boateng]] to refer to thoracic surgery; adjuvant {{drug:osimertinib}} if EGFR+, else chemo-IO.
2. [[NAME:OYELARAN, MICHAEL T]]   MRN [[MRN:7704418]]   {{age:68}}M
   {{lab:PSA 11.2}} -> {{lab:PSA 14.8}}; MRI {{score:PI-RADS 4}} L PZ; bx [[DATE:4/22/25]]: {{score:Gleason 4+3=7}} (Grade Group 3),
   5/12 cores. PSMA PET: no distant dz.
   Rec: RP vs EBRT + 6 mo ADT discussed; leaning RT - Dr. [[NAME:McGowan]] to see [[DATE:5/14]].
3. [[NAME:HAYES, BROOKLYN]]   MRN [[MRN:7731092]]   {{age:44}}F
   Incidental L renal mass 4.1 cm, enhancing, {{score:RENAL nephrometry 7a}}. No bx needed.
   Rec: robotic partial nephrectomy, Dr. [[NAME:Katz]]. Cryoablation (IR) as alternative if surgery declined.

Action items: [[NAME:JC]] to schedule consults; minutes to [[EMAIL:thoracic-gu-tb@stmarys-onc.org]]
""", summary="""
The [[DATE:Thursday, May 8, 2025]] tumor board recommended lobectomy for [[NAME:Yael Ben-Ami]]'s lung adenocarcinoma,
radiation with ADT for [[NAME:Michael Oyelaran]]'s {{score:Gleason 4+3=7}} prostate cancer, and partial nephrectomy for
[[NAME:Brooklyn Hayes]].
"""),

    dict(style="dialysis_unit", note="""
Dialysis Unit - Social Work / RN Care Plan Note     [[DATE:3/3/2025]]
Pt [[NAME:Tendai Moyo]], {{age:39}}M, HD TTS 1st shift, R IJ tunneled catheter (Permcath), AVF maturing L forearm.

Issue: Missed 3 of last 6 treatments (shortened x2). Came in [[DATE:2/27]] with {{lab:K 6.8}} and 4.8 kg over EDW -> sent to
ED, emergent HD there. Pt explains he works nights at a warehouse and his car broke down; sleeps through morning shift.
Lives with partner [[NAME:Rudo Chikore]] on [[ADDRESS:Hollins Ferry Rd]]; no landline, cell [[PHONE:443-555-0108]].

Interventions:
- Moved to TTS 3rd shift (1500) starting [[DATE:Thur 3/6]] - confirmed w/ charge RN [[NAME:Amber Nash]]
- Paratransit application faxed (fax [[PHONE:410-555-0166]]), ref # [[MRN:MTA-0092217]]
- Dietitian reviewed high-K foods (pt eats a lot of sadza with covo/leafy greens and tomatoes)
- Catheter: {{drug:alteplase}} {{dose:2 mg}} per port last week for poor flows; vascular surgery (Dr. [[NAME:Zulu]]) re-check of
  fistula [[DATE:3/20]]; goal catheter removal when fistula usable
- Depression screen {{score:PHQ-2 4}} -> {{score:PHQ-9 14}}; referred to unit psychologist
Pt engaged, agreed with plan. [[NAME:Nomvula Dlamini]], LCSW-C / [[NAME:A. Nash]], RN
""", summary="""
[[NAME:Tendai Moyo]], {{age:39}}, on hemodialysis, has missed treatments and needed emergent dialysis for {{lab:K 6.8}}; he
was moved to an afternoon shift starting [[DATE:Thur 3/6]], referred for paratransit, and screened positive for depression.
"""),

    dict(style="discharge_summary", note="""
DISCHARGE SUMMARY - Family Medicine Inpatient Service
Patient: [[NAME:MAMANI QUISPE, KILLA]]     DOB [[DATE:12/08/1990]]     MRN [[MRN:55401982]]
Admission [[DATE:Sun 10/13/2024]]     Discharge [[DATE:Wed 10/16/2024]]
Language: Quechua (primary), some Spanish. Quechua interpreter not available; video Spanish interpreter used, with cousin
[[NAME:Wayra Condori]] helping with Quechua at pt's request.

Diagnosis: Pyelonephritis, E. coli (ESBL negative), in pregnancy, G3P2 at 22w1d.
Course: {{age:33}} yo presented with fever {{vital:39.1}}, R flank pain, CVA tenderness. {{lab:WBC 18.2}}, UA large LE,
>100 WBC. Treated with {{drug:ceftriaxone}} {{dose:1 g}} IV q24h; afebrile after 36 h. Renal US: mild R hydronephrosis
(physiologic of pregnancy). Fetal heart tones 140s each shift; OB (Dr. [[NAME:Iñaki Etxeberria]]) followed.
Urine cx: E. coli, pan-sensitive -> {{drug:cephalexin}} {{dose:500 mg}} PO QID to complete 14 days, then
{{drug:nitrofurantoin}} {{dose:100 mg}} qHS suppression for rest of pregnancy.

Follow-up: OB clinic [[DATE:October 23rd]]; test of cure urine culture. Pt lives in [[ADDRESS:Paterson]]; husband
[[NAME:Inti]] works days - best to call cousin [[NAME:Wayra]] [[PHONE:973 555 0146]].
[[NAME:Amaia Goikoetxea]], MD (FM attending)     [[NAME:Hunter Pryce]], MD (resident)
""", summary="""
[[NAME:Killa Mamani Quispe]], {{age:33}} and 22 weeks pregnant, was treated for E. coli pyelonephritis and discharged
[[DATE:Wed 10/16/2024]] on {{drug:cephalexin}} followed by {{drug:nitrofurantoin}} suppression.
"""),
]
