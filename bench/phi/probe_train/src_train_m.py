"""Hand-written training notes (part m): ED scribe notes, EMS run sheets / prehospital care reports,
poison control call logs, urgent care notes. Every person, number, date and street is invented."""

NOTES = [
    dict(style="ed_scribe", note="""
ED PROVIDER NOTE - SCRIBED
[[NAME:WARSAME, ABDIRAHMAN H]]    MRN [[MRN:40018826]]    DOB [[DATE:02/11/1968]]    CSN [[MRN:771204551]]
Arrived [[DATE:11/04/2024]] 21:37 by private car. [[NAME:Liban]] (son) and [[NAME:Guled Ismail]] at bedside; [[NAME:Liban]] interpreting at pt request, declined phone interpreter.

HPI: {{age:56}} yo M w HTN, T2DM on {{drug:Jardiance}} and {{drug:metformin}} {{dose:1000 mg}} BID, c/o substernal pressure x2h that started carrying groceries up the stairs. Per [[NAME:Liban]], dad "kept saying it's just the heat." No radiation, +diaphoresis. Took {{dose:324 mg}} {{drug:aspirin}} in the car, handed to him by [[NAME:Guled]].
Vitals on arrival {{vital:BP 168/94}}, {{vital:HR 102}}, {{vital:SpO2 96%}} RA.
ECG read by Dr. [[NAME:Haddad]] at 21:41: NSR, 1 mm STD V4-V6, no STE. {{lab:Troponin I 0.41}}, {{lab:K 4.2}}, {{lab:Cr 1.1}}.
ROS otherwise neg. PE: diaphoretic, RRR, no JVD, lungs CTA, no edema.
MDM: NSTEMI likely. {{drug:Heparin}} drip per ACS protocol, Cardiology paged 21:58 ([[NAME:Elias Khoury]] on call), accepted to CCU.

Scribe attestation: I, [[NAME:Hodan Dualeh]], scribed for Dr. [[NAME:Rania Haddad]]. -- [[NAME:hdualeh]]
Provider attestation: I personally performed the services described. [[NAME:R. Haddad]] MD
""", summary="""
[[NAME:Abdirahman Warsame]], {{age:56}}, came in on [[DATE:11/04/2024]] with exertional chest pressure and a troponin of 0.41; treated as NSTEMI on {{drug:heparin}} and accepted to CCU by [[NAME:Khoury]].
"""),

    dict(style="ems_pcr", note="""
PREHOSPITAL CARE REPORT    Medic 12 / Engine 4
PCR # [[MRN:2024-118834]]    Date [[DATE:03/17/2025]]    Dispatched 06:12    On scene 06:21
Pt: [[NAME:AL-KHALIDI, FATIMA]]    Age [[AGE:91]]    Sex F
Address: [[ADDRESS:4417 Juniper Hollow Rd, Apt 2B]], [[ADDRESS:Dearborn]] MI [[ADDRESS:48126]]
Crew: [[NAME:D. Price]] (EMT-P, lead), [[NAME:Mohammed Sabri]] EMT-B, [[NAME:Bo Whitley]] driver
CC: fall, unable to get up.
Narrative: Called by granddaughter, [[NAME:Noor]], who found pt on bathroom floor ~0600. Pt states she slipped getting up to pray, denies LOC, "[[NAME:Noor]] worries too much." On floor est 3-4 hrs. A&Ox4, {{score:GCS 15}}. Shortening and external rotation L leg, pain 8/10 L hip. Skin warm/dry, no sacral breakdown.
V/S 06:25 {{vital:BP 148/72}} {{vital:P 88}} {{vital:RR 18}} {{vital:SpO2 95%}} {{vital:BGL 131}}
    06:38 {{vital:BP 142/70}} {{vital:P 84}}
Tx: scoop stretcher, pillows for position of comfort, {{drug:fentanyl}} {{dose:25 mcg}} IN x1 per standing order, pain to 5/10. Home meds photographed: {{drug:Eliquis}} {{dose:2.5 mg}} BID, {{drug:Lasix}}, {{drug:Synthroid}}.
Transport non-emergent to Riverside General, report to charge RN [[NAME:Tessa Young]]. [[NAME:Noor]] followed by car, cell [[PHONE:313-555-0187]].
Signed [[NAME:DPrice]] #[[MRN:P41187]]
""", summary="""
[[NAME:Fatima Al-Khalidi]], [[AGE:91]], was found down by her granddaughter on [[DATE:03/17/2025]] with a suspected left hip fracture while on {{drug:Eliquis}}; given intranasal {{drug:fentanyl}} and transported.
"""),

    dict(style="poison_control_log", note="""
POISON CENTER CALL RECORD
Case [[MRN:PC25-004471]]    Rec'd [[DATE:Sat 6/14/2025]] 19:02    SPI [[NAME:Wu]] / [[NAME:JB]]
Caller: [[NAME:Hawa Abdi]] (mother), from home, callback [[PHONE:(612) 555-0142]]
Pt: [[NAME:Sagal]], {{age:2}} yo F, {{vital:wt 12 kg}}
Substance: grandmother's {{drug:amlodipine}} {{dose:10 mg}}, up to 2 tabs missing from the weekly organizer (lid marked "[[NAME:UBAX]]"). Older brother [[NAME:Mahad]] found her ~18:40 with a tab in her mouth, pulled out half of it.
Sx at call: none, playing. No other meds in home except {{drug:Tylenol}} and grandma's {{drug:metoprolol}}, which [[NAME:Hawa]] says is "still full."
Assessment: potentially toxic; any CCB ingestion >{{dose:0.3 mg/kg}} in a toddler needs ED eval and prolonged obs regardless of sx.
Recs: go to ED now by car, do not induce vomiting, bring organizer. Called Children's ED ahead, spoke w [[NAME:mercy otieno]] RN.
F/u 20:15: pt roomed, {{vital:HR 128}}, {{vital:BP 94/58}}, {{lab:glucose 142}}. ED MD [[NAME:D'Souza-Farouk]] agrees to 24 h obs, q1h vitals, {{drug:calcium gluconate}} at bedside.
F/u [[DATE:6/15]] 08:30: per [[NAME:ty]] on nights, BP nadir {{vital:88/50}} at 0300, fluid bolus x1, no pressors; eating breakfast. Closed: minor effect.
-- [[NAME:JB]] / [[NAME:kwu]]
""", summary="""
{{age:2}}-year-old [[NAME:Sagal]] possibly swallowed two of her grandmother's {{drug:amlodipine}} tablets on [[DATE:6/14/2025]]; the poison center sent her to the ED, where she had mild hypotension overnight and was closed as a minor effect.
"""),

    dict(style="urgent_care", note="""
URGENT CARE VISIT NOTE
Patient: [[NAME:Rezan Hawrami]]    DOB [[DATE:1991-07-22]]    Acct [[MRN:UC-3390217]]
Visit [[DATE:2025-01-09]]    Provider: [[NAME:Sherko Zebari]], PA-C    MA: [[NAME:Jo]]
CC: cut L palm on box cutter at work (distribution center off [[ADDRESS:Dixie Hwy]]) ~1 hr PTA. Supervisor, [[NAME:Kyle Mason]], drove him in and is waiting in the lobby.
Last tetanus unknown, "maybe when I came in 2016." RHD. No anticoagulants.
Exam: 3.2 cm linear lac over thenar eminence, no tendon exposure, FDS/FDP intact, cap refill <2 s, two-point discrimination 5 mm all digits. No FB on inspection.
Procedure: {{drug:lidocaine}} 1% plain {{dose:4 mL}} local infiltration, irrigated {{dose:250 mL}} NS, 5 simple interrupted 4-0 nylon. {{drug:Bacitracin}}, dressing.
Tdap {{dose:0.5 mL}} IM L deltoid, lot on MAR.
Dx: laceration L hand without FB.
Plan: light duty, no lifting with L hand x7 days. Work comp claim [[MRN:WC-88214-K]] per [[NAME:Mason]]. Suture removal 10-14 d here or with PCP Dr. [[NAME:Al-Jaf]]. Return for redness, streaking, fever.
[[NAME:SZ]] / scribe [[NAME:jo.r]]
""", summary="""
[[NAME:Rezan Hawrami]] had a 3.2 cm left palm laceration repaired at urgent care on [[DATE:2025-01-09]] after a work injury; tendons were intact, Tdap was given and a work-comp claim opened with his supervisor [[NAME:Mason]].
"""),

    dict(style="ed_scribe", note="""
ED NOTE (scribe-assisted)
CC: Syncope
HPI: {{age:19}} yo F with syncopal episode while standing in line at an outdoor concert; prodrome of lightheadedness, nausea and tunnel vision, witnessed by friends, ~10 s LOC, no tonic-clonic activity, no incontinence, no tongue biting. Woke fully oriented. LMP 2 wk ago. Drinks 2 energy drinks daily. No FHx of sudden death.
PE: {{vital:BP 108/64}}, {{vital:HR 76}}, {{vital:T 36.9}}; Orthostatics negative. No murmur, no change with {{eponym:Valsalva}}. Neuro nonfocal, gait normal.
ECG: NSR, QTc 412, PR 148, no delta wave, no {{eponym:Brugada}} pattern, no epsilon wave.
POC {{lab:hCG negative}}, {{lab:Hgb 12.8}}, {{lab:glucose 94}}.
{{score:Canadian Syncope Risk Score -2}} (very low risk).
MDM: Likely vasovagal in setting of heat and standing. Counseled on hydration and counter-pressure maneuvers.
Dispo: Discharged home with friends. Follow up with Primary Care within 1 week; Cardiology referral not indicated at this time. Return if exertional syncope, palpitations or chest pain.
""", summary="""
{{age:19}}-year-old woman with a witnessed vasovagal-type faint at a concert, normal ECG without {{eponym:Brugada}} pattern and a very low Canadian Syncope Risk Score; discharged with hydration advice.
"""),

    dict(style="ems_run_sheet", note="""
RUN SHEET -- 2 PT MVC
Incident [[MRN:25-031922]]    [[DATE:04/02/2025]]    Loc: I-94 WB at [[ADDRESS:Wyoming Ave]] exit
Units: Medic 3 ([[NAME:HOXHA]] / [[NAME:LEE-BANKS]]), Medic 9 ([[NAME:Grace Pruitt]] / [[NAME:Ermal Shehu]]). MSP Sgt [[NAME:Dallas Crowe]] and Tpr [[NAME:Kastrati]] on scene.

PT 1: [[NAME:KRASNIQI, BLERIM]], {{age:34}} M, restrained driver, sedan rear-ended at ~45 mph, self-extricated, c/o posterior neck pain, midline tenderness C5-6. C-collar placed per [[NAME:Hoxha]]. {{vital:BP 132/80}} {{vital:HR 96}} {{score:GCS 15}}. MAE x4, sensation intact.
PT 2: [[NAME:Arjana Krasniqi]] (wife, front passenger), {{age:31}} F, ~28 wk pregnant per pt. Belt mark across lower abd, mild cramping, no vaginal bleeding, no LOF. Transported in L lateral tilt. {{vital:BP 118/70}} {{vital:HR 104}} {{vital:SpO2 99%}}.
While loading, Pt 1 calling to her "[[NAME:Ari]], stay still, they got you."
Other driver ("[[NAME:Marquise]]" per [[NAME:Kastrati]]) ambulatory, declined eval; refusal witnessed by [[NAME:Crowe]].
Both transported Code 2 to the trauma center; L&D charge RN [[NAME:June Whitfield]] notified for Pt 2 by [[NAME:Pruitt]] at 17:52.
Sig: [[NAME:E. Hoxha]] EMT-P
""", summary="""
Two occupants of a rear-ended car on [[DATE:04/02/2025]]: [[NAME:Blerim Krasniqi]] with midline neck tenderness in a collar, and his pregnant wife [[NAME:Arjana Krasniqi]] (~28 weeks) with a seat-belt mark, both transported with L&D alerted.
"""),

    dict(style="poison_control_log", note="""
POISON CONTROL -- HCF CALL
Case # [[MRN:PC-2025-019930]]    Opened [[DATE:9 Feb 2025]] 02:14    SPI: [[NAME:Price]]    Toxicology backup: Dr. [[NAME:Nasrallah]]
Caller: [[NAME:Ziad]], RN, Emergency Dept, [[PHONE:555-201-4410]] x[[PHONE:3317]]
Pt: [[NAME:Lina Mourad]], {{age:23}} F, {{vital:wt 58 kg}}
Hx: intentional ingestion ~20:00 last night of {{drug:Tylenol Extra Strength}} {{dose:500 mg}} x ~30 tabs (~{{dose:15 g}}, {{dose:259 mg/kg}}) plus "a few" {{drug:Benadryl}}. Disclosed to roommate [[NAME:Faith]] around 01:00, who drove her in.
Labs (~6 h post): {{lab:APAP 198 mcg/mL}}, {{lab:AST 32}}, {{lab:ALT 28}}, {{lab:INR 1.0}}, {{lab:salicylate <3}}, {{lab:EtOH neg}}.
Plotted above treatment line on {{eponym:Rumack-Matthew}} nomogram.
Recs: start {{drug:acetylcysteine}} now, {{dose:150 mg/kg}} over 1 h then {{dose:50 mg/kg}} over 4 h then {{dose:100 mg/kg}} over 16 h (or 2-bag per local protocol); repeat APAP/LFTs at end of 20 h; suicide precautions and psych consult once medically clear. Continuous cardiac monitoring for the {{drug:diphenhydramine}}, QRS on ECG 94 ms.
F/u 11:30: per [[NAME:Ziad]], QRS stable, pt tearful, sitter in room. [[NAME:Faith]] at bedside.
F/u [[DATE:2/10]] 07:40 (spoke w [[NAME:Om]] on days): {{lab:APAP <10}}, {{lab:ALT 41}}, NAC stopped. Psych (Dr. [[NAME:Mostafa]]) evaluating. Closed by [[NAME:sprice]].
""", summary="""
[[NAME:Lina Mourad]], {{age:23}}, took about {{dose:15 g}} of acetaminophen with {{drug:diphenhydramine}} on purpose; the level plotted above the {{eponym:Rumack-Matthew}} line, {{drug:acetylcysteine}} was completed by [[DATE:2/10]] with normal liver tests and she went on to psychiatric evaluation.
"""),

    dict(style="urgent_care", note="""
Pediatric Urgent Care
[[NAME:Sultani, Mursal]]    {{age:4}}y F    DOB [[DATE:08/30/2020]]    MRN [[MRN:UC77310482]]
DOS [[DATE:12/21/2024]]
Accompanied by mother ([[NAME:Farida]]) and uncle [[NAME:Najibullah Sultani]]. Dari interpreter via video, [[NAME:Sahar]] ID [[MRN:31408]].
S: R ear pain x2 d, tugging, fever to 39.1 at home last night, gave {{drug:Motrin}} {{dose:7.5 mL}} at 0600. Decreased PO but wet diapers... "pull-ups" x3 today. Sibling [[NAME:Mirwais]] had the same thing last week and got "pink medicine."
O: {{vital:T 38.4}} {{vital:HR 132}} {{vital:RR 24}} {{vital:SpO2 99%}} {{vital:wt 16.2 kg}}. R TM bulging, erythematous, no light reflex. L TM clear. Mild clear rhinorrhea. Lungs clear. No meningismus.
A: Acute otitis media R.
P: {{drug:amoxicillin}} {{dose:90 mg/kg/day}} div BID x10 d = {{dose:730 mg}} BID ({{dose:400 mg/5 mL}}, give {{dose:9.1 mL}}); {{drug:ibuprofen}} prn. Return if not better 48-72 h, stiff neck, swelling behind ear.
Uncle asked for school note for [[NAME:Mirwais]] too -- advised PCP.
[[NAME:Grace Oh]], NP
""", summary="""
{{age:4}}-year-old [[NAME:Mursal Sultani]] was diagnosed with right acute otitis media at urgent care on [[DATE:12/21/2024]] via a Dari interpreter and started on high-dose {{drug:amoxicillin}}.
"""),

    dict(style="ed_scribe", note="""
EMERGENCY DEPARTMENT -- SCRIBE DOCUMENTATION
[[NAME:MEHMEDOVIĆ, NERMINA]]    DOB [[DATE:14.05.1951]]    MRN [[MRN:2208815]]    Arrival [[DATE:Tue 10/15/2024]] 08:52
Attending: [[NAME:Sead Begović]], DO    Scribe: [[NAME:A. Kovacevic]]
HPI: {{age:73}} yo F, Bosnian-speaking, daughter [[NAME:Amra]] translating (declined certified interpreter; re-offered, documented). Per [[NAME:Amra]], at breakfast ~07:45 mom's R hand "went dead" and she dropped her coffee cup, speech slurred ~15 min, then fully resolved before EMS arrived. Son-in-law [[NAME:Emir Hadžić]] confirms; he timed it on his phone.
PMH: AF (not anticoagulated -- "she stopped the {{drug:Xarelto}} in the summer because of bruising"), HTN, {{eponym:Hashimoto}} thyroiditis.
Exam: {{vital:BP 174/92}}, {{vital:HR 88}} irregular. {{score:NIHSS 0}}. No drift, speech fluent, CN intact.
{{score:ABCD2 4}}; {{score:CHA2DS2-VASc 4}}.
CT head neg; CTA head/neck no LVO, mild L ICA plaque.
Plan: TIA w/u, Neurology consult (Dr. [[NAME:Hadzic]] -- no relation, per pt family joke), MRI brain, telemetry, discuss restarting anticoagulation with [[NAME:Nermina]] and [[NAME:Amra]].
Scribe statement: documented by [[NAME:Alija Kovačević]] in the presence of Dr. [[NAME:Begovic]].
""", summary="""
[[NAME:Nermina Mehmedović]], {{age:73}}, with atrial fibrillation off {{drug:Xarelto}}, had a 15-minute episode of right hand weakness and slurred speech on [[DATE:10/15/2024]]; {{score:NIHSS 0}} and no large-vessel occlusion, admitted for TIA work-up and an anticoagulation discussion.
"""),

    dict(style="ems_pcr", note="""
PCR -- CARDIAC ARREST    Run # [[MRN:E25-0077140]]    [[DATE:Jan 19, 2025]]
Medic 21: [[NAME:Tesfay]] (P), [[NAME:Haben Ghebremedhin]] (P), [[NAME:Cross]] (EMT); Engine 6 first in.
Pt: [[NAME:Yonas Mebrahtu]], approx {{age:60}} M, found in driveway of [[ADDRESS:2290 Alder Bluff Ct]] next to a snow shovel.
Bystander CPR by neighbour [[NAME:Tyrell Banks]] ("[[NAME:Ty]]") ~6 min before FD arrival, after wife [[NAME:Selam]] screamed for help. [[NAME:Ty]] states: "I did it like the video, hard and fast, I didn't stop."
AED brought from across the street by [[NAME:Dorsey]], 1 shock advised and delivered prior to our arrival.
On arrival 07:14: pulseless, VF on monitor. Defib {{dose:200 J}} x3 total, {{drug:epinephrine}} {{dose:1 mg}} IO x2, {{drug:amiodarone}} {{dose:300 mg}} IO. iGel placed by [[NAME:Haben]], {{vital:EtCO2 18}} rising to {{vital:EtCO2 41}}.
ROSC 07:29. Post-ROSC {{vital:BP 92/60}}, {{vital:HR 112}} sinus tach, 12-lead: STE II, III, aVF. STEMI alert called 07:33, Cath Lab activated, receiving doc [[NAME:Major]].
[[NAME:Selam]] rode up front; son [[NAME:Awet]] en route from work, [[PHONE:+1 206 555 0119]].
Notes: [[NAME:Ty]] asked that someone "tell him I said keep fighting." Family requested Abba [[NAME:Tsegai]] (church) be called.
[[NAME:htesfay]] / [[NAME:hghebremedhin]] / [[NAME:ncross]]
""", summary="""
[[NAME:Yonas Mebrahtu]], about {{age:60}}, had a VF arrest while shovelling snow on [[DATE:Jan 19, 2025]]; bystander CPR by [[NAME:Tyrell Banks]] and an AED shock, then defibrillation, {{drug:epinephrine}} and {{drug:amiodarone}} achieved ROSC with an inferior STEMI and cath lab activation.
"""),

    dict(style="poison_control_log", note="""
POISON CENTER -- CARBON MONOXIDE, MULTIPLE PTS
Case [[MRN:PC25-011207]] (linked [[MRN:PC25-011208]], [[MRN:PC25-011209]], [[MRN:PC25-011210]])
Call [[DATE:01/06/2025]] 06:48 from FD on scene, Capt [[NAME:Semere Kidane]] [[PHONE:555-788-2301]]
Home at [[ADDRESS:61 Ferncliff Terrace]], [[ADDRESS:Silver Spring]]; charcoal grill used indoors overnight for heat after power outage. FD meter 340 ppm in living room.
Pts (all to ED by EMS):
 - [[NAME:Tsega Habte]], {{age:41}} F, headache, vomiting, {{lab:SpCO 24%}} on scene
 - [[NAME:Kibrom Tesfamariam]], {{age:44}} M, confused per [[NAME:Tsega]], {{lab:SpCO 31%}}, brief syncope on stairs
 - [[NAME:Semhar]], {{age:12}}, and [[NAME:Luwam]], {{age:9}}, both headache, {{lab:SpCO 18%}} / {{lab:SpCO 16%}}
 - grandmother [[NAME:Letemariam Habte]], [[AGE:90]], drowsy, {{lab:SpCO 22%}}
Recs: {{dose:100%}} O2 NRB all, ECG + troponin on adults, lactate, preg test on [[NAME:Tsega]]; consult hyperbaric for [[NAME:Kibrom]] (syncope, confusion) and grandmother (age).
Hyperbaric: spoke w Dr. [[NAME:Youssef]], accepted [[NAME:Kibrom]] for HBO, 2 dives.
F/u 14:00 w ED charge [[NAME:Al]]: kids {{lab:COHb 2%}} and discharged to aunt, [[NAME:Freweyni]]. Grandmother {{lab:troponin 0.06}}, admitted.
Gas company and housing notified by FD; the family cannot return until the outage is fixed.
SPI [[NAME:R. Bishop]]
""", summary="""
Five members of one household were poisoned by an indoor charcoal grill on [[DATE:01/06/2025]]; [[NAME:Kibrom Tesfamariam]] had syncope and {{lab:SpCO 31%}} and received hyperbaric oxygen, the children were discharged to [[NAME:Freweyni]], and [[NAME:Letemariam Habte]], [[AGE:90]], was admitted with a troponin leak.
"""),

    dict(style="urgent_care", note="""
URGENT CARE -- PROGRESS NOTE
Chief Complaint: Ankle injury
S: {{age:27}} yo M rolled R ankle (inversion) playing pickup basketball last evening. Able to bear weight for 4 steps immediately after, limping since. Iced, took {{drug:Aleve}} {{dose:440 mg}}. No prior ankle surgery.
O: {{vital:BP 126/78}}, {{vital:HR 70}}. R lateral malleolus swelling and ecchymosis, TTP ATFL, no bony tenderness at posterior edge or tip of lateral or medial malleolus, no base of 5th MT or navicular tenderness. Anterior drawer mildly lax vs L. {{eponym:Thompson}} test normal. Neurovascularly intact.
Ottawa Ankle Rules negative -- no radiograph indicated.
A: R ankle sprain, grade II, ATFL.
P: RICE, ASO brace, crutches WBAT, {{drug:naproxen}} {{dose:500 mg}} BID with food x7 d. Home exercise handout (alphabet, towel stretches). Physical Therapy referral if not improving 2 wks. Return for numbness, inability to bear weight, calf pain.
Work note: desk duty 5 days.
""", summary="""
{{age:27}}-year-old man with a grade II right ATFL sprain after a basketball inversion injury; Ottawa rules negative so no X-ray, treated with a brace, crutches and {{drug:naproxen}}.
"""),

    dict(style="ed_scribe", note="""
ED Scribe Note -- [[DATE:2025-03-02]]
Pt [[NAME:BERISHA, GËZIM]] ("[[NAME:Geri]]"), {{age:47}} M    MRN [[MRN:6620471]]    FIN [[MRN:250302-1187]]
Attending [[NAME:Mirela Shehu]], MD    Resident [[NAME:Le]], MD (PGY2)    Scribe [[NAME:DeShawn Carter]]

HPI: [[NAME:Geri]] presents w sudden severe headache at 16:10 while lifting weights at the gym, "worst of my life," 10/10 at onset, occipital, w/ vomiting x2. Gym buddy [[NAME:Dritan]] called 911. No LOC. No hx headaches. On {{drug:Adderall}} prescribed, took {{dose:20 mg}} this AM.
Wife [[NAME:Elona]] arrived 17:00, reports pt's brother had "a bleed in the head" at age 50.
PE: {{vital:BP 188/102}} {{vital:HR 64}} {{score:GCS 15}}, mild nuchal rigidity, no focal deficits, pupils 3 mm equal. {{score:Hunt-Hess 2}} if SAH.
Results: CT head 17:05: thin SAH basal cisterns. CTA: 6 mm ACom aneurysm. {{lab:Na 138}}, {{lab:plt 244}}, {{lab:INR 1.0}}.
MDM/Plan: aneurysmal SAH, {{score:Fisher 2}}. {{drug:nicardipine}} gtt goal SBP <140, {{drug:nimodipine}} {{dose:60 mg}} q4h, {{drug:levetiracetam}} per NSGY. Neurosurgery (Dr. [[NAME:Albanese]]) at bedside 17:40, plan coiling tonight. ICU bed requested.
[[NAME:gezim]] asked [[NAME:Elona]] to call his mother in [[ADDRESS:Prizren]]; SW [[NAME:Will Hartley]] helping with intl calling card.
Attestation -- I, Dr. [[NAME:Shehu]], personally evaluated the pt. [[NAME:M.S.]]
""", summary="""
[[NAME:Gëzim Berisha]], {{age:47}}, had a thunderclap headache while lifting on [[DATE:2025-03-02]]; CT showed subarachnoid hemorrhage from a 6 mm ACom aneurysm and he was started on {{drug:nimodipine}} and {{drug:nicardipine}} for coiling that night.
"""),

    dict(style="ems_refusal", note="""
PATIENT REFUSAL / AMA -- PCR [[MRN:25-44817]]
Date [[DATE:07/04/2025]] 23:40    Loc: parking lot, [[ADDRESS:Lakeshore Blvd]] & [[ADDRESS:E 55th St]]
Requested by CPD, Ofc [[NAME:J. Washington]] #[[MRN:2281]] and Ofc [[NAME:Hamid Popal]] #[[MRN:3047]], for a male "acting strange" after fireworks.
Pt: [[NAME:STANEKZAI, WAHEED]]    {{age:29}}    Pt gives name, DOB [[DATE:03/03/1996]], address [[ADDRESS:1871 Hollis St]].
Assessment: A&Ox4, speech clear, steady gait, {{vital:BP 138/86}} {{vital:HR 98}} {{vital:SpO2 98%}} {{vital:BGL 104}}, pupils 4 mm reactive. Minor 1st-degree burn R thumb from sparkler. Denies drugs, "two beers." {{score:GCS 15}}. No SI/HI.
Friends [[NAME:Mateen]] and [[NAME:Zarghuna Wardak]] on scene, state he "just got loud because [[NAME:Omid]] set off the big one too close." [[NAME:Zarghuna]] will drive him home.
Risks of refusal explained incl. delayed injury, intoxication; pt verbalized understanding and repeated back. Decision-making capacity present.
Burn cooled with NS, dry sterile gauze per protocol; advised {{drug:Silvadene}} not needed.
Refusal signed by pt; witness [[NAME:Washington]]. Crew: [[NAME:Yasmine Benali]], EMT-P / [[NAME:Hunter Gale]], EMT.
""", summary="""
[[NAME:Waheed Stanekzai]], {{age:29}}, evaluated at police request on [[DATE:07/04/2025]] after fireworks, had capacity, normal vitals and only a minor thumb burn, and refused transport with friend [[NAME:Zarghuna Wardak]] driving him home.
"""),

    dict(style="poison_control_log", note="""
poison center -- wild mushroom ingestion
case [[MRN:PC25-022586]]    [[DATE:Sun 9/21/2025]] 15:20    SPI: [[NAME:Hope Castillo]]
caller [[NAME:ed mcallister]], {{age:66}} M, home, [[PHONE:541-555-0163]]; his own ingestion plus wife [[NAME:Bonnie]].
ate sauteed "chanterelles" at lunch ~12:00 that he picked Sat near [[ADDRESS:Elk Creek]] with his buddy [[NAME:Al Dunbar]]. Started watery diarrhea and vomiting ~14:30. [[NAME:bonnie]] ate a smaller portion, nausea only.
delayed onset (>6 h) not met at time of call but cannot exclude amatoxin; photos e-mailed from daughter's acct [[EMAIL:k.mcallister.home@fastmail.com]]; forwarded to mycologist volunteer [[NAME:Rowan Page]].
recs: both to ED now. serial LFTs, {{lab:INR}}, {{lab:creatinine}}; if amatoxin suspected start {{drug:silibinin}} (via CDC IND) or high-dose {{drug:penicillin G}}, {{drug:activated charcoal}} {{dose:50 g}} q4h.
16:40 [[NAME:Page]] reviewed photos: some specimens consistent with Omphalotus (jack-o-lantern), not Amanita; gill pattern and bright orange color. GI toxin, not hepatotoxic. Downgraded, but keep LFT check at 24 h.
[[DATE:9/22]] 10:00 call back: [[NAME:Ed]] symptoms resolved overnight, {{lab:ALT 22}}; [[NAME:Bonnie]] fine. buddy [[NAME:Al]] also ate some, no sx -- advised same. closed, minor.
[[NAME:hcastillo]]
""", summary="""
[[NAME:Ed McAllister]] and his wife [[NAME:Bonnie]] developed vomiting after eating foraged mushrooms on [[DATE:9/21/2025]]; the mycologist [[NAME:Page]] identified jack-o-lantern mushrooms rather than Amanita, and both recovered with normal liver tests.
"""),

    dict(style="urgent_care", note="""
WALK-IN CLINIC NOTE    [[DATE:May 27, 2025]]
[[NAME:Al-Qahtani, Hessa S.]]    DOB [[DATE:10/02/2003]]    Acct# [[MRN:WIC-0049913]]
Seen by: [[NAME:Savannah Reid]], FNP    Chaperone: [[NAME:Bishop]], CMA
CC: dog bite to R forearm ~2 h ago.
HPI: {{age:21}} yo F grad student, bitten by neighbour's dog (mixed breed, ~30 kg) while jogging past yard on [[ADDRESS:Carriage Hill Dr]]. Owner, [[NAME:Randy Fowler]], restrained the dog and gave her his number [[PHONE:(919) 555-0108]]. States dog is vaccinated, will send papers. Roommate [[NAME:Noura Al-Mansouri]] brought her in.
Exam: two puncture wounds 0.5 cm and a 2 cm superficial lac R volar forearm, no tendon involvement, full ROM wrist/fingers, radial pulse 2+. No crush.
Tx: copious irrigation {{dose:500 mL}}, lac left open (bite), {{drug:Augmentin}} {{dose:875/125 mg}} BID x5 d as prophylaxis. Td current (given [[DATE:08/14/2022]] per NCIR record).
Rabies: dog available for 10-day observation; PEP deferred per County Health. Animal control report filed, officer [[NAME:Tamika Greene]], report [[MRN:AC-25-1392]].
[[NAME:Hessa]] asked for a note for her lab supervisor, Prof. [[NAME:Yu]].
Return if fever, spreading redness, or if the owner's papers don't come through.
""", summary="""
[[NAME:Hessa Al-Qahtani]], {{age:21}}, had puncture wounds from a neighbour's dog on [[DATE:May 27, 2025]]; the wounds were irrigated and left open, {{drug:Augmentin}} prophylaxis was started and rabies PEP was deferred pending 10-day dog observation with animal control officer [[NAME:Greene]].
"""),

    dict(style="ed_scribe", note="""
ED PHYSICIAN RECORD (scribed)    [[DATE:12/08/2024]]    02:16
[[NAME:JEFFERSON, KEISHA L]]    {{age:24}}F    MRN [[MRN:881093377]]
Provider: [[NAME:Amr Abdel-Fattah]], MD    Scribe: [[NAME:Jamal Whitaker]]
HPI: Known HbSS, here for pain crisis -- bilateral legs and low back, 9/10, started ~20:00, not relieved by home {{drug:oxycodone}} {{dose:10 mg}} x2. No fever, no CP, no SOB. Mother [[NAME:Tanisha]] at bedside says "this is how it starts every time she gets a cold." Last admission Oct (ACS). Hematologist is Dr. [[NAME:Yu-Chen Lo]]; individualized pain plan on file.
Vitals: {{vital:T 37.8}} {{vital:HR 112}} {{vital:BP 122/76}} {{vital:RR 20}} {{vital:SpO2 94%}} RA.
Labs: {{lab:Hgb 6.9}} (baseline 8), {{lab:retic 11%}}, {{lab:WBC 16.2}}, {{lab:LDH 612}}, {{lab:T bili 3.4}}.
CXR: new RLL opacity.
MDM: VOC with evolving acute chest syndrome. Per plan, {{drug:hydromorphone}} {{dose:1 mg}} IV q20 min x3 (first dose 02:24, door-to-analgesia 8 min), {{drug:ceftriaxone}} + {{drug:azithromycin}}, IS q1h, O2 to keep >95%. Type & screen; Heme ([[NAME:Lo]]) paged, discussing simple transfusion.
[[NAME:Keisha]]'s boyfriend [[NAME:Marcus]] called asking for update; pt gave permission, [[NAME:Tanisha]] updated him.
Admit to Med-Step-Down, Hospitalist [[NAME:Florence Adeyemi]].
-- [[NAME:jwhitaker]] for Dr. [[NAME:Abdel-Fattah]]
""", summary="""
[[NAME:Keisha Jefferson]], {{age:24}}, with sickle cell disease came in on [[DATE:12/08/2024]] with a pain crisis, {{lab:Hgb 6.9}} and a new right lower lobe opacity; treated for early acute chest syndrome with {{drug:hydromorphone}} and antibiotics and admitted to step-down.
"""),

    dict(style="ems_transfer", note="""
INTERFACILITY TRANSFER -- CRITICAL CARE TRANSPORT
Trip [[MRN:IFT-250611-03]]    [[DATE:11 June 2025]]
Sending: Mercy Valley Hospital ED (Dr. [[NAME:Hamza El Idrissi]])    Receiving: University Medical Center Neuro IR (accepting Dr. [[NAME:Jordan Lindqvist]])
Pt: [[NAME:AIT OUARAB, KARIM]]    {{age:38}} M    {{vital:wt 82 kg}}    NKDA
Dx: L MCA syndrome, M1 occlusion on CTA, s/p {{drug:tenecteplase}} {{dose:20 mg}} IV at 13:05; for thrombectomy.
Crew: [[NAME:Fatima-Zahra Bouzid]], RN (CCT) / [[NAME:Tom King]], Paramedic. Ground.
Handoff at bedside from sending RN [[NAME:Yasmina]] 13:22; [[NAME:El Idrissi]] reviewed imaging with us.
13:31 depart. {{score:NIHSS 17}} (R hemiplegia, global aphasia, L gaze preference). {{vital:BP 168/90}} {{vital:HR 78}}.
13:45 {{vital:BP 184/96}}: {{drug:labetalol}} {{dose:10 mg}} IV per post-lytic protocol (goal <180/105).
13:58 {{vital:BP 162/88}}. Neuro checks q15 min unchanged. No gum bleeding, no angioedema.
14:20 arrival, handed off directly in IR suite to stroke RN [[NAME:Case]] and [[NAME:Lindqvist]].
Wife, [[NAME:Khadija]], following by car with pt's brother [[NAME:Youssef Ait Ouarab]]; gave her IR waiting room directions, cell [[PHONE:+1 (617) 555-0134]]. Family lives in [[ADDRESS:Revere]].
[[NAME:F-Z. Bouzid]] RN / [[NAME:T. King]] NRP
""", summary="""
[[NAME:Karim Ait Ouarab]], {{age:38}}, was transferred by critical care ground transport on [[DATE:11 June 2025]] after {{drug:tenecteplase}} for a left M1 occlusion ({{score:NIHSS 17}}), needed one dose of {{drug:labetalol}} en route, and was handed off directly in IR for thrombectomy.
"""),

    dict(style="poison_control_log", note="""
POISON CONTROL    Case [[MRN:PC25-030115]]    [[DATE:10/29/2025]] 10:05    SPI [[NAME:C. Young]]
Caller: [[NAME:Brandon Cole]], PharmD, community pharmacy, [[PHONE:(405) 555-0177]]; fax for recs [[PHONE:(405) 555-0178]]
Pt: [[NAME:Mahmoud, Shaimaa]]    {{age:52}} F -- regular customer; daughter [[NAME:Heba]] came to pick up refills and mentioned mom "shaking and throwing up for two days."
Meds: {{drug:lithium carbonate}} {{dose:300 mg}} TID (years; psychiatrist Dr. [[NAME:Sami Haddad]]), {{drug:lisinopril}} increased to {{dose:20 mg}} by PCP 3 wk ago, OTC {{drug:ibuprofen}} {{dose:600 mg}} TID x1 wk for knee pain.
Assessment: probable chronic lithium toxicity (ACE-i + NSAID interaction, vomiting/volume loss). Coarse tremor + GI sx = concerning.
Recs: ED now; stat lithium level, BMP, ECG; hold {{drug:lithium}}, {{drug:lisinopril}}, {{drug:ibuprofen}}; IV NS; nephrology if {{lab:Li >4.0}}, or >2.5 with neuro sx or renal impairment (EXTRIP).
[[NAME:Brandon]] phoned [[NAME:Heba]], who is taking mom in. Notified ED triage, spoke w [[NAME:Georgia Pike]] RN.
13:10 f/u: {{lab:Li 2.9}}, {{lab:Cr 1.9}} (baseline 0.9), {{lab:Na 134}}; confused, tremulous, no seizure. Nephrology (Dr. [[NAME:Okonkwo-Reyes]]) placed HD catheter, HD started 15:30.
[[DATE:10/31]]: {{lab:Li 0.6}} after HD x2, mentation improving; [[NAME:Haddad]] aware, will restart at lower dose. Closed, moderate effect.
""", summary="""
[[NAME:Shaimaa Mahmoud]], {{age:52}}, developed chronic lithium toxicity ({{lab:Li 2.9}}, acute kidney injury) after {{drug:lisinopril}} was increased and {{drug:ibuprofen}} added; flagged by her pharmacist [[NAME:Brandon Cole]] on [[DATE:10/29/2025]] and treated with hemodialysis.
"""),

    dict(style="ems_run_sheet", note="""
RUN REPORT -- Medic 5
Nature: Difficulty Breathing, Priority 1
Pt: {{age:71}} yo M, hx COPD on home O2 2 L, CHF (EF 30%), CKD 3.
Found tripoding in recliner, 2-3 word dyspnea, diffuse expiratory wheeze, bibasilar crackles, 2+ pitting edema to knees, JVD present. Skin pale, diaphoretic.
V/S: {{vital:BP 202/118}}, {{vital:HR 124}}, {{vital:RR 34}}, {{vital:SpO2 84%}} on 2 L, {{vital:EtCO2 52}}.
12-lead: Sinus Tach, LBBB (old per pt's own copy), no {{eponym:Sgarbossa}} criteria.
Tx: CPAP 10 cmH2O; {{drug:nitroglycerin}} {{dose:0.4 mg}} SL q5 min x3 (4th held, {{vital:BP 138/80}}); {{drug:DuoNeb}} inline; {{drug:Solu-Medrol}} {{dose:125 mg}} IV.
Reassessment: {{vital:SpO2 95%}}, {{vital:RR 22}}, full sentences.
No {{drug:Lasix}} per current protocol (prehospital diuretics withdrawn).
Home meds: {{drug:Entresto}}, {{drug:Spiriva}}, {{drug:Trelegy}}, {{drug:furosemide}}, {{drug:Jardiance}}.
Transported Priority 1 to closest ED; BiPAP set up by Respiratory Therapy on arrival, report given at bedside.
""", summary="""
A {{age:71}}-year-old man with COPD and heart failure in hypertensive pulmonary edema ({{vital:SpO2 84%}}) improved on CPAP, {{drug:nitroglycerin}} and bronchodilators en route and was handed to BiPAP in the ED.
"""),

    dict(style="urgent_care", note="""
Urgent Care -- [[DATE:Thurs 4/17/2025]]
Name: [[NAME:Hope Marie Washington]]    Age {{age:9}}    DOB [[DATE:02/09/2016]]    Guarantor: [[NAME:WASHINGTON, GRACE]]
Brought by mom [[NAME:Grace]] and big brother [[NAME:Will]] ({{age:15}}), who was with her at recess when it started.
S: cough/wheeze since yesterday after a cold; used {{drug:albuterol}} HFA 4 puffs x3 today with brief relief. Known mild persistent asthma, on {{drug:Flovent}} {{dose:44 mcg}} 2 puffs BID but "ran out in March." No ED visits this year. [[NAME:Will]] says "she was pulling in at her neck."
O: {{vital:T 37.4}}, {{vital:RR 32}}, {{vital:HR 128}}, {{vital:SpO2 92%}}. Subcostal + suprasternal retractions, diffuse wheeze, speaks in phrases. PRAM {{score:PRAM 7}} (moderate).
Tx: {{drug:albuterol}}/{{drug:ipratropium}} neb x3 back-to-back, {{drug:dexamethasone}} {{dose:0.6 mg/kg}} PO ({{dose:16 mg}}).
Reassess 60 min: {{vital:SpO2 97%}}, {{vital:RR 22}}, minimal wheeze, {{score:PRAM 2}}. Playing on phone with [[NAME:Will]].
A/P: moderate asthma exacerbation, improved. Home with {{drug:albuterol}} q4h x48h then prn; refill {{drug:Flovent}} with spacer, new Asthma Action Plan; PCP f/u in 2-3 days (Dr. [[NAME:Hope Ndiaye]] at Eastside Pediatrics -- same first name, mom noted).
We will call tomorrow to check; there is a grace period on her school inhaler form, nurse can fax it. I hope to see improvement within 24 h.
[[NAME:Ty Brennan]], PA-C
""", summary="""
{{age:9}}-year-old [[NAME:Hope Washington]], off her controller inhaler, had a moderate asthma flare ({{score:PRAM 7}}) on [[DATE:4/17/2025]] that responded to three nebulizers and {{drug:dexamethasone}}; discharged with a refill, spacer and action plan.
"""),

    dict(style="ed_scribe", note="""
ed scribe dictation 03:10 -- pt [[NAME:abdullahi, faadumo]] -- mrn [[MRN:5531870]]
[[NAME:abdullahi, faadumo]] is a {{age:33}} yo g4p3 at 36 wk by lmp of [[DATE:february eighth]] per pt, brought by husband [[NAME:ismail farah]] and her sister [[NAME:nimco]], somali interpreter [[NAME:Ubah Guled]] on video line, with headache since evening and "seeing spots", also RUQ pain. no prenatal care this pregnancy, previous three deliveries in [[ADDRESS:Mogadishu]] and [[ADDRESS:Nairobi]]. husband says she had "high pressure" with the last baby, [[NAME:Ayaan]], who came early; [[NAME:ubah]] double-checked the wording with her.
vitals {{vital:BP 172/114}} repeat {{vital:BP 168/110}} {{vital:HR 96}} {{vital:SpO2 98%}}. 3+ protein on dip. brisk reflexes, 2 beats clonus. fundal height ~34.
labs pending, {{lab:plt 98}} on stat cbc, {{lab:AST 184}}, {{lab:ALT 162}}.
concern preeclampsia with severe features vs HELLP. started {{drug:magnesium sulfate}} {{dose:4 g}} load then {{dose:2 g/h}}, {{drug:labetalol}} {{dose:20 mg}} iv. OB called 03:02, dr [[NAME:Mercy Ansah]] at bedside 03:08, plan L&D, BMZ, likely delivery. [[NAME:nimco]] is calling the other kids' sitter.
scribed by [[NAME:lkamara]] for dr [[NAME:Noah Greene]]
""", summary="""
[[NAME:Faadumo Abdullahi]], {{age:33}}, 36 weeks pregnant with no prenatal care, came in with headache, visual spots, {{vital:BP 172/114}} and low platelets; treated for severe preeclampsia/possible HELLP with {{drug:magnesium sulfate}} and {{drug:labetalol}} and sent to L&D with Dr. [[NAME:Ansah]].
"""),

    dict(style="ems_pcr", note="""
EMS PATIENT CARE RECORD    PCR [[MRN:26-0004418]]    [[DATE:Wednesday, January 7, 2026]]
Call: Unresponsive, diabetic    Unit: Medic 17    Crew: [[NAME:Layla Hassan]] / [[NAME:Brown]]
Pt: [[NAME:ABDEL-MALEK, FAWZI]]    {{age:89}} M    Home: [[ADDRESS:712 Quincy Ave]], [[ADDRESS:Bayonne]]
Called by daughter-in-law [[NAME:Dalia]], who found him slumped at the kitchen table, sweaty, unable to answer. Son [[NAME:Tarek Abdel-Malek]] on speaker from work: dad's insulin was changed last week by Dr. [[NAME:Soliman]] to {{drug:Tresiba}} {{dose:24 units}} and "he probably still took the old {{drug:Lantus}} too."
Initial: {{score:GCS 9}} (E2V2M5), {{vital:BGL 31}}, {{vital:BP 156/84}}, {{vital:HR 92}}, {{vital:SpO2 96%}}. No trauma noted.
Tx: IV L AC 20g, {{drug:D10}} {{dose:250 mL}} (25 g) titrated. 10 min: {{vital:BGL 118}}, {{score:GCS 15}}, pt asking "where is [[NAME:Dalia]]?" and then in Arabic for his wife.
Pt wanted to stay home. Discussed long-acting insulin, recurrence risk; with son's agreement pt accepted transport for observation.
Transport to ED, {{vital:BGL 142}} at arrival. Both insulin pens bagged and brought. [[NAME:Dalia]] following; contact [[PHONE:201-555-0199]].
[[NAME:L. Hassan]], Paramedic #[[MRN:NJ-PM-40772]]
""", summary="""
[[NAME:Fawzi Abdel-Malek]], {{age:89}}, was found with a blood glucose of 31 on [[DATE:January 7, 2026]], likely from taking both old and new long-acting insulin; {{drug:D10}} restored full consciousness and he agreed to transport for observation.
"""),

    dict(style="poison_control_log", note="""
PC CALL LOG -- BUTTON BATTERY
Case [[MRN:PC25-027764]]    [[DATE:8/23/2025]] 20:31    SPI: [[NAME:Dilan Sleman]]    Med tox on call: [[NAME:Hawre Kakai]], MD
Caller: grandmother [[NAME:Berivan Rashid]] via Kurdish (Sorani) interpreter [[NAME:Aso]], ID [[MRN:77215]]; grandson's phone [[PHONE:(615) 555-0126]]
Pt: [[NAME:Zagros]], {{age:18}} mo M, ~{{vital:wt 11 kg}}
Hx: Pt playing with car key fob; cousin [[NAME:Shilan]] ({{age:7}}) told grandma "he ate the coin." Fob battery compartment open, CR2032 missing. Time unknown, 19:30-20:15 window.
Sx: drooling, refused bottle, one episode of gagging. Breathing OK.
Recs: 911/ED immediately for X-ray; give {{dose:10 mL}} honey q10 min up to 6 doses en route (>{{age:1}} yr, <12 h, no allergy) -- grandma has honey; do NOT induce vomiting.
Called receiving Children's ED, spoke w charge RN [[NAME:Brooke Tanner]], asked for GI on standby.
21:40 f/u [[NAME:Tanner]]: CXR coin-like with halo sign in proximal esophagus. GI (Dr. [[NAME:Parvin]]) endoscopic removal 22:15, moderate mucosal injury, no perforation; {{drug:sucralfate}} and NPO, esophagram in 48 h.
Father [[NAME:Rebwar]] arrived; mom [[NAME:Chiman]] is traveling, [[NAME:Rebwar]] updating her.
[[DATE:8/26]] f/u: esophagram no leak, diet advanced. Closed, moderate effect.
""", summary="""
{{age:18}}-month-old [[NAME:Zagros]] swallowed a CR2032 button battery on [[DATE:8/23/2025]]; his grandmother [[NAME:Berivan Rashid]] was told to give honey en route, and GI removed the battery from the proximal esophagus that night with moderate mucosal injury but no perforation.
"""),

    dict(style="urgent_care", note="""
URGENT CARE NOTE    [[DATE:06/30/2025]]
Pt: [[NAME:NASER, RIMA]] (registration spelling; pt spells it [[NAME:Nasser]])    DOB [[DATE:6/6/1987]]    Acct [[MRN:UC-5520861]]    Member ID [[MRN:XJH884120773]]
CC: dysuria, fever, L flank pain
HPI: {{age:38}} F, dysuria and frequency x4 d, then fever to 38.9 and L flank pain, nausea without vomiting. Tried {{drug:Azo}} and cranberry. Husband [[NAME:Mohamad]] (EC on file as "[[NAME:Mohammad Nasser]]", [[PHONE:(313) 555-0170]]) waiting in the car with [[NAME:Lara]] and [[NAME:Karam]]. LMP 2 wk ago, {{lab:urine hCG negative}}.
Allergies: {{drug:Bactrim}} (rash).
O: {{vital:T 38.7}}, {{vital:HR 108}}, {{vital:BP 112/70}}, L CVA tenderness. Not toxic-appearing, tolerating PO.
UA: LE 3+, nitrite +, >50 WBC/hpf, many bacteria. Culture sent.
A: acute pyelonephritis, uncomplicated; outpatient candidate.
P: {{drug:ceftriaxone}} {{dose:1 g}} IM here, then {{drug:cefpodoxime}} {{dose:200 mg}} BID x10 d pending culture; {{drug:ondansetron}} ODT; {{drug:acetaminophen}}. ED if rigors, vomiting, can't keep meds down. [[NAME:Rawan]] (RN) will call with culture by Wed.
Pharmacy: CVS, [[ADDRESS:Dearborn Heights]].
[[NAME:Lincoln Ames]], MD
""", summary="""
[[NAME:Rima Nasser]], {{age:38}}, was treated at urgent care on [[DATE:06/30/2025]] for uncomplicated left pyelonephritis with IM {{drug:ceftriaxone}} and oral {{drug:cefpodoxime}} (sulfa-allergic), with culture follow-up by phone.
"""),

    dict(style="poison_control_log", note="""
POISON CENTER -- INFORMATION CALL (no exposure)
Caller type: public, home; declined to give name.
Question: Safe to mix bleach and vinegar to clean bathroom grout?
Response: No. Sodium hypochlorite + acids (vinegar, CLR, some toilet bowl cleaners) releases chlorine gas; with ammonia-containing cleaners (Windex, some glass cleaners) makes chloramine. Use one product at a time, rinse between, ventilate, gloves.
Second question: {{age:3}} yo licked the lid of a {{drug:Vicks VapoRub}} jar earlier this week. Asymptomatic since; camphor toxicity presents within 1-2 h (seizures). Small lick of lid with no sx for days = no concern. Ingestions of more than {{dose:30 mg/kg}} camphor need ED evaluation.
Education: store in original containers, up high and locked, program the Poison Help line in phone, child-resistant caps are not child-proof.
Outcome: Information only, no exposure case opened. Call time 6 min.
""", summary="""
Information-only call: the caller was told not to mix bleach with vinegar or ammonia cleaners and that a small lick of a {{drug:Vicks VapoRub}} lid days earlier without symptoms needs no treatment.
"""),

    dict(style="ed_scribe", note="""
ED Provider Note -- Scribe: [[NAME:Naïma Haddouche]]    Attending: Dr. [[NAME:Austin Mercer]]
[[NAME:BENYOUCEF, ABDELKADER]]    {{age:78}} M    MRN [[MRN:3390145]]    DOB [[DATE:1947-04-11]]    Visit [[DATE:2025-10-18]]
HPI: Pt with 2 d of black tarry stools and lightheadedness on standing; vomited once "like coffee" this AM per wife [[NAME:Fatiha]]. French-speaking, son [[NAME:Rachid Benyoucef]] translating by phone from [[ADDRESS:Lyon]]; grandson [[NAME:Walid]] ({{age:17}}) in room. Takes {{drug:Plavix}} since stent 2023 and {{drug:naproxen}} "from the market" for knee, per [[NAME:Walid]] who brought the box.
PMH: CAD s/p PCI, HTN, knee OA. PCP Dr. [[NAME:Chérif]].
Exam: {{vital:BP 96/58}}, {{vital:HR 118}}, pale conjunctivae, epigastric tenderness, melena on rectal exam (chaperone [[NAME:June]], RN).
Labs: {{lab:Hgb 6.8}}, {{lab:BUN 64}}, {{lab:Cr 1.2}}, {{lab:INR 1.1}}, {{lab:lactate 2.9}}.
{{score:Glasgow-Blatchford 14}}.
MDM: upper GI bleed, NSAID + antiplatelet; {{drug:pantoprazole}} {{dose:80 mg}} IV bolus then infusion, 2 U PRBC, GI (Dr. [[NAME:Aziz Mansour]]) for EGD within 24 h, ICU step-down.
[[NAME:Fatiha]] asks that [[NAME:Rachid]] be called after EGD: [[PHONE:+33 6 12 48 77 03]].
Attestation: I, [[NAME:Naïma Haddouche]], scribed for [[NAME:A. Mercer]], MD, who reviewed this note.
""", summary="""
[[NAME:Abdelkader Benyoucef]], {{age:78}}, on {{drug:Plavix}} and over-the-counter {{drug:naproxen}}, presented on [[DATE:2025-10-18]] with melena, {{lab:Hgb 6.8}} and a {{score:Glasgow-Blatchford 14}}; given IV {{drug:pantoprazole}} and transfusion with GI planning urgent EGD.
"""),

    dict(style="ems_pcr", note="""
PCR [[MRN:25-60331]]    [[DATE:08/09/25]]    OD / unresponsive    Medic 8: [[NAME:Keyes]] / [[NAME:Nasrin Ahmadzai]]    PD on scene: Ofc [[NAME:Jordan Tate]], Ofc [[NAME:Malik]]
Location: alley behind laundromat, [[ADDRESS:W Grand Ave]] near [[ADDRESS:N Pulaski Rd]]
Pt: male, ~{{age:30}}, ID on person: [[NAME:DONTE RAY PRICE]], DOB [[DATE:11/23/1994]]. Friends call him "[[NAME:Tay]]" and "[[NAME:D-Ray]]".
Found by two friends, "[[NAME:Smoke]]" (declined to give real name) and [[NAME:Shanice Hooper]], who gave {{drug:Narcan}} {{dose:4 mg}} IN x1 from her bag ~3 min before PD arrival. [[NAME:Shanice]]: "He was blue, I gave him the spray and did the breaths like they showed us."
On arrival: RR 4, pinpoint pupils, cyanotic lips, {{vital:SpO2 72%}}, {{score:GCS 6}}. BVM, {{drug:naloxone}} {{dose:0.5 mg}} IV titrated x2 to RR.
Post: {{vital:RR 14}}, {{vital:SpO2 97%}}, {{score:GCS 14}}, agitated, "who called y'all, [[NAME:Smoke]]?"
Suspected fentanyl. Pt agreed to transport after [[NAME:Shanice]] talked to him. Given harm reduction card and leave-behind naloxone kit.
[[NAME:Tate]] took the friends' statements; no arrest.
Crew sig: [[NAME:R. Keyes]] EMT-P / [[NAME:N. Ahmadzai]] EMT
""", summary="""
[[NAME:Donte Price]], about {{age:30}}, was found apneic from a suspected fentanyl overdose on [[DATE:08/09/25]]; his friend [[NAME:Shanice Hooper]] gave intranasal {{drug:Narcan}}, EMS titrated IV {{drug:naloxone}} and he agreed to transport.
"""),
]
