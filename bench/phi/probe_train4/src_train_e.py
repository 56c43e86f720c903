NOTES = [
    dict(style="radiology_report", note="""
EXAM: CT HEAD WITHOUT CONTRAST
PATIENT: [[NAME:YAMASHITA, HARUKI]]   MRN: [[MRN:00482913]]   DOB: [[DATE:07/22/1931]]
ACCESSION: [[MRN:CT25-0081144]]   EXAM DATE: [[DATE:02/11/2025]] 03:12
ORDERING: [[NAME:Bishop, Nathaniel]] MD (ED)   (name spelled "[[NAME:Yamashta]]" on the paper requisition; corrected)

HISTORY: [[AGE:93]]M on {{drug:Eliquis}}, unwitnessed fall at Brookhaven Senior Living, new confusion. {{score:GCS 14}}.
COMPARISON: CT head [[DATE:11/30/2024]]; MRI brain [[DATE:Jun 4, 2023]].
TECHNIQUE: Axial non-contrast images, 5 mm and 0.625 mm. CTDIvol 46 mGy.

FINDINGS: New mixed-density left convexity subdural collection, 9 mm maximal thickness, with 3 mm rightward midline shift. Effacement of the left frontal sulci. Chronic small-vessel ischemic change and volume loss, unchanged from the November study. Basal cisterns patent. No calvarial fracture. Left maxillary sinus retention cyst, stable.

IMPRESSION:
1. New acute-on-chronic left subdural hematoma, 9 mm, with 3 mm midline shift.
2. Otherwise no change compared with [[DATE:11/30/2024]].

COMMUNICATION: Findings discussed by telephone with [[NAME:Bishop]] at 03:31 on [[DATE:2/11/25]]; he read back the result and will page Neurosurgery. Logged in PowerScribe critical results.
Electronically signed: [[NAME:Kwon Shin-ae]], MD   Resident: [[NAME:T. Ōta]], MD
""", summary="""
CT head in a [[AGE:93]]-year-old on {{drug:Eliquis}} after a fall shows a new 9 mm acute-on-chronic left subdural hematoma with 3 mm shift compared with [[DATE:11/30/2024]]. [[NAME:Bishop]] in the ED was called and read the result back.
"""),

    dict(style="critical_result_log", note="""
DIAGNOSTIC RADIOLOGY - CRITICAL / URGENT RESULT CALL LOG
Reading room 2 (body)   [[DATE:Tue 4/15/2025]]   day shift

time | patient | MRN | finding | called to | by | RB
0642 | [[NAME:TRAN, BAO Q]] | [[MRN:7712094]] | RLL segmental PE, RV/LV {{lab:1.1}} | Dr. [[NAME:Oh]] x[[PHONE:5521]] | [[NAME:mk]] | Y
0810 | [[NAME:Enkhjargal Dorj]] | [[MRN:7730551]] | free air under R hemidiaphragm | [[NAME:Young]], surg PA | [[NAME:mk]] | Y
0925 | [[NAME:Hwang Min-seo]] ([[AGE:97]]yo) | [[MRN:7698002]] | {{eponym:Dobhoff}} tip in R mainstem bronchus - do not use | [[NAME:june]] RN 6 South | [[NAME:dp]] | Y
1104 | [[NAME:PRICE, WILLIAM J]] | [[MRN:7741310]] | new 2.1 cm L adrenal mass | [[NAME:Case]] (hospitalist) | [[NAME:dp]] | N - VM left, retried 1121, rb ok
1347 | [[NAME:Saitō Noriko]] | [[MRN:7702266]] | ruptured AAA, active extravasation | [[NAME:Grace Park]], vasc fellow, pgr [[PHONE:3318]] | [[NAME:mk]] | Y

Notes: [[NAME:Young]] asked for the prelim to be pushed to the OR board - done. The 1104 call was reclassified from critical to "significant, non-urgent" per policy (ACR category 3); in that case a secure chat is acceptable.
Key: [[NAME:mk]] = [[NAME:Kim Mi-kyung]], RA; [[NAME:dp]] = [[NAME:Dương Phúc]], RA.
""", summary="""
The day-shift critical result log for [[DATE:4/15/2025]] lists five calls, including a segmental PE to Dr. [[NAME:Oh]], free air to [[NAME:Young]] and a ruptured AAA to [[NAME:Grace Park]]. All were read back; the adrenal mass call to [[NAME:Case]] needed a second attempt.
"""),

    dict(style="radiology_report", note="""
PORTABLE CHEST, SINGLE AP VIEW, 04:55
INDICATION: Post-op day 1 CABG. Swan-Ganz position. Hypoxia on {{vital:FiO2 60%}}.
COMPARISON: Portable chest from yesterday evening, 18:20.

LINES/TUBES: ETT tip 4.2 cm above the carina. {{eponym:Swan-Ganz}} catheter tip now in the proximal right interlobar pulmonary artery, retracted about 3 cm since prior. Right IJ introducer. Mediastinal drains and left chest tube unchanged. {{eponym:Dobhoff}} tube below the diaphragm, tip out of view. Sternotomy wires intact.

LUNGS/PLEURA: Increased perihilar haziness and new {{eponym:Kerley B}} lines, with small bilateral effusions, favoring hydrostatic edema. Left basilar atelectasis is similar. No pneumothorax.

HEART/MEDIASTINUM: Postoperative widening of the cardiomediastinal silhouette, stable.

IMPRESSION:
1. Interval development of mild pulmonary edema with small effusions.
2. {{eponym:Swan-Ganz}} tip in good position after retraction. ETT appropriate.
3. No pneumothorax.
Findings visible to the ICU team in Epic; not a critical result.
""", summary="""
Post-CABG portable chest shows new mild pulmonary edema and small effusions compared with the prior evening's film, with the {{eponym:Swan-Ganz}} catheter now well positioned. There is no pneumothorax and no critical result.
"""),

    dict(style="radiology_report", note="""
BILATERAL DIAGNOSTIC MAMMOGRAM AND LEFT BREAST ULTRASOUND
Patient: [[NAME:Park Ji-yeon]]    DOB [[DATE:1968-09-03]]    MRN [[MRN:M-3391027]]
Exam date: [[DATE:2025-03-27]]    Referring: [[NAME:Song Eun-ji]], NP

History: {{age:56}}F from [[ADDRESS:Tilton]], palpable lump left breast 2 o'clock, noticed about 3 weeks ago. Mother with breast cancer at {{age:61}}.
Comparison: Screening mammograms [[DATE:2023-03-14]] and [[DATE:2022-02-28]]; outside films from March 2021 (Lakes Region Imaging) reviewed.
Breast composition: heterogeneously dense (c).

Findings: At the palpable marker, left breast 2:00, 6 cm FN, a 14 mm irregular spiculated hyperdense mass with fine pleomorphic calcifications, not present on [[DATE:3/14/2023]]. Targeted ultrasound: 13 x 11 x 12 mm irregular hypoechoic mass, angular margins, posterior shadowing. Left axilla: one node with 4 mm cortex. Right breast unremarkable.

IMPRESSION: Left breast 2:00 mass, highly suggestive of malignancy. {{score:BI-RADS 5}}. US-guided core biopsy of the mass and FNA of the left axillary node recommended.

Results discussed with the patient in person by Dr. [[NAME:Hayashi]] and [[NAME:Faith]] (nurse navigator), husband [[NAME:Jae-won]] present. She hopes to have the biopsy before her trip; scheduled [[DATE:Mon 3/31]]. Report faxed to [[NAME:Song]] at [[PHONE:603-555-0117]].
""", summary="""
Diagnostic imaging for [[NAME:Park Ji-yeon]] shows a new 14 mm spiculated left breast mass, {{score:BI-RADS 5}}, absent on [[DATE:3/14/2023]]. Dr. [[NAME:Hayashi]] and [[NAME:Faith]] gave the results in person and biopsy is set for [[DATE:3/31]].
"""),

    dict(style="radiology_dictation", note="""
this is doctor [[NAME:hope kimura]] dictating an mri of the lumbar spine without and with contrast on patient [[NAME:ganzorig batbayar]] medical record number [[MRN:four four one nine zero seven two]] date of service [[DATE:march third twenty twenty five]] history [[AGE:ninety-one]]-year-old man with low back pain and new left foot drop comma history of prostate cancer on {{drug:Lupron}} period comparison is made with the ct abdomen and pelvis of [[DATE:january ninth twenty twenty five]] and an outside mri done in [[ADDRESS:darkhan]] which is not available for direct comparison period findings there is abnormal low t1 marrow signal replacing the L3 vertebral body with 40 percent height loss and posterior bulging of the cortex comma epidural soft tissue extends into the ventral canal causing moderate to severe stenosis at L3 and compressing the left L4 nerve root in the lateral recess period additional enhancing lesions at T12 and the left iliac wing period conus normal at L1 period impression number one pathologic L3 compression fracture with epidural tumor and moderate to severe canal stenosis number two additional osseous metastases period these findings were discussed with doctor [[NAME:will hunter]] of oncology at 4 15 pm who will arrange radiation oncology and start {{drug:dexamethasone}} {{dose:10 mg}} iv period his son [[NAME:temuulen]] was at the bedside and asked that the report be released to the portal end of dictation
""", summary="""
Dictated lumbar MRI for a [[AGE:91]]-year-old with prostate cancer and foot drop shows a pathologic L3 fracture with epidural tumor and other bone metastases. Findings went to Dr. [[NAME:Will Hunter]], who will arrange radiation oncology and steroids.
"""),

    dict(style="radiology_report", note="""
US ABDOMEN LIMITED (RUQ)      ACC [[MRN:US-25-044719]]
Pt: [[NAME:Phạm Thị Hương]]   F/{{age:47}}   MRN [[MRN:1184402]]
Date: [[DATE:5 Jan 2025]]   Indication: RUQ pain, {{vital:T 38.6}}, {{lab:WBC 15.2}}; sent from an urgent care in [[ADDRESS:dexter]].
Comparison: Outside CT abdomen [[DATE:12/20/24]], images pushed to PACS.

Findings:
Gallbladder distended to 11 cm, wall 5 mm with pericholecystic fluid. 2.4 cm shadowing stone impacted in the {{eponym:Hartmann}} pouch, immobile on decubitus views. Sonographic {{eponym:Murphy}} sign positive per sonographer [[NAME:Rose Aoki]].
CBD 5 mm. No intrahepatic ductal dilation. Liver normal echogenicity.
No free fluid in {{eponym:Morison}} pouch. Pancreas obscured by bowel gas.

Impression: Acute calculous cholecystitis with stone impacted in the gallbladder neck / {{eponym:Hartmann}} pouch. Stone was not seen on the [[DATE:Dec 20]] CT (likely isodense).

Called to Dr. [[NAME:Hartmann]], acute care surgery, at 1420 and to [[NAME:Lan]] (ED RN); sister [[NAME:Hạnh]] interpreting for the pt. Surgery plans lap chole tomorrow. -[[NAME:hn]]
""", summary="""
RUQ ultrasound on [[DATE:5 Jan 2025]] shows acute calculous cholecystitis with a stone impacted in the {{eponym:Hartmann}} pouch and a positive {{eponym:Murphy}} sign. The result was called to Dr. [[NAME:Hartmann]] and ED nurse [[NAME:Lan]].
"""),

    dict(style="critical_result_call", note="""
Critical Result Communication Note - Radiology
Study: CTA chest PE protocol, [[DATE:08/19/2025]] 14:02, acc [[MRN:A19442870]]
Patient: [[NAME:Vũ, Quang Minh]]   MRN [[MRN:5520187]]   ({{age:62}}M, pancreatic CA on chemo)
Result: Saddle embolus extending into both main PAs, RV/LV ratio {{lab:1.4}}, septal flattening.

14:32 paged ordering provider [[NAME:Bảo Ngô]] via pager [[PHONE:617-555-0143]] - no return
14:38 repeat page; called 8 West desk, spoke w clerk ([[NAME:Sunny]]); provider in a family meeting
14:41 call returned by [[NAME:Rose]], NP covering for [[NAME:Ngo]]; finding read back verbatim. Pt {{vital:HR 118}}, {{vital:SpO2 89%}} on 4L, {{vital:BP 96/60}} per [[NAME:Rose]].
14:44 PERT activated by [[NAME:Rose]]; {{drug:heparin}} bolus {{dose:80 units/kg}} ordered.
Troponin earlier today {{lab:hs-TnT 88}} ng/L; it rose to {{lab:hs-TnT 141}} on the 13:50 draw.
Time to communication 39 min (target 60).
[[NAME:Shimizu]] / reading radiologist
""", summary="""
CTA chest shows a saddle PE with right heart strain in a {{age:62}}-year-old on chemotherapy. After two pages to [[NAME:Ngô]], covering NP [[NAME:Rose]] read the result back at 14:41 and activated PERT.
"""),

    dict(style="radiology_addendum", note="""
ADDENDUM - [[DATE:Sat, Oct 4, 2025]] 07:50
Original: CT abdomen/pelvis with contrast, [[DATE:10/03/2025]] 23:14, acc [[MRN:CT-7714402]]. Prelim (overnight resident): no acute abnormality.
Patient [[NAME:LÊ VĂN TUẤN]], MRN [[MRN:20-338-417]]

On final review and comparison with the [[DATE:Aug 12]] exam, there is a new 8 mm obstructing stone at the left UVJ with moderate hydroureteronephrosis and perinephric stranding. Appendix normal. A 1.8 cm {{score:Bosniak II}} cyst in the right kidney is unchanged.

This is a major discrepancy from the preliminary report. Discussed with [[NAME:sato]] (resident who issued the prelim) and by phone with the ED attending, [[NAME:Mercy Lê]], at 07:44; the patient had been discharged at 02:10 after {{drug:Toradol}} {{dose:15 mg}}. ED will call him back at [[PHONE:(781) 555-0166]]. His wife ([[NAME:Hoa]]) was reached and they are returning to the ED. Prior visits were at Mercy Hospital.
Entered in peer review as "major"; reviewer [[NAME:Stone]]
-[[NAME:Green, April]] MD
""", summary="""
An addendum to an overnight CT abdomen/pelvis reports a missed 8 mm left UVJ stone with hydronephrosis, a major discrepancy from the resident prelim. Dr. [[NAME:Mercy Lê]] was called on [[DATE:Oct 4]] and the patient's wife [[NAME:Hoa]] was reached so he could return.
"""),

    dict(style="radiology_report", note="""
CT ABDOMEN AND PELVIS WITH IV CONTRAST
CLINICAL: LLQ pain, fever. ? diverticulitis.
COMPARISON: None available.
TECHNIQUE: Portal venous phase after {{dose:100 mL}} {{drug:Omnipaque 350}}. Coronal and sagittal reformats. DLP 612 mGy-cm.

FINDINGS:
Lung bases: 5 mm solid nodule, right lower lobe.
Liver: {{eponym:Riedel}} lobe variant. 1.1 cm hypodensity segment 7, {{lab:12 HU}}, simple cyst.
Kidneys: 2.6 cm left renal cyst with one thin septation, {{score:Bosniak II}}. No hydronephrosis.
Bowel: Sigmoid diverticulosis with focal wall thickening and pericolic fat stranding; 1.9 cm rim-enhancing pericolic collection. No free air.
Abdominal wall: Small fat-containing left {{eponym:Spigelian}} hernia.
Bones: Bilateral L5 pars defects with grade 1 anterolisthesis.

IMPRESSION:
1. Acute complicated sigmoid diverticulitis with 1.9 cm pericolic abscess ({{score:Hinchey Ib}}).
2. 5 mm RLL nodule: per {{eponym:Fleischner}} 2017, optional CT at 12 months if high risk.
3. Incidental {{score:Bosniak II}} renal cyst; no follow-up needed.
ED team notified through Epic Secure Chat.
""", summary="""
CT shows complicated sigmoid diverticulitis with a 1.9 cm pericolic abscess ({{score:Hinchey Ib}}). An incidental 5 mm lung nodule and a {{score:Bosniak II}} renal cyst are noted with {{eponym:Fleischner}} guidance.
"""),

    dict(style="radiology_report", note="""
SKELETAL SURVEY (INFANT), 21 views
Name: [[NAME:NGUYEN, MINH KHOA]]   DOB: [[DATE:06/17/2025]]   Age: 4 mo   MRN: [[MRN:P0938812]]
Date of exam: [[DATE:10/21/2025]]
Indication: Irritability, left thigh swelling noticed by mother ([[NAME:Lý Thu Trang]]). Concern for NAI per Child Protection Team.
Comparison: Chest radiograph [[DATE:9/30/2025]] from an urgent care in [[ADDRESS:Sanford]].

Findings:
- Transverse fracture of the mid left femoral shaft with early periosteal reaction (about 7-14 days).
- Classic metaphyseal lesion, distal right tibia ("bucket handle").
- Healing posterior right 6th and 7th rib fractures with callus; faintly visible in retrospect on the [[DATE:9/30]] film.
- Skull: no fracture. Spine and hands: normal.

Impression: Multiple fractures of differing ages, including a CML and posterior rib fractures, highly specific for non-accidental trauma.

Communicated by phone to [[NAME:Summer King]], LICSW (CPT), and Dr. [[NAME:Jang]] (PICU) at 16:05 on [[DATE:10/21]]. Follow-up survey in 2 weeks. Father ([[NAME:Khánh]]) not present; the family moved here last summer. DCF report to be filed by [[NAME:King]].
Radiologist: [[NAME:Cho, Dong-hyun]] MD
""", summary="""
A skeletal survey in a 4-month-old shows a femoral shaft fracture, a classic metaphyseal lesion and healing posterior rib fractures, highly specific for non-accidental trauma. Findings were phoned to [[NAME:Summer King]] and Dr. [[NAME:Jang]] on [[DATE:10/21/2025]].
"""),

    dict(style="critical_result_log", note="""
nite float rads - crit calls / handoff   [[DATE:sun 11/9]]
report from [[NAME:gay]] to [[NAME:frank]] at 2300. [[NAME:gay]] left 2 studies pending read.

2318 cxr port, micu bed 4 ([[NAME:ALTANTSETSEG, B]], [[MRN:8820413]]): new R ptx ~30%, pt on mv, {{vital:ps 10/peep 8}}. called micu fellow [[NAME:art]] 2321, rb ok. chest tube in 0005, f/u film ordered ~[[NAME:tb]]
0040 ct head ed 12 ([[NAME:Hồ Thị Ngọc]]): no bleed, ms at baseline per ed, sx likely migraine. no call needed
0112 us scrotum ed 7: L testicular torsion, absent flow. called uro [[NAME:mason]] 0116, to OR. rb ok ~[[NAME:tb]]
0230 cta neck: L ICA dissection. {{vital:hr 92}}, {{vital:bp 168/94}} per rn. paged stroke pgr [[PHONE:4-7720]], dr [[NAME:chung]] cb 0236, rb ok -[[NAME:fb]]
0340 ct a/p ed 3: large hemoperitoneum, frank blood in pelvis, likely ruptured ectopic ({{lab:hcg 4120}}). called gyn [[NAME:hope]] 0344, rb ok -[[NAME:fb]]
0415 kub for ngt: tip in stomach, ok to use. rn [[NAME:dawn]] told.
handed to day team 0700, [[NAME:frank]] / [[NAME:fb]]
""", summary="""
Overnight radiology handoff from [[NAME:gay]] to [[NAME:frank]] logs critical calls for a 30% right pneumothorax, testicular torsion, an ICA dissection and a hemoperitoneum, all read back. A head CT on [[NAME:Hồ Thị Ngọc]] showed no bleed.
"""),

    dict(style="radiology_report", note="""
NUCLEAR MEDICINE - VENTILATION/PERFUSION LUNG SCAN
[[NAME:JEON, SOO-AH]] | MRN [[MRN:3307751]] | DOB [[DATE:12 Feb 1991]] | {{age:34}}F, G1P0 at 22 weeks
Exam: [[DATE:14 Jul 2025]]
Agents: {{dose:1.1 mCi}} Tc-99m MAA (reduced dose, pregnancy); ventilation with Tc-99m DTPA aerosol.
Comparison: Chest radiograph same day, clear.

Findings: Homogeneous perfusion to both lungs without segmental or subsegmental defects. Ventilation normal. No mismatch.
Impression: Normal perfusion. PE excluded (PISAPED normal).

Communication: Normal, not critical. Report routed to ordering OB Dr. [[NAME:Moon Hae-jin]] and faxed to Riverside OB/GYN at [[PHONE:(508) 555-0192]]. Patient asked that results also go to her husband, [[NAME:Seo Jun-ho]], in [[ADDRESS:Seoul]] at [[PHONE:+82 10-5555-3871]]; told her a release form is required first.
Technologists: [[NAME:Ahn]] / [[NAME:K. Yu]], CNMT
""", summary="""
A V/Q scan in a pregnant {{age:34}}-year-old at 22 weeks shows normal perfusion, excluding PE. The normal report went to Dr. [[NAME:Moon Hae-jin]] by fax at [[PHONE:(508) 555-0192]].
"""),

    dict(style="radiology_report", note="""
VIDEOFLUOROSCOPIC SWALLOW STUDY (MBS)
Patient: [[NAME:Tömörbaatar Sükhbaatar]] ([[AGE:96]])   MRN [[MRN:9904122]]
Date: [[DATE:8 January 2025]]   Radiologist: [[NAME:Inoue]]   SLP: [[NAME:Ivy Matsumoto]], CCC-SLP
Interpreter: [[NAME:Bolormaa]] (Mongolian, in person, badge [[MRN:44817]]); daughter [[NAME:Nomin]] present.
Comparison: MBS [[DATE:3 Oct 2024]].
Technique: Lateral and AP fluoroscopy, 2.8 min. Thin, nectar-thick, puree, cracker, 13 mm barium tablet.

Findings: Delayed swallow initiation to the pyriform sinuses with thin liquid. Silent aspiration of thin liquid by cup ({{score:PAS 8}}); penetration with nectar-thick, cleared ({{score:PAS 3}}). Moderate vallecular residue. Prominent cricopharyngeal bar. Incidental {{eponym:Schatzki}} ring; tablet held briefly, then passed.

Impression: Worse than [[DATE:10/3/24]], now with silent aspiration of thin liquid. Recommend nectar-thick liquids, chin tuck, meds crushed in puree.

Discussed with [[NAME:Nomin]] via [[NAME:Bolormaa]]; family hopes to take him home to [[ADDRESS:Westbrook]] this week. Report to Dr. [[NAME:Major]] (PCP). -[[NAME:im]]
""", summary="""
A repeat swallow study in a [[AGE:96]]-year-old shows new silent aspiration of thin liquid ({{score:PAS 8}}) compared with [[DATE:3 Oct 2024]]. Nectar-thick liquids were advised and discussed with daughter [[NAME:Nomin]] through interpreter [[NAME:Bolormaa]].
"""),

    dict(style="radiology_report", note="""
VENOUS DUPLEX, RIGHT LOWER EXTREMITY
[[NAME:BAKER, JUNE A]]   MRN [[MRN:6014278]]   DOB [[DATE:02/09/1934]]   ([[AGE:91]]y F)
Ordered by: [[NAME:Yun, Daniel]] PA-C    Exam: [[DATE:06-02-2025]]
Indication: R calf swelling and pain x 4 days. {{score:Wells 1}}. {{lab:D-dimer 2.3}}.
Comparison: Right LE duplex from June 2024 (negative).

Findings: Common femoral, femoral and popliteal veins fully compressible with normal phasic flow. Posterior tibial and peroneal veins compressible on transverse and cross-sectional images. Popliteal fossa: 5.8 x 2.1 cm complex {{eponym:Baker}} cyst with layering debris and fluid tracking inferiorly along the medial gastrocnemius, consistent with rupture; previously 3.0 cm and intact.

Impression: No DVT. Ruptured {{eponym:Baker}} cyst.

Result sent to [[NAME:Yun]] at 1512 (not critical). Mrs. [[NAME:Baker]] was told by sonographer [[NAME:Cross]] that the provider will review; her son [[NAME:Will]] asked for a copy and was directed to HIM.
""", summary="""
A right leg duplex on [[DATE:6/2/2025]] for [[NAME:June Baker]] shows no DVT but a ruptured 5.8 cm {{eponym:Baker}} cyst, enlarged since June 2024. The result went to [[NAME:Yun]].
"""),

    dict(style="radiology_report", note="""
MRI BRAIN WITH AND WITHOUT CONTRAST
Pt: [[NAME:CHOI, SEO-YEON]]  {{age:24}}F   MRN [[MRN:4471902]]   Acc [[MRN:MR2504471]]   [[DATE:03MAR2025]]
Clinical: Tremor, dysarthria, {{lab:ceruloplasmin 8}} mg/dL, {{eponym:Kayser-Fleischer}} rings on slit lamp. Evaluate for {{eponym:Wilson disease}}.
Comparison: CT head [[DATE:01FEB2025]] (normal).

Findings: Symmetric T2/FLAIR hyperintensity in the putamina, thalami and dorsal midbrain with the "face of the giant panda" appearance. Mild T1 hyperintensity of the globi pallidi. No restricted diffusion or enhancement. Ventricles normal.

Impression: Findings typical of {{eponym:Wilson disease}} in this clinical setting.

Discussed with Dr. [[NAME:Wilson]] (movement disorders) and [[NAME:Lim]] (neurology resident) at 1340; hepatology referral requested. Sister [[NAME:Seo-hyun]] called the front desk for results and was referred to the ordering team.
Signed: [[NAME:Kang, Tae-yang]], MD / [[NAME:Hope Ishii]], MD (fellow)
""", summary="""
Brain MRI for a {{age:24}}-year-old shows a "giant panda" pattern typical of {{eponym:Wilson disease}}, new since the [[DATE:01FEB2025]] CT. Findings were discussed with Dr. [[NAME:Wilson]] and [[NAME:Lim]].
"""),

    dict(style="patient_message", note="""
MyChart message to Imaging - received [[DATE:Thu 9/18/2025]] 21:47
From: [[NAME:hope kimura]] ([[EMAIL:hopek1988@fastmail.example]]), proxy for [[NAME:Sachiko Kimura]]

hi, this is [[NAME:hope]], [[NAME:sachiko]]'s daughter. mom had the ct of her belly at your place on [[DATE:the 12th]] and the portal says "abnormal - provider notified" but nobody called us?? she is [[AGE:ninety-two]] and lives by herself out in [[ADDRESS:new gloucester]], im in [[ADDRESS:Portland]] so I cant get there fast. her doctor is dr [[NAME:white]] but hes away. can someone please call me at [[PHONE:207 555 0139]]. thank you

Reply [[DATE:9/19/2025]] 08:20 - [[NAME:Joy Tanaka]], RN, Imaging Nurse Line
Hi [[NAME:Hope]], the result was called to Dr. [[NAME:White]]'s covering physician, Dr. [[NAME:Kobayashi]], on [[DATE:September 12th]] at 16:10 (a 4.1 cm abdominal aortic aneurysm, not ruptured; non-urgent vascular referral). I also reached you by phone at 08:15 and went over this. Vascular surgery will call [[NAME:Sachiko]] to schedule. I hope this helps; the nurse line is [[PHONE:207-555-0100]], option 3.
""", summary="""
[[NAME:Hope Kimura]] messaged that no one had called about her [[AGE:92]]-year-old mother's CT from [[DATE:the 12th]]. Nurse [[NAME:Joy Tanaka]] replied that a 4.1 cm aortic aneurysm had been called to Dr. [[NAME:Kobayashi]] and vascular surgery will call.
"""),

    dict(style="radiology_report", note="""
MRI RIGHT SHOULDER WITHOUT CONTRAST
INDICATION: Recurrent anterior dislocation, contact sport.
COMPARISON: ED radiographs, 2 views.

FINDINGS:
Labrum: Anteroinferior labral tear with detached labroligamentous complex ({{eponym:Bankart}} lesion), no osseous fragment.
Humeral head: Posterolateral impaction defect ({{eponym:Hill-Sachs}}), 18 mm wide; on-track by glenoid track measurement.
Rotator cuff: Intact. Mild supraspinatus tendinosis.
Biceps: Intact, normally located in the groove.
AC joint: Mild degenerative change. Type II acromion.
Joint: Moderate glenohumeral effusion.

IMPRESSION:
1. {{eponym:Bankart}} lesion and on-track {{eponym:Hill-Sachs}} defect.
2. Intact rotator cuff.
Report available in PACS; no communication required.
""", summary="""
Shoulder MRI after recurrent dislocation shows a {{eponym:Bankart}} lesion and an on-track {{eponym:Hill-Sachs}} defect with an intact rotator cuff. No urgent communication was needed.
"""),

    dict(style="results_letter", note="""
RESULTS LETTER - Lung Cancer Screening Program
[[DATE:November 4, 2025]]

Dr. [[NAME:Dale Green]]
Harbor Family Medicine
[[ADDRESS:221 Wharf Street, Kittery, ME 03904]]

RE: [[NAME:Đỗ Văn Hùng]]   DOB [[DATE:4/22/1957]]   MRN [[MRN:1029374]]

Dear Dr. [[NAME:Green]],
Your patient's annual low-dose CT on [[DATE:10/30/2025]] was compared with the baseline of [[DATE:11/2/2024]]. The right upper lobe solid nodule has grown from 6 mm to 9 mm (volume doubling time about 180 days). This is {{score:Lung-RADS 4A}}; we recommend PET/CT or LDCT in 3 months. Moderate coronary calcification; mild centrilobular emphysema.

[[NAME:Hùng]] prefers Vietnamese; his son [[NAME:Khoa]] ([[PHONE:207-555-0182]]) helps with appointments. Navigator [[NAME:Sunny Le]] will contact them by [[DATE:Nov 10]].

Sincerely,
[[NAME:Phuong Ha]], MD, Thoracic Imaging
cc: [[NAME:jw]], [[NAME:S. Le]]
""", summary="""
A letter to Dr. [[NAME:Dale Green]] reports growth of a right upper lobe nodule from 6 to 9 mm since [[DATE:11/2/2024]], {{score:Lung-RADS 4A}}, with PET/CT advised. Navigator [[NAME:Sunny Le]] will contact the patient's son [[NAME:Khoa]].
"""),

    dict(style="radiology_qa", note="""
Radiology Peer Learning Conference - minutes, [[DATE:2025-06-26]]
Present: [[NAME:Takahashi]], [[NAME:Major]], [[NAME:Young]], [[NAME:Ng]], [[NAME:Batsaikhan]], [[NAME:Ueda]] (res), [[NAME:Choi]] (res)

Case 1 (acc [[MRN:CT2509918]]): missed nondisplaced L 9th rib fx on trauma CT. Presented by [[NAME:Ueda]]. Learning point: review bone MIPs. Minor.
Case 2 (acc [[MRN:MR2503310]]): juxtacortical MS plaque read as small-vessel change; {{score:Fazekas 1}}. Minor, no harm.
Case 3 (acc [[MRN:CT2510442]]): 6 mm L parietal ICH missed on overnight prelim, caught by [[NAME:Young]] at 0700. Major discrepancy, no harm. [[NAME:Major]] proposed a second-look checklist for overnight heads; [[NAME:Ng]] agreed.
Case 4 (acc [[MRN:XR2517760]]): free air called {{eponym:Chilaiditi}} sign on upright CXR; CT confirmed perforation.

Action items: [[NAME:Batsaikhan]] drafts the overnight checklist by [[DATE:July 10]]; [[NAME:Choi]] pulls the 2024 miss data. Next meeting [[DATE:7/31]].
Minutes: [[NAME:ng]]
""", summary="""
Peer learning minutes from [[DATE:2025-06-26]] review four cases, including a missed rib fracture presented by [[NAME:Ueda]] and an overnight ICH miss caught by [[NAME:Young]]. [[NAME:Batsaikhan]] will draft an overnight head CT checklist.
"""),

    dict(style="radiology_report", note="""
US RIGHT WRIST (MEDIAN NERVE)
Patient: [[NAME:Ha, Linh]]   MRN [[MRN:5502816]]   Exam [[DATE:May 9, 2025]]
Referring: [[NAME:PHALEN, MAY]], NP (Hand Clinic)
Clinical: Numbness digits 1-3, positive {{eponym:Tinel}} at the wrist and positive {{eponym:Phalen}} maneuver at 30 s. Grip {{score:4/5}}. EMG pending.
Comparison: None; wrist radiographs from May 2024 reviewed (negative).

Findings: Median nerve CSA at the pisiform {{lab:14 mm2}} (normal under 10), flattened within the tunnel; wrist-to-forearm ratio {{lab:1.9}}. Bifid median nerve with persistent median artery. No mass or ganglion. Flexor tendons intact.

Impression: Findings support carpal tunnel syndrome. Bifid median nerve, relevant for surgical planning.

Result sent to [[NAME:Phalen]] via Epic. The patient's husband, [[NAME:Tuấn]], asked whether surgery can wait until after the [[DATE:May 28]] wedding; forwarded to [[NAME:May]].
""", summary="""
Right wrist ultrasound on [[DATE:May 9, 2025]] shows an enlarged median nerve ({{lab:14 mm2}}) supporting carpal tunnel syndrome, with a bifid nerve. The result went to [[NAME:May Phalen]], NP, who ordered it after a positive {{eponym:Phalen}} maneuver.
"""),
]
