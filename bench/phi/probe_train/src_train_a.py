# Hand-written synthetic notes for the name-probe training set (part a):
# emergency department notes, trauma activations, ICU progress notes, nursing flowsheet comments, shift handoffs.
# Every person, number, date, phone and street is invented.

NOTES = [
    dict(style="ed_provider", note="""
[[NAME:KOWALCZYK, TOMASZ J]]    MRN [[MRN:40918273]]    CSN [[MRN:771029384]]
ED PROVIDER NOTE   [[DATE:11/02/2024]]   Arrival 0214   ESI 2

CC: chest pressure x 3 hrs
HPI: {{age:61}} yo M, hx HTN/HLD, brought by Medic 9 from home in [[ADDRESS:Perth Amboy]]. Substernal pressure radiating to L jaw, diaphoretic at onset. [[NAME:Agnieszka]] (wife) at bedside answers most questions; Polish interpreter [[NAME:Zofia Wróbel]] on the iPad for ROS. Took {{dose:324 mg}} {{drug:aspirin}} per EMS. Denies {{drug:Viagra}} / {{drug:Cialis}}.
Exam: {{vital:BP 168/94}} {{vital:HR 104}} {{vital:SpO2 95%}} RA. Diaphoretic, no JVD, no murmur, lungs clear.
ECG 0219: STE II, III, aVF w/ reciprocal depression I/aVL. Reviewed at bedside with [[NAME:Szczepański]] (cards fellow).
{{lab:hs-trop 412}}, {{lab:K 3.8}}, {{lab:Cr 1.1}}.
A/P: Inferior STEMI. Cath lab activated 0221; [[NAME:Nowak]] and [[NAME:Gallagher]] en route. {{drug:Heparin}} {{dose:4000 units}} IV, {{drug:Brilinta}} {{dose:180 mg}} po. NTG held pending R-sided leads.
Updated [[NAME:Agnieszka]] and son [[NAME:Kuba]] (cell [[PHONE:732-555-0187]]) on plan, they will wait in the Cardiac Cath waiting area.
-- [[NAME:A. Lindqvist]], MD   0236
""", summary="""
[[NAME:Tomasz Kowalczyk]], {{age:61}}, presented on [[DATE:11/02/2024]] with an inferior STEMI; [[NAME:Lindqvist]] activated the cath lab and gave {{drug:Heparin}} and {{drug:Brilinta}}. His wife [[NAME:Agnieszka]] was updated.
"""),

    dict(style="trauma_activation", note="""
LEVEL I TRAUMA ACTIVATION    [[DATE:Sat 3/8/2025]]  2347
[[NAME:MUNTEANU, ȘTEFAN]]   {{age:34}} M   FIN [[MRN:T25-008812]]
Mech: restrained driver, T-bone at [[ADDRESS:Route 9 & Oak Hill Rd]], est 45 mph, extrication ~25 min per [[NAME:Darnell Oglesby]] (Medic 22).
Team: TL [[NAME:Haugland]] / airway [[NAME:RMcK]] / primary [[NAME:Dumitrescu]] / scribe [[NAME:jo]] / RT [[NAME:Ty Mabry]] / pharm [[NAME:EN]]
A: patent, speaking full sentences, Miami J collar on.
B: decr BS R, {{vital:SpO2 88%}} on NRB -> R 28Fr chest tube ([[NAME:Dumitrescu]]), 600 mL frank blood, to Pleur-evac -20.
C: {{vital:BP 82/50}} {{vital:HR 132}}. MTP 2352, 2u O-neg + 2 FFP via Belmont, {{drug:TXA}} {{dose:1 g}}.
D: {{score:GCS 13}} (E3V4M6), pupils 3 mm brisk. No {{eponym:Battle}} sign, no raccoon eyes.
E: open deformity L tib/fib; pelvis stable; FAST + in {{eponym:Morison}} pouch.
Brother [[NAME:Mihai]] here 0005; [[NAME:Ioana]] driving in from [[ADDRESS:Paramus]], [[PHONE:201-555-0143]].
Dispo: OR w/ [[NAME:Haugland]], ortho ([[NAME:Procházka]]) for ex-fix after ex-lap.
scribed by [[NAME:jo pelc]] for Dr. [[NAME:Bjørn Haugland]]
""", summary="""
[[NAME:Ștefan Munteanu]], {{age:34}}, arrived as a Level I trauma on [[DATE:3/8/2025]] after an MVC with R hemothorax, hypotension and a positive FAST; MTP was started and he went to the OR with [[NAME:Haugland]].
"""),

    dict(style="icu_progress", note="""
MICU PROGRESS NOTE - HD #4
[[NAME:szabo, laszlo g]]  |  MRN [[MRN:3309187]]  |  [[DATE:2025-01-14]]

{{age:72}} M EtOH cirrhosis ({{score:Child-Pugh C}}, {{score:MELD-Na 31}}) adm w/ SBP -> septic shock.
Overnight: {{drug:Levophed}} weaned 12 -> {{dose:4 mcg/min}}, {{drug:vasopressin}} off 0300. Per [[NAME:Kovács]] (night res) one melena episode ~0100, {{lab:Hgb 7.9}} -> {{lab:Hgb 7.2}}, 1u PRBC. GI ([[NAME:Ó Briain]]) aware, EGD today.
S: intubated, {{drug:propofol}}, RASS -2, CAM-ICU unable.
O: {{vital:Tmax 37.9}} {{vital:MAP 68}} {{vital:HR 96}}; AC 450/16/PEEP 8/FiO2 40%.
{{lab:Na 131}} {{lab:Cr 2.4}} {{lab:INR 2.3}} {{lab:lactate 2.1}} {{lab:T bili 6.8}}. Ascitic cx {{eponym:Klebsiella}}, pan-S.
A/P
1. Septic shock 2/2 SBP - {{drug:ceftriaxone}} {{dose:2 g}} q24 day 4/5. albumin per hepatology ([[NAME:farkas]]).
2. AKI, HRS-AKI vs ATN - {{drug:terlipressin}} discussed with pharmacy ([[NAME:ildiko v.]]), start if UOP < 0.5 by noon.
3. UGIB - PPI gtt, {{drug:octreotide}}, EGD w/ [[NAME:Ó Briain]].
4. Goals - daughter [[NAME:Erzsébet]] (HCP) updated 1030 at [[PHONE:614-555-0199]]; [[NAME:Bence]] flying in from [[ADDRESS:Budapest]]. Full code. Family mtg [[DATE:Thurs 1/16]] w/ palliative ([[NAME:Whitlock]]).
Seen w/ fellow [[NAME:Sinclair, I]]. -- [[NAME:R. Farkas]] MD
""", summary="""
[[NAME:Laszlo Szabo]], {{age:72}}, with cirrhosis and SBP-related septic shock is improving on {{drug:Levophed}} but has AKI and a GI bleed; EGD is planned with [[NAME:Ó Briain]] and a family meeting on [[DATE:1/16]].
"""),

    dict(style="nursing_flowsheet", note="""
Flowsheet comments - 4 West ICU bed 12 - [[NAME:HALDORSEN, LIV K]]
0700 rec'd from [[NAME:mm]]. pt A&Ox2, {{score:RASS 0}}, {{eponym:Foley}} patent, amber. -[[NAME:KS]]
0815 {{drug:Lasix}} {{dose:40 mg}} IV given per [[NAME:Ekström]]. -[[NAME:KS]]
0930 {{vital:BP 92/58}}, MAP 69. MD [[NAME:Ekström]] notified, hold 2nd dose. -[[NAME:KS]]
1040 husband [[NAME:Arne]] at bedside, asking re: transfer to step-down. Referred to charge RN [[NAME:Major]]. -[[NAME:KS]]
1200 {{score:Braden 14}}, turned L side, heels offloaded, Mepilex to sacrum intact. -[[NAME:KS]]
1315 PT ([[NAME:Bo]]) ambulated 20 ft w/ RW, {{vital:SpO2 93%}} 2L. -[[NAME:KS]]
1420 {{lab:K 3.3}}, {{drug:KCl}} {{dose:20 mEq}} po given. Called [[NAME:Arne]] back at [[PHONE:(218) 555-0164]] re: visiting hours per his request. -[[NAME:KS]]
1830 handed off to [[NAME:Karin Sjöberg]]. -[[NAME:KS]]
KS = [[NAME:Kirsty Sinclair]], RN
""", summary="""
Day-shift comments for [[NAME:Liv Haldorsen]]: soft BP after {{drug:Lasix}} with the second dose held by [[NAME:Ekström]], potassium replaced, and ambulation with PT; husband [[NAME:Arne]] visited.
"""),

    dict(style="shift_handoff", note="""
ED -> 5 North handoff (I-PASS) given by [[NAME:Al Pettaway]] RN to [[NAME:Grace]] on 5N, 1915

Rm 14 - [[NAME:Nagy-Szabó, Réka]] {{age:44}}F - pyelo, {{vital:T 39.1}} on arrival, got {{drug:Zosyn}} {{dose:4.5 g}} + {{dose:2 L}} LR, now {{vital:HR 98}}. Stable. UA/cx sent. Husband [[NAME:Gergely]] going home for the kids.
Rm 16 - [[NAME:Bo Fairley]] {{age:67}}M - CHF exac, {{lab:BNP 2140}}, {{drug:Lasix}} {{dose:80 mg}} IV x1, UOP 900 so far. Watcher: O2 creeping up, now 4L. Daughter [[NAME:Faith]] has his meds list.
Rm 22 - [[NAME:ed moloney]] {{age:58}}M - ETOH w/d, {{score:CIWA 17}} at 1830, {{drug:Ativan}} {{dose:2 mg}} given. On CIWA q1h. Wife says last drink [[DATE:Tues 4/22]] am.
Action list: recheck CIWA 1930 on [[NAME:Moloney]]; BMP in AM on [[NAME:Fairley]].
Situation awareness: [[NAME:Fairley]] may need BiPAP - RT ([[NAME:Hunter]]) aware.
Synthesis: [[NAME:Grace]] read back, no questions. -[[NAME:AP]]
""", summary="""
[[NAME:Al Pettaway]] handed off three admissions to [[NAME:Grace]]: [[NAME:Réka Nagy-Szabó]] with pyelonephritis, [[NAME:Bo Fairley]] with a CHF exacerbation who may need BiPAP, and [[NAME:Ed Moloney]] in alcohol withdrawal on CIWA.
"""),

    dict(style="ed_triage", note="""
ED TRIAGE NOTE
Arrival: walk-in. ESI 3.
CC: R lower quadrant abd pain since last night, anorexia, 1 episode emesis.
Vitals: {{vital:T 38.2}} {{vital:HR 108}} {{vital:BP 124/76}} {{vital:RR 18}} {{vital:SpO2 99%}} RA. Pain 8/10.
Assessment: guarding RLQ, tender at {{eponym:McBurney}} point, + {{eponym:Rovsing}} sign per triage RN. LMP 2 wks ago, denies vaginal bleeding.
Allergies: {{drug:Bactrim}} (rash).
Meds: {{drug:Sprintec}}, {{drug:Zyrtec}} prn.
Interventions: 20g L AC, labs drawn (CBC, BMP, lipase, hCG, UA), {{drug:Zofran}} {{dose:4 mg}} ODT per protocol. NPO.
Placed in Pod B, {{eponym:Alvarado}} calc pending labs. Charge RN notified for CT slot.
""", summary="""
A walk-in patient with fever and RLQ tenderness at {{eponym:McBurney}} point was triaged ESI 3, given {{drug:Zofran}}, made NPO and sent for labs pending CT for possible appendicitis.
"""),

    dict(style="icu_progress", note="""
NEURO ICU DAILY NOTE     [[DATE:19.2.2025]]     SAH day 6
[[NAME:Dvořáková, Markéta]]     MRN [[MRN:88-210-447]]

{{age:52}} F aneurysmal SAH, {{score:Hunt and Hess 3}}, {{score:modified Fisher 3}}, s/p coiling L PComm [[DATE:2/13]] ([[NAME:Kratochvíl]]).
24h: TCDs this AM w/ L MCA velocities 168 (up from 124), {{score:Lindegaard ratio 3.4}}. New mild R pronator drift at 0500 per RN [[NAME:Hope Jenkins]]; {{score:NIHSS 2}}. Fellow [[NAME:Čermák]] called, CTA/CTP -> L MCA vasospasm.
EVD open at 10 cmH2O, drained 210 mL/24h, ICP 8-12.
{{drug:Nimodipine}} {{dose:60 mg}} q4h (held x1 for {{vital:SBP 108}}), {{drug:Keppra}} {{dose:500 mg}} BID, {{lab:Na 134}} on NaCl tabs.
Plan: IA {{drug:verapamil}} w/ NIR today; goal SBP 160-180 w/ {{drug:Levophed}} if needed; q1h neuro checks; no {{drug:heparin}} SQ until after angio.
Husband [[NAME:Ondřej]] updated at bedside with Czech interpreter ([[NAME:Lenka]], badge [[MRN:60317]]). He asked about [[NAME:Dvorakova]]'s prognosis; we hope to know more after day 10.
[[NAME:J. Novotný]], MD (NCC attending)
""", summary="""
[[NAME:Markéta Dvořáková]], {{age:52}}, on SAH day 6 developed L MCA vasospasm noted by [[NAME:Hope Jenkins]]; IA verapamil and induced hypertension were planned and her husband [[NAME:Ondřej]] was updated by [[NAME:Novotný]].
"""),

    dict(style="trauma_tertiary", note="""
TRAUMA TERTIARY SURVEY - HD 2 - [[DATE:Oct 14]]
Pt: [[NAME:Padraig Keogh]], [[AGE:91]] yo M, fall from step-ladder cleaning gutters at home on [[ADDRESS:Glenview Terrace]].
Injuries: R ribs 4-8 fx, small R PTX (no tube), L distal radius fx (splinted, ortho [[NAME:MacLeod]] f/u), scalp lac repaired in ED by [[NAME:D'Arcy]].
Missed injury screen: new R ankle pain on exam today - XR ordered. C-spine cleared clinically, no {{eponym:Hoffmann}} sign.
{{drug:Eliquis}} last dose AM of [[DATE:10/13]] per daughter [[NAME:Niamh]]; {{drug:Andexxa}} not given, repeat CTH stable.
Pain: IS 750 (pred 1500); {{drug:lidocaine}} patches, {{drug:Tylenol}} {{dose:1 g}} q8, {{drug:oxycodone}} {{dose:2.5 mg}} prn only. Consider ESP catheter per APS ([[NAME:Thistlethwaite]]).
Frailty: {{score:CFS 5}}. Geri consult placed. Delirium screen neg.
Dispo: likely SNF; SW ([[NAME:Florence]]) meeting daughter tomorrow. [[NAME:Keogh]] would like to go home to [[ADDRESS:Clontarf]] eventually - "my own bed, doctor."
[[NAME:C. Dunne]] PA-C for trauma ([[NAME:Gemma Hartley]], MD)
""", summary="""
On tertiary survey [[NAME:Padraig Keogh]], [[AGE:91]], after a ladder fall had rib fractures, a small PTX and a radius fracture, with new ankle pain being imaged; SW [[NAME:Florence]] will meet his daughter [[NAME:Niamh]] about placement.
"""),

    dict(style="ed_provider", note="""
PEDS ED NOTE     [[NAME:BONDARENKO, SOFIIA]]     DOB [[DATE:09/30/2024]]     MRN [[MRN:P-1193027]]
{{age:5}} wk F, fever {{vital:T 38.6}} rectal at home x1 at 2200, brought by mom [[NAME:Yuliia]] and grandmother. Mom speaks some English, Ukrainian interpreter [[NAME:Olena T.]] via phone line ID [[MRN:281144]].
Term, SVD, no NICU. Feeding 3 oz q3h, slightly less today. 6 wet diapers.
Exam: {{vital:T 38.4}} {{vital:HR 172}} {{vital:RR 44}} {{vital:SpO2 99%}}. Fontanelle soft, well appearing, no rash.
Per Step-by-Step / AAP febrile infant: {{lab:UA +LE}}, {{lab:WBC 16.2}}, {{lab:procalcitonin 0.9}}, {{lab:CRP 3.1}} -> not low risk.
LP done by me w/ RN [[NAME:Savannah]] holding, 3rd attempt successful, CSF clear.
{{drug:Ampicillin}} {{dose:50 mg/kg}} + {{drug:ceftriaxone}} {{dose:50 mg/kg}}; amp to stop after CSF {{eponym:Gram}} stain per [[NAME:Price]] (peds ID).
Admit peds floor, Dr. [[NAME:Ty Whitfield]] accepting.
Dad [[NAME:Taras]] called from work, [[PHONE:+1 267 555 0121]], will come after shift.
[[NAME:Harriet Pembrooke]], MD
""", summary="""
[[NAME:Sofiia Bondarenko]], a {{age:5}}-week-old with fever, had a positive UA and elevated procalcitonin, underwent LP and was started on {{drug:ceftriaxone}}; she was admitted to Dr. [[NAME:Whitfield]] and her parents [[NAME:Yuliia]] and [[NAME:Taras]] were informed.
"""),

    dict(style="shift_handoff", note="""
CVICU NIGHT HANDOFF  1900  from [[NAME:Fergus Munro]] to [[NAME:Ailsa]]

BED 3 [[NAME:MACKENZIE, HAMISH]] - POD1 AVR/CABGx2 (Dr [[NAME:Baird]]). Extubated 1420. On {{drug:milrinone}} {{dose:0.25}} - [[NAME:Baird]] wants it off by AM if CI > 2.2. {{eponym:Swan-Ganz}} CI 2.4 at 1800. CTs 40/hr serous. Pacing wires A+V, backup VVI 60. Wife [[NAME:Morag]] stayed until 1830, will call 0800 - number on whiteboard.
BED 4 empty, admit from OR ~2100 ([[NAME:Drummond]], MVR).
BED 5 [[NAME:isla fraser]] - HD 9, trach/PEG pending, {{score:RASS -1}} on {{drug:Precedex}} {{dose:0.4}}. {{lab:Hgb 7.4}}. Sister [[NAME:Kirsty]] ok to get updates (verified password).
Things for you: BMP 0200 on [[NAME:MacKenzie]], {{lab:K 3.6}} earlier, replace to > 4. Page [[NAME:Callum]] (CT surgery resident) for chest tube output > 100/hr x2, pager [[PHONE:3318]].
-- [[NAME:FM]]
""", summary="""
[[NAME:Fergus Munro]] handed off the CVICU to [[NAME:Ailsa]]: [[NAME:Hamish MacKenzie]] POD1 AVR/CABG on {{drug:milrinone}} and [[NAME:Isla Fraser]] awaiting trach/PEG, with a new admission from [[NAME:Drummond]]'s OR expected.
"""),

    dict(style="ed_dictation", note="""
this is doctor [[NAME:nigel ashworth]] dictating on [[NAME:june whitlock]] medical record [[MRN:5 5 0 2 9 1 8]] date of service [[DATE:december fourth twenty twenty four]]. ms. [[NAME:whitlock]] is a {{age:79}} year old woman from [[ADDRESS:shrewsbury]] sent in by her GP dr. [[NAME:cavendish lowe]] correction [[NAME:cavendish-lowe]] for confusion since sunday, her neighbor mrs. [[NAME:grace bishop]] found her in her nightdress in the garden. she takes {{drug:co-codamol}}, {{drug:amlodipine}} {{dose:5 mg}}, and {{drug:mirtazapine}} {{dose:15 mg}} at night. exam temperature {{vital:37.9}}, pulse {{vital:104}}, she is oriented to person only, no focal deficit, no meningism, {{eponym:kernig}} negative. urine dip positive nitrites. sodium {{lab:128}}. CT head no acute change. impression delirium likely from UTI plus hyponatraemia. plan {{drug:nitrofurantoin}} is not appropriate given her eGFR {{lab:38}} so {{drug:cefalexin}} instead, fluid restrict, hold {{drug:mirtazapine}}, admit to the medical assessment unit under dr. [[NAME:okonjo-price]]. i spoke with her son [[NAME:will]] on [[PHONE:07700 914 338]] who will come in tomorrow, the hope is she'll be home before the weekend. end of dictation. transcribed [[NAME:RGW]] [[DATE:04/12/2024]]
""", summary="""
[[NAME:June Whitlock]], {{age:79}}, was brought in confused after neighbor [[NAME:Grace Bishop]] found her in the garden; delirium from UTI and hyponatraemia was diagnosed and she was admitted under [[NAME:Okonjo-Price]] with {{drug:cefalexin}}. Son [[NAME:Will]] was called.
"""),

    dict(style="icu_progress", note="""
CVICU PROGRESS NOTE - POD 1 s/p CABG x3 (LIMA-LAD, SVG-OM, SVG-PDA)
S: Extubated 0600 per fast-track protocol. Reports incisional pain 5/10, some nausea overnight.
O: {{vital:T 37.2}} {{vital:HR 88}} NSR {{vital:BP 112/64}} {{vital:SpO2 96%}} 3L NC. CI 2.6 by {{eponym:Swan-Ganz}}, CVP 9.
Drips: {{drug:Levophed}} off 0400, {{drug:insulin}} gtt per Portland protocol, glucose 140-170.
CT output 310 mL/8h, serosanguinous, no air leak on Pleur-evac.
Labs: {{lab:Hgb 9.1}} {{lab:K 4.2}} {{lab:Mg 2.0}} {{lab:Cr 1.0}} {{lab:lactate 1.4}}.
Exam: sternal dressing dry, no rub, mild bibasilar crackles, trace edema.
A/P:
- Hemodynamics stable off pressors; pull {{eponym:Swan-Ganz}} today, keep A-line until transfer.
- Pulm: IS 1000, ambulate BID with PT, wean O2.
- Periop AF ppx: {{drug:amiodarone}} {{dose:400 mg}} BID x 7d, {{drug:metoprolol}} {{dose:12.5 mg}} BID as BP tolerates.
- ASA {{dose:81 mg}}, {{drug:atorvastatin}} {{dose:80 mg}}.
- {{eponym:Foley}} out at 1200, voiding trial.
- Dispo: step-down tomorrow if CT output < 100/8h.
""", summary="""
A POD 1 CABG patient is extubated, off {{drug:Levophed}} and stable; the {{eponym:Swan-Ganz}} and {{eponym:Foley}} will come out and transfer to step-down is planned for tomorrow.
"""),

    dict(style="nursing_flowsheet", note="""
BEHAVIORAL / RESTRAINT FLOWSHEET - ED Pod C room 31
Patient [[NAME:JORDAN GRIMES]]   Encounter [[MRN:ENC0042278813]]   [[DATE:6/21/25]]
2105 Pt pulled PIV, swinging at staff. Verbal de-escalation by [[NAME:latoya]] and security ([[NAME:Tyrone]], badge [[MRN:S-4471]]) unsuccessful. {{drug:Haldol}} {{dose:5 mg}} + {{drug:Ativan}} {{dose:2 mg}} IM per Dr. [[NAME:Cross]]. 4-pt soft restraints applied 2110. -[[NAME:LG]]
2125 circ/sens/motor intact x4. ROM offered, refused. {{vital:HR 118}} {{vital:SpO2 97%}}. -[[NAME:LG]]
2140 sleeping, {{score:RASS -2}}, resp even. -[[NAME:LG]]
2200 2 pt released (L arm, R leg) per [[NAME:Cross]] face-to-face eval. Sitter [[NAME:Dallas]] at bedside. -[[NAME:LG]]
2300 all restraints off. Pt calm, asking for his girlfriend [[NAME:Keisha]]; she is in the waiting room w/ his mom. Will let them back after psych eval w/ [[NAME:Marcus P.]] (crisis). -[[NAME:LG]]
2330 voided, po fluids given. {{score:BAT 1}}. -[[NAME:LG]]
LG = [[NAME:Latoya Grimes]] RN (no relation to pt)
""", summary="""
[[NAME:Jordan Grimes]] was combative in the ED on [[DATE:6/21/25]], received {{drug:Haldol}} and {{drug:Ativan}} and was briefly restrained by order of Dr. [[NAME:Cross]]; restraints were off by 2300 and he was awaiting a crisis evaluation with [[NAME:Marcus P.]]
"""),

    dict(style="trauma_activation", note="""
TRAUMA FLOWSHEET - LVL 1 - GSW
[[DATE:2025-07-04]] 0131   Pt ID: [[NAME:White, DeShawn A]]   acct [[MRN:900417762]]
EMS: GSW x2 L flank, found on [[ADDRESS:Kessler Ave]] near [[ADDRESS:W 41st St]]. Medic 5 [[NAME:B. King]] / [[NAME:Sunny Mabry]]. Tourniquet none. {{vital:HR 140}} {{vital:BP 70/p}} en route.
0132 arrival, TL Dr. [[NAME:Price]] ([[NAME:April Price]]), 2 large bore + L IO by [[NAME:Ed]].
0134 MTP activated. RBC/plasma 1:1 via Level 1 rapid infuser.
0135 {{score:GCS 14}}, A&Ox3, states name and DOB [[DATE:3/2/2001]]. Asks us to call his aunt [[NAME:Georgia]] - [[PHONE:412-555-0192]].
0137 FAST + LUQ. CXR no PTX. Pelvis XR neg.
0139 {{drug:TXA}} {{dose:1 g}}, {{drug:Kcentra}} not indicated. Calcium chloride {{dose:1 g}}.
0142 to OR 2 with [[NAME:Price]], anesthesia [[NAME:Bishop]]. Police (Officer [[NAME:Young]], badge [[MRN:2219]]) given pt belongings bag #2.
Recorder: [[NAME:wbaker2]] ([[NAME:Will Baker]], RN)
""", summary="""
[[NAME:DeShawn White]] arrived on [[DATE:2025-07-04]] in hemorrhagic shock from two L flank GSWs; MTP and {{drug:TXA}} were given and he went to OR with Dr. [[NAME:April Price]]. His aunt [[NAME:Georgia]] was to be called.
"""),

    dict(style="ed_provider", note="""
ED PSYCH EVALUATION / 72-HR HOLD
Pt: [[NAME:Austin Halloran]]    {{age:23}} M    MRN [[MRN:6620019]]
Brought by roommate [[NAME:Savannah Lind]] after he posted goodbye messages overnight. [[NAME:Austin]] states he took "a handful" of {{drug:Benadryl}} ~0300, ~20 x {{dose:25 mg}}. Poison center (specialist [[NAME:Rose]], case [[MRN:PC-25-118204]]) recommends 6h obs, ECG q2h.
{{vital:HR 122}}, {{vital:T 37.6}}, mydriasis, dry skin, QRS 96, QTc 470.
Collateral from [[NAME:Savannah]] ([[PHONE:716-555-0126]]): prior attempt 2022, stopped {{drug:Lexapro}} in March, recently lost job at the warehouse.
Psych: {{score:C-SSRS high risk}}. Hold signed at 0715 by me. Sitter 1:1. Belongings removed.
Mother [[NAME:Maureen Halloran]] lives in [[ADDRESS:Buffalo]], aware, on her way; father not involved.
{{drug:Physostigmine}} not needed. Recheck ECG 0900.
Dr. [[NAME:Hunter Young]] / PA [[NAME:Mason]]
""", summary="""
[[NAME:Austin Halloran]], {{age:23}}, was brought by [[NAME:Savannah Lind]] after a {{drug:Benadryl}} overdose with suicidal intent; he was placed on a 72-hour hold with cardiac monitoring by Dr. [[NAME:Young]].
"""),

    dict(style="shift_handoff", note="""
ED CHARGE BOARD - DAY -> NIGHT   [[DATE:FRI 02/14]]
CHARGE: [[NAME:O'NEIL]] -> [[NAME:SØRENSEN]]
RM 2   [[NAME:PIETRZAK J]]   BOARDING TELE, BED ASSIGNED 6E-14 AT 1840, TRANSPORT CALLED
RM 5   [[NAME:ABERG S]]      CT PENDING, CREAT OK, ON CONTRAST LIST
RM 9   UNIDENTIFIED M, FOUND DOWN IN PARK, {{lab:ETOH 312}}, WAITING SOBER
RM 11  [[NAME:HORVATH, ERZSEBET]] - ADMIT HOSPITALIST [[NAME:LEE]], NEEDS {{drug:HEPARIN}} GTT STARTED
RM 14  [[NAME:GREEN, MAY]] - {{eponym:BELL}} PALSY VS CVA, NEURO ([[NAME:FARKAS]]) SEEING
HALL 3 [[NAME:mcgrath eoin]] - LAC REPAIR DONE, DC WHEN RIDE ARRIVES
STAFFING: [[NAME:BO]] LEAVING 2300, [[NAME:JO]] + [[NAME:AL]] ON AT 2300. TECH [[NAME:CASE]] FLOATED TO CT.
DIVERSION: NO. TRAUMA BAY CLEAN.
""", summary="""
Charge nurse [[NAME:O'Neil]] handed the ED board to [[NAME:Sørensen]], including admissions for [[NAME:Pietrzak]] and [[NAME:Horváth]] and a neuro consult by [[NAME:Farkas]] for [[NAME:May Green]].
"""),

    dict(style="icu_family_meeting", note="""
SICU FAMILY MEETING NOTE   [[DATE:Mon 9 Dec 2024]] 1400
Patient: [[NAME:Popescu, Andrei M.]], {{age:80}} yo, HD 11 after emergent ex-lap for ischemic bowel, now on CRRT, 2 pressors.
Present: wife [[NAME:Elena Popescu]]; daughters [[NAME:Raluca Stoica]] and [[NAME:Ioana]]; grandson [[NAME:Florin]] (by phone from [[ADDRESS:Cluj-Napoca]]); SICU attending [[NAME:Aoife Gallagher]]; RN [[NAME:Declan]]; chaplain Fr. [[NAME:Mihai Lungu]]; SW [[NAME:Gemma]]; interpreter [[NAME:Bogdan C.]]
Discussion: [[NAME:Gallagher]] reviewed course: re-look [[DATE:12/3]] showed further necrosis, SOFA now 14, no meaningful improvement. Family shared that [[NAME:Andrei]] "never wanted machines"; [[NAME:Raluca]] has his advance directive from 2019.
Decision: DNR/DNI now; no escalation; continue current support until [[NAME:Florin]] arrives [[DATE:Wednesday 12/11]], then transition to comfort care.
Chaplain to do anointing this evening. Family prefers Romanian for updates; [[NAME:Raluca]] is point of contact, [[PHONE:(847) 555-0159]].
Time: 55 min, > 50% counseling.  [[NAME:A. Gallagher]], MD
""", summary="""
At a family meeting on [[DATE:9 Dec 2024]], [[NAME:Andrei Popescu]]'s family and Dr. [[NAME:Gallagher]] agreed on DNR/DNI with transition to comfort care once grandson [[NAME:Florin]] arrives; daughter [[NAME:Raluca Stoica]] is the contact.
"""),


    dict(style="ed_provider", note="""
ED NOTE - TOXICOLOGY
[[NAME:Melnyk, Dmytro]]    {{age:47}}M    [[DATE:27/01/2025]]
Found by coworker [[NAME:Mykola]] at the auto shop on [[ADDRESS:Ridge Pike]] with vomiting and confusion ~2h after drinking from an unlabeled jug.
{{vital:RR 28}} {{vital:HR 110}} {{vital:BP 138/82}} {{score:GCS 14}}. {{eponym:Kussmaul}} respirations.
{{lab:pH 7.12}}, {{lab:HCO3 8}}, {{lab:AG 28}}, {{lab:osm gap 34}}, {{lab:lactate 3.0}}, EtOH neg. UA no crystals, {{eponym:Wood}} lamp neg.
Poison Control: spoke w/ [[NAME:Tkachuk]] (CSPI), ref [[MRN:PA250127-0331]]. Suspect ethylene glycol vs methanol.
Tx: {{drug:fomepizole}} {{dose:15 mg/kg}} IV load 1020, {{drug:bicarb}} gtt, {{drug:folate}} + {{drug:thiamine}}.
Renal: [[NAME:Oksana Kovalenko]] on call, agrees w/ emergent HD. Temp HD line R IJ by [[NAME:Savchuk]] under US, {{eponym:Seldinger}} technique, tip at cavoatrial jxn.
Wife [[NAME:Olena]] reached at [[PHONE:610-555-0117]]; says he "fixes cars for [[NAME:Bohdan]]" and keeps antifreeze in the back. [[NAME:Mykola]] brought the jug in a bag - labeled for lab.
Volatile alcohol panel sent out, ETA 48h.
Admit MICU.   [[NAME:Yuriy Shevchuk]], DO
""", summary="""
[[NAME:Dmytro Melnyk]], {{age:47}}, presented with a severe anion-gap acidosis after drinking from an unlabeled jug; suspected toxic alcohol ingestion was treated with {{drug:fomepizole}} and emergent dialysis arranged with [[NAME:Kovalenko]].
"""),

    dict(style="nursing_flowsheet", note="""
Safety reassessment - q shift
{{score:Morse Fall Scale 65}} (high). Bed alarm on, low bed, non-skid socks, call light in reach, yellow wristband.
Pt impulsive, attempted OOB unassisted x2 this shift; reoriented each time. CAM-ICU negative.
Orthostatics: supine {{vital:BP 146/80}} -> standing {{vital:BP 118/70}} w/ dizziness. PT notified.
{{score:Braden 16}}. Skin: stage 1 sacrum, Mepilex Border applied, q2h turns.
Tele: NSR w/ occasional PVCs.
Meds: {{drug:Seroquel}} {{dose:25 mg}} qHS given 2100, {{drug:melatonin}} {{dose:3 mg}}. Held {{drug:Ambien}} per {{eponym:Beers}} list review w/ pharmacy.
{{eponym:Foley}} removed on day shift, voided 350 mL at 2230, bladder scan 80 mL.
Plan: sitter request sent to nursing supervisor; reassess at 0400.
""", summary="""
A high fall-risk patient ({{score:Morse Fall Scale 65}}) was impulsive and orthostatic overnight; safety measures were in place, {{drug:Ambien}} was held and a sitter was requested.
"""),

    dict(style="ed_reeval", note="""
ED OBS RE-EVALUATION   [[DATE:Sun 5/11/2025]]  0640
[[NAME:Ed Nilsson]] ({{age:66}}M, MRN [[MRN:2048831]]) in ED obs overnight for syncope. Tele w/o events. Orthostatics neg. {{lab:hs-trop <6}} x2. Echo prelim EF 55%, no AS, no HOCM.
[[NAME:Ed]] says he stood up fast after a long sauna and "the room went grey"; no chest pain, no palpitations. Wife [[NAME:Birgitta]] stayed in the ED all night; daughter [[NAME:Astrid Nilsson-Holm]] called 0600 for an update (okay per pt).
Exam: well, {{vital:BP 132/78}} {{vital:HR 64}}, no murmur, neuro nonfocal.
{{score:Canadian Syncope Risk Score -1}} (low).
A/P: likely orthostatic/vasovagal syncope. DC home. Hydration, rise slowly. Hold {{drug:Flomax}} x3 days then resume at night.
F/u PCP Dr. [[NAME:Ødegaard]] at Lakeside Family Medicine in [[ADDRESS:Duluth]] within 1 wk; Zio patch ordered, to be mailed.
No driving x 24h. Return precautions reviewed with [[NAME:Ed]] and [[NAME:Birgitta]], both verbalized understanding.
Electronically signed: [[NAME:tekberg1]] ([[NAME:Tove Ekberg]], PA-C)
""", summary="""
[[NAME:Ed Nilsson]], {{age:66}}, observed in the ED for syncope with negative workup, was discharged by [[NAME:Tove Ekberg]] with a Zio patch and follow-up with Dr. [[NAME:Ødegaard]].
"""),

    dict(style="trauma_activation", note="""
BURN / TRAUMA ACTIVATION   [[DATE:03MAR2025]]  1612
[[NAME:ZIELIŃSKA, MAŁGORZATA]]   {{age:38}}F   FIN [[MRN:B25-00714]]
House fire at [[ADDRESS:412 Kosciuszko St]], [[ADDRESS:Hamtramck]]; pulled out by neighbor [[NAME:Wojtek]], who is in bay 4 w/ smoke inhalation.
Airway: singed nares, carbonaceous sputum, hoarse -> RSI by [[NAME:Hartley]], {{drug:ketamine}} {{dose:2 mg/kg}} + {{drug:rocuronium}} {{dose:1.2 mg/kg}}, 7.5 ETT, {{score:Cormack-Lehane grade 2}}.
Burns: {{eponym:Lund-Browder}} 32% TBSA, partial + full thickness chest, arms, face.
Fluids: {{eponym:Parkland}} 4 mL x 68 kg x 32 = 8704 mL/24h; half in first 8h from burn time 1540 -> LR 544 mL/h, titrate to UOP 0.5 mL/kg/h.
{{lab:COHb 22%}}, {{lab:lactate 4.8}} -> FiO2 100%, {{drug:Cyanokit}} {{dose:5 g}} IV.
No escharotomy now; reassess circumferential arm burns q1h w/ {{eponym:Doppler}}.
Husband [[NAME:Krzysztof]] en route from work in [[ADDRESS:Warren]]. Kids (6, 9) with sister-in-law [[NAME:Jadwiga]].
Transfer to regional burn center accepted by Dr [[NAME:Sinclair]]; flight crew ETA 1700.
[[NAME:G. Hartley]] MD / scribe [[NAME:kp]]
""", summary="""
[[NAME:Małgorzata Zielińska]], {{age:38}}, with 32% TBSA burns and inhalation injury was intubated by [[NAME:Hartley]], resuscitated by {{eponym:Parkland}} formula, given {{drug:Cyanokit}}, and accepted for burn center transfer by Dr [[NAME:Sinclair]].
"""),

    dict(style="icu_progress", note="""
CCU PROGRESS NOTE   HD 3   [[NAME:doherty, gráinne]]   [[DATE:2024-08-21]]
{{age:57}}F anterior STEMI c/b cardiogenic shock ({{score:SCAI C}}), s/p PCI pLAD + Impella CP [[DATE:8/18]].
Overnight: Impella P6 -> P4 per shock team ([[NAME:Cormac]], [[NAME:Róisín Byrne]]). Purge pressure stable. Mild hemolysis, {{lab:LDH 610}}, {{lab:plasma free Hgb 38}}.
{{eponym:Swan-Ganz}}: CI 2.3, PCWP 17, CVP 11, {{lab:SvO2 63%}}, CPO 0.7.
Drips: {{drug:dobutamine}} {{dose:2.5 mcg/kg/min}}, {{drug:Levophed}} off since 0200, {{drug:heparin}} purge per pharmacy ([[NAME:ed]]), anti-Xa 0.25.
{{vital:MAP 72}} {{vital:HR 92}} SR. UOP 1.9 L w/ {{drug:Lasix}} {{dose:10 mg/h}}.
Plan: wean Impella to P2 today; if CI holds > 2.2 and CPO > 0.6, explant tomorrow in lab w/ [[NAME:Cormac]]. Start {{drug:Entresto}} later, not while on inotrope.
Partner [[NAME:Siobhan]] updated at bedside 1100 - she asked if [[NAME:Gráinne]] can FaceTime her mother in [[ADDRESS:Galway]]; RN [[NAME:Mercy]] will help this afternoon. [[NAME:Siobahn]] (sp?) prefers calls after 5 pm, [[PHONE:+353 87 555 0142]].
[[NAME:P. Keane]], MD, CCU attending
""", summary="""
[[NAME:Gráinne Doherty]], {{age:57}}, in cardiogenic shock after an anterior STEMI is improving on Impella support and {{drug:dobutamine}}, with wean and planned explant by [[NAME:Cormac]]; partner [[NAME:Siobhan]] was updated by [[NAME:Keane]].
"""),

    dict(style="shift_handoff", note="""
STEP-DOWN HANDOFF 0700 - BED 8 - [[NAME:TOTH, ZSOFIA]] - {{age:83}}F
S: AFIB RVR OVERNIGHT, RATE 150S AT 0230. DR [[NAME:nagy]] AWARE, {{drug:CARDIZEM}} {{dose:10 MG}} IV X2 THEN GTT AT {{dose:5 MG/HR}}.
B: HFPEF, CKD3, ON {{drug:ELIQUIS}} AT HOME - LAST DOSE YESTERDAY 2100 PER SON [[NAME:gabor]].
A: RATE NOW 90S-100S, {{vital:BP 108/62}}. NEW 2L NC FOR SAT 89%. BIBASILAR CRACKLES. I/O +1.2 L.
R: ? {{drug:LASIX}} - ASKED [[NAME:nagy]] TO ADDRESS ON ROUNDS. {{lab:K 3.4}} REPLACED {{dose:40 MEQ}} PO, {{lab:MG 1.7}} - {{dose:2 G}} IV RUNNING.
SAFETY: HIGH FALL RISK ({{score:MORSE 55}}), BED ALARM ON. HOH - SPEAK INTO L EAR. PREFERS HUNGARIAN; DAUGHTER-IN-LAW [[NAME:ildikó]] INTERPRETS WHEN HERE.
SON [[NAME:GÁBOR TÓTH]] [[PHONE:330-555-0172]] WANTS A CALL WITH ANY CHANGE.
GIVEN BY [[NAME:szilvia]] TO [[NAME:MAGNUS]] AT BEDSIDE, PT AWAKE AND AGREEABLE.
""", summary="""
[[NAME:Zsófia Tóth]], {{age:83}}, had AF with RVR overnight controlled on {{drug:Cardizem}} and now needs oxygen, so {{drug:Lasix}} was to be raised with Dr [[NAME:Nagy]]; her son [[NAME:Gábor]] wants calls with any change.
"""),

    dict(style="ed_stroke", note="""
CODE STROKE NOTE   LKW 1310   Door 1352   CT 1359   Needle 1418
[[NAME:Thistlethwaite, Oliver R]]   {{age:74}}M   [[MRN:MRN00731946]]
[[NAME:Penelope]] noticed R facial droop and slurred speech at lunch, their home on [[ADDRESS:Wexford Lane]]; she called 911 at 1320.
{{score:NIHSS 11}} (R face 2, R arm 3, R leg 2, aphasia 2, dysarthria 1, sensory 1). Pre-morbid {{score:mRS 0}}.
NCCT no bleed, {{score:ASPECTS 9}}. CTA: L M1 occlusion. No anticoag; on {{drug:Plavix}} {{dose:75 mg}}.
{{vital:BP 192/104}} -> {{drug:labetalol}} {{dose:10 mg}} IV -> {{vital:BP 176/96}}.
{{drug:TNK}} {{dose:0.25 mg/kg}} ({{dose:20 mg}}) at 1418. Weight from [[NAME:Penelope]] ("about twelve and a half stone") confirmed 80 kg on bed scale.
Neuro-IR Dr. [[NAME:Page]] activated 1405, to angio suite 1432.
Son [[NAME:Rupert]] in [[ADDRESS:Harrogate]] updated by phone, [[PHONE:+44 7700 900 418]]; he will fly over. Consent for thrombectomy from [[NAME:Penelope]] under emergency exception, [[NAME:Oliver]] unable to participate.
Stroke neurology: [[NAME:E. Ashworth-Cole]]. ED: [[NAME:N. Ashworth]] (no relation).
""", summary="""
[[NAME:Oliver Thistlethwaite]], {{age:74}}, had an L M1 stroke with {{score:NIHSS 11}}; he received {{drug:TNK}} at 1418 and went for thrombectomy with Dr. [[NAME:Page]], with consent from his wife [[NAME:Penelope]].
"""),

    dict(style="ed_signout", note="""
ED PHYSICIAN SIGNOUT 0700 (nights -> days)
Bed 3 - chest pain, {{score:HEART 4}}, 2nd trop due 0730 -> obs if neg, cards aware.
Bed 7 - {{eponym:Colles}} fx, reduced under hematoma block, post-reduction films ok, sugar-tong splint; DC w/ hand clinic f/u.
Bed 9 - DKA, {{lab:AG 24}} -> {{lab:AG 16}} at 0600, {{drug:insulin}} gtt, {{lab:K 4.1}}; MICU accepted, waiting on bed.
Bed 12 - r/o {{eponym:Ludwig}} angina, CT neck w/ contrast pending, {{drug:Unasyn}} {{dose:3 g}} given, airway fine, ENT paged.
Bed 15 - AMS, likely {{drug:Dilaudid}} + {{drug:gabapentin}}; {{drug:Narcan}} {{dose:0.4 mg}} x1 w/ good response, watch for renarcotization until 1100.
Hall 2 - {{eponym:Bell}} palsy, no other deficits, {{drug:prednisone}} {{dose:60 mg}} + {{drug:valacyclovir}}, eye care, DC.
Hall 4 - {{eponym:Baker}} cyst rupture vs DVT, US at 0800.
Waiting room: 11, longest 3h10m. No EMS en route.
""", summary="""
The overnight ED signout covered a DKA patient awaiting MICU, a possible {{eponym:Ludwig}} angina on {{drug:Unasyn}}, an opioid-related AMS after {{drug:Narcan}}, and several discharges including a {{eponym:Bell}} palsy.
"""),

    dict(style="nursing_flowsheet", note="""
RT VENT FLOWSHEET COMMENTS - MICU 7 - [[NAME:ionescu, florin]]
[[DATE:11/19]] 0400 [[NAME:kmabry3]]: ABG {{lab:pH 7.31}} / {{lab:pCO2 52}} / {{lab:pO2 71}} on AC 420/20/PEEP 10/FiO2 50%. RR incr to 24 per [[NAME:rdumitrescu]]. Called to Dr. [[NAME:Lincoln]].
[[DATE:11/19]] 0415 [[NAME:kmabry3]]: order rec'd from [[NAME:Madison Lincoln]] MD, PEEP 10 -> 12. Sats 92-94%.
[[DATE:11/19]] 0730 [[NAME:jgreen]]: SAT passed w/ RN [[NAME:Rose]], {{drug:fentanyl}} off. SBT PS 5/5, {{score:RSBI 62}}, cuff leak present.
[[DATE:11/19]] 0930 [[NAME:jgreen]]: extubated to HFNC 40L/40%. Strong cough, thick tan secretions, {{eponym:Yankauer}} suction x2.
[[DATE:11/19]] 1015 [[NAME:jgreen]]: {{vital:SpO2 95%}}, {{vital:RR 20}}, speaking w/ wife ([[NAME:Raluca]]) at bedside in Romanian; she says "he sounds like [[NAME:Florin]] again".
[[DATE:11/19]] 1500 [[NAME:tyoung]]: IS 750, HFNC weaned to 30L/35%. Pt asked for his phone.
""", summary="""
[[NAME:Florin Ionescu]] was extubated on [[DATE:11/19]] after passing SAT/SBT with {{score:RSBI 62}} and was weaned on HFNC, with respiratory therapists [[NAME:kmabry3]], [[NAME:jgreen]] and [[NAME:tyoung]] documenting.
"""),

    dict(style="ed_provider", note="""
ED NOTE   [[NAME:LAIDLAW, MORAG E]]   [[AGE:94]] F   DOB [[DATE:02/17/1930]]   MRN [[MRN:1175530]]
Sent from Heatherbrae Care Home after unwitnessed fall, found on floor by aide ([[NAME:Precious]]) at 0545. Unknown head strike.
On {{drug:warfarin}} for AF, {{lab:INR 3.4}}. Baseline mild dementia, ambulates w/ walker.
Exam: {{vital:BP 158/70}} {{vital:HR 78}} irreg, {{score:GCS 14}} (confused to date, baseline per facility RN [[NAME:Fiona]]). R periorbital ecchymosis. No {{eponym:Battle}} sign. Hip ROM full.
CT head: 6 mm L frontal SDH, no shift. C-spine neg.
Tx: {{drug:Kcentra}} {{dose:25 units/kg}} + {{drug:vitamin K}} {{dose:10 mg}} IV. Repeat CT 6h.
Neurosurgery ([[NAME:Baird]]) - nonop, hold anticoag, {{drug:Keppra}} x7d.
Goals: MOLST DNR/DNI, ok for transfusion/meds. Niece [[NAME:Kirsty Laidlaw-Reid]] (HCP) [[PHONE:(603) 555-0138]] agrees w/ admission, asks no surgery "whatever happens".
[[NAME:Morag]] keeps asking for [[NAME:Angus]] (late husband), redirectable.
Admit trauma/geri co-management. -[[NAME:E. MacGillivray]], DO
""", summary="""
[[NAME:Morag Laidlaw]], [[AGE:94]], on {{drug:warfarin}} had a small SDH after a fall at her care home; she was reversed with {{drug:Kcentra}}, managed nonoperatively by [[NAME:Baird]], and admitted with her niece [[NAME:Kirsty Laidlaw-Reid]] agreeing.
"""),

    dict(style="trauma_activation", note="""
PEDIATRIC TRAUMA - LEVEL 2   [[DATE:July 19th]]  1738
[[NAME:Procházka, Will]]   {{age:9}} yo M   MRN [[MRN:P-2260418]]
Bike vs car at ~20 mph on [[ADDRESS:Maple Ridge Dr]], helmeted, + LOC ~30 sec per bystander. {{eponym:Broselow}} tape yellow; weight 28 kg confirmed by mom.
Primary: airway intact, crying, BS equal, {{vital:HR 124}} {{vital:BP 104/62}}, {{score:GCS 15}}, pupils equal.
Secondary: abrasions R flank, R wrist deformity, tender R upper quadrant.
PECARN head rule: LOC + mechanism -> obs vs CT discussed w/ mom [[NAME:May]] and dad [[NAME:Václav]]; shared decision for CT head/abd.
CT: small grade II liver lac, no active extravasation. Head neg. XR R distal radius buckle fx.
Plan: admit PICU for serial Hgb q6 ({{lab:Hgb 11.8}} initial), bed rest, we may need IR if drop. {{drug:Tylenol}} {{dose:15 mg/kg}}, {{drug:Motrin}} held until Hgb stable.
[[NAME:Will]] asking for his brother [[NAME:Jiří]] and the dog; child life ([[NAME:Summer]]) at bedside. We will update parents q4h.
Team: [[NAME:M. Horáková]] (peds surg), [[NAME:TW]] (ED), RN [[NAME:Bo]].
""", summary="""
[[NAME:Will Procházka]], {{age:9}}, was hit by a car while biking and had a grade II liver laceration and a wrist buckle fracture; he was admitted to the PICU for serial hemoglobins, with parents [[NAME:May]] and [[NAME:Václav]] involved.
"""),
]
