NOTES = [
    dict(style="nicu_admission", note="""
NICU ADMISSION H&P
Baby Boy [[NAME:Al-Otaibi]] ("[[NAME:Faisal]]")   MRN [[MRN:70288415]]   DOB [[DATE:01/19/2025]] 0422   Admit 0440
Mother: [[NAME:Al-Otaibi, Hessa M]], {{age:27}}, G2P0111. GA 29w3d by 8 wk US; BW 1260 g (50th %ile). {{score:Ballard 29 wk}}, consistent.
Maternal hx: PPROM at 27w1d; latency {{drug:ampicillin}}/{{drug:azithromycin}}; BMZ complete [[DATE:1/7]]-[[DATE:1/8]]; Mag for neuroprotection from 0300. GBS unknown. Suspected chorio (Tmax 38.4, FHR 170s).
Delivery: SVD, weak cry, PPV x30 sec then CPAP 6, FiO2 0.30 -> 0.40. Apgars {{score:5/8}}. DCC 30 sec.
Exam: {{vital:T 36.4}} {{vital:HR 168}} {{vital:RR 62}} {{vital:SpO2 91%}} on {{vital:FiO2 0.40}}. Grunting, subcostal retractions. AF soft. Hips: {{eponym:Ortolani}}/{{eponym:Barlow}} deferred.
Labs: CBG {{lab:pH 7.24}}/{{lab:pCO2 58}}; {{lab:WBC 4.2}}, {{lab:I:T 0.31}}; {{lab:glucose 38}} -> D10 {{dose:2 mL/kg}} bolus. BCx sent.
A/P:
- RDS: {{drug:Curosurf}} {{dose:200 mg/kg}} via LISA 0530 by Dr. [[NAME:Savannah Khalil]]; RT [[NAME:art]] set up CPAP 7. UAC/UVC placed; no art line needed for now.
- R/o sepsis: {{drug:ampicillin}} {{dose:100 mg/kg}} q8h + {{drug:gentamicin}} {{dose:5 mg/kg}} q36h pending BCx.
- FEN: starter TPN; trophic MBM when stable. DBM consent signed by mom.
- Social: parents [[NAME:Hessa]] and [[NAME:Turki]] live in [[ADDRESS:Ashburn]]; dad and maternal grandmother [[NAME:Noura Al-Mutairi]] came to NICU 0530 and were updated by me.
[[NAME:S. Khalil]], MD / [[NAME:Dallas Idris]], NNP
""", summary="""
Baby Boy [[NAME:Al-Otaibi]], a 29-week 1260 g infant born [[DATE:01/19/2025]] after PPROM and suspected chorioamnionitis, was admitted with RDS, given surfactant by Dr. [[NAME:Savannah Khalil]], and started on ampicillin and gentamicin. Father [[NAME:Turki]] and grandmother [[NAME:Noura Al-Mutairi]] were updated.
"""),

    dict(style="nicu_progress", note="""
NICU PROGRESS -- DOL 12, CGA 31w1d, Bed 14
Baby Girl [[NAME:Woldemichael]] ("[[NAME:Milka]]")   FIN [[MRN:5518830274]]   [[DATE:03MAY25]]@0215 rounds pre-note
Wt 1420 g (+30). HC 28 cm.
Resp: NIPPV -> CPAP 6 since [[DATE:5/1]]; FiO2 0.23-0.28. {{drug:Caffeine}} {{dose:5 mg/kg}} daily. 2 A/B/D overnight, self-resolved.
CV: {{vital:2/6}} systolic murmur LUSB; echo [[DATE:5/2]] small PDA L->R, no tx. {{vital:BP 58/32}} (MAP 41).
FEN: MBM + HMF 24 kcal at {{dose:150 mL/kg/d}}, tolerating. {{lab:Na 134}}, {{lab:K 5.1}}, {{lab:Phos 5.4}}, {{lab:alk phos 412}}.
ID: BCx neg final.
Heme: {{lab:Hct 31}}, retic {{lab:2.1%}}; start {{drug:Poly-Vi-Sol with iron}} at 2 wk.
Neuro: HUS [[DATE:4/28]] normal; next at DOL 30.
Eyes: first ROP exam [[DATE:5/19]] with [[NAME:Nasrallah]].
Social: mom [[NAME:Milen]] pumping ~500 mL/d, here 1-6 pm daily; dad [[NAME:Yonas]] comes nights. Mom's sister [[NAME:Hiwet]] added to visitor list at mom's request (witnessed by [[NAME:SB]]).
d/w [[NAME:Major]] at rounds -- no major changes. -[[NAME:ak]]
""", summary="""
On DOL 12, Baby Girl [[NAME:Woldemichael]] is on CPAP with caffeine, tolerating fortified breast milk, and has a small PDA not needing treatment. Her first ROP exam is [[DATE:5/19]] and her aunt [[NAME:Hiwet]] was added to the visitor list.
"""),

    dict(style="nicu_event_note", note="""
NICU EVENT NOTE -- feeding intolerance / r/o NEC
Baby Boy [[NAME:Elamin]] (twin B), DOL 16, born 27w, CGA 29w2d.   MRN [[MRN:70301166]]
2300 RN [[NAME:april]] reports girth up 2.5 cm, bilious residual 4 mL, one grossly bloody stool.
Exam: distended, tense, visible loops, faint periumbilical discoloration. {{vital:HR 188}}, temp unstable, 3 A/B since 1900.
KUB: pneumatosis RLQ, no portal venous gas, no free air.
Assessment: NEC, modified {{score:Bell stage IIA}}.
Plan: NPO, {{eponym:Replogle}} to LIS, TPN/IL; {{drug:ampicillin}} + {{drug:gentamicin}} + {{drug:metronidazole}} x7-10 d. KUB q6-8h (AP + L lateral decub). {{lab:Plt 96}}, {{lab:CRP 48}}, {{lab:lactate 2.8}}; BCx sent.
Peds surgery: Dr. [[NAME:Bell]] saw at 0040 -- no operative indication now; [[NAME:Bell]] will re-examine at 0600 with the film.
Parents [[NAME:Sittana]] and [[NAME:Omer Elamin]] updated by phone [[PHONE:(402) 517-3390]] at 2340. Grandmother [[NAME:Nafisa]], who lives with them in [[ADDRESS:Omaha]], will drive mom in at 0700. Twin A ("[[NAME:Reem]]") stable on RA, bed 22.
[[NAME:Zahra Yusuf]], NNP
""", summary="""
Twin B [[NAME:Elamin]] developed abdominal distension, bilious residuals and bloody stool on DOL 16 with pneumatosis on KUB, consistent with {{score:Bell stage IIA}} NEC, and was made NPO on triple antibiotics. Dr. [[NAME:Bell]] of pediatric surgery found no need for surgery yet; parents [[NAME:Sittana]] and [[NAME:Omer Elamin]] were updated.
"""),

    dict(style="nicu_family_meeting", note="""
NICU FAMILY MEETING   [[DATE:2024-12-09]] 14:00   Conference Rm B
Infant: [[NAME:Aden Farah]], ex-25 wk, DOL 61, severe BPD on invasive ventilation.
Present: mother [[NAME:Deeqa Hassan]], father [[NAME:Abdiwali Farah]], paternal uncle [[NAME:Mahad]] (family spokesperson), maternal grandmother [[NAME:Halima]], community elder Sheikh [[NAME:Nur Ahmed]]; Dr. [[NAME:King]] (neonatology), [[NAME:Page]], RN (primary), pulm ([[NAME:Hersi]]), SW [[NAME:Hamdi Osman]]. Somali interpreter [[NAME:Khadar Isse]], in person, badge [[MRN:SOM-2291]].
Discussion: two failed extubations; team recommends tracheostomy and G-tube with home ventilation as the path to discharge. Risks, home nursing needs, and the alternative of continuing current care reviewed.
Family questions: whether [[NAME:Aden]] will be able to talk; who will train at home ([[NAME:Deeqa]] and [[NAME:Halima]] volunteered). [[NAME:Mahad]] asked for time to consult family in [[ADDRESS:Hargeisa]] and [[ADDRESS:Burao]].
Birth certificate: father confirmed spelling [[NAME:Farah]] (not [[NAME:Faarax]]) -- registration to correct.
Plan: family to decide by [[DATE:Fri 12/13]]; ENT pre-op consult scheduled in case they agree. [[NAME:Page]] will page Dr. [[NAME:King]] for any questions overnight.
""", summary="""
At a family meeting on [[DATE:2024-12-09]], Dr. [[NAME:King]] recommended tracheostomy and G-tube for [[NAME:Aden Farah]], an ex-25-week infant with severe BPD. Parents [[NAME:Deeqa Hassan]] and [[NAME:Abdiwali Farah]] and uncle [[NAME:Mahad]] will decide by [[DATE:Fri 12/13]].
"""),

    dict(style="nicu_nursing", note="""
nicu rn 19-07 / bed 6 / [[NAME:yasin abdelrahim]] / dol 5 / 34w
- resp: RA, no A/B/D
- photo: {{lab:tsb 13.8}} @0200 (LL 15.2) -> single photo continued per np [[NAME:hussein]]
- feeds: 40 ml q3 PO/NG, PO'd 3/8 full, rest gavage. EBM from mom.
- mom ([[NAME:amna]]) here 2200-0100, skin to skin, pumped 60 ml. she said this time with him is precious. dad ([[NAME:mutasim]]) called 0400, updated. grandma [[NAME:bakhita]] asked about "sun for jaundice" -- explained.
- void x4, stool x2 green-brown transitional.
- hearing screen: pass R, refer L -> repeat before d/c.
- {{drug:hep B vaccine}} {{dose:0.5 mL}} IM L thigh w/ mom's consent.
- VS stable, {{vital:T 36.9}} axillary.
- report to [[NAME:earl]] 0715.
~[[NAME:precious]]
""", summary="""
Overnight, [[NAME:yasin abdelrahim]], a 34-week infant on DOL 5, stayed on single phototherapy for a bilirubin of 13.8, fed partly by mouth, received hepatitis B vaccine and will need a repeat left hearing screen. Mother [[NAME:amna]] visited and did skin-to-skin care.
"""),

    dict(style="nicu_signout", note="""
NICU SIGN-OUT -- night team   [[DATE:Thu 17/10/2024]]   charge [[NAME:KA]]   2nd call [[NAME:Case]]
Bed | Pt | GA/CGA | Wt | Issues | Tonight
3 | [[NAME:Bouazza]] | 24+5/31+1 | 980 g | BPD, PDA s/p {{drug:Tylenol}}, ROP stg 1 | gas 0200, adjust NIPPV
7 | [[NAME:Mahjoub B]] (twin A) | 32/33 | 1710 g | feeding | PO ad lib trial
8 | [[NAME:Mahjoub G]] (twin B) | 32/33 | 1560 g | HMF, {{lab:Hct 26}} | transfuse if {{lab:Hct under 25}}
11 | [[NAME:Ould Cheikh]] | 38/39 | 3320 g | HIE, cooling day 2, EEG no sz | rewarm {{dose:0.5 C/hr}} from 1500 Sat
14 | [[NAME:Tewolde]] | 36/37 | 2410 g | IDM hypoglycemia, D10 wean | AC glucose q3, goal {{lab:>50}}
19 | [[NAME:Al Ameri]] | 27+2/29 | 1100 g | r/o sepsis, amp/gent day 1, {{lab:CRP 22}} | f/u BCx
Family: Bed 11 -- dad [[NAME:Sidi]] in parent room, mom still on L&D, grandmother [[NAME:Mariem]] at bedside. Bed 19 -- parents want a call by 2100 at [[PHONE:(703) 298-0157]].
If Bed 3 needs reintubation call [[NAME:Case]] first, in case attending is at a delivery. [[NAME:Hamdan]] aware of bed 11 rewarming plan.
""", summary="""
Night sign-out on [[DATE:Thu 17/10/2024]] lists six NICU infants, including [[NAME:Ould Cheikh]] in therapeutic hypothermia for HIE and [[NAME:Al Ameri]] on a sepsis rule-out. [[NAME:Case]] is second call and parents of bed 19 expect a call by 2100.
"""),

    dict(style="nicu_discharge", note="""
NICU DISCHARGE SUMMARY
Name: [[NAME:ABI NADER, KARIM G]]   MRN [[MRN:60041972]]   DOB/Admit [[DATE:08/02/2024]]   Discharge [[DATE:09/20/2024]]
GA 30w6d, BW 1480 g. Discharge wt 2510 g, L 46 cm, HC 32.5 cm (HC rose from 27 cm at birth). CGA 37w6d.
Problems: prematurity; RDS s/p {{drug:Curosurf}} x1, CPAP to DOL 9; apnea of prematurity ({{drug:caffeine}} off [[DATE:9/6]], event-free 8 d); hyperbilirubinemia (photo x3 d); anemia of prematurity.
Screens: NBS #1/#2 normal; CCHD pass; ABR pass bilat [[DATE:9/18]]; ROP mature zone III [[DATE:9/12]], no f/u needed. Car seat challenge passed 90 min [[DATE:9/19]].
Immunizations: Hep B [[DATE:9/3]]; {{drug:Beyfortus}} {{dose:50 mg}} IM [[DATE:9/19]]; 2-month vaccines due [[DATE:10/2]] with PCP.
Meds: {{drug:Poly-Vi-Sol with iron}} {{dose:1 mL}} daily.
Feeds: MBM fortified with {{drug:Neosure}} to 22 kcal/oz, ad lib q3-4h (~{{dose:160 mL/kg/d}}).
Follow-up: PCP Dr. [[NAME:Rose Mikhail]], Cedar Pediatrics, [[DATE:Mon 9/23]] 9:40; NICU developmental clinic at 4 mo corrected.
Family: parents [[NAME:Georges]] and [[NAME:Carla Abi Nader]] roomed in x2 nights. Brothers [[NAME:Elias]] ({{age:6}}) and [[NAME:Charbel]] ({{age:3}}); household Tdap reviewed. Grandmother [[NAME:Thérèse]] (teta) staying to help at home in [[ADDRESS:Brooklyn Park]]. Home [[PHONE:763.421.9085]].
[[NAME:M. Daou]], MD
""", summary="""
[[NAME:Karim Abi Nader]], born at 30w6d on [[DATE:08/02/2024]], was discharged on [[DATE:09/20/2024]] at 2510 g after RDS, apnea of prematurity and jaundice, with passing screens and nirsevimab given. He sees Dr. [[NAME:Rose Mikhail]] on [[DATE:Mon 9/23]].
"""),

    dict(style="peds_admission", note="""
PEDIATRIC ADMISSION H&P -- 5 West
[[NAME:Ayman Al-Sabri]], {{age:4}} mo M   MRN [[MRN:P0918834]]   Admit [[DATE:1/14/25]]
CC: cough and fast breathing x3 d, poor feeding.
HPI: Ex-term, healthy. URI sx began [[DATE:Sat 1/11]] after sister [[NAME:Maryam]] ({{age:6}}) came home sick from school; brother [[NAME:Yahya]] ({{age:3}}) also coughing. Today ~50% of usual bottles, 3 wet diapers. Mom ([[NAME:Samah]]) noticed "belly breathing." Urgent care in [[ADDRESS:Hamtramck]] sent him in for {{vital:SpO2 88%}} on RA.
ED: RSV PCR +. Suctioned, HFNC started.
Exam: {{vital:T 38.1}} {{vital:RR 68}} {{vital:HR 172}} {{vital:SpO2 94%}} on HFNC {{dose:8 L/min}} 40%. Subcostal and intercostal retractions, diffuse crackles and wheeze. MM tacky, cap refill 2 s.
Social: lives with parents, 3 sibs and paternal grandparents ([[NAME:Abdo]] and [[NAME:Fatima]]) in a flat on [[ADDRESS:Caniff St]]; grandpa smokes outside. Father [[NAME:Waleed]] works at a gas station in [[ADDRESS:Warren]]. Preferred language Arabic (Yemeni); interpreter [[NAME:Ghada]] in person. Vaccines UTD per MCIR; no {{drug:Beyfortus}} (born before the season).
A/P: RSV bronchiolitis, moderate, with hypoxemia. HFNC per pathway, suction prn, NG feeds if RR >70, MIVF. Contact/droplet. No {{drug:albuterol}} or steroids.
[[NAME:Hunter]], MD (attending) / d/w [[NAME:alshami]] (PL2)
""", summary="""
[[NAME:Ayman Al-Sabri]], a 4-month-old, was admitted [[DATE:1/14/25]] with RSV bronchiolitis and hypoxemia on high-flow nasal cannula after siblings [[NAME:Maryam]] and [[NAME:Yahya]] were sick. Attending [[NAME:Hunter]] plans supportive care per pathway.
"""),

    dict(style="peds_progress", note="""
PEDS WARD PROGRESS NOTE -- HD 2
[[NAME:Youssef Abdelmessih]], {{age:11}} yo M, new-onset T1DM with DKA (admit [[DATE:3/9]]).
S: Off insulin drip 0400, now SC. Ate breakfast, "starving." No HA, no abd pain. Mom [[NAME:Nermeen]] stayed overnight; dad [[NAME:Ehab]] here days; sister [[NAME:Marina]] ({{age:15}}) wants to learn injections too.
O: {{vital:BP 108/66}} {{vital:HR 88}}. POC BG {{lab:212}}, {{lab:188}}, {{lab:146}}, {{lab:231}}. {{lab:BHB 0.4}}, {{lab:HCO3 21}}, {{lab:AG 12}}, {{lab:K 3.8}}, {{lab:phos 2.1}}. {{lab:A1c 12.9%}}. GAD65/IA-2 pending.
A/P:
- {{drug:Lantus}} {{dose:14 units}} qhs; {{drug:Humalog}} ICR {{dose:1:15}}, ISF {{dose:1:50}} over 150.
- Diabetes teaching day 1 with CDE [[NAME:May]] this afternoon; family may want Arabic handouts for grandmother [[NAME:Hoda]] (tita), who does after-school care.
- Hypoglycemia: {{drug:Baqsimi}} Rx. Teach: BG under 70 -> {{dose:15 g}} fast carbs, recheck in 15 min, then chase with a protein snack.
- School: nurse Ms. [[NAME:Chase]] needs DMMP/504 forms; dad will drop them off.
- d/w endo ([[NAME:Iskander]]) -- agrees.
[[NAME:J. Wassef]], MD PL3 / attending [[NAME:Soliman]]
""", summary="""
[[NAME:Youssef Abdelmessih]], {{age:11}}, with new type 1 diabetes and resolved DKA, was moved to {{drug:Lantus}} and {{drug:Humalog}} on hospital day 2. Family teaching starts with CDE [[NAME:May]] and school forms go to nurse [[NAME:Chase]].
"""),

    dict(style="peds_nursing", note="""
PEDS 4E RN NOTE -- days [[DATE:6/22]]
Pt [[NAME:Mazin Hamid]], {{age:9}}, HbSS, VOC day 2.
0800 Pain {{score:7/10}} back/legs. PCA {{drug:morphine}} basal {{dose:0.01 mg/kg/hr}}, demand {{dose:0.02 mg/kg}}, lockout 10 min. IS 10x/hr, reaching 750 mL.
0930 {{drug:Toradol}} {{dose:0.5 mg/kg}} IV given by [[NAME:sunny]] (float) while I was in 412. Pain {{score:5/10}} at 1030. Pt asked to move to the window bed since it's sunny.
1200 Mom [[NAME:Suad]] went home to [[ADDRESS:Grand Prairie]] to pick up sib [[NAME:Rayan]] from school. Aunt [[NAME:Ikhlas]] now at bedside and is on the consent list (verified w/ [[NAME:bo]] in admitting).
1400 Child life ([[NAME:ivy]]) did tablet distraction; pt played Uno with big brother [[NAME:Muntasir]] ({{age:19}}). PIV L hand patent.
1600 {{lab:Hgb 7.2}} (baseline {{lab:8.0}}), retic {{lab:11%}}. CXR neg for ACS. {{vital:SpO2 96%}} RA, {{vital:T 37.4}}.
1830 Grandmother [[NAME:Bakhita Elhag]] called from [[ADDRESS:Wad Madani]] -- pt talked with her on speaker. Report to [[NAME:TJ]].
-[[NAME:nm]]
""", summary="""
[[NAME:Mazin Hamid]], {{age:9}}, with sickle cell vaso-occlusive crisis had pain fall from 7 to 5/10 on PCA morphine and ketorolac, with no acute chest syndrome on imaging. Aunt [[NAME:Ikhlas]] stayed at bedside while mother [[NAME:Suad]] went home.
"""),

    dict(style="family_medicine_wcc", note="""
FAMILY MEDICINE -- 2 WEEK WCC + maternal PP check
Pt: [[NAME:Ilyas Benchekroun]]   DOB [[DATE:2025-04-28]]   Seen [[DATE:5/12/2025]]
With mom [[NAME:Hajar]], dad [[NAME:Anas]] and paternal grandmother Lalla [[NAME:Zohra]]. Older sibs [[NAME:Adam]] ({{age:5}}) and [[NAME:Lina]] ({{age:3}}) with a neighbor.
Wt 3.72 kg (BW 3.48). Breast q2-3h + one formula bottle at night (dad).
Exam: AFOSF, red reflex +/+, no murmur. Hips: {{eponym:Ortolani}} and {{eponym:Barlow}} negative bilat, confirmed by Dr. [[NAME:Barlow]], who precepted today (family laughed about the name). Umbilicus healed. Neonatal acne.
Jaundice resolved. NBS normal.
Mom: {{score:EPDS 9}}, tearful at times; grandma staying until end of May. Reviewed warning signs, gave PPD resources.
Plan: {{drug:D-Vi-Sol}} {{dose:400 IU}} daily. Next WCC 2 mo, [[DATE:6/30]], vaccines then.
Social: family came from [[ADDRESS:Fès]] in 2023; dad works at the airport; WIC enrolled.
Also: [[NAME:Lina]] had poison ivy last summer -- mom asked about prevention before a camping trip.
-- [[NAME:O. Bennis]], DO (resident) / [[NAME:Barlow]], MD
""", summary="""
At a 2-week visit on [[DATE:5/12/2025]], [[NAME:Ilyas Benchekroun]] had regained birth weight and normal hip exams per Dr. [[NAME:Barlow]]. Mother [[NAME:Hajar]] scored 9 on the EPDS and received postpartum depression resources.
"""),

    dict(style="family_medicine_visit", note="""
FAMILY MEDICINE OFFICE VISIT -- [[DATE:Tue 11/12/2024]]
Two patients, one family; granddaughter [[NAME:Nimco Cabdullahi]] interprets (pt preference) and is POA for her grandfather (on file [[DATE:3/14/2023]]).
#1 Hajji [[NAME:Mohamud Samatar]], [[AGE:92]]. HTN, CKD3, BPH. Fell in bathroom at night [[DATE:11/9]], no LOC, no anticoagulants. On {{drug:amlodipine}} {{dose:10 mg}}, {{drug:tamsulosin}} {{dose:0.4 mg}} qAM.
Orthostatics: {{vital:BP 142/78}} lying -> {{vital:118/70}} standing, dizzy. {{score:TUG 16 sec}}. {{lab:Cr 1.6}}, {{lab:eGFR 39}}.
A/P: orthostatic hypotension + nocturia. Move tamsulosin to after dinner, amlodipine to {{dose:5 mg}}, night light, shower chair; home safety PT referral.
#2 [[NAME:Aden Cabdullahi]], {{age:4}}, great-grandson. 3 d cough, Tmax 38.3, eating ok. Lungs clear, TMs normal. Viral URI -- honey, fluids, return if breathing fast.
Household: son [[NAME:Cabdullahi]], DIL [[NAME:Hawo]], 5 grandchildren at [[ADDRESS:808 Depot St]], [[ADDRESS:Shelbyville]]. [[NAME:Nimco]] cell [[PHONE:931-684-2276]].
[[NAME:Mahad Dualeh]], MD
""", summary="""
On [[DATE:Tue 11/12/2024]], [[AGE:92]]-year-old [[NAME:Mohamud Samatar]] was seen after a fall and found to have orthostatic hypotension, so his amlodipine was reduced and tamsulosin moved to evening. His great-grandson [[NAME:Aden Cabdullahi]] was seen at the same visit for a viral URI.
"""),

    dict(style="family_medicine_adolescent", note="""
ADOLESCENT VISIT -- follow-up
[[NAME:Dalia Mansour]], {{age:15}}. Here with mom [[NAME:Nisreen]]; confidential portion done alone.
S: 2 mo of palpitations, heat intolerance, 4 kg wt loss, hand tremor. Her soccer coach, Mr. [[NAME:Graves]], noticed she was short of breath at practice and called mom. Older brother [[NAME:Khaled]] ({{age:19}}) has celiac; maternal aunt [[NAME:Rasha]] has hypothyroidism.
O: {{vital:HR 118}} {{vital:BP 128/62}} {{vital:T 37.2}}. Diffuse non-tender goiter with bruit, mild proptosis, fine tremor, brisk reflexes.
Labs ([[DATE:Aug 4]]): {{lab:TSH <0.01}}, {{lab:free T4 4.1}}, {{lab:TRAb 14.2}}.
A/P: {{eponym:Graves}} disease. Start {{drug:methimazole}} {{dose:10 mg}} daily and {{drug:propranolol}} {{dose:10 mg}} TID. CBC and LFTs baseline done; counseled on sore throat/fever (agranulocytosis). Peds endo referral (Dr. [[NAME:Haddad]]). Sports note: no competitive play until HR controlled.
Confidential: not sexually active; no substances; PHQ-A {{score:PHQ-A 4}}.
Mom asked, laughing, whether the coach's name and the disease were related -- no.
RTC 4 wk. -- [[NAME:L. Aziz]], MD
""", summary="""
[[NAME:Dalia Mansour]], {{age:15}}, has {{eponym:Graves}} disease with suppressed TSH and positive TRAb and was started on methimazole and propranolol with a pediatric endocrinology referral. Her coach, Mr. [[NAME:Graves]], first noticed her symptoms.
"""),

    dict(style="peds_neuro_dictation", note="""
PEDIATRIC NEUROLOGY CONSULTATION -- dictated
This is Dr. [[NAME:Weldemichael]], [[NAME:W E L D E M I C H A E L]], dictating a consult on [[NAME:Filmon Tesfalidet]], last name spelled [[NAME:T E S F A L I D E T]], medical record number [[MRN:F as in Frank one one eight zero two two]], date of service [[DATE:october twenty first twenty twenty four]].
Referred by Dr. [[NAME:Well the Michael]] -- [transcriptionist: likely the dictating physician, Dr. [[NAME:Weldemichael]]; referral is from the ED, Dr. [[NAME:Goitom]]].
HISTORY: [[NAME:Filmon]] is a {{age:2}}-year-old boy with a first seizure during a fever of 39.6 yesterday evening: generalized stiffening then jerking, lasting about 18 minutes, stopped after intranasal {{drug:midazolam}} {{dose:0.2 mg/kg}} given by EMS. His father, [[NAME:Tesfalidet Kahsay]], says he was drowsy for one hour afterward. Mother [[NAME:Abeba Gebru]] reports his cousin [[NAME:Mebrahtu]] had febrile seizures. Paternal grandmother in [[ADDRESS:Keren]] is being told by phone.
EXAMINATION: Alert, playful, no meningismus. Normal tone, reflexes 2+ and symmetric, down-going toes, no {{eponym:Babinski}} sign. {{score:GCS 15}}.
STUDIES: {{lab:Na 137}}, {{lab:glucose 104}}. Influenza A positive.
IMPRESSION: Complex febrile seizure (prolonged), influenza A.
RECOMMENDATIONS: Routine EEG as outpatient. No MRI unless focal findings. Rescue {{drug:Valtoco}} or {{drug:Nayzilam}} per weight for seizures over 5 minutes; {{drug:oseltamivir}}. Follow-up in neurology clinic in 6 weeks.
""", summary="""
Dr. [[NAME:Weldemichael]] saw {{age:2}}-year-old [[NAME:Filmon Tesfalidet]] on [[DATE:october twenty first twenty twenty four]] for an 18-minute complex febrile seizure with influenza A; exam was normal. An outpatient EEG and rescue nasal benzodiazepine were recommended.
"""),

    dict(style="outside_records_german", note="""
OUTSIDE RECORDS -- translated at intake [[DATE:11/18/2024]]
Arztbrief (German original, excerpt): Kinderklinik [[ADDRESS:Gelsenkirchen]]
Patientin: [[NAME:Al-Hamwi, Jana]], geb. [[DATE:17.08.2019]]
Stationärer Aufenthalt vom [[DATE:3. März 2024]] bis [[DATE:8. März 2024]]. Diagnosen: Pneumonie rechter Unterlappen; Asthma bronchiale.
Therapie: {{drug:Ampicillin}} i.v., {{drug:Salbutamol}} inhalativ, {{drug:Prednisolon}} {{dose:1 mg/kg}} x3 Tage. Entlassung in gutem Allgemeinzustand.
gez. Dr. med. [[NAME:Rami Darwish]], Oberarzt
Impfpass: MMR [[DATE:12.09.2020]] and [[DATE:04.03.2021]]; Sechsfachimpfung x3; Pneumokokken x3; MenC x1.
Intake: [[NAME:Jana]], now {{age:5}}, here with father [[NAME:Wassim]], mother [[NAME:Rouba]] and brother [[NAME:Karam]] ({{age:8}}). Family left [[ADDRESS:Homs]] in 2016, lived in Germany, moved here in September 2024. Uses {{drug:albuterol}} HFA 2 puffs prn ~1x/wk; no controller since arrival. Catch-up: varicella x2, HepA x2.
Plan: start {{drug:Flovent}} {{dose:44 mcg}} 2 puffs BID, asthma action plan in Arabic, spacer. Release sent to [[NAME:Darwish]]'s clinic via fax [[PHONE:+49 209 3344 1870]].
""", summary="""
German hospital records show [[NAME:Jana Al-Hamwi]] was treated for pneumonia and asthma from [[DATE:3. März 2024]] to [[DATE:8. März 2024]]. At intake on [[DATE:11/18/2024]] she was started on inhaled fluticasone and scheduled for varicella and hepatitis A catch-up.
"""),

    dict(style="outside_records_swedish", note="""
NEW PATIENT -- records from Sweden (BVC card, translated by mom's cousin [[NAME:Ifrah]])
[[NAME:Hamza Abdirashid Mohamed]], {{age:3}}, born in [[ADDRESS:Rinkeby]], [[ADDRESS:Stockholm]]; personnummer [[MRN:20210311-4478]].
Vaccinations per BVC: Hexyon [[DATE:14 juni 2021]], [[DATE:16 aug 2021]], [[DATE:17 mars 2022]]; Synflorix same dates; MPR [[DATE:2 sept 2022]].
Growth: 14.1 kg, 97 cm (50th %ile). Speech: 2-word phrases in Somali and Swedish, few English words.
Family: mom [[NAME:Sagal]] and [[NAME:Hamza]] arrived in [[ADDRESS:lewiston]] 4 months ago; father [[NAME:Abdirashid]] still in [[ADDRESS:Södertälje]], plans to join. Maternal grandmother [[NAME:Cawo]] lives with them; half-brother [[NAME:Mustafe]] ({{age:12}}) at [[ADDRESS:auburn]] middle school.
Exam: well, no concerns. {{lab:Hgb 10.8}} (POC), lead {{lab:<3.3}}.
Plan: MMR #2 and DTaP/IPV catch-up per ACIP, {{drug:ferrous sulfate}} drops {{dose:3 mg/kg/day}}, Early Intervention referral for speech (bilingual evaluation), dental home.
Cousin [[NAME:Ifrah]] ([[PHONE:207-577-3318]]) is the best contact; mom has no phone yet.
-[[NAME:cw]]
""", summary="""
[[NAME:Hamza Abdirashid Mohamed]], {{age:3}}, new from Sweden with mother [[NAME:Sagal]], has Swedish vaccine records (first Hexyon [[DATE:14 juni 2021]]) and mild anemia. Catch-up vaccines, iron and a bilingual speech referral were arranged, with cousin [[NAME:Ifrah]] as contact.
"""),

    dict(style="proxy_access_log", note="""
MYCHART PROXY / ACCESS LOG -- adolescent confidentiality review
Patient: [[NAME:NASSER, LEEN R]] ({{age:14}})   MRN [[MRN:88014523]]
Trigger: father called clinic upset that a note "disappeared."
Timestamp | User | Role | Action | Item
[[DATE:2025-01-06]] 16:22 | [[NAME:rnasser]] | proxy (father) | view | After Visit Summary
[[DATE:2025-01-06]] 16:25 | [[NAME:rnasser]] | proxy (father) | view attempt | Progress Note -- blocked (confidential)
[[DATE:2025-01-07]] 08:03 | [[NAME:hkhalaf]] | MA | release | CBC, lipid panel
[[DATE:2025-01-07]] 09:40 | [[NAME:tnaoum]] | MD | edit | Confidential flag added to HEADSS section
[[DATE:2025-01-07]] 10:12 | [[NAME:rn_dsaad]] | RN | phone note | Father call
Findings: confidential flag applied by Dr. [[NAME:T. Naoum]] per policy for age 13-17. Father [[NAME:Rami Nasser]] informed that parts of teen notes are not visible to proxies. Grandmother [[NAME:Widad]] later called asking for results -- no proxy on file, nothing released.
Edited by [[NAME:tnaoum]]; reviewed [[NAME:hkhalaf]].
""", summary="""
An access review for {{age:14}}-year-old [[NAME:Leen Nasser]] showed her father's proxy account [[NAME:rnasser]] was correctly blocked from a note flagged confidential by Dr. [[NAME:T. Naoum]] on [[DATE:2025-01-07]]. No results were released to her grandmother [[NAME:Widad]].
"""),

    dict(style="peds_pager_log", note="""
PEDS NIGHT FLOAT PAGER LOG   [[DATE:2/14]] -> [[DATE:2/15]]   pager [[PHONE:3317]]
2204 x[[PHONE:5521]] 4W RN [[NAME:will]]: Rm 418 [[NAME:Musa]] T 39.2, looks ok. -> BCx, {{drug:acetaminophen}} {{dose:15 mg/kg}}; will reassess at 2300.
2231 [[NAME:Green]] (ED) re admit: {{age:6}} yo [[NAME:Sumaya Hersi]], asthma, {{score:PRAM 7}} after 3 DuoNebs. Accepted to 4W.
2315 Rm 418 reassessed: {{vital:HR 124}}, CRT 2 s, smiling. Mom [[NAME:Najma]] at bedside, dad on the way from [[ADDRESS:Eden Prairie]].
0040 [[NAME:KH]] says ok to hold 0100 vitals on Rm 406 (sleeping, stable).
0112 Rm 422 [[NAME:Bouchareb]] IV out; PIV x2 failed, US-guided by [[NAME:Price]] (PICU) at 0150. 0100 {{drug:ceftriaxone}} given late at 0205.
0330 Grandfather of Rm 418 ([[NAME:Abdullahi]]) at front desk asking for info; not on list -> security and mom called.
0615 [[NAME:Hersi]] {{score:PRAM 3}} on q2 {{drug:albuterol}}; space to q3.
0700 S/O to day team; [[NAME:Hamdan]] aware of Rm 422.
""", summary="""
Overnight on [[DATE:2/14]], the peds night float managed a fever in [[NAME:Musa]], admitted [[NAME:Sumaya Hersi]] with asthma, and had [[NAME:Price]] from PICU place an ultrasound-guided IV for [[NAME:Bouchareb]].
"""),

    dict(style="nicu_respiratory", note="""
NICU RESPIRATORY THERAPY NOTE
Mode: SiPAP / NIPPV via RAM cannula, PIP 18, PEEP 6, rate 30, iTime 0.4. FiO2 0.25-0.30.
{{drug:Caffeine citrate}} on board. Surfactant x2 ({{drug:Curosurf}}) in first 48 h.
Blood gas 0400: {{lab:pH 7.31}}, {{lab:pCO2 52}}, {{lab:HCO3 26}}, {{lab:BE -1}}.
{{vital:SpO2 91-95%}} on target alarms 90-95. RR 50s, mild subcostal retractions. {{score:Silverman-Andersen 3}}.
Nares intact, Neoshield barrier applied. Hydrocolloid under prongs changed.
Plan: wean PIP to 16 if next gas {{lab:pCO2 <55}}; consider bubble CPAP trial if FiO2 stays under 0.30 for 24 h. Budesonide not indicated at this time. Continue Q3 cares with RN.
""", summary="""
A preterm infant on NIPPV with FiO2 0.25-0.30 had an acceptable gas (pH 7.31, pCO2 52); RT plans to wean pressure and consider bubble CPAP.
"""),

    dict(style="peds_sedation", note="""
PROCEDURAL SEDATION NOTE -- Pediatric Sedation Unit
Procedure: MRI brain with and without contrast.
Pre-sedation: NPO solids 8 h, clear liquids 2 h. ASA 2. Airway: {{score:Mallampati 1}}, no loose teeth, no OSA symptoms. Wt 18.2 kg.
Meds: {{drug:dexmedetomidine}} {{dose:2 mcg/kg}} intranasal at 0902; IV placed after; {{drug:propofol}} {{dose:1 mg/kg}} bolus then {{dose:150 mcg/kg/min}} for the scan.
Monitoring: continuous ETCO2, pulse oximetry, ECG, BP q5 min. Lowest {{vital:SpO2 95%}}, {{vital:BP 84/46}}, {{vital:HR 78}}.
Gadavist given by MRI tech. Events: none; no airway intervention.
Recovery: {{score:Aldrete 9}} at 1105, tolerated juice, discharged with caregiver per sedation criteria.
""", summary="""
A child weighing 18.2 kg had intranasal dexmedetomidine and propofol sedation for brain MRI without adverse events and was discharged after reaching an {{score:Aldrete score of 9}}.
"""),

    dict(style="asthma_action_plan", note="""
ASTHMA ACTION PLAN -- Family Medicine
Severity: mild persistent. Triggers: viral colds, cold air, cats, dust mites.
GREEN (doing well): {{drug:Flovent HFA}} {{dose:44 mcg}} 2 puffs BID with AeroChamber, rinse mouth after. Before exercise: {{drug:albuterol}} {{dose:2 puffs}} 15 min before.
YELLOW (cough, wheeze, chest tight, waking at night): {{drug:albuterol}} {{dose:4 puffs}} q4h, continue {{drug:Flovent}}; if not better in 24 h call clinic.
RED (hard to breathe, can't talk in sentences, lips blue, albuterol not helping in 15 min): {{drug:albuterol}} {{dose:6 puffs}} and go to the Emergency Department or call 911.
Peak flow personal best {{lab:PEF 260 L/min}}; yellow zone {{lab:130-208}}, red below {{lab:130}}.
School: inhaler and spacer to be kept in the nurse's office; form signed.
Flu vaccine given today. ACT score {{score:ACT 18}}.
""", summary="""
A family medicine asthma action plan sets daily inhaled fluticasone with albuterol for symptoms and before exercise, with peak-flow zones and instructions for when to go to the emergency department.
"""),
]
