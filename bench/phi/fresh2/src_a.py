# fresh2 notes, part A. Each entry: (style, marked note, marked summary). Written by hand.
NOTES = [
('ed_physician',
"""ED PHYSICIAN NOTE
Pt name: [[NAME:Chidi Okonkwo]]   MRN: [[MRN:0045-221-98]]   DOB: [[DATE:03/14/1961]]
Arrival: [[DATE:12 Jan 2024]] 02:14 via EMS
CC: chest pressure x 3 hours

HPI: Mr. [[NAME:Okonkwo]] is a {{age:62}} y/o man with HTN and T2DM who woke with substernal pressure radiating to the L arm. His wife [[NAME:Ngozi]] drove behind the ambulance and reports he chewed {{dose:325 mg}} {{drug:aspirin}} at home. Denies prior MI.

Exam: {{vital:BP 162/94}}, {{vital:HR 104}}, {{vital:SpO2 95% RA}}. Diaphoretic, no JVD.
Labs: {{lab:troponin I 0.41 ng/mL}}, {{lab:K 4.1}}, {{lab:Cr 1.3}}.
ECG: ST depressions V4-V6.

Plan: {{drug:heparin}} gtt, {{drug:nitroglycerin}} SL x2. Cardiology fellow Dr. [[NAME:Adaeze Nwosu]] (pager [[PHONE:4471]]) will take him to the cath lab. Wife's cell [[PHONE:555 201 3344]].
Signed: [[NAME:T. Halvorsen]], MD""",
"""[[NAME:Chidi Okonkwo]], {{age:62}}, arrived [[DATE:12 Jan 2024]] with an NSTEMI ({{lab:troponin 0.41}}); Dr. [[NAME:Nwosu]] is taking him to the cath lab."""),

('icu_progress',
"""MICU Progress Note - HD #4
[[NAME:Bekele, Tigist]] | Bed 12 | MRN [[MRN:7730145]]

S: Overnight, RN [[NAME:Marisol]] noted a brief run of SVT to 160s that broke with vagal maneuvers. Family (husband [[NAME:Abebe]] and daughter [[NAME:Meseret]]) at bedside until 2300.
O: {{vital:T 38.1}}  {{vital:HR 96}}  {{vital:MAP 68}} on {{dose:norepinephrine 0.06 mcg/kg/min}}. Vent: AC {{vital:TV 420}} / {{vital:PEEP 8}} / FiO2 40%.
{{lab:Lactate 2.9}} -> {{lab:1.8}}. {{lab:WBC 17.2}}. {{score:SOFA 9}}.
A/P: {{age:58}}F septic shock from E. coli pyelonephritis.
 - continue {{drug:ceftriaxone}} {{dose:2 g}} daily, day 4 of 7
 - wean pressors, goal MAP > 65
 - {{eponym:Foley}} to remain until off pressors
 - discussed with nephrology, Dr. [[NAME:Okwuosa]], re: holding CRRT
Handed off to [[NAME:Jae-won Seo]], MD at 0700.""",
"""{{age:58}}-year-old [[NAME:Tigist Bekele]] remains in septic shock on low-dose {{drug:norepinephrine}}; care was handed off to Dr. [[NAME:Seo]]."""),

('operative_note',
"""OPERATIVE REPORT
Date of surgery: [[DATE:Jan 12, 2024]]
Patient: [[NAME:Wiśniewska, Małgorzata]]
Surgeon: [[NAME:Krzysztof Zieliński]], MD
Assistant: [[NAME:Hope Castellano]], PA-C
Anesthesia: general endotracheal, [[NAME:R. Abernathy]], CRNA

Preoperative diagnosis: symptomatic cholelithiasis. Postoperative diagnosis: same, with acute cholecystitis.
Procedure: laparoscopic cholecystectomy.

Findings: distended, edematous gallbladder; positive {{eponym:Murphy sign}} noted pre-induction by Dr. [[NAME:Zieliński]]. Critical view of safety obtained. EBL {{dose:25 mL}}. {{drug:Cefazolin}} {{dose:2 g}} IV given prior to incision.

Counts correct x2 per circulator [[NAME:Dawn Pickering]], RN. Specimen to pathology. Patient extubated and taken to PACU in stable condition.""",
"""On [[DATE:Jan 12, 2024]] Dr. [[NAME:Zieliński]] performed a laparoscopic cholecystectomy on [[NAME:Małgorzata Wiśniewska]] for acute cholecystitis without complication."""),

('anesthesia_record',
"""ANESTHESIA PRE-OP EVALUATION
Name: [[NAME:Haruto Takahashi]]   Age: {{age:71}}   Wt 68 kg
Procedure: R TKA, Dr. [[NAME:Faith Okoro]]
ASA {{score:III}}   {{score:Mallampati 2}}   TMD > 3 FB
Hx: OSA on CPAP, AFib on {{drug:apixaban}} (last dose [[DATE:Tues 1/9]] AM per pt), CKD 3a ({{lab:Cr 1.6}}).
Airway plan: GETA vs spinal; pt prefers spinal after discussion. Consent obtained in Japanese via phone interpreter [[NAME:Yui Nakamura]].
Meds: {{drug:metoprolol}} {{dose:25 mg}} taken this AM with sip.
Postop: {{drug:acetaminophen}} {{dose:1 g}} q8h, {{drug:Norco}} {{dose:5/325}} PRN, adductor canal block.
Evaluated by [[NAME:Marek Dvořák]], MD; co-signed by [[NAME:Summer Lindqvist]], MD.""",
"""Mr. [[NAME:Takahashi]] ({{age:71}}, ASA {{score:III}}) was cleared for spinal anesthesia for a right TKA; consent was interpreted by [[NAME:Yui Nakamura]]."""),

('discharge_summary',
"""DISCHARGE SUMMARY

Admission: [[DATE:2024/01/02]]     Discharge: [[DATE:2024/01/09]]
Attending: [[NAME:Giuseppe Lombardi]], MD
PCP: [[NAME:Grace Whitfield]], DO - fax to [[PHONE:(555)481-2090]]

Ms. [[NAME:Chiara De Luca]] is a {{age:84}}-year-old woman admitted for acute decompensated HFrEF (EF 25%). She diuresed 6.2 L with IV {{drug:Lasix}} {{dose:80 mg}} BID and was transitioned to {{drug:torsemide}} {{dose:40 mg}} daily. {{lab:BNP}} fell from {{lab:2,410}} to {{lab:690}}. {{drug:Spironolactone}} was held for {{lab:K 5.4}}.

Her son [[NAME:Francesco]] will stay with her for the first week at [[ADDRESS:44 Via Roma Court, Apt 3, Providence, RI 02903]]. Home health (VNA) to start [[DATE:1/11/24]].

Follow-up: Dr. [[NAME:Whitfield]] within 7 days; heart failure clinic with [[NAME:Bill Tran]], NP on [[DATE:January 18]].""",
"""[[NAME:Chiara De Luca]], {{age:84}}, was discharged [[DATE:2024/01/09]] after diuresis for HFrEF, to follow up with Dr. [[NAME:Whitfield]] and [[NAME:Bill Tran]], NP."""),

('telephone_triage',
"""TELEPHONE ENCOUNTER  [[DATE:01.12.2024]] 16:40
Caller: [[NAME:Hodan Farah]] (mother)   Callback: [[PHONE:(555)201-7788]]
Pt: [[NAME:Abdirahman Warsame]], 4 yo

Mom reports fever 102.8 since yesterday, pulling at R ear, drinking OK, 4 wet diapers today. No rash, no stiff neck. Gave {{drug:Motrin}} {{dose:7.5 mL}} at 1500. Sibling [[NAME:Ayaan]] had strep last week.

Disposition per protocol: see in clinic within 24h. Scheduled with [[NAME:Mark Ostrowski]], PNP tomorrow 0930. Advised ED if lethargic or not drinking.
Somali interpreter: [[NAME:Faduma]].
- [[NAME:K. Brandt]], RN""",
"""Mom [[NAME:Hodan Farah]] called about fever and ear pulling in [[NAME:Abdirahman]]; he is booked with [[NAME:Mark Ostrowski]], PNP for tomorrow."""),

('portal_message',
"""From: [[NAME:Shirin Moradi]] <[[EMAIL:shirin.moradi77@example.net]]>
Sent: [[DATE:Jan 14, 2024]] 9:02 PM
To: Dr. [[NAME:Rahimi]]'s care team
Subject: refill + question

hi Dr [[NAME:Rahimi]], I'm almost out of my {{drug:levothyroxine}} {{dose:88 mcg}}, can you send it to the pharmacy on Lincoln? Also my husband [[NAME:Dariush]] wants to know if he can get the shingles shot at the same visit as me in feb. my new cell is [[PHONE:555.730.4412]].
thanks, [[NAME:Shirin]]

--- reply ---
Hi [[NAME:Shirin]], refill sent. [[NAME:Dariush]] can get {{drug:Shingrix}} at your visit if he schedules it too. - [[NAME:Parisa]], MA for Dr. [[NAME:Kourosh Rahimi]]""",
"""[[NAME:Shirin Moradi]] asked for a {{drug:levothyroxine}} refill and a shingles vaccine for her husband; [[NAME:Parisa]] (MA) replied for Dr. [[NAME:Rahimi]]."""),

('social_work',
"""SOCIAL WORK ASSESSMENT
Referral source: 5West charge nurse [[NAME:April Dunmore]], RN
Reason: unsafe discharge concern

Met with pt, [[NAME:Ivan Sergeyevich Petrov]], {{age:77}}, at bedside with his niece [[NAME:Olga Nikolaevna]] translating (pt declined professional interpreter). Pt lives alone in a 3rd-floor walk-up at [[ADDRESS:1180 Brighton 6th St, Apt 3F, Brooklyn, NY 11235]]. Neighbor Mrs. [[NAME:Kaminski]] brings groceries twice a week.

Pt's son [[NAME:Dmitri]] lives in [[ADDRESS:Hoboken]] and can be reached at [[PHONE:555-210-0093]]; he is HCP per document scanned on [[DATE:3/2/2022]].

Plan: SNF referrals sent; pt agreeable to short-term rehab. Will update [[NAME:Dmitri]] after first bed offer.
[[NAME:Jordan Achterberg]], LCSW  x[[PHONE:4417]]""",
"""Social worker [[NAME:Jordan Achterberg]] met [[NAME:Ivan Petrov]] and his niece [[NAME:Olga]]; SNF referrals were sent and son [[NAME:Dmitri]] (HCP) will be updated."""),

('physical_therapy',
"""PT Daily Note
Patient: [[NAME:Kawika Akana]]    DOS: [[DATE:1-15-24]]
Dx: L hemiparesis s/p R MCA stroke

Pt seen bedside then in gym. Tolerated 40 min. Wife [[NAME:Leilani]] present and participated in transfer training.
Transfers: sit<>stand min A x1 with hemi-walker. Gait 60 ft x2 with {{eponym:Lofstrand}} crutch attempt, mod A, L knee buckling.
{{score:Berg Balance 22/56}} (was {{score:14/56}} on eval). {{score:Tinetti 11}}.
{{vital:HR 88}} -> {{vital:HR 112}} with gait, {{vital:SpO2 97%}}.

Plan: continue daily; recommend acute inpatient rehab. Discussed with OT [[NAME:Sky Halloran]] and case manager [[NAME:Wood]].
[[NAME:Tomasz Brzezinski]], PT, DPT""",
"""[[NAME:Kawika Akana]] improved to {{score:Berg 22/56}} and PT ([[NAME:Tomasz Brzezinski]]) recommends acute inpatient rehab."""),

('occupational_therapy',
"""OT EVALUATION

[[NAME:Nguyễn Thị Hoa]] is an {{age:81}} yo female referred by Dr. [[NAME:Trần Văn Minh]] after a fall with R distal radius fx (closed reduction, cast). She is R-hand dominant and lives with her daughter [[NAME:Thu Trang]] and son-in-law [[NAME:Huy]] in a single-level home.

ADLs: LB dressing mod A, toileting CGA, grooming set-up. {{score:MoCA 21/30}}. Pain {{score:4/10}}.
Pt's grandson [[NAME:Bảo]] interpreted Vietnamese on request of family; staff interpreter offered and declined.

Goals: independent UB dressing with one-handed technique in 2 weeks.
Seen with [[NAME:Joy Kimura]], OTR/L student. Co-signed by [[NAME:Beatriz Soares]], OTR/L.""",
"""OT evaluated [[NAME:Nguyễn Thị Hoa]] after a wrist fracture; she needs moderate help with dressing and lives with daughter [[NAME:Thu Trang]]."""),

('nutrition',
"""Clinical Nutrition - Initial Assessment
Pt: [[NAME:Pimchanok Rattanakorn]]  (med rec # [[MRN:88213]])
Ht 152 cm, Wt 39.8 kg, BMI 17.2. Wt 6 months ago 46 kg per pt (13% loss).
Dx: esophageal adenocarcinoma, on chemoradiation.
Intake < 50% of needs x 2 wk. {{lab:Albumin 2.8}}, {{lab:prealbumin 9}}.
Malnutrition: severe, chronic (ASPEN criteria).
Recommend: {{drug:Ensure Plus}} TID, {{drug:megestrol}} per onc, consider PEG. Pt's partner [[NAME:Somchai]] cooks Thai soups; gave high-calorie recipe handout in Thai.
Will discuss PEG timing with Dr. [[NAME:Brown]] on [[DATE:Wednesday 1/17]].
- [[NAME:May Lindgren]], MS, RD, LDN""",
"""Dietitian [[NAME:May Lindgren]] found [[NAME:Pimchanok Rattanakorn]] severely malnourished (BMI 17.2) and recommended supplements and a PEG discussion with Dr. [[NAME:Brown]]."""),

('pharmacy_consult',
"""PHARMACY CONSULT - VANCOMYCIN DOSING
Requested by: [[NAME:Andile Dube]], MD
Patient: [[NAME:Obinna Okafor]], {{age:45}}M, 102 kg, {{lab:SCr 1.1}} (baseline 0.9)
Indication: MRSA bacteremia

Loading dose {{dose:2,500 mg}} IV x1 given [[DATE:1/13]] 1840. Maintenance {{dose:1,500 mg}} q12h. Target AUC 400-600. Levels ordered: peak after 4th dose, trough before 5th.
Interaction check: pt also on {{drug:Zosyn}} - increased AKI risk; recommend switch to {{drug:cefepime}} if gram-negative coverage still needed. Discussed with Dr. [[NAME:Dube]] by phone; he agreed.

[[NAME:Hunter Bialik]], PharmD, BCPS - pharmacy ext x[[PHONE:6620]]""",
"""Pharmacist [[NAME:Hunter Bialik]] dosed {{drug:vancomycin}} for [[NAME:Obinna Okafor]]'s MRSA bacteremia and suggested switching off {{drug:Zosyn}}."""),

('case_management',
"""CM Note - [[DATE:January 16, 2024]]
Spoke with [[NAME:Rosa Inés Ramírez Ortega]] (pt's daughter, POA) by phone at [[PHONE:+1 555 338 2210]] re: discharge plan for her father [[NAME:Luis Alberto Ramírez]].
Insurance: Medicare A/B + Medicaid, ID on file. Auth for SNF pending with payer.
Family prefers facility near [[ADDRESS:Chula Vista]]. Accepted bed at Bayview (contact admissions, [[NAME:Tamsin Price]], [[EMAIL:tprice@bayview-snf.example.org]]).
Transport: wheelchair van for [[DATE:1/18]] at 1100.
- [[NAME:Esperanza Vidal]], RN CM""",
"""Case manager [[NAME:Esperanza Vidal]] arranged SNF placement for [[NAME:Luis Alberto Ramírez]] with his daughter [[NAME:Rosa]], transfer on [[DATE:1/18]]."""),

('hospice',
"""HOSPICE NURSE VISIT
Patient: [[NAME:Aroha Ngata]]   Visit: [[DATE:18th January 2024]]
Location: home, [[ADDRESS:27 Rimu Street, RD 2, Whanganui 4572]]

Pt resting in hospital bed in lounge, whānau present: husband [[NAME:Wiremu]], sister [[NAME:Mere Parata]], and mokopuna. {{score:PPS 30%}}. Pain controlled on {{drug:morphine}} {{dose:10 mg}} SC q4h PRN, used 3 doses in 24h. Mild terminal secretions - started {{drug:glycopyrrolate}}.
Kaumātua [[NAME:Rangi Te Awa]] visited for karakia. Family asked about tangihanga arrangements; chaplain to follow up.
Next visit [[DATE:20/01/2024]].
[[NAME:Ngaio Fletcher]], RN""",
"""Hospice RN [[NAME:Ngaio Fletcher]] visited [[NAME:Aroha Ngata]] at home ({{score:PPS 30%}}); symptoms are controlled and husband [[NAME:Wiremu]] is with her."""),

('dental',
"""DENTAL PROGRESS NOTE
Pt: [[NAME:Ahiga Yazzie]]   Chart # [[MRN:D-40219]]
Provider: [[NAME:Nizhoni Tsosie]], DDS   Asst: [[NAME:Lorraine Begay]]

CC: "my bottom tooth is killing me" x 5 days.
#30 large MOD caries, percussion +, cold lingering. Dx: symptomatic irreversible pulpitis.
Anesthesia: {{dose:2 carpules}} {{drug:lidocaine}} 2% with epi {{dose:1:100,000}} IANB.
Tx: pulpectomy #30, {{drug:calcium hydroxide}} placed, IRM temp.
Rx: {{drug:ibuprofen}} {{dose:600 mg}} q6h + {{drug:acetaminophen}} {{dose:500 mg}}. No opioids.
Return [[DATE:Feb 2]] for RCT completion. Pt's wife [[NAME:Shandiin]] to drive.""",
"""Dr. [[NAME:Tsosie]] started a root canal on tooth #30 for [[NAME:Ahiga Yazzie]], returning [[DATE:Feb 2]]."""),

('ophthalmology',
"""OPHTHALMOLOGY CLINIC
[[NAME:Eleanor Hodgkin]]  DOB [[DATE:9/30/1948]]  Pt ID [[MRN:4471823]]

Referred by optometrist Dr. [[NAME:Yusuf Al-Rashid]] for decreased vision OS.
VA sc: OD {{vital:20/25}}, OS {{vital:20/80}}, PH {{vital:20/60}}.
IOP: {{vital:15}} / {{vital:17}} (applanation).
SLE: 2+ NS cataract OU, OS > OD. DFE: drusen OU, no CNV.
Amsler normal.
Plan: cataract eval OS; pt wants to wait until after her granddaughter [[NAME:Willow]]'s wedding. RTC 3 mo.
PMH: {{eponym:Hodgkin lymphoma}} at age {{age:31}}, mantle radiation, in remission.""",
"""Mrs. [[NAME:Hodgkin]] has a visually significant left cataract (VA {{vital:20/80}}); she will return in 3 months."""),

('ob_triage',
"""L&D TRIAGE
[[NAME:Maricel Dela Cruz]], {{age:29}} yo G2P1001 at 36w4d by 8-wk US
EDD [[DATE:2/6/2024]]
CC: leaking fluid since 0400.

Partner [[NAME:Rodel Bautista]] at bedside. Nitrazine +, ferning +. SVE 3/50/-2. Toco q5-6 min irregular. FHT baseline 135, moderate variability, + accels, Category I.
{{vital:BP 118/72}}. {{lab:GBS}} unknown -> {{drug:penicillin G}} {{dose:5 million units}} load.
Admitted to L&D with PROM. Dr. [[NAME:Ligaya Macaraeg]] notified at 0515; plan expectant mgmt vs {{drug:Pitocin}} augmentation.
Triage RN: [[NAME:Dawn]]""",
"""[[NAME:Maricel Dela Cruz]] at 36w4d was admitted with PROM and started on GBS prophylaxis; Dr. [[NAME:Macaraeg]] was notified."""),

('nicu',
"""NICU Admission H&P
Baby Boy [[NAME:Vang]] ("[[NAME:Tou]]")  MRN [[MRN:00612990]]
Born [[DATE:01/19/2024]] 0322 at 29+3 wk, BW 1,240 g
Mother: [[NAME:Pa Nhia Vang]], {{age:24}}, G3P2; father [[NAME:Neng Xiong]].
Apgars {{score:5}} and {{score:8}}. Received {{drug:Curosurf}} {{dose:200 mg/kg}} via INSURE at 0410. Now on CPAP 6, FiO2 0.28.
{{lab:Glucose 48}} -> D10 at 80 mL/kg/d. Blood cx sent; {{drug:ampicillin}} and {{drug:gentamicin}} started.
Family speaks Hmong; grandmother [[NAME:Mai Yer Lor]] requested traditional string-tying, approved by charge RN.
Attending: [[NAME:Nathaniel Graves]], MD""",
"""Preterm infant [[NAME:Tou]] [[NAME:Vang]] (29+3 wk) received surfactant and is on CPAP; Dr. [[NAME:Graves]] is attending."""),

('behavioral_health',
"""BEHAVIORAL HEALTH INTAKE
Client: [[NAME:Zarmina Durrani]]     Clinician: [[NAME:Caleb Whitehorse]], LMHC

[[NAME:Zarmina]] is a {{age:34}}yo Afghan woman referred by her PCP after a {{score:PHQ-9 of 19}} and {{score:GAD-7 of 15}}. She arrived in the US 18 months ago with her two children. Her husband [[NAME:Wais]] remains in Kabul; she speaks with him by WhatsApp weekly. Reports nightmares, hypervigilance, and guilt about leaving her mother.
Denies SI/HI. Columbia screen negative.
Strengths: close friendship with neighbor [[NAME:Gulalai]], attends ESL.
Plan: weekly CPT with Pashto interpreter; psychiatry referral for {{drug:sertraline}} consideration; safety plan reviewed.
Next: [[DATE:1/24]] 10:00.""",
"""[[NAME:Zarmina Durrani]] ({{score:PHQ-9 19}}) was started on weekly trauma-focused therapy with [[NAME:Caleb Whitehorse]] and referred to psychiatry."""),

('pathology',
"""SURGICAL PATHOLOGY REPORT
Accession: [[MRN:S24-01877]]
Patient: [[NAME:KOVÁCS, ERZSÉBET]]     MRN [[MRN:3318-0427]]
Collected: [[DATE:01/17/2024]]   Received: [[DATE:01/17/2024]]
Submitting physician: [[NAME:Bence Tóth]], MD

FINAL DIAGNOSIS:
Left breast, 2:00, 4 cm FN, ultrasound-guided core biopsy:
 - Invasive ductal carcinoma, {{score:Nottingham grade 2}} (tubules 3, nuclei 2, mitoses 1; total {{score:6/9}}).
 - DCIS, intermediate grade, present.
 - ER 95% strong, PR 60% moderate, HER2 {{score:2+}} - FISH to follow.
Ki-67 ~15%.
Diagnosis called to Dr. [[NAME:Tóth]]'s nurse [[NAME:Zsófia]] at 1620 on [[DATE:1/19/2024]].
Electronically signed: [[NAME:Anneliese Hartmann]], MD""",
"""Core biopsy for [[NAME:Erzsébet Kovács]] showed ER-positive invasive ductal carcinoma, {{score:grade 2}}; result called to Dr. [[NAME:Tóth]]'s office."""),

('radiology_addendum',
"""ADDENDUM (appended [[DATE:2024-01-20]] 08:12):
Comparison with outside CT from [[DATE:11/03/2023]] (received via image exchange after the original report) shows the 9 mm RUL nodule is unchanged in size. Recommendation revised: no further nodule follow-up needed per {{eponym:Fleischner}} criteria for this size and stability.
Findings discussed by telephone with Dr. [[NAME:Priyanka Verma]] at 08:05; read-back confirmed.
Addendum by: [[NAME:Ravi Subramanian]], MD

ORIGINAL REPORT: CT CHEST W/O CONTRAST. Patient [[NAME:Rajesh Gupta]]. 9 mm solid RUL nodule, new vs unknown. Recommend CT at 3 months.""",
"""An addendum by Dr. [[NAME:Subramanian]] found [[NAME:Rajesh Gupta]]'s 9 mm nodule stable since [[DATE:11/03/2023]], so no further follow-up is needed."""),

('referral_letter',
"""Valley Family Medicine
[[ADDRESS:2200 N. Mesa Dr, Suite 110, Las Cruces, NM 88001]]
Tel [[PHONE:575-555-0142]]  Fax [[PHONE:575-555-0143]]

[[DATE:22 January 2024]]

Attn: Dr. [[NAME:Kateřina Procházková]], Rheumatology

Re: [[NAME:Yolanda Begaye]], DOB [[DATE:5/5/1979]]

Dear Dr. [[NAME:Procházková]],
Thank you for seeing Ms. [[NAME:Begaye]], a {{age:44}}-year-old woman with 4 months of symmetric small-joint synovitis and morning stiffness > 1 hour. {{lab:RF 88}}, {{lab:anti-CCP > 250}}, {{lab:ESR 52}}, {{lab:CRP 3.1}}. X-rays of the hands show periarticular osteopenia without erosions. She has been on {{drug:prednisone}} {{dose:10 mg}} with partial relief and would like to discuss {{drug:methotrexate}}.
She can be reached at [[PHONE:575-555-0199]] or [[EMAIL:ybegaye@example.com]].

Sincerely,
[[NAME:Benjamin Sandoval]], MD""",
"""Dr. [[NAME:Sandoval]] referred [[NAME:Yolanda Begaye]] to Dr. [[NAME:Procházková]] for seropositive rheumatoid arthritis."""),

('prior_authorization',
"""PRIOR AUTHORIZATION REQUEST - LETTER OF MEDICAL NECESSITY

To: CarePoint Health Plan, Pharmacy Review
Member: [[NAME:Emre Yılmaz]]    Member ID: [[MRN:XKJ448120377]]
DOB: [[DATE:07-11-1990]]
Drug requested: {{drug:adalimumab}} {{dose:40 mg}} SC every 2 weeks

Mr. [[NAME:Yılmaz]] has moderate-to-severe ileocolonic {{eponym:Crohn disease}} ({{score:CDAI 310}}, {{score:SES-CD 14}}) diagnosed by colonoscopy on [[DATE:Sept 8, 2023]]. He failed {{drug:budesonide}} {{dose:9 mg}} and could not tolerate {{drug:azathioprine}} (pancreatitis, {{lab:lipase 1,200}}). TB QuantiFERON negative; HBV sAg negative.
Delay will likely result in hospitalization.

Please direct questions to my nurse [[NAME:Ayşe Demir]], RN at [[PHONE:(555) 620-1180 ext 2]].
[[NAME:Mehmet Öztürk]], MD, Gastroenterology""",
"""Dr. [[NAME:Öztürk]] requested {{drug:adalimumab}} for [[NAME:Emre Yılmaz]] with {{eponym:Crohn disease}} after failure of {{drug:budesonide}} and {{drug:azathioprine}}."""),

('incident_report',
"""SAFETY EVENT REPORT #2024-0193
Date/time of event: [[DATE:01/21/24]] approx 0245
Unit: 7 North, Rm 712-B
Reporter: [[NAME:Cook, Tamara]], RN

Description: Pt [[NAME:Abubakar Sani]] found on floor beside bed by NA [[NAME:Precious Mahlangu]] during rounds. Bed alarm was not activated. Pt states he was trying to get to the bathroom. {{score:Morse Fall Score 65}}. He had received {{drug:Ambien}} {{dose:5 mg}} at 2200.
Assessment: small abrasion L elbow, no head strike per pt, {{score:GCS 15}}. Vitals {{vital:BP 142/80}}, {{vital:HR 78}}.
Notified: Dr. [[NAME:Young]] (covering, pager [[PHONE:3321]]) at 0255; daughter [[NAME:Halima]] called at 0700.
Actions: bed alarm on, {{drug:zolpidem}} discontinued, hourly rounding.""",
"""Pt [[NAME:Abubakar Sani]] had an unwitnessed fall after {{drug:Ambien}}; Dr. [[NAME:Young]] and his daughter [[NAME:Halima]] were notified."""),

('dictated_lowercase',
"""dictated by dr. [[NAME:paul okeke]] for pt [[NAME:folasade adeyemi]], visit date [[DATE:january twenty third]].
this is a {{age:52}} year old woman seen today for follow up of her diabetes. her sister [[NAME:bisi]] came with her. sugars at home running one fifty to two hundred. a1c today {{lab:8.9}} up from {{lab:7.8}}. she stopped the {{drug:metformin}} because of stomach upset. we will try the extended release {{dose:500 mg}} with dinner and add {{drug:jardiance}} {{dose:10 mg}}. foot exam normal monofilament. refer to eye doctor. i discussed with her that her son [[NAME:tunde]] can help with the pen if we go to insulin. return three months. end of dictation. transcribed by [[NAME:mk]].""",
"""dr. [[NAME:okeke]] restarted extended-release {{drug:metformin}} and added {{drug:jardiance}} for [[NAME:folasade adeyemi]] ({{lab:a1c 8.9}})."""),

('all_caps_transfer',
"""INTERFACILITY TRANSFER FORM
PATIENT NAME: [[NAME:KING, BARNABY J]]
DOB: [[DATE:02-FEB-1935]]     AGE: {{age:88}}
SENDING MD: DR [[NAME:ALEXANDRA WHITE]]   RECEIVING MD: DR [[NAME:SANJAY IYER]]
ACCEPTED ON [[DATE:23-JAN-2024]] AT 1412 VIA TRANSFER CENTER ([[NAME:JUNE]])
REASON: SUBDURAL HEMATOMA ON {{drug:COUMADIN}}, {{lab:INR 3.8}}, NEEDS NEUROSURGERY
GIVEN: {{drug:KCENTRA}} {{dose:2000 UNITS}}, {{drug:VITAMIN K}} {{dose:10 MG}} IV
{{score:GCS 13}} (E3V4M6). PUPILS EQUAL.
FAMILY: WIFE [[NAME:ROSE KING]] [[PHONE:555-019-2278]]
SSN: [[SSN:XXX-XX-4471]]""",
"""Mr. [[NAME:King]] with a subdural on {{drug:Coumadin}} was reversed with {{drug:Kcentra}} and accepted by Dr. [[NAME:Iyer]] on [[DATE:23-Jan-2024]]."""),

('nursing_handoff_bullets',
"""SBAR handoff - 4 East, 1900
- Rm 408: [[NAME:Grace O'Malley]], POD1 R hemicolectomy. {{score:Pain 3/10}} on PCA. Ambulated x2 with [[NAME:Will]] (PCT). Daughter [[NAME:Siobhan]] staying overnight.
- Rm 410: [[NAME:Faisal bin Saeed]], DKA resolving, on {{drug:insulin glargine}} {{dose:18 units}}, gap closed at 1600 ({{lab:AG 11}}). Arabic interpreter booked 0800 for teaching.
- Rm 412: [[NAME:Parker, Lindsey]] -- CHF, net -1.4 L, {{drug:Lasix}} {{dose:40 mg}} IV BID, {{lab:K 3.6}} repleted.
- Rm 414: empty, admit coming from ED ([[NAME:Marcus Black]], cellulitis).
Received by [[NAME:Thandiwe Mokoena]], RN from [[NAME:Ellis Hart]], RN.""",
"""Evening handoff from [[NAME:Ellis Hart]] to [[NAME:Thandiwe Mokoena]] covered [[NAME:Grace O'Malley]], [[NAME:Faisal bin Saeed]], [[NAME:Lindsey Parker]] and an admit, [[NAME:Marcus Black]]."""),

('census_table',
"""ONC INFUSION SCHEDULE - [[DATE:Wed 24 Jan]]
Chair | Name | MRN | DOB | Regimen
1 | [[NAME:Lê Quang Huy]] | [[MRN:00771204]] | [[DATE:04/02/1957]] | FOLFOX C5
2 | [[NAME:Aino Virtanen]] | [[MRN:00812655]] | [[DATE:11/27/1966]] | {{drug:pembrolizumab}} {{dose:200 mg}}
3 | [[NAME:Hunter, Ruth]] | [[MRN:00698431]] | [[DATE:08/15/1949]] | R-CHOP C3
4 | [[NAME:Zhang Wei]] | [[MRN:00904417]] | [[DATE:12/01/1971]] | {{drug:gemcitabine}}/{{drug:cisplatin}}
Charge RN: [[NAME:Juhani Mäkinen]]; pharmacist on call [[NAME:Liu Yang]] x[[PHONE:5512]]""",
"""Four patients were scheduled for infusion, including [[NAME:Lê Quang Huy]] (FOLFOX) and [[NAME:Aino Virtanen]] ({{drug:pembrolizumab}})."""),

('nophi_ed_brief',
"""ED NOTE - Bed 14
{{age:67}}M with hx of {{eponym:Parkinson disease}} on {{drug:Sinemet}} {{dose:25/100}} TID presents after mechanical fall. No LOC. {{score:GCS 15}}. {{vital:BP 132/84}}, {{vital:HR 72}}, {{vital:T 36.8}}, {{vital:RR 16}}, {{vital:SpO2 98%}}.
Exam: resting tremor R>L, cogwheel rigidity. {{eponym:Babinski}} downgoing bilaterally. No midline C-spine tenderness ({{score:NEXUS}} negative).
CT head negative. XR L wrist: nondisplaced distal radius fx, splinted.
Pain: {{drug:Tylenol}} {{dose:1 g}} PO and ice; avoid {{drug:Norco}} given fall risk.
Dispo: home with family, ortho f/u 1 wk, PT referral.""",
"""{{age:67}}-year-old man with {{eponym:Parkinson disease}} fell and has a nondisplaced wrist fracture; splinted and discharged with ortho follow-up."""),

('nophi_med_rec',
"""MEDICATION RECONCILIATION (admission)
Home meds verified with pt and pharmacy fill history:
1. {{drug:Coumadin}} {{dose:5 mg}} M/W/F, {{dose:2.5 mg}} other days - last {{lab:INR 2.6}}
2. {{drug:Lasix}} {{dose:20 mg}} daily
3. {{drug:Xanax}} {{dose:0.25 mg}} {{dose:1/2 tablet}} qHS PRN (rarely uses)
4. {{drug:Keflex}} {{dose:500 mg}} QID - completed course 3 days ago
5. {{drug:Benadryl}} {{dose:25 mg}} PRN itching
6. {{drug:Synthroid}} {{dose:75 mcg}} daily
Allergies: {{drug:Bactrim}} (rash), sulfa.
Beers criteria flags: {{drug:Benadryl}}, {{drug:Xanax}} - recommend deprescribing for this {{age:79}} yo.
Reconciled by pharmacy tech, verified by pharmacist.""",
"""Admission med rec for a {{age:79}}-year-old on {{drug:Coumadin}} ({{lab:INR 2.6}}) flagged {{drug:Benadryl}} and {{drug:Xanax}} for deprescribing."""),

]
