NOTES = [
    dict(style="research_visit", note="""
RESEARCH VISIT NOTE - Protocol ONC-2291 (CASCADE-3: {{drug:sotorasib}} + {{drug:panitumumab}} vs investigator's choice, KRAS G12C mCRC)
Subject ID: [[MRN:104-0032]]   Initials: [[NAME:W-J-B]]   Visit: C3D1   Visit date: [[DATE:14JAN2025]]
Arm A. Seen by research RN [[NAME:Summer Thibodeaux]] and Sub-I Dr. [[NAME:Koen Wouters]].
Since C2D1: gr 2 acneiform rash face/chest (CTCAE v5.0) on {{drug:doxycycline}} {{dose:100 mg}} BID + {{drug:hydrocortisone}} {{dose:2.5%}} cream; gr 1 diarrhea; {{lab:Mg 1.4}} (gr 1) -> {{drug:magnesium oxide}} {{dose:400 mg}} BID.
ConMeds reconciled: {{drug:loperamide}} prn added.
Vitals: {{vital:BP 124/82}} {{vital:HR 80}} {{vital:T 36.7}}, wt 74.0 kg. {{score:ECOG 1}}.
Pill diary: 2 missed doses (travel to [[ADDRESS:Abbeville]] for a funeral) - protocol deviation logged and reported to sponsor in EDC.
Labs: {{lab:ANC 3.2}}, {{lab:plt 201}}, {{lab:AST 31}}, {{lab:ALT 40}}, {{lab:bili 0.8}}. OK to dose.
{{drug:Panitumumab}} {{dose:6 mg/kg}} IV given. Next visit C4D1 [[DATE:11FEB2025]] with CT (RECIST 1.1).
[[NAME:S. Thibodeaux]], RN, CCRP / PI review: [[NAME:Bouchard]]
""", summary="""
Subject [[MRN:104-0032]] on CASCADE-3 completed cycle 3 day 1 on [[DATE:14JAN2025]] with grade 2 rash and low magnesium managed; two missed doses were logged as a deviation. Next visit with CT is [[DATE:11FEB2025]].
"""),

    dict(style="genetic_counseling", note="""
CANCER GENETIC COUNSELING - INITIAL CONSULT
Proband: [[NAME:Maryse Bergeron]] (DOB [[DATE:1979-05-02]]), {{age:45}}, self-referred after a cousin tested positive.
Ancestry: French-Canadian on both sides; maternal family from [[ADDRESS:Trois-Pistoles]], paternal from [[ADDRESS:Chicoutimi]]. No Ashkenazi ancestry, no consanguinity reported.
Pedigree (3 generations, Progeny):
Maternal
- Mother [[NAME:Jocelyne]] (née [[NAME:Ouellet]]): breast ca dx {{age:44}}, ovarian ca dx {{age:58}}, d. {{age:61}}
- Aunt [[NAME:Réjeanne]]: breast ca {{age:39}}, alive at {{age:72}}; her daughter [[NAME:Nathalie]] tested positive for BRCA1 c.4327C>T in 2023 (letter seen)
- Uncle [[NAME:Gaétan]]: prostate ca {{age:70}}, d. {{age:81}}
- Grandmother [[NAME:Yvette]]: "stomach" ca, d. [[AGE:91]]; grandfather d. {{age:66}} MI
Paternal
- Father [[NAME:Denis]], {{age:74}}, healthy; aunt [[NAME:Lise]] colon ca {{age:77}}
- Grandmother lived to [[AGE:99]] ("Mémère [[NAME:Bergeon]]" - pt's spelling on intake), no cancer
Siblings: [[NAME:Éric]] {{age:48}}, [[NAME:Josée]] {{age:42}} - neither tested. Children: [[NAME:Florence]] {{age:19}}, [[NAME:Hunter]] {{age:16}}.
Assessment: meets NCCN criteria; high likelihood of the familial BRCA1 founder variant.
Plan: familial variant + 84-gene panel (paternal colon ca); blood drawn. Results by phone in 2-3 wk, [[PHONE:581-555-0166]].
Discussed MRI screening, RRSO (overdue by age), cascade testing for [[NAME:Éric]] and [[NAME:Josée]]; [[NAME:Florence]] at {{age:25}} or sooner if she wishes.
[[NAME:Grace Ndiaye]], MS, CGC
""", summary="""
[[NAME:Maryse Bergeron]], {{age:45}}, with a strong maternal breast/ovarian cancer history and a cousin carrying a BRCA1 French-Canadian founder variant, had familial-variant and panel testing; results will be phoned in 2-3 weeks.
"""),

    dict(style="genetic_counseling", note="""
GENETICS - RESULT DISCLOSURE (phone, 22 min)
Pt: [[NAME:HEBERT, CLOTHILDE A]]  MRN [[MRN:3380091]]; called [[PHONE:985-555-0114]] on [[DATE:Nov 5]], identity confirmed w DOB.
Result (accession [[MRN:RQ4471902]]): MSH2 c.942+3A>T, pathogenic - {{eponym:Lynch}} syndrome.
Context: colon ca dx {{age:46}} (IHC loss MSH2/MSH6), s/p R hemicolectomy.
Family: mother's side are [[NAME:Lynches]] from [[ADDRESS:Golden Meadow]]. Mother [[NAME:Odette Lynch]] endometrial ca {{age:52}}; grandfather [[NAME:Alphonse Lynch]] colon ca x2, d. [[AGE:90]]; Nonc [[NAME:Ray]] (mother's brother) urothelial ca {{age:63}}, needs a chest x-ray f/u per his PCP. Cousin [[NAME:T-Paul]] untested.
[[NAME:Clothilde]] ("[[NAME:Coco]]" to family) laughed that "everybody in [[ADDRESS:Cut Off]] has a [[NAME:Lynch]] cousin" - she knows the name and {{eponym:Lynch}} syndrome only overlap by chance.
Plan: colonoscopy q1-2y; discuss hysterectomy/BSO with gyn-onc; upper endoscopy q3y.
Cascade: family letters for sisters [[NAME:Bernadette]] ([[ADDRESS:Thibodaux]]) and [[NAME:Claire]] ([[ADDRESS:raceland]]); [[NAME:Coco]] will bring [[NAME:Ray]]'s daughter to clinic.
[[NAME:Faye Broussard]], MS, CGC
""", summary="""
[[NAME:Clothilde Hébert]] was told by phone on [[DATE:Nov 5]] that she carries a pathogenic MSH2 variant ({{eponym:Lynch}} syndrome); surveillance was reviewed and letters will go to her sisters [[NAME:Bernadette]] and [[NAME:Claire]].
"""),

    dict(style="research_visit", note="""
SCREENING VISIT - Study ONC-3107 (Phase 2, {{drug:datopotamab deruxtecan}} in HR+/HER2-low MBC)
Pt [[NAME:Fatou Ka]], {{age:52}}, referred by Dr. [[NAME:Estimé]]. Screening # [[MRN:SCR-0147]].
ICF v4.0 ([[DATE:01OCT2024]]) signed by pt [[DATE:12/09/2024]] at 09:55 before any study procedure; copy given. HIPAA authorization signed. Optional biobank: declined.
Consent obtained by [[NAME:Summer]] (CRC); PI [[NAME:Young]] answered questions on ILD risk.
Eligibility: {{score:ECOG 0}}; 2 prior endocrine lines incl. CDK4/6i ({{drug:Ibrance}}), 1 chemo line ({{drug:capecitabine}}); HER2 IHC 1+; measurable disease (liver 2.3 cm).
Exclusions: no ILD hx, no active brain mets; {{lab:LVEF 61%}}, {{lab:QTcF 428 ms}}, {{vital:SpO2 98%}}.
Pending: {{lab:CrCl}}, HBV/HCV serologies; pregnancy test n/a (postmenopausal).
Baseline eye exam (ADC keratitis) with Dr. [[NAME:Baker]] [[DATE:12/13]]; current {{vital:VA 20/25}} OU.
Pt prefers Mon/Thu visits - works at a daycare in [[ADDRESS:Gonzales]]. Husband [[NAME:Ousmane]] drives.
-[[NAME:summer l]], CRC x[[PHONE:57721]]
""", summary="""
[[NAME:Fatou Ka]] signed consent on [[DATE:12/09/2024]] and began screening for study ONC-3107; eligibility labs and a baseline eye exam with Dr. [[NAME:Baker]] on [[DATE:12/13]] are pending.
"""),

    dict(style="genetic_counseling", note="""
Genetic counseling - pediatric cancer predisposition
Proband: [[NAME:Mackenson Louissaint]], {{age:4}}, adrenocortical carcinoma (virilization, {{eponym:Cushing}}oid features) resected at Boston Children's; tumor TP53 c.743G>A, VAF 48% -> suspect germline.
Seen with mother [[NAME:Nadège Louissaint]] and Haitian Creole interpreter [[NAME:Jonas]]; father [[NAME:Wilner]] joined by phone from [[ADDRESS:Jacmel]] ([[PHONE:+509 3712 4455]]).
Pedigree (maternal side heavily affected):
- Mother [[NAME:Nadège]], {{age:33}}: breast ca {{age:31}}, treated in [[ADDRESS:Port-au-Prince]]
- Maternal uncle [[NAME:Dieudonné]]: osteosarcoma {{age:15}}, d. {{age:17}}
- Maternal grandmother [[NAME:Ismanie]]: "tumor in the head" {{age:40s}}, d. {{age:46}}
- Maternal cousin [[NAME:Wiselande]]: brain tumor {{age:8}}, alive
- Maternal great-grandmother [[NAME:Rosemène]] d. [[AGE:94]], no cancer known
- Half-sister [[NAME:Guerline]], {{age:11}} (same mother), healthy
Classic {{eponym:Li-Fraumeni}} criteria and {{eponym:Chompret}} criteria met.
Plan: germline TP53 for [[NAME:Mackenson]] (consent by [[NAME:Nadège]]) and for [[NAME:Nadège]] herself; if positive, {{eponym:Toronto}} protocol surveillance incl. whole-body MRI; avoid CT/RT where possible. [[NAME:Guerline]] to be offered testing.
[[NAME:Nadège]] expressed hope that the children can be screened here. Follow-up [[DATE:2/18]].
[[NAME:Hope Dessalines]], MS, CGC
""", summary="""
[[NAME:Mackenson Louissaint]], {{age:4}}, with adrenocortical carcinoma and a maternal family meeting {{eponym:Li-Fraumeni}} criteria was offered germline TP53 testing with his mother [[NAME:Nadège]]; surveillance by the {{eponym:Toronto}} protocol is planned if positive.
"""),

    dict(style="research_visit", note="""
PK / PD SAMPLING LOG - C1D1 (Part A dose escalation, cohort 3: {{dose:240 mg}} QD)
Pre-dose (0 h) PK, ctDNA (Streck tube), PBMC x2 CPT tubes drawn 08:02.
Dose taken 08:10 with 240 mL water; fasting >=2 h confirmed.
Post-dose PK: 0.5 h 08:41, 1 h 09:10, 2 h 10:12 (+2 min, within +/-5 min window), 4 h 12:09, 6 h 14:11, 8 h 16:10.
Triplicate ECG pre-dose, 2 h and 4 h: {{lab:QTcF 412}}, {{lab:418}}, {{lab:421 ms}}; no change in QTcF >30 ms.
VS q1h: {{vital:BP 128/84}} to {{vital:136/88}}, {{vital:HR 66-74}}, {{vital:SpO2 97%}}. No AEs.
Samples centrifuged 1500 x g, 10 min, 4 C within 30 min; plasma into 2 cryovials, -80 C freezer B, rack 4. Chain of Custody form completed. World Courier batch pickup scheduled to Central Lab.
DLT window day 1 of 28. Return D2 for 24 h trough.
""", summary="""
Cycle 1 day 1 PK/PD sampling in dose-escalation cohort 3 ({{dose:240 mg}} daily) was completed within windows, with stable triplicate ECGs and no adverse events.
"""),

    dict(style="genetic_counseling", note="""
GENETICS CLINIC NOTE
[[NAME:Dubé, Sylvain R.]] {{age:57}} - referred by urology ([[NAME:R. Gagnon]]) for bilateral hybrid oncocytic/chromophobe renal tumors, facial fibrofolliculomas, and 2 spontaneous pneumothoraces (ages {{age:34}}, {{age:41}}).
Strongly suggests {{eponym:Birt-Hogg-Dubé}} syndrome (FLCN). Mr. [[NAME:Dubé]] noted the syndrome "has my name on it" - no known connection.
Family (father's side, [[ADDRESS:Rivière-du-Loup]]):
- father [[NAME:Roland]] kidney ca {{age:60}}, d. {{age:71}}
- paternal aunt [[NAME:Thérèse]] "collapsed lung" x3, d. [[AGE:93]]
- sister [[NAME:Hélène Dubé-Savard]] {{age:54}}: basal lung cysts on CT
- brother [[NAME:Marc]] {{age:50}}: no sx, never imaged
- daughters [[NAME:Émilie]] {{age:28}} and [[NAME:Joy]] {{age:24}}; [[NAME:Joy]] lives in [[ADDRESS:Rimouski]] and wants testing "so I know."
Plan: FLCN seq + del/dup. If positive: renal MRI q2-3y for carriers from {{age:20}}, counsel re: pneumothorax (avoid scuba), cascade to [[NAME:Hélène]], [[NAME:Marc]], [[NAME:Émilie]], [[NAME:Joy]].
Seen with GC student [[NAME:Li Ng]]; reviewed by [[NAME:L'Heureux]].
""", summary="""
[[NAME:Sylvain Dubé]], {{age:57}}, with bilateral renal tumors, fibrofolliculomas and pneumothoraces likely has {{eponym:Birt-Hogg-Dubé}} syndrome; FLCN testing was sent and cascade testing for [[NAME:Hélène]], [[NAME:Marc]] and his daughters was discussed.
"""),

    dict(style="research_visit", note="""
SAE NARRATIVE - Protocol HEM-1842 / Site 0117
Subject [[MRN:0117-005]], {{age:67}} yo male, enrolled [[DATE:03MAR2025]], Arm B ({{drug:venetoclax}} {{dose:400 mg}} + {{drug:azacitidine}} {{dose:75 mg/m2}}).
On [[DATE:21MAR2025]] (C1D19) the subject presented to a local ED in [[ADDRESS:Opelousas]] with fever {{vital:39.1 C}}, {{vital:HR 118}}, {{vital:BP 92/54}}; {{lab:ANC 0.1}}. Blood cultures grew E. coli. Admitted; {{drug:cefepime}} {{dose:2 g}} IV q8h.
Site learned of the event when the subject's wife, [[NAME:Bo]], called the study line [[PHONE:337-555-0181]] on [[DATE:22MAR2025]] 08:50.
Event term: febrile neutropenia with E. coli bacteremia, CTCAE grade 3. Seriousness: hospitalization.
Relatedness: possibly related to venetoclax and azacitidine (investigator [[NAME:Cissé]]).
Action: venetoclax interrupted [[DATE:21MAR2025]] to [[DATE:04APR2025]]; resumed at {{dose:400 mg}} with day 21 marrow.
Outcome: recovered [[DATE:28MAR2025]].
Reported to sponsor [[DATE:22MAR2025]] 10:14 CT by CRC [[NAME:Wim Janssens]]; sponsor case # [[MRN:GSS-2025-004417]].
""", summary="""
Subject [[MRN:0117-005]] on HEM-1842 had grade 3 febrile neutropenia with E. coli bacteremia on [[DATE:21MAR2025]], reported to the sponsor by [[NAME:Wim Janssens]] the next day; venetoclax was held and he recovered.
"""),

    dict(style="genetic_counseling", note="""
Genetics consult - hereditary diffuse gastric cancer question
Proband: [[NAME:Annelies Verhaegen]], {{age:38}}, lobular breast ca dx {{age:37}}.
Family from [[ADDRESS:Namur]] and [[ADDRESS:Dinant]]; relatives' reports from UZ Leuven faxed [[DATE:12.03.2025]].
Pedigree:
 I-1  [[NAME:Jozef Verhaegen]] (pat. grandfather) - stomach ca {{age:49}}, d. {{age:50}}
 I-2  [[NAME:Maria Wouters]] - d. [[AGE:94]], dementia
 II-1 father [[NAME:Luc]], {{age:67}}, healthy
 II-2 paternal aunt [[NAME:Godelieve]] "[[NAME:Lieve]]" - diffuse gastric ca {{age:44}}, d. {{age:45}}
 II-3 paternal uncle [[NAME:Pieter]], {{age:63}}, never scoped
 III-2 sister [[NAME:Sofie]], {{age:35}}; III-3 cousin [[NAME:Bram]] (son of II-2), cleft lip
Meets IGCLC criteria for CDH1 testing.
Plan: CDH1 + breast/GI panel today. If positive: prophylactic total gastrectomy discussion with [[NAME:Van Damme]] (surg onc), annual breast MRI, cascade testing - [[NAME:Luc]] first (obligate line), then [[NAME:Pieter]], [[NAME:Sofie]], [[NAME:Bram]].
Aunt [[NAME:Lieve]]'s slides: request block from [[ADDRESS:Leuven]] for E-cadherin IHC; contact Dr. [[NAME:De Smet]], [[PHONE:+32 16 34 22 10]].
[[NAME:C. Goossens]], genetic counselor
""", summary="""
[[NAME:Annelies Verhaegen]], {{age:38}}, with lobular breast cancer and paternal diffuse gastric cancer had CDH1 and panel testing; gastrectomy and cascade testing will be discussed if positive.
"""),

    dict(style="research_visit", note="""
LTFU phone contact - Study BR-09, year 12
Subject [[MRN:BR09-1188]], F, aged [[AGE:91]]. Called home [[PHONE:(318) 555-0106]] [[DATE:Mon 7/14]] 10:20, no answer, LVM.
11:05 call back from daughter-in-law [[NAME:Faith]]: subject now in assisted living in [[ADDRESS:Ville Platte]]. Subject came to the phone - "still kicking."
Status: alive, no recurrence per subject and per PCP note from [[DATE:May 2]] (mammogram neg). No new primary. Completed endocrine therapy 2018.
Vital status + LTFU CRF entered in Rave [[DATE:7/14/25]]. Next contact 7/2026.
New contact: [[NAME:Faith]]'s cell [[PHONE:318-555-0142]], [[EMAIL:faith.fontenot62@gmail.com]].
-[[NAME:tb]], research asst
""", summary="""
Year-12 follow-up call on [[DATE:7/14/25]] found subject [[MRN:BR09-1188]], [[AGE:91]], alive without recurrence in assisted living; contact details for daughter-in-law [[NAME:Faith]] were updated.
"""),

    dict(style="genetic_counseling", note="""
GENETIC TEST RESULT SUMMARY (for chart)
Test: 47-gene hereditary cancer panel (NGS + del/dup).
Result: PATHOGENIC variant PALB2 c.3113G>A (p.Trp1038*), heterozygous.
VUS: ATM c.5558A>T (p.Asp1853Val) - not actionable; do not use for clinical decisions.
Interpretation: PALB2 confers ~35-60% lifetime breast cancer risk (higher with strong family history), modestly increased pancreatic (~2-5%) and possibly ovarian and male breast cancer risk.
Management (NCCN Genetic/Familial High-Risk Assessment):
- annual breast MRI with contrast from {{age:30}}; mammogram from {{age:30}}
- discuss risk-reducing mastectomy
- consider RRSO at {{age:45}}-{{age:50}}
- pancreatic screening (EUS or MRCP) only with an affected 1st/2nd-degree relative
- PARP inhibitor ({{drug:olaparib}}) eligibility if metastatic disease
Cascade: first-degree relatives offered single-site testing at no charge within 90 days. Family letter provided.
Reproductive: biallelic PALB2 causes {{eponym:Fanconi}} anemia (FANCN); partner carrier testing if planning pregnancy.
""", summary="""
Chart summary of a pathogenic PALB2 variant with an ATM VUS, listing breast MRI and mammography from {{age:30}}, RRSO consideration, cascade testing and {{eponym:Fanconi}} anemia reproductive risk.
"""),

    dict(style="research_visit", note="""
dictation, research visit, transcribed verbatim
this is doctor [[NAME:aminata diop]] dictating a research visit for subject [[MRN:one oh four dash zero zero five one]], patient name [[NAME:gaëtan pelletier]], that is [[NAME:p e l l e t i e r]], date of visit [[DATE:march third twenty twenty five]]. he is a {{age:sixty eight}} year old man on the cascade three study arm b, cycle two day one. since last visit he had grade one fatigue and some nausea, he takes {{drug:sotorasib}} {{dose:nine hundred sixty milligrams}} daily with food. blood pressure {{vital:one thirty over eighty two}}, heart rate {{vital:seventy four}}. labs okay, {{lab:ALT thirty eight}}. his wife [[NAME:ginette]] asks that we call her instead of him for scheduling, her number is [[PHONE:three three seven five five five zero one nine two]]. plan continue at same dose, next visit [[DATE:march thirty first]]. copy to [[NAME:summer]] in research and to doctor [[NAME:white]]. end of dictation.
""", summary="""
Dictated cycle 2 day 1 research visit on [[DATE:March 3, 2025]] for [[NAME:Gaëtan Pelletier]] on CASCADE-3 with grade 1 fatigue; {{drug:sotorasib}} continues unchanged and his wife [[NAME:Ginette]] is the scheduling contact.
"""),

    dict(style="genetic_counseling", note="""
PRENATAL GENETIC COUNSELING
Pt: [[NAME:Aminata Fall]], G2P1, {{age:29}}, 14w2d by US. Partner [[NAME:Ibrahima Fall]], {{age:34}} - first cousins (their fathers are brothers).
Referred for HbAS on her electrophoresis; partner's result pending. Both families from [[ADDRESS:Ziguinchor]] and [[ADDRESS:Bignona]]; couple lives in [[ADDRESS:gretna]]. Wolof interpreter in person ([[NAME:Seck]]).
She had a fall in the kitchen last week - no abdominal trauma, {{vital:FHR 152}} today.
Pedigree:
- first child [[NAME:Mame Diarra]], {{age:3}}, well, Hb status unknown
- her father [[NAME:Ousmane Fall]] (known trait), mother [[NAME:Khady Sy]]
- his father [[NAME:Abdou Fall]] d. {{age:58}} stroke; mother [[NAME:Ndèye Ka]]
- his sister [[NAME:Awa]]: son died at {{age:6}} "of the blood disease" in [[ADDRESS:Dakar]], likely SCD
- shared grandfather [[NAME:Modou Fall]] d. [[AGE:97]]; [[NAME:Sy]] side has 2 relatives with "yellow eyes" in childhood
Risk: if partner HbAS, 25% HbSS each pregnancy; first-cousin union adds ~2-3% over background for AR conditions generally.
Options: amniocentesis from 15w (CVS window passed), newborn screen, Hb electrophoresis for [[NAME:Mame Diarra]]. [[NAME:Ibrahima]] to have CBC/Hb electrophoresis today.
[[NAME:Sunny Fontenot]], MS, CGC
""", summary="""
[[NAME:Aminata Fall]], {{age:29}}, a sickle-trait carrier in a first-cousin union with [[NAME:Ibrahima Fall]], was counseled on a 25% HbSS risk if he is also a carrier; his testing was sent and amniocentesis was offered.
"""),

    dict(style="research_visit", note="""
CRU visit C1D8 - study ONC-4410 part A, dose level 4 ({{dose:160 mg}} po qd)
subj [[MRN:4410-003-007]] ([[NAME:MBF]]), {{age:59}}F, NSCLC KRAS G12D
- sx: gr 1 nausea, gr 1 fatigue, no rash. denies sob, cp, ha.
- vs {{vital:bp 138/86}} {{vital:hr 92}} {{vital:rr 18}} {{vital:t 36.9}} {{vital:spo2 95% ra}}
- pe: ms a&o x3, no ln, lungs cta, abd soft nt
- tb screen (qft) neg at scr; hbv/hcv neg
- labs: {{lab:ck 312}} (gr 1, bl {{lab:88}}), {{lab:hb 11.4}}, {{lab:alt 44}}, {{lab:cr 0.9}}
- ck up, asymptomatic, no myalgia - repeat D15 per protocol sec 6.4
- {{drug:ondansetron}} {{dose:4 mg}} sl odt prn added to conmeds
- pk trough 07:58, dose 08:05
- ecg {{lab:qtcf 431 ms}}
- DLT eval: none (d8/28)
seen w dr [[NAME:oh]]; pi [[NAME:bishop]] notified re ck. rn [[NAME:mb]] / crc [[NAME:jw]]
~[[NAME:tb]]
""", summary="""
Cycle 1 day 8 phase I visit for subject [[MRN:4410-003-007]] showed grade 1 nausea and an asymptomatic grade 1 CK rise, reported to PI [[NAME:Bishop]]; no dose-limiting toxicity so far.
"""),

    dict(style="genetic_counseling", note="""
FAMILY LETTER - mailed [[DATE:June 2, 2025]]
Mr. [[NAME:Beau Guidry]]
[[ADDRESS:418 Rue Bayou Teche]]
[[ADDRESS:St. Martinville, LA 70582]]

Dear Mr. [[NAME:Guidry]],
Your cousin, [[NAME:Delphine Savoie]], asked us to write to you. Genetic testing showed that she carries a harmful change (pathogenic variant) in the BRCA2 gene. This change raises the risk of breast, ovarian, prostate and pancreatic cancer and melanoma. Because it runs in families, you and your siblings ([[NAME:Clovis]], [[NAME:Odile]]) have a chance of carrying it too.
Testing for this one change is simple (saliva or blood) and is offered at no cost within 90 days. Men who carry it are advised to start prostate screening at {{age:40}} and do breast self-exams.
To schedule, call our clinic at [[PHONE:(337) 555-0150]] or email [[EMAIL:fbroussard@acadianagenetics.org]]. You may also share this letter with your doctor.
Sincerely,
[[NAME:Faye Broussard]], MS, CGC
cc: [[NAME:Delphine Savoie]] (with her permission)
""", summary="""
Cascade-testing letter mailed [[DATE:June 2, 2025]] to [[NAME:Beau Guidry]] about his cousin [[NAME:Delphine Savoie]]'s BRCA2 variant, inviting him and his siblings to free testing.
"""),

    dict(style="research_visit", note="""
INVESTIGATIONAL PRODUCT ACCOUNTABILITY - C3D1
Returned from C2: bottle kit A (lot 24K117): 28 tabs dispensed, 3 returned -> 25 taken of 28 expected; compliance 89%. Subject reports 3 doses vomited/skipped on days 9-11 (already captured as gr 2 vomiting AE).
Returned bottle stored in IP return bin, Pharmacy Room 2 (temp log 20-24 C, no excursions).
Dispensed C3: kit A (lot 24K117), 2 bottles x 14 tabs, {{dose:120 mg}} tabs; dose {{dose:240 mg}} daily (no reduction).
IxRS transaction completed, confirmation printed and filed. Dosing diary reissued, instructions: take with water, 1 h before breakfast; if vomited, do not repeat.
Concomitant {{drug:ondansetron}} {{dose:8 mg}} PO 30 min before dose added. {{drug:Omeprazole}} prohibited - subject confirmed stopped.
Monitor to verify at next IMV.
""", summary="""
Cycle 3 investigational product accountability showed 89% compliance due to vomiting; two bottles of {{dose:120 mg}} tablets were dispensed at {{dose:240 mg}} daily with {{drug:ondansetron}} premedication.
"""),

    dict(style="genetic_counseling", note="""
NEUROGENETICS CONSULT - early-onset parkinsonism
Pt: [[NAME:TOUSSAINT, GUERLINE]], {{age:44}}F, MRN [[MRN:6624018]]. Referred by [[NAME:Jim Parkinson]], MD (movement disorders) - pt noted the irony.
R-hand rest tremor and foot dystonia since {{age:36}}, excellent {{drug:levodopa}} response ({{drug:Sinemet}} {{dose:25/100}} TID), {{score:MoCA 29/30}}. {{eponym:Wilson}} disease excluded ({{lab:ceruloplasmin 28}}, no K-F rings on slit lamp). DaTscan abnormal.
Family: parents [[NAME:Jean-Robert]] and [[NAME:Ismanie]] are from the same village near [[ADDRESS:Jérémie]] (related? "maybe far back").
- brother [[NAME:Wilson]], {{age:47}}: "shaky hands" since 40s, never seen
- sister [[NAME:Esperance]], {{age:39}}: healthy
- maternal grandmother d. [[AGE:92]], "stiff and slow" late in life
- father {{age:70}} healthy; mother {{age:68}} healthy
Assessment: young-onset {{eponym:Parkinson}} disease, possible autosomal recessive (PRKN/parkin, PINK1) given early onset, dystonia and possible consanguinity; GBA and LRRK2 also on panel.
Plan: PD gene panel; invite [[NAME:Wilson]] for neuro exam with Dr. [[NAME:Parkinson]]. Results to pt and [[NAME:Parkinson]] in 3-4 wk.
[[NAME:Rose-Laure Bien-Aimé]], CGC
""", summary="""
[[NAME:Guerline Toussaint]], {{age:44}}, with young-onset {{eponym:Parkinson}} disease and possible parental consanguinity had a PD gene panel sent; her brother [[NAME:Wilson]] will be invited for a neurology exam.
"""),

    dict(style="research_visit", note="""
Research correspondence - filed to subject binder
From: [[EMAIL:rose.savoie.1960@yahoo.com]]
To: [[EMAIL:oncresearch@teche-onc.org]]
Sent: [[DATE:Sunday, August 3, 2025]] 9:47 PM
Subject: stopping the study

hi [[NAME:summer]], its [[NAME:rose savoie]] (study # [[MRN:2291-118]]). i talked it over with my husband [[NAME:jody]] and our pastor and i dont want to do the scans and extra blood anymore. i will keep seeing dr [[NAME:white]] for my regular care. sorry, yall were so good to me. -[[NAME:rose]]

CRC note [[DATE:8/4/25]]: called [[NAME:Rose]] to confirm. Withdraws from study treatment and study procedures but agrees to survival follow-up by phone. Withdrawal form to be signed at next clinic visit. PI [[NAME:White]] notified; sponsor notified via EDC. Hope to still collect EOT labs with her clinical draw - [[NAME:Rose]] ok with that.
-[[NAME:S. Thibodeaux]], CRC
""", summary="""
[[NAME:Rose Savoie]] emailed on [[DATE:August 3, 2025]] to stop the study; on [[DATE:8/4/25]] the CRC confirmed withdrawal from treatment and procedures with consent to survival follow-up, and PI [[NAME:White]] was notified.
"""),

    dict(style="genetic_counseling", note="""
Genetics - pediatric hearing loss consult
[[NAME:Mason Robichaux]], {{age:14 mo}} M, profound bilateral congenital SNHL (failed NBHS x2, ABR no response), walked late at 18 mo.
Parents [[NAME:Jolene]] and [[NAME:Brady]]: not known to be related, but both families have been around [[ADDRESS:Erath]] and [[ADDRESS:kaplan]] for generations (Acadian).
Pedigree:
- maternal great-uncle, Nonc [[NAME:Pierre]]: deaf from birth, "went blind in his 30s," d. {{age:72}}
- paternal 2nd cousin [[NAME:Kaylee]], {{age:9}}: bilateral cochlear implants
- grandmothers [[NAME:Odile]] ({{age:61}}) and [[NAME:Verna]] ({{age:66}}): hearing nl
- great-great-grandmother [[NAME:Mae]] d. [[AGE:95]]
Impression: suspect {{eponym:Usher}} syndrome type 1C (Acadian founder USH1C c.216G>A); in this case vestibular areflexia fits.
Plan: targeted USH1C founder variant + hearing loss panel; ERG around {{age:2}}; cochlear implant eval with Dr. [[NAME:Case]]; parental carrier testing; early intervention referral.
[[NAME:Jolene]] asked about [[NAME:Kaylee]]'s family being tested - will send a letter if [[NAME:Mason]] is positive.
[[NAME:June Arceneaux]], MS, CGC
""", summary="""
[[NAME:Mason Robichaux]], {{age:14 mo}}, with profound congenital hearing loss and delayed walking in an Acadian family is suspected to have {{eponym:Usher}} syndrome type 1C; founder-variant testing and a cochlear implant evaluation with Dr. [[NAME:Case]] were arranged.
"""),

    dict(style="research_visit", note="""
RECIST 1.1 TUMOR ASSESSMENT - Protocol ONC-2291, subj [[MRN:104-0019]], wk 16 (C5D1)
Scan: CT C/A/P [[DATE:2025-04-22]], read by [[NAME:Price]]; independent review by [[NAME:Young]] ([[NAME:jy]]).
Target lesions (baseline -> now):
 T1 liver seg VII   38 -> 21 mm
 T2 liver seg IVa   24 -> 14 mm
 T3 portocaval LN   17 -> 9 mm (short axis)
 SOD 79 -> 44 mm (-44%)
Non-target: peritoneal nodularity, present, not unequivocal progression. New lesions: none.
Overall response: PR, confirmed (prior PR [[DATE:2025-02-25]]).
Discrepancy: [[NAME:Price]] measured T2 at 15 mm; consensus 14 mm per [[NAME:Young]]. [[NAME:Price]] aware; no change to response.
Investigator sign-off: Dr. [[NAME:Koen Wouters]] [[DATE:4/24/25]]. Entered in EDC by [[NAME:green]].
""", summary="""
Week 16 RECIST assessment for subject [[MRN:104-0019]] on ONC-2291 showed a confirmed partial response (-44%) on the [[DATE:2025-04-22]] CT read by [[NAME:Price]] and [[NAME:Young]].
"""),

    dict(style="genetic_counseling", note="""
GC phone f/u - cascade testing, elderly relative
Called [[NAME:Odette Landry]] (F/[[AGE:92]]), aunt of proband [[NAME:Nicole Guidry]] (MLH1 c.1852_1854del), at [[PHONE:337.555.0177]] on [[DATE:the 9th]].
Hard of hearing; granddaughter [[NAME:Summer]] on speaker. Mrs. [[NAME:Landry]] had "a polyp taken out" in her 70s, no cancer, last scope ~2015. Lives in [[ADDRESS:Grand Coteau]].
She asked what good testing would do "at [[AGE:ninety-two]]." Discussed: at her age, result would mainly inform her 5 children (names given: [[NAME:Paul]], [[NAME:Yvette]], [[NAME:Chris]], [[NAME:Noel]], [[NAME:Mercy]]); alternatively the children can test directly.
Decision: she declines; prefers children test. [[NAME:Summer]] will share the family letter with the five.
-[[NAME:f. broussard]], CGC
""", summary="""
[[NAME:Odette Landry]], [[AGE:92]], aunt of a proband with an MLH1 variant, declined cascade testing by phone and preferred that her five children test directly; granddaughter [[NAME:Summer]] will share the family letter.
"""),
]
