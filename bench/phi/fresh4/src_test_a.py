# Hand-written test notes, part A: cath/procedure reports, pathology, genetic counseling, EMS run sheets, incident reports.
NOTES = [
dict(style="cath_procedure", note="""
CARDIAC CATHETERIZATION REPORT
Patient: [[NAME:Thorvaldsen, Rune]]   MRN: [[MRN:CX-00918244]]   DOB: [[DATE:19-Apr-1955]]
Date of procedure: [[DATE:2024-10-03]]
Operators: [[NAME:Isadora Quenneville]], MD (attending); [[NAME:Kwame Ampofo-Larbi]], MD (fellow)
Indication: NSTEMI, {{lab:troponin I 4.8}}, TIMI risk {{score:4}}.
Access: R radial 6Fr after normal {{eponym:Allen test}}. {{drug:Heparin}} {{dose:5000 units}}, {{drug:verapamil}} {{dose:2.5 mg}} IA.
Findings: LAD 90% mid, LCx 40%, RCA dominant 30%. LVEDP {{vital:22 mmHg}}.
Intervention: DES 3.0 x 28 mm to mid LAD. Loaded {{drug:ticagrelor}} {{dose:180 mg}}.
Sedation RN [[NAME:Marisela Duquesne]]; tech [[NAME:Joy Albrecht]]. Wife [[NAME:Birgitte]] updated in waiting room.
Referring: Dr. [[NAME:Hollis Mwangi]], fax [[PHONE:(207) 874-3321]].
""", summary="""
[[NAME:Rune Thorvaldsen]] had a drug-eluting stent to the mid LAD on [[DATE:2024-10-03]] for NSTEMI ({{score:TIMI 4}}); loaded with {{drug:ticagrelor}} by Dr. [[NAME:Quenneville]].
"""),
dict(style="cath_procedure", note="""
RIGHT HEART CATH -- [[NAME:Pilar Echeverría Goñi]], {{age:63}}F, acct [[MRN:4410093781]]
Date [[DATE:01/22/2025]]. {{eponym:Swan-Ganz}} via R IJ under US.
RA {{vital:14}}, RV {{vital:68/12}}, PA {{vital:70/32 (mean 46)}}, PCWP {{vital:11}}, CO {{vital:3.4}} (Fick), PVR {{vital:10.3 WU}}.
Vasoreactivity with inhaled {{drug:nitric oxide}} {{dose:40 ppm}}: negative.
Impression: PAH group 1. Start {{drug:Opsumit}} {{dose:10 mg}} + {{drug:tadalafil}} {{dose:40 mg}}.
Son [[NAME:Iñaki]] (HCP) at [[PHONE:+34 612 48 90 31]] while visiting; local: [[ADDRESS:1420 Chestnut Hill Rd, Newark DE 19713]].
PH clinic: [[NAME:Faith Oyinlola-Drummond]], NP. Attending [[NAME:Cornelius van Heerden]], MD.
""", summary="""
Right heart cath for [[NAME:Pilar Echeverría Goñi]] showed group 1 PAH (PVR {{vital:10.3 WU}}); starting {{drug:Opsumit}} and {{drug:tadalafil}}, son [[NAME:Iñaki]] informed.
"""),
dict(style="cath_procedure", note="""
Procedure note -- example for fellows (no PHI)
TAVR, transfemoral, 26 mm Sapien 3. STS PROM {{score:5.2%}}.
Pre: AVA {{vital:0.7 cm2}}, mean gradient {{vital:48 mmHg}}. Post: mean gradient {{vital:8 mmHg}}, trace PVL.
{{drug:Heparin}} {{dose:100 units/kg}}, ACT {{lab:280}}. Reversal {{drug:protamine}} {{dose:50 mg}}.
Rapid pacing at 180. No new LBBB. Perclose x2.
""", summary="""
Fellow example: transfemoral TAVR with mean gradient falling from {{vital:48 mmHg}} to {{vital:8 mmHg}}, {{drug:heparin}} reversed with {{drug:protamine}}.
"""),
dict(style="cath_procedure", note="""
EP LAB -- AF ablation
Pt [[NAME:YOUNG, MARCUS ALOYSIUS]]  MRN [[MRN:7002-1185-3]]  procedure [[DATE:May 5 2024]]
PVI with cryoballoon, all 4 veins isolated. CHA2DS2-VASc {{score:3}}.
Uninterrupted {{drug:Xarelto}} {{dose:20 mg}}. {{drug:Heparin}} to ACT {{lab:>300}}.
Phrenic monitoring; no palsy. TEE pre-proc no LAA thrombus.
Rep: Medtronic [[NAME:Lachlan Bryce]]. Anesthesia: Dr. [[NAME:Yusra Al-Hamdani]].
Discharge to home w/ brother [[NAME:Terrence Young]]. Follow-up with [[NAME:Fiorella Marchetti]], MD, EP, [[DATE:6/17]].
""", summary="""
[[NAME:Marcus Young]] underwent cryoballoon PVI on uninterrupted {{drug:Xarelto}}, {{score:CHA2DS2-VASc 3}}; follow-up with Dr. [[NAME:Marchetti]] [[DATE:6/17]].
"""),
dict(style="cath_procedure", note="""
Bronchoscopy report  [[DATE:11-08-2024]]
Patient [[NAME:Hiroshi Nakagawa-Ellery]] ({{age:74}}), MRN [[MRN:BR559021]]
Indication: RUL nodule 2.1 cm, PET SUV {{lab:6.8}}.
EBUS-TBNA stations 4R, 7, 11R; ROSE: malignant cells at 4R.
Sedation: {{drug:propofol}}, {{drug:remifentanil}}. {{vital:SpO2 94%}} nadir.
Specimens to path accession [[MRN:S24-18830]].
Daughter-in-law [[NAME:Ophelia Nakagawa]] drove; callback [[PHONE:408.297.1165]].
Bronchoscopist [[NAME:Evander Stroganov]], MD; assistant [[NAME:Pim Hoekstra]], RRT.
""", summary="""
EBUS of [[NAME:Hiroshi Nakagawa-Ellery]] on [[DATE:11-08-2024]] found malignant cells at station 4R (PET {{lab:SUV 6.8}}); specimens under accession [[MRN:S24-18830]].
"""),
dict(style="cath_procedure", note="""
PROCEDURE NOTE: paracentesis
[[NAME:Jolene Batiste-Fontenot]] [[AGE:93]] y/o, alcoholic cirrhosis (MELD {{score:24}}).
US-guided LLQ, 6.2 L removed. {{drug:Albumin 25%}} {{dose:50 g}} given.
Fluid: {{lab:SAAG 1.8}}, {{lab:PMN 90}}. Enterococcus? cx pending.
Performed by [[NAME:Alcide Delahoussaye]], PA-C, supervised by Dr. [[NAME:Mireille Thibodeaux]].
Grandson [[NAME:Tyrell]] at bedside. Home: [[ADDRESS:Opelousas, LA]].
""", summary="""
[[AGE:93]]-year-old [[NAME:Jolene Batiste-Fontenot]] had 6.2 L removed with {{drug:albumin}} replacement; PA [[NAME:Delahoussaye]] performed it.
"""),
dict(style="cath_procedure", note="""
Pericardiocentesis -- emergent [[DATE:Wed 8/14]]
Pt: [[NAME:Ravindra]] "[[NAME:Ravi]]" [[NAME:Subramaniam]]
{{eponym:Beck triad}} present, pulsus {{vital:22 mmHg}}. Echo: RV diastolic collapse.
Subxiphoid approach, 650 mL serosanguinous. {{vital:BP 78/50}} -> {{vital:BP 118/72}}.
Fluid cytology sent ([[MRN:CY24-4471]]). {{lab:LDH 612}}.
Fellow [[NAME:Chidinma Eze]]; attending [[NAME:Lorcan Fitzmaurice]].
Wife [[NAME:Lakshmi]] called at [[PHONE:(919) 460-2278]].
""", summary="""
Emergent pericardiocentesis for [[NAME:Ravi Subramaniam]] removed 650 mL with {{vital:BP 78/50}} improving to {{vital:BP 118/72}}; wife [[NAME:Lakshmi]] notified.
"""),
dict(style="cath_procedure", note="""
PERIPHERAL ANGIO  /  [[NAME:Obuya, Millicent Atieno]]  /  DOS [[DATE:3.2.2025]]
L SFA occlusion 12 cm, {{score:Rutherford 4}}. ABI {{vital:0.41}}.
Crossed with 0.018 wire; DCB 5 x 120. {{drug:Heparin}} {{dose:70 units/kg}}.
Post: 2-vessel runoff. {{drug:Plavix}} {{dose:75 mg}} x 6 mo + {{drug:aspirin}}.
Case reviewed with Dr. [[NAME:Ansgar Holmqvist]] - see [[NAME:Holmqvist]]'s addendum.
Transport home by niece [[NAME:Achieng]] to [[ADDRESS:2817 Paseo Blvd, Kansas City MO 64109]].
""", summary="""
[[NAME:Millicent Obuya]] had an SFA occlusion treated with a drug-coated balloon, {{score:Rutherford 4}}, and started {{drug:Plavix}}.
"""),
dict(style="pathology", note="""
SURGICAL PATHOLOGY REPORT
Accession: [[MRN:SP25-003917]]   Patient: [[NAME:Lindholm-Sarkis, Greta]]   MRN: [[MRN:112-80-447]]
Collected [[DATE:02/04/2025]]  Received [[DATE:02/05/2025]]
Clinician: [[NAME:Bishop, Evangeline]], MD
Specimen: L breast, lumpectomy with SLN x2.
Dx: invasive ductal carcinoma, Nottingham grade {{score:2}} (3+2+1), 1.8 cm. Margins neg (closest 3 mm).
ER {{lab:95%}}, PR {{lab:60%}}, HER2 {{lab:1+}} (IHC). Ki-67 {{lab:18%}}. SLN 0/2.
pT1c pN0(sn). Oncotype requested.
Pathologist: [[NAME:Adaora Uchenna-Hale]], MD   Resident: [[NAME:T. Vukovic]]
""", summary="""
[[NAME:Greta Lindholm-Sarkis]]'s lumpectomy ([[MRN:SP25-003917]]) shows {{score:Nottingham grade 2}} IDC, ER {{lab:95%}}, HER2 {{lab:1+}}, nodes negative.
"""),
dict(style="pathology", note="""
CYTOLOGY -- thyroid FNA
Pt: [[NAME:Ayodele Bankes]]  Acc [[MRN:C24-9981]]  DOS [[DATE:Oct 17, 2024]]
Bethesda category {{score:IV}} (follicular neoplasm). ThyroSeq pending.
{{eponym:Hashimoto}} background with {{eponym:Hurthle cells}}.
Called to Dr. [[NAME:Saskia Verbruggen]] at ext [[PHONE:5-3390]] on [[DATE:10/18]] by [[NAME:Mehmet Yıldırım]], MD.
""", summary="""
Thyroid FNA for [[NAME:Ayodele Bankes]] is {{score:Bethesda IV}}; result phoned to Dr. [[NAME:Verbruggen]] on [[DATE:10/18]].
"""),
dict(style="pathology", note="""
PROSTATE BIOPSY -- teaching set case 12 (anonymized)
12 cores. Gleason {{score:4+3=7}} (Grade Group {{score:3}}) in 5/12 cores, max 60% core.
PNI present. No EPE. PSA {{lab:9.4}}, PSAD {{lab:0.21}}.
Cribriform pattern present. On {{drug:finasteride}} {{dose:5 mg}} (PSA adjusted).
""", summary="""
Teaching case: prostate biopsy with {{score:Gleason 4+3=7}} in 5 of 12 cores, {{lab:PSA 9.4}}, cribriform pattern.
"""),
dict(style="pathology", note="""
DERMATOPATHOLOGY
[[NAME:Constance Ravenscroft]]  DOB [[DATE:12/12/1930]]  Age [[AGE:94]]  Acc [[MRN:DP-24-77120]]
Site: L cheek. Dx: invasive melanoma, lentigo maligna type. Breslow {{score:1.4 mm}}, Clark level {{score:IV}}, mitoses {{lab:2/mm2}}. Margins involved.
Recommend WLE / Mohs. Submitted by Dr. [[NAME:Benedikt Auerbach]]
Consult: [[NAME:Zainab Farouk-Lindsey]], MD (dermpath). Copy to PCP [[NAME:Ignacio Palomares]].
""", summary="""
[[AGE:94]]-year-old [[NAME:Constance Ravenscroft]] has lentigo maligna melanoma, {{score:Breslow 1.4 mm}}, margins involved; Mohs advised to Dr. [[NAME:Auerbach]].
"""),
dict(style="pathology", note="""
AUTOPSY -- preliminary anatomic diagnosis
Decedent: [[NAME:PEMBERTON-OKORO, AUGUSTINE]]   Case [[MRN:A-2024-0188]]
DOD [[DATE:9/29/2024]]. Requested by Dr. [[NAME:Margarethe Siegl]]; consent by spouse [[NAME:Yvette Pemberton]].
Findings: massive saddle PE; bilateral DVT. Cardiomegaly (560 g). {{eponym:Listeria}} not isolated from CSF.
Toxicology: {{drug:oxycodone}} {{lab:42 ng/mL}}.
Prosector [[NAME:Baltasar Quiroga]], MD. Diener [[NAME:Lyle Haverford]].
""", summary="""
Preliminary autopsy of [[NAME:Augustine Pemberton-Okoro]] (died [[DATE:9/29/2024]]) shows a saddle PE with bilateral DVT; {{drug:oxycodone}} {{lab:42 ng/mL}}.
"""),
dict(style="pathology", note="""
GI PATH -- colon bx, [[NAME:Rosalía Etxeberria]] ([[NAME:R.E.]])
Acc [[MRN:GI25-00412]]   Dr. [[NAME:Kenji Oyabu]], endoscopist
Dx: tubular adenoma x3; one with high-grade dysplasia. MMR IHC: loss of MLH1/PMS2 -> MLH1 promoter methylation testing ordered (r/o {{eponym:Lynch syndrome}}).
Pt age {{age:48}}. Family hx: mother [[NAME:Itziar]] colon CA at {{age:50}}.
Genetics referral to [[NAME:Mark Sorensen-Asare]], MS, CGC.
""", summary="""
[[NAME:Rosalía Etxeberria]] has adenomas with MLH1/PMS2 loss at age {{age:48}}; {{eponym:Lynch syndrome}} workup and referral to [[NAME:Mark Sorensen-Asare]].
"""),
dict(style="pathology", note="""
Frozen section communication log (no patient identifiers -- QA extract)
FS dx: "Malignant, favor adenocarcinoma" -> final concordant.
{{eponym:Whipple specimen}} margin (pancreatic neck) FS neg. Bile duct margin neg.
CA 19-9 {{lab:412}} pre-op. Neoadjuvant {{drug:FOLFIRINOX}} x 8, then {{drug:gemcitabine}} planned adjuvant.
CAP regression score {{score:2}}.
""", summary="""
QA extract: {{eponym:Whipple specimen}} with concordant frozen section, pre-op {{lab:CA 19-9 412}} after {{drug:FOLFIRINOX}}, {{score:CAP regression 2}}.
"""),
dict(style="pathology", note="""
Bone marrow bx -- [[NAME:Tan Wei Ling]] (surname [[NAME:Tan]])  MRN [[MRN:S7734021]]
Aspirate: 34% blasts, MPO+, {{eponym:Auer rods}}. Flow: CD13/33/117/34+.
FISH: t(8;21) positive. Cytogenetics pending.
{{lab:WBC 42}}, {{lab:Hgb 7.9}}, {{lab:plt 31}}.
Called to Dr. [[NAME:Anselm Prud'homme]] [[DATE:14 Nov 2024]] 16:40. Pt's husband [[NAME:Lim Boon Keat]] at bedside.
Hematopathologist: [[NAME:Oksana Lytvynenko]], MD
""", summary="""
Marrow of [[NAME:Tan Wei Ling]] shows AML with t(8;21) and 34% blasts ({{lab:WBC 42}}); called to Dr. [[NAME:Prud'homme]] [[DATE:14 Nov 2024]].
"""),
dict(style="genetic_counseling", note="""
GENETIC COUNSELING NOTE   [[DATE:03/19/2025]]
Proband: [[NAME:Maeve Ó Súilleabháin]] ({{age:38}}), self-referred; MRN [[MRN:GC-40917]].
Indication: family hx breast/ovarian CA.
Pedigree (3 generations):
 - Mother [[NAME:Nuala]] -- ovarian CA dx {{age:52}}, d. {{age:55}}.
 - Maternal aunt [[NAME:Bríd Keating]] -- breast CA {{age:44}}; her daughter [[NAME:Orla Keating]] unaffected, untested.
 - Maternal grandmother [[NAME:Siobhán Ní Bhriain]] -- "stomach cancer", d. {{age:60}}s.
 - Father [[NAME:Declan]] {{age:66}}, prostate CA Gleason {{score:3+4}}.
 - Sister [[NAME:Clodagh]] {{age:35}}, healthy; brother [[NAME:Cathal]] {{age:41}}.
Risk: Tyrer-Cuzick {{score:31%}} lifetime. Offered multigene panel (BRCA1/2, PALB2, etc.).
Sample sent [[DATE:3/19]]. Results to [[EMAIL:maeve.osullivan.home@corrmail.ie]] portal.
Counselor: [[NAME:Rosemarie Kittredge]], MS, CGC
""", summary="""
[[NAME:Maeve Ó Súilleabháin]] ({{age:38}}) has maternal ovarian and breast cancer (mother [[NAME:Nuala]], aunt [[NAME:Bríd Keating]]); {{score:Tyrer-Cuzick 31%}}, panel sent [[DATE:3/19]].
"""),
dict(style="genetic_counseling", note="""
Genetics clinic -- {{eponym:Lynch syndrome}} cascade testing
Proband [[NAME:Harlan Lynch-Dobbs]] -- no relation to the eponym, pt notes -- MSH2 c.942+3A>T pathogenic.
Relatives informed via family letter:
 * sister [[NAME:Marybeth Dobbs]] ([[ADDRESS:Bowling Green, KY]]) -- tested POSITIVE [[DATE:12/2/2024]]
 * brother [[NAME:Curtis Dobbs]] -- declined
 * son [[NAME:Jace]] ({{age:24}}) -- negative
 * daughter [[NAME:Kinsley]] ({{age:19}}) -- scheduled
 * paternal uncle [[NAME:Virgil Dobbs]] -- colon CA {{age:47}}, deceased
 * cousin [[NAME:Maureen Lynch]] (maiden name) -- endometrial CA at {{age:51}}
Colonoscopy q1-2 y from {{age:25}}; {{drug:aspirin}} {{dose:600 mg}} chemoprevention discussed (CAPP2).
Counselor [[NAME:Delphine Aucoin]], CGC  [[PHONE:(859) 323-0411]]
""", summary="""
Cascade testing for [[NAME:Harlan Lynch-Dobbs]]'s MSH2 variant ({{eponym:Lynch syndrome}}): sister [[NAME:Marybeth]] positive, son [[NAME:Jace]] negative, daughter [[NAME:Kinsley]] scheduled.
"""),
dict(style="genetic_counseling", note="""
Prenatal genetic counseling
Pt [[NAME:Shira Blumenfeld-Katz]], G2P1, 12w3d; partner [[NAME:Avi Katz]].
Both Ashkenazi. Carrier screen: pt carrier {{eponym:Tay-Sachs}} (HEXA), partner pending.
NIPT low risk for {{eponym:Down syndrome}} (trisomy 21), {{eponym:Edwards}} and {{eponym:Patau}}.
FHx: partner's cousin [[NAME:Yossi]] had {{eponym:Canavan disease}}; pt's grandmother [[NAME:Chaya Blumenfeld]] from [[ADDRESS:Bnei Brak]].
Partner sample drawn [[DATE:Jan 3]]. CVS discussed.
[[NAME:Tovah Margolin]], MS, CGC; cc Dr. [[NAME:Emeka Obiora]] (MFM)
""", summary="""
[[NAME:Shira Blumenfeld-Katz]] at 12 weeks is a {{eponym:Tay-Sachs}} carrier; partner [[NAME:Avi Katz]] tested [[DATE:Jan 3]] and NIPT is low risk for {{eponym:Down syndrome}}.
"""),
dict(style="genetic_counseling", note="""
Pedigree summary -- pediatric genetics
Proband: [[NAME:Zayd]], {{age:6}}, tall stature, lens subluxation, aortic root Z-score {{score:3.1}} -> {{eponym:Marfan syndrome}} (Ghent {{score:9}} systemic).
FBN1 variant c.4711G>A, de novo (parents [[NAME:Rania Haddadin]] and [[NAME:Tariq Haddadin]] negative).
Half-brother [[NAME:Omar Zoubi]] (mother's side) unaffected. Paternal grandfather [[NAME:Suleiman]] d. suddenly at {{age:45}} ("heart").
{{drug:losartan}} {{dose:0.6 mg/kg}} started by cardiology (Dr. [[NAME:Magdalena Wróblewska]]).
Family lives [[ADDRESS:5517 Hollow Oak Dr, Dearborn Heights MI 48127]].
""", summary="""
[[NAME:Zayd Haddadin]] ({{age:6}}) has de novo FBN1 {{eponym:Marfan syndrome}}, aortic root {{score:Z 3.1}}; on {{drug:losartan}} per Dr. [[NAME:Wróblewska]].
"""),
dict(style="genetic_counseling", note="""
Genetic counseling -- educational pedigree (fictional, no identifiers)
{{eponym:Huntington disease}}, CAG repeat {{lab:44}}. Anticipation discussed.
Predictive testing protocol: neurology, psychiatry, 2 counseling visits.
Age of onset in affected relatives {{age:38}}-{{age:52}}.
{{drug:Tetrabenazine}} / {{drug:deutetrabenazine}} {{dose:6 mg}} for chorea.
""", summary="""
Educational pedigree on {{eponym:Huntington disease}} with {{lab:CAG 44}} repeats, onset {{age:38}} to {{age:52}}, {{drug:deutetrabenazine}} for chorea.
"""),
dict(style="genetic_counseling", note="""
Cardiogenetics visit [[DATE:2024-07-30]]
Pt [[NAME:Bao-Chau Lam]] ({{age:29}}) after brother [[NAME:Minh-Triet Lam]] had SCD at {{age:24}} while running.
Brother's postmortem: HCM, septum 24 mm. MYBPC3 c.1504C>T identified on molecular autopsy.
Pt: echo normal, ECG normal. Tested positive -> G+/P-. Mother [[NAME:Huỳnh Thị Ngọc]] positive, father [[NAME:Lam Quoc Bao]] negative.
Niece [[NAME:Kimmy]] ({{age:3}}) testing deferred.
Follow-up echo q1y. Genetic counselor: [[NAME:Parker Wellesley]]
""", summary="""
[[NAME:Bao-Chau Lam]] carries MYBPC3 found after brother [[NAME:Minh-Triet]]'s sudden death; mother [[NAME:Huỳnh Thị Ngọc]] also positive.
"""),
dict(style="genetic_counseling", note="""
Hereditary hemorrhagic telangiectasia (HHT) family clinic
Proband [[NAME:Guadalupe]] "[[NAME:Lupe]]" [[NAME:Ortúzar]] -- ENG pathogenic. Curaçao criteria {{score:4/4}}.
Affected: son [[NAME:Emiliano]] (PAVM embolized [[DATE:June 2, 2023]]), daughter [[NAME:Xiomara]] (epistaxis score {{score:ESS 6.2}}).
Unaffected per testing: grandson [[NAME:Dante]] ({{age:10}}).
Treatment: {{drug:bevacizumab}} {{dose:5 mg/kg}} for proband's GI bleed; {{drug:tranexamic acid}} {{dose:1 g}} TID.
Contact for family letters: [[NAME:Xiomara Ortúzar-Bell]], [[EMAIL:xiomara.ob@lumenmail.co]]
Counselor [[NAME:Henrike Voss]], CGC
""", summary="""
HHT family: proband [[NAME:Lupe Ortúzar]] has ENG variant on {{drug:bevacizumab}}; son [[NAME:Emiliano]] and daughter [[NAME:Xiomara]] affected, grandson [[NAME:Dante]] negative.
"""),
dict(style="genetic_counseling", note="""
Pedigree (typed from hand-drawn):
I-1 [[NAME:Ragnhild Sæther]] d. {{age:88}}, dementia
I-2 [[NAME:Olav Sæther]] d. {{age:70}}, MI
II-1 [[NAME:Kjersti]] {{age:64}} -- early-onset {{eponym:Alzheimer}} at {{age:58}}, PSEN1 +
II-2 [[NAME:Trond]] {{age:61}} -- unaffected, untested
III-1 [[NAME:Eirik Sæther-Maddox]] {{age:34}}, consultand, requests predictive testing
III-2 [[NAME:Vilde]] {{age:31}}, not ready
Plan: pre-test session [[DATE:5/7]], neuropsych baseline (MoCA {{score:29/30}}).
Counselor: [[NAME:Lucinda Abernethy-Roos]]; referring neurologist Dr. [[NAME:Ngaio Tane]]
""", summary="""
Consultand [[NAME:Eirik Sæther-Maddox]] ({{age:34}}), whose mother [[NAME:Kjersti]] has PSEN1 early-onset {{eponym:Alzheimer disease}}, requests predictive testing; pre-test session [[DATE:5/7]].
"""),
dict(style="ems_run_sheet", note="""
EMS PATIENT CARE REPORT   Medic 14   Run # [[MRN:24-118730]]
Date [[DATE:10/12/2024]]  Dispatch 21:07  On scene 21:15
Pt: [[NAME:Kasprzak, Stanisław]]   DOB [[DATE:1948-11-02]]
Location: [[ADDRESS:2604 N Kedvale Ave, 2nd fl, Chicago IL 60639]]
CC: syncope. Found on floor by wife [[NAME:Jadwiga]]. {{score:GCS 15}} on arrival.
{{vital:BP 88/50}}, {{vital:HR 38}}, {{vital:SpO2 96%}}. 12-lead: CHB.
{{drug:Atropine}} {{dose:1 mg}} IV x1 no effect; TCP at 70 mA, capture.
{{drug:Fentanyl}} {{dose:50 mcg}} for pacing discomfort.
Transport to Swedish Covenant, cath lab notified. Crew: [[NAME:Dominic Ferraro]] (EMT-P #[[MRN:4471]]), [[NAME:Keisha Valentine]] (EMT-B).
""", summary="""
Medic 14 found [[NAME:Stanisław Kasprzak]] in complete heart block ({{vital:HR 38}}) and paced him after {{drug:atropine}} failed; wife [[NAME:Jadwiga]] found him.
"""),
dict(style="ems_run_sheet", note="""
PCR -- MVC
Pt: unk female, later ID'd as [[NAME:Brooklyn Tatum-Rivas]] ({{age:22}}), per license: [[ADDRESS:77 Sawgrass Way, Ocala FL 34472]].
Restrained driver, airbag deployed. {{score:GCS 13}}, {{vital:BP 102/68}}, {{vital:HR 124}}.
Seatbelt sign. FAST not avail prehospital.
{{drug:TXA}} {{dose:2 g}} per protocol. {{drug:NS}} {{dose:500 mL}}.
Passenger [[NAME:Jaylen]] (boyfriend) transported by Rescue 9.
Trauma alert to Dr. [[NAME:Rutherford-Oakes]] at 16:42. Mother [[NAME:Dana Tatum]] contacted by FHP Trooper [[NAME:Garrison]].
""", summary="""
After an MVC [[NAME:Brooklyn Tatum-Rivas]] ({{age:22}}) had {{score:GCS 13}} and {{vital:HR 124}}, received {{drug:TXA}}; mother [[NAME:Dana Tatum]] notified.
"""),
dict(style="ems_run_sheet", note="""
EMS PCR -- protocol training scenario (fictional)
Cardiac arrest, witnessed, VF. CPR 2 min cycles.
Shock x3, {{drug:epinephrine}} {{dose:1 mg}} q3-5 min, {{drug:amiodarone}} {{dose:300 mg}} then {{dose:150 mg}}.
ROSC at 14 min. EtCO2 {{vital:38}}. Post-ROSC {{vital:BP 84/52}} -> {{drug:norepinephrine}}.
Cincinnati stroke scale n/a.
""", summary="""
Training scenario: witnessed VF arrest with ROSC at 14 min after {{drug:epinephrine}} and {{drug:amiodarone}} {{dose:300 mg}}.
"""),
dict(style="ems_run_sheet", note="""
RUN SHEET  Ambulance 3  [[DATE:Sat 1/18/25]]
PT: [[NAME:ESPERANZA VILLALOBOS]]  AGE [[AGE:97]]  from [[ADDRESS:1131 E Ajo Way, Tucson AZ 85713]]
Resp distress, {{eponym:Cheyne-Stokes breathing}} noted. {{vital:RR 32}} {{vital:SpO2 84%}} -> {{vital:90%}} on NRB.
DNR/POLST present (signed by Dr. [[NAME:Evaristo Sandoval-Kerr]]). Comfort-focused per grandson [[NAME:Abrán]].
{{lab:BGL 212}}. No meds given except {{drug:O2}}.
Hospice nurse [[NAME:Gwendolyn Marsh]] met crew, [[PHONE:520-881-4027]].
""", summary="""
[[AGE:97]]-year-old [[NAME:Esperanza Villalobos]] with {{eponym:Cheyne-Stokes breathing}} and DNR/POLST was treated with oxygen only; grandson [[NAME:Abrán]] and hospice nurse [[NAME:Marsh]] present.
"""),
dict(style="ems_run_sheet", note="""
ePCR narrative: Dispatched to [[ADDRESS:Bay 4, 880 Industrial Pkwy, Hayward CA]] for fall from ladder ~10 ft.
Pt [[NAME:Faustino Ochoa]] ([[NAME:F.O.]]), {{age:51}}, c/o back pain, no neuro deficit. Spinal motion restriction.
{{vital:BP 150/92}}, {{vital:HR 100}}, pain {{score:9/10}}. {{drug:Fentanyl}} {{dose:75 mcg}} IN.
Coworker [[NAME:Ignacio]] witnessed. Foreman [[NAME:Rusty Kimbrough]] cell [[PHONE:510.332.9081]].
Transported to Eden Med. Crew: [[NAME:Mara Lindgaard]], paramedic; [[NAME:T. Bhattacharya]], EMT.
""", summary="""
[[NAME:Faustino Ochoa]] fell 10 ft from a ladder at work, given {{drug:fentanyl}} {{dose:75 mcg}} and spinal motion restriction; foreman [[NAME:Kimbrough]] informed.
"""),
dict(style="ems_run_sheet", note="""
PCR: pediatric seizure  [[DATE:07/07/2024]]
Pt: [[NAME:Amara Okonjo-Fitz]], {{age:3}}, febrile seizure at daycare ("Little Acorns", [[ADDRESS:301 Kinsey Rd, Dayton OH 45431]]).
Seizure 6 min, stopped after {{drug:midazolam}} {{dose:0.2 mg/kg}} IN ({{dose:3 mg}}).
{{vital:T 39.6}}, {{vital:HR 168}}, {{vital:SpO2 97%}}. {{lab:BGL 104}}.
Daycare director [[NAME:Philomena Grady]] called mother [[NAME:Chioma Okonjo]]; father [[NAME:Lorenzo Fitz]] met us at Dayton Children's.
Medics [[NAME:Ryker Stallworth]] / [[NAME:Anneke Joubert]].
""", summary="""
{{age:3}}-year-old [[NAME:Amara Okonjo-Fitz]] had a 6-minute febrile seizure stopped with intranasal {{drug:midazolam}}; mother [[NAME:Chioma Okonjo]] notified by [[NAME:Philomena Grady]].
"""),
dict(style="ems_run_sheet", note="""
EMS -- hypoglycemia, treat & release
[[NAME:Gaspard Lemieux-Toussaint]], {{age:60}}, T1DM on {{drug:insulin glargine}} {{dose:22 units}}.
Found confused by neighbor [[NAME:Odette Pellegrin]] at [[ADDRESS:14 rue Sainte-Anne, Apt 2, Lewiston ME 04240]]. {{lab:BGL 38}}.
{{drug:D10}} {{dose:250 mL}} IV -> {{lab:BGL 142}}, A&Ox4.
Refused transport; signed refusal witnessed by [[NAME:Odette]]. Daughter [[NAME:Ginette]] on phone [[PHONE:207-784-3159]].
Medic [[NAME:Quentin Harrowgate]]
""", summary="""
[[NAME:Gaspard Lemieux-Toussaint]] had {{lab:BGL 38}} corrected with {{drug:D10}} and refused transport; neighbor [[NAME:Odette Pellegrin]] witnessed.
"""),
dict(style="ems_run_sheet", note="""
Interfacility transfer  [[DATE:04/02/2025]]
From Lakeview CAH to Regional PICU. Pt [[NAME:Tristan Bellweather]], {{age:9}}, DKA, {{lab:pH 7.04}}, {{lab:bicarb 5}}.
Insulin gtt {{dose:0.05 units/kg/h}}, NS {{dose:10 mL/kg}}. {{score:GCS 14}}.
Sending MD: Dr. [[NAME:Mirela Dragomir]], [[PHONE:(608) 555-0147]]. Receiving: Dr. [[NAME:Ezinne Nwankwo]].
Mother [[NAME:Shelby Bellweather]] rode along. Home [[ADDRESS:Baraboo, WI]].
Critical care crew: RN [[NAME:Anders Fjeld]], RT [[NAME:Lucía Barrenechea]].
""", summary="""
[[NAME:Tristan Bellweather]] ({{age:9}}) with DKA ({{lab:pH 7.04}}) was transferred [[DATE:04/02/2025]] on insulin; mother [[NAME:Shelby]] rode along.
"""),
dict(style="incident_report", note="""
SAFETY EVENT REPORT  #SE-2024-1182
Event date [[DATE:8/21/2024]]  Unit 5 West
Patient involved: [[NAME:Rosamund Achterlonie]], MRN [[MRN:55031288]]
Type: medication error -- wrong dose. {{drug:Heparin}} {{dose:5000 units}} SQ given instead of {{dose:500 units}} flush.
Harm: none; {{lab:aPTT 48}}.
Reporter: [[NAME:Liv Bergkvist-Hale]], RN. Charge RN [[NAME:Miles Ofori]] notified; pharmacist [[NAME:Nkechi Arinze]] reviewed.
Physician notified: Dr. [[NAME:Soren Vestergaard]]. Daughter [[NAME:Philippa]] informed (disclosure).
""", summary="""
Event report: [[NAME:Rosamund Achterlonie]] got {{drug:heparin}} {{dose:5000 units}} instead of a flush on [[DATE:8/21/2024]]; no harm, disclosed to daughter [[NAME:Philippa]].
"""),
dict(style="incident_report", note="""
Incident report -- fall
Pt: [[NAME:Lemuel Okwu]] ({{age:81}}), room 4112. Found on floor [[DATE:12/24]] 03:10 by PCT [[NAME:Bishop]].
Morse fall score {{score:65}}; bed alarm was OFF. On {{drug:Ambien}} {{dose:5 mg}} at 22:00.
Injury: skin tear L forearm, no head strike. CT not indicated.
Nurse manager [[NAME:Theresa Kaczmarek]] reviewed. Son [[NAME:Chukwudi Okwu]] notified at [[PHONE:(313) 961-0044]].
""", summary="""
[[NAME:Lemuel Okwu]] ({{age:81}}) fell [[DATE:12/24]] with bed alarm off after {{drug:Ambien}}, {{score:Morse 65}}; PCT [[NAME:Bishop]] found him.
"""),
dict(style="incident_report", note="""
Safety huddle note -- aggregate, no names
3 near-misses this month: {{drug:insulin}} look-alike pens; {{drug:hydromorphone}} {{dose:2 mg}} vs {{dose:0.2 mg}} decimal; {{eponym:Foley}} placed without order.
{{eponym:Bishop score}} documentation missing in 2 inductions.
Action: tall-man lettering, hard stop for {{drug:HYDROmorphone}}.
""", summary="""
Aggregate huddle: near-misses with {{drug:insulin}} pens and {{drug:hydromorphone}} {{dose:2 mg}} vs {{dose:0.2 mg}}; {{eponym:Bishop score}} gaps noted.
"""),
dict(style="incident_report", note="""
EVENT REPORT: workplace violence
Date/time: [[DATE:Sunday, March 9, 2025]] 19:45, ED bay 12.
Visitor (pt's ex-partner) [[NAME:Cody Wainscott]] struck security officer [[NAME:Ahmed Rashidi]] (badge [[MRN:S-3318]]).
Patient [[NAME:Kayla Dunsmore]] ({{age:26}}, MRN [[MRN:90022174]]) in for {{drug:acetaminophen}} ingestion, {{lab:APAP level 182}}, on {{drug:NAC}}.
Police report # [[MRN:WPD-25-00917]], Officer [[NAME:Rivas-Kincaid]].
Witnesses: RN [[NAME:Bethany Ulloa]], tech [[NAME:Mark]] (last name unknown).
""", summary="""
On [[DATE:March 9, 2025]] visitor [[NAME:Cody Wainscott]] struck officer [[NAME:Ahmed Rashidi]] in the room of [[NAME:Kayla Dunsmore]], who was on {{drug:NAC}}.
"""),
dict(style="incident_report", note="""
Pressure injury RCA summary
Pt [[NAME:Valentina Arroyo-Pérez]], {{age:72}}, device-related injury from BiPAP mask, nasal bridge, stage 2.
Braden {{score:12}} on adm [[DATE:2025-01-11]]. Foam dressing not applied.
RCA team: [[NAME:Hye-jin Seo]] (RT), [[NAME:Constantin Moraru]] (RN educator), [[NAME:Yaw Appiah-Kubi]] (patient safety).
Pt's husband [[NAME:Rodrigo Pérez]] raised concern [[DATE:1/15]]; callback [[PHONE:(787) 722-4183]].
Action: {{drug:Mepilex}} prophylaxis for all NIV masks; skin checks q4h. {{lab:Albumin 2.8}} noted.
""", summary="""
[[NAME:Valentina Arroyo-Pérez]] developed a stage 2 BiPAP mask injury ({{score:Braden 12}}); husband [[NAME:Rodrigo]] raised concern and RCA led by [[NAME:Hye-jin Seo]].
"""),
dict(style="incident_report", note="""
Occurrence -- specimen mislabel
Blood bank sample for [[NAME:Quang Minh Trịnh]] labeled with roommate [[NAME:Elwood Pennypacker]]'s sticker. Type & screen rejected.
Hgb {{lab:6.8}}; transfusion delayed 90 min. {{drug:Eliquis}} {{dose:5 mg}} had been held. No harm.
Phlebotomist ID [[MRN:PHL-0972]]; lab lead [[NAME:Rochelle Dumont]] x[[PHONE:7-2215]].
Reported [[DATE:Nov 2, 2024]] by [[NAME:Ilona Rácz]], RN.
""", summary="""
A blood bank sample for [[NAME:Quang Minh Trịnh]] was labeled with [[NAME:Elwood Pennypacker]]'s sticker, delaying transfusion for {{lab:Hgb 6.8}}.
"""),
dict(style="incident_report", note="""
Incident: elopement
[[NAME:Ebenezer]] "[[NAME:Eb]]" [[NAME:Quarshie]], [[AGE:90]], dementia (MoCA {{score:11}}), left 3 North at 14:20 [[DATE:2/6/2025]].
Found at bus stop on [[ADDRESS:Halsted & 59th]] by security [[NAME:Lonnie Pritchett]].
Wander guard not on. {{drug:Seroquel}} {{dose:25 mg}} given on return.
Wife [[NAME:Comfort Quarshie]] notified [[PHONE:773.488.2061]].
""", summary="""
[[AGE:90]]-year-old [[NAME:Eb Quarshie]] left the unit on [[DATE:2/6/2025]] and was found at [[ADDRESS:Halsted & 59th]] by security; wife [[NAME:Comfort]] notified.
"""),
dict(style="incident_report", note="""
PRIVACY INCIDENT REPORT  ref PI-25-0061   Reported [[DATE:4/11/2025]]
Summary: discharge papers for [[NAME:Cornelius Ashgrove-Mbatu]] (MRN [[MRN:60447198]], SSN [[SSN:512-77-0934]]) handed to wrong patient, [[NAME:Leopoldina Rossetti]], in the discharge lounge.
Papers listed {{drug:Xarelto}} {{dose:20 mg}}, {{drug:Norco}} {{dose:5/325}}, and his home address [[ADDRESS:2715 Sumac Ridge Rd, Lincoln NE 68516]].
Retrieved same day by unit clerk [[NAME:Joelle Starkweather]]. Privacy officer [[NAME:Anatole Bergeron]] ([[EMAIL:privacy.office@bryanwellhealth.org]]) notified pt by phone [[PHONE:402-481-3390]].
Charge RN [[NAME:Miles Ofori]] counselled discharging nurse [[NAME:Rose Tjahjono]]. Patient's daughter [[NAME:Wambui Ashgrove]] requested a written apology.
""", summary="""
Discharge papers for [[NAME:Cornelius Ashgrove-Mbatu]] (SSN [[SSN:512-77-0934]]) went to [[NAME:Leopoldina Rossetti]]; retrieved by [[NAME:Joelle Starkweather]] and disclosed by privacy officer [[NAME:Bergeron]].
"""),
]
