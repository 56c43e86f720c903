NOTES = [
    dict(style="icu_flowsheet_comment", note="""
MICU 4W - Flowsheet comments - Bed 7
[[NAME:WRÓBLEWSKI, ZBIGNIEW T]]   MRN [[MRN:40718823]]   CSN [[MRN:9201447315]]
[[DATE:03/11/25]] 0710  Bedside report from [[NAME:june]] (nights). On {{drug:Levophed}} {{dose:6 mcg/min}}, {{drug:Precedex}} {{dose:0.4 mcg/kg/hr}}, {{score:RASS -1}}. ~[[NAME:kd]]
0800  {{vital:MAP 63}}, {{vital:HR 104}} AF. {{eponym:Foley}} draining amber ~25 mL/hr. {{vital:CVP 9}}. ~[[NAME:kd]]
0915  [[NAME:Németh]] at bedside, {{dose:500 mL}} LR bolus ordered and started. ~[[NAME:kd]]
1030  {{vital:MAP 71}} post bolus. Wife [[NAME:Halina]] called from [[ADDRESS:hamtramck]], updated w/ pt's permission, her cell [[PHONE:313-555-0184]]. Last admit was in June 2024 for same. ~[[NAME:kd]]
1140  {{lab:Lactate 3.4}} -> {{lab:2.1}}. {{lab:K 3.3}}, {{dose:20 mEq}} KCl IV per protocol. RT [[NAME:bo]] dropped {{vital:FiO2 40%}} -> {{vital:FiO2 35%}}, PEEP 8. ~[[NAME:kd]]
1300  Levo down to {{dose:3 mcg/min}}. Turned q2h, heels floated in Prevalon boots. ~[[NAME:kd]]
1415  CAM-ICU positive. d/w [[NAME:JR]], hold SAT until after family visit. ~[[NAME:kd]]
1530  Entry edited by [[NAME:tkaminski]]: 1300 I&O moved to correct column.
1645  Follows commands, {{score:GCS 10T}}. Hope to try SBT in AM if off pressors. ~[[NAME:kd]]
1850  Levo off since 1720, {{vital:MAP 68}}. Handed off to [[NAME:AS]].
""", summary="""
[[NAME:Zbigniew Wróblewski]] was weaned off {{drug:Levophed}} after a fluid bolus ordered by [[NAME:Németh]], with lactate falling to {{lab:2.1}}. Wife [[NAME:Halina]] was updated by phone and care was handed to [[NAME:AS]] at 1850.
"""),

    dict(style="sbar_handoff", note="""
SBAR HANDOFF - MICU -> 5 South step-down      [[DATE:Tues 4/8]] 1500
S: [[NAME:Erzsébet Szabó-Kertész]], {{age:71}}F, DKA resolved, transferring to 5S bed 22. Full code. Hungarian interpreter by video (Stratus), [[NAME:Kálmán]], interpreter ID [[MRN:30418]].
B: T1DM x 50 yrs, lives in [[ADDRESS:Mount Carmel]] w/ son [[NAME:Gergő]]. Admitted [[DATE:4/6]] w/ {{lab:glucose 612}}, {{lab:pH 7.08}}, {{lab:AG 28}}. Insulin gtt off [[DATE:4/7]] 2200 after gap closed x2, basal overlap given.
A: {{vital:BP 126/74}} {{vital:HR 88}} {{vital:SpO2 97%}} RA, afebrile. {{lab:K 3.9}}, {{lab:Phos 2.1}} repleted. Eating ~50% of trays. {{drug:Lantus}} {{dose:18 units}} at 2100, {{drug:Humalog}} {{dose:4 units}} w/ meals + correction scale. Delirious night of admit, CAM neg x2 since.
R: POC BG AC/HS, call for <70 or >300. Endo (Dr. [[NAME:Pap]]) to see in AM. Son prefers calls after 1700 -> [[PHONE:(570) 555-0139]].
Report by [[NAME:Savannah Greer]], RN to [[NAME:Ty]] (5S), read-back complete. Transfer order released 1440 ([[NAME:abalogh]]).
""", summary="""
[[NAME:Erzsébet Szabó-Kertész]] ({{age:71}}) moved from the MICU to step-down on [[DATE:4/8]] after her DKA resolved, with report from [[NAME:Savannah Greer]] to [[NAME:Ty]]. Dr. [[NAME:Pap]] of endocrinology will see her, and son [[NAME:Gergő]] wants calls after 1700.
"""),

    dict(style="rapid_response", note="""
RAPID RESPONSE TEAM RECORD
Call: [[DATE:2025-02-19]] 03:12    Unit/Rm: 6 West 614    Caller: [[NAME:Ivy Marchetti]], RN (pager [[PHONE:4471]])
Pt: [[NAME:KOVALCHUK, BOHDAN]]   FIN [[MRN:550219874]]   DOB [[DATE:07.09.1952]]
Trigger: {{vital:SpO2 84%}} on 4 L NC, {{vital:RR 32}}, new confusion, {{score:NEWS 9}}.
Team: [[NAME:Cross]] (ICU RN), [[NAME:Ng]] (RT), Dr. [[NAME:Olariu]] (MICU fellow)
Assessment: coarse crackles to mid-fields bilat, JVD, 2+ pitting edema. {{vital:BP 178/96}}, {{vital:HR 118}} ST. ECG old LBBB, {{eponym:Sgarbossa}} criteria neg. Trop/BNP sent.
Interventions: BiPAP 12/6, {{vital:FiO2 60%}} -> sats 93%. {{drug:Lasix}} {{dose:80 mg}} IV x1, {{drug:nitroglycerin}} {{dose:0.4 mg}} SL x2. {{eponym:Foley}} placed, 650 mL out by 0410.
Dispo: stays on 6W per [[NAME:Olariu]], ABG 0400, CCU bed held if BiPAP fails.
Family: daughter [[NAME:Oksana]] reached 0340 at [[PHONE:+380 44 555 2817]] (lives in [[ADDRESS:Kolomyia]]), speaks English.
Debrief: {{score:NEWS 7}} at 0100 was not escalated - reviewed w/ charge RN [[NAME:dawn]]. Documented by [[NAME:ccross]].
""", summary="""
Rapid response on [[DATE:2025-02-19]] for [[NAME:Bohdan Kovalchuk]] with hypoxia from pulmonary edema, treated with BiPAP, {{drug:Lasix}} and nitrates; he stayed on the floor per Dr. [[NAME:Olariu]]. Daughter [[NAME:Oksana]] was called and the late escalation was reviewed with [[NAME:dawn]].
"""),

    dict(style="code_blue_record", note="""
CODE BLUE - RESUSCITATION RECORD (CVICU bed 12)
Pt: [[NAME:Dvořáček, Vlastimil]]   MRN [[MRN:00612955]]   {{age:79}} M   84 kg   Code status prior: FULL
Arrest: [[DATE:2025-03-17]]T04:42, witnessed, on monitor. Initial rhythm PEA.
Leader: Dr. [[NAME:Hunter]] | Recorder: [[NAME:LM]] | CPR: [[NAME:Jack]], [[NAME:Al]], [[NAME:Pruitt]] | Airway: [[NAME:Ng]] (RT), Dr. [[NAME:Soltész]] | Meds: [[NAME:Madison Yee]], PharmD
0442  CPR started, pads on, board under pt.
0443  {{drug:Epinephrine}} {{dose:1 mg}} IV #1. ETCO2 12.
0445  Check: PEA. POCUS no organized activity, no effusion.
0447  Epi #2. {{drug:Sodium bicarbonate}} {{dose:50 mEq}} ({{lab:K 6.8}} on 0300 BMP), {{drug:calcium chloride}} {{dose:1 g}}.
0449  Check: VF -> shock {{dose:200 J}} biphasic.
0451  ROSC. {{vital:BP 84/50}}, {{vital:HR 112}}, ETCO2 34.
0454  {{drug:Amiodarone}} {{dose:150 mg}} IV. {{drug:Levophed}} {{dose:8 mcg/min}}.
0510  ETT confirmed on CXR. {{eponym:Swan-Ganz}} left in place. TTM 36 C ordered, {{drug:Kayexalate}} held, {{drug:insulin}}/D50 given per [[NAME:Yee]].
Totals: CPR 9 min, 1 shock, epi x2. Sustained ROSC.
Wife [[NAME:Jarmila]] at bedside from 0455 w/ chaplain [[NAME:Anca Rusu]].
Recorder: [[NAME:Moravec L]], RN    Cosigned [[NAME:DH]] 0620
""", summary="""
[[NAME:Vlastimil Dvořáček]] had a witnessed PEA arrest on [[DATE:2025-03-17]] with {{lab:K 6.8}}; he went into VF and had ROSC after one shock and 9 minutes of CPR led by Dr. [[NAME:Hunter]]. Pressors and TTM were started with wife [[NAME:Jarmila]] at the bedside.
"""),

    dict(style="stepdown_flowsheet", note="""
PCU 5E - Nursing narrative 0700-1900
0730  A&Ox4. Denies CP/SOB. Tele NSR 70s w/ occasional PVCs. {{vital:BP 132/80}}, {{vital:HR 74}}.
0900  Meds per MAR: {{drug:Eliquis}} {{dose:5 mg}}, {{drug:Coreg}} {{dose:6.25 mg}}, {{drug:Entresto}} {{dose:24/26 mg}}, {{drug:Lipitor}} {{dose:80 mg}}. Tolerated whole w/ applesauce.
1000  Ambulated 200 ft w/ RW, CGA, steady. {{score:Pain 2/10}} R radial site, TR Band removed 0945 per protocol, site CDI, {{eponym:Allen}} test normal, radial 2+.
1200  Cardiac diet, ate 75%. {{lab:POC glucose 164}}, {{dose:2 units}} {{drug:Novolog}} per scale.
1400  Echo done at bedside. Patient education: Heart Failure Zone Tool, daily weights, 2 g Na diet. Teach-back 4/5 items.
1600  Tele alarm: 6-beat run NSVT, asymptomatic. {{lab:Mg 1.7}}, {{dose:2 g}} Mg IV per protocol, {{lab:K 4.2}}. Cardiology fellow paged, aware, no new orders.
1830  Bedside handoff w/ oncoming RN, Eliquis bleeding precautions reviewed, bed alarm on, {{score:Morse 35}}.
""", summary="""
Uneventful step-down day for a heart failure patient after a radial cath, apart from a short asymptomatic run of NSVT treated with magnesium ({{lab:Mg 1.7}}). Teaching on daily weights and {{drug:Eliquis}} precautions was completed.
"""),

    dict(style="sbar_handoff", note="""
SBAR to cross-cover (secure chat + Vocera)   [[DATE:5/2/25]] 23:40
To: Dr. [[NAME:Wren]], CT surgery night float
S: Rm 5112 [[NAME:Hrytsenko]], new AF RVR 140s, {{vital:BP 98/60}}, c/o palpitations.
B: POD 2 CABG x3. {{drug:Metoprolol}} {{dose:12.5 mg}} BID. AM labs {{lab:K 3.6}}, {{lab:Mg 1.9}}. CT output 30 mL/hr serosang.
A: Mentating OK, warm, {{vital:SpO2 95%}} 2 L. No CP.
R: Please eval/orders, ? amio.
23:52  reply [[NAME:Wren]]: amio {{dose:150 mg}} IV over 10 min then gtt, K >4, Mg >2, will come by.
00:05  Vocera transcript: "this is doctor [[NAME:ren]] returning page for five one one two" (= [[NAME:Wren]]).
00:15  {{vital:HR 108}}, {{vital:BP 104/66}}. {{drug:Amiodarone}} gtt {{dose:1 mg/min}}. {{dose:40 mEq}} KCl + {{dose:2 g}} Mg hung.
00:40  NSR 80s. Brother [[NAME:Petro]] updated at [[PHONE:267-555-0118]].
Sent by [[NAME:Precious Tillman]], RN  |  ack [[NAME:wrn]]
""", summary="""
[[NAME:Hrytsenko]], two days after CABG, went into AF with RVR late on [[DATE:5/2/25]]; Dr. [[NAME:Wren]] ordered amiodarone and electrolytes and he was back in sinus rhythm by 00:40. [[NAME:Precious Tillman]], RN, sent the SBAR and brother [[NAME:Petro]] was updated.
"""),

    dict(style="icu_charge_board", note="""
MICU CHARGE BOARD - NIGHTS  [[DATE:12/03/2024]]   charge: [[NAME:summer]]   house sup: [[NAME:Major]]
Rm | Pt | Dx | Code | RN | Notes
1 | [[NAME:Tóth]] | septic shock | FULL | [[NAME:Faith]] | levo 8, lactate q4h
2 | [[NAME:Ungureanu]] | UGIB | DNR, ok to intubate | [[NAME:BK]] | 2u PRBC in, H/H 0200
3 | [[NAME:PETKOVA, DESISLAVA]] | ARDS | FULL | [[NAME:Faith]] | proned 0100, {{lab:P/F 88}}
4 | - | clean/ready | | |
5 | [[NAME:Hudák]] | DKA | FULL | [[NAME:sunny]] | insulin gtt, BG q1h
6 | [[NAME:King]] | post-arrest, TTM | FULL | [[NAME:Jo]] | Arctic Sun 36, {{score:BSAS 1}}, King LT swapped for ETT in ED
7 | [[NAME:Wójcik-Baran]] | COPD exac | DNR/DNI | [[NAME:BK]] | BiPAP, family at bedside
8 | [[NAME:Mazur]] | EtOH w/d | FULL | [[NAME:sunny]] | {{score:CIWA 18}}, phenobarb load done
Pending: ED -> [[NAME:Stanciu]] (pancreatitis, {{score:Ranson 4}}); PACU -> [[NAME:O'Rourke-Bălan]] ({{eponym:Whipple}}, POD 0)
Float [[NAME:dawn]] to help w/ 3 after 0300. Breaks: [[NAME:art]] covers Rm 1 + 3, then 5 + 8.
No major events 1900-2300. [[NAME:Major]] aware of 2 pending admits.
""", summary="""
MICU night board for [[DATE:12/03/2024]] with charge nurse [[NAME:summer]]: [[NAME:Faith]] has [[NAME:Tóth]] and the proned ARDS patient [[NAME:Petkova]], and admissions [[NAME:Stanciu]] and [[NAME:O'Rourke-Bălan]] are pending.
"""),

    dict(style="stepdown_flowsheet", note="""
FLOWSHEET AUDIT TRAIL - row: Pain Reassessment - 3N PCU - page 1 of 1
Pt [[NAME:FEKETE, TIBOR]]   Enc [[MRN:E2503114920]]   printed for Quality by ([[NAME:mkowalski]])
[[DATE:2025-03-14]] 09:02  value {{score:7/10}} filed by [[NAME:rn_hbaker]]
[[DATE:2025-03-14]] 09:40  value {{score:4/10}} filed by [[NAME:hbaker]]  "after {{drug:oxycodone}} {{dose:5 mg}}"
[[DATE:2025-03-14]] 10:15  comment by [[NAME:dpage]]: resting, RR 14, {{score:POSS 2}}
[[DATE:2025-03-14]] 13:27  value {{score:7/10}} -> {{score:3/10}} edited by [[NAME:tnemeth]]; reason: documented on wrong pt (bed 14, [[NAME:Kertész]])
[[DATE:2025-03-14]] 13:29  edit cosigned [[NAME:TKW]]
[[DATE:2025-03-14]] 16:50  value {{score:2/10}} filed by [[NAME:sgrace]]
Reviewer: late edit appropriate, no harm. Sent to [[EMAIL:m.kowalski@larchmontmed.org]] for the quarterly Pain Management audit. -[[NAME:mk]]
""", summary="""
The pain-score audit trail for [[NAME:Tibor Fekete]] on [[DATE:2025-03-14]] shows a {{score:7/10}} entry corrected by [[NAME:tnemeth]] because it belonged to [[NAME:Kertész]] in bed 14. Quality reviewer [[NAME:mkowalski]] found no harm.
"""),

    dict(style="sbar_handoff", note="""
ED -> MICU handoff (SBAR), called 18:05 [[DATE:01/22/2025]]
S - [[NAME:Constantin Vlădescu]], {{age:84}}, urosepsis w/ shock, {{drug:norepinephrine}} {{dose:10 mcg/min}} via L IJ placed in ED by [[NAME:Lincoln]] (EM resident).
B - EMS from daughter's house in [[ADDRESS:Zelienople]]. Baseline walker, mild dementia. Chronic {{eponym:Foley}} for BPH, last changed "in June" per family. PPM for sick sinus. Romanian papers list DOB "[[DATE:14 mai 1940]]", registration has [[DATE:05/14/1940]] - matches. SSN last 4 [[SSN:6620]] verified.
A - {{vital:T 39.2}}, {{vital:MAP 62}}, {{lab:lactate 4.8}}, {{lab:WBC 22.1}}, {{lab:Cr 2.3}} (baseline 1.1). {{drug:Zosyn}} {{dose:4.5 g}} at 16:40, {{drug:vancomycin}} {{dose:1750 mg}} running, 30 mL/kg in.
R - MICU bed 9. BCx x2 and UCx from new {{eponym:Foley}} pending. Daughter [[NAME:Florence]] "[[NAME:Flori]]" [[NAME:Vlădescu-Harmon]] is HCP, [[PHONE:724.555.0162]], meeting team ~1930.
Given by [[NAME:Brandi Kowalczyk]], RN -> [[NAME:hope]] (MICU). Two identifiers checked w/ MRN [[MRN:7730-1184]].
""", summary="""
[[NAME:Constantin Vlădescu]] ({{age:84}}) was handed off from the ED to the MICU on [[DATE:01/22/2025]] with urosepsis and shock on norepinephrine after antibiotics. His daughter [[NAME:Florence]] is his health care proxy, and [[NAME:hope]] took report.
"""),

    dict(style="code_blue_record", note="""
CODE NARRATIVE - dictated by recorder, transcribed
this is [[NAME:ruth ann sobczak]] RN recorder for the code on seven east, patient last name [[NAME:Ostapchuk]] [[NAME:O S T A P C H U K]] first name [[NAME:Petro]] medical record number [[MRN:S as in sugar zero zero four one seven]] date of event [[DATE:february twenty eighth twenty twenty five]] code called at fourteen oh six room seven one nine. patient found unresponsive by the tech [[NAME:earl]] during vitals, no pulse, compressions started by [[NAME:earl]] and RN [[NAME:Bianca Horvat]]. team arrived fourteen oh eight, doctor [[NAME:Ciobanu]] [[NAME:C I O B A N U]] running the code. initial rhythm asystole. epinephrine {{dose:one milligram}} times four total. point of care glucose {{lab:thirty one}}, D fifty {{dose:one amp}} given at fourteen twelve. ROSC at fourteen twenty one, {{vital:pressure ninety over fifty}}. intubated by anesthesia doctor [[NAME:Szőke]], that is [[NAME:S Z O K E]] with accents. transferred to MICU bed four. son [[NAME:Yuriy]] called by [[NAME:Ciobanu]] at fourteen forty. insulin drip had been running at {{dose:eight units an hour}} while patient was NPO, pharmacy and [[NAME:Pop]] notified, event report filed. end of dictation.
-- [[NAME:rs]] / transcribed [[NAME:jmc]] [[DATE:03/01/2025]]
""", summary="""
Dictated code narrative for [[NAME:Petro Ostapchuk]], found pulseless by [[NAME:earl]] on [[DATE:2/28/2025]] with asystole and a glucose of {{lab:31}} while on an insulin drip; ROSC came after four doses of epinephrine under Dr. [[NAME:Ciobanu]] and he went to the MICU.
"""),

    dict(style="icu_flowsheet_comment", note="""
Restraint / Safety flowsheet comments - MICU
0800  Bilat soft wrist restraints continued for pulling at ETT/OGT. Order renewed, face-to-face by MD done.
0900  {{score:RASS +2}}, CAM-ICU positive, {{score:CPOT 3}}. {{drug:Fentanyl}} {{dose:50 mcg}} IV PRN given. {{drug:Precedex}} titrated to {{dose:0.7 mcg/kg/hr}}.
1000  Skin checked under restraints, CMS intact, ROM done. {{score:Braden 12}}, Mepilex to sacrum, Waffle cushion.
1200  {{vital:BP 142/88}}, {{vital:HR 96}}. Restraints released 15 min w/ RN at bedside, tolerated.
1340  SAT: {{drug:Propofol}} off, {{score:RASS 0}}, follows commands. SBT on PS 5/PEEP 5, {{vital:RR 18}}, RSBI 54.
1530  Extubated to 4 L NC per RT/MD. Restraints d/c'd, no sitter needed.
1700  Bedside swallow screen failed - NPO, SLP consult placed, meds changed to IV. Cough strong, {{vital:SpO2 95%}}.
""", summary="""
A restrained, agitated ventilated patient passed a sedation holiday and breathing trial and was extubated at 1530 with restraints removed. The swallow screen failed, so he stays NPO pending speech therapy.
"""),

    dict(style="sbar_handoff", note="""
Night -> day RN handoff (SBAR)   4C step-down Rm 408   [[DATE:Fri 10/17]] 0700
S: [[NAME:Radka Stoyanova]], {{age:58}}F, admitted for new R facial droop -> stroke r/o, dx {{eponym:Bell palsy}}; stayed for hypertensive urgency.
B: HTN on {{drug:amlodipine}} {{dose:10 mg}}. MRI neg for CVA per Dr. [[NAME:Bell]] (neuro). {{drug:Prednisone}} {{dose:60 mg}} + {{drug:valacyclovir}} {{dose:1 g}} TID started for the palsy.
A: {{vital:BP 188/104}} at 0200 -> {{drug:labetalol}} {{dose:10 mg}} IV x1 -> {{vital:BP 152/90}}. R eye taped overnight, lubricant q4h. {{lab:Glucose 241}} on steroids, covered per scale. {{score:NIHSS 1}} (face only). Voiding, no frank hematuria.
R: BP q1h, call if SBP >180. Husband [[NAME:Yordan]] visits 10-12, limited English, Bulgarian interpreter line. [[NAME:Bell]] wants neuro clinic f/u 2 wks - appt not yet made.
[[NAME:gay]] -> [[NAME:frank]] @0705
""", summary="""
Day handoff for [[NAME:Radka Stoyanova]] ({{age:58}}), who has {{eponym:Bell palsy}} on steroids and needed IV labetalol overnight for {{vital:BP 188/104}}; Dr. [[NAME:Bell]] wants neurology clinic follow-up. Report went from [[NAME:gay]] to [[NAME:frank]].
"""),

    dict(style="rapid_response", note="""
RRT NOTE - Hypoglycemia
Called 10:52 to 8 North for unresponsive pt. On arrival diaphoretic, {{score:GCS 9}}, {{lab:POC glucose 28}}, {{vital:HR 104}}, {{vital:BP 150/92}}.
No IV access - IO not needed, 22g placed by ICU RN on first attempt.
{{drug:D50}} {{dose:25 g}} IV push 10:56 -> {{lab:POC glucose 142}} at 11:06, {{score:GCS 15}}, oriented.
Review: {{drug:Lantus}} {{dose:40 units}} given at 0600 although NPO for EGD; {{drug:Novolog}} scale also given. Held all insulin per Hypoglycemia Protocol.
Plan: {{drug:D10}} at {{dose:50 mL/hr}}, POC glucose q1h x4 then q2h. Endocrine consult. Stays on 8N w/ q15 min neuro checks x1 hr.
Safety event filed #SE-25-0413. RRT cleared 11:20.
""", summary="""
A rapid response for hypoglycemia ({{lab:glucose 28}}) after full-dose basal insulin was given to an NPO patient was treated with {{drug:D50}} and a {{drug:D10}} infusion. The patient recovered to {{score:GCS 15}} and stayed on the floor.
"""),

    dict(style="stepdown_flowsheet", note="""
PCU 6E flowsheet comments - [[NAME:BALOGH, ILONA]]   MRN [[MRN:61194302]]
[[DATE:6/9]] 0815  {{eponym:Foley}} removed per urology order by [[NAME:Shannon Foley]], RN; 10 mL balloon, tip intact. DTV 1415. -[[NAME:mb]]
1020  Voided 150 mL, bladder scan PVR 310 mL. Paged urology, spoke w/ [[NAME:Yu]] (NP). -[[NAME:mb]]
1100  Straight cath x1 per [[NAME:Yu]], 400 mL. Plan: scan q6h, if >400 replace {{eponym:Foley}} and start {{drug:Flomax}} {{dose:0.4 mg}}. -[[NAME:mb]]
1300  Daughter [[NAME:Edit]] at bedside, asks about d/c; told to check with team. -[[NAME:mb]]
1530  Voided 300 mL, PVR 90. [[NAME:Foley]] aware, no re-cath. Ambulating hall w/ walker, {{score:Morse 45}}. -[[NAME:mb]]
1800  {{vital:BP 134/78}} {{vital:HR 72}} {{vital:T 36.8}}. -[[NAME:mb]]
Late entry: 1300 comment was an edit of an earlier entry (charted 1340). -[[NAME:mb]]
""", summary="""
[[NAME:Ilona Balogh]]'s {{eponym:Foley}} was removed on [[DATE:6/9]] by [[NAME:Shannon Foley]], RN; she needed one straight cath per [[NAME:Yu]] and then voided with a low residual. Daughter [[NAME:Edit]] visited.
"""),

    dict(style="code_blue_record", note="""
CODE BLUE RECORD  |  3B step-down  |  Rm 322
Patient: [[NAME:JĘDRZEJCZYK, STANISŁAW]] "[[NAME:Staszek]]"   MRN [[MRN:2045-881-7]]   Age [[AGE:91]]   DOB [[DATE:03/12/1934]] (Polish ID: [[DATE:12 marca 1934]])
Event: [[DATE:23-Nov-2025]] 05:58, unwitnessed, found by CNA [[NAME:Mercy]] on rounds
Leader: Dr. [[NAME:Austin]]   RT: [[NAME:Oh]]   Recorder: [[NAME:ivy]]   CPR: [[NAME:Bo Hendricks]], [[NAME:Mercy]], [[NAME:Nagy]]
05:59  Asystole. CPR, {{drug:epinephrine}} {{dose:1 mg}} IO (no IV).
06:03  Asystole. Epi #2. King airway placed by [[NAME:Oh]].
06:07  Asystole. ETCO2 8.
06:09  Son [[NAME:Wiesław]] (HCP) reached by [[NAME:Austin]] at [[PHONE:+48 33 555 21 09]] in [[ADDRESS:Żywiec]]: father "never wanted machines", asks to stop.
06:10  Efforts stopped. TOD 06:10.
Prior: {{vital:BP 102/58}} at 0400, {{vital:SpO2 91%}}, {{score:MEWS 4}}, not escalated.
Chaplain Fr. [[NAME:Tadeusz Gil]] notified. Not an ME case per [[NAME:Austin]]. Gift of Life ref [[MRN:GOL-25-118204]].
Completed by [[NAME:Ivy Kaczmarek]], RN. Reviewed [[NAME:DA]].
""", summary="""
[[NAME:Stanisław Jędrzejczyk]] ([[AGE:91]]) was found in asystole on [[DATE:23-Nov-2025]]; after 11 minutes of CPR his son [[NAME:Wiesław]] in [[ADDRESS:Żywiec]] asked Dr. [[NAME:Austin]] to stop, and death was called at 06:10.
"""),

    dict(style="sbar_handoff", note="""
Handoff to IR (SBAR)   [[DATE:2025/04/29]] 10:20
S: [[NAME:Ľubomír Kollár]] ("[[NAME:Ľubo]]"), {{age:66}}M, MICU 11, to IR for TIPS for variceal rebleed. IR says we are case 3 today.
B: EtOH cirrhosis, {{score:MELD 27}}, {{score:Child-Pugh C}}. Banded x4 yesterday by [[NAME:Kovács]]. Rebled 0230, {{eponym:Sengstaken-Blakemore tube}} placed 0310, gastric balloon 250 mL, 1 lb traction.
A: Intubated, {{drug:propofol}} {{dose:30 mcg/kg/min}}, {{drug:octreotide}} {{dose:50 mcg/hr}}, {{drug:ceftriaxone}} {{dose:1 g}} daily. {{lab:Hgb 6.9}} -> 2u PRBC, {{lab:INR 2.4}}, {{lab:Plt 48}}. {{vital:MAP 66}} on levo 4.
R: 4u crossmatched in blood bank, 1 plt pheresis. Transport w/ RT [[NAME:Wu]] and [[NAME:Case]] (RN). Wife [[NAME:Zuzana]] signed consent 0950 (interpreted by phone, Slovak, [[NAME:Mária]] #[[MRN:71502]]), waiting in IR lobby, cell [[PHONE:412-555-0107]].
From: [[NAME:T. Brennan-Szabo]], RN   To: IR RN [[NAME:Dallas]]
""", summary="""
[[NAME:Ľubomír Kollár]] ({{age:66}}) went to IR for TIPS after rebleeding from varices with a balloon tamponade tube in place, escorted by [[NAME:Wu]] and [[NAME:Case]]. Wife [[NAME:Zuzana]] consented on [[DATE:2025/04/29]] through a Slovak interpreter.
"""),

    dict(style="icu_flowsheet_comment", note="""
SICU flowsheet comments - Bed 4 - [[NAME:Vörös, Csilla]]   acct [[MRN:A0092231457]]
0600  Thyroid storm w/ {{eponym:Graves disease}}, {{score:Burch-Wartofsky 55}}. {{vital:HR 148}} AF, {{vital:T 39.6}}. Cooling blanket on. ~[[NAME:lc]]
0630  {{drug:PTU}} {{dose:200 mg}} per OGT. ~[[NAME:lc]]
0700  {{drug:Propranolol}} {{dose:60 mg}} per OGT, {{drug:hydrocortisone}} {{dose:100 mg}} IV. ~[[NAME:lc]]
0800  Dr. [[NAME:Graves]] (endo) at bedside w/ fellow [[NAME:Pop]]. {{drug:SSKI}} {{dose:5 drops}} to start 0830, 1 hr after PTU. ~[[NAME:lc]]
1000  {{vital:HR 112}}, {{vital:T 38.1}}. LFTs, {{lab:free T4 7.2}} sent. ~[[NAME:lc]]
1200  Husband [[NAME:Levente]] updated by [[NAME:Graves]] and [[NAME:lc]]; he lives in [[ADDRESS:Tunkhannock]], ~1 hr drive, will stay overnight. ~[[NAME:lc]]
1400  AF rate 90s, {{vital:BP 118/70}}. Cooling blanket off. Handoff to [[NAME:Rosalind McAvoy]] at 1900 planned. ~[[NAME:lc]]
""", summary="""
[[NAME:Csilla Vörös]] was treated in the SICU for thyroid storm from {{eponym:Graves disease}} with PTU, propranolol, steroids and iodine, with heart rate falling from {{vital:HR 148}} to the 90s. Dr. [[NAME:Graves]] from endocrinology saw her and updated husband [[NAME:Levente]].
"""),

    dict(style="rapid_response", note="""
RAPID RESPONSE - 4 West Rm 427 - [[DATE:08/14/2025]] 21:33
Pt [[NAME:Jordan Ilie]], {{age:34}}M, POD 1 ORIF R ankle. Called by [[NAME:Sunny Castellano]], RN for {{vital:RR 6}}, pinpoint pupils, {{vital:SpO2 78%}}.
PCA {{drug:hydromorphone}} {{dose:0.2 mg}} q10 min, no basal. Visitor [[NAME:rich]] (friend) seen pressing PCA button while pt asleep.
21:35  {{drug:Narcan}} {{dose:0.4 mg}} IV -> {{vital:RR 14}}, {{score:GCS 15}}, sats 96% 2 L.
21:50  resedated, 2nd {{dose:0.4 mg}}. Narcan gtt {{dose:0.2 mg/hr}} ordered by [[NAME:Moldovan]] (ortho).
PCA d/c'd. APS ([[NAME:Gheorghiu]]) to see in AM, switch to {{drug:oxycodone}} {{dose:5 mg}} q4h PRN + {{drug:Tylenol}} {{dose:1 g}} q8h.
Transfer to step-down for capnography. Mother in [[ADDRESS:Parma Heights]] notified [[PHONE:440-555-0193]].
Visitor escorted out by security officer [[NAME:White]] (badge [[MRN:SEC-0472]]) per nursing supervisor [[NAME:Green]]. White count and lytes pending.
""", summary="""
[[NAME:Jordan Ilie]] ({{age:34}}) had opioid-induced respiratory depression on [[DATE:08/14/2025]] after his friend [[NAME:rich]] pressed his PCA button; two doses of {{drug:Narcan}} and a drip reversed it. The PCA was stopped, he moved to step-down, and security officer [[NAME:White]] removed the visitor.
"""),

    dict(style="sbar_handoff", note="""
SBAR - CCU -> 4C step-down   [[DATE:Wed 5/28]] 19:15
S: [[NAME:Novotná, Věra]], {{age:77}}F, NSTEMI s/p PCI to LAD [[DATE:5/26]], {{eponym:Impella}} out [[DATE:5/27]].
B: HFrEF {{lab:EF 25%}}, CKD 3. Lives alone in [[ADDRESS:frackville]]; neighbor [[NAME:Marge Kupchak]] checks on her, [[PHONE:570-555-0177]].
A: {{vital:BP 104/62}}, {{vital:HR 76}} NSR, 2 L NC. R groin soft, DP 2+. {{drug:Brilinta}} {{dose:90 mg}} BID, {{drug:aspirin}} {{dose:81 mg}}, {{drug:Entresto}} held for soft BP. {{lab:Cr 1.8}}.
R: Daughter [[NAME:Lenka]] in [[ADDRESS:Prague]] texted the unit phone: "přiletím [[DATE:2. června]], please tell mama" - pt aware and happy. Cards (Dr. [[NAME:Young]]) rounds ~0700. Roommate is young, C diff positive - keep separate commode.
[[NAME:ASM]] -> [[NAME:Hope Tran]], RN
""", summary="""
[[NAME:Věra Novotná]] ({{age:77}}) moved from the CCU to step-down on [[DATE:5/28]] after an LAD stent and {{eponym:Impella}} removal, with {{drug:Entresto}} held for low blood pressure. Her daughter [[NAME:Lenka]] will fly in from [[ADDRESS:Prague]] on [[DATE:2. června]].
"""),

    dict(style="sbar_handoff", note="""
MICU RN handoff, Bed 15, nights -> days   [[DATE:14/02/2025]] 06:50
[[NAME:Chase]], {{age:63}}, day 4 - S: {{drug:Unasyn}} for aspiration PNA, off BiPAP since yesterday.
B: [[NAME:Bożena Chase]], MRN [[MRN:883 402 19]], COPD on 2 L home O2, h/o CVA w/ mild dysphagia. Husband [[NAME:Henryk]] ("[[NAME:Henio]]").
A: {{vital:SpO2 92%}} 3 L, {{vital:RR 22}}, afebrile x24 h. {{lab:K 3.2}} -> {{drug:K-Dur}} {{dose:40 mEq}} PO at 0500, crushed in applesauce, chase with water per SLP - tolerated. {{lab:WBC 13.4}} (from 18).
R: PT/OT today, likely transfer to floor. [[NAME:Henryk]] wants a call before any move: [[PHONE:(216) 555-0148]]. Still reports {{dose:1/2 tab}} {{drug:Ativan}} at home qhs - med rec to clarify. d/w [[NAME:RW]].
Handed off to [[NAME:AS]] by [[NAME:mb]].
""", summary="""
[[NAME:Bożena Chase]], on day 4 for aspiration pneumonia, is improving on {{drug:Unasyn}} and may move to the floor; her potassium ({{lab:K 3.2}}) was replaced orally. Husband [[NAME:Henryk]] wants a call before any transfer.
"""),
]
