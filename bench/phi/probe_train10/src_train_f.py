NOTES = [
    dict(style="peds_well_child", note="""
WELL CHILD CHECK -- 4 YEAR
[[NAME:Kai Te Rangi]]    DOB [[DATE:01/22/2021]]    MRN [[MRN:P4410283]]    Visit [[DATE:01/27/2025]]

[[NAME:Kai]] is here with mom [[NAME:Aroha]] and baby sister [[NAME:Moana]] ({{age:8 mo}}). Mom's concerns: picky eating, "talks nonstop," snores some nights.
Development: hops on one foot, draws a person with 3 parts, tells stories, knows 4 colors. Preschool teacher [[NAME:Kiri]] says he shares and takes turns.
Growth: wt 16.8 kg (55th %ile), ht 103 cm (60th %ile), BMI 50th %ile.
{{vital:BP 94/56}}  {{vital:HR 96}}
Vision (HOTV): {{score:20/30}} OU. Hearing: pass bilat at 20 dB.
Exam: well, tonsils 3+, no murmur, normal genitalia, {{score:Tanner 1}}.
Plan:
- DTaP-IPV and MMRV today, VIS given
- snoring + 3+ tonsils: [[NAME:Aroha]] will take a video of his sleep; ENT referral if pauses seen
- {{drug:fluoride varnish}} applied; dental home with Dr. [[NAME:Ng]], next cleaning in spring
- RTC at 5 yr
[[NAME:Priya Natarajan]], MD
""", summary="""
Four-year well visit for [[NAME:Kai Te Rangi]] with normal development and growth; snoring with 3+ tonsils will be tracked by mom [[NAME:Aroha]] with a video, and vaccines and {{drug:fluoride varnish}} were given.
"""),

    dict(style="telephone_encounter", note="""
TELEPHONE ENCOUNTER
Date/time: [[DATE:Sun 2/9/2025]] 21:40    Caller: [[NAME:Luz Ortega]] (mother)    Callback: [[PHONE:(915) 555-0162]]
Re: [[NAME:Zoe Ortega]], {{age:14 mo}}, DOB [[DATE:12-3-2023]]
Reason: fever

Mom reports fever since this morning, max {{vital:39.4}} rectal at 7 pm; gave {{drug:Tylenol}} {{dose:5 mL}} ({{dose:160 mg/5 mL}}) at 7:15 -> down to 38.1. Drinking well, 4 wet diapers today, playful when fever down. No rash, no trouble breathing, no vomiting. Sister [[NAME:Paz]] had hand-foot-mouth last week from daycare.
Vaccines UTD per chart.
Disposition per protocol: home care. Reviewed weight-based dosing: {{drug:acetaminophen}} {{dose:160 mg}} q6h or {{drug:ibuprofen}} {{dose:100 mg}} q6h (wt 10.6 kg at 12 mo visit). Call back or go to ED for fever >3 days, fewer than 3 wet diapers/day, non-blanching rash, lethargy, breathing hard.
Mom verbalized understanding and will call in AM to schedule if still febrile.
-- [[NAME:D. Amaral]], RN (after-hours triage)
""", summary="""
After-hours call from [[NAME:Luz Ortega]] about fever to {{vital:39.4}} in [[NAME:Zoe]], {{age:14 mo}}, who is drinking and playful; home care was advised with weight-based {{drug:acetaminophen}} or {{drug:ibuprofen}} and return precautions.
"""),

    dict(style="dental_progress", note="""
DENTAL PROGRESS NOTE     [[DATE:10/07/24]]
Pt: [[NAME:Sakura Ito-Hayes]]   {{age:11}} yo F   Chart [[MRN:D-228419]]   Medicaid ID [[MRN:93821047B]]
Accompanied by father ([[NAME:Ken]])
CC: "my back tooth hurts with ice cream"
Med hx: mild persistent asthma ({{drug:Flovent}} {{dose:44 mcg}} 2 puffs BID), NKDA.
Exam: caries #3 O, #14 MO (deep), #19 O. {{score:Angle Class I}} molar bilat. Gingiva pink, mild plaque lower anteriors.
BWX x2: #14 lesion approaching pulp, no PARL.
Tx today: #14 MO composite (Class II). Topical 20% benzocaine; infiltration 1 carpule 2% {{drug:lidocaine}} with {{dose:1:100,000}} epi. Isolation, caries excavated, RMGI liner over deep area, {{eponym:Tofflemire}} band and wedge, bonded, A2 composite in increments, occlusion adjusted.
Pt tolerated well, cooperative. Post-op: may be cold-sensitive 1-2 wk; call for lingering or throbbing pain.
Next: #3, #19 O composites + sealants #2, #15, #18, #31. Recall 6 mo.
[[NAME:Mei-Ling Ortiz]], DDS / asst [[NAME:J.T.]]
""", summary="""
[[NAME:Sakura Ito-Hayes]], {{age:11}}, had a deep MO composite on tooth #14 under local {{drug:lidocaine}}; composites on #3 and #19 and sealants are planned next.
"""),

    dict(style="optometry_exam", note="""
OPTOMETRY -- COMPREHENSIVE EYE EXAM        [[DATE:06/18/2025]]
Patient: [[NAME:EVE HARALDSEN]]    Age: [[AGE:91]]    DOB [[DATE:4 Sept 1933]]    Acct [[MRN:88120-4]]
Referred by Dr. [[NAME:Kim]] (PCP) for trouble reading and "wavy lines."

CC: can't read the hymnal, straight lines look bent OD x 2 mo. Daughter-in-law [[NAME:Consuelo]] drives her and was present.
Hx: cataract surgery OS 2019, OD not done. Dry AMD OU dx 2021, on AREDS2 vitamins. HTN.
VA cc: OD {{score:20/70}} PH {{score:20/50}}; OS {{score:20/30}}
{{eponym:Amsler}} grid: metamorphopsia just superotemporal to fixation OD; OS normal.
IOP ({{eponym:Goldmann}}): 17 OD, 15 OS at 10:20.
Pupils: no RAPD. SLE: NS 3+ OD, PCIOL OS clear.
DFE: OD soft drusen with a small subretinal hemorrhage inferotemporal to fovea, suspect conversion to neovascular AMD. OS scattered drusen, no heme.
Plan:
- urgent retina referral, Dr. [[NAME:Oyelowo]], seen within 1 week; referral faxed to [[PHONE:617-555-0180]]
- {{eponym:Amsler}} grid given for home, check OS daily
- [[NAME:Eve]] and [[NAME:Consuelo]] told to call same day for sudden vision loss
[[NAME:Luis Paz]], OD
""", summary="""
[[NAME:Eve Haraldsen]], [[AGE:91]], has new distortion and {{score:20/70}} vision in the right eye with a subretinal hemorrhage suggesting neovascular AMD; she was referred urgently to retina specialist Dr. [[NAME:Oyelowo]].
"""),

    dict(style="mental_health_intake", note="""
BEHAVIORAL HEALTH INTAKE ASSESSMENT
Client: [[NAME:Amal Yusuf]]    DOB [[DATE:07/30/1998]]    Pronouns: she/her    Intake date: [[DATE:3-11-2025]]
Referral: self, after urgent care visit; PCP Dr. [[NAME:Noor Siddiqui]]

Presenting problem: [[NAME:Amal]] describes 4 months of constant worry, poor sleep and panic attacks (3-4/week) since her younger brother [[NAME:Idris]] was badly hurt in a car crash in November. She is his main caregiver on weekends. Works as a pharmacy technician at a Walgreens in [[ADDRESS:Dearborn Heights]].
Social: lives with parents and [[NAME:Idris]]; engaged to [[NAME:Sami]], wedding postponed. Muslim; faith and her mother are main supports. Says she still has hope things will settle once [[NAME:Idris]] finishes rehab.
Substances: no alcohol or drugs; 3-4 energy drinks/day.
Screening: {{score:PHQ-9 13}}, {{score:GAD-7 18}}, {{score:C-SSRS}} screen negative (no lifetime SI).
Past psych: none. {{drug:hydroxyzine}} {{dose:25 mg}} from urgent care -- "knocked me out," stopped.
MSE: well groomed, hijab, good eye contact, speech slightly rapid, mood "on edge," affect anxious, TP linear, no SI/HI, insight and judgment good.
Dx: Generalized anxiety disorder; r/o panic disorder; r/o acute stress reaction.
Plan: weekly CBT with [[NAME:Hope Adeyemi]], LPC; psychiatry eval re: SSRI ({{drug:sertraline}} discussed); cut energy drinks; caregiver support group info.
Emergency contact: mother, [[NAME:Sabah Yusuf]], [[PHONE:313-555-0127]].
Clinician: [[NAME:Jonah Bright]], LCSW
""", summary="""
[[NAME:Amal Yusuf]] presents with four months of worry, insomnia and panic attacks ({{score:GAD-7 18}}) since caring for her injured brother [[NAME:Idris]], with no suicidal ideation; she starts weekly CBT with [[NAME:Hope Adeyemi]] and a psychiatry evaluation for {{drug:sertraline}}.
"""),

    dict(style="care_coordination", note="""
CARE COORDINATION NOTE   [[DATE:June 3, 2025]]
Pt: [[NAME:WANJIRU, GRACE N]]   MRN [[MRN:5509821]]   {{age:72}}F   COPD on home O2 2L, recent admit for exacerbation

0915 Called pt at [[PHONE:(651) 555-0139]]. Portable concentrator battery dies in <1 hr, so she can't get to church or appointments. Nephew [[NAME:Oz]] lives with her and helps.
0940 Called DME vendor customer service [[PHONE:1-800-555-0176]], ref # [[MRN:LC-7730192]]: need new order with exertional sats.
1010 In-basket to PCP Dr. [[NAME:Iman Farouk]]; ambulatory sat at [[DATE:5/29]] visit {{vital:SpO2 86% RA}} on exertion -> qualifies.
1330 Order signed. Faxed to vendor [[PHONE:651-555-0199]] w/ face sheet and OV note.
1345 Emailed pulm rehab coordinator [[NAME:Sol Brandt]] ([[EMAIL:sbrandt@northlakepulm.org]]) re: start date; pt prefers Tues/Thurs, needs a ride.
1400 Metro Mobility application mailed to pt at [[ADDRESS:1422 Edmund Ave, St. Paul, MN 55104]].
F/u: call pt [[DATE:6/10]] to confirm new battery delivered.
[[NAME:Dana Whitecloud]], RN Care Coordinator   ext [[PHONE:2287]]
""", summary="""
Care coordinator [[NAME:Dana Whitecloud]] arranged a new portable oxygen order for [[NAME:Grace Wanjiru]], {{age:72}}, whose concentrator battery fails within an hour, referred her to pulmonary rehab and mailed a transport application; follow-up call due [[DATE:6/10]].
"""),

    dict(style="social_work", note="""
SOCIAL WORK PSYCHOSOCIAL ASSESSMENT -- Family Medicine    [[DATE:Aug 28 2025]]
Client: [[NAME:Milagros]] "[[NAME:Millie]]" [[NAME:Santiago]], {{age:29}}, G3P3, 6 wk postpartum
Referred by Dr. [[NAME:Bui]] for housing instability and positive depression screen ({{score:EPDS 14}}).

[[NAME:Millie]] and her children ([[NAME:Ava]] {{age:7}}, [[NAME:Eli]] {{age:4}}, baby [[NAME:Luz]] {{age:6 wk}}) have been at Casa de Paz family shelter, [[ADDRESS:230 S. Mesa St]], for 3 weeks after leaving the children's father, [[NAME:Rey]]. Temporary protective order granted [[DATE:8/14]]. She denies current contact and feels safe at the shelter.
Income: none since leave ended; SNAP pending. Medicaid ID [[MRN:TX40018832]]. SSN last 4 [[SSN:6612]] verified for the housing application.
Supports: sister in [[ADDRESS:Las Cruces]], can't house them.
Mood: tearful at times, sleeping when baby sleeps, no SI, bonding well with [[NAME:Luz]].
Plan:
1. Rapid rehousing referral -- caseworker [[NAME:Socorro Luján]], Housing Authority, [[PHONE:915-555-0145]]
2. WIC appointment made; diapers and formula from clinic closet today
3. Warm handoff to behavioral health, [[NAME:Ximena]] on Tuesday
4. Safety plan reviewed; DV hotline card given
[[NAME:Teodora Vlahos]], LMSW
""", summary="""
[[NAME:Milagros Santiago]], {{age:29}}, six weeks postpartum with {{score:EPDS 14}}, is living at a family shelter with three children after leaving a violent partner; she was referred for rapid rehousing with caseworker [[NAME:Socorro Luján]], WIC and behavioral health.
"""),

    dict(style="peds_acute", note="""
PEDIATRIC ACUTE VISIT
CC: fever and headache x1 day
HPI: {{age:6}} yo with fever to 39.2, frontal headache, one episode of emesis. No neck pain per child. Sibling treated for strep last week. Vaccines UTD.
Exam: {{vital:T 38.9}} {{vital:HR 124}} {{vital:RR 22}} {{vital:SpO2 99%}}. Well-appearing, interactive. Pharynx erythematous, tonsils 2+ with exudate, palatal petechiae. Tender anterior cervical nodes. Neck supple, neg {{eponym:Kernig}}, neg {{eponym:Brudzinski}}. No rash. TMs normal.
Rapid strep: positive. {{score:McIsaac 4}}.
Assessment: Group A streptococcal pharyngitis.
Plan:
- {{drug:amoxicillin}} {{dose:50 mg/kg}} once daily x10 days (max {{dose:1000 mg}})
- {{drug:ibuprofen}} {{dose:10 mg/kg}} q6h prn pain/fever
- back to school after 12 h of antibiotics and fever-free
- return for neck stiffness, drooling, trouble breathing or fewer wet voids
""", summary="""
A {{age:6}}-year-old with fever, headache and exudative tonsillitis has rapid-strep-positive pharyngitis and a normal meningeal exam; treated with once-daily {{drug:amoxicillin}} for 10 days.
"""),

    dict(style="dictated_office_visit", note="""
family medicine office visit, dictated. patient is [[NAME:tou lee]], date of birth [[DATE:march ninth nineteen sixty one]], here for diabetes follow up with his wife [[NAME:yer]] who helps with his medications and his daughter [[NAME:pa yang]] who interprets. {{lab:a one c eight point nine}} today, up from eight point one in the spring. he has been taking {{drug:metformin}} {{dose:one thousand}} twice a day but skipping the {{drug:jardiance}} because it made him get up at night to urinate. no chest pain, no foot sores. {{vital:blood pressure one forty two over eighty six}}, weight up two pounds. feet with intact {{eponym:semmes-weinstein}} monofilament, pulses two plus. plan restart {{drug:jardiance}} {{dose:ten}} in the morning only, recheck {{lab:a one c}} in three months, eye exam referral to doctor [[NAME:vue]] at the vision clinic, follow up with me in three months. [[NAME:pa]]'s number for scheduling is [[PHONE:six five one five five five zero one eight two]]. dictated by dr. [[NAME:ha nguyen-tran]].
""", summary="""
[[NAME:Tou Lee]]'s diabetes has worsened to {{lab:A1c 8.9}} after he stopped {{drug:Jardiance}} for nocturia; it will be restarted as a morning dose, with an eye referral and daughter [[NAME:Pa Yang]] scheduling follow-up.
"""),

    dict(style="telephone_encounter", note="""
PHONE NOTE -- voicemail transcribed [[DATE:Wed 8/20]] 07:52
"hi it's [[NAME:jo]], [[NAME:josephine o'malley]], calling about my mother [[NAME:bridget o'malley]], her date of birth is [[DATE:one eleven thirty two]]. she saw doctor [[NAME:yu]] last week and the new drops are making her eyes burn really bad. she's [[AGE:ninety two]] and she can't really tell you herself so please call me back at [[PHONE:four one two five five five zero one one six]], thank you"

RN callback 09:15 to [[NAME:Josephine]] (daughter, on HIPAA release). Pt started {{drug:Combigan}} OU on [[DATE:8/12]] per Dr. [[NAME:Yu]] for POAG. Burning for several minutes after each dose, red eyes, no vision change, no discharge. Also on {{drug:Xalatan}} qhs. Discussed with Dr. [[NAME:Yu]]: likely brimonidine or preservative sensitivity; stop {{drug:Combigan}}, start {{drug:timolol}} {{dose:0.5%}} BID OU, chilled artificial tears prn. Rx sent to CVS on [[ADDRESS:Murray Ave]]. IOP check in 4 wk.
[[NAME:Ty Okafor]], RN
""", summary="""
[[NAME:Josephine O'Malley]] called about eye burning in her [[AGE:92]]-year-old mother [[NAME:Bridget O'Malley]] after starting {{drug:Combigan}}; Dr. [[NAME:Yu]] switched her to {{drug:timolol}} with a pressure check in four weeks.
"""),

    dict(style="portal_message", note="""
PATIENT PORTAL MESSAGE THREAD
From: [[NAME:Paz Echeverría]]    To: Dr. [[NAME:Ha]]'s care team    [[DATE:Jan 14 2025]] 6:02 PM
Subject: mammogram results??
hi dr [[NAME:ha]], its [[NAME:paz]]. i got a letter that my mammogram needs more pictures and now i cant sleep. does that mean cancer? my mom had it at {{age:50}}. also can [[NAME:luz]] (my sister) come w me to the next one. thx

Reply [[DATE:Jan 15 2025]] 8:41 AM -- [[NAME:Maren Holt]], RN for Dr. [[NAME:Ha]]
Hi [[NAME:Paz]], I'm sorry this letter worried you. Your screening mammogram was read as {{score:BI-RADS 0}}, which means the radiologist wants a closer look -- most call-backs turn out to be normal tissue. Given your mother's history, Dr. [[NAME:Ha]] agrees with the diagnostic mammogram and ultrasound, which are booked for [[DATE:1/21]] at 9:30 at Women's Imaging. [[NAME:Luz]] is very welcome to come with you. Please call [[PHONE:503-555-0134]] with any questions.

[[DATE:Jan 15 2025]] 9:02 AM -- [[NAME:Paz Echeverría]]: ok ty so much
""", summary="""
[[NAME:Paz Echeverría]] asked anxiously about a mammogram call-back; nurse [[NAME:Maren Holt]] explained the {{score:BI-RADS 0}} result and confirmed diagnostic imaging on [[DATE:1/21]], with sister [[NAME:Luz]] welcome to attend.
"""),

    dict(style="dental_hygiene", note="""
HYG RECALL   [[DATE:2025/04/02]]   Pt: [[NAME:BO NYGAARD]] ({{age:46}}M)   Hyg: [[NAME:JK]]
Med hx update: new dx HTN, started {{drug:lisinopril}} {{dose:10 mg}}. {{vital:BP 138/86}} L arm seated. No other changes.
Perio: 4-5 mm pockets UR molars w/ BOP, BOP 18% overall, generalized mild marginal gingivitis. Stage II Grade A periodontitis localized UR.
Radiographs: 4 BWX, no new caries; #30 MB cusp fracture line noted.
Tx: adult prophy, coronal polish, {{drug:fluoride varnish}}.
OHI: [[NAME:Bo]] admits flossing "maybe once a week." Demo'd water flosser; he'll try it nightly.
Dr. [[NAME:Amor Villanueva]] exam: #30 fractured MB cusp, crown recommended, estimate given, pt will check with his wife re: cost.
Next: 1 quad SRP UR w/ local, 4 wk; then 3 mo perio maint.
[[NAME:JK]] / [[NAME:AV]]
""", summary="""
Hygiene recall for [[NAME:Bo Nygaard]], {{age:46}}, newly on {{drug:lisinopril}}, showing localized stage II periodontitis in the upper right and a fractured cusp on #30; scaling and root planing and a crown were recommended.
"""),

    dict(style="optometry_peds", note="""
PEDIATRIC EYE EXAM     [[DATE:11-05-2024]]
[[NAME:Jin Yamamoto-Ruiz]]   {{age:7}} y/o M   MRN [[MRN:4471026]]

[[NAME:Jin]] failed the school vision screen in October; mom [[NAME:Noriko]] says he squints at the TV and sits very close. No eye turn noticed at home. Born full term, healthy.
VA sc (HOTV): OD {{score:20/60}}, OS {{score:20/25}}
Cover test: ortho distance and near. {{eponym:Hirschberg}} centered. Stereo 100 sec arc.
Cycloplegia: 1 gtt {{drug:cyclopentolate}} {{dose:1%}} OU, retinoscopy after 30 min.
Retinoscopy: OD +3.50 -0.75 x 180, OS +1.00 sph
Anterior segment and DFE normal OU.
Assessment: anisometropic amblyopia OD (hyperopia).
Plan: full cycloplegic Rx glasses, polycarbonate; wear full time. Recheck VA in 6 wk in glasses; add patching 2 h/day OS if OD not improving.
Letter to school nurse Ms. [[NAME:Kim]] re: preferential seating.
[[NAME:Sun-Mi Cho]], OD, FAAO
""", summary="""
[[NAME:Jin Yamamoto-Ruiz]], {{age:7}}, has anisometropic amblyopia of the right eye ({{score:20/60}}) from hyperopia; full-time glasses were prescribed with a recheck in six weeks and possible patching.
"""),

    dict(style="mental_health_intake", note="""
ADOLESCENT MENTAL HEALTH INTAKE    [[DATE:09/04/2025]]
Name: [[NAME:DOLORES]] "[[NAME:LOLA]]" [[NAME:REYES-MONTOYA]]    Age {{age:15}}    MRN [[MRN:2201994]]
Present: [[NAME:Lola]], mother [[NAME:Consuelo Montoya]], aunt [[NAME:Milagros]] (helps with after-school care)

Referred by school counselor Mr. [[NAME:Oduya]] after a friend reported [[NAME:Lola]] was cutting.
Interviewed alone: cutting on forearms since spring, last 3 days ago, "it calms me down." Passive SI ("sometimes I wish I wouldn't wake up"), no plan, no intent, no prior attempts. C-SSRS: passive ideation, no behavior past 3 mo. Stressors: parents' divorce, dad moved to [[ADDRESS:El Paso]], group chat bullying. Best friend [[NAME:Sol]] is her main support.
{{score:PHQ-A 17}}.
With family: mom said in Spanish that [[NAME:Lola]] "tiene muchos dolores de cabeza" and stays in her room; headaches also to be reviewed by PCP.
Safety plan completed with [[NAME:Lola]] and mom; means restriction -- mom will lock up meds and razors tonight.
Plan: DBT-A skills group; weekly individual therapy with [[NAME:Ximena Paredes]], LMFT; child psychiatry eval; school counselor update with consent.
[[NAME:R. Delacroix-Ng]], PsyD
""", summary="""
[[NAME:Lola Reyes-Montoya]], {{age:15}}, has been self-harming with passive suicidal ideation and {{score:PHQ-A 17}}; a safety plan with means restriction was made with her mother [[NAME:Consuelo]], and she was started in DBT-A and weekly therapy with [[NAME:Ximena Paredes]].
"""),

    dict(style="dental_emergency", note="""
LIMITED ORAL EVALUATION -- EMERGENCY
CC: "my jaw is swollen and my tooth is killing me"
HPI: LR toothache x5 days, swelling since yesterday, pain {{score:8/10}}, worse lying down. Taking {{drug:Motrin}} {{dose:800 mg}} with little relief. No trouble swallowing or breathing, no fever at home.
Vitals: {{vital:T 37.6}}, {{vital:BP 136/84}}, {{vital:HR 92}}.
Exam: firm buccal vestibular swelling at #30, no floor-of-mouth elevation, tongue not displaced, opening 40 mm. {{eponym:Ludwig}} angina not suspected. #30 large DO caries, percussion +++, Class I mobility.
PA: #30 periapical radiolucency, furcation involvement.
Dx: symptomatic apical periodontitis w/ acute apical abscess #30.
Tx: I&D buccal vestibule under 2% {{drug:lidocaine}} 1:100k epi x1 carp, purulence expressed. Pulpectomy #30 initiated, {{drug:calcium hydroxide}}, temporized.
Rx: {{drug:amoxicillin}} {{dose:500 mg}} TID x7 days; {{drug:ibuprofen}} {{dose:600 mg}} + {{drug:acetaminophen}} {{dose:500 mg}} q6h; {{drug:Peridex}} rinse BID.
Return 1 wk to complete RCT vs extraction. ED if swelling spreads under jaw or any trouble breathing or swallowing.
""", summary="""
Emergency dental visit for an acute apical abscess of tooth #30 treated with incision and drainage, pulpectomy and {{drug:amoxicillin}}; {{eponym:Ludwig}} angina was not suspected.
"""),

    dict(style="care_gap_table", note="""
CARE GAP OUTREACH -- panel Dr. [[NAME:Obi]] -- week of [[DATE:3/10]]
Patient            | Age | Gap                  | Phone               | Notes
[[NAME:Ng, Lan]]            | {{age:58}}  | mammo overdue        | [[PHONE:206-555-0111]]        | Vietnamese; dtr [[NAME:Mai]] schedules
[[NAME:Cruz, Amor]]         | {{age:66}}  | {{lab:A1c}} >9, no visit 8 mo | [[PHONE:206-555-0173]]        | LVM x2
[[NAME:Haddad, Iman]]       | {{age:41}}  | Pap                  | [[PHONE:206-555-0190]]        | female provider only
[[NAME:Vo, Ian]]            | {{age:52}}  | colon screen         | [[PHONE:206-555-0124]]        | FIT kit mailed [[DATE:2/26]]
[[NAME:Eklund, Ike]]        | [[AGE:90]]  | BP f/u after fall    | [[PHONE:206-555-0156]]        | lives w/ grandson [[NAME:Ty]]; needs ride
[[NAME:Ma, Jin]]            | {{age:35}}  | BP 150s x2           | none                | email only: [[EMAIL:jma1989@fastmail.com]]
[[NAME:Kealoha, Moana]]     | {{age:27}}  | postpartum visit     | [[PHONE:206-555-0102]]        | baby [[NAME:Noa]] seen in peds [[DATE:3/3]]
Called: [[NAME:Ng]] (booked [[DATE:3/19]]), [[NAME:Eklund]] ([[NAME:Ty]] will bring him [[DATE:Fri 3/14]]). Rest next week.
-- [[NAME:Rosa Delgado-Pike]], MA
""", summary="""
Care gap outreach list for Dr. [[NAME:Obi]]'s panel covering seven patients; [[NAME:Lan Ng]] was booked for a mammogram and [[NAME:Ike Eklund]], [[AGE:90]], will be brought by grandson [[NAME:Ty]] on [[DATE:3/14]] for blood pressure follow-up.
"""),

    dict(style="social_work", note="""
SOCIAL WORK NOTE -- Home Visit     [[DATE:Tuesday, October 7, 2025]]
Client: [[NAME:Harold]] "[[NAME:Hal]]" [[NAME:Whitfield]], [[AGE:ninety-four]] years old, Medicare ID [[MRN:1EG4-TE5-MK73]]
Address: [[ADDRESS:17 Quarry Lane, Barre, VT]]
Referral: PCP concern for self-neglect after missed appointments and weight loss.

Home visit with [[NAME:Hal]] alone. House cold (thermostat 58F), fuel oil tank near empty, stack of unopened bills. Fridge with expired milk and little else. [[NAME:Hal]] is pleasant, oriented, says "I've managed since [[NAME:June]] passed." He got three calls this month from someone "from Medicare" asking for his number; he gave his bank info once.
Neighbor [[NAME:Ed Lafleur]] checks on him most mornings and drives him to the store.
Daughter [[NAME:Dolores Whitfield-King]] lives in [[ADDRESS:Tucson]], [[PHONE:520-555-0163]]; reached by phone, worried, will fly up later this month.
Plan:
1. Emergency fuel assistance application filed today
2. Meals on Wheels start [[DATE:10/9]]
3. Bank fraud report made with [[NAME:Hal]] on speakerphone; card cancelled
4. Personal emergency response pendant ordered
5. Discussed POA; [[NAME:Hal]] wants [[NAME:Dolores]] as agent, will sign when she visits
6. APS report not filed at this time -- decisional, accepting services; will revisit
[[NAME:Maeve O'Shaughnessy]], LICSW
""", summary="""
Home visit for [[NAME:Hal Whitfield]], [[AGE:94]], living alone in [[ADDRESS:Barre]] with an empty fuel tank, little food and recent phone fraud; fuel assistance, Meals on Wheels, a bank fraud report and POA planning with daughter [[NAME:Dolores]] were arranged.
"""),

    dict(style="family_medicine_visit", note="""
SPORTS MEDICINE / FAMILY MEDICINE VISIT    [[DATE:October 21st]]
[[NAME:Ty Abernathy-Cole]], {{age:16}}, R knee injury playing soccer [[DATE:Sat 10/18]]. Planted and twisted, heard a pop, swelled within 2 hours, couldn't finish. Mom [[NAME:Eve]] with him. Took {{drug:Tylenol}} {{dose:500 mg}} twice, icing.
Exam: moderate effusion, ROM 0-100 limited by swelling. {{eponym:Lachman}} positive with soft endpoint, anterior drawer 2+, {{eponym:McMurray}} negative, stable to varus/valgus at 0 and 30. No bony tenderness ({{eponym:Ottawa}} negative). NV intact.
Assessment: probable R ACL tear.
Plan:
- MRI R knee
- hinged knee brace, crutches WBAT
- {{drug:naproxen}} {{dose:375 mg}} BID with food x10 days
- ortho sports referral, Dr. [[NAME:Le]]
- no soccer until cleared; school note for PE given
[[NAME:Ty]] and [[NAME:Eve]] asked about the season -- realistic expectations discussed.
[[NAME:Kenji Watanabe]], DO
""", summary="""
[[NAME:Ty Abernathy-Cole]], {{age:16}}, has a likely right ACL tear from soccer with a positive {{eponym:Lachman}}; MRI, a brace, {{drug:naproxen}} and referral to Dr. [[NAME:Le]] were arranged.
"""),

    dict(style="sms_thread", note="""
SMS LOG (care team texting) -- parent [[NAME:Huong Pham]] [[PHONE:(714) 555-0108]]
[[DATE:7/1]] 10:02 Clinic: Hi [[NAME:Huong]], this is [[NAME:Kim]] from Dr. [[NAME:Tran]]'s office. Reminder: [[NAME:Min]]'s 6 month checkup is [[DATE:Thurs 7/3]] at 9:20. Reply C to confirm.
[[DATE:7/1]] 12:47 Parent: C. can my mom bring him? i work
[[DATE:7/1]] 12:51 Clinic: Yes, grandma can bring him if you sign the consent-to-treat form. I'll text you the link.
[[DATE:7/1]] 12:52 Parent: ok ty. her name is [[NAME:Lan Pham]], she speaks vietnamese mostly
[[DATE:7/1]] 12:55 Clinic: Got it, we will have a Vietnamese interpreter ready. Form link sent.
[[DATE:7/3]] 09:14 Clinic: [[NAME:Lan]] and [[NAME:Min]] are checked in, thank you for signing!
-- [[NAME:Kim Nguyen]], MA
""", summary="""
Text reminder thread with [[NAME:Huong Pham]] for [[NAME:Min]]'s six-month visit on [[DATE:7/3]]; grandmother [[NAME:Lan Pham]] brought him with a signed consent and a Vietnamese interpreter arranged.
"""),

    dict(style="peds_adhd_followup", note="""
ADHD FOLLOW-UP    [[DATE:2/4/25]]
[[NAME:McCREADY-OSEI, IAN J]]   {{age:9}} y   MRN [[MRN:7702815]]   with dad ([[NAME:Kwame]])

[[NAME:Ian]] is on {{drug:Concerta}} {{dose:27 mg}} since [[DATE:Nov 12]]. Dad and teacher Mr. [[NAME:Sol]] both note better focus in mornings but falling apart after lunch. Appetite down at lunch, eats a big dinner. Sleep ok, asleep by 9.
{{eponym:Vanderbilt}} parent: {{score:inattention 6/9}} (was {{score:8/9}}). {{eponym:Vanderbilt}} teacher: {{score:inattention 5/9}}, {{score:hyperactivity 4/9}}, performance 3 in reading.
Wt 28.1 kg (from 28.6), {{vital:BP 102/64}}, {{vital:HR 94}}. Exam normal, no tics.
Plan:
- increase {{drug:Concerta}} to {{dose:36 mg}} qAM
- high-calorie breakfast, snack after school
- send new {{eponym:Vanderbilt}} to Mr. [[NAME:Sol]] in 4 wk
- RTC 6 wk for wt/BP check; call sooner for mood changes or poor sleep
[[NAME:Abena Quist]], MD
""", summary="""
[[NAME:Ian McCready-Osei]], {{age:9}}, shows partial ADHD response to {{drug:Concerta}} {{dose:27 mg}} with afternoon wear-off and slight weight loss; the dose was raised to {{dose:36 mg}} with teacher Mr. [[NAME:Sol]] to repeat ratings in four weeks.
"""),

    dict(style="telephone_triage", note="""
TELEPHONE TRIAGE -- ADULT
Caller: patient
Symptom: dizziness when standing x2 days, started after {{drug:amlodipine}} {{dose:5 mg}} was added last week to {{drug:lisinopril}} {{dose:20 mg}}.
Home readings this AM: {{vital:BP 102/64}} sitting, {{vital:HR 88}}; felt lightheaded on standing, no fall.
Denies chest pain, palpitations, syncope, focal weakness, slurred speech, black stools. Drinking less in the heat.
Protocol: {{eponym:Schmitt-Thompson}} Dizziness (Adult) -- disposition see within 24 hours.
Advice: hold {{drug:amlodipine}} tonight, continue {{drug:lisinopril}}, drink 2-3 extra glasses of water, sit on edge of bed before standing, recheck BP tonight. ED or 911 for fainting, chest pain or new weakness.
Caller verbalized understanding; appointment booked with PCP tomorrow 8:40 AM.
""", summary="""
Telephone triage for orthostatic dizziness after {{drug:amlodipine}} was added, with home {{vital:BP 102/64}}; advised to hold {{drug:amlodipine}}, hydrate and see the PCP within 24 hours.
"""),

    dict(style="referral_letter", note="""
Riverside Family Health
[[ADDRESS:4100 Alder Street, Suite 210, Eugene, OR 97405]]
Tel [[PHONE:541-555-0120]]   Fax [[PHONE:541-555-0121]]

[[DATE:May 12, 2025]]

Dr. [[NAME:Kiri Halvorsen]]
Pediatric Neurology

Re: [[NAME:Noor Bakr]]    DOB [[DATE:11/02/2016]]

Dear Dr. [[NAME:Halvorsen]],

Thank you for seeing [[NAME:Noor]], an {{age:8}}-year-old girl I follow in primary care, for staring spells. Her teacher, Ms. [[NAME:Consuelo Ruiz]], first noticed brief episodes in class in February, now several a day; [[NAME:Noor]] does not remember them. In clinic, hyperventilation for 90 seconds provoked a 10-second spell with eyelid flutter and unresponsiveness, followed by immediate return to normal. Neurologic exam otherwise normal, growth normal, no medications. Family history: father [[NAME:Ahmed]] had "fainting" as a child.
I have ordered a routine EEG. Her mother, [[NAME:Hana Bakr]], can be reached at [[PHONE:541-555-0187]] or [[EMAIL:hana.bakr@mailbox.org]]; family lives at [[ADDRESS:2290 W 18th Ave, Eugene]].
Sincerely,

[[NAME:Marisol Etxeberria]], MD
cc: [[NAME:Hana Bakr]] and [[NAME:Ahmed Bakr]] (parents)
""", summary="""
Referral letter from Dr. [[NAME:Marisol Etxeberria]] to Dr. [[NAME:Kiri Halvorsen]] for [[NAME:Noor Bakr]], {{age:8}}, with hyperventilation-provoked staring spells suggestive of absence seizures; an EEG was ordered and mother [[NAME:Hana Bakr]] is the contact.
"""),
]
