NOTES = [
    dict(style="dictated_letter", note="""
[[DATE:March 14, 2025]]

[[NAME:Pavla Procházková]], MD
Family Medicine Associates
[[ADDRESS:2210 S. Kinnickinnic Ave]]
[[ADDRESS:Milwaukee, WI 53207]]

RE: [[NAME:NOVÁK, JIŘÍ]] (aka [[NAME:George Novak]])
DOB: [[DATE:07/02/1958]]     MRN: [[MRN:4410297]]

Dear [[NAME:Pavla]],

Thank you for asking me to see [[NAME:Jiří]], whom I saw in cardiology clinic on [[DATE:March 11]]. As you know he is a {{age:66}}-year-old retired machinist with exertional chest tightness for about two months, relieved by rest within five minutes. His {{lab:LDL 162}} is on no therapy and he smoked until 2019.
On exam {{vital:BP 146/88}}, {{vital:HR 72}}, no murmur, lungs clear. ECG showed NSR with nonspecific T-wave flattening laterally. Stress echo on [[DATE:3/12]] was positive with inferolateral hypokinesis at peak, {{score:8.2 METs}}.
I have started {{drug:aspirin}} {{dose:81 mg}}, {{drug:rosuvastatin}} {{dose:20 mg}} and {{drug:Imdur}} {{dose:30 mg}} daily, with {{drug:nitroglycerin}} {{dose:0.4 mg}} sl prn. He is scheduled for coronary angiography on [[DATE:Tuesday, March 18]]. In any case, if he has multivessel disease I have asked [[NAME:Case]] to see him for a surgical opinion.
His wife [[NAME:Věra]] was present and asked good questions. I will keep you informed.

With kind regards,

[[NAME:Tomasz Zieliński]], MD
Interventional Cardiology

[[NAME:TZ]]/[[NAME:mb]]
D: [[DATE:03/14/2025]]   T: [[DATE:03/15/2025]]
cc: [[NAME:Jiří Novák]] (patient); [[NAME:Brian Case]], MD, Cardiothoracic Surgery
""", summary="""
Dr. [[NAME:Zielinski]] wrote to Dr. [[NAME:Prochazkova]] that [[NAME:Jiri Novak]], {{age:66}}, had a positive stress echo and is booked for angiography on [[DATE:March 18]], with Dr. [[NAME:Case]] to give a surgical opinion if needed.
"""),
    dict(style="medical_legal_report", note="""
INDEPENDENT MEDICAL EXAMINATION

Examinee: [[NAME:Emine Yıldız]] (records also filed under [[NAME:Emine Yildiz]] and [[NAME:Emine Yildiz-Demir]])
Claim No.: [[MRN:AU-24-0918734]]     Date of Loss: [[DATE:09/23/2024]]
Date of Examination: [[DATE:02/18/2025]]
Requested by: [[NAME:Carolyn Baker]], Esq., counsel for Lakeshore Mutual Insurance Company
Interpreter: [[NAME:Serkan Demir]], Turkish, badge [[MRN:INT-40982]]

History: [[NAME:Yıldız]] was the restrained driver in a low-speed rear-end collision. She reports neck pain {{score:6/10}} radiating to the R shoulder, worse when lifting her grandson [[NAME:Arda]].
Records reviewed: ED visit [[DATE:9/23/24]]; PT notes [[DATE:10/2/24]] to [[DATE:12/20/24]] (18 visits); cervical MRI [[DATE:11/07/2024]] showing mild C5-6 disc desiccation without stenosis.
Examination: cervical flexion 40, extension 45, rotation 60/70 degrees. {{eponym:Spurling}} negative bilaterally. Strength {{score:5/5}} in the upper extremities, reflexes 2+ and symmetric, {{eponym:Hoffmann}} absent. {{score:Waddell 1/5}}.
Diagnosis: cervical strain superimposed on preexisting degenerative disc disease.
Opinion: The strain is causally related to the collision within reasonable medical probability; the disc findings predate it. She has reached MMI. Whole person impairment {{score:2% WPI}} (AMA Guides, 6th ed.).
Ms. [[NAME:Baker]] asked about future care: a home exercise program is sufficient.
I declare under penalty of perjury that the foregoing is true and correct.

[[NAME:Halldór Ólafsson]], MD, FAAPMR
[[NAME:HO]]/[[NAME:rw]]
""", summary="""
IME of [[NAME:Emine Yildiz]] after a collision on [[DATE:09/23/2024]] found a cervical strain on preexisting degeneration with {{score:2% WPI}}; Dr. [[NAME:Olafsson]] reported to [[NAME:Carolyn Baker]] that she is at MMI.
"""),
    dict(style="disability_form", note="""
ATTENDING PHYSICIAN STATEMENT - SHORT-TERM DISABILITY
Part A (completed by employee)
Name (Last, First, MI): [[NAME:WATANABE, AKIKO N]]     SSN: xxx-xx-[[SSN:4821]]
Employer: Northbridge Logistics     Claim #: [[MRN:STD-00928841]]
Case manager: [[NAME:Dana Major]]   Phone [[PHONE:800-555-0166]] x[[PHONE:3317]]

Part B (completed by attending physician)
1. Primary diagnosis: Major depressive disorder, recurrent, severe, without psychotic features (F33.2)
2. Date symptoms began: Oct 2024     Date first treated: [[DATE:11/04/2024]]
3. Objective findings: {{score:PHQ-9 21}}, {{score:GAD-7 16}}; psychomotor slowing, 4 kg weight loss, passive SI without plan.
4. Treatment: {{drug:sertraline}} {{dose:150 mg}} daily, {{drug:Abilify}} {{dose:5 mg}} added [[DATE:1/15/25]]; weekly therapy with [[NAME:Kobayashi]] (LCSW); IOP [[DATE:Jan 20]] - [[DATE:Feb 14]].
5. Restrictions: [X] unable to work any job   [ ] light duty   [ ] reduced hours
6. Estimated return to work: [[DATE:04/01/2025]] (reassess at visit [[DATE:3/25]])
7. Is patient competent to manage benefits?  [X] Yes  [ ] No
Remarks: [[NAME:Akiko]] is engaged in care and improving slowly; no major side effects.
[[NAME:Major]] faxed the form [[DATE:2/3]]; returned [[DATE:2/10/2025]].
Physician: [[NAME:Ren Fujita]], MD, Psychiatry   Fax [[PHONE:(608) 555-0183]]
""", summary="""
Short-term disability statement for [[NAME:Akiko Watanabe]] with severe recurrent major depression ({{score:PHQ-9 21}}) on {{drug:sertraline}} and {{drug:Abilify}}; unable to work until about [[DATE:04/01/2025]], signed by Dr. [[NAME:Fujita]].
"""),
    dict(style="court_filing", note="""
STATE OF WISCONSIN          CIRCUIT COURT          [[ADDRESS:WAUKESHA COUNTY]]

In re the Guardianship of [[NAME:Hope M. Kowalczyk]],
a/k/a [[NAME:Nadzieja Kowalczyk]],
                                         Case No. [[MRN:2025GN000147]]
PHYSICIAN'S REPORT ON EXAMINATION

I, [[NAME:Kristín Hallgrímsdóttir]], MD, examined [[NAME:Hope M. Kowalczyk]], age [[AGE:93]], at Brookfield Lutheran Home on [[DATE:February 6, 2025]]. [[NAME:Kowalczyk]] is oriented to self only and could not name the year or the town where she lives. [[NAME:Hope]] was pleasant and cooperative.
{{score:MoCA 11/30}}; {{score:MMSE 14}} on [[DATE:11/12/2024]]. Diagnosis: major neurocognitive disorder due to {{eponym:Alzheimer}} disease, moderate-to-severe.
In my opinion the condition is permanent and she is unable to make decisions about her health care, finances or residence. I hope this report assists the court.
Petitioner: [[NAME:Grace Kowalczyk-Hale]] (daughter), [[ADDRESS:N42 W16810 Lakeview Ct]], [[ADDRESS:Pewaukee]], WI [[ADDRESS:53072]].
Interested person: [[NAME:Wade Kowalczyk]] (son), [[ADDRESS:Tucson]], AZ.

Dated [[DATE:February 7, 2025]].     ____________________ [[NAME:K. Hallgrímsdóttir]], MD

Subscribed and sworn before me this [[DATE:7th day of February, 2025]].
[[NAME:Síle Ó Briain]], Notary Public, State of Wisconsin. My commission expires [[DATE:06/30/2027]].
""", summary="""
Physician's report in the guardianship of [[NAME:Hope M. Kowalczyk]] ([[AGE:93]]) finds permanent incapacity from {{eponym:Alzheimer}} dementia ({{score:MoCA 11/30}}); petitioner is her daughter [[NAME:Grace Kowalczyk-Hale]].
"""),
    dict(style="records_request", note="""
SUBPOENA DUCES TECUM FOR MEDICAL RECORDS
[[NAME:KÁRPÁTI, ISTVÁN]] aka [[NAME:Steve Karpati]], Plaintiff,
v.
[[NAME:Horváth, Dániel]] and Quick-Haul Freight LLC, Defendants.
Case No. [[MRN:24-CV-03318]]

TO: Custodian of Records, St. Adalbert Medical Center, Health Information Management
YOU ARE COMMANDED to produce complete records, including imaging and billing ledgers, pertaining to:
Patient: [[NAME:István Kárpáti]] / [[NAME:Istvan Karpati]] / [[NAME:Steven Karpati]]
DOB: [[DATE:1979-11-03]]     SSN: ***-**-[[SSN:6610]]     Acct [[MRN:700418856]]
Dates of service: [[DATE:August 2, 2023]] through present.
Dated: [[DATE:February 14, 2025]]
[[NAME:Gabriella Szűcs]], Attorney for Plaintiff, [[ADDRESS:411 E. Wisconsin Ave, Suite 900]], [[ADDRESS:Milwaukee]], WI
[[PHONE:414-555-0136]] | [[EMAIL:gszucs@lakefrontinjury.com]]

--- HIM processing ---
Rec'd [[DATE:2/20/25]] by [[NAME:kt]]; logged ROI # [[MRN:ROI-25-00871]]. Routed to [[NAME:Bishop]] for legal review.
[[NAME:Bishop]] will call counsel: no HIPAA-compliant authorization and no court order attached; records held. Pt has psych and SUD notes (42 CFR Part 2) - exclude unless specifically authorized.
""", summary="""
A subpoena from attorney [[NAME:Gabriella Szucs]] seeks the records of [[NAME:Istvan Karpati]] (aka [[NAME:Steve Karpati]]); HIM logged it as [[MRN:ROI-25-00871]] and [[NAME:Bishop]] is holding records pending a valid authorization.
"""),
    dict(style="dictated_letter", note="""
VOICE DICTATION - UNEDITED DRAFT - JOB [[MRN:448120]]
this is doctor [[NAME:halldorsson]] dictating a clinic letter on patient [[NAME:olafur thor gunnarsson]] last name spelled [[NAME:G U N N A R S S O N]] date of birth [[DATE:june fourth nineteen sixty two]] medical record number [[MRN:six six four zero two one nine]] date of service [[DATE:march third twenty twenty five]] letter to doctor [[NAME:lisa king]] at lakeside internal medicine comma fax [[PHONE:four one four five five five zero one two two]] new paragraph
dear [[NAME:lisa]] comma thank you for referring [[NAME:olafur]] who goes by [[NAME:oli]] period he is a {{age:sixty two}} year old man with type two diabetes and stage three chronic kidney disease period {{vital:blood pressure today one forty two over eighty eight}} comma {{lab:a one c of seven point two}} comma {{lab:creatinine one point six}} comma {{lab:potassium five point one}} period
we will add {{drug:jardiance}} {{dose:ten milligrams}} daily and continue {{drug:metformin}} at a reduced dose of {{dose:five hundred milligrams}} twice daily period i will see him back in three months period new paragraph his wife [[NAME:gudrun]] asked about the kidney diet and [[NAME:king]] to arrange dietitian visit period
sincerely [[NAME:Páll Halldórsson]] M D nephrology
cc [[NAME:lisa king]] M D comma patient
end of dictation
transcribed by [[NAME:sw]] [[DATE:3/4/25]]
""", summary="""
Unedited nephrology dictation by Dr. [[NAME:Halldorsson]] to Dr. [[NAME:Lisa King]] about [[NAME:Olafur Gunnarsson]], {{age:62}}, adding {{drug:Jardiance}} for diabetes with CKD stage 3 and reducing {{drug:metformin}}.
"""),
    dict(style="insurance_form", note="""
LETTER OF MEDICAL NECESSITY
[[DATE:2/26/2025]]
To: Utilization Review, Great Lakes Health Plan     Fax: [[PHONE:1-866-555-0142]]
RE: [[NAME:Balogh Zsófia]] ([[NAME:Zsofia Balogh]])   Member ID [[MRN:GLH884120937]]   DOB [[DATE:1988.05.09]]
Request: {{drug:Repatha}} (evolocumab) {{dose:140 mg}} sc every 2 weeks

To whom it may concern:
[[NAME:Zsófia]] has heterozygous familial hypercholesterolemia ({{score:DLCN 9}}, definite), confirmed LDLR variant. Baseline {{lab:LDL 288}}. Despite {{drug:atorvastatin}} {{dose:80 mg}} plus {{drug:Zetia}} {{dose:10 mg}} for 6 months with documented adherence, {{lab:LDL 171}} on [[DATE:01/30/2025]]. {{drug:rosuvastatin}} {{dose:40 mg}} caused myalgias with {{lab:CK 1,940}}.
Her father, [[NAME:Balogh Sándor]], died of MI at {{age:44}}; her brother [[NAME:Levente]] had a stent at {{age:39}}. She has tendon xanthomas on exam.
PCSK9 inhibition is medically necessary to reduce her risk of premature ASCVD. Please call [[PHONE:262-555-0114]] for peer-to-peer.
Sincerely,
[[NAME:Levente Fekete]], MD, Preventive Cardiology
[[NAME:LF]]/[[NAME:dk]]
cc: [[NAME:Zsófia Balogh]]; chart
""", summary="""
Dr. [[NAME:Fekete]] requested {{drug:Repatha}} for [[NAME:Zsofia Balogh]] with familial hypercholesterolemia, {{lab:LDL 171}} despite maximal statin and {{drug:Zetia}}, and a father who died of MI at {{age:44}}.
"""),
    dict(style="disability_form", note="""
FUNCTIONAL CAPACITY EVALUATION - SUMMARY OF FINDINGS (page 3 of 5)
Material handling:
  Floor to waist lift: 25 lb occasional, 10 lb frequent
  Waist to shoulder: 20 lb occasional
  Carry (bilateral, 50 ft): 25 lb occasional
Grip (Jamar dynamometer, position 2): R 32 kg, L 18 kg; CV 9% R, 11% L (consistent).
Positional tolerance: sitting 45 min, standing 30 min, walking 20 min at a time; frequent position changes.
Pain {{score:6/10}} at start, {{score:7/10}} at end; {{score:Borg RPE 13}}.
Heart rate rose appropriately with load ({{vital:HR 78}} to {{vital:HR 121}}).
Validity: 4 of 5 effort criteria met; no symptom magnification observed.
Overall: Light physical demand level per DOT; does not meet Medium demands of prior job.
Recommendation: work conditioning 4 weeks, then reassess. Ergonomic sit-stand station advised.
""", summary="""
Functional capacity evaluation showed consistent effort and capacity at the Light physical demand level, with a {{score:Borg RPE 13}} and pain {{score:7/10}} at the end; work conditioning is recommended.
"""),
    dict(style="medical_legal_report", note="""
STATEMENT OF INCAPACITY - ACTIVATION OF HEALTH CARE POWER OF ATTORNEY
Principal: [[NAME:Guðrún Björk Magnúsdóttir]] ([[NAME:Gudrun Bjork Magnusdottir]])   DOB [[DATE:08/15/1941]]   MRN [[MRN:1192-6630]]
Health care agent: [[NAME:Einar Magnússon]] (son), [[ADDRESS:318 Birch Hollow Rd]], [[ADDRESS:Fort Atkinson]], WI   [[PHONE:920-555-0175]]
Alternate agent: [[NAME:Ásta Magnúsdóttir]] (daughter), [[ADDRESS:Reykjavík]], Iceland   [[PHONE:+354 699 2210]]
POA-HC document executed [[DATE:3 October 2016]], witnessed by [[NAME:R. Price]] and [[NAME:J. Young]].

We, the undersigned, have personally examined the principal and find that she is incapacitated, i.e. unable to receive and evaluate information effectively or communicate decisions.
Basis: left MCA stroke [[DATE:2/22/25]] with global aphasia, {{score:NIHSS 17}}; follows no commands; {{score:GCS 9}} (E3 V1 M5).
spoke w [[NAME:einar]] by phone [[DATE:2/24]] 1640; he accepts the role and will come from [[ADDRESS:Fort Atkinson]] tonight. The price of delay was discussed: PEG decision needed this week.
Examining physician 1: [[NAME:Baldur Stefánsson]], MD   [[DATE:02/24/2025]] 1700
Examining physician 2: [[NAME:Oh Ji-woo]], PhD (neuropsychology)   [[DATE:02/24/2025]] 1745
""", summary="""
Two examiners found [[NAME:Gudrun Bjork Magnusdottir]] incapacitated after a left MCA stroke ({{score:NIHSS 17}}), activating her health care POA with her son [[NAME:Einar Magnusson]] as agent.
"""),
    dict(style="disability_form", note="""
WORK STATUS / WORKERS' COMPENSATION PROGRESS REPORT
Employee: [[NAME:Wróblewski, Krzysztof]]     Employer: Badger Foundry Inc.
WC Claim #: [[MRN:2024-WC-558120]]     Carrier: Midwest Employers Casualty
Adjuster: [[NAME:Hunter Price]]  [[PHONE:262-555-0107 ext 221]]
Date of injury: [[DATE:11/19/2024]]     Visit: [[DATE:02/11/2025]]

Dx: crush injury L hand; 4th/5th metacarpal fx s/p ORIF [[DATE:11/21/24]]; CRPS ruled out.
Progress: grip L 14 kg vs R 46 kg. Pain {{score:4/10}}. Stiffness 5th MCP, flexion 60. Hardware intact on xray.
Meds: {{drug:meloxicam}} {{dose:15 mg}} daily, {{drug:gabapentin}} {{dose:300 mg}} qhs.
Work status: [ ] full duty  [X] modified duty: no use of L hand for gripping, lift limit 5 lb with R only, no ladders, no machinery.
MMI: not reached; est 8-10 wks. Continue OT 2x/wk.
[[NAME:Hunter]] to f/u with employer re light-duty position. Front desk: [[NAME:Baker]] to send the forms to the carrier today.
[[NAME:Krzysztof]] ("[[NAME:Kris]]") asked about returning to the pour line - not yet.
[[NAME:Andrzej Zając]], MD, Hand Surgery   [[NAME:AZ]]/[[NAME:hb]]
""", summary="""
[[NAME:Krzysztof Wroblewski]] is recovering from ORIF of L 4th/5th metacarpal fractures and remains on modified duty, not at MMI; adjuster [[NAME:Hunter Price]] will arrange light duty and [[NAME:Baker]] will send forms.
"""),
    dict(style="dictated_letter", note="""
NEUROLOGY ASSOCIATES
[[DATE:January 22, 2025]]

[[NAME:Madison Jordan]], MD
Prairie View Internal Medicine

RE: [[NAME:KOBAYASHI, YUKI]]   DOB [[DATE:10/10/1956]]   MRN [[MRN:7305512]]

Dear Dr. [[NAME:Jordan]],

I saw [[NAME:Kobayashi]]-san again today for {{eponym:Parkinson}} disease, diagnosed 2021. He reports more wearing off about 3 hours after each dose and new morning foot cramping. His wife [[NAME:Emiko]] notes he naps more and has mild dyskinesia in the evening.
On {{drug:Sinemet}} {{dose:25/100}} 1.5 tabs TID, {{drug:rasagiline}} {{dose:1 mg}} daily. {{score:MDS-UPDRS III 28}} ON, {{score:Hoehn and Yahr 2.5}}. {{score:MoCA 26/30}}. Orthostatic {{vital:BP 132/80}} to {{vital:BP 118/74}}, asymptomatic.
Plan: change to {{drug:Sinemet}} 1 tab five times daily; add {{drug:Rytary}} {{dose:23.75/95}} at bedtime for foot dystonia; PT with [[NAME:Lincoln Moore]] for gait (LSVT BIG). If fluctuations persist, we will discuss DBS candidacy.
Please continue his {{drug:amlodipine}} {{dose:5 mg}}; we will send a copy of levels if needed.
Sincerely,
[[NAME:Marek Šťastný]], MD
[[NAME:MS]]/[[NAME:pt]]
cc: [[NAME:Madison Jordan]], MD; [[NAME:Lincoln Moore]], DPT; [[NAME:Kobayashi Yuki]]
""", summary="""
Dr. [[NAME:Stastny]] wrote to Dr. [[NAME:Jordan]] that [[NAME:Yuki Kobayashi]] with {{eponym:Parkinson}} disease has wearing off and foot dystonia; {{drug:Sinemet}} dosing was split and bedtime {{drug:Rytary}} added, with PT by [[NAME:Lincoln Moore]].
"""),
    dict(style="insurance_form", note="""
ATTENDING PHYSICIAN'S STATEMENT (Life Insurance Underwriting)
Proposed Insured: [[NAME:ÇELİK, MEHMET ALİ]]     DOB [[DATE:04.12.1975]]     Policy/Application # [[MRN:LX-7731904]]
1. Dates of first and last visit: first 03/2019, last [[DATE:01/09/2025]]
2. Diagnoses: essential hypertension (2019); obstructive sleep apnea, {{score:AHI 34}}, on CPAP, compliant 92% of nights >4 h; obesity, BMI 33.4.
3. Most recent readings: {{vital:BP 128/82}}, {{vital:HR 70}}. {{lab:A1c 5.9%}}, {{lab:LDL 118}}, {{lab:eGFR 88}}.
4. Current medications: {{drug:losartan}} {{dose:50 mg}}, {{drug:amlodipine}} {{dose:5 mg}}.
5. Tobacco/nicotine: never. Alcohol: 2-3 drinks/week.
6. Any ECG, stress test, echo? ECG [[DATE:01/09/2025]]: NSR, normal. No stress test.
7. Referrals: sleep medicine (Dr. [[NAME:Kılıç]] left practice; now [[NAME:Aksoy]]).
Prognosis: good. Patient compliant with follow-up.
Authorization signed by [[NAME:Mehmet Celik]] on [[DATE:1/28/25]] attached.
Physician signature: [[NAME:Nilüfer Arslan-Tekin]], MD     Date [[DATE:2/11/25]]     Phone [[PHONE:(920) 555-0150]]
""", summary="""
Life insurance statement for [[NAME:Mehmet Ali Celik]] lists well-controlled hypertension and CPAP-treated OSA ({{score:AHI 34}}) with a normal ECG on [[DATE:01/09/2025]]; prognosis good.
"""),
    dict(style="disability_form", note="""
MEDICAL SOURCE STATEMENT OF ABILITY TO DO WORK-RELATED ACTIVITIES (PHYSICAL)
Claimant: [[NAME:Veronika Svobodová]]     SSN [[SSN:412-88-3107]]
Completed at the request of [[NAME:Jo Ng]], claimant's representative.

Diagnoses: systemic lupus erythematosus with nephritis (class IV, biopsy 5/2023), secondary {{eponym:Sjögren}} syndrome, {{eponym:Raynaud}} phenomenon with digital ulcers.
Current tx: {{drug:mycophenolate}} {{dose:1,000 mg}} BID, {{drug:hydroxychloroquine}} {{dose:200 mg}} BID, {{drug:prednisone}} {{dose:7.5 mg}}.
Labs [[DATE:12/18/2024]]: {{lab:C3 62}}, {{lab:dsDNA 180}}, {{lab:UPCR 1.4}}.
Lift/carry: 10 lb occasionally, <10 lb frequently. Stand/walk: 2 h total per 8-h day. Sit: 6 h with position changes.
Manipulation: fingering and handling occasionally only (ulcers, cold sensitivity).
Off task: >25% of the workday. Absences: about 4 days per month.
Earliest date these limitations apply: [[DATE:June 1, 2023]].
[[NAME:Veronika]] has not worked since May 2023.
[[NAME:Daniel Procházka]], MD, Rheumatology     [[DATE:01/07/2025]]
""", summary="""
Rheumatologist Dr. [[NAME:Prochazka]] completed a source statement for [[NAME:Veronika Svobodova]] with lupus nephritis, {{eponym:Sjogren}} and {{eponym:Raynaud}} limiting her to less than sedentary work with frequent absences, at the request of [[NAME:Jo Ng]].
"""),
    dict(style="insurance_form", note="""
UTILIZATION REVIEW DETERMINATION - PEER REVIEW RATIONALE
Service requested: inpatient rehabilitation facility admission following lumbar fusion L4-S1.
Criteria applied: InterQual Rehabilitation, CMS IRF coverage (60% rule, 3-hour rule).
Clinical summary: POD 4, ambulating 150 ft with rolling walker and contact guard, {{score:FIM transfers 5}}, {{score:pain 5/10}} controlled on {{drug:oxycodone}} {{dose:5 mg}} q6h prn and {{drug:acetaminophen}} {{dose:1 g}} q8h. {{lab:Hgb 10.4}}, stable. No wound complications. Lives with spouse, single-level home, 3 steps to enter.
Rationale: patient does not require the intensity of physician oversight and interdisciplinary therapy of an IRF; needs are met by home health PT/OT or SNF level if home support insufficient.
Determination: NOT certified for IRF. Alternative level of care (home health) approved.
Peer-to-peer offered to attending surgeon; appeal rights enclosed.
Reviewer: board-certified PM&R, Medical Director
""", summary="""
Peer review denied inpatient rehabilitation after lumbar fusion because function ({{score:FIM transfers 5}}) and pain {{score:5/10}} could be managed with home health therapy.
"""),
    dict(style="dictated_letter", note="""
[[DATE:January 30, 2025]]
Appeals Unit, Sun Harbor Life Insurance Company

RE: Claimant [[NAME:MOLNÁR KATALIN]] ([[NAME:Katalin Molnar]])     Claim # [[MRN:SH-STD-2024-7710448]]     DOB [[DATE:03/03/1983]]

To the Appeals Committee:
I am writing in support of the appeal of the denial of short-term disability benefits dated [[DATE:12/19/2024]]. [[NAME:Molnár]] is a {{age:41}}-year-old ICU nurse who developed post-COVID postural orthostatic tachycardia syndrome after infection in Aug 2024.
Active stand test: supine {{vital:HR 68}}, standing 10 min {{vital:HR 134}} without hypotension ({{vital:BP 112/74}}). {{score:COMPASS-31 48}}. Six-minute walk 310 m with desaturation absent but {{score:Borg 17}}.
She cannot stand for more than 15 minutes, which is incompatible with 12-hour nursing shifts. On {{drug:ivabradine}} {{dose:5 mg}} BID and {{drug:midodrine}} {{dose:5 mg}} TID, compression, salt {{dose:6 g}}/day.
The reviewer's note that she "declined treatment" is incorrect; she declined only {{drug:Florinef}} due to hypokalemia ({{lab:K 3.1}}).
[[NAME:Katalin]]'s husband [[NAME:Laci]] now drives her to appointments.
Sincerely,
[[NAME:Eszter Varga]], MD, Autonomic Clinic     [[PHONE:(414) 555-0128]]
[[NAME:EV]]/[[NAME:jk]]
cc: [[NAME:Katalin Molnár]]; [[NAME:Bo Nguyen]], Esq.
""", summary="""
Dr. [[NAME:Varga]] appealed the short-term disability denial for [[NAME:Katalin Molnar]], {{age:41}}, with post-COVID POTS (standing {{vital:HR 134}}) that prevents 12-hour nursing shifts, correcting the insurer's claim that she declined treatment.
"""),
    dict(style="medical_legal_report", note="""
EXPERT REVIEW - PRIVILEGED AND CONFIDENTIAL - PREPARED AT REQUEST OF COUNSEL
[[NAME:Szymańska, Grace T.]], individually and as personal representative of the Estate of [[NAME:Szymański, Wiktor]]
v. Lakeview Emergency Physicians, S.C., and [[NAME:Dalton Cross]], M.D.
Case No. [[MRN:2024CV001962]]

Dear Mr. [[NAME:Ó Súilleabháin]]:
At your request I reviewed the records of [[NAME:Wiktor Szymański]] ([[NAME:Victor Szymanski]] in the ambulance run sheet), {{age:58}}, concerning his ED visit of [[DATE:04/06/2023]] and death on [[DATE:04/08/2023]].
He presented with abrupt tearing chest pain radiating to the back, {{vital:BP 188/102}} R arm and {{vital:BP 152/90}} L arm. ECG nonspecific, {{lab:troponin 0.02}}. CXR read as widened mediastinum. {{lab:D-dimer 4,120}}. He was discharged with {{drug:omeprazole}} {{dose:20 mg}} and a diagnosis of GERD.
In my opinion Dr. [[NAME:Cross]] deviated from the standard of care by failing to obtain CT angiography when the {{score:ADD-RS 2}} and inter-arm pressure difference indicated acute aortic dissection. Autopsy confirmed {{eponym:Stanford}} type A dissection with tamponade.
[[NAME:Cross]] documented the widened mediastinum but did not act on it. Had a CTA been done, emergency repair would more likely than not have prevented his death.
My opinions are held to a reasonable degree of medical certainty. I reserve the right to amend them as discovery proceeds.
[[NAME:Ingrid Sævarsdóttir]], MD, FACEP
""", summary="""
Expert review for counsel in [[NAME:Grace Szymanska]]'s case concludes that Dr. [[NAME:Cross]] breached the standard of care by discharging [[NAME:Wiktor Szymanski]] without CT angiography despite signs of aortic dissection, which killed him on [[DATE:04/08/2023]].
"""),
    dict(style="dictated_letter", note="""
DEPARTMENT OF OTOLARYNGOLOGY
D: [[DATE:02/27/2025]] 14:10   T: [[DATE:02/28/2025]] 09:02   JOB# [[MRN:91-552804]]   DOC# [[MRN:7734101]]

[[NAME:Wen Yu]], MD
Allergy & Asthma Partners

RE: [[NAME:DOĞAN, AYŞE]] ([[NAME:Ayse Dogan]])   DOB [[DATE:July 8, 1979]]

Dear Dr. [[NAME:Yu]],
I saw [[NAME:Ayşe]] in consultation for chronic rhinosinusitis with nasal polyps. She has asthma and reacted to {{drug:ibuprofen}} with wheeze twice, consistent with {{eponym:Samter}}'s triad (AERD).
Nasal endoscopy: grade 3 polyps bilaterally. CT sinus {{score:Lund-Mackay 19}}. {{score:SNOT-22 61}}. {{lab:eosinophils 720}}.
Options discussed: endoscopic sinus surgery followed by aspirin desensitization with you, or biologic therapy ({{drug:Dupixent}} {{dose:300 mg}} every 2 weeks). She prefers surgery, tentatively set for [[DATE:April 3]]; we will coordinate post-op desensitization with your office around week 4.
Continue {{drug:budesonide}} irrigations {{dose:0.5 mg}} BID and {{drug:montelukast}} {{dose:10 mg}}.
Sincerely,
[[NAME:Arda Bozkurt]], MD
dict: [[NAME:AB]]/[[NAME:xx]]
cc: [[NAME:Wen Yu]], MD; [[NAME:Ayşe Doğan]]
""", summary="""
Dr. [[NAME:Bozkurt]] wrote to Dr. [[NAME:Yu]] that [[NAME:Ayse Dogan]] has nasal polyps with {{eponym:Samter}}'s triad ({{score:Lund-Mackay 19}}) and will have sinus surgery on [[DATE:April 3]] followed by aspirin desensitization.
"""),
    dict(style="dictated_letter", note="""
[[DATE:10 February 2025]]

Medical Review Unit
Wisconsin Department of Transportation, Division of Motor Vehicles

RE: [[NAME:Þór Ragnarsson]] ([[NAME:Thor Ragnarsson]])   DOB [[DATE:1949-12-01]]   Driver license # [[MRN:R265-4410-7721-05]]

To the Medical Review Unit:
[[NAME:Ragnarsson]] has been under my care for primary open-angle glaucoma since 2017. Best-corrected acuity on [[DATE:02/04/2025]]: OD {{vital:20/30}}, OS {{vital:20/40}}, binocular {{vital:20/30}}.
Esterman binocular visual field: 112 of 120 points seen, horizontal extent 128 degrees, no central defects. {{vital:IOP 15}} OD, {{vital:IOP 17}} OS on {{drug:latanoprost}} and {{drug:Combigan}}.
In my opinion he meets Wisconsin vision standards for a Class D license without restriction. Night driving is not advised given glare from early cataracts.
His daughter [[NAME:Sólveig]] asked me to note that he no longer drives after dark.
Respectfully,
[[NAME:Yasemin Erdem]], MD, Glaucoma Service     Tel [[PHONE:608.555.0191]]
[[NAME:YE]]/[[NAME:ms]]
""", summary="""
Dr. [[NAME:Erdem]] certified to the DMV that [[NAME:Thor Ragnarsson]], with treated glaucoma, has binocular acuity {{vital:20/30}} and an adequate visual field for an unrestricted license, though night driving is discouraged.
"""),
    dict(style="dictated_letter", note="""
Dear Colleague,

Effective this quarter, the Heart Rhythm Service will manage periprocedural anticoagulation for all patients referred for AF ablation.
Patients on {{drug:Eliquis}} (apixaban) or {{drug:Xarelto}} (rivaroxaban) should continue uninterrupted through ablation; we will hold only the morning dose. Patients on {{drug:warfarin}} should target {{lab:INR 2.0-3.0}} and we will check INR within 48 hours of the procedure. No bridging with {{drug:enoxaparin}} is required.
For cardioversion, please ensure at least 3 weeks of therapeutic anticoagulation or arrange TEE.
Patients with {{score:CHA2DS2-VASc 2}} or higher in men ({{score:3}} or higher in women) remain on an anticoagulant for at least 2 months after ablation regardless of rhythm.
Please send referrals with a recent CBC, BMP and TSH, and an echocardiogram within 12 months. Urgent questions can go through the hospital operator to the EP fellow on call.
Thank you for your continued partnership.
The Heart Rhythm Service
""", summary="""
Practice letter explaining that the Heart Rhythm Service will manage uninterrupted {{drug:Eliquis}} or {{drug:Xarelto}} around AF ablation with no {{drug:enoxaparin}} bridging.
"""),
    dict(style="disability_form", note="""
CERTIFICATION OF HEALTH CARE PROVIDER FOR FAMILY MEMBER'S SERIOUS HEALTH CONDITION (FMLA)
Section I (employer): Employee [[NAME:Rose Tanaka]], Employee ID [[MRN:E-204417]], HR contact [[NAME:Kimberly White]] x[[PHONE:5520]]
Section III (provider):
Patient: [[NAME:Tanaka Hideo]] (employee's father), age [[AGE:90]]     DOB [[DATE:06/14/1934]]
Condition: metastatic castration-resistant prostate cancer with bone metastases; PSA rose to 48 despite {{drug:enzalutamide}}. Enrolled in home hospice [[DATE:January 29, 2025]].
Probable duration: lifetime (prognosis weeks to months). {{score:ECOG 3}}, {{score:PPS 40%}}.
Care needed: yes - assistance with transfers, medication administration ({{drug:morphine}} {{dose:5 mg}} po q4h prn), transportation, comfort care.
Intermittent leave: flare-ups about 1-2 per week lasting 1-3 days each; continuous leave may be needed in final weeks.
[[NAME:Rose]] is his primary caregiver; brother [[NAME:Ken]] lives in [[ADDRESS:Osaka]] and cannot assist.
At [[AGE:ninety]], [[NAME:Hideo]] is clear that he wants to stay home.
Provider: [[NAME:Sakura Ishii]], MD, Hospice & Palliative Medicine   Fax [[PHONE:(414) 555-0162]]   Date [[DATE:02/05/2025]]
""", summary="""
FMLA certification for [[NAME:Rose Tanaka]] to care for her father [[NAME:Hideo Tanaka]], [[AGE:90]], in home hospice for metastatic prostate cancer, with intermittent leave and possible continuous leave near the end.
"""),
]
