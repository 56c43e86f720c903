# Hand-written training notes (probe_train4, part i): physical, occupational and speech therapy notes,
# cardiac and pulmonary rehab. German, Dutch, Flemish, Swiss, Austrian and Luxembourgish names plus
# English-word names. Every person, number, date, phone, email and street is invented.

NOTES = [
    dict(style="physical_therapy", note="""
OUTPATIENT NEURO PT - DAILY NOTE
[[NAME:VANDENBERGHE, HOPE A]]     MRN [[MRN:40-118-2273]]     DOS [[DATE:03/11/2025]]
Dx: L MCA CVA (onset [[DATE:01/19/2025]]) w/ R hemiparesis. Visit 9 of 16.
S: "my right hand feels heavy again today." [[NAME:Jef]] drove her in from [[ADDRESS:Millbrook]]; reports 1 near-fall on basement stairs Sunday, no injury. Pain {{score:2/10}} R shoulder.
O: {{vital:BP 138/84}}, {{vital:HR 76}} pre-tx. {{score:Berg 41/56}} (was {{score:36/56}} on [[DATE:2/18]]). 10MWT 0.71 m/s w/ SBQC.
   R ankle DF {{score:3-/5}}, R hip flex {{score:4/5}}, R knee ext {{score:4+/5}}. Upgoing {{eponym:Babinski}} R persists (per neuro).
   Gait: R toe drag in mid-swing; trialed off-the-shelf posterior leaf AFO, clearance improved, cadence up.
A: Good progress, still a fall risk by {{eponym:Berg}} cutoff. [[NAME:Hope]] is motivated; we hope to wean the cane in 3-4 wks if balance keeps pace.
P: cont 2x/wk. HEP updated (sit<>stand x10, tandem stance at counter, heel raises).
   Custom AFO referral to [[NAME:Berg]] in orthotics, x[[PHONE:5528]], who will cast on [[DATE:Thurs 3/13]]. Name was misspelled "[[NAME:Vandenburgh]]" on the order - corrected.
[[NAME:Koen Maes]], PT, DPT
PTA [[NAME:ls]] assisted w/ gait trials
""", summary="""
[[NAME:Hope Vandenberghe]] improved to {{score:Berg 41/56}} at outpatient neuro PT on [[DATE:03/11/2025]] after a left MCA stroke but remains a fall risk. A posterior leaf AFO helped foot clearance, and custom AFO casting with [[NAME:Berg]] is set for [[DATE:3/13]].
"""),

    dict(style="occupational_therapy", note="""
OCCUPATIONAL THERAPY INITIAL EVALUATION - Acute Care, 5 West
Patient: [[NAME:Mathilde Schroeder]] ("[[NAME:Tilly]]")   [[AGE:93]]yo F   FIN [[MRN:7730214496]]
Referred by Dr. [[NAME:Kayser]] (hospitalist) on [[DATE:Oct 2]] for ADL eval after mechanical fall at home in [[ADDRESS:tiverton]].
PMH: HTN, AFib on {{drug:Eliquis}} {{dose:2.5 mg}} BID, {{eponym:Dupuytren}} contracture L hand (4th/5th digits), OA both knees.
Social: widowed, lives alone in 2-story house, bedroom upstairs. Niece [[NAME:Rose Thillmany]] checks in daily, cell [[PHONE:(401) 555-0187]].
Prior level: indep w/ ADLs, rollator outdoors, niece does groceries.
Today:
 - Bed mobility: min A x1 supine>sit, HOB 30.
 - Transfers: mod A stand-pivot to BSC; unable to rise from low chair. Too unsteady for standing ADLs, so returned to bed via {{eponym:Hoyer}} lift w/ [[NAME:Hoyer]] (CNA) and [[NAME:grace]], RN.
 - UB dressing: set-up/supervision. LB dressing: max A (cannot reach feet; L grip weak).
 - Grip (Jamar, pos 2): R 14 kg, L 9 kg.
 - Cognition: oriented x3, {{score:Mini-Cog 3/5}}; some difficulty sequencing.
 - Pain: {{score:4/10}} L hip w/ movement.
Assessment: [[AGE:93]]-year-old well below baseline for LB ADLs and transfers; high fall risk; not safe to return home alone at this time.
Recs: SNF vs IRF; reacher/sock aid trial; raised toilet seat; 3-in-1 commode. Will f/u [[DATE:10/4]].
[[NAME:Marieke Hofstede]], OTR/L  pgr [[PHONE:4471]]
""", summary="""
[[NAME:Mathilde Schroeder]], [[AGE:93]], needed max assist for lower-body dressing and a {{eponym:Hoyer}} lift after a fall at home in [[ADDRESS:Tiverton]]. OT recommends SNF or inpatient rehab with adaptive equipment; niece [[NAME:Rose]] checks on her daily.
"""),

    dict(style="speech_therapy", note="""
SPEECH-LANGUAGE PATHOLOGY - CLINICAL SWALLOW EVALUATION
[[NAME:DE GROOT, GERRIT J]]   {{age:78}} M   Acct [[MRN:H0019934521]]   Rm 612B
Date of service: [[DATE:2024-11-05]]   Ordering: [[NAME:Vos]], NP
Hx: acute L frontal infarct [[DATE:11/3]]; expressive ({{eponym:Broca}}-type) aphasia, mild R facial droop. Failed RN dysphagia screen overnight (report from [[NAME:gay]] to [[NAME:frank]] at 0700, charge RN [[NAME:dawn]] paged SLP).
Oral mech: reduced R labial seal, tongue lat R {{score:3/5}}, palate elevation symmetric. Upper partial in place.
Trials, upright 90 deg:
  thin via cup - immediate wet vocal quality, throat clear x2
  thin via tsp - delayed cough
  nectar-thick via cup - clear x3
  puree - oral residue R buccal, cleared w/ liquid wash; no frank cough
  cracker - prolonged mastication, no overt s/sx
{{vital:SpO2 96%}} RA baseline, nadir {{vital:94%}}. {{vital:RR 18}}.
Follows 1-step commands, gestures yes/no reliably. Wife [[NAME:Anneke]] at bedside; pt answers best in Dutch.
Impression: moderate oropharyngeal dysphagia w/ signs concerning for penetration/aspiration of thin liquids.
Plan: mechanical soft w/ mildly thick liquids; meds crushed in puree; no straws. {{eponym:Frazier}} free water protocol not appropriate yet. VFSS requested for [[DATE:Thurs 11/7]].
d/w [[NAME:Vos]] and RN [[NAME:mb]].
[[NAME:Wouter Peeters]], MS, CCC-SLP
""", summary="""
[[NAME:Gerrit de Groot]], {{age:78}}, has moderate oropharyngeal dysphagia with signs of aspiration on thin liquids after a left frontal stroke on [[DATE:11/3]]. He was started on mechanical soft solids with mildly thick liquids, and a VFSS is requested for [[DATE:11/7]].
"""),

    dict(style="cardiac_rehab", note="""
CARDIAC REHAB PHASE II - SESSION 14/36
[[NAME:Brandstätter, Wilhelm]] ("[[NAME:Will]]")   DOB [[DATE:04/22/1957]]   MRN [[MRN:00821764]]
Dx: NSTEMI s/p PCI/DES x2 to LAD ([[DATE:Jan 8, 2025]]); EF {{lab:45%}}.
Meds reviewed: {{drug:Brilinta}} {{dose:90 mg}} BID, {{drug:aspirin}} {{dose:81 mg}}, {{drug:Lipitor}} {{dose:80 mg}}, {{drug:metoprolol succinate}} {{dose:50 mg}}. No missed doses.
Rest: {{vital:BP 124/78}}  {{vital:HR 64}}  {{vital:SpO2 97%}}  wt 91.4 kg
THR 95-112 ({{eponym:Karvonen}}, 50-70% HRR)
  Treadmill 2.8 mph / 4% x15 min - peak {{vital:HR 104}}, {{vital:BP 156/82}}, RPE 13 ({{eponym:Borg}} 6-20)
  NuStep L6 x12 min - HR 98, RPE 12
  Arm ergometer x8 min - HR 101
  Resistance 2x12 bands, 5 lb DB
Tele: NSR, occ PVC, no ST changes. Recovery {{vital:BP 128/76}}, {{vital:HR 70}}.
[[NAME:Will]] did well; asked if he can shovel snow - reviewed isometric load and {{eponym:Valsalva}} precautions. Pt will ask Dr. [[NAME:Borg]] at his [[DATE:3/4]] cardiology visit about advancing to 5.5 METs.
EP [[NAME:summer]] / RN [[NAME:jk]]
""", summary="""
[[NAME:Wilhelm Brandstätter]] tolerated phase II cardiac rehab session 14 after a DES to the LAD, with {{eponym:Borg}} RPE 13 and no ST changes. He will ask Dr. [[NAME:Borg]] about advancing his workload at the [[DATE:3/4]] visit.
"""),

    dict(style="pulmonary_rehab", note="""
PULMONARY REHABILITATION - INTAKE ASSESSMENT
Name: [[NAME:Major Kieffer]]   DOB [[DATE:9/30/1949]]   Medicare ID [[MRN:4TK7-QD2-MX61]]
Referring: [[NAME:Graves]], MD (pulm)   Intake date: [[DATE:Feb 3 2025]]
Dx: COPD GOLD 3 (FEV1 {{lab:38% pred}}); chronic hypoxemic resp failure, 2 L NC w/ exertion.
PMH: {{eponym:Graves}} disease s/p RAI 1998 on {{drug:levothyroxine}} {{dose:100 mcg}}; CAD; OSA on CPAP.
Inhalers: {{drug:Trelegy Ellipta}} 1 puff daily, {{drug:albuterol}} HFA prn (~4x/day). Good Ellipta technique, poor MDI coordination - spacer given.
Scores: {{score:mMRC 3}}, {{score:CAT 27}}, {{score:PHQ-9 8}}.
6MWT: 228 m on 2 L; {{vital:SpO2 95%}} to {{vital:86%}} at 4 min, back to {{vital:92%}} in 90 s; {{eponym:Borg}} dyspnea 3 to 7, leg fatigue 4.
Lives w/ daughter [[NAME:Ivy Kieffer-Lane]] in [[ADDRESS:Oak Hill]]; she can drive him Tues/Thurs - transportation is the major barrier otherwise.
Still smokes 3-4 cig/day, "down from two packs." Open to {{drug:Chantix}} - msg sent to [[NAME:Graves]].
Goal (his words): "walk to the mailbox and back without stopping, and get to my grandson's game in June."
Plan: 24 sessions; titrate O2 to keep SpO2 at or above 88%; IMT; energy conservation w/ OT. Repeat 6MWT at session 12.
Intake: [[NAME:Sepp Aigner]], RRT / [[NAME:K. Wagner]], RN
""", summary="""
[[NAME:Major Kieffer]] (GOLD 3 COPD) walked 228 m on his pulmonary rehab intake 6MWT, desaturating to {{vital:86%}}. Dr. [[NAME:Graves]] was asked about {{drug:Chantix}}; his daughter [[NAME:Ivy]] will drive him to 24 sessions.
"""),

    dict(style="speech_therapy", note="""
SPEECH THERAPY PROGRESS NOTE - LSVT LOUD (session 8 of 16)
Client: [[NAME:Ruud Bakker]]   {{age:71}} M   Enc CSN [[MRN:558102347]]
Referring neurologist: Dr. [[NAME:Parkinson]] (Movement Disorders). Dx: idiopathic {{eponym:Parkinson}} disease, H&Y 2.5; hypokinetic dysarthria.
Meds: {{drug:Sinemet}} {{dose:25/100}}, {{dose:1.5 tab}} TID - session 1 h after AM dose, pt "on."
Data:
  sustained /a/: mean 88 dB SPL (baseline [[DATE:1/6]]: 76 dB), 14.2 s
  high/low pitch glides: 12/15 accurate
  functional phrases (self-generated, e.g. "Good morning, Baker's Dozen!" - the bakery he still opens on Saturdays): avg 81 dB
  3-min conversation: 74 dB (baseline 66)
Wife [[NAME:Mien]] reports fewer "what?"s at dinner; grandson [[NAME:Bram]] no longer asks him to repeat on the phone.
Carryover weaker when fatigued or in noise. Homework: 15 min/day w/ LSVT app; log reviewed, 6 of 7 days done.
Plan: cont 4x/wk x 4 wks; re-eval [[DATE:02/28/2025]]. cc: [[NAME:Parkinson]]. [[NAME:Bakker]] aware clinic is closed [[DATE:2/14]].
- [[NAME:Saskia van 't Hof]], M.A., CCC-SLP
""", summary="""
[[NAME:Ruud Bakker]], {{age:71}}, with {{eponym:Parkinson}} disease raised sustained phonation loudness from 76 to 88 dB by LSVT LOUD session 8. Re-evaluation is on [[DATE:02/28/2025]], with a copy to Dr. [[NAME:Parkinson]].
"""),

    dict(style="physical_therapy", note="""
PT TREATMENT NOTE - ORTHO FLOOR
POD 2 s/p R TKA. Pain {{score:5/10}} at rest, {{score:7/10}} w/ flexion; premedicated w/ {{drug:oxycodone}} {{dose:5 mg}} 45 min prior.
{{eponym:Foley}} d/c'd this AM, voided x1. On {{drug:Lovenox}} {{dose:40 mg}} SC daily for DVT ppx. Calf soft, non-tender; {{eponym:Homans}} not used (unreliable).
Vitals: {{vital:BP 132/70}}, {{vital:HR 88}}, {{vital:SpO2 95%}} RA. {{lab:Hgb 10.1}} this AM (pre-op {{lab:12.4}}).
ROM: AAROM knee flex 78 deg, ext lag 8 deg. Quad set fair, SLR w/ lag.
Gait: 120 ft x2 w/ RW, CGA, step-to, cues for heel strike. Mild {{eponym:Trendelenburg}} on L stance (contralateral hip OA).
Stairs: 4 steps, 1 rail + cane, min A; up w/ the good, down w/ the bad.
CPM 0-80 deg x 2 h BID per protocol; ice, elevation.
Assessment: on track for d/c home POD 3 if stairs safe w/ supervision.
Plan: BID tx; stair retraining; HEP handout (quad sets, heel slides, SAQ, ankle pumps). Notify MD if Hgb drops or orthostatic.
""", summary="""
On post-op day 2 after a right TKA, the patient walked 120 ft with a rolling walker and reached 78 degrees of knee flexion. PT expects discharge home on POD 3 if stair safety is confirmed.
"""),

    dict(style="occupational_therapy", note="""
HAND THERAPY - RE-EVALUATION
[[NAME:ter Horst, Sanne]]   MRN [[MRN:3350917]]   Surgeon: [[NAME:Phalen]]   DOS [[DATE:15-Apr-2025]]
Dx: R carpal tunnel syndrome s/p open CTR [[DATE:3/18/25]] (4 wks post-op). Dental hygienist, R-dominant, off work since surgery.
S: night tingling resolved; pillar pain at base of palm w/ gripping, {{score:3/10}}.
O:
  Incision healed, mild hypertrophic scar, tender to pressure.
  {{eponym:Tinel}} at wrist neg. {{eponym:Phalen}} neg at 60 s (pre-op pos at 15 s).
  {{eponym:Semmes-Weinstein}} 2.83 all digits (pre-op 3.61 index/middle). 2-pt discrim 4 mm index.
  Grip (Jamar pos 2) R 16 kg / L 31 kg. Lateral pinch R 5 kg / L 8 kg.
A: sensory recovery excellent; strength limited by pillar pain. Pt hopes to be back to clinic hours by mid-May.
P: scar massage, silicone gel sheet at night, desensitization; progress putty (green) and gripper. 1x/wk x4.
RTW note to [[NAME:Phalen]]'s office. Pt's manager [[NAME:Lieven D'Hondt]] may call x[[PHONE:207]] re: modified duty; [[NAME:D'hondt]] already emailed pt about a 4-h schedule.
cc: [[NAME:jw]]     -[[NAME:ak]] OTR/L, CHT
""", summary="""
Four weeks after right carpal tunnel release, [[NAME:Sanne ter Horst]] has negative {{eponym:Tinel}} and {{eponym:Phalen}} tests and normal sensation, but pillar pain limits her grip. Hand therapy continues weekly and a return-to-work note went to Dr. [[NAME:Phalen]].
"""),

    dict(style="cardiac_rehab", note="""
CARDIAC REHABILITATION - DISCHARGE SUMMARY (Phase II complete)
Patient: [[NAME:THILL Fernand]]   DOB [[DATE:12.07.1952]]   Matricule [[SSN:1952071234567]]
Address: [[ADDRESS:12, rue des Prés, L-9080 Ettelbruck]]   Tel [[PHONE:+352 621 448 902]]
Programme: 36 sessions, [[DATE:6 Jan 2025]] to [[DATE:28 Mar 2025]]; attended 34.
Index event: CABG x3 (LIMA-LAD, SVG-OM, SVG-RCA) [[DATE:4 Dec 2024]].
Outcomes, entry to exit:
  Peak METs 3.8 to 6.2 (modified {{eponym:Bruce}})
  6MWT 352 m to 486 m
  Rest {{vital:BP 142/86}} to {{vital:BP 126/74}}
  {{lab:LDL 2.9 mmol/L}} to {{lab:LDL 1.4 mmol/L}}; {{lab:HbA1c 7.1%}} to {{lab:HbA1c 6.4%}}
  {{score:HADS-A 9}} to {{score:HADS-A 5}}; weight 88.2 to 84.9 kg
Meds at exit: {{drug:Entresto}} {{dose:49/51 mg}} BID, {{drug:Jardiance}} {{dose:10 mg}}, {{drug:rosuvastatin}} {{dose:20 mg}}, {{drug:bisoprolol}} {{dose:5 mg}}, ASA {{dose:100 mg}}.
Sternal precautions lifted; cleared for cycling on flat routes and gardening. Driving resumed in January.
[[NAME:Josiane]] attended all education sessions; both keen on the maintenance group in [[ADDRESS:Diekirch]].
Report to Dr. [[NAME:Reuter]] (cardiology) and GP Dr. [[NAME:Frieden]], [[EMAIL:cab.frieden@medpost.lu]].
[[NAME:Charel Welter]], physiothérapeute / [[NAME:N. Schaack]], infirmière
""", summary="""
[[NAME:Fernand Thill]] completed phase II cardiac rehab after CABG, with peak METs up from 3.8 to 6.2 and LDL down to {{lab:1.4 mmol/L}}. The report went to Dr. [[NAME:Reuter]] and his GP, and he plans to join the maintenance group in [[ADDRESS:Diekirch]].
"""),

    dict(style="pulmonary_rehab", note="""
PULM REHAB - GROUP SESSION LOG    [[DATE:Wed 5/14/25]]    13:00-14:30
Staff: [[NAME:Price]] RRT, [[NAME:Moser]] PT, [[NAME:jo]] (aide)
 pt          | O2 rest/ex | low SpO2      | HR max | {{eponym:Borg}} | note
 [[NAME:Huber]]       | 2L / 4L    | {{vital:87%}} | 118    | 5    | PLB cues, tol well
 [[NAME:Pichler]]     | RA         | {{vital:93%}} | 104    | 3    | TM up to 2.2 mph
 [[NAME:Green]]       | 3L / 5L    | {{vital:85%}} | 126    | 7    | stopped x2, see below
 [[NAME:Young, D]]    | 2L / 3L    | {{vital:90%}} | 99     | 4    | 1st day back after AECOPD
 [[NAME:Leitner]]     | -          | -             | -      | -    | absent; daughter called, pt ill
[[NAME:Green]]: chest tightness on arm ergometer at min 6, {{vital:HR 126}}, {{vital:BP 168/94}}, no ST change on strip. Rested, {{dose:2 puffs}} {{drug:albuterol}} per [[NAME:Price]], resolved in 5 min, {{vital:BP 142/86}}. [[NAME:Moser]] left msg w/ Dr. [[NAME:Strasser]]'s nurse, [[PHONE:555-214-7720]]. [[NAME:Price]] aware.
Spoke with [[NAME:Young]] re: lighter portable concentrator - went over price vs coverage; forms to [[NAME:Price]].
[[NAME:Huber]] asked about travel O2 for a flight to see family in [[ADDRESS:Kitzbühel]]; gave HAST info.
Next group [[DATE:Fri 5/16]]. -[[NAME:pm]]
""", summary="""
Five pulmonary rehab patients were scheduled for the [[DATE:5/14/25]] group. [[NAME:Green]] had chest tightness with {{vital:BP 168/94}} that resolved after {{drug:albuterol}}, and [[NAME:Leitner]] was absent.
"""),

    dict(style="speech_therapy", note="""
SLP COGNITIVE-COMMUNICATION EVALUATION - Inpatient Rehab
[[NAME:Hunter Wouters]], {{age:24}} M. MRN [[MRN:6620-4471]]. Admit to IRF [[DATE:08/02/2024]].
Hx: MVC [[DATE:07/21/2024]], severe TBI (initial {{score:GCS 6}}), bifrontal contusions, L SDH s/p evacuation. PEG removed [[DATE:7/30]].
Now {{score:Rancho VII}}; PTA resolved per {{score:GOAT 78}} x2 days.
Testing:
  {{score:MoCA 21/30}} (-3 delayed recall, -2 trails/clock, -2 fluency, -1 abstraction, -1 serial 7s)
  RBANS immediate memory SS 72, attention SS 79
  4-paragraph reading: recalled 5/12 details w/o notes, 10/12 w/ notes
  FAS fluency 19 total
Behavior: impulsive, talks over staff, limited awareness ("I could go back to the shop tomorrow").
Family: mom [[NAME:Griet]] and dad [[NAME:Stijn Wouters]] at eval; mom keeps a notebook. Home is [[ADDRESS:Little Chute]], ~40 min away. Roommate [[NAME:Case]] visits evenings.
Impression: moderate cognitive-communication deficits (memory, attention, executive function, awareness) c/w TBI.
Plan: 5x/wk 60 min; memory book + phone alarms; errorless learning; co-tx w/ OT for meal prep. Driving and return to work not advised; the case will be revisited at team conference [[DATE:8/9]].
[[NAME:Femke Jansen]], MS, CCC-SLP  |  student clinician [[NAME:tyler b.]] observed
""", summary="""
[[NAME:Hunter Wouters]], {{age:24}}, is at {{score:Rancho VII}} after a severe TBI, with {{score:MoCA 21/30}} and poor awareness of his deficits. Daily SLP with a memory book is planned, and driving and return to work were discussed with his parents [[NAME:Griet]] and [[NAME:Stijn]].
"""),

    dict(style="physical_therapy", note="""
HOME HEALTH PT VISIT   [[DATE:1/22/25]]   in 10:05 / out 10:55
[[NAME:EDER, JOHANNA]] ([[AGE:96]])   HH episode #[[MRN:HH-240981]]
Lives out in [[ADDRESS:Oak Hill]] w/ daughter [[NAME:Faith]] (works days). Aide [[NAME:mercy]] present for bath visit, overlapped 15 min.
S: "[[NAME:Faith]] thinks I'm slower. I think I'm [[AGE:ninety-six]]." No falls since last visit. L knee stiff in AM, {{score:4/10}}.
O: {{vital:BP 148/72}} sitting, {{vital:BP 132/68}} standing at 1 min - briefly light-headed, seated. {{vital:HR 82}} irreg. {{vital:SpO2 94%}} RA.
   {{score:Tinetti 17/28}} (was 15/28). TUG 24 s w/ 4WW.
   BLE edema 1+; wearing {{eponym:Jobst}} 15-20 mmHg stockings as instructed.
Tx: standing ex at counter (marches, hip abd, heel raises x10), sit<>stand from raised couch x8, gait in hallway 80 ft x2 w/ 4WW, SBA.
Home safety: kitchen throw rug removed per prior rec. Tub grab bar still not installed - [[NAME:Faith]] says her son [[NAME:Will]] will put it up this weekend.
Orthostatic drop called to Dr. [[NAME:Huber-Gasser]]'s office ([[PHONE:555.903.6612]]); spoke w/ [[NAME:Patty]], they will review {{drug:amlodipine}}.
Plan: 2w3. Goals: {{score:Tinetti}} 19 or better, indep bathroom transfers w/ grab bar.
[[NAME:Gruber, Lukas]] PT - e-signed
""", summary="""
[[NAME:Johanna Eder]], [[AGE:96]], improved to {{score:Tinetti 17/28}} at home PT but had an orthostatic drop, which was reported to Dr. [[NAME:Huber-Gasser]]'s office. Her grandson [[NAME:Will]] is to install the tub grab bar.
"""),

    dict(style="occupational_therapy", note="""
OT TREATMENT NOTE - Inpatient Rehab, Stroke Program
60 min: ADL retraining 30, neuromuscular re-ed 30.
Grooming seated at sink: mod I w/ Dycem mat and built-up toothbrush; 1 cue to attend to L side of face. L neglect improving ({{score:Catherine Bergego Scale 9}}, was 16).
UB dressing: min A to thread L arm (hemi-dressing technique), pullover shirt.
LB dressing: mod A; figure-4 not tolerated, used reacher + sock aid.
Toilet transfer: CGA w/ grab bar; cues for L hand placement.
NMR: L UE {{score:Fugl-Meyer 31/66}}; {{score:Modified Ashworth 1+}} elbow flexors; {{eponym:Brunnstrom}} stage III hand. Grasp/release w/ cones, mirror therapy 10 min, NMES wrist ext 15 min (35 mA, 5 s on/10 s off).
Vitals: {{vital:BP 146/80}} pre, {{vital:BP 152/84}} post; {{vital:HR 72}}.
Pt tearful discussing return to cooking; validated, SW notified.
Plan: cont OT 90 min/day; begin kitchen assessment Monday; resting hand splint at night, skin intact.
""", summary="""
After a stroke with left hemiparesis and improving neglect, the patient needed moderate assist for lower-body dressing and scored {{score:Fugl-Meyer 31/66}} in the left arm. OT continues daily and a kitchen assessment is planned.
"""),

    dict(style="cardiac_rehab", note="""
Patient message - Cardiac Rehab pool
From: [[NAME:Rosalie Weis]]    Sent [[DATE:Mon 9/8/2025]] 6:12 AM
Subject: missing thursday
hi its [[NAME:rosalie weis]], im in the 7:30 group with [[NAME:june]] and [[NAME:Al]]. I cant make it thursday, my husband [[NAME:marc]] has his knee surgery at 8 and i have to drive him. can i come friday instead? also the water pill ({{drug:Lasix}}) - Dr [[NAME:Janssen]] lowered it to {{dose:20 mg}} last week and my ankles are a bit puffy again, is that ok to exercise with? weight this am 71.8 kg. thank you [[NAME:Rosalie]]

Reply [[DATE:9/8/2025]] 10:40 AM
Hi [[NAME:Rosalie]], Friday 7:30 is fine, you'll be in [[NAME:Page]]'s group. Weight is up 1.3 kg from last week; please also watch for shortness of breath lying flat. I've messaged Dr. [[NAME:Janssen]]. If you gain 1 kg in a day or 2 kg in a week, call the cardiology line [[PHONE:555-480-2291]]. Good luck to [[NAME:Marc]] on [[DATE:Thursday the 11th]]!
[[NAME:Daniela Haider]], RN, Cardiac Rehab

Staff msg to [[NAME:Janssen]]: [[NAME:Weis, Rosalie]] HFrEF (EF {{lab:30%}}), {{drug:furosemide}} down {{dose:40 mg}} to {{dose:20 mg}} on [[DATE:9/1]]; +1.3 kg, mild ankle edema, no orthopnea per pt. Last session [[DATE:9/5]] {{vital:BP 108/66}}, {{vital:HR 78}}, tolerated. Please advise re: diuretic. [[NAME:Page]] to reassess at [[DATE:Fri 9/12]] session. -[[NAME:dh]]
""", summary="""
[[NAME:Rosalie Weis]], who has HFrEF, moved her cardiac rehab session to Friday and reported a 1.3 kg weight gain with ankle swelling since her {{drug:furosemide}} was lowered. Dr. [[NAME:Janssen]] was messaged, and [[NAME:Page]] will reassess her on [[DATE:9/12]].
"""),

    dict(style="speech_therapy", note="""
PEDIATRIC SPEECH-LANGUAGE TREATMENT NOTE
Child: [[NAME:Lotte Mulder]]   DOB [[DATE:2019-06-27]]   {{age:5}}y 10m   Payer ID [[MRN:ZQH884120067]]
Dx: speech sound disorder, phonological (F80.0)
Session [[DATE:May 6]], 45 min, clinic. Mom [[NAME:April]] observed via window, joined last 10 min.
Targets:
 - final consonant deletion, CVC w/ final /t/ /p/: 34/40 (85%) w/ min cues (last session 62%)
 - velar fronting, initial /k/: 18/30 (60%) word level w/ tactile cue; "tat" for "cat" persists in conversation
 - /s/ blends: stimulable, emerging
GFTA-3 re-test deferred to next month.
Parent report: preschool teacher (Ms. [[NAME:King]]) says peers understand her better. [[NAME:Lotte]] told me "my birthday is in June" - produced "Joo" (final /n/ omitted), self-corrected once w/ model.
Home program: minimal-pair cards (key/tea, cap/tap) 5 min daily; [[NAME:April]] to use "back of the tongue" cue. Mom may bring younger brother [[NAME:Sem]] for a screen in April.
Next: [[DATE:5/13]] same time. On track; progress report due [[DATE:June 30]].
[[NAME:Anouk Visser]], M.S., CCC-SLP   [[EMAIL:avisser@kidsspeakclinic.org]]
""", summary="""
[[NAME:Lotte Mulder]], {{age:5}}, reached 85% accuracy on final consonants, while velar fronting persists at 60% in speech therapy. Her mother [[NAME:April]] has a minimal-pair home program, and the next session is [[DATE:5/13]].
"""),

    dict(style="pulmonary_rehab", note="""
PULMONARY REHAB PROGRESS NOTE (dictated, not proofread)
this is [[NAME:reto gisler]] respiratory therapist dictating on [[NAME:urs buhler]] that is [[NAME:B U H L E R]] with an umlaut on the u medical record number [[MRN:8 8 4 0 2 1 7]] date of service [[DATE:march third twenty twenty five]]
session twelve of twenty four mister [[NAME:buhler]] is a {{age:66}} year old retired cheesemaker with idiopathic pulmonary fibrosis on {{drug:ofev}} {{dose:150 milligrams}} twice a day
six minute walk today three hundred ten meters on four liters nadir {{vital:sat 84 percent}} up from two sixty eight meters on [[DATE:february third]] {{eponym:borg}} dyspnea five leg fatigue three
he is tolerating the treadmill at one point eight miles an hour for twelve minutes and upper body ergometer eight minutes without desaturation below eighty eight on six liters period
dr [[NAME:bishop]] called back yesterday and wants an ambulatory oxygen titration before his clinic visit on [[DATE:the seventeenth]] so we will do that [[DATE:friday the seventh]] period
wife [[NAME:vreni]] asked about a maintenance program after session twenty four and about the {{drug:ofev}} diarrhea which is better with loperamide
new paragraph plan continue twice weekly titrate o2 per protocol energy conservation reviewed again end of dictation
""", summary="""
At pulmonary rehab session 12, [[NAME:Urs Bühler]] ({{age:66}}, IPF on {{drug:Ofev}}) walked 310 m on 4 L, up from 268 m on [[DATE:February 3]]. Dr. [[NAME:Bishop]] requested an ambulatory oxygen titration, planned for [[DATE:March 7]].
"""),

    dict(style="physical_therapy", note="""
VESTIBULAR PT EVALUATION
Pt: [[NAME:Regula Meier-Rüegg]]   {{age:58}} F   DOB [[DATE:11 Aug 1966]]   Acct [[MRN:V-0045-2219]]
Referred by [[NAME:Romberg]] (ENT) for positional vertigo x3 wks. Hx R BPPV treated Nov 2023.
S: spinning 10-20 s rolling R in bed and looking up to hang laundry. No hearing loss, tinnitus, aural fullness. Says her heart beat fast during the first episode. Took {{drug:meclizine}} {{dose:12.5 mg}} twice, felt "foggy."
O: Smooth pursuit intact, saccades normal, no spontaneous or gaze-evoked nystagmus ({{eponym:Frenzel}} goggles).
   {{eponym:Romberg}} neg; sharpened {{eponym:Romberg}}: sways, no fall.
   {{eponym:Dix-Hallpike}} R: upbeating torsional nystagmus, latency 4 s, duration 18 s, reproduces sx. L neg. Supine roll test neg bilat.
   {{score:DHI 46/100}}. {{vital:BP 122/78}}.
A: R posterior canal BPPV (canalithiasis).
Tx: {{eponym:Epley}} R x2; no nystagmus on 2nd trial. Post-tx instructions given.
P: recheck 1 wk; repeat CRP prn; {{eponym:Brandt-Daroff}} if residual dizziness. Letter to [[NAME:Romberg]]. Husband [[NAME:Beat]] drove; pt advised not to drive today.
[[NAME:Flurina Caduff]], PT, DPT - Vestibular Clinic
""", summary="""
[[NAME:Regula Meier-Rüegg]] has right posterior canal BPPV, confirmed by a positive right {{eponym:Dix-Hallpike}}, and was treated with two {{eponym:Epley}} maneuvers. She will be rechecked in one week, and a letter is going to Dr. [[NAME:Romberg]].
"""),

    dict(style="cardiac_rehab", note="""
INDIVIDUALIZED TREATMENT PLAN - CARDIAC REHAB (30-day review)
Dx: HFrEF, ischemic CM, EF {{lab:35%}}; s/p ICD; NYHA II. Referral criteria met (stable HF x6 wks).
Baseline: symptom-limited {{eponym:Naughton}} protocol, 4.6 METs, peak {{vital:HR 118}}; no ischemic ST change; rare PVCs. {{score:DASI 24}}.
Exercise Rx: 3x/wk; THR 90-105 ({{eponym:Karvonen}} 40-60% HRR) or RPE 11-13; avoid HR within 10-20 bpm of ICD detection rate (VF zone 200).
  Aerobic: treadmill 2.0-2.5 mph, 0-2% grade, 20-30 min; recumbent bike intervals.
  Resistance: started wk 3, 1 set x 12 at 30-40% 1RM upper, 50% lower.
Meds: {{drug:Entresto}} {{dose:97/103 mg}} BID, {{drug:carvedilol}} {{dose:12.5 mg}} BID, {{drug:spironolactone}} {{dose:25 mg}}, {{drug:Farxiga}} {{dose:10 mg}}.
Labs: {{lab:K 4.6}}, {{lab:Cr 1.2}}, {{lab:NT-proBNP 812}}.
Nutrition: Na < 2 g, fluid 2 L; daily weights logged - 4/4 weeks.
Psychosocial: {{score:PHQ-9 11}}, referred to behavioral health; ICD shock anxiety discussed.
Education: HF zones, {{eponym:Holter}} review, sexual activity, travel with ICD.
Goals next 30 days: 5.5 METs, independent home walking 30 min 5 d/wk, PHQ-9 below 10.
""", summary="""
The 30-day cardiac rehab plan for this HFrEF patient with an ICD sets exercise intensity by {{eponym:Karvonen}} HR reserve, kept below the ICD detection zone. Goals are 5.5 METs and a {{score:PHQ-9}} below 10, with a behavioral health referral made.
"""),

    dict(style="occupational_therapy", note="""
IRF WEEKLY TEAM CONFERENCE - [[DATE:Tues 10/15/24]]
Pt: [[NAME:WIMMER, LEOPOLDINE]] "[[NAME:Poldi]]"   F/[[AGE:92]]   Rm 214   MRN [[MRN:1209388]]
Dx: L hip fx s/p IMN [[DATE:10/3]]. PMH {{eponym:Addison}} disease on {{drug:hydrocortisone}} {{dose:15 mg}} AM / {{dose:5 mg}} PM + {{drug:fludrocortisone}} {{dose:0.1 mg}}; AFib; CKD 3.
Present: [[NAME:Bishop]] (MD), [[NAME:Brown]] (PT), [[NAME:white]] (OT), [[NAME:Cross]] (SLP), [[NAME:Addison]] (RN), [[NAME:Case]] (SW)
Medical ([[NAME:Bishop]]): {{lab:Na 131}}, {{lab:K 5.2}} on [[DATE:10/14]]; stress-dosed x48 h for UTI, back to maintenance. {{vital:BP 104/60}}, orthostatic drop 18 mmHg. [[NAME:Bishop]] called back re: K after endo review - no change.
Nursing ([[NAME:Addison]]): continent w/ timed toileting; skin intact; poor sleep. Sister [[NAME:joy]] at bedside most afternoons.
PT ([[NAME:Brown]]): gait 60 ft RW mod A to 150 ft min A; WBAT. {{score:Berg 22/56}}.
OT ([[NAME:white]]): toilet transfer min A; LB dressing mod A w/ AE; brown-bag med review done.
SLP ([[NAME:Cross]]): {{score:SLUMS 18/30}}; regular diet, thin liquids.
SW ([[NAME:Case]]): niece [[NAME:Gerti Auer]] ([[PHONE:830-555-0143]]) is POA; son [[NAME:Walter]] flies in from [[ADDRESS:Vöcklabruck]] [[DATE:10/20]]. Medicare days used 12; the case for extension is reasonable given medical complexity.
Consensus: ELOS extended to [[DATE:10/29]]; ALF w/ HH vs SNF. Family mtg [[DATE:Mon 10/21]] 2 pm.
scribe: [[NAME:mhuber3]]
""", summary="""
At her IRF team conference, [[NAME:Leopoldine Wimmer]] ([[AGE:92]], hip fracture, {{eponym:Addison}} disease) had progressed to minimal assist for gait, and her stay was extended to [[DATE:10/29]]. A family meeting with son [[NAME:Walter]] and niece [[NAME:Gerti]] is set for [[DATE:10/21]].
"""),

    dict(style="speech_therapy", note="""
MODIFIED BARIUM SWALLOW STUDY (VFSS)
Patient: [[NAME:Jürgen Köhler]]   MRN [[MRN:00-55-81-902]]   Date: [[DATE:07/16/2024]]
Radiologist: [[NAME:Whipple]], MD    SLP: [[NAME:Nele Claes]], CCC-SLP
Hx: {{age:69}} M, R pontine stroke [[DATE:7/9]]; pancreatic adenoCA s/p {{eponym:Whipple}} 2022; DM on {{drug:Lantus}}. Bedside swallow [[DATE:7/11]]: wet voice w/ thin.
Position: seated lateral, then AP. Contrast: Varibar thin, nectar, honey, pudding; cookie w/ barium paste.
Findings:
 Oral: mild lingual pumping; premature spillage to valleculae w/ thin.
 Pharyngeal: delayed initiation (pyriform sinuses) w/ thin; reduced BOT retraction; moderate vallecular residue w/ pudding and solid.
 Airway: thin by cup - silent aspiration, {{score:PAS 8}}; thin by tsp w/ chin tuck {{score:PAS 3}}; nectar by cup {{score:PAS 2}}.
 UES opening adequate; esophageal sweep unremarkable.
Strategies: chin tuck effective for thin by tsp; effortful swallow reduced residue; {{eponym:Mendelsohn}} maneuver not performed consistently.
Impression: moderate pharyngeal dysphagia w/ silent aspiration of thin liquids.
Recs: mech soft, nectar-thick by cup, meds whole in puree, chin tuck, alternate solids/liquids, oral care TID. Repeat VFSS 2-3 wks.
D/w Dr. [[NAME:Whipple]] and daughter [[NAME:Ulrike]] by phone ([[PHONE:+49 171 5538 204]]), who is flying in from [[ADDRESS:Bad Oeynhausen]].
-[[NAME:nc]]
""", summary="""
[[NAME:Jürgen Köhler]]'s VFSS on [[DATE:07/16/2024]] showed moderate pharyngeal dysphagia with silent aspiration of thin liquids ({{score:PAS 8}}), helped by a chin tuck. Nectar-thick liquids are recommended, and results were discussed with Dr. [[NAME:Whipple]] and his daughter [[NAME:Ulrike]].
"""),
]
