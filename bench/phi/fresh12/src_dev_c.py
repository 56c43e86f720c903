NOTES = [
    dict(style="operative_note", note="""
OPERATIVE REPORT

PATIENT: [[NAME:ALMONTE, RAFAEL E]]            MRN: [[MRN:00418826]]
DATE OF SURGERY: [[DATE:02/11/2025]]           ACCT #: [[MRN:7730015542]]
SURGEON: [[NAME:Katherine Brandt]], MD
ASSISTANT: [[NAME:Kojo Osei-Bonsu]], PA-C
ANESTHESIA: General endotracheal (Dr. [[NAME:Yılmaz]])

PREOPERATIVE DIAGNOSIS: Acute calculous cholecystitis.
POSTOPERATIVE DIAGNOSIS: Gangrenous cholecystitis.
PROCEDURE: Laparoscopic cholecystectomy with intraoperative cholangiogram.

INDICATIONS: Mr. [[NAME:Almonte]] is a {{age:58}}-year-old man with three days of RUQ pain, a positive {{eponym:Murphy}}
sign, {{lab:WBC 16.8}} and a stone impacted in the gallbladder neck on ultrasound. Risks including bile duct injury,
bleeding and conversion to open were reviewed with him and with his sister [[NAME:Altagracia]], who interpreted at his
request after a professional interpreter was offered.

DESCRIPTION: Supine, arms out. {{drug:Cefazolin}} {{dose:2 g}} IV prior to incision. {{eponym:Hasson}} entry at the
umbilicus, three 5 mm working ports. Gallbladder distended and dusky with dense omental adhesions, taken down bluntly.
Critical view of safety obtained. Cholangiogram: free flow into the duodenum, no filling defects. Cystic duct and
artery clipped and divided. Gallbladder removed from the fossa with {{eponym:Bovie}} and extracted in a bag.
A 19 Fr {{eponym:Blake}} drain left in the fossa. EBL 40 mL. Specimen: gallbladder, accession [[MRN:SP25-03317]].
Sponge and needle counts correct x2.

Dr. [[NAME:Brandt]] was present and scrubbed for the entire procedure.

[[NAME:Katherine Brandt]], MD
[[NAME:KB]]/[[NAME:jlm]]   D: [[DATE:02/11/2025]] 14:22   T: [[DATE:02/12/2025]] 07:40
""", summary="""
[[NAME:Rafael Almonte]], {{age:58}}, had a laparoscopic cholecystectomy with a normal cholangiogram by Dr. [[NAME:Brandt]]
on [[DATE:02/11/2025]] for gangrenous cholecystitis. A {{eponym:Blake}} drain was left in the gallbladder fossa.
"""),

    dict(style="icu_progress", note="""
MICU PROGRESS NOTE - HD 4
Pt: [[NAME:Faadumo Cali Warsame]]    MRN [[MRN:3390-4471]]    Bed 12
Date: [[DATE:Thu 1/16/25]]

S/O: Remains on {{drug:norepinephrine}} {{dose:0.08 mcg/kg/min}} + {{drug:vasopressin}} {{dose:0.03 U/min}}. Off {{drug:propofol}}
since 0600, {{score:RASS -1}}, {{score:GCS 10T}}. {{vital:Tmax 38.6}}. {{vital:BP 96/58}} ({{vital:MAP 68}}), {{vital:HR 104}} AF,
{{vital:SpO2 95%}} on FiO2 40% / PEEP 8.
Labs: {{lab:WBC 21.3}}, {{lab:Hgb 8.1}}, {{lab:Plt 88}}, {{lab:Cr 2.4}} (from 1.9), {{lab:K 5.3}}, lactate 3.2 -> 2.1, procal 14.
Cx: blood 2/2 GNR, speciation pending. UA >50 WBC.
{{eponym:Foley}} in place, UOP 22 mL/h overnight.

A/P: {{age:71}}F with urosepsis / septic shock, AKI, new AF with RVR.
- {{drug:pip-tazo}} {{dose:4.5 g}} q8h renally dosed, narrow once speciated
- {{drug:amiodarone}} {{dose:150 mg}} bolus then gtt; avoid {{drug:diltiazem}} given pressor need
- no CRRT yet, renal following (Dr. [[NAME:Ochieng]])
- SBT in AM if pressors coming down
Family: daughter [[NAME:Hodan]] (HCP) updated by phone [[PHONE:612-555-0187]] via Somali interpreter [[NAME:Abdiwali]],
ID [[MRN:40917]]. She asks that her brother [[NAME:Mohamed]] also be called, after 5 pm.

Seen and discussed with attending Dr. [[NAME:Lindqvist]] on rounds.
[[NAME:E. Fraser]], MD PGY-2   pager [[PHONE:2266]]
""", summary="""
[[NAME:Faadumo Warsame]], {{age:71}}, remains on two pressors for urosepsis with AKI and new AF on [[DATE:1/16/25]]. Her
daughter [[NAME:Hodan]] was updated through an interpreter.
"""),

    dict(style="surgical_clinic", note="""
General Surgery Clinic - Post-op Visit

[[NAME:Rhys Llewellyn]]    DOB [[DATE:09/30/1971]]    MRN [[MRN:5102287]]
Seen [[DATE:3/4/2025]], two weeks after open right inguinal hernia repair ({{eponym:Lichtenstein}}) on [[DATE:2/18]].

Doing well. Off {{drug:oxycodone}} since POD 3, takes {{drug:acetaminophen}} {{dose:650 mg}} as needed. {{score:Pain 2/10}} on
stairs only. Back at his desk job at the county tax office; wants to get back to coaching under-12 rugby.
Exam: afebrile, {{vital:BP 128/82}}. Incision clean, dry, healing. Small soft seroma lateral to the incision, non-tender,
no fluctuance or erythema. Testes descended bilaterally, no swelling. No cough impulse.
Plan: no lifting over 15 lb for 4 more weeks, then graded return; rugby sideline only until 8 weeks.
He will call [[PHONE:413-555-0122]] with fever, spreading redness or a tense swelling. Return PRN.

[[NAME:Angharad Pritchard]], MD
cc: Dr. [[NAME:Will Evans]] (PCP), Hampden Family Medicine, fax [[PHONE:413-555-0390]]
""", summary="""
[[NAME:Rhys Llewellyn]] was seen on [[DATE:3/4/2025]] two weeks after an open inguinal hernia repair and is healing well
with a small seroma. Lifting restrictions continue for four weeks.
"""),

    dict(style="anesthesia_preop", note="""
PRE-ANESTHESIA EVALUATION
Name: [[NAME:Srisuk, Pimchanok]] ("[[NAME:Nok]]")    MRN: [[MRN:88-214-607]]    DOS: [[DATE:04-22-2025]]
Procedure: Robotic total hysterectomy, BSO    Surgeon: Dr. [[NAME:Mariana Restrepo]]

{{age:47}} y/o F, BMI 31. Hx HTN on {{drug:amlodipine}} {{dose:5 mg}}, OSA on CPAP (uses nightly), GERD, severe PONV after
laparoscopic appendectomy in [[ADDRESS:Bangkok]] in 2009. No personal or family hx of MH. Prefers to be called [[NAME:Nok]].
Meds: amlodipine, {{drug:omeprazole}} {{dose:20 mg}}, {{drug:ferrous sulfate}}. NKDA. Last {{lab:Hgb 10.9}} (menorrhagia).
Airway: {{score:Mallampati III}}, TMD 3 FB, MO > 3 FB, full neck ROM, small fixed upper bridge.
{{vital:BP 138/86}}, {{vital:HR 76}}, {{vital:SpO2 98%}} RA, Wt 78 kg.
{{score:ASA III}}

Plan: GETA, video laryngoscope in room. PONV prophylaxis x3: {{drug:dexamethasone}} {{dose:4 mg}}, {{drug:ondansetron}} {{dose:4 mg}},
{{drug:scopolamine}} patch. TAP blocks at end of case per surgeon. CPAP in PACU - pt to bring her machine.
Consent obtained, husband [[NAME:Somchai]] present, questions answered.

[[NAME:Y. Cárdenas]], MD   ext [[PHONE:6-3381]]   [[DATE:04/15/2025]]
""", summary="""
[[NAME:Pimchanok Srisuk]], {{age:47}}, was evaluated on [[DATE:04/15/2025]] before a robotic hysterectomy: {{score:ASA III}}
with OSA and prior severe PONV, so she gets triple prophylaxis and CPAP in PACU.
"""),

    dict(style="pacu_record", note="""
PACU NSG - Phase I
[[NAME:Fa'alogo, Tavita S.]]   MRN [[MRN:4417203]]   age {{age:62}}   arr 1342 from OR 7
s/p L TKA under spinal + adductor canal block (Dr. [[NAME:Hartley]])
1345  {{vital:BP 152/90}} {{vital:HR 68}} {{vital:RR 14}} {{vital:SpO2 96%}} 2L NC {{vital:T 36.1}}  {{score:pain 0/10}} (block)  {{score:Aldrete 8}}
1400  {{vital:BP 146/84}} {{vital:HR 66}} {{vital:SpO2 97%}} RA  {{score:Aldrete 9}}  sensation returning to toes
1415  c/o nausea -> {{drug:ondansetron}} {{dose:4 mg}} IV, relief by 1425
1430  {{vital:BP 140/80}} {{vital:HR 70}}  {{score:pain 3/10}} L knee  {{score:Aldrete 10}}. not voided, bladder scan 310 mL, recheck 1530
1445  wife [[NAME:Losa]] at bedside, updated. wants dtr [[NAME:Mele]] called for ride home tmrw: [[PHONE:808 555 0164]]
1510  report to 5W RN [[NAME:B. Tso]].
-- [[NAME:K. O'Neill]] RN
""", summary="""
[[NAME:Tavita Fa'alogo]] recovered in PACU after a left TKA with one episode of nausea and an {{score:Aldrete 10}} by 1430.
He was handed off to the floor nurse.
"""),

    dict(style="dictated_operative", note="""
this is doctor [[NAME:marvin begay]] dictating a brief operative note on [[NAME:jennifer walsh]], [[NAME:w-a-l-s-h]], medical record number [[MRN:six six two zero one nine four]]. date of service [[DATE:march third twenty twenty five]]. preoperative diagnosis left breast mass, postoperative diagnosis same. procedure left breast excisional biopsy with wire localization. surgeon myself, no assistant. anesthesia mac with local, {{dose:ten cc}} of one percent {{drug:lidocaine}} with epi mixed with {{dose:ten cc}} of point two five percent {{drug:marcaine}}. findings a firm two centimeter mass at the wire tip. specimen radiograph confirmed clip and wire within the specimen, sent to pathology oriented short stitch superior long stitch lateral. hemostasis with the {{eponym:bovie}}. closed in layers with three oh vicryl and four oh monocryl subcuticular, skin glue. ebl minimal. no complications. patient to pacu in stable condition. i spoke with her husband [[NAME:mark]] afterward in the waiting area and told him we would mark the path results as urgent and call within the week. end of dictation. job number [[MRN:55810273]].
""", summary="""
Dr. [[NAME:Begay]] dictated a wire-localized left breast excisional biopsy on [[NAME:Jennifer Walsh]] performed
[[DATE:March 3, 2025]] without complications. Her husband was updated.
"""),

    dict(style="procedure_note", note="""
PROCEDURE NOTE: Central Venous Catheter Placement

Indication: vasopressor infusion, poor peripheral access.
Consent: emergent; patient intubated and no surrogate reachable, two-physician consent documented.
Time-out performed with RN. Full barrier precautions, {{drug:chlorhexidine}} prep, sterile ultrasound sleeve.
Site: Right internal jugular. Vein compressible and patent on ultrasound; real-time guidance used throughout.
Positioned in {{eponym:Trendelenburg}}. {{drug:Lidocaine}} 1% {{dose:5 mL}} local. Access on first pass, dark non-pulsatile flow.
Guidewire passed without resistance by {{eponym:Seldinger}} technique, wire seen in the IJ on ultrasound.
Tract dilated, 7 Fr triple-lumen catheter advanced to 16 cm. All ports aspirate and flush.
Sutured in place, CHG-impregnated sponge and transparent dressing applied.
Post-procedure CXR: tip at cavoatrial junction, no pneumothorax. OK to use.
EBL < 5 mL. Complications: none. {{vital:SpO2 99%}} throughout, {{vital:MAP 62-70}}.
Attending present for the entire procedure.
""", summary="""
An ultrasound-guided right internal jugular triple-lumen catheter was placed by {{eponym:Seldinger}} technique for
pressors without complication. Tip position was confirmed on chest x-ray.
"""),

    dict(style="neuro_icu_progress", note="""
NEURO ICU DAILY NOTE
[[NAME:KONSTANTINOS PAPADOPOULOS]] ("[[NAME:Gus]]")  |  MRN [[MRN:6019384]]  |  FIN [[MRN:221049917]]  |  SAH day 5

Overnight: no events. Wife [[NAME:Eleni]] and son [[NAME:Stavros]] at bedside until late.
Neuro: {{score:GCS 14}} ({{score:E4V4M6}}), oriented to self and place, not date. Pupils 3 mm brisk. No drift.
{{eponym:Babinski}} absent bilaterally. EVD open at 10 cmH2O, 180 mL/24h, clear yellow.
Admission {{score:Hunt and Hess 2}}, {{score:modified Fisher 3}}; ACOM aneurysm coiled (Dr. [[NAME:Kiprotich Rono]], NIR).
TCDs today: L MCA mean 132 cm/s (up from 98), {{score:LR 2.8}}. Concern for early vasospasm.
CV: SBP goal < 160, running {{vital:SBP 138-152}}. {{drug:Nimodipine}} {{dose:60 mg}} q4h, hold for SBP < 110 (none held).
{{lab:Na 134}} - start {{drug:NaCl}} tabs {{dose:2 g}} TID, watch for CSW.
Plan: q1h neuro checks, CTA head with any exam change, euvolemia, Mg > 2.0.
[[NAME:Stavros]] is the main contact, [[PHONE:718.555.0142]], prefers text.

-- [[NAME:Ji-woo Han]], NP for Dr. [[NAME:A. Papazoglou]]   [[DATE:1/9/2025]] 09:10
""", summary="""
[[NAME:Konstantinos Papadopoulos]] is on SAH day 5 after aneurysm coiling, neurologically stable at {{score:GCS 14}}, but
rising TCD velocities on [[DATE:1/9/2025]] raise concern for early vasospasm. His son [[NAME:Stavros]] is the contact.
"""),

    dict(style="operative_note", note="""
OPERATIVE NOTE

[[NAME:SJÖBERG, ASTRID L.]]    DOB [[DATE:06/02/1930]]    MRN [[MRN:1184520]]    CSN [[MRN:90331287]]
Date: [[DATE:05 Jun 2024]]
Surgeon: [[NAME:Kwame Mensah]], MD     Assist: [[NAME:Linnea Holm]], RNFA
Anesthesia: spinal (Dr. [[NAME:Bowers]]), {{score:ASA IV}}

Pre/Post-op Dx: Displaced left femoral neck fracture ({{score:Garden IV}}).
Procedure: Left hip cemented hemiarthroplasty, posterior approach.

Ms. [[NAME:Sjöberg]] is a [[AGE:94]]-year-old woman from Lindgren Manor assisted living who fell reaching for her walker.
Lateral decubitus on a pegboard. Posterolateral approach, short external rotators tagged and released. Head removed
and sized at 45 mm. Canal prepared, cement restrictor, cemented standard stem, 45 mm bipolar head. Stable to 90 deg
flexion / 40 deg IR. Leg lengths equal by palpation. Capsule and rotators repaired through drill holes.
{{drug:Tranexamic acid}} {{dose:1 g}} IV at incision. EBL 250 mL. No drain.
Post-op: WBAT, posterior hip precautions, {{drug:enoxaparin}} {{dose:30 mg}} daily x 28 d, PT/OT, geriatrics co-management.
Her grandson and POA, [[NAME:Erik Sjöberg-Nash]], was called at 15:40 and updated.
""", summary="""
[[NAME:Astrid Sjöberg]], [[AGE:94]], underwent a left cemented hip hemiarthroplasty by Dr. [[NAME:Mensah]] on
[[DATE:05 Jun 2024]] for a {{score:Garden IV}} femoral neck fracture. Her grandson was updated after surgery.
"""),

    dict(style="transcribed_report", note="""
ENDOSCOPY REPORT
Patient Name: [[NAME:ISLAM, MD RAFIQUL]]          Accession: [[MRN:EN-2025-004418]]
DOB: [[DATE:11/19/1966]]   Sex: M   Procedure Date: [[DATE:2025-03-27]]
Endoscopist: [[NAME:Dilani Jayawardena]], MD
Referring: [[NAME:Brian O'Connor]], MD
Procedure: Colonoscopy with cold snare polypectomy
Indication: Screening, age {{age:58}}; father with colon cancer at {{age:60}}.
Sedation: MAC by anesthesia, {{drug:propofol}} {{dose:280 mg}} total.
Findings:
  - Prep {{score:BBPS 8}} ({{score:3/3/2}}). Cecum reached; appendiceal orifice and ileocecal valve photographed. Withdrawal 11 min.
  - 6 mm sessile polyp, ascending colon - cold snare, retrieved.
  - 3 mm polyp, sigmoid - cold snare, retrieved.
  - Moderate sigmoid diverticulosis. Small internal hemorrhoids.
Impression: Two polyps removed. Diverticulosis.
Recommendations: Await pathology. Repeat colonoscopy in 5-7 years depending on histology. High-fiber diet.
Results letter to be mailed to [[ADDRESS:2291 Kessler Ave Apt 4B, Jamaica, NY 11432]] per patient request.
cc: [[NAME:Brian O'Connor]], MD - fax [[PHONE:(718) 555-0213]]
Electronically signed: [[NAME:D. Jayawardena]], MD  [[DATE:03/27/2025]] 10:58
""", summary="""
[[NAME:Rafiqul Islam]], {{age:58}}, had a screening colonoscopy on [[DATE:2025-03-27]] with two small polyps removed and
diverticulosis. Repeat interval depends on pathology.
"""),

    dict(style="surgical_clinic", note="""
Surgical Oncology Clinic - follow-up
[[NAME:Thaís Albuquerque Gonçalves]]  |  {{age:42}}F  |  MRN [[MRN:7720461]]  |  [[DATE:Aug 14, 2024]]

Interval: s/p R partial mastectomy + SLNB [[DATE:7/30]]. Path: 1.4 cm IDC, grade 2, ER+/PR+, HER2 negative (IHC 1+),
margins negative (closest 3 mm), 0/2 SLN.
Portal message [[DATE:8/9]] ("the cut under my arm is puffy, is this normal?") - axillary seroma, aspirated today, 35 mL
straw-colored.
Exam: incisions healing, no erythema. Full ROM R shoulder.
Plan:
  1. Radiation oncology referral (Dr. [[NAME:Nikos Stavridis]]) for whole-breast RT.
  2. Genomic assay sent; med onc consult with Dr. [[NAME:Sarah Goldberg]].
  3. Premenopausal, so likely {{drug:tamoxifen}} {{dose:20 mg}} after RT rather than {{drug:letrozole}}.
  4. Genetics referral - maternal aunt in [[ADDRESS:São Paulo]] had breast cancer in her 40s.
Husband [[NAME:Rodrigo]] and daughter [[NAME:Bia]] ({{age:15}}) came with her. Prefers updates by email:
[[EMAIL:thais.agoncalves@outlook.com]]
[[NAME:Wendy Mbeki-Short]], NP / Dr. [[NAME:L. Hammond]]
""", summary="""
[[NAME:Thaís Gonçalves]], {{age:42}}, has node-negative, margin-negative ER-positive breast cancer after partial
mastectomy; a seroma was aspirated on [[DATE:Aug 14, 2024]]. She is referred to radiation, medical oncology and genetics.
"""),

    dict(style="icu_progress", note="""
CTICU Progress Note - POD 1 CABG x3 (LIMA-LAD, SVG-OM1, SVG-PDA)
[[NAME:Çelik, Özgür]]   {{age:61}}M   MRN [[MRN:2045-778-3]]

Extubated 22:10 last night, 4 L NC, {{vital:SpO2 94%}}. IS 750 mL.
Hemo: off {{drug:epinephrine}} at 0400; {{drug:milrinone}} {{dose:0.25 mcg/kg/min}} weaning. CI 2.4 by {{eponym:Swan-Ganz}},
PA 38/16, {{vital:CVP 9}}, SvO2 64%.
Rhythm: NSR 80s. A and V wires, backup VVI 50.
CT output 240 mL/8 h serosanguinous; pull when < 100 mL/8 h.
Labs: {{lab:Hgb 9.2}}, {{lab:Plt 121}}, {{lab:Cr 1.3}}, {{lab:K 4.1}}, {{lab:Mg 2.2}}, glucose 140-180 on insulin gtt.
Neuro: CAM-ICU negative, {{score:RASS 0}}.
Meds: {{drug:aspirin}} {{dose:81 mg}}, {{drug:atorvastatin}} {{dose:80 mg}}, {{drug:metoprolol tartrate}} {{dose:12.5 mg}} BID started, {{drug:cefuroxime}} x 48 h.
Plan: milrinone off by noon, {{drug:furosemide}} {{dose:20 mg}} IV BID, d/c Swan, OOB to chair, step-down tomorrow.
Family: wife [[NAME:Ayşe]] speaks Turkish; son [[NAME:Emre]] interprets for daily updates, professional interpreter for
consent conversations.
[[NAME:T. Nakashima]], ACNP / Dr. [[NAME:C. Whitfield]]
""", summary="""
[[NAME:Özgür Çelik]], {{age:61}}, is extubated on POD 1 after triple CABG and weaning {{drug:milrinone}}, with plans to
diurese and move to step-down. His son interprets daily updates for his wife.
"""),

    dict(style="anesthesia_record", note="""
ANESTHESIA RECORD - SUMMARY
Pt: [[NAME:MACLEOD, FIONA J]]    MRN [[MRN:3350921]]    DOS [[DATE:02OCT2024]]    OR 4
Procedure: Laparoscopic sleeve gastrectomy    Surgeon: [[NAME:McIntyre]]
Anesthesiologist: [[NAME:R. Okonkwo]]    CRNA: [[NAME:MJD]]

Time   Event                              Drug / dose
0731   In room, monitors on
0735   --                                 {{drug:cefazolin}} {{dose:3 g}}
0738   Preoxygenation, ramped position
0741   Induction                          {{drug:propofol}} {{dose:200 mg}}, {{drug:fentanyl}} {{dose:100 mcg}}, {{drug:rocuronium}} {{dose:70 mg}}
0743   VL intubation, {{score:Cormack-Lehane 1}}, 7.0 ETT @ 21 cm, + ETCO2
0746   {{vital:BP 84/50}}                          {{drug:phenylephrine}} {{dose:100 mcg}} x2, responded
0755   Incision
0840   --                                 {{drug:dexamethasone}} {{dose:8 mg}}
0920   --                                 {{drug:ondansetron}} {{dose:4 mg}}
0925   Closure                            {{drug:sugammadex}} {{dose:200 mg}}, {{score:TOF 4/4}}
0931   Extubated awake
0936   To PACU, {{vital:SpO2 97%}} FM 6 L

Fluids: LR 1400 mL. EBL 20 mL. No {{eponym:Foley}}.
Signed [[NAME:R. Okonkwo]] MD  [[DATE:10/02/24]] 0945
""", summary="""
[[NAME:Fiona MacLeod]] had an uneventful general anesthetic for sleeve gastrectomy on [[DATE:02OCT2024]], with brief
post-induction hypotension treated with {{drug:phenylephrine}}. She was extubated awake and went to PACU.
"""),

    dict(style="pacu_handoff", note="""
PACU -> Floor Handoff (I-PASS)
Illness severity: stable.
Patient summary: s/p laparoscopic appendectomy for uncomplicated appendicitis under GETA. Uneventful intraop course.
PMH asthma ({{drug:albuterol}} PRN), no home O2. NKDA.
PACU course: {{score:Aldrete 10}} at 45 min. {{score:Pain 6/10}} on arrival -> {{drug:hydromorphone}} {{dose:0.4 mg}} IV x2, now {{score:3/10}}.
Nausea once, resolved with {{drug:ondansetron}} {{dose:4 mg}}. Voided 250 mL. Tolerating ice chips.
VS: {{vital:BP 118/72}}, {{vital:HR 84}}, {{vital:RR 16}}, {{vital:SpO2 97%}} RA, {{vital:T 36.8}}.
Action list: advance to clears, IS 10x/h, {{drug:ketorolac}} {{dose:15 mg}} IV q6h scheduled x 24 h, {{drug:oxycodone}} {{dose:5 mg}} PO PRN.
Incisions closed with skin glue, OK to shower tomorrow.
Situation awareness: mild wheeze on arrival cleared with albuterol neb; if it recurs, call Anesthesia.
Synthesis by receiver: read back complete, questions answered.
""", summary="""
A stable patient was handed off from PACU after laparoscopic appendectomy, with pain controlled and brief wheeze and
nausea resolved. Diet is to advance with scheduled {{drug:ketorolac}}.
"""),

    dict(style="dictated_operative", note="""
brief op note - trauma
pt [[NAME:darlene yazzie]], {{age:34}} y/o f, mvc rollover on [[ADDRESS:us-491]] north of [[ADDRESS:shiprock]], ejected. fast + luq.
lactate rose from 4.2 to 6.1 in the bay. to or emergently 0215.
pre/post dx: hemoperitoneum, grade iv splenic lac.
procedure: ex lap, splenectomy, packing of liver seg 6 lac, temporary abd closure with neg pressure dressing.
findings: 2.5 L hemoperitoneum, shattered spleen, grade ii liver lac oozing, no hollow viscus injury on full run of bowel.
mtp activated: 6 prbc / 6 ffp / 1 plt, {{drug:txa}} {{dose:1 g}} + {{dose:1 g}}.
ebl ~3000. uop 60 cc clear via {{eponym:foley}}. to sicu intubated, second look 24-36 h.
post-splenectomy vaccines before dc.
family: mother [[NAME:rose yazzie]] driving from [[ADDRESS:chinle]], ~2 hr. aunt [[NAME:lorraine benally]] at bedside, [[PHONE:505-555-0118]].
tribal police sgt. [[NAME:nez]] took report, incident # [[MRN:25-00871]].
-- [[NAME:p. ramirez]] md
""", summary="""
[[NAME:Darlene Yazzie]], {{age:34}}, underwent emergent laparotomy with splenectomy and liver packing after a rollover
crash and went to the SICU with an open abdomen. Her aunt is at the bedside and her mother is en route.
"""),

    dict(style="procedure_note", note="""
Procedure: Right thoracentesis, ultrasound-guided
Patient: [[NAME:Budi Santoso]]    Age: {{age:67}}    MRN: [[MRN:45-00912-7]]    Date: [[DATE:7 Feb 2025]]
Operator: Dr. [[NAME:Siti Rahmawati]] (pulm fellow), supervising Dr. [[NAME:Paul Hendricks]]

Consent signed by patient; son [[NAME:Agus Santoso]] translated (Bahasa Indonesia) at patient's request after a
professional interpreter was offered and declined.
Pre: {{lab:INR 1.3}}, {{lab:Plt 142}}. {{drug:Apixaban}} held since [[DATE:2/4]] (AF); resume [[DATE:2/8]] if no bleeding.
Seated, leaning forward. Large anechoic effusion; entry 8th ICS posterior axillary line. {{drug:Lidocaine}} 1% {{dose:10 mL}}.
1.4 L straw-colored fluid removed by vacuum bottle; stopped for chest tightness.
Post: lung sliding present on US. CXR no PTX, small residual effusion.
Sent: cell count, LDH, protein, glucose, pH, cytology, culture. Serum {{lab:LDH 210}}, {{lab:protein 6.8}} drawn for {{eponym:Light}} criteria.
Complications: none. {{vital:SpO2 92%}} -> {{vital:96%}} on 2 L.
""", summary="""
[[NAME:Budi Santoso]], {{age:67}}, had 1.4 L removed by ultrasound-guided right thoracentesis on [[DATE:7 Feb 2025]]
without pneumothorax. Fluid studies are pending for {{eponym:Light}} criteria.
"""),

    dict(style="surgical_clinic", note="""
VASCULAR SURGERY - RETURN VISIT
Name: [[NAME:Maarten van der Berg]]    DOB: [[DATE:1949-08-12]]    MRN [[MRN:0663182]]
PCP: Dr. [[NAME:Sanne de Vries-Bakker]]
Date of service: [[DATE:Tuesday, October 8, 2024]]

{{age:75}} y/o M, 6 wk s/p R fem-pop bypass with reversed GSV. Now walks the dog half a mile without calf pain (one block
pre-op). Groin incision healed. Below-knee incision with a 1 cm dehiscence, clean granulating base.
ABI R {{score:0.94}} (pre-op 0.52), L {{score:0.81}}. Graft duplex: velocities 60-90 cm/s throughout, no stenosis.
{{eponym:Doppler}} DP/PT biphasic on the R. {{eponym:Homan}} sign negative. Mild ankle edema.
Meds: {{drug:clopidogrel}} {{dose:75 mg}}, {{drug:aspirin}} {{dose:81 mg}}, {{drug:rosuvastatin}} {{dose:20 mg}}. Quit smoking in March - congratulated.
Plan: wet-to-dry BID, done by wife [[NAME:Marijke]], until healed; home health nursing x 2 wk (agency intake [[PHONE:610-555-0147]]).
Duplex surveillance at 3 mo, 6 mo, then yearly. Next visit [[DATE:Jan 14]].
-- [[NAME:Joost Hendriksen]], MD, Vascular Surgery
""", summary="""
[[NAME:Maarten van der Berg]], {{age:75}}, is six weeks out from a right fem-pop bypass with a patent graft and improved
ABI, plus a small below-knee wound dehiscence. His wife will do dressings and he returns [[DATE:Jan 14]].
"""),

    dict(style="icu_nursing", note="""
ICU RN Shift Summary 1900-0700
[[NAME:Kamau, Wanjiru N.]] - Rm 4112
Neuro: A&Ox3, follows commands, CAM neg. {{score:Pain 4/10}} low back, repositioned, {{drug:acetaminophen}} {{dose:1 g}} at 2200.
Resp: HFNC 40 L / 50%, {{vital:SpO2 92-95%}}. Self-proned x 2 h, tolerated.
CV: SR 90s, {{vital:BP 108-124/60s}}. {{drug:Heparin}} gtt {{dose:18 units/kg/h}}, {{lab:anti-Xa 0.42}} at 0300, no change.
Renal: CRRT (CVVHDF), net UF -80 mL/h. Filter clotted 0145, circuit changed, Dr. [[NAME:Otieno]] notified.
GI: renal diet, BM x1.
Skin: {{score:Braden 13}}, sacral foam intact, no breakdown.
Lines: R IJ HD cath, L radial art line, PIV x2.
Family: husband [[NAME:Peter Kamau]] called 2330, updated. Sister [[NAME:Njeri]] visiting this AM. Pt asks that her pastor,
Rev. [[NAME:Daniel Mwangi]], be allowed after hours - charge RN aware.
[[NAME:O. Fuentes]], RN
""", summary="""
Overnight [[NAME:Wanjiru Kamau]] stayed stable on high-flow oxygen and CRRT, with one clotted filter replaced. Her husband
was updated and her pastor may visit after hours.
"""),

    dict(style="transcribed_report", note="""
PROCEDURE: Esophagogastroduodenoscopy with percutaneous endoscopic gastrostomy tube placement.
PATIENT: [[NAME:OSPINA DE RESTREPO, LUZ MARINA]]
MEDICAL RECORD #: [[MRN:11-448-270]]
DATE OF PROCEDURE: [[DATE:12/05/2024]]
ENDOSCOPIST: [[NAME:Hernán Cárdenas]], MD
ASSISTANT: [[NAME:Nicole Burke]], RN

INDICATION: A [[AGE:91]]-year-old woman with dysphagia after a left MCA stroke, {{score:NIHSS 14}}, who failed swallow
evaluation twice. Daughters [[NAME:Paola]] and [[NAME:Juliana]] agreed to PEG at the goals of care meeting on [[DATE:12/2]].
MEDICATIONS: {{drug:Midazolam}} {{dose:2 mg}} IV, {{drug:fentanyl}} {{dose:50 mcg}} IV. {{drug:Cefazolin}} {{dose:1 g}} IV pre-procedure.
DESCRIPTION: The scope was passed under direct vision to the second portion of the duodenum. Normal esophagus. Small
hiatal hernia. Mild antral erythema, biopsied. Normal duodenum. Transillumination and one-to-one finger indentation
were seen in the left upper quadrant. The site was prepped and infiltrated with {{drug:lidocaine}}. Using the {{eponym:Ponsky}}
pull technique, a 20 Fr PEG was placed, bumper at 3.5 cm at the skin, position confirmed endoscopically.
COMPLICATIONS: None.
RECOMMENDATIONS: Nothing via PEG for 4 hours, then tube feeds per nutrition. Flush 30 mL q4h.
______________________
[[NAME:Hernán Cárdenas]], MD
[[NAME:HC]]:[[NAME:ts]]   D: [[DATE:12/05/2024]]   T: [[DATE:12/06/2024]]   Job #: [[MRN:448127]]
""", summary="""
[[NAME:Luz Marina Ospina de Restrepo]], [[AGE:91]], had an uncomplicated EGD with pull PEG placement on
[[DATE:12/05/2024]] for post-stroke dysphagia. Feeds may start after four hours.
"""),

    dict(style="anesthesia_postop", note="""
Anesthesia Post-op Evaluation (within 48 h)
Procedure: Right total shoulder arthroplasty under GA + interscalene block.
Mental status: awake, alert, at baseline.
Airway / respiratory: unlabored, {{vital:SpO2 95%}} RA. Mild hoarseness, expected after ETT; no stridor.
Ipsilateral diaphragmatic paresis expected with interscalene block; denies dyspnea.
Cardiovascular: {{vital:BP 134/78}}, {{vital:HR 72}}, stable.
Pain: {{score:2/10}}, block wearing off. {{drug:Oxycodone}} {{dose:5 mg}} PO x1 overnight, scheduled {{drug:acetaminophen}} {{dose:1 g}} q8h.
PONV: none. Tolerating diet.
Temp: {{vital:36.9}}.
Block: right {{eponym:Horner}} syndrome (ptosis, miosis) overnight, now resolved. Sensation returning C5-C7.
No anesthesia complications. Patient satisfied. Discharged from anesthesia care.
""", summary="""
After a right total shoulder arthroplasty under general anesthesia and interscalene block, the patient had only a
transient {{eponym:Horner}} syndrome and was discharged from anesthesia care.
"""),

    dict(style="surgical_clinic", note="""
Bariatric Surgery Clinic - 3 month post-op
Patient [[NAME:Hope Marsh]] (MRN [[MRN:5532910]]) returns after {{eponym:Roux-en-Y}} gastric bypass on [[DATE:6/17/24]].
Down 48 lb (291 -> 243), {{vital:BMI 40.4}}. Soft diet, 60 g protein/day per her log.
[[NAME:Hope]] reports occasional dumping after sweets and lightheadedness on standing.
{{vital:BP 108/70}} sitting, {{vital:96/64}} standing, {{vital:HR 92}}.
She stopped {{drug:lisinopril}} {{dose:20 mg}} on her own last week - appropriate. We hope to stop {{drug:metformin}} next visit if A1c
stays < 6.
Labs [[DATE:9/3]]: {{lab:A1c 6.1}}, {{lab:Hgb 12.2}}, {{lab:ferritin 28}}, {{lab:B12 410}}, {{lab:vit D 24}}.
Plan: {{drug:vitamin D3}} {{dose:50,000 IU}} weekly x 8, bariatric MVI, {{drug:calcium citrate}} {{dose:1500 mg}}/d. Support group Thursdays.
Husband [[NAME:Grant]] came with her and will take over the cooking.
Dietitian: [[NAME:Brooke Sandoval]], RD. Psychology f/u with Dr. [[NAME:Aisha Karimi-Boateng]].
Next: 6-month visit, labs beforehand.
-- [[NAME:Ioane Aumua]], MD
""", summary="""
Three months after {{eponym:Roux-en-Y}} gastric bypass, [[NAME:Hope Marsh]] has lost 48 lb, has come off
{{drug:lisinopril}}, and has mild dumping and orthostasis. Vitamin D repletion was started.
"""),

    dict(style="icu_progress", note="""
SICU PROGRESS NOTE    [[DATE:Sat 11/23/2024]]
[[NAME:Jürgen Schäfer]], {{age:68}}M, HD 9 / POD 8 s/p {{eponym:Whipple}} for pancreatic adenocarcinoma.
Events: re-intubated [[DATE:11/21]] for aspiration; bronch with thick RLL secretions.
Vent: AC/VC 450 x 18, PEEP 10, FiO2 45%, {{lab:P/F 190}}. Sedation {{drug:fentanyl}} {{dose:50 mcg/h}}, {{drug:dexmedetomidine}} {{dose:0.6 mcg/kg/h}}, {{score:RASS -2}}.
Hemo: MAP 70s off pressors, {{vital:HR 95}}.
Drains: JP #1 amylase 4,800 (serum 60) = grade B POPF; JP #2 serous. {{drug:Octreotide}} started.
ID: {{drug:pip-tazo}} day 3; sputum Klebsiella pneumoniae, pan-S except ampicillin.
Nutrition: TPN; post-pyloric {{eponym:Dobhoff}} requested.
Heme: {{lab:Hgb 7.6}} -> 1 u PRBC. {{drug:Enoxaparin}} {{dose:40 mg}} daily.
Dispo: ICU. Wife [[NAME:Friederike]] prefers German; staff interpreter [[NAME:Greta Vogel]] available weekdays. Family meeting
Monday with Dr. [[NAME:Hoffmann]] (onc).
Note by [[NAME:okeller2]] ([[NAME:Olivia Keller]], MD, PGY-4); attending Dr. [[NAME:Brandt]].
""", summary="""
[[NAME:Jürgen Schäfer]], {{age:68}}, is re-intubated after aspiration on POD 8 from a {{eponym:Whipple}} and has a grade B
pancreatic fistula and Klebsiella pneumonia. A family meeting with oncology is planned.
"""),

    dict(style="operative_note", note="""
OPERATIVE REPORT
Patient: [[NAME:Malia Leota-Sapolu]]            MR#: [[MRN:9021-336]]
Date: [[DATE:June 3rd, 2025]]
Surgeon: [[NAME:Hamish McIntyre]], MD, FACS
Resident: [[NAME:Priya Raman]], MD
Anesthesia: GETA with nerve-monitoring tube (Dr. [[NAME:Alvarez]])

Preoperative diagnosis: {{eponym:Graves}} disease, refractory to {{drug:methimazole}}, with ophthalmopathy.
Procedure: Total thyroidectomy with intraoperative nerve monitoring.
Findings: Diffusely enlarged hypervascular gland, ~60 g. Both recurrent laryngeal nerves identified and preserved, end
signals 620 uV left and 580 uV right. Superior parathyroids in situ bilaterally; left inferior devascularized and
autotransplanted into the SCM.
Technique: 5 cm {{eponym:Kocher}} incision, subplatysmal flaps, strap muscles separated in the midline. {{eponym:Berry}} ligament
divided sharply on each side under direct nerve vision. Hemostasis, closure in layers, skin glue.
EBL 30 mL.
Post-op: calcium and PTH at 6 h and in AM; {{drug:calcitriol}} {{dose:0.25 mcg}} BID, {{drug:calcium carbonate}} {{dose:1250 mg}} TID,
{{drug:levothyroxine}} {{dose:125 mcg}} daily from POD 1.
I discussed the findings with her husband [[NAME:Sefo]] and her mother, Mrs. [[NAME:Leota]], in the family waiting room.
""", summary="""
[[NAME:Malia Leota-Sapolu]] underwent total thyroidectomy for {{eponym:Graves}} disease on [[DATE:June 3rd, 2025]] with
both recurrent laryngeal nerves preserved and one parathyroid autotransplanted. She starts calcium,
{{drug:calcitriol}} and {{drug:levothyroxine}}.
"""),

    dict(style="dictated_consult", note="""
hand surgery consult, dictated.
patient [[NAME:deshawn carter]] is a {{age:27}} year old right hand dominant male who works as a line cook at a restaurant in [[ADDRESS:austin]], seen at the request of dr. [[NAME:austin greer]] in the ed for a laceration to the left index finger from a chef's knife about two hours ago. he reports numbness on the radial side of the fingertip. no other injuries. smokes half a pack a day. tetanus updated today.
exam: 2 cm oblique laceration over the volar proximal phalanx of the left index finger. two point discrimination greater than 10 mm radial digital, 5 mm ulnar. fds and fdp intact, flexion against resistance {{score:5/5}}. capillary refill under 2 seconds. {{eponym:allen}} test normal.
x-ray: no fracture or foreign body.
impression: probable radial digital nerve laceration, left index finger.
plan: washout and closure in the ed by the ed team, dorsal blocking splint, {{drug:cephalexin}} {{dose:500 mg}} qid for five days, hand clinic [[DATE:friday the 14th]] for planned nerve repair within the week. he was given the clinic number, [[PHONE:512-555-0171]]. his girlfriend [[NAME:tamika]] will drive him home.
dictated by [[NAME:a. rahman]], md, hand fellow, for dr. [[NAME:jaclyn o'brien-yates]].
""", summary="""
[[NAME:DeShawn Carter]], {{age:27}}, has a probable radial digital nerve laceration of the left index finger from a
kitchen knife. He will be splinted and seen in hand clinic on [[DATE:Friday the 14th]] for nerve repair.
"""),

    dict(style="icu_progress", note="""
CCU Progress Note - Day 3
Dx: NSTEMI with cardiogenic shock (SCAI stage C), s/p PCI to LAD with DES; microaxial flow pump in place.
Overnight: pump weaned P8 -> P6, flow 2.4 L/min, no suction alarms. No hemolysis ({{lab:LDH 310}}, plasma free Hgb 18).
Hemodynamics: {{vital:MAP 72}}, {{vital:CVP 11}}, PCWP 16, CI 2.3, PAPi 1.4. {{drug:Dobutamine}} {{dose:2.5 mcg/kg/min}}.
Rhythm: sinus 80s; runs of NSVT overnight, longest 9 beats. {{lab:K 4.4}}, {{lab:Mg 2.3}}.
Resp: 2 L NC, {{vital:SpO2 96%}}.
Renal: {{lab:Cr 1.6}} (from 1.9), UOP 90 mL/h. {{eponym:Foley}} in place.
Heme: {{lab:Hgb 10.1}}, {{lab:Plt 156}}. {{drug:Heparin}} purge, {{drug:aspirin}} {{dose:81 mg}}, {{drug:ticagrelor}} {{dose:90 mg}} BID.
Neuro: intact.
Echo: EF 30% (from 20%).
Access: R femoral, distal pulses present by {{eponym:Doppler}}, no hematoma.
A/P: improving cardiogenic shock. Wean to P2 today; remove in cath lab tomorrow if CPO > 0.6. Full code, discussed with
patient and family at bedside.
""", summary="""
A patient with NSTEMI and cardiogenic shock on mechanical support is improving, with better EF and renal function. The
pump is being weaned for removal tomorrow.
"""),
]
