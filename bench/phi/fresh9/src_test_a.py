NOTES = [
    dict(style="trauma_hp", note="""
TRAUMA SURGERY H&P - LEVEL 1 ACTIVATION
Pt: [[NAME:TESFAMARIAM, YONAS G]]     MRN [[MRN:60418837]]     FIN [[MRN:2250391174]]
Arrival: [[DATE:06/17/2025]] 02:14 via ground EMS

HPI: [[NAME:Yonas]] is a {{age:27}} yo M, restrained driver, single-vehicle MVC vs utility pole at ~45 mph
outside [[ADDRESS:Clovis]], +airbag deployment, extrication ~20 min. Complains of R chest and abdominal pain.
No anticoagulants, no PMH. Last meal ~2100.

Primary survey:
A - patent, speaking full sentences
B - decreased BS R base, {{vital:SpO2 93%}} on NRB
C - {{vital:HR 124}}, {{vital:BP 92/58}}, 2 x 16g PIV, 1 u LTOWB started in bay
D - {{score:GCS 14}} (E3V5M6), PERRL, moving all 4 ext
E - seat belt sign across lower abdomen, R chest wall crepitus

FAST: +fluid in {{eponym:Morison}} pouch, no pericardial effusion.
CXR: R hemothorax, R ribs 4-7 fx. R 28 Fr chest tube by Dr. [[NAME:Ndiaye]] (PGY-3), 450 mL blood on insertion.
{{drug:TXA}} {{dose:1 g}} IV at 02:31. {{lab:Hgb 10.8}}, {{lab:lactate 4.6}}, {{lab:INR 1.2}}, EtOH neg.

Brother [[NAME:Filmon]] at bedside since 02:50, cell [[PHONE:(559) 555-0148]] (Tigrinya/English).
Plan: OR now for exploratory laparotomy; consent signed by patient. Tertiary survey in AM.

[[NAME:Marcus Hawkins]], MD - Trauma Attending   pgr [[PHONE:4471]]
""", summary="""
[[NAME:Yonas Tesfamariam]], {{age:27}}, arrived [[DATE:06/17/2025]] after a high-speed MVC with {{vital:BP 92/58}}, a positive FAST in
{{eponym:Morison}} pouch and a right hemothorax. A chest tube was placed and he went to the OR for laparotomy.
"""),

    dict(style="trauma_bay_nursing", note="""
TRAUMA FLOWSHEET - Level 2 -> upgraded Level 1 @ 1742
Pt [[NAME:DIOP, MOUSSA]]   DOB [[DATE:1989-04-02]]   MRN [[MRN:71130458]]
Recorder: [[NAME:K. Lindqvist]] RN   Primary RN: [[NAME:TR]]   Scribe login: [[NAME:jvaldez2]]

1738  arrived by EMS, c-collar in place, backboard off 1740
1741  {{vital:BP 88/50}}  {{vital:HR 131}}  {{vital:RR 28}}  {{vital:SpO2 91%}} RA -> NRB 15L
1742  upgrade per Dr. [[NAME:O'Connell]]
1744  18g L AC, 16g R AC ([[NAME:TR]])
1746  MTP activated, cooler #1 from blood bank
1749  {{drug:TXA}} {{dose:1 g}} IV over 10 min ([[NAME:KL]])
1752  {{vital:BP 96/61}}  {{vital:HR 118}}  {{score:GCS 13}}
1755  {{eponym:Foley}} deferred - blood at meatus
1801  pelvic binder at level of greater trochanters
1806  to CT w/ RN, RT, Dr. [[NAME:O'Connell]]

Wife [[NAME:Fatou Sarr]] in family room, cell [[PHONE:929-555-0116]]. Updated by chaplain Rev. [[NAME:Amos Pettigrew]] 1815.
""", summary="""
[[NAME:Moussa Diop]] was upgraded to a Level 1 activation for hypotension ({{vital:BP 88/50}}) with blood at the meatus; MTP was
activated, {{drug:TXA}} given and a pelvic binder placed before CT with Dr. [[NAME:O'Connell]].
"""),

    dict(style="trauma_tertiary_survey", note="""
Trauma Tertiary Survey - HD 2

Mechanism: ground-level fall, on {{drug:Eliquis}} for AF.
Neuro: {{score:GCS 15}}, A&Ox3, no pronator drift, {{eponym:Babinski}} downgoing bilaterally.
C-spine: CT negative, NEXUS low risk, collar cleared clinically this AM.
Chest: nondisplaced L rib 8 and 9 fx. IS 1250 mL. {{score:Pain 4/10}} on {{drug:Tylenol}} {{dose:1 g}} q8h + lidocaine patch.
Abd: soft, NT, no seat belt sign.
Ext: L wrist - tender in anatomic snuffbox -> scaphoid views ordered. {{score:5/5}} strength otherwise.
     Calves soft, {{eponym:Homan}} sign negative.
GU: {{eponym:Foley}} out 0600, voided 350 mL.
Labs: {{lab:Hgb 11.9}} (12.4 yesterday), {{lab:Cr 1.1}}, anti-Xa level pending.

Missed injuries: possible occult scaphoid fx - thumb spica splint, Hand Surgery f/u.
Plan: resume {{drug:Eliquis}} HD 3 if Hgb stable; PT/OT; dispo home vs SNF Thursday.
""", summary="""
Tertiary survey on HD 2 after a fall on {{drug:Eliquis}} picked up a possible scaphoid fracture, now splinted, alongside two
nondisplaced left rib fractures. {{eponym:Foley}} is out and anticoagulation will restart if hemoglobin holds.
"""),

    dict(style="trauma_sicu_progress", note="""
SICU Progress Note - Trauma Surgery     [[DATE:Sat 11/8/25]]
[[NAME:Lhamo, Dawa]] | [[AGE:93]] F | MRN [[MRN:5502981]] | Bed 4-112

S: Desat to 86% at 0300, improved w/ IS + repositioning. Granddaughter [[NAME:Tenzin Dolma]] at bedside interpreting
   (Tibetan), says grandmother is "more herself today." {{score:Pain 3/10}} with block running.
O: {{vital:T 37.6}}  {{vital:HR 88}}  {{vital:BP 138/72}}  {{vital:RR 20}}  {{vital:SpO2 94%}} 2L NC
   Serratus anterior catheter, {{drug:ropivacaine}} {{dose:0.2% at 8 mL/h}}
   {{lab:WBC 11.2}}  {{lab:Hgb 9.6}}  {{lab:Na 133}}
   CXR: stable L ribs 3-9 fx (flail segment 5-7), small L effusion, no PTX
A/P: [[AGE:93]]F s/p GLF w/ L flail chest, geriatric trauma pathway
 - Pulm: IS q1h while awake, chest PT BID, goal IS >750
 - Delirium: CAM-ICU neg; avoid {{drug:Ativan}}; family overnight ok
 - Nutrition: SLP cleared for mech soft
 - Dispo: [[NAME:Tenzin]] asks about rehab close to family in [[ADDRESS:Richmond]]; CM [[NAME:Paula Greer]] calling
   daughter [[NAME:Pema]] at [[PHONE:510-555-0139]]
 - Code: DNR/DNI reconfirmed with pt via staff interpreter [[NAME:Lobsang]] (ID [[MRN:20871]])

[[NAME:A. Feldman]], MD (PGY-2)  /  Attending: Dr. [[NAME:Claire Oduya]]
""", summary="""
[[NAME:Dawa Lhamo]], [[AGE:93]], has a left flail chest after a fall and is managed with a serratus anterior
{{drug:ropivacaine}} catheter; DNR/DNI was reconfirmed on [[DATE:11/8/25]] and family wants rehab near [[ADDRESS:Richmond]].
"""),

    dict(style="trauma_discharge_summary", note="""
DISCHARGE SUMMARY - TRAUMA SURGERY
Patient: [[NAME:Abdelrahman Osman Babiker]]     MRN: [[MRN:10283946]]
Admitted: [[DATE:July 2, 2025]]     Discharged: [[DATE:July 9, 2025]]
Attending: [[NAME:Priya Raman]], MD

Diagnoses: GSW L thigh with superficial femoral artery transection; L femur intact; acute blood loss anemia.
Procedures: [[DATE:7/2]] L SFA repair with reversed GSV interposition graft and four-compartment fasciotomy
(Vascular, Dr. [[NAME:Ghebremedhin]]); [[DATE:7/5]] delayed primary closure of fasciotomies.

Course: {{drug:aspirin}} started POD 1. Compartments soft after closure. DP/PT palpable, ABI L {{lab:ABI 0.98}}.
Transfused 4 u PRBC total, discharge {{lab:Hgb 9.1}}. Ambulating with crutches, WBAT.

Discharge meds: {{drug:aspirin}} {{dose:81 mg}} daily x 3 mo; {{drug:oxycodone}} {{dose:5 mg}} q6h prn (#20);
{{drug:docusate}} {{dose:100 mg}} BID; {{drug:enoxaparin}} {{dose:40 mg}} SQ daily x 14 days.

Follow-up: Trauma clinic [[DATE:Tues 7/15]] 1:30 PM, [[PHONE:(313) 555-0102]]; Vascular clinic with duplex in 2 weeks.
Disposition: home to [[ADDRESS:4417 Linwood Ave, Apt 2, Detroit, MI 48204]] with cousin [[NAME:Hamid El-Tayeb]].
Teaching completed with Sudanese Arabic interpreter.
""", summary="""
[[NAME:Abdelrahman Osman Babiker]] was admitted [[DATE:July 2, 2025]] with a gunshot wound transecting the left SFA, repaired with a
vein graft and fasciotomies, and went home [[DATE:July 9, 2025]] on {{drug:aspirin}} {{dose:81 mg}} with trauma clinic follow-up
[[DATE:Tues 7/15]].
"""),

    dict(style="trauma_transfer_call", note="""
TRANSFER CENTER - TRAUMA ACCEPT
Call rec'd 22:47 [[DATE:03/29/2025]] from ED in [[ADDRESS:Sidney]], NE
Referring: Dr. [[NAME:Gretchen Vos]]   [[PHONE:308-555-0161]]
Pt: [[NAME:Sidney Kowalczyk]], {{age:19}} M - ATV rollover, +LOC, {{score:GCS 11}} on arrival there, L pupil 5 mm sluggish
CT head at OSH: L SDH 9 mm, 4 mm MLS. Intubated 22:20. {{drug:Keppra}} {{dose:1 g}} given. No anticoagulants.
VS at time of call: {{vital:BP 164/90}}  {{vital:HR 58}}  - concern for {{eponym:Cushing}} response
Accepting: Dr. [[NAME:Ikechukwu Obi]] (Trauma); Neurosurgery aware, Dr. [[NAME:Marchetti]]
Mode: rotor wing, ETA 55 min. Images pushed to PACS. OSH acct [[MRN:SRMC-0048812]]
Transfer ID: [[MRN:TC25-03-1877]]
Taken by: [[NAME:mbrandt]] (RN, Transfer Center)
""", summary="""
On [[DATE:03/29/2025]] trauma accepted [[NAME:Sidney Kowalczyk]], {{age:19}}, from [[ADDRESS:Sidney]] with a 9 mm subdural hematoma, midline
shift and a possible {{eponym:Cushing}} response ({{vital:BP 164/90}}, {{vital:HR 58}}); he is coming by helicopter to Dr. [[NAME:Obi]].
"""),

    dict(style="trauma_op_dictation", note="""
this is dr. [[NAME:paul bishop]] dictating an operative note on [[NAME:karwan mahmoud]], medical record number [[MRN:88301467]],
date of surgery [[DATE:march third twenty twenty five]]. preoperative diagnosis stab wound left upper quadrant with hypotension.
postoperative diagnosis same plus grade three splenic laceration and through and through injury to the stomach. procedure
exploratory laparotomy, splenectomy, primary repair of anterior and posterior gastric wall. assistant dr. [[NAME:nguyen]]. anesthesia
general endotracheal. estimated blood loss eight hundred cc. the patient received {{drug:ancef}} {{dose:two grams}} prior to incision.
findings approximately six hundred cc hemoperitoneum, active bleeding from the hilum of the spleen, two centimeter
stab wound anterior stomach with matching posterior wound into the lesser sac, no colon or small bowel injury on running the
bowel from ligament of {{eponym:treitz}} to the rectum. spleen removed, hilum ligated, gastric wounds closed in two layers.
a {{eponym:jackson-pratt}} drain was left in the left upper quadrant. fascia closed with looped pds, skin stapled. the patient
tolerated the procedure and went to the sicu intubated for resuscitation. post splenectomy vaccines before discharge. i
spoke with his wife [[NAME:shirin]] in the family waiting area after the case. end of dictation.
""", summary="""
Dr. [[NAME:Bishop]] dictated the [[DATE:March 3, 2025]] laparotomy for [[NAME:Karwan Mahmoud]]'s left upper quadrant stab wound: splenectomy
and repair of gastric wounds, with a {{eponym:Jackson-Pratt}} drain left and post-splenectomy vaccines planned.
"""),

    dict(style="trauma_social_work", note="""
Social Work - Trauma Service

Met with pt [[NAME:Saw Eh Htoo]] ({{age:44}}) and wife [[NAME:Naw Paw Wah]] with Karen interpreter [[NAME:Hser Moo]] by phone
(LanguageLine ID [[MRN:318204]]). Pt fell ~12 ft from a roof at work in [[ADDRESS:Lancaster]]; L calcaneus fx and L1 burst fx,
TLSO brace.

Employer: roofing crew, supervisor [[NAME:Dale Hurst]] [[PHONE:717-555-0187]]. Workers' comp claim [[MRN:WC-2025-0931145]] opened.
Household: 5 children. Eldest [[NAME:Eh Kaw]] ({{age:17}}) reads English mail for the family. Rented 2nd-floor apartment
at [[ADDRESS:229 N Plum St]], 14 steps, no railing on one side.

Plan:
- WC paperwork given in English; will review with [[NAME:Eh Kaw]] present
- DME: wheelchair + rolling walker, shower chair
- Referred back to resettlement case worker [[NAME:Ler Wah]] ([[PHONE:717-555-0124]]), who speaks Sgaw Karen
- [[NAME:Naw Paw Wah]] worried about rent for next month; emergency assistance application started

[[NAME:Jolene Pryor]], LCSW   ext. [[PHONE:6621]]
""", summary="""
Social work met [[NAME:Saw Eh Htoo]], {{age:44}}, and his wife [[NAME:Naw Paw Wah]] through a Karen interpreter after his work fall;
a workers' comp claim is open, equipment is ordered, and caseworker [[NAME:Ler Wah]] is re-engaged for rent help.
"""),

    dict(style="burn_icu_admission", note="""
BURN ICU ADMISSION H&P
[[NAME:SUKHBAATAR, MUNKHBAT]]    {{age:41}}M    MRN [[MRN:33907215]]    Adm [[DATE:14-Jan-2025]] 0412

HPI: House fire at [[ADDRESS:1806 Tamarack Dr]], [[ADDRESS:Eagan]] ~0300. Pt went back in for his daughter; found by fire
crew at the back door. Wife [[NAME:Oyunchimeg]] and both kids seen at the children's hospital, minor smoke exposure only.

Burns ({{eponym:Lund-Browder}}): 34% TBSA - 22% full thickness (back, posterior thighs/legs), 12% deep partial
(both hands, forearms). Circumferential FT both lower legs.
Inhalation: soot in oropharynx, singed nasal hair, carbonaceous sputum; bronch grade 2. Intubated in ED.
{{lab:COHb 18%}}  {{lab:lactate 3.9}}  {{lab:pH 7.28}}. {{drug:Cyanokit}} {{dose:5 g}} IV given.

Resuscitation: {{eponym:Parkland}} 4 mL x 80 kg x 34 = 10,880 mL / 24 h, half in the first 8 h from time of burn.
LR at 680 mL/h, titrate to UOP 0.5 mL/kg/h via {{eponym:Foley}}. Albumin rescue if >6 mL/kg/%TBSA.
Pulses dopplerable; compartment checks q1h, bedside escharotomy if worse.
Tdap given.

Contacts: wife [[PHONE:651-555-0170]] (Mongolian/English); brother-in-law [[NAME:Batbayar Ganbold]] [[PHONE:651-555-0132]]

Burn attending: Dr. [[NAME:Hedda van der Meer]]
""", summary="""
[[NAME:Munkhbat Sukhbaatar]], {{age:41}}, was admitted [[DATE:14-Jan-2025]] with 34% TBSA flame burns and inhalation injury from a
house fire in [[ADDRESS:Eagan]]; he is intubated and resuscitated by the {{eponym:Parkland}} formula under Dr. [[NAME:van der Meer]].
"""),

    dict(style="burn_dressing_nursing", note="""
Burn unit RN note 1430
Pt [[NAME:Aibek]], {{age:6}} yo, scald R chest/abd/R arm ~9% TBSA, day 4.
Premed {{drug:fentanyl}} IN {{dose:1.5 mcg/kg}} at 1350. Child life ([[NAME:Morgan Tate]]) present w/ tablet.
Mom [[NAME:Dinara Abenova]] holding L hand throughout.
Old silver dressing soaked and removed. Wound beds rose-pink, moist, blanching. ~2 cm area R axilla paler w/ slow cap
refill - photo in media tab, msg to Dr. [[NAME:Kim]].
{{score:FLACC 6}} during, {{score:FLACC 1}} at 20 min.
Wt {{vital:21.4 kg}}. PO fair - half a grilled cheese, 2 Pediasure.
Mom asking for d/c teaching in Russian, interpreter booked tmrw 1000.
- [[NAME:Bea Ruiz-Hartmann]], RN
""", summary="""
[[NAME:Aibek]], {{age:6}}, tolerated his day 4 scald dressing change with intranasal {{drug:fentanyl}} ({{score:FLACC 6}} during); a paler
area in the right axilla was flagged to Dr. [[NAME:Kim]] and his mother [[NAME:Dinara Abenova]] wants teaching in Russian.
"""),

    dict(style="burn_progress", note="""
Burn Unit Progress Note - POD 3 s/p tangential excision + STSG to back

Wounds: Back grafts ~90% take, small shear at inferior margin. L thigh donor site dry under Xeroform,
no strikethrough. {{drug:Santyl}} to residual eschar R flank.
GI: TF at goal 75 mL/h. {{drug:pantoprazole}} {{dose:40 mg}} IV daily for {{eponym:Curling}} ulcer prophylaxis.
ID: {{vital:Tmax 38.7}}, {{lab:WBC 14.1}}, {{lab:procalcitonin 0.4}}. R flank wound cx: MSSA.
    Continue {{drug:cefazolin}} {{dose:2 g}} IV q8h.
Endo: {{lab:glucose 188}}, on insulin gtt; {{lab:prealbumin 12}} (from 9).
Skin: old scar L shin with chronic ulcer - punch bx to r/o {{eponym:Marjolin}} ulcer.
Pain: {{score:CPOT 2}}. Methadone taper started.

Plan: OR Friday for second-stage excision + allograft R flank. PT/OT daily ROM, resting hand splints at night.
""", summary="""
On POD 3 after back grafting, graft take is about 90%, the right flank wound grew MSSA on {{drug:cefazolin}}, and a shin ulcer will be
biopsied for {{eponym:Marjolin}} ulcer before further excision Friday.
"""),

    dict(style="burn_family_meeting", note="""
BURN UNIT - FAMILY MEETING NOTE     [[DATE:5 Feb 2025]]
Patient: [[NAME:ABDULLA RAKHIMOV]]   age [[AGE:91]]

Present: son [[NAME:Sherzod Rakhimov]], daughter [[NAME:Gulnora Yusupova]], granddaughter [[NAME:Nodira]] by video from [[ADDRESS:Tashkent]],
Uzbek interpreter [[NAME:Otabek Nazarov]], Dr. [[NAME:Sullivan]] (Burn Surgery), [[NAME:Meredith Kaye]] NP (Palliative Care),
[[NAME:J. Amadi]], RN.

Mr. [[NAME:Rakhimov]] is [[AGE:ninety-one]] and has 38% TBSA flame burns with inhalation injury after his robe caught at a gas
stove. {{score:Revised Baux score 146}}; we explained that survival at this score is very unlikely even with full treatment.
[[NAME:Sherzod]] shared that his father said "no machines" after his wife died. [[NAME:Gulnora]] agreed; [[NAME:Nodira]] asked whether grafting
could change this and we answered honestly that it could not.

Decision: DNR/DNI. No return to OR. Dressings for comfort only, {{drug:hydromorphone}} infusion titrated to comfort,
{{drug:glycopyrrolate}} {{dose:0.2 mg}} prn secretions. Imam visit requested - chaplain office x[[PHONE:2290]].

55 min, >50% counseling/coordination.
[[NAME:Meredith Kaye]], ANP-BC
""", summary="""
On [[DATE:5 Feb 2025]] the family of [[NAME:Abdulla Rakhimov]], [[AGE:91]], chose DNR/DNI and comfort-focused care for his 38% TBSA burns
({{score:revised Baux score 146}}), in keeping with his own wish for "no machines."
"""),

    dict(style="burn_clinic_followup", note="""
Burn Clinic Follow-up
[[NAME:Faith Brooks]] | DOB [[DATE:09.22.1996]] | MRN [[MRN:44180926]]

{{age:28}}F, 4 mo s/p deep partial-thickness grease burn R palm and fingers at work (line cook at a diner on
[[ADDRESS:Brooks Ave]]); healed without grafting.
Today: tightness in 2nd-3rd web space, itching worse at night, wearing garment ~20 h/day.
Exam: {{score:VSS 7}} (vascularity 2, pliability 3, height 1, pigmentation 1). Early web space contracture.
Grip R 18 kg / L 31 kg. Composite fist lacks 1 cm to DPC at index.
Photos she sent from [[EMAIL:faithb.cooks@gmail.com]] last week reviewed - hypertrophy progressing at web space.

Plan:
- Refit pressure glove (measured today), silicone gel sheet to web space
- {{drug:hydroxyzine}} {{dose:25 mg}} qhs for pruritus
- OT 2x/wk with [[NAME:Dana Whitcomb]], OTR/L
- Consider fractional CO2 laser at 6 mo; work note for light duty x 4 wks
RTC [[DATE:10/21]] with Dr. [[NAME:Alvarado]].
""", summary="""
[[NAME:Faith Brooks]], {{age:28}}, has hypertrophic scarring and an early web space contracture four months after a right palm grease burn
({{score:VSS 7}}); her pressure glove is being refit, OT continues and she returns [[DATE:10/21]].
"""),

    dict(style="vascular_clinic_new", note="""
VASCULAR SURGERY CLINIC - NEW PATIENT
Referring: [[NAME:Hope Whitaker]], MD (Internal Medicine)   fax [[PHONE:614-555-0199]]
Patient: [[NAME:Haider al-Jubouri]]     DOB: [[DATE:02/11/1958]]     MRN: [[MRN:E0921447]]

CC: "my right calf locks up after one block"
HPI: {{age:67}} M, ex-smoker (40 pk-yr, quit 2019), DM2, HTN, with 18 months of R calf claudication at ~100 m. No rest pain,
no wounds. Son [[NAME:Mustafa]] interprets (Arabic); pt declined staff interpreter.
Meds: {{drug:metformin}} {{dose:1000 mg}} BID, {{drug:lisinopril}} {{dose:20 mg}}, {{drug:atorvastatin}} {{dose:40 mg}}, {{drug:aspirin}} {{dose:81 mg}}
Exam: {{vital:BP 152/84}} R arm, {{vital:BP 148/80}} L arm. Femoral 2+ bilat, R pop 1+, R DP/PT monophasic by Doppler only,
L DP 2+. Feet warm, no tissue loss. {{eponym:Buerger}} test: R foot pallor at 30 deg, dependent rubor.
ABI: {{lab:R 0.61}} / {{lab:L 0.94}}. {{lab:A1c 7.9}}.

A/P: R fem-pop occlusive disease, {{score:Rutherford 3}}
- Supervised exercise therapy x 12 wks
- Start {{drug:cilostazol}} {{dose:100 mg}} BID (EF 55% on 2023 echo)
- {{drug:atorvastatin}} up to {{dose:80 mg}}
- Arterial duplex R leg, RTC 3 months or sooner for rest pain

Seen with Dr. [[NAME:Keïta]] (fellow).
[[NAME:Roberta Lind]], MD, Vascular Surgery
cc: [[NAME:Hope Whitaker]], MD
""", summary="""
[[NAME:Haider al-Jubouri]], {{age:67}}, has {{score:Rutherford 3}} right calf claudication with an ABI of {{lab:0.61}}; he starts {{drug:cilostazol}}
and supervised exercise, with a duplex and follow-up in 3 months, and Dr. [[NAME:Whitaker]] is copied.
"""),

    dict(style="vascular_op_note", note="""
OPERATIVE REPORT

PATIENT: [[NAME:KOUASSI, YAO B]]               MRN: [[MRN:90233718]]
DATE OF OPERATION: [[DATE:04/22/2025]]
SURGEON: [[NAME:Nadia Haddad]], MD
ASSISTANT: [[NAME:Konan N'Guessan]], MD (vascular fellow)
ANESTHESIA: General ([[NAME:T. Okonkwo]], CRNA)

PREOPERATIVE DIAGNOSIS: Infrarenal abdominal aortic aneurysm, 5.9 cm
PROCEDURE: Endovascular aneurysm repair with bifurcated endograft; bilateral percutaneous common femoral access

FINDINGS: Neck length 18 mm, diameter 23 mm, angulation <45 deg. Completion angiogram without type I or III endoleak;
small type II endoleak from a lumbar artery, to be observed.

DESCRIPTION: Ultrasound-guided bilateral CFA access by {{eponym:Seldinger}} technique, two suture-mediated closure devices
preclosed per side. {{drug:Heparin}} {{dose:100 units/kg}} IV, ACT 262. Stiff {{eponym:Lunderquist}} wires placed. Main body
deployed just below the lowest renal artery, contralateral gate cannulated, limbs extended to the common iliacs
bilaterally. Balloon molding at the neck, overlap zones and iliac seals. Sheaths removed, sutures tied, hemostasis good.

Contrast 82 mL. Fluoro 21.4 min. EBL 75 mL. Complications: none.
Bilateral DP and PT palpable at the end of the case. To PACU, then floor. CTA in 1 month.
""", summary="""
[[NAME:Yao Kouassi]] underwent percutaneous EVAR for a 5.9 cm infrarenal AAA on [[DATE:04/22/2025]] by Dr. [[NAME:Haddad]], with only a small
type II endoleak to observe and a CTA planned in a month.
"""),

    dict(style="vascular_op_note_brief", note="""
Brief op note - L radiocephalic AV fistula
Pt: [[NAME:Aminata Ndiaye-Sarr]], {{age:52}}F, CKD 5 not yet on HD, R hand dominant. DOS [[DATE:Aug 12 2025]].
Pre-op: vein map L cephalic 3.1 mm at wrist; {{eponym:Allen}} test normal bilat.
Anesthesia: supraclavicular block (Dr. [[NAME:Ismail]]) + MAC.
Procedure: longitudinal wrist incision, cephalic mobilized, end-of-vein to side-of-artery anastomosis, 7-0 Prolene.
{{drug:Heparin}} {{dose:3000 units}} IV before clamping. Strong thrill, radial pulse palpable distally, hand warm.
EBL minimal. No complications.
Post: elevate arm, no BP/IV/labs L arm, squeeze ball from POD 3. Maturation duplex at 6 wks.
Nephrology (Dr. [[NAME:Cheikh Faye]]) notified.
- [[NAME:Ines de la Vega]], MD
""", summary="""
[[NAME:Aminata Ndiaye-Sarr]], {{age:52}}, had a left radiocephalic AV fistula created [[DATE:Aug 12 2025]] by Dr. [[NAME:de la Vega]] with a strong
thrill; a maturation duplex is due in 6 weeks and Dr. [[NAME:Faye]] was notified.
"""),

    dict(style="vascular_telephone_encounter", note="""
TELEPHONE ENCOUNTER   [[DATE:9/3/2025]] 10:42
Caller: [[NAME:Shannon McAllister]] (daughter) re: mother [[NAME:Rose McAllister]], {{age:58}}, s/p R GSV ablation [[DATE:8/29]]
with Dr. [[NAME:de la Vega]].
Reports R calf swollen and tender since last night, "tight". No SOB, no CP. Wearing compression stocking.
Taking {{drug:ibuprofen}} {{dose:400 mg}} TID.
Advice: needs same-day duplex to r/o EHIT/DVT. Booked vascular lab 1:15 PM today.
Callback [[PHONE:(412) 555-0153]], ok to leave detailed msg per pt.
Routed to Dr. [[NAME:de la Vega]] and [[NAME:M. Stroud]], PA-C.
-- [[NAME:lbarnes]], RN

Addendum 15:20: duplex shows EHIT class 2, no DVT. Start {{drug:Xarelto}} {{dose:15 mg}} BID x 7 days, repeat duplex in
1 wk per Dr. [[NAME:de la Vega]]. Daughter informed, rx sent. [[NAME:LB]]
""", summary="""
[[NAME:Rose McAllister]], {{age:58}}, developed calf swelling after her [[DATE:8/29]] vein ablation; a same-day duplex on [[DATE:9/3/2025]] showed
EHIT class 2 without DVT and she was started on {{drug:Xarelto}} {{dose:15 mg}} BID.
"""),

    dict(style="vascular_lab_report", note="""
CAROTID DUPLEX - BILATERAL

Indication: L amaurosis fugax x2 episodes.
{{vital:BP 146/88}} R arm, {{vital:BP 140/86}} L arm.

RIGHT
  CCA PSV 88 cm/s
  ICA PSV 102 cm/s, EDV 28 cm/s; ICA/CCA ratio 1.2
  Mild heterogeneous plaque at bulb. Estimated stenosis <50%.
LEFT
  CCA PSV 79 cm/s
  ICA PSV 268 cm/s, EDV 96 cm/s; ICA/CCA ratio 3.4
  Irregular heterogeneous plaque with hypoechoic component. Estimated stenosis 70-99% (SRU consensus criteria).
VERTEBRALS: antegrade flow bilaterally.

IMPRESSION: Symptomatic L ICA stenosis 70-99%. Vascular Surgery consult recommended for CEA; correlate with CTA neck.
Critical result called to ordering provider's nurse at 14:05, read back confirmed.
""", summary="""
Carotid duplex for left amaurosis fugax shows a 70-99% left ICA stenosis (PSV 268 cm/s) and under 50% on the right; a vascular
consult for endarterectomy was recommended and the result was called at 14:05.
"""),

    dict(style="vascular_limb_preservation", note="""
Limb Preservation Clinic - Vascular Surgery
[[NAME:Nafisa Abdalla]], {{age:63}} yo F, DM2 on insulin, ESRD on HD MWF via R IJ tunneled catheter.
Non-healing ulcer L 2nd toe x 6 wks. Husband [[NAME:Mohamed Elhassan]] present; Arabic interpreter [[NAME:Amna Babiker]] in person.
Podiatry (Dr. [[NAME:Siobhan O'Rourke]]) debrided [[DATE:10/02]]; probe-to-bone neg.

Exam: L foot cool, no palpable pedal pulses; DP monophasic, PT absent on handheld {{eponym:Doppler}}. Dependent rubor.
R midfoot collapse c/w chronic {{eponym:Charcot}} foot, stable.
Noninvasive: ABI noncompressible ({{lab:ABI >1.4}}), L 2nd toe pressure 24 mmHg, TcPO2 forefoot 22.
{{score:WIfI W1 I3 fI0}}

A/P: CLTI L leg.
- Angiogram with possible tibial intervention [[DATE:Wed 10/15]]; HD on Tues instead of Wed that week (called unit)
- {{drug:Plavix}} {{dose:300 mg}} load day before, then {{dose:75 mg}} daily
- Offloading shoe; continue wound care
Home: [[ADDRESS:3310 Greenmount Ave]], [[ADDRESS:Baltimore]]. Paratransit arranged.
Contact: husband's cell [[PHONE:443-555-0128]]
[[NAME:Y. Berhane]], NP - Vascular Surgery
""", summary="""
[[NAME:Nafisa Abdalla]], {{age:63}}, on dialysis, has a non-healing left toe ulcer from chronic limb-threatening ischemia (toe pressure 24 mmHg)
and is scheduled for angiography with possible tibial intervention [[DATE:Wed 10/15]] after a {{drug:Plavix}} load.
"""),

    dict(style="bariatric_initial_consult", note="""
BARIATRIC SURGERY - INITIAL CONSULTATION
Name: [[NAME:Rami Haddad]]        DOB: [[DATE:1987-01-30]]        HAR [[MRN:4410092837]]
Insurance: commercial PPO, member ID [[MRN:W284417729]]

{{age:38}} yo M here with wife [[NAME:Lina]]. Weight 240 lb when married (2012), 338 lb today.
Prior attempts: structured program x 2, {{drug:phentermine}} x 3 mo in 2021 (stopped, palpitations),
{{drug:Wegovy}} {{dose:2.4 mg}} weekly x 9 mo (lost 31 lb, regained after coverage lapsed).
Comorbidities: OSA on CPAP ({{score:STOP-BANG 6}} at dx), HTN, MASLD, GERD with LA grade B esophagitis on EGD 2024,
prediabetes ({{lab:A1c 6.2}}).

{{vital:Ht 5'10"}}   {{vital:Wt 338 lb}}   {{vital:BMI 48.5}}   {{vital:BP 144/92}}   {{vital:HR 84}}

Discussion: sleeve gastrectomy vs {{eponym:Roux-en-Y}} gastric bypass reviewed with diagrams. Given erosive esophagitis,
recommend RYGB. Pt and wife agree. He wants "to keep up with my kids at the park."
Pathway: psych eval with Dr. [[NAME:Winter]] ([[PHONE:216-555-0145]]), dietitian x 3, sleep medicine clearance, H. pylori
breath test, labs. Never smoker.

[[NAME:Bassel Attar]], MD - Bariatric Surgery
""", summary="""
[[NAME:Rami Haddad]], {{age:38}}, with {{vital:BMI 48.5}}, OSA and erosive reflux, was recommended a {{eponym:Roux-en-Y}} gastric bypass after regaining
weight off {{drug:Wegovy}}; psych evaluation with Dr. [[NAME:Winter]] and dietitian visits come first.
"""),

    dict(style="bariatric_nutrition", note="""
Nutrition - Bariatric Pre-op Visit #2
Pt: [[NAME:JORDAN, SUMMER L]]   {{age:45}}F   MRN [[MRN:2093318]]

Wt today 262.4 lb (down 6.2 lb since [[DATE:6/10]]), BMI 44.9.
24-h recall: skips breakfast, large dinner ~8 pm, sodas cut from 3 regular/day to 1 diet.
Protein est ~55 g/day.
Goals from last visit:
  [x] daily food log
  [ ] 64 oz water - reports ~40 oz
  [x] no eating in the car
New: walk 20 min after dinner now that the summer heat has broken.
Education: 2-wk pre-op liquid diet, protein 60-80 g/day, chewable bariatric MVI, calcium citrate {{dose:1200-1500 mg}}/day
in divided doses, {{drug:vitamin B12}} {{dose:500 mcg}} daily.
Next visit #3 [[DATE:07/22/2025]].
- [[NAME:Mariam Konaté]], RD, LD
""", summary="""
At her second pre-op nutrition visit [[NAME:Summer Jordan]], {{age:45}}, was down 6.2 lb and met two of three goals; she was taught the
pre-op liquid diet and supplements and returns [[DATE:07/22/2025]].
"""),

    dict(style="bariatric_postop_clinic", note="""
Post-op visit - 6 wks s/p laparoscopic sleeve gastrectomy ([[DATE:June 3rd]])
[[NAME:Berivan Dosky]], {{age:34}}

Doing well on soft diet. Occasional nausea with red meat; {{drug:Zofran}} {{dose:4 mg}} ODT prn, ~2x/wk. No vomiting or dysphagia.
Mild reflux on {{drug:Protonix}} {{dose:40 mg}} daily.
Wt 251 -> 219 lb (pre-op -> today), 28% EWL. Incisions healed.
{{vital:BP 118/76}}, off {{drug:amlodipine}} since week 2.
Labs: {{lab:Hgb 12.6}}, {{lab:ferritin 31}}, {{lab:25-OH vit D 24}} -> {{drug:ergocalciferol}} {{dose:50,000 IU}} weekly x 8 wks.
Husband [[NAME:Dilan]] cooking separate portions. She says she has real hope for the first time in years and plans to
start prerequisites for nursing school.
Contraception: levonorgestrel IUD; avoid pregnancy x 18 mo.
Support group 2nd Thursday monthly. RTC 3 mo ([[DATE:Thurs 10/16]]) with labs.
[[NAME:B. Attar]], MD
""", summary="""
Six weeks after her [[DATE:June 3rd]] sleeve gastrectomy [[NAME:Berivan Dosky]], {{age:34}}, has lost 32 lb, is off {{drug:amlodipine}} and is starting vitamin D
repletion; she returns [[DATE:Thurs 10/16]].
"""),

    dict(style="bariatric_portal_message", note="""
Patient message
From: [[NAME:Tawfiq Mukbel]]
Sent: [[DATE:11/19/2025]] 9:52 PM
Subject: vitamins question

hi dr [[NAME:attar]] this is [[NAME:tawfiq]] i had the bypass in september. the big calcium pills make me throw up can i take
the chewy ones instead?? also my wife [[NAME:afrah]] says my face look pale. i have new phone [[PHONE:313 555 0191]]
and email [[EMAIL:tmukbel77@yahoo.com]] thank you

Reply - [[DATE:11/20/2025]] 8:14 AM
Hello Mr. [[NAME:Mukbel]], yes, calcium citrate chews are fine: {{dose:500 mg}} three times a day, at least 2 hours apart from your
iron. Because of the paleness please get labs this week (CBC, ferritin, B12, folate); orders are in. If you are vomiting more
than twice a day or cannot keep liquids down, call us at [[PHONE:313-555-0110]] or go to the ED.
[[NAME:Salma Ba-Wazir]], RN, Bariatric Nurse Navigator
""", summary="""
[[NAME:Tawfiq Mukbel]], two months after gastric bypass, asked on [[DATE:11/19/2025]] to switch to chewable calcium and mentioned pallor;
nurse [[NAME:Salma Ba-Wazir]] approved calcium citrate chews {{dose:500 mg}} TID and ordered anemia labs.
"""),

    dict(style="bariatric_op_note", note="""
OPERATIVE NOTE
Patient: [[NAME:GUEYE, MAME DIARRA]]      MRN [[MRN:61840272]]      Date: [[DATE:2025-09-18]]
Surgeon: [[NAME:Thandar Win]], MD, FACS     Assistant: [[NAME:Myo Min Htut]], MD (PGY-4)

Preop dx: intractable GERD and weight regain after sleeve gastrectomy (2019); BMI 41.
Procedure: Laparoscopic conversion of sleeve gastrectomy to {{eponym:Roux-en-Y}} gastric bypass; posterior cruroplasty; EGD.

Findings: 3 cm sliding hiatal hernia, dilated neofundus, no stricture.
Details: {{drug:cefazolin}} {{dose:3 g}} IV and {{drug:heparin}} {{dose:5000 units}} SQ pre-incision. Hernia reduced, crura closed
posteriorly. Gastric pouch created from proximal sleeve. Biliopancreatic limb 50 cm, Roux limb 150 cm, antecolic.
Linear stapled GJ and JJ. Mesenteric defect and {{eponym:Petersen}} space closed with running nonabsorbable suture.
EGD leak test negative, pouch well perfused.
EBL 20 mL. No drains. No complications.

Sister [[NAME:Khady]] updated in the waiting room at 14:40.
""", summary="""
[[NAME:Mame Diarra Gueye]] had her sleeve converted to a {{eponym:Roux-en-Y}} gastric bypass with hiatal hernia repair on [[DATE:2025-09-18]]
for reflux and weight regain; the leak test was negative and there were no complications.
"""),

    dict(style="trauma_clinic_followup", note="""
TRAUMA CLINIC - POST-DISCHARGE VISIT
[[NAME:Bakary]] "[[NAME:Bak]]" [[NAME:Coulibaly]]    {{age:23}} M    MRN [[MRN:75520194]]    Visit [[DATE:12/2/2025]]

Pedestrian struck [[DATE:11/14]]; splenectomy, L tib/fib ORIF (Ortho, Dr. [[NAME:Traoré]]), L4 TP fx. D/c'd home HD 8.
Doing well. Pain {{score:3/10}}, off oxycodone x 1 wk, on {{drug:Tylenol}} and {{drug:ibuprofen}}. Walking with crutches, NWB LLE.
Incision healed, staples removed today (22). Mild L ankle edema. Calf soft, nontender.
Vaccines: asplenia series - PCV20 and MenACWY given today; MenB #1 given today, #2 due [[DATE:Jan 2, 2026]]. Hib given inpatient.
Education: fever >38.3 = ED same day; wallet card given.
Work: warehouse, no lifting >10 lb x 6 wks - note for employer.
Lives with roommate [[NAME:Salif]] in [[ADDRESS:Bridgeport]]; needs ride to Ortho on [[DATE:12/5]].
Return prn. Ortho f/u as scheduled.
[[NAME:Kerry-Ann Blake]], PA-C, Trauma Surgery
""", summary="""
[[NAME:Bakary Coulibaly]], {{age:23}}, seen [[DATE:12/2/2025]] after a pedestrian injury, is healing well after splenectomy and tibial fixation;
staples were removed and asplenia vaccines given, with MenB #2 due [[DATE:Jan 2, 2026]].
"""),

    dict(style="trauma_bay_note", note="""
ED TRAUMA NOTE - LEVEL 2
[[NAME:ISMOILOV, JASUR]] | {{age:36}} M | DOB [[DATE:5/19/1989]] | CSN [[MRN:100238841]]

Fell ~10 ft from ladder cleaning gutters at his home on [[ADDRESS:Orchard Hill Rd]], landed on L side. No LOC per wife
[[NAME:Dilnoza Karimova]], who witnessed. Arrived by private vehicle.
Vitals: {{vital:BP 134/82}}, {{vital:HR 96}}, {{vital:RR 18}}, {{vital:SpO2 98%}} RA, {{vital:T 36.8}}. {{score:GCS 15}}.
Primary intact. Secondary: L wrist deformity (dinner-fork), L hip pain with ROM, L lower ribs tender.
{{eponym:Battle}} sign absent, no raccoon eyes. Pelvis stable. Neurovasc intact L hand, {{score:5/5}} grip R.
eFAST negative.
Imaging: CT head/C-spine neg. CT C/A/P: L ribs 9-10 nondisplaced fx, no solid organ injury. XR: L distal radius fx
({{eponym:Colles}} type), hip neg.
Plan: hematoma block + sugar tong splint by ED; Ortho hand f/u; admit obs for pain/pulm toilet with rib fx protocol.
Uzbek and Russian speaker; wife interprets, declined phone interpreter.
[[NAME:Seo-yeon Park]], MD (EM) / Trauma: [[NAME:P. Bishop]], MD
""", summary="""
[[NAME:Jasur Ismoilov]], {{age:36}}, fell from a ladder at home and has two nondisplaced left rib fractures and a {{eponym:Colles}}-type distal radius
fracture; he was splinted and admitted to observation under Dr. [[NAME:Bishop]].
"""),
]
