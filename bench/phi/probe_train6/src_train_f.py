NOTES = [
    dict(style="radiology_ct_report", note="""
RADIOLOGY REPORT - FINAL
Patient: [[NAME:SANTIAGO VÉLEZ, LUIS A]]     MRN: [[MRN:60017723]]     DOB: [[DATE:02/09/1948]]
Accession: [[MRN:CT25-0418837]]     Exam: CT HEAD WO CONTRAST     Exam date: [[DATE:10/03/2025]] 22:41
Ordering: [[NAME:Nieves-Padilla, Carmen]] MD (Emergency Dept)     Location: ED-14
CLINICAL HISTORY: {{age:77}} yo M, mechanical fall at home, struck L forehead, on {{drug:Eliquis}}. {{score:GCS 15}}.
TECHNIQUE: Axial 5 mm and 0.625 mm images from skull base to vertex, sagittal/coronal reformats. DLP 812 mGy-cm.
COMPARISON: MRI brain [[DATE:4/12/2023]].
FINDINGS: No acute intracranial hemorrhage, mass effect or midline shift. Gray-white differentiation preserved.
Moderate periventricular white matter hypodensity, likely chronic small vessel ischemic change, slightly increased from prior.
Ventricles and sulci prominent, proportionate to age. Basal cisterns patent. Left frontal subgaleal hematoma 9 mm. No calvarial fracture.
Paranasal sinuses clear. Mastoids aerated. Bilateral lens replacements.
IMPRESSION:
1. No acute intracranial abnormality.
2. Left frontal scalp hematoma without fracture.
Dictated by: [[NAME:Ernesto Figueroa]], MD        D: [[DATE:10/03/2025]] 22:58
Transcribed by: [[NAME:mq]]                          T: [[DATE:10/03/2025]] 23:20      Job #: [[MRN:4471902]]
Electronically signed: [[NAME:FIGUEROA, ERNESTO J]] MD on [[DATE:10/04/2025]] 06:12
cc: [[NAME:Rosado, Wilfredo]] MD (PCP)
""", summary="""
Head CT on [[DATE:10/03/2025]] for [[NAME:Luis Santiago Vélez]], who fell while on Eliquis, showed no acute intracranial abnormality and only a left frontal scalp hematoma. It was read by Dr. [[NAME:Figueroa]].
"""),

    dict(style="surgical_pathology", note="""
SURGICAL PATHOLOGY REPORT                          Accession: [[MRN:S25-10877]]
Patient: [[NAME:CHEN, MEI-LING]] ([[NAME:陈美玲]])     MRN [[MRN:5503391]]     DOB [[DATE:1971-07-23]]     Sex F
Collected: [[DATE:2025-06-10]]   Received: [[DATE:2025-06-10]]   Reported: [[DATE:2025-06-12]]
Submitting physician: [[NAME:Huang Zhiwei]], MD      cc: Dr. [[NAME:Lin]] (Medical Oncology)
SPECIMEN: A. Left breast, 2:00, 4 cm FN, US-guided core biopsy (14G x 3)
GROSS: Received in formalin labeled "[[NAME:Chen, Meiling]] - L breast 2:00" are three tan-white cores, 1.2-1.6 cm, entirely submitted in A1. Cold ischemia <1 h; fixation 10 h. ([[NAME:KZ]])
DIAGNOSIS: Left breast, 2:00, core biopsy: INVASIVE DUCTAL CARCINOMA (NST), {{score:Nottingham grade 2}} (tubules 3, nuclei 2, mitoses 1; {{score:6/9}}). DCIS, intermediate grade, cribriform, present. No LVI identified.
ADDENDUM #1 ([[DATE:2025-06-16]]): ER positive (95%, strong), PR positive (40%, moderate), HER2 IHC 2+ (equivocal). {{lab:Ki-67 25%}}. Reflex FISH sent to NeoGenomics, accession [[MRN:NG-25-331874]].
ADDENDUM #2 ([[DATE:6/20]]): HER2 FISH NOT amplified (HER2/CEP17 ratio 1.3; average HER2 copy number 3.1 signals/cell) - ASCO/CAP Group 5.
Results called to Dr. [[NAME:Huang]]'s nurse [[NAME:Yu Jing]] [[DATE:6/20]] 14:05 by [[NAME:XW]]; read-back done.
Pathologist: [[NAME:Wang Xiaoyu]], MD (electronically signed [[DATE:2025-06-20]] 14:22)
""", summary="""
Left breast core biopsy for [[NAME:Chen Mei-ling]] (accession [[MRN:S25-10877]]) showed grade 2 invasive ductal carcinoma, ER/PR positive, with HER2 equivocal by IHC and not amplified by FISH per the [[DATE:6/20]] addendum.
"""),

    dict(style="sleep_study_report", note="""
SLEEP DISORDERS CENTER - DIAGNOSTIC POLYSOMNOGRAM (Type I, attended)
Name: [[NAME:Choi, Dong-hyun]]    DOB: [[DATE:3/30/1979]]    Study #: [[MRN:PSG-25-0917]]    Study night: [[DATE:9/17]]-[[DATE:9/18/2025]]
Referring: Dr. [[NAME:Jeong-ah Baek]]     Interpreting: [[NAME:Sung-min Han]], MD, D.ABSM     Scoring tech: [[NAME:R. Yoon]], RPSGT
HISTORY: {{age:46}} yo M, loud snoring, witnessed apneas per wife ([[NAME:Eun-ji]]), {{score:Epworth 15}}, BMI 31.4, HTN on {{drug:lisinopril}}.
SLEEP ARCHITECTURE: TRT 441 min, TST 382 min, SE 86.6%. Sleep latency 9 min, REM latency 104 min. N1 14%, N2 58%, N3 9%, REM 19%.
RESPIRATORY: {{score:AHI 38.2/h}} (supine 61.5, non-supine 12.0; REM 44.0). RDI 41.7/h. {{score:ODI 33.9}} (4%).
  {{vital:SpO2 nadir 79%}}; time <88%: 14.2 min. No {{eponym:Cheyne-Stokes}} respiration. Central index 0.8/h.
LIMBS: PLMI 4/h.   ECG: sinus rhythm, rare PVCs, HR 58-84.
IMPRESSION: Severe obstructive sleep apnea (G47.33), positional component.
RECOMMENDATIONS: Full-night CPAP titration (split-night criteria not met until 03:10). APAP 6-16 cm H2O acceptable interim if titration delayed. Avoid supine sleep, alcohol, sedatives. Drowsy-driving counseling given.
D: [[NAME:Han SM]] [[DATE:9/19/2025]] 08:40    T: [[NAME:kp]] [[DATE:9/19/2025]] 11:02    cc: [[NAME:Baek, Jeong-ah]] MD
""", summary="""
Polysomnogram on [[DATE:9/17]]-[[DATE:9/18/2025]] for [[NAME:Dong-hyun Choi]] showed severe positional obstructive sleep apnea (AHI 38.2, nadir SpO2 79%). A CPAP titration study was recommended by Dr. [[NAME:Han]].
"""),

    dict(style="eeg_report", note="""
ROUTINE EEG REPORT (awake, drowsy, HV, IPS)        EEG No. [[MRN:E25-2291]]
Patient: [[NAME:TE RANGI, HĒMI]]     NHI [[MRN:KPA3390]]     DOB [[DATE:14/08/2009]]     Recorded [[DATE:13/10/2025]]
Requested by: Dr [[NAME:Anahera Walker]] (Paediatric Neurology)     Technologist: [[NAME:KP]]
Clinical: {{age:16}} y, two episodes of jerking on waking, one GTC [[DATE:2/10]] after late night; on no AEDs. Mum [[NAME:Moana]] and koro [[NAME:Rāwiri]] present.
Montage: 10-20 system, 21 channels + ECG. Duration 32 min.
Background: well-developed symmetric 10 Hz posterior dominant rhythm, reactive to eye opening. Normal beta. Drowsiness with vertex waves; no sleep spindles reached.
Hyperventilation (3 min, good effort): generalised 3-5 Hz polyspike-and-wave discharges, 1-2 s, frontally predominant, x4; no clinical change.
Photic stimulation: photoparoxysmal response at 14-20 Hz, self-limited ({{eponym:Waltz}} type 3). Myoclonic jerk of arms at 18 Hz captured on video.
ECG: sinus rhythm 72/min.
IMPRESSION: Abnormal EEG: generalised polyspike-wave discharges with photoparoxysmal response, consistent with a genetic (idiopathic) generalised epilepsy, e.g. JME, in the clinical context.
Reported by: Dr [[NAME:T. Ngata]], Clinical Neurophysiologist     Typed: [[NAME:mw]] [[DATE:15/10/2025]]
""", summary="""
Routine EEG on [[DATE:13/10/2025]] for [[NAME:Hēmi Te Rangi]] showed generalised polyspike-wave discharges and a photoparoxysmal response consistent with genetic generalised epilepsy such as JME.
"""),

    dict(style="portal_message", note="""
PATIENT PORTAL MESSAGE
From: [[NAME:Gabriela Fonseca]] (patient)     To: Dr. [[NAME:Pires]] / Ortho Sports pool
Sent: [[DATE:Mon 11/3/2025]] 11:47 PM     Subject: mri results??
hi dr [[NAME:pirez]] its [[NAME:gabi fonseca]]. i saw the mri came out on the app and it says "complex tear posterior horn medial meniscus" and "grade 2 chondromalacia patella" and im kind of freaking out. does this mean surgery?? my husband [[NAME:rafael]] can bring me any day but thursdays. also can u send the ibuprofen again to the cvs on [[ADDRESS:bird rd]], the 800s. sorry typos im on my phone. my cel is [[PHONE:305 555 0188]]
-- [[NAME:gabi]]

Reply [[DATE:Tue 11/4/2025]] 08:12 - [[NAME:Pires, Eduardo]] MD:
Hi [[NAME:Gabriela]] - this is a common tear pattern and does not automatically mean surgery. Let's review the images together; [[NAME:Priscila]] will call you to schedule this week (not Thursday). {{drug:Ibuprofen}} {{dose:800 mg}} TID with food sent. - [[NAME:EP]]
""", summary="""
[[NAME:Gabriela Fonseca]] messaged late on [[DATE:11/3/2025]] worried about an MRI showing a complex medial meniscus tear and asked for an ibuprofen refill. Dr. [[NAME:Pires]] replied that surgery is not automatic, sent ibuprofen 800 mg and arranged a visit.
"""),

    dict(style="radiology_mri_addendum", note="""
MRI LUMBAR SPINE WITHOUT AND WITH CONTRAST
ACC# [[MRN:MR-2025-0098812]]   PT: [[NAME:MEJÍA GÓMEZ, JUAN DAVID]]   MRN [[MRN:1188420]]   DOS [[DATE:2025-02-27]]
INDICATION: {{age:58}} M, IVDU hx, low back pain x 2 wk, fever 38.9, {{lab:CRP 148}}. BCx [[DATE:2/25]] 2/2 GPC in clusters.
TECHNIQUE: Sag T1, T2, STIR; axial T2; post-{{drug:gadavist}} {{dose:7.5 mL}} sag/axial T1 FS.
FINDINGS:
L4-L5: T1 hypointense / STIR hyperintense marrow signal in L4 and L5 endplates with enhancement, fluid signal in disc. Ventral epidural enhancing collection L4-S1, 9 mm AP, with thecal sac narrowing. Mild bilateral psoas enhancement, no drainable psoas abscess.
L2-L3, L3-L4: mild desiccation; {{eponym:Modic}} type 2 change L3 inferior endplate; {{eponym:Schmorl}} node L2.
Conus terminates at L1, normal signal.
IMPRESSION: 1. L4-L5 discitis-osteomyelitis. 2. Ventral epidural abscess L4-S1 with moderate thecal sac narrowing.
ADDENDUM ([[DATE:2/27/2025]] 14:20): Critical finding discussed by telephone with Dr. [[NAME:Jordan Castaño]] (ED) at 14:12 by [[NAME:Lucía Arango]], MD; read-back confirmed. Neurosurgery ([[NAME:Ochoa]]) paged [[PHONE:77412]].
Dictated: [[NAME:L. Arango]] / Transcribed: VR (PowerScribe) / Signed [[DATE:02/27/2025]] 14:24
""", summary="""
Lumbar MRI on [[DATE:2025-02-27]] for [[NAME:Juan David Mejía Gómez]] showed L4-L5 discitis-osteomyelitis with a ventral epidural abscess. The critical result was called to Dr. [[NAME:Jordan Castaño]] and neurosurgery was paged.
"""),

    dict(style="radiology_cxr_prelim", note="""
XR CHEST PA AND LATERAL          Acc [[MRN:8812204]]          [[DATE:Sat 1/11/2025]] 09:30
Pt: [[NAME:Macaraeg, Rosario B.]] "[[NAME:Charing]]"     MRN [[MRN:2093317]]     Loc: 5W-12
Hx: cough, fever, SOB, {{vital:SpO2 91%}} RA. r/o PNA.
PRELIMINARY (resident): RLL airspace opacity, likely pneumonia. Small R effusion. No PTX. - [[NAME:Carlo Sison]] MD PGY-3
FINAL:
Heart size normal. Aortic knob calcified. Right lower lobe consolidation with air bronchograms, obscuring the R hemidiaphragm on lateral. Small right pleural effusion blunting the costophrenic angle. Left lung clear. Degenerative changes thoracic spine, no acute osseous abnormality. Old healed L 6th rib fx.
IMPRESSION: RLL pneumonia with small parapneumonic effusion. Recommend follow-up radiograph in 6-8 weeks to document resolution.
ATTESTATION: I have personally reviewed the images and agree with the resident's preliminary interpretation, with the addition of the rib fracture. - [[NAME:L. Dizon]], MD [[DATE:1/11/2025]] 11:02
Tech: [[NAME:rm]]  |  Comm: result routed to [[NAME:Agbayani, Noel]] MD (hospitalist) in-basket
""", summary="""
Chest radiograph on [[DATE:1/11/2025]] for [[NAME:Rosario Macaraeg]] showed right lower lobe pneumonia with a small effusion and an old rib fracture. Dr. [[NAME:Dizon]] agreed with the resident read and recommended follow-up films in 6-8 weeks.
"""),

    dict(style="mammography_report", note="""
BILATERAL SCREENING MAMMOGRAM WITH TOMOSYNTHESIS          Accession: [[MRN:MG25-441203]]
Name: [[NAME:Ortiz Rosado, Nilda I]]     DOB: [[DATE:5/2/1966]]     Exam date: [[DATE:08/19/2025]]
Comparison: 8/2024, 7/2023 (Centro Radiológico, outside).
Breast composition: heterogeneously dense (c), which may obscure small masses.
FINDINGS: In the right breast upper outer quadrant, posterior depth, a 7 mm obscured mass is seen on CC and MLO tomo slices, new from 2024. No suspicious calcifications. Left breast: stable benign-appearing calcifications, tethering of {{eponym:Cooper}} ligaments not seen. No skin thickening.
IMPRESSION: BI-RADS 0 - Incomplete. Right breast mass; recommend diagnostic mammogram and ultrasound.
Radiologist: [[NAME:Marrero, Gisela]] MD    D/T: [[DATE:8/19/2025]] / [[DATE:8/20/2025]] ([[NAME:ylt]])
--- LETTER SENT [[DATE:8/21/2025]] ---
Dear Ms. [[NAME:Ortiz Rosado]]: Your recent screening mammogram needs additional images. This is common and most callbacks are not cancer. Please call [[PHONE:(787) 555-0130]] ext. [[PHONE:2214]] to schedule.
Mail to: [[ADDRESS:Urb. Santa Rosa, Calle 9 Bloque 12 #4]], [[ADDRESS:Bayamón]] PR [[ADDRESS:00959]]
""", summary="""
Screening mammogram on [[DATE:08/19/2025]] for [[NAME:Nilda Ortiz Rosado]] found a new 7 mm right breast mass (BI-RADS 0). A callback letter was mailed [[DATE:8/21/2025]] asking her to schedule diagnostic imaging.
"""),

    dict(style="portal_message", note="""
MyChart message   [[DATE:11/24]] 6:02 AM   from: [[EMAIL:leilani.sapolu82@gmail.com]] (proxy)   re: pt [[NAME:SAPOLU, FA'AMAUSILI]]
hi this is [[NAME:leilani]] his daughter. dad got his ct chest on the app last nite and it says "spiculated nodule 1.4 cm RUL, suspicious for malignancy" and nobody called us?? hes [[AGE:91]] and pretty sharp still but he doesnt read english well so i have to explain to him. can we talk w dr [[NAME:tauiliili]] before thanksgiving. he lives w us now at [[ADDRESS:3318 kaimuki ave]], please update. also is it ok he keeps taking the eliquis and the lasix 40 if they want a biopsy. my # is [[PHONE:808 555 0121]]. thank u
-[[NAME:leilani]] (and my brother [[NAME:sefo]])
---
RN triage note [[DATE:11/24]] 08:15, [[NAME:faith m]] RN: called [[NAME:Leilani]] back, apologized re release of result before provider review (auto-release per Cures Act). Appt w Dr [[NAME:Tauiliili]] [[DATE:Wed 11/26]] 1:40 pm, Samoan interpreter ([[NAME:Pele]]) booked. Told her do not stop {{drug:Eliquis}} {{dose:5 mg}} BID or {{drug:furosemide}} {{dose:40 mg}} until plan made. Address updated. Have faith we will get it sorted - her words, she was relieved.
""", summary="""
The daughter of [[NAME:Fa'amausili Sapolu]], age [[AGE:91]], messaged on [[DATE:11/24]] after a CT showed a suspicious 1.4 cm spiculated lung nodule. A nurse called back and booked a visit with Dr. [[NAME:Tauiliili]] and an interpreter for [[DATE:Wed 11/26]], advising him to continue Eliquis and furosemide for now.
"""),

    dict(style="radiology_us_report", note="""
US ABDOMEN LIMITED (RUQ)
INDICATION: RUQ pain after fatty meals, {{lab:ALP 188}}, {{lab:T bili 1.9}}.
TECHNIQUE: Grayscale and color Doppler sonography of the right upper quadrant.
FINDINGS:
Liver: 15.8 cm, mildly increased echogenicity, no focal lesion. Hepatopetal portal venous flow.
Gallbladder: multiple mobile shadowing stones, largest 1.6 cm. Wall 4.5 mm, thickened. Pericholecystic fluid trace. Sonographic {{eponym:Murphy}} sign POSITIVE.
CBD: 7 mm, mildly dilated; distal duct obscured by bowel gas.
Pancreas: head and body unremarkable; tail not seen. Right kidney: 11 cm, no hydronephrosis. No ascites.
IMPRESSION:
1. Cholelithiasis with findings suggestive of acute calculous cholecystitis.
2. Mildly dilated CBD, 7 mm; consider MRCP to evaluate for choledocholithiasis.
3. Hepatic steatosis.
Preliminary findings discussed with the ED provider. Final report in PACS.
""", summary="""
Right upper quadrant ultrasound shows gallstones with wall thickening and a positive Murphy sign, suggesting acute cholecystitis, plus a mildly dilated common bile duct and hepatic steatosis.
"""),

    dict(style="voice_recognition_draft", note="""
*** VOICE RECOGNITION DRAFT - NOT REVIEWED - DO NOT ACT ON ***
this is doctor [[NAME:renato albuquerque]] dictating a whole body bone scan on patient [[NAME:maria de fatima cavalcanti]] spelled [[NAME:C-A-V-A-L-C-A-N-T-I]] medical record number [[MRN:4 4 0 2 9 1 7]] date of service [[DATE:march third twenty twenty five]] period new paragraph indication colon breast cancer stage two diagnosed 2021 now with rising alkaline phosphatase and left hip pain period new paragraph technique colon 24.6 millicuries technetium 99m MDP IV comma whole body images at 3 hours period new paragraph findings colon focal intense uptake left intertrochanteric femur and right 7th rib posterior period degenerative uptake both knees and lower lumbar facets period kidneys and bladder visualized period new paragraph impression colon one period two foci concerning for osseous metastases comma recommend MRI left hip and correlation with CT chest abdomen pelvis period end of dictation thank you
---
[VR engine: heard "doctor [[NAME:renato albuquerque]]" as "doctor [[NAME:renato al burke key]]" - corrected by [[NAME:tsn]] [[DATE:03/03/2025]] 15:40]
Ordering: [[NAME:Pinheiro, Luana]] MD | Pt name per ADT: [[NAME:CAVALCANTI, MARIA DE FATIMA]] | Job [[MRN:VR-2283104]]
""", summary="""
Unreviewed voice-recognition draft of a bone scan dated [[DATE:march third twenty twenty five]] for [[NAME:Maria de Fatima Cavalcanti]], with breast cancer, showing two foci suspicious for metastases in the left femur and right 7th rib. MRI of the left hip and staging CT were recommended.
"""),

    dict(style="hl7_oru_radiology", note="""
MSH|^~\\&|RIS|NORTHSHORE|EPIC|NSH|[[DATE:20250512143055]]||ORU^R01|MSG00918277|P|2.5.1
PID|1||[[MRN:7730021]]^^^NSH^MR||[[NAME:KANG^MIN-SEO^J]]||[[DATE:19880214]]|F|||[[ADDRESS:1420 W 6TH ST APT 305^^LOS ANGELES^CA^90017]]||[[PHONE:(213)555-0164]]|||||[[MRN:ACCT55120987]]
NK1|1|[[NAME:BAEK^JOON-HO]]|SPO|||[[PHONE:(213)555-0177]]
PV1|1|O|IMG^US2^^NSH||||[[MRN:31882]]^[[NAME:PAEK^HANNAH^S]]^^^MD
ORC|RE|[[MRN:ORD776102]]|[[MRN:ACC25-551903]]
OBR|1|[[MRN:ORD776102]]|[[MRN:ACC25-551903]]|76817^US OB TRANSVAGINAL^CPT|||[[DATE:20250512130500]]|||||||||[[MRN:31882]]^[[NAME:PAEK^HANNAH^S]]^^^MD||||||[[DATE:20250512142900]]|||F
OBX|1|TX|IMP^Impression||Single intrauterine pregnancy. CRL 2.1 cm c/w 8w6d (EDD by US [[DATE:12/19/2025]]). FHR 168 bpm. Small subchorionic hemorrhage 1.2 cm.||||||F
OBX|2|TX|RPT^Reported by||[[NAME:LIM^SORA]]^^^^MD  (dictated, VR; edited [[NAME:LS]])||||||F
NTE|1||Result called to ordering office 14:35, spoke w/ [[NAME:jmacapagal]] RN; pt to f/u w Dr. [[NAME:Paek]] [[DATE:5/19]].
""", summary="""
HL7 result message for [[NAME:Min-seo Kang]] reporting a transvaginal ultrasound on [[DATE:May 12, 2025]] with a single 8w6d intrauterine pregnancy and a small subchorionic hemorrhage. The result was called to Dr. [[NAME:Paek]]'s office.
"""),

    dict(style="hematopathology_report", note="""
HEMATOPATHOLOGY CONSULTATION          Case: [[MRN:BM25-00712]]          Received [[DATE:7/8/25]]
Patient: [[NAME:VAIPULU, SIONE TĒVITA JR.]]     MRN [[MRN:8830412]]     {{age:63}} M
Clinician: [[NAME:Kaufusi, 'Ana]] MD     cc: [[NAME:Tonga, Losaline]] NP; [[NAME:Price, Madison]] PharmD (heme/onc)
CLINICAL: Pancytopenia, {{lab:WBC 2.1}}, {{lab:Hgb 8.2}}, {{lab:Plt 61}}; circulating blasts 6% on smear [[DATE:7/2]].
SPECIMENS: A. Bone marrow aspirate, L posterior iliac crest. B. Core biopsy, 1.8 cm. C. Peripheral blood.
A. Aspirate: adequate, cellular. Blasts 14% (500-cell diff). Dyserythropoiesis (megaloblastoid, nuclear budding), dysgranulopoiesis (hypogranular, pseudo-{{eponym:Pelger-Huët}}), micromegakaryocytes. Ring sideroblasts 4% (iron stain).
B. Core: 80% cellular (age-expected ~35%). CD34 IHC: ~12%, small clusters (ALIP-like). Reticulin MF-1.
Flow (C and A): myeloblasts CD34+/CD117+/HLA-DR+, CD7 aberrant, 13% of events.
DIAGNOSIS: Myelodysplastic neoplasm with increased blasts-2 (MDS-IB2, WHO 5th ed) / MDS-EB2 (ICC: MDS/AML).
ADDENDUM [[DATE:7/15/25]]: Karyotype 46,XY,del(7)(q22q36)[12]/46,XY[8]. NGS: TP53 c.743G>A VAF 31%, ASXL1. IPSS-M very high. Discussed w Dr [[NAME:Kaufusi]] [[DATE:7/15]]; transplant referral suggested.
[[NAME:Mahe, Vika]] MD, Hematopathology     grossed: [[NAME:bo]]
""", summary="""
Bone marrow for [[NAME:Sione Vaipulu Jr.]] received [[DATE:7/8/25]] showed myelodysplastic neoplasm with 14% blasts, and the [[DATE:7/15/25]] addendum added del(7q) and a TP53 mutation (IPSS-M very high). Transplant referral was suggested to Dr. [[NAME:Kaufusi]].
"""),

    dict(style="cpap_compliance_portal", note="""
portal msg [[DATE:10/09]] 9:58 pm  from [[NAME:SANTOS, FERDINAND P]] (pt)
hello po doc, this is [[NAME:ferdie santos]] dob [[DATE:7/4/62]]. the cpap machine from the supplier is ok but the mask leaks and i wake up w dry mouth, my wife [[NAME:marites]] says i still snore when it comes off. can i change to the nose one? also i work night shift at the port some days so i dont use it those nights. salamat po
---
RT reply [[DATE:10/10]] 10:30 - [[NAME:Hope Tan]], RRT:
Hi [[NAME:Ferdinand]], I pulled your download below. Leak is high - let's try a nasal pillow (AirFit P10) and a chin strap; humidity up to 4. Will mail to your address on file.
Date      Usage   AHI    Leak 95th (L/min)
[[DATE:10/01]]     5:42    3.1    22
[[DATE:10/02]]     0:00    -      -
[[DATE:10/03]]     6:10    2.4    41
[[DATE:10/04]]     3:05    6.8    58
[[DATE:10/05]]     0:00    -      -
[[DATE:10/06]]     7:01    2.2    19
30-day compliance: 63% >= 4 h (need 70% for insurance by [[DATE:11/14]]). Residual {{score:AHI 3.4}}. Pressure APAP 7-15, 95th {{vital:11.6 cm H2O}}.
Routed to Dr. [[NAME:Soriano]] for co-sign. - [[NAME:HT]]
""", summary="""
[[NAME:Ferdinand Santos]] reported mask leak and dry mouth on CPAP on [[DATE:10/09]]. The respiratory therapist reviewed his download showing 63% compliance and high leak, and arranged a nasal pillow mask and chin strap before the [[DATE:11/14]] insurance deadline.
"""),

    dict(style="access_audit", note="""
PRIVACY OFFICE - ACCESS AUDIT REPORT          Requested by: [[NAME:Will Navarro]], Privacy Analyst          Run: [[DATE:2025-03-06]]
Record: PATH [[MRN:S24-33910]] (CYTOLOGY, THYROID FNA)   Patient: [[NAME:ZHOU, XIN]] ([[NAME:周欣]])   MRN [[MRN:6620183]]
Timestamp              User ID     Name                    Role             Action
[[DATE:2025-03-02]] 09:14:22    [[NAME:lchen8]]      [[NAME:Chen, Li]]                Pathologist      SIGN (Bethesda V)
[[DATE:2025-03-02]] 09:15:01    [[NAME:lchen8]]      [[NAME:Chen, Li]]                Pathologist      ROUTE -> [[NAME:He, Yunfei]] MD
[[DATE:2025-03-02]] 13:40:55    [[NAME:yhe2]]        [[NAME:He, Yunfei]]              Endocrinology    VIEW
[[DATE:2025-03-03]] 07:02:10    PORTAL      (patient)               -                VIEW (auto-release)
[[DATE:2025-03-04]] 22:51:07    [[NAME:mramos]]      [[NAME:Ramos, Maricel]]          RN (ED)          VIEW - break-the-glass: "pt in ED asking"
[[DATE:2025-03-05]] 11:20:33    [[NAME:jzhou11]]     [[NAME:Zhou, Jun]]               Registration     VIEW - break-the-glass: "verify ins"
Finding: access by [[NAME:jzhou11]] (same surname; staff member is patient's brother-in-law per complaint from [[NAME:Xin]]) not related to job duties. Access by [[NAME:mramos]] appropriate - pt was in ED bay 4 ([[DATE:3/4]]). Referred to HR; will notify patient by letter to [[ADDRESS:77 Grand St]], [[ADDRESS:Flushing]], NY [[ADDRESS:11355]].
""", summary="""
Privacy audit run [[DATE:2025-03-06]] of thyroid cytology access for [[NAME:Xin Zhou]] found an inappropriate break-the-glass view by registration clerk [[NAME:Jun Zhou]] on [[DATE:2025-03-05]]. The ED nurse's view was appropriate, and the case was referred to HR with patient notification.
"""),

    dict(style="cytology_report", note="""
GYN CYTOLOGY - LIQUID-BASED PAP (ThinPrep) WITH HPV CO-TEST
SPECIMEN ADEQUACY: Satisfactory for evaluation; endocervical/transformation zone component present.
GENERAL CATEGORIZATION: Negative for intraepithelial lesion or malignancy.
INTERPRETATION/RESULT (Bethesda 2014): NEGATIVE FOR INTRAEPITHELIAL LESION OR MALIGNANCY (NILM).
  Organisms: Shift in flora suggestive of bacterial vaginosis. No Trichomonas, no Candida.
  Other non-neoplastic findings: Reactive cellular changes associated with inflammation.
HPV (Cobas, high-risk): NOT DETECTED (HPV 16: neg, HPV 18: neg, other 12 HR types: neg).
COMMENT: Per ASCCP risk-based guidelines, co-test negative; routine screening interval applies. Consider {{drug:metronidazole}} {{dose:500 mg}} BID x7d or {{drug:MetroGel}} if symptomatic for BV.
Screened by cytotechnologist; Hologic Imaging System assisted. Pap test is a screening test with false-negative rate.
""", summary="""
Liquid-based Pap with HPV co-test is negative for intraepithelial lesion and high-risk HPV, with flora shift suggesting bacterial vaginosis; routine screening applies.
"""),
]
