"""fresh3 test portion, part a: tumor-board minutes, social-work notes, OB notes, home-health and
hospice visits, radiology reports, dictated notes transcribed all in lower case.
Every note written by hand; every person, place, number and date is invented. The name pool is
disjoint from the dev portion's (checked by check.py)."""

NOTES = [
    # ------------------------------------------------------------------ tumor boards
    dict(style="tumor_board", note="""\
THORACIC MULTIDISCIPLINARY TUMOR BOARD - minutes
Date: [[DATE:Wed 03/12/2025]], 07:00, conf room 4B / video
Present: Dr. [[NAME:Anjali Venkataraman]] (medical oncology, chair), Dr. [[NAME:Tobiah Goldfarb]] (thoracic surgery), Dr. [[NAME:Inês Magalhães]] (radiation oncology), Dr. [[NAME:Selamawit Bekele]] (pathology), Dr. [[NAME:Eun-ji Yoo]] (radiology), [[NAME:Faith Nwosu]], NP, [[NAME:Roxanne Ferraro]], RN (nurse navigator), [[NAME:Tyler Mason]] (research coordinator).

Case 1. [[NAME:Konstantinos Georgiou]], {{age:67}} M, MRN [[MRN:40718823]]. RUL 4.1 cm adenocarcinoma with ipsilateral mediastinal N2 (station 4R) on EBUS [[DATE:2/27]]. {{score:PD-L1 TPS 60%}}, EGFR/ALK/ROS1 negative. {{score:ECOG 0}}. {{lab:FEV1 78%}}, {{lab:DLCO 71%}}.
Discussion: Dr. [[NAME:Goldfarb]] feels resectable after induction; Dr. [[NAME:Magalhães]] prefers definitive chemoradiation given bulky 4R.
Recommendation: neoadjuvant {{drug:nivolumab}} {{dose:360 mg}} + platinum doublet x3, restage, re-present.

Case 2. [[NAME:Moradi, Shirin]], {{age:54}} F, never smoker. Stage IVA, EGFR exon 19 deletion, solitary brain met 9 mm.
Recommendation: {{drug:osimertinib}} ({{drug:Tagrisso}}) {{dose:80 mg}} daily; SRS to brain lesion. [[NAME:Faith]] to arrange teaching; pt's husband [[NAME:Kourosh]] asks for a call ([[PHONE:(216) 443-0982]]).

Case 3. [[NAME:Everett Baker]], [[AGE:91]] M, 1.8 cm LLL nodule, PET SUV 6.2, too frail for biopsy per family.
Recommendation: empiric SBRT 54 Gy/3 fx. Daughter [[NAME:Maxine Baker-Tuttle]] is HCPOA.""",
         summary="""Thoracic tumor board on [[DATE:03/12/2025]]: induction {{drug:nivolumab}} for [[NAME:Konstantinos Georgiou]], {{drug:osimertinib}} plus SRS for [[NAME:Shirin Moradi]], and empiric SBRT for [[AGE:91]]-year-old [[NAME:Everett Baker]]."""),

    dict(style="tumor_board", note="""\
Breast Tumor Board - [[DATE:4/2/25]]
Attendees: [[NAME:Rangi Parata]] MD (surgical oncology); [[NAME:Bethlehem Alemu]] MD (medical oncology); [[NAME:Corentin Abadie]] MD (radiation oncology); [[NAME:Ilona Szabó]] MD (pathology); [[NAME:Hadas Birnbaum]], MS, CGC (genetics); [[NAME:Pua]] (navigator).
Pt: [[NAME:Guadalupe Ramírez Villaseñor]], {{age:46}}, G3P3, self-palpated L breast mass.
Path (core): IDC grade 2, 2.3 cm; {{lab:ER 95%}}, {{lab:PR 60%}}, {{score:HER2 1+}}, {{lab:Ki-67 22%}}. Sentinel node planned.
Genetics: BRCA2 variant of uncertain significance; sister [[NAME:Maricruz]] dx at {{age:39}}, maternal aunt [[NAME:Esperanza Villaseñor]] ovarian ca. [[NAME:Hadas]] recommends cascade testing.
Plan: lumpectomy + SLNB with Dr. [[NAME:Parata]]; send {{score:Oncotype DX}} - if {{score:RS <= 25}}, endocrine therapy alone ({{drug:tamoxifen}} {{dose:20 mg}} premenopausal, consider {{drug:Zoladex}} + {{drug:letrozole}}).
Pt requests Spanish-language materials; her daughter [[NAME:Xiomara]] will come to visits.""",
         summary="""Breast tumor board on [[DATE:4/2/25]] for [[NAME:Guadalupe Ramírez Villaseñor]], {{age:46}}: ER-positive, {{score:HER2 1+}} IDC; lumpectomy with Dr. [[NAME:Parata]], {{score:Oncotype DX}} to guide {{drug:tamoxifen}}, cascade genetic testing."""),

    dict(style="tumor_board", note="""\
GI ONCOLOGY CONFERENCE
[[DATE:June 18, 2024]]
Case presented by Dr. [[NAME:Alejandro Cárdenas Ibarra]] (colorectal surgery)
Patient: [[NAME:Tiago Figueiredo]], {{age:49}}, MRN [[MRN:55-209-714]]
Rectal adenocarcinoma 6 cm from anal verge; MRI: T3c N1, MRF threatened, EMVI+. {{lab:CEA 14.2}}.
Recommendation (consensus): total neoadjuvant therapy - short-course RT (25 Gy/5) then {{drug:CAPOX}} x 6, restage with MRI and flex sig; if complete clinical response, watch-and-wait option.
Dr. [[NAME:Ogunleye-Park]] (med onc) notes pt is a long-haul trucker; {{drug:CAPOX}} preferred over {{drug:FOLFOX}} for fewer infusions.
Pt's wife [[NAME:Joana]] asked about fertility; referral to reproductive endocrinology for sperm banking before RT.""",
         summary="""GI conference on [[DATE:June 18, 2024]] recommended total neoadjuvant therapy with short-course RT and {{drug:CAPOX}} for [[NAME:Tiago Figueiredo]], {{age:49}}, with rectal cancer ({{lab:CEA 14.2}}); sperm banking referral."""),

    dict(style="tumor_board", note="""\
Hepatobiliary tumor board - case summary (de-identified for teaching file)
Case 2: Man in his sixties with cirrhosis from MASH, {{score:Child-Pugh A6}}, {{score:MELD 9}}. Surveillance US showed a 3.4 cm segment 7 lesion; multiphase CT: arterial hyperenhancement with washout and capsule, {{score:LI-RADS 5}}. {{lab:AFP 412}}.
{{lab:Platelets 92}}, {{lab:bilirubin 1.0}}, {{lab:albumin 3.6}}, no ascites. Portal pressure: {{lab:HVPG 9}}.
Options discussed: resection vs. ablation vs. transplant listing. Within {{eponym:Milan criteria}}.
Consensus: microwave ablation given location and portal hypertension, bridge-to-transplant evaluation; start {{drug:carvedilol}} {{dose:6.25 mg}} BID. Recheck {{lab:AFP}} and CT at 4-6 weeks.
Secondary: {{drug:atezolizumab}} + {{drug:bevacizumab}} reserved for progression.""",
         summary="""De-identified HCC case within {{eponym:Milan criteria}} ({{score:LI-RADS 5}}, {{lab:AFP 412}}, {{score:Child-Pugh A6}}): microwave ablation, transplant evaluation and {{drug:carvedilol}}."""),

    dict(style="tumor_board", note="""\
Neuro-Oncology Tumor Board      [[DATE:2024-09-05]]
Present: Dr. [[NAME:Ursula Brandstätter]] (neuro-onc), Dr. [[NAME:Omar Abdelrahman]] (neurosurgery), Dr. [[NAME:Kaveh Tehrani]] (rad onc), Dr. [[NAME:Pham-Lindahl]] (neuropath), [[NAME:Cosmina]] (trials).
Pt: [[NAME:Miroslav Dvořák]], {{age:59}}, R temporal glioblastoma, IDH-wildtype, MGMT promoter methylated, s/p GTR [[DATE:8/14]].
{{score:KPS 70}}; post-op MRI no residual enhancement.
Plan: {{eponym:Stupp}} protocol - RT 60 Gy/30 fx with concurrent {{drug:temozolomide}} {{dose:75 mg/m2}} daily, then adjuvant {{drug:temozolomide}} {{dose:150-200 mg/m2}} days 1-5 q28d x 6. Tumor-treating fields offered. {{drug:Keppra}} {{dose:750 mg}} BID continue; {{drug:dexamethasone}} {{dose:2 mg}} taper off.
Wife [[NAME:Jana Dvořáková]] asks about trial NCT-listed vaccine; [[NAME:Cosmina]] to screen.""",
         summary="""Neuro-oncology board: [[NAME:Miroslav Dvořák]], {{age:59}}, with MGMT-methylated glioblastoma ({{score:KPS 70}}) will get {{eponym:Stupp}} chemoradiation with {{drug:temozolomide}}; wife [[NAME:Jana Dvořáková]] asked about trials."""),

    dict(style="tumor_board", note="""\
Heme malignancy / BMT conference - minutes
[[DATE:11/20/2024]]
1) [[NAME:Olena Shevchenko]], {{age:33}} F. AML with FLT3-ITD (allelic ratio 0.6), NPM1 mutated. Day 28 marrow after 7+3 with {{drug:midostaurin}} {{dose:50 mg}} BID: MRD negative by flow.
   Donor search: brother [[NAME:Taras Shevchenko]] is a 10/10 HLA match; second brother [[NAME:Bohdan]] haploidentical.
   Plan: consolidation {{drug:HiDAC}} x1 then allo-HCT from [[NAME:Taras]]. BMT coordinator [[NAME:Mark Lindahl-Quaye]] to start donor workup; [[NAME:Taras]] lives in [[ADDRESS:Lviv]], travel letter needed.
2) [[NAME:Benjamin Rich]], {{age:72}} M. MDS-EB2, {{score:IPSS-R 6.5}} (very high). Not HCT candidate per Dr. [[NAME:Ifrah Warsame-Doyle]]. Start {{drug:azacitidine}} {{dose:75 mg/m2}} x7 d + {{drug:venetoclax}}. {{lab:Hgb 7.6}}, {{lab:ANC 0.4}}.
Minutes: [[NAME:Karolina Wójcik-Tamba]], RN.""",
         summary="""BMT conference: [[NAME:Olena Shevchenko]], {{age:33}}, with FLT3-ITD AML in MRD-negative remission will go to transplant from her brother [[NAME:Taras]]; [[NAME:Benjamin Rich]], {{age:72}}, starts {{drug:azacitidine}} and {{drug:venetoclax}}."""),

    dict(style="tumor_board", note="""\
Head & Neck Multidisciplinary Clinic - tumor board note
Patient: [[NAME:Padraig McCarthy]], DOB [[DATE:11-Oct-1953]]
Team: Dr. [[NAME:Ngaio Whitaker-Ross]] (ENT/H&N surgery), Dr. [[NAME:Lalitha Rao]] (rad onc), Dr. [[NAME:Samuel Achebe-Lunt]] (med onc), [[NAME:Brigid Cook]], CCC-SLP, Dr. [[NAME:Anil Deshpande]] (oncologic dentistry), [[NAME:Dawn]], RD.
Dx: p16+ SCC of L base of tongue, cT2N1M0 (AJCC 8th stage I). 30 pack-years, quit 2010.
Recommendation: definitive RT 70 Gy + weekly {{drug:cisplatin}} {{dose:40 mg/m2}}; dental extractions first (Dr. [[NAME:Deshpande]]); prophylactic swallow exercises with [[NAME:Brigid]]; PEG only if weight loss > 10%.
Pt's daughter [[NAME:Orla McCarthy]] (nurse, lives in [[ADDRESS:Galway]]) joined by video and asked about hearing loss with cisplatin - audiogram ordered. Baseline {{lab:Cr 0.9}}, {{lab:Mg 1.9}}.""",
         summary="""Head and neck board recommended RT with weekly {{drug:cisplatin}} for [[NAME:Padraig McCarthy]]'s p16-positive tongue-base cancer, with dental extractions by Dr. [[NAME:Deshpande]] and swallow therapy with [[NAME:Brigid Cook]]."""),

    # ------------------------------------------------------------------ social work
    dict(style="social_work", note="""\
Social Work Psychosocial Assessment
Pt: [[NAME:Layla Mansour]], {{age:38}}, ED visit for wrist fracture; disclosed IPV.
Family: ex-husband [[NAME:Karim Nassar]] (active protective order through [[DATE:12/31/2025]]); children [[NAME:Yara]] ({{age:10}}) and [[NAME:Adam]] ({{age:6}}), currently with pt's mother [[NAME:Samira Mansour]] in [[ADDRESS:Dearborn]]. Brother [[NAME:Fadi]] is supportive but "talks to [[NAME:Karim]]'s cousins."
Safety: pt moved to a new apartment last month; asks that her address ([[ADDRESS:2715 Calhoun St, Apt 3, Toledo, OH 43606]]) NOT be given to anyone, including [[NAME:Fadi]]. Chart flagged confidential.
{{score:Danger Assessment 17}} (severe). Connected with DV advocate [[NAME:Tasha Greenleaf]] ([[PHONE:419-555-0172]]) who will meet pt at discharge.
Pain: {{drug:ibuprofen}} {{dose:600 mg}}; ortho f/u.
Pt has a safe phone; contact only at [[PHONE:419-330-8814]], do not leave messages.""",
         summary="""[[NAME:Layla Mansour]], {{age:38}}, disclosed partner violence ({{score:Danger Assessment 17}}); her new address is confidential, advocate [[NAME:Tasha Greenleaf]] engaged, children with grandmother [[NAME:Samira]] in [[ADDRESS:Dearborn]]."""),

    dict(style="social_work", note="""\
SW note - Newborn / CPS report
Infant: Baby Girl [[NAME:Pickett]], DOB [[DATE:01/09/2025]], NICU bed 14, NAS monitoring ({{score:Finnegan 9}}, {{score:11}}).
Mother: [[NAME:Destiny Pickett]], {{age:19}}; {{lab:UDS positive for fentanyl}} and {{lab:cannabinoids}} at delivery. On {{drug:buprenorphine}} {{dose:8 mg}} since 2nd trimester per mother, not verified.
Father of baby: [[NAME:Jaylen Morrow]], {{age:21}}, visited once. Maternal grandmother [[NAME:Charlene Pickett]] is willing to be a kinship placement; lives at [[ADDRESS:604 Ridge Rd, Lot 22, Barnesville]].
Report made to county CPS [[DATE:1/10]] 14:20, intake worker [[NAME:Monique Fairbanks]], referral # [[MRN:2025-CPS-004417]]. Investigator not yet assigned.
Plan: safe-plan meeting before discharge; mother referred to OB-addiction clinic. Eat-Sleep-Console approach; {{drug:morphine}} {{dose:0.05 mg/kg}} only if ESC fails.""",
         summary="""CPS report on [[DATE:1/10]] for Baby Girl [[NAME:Pickett]] with NAS ({{score:Finnegan 11}}) after mother [[NAME:Destiny Pickett]] tested positive for fentanyl; grandmother [[NAME:Charlene]] offers kinship care."""),

    dict(style="social_work", note="""\
Social work - resource note
Pt is a {{age:62}}-year-old with new ESRD starting outpatient hemodialysis three times weekly.
Barriers identified: no car, fixed income, lives alone, limited health literacy.
Actions: transportation benefit application submitted through the health plan; dialysis unit SW to follow. Provided low-potassium diet handout with RD; discussed {{lab:K 5.8}} from today and why {{drug:Lokelma}} {{dose:10 g}} was prescribed.
Pharmacy copay assistance requested for {{drug:sevelamer}} ({{drug:Renvela}}) {{dose:800 mg}} TID with meals and {{drug:calcitriol}} {{dose:0.25 mcg}}.
Advance directive discussed; pt wants to think about it. {{score:PHQ-2 1}}.
Follow-up by phone in 1 week.""",
         summary="""Resource note for a {{age:62}}-year-old starting hemodialysis: transport and copay help for {{drug:sevelamer}} and {{drug:calcitriol}}, diet teaching for {{lab:K 5.8}}."""),

    dict(style="social_work", note="""\
Social Work - concern for elder financial exploitation
Pt [[NAME:Ezekiel Hartsfield]], {{age:89}}, widowed, admitted with dehydration ({{lab:Na 151}}, {{lab:BUN 64}}) and {{score:MMSE 22}}.
Per pt, nephew [[NAME:Dwayne Hartsfield]] moved in 8 months ago and "handles the checks." Neighbor Mrs. [[NAME:Ortolano]] called the unit: she has not seen pt outside in weeks and the electricity was shut off [[DATE:Oct 2]].
Bank statement brought by pt's niece [[NAME:Tamara Hartsfield-Grier]] shows withdrawals of ~$3,000/month.
APS report filed [[DATE:10/17/2024]], case [[MRN:APS-24-118093]], worker [[NAME:Bethany Strobel]] ([[PHONE:(937) 225-4160 x 207]]).
Pt states he does not want [[NAME:Dwayne]] to "get in trouble" but wants his own money back. Capacity consult requested (Dr. [[NAME:Oyelami]]). Discharge on hold.""",
         summary="""Possible financial exploitation of [[NAME:Ezekiel Hartsfield]], {{age:89}}, by nephew [[NAME:Dwayne]]; APS report filed [[DATE:10/17/2024]] with worker [[NAME:Bethany Strobel]] and capacity consult requested."""),

    dict(style="social_work", note="""\
Bereavement follow-up call (13-month program) - [[DATE:Feb. 3, 2025]]
Spoke with [[NAME:Pauline Achterberg]], widow of [[NAME:Hendrik Achterberg]] (died on our unit [[DATE:1/2/2024]]).
She is sleeping better, back to choir on Thursdays. Daughter [[NAME:Sanne]] visits weekly from [[ADDRESS:Grand Rapids]]; son [[NAME:Joost]] "doesn't talk about his dad."
Grandson [[NAME:Mark]] ({{age:17}}) is struggling - failing classes since the death; [[NAME:Pauline]] asked for resources. Gave teen grief group info and school counselor letter.
She mentioned her own doctor started {{drug:escitalopram}} {{dose:10 mg}}; she feels it helps. {{score:PHQ-9 7}}.
Will send the anniversary card and invite to memorial service on [[DATE:May 4th]].""",
         summary="""Bereavement call with [[NAME:Pauline Achterberg]], widow of [[NAME:Hendrik]]: coping better on {{drug:escitalopram}}, grandson [[NAME:Mark]] struggling; invited to the [[DATE:May 4th]] memorial."""),

    dict(style="social_work", note="""\
Social Work - new refugee family, pediatric admission
Pt: [[NAME:Mahad Abdiwali]], {{age:3}}, admitted with severe iron-deficiency anemia ({{lab:Hgb 5.9}}, {{lab:ferritin 3}}) and pica.
Family arrived from [[ADDRESS:Kakuma]] camp 5 weeks ago. Mother [[NAME:Ayaan Mohamud]] (speaks Somali, Maay Maay); father [[NAME:Abdiwali Hassan Gedi]]; siblings [[NAME:Hibaaq]] ({{age:9}}), [[NAME:Sagal]] ({{age:7}}), twins [[NAME:Hodan]] and [[NAME:Hamdi]] ({{age:1}}).
Resettlement caseworker: [[NAME:Ruth Ebenezer]], Community Refugee Services, [[PHONE:614-235-8821]], [[EMAIL:rebenezer@crs-columbus.org]].
Home: [[ADDRESS:1877 Maple Canyon Ave, Apt 210, Columbus, OH 43229]] - 2BR for 7 people; lead screen requested for all children.
Interpreter [[NAME:Abdikarim]] (phone line, ID [[MRN:501244]]) used throughout.
Plan: WIC enrollment, pediatric primary care with Dr. [[NAME:Nasteho Ali]], {{drug:ferrous sulfate}} {{dose:3 mg/kg/day}} teaching.""",
         summary="""Refugee family support for [[NAME:Mahad Abdiwali]], {{age:3}}, with severe iron deficiency ({{lab:Hgb 5.9}}); caseworker [[NAME:Ruth Ebenezer]] engaged and lead screening ordered for his siblings at [[ADDRESS:1877 Maple Canyon Ave]]."""),

    dict(style="social_work", note="""\
SW progress - guardianship petition
Pt [[NAME:Lowell Cheatham]], {{age:71}}, TBI after fall, no capacity per psychiatry, no HCPOA, no family located except estranged son [[NAME:Travis Cheatham]] (last known [[ADDRESS:Pueblo, CO]]; phone disconnected).
Hospital counsel [[NAME:Priscilla Oyler]], JD, filed emergency guardianship petition; hearing set for [[DATE:Monday, August 26]] at 9:00, probate court.
Court visitor / guardian ad litem: [[NAME:Hunter Galloway]], Esq., [[PHONE:(719) 584-2096]]; will interview pt [[DATE:8/22]].
Proposed guardian: professional guardian [[NAME:Verna Loughlin]] (agency).
Medical: {{drug:levetiracetam}} {{dose:500 mg}} BID, {{drug:quetiapine}} {{dose:25 mg}} qHS for agitation; {{score:GCS 14}}, {{score:Rancho IV}}.
Long-term placement search can begin once guardian appointed.""",
         summary="""Emergency guardianship petition for [[NAME:Lowell Cheatham]], {{age:71}}, after TBI, with a hearing on [[DATE:August 26]]; guardian ad litem [[NAME:Hunter Galloway]] to interview him [[DATE:8/22]]."""),

    # ------------------------------------------------------------------ OB notes
    dict(style="ob_note", note="""\
L&D Admission H&P
[[NAME:Nguyễn Thị Hạnh]], {{age:31}}, G3P2002 at 39w1d by 8-wk US, EDD [[DATE:05/27/2025]].
Presents in spontaneous labor. SVE 5/80/-1, {{score:Bishop 9}}. Membranes intact. FHR 135, moderate variability, accels, no decels (Cat I).
{{vital:BP 118/74}}, {{vital:T 36.8}}.
Labs: O+, {{lab:Hgb 11.6}}, {{lab:GBS positive}} -> {{drug:penicillin G}} {{dose:5 million units}} IV load then {{dose:2.5 million units}} q4h. Rubella immune, HIV/HBsAg neg.
Prior: 2 SVDs, largest 3.9 kg; no PPH.
Support: husband [[NAME:Trần Văn Tuấn]] and her sister [[NAME:Nguyễn Thị Hương]]; declines interpreter for now (good English), requests Vietnamese for consents.
Plan: expectant management, epidural on request (Dr. [[NAME:Ines Valcárcel]], anesthesia). Midwife [[NAME:Fiona O'Driscoll]], CNM, attending delivery.""",
         summary="""[[NAME:Nguyễn Thị Hạnh]], {{age:31}}, G3P2 at term, admitted in labor ({{score:Bishop 9}}), {{lab:GBS positive}} on {{drug:penicillin G}}; CNM [[NAME:Fiona O'Driscoll]] attending, husband [[NAME:Tuấn]] present."""),

    dict(style="ob_note", note="""\
Prenatal visit 28w2d
Pt: [[NAME:Kwon Hae-won]] (goes by "[[NAME:Hannah]]"), {{age:36}}, G1P0, IVF pregnancy. EDD [[DATE:9/30/24]].
Fundal height 28 cm. FHR 148. {{vital:BP 124/80}}. Wt +7 kg.
1-h GCT {{lab:glucose 152}} -> 3-h GTT scheduled [[DATE:Tues 7/16]] (fasting, bring book).
{{lab:Hgb 10.4}}: start {{drug:ferrous sulfate}} {{dose:325 mg}} every other day.
Rh negative: {{drug:RhoGAM}} {{dose:300 mcg}} IM today.
Tdap today. Kick counts reviewed. {{drug:Aspirin}} {{dose:81 mg}} continued (preeclampsia risk: IVF, age).
Husband [[NAME:Daniel Kwon]] and her mother [[NAME:Kwon Soon-ja]] attended; mother staying with them until 6 weeks postpartum.""",
         summary="""28-week visit for [[NAME:Hannah Kwon]]: elevated GCT ({{lab:glucose 152}}) with 3-hour test [[DATE:7/16]], {{drug:RhoGAM}} given, iron started for {{lab:Hgb 10.4}}."""),

    dict(style="ob_note", note="""\
Postpartum hemorrhage - event note
SVD at 02:14 of 3.8 kg infant; placenta delivered intact 02:22. Uterine atony with brisk bleeding, QBL 1,250 mL by 02:40.
Interventions: bimanual massage; {{drug:oxytocin}} ({{drug:Pitocin}}) {{dose:40 units}}/1 L at 250 mL/h; {{drug:methylergonovine}} ({{drug:Methergine}}) {{dose:0.2 mg}} IM ({{vital:BP 122/70}}, no HTN); {{drug:carboprost}} ({{drug:Hemabate}}) {{dose:250 mcg}} IM x2; {{drug:misoprostol}} {{dose:800 mcg}} PR; {{drug:tranexamic acid}} {{dose:1 g}} IV at 02:36.
{{eponym:Bakri balloon}} placed with 400 mL, bleeding controlled by 02:58.
Vitals nadir {{vital:BP 84/48}}, {{vital:HR 128}}; {{score:shock index 1.5}}. 2 u PRBC transfused. {{lab:Hgb 7.9}} post, {{lab:fibrinogen 240}}.
Total QBL 1,900 mL. Foley in place; UOP 45 mL/h. Balloon out at 12 h per protocol.""",
         summary="""Atonic postpartum hemorrhage (QBL 1,900 mL) treated with {{drug:Pitocin}}, {{drug:Methergine}}, {{drug:Hemabate}}, {{drug:misoprostol}}, {{drug:tranexamic acid}}, a {{eponym:Bakri balloon}} and 2 units PRBC."""),

    dict(style="ob_note", note="""\
Cesarean Delivery - Operative Note          [[DATE:2024-12-02]]
Patient: [[NAME:Uchenna Eze-Bassey]], {{age:34}}, G2P1 at 38w6d. MRN [[MRN:OB-773015]].
Indication: repeat cesarean, declined TOLAC; prior classical incision.
Surgeon: Dr. [[NAME:Natasha Petrović]]; Assistant: Dr. [[NAME:Ravi Dhillon]] (PGY-2); Anesthesia: Dr. [[NAME:Yusra Haidari]] (spinal, {{drug:bupivacaine}} {{dose:12 mg}} + {{drug:fentanyl}} {{dose:15 mcg}} + {{drug:morphine}} {{dose:150 mcg}}); Peds: Dr. [[NAME:Wendell Page]]; Scrub [[NAME:Keturah]]; Circ [[NAME:Lanakila]], RN.
{{drug:Cefazolin}} {{dose:2 g}} + {{drug:azithromycin}} {{dose:500 mg}} pre-incision.
Findings: viable male infant, vertex, {{score:Apgar 7/9}}, weight 3,470 g; dense adhesions bladder to lower segment. Bilateral tubal ligation per signed consent (Medicaid form signed [[DATE:10/01/2024]]).
QBL 950 mL. {{drug:Oxytocin}} infusion. {{lab:Hgb 10.1}} pre-op.
Partner [[NAME:Obinna Bassey]] present for delivery; baby named [[NAME:Chukwudi]].""",
         summary="""Repeat cesarean with tubal ligation for [[NAME:Uchenna Eze-Bassey]] on [[DATE:2024-12-02]] by Dr. [[NAME:Petrović]]; male infant [[NAME:Chukwudi]], {{score:Apgar 7/9}}, QBL 950 mL."""),

    dict(style="ob_note", note="""\
Postpartum visit - 6 weeks
[[NAME:Rose Tahmasebi]], {{age:28}}, s/p SVD [[DATE:March 3rd]] of baby [[NAME:Cyrus]] (NICU x 3 days for TTN, now home and feeding well).
{{score:EPDS 14}} (item 10 = 0, no SI). Reports tearfulness, poor sleep even when baby sleeps, feels "like a bad mom." Partner [[NAME:Bijan]] back at work; her mother-in-law [[NAME:Parvaneh]] staying and "criticizing everything."
Breastfeeding exclusively; {{drug:sertraline}} compatible - start {{dose:25 mg}} x1 week then {{dose:50 mg}}.
Contraception: {{drug:Nexplanon}} placed today, {{drug:lidocaine}} {{dose:1%}} 3 mL.
{{vital:BP 112/70}}; perineum healed; {{lab:Hgb 11.9}}.
Referral to perinatal psychotherapist [[NAME:Elspeth Darrow]], LMFT; pt agreed. Postpartum support line given.""",
         summary="""6-week postpartum visit for [[NAME:Rose Tahmasebi]] with {{score:EPDS 14}}; {{drug:sertraline}} started, {{drug:Nexplanon}} placed and therapy referral to [[NAME:Elspeth Darrow]]."""),

    dict(style="ob_note", note="""\
OB Triage note
[[NAME:Leilani Kealoha]], {{age:29}}, G1 at 35w4d, sent from clinic for {{vital:BP 168/110}} and headache.
Repeat {{vital:BP 164/108}} at 15 min. No RUQ pain, +scotomata. {{eponym:Clonus}}: 2 beats.
Labs: {{lab:protein/creatinine ratio 1.2}}, {{lab:AST 88}}, {{lab:ALT 104}}, {{lab:Plt 138}}, {{lab:LDH 410}}, {{lab:Cr 0.8}}.
Dx: preeclampsia with severe features.
Treatment: {{drug:labetalol}} {{dose:20 mg}} IV -> {{vital:BP 152/98}}; {{drug:magnesium sulfate}} {{dose:4 g}} IV load then {{dose:2 g/h}}; {{drug:betamethasone}} {{dose:12 mg}} IM given (#1). Plan induction after; MFM Dr. [[NAME:Kamakana]] aware.
Partner [[NAME:Kainoa Pires]] and her mother [[NAME:Mahina Kealoha]] at bedside; partner phone [[PHONE:808.321.4470]].""",
         summary="""[[NAME:Leilani Kealoha]], {{age:29}}, at 35 weeks has preeclampsia with severe features ({{vital:BP 168/110}}, {{lab:AST 88}}); {{drug:labetalol}}, {{drug:magnesium sulfate}} and {{drug:betamethasone}} given before induction."""),

    dict(style="ob_note", note="""\
Maternal-Fetal Medicine consultation

[[DATE:22 January 2025]]

Dear Dr. [[NAME:de Chastelain]],

Thank you for referring Mme [[NAME:Margaux Dubreuil]] ({{age:41}}, G2P1, DOB [[DATE:07/06/1983]]), a dichorionic-diamniotic twin pregnancy after IVF, now 20w3d.
Anatomy survey: Twin A normal; Twin B with isolated echogenic intracardiac focus (low risk given normal cfDNA). Cervical length 31 mm.
Risks discussed: preeclampsia (on {{drug:aspirin}} {{dose:162 mg}}), GDM (early {{lab:HbA1c 5.6%}}), preterm birth. Growth scans every 4 weeks from 24 weeks; weekly BPP from 32 weeks.
Her husband, [[NAME:Henri-Baptiste Dubreuil]], asked about delivery timing - we discussed 37-38 weeks.

Yours sincerely,
[[NAME:Clémence Aubry-Nakano]], MD, Maternal-Fetal Medicine
cc: Dr. [[NAME:Henri de Chastelain]], [[ADDRESS:14 rue des Lilas, Montréal, QC H2J 1X4]]""",
         summary="""MFM letter from Dr. [[NAME:Aubry-Nakano]] to Dr. [[NAME:de Chastelain]] about [[NAME:Margaux Dubreuil]], {{age:41}}, with IVF di-di twins: on {{drug:aspirin}} {{dose:162 mg}}, serial growth scans, delivery at 37-38 weeks."""),

    # ------------------------------------------------------------------ home health / hospice
    dict(style="home_health_hospice", note="""\
Hospice admission visit - RN case manager
Pt: [[NAME:Winifred Major]], [[AGE:95]], end-stage {{eponym:Alzheimer}} dementia. {{score:FAST 7c}}, {{score:PPS 30%}}.
Home: [[ADDRESS:41 Tamarack Circle, Bemidji, MN 56601]]; lives with daughter [[NAME:Constance Major-Tate]] (primary caregiver, HCPOA) and son-in-law [[NAME:Arvid]].
Weight loss 8 kg in 6 months; now pureed diet, 30% of meals. Stage 2 sacral wound.
Meds reconciled: stop {{drug:Aricept}}, {{drug:Namenda}}, {{drug:Lipitor}}. Comfort kit ordered: {{drug:morphine}} oral solution {{dose:5 mg}} q2h prn, {{drug:lorazepam}} ({{drug:Ativan}}) {{dose:0.5 mg}} SL prn, {{drug:haloperidol}} {{dose:0.5 mg}} prn agitation, {{drug:atropine}} {{dose:1%}} drops prn secretions.
DNR/POLST on fridge. Family wishes: no hospital transfer.
IDT: chaplain Rev. [[NAME:Ezra Whitford]] to visit [[DATE:Friday 2/7]]; aide [[NAME:Peg]] 3x/week.
After-hours line given: [[PHONE:218-444-6190]].""",
         summary="""Hospice admission for [[AGE:95]]-year-old [[NAME:Winifred Major]] with end-stage dementia ({{score:FAST 7c}}) at home with daughter [[NAME:Constance]]; {{drug:Aricept}} stopped and comfort kit with {{drug:morphine}} and {{drug:Ativan}} ordered."""),

    dict(style="home_health_hospice", note="""\
Home Health Skilled Nursing Visit
Pt: [[NAME:Abebe Tesfaye]], {{age:76}}. Visit [[DATE:08/21/2024]], 10:05-10:55.
Address verified: [[ADDRESS:5560 Georgia Ave NW, Apt 4, Washington, DC 20011]].
Present: wife [[NAME:Almaz Bekele-Tesfaye]]; grandson [[NAME:Dawit]] interpreted Amharic for part of the visit.
{{vital:BP 142/84}}, {{vital:HR 76}}, {{vital:SpO2 95%}}, {{lab:CBG 188}}.
R heel diabetic ulcer 2.0 x 1.6 cm, granulating; cleansed with NS, {{drug:Santyl}} applied, foam dressing. {{score:Braden 17}}.
Meds: {{drug:insulin glargine}} {{dose:18 units}} qHS - wife draws up; observed correct technique. {{drug:Januvia}} {{dose:50 mg}}.
Teaching: offloading boot, foot checks. Podiatry f/u with Dr. [[NAME:Yohannes]] [[DATE:9/3]].
Next SN visit [[DATE:8/24]]. RN: [[NAME:Makeda Worku]]""",
         summary="""Home nursing visit for [[NAME:Abebe Tesfaye]] on [[DATE:08/21/2024]]: heel ulcer improving with {{drug:Santyl}}, {{drug:insulin glargine}} technique by wife [[NAME:Almaz]] confirmed, {{lab:CBG 188}}."""),

    dict(style="home_health_hospice", note="""\
Hospice RN visit - symptom management
Pt comfortable at rest, {{score:PPS 20%}}, bedbound, minimal PO intake.
Dyspnea at rest, {{vital:RR 28}}; {{score:RDOS 5}}. Increased {{drug:morphine}} concentrate (20 mg/mL) from {{dose:5 mg}} to {{dose:10 mg}} SL q1h prn; fan at bedside. 
Terminal secretions: {{drug:glycopyrrolate}} {{dose:0.2 mg}} SQ q4h prn; repositioned.
Agitation at night: {{drug:haloperidol}} {{dose:1 mg}} SL q6h prn, used x1 last night.
Bowels: no BM x 4 days on opioids -> {{drug:senna}} {{dose:17.2 mg}}, {{drug:bisacodyl}} {{dose:10 mg}} PR today.
Mottling of knees, {{vital:SpO2 84%}}. Caregiver taught signs of imminent death; agrees to call hospice line instead of 911.""",
         summary="""Hospice symptom visit: {{drug:morphine}} increased to {{dose:10 mg}} for dyspnea, {{drug:glycopyrrolate}} for secretions and {{drug:haloperidol}} for agitation as the patient nears death."""),

    dict(style="home_health_hospice", note="""\
Hospice death visit
Called at 04:22 by pt's wife [[NAME:Astrid Sæther]]. Pt [[NAME:Ole Kristian Sæther]], [[AGE:92]], died at home at approximately 04:15 on [[DATE:12/19/2024]].
Arrived 05:10. No respirations, no heart sounds x 2 min, pupils fixed. Time of death pronounced 05:14 by RN per hospice policy; attending Dr. [[NAME:Mikkelsen-Grady]] notified by voicemail.
Present: wife [[NAME:Astrid]], sons [[NAME:Erlend]] and [[NAME:Håkon]], daughter-in-law [[NAME:Bríd]]. Lutheran pastor [[NAME:Ingvild Haugen]] came at 05:45.
Remaining {{drug:morphine}} ({{dose:18 mL}} of 20 mg/mL) and {{drug:lorazepam}} tabs (9 x {{dose:0.5 mg}}) destroyed with [[NAME:Erlend]] as witness.
Funeral home: Brekkestad & Sons, [[PHONE:(715) 835-2260]]; body released 06:40.
Bereavement team referral made for [[NAME:Astrid]]. RN [[NAME:Marit Engebretsen]]""",
         summary="""Hospice RN pronounced [[NAME:Ole Kristian Sæther]], [[AGE:92]], dead at home on [[DATE:12/19/2024]] with wife [[NAME:Astrid]] and sons present; {{drug:morphine}} and {{drug:lorazepam}} destroyed, bereavement referral made."""),

    dict(style="home_health_hospice", note="""\
Home Health PT visit #6
Pt: [[NAME:Gordon Pangborn]], {{age:80}}, s/p L TKA, lives in two-story house at [[ADDRESS:318 Whitcomb Rd, Keene, NH]], bedroom upstairs.
Vitals pre: {{vital:BP 128/74}}, {{vital:HR 70}}; post: {{vital:HR 96}}.
Knee ROM 5-102 deg (from 10-88). {{score:Berg Balance 44/56}} (was 36). {{score:TUG 14 s}}.
Stairs: 14 steps with rail + cane, step-to pattern, CGA.
Pain {{score:3/10}} after {{drug:oxycodone}} {{dose:5 mg}} x1 this AM; mostly using {{drug:Tylenol}} {{dose:1 g}} TID.
Wife [[NAME:Marlys]] present; she has {{eponym:Parkinson's}} and cannot help with transfers -> son [[NAME:Curt Pangborn]] to stay weekends.
Plan: 2 more visits then outpatient PT. Discussed with ortho PA [[NAME:Yolanda Freitag]].""",
         summary="""Home PT visit 6 for [[NAME:Gordon Pangborn]] after TKA: {{score:Berg Balance 44/56}}, stairs with cane, pain controlled mostly with {{drug:Tylenol}}; son [[NAME:Curt]] to help on weekends."""),

    dict(style="home_health_hospice", note="""\
Hospice IDT meeting - [[DATE:Tues 1/14/25]]
Team: Dr. [[NAME:Ishaan Bhattacharjee]] (medical director), [[NAME:Charmaine Ashby-Okeke]] RN CM, [[NAME:Linnea]] MSW, Chaplain [[NAME:Thomas Redcloud]], [[NAME:Vesna]] (volunteer coordinator), [[NAME:Bernard]] (aide).
1. [[NAME:Alvarado, Consuelo]] - {{score:PPS 40%}}, pancreatic ca; pain controlled on {{drug:fentanyl}} patch {{dose:25 mcg/h}}; daughter [[NAME:Yesenia]] overwhelmed -> respite 5 days at inpatient unit.
2. [[NAME:Kuznetsov, Arkady]] - CHF, {{score:NYHA IV}}; {{drug:furosemide}} {{dose:40 mg}} SQ via pump; wants to see grandson [[NAME:Misha]] graduate [[DATE:June 6]] - goal noted.
3. [[NAME:Tsinajinnie, Harold]] - ALS; declined BiPAP; traditional healer visit planned with family; Chaplain [[NAME:Redcloud]] coordinating.
Recertifications due: [[NAME:Alvarado]], [[NAME:Kuznetsov]].""",
         summary="""Hospice IDT on [[DATE:1/14/25]] reviewed [[NAME:Consuelo Alvarado]] (respite for daughter [[NAME:Yesenia]]), [[NAME:Arkady Kuznetsov]] on SQ {{drug:furosemide}}, and [[NAME:Harold Tsinajinnie]] with ALS."""),

    dict(style="home_health_hospice", note="""\
Home infusion nursing visit
Pt [[NAME:Kemal Aksoy]] ([[NAME:Aksoy, Kemal]], DOB [[DATE:1961-04-22]]) - R arm PICC, day 12 of 42 {{drug:ertapenem}} {{dose:1 g}} IV daily for ESBL E. coli vertebral osteomyelitis.
PICC site clean, no erythema; arm circumference 31 cm (baseline 31). Dressing and caps changed; blood return present.
Weekly labs drawn: CBC, CMP, {{lab:ESR}}, {{lab:CRP}}. Last {{lab:CRP 34}} (from 118).
Pt self-administers via elastomeric ball; daughter [[NAME:Elif Aksoy-Whelan]] checks technique. Son [[NAME:Burak]] in [[ADDRESS:Izmir]] calls daily.
Pt asked to delay next visit to Thurs the [[DATE:19th]] - approved by ID (Dr. [[NAME:Zehra Ünal]]).
Supplies delivered. Pharmacy: Apex Infusion, [[PHONE:(972) 555-0161]].""",
         summary="""Home infusion visit for [[NAME:Kemal Aksoy]] on {{drug:ertapenem}} for osteomyelitis: PICC fine, {{lab:CRP 34}} falling, next visit the [[DATE:19th]] approved by Dr. [[NAME:Ünal]]."""),

    # ------------------------------------------------------------------ radiology
    dict(style="radiology_report", note="""\
EXAM: CT CHEST WITH CONTRAST
PATIENT: [[NAME:Takeda-Fonseca, Tadashi]]   MRN: [[MRN:61239087]]   ACC#: [[MRN:CT25-0448812]]
DATE OF EXAM: [[DATE:01/30/2025]] 14:12
REFERRING: [[NAME:Venkataraman, Anjali]] MD
CLINICAL HISTORY: {{age:58}} M, LUL nodule on prior CT [[DATE:7/29/2024]], smoker 40 pack-years.
COMPARISON: CT chest [[DATE:07/29/2024]].
TECHNIQUE: {{drug:iohexol}} {{dose:75 mL}} IV; {{lab:eGFR 74}} pre-contrast.
FINDINGS: 2.2 cm spiculated LUL nodule, previously 1.4 cm. Enlarged AP window node 1.3 cm short axis. No pleural effusion. Emphysema, centrilobular, moderate. Coronary calcifications.
IMPRESSION: 1. Enlarging spiculated LUL nodule, highly suspicious for primary lung malignancy; {{score:Lung-RADS 4X}}. 2. AP window adenopathy.
Recommend PET/CT and tissue sampling.
Critical result communicated to Dr. [[NAME:Venkataraman]] by phone ([[PHONE:216-444-7730]]) at 15:02 on [[DATE:1/30/2025]], read back.
Dictated by: [[NAME:Eun-ji Yoo]], MD""",
         summary="""CT on [[DATE:01/30/2025]] shows an enlarging spiculated nodule ({{score:Lung-RADS 4X}}) in [[NAME:Tadashi Takeda-Fonseca]]; Dr. [[NAME:Yoo]] called the result to Dr. [[NAME:Venkataraman]]."""),

    dict(style="radiology_report", note="""\
MRI BRAIN WITHOUT AND WITH CONTRAST
Indication: {{age:47}}-year-old with new-onset seizure, loaded with {{drug:levetiracetam}} {{dose:1500 mg}} in ED.
Technique: multiplanar multisequence MRI before and after {{drug:gadobutrol}} {{dose:7.5 mL}} ({{lab:eGFR 96}}).
Findings: 3.1 x 2.6 cm heterogeneously enhancing mass in the left frontal lobe with central necrosis and surrounding T2/FLAIR hyperintensity, 6 mm midline shift to the right. Restricted diffusion in the enhancing rim. No hemorrhage. Ventricles otherwise normal. No {{eponym:Chiari}} malformation. Prominent {{eponym:Virchow-Robin}} spaces in the basal ganglia, incidental. Normal flow voids.
Impression: Left frontal necrotic mass with vasogenic edema and mass effect, favor high-grade glioma; metastasis less likely. Neurosurgical consultation recommended. Consider {{drug:dexamethasone}}.""",
         summary="""Brain MRI with {{drug:gadobutrol}} shows a necrotic enhancing left frontal mass with 6 mm midline shift, favoring high-grade glioma."""),

    dict(style="radiology_report", note="""\
BILATERAL DIAGNOSTIC MAMMOGRAM AND LEFT BREAST ULTRASOUND
Name: [[NAME:Olivia Cook-Amadi]]   DOB: [[DATE:Dec 1, 1968]]   Accession [[MRN:MG-2291734]]
Exam date: [[DATE:10-Apr-2025]]   Referring provider: [[NAME:Bertha Nnamdi]], NP   Tech: [[NAME:T.R.]]
History: {{age:56}} F, palpable L breast lump 2:00. Mother breast ca at {{age:48}}.
Breast composition: heterogeneously dense (C).
Findings: L breast 2:00, 6 cm FN: irregular hypoechoic mass 1.4 x 1.1 cm with angular margins, posterior shadowing, internal vascularity. Axilla: one node with 4 mm cortex.
IMPRESSION: {{score:BI-RADS 4C}} - high suspicion for malignancy. US-guided core biopsy recommended; scheduled [[DATE:4/14/2025]] with Dr. [[NAME:Radhika Menon-Sloane]].
Results discussed with pt in person by Dr. [[NAME:Menon-Sloane]]; her sister [[NAME:Priscilla]] present.""",
         summary="""Diagnostic imaging of [[NAME:Olivia Cook-Amadi]] on [[DATE:10-Apr-2025]] found a {{score:BI-RADS 4C}} left breast mass; biopsy booked [[DATE:4/14/2025]] with Dr. [[NAME:Menon-Sloane]]."""),

    dict(style="radiology_report", note="""\
US ABDOMEN LIMITED (RUQ)
Patient: [[NAME:Fernando Alcántara Rebollo]]     MRN [[MRN:9904415]]     Date [[DATE:5/5/24]]
Ordered by: Dr. [[NAME:Sunita Bhardwaj]] (ED)
History: RUQ pain, {{vital:T 38.3}}, {{lab:WBC 14.9}}, {{lab:ALP 180}}.
Findings: Gallbladder distended with multiple shadowing stones and an impacted stone in the neck; wall 5 mm; pericholecystic fluid; sonographic {{eponym:Murphy sign}} positive. CBD 4 mm. Liver normal echotexture. Pancreas obscured by bowel gas.
Impression: Acute calculous cholecystitis. No biliary dilatation.
Preliminary read given to Dr. [[NAME:Bhardwaj]] at 21:44 by [[NAME:Gideon Ashworth]], MD (radiology resident); final by [[NAME:Ximena Ocampo]], MD.""",
         summary="""RUQ ultrasound of [[NAME:Fernando Alcántara Rebollo]] on [[DATE:5/5/24]] shows acute calculous cholecystitis with a positive sonographic {{eponym:Murphy sign}}; result given to Dr. [[NAME:Bhardwaj]]."""),

    dict(style="radiology_report", note="""\
XR CHEST 1 VIEW PORTABLE
Indication: s/p central line placement, verify position; septic shock on {{drug:norepinephrine}}, {{vital:SpO2 91%}} on FiO2 60%.
Comparison: prior study same day, 06:10.
Findings: New right internal jugular central venous catheter with tip at the cavoatrial junction. Endotracheal tube 4.5 cm above carina. {{eponym:Dobhoff}} enteric tube below the diaphragm, tip in stomach. {{eponym:Swan-Ganz}} catheter removed since prior. No pneumothorax. Bibasilar opacities unchanged, likely atelectasis; small left effusion. {{eponym:Kerley B}} lines have decreased.
Impression: Lines and tubes in appropriate position; no pneumothorax.""",
         summary="""Portable chest X-ray confirms the new right IJ line and tubes in good position with no pneumothorax; {{eponym:Swan-Ganz}} catheter removed."""),

    dict(style="radiology_report", note="""\
ADDENDUM - CT ABDOMEN/PELVIS [[DATE:03/03/2025]]
Original report by [[NAME:Ximena Ocampo]], MD. Addendum by [[NAME:Rashid Al-Amiri]], MD, [[DATE:03/04/2025]] 08:15.
Patient: [[NAME:Cecily Abernethy-Nkemelu]], Acc [[MRN:CT25-0561207]].
On re-review, a 9 mm hypodense lesion in pancreatic tail (series 3 image 61) was not described in the original report. Cyst vs. neoplasm; MRCP recommended. The appendicitis diagnosis is unchanged ({{score:Alvarado score 8}}; {{lab:lipase 38}}; pt already on {{drug:Zosyn}} {{dose:3.375 g}}).
The addendum finding was communicated to the ordering surgeon Dr. [[NAME:Harrison Long]] at [[PHONE:614.293.5570]] on [[DATE:3/4/25]] at 08:31, and to pt's PCP by fax ([[PHONE:614.293.5599]]).""",
         summary="""Addendum by Dr. [[NAME:Al-Amiri]] on [[DATE:03/04/2025]] adds a 9 mm pancreatic tail lesion for [[NAME:Cecily Abernethy-Nkemelu]], communicated to Dr. [[NAME:Long]]; MRCP recommended."""),

    dict(style="radiology_report", note="""\
VIDEOFLUOROSCOPIC SWALLOW STUDY (VFSS)
Pt: [[NAME:Bartholomew Oyinlade]]   {{age:74}}   Date [[DATE:2024-07-09]]
Performed by [[NAME:Wren Castellucci]], MS, CCC-SLP with Dr. [[NAME:Laszlo Kertész]] (radiology).
Indication: post-stroke dysphagia, recurrent pneumonia.
Consistencies: thin, mildly thick, moderately thick, puree, solid.
Findings: delayed swallow initiation; silent aspiration with thin liquids ({{score:PAS 8}}) and with mildly thick via cup ({{score:PAS 7}}). Moderately thick: {{score:PAS 2}}. Vallecular residue moderate.
Recommendations: moderately thick liquids, puree/minced, chin tuck, meds crushed in puree (not {{drug:Eliquis}} - ok to crush; not {{drug:Toprol XL}} - do not crush, switch to {{drug:metoprolol tartrate}} {{dose:25 mg}} BID).
Results reviewed with pt and wife [[NAME:Ebunoluwa]].""",
         summary="""VFSS for [[NAME:Bartholomew Oyinlade]], {{age:74}}, on [[DATE:2024-07-09]] showed silent aspiration of thin liquids ({{score:PAS 8}}); moderately thick liquids and a switch from {{drug:Toprol XL}} to crushable {{drug:metoprolol tartrate}} recommended."""),

    dict(style="radiology_report", note="""\
OUTSIDE IMAGING CONSULTATION (second opinion)
Images received on disc from Lakeshore Imaging for pt [[NAME:Sunil Abeywardena]], DOB [[DATE:16/08/1970]], outside MRN [[MRN:LSI-0037781]]; our MRN [[MRN:70244918]].
Requested by: Dr. [[NAME:Rania Qasem]] (spine surgery).
Exam: MRI lumbar spine of [[DATE:2/10/2025]].
Findings: L4-5 broad-based disc protrusion with left subarticular extrusion migrating inferiorly 8 mm, compressing the traversing left L5 root. Moderate central canal stenosis. {{score:Pfirrmann grade IV}} degeneration. L5-S1 {{eponym:Modic}} type 1 endplate changes. No {{eponym:Tarlov}} cysts.
Agree with outside read; additionally note the Modic 1 changes, which the outside report did not mention.
Second-opinion radiologist: [[NAME:Wilhelmina Achterhof]], MD.""",
         summary="""Second-opinion read for [[NAME:Sunil Abeywardena]] of an outside lumbar MRI from [[DATE:2/10/2025]]: L4-5 extrusion compressing left L5 and {{eponym:Modic}} type 1 changes at L5-S1."""),

    # ------------------------------------------------------------------ dictated, all lower case
    dict(style="dictated_lowercase", note="""\
this is dr. [[NAME:mark fujimoto]] dictating a follow up note on patient [[NAME:ren kobayashi]], that's [[NAME:k-o-b-a-y-a-s-h-i]], date of birth [[DATE:april ninth nineteen fifty two]], medical record number [[MRN:four four zero one nine two seven]]. date of service [[DATE:march third]]. 
subjective. mr. [[NAME:kobayashi]] is a {{age:72}} year old gentleman with {{eponym:parkinson disease}} here with his daughter [[NAME:aiko]] who says the {{drug:sinemet}} {{dose:25/100}} wears off after about two and a half hours. he freezes at doorways. no hallucinations. 
objective. blood pressure {{vital:132/78}} sitting, {{vital:108/64}} standing. {{score:updrs part three 38}} in the on state. 
assessment and plan. motor fluctuations. will change to {{drug:rytary}} and add {{drug:entacapone}} {{dose:200 mg}} with each dose. physical therapy with [[NAME:connor]] at the neuro rehab clinic. return in three months. 
end of dictation. cc dr. [[NAME:hartigan]].""",
         summary="""Dictated follow-up by Dr. [[NAME:Mark Fujimoto]] for [[NAME:Ren Kobayashi]], {{age:72}}, with {{eponym:Parkinson disease}} and wearing-off on {{drug:Sinemet}}; switching to {{drug:Rytary}} and adding {{drug:entacapone}}."""),

    dict(style="dictated_lowercase", note="""\
emergency department note dictated by [[NAME:faith o'donoghue]], pa-c, supervising physician dr. [[NAME:olamide adeyinka]].
patient is [[NAME:hunter bradshaw]], {{age:27}} year old male, brought in by his roommate [[NAME:caleb]] after a fall from a skateboard with brief loss of consciousness. {{score:glasgow coma scale 15}} on arrival. complains of left wrist pain.
vitals heart rate {{vital:96}} blood pressure {{vital:138/82}} saturation {{vital:99 percent}}.
exam snuffbox tenderness on the left. ct head negative. x-ray left wrist no fracture seen.
plan thumb spica splint for possible occult scaphoid fracture, repeat films in ten to fourteen days with hand clinic, {{drug:ibuprofen}} {{dose:600 milligrams}} every six hours as needed. concussion precautions given to patient and [[NAME:caleb]]. his mother [[NAME:bonnie bradshaw]] called and was updated with his permission at [[PHONE:five oh three, two two one, eight eight four zero]].""",
         summary="""Dictated ED note by [[NAME:Faith O'Donoghue]], PA-C: [[NAME:Hunter Bradshaw]], {{age:27}}, with a head injury ({{score:GCS 15}}) and possible occult scaphoid fracture was splinted and given {{drug:ibuprofen}}."""),

    dict(style="dictated_lowercase", note="""\
procedure note. colonoscopy. indication screening, positive fit test. sedation {{drug:propofol}} administered by anesthesia, total {{dose:280 milligrams}}. the {{score:boston bowel preparation scale}} was {{score:eight}}, three three two. cecum reached at six minutes confirmed by appendiceal orifice and ileocecal valve. withdrawal time twelve minutes. 
findings. one eight millimeter sessile polyp in the ascending colon removed by cold snare. two diminutive polyps in the sigmoid removed by cold forceps. small internal hemorrhoids. 
impression. three polyps removed. repeat colonoscopy in three to five years pending pathology. resume {{drug:eliquis}} tomorrow morning. no {{drug:aspirin}} for three days. new paragraph. the patient tolerated the procedure well. end of dictation.""",
         summary="""Dictated screening colonoscopy under {{drug:propofol}} with {{score:Boston bowel preparation scale}} {{score:8}}: three polyps removed, {{drug:Eliquis}} to resume tomorrow."""),

    dict(style="dictated_lowercase", note="""\
this is [[NAME:rich dombrowski]] physical therapist no sorry occupational therapist dictating for patient [[NAME:yuwen wu]] comma date of service [[DATE:june fourteenth twenty twenty four]] period. 
patient is a {{age:64}} year old right hand dominant woman status post left distal radius fracture open reduction internal fixation on the [[DATE:second]] by dr [[NAME:amos page]] period. 
pain {{score:four out of ten}} comma edema moderate comma range of motion wrist extension thirty degrees flexion twenty degrees period. 
she lives with her wife [[NAME:joelle]] who is helping with bathing period. 
plan splint adjustments comma tendon glides comma edema control comma return next week period. she is taking {{drug:tylenol}} {{dose:500}} two tabs three times a day and {{drug:oxycodone}} only at night period.""",
         summary="""Dictated OT note by [[NAME:Rich Dombrowski]] for [[NAME:Yuwen Wu]], {{age:64}}, after distal radius ORIF by Dr. [[NAME:Amos Page]]: wrist extension 30 degrees, pain {{score:4/10}} on {{drug:Tylenol}}."""),

    dict(style="dictated_lowercase", note="""\
discharge summary dictated by dr. [[NAME:beatriz cárdenas]] for [[NAME:tomás ibarra villegas]]. admission date [[DATE:october second]], discharge date [[DATE:october sixth twenty twenty four]]. 
principal diagnosis acute pancreatitis secondary to hypertriglyceridemia, {{lab:triglycerides four thousand two hundred}}. 
hospital course. insulin infusion started, triglycerides down to {{lab:eight hundred ten}} by day three. pain controlled with {{drug:hydromorphone}}. diet advanced. {{score:bisap score two}}. 
discharge medications {{drug:fenofibrate}} {{dose:145 milligrams}} daily, {{drug:icosapent ethyl}} {{dose:two grams}} twice daily, {{drug:metformin}} {{dose:500}} twice daily, {{drug:jardiance}} {{dose:ten}} milligrams daily. 
follow up with dr. [[NAME:sokolova]] lipid clinic in four weeks. his wife [[NAME:maribel]] will help with the low fat diet. patient phone on file [[PHONE:nine one five, seven seven two, zero four one eight]].""",
         summary="""Dictated discharge summary by Dr. [[NAME:Beatriz Cárdenas]]: [[NAME:Tomás Ibarra Villegas]] had hypertriglyceridemic pancreatitis (triglycerides {{lab:4,200}}), discharged [[DATE:October 6]] on {{drug:fenofibrate}} and {{drug:icosapent ethyl}}."""),

    dict(style="dictated_lowercase", note="""\
clinic note. dictated. patient [[NAME:mohammed al-rashidi]] also known as [[NAME:abu faisal]] in the family, {{age:61}}, follow up type two diabetes and chronic kidney disease. his son [[NAME:faisal]] interprets from arabic. 
{{lab:a one c nine point four}} up from {{lab:eight point one}}. {{lab:creatinine one point nine}}, {{lab:egfr thirty eight}}, {{lab:urine albumin creatinine ratio six hundred}}. 
blood pressure {{vital:152 over 90}}. 
he stopped the {{drug:ozempic}} because of nausea. we will restart at {{dose:zero point two five}} and go slow. continue {{drug:jardiance}} {{dose:10}}. add {{drug:kerendia}} {{dose:10}} milligrams. 
he asks if he can fast for ramadan starting [[DATE:march first]]. discussed hypoglycemia risk, check sugars twice daily. 
next visit with our pharmacist [[NAME:noura]] in two weeks and with me dr. [[NAME:kavya subramanian]] in three months.""",
         summary="""Dictated diabetes/CKD visit for [[NAME:Mohammed Al-Rashidi]], {{age:61}}: {{lab:A1c 9.4}}, restarting {{drug:Ozempic}}, adding {{drug:Kerendia}}; Ramadan fasting from [[DATE:March 1]] discussed with son [[NAME:Faisal]]."""),

    dict(style="dictated_lowercase", note="""\
operative dictation. surgeon dr. [[NAME:keahi kamakau]]. assistant [[NAME:liam mcnally]] p a. anesthesia dr. [[NAME:zhang yiming]]. patient [[NAME:victor hugo salgado]] medical record [[MRN:seven zero one one four five two]]. 
procedure laparoscopic right inguinal hernia repair with mesh, tep approach. 
anesthesia general. {{drug:cefazolin}} {{dose:two grams}} given. {{drug:ketorolac}} {{dose:fifteen milligrams}} at the end. local {{drug:bupivacaine}} {{dose:quarter percent}} thirty milliliters. 
findings indirect hernia, {{eponym:nyhus type two}}. fifteen by fifteen centimeter mesh placed. 
estimated blood loss minimal. the patient was extubated and taken to recovery in stable condition. i spoke to his partner [[NAME:lourdes]] afterward. end.""",
         summary="""Dictated operative note by Dr. [[NAME:Keahi Kamakau]]: laparoscopic TEP mesh repair of a right indirect inguinal hernia ({{eponym:Nyhus type 2}}) in [[NAME:Victor Hugo Salgado]], with {{drug:cefazolin}} and {{drug:ketorolac}}."""),
]
