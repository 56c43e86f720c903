"""Hand-written probe-training notes, part d: operative notes, anesthesia records, procedure notes
(endoscopy, cath lab, IR), pathology and radiology reports."""

NOTES = [
    dict(style="operative_note", note="""
OPERATIVE REPORT
Patient: [[NAME:PILLAI, REKHA]]    MRN [[MRN:60219473]]    DOS [[DATE:09/17/2024]]
Surgeon: [[NAME:Oliver Sharp]], MD    Assistant: [[NAME:Farzana Hoque]], PA-C
Anesthesia: [[NAME:Sung-min Im]], MD - general, ETT
Preop dx: symptomatic cholelithiasis, prior gallstone pancreatitis. Postop dx: same, chronic cholecystitis.
Procedure: laparoscopic cholecystectomy.
Findings: thick-walled gallbladder with omental adhesions; cystic duct 4 mm; CBD not dilated.
Description: [[NAME:Rekha]] confirmed her name and procedure; time-out with [[NAME:Hoque]], [[NAME:Im]] and circulator [[NAME:Florence Tan]], RN. {{drug:Cefazolin}} {{dose:2 g}} IV, SCDs on. Open {{eponym:Hasson}} entry at the umbilicus, pneumoperitoneum 15 mmHg, three 5 mm ports. Reverse {{eponym:Trendelenburg}}, right side up. Adhesions taken down with blunt and sharp dissection. {{eponym:Calot}}'s triangle cleared and the critical view of safety photographed. Cystic duct and artery double-clipped and divided. Gallbladder taken off the liver bed with hook cautery, bagged in an Endo Catch and extracted at the umbilicus. Irrigation clear, hemostasis confirmed.
Closure: fascia 0 Vicryl, skin 4-0 Monocryl, Dermabond. Port sites infiltrated with {{dose:20 mL}} 0.25% {{drug:bupivacaine}}; {{drug:ketorolac}} {{dose:15 mg}} IV.
EBL 10 mL. Specimen: gallbladder. Counts correct x2.
Disposition: PACU, home today if tolerating diet.
[[NAME:O. Sharp]], MD    [[DATE:9/17/24]]
""", summary="""
[[NAME:Oliver Sharp]] performed an uncomplicated laparoscopic cholecystectomy for [[NAME:Rekha Pillai]] on [[DATE:09/17/2024]] after achieving the critical view of safety in {{eponym:Calot}}'s triangle.
"""),

    dict(style="anesthesia_record", note="""
ANESTHESIA RECORD
[[NAME:O'NEIL, GEORGIA M]]    {{age:71}} F    MRN [[MRN:3381290]]    [[DATE:2025-02-06]]
Procedure: R total knee arthroplasty (Dr. [[NAME:Farid Nasrallah]])
Anesthesiologist: [[NAME:Hunter Cole]], MD    CRNA: [[NAME:Dana Miller]]
Pre-op: {{score:ASA 3}} (HTN, OSA on CPAP, {{vital:BMI 36}}). {{score:Mallampati III}}, TMD 3 FB, full dentition. NPO after 2200. {{drug:Lisinopril}} and {{drug:metformin}} held AM.
0705 R adductor canal ({{eponym:Hunter}} canal) block, US-guided, {{dose:20 mL}} 0.5% {{drug:ropivacaine}}; [[NAME:Cole]] with [[NAME:Miller]]. Spinal x2 at L3-4 with 25G {{eponym:Whitacre}}, unsuccessful -> GA.
0731 induction: {{drug:propofol}} {{dose:150 mg}}, {{drug:fentanyl}} {{dose:100 mcg}}, {{drug:rocuronium}} {{dose:50 mg}}. DL with {{eponym:Miller}} 2 blade, {{score:Cormack-Lehane 3}} -> GlideScope 3, 7.0 ETT, +EtCO2, BBS equal.
Maint: sevoflurane ~1 MAC in air/O2. {{drug:Dexamethasone}} {{dose:8 mg}}, {{drug:ondansetron}} {{dose:4 mg}}, {{drug:cefazolin}} {{dose:2 g}}, {{drug:tranexamic acid}} {{dose:1 g}}. Tourniquet 0752-0911. Bair Hugger on.
Vitals: lowest {{vital:BP 104/62}}, {{vital:HR 58-74}}, {{vital:SpO2 96-99%}}.
Reversal {{drug:Bridion}} {{dose:200 mg}}, TOF 4/4; extubated awake 0927.
0935 report to [[NAME:Rachel Kim]], RN (PACU). {{score:Aldrete 9}}.
Difficult airway letter given; [[NAME:Dallas]] (daughter) informed at bedside.
""", summary="""
[[NAME:Georgia O'Neil]] had an adductor canal block and general anesthesia after a failed spinal for knee replacement on [[DATE:2025-02-06]]; a {{score:Cormack-Lehane 3}} view needed a GlideScope, so a difficult-airway letter was issued.
"""),

    dict(style="endoscopy_procedure", note="""
ENDOSCOPY REPORT - ERCP
Patient: [[NAME:Nurul Islam]] ({{age:49}} M)    MRN [[MRN:E-4471820]]    Date: [[DATE:Sat 11/30/2024]]
Endoscopist: [[NAME:Adrian Stone]], MD    Fellow: [[NAME:Tran Le]], MD
Referring: [[NAME:Sadia Rahman]], MD (hospitalist)
Indication: choledocholithiasis - CBD 11 mm on MRCP with two filling defects, {{lab:T bili 4.8}}, {{lab:ALP 410}}.
Sedation: MAC, {{drug:propofol}}, by [[NAME:R. Abbasi]], CRNA. {{drug:Indomethacin}} {{dose:100 mg}} PR for PEP prophylaxis.
Findings: normal major papilla (ampulla of {{eponym:Vater}}). Deep biliary cannulation with a sphincterotome over a 0.035 wire. Cholangiogram: dilated CBD with two stones, 8 and 10 mm. Biliary sphincterotomy (sphincter of {{eponym:Oddi}}); sphincteroplasty with a 12 mm CRE balloon. Both stones removed with an extraction balloon and a {{eponym:Dormia}} basket; occlusion cholangiogram clear. PD not injected.
Impression: choledocholithiasis, duct cleared.
Plan: lap chole this admission (d/w [[NAME:O. Sharp]]); clear liquids, LFTs in AM.
Fluoro 3.2 min, tech [[NAME:Ed]].
Dr. [[NAME:Stone]] called [[NAME:Rehana]] (wife) at [[PHONE:(718) 555-0141]] with the findings.
""", summary="""
[[NAME:Adrian Stone]] cleared two common bile duct stones by ERCP with sphincterotomy and balloon sphincteroplasty for [[NAME:Nurul Islam]] on [[DATE:11/30/2024]].
"""),

    dict(style="cath_lab_procedure", note="""
CARDIAC CATHETERIZATION LABORATORY - PROCEDURE REPORT
Patient: [[NAME:CHEN, GUOHUA]]    {{age:64}} M    MRN [[MRN:20771543]]    FIN [[MRN:9003318822]]    [[DATE:01/07/2025]]
Operator: [[NAME:Nathaniel Cross]], MD    Second: [[NAME:Anika Bhattacharya]], MD (fellow)
Indication: NSTEMI, {{lab:hs-troponin 1,820}}, {{score:TIMI 4}}, {{score:GRACE 138}}.
Access: R radial 6 Fr, {{eponym:Barbeau}} type B. {{drug:Heparin}} {{dose:5,000 units}}, {{drug:verapamil}} {{dose:2.5 mg}} IA.
Diagnostic: {{eponym:Judkins}} Left 3.5 and TIG. LM normal. LAD mild disease. LCx 95% mid (culprit), {{score:TIMI 2}} flow. RCA dominant, 40% proximal. LVEDP 18.
PCI mid LCx: EBU 3.5 guide; Runthrough wire crossed the lesion easily; predilation 2.5 NC; Xience Skypoint 3.0 x 23 mm at 14 atm; postdilation 3.25 NC. {{score:TIMI 3}} flow, 0% residual; IVUS MSA 6.8 mm2.
Meds: {{drug:Brilinta}} {{dose:180 mg}} load; {{drug:aspirin}} {{dose:325 mg}} given in ED.
Hemostasis: TR Band, 12 mL.
Contrast 140 mL Omnipaque; fluoro 11.4 min; air kerma 890 mGy.
Conclusion: single-vessel CAD; successful DES to mid LCx. DAPT 12 months.
[[NAME:Ming]] (son) updated in the family waiting area in Mandarin by [[NAME:Bhattacharya]].
[[NAME:N. Cross]]    [[DATE:1/7/25]] 14:12
""", summary="""
[[NAME:Nathaniel Cross]] placed a drug-eluting stent in the culprit mid LCx for [[NAME:Guohua Chen]] ({{age:64}}) with NSTEMI ({{score:GRACE 138}}) on [[DATE:01/07/2025]], with {{drug:Brilinta}} loading.
"""),

    dict(style="ir_procedure", note="""
INTERVENTIONAL RADIOLOGY PROCEDURE NOTE
Name: [[NAME:Antoine Saadé]]    DOB [[DATE:05/22/1966]]    MRN [[MRN:IR-0092714]]    Accession [[MRN:RAD2411180043]]
Date: [[DATE:November 18, 2024]]
Attending: [[NAME:Pieter van der Linde]], MD    Fellow: [[NAME:Yasmin Ghandour]], MD
Procedure: TIPS creation with portosystemic gradient measurement.
Indication: refractory ascites, {{score:MELD 16}}, {{score:Child-Pugh B8}}, 5 large-volume paracenteses in 8 weeks. Hepatologist: Dr. [[NAME:Haruto Ito]].
Anesthesia: general ([[NAME:Daniel Abboud]], MD).
Technique: US-guided R IJ access, {{eponym:Seldinger}} technique, 10 Fr sheath. R hepatic vein catheterized; CO2 wedged portogram. {{eponym:Rösch-Uchida}} needle into the R portal vein on the second pass. Pre-TIPS gradient 22 mmHg. Viatorr 10 mm x 6/2 cm deployed, dilated to 8 mm. Post gradient 9 mmHg. No varices embolized.
Meds: {{drug:ceftriaxone}} {{dose:1 g}} pre-procedure.
Complications: none. EBL minimal.
Plan: admit to hepatology; {{drug:lactulose}} and {{drug:rifaximin}} {{dose:550 mg}} BID; {{eponym:Doppler}} US of the shunt tomorrow.
[[NAME:Nayla]] (wife) updated by [[NAME:van der Linde]] in French.
""", summary="""
[[NAME:Pieter van der Linde]] created a TIPS for refractory ascites in [[NAME:Antoine Saadé]] on [[DATE:November 18, 2024]], lowering the portosystemic gradient from 22 to 9 mmHg.
"""),

    dict(style="pathology_report", note="""
SURGICAL PATHOLOGY REPORT
Accession: [[MRN:S25-10872]]    Patient: [[NAME:KIM, DO-HYUN]]    MRN [[MRN:31157209]]
Collected: [[DATE:03/04/2025]]    Reported: [[DATE:03/07/2025]]
Submitting physician: [[NAME:Wu Jian]], MD (Gastroenterology)
Specimen: sigmoid colon polyp, 22 mm pedunculated, EMR en bloc.
Gross: 2.2 x 1.8 x 1.4 cm polypoid tissue with a 0.6 cm stalk; stalk margin inked blue; serially sectioned, entirely submitted A1-A5.
Diagnosis: invasive adenocarcinoma, moderately differentiated, arising in a tubulovillous adenoma.
- Level of invasion: head of polyp, {{score:Haggitt level 2}}; submucosal depth 1,400 um ({{score:Kikuchi sm2}} equivalent).
- Lymphovascular invasion: not identified (D2-40 and ERG).
- Tumor budding: low (Bd1).
- Stalk margin: negative, carcinoma 2.5 mm from cauterized margin.
- MMR IHC: MLH1, PMS2, MSH2, MSH6 retained.
Comment: low-risk histology. Intradepartmental review by [[NAME:S. Qadri]], MD, who agrees. Discussed with Dr. [[NAME:Wu]] by phone on [[DATE:3/7]].
Electronically signed: [[NAME:Aiko Kikuchi]], MD
""", summary="""
[[NAME:Aiko Kikuchi]] reported a completely excised malignant sigmoid polyp ({{score:Haggitt level 2}}, negative stalk margin, no LVI) for [[NAME:Do-hyun Kim]] on [[DATE:03/07/2025]].
"""),

    dict(style="radiology_report", note="""
EXAM: MRI RIGHT KNEE WITHOUT CONTRAST    ACC [[MRN:MR-5528106]]    DATE: [[DATE:6/11/2025]]
PATIENT: [[NAME:BAKER, MADISON J]]    DOB [[DATE:8/30/1995]]    MRN [[MRN:4019927]]
ORDERING: [[NAME:Ravi Shankar]], DO (Sports Medicine)
CLINICAL: {{age:29}} F, pivoting injury playing netball; effusion and locking.
TECHNIQUE: multiplanar multisequence 3T MRI (Siemens MAGNETOM Vida).
FINDINGS:
- ACL: complete midsubstance tear. Bone bruising of the lateral femoral condyle and posterolateral tibial plateau (pivot-shift pattern). No {{eponym:Segond}} fracture.
- Medial meniscus: bucket-handle tear with the fragment flipped into the intercondylar notch (double PCL sign).
- PCL, MCL, LCL and posterolateral corner intact.
- Cartilage: grade 2 fissuring, medial femoral condyle.
- Moderate effusion. 3.4 cm {{eponym:Baker}} cyst, not ruptured.
IMPRESSION:
1. Complete ACL tear with pivot-shift contusions.
2. Displaced bucket-handle medial meniscal tear; urgent orthopaedic referral advised.
3. {{eponym:Baker}} cyst.
Findings phoned to [[NAME:Shankar]] by [[NAME:hyoo]] at 16:40.
Signed: [[NAME:Helen Yoo]], MD
""", summary="""
Knee MRI for [[NAME:Madison Baker]] ({{age:29}}) on [[DATE:6/11/2025]] showed a complete ACL tear, a displaced bucket-handle medial meniscal tear and a {{eponym:Baker}} cyst; [[NAME:Helen Yoo]] phoned [[NAME:Ravi Shankar]].
"""),

    dict(style="operative_note", note="""
OPERATIVE NOTE
Procedure: open right inguinal hernia repair with mesh ({{eponym:Lichtenstein}}).
Pre/postop dx: right indirect inguinal hernia, reducible.
Anesthesia: LMA general plus ilioinguinal block, {{dose:20 mL}} 0.5% {{drug:bupivacaine}}.
Findings: 4 cm indirect sac with cord lipoma; {{eponym:Hesselbach}} triangle floor attenuated, no direct defect.
Description: Oblique groin incision. External oblique aponeurosis opened to the superficial ring; ilioinguinal nerve identified and preserved. Cord mobilized and encircled with a {{eponym:Penrose}} drain. Sac dissected to the internal ring and high-ligated with 2-0 Vicryl; lipoma excised. Prolene mesh 7.5 x 15 cm fixed to the pubic tubercle and the shelving edge of the inguinal ({{eponym:Poupart}}) ligament with running 2-0 Prolene, slit around the cord. External oblique closed 2-0 Vicryl; {{eponym:Scarpa}} fascia 3-0 Vicryl; skin 4-0 Monocryl.
EBL under 10 mL. No drains. {{drug:Ancef}} {{dose:2 g}} before incision.
Disposition: PACU then home. No lifting over 10 lb for 4 weeks. {{drug:Tylenol}} {{dose:1 g}} q8h and {{drug:ibuprofen}} {{dose:600 mg}} q6h as needed.
""", summary="""
Uncomplicated open {{eponym:Lichtenstein}} mesh repair of a right indirect inguinal hernia under LMA anesthesia with an ilioinguinal block.
"""),

    dict(style="anesthesia_record", note="""
OB ANESTHESIA - CESAREAN DELIVERY
Pt: [[NAME:April Rahman]]    G2P1 at 39+2    {{age:32}}    MRN [[MRN:OB-7718204]]    [[DATE:04/11/2025]]
Indication: elective repeat CS; declined TOLAC. Originally due late April.
Pre-op: {{score:ASA 2}}, {{score:Mallampati II}}, {{lab:plt 214}}, {{vital:BP 124/78}}. NPO since 2200. Bicitra, {{drug:famotidine}} {{dose:20 mg}} IV, {{drug:metoclopramide}} {{dose:10 mg}} IV.
0812 CSE sitting, L3-4: 17G {{eponym:Tuohy}}, LOR saline at 6 cm; 25G {{eponym:Whitacre}} needle-through-needle: hyperbaric {{drug:bupivacaine}} 0.75% {{dose:1.6 mL}} + {{drug:fentanyl}} {{dose:15 mcg}} + PF {{drug:morphine}} {{dose:150 mcg}}. Catheter 5 cm in space, test dose negative. Placed by [[NAME:Nadia Hamdan]], MD; supervised by [[NAME:J. Young]], MD.
Block T4 bilaterally to ice. {{drug:Phenylephrine}} infusion {{dose:50 mcg/min}}.
0837 {{eponym:Pfannenstiel}} incision. 0844 Baby Girl [[NAME:Rahman]] delivered, {{score:Apgar 8/9}}; Pediatrics (Dr. [[NAME:Chan]]) present.
{{drug:Oxytocin}} {{dose:3 units}} bolus then infusion; {{drug:cefazolin}} {{dose:2 g}}; {{drug:azithromycin}} {{dose:500 mg}}. QBL 780 mL.
{{drug:Ketorolac}} {{dose:30 mg}} IV at closure. [[NAME:Jamal]] (husband) at the head of the bed; circulator [[NAME:Esther King]], RN.
0929 to PACU, report to [[NAME:tm]]. Baby to be named [[NAME:Noor]].
""", summary="""
[[NAME:April Rahman]] ({{age:32}}) had a combined spinal-epidural for repeat cesarean on [[DATE:04/11/2025]]; the baby was delivered with {{score:Apgar 8/9}} and QBL was 780 mL.
"""),

    dict(style="endoscopy_procedure", note="""
COLONOSCOPY
Pt: [[NAME:YOUNG, KA-MAN]]    {{age:47}} F    MRN [[MRN:55090317]]    [[DATE:Fri 2/21/2025]]
Endoscopist: [[NAME:Jian Wu]], MD    RN: [[NAME:Grace Mathew]]    Tech: [[NAME:Bilal]]
Indication: screening; mother had colon cancer at 52, relatively young.
Prep: {{drug:Plenvu}} split dose; {{score:BBPS 8}} (3/3/2).
Sedation: {{drug:midazolam}} {{dose:4 mg}}, {{drug:fentanyl}} {{dose:100 mcg}}, RN-administered.
Cecum at 6 min (appendiceal orifice and ileocecal valve photographed); withdrawal 11 min.
Findings:
1. Ascending colon: 14 mm flat lesion, {{score:Paris 0-IIa}}, {{eponym:Kudo}} pit pattern IIIL, JNET 2A; lifted with Eleview and removed by piecemeal cold snare EMR; margins treated with snare-tip soft coagulation; 2 Resolution clips.
2. Sigmoid: two 4 mm sessile polyps, cold snare.
3. Sigmoid diverticulosis; grade I internal hemorrhoids.
Plan: await pathology; site check colonoscopy in 6 months. Resume {{drug:aspirin}} tomorrow.
Report faxed to Dr. [[NAME:Sunil Kapadia]] (PCP).
""", summary="""
[[NAME:Jian Wu]] removed a 14 mm flat ascending colon lesion by piecemeal cold EMR and two small sigmoid polyps in [[NAME:Ka-man Young]] on [[DATE:2/21/2025]]; EMR-site check in 6 months.
"""),

    dict(style="cath_lab_procedure", note="""
RIGHT HEART CATHETERIZATION
[[NAME:Parviz Hosseini-Nejad]]    {{age:69}} M    MRN [[MRN:10882047]]    [[DATE:5/14/2025]]
Operator: [[NAME:Soraya Ebrahimi]], MD; RN [[NAME:jc]]; hemodynamic tech [[NAME:Al]]
Indication: RVSP 62 on echo, dyspnea {{score:WHO FC III}}, mild ILD on CT.
Access: R IJ 7 Fr under US; {{eponym:Swan-Ganz}} catheter.
Hemodynamics (room air): RA 12; RV 64/12; PA 64/28, mean 40; PCWP 11. {{vital:SpO2 93%}}. CO by {{eponym:Fick}} 4.2 L/min, thermodilution 4.5; CI 2.2. PVR 6.9 WU. Mixed venous sat 61%.
Vasoreactivity: inhaled NO 40 ppm, mPAP 38 - non-responder.
Impression: precapillary pulmonary hypertension (group 1 vs 3), PVR 6.9 WU.
Plan: V/Q scan to exclude CTEPH; PH clinic with Dr. [[NAME:Mehrnaz Kazemi]]; consider {{drug:tadalafil}} plus {{drug:macitentan}}, or inhaled {{drug:Tyvaso}} if group 3.
[[NAME:Shirin Hosseini]] (daughter), [[PHONE:949-555-0117]], updated with patient permission.
""", summary="""
Right heart catheterization by [[NAME:Soraya Ebrahimi]] on [[DATE:5/14/2025]] showed precapillary pulmonary hypertension (PVR 6.9 WU) in [[NAME:Parviz Hosseini-Nejad]], non-responsive to nitric oxide.
"""),

    dict(style="ir_procedure", note="""
IR Procedure Note - Chest Port Placement    [[DATE:2024-08-02]]
Patient: [[NAME:Haruka Ono]]    {{age:57}} F    MRN [[MRN:73302918]]
Operator: [[NAME:Vikram Shetty]], MD
Indication: FOLFOX for stage III colon cancer (Dr. [[NAME:Kaveh Rostami]], oncology).
Sedation: moderate, {{drug:Versed}} {{dose:2 mg}} and {{drug:fentanyl}} {{dose:50 mcg}} by [[NAME:Hope Lin]], RN; 22 min.
Procedure: US-guided micropuncture of the R IJ, {{eponym:Seldinger}} technique. Pocket 3 cm below the R clavicle after 1% {{drug:lidocaine}} {{dose:15 mL}}. 8 Fr single-lumen PowerPort; catheter tunneled, tip at the cavoatrial junction on fluoro. Accessed and flushed with {{drug:heparin}} {{dose:500 units}}. Closed 3-0 Vicryl deep, 4-0 Monocryl subcuticular, Dermabond.
EBL under 5 mL. No pneumothorax on fluoro.
Impression: port ready for use today.
Ms. [[NAME:Ohno]] was anxious; [[NAME:Kenta]] (husband) stayed with her during recovery.
""", summary="""
[[NAME:Vikram Shetty]] placed a right internal jugular chest port for [[NAME:Haruka Ono]] on [[DATE:2024-08-02]] under moderate sedation before FOLFOX chemotherapy.
"""),

    dict(style="pathology_report", note="""
HISTOPATHOLOGY REPORT - BREAST CORE BIOPSY
Lab No: [[MRN:BX24-03318]]    NHS No: [[MRN:720 118 4456]]
Name: [[NAME:FERNANDO, ANUSHA R]]    DOB [[DATE:19/04/1968]]    Sex F
Clinician: Mr [[NAME:Dushan Gunasekara]], Breast Surgeon
Received [[DATE:12/06/2024]]    Authorised [[DATE:17/06/2024]]
Specimen: left breast 2 o'clock, 14G US-guided cores x4.
Macro: four cores, 8-16 mm, all embedded.
Micro: invasive carcinoma of no special type, provisional {{score:Nottingham grade 2}} (tubules 3, pleomorphism 2, mitoses 1; {{eponym:Elston-Ellis}} modification of {{eponym:Bloom-Richardson}}). Intermediate-grade DCIS present. No LVI seen in cores.
ER {{score:Allred 8/8}}; PR {{score:Allred 6/8}}; HER2 IHC 2+, reflex ISH {{lab:HER2/CEP17 ratio 1.4}}, not amplified. Ki-67 18%.
Conclusion: B5b - invasive carcinoma NST, grade 2, ER+ PR+ HER2-.
For breast MDT [[DATE:18/06/2024]].
Reported by Dr [[NAME:Thilini Dias]], Consultant Histopathologist. Checked [[NAME:ARK]].
""", summary="""
Core biopsy for [[NAME:Anusha Fernando]] showed grade 2 invasive carcinoma NST, ER and PR positive, HER2 not amplified, reported by Dr [[NAME:Thilini Dias]] on [[DATE:17/06/2024]].
"""),

    dict(style="radiology_report", note="""
CT CHEST WITHOUT CONTRAST - LOW-DOSE LUNG CANCER SCREENING
Patient: [[NAME:LUNG, KWOK-WAI]]    MRN [[MRN:77301852]]    Exam [[DATE:09/09/2024]]    Acc [[MRN:CT-24-8871304]]
Ordering: [[NAME:Pooja Raghunathan]], MD
History: {{age:66}} M, 40 pack-years, quit 2019; annual screen.
Comparison: [[DATE:08/30/2023]].
Findings:
Lungs: 9 mm solid RUL nodule (series 3, image 112), 5 mm previously. Stable 3 mm LLL nodule. Centrilobular emphysema, upper-lobe predominant. No {{eponym:Kerley}} B lines, no effusion.
Mediastinum: no adenopathy. Moderate coronary artery calcification.
Upper abdomen: unremarkable.
Impression:
1. Growing 9 mm RUL solid nodule, {{score:Lung-RADS 4A}} - 3-month LDCT or PET/CT recommended.
2. Emphysema; moderate coronary calcification.
Called to [[NAME:Raghunathan]]'s office; spoke with [[NAME:Chau]] (MA) at 15:05 on [[DATE:9/9]]. Mr. [[NAME:Lung]] is also sent a letter.
Read by [[NAME:Benjamin Oh]], MD
""", summary="""
Screening CT for [[NAME:Kwok-wai Lung]] ({{age:66}}) on [[DATE:09/09/2024]] found a growing 9 mm right upper lobe nodule ({{score:Lung-RADS 4A}}); [[NAME:Benjamin Oh]] advised a 3-month LDCT or PET/CT.
"""),

    dict(style="operative_note", note="""
OPERATIVE REPORT
Patient: [[NAME:Mustafa Çelik]]    MRN [[MRN:47730129]]    Date of surgery: [[DATE:10 December 2024]]
Surgeon: [[NAME:Gregory Hart]], MD    Assistants: [[NAME:Selin Aydın]], MD (HPB fellow); [[NAME:Ishaan Bose]], MS4
Procedure: pylorus-preserving pancreaticoduodenectomy ({{eponym:Whipple}}) and cholecystectomy.
Diagnosis: resectable adenocarcinoma of the pancreatic head after 4 cycles of {{drug:mFOLFIRINOX}}; {{lab:CA 19-9 1,120}} falling to {{lab:88}}.
Findings: no peritoneal or liver disease on diagnostic laparoscopy; SMV free; soft pancreas, 3 mm duct.
Description: Extended {{eponym:Kocher}} maneuver. GDA test-clamped with preserved hepatic arterial flow on {{eponym:Doppler}}, then ligated. Jejunum divided 15 cm beyond the ligament of {{eponym:Treitz}}. Pancreas divided at the neck; frozen section margin negative. Reconstruction: duct-to-mucosa pancreaticojejunostomy ({{eponym:Blumgart}}), end-to-side hepaticojejunostomy, antecolic duodenojejunostomy. Two 19 Fr {{eponym:Blake}} drains.
The heart stayed in sinus rhythm throughout; no vasopressors.
EBL 350 mL; UOP 420 mL.
Disposition: SICU; drain amylase POD 1 and 3.
[[NAME:G. Hart]]
""", summary="""
[[NAME:Gregory Hart]] performed a pylorus-preserving {{eponym:Whipple}} for pancreatic head adenocarcinoma in [[NAME:Mustafa Çelik]] on [[DATE:10 December 2024]] with a negative neck margin.
"""),

    dict(style="anesthesia_record", note="""
PEDIATRIC ANESTHESIA RECORD    [[DATE:07/22/2025]]
[[NAME:DO, YUNSEO]]    {{age:5}} y M    19.4 kg    MRN [[MRN:P-3320915]]
Procedure: adenotonsillectomy (ENT: [[NAME:Caleb Morrow]], MD). OSA, AHI 14, {{score:Brodsky grade 4}} tonsils.
Pre-op: {{score:ASA 2}}; URI 4 weeks ago, resolved. Loose lower incisor - [[NAME:Ha-na]] (mom) aware. {{drug:Midazolam}} {{dose:10 mg}} PO at 0650.
Induction: mask sevoflurane in N2O/O2 via {{eponym:Jackson-Rees}} circuit; 22G IV L hand; {{drug:propofol}} {{dose:40 mg}}. {{eponym:Macintosh}} 2 blade, grade 1 view, 5.0 cuffed oral RAE.
Intra-op: {{drug:dexamethasone}} {{dose:8 mg}}, {{drug:ondansetron}} {{dose:2 mg}}, IV {{drug:acetaminophen}} {{dose:280 mg}}, {{drug:fentanyl}} {{dose:10 mcg}} only (OSA).
Extubated awake, {{vital:SpO2 98%}} on room air.
PACU: emergence delirium, {{drug:dexmedetomidine}} {{dose:4 mcg}} IV with good effect.
Do not give codeine or tramadol (under 12). Overnight obs with continuous oximetry given AHI.
Anesthesia: [[NAME:Omar bin Rashed]], MD / [[NAME:L. McAllister]], CRNA
""", summary="""
[[NAME:Yunseo Do]] ({{age:5}}) with OSA had uneventful general anesthesia for adenotonsillectomy on [[DATE:07/22/2025]] with opioid-sparing analgesia, and stays overnight on oximetry.
"""),

    dict(style="endoscopy_procedure", note="""
EGD - Urgent, Upper GI Bleed
Indication: hematemesis in known alcohol-related cirrhosis, {{score:Child-Pugh B9}}, {{score:MELD-Na 19}}; {{lab:Hgb 7.1}} on arrival; {{score:Glasgow-Blatchford 14}}.
Pre-procedure: {{drug:octreotide}} {{dose:50 mcg}} bolus then {{dose:50 mcg/h}}; {{drug:ceftriaxone}} {{dose:1 g}}; {{drug:erythromycin}} {{dose:250 mg}} IV 30 min before; 2 units PRBC. Intubated for airway protection.
Findings:
- Esophagus: large varices, 4 columns, white nipple sign at 32 cm, fresh blood. Six bands placed ({{eponym:Saeed}} Six-Shooter).
- Stomach: mild portal hypertensive gastropathy; no gastric varices; small {{eponym:Cameron}} erosions in a 3 cm hiatal hernia; no {{eponym:Dieulafoy}} lesion.
- GE junction: no {{eponym:Mallory-Weiss}} tear.
- Duodenum: normal to D2.
Impression: esophageal variceal hemorrhage, treated with band ligation.
Plan: octreotide 3-5 days; pre-emptive TIPS within 72 h (IR aware); {{drug:lactulose}}; {{eponym:Sengstaken-Blakemore}} tube or esophageal stent if rebleeding; repeat EVL in 2 weeks.
""", summary="""
Urgent EGD for variceal bleeding in decompensated cirrhosis ({{score:Glasgow-Blatchford 14}}) with six bands placed; pre-emptive TIPS is planned.
"""),

    dict(style="cath_lab_procedure", note="""
TAVR PROCEDURE REPORT
Pt: [[NAME:Jayanthi Subramanian]]    [[AGE:91]] F    MRN [[MRN:2208831]]    [[DATE:June 3, 2025]]
Heart team: [[NAME:Samir Khoury]], MD (interventional); [[NAME:Faith Morrison]], MD (CT surgery); imaging [[NAME:Hyejin Seo]], MD; anesthesia [[NAME:R. Grewal]], MD (MAC); scrub [[NAME:Andrew Case]].
Indication: severe symptomatic AS (AVA 0.6 cm2, MG 52 mmHg), STS PROM 7.8%, frail.
Access: R CFA percutaneous with 2 Perclose ProGlide preclose; L radial pigtail; temporary pacer via L femoral vein.
Valve: Evolut FX 26 mm self-expanding, cusp-overlap view, deployed at 3 mm depth; rapid pacing 120 bpm during recapture.
Result: MG 6 mmHg, trace paravalvular leak, no new LBBB. {{vital:BP 138/64}} after deployment.
Closure: ProGlide x2, hemostasis. Case duration 52 min; contrast 88 mL; no complications.
Plan: telemetry 24-48 h for conduction; {{drug:aspirin}} {{dose:81 mg}} alone; echo at 30 days.
[[NAME:Florence]] (granddaughter, health-care proxy, [[PHONE:(512) 555-0112]]) updated by [[NAME:Khoury]]. The patient hopes to be well enough for [[NAME:Florence]]'s wedding in [[ADDRESS:Florence]] next spring.
""", summary="""
[[NAME:Jayanthi Subramanian]] ([[AGE:91]]) had transfemoral TAVR with a 26 mm Evolut FX on [[DATE:June 3, 2025]] by [[NAME:Samir Khoury]], with a 6 mmHg gradient and trace leak.
"""),

    dict(style="ir_procedure", note="""
IR PROCEDURE: L iliofemoral DVT - pharmacomechanical thrombectomy and iliac vein stent
Patient: [[NAME:Mahira Tariq]], {{age:36}} F, MRN [[MRN:85120346]], [[DATE:Tues 8/12/2025]]
Attending: [[NAME:Declan McGrath]], MD; resident [[NAME:Arash Golzari]], MD; RT [[NAME:Kaz]]
Indication: acute L iliofemoral DVT for 5 days on an estrogen OCP, severe leg swelling; CT venogram suggests {{eponym:May-Thurner}} compression.
Procedure: prone; US-guided L popliteal vein access, 6 Fr upsized to 13 Fr. Venogram: occlusive thrombus from the common iliac to the popliteal vein. ClotTriever, 6 passes. IVUS: 80% compression of the L CIV by the R CIA. Predilated 14 mm; Abre 16 x 100 mm venous stent. Completion venogram: brisk inline flow. No IVC filter needed.
{{drug:Heparin}} {{dose:5,000 units}}; ACT 250.
Plan: {{drug:enoxaparin}} {{dose:1 mg/kg}} BID, then {{drug:Eliquis}} {{dose:5 mg}} BID for at least 6 months; stop OCP; compression stockings; thrombophilia review at 3 months. The leg may stay swollen for some days.
Discussed with the patient and [[NAME:May]] (sister) by [[NAME:McGrath]].
""", summary="""
[[NAME:Declan McGrath]] performed thrombectomy and stented a {{eponym:May-Thurner}} compression for [[NAME:Mahira Tariq]]'s left iliofemoral DVT on [[DATE:8/12/2025]]; she goes on to {{drug:Eliquis}}.
"""),

    dict(style="pathology_report", note="""
SURGICAL PATHOLOGY - PROSTATE NEEDLE BIOPSIES (MRI-targeted and systematic)
Acc# [[MRN:SP25-004417]]    Pt: [[NAME:Mizanur Rahman Bhuiyan]]    DOB [[DATE:1957-12-01]]    Collected [[DATE:2025-03-26]]
Clinician: [[NAME:Tahmid Hasan]], MD (Urology)
Clinical: {{lab:PSA 9.8}}; {{score:PI-RADS 4}} lesion L mid peripheral zone.
Diagnosis:
A. ROI-1, L mid PZ (3 cores): adenocarcinoma, {{score:Gleason 3+4=7}} ({{score:Grade Group 2}}), pattern 4 about 20%, in 3/3 cores, 45% of tissue; perineural invasion present; no cribriform pattern.
B. L mid (2 cores): adenocarcinoma, {{score:Gleason 3+3=6}}, 1/2 cores, 10%.
C. L base (2 cores): benign prostatic tissue.
D-H. R sextant and remaining L cores (8): benign; HGPIN at R apex.
Grossed by [[NAME:Jae-hee Moon]], PA(ASCP).
Electronically signed by [[NAME:Uzma Farooqui]], MD, [[DATE:3/29/2025]]
""", summary="""
Targeted prostate biopsy for [[NAME:Mizanur Rahman Bhuiyan]] showed {{score:Gleason 3+4=7}} ({{score:Grade Group 2}}) adenocarcinoma at the {{score:PI-RADS 4}} lesion, signed out by [[NAME:Uzma Farooqui]] on [[DATE:3/29/2025]].
"""),

    dict(style="radiology_report", note="""
CT ABDOMEN/PELVIS WITHOUT AND WITH CONTRAST (renal protocol)
Pt: [[NAME:Babak Sadeghi]]    MRN [[MRN:5630281]]    Acc [[MRN:CT0932147]]    Exam [[DATE:10/02/2024]]
Ordering: [[NAME:Eleanor Page]], NP (Nephrology)
History: {{age:54}} M, new refractory hypertension 3 weeks after native renal biopsy; {{lab:Cr 2.1}} (baseline 1.4).
Findings: 6.2 x 2.1 cm crescentic subcapsular hematoma around the L kidney (58 {{eponym:Hounsfield}} units unenhanced), flattening the L renal parenchyma, with a delayed L nephrogram. No active extravasation. R kidney: 1.4 cm {{score:Bosniak II}} cyst at the upper pole. No hydronephrosis. No free fluid.
Impression:
1. Subcapsular renal hematoma compressing the L kidney - compatible with {{eponym:Page}} kidney and explains the new hypertension.
2. {{score:Bosniak II}} R renal cyst; no follow-up.
Discussed with [[NAME:E. Page]] at 16:10 on [[DATE:10/2]], read-back confirmed.
Dictated by [[NAME:Raza Mirza]], MD; resident [[NAME:Kyoko Hayashi]], MD
""", summary="""
CT for [[NAME:Babak Sadeghi]] on [[DATE:10/02/2024]] showed a post-biopsy subcapsular hematoma causing {{eponym:Page}} kidney; [[NAME:Raza Mirza]] called [[NAME:Eleanor Page]].
"""),

    dict(style="operative_note", note="""
OPERATION NOTE
Date: [[DATE:Sun 23/03/2025]]    Hosp No [[MRN:K0419983]]
Patient: [[NAME:Nilufa Khatun]]
Surgeon: Mr [[NAME:Jonathan Bowell]], Consultant Colorectal Surgeon    Assistant: Miss [[NAME:Priyanka Nair]], ST6
Anaesthetist: Dr [[NAME:Chen Wei]]
Procedure: laparotomy, sigmoid colectomy and end colostomy ({{eponym:Hartmann}}'s procedure)
Indication: perforated sigmoid diverticulitis, {{score:Hinchey III}}, generalised purulent peritonitis despite percutaneous drainage.
Findings: four-quadrant pus; phlegmonous sigmoid with sealed perforation; no faecal soiling; remaining small and large bowel healthy.
Procedure: {{eponym:Lloyd-Davies}} position. Midline laparotomy; washout with 6 L warm saline. Sigmoid mobilised along the white line of {{eponym:Toldt}}; left ureter seen and preserved. Mesentery divided close to the bowel. Upper rectum divided with a Contour stapler; stump marked with Prolene. End colostomy in LIF. Sheath looped PDS; skin clips. {{eponym:Robinson}} drain to pelvis.
EBL 200 mL.
Post-op: HDU; {{drug:Tazocin}} {{dose:4.5 g}} tds for 5 days; {{drug:enoxaparin}} {{dose:40 mg}} od; stoma nurse ([[NAME:Rose]]) to see tomorrow. [[NAME:Abdul]] (husband) informed on [[PHONE:07700 900 628]]. Consider reversal in 6 months.
Signed: [[NAME:J Bowell]]
""", summary="""
Mr [[NAME:Jonathan Bowell]] performed an emergency {{eponym:Hartmann}}'s procedure for {{score:Hinchey III}} perforated diverticulitis in [[NAME:Nilufa Khatun]] on [[DATE:23/03/2025]].
"""),

    dict(style="anesthesia_record", note="""
PRE-ANESTHESIA EVALUATION
[[NAME:HUANG, MEI-LING]]    {{age:52}} F    [[DATE:12/09/2024]]    CSN [[MRN:1008832745]]
Planned: laparoscopic sleeve gastrectomy (Dr. [[NAME:El-Khatib]])
Anesthesiologist: [[NAME:Malcolm Payne]], MD
Interpreter: [[NAME:Li Wen]] (Mandarin), badge [[MRN:40417]]
HPI: {{vital:BMI 46.2}}; OSA on CPAP 12 ({{score:STOP-BANG 6}}); HTN; T2DM ({{lab:A1c 7.1%}}) on {{drug:Mounjaro}} {{dose:10 mg}} weekly - last dose [[DATE:12/4]], held 7 days, so surgery moved to [[DATE:12/12]]. Chronic low back pain on {{drug:gabapentin}} {{dose:300 mg}} TID.
Airway: {{score:Mallampati IV}}, neck 44 cm, TMD 6 cm, full neck ROM.
Hx: severe PONV after spinal for C-section; no personal or family history of malignant hyperthermia.
Plan: GA/ETT, ramped, HFNO preoxygenation, C-MAC D-blade first, awake fiberoptic as backup. {{score:Apfel 3}} - triple PONV prophylaxis. Multimodal analgesia: {{drug:acetaminophen}}, {{drug:ketamine}}, bilateral TAP blocks; minimize opioids.
She is worried about pain after the last surgery; Dr. [[NAME:Payne]] went through the pain plan with her and [[NAME:Kai]] (husband). Consent signed.
""", summary="""
[[NAME:Malcolm Payne]] assessed [[NAME:Mei-ling Huang]] ({{age:52}}, {{vital:BMI 46.2}}, OSA) on [[DATE:12/09/2024]] before sleeve gastrectomy, planning a video-laryngoscope intubation and opioid-sparing analgesia after holding {{drug:Mounjaro}}.
"""),

    dict(style="endoscopy_procedure", note="""
ENDOSCOPIC ULTRASOUND REPORT
[[NAME:Takeshi Mori]]    {{age:70}} M    MRN [[MRN:66230194]]    DOS [[DATE:April 22, 2025]]
Endoscopist: [[NAME:Anand Krishnamurthy]], MD    Cytotechnologist: [[NAME:Rose Hyun]]
Indication: 2.6 cm hypodense pancreatic body mass on CT, {{lab:CA 19-9 412}}, 6 kg weight loss.
Instrument: Olympus GF-UCT180 linear echoendoscope.
Findings: 27 x 22 mm irregular hypoechoic mass in the pancreatic body abutting the splenic artery (less than 180 degrees); celiac axis and SMA free; upstream PD 5 mm; 9 mm round celiac node; no liver lesions seen.
FNB: 22G Acquire needle, 3 passes with fanning. ROSE by [[NAME:Rose]]: adequate, malignant cells consistent with adenocarcinoma. Cell block sent for IHC and NGS.
Complications: none.
Impression: pancreatic body adenocarcinoma on ROSE; likely borderline resectable.
Plan: pancreas tumor board; referral to HPB surgery (Dr. [[NAME:Hart]]) and medical oncology.
[[NAME:Yoshiko]] (wife) present; [[NAME:Ken]] (son) joined by phone.
""", summary="""
EUS by [[NAME:Anand Krishnamurthy]] on [[DATE:April 22, 2025]] sampled a 27 mm pancreatic body mass in [[NAME:Takeshi Mori]]; on-site cytology showed adenocarcinoma.
"""),

    dict(style="cath_lab_procedure", note="""
DEVICE IMPLANT REPORT - Dual-chamber pacemaker
Patient: [[NAME:Wilfred Senanayake]] ("[[NAME:Will]]")    {{age:82}} M    MRN [[MRN:30118760]]    [[DATE:2/14/2025]]
Electrophysiologist: [[NAME:Kiran Rao]], MD    Scrub: [[NAME:Jin Ahn]]
Indication: symptomatic {{eponym:Mobitz}} II AV block with syncope; 2:1 block on telemetry, HR 38. Not {{eponym:Wenckebach}}.
Procedure: cephalic cutdown abandoned (small vein); L axillary vein access under fluoro. Medtronic Azure XT DR MRI. Leads: RA 5076 to appendage; RV 3830 SelectSecure to the left bundle branch area.
Measurements: RA P wave 2.8 mV, threshold 0.6 V at 0.4 ms, 520 ohm; RV R wave 11 mV, threshold 0.75 V, 640 ohm; paced QRS 112 ms.
TYRX envelope; {{drug:cefazolin}} {{dose:2 g}} IV. Pocket closed 2-0 and 3-0 Vicryl, 4-0 Monocryl, Dermabond.
Post: CXR no pneumothorax. DDD 60.
Resume {{drug:apixaban}} in 48 h. Wound check in 10 days with device clinic ([[NAME:Nimal]]); remote monitoring via CareLink. He will stay with [[NAME:Dilani]] (daughter) in [[ADDRESS:Edison, NJ]] for a week.
""", summary="""
[[NAME:Kiran Rao]] implanted a dual-chamber pacemaker with left bundle branch area pacing for [[NAME:Wilfred Senanayake]] ({{age:82}}) with {{eponym:Mobitz}} II block on [[DATE:2/14/2025]].
"""),

    dict(style="pathology_report", note="""
DERMATOPATHOLOGY
Specimen: skin, left upper back, excisional biopsy.
Diagnosis: invasive melanoma, superficial spreading type, associated with a dysplastic nevus.
- {{score:Breslow thickness 0.9 mm}}
- {{score:Clark level IV}}
- Ulceration: absent
- Mitotic rate: 2/mm2
- Microsatellites, lymphovascular invasion, neurotropism: absent
- Regression: present, under 75%
- Tumor-infiltrating lymphocytes: non-brisk
- Margins: peripheral margin involved by melanoma in situ; deep margin clear by 1.1 mm
- pT1b (AJCC 8th edition)
IHC: SOX10 and Melan-A highlight the dermal component; PRAME diffusely positive.
Comment: re-excision with 1 cm margins; sentinel node biopsy may be discussed (T1b).
""", summary="""
Superficial spreading melanoma, {{score:Breslow thickness 0.9 mm}}, pT1b, with melanoma in situ at a peripheral margin; re-excision with 1 cm margins advised.
"""),

    dict(style="radiology_report", note="""
US THYROID
Indication: palpable neck nodule; {{lab:TSH 1.2}}.
Technique: grayscale and color {{eponym:Doppler}} (Philips EPIQ).
Findings:
Right lobe 5.1 x 1.8 x 1.7 cm; left lobe 4.6 x 1.5 x 1.4 cm; isthmus 3 mm. Heterogeneous, mildly hypoechoic parenchyma without hypervascularity.
Nodule 1: right mid, 2.2 cm, solid, hypoechoic, wider-than-tall, smooth margins, no echogenic foci - {{score:TI-RADS 4}}.
Nodule 2: left lower, 0.9 cm, spongiform - {{score:TI-RADS 1}}.
Lymph nodes: no suspicious nodes in levels II-VI; fatty hila preserved.
Impression:
1. 2.2 cm TR4 right nodule - FNA recommended.
2. TR1 left nodule - no follow-up.
3. Heterogeneous background may reflect {{eponym:Hashimoto}} thyroiditis; correlate with TPO antibodies.
""", summary="""
Thyroid ultrasound found a 2.2 cm {{score:TI-RADS 4}} right nodule needing FNA and a benign-appearing left nodule, with a background possibly due to {{eponym:Hashimoto}} thyroiditis.
"""),

    dict(style="ir_procedure", note="""
IR - RIGHT PERCUTANEOUS NEPHROSTOMY
Date [[DATE:19-Jan-2025]]    Pt: [[NAME:Harpreet Kaur Sandhu]]    {{age:61}} F    MRN [[MRN:IR77-210438]]
Operator: [[NAME:Dallas Whitfield]], MD    Sedation RN: [[NAME:mcbride, s]]
Indication: obstructive pyelonephritis from a 9 mm R proximal ureteral stone; {{lab:WBC 18.2}}, {{lab:lactate 3.1}}, {{vital:T 39.2}}. Urology (Dr. [[NAME:Arjun Sodhi]]) requests decompression.
Procedure: prone; US-guided 21G Chiba needle into a posterior lower-pole calyx; purulent urine aspirated and sent for culture; low-pressure limited nephrostogram. 0.018 wire exchanged for an {{eponym:Amplatz}} wire; 10 Fr locking pigtail ({{eponym:Cope}} loop) placed to bag drainage.
Meds: {{drug:fentanyl}} {{dose:50 mcg}}, {{drug:midazolam}} {{dose:1 mg}}; {{drug:ceftriaxone}} {{dose:2 g}} before, {{drug:Zosyn}} started after.
Complications: rigors 20 min post-procedure, {{drug:meperidine}} {{dose:12.5 mg}} IV with relief.
Plan: ureteroscopy once afebrile 48 h; tube check in 6 weeks or sooner if dislodged.
[[NAME:Simran]] (daughter-in-law) updated in Punjabi at the bedside by [[NAME:Whitfield]].
""", summary="""
[[NAME:Dallas Whitfield]] placed a right nephrostomy for obstructive pyelonephritis in [[NAME:Harpreet Kaur Sandhu]] on [[DATE:19-Jan-2025]]; ureteroscopy will follow.
"""),
]
