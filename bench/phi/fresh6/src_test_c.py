"""Hand-written held-out notes, part C: surgical notes, nursing shift notes, ICU progress notes.
Every person, number, date, phone, e-mail and street is invented."""

NOTES = [
    dict(style="surgical_op_note", note="""
OPERATION NOTE - GENERAL SURGERY
Patient: [[NAME:QURESHI, AYESHA N]]        Hosp No: [[MRN:K4829173]]        DOB: [[DATE:02/11/1979]]
Date: [[DATE:14/05/2025]]                  Theatre 3, Day Surgery Unit
Surgeon: Mr [[NAME:I. Chaudhry]]    Assistant: Dr [[NAME:Morag McLeod]] (ST4)
Anaesthetist: Dr [[NAME:Gareth Ifans]]    Scrub: [[NAME:DH]]
Procedure: Laparoscopic cholecystectomy
Indication: recurrent biliary colic, 3 admissions since January; {{eponym:Murphy}} sign positive on last admission; USS multiple
calculi, CBD 5 mm; LFTs normal ({{lab:ALP 96}}, {{lab:bili 11}}).
Anaesthesia: GA + port-site infiltration {{drug:levobupivacaine}} {{dose:0.25% 20 ml}}.
Entry: open {{eponym:Hasson}} at umbilicus, pneumoperitoneum 12 mmHg, three further 5 mm ports.
Findings: chronically inflamed thick-walled GB, omentum adherent to fundus. Critical view of safety obtained and photographed.
Steps: adhesiolysis; {{eponym:Calot}}'s triangle dissected; cystic duct and artery clipped (2 proximal, 1 distal) and divided;
GB off liver bed with diathermy; haemostasis checked at 8 mmHg; retrieved in bag via umbilicus. Washout 500 ml.
Closure: 0 PDS to umbilical sheath, 4/0 Monocryl subcuticular, glue. EBL minimal. No drain.
Post-op:
 - {{drug:paracetamol}} {{dose:1 g}} QDS + {{drug:ibuprofen}} {{dose:400 mg}} TDS with food for 5 days
 - eat and drink as tolerated, mobilise
 - home today if comfortable and PU
 - no routine follow-up; histology to be reviewed by [[NAME:IC]] and letter to GP
[[NAME:Imran Chaudhry]] FRCS, Consultant Upper GI Surgeon - bleep [[PHONE:2217]]
""", summary="""
[[NAME:Ayesha Qureshi]] had an uncomplicated laparoscopic cholecystectomy on [[DATE:14/05/2025]] under Mr [[NAME:Chaudhry]]
for recurrent biliary colic. She can go home the same day on simple analgesia with no routine follow-up.
"""),

    dict(style="nursing_shift_note", note="""
0700-1900 RN shift note - 5 West Ortho
Pt [[NAME:WISNIEWSKI, KRZYSZTOF J]]  MRN [[MRN:4471982]]  CSN [[MRN:210093318724]]
{{age:74}}M POD 2 R TKA. A&Ox4, pleasant, speaks Polish + some English.
VS stable: {{vital:T 37.4}} {{vital:HR 88}} {{vital:BP 134/78}} {{vital:RR 18}} {{vital:SpO2 95% RA}}.
Pain {{score:6/10}} at 0800 -> {{score:3/10}} after {{drug:oxycodone}} {{dose:5 mg}} PO @0945. Ice + elevation.
CPM 0-70 deg x2 hrs, tolerated. PT ([[NAME:Mark F.]]) ambulated 60 ft w/ walker, CGA.
Dressing: Aquacel dry/intact. {{eponym:Homan}}s sign neg bilat, calves soft, pedal pulses +2.
{{eponym:Foley}} d/c'd POD1, voided x3 since. No BM since admit -> {{drug:Senna}} {{dose:8.6 mg}} x2 given, {{drug:Miralax}} ordered.
{{drug:Lovenox}} {{dose:40 mg}} SQ given 0900.
Wife [[NAME:Małgorzata]] at bedside most of day, asking re d/c to rehab vs home - CM [[NAME:Denise]] notified (pager [[PHONE:773-555-0148]]).
Daughter [[NAME:Kasia]] ([[PHONE:312-555-0193]]) wants update after 6pm -> called @1810, updated, she will bring his reading glasses.
Fall risk {{score:Morse 45}}: bed alarm on, non-skid socks, call light in reach.
Handoff to night RN [[NAME:Jo Brook]] at bedside.
-- [[NAME:L. Hill]], RN
""", summary="""
[[NAME:Krzysztof Wisniewski]] ({{age:74}}) is stable on post-op day 2 after a right knee replacement, with pain controlled on
{{drug:oxycodone}} and no bowel movement yet. His wife [[NAME:Małgorzata]] and daughter [[NAME:Kasia]] were updated about rehab planning.
"""),

    dict(style="icu_progress_note", note="""
ICU PROGRESS NOTE - Day 4                                        [[DATE:Tue 19/08/2025]] 0830
[[NAME:FALEOLO, Sione Tavita]]   NHI [[MRN:ZGH4721]]   DOB [[DATE:07.02.1968]]
{{age:57}} M, T2DM, BMI 44, OSA (not using CPAP). Admitted [[DATE:15/8]] with severe CAP -> T1RF, intubated in ED.

Overnight: FiO2 weaned 0.6 -> 0.4, PEEP 10. One desat to {{vital:SpO2 86%}} with suctioning, recovered.
Sedation: {{drug:propofol}} {{dose:150 mg/h}} + {{drug:fentanyl}} {{dose:50 mcg/h}}, {{score:RASS -2}}. SAT this am.
CVS: {{drug:noradrenaline}} down to {{dose:0.04 mcg/kg/min}}, {{vital:MAP 68}}. {{lab:lactate 1.4}} (from 4.2).
Resp: {{lab:P/F ratio 210}}. Sputum: Strep pneumoniae, pen sensitive.
Renal: UO ~0.6 ml/kg/h, {{lab:Cr 142}} (baseline 98). {{eponym:Foley}} in situ.
ID: day 5 {{drug:ceftriaxone}}, day 3 {{drug:azithromycin}} - stop tomorrow.
Endo: insulin infusion, BGLs 8-11.
Lines: R IJ CVC (day 4), L radial art line.
Family: wife [[NAME:Lupe]] and eldest son [[NAME:Iosefa]] updated by Dr [[NAME:Tuilagi]] yesterday evening, with [[NAME:Lupe]]'s cousin
[[NAME:Malia]] helping in Samoan. Their minister Rev. [[NAME:Leota]] came in to pray with the family.
Plan:
 1. SBT if FiO2 <=0.4 and PEEP <=8 tomorrow
 2. de-escalate to {{drug:benzylpenicillin}}
 3. physio BD, sit up 30 deg
-- [[NAME:A. Ngata]], ICU registrar, pager [[PHONE:0452]]
""", summary="""
[[NAME:Sione Faleolo]] is on ICU day 4 with pneumococcal pneumonia and respiratory failure, improving on less oxygen and less
{{drug:noradrenaline}}. The plan is a breathing trial tomorrow and narrowing antibiotics; his wife [[NAME:Lupe]] and son [[NAME:Iosefa]] were updated.
"""),

    dict(style="surgical_consult", note="""
General Surgery Consult
Pt: [[NAME:Gonçalo M. da Silva]] | MRN [[MRN:00738215]] | FIN [[MRN:5501938476]] | DOB [[DATE:9/30/1996]]
Requesting: Dr. [[NAME:Hart]], ED      Reason: RLQ pain

HPI: {{age:28}} yo M, fisherman out of [[ADDRESS:New Bedford]], periumbilical pain starting Sunday evening now migrated to RLQ,
anorexia, one episode emesis. Denies diarrhea, urinary sx. More comfortable in Portuguese - girlfriend [[NAME:Inês Sousa]]
translated parts of the history (pt agreeable).
PMH none. PSH none. Meds none. NKDA.
Exam: {{vital:T 38.1}} {{vital:HR 104}} {{vital:BP 128/74}}. TTP at {{eponym:McBurney}} point, + {{eponym:Rovsing}}, + psoas. No rigidity.
Labs: {{lab:WBC 15.8}}, {{lab:CRP 48}}, {{lab:lipase 22}}. UA neg.
CT A/P [[DATE:06/02/25]]: dilated appendix 11 mm, periappendiceal stranding, no abscess/free air. {{score:Alvarado 8}}.
A/P acute uncomplicated appendicitis
 - NPO, LR @ 125/h
 - ED gave {{drug:ceftriaxone}} + {{drug:Flagyl}} {{dose:500 mg}} - continue
 - consented for lap appy, add-on to OR tonight
 - d/w attending Dr. [[NAME:Magalhães]], agrees
[[NAME:Inês]]'s cell for updates: [[PHONE:(508) 555-0177]]
[[NAME:J. Prosser]], MD  PGY-3 General Surgery
""", summary="""
[[NAME:Gonçalo da Silva]], {{age:28}}, has CT-confirmed uncomplicated appendicitis and is consented for laparoscopic appendectomy
tonight after discussion with Dr. [[NAME:Magalhães]].
"""),

    dict(style="nursing_shift_note", note="""
NURSING HANDOVER (SBAR) - Ward 22, Bed 14 - nights to days, [[DATE:Sat 7th June]]
S: [[NAME:Gul Ahmad POPAL]], {{age:63}}, day 3 post open R inguinal hernia repair (strangulated - small bowel resection +
   primary anastomosis). Speaks Pashto only.
B: HTN, ex-smoker. Lives with son [[NAME:Mirwais]] in [[ADDRESS:Southall]]. Hosp no [[MRN:R0938821]].
A: obs stable overnight, {{score:NEWS2 1}}. {{vital:HR 82}}, {{vital:BP 141/86}}, {{vital:T 36.9}}.
   NG out yesterday, tolerating sips + soup. Passing flatus, not BO yet.
   Wound clean, 2 clips slightly red at lateral edge - photographed, margin marked with pen.
   Drain 20 ml serous -> for removal today per Mr [[NAME:O'Neill]].
   Pain {{score:3-4/10}} (faces scale) on {{drug:Oramorph}} {{dose:5 mg}} PRN (x2 overnight) + regular {{drug:paracetamol}}.
   Distressed at 0200 wanting to pray - helped to sit out, prayer mat from locker. Settled after.
R: Pashto interpreter booked 1030 for ward round (Mrs [[NAME:Farida Wardak]], ext [[PHONE:5530]]).
   [[NAME:Mirwais]] asks to be phoned before any discharge plan: [[PHONE:07700 914 382]].
   Mobilise with physio, fluid balance chart, keep an eye on that wound.
Handed over by [[NAME:Rhiannon Pugh]] RN -> [[NAME:Chloe Marsh]] RN   (entered: [[NAME:rpugh2]])
""", summary="""
[[NAME:Gul Ahmad Popal]] is stable on day 3 after a strangulated hernia repair with bowel resection, with mild redness at the wound
edge. A Pashto interpreter is booked for the ward round and his son [[NAME:Mirwais]] wants a call before discharge planning.
"""),

    dict(style="icu_progress_note", note="""
Bed 6 - Daily Goals (ICU)
Neuro: off sedation since 0600. {{score:GCS E2 VT M5}}. Pupils 3 mm, equal, reactive. {{eponym:Babinski}} upgoing on L.
       Repeat CT head booked for 1100.
CVS: {{vital:HR 96}} SR, {{vital:MAP 74}} on {{drug:noradrenaline}} {{dose:0.08 mcg/kg/min}}. {{eponym:Swan-Ganz}} removed.
     Echo: EF ~45%, no effusion.
Resp: PC-SIMV, {{vital:FiO2 0.35}}, PEEP 6, {{vital:SpO2 96%}}. ETT 22 cm at lips. CXR - R base atelectasis.
Renal: CVVHDF {{dose:35 ml/kg/h}}, citrate; {{lab:iCa 1.12}}, {{lab:K 4.6}}. Target net -100 ml/h.
GI: NG {{drug:Nutrison}} at 50 ml/h, {{lab:GRV 80 ml}}. {{drug:Movicol}} started. No BO day 5.
Lines: R femoral Vascath (day 2), L subclavian CVC (day 6), R radial, {{eponym:Foley}}.
VTE: {{drug:dalteparin}} {{dose:5000 units}} SC OD. Ulcer prophylaxis: {{drug:omeprazole}} {{dose:40 mg}} IV.
Skin: {{score:Braden 11}}, sacrum category 1 - turns 2-hourly, air mattress.
Goals today: SBT if neuro allows; wean norad; CAM-ICU once {{score:RASS -2}} or lighter; update family after CT.
""", summary="""
The bed 6 patient is off sedation with a new upgoing {{eponym:Babinski}} sign and is going for repeat CT head, while still on low-dose
{{drug:noradrenaline}} and CVVHDF. Goals are a breathing trial if neurology allows and weaning vasopressors.
"""),

    dict(style="surgical_preop_note", note="""
PRE-OPERATIVE ASSESSMENT - Vascular                 Ysbyty Glan Clwyd
Name: [[NAME:Rhys ap Dafydd]]     DOB [[DATE:23-04-1958]]     NHS No [[MRN:486 220 9173]]
Address: [[ADDRESS:Tŷ Newydd, 4 Ffordd y Bryn, Abergele LL22 7RT]]     Tel: [[PHONE:01745 860 412]]
Planned: elective open infrarenal AAA repair (5.8 cm), Mr [[NAME:Siôn Gwilym]]. Listed [[DATE:Thursday 26 June]].
Prefers consultations in Welsh - [[NAME:CL]] (Welsh speaker) led today's assessment. Wife [[NAME:Bronwen]] present.
PMH: HTN, hypercholesterolaemia, COPD (mild), ex-smoker 40 pack-yrs, stopped 2019.
Meds: {{drug:aspirin}} {{dose:75 mg}} (continue), {{drug:atorvastatin}} {{dose:40 mg}}, {{drug:ramipril}} {{dose:5 mg}} (omit on morning of surgery),
      {{drug:bisoprolol}} {{dose:2.5 mg}} (continue), {{drug:Trelegy}} 1 puff OD.
Obs: {{vital:BP 138/82}}, {{vital:HR 62}}, {{vital:SpO2 96%}}, BMI 29.
Bloods: {{lab:Hb 131}}, {{lab:eGFR 58}}, {{lab:HbA1c 41}}. G&S on admission.
CPET [[DATE:02/06]]: {{lab:AT 11.2 ml/kg/min}}, {{lab:VO2 peak 16.4}}. Spirometry {{lab:FEV1 2.1 L}} (71%).
{{score:ASA 3}}. Frailty: {{score:CFS 3}}.
Anaesthetic review: Dr [[NAME:Eleri Bowen]] - plan GA + thoracic epidural, post-op HDU bed requested.
Patient and [[NAME:Bronwen]] understand risks incl. renal impairment, MI, death (~4%). Written info given (Cymraeg).
[[NAME:Cerys Llewellyn]], Pre-assessment Nurse Practitioner
""", summary="""
[[NAME:Rhys ap Dafydd]] was assessed before an elective open AAA repair listed for [[DATE:26 June]], with acceptable CPET results
and an {{score:ASA 3}} grading. He should omit {{drug:ramipril}} on the morning of surgery and an HDU bed has been requested.
"""),

    dict(style="nursing_shift_note", note="""
Nursing notes - Ward 4B (Ortho Trauma)                       22:00-07:30  [[DATE:03/03/25]] into [[DATE:04/03/25]]
Mrs [[NAME:Ishbel Cameron]] ([[AGE:93]]) - day 2 post DHS L NOF.
22:15 settled, {{score:pain 2/10}}, {{drug:paracetamol}} given. Obs: {{vital:BP 118/64}} {{vital:HR 78}} {{vital:SpO2 94% RA}} {{vital:T 36.6}}.
01:05 found trying to climb over bed rails, calling for "[[NAME:Dougie]]" (late husband). Disorientated to place.
      {{score:4AT 6}}. Reoriented, lights on low, hearing aids in. Dr [[NAME:Buchanan]] (FY1) informed - bloods and urine sent,
      {{drug:haloperidol}} NOT to be given per COTE plan. Enhanced obs 1:1 with HCA [[NAME:Jordan]] until 04:00.
02:15 daughter [[NAME:Elspeth]] phoned - updated, will come in at 10am with her mum's own nightie + photos.
04:00 asleep. {{eponym:Foley}} draining, 420 ml since 22:00. {{lab:BM 6.2}}.
06:00 repositioned 2-hrly overnight - {{score:Waterlow 22}}, heels offloaded, sacrum intact.
07:00 more settled, ate porridge with help. Still thinks she is "in [[ADDRESS:Dingwall]]".
Needs: review by COTE today, physio, bowel chart (not opened since admission).
[[NAME:K. MacKinnon]] SN
""", summary="""
[[NAME:Ishbel Cameron]], [[AGE:93]], became acutely confused overnight on day 2 after hip fixation and needed one-to-one observation without
{{drug:haloperidol}}. Her daughter [[NAME:Elspeth]] was updated and COTE review is requested today.
"""),

    dict(style="icu_family_meeting", note="""
ICU FAMILY MEETING - Whānau hui
[[DATE:Thursday 12 June 2025]], 1400, whānau room
Patient: [[NAME:Wiremu TE RANGI]]  NHI [[MRN:PQT8830]]  {{age:48}}  Day 9 post out-of-hospital VF arrest (~25 min to ROSC)
Present: Dr [[NAME:Hemi Parata]] (ICU consultant); [[NAME:Aroha Ngata]] (Kaitiaki, Māori health); [[NAME:Tracey Bell]] (CNM);
[[NAME:Mere Te Rangi]] (wife); [[NAME:Tama]] and [[NAME:Ripeka]] (son, daughter); Koro [[NAME:Rāwiri Tāwhiri]] (kaumātua, [[NAME:Mere]]'s uncle).
Meeting opened with karakia led by Koro [[NAME:Rāwiri]].
Dr [[NAME:Parata]] explained: off sedation 5 days, {{score:GCS 3}} (E1 VT M1), absent pupillary and corneal reflexes since day 6,
bilaterally absent N20 on SSEPs, MRI - diffuse hypoxic-ischaemic injury. Myoclonus resolved on {{drug:levetiracetam}} {{dose:1 g}} BD.
Our view: no realistic chance of meaningful recovery.
[[NAME:Mere]] said [[NAME:Wiremu]] told her after his brother died that he would "never want to be kept going on machines".
[[NAME:Tama]] asked about a second opinion - offered; Dr [[NAME:Callum Drummond]] to review tomorrow.
Whānau wish: ventilation not to continue beyond the weekend; want time for extended whānau to travel from
[[ADDRESS:Ruatoria]]; wish for karakia at bedside before extubation; body to go home to the marae. Tikanga needs discussed with
[[NAME:Aroha]] (no food in room, water for hands at the door, tūpāpaku to be accompanied).
Donation: coordinator informed; whānau will consider and tell [[NAME:Tracey]].
Plan: continue current care, comfort focus; reconvene [[DATE:Sat 14/6]] 1000.
[[NAME:H. Parata]]
""", summary="""
At a whānau meeting on [[DATE:12 June 2025]], Dr [[NAME:Parata]] explained that [[NAME:Wiremu Te Rangi]] has severe hypoxic brain injury
after cardiac arrest with no realistic chance of recovery. His wife [[NAME:Mere]] and whānau agreed to move to comfort care after the weekend,
with tikanga observed and a second opinion offered.
"""),

    dict(style="surgical_ward_round", note="""
wr mr [[NAME:obrien]] / ct2 [[NAME:kowalski]] / fy1 [[NAME:a. khan]]
pod1 lap r hemicolectomy (ca caecum) - ms [[NAME:grace hunter]], {{age:71}}
comfortable overnight. pca {{drug:morphine}} {{dose:1 mg}} bolus - used 14 mg in 24h. nausea x1, {{drug:ondansetron}} {{dose:4 mg}} helped.
eating yoghurt, drinking well, flatus +. mobilised to chair x2.
obs: {{vital:hr 84}} {{vital:bp 122/70}} {{vital:t 37.2}} {{vital:sats 96%}} ra. uo 40-60 ml/h.
abdo soft, approp tender, ports clean, no ooze.
bloods: {{lab:hb 108}} (pre-op 121), {{lab:wcc 11.2}}, {{lab:crp 94}}, {{lab:k 3.6}}, {{lab:mg 0.68}}.
p:
- stop pca tomorrow am, switch to {{drug:oxynorm}} {{dose:5 mg}} prn + regular {{drug:paracetamol}}
- iv mg replacement
- remove catheter today
- eras pathway, d/c aim day 3
- {{drug:enoxaparin}} {{dose:40 mg}} od x 28 days (teach her self-injection)
- her son [[NAME:dean]] asked for a call - rang [[PHONE:07812 556 903]], vm left
[[NAME:ak]] fy1
""", summary="""
Ms [[NAME:Grace Hunter]], {{age:71}}, is doing well on day 1 after laparoscopic right hemicolectomy for caecal cancer, eating and mobilising.
Her PCA stops tomorrow, magnesium is being replaced, and she is on the enhanced recovery pathway aiming for discharge on day 3.
"""),

    dict(style="surgical_op_note", note="""
OPERATIVE REPORT - EMERGENCY GENERAL SURGERY (NCEPOD 2A)
Patient: [[NAME:MALIK, Sana]]      MRN [[MRN:R2271904]]      Date of procedure: [[DATE:2025-01-11]]
Surgeon: Ms [[NAME:Małgorzata Zielińska-Kaczmarek]], Consultant Colorectal Surgeon
Assistant: Mr [[NAME:Tomasz Dąbrowski]] (SpR)      Anaesthetist: Dr [[NAME:Hamish MacKinnon]]
Procedure: Laparotomy, {{eponym:Hartmann}}'s procedure (sigmoid colectomy, end colostomy LIF), washout
Indication: perforated sigmoid diverticulitis with purulent peritonitis ({{score:Hinchey III}}), septic shock.
Pre-op: {{lab:lactate 3.8}}, {{lab:WCC 22.1}}, {{lab:CRP 311}}; {{drug:Tazocin}} {{dose:4.5 g}} given in ED.
Consent: form 1 signed by patient; son [[NAME:Bilal Malik]] (NOK) present and in agreement.
Findings: 2 L purulent fluid all 4 quadrants, no faeculent contamination. Inflammatory phlegmon sigmoid with 1 cm perforation.
No liver lesions palpable. Small bowel healthy.
Operation: midline laparotomy; sigmoid mobilised, L ureter identified and preserved; high-tie not needed - benign resection
close to bowel; proximal division at descending/sigmoid junction, distal at upper rectum with GIA 60 (blue), staple line
oversewn 3/0 PDS. End colostomy LIF, spouted 1 cm. Washout 6 L warm saline. 2 x 20Fr {{eponym:Robinson}} drains (pelvis, L paracolic).
Mass closure 1 loop PDS, skin clips. Stoma bag applied.
EBL 300 ml. Specimen to histology.
Post-op: to ICU (vasopressor requirement {{drug:noradrenaline}} {{dose:0.15 mcg/kg/min}} at end of case).
 - continue {{drug:Tazocin}} 5 days, review with micro
 - {{drug:dalteparin}} from tomorrow am
 - stoma nurse ([[NAME:Joanne]]) to see day 1
 - reversal to be discussed at clinic in 6 months
[[NAME:MZK]] / dictated [[DATE:11.01.25]] 23:40
""", summary="""
[[NAME:Sana Malik]] underwent an emergency {{eponym:Hartmann}}'s procedure on [[DATE:2025-01-11]] under Ms [[NAME:Zielińska-Kaczmarek]]
for perforated diverticulitis with purulent peritonitis. She went to ICU on {{drug:noradrenaline}} with a plan for 5 days of {{drug:Tazocin}}.
"""),

    dict(style="nursing_shift_note", note="""
Nursing evaluation 07:00-19:30
Received from PACU at 11:20 post laparoscopic appendicectomy. Alert, orientated. {{score:NEWS2 0}} on arrival.
Obs 4-hourly: {{vital:BP 116/72}}, {{vital:HR 76}}, {{vital:RR 16}}, {{vital:SpO2 98% on air}}, {{vital:T 37.0}}.
Pain {{score:5/10}} R shoulder tip at 13:00 - likely CO2, walked + {{drug:paracetamol}} {{dose:1 g}} IV, {{score:2/10}} by 14:00.
PONV x1 at 12:30, {{drug:cyclizine}} {{dose:50 mg}} IV given with good effect.
Port sites x3 - dressings dry. No {{eponym:Jackson-Pratt}} drain this patient.
Tolerating water and toast. PU 300 ml at 15:10, bladder scan post void 40 ml.
Mobilised around ward independently x3.
{{score:Waterlow 6}}, {{score:MUST 0}}. VTE assessment done - TEDs fitted, {{drug:Clexane}} {{dose:40 mg}} at 18:00.
Discharge planning: TTO {{drug:co-codamol}} {{dose:30/500}} + {{drug:ibuprofen}}, wound leaflet given; to go home in the morning
if obs remain stable.
Handed over to night staff.
""", summary="""
After a laparoscopic appendicectomy the patient had one episode of nausea and shoulder-tip pain, both settled, and is eating,
passing urine and mobilising. Planned home tomorrow morning if observations stay stable.
"""),

    dict(style="icu_progress_note", note="""
ICU / HDU PROGRESS - DKA
Name: [[NAME:Bilal HUSSAIN]] | Hosp no: [[MRN:M551730]] | Adm: [[DATE:26.10.2025]] 01:40 via ED
{{age:19}} M, new presentation T1DM. 2/52 polyuria, polydipsia, 6 kg wt loss; vomiting x 24 h.
FRIII {{dose:0.1 units/kg/h}} + 0.9% NaCl with KCl, {{drug:Lantus}} continued ({{dose:20 units}} given at 22:00 on ED advice).

  Time  | pH        | HCO3        | Ketones       | Glucose       | K+
  02:00 | {{lab:6.98}} | {{lab:4.1}}  | {{lab:6.8}}    | {{lab:31.4}}   | {{lab:5.9}}
  06:00 | {{lab:7.12}} | {{lab:8.8}}  | {{lab:4.2}}    | {{lab:18.0}}   | {{lab:4.4}}
  10:00 | {{lab:7.26}} | {{lab:14.0}} | {{lab:2.1}}    | {{lab:12.6}}   | {{lab:3.9}}
  14:00 | {{lab:7.33}} | {{lab:18.5}} | {{lab:0.7}}    | {{lab:10.2}}   | {{lab:4.1}}

Now: DKA resolved (ketones <0.6 expected next check). {{score:GCS 15}}, eating. Cerebral oedema watch done - no headache.
Plan: convert to SC basal-bolus when eating lunch - {{drug:NovoRapid}} {{dose:6 units}} with meals, continue {{drug:Lantus}};
DSN [[NAME:Kirsty]] to see today (bleep [[PHONE:3391]]); step down to AMU once on SC insulin.
Mum [[NAME:Shazia]] and dad [[NAME:Tariq]] at bedside; older brother [[NAME:Hamza]] (community pharmacist) asked about
Libre sensor - DSN to discuss. Coeliac + TFTs sent.
[[NAME:R. Qadir]], ICM ST5
""", summary="""
[[NAME:Bilal Hussain]], {{age:19}}, presented on [[DATE:26.10.2025]] with severe DKA as a new type 1 diabetic, and it has resolved on the
fixed-rate insulin infusion. He is switching to subcutaneous basal-bolus insulin with diabetes nurse input before step-down.
"""),

    dict(style="surgical_discharge_summary", note="""
DISCHARGE SUMMARY - Upper GI Surgery, West Suffolk Hospital
Patient: [[NAME:João Conceição]]         DOB: [[DATE:17/08/1971]]         NHS: [[MRN:612 773 0498]]
Address: [[ADDRESS:Flat 3, 27 Pilgrim Way, Thetford IP24 1QZ]]
Admitted: [[DATE:2 Apr 2025]]     Discharged: [[DATE:4 Apr 2025]]     Consultant: Mr [[NAME:E. Buchanan]]
GP: Dr [[NAME:Anwen Hughes]], Grove House Surgery - fax [[PHONE:01842 753 118]]
Procedure: laparoscopic {{eponym:Nissen}} fundoplication + crural repair ([[DATE:02/04/25]]) for large hiatus hernia and
PPI-refractory reflux; pre-op pH study {{score:DeMeester 48}}.
Course: uneventful. Contrast swallow day 1 - no leak, free flow. Soft diet tolerated.
Discharge meds: {{drug:omeprazole}} STOPPED. Liquid {{drug:paracetamol}} {{dose:1 g}} QDS, {{drug:Gaviscon}} PRN
(expected to need less), {{drug:ondansetron}} {{dose:4 mg}} orodispersible PRN.
Advice: soft/sloppy diet 4-6 weeks (leaflet in Portuguese given), avoid bread, steak, fizzy drinks; some dysphagia is expected.
Follow-up: nurse telephone review in 2/52; clinic 6/52.
Patient's wife [[NAME:Rosa]] prefers updates by email: [[EMAIL:rosa.conceicao71@gmail.com]].
Queries: [[NAME:Euan Buchanan]]'s secretary [[NAME:Sarah Wood]], [[PHONE:01284 713 462]], [[EMAIL:sarah.wood14@nhs.net]]
cc: Dr [[NAME:A. Hughes]]; patient
""", summary="""
[[NAME:João Conceição]] had a laparoscopic {{eponym:Nissen}} fundoplication on [[DATE:02/04/25]] and went home on [[DATE:4 Apr 2025]]
after a normal contrast swallow. {{drug:Omeprazole}} is stopped, a soft diet is advised, and follow-up is by phone at 2 weeks and clinic at 6.
"""),

    dict(style="nursing_incident_note", note="""
INCIDENT: unwitnessed fall           Datix ref [[MRN:W-2025-118374]]
Patient [[NAME:Dylan PRITCHARD]], Bay 3 Bed 2, Hosp no [[MRN:G772301]], {{age:84}}, day 5 post TURP
[[DATE:15/02/2025]] approx 03:40.
HCA [[NAME:Siân]] heard a thud, found pt on floor beside bed, sitting, back against locker. States he was "going to the toilet"
and didn't want to bother anyone. Call bell within reach. Catheter removed yesterday.
Immediate checks: {{score:GCS 15}}, pupils equal and reactive, no head strike reported but unwitnessed - on {{drug:apixaban}}
{{dose:5 mg}} BD -> CT head within 8 h per NICE head injury guidance.
No hip pain, full ROM both legs, no shortening/rotation. Small skin tear L forearm - steristrips + Mepitel.
Hoisted back to bed (flat lift). Obs: {{vital:BP 104/60}} lying, standing not done, {{vital:HR 92}}, {{lab:BM 7.1}}.
Neuro obs hourly x4 then 2-hourly. Dr [[NAME:Tom Lane]] (FY1, bleep [[PHONE:6120]]) reviewed 04:10 - CT requested.
Falls bundle: bed lowered, sensor mat, lying/standing BP in the morning, urinal left in reach.
Daughter [[NAME:Catrin]] (NOK) informed 07:30 on [[PHONE:07921 443 875]] - duty of candour discussed.
[[NAME:Nia Howells]] RN, Band 6
""", summary="""
[[NAME:Dylan Pritchard]], {{age:84}}, had an unwitnessed fall on [[DATE:15/02/2025]] on day 5 after TURP while on {{drug:apixaban}},
with a small forearm skin tear and no hip injury. A CT head was requested, neuro obs started and his daughter [[NAME:Catrin]] informed.
"""),

    dict(style="icu_transfer_email", note="""
From: [[EMAIL:zarghona.noorzai@nhs.net]]
To: Critical Care Outreach; Ward 7 Nurse in Charge
Sent: [[DATE:Fri 31/10/2025]] 15:52
Subject: Step-down Bed 11 -> Ward 7 - [[NAME:KAKAR, Hamid]] ([[MRN:T3308812]])

Hi all,
Stepping down Mr [[NAME:Hamid Kakar]] this evening (bed on Ward 7 confirmed by [[NAME:Mandy]]).
- {{age:52}}, day 8 post 2-stage {{eponym:Ivor Lewis}} oesophagectomy for distal adenocarcinoma (neoadjuvant FLOT)
- extubated day 1; now {{vital:SpO2 95%}} on 2 L NC, physio BD, incentive spirometry
- epidural removed day 5; pain now {{drug:oxycodone}} {{dose:5 mg}} PRN via J-tube + {{drug:paracetamol}}
- J-tube feeds {{drug:Peptamen}} at 75 ml/h (full target), NBM except sips - contrast study planned day 9
- chest drain R removed today, CXR ok
- AF day 3 -> {{drug:amiodarone}} loaded, now SR {{vital:HR 78}}; remains on {{dose:200 mg}} TDS for one more week
- {{lab:CRP 86}} trending down; watch for anastomotic leak (fever, new AF, chest pain)
Family: daughter [[NAME:Freshta Kakar]] is main contact, speaks English for the family ([[PHONE:07438 290 114]]). Mr [[NAME:Kakar]]
speaks Pashto + some Urdu.
Outreach please review tomorrow am and again pm.
Thanks,
[[NAME:Zarghona]]
Dr [[NAME:Zarghona Noorzai]] | ICM ST6 | ext [[PHONE:63340]]
""", summary="""
Dr [[NAME:Noorzai]] is stepping [[NAME:Hamid Kakar]] down from ICU to Ward 7 on day 8 after an {{eponym:Ivor Lewis}} oesophagectomy,
on jejunal feeds and {{drug:amiodarone}} after post-op AF. Outreach is asked to review twice tomorrow and watch for anastomotic leak.
"""),

    dict(style="surgical_op_note_dictated", note="""
this is [[NAME:euan buchanan]] consultant general surgeon dictating an operation note for [[NAME:fraser cameron]] hospital number
[[MRN:k as in kilo four four seven nine two one]] date of operation [[DATE:june fourth twenty twenty five]] procedure emergency laparoscopy
converted to open adhesiolysis no bowel resection surgeon myself assistant doctor [[NAME:ross]] that's [[NAME:ailsa ross]] anaesthetist
doctor [[NAME:mackinnon]] indication small bowel obstruction previous open appendicectomy as a child failed conservative management
with {{drug:gastrografin}} at twenty four hours findings single band adhesion from the appendix stump area to the terminal
ileum with a closed loop about forty centimetres viable after release and warm packs dusky initially pinked up peristalsing
full stop the remainder of small bowel dilated to the band and collapsed beyond comma no other pathology full stop
procedure laparoscopic entry {{eponym:palmer}}'s point open conversion through a small lower midline as could not safely run the bowel
band divided bowel run from duodenojejunal flexure to caecum serosal tear repaired with three oh pds washout closure loop
one pds clips to skin post op plan ng on free drainage sips only {{drug:dalteparin}} tonight review in the morning
please send copy to his gp doctor [[NAME:isla munro]] at [[ADDRESS:kirkwall]] thanks new paragraph end of dictation
typed by [[NAME:LW]] [[DATE:05/06/25]]
""", summary="""
Mr [[NAME:Buchanan]] dictated the operation note for [[NAME:Fraser Cameron]]'s emergency laparoscopy converted to open adhesiolysis on
[[DATE:4 June 2025]] for a closed-loop small bowel obstruction from a single band. The bowel was viable and no resection was needed.
"""),

    dict(style="nursing_wound_note", note="""
WOUND / OSTOMY NURSING NOTE
Pt: [[NAME:Tavita AUMUA]]    MRN [[MRN:H00918342]]    Med-QUEST ID [[MRN:0004419827]]
Visit: [[DATE:10/14/2025]], inpatient 4 Ewa
{{age:61}} yo M, T2DM ({{lab:A1c 9.8}}), PAD, s/p R transmetatarsal amputation [[DATE:10/3]] (Dr. [[NAME:Kealoha]], vascular/podiatry).
Wound: R TMA incision, 9.2 x 2.1 x 0.8 cm dehisced medial third. Base 80% red granular, 20% yellow slough. Mod serosanguinous
exudate, no odor. Periwound macerated 1 cm, no erythema/induration. Pain {{score:2/10}} (neuropathy).
Tx today: NPWT changed - black foam x1 piece, 125 mmHg continuous, seal achieved on 1st attempt. Periwound protected w/ Cavilon.
Offloading: heel-wedge shoe when OOB, pt educated again re not walking barefoot on lanai at home.
Nutrition: {{lab:albumin 2.9}}, {{drug:Juven}} BID ordered per RD.
DC planning: lives w/ wife [[NAME:Lagi]] at [[ADDRESS:87-190 Hoaloha St, Waianae, HI 96792]]; she will do VAC canister checks;
HH agency referral sent for MWF VAC changes. [[NAME:Lagi]] cell [[PHONE:808-555-0163]]; son [[NAME:Pita]] drives him to clinic.
Pt asked if his pastor can visit - chaplain office notified.
Next VAC change [[DATE:Thurs 10/16]].
[[NAME:Faith Sapolu]], RN CWOCN  ([[NAME:fsapolu]])
""", summary="""
[[NAME:Tavita Aumua]] has a partly dehisced right transmetatarsal amputation wound that is granulating well on negative pressure therapy,
changed on [[DATE:10/14/2025]]. Home health will continue VAC changes after discharge, with his wife [[NAME:Lagi]] helping at home.
"""),

    dict(style="icu_progress_note", note="""
ICU registrar note 19:00
Day 3 CRRT. Hyperkalaemia resolved ({{lab:K 4.8}} from 7.1). {{lab:pH 7.31}}, {{lab:HCO3 19}}, {{lab:lactate 2.0}}.
Filter life short (clotted x2 on heparin) - switched to regional citrate at 14:00; post-filter {{lab:iCa 0.32}}, systemic {{lab:iCa 1.09}}.
CVS: {{vital:MAP 70}} on {{drug:vasopressin}} {{dose:0.03 units/min}} alone, norad off since noon.
Resp: PSV 10/5, {{vital:FiO2 0.3}}, {{vital:RR 20}}, {{vital:VT 480 ml}}. {{score:RASS 0}}, CAM-ICU negative.
GI: {{drug:Ensure}} tolerated via NGT at goal. {{eponym:Foley}} - anuric.
Micro: BC x2 from day 1 grew E. coli, sens to {{drug:ceftriaxone}} - de-escalated from {{drug:meropenem}} today.
Plan overnight:
- citrate protocol, iCa 6-hourly, Mg daily
- extubation trial in am if cough strong, secretions minimal
- stop {{drug:vasopressin}} if MAP >65 for 4 h
- {{drug:Hartmann's}} not to be used as replacement (citrate protocol uses Prismasol)
""", summary="""
On day 3 of CRRT the patient's hyperkalaemia has resolved, anticoagulation has moved to regional citrate, and vasopressin is being weaned.
Antibiotics were narrowed to {{drug:ceftriaxone}} for E. coli bacteraemia and extubation is planned for the morning.
"""),

    dict(style="surgical_clinic_letter", note="""
Department of General Surgery - Waikato Hospital
[[DATE:3 September 2025]]

Dr [[NAME:Anahera Walker]]
Te Awamutu Health Centre
[[ADDRESS:211 Sloane Street]]
[[ADDRESS:Te Awamutu 3800]]

Dear [[NAME:Anahera]],
Re: [[NAME:Hēmi NGĀWHIKA]]   NHI [[MRN:LRT6617]]   DOB [[DATE:14/11/1966]]
    [[ADDRESS:12 Kakano Road, Kihikihi]]

Thank you for your ongoing care of [[NAME:Hēmi]], whom I reviewed today 6 weeks after bilateral laparoscopic TEP inguinal hernia
repair ([[DATE:22/07/2025]]). He has recovered very well. He had a small seroma on the right which has resolved, and he has been back
milking on the farm since week 4, which I am comfortable with. No chronic groin pain; he stopped {{drug:tramadol}} after 3 days.
On examination both groins are flat with no recurrence on cough impulse. Scars well healed.
He has been discharged from surgical follow-up. If he develops a lump or pain in future, please re-refer.
Incidentally his BP today was {{vital:BP 152/94}}; I'd be grateful if you could recheck this. He is on no regular medications.
[[NAME:Hēmi]]'s wife [[NAME:Mereana]] asked me to pass on thanks to the ward staff at Waikato.

Ngā mihi,
Mr [[NAME:Callum Drummond]], FRACS
Consultant General & Upper GI Surgeon
cc: [[NAME:Hēmi Ngāwhika]] (patient)
""", summary="""
Mr [[NAME:Drummond]] discharged [[NAME:Hēmi Ngāwhika]] from follow-up after an uncomplicated bilateral laparoscopic inguinal hernia repair on
[[DATE:22/07/2025]], with no recurrence. He asked the GP, Dr [[NAME:Walker]], to recheck a raised blood pressure of {{vital:152/94}}.
"""),

    dict(style="nursing_handover_sheet", note="""
WARD 9 SURGICAL - PM HANDOVER                       [[DATE:Mon 17/3]]   NIC: [[NAME:Rose Field]]   bleep [[PHONE:4471]]
Bed | Name                   | Age       | Dx / op                          | Issues
1   | [[NAME:Jack LANE]]              | {{age:34}}        | lap appx POD1                    | home am, TTOs done
2   | [[NAME:Agnieszka WÓJCIK]]       | {{age:58}}        | lap chole, CBD stone ERCP today  | NBM from 00:00, {{drug:Tazocin}} due 22:00
3   | [[NAME:Alofa SAPOLU]]           | {{age:45}}        | perianal abscess I&D              | pack change am, {{score:pain 6/10}}
4   | [[NAME:Ailsa ROSS]]             | {{age:66}}        | SBO conservative, day 2          | NG 900 ml/24h, {{lab:K 3.2}} - replace
5   | empty - side room clean, awaiting admission from SAU (? diverticulitis)
6   | [[NAME:Ifor]] "[[NAME:Iffy]]" [[NAME:PRICE]] | {{age:79}}        | {{eponym:Hartmann}}'s POD6                   | stoma active, {{score:4AT 0}}, falls risk
7   | [[NAME:Noor-ul-Ain CHAUDHRY]]   | {{age:27}}        | ?appx, CT awaited                 | {{score:NEWS2 3}}, {{vital:HR 108}}, for r/v by reg [[NAME:MQ]]
Notes: bed 6 daughter [[NAME:Carys]] visiting 18:00 wants update re rehab. Bed 3 prefers to be called [[NAME:Alofa]], not "Miss".
Ward phone [[PHONE:01633 234 981]]. Porters ext [[PHONE:4040]] for ERCP transfer.
""", summary="""
The Ward 9 evening handover covers six patients, including [[NAME:Noor-ul-Ain Chaudhry]] with possible appendicitis, tachycardic and
awaiting CT and registrar review, and [[NAME:Ailsa Ross]] with bowel obstruction needing potassium replacement. [[NAME:Jack Lane]] is for home in the morning.
"""),

    dict(style="icu_progress_note", note="""
NEUROCRITICAL CARE PROGRESS NOTE
[[NAME:SZCZEPAŃSKI, GRZEGORZ P]]        MRN [[MRN:88124093]]        CSN [[MRN:300118827461]]
Attending: [[NAME:Okonkwo-Reid, M.]]     Date of service: [[DATE:02-17-2025]]
HD 6 / post-bleed day 7.  {{age:59}} M, aSAH from R PComm aneurysm, {{score:Hunt-Hess 3}}, {{score:modified Fisher 3}}, coiled [[DATE:2/11]].
Interval: new L pronator drift at 0300 and more somnolent ({{score:GCS 13}} from 15). Stat CTA/CTP: R MCA vasospasm, no new bleed,
prolonged MTT R MCA territory. Taken for IA {{drug:verapamil}} {{dose:10 mg}} R MCA at 0510 - angiographic improvement.
Now {{score:GCS 14}}, drift improved. TCDs: R MCA {{lab:MFV 168 cm/s}}, {{lab:Lindegaard 4.1}}.
EVD open at 15 cmH2O, 160 ml/24h, clear. ICP 8-12.
{{drug:nimodipine}} {{dose:60 mg}} q4h - held x1 for {{vital:SBP 118}}; changed to {{dose:30 mg}} q2h.
Na {{lab:Na 133}} (from 138) - {{drug:fludrocortisone}} {{dose:0.1 mg}} BID started, avoid fluid restriction.
Euvolemia; {{drug:Keppra}} stopped (no seizures).
Family: wife [[NAME:Ewa]] + daughter [[NAME:Natalia Szczepańska-Reyes]] (HCPOA) updated at 0700 by phone ([[PHONE:(773) 555-0114]]).
Plan: q1h neuro checks, permissive HTN SBP goal 160-200 on {{drug:norepinephrine}} if needed, repeat TCD pm.
[[NAME:K. Wiśniewska]], APRN-CNP / discussed with Dr. [[NAME:Okonkwo-Reid]]
""", summary="""
[[NAME:Grzegorz Szczepański]], {{age:59}}, developed symptomatic right MCA vasospasm on day 7 after aneurysmal subarachnoid haemorrhage and
improved after intra-arterial {{drug:verapamil}}. His {{drug:nimodipine}} was split into smaller doses and hyponatraemia treated with {{drug:fludrocortisone}}.
"""),

    dict(style="trauma_team_note", note="""
TRAUMA TEAM LEADER NOTE - Major Trauma Centre, Addenbrooke's
Arrived 01:52 by EEAST, pre-alert: motorcyclist vs car, A47 near [[ADDRESS:Wisbech]], ~60 mph. Initially unidentified.
Identified 02:15 by friend (rode behind him) as [[NAME:Joaquim Antunes]], known as "[[NAME:Quim]]", {{age:26}}, Portuguese, works at a
packhouse in [[ADDRESS:Chatteris]]. DOB from ID card: [[DATE:08.12.1998]]. Hosp no assigned [[MRN:C9012257]].
<C>ABCDE:
 C - no catastrophic haemorrhage. A - talking, c-spine immobilised.
 B - {{vital:RR 28}}, {{vital:SpO2 93%}} on 15 L NRB, reduced AE L, L chest drain 28Fr -> 300 ml blood + air.
 C - {{vital:HR 128}}, {{vital:BP 88/52}}. eFAST positive LUQ. Code red: 2 units O neg + 2 FFP given, {{drug:tranexamic acid}} {{dose:1 g}}
     given prehospital + {{dose:1 g}} over 8 h. {{lab:lactate 5.6}}, {{lab:Hb 96}}, {{lab:BE -7}}.
 D - {{score:GCS 14}} (E3 V5 M6), PEARL. Moves all 4 limbs. Pain {{score:8/10}}.
 E - open R tib/fib, deformity; {{vital:T 35.4}}, Bair Hugger on.
Decision: to theatre for laparotomy (? splenic injury) - no CT. Ortho to debride/ex-fix R tib same session.
Friend [[NAME:Ricardo]] gave sister's number in [[ADDRESS:Lisbon]]: [[PHONE:+351 912 345 067]]; police FLO informed.
TTL: Mr [[NAME:Owen Rees]] (General Surgery / Trauma), documented by scribe [[NAME:HG]] 02:40.
""", summary="""
[[NAME:Joaquim Antunes]] ("[[NAME:Quim]]"), {{age:26}}, arrived after a motorcycle crash near [[ADDRESS:Wisbech]] in haemorrhagic shock with a left
haemopneumothorax, positive FAST and an open tibial fracture. He was taken straight to theatre for laparotomy after code red transfusion.
"""),

    dict(style="nursing_shift_note", note="""
Nursing note - Side room 2, Ward 31 (Gen Surg)        Night shift [[DATE:Wednesday 22 January]]
Mr [[NAME:Abdul Rehman Butt]], {{age:81}}, inoperable pancreatic ca with malignant SBO. On end of life care plan since Monday.
Comfort: syringe driver running well - {{drug:morphine}} {{dose:15 mg}}, {{drug:midazolam}} {{dose:10 mg}}, {{drug:glycopyrronium}} {{dose:1.2 mg}}
/24h, site L upper arm checked 4-hourly, no redness. PRN {{drug:morphine}} {{dose:2.5 mg}} SC x1 at 02:30 for grimacing on turning.
Secretions: some rattle at 04:00, repositioned, family reassured. Mouth care 2-hrly - lips dry, {{drug:Vaseline}} applied.
Breathing: irregular, periods of apnoea ~10 sec. Peripheries cool. Not responding to voice.
Family: sons [[NAME:Naveed]] and [[NAME:Asif]], daughter-in-law [[NAME:Rubina]] staying overnight, reciting Qur'an quietly. Imam [[NAME:Shafiq]]
from the local mosque visited 21:00. Family have asked that after death they can be present for washing, and that release is
arranged quickly - bereavement office and on-call medical examiner process explained; number for out-of-hours verification left
at nurses' station. Bed turned towards qibla as asked (thanks [[NAME:Asif]]).
[[NAME:Naveed]] is main contact: [[PHONE:07984 221 660]]. Please ring him if any change and family have gone home.
DNACPR in place (orange form in notes).
[[NAME:Ellie Brook]], RN (senior staff nurse)
""", summary="""
Mr [[NAME:Abdul Rehman Butt]], {{age:81}}, is in the last days of life from pancreatic cancer and was comfortable overnight on a syringe
driver with one extra dose of {{drug:morphine}}. His sons [[NAME:Naveed]] and [[NAME:Asif]] stayed with him and have asked to be present
for washing and for rapid release after death.
"""),

    dict(style="surgical_mdt_message", note="""
Subject: Vascular MDT outcome - [[DATE:Wed 22/10]] - [[NAME:SULTANI, Shabnam]] ([[MRN:V1184027]])

Hi [[NAME:Hannah]],
Quick outcome from this morning's MDT for your clinic patient Mrs [[NAME:Sultani]] ({{age:68}}, DOB [[DATE:9 March 1957]]).
 - Dx: chronic limb-threatening ischaemia L leg, {{score:WIfI 2-1-0}}, {{score:Rutherford 5}}; dry gangrene L 2nd toe tip.
 - Duplex + CTA: 8 cm SFA occlusion, reconstituting above knee pop; 2-vessel run-off (AT + peroneal). {{lab:ABPI 0.42}}.
 - Dr [[NAME:F. Sousa]] (IR) felt lesion suitable for attempt at endovascular first -> SFA angioplasty +/- stent.
 - If fails: fem-AK pop bypass with GSV (vein mapped, 4 mm, good).
 - Continue {{drug:clopidogrel}} {{dose:75 mg}}, {{drug:atorvastatin}} {{dose:80 mg}}; add {{drug:rivaroxaban}} {{dose:2.5 mg}} BD (VOYAGER).
 - {{lab:HbA1c 71}} - diabetes team referral done.
She'll need a Dari interpreter for consent; her husband is [[NAME:Ahmad Shah]] and the son [[NAME:Yama]] ([[PHONE:07521 610 337]]) usually comes.
Can you book her in for [[DATE:03/11]] on the IR list? Toe to be left to demarcate.
Thanks,
[[NAME:Tom]]
--
[[NAME:Thomas Prosser]] | Vascular Registrar | ext [[PHONE:2814]] | [[EMAIL:thomas.prosser3@wales.nhs.uk]]
""", summary="""
The vascular MDT on [[DATE:22/10]] recommended angioplasty of a long SFA occlusion for Mrs [[NAME:Shabnam Sultani]] with chronic limb-threatening
ischaemia, with vein bypass as the fallback. [[NAME:Thomas Prosser]] asked [[NAME:Hannah]] to book her onto the IR list with a Dari interpreter.
"""),
]
