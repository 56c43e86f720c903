NOTES = [
    dict(style="hospice_admission", note="""
HOSPICE ADMISSION - RN CASE MANAGER
Patient: [[NAME:KAHANANUI, LEILANI K]]    MRN: [[MRN:HS-0081734]]    DOB: [[DATE:04/17/1931]] ([[AGE:94]] y)
Medicare ID: [[MRN:7TQ2-WE4-KN58]]    Election of benefit signed: [[DATE:6/9/25]]
Home: [[ADDRESS:87-1140 Farrington Hwy, Waianae, HI 96792]]
Primary caregiver: granddaughter [[NAME:Makana Kahananui-Reyes]], cell [[PHONE:(808) 555-0193]]

Terminal dx: end-stage heart failure, {{score:NYHA class IV}}, EF 15% on last echo. Hospitalized x3 since January.
Hospice attending Dr. [[NAME:Keola Akana]]; PCP [[NAME:Susan Whitfield]], MD certifies prognosis of 6 months or less.

VS: {{vital:BP 96/58}}, {{vital:HR 104}} irreg, {{vital:RR 24}}, {{vital:SpO2 89%}} RA, afebrile. {{score:PPS 30%}}, {{score:Braden 12}}.
Skin: sacral stage 2, 2 x 1.5 cm, pink base. Bilat LE 3+ pitting edema to knees.
Meds reconciled: {{drug:Lasix}} {{dose:40 mg}} PO BID, {{drug:Roxanol}} {{dose:5 mg}} SL q2h PRN dyspnea, {{drug:Ativan}} {{dose:0.5 mg}} SL q4h PRN anxiety, {{drug:Haldol}} {{dose:0.5 mg}} SL q6h PRN agitation. Comfort kit delivered by Kokua Pharmacy at 1430.
POLST on refrigerator: DNR / comfort-focused treatment. Pt alert, oriented to person and place, recognizes [[NAME:Makana]]; states "I want to stay home where I can hear the ocean."
Plan: RN 3x/wk, HHA 5x/wk for bathing, Kahu [[NAME:Daniel Kealoha]] (chaplain) to visit this week, SW [[NAME:Ana Paula Ferreira]], MSW to call family [[DATE:6/11]] re caregiver respite.

[[NAME:R. Tavares]], RN
""", summary="""
[[NAME:Leilani Kahananui]], [[AGE:94]], was admitted to home hospice on [[DATE:6/9/25]] for end-stage heart failure with a comfort kit ({{drug:Roxanol}}, {{drug:Ativan}}, {{drug:Haldol}}) and a DNR POLST. Her granddaughter [[NAME:Makana Kahananui-Reyes]] is the primary caregiver.
"""),

    dict(style="hospice_idg", note="""
INTERDISCIPLINARY GROUP (IDG) REVIEW - [[DATE:Wednesday 14 May 2025]]
Present: Dr. [[NAME:Fenella MacLeod]] (medical director), [[NAME:Tigist Alemu]], RN, [[NAME:Gwilym Pryce]], LCSW, Br. [[NAME:Aodhán Ó Briain]] (chaplain), [[NAME:Sixkiller, Dana]] (volunteer coord)

Patient                   | Terminal dx                    | PPS  | Discussion
[[NAME:Yazzie, Harold B]]         | ESLD w/ hepatic enceph.        | {{score:30%}}  | recert due [[DATE:5/22]]; daughter [[NAME:Loretta]] asks for traditional healer visit - team supports, SW to coordinate
[[NAME:Bjørnstad, Solveig]]       | ALS, bulbar onset              | {{score:40%}}  | BiPAP nightly; raised withdrawal of NIV, ethics c/s requested
[[NAME:Ogunleye, Adebayo]]        | metastatic prostate ca         | {{score:20%}}  | actively dying; continuous care started [[DATE:5/13]] 2200
[[NAME:Winters, Hope]]            | {{eponym:Alzheimer}} dementia, {{score:FAST 7d}} | {{score:20%}}  | wt down 4 kg since admission, MAC 19 cm; meets recert

Comments: Mr. [[NAME:Ogunleye]]'s sons are flying in from [[ADDRESS:Lagos]]; the family's hope is that he lives until they arrive. Chaplain to offer prayer in Yoruba via interpreter [[NAME:Funmilayo Adeyinka]].
[[NAME:Hope]] remains calm on {{drug:Seroquel}} {{dose:12.5 mg}} qhs; no falls this period.
Next IDG [[DATE:5/28/2025]].
""", summary="""
The hospice team reviewed four patients on [[DATE:14 May 2025]], including [[NAME:Harold Yazzie]] (recert due, family requesting a traditional healer) and [[NAME:Adebayo Ogunleye]], who is actively dying on continuous care. [[NAME:Hope Winters]] meets recertification criteria for {{eponym:Alzheimer}} dementia.
"""),

    dict(style="hospice_death_visit", note="""
death visit. called 0140 by wife mrs [[NAME:ileana popescu]] stating husband "stopped breathing." arrived 0215.
pt [[NAME:ionuț popescu]], {{age:78}}, hospice dx metastatic NSCLC. per wife last breath approx 0158, she was holding his hand, son [[NAME:mihai]] and daughter-in-law [[NAME:roxana]] present.
assessment: no respirations, no apical pulse auscultated x 1 full min, no response to verbal/tactile stimuli, pupils fixed and dilated. pronounced 0231 [[DATE:06/02/2025]].
{{eponym:Foley}} removed, body bathed w/ family participating per their wishes (Orthodox prayers, candle lit at bedside).
controlled substance disposal witnessed by [[NAME:mihai popescu]]: {{drug:morphine}} 20 mg/mL oral soln approx {{dose:18 mL}} and {{drug:lorazepam}} 0.5 mg tabs x 11 mixed w/ coffee grounds in sealed bag.
Dr. [[NAME:Ardelean]] notified via answering svc [[PHONE:312-555-0148]] at 0240, will sign death certificate.
funeral home (Riverside Memorial Chapel) called 0245, arrived 0350.
wife tearful but coping, declined on-call chaplain tonight; bereavement referral placed.
[[NAME:C. van der Walt]], RN ([[NAME:cvanderwalt]])
""", summary="""
Hospice RN [[NAME:C. van der Walt]] pronounced [[NAME:Ionuț Popescu]] dead at home at 0231 on [[DATE:06/02/2025]] with family present. Opioid and benzodiazepine waste was witnessed by his son [[NAME:Mihai]], and the family was referred for bereavement support.
"""),

    dict(style="hospice_rn_visit", note="""
HOSPICE RN ROUTINE VISIT
S: Wife reports pt slept most of the past 24 h, taking only sips of water and a few spoonfuls of pudding. No grimacing when turned. Family asked whether to keep giving the {{drug:Coreg}}; reviewed deprescribing at end of life.
O: {{vital:T 37.9}} axillary, {{vital:HR 118}}, {{vital:RR 28}} with {{eponym:Cheyne-Stokes}} pattern and 10-15 sec apneas, {{vital:SpO2 84%}} on 2 L NC.
Mottling bilat knees and feet, cool extremities. New pear-shaped purple area on sacrum c/w {{eponym:Kennedy}} terminal ulcer.
{{eponym:Foley}} draining 90 mL dark amber since 0800. Terminal secretions audible at bedside.
{{score:PPS 10%}}, {{score:PAINAD 2}}.
A: Actively dying, likely hours to days.
P:
- Start {{drug:scopolamine}} {{dose:1.5 mg}} patch behind ear q72h; {{drug:Levsin}} {{dose:0.125 mg}} SL q4h PRN secretions
- Continue {{drug:Roxanol}} {{dose:5 mg}} SL q1h PRN; wife using ~3 doses/day
- D/C {{drug:Coreg}}, {{drug:Lipitor}}, {{drug:Januvia}}
- Continuous care criteria not met at this time; on-call RN to phone family at 2000
- Family (Catholic) requests Anointing of the Sick; chaplain to contact parish
""", summary="""
Hospice patient is actively dying with {{eponym:Cheyne-Stokes}} breathing, mottling and a {{eponym:Kennedy}} terminal ulcer. {{drug:Scopolamine}} was started for secretions and non-comfort medications were stopped.
"""),

    dict(style="home_health_soc", note="""
HOME HEALTH START OF CARE (OASIS-E)
Pt: [[NAME:Sigurðardóttir, Guðrún]]    DOB [[DATE:1939-02-11]]    Agency MR# [[MRN:HH25-06617]]
SOC [[DATE:06-03-2025]]    Address: [[ADDRESS:4410 Chowen Ave S, Minneapolis, MN 55410]]
Referral: Fairview Southdale Hospital, s/p L hip hemiarthroplasty for femoral neck fx.
Lives with husband [[NAME:Þórður]] ({{age:88}}, uses cane) in 2-story home, bedroom upstairs; 14 steps with R rail. Daughter [[NAME:Hildur Thordarson]] lives in [[ADDRESS:Edina]], visits daily, ph [[PHONE:952.555.0127]].

VS: {{vital:BP 148/82}}, {{vital:P 76}}, {{vital:T 36.8}}, {{vital:SpO2 96%}} RA. Pain {{score:4/10}} L hip w/ activity.
Incision: L lateral hip 12 cm, staples intact, no drainage. Posterior hip precautions reviewed.
{{score:TUG 24 sec}}, {{score:Morse 65}} (high fall risk).
Meds: {{drug:Eliquis}} {{dose:2.5 mg}} BID x 35 d, {{drug:Norco}} {{dose:5/325}} 1 tab q6h PRN, {{drug:Colace}} {{dose:100 mg}} BID, {{drug:Fosamax}} {{dose:70 mg}} weekly (Sun). Discrepancy: pt also taking OTC {{drug:Aleve}} - instructed to stop while on anticoagulant.
Orders: SN 1w4, PT 2w4, OT 1w3. Raised toilet seat and shower chair ordered.
PCP Dr. [[NAME:Erik Lindqvist]] signed POC [[DATE:6/4]].

[[NAME:Bethan Pritchard]], RN, BSN
""", summary="""
[[NAME:Guðrún Sigurðardóttir]] started home health on [[DATE:06-03-2025]] after a left hip hemiarthroplasty and is at high fall risk ({{score:Morse 65}}). She was told to stop OTC {{drug:Aleve}} while on {{drug:Eliquis}}.
"""),

    dict(style="home_health_wound", note="""
SN VISIT - WOUND CARE
[[DATE:06/12/25]] 0930-1025    Pt: [[NAME:Colón Rivera, Yaritza]] ("[[NAME:Yari]]")    MR [[MRN:0049218]]
S: "the foot feels better but my sugar been high." Ran out of {{drug:Tresiba}} x2 days; refill sent to Walgreens on [[ADDRESS:W Vine St]].
O: {{lab:FSBG 312}}, {{vital:T 98.9}}, {{vital:BP 136/84}}, {{vital:HR 88}}.
L plantar 1st MTH ulcer 1.8 x 1.2 x 0.4 cm (prev 2.1 x 1.4 x 0.5), granular base 80%, slough 20%, mod serous drainage, no odor, periwound macerated. {{score:Wagner grade 2}}. Pedal pulses faint, cap refill 3 sec.
Tx per order: NS cleanse, {{drug:Santyl}} to slough, Ca alginate, bordered foam, offloading shoe reapplied.
Teaching: insulin never skipped, sick-day rules, inspect feet daily w/ mirror. Son [[NAME:Kevin]] present, will pick up Rx today.
Fax update to Dr. [[NAME:Figueroa-Batista]] office [[PHONE:407-555-0162]] re hyperglycemia.
Next visit [[DATE:Mon 6/16]].
[[NAME:D. Santiago]], LPN / [[NAME:dsantiago3]]
""", summary="""
[[NAME:Yaritza Colón Rivera]]'s diabetic foot ulcer is improving, but her glucose was {{lab:FSBG 312}} after two days without {{drug:Tresiba}}. The nurse notified Dr. [[NAME:Figueroa-Batista]] by fax and will revisit on [[DATE:6/16]].
"""),

    dict(style="home_health_pt", note="""
HOME HEALTH PT RE-EVALUATION (visit 9 of 12)
[[NAME:Hunter Walker]] ambulated 150 ft with a front-wheeled walker on level surfaces, CGA, 2 standing rests. Declines cane trial today.
{{score:Berg 38/56}} (was {{score:29/56}} at SOC [[DATE:May 20]]). {{score:TUG 19 sec}}. Stairs: 4 steps w/ L rail, step-to pattern, min A.
Orthostatics: {{vital:BP 128/70}} sitting -> {{vital:BP 112/64}} standing, asymptomatic.
Strength: hip flexion {{score:4-/5}} bilat, knee ext {{score:4/5}} R, {{score:4+/5}} L. Pain {{score:3/10}} R knee.
Wife [[NAME:Brooke]] reports he uses the walker in the house but leaves it by the door when he goes out to the porch.
Goal: ambulate to mailbox (~200 ft) on gravel drive at [[ADDRESS:2219 County Road 14, Tahlequah, OK]] with LRAD and supervision.
Plan: extend POC 2w2, progress outdoor gait, add HEP sit-to-stand x10 three times daily. Pt and wife agree.
[[NAME:Naomi Walkingstick]], PT, DPT
""", summary="""
[[NAME:Hunter Walker]]'s balance improved ({{score:Berg 38/56}}) and he walks 150 ft with a walker, though he skips it outdoors. Home PT was extended to reach the mailbox on his gravel drive.
"""),

    dict(style="home_health_phone", note="""
TELEPHONE ENCOUNTER - [[DATE:Thu 6/19/2025]] 14:40
Pt: [[NAME:ADEYEMI, OLUWASEUN T]]    MRN [[MRN:77310452]]
Called pt's daughter [[NAME:Folasade Adeyemi]] at [[PHONE:(713) 555-0184]] re POC INR drawn this AM by SN.
{{lab:INR 4.6}} (goal 2-3); prior {{lab:INR 2.8}} on [[DATE:6/12]]. No bleeding, no dark stools, no falls. Urgent care started {{drug:Bactrim}} DS BID for UTI on [[DATE:6/14]] - likely interaction.
Per Dr. [[NAME:Chukwuemeka Eze]]'s anticoag protocol: HOLD {{drug:Coumadin}} tonight, then resume {{dose:5 mg}} daily except {{dose:2.5 mg}} Mon/Fri. Recheck INR [[DATE:6/23]].
Daughter read back instructions correctly. Voicemail left for Dr. [[NAME:Eze]]'s nurse at x[[PHONE:2271]].
-- [[NAME:K. Ndlovu]], RN
""", summary="""
[[NAME:Oluwaseun Adeyemi]]'s {{lab:INR 4.6}} was likely from {{drug:Bactrim}}, so {{drug:Coumadin}} was held one night and resumed at a reduced schedule. His daughter [[NAME:Folasade]] confirmed the plan; recheck [[DATE:6/23]].
"""),

    dict(style="home_health_aide_supervision", note="""
HHA SUPERVISORY VISIT (q14 days, aide present)
Client: [[NAME:SZŐKE ERZSÉBET]]    Date: [[DATE:5.28.2025]]
Aide: [[NAME:Lwazi Mgqibela]], HHA    Supervising RN: [[NAME:Ingrid Haugland]]
[x] Arrives on time per client
[x] Shower chair transfer observed - safe, gait belt used
[x] Skin check documented; no redness at heels or sacrum
[x] Meal prep per low-sodium plan
[ ] Nail care - not within HHA scope, podiatry referral placed
Client comments: "[[NAME:Lwazi]] is very kind, he sings to me while I dress."
Mrs. [[NAME:Szőke]] is [[AGE:97]] and lives alone at [[ADDRESS:11820 Buckeye Rd, Cleveland]]; nephew [[NAME:Gergely Horváth]] holds POA and visits Sundays.
{{vital:BP 142/76}}, {{vital:HR 64}}. Taking {{drug:Lasix}} {{dose:20 mg}} daily; wt stable.
Plan: continue HHA 3x/wk; next supervisory visit [[DATE:6/11]].
[[NAME:IH]]
""", summary="""
The supervisory visit on [[DATE:5.28.2025]] found aide [[NAME:Lwazi Mgqibela]] providing safe care to [[NAME:Erzsébet Szőke]], [[AGE:97]], who lives alone with her nephew as POA. A podiatry referral was placed for nail care.
"""),

    dict(style="occ_health_wc_initial", note="""
OCCUPATIONAL HEALTH - WORKERS' COMPENSATION INITIAL VISIT
Employee: [[NAME:Tsosie, Marlon J]]    DOB [[DATE:08/30/1984]]    SSN xxx-xx-[[SSN:4471]]
Employer: Four Corners Materials LLC    Badge # [[MRN:FCM-20931]]    Claim # [[MRN:WC25-118406]]
Adjuster: [[NAME:Heather Collins]], [[PHONE:505-555-0137]]
DOI: [[DATE:06/17/2025]] ~1030. Lifting 80-lb bag of cement from pallet, felt "pop" low back w/ radiation to L buttock, no radiation below knee. Reported to supervisor [[NAME:Ray Begay]] same day.
Exam: L>R paraspinal spasm, flexion limited to 40 deg, SLR neg bilat, DTR 2+ symmetric, {{score:5/5}} strength LE, sensation intact. No saddle anesthesia, no bowel/bladder sx.
Dx: lumbar strain, work-related.
Plan: {{drug:Flexeril}} {{dose:5 mg}} qhs, {{drug:naproxen}} {{dose:500 mg}} BID with food, ice/heat, PT 2x/wk x 3 wk.
Work status: modified duty - no lifting >15 lb, no repetitive bending, may alternate sit/stand q30 min.
Lives in [[ADDRESS:Window Rock]], commutes 40 min; counseled not to drive within 8 h of {{drug:Flexeril}}.
Recheck [[DATE:6/24]].
[[NAME:Amanda R. Keller]], PA-C
""", summary="""
[[NAME:Marlon Tsosie]] strained his low back lifting cement on [[DATE:06/17/2025]] (claim [[MRN:WC25-118406]]). He was placed on modified duty with {{drug:Flexeril}}, {{drug:naproxen}} and PT.
"""),

    dict(style="occ_health_respirator", note="""
RESPIRATOR MEDICAL CLEARANCE (OSHA 1910.134)
Name: [[NAME:Niamh Ní Bhriain]]    Emp ID [[MRN:448120]]    Dept: Sterile Processing, nights
Questionnaire reviewed [[DATE:3 June 2025]]. Hx mild intermittent asthma, {{drug:albuterol}} MDI <1x/mo, no ED visits. Never smoker. No claustrophobia.
Spirometry: {{lab:FEV1 2.91 L (94% pred)}}, {{lab:FVC 3.40 L}}, {{lab:FEV1/FVC 0.86}} - normal.
{{vital:BP 118/74}}, {{vital:HR 68}}, {{vital:SpO2 99%}}.
Determination: CLEARED for N95 filtering facepiece and PAPR, no restrictions.
Fit test to be completed by Employee Health this week; re-evaluate if new symptoms.
Questions: Employee Health [[PHONE:617-555-0102]], ask for [[NAME:Caoimhe]].
""", summary="""
[[NAME:Niamh Ní Bhriain]] was medically cleared on [[DATE:3 June 2025]] for N95 and PAPR use with normal spirometry despite mild asthma.
"""),

    dict(style="occ_health_work_status", note="""
WORK STATUS REPORT
To: [[NAME:Siobhan O'Driscoll]], Risk Management, Columbia River Freight    Fax: [[PHONE:(503) 555-0179]]
Re: [[NAME:Rhys ap Gwilym]]    Claim: [[MRN:2025-WC-00731]]    DOI: [[DATE:4/2/25]]
Date seen: [[DATE:5/30/25]]

Diagnosis: R wrist {{eponym:de Quervain}} tenosynovitis, work-related (repetitive scanner use, dock loading).
Findings: {{eponym:Finkelstein}} test now mildly positive (was strongly positive), grip 32 kg R vs 36 kg L. Pain {{score:2/10}}.
Treatment to date: thumb spica splint, OT x 8, {{drug:Kenalog}} {{dose:10 mg}} injection first dorsal compartment [[DATE:4/25]].

Status: [X] Full duty effective [[DATE:June 2, 2025]]
        [ ] Modified duty
        [ ] Off work
MMI: not yet. Follow-up in 4 wk or sooner PRN.
Signed: [[NAME:Cerys Llewellyn]], DO    Occupational Medicine
""", summary="""
[[NAME:Rhys ap Gwilym]] is improving from work-related {{eponym:de Quervain}} tenosynovitis after a {{drug:Kenalog}} injection. He was released to full duty effective [[DATE:June 2, 2025]], not yet at MMI.
"""),

    dict(style="occ_health_bbp_exposure", note="""
BLOODBORNE PATHOGEN EXPOSURE - EMPLOYEE HEALTH
employee: [[NAME:joão pedro carvalho]], RN, 5 West    employee # [[MRN:E0091347]]
exposure [[DATE:6/20/2025]] 0310 - 25g needle after SQ {{drug:heparin}}, L index finger, through glove, bled. washed w/ soap & water immediately, reported to charge RN [[NAME:thaís albuquerque]].
source pt MRN [[MRN:10458822]]: rapid {{lab:HIV Ag/Ab nonreactive}}, {{lab:HBsAg neg}}, {{lab:HCV Ab neg}}.
employee baseline: {{lab:anti-HBs 142 mIU/mL}} (immune), HIV/HCV drawn.
PEP not indicated given negative source. no further testing needed if baseline neg.
safety device was not engaged; reviewed with manager. incident report # [[MRN:IR-25-3381]].
-- [[NAME:MMB]]
""", summary="""
RN [[NAME:João Pedro Carvalho]] had a needlestick on [[DATE:6/20/2025]] from a source patient who tested negative for HIV, hepatitis B and C. He is hepatitis B immune and no PEP was needed.
"""),

    dict(style="occ_health_adjuster_email", note="""
From: [[EMAIL:mhaugen@cascadeocchealth.org]]
To: [[EMAIL:lynette.brown@nwmutualcomp.com]]
Sent: [[DATE:Tue, 10 Jun 2025]] 08:14
Subject: [[NAME:Mamani Quispe]] - claim [[MRN:NWC-3390175]] - MRI authorization

[[NAME:Lynette]],
Following up on the MRI request for [[NAME:Illari Mamani Quispe]] (R shoulder, DOI [[DATE:3/28/2025]]). She has completed 6 weeks of PT and had a subacromial {{drug:Kenalog}} {{dose:40 mg}} injection on [[DATE:5/6]] with only brief relief. Pain remains {{score:6/10}} with overhead reach; empty can {{score:4-/5}}, + {{eponym:Hawkins}} and + {{eponym:Neer}}, drop arm negative.
I'm concerned about a full-thickness supraspinatus tear. Please authorize MRI R shoulder without contrast (CPT 73221).
She is working modified duty in housekeeping, no overhead work. Her Quechua-speaking husband [[NAME:Wayra]] has been interpreting; we will use a certified interpreter at the next visit.
Thanks,
Dr. [[NAME:Magnus Haugen]]
Cascade Occupational Health | ph [[PHONE:253-555-0146]] | fax [[PHONE:253-555-0147]]
""", summary="""
Dr. [[NAME:Magnus Haugen]] e-mailed the adjuster on [[DATE:10 Jun 2025]] to authorize a shoulder MRI for [[NAME:Illari Mamani Quispe]] (claim [[MRN:NWC-3390175]]) after failed PT and a {{drug:Kenalog}} injection. A rotator cuff tear is suspected.
"""),

    dict(style="occ_health_audiogram", note="""
HEARING CONSERVATION - ANNUAL AUDIOGRAM REVIEW
Noise exposure: stamping press line, TWA 91 dBA; dual protection required in zone.
Thresholds (dB HL)   500  1k   2k   3k   4k   6k
R baseline            10   10   15   20   25   20
R current             10   15   15   30   40   30
L baseline            10   10   10   15   20   20
L current             10   10   15   20   25   25
STS present R ear (avg shift at 2k/3k/4k = 8.3 dB after age correction). L ear no STS.
Otoscopy: canals clear, TMs intact. {{eponym:Weber}} midline, {{eponym:Rinne}} AC>BC bilat.
Denies tinnitus, reports shooting trap shotgun on weekends without plugs.
Plan: retest within 30 days after 14 h quiet; refit with foam plugs + earmuffs (NRR 30); counseled on recreational noise. If confirmed, OSHA-recordable if R ear average >= 25 dB. Referred to audiology.
""", summary="""
The annual audiogram shows a standard threshold shift in the right ear with recreational shotgun noise as a contributor. Retest in 30 days, refit hearing protection and refer to audiology.
"""),

    dict(style="occ_health_ime", note="""
INDEPENDENT MEDICAL EXAMINATION - SUMMARY OF FINDINGS
Claimant: [[NAME:MTHEMBU-DLAMINI, THANDEKA N.]]    Claim No. [[MRN:CA-WC-4418892-01]]
Requested by: [[NAME:Rebecca Stone]], Esq.    Exam date: [[DATE:June 5, 2025]]    DOI: [[DATE:11/14/2024]] (cumulative trauma)
Occupation: data entry / claims processor, 9 yr.
Records reviewed: PCP notes of Dr. [[NAME:Pieter du Plessis]] ([[DATE:12/2/2024]] - [[DATE:3/18/2025]]), EMG/NCS [[DATE:01/09/2025]], hand surgery op note (R carpal tunnel release [[DATE:2/20/25]]).
EMG: R {{lab:median distal motor latency 5.2 ms}}, {{lab:sensory latency 4.4 ms}} - moderate R CTS; L mild.
Exam: R palm scar well healed, {{eponym:Tinel}} neg R, + L; {{eponym:Phalen}} + L at 40 sec. 2-pt discrimination 5 mm all digits. Grip R 18 kg, L 22 kg.
Opinions:
1. Bilateral CTS is industrially caused (cumulative keyboarding), apportionment 80% industrial / 20% nonindustrial (hypothyroidism on {{drug:Synthroid}}).
2. R hand at MMI as of [[DATE:5/1/2025]]; {{score:3% WPI}} per AMA Guides 6th ed.
3. L hand not at MMI; recommend splinting and consider release.
[[NAME:Gareth Morgan]], MD, QME
""", summary="""
The IME on [[DATE:June 5, 2025]] found [[NAME:Thandeka Mthembu-Dlamini]]'s bilateral carpal tunnel syndrome to be work-related. Her right hand is at MMI with {{score:3% WPI}}; the left is not.
"""),

    dict(style="sports_med_new", note="""
SPORTS MEDICINE CLINIC - NEW PATIENT
[[NAME:Facundo Benítez]], {{age:19}} y/o R-footed midfielder for the university men's soccer team, here with athletic trainer [[NAME:Chaltu Gemechu]], ATC. Injured [[DATE:Saturday 5/31]] planting L foot on a cutting maneuver; felt pop, unable to continue, swelling within 2 h.
Exam L knee: large effusion, ROM 5-95 deg, {{eponym:Lachman}} 2B with soft endpoint, anterior drawer +, pivot shift deferred (guarding), {{eponym:McMurray}} equivocal lateral, valgus/varus stable at 0 and 30 deg. NVI distally.
MRI [[DATE:06/04/2025]] (acc# [[MRN:RAD-8823105]]): complete ACL tear, bone contusions lateral femoral condyle and posterolateral tibial plateau, small vertical tear posterior horn lateral meniscus.
Plan:
- Prehab: quad sets, heel slides, goal full extension before surgery
- Discussed BTB vs quad tendon autograft; leaning BTB given sport
- Surgery with Dr. [[NAME:Tomás Leiva Fuenzalida]] tentatively [[DATE:6/18]]
- {{drug:Celebrex}} {{dose:200 mg}} daily x 2 wk
Mother [[NAME:Graciela]] joined by speaker from [[ADDRESS:Rosario]], Argentina; questions answered in Spanish.
""", summary="""
[[NAME:Facundo Benítez]], a {{age:19}}-year-old soccer player, tore his left ACL on [[DATE:5/31]] with a lateral meniscus tear on MRI. Reconstruction with Dr. [[NAME:Leiva Fuenzalida]] is planned for [[DATE:6/18]] after prehab.
"""),

    dict(style="sports_med_concussion", note="""
CONCUSSION FOLLOW-UP / RETURN TO PLAY
Pt: [[NAME:Kalani Akana-Smith]]    DOB [[DATE:2009-10-02]]    MRN [[MRN:3380144]]
Sport: HS varsity football (LB). Injury [[DATE:Fri 5/9]], helmet-to-helmet, brief disorientation, no LOC.
Today: SCAT6 symptom number {{score:2/22}}, severity {{score:3}} (was {{score:18/22}} and {{score:54}} on [[DATE:5/12]]). Mild HA after screen time only.
{{score:mBESS 4 errors}}, VOMS without provocation, tandem gait normal. ImPACT composite scores back to baseline.
Completed RTP stages 1-4 without symptoms under ATC [[NAME:Brandon Lee]].
Plan: stage 5 full-contact practice; if asymptomatic 24 h, cleared for game on [[DATE:May 30th]]. Clearance form faxed to school athletics [[PHONE:808-555-0111]].
Discussed with father [[NAME:Keoni Akana]] in clinic; mom [[NAME:Jennifer Smith]] by phone. Return sooner if symptoms recur.
""", summary="""
[[NAME:Kalani Akana-Smith]] has nearly recovered from a concussion sustained on [[DATE:5/9]] and completed return-to-play stages 1-4. He may start full-contact practice and play on [[DATE:May 30th]] if symptom-free.
"""),

    dict(style="ortho_postop_dictation", note="""
this is dr. [[NAME:hamish mackintosh]] dictating a postop visit on [[NAME:pieter van der merwe]], medical record number [[MRN:5512087]], date of service [[DATE:june sixteenth twenty twenty five]]. he is two weeks status post right total knee arthroplasty done on [[DATE:june second]]. he is doing well, pain about {{score:four out of ten}}, using {{drug:oxycodone}} {{dose:five milligrams}} once or twice a day mostly at night, and he is on {{drug:aspirin}} {{dose:81 mg}} twice daily for dvt prophylaxis for four weeks total. on exam incision is clean dry and intact, staples removed today and steri strips applied, no erythema or drainage, calf soft and nontender, negative {{eponym:homans}}. range of motion 5 to 95 degrees, small quad lag. he is walking with a walker in the house and a cane outside, which is a bit early, we discussed that. his wife [[NAME:marietjie]] asks about driving, it is his right leg so no driving until off narcotics and at least six weeks. continue outpatient pt three times a week. return in four weeks with standing x-rays. end of dictation. job [[MRN:884120]].
""", summary="""
[[NAME:Pieter van der Merwe]] is doing well two weeks after a right total knee arthroplasty; staples were removed and he continues {{drug:aspirin}} for DVT prophylaxis. He should not drive until off opioids and at least six weeks out.
"""),

    dict(style="ortho_urgent_care", note="""
ORTHO URGENT CARE - ANKLE
HPI: Inversion injury R ankle stepping off a curb last evening. Able to bear weight 4 steps at scene and in clinic with limp. Iced overnight.
Exam: swelling and ecchymosis over ATFL; TTP ATFL and CFL. No bony TTP at posterior edge or tip of lateral/medial malleolus, navicular, or base of 5th MT. Proximal fibula nontender ({{eponym:Maisonneuve}} unlikely).
Special tests: anterior drawer 1+, talar tilt neg, squeeze test neg, {{eponym:Thompson}} neg.
{{eponym:Ottawa}} ankle and foot rules negative - no radiographs.
Pain {{score:5/10}}. DP/PT pulses 2+, sensation intact.
Dx: Grade II lateral ankle sprain R.
Plan: RICE, lace-up ASO brace, WBAT, {{drug:ibuprofen}} {{dose:600 mg}} TID with food x 5 d, {{drug:Voltaren}} {{dose:1%}} gel QID. HEP (ankle alphabet, towel scrunches, single-leg balance at 1 wk). PT if not improving in 2 wk.
""", summary="""
Grade II right lateral ankle sprain with negative {{eponym:Ottawa}} rules, so no X-rays were taken. Treated with a brace, {{drug:ibuprofen}} and a home exercise program.
"""),

    dict(style="sports_med_procedure", note="""
PROCEDURE NOTE: Ultrasound-guided R glenohumeral joint injection
Patient: [[NAME:Selamawit Bekele]]    MRN [[MRN:60-44-1902]]    Date: [[DATE:19-Jun-2025]]
Indication: adhesive capsulitis R shoulder, freezing phase; ER limited to 15 deg.
Consent: risks incl. infection, post-injection flare, hyperglycemia reviewed. Son [[NAME:Dawit]] interpreted at pt's request (Amharic); pt declined professional interpreter.
Time-out performed with MA [[NAME:Lensa Tolessa]].
Technique: posterior approach, 22g 3.5 in spinal needle, in-plane, 1% {{drug:lidocaine}} skin wheal. Injectate {{drug:triamcinolone}} {{dose:40 mg}} + {{drug:lidocaine}} 1% {{dose:4 mL}} + NS {{dose:5 mL}} (hydrodilatation). Good flow, no resistance.
Post: pain {{score:2/10}} from {{score:7/10}}; passive ER to 30 deg.
Last {{lab:A1c 7.4%}} - advised FSBG may be elevated 2-3 days, call if >300.
Follow-up 6 wk; PT to start within 1 wk.
Dr. [[NAME:Lowri Evans]], MD, CAQSM
""", summary="""
[[NAME:Selamawit Bekele]] had an ultrasound-guided {{drug:triamcinolone}} injection with hydrodilatation for right adhesive capsulitis on [[DATE:19-Jun-2025]], and her pain fell from {{score:7/10}} to {{score:2/10}}. She was warned about transient hyperglycemia.
"""),

    dict(style="ortho_phone_triage", note="""
PHONE MSG  [[DATE:6/21]] 16:52  taken by [[NAME:ayo]] (front desk)
Caller: [[NAME:Dolores Peña]] ("[[NAME:Lola]]"), daughter    cb [[PHONE:978-555-0155]]
Re: mother [[NAME:Altagracia Peña]], [[AGE:ninety-one]] years old, s/p L hip pinning [[DATE:6/9]]. Caller says incision "leaking pink" since this AM.
---
RN triage 17:10: spoke w/ daughter. Small amount serosanguinous drainage on dressing, ~quarter-size, no pus, no odor. {{vital:T 99.6}} oral. Pain controlled w/ {{drug:Tylenol}} {{dose:650 mg}} q6h. Eating ok. No calf pain/SOB. On {{drug:Lovenox}} {{dose:40 mg}} daily.
Advised: dry gauze change BID, mark edges of drainage, call back if spreading, fever >101, or redness. Dr. [[NAME:O'Sullivan]] (on call) aware, agrees.
Appt [[DATE:Mon 6/23]] 9:15 with PA [[NAME:Yokasta Jiménez]] for wound check.
[[NAME:MKO]], RN
""", summary="""
The daughter of [[NAME:Altagracia Peña]], [[AGE:91]], called about pink drainage from her hip pinning incision. The on-call RN advised dressing care and return precautions, with a wound check on [[DATE:6/23]].
"""),

    dict(style="hospice_bereavement", note="""
BEREAVEMENT CONTACT - 1 MONTH
Spoke by phone with [[NAME:Wanda Sixkiller]], wife of [[NAME:Clarence Sixkiller]] (d. [[DATE:5/11/2025]]).
She says the house feels "too quiet." Sleeping 4-5 h/night, appetite fair, managing meds and bills on her own. {{score:PHQ-2 1}}. Denies thoughts of self-harm.
Her sister [[NAME:Faith]] drives over from [[ADDRESS:Stilwell]] on weekends. [[NAME:Wanda]] says her faith and the Wednesday elder lunch at the community center are carrying her.
Still has some of [[NAME:Clarence]]'s medications at home - reviewed drug take-back drop box at the tribal clinic pharmacy.
Plan: mail grief packet and memorial service invitation to [[ADDRESS:RR 2 Box 118, Park Hill, OK 74451]]; next call [[DATE:July 11]].
[[NAME:Jolene Wolfe]], Bereavement Coordinator
""", summary="""
One month after [[NAME:Clarence Sixkiller]]'s death, his wife [[NAME:Wanda]] is grieving but coping, supported by her sister and her community. A grief packet will be mailed and the next call is [[DATE:July 11]].
"""),

    dict(style="sports_med_referral_letter", note="""
[[DATE:June 11, 2025]]

[[NAME:Ifeoma Nwosu]], PT, DPT
Kinetic Sports Physiotherapy
[[ADDRESS:640 Peachtree St NE, Atlanta, GA 30308]]

Re: [[NAME:Sterling Okonkwo]]    DOB [[DATE:3/3/2001]]

Dear Dr. [[NAME:Nwosu]],
Thank you for seeing [[NAME:Sterling]], a 400 m sprinter, for a R proximal hamstring strain (grade 2, MRI [[DATE:6/6/25]]: 4 cm myotendinous junction injury, no avulsion). He has made sterling progress in a week - pain-free walking and {{score:4/5}} prone knee flexion.
Please begin a criteria-based return-to-sprint program (isometrics -> eccentric Nordics -> progressive running). He has a meet target of late August but I have advised him this is not guaranteed. Avoid {{drug:NSAIDs}} beyond the first week.
With thanks,
[[NAME:Ana Carolina Souza]], MD
Sports Medicine

cc: Coach [[NAME:Dale Young]]; [[NAME:Chinedu Okonkwo]] (father)
""", summary="""
Dr. [[NAME:Ana Carolina Souza]] referred [[NAME:Sterling Okonkwo]] to physical therapist [[NAME:Ifeoma Nwosu]] on [[DATE:June 11, 2025]] for a grade 2 proximal hamstring strain and a criteria-based return to sprinting.
"""),

    dict(style="palliative_home_visit", note="""
PALLIATIVE CARE HOME VISIT - GOALS OF CARE
[[DATE:6/6/2025]]. Present: pt [[NAME:Emrys Vaughan]], wife [[NAME:Glenys]], son [[NAME:Huw]] via FaceTime from [[ADDRESS:Cardiff]], and myself.
[[NAME:Emrys]] is {{age:82}} with metastatic pancreatic adenocarcinoma (liver, peritoneum), off chemo since April. {{score:ECOG 3}}.
Symptoms: epigastric/back pain {{score:6/10}}, using {{drug:oxycodone}} {{dose:10 mg}} ~4x/day on top of {{drug:OxyContin}} {{dose:20 mg}} q12h. BM 4 days ago despite {{drug:senna}}. Nausea mild. Ascites, needing paracentesis q10-14 days.
Changes: {{drug:OxyContin}} to {{dose:30 mg}} q12h; {{drug:Movantik}} {{dose:25 mg}} daily; {{drug:Zofran}} {{dose:4 mg}} ODT PRN.
Goals: [[NAME:Emrys]] said, "I don't want to go back to that hospital." MOLST completed: DNR/DNI, no transfer unless comfort cannot be achieved at home. Discussed hospice - family wants to enroll after [[NAME:Huw]] arrives on the [[DATE:14th]]; we agreed a PleurX-type tunneled drain could be arranged through hospice.
[[NAME:Glenys]] is exhausted; respite options discussed.
[[NAME:Siân Griffiths]], MD, Palliative Medicine    cc: Dr. [[NAME:Iwan Roberts]] (oncology)
""", summary="""
[[NAME:Emrys Vaughan]], {{age:82}}, with metastatic pancreatic cancer completed a MOLST choosing DNR/DNI and care at home, and his {{drug:OxyContin}} was increased. The family plans hospice enrollment after his son arrives on the [[DATE:14th]].
"""),

    dict(style="home_health_discharge", note="""
HOME HEALTH DISCHARGE SUMMARY
Pt: [[NAME:McAllister, Douglas R]]    [[AGE:92]]yo M    Acct [[MRN:A-2207781]]    SOC [[DATE:04/28/25]]    D/C [[DATE:06/20/25]]
Dx: CHF exacerbation, deconditioning. Services: SN, PT, OT, HHA.
Outcomes:
- Wt 71.2 kg at d/c (SOC 74.8 kg); daily weights logged by daughter [[NAME:Fiona]]
- {{lab:BNP 412}} -> {{lab:BNP 198}}; no rehospitalization during episode
- Ambulation indep w/ rollator 300 ft; {{score:Berg 44/56}}
- Pt self-administers {{drug:Bumex}} {{dose:1 mg}} daily, {{drug:Entresto}} {{dose:24/26 mg}} BID, {{drug:Jardiance}} {{dose:10 mg}} via pill organizer filled weekly by [[NAME:Fiona]]
Reason for d/c: goals met.
Follow-up: cardiology Dr. [[NAME:Alasdair Grant]] [[DATE:7/2]], PCP in 2 wk. Lifeline pendant in place.
Address on file [[ADDRESS:55 Glen Eagle Rd, Pinehurst, NC 28374]].
[[NAME:Nkosazana Zulu]], RN, Case Manager
""", summary="""
[[NAME:Douglas McAllister]], [[AGE:92]], was discharged from home health on [[DATE:06/20/25]] after his CHF stabilized without rehospitalization. He walks independently with a rollator and sees cardiology on [[DATE:7/2]].
"""),
]
