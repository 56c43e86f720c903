NOTES = [
    dict(style="icu_lab_trend", note="""
MICU DAY 4 -- LAB TREND                         [[NAME:ASANTE, AKOSUA B]]   MRN [[MRN:00481736]]
Bed 12   Attending: [[NAME:Boateng, Kofi]] MD    Fellow: [[NAME:Ndiaye F]]

Labs        [[DATE:10/11]]     [[DATE:10/12]]     [[DATE:10/13]]     [[DATE:10/14]]
Na          131       133       136       138
K           5.9       5.1       4.4       {{lab:K 3.6}}
Cr          3.42      2.88      2.10      1.64
Lactate     6.1       3.8       2.2       1.4
WBC         24.1      19.6      15.0      11.2
Plt         88        71        69        84
INR         1.9       1.7       1.4       1.3

- AKI improving, UOP 1.1 L overnight, {{eponym:Foley}} to stay until {{drug:Lasix}} challenge
- BCx [[DATE:10/11]] 2/2 GNR -> E. coli, pan-S; narrowed {{drug:meropenem}} to {{drug:ceftriaxone}} {{dose:2 g}} [[DATE:10/13]]
- Plt nadir 69, HIT Ab sent [[DATE:10/13]] -- {{score:4T score 3}}, heparin held per [[NAME:kofi]]
- {{drug:norepinephrine}} off since 0400, {{vital:MAP 71}}
d/w [[NAME:Akosua]]'s son [[NAME:Kwabena]] at bedside; [[NAME:Ndiaye]] to call sister in [[ADDRESS:Kumasi]] w/ update.
""", summary="""
MICU day-4 lab trend for [[NAME:ASANTE, AKOSUA B]] shows resolving AKI, lactate, and leukocytosis after E. coli bacteremia from [[DATE:10/11]], with antibiotics narrowed to {{drug:ceftriaxone}} [[DATE:10/13]]. Thrombocytopenia is being worked up for HIT.
"""),
    dict(style="vitals_flowsheet", note="""
VITALS FLOWSHEET -- 6 WEST TELEMETRY
Pt: [[NAME:MENSAH, KWAME A]]   FIN [[MRN:7720018845]]   DOB [[DATE:02/19/1948]]   Age {{age:77}}

Date    Time   BP        HR   RR  SpO2      T      Pain   Init
[[DATE:5/14]]    0800   151/94    88   18  96% RA    36.9   3/10   [[NAME:EQ]]
[[DATE:5/14]]    1200   139/86    84   18  97% RA    37.1   2/10   [[NAME:EQ]]
[[DATE:5/14]]    1600   162/98    102  20  94% RA    37.8   6/10   [[NAME:EQ]]
[[DATE:5/14]]    2000   148/90    96   20  95% 2L     38.4   5/10   [[NAME:TG]]
[[DATE:5/15]]    0000   132/80    91   18  96% 2L     37.6   4/10   [[NAME:TG]]
[[DATE:5/15]]    0400   128/78    86   16  97% 2L     37.2   2/10   [[NAME:TG]]

Comments:
2000 -- temp 38.4, BCx x2 drawn, CXR ordered, {{drug:Tylenol}} {{dose:650 mg}} PO given. Notified [[NAME:Amankwah]] (night hospitalist) via pager [[PHONE:4471]].
0000 -- {{score:MEWS 3}}, continue q4h. [[NAME:tigist g]] RN
""", summary="""
Telemetry flowsheet for [[NAME:MENSAH, KWAME A]] over [[DATE:5/14]]-[[DATE:5/15]] shows a fever to 38.4 with tachycardia and new oxygen need; cultures drawn and [[NAME:Amankwah]] notified.
"""),
    dict(style="mar", note="""
MEDICATION ADMINISTRATION RECORD              Printed [[DATE:03/02]] 0612
[[NAME:OKAFOR, CHINEDU E]]   MRN [[MRN:3391027]]   Rm 5114-B   Allergy: PCN (hives)

Medication                            Sched     [[DATE:3/1]]          [[DATE:3/2]]
{{drug:vancomycin}} {{dose:1250 mg}} IV q12h      0900-2100 0904 [[NAME:FO]]    0858 [[NAME:ag]]
                                                2112 [[NAME:bm]]
{{drug:cefepime}} {{dose:2 g}} IV q8h            0600-1400-2200 0610 [[NAME:FO]] 1420 [[NAME:FO]] 0605 [[NAME:ag]]
                                                2203 [[NAME:bm]]
{{drug:Eliquis}} {{dose:5 mg}} PO BID             0900-2100 HELD (plt 41) per Dr [[NAME:Sow]]
{{drug:metoprolol}} tart {{dose:25 mg}} PO BID    0900-2100 0904 [[NAME:FO]]    0858 [[NAME:ag]]
                                                2112 REFUSED -- HR 58
{{drug:oxycodone}} {{dose:5 mg}} PO q4h PRN       PRN       1130 [[NAME:FO]] (pain 7/10 -> 3/10)
{{drug:Norco}} 5/325 1/2 tab PO PRN       PRN       discontinued [[DATE:3/1]]

Initials key: [[NAME:FO]] = [[NAME:Funmilayo Ogunleye]], RN   [[NAME:bm]] = [[NAME:Bo Mercer]], RN   [[NAME:ag]] = [[NAME:Abena Quaye]], RN
Pharmacy verification: [[NAME:dtesfaye]] [[DATE:03/01]] 0745
""", summary="""
Two-day MAR for [[NAME:OKAFOR, CHINEDU E]] shows scheduled {{drug:vancomycin}} and {{drug:cefepime}} given, {{drug:Eliquis}} held for thrombocytopenia per [[NAME:Sow]], and one {{drug:metoprolol}} dose refused for bradycardia.
"""),
    dict(style="id_progress", note="""
ID Progress Note -- Hospital Day 9

S: afebrile x 48h. Still some R knee pain 4/10 with PT. Daughter [[NAME:Grace]] at bedside, asking about going home.

Micro:
  BCx [[DATE:12/1]] 2/2 MSSA
  BCx [[DATE:12/3]] 1/2 MSSA
  BCx [[DATE:12/5]] NGTD x4d
  R knee aspirate [[DATE:12/2]]: 68k WBC, 92% PMN, cx MSSA
Abx: {{drug:vancomycin}} [[DATE:11/30]]-[[DATE:12/2]] -> narrowed to {{drug:cefazolin}} {{dose:2 g}} q8h [[DATE:12/2]]
Procedures: I&D R knee [[DATE:12/3]] (Ortho, Dr. [[NAME:Appiah]]... see op note); TEE [[DATE:12/6]] no vegetation

A/P: {{age:71}} yo M w/ MSSA bacteremia + septic R knee, source cleared [[DATE:12/5]].
- continue {{drug:cefazolin}}, day 1 of clearance = [[DATE:12/5]], plan 4 wk total -> stop date [[DATE:1/2]]
- PICC placed [[DATE:12/8]], OPAT referral sent
- weekly CBC/CMP, ESR/CRP; {{lab:CRP 14.2}} today (was 211)
- f/u w/ [[NAME:Diallo]] ID clinic [[DATE:12/22]]
Discussed with [[NAME:Grace]] and with Mr. [[NAME:Hunter]] himself; both understand. We will sign off after OPAT set up.
[[NAME:Awa Diallo]], MD  Infectious Diseases  pgr [[PHONE:617-555-0142]]
""", summary="""
ID follow-up for MSSA bacteremia with septic knee: cultures cleared [[DATE:12/5]], narrowed to {{drug:cefazolin}} [[DATE:12/2]], and planned through [[DATE:1/2]] via PICC. [[NAME:Awa Diallo]] will see him in clinic [[DATE:12/22]].
"""),
    dict(style="icu_progress", note="""
SICU PROGRESS NOTE   POD 3 s/p ex-lap, SBR
[[NAME:TESFAYE, YOHANNES]]   [[MRN:E0098812]]

Overnight: 1 episode AF w/ RVR to 140s, rate controlled w/ {{drug:diltiazem}} {{dose:10 mg}} IVP x1. {{score:RASS -1}}, {{score:CAM-ICU negative}}.
Vent: extubated [[DATE:8/14]] to 4L NC, {{vital:SpO2 95%}}
Lines: R IJ CVC placed [[DATE:8/11]], A-line L radial [[DATE:8/11]] -> d/c today
Drains: JP x1 serosang 40 mL; NGT to LIWS, 600 mL bilious
Abx: {{drug:pip-tazo}} started [[DATE:8/11]], day 4/7
Labs: {{lab:Hgb 8.1}} (8.4), {{lab:K 3.4}} -> repleting, {{lab:Mg 1.6}}
Exam: abd soft, approp tender, incision c/d/i w/ staples. strength 5/5 x4. murmur 2/6 SEM unchanged.

Plan
- AF: {{drug:amiodarone}} load if recurs; {{score:CHA2DS2-VASc 2}}, no AC POD 3 per surgery ([[NAME:Gebre-Medhin]])
- ileus: cont NGT, TPN start [[DATE:8/15]] if no bowel function
- DVT ppx {{drug:enoxaparin}} {{dose:40 mg}} daily
- family update: wife [[NAME:Meseret]] called 1430, interpreter [[NAME:Hirut W.]] (Amharic) on phone
[[NAME:S. Tadesse]], ACNP / [[NAME:Dawit Girma]], MD (attending)
""", summary="""
SICU POD-3 note for [[NAME:TESFAYE, YOHANNES]] after small bowel resection: extubated [[DATE:8/14]], new AF with RVR treated with {{drug:diltiazem}}, persistent ileus with TPN planned [[DATE:8/15]] if no return of function.
"""),
    dict(style="icu_lab_trend", note="""
CVICU -- ABG / LAB TREND (auto-populated)

              0200     0600     1000     1400
pH            7.28     7.33     7.38     7.41
pCO2          52       46       41       39
pO2           68       84       92       101
HCO3          23       24       24       25
Lactate       4.8      3.1      2.0      1.3
iCa           1.02     1.08     1.11     1.14
Hgb           7.6      8.9      9.1      9.0

Vent: AC/VC TV 450, RR 18 -> 14, PEEP 10 -> 8, FiO2 0.60 -> 0.40
Drips: {{drug:Levophed}} 0.08 -> 0.02 mcg/kg/min, {{drug:vasopressin}} off 0900, {{drug:propofol}} 20 mcg/kg/min
Transfused 1 unit PRBC 0300 for {{lab:Hgb 7.6}}. {{eponym:Swan-Ganz}} CI 2.4, SVR 880.
{{score:SOFA 9}} -> 7. {{score:RASS -2}}. Chest tubes 120 mL/4h. {{eponym:Allen}} test normal L before A-line.
""", summary="""
CVICU trend shows improving acidosis, lactate, and pressor needs over the day with vent weaning and one PRBC transfusion; {{score:SOFA 9}} down to 7.
"""),
    dict(style="dialysis_run_sheet", note="""
HEMODIALYSIS RUN SHEET        Unit: Inpatient HD, 3rd floor
Patient: [[NAME:DIOP, MAMADOU S]]    DOB: [[DATE:07/30/1959]]   MRN: [[MRN:5102334]]
Access: L AVF (created [[DATE:2/11]]), thrill/bruit +    Last HD: [[DATE:6/20]]
Prescription: 3.5 h, Qb 400, Qd 600, 2K/2.5Ca bath, UF goal 3.0 L, {{drug:heparin}} {{dose:2000 units}} bolus

Time   BP        HR   Qb    VP    AP     UF(L)  Init
0715   168/92    78   300   140   -160   0.0    [[NAME:cs]]
0745   154/88    80   400   170   -190   0.6    [[NAME:cs]]
0845   138/80    84   400   175   -195   1.4    [[NAME:cs]]
0945   112/64    98   400   170   -190   2.2    [[NAME:cs]] -- cramping, UF off 10 min, NS 200 mL
1045   126/74    88   400   165   -185   2.8    [[NAME:ksene]]

Pre wt 81.4 kg  Post wt 78.7 kg  EDW 78.0
Labs drawn pre: {{lab:K 6.1}}, {{lab:BUN 88}}, Hep B sAb >10 ([[DATE:5/2]])
{{drug:Epogen}} {{dose:4000 units}} IV given. {{drug:Venofer}} next due [[DATE:6/27]].
Next HD [[DATE:6/24]]. Nephrology: [[NAME:Cheikh Sow]]. Tech [[NAME:Cissé S.]], RN [[NAME:Khady Sène]].
""", summary="""
Inpatient HD run for [[NAME:DIOP, MAMADOU S]] removed 2.8 L with one hypotensive cramping episode treated with saline; next session [[DATE:6/24]].
"""),
    dict(style="census_trackboard", note="""
7 NORTH MED -- CENSUS  (printed 0645)   Charge RN: [[NAME:Price]]   Resource: [[NAME:Yaw D.]]

Rm    Patient                   Age  Dx                       Atten      RN    Code  Notes
701   [[NAME:ADEBAYO, FUNMILAYO O]]      {{age:64}}   CAP, {{score:CURB-65 2}}          [[NAME:Eze]]        [[NAME:JM]]    Full  BCx [[DATE:9/3]] NGTD
702   [[NAME:KING, MAY R]]               [[AGE:93]]   UTI, delirium            [[NAME:Olawale]]    [[NAME:JM]]    DNR   {{eponym:Foley}} out [[DATE:9/4]]
703   [[NAME:BAKER, WILL T Jr.]]         {{age:58}}   DKA                      [[NAME:Eze]]        [[NAME:RG]]    Full  insulin gtt off 0300
704   [[NAME:GUEYE, MOUSSA]]             {{age:45}}   SBO                      Surg/[[NAME:Fall]]  [[NAME:RG]]    Full  NPO, NGT
705   (empty -- terminal clean)
706   [[NAME:N'DOUR, AMINATA]]           {{age:36}}   sickle cell VOC          [[NAME:Olawale]]    [[NAME:HB]]    Full  PCA {{drug:hydromorphone}}
707   [[NAME:OWUSU, AMA]]                {{age:81}}   CHF exac                 [[NAME:Eze]]        [[NAME:HB]]    DNI   {{drug:Lasix}} gtt; echo [[DATE:9/5]]
708   [[NAME:CROSS, MASON]]              {{age:29}}   cellulitis               [[NAME:Olawale]]    [[NAME:HB]]    Full  MRSA swab neg [[DATE:9/4]]

Dispo today: 703 home, 701 possible. Isolation: 702 contact (ESBL).
""", summary="""
7 North census lists eight patients, including [[NAME:KING, MAY R]] ([[AGE:93]], DNR, UTI with delirium) and [[NAME:BAKER, WILL T Jr.]] (resolved DKA, likely discharge).
"""),
    dict(style="bp_log", note="""
Home BP log brought in by pt (copied into chart at clinic visit)

       AM          PM
[[DATE:4/2]]    158/96      149/90
[[DATE:4/3]]    151/94      --
[[DATE:4/4]]    146/92      139/86
[[DATE:4/5]]    --          144/88
[[DATE:4/6]]    138/84      131/82   (started {{drug:amlodipine}} {{dose:5 mg}} [[DATE:4/5]] per dr [[NAME:bello]])
[[DATE:4/8]]    134/82      128/80
[[DATE:4/9]]    129/78      126/76

Pt note on bottom of log: "missed [[DATE:4/7]] readings, was at my daughter [[NAME:Hope]]'s in [[ADDRESS:Savannah]]. cuff is the Omron one. -- [[NAME:June]]"
Avg last 3 days ~{{vital:BP 130/80}}. Goal <130/80. Recheck BMP ({{lab:K 4.2}}, {{lab:Cr 0.9}} on [[DATE:3/28]]). Cont {{drug:lisinopril}} {{dose:20 mg}} + {{drug:amlodipine}}.
-- [[NAME:A. Bello]], MD
""", summary="""
Home BP log from [[DATE:4/2]] to [[DATE:4/9]] shows improvement to near goal after {{drug:amlodipine}} was added; [[NAME:Bello]] continues the current regimen.
"""),
    dict(style="pharmacy_kinetics", note="""
PHARMACY -- VANCOMYCIN AUC DOSING NOTE
Pt: [[NAME:nwosu, emeka]]   Wt 92 kg   CrCl ~74 mL/min

Indication: MRSA PNA (sputum cx [[DATE:1/17]] MRSA, BCx [[DATE:1/17]] 0/2)
Date    Dose                      Level                 AUC est
[[DATE:1/17]]    {{dose:2000 mg}} load             --                    --
[[DATE:1/18]]    {{dose:1250 mg}} q12h             peak 31.4 / trough 11.8     528
[[DATE:1/20]]    {{dose:1250 mg}} q12h             trough 17.9           642 (high)
[[DATE:1/21]]    -> {{dose:1000 mg}} q12h          --                    ~510 projected

Cr 0.9 -> 1.3 on [[DATE:1/20]] -- dose reduced as above, d/w [[NAME:Ikechukwu]] (primary team) and Dr. [[NAME:Balogun]]. Repeat levels with AM labs [[DATE:1/23]].
Day 5 of planned 7 (end [[DATE:1/24]]). Avoid {{drug:Zosyn}} co-admin per team preference.
[[NAME:Oluwaseun Balogun]], PharmD  x[[PHONE:6621]]
""", summary="""
Vancomycin AUC note for [[NAME:Emeka Nwosu]] with MRSA pneumonia: AUC rose to 642 with creatinine bump [[DATE:1/20]], so dose reduced to {{dose:1000 mg}} q12h with repeat levels [[DATE:1/23]].
"""),
    dict(style="icu_nursing", note="""
RN shift note 1900-0700 bed 4
neuro: {{score:GCS 10}} (E3V2M5), pupils 3 brisk, {{score:RASS -1}}, CAM+. restraints bilat wrists renewed 2300 per [[NAME:brown]] (NF resident).
cv: SR 70s-80s, {{vital:MAP 65-72}}, levo 0.04 weaned off 0430. R radial art line dampened, flushed, OK.
resp: trach collar 40%, sx q2h thick tan. {{vital:RR 22}}.
gi/gu: TF Jevity 1.5 @ 50 goal, residuals <100. {{eponym:Foley}} 35-60/h. BM x1 loose, C diff sent.
skin: sacral stage 2, {{eponym:Mepilex}} changed. {{score:Braden 11}}.
id: Tmax 38.2 at 0200, BCx 2 sets sent, UA/UCx sent. {{drug:meropenem}} {{dose:1 g}} given 0200 late (pharm verif delay, spoke w [[NAME:tariq]] in pharm).
family: wife [[NAME:faith]] called 2200, updated, plans to visit at 10.
pending: CT head read, called radiology, reading rm says ~0800. handed off to [[NAME:sunny]] @0700.
-- [[NAME:ao]]
""", summary="""
Overnight ICU nursing note: pressors weaned off, new fever at 0200 with cultures and C diff sent, late {{drug:meropenem}} dose due to pharmacy delay; handed off to [[NAME:sunny]].
"""),
    dict(style="id_consult_followup", note="""
INFECTIOUS DISEASES FOLLOW-UP         [[NAME:Hailé, Abebe]]  MRN [[MRN:2204-5519]]

Diabetic foot osteo L 2nd MT, s/p partial ray amputation [[DATE:2/14]] (Podiatry, Dr. [[NAME:McAllister]]).
Path: proximal margin + for osteo. Bone cx [[DATE:2/14]]: MSSA + Strep agalactiae. Wound cx [[DATE:2/9]] mixed flora.
MRI foot [[DATE:2/8]]; ESR 88 -> 61, CRP 9.1 -> 3.0.
Abx hx: {{drug:vancomycin}}/{{drug:Zosyn}} [[DATE:2/8]] -> {{drug:cefazolin}} [[DATE:2/16]] -> plan PO {{drug:Levaquin}} {{dose:750 mg}} + {{drug:rifampin}} {{dose:300 mg}} BID from [[DATE:3/1]]
A1c 10.4 ([[DATE:2/8]]). {{drug:Lantus}} being uptitrated by endo.
QTc 452 on [[DATE:2/27]] -- OK for FQ, repeat ECG 1 wk after start.
Plan: 6 wks from [[DATE:2/14]] (end [[DATE:3/28]]). ID clinic w/ Dr. [[NAME:Desta]] [[DATE:3/14]]. Labs weekly to fax [[PHONE:(555) 201-7730]].
Pt voices hope to be back at work by April; I explained the case for full course first.
[[NAME:Almaz Desta]], MD
""", summary="""
ID follow-up for [[NAME:Abebe Hailé]]'s diabetic foot osteomyelitis with positive margin after ray amputation [[DATE:2/14]]; transition to oral {{drug:Levaquin}} plus {{drug:rifampin}} [[DATE:3/1]], ending [[DATE:3/28]].
"""),
    dict(style="mar_sliding_scale", note="""
INSULIN SLIDING SCALE / POC GLUCOSE RECORD -- unit protocol (no patient label)

Time    POC BG   Scale           Given            Diet
0730    212      Moderate        {{dose:4 units}} {{drug:lispro}}   carb-consistent
1130    264      Moderate        {{dose:6 units}} {{drug:lispro}}   carb-consistent
1630    188      Moderate        {{dose:2 units}} {{drug:lispro}}   carb-consistent
2100    301      HS scale        {{dose:3 units}} {{drug:lispro}}   --
0300    68       Hypoglycemia protocol: D50 12.5 g, recheck 0315 = 112

Basal: {{drug:Lantus}} {{dose:22 units}} at 2100 -> reduce to {{dose:18 units}} per Endocrine after 0300 low
{{lab:A1c 9.8}}. {{drug:Humalog}} and {{drug:lispro}} are the same product -- do not double-scan.
Notify provider BG <70 or >350. {{eponym:Whipple}} triad not applicable (inpatient, on insulin).
""", summary="""
Sliding-scale glucose record with highs to 301 and an overnight low of 68 treated per protocol; basal {{drug:Lantus}} reduced from {{dose:22 units}} to {{dose:18 units}}.
"""),
    dict(style="micro_results_table", note="""
MICROBIOLOGY CUMULATIVE REPORT
Patient: [[NAME:AGYEMAN, NANA K]]     Loc: 4 ICU    MRN: [[MRN:1179-6630]]

Accession      Collected   Source           Result                               Status
[[MRN:M25-044871]]   [[DATE:11/2]] 0210  Blood (L arm)    Candida glabrata 1/2 bottles          Final
[[MRN:M25-044872]]   [[DATE:11/2]] 0215  Blood (CVC)      Candida glabrata 2/2 bottles          Final
[[MRN:M25-045230]]   [[DATE:11/4]] 0600  Blood x2         No growth 5 days                     Final
[[MRN:M25-045231]]   [[DATE:11/4]] 0610  Urine (cath)     >100K Enterococcus faecium (VRE)     Final
[[MRN:M25-045877]]   [[DATE:11/6]] 1140  BAL RLL          Normal resp flora                    Prelim
Susceptibility C. glabrata: {{drug:fluconazole}} SDD (MIC 16), {{drug:micafungin}} S (0.06)
VRE: {{drug:linezolid}} S, {{drug:daptomycin}} SDD

Critical value called [[DATE:11/2]] 1422 to [[NAME:Efua Tetteh]], RN, read back by [[NAME:Tetteh]]. Called by [[NAME:r.oduya]] (micro).
Comment: CVC removed [[DATE:11/3]] per Dr [[NAME:Ofori-Atta]]. Ophtho exam [[DATE:11/5]] neg for endophthalmitis.
""", summary="""
Micro report for [[NAME:AGYEMAN, NANA K]]: candidemia with C. glabrata [[DATE:11/2]] cleared by [[DATE:11/4]] after line removal, plus VRE in urine; critical value phoned to [[NAME:Efua Tetteh]].
"""),
    dict(style="transfusion_record", note="""
BLOOD BANK -- TRANSFUSION ADMINISTRATION
Recipient: [[NAME:ADEYEMI, NGOZI C]]  ([[MRN:0093317]])   ABO/Rh: O NEG   Ab screen neg ([[DATE:7/9]])
Consent signed [[DATE:7/9]], witness [[NAME:Roseline Amoah]]

Unit#              Product   Start   Vitals pre          15 min             End     Vol    RN / verifier
[[MRN:W0361 25 448812]]  PRBC      1315    {{vital:BP 104/62}} HR 110  {{vital:BP 108/64}} HR 106  1525    320    [[NAME:LE]] / [[NAME:Major]]
[[MRN:W0361 25 448830]]  PRBC      1600    {{vital:BP 110/66}} HR 102  {{vital:BP 112/70}} HR 98   1805    315    [[NAME:LE]] / [[NAME:O'Neil]]

Post {{lab:Hgb 8.6}} (pre 6.2). No reaction. {{drug:Tylenol}}/{{drug:Benadryl}} premed not given (not ordered).
Ordered by Dr. [[NAME:Case]] for symptomatic anemia, post-partum hemorrhage day 1 after C/S [[DATE:7/8]].
Primary RN [[NAME:grace le]] documented; second verifier [[NAME:April Major]].
""", summary="""
Two units PRBC given to [[NAME:Ngozi Adeyemi]] for postpartum anemia after C-section [[DATE:7/8]], raising Hgb from 6.2 to 8.6 without reaction.
"""),
]
