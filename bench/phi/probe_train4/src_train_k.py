NOTES = [
    dict(style="oncology_clinic", note="""
HEMATOLOGY/ONCOLOGY FOLLOW-UP
Pt: [[NAME:THIBODEAUX, ODILE M]]     MRN [[MRN:00481173]]     DOS [[DATE:11/04/2024]]
PCP: [[NAME:Clovis Arceneaux]], MD ([[ADDRESS:Church Point]])

[[NAME:Odile]] is a {{age:71}}yo woman with stage IIIC high-grade serous ovarian ca s/p interval debulking, here before C4 {{drug:carboplatin}}/{{drug:paclitaxel}}. [[NAME:Grace]] (daughter) drove her in from [[ADDRESS:Mamou]]; [[NAME:grace]] says mom has been "slower" since C3 and is not cooking. Neuropathy gr 1 fingertips, no falls. {{score:ECOG 1}}.
Labs today: {{lab:ANC 1.9}}, {{lab:Hgb 9.8}}, {{lab:plt 142}}, {{lab:CA-125 38}} (was {{lab:412}} at dx). {{vital:BP 118/76}}, {{vital:HR 84}}, {{vital:T 36.8}}.
New proximal leg weakness climbing the steps at church; reflexes 2+, hip flexors {{score:4+/5}}. d/w [[NAME:Lambert]] (neuro) - low suspicion for {{eponym:Lambert-Eaton}}, will send VGCC Ab anyway; {{lab:CK 88}}.
Plan:
- proceed C4 {{drug:carboplatin}} {{dose:AUC 5}} + {{drug:paclitaxel}} {{dose:175 mg/m2}} on [[DATE:Fri 11/8]]; hold if {{lab:ANC <1.5}}
- germline BRCA pending; genetics appt w [[NAME:Ndiaye]] [[DATE:11/21]]
- {{drug:Zofran}} {{dose:8 mg}} po q8h prn, {{drug:Emend}} w chemo
- [[NAME:grace]] asked for FMLA paperwork, given to front desk ([[NAME:Page]])
We will see her back after C4 with CT C/A/P. Hope to move to {{drug:olaparib}} maintenance if BRCA+ or HRD+.
[[NAME:A. Diop]], MD
scribe: [[NAME:summer t]]
""", summary="""
[[NAME:Odile Thibodeaux]], {{age:71}}, with stage IIIC ovarian cancer was cleared for C4 {{drug:carboplatin}}/{{drug:paclitaxel}} on [[DATE:11/8]]; new proximal weakness was discussed with [[NAME:Lambert]] and {{eponym:Lambert-Eaton}} antibodies were sent. Genetics with [[NAME:Ndiaye]] is booked.
"""),

    dict(style="tumor_board_minutes", note="""
GI MULTIDISCIPLINARY TUMOR BOARD - MINUTES
[[DATE:Tuesday, January 14, 2025]], 07:00, Conf Rm 4B / Teams
Moderator: [[NAME:Bouchard]]   Recorder: [[NAME:mb]]
Present: [[NAME:Diop]] (med onc), [[NAME:Whipple]] (HPB surg), [[NAME:Guidry H]] (rad onc), [[NAME:Peeters]] (path), [[NAME:Sow]] (IR), [[NAME:King]] (navigator), [[NAME:Ousmane]] (pharm), [[NAME:Case]] (genetics)

Case 1. [[NAME:SAVOIE, REMY J]] - {{age:64}}M - MRN [[MRN:7730219]]
Painless jaundice, 2.8 cm pancreatic head mass abutting SMV <180 deg, no SMA/celiac involvement. {{lab:CA 19-9 612}} post-stent. EUS-FNA [[MRN:S25-00417]] per [[NAME:Peeters]]: adenocarcinoma, mod diff.
Discussion: [[NAME:Whiple]] feels borderline resectable; prefers neoadjuvant {{drug:mFOLFIRINOX}} x 4 mo, restage, then reconsider {{eponym:Whipple}} procedure. [[NAME:Guidry]] would add SBRT if venous margin close. [[NAME:Case]] asks for germline panel (all pancreatic ca qualify).
Rec: neoadjuvant chemo; port via [[NAME:Sow]]; [[NAME:King]] to coordinate. Lives in [[ADDRESS:Arnaudville]], son [[NAME:Beau]] drives.

Case 2. [[NAME:GUEYE, KHADY]] - F/[[AGE:92]] - MRN [[MRN:7741880]]
Rectal adenoca 6 cm from AV, cT3N1, lives alone in [[ADDRESS:Plaquemine]], {{score:ECOG 2}}, {{score:CFS 5}}.
Discussion: not a surgical candidate per [[NAME:Whipple]]. Short-course RT {{dose:25 Gy/5 fx}} favored by [[NAME:Guidry]]; [[NAME:Diop]] against {{drug:capecitabine}} given {{lab:CrCl 28}}. Fall risk high - PT/OT eval before sim.
Rec: SCRT alone. [[NAME:Fall]] (SW) to call granddaughter [[NAME:Ndèye]] re: transport.

Next board [[DATE:1/21]]. Minutes to attendees. -[[NAME:mb]]
""", summary="""
GI tumor board on [[DATE:1/14/2025]] recommended neoadjuvant {{drug:mFOLFIRINOX}} before a possible {{eponym:Whipple}} procedure for [[NAME:Remy Savoie]], and short-course radiation alone for [[NAME:Khady Gueye]] ([[AGE:92]]). [[NAME:Fall]] will arrange transport with the family.
"""),

    dict(style="chemo_consent", note="""
CONSENT FOR CHEMOTHERAPY
Patient: [[NAME:Widlène Pierre-Louis]]    DOB [[DATE:07/22/1968]]    MRN [[MRN:2209-5518]]
Diagnosis: L breast IDC, pT2N1a, ER+/PR+/HER2-, {{lab:Ki-67 35%}}
Regimen: dose-dense AC-T: {{drug:doxorubicin}} {{dose:60 mg/m2}} + {{drug:cyclophosphamide}} {{dose:600 mg/m2}} q14d x4, then {{drug:paclitaxel}} {{dose:175 mg/m2}} q14d x4; {{drug:pegfilgrastim}} {{dose:6 mg}} SC each cycle
Intent: curative (adjuvant)
Risks reviewed in Haitian Creole via in-person interpreter [[NAME:Jonas Célestin]] (badge [[MRN:44817]]): alopecia, nausea/vomiting, mucositis, febrile neutropenia and infection, cardiomyopathy (baseline echo {{lab:EF 60%}}), neuropathy, early menopause/infertility, therapy-related AML/MDS (<1%), extravasation, hypersensitivity to paclitaxel.
Alternatives: endocrine therapy alone (less benefit), clinical trial (not eligible), no treatment.
Pt asked if she can keep working at the bakery - yes, with precautions. Asked that her sister [[NAME:Guerline]] be the contact: [[PHONE:(617) 555-0193]].
Pt restates the plan in her own words and agrees. Consent obtained via [[NAME:Célestine]] (sp?) with no family present.
Patient signature: [[NAME:W. Pierre-Louis]]    Date/time: [[DATE:3/3/25]] 10:40
Interpreter: [[NAME:J. Célestin]]
Witness: [[NAME:hope b]], RN
Physician: [[NAME:Fabienne Estimé]], MD
""", summary="""
[[NAME:Widlène Pierre-Louis]] consented on [[DATE:3/3/25]] to adjuvant dose-dense AC-T for ER+ breast cancer, with risks reviewed in Haitian Creole through interpreter [[NAME:Jonas Célestin]]. Her sister [[NAME:Guerline]] is the contact.
"""),

    dict(style="oncology_clinic", note="""
INFUSION NURSING NOTE - C2D1 FOLFOX
Port-a-Cath R chest accessed with 20g {{eponym:Huber}} needle, brisk blood return, flushed w NS.
Premeds: {{drug:ondansetron}} {{dose:16 mg}} IV, {{drug:dexamethasone}} {{dose:12 mg}} IV at 09:10.
{{drug:oxaliplatin}} {{dose:85 mg/m2}} in D5W over 2 h; {{drug:leucovorin}} {{dose:400 mg/m2}} concurrent; {{drug:5-FU}} {{dose:400 mg/m2}} IV push, then {{dose:2400 mg/m2}} via CADD Prizm pump over 46 h.
VS pre: {{vital:BP 132/80}} {{vital:HR 76}} {{vital:RR 16}} {{vital:SpO2 98%}} {{vital:T 36.6}}. Post: {{vital:BP 128/78}} {{vital:HR 72}}.
Pt reports cold-induced pharyngolaryngeal dysesthesia after C1 lasting ~2 days, gr 1. No {{eponym:Raynaud}} phenomenon. {{score:Pain 0/10}}.
{{drug:Neulasta}} Onpro not ordered this cycle ({{lab:ANC 2.8}}). Chemo spill kit at chair. Home pump teaching reinforced; return Wednesday for pump d/c and {{drug:heparin}} lock.
Tolerated without reaction. Discharged ambulatory with pump infusing, Chemo Precautions sheet given.
""", summary="""
Uneventful cycle 2 day 1 of {{drug:FOLFOX}} via port, with a 46-hour {{drug:5-FU}} pump sent home. Grade 1 cold dysesthesia after cycle 1 was noted; pump disconnect is Wednesday.
"""),

    dict(style="oncology_clinic", note="""
Patient Advice Request - Heme/Onc
Rec'd [[DATE:Thu 2/6]] 14:12 via MyChart from proxy account [[NAME:mercyb1977]]
"hi dr [[NAME:diop]] its [[NAME:mercy]], [[NAME:frank]]s daughter. daddy had {{vital:101.2}} last nite after the chemo tues, took 2 tylenol and its down now but hes shaky and not eating. should we come in?? my cell is [[PHONE:337-555-0148]] thank u -[[NAME:mercy]]"

RN triage: called [[NAME:mercy]] back 14:30. [[NAME:Frank Broussard]] {{age:78}}M, C1D8 {{drug:gemcitabine}}/{{drug:cisplatin}} for cholangiocarcinoma, last {{lab:ANC 1.1}} on [[DATE:2/4]]. Now {{vital:T 100.6}} orally per daughter, chills, no frank bleeding, no dysuria, mild cough.
Advised ED eval now for possible neutropenic fever; no more {{drug:Tylenol}} before arrival. [[NAME:Frank]] agreeable; [[NAME:mercy]] driving him in from [[ADDRESS:breaux bridge]]. Called ED charge, spoke w [[NAME:june]], gave hx. [[NAME:Diop]] aware.
-[[NAME:ak]] RN
""", summary="""
[[NAME:Frank Broussard]]'s daughter [[NAME:Mercy]] reported fever to {{vital:101.2}} after {{drug:gemcitabine}}/{{drug:cisplatin}}; the RN sent him to the ED for neutropenic fever evaluation and briefed charge nurse [[NAME:June]].
"""),

    dict(style="tumor_board_minutes", note="""
BREAST TUMOR CONFERENCE  [[DATE:03MAR2025]]
Present: [[NAME:Estimé]], [[NAME:Paget]] (breast imaging), [[NAME:Van den Broeck]] (path), [[NAME:Young]] (surg), [[NAME:Major]] (rad onc), genetics: [[NAME:Case]]; NP [[NAME:josée p]]

1. [[NAME:Marie-Michèle Dorvil]], {{age:58}}, MRN [[MRN:5518-3302]]. Eczematous R nipple x 6 mo; punch bx [[MRN:SP25-03321]]: {{eponym:Paget}} disease of the nipple with underlying high-grade DCIS. MRI per [[NAME:Paget]]: 4.1 cm retroareolar NME, no mass.
   [[NAME:Young]]: central lumpectomy vs mastectomy; pt leaning mastectomy + SLNB. [[NAME:Major]]: no PMRT if margins clear and node neg.
   Major open question: whether occult invasion is present - [[NAME:Van den Broeck]] to review all blocks.
2. [[NAME:Aïssatou Ba]], {{age:36}}, known BRCA2 carrier, 1.2 cm TNBC L breast, cN0. [[NAME:Ba]] wants bilateral mastectomy after neoadjuvant {{drug:pembrolizumab}} + {{drug:carboplatin}}/{{drug:paclitaxel}} (KEYNOTE-522). [[NAME:Case]] to see sister [[NAME:Coumba]] for cascade testing.
3. [[NAME:Lieve Janssens]], {{age:71}}, ER+ 0.8 cm, Oncotype {{score:RS 11}}. No chemo. {{drug:anastrozole}} {{dose:1 mg}} daily, DEXA baseline.
Action items: [[NAME:josée p]] to schedule all three; slides from case 1 out for second review on [[DATE:3/5]].
""", summary="""
Breast tumor conference on [[DATE:03MAR2025]] reviewed {{eponym:Paget}} disease of the nipple with DCIS for [[NAME:Marie-Michèle Dorvil]] (mastectomy favored), neoadjuvant KEYNOTE-522 therapy for [[NAME:Aïssatou Ba]], and endocrine therapy alone for [[NAME:Lieve Janssens]].
"""),

    dict(style="chemo_consent", note="""
CONSENTEMENT ÉCLAIRÉ À LA CHIMIOTHÉRAPIE / CHEMOTHERAPY CONSENT
Service d'hémato-oncologie, CIUSSS du Saguenay-Lac-Saint-Jean
Nom / Name: [[NAME:TREMBLAY, GINETTE]]   RAMQ: [[MRN:TREG 5807 1412]]   No dossier: [[MRN:H-0093317]]
Date de naissance: [[DATE:1958-07-14]]
Traitement: FOLFIRINOX modifié - {{drug:oxaliplatine}} {{dose:85 mg/m2}}, {{drug:irinotécan}} {{dose:150 mg/m2}}, {{drug:leucovorine}} {{dose:400 mg/m2}}, {{drug:5-FU}} {{dose:2400 mg/m2}} sur 46 h, q14 jours
Risques expliqués: neutropénie fébrile, diarrhée ({{drug:lopéramide}} à domicile), neuropathie, fatigue, alopécie partielle, syndrome cholinergique.
Explained in French by Dr. [[NAME:Réjean Bouchard]]; son [[NAME:Sylvain]] present, prefers English for the written material.
Question: la patiente demande si elle peut aller au chalet à [[ADDRESS:L'Anse-Saint-Jean]] entre les cycles - oui, si pas de fièvre ({{vital:T < 38,3}}).
Signature patiente: [[NAME:Ginette Tremblay]]    le [[DATE:12 mars 2025]]
Témoin / Witness: [[NAME:Manon Côté]], inf.
Médecin: [[NAME:R. Bouchard]]   tél. [[PHONE:418 541-1000]] poste [[PHONE:2217]]
""", summary="""
[[NAME:Ginette Tremblay]] signed consent on [[DATE:12 mars 2025]] for modified {{drug:FOLFIRINOX}}, explained in French by Dr. [[NAME:Bouchard]] with her son [[NAME:Sylvain]] present.
"""),

    dict(style="oncology_clinic", note="""
Heme clinic f/u - IgG kappa multiple myeloma
[[NAME:Yvon Lachance]] is a [[AGE:ninety-three]]-year-old retired logger from [[ADDRESS:Sainte-Rose-du-Nord]], wintering with daughter [[NAME:April]] in [[ADDRESS:Houma]]. On {{drug:daratumumab}} SC {{dose:1800 mg}} q4wk + {{drug:dexamethasone}} {{dose:20 mg}} weekly; last seen here in April 2024 before going north.
[[NAME:April]] reports he is "sharp as ever" but more short of breath on the porch steps.
M-spike {{lab:0.4 g/dL}} (was {{lab:0.6}}), urine {{eponym:Bence Jones}} protein trace, {{lab:Hgb 10.1}}, {{lab:Cr 1.3}}, {{lab:Ca 9.2}}, FLC ratio {{lab:2.1}}.
Exam: {{vital:BP 146/70}}, {{vital:HR 68}}, soft {{score:2/6}} systolic murmur unchanged, trace edema.
A/P:
- VGPR maintained. Continue dara; drop dex to {{dose:12 mg}} for insomnia.
- DOE: BNP, echo; r/o AL amyloid. Cardiology ([[NAME:Jones]]) to see.
- zoster ppx {{drug:acyclovir}} {{dose:400 mg}} BID
- GOC: would not want dialysis; [[NAME:April]] is HCPOA. Mr. [[NAME:LaChance]] agrees.
Labs ok to draw in [[ADDRESS:Houma]]; fax results to [[PHONE:985-555-0172]]. RTC 4 wk.
[[NAME:Koen Peeters]], MD (fellow) / [[NAME:Diop]]
""", summary="""
[[NAME:Yvon Lachance]], [[AGE:93]], with IgG kappa myeloma remains in VGPR on {{drug:daratumumab}}; dexamethasone was reduced and new dyspnea prompted an echo and BNP. His daughter [[NAME:April]] is his health care proxy.
"""),

    dict(style="tumor_board_minutes", note="""
THORACIC TUMOR BOARD - [[DATE:5 Nov 2024]]
Chair: [[NAME:Horner]]   Scribe: [[NAME:tw]]
1) [[NAME:LEBLANC, ALCIDE]] ({{age:69}}), ex-shrimper from [[ADDRESS:Delcambre]], 60 pk-yr. R apical mass 5.4 cm invading chest wall/T1 root; R ptosis + miosis = {{eponym:Horner}} syndrome, i.e. {{eponym:Pancoast}} tumor. Bx [[MRN:CT24-11872]]: squamous cell ca, {{lab:PD-L1 TPS 60%}}. PET: N0, M0. MRI brachial plexus pending.
   [[NAME:Horner]] (thor surg): resectable after induction. [[NAME:Green]] (rad onc): concurrent chemoRT {{dose:45 Gy}} w {{drug:cisplatin}}/{{drug:etoposide}}, then restage.
   Rec: trimodality. [[NAME:Green]] to sim next wk. Wife [[NAME:Delphine]] to be called by [[NAME:Cross]].
2) [[NAME:Bart Claes]], {{age:55}}, stage IV adenoca, EGFR ex19del, on {{drug:osimertinib}} {{dose:80 mg}} since 2023; new 1.1 cm L adrenal lesion. [[NAME:Cross]] notes missed doses during a trip to [[ADDRESS:Leuven]]. Rec: adrenal bx vs SBRT, continue {{drug:Tagrisso}}, liquid bx for resistance.
3) Deferred (path not ready) - [[NAME:Gay]] to re-present.
Green tea extract question from pt 2 forwarded to pharmacy ([[NAME:Al]]).
""", summary="""
Thoracic tumor board on [[DATE:5 Nov 2024]] recommended trimodality therapy for [[NAME:Alcide LeBlanc]]'s {{eponym:Pancoast}} tumor with {{eponym:Horner}} syndrome, with [[NAME:Green]] planning chemoradiation, and adrenal evaluation for [[NAME:Bart Claes]] on {{drug:osimertinib}}.
"""),

    dict(style="chemo_consent", note="""
CHEMOTHERAPY CONSENT - ADDENDUM (R-CHOP)
Regimen reviewed: {{drug:rituximab}} {{dose:375 mg/m2}}, {{drug:cyclophosphamide}} {{dose:750 mg/m2}}, {{drug:doxorubicin}} {{dose:50 mg/m2}}, {{drug:vincristine}} {{dose:1.4 mg/m2}} (cap {{dose:2 mg}}), {{drug:prednisone}} {{dose:100 mg}} PO days 1-5, q21d x 6.
Indication: diffuse large B-cell lymphoma, {{score:IPI 2}}, {{eponym:Ann Arbor}} stage III.
Additional risks discussed beyond the standard form:
- HBV reactivation with {{drug:rituximab}} (HBsAg neg, anti-HBc pos): {{drug:entecavir}} {{dose:0.5 mg}} daily prophylaxis
- infusion reactions: first dose slow titration, {{drug:Benadryl}}/{{drug:Tylenol}} premed
- tumor lysis: {{drug:allopurinol}} {{dose:300 mg}} daily x 10 days; {{lab:uric acid 7.9}}, {{lab:LDH 612}}
- cardiotoxicity: MUGA {{lab:LVEF 58%}}
- vincristine neuropathy, constipation ({{drug:senna}}/{{drug:MiraLAX}})
- steroid hyperglycemia; {{lab:A1c 6.1%}}
Patient verbalized understanding using teach-back; all questions answered. Consent form signed and scanned to Media tab.
""", summary="""
Addendum to an R-CHOP consent for stage III DLBCL covering hepatitis B prophylaxis with {{drug:entecavir}}, infusion reactions, tumor lysis, cardiotoxicity and neuropathy; understanding was confirmed by teach-back.
"""),

    dict(style="oncology_clinic", note="""
SURVIVORSHIP VISIT   [[DATE:2024-09-17]]
[[NAME:VAN DE VELDE, JEF]]  |  {{age:41}} M  |  acct [[MRN:40018822931]]
Classic {{eponym:Hodgkin}} lymphoma, nodular sclerosis, stage IIA bulky mediastinal, dx 2014 in [[ADDRESS:Gent]]; ABVD x4 + ISRT {{dose:30 Gy}}. In CR since.
Moved to [[ADDRESS:Baton Rouge]] for work 2021. Wife [[NAME:Sofie]]; 2 kids. His mother, visiting, still calls him "[[NAME:Jefke]]".
Late-effects screening:
- thyroid: {{lab:TSH 5.8}} -> start {{drug:levothyroxine}} {{dose:25 mcg}}
- cardiac: echo {{lab:EF 55%}}, stress test 2022 neg; {{lab:LDL 142}} -> PCP to address
- pulm (bleomycin): {{lab:DLCO 78%}}, asymptomatic
- skin/field check: no lesions in RT field
Psychosocial: fear of recurrence, poor sleep. Referred to [[NAME:Rose Hébert]], LCSW; [[NAME:Sofie]] will come to the first session.
Care plan letter to PCP Dr. [[NAME:Yu]]. Return 1 yr.
[[NAME:M. Trahan]], NP
""", summary="""
[[NAME:Jef Van de Velde]], {{age:41}}, ten years past {{eponym:Hodgkin}} lymphoma treatment, remains in remission; subclinical hypothyroidism was started on {{drug:levothyroxine}} and he was referred to [[NAME:Rose Hébert]] for fear of recurrence.
"""),

    dict(style="chemo_consent", note="""
Consent for induction chemotherapy - AML
Pt: [[NAME:Babacar Thiam]]  {{age:47}}M  MRN [[MRN:9902114]]  FIN [[MRN:300044719]]  Date: [[DATE:08/19/2024]]
Dx: AML, NPM1 mut, FLT3-ITD+, {{lab:WBC 48.2}}, {{lab:blasts 71%}}.
Regimen: 7+3 ({{drug:cytarabine}} {{dose:100 mg/m2/day}} CI d1-7, {{drug:daunorubicin}} {{dose:60 mg/m2}} d1-3) + {{drug:midostaurin}} {{dose:50 mg}} PO BID d8-21.
Line: tunneled {{eponym:Hickman}} catheter by IR tomorrow AM; IR RN [[NAME:Hickman]] aware, NPO after MN.
Discussed in Wolof and French with interpreter [[NAME:Awa Seck]] (phone line, ID [[MRN:7713]]); wife [[NAME:Fatou]] present.
Risks: neutropenia ~3-4 wk, infection/sepsis (possibly fatal), bleeding, transfusions, mucositis, cardiotoxicity (echo {{lab:EF 62%}}), differentiation syndrome, QT prolongation with {{drug:midostaurin}}, infertility (sperm banking offered, declined - has 4 children).
Expected stay 4-5 weeks. Pt asked to call brother [[NAME:Moustapha]] in [[ADDRESS:Thiès]] first - done from room phone, [[PHONE:+221 77 614 23 58]].
Consents signed. Teach-back adequate.
[[NAME:Abdoulaye Niang]], MD / witness [[NAME:Price]], RN
""", summary="""
[[NAME:Babacar Thiam]] consented on [[DATE:08/19/2024]] to 7+3 induction with {{drug:midostaurin}} for FLT3-mutated AML, in Wolof via interpreter [[NAME:Awa Seck]] with his wife [[NAME:Fatou]] present; a {{eponym:Hickman}} line is planned.
"""),

    dict(style="oncology_clinic", note="""
Onc clinic - immunotherapy toxicity visit
[[NAME:Gaspard Addison]] {{age:66}}M, metastatic melanoma on {{drug:ipilimumab}} {{dose:3 mg/kg}} + {{drug:nivolumab}} {{dose:1 mg/kg}}, s/p C3 on [[DATE:Oct 2]].
1 wk fatigue, frontal headache, lightheaded on standing, nausea. {{vital:BP 98/60}} sitting, {{vital:84/52}} standing, {{vital:HR 104}}. {{lab:Na 129}}, {{lab:K 4.1}}, {{lab:glucose 71}}. AM cortisol {{lab:2.1}}, ACTH low ({{lab:6}}), free T4 low, TSH low-nl. MRI sella: diffuse pituitary enlargement.
Impression: ICI hypophysitis with secondary adrenal insufficiency and central hypothyroidism. Mr. [[NAME:Addison]] laughed that he "finally has his own disease" - explained this is central AI, not {{eponym:Addison}} disease; ACTH is low.
Plan:
- hold ipi/nivo
- {{drug:hydrocortisone}} {{dose:20 mg}} AM / {{dose:10 mg}} PM; sick-day rules, medical alert bracelet, IM {{drug:Solu-Cortef}} kit
- {{drug:levothyroxine}} {{dose:50 mcg}} only after 48 h of steroid
- endo: paged [[NAME:Bishop]] at 15:10; [[NAME:Bishop]] called back at 16:00, will see him [[DATE:10/17]]
Wife [[NAME:Faith]] will help keep a steroid log. [[NAME:Faith]] has our triage line.
[[NAME:Thibault Mercier]], MD
""", summary="""
[[NAME:Gaspard Addison]] developed immunotherapy hypophysitis with secondary adrenal insufficiency on {{drug:ipilimumab}}/{{drug:nivolumab}}; treatment was held, {{drug:hydrocortisone}} started, and endocrinology ([[NAME:Bishop]]) will see him [[DATE:10/17]].
"""),

    dict(style="oncology_clinic", note="""
chemo chair 6 - flowsheet narrative
0700 report from [[NAME:gay]] to [[NAME:frank]], chair 6 cleaned/ready.
0815 pt amb to chair w husband [[NAME:ty]]; id x2 ([[NAME:LEMAY, JOSEE]] / [[DATE:04/09/1962]]).
0820 {{vital:bp 122/74}} {{vital:hr 78}} {{vital:rr 16}} {{vital:t 36.9}} {{vital:spo2 97% ra}}, wt 61.2 kg. {{score:pain 2/10}} L hip (known bone met).
0830 piv L FA 22g, + blood return. 0700 labs ok: {{lab:anc 2.3}} {{lab:hb 10.9}} {{lab:plt 188}}, {{lab:ca 9.4}}.
0840 premeds {{drug:ondansetron}} {{dose:8 mg}} po, {{drug:dexamethasone}} {{dose:8 mg}} po.
0905 {{drug:Enhertu}} {{dose:5.4 mg/kg}} ({{dose:330 mg}}) ivpb over 90 min, dose verified w [[NAME:ousmane]] (pharm) and 2nd RN [[NAME:mb]].
0915 {{drug:Xgeva}} {{dose:120 mg}} sc R abd.
1035 complete, no sx of reaction, ms at baseline, steady gait.
1040 reviewed ILD sx: new cough/sob -> call triage, not wait.
1045 d/c home w [[NAME:ty]]. next tx [[DATE:5/21]]. -[[NAME:kd]]
cc: [[NAME:jw]]
""", summary="""
[[NAME:Josée Lemay]] received {{drug:Enhertu}} {{dose:5.4 mg/kg}} and {{drug:Xgeva}} without reaction; ILD warning symptoms were reviewed and the next treatment is [[DATE:5/21]].
"""),

    dict(style="tumor_board_minutes", note="""
GU TUMOR BOARD  [[DATE:Wed 6/11/25]]
attendees: [[NAME:Gleason]] (urology), [[NAME:Dubois]] (med onc), [[NAME:Wouters]] (rad onc), [[NAME:Desjardins]] (path), [[NAME:White]] (nuc med), navigator [[NAME:Hunter]]

#1 [[NAME:Ulysse Fontenot]] {{age:72}}, {{lab:PSA 14.2}}, MRI {{score:PI-RADS 5}} L PZ. Bx [[MRN:P25-6630]]: {{score:Gleason 4+3=7}} ({{score:Grade Group 3}}), {{lab:5/12 cores}}. PSMA PET read by [[NAME:White]]: no nodal or distant disease.
[[NAME:Gleason]] favors RALP; [[NAME:Wouters]] favors EBRT + 6 mo ADT. Retired crawfish farmer from [[ADDRESS:Kaplan]], "doesn't want anybody cutting" -> see both for shared decision.
#2 [[NAME:Cheikh Mbaye]] {{age:61}}, mHSPC, high volume (bone >4 + liver). {{lab:PSA 188}}, {{lab:ALP 412}}. [[NAME:Dubois]]: ADT + {{drug:darolutamide}} {{dose:600 mg}} BID + {{drug:docetaxel}} {{dose:75 mg/m2}} x6. Germline + somatic HRR testing. [[NAME:Hunter]] to call [[NAME:Mbaye]]'s wife [[NAME:Awa]], [[PHONE:225-555-0139]].
#3 deferred - outside slides from [[ADDRESS:Alexandria]] not yet received; [[NAME:Desjardins]] will chase.
""", summary="""
GU tumor board on [[DATE:6/11/25]] sent [[NAME:Ulysse Fontenot]] ({{score:Gleason 4+3=7}}) to both [[NAME:Gleason]] and [[NAME:Wouters]] for a shared decision and recommended triplet therapy for [[NAME:Cheikh Mbaye]]'s high-volume prostate cancer.
"""),

    dict(style="chemo_consent", note="""
ORAL ANTICANCER THERAPY - CONSENT & EDUCATION
Patient: [[NAME:Eunice Comeaux]]   DOB [[DATE:02/11/1951]]   MRN [[MRN:0611402]]
Drug: {{drug:capecitabine}} ({{drug:Xeloda}}) {{dose:1000 mg/m2}} BID d1-14 q21d = {{dose:1500 mg}} AM / {{dose:1500 mg}} PM (three 500 mg tabs), adjuvant stage III colon ca; oxaliplatin stopped after CAPOX C4 for neuropathy.
DPYD genotype: normal (*1/*1).
Risks: hand-foot syndrome, diarrhea, mucositis, neutropenia, chest pain/coronary vasospasm, {{drug:warfarin}} interaction (not on it).
Pharmacist [[NAME:Al]] reviewed with pt and son [[NAME:Thaddeus]] ("[[NAME:T-Boy]]"). [[NAME:Al]] gave a calendar; take within 30 min after meals.
Specialty pharmacy ships to home in [[ADDRESS:Eunice, LA 70535]].
Call if >4 stools/day over baseline: {{drug:loperamide}} {{dose:4 mg}} then {{dose:2 mg}} after each loose stool; onc triage [[PHONE:337-555-0100]] x[[PHONE:4412]].
Signed: [[NAME:E. Comeaux]] [[DATE:9/30/24]]; RPh [[NAME:Al Doucet]], PharmD; MD [[NAME:de la Houssaye]]
""", summary="""
[[NAME:Eunice Comeaux]] consented on [[DATE:9/30/24]] to adjuvant {{drug:capecitabine}} after education by pharmacist [[NAME:Al Doucet]] with her son [[NAME:Thaddeus]]; DPYD genotype was normal.
"""),

    dict(style="oncology_clinic", note="""
ONCOLOGY NEW PATIENT - dictated HPI
[[NAME:Coumba Diouf]] is a {{age:49}}-year-old woman from [[ADDRESS:Kaolack]], in the US visiting her son [[NAME:Modou]], referred from the ED after 3 months of abdominal distension. CT: omental caking, ascites, bilateral adnexal masses; {{lab:CA-125 1840}}. Paracentesis cytology [[MRN:C24-2210]]: adenocarcinoma, PAX8+ WT1+, c/w HGSOC.
Seen with French interpreter [[NAME:Benoît]] (Language Line ID [[MRN:260331]]); she speaks Wolof at home, french ok for medical discussion.
Insurance: travel policy, member ID [[MRN:SN-88410227]]; financial counselor [[NAME:Mason]] following.
Her oncologist in [[ADDRESS:Dakar]], Dr. [[NAME:Mame Diarra Sarr]], [[PHONE:+221 33 869 41 17]] / [[EMAIL:md.sarr@onco-dakar.sn]], sent records.
{{score:ECOG 1}}, {{vital:BP 112/70}}, {{vital:HR 96}}, {{vital:SpO2 96%}}, {{lab:hb 9.6}}, {{lab:alb 2.9}}.
Plan: neoadjuvant {{drug:carboplatin}} {{dose:AUC 6}} / {{drug:paclitaxel}} {{dose:175 mg/m2}} q21d x3, then interval debulking with [[NAME:Jean-Baptiste]]. She wants surgery here and maintenance at home. Germline testing. Son's cell [[PHONE:(504) 555-0127]].
Dictated by [[NAME:Mathilde Rousseau]], MD; tr: [[NAME:hb]]
""", summary="""
[[NAME:Coumba Diouf]], {{age:49}}, visiting from [[ADDRESS:Kaolack]], has newly diagnosed high-grade serous ovarian cancer; neoadjuvant {{drug:carboplatin}}/{{drug:paclitaxel}} then interval debulking was planned, coordinating with her Dakar oncologist Dr. [[NAME:Sarr]].
"""),

    dict(style="tumor_board_minutes", note="""
NEURO-ONCOLOGY TUMOR BOARD - de-identified minutes for QA distribution
Case A: 58M, R temporal ring-enhancing mass, GTR. Glioblastoma, IDH-wildtype, CNS WHO grade 4; MGMT promoter unmethylated, EGFR amplified, TERT mutant. {{score:KPS 80}}.
  Rec: {{eponym:Stupp}} protocol - RT {{dose:60 Gy/30 fx}} with concurrent {{drug:temozolomide}} {{dose:75 mg/m2}} daily, then adjuvant TMZ {{dose:150-200 mg/m2}} d1-5 q28d x6. Offer Optune (Tumor Treating Fields). Screen for trials.
Case B: 34F, L frontal non-enhancing lesion, subtotal resection. Astrocytoma, IDH-mutant, grade 2, 1p/19q intact.
  Rec: {{drug:vorasidenib}} {{dose:40 mg}} daily (INDIGO data), MRI q3 mo; RT + PCV deferred. {{drug:Keppra}} {{dose:500 mg}} BID continued.
Case C: 71F, multiple dural-based masses, largest 3.1 cm, meningioma WHO grade 1 on prior bx.
  Rec: observation, MRI in 6 mo; SRS if growth >2 mm/yr.
Housekeeping: Pathology will add H3 K27M IHC to all midline gliomas. Radiology to use RANO 2.0 from next month.
""", summary="""
De-identified neuro-oncology tumor board minutes: {{eponym:Stupp}} chemoradiation for an IDH-wildtype glioblastoma, {{drug:vorasidenib}} for an IDH-mutant astrocytoma, and observation for meningiomas.
"""),

    dict(style="tumor_board_minutes", note="""
Lymphoma/Myeloma Board - [[DATE:April 10, 2025]]
present: [[NAME:price]], [[NAME:young]], [[NAME:bishop]] (path), [[NAME:major]], NP [[NAME:dawn]], pharm [[NAME:will]]
1. [[NAME:Nadège Exantus]] {{age:33}}, {{eponym:Burkitt}} lymphoma, MYC rearranged, CSF neg. Deferred from [[DATE:the 3rd]] pending FISH. Rec: DA-EPOCH-R (per [[NAME:Price]]) vs CODOX-M/IVAC. young woman, wants fertility preservation - will refer today but we will not delay chemo >1 wk. [[NAME:Bishop]]: {{lab:Ki-67 ~100%}}, starry sky. [[NAME:Exantis]] aware of plan.
2. [[NAME:Wilner Joseph]] {{age:68}}, R/R myeloma after 4 lines, triple-class refractory. CAR-T ({{drug:cilta-cel}}) vs {{drug:teclistamab}}. Major concern is bridging and CRS/ICANS; [[NAME:Major]] favors teclistamab with inpatient step-up dosing. Lives alone in [[ADDRESS:Mattapan]]; nephew [[NAME:Mackenson]] could be caregiver.
3. [[NAME:Summer Landry]] {{age:24}}, cHL, interim PET {{score:Deauville 4}} after 2 cycles {{drug:brentuximab}}-AVD. Rec: continue, EOT PET in the summer, consider ISRT.
actions: [[NAME:dawn]] to call pts; [[NAME:will]] to check teclistamab REMS; minutes to [[NAME:price]]
""", summary="""
Lymphoma/myeloma board on [[DATE:April 10, 2025]] recommended intensive chemoimmunotherapy for [[NAME:Nadège Exantus]]'s {{eponym:Burkitt}} lymphoma, {{drug:teclistamab}} for [[NAME:Wilner Joseph]] per [[NAME:Major]], and continued therapy for [[NAME:Summer Landry]].
"""),

    dict(style="oncology_clinic", note="""
GOALS OF CARE CONVERSATION - heme/onc
Pt [[NAME:Griet Maes]] (F, [[AGE:96]]), MDS-EB2 progressing to AML, transfusion dependent ({{lab:Hgb 6.9}} today, {{lab:plt 11}}); ferritin rose to {{lab:2,140}}. {{drug:azacitidine}} {{dose:75 mg/m2}} x7d stopped after C6.
Present: pt, son [[NAME:Wim]], daughter-in-law [[NAME:Annelies]] (on speaker from [[ADDRESS:Mechelen]]), SW [[NAME:Rose]], myself.
Pt clear and consistent: "[[AGE:Ninety-six]] years is enough, I do not want more needles."
Decided: this is the last transfusion; hospice referral (Hospice of Acadiana); DNR/DNI, LaPOST completed. [[NAME:Rose]] to coordinate; [[NAME:Wim]] has HCPOA.
Symptoms: {{drug:morphine}} {{dose:2.5 mg}} po q4h prn dyspnea; {{drug:lorazepam}} {{dose:1/2 tab}} ({{dose:0.25 mg}}) sl q6h prn.
Time 55 min, >50% counseling.
[[NAME:Lambert]], MD
""", summary="""
[[NAME:Griet Maes]], [[AGE:96]], with MDS progressing to AML chose hospice and no further transfusions at a family meeting with her son [[NAME:Wim]]; SW [[NAME:Rose]] will coordinate.
"""),

    dict(style="chemo_consent", note="""
IMMUNOTHERAPY CONSENT - {{drug:pembrolizumab}}
[[NAME:Cyrille D'Amours]]   MRN [[MRN:3307715]]   [[DATE:Monday, 7/21/2025]]
Indication: stage IIIA melanoma, adjuvant. {{drug:Keytruda}} {{dose:400 mg}} IV q6wk x 1 yr.
Reviewed immune-related AEs: colitis, pneumonitis, hepatitis, thyroiditis, hypophysitis, type 1 diabetes, myocarditis, skin, arthritis; rarely fatal. Some endocrine effects are permanent (lifelong {{drug:levothyroxine}} or steroid).
Baseline: {{lab:TSH 1.9}}, {{lab:cortisol 14}}, {{lab:A1c 5.4%}}, {{lab:troponin <6}}.
Pt has {{eponym:Crohn}} disease in remission on no therapy - discussed flare risk; GI ([[NAME:Crohn]], no relation, he noted) agrees to co-manage.
Questions from partner [[NAME:Jordan]]: can he still go fishing in [[ADDRESS:Cocodrie]] - yes, sunscreen.
Signed by pt. Witness: [[NAME:Bo]], MA.
[[NAME:Wouters K]], MD
""", summary="""
[[NAME:Cyrille D'Amours]] consented on [[DATE:7/21/2025]] to adjuvant {{drug:pembrolizumab}} for stage IIIA melanoma; flare risk of his {{eponym:Crohn}} disease was discussed and GI will co-manage.
"""),
]
