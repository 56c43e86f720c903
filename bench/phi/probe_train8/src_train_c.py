NOTES = [
    dict(style="operative_note", note="""
OPERATIVE REPORT

PATIENT: [[NAME:HADDAD, RAMI G]]
MRN: [[MRN:40118273]]     FIN: [[MRN:8800291647]]
DATE OF SURGERY: [[DATE:09/16/2024]]
SURGEON: [[NAME:Catalina Restrepo]], MD
ASSISTANT: [[NAME:Tomislav Kovačević]], PA-C
ANESTHESIA: General endotracheal ([[NAME:Päivi Virtanen]], MD)

PREOPERATIVE DIAGNOSIS: Acute calculous cholecystitis.
POSTOPERATIVE DIAGNOSIS: Gangrenous cholecystitis.
PROCEDURE: Laparoscopic cholecystectomy.

INDICATIONS: Mr. [[NAME:Haddad]] is a {{age:58}}-year-old man who presented on [[DATE:9/14]] with 2 days of RUQ pain, a positive {{eponym:Murphy}} sign, {{lab:WBC 16.2}} and {{lab:T bili 1.4}}. Ultrasound showed a thickened wall with pericholecystic fluid. He was started on {{drug:Zosyn}} {{dose:3.375 g}} IV q6h.

DESCRIPTION: Consent was confirmed in holding with the patient and his wife, [[NAME:Nour]]. He was brought to OR 7, placed supine, and {{drug:Ancef}} {{dose:2 g}} IV was given before incision. Time-out performed. Open {{eponym:Hasson}} entry at the umbilicus, pneumoperitoneum to 15 mmHg, three 5 mm ports under direct vision. The gallbladder was tense with a necrotic fundus and dense omental adhesions and was decompressed with a needle aspirator. {{eponym:Calot}}'s triangle was dissected and the critical view of safety was shown to Dr. [[NAME:Restrepo]] and Mr. [[NAME:Kovačević]] before clips were placed on the cystic duct and artery. The gallbladder was taken off the liver bed with hook cautery and removed in a retrieval bag. Irrigation clear, hemostasis good, 19 Fr {{eponym:Blake}} drain left in the fossa. Umbilical fascia closed with 0 Vicryl, skin 4-0 Monocryl.

EBL: 30 mL.  Fluids: 1,200 mL LR.  UOP: 250 mL.
SPECIMEN: Gallbladder to pathology, accession [[MRN:S24-31877]].
COUNTS: Correct x2.
DISPOSITION: Extubated in OR, to PACU in stable condition.

I was present and scrubbed for the entire case.
[[NAME:C. Restrepo]], MD   [[DATE:09/16/2024]] 15:42
""", summary="""
[[NAME:Rami Haddad]] ({{age:58}}) underwent laparoscopic cholecystectomy by Dr. [[NAME:Restrepo]] on [[DATE:09/16/2024]] for gangrenous cholecystitis. A {{eponym:Blake}} drain was left and he went to PACU stable.
"""),

    dict(style="anesthesia_preop", note="""
ANESTHESIA PRE-PROCEDURE EVALUATION

Patient: [[NAME:Ioana Munteanu]]     DOB: [[DATE:02-11-1949]]     MRN: [[MRN:7730045]]
Procedure: R total knee arthroplasty, Dr. [[NAME:Pieter van der Merwe]]
Scheduled: [[DATE:Thu 3/6/2025]], first case

{{age:75}} F   Ht 162 cm   Wt 88 kg   BMI 33.5
PMH: HTN, T2DM ({{lab:A1c 7.4%}}), OSA on CPAP nightly, PONV after both prior anesthetics (lap chole, hysterectomy)
Meds: lisinopril {{dose:20 mg}} daily, metformin {{dose:1000 mg}} BID, {{drug:Jardiance}} {{dose:10 mg}} daily, atorvastatin {{dose:40 mg}} qhs
Allergies: sulfa (rash)
Airway: {{score:Mallampati III}}, TMD 3 FB, mouth opening >3 FB, own teeth, full neck ROM
{{score:STOP-BANG 6}}
Vitals: {{vital:BP 148/82}}  {{vital:HR 76}}  {{vital:SpO2 95%}} RA
Labs [[DATE:2/27]]: {{lab:Hgb 12.1}}, {{lab:Cr 0.9}}, {{lab:K 4.4}}, {{lab:glucose 162}}
ECG: NSR, LAFB, unchanged from 2023
{{score:ASA 3}}

Plan: spinal + adductor canal block, propofol sedation. PONV prophylaxis: dexamethasone {{dose:4 mg}}, ondansetron {{dose:4 mg}}, scopolamine patch. Bring CPAP. Hold {{drug:Jardiance}} from [[DATE:3/3]]; metformin and lisinopril held morning of surgery. Lives with daughter [[NAME:Cătălina]] in [[ADDRESS:Dearborn Heights]], who will drive; daughter's cell [[PHONE:313-555-0172]].

[[NAME:P. Virtanen]], MD   pager [[PHONE:4471]]
""", summary="""
Pre-anesthesia evaluation of [[NAME:Ioana Munteanu]], {{age:75}}, for right TKA on [[DATE:3/6/2025]]: {{score:ASA 3}} with OSA and prior PONV. Plan is spinal with adductor canal block and triple PONV prophylaxis, with {{drug:Jardiance}} held from [[DATE:3/3]].
"""),

    dict(style="pacu_nursing", note="""
PACU NURSING RECORD - Bay 6
Pt: [[NAME:LEIATAUA, SEFO]]   MRN [[MRN:00562914]]   Allergies: NKDA
1412 Arrived from OR 3. Report from [[NAME:Hemi Parata]], CRNA: lap R inguinal hernia repair w/ mesh, GETA, uneventful. Intra-op fentanyl {{dose:100 mcg}}, {{drug:Toradol}} {{dose:30 mg}} IV at closure, {{drug:Marcaine}} 0.25% {{dose:20 mL}} local by surgeon.
1415 {{vital:BP 132/78}} {{vital:HR 88}} {{vital:RR 14}} {{vital:SpO2 96%}} 2L NC, {{vital:T 36.4}}. {{score:Aldrete 8}}. {{score:Pain 6/10}} groin, "tight."
1430 Hydromorphone {{dose:0.4 mg}} IV per Dr [[NAME:Haugland]]. Ice pack to groin.
1445 {{score:Pain 3/10}}. Weaned to RA, {{vital:SpO2 94%}}. {{score:Aldrete 10}}.
1455 Sips/crackers tolerated. Voided 250 mL.
1510 Wife [[NAME:Malia]] to bedside. D/c teaching w/ pt + wife: no lifting >10 lb x 4 wk, ibuprofen/APAP schedule, s/s infection. Both verbalize understanding.
1530 D/c home via w/c w/ wife. F/u Dr [[NAME:Haugland]] clinic [[DATE:11/21]]. Post-op call number on file [[PHONE:(253) 555-0148]].
-- [[NAME:L. Havili]], RN
""", summary="""
[[NAME:Sefo Leiataua]] recovered uneventfully in PACU after laparoscopic right inguinal hernia repair, needing one dose of hydromorphone for {{score:pain 6/10}}. He was discharged home with his wife [[NAME:Malia]], follow-up [[DATE:11/21]].
"""),

    dict(style="sicu_progress", note="""
SICU Progress Note - POD 3
[[NAME:Procházková, Zdeňka]]   {{age:66}}F   MRN [[MRN:2210398]]   Bed 14

S: Nausea overnight with one bilious emesis ~200 mL at 0300; NGT replaced at bedside by Dr. [[NAME:Mäkinen]]. Pain controlled on epidural. Son [[NAME:Ondřej]] called at 0700 for update, prefers Czech; phone interpreter [[NAME:Jana]] (ID [[MRN:207746]]) used.
O: Tmax {{vital:38.1}}  {{vital:HR 104}}  {{vital:BP 118/64}} off pressors since 2200  {{vital:RR 20}}  {{vital:SpO2 97%}} 2L
   I/O 2.8 L / 1.6 L; NGT 450 mL; {{eponym:Jackson-Pratt}} #1 (pancreatic) 140 mL serosanguinous, #2 60 mL
   {{score:RASS 0}}, CAM-ICU neg
   Abd soft, appropriately tender, incision c/d/i
   Labs: {{lab:WBC 13.8}} (11.2), {{lab:Hgb 9.4}}, {{lab:K 3.3}}, {{lab:Mg 1.6}}, {{lab:Cr 0.8}}, {{lab:lactate 1.1}}; drain amylase 4,100 (serum 62)
A/P: {{age:66}}F POD 3 pylorus-preserving {{eponym:Whipple}} for pancreatic head adenocarcinoma.
 - Drain amylase >3x serum: biochemical leak vs early grade B POPF. Keep drain #1, repeat amylase POD 5, CT if febrile.
 - Delayed gastric emptying: NGT to LIWS, {{drug:Reglan}} {{dose:5 mg}} IV q6h, hold clears.
 - Replete K and Mg. Start PPN today.
 - Epidural per APS; OOB to chair, ambulate TID.
 - Heparin {{dose:5,000 units}} SC q8h.
Dispo: remains SICU. Discussed on rounds with Dr. [[NAME:Jiří Dvořáček]] (HPB).
[[NAME:N. Prasertsuk]], MD (PGY-4)   x[[PHONE:6-2291]]
""", summary="""
On POD 3 after a {{eponym:Whipple}}, [[NAME:Zdeňka Procházková]] has delayed gastric emptying needing NGT replacement and a drain amylase concerning for pancreatic leak. Drains stay, electrolytes are being replaced and {{drug:Reglan}} was started.
"""),

    dict(style="oncology_clinic", note="""
HEMATOLOGY/ONCOLOGY CLINIC - FOLLOW-UP
[[DATE:January 22, 2025]]

[[NAME:Noa Ben-David]] is a {{age:44}}-year-old woman with stage IIB HER2+ ER- left breast cancer, s/p neoadjuvant TCHP x6 and left mastectomy with pCR, now on adjuvant {{drug:Herceptin}}/{{drug:Perjeta}} (cycle 11 of 17 today). She comes with her husband [[NAME:Itai]].

Since last visit she has grade 1 diarrhea on days 2-4 that settles with loperamide, and mild fatigue. No dyspnea, orthopnea or edema. Back at work half-time. [[NAME:Itai]] asked whether she can fly to see family over Passover; no objection.

{{score:ECOG 0}}. {{vital:BP 116/74}}, {{vital:HR 72}}, {{vital:Wt 63.2 kg}}. Well-healed mastectomy scar, no axillary adenopathy, lungs clear.
Labs today: {{lab:ANC 3.1}}, {{lab:Hgb 12.6}}, {{lab:Plt 214}}, LFTs normal.
Echo [[DATE:1/8/25]]: {{lab:LVEF 58%}} (baseline 62%).

Plan:
1. Proceed with cycle 11 today. Next echo due around [[DATE:April 2]].
2. Loperamide PRN; call if more than 4 stools/day.
3. Germline testing negative. Her sister [[NAME:Yael Mizrahi]] has still been referred to the high-risk clinic given family history.
4. RTC 3 weeks with cycle 12 ([[DATE:2/12]]).

[[NAME:Dilani Wickramasinghe]], MD
cc: [[NAME:Gábor Szőke]], MD (PCP), fax [[PHONE:617-555-0394]]
""", summary="""
[[NAME:Noa Ben-David]], {{age:44}}, with HER2-positive breast cancer is tolerating adjuvant {{drug:Herceptin}}/{{drug:Perjeta}} apart from mild diarrhea, with {{lab:LVEF 58%}} on [[DATE:1/8/25]]. Cycle 11 was given and she returns [[DATE:2/12]].
"""),

    dict(style="infusion_nursing", note="""
Infusion Center Nursing Note   [[DATE:14-Oct-2024]]
Chair 12. Pt [[NAME:Delroy Campbell]], DOB [[DATE:05/30/1961]], ID verified x2 with armband and verbal. Here for {{drug:Keytruda}} {{dose:200 mg}} IV, C5D1 (NSCLC, adenocarcinoma).
Pre-assessment: denies rash, diarrhea, cough worse than baseline. Some aching in hand joints, {{score:2/10}}. {{vital:T 36.8}} {{vital:BP 138/86}} {{vital:P 80}} {{vital:RR 16}} {{vital:SpO2 97%}}.
Labs reviewed: {{lab:TSH 6.9}} (3.2 last cycle), {{lab:free T4 0.9}}, {{lab:ALT 28}}, {{lab:Cr 1.1}}. TSH flagged to [[NAME:Marcia Thompson-Reid]], NP; ok to treat, recheck TFTs next cycle.
PIV 22g L forearm, first attempt, + blood return. Infused over 30 min via 0.2 micron filter 1005-1035. No reaction. PIV removed, catheter intact.
Pt asked that his schedule be sent to daughter [[NAME:Keisha]] at [[EMAIL:keisha.campbell84@gmail.com]]; release on file. Next appt [[DATE:11/4/24]] 0900.
Chemo double check with [[NAME:Rajendra Maharaj]], RN.
[[NAME:Candace Baptiste]], RN, OCN
""", summary="""
[[NAME:Delroy Campbell]] received cycle 5 of {{drug:Keytruda}} {{dose:200 mg}} without reaction after NP [[NAME:Thompson-Reid]] reviewed a rising {{lab:TSH 6.9}}. Next visit [[DATE:11/4/24]].
"""),

    dict(style="cardiology_clinic", note="""
Cardiology Clinic Note
Pt: [[NAME:Karimi, Mohammad Wali]]   MRN [[MRN:61-440-2098]]   Visit: [[DATE:2024-12-03]]
Pashto interpreter: [[NAME:Zarghuna Stanekzai]] (in person, vendor ID [[MRN:PA-3318]])
Accompanied by son [[NAME:Habibullah]].

HPI: {{age:63}}M with ischemic cardiomyopathy, EF 25-30%, LAD stent 2019 in [[ADDRESS:Kabul]], dual-chamber ICD. NYHA II-III. Since {{drug:Entresto}} was started in October he walks 4 blocks to the mosque instead of 2. Lightheaded on standing some mornings. No syncope, no shocks. Two pillows. [[NAME:Habibullah]] fills the pillbox weekly.

Meds: {{drug:Entresto}} {{dose:24/26 mg}} BID, metoprolol succinate {{dose:50 mg}} daily, {{drug:Jardiance}} {{dose:10 mg}}, spironolactone {{dose:12.5 mg}}, furosemide {{dose:20 mg}} daily, aspirin {{dose:81 mg}}, atorvastatin {{dose:80 mg}}.

Exam: {{vital:BP 102/64}} sitting, {{vital:94/60}} standing, {{vital:HR 68}}, {{vital:Wt 71.4 kg}} (72.9 last visit). JVP 7 cm. No S3. {{score:2/6}} holosystolic murmur at apex. Trace ankle edema.
Labs [[DATE:11/26]]: {{lab:Na 136}}, {{lab:K 4.8}}, {{lab:Cr 1.2}} (1.0), {{lab:NT-proBNP 1,840}} (3,200).
Device: remote transmission normal, no VT/VF.

A/P:
- HFrEF, improving. No up-titration of {{drug:Entresto}} given orthostasis; furosemide to {{dose:20 mg}} every other day.
- Repeat echo in 3 months.
- BMP in 1 week at the lab near home in [[ADDRESS:Fremont]].
RTC 6 weeks. Son's cell for scheduling [[PHONE:510-555-0833]].
[[NAME:Annelie du Plessis]], MD, FACC
""", summary="""
[[NAME:Mohammad Wali Karimi]], {{age:63}}, with ischemic HFrEF is improving on {{drug:Entresto}} but orthostatic, so furosemide was cut to every other day. Seen with interpreter [[NAME:Zarghuna Stanekzai]] and his son; BMP in one week, follow-up in 6 weeks.
"""),

    dict(style="echo_report", note="""
TRANSTHORACIC ECHOCARDIOGRAM REPORT
Name: [[NAME:JOVANOVIĆ, MILICA]]     MRN: [[MRN:3390217]]     Acc#: [[MRN:EC2501884]]
DOB: [[DATE:1957-08-19]]   Age: {{age:67}}   Sex: F   Ht 165 cm   Wt 70 kg   BSA 1.78 m2
Study date: [[DATE:01/28/2025]]   Location: Outpatient   Indication: dyspnea on exertion, murmur
Referring: [[NAME:Nemanja Stojanović]], MD     Sonographer: [[NAME:RKJ]]
{{vital:BP 152/70}}   {{vital:HR 64}}   Rhythm: sinus

FINDINGS
LV: Normal size. Concentric LVH (IVSd 1.3 cm). {{lab:LVEF 60-65%}} by {{eponym:Simpson}} biplane. Grade I diastolic dysfunction, E/e' 14.
RV: Normal size and function, TAPSE 2.1 cm.
LA: Mildly dilated, LAVI 38 mL/m2.
Aortic valve: Trileaflet, heavily calcified, reduced excursion. Vmax 4.2 m/s, mean gradient 44 mmHg, AVA 0.8 cm2 (continuity), DVI 0.24.
Mitral: Mild MAC, trace MR.
Tricuspid: Mild TR, RVSP 34 mmHg.
Pericardium: No effusion.
Aorta: Root 3.3 cm, ascending 3.6 cm.

IMPRESSION
1. Severe calcific aortic stenosis; progressed from moderate on [[DATE:3 Feb 2023]].
2. Normal LV systolic function with concentric LVH.
3. Recommend structural heart clinic referral.

Electronically signed by [[NAME:Oren Dahan]], MD on [[DATE:01/28/2025]] 16:07
""", summary="""
Echo for [[NAME:Milica Jovanović]] on [[DATE:01/28/2025]] shows severe calcific aortic stenosis (AVA 0.8 cm2, mean gradient 44 mmHg) with {{lab:LVEF 60-65%}}, worse than on [[DATE:3 Feb 2023]]. Structural heart referral recommended.
"""),

    dict(style="cath_report", note="""
CARDIAC CATHETERIZATION REPORT
Patient: [[NAME:Wanjiru Kamau]]   DOB [[DATE:4/9/1966]]   MRN [[MRN:885012]]   CSN [[MRN:1093374452]]
Date: [[DATE:Sat 08/10/2024]]   Operator: [[NAME:Vytautas Jankauskas]], MD   Fellow: [[NAME:Njeri Mwangi]], MD
Indication: NSTEMI ({{lab:hs-troponin 1,204 ng/L}}), ongoing chest pressure despite nitro drip.

Access: R radial, 6 Fr, US-guided; modified {{eponym:Allen}} test normal ({{eponym:Barbeau}} B). Radial cocktail verapamil {{dose:2.5 mg}}; heparin {{dose:5,000 units}} IA, more to ACT 280.
Hemodynamics: Ao {{vital:134/78}}, LVEDP 22 mmHg.

Coronaries (right dominant):
  LM   normal
  LAD  40% mid
  LCx  95% proximal OM1, culprit, thrombus, {{score:TIMI 2}} flow
  RCA  30% diffuse

Intervention: OM1 - EBU 3.5 guide, workhorse wire, predilated 2.0 mm balloon, 3.0 x 18 mm DES at 14 atm, post-dilated 3.25 NC. 0% residual, {{score:TIMI 3}} flow.
Contrast 110 mL. Fluoro 9.2 min. Air kerma 640 mGy.
Closure: TR band, 12 mL air.
Complications: none.

Plan: {{drug:Brilinta}} {{dose:90 mg}} BID + aspirin {{dose:81 mg}} x 12 months, high-intensity statin, echo, cardiac rehab referral. Husband [[NAME:Otieno]] updated in the waiting room.
""", summary="""
[[NAME:Wanjiru Kamau]] had a radial cath on [[DATE:08/10/2024]] for NSTEMI with a drug-eluting stent to a 95% culprit OM1 lesion, ending with {{score:TIMI 3}} flow. She starts {{drug:Brilinta}} plus aspirin for 12 months; her husband [[NAME:Otieno]] was updated.
"""),

    dict(style="procedure_note", note="""
PROCEDURE NOTE - Central Venous Catheter Placement

Indication: Vasopressor requirement ({{drug:Levophed}} {{dose:0.12 mcg/kg/min}}) and poor peripheral access.
Consent: Obtained by phone from the patient's health care proxy after reviewing bleeding, infection, pneumothorax and arterial puncture; witnessed by bedside RN.
Time-out: Performed; correct patient, site and procedure confirmed.
Procedure: Full barrier precautions, chlorhexidine prep. Patient placed in {{eponym:Trendelenburg}}. Right internal jugular vein identified on ultrasound, compressible and patent. Lidocaine 1% {{dose:5 mL}} local. Vein accessed on first pass under real-time ultrasound; {{eponym:Seldinger}} technique used to place a 7 Fr triple-lumen catheter, secured at 16 cm. All ports aspirated and flushed. Biopatch and sterile dressing applied.
EBL: <5 mL. Complications: none.
Post-procedure CXR: tip at cavoatrial junction, no pneumothorax. Line cleared for use.
""", summary="""
Ultrasound-guided right internal jugular triple-lumen catheter placed by {{eponym:Seldinger}} technique for vasopressor access without complication; CXR confirmed tip position and no pneumothorax.
"""),

    dict(style="anesthesia_preop_phone", note="""
pre-anesthesia testing - telephone screen
spoke with [[NAME:aino heikkila]] and her husband [[NAME:reto]] on speaker, date of birth [[DATE:june twelfth nineteen fifty eight]], scheduled for right breast lumpectomy with sentinel node biopsy with dr [[NAME:amelie duchateau]] on [[DATE:march fourth twenty twenty five]]. she climbs two flights without stopping, greater than 4 mets.
hypothyroidism on levothyroxine {{dose:75 mcg}}, last tsh normal. takes {{drug:fosamax}} weekly and fish oil, told to stop fish oil seven days prior. no personal or family history of malignant hyperthermia or pseudocholinesterase deficiency. had nausea after a colonoscopy, otherwise no anesthesia problems.
no loose teeth, no dentures. npo after midnight, clear liquids until 0530 then nothing. wire localization at 0630 in radiology before surgery.
lives about an hour away in [[ADDRESS:new paltz]], husband driving and staying. callback [[PHONE:845 555 0126]]. needs h&p from pcp dr [[NAME:ouellet]], request faxed to [[PHONE:845-555-0199]].
[[NAME:gintare petrauskaite]] rn
""", summary="""
Telephone pre-anesthesia screen for [[NAME:Aino Heikkilä]] before lumpectomy with sentinel node biopsy on [[DATE:March 4, 2025]]: good functional capacity, treated hypothyroidism, no anesthetic family history. NPO instructions given and the H&P requested from Dr. [[NAME:Ouellet]].
"""),

    dict(style="operative_note", note="""
OPERATION NOTE
Patient: [[NAME:Tane Whaanga]]   NHI: [[MRN:ZKT4821]]   DOB: [[DATE:07/02/1990]]
Date: [[DATE:23/11/2024]]
Surgeon: [[NAME:Lachlan Whitby]] (Orthopaedic Registrar)   Consultant: Mr [[NAME:Callum Rutherford]] (present for key steps)
Anaesthetist: Dr [[NAME:Ngaio Pōhatu]]   Anaesthesia: GA + popliteal sciatic block

Diagnosis: Left ankle {{eponym:Weber}} B bimalleolar fracture, fell from scaffolding at work on [[DATE:20/11]].
Procedure: ORIF left ankle - lateral malleolus one-third tubular plate + lag screw; medial malleolus 2 x 4.0 mm partially threaded cannulated screws.

Thigh tourniquet 300 mmHg, 78 min. Cefazolin {{dose:2 g}} IV at induction. Lateral approach, superficial peroneal nerve identified and protected. Fibula reduced, lag screw, neutralisation plate. Medial approach, periosteum cleared from the fracture, reduced and fixed. Syndesmosis stressed under II ({{eponym:Cotton}} test), stable. Washout, 2-0 Vicryl and 3-0 nylon. Below-knee backslab.

Post-op: NWB left leg 6 weeks, elevate. Enoxaparin {{dose:40 mg}} SC daily for 6 weeks. Wound check at 2 weeks in fracture clinic. ACC45 completed, claim [[MRN:AC24-88213617]].
Whānau: partner [[NAME:Aroha]] updated by phone on [[PHONE:021 458 3390]].
""", summary="""
[[NAME:Tane Whaanga]] had ORIF of a left {{eponym:Weber}} B bimalleolar ankle fracture on [[DATE:23/11/2024]] under GA with a popliteal block and is to remain non-weight-bearing for 6 weeks on enoxaparin. His partner [[NAME:Aroha]] was updated.
"""),

    dict(style="oncology_consult", note="""
Adolescent & Young Adult Oncology - New Patient Consult
Date of visit: [[DATE:Monday, April 14, 2025]]
Referring: Dr. [[NAME:Øyvind Bakke]]

[[NAME:Astrid Holmgren]] ({{age:23}}) comes with her mother [[NAME:Kerstin Holmgren]]. In February she noticed a painless left supraclavicular lump, then drenching night sweats and 6 kg weight loss. CT neck/chest: bulky anterior mediastinal mass 10.5 cm. Excisional biopsy [[DATE:3/28]] (path [[MRN:SP25-04418]]): classical {{eponym:Hodgkin}} lymphoma, nodular sclerosis; {{eponym:Reed-Sternberg}} cells CD30+, CD15+. PET [[DATE:4/9]]: avid left supraclavicular, mediastinal and bilateral hilar nodes, nothing below the diaphragm.

Stage IIB, bulky. {{lab:ESR 58}}, {{lab:Hgb 11.0}}, {{lab:albumin 3.6}}.

Discussed ABVD vs A+AVD, expected toxicities, fertility. Ms. [[NAME:Holmgren]] wants oocyte cryopreservation; REI appointment with Dr. [[NAME:Raquel Toledano]] on [[DATE:4/17]]. She hopes to defend her thesis on [[DATE:May 2nd]] and we think treatment can start before that.

Plan: port (IR), PFTs, echo, HBV/HCV/HIV, pregnancy test; cycle 1 around [[DATE:4/28]].
Pt prefers text [[PHONE:734-555-0161]]; email [[EMAIL:aholmgren23@protonmail.com]].

[[NAME:Miriam Feldstein]], MD
[[NAME:MF]]/[[NAME:kt]]
""", summary="""
[[NAME:Astrid Holmgren]], {{age:23}}, has newly diagnosed stage IIB bulky classical {{eponym:Hodgkin}} lymphoma. Fertility preservation with Dr. [[NAME:Toledano]] on [[DATE:4/17]] and staging work-up are arranged, with cycle 1 planned around [[DATE:4/28]].
"""),

    dict(style="device_clinic", note="""
Device Clinic - PPM interrogation
[[NAME:Moosbrugger, Herta]]   [[AGE:94]] y/o F   MRN [[MRN:5530716]]   [[DATE:02/12/25]]

Indication: {{eponym:Mobitz}} II AV block with syncope; implanted June 2021.
Device: Medtronic Azure XT DR MRI, SN [[MRN:RNB604417S]]. DDD 60/130.
Battery 9.5 yr. RA lead 494 ohm, threshold 0.75 V @ 0.4 ms, P 2.8 mV. RV lead 608 ohm, 0.5 V @ 0.4 ms, R 11.2 mV.
AP 22%, VP 97%.
Events: 3 AHRE, longest 14 sec on [[DATE:1/19]]; one 5-beat NSVT.
No programming changes.

Here with her niece [[NAME:Johanna Gruber]], who manages her medications. Denies syncope or palpitations. Still lives alone on [[ADDRESS:Kessler Lane]], walks with a cane. Home monitor transmitting.
{{score:CHA2DS2-VASc 4}}; AHRE burden very low. Discussed that anticoagulation would be considered if episodes exceed 24 h or clinical AF appears; pt and niece agree.
Plan: remote checks q3 months, in clinic 1 year.
[[NAME:Florian Pichler]], CCDS / reviewed by Dr. [[NAME:du Plessis]]
""", summary="""
Routine pacemaker check for [[NAME:Herta Moosbrugger]], [[AGE:94]], paced for {{eponym:Mobitz}} II block, showed normal leads and battery with a few brief atrial high-rate episodes. No changes; anticoagulation deferred unless AF burden rises.
"""),

    dict(style="sicu_progress", note="""
SICU Progress Note - Trauma, HD 2
Pt: [[NAME:TRAUMA, QUEBEC]] (identified [[DATE:10/5]] as [[NAME:Marvin Alexander Hernández]]); MRN [[MRN:9902144]] being merged to [[MRN:4471928]]. SSN [[SSN:219-44-7083]] per wallet card given to registration.
{{age:29}}M motorcyclist vs car.
Injuries: L femoral shaft fx s/p IMN, grade III splenic laceration (non-op), R ribs 4-7, L pulmonary contusion.

24h: Hgb drift 9.1 -> 8.2, stable since 0200. Off {{drug:Levophed}} at 1800. Tmax 38.0.
Neuro: {{score:GCS 9T}} (E3 VT M6) on {{drug:Precedex}} {{dose:0.6 mcg/kg/hr}}, {{score:RASS -1}}. Pupils 3 mm brisk.
Resp: PRVC 450 x 16, PEEP 8, FiO2 40%, P/F 210.
CV: {{vital:HR 96}}, {{vital:MAP 74}}.
Labs: {{lab:Hgb 8.2}}, {{lab:Plt 142}}, {{lab:lactate 1.4}}, {{lab:INR 1.2}}.

Plan: SBT in AM if FiO2 <=40%. Hgb q6h, bed rest for spleen through tomorrow. Hold chemical DVT ppx until 48 h from injury, SCDs. Tertiary survey today.
Social: brother [[NAME:Wilber]] at bedside, Spanish-speaking, updated with interpreter [[NAME:Rosa Delmy Portillo]] (#[[MRN:40781]]). Lives in [[ADDRESS:Hyattsville]], works construction. Brother's cell [[PHONE:240-555-0187]].
[[NAME:Marcus Whitfield]], MD, Trauma/SICU fellow
Attending: seen and examined with Dr. [[NAME:Whitfield]], agree. [[NAME:B. Kettering]]
""", summary="""
Trauma patient first registered as [[NAME:TRAUMA, QUEBEC]] and since identified as [[NAME:Marvin Alexander Hernández]], {{age:29}}, remains intubated on hospital day 2 with femur, rib, splenic and lung injuries. Plan is an SBT, serial hemoglobins and non-operative splenic care; his brother [[NAME:Wilber]] was updated.
"""),

    dict(style="stress_test_report", note="""
EXERCISE TREADMILL TEST

Protocol: {{eponym:Bruce}}
Indication: Exertional chest tightness, intermediate pretest probability.
Resting ECG: Sinus rhythm 74 bpm, normal axis, no ST changes.
Resting {{vital:BP 128/80}}.

Exercise time 9:15, 10.1 METs. Peak HR 158 bpm (93% of age-predicted maximum). Peak {{vital:BP 176/84}}, normal response.
Stopped for fatigue. No chest pain during exercise or recovery.
ECG: 1 mm upsloping ST depression in II, III, aVF at peak, resolved by 1 minute of recovery. Rare PVCs, no sustained arrhythmia.
{{score:Duke treadmill score +9}}.

IMPRESSION: Negative for ischemia at an adequate workload. Good functional capacity. Low risk.
""", summary="""
Negative {{eponym:Bruce}} protocol treadmill test at 10.1 METs with a normal blood pressure response and a low-risk {{score:Duke treadmill score +9}}.
"""),

    dict(style="transfusion_record", note="""
Transfusion Administration Record - Infusion Suite
Recipient: [[NAME:ŠŤASTNÝ, RADEK]]   MRN [[MRN:1180442]]   DOB [[DATE:11/03/1972]]
Product: PRBC, irradiated, leukoreduced, O NEG   Unit # [[MRN:W0362 24 718456]]
T&S collected [[DATE:03MAR2025]], valid through [[DATE:06MAR2025]].
Dx: MDS, transfusion-dependent. Pre {{lab:Hgb 6.9}}.
Two-person bedside verification 0942: [[NAME:M. Horvat]], RN and [[NAME:I. Babić]], RN.
Premeds: {{drug:Tylenol}} {{dose:650 mg}} PO, {{drug:Benadryl}} {{dose:25 mg}} IV (hx febrile non-hemolytic reaction).
0948 start. 15 min: {{vital:T 36.9}} {{vital:BP 124/70}} {{vital:HR 82}}. No chills, rash or dyspnea.
1230 complete, 310 mL. Post: {{vital:T 37.0}} {{vital:BP 130/72}}. No reaction.
Pt asking about {{drug:Jadenu}} refill; message to Dr. [[NAME:Mihai Florescu]]'s nurse [[NAME:Blerina]].
Scanned by [[NAME:mhorvat2]], co-signed [[NAME:ibabic]].
""", summary="""
[[NAME:Radek Šťastný]], transfusion-dependent from MDS with {{lab:Hgb 6.9}}, received one irradiated unit of PRBC after premedication without reaction. A {{drug:Jadenu}} refill request went to Dr. [[NAME:Florescu]]'s office.
"""),

    dict(style="oncology_phone_triage", note="""
Telephone Encounter - Oncology Triage RN
Caller: [[NAME:Shirin Chowdhury]] (daughter) for pt [[NAME:Tahmina Akter]], DOB [[DATE:1954-10-02]]
Call back: [[PHONE:(718) 555-0139]]   alt [[PHONE:347-555-0102]]

Pt is day 9 after C2 FOLFOX for metastatic colon ca. {{vital:Temp 38.4}} oral at 1900 tonight with chills, no cough, no diarrhea, port site not red per daughter. Last labs [[DATE:Mon 2/3]]: {{lab:ANC 0.6}}.
Pt speaks Bangla; daughter interprets at pt's request, professional interpreter offered and declined.
Lives with daughter on [[ADDRESS:Hillside Avenue]], [[ADDRESS:Jamaica, NY 11432]].
Per neutropenic fever protocol advised ED now, do not wait for morning. Daughter will drive. ED charge nurse notified. On-call fellow Dr. [[NAME:Sabbir Hossain]] paged at [[PHONE:917-555-0110]] and agrees; cefepime to be given within 60 min of arrival.
[[NAME:K. Subramaniam]], RN, BSN
""", summary="""
Daughter [[NAME:Shirin Chowdhury]] reported fever of {{vital:38.4}} in [[NAME:Tahmina Akter]], day 9 after FOLFOX with a recent {{lab:ANC 0.6}}. She was sent to the ED per the neutropenic fever protocol and Dr. [[NAME:Hossain]] was paged.
"""),

    dict(style="cardiology_letter", note="""
[[DATE:6 March 2025]]

Dr. [[NAME:Kevin O'Malley]]
Family Medicine Associates
[[ADDRESS:2750 SW 22nd St, Suite 210]]
[[ADDRESS:Miami, FL 33145]]

Re: [[NAME:Osvaldo Valdés Cárdenas]], DOB [[DATE:7 July 1952]]

Dear [[NAME:Kevin]],

Thank you for asking me to see Mr. [[NAME:Valdés]], whom I saw today with his wife [[NAME:Marisol]], for atrial fibrillation first flagged by his watch and confirmed on your ECG. He is {{age:72}} with hypertension, type 2 diabetes and a TIA in 2019, for a {{score:CHA2DS2-VASc of 5}} and {{score:HAS-BLED 2}}. Rate today 104, {{vital:BP 138/84}}.

I started {{drug:Eliquis}} {{dose:5 mg}} twice daily, stopped his aspirin, and added {{drug:Cardizem}} CD {{dose:120 mg}} daily. Echo and TSH are ordered. He plans to visit his brother in [[ADDRESS:Matanzas]] in early May; I see no reason he can't travel once rate is controlled.

I will see him back in 8 weeks.

Sincerely,
[[NAME:Andrés Felipe Cardona]], MD
cc: [[NAME:Osvaldo Valdés Cárdenas]]
""", summary="""
Letter to Dr. [[NAME:O'Malley]] about [[NAME:Osvaldo Valdés Cárdenas]], {{age:72}}, with new atrial fibrillation ({{score:CHA2DS2-VASc of 5}}): {{drug:Eliquis}} and {{drug:Cardizem}} were started and aspirin stopped, with follow-up in 8 weeks.
"""),

    dict(style="endoscopy_report", note="""
ENDOSCOPY REPORT
Patient Name: [[NAME:Siriporn Chaiyaporn]]   Date of Birth: [[DATE:09/21/1970]]
Procedure Date: [[DATE:11/07/2024]]   MRN: [[MRN:300481177]]   Acct: [[MRN:A2048815]]
Endoscopist: [[NAME:Somchai Wongsakul]], MD
Sedation: MAC, propofol by anesthesia ([[NAME:Budi Santoso]], CRNA)
Indication: Chronic GERD, solid-food dysphagia.

Findings:
- {{eponym:Los Angeles}} grade B reflux esophagitis.
- Salmon-colored mucosa 3 cm above the GEJ ({{score:Prague C1M3}}), suspicious for {{eponym:Barrett}} esophagus; 4-quadrant biopsies every 1 cm per {{eponym:Seattle}} protocol.
- Non-obstructing {{eponym:Schatzki}} ring, dilated with a 54 Fr {{eponym:Savary}} dilator, mild heme.
- 3 cm hiatal hernia.
- Antral erythema, biopsied for H. pylori.
- Duodenum normal.

Recommendations: {{drug:Protonix}} {{dose:40 mg}} BID x 8 weeks, then repeat EGD. Results via portal, pt email on file [[EMAIL:siriporn.c@yahoo.com]]. Husband [[NAME:Anan]] driving home.
""", summary="""
EGD on [[DATE:11/07/2024]] for [[NAME:Siriporn Chaiyaporn]] showed {{eponym:Los Angeles}} grade B esophagitis, possible {{eponym:Barrett}} esophagus (biopsied) and a {{eponym:Schatzki}} ring that was dilated. She starts {{drug:Protonix}} twice daily with a repeat EGD in 8 weeks.
"""),

    dict(style="sicu_nursing_shift", note="""
SICU RN shift summary 1900-0700
Neuro: {{score:RASS -1}} on {{drug:Precedex}} {{dose:0.4 mcg/kg/hr}}, CAM-ICU negative, follows commands, MAE, {{score:4/5}} strength x4.
CV: SR 80s-90s, {{vital:MAP 68-75}}. {{drug:Levophed}} weaned {{dose:0.08}} -> {{dose:0.02 mcg/kg/min}}. R radial A-line, good waveform. CVP 8-10.
Resp: HFNC 40 L/40%, {{vital:SpO2 94-96%}}. IS 750 mL. Thick tan sputum, culture sent.
GI: NPO except meds. NGT to LIWS, 300 mL bilious. Abd soft, distended, hypoactive BS. {{drug:Pepcid}} IV.
GU: {{eponym:Foley}} draining clear yellow, UOP 40-60 mL/hr.
Skin: {{score:Braden 13}}. Turned q2h, sacral foam dressing intact, heels floated.
Labs 0400: {{lab:K 3.4}}, replaced with KCl {{dose:40 mEq}} IV. {{lab:Mg 1.9}}.
Pain: {{score:CPOT 1}}; fentanyl {{dose:25 mcg}} IV x2 for turns.
Family called at 2200, updated.
Plan: wean pressor off, PT/OT consult, advance diet per team.
""", summary="""
Overnight SICU nursing summary: pressor weaned to a low dose, stable on high-flow nasal cannula, potassium replaced, and skin care ongoing with {{score:Braden 13}}.
"""),

    dict(style="heart_team_conference", note="""
Structural Heart Team Conference - [[DATE:Wed 03/19/2025]]
Patient: [[NAME:Georges Saliba]]   [[AGE:91]]M   MRN [[MRN:0070215593]]

Attendees:
  Interventional cardiology   [[NAME:V. Jankauskas]]
  Cardiac surgery             [[NAME:Ravi Ramdial]]
  Imaging                     [[NAME:O. Dahan]]
  Anesthesia                  [[NAME:Jordi Puigdollers]]
  Geriatrics                  [[NAME:Rivka Gottlieb]]
  Nurse coordinator           [[NAME:Hope Castellano]], RN

Summary: [[AGE:Ninety-one]]-year-old man with severe symptomatic AS (AVA 0.6 cm2, MG 51 mmHg), NYHA III, {{score:STS PROM 7.8%}}, {{lab:Cr 1.5}}, {{score:MoCA 24/30}}, gait speed 0.62 m/s, {{score:CFS 5}}. CTA: annulus perimeter 78 mm, iliofemoral minimum 6.4 mm, LM height 11 mm.
Discussion: Surgical risk prohibitive per Dr. [[NAME:Ramdial]]. Per Dr. [[NAME:Gottlieb]]'s interview with the patient and his daughter [[NAME:Maya Abi Nader]], his goals are to stay independent at home in [[ADDRESS:Bay Ridge]] and to attend a granddaughter's wedding in [[ADDRESS:Beirut]] this fall; both hope he can travel.
Consensus: transfemoral TAVR under MAC, tentatively [[DATE:April 8]]. [[NAME:Hope]] to arrange dental clearance and pre-procedure visit.
""", summary="""
The heart team recommended transfemoral TAVR under MAC for [[NAME:Georges Saliba]], [[AGE:91]], with severe symptomatic aortic stenosis and prohibitive surgical risk, tentatively on [[DATE:April 8]]. Coordinator [[NAME:Hope Castellano]] will arrange the pre-procedure steps.
"""),
]
