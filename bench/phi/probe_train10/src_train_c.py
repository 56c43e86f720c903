NOTES = [
    dict(style="neurology_clinic_letter", note="""
Northfield Neurosciences - Movement Disorders Clinic
Dictated: [[DATE:14 March 2025]]    Typed: [[DATE:19/03/2025]]

Dr. [[NAME:Anselm O'Rourke]]
Riverside Family Practice
[[ADDRESS:212 Calloway Street, Bexley, OH 43209]]

Re: [[NAME:Gerald PARKINSON]]    DOB [[DATE:04/11/1949]]    MRN [[MRN:6620184]]

Dear Dr [[NAME:O'Rourke]],

Thank you for asking me to see Mr [[NAME:Parkinson]], a {{age:75}}-year-old retired surveyor, who came with his wife [[NAME:Lorraine]]. He told me that with his surname he had "been expecting this diagnosis for years", so I was glad to be able to reassure him. He describes a bilateral action tremor of both hands for about eight years, worse carrying a cup of tea and noticeably better after a glass of wine. [[NAME:Lorraine]] first noticed it at their daughter's wedding in [[ADDRESS:Paris]] two years ago.

On examination there is a symmetric postural and kinetic tremor with no rest tremor, normal tone and no bradykinesia on finger or foot tapping. Gait and arm swing are normal, {{eponym:Romberg}} is negative and the pull test is normal. {{vital:BP 138/82}} seated, {{vital:BP 134/80}} standing. {{score:MoCA 28/30}}.

Impression: essential tremor. I do not see features of {{eponym:Parkinson}} disease and have not requested a {{drug:DaTscan}}. His asthma makes me wary of {{drug:propranolol}}, so I have started {{drug:primidone}} {{dose:25 mg}} at night, increasing by {{dose:25 mg}} weekly to {{dose:125 mg}} at night as tolerated.

I will see him again in about four months; my secretary [[NAME:Bev Talbot]] can be reached on [[PHONE:(614) 555-0187]] if anything changes before then.

Yours sincerely,

Dr [[NAME:Imogen Hale]], MD
Consultant Neurologist
cc: Mr [[NAME:Gerald Parkinson]], [[ADDRESS:48 Wren Hollow Lane, Gahanna, OH 43230]]
""", summary="""
[[NAME:Gerald Parkinson]], {{age:75}}, was seen by Dr [[NAME:Imogen Hale]] on [[DATE:14 March 2025]] and has essential tremor rather than {{eponym:Parkinson}} disease. {{drug:Primidone}} {{dose:25 mg}} nightly was started with titration.
"""),

    dict(style="neurology_consult", note="""
NEUROLOGY CONSULT NOTE
Patient: [[NAME:Chelsea Duffy-Amankwah]]    MRN: [[MRN:00417752]]    CSN: [[MRN:88120945116]]
Date of service: [[DATE:Sat 02/08/2025]]
Requesting: ED, Dr. [[NAME:Wen]]
Consultant: [[NAME:Orla Bell]], MD (neurology, pager [[PHONE:4471]])

HPI: {{age:34}} y/o woman, G2P1 at 28 wks, woke this morning with drooping of the R side of her face and drooling when drinking coffee. R ear ache since Thursday. No limb weakness, no diplopia, no vesicles in the ear canal. Her partner [[NAME:Marcus]] drove her in.

Exam: {{vital:BP 118/72}}, {{vital:HR 88}}, afebrile. Complete R facial weakness including forehead; cannot fully close R eye ({{eponym:Bell}} phenomenon present). {{score:House-Brackmann grade IV}}. Reduced taste R anterior tongue, hyperacusis R. Other cranial nerves intact, strength {{score:5/5}} x4, reflexes 2+ symmetric, no drift.

A/P: R {{eponym:Bell}} palsy (peripheral CN VII). No features of stroke or {{eponym:Ramsay Hunt}} syndrome.
- {{drug:prednisone}} {{dose:60 mg}} daily x 5 days then 5-day taper; discussed with OB Dr. [[NAME:Farah Siddiqui]], ok in pregnancy, will check glucose
- eye protection: lubricating drops by day, ointment and tape R eye at night
- no imaging needed unless no recovery by 3 months
- neuro clinic f/u 2-3 wks; pt to call [[PHONE:555-302-8810]] for appt
Ms. [[NAME:Duffy-Amankwah]] understands and agrees.
-- [[NAME:O. Bell]]
""", summary="""
[[NAME:Chelsea Duffy-Amankwah]], a pregnant {{age:34}}-year-old, was diagnosed with right {{eponym:Bell}} palsy by Dr [[NAME:Orla Bell]] on [[DATE:02/08/2025]] and started on {{drug:prednisone}} {{dose:60 mg}} with eye protection.
"""),

    dict(style="endocrinology_clinic_letter", note="""
ENDOCRINOLOGY & DIABETES CENTRE
[[ADDRESS:1150 Harbour Road, Suite 4B, Halifax, NS B3J 2K9]]
Phone [[PHONE:902-555-0143]]   Fax [[PHONE:902-555-0199]]

[[DATE:April 22, 2025]]

Dr. [[NAME:Priyanka Venkataraman]]
North End Community Health

RE: [[NAME:GRAVES, Marjorie Ann]]   HCN [[MRN:4471 203 918]]   DOB [[DATE:1961-09-30]]

Mrs. [[NAME:Graves]] returns six weeks after starting treatment for {{eponym:Graves}} disease ({{lab:TRAb 8.4 IU/L}}). She feels considerably better: palpitations have settled, weight is up 2 kg and she is sleeping through. Her daughter [[NAME:Florence]] came with her and mentioned that a family trip to [[ADDRESS:Florence]] in June is one reason she is keen to get things settled.

Labs [[DATE:Apr 17]]: {{lab:free T4 24 pmol/L}} (was 58), {{lab:TSH <0.01}}, {{lab:ALT 22}}, {{lab:WBC 5.9}}, {{lab:neutrophils 3.1}}.
Exam: {{vital:HR 76}}, {{vital:BP 126/74}}, tremor gone, small diffuse goitre with bruit, mild lid retraction, {{score:CAS 1/7}}.

Plan:
1. Reduce {{drug:methimazole}} from {{dose:20 mg}} to {{dose:10 mg}} daily.
2. Stop {{drug:propranolol}}.
3. Selenium for mild orbitopathy for six months.
4. Agranulocytosis warning repeated: sore throat or fever - stop the tablets and get a CBC the same day.
5. Repeat thyroid function in 6 weeks; review [[DATE:Tuesday June 3]].

With best wishes,

[[NAME:Tobias Lindqvist-Haugen]], MD FRCPC
[[NAME:TLH]]/[[NAME:mk]]
""", summary="""
[[NAME:Marjorie Ann Graves]] is improving on {{drug:methimazole}} for {{eponym:Graves}} disease; the dose was reduced to {{dose:10 mg}} and review is set for [[DATE:June 3]].
"""),

    dict(style="endocrinology_consult", note="""
Endocrinology Outpatient Consultation - Adrenal
Name: [[NAME:CUSHING, ADELAIDE R]]       MRN [[MRN:3309127]]       Visit [[DATE:11-Feb-2025]]
Referring: [[NAME:Jonah Reyes-Whitlock]], NP (urgent care)

Reason for referral: 2.8 cm left adrenal incidentaloma on CT done for renal colic.

Ms. [[NAME:Cushing]] is a {{age:58}}yo woman who moved here from [[ADDRESS:Adelaide]] in 2019. She is aware she is being tested to rule out {{eponym:Cushing}} syndrome and asked me to document "no relation". No easy bruising, no proximal weakness, no new striae, weight stable. T2DM for 6 years on {{drug:Janumet}} {{dose:50/1000 mg}} BID, {{lab:A1c 7.4%}}. HTN on {{drug:amlodipine}} {{dose:10 mg}}. No palpitations or episodic headaches.

Exam: {{vital:BP 152/94}}, {{vital:HR 78}}, BMI 31. No violaceous striae, no dorsocervical fat pad, no facial plethora.
CT: 2.8 x 2.2 cm, smooth, {{lab:unenhanced attenuation 24 HU}}, no washout series.

Assessment: indeterminate adrenal incidentaloma; HTN and diabetes make autonomous cortisol secretion worth excluding.
Plan:
- {{dose:1 mg}} overnight {{drug:dexamethasone}} suppression test (11 pm dose, 8 am cortisol)
- plasma free metanephrines
- aldosterone/renin ratio
- adrenal-protocol CT with washout
Results go to MyChart; she prefers calls to her mobile [[PHONE:+61 412 555 873]] or e-mail [[EMAIL:a.r.cushing@fastmail.com]].

Seen with Dr. [[NAME:Wilson]] (endocrine fellow).
[[NAME:Hamid bin Yusof]], MD
""", summary="""
[[NAME:Adelaide Cushing]], {{age:58}}, was seen on [[DATE:11-Feb-2025]] for a left adrenal incidentaloma; a {{drug:dexamethasone}} suppression test, metanephrines and washout CT were ordered to exclude {{eponym:Cushing}} syndrome and other hormone excess.
"""),

    dict(style="hepatology_clinic_letter", note="""
Liver Unit - Young Adult Clinic        [[DATE:Thursday, 9 January 2025]]
Patient: [[NAME:Jordan T. Wilson]] | DOB [[DATE:07.06.2002]] | Hosp. No. [[MRN:K4418203]]

Dear Dr [[NAME:Nakamura-Price]],

I reviewed [[NAME:Jordan]] in clinic today with his mother. As you know he presented with {{lab:ALT 212}}, a low {{lab:caeruloplasmin 0.09 g/L}} and {{lab:24-h urinary copper 3.1 umol}}. Slit-lamp examination by Mr [[NAME:Adeyemi]] confirmed {{eponym:Kayser-Fleischer}} rings, and the biopsy showed {{lab:hepatic copper 610 ug/g}} dry weight. The diagnosis of {{eponym:Wilson}} disease is secure ({{score:Leipzig score 6}}).

He started {{drug:trientine}} {{dose:300 mg}} three times daily two weeks ago and is tolerating it. He understands it must be taken on an empty stomach and that missed doses matter. Neurologically he is normal; handwriting unchanged.

His mother [[NAME:Rosalind]] asked about the siblings. His brother [[NAME:Austin]] ({{age:19}}) lives in [[ADDRESS:Austin, Texas]]; I have written to Dr [[NAME:Marisol Quintanilla]] there to arrange screening. His sister [[NAME:Georgia]] ({{age:15}}) will be screened by paediatric hepatology here.

Follow-up in three months with bloods and 24-hour urine in between. The liver nurse specialists can be contacted on [[PHONE:0113 496 0721]].

Yours sincerely,
Dr [[NAME:H. Oyelaran-Smith]]
Consultant Hepatologist
Copy: Mr [[NAME:Jordan Wilson]]; Mrs [[NAME:Rosalind Wilson]] (mother, with consent)
""", summary="""
[[NAME:Jordan Wilson]] has confirmed {{eponym:Wilson}} disease and is tolerating {{drug:trientine}} {{dose:300 mg}} three times daily; his siblings [[NAME:Austin]] and [[NAME:Georgia]] are being screened.
"""),

    dict(style="operative_note", note="""
OPERATIVE REPORT
Patient: [[NAME:MILLER, THADDEUS J]]        MRN: [[MRN:20-558-1174]]        DOS: [[DATE:05/13/2025]]
Surgeon: [[NAME:Corinne Adebayo-Falk]], MD
Assistant: [[NAME:Nathaniel Whipple]], MD (PGY-4)
Anesthesia: [[NAME:S. Kowalczyk]], MD / [[NAME:D. Ferreira]], CRNA

Preoperative diagnosis: Pancreatic head adenocarcinoma, resectable, s/p neoadjuvant {{drug:FOLFIRINOX}}.
Postoperative diagnosis: Same.
Procedure: Pylorus-preserving pancreaticoduodenectomy ({{eponym:Whipple}}); cholecystectomy; feeding jejunostomy.
Findings: 3 cm firm mass in the pancreatic head. No peritoneal or hepatic metastases. SMV/PV free of tumor. Soft gland, 3 mm duct.
EBL: 450 mL. Fluids: 3.2 L crystalloid. UOP: 380 mL via {{eponym:Foley}}.
Drains: two 19 Fr {{eponym:Blake}} drains.

Description: Mr. [[NAME:Miller]] was identified in pre-op holding and consent confirmed. After induction, intubation required a {{eponym:Miller}} 2 blade after a {{score:Cormack-Lehane grade 3}} view with a Mac 3. Upper midline incision. Diagnostic survey negative for metastatic disease. Wide {{eponym:Kocher}} maneuver. The gastroduodenal artery was test-clamped with preserved hepatic arterial flow, then ligated. The neck of the pancreas was divided over the SMV and the uncinate dissected off the SMA. Frozen section of the pancreatic neck and bile duct margins: negative. Reconstruction: duct-to-mucosa pancreaticojejunostomy ({{eponym:Blumgart}}), end-to-side hepaticojejunostomy, antecolic duodenojejunostomy. Feeding jejunostomy placed. Drains placed near both anastomoses.

Dr. [[NAME:Adebayo-Falk]] was present and scrubbed for the entire procedure.
Dictated by [[NAME:N. Whipple]], MD for [[NAME:C. Adebayo-Falk]], MD   [[DATE:5/13/25]] 16:42
""", summary="""
[[NAME:Thaddeus Miller]] underwent a pylorus-preserving {{eponym:Whipple}} procedure for pancreatic head adenocarcinoma on [[DATE:05/13/2025]], with negative frozen-section margins.
"""),

    dict(style="radiology_report", note="""
FDG PET/CT SKULL BASE TO MID-THIGH
Patient: [[NAME:LAMBERT, PHOENIX]]   Sex: M   DOB: [[DATE:2005-12-19]]   MRN: [[MRN:7731055]]   Acc#: [[MRN:PET-25-0041187]]
Exam date: [[DATE:06/24/2025]]
Ordering: [[NAME:Eleanor Hodgkin]], MD, Hematology/Oncology

CLINICAL INDICATION: {{age:19}} yo male with newly diagnosed classical {{eponym:Hodgkin}} lymphoma, nodular sclerosis, on excisional biopsy of a left supraclavicular node. Initial staging.
TECHNIQUE: {{dose:11.2 mCi}} F-18 FDG IV; {{lab:fasting glucose 94 mg/dL}}; uptake time 62 min.
COMPARISON: CT chest [[DATE:6/11/2025]].

FINDINGS:
Neck: FDG-avid left supraclavicular and level IV nodes, largest 2.4 cm, {{lab:SUVmax 11.8}}.
Chest: Bulky anterior mediastinal mass 8.9 x 6.1 cm, {{lab:SUVmax 14.2}}. Small left pleural effusion without uptake. Lungs clear.
Abdomen/pelvis: No FDG-avid nodes below the diaphragm. Spleen normal in size without focal uptake. Liver {{lab:SUVmean 2.1}}; mediastinal blood pool {{lab:SUVmean 1.6}}.
Bone marrow: diffuse mildly increased uptake, likely reactive; no focal lesions.

IMPRESSION:
1. FDG-avid lymphoma in the left neck and anterior mediastinum, bulky; {{score:Lugano stage II}}.
2. No infradiaphragmatic, splenic or focal marrow disease.
3. Liver and blood pool reference values recorded for interim {{eponym:Deauville}} comparison.

Findings discussed with Dr. [[NAME:Hodgkin]] by phone at 14:10 on [[DATE:6/24]].
Electronically signed: [[NAME:Rafael de la Peña]], MD   [[DATE:06/24/2025]] 14:32
""", summary="""
Staging PET/CT on [[DATE:06/24/2025]] for [[NAME:Phoenix Lambert]], {{age:19}}, showed bulky supradiaphragmatic classical {{eponym:Hodgkin}} lymphoma, {{score:Lugano stage II}}; results were phoned to Dr [[NAME:Hodgkin]].
"""),

    dict(style="pathology_report", note="""
SURGICAL PATHOLOGY REPORT                               Accession: [[MRN:S25-18830]]
Patient: [[NAME:SOLÍS-ECHEVERRÍA, ROSA M]]    MRN [[MRN:1049926]]    DOB [[DATE:08/02/1957]] (Age: {{age:67}})
Collected: [[DATE:03/04/2025]]   Received: [[DATE:03/04/2025]]   Reported: [[DATE:03/07/2025]]
Submitting physician: [[NAME:Declan Barrett]], MD (Gastroenterology)

CLINICAL HISTORY: Chronic GERD, prior {{eponym:Mallory-Weiss}} tear (2021). Salmon-colored mucosa 38-41 cm, Prague {{score:C2M3}}. R/o {{eponym:Barrett}} esophagus.

SPECIMENS:
A. Esophagus, 40 cm, biopsy x4
B. Gastric antrum, biopsy x2

FINAL DIAGNOSIS:
A. Esophagus, 40 cm, biopsies: columnar mucosa with intestinal metaplasia (goblet cells), consistent with {{eponym:Barrett}} esophagus in the appropriate endoscopic setting. NEGATIVE for dysplasia.
B. Gastric antrum, biopsies: mild chronic inactive gastritis. Immunostain for H. pylori negative.

COMMENT: Dr. [[NAME:Barrett]] was notified of the diagnosis on [[DATE:3/7]].

GROSS: A. Four tan-pink fragments, 0.2-0.4 cm, entirely submitted in A1. B. Two tan fragments, 0.3 cm each, entirely submitted in B1.

Pathologist: [[NAME:Ines Mallory]], MD
Resident: [[NAME:K. Oduya]], MD
""", summary="""
Biopsies from [[NAME:Rosa Solís-Echeverría]] on [[DATE:03/04/2025]] showed {{eponym:Barrett}} esophagus without dysplasia and mild chronic gastritis; Dr [[NAME:Barrett]] was notified.
"""),

    dict(style="endoscopy_report", note="""
EGD - PROCEDURE NOTE
Indication: hematemesis after a bout of retching; on {{drug:Eliquis}} for AF; {{lab:Hgb 11.2}}.
Sedation: MAC, {{drug:propofol}} total {{dose:180 mg}}.

Findings:
- Esophagus: {{score:LA Grade A}} esophagitis distally. Non-obstructing {{eponym:Schatzki}} ring at 39 cm. No salmon-colored mucosa to suggest {{eponym:Barrett}} esophagus.
- GE junction: 1.5 cm linear {{eponym:Mallory-Weiss}} tear on the lesser curve side, clean base ({{score:Forrest III}}), no active bleeding. No intervention required.
- Stomach: 2 cm hiatal hernia. Mild antral erythema, biopsied for H. pylori.
- Duodenum: normal to D2.

Impression:
1. {{eponym:Mallory-Weiss}} tear, not actively bleeding.
2. {{score:LA Grade A}} esophagitis.
3. {{eponym:Schatzki}} ring, small hiatal hernia.

Recommendations:
- {{drug:pantoprazole}} {{dose:40 mg}} BID x 8 weeks, then daily
- hold {{drug:Eliquis}} 48 h, resume if Hgb stable
- clear liquids today, advance as tolerated
- repeat CBC in AM; follow up biopsy results
""", summary="""
EGD for hematemesis on {{drug:Eliquis}} showed a non-bleeding {{eponym:Mallory-Weiss}} tear, {{score:LA Grade A}} esophagitis and a {{eponym:Schatzki}} ring; {{drug:pantoprazole}} was started and anticoagulation held for 48 hours.
"""),

    dict(style="neuro_ophthalmology_note", note="""
Neuro-Ophthalmology Clinic - Progress Note               [[DATE:10/15/2024]]
Pt: [[NAME:Savannah Pruitt]]    MRN [[MRN:5582013]]
Attending: [[NAME:Elias Horner]], MD    Fellow: [[NAME:Yuki Tanabe]], MD

S: {{age:41}}F returns 3 mo after L internal carotid dissection (neck pain began after a rollercoaster ride on a weekend trip to [[ADDRESS:Savannah]]). Still notices her L lid "sitting low" in photos. Headaches resolved. Taking {{drug:aspirin}} {{dose:81 mg}} daily.

O: VA {{score:20/20}} OU. Pupils in dark: R 5 mm, L 3 mm; anisocoria greater in dim light, dilation lag L. L upper lid ptosis 1.5 mm with inverse ptosis of lower lid. {{drug:Apraclonidine}} 0.5% test: reversal of anisocoria. EOM full, no diplopia. Fundi normal.

A: L {{eponym:Horner}} syndrome, postganglionic, from ICA dissection. Stable; likely to persist.

P:
- continue {{drug:aspirin}} to complete 6 months per stroke neurology (Dr. [[NAME:Kwabena Asante]])
- repeat CTA neck at 6 months
- {{drug:Upneeq}} ({{drug:oxymetazoline}} 0.1%) trial if ptosis bothers her cosmetically
- RTC 6 months
[[NAME:yt]]/[[NAME:eh]]
""", summary="""
[[NAME:Savannah Pruitt]], {{age:41}}, has a stable left postganglionic {{eponym:Horner}} syndrome after carotid dissection; {{drug:aspirin}} continues and a repeat CTA is planned.
"""),

    dict(style="patient_portal_message", note="""
MyChart message - received [[DATE:Mon 3/10/2025]] 7:52 AM
From: [[NAME:Allegra Romano-Beck]]
To: Endocrinology Pool (Dr. [[NAME:Hutchins]])
Subject: sugars low after new med??

Hi Dr [[NAME:Hutchins]], since you started the {{drug:Jardiance}} my sugars in the morning are in the 70s and i felt shaky twice. Also the pharmacist said to ask if its ok to keep taking my {{drug:Allegra}} for spring allergies, the 180 one. My husband [[NAME:Pete]] thinks I should cut the {{drug:glipizide}} in half? Thanks, [[NAME:Allegra]]

Reply - [[DATE:3/10/25]] 11:18 AM - [[NAME:Dana Kowalski]], RN CDCES
Hi [[NAME:Allegra]], thanks for sending your readings. Dr. [[NAME:Hutchins]] reviewed them: please reduce {{drug:glipizide}} to {{dose:2.5 mg}} with breakfast and continue {{drug:Jardiance}} {{dose:10 mg}} daily. {{drug:Allegra}} {{dose:180 mg}} once a day is fine with your diabetes medicines. If you get a reading under {{lab:glucose 70}}, take 15 g of fast sugar and recheck in 15 minutes. Please send your log again on [[DATE:Friday 3/14]] or call us at [[PHONE:(503) 555-0126]], option 3.
- [[NAME:Dana]]
""", summary="""
[[NAME:Allegra Romano-Beck]] reported morning lows after starting {{drug:Jardiance}}; her {{drug:glipizide}} was cut to {{dose:2.5 mg}} and she was told {{drug:Allegra}} is safe to continue.
"""),

    dict(style="hepatology_clinic_note", note="""
HEPATOLOGY FOLLOW-UP
[[NAME:VILLANUEVA DE LA CRUZ, LOURDES]]    MRN [[MRN:60-33-1847]]    Enc [[MRN:E1022938475]]
Date: [[DATE:2/27/25]]

Mrs. [[NAME:Villanueva de la Cruz]] ({{age:66}}) with alcohol-associated cirrhosis, abstinent since 2022, returns with her son [[NAME:Ignacio]], who interprets (she prefers Spanish and declined a staff interpreter). She went on a church pilgrimage to [[ADDRESS:Lourdes]] in January and ran out of {{drug:lactulose}} for 5 days there; the family noticed confusion after the flight home.

Today: oriented x3, mild asterixis, small ascites. {{vital:BP 104/62}}, {{vital:HR 92}}, weight 68.4 kg (+2.1).
Labs [[DATE:2/24]]: {{lab:Na 131}}, {{lab:Cr 1.1}}, {{lab:T bili 2.8}}, {{lab:INR 1.6}}, {{lab:albumin 2.9}}, {{lab:plt 74}}. {{score:MELD-Na 19}}, {{score:Child-Pugh B9}}.

A/P:
- Hepatic encephalopathy, precipitated by missed lactulose: resume {{drug:lactulose}} {{dose:20 g}} TID, titrate to 2-3 soft BMs; add {{drug:rifaximin}} {{dose:550 mg}} BID (PA submitted)
- Ascites: {{drug:spironolactone}} {{dose:100 mg}} + {{drug:furosemide}} {{dose:40 mg}} daily; 2 g sodium diet
- HCC surveillance ultrasound due April 2025
- Refer for transplant evaluation, Dr. [[NAME:Aurelio Mendonça]]
Son's cell for updates: [[PHONE:559-555-0341]]

[[NAME:P. Stavros]], PA-C / attending [[NAME:Ruth Ann McCreary]], MD
""", summary="""
[[NAME:Lourdes Villanueva de la Cruz]], {{age:66}}, had hepatic encephalopathy after running out of {{drug:lactulose}} on a trip to [[ADDRESS:Lourdes]]; {{drug:lactulose}} was resumed, {{drug:rifaximin}} added and transplant referral made.
"""),

    dict(style="neurology_dictation", note="""
neuromuscular clinic. dictated by dr [[NAME:simone lambert]]. patient [[NAME:israel mendelsohn]], date of birth [[DATE:june fourth nineteen fifty two]], seen [[DATE:may twelfth twenty twenty five]].

mr [[NAME:mendelsohn]] is a {{age:72}} year old former smoker referred by pulmonary, dr [[NAME:okonkwo]], with four months of proximal leg weakness, dry mouth and erectile dysfunction. ct chest showed a right hilar mass, biopsy pending. on exam hip flexor strength {{score:4/5}} improving to {{score:5/5}} after sustained effort, reflexes absent at rest and present after ten seconds of contraction, that is post exercise facilitation. no ptosis. repetitive nerve stimulation at 50 hertz showed a 240 percent increment. p/q type calcium channel antibodies {{lab:VGCC 412 pmol/L}}.

impression, {{eponym:lambert-eaton}} myasthenic syndrome, very likely paraneoplastic from small cell lung cancer. discussed with his wife [[NAME:hadassah]] and daughter [[NAME:noa]] by phone at [[PHONE:773 555 0162]].

plan, start {{drug:firdapse}} {{dose:10 mg}} three times daily, expedite oncology referral, will coordinate with dr [[NAME:okonkwo]]. follow up in three weeks. end of dictation. [[NAME:sl]] slash [[NAME:jw]].
""", summary="""
Dr [[NAME:Simone Lambert]] diagnosed probable paraneoplastic {{eponym:Lambert-Eaton}} myasthenic syndrome in [[NAME:Israel Mendelsohn]], {{age:72}}, and started {{drug:Firdapse}} {{dose:10 mg}} three times daily.
"""),

    dict(style="radiology_report", note="""
XR PELVIS AP AND LEFT HIP 2 VIEWS
Pt: [[NAME:Okafor, Beatrice N.]]   DOB [[DATE:1931-11-02]]   Age: [[AGE:93]]Y   MRN [[MRN:004418920]]   Acc [[MRN:RAD8830142]]
Ordered by: [[NAME:Hollis Paget]], DO (Geriatrics)      Performed [[DATE:01/30/2025]] 09:14

HISTORY: [[AGE:93]] year old female, fall at assisted living, L hip pain. Elevated {{lab:alk phos 412}}.
COMPARISON: None available.

FINDINGS: No acute fracture or dislocation. The left hemipelvis and proximal left femur show cortical thickening, coarsened trabeculae and bony enlargement with mild lateral bowing of the femoral shaft, typical of {{eponym:Paget}} disease of bone. Thickened left iliopectineal line. No lytic or destructive component. Mild bilateral hip osteoarthritis. Vascular calcifications.

IMPRESSION:
1. No acute fracture.
2. {{eponym:Paget}} disease involving the left hemipelvis and proximal femur. Bone scan if the full extent is needed for treatment planning.

Reported to Dr. [[NAME:Paget]]'s office ([[NAME:Jill]]) at 10:02.
[[NAME:M. Al-Rashidi]], MD, Radiology
""", summary="""
Pelvic films on [[DATE:01/30/2025]] for [[NAME:Beatrice Okafor]], [[AGE:93]], showed no fracture after a fall but {{eponym:Paget}} disease of the left hemipelvis and femur, reported to Dr [[NAME:Paget]]'s office.
"""),

    dict(style="cytopathology_report", note="""
CYTOPATHOLOGY - THYROID FINE NEEDLE ASPIRATION
Patient Name: [[NAME:MARSHALL, CELESTE D]]    Med Rec #: [[MRN:77-402-913]]    Acc: [[MRN:C25-2217]]
Date obtained: [[DATE:14JAN2025]]    Physician: [[NAME:Nomvula Dlamini]], MD (Endocrinology)

SITE: Right thyroid lobe, 2.1 cm solid isoechoic nodule, {{score:TI-RADS 4}}.
CLINICAL: {{age:44}} F, {{eponym:Hashimoto}} thyroiditis on {{drug:Synthroid}} {{dose:88 mcg}}, {{lab:TSH 2.4}}.

DIAGNOSIS: Follicular neoplasm, oncocytic ({{eponym:Hürthle}} cell) type. {{score:Bethesda category IV}}.

MICROSCOPIC: Cellular aspirate composed predominantly of oncocytic cells in sheets and microfollicles, with abundant granular cytoplasm and prominent nucleoli. Scant colloid. Few background lymphocytes. No papillary nuclear features.

COMMENT: Molecular testing sent from the dedicated pass. Discussed with Dr. [[NAME:Dlamini]] [[DATE:1/16/25]].

Cytotechnologist: [[NAME:RB]]        Cytopathologist: [[NAME:Søren Aagaard]], MD
""", summary="""
Thyroid FNA from [[NAME:Celeste Marshall]], {{age:44}}, on [[DATE:14JAN2025]] showed an oncocytic ({{eponym:Hürthle}} cell) follicular neoplasm, {{score:Bethesda category IV}}, with molecular testing sent.
"""),

    dict(style="pathology_report", note="""
LYMPH NODE, LEFT CERVICAL, EXCISION:
- CLASSICAL {{eponym:HODGKIN}} LYMPHOMA, NODULAR SCLEROSIS SUBTYPE.

MICROSCOPIC: The nodal architecture is effaced by a nodular proliferation separated by broad bands of collagen. Within a mixed background of small lymphocytes, eosinophils, plasma cells and histiocytes are scattered large cells with bilobed nuclei and prominent eosinophilic nucleoli (diagnostic {{eponym:Reed-Sternberg}} cells) and numerous lacunar variants. Focal necrosis is present.

IMMUNOHISTOCHEMISTRY: Large atypical cells CD30+, CD15+ (subset), PAX5 weak+, CD20-, CD45-, CD3-, ALK-. EBER-ISH negative. Background small lymphocytes predominantly CD3+ T cells.

COMMENT: The morphology and immunophenotype support classical {{eponym:Hodgkin}} lymphoma. Nodular lymphocyte-predominant {{eponym:Hodgkin}} lymphoma and T-cell/histiocyte-rich large B-cell lymphoma are excluded by the phenotype. Intradepartmental consultation obtained; the reviewing pathologist concurs.
""", summary="""
A left cervical node excision showed classical {{eponym:Hodgkin}} lymphoma, nodular sclerosis subtype, with CD30+/CD15+ {{eponym:Reed-Sternberg}} cells.
"""),

    dict(style="gastroenterology_clinic_letter", note="""
Caprock Gastroenterology
[[DATE:August 5th, 2024]]

RE: [[NAME:Dallas R. Holmes]]    DOB: [[DATE:11/23/1990]]    Acct: [[MRN:A00928374]]

Dear Dr. [[NAME:McAllister]],

Thank you for referring [[NAME:Dallas]], a {{age:33}}-year-old long-haul driver who mostly runs the [[ADDRESS:Dallas]] to [[ADDRESS:Amarillo]] route, with 4 months of non-bloody diarrhea, RLQ pain and 9 kg weight loss. {{lab:CRP 38}}, {{lab:fecal calprotectin 890}}, {{lab:Hgb 11.4}}. Colonoscopy on [[DATE:7/29]] showed an ulcerated, narrowed terminal ileum with skip lesions; biopsies show non-caseating granulomas. MR enterography: 15 cm of active terminal ileitis with a short stricture, no abscess or fistula.

Diagnosis: ileal {{eponym:Crohn}} disease, Montreal {{score:A2 L1 B2}}, {{score:SES-CD 14}}.

Plan:
 - {{drug:Humira}} {{dose:160 mg}} week 0, {{dose:80 mg}} week 2, then {{dose:40 mg}} every 2 weeks, pending prior authorization; QuantiFERON and hepatitis B serologies negative
 - {{drug:Entocort}} {{dose:9 mg}} daily as a bridge
 - smoking cessation - he smokes a pack a day
 - he asked about his CDL; reasonable to keep driving once symptoms are controlled
His wife [[NAME:Tamsin]] can be reached at [[PHONE:806.555.0177]] as he is often on the road.

Sincerely,
[[NAME:Oluwaseun]] "[[NAME:Seun]]" [[NAME:Adeleke]], MD
cc: [[NAME:Brendan McAllister]], MD, Family Medicine; patient
""", summary="""
[[NAME:Dallas Holmes]], {{age:33}}, was diagnosed with stricturing ileal {{eponym:Crohn}} disease and will start {{drug:Humira}} with an {{drug:Entocort}} bridge once approved.
"""),

    dict(style="neurology_progress_note", note="""
Neurology Stroke Service - Progress Note, HD 3
[[DATE:Wed 11/20/24]] 07:40
Pt: [[NAME:BISHOP, AURORA]]   {{age:79}}F   Rm 614B   MRN [[MRN:3390471]]

S: No events overnight. Daughter at bedside says pt is more "like herself". Still reports L hand clumsy. Tolerating puree diet per SLP.
O: {{vital:T 37.1}} {{vital:BP 148/84}} {{vital:HR 72}} irregular {{vital:SpO2 96%}} RA
Neuro: A&Ox3, mild dysarthria, L lower facial droop, L pronator drift, L arm {{score:4/5}}, L leg {{score:4+/5}}. L {{eponym:Babinski}} upgoing. Sensation intact. {{eponym:Romberg}} deferred - not safe to stand. {{score:NIHSS 4}} (9 on admission).
Labs: {{lab:LDL 142}}, {{lab:A1c 6.9%}}, {{lab:Cr 0.9}}.
MRI: acute R MCA territory infarcts (frontal operculum, corona radiata). TTE: EF 55%, LA dilated. Tele: paroxysmal AF.

A/P: {{age:79}}F R MCA stroke, cardioembolic from new AF. {{score:CHA2DS2-VASc 6}}.
- start {{drug:Eliquis}} {{dose:5 mg}} BID on day 4 given small infarct volume
- {{drug:atorvastatin}} {{dose:80 mg}} nightly
- PT/OT recommend acute rehab; CM looking at units near her home in [[ADDRESS:Aurora, CO]] per daughter [[NAME:Meredith]] (cell [[PHONE:720-555-0194]])
Seen and discussed with attending Dr. [[NAME:Romberg]].
[[NAME:Tae-yang Kim]], MD PGY-2, pgr [[PHONE:2281]]
""", summary="""
[[NAME:Aurora Bishop]], {{age:79}}, is improving after a cardioembolic right MCA stroke ({{score:NIHSS 4}}); {{drug:Eliquis}} is to start on day 4 and rehab near [[ADDRESS:Aurora, CO]] is being arranged.
"""),

    dict(style="operative_dictation", note="""
operative note dictated by [[NAME:miriam graham]] md for patient [[NAME:sydney adams]], medical record number [[MRN:4 4 0 9 1 8 2]], date of surgery [[DATE:october third]].
preoperative diagnosis perforated duodenal ulcer. postoperative diagnosis same. procedure laparoscopic converted to open omental patch repair, {{eponym:graham}} patch, of perforated anterior duodenal ulcer with washout.
surgeon dr [[NAME:graham]]. assistant dr [[NAME:ifeoma nnaji]]. anesthesia general, dr [[NAME:petrov]].
indications, {{age:46}} year old woman taking {{drug:naproxen}} for knee pain with sudden epigastric pain this morning, free air on ct, {{vital:heart rate 118}}, {{lab:lactate 3.2}}.
description, laparoscopy showed bilious fluid in all four quadrants and a 6 millimeter perforation on the anterior wall of the first part of the duodenum. visualization was poor so we converted to an upper midline laparotomy. three 2-0 silk sutures were placed across the perforation and tied over a pedicle of omentum. leak test negative. abdomen irrigated with 6 liters of warm saline. 19 french {{eponym:blake}} drain to the right upper quadrant. fascia closed with looped pds, skin stapled. {{eponym:foley}} in place, urine output 300 cc. estimated blood loss 100 cc. extubated and taken to pacu in stable condition.
plan, ng tube, iv {{drug:pantoprazole}} {{dose:8 mg per hour}}, {{drug:zosyn}}, h pylori serology, no nsaids. her husband [[NAME:luke]] updated in the waiting room. gastrografin study postop day 3. end of dictation.
""", summary="""
Dr [[NAME:Miriam Graham]] performed an open {{eponym:Graham}} patch repair of a perforated duodenal ulcer in [[NAME:Sydney Adams]], {{age:46}}, who had been taking {{drug:naproxen}}.
"""),

    dict(style="telephone_encounter", note="""
TELEPHONE ENCOUNTER - Neurology / Sleep
Date: [[DATE:12.02.2025]]  10:05
Caller: [[NAME:Wanda Stokes]] (wife) re: [[NAME:Raymond Stokes]], DOB [[DATE:2/2/1944]]
Call back #: [[PHONE:(412) 555-0138]] (home)

Wife calling for results of the sleep study done [[DATE:2/6]]. Reviewed with Dr. [[NAME:Hargreaves]]: central sleep apnea with {{eponym:Cheyne-Stokes}} respiration, {{score:AHI 41}}, central apnea index 33, {{lab:nadir SpO2 81%}}. Pt has HFrEF (EF 25%) and a prior stroke.
Per Dr. [[NAME:Hargreaves]]: ASV is not appropriate with his EF. Plan CPAP titration study, and she will message cardiology (Dr. [[NAME:Ferraro]]) about optimizing his heart failure meds.
Mrs. [[NAME:Stokes]] asked whether his old "{{eponym:Stokes-Adams}}" fainting spells are related; explained those were a heart rhythm problem and were treated with his pacemaker in 2019.
Appt made [[DATE:Feb 19]] 1:30 pm with Dr. [[NAME:Hargreaves]]. Wife verbalized understanding.
[[NAME:Kiran Patel]], MA ([[NAME:kpatel3]])
""", summary="""
[[NAME:Raymond Stokes]]'s sleep study showed central sleep apnea with {{eponym:Cheyne-Stokes}} respiration ({{score:AHI 41}}); his wife was told a CPAP titration is planned and a visit was booked for [[DATE:Feb 19]].
"""),

    dict(style="pathology_report", note="""
LIVER, NEEDLE CORE BIOPSY
Patient: [[NAME:Kerr, Bruce A.]]    Acc: [[MRN:SP-24-77310]]    Clinician: Dr. [[NAME:Amara Nwosu-Lewis]]
Clinical: {{age:57}}M, obesity, T2DM, {{lab:ALT 96}}, {{lab:AST 71}}, elastography 11.8 kPa. Reports 2-3 drinks/week.

Adequacy: two cores, 2.2 and 1.6 cm, 14 portal tracts.

DIAGNOSIS:
- Steatohepatitis, moderately active: macrovesicular steatosis ~40%, ballooned hepatocytes with {{eponym:Mallory-Denk}} bodies, lobular inflammation.
- Fibrosis: {{score:NASH CRN stage 3}} (bridging).
- {{score:NAS 6/8}} (steatosis 2, lobular inflammation 2, ballooning 2).
- Iron stain: no significant iron. PAS-D: no globules.

COMMENT: The pattern is compatible with metabolic dysfunction-associated steatohepatitis. Alcohol-related steatohepatitis can look identical; clinical correlation is recommended.

Signed out: [[NAME:Gideon Marsh]], MD   [[DATE:9 Dec 2024]]
""", summary="""
Liver biopsy for [[NAME:Bruce Kerr]], {{age:57}}, signed out on [[DATE:9 Dec 2024]], showed steatohepatitis with {{eponym:Mallory-Denk}} bodies and bridging fibrosis ({{score:NASH CRN stage 3}}).
"""),

    dict(style="endocrinology_consult", note="""
ENDOCRINE CONSULT - brief
Reason: hypotension, {{lab:Na 126}}, {{lab:K 5.8}} in a pt with known primary adrenal insufficiency ({{eponym:Addison}} disease) on {{drug:hydrocortisone}} {{dose:15 mg}}/{{dose:5 mg}} and {{drug:fludrocortisone}} {{dose:0.1 mg}}.
Hx: 2 days of vomiting and diarrhea, unable to keep steroids down, did not use the emergency IM injection kit (expired). Also h/o {{eponym:Graves}} disease s/p RAI on {{drug:Synthroid}} {{dose:100 mcg}} (autoimmune polyglandular syndrome type 2).
Exam: {{vital:BP 82/50}}, {{vital:HR 118}}, dry mucosa, hyperpigmented palmar creases and buccal mucosa.
Labs: {{lab:glucose 64}}, {{lab:Cr 1.6}}, random {{lab:cortisol 2.1}} (drawn after the first dose - not interpretable).
Assessment: adrenal crisis precipitated by gastroenteritis.
Recs:
1. {{drug:hydrocortisone}} {{dose:100 mg}} IV now (given in ED 10:15), then {{dose:50 mg}} IV q6h
2. NS 1 L bolus then 150 mL/h, add dextrose if glucose stays low
3. hold {{drug:fludrocortisone}} while hydrocortisone > 50 mg/day
4. once tolerating PO, double the home dose for 48-72 h, then return to usual dose
5. sick-day rules, medical alert bracelet, new IM kit and teaching before discharge
Endocrine will follow daily.
""", summary="""
A patient with {{eponym:Addison}} disease and prior {{eponym:Graves}} disease presented in adrenal crisis after gastroenteritis; IV {{drug:hydrocortisone}} {{dose:100 mg}} then {{dose:50 mg}} q6h and fluids were recommended.
"""),
]
