# Hand-written test notes, part a: nursing shift handoff (SBAR), pediatric well-child visit, rehab/SNF weekly
# summary, ophthalmology visit, transplant clinic note. All people, places, numbers and dates are invented.

NOTES = [
    dict(style="sbar_handoff", note="""
SBAR HANDOFF 1900  4 West  rm 412
S: [[NAME:Okonjo, Chukwuemeka]]  MRN [[MRN:6120554]]  {{age:58}}M  POD 1 lap sigmoid colectomy. Handoff [[NAME:Faith]] -> [[NAME:Rosalind]].
B: diverticulitis w/ fistula. Hx HTN, OSA on CPAP (brought his own). Allergy: {{drug:Bactrim}} (rash).
A: {{vital:BP 104/62}} (was 130s), {{vital:HR 108}}, {{vital:T 38.1}}, {{vital:UOP 20 mL/h}} x 2h. {{lab:Lactate 2.6}}, {{lab:WBC 14.2}}, {{lab:Hgb 10.1}}. JP serosanguinous 60 mL. PCA {{drug:hydromorphone}} {{dose:0.2 mg}} demand, using a lot.
R: [[NAME:Reyes]] (surgery) aware, ordered {{dose:1 L}} LR bolus + repeat lactate at 2100 and blood cx x2. If MAP < 65 after bolus call [[NAME:Reyes]] again, then RRT. [[NAME:Okonjo]] and [[NAME:Reyes]] discussed CT if fever persists.
Family: [[NAME:Nneka]] at bedside until 2000, wants a call if he goes to ICU -- [[PHONE:(614) 555-0210]]. [[NAME:Obinna]] in [[ADDRESS:Houston]] calls nightly; OK to give general update.
""", summary="""
[[NAME:Chukwuemeka Okonjo]] may be developing sepsis after colectomy; [[NAME:Reyes]] ordered fluids and cultures, and [[NAME:Nneka]] wants a call if he goes to ICU.
"""),
    dict(style="sbar_handoff", note="""
Handoff -- MICU bed 7 -- [[DATE:2/2/25]] 0700
PT: [[NAME:DO THI HANH]]  {{age:74}}F  MRN [[MRN:3305128]]
S  Intubated HD3 for {{eponym:Klebsiella}} pneumonia, septic shock improving.
B  DM2, CKD3b. Full code. Daughter [[NAME:Le Thu Trang]] is HCP; speaks Vietnamese and English. Staff asked whether to say Bà [[NAME:Hanh]]; per [[NAME:Trang]], just "[[NAME:Hanh]]".
A  {{drug:Levophed}} {{dose:0.04 mcg/kg/min}} (down from 0.12), {{drug:vasopressin}} off at 0300. Vent AC {{dose:TV 380}} {{dose:PEEP 8}} {{dose:FiO2 40%}}. {{score:RASS -2}} on {{drug:propofol}} {{dose:20 mcg/kg/min}}. {{lab:Cr 2.4}}, {{lab:K 5.3}}, {{lab:lactate 1.4}}. Blood cx {{eponym:Klebsiella}} pan-sensitive -> {{drug:ceftriaxone}} {{dose:2 g}} daily.
R  SAT/SBT this AM if off pressors. If K > 5.5 page [[NAME:Thuy]] (ICU fellow) at pager [[PHONE:6-2291]]. [[NAME:Trang]] visiting 1000; [[NAME:Minh]] ([[NAME:Hanh]]'s son) from [[ADDRESS:San Jose]] arriving tonight.
Off-going: [[NAME:Will Dunleavy]] RN. On-coming: [[NAME:Maisie]].
""", summary="""
[[NAME:Hanh]] is improving from {{eponym:Klebsiella}} septic shock on low-dose {{drug:Levophed}}; [[NAME:Trang]] is her health-care proxy and [[NAME:Minh]] arrives tonight.
"""),
    dict(style="sbar_handoff", note="""
L&D -> Postpartum handoff (SBAR)
S: {{age:31}} G2P2 s/p SVD 1412, EBL 650 mL. Baby boy {{score:Apgar 8/9}}, {{vital:3.42 kg}}.
B: GDM A2 on {{drug:insulin NPH}} antepartum -- stopped postpartum. GBS neg. Rh pos. 2nd deg lac repaired.
A: fundus firm U-1, lochia mod. {{vital:BP 118/72}}, {{vital:HR 84}}. {{drug:Pitocin}} {{dose:30 units/500 mL}} running at {{dose:125 mL/h}}. Voided 300 mL. {{lab:glucose 96}} fasting. Pain 3/10 on {{drug:ibuprofen}} {{dose:600 mg}} q6h.
R: fasting + 2h PP glucose x 24h then stop. Check H/H in AM. Breastfeeding, lactation consult requested.
""", summary="""
Postpartum handoff after SVD with {{score:Apgar 8/9}}; {{drug:Pitocin}} running and glucose checks for 24 hours.
"""),
    dict(style="sbar_handoff", note="""
PEDS FLOOR HANDOFF -- written by [[NAME:kmorrow]] for [[NAME:jsaldana]]
Rm 5 [[NAME:Amaru Quispe-Mamani]]  {{age:4}}y  MRN [[MRN:P-0918842]]
S: bronchiolitis/RSV day 4, on HFNC {{dose:8 L}} {{dose:FiO2 30%}}.
B: ex-32wk preemie. Lives in [[ADDRESS:Whitehall]] with mom [[NAME:Wayra]] and grandfather [[NAME:Efraín]]; [[NAME:Efraín]] speaks Quechua and Spanish only -- use interpreter line, Spanish is OK.
A: {{vital:RR 48}}, mild retractions, {{vital:SpO2 95%}}. Tolerating NG feeds {{dose:40 mL/h}}. {{lab:RSV PCR positive}}.
R: wean flow by 1 L q4h if {{score:RDAI < 6}}; if desats below 90 sustained page [[NAME:Ostrowski]] (senior). [[NAME:Wayra]] went home to sleep, back 0700; [[NAME:Efraín]] staying overnight. Sibling [[NAME:Inti]] (7) NOT allowed to visit -- fever.
""", summary="""
[[NAME:Amaru]] has RSV on high-flow; [[NAME:Efraín]] stays overnight, [[NAME:Wayra]] returns at 0700 and [[NAME:Inti]] may not visit.
"""),
    dict(style="sbar_handoff", note="""
ORTHO FLOOR BEDSIDE REPORT [[DATE:Sun Mar 16]] 1900
412A [[NAME:Young, Bernadette]]   [[AGE:92]]F   MRN [[MRN:2217004]]
S - R hip hemiarthroplasty POD 2. New confusion since 1600.
B - lives independently at [[ADDRESS:410 Cherrywood Ct, Grove City]]. Baseline sharp per [[NAME:Faith Adebanjo]] (neighbor + POA).
A - {{score:CAM-ICU positive}}. {{vital:T 37.4}}, {{vital:SpO2 93%}}, {{lab:Na 129}}, {{lab:Hgb 8.6}} (10.2 yest). Foley out at 1200, no void since -> bladder scan 640 mL. {{drug:oxycodone}} {{dose:5 mg}} x3 today.
R - straight cath per protocol, recheck {{lab:Hgb}} at 2200, hold sedating meds. [[NAME:Gwendolyn]] (night charge) aware. If Hgb < 8 call [[NAME:Abernethy-Sowah]], ortho PA. [[NAME:Young]] keeps asking for "[[NAME:Rose]]" -- [[NAME:Faith]] says [[NAME:Rose]] was her sister, died 2019.
""", summary="""
[[NAME:Bernadette Young]], [[AGE:92]], has post-operative delirium with urinary retention and a falling hemoglobin; [[NAME:Faith Adebanjo]] is her POA.
"""),
    dict(style="sbar_handoff", note="""
HANDOFF - telemetry 6E  [[DATE:04-09-2025]]
Pt: [[NAME:Harpreet Singh Dhillon]]  MRN [[MRN:5511902]]  DOB [[DATE:1950-12-01]]
S: new AF with RVR 150s this afternoon, now rate 90s after {{drug:diltiazem}} {{dose:10 mg}} IV + drip {{dose:10 mg/h}}.
B: CABG 2016, {{score:CHA2DS2-VASc 5}}, {{score:HAS-BLED 2}}. Started {{drug:Eliquis}} {{dose:5 mg}} BID.
A: {{vital:HR 92}}, {{vital:BP 112/70}}, {{lab:K 3.6}}, {{lab:Mg 1.7}} -> {{drug:magnesium}} {{dose:2 g}} IV given. {{lab:TSH 1.4}}, {{lab:trop 0.02}}.
R: keep K > 4, Mg > 2. TEE/DCCV maybe tomorrow if [[NAME:Sodhi]] agrees. [[NAME:Harpreet]]'s son [[NAME:Gurjot]] and [[NAME:Simran]] went home; [[NAME:Simran]]'s number [[PHONE:614.555.0233]]. [[NAME:Harpreet]] wears a kara -- do not remove.
""", summary="""
[[NAME:Harpreet Singh Dhillon]] has new AF on a {{drug:diltiazem}} drip and {{drug:Eliquis}}; [[NAME:Sodhi]] to decide on cardioversion and [[NAME:Simran]] is the contact.
"""),
    dict(style="well_child", note="""
WELL CHILD CHECK -- 2 MONTH
Baby Girl [[NAME:Diallo]], now named [[NAME:Aminata Diallo]]   DOB [[DATE:01/04/2025]]   MRN [[MRN:P-1102387]]   Visit [[DATE:03/06/2025]]
Here with [[NAME:Fatoumata]] (mother) and [[NAME:Mamadou]] (father). Birth: term SVD, {{score:Apgar 9/9}}, BW {{vital:3.1 kg}}.
Wt {{vital:5.0 kg}} (41%), Lt 57 cm, HC 38.5 cm. Feeding breast + 2 oz formula at night. Stools yellow. Smiles socially, coos.
Exam: red reflex present bilaterally, {{eponym:Ortolani}} and {{eponym:Barlow}} negative, fontanelle soft.
Vaccines: {{drug:Pediarix}}, {{drug:ActHIB}}, {{drug:Prevnar 20}}, {{drug:RotaTeq}} given. {{drug:Beyfortus}} was given at birth.
{{score:EPDS 11}} for [[NAME:Fatoumata]] -- discussed, referred to [[NAME:Sokhna Ba]], perinatal SW. [[NAME:Mamadou]] works nights; [[NAME:Fatoumata]]'s sister [[NAME:Kadiatou]] helps in the day.
""", summary="""
[[NAME:Aminata]] is growing well at 2 months and got her vaccines; [[NAME:Fatoumata]] screened {{score:EPDS 11}} and was referred to [[NAME:Sokhna Ba]].
"""),
    dict(style="well_child", note="""
Well visit 4 y/o
[[NAME:Major Tillman-Osei]]   DOB [[DATE:Sept 12, 2020]]   [[DATE:9/15/2024]]
[[NAME:Major]] is here with Grandma [[NAME:Loretta Tillman]]; [[NAME:Ama Osei]] (mom) on video call from work.
Growth: {{vital:Ht 104 cm}} (55%), {{vital:Wt 17.1 kg}} (60%), {{vital:BMI 15.8}}. {{vital:BP 96/58}}.
Vision: {{score:Snellen 20/32}} both eyes (passes for age). Hearing OAE pass.
Development: hops on one foot, draws a person with 4 parts, tells stories. ASQ normal. Attends Little Acorns preschool; teacher Ms. [[NAME:Pruitt]] -- [[NAME:Loretta]] thinks it's "[[NAME:Pruett]]".
Lead: {{lab:lead <1}}. {{lab:Hgb 12.3}}.
Vaccines: {{drug:Kinrix}}, {{drug:ProQuad}} given. {{drug:fluoride varnish}}. Dental home: Dr. [[NAME:Ahn]], seen [[DATE:August 2]].
Anticipatory guidance: booster seat, water safety ([[NAME:Loretta]] has a pool).
""", summary="""
[[NAME:Major]] had a normal 4-year visit with [[NAME:Loretta Tillman]] and got {{drug:Kinrix}} and {{drug:ProQuad}}; [[NAME:Ama Osei]] joined by video.
"""),
    dict(style="well_child", note="""
ADOLESCENT WELL VISIT (15 yo) -- confidential portion marked
[[NAME:Hye-rin Seo]]   MRN [[MRN:P-0733619]]   Visit [[DATE:Jul 30 2025]]
Parent portion: [[NAME:Seo Jae-won]] (father). Sports physical for volleyball. {{vital:BP 108/66}}, {{vital:HR 62}}. Vision {{score:Snellen 20/20}}. Murmur none, {{eponym:Valsalva}} maneuver no change. Scoliosis screen neg.
CONFIDENTIAL (teen alone): HEEADSSS -- lives with dad and [[NAME:Ji-min]] (brother). Good grades. Has a girlfriend, [[NAME:Noelani]]; not sexually active. Denies vaping, alcohol. {{score:PHQ-A 4}}. Feels stressed about SAT.
{{drug:Menveo}} booster, {{drug:Gardasil 9}} #2 given. {{drug:Tdap}} up to date.
Cleared for sports. [[NAME:Hye-rin]] asked that the girlfriend not be mentioned to [[NAME:Jae-won]].
""", summary="""
[[NAME:Hye-rin]] was cleared for volleyball and got {{drug:Gardasil 9}}; she asked that [[NAME:Jae-won]] not be told about [[NAME:Noelani]].
"""),
    dict(style="well_child", note="""
WELL CHILD 12 MONTH
Here w/ parents. Wt 9.6 kg (40%), Lt 75 cm (50%), HC 46 cm. Walking with one hand held, 3 words, pincer grasp. {{lab:Hgb 11.4}}, {{lab:lead 2}}. {{drug:MMR}}, {{drug:Varivax}}, {{drug:Hep A}} #1, {{drug:Prevnar 20}} #4 given. {{drug:Vitamin D}} {{dose:400 IU}} stop now on whole milk. {{score:M-CHAT}} at 18 mo. Fluoride varnish applied. Next visit 15 months.
""", summary="""
Normal 12-month visit; {{drug:MMR}} and {{drug:Varivax}} given, {{lab:Hgb 11.4}}.
"""),
    dict(style="well_child", note="""
WCC 6 yr -- [[NAME:Wiremu Te Rangi-Parata]]  DOB [[DATE:24/02/2019]]  NHI [[MRN:ZKT4418]]
Family moved from [[ADDRESS:Rotorua]] in Jan; records from Dr [[NAME:Hemi Walker]] requested. Here with [[NAME:Anahera]] (mum). [[NAME:Wiremu]] goes by "[[NAME:Wiri]]".
Wt 22 kg, Ht 118 cm. BMI 15.8. Bedwetting 3 nights/wk -- discussed alarm, no {{drug:DDAVP}} yet. Snores; tonsils 2+.
Vaccines: NZ schedule complete to 4 yr; given {{drug:Quadracel}} catch-up? -- not needed, confirmed. {{drug:flu vaccine}} given.
Vision {{score:Snellen 20/25}} R, {{score:20/25}} L. [[NAME:Anahera]] asked about kapa haka group -- gave list. [[NAME:Wiri]]'s koro, [[NAME:Tamihana]], lives with them.
""", summary="""
[[NAME:Wiri]] had a 6-year check after moving from [[ADDRESS:Rotorua]]; [[NAME:Anahera]] asked about bedwetting and records were requested from [[NAME:Hemi Walker]].
"""),
    dict(style="well_child", note="""
3-5 day newborn visit   [[DATE:Monday 11/18/2024]]
[[NAME:Elio Fontana-Brightwater]]  DOB [[DATE:11/14/2024]]  MRN [[MRN:P-1099452]]
BW 3.55 kg -> today {{vital:3.31 kg}} (-6.8%). {{lab:TcB 13.1}} at 96 h, below phototx threshold. Breastfeeding q2-3h, 6 wet diapers. {{eponym:Ortolani}}/{{eponym:Barlow}} neg. Cord drying. CCHD screen passed, hearing passed.
[[NAME:Beatrix]] and [[NAME:Luca]] (parents) both present. [[NAME:Luca]] asked about circumcision -- referred to [[NAME:Bellweather]] urology. Lactation: [[NAME:Honora Pike]], IBCLC, [[PHONE:614-555-0247]].
Recheck weight [[DATE:11/21]].
""", summary="""
[[NAME:Elio]] lost 6.8% of birth weight with {{lab:TcB 13.1}}; [[NAME:Beatrix]] sees [[NAME:Honora Pike]] for lactation and the weight is rechecked [[DATE:11/21]].
"""),
    dict(style="snf_weekly", note="""
SNF WEEKLY INTERDISCIPLINARY SUMMARY -- week of [[DATE:1/20/2025]]
Resident: [[NAME:MOROZOVA, SVETLANA PETROVNA]]   [[AGE:94]]   Room 118B   MRN [[MRN:SN-40771]]
Dx: L femoral neck fx s/p ORIF [[DATE:12/29/24]].
PT ([[NAME:Ilyas]]): transfers min A, gait 60 ft RW with CGA. {{score:Berg 31}}. {{score:Tinetti 14}}.
OT ([[NAME:Marguerite]]): LB dressing mod A with reacher.
Nursing: {{score:Braden 14}}, sacrum intact. {{drug:Eliquis}} {{dose:2.5 mg}} BID for DVT ppx until [[DATE:2/9]]. {{lab:Hgb 9.7}}, {{lab:Na 134}}. {{drug:Senna}} + {{drug:MiraLAX}}.
SW: [[NAME:Svetlana]] wants to go back to her apartment at [[ADDRESS:2400 Riverside Terrace, Apt 5C, Worthington]]. [[NAME:Pavel]] (son) thinks she needs assisted living; [[NAME:Yelena]] agrees with [[NAME:Svetlana]]. Care conference set [[DATE:1/29]] 2 pm.
Diet: regular, thin liquids. Wt stable.
""", summary="""
[[NAME:Svetlana]], [[AGE:94]], is progressing after hip ORIF; [[NAME:Pavel]] and [[NAME:Yelena]] disagree about discharge and a conference is set for [[DATE:1/29]].
"""),
    dict(style="snf_weekly", note="""
Rehab weekly progress -- [[NAME:Thiago Albuquerque]]  {{age:66}}  ([[DATE:02/14/25]])
L MCA stroke [[DATE:1/31]]. R hemiparesis, expressive aphasia.
PT: {{score:FIM transfers 3}} -> 4; walked 40 ft hemi-walker + AFO with [[NAME:Oyinlola]]. OT: R hand, some gross grasp; {{eponym:Brunnstrom}} stage 3 arm. SLP: [[NAME:Carys Pennant-Wynne]] -- naming improved, {{score:WAB AQ 48}}; mech soft + nectar thick per MBSS.
Meds: {{drug:Plavix}} {{dose:75 mg}}, {{drug:atorvastatin}} {{dose:80 mg}}, {{drug:Lexapro}} {{dose:5 mg}} for post-stroke mood. {{vital:BP 128/76}}.
[[NAME:Thiago]] tearful when [[NAME:Marcela]] leaves. [[NAME:Marcela]] and daughter [[NAME:Luana]] trained on transfers. Goal home w/ family [[DATE:3/7]].
""", summary="""
[[NAME:Thiago]] is gaining after his stroke ({{score:WAB AQ 48}}); [[NAME:Marcela]] and [[NAME:Luana]] were trained on transfers.
"""),
    dict(style="snf_weekly", note="""
WEEKLY SKIN & WOUND SUMMARY -- SNF
Resident {{age:81}}, stage 3 sacral PI 3.0 x 2.5 x 0.4 cm, 20% slough. {{drug:Santyl}} daily + foam border. {{score:PUSH 11}} (was 13). Low-air-loss mattress, q2h turns. {{lab:albumin 2.9}}, {{lab:prealbumin 12}}. {{drug:Juven}} BID, {{drug:zinc}} {{dose:220 mg}} x 14 d. {{score:Braden 12}}. No signs of infection.
""", summary="""
Stage 3 sacral injury improving ({{score:PUSH 11}}) on {{drug:Santyl}}; nutrition supplements continue.
"""),
    dict(style="snf_weekly", note="""
SNF NURSING WEEKLY NOTE   [[DATE:5.3.2025]]
[[NAME:Bjørn Eriksen]] ([[AGE:90]]) -- long-term resident, {{eponym:Parkinson}} disease, {{score:Hoehn and Yahr 4}}.
Falls x1 this week ([[DATE:4/30]] 0320, found on floor by [[NAME:Marisela]], no injury). {{drug:Sinemet}} {{dose:25/100}} 1.5 tab 5x/day -- 0600 dose given late twice; [[NAME:Bjørn]] freezes until it kicks in. Orthostatic: {{vital:BP 138/80}} supine -> {{vital:BP 102/64}} standing. {{drug:midodrine}} {{dose:2.5 mg}} TID started by [[NAME:Achterberg]].
[[NAME:Astrid Haugland]] (daughter in [[ADDRESS:Duluth]]) called, informed of fall. [[NAME:Astrid]] asks that [[NAME:Bjørn]] not be sent to the ED for minor falls (POLST: DNR, selective treatment).
""", summary="""
[[NAME:Bjørn Eriksen]], [[AGE:90]], fell without injury and started {{drug:midodrine}}; [[NAME:Astrid]] asks that minor falls not go to the ED.
"""),
    dict(style="snf_weekly", note="""
Subacute rehab weekly team summary
[[NAME:ESPERANZA REYES DE LA TORRE]]   MRN [[MRN:SN-41190]]   DOB [[DATE:3/3/1941]]
Admitted [[DATE:Feb 20]] after CHF exacerbation, deconditioning.
Wt {{vital:71.2 kg}} (dry wt {{vital:70 kg}}). {{drug:Lasix}} {{dose:40 mg}} BID, {{drug:Entresto}} {{dose:24/26 mg}} BID, {{drug:Jardiance}} {{dose:10 mg}}. {{lab:BNP 610}} (was 1840). {{lab:K 4.4}}, {{lab:Cr 1.3}}.
PT: 150 ft RW, {{score:6MWT 140 m}}. OT: independent grooming.
[[NAME:Esperanza]] -- "Doña [[NAME:Pera]]" to everyone on the unit -- is a retired seamstress. Son [[NAME:Joaquín]] lives at [[ADDRESS:77 W Mound St, Columbus 43215]]; [[NAME:Joaquín]] and [[NAME:Guadalupe]] split visits. D/c planned to [[NAME:Joaquín]]'s home [[DATE:3/12]], HH through Mid-Ohio Home Care.
""", summary="""
[[NAME:Esperanza Reyes de la Torre]] is ready to go to [[NAME:Joaquín]]'s home on [[DATE:3/12]] with {{lab:BNP 610}}.
"""),
    dict(style="snf_weekly", note="""
LTC monthly/weekly MD summary
[[NAME:Nizhoni Begay]]   [[DATE:6/2/25]]   Resident # [[MRN:LTC-7712]]
{{age:77}}F, ESRD on HD M/W/F at Davita [[ADDRESS:Gallup]], DM2, BKA L.
Dialysis: {{lab:Kt/V 1.3}}, {{lab:Hgb 10.4}} on {{drug:Mircera}}, {{lab:phos 6.1}} -> {{drug:sevelamer}} {{dose:1600 mg}} TID w/ meals. {{lab:K 5.0}}.
BS {{lab:A1c 7.2}}, {{drug:Lantus}} {{dose:8 units}}.
[[NAME:Nizhoni]] wants to attend a ceremony at [[ADDRESS:Chinle]] on [[DATE:6/21]]; [[NAME:Tallulah Yazzie]] (granddaughter) will drive; will miss Saturday? no HD Sat -- fine. Traditional healer [[NAME:Hosteen Benally]] may visit; facility allows.
""", summary="""
[[NAME:Nizhoni Begay]] is stable on dialysis and will travel to [[ADDRESS:Chinle]] with [[NAME:Tallulah Yazzie]] on [[DATE:6/21]].
"""),
    dict(style="ophthalmology", note="""
OPHTHALMOLOGY CLINIC   [[DATE:10/02/2024]]
[[NAME:Iyer, Meenakshi]]  {{age:69}}F  MRN [[MRN:E-558201]]
CC: wavy lines OS x 1 wk.
VA cc: OD {{score:20/30}}, OS {{score:20/80}} ({{eponym:Snellen}}). {{eponym:Amsler}} grid OS: metamorphopsia central. IOP {{vital:16/17}} by {{eponym:Goldmann}}.
DFE: OS subretinal fluid + heme, drusen OU. OCT OS: CNV with SRF, CST 412.
A: neovascular AMD OS.
P: {{drug:Eylea}} {{dose:2 mg}} intravitreal OS today, povidone prep. Monthly x3. AREDS2 OU. [[NAME:Sanjay]] drove her; [[NAME:Sanjay]] asked if [[NAME:Meenakshi]] can still drive -- not now. Fellow: [[NAME:Okonkwo-Lee]].
""", summary="""
[[NAME:Meenakshi Iyer]] has wet AMD in the left eye and got {{drug:Eylea}}; [[NAME:Sanjay]] was told she should not drive for now.
"""),
    dict(style="ophthalmology", note="""
Eye clinic post-op day 1 -- cataract OD
[[NAME:Kobayashi, Haruto]]  DOB [[DATE:07/07/1948]]  MRN [[MRN:E-560014]]
Uneventful phaco/IOL OD yesterday with [[NAME:Vanterpool]]. Today VA sc OD {{score:20/40}}, ph {{score:20/25}}. IOP {{vital:22}}. Cornea trace edema, AC 1+ cell, IOL centered.
{{drug:prednisolone acetate}} {{dose:1%}} QID, {{drug:moxifloxacin}} QID x 1 wk, {{drug:Ilevro}} daily. Shield at night.
[[NAME:Haruto]] lives with [[NAME:Emiko]]; [[NAME:Emiko]] will give drops. Interpreter not needed; [[NAME:Kenji]] (son) on phone. Next: POW1 [[DATE:Oct 15]], then OS surgery [[DATE:11/5]].
""", summary="""
[[NAME:Haruto Kobayashi]] is doing well a day after right cataract surgery; [[NAME:Emiko]] will give the drops.
"""),
    dict(style="ophthalmology", note="""
OPHTHO CONSULT -- ED
{{age:45}} M, R eye chemical splash (drain cleaner) at home 1 h ago. Irrigated 2 L in ED, pH 7.4 after. VA OD {{score:20/60}}, OS {{score:20/20}}. Fluorescein: 40% epithelial defect, limbal ischemia < 3 clock hours ({{score:Roper-Hall grade II}}). IOP {{vital:18}}.
{{drug:erythromycin ointment}} QID, {{drug:prednisolone}} {{dose:1%}} QID, {{drug:doxycycline}} {{dose:100 mg}} BID, {{drug:vitamin C}} {{dose:1 g}} daily. Recheck tomorrow in clinic.
""", summary="""
Alkali burn of the right eye ({{score:Roper-Hall grade II}}) treated after irrigation; seen again tomorrow.
"""),
    dict(style="ophthalmology", note="""
GLAUCOMA FOLLOW-UP
Pt: [[NAME:Kwame Antwi-Boasiako]]  MRN [[MRN:E-541379]]  [[DATE:2025.03.11]]
POAG OU. {{drug:Xalatan}} qhs OU, {{drug:Cosopt}} BID OU. IOP {{vital:OD 24}} / {{vital:OS 19}} (goal < 18). CCT 505/510. HVF 24-2 OD progression superiorly. C/D {{score:0.8}}/0.7.
Adherence: [[NAME:Kwame]] admits missing evening drops when working nights. [[NAME:Abena]] (wife) will remind.
Plan: SLT OD [[DATE:3/25]] with [[NAME:Nakamura-Bright]]. Consider {{drug:Rhopressa}}. Return 6 wk.
""", summary="""
[[NAME:Kwame]] has progressing glaucoma in the right eye and is scheduled for SLT with [[NAME:Nakamura-Bright]]; [[NAME:Abena]] will help with drops.
"""),
    dict(style="ophthalmology", note="""
Peds ophtho -- strabismus
[[NAME:Saoirse Ní Bhriain]]  {{age:3}}  DOB [[DATE:2 May 2021]]
Referred by [[NAME:Ó Dálaigh]] (PCP) for L eye turning in. Cover test: L ET 20 PD at near, 15 PD distance. Cycloplegic ref: OD +3.50, OS +4.25. {{eponym:Teller}} acuity OS reduced. Fundi normal. {{eponym:Hirschberg}} 15 degrees ET OS.
Dx: accommodative esotropia + amblyopia OS. Rx full cycloplegic correction, patching OD 2h/day.
[[NAME:Siobhán]] (mum) and [[NAME:Ciarán]] both here; [[NAME:Ciarán]] will order glasses. Orthoptist: [[NAME:Deirdre Quaid]].
""", summary="""
[[NAME:Saoirse]] has accommodative esotropia and amblyopia; [[NAME:Ciarán]] will get glasses and [[NAME:Deirdre Quaid]] follows the patching.
"""),
    dict(style="ophthalmology", note="""
RETINA CLINIC -- diabetic retinopathy
[[NAME:DELA CRUZ, ROSE ANN]]   MRN [[MRN:E-562280]]   DOB [[DATE:10-30-1972]]   [[DATE:Apr 4 2025]]
VA OD {{score:20/25}}, OS {{score:20/50}}. OCT OS: DME, CST 389. PDR OS with NVD; PRP partially done.
{{lab:A1c 9.4}}. {{drug:Ozempic}} {{dose:1 mg}} weekly, {{drug:Lantus}} {{dose:34 units}}.
Given {{drug:Vabysmo}} {{dose:6 mg}} OS. Complete PRP next visit.
[[NAME:Rose]] works as a nurse aide; [[NAME:Rose Ann]] asked that we call her cell not home ([[PHONE:(380) 555-0262]]). [[NAME:Benedicto]] (husband) waiting.
""", summary="""
[[NAME:Rose Ann Dela Cruz]] got {{drug:Vabysmo}} for diabetic macular edema with {{lab:A1c 9.4}}; [[NAME:Benedicto]] was waiting.
"""),
    dict(style="transplant_clinic", note="""
KIDNEY TRANSPLANT CLINIC  -- POD 21
[[NAME:Mosese Vainikolo]]  {{age:44}}M  MRN [[MRN:TX-300418]]  Tx [[DATE:03/01/2025]] LRD from [[NAME:Siosaia]] (brother).
Meds: {{drug:Prograf}} {{dose:4 mg}} BID, {{drug:Cellcept}} {{dose:1000 mg}} BID, {{drug:prednisone}} {{dose:10 mg}}, {{drug:Valcyte}} {{dose:450 mg}} daily, {{drug:Bactrim SS}} daily.
Labs: {{lab:Cr 1.3}} (baseline 1.2), {{lab:tacrolimus trough 11.2}} (goal 8-10), {{lab:K 5.4}}, {{lab:Mg 1.4}}, {{lab:WBC 3.1}}. {{lab:BK PCR negative}}, {{lab:CMV PCR negative}}.
Tremor mild. Decrease {{drug:Prograf}} to {{dose:3 mg}} BID, recheck trough in 5 days.
[[NAME:Siosaia]] doing well, back at work per [[NAME:Mosese]]. [[NAME:Salote]] (wife) manages the pill box. Coordinator [[NAME:Kinsley]] at [[PHONE:614-555-0291]].
""", summary="""
[[NAME:Mosese]] is three weeks out from a living-donor kidney from [[NAME:Siosaia]]; {{drug:Prograf}} was lowered for a high trough and [[NAME:Salote]] manages his pills.
"""),
    dict(style="transplant_clinic", note="""
Liver transplant eval -- selection committee summary [[DATE:Jan 16 2025]]
Candidate: [[NAME:Yevhen Bondarenko]]  DOB [[DATE:14.08.1967]]  MRN [[MRN:TX-301172]]
EtOH cirrhosis, sober since [[DATE:April 11, 2023]] (verified by [[NAME:Oksana]] and AA sponsor [[NAME:Dale Kittredge]]). {{score:MELD-Na 24}}, {{score:Child-Pugh C}}. {{lab:bili 4.8}}, {{lab:INR 1.9}}, {{lab:Na 130}}, {{lab:Cr 1.1}}. {{lab:PEth negative}}.
Ascites on {{drug:Lasix}} {{dose:40 mg}} / {{drug:spironolactone}} {{dose:100 mg}}; HE on {{drug:lactulose}} + {{drug:Xifaxan}} {{dose:550 mg}} BID.
Social: [[NAME:Oksana]] is caregiver, lives in [[ADDRESS:Parma, OH]]; 24/7 support plan with [[NAME:Taras]] (nephew). Psych: [[NAME:Malachi Ferro]], PhD -- low risk.
Decision: approved for listing.
""", summary="""
[[NAME:Yevhen Bondarenko]] ({{score:MELD-Na 24}}) was approved for liver transplant listing with [[NAME:Oksana]] and [[NAME:Taras]] as caregivers.
"""),
    dict(style="transplant_clinic", note="""
HEART TRANSPLANT FOLLOW-UP -- 1 yr
{{age:52}} F, 1 yr post OHT. EMB today: {{score:ISHLT 0R}}. Echo LVEF 60%. {{lab:tacrolimus 7.4}}, {{lab:Cr 1.4}}, {{lab:DSA negative}}, {{lab:CMV negative}}.
{{drug:Envarsus}} {{dose:5 mg}} daily, {{drug:Cellcept}} {{dose:500 mg}} BID, pred weaned off, {{drug:pravastatin}} {{dose:20 mg}}, {{drug:aspirin}} {{dose:81 mg}}. {{vital:BP 136/84}} -> add {{drug:amlodipine}} {{dose:5 mg}}. Next biopsy 6 mo. Angiogram for CAV at 1 yr: normal.
""", summary="""
One year after heart transplant with no rejection ({{score:ISHLT 0R}}); {{drug:amlodipine}} added for blood pressure.
"""),
    dict(style="transplant_clinic", note="""
LUNG TX CLINIC -- [[DATE:Friday, June 6, 2025]]
[[NAME:Amira El-Sayed]]  MRN [[MRN:TX-299860]]  bilat LTx [[DATE:11/14/2023]] for CF.
FEV1 2.31 L (baseline 2.45), {{lab:FEV1 94% of best}}. {{vital:SpO2 97%}}. {{lab:tac trough 9.1}}. Sputum: {{eponym:Burkholderia}} neg; mucoid Pseudomonas.
Meds: {{drug:Prograf}}, {{drug:Cellcept}}, {{drug:prednisone}} {{dose:5 mg}}, {{drug:azithromycin}} {{dose:250 mg}} MWF, {{drug:Trikafta}} continued for sinuses, {{drug:posaconazole}} stopped.
[[NAME:Amira]] starting nursing school in fall. [[NAME:Youssef]] (husband) asks about pregnancy -- high risk, refer to MFM, [[NAME:Rahimi]]. Sister [[NAME:Dalia El-Sayed]] was her caregiver year 1.
""", summary="""
[[NAME:Amira El-Sayed]] has stable lung function after transplant; [[NAME:Youssef]] asked about pregnancy and she was referred to [[NAME:Rahimi]].
"""),
    dict(style="transplant_clinic", note="""
Living donor follow-up 6 mo
Donor: [[NAME:Pita Fonoti]]  MRN [[MRN:TX-D-11047]]  Donated L kidney [[DATE:10/10/24]] to [[NAME:Tavita Fonoti]] (cousin).
{{lab:Cr 1.28}} ({{lab:eGFR 68}}), {{vital:BP 124/80}}, {{lab:UACR 12}}, {{vital:BMI 31.2}}. Incision healed. Back to construction work.
Counseled: avoid {{drug:NSAIDs}} like {{drug:Advil}}/{{drug:Aleve}}, annual labs. [[NAME:Pita]] asked how [[NAME:Tavita]] is doing -- can only share with [[NAME:Tavita]]'s permission; [[NAME:Tavita]] signed release, {{lab:Cr 1.1}}, doing well.
Donor advocate: [[NAME:Ellery Vance]], LICSW. Next labs at 1 yr, [[DATE:10/10/25]].
""", summary="""
[[NAME:Pita Fonoti]] is well six months after donating to [[NAME:Tavita]] ({{lab:eGFR 68}}); [[NAME:Ellery Vance]] is the donor advocate.
"""),
    dict(style="transplant_clinic", note="""
TRANSPLANT ID NOTE
Pt [[NAME:Bao Tran Nguyen]]  [[DATE:8/19/2025]]  MRN [[MRN:TX-302455]]
Kidney tx 4 mo ago. Fever, diarrhea x 5 d. {{lab:CMV PCR 48,000 IU/mL}}. {{lab:WBC 2.2}}, {{lab:ALT 88}}. {{lab:tac 13}}.
Start {{drug:valganciclovir}} {{dose:900 mg}} BID (renal-dosed to {{dose:450 mg}} BID for {{lab:CrCl 45}}), hold {{drug:Cellcept}}, GI PCR panel sent. Colonoscopy if no response.
[[NAME:Bao]] lives with parents; [[NAME:Tuyet]] (mom) cooks and keeps the med list. Discussed with [[NAME:Wojcik]] (nephrology) who agrees with holding MMF. [[NAME:bao]] prefers text updates.
""", summary="""
[[NAME:Bao Tran Nguyen]] has CMV viremia after kidney transplant and started {{drug:valganciclovir}}; [[NAME:Wojcik]] agrees with holding {{drug:Cellcept}}.
"""),
]
