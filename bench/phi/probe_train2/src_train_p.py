NOTES = [
    dict(style="workers_comp", note="""
OCCUPATIONAL MEDICINE - INITIAL WORK INJURY EVALUATION
Pt: [[NAME:KALNIŅŠ, REINIS]]   DOB [[DATE:02/14/1988]]   MRN [[MRN:7719034]]   FIN [[MRN:2500418833]]
Employer: NorthStar Logistics DC#4, [[ADDRESS:Shakopee]]   Supervisor: [[NAME:Case, Harold]] (per pt "[[NAME:Hal]]")
WC carrier: SFM Mutual   Claim # [[MRN:WC-25-0031874]]   Adjuster [[NAME:Marja Lehto]] [[PHONE:800-555-0147 ext 3381]]
DOI: [[DATE:01/27/25]] ~22:40 (night shift). DOS: [[DATE:012925]].
Mech: lifting 60-lb tote from floor to conveyor, twisted L, felt "pop" low back. Reported to lead same shift ([[NAME:Page]]).
Pain {{score:7/10}} at rest, {{score:9/10}} w/ flexion; no saddle anesthesia, no bowel/bladder change.
Exam: paraspinal spasm L>R; SLR neg bilat; strength {{score:5/5}} LE; reflexes {{score:2+}} symmetric; gait antalgic.
Imaging: none indicated (no red flags).
Dx: lumbar strain, work-related, S39.012A.
Tx: {{drug:naproxen}} {{dose:500 mg}} BID x10 d; {{drug:cyclobenzaprine}} {{dose:5 mg}} QHS PRN (no driving); PT 2x/wk x3 wk.
Work status: MODIFIED DUTY - no lifting > {{dose:15 lb}}, no repetitive bending, sit/stand as needed, through [[DATE:2/12/25]].
Recheck [[DATE:Wed 2/12]] @ 0830. Form WC-MN-1 faxed to carrier [[PHONE:(651) 555-0911]] and employer HR ([[NAME:jsandvik]]).
[[NAME:Torbjørn Nes]], DO
""", summary="""
[[NAME:Reinis Kalniņš]] strained his lower back lifting a tote at work on [[DATE:01/27/25]] and has no red flags. He was given {{drug:naproxen}}, {{drug:cyclobenzaprine}} and PT and put on modified duty until [[DATE:2/12/25]].
"""),

    dict(style="blood_donor", note="""
Donor Center - Deferral Note
Donor: [[NAME:Sjögren, Elsa K]]   Donor ID [[MRN:D0088-412-77]]   DIN [[MRN:W0362 25 118204]]   [[DATE:2025.04.09]]
Screening: Hgb (fingerstick) {{lab:11.9 g/dL}} - below female cutoff {{lab:12.5}}; repeat venous {{lab:12.1}}. BP {{vital:108/66}}, P {{vital:68}}, T {{vital:36.6}}.
Hx: whole blood x4 in past 12 mo (last [[DATE:12/18/24]]); on no iron. Hx form: denies {{eponym:Sjögren}} syndrome or other autoimmune disease; dry eyes only with contacts.
Outcome: TEMPORARY DEFERRAL, low Hgb. Per SOP may return next day, but advised waiting 56 d to rebuild stores -> earliest suggested [[DATE:June 4]].
Counseled: {{drug:ferrous sulfate}} {{dose:325 mg}} (65 mg elemental) QOD x 60 d; ferritin testing offered - drawn, result {{lab:ferritin 9 ng/mL}} (low) -> letter mailed to [[ADDRESS:1187 Hawthorne Ln]], [[ADDRESS:Maple Grove]].
Donor prefers text: [[PHONE:763-555-0314]]. Email [[EMAIL:elsa.sjogren@outlook.com]].
Screener [[NAME:ND]] / reviewed [[NAME:Ole Fagerlund]], MD, Medical Director
""", summary="""
Donor [[NAME:Elsa Sjögren]] was temporarily deferred on [[DATE:2025.04.09]] for low hemoglobin ({{lab:12.1}}) and a ferritin of {{lab:9 ng/mL}}. She was advised to take {{drug:ferrous sulfate}} and return around [[DATE:June 4]].
"""),

    dict(style="opo_coordinator", note="""
OPO REFERRAL / CLINICAL COORDINATOR NOTE     Referral # [[MRN:R25-004471]]   UNOS ID [[MRN:AGHK219]]
Call rec'd [[DATE:03/12/24]] 14:22 from [[NAME:Yael]] RN, Neuro ICU, Mercy Hospital - GCS trigger ({{score:GCS 4}}, vent).
Pt: [[NAME:Ignatyev, Pavel A.]], {{age:38}} M, MRN [[MRN:H00917762]], wt {{vital:92 kg}}, ht 183 cm.
Hx: found down [[DATE:3/10]] at home ([[ADDRESS:Columbia Heights]]), presumed opioid OD, anoxic brain injury. Downtime unknown, ROSC after 22 min, {{drug:naloxone}} x3.
Exam by coordinator 16:05: pupils fixed {{vital:5 mm}}, no corneals, no cough/gag, overbreathing vent.
Labs: {{lab:Cr 1.4}}, {{lab:AST 412}}, {{lab:ALT 388}}, {{lab:Na 151}}, {{lab:lactate 2.1}}. HIV/HCV NAT pending (UNOS lab, acc [[MRN:LK-240312-09]]).
Echo [[DATE:3/11]] EF {{vital:55%}}. CXR RLL infiltrate.
Family: mother [[NAME:Galina Ignatyeva]] (Russian-speaking, lives in [[ADDRESS:Odessa]] - Ukraine - arriving [[DATE:3/14]]), brother [[NAME:Rodion]] at bedside, [[PHONE:612 555 0688]]. No MN registry designation found.
Plan: NO approach until hospital completes BD exam #1 (Dr. [[NAME:Kovalenko]] notified). Huddle w/ [[NAME:Yael Ben-David]] RN + SW [[NAME:Florence Haas]] 18:00.
Coordinator: [[NAME:Saku Nurmi]]  cell [[PHONE:612-555-0459]]  on-call until [[DATE:03/13/2024]] 07:00
""", summary="""
The OPO received a referral on [[DATE:03/12/24]] for [[NAME:Pavel Ignatyev]], {{age:38}}, with anoxic brain injury after an overdose and absent brainstem reflexes. The family will not be approached until the first brain death exam is done, and his mother [[NAME:Galina Ignatyeva]] arrives [[DATE:3/14]].
"""),

    dict(style="research_consent", note="""
RESEARCH INFORMED CONSENT NOTE
Study: "Early Mobility After Hip Fracture in Older Adults" (IRB 2024-0731, version 3.0 dated [[DATE:08-Nov-2024]])
Participant: [[NAME:Esther Benveniste]]   [[AGE:91]] y/o F   MRN [[MRN:66-20-4418]]   Study ID [[MRN:EMHF-017]]
Date/time: [[DATE:11/20/2024]] 10:15-10:55, room 4112.
Capacity: UBACC {{score:17/20}}, below threshold of 18; not consented by self. LAR: daughter [[NAME:Rachel Benveniste-Cohen]] (HCPOA on file), present in person.
Process: PI delegate [[NAME:Aviva Sharabi]] reviewed purpose, procedures (daily PT sessions x14 d, actigraphy, 30/90-day calls), risks (falls), voluntary nature. Pt assented verbally, answered "yes" when asked if she wants to walk more.
Questions: daughter asked about the 90-d phone call - will go to her cell [[PHONE:(952) 555-0720]].
Signed: LAR, person obtaining consent, witness [[NAME:Jakob Vermeulen]] (unit clerk). Copy given to LAR; original to regulatory binder; scanned to chart.
No study procedures before consent. Randomized 11:40 -> Arm B (enhanced mobility).
[[NAME:A. Sharabi]], CCRC   x[[PHONE:58214]]
""", summary="""
[[NAME:Esther Benveniste]], [[AGE:91]], was enrolled in a hip fracture mobility study on [[DATE:11/20/2024]] with consent from her daughter and legal representative [[NAME:Rachel Benveniste-Cohen]], as her capacity score was {{score:17/20}}. She assented and was randomized to Arm B.
"""),

    dict(style="study_visit_log", note="""
STUDY VISIT LOG - Protocol NRD-305 (oral anticoagulant, AF)     Site 014
Subj [[MRN:014-0092]]   Initials [[NAME:K-J-N]]   Consent v2 signed [[DATE:17Jun2024]]

Visit   Target        Window         Actual          By    Notes
V1 Scr  --            --             [[DATE:17JUN2024]]       [[NAME:MdB]]   {{lab:CrCl 64}}; {{score:CHA2DS2-VASc 4}}
V2 Rand [[DATE:01JUL2024]]     +/-3 d         [[DATE:02JUL2024]]       [[NAME:MdB]]   IP kit [[MRN:K0417]] dispensed
V3 W4   [[DATE:29JUL2024]]     +/-5 d         [[DATE:31-Jul-24]]       [[NAME:LR]]    {{lab:Hgb 13.2}}; pill count 97%
V4 W12  [[DATE:23SEP2024]]     +/-7 d         [[DATE:2024-10-03]]      [[NAME:MdB]]   OUT OF WINDOW (+10) - deviation logged; pt in [[ADDRESS:Tallinn]]
V5 W24  [[DATE:16DEC2024]]     +/-7 d         [[DATE:12/16/2024]]      [[NAME:LR]]    minor epistaxis, not CRNMB
V6 W36  [[DATE:10MAR2025]]     +/-7 d         (sched [[DATE:Mar 12]])

Pt contact: [[PHONE:+1 (507) 555-0268]]; while traveling [[PHONE:+372 5381 2247]].
[[NAME:MdB]] = [[NAME:Maaike de Boer]]; [[NAME:LR]] = [[NAME:Liora Rubin]].
""", summary="""
Subject [[MRN:014-0092]] in the AF anticoagulant trial has completed visits through week 24. Week 12 was done out of window on [[DATE:2024-10-03]] while traveling, and the week 36 visit is booked [[DATE:Mar 12]].
"""),

    dict(style="occupational_injury", note="""
Employee Health - Blood/Body Fluid Exposure
Employee: [[NAME:Maja Lindgren]], RN, 6 South   Empl # [[MRN:400219]]   ext [[PHONE:7-2294]]
Exposure: [[DATE:Fri 9/6/24]] 03:15; hollow-bore needlestick R index finger while recapping?? -> no, while activating safety on 22g IV catheter. Gloved, visible blood on needle.
First aid: washed w/ soap & water at 03:17. Reported to charge RN ([[NAME:Jo Engström]]) 03:25; to ED 04:10.
Source: [[NAME:Gurevich, Abram]], MRN [[MRN:2281045]], rm 6S-18. Source consented to testing (Dr. [[NAME:Reuven Tal]] obtained): HIV Ag/Ab nonreactive, HCV Ab neg, HCV RNA not detected, HBsAg neg. Resulted [[DATE:9/6]] 07:48.
Employee baseline: HBsAb {{lab:>1000 mIU/mL}} (immune); HIV neg; HCV Ab neg.
PEP: started {{drug:Biktarvy}} 1 tab in ED at 05:00 before source results -> discontinued [[DATE:9/6]] after source neg. Total 1 dose.
Follow-up: none required per CDC (source negative). Employee counseled, wants 6-wk HIV test anyway -> ordered [[DATE:10/18/24]].
Sharps device: BD Insyte Autoguard - product evaluation form filed; Sharps Injury Log #EH-24-077.
[[NAME:Tiina Kallio]], RN, COHN-S
""", summary="""
Nurse [[NAME:Maja Lindgren]] had a needlestick on [[DATE:Fri 9/6/24]] from source [[NAME:Abram Gurevich]], whose HIV, HBV and HCV tests were all negative. She stopped {{drug:Biktarvy}} PEP after one dose and will have an optional HIV test on [[DATE:10/18/24]].
"""),

    dict(style="workers_comp", note="""
WC FOLLOW-UP, R CARPAL TUNNEL   DOS [[DATE:040325]]
[[NAME:Joost Verhoeven]], {{age:46}}, packaging line operator (Hormel? no - Kemps Dairy), claim [[MRN:2024-WC-118823]], DOI [[DATE:11/4/2024]] (cumulative trauma, reported date).
Interval: splint nightly, {{drug:ibuprofen}} {{dose:600 mg}} TID with food; numbness improved ~30%. Still drops caps.
Exam R hand: {{eponym:Tinel}} + at wrist, {{eponym:Phalen}} + at 20 s, {{eponym:Finkelstein}} neg; thenar bulk nl; APB {{score:4+/5}}; 2-pt discrim {{lab:6 mm}} index. L hand nl.
EMG/NCS [[DATE:3/20/25]] (Dr. [[NAME:Hakobyan]]... correction: Dr. [[NAME:Hakkinen]]): moderate R median neuropathy at wrist, distal motor latency {{lab:5.1 ms}}.
Plan: ortho hand referral for CTR; steroid injection offered, pt prefers surgery. Continue restrictions: no repetitive gripping > 2 h/shift, no vibratory tools.
Nurse case mgr [[NAME:Tove Brekke]] ([[EMAIL:tbrekke@cmservices-mn.com]], [[PHONE:612-555-0820]]) to obtain surgical auth, ref [[MRN:PA-88201-3]].
RTC [[DATE:4/24]] or after surgical consult.
""", summary="""
[[NAME:Joost Verhoeven]] has work-related right carpal tunnel syndrome, with positive {{eponym:Tinel}} and {{eponym:Phalen}} signs and a moderate median neuropathy on EMG from [[DATE:3/20/25]]. He was referred for carpal tunnel release while case manager [[NAME:Tove Brekke]] seeks authorization.
"""),

    dict(style="blood_donor", note="""
APHERESIS PLATELET COLLECTION - PROCEDURE NOTE
Device: Trima Accel, double-product platelet, concurrent plasma.
Pre: {{lab:Plt 268 K/uL}}, {{lab:Hct 42%}}, wt {{vital:84 kg}}, BP {{vital:124/78}}, HR {{vital:66}}.
Run time 92 min, AC ratio 10:1, total ACD-A {{dose:412 mL}}. Return line L antecubital.
At 61 min donor reported perioral tingling -> citrate reaction, mild. Return rate slowed; {{drug:calcium carbonate}} {{dose:1000 mg}} ({{drug:Tums}} x2 chewable) given PO with symptom resolution in 8 min.
Yield: {{lab:7.1 x10^11}} split into 2 units; plasma {{dose:300 mL}}.
Post: BP {{vital:118/74}}, no bruising, no vasovagal. Donor hydrated, snacks, released ambulatory.
Product quarantined pending bacterial culture (BacT/ALERT) and NAT.
Reaction form completed (Grade 1 citrate). Eligible again in 7 days, max 24 per rolling year.
""", summary="""
A double platelet apheresis on the Trima Accel gave {{lab:7.1 x10^11}} platelets, with a mild citrate reaction at 61 minutes treated with oral {{drug:calcium carbonate}}. The donor was released in good condition.
"""),

    dict(style="opo_coordinator", note="""
DCD CASE TIMELINE  --  Donor [[MRN:AHBT-507]]  (OPO case [[MRN:25-0219]])
[[DATE:5/18/25]] 09:30  Family ([[NAME:Hilde]] & [[NAME:Geir Solberg]], parents) authorized DCD, kidneys/liver/tissue; declined heart-lung research. Authorization witnessed by [[NAME:Bishop]] (chaplain, Rev. [[NAME:Anna Bishop]]).
[[DATE:5/18/25]] 13:00  Serologies drawn; blood type O+. HLA to lab, acc [[MRN:HLA-25-3390]].
[[DATE:5/19/2025]] 02:10 Match run complete; liver accepted (surgeon Dr. [[NAME:Hirsch]]), L kidney local, R kidney import.
[[DATE:05-19-2025]] @ 1600  OR. Extubation 16:12 by ICU attending Dr. [[NAME:Vainio]] (not OPO).
   16:31 SBP < 50 (functional WIT start). 16:44 asystole. 16:49 death declared after 5-min no-touch ({{eponym:Doppler}} arterial flow absent).
   Time of death 16:49 - [[DATE:May 19]]. Incision 16:51. Cross-clamp 16:58.
Functional WIT 27 min, total WIT 46 min -> liver within center limit.
Family updated by phone [[DATE:5/19]] 18:20 ([[NAME:Hilde]], [[PHONE:+47 913 44 207]] - in Norway, flying in).
Coordinator: [[NAME:Emil Fagerström]], CPTC.  Tissue: [[NAME:kw]].
""", summary="""
Parents [[NAME:Hilde]] and [[NAME:Geir Solberg]] authorized DCD donation on [[DATE:5/18/25]], and death was declared at 16:49 on [[DATE:May 19]] after a 5-minute no-touch period. The liver and both kidneys were placed.
"""),

    dict(style="research_consent", note="""
SERIOUS ADVERSE EVENT REPORT (initial)    Sponsor ref [[MRN:SAE-2025-0044]]
Protocol: CARDIO-FIT (exercise training in HFpEF)   Subject [[MRN:C-FIT 03-117]]   [[NAME:ARONOV, DAVID]]
Reported to IRB [[DATE:Jan 22, 2025]] / to sponsor within 24 h of awareness ([[DATE:1/21/25]] 15:00).
Event: hospitalization for syncope during supervised session 3 ([[DATE:Tues 1/21]], 10:40). HR {{vital:148}} irregular on telemetry, BP {{vital:84/50}}.
Work-up: new AF w/ RVR; troponin {{lab:hs-TnT 22 ng/L}} flat; echo EF {{vital:58%}}, no change. Started {{drug:diltiazem}} and {{drug:apixaban}} {{dose:5 mg}} BID.
Discharged [[DATE:1/23]]. Outcome: resolving.
Seriousness: hospitalization. Relatedness (PI Dr. [[NAME:Lisa Hoekstra]]): possibly related (exertion). Expectedness: unexpected.
Action: study exercise held; resume after cardiology clearance. Unblinding not applicable (open label).
Reporter [[NAME:Noam Ashkenazi]], research RN, [[EMAIL:n.ashkenazi@univhf.org]], [[PHONE:(617) 555-0390]].
""", summary="""
Subject [[NAME:David Aronov]] was hospitalized with syncope from new atrial fibrillation during an exercise session on [[DATE:Tues 1/21]] and was started on {{drug:diltiazem}} and {{drug:apixaban}}. The PI judged it possibly related and unexpected, and it was reported to the IRB on [[DATE:Jan 22, 2025]].
"""),

    dict(style="workers_comp", note="""
INDEPENDENT MEDICAL EXAMINATION (IME) - requested by Midwest Casualty, claim no. [[MRN:MC 0447-1198-02]]
Examinee: [[NAME:Nadezhda Kuzmina]] ("[[NAME:Nadya]]"), DOB [[DATE:7.4.1969]] (pt states 7 April - Russian order)   File [[MRN:IME-25-2207]]
Exam date: [[DATE:April 28th, 2025]]. Interpreter: [[NAME:boris]] ([[NAME:Boris Lev]]), certified, ID [[MRN:CI-30912]], in person.
Also present: husband [[NAME:Israel Kuzmin]] (observer only).
Records reviewed: ED [[DATE:09/16/2024]]; ortho notes [[DATE:10/2/24]]-[[DATE:2/11/25]]; MRI R shoulder [[DATE:11/08/2024]] (full-thickness supraspinatus tear, 1.2 cm); PT notes x22.
History: housekeeper, Rolling Hills Senior Living, [[ADDRESS:Edina]]; slipped on wet floor [[DATE:9/15/24]] pulling linen cart, fell on outstretched R arm.
Current: pain {{score:5/10}}, night pain, can't reach overhead.
Exam: AROM flex {{vital:120 deg}}, abd {{vital:95 deg}}; {{eponym:Neer}} +, {{eponym:Hawkins}} +, drop arm neg; strength ER {{score:4-/5}}.
Opinion: (1) R rotator cuff tear causally related to [[DATE:9/15/24]] work injury to reasonable medical certainty. (2) Not at MMI; surgery reasonable. (3) Restrictions: no R overhead, lift {{dose:10 lb}} max R.
Prior shoulder complaints: none in records back to 2019.
Report sent [[DATE:5/2/25]] to adjuster [[NAME:Rose Kamp]], fax [[PHONE:(312) 555-0175]]; copy atty [[NAME:Sharon Mizrahi]], Esq. [[PHONE:312.555.0942]].
[[NAME:Henrik Vestergaard]], MD, MPH, FACOEM
""", summary="""
An IME on [[DATE:April 28th, 2025]] found that [[NAME:Nadezhda Kuzmina]]'s right rotator cuff tear was caused by her [[DATE:9/15/24]] fall at work and that she is not at MMI. The report went to adjuster [[NAME:Rose Kamp]] and attorney [[NAME:Sharon Mizrahi]].
"""),

    dict(style="blood_donor", note="""
TRANSFUSION REACTION INVESTIGATION / DONOR LOOKBACK - suspected TRALI
Recipient: [[NAME:VÄISÄNEN, OLAVI]]  MRN [[MRN:3390217]]  rm 8W-11
Transfused [[DATE:2/7/25]] 13:10-14:05, FFP unit [[MRN:W0362 25 004117]] (donor female, multiparous). At 14:40 acute hypoxemia SpO2 {{vital:82%}} on RA, bilat infiltrates, BP {{vital:86/52}}, no JVD, BNP {{lab:140}}. Intubated 15:30. Febrile {{vital:38.4}}.
Reported by [[NAME:Leena]] ([[NAME:Leena Aho]], RN) to Blood Bank at 14:52 ([[PHONE:x6-4100]]).
DAT neg; hemolysis w/u neg; bag culture NG. TACO felt less likely (euvolemic, echo nl).
Donor: [[NAME:Sara Weinberg-Lund]], Donor ID [[MRN:DN-7731-02]]; last donations [[DATE:01/14/25]], [[DATE:Oct 30]]. HLA class II Ab testing requested -> donor contacted [[DATE:2/11]] by [[NAME:Marit]] at supplier ([[PHONE:1-800-555-0133]]), agreed to draw [[DATE:2/13]].
Result [[DATE:2/20/25]]: anti-HLA-DR cognate with recipient HLA-DR4 -> TRALI confirmed (imputability: definite).
Donor permanently deferred from plasma/platelet; whole blood OK per supplier policy. Co-components ([[MRN:W0362 25 004117A]], RBC) quarantined.
Recipient extubated [[DATE:Feb 10]], recovered. FDA reportable? no (no fatality).
Medical Director: [[NAME:Hannu Rautio]], MD. Tech [[NAME:NV]].
""", summary="""
Recipient [[NAME:Olavi Väisänen]] developed TRALI after FFP on [[DATE:2/7/25]] and needed intubation but recovered and was extubated [[DATE:Feb 10]]. Donor [[NAME:Sara Weinberg-Lund]] had cognate anti-HLA-DR antibodies and was permanently deferred from plasma and platelet donation.
"""),

    dict(style="research_consent", note="""
e-Consent / remote consent documentation (REDCap)
Participant: [[NAME:Hope Rasmussen]]   Record ID [[MRN:1048]]   screening # [[MRN:SCR-2291]]
Study: Sleep and Glucose in Type 1 Diabetes (CGM + actigraphy, 6 mo)
Video call [[DATE:Monday, 7 October 2024]] 18:30 via Zoom (pt at home in [[ADDRESS:Stillwater]]). Identity confirmed by DOB [[DATE:1999-12-03]] and photo ID on camera.
Coordinator [[NAME:Viktor Antonov]] walked through consent form v4 section by section; teach-back used. Pt asked whether her {{drug:Omnipod}} settings would change (no) and whether she will be paid for the CGM sensor ({{drug:Dexcom G7}} provided by study).
Pt said "I hope to help other people with T1". Signed electronically 19:02; PDF emailed to [[EMAIL:hope.rasmussen99@gmail.com]].
HbA1c at screening {{lab:7.4%}}; eligible. BMI {{vital:24.1}}.
Next: in-person baseline [[DATE:10/15/24]] 08:00 fasting - kit mailed to [[ADDRESS:402 Myrtle St W]], [[ADDRESS:Stillwater]], MN [[ADDRESS:55082]].
Questions: [[PHONE:612-555-0847]] (study line), [[EMAIL:sleepT1@umn.edu]].
""", summary="""
[[NAME:Hope Rasmussen]] gave electronic consent by video on [[DATE:Monday, 7 October 2024]] for a sleep and glucose study in type 1 diabetes, with HbA1c {{lab:7.4%}} at screening. Her fasting baseline visit is on [[DATE:10/15/24]].
"""),

    dict(style="workers_comp", note="""
nurse case mgr phone log - claim [[MRN:41-77302-WC]] - IW [[NAME:Ed Halvorsen]]
[[DATE:6/3]] 0915 called IW [[PHONE:218 555 0197]] - LM
[[DATE:6/3]] 1340 IW returned call. states knee still swelling after full shifts on concrete. PT going ok, 8 of 12 visits. asked about getting back to "real work" - explained restrictions until MD says.
[[DATE:6/4]] 1005 spoke w dr [[NAME:lindberg]]'s MA [[NAME:aino]] ([[PHONE:218-555-0160]] x[[PHONE:204]]) - MRI L knee approved, sched [[DATE:Thu 6/12]] 0700 Essentia [[ADDRESS:Hibbing]]. auth [[MRN:UR-2025-66104]].
[[DATE:6/4]] 1020 emailed employer HR [[EMAIL:grace.sundqvist@ironrange-mfg.com]] re light duty avail.
[[DATE:6/5]] 0900 [[NAME:grace]] called back - none on 2nd shift.
[[DATE:6/9]] 1500 adjuster [[NAME:Will King]] ok'd TTD continuation thru [[DATE:6/20]]. will fax WC-31 form to [[PHONE:651.555.0114]].
[[DATE:6/13]] 0830 MRI result per [[NAME:aino]]: medial meniscus tear, posterior horn. f/u w/ ortho [[DATE:6/18]].
[[DATE:6/18]] 1615 ortho (Dr [[NAME:Pekkala]]): scope recommended. requested auth. IW ok w plan. next call [[DATE:6/25]].
-- [[NAME:ML]] RN CCM
""", summary="""
Case manager [[NAME:ML]] arranged a knee MRI for injured worker [[NAME:Ed Halvorsen]] on [[DATE:Thu 6/12]], which showed a medial meniscus tear, and adjuster [[NAME:Will King]] extended TTD through [[DATE:6/20]]. Ortho recommended arthroscopy on [[DATE:6/18]] and authorization was requested.
"""),

    dict(style="opo_coordinator", note="""
FAMILY APPROACH NOTE - OPO Family Services
Patient: [[NAME:Benjamin Sasportas]]  ({{age:61}} M)  hospital MRN [[MRN:10-445-9921]]  OPO case [[MRN:24-1187]]
Date: [[DATE:Sat Dec 7, 2024]]. Brain death declared [[DATE:12/7/2024]] 11:20 (2nd exam, apnea test PaCO2 {{lab:68}}).
Present: wife [[NAME:Mazal Sasportas]], son [[NAME:Yosef]], daughter [[NAME:Odessa Sasportas-Klein]], family rabbi (Rabbi [[NAME:Amselem]]), RN [[NAME:Lisbeth]], me.
Family is Sephardic Orthodox. Rabbi discussed with them (and by phone w/ posek in [[ADDRESS:Jerusalem]], [[PHONE:+972 2 555 8140]]) halachic view of brain-stem death; family requested time, no approach until after Shabbat ends (~17:10).
18:00 discussion: family authorized kidneys and liver; declined eyes/tissue. Requested chevra kadisha be allowed to attend after recovery and body be returned quickly for burial tomorrow.
Coordinated with ME (not an ME case) and funeral home [[PHONE:(305) 555-0661]]. OR booked [[DATE:12/8]] 02:00.
[[NAME:Odessa]] is HCP; signed authorization form #[[MRN:AF-24-4418]]; witness [[NAME:Lisbeth Nyström]], RN.
FS Coordinator: [[NAME:Riina Põld]], cell [[PHONE:305 555 0273]]
""", summary="""
After [[NAME:Benjamin Sasportas]] was declared brain dead on [[DATE:12/7/2024]], his Sephardic Orthodox family consulted their rabbi and authorized kidney and liver donation after Shabbat. Recovery was set for [[DATE:12/8]] with an expedited return for burial.
"""),

    dict(style="research_consent", note="""
PROTOCOL DEVIATION LOG ENTRY - minor
Category: visit procedure. Description: fasting lipid panel drawn non-fasting at Week 8 (participant had coffee with cream ~2 h prior). Identified by coordinator at chart QC.
Impact: LDL-C endpoint at Week 8 not evaluable; primary endpoint (Week 12) unaffected.
Root cause: reminder call script lacked explicit "black coffee / water only" instruction.
Corrective action: script revised (v1.3); all coordinators retrained at team meeting; laminated card added to visit kits.
Preventive: fasting status question moved to top of visit CRF; hard stop in EDC if "no".
Reportable to IRB? No - minor, no impact on safety or rights; logged for annual continuing review.
Related labs on record: {{lab:TG 212 mg/dL}} (non-fasting), {{lab:LDL-C 96 mg/dL}} (calculated, {{eponym:Friedewald}}, invalid).
Reviewed by PI and QA. Status: closed.
""", summary="""
A minor protocol deviation was logged because a Week 8 lipid panel was drawn non-fasting, so the Week 8 LDL-C ({{lab:LDL-C 96 mg/dL}}) cannot be evaluated. The reminder script was revised, staff were retrained and the entry was closed.
"""),

    dict(style="blood_donor", note="""
AUTOLOGOUS DONATION - pre-op, Blood Donor Services
Donor-patient: [[NAME:GUÐMUNDSSON, ÓLAFUR BJARNI]]   DOB [[DATE:23/08/1962]] (Icelandic ID card, day first)   MRN [[MRN:80-3321-6]]
Surgery: elective R THA with Dr. [[NAME:Sveinsson]], scheduled [[DATE:March twenty-fourth]] per referral ([[DATE:3/24/25]]). Ordering form rec'd [[DATE:2/28]] by fax from [[PHONE:952-555-0437]].
Hx: rare antibody anti-Vel? no -> anti-Kp(b), compatible units scarce -> autologous x2 requested by rare donor program ([[NAME:Dagný]] at IRL, ref [[MRN:RDP-25-019]]).
Collection #1 [[DATE:Mon 3/3/25]]: Hgb {{lab:14.6}}, BP {{vital:132/80}}, P {{vital:74}}. {{dose:500 mL}} WB, unit [[MRN:A2503 0331 01]] labeled "FOR AUTOLOGOUS USE ONLY". {{drug:Ferrous sulfate}} {{dose:325 mg}} daily started.
Collection #2 [[DATE:3/10]]: Hgb {{lab:13.4}} (>11 OK). Unit [[MRN:A2503 1031 02]].
Last collection must be >72 h before surgery - OK.
Shipped to hospital BB [[DATE:3/19]] on ice, temp log nl. Receiving tech [[NAME:Jónína]].
Donor tolerated well; mild bruise L AC. Wife [[NAME:Bryndís]] drove.
[[NAME:Hallgerður Magnúsdóttir]], RN
""", summary="""
[[NAME:Ólafur Guðmundsson]], who has anti-Kp(b), donated two autologous units on [[DATE:Mon 3/3/25]] and [[DATE:3/10]] before his hip replacement on [[DATE:3/24/25]]. The units were shipped to the hospital blood bank on [[DATE:3/19]].
"""),

    dict(style="workers_comp", note="""
work comp visit, dictated

patient is [[NAME:mats ekholm]] e k h o l m, date of birth [[DATE:june second nineteen seventy nine]], claim number [[MRN:two two dash zero nine one one four seven]], seen today [[DATE:the fourteenth of january twenty twenty five]]. he is a roofer for Nordic Exteriors who fell about eight feet from a ladder on [[DATE:december thirtieth]] in [[ADDRESS:white bear lake]] landing on his left heel. seen at the ER that day, x-rays negative for calcaneus fracture, CT on [[DATE:January 3rd]] showed nondisplaced fracture of the calcaneus after all, {{score:Sanders type one}}. he's in a CAM boot, nonweight bearing with crutches, taking {{drug:oxycodone}} five milligrams rarely, mostly {{drug:tylenol}}. pain {{score:four out of ten}}. exam swelling improved, {{eponym:Thompson}} test negative, neurovascularly intact, cap refill under two seconds. plan repeat x-ray in two weeks on [[DATE:the twenty-eighth]], start toe touch weight bearing if healing. off work completely through [[DATE:2/11/25]]. foreman [[NAME:Austin Kraemer]] is aware, his number is [[PHONE:six five one, five five five, zero one eight eight]]. dictated by [[NAME:Sanna Huttunen]] PA-C, transcribed [[NAME:rk]] [[DATE:01/15/2025]].
""", summary="""
Roofer [[NAME:Mats Ekholm]] has a nondisplaced left calcaneus fracture from a ladder fall at work on [[DATE:december thirtieth]] and is non-weight-bearing in a boot. He is off work through [[DATE:2/11/25]], with a repeat x-ray on [[DATE:the twenty-eighth]].
"""),

    dict(style="study_visit_log", note="""
PK VISIT - Phase 1, single ascending dose, Cohort 3 ({{dose:300 mg}})       Clinical Research Unit
Subject [[MRN:101-3-007]] | [[NAME:Koivisto, Onni]] | Bed 7 | Visit D1 [[DATE:2025-02-17]] -> D3 [[DATE:2025-02-19]]
Dosed 08:02 with {{dose:240 mL}} water, fasted 10 h. Mouth check done ([[NAME:AJ]]).
Sample   Nominal   Actual   Tube ID          Drawn by
PK01     pre       07:48    [[MRN:PK-3007-01]]       [[NAME:AJ]]
PK02     0.5 h     08:33    [[MRN:PK-3007-02]]       [[NAME:AJ]]
PK03     1 h       09:05    [[MRN:PK-3007-03]]       [[NAME:yl]]  (+3 min, within 5-min window)
PK04     2 h       10:02    [[MRN:PK-3007-04]]       [[NAME:yl]]
PK05     4 h       12:11    [[MRN:PK-3007-05]]       [[NAME:AJ]]  (+9 min -> deviation, note to file)
PK06     24 h      08:00 [[DATE:2/18]]   [[MRN:PK-3007-06]]   [[NAME:MdV]]
ECG triplicate pre + 2 h: QTcF {{vital:412}}, {{vital:418}} ms. Vitals 2 h {{vital:BP 121/73}}, {{vital:HR 58}}.
AE: mild headache 14:00, {{drug:acetaminophen}} {{dose:500 mg}} x1, resolved 16:30 - not related per PI.
Discharge D3 after safety labs ({{lab:ALT 22}}, {{lab:Cr 0.9}}). Follow-up call [[DATE:Feb 24]], end-of-study visit [[DATE:3/3]].
[[NAME:AJ]] = [[NAME:Anu Järvinen]]; [[NAME:yl]] = [[NAME:Yevgenia Levitan]]; [[NAME:MdV]] = [[NAME:Mark de Vries]]
""", summary="""
Phase 1 subject [[NAME:Onni Koivisto]] received {{dose:300 mg}} on [[DATE:2025-02-17]]; the 4-hour PK sample was 9 minutes late and noted as a deviation. He had a mild unrelated headache and normal safety labs, with follow-up on [[DATE:Feb 24]].
"""),

    dict(style="occupational_injury", note="""
RESPIRATOR FIT TEST SUMMARY - annual program, Environmental Services & Respiratory Therapy
Method: quantitative fit test (PortaCount, N95 mode), OSHA 1910.134 Appendix A protocol, 8 exercises.
Models tested: 3M 1870+, 3M 8210, Halyard Fluidshield, Moldex 1511; elastomeric 3M 6502QL with P100 for failures.
Results (n=64): pass on first model 49 (77%); pass on second model 11; elastomeric/PAPR assignment 4.
Overall fit factor median 187 (pass >= 100).
Common failures: facial hair at seal (6), small face size with 1870+ (5).
Medical clearance: all had OSHA questionnaire reviewed; 2 referred for spirometry (FEV1 {{lab:68% predicted}}, {{lab:71% predicted}}) - cleared for N95, not for PAPR-exempt tasks.
PAPR (CAPR) training given to 4 staff unable to pass any N95.
Reminder: new hires must be fit tested before any Airborne Precautions room entry; re-test with weight change > 10%, dental work, or facial surgery.
""", summary="""
The annual respirator fit testing found 77% of 64 staff passed on their first N95 model, and 4 were assigned elastomeric respirators or PAPRs. Two staff with reduced spirometry were cleared for N95 use.
"""),

    dict(style="occupational_injury", note="""
OCC HEALTH - EYE INJURY AT WORK
[[NAME:Thijs Snellen]], {{age:33}}, welder-fabricator, Van Dyk Steel ([[ADDRESS:Pella]], IA). DOI [[DATE:Tue 10 Sep 2024]] 15:20. Visit [[DATE:10SEP24]] 16:45.   Acct [[MRN:OH-0091773]]
Grinding without face shield (safety glasses on, gap at side); felt something hit L eye.
Visual acuity ({{eponym:Snellen}} chart, uncorrected): OD {{vital:20/20}}, OS {{vital:20/40}}.
Fluorescein: 1 mm metallic FB L cornea at 4 o'clock, small rust ring; no {{eponym:Seidel}} sign. AC quiet.
Removed FB w/ 25g needle under {{drug:proparacaine}} 0.5%; rust ring burred partially.
Rx: {{drug:erythromycin}} ophth oint QID x5 d; no patching. {{drug:ibuprofen}} {{dose:400 mg}} PRN.
RTW: full duty tomorrow, with face shield when grinding (employer safety mgr [[NAME:Hunter Bakker]], [[PHONE:641-555-0122]], notified [[DATE:9/11]]).
Recheck [[DATE:9/12]] for rust ring - if residual, refer ophthalmology (Dr. [[NAME:Mulder]], [[ADDRESS:Oskaloosa]]).
Employer first report of injury #[[MRN:FROI-24-3318]] filed.
[[NAME:Lieke Dekker]], PA-C
""", summary="""
Welder [[NAME:Thijs Snellen]] had a metal corneal foreign body in the left eye removed on [[DATE:10SEP24]], with {{eponym:Snellen}} acuity {{vital:20/40}} OS, and he was given {{drug:erythromycin}} ointment. He returns to full duty with a face shield and rechecks on [[DATE:9/12]].
"""),
]
