NOTES = [
    dict(style="colorectal_progress_note", note="""
COLORECTAL SURGERY PROGRESS NOTE
Pt: [[NAME:MELNYK, BOHDAN I]]     MRN [[MRN:40718823]]     Rm 6W-14
Date: [[DATE:10/07/2025]]     POD 3 s/p open sigmoidectomy w/ end colostomy ({{eponym:Hartmann}} procedure) for perforated diverticulitis ({{score:Hinchey III}})

S: Pain controlled, {{score:pain 4/10}} w/ coughing. Passing flatus into pouch overnight, no stool yet. Tolerated clears, asking for "real food". Ambulated 3x in hall w/ PT.
O: {{vital:T 37.6}}  {{vital:HR 92}}  {{vital:BP 128/76}}  {{vital:RR 18}}  {{vital:SpO2 96% RA}}
  Abd soft, appropriately tender, midline incision c/d/i w/ staples, no erythema.
  Stoma LLQ beefy red, moist, budded ~1.5 cm, small amt serosang output + gas.
  {{eponym:JP}} pelvis 85 mL/24h serous.
  {{eponym:Foley}} out 0600, voided 350 mL at 1015.
Labs: {{lab:WBC 11.8}} (from 16.2), {{lab:Hgb 10.4}}, {{lab:K 3.4}}, {{lab:Cr 0.9}}
A/P: {{age:64}} y/o M POD 3, recovering as expected.
  - adv to full liquids -> low residue if tolerating
  - KCl {{dose:40 mEq}} PO x1
  - cont {{drug:Zosyn}} {{dose:3.375 g}} q8h through [[DATE:10/09]], then reassess
  - WOC RN to see for pouching teaching; wife [[NAME:Iryna]] wants to be there, works days, prefers after 4pm
  - {{drug:Lovenox}} {{dose:40 mg}} SQ daily, IS, OOB TID
d/w Dr. [[NAME:Camilleri]]

[[NAME:Kato Mukasa]], MD PGY-3   pgr [[PHONE:4471]]
""", summary="""
[[NAME:Bohdan Melnyk]] is POD 3 after a {{eponym:Hartmann}} procedure for perforated diverticulitis, with a working colostomy and a falling white count ({{lab:WBC 11.8}}). Diet is being advanced and ostomy teaching is planned with his wife [[NAME:Iryna]].
"""),

    dict(style="wound_ostomy_nursing", note="""
WOC NURSING - Initial ostomy consult
[[DATE:Wed 10/8]] 1630
Pt [[NAME:Bohdan Melnyk]] seen at req of CRS team for new end colostomy teaching. Wife [[NAME:Iryna Melnyk]] present + daughter [[NAME:Oksana]] on FaceTime (helping w/ some terms in Ukrainian).
Stoma: LLQ, round, 30 mm, red/moist, protrudes ~1 cm. Mucocutaneous jxn intact. Peristomal skin intact, no MASD.
Output: pasty brown stool, small amt, + flatus.
Pouching: removed 1 pc drainable pouch (leaking at 5 o'clock). Skin cleansed w/ water only, barrier ring applied, 2 pc flat system 57 mm flange cut to 32 mm.
Teaching: pt emptied pouch w/ min assist x1; wife cut barrier indep. Reviewed s/s stoma necrosis, retraction, dehydration, when to call. Gave colostomy booklet - no Ukrainian version in stock, English given, daughter will translate.
Supplies: sample kit x3 to bedside. Order faxed to supply co, fax [[PHONE:1-866-402-7713]]. HH referral placed, pt lives in [[ADDRESS:Parma]].
Plan: f/u Fri for 2nd change; goal indep before d/c.
-- [[NAME:H. Grech]], BSN RN CWOCN   ext [[PHONE:6-2290]]
""", summary="""
The wound-ostomy nurse taught [[NAME:Bohdan Melnyk]] and his wife [[NAME:Iryna Melnyk]] to care for his new 30 mm colostomy and refitted a leaking pouch. Supplies and home health were ordered and a second change is planned before discharge.
"""),

    dict(style="wound_clinic_note", note="""
Outpatient Wound Care Clinic - Follow-up
Patient: [[NAME:Hauwa Bello]]        DOB: [[DATE:02/19/1964]]        MRN: [[MRN:2209-5516]]
Referring: Dr. [[NAME:Siobhan McAllister]] (General Surgery)
Visit: [[DATE:14 October 2025]]

Ms. [[NAME:Bello]] returns for wk 3 of NPWT to an open midline laparotomy wound (fascia intact) after superficial dehiscence on POD 9 following open ventral hernia repair. Home health RN ([[NAME:Juliet Nalubega]]) changes the dressing M/W/F. She reports less drainage and is sleeping better. Denies fever or chills. Her son [[NAME:Abubakar]] drives her in from [[ADDRESS:Hamtramck]].
Hx: T2DM on {{drug:Lantus}} {{dose:22 units}} qHS + {{drug:metformin}} {{dose:1000 mg}} BID, {{lab:A1c 8.1%}} last month; {{vital:BMI 38}}.
Wound: 14.2 x 4.1 x 2.3 cm (prior 16.0 x 4.8 x 3.1). 90% beefy red granulation, 10% yellow slough at superior pole. Undermining 1.0 cm at 12 o'clock, previously 2.5 cm. Moderate serosanguinous exudate. Periwound macerated at inferior edge; no cellulitis.
Procedure: selective sharp debridement of slough with curette, ~2 sq cm, minimal bleeding, hemostasis w/ pressure. Tolerated well.
NPWT reapplied: black foam x1, continuous -125 mmHg, seal confirmed. Skin protectant to periwound.
Plan:
1. Continue NPWT, changes 3x/wk.
2. Protein supplement BID; {{lab:prealbumin 14}} today.
3. Tighter glucose control - message to PCP Dr. [[NAME:Chinen]] re: basal titration.
4. RTC 2 wks. If depth < 1 cm, transition to alginate + foam.
Electronically signed: [[NAME:A. Zammit]], DNP, FNP-C, CWS
""", summary="""
[[NAME:Hauwa Bello]]'s dehisced laparotomy wound is shrinking on negative-pressure therapy and was debrided of a small area of slough. Better glucose control was requested from her PCP and she returns in two weeks.
"""),

    dict(style="operative_note", note="""
OPERATIVE NOTE - DESCRIPTION OF PROCEDURE
The patient was brought to the operating room and placed supine. After induction of general endotracheal anesthesia, a {{eponym:Foley}} catheter and orogastric tube were placed. Arms were tucked, and the abdomen was prepped with ChloraPrep and draped in the usual sterile fashion. Time-out was performed with all team members in agreement.
A 12 mm {{eponym:Hasson}} port was placed at the umbilicus using open technique and pneumoperitoneum established to 15 mmHg. Three 5 mm ports were placed under direct vision. The patient was positioned in {{eponym:Trendelenburg}}, right side up.
Findings: 4 cm mass in the proximal ascending colon, previously tattooed at colonoscopy. No peritoneal or hepatic disease.
The ileocolic pedicle was identified, isolated and divided at its origin with a vascular stapler load. Medial-to-lateral dissection was carried out, preserving the duodenum. The white line of {{eponym:Toldt}} was incised and the hepatic flexure fully mobilized.
ICG {{dose:3 mL}} IV was given and perfusion of both bowel ends confirmed under near-infrared imaging. The specimen was extracted through a 5 cm periumbilical extension with a wound protector. A stapled side-to-side isoperistaltic ileocolic anastomosis was created; the common enterotomy was closed in two layers, the outer with interrupted 3-0 silk {{eponym:Lembert}} sutures.
Fascia closed with looped #1 PDS; skin with 4-0 Monocryl subcuticular and skin glue.
EBL 50 mL. UOP 300 mL. Crystalloid 1800 mL. No drains. Sponge, needle and instrument counts correct x2.
The patient tolerated the procedure well, was extubated in the OR and taken to PACU in stable condition. ERAS pathway orders entered.
""", summary="""
Laparoscopic right hemicolectomy for a proximal ascending colon mass, with ICG perfusion check and a stapled ileocolic anastomosis. No complications, minimal blood loss, and the patient went to PACU extubated.
"""),

    dict(style="surgery_discharge_summary", note="""
DISCHARGE SUMMARY - ACUTE CARE SURGERY
Patient: [[NAME:Marija Farrugia]]        Age: [[AGE:92]]        Sex: F
MRN: [[MRN:00561273]]        FIN: [[MRN:7730148821]]
Admit: [[DATE:2025-09-28]]        Discharge: [[DATE:2025-10-06]]
Attending: [[NAME:Paul Debono]], MD
Dx: Sigmoid volvulus, failed endoscopic detorsion; s/p open sigmoid colectomy with end colostomy ([[DATE:2025-09-29]]).

Hospital course: [[AGE:92]]-year-old woman from St. Dominic's Residence brought in by EMS with distension and obstipation x2 days. CT with whirl sign. Flex sig detorsion [[DATE:9/28]] with early recurrence, taken to OR the next day. Post-op delirium nights 2-4 ({{score:CAM-ICU positive}}), managed with reorientation, melatonin and low-dose {{drug:Haldol}} {{dose:0.25 mg}} x2. Ileus resolved by POD 5. Colostomy functioning; tolerating soft diet.
Goals of care discussed with daughter/HCP [[NAME:Carmen Farrugia-Lopez]] on [[DATE:10/01]]: DNR/DNI, continue current treatment, no re-operation.
Discharge meds: {{drug:acetaminophen}} {{dose:650 mg}} q6h prn; {{drug:Eliquis}} resumed at {{dose:2.5 mg}} BID (age > {{age:80}}, wt 51 kg); {{drug:Senna}} stopped.
Functional: rolling walker, 1 assist. {{score:Braden 15}}.
Follow-up: Colorectal clinic 2 wks with Dr. [[NAME:Debono]]. WOC nurse to visit at facility.
Contacts: [[NAME:Carmen]] (daughter) cell [[PHONE:414-555-0187]]; facility nurses' station [[PHONE:414-555-0120]].
""", summary="""
[[NAME:Marija Farrugia]], [[AGE:92]], had a sigmoid colectomy with end colostomy on [[DATE:2025-09-29]] for recurrent sigmoid volvulus and recovered after post-op delirium and ileus. She returned to her facility on [[DATE:2025-10-06]] as DNR/DNI per her daughter [[NAME:Carmen Farrugia-Lopez]].
"""),

    dict(style="patient_portal_message", note="""
Patient message  [[DATE:10/12/2025]] 21:47
From: [[NAME:Elnur Mammadov]] <[[EMAIL:elnur.mammadov77@gmail.com]]>
To: Colorectal Surgery Nurse Pool
Subject: bag filling very fast

Hello. Since yesterday I empty my ileostomy bag maybe 10 or 11 times, very watery like water. I feel dizzy when I stand up and my mouth is dry. I drink lot of water and Gatorade. Is this normal? My wife [[NAME:Gunel]] says go to ER but I dont want to wait 8 hours. I still take {{drug:Imodium}} 2 tabs before meals like Dr. [[NAME:Pace]] said.
[[NAME:Elnur]]

Reply [[DATE:10/13/2025]] 07:52 - [[NAME:Bronwyn O'Hara]], RN
Mr. [[NAME:Mammadov]], thank you for writing. Ten or more emptyings of watery output plus dizziness can mean dehydration, which can hurt your kidneys. Please call us this morning at [[PHONE:(216) 555-0134]] option 2 so we can see you today for labs and possibly IV fluids. Until then sip an oral rehydration solution (not plain water or Gatorade alone) and eat starchy foods like rice, bananas, pretzels or peanut butter. If you faint, cannot keep fluids down, or stop urinating, go to the ED.

Tel note 08:15 [[NAME:BOH]]: spoke w/ pt, coming in 1030. BMP, Mg. Will d/w [[NAME:Pace]] re: loperamide {{dose:4 mg}} QID + add {{drug:Lomotil}}.
""", summary="""
[[NAME:Elnur Mammadov]] wrote about high watery ileostomy output and dizziness despite {{drug:Imodium}}. Nurse [[NAME:Bronwyn O'Hara]] advised oral rehydration and arranged a same-day visit for labs and possible IV fluids.
"""),

    dict(style="csicu_admission_handoff", note="""
CSICU ADMISSION / POST-OP HANDOFF     [[DATE:11/03/25]]  1420
Pt: [[NAME:Tsai Wen-hsiung]]   {{age:72}}M   MRN [[MRN:6693014]]
Surgeon: Dr. [[NAME:R. Zammit]]   Anesthesia: Dr. [[NAME:Nakandakari]]   Perfusion: [[NAME:Dev Seetaram]], CCP
Procedure: CABG x3 (LIMA-LAD, SVG-OM1, SVG-PDA), on pump. CPB 94 min, XC 71 min. EVH L leg.
Pre-op: EF 40%, {{lab:Cr 1.3}}, {{lab:A1c 7.9%}}. {{score:STS PROM 2.4%}}.
Intra-op: difficult wean, epi + milrinone added. TEE post-bypass EF ~35%, no new RWMA.
Arrival:
  - intubated, {{drug:propofol}} {{dose:30 mcg/kg/min}}
  - drips: {{drug:epinephrine}} {{dose:0.03 mcg/kg/min}}, {{drug:milrinone}} {{dose:0.25 mcg/kg/min}}, {{drug:Levophed}} {{dose:0.05 mcg/kg/min}}, insulin per protocol
  - {{eponym:Swan-Ganz}}: {{vital:PA 38/20}}, {{vital:CVP 12}}, {{vital:CI 2.1}}, {{vital:SvO2 62%}}
  - A-line {{vital:BP 104/58}} MAP 72; {{vital:HR 90}} AV paced (2 atrial + 2 ventricular epicardial wires, DDD 90)
  - CTs: 2 mediastinal + L pleural {{eponym:Blake}}, 120 mL first hr
  - labs: {{lab:Hgb 8.9}}, {{lab:K 4.6}}, {{lab:iCa 1.02}}, {{lab:lactate 3.1}}, {{lab:ACT 128}}, {{lab:glucose 214}}
Plan: extubate in 4-6 h if CT output < 100 mL/h and hemodynamics stable; replete Ca; lactate q2h; target CI > 2.2; cefazolin x48h; ASA in am.
Family: daughter [[NAME:Tsai Yi-chen]] updated in waiting room by Dr. [[NAME:Zammit]]; cell [[PHONE:408-555-0163]]. Pt prefers Taiwanese - interpreter needed once awake.
[[NAME:Summer Holt]], ACNP-BC
""", summary="""
[[NAME:Tsai Wen-hsiung]], {{age:72}}, arrived in the CSICU after three-vessel CABG on epinephrine, milrinone and {{drug:Levophed}} with a cardiac index of 2.1 and {{lab:lactate 3.1}}. Extubation is planned within hours if bleeding and hemodynamics allow, and his daughter [[NAME:Tsai Yi-chen]] has been updated.
"""),

    dict(style="csicu_nursing_shift", note="""
CSICU RN note 1900-0700   [[DATE:11/4]]-[[DATE:11/5]]
Pt [[NAME:Magomadova, Khava]] POD 1 mech AVR (23 mm On-X) + TV repair.
Neuro: A&Ox4, follows commands, MAE. {{score:RASS 0}}, {{score:CPOT 1}}. {{drug:oxycodone}} {{dose:5 mg}} x2 for incisional pain {{score:6/10}} -> {{score:3/10}}.
CV: NSR 80s-90s. AF w/ RVR 2215, 130s x ~10 min, self-converted; Dr. [[NAME:Tamashiro]] aware. {{lab:Mg 1.7}} -> {{dose:2 g}} IV given. {{vital:SBP 100-118}}. Wires capped, tested, thresholds ok. {{drug:Heparin}} started 0200 per mech valve protocol after CT output < 50 mL/h x4h; anti-Xa due 0800.
Resp: extubated yest 1630. 2L NC, {{vital:SpO2 95%}}. IS 750 mL. Coughing w/ pillow splint.
GI/GU: clears tolerated. {{eponym:Foley}} to gravity, UOP 40-70 mL/h.
CT: mediastinal 180 mL/shift serosang, no air leak.
Skin: sternal dsg D/I. {{score:Braden 16}}.
Family: husband [[NAME:Aslan]] at bedside until 2300, called 0545 per his request w/ update ([[PHONE:917-555-0148]]). Asked for halal meals - diet order updated.
Plan: CXR am, poss CT removal, OOB to chair, stepdown if stable.
[[NAME:Daniela Curpen]] RN
""", summary="""
Overnight, [[NAME:Khava Magomadova]] (POD 1 mechanical AVR and tricuspid repair) had a brief self-limited run of AF treated with magnesium and was started on heparin. Her husband [[NAME:Aslan]] was updated, and chest tube removal and step-down transfer are planned.
"""),

    dict(style="ct_surgery_clinic_letter", note="""
Cardiothoracic Surgery Clinic
[[DATE:December 2, 2025]]

Re: [[NAME:Ľubomír Baláž]]     DOB [[DATE:07.05.1956]]     MRN [[MRN:3081142]]

Dear Dr. [[NAME:Shimabukuro]],

I saw Mr. [[NAME:Baláž]] today, five weeks after robotic-assisted mitral valve repair (P2 triangular resection, 32 mm annuloplasty band) performed on [[DATE:October 28th]] for severe degenerative MR with a flail P2 segment. He is doing remarkably well. He walks two miles a day around [[ADDRESS:Bloomington]] with his wife and is back to woodworking with light tools only. Mild soreness at the right port sites, relieved by {{drug:Tylenol}}. No palpitations, orthopnea or edema.

Exam: {{vital:BP 118/70}}, {{vital:HR 64}} regular, {{vital:SpO2 98%}}. Incisions healed. Lungs clear. Soft {{score:1/6}} apical systolic murmur. No edema.
TTE today: trivial residual MR, mean gradient 3 mmHg, LVEF 60%. {{lab:INR 2.4}}.

Plan:
- {{drug:Warfarin}} to complete 3 months after repair (through late January), goal INR 2-3, then {{drug:aspirin}} {{dose:81 mg}} alone. The anticoagulation clinic continues to manage dosing.
- {{drug:Metoprolol}} succinate {{dose:25 mg}} daily; I will leave ongoing management to you.
- May drive now; no lifting over 25 lb until 8 weeks.
- Phase II cardiac rehab referral sent.
He is discharged from our clinic, and we would be glad to see him again should the need arise.

Sincerely,
[[NAME:Hunter Vella]], MD
Cardiothoracic Surgery

cc: [[NAME:Baláž, Ľubomír]] (portal); [[NAME:Mary-Kate Dunleavy]], NP
""", summary="""
Five weeks after robotic mitral valve repair on [[DATE:October 28th]], [[NAME:Ľubomír Baláž]] is doing well with only trivial residual MR. Dr. [[NAME:Hunter Vella]] plans three months of {{drug:warfarin}} followed by {{drug:aspirin}}, has cleared him to drive, and discharged him to his cardiologist Dr. [[NAME:Shimabukuro]].
"""),

    dict(style="thoracic_surgery_consult", note="""
THORACIC SURGERY - NEW PATIENT CONSULT
Date of service: [[DATE:Tuesday, Sept 16, 2025]]
Patient: [[NAME:Sokha Chea]] (prefers "[[NAME:Sam]]")     {{age:71}} M     MRN [[MRN:15530872]]
Referred by: Dr. [[NAME:Katherine Brooks]], Pulmonology
Interpreter: Khmer, in person, [[NAME:Vannak Sok]] (ID #[[MRN:40217]]); son [[NAME:Dara]] also present

HPI: Incidental 2.3 cm spiculated RUL nodule on low-dose screening CT in July; growth from 1.6 cm on prior scan. PET SUVmax 6.8 in nodule, no nodal or distant uptake. EBUS-TBNA stations 4R, 7, 10R negative. Navigational bx: adenocarcinoma, acinar predominant. Clinical stage cT1cN0M0 (IA3).
He feels well, still works part-time at the family's donut shop in [[ADDRESS:Long Beach]]. Climbs 2 flights without stopping. Former smoker, 45 pack-years, quit 2019.
PMH: HTN, HLD, BPH. Meds: {{drug:amlodipine}} {{dose:10 mg}}, {{drug:atorvastatin}} {{dose:40 mg}}, {{drug:tamsulosin}} {{dose:0.4 mg}}.
PFTs: {{lab:FEV1 72% predicted}}, {{lab:DLCO 64% predicted}}. Predicted post-op FEV1 ~58%, DLCO ~52%.
Exam: {{vital:BP 142/84}}, {{vital:HR 76}}, {{vital:SpO2 97% RA}}. Thin, no clubbing, no adenopathy, lungs clear. {{score:ECOG 1}}.
Assessment/Plan:
1. Stage IA3 adenocarcinoma RUL - recommend robotic RUL lobectomy with mediastinal lymph node dissection. Discussed segmentectomy as alternative; given size and location lobectomy preferred. Risks reviewed through interpreter, including air leak, AF, pneumonia, 1-2% mortality.
2. Borderline DLCO - stair climb test before surgery.
3. Tentative OR [[DATE:10/09]]; pre-op visit 1 week prior.
Patient and son agree with plan.
[[NAME:T. Dimitrova]], MD, Thoracic Surgery
""", summary="""
[[NAME:Sokha Chea]], {{age:71}}, has a node-negative stage IA3 right upper lobe adenocarcinoma and was offered robotic lobectomy after discussion through Khmer interpreter [[NAME:Vannak Sok]]. A stair climb test is planned for his borderline DLCO, with surgery tentatively on [[DATE:10/09]].
"""),

    dict(style="csicu_progress_note", note="""
CSICU Progress Note - POD 1
[[NAME:HUSEYNOV, RASHAD]]     {{age:58}} M     MRN [[MRN:72201946]]     [[DATE:Sat Nov 15]]
s/p emergent ascending aorta + hemiarch replacement for acute type A dissection ({{eponym:DeBakey}} I), [[DATE:11/14]]. Attending Dr. [[NAME:Jiří Novák]].

Events: extubated 0630. Brief agitation overnight, {{drug:Precedex}} {{dose:0.4 mcg/kg/min}} now off.
Neuro: awake, oriented, {{score:CAM-ICU negative}}. Moves all 4, LE strength 5/5 bilat - no signs of spinal cord ischemia. Pupils equal.
CV: {{vital:BP 112/64}} on {{drug:nicardipine}} {{dose:2.5 mg/h}}, goal SBP < 120. SR 80s. Radial + pedal pulses palpable bilat. Mediastinal CTs 320 mL/12 h, tapering.
Pulm: 4L NC, {{vital:SpO2 96%}}. CXR mild L base atelectasis.
Renal: AKI - {{lab:Cr 1.9}} from 1.0 baseline; UOP 0.4 mL/kg/h overnight. Avoid nephrotoxins; {{drug:furosemide}} {{dose:20 mg}} IV once, check response.
Heme: {{lab:Hgb 8.7}}, {{lab:Plt 96}}. No transfusion today unless bleeding.
ID: {{drug:cefazolin}} through 48 h.
Endo: insulin gtt, BG 140-170.
Plan: start PO {{drug:labetalol}}, wean nicardipine, CTA chest/abd/pelvis before discharge to assess false lumen. PT/OT.
Family: wife [[NAME:Leyla]] and brother [[NAME:Tural]] updated at bedside at 1100.
[[NAME:Marek Hudák]], MD - CT surgery fellow
""", summary="""
[[NAME:Rashad Huseynov]], {{age:58}}, was extubated the day after emergency hemiarch repair of a type A dissection and has no neurologic deficit. He has early AKI ({{lab:Cr 1.9}}), is being weaned from nicardipine to oral {{drug:labetalol}}, and his wife [[NAME:Leyla]] was updated.
"""),

    dict(style="csicu_event_note", note="""
CSICU Event Note
Called to bedside 0240 for new onset AF with RVR, {{vital:HR 140s-150s}}, {{vital:BP 92/50}} (MAP 64) from baseline 110s/60s. Pt POD 2 CABG x4, mentating, denies CP, mild SOB.
AM labs: {{lab:K 3.7}}, {{lab:Mg 1.8}}; repleted KCl {{dose:20 mEq}} IV and Mg {{dose:2 g}} IV.
Epicardial wires: atrial wire sensing poorly, overdrive pacing not attempted.
{{drug:Amiodarone}} {{dose:150 mg}} IV over 10 min, then {{dose:1 mg/min}} x6 h and {{dose:0.5 mg/min}} x18 h. Rate 100s within 30 min; converted to NSR at 0355.
{{drug:Metoprolol}} held for soft BP. {{drug:Heparin}} not started (POD 2, CTs just pulled); {{score:CHA2DS2-VASc 4}} - will revisit anticoagulation on rounds if AF recurs or persists beyond 48 h.
12-lead post conversion: NSR 82, QTc 468, no new ST changes.
Discussed with CT surgery fellow on call. Continue telemetry, keep K > 4, Mg > 2.
""", summary="""
A patient two days after four-vessel CABG developed AF with RVR and soft blood pressure overnight. Electrolytes were repleted and {{drug:amiodarone}} given, with return to sinus rhythm within about 75 minutes.
"""),

    dict(style="ir_procedure_note", note="""
INTERVENTIONAL RADIOLOGY PROCEDURE NOTE
Patient: [[NAME:MWAKYUSA, NEEMA J]]     MRN: [[MRN:51120984]]     Acc#: [[MRN:CT25-118407]]
DOS: [[DATE:03 Nov 2025]]
Attending: [[NAME:K. Oshiro]], MD     Fellow: [[NAME:Tomáš Kučera]], MD
Referring: Colorectal Surgery (Dr. [[NAME:Pace]])
Procedure: CT-guided percutaneous drainage of pelvic abscess, 10 Fr locking pigtail, left transgluteal approach.
Indication: {{age:43}}F POD 8 after LAR with diverting loop ileostomy; {{vital:Tmax 38.9}}, {{lab:WBC 17.3}}. CT [[DATE:11/1]]: 6.2 x 4.8 cm rim-enhancing presacral collection.
Pre-procedure: {{lab:INR 1.2}}, {{lab:Plt 412}}. {{score:ASA 2}}, {{score:Mallampati II}}.
Consent: risks incl bleeding, infection, bowel or nerve injury, need for additional procedures; patient signed. Time-out performed.
Sedation: moderate; {{drug:midazolam}} {{dose:2 mg}} and {{drug:fentanyl}} {{dose:100 mcg}} IV in divided doses, monitored by [[NAME:Amadou Diallo]], RN. Intraservice time 32 min.
Technique: Prone. After local lidocaine, an 18 g needle was advanced through the left greater sciatic foramen close to the sacrum, below the piriformis, into the collection under intermittent CT guidance. Wire placed ({{eponym:Seldinger}} technique), tract dilated, 10 Fr drain placed and locked. 60 mL foul purulent fluid aspirated, sent for {{eponym:Gram}} stain/culture. Post-drainage CT: near-complete collapse.
Complications: none immediate. EBL minimal.
Plan: drain to bulb suction, flush {{dose:10 mL}} NS q8h, record output. Continue abx. Repeat CT if output < 10 mL/day x2 days. IR drain team will follow.
""", summary="""
[[NAME:Neema Mwakyusa]] had a CT-guided transgluteal 10 Fr drain placed on [[DATE:03 Nov 2025]] for a pelvic abscess after low anterior resection, yielding 60 mL of pus. There were no complications and the IR drain team will follow.
"""),
    dict(style="ir_brief_op_note", note="""
IR Brief Op Note - Chest port placement
Name: [[NAME:Tereza Dvořáková]]   MRN [[MRN:8872016]]   DOB [[DATE:1979-04-22]]
Date: [[DATE:11/6/2025]]
Operator: [[NAME:Ramón de la Torre]], MD   Assist: [[NAME:Ellen van der Wal]], RT(R)
Requesting: Dr. [[NAME:Grech]], Breast Medical Oncology - for dose-dense AC-T
Pre: {{lab:Plt 268}}, {{lab:INR 1.0}}. No anticoag. Allergy: {{drug:Keflex}} (rash) - clindamycin {{dose:900 mg}} IV pre-op.
Sedation: moderate, {{drug:Versed}} {{dose:1 mg}} + {{drug:fentanyl}} {{dose:50 mcg}}.
Access: R IJ under US, micropuncture, permanent image saved. Vein patent/compressible.
Device: single lumen 8 Fr power-injectable port, pocket R upper chest 2 fingerbreadths below clavicle. Catheter tip at cavoatrial junction on final fluoro.
Port accessed, flushes/aspirates well, heparin lock {{dose:5 mL of 100 units/mL}}. Left accessed for chemo teaching visit tomorrow.
Closure: 3-0 Vicryl deep, 4-0 Monocryl subcuticular, skin glue.
EBL < 5 mL. Complications: none. Fluoro time 0.4 min.
Plan: keep dry 48 h, may shower after. Port ID card given to pt. Call IR [[PHONE:555-274-3306]] for fever, swelling, arm pain.
""", summary="""
[[NAME:Tereza Dvořáková]] had an uncomplicated right internal jugular chest port placed on [[DATE:11/6/2025]] for dose-dense AC-T chemotherapy. The port was left accessed for her teaching visit the next day.
"""),

    dict(style="ir_dictation", note="""
this is doctor [[NAME:oshiro]] in interventional radiology dictating a procedure note on patient [[NAME:lalao rakotomalala]] medical record number [[MRN:7740912]] date of service [[DATE:november tenth twenty twenty five]]. procedure left percutaneous nephrostomy tube exchange under fluoroscopy. indication routine exchange, existing ten french tube placed in august for malignant left ureteral obstruction from recurrent cervical cancer, tube last exchanged [[DATE:september eighth]]. no fever, urine clear yellow per patient, output about six hundred a day. technique after the existing tube was prepped and the retention suture cut, contrast was injected showing the loop well positioned in the renal pelvis, mild hydronephrosis, no extravasation. an {{eponym:amplatz}} wire was advanced through the tube, period. the old tube was removed over the wire and a new ten french locking nephrostomy catheter placed, loop formed in the renal pelvis. final nephrostogram good position, brisk drainage. tube secured with a stat lock and sutured. no sedation was given, local lidocaine one percent five milliliters. complications none. patient tolerated it well. plan next exchange in eight to ten weeks, schedule the week of [[DATE:january twelfth]], flush with ten milliliters saline daily, her husband [[NAME:hery]] does the flushes at home. end of dictation.
""", summary="""
[[NAME:Lalao Rakotomalala]] underwent a routine left 10 Fr nephrostomy tube exchange on [[DATE:november tenth twenty twenty five]] for malignant ureteral obstruction from cervical cancer, with no complications. The next exchange is planned in 8-10 weeks and her husband [[NAME:Hery]] continues daily flushes.
"""),

    dict(style="ir_drain_clinic", note="""
IR Drain Clinic / Fluoro Check
[[DATE:12-01-2025]]
[[NAME:LAGESSE, JEAN-NOËL]]     {{age:78}} M     MRN [[MRN:90017735]]
Indication: 10 Fr percutaneous cholecystostomy tube placed [[DATE:9/24/25]] for acute calculous cholecystitis, poor surgical candidate at the time (NSTEMI same admission). Now cleared by cardiology; Dr. [[NAME:Ah-Kee]] (gen surg) planning interval lap chole.
Subjective: no pain, no fever. Output 40-80 mL/day bilious, dropping. Skin around tube a little red, daughter [[NAME:Marie-Claire]] changes dressing every other day. He clamped the tube for 48 h last week as instructed, tolerated well.
Exam: {{vital:T 36.8}}, {{vital:BP 134/72}}. RUQ non-tender, {{eponym:Murphy}} sign neg. Insertion site with 1 cm erythema, no drainage, no induration.
Cholangiogram through tube: cystic duct and CBD patent, contrast flows freely into duodenum, small stones in GB, no leak.
Plan:
- Tube remains capped; uncap to bag if pain/fever.
- Keep in until lap chole (booked [[DATE:Jan 8]]).
- Dressing supplies shipped to home: [[ADDRESS:212 Pawtucket Blvd, Apt 4C, Lowell, MA 01854]].
- Daughter's cell for scheduling: [[PHONE:978-555-0119]]; pt's home line [[PHONE:978-555-0175]] (no voicemail).
[[NAME:Grace Mukamana]], PA-C / staffed w/ Dr. [[NAME:de la Torre]]
""", summary="""
[[NAME:Jean-Noël Lagesse]], {{age:78}}, has a cholecystostomy tube placed on [[DATE:9/24/25]]; a cholangiogram showed a patent cystic duct and he tolerated capping. The tube will stay capped until his interval laparoscopic cholecystectomy on [[DATE:Jan 8]].
"""),

    dict(style="ir_paracentesis", note="""
US-guided paracentesis                                        [[DATE:10/30/2025]]
Pt: [[NAME:Rasoanaivo, Voahangy]]  ({{age:57}}F)   MRN [[MRN:33410652]]   Ordering: Gyn Onc, Dr. [[NAME:Zupančič]]
Dx: recurrent high-grade serous ovarian ca, symptomatic malignant ascites. 3rd tap in 5 wks (prior [[DATE:10/09]], [[DATE:10/20]]).
Pre: {{vital:BP 108/66}}, {{vital:HR 98}}, {{vital:SpO2 95%}}. {{lab:Plt 188}}, {{lab:INR 1.1}}. Abd tense, early satiety, dyspneic lying flat.
Procedure: RLQ, large pocket on US. Lido 1% {{dose:10 mL}}. 5 Fr centesis catheter, single pass. Clear straw-colored fluid.
Removed: 5.2 L. {{drug:Albumin}} 25% {{dose:25 g}} IV given.
Post: {{vital:BP 102/60}}, {{vital:HR 90}}. Pt reports "I can breathe again."
Specimens: cytology sent per onc. 
Comments: Rapid reaccumulation - discussed tunneled peritoneal catheter for home drainage with pt and her partner [[NAME:Andry]]; they'd like to think about it. IR nurse [[NAME:Faith Danjuma]] to call them Monday at [[PHONE:(617) 555-0192]].
No complications.
[[NAME:Joanna Vella]], NP ([[NAME:JV]])
""", summary="""
[[NAME:Voahangy Rasoanaivo]] had 5.2 L of malignant ascites drained on [[DATE:10/30/2025]], her third paracentesis in five weeks, with symptom relief. A tunneled peritoneal catheter was offered and an IR nurse will follow up by phone.
"""),

    dict(style="breast_surgery_consult", note="""
BREAST SURGICAL ONCOLOGY - NEW PATIENT
[[NAME:Amra Hodžić]] | {{age:46}} F | MRN [[MRN:26650381]] | seen [[DATE:10/21/2025]]
Referred by [[NAME:Ann Marie Coyle]], CNM, after she felt a lump in the left breast in the shower in August.

Imaging: Dx mammo/US [[DATE:9/30]] - 2.1 cm irregular hypoechoic mass L breast 10:00, 4 cm FN, {{score:BI-RADS 5}}. L axilla: normal-appearing nodes.
Pathology: US core bx [[DATE:10/3]] ([[MRN:S25-41877]]) - invasive ductal carcinoma, grade 2. ER 95%, PR 60%, HER2 1+ (negative), Ki-67 20%.

Family hx: sister [[NAME:Selma]] dx breast ca at {{age:41}}; mother died of ovarian ca at {{age:58}}; maternal aunt "some cancer" in Bosnia. No prior genetic testing.
Gyn: G2P2, menarche 12, premenopausal, LMP 2 wks ago.
PMH: hypothyroid on {{drug:levothyroxine}} {{dose:75 mcg}}. No prior breast surgery.
Social: works as pharmacy tech, married, 2 teens, nonsmoker.

Exam: L breast 2 cm firm mobile mass at 10:00, no skin/nipple changes. No axillary or supraclavicular adenopathy. R breast benign.
Impression: L breast cT2N0, HR+/HER2- IDC, strong family history.
Plan:
- Urgent genetics referral (multigene panel incl BRCA1/2, PALB2) - results will affect surgical choice.
- Bilateral breast MRI.
- Discussed lumpectomy + sentinel node biopsy w/ radiation vs mastectomy; if pathogenic variant, would discuss bilateral mastectomy and RRSO.
- Genomic assay (Oncotype DX) on final surgical specimen.
- Nurse navigator [[NAME:Faith Danjuma]] will call with appointments.
[[NAME:Olga Bondarenko]], MD FACS
""", summary="""
[[NAME:Amra Hodžić]], {{age:46}}, has a 2.1 cm hormone-receptor-positive, HER2-negative invasive ductal carcinoma of the left breast and a strong family history of breast and ovarian cancer. Dr. [[NAME:Olga Bondarenko]] ordered genetic testing and MRI before choosing between lumpectomy and mastectomy.
"""),

    dict(style="gyn_onc_followup", note="""
Gyn Onc Clinic - Chemo Follow-up (pre-C5)
Patient: [[NAME:Aysel Guliyeva]]     DOB [[DATE:3/2/64]]     MRN [[MRN:61302278]]
Visit date: [[DATE:Thu, Nov 20, 2025]]
Dx: Stage IIIC high-grade serous carcinoma of the ovary, germline BRCA2+. NACT x3 -> interval debulking [[DATE:8/27/25]] (R0). Now adjuvant carboplatin AUC 5 / paclitaxel {{dose:175 mg/m2}} q3w.

Cycle table:
  C1 [[DATE:6/12]]   C2 [[DATE:7/3]]   C3 [[DATE:7/24]]   (surgery)   C4 [[DATE:10/30]]
CA-125 trend: {{lab:CA-125 1840}} (dx) -> {{lab:CA-125 212}} (pre-op) -> {{lab:CA-125 38}} -> today {{lab:CA-125 19}}

Interval: fatigue days 3-6 after chemo, tingling fingertips (grade 1 neuropathy, not functional), no falls. Appetite ok, weight stable. Husband [[NAME:Rauf]] accompanies, works nights. Using {{drug:Zofran}} prn, rarely.
Exam: {{vital:BP 126/78}}, {{vital:HR 84}}, wt 68.2 kg. {{score:ECOG 1}}. Incision healed, no ascites, no edema. Sensation mildly decreased distal fingertips.
Labs today: {{lab:ANC 1.9}}, {{lab:Hgb 10.6}}, {{lab:Plt 162}}, {{lab:Cr 0.8}}.
A/P:
1. OK to proceed with C5 today; C6 ~[[DATE:12/11]].
2. Neuropathy - monitor; if grade 2, switch paclitaxel to docetaxel or dose-reduce.
3. Maintenance: {{drug:olaparib}} ({{drug:Lynparza}}) {{dose:300 mg}} BID after C6, 2 years. Counseled on MDS/AML risk, anemia, nausea.
4. Genetic counseling done; daughter [[NAME:Nigar]] ({{age:34}}) has appt for cascade testing.
RTC 3 wks with labs.
[[NAME:N. Zupančič]], MD
""", summary="""
[[NAME:Aysel Guliyeva]], with BRCA2-positive stage IIIC ovarian cancer, is cleared for cycle 5 of carboplatin/paclitaxel with a CA-125 now down to 19 and mild neuropathy. {{drug:Olaparib}} maintenance is planned after cycle 6, and her daughter [[NAME:Nigar]] is scheduled for genetic testing.
"""),

    dict(style="tumor_board_list", note="""
MULTIDISCIPLINARY BREAST TUMOR BOARD - [[DATE:Thursday 11/13/2025]]
Attendees: [[NAME:O. Bondarenko]] (surg), [[NAME:S. Grech]] (med onc), [[NAME:R. Kowalski-Borg]] (rad onc), [[NAME:M. Higa]] (path), [[NAME:L. Chen]] (radiology), [[NAME:F. Danjuma]] (navigator)

| # | Patient              | MRN       | Age | Summary                                           | Recommendation |
|---|----------------------|-----------|-----|---------------------------------------------------|----------------|
| 1 | [[NAME:Hodžić, Amra]]         | [[MRN:26650381]]  | {{age:46}}  | L IDC cT2N0 HR+/HER2-, genetics pending           | MRI; await panel; surgery first |
| 2 | [[NAME:Tkachenko, Oksana]]    | [[MRN:47190323]]  | {{age:38}}  | R IDC cT2N1 TNBC, {{lab:Ki-67 80%}}                   | Neoadj chemo-immunotherapy ({{drug:Keytruda}} + chemo) |
| 3 | [[NAME:Kučerová, Zdeňka]]     | [[MRN:10954478]]  | {{age:71}}  | DCIS 1.2 cm, grade 2, ER+                         | Lumpectomy; RT vs endocrine tx discussed |
| 4 | [[NAME:Nalubega, Sarah]]      | [[MRN:38821605]]  | {{age:55}}  | HER2+ IDC s/p TCHP, ypT0N0 (pCR)                  | Complete 1 yr HER2 therapy; adjuvant RT |
| 5 | [[NAME:Coyle, Mary Beth]]     | [[MRN:00913367]]  | [[AGE:94]]  | L IDC 1.8 cm ER+ PR+, lives alone, frail          | Primary endocrine tx, {{drug:letrozole}} {{dose:2.5 mg}}; no surgery |

Notes: #2 - navigator to arrange fertility preservation consult before chemo. #5 - pt's niece [[NAME:Bridget]] (HCP) prefers no surgery; geriatric onc consult.
Next board [[DATE:11/20]]. Minutes: [[NAME:FD]]
""", summary="""
The breast tumor board on [[DATE:11/13/2025]] reviewed five patients, recommending neoadjuvant chemo-immunotherapy for [[NAME:Oksana Tkachenko]] and primary endocrine therapy without surgery for [[NAME:Mary Beth Coyle]], [[AGE:94]]. [[NAME:Amra Hodžić]] will await genetic testing before surgery.
"""),

    dict(style="gyn_onc_nurse_call", note="""
Telephone Encounter - Post-op check
[[DATE:9 December 2025]] 10:20
Caller: pt, [[NAME:Rehema Kimaro]] ([[PHONE:301-555-0146]])
Nurse: [[NAME:Zuzana Horváthová]], RN, gyn onc nurse navigator

POD 6 after robotic TLH/BSO + sentinel lymph node mapping on [[DATE:12/3]] for endometrioid endometrial ca (Dr. [[NAME:Zupančič]]).
- Pain: {{score:3/10}}, using {{drug:ibuprofen}} {{dose:600 mg}} + {{drug:Tylenol}}, stopped {{drug:oxycodone}} day 3.
- Voiding ok, no burning. BM day 4 w/ {{drug:Miralax}}.
- Small amt pink vaginal spotting, no clots, no foul odor. Incisions clean.
- Giving self {{drug:Lovenox}} {{dose:40 mg}} daily - 28 days total, has 22 syringes left.
- Temp 37.1 this am.
Path ([[MRN:S25-52230]]): FIGO grade 1, stage IA, LVSI neg, SLN neg. MMR IHC: loss of MLH1/PMS2; MLH1 promoter hypermethylation pending. Explained that if not methylated, germline testing for {{eponym:Lynch}} syndrome will be recommended - pt asks whether her brother [[NAME:Juma]] should be tested too; told we'll discuss after results.
Reviewed: pelvic rest 8 wks, no lifting > 10 lb x 6 wks, call for fever > 38, heavy bleeding, leg swelling.
Post-op visit confirmed [[DATE:Dec 17]] 2:40 pm.
""", summary="""
On a post-op call, [[NAME:Rehema Kimaro]] was recovering well six days after robotic hysterectomy for stage IA endometrial cancer. MLH1 loss was found and germline testing for {{eponym:Lynch}} syndrome may follow depending on methylation results.
"""),

    dict(style="chemo_teaching_note", note="""
Chemotherapy Education - Breast Oncology Infusion
Regimen: dose-dense AC-T. {{drug:Doxorubicin}} ({{drug:Adriamycin}}) {{dose:60 mg/m2}} + {{drug:cyclophosphamide}} ({{drug:Cytoxan}}) {{dose:600 mg/m2}} q2 weeks x4, then {{drug:paclitaxel}} ({{drug:Taxol}}) {{dose:175 mg/m2}} q2 weeks x4, with pegfilgrastim ({{drug:Neulasta}} On-Body Injector) after each dose.
Reviewed with patient and spouse using the teaching binder and teach-back:
- Nausea: {{drug:Emend}} day 1-3, {{drug:dexamethasone}}, {{drug:ondansetron}} prn, {{drug:olanzapine}} {{dose:5 mg}} qHS x4 days. Small frequent meals.
- Red urine for 1-2 days after {{drug:Adriamycin}} is expected.
- Hair loss begins about 2-3 weeks after the first dose; scalp cooling discussed, declined.
- Neutropenic precautions; call for T 100.4 F or higher, chills, or feeling unwell. Do not take {{drug:Tylenol}} before calling.
- Cardiac: baseline echo LVEF 62%. Report shortness of breath, swelling.
- {{drug:Taxol}}: premeds for infusion reaction; numbness/tingling in hands and feet should be reported early. Cold therapy gloves offered.
- Mouth care: baking soda rinse, soft toothbrush.
- Fertility and contraception discussed; pregnancy test before C1.
Port site checked: clean, no swelling, accessed with 20 g 3/4 inch needle, good blood return.
Questions answered. Patient verbalized understanding; written after-hours number given. First treatment scheduled.
""", summary="""
A patient starting dose-dense AC-T for breast cancer was taught about antiemetics, neutropenic fever precautions, hair loss, cardiac and neuropathy warning signs. The port was checked and the first treatment is scheduled.
"""),

    dict(style="gyn_onc_referral_letter", note="""
[[DATE:November 24, 2025]]

[[NAME:Rose Okello-Camilleri]], MD
Family Health Center
[[ADDRESS:1150 Atlantic Ave, Suite 210, Long Beach, CA 90813]]

RE: [[NAME:Sreymom Keo]], DOB [[DATE:05/30/1991]]

Dear Dr. [[NAME:Okello-Camilleri]],

Thank you for referring Ms. [[NAME:Keo]], a {{age:34}}-year-old G1P1, whom I saw today with her partner [[NAME:Ratha]] and a Khmer interpreter by video. As you know, her cotest in July showed HSIL with HPV 16, and your colposcopy on [[DATE:9/15/2025]] with LEEP on [[DATE:10/14/2025]] showed invasive squamous cell carcinoma, depth of invasion 4 mm, horizontal extent 9 mm, LVSI present, margins positive for CIN3.

Her pelvic exam today was normal aside from post-LEEP changes; no parametrial involvement. MRI pelvis shows no residual mass and no adenopathy; PET is negative. This is clinical stage IB1.

Ms. [[NAME:Keo]] very much wants another child. We discussed radical trachelectomy with pelvic sentinel node mapping as a fertility-sparing option, versus open radical hysterectomy. She and [[NAME:Ratha]] have chosen trachelectomy, planned for [[DATE:December 15]]. If nodes are positive she would need chemoradiation.

I will keep you updated. Please call me at [[PHONE:562-555-0138]] with any questions.

Sincerely,
[[NAME:Natalia Shevchenko]], MD
Gynecologic Oncology
""", summary="""
Dr. [[NAME:Natalia Shevchenko]] wrote to Dr. [[NAME:Rose Okello-Camilleri]] that [[NAME:Sreymom Keo]], {{age:34}}, has stage IB1 cervical squamous cell carcinoma found on LEEP. She chose fertility-sparing radical trachelectomy with sentinel node mapping, planned for [[DATE:December 15]].
"""),

    dict(style="colorectal_clinic_note", note="""
COLORECTAL SURGERY CLINIC
[[NAME:XUEREB, ĠORĠ]] ("[[NAME:George]]")    {{age:66}} M    MRN [[MRN:5518-0043]]    [[DATE:2025.11.18]]

Pre-op visit for loop ileostomy closure. Hx rectal adenocarcinoma ypT2N0 after TNT, LAR w/ diverting loop ileostomy [[DATE:6/9/2025]] by Dr. [[NAME:Camilleri]].
Since last visit: ileostomy output 800-1200 mL/d, thickened w/ {{drug:Metamucil}}. One peristomal skin irritation episode in Sept, resolved with stoma powder. Wife [[NAME:Doreen]] does most pouch changes.
{{drug:Gastrografin}} enema [[DATE:11/4]]: intact anastomosis, no leak or stricture. Flex sig: healed anastomosis, no recurrence. CEA 1.8.
Exam: well-appearing. {{vital:BP 136/80}}, {{vital:HR 70}}, {{vital:BMI 27.5}}. RLQ ileostomy pink, healthy, no hernia on {{eponym:Valsalva}}. Abd soft. Rectal: anastomosis palpable at 6 cm, supple.
Counseled re: low anterior resection syndrome - expect frequency, urgency, clustering for months after closure; pelvic floor PT referral; {{drug:loperamide}} prn. Will track {{score:LARS score}} at 3 and 6 mo.
Plan: ileostomy closure [[DATE:Mon 12/8]], outpatient/23h obs. Bowel prep not required. Hold {{drug:aspirin}} 5 days prior.
[[NAME:Doreen]] asked about travel to Malta in spring - fine after 6 wks.
Contact pref: home [[PHONE:+1 (313) 555-0104]]; email [[EMAIL:gxuereb.malta@outlook.com]]
""", summary="""
[[NAME:Ġorġ Xuereb]], {{age:66}}, had a normal contrast enema and flexible sigmoidoscopy after low anterior resection for rectal cancer. Loop ileostomy closure is scheduled for [[DATE:Mon 12/8]], and he was counseled about low anterior resection syndrome.
"""),

    dict(style="tavr_discharge_instructions", note="""
STRUCTURAL HEART / CT SURGERY - DISCHARGE
[[NAME:Haruko Kinjo]] - [[AGE:ninety-one]] year old woman - MRN [[MRN:2280466]]
Admitted [[DATE:Dec 3 2025]] - Discharged [[DATE:Dec 5 2025]]

Procedure: transfemoral TAVR (26 mm balloon-expandable valve) on [[DATE:12/3]] for severe symptomatic aortic stenosis (AVA 0.6 cm2, mean gradient 48 mmHg). Heart team (Dr. [[NAME:Miyagi]], interventional cardiology; Dr. [[NAME:Hunter Vella]], CT surgery) felt surgical risk prohibitive at age [[AGE:91]] with frailty ({{score:STS PROM 9.8%}}).
Course: uncomplicated. New LBBB after valve deployment, no high-grade AV block on 48 h telemetry; Zio patch x14 days given.
Post TTE: mean gradient 9 mmHg, no paravalvular leak. R groin: no hematoma, pulses intact.
Meds: {{drug:aspirin}} {{dose:81 mg}} daily (new); continue {{drug:furosemide}} {{dose:20 mg}} daily, {{drug:losartan}} {{dose:25 mg}}. STOP {{drug:diltiazem}} (new conduction delay).
Instructions: no tub baths or swimming x1 wk, no lifting > 10 lb x1 wk, no driving x1 wk. Call for fainting, dizziness, slow heart rate, groin swelling.
Lives with son [[NAME:Kenji Kinjo]] at [[ADDRESS:94-1021 Kahuanui St, Waipahu, HI 96797]]. Son's cell [[PHONE:808-555-0152]].
F/u: TAVR clinic [[DATE:1/6/26]] with echo; PCP 1-2 wks.
RN: [[NAME:Kalena Tamashiro]] / MD: [[NAME:Y. Miyagi]]
""", summary="""
[[NAME:Haruko Kinjo]], [[AGE:91]], had an uncomplicated transfemoral TAVR on [[DATE:12/3]] for severe aortic stenosis, with a new LBBB but no high-grade block. She went home on {{drug:aspirin}} to her son [[NAME:Kenji Kinjo]]'s house with a heart monitor and echo follow-up on [[DATE:1/6/26]].
"""),
]
