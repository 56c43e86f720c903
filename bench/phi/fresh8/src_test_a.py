NOTES = [
    dict(style="code_stroke", note="""
CODE STROKE - ED Bay 3
[[NAME:HUANG, JIANGUO]]    MRN [[MRN:40718823]]    CSN [[MRN:991203347]]
DOB [[DATE:11/02/1951]] ({{age:73}} M)   Door 14:52   LKW 13:40 per wife

EMS pre-note: R face/arm weakness and "word salad" at home in [[ADDRESS:Flushing]]. Wife [[NAME:Lin Meifang]] at bedside, Mandarin only; video interpreter [[NAME:Grace Zhou]] (ID [[MRN:30581]]).
PMH HTN, AF - stopped {{drug:Eliquis}} himself ~2 mo ago ("too expensive" per wife). No recent surgery or bleeding.
{{vital:BP 188/96}}  {{vital:HR 112}} irreg  {{vital:SpO2 95%}}  POC {{lab:glucose 142}}
{{score:GCS 14}} (V4). Expressive > receptive aphasia, R facial droop, RUE drifts to bed, RLE drift, R {{eponym:Babinski}} upgoing.
{{score:NIHSS 14}} at 14:58 (Dr. [[NAME:Ramanathan]])
CT 15:03: no ICH, {{score:ASPECTS 9}}. CTA: L M1 occlusion, good collaterals.
{{drug:Labetalol}} {{dose:10 mg}} IV x1 -> {{vital:BP 174/92}}.
{{drug:TNK}} {{dose:0.25 mg/kg}} = {{dose:20 mg}} IV push at 15:19 (DTN 27 min).
Neuro-IR (Dr. [[NAME:Seo-yeon Park]]) accepts for thrombectomy, to angio 15:41.
Wife consented via interpreter; son [[NAME:Kevin Huang]] on his way from [[ADDRESS:Fort Lee]], cell [[PHONE:(201) 555-0184]].

[[NAME:A. Ramanathan]], MD - Stroke Neurology, pgr [[PHONE:4-7719]]
""", summary="""
[[NAME:Jianguo Huang]], {{age:73}}, with AF off {{drug:Eliquis}}, had a L M1 occlusion with {{score:NIHSS 14}} and received {{drug:TNK}} {{dose:20 mg}} before thrombectomy. His wife [[NAME:Lin Meifang]] consented through an interpreter.
"""),

    dict(style="stroke_admission_hp", note="""
STROKE UNIT ADMISSION H&P
Patient: [[NAME:Choi Young-ho]] ([[NAME:최영호]])    MRN: [[MRN:K0048817]]    Admit: [[DATE:2025-02-17]]
Attending: Dr. [[NAME:Sarah Whitfield]]    Resident: [[NAME:Min-jun Bae]], MD (PGY-2)

CC: "the room was spinning and my left hand won't work right"
HPI: {{age:66}} yo M, retired dry cleaner, woke Sunday with vertigo, vomiting and veering to the L. Did not seek care until son [[NAME:Daniel]] visited the next day. HINTS concerning for central cause (direction-changing nystagmus, normal head impulse, skew present). {{eponym:Dix-Hallpike}} deferred.
PMH: DM2 ({{lab:A1c 8.9%}} in Dec), HLD, 40 pk-yr smoker (quit 2019).
Meds: {{drug:metformin}} {{dose:1000 mg}} BID, {{drug:atorvastatin}} {{dose:20 mg}} qhs
Exam: {{vital:BP 162/84}}, {{vital:HR 78}}, {{vital:SpO2 97%}} RA. A&O x3. L dysmetria FNF and HKS, truncal ataxia, can't tandem. Strength {{score:5/5}} x4. {{eponym:Romberg}} not testable. {{score:NIHSS 2}} (limb ataxia).
MRI: acute L cerebellar (PICA) infarct, mild mass effect on 4th ventricle, no hydrocephalus.

A/P
1. L PICA infarct, outside lytic window.
   - DAPT: {{drug:aspirin}} {{dose:81 mg}} + {{drug:clopidogrel}} {{dose:75 mg}} (load {{dose:300 mg}} given) x21 days
   - {{drug:atorvastatin}} up to {{dose:80 mg}}
   - neuro checks q2h x24h; stat CT + call NSGY for any decline (edema risk peaks day 3-4)
2. DM2 - hold {{drug:metformin}} (contrast), SSI.
3. Dispo: PT/OT, likely acute rehab.
Family: son [[NAME:Daniel Choi]] ([[PHONE:917-555-0143]]) is main contact. Daughter-in-law [[NAME:Ji-hye]] offered to interpret; will use certified Korean interpreter for consent and goals discussions.
""", summary="""
[[NAME:Choi Young-ho]], {{age:66}}, was admitted on [[DATE:2025-02-17]] with an acute L PICA cerebellar infarct outside the lytic window and started on 21 days of {{drug:aspirin}} plus {{drug:clopidogrel}}. Son [[NAME:Daniel Choi]] is the main contact.
"""),

    dict(style="eeg_report", note="""
ROUTINE EEG REPORT
Name: [[NAME:WONGSAWAT, SIRIPORN]]      DOB: [[DATE:1988-07-19]]      MRN: [[MRN:6620134]]
Accession: [[MRN:EEG25-01877]]      Date of study: [[DATE:04 Mar 2025]]
Referring: Dr. [[NAME:Nattapong Chaiyaporn]], Neurology Clinic
Technologist: [[NAME:K.M.]], R. EEG T.

Clinical history: {{age:36}}-year-old right-handed woman with two episodes of staring and lip smacking, the last on [[DATE:2/26]]. Currently on {{drug:levetiracetam}} {{dose:500 mg}} BID.

Technique: 21-channel digital EEG, international 10-20 electrode placement, with hyperventilation and photic stimulation. Recording time 32 minutes. Wakefulness, drowsiness and stage N2 sleep recorded.

Background: well-organized, symmetric 10 Hz posterior dominant rhythm, reactive to eye opening.

Abnormalities:
1. Intermittent left temporal theta slowing, maximal F7/T7.
2. Rare left anterior temporal sharp waves (F7/T7), more frequent in sleep.
No electrographic or clinical seizures. Hyperventilation and photic stimulation produced no abnormalities.

Impression: Abnormal EEG due to left temporal slowing and epileptiform discharges, consistent with focal cortical dysfunction and a potential for seizures arising from the left temporal region. Recommend MRI brain with epilepsy protocol if not already done.

[[NAME:Priya Subramaniam]], MD - Clinical Neurophysiology     signed [[DATE:03/05/2025]] 08:14
""", summary="""
Routine EEG on [[DATE:04 Mar 2025]] for [[NAME:Siriporn Wongsawat]], {{age:36}}, showed left temporal slowing and sharp waves without seizures. Read by Dr. [[NAME:Priya Subramaniam]].
"""),

    dict(style="neurology_clinic_followup", note="""
Movement Disorders Clinic - Return Visit                         [[DATE:Mon 01/13/2025]]
Patient: [[NAME:Bambang Sutrisno]]    MRN [[MRN:3094417]]    {{age:78}} M
Accompanied by wife, Ibu [[NAME:Sri Wahyuni]], who keeps his dose log.

S: {{eponym:Parkinson}} disease dx 2018. Wearing off ~3 h after each dose, early AM L foot dystonia (toes curl). Two falls since last visit - [[DATE:Nov 12]] (bathroom, no injury) and one around New Year's (bruised L hip). Vivid dreams, acts them out per [[NAME:Sri]]; no hallucinations. Constipation, on {{drug:Miralax}}. Mood "okay"; stopped walking to the mosque alone.
Current meds:
  {{drug:Sinemet}} {{dose:25/100}} 1.5 tab at 07-11-15-19
  {{drug:rasagiline}} {{dose:1 mg}} daily
  {{drug:melatonin}} {{dose:3 mg}} hs
O: {{vital:BP 132/78}} supine, {{vital:BP 104/66}} standing 3 min (asymptomatic). Hypomimia, hypophonia. Rigidity L>R, bradykinesia L>R. Freezing at the doorway. Pull test: 3 steps, would fall if not caught. {{score:MDS-UPDRS III 38}} (ON). {{score:Hoehn and Yahr 3}}. {{score:MoCA 24/30}}.
A/P:
- Motor fluctuations: move to q3h, 5 doses/day of {{drug:Sinemet}} {{dose:25/100}} 1.5 tab; add {{drug:entacapone}} {{dose:200 mg}} with each dose if still wearing off in 4 wk.
- Falls/freezing: PT for gait and cueing, home safety eval, consider laser walker.
- Mild orthostasis: fluids, thigh-high compression; recheck next visit.
- RBD: {{drug:melatonin}} up to {{dose:6 mg}}; pad bed rails.
- RTC 4 months, sooner prn.

[[NAME:Rachel Goldstein-Hart]], MD
cc: Dr. [[NAME:Hendra Wijaya]] (PCP) - fax [[PHONE:(626) 555-0189]]
""", summary="""
[[NAME:Bambang Sutrisno]], {{age:78}}, with {{eponym:Parkinson}} disease has wearing-off, freezing and two falls; his {{drug:Sinemet}} was moved to every 3 hours and PT ordered at the [[DATE:01/13/2025]] visit.
"""),

    dict(style="stroke_nursing_neuro_checks", note="""
NEURO CHECK - 4 West Stroke Unit - 0400
{{score:GCS 15}} (E4V5M6). Pupils 3 mm, brisk, equal. {{score:NIHSS 3}}, unchanged from 0000 (facial 1, LUE drift 1, sensory 1).
{{vital:BP 152/81}} (post-{{drug:Alteplase}} goal <180/105), {{vital:HR 68}} SR on tele, {{vital:SpO2 96%}} 2L NC, {{vital:T 37.1}}.
Grips L {{score:4/5}}, R {{score:5/5}}. No {{eponym:Babinski}}. {{eponym:Hoffmann}} neg bilat.
Swallow: passed bedside screen 2200, mech soft, thin liquids, HOB 30.
{{eponym:Foley}} removed 0200, voided 350 mL at 0345.
FSBG {{lab:168}}, covered per sliding scale, {{drug:Lispro}} {{dose:2 units}}.
Denies HA. {{score:Pain 0/10}}. {{score:Morse 55}} - bed alarm on, yellow socks, call light in reach.
24 h post-lytic CT head scheduled for 1530, then can start {{drug:aspirin}} {{dose:81 mg}} if no bleed per Stroke attending.
No change, will continue q1h checks until 1530 then q2h.
""", summary="""
Overnight neuro checks after {{drug:Alteplase}} were stable at {{score:NIHSS 3}} and {{score:GCS 15}} with blood pressure within goal. Follow-up CT head is planned before starting {{drug:aspirin}}.
"""),

    dict(style="tia_clinic_letter", note="""
[[DATE:January 14, 2025]]

[[NAME:Harjinder Gill]], MD
Mission Family Medicine
[[ADDRESS:4410 Stevenson Blvd, Suite 120]]
[[ADDRESS:Fremont, CA 94538]]

RE: [[NAME:Gurpreet K. Sandhu]]     DOB: [[DATE:06/22/1959]]     Acct: [[MRN:220047719]]

Dear Dr. [[NAME:Gill]],

Thank you for referring Mrs. [[NAME:Sandhu]], a pleasant {{age:65}}-year-old woman who had a 20-minute episode of painless left monocular vision loss ("like a curtain coming down") on [[DATE:1/9]] while at the gurdwara. Her son [[NAME:Amrit]] drove her to urgent care, by which time her vision had returned. {{score:ABCD2 score 3}}.

Today {{vital:BP 148/86}}, {{vital:HR 72}} regular. Visual acuity {{score:20/25}} OU, no {{eponym:Hollenhorst}} plaques seen. Neurological examination is normal. Carotid duplex shows 70-79% left ICA stenosis and CTA confirms roughly 75% narrowing at the bulb.

I have started {{drug:aspirin}} {{dose:81 mg}} and {{drug:atorvastatin}} {{dose:40 mg}} and have referred her urgently to Dr. [[NAME:Olena Marchetti]], vascular surgery, for carotid endarterectomy, ideally within two weeks. We are repeating a fasting lipid panel and HbA1c. Mrs. [[NAME:Sandhu]] and [[NAME:Amrit]] understand to call 911 for any new weakness, speech or vision change.

Sincerely,

[[NAME:Mei-Ling Tsang]], MD
Vascular Neurology, Rapid Access TIA Clinic

cc: [[NAME:Olena Marchetti]], MD (Vascular Surgery); patient
""", summary="""
[[NAME:Gurpreet K. Sandhu]], {{age:65}}, had amaurosis fugax on [[DATE:1/9]] from a ~75% left ICA stenosis and was started on {{drug:aspirin}} and {{drug:atorvastatin}}. Dr. [[NAME:Tsang]] referred her urgently to Dr. [[NAME:Marchetti]] for endarterectomy.
"""),

    dict(style="epilepsy_phone_encounter", note="""
TELEPHONE ENCOUNTER      [[DATE:03/18/25]] 10:42
Caller: mother, [[NAME:Wanjiru Kamau]]    cb [[PHONE:206-555-0176]] (cell), work [[PHONE:206-555-0122]] x[[PHONE:318]]
Pt: [[NAME:Brian Kamau]]    DOB [[DATE:9/30/2007]]    MRN [[MRN:00-581-224]]
Reason: breakthrough seizure

Mom reports GTC this morning ~6:15, about 2 min, post-ictal ~20 min, bit his tongue, no other injury. First seizure since Oct. [[NAME:Brian]] admits missing 2 evening doses this week and slept ~4 h the night before (exams).
Current: {{drug:Keppra}} {{dose:1000 mg}} BID. Has {{drug:Valtoco}} {{dose:10 mg}} at home, not needed today.
Per Dr. [[NAME:Otieno]]'s standing plan: no dose change for a provoked breakthrough; reinforced adherence, phone alarm for PM dose, sleep. Reviewed no driving for now (he has a learner's permit) and no swimming alone.
Mom requests updated seizure action plan for school nurse - will fax to school at [[PHONE:206-555-0190]]. She also asked for a copy by email: [[EMAIL:wkamau.family@gmail.com]].
Sent to Dr. [[NAME:Achieng Otieno]] for review.
-- [[NAME:Yvette Mbarga]], RN
""", summary="""
[[NAME:Wanjiru Kamau]] called on [[DATE:03/18/25]] about a provoked breakthrough seizure in her {{age:17}}-year-old son [[NAME:Brian Kamau]] after missed {{drug:Keppra}} doses and poor sleep. No dose change; the seizure plan is being sent to the school.
"""),

    dict(style="rheumatology_new_consult", note="""
RHEUMATOLOGY - NEW PATIENT CONSULTATION
Patient: [[NAME:CHAN Wai Ling Winnie]] ([[NAME:陳慧玲]])      Clinic no.: [[MRN:RH-2025-0413]]
Date: [[DATE:Thursday, 6 February 2025]]      Referred by: Dr. [[NAME:Alan Tse]], family physician
Contact: [[PHONE:+852 9123 4781]]      Address: [[ADDRESS:Flat 12B, Block 3, Kornhill, Quarry Bay]]

HPI: {{age:42}}F, accountant. 5 months of symmetrical pain and swelling of hands and wrists, morning stiffness ~2 h, struggling with keyboard work. No {{eponym:Raynaud}}, no rash, no sicca symptoms. Mother had RA.
Exam: 8 tender / 6 swollen joints (bilat MCP2-3, R PIP3, L wrist). No nodules. Skin normal.
Labs (outside, [[DATE:28/1/2025]]): {{lab:RF 86 IU/mL}}, {{lab:anti-CCP >250 U/mL}}, {{lab:ESR 48}}, {{lab:CRP 22 mg/L}}, {{lab:Hb 11.2}}, {{lab:ALT 19}}, {{lab:Cr 58 umol/L}}. {{lab:HBsAg}} neg, anti-HBc neg.
{{score:DAS28-ESR 5.6}} (high disease activity).
XR hands: periarticular osteopenia, no erosions.

Impression: seropositive rheumatoid arthritis, high activity, non-erosive.
Plan:
1. {{drug:Methotrexate}} {{dose:10 mg}} weekly, increase by {{dose:2.5 mg}} every 2-4 wk to {{dose:20 mg}}; {{drug:folic acid}} {{dose:5 mg}} weekly (not on MTX day).
2. {{drug:Prednisolone}} {{dose:10 mg}} daily x 2 weeks, then taper by {{dose:2.5 mg}} weekly.
3. CXR, IGRA now so biologic can be started promptly if needed.
4. Contraception counselling done; husband [[NAME:Kelvin]] present and agreeable.
5. Blood tests every 2 weeks initially. Review 6 weeks.

Dr. [[NAME:Rebecca Fung Hoi-yan]], Associate Consultant (Rheumatology)
""", summary="""
[[NAME:Winnie Chan]], {{age:42}}, has new seropositive rheumatoid arthritis with {{score:DAS28-ESR 5.6}} and was started on {{drug:methotrexate}} and a short {{drug:prednisolone}} course on [[DATE:6 February 2025]].
"""),

    dict(style="rheumatology_followup", note="""
Rheum f/u - SLE
[[NAME:Kavitha Ramasamy]]  |  {{age:29}} F  |  MRN [[MRN:3318046]]  |  seen [[DATE:7/22/2024]]

[[NAME:Kavitha]] reports she is doing well. Mild hand arthralgias after long shifts, no swelling. No rash, oral ulcers, pleuritic pain or foamy urine. Last flare was Feb (arthritis, low C3).
Meds: {{drug:Plaquenil}} {{dose:300 mg}} daily (~{{dose:5 mg/kg}}), {{drug:mycophenolate}} {{dose:1000 mg}} BID, {{drug:Benlysta}} {{dose:200 mg}} SC weekly. Pred taper finished in May.
Eye screen 6/2024 w/ Dr. [[NAME:Thangavelu]]: OCT normal, VA {{score:20/20}} OU.
Labs today: {{lab:C3 78}} (L), {{lab:C4 14}}, {{lab:dsDNA 45 IU/mL}} (from 120), {{lab:UPCR 0.12}}, {{lab:WBC 3.6}}, {{lab:plt 168}}.
{{score:SLEDAI-2K 4}}
Plan:
- continue current regimen; labs q3 mo
- she and husband [[NAME:Senthil]] hope to try for pregnancy next year -> must switch {{drug:mycophenolate}} to {{drug:azathioprine}} at least 6 wk before, stay on HCQ; pre-conception visit with MFM; check anti-Ro/La and aPL
- flu vaccine in fall

[[NAME:S. Iyer]], MD
""", summary="""
[[NAME:Kavitha Ramasamy]], {{age:29}}, with SLE was stable at the [[DATE:7/22/2024]] visit ({{score:SLEDAI-2K 4}}) on {{drug:Plaquenil}}, {{drug:mycophenolate}} and {{drug:Benlysta}}. Pre-conception planning was started.
"""),

    dict(style="endocrine_diabetes_clinic", note="""
ENDOCRINOLOGY - DIABETES FOLLOW-UP
Name: [[NAME:Singh, Harpreet S.]]     DOB [[DATE:03-04-1970]]     Visit [[DATE:10-Oct-2024]]     MRN [[MRN:771029465]]

[[NAME:Harpreet]] ("[[NAME:Harry]]") is here with his wife [[NAME:Manjit]]. T2DM since 2009. Works nights as a long-haul driver, eats mostly at truck stops.
Meds: {{drug:Lantus}} {{dose:38 units}} qAM, {{drug:Humalog}} {{dose:6-8 units}} with largest meal, {{drug:Ozempic}} {{dose:1 mg}} weekly, {{drug:Jardiance}} {{dose:25 mg}} daily.
CGM (Dexcom G7, 14 d): TIR 58%, TAR 40%, TBR 2% (lows mostly 0300-0500 on off days). GMI 7.9%.
{{lab:A1c 8.1%}} (was 9.4% in Apr). {{lab:eGFR 68}}, {{lab:UACR 45 mg/g}}, {{lab:LDL 92}}.
{{vital:BP 138/82}}, {{vital:Wt 98.4 kg}}, BMI 31.4. Feet: monofilament intact, pulses 2+.
Plan:
1. Reduce {{drug:Lantus}} to {{dose:34 units}} on off-days to address overnight lows.
2. Increase {{drug:Ozempic}} to {{dose:2 mg}} weekly.
3. Add {{drug:lisinopril}} {{dose:10 mg}} for albuminuria; BMP in 2 weeks.
4. Travel: going to [[ADDRESS:Ludhiana]] [[DATE:Nov 20]] for ~6 weeks for a nephew's wedding - sick-day rules, hold {{drug:Jardiance}} if vomiting, extra sensors, insulin cooling pouch, letter for airport security.
5. Diabetes educator ([[NAME:Nimmi]]) to review meal planning with [[NAME:Manjit]].
6. Retinal exam overdue - referred.
RTC 3 months (after return).

[[NAME:Jaspreet Dhillon]], DO
""", summary="""
[[NAME:Harpreet Singh]], {{age:54}}, with T2DM improved to {{lab:A1c 8.1%}}; {{drug:Lantus}} was reduced for overnight lows and {{drug:Ozempic}} increased before his trip to [[ADDRESS:Ludhiana]] on [[DATE:Nov 20]].
"""),

    dict(style="endocrine_inpatient_consult", note="""
Endocrinology consult - bone health after fragility fracture          [[DATE:2024-12-02]]
Requesting: Ortho hip fracture service (Dr. [[NAME:Whelan]])
Pt: [[NAME:Rokeya Begum]], [[AGE:94]] yo F, DOB [[DATE:05/11/1930]], MRN [[MRN:4409721]]
Lives with daughter [[NAME:Nasreen Chowdhury]] (HCP) in [[ADDRESS:Jamaica, Queens]]; Bengali-speaking, interpreter used.

Fell at home, L intertrochanteric fx, IMN on POD 0 yesterday. Prior wrist fx ~10 yrs ago. Never on bone therapy. Housebound, rarely outdoors, covered dress.
Labs: {{lab:Ca 8.9}} (alb 3.2 -> corrected 9.5), {{lab:25-OH vit D 11}}, {{lab:PTH 88}}, {{lab:Phos 2.6}}, {{lab:Cr 1.1}}, {{lab:eGFR 42}}, {{lab:TSH 2.1}}, SPEP pending.
Assessment: [[AGE:94]]F with hip fracture = osteoporosis by definition; DXA not needed to treat. Secondary hyperparathyroidism from severe vitamin D deficiency.
Recs:
1. {{drug:Ergocalciferol}} {{dose:50,000 IU}} weekly x8 weeks, then {{drug:cholecalciferol}} {{dose:2000 IU}} daily.
2. Calcium from diet preferred; add {{drug:calcium citrate}} {{dose:500 mg}} daily if intake poor.
3. Antiresorptive once 25-OH D > 30: {{drug:zoledronic acid}} {{dose:5 mg}} IV (eGFR > 35) vs {{drug:Prolia}} {{dose:60 mg}} SC q6mo if renal function worsens - discussed with [[NAME:Nasreen]], family prefers the once-yearly infusion.
4. Fall prevention, PT, home safety.
Will arrange endocrine clinic f/u in 8-10 wk.
-- [[NAME:Tanvir Hossain]], MD, Endocrinology fellow / staffed w/ Dr. [[NAME:Kaplan]]
""", summary="""
[[NAME:Rokeya Begum]], [[AGE:94]], has osteoporosis with a hip fracture and severe vitamin D deficiency; endocrinology on [[DATE:2024-12-02]] recommended vitamin D repletion and then {{drug:zoledronic acid}}. Her daughter [[NAME:Nasreen Chowdhury]] agrees.
"""),

    dict(style="id_consult", note="""
INFECTIOUS DISEASES CONSULT
Pt: [[NAME:Otieno, Joseph Ouma]]    MRN [[MRN:5523018]]    Rm 612B
Requesting: Dr. [[NAME:Megan Sullivan]] (Hospitalist)    Date: [[DATE:11/4/2024]]
Reason: MRSA bacteremia

HPI: {{age:54}}M, ESRD on HD via L arm AVG, DM2, had rigors during HD on [[DATE:11/1]]; BCx {{lab:2/2}} MRSA from that day. Vanc started at dialysis. Repeat BCx [[DATE:11/3]]: {{lab:1/2}} still growing GPC in clusters. Low back ache x1 wk, no weakness.
Exam: {{vital:T 38.6}}, {{vital:HR 104}}, {{vital:BP 108/62}}. {{score:3/6}} holosystolic murmur LLSB - new per wife [[NAME:Mary]]. No {{eponym:Janeway}} lesions, {{eponym:Osler}} nodes, splinters or {{eponym:Roth}} spots. AVG without erythema or fluctuance. Mild L paraspinal tenderness.
Labs: {{lab:WBC 14.2}}, {{lab:Hb 9.1}}, {{lab:CRP 188}}, {{lab:vanc pre-HD 18.4}}, {{lab:lactate 1.9}}.
TTE [[DATE:11/3]]: no vegetation, limited windows.

Imp: persistent MRSA bacteremia in HD pt with new murmur. Modified {{eponym:Duke}}: 1 major + 1 minor so far. Endocarditis and spinal focus both need exclusion.
Recs:
1. TEE - d/w cardiology, Dr. [[NAME:Hyun-woo Lim]] can do tomorrow AM.
2. MRI T/L spine w/wo contrast (gad ok with HD next day).
3. Continue {{drug:vancomycin}} with HD, goal pre-HD {{lab:15-20}}. If BCx still + at 72 h or MIC 2, change to {{drug:daptomycin}} {{dose:8-10 mg/kg}} q48h with HD +/- {{drug:ceftaroline}}.
4. BCx q24-48h until negative; duration counts from first negative culture.
5. Vascular surgery to assess AVG if no other source.
Will follow. ID pager [[PHONE:2231]].

[[NAME:Serge Fotso]], MD (ID fellow), seen/discussed with Dr. [[NAME:Patricia Mulvaney]] - [[NAME:PM]]
""", summary="""
[[NAME:Joseph Otieno]], {{age:54}}, on hemodialysis has persistent MRSA bacteremia since [[DATE:11/1]] with a new murmur; ID recommended TEE, spine MRI and continued {{drug:vancomycin}} with a switch to {{drug:daptomycin}} if cultures stay positive.
"""),

    dict(style="opat_enrollment", note="""
OPAT ENROLLMENT - Infectious Diseases
Patient: [[NAME:SHERPA, PEMBA]]    DOB [[DATE:04/02/1977]]    MRN [[MRN:6150274]]
Insurance: Premera Blue Cross, member ID [[MRN:PRW883104557]]    SSN (last 4): [[SSN:6621]]
Home: [[ADDRESS:3315 Beacon Ave S, Apt 204]], [[ADDRESS:Seattle, WA 98144]]
Phone [[PHONE:206.555.0163]]; wife [[NAME:Dolma Sherpa]] [[PHONE:206.555.0171]]. Prefers Sherpa or Nepali interpreter for teaching.

Dx: L4-L5 discitis/vertebral osteomyelitis with small epidural phlegmon, MSSA (BCx [[DATE:11/29]] x2, CT-guided bx [[DATE:12/2]])
Regimen: {{drug:cefazolin}} {{dose:2 g}} IV q8h via elastomeric pump
Start (first negative BCx): [[DATE:12/01/2024]]      Planned stop: [[DATE:01/12/2025]] (6 wk), to be confirmed in clinic
Line: R basilic single-lumen PICC placed [[DATE:12/6]], 42 cm, tip at cavoatrial junction.
Weekly labs every Monday: CBC w/ diff, BMP, ESR, CRP -> fax OPAT [[PHONE:206-555-0148]], attn [[NAME:Hannah Brooks]], PharmD
Baseline: {{lab:ESR 82}}, {{lab:CRP 64}}, {{lab:Cr 0.8}}, {{lab:WBC 11.9}}
Home infusion: BrightPath Home Infusion, ph [[PHONE:(206) 555-0110]]; first RN visit [[DATE:Dec 7]].
Allergy: penicillin label removed after negative test dose this admission.
ID clinic: [[DATE:Tue 12/31]] 10:20 with Dr. [[NAME:Fotso]]. Ortho spine (Dr. [[NAME:Lindqvist]]) following; TLSO brace when up.

Signed: [[NAME:Serge Fotso]], MD, ID fellow
""", summary="""
[[NAME:Pemba Sherpa]] is enrolled in OPAT for MSSA L4-L5 vertebral osteomyelitis on {{drug:cefazolin}} {{dose:2 g}} every 8 hours from [[DATE:12/01/2024]] to about [[DATE:01/12/2025]], with weekly labs faxed to [[NAME:Hannah Brooks]].
"""),

    dict(style="opat_lab_review", note="""
OPAT weekly lab review - wk 3 of 6
Regimen: {{drug:Daptomycin}} {{dose:8 mg/kg}} IV q24h via PICC (R arm)
Labs: {{lab:CK 96}} (stable), {{lab:WBC 6.8}}, {{lab:eos 4%}}, {{lab:Cr 0.9}}, {{lab:CRP 12}} (from 96), {{lab:ESR 38}} (from 71)
Home infusion RN call: no myalgias, no cough, no rash. PICC site clean, no arm swelling, flushes and draws well. {{eponym:Homans}} sign neg, arm circumference unchanged.
{{drug:Lipitor}} remains on hold while on {{drug:Daptomycin}}.
Plan: no changes. Next labs Monday. Reminded home RN to call for any new SOB (eosinophilic pneumonia) or CK > 5x ULN.
Reviewed by OPAT PharmD; ID attending aware.
""", summary="""
Week 3 OPAT labs on {{drug:Daptomycin}} were reassuring, with a stable {{lab:CK 96}} and falling {{lab:CRP 12}}. No changes were made.
"""),

    dict(style="id_clinic_hiv", note="""
ID Clinic - HIV follow-up                                    [[DATE:May 27, 2025]]
[[NAME:Thérèse Ngo Bayiha]], {{age:44}}F, MRN [[MRN:2087356]]. Dx HIV 2016 in [[ADDRESS:Douala]], transferred care here 2023. French interpreter [[NAME:Stéphane Eyong]] by video.

[[NAME:Thérèse]] feels well, working as a home health aide. No missed doses per her, pill count consistent. No fevers, weight stable.
ARV: {{drug:Biktarvy}} 1 tab daily.
Labs [[DATE:5/20/25]]: {{lab:CD4 612 (31%)}}, {{lab:HIV VL <20 copies/mL}}, {{lab:Cr 0.8}}, {{lab:ALT 22}}, HBsAg neg / anti-HBs pos, {{lab:LDL 132}}.
{{vital:BP 136/84}}, {{vital:BMI 29}}.
Discussed long-acting {{drug:Cabenuva}} - she prefers pills for now since she is travelling to [[ADDRESS:Yaoundé]] for two months this summer; 90-day supply + travel letter.
Health maintenance: Pap/HPV due - scheduled; mammogram ordered; {{drug:Shingrix}} #2 given today; ASCVD risk discussed, start {{drug:atorvastatin}} {{dose:20 mg}} (no interaction with {{drug:Biktarvy}}).
Partner [[NAME:Jean-Claude]] is HIV negative, referred to PrEP clinic ([[PHONE:617-555-0152]]).
RTC 6 months with labs.

[[NAME:Meredith O'Sullivan]], NP
""", summary="""
[[NAME:Thérèse Ngo Bayiha]], {{age:44}}, remains virally suppressed on {{drug:Biktarvy}} with {{lab:CD4 612 (31%)}} and was started on {{drug:atorvastatin}} at the [[DATE:May 27, 2025]] visit before travel to [[ADDRESS:Yaoundé]].
"""),

    dict(style="neurology_dictation", note="""
neurology clinic dictation. this is doctor [[NAME:siobhan mcallister]] dictating a follow up on patient [[NAME:thandiwe ndlovu]], that's [[NAME:t-h-a-n-d-i-w-e n-d-l-o-v-u]], medical record number [[MRN:four four two nine one seven zero]], date of service [[DATE:march third twenty twenty five]].

[[NAME:thandiwe]] is a {{age:41}} year old woman with acetylcholine receptor antibody positive generalized myasthenia gravis diagnosed last year. she reports that her double vision is better but she still gets droopy eyelids by the end of the day and has trouble chewing meat, comma, has to rest halfway through dinner. no shortness of breath, no trouble swallowing liquids. her {{score:MG-ADL score is 6}} today, down from 9. she is on {{drug:pyridostigmine}} {{dose:60 milligrams}} four times a day and {{drug:prednisone}} {{dose:20 milligrams}} daily. she says the prednisone makes her hungry and she has gained about four kilos. her husband [[NAME:sipho]] is with her today.

on exam fatigable ptosis on the left after about forty seconds of upgaze, neck flexion {{score:four out of five}}, deltoids {{score:5/5}}, no dysarthria. single breath count to thirty.

assessment and plan. generalized myasthenia, improving but not at goal. new paragraph. one, start {{drug:azathioprine}} {{dose:50 milligrams}} daily, TPMT was normal, increase to {{dose:100 milligrams}} in two weeks with CBC and LFTs. two, keep {{drug:prednisone}} at {{dose:20}} for now, taper once azathioprine has had time to work. three, CT chest for thymus was negative. four, avoid {{drug:ciprofloxacin}}, magnesium and other drugs on the myasthenia list, she has the card. next visit about six weeks, around the [[DATE:fourteenth of april]]. copy to doctor [[NAME:bongani zulu]] at her family practice. end of dictation.
""", summary="""
[[NAME:Thandiwe Ndlovu]], {{age:41}}, with generalized myasthenia gravis is improving ({{score:MG-ADL 6}}) on {{drug:pyridostigmine}} and {{drug:prednisone}}; {{drug:azathioprine}} was started on [[DATE:march third twenty twenty five]].
"""),

    dict(style="stroke_discharge_summary", note="""
DISCHARGE SUMMARY - Stroke Service
Patient: [[NAME:Dewi Lestari Kusumawardhani]]    MRN: [[MRN:7004419]]    FIN: [[MRN:25-0083341]]
Admitted: [[DATE:01/27/2025]]    Discharged: [[DATE:02/03/2025]]
Attending: [[NAME:Michael Brennan]], MD

Diagnoses: acute R MCA cardioembolic infarct; new paroxysmal atrial fibrillation; HTN; hypothyroidism.

Hospital course: {{age:69}}F presented [[DATE:1/27]] with L hemiparesis and neglect, {{score:NIHSS 9}}. Received {{drug:alteplase}} {{dose:0.9 mg/kg}} (total {{dose:58 mg}}) at 16:05; no LVO. MRI: R insular and frontal operculum infarcts, no hemorrhage on 24 h imaging. Telemetry showed paroxysmal AF. {{score:CHA2DS2-VASc 5}}, {{score:HAS-BLED 2}}. Started {{drug:apixaban}} ({{drug:Eliquis}}) {{dose:5 mg}} BID on hospital day 4 given moderate infarct size. LDL 141 -> {{drug:atorvastatin}} {{dose:80 mg}}. TSH normal on {{drug:levothyroxine}}. Swallow evaluation: regular diet.
Discharge exam: mild L arm weakness {{score:4/5}}, neglect resolved. {{score:NIHSS 3}}, {{score:mRS 3}}.

Discharge meds: {{drug:Eliquis}} {{dose:5 mg}} BID; {{drug:atorvastatin}} {{dose:80 mg}} daily; {{drug:metoprolol succinate}} {{dose:25 mg}} daily; {{drug:levothyroxine}} {{dose:75 mcg}} daily. STOPPED: {{drug:aspirin}}.
Disposition: Sunrise Acute Rehabilitation.
Follow-up: Stroke clinic, Dr. [[NAME:Brennan]], [[DATE:3/4/25]] at 2:30 PM; Cardiology, Dr. [[NAME:Arief Santoso]], in 4 weeks; PCP within 2 weeks.
Contact / HCP: daughter [[NAME:Putri]] [[PHONE:(510) 555-0137]].
""", summary="""
[[NAME:Dewi Lestari Kusumawardhani]], {{age:69}}, was treated with {{drug:alteplase}} for a R MCA cardioembolic stroke with new AF, started on {{drug:Eliquis}}, and discharged to rehab on [[DATE:02/03/2025]] with stroke clinic follow-up on [[DATE:3/4/25]].
"""),

    dict(style="rheumatology_clinic_gout", note="""
Rheumatology clinic note - [[DATE:2024-08-13]]
Patient: [[NAME:Sipho Mthembu]]     Age {{age:58}}     Ref: Dr. [[NAME:Precious Dlamini]] (PCP)

Reason: recurrent gout, tophi.
Mr. [[NAME:Mthembu]] reports 5 flares in the past 12 months (podagra x3, L knee x1, R wrist x1), each treated with {{drug:prednisone}} bursts from urgent care. Has been on {{drug:allopurinol}} {{dose:100 mg}} since March but takes it "when the foot hurts". Drinks 3-4 beers on weekends. CKD 3a. On {{drug:HCTZ}} {{dose:25 mg}} for BP.
Exam: {{vital:BP 146/92}}. Tophi R olecranon and L 1st MTP. No active synovitis today.
Labs: {{lab:urate 9.8 mg/dL}}, {{lab:Cr 1.4}}, {{lab:eGFR 56}}, {{lab:ALT 31}}.
Assessment: chronic tophaceous gout, not at target.
Plan:
- {{drug:allopurinol}} take daily; increase to {{dose:200 mg}} now, then by {{dose:100 mg}} q4wk to reach {{lab:urate <6}} (<5 while tophi present)
- flare prophylaxis {{drug:Colcrys}} {{dose:0.6 mg}} daily x 6 mo
- swap {{drug:HCTZ}} for {{drug:losartan}} {{dose:50 mg}} (uricosuric) - message to Dr. [[NAME:Dlamini]]
- flare plan: {{drug:colchicine}} {{dose:1.2 mg}} then {{dose:0.6 mg}} 1 h later at first twinge
- if refractory, {{drug:Krystexxa}} could be considered later
Son [[NAME:Gift]] came with him and will help with pillbox.
RTC 3 mo with urate.
[[NAME:Laura Brandt]], MD
""", summary="""
[[NAME:Sipho Mthembu]], {{age:58}}, has tophaceous gout with {{lab:urate 9.8 mg/dL}}; on [[DATE:2024-08-13]] {{drug:allopurinol}} was increased with {{drug:Colcrys}} prophylaxis and {{drug:HCTZ}} was swapped for {{drug:losartan}}.
"""),

    dict(style="tb_contact_investigation", note="""
TB CLINIC - CONTACT INVESTIGATION
Index case: [[NAME:Ram Bahadur Gurung]], {{age:52}}M, smear+ cavitary pulmonary TB, dx [[DATE:9/16/24]], County case # [[MRN:TB24-0391]]
Household: [[ADDRESS:1450 Elm Grove Dr Apt 3C]], [[ADDRESS:Aurora, CO 80012]]
Index on RIPE since [[DATE:9/18]] by video DOT ([[NAME:Kritika Shrestha]], outreach): {{drug:rifampin}} {{dose:600 mg}}, {{drug:isoniazid}} {{dose:300 mg}}, {{drug:pyrazinamide}} {{dose:1500 mg}}, {{drug:ethambutol}} {{dose:1200 mg}}, {{drug:pyridoxine}} {{dose:50 mg}}. Sputum culture pan-sensitive.

Name                 | Rel.      | Age | IGRA          | CXR   | Plan
[[NAME:Sita Gurung]]          | wife      | {{age:49}}  | pos           | clear | LTBI: 3HP x12 wk
[[NAME:Anish Gurung]]         | son       | {{age:19}}  | neg           | -     | repeat IGRA 8 wk post-exposure
[[NAME:Manisha Gurung]]       | daughter  | {{age:15}}  | pos           | clear | LTBI: 4R {{drug:rifampin}}
[[NAME:Aarav Gurung]]         | grandson  | {{age:3}}   | TST 0 mm      | clear | window prophylaxis {{drug:INH}} {{dose:10 mg/kg}}
[[NAME:Hari Prasad Gurung]]   | father    | [[AGE:91]]  | indeterminate | clear | symptom screen q3mo, repeat IGRA

Notes: Nepali interpreter used for all family. Father ([[AGE:91]], diabetic) declined LTBI treatment after discussion of hepatotoxicity risk; daughter-in-law [[NAME:Sita]] will call for cough, fever or weight loss.
Next visit: [[DATE:Nov 25]] (repeat IGRA for [[NAME:Anish]] and [[NAME:Hari Prasad]]).
-- [[NAME:Laxmi Karki]], RN, TB Program     [[PHONE:303-555-0119]]
""", summary="""
Contact investigation for [[NAME:Ram Bahadur Gurung]]'s smear-positive TB found LTBI in [[NAME:Sita]] and [[NAME:Manisha Gurung]], started window prophylaxis for {{age:3}}-year-old [[NAME:Aarav]], and arranged repeat IGRA for [[NAME:Anish]] and the [[AGE:91]]-year-old father on [[DATE:Nov 25]].
"""),

    dict(style="ms_infusion_visit", note="""
MS Center - {{drug:Ocrevus}} infusion visit           [[DATE:22 May 2025]]
Patient: [[NAME:Dilrukshi Wickramasinghe]]     DOB [[DATE:1985-11-08]]     MRN [[MRN:2209913]]
Dx: RRMS (2017). Infusion #5.

Interval: no relapses. Intermittent {{eponym:Lhermitte}} sign with neck flexion, {{eponym:Uhthoff}} phenomenon in hot weather. Fatigue manageable. Works full time (bank).
{{score:EDSS 2.0}}, unchanged. MRI brain/C-spine 1/2025: stable, no new T2 or enhancing lesions.
Labs: {{lab:IgG 780}}, {{lab:ALC 1.4}}, {{lab:ANC 3.9}}. Hep B screening neg previously.
Premeds 0915: {{drug:methylprednisolone}} {{dose:100 mg}} IV, {{drug:Benadryl}} {{dose:50 mg}} PO, {{drug:acetaminophen}} {{dose:650 mg}} PO.
{{drug:Ocrevus}} {{dose:600 mg}} IV started 0950.
Vitals: pre {{vital:BP 118/76}} {{vital:HR 70}} {{vital:T 36.8}}; 1 h {{vital:BP 112/70}} {{vital:HR 76}} (CP)
1105: c/o throat itching at {{dose:200 mL/h}} -> slowed to {{dose:100 mL/h}}, {{drug:famotidine}} {{dose:20 mg}} IV; resolved by 1125. Completed 1410, observed 1 h, discharged ambulatory.
Next infusion due [[DATE:11/18/25]]; flu shot okay 2+ wk before.
RN: [[NAME:Chaminda Perera]], RN ([[NAME:CP]])     Provider: [[NAME:Anusha Jayawardena]], PA-C
""", summary="""
[[NAME:Dilrukshi Wickramasinghe]] received her fifth {{drug:Ocrevus}} {{dose:600 mg}} infusion on [[DATE:22 May 2025]] with a mild infusion reaction that resolved after slowing the rate. Her MS is stable at {{score:EDSS 2.0}}.
"""),

    dict(style="endocrine_consult_recs", note="""
ENDOCRINE CONSULT - Recommendations (inpatient)
Question: hypokalemia, resistant HTN and new hyperglycemia - ? {{eponym:Cushing}} syndrome

Key findings: {{lab:K 2.9}} despite KCl, {{lab:glucose 312}}, {{lab:HCO3 31}}, {{vital:BP 172/98}} on 3 agents. Proximal weakness (can't rise from chair without arms), wide violaceous abdominal striae, easy bruising, facial plethora. Not on exogenous steroids (confirmed with pharmacy fill history, no {{drug:Decadron}}, no inhaled or topical steroids).

Recommendations:
1. {{dose:1 mg}} overnight {{drug:dexamethasone}} suppression test: {{drug:dexamethasone}} {{dose:1 mg}} PO at 2300, serum cortisol + dex level at 0800.
2. Late-night salivary cortisol x2 (kit to bedside).
3. 24 h urine free cortisol.
4. ACTH with AM cortisol.
5. Replete K to > 4.0; {{drug:spironolactone}} {{dose:25 mg}} daily is reasonable now (also helps BP).
6. Insulin per primary team; basal-bolus, expect high requirements.
7. If ACTH-dependent: pituitary MRI, then IPSS if MRI negative or lesion < 6 mm. If very high ACTH with rapid onset, CT chest/abdomen for ectopic source.
Not consistent with {{eponym:Addison}} disease or primary hyperaldosteronism alone, though renin/aldosterone can be sent.
Endocrine will follow. Page fellow on call with results.
""", summary="""
Endocrinology recommended a full {{eponym:Cushing}} syndrome work-up (overnight {{drug:dexamethasone}} suppression, salivary and urine cortisol, ACTH) for hypokalemia, resistant hypertension and hyperglycemia, with potassium repletion and {{drug:spironolactone}}.
"""),

    dict(style="id_secure_chat", note="""
Secure Chat - "OPAT / ID" thread                               [[DATE:06/11/2025]]

[[NAME:mkalala2]] ([[NAME:Marie-Claire Kalala]], PharmD)  09:12
Morning. [[NAME:Jean-Pierre Mukendi Tshibangu]] (MRN [[MRN:8830021]]) - vanc AUC 640 off yesterday's levels and {{lab:Cr 1.1}} -> {{lab:1.6}}. Holding tonight's dose. OK to switch?

[[NAME:bokeefe]] ([[NAME:Brendan O'Keefe]], MD)  09:20
yes - {{drug:dapto}} {{dose:8 mg/kg}} q24, baseline CK, stop vanc. He's on {{drug:Crestor}}, hold it while on dapto.

[[NAME:mkalala2]]  09:24
Done. Infusion co needs a new signed order - sent to your inbox. Their intake liaison is [[EMAIL:intake.liaison@carewell-infusion.com]], fax [[PHONE:312-555-0196]].

[[NAME:bokeefe]]  09:31
Signed. Pls let the daughter know, [[NAME:Élodie]] is the contact (French or English), [[EMAIL:elodie.tshibangu@yahoo.fr]], cell [[PHONE:+1 312 555 0128]]. She asked that we not call his landline.

[[NAME:nilunga]] ([[NAME:Nadège Ilunga]], RN OPAT)  10:02
Reached [[NAME:Élodie]]. Dad's PICC dressing was changed Friday, site clean. Next labs [[DATE:Mon 6/16]], I added CK. [[NAME:JP]] asked if he can still go to church Sunday - told him yes.
""", summary="""
On [[DATE:06/11/2025]] the OPAT team switched [[NAME:Jean-Pierre Mukendi Tshibangu]] from vancomycin to {{drug:dapto}} {{dose:8 mg/kg}} for a high AUC and rising {{lab:Cr 1.6}}, holding {{drug:Crestor}}; his daughter [[NAME:Élodie]] was informed and labs are due [[DATE:Mon 6/16]].
"""),

    dict(style="headache_clinic", note="""
HEADACHE CLINIC - NEW CONSULT
[[NAME:Nurul Aisyah binti Ahmad Fauzi]], {{age:34}} F      MRN [[MRN:5518340]]      [[DATE:2/10/2025]]
Referred by Dr. [[NAME:Mohd Hafiz bin Ismail]] (PCP). Husband [[NAME:Faizal]] present.

Chronic migraine since her 20s, worse after second child. 18 headache days/month, ~10 with migraine features (L > R throbbing, photophobia, nausea), visual aura a few times a year. {{score:MIDAS 42}} (grade IV), {{score:HIT-6 66}}.
Preventives tried: {{drug:topiramate}} (paresthesias, word-finding trouble), {{drug:amitriptyline}} {{dose:25 mg}} (too sedating), {{drug:propranolol}} (lightheaded, baseline BP low).
Acute: {{drug:sumatriptan}} {{dose:100 mg}} ~12 days/month + {{drug:ibuprofen}} - medication overuse likely.
Exam: {{vital:BP 104/68}}. Fundi sharp, no papilledema. Neuro exam normal; old R {{eponym:Bell}} palsy (2021) fully resolved.
Plan:
1. {{drug:Botox}} {{dose:155 units}} per PREEMPT, 31 sites q12 wk - PA submitted (member ID [[MRN:MYH55829103]]).
2. {{drug:Aimovig}} {{dose:70 mg}} SC monthly, start once approved.
3. Limit triptan to 2 days/week; {{drug:Nurtec}} {{dose:75 mg}} ODT as alternate acute.
4. Ramadan begins late Feb - discussed hydration, caffeine taper before fasting, timing of {{drug:Aimovig}} (injection doesn't break the fast per her imam).
5. Headache diary app.
She will be visiting family in [[ADDRESS:Kuala Lumpur]] until [[DATE:4/15]]; WhatsApp [[PHONE:+60 12-384 7721]] if needed.
RTC 3 months. - [[NAME:Kaveh Ansari]], MD
""", summary="""
[[NAME:Nurul Aisyah binti Ahmad Fauzi]], {{age:34}}, has chronic migraine with medication overuse after failing three preventives; {{drug:Botox}} and {{drug:Aimovig}} were requested on [[DATE:2/10/2025]].
"""),

    dict(style="rheumatology_inpatient_consult", note="""
RHEUMATOLOGY CONSULT
Pt: [[NAME:Eleanor Fitzgerald-Hayes]] - age [[AGE:91]] - MRN [[MRN:1057332]]
Reason: ? giant cell arteritis

HPI: [[AGE:Ninety-one]]-year-old woman from assisted living (Brookhaven Manor), 3 weeks of new R temporal headache, jaw claudication with chewing, scalp tenderness when brushing hair, and one episode of transient blurred vision in the R eye on Sunday. Also shoulder and hip girdle stiffness x2 mo. {{lab:ESR 96}}, {{lab:CRP 74}}, {{lab:plt 512}}.
Exam: tender, nodular R temporal artery with reduced pulse. VA {{score:20/40}} OD, {{score:20/30}} OS (baseline per daughter). No RAPD. Fundi: no pallor.
Impression: probable GCA with PMR features; visual symptom = urgent.
Plan:
1. {{drug:Prednisone}} {{dose:60 mg}} daily, started this afternoon - do not wait for biopsy. If visual loss recurs: {{drug:methylprednisolone}} {{dose:1 g}} IV daily x3.
2. Temporal artery US today; R TA biopsy with Dr. [[NAME:Farid Haddad]] tomorrow (within 1-2 wks of steroids is fine).
3. Steroid-sparing: {{drug:Actemra}} {{dose:162 mg}} SC weekly once biopsy done.
4. {{drug:Bactrim}} SS daily (PJP), {{drug:pantoprazole}} {{dose:40 mg}}, Ca/vit D, bone health - already on {{drug:alendronate}}.
5. Glucose checks, watch for delirium.
Daughter [[NAME:Joy Whitaker]] (HCP) updated by phone [[PHONE:413-555-0160]]; she will bring her mother's glasses.
[[NAME:L. Chua]], MD / rheum fellow
""", summary="""
[[NAME:Eleanor Fitzgerald-Hayes]], [[AGE:91]], has probable giant cell arteritis with a transient visual symptom and was started on {{drug:prednisone}} {{dose:60 mg}} before temporal artery biopsy; her daughter [[NAME:Joy Whitaker]] was updated.
"""),

    dict(style="opat_clinic_visit", note="""
ID/OPAT Clinic Visit - [[DATE:Tuesday 4/22/2025]]
[[NAME:Liu Jianhua]] ("[[NAME:Jim]]"), {{age:61}}M, MRN [[MRN:6603188]], here with son [[NAME:Liu Wei]].

Problem: R 2nd toe osteomyelitis, s/p R 2nd ray amputation [[DATE:3/28]] by podiatry (Dr. [[NAME:Colin McAteer]]); proximal bone margin + for residual osteo. Cx: E. coli (ESBL) + Enterococcus faecalis.
Abx: {{drug:ertapenem}} {{dose:1 g}} IV q24h (day 1 = [[DATE:4/1]]) + {{drug:amoxicillin}} {{dose:500 mg}} PO TID. Plan 6 wk -> end [[DATE:5/13]].
Tolerating well; mild loose stools, no C. diff sx. Wound VAC changed MWF by home RN, granulating.
Exam: {{vital:T 36.9}}, {{vital:BP 134/78}}. Incision with healthy granulation, no probe to bone, no erythema. Pedal pulses diminished (known PAD).
Labs: {{lab:WBC 7.1}}, {{lab:ESR 44}} (from 90), {{lab:CRP 9}} (from 58), {{lab:Cr 1.0}}, {{lab:A1c 7.6%}} (from 10.2%).
Plan: continue to [[DATE:5/13]], pull PICC then. Glucose control much better - keep working with endo. Offloading shoe. Vascular f/u for angiogram.
Son asks to receive updates by email ([[EMAIL:liuwei.eng@outlook.com]]); patient agrees. Son flies back to [[ADDRESS:Shenzhen]] next month.
[[NAME:Hye-jin Yoon]], MD, Infectious Diseases
""", summary="""
[[NAME:Liu Jianhua]], {{age:61}}, is doing well on {{drug:ertapenem}} plus {{drug:amoxicillin}} for residual toe osteomyelitis after ray amputation, with falling inflammatory markers; therapy ends [[DATE:5/13]].
"""),
]
