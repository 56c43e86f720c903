NOTES = [
    dict(style="ems_run_sheet", note="""
BRISTOL COUNTY EMS - PATIENT CARE REPORT
PCR # [[MRN:25-118472]]    Unit: Medic 6    Crew: [[NAME:R. Figueiredo]] (P) / [[NAME:Tavares J]] (EMT-B)
DOS [[DATE:03/14/2025]]   Disp 0214 | On scene 0223 | Depart 0241 | At dest 0250
Incident: Rt 6 EB at the [[ADDRESS:swansea]] line, single vehicle vs utility pole
Pt: [[NAME:MEDEIROS, CARLOS A]]   DOB [[DATE:07/02/1988]]   {{age:36}} M
CC: chest wall pain. Restrained driver, front airbag deployed, found still in seat.
A&Ox4, {{score:GCS 15}}, no LOC per pt and per girlfriend [[NAME:Joana]] on scene ("he was talking the whole time").
Seat belt abrasion L clavicle to R hip, abd soft, no distension, pelvis stable, MAE x4.
V1 0226  {{vital:BP 148/92}}  {{vital:HR 118}}  {{vital:RR 22}}  {{vital:SpO2 96%}} RA  pain {{score:8/10}}
V2 0238  {{vital:BP 136/88}}  {{vital:HR 104}}  {{vital:SpO2 98%}} 2 L NC
Tx: c-collar, KED to LSB, 18g L AC, {{drug:fentanyl}} {{dose:50 mcg}} IV @0235 per standing order.
ETOH odor, pt admits "two beers." Ofc. [[NAME:Raposo]] (badge [[MRN:4417]]) on scene, report # [[MRN:FR25-003318]].
Verbal to [[NAME:Ventura]] RN @0252, pt handed off to [[NAME:AS]] in bay 2.
-[[NAME:rf]]
""", summary="""
[[NAME:Carlos Medeiros]], {{age:36}}, restrained driver in a single-vehicle crash near [[ADDRESS:Swansea]] on [[DATE:03/14/2025]], was transported with a seat-belt sign and chest wall pain after {{drug:fentanyl}} {{dose:50 mcg}}. Report was given to [[NAME:Ventura]] RN.
"""),

    dict(style="trauma_activation", note="""
TRAUMA ACTIVATION - LEVEL I (GSW torso)
Arrival [[DATE:Sat 4/5/25]] 23:47 by Medic 12 (crew [[NAME:Quispe]]/[[NAME:Lozano]]); pre-alert 23:38
Registered as TRAUMA, ZULU  MRN [[MRN:T0098213]]; ID'd 00:30 as [[NAME:HUAMAN CCORI, MATEO]], DOB [[DATE:11/09/2001]]
Roster: lead Dr. [[NAME:Ybarra]] | airway [[NAME:Castañeda]] (PGY3) | primary [[NAME:jr]] | scribe [[NAME:mb]]
        RN L [[NAME:Faith Soriano]] | RN R [[NAME:Sunny Mercado]] | RT [[NAME:Bo]] | blood runner [[NAME:earl]]
Mechanism: GSW x2 - L flank, L lateral thigh. No exit wound at flank.
A: talking. B: BS = bilat, {{vital:RR 28}}. C: {{vital:BP 82/50}}, {{vital:HR 136}}, weak radials. D: {{score:GCS 14}} (E4V4M6). E: thigh wound oozing, no expanding hematoma, DP 2+.
FAST + LUQ and {{eponym:Morison}} pouch. Pelvis XR neg. CXR no PTX.
MTP activated 23:52. {{drug:TXA}} {{dose:1 g}} 23:55. 4u PRBC / 4 FFP / 1 plt by 00:08. Art line deferred to OR.
{{lab:Hgb 9.1}} (pre-txn), {{lab:lactate 6.4}}, {{lab:iCa 0.98}} -> {{drug:CaCl}} {{dose:1 g}}. Post {{vital:BP 104/66}} {{vital:HR 112}}.
To OR 00:09 for ex-lap w/ [[NAME:Ybarra]]. Brother [[NAME:Rodrigo]] in family room, cb [[PHONE:(413) 720-5518]]; SW [[NAME:Pat]] notified.
Dictated addendum (VR): "this is doctor [[NAME:e barra]] attending trauma surgery I was present for the entire resuscitation"
-[[NAME:mb]] for [[NAME:Ybarra]]
""", summary="""
[[NAME:Mateo Huaman Ccori]] arrived on [[DATE:4/5/25]] in hemorrhagic shock from two gunshot wounds with a positive FAST; massive transfusion and {{drug:TXA}} were given. He went to the OR with Dr. [[NAME:Ybarra]] at 00:09.
"""),

    dict(style="poison_center", note="""
POISON CENTER CASE RECORD
Case [[MRN:CA25-0412877]]   Opened [[DATE:05/02/2025]] 10:14   SPI: ([[NAME:mquintero]])
Caller: mother, [[NAME:precious villaflor]], at home, cb [[PHONE:707-551-0932]] / alt [[PHONE:707 648 2210]]
Pt: [[NAME:Jayden Villaflor]], {{age:2}} y, 12.4 kg, [[ADDRESS:Vallejo]] [[ADDRESS:94591]]
Exposure: found with lola's weekly pill organizer open ~09:50, Thurs + Fri AM slots empty. Lola ([[NAME:Remedios Villaflor]], {{age:78}}) keeps {{drug:amlodipine}} {{dose:10 mg}}, {{drug:metformin}} {{dose:500 mg}}, {{drug:losartan}} {{dose:50 mg}} in the AM slots.
Worst case 2 x amlodipine 10 mg = {{dose:1.6 mg/kg}}, plus 2 metformin, 2 losartan.
Sx: none per mom, "playing, normal." No emesis.
Rec: to ED now by private car, no home emesis. CCB obs min 24 h, cardiac monitor, POC glucose q1h x4, BP/HR q15 min first hour.
10:22 called ED charge [[NAME:dawn]] w/ heads-up, will fax protocol. -[[NAME:mq]]
11:05 pt arrived 10:48. {{vital:BP 94/52}} {{vital:HR 132}}, {{lab:glucose 168}}, playful. Charcoal declined (>1 h). Spoke w [[NAME:will]] (peds RN). -[[NAME:mq]]
14:30 d/w Dr. [[NAME:Lacson]]: {{vital:BP 88/48}} at 13:40 -> NS {{dose:20 mL/kg}} -> {{vital:BP 98/60}}. Admit PICU, {{drug:calcium gluconate}} at bedside. We will f/u in AM. -[[NAME:rs]]
Record edited by [[NAME:rsepulveda]] [[DATE:05/02/2025]] 14:36; reviewed [[NAME:jquispe]]
""", summary="""
On [[DATE:05/02/2025]] the poison center referred {{age:2}}-year-old [[NAME:Jayden Villaflor]] to the ED after a possible ingestion of his grandmother's {{drug:amlodipine}}, {{drug:metformin}} and {{drug:losartan}}. He developed mild hypotension, responded to fluids, and was admitted to the PICU per Dr. [[NAME:Lacson]].
"""),

    dict(style="fire_handoff", note="""
FIRE DEPT -> EMS HAND-OFF (MIST)   [[DATE:Jan 19]] 0418
Engine 3 / Rescue 1 to [[NAME:Cordeiro]]'s crew (Medic 2)
M: 2nd-floor apartment fire, [[ADDRESS:77 Alvernaz St]], [[ADDRESS:Fall River]]. Pt carried out of bedroom by FF [[NAME:Hunter Pacheco]] and Lt. [[NAME:Bettencourt]] ~0410, est 10 min in smoke.
Pt: [[NAME:Conceição Almeida]] (goes by "[[NAME:São]]"), [[AGE:92]], lives alone.
I: soot in nares/oropharynx, singed nasal hair, hoarse. Partial-thickness burn dorsum R hand ~1% TBSA. No trauma found.
S: {{vital:SpCO 22%}} on Rad-57, {{vital:SpO2 99%}} (unreliable), {{vital:HR 104}}, {{vital:BP 158/84}}, {{score:GCS 14}} (confused to time).
T: NRB 15 L. {{drug:Cyanokit}} {{dose:5 g}} discussed w/ OLMC, held (normotensive, mentating); d/w [[NAME:Arce]].
PMH per daughter [[NAME:Fátima]] by phone from [[ADDRESS:Somerset]] [[PHONE:508-672-4019]]: AF on {{drug:Eliquis}} {{dose:2.5 mg}} BID, {{eponym:Parkinson}} disease on {{drug:Sinemet}}, HTN.
Requesting hyperbaric consult on arrival. Handoff taken by [[NAME:DC]] / [[NAME:ko]].
""", summary="""
[[NAME:Conceição Almeida]], [[AGE:92]], was rescued from an apartment fire at [[ADDRESS:77 Alvernaz St]] with smoke inhalation, {{vital:SpCO 22%}} and a small hand burn. Daughter [[NAME:Fátima]] supplied her history ({{drug:Eliquis}}, {{eponym:Parkinson}} disease) and a hyperbaric consult was requested.
"""),

    dict(style="ems_qa_abstract", note="""
CARDIAC ARREST - CARES / QA ABSTRACT (de-identified for peer review)
Unwitnessed arrest, adult male approx {{age:60}}, found by family on bathroom floor; dispatcher-assisted bystander CPR ~4 min.
Initial rhythm VF on Zoll X Series. Defib 200 J x1 -> asystole -> PEA.
LUCAS 3 applied at min 6; CPR fraction 91%.
Airway: i-gel size 4, good waveform; King LT not needed. {{vital:ETCO2 14}} early, {{vital:ETCO2 38}} at ROSC.
{{drug:Epinephrine}} {{dose:1 mg}} IO q4 min x3 (humeral EZ-IO); {{drug:amiodarone}} {{dose:300 mg}} after 2nd shock in recurrent VF.
ROSC at min 22. Post-ROSC {{vital:BP 88/54}} -> {{drug:norepinephrine}} {{dose:8 mcg/min}}. 12-lead STE V1-V4, STEMI alert to Cath Lab.
{{score:GCS 3}} without sedation. {{lab:glucose 212}}.
Deviations: ResQPOD not used (none on unit); first IO attempt tibial, infiltrated.
Feedback: compressions excellent per Code-STAT; capnography well documented; consider earlier IO. Will share with Medical Director at QA meeting.
""", summary="""
De-identified QA abstract of an out-of-hospital VF arrest treated with LUCAS CPR, {{drug:epinephrine}} and {{drug:amiodarone}}, with ROSC at 22 minutes and a STEMI alert. Feedback praised compressions and suggested earlier IO access.
"""),

    dict(style="police_handoff", note="""
ED - LAW ENFORCEMENT HAND-OFF / MEDICAL CLEARANCE
[[DATE:Tue 6/17]] 0130. Brought in by PD, Ofc. [[NAME:Ocampo]] #[[MRN:2291]] and Ofc. [[NAME:Vilela]] #[[MRN:2307]], pt in handcuffs.
Pt: [[NAME:BAUTISTA, RICHARD M]] "[[NAME:Rich]]", {{age:29}}, MRN [[MRN:00482177]]
Per [[NAME:Ocampo]]: altercation outside a bar on [[ADDRESS:Marinho St]] in [[ADDRESS:Harrison]]; Taser x1, 2 barbs L upper back ~0050. Pat-down neg for weapons. Refused breath test.
Pt yelling "I'll sue all of you," otherwise oriented x3. Sister [[NAME:Ivy]] by phone [[PHONE:(201) 998-4120]]: "he hasn't slept in 3 days."
Exam: barbs removed intact, sites clean, Td UTD per sister. {{vital:HR 108}} {{vital:BP 146/90}} {{vital:T 37.4}}. No CP.
{{lab:CK 612}}, {{lab:troponin <0.01}}, ECG sinus 104, {{lab:BAL 0.14}}, UDS + cocaine.
Medically cleared for custody. Psych eval deferred to jail MH per [[NAME:Ocampo]] (charges pending, report [[MRN:HPD-25-11842]]).
[[NAME:mdc]] / cosigned [[NAME:TKW]]
""", summary="""
[[NAME:Richard Bautista]], {{age:29}}, was brought in by police on [[DATE:6/17]] after a Taser deployment; barbs were removed, {{lab:CK 612}} and troponin were unremarkable, and he was cleared for custody. His sister [[NAME:Ivy]] reported 3 days without sleep.
"""),

    dict(style="trauma_signout", note="""
TRAUMA / SICU NIGHT -> DAY SIGN-OUT   [[DATE:06/03/25]]
by [[NAME:tb]] to [[NAME:Arriagada]] team; d/w [[NAME:Feliciano]] re bed 6 overnight

Bed | Name                  | Age  | Injuries                        | Overnight / to do                                   | Code
4   | [[NAME:SEPULVEDA, OSVALDO]]     | {{age:71}}   | SDH 6 mm, L rib fx 4-8          | rpt CT head 0600 stable; {{drug:Keppra}} {{dose:500 mg}} BID        | DNR/DNI
5   | [[NAME:Gonçalves, M]]          | {{age:24}}   | gr III spleen, nonop            | {{lab:Hgb 8.9}} -> {{lab:8.4}}, next H/H 1000                  | Full
6   | [[NAME:Dela Peña]]             | {{age:58}}   | APC-II pelvis s/p angioembo     | {{eponym:Foley}} in, {{lab:lactate 2.1}}; [[NAME:Feliciano]] wants bedrest until IR sees | Full
7   | [[NAME:tolentino, hope]]       | {{age:19}}   | gr 2 liver, R femur s/p IMN     | POD 1, {{lab:Hgb 7.6}} -> 1u PRBC 0300                     | Full
8   | [[NAME:Baeza]]                 | [[AGE:90]]   | GLF, type II dens fx            | Aspen collar; GOC w/ daughter [[NAME:June]] today          | DNR

- [[NAME:Sampaio]] aware of bed 4 CT. [[NAME:Arce]] to see bed 8 this AM.
- [[NAME:JR]] says no visitors in 7 after 2100 (mom asked); [[NAME:sunny]] (charge) has the bed list.
- vitals by [[NAME:LM]] q1h on 5.
We will need 2 beds for OR cases by noon; hope to downgrade 7 to floor.
~[[NAME:tb]]
""", summary="""
Night-to-day SICU trauma sign-out on [[DATE:06/03/25]] covering [[NAME:Sepulveda]], [[NAME:Gonçalves]], [[NAME:Dela Peña]], [[NAME:Tolentino]] and [[NAME:Baeza]], including a splenic injury with falling hemoglobin and a goals-of-care talk with [[NAME:June]] for bed 8.
"""),

    dict(style="ems_dictation", note="""
EMS NARRATIVE - DICTATED (voice recognition, unedited)
this is paramedic [[NAME:cristobal iturra]] that's [[NAME:I T U R R A]] medic fourteen run number [[MRN:M as in mary four four zero one seven]] date of service [[DATE:march twelfth twenty twenty five]] patient is [[NAME:wilfredo cardenas]] [[NAME:C A R D E N A S]] date of birth [[DATE:june ninth nineteen fifty]] {{age:74}} year old male called in by his wife [[NAME:dolores]] for shortness of breath. found tripoding on the couch at home in [[ADDRESS:mcfarland]] speaking two word sentences sats {{vital:eighty four percent}} on room air rales to the mid fields bilaterally pressure {{vital:one ninety two over one ten}} heart rate {{vital:one twelve}} no chest pain no frank hemoptysis pink frothy sputum noted. history of CHF on {{drug:lasix}} and {{drug:eliquis}} wife states he ran out of {{drug:lasix}} last week. gave {{drug:nitro}} {{dose:point four}} sublingual times three and CPAP at {{dose:ten centimeters}} patient improved to {{vital:ninety three percent}} pressure {{vital:one fifty eight over ninety}}. care transferred to nurse [[NAME:frank]] bed eleven patient [[NAME:cadenas]] states he feels much better. wife's number for the chart [[PHONE:six six one seven two five eight eight four zero]] end of dictation
""", summary="""
Paramedic [[NAME:Cristobal Iturra]] treated [[NAME:Wilfredo Cardenas]], {{age:74}}, on [[DATE:march twelfth twenty twenty five]] for acute pulmonary edema after running out of {{drug:Lasix}}; {{drug:nitroglycerin}} and CPAP raised his saturation to {{vital:93%}}. Care was transferred to nurse [[NAME:Frank]].
"""),

    dict(style="poison_center", note="""
POISON CENTER - CASE NOTE   #[[MRN:25-PC-061149]]
[[DATE:05MAY2025]] 22:18  HCP call, ED in [[ADDRESS:Lamont]]; Dr. [[NAME:Valderrama]] cb [[PHONE:661-845-3907 x2214]]
Pt: [[NAME:Marisol Aguilar Ñañez]], {{age:17}} F, 55 kg. Intentional. ~30 x {{drug:Tylenol}} ES {{dose:500 mg}} = {{dose:15 g}} (~{{dose:270 mg/kg}}) at ~1600 per friend [[NAME:Ashley Quiroga]] who found the empty bottle.
4-h level drawn 20:05: {{lab:APAP 212 mcg/mL}}, above treatment line on {{eponym:Rumack-Matthew}} nomogram. {{lab:AST 31}}, {{lab:ALT 24}}, {{lab:INR 1.0}}, {{lab:ASA neg}}, {{lab:EtOH neg}}.
Rec: start {{drug:NAC}} IV ({{drug:Acetadote}}) {{dose:150 mg/kg}} over 1 h then {{dose:15 mg/kg/h}} x 20 h (two-bag). Repeat APAP + LFTs 2 h before end. 1:1 sitter; psych once medically clear.
[[NAME:rich]] in ED pharmacy confirmed weight-based NAC. -([[NAME:jquispe]])
[[DATE:05/06]] 0540 f/u: spoke w/ [[NAME:gay]] (night RN) - bag 2 running, no nausea. -[[NAME:jq]]
[[DATE:05/06]] 1410 f/u: {{lab:APAP <10}}, {{lab:AST 29}}; NAC stopped 1330 per [[NAME:Valderrama]] and tox attending Dr. [[NAME:Olmedo]]. Medical outcome: no effect. Case closed [[NAME:jquispe]].
""", summary="""
A poison center managed [[NAME:Marisol Aguilar Ñañez]], {{age:17}}, after an intentional {{dose:15 g}} {{drug:Tylenol}} ingestion on [[DATE:05MAY2025]] with a 4-hour level of {{lab:212 mcg/mL}}. {{drug:NAC}} was stopped the next day after normal labs, per Dr. [[NAME:Valderrama]] and Dr. [[NAME:Olmedo]].
"""),

    dict(style="trauma_tertiary", note="""
TRAUMA TERTIARY SURVEY - HD 2
Mechanism: motorcycle vs SUV, helmeted, ~40 mph.
Known injuries: {{eponym:Jefferson fracture}} C1 (stable per Spine, Aspen collar 12 wk); L {{eponym:Colles fracture}} s/p closed reduction, sugar-tong splint; R PTX s/p 28 Fr chest tube.
New findings: ecchymosis behind R ear ({{eponym:Battle sign}}) -> CT temporal bone ordered; no hemotympanum. L 5th MC tenderness -> XR neg.
Neuro: {{score:GCS 15}}, strength {{score:5/5}} all ext, sensation intact, no {{eponym:Babinski}}, {{eponym:Hoffmann}} neg.
Chest tube: no air leak on Pleur-evac, 120 mL/12 h serous -> water seal today, CXR in AM.
Labs: {{lab:Hgb 11.2}}, {{lab:Cr 0.8}}, {{lab:CK 2,140}}.
Meds: {{drug:Tylenol}} {{dose:1 g}} q8, {{drug:Robaxin}} {{dose:750 mg}} TID, {{drug:Lovenox}} {{dose:30 mg}} BID started, {{drug:Colace}}.
PT/OT consult. Incentive spirometer {{vital:1250 mL}}. Tertiary survey complete - no missed injuries.
""", summary="""
Hospital day 2 tertiary survey after a motorcycle crash found a new {{eponym:Battle sign}} (CT temporal bone ordered) on top of a {{eponym:Jefferson fracture}}, {{eponym:Colles fracture}} and pneumothorax. {{drug:Lovenox}} prophylaxis was started and the chest tube went to water seal.
"""),

    dict(style="air_medical", note="""
AIR MEDICAL TRANSPORT RECORD - REACH 7
Trip # [[MRN:R7-250611-02]]   [[DATE:11 Jun 2025]]
Sending: critical access hospital, [[ADDRESS:Corcoran]]; Dr. [[NAME:Paredes]] [[PHONE:559.992.4170]]
Receiving: tertiary SICU bed 14, accepting Dr. [[NAME:Murphy]] (acute care surgery)
Crew: [[NAME:Patricio Foley]], RN / [[NAME:Yolanda Chacón]], FP-C; pilot [[NAME:Ty]]
Pt: [[NAME:Gerardo Ñique]], {{age:66}} M. Acute calculous cholecystitis -> septic shock.
Hx per sending: 3 d RUQ pain, + {{eponym:Murphy}} sign; US GB wall 6 mm, pericholecystic fluid, CBD 9 mm. {{lab:WBC 21.4}}, {{lab:T bili 3.8}}, {{lab:lipase 88}}, {{lab:lactate 4.2}}.
{{drug:Zosyn}} {{dose:4.5 g}} at 1420. {{drug:Levophed}} {{dose:0.12 mcg/kg/min}} via L IJ.
Crew assessment: {{vital:BP 92/58}} (MAP 69), {{vital:HR 116}}, {{vital:T 38.9}}, {{score:GCS 15}}. {{eponym:Foley}} placed by [[NAME:Foley]] before departure, 30 mL/h clear.
38 min flight, uneventful; {{drug:Levophed}} unchanged. Report to [[NAME:Murphy]]'s fellow, Dr. [[NAME:Ana Lucía Bermúdez]].
Wife [[NAME:Luz Ñique]] driving from [[ADDRESS:Avenal]], cell [[PHONE:559-386-0217]].
""", summary="""
[[NAME:Gerardo Ñique]], {{age:66}}, was flown on [[DATE:11 Jun 2025]] from [[ADDRESS:Corcoran]] in septic shock from cholecystitis with a positive {{eponym:Murphy}} sign, on {{drug:Levophed}}. Flight nurse [[NAME:Patricio Foley]] handed him to Dr. [[NAME:Murphy]]'s team.
"""),

    dict(style="fire_handoff", note="""
FIRE RESCUE -> ED HAND-OFF (ice rescue)
[[DATE:2/9/25]] 1712. Marine 2 + Rescue 4.
Pt: [[NAME:Summer Alcântara]], {{age:14}} F. Fell through ice on a pond off [[ADDRESS:Serpa Rd]], [[ADDRESS:somerset]]. Submerged ~2 min per friend [[NAME:Hope Cabral]], who called 911.
Pulled out by FF [[NAME:Bo Silveira]] in ice suit at 1651.
On scene: shivering, {{score:GCS 14}}, {{vital:T 33.8}} tympanic, {{vital:HR 58}}, {{vital:SpO2 93%}} RA, {{vital:RR 24}}, coughing, crackles R base.
Wet clothes cut off, hypothermia wrap, warm blankets, O2 NRB. No CPR needed.
Mother [[NAME:Graça]] en route, [[PHONE:774-294-8136]]; says [[NAME:summer]] has asthma, uses {{drug:albuterol}} PRN.
Pond is used for swimming in the summer; ice posted unsafe. Crews hope to get the friend checked too (wet to the knees, refused).
sig: FF [[NAME:bo silveira]] / [[NAME:bs]]
""", summary="""
[[NAME:Summer Alcântara]], {{age:14}}, fell through pond ice in [[ADDRESS:Somerset]] on [[DATE:2/9/25]] and was rescued by FF [[NAME:Bo Silveira]] after about 2 minutes under water, arriving hypothermic ({{vital:T 33.8}}) with crackles. Her mother [[NAME:Graça]] was en route.
"""),

    dict(style="ems_refusal", note="""
EMS REFUSAL OF CARE / TRANSPORT
Run [[MRN:2025-044613]]   Medic 9   [[DATE:Fri 7/18/2025]] 2210
Pt: [[NAME:Artemio]] "[[NAME:Art]]" [[NAME:Salcedo]], {{age:61}} M, IDDM.
Called by neighbor [[NAME:sue]], who found him sweaty and confused in the driveway; neighbor says [[NAME:art]] "wasn't making sense."
{{lab:BGL 38}} -> {{drug:D10}} {{dose:250 mL}} IV -> {{lab:BGL 142}} at 15 min. Ate a sandwich and juice on scene.
A&Ox4, {{score:GCS 15}}, {{vital:BP 134/80}}, {{vital:HR 88}}. Took {{drug:Lantus}} {{dose:30 units}} tonight, skipped dinner.
Capacity: explains risks back in own words (recurrent low sugar, seizure, death). Refuses transport.
OLMC Dr. [[NAME:Zavala]] contacted by phone, agrees with refusal if pt not alone.
Wife [[NAME:Milagros]] home by 2300; pt will eat and check sugar q1h until then. Advised call 911 if sx recur.
Signed by pt. Witness: [[NAME:J. Oribe]], EMT.
""", summary="""
[[NAME:Art Salcedo]], {{age:61}}, was treated on [[DATE:7/18/2025]] for hypoglycemia ({{lab:BGL 38}}) with {{drug:D10}} and, with capacity, refused transport after Dr. [[NAME:Zavala]] agreed. His wife [[NAME:Milagros]] was due home that night.
"""),

    dict(style="poison_center", note="""
POISON CENTER - ENVENOMATION
Case [[MRN:CA25-0729114]] | [[DATE:7/29/25]] 16:40 | SPI [[NAME:hsoliz]]
HCP caller: [[NAME:hunter]] (ED RN), rural ED, [[ADDRESS:Wasco]]
Pt: [[NAME:Joaquín]] "[[NAME:Jack]]" [[NAME:Ramos]], {{age:47}} M, 86 kg. Bitten R hand ~15:30 reaching under his truck for the jack while changing a flat on Hwy 46. Snake seen, rattles heard.
Exam at 16:30: 2 fang marks R thenar, swelling to wrist, ecchymosis, perioral tingling. {{vital:BP 128/84}}, {{vital:HR 96}}.
Labs: {{lab:plt 88}}, {{lab:fibrinogen 110}}, {{lab:INR 1.3}}.
Rec: {{drug:CroFab}} {{dose:6 vials}} now; mark leading edge q15-30 min; elevate; no tourniquet, no ice, no incision. Repeat labs 1 h after each dose.
17:55 [[NAME:jack]]'s swelling crossed mid-forearm after dose 1 -> 2nd {{dose:6 vials}} per Dr. [[NAME:Pizarro]]. -[[NAME:hs]]
19:20 control achieved, {{lab:plt 121}}, {{lab:fibrinogen 162}}. Maintenance {{dose:2 vials}} q6h x3. Transfer not needed.
[[DATE:7/30]] 08:10 {{lab:plt 142}}, swelling stable at elbow crease. -[[NAME:hs]]
""", summary="""
On [[DATE:7/29/25]] [[NAME:Jack Ramos]], {{age:47}}, was bitten by a rattlesnake near [[ADDRESS:Wasco]] and developed thrombocytopenia and progressive swelling. Control was achieved with two {{dose:6-vial}} doses of {{drug:CroFab}} per Dr. [[NAME:Pizarro]].
"""),

    dict(style="mci_tracking", note="""
MCI - BUS ROLLOVER, I-5 SB near [[ADDRESS:Lebec]]   [[DATE:08/22/2025]]
Receiving ED patient tracking (tag # | name as known | START | disposition)
[[MRN:T-40117]] | [[NAME:Rosario Quintanilla]]           | RED    | {{vital:RR 34}}, open R femur -> bay 1 ([[NAME:Ybarra]])
[[MRN:T-40118]] | UNK F ~30s, Spanish-speaking     | YELLOW | scalp lac, {{score:GCS 14}} -> CT
[[MRN:T-40121]] | [[NAME:MAY ESPIRITU]]                  | YELLOW | L wrist deformity, pain {{score:9/10}} -> ortho
[[MRN:T-40122]] | [[NAME:Espiritu, Jun]] (son, {{age:9}})       | GREEN  | abrasions -> peds
[[MRN:T-40125]] | [[NAME:Wilmer Yupanqui]] (driver)       | RED    | {{vital:BP 78/40}}, seat belt sign -> bay 2 ([[NAME:Castañeda]])
[[MRN:T-40130]] | [[NAME:Fe Navarro]]                    | GREEN  | neck pain, ambulatory -> fast track
[[MRN:T-40131]] | --                                | BLACK  | pronounced on scene, ME notified
Tracking: [[NAME:LM]] / [[NAME:rn_afontes]]. Family reunification in cafeteria with SW [[NAME:Pat]] and chaplain [[NAME:Grace]].
UNK F may need Spanish interpreter for ID. [[NAME:Jun]] asking for his mom (bay 5 -> peds).
""", summary="""
MCI tracking sheet for a bus rollover near [[ADDRESS:Lebec]] on [[DATE:08/22/2025]]: two RED patients ([[NAME:Rosario Quintanilla]], [[NAME:Wilmer Yupanqui]]) went to trauma bays, and [[NAME:May Espiritu]], her son [[NAME:Jun]] and [[NAME:Fe Navarro]] had minor injuries. One person died on scene.
"""),

    dict(style="poison_center", note="""
POISON CENTER - INFORMATION CALL (no exposure)
Caller from public, declined to give name. Mixed Clorox bleach with a toilet bowl cleaner, "smelled something strong," left room; no one exposed per caller, windows open.
Info given: bleach + ammonia -> chloramine; bleach + acid cleaners -> chlorine gas. Ventilate, stay out 30 min, never mix products.
If cough, chest tightness or wheeze -> call back or seek care.
Also asked re Tide Pods under sink, grandchildren visiting for summer -> locked cabinet, original container.
Also asked if {{drug:Vicks VapoRub}} is safe for a {{age:2}}-year-old -> not under age 2 per label; camphor toxicity reviewed.
Also asked about poison ivy rash on her arms -> {{drug:calamine}}, OTC {{drug:hydrocortisone}} {{dose:1%}}, see PCP if face involved.
Category: information - household products. No follow-up.
""", summary="""
Anonymous information call about mixing bleach with toilet cleaner, safe storage of laundry pods, {{drug:Vicks VapoRub}} in toddlers, and poison ivy care; no exposure and no follow-up.
"""),

    dict(style="trauma_hp", note="""
TRAUMA H&P - LEVEL II ACTIVATION
[[NAME:Bell Urrutia]], {{age:63}}, Chilean tourist, pedestrian struck by car at low speed in a parking lot in [[ADDRESS:Kissimmee]]. Arr [[DATE:12/3]] 1932 via Medic 4.
Full name [[NAME:Ignacio Bell Urrutia]], RUT [[MRN:7.884.213-K]], DOB [[DATE:04/03/1961]] (ID card reads [[DATE:03-04-1961]], day first). Phone interpreter (Spanish) #[[MRN:304417]].
Wife [[NAME:Carmen Gloria Ossandón]] at bedside, cell [[PHONE:+56 9 8841 2267]]; travel insurance claim [[MRN:AC-2025-559031]].
Primary intact, {{score:GCS 15}}. {{vital:BP 152/88}} {{vital:HR 92}} {{vital:SpO2 97%}}.
Secondary: scalp abrasion; L knee effusion, tender lateral tibial plateau. R facial droop incl. forehead - pt and wife say longstanding {{eponym:Bell palsy}} since 2019, unchanged.
On {{drug:aspirin}} {{dose:100 mg}}. CT head neg. XR/CT L knee: lateral tibial plateau fx, {{score:Schatzker II}}.
Plan: ortho ([[NAME:Ordóñez]]) - knee immobilizer, NWB, ORIF likely this week vs return to Chile. {{drug:Lovenox}} when cleared.
Sr. [[NAME:Bell]] asks that his daughter [[NAME:Macarena]] in [[ADDRESS:Viña del Mar]] be called: [[PHONE:+56 32 268 4471]].
""", summary="""
[[NAME:Ignacio Bell Urrutia]], {{age:63}}, a Chilean tourist struck by a car in [[ADDRESS:Kissimmee]] on [[DATE:12/3]], has a {{score:Schatzker II}} tibial plateau fracture and a negative head CT; his facial droop is an old {{eponym:Bell palsy}}. Ortho ([[NAME:Ordóñez]]) plans likely ORIF.
"""),

    dict(style="ems_audit", note="""
ePCR - NARRATIVE + AUDIT TRAIL
Incident [[MRN:2025-0913-0447]]   Medic 3   Pt: [[NAME:DE LOS SANTOS, EMMANUEL R]]   {{age:57}} M
Narrative: wife [[NAME:Marivic]] called 0550, pt unresponsive in bed; daughter [[NAME:ivy]] on speaker w/ dispatch. Engine 7 first in: {{lab:BGL 29}}, {{drug:glucagon}} {{dose:1 mg}} IM by FF. Medic 3: 20g R hand, {{drug:D10}} {{dose:150 mL}}, pt woke, {{lab:BGL 118}}, {{score:GCS 15}}.
Took {{drug:Lantus}} {{dose:40 units}} + {{drug:Humalog}} {{dose:12 units}} last night, then skipped dinner. Transported at wife's request to ED.
--- audit ---
[[DATE:09/13/2025]] 06:12  record created - [[NAME:pcordeiro]]
[[DATE:09/13/2025]] 06:40  vitals V3 added - [[NAME:pcordeiro]]
[[DATE:09/13/2025]] 07:55  narrative edited by [[NAME:lbustamante]] (supervisor review)
[[DATE:09/13/2025]] 08:02  pt signature: unable; witness [[NAME:S. Benavides]], FF
[[DATE:09/14/2025]] 10:30  QA flag cleared - [[NAME:qa_mvillarreal]]
""", summary="""
[[NAME:Emmanuel De Los Santos]], {{age:57}}, was found unresponsive with {{lab:BGL 29}} after insulin without dinner and recovered with {{drug:glucagon}} and {{drug:D10}} before transport. The record was created by [[NAME:pcordeiro]] on [[DATE:09/13/2025]] and reviewed by [[NAME:lbustamante]].
"""),

    dict(style="trauma_activation", note="""
BURN / TRAUMA ACTIVATION
[[NAME:Riquelme]], {{age:41}}, propane flash at a food truck on [[ADDRESS:Nogales St]], [[ADDRESS:la puente]]. Arr [[DATE:Sun 10/26]] 14:05.
Name [[NAME:Jesús Alberto Riquelme]], MRN [[MRN:3390217]]. Co-owner [[NAME:Frank Medina]] on scene says regulator had been leaking.
Face/neck, both forearms and anterior chest; singed brows, carbonaceous sputum, hoarse -> intubated by [[NAME:Castañeda]] ({{drug:ketamine}} {{dose:2 mg/kg}}, {{drug:rocuronium}} {{dose:1.2 mg/kg}}), 8.0 ETT, {{eponym:Macintosh}} 4, grade 1 view.
TBSA by {{eponym:Lund-Browder}} 24% (partial + full thickness). Parkland 4 mL x 80 kg x 24% = 7,680 mL/24 h, half in first 8 h from time of burn (13:40).
{{vital:BP 128/76}} {{vital:HR 122}} {{vital:SpCO 6%}} {{lab:lactate 3.1}}. {{eponym:Foley}} UOP goal 0.5 mL/kg/h.
Circumferential forearm burns - pulses by {{eponym:Doppler}} present; escharotomy not yet.
Accepted by regional burn center, Dr. [[NAME:Saavedra]], transfer by ground CCT. Wife [[NAME:Yesenia]] [[PHONE:626-913-0448]].
-[[NAME:kd]]
""", summary="""
[[NAME:Jesús Alberto Riquelme]], {{age:41}}, sustained 24% TBSA flash burns with inhalation injury on [[DATE:10/26]] and was intubated by [[NAME:Castañeda]] and started on Parkland resuscitation. He was accepted by Dr. [[NAME:Saavedra]] at the burn center.
"""),

    dict(style="poison_center", note="""
POISON CENTER - CASE [[MRN:MA25-1103-0219]]
Opened [[DATE:11/03/2025]] 02:14 by SPI [[NAME:tmachado]]
HCP: ED, Dr. [[NAME:Sofia Brandão]], cb [[PHONE:(508) 973-6621]]
Pts: [[NAME:Manuel Pimentel]] {{age:67}}, wife [[NAME:Maria das Dores Pimentel]] {{age:64}}, son [[NAME:Rui]] {{age:38}}.
Hx: mushrooms picked in woods behind house in [[ADDRESS:Dartmouth]], cooked with rice ~19:00. Son's written note (Portuguese): "apanhámos os cogumelos no sábado, [[DATE:1 de novembro]], iguais aos de [[ADDRESS:Vinhais]]."
Onset vomiting + profuse watery diarrhea ~05:00 next morning (~10 h latency) -> concerning for amatoxin.
[[NAME:Dores]] c/o "dores de barriga" and cramps; [[NAME:Manuel]] worst, [[NAME:Rui]] mild.
Labs: [[NAME:Manuel]] {{lab:AST 412}} {{lab:ALT 530}} {{lab:INR 1.6}} {{lab:Cr 1.4}}; [[NAME:Dores]] {{lab:AST 88}} {{lab:ALT 97}}; [[NAME:Rui]] {{lab:AST 31}}.
Photos reviewed by mycologist Dr. [[NAME:Lemos]]: consistent with Amanita phalloides.
Rec: all 3 admit; aggressive IV fluids; {{drug:NAC}} per APAP protocol; {{drug:silibinin}} via emergency IND (call placed); MDAC {{dose:25 g}} q4h if no vomiting; early liver transplant center referral for [[NAME:Manuel]].
02:50 [[NAME:tm]] paged tox fellow [[NAME:Quiroga]], pager [[PHONE:4471]].
""", summary="""
A Portuguese-speaking family ([[NAME:Manuel Pimentel]], [[NAME:Maria das Dores Pimentel]] and [[NAME:Rui]]) ate wild mushrooms picked on [[DATE:1 de novembro]] and presented with delayed GI symptoms suggesting Amanita poisoning. [[NAME:Manuel]] has rising transaminases and {{lab:INR 1.6}}; all three were admitted for {{drug:NAC}}, {{drug:silibinin}} and transplant referral.
"""),
]
