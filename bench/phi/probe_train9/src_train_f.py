# Hand-written synthetic notes with gold PHI markup (probe_train9, part f).
# Every person, number, date, phone, e-mail and street is invented.

NOTES = [
    dict(style="icu_family_conference", note="""
FAMILY CONFERENCE NOTE - MICU
Re: [[NAME:FA'ALOGO, IOANE T]]    MRN [[MRN:A0097731]]    Hospital day 12
Date: [[DATE:10/29/2024]] 14:00    Location: chapel conference room (family of 15)

Clinical team: Dr. [[NAME:Ingrid Solberg]] (MICU attending), Dr. [[NAME:K. Mahoe]] (neurology), [[NAME:Pua Kealoha]], RN,
[[NAME:Marcus Bell]], LCSW, Chaplain [[NAME:Ruth Anne Pickett]]
Samoan interpreter: [[NAME:Tasi Leaupepe]] (for [[NAME:Fa'amoe]], pt's mother-in-law, [[AGE:94]])
Family (as introduced by the matai):
  - [[NAME:Malia Fa'alogo]] - wife, legal surrogate
  - [[NAME:Tavita Fa'alogo]], [[NAME:Lupe Fa'alogo-Sapolu]], [[NAME:Sefo Fa'alogo]], [[NAME:Ana]] - children
  - [[NAME:Leota Faleolo]] - uncle, family matai and spokesperson
  - [[NAME:Siaosi Fa'alogo]] - brother
  - Rev. [[NAME:Talataina]] - family pastor
  - cousins, in-laws and grandchildren (not individually listed)

Medical update: {{age:58}}M, OHCA at home [[DATE:10/17]], ~25 min to ROSC. Off sedation > 72 h. {{score:GCS 4}} (E1 VT M2),
extensor posturing, myoclonus. SSEP absent N20 bilaterally, MRI diffuse anoxic injury, EEG burst suppression.
Dr. [[NAME:Mahoe]] explained in plain language that he will not wake up.

Family discussion: [[NAME:Leota]] spoke for the family in Samoan and English. They accept the news but need time for his
sisters flying in from [[ADDRESS:Apia]] and [[ADDRESS:Pago Pago]] (arriving [[DATE:Fri 11/1]]). [[NAME:Malia]] asked that the family be
allowed to sing and pray in the room and that no one be turned away at the door. [[NAME:Tavita]] asked about organ
donation - referral made to the OPO.

Decisions:
- DNR effective now; no escalation (no pressors, no CPR). Continue ventilator and feeds until family arrives.
- Compassionate extubation after a family service, provisionally [[DATE:Saturday 11/2]] morning.
- Visiting restrictions relaxed; charge RN aware.
Contacts: [[NAME:Tavita]] [[PHONE:907-350-2291]]; [[NAME:Malia]] [[PHONE:907-744-6013]].
- [[NAME:I. Solberg]], MD
""", summary="""
ICU family conference on [[DATE:10/29/2024]] for [[NAME:Ioane Fa'alogo]], {{age:58}}, with severe anoxic brain injury after cardiac arrest; the large family, led by matai [[NAME:Leota Faleolo]], accepted DNR status. Compassionate extubation is planned for [[DATE:11/2]] once relatives from [[ADDRESS:Apia]] and [[ADDRESS:Pago Pago]] arrive.
"""),

    dict(style="interpreter_specialty_visit", note="""
RHEUMATOLOGY FOLLOW-UP
Patient: [[NAME:G. Bolormaa]] (chart: [[NAME:GANBOLD, BOLORMAA]])   MRN [[MRN:88-310-447]]   DOB [[DATE:03/08/1979]]
Visit: [[DATE:February 11, 2025]]
Interpreter: Mongolian, by phone, [[NAME:Oyunchimeg]] ID [[MRN:60119]]. Daughter [[NAME:Saruul]] ("[[NAME:Sara]]", {{age:17}}) also present.

HPI: {{age:45}} yo woman with seropositive RA (dx in [[ADDRESS:Ulaanbaatar]] 2016) on {{drug:methotrexate}} {{dose:20 mg}} weekly +
{{drug:folic acid}} {{dose:1 mg}}. Morning stiffness 2 h; cannot finish shifts at the nail salon in [[ADDRESS:Falls Church]].
Brought records and X-rays from Mongolia, which [[NAME:Sara]] translated.
Exam: synovitis bilat MCP 2-3 and R wrist, L knee effusion.
Labs: {{lab:CRP 23}}, {{lab:ESR 41}}, {{lab:RF 88}}, {{lab:anti-CCP >250}}, {{lab:ALT 31}}, {{lab:HBsAg negative}}, {{lab:anti-HBc positive}},
{{lab:HBV DNA undetectable}}, {{lab:QuantiFERON negative}}.
{{score:DAS28-CRP 5.1}} - high disease activity.
A/P:
- Add {{drug:Humira}} {{dose:40 mg}} SC q2wk; PA started.
- Isolated anti-HBc: {{drug:entecavir}} {{dose:0.5 mg}} daily prophylaxis per hepatology; HBV DNA q3mo.
- Continue {{drug:MTX}}; {{drug:prednisone}} {{dose:10 mg}} tapering over 4 wk as bridge.
- {{drug:Shingrix}} #1 and {{drug:PCV20}} today.
- RTC 6 wk, same interpreter if possible. Pt cell [[PHONE:571-439-8826]]; husband [[NAME:Batbayar]] works in [[ADDRESS:Arlington]].
[[NAME:B. Naranbaatar]], MD (fellow) / attending Dr. [[NAME:Rosenthal]]
""", summary="""
[[NAME:Bolormaa Ganbold]], {{age:45}}, has active seropositive RA ({{score:DAS28-CRP 5.1}}) despite {{drug:methotrexate}}, seen with a Mongolian phone interpreter on [[DATE:February 11, 2025]]. {{drug:Humira}} is being added with {{drug:entecavir}} prophylaxis for isolated anti-HBc and a short prednisone bridge.
"""),

    dict(style="refugee_pediatric_assessment", note="""
REFUGEE HEALTH ASSESSMENT - PEDIATRIC
Child: [[NAME:Mursal Hamidi]]   F   DOB [[DATE:2016/03/21]] (= [[DATE:1 Hamal 1395]] on tazkira; all family DOBs are Nowruz, true DOB unknown)
Arrived [[DATE:19 Nov 2024]] via [[ADDRESS:Doha]]    Case [[MRN:SIV-0244-1187]]    Language: Dari
Parents: [[NAME:Fereshta Hamidi]] (mother, present), [[NAME:Wahidullah Hamidi]] (father, at work).
Siblings [[NAME:Bilal]] ({{age:11}}) and [[NAME:Sadaf]] ({{age:3}}) seen same day. Interpreter: [[NAME:Sohrab]], in person.
Address: [[ADDRESS:2500 Sycamore Ln Apt 114, Davis, CA 95616]]    Father's phone [[PHONE:(916) 583-0742]]

Growth: wt 22.1 kg (15th %ile), ht 124 cm (25th). {{vital:BP 96/60}}.
Vision {{vital:20/40}} OU - fails screen -> optometry. Hearing pass.
Dental: caries x4, referred.
Labs: {{lab:Hb 10.4}}, {{lab:MCV 68}}, {{lab:ferritin 31}}; Hb electrophoresis {{lab:HbA2 5.2%}} c/w beta-thal trait - family counseled.
{{lab:BLL 12 mcg/dL}} - elevated. Mother applies surma (kohl) to the children's eyes.
Stool O&P: Giardia cysts -> {{drug:tinidazole}} {{dose:50 mg/kg}} x1. QFT neg. Hep B immune. Varicella IgG pos.
Plan: lead education; [[NAME:Fereshta]] agreed to stop surma today and gave the container for testing; repeat BLL 1 mo;
county lead program notified. Catch-up vaccines started (Tdap, IPV, MMR #2).
[[NAME:N. Karimi]], MD, Refugee Clinic
""", summary="""
Refugee pediatric assessment of [[NAME:Mursal Hamidi]], an Afghan girl arrived [[DATE:19 Nov 2024]], found beta-thalassemia trait, an elevated lead level ({{lab:BLL 12 mcg/dL}}) linked to surma use, giardiasis and failed vision screening. Surma was stopped, {{drug:tinidazole}} given and follow-up lead testing arranged.
"""),

    dict(style="remote_island_radio_log", note="""
OUTER ISLAND HEALTH CENTER - RADIO / SAT PHONE CONSULT LOG
Island: [[ADDRESS:Jeh]], [[ADDRESS:Ailinglaplap]] Atoll    Health assistant on duty: [[NAME:Jekkein Lojkar]]
Consult to: Dr. [[NAME:Kessai]], ER on call in [[ADDRESS:Majuro]], sat phone [[PHONE:+692 625 3355]]

[[DATE:Tue 4/8]] 0715
Pt [[NAME:Limona Anjain]], {{age:58}} F, DM on {{drug:metformin}} {{dose:500 mg}} BD + {{drug:glibenclamide}} (ran out 2 wk ago, field trip ship late).
R foot wound x3 days, bumped on canoe. Now swollen to ankle, red streaks, pus. Fever last night.
{{vital:T 38.9}} {{vital:P 112}} {{vital:BP 104/66}} RR 22. Glucometer "HI", then {{lab:BGL 412}} on 2nd strip (last strips).
Dr. [[NAME:Kessai]] advice: {{drug:ceftriaxone}} {{dose:1 g}} IM daily (have 3 vials), {{drug:paracetamol}} {{dose:1 g}}, ORS, clean and dress,
elevate. Medevac request sent to MOH - scheduled flight [[DATE:Thu 4/10]] earliest unless charter approved.
1200 - {{vital:T 38.1}}, {{vital:P 100}}, ate rice, drank coconut. Wound dressed. Son [[NAME:Kenye]] staying with her.
1800 - sleepy but answers questions. {{lab:BGL 356}}. Fluids by mouth encouraged.
[[DATE:Wed 4/9]] 0700 - charter approved by MOH ([[NAME:B. deBrum]]), plane ETA 1100. Daughter-in-law [[NAME:Neijon]] to accompany.
1115 - pt loaded on plane, 2nd {{drug:ceftriaxone}} given 0700. Handover by radio to Dr. [[NAME:Kessai]]. [[NAME:JL]]
""", summary="""
Outer-island radio log for [[NAME:Limona Anjain]], {{age:58}}, with a septic diabetic foot infection and {{lab:BGL 412}}; IM {{drug:ceftriaxone}} was given on advice from Dr. [[NAME:Kessai]] in [[ADDRESS:Majuro]]. A charter medevac was approved and she flew out on [[DATE:4/9]].
"""),

    dict(style="mh_triage_and_home_visit", note="""
MH triage - duty phone contact   [[DATE:15/08/2024]] 10:20   taken by [[NAME:b aldous]] cnc
caller: [[NAME:tika ram dahal]] (son) [[PHONE:0418 276 559]] re mother [[NAME:devi maya mongar]] {{age:63}}, Bhutanese-Nepali, lives w/ son & family [[ADDRESS:7 Tolosa St, Glenorchy]]
- husband died [[DATE:2/6/24]] (cardiac), since then eating little, stays in puja room, wt loss ~6 kg per son
- last night told daughter-in-law [[NAME:sita]] "i want to go where your father is" - no known attempt, meds at home = own {{drug:metformin}} + {{drug:amlodipine}}
- not known to service. GP Dr [[NAME:Ghimire]] saw her last wk, ?started {{drug:sertraline}} (son unsure)
- Nepali only, no english
triage category C (within 24 h)
plan: home visit today w/ bicultural worker [[NAME:Suk Maya Rai]], TIS Nepali as backup. son to stay with mum, meds into locked box - agreed. crisis line if worse.

HOME VISIT 14:30 - [[NAME:BA]] / [[NAME:SMR]]
present: pt, son [[NAME:tika]], dil [[NAME:sita]], granddaughter [[NAME:karma]] ({{age:12}}, asked to go to her room)
MSE: small, thin, tearful at times, fleeting eye contact. speech soft, slowed. mood "empty". passive wish to be with husband,
denies plan/intent - "who would cook for the children". no psychotic features. {{score:K10 38}}. sleep 3-4 h.
risk: moderate (passive SI, recent bereavement, isolation, language barrier). protective: family, grandchildren, daily puja.
plan:
 - suggest to GP {{drug:mirtazapine}} {{dose:15 mg}} nocte instead of {{drug:sertraline}} (appetite/sleep) - letter faxed [[PHONE:(03) 6272 4410]]
 - allocate to [[NAME:SMR]] + clinician; review [[DATE:17/8]]
 - son to ask about women's group at Bhutanese community hall
""", summary="""
Duty triage and same-day home visit on [[DATE:15/08/2024]] for [[NAME:Devi Maya Mongar]], {{age:63}}, with grief-related depression and passive suicidal ideation after her husband's death ({{score:K10 38}}). Risk was judged moderate; meds were secured, {{drug:mirtazapine}} suggested to the GP and review set for [[DATE:17/8]].
"""),

    dict(style="care_coordination_email", note="""
From: [[NAME:Cholpon Toktogulova]], RN <[[EMAIL:cholpon.toktogulova@metrotbcontrol.org]]>
To: [[NAME:Venkatesan, Priya]]; [[NAME:Jennifer Hartley]] <[[EMAIL:jhartley@uwsh.org]]>
Date: [[DATE:Wed 10/16/2024]] 09:38
Subject: [[NAME:Asanaliev]] - TB tx week 6, LFTs / DOT update
Attachment: LFT_trend.pdf

Dr. [[NAME:Venkatesan]] and [[NAME:Jen]],

Update on [[NAME:Ermek Asanaliev]] ({{age:27}}, MRN [[MRN:1229-0476]]), pulmonary TB, pan-sensitive, RIPE started [[DATE:9/4]]:
- Video DOT 28/30 doses (2 missed when his phone was cut off).
- Now c/o nausea and dark urine x2 days. LFTs yesterday {{lab:ALT 142}}, {{lab:AST 118}}, {{lab:T bili 1.4}} (baseline {{lab:ALT 22}}).
  Over 3x ULN with symptoms, so per protocol I held {{drug:isoniazid}}, {{drug:rifampin}} and {{drug:pyrazinamide}} this morning.
  Continuing {{drug:ethambutol}} alone pending your call.
- Sputum smear neg x2 ([[DATE:10/3]], [[DATE:10/10]]).
- Roommate [[NAME:Nurzhan]] (contact #3): QFT positive, CXR clear, started 4R - I see him [[DATE:Friday the 18th]].

He speaks Kyrgyz and Russian; I do visits in Kyrgyz. WhatsApp [[PHONE:+1 206 931 5540]]. His mother in [[ADDRESS:Osh]]
calls him daily ([[PHONE:+996 555 218 904]]) - he asked that we not share results with her.
Can we discuss a rechallenge plan today? I'm at my desk until 3.

Рахмат / thanks,
[[NAME:Cholpon]]
[[NAME:Cholpon Toktogulova]], RN, PHN | TB Control Program | [[PHONE:206-263-8140]] x[[PHONE:6627]]
""", summary="""
TB nurse [[NAME:Cholpon Toktogulova]] e-mailed on [[DATE:10/16/2024]] that [[NAME:Ermek Asanaliev]], {{age:27}}, developed symptomatic hepatitis ({{lab:ALT 142}}) in week 6 of RIPE, so {{drug:isoniazid}}, {{drug:rifampin}} and {{drug:pyrazinamide}} were held. She asked Dr. [[NAME:Venkatesan]] for a rechallenge plan and noted his roommate [[NAME:Nurzhan]] started LTBI treatment.
"""),

    dict(style="prenatal_visit_soap", note="""
PRENATAL VISIT - 28 wk     [[DATE:3/3/25]]
[[NAME:GATWECH, NYAKUOTH]]  {{age:19}} yo G1P0  EDD [[DATE:5/30/25]]   MRN [[MRN:E4410982]]
Interp: Nuer, in person, [[NAME:Gatluak Ruot]] (pt ok with male interpreter). Aunt [[NAME:Nyachuol Biel]] present - pt has lived
with her in [[ADDRESS:Des Moines]] since arriving from [[ADDRESS:Kakuma]] in 2023.
S: +FM, no LOF/VB/ctx. Occasional HA, tired.
O: {{vital:BP 116/70}}, wt 58.2 kg (+6.4 kg), FH 29 cm, {{vital:FHT 150s}}.
Labs today: {{lab:GCT 148}}; {{lab:Hb 9.4}}, {{lab:MCV 72}}; Ab screen neg; blood type {{lab:O neg}}.
A/P:
- Rh neg: {{drug:RhoGAM}} {{dose:300 mcg}} IM L deltoid, lot in MAR.
- GCT > 140 -> 3h GTT [[DATE:3/10]], NPO after midnight, explained through interpreter with teach-back.
- Anemia: {{drug:ferrous sulfate}} {{dose:325 mg}} every other day; Hb electrophoresis sent.
- Tdap given.
- Overseas exam documents {{drug:praziquantel}} for schisto; strongyloides serology neg.
- Partner [[NAME:Ruot]] lives in [[ADDRESS:Omaha]], involved by phone. Wants aunt + female interpreter in L&D.
RTC 2 wk. Cell [[PHONE:515-208-7741]]
[[NAME:L. Adhikari]], CNM
""", summary="""
At 28 weeks on [[DATE:3/3/25]], [[NAME:Nyakuoth Gatwech]], {{age:19}}, G1P0, had an abnormal glucose challenge ({{lab:GCT 148}}) and anemia ({{lab:Hb 9.4}}), and received {{drug:RhoGAM}} for Rh-negative status. A 3-hour GTT is booked for [[DATE:3/10]] and iron was started.
"""),

    dict(style="school_nurse_letter", note="""
Office of the School Nurse
[[DATE:September 30th, 2024]]

Dear Parent/Guardian of [[NAME:Firuza Rahmonova]] (Grade 2, Room 14):

Your child was screened for vision at school on [[DATE:9/26/24]]. Results:
    Right eye {{vital:20/40}}      Left eye {{vital:20/50}}      (passing for her age is {{vital:20/30}} or better)
[[NAME:Firuza]] did not pass. Please take her to an eye doctor for a full exam and return the slip below. If you do not have
insurance, the Lions Club voucher program can help - call me.

Also, on [[DATE:9/27]] [[NAME:Firuza]] was found to have head lice (live lice and nits). This is common and is not a sign of a
dirty home. Treat with {{drug:permethrin}} {{dose:1%}} lotion ({{drug:Nix}}), repeat on day 9, and comb wet hair with a nit comb daily
for 2 weeks. She may stay in class.

A copy of this letter in Tajik was sent home in her backpack. Questions: Ms. [[NAME:Wanjiru Kariuki]], [[PHONE:(208) 570-3100 ext. 2214]].

Sincerely,
[[NAME:Wanjiru Kariuki]], RN, NCSN
[[EMAIL:wkariuki@boisedistrict.org]]
-------------------------------------------------------------
Return slip:  Eye appointment with ____________ on ________    Parent signature ______________
(Guardian on enrollment form: [[NAME:Manizha Rahmonova]], mother)
""", summary="""
School nurse letter of [[DATE:September 30th, 2024]] to the parent of [[NAME:Firuza Rahmonova]], who failed vision screening ({{vital:20/40}} right, {{vital:20/50}} left) and had head lice. An eye exam and {{drug:permethrin}} treatment were advised, with a Tajik copy sent home.
"""),

    dict(style="safeguarding_concern_record", note="""
CHILD SAFEGUARDING - RECORD OF CONCERN (School Nursing)
Pupil: [[NAME:Dáýlet Seitkali]]   Y4   DOB [[DATE:03/12/2015]]   UPN [[MRN:K820355102019]]
Date/time: [[DATE:Thursday 6th March 2025]] 11:05    Recorded by: [[NAME:Alison Pryce]], School Nurse

Concern:
- [[NAME:Dáýlet]] came to the medical room holding his jaw, says tooth "hurts for many weeks". Visible abscess lower L
  molar with facial swelling. Afebrile, {{vital:T 37.2}}.
- Says "mama works at night, [[NAME:Aru]] makes breakfast sometimes". Third time this half term reporting hunger;
  attendance 81%.
- Uniform unwashed; PE kit not brought since January.
- No injuries seen; no disclosure of harm.
Contact:
- Mother [[NAME:Gulnara Seitkali]] [[PHONE:07883 219 604]] - no answer x2. Spoke 12:10 with older sister [[NAME:Aru]] ({{age:16}}), who said
  mum has had "two jobs" since dad went back to [[ADDRESS:Almaty]] in the autumn.
Action:
- Discussed with DSL Mr [[NAME:Okafor]] at 11:40.
- Emergency dental appointment 16:00 today at community dental service; [[NAME:Aru]] to take him.
- Early Help referral (threshold not met for MASH today) - ref [[MRN:EH-25-01187]].
- Free breakfast club place offered.
Signed: [[NAME:A. Pryce]]      Countersigned: [[NAME:T. Okafor]] (DSL)
""", summary="""
School nurse record of concern on [[DATE:6th March 2025]] for [[NAME:Dáýlet Seitkali]], who had an untreated dental abscess, repeated hunger and poor attendance while his mother works two jobs. An emergency dental appointment, Early Help referral and breakfast club place were arranged with the DSL.
"""),

    dict(style="prior_auth_workqueue", note="""
PA WORKQUEUE NOTE - Endocrinology
Pt [[NAME:KARIMOVA, DILNOZA]] | DOB [[DATE:12-09-1972]] | MRN [[MRN:000744129]] | Medicare Adv ID [[MRN:W229804751]]
Med: {{drug:Mounjaro}} {{dose:5 mg}}/0.5 mL pen weekly (after {{dose:2.5 mg}} x4 wk from samples)
Dx: T2DM with hyperglycemia, {{lab:HbA1c 10.2%}}, BMI 36.

[[DATE:20250311]] 14:02 - called PBM PA line [[PHONE:1-855-240-0535]], agent [[NAME:Shawna]]. Step therapy requires {{drug:metformin}} x90d;
   pt had GI intolerance to IR and ER (2023 notes). Also tried {{drug:Ozempic}} {{dose:0.5 mg}}, stopped during shortage.
14:20 - faxed notes + intolerance documentation to [[PHONE:1-888-836-0730]]. Case # [[MRN:PA-31124-8802]].
[[DATE:3/13]] 09:40 - DENIED: "{{drug:Ozempic}} is preferred agent."
[[DATE:3/13]] 10:15 - Dr. [[NAME:Yusupova]] ok with switching back. Pt's husband [[NAME:Ulug'bek]] called the pharmacy on
   [[ADDRESS:Lee Hwy]] - {{drug:Ozempic}} in stock now.
Plan: new Rx {{drug:Ozempic}} {{dose:0.25 mg}} weekly x4 wk then {{dose:0.5 mg}}. {{drug:Mounjaro}} PA closed.
Pt + husband informed by phone [[PHONE:703-665-2190]] with Uzbek interpreter [[NAME:Sherzod]] (ID [[MRN:41882]]); they asked why
A1c still high - explained expected timeline.
-- [[NAME:N. G'ulomova]], MA
""", summary="""
A prior authorization for {{drug:Mounjaro}} for [[NAME:Dilnoza Karimova]] ({{lab:HbA1c 10.2%}}) was denied on [[DATE:3/13]] in favor of {{drug:Ozempic}}. Dr. [[NAME:Yusupova]] switched her back to {{drug:Ozempic}}, now in stock, and the family was told via an Uzbek interpreter.
"""),

    dict(style="hospital_at_home_admission", note="""
HOSPITAL AT HOME (Virtual Ward) - Admission
Name: [[NAME:GURUNG, Lal Bahadur]]   NHS [[MRN:943 210 5567]]   DOB [[DATE:01.01.1943]] ({{age:82}})
Address: [[ADDRESS:46 Lynchford Road, Farnborough GU14 6EF]]   Tel [[PHONE:01252 517 330]]
Referred from ED [[DATE:11/03/2025]] by Dr [[NAME:S. Ahmed]]

Background: ex-Gurkha, T2DM, CKD 3a, BPH. Speaks Nepali (Gurung at home) and some English. Lives with wife
[[NAME:Dil Maya Gurung]] ({{age:78}}). Son [[NAME:Rajesh]] lives nearby in [[ADDRESS:Aldershot]].
Presenting: L lower leg cellulitis x3 days, erythema to mid-calf. No crepitus, no bullae.
Obs at home 15:00: {{vital:T 37.9}}, {{vital:HR 96}}, {{vital:BP 148/82}}, {{vital:RR 18}}, {{vital:SpO2 97%}}, {{score:NEWS2 2}}. {{lab:CBG 11.8}}.
Bloods (ED): {{lab:CRP 128}}, {{lab:WCC 14.6}}, {{lab:eGFR 52}}, {{lab:lactate 1.4}}.
DVT: {{eponym:Homan}} sign negative (low value), {{score:Wells 0}}.
Plan:
- IV {{drug:teicoplanin}} {{dose:800 mg}} 12-hourly x3 then {{dose:400 mg}} daily (penicillin allergy - rash) via cannula; HaH nurse visits BD.
- Erythema margin marked and photographed.
- Continue {{drug:metformin}}; withhold {{drug:empagliflozin}} while unwell.
- Nepali interpreter by phone for consent. Wife prefers son present for updates - [[NAME:Rajesh]] mob [[PHONE:07956 402 118]].
- Escalate to ED if {{score:NEWS2 5}} or more, or spreading.
[[NAME:Ruth Ng]], ANP    Consultant: Dr [[NAME:O'Sullivan]]
""", summary="""
[[NAME:Lal Bahadur Gurung]], {{age:82}}, was admitted to Hospital at Home on [[DATE:11/03/2025]] with left leg cellulitis ({{lab:CRP 128}}) for IV {{drug:teicoplanin}} given penicillin allergy. Son [[NAME:Rajesh]] is the preferred contact and escalation criteria were set.
"""),

    dict(style="ambulance_trauma_prealert", note="""
PRE-ALERT / ATMIST - MAJOR TRAUMA
Call ref [[MRN:CAD 250614-0387]]    Crew: [[NAME:Harper]] (P) / [[NAME:Wojcik]] (EMT)    ETA 14:52
A: {{age:34}} M - [[NAME:Adlan Vakhaev]] (ID from site pass), DOB [[DATE:21-JAN-1991]]
T: 14:05, fall ~4 m from scaffold, building site on [[ADDRESS:Wellington Street]], landed L side
M: L open tib/fib #, deformed; pelvis tender - binder applied 14:25; L chest wall tender, reduced air entry L base
I: no LOC per co-worker [[NAME:Ibragim Tsakaev]]
S: {{vital:HR 118}}, {{vital:BP 96/60}}, {{vital:RR 26}}, {{vital:SpO2 93%}} on 15L NRB, {{score:GCS 15}}, {{lab:BM 6.4}}, pain {{score:9/10}}
T: 2 x 16G IV. {{drug:TXA}} {{dose:1 g}} 14:30. {{drug:Morphine}} {{dose:10 mg}} IV titrated, {{drug:Penthrox}} {{dose:3 mL}} on scene,
   {{drug:ondansetron}} {{dose:4 mg}}. Open wound dressed, limb splinted.
Language: Chechen and Russian, some English. [[NAME:Ibragim]] travelling with us and will call wife [[NAME:Zarema]].
NOK phone (per co-worker): [[PHONE:07481 355 920]]
""", summary="""
Trauma pre-alert for [[NAME:Adlan Vakhaev]], {{age:34}}, after a 4 m fall from scaffolding, with an open tib/fib fracture, suspected pelvic and left chest injuries and {{vital:BP 96/60}}. He received {{drug:TXA}}, {{drug:morphine}} and a pelvic binder; co-worker [[NAME:Ibragim Tsakaev]] is contacting his wife.
"""),

    dict(style="pharmacist_interaction_no_phi", note="""
Pharmacist consult - drug interaction review for {{drug:Paxlovid}}
Request from Urgent Care: COVID-19 positive, symptom day 2, high risk ({{age:74}}, COPD, CKD).
{{lab:eGFR 41}} -> renal dosing: {{drug:nirmatrelvir}} {{dose:150 mg}} + {{drug:ritonavir}} {{dose:100 mg}} BID x5 days.
Interactions (checked against {{eponym:Liverpool}} COVID-19 Drug Interactions):
 - {{drug:Atorvastatin}} {{dose:40 mg}}: hold during course and for 3 days after.
 - {{drug:Eliquis}} {{dose:5 mg}} BID: {{drug:ritonavir}} raises {{drug:apixaban}} exposure - reduce to {{dose:2.5 mg}} BID during course, resume after.
 - {{drug:Flomax}}: additive hypotension possible - counsel on orthostasis, rise slowly.
 - {{drug:Spiriva}}, {{drug:Symbicort}}: no clinically significant interaction for a 5-day course.
Alternative if declined: {{drug:molnupiravir}} {{dose:800 mg}} BID x5 days (no interactions).
Recommendation sent to prescriber; counselled by phone via Russian interpreter with teach-back.
Written schedule (Morning/Evening blister card) provided at pickup.
""", summary="""
Pharmacist interaction review for renal-dosed {{drug:Paxlovid}} in a {{age:74}}-year-old with COPD and CKD: hold {{drug:atorvastatin}}, reduce {{drug:Eliquis}} temporarily and counsel about {{drug:Flomax}}. {{drug:Molnupiravir}} was offered as the alternative.
"""),

    dict(style="hospice_family_meeting", note="""
Hospice House - Interdisciplinary Family Meeting
Date: [[DATE:5 Nov 2024]]   1100
Patient: [[NAME:OTIENO, JOSEPH ODHIAMBO]]   DOB [[DATE:07/22/1956]]   Hospice ID [[MRN:HH-40172]]
Facilitator: [[NAME:Mary Kowalczyk]], MSW
Staff: Dr. [[NAME:Yoon]] (hospice MD); [[NAME:Grace Mwaura]], RN; Deacon [[NAME:Paul Hamsa]] (spiritual care)
Family: [[NAME:Achieng Otieno]] (wife); [[NAME:Akinyi Otieno-Hayes]] (daughter, POA); [[NAME:Awuor]] (daughter, RN in [[ADDRESS:Houston]], on video);
  [[NAME:Owino]] (son); [[NAME:Ochieng Obuya]] (brother-in-law, family elder); nephew [[NAME:Brian Omondi]]; church elder Mrs. [[NAME:Adhiambo Ouma]]

Clinical: {{age:68}} M, metastatic castrate-resistant prostate cancer to bone, hospice since [[DATE:Oct 2]]. Pain controlled on
{{drug:methadone}} {{dose:5 mg}} TID + {{drug:oxycodone}} {{dose:5 mg}} prn. New confusion; {{lab:corrected Ca 13.2}}.
Discussion:
- [[NAME:Akinyi]] and [[NAME:Awuor]] asked whether to treat the calcium. Agreed on one dose of {{drug:zoledronic acid}} {{dose:4 mg}} IV for
  comfort/clarity, no further labs.
- [[NAME:Ochieng]] explained that by Luo custom [[NAME:Joseph]] must be buried at his father's home in [[ADDRESS:Siaya]]. Family has a
  funeral home ready for repatriation; SW to help with consulate paperwork and a quick death certificate.
- His mother, [[AGE:96]], lives in [[ADDRESS:Siaya]] and wants to speak with him while he can still answer. Video call arranged today
  4 pm through her grandson's phone [[PHONE:+254 722 418 907]].
- DNR confirmed; family wants hymns in Dholuo at the bedside, no limit on visitors.
Follow-up: [[NAME:Grace]] to update [[NAME:Akinyi]] daily at [[PHONE:469-225-8106]].
[[NAME:M. Kowalczyk]], MSW
""", summary="""
Hospice family meeting on [[DATE:5 Nov 2024]] for [[NAME:Joseph Odhiambo Otieno]], {{age:68}}, with metastatic prostate cancer and hypercalcemia; a single comfort dose of {{drug:zoledronic acid}} was agreed and DNR confirmed. The family plans burial in [[ADDRESS:Siaya]] and a video call with his [[AGE:96]]-year-old mother was arranged.
"""),

    dict(style="rn_phone_followup_interpreter", note="""
RN TELEPHONE FOLLOW-UP - Pediatrics (post-ED)
Pt: [[NAME:Guuleed Cabdi Jaamac]]   {{age:2}}y   MRN [[MRN:5530921]]
ED visit [[DATE:1/5/2025]]: simple febrile seizure; L AOM -> {{drug:amoxicillin}} {{dose:90 mg/kg/day}} div BID.

[[DATE:01/06/25]] 10:14 - Called mom [[NAME:Xaliimo Jaamac]] [[PHONE:207-786-4419]] with Somali interpreter [[NAME:Maryan]] #[[MRN:21907]].
   No answer, voicemail full.
[[DATE:01/06/25]] 15:30 - Mom called back; interpreter [[NAME:Abdi]] #[[MRN:20458]].
   - Tmax {{vital:38.6}} this am, gave {{drug:Tylenol}} {{dose:160 mg}}. Taking {{drug:amoxicillin}} twice a day, "spits some".
   - No further seizures. Drinking well, 5 wet diapers today.
   - Reviewed seizure first aid with teach-back: on side, nothing in mouth, time it, call 911 if over 5 min.
   - Mom asked if this means epilepsy; reassured per Dr. [[NAME:Halloran]]'s ED discussion, recurrence risk explained.
   - Grandmother [[NAME:Cawo]] lives with them and will help with doses.
   - PCP f/u [[DATE:Jan 8]] 9:40 with Dr. [[NAME:Ahmed]] at the clinic in [[ADDRESS:Lewiston]]; mom has a ride.
[[NAME:T. Gagnon]], RN
""", summary="""
Phone follow-up on [[DATE:01/06/25]] through Somali interpreters with the mother of [[NAME:Guuleed Cabdi Jaamac]], {{age:2}}, after a febrile seizure: no recurrence, taking {{drug:amoxicillin}} for otitis, seizure first aid reviewed. PCP visit is on [[DATE:Jan 8]].
"""),

    dict(style="epcr_narrative_caps", note="""
EPCR NARRATIVE - MEDIC 7 (RURAL)    INCIDENT [[MRN:2024-005731]]    PCR [[MRN:88127-A]]
PT: [[NAME:NJOROGE, WAIRIMU]]    DOB [[DATE:08/14/1980]]    SSN [[SSN:527-81-4406]]
ADDR: [[ADDRESS:1140 COUNTY ROAD 12, WILLMAR MN 56201]]

DISPATCHED 0322 FOR ALTERED MENTAL STATUS. ON SCENE 0351 (GRAVEL ROAD, DIFFICULT TO FIND). MET BY HUSBAND [[NAME:KAMAU GITAU]]
WHO STATES PT HAS HAD VOMITING X 2 DAYS AND IS "BREATHING FAST". TYPE 1 DIABETIC, INSULIN PUMP SUPPLIES RAN OUT 3 DAYS AGO.
PT FOUND IN BED, RESPONDS TO VOICE, {{score:GCS 13}} (E3V4M6). SKIN WARM/DRY, MUCOSA DRY. DEEP RAPID {{eponym:KUSSMAUL}} RESPIRATIONS,
FRUITY ODOR. {{vital:RR 32}}, {{vital:HR 128}}, {{vital:BP 98/54}}, {{vital:SPO2 97%}} RA, {{vital:ETCO2 18}}. {{lab:BGL HI}}.
12 LEAD SINUS TACH WITH PEAKED T WAVES. IV X2 ATTEMPTS, 18G R AC ON 2ND. {{dose:1000 ML}} NS WIDE OPEN. {{drug:ZOFRAN}} {{dose:4 MG}} IV.
NO INSULIN PER PROTOCOL. TRANSPORTED EMERGENT TO RICE MEMORIAL ED. PT MORE ALERT EN ROUTE, {{score:GCS 14}}.
DAUGHTER [[NAME:NYAMBURA]] ({{age:17}}) STAYED HOME WITH YOUNGER SIBLINGS. HUSBAND FOLLOWING IN PRIVATE VEHICLE.
REPORT TO RN [[NAME:HALVORSEN]] AT 0441.
CREW: [[NAME:B. LINDQUIST]], PARAMEDIC / [[NAME:T. ANDERSON]], EMT
""", summary="""
Rural EMS transported [[NAME:Wairimu Njoroge]], a type 1 diabetic out of pump supplies, with suspected DKA ({{eponym:Kussmaul}} breathing, {{lab:BGL HI}}, {{score:GCS 13}}) after fluids and {{drug:Zofran}}. Her husband [[NAME:Kamau Gitau]] followed by car.
"""),

    dict(style="counseling_contact_log", note="""
UNIVERSITY COUNSELING CENTER - CONTACT LOG
Client: [[NAME:Jazi al-Shammari]]   Student ID [[MRN:U40028816]]   DOB [[DATE:11/3/2003]]   Preferred name "[[NAME:Jay]]"

[[DATE:Mon 4/14]] 09:05  Call from RA [[NAME:Tyler Benson]] x[[PHONE:5512]]: roommate [[NAME:Eid]] concerned - client has not
  attended class since the Eid break, barely eating, gave away his laptop.
09:20  Called client [[PHONE:(520) 617-3048]], no answer; text sent per protocol.
09:45  Client called back, agreed to come in at 11.
11:00  Seen in person with Dr. [[NAME:Nasser]]. Failing two courses, afraid of losing his scholarship and of his father's
  reaction ([[NAME:Salem bin Eid al-Shammari]]). Gave away laptop "because I will go home anyway". C-SSRS: passive SI past
  month, no plan, no intent, no prior attempts. {{score:PHQ-9 21}}. No alcohol or drugs.
  Safety plan completed; agreed we may contact his academic advisor; declined family contact. Psychiatry referral to
  NP [[NAME:M. Harbi]].
14:30  Emailed advisor [[NAME:Kristin Moe]] <[[EMAIL:kmoe@swstate.edu]]> re late-withdrawal options (release signed 11:50).
[[DATE:Tue 4/15]] 10:00  Check-in call answered: slept 6 h, ate breakfast with [[NAME:Eid]]. Psych appt [[DATE:4/17]] 2 pm.
-- [[NAME:R. Nasser]], PhD
""", summary="""
Counseling log for student [[NAME:Jazi al-Shammari]] ("[[NAME:Jay]]"), referred by his RA on [[DATE:4/14]] for withdrawal and giving away belongings; he had passive suicidal ideation without plan ({{score:PHQ-9 21}}). A safety plan was made, psychiatry booked for [[DATE:4/17]] and his advisor contacted with consent.
"""),

    dict(style="antenatal_day_unit", note="""
ANTENATAL DAY UNIT - Maternity Assessment
[[NAME:Hamida Khatun]]   {{age:23}}   G3P2   34+1/40   Hosp No [[MRN:B7740219]]   [[DATE:02.07.2025]] 13:40
Referred by community MW ([[NAME:Joanne Pickles]]) - BP {{vital:152/98}} at home visit, headache.
Interpreter: Rohingya via telephone, [[NAME:Sayed Alam]], ID [[MRN:RO-3371]]. Husband [[NAME:Abul Kalam]] present, some English;
interpreter used for all clinical discussion.
Obs: {{vital:BP 162/104}}, repeat {{vital:158/102}}, {{vital:HR 92}}, {{vital:SpO2 98%}}. Brisk reflexes, 2 beats clonus.
Mild frontal headache, no visual disturbance, no epigastric pain.
Urine {{lab:PCR 68}}. Bloods: {{lab:Hb 112}}, {{lab:Plt 141}}, {{lab:ALT 38}}, {{lab:Cr 62}}, {{lab:urate 0.39}}. {{lab:sFlt-1/PlGF 96}}.
CTG normal, {{eponym:Dawes-Redman}} criteria met at 10 min.
Impression: pre-eclampsia at 34+1 with severe-range BP.
Plan (with Dr [[NAME:Iqbal]], ST6):
- Admit to delivery suite. {{drug:labetalol}} {{dose:200 mg}} PO stat, BP every 15 min; if no response {{drug:nifedipine MR}} {{dose:10 mg}}.
- {{drug:magnesium sulphate}} if clonus 3 beats or more, or symptoms worsen.
- {{drug:betamethasone}} {{dose:12 mg}} IM, 2 doses 24 h apart.
- Neonatal team informed.
- Two children at home with sister-in-law [[NAME:Yasmin Ara]]. Husband's mobile [[PHONE:07522 840 316]].
""", summary="""
[[NAME:Hamida Khatun]], {{age:23}}, at 34+1 weeks had pre-eclampsia with severe-range BP ({{vital:BP 162/104}}) and {{lab:PCR 68}} on [[DATE:02.07.2025]], assessed via a Rohingya phone interpreter. She was admitted to delivery suite for {{drug:labetalol}} and {{drug:betamethasone}}.
"""),

    dict(style="hospital_at_home_progress", note="""
Hospital at Home - Daily Progress, Day 2
Pt: [[NAME:Tevita Hufanga]]    Age: [[AGE:91]]    MRN [[MRN:H0054129]]
Home: [[ADDRESS:3379 S 2700 W, West Valley City, UT 84119]]
Dx: acute on chronic HFrEF (EF 25%)
S: Slept in his recliner. Granddaughter [[NAME:Kalolaine]] ("[[NAME:Kali]]") reports less SOB and 6 voids overnight. Wife
[[NAME:Salote]] ({{age:86}}) worried about the IV tubing. Pt says "'oku sai pe" (I'm fine) - [[NAME:Kali]] interprets; offered phone
interpreter, pt prefers family. Family had a small party Sunday for his [[AGE:ninety-first]] birthday.
O: {{vital:BP 108/62}}, {{vital:HR 74}} AF rate-controlled, {{vital:SpO2 93%}} on 2L, wt 81.4 kg (admit 84.0). JVP 10 cm, 2+ pitting
edema to knees, bibasilar crackles, {{score:2/6}} holosystolic murmur at apex.
Labs: {{lab:Na 134}}, {{lab:K 3.6}}, {{lab:Cr 1.6}} (1.4), {{lab:NT-proBNP 9,840}}.
A/P:
- Continue IV {{drug:furosemide}} {{dose:80 mg}} BID by RN visit, strict I/O, goal wt 79 kg.
- Add {{drug:KCl}} {{dose:20 mEq}} daily. Hold {{drug:Entresto}} for SBP < 100.
- Goals: DNR/DNI per POLST; does not want hospital transfer unless unable to breathe - family agrees. Son [[NAME:Sione Hufanga]]
  (POA) is in [[ADDRESS:Nukuʻalofa]] until [[DATE:Dec 2]], reached by WhatsApp [[PHONE:+676 771 2048]].
- Community paramedic visit this pm; RN [[NAME:Lopeti]] tomorrow am.
[[NAME:M. Christensen]], MD
""", summary="""
Day 2 hospital-at-home note for [[NAME:Tevita Hufanga]], [[AGE:91]], with decompensated HFrEF improving on IV {{drug:furosemide}} (weight down 2.6 kg). He is DNR/DNI and prefers to stay home; POA son [[NAME:Sione]] is in [[ADDRESS:Nukuʻalofa]] until [[DATE:Dec 2]].
"""),

    dict(style="hospital_at_home_no_phi", note="""
HaH RN visit - evening
IV {{drug:ceftriaxone}} {{dose:2 g}} given via R forearm PIV at 18:10; site clean, flushed without resistance, VIP score 0.
Obs: {{vital:T 37.1}}, {{vital:HR 82}}, {{vital:BP 126/74}}, {{vital:RR 18}}, {{vital:SpO2 96%}} RA. {{score:NEWS2 0}}.
Walking to bathroom with frame, steady. {{score:Morse 45}} - bed lowered, night light on, commode by bed.
Skin: sacrum intact, {{score:Braden 17}}.
Meds reviewed with spouse: evening {{drug:Sinemet}} taken at 18:00 on time (important in {{eponym:Parkinson}} disease);
{{drug:Movicol}} 1 sachet given for constipation, bowels last open 2 days ago.
Eating about half of meals; encouraged fluids, 1.2 L today.
Remote monitoring kit charged; BP cuff and oximeter readings uploading.
Plan: physician video round tomorrow am; CRP and U&E to be drawn 07:30 by morning nurse.
""", summary="""
Evening hospital-at-home nursing visit: IV {{drug:ceftriaxone}} given, observations normal ({{score:NEWS2 0}}), {{eponym:Parkinson}} medication on time and falls precautions in place. Bloods and a physician review are due tomorrow morning.
"""),

    dict(style="refugee_intake_canada", note="""
REFUGEE HEALTH CLINIC - NEW PATIENT INTAKE
Name: [[NAME:Pema Yangzom]]   F   DOB [[DATE:1990-01-01]] (approx.)   IFHP [[MRN:11 2043 8890]]   UCI [[MRN:1104-4478-22]]
Arrived [[DATE:3rd of June]] from [[ADDRESS:Kathmandu]] (born in Tibet, grew up in a settlement in Nepal)
Family: husband [[NAME:Tashi Dhondup]] (separate note), daughter [[NAME:Choedon]] ({{age:6}}).
Interpreter: Tibetan, [[NAME:Lhakpa Dolma]], in person.
Address: [[ADDRESS:188 Jameson Ave #1207, Toronto ON M6K 2Y6]]    Phone [[PHONE:416-530-8814]]

Hx: G2P1 (1 miscarriage). Non-smoker. Epigastric pain on and off for a year.
TB: household contact (uncle) in 2018. IGRA positive. CXR: RUL fibronodular opacity -> sputum AFB x3, TB clinic referral. No cough/fever/night sweats.
Hep B: {{lab:HBsAg positive}}, {{lab:HBeAg negative}}, {{lab:ALT 24}}, {{lab:HBV DNA 1,900 IU/mL}} -> hepatology; US + AFP q6mo. Family to be screened.
H. pylori stool antigen positive -> {{drug:omeprazole}} {{dose:20 mg}} BID + {{drug:amoxicillin}} {{dose:1 g}} BID + {{drug:clarithromycin}} {{dose:500 mg}} BID x14 d.
{{lab:Hb 118}}, {{lab:ferritin 12}} -> iron. {{lab:25-OH vit D 28}} -> {{drug:vitamin D3}} {{dose:1000 IU}}.
{{vital:BP 110/72}}, BMI 22. {{score:RHS-15 6}} (negative).
Plan: review sputum results, TB clinic appt [[DATE:June 19]]; follow-up here in 4 weeks.
Dr. [[NAME:M. Leblanc]]
""", summary="""
Intake for newly arrived Tibetan refugee [[NAME:Pema Yangzom]], seen with interpreter [[NAME:Lhakpa Dolma]], found a positive IGRA with an abnormal chest X-ray, chronic hepatitis B and H. pylori infection. Sputum testing and a TB clinic visit on [[DATE:June 19]] were arranged and eradication therapy started.
"""),

    dict(style="urgent_care_no_phi", note="""
Urgent Care - R ankle injury
{{age:29}} yo M, Karen-speaking, phone interpreter used throughout. Rolled R ankle stepping off a truck at work ~3 h ago.
Able to take 4 steps in clinic with limp.
Exam: swelling and ecchymosis over ATFL, tender anterior to lateral malleolus. No bony tenderness at posterior edge/tip of
either malleolus, base of 5th MT or navicular. {{eponym:Ottawa}} ankle rules negative -> no X-ray.
Squeeze test negative. Anterior drawer mildly lax compared with L. DP/PT pulses 2+, sensation intact.
Pain {{score:5/10}}. {{vital:BP 124/78}}, {{vital:HR 76}}.
Dx: R ankle sprain, grade II.
Plan: RICE, {{drug:ibuprofen}} {{dose:400 mg}} TID with food x5 days, {{drug:acetaminophen}} {{dose:1 g}} q6h prn. Stirrup brace, crutches
WBAT. Light duty 1 week. Return if unable to bear weight after a week, numbness, or calf pain/swelling.
Teach-back done through interpreter; written instructions with pictures given.
""", summary="""
A {{age:29}}-year-old Karen-speaking man with a grade II right ankle sprain needed no X-ray under the {{eponym:Ottawa}} ankle rules. He was given a brace, crutches, {{drug:ibuprofen}} and a light-duty note, with counseling through a phone interpreter.
"""),
]
