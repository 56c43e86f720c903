NOTES = [
    dict(style="ed_trackboard", note="""
ED TRACKBOARD  Main Dept   [[DATE:11/03/2025]] 14:22   census 31 / waiting 9 / boarding 4
RM   PATIENT                      AGE  CC                      ESI  RN   PROV              NOTES
A02  [[NAME:HADDAD, Yousef K]]            {{age:58}}   CP r/o ACS              2    [[NAME:MK]]   [[NAME:Farrell]]           {{lab:trop 14}} -> repeat 15:10
A04  [[NAME:O'SULLIVAN, Niamh]]           {{age:23}}   RLQ pain                3    [[NAME:MK]]   [[NAME:Farrell]]           CT A/P w contrast, {{lab:WBC 13.8}}
A07  [[NAME:VOLKOV, Dmitri A]]            {{age:71}}   SOB / CHF exac          2    [[NAME:jb]]   [[NAME:Rahimi]] PA         BiPAP, {{drug:Lasix}} {{dose:80 mg}} IV given 13:50
B11  [[NAME:POPESCU, Ioana]]              [[AGE:93]]   fall, L hip             3    [[NAME:jb]]   [[NAME:Farrell]]           XR pelvis, ortho paged ([[NAME:McLeod]])
B12  [[NAME:NOORI, Zarghuna]]             {{age:34}}   HA, 38 wk G3P2          2    [[NAME:TÓ]]   OB RRT            {{vital:BP 162/104}}, Mg load started
HW3  [[NAME:KING, Hope]]                  {{age:19}}   lac R palm              4    [[NAME:TÓ]]   [[NAME:Rahimi]] PA         irrigated, 4-0 nylon vs Dermabond
C01  [[NAME:BONDARENKO, Oleksandr]]       {{age:45}}   ETOH, {{score:GCS 13}}          2    [[NAME:DC]]   [[NAME:Farrell]]           sitter [[NAME:Jordan]], CT head neg
WR   [[NAME:AL-JABOURI, Ali]]             {{age:66}}   dizzy x2d               3    --   --                ECG NSR, {{vital:HR 52}}, reassess 15:00
Charge RN: [[NAME:Deirdre Callaghan]] x[[PHONE:4471]]    Attending: [[NAME:Farrell, Ciarán]] MD    Flow: [[NAME:sk]]
""", summary="""
Trackboard of [[DATE:11/03/2025]] lists eight ED patients under [[NAME:Farrell]] and [[NAME:Rahimi]] PA, including [[NAME:POPESCU, Ioana]] ([[AGE:93]]) with a hip injury after a fall and [[NAME:NOORI, Zarghuna]] with severe-range pressures at 38 weeks.
"""),

    dict(style="census_board", note="""
6 WEST MED-SURG CENSUS -- nights   [[DATE:Tues 4/8]]
Bed  Pt              Dx                 Code     Iso    RN/PCT   Notes
601  [[NAME:MURPHY B]]        CAP                FULL     drop   [[NAME:JL]]/[[NAME:ak]]    {{drug:Zosyn}} narrowed to {{drug:ceftriaxone}} [[DATE:4/7]]; BCx [[DATE:4/6]] NGTD
602  [[NAME:SAMADI F]]        DKA, resolving     FULL     --     [[NAME:JL]]/[[NAME:ak]]    gap closed, {{drug:Lantus}} {{dose:22 units}} qHS, {{lab:BG 188}}
603  [[NAME:YOUNG M]]         cellulitis LLE     DNR      MRSA   [[NAME:JL]]/[[NAME:ak]]    borders marked, pain 4/10, young-appearing but frail
604  [[NAME:IVANOVA T]]       GNR bacteremia     FULL     --     [[NAME:RS]]/[[NAME:ak]]    BCx 2/2 GNR [[DATE:4/5]], repeat [[DATE:4/7]] pending; PICC ok'd by ID
605  [[NAME:MacKENZIE A]]     SBO                FULL     --     [[NAME:RS]]/[[NAME:ak]]    NGT LIWS 600 mL out, surg following ([[NAME:Drummond]])
606  [[NAME:RASULI H]]        COPD exac          DNR/DNI  drop   [[NAME:RS]]/[[NAME:mw]]    {{drug:prednisone}} {{dose:40 mg}} day 3/5, 2L NC, {{vital:SpO2 91%}}
607  -- clean, holding for ED admit ([[NAME:Shirazi]], chest pain)
608  [[NAME:GRACE P]]         fall, UTI          FULL     --     [[NAME:RS]]/[[NAME:mw]]    {{eponym:Foley}} out [[DATE:4/7]] 1400, due to void by 0200
Charge [[NAME:leila t]]   House sup [[NAME:Fergus Boyd]] pgr [[PHONE:2207]]   Rapid response x[[PHONE:5555]]
""", summary="""
Night census of 6 West on [[DATE:Tues 4/8]]: [[NAME:IVANOVA T]] has GNR bacteremia with repeat cultures pending, [[NAME:MURPHY B]] was narrowed to ceftriaxone, and bed 607 is held for [[NAME:Shirazi]] from the ED.
"""),

    dict(style="or_schedule", note="""
MAIN OR SCHEDULE     [[DATE:Monday, 17 March 2025]]     posted by [[NAME:cmurray2]] [[DATE:3/16]] 16:40
Rm    Start  Patient / MRN                               Procedure                          Surgeon         Anes
OR 1  0730   [[NAME:KOVALENKO, Iryna V]]  [[MRN:00483921]]          Lap cholecystectomy                [[NAME:Sinclair]]        [[NAME:Ahmadi]]
OR 1  1000   [[NAME:DOUGHERTY, Sean P Jr.]]  [[MRN:00511870]]       R inguinal hernia ({{eponym:Lichtenstein}})   [[NAME:Sinclair]]        [[NAME:Ahmadi]]
OR 2  0745   [[NAME:AL-SAADI, Mustafa]]  [[MRN:00377402]]           L TKA                              [[NAME:Grigorescu]]      [[NAME:Ahmadi]]
OR 2  1130   [[NAME:PAGE, Summer]]  [[MRN:00602115]]                L carpal tunnel release            [[NAME:Grigorescu]]      MAC
OR 3  0800   [[NAME:FARZANEH, Shirin]]  [[MRN:00455908]]            Robotic TLH/BSO                    [[NAME:Ní Bhriain]]      [[NAME:Lupu]]
OR 4  add-on [[NAME:SMIRNOV, Pavel]]  [[MRN:00619344]]              I&D R thigh abscess                [[NAME:Sinclair]]        TBD
Comments:
- [[NAME:Al-Saadi]]: {{drug:Eliquis}} held since [[DATE:3/13]], {{lab:Hgb 12.9}}, adductor canal block by [[NAME:ON]] in holding.
- [[NAME:Page]]: {{age:17}}, consent with mother [[NAME:April Page]]; page [[NAME:Grigorescu]] when she arrives.
- OR 3 needs steep {{eponym:Trendelenburg}}, arms tucked; {{lab:K 3.4}} on [[DATE:3/14]], recheck AM.
- [[NAME:Smirnov]] NPO since 0200, {{vital:T 38.6}}, {{drug:vancomycin}} {{dose:1.5 g}} given in ED.
""", summary="""
Main OR schedule for [[DATE:Monday, 17 March 2025]] lists six cases for [[NAME:Sinclair]], [[NAME:Grigorescu]] and [[NAME:Ní Bhriain]], including a knee replacement for [[NAME:AL-SAADI, Mustafa]] with Eliquis held since [[DATE:3/13]] and an add-on abscess drainage for [[NAME:SMIRNOV, Pavel]].
"""),

    dict(style="dialysis_run_sheet", note="""
OUTPATIENT HEMODIALYSIS TREATMENT RECORD            Riverside Kidney Center, chair 14
Patient: [[NAME:RUSU, Gheorghe]]     DOB [[DATE:02/09/1951]]     MRN [[MRN:D-118402]]
Tx date: [[DATE:05/22/2025]]   Sched: MWF 2nd shift   Nephrologist: [[NAME:Avram]]
Access: L brachiocephalic AVF, thrill/bruit present, 15G x2
Dry wt 78.5 kg   Pre 81.2 kg   Goal UF 2.7 L   Dialyzer Optiflux F180NR, 2K/2.5Ca, {{drug:heparin}} {{dose:2000 units}} bolus
Time   BP        HR   Qb    VP    AP     UF(L)  Init
1302   {{vital:168/92}}    78   400   160   -190   0.0    [[NAME:KD]]
1332   {{vital:154/88}}    80   400   170   -200   0.5    [[NAME:KD]]
1402   {{vital:138/80}}    84   400   170   -200   1.1    [[NAME:LW]]
1432   {{vital:112/64}}    96   350   150   -180   1.6    [[NAME:LW]]   cramping, UF off 10 min, NS 200 mL
1502   {{vital:126/70}}    88   400   165   -195   2.0    [[NAME:KD]]
1602   {{vital:132/76}}    82   400   170   -200   2.6    [[NAME:KD]]
Post 80.6 kg (above dry wt). Meds: {{drug:Epogen}} {{dose:4000 units}} IV, {{drug:Venofer}} {{dose:100 mg}} IV.
Monthly labs: {{lab:Hgb 9.8}}, {{lab:K 5.6}}, {{lab:Phos 6.1}}, {{lab:Kt/V 1.38}}.
Pt asks that Dr. [[NAME:Avram]] call daughter [[NAME:Mirela]] re: transport, [[PHONE:(614) 555-0187]].
[[NAME:Kerry Donnelly]], RN / PCT [[NAME:L. Weir]]
""", summary="""
Hemodialysis on [[DATE:05/22/2025]] for [[NAME:RUSU, Gheorghe]] was complicated by hypotension and cramping at 1432, leaving him above dry weight; Dr. [[NAME:Avram]] is asked to call daughter [[NAME:Mirela]].
"""),

    dict(style="infusion_chair_sheet", note="""
INFUSION CENTER CHAIR SHEET   [[DATE:Thu 10/9]]   RN lead [[NAME:BM]]   pharm verify [[NAME:rk]]
Chr  Appt  Patient                      Regimen                            Dur   RN   Flags
1    0800  [[NAME:HOSSEINI, Darius M]]           {{drug:Remicade}} {{dose:5 mg/kg}} wk 6         2h    [[NAME:BM]]   premed {{drug:Tylenol}} / {{drug:Benadryl}}
2    0800  [[NAME:KUZNETSOVA, Larisa]]           {{drug:Venofer}} {{dose:200 mg}} #3/5              30m   [[NAME:BM]]   Russian interp
3    0830  [[NAME:FRASER, Ewan J]]               IVIG {{dose:0.4 g/kg}} day 2/5              4h    [[NAME:CQ]]   HOLD - see below
4    0900  [[NAME:BROWN, Will]]                  {{drug:Ocrevus}} {{dose:600 mg}}                   3.5h  [[NAME:CQ]]   first full dose
5    0930  [[NAME:QADERI, Mina]]                 {{drug:Reclast}} {{dose:5 mg}}                     30m   [[NAME:BM]]   {{lab:Cr 0.8}} [[DATE:10/6]]
6    1000  [[NAME:SHEVCHENKO, Taras]]            {{drug:Entyvio}} {{dose:300 mg}}                   30m   [[NAME:CQ]]
Notes: chair 3 held - [[NAME:Fraser]] rash after day 1, Dr. [[NAME:Lungu]] to call back by 0800 (x[[PHONE:3318]]).
[[NAME:Kuznetsova]] - interpreter [[NAME:Olga]], badge [[MRN:44172]], booked 0800-0900.
[[NAME:will b]] asked if his wife can stay in chair area; ok per [[NAME:BM]]. We will seat her by chr 4.
""", summary="""
Infusion chair sheet for [[DATE:Thu 10/9]]: [[NAME:FRASER, Ewan J]]'s IVIG is on hold for a rash pending a call from Dr. [[NAME:Lungu]], and [[NAME:KUZNETSOVA, Larisa]] has a Russian interpreter booked.
"""),

    dict(style="ed_sepsis_checklist", note="""
ED SEPSIS BUNDLE -- NURSING CHECKLIST (Pod B)
Time zero: triage screen positive, {{score:qSOFA 2}}, {{vital:HR 118}}, {{vital:RR 24}}, {{vital:BP 88/52}}, {{vital:T 39.1}}
[x] Lactate drawn -- {{lab:lactate 4.2}}
[x] BCx x2 drawn before antibiotics (peripheral L AC, R hand)
[x] {{drug:Zosyn}} {{dose:4.5 g}} IV and {{drug:vancomycin}} {{dose:25 mg/kg}} IV started
[x] 30 mL/kg LR bolus (2.4 L) via pressure bag, Y-site with NS
[x] Repeat lactate due at 3 h
[ ] MAP < 65 after bolus -> {{drug:Levophed}} via 18G pending central line
Source: UA nitrite +, {{lab:WBC 19.6}}, CXR clear. {{eponym:Foley}} placed with sterile technique, cloudy urine.
{{eponym:Glasgow}} {{score:GCS 14}} (confused). Sepsis Alert paged to MICU per ED Sepsis Protocol v3.
""", summary="""
Pod B sepsis checklist documents lactate {{lab:lactate 4.2}}, cultures before antibiotics, Zosyn and vancomycin, and a 30 mL/kg bolus for a presumed urinary source, with pressors pending if MAP stays below 65.
"""),

    dict(style="hl7_adt", note=r"""
MSH|^~\&|EPICADT|STMARY_ED|ADTRECV|HIS|[[DATE:202511031422]]||ADT^A04|MSG00482117|P|2.5.1
EVN|A04|[[DATE:202511031419]]|||[[NAME:RGILLESPIE]]
PID|1||[[MRN:E7710254]]^^^STM^MR~[[MRN:40098122]]^^^STM^AN||[[NAME:KARIMI^FEREYDOUN^R]]||[[DATE:19470615]]|M|||[[ADDRESS:2210 Linden Ave]]^^[[ADDRESS:Dayton]]^OH^[[ADDRESS:45410]]||[[PHONE:(937)555-0144]]||FAS|M||[[MRN:88231019]]|[[SSN:521-44-0917]]
NK1|1|[[NAME:KARIMI^PARVANEH]]|SPO||[[PHONE:(937)555-0198]]
NK1|2|[[NAME:KARIMI^BABAK^^JR]]|SON||[[PHONE:(513)555-0462]]
PV1|1|E|ED^B09^01||||[[MRN:1184093]]^[[NAME:MCGREGOR^ALISTAIR^J]]^^^MD|||EM||||7|||[[MRN:1184093]]^[[NAME:MCGREGOR^ALISTAIR^J]]^^^MD|ER||SELF
PV2|||^SYNCOPE AND COLLAPSE
AL1|1|DA|^PENICILLIN^|MO|HIVES
OBX|1|NM|8867-4^HEART RATE^LN||44|/min|||||F
OBX|2|ST|^TRIAGE NOTE^||farsi interp via iPad ([[NAME:Bahar]] #[[MRN:30217]]); wife [[NAME:Parvaneh]] at bedside, on {{drug:metoprolol}} {{dose:50 mg}} BID, brady 40s||||||F
""", summary="""
ADT registration message of [[DATE:202511031422]] for [[NAME:KARIMI^FEREYDOUN^R]] (MRN [[MRN:E7710254]]) presenting with syncope and a heart rate of 44 on metoprolol, attending [[NAME:MCGREGOR^ALISTAIR^J]], with wife [[NAME:Parvaneh]] as next of kin.
"""),

    dict(style="preop_holding_list", note="""
pre-op holding 0615 -- bays, [[DATE:3/17]]
bay 1 [[NAME:kovalenco]] -- consent signed, site n/a, {{lab:BG 104}}, {{drug:Ancef}} {{dose:2 g}} on call. husband [[NAME:bohdan]] in waiting rm, cell [[PHONE:614-555-0121]]
bay 2 [[NAME:al-saadi]] -- site marked L knee by [[NAME:grigorescu]] 0605, block pending [[NAME:ON]], {{lab:INR 1.1}}. pt asking for arabic tv
bay 3 [[NAME:dougherty jr]] -- states he took {{drug:Plavix}} yesterday?? called [[NAME:sinclair]], pt says actually stopped [[DATE:3/10]], pharmacy fill hx confirms. ok to proceed
bay 4 [[NAME:farzaneh]] -- {{lab:Hgb 10.1}}, T&S done, 2 u crossmatched. sister [[NAME:golnaz]] translating, declined interp
bay 5 empty, page holding when [[NAME:Page]] arrives (summer, 17yo -- mom [[NAME:april]])
tech [[NAME:ty]] swapped bays 4/5 stretchers. [[NAME:c. murray]] aware of delay OR 3.
-- [[NAME:MG]] RN
""", summary="""
Pre-op holding list of [[DATE:3/17]]: [[NAME:dougherty jr]]'s reported Plavix use was clarified as stopped [[DATE:3/10]] and he may proceed, [[NAME:al-saadi]]'s site is marked, and [[NAME:farzaneh]]'s sister is translating.
"""),

    dict(style="bed_request_audit", note="""
BED MANAGEMENT AUDIT TRAIL -- ED to inpatient      [[DATE:2025-01-14]]
Timestamp          User          Action
[[DATE:01/14/25]] 08:02     [[NAME:tmcdonagh]]     Bed request created: [[NAME:LAZĂR, Ștefan]] (CSN [[MRN:88231004]]), tele, dx NSTEMI
[[DATE:01/14/25]] 08:15     [[NAME:ahabibi]]       Assigned 5E-512; pending EVS
[[DATE:01/14/25]] 08:40     [[NAME:ahabibi]]       Reassigned 5E-506 (512 iso room needed for [[NAME:WARDAK, Khalid]])
[[DATE:01/14/25]] 09:05     [[NAME:EVS_dmcrae]]     Room 5E-506 clean
[[DATE:01/14/25]] 09:12     [[NAME:kbaker]]        Report called to [[NAME:Isla Mackay]] RN x[[PHONE:6120]]
[[DATE:01/14/25]] 09:31     [[NAME:tmcdonagh]]     Pt transported, {{drug:heparin}} gtt {{dose:12 units/kg/h}}, {{lab:trop 0.41}}
[[DATE:01/14/25]] 10:02     SYSTEM        Bed request closed
Comment ([[NAME:ahabibi]]): family ([[NAME:Ștefan]]'s son [[NAME:Florin Lazar]]) asked for private room; none available, case noted.
""", summary="""
Audit trail of [[DATE:2025-01-14]] shows [[NAME:LAZĂR, Ștefan]] moved from the ED to 5E-506 on a heparin drip after his first room was given to [[NAME:WARDAK, Khalid]] for isolation; report went to [[NAME:Isla Mackay]] RN.
"""),

    dict(style="dialysis_lab_board", note="""
IN-CENTER HD  TTS 1st shift  -- monthly lab review   Dr. [[NAME:Tkachenko]] / RD [[NAME:Moira Grant]]
Patient                Lab     [[DATE:1/7]]    [[DATE:2/4]]    [[DATE:3/4]]    Plan
[[NAME:NAJAFI, Reza]]          Hgb     9.2     9.6     10.4    ESA no change
                       Alb     3.4     3.5     3.7
[[NAME:DUFFY, Jo]]             Phos    7.8     7.1     6.9     {{drug:Velphoro}} {{dose:500 mg}} TID w/ meals, diet ed
                       PTH     612     --      540     {{drug:Sensipar}} {{dose:30 mg}} start [[DATE:3/6]]
[[NAME:CAMPBELL, Bo]]          K       6.1     5.9     5.2     2K bath, low-K diet reviewed
[[NAME:OREKHOV, Ivan]]         Kt/V    1.12    1.19    1.31    Qb up to 450 [[DATE:2/6]], recirc study [[DATE:2/11]] 4%
[[NAME:HAMOUDI, Zainab]]       Hgb     8.1     8.4     8.0     GI ref for guaiac +, iron sat 14%
Notes: [[NAME:Najafi]] wants to move to Mon/Wed/Fri for work -- social worker [[NAME:Eamon]] checking chairs.
[[NAME:Duffy]] missed [[DATE:2/20]] and [[DATE:2/22]] (transport); [[NAME:Hamoudi]] transplant eval at University Hospital [[DATE:4/2]].
""", summary="""
Monthly dialysis lab review shows rising phosphorus and PTH in [[NAME:DUFFY, Jo]] with Sensipar started [[DATE:3/6]], improved Kt/V in [[NAME:OREKHOV, Ivan]], and persistent anemia in [[NAME:HAMOUDI, Zainab]] prompting GI referral.
"""),

    dict(style="ir_schedule", note="""
INTERVENTIONAL RADIOLOGY -- DAILY SCHEDULE   [[DATE:Wed 6/11]]     IR charge [[NAME:Aoife Brennan]] RN  [[PHONE:(216) 555-0373]]
Time   Patient (LAST, First M)          Loc     Procedure                     Operator      Sedation  Labs
0800   [[NAME:MELNYK, Oksana P]]             OP      Port placement R IJ           [[NAME:Doyle]]         mod       {{lab:Plt 212}} {{lab:INR 1.0}}
0900   [[NAME:ABDULLAH, Haider]]             7N-714  Tunneled HD cath exchange     [[NAME:Doyle]]         mod       {{lab:Plt 98}}
1000   [[NAME:LINCOLN, Georgia May]]         ICU-3   Paracentesis, large vol       [[NAME:Oh]]            local     {{lab:INR 1.9}} -- ok per [[NAME:Oh]]
1100   [[NAME:IONESCU, Radu]]                OP      Liver bx (random), US         [[NAME:Oh]]            mod       hold {{drug:aspirin}} since [[DATE:6/4]]
1300   [[NAME:MAC AN TSAOI, Cormac]]         ED      G-tube, perc                  [[NAME:Doyle]]         mod       PEG [[DATE:5/30]] failed, NPO
1400   [[NAME:DURRANI, Farid]]               5E      PICC                          RN-VAT        none      BCx 2/2 neg x48h
Phone pre-calls: [[NAME:Melnyk]] reached [[DATE:6/10]], ride = husband [[NAME:Vasyl]]; [[NAME:Ionescu]] VM left at [[PHONE:216-555-0409]].
Reminder: [[NAME:Georgia]] in ICU-3 is on {{drug:Lactulose}} and {{drug:Xifaxan}}, watch for encephalopathy.
""", summary="""
IR schedule for [[DATE:Wed 6/11]] includes a port for [[NAME:MELNYK, Oksana P]], a paracentesis for [[NAME:LINCOLN, Georgia May]] cleared by Dr. [[NAME:Oh]] despite an INR of 1.9, and a G-tube for [[NAME:MAC AN TSAOI, Cormac]] after a failed PEG.
"""),

    dict(style="ed_handoff_shorthand", note="""
ED RN handoff 1900 pod C ([[NAME:sh]] -> [[NAME:fm]])
rm 9 [[NAME:sokolov]] -- {{age:82}}, syncope, tele no events, orthostatic +, 2nd liter NS running. son [[NAME:misha]] at bedside wants update from dr [[NAME:o'rourke]], pls call him [[PHONE:917 555 0133]]
rm 10 -- [[NAME:Dallas Reid]], {{age:29}}, SI, {{score:C-SSRS high}}, 1:1 sitter [[NAME:Mercy]], psych eval pending, belongings searched
rm 11 [[NAME:mahmoudi]] -- renal colic, {{drug:Toradol}} {{dose:15 mg}} 1730, pain 3/10 now, CT 6 mm stone, urology ok w/ d/c, needs {{drug:Flomax}} rx
rm 12 -- [[NAME:ciaran]] (the guy from EMS earlier) -- hypoglycemia {{lab:BG 41}} on {{drug:glipizide}}, D50 x1, eating now, rpt {{lab:BG 112}}, obs for 4h
rm 13 [[NAME:al-rubaie]] -- ?{{eponym:Bell palsy}} vs CVA, code stroke cancelled by neuro ([[NAME:Price]]), {{score:NIHSS 1}}
charge is [[NAME:Austin]] tonight. i will be in huddle til 1915.
""", summary="""
Evening ED handoff: [[NAME:sokolov]] with orthostatic syncope (son [[NAME:misha]] wants a call from Dr. [[NAME:o'rourke]]), [[NAME:Dallas Reid]] on a 1:1 with sitter [[NAME:Mercy]], and [[NAME:al-rubaie]] whose stroke code was cancelled by [[NAME:Price]].
"""),

    dict(style="census_csv", note="""
unit,bed,mrn,patient_name,dob,age,admit_dt,attending,los,code_status,iso
4N,412,[[MRN:3318840]],"[[NAME:MCLAUGHLIN, Rose A]]",[[DATE:1931-02-11]],[[AGE:94]],[[DATE:2025-06-02]],[[NAME:Tkachenko]],4,DNR,
4N,413,[[MRN:3320117]],"[[NAME:RAHMANI, Ardeshir]]",[[DATE:1960-09-30]],{{age:64}},[[DATE:2025-06-04]],[[NAME:Tkachenko]],2,FULL,contact
4N,414,[[MRN:3290456]],"[[NAME:BISHOP, Faith L]]",[[DATE:1979-12-01]],{{age:45}},[[DATE:2025-06-05]],[[NAME:Nasrallah]],1,FULL,
4N,415,[[MRN:3311872]],"[[NAME:O'DONNELL, Padraig III]]",[[DATE:1948-07-19]],{{age:76}},[[DATE:2025-05-28]],[[NAME:Nasrallah]],9,DNR/DNI,droplet
4N,416,[[MRN:3301933]],"[[NAME:SIDORENKO, Galyna]]",[[DATE:1934-04-23]],[[AGE:91]],[[DATE:2025-06-03]],[[NAME:Tkachenko]],3,DNR,
# exported by [[NAME:jmcallister]] [[DATE:06/06/2025]] 05:30 for bed huddle; LOS > 7 flagged: [[NAME:O'Donnell]]
""", summary="""
Census export of [[DATE:06/06/2025]] lists five 4N patients under [[NAME:Tkachenko]] and [[NAME:Nasrallah]], including two over 89 ([[NAME:MCLAUGHLIN, Rose A]], [[AGE:94]]; [[NAME:SIDORENKO, Galyna]], [[AGE:91]]), with [[NAME:O'DONNELL, Padraig III]] flagged for a nine-day stay.
"""),

    dict(style="infusion_reaction_protocol", note="""
INFUSION CENTER -- HYPERSENSITIVITY REACTION STANDING ORDERS (posted at nursing station)
Grade 1 (flushing, pruritus): stop infusion, {{drug:diphenhydramine}} {{dose:25 mg}} IV, restart at 50% rate after 30 min.
Grade 2 (rash, chest tightness, {{vital:SpO2 90%}}): stop, {{drug:Solu-Medrol}} {{dose:125 mg}} IV, {{drug:famotidine}} {{dose:20 mg}} IV, notify provider.
Grade 3-4 (hypotension, stridor): {{drug:EpiPen}} / {{drug:epinephrine}} {{dose:0.3 mg}} IM, call Rapid Response, O2 15 L NRB, NS wide open.
Common culprits: {{drug:Taxol}}, {{drug:Rituxan}}, {{drug:Erbitux}}, iron dextran, {{drug:Remicade}}.
Document in MAR and Reaction Flowsheet; complete Safety Event report. Crash cart check daily (Zoll defib, Ambu bag, {{eponym:Yankauer}}).
Desensitization only under Allergy/Immunology per 12-step protocol.
""", summary="""
Posted standing orders grade infusion hypersensitivity reactions and list treatment from diphenhydramine through IM epinephrine with Rapid Response for grade 3-4 reactions.
"""),

    dict(style="fax_cover_or", note="""
FAX -- SURGICAL SCHEDULING, Lakeshore Ambulatory Surgery Center
To: [[NAME:Aisling Kerr]], OR scheduler, Mercy General     Fax: [[PHONE:(312) 555-0290]]
From: [[NAME:Hamish Sutherland]], surgical coordinator     Ph: [[PHONE:(312) 555-0251]]  [[EMAIL:hsutherland@lakeshoreasc.org]]
Date: [[DATE:August 4, 2025]]     Pages: 3 (incl. cover)
RE: [[NAME:TAHIRI, Nasrin]]   DOB [[DATE:11/27/1969]]   Acct [[MRN:LS-204418]]
Case moved from [[DATE:Aug 12]] to [[DATE:Aug 19]] (robot down for service). Procedure unchanged: L shoulder arthroscopy, RCR.
Surgeon [[NAME:Kilpatrick]] asks for updated {{lab:A1c 7.9}} (last [[DATE:6/30]]) and cardiology clearance from Dr [[NAME:Haddad]]'s office.
Patient aware -- spoke with her and husband [[NAME:Jamshid]] [[DATE:8/1]]; she will stop {{drug:meloxicam}} 7 days before.
CONFIDENTIALITY: This fax contains PHI. If received in error call [[PHONE:312-555-0250]] and destroy.
""", summary="""
Fax of [[DATE:August 4, 2025]] from [[NAME:Hamish Sutherland]] to [[NAME:Aisling Kerr]] moves [[NAME:TAHIRI, Nasrin]]'s shoulder arthroscopy from [[DATE:Aug 12]] to [[DATE:Aug 19]] and requests an updated A1c and cardiology clearance.
"""),
]
