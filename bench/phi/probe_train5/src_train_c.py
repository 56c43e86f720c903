NOTES = [
    dict(style="nursing_shorthand", note="""
NOC NOTE 7W rm 714
2300 pt resting, A&Ox4, c/o incisional pain {{score:6/10}}, medicated w {{drug:oxycodone}} {{dose:5 mg}} po. {{vital:BP 138/82}} {{vital:HR 96}} {{vital:SpO2 94%}} 2L NC.
0200 abd dsg w small amt serosang drainage, no frank bleeding. {{eponym:Jackson-Pratt}} emptied x1, 40 mL.
0330 {{lab:K 3.1}} on early AM lytes, called uro [[NAME:mason]] - ok'd {{drug:KCl}} {{dose:20 mEq}} po x2, given 0400.
0500 {{eponym:Foley}} d/c'd per protocol, DTV by 1100. will bladder scan q4h prn.
0545 wife [[NAME:Joy]] called for update, told her we will call w any changes. she hopes he can go home Fri.
0640 spoke w/ [[NAME:rusty]] at the desk re bed alarm not sounding - biomed ticket in.
0700 report from [[NAME:gay]] to [[NAME:frank]] at bedside. [[NAME:Frank]] aware of 1100 void deadline + recheck K w AM draw.
- [[NAME:gk]]
""", summary="""
Overnight post-op pain ({{score:6/10}}) was treated with {{drug:oxycodone}} and {{lab:K 3.1}} replaced after calling [[NAME:mason]]; the {{eponym:Foley}} came out at 0500. Report went from [[NAME:gay]] to [[NAME:frank]], and wife [[NAME:Joy]] was updated.
"""),

    dict(style="handoff_sheet", note="""
I-PASS HANDOFF  5 NORTH  [[DATE:Tues 6/3]]
[[NAME:PAGET, WILLARD J]]    Rm 522-B    MRN [[MRN:00731846]]   DOB [[DATE:02/19/1941]]   {{age:84}}M
I: WATCHER
P: {{eponym:Paget}} disease of bone (skull, R femur) adm w hypercalcemia. {{lab:Ca 13.2}} on adm -> {{lab:Ca 11.4}} this AM after NS @ {{dose:200 mL/hr}} + {{drug:calcitonin}} {{dose:4 units/kg}} sc q12h. {{drug:zoledronic acid}} {{dose:4 mg}} IV given [[DATE:6/2]].
   Mr. [[NAME:Paget]] confused overnight, CAM pos x1, now {{score:RASS 0}}. sitter not needed per [[NAME:Okonkwo]].
A: - iCa 1600, call [[NAME:Bishop]] (endo fellow) if > 1.45 - pgr [[PHONE:4-7719]]
   - PT eval, WBAT per ortho, [[NAME:Delacroix]] signed off
   - see page 2 of MAR re calcitonin timing, pharm ([[NAME:Lu]]) adjusting
S: son [[NAME:Terrence]] is HCP, lives in [[ADDRESS:Chillicothe]], cell [[PHONE:(740) 555-0183]]. [[NAME:Bishop]] will call him after rounds.
S: [[NAME:kdw]] -> [[NAME:tlb]] 1900, questions answered, read back.
""", summary="""
[[NAME:Willard J Paget]], {{age:84}}, has {{eponym:Paget}} disease of bone with hypercalcemia improving from {{lab:Ca 13.2}} to {{lab:Ca 11.4}} on fluids, {{drug:calcitonin}} and {{drug:zoledronic acid}}. Endo fellow [[NAME:Bishop]] is to be called if ionized calcium rises and will update son [[NAME:Terrence]].
"""),

    dict(style="whiteboard_transcription", note="""
WHITEBOARD 6E - transcribed 1915 by unit sec [[NAME:LaTonya]]
CHARGE: [[NAME:Dawn]] x[[PHONE:6604]]   RESOURCE: [[NAME:will]]   PCT: [[NAME:bo]] / [[NAME:ty]]
RM  | PT             | RN       | NOTES
601 | [[NAME:YOUNG]]          | [[NAME:Hunter]]   | NPO p MN, {{drug:GoLYTELY}} started 1800
602 | [[NAME:Cross, A]]       | [[NAME:Hunter]]   | fall risk {{score:Morse 65}}, bed alarm ON
603 | [[NAME:King]]           | [[NAME:Mercy]]    | d/c AM, ride = dtr [[NAME:April]]
604 | [[NAME:de la Cruz]]     | [[NAME:Mercy]]    | CIWA q4, last {{score:CIWA 6}}
605 | [[NAME:Price]]          | [[NAME:Mercy]]    | {{drug:heparin}} gtt, PTT q6 -> next 2200
606 | EMPTY - clean, holding for ED admit (CP r/o)
607 | [[NAME:O'Neil]]         | [[NAME:Jo]]       | {{eponym:Foley}} day 3, ask re removal
608 | [[NAME:Major]]          | [[NAME:Jo]]       | contact+ (C diff), {{lab:WBC 14.2}}
GOALS: no falls, hourly rounding, no major delays on 0600 labs.
if ED admit comes, swap [[NAME:Mercy]]/[[NAME:Jo]] at 2300 - will decide w [[NAME:dawn]].
""", summary="""
Evening whiteboard for 6E with charge RN [[NAME:Dawn]] and RNs [[NAME:Hunter]], [[NAME:Mercy]] and [[NAME:Jo]]; [[NAME:Cross, A]] is a high fall risk ({{score:Morse 65}}) and [[NAME:Price]] is on a {{drug:heparin}} drip.
"""),

    dict(style="pager_log", note="""
PAGER LOG - HOSPITALIST NIGHTS (pgr [[PHONE:3317]])
2214 FROM 7W x[[PHONE:4412]]: rm 718 [[NAME:BAKER]] {{vital:BP 88/52}} {{vital:HR 118}}, temp 38.6, pls call -[[NAME:kim]]
2216 cb: {{drug:LR}} {{dose:1 L}} bolus, BCx x2, lactate. {{lab:lactate 3.4}} resulted 2240.
2301 FROM ED [[PHONE:555-0142]]: admit for you, {{age:67}}F CHF exac, {{lab:BNP 2140}}. call [[NAME:Hollis]] in ED
2330 d/w [[NAME:Hollis]], accepted to 5N tele.
0120 FROM 5N x[[PHONE:5290]]: [[NAME:Woodrow Page]] 511 asking for sleep aid, ok for {{drug:melatonin}} {{dose:3 mg}}? -[[NAME:dawn]]
0122 ok'd via cb.
0255 RRT 7W 718 [[NAME:Bakker]] (sp?) -> MICU, d/w [[NAME:Tran]] (MICU fellow). [[NAME:Hunter]] to f/u family, wife not answering.
0410 FROM lab x[[PHONE:2-6650]]: CRITICAL {{lab:K 6.8}} rm 604 [[NAME:Greene, Marcus]], read back to [[NAME:Yu]].
0412 {{drug:calcium gluconate}} {{dose:1 g}}, {{drug:insulin}} {{dose:10 units}} + D50, EKG - peaked T. repeat K 0600. cc [[NAME:Whitley]] (renal) in AM.
""", summary="""
Overnight hospitalist pages: [[NAME:BAKER]] in 718 became hypotensive with {{lab:lactate 3.4}} and went to the MICU after discussion with [[NAME:Tran]]; a critical {{lab:K 6.8}} on [[NAME:Greene, Marcus]] was read back to [[NAME:Yu]] and treated.
"""),

    dict(style="secure_chat", note="""
SECURE CHAT - 4 SOUTH CARE TEAM   [[DATE:11/05/2024]]
08:02 [[NAME:mwright]] (RN): 412 [[NAME:Ellison]] asking again abt rehab. any update?
08:05 [[NAME:dbaker2]] (CM): waiting on PT note, then I can send SNF packet. case mgmt has auth started.
08:06 [[NAME:jcase]] (MD): thx. PT says [[NAME:Bishop]] will sign by noon
08:07 [[NAME:mwright]] (RN): ok so [[NAME:Baker]] to send the forms after noon? will tell pt + dtr
09:40 [[NAME:jcase]] (MD): 409 [[NAME:Lovett]] {{lab:Hgb 6.9}}, consent for 1u PRBC signed, pls hang
09:41 [[NAME:mwright]] (RN): got it, hanging after 2nd RN check w [[NAME:sunny]]
11:15 [[NAME:tgreene]] (PharmD): 412 {{drug:Eliquis}} {{dose:5 mg}} bid ok, {{lab:Cr 1.1}}, no change
12:20 [[NAME:dbaker2]] (CM): PT note in. forms faxed to SNF fax [[PHONE:(555) 308-2217]], ref # [[MRN:RF-2291044]]
12:21 [[NAME:mwright]] (RN): told [[NAME:Ellison]] + daughter [[NAME:Summer]]. she'll bring clothes this evening
13:02 [[NAME:jcase]] (MD): 409 post-transfusion H/H at 1500 pls. target > 7
""", summary="""
Care-team chat on [[DATE:11/05/2024]]: SNF forms for [[NAME:Ellison]] were faxed by [[NAME:dbaker2]] once PT signed, and [[NAME:Lovett]] was transfused for {{lab:Hgb 6.9}}.
"""),

    dict(style="icu_flowsheet_note", note="""
NEURO ICU - RN SHIFT ASSESSMENT (day)
Neuro: {{score:GCS 14}} (E4V4M6), {{score:NIHSS 3}}, PERRLA 3 mm brisk. mild R pronator drift. {{score:RASS 0}}.
CV: NSR 70s, {{vital:BP 148/76}} - goal SBP < 160, {{drug:Cardene}} gtt @ {{dose:2.5 mg/hr}}.
Resp: RA, {{vital:SpO2 97%}}, IS to 1250, lungs clear.
GI/GU: NPO - failed Yale swallow screen, SLP bedside eval pending. {{eponym:Foley}} placed for retention (PVR 640), UOP 60 mL/hr.
Skin: {{score:Braden 15}}, heels floated in Prevalon boots, sacral Mepilex intact.
Lines: L PIV 20g x2. R radial art line, {{eponym:Allen}} test neg prior.
Safety: {{score:Morse 55}}, bed alarm, seizure precautions, q1h neuro checks x24h then q2h.
Meds: {{drug:Keppra}} {{dose:500 mg}} IV q12h, {{drug:atorvastatin}} {{dose:80 mg}} held until swallow cleared, {{drug:Protonix}} {{dose:40 mg}} IV daily.
Plan: MRI brain w/wo in AM, Stroke Neurology to reassess, PT/OT consults placed, Case Management for dispo.
""", summary="""
Neuro ICU patient with {{score:GCS 14}} and {{score:NIHSS 3}}, blood pressure controlled on {{drug:Cardene}}, NPO after a failed swallow screen and a {{eponym:Foley}} for retention; MRI is planned for the morning.
"""),

    dict(style="handoff_sheet", note="""
HANDOFF 3W 1900   rm 316
Pt: [[NAME:Nguyễn Văn Đức]] (armband: [[NAME:NGUYEN, VAN DUC]])  {{age:78}}M  MRN [[MRN:4418206]]  CSN [[MRN:900338127]]
Vietnamese speaking. iPad interp ok overnight; in-person interp [[NAME:Hồ Thị Ngọc Lan]] was here 1400 - pls book again for AM rounds, ext [[PHONE:3188]], ask for [[NAME:Lan]]. (sched lists her as [[NAME:Ho Thi Ngoc Lan]].)
Dx: CAP RLL + AKI, {{lab:Cr 2.4}} (baseline {{lab:Cr 1.1}}).
Abx: {{drug:ceftriaxone}} {{dose:1 g}} IV q24h + {{drug:azithromycin}} {{dose:500 mg}} IV q24h, due 2200.
VS: {{vital:T 38.2}} @ 1600, {{drug:Tylenol}} {{dose:650 mg}} po. {{vital:RR 24}}, {{vital:SpO2 91%}} on 3L.
Family: son [[NAME:Khoa]] (speaks English) at bedside til 2000, cell [[PHONE:+1 (408) 555-0196]]. wife [[NAME:Trần Thị Mai]] ("[[NAME:Tran Thi Mai]]" in chart) calls at night - Mr. [[NAME:Đức]] wants her updated.
To do: strict I&O, renal US tmrw, BMP 0400. if spikes again, BCx x2 + call [[NAME:Gallagher]] pgr [[PHONE:2291]].
""", summary="""
[[NAME:Nguyễn Văn Đức]], {{age:78}}, has right lower lobe pneumonia and AKI ({{lab:Cr 2.4}}) and was febrile to {{vital:T 38.2}}; interpreter [[NAME:Hồ Thị Ngọc Lan]] should be rebooked for rounds. Son [[NAME:Khoa]] is the English-speaking contact.
"""),

    dict(style="nursing_note", note="""
RN NOTE 1520 - 8 NORTH
Nephew [[NAME:Wade Hollister]] arrived w copy of court order captioned "In re the Guardianship of [[NAME:Grace M. Whitfield]], an Incapacitated Adult", Probate Court Case No. [[MRN:24-PR-01173]], entered [[DATE:October 9, 2024]].
Letters of Guardianship name [[NAME:Wade T. Hollister]] guardian of the person only (not estate). Copy scanned to Media tab, original returned. SW [[NAME:Dionne]] notified, she will update the facesheet.
Nephew states pt's former name on SS card is [[NAME:Grace Millicent Ashby]]; registration + billing aware (acct [[MRN:A0049917265]]).
Ms. [[NAME:Whitfield]] calm, oriented to self only, {{score:MoCA 11/30}} per OT on [[DATE:10/21]]. said grace before supper, ate 75%.
{{vital:BP 132/70}} {{vital:HR 76}}, {{score:pain 0/10}}. {{drug:Seroquel}} {{dose:12.5 mg}} po qHS unchanged.
[[NAME:Grace]] asked for her church (Faith Tabernacle) to visit - chaplain Rev. [[NAME:Amos Lyle]] paged.
""", summary="""
Nephew [[NAME:Wade Hollister]] brought a probate order naming him guardian of the person for [[NAME:Grace M. Whitfield]]; SW [[NAME:Dionne]] was notified and the copy scanned. The patient remains oriented to self only ({{score:MoCA 11/30}}).
"""),

    dict(style="census_transcription", note="""
MIDNIGHT CENSUS - 4 WEST (GERI/MED)   [[DATE:03MAR2025]]
BED   PATIENT                 AGE   MRN        ADM     ATTENDING    COMMENT
401A  [[NAME:FOLEY, ROSEMARY A]]      {{age:81}}    [[MRN:6604127]]    [[DATE:02/27]]   [[NAME:OYELARAN]]     {{eponym:Foley}} placed [[DATE:3/1]], UCx pend
401B  [[NAME:HUNTER, SILAS]]          [[AGE:94]]    [[MRN:6598830]]    [[DATE:02/28]]   [[NAME:OYELARAN]]     DNR/DNI, hospice consult
402A  [[NAME:McGRATH, EILEEN T]]      [[AGE:90]]    [[MRN:6612904]]    [[DATE:03/01]]   [[NAME:PRICE]]        {{lab:Na 128}}, fluid restrict
402B  -- blocked, isolation (flu A) --
403A  [[NAME:JOHNSON, BOOKER T]]      {{age:88}}    [[MRN:6577419]]    [[DATE:02/25]]   [[NAME:PRICE]]        d/c to [[ADDRESS:Lawrenceburg]] w HH in AM
403B  [[NAME:ST. CLAIR, MAY]]         [[AGE:101]]   [[MRN:6620075]]    [[DATE:03/02]]   [[NAME:DOSS]]         1:1 sitter, CAM +
404A  [[NAME:WASHINGTON, ODESSA]]     {{age:79}}    [[MRN:6609288]]    [[DATE:03/01]]   [[NAME:DOSS]]         {{drug:Eliquis}} held, GI bleed w/u
404B  [[NAME:GREEN, ARTHUR]] "[[NAME:ART]]" {{age:86}}    [[MRN:6618341]]    [[DATE:03/02]]   [[NAME:PRICE]]        {{score:PPS 40%}}, family mtg [[DATE:3/4]] 1400
TOTAL 7 / 8 beds (1 blocked). pending admits: 0. transfers out: 0.
printed 0002 by [[NAME:rw]] - sec. night charge [[NAME:Colleen]] verified.
""", summary="""
Midnight census for 4 West on [[DATE:03MAR2025]] lists seven patients, among them [[NAME:HUNTER, SILAS]] ([[AGE:94]]) and [[NAME:ST. CLAIR, MAY]] ([[AGE:101]]); [[NAME:FOLEY, ROSEMARY A]] has a {{eponym:Foley}} catheter with urine culture pending.
"""),

    dict(style="pager_log", note="""
SECURE TEXT THREAD - ortho PA on call
[[DATE:Sat 9/14]] 1840 from 6N charge [[NAME:Tamika]]: new admit 622, [[AGE:ninety-one]] yo F s/p mech fall, R hip fx, for OR tmrw w [[NAME:Donnelly]]. pls put in orders
1842 reply: ok. hold {{drug:Eliquis}}, last dose 0800 per dtr. {{drug:Tylenol}} {{dose:1 g}} q8h, {{drug:oxycodone}} {{dose:2.5 mg}} q4h prn, fascia iliaca block by anes if {{score:pain > 7/10}}
1915 from 622 RN [[NAME:Colm]]: HR 110s, {{vital:BP 102/60}}, {{lab:Hgb 9.8}} (was {{lab:Hgb 11.2}} in ED)
1916 reply: NS {{dose:500 mL}} bolus, H/H 2300, T&S. let [[NAME:Donnelly]] know if < 8
2050 from operator: dtr [[NAME:Faith O'Hara]] asking if mom (age [[AGE:91]]) can keep her rosary in OR. says she has faith in the team but mom is scared
2052 reply: yes, pre-op RN can pin it to gown. NPO after MN. consent in AM w [[NAME:Donnelly]] + [[NAME:Faith]] (HCP), [[PHONE:(502) 555-0121]]
2305 from [[NAME:colm]]: H/H {{lab:Hgb 9.1}}, HR 98 after bolus
2306 reply: ok, no transfusion tonight, AM CBC. thx
""", summary="""
A [[AGE:91]]-year-old woman with a right hip fracture was admitted for surgery with [[NAME:Donnelly]]; {{drug:Eliquis}} was held and a fluid bolus given for tachycardia with {{lab:Hgb 9.8}}. Daughter [[NAME:Faith O'Hara]] is HCP and will be at consent.
"""),

    dict(style="nursing_shorthand", note="""
SHIFT SUMMARY 0700-1900   rm 3112   POD 1 R TKA
Mr. [[NAME:Cormac Ó Briain]] - goes by "[[NAME:Mac]]". up to chair x2 w PT ([[NAME:siobhan]]), amb 40 ft w RW, CPM 0-60 deg x2h.
pain {{score:4/10}} on sched {{drug:Tylenol}} + {{drug:oxycodone}} {{dose:5 mg}} q4h prn (x2 doses). ice + elevation.
{{drug:Lovenox}} {{dose:40 mg}} sc daily 0900 given. Hemovac 120 mL/shift, serosang. Aquacel dsg CDI.
{{vital:BP 118/72}} {{vital:HR 84}} {{vital:T 37.6}}. voiding qs, no {{eponym:Foley}}. IS 1500.
wife [[NAME:Bridget]] + son [[NAME:Declan McGuire-O'Brien]] visiting - want d/c home to [[ADDRESS:Scituate]] vs rehab. CM [[NAME:Keane]] to see in AM.
NB: pharmacy label says "[[NAME:O'Brien]]", lab label "[[NAME:OBrien, Cormac]]" - pt corrected us, spelling is [[NAME:Ó Briain]]. registration fixed w [[NAME:maureen]] in admitting 1430, new labels printed.
[[NAME:Mac]] asking for a beer w dinner, politely declined.
-[[NAME:B. Sheehan]] RN
""", summary="""
[[NAME:Cormac Ó Briain]] is POD 1 from a right TKA, walking 40 ft with PT [[NAME:siobhan]], pain {{score:4/10}} and on {{drug:Lovenox}}. Family [[NAME:Bridget]] and [[NAME:Declan McGuire-O'Brien]] are weighing home versus rehab; CM [[NAME:Keane]] will see him.
"""),

    dict(style="secure_chat", note="""
TigerConnect - 9 EAST - [[DATE:2/11]]
14:03 [[NAME:LaShonda Pryor]] RN: Dr [[NAME:Okafor]] 914 [[NAME:DeShawn Merriweather]] wants to leave AMA. says his ride [[NAME:Ty]] is downstairs
14:05 [[NAME:Okafor]] MD: on my way. pls don't pull IV. still on {{drug:heparin}} gtt?
14:05 [[NAME:LaShonda Pryor]] RN: yes {{dose:18 units/kg/hr}}, last {{lab:anti-Xa 0.42}}
14:20 [[NAME:Okafor]] MD: talked w him + mom [[NAME:Earnestine]] on speaker. he'll stay tonight if we switch to po. stop gtt 1600, {{drug:Eliquis}} {{dose:10 mg}} bid x7d then {{dose:5 mg}} bid, first dose 1600
14:22 [[NAME:lpryor]]: ok. [[NAME:Jo]] from pharm verifying now
14:40 [[NAME:jwatts]] PharmD: verified. Medicaid ID [[MRN:QM48201937]] on file, $0 copay for {{drug:Eliquis}}, meds to beds will deliver
15:02 [[NAME:lpryor]]: [[NAME:Ty]] came up, says he will bring [[NAME:DeShawn]]'s clothes tmrw. pt calmer, ate lunch
15:03 [[NAME:Okafor]] MD: thank you [[NAME:LaShonda]]
""", summary="""
[[NAME:DeShawn Merriweather]], on a {{drug:heparin}} drip, wanted to leave AMA; after Dr. [[NAME:Okafor]] spoke with him and his mother [[NAME:Earnestine]] he stayed with a switch to {{drug:Eliquis}}. Pharmacist [[NAME:jwatts]] confirmed Medicaid coverage.
"""),

    dict(style="sbar_transfer", note="""
SBAR - SICU -> 5 SOUTH   [[DATE:2025-01-17]]
S: [[NAME:Łukasz Wróbel]] {{age:45}}M (wristband + lab labels print "[[NAME:WROBEL, LUKASZ]]"), POD 3 ex lap for SBO w 20 cm SB resection.
B: {{eponym:Crohn}} disease on {{drug:Humira}} (last dose [[DATE:12/29]]), prior ileocecectomy. NKDA.
A: {{vital:BP 124/70}} {{vital:HR 88}} {{vital:T 37.4}} {{vital:SpO2 96%}} RA. NGT clamped since 0600, tolerating, +flatus.
   {{lab:Mg 1.6}} -> {{drug:magnesium sulfate}} {{dose:2 g}} IV, done 1230. midline w staples, dry. PCA d/c'd, now {{drug:Dilaudid}} {{dose:0.5 mg}} IV q3h prn.
   partner [[NAME:Zuzana Dvořáková]] (visitor badge says "[[NAME:Dvorakova]]") is emergency contact - in Czech Republic til Sun, [[PHONE:+420 602 555 118]]; local cell [[PHONE:(312) 555-0177]].
R: pull NGT if residual < 200 mL at 1400, then clears. surg team [[NAME:Wu]] / [[NAME:Ambrose R]], page via operator.
   {{drug:heparin}} {{dose:5000 units}} sc q8h, SCDs on.
report [[NAME:Nkechi]] -> [[NAME:brandy]] 1510.
""", summary="""
[[NAME:Łukasz Wróbel]], {{age:45}}, is POD 3 from small-bowel resection for obstruction with {{eponym:Crohn}} disease, moving to the floor on an NGT clamp trial after {{lab:Mg 1.6}} was repleted. Partner [[NAME:Zuzana Dvořáková]] is the emergency contact.
"""),

    dict(style="unit_huddle_board", note="""
UNIT HUDDLE BOARD - 7 WEST (day shift)
SAFETY: 0 falls x 41 days | CAUTI 0 | CLABSI 0 | HAPI 1 (stage 2 sacrum, {{score:Braden 12}})
REMINDERS
- every {{eponym:Foley}} needs daily necessity check in Epic (Nurse-Driven Removal Protocol)
- {{drug:Heparin}} gtt titrated per Anti-Xa nomogram; Pharmacy verifies each rate change
- Sepsis BPA fires at {{vital:HR > 90}} + {{vital:T > 38.3}} - call RRT if {{lab:lactate > 2}}
- {{score:CIWA-Ar > 10}} -> {{drug:Ativan}} per protocol, reassess in 1 hr
- {{eponym:Hoyer}} lift + Sara Stedy in clean utility; Stryker bed batteries swapped Thurs
- Ambu bag / suction check sheet due before 0800
- Glucometer QC failed on unit 2 - use unit 1 until Biomed returns it
GOALS: 4 d/c's before 1100; bedside shift report with white board updated; we will call Dietary re late trays.
STAFFING: 6 RN / 2 PCT, float from 6E until 1500, no sitter available - use TeleSitter.
""", summary="""
7 West huddle board: no falls for 41 days and one stage 2 pressure injury, with reminders on {{eponym:Foley}} necessity checks, {{drug:heparin}} titration, sepsis alerts and {{score:CIWA-Ar > 10}} dosing.
"""),

    dict(style="nursing_admission_note", note="""
NURSING ADMISSION NOTE - 6 NORTH (neuro/med)
[[NAME:Rose Parkinson]], {{age:72}}F, adm from ED w falls x3 this week + visual hallucinations. PMH {{eponym:Parkinson}} disease x 12 yrs, DBS (2019), orthostatic hypotension, OAB.
Ms. [[NAME:Parkinson]] very particular re med timing: {{drug:Sinemet}} {{dose:25/100}} {{dose:1.5 tab}} at 0600/0900/1200/1500/1800/2100 - TIME CRITICAL, entered as such in MAR. brought own {{drug:Rytary}}, sent to pharmacy for ID (bottle labeled "[[NAME:R. Parkinson]]").
orthostatics: {{vital:BP 142/80}} lying -> {{vital:BP 104/62}} standing, dizzy.
fall risk high {{score:Morse 75}}: chair alarm, gait belt, assist x1, non-skid socks.
NO {{drug:Haldol}} / {{drug:Reglan}} - contraindicated in PD, allergy band updated w pharm [[NAME:Lyle]].
husband [[NAME:Leland]] staying overnight in recliner. per him she rose at 0400 most nights to void, hallucinations started after {{drug:oxybutynin}} added in June.
DBS programmer in her purse, locked in valuables; neurology ([[NAME:Vo]]) aware.
""", summary="""
[[NAME:Rose Parkinson]], {{age:72}}, with {{eponym:Parkinson}} disease, was admitted for falls and hallucinations with orthostatic hypotension; her {{drug:Sinemet}} is time-critical and she is a high fall risk ({{score:Morse 75}}). Husband [[NAME:Leland]] is staying overnight.
"""),

    dict(style="rrt_page_log", note="""
RRT PAGE LOG   [[DATE:Nov 5]]
0212 RRT 8S rm 827 - [[NAME:Çağlar Öztürk]] {{age:58}}M acute SOB. team: RRT RN [[NAME:Cole]], RT [[NAME:Ansel]], MD [[NAME:Baptiste]].
0214 {{vital:RR 32}} {{vital:SpO2 84%}} RA -> NRB 15L -> {{vital:SpO2 93%}}. {{vital:BP 168/94}}. crackles bilat to mid fields.
0220 {{drug:Lasix}} {{dose:40 mg}} IV, {{drug:nitroglycerin}} {{dose:0.4 mg}} sl x1, portable CXR, {{vital:BiPAP 12/6}} 50%.
0240 {{lab:BNP 1870}}, {{lab:troponin 0.09}}. wife [[NAME:Ayşe]] called [[PHONE:(617) 555-0164]]; Turkish, interp line used (interp ID [[MRN:408815]]).
0255 to CCU, accepted by [[NAME:Brennan]]. NB: ADT lists pt as [[NAME:OZTURK, CAGLAR]] - matched by MRN [[MRN:5520946]] + DOB [[DATE:4/22/1966]].
0300 RRT closed. debrief [[NAME:cole]]/[[NAME:ab]]: BiPAP arrived in 6 min.
""", summary="""
Rapid response for [[NAME:Çağlar Öztürk]], {{age:58}}, in flash pulmonary edema treated with {{drug:Lasix}}, {{drug:nitroglycerin}} and BiPAP before transfer to CCU under [[NAME:Brennan]]; wife [[NAME:Ayşe]] was updated through an interpreter.
"""),

    dict(style="bedside_report_card", note="""
BEDSIDE REPORT CARD - MICU bed 12
Name: [[NAME:Þórunn Guðmundsdóttir]] - registered as [[NAME:GUDMUNDSDOTTIR, THORUNN]]; goes by "[[NAME:Tóta]]"
{{age:63}}F, visiting from [[ADDRESS:Reykjavík]] on a cruise stop.
Dx: septic shock 2/2 pyelo. {{drug:norepinephrine}} {{dose:0.08 mcg/kg/min}}, MAP goal > 65. {{lab:lactate 2.9}} -> {{lab:lactate 1.7}}.
Abx: {{drug:meropenem}} {{dose:1 g}} IV q8h; UCx GNR, sensis pending.
Lines: R IJ CVC, L radial A-line, {{eponym:Foley}} UOP 35-50 mL/hr.
$$: travel insurance member ID [[MRN:SJV-77120483]], claim [[MRN:CLM2025-004417]] - fin counselor [[NAME:Penny]] has copies.
Family: husband [[NAME:Sigurður]] at bedside (English ok), cell [[PHONE:+354 862 5514]]. daughter [[NAME:Hildur]] flying in [[DATE:Thurs the 20th]].
Overnight: wean pressor to MAP, AM labs 0400, if MAP < 60 on {{dose:0.15 mcg/kg/min}} add {{drug:vasopressin}} + page [[NAME:MacAuley]] x[[PHONE:7740]].
""", summary="""
[[NAME:Þórunn Guðmundsdóttir]], {{age:63}}, visiting from [[ADDRESS:Reykjavík]], is in septic shock from pyelonephritis on {{drug:norepinephrine}} and {{drug:meropenem}} with lactate clearing. Husband [[NAME:Sigurður]] is at the bedside and daughter [[NAME:Hildur]] arrives [[DATE:Thurs the 20th]].
"""),

    dict(style="nursing_note", note="""
RN NOTE 1105 - 4 EAST
HCPOA doc received from dtr, copy to Media. It reads: "DURABLE POWER OF ATTORNEY FOR HEALTH CARE. I, [[NAME:Claudette Mae Fontenot]], of [[ADDRESS:Opelousas]], Louisiana, appoint my daughter [[NAME:Angelle F. Broussard]] as my agent, and if she is unable, my son [[NAME:Remy Fontenot]]. Executed this [[DATE:3rd day of March, 2022]]."
witnessed by [[NAME:J. Thibodeaux]] + [[NAME:Odile Guidry]]; notarized by [[NAME:L. Guidry]], notary ID [[MRN:58213]].
orig returned to [[NAME:Angelle]]. CM [[NAME:Page]] aware + updating contacts.
Ms. [[NAME:Fontenot]] remains lethargic, {{score:GCS 13}}, {{lab:Na 124}} (was {{lab:Na 121}}). fluid restrict 1.2 L, {{drug:tolvaptan}} {{dose:15 mg}} po given 0900. Na q6h, next 1500.
{{vital:BP 110/64}} {{vital:HR 70}}. seizure precautions in place. will page renal if Na rises > 8 in 24h.
""", summary="""
A durable healthcare POA for [[NAME:Claudette Mae Fontenot]] naming daughter [[NAME:Angelle F. Broussard]] as agent was scanned into the chart and CM [[NAME:Page]] is updating contacts. The patient remains lethargic with {{lab:Na 124}} on {{drug:tolvaptan}}.
"""),

    dict(style="discharge_board", note="""
DISCHARGE BOARD 5 EAST   [[DATE:Fri June 13]]
508 [[NAME:April Kinsey]] - home today, ride = husband [[NAME:Will]] @ 1300. {{drug:Lovenox}} {{dose:40 mg}} sc teach done x1, will need 2nd session. prior adm April 2024.
510 [[NAME:Booker]] - SNF; [[NAME:Summer]] (CM) sent packet, auth # [[MRN:PA-6618203]]. transport 1500.
512 [[NAME:june haskins]] - HOLD, {{lab:INR 3.8}} on {{drug:warfarin}}, recheck AM. dtr [[NAME:May]] aware ([[PHONE:555-0122]]).
514 [[NAME:Sonny Blackwell]] - home w HH, f/u w [[NAME:Whitley]] clinic [[DATE:6/24]], rx to Walgreens.
516 [[NAME:Ng]] - maybe PM, waiting on {{lab:Hgb}} + PT clearance.
NOTES: PT slots full till mid-June, prioritize 508/514. [[NAME:Will]] (unit sec) out at 1500 - [[NAME:Rosa]] covering phones.
""", summary="""
Discharge board for [[DATE:Fri June 13]]: [[NAME:April Kinsey]] goes home with husband [[NAME:Will]] after {{drug:Lovenox}} teaching, [[NAME:Booker]] goes to SNF, and [[NAME:june haskins]] is held for {{lab:INR 3.8}}.
"""),

    dict(style="pharmacy_page_log", note="""
PAGE TEXT LOG - PHARMACY ON CALL (nights)
2130 7W: {{drug:vancomycin}} trough timing w dose 4 -> draw 30 min before, done.
2215 MICU: {{drug:Precedex}} max rate? -> {{dose:1.5 mcg/kg/hr}} per protocol, currently {{dose:0.7 mcg/kg/hr}}.
2340 ED: {{drug:Kcentra}} for {{lab:INR 4.1}} w SDH -> {{dose:25 units/kg}}, + {{drug:vitamin K}} {{dose:10 mg}} IV.
0105 5N: {{drug:Zosyn}} ext infusion Y-site w {{drug:heparin}}? compatible.
0250 L&D: {{drug:Pitocin}} conc confirmed {{dose:30 units/500 mL}}.
0415 6E: {{lab:BG 48}} after {{drug:Lantus}} {{dose:30 units}} - D50 {{dose:25 g}} given, hold AM dose, team to reduce to {{dose:20 units}}.
0530 ICU: {{drug:cefepime}} renal dose for CrCl 25 -> {{dose:1 g}} q12h.
handoff to days 0700, 0 outstanding verifications.
""", summary="""
Overnight pharmacy pages covered {{drug:vancomycin}} trough timing, {{drug:Kcentra}} reversal for {{lab:INR 4.1}}, hypoglycemia to {{lab:BG 48}} after {{drug:Lantus}}, and renal dosing of {{drug:cefepime}}.
"""),
]
