# Hand-written synthetic notes with gold PHI markup (probe_train9, part e).
# Every person, number, date, phone, e-mail and street is invented.

NOTES = [
    dict(style="palliative_family_meeting", note="""
PALLIATIVE CARE FAMILY MEETING NOTE
Patient: [[NAME:MABIOR, DENG GARANG]]    MRN [[MRN:00418822]]    FIN [[MRN:5501937246]]
Meeting: [[DATE:Thursday 3/14/2024]], 15:30-16:45, 5 West family room
Attendees:
  [[NAME:Rebecca Haines]], MD - palliative medicine (facilitator)
  [[NAME:Tomas Ibarra]], MD - hospitalist;  [[NAME:Naomi Firth]], RN, CHPN
  [[NAME:Ajak Kuol]] - Dinka interpreter, badge [[MRN:I-3307]]
  [[NAME:Achol Mabior]] - wife
  [[NAME:Garang Deng]] - son, healthcare POA
  [[NAME:Abuk Deng]] ("[[NAME:Abby]]") and [[NAME:Nyandeng Deng]] - daughters
  [[NAME:Chol Aguer]] - patient's brother, drove in from [[ADDRESS:Omaha]] overnight
  Fr. [[NAME:Santino Lado]] - Sudanese Catholic community
  [[NAME:Mayen Deng]] - son, by phone from [[ADDRESS:Juba]] ([[PHONE:+211 912 448 306]]), first 20 min only
Background: {{age:71}} y/o man, HCC on chronic hepatitis B, progressed on {{drug:Lenvima}}. Now jaundiced
({{lab:T bili 11.4}}), tense ascites, sleeping most of the day, {{score:PPS 30%}}. {{eponym:Cheyne-Stokes}} pattern noted overnight.
Discussion:
- Dr. [[NAME:Haines]] explained through the interpreter that the cancer is no longer responding and time is likely short,
  days to a few weeks. Family asked that the word "dying" be said plainly in Dinka, which [[NAME:Ajak]] did.
- [[NAME:Garang]] raised flying his father home to [[ADDRESS:Juba]]. Team explained he is not safe to fly; family conferred
  privately and agreed on home hospice instead.
- [[NAME:Achol]] wants prayers and community visitors at home; [[NAME:Chol]] and Fr. [[NAME:Lado]] will organize.
- [[NAME:Abby]] asked whether stopping IV fluids means "starving" him - explained comfort feeding and mouth care.
- DNR/DNI confirmed; POLST signed by [[NAME:Garang Deng]] as POA.
Plan:
1. Home hospice, target discharge [[DATE:Sat 3/16]]. Address verified: [[ADDRESS:1207 N Spring Ave, Sioux Falls, SD 57104]].
2. Comfort kit: {{drug:morphine}} oral soln {{dose:5 mg}} SL q1h prn, {{drug:lorazepam}} {{dose:0.5 mg}} q4h prn,
   {{drug:glycopyrrolate}} {{dose:0.2 mg}} SC prn secretions.
3. Stop {{drug:Lasix}}, {{drug:spironolactone}} and daily labs. Keep {{drug:lactulose}} titrated to 2 BM/day.
4. Family contact: [[NAME:Garang]] [[PHONE:605-941-2280]]; backup [[NAME:Nyandeng]] [[PHONE:605-377-0194]].
[[NAME:R. Haines]], MD    Palliative pager [[PHONE:4471]]
""", summary="""
Family meeting on [[DATE:3/14/2024]] for [[NAME:Deng Garang Mabior]], a {{age:71}}-year-old with end-stage HCC, with his wife [[NAME:Achol]], son and POA [[NAME:Garang Deng]], daughters and brother, via Dinka interpreter [[NAME:Ajak Kuol]]. DNR/DNI was confirmed and the family chose home hospice over travel to [[ADDRESS:Juba]], with discharge planned for [[DATE:3/16]].
"""),

    dict(style="interpreter_visit", note="""
Family Medicine - Interpreter-Mediated Visit
Patient: [[NAME:Naw Paw Htoo]]      DOB: [[DATE:01/01/1968]]      MRN: [[MRN:M7720415]]
Interpreter: [[NAME:Saw Eh Kaw]], Sgaw Karen, in person (agency ID [[MRN:88214]])
Roomed by: [[NAME:Karen Voss]], CMA

S: {{age:56}} yo Karen-speaking woman for diabetes follow-up. Granddaughter [[NAME:Hser Nay Moo]] ({{age:15}}) came along and
usually interprets at home; thanked her and asked her to wait outside for the mood questions. Pt reports she stopped
{{drug:metformin}} about 2 months ago because of loose stools and "stomach burning." Eats rice 3x/day. Sleeping poorly,
thinks often about her son who stayed behind in [[ADDRESS:Mae La]] camp. Denies SI (asked directly via interpreter).
O: {{vital:BP 152/90}}, {{vital:HR 78}}, wt 61 kg. {{lab:HbA1c 9.8%}} (was {{lab:8.1%}} when I saw her in February).
Monofilament reduced both great toes. {{score:PHQ-9 11}}.
A/P:
- T2DM, uncontrolled: restart as {{drug:metformin ER}} {{dose:500 mg}} with supper, titrate q2wk. Add {{drug:Jardiance}} {{dose:10 mg}} daily.
- HTN: start {{drug:lisinopril}} {{dose:10 mg}}.
- Mood: mild-moderate depression, grief/separation. Referral to Karen community health worker [[NAME:Ku Paw]];
  BHI warm handoff declined today.
- Teach-back done through [[NAME:Saw Eh Kaw]]; pictorial med schedule given.
RTC 4 weeks ([[DATE:5/28]]), then 3 mo. Granddaughter's cell for reminders: [[PHONE:315-292-6640]].
[[NAME:Melissa Trang]], DO
""", summary="""
[[NAME:Naw Paw Htoo]], {{age:56}}, was seen with Karen interpreter [[NAME:Saw Eh Kaw]] for uncontrolled diabetes ({{lab:HbA1c 9.8%}}) and new hypertension; {{drug:metformin ER}} was restarted with {{drug:Jardiance}} and {{drug:lisinopril}}. Mild depression related to separation from her son was noted and follow-up is on [[DATE:5/28]].
"""),

    dict(style="refugee_screening_table", note="""
DOMESTIC REFUGEE HEALTH SCREENING - FAMILY SUMMARY
Arrival: [[DATE:08/27/2024]]    Screening visits: [[DATE:9/10/24]] and [[DATE:9/24/24]]
Resettlement case # [[MRN:RCH-24-0917]]    Caseworker: [[NAME:Tamika Rowe]] ([[PHONE:314-862-4017]])
Language: Rohingya; phone interpreter (Chittagonian) ID [[MRN:201554]]
Last residence: [[ADDRESS:Kutupalong]] camp, [[ADDRESS:Cox's Bazar]], Bangladesh
Household address: [[ADDRESS:3918 Gravois Ave Apt 2F, St. Louis, MO 63116]]

| Member                      | DOB                 | A-number             | Key findings / action                                        |
|-----------------------------|---------------------|----------------------|--------------------------------------------------------------|
| [[NAME:Nurul Amin]] (HoH)   | [[DATE:01/01/1979]] | [[MRN:A219-554-801]] | QFT+, CXR clear -> LTBI, 3HP weekly x12 ({{drug:rifapentine}} + {{drug:isoniazid}}) |
| [[NAME:Rashida Begum]]      | [[DATE:01/01/1986]] | [[MRN:A219-554-802]] | ~20 wk pregnant, {{lab:Hb 8.6}}, {{lab:ferritin 4}}; OB intake + iron |
| [[NAME:Mohammed Ayaz]]      | [[DATE:03/09/2011]] | [[MRN:A219-554-803]] | Strongyloides IgG+ -> {{drug:ivermectin}} {{dose:200 mcg/kg}} x2 d |
| [[NAME:Nur Kayas]]          | [[DATE:06/20/2015]] | [[MRN:A219-554-804]] | {{lab:lead 7 mcg/dL}}; repeat in 3 mo, home inspection ordered |
| [[NAME:Minara]]             | [[DATE:11/02/2020]] | [[MRN:A219-554-805]] | wt <3rd %ile, {{lab:Hb 9.9}}; dietitian, catch-up vaccines |
| [[NAME:Shofi]]              | [[DATE:01/15/2023]] | [[MRN:A219-554-806]] | MMR #1, hep B #2 given; dental caries |

Notes: Pre-departure {{drug:albendazole}} and {{drug:praziquantel}} documented on the IOM form. HBsAg neg x6.
Mother asked that female clinicians see her and the girls - flagged in chart. No one in the household reads Burmese or
Bengali; use verbal instructions and pictograms.
Next: OB intake for [[NAME:Rashida]] [[DATE:Oct 1]], pediatrics for [[NAME:Minara]] and [[NAME:Shofi]] [[DATE:Oct 3]].
-- [[NAME:A. Whitfield]], NP, Refugee Health Clinic
""", summary="""
Screening summary for the six-member Rohingya family of [[NAME:Nurul Amin]], who arrived [[DATE:08/27/2024]] from [[ADDRESS:Cox's Bazar]]: latent TB in the father, anemia in pregnant [[NAME:Rashida Begum]], strongyloides in [[NAME:Mohammed Ayaz]] and low-level lead in [[NAME:Nur Kayas]]. OB and pediatric follow-up are booked.
"""),

    dict(style="rural_clinic_shorthand", note="""
PRAIRIE RURAL HEALTH - walk-in      [[DATE:11-02-24]]  0740
CC: L hand lac at work (beef plant), knife slipped ~0600, gloves on
pt [[NAME:Thang Za Lian]] {{age:34}}M, Hakha Chin, some Eng. coworker [[NAME:Ngun Hlei]] helped; phone interp offered x2, pt declined
PMH none. NKDA. Td ? unk
VS {{vital:T 36.8}} {{vital:P 88}} {{vital:BP 128/76}} {{vital:SpO2 98%}}  pain {{score:6/10}}
L hand: 3.5 cm lac thenar eminence, clean edges, no FB on xray. FROM all digits, FDS/FDP intact, grip {{score:5/5}}, 2-pt disc 5 mm, CR <2s
proc: {{drug:lidocaine}} 1% plain {{dose:4 mL}}, irrigated 250 mL NS, 6 x 4-0 nylon simple interrupted. tol well
Tdap given L deltoid
rx {{drug:cephalexin}} {{dose:500 mg}} QID x5d (dirty knife), {{drug:ibuprofen}} {{dose:600 mg}} prn
work comp claim [[MRN:WC-771904]]; supervisor [[NAME:Dale Pruitt]] [[PHONE:620-276-3391]] - light duty note, no knife x10d
lives [[ADDRESS:Garden City]], carpools. sutures out 10 d here. if red streaks/fever -> [[ADDRESS:Dodge City]] ED (50 mi) or after-hrs line [[PHONE:620-335-0912]]
[[NAME:K. Brandt]], APRN
""", summary="""
[[NAME:Thang Za Lian]], a {{age:34}}-year-old Hakha Chin meatpacking worker, had a 3.5 cm left thenar laceration repaired at a rural clinic on [[DATE:11-02-24]] and was given Tdap and {{drug:cephalexin}}. A work comp claim was opened and sutures come out in 10 days.
"""),

    dict(style="mh_community_home_visit", note="""
CMHT HOME VISIT - Early Intervention in Psychosis
Client: [[NAME:Abdirahman Guuleed Warsame]]    NHS No: [[MRN:485 771 2093]]    DOB [[DATE:23/06/1999]]
Date: [[DATE:05/02/2025]]   Seen at home, [[ADDRESS:Flat 9, 41 Stapleton Road, Easton, Bristol BS5 0QT]]
Staff: [[NAME:Ifeoma Duru]] (CPN, care co-ordinator), [[NAME:Sam Whitlock]] (STR worker)
Also present: mother [[NAME:Faadumo Cali]], brother [[NAME:Mahad]] (interpreted at times; mum prefers him to Language Line)

Meds: {{drug:clozapine}} {{dose:350 mg}} nocte, adherent per pill count. Last level {{lab:clozapine 0.41 mg/L}}, {{lab:norclozapine 0.22}}.
FBC [[DATE:29/01]] {{lab:ANC 2.1}} - green.
Side effects: hypersalivation at night (pillow wet), constipation - BO every 3 days. On {{drug:Senna}} only; added
{{drug:Laxido}} 1 sachet BD, explained red flags for bowel obstruction.
MSE: kempt, good rapport, smiled at [[NAME:Mahad]]'s jokes. Speech normal rate. No FTD. Denies AH since November;
mum agrees "he is himself again." No SI/HI. Insight partial - thinks meds are "for sleep".
Substances: stopped khat, smokes 15/day - advised that stopping smoking raises {{drug:clozapine}} levels, tell us first.
Risk: low to self/others at present. Protective: family, mosque, college course.
Plan:
- Bloods due [[DATE:26/02/25]] at clinic.
- Mum asked about a family trip to [[ADDRESS:Hargeisa]] in summer - needs supply plan + overseas bloods; discuss at CPA
  review [[DATE:Thurs 27th Feb]] with Dr [[NAME:Pillay]].
- STR to support with college bursary forms.
[[NAME:I. Duru]] CPN   mob [[PHONE:07700 914 356]]
""", summary="""
[[NAME:Abdirahman Guuleed Warsame]] was stable on {{drug:clozapine}} {{dose:350 mg}} at a home visit on [[DATE:05/02/2025]] with his mother [[NAME:Faadumo Cali]] and brother [[NAME:Mahad]], apart from hypersalivation and constipation, for which {{drug:Laxido}} was added. A possible summer trip to [[ADDRESS:Hargeisa]] will be discussed at the CPA review on [[DATE:27th Feb]].
"""),

    dict(style="care_coordination_email", note="""
From: [[NAME:Lejla Čaušević]] <[[EMAIL:lcausevic@gatewaybhs.org]]>
Sent: [[DATE:Tuesday, October 8, 2024]] 4:12 PM
To: [[NAME:Alvarez, Daniel]] <[[EMAIL:dalvarez@gatewaybhs.org]]>
Cc: ACT Team 2 <[[EMAIL:act2@gatewaybhs.org]]>; [[NAME:Bertrand, Louise]]
Subject: RE: [[NAME:MUJIĆ, HARIS]] - missed LAI / housing

Dr. [[NAME:Alvarez]],
Quick update on [[NAME:Haris]]. He missed his {{drug:Invega Sustenna}} {{dose:156 mg}} due [[DATE:10/1]] - he was evicted from the
[[ADDRESS:Gravois Ave]] apartment last week and has been sleeping on his sister's couch ([[NAME:Amra Mujić-Delić]], in [[ADDRESS:Affton]]).
I saw him there today with [[NAME:Jasmina]] from our peer team. Speaking Bosnian with him helped a lot.
- Guarded, some ideas that neighbors "reported him to the embassy," no command AH. Sleeping ~4 h.
- Still taking {{drug:Depakote ER}} {{dose:1000 mg}} qhs per sister; last {{lab:VPA level 61}} in August.
- No alcohol per pt. {{score:PHQ-9 9}}, C-SSRS screen negative.
He agreed to come in for the injection [[DATE:Thursday 10/10]] at 10:00 if someone drives him. Can you add him to your
clinic? Sister's number: [[PHONE:314-609-2218]]. Also cc'ing [[NAME:Louise]] re: Shelter Plus Care application - his DOB is
[[DATE:4/17/1978]] and SSN last 4 [[SSN:6120]] for the form.
Hvala,
[[NAME:Lejla]]

[[NAME:Lejla Čaušević]], LCSW | Care Coordinator, ACT Team 2
Gateway Behavioral Health | direct [[PHONE:314-773-6082]] | fax [[PHONE:314-773-6099]]

-----Original Message-----
From: [[NAME:Alvarez, Daniel]]
Sent: [[DATE:Monday, October 7, 2024]] 8:55 AM
Subject: [[NAME:MUJIĆ, HARIS]] - missed LAI / housing

[[NAME:Lejla]] - pharmacy says [[NAME:HM]] no-showed for his LAI. Can someone do outreach? - [[NAME:DA]]
""", summary="""
Care coordinator [[NAME:Lejla Čaušević]] told Dr. [[NAME:Alvarez]] that [[NAME:Haris Mujić]] missed his {{drug:Invega Sustenna}} dose after an eviction and is staying with his sister in [[ADDRESS:Affton]]; he is guarded but not acutely unsafe. The injection was requested for [[DATE:10/10]] and housing paperwork forwarded.
"""),

    dict(style="antenatal_clinic", note="""
ANTENATAL CLINIC - Diabetes in Pregnancy
Name: [[NAME:ʻOfa Vaipulu-Taufa]]     NHI: [[MRN:ZKT4471]]     DOB: [[DATE:19/07/1992]] ({{age:32}})
LMC: [[NAME:Losaline Kupu]], midwife    Seen: [[DATE:Mon 2 June 2025]]    Gestation: 36+2

G4 P3 (3 SVD, largest 4.1 kg). GDM dx at 26 wks, on {{drug:metformin}} {{dose:1 g}} BD + {{drug:isophane insulin}} {{dose:14 units}} nocte.
CBG diary: fasting {{lab:5.1-5.8}}, 1 h post-meal mostly < 7.4. Two hypos at work (cleaner, night shift).
{{vital:BP 138/86}} (repeat {{vital:134/84}}), urine {{lab:PCR 24}}. No headache, visual sx or RUQ pain.
SFH 38 cm. Cephalic, {{score:3/5}} palpable. {{vital:FHR 144}}. Growth scan: EFW 3.7 kg (90th centile), AFI 21.
Husband [[NAME:Sione]] and his mother [[NAME:Mele Taufa]] present; [[NAME:ʻOfa]] asked that [[NAME:Mele]] stay for the birth plan discussion.
Plan:
- Offer IOL 38+0 to 38+3, booked tentatively [[DATE:12/06/25]]; if {{score:Bishop score 5}} or less, balloon then ARM.
- Continue {{drug:metformin}}; reduce insulin to {{dose:12 units}} given hypos.
- PET bloods today. BP check with [[NAME:Losaline]] in 3 days.
- Neonatal team aware - baby for CBG monitoring after birth.
Home: [[ADDRESS:22 Favona Road, Māngere, Auckland 2024]]. Mobile [[PHONE:021 448 3906]].
Dr [[NAME:H. van der Walt]], O&G registrar
""", summary="""
[[NAME:ʻOfa Vaipulu-Taufa]], {{age:32}}, G4P3 at 36+2 weeks with GDM on {{drug:metformin}} and insulin, has borderline BP ({{vital:BP 138/86}}) and a large-for-dates baby. Induction is planned around [[DATE:12/06/25]] and her insulin was reduced after hypos.
"""),

    dict(style="school_nurse_visit", note="""
School Health Office - Visit Record
Student: [[NAME:Cung Bik Thawng]]    Gr 4    {{age:9}} yo    Student ID [[MRN:2087741]]
Time in: [[DATE:Wed 1/22/25]] 10:15
Reason: cough + "tight chest" after outdoor recess (air temp 18F)

Hx: known asthma, action plan on file expired last August. No inhaler in office since November.
Assess: speaking in short phrases, mild subcostal retractions, exp wheeze bilat. {{vital:SpO2 93%}} RA, {{vital:RR 28}},
{{vital:HR 118}}. PEF 180 (~60% personal best).
Action: {{drug:albuterol}} HFA {{dose:4 puffs}} via spacer from stock per district standing order, 10:20.
10:40 re-assess: {{vital:SpO2 97%}}, {{vital:RR 20}}, PEF 250, no retractions. Rested in office.
Parent contact: called mom [[NAME:Par Tha Sung]] [[PHONE:317-882-5104]] - dad [[NAME:Van Lal Thang]] answered; used
LanguageLine Hakha Chin, interpreter #[[MRN:301877]]. Dad will pick up refill after work and hopes the clinic can do a new form this week.
Faxed action plan request to Dr. [[NAME:Bui]]'s office, fax [[PHONE:(317) 865-2230]].
Teacher Mrs. [[NAME:Hope Carrigan]] informed; student back to class 10:55, indoor recess for rest of week.
[[NAME:J. Okonkwo]], BSN, RN - School Nurse
""", summary="""
The school nurse treated {{age:9}}-year-old [[NAME:Cung Bik Thawng]] for an asthma flare on [[DATE:1/22/25]] ({{vital:SpO2 93%}}) with stock {{drug:albuterol}}, with good response. Father [[NAME:Van Lal Thang]] was reached through a Hakha Chin interpreter and a new action plan was requested from Dr. [[NAME:Bui]].
"""),

    dict(style="child_protection_dictation", note="""
child abuse pediatrics consult, dictated. this is doctor [[NAME:priya raman]] dictating an inpatient consult on [[NAME:amani wanjiru kamau]], medical record number [[MRN:6604192]], date of service [[DATE:april ninth twenty twenty five]]. [[NAME:amani]] is a {{age:7}} month old girl brought to the emergency department last night by her mother [[NAME:njeri kamau]] who noticed she was not moving her left leg after a day with a babysitter, a neighbor named [[NAME:grace]], last name unknown to mom. mother denies any fall or injury she is aware of. x-ray shows a transverse midshaft left femur fracture. skeletal survey this morning shows a healing posterior left seventh rib fracture estimated 2 to 3 weeks old per radiology, dr [[NAME:oyelaran]]. skin exam shows a 1 cm bruise on the left pinna and two small bruises on the left upper arm, plus slate gray patches over the sacrum consistent with congenital dermal melanocytosis, which i photographed and documented separately as not bruises. labs {{lab:hemoglobin 10.8}}, {{lab:platelets 344}}, {{lab:pt 12.1}}, {{lab:inr 1.0}}, {{lab:ptt 31}}, {{lab:ast 44}}, {{lab:alt 29}}, {{lab:vitamin d 24}}, {{lab:alk phos 310}}, {{lab:pth 41}}. head ct normal. ophthalmology, dr [[NAME:mcalister]], did a dilated exam, no retinal hemorrhages. father [[NAME:peter gitau]] lives separately in [[ADDRESS:kent]], works nights, arrived around 11 pm and was appropriate with the baby. maternal grandmother [[NAME:wambui]] is visiting from [[ADDRESS:nyeri]] and has been helping with care. impression, fractures of differing ages and a pinna bruise in a nonambulatory infant without a plausible history, highly concerning for physical abuse. report made to cps intake on [[DATE:4/9]] at 14:10, report number [[MRN:2025-0409-8832]], assigned worker [[NAME:dana mccloud]], callback [[PHONE:two five three, four four one, eight zero nine six]]. recommend the {{age:3}} year old sibling [[NAME:brian]] have a full skin exam today, and follow up skeletal survey for [[NAME:amani]] in two weeks. end of dictation.
""", summary="""
Child abuse pediatrics consult by Dr. [[NAME:Priya Raman]] on [[DATE:April 9, 2025]] for {{age:7}}-month-old [[NAME:Amani Kamau]], who has a femur fracture, an older rib fracture and a pinna bruise without a plausible history. A CPS report ([[MRN:2025-0409-8832]]) was made and the {{age:3}}-year-old sibling [[NAME:Brian]] is to be examined.
"""),

    dict(style="pharmacy_phone_log", note="""
PHARMACY PHONE LOG - Westside Community Pharmacy                [[DATE:06/03/25]]
09:12 IN  - [[NAME:Jamshed Safarov]] (son) re father [[NAME:SAFAROV, FARRUKH]] DOB [[DATE:11/02/1951]]. {{drug:Eliquis}} {{dose:5 mg}} BID
            Rx# [[MRN:6120448]] rejected - plan says PA needed after plan change [[DATE:6/1]]. Pt has 2 tabs left.
            Son speaks Eng; pt Tajik/Russian only.
09:20 OUT - plan help desk [[PHONE:1-866-409-2771]], rep [[NAME:Kevin]]. Member ID [[MRN:W4418290377]]. Formulary change confirmed:
            {{drug:Eliquis}} non-preferred, {{drug:Xarelto}} preferred. Ref [[MRN:C-060325-7781]].
09:31 OUT - Dr. [[NAME:Novak]]'s office, spoke to [[NAME:Bev]] (RN). Faxed PA form + formulary alternative to [[PHONE:412-578-9930]].
            AF, {{score:CHA2DS2-VASc 5}}, {{lab:CrCl 48}}.
09:45     - 3-day emergency supply {{drug:Eliquis}} {{dose:5 mg}} #6 dispensed per state rule, no charge (override by mgr [[NAME:DT]]).
13:02 IN  - [[NAME:Bev]]: Dr. [[NAME:Novak]] wants to keep {{drug:Eliquis}} (GI bleed on {{drug:warfarin}} in 2019). PA submitted
            electronically, key [[MRN:BDKR7Q2M]].
16:40 OUT - called son [[PHONE:412-901-3385]], LVM: supply ok through Fri, we will call when PA decision back.
[[NAME:R. Tillman]], PharmD
""", summary="""
Pharmacy log for [[NAME:Farrukh Safarov]] on [[DATE:06/03/25]]: his {{drug:Eliquis}} was rejected after a formulary change, so a 3-day emergency supply was given and Dr. [[NAME:Novak]]'s office submitted a PA. His son [[NAME:Jamshed]] was updated by voicemail.
"""),

    dict(style="prior_auth_call", note="""
PRIOR AUTHORIZATION - PHONE NOTE (Dermatology)
Pt: [[NAME:NURPEISOVA, AIGERIM S]]   DOB [[DATE:1998-04-17]]   MRN [[MRN:3300-6127]]
Ins: Medica commercial, Member ID [[MRN:ZGB448210937]], Group [[MRN:00871]]
Drug: {{drug:Dupixent}} {{dose:600 mg}} load then {{dose:300 mg}} SC q2wk - moderate-severe atopic dermatitis

[[DATE:8/5/24]] 10:05 Called PA line [[PHONE:1-800-672-0943]], rep [[NAME:Marisol]]. Initial denial [[DATE:7/30]]: "no documented trial of systemic agent."
 - Reviewed: failed {{drug:triamcinolone}} 0.1%, {{drug:clobetasol}}, {{drug:tacrolimus}} 0.1% (> 8 wk each). {{score:EASI 24}}, BSA 18%, {{score:POEM 21}}.
 - Plan policy says topical failure is sufficient for age {{age:18}} and over - rep agrees denial was reviewed under the wrong
   policy. Reopened as expedited, ref [[MRN:PA-24-3390187]].
10:30 Appeal letter faxed to [[PHONE:1-888-530-4472]] with photos + notes from [[DATE:5/14]] and [[DATE:7/2]].
[[DATE:8/7/24]] 15:50 Approved x12 mo, auth [[MRN:A77310452]]. Specialty pharmacy notified.
Pt messaged via portal; she asked for texts instead - [[PHONE:(612) 408-7715]]. Mother [[NAME:Zhanar]] will come to first
injection teaching [[DATE:8/13]], nurse visit. Copay card enrolled.
- [[NAME:Dauren Kassymov]], CPhT (prior auth)   entered by [[NAME:dkassym1]]
""", summary="""
{{drug:Dupixent}} for [[NAME:Aigerim Nurpeisova]]'s atopic dermatitis was initially denied, reopened by phone on [[DATE:8/5/24]] as reviewed under the wrong policy, and approved on [[DATE:8/7/24]]. First-injection teaching with her mother [[NAME:Zhanar]] is set for [[DATE:8/13]].
"""),

    dict(style="hospital_at_home", note="""
HOSPITAL IN THE HOME - Virtual ward round, Day 3
Pt: [[NAME:Šefika Hodžić]]   [[AGE:93]]F   UR [[MRN:7718204]]   Medicare [[MRN:2287 51630 4]]
Home: [[ADDRESS:14 Selwyn St, St Albans VIC 3021]] (lives with daughter [[NAME:Emina]])
Admitted via ED [[DATE:12.01.2025]] - RLL CAP, {{score:CURB-65 2}}.

Overnight: nil calls to HITH line. Daughter reports better appetite, slept through.
Nurse visit 0810 ([[NAME:Bec Tran]], RN): {{vital:T 37.4}}, {{vital:HR 86}}, {{vital:BP 132/70}}, {{vital:RR 20}}, {{vital:SpO2 94%}} RA.
{{score:NEWS2 3}}. {{score:4AT 2}} (was 5 on admission).
Bloods: {{lab:CRP 86}} (from 212), {{lab:WCC 11.2}}, {{lab:Cr 104}}, {{lab:Na 133}}.
Meds: {{drug:ceftriaxone}} {{dose:1 g}} IV daily (day 3); {{drug:Sinemet}} {{dose:100/25}} TDS - timing critical for her
{{eponym:Parkinson}} disease, daughter manages.
Video call with pt via granddaughter [[NAME:Dženana]] ("[[NAME:Dzeni]]"); offered TIS Bosnian interpreter - family prefer
[[NAME:Dzeni]] for now, pt agreeable.
Plan:
- Switch to oral {{drug:amoxicillin}} {{dose:1 g}} TDS tomorrow if afebrile, 7 days total.
- Falls risk {{score:Morse 55}}; OT home visit [[DATE:Thu 16/1]].
- Son [[NAME:Mirza Hodžić]] asked about respite - social work referral.
- Anticipate discharge from HITH [[DATE:Fri 17/1]]; letter to GP Dr [[NAME:Nguyen]], fax [[PHONE:(03) 9366 2087]].
Dr [[NAME:A. Sarkis]], HITH registrar
""", summary="""
[[NAME:Šefika Hodžić]], [[AGE:93]], is improving on day 3 of Hospital in the Home for pneumonia ({{lab:CRP 86}}, {{score:NEWS2 3}}), with her {{eponym:Parkinson}} medications managed by daughter [[NAME:Emina]]. Oral antibiotics start tomorrow and discharge is planned for [[DATE:17/1]].
"""),

    dict(style="ambulance_handover", note="""
EMS -> ED handover (ATMIST), STROKE ALERT   arr 09:41
Incident # [[MRN:24-118902]]   Medic 41: [[NAME:Ruiz]] / [[NAME:Mendelsohn]]
A - [[NAME:Tenzin Dolkar]], {{age:67}} F, Tibetan, little English. DOB per husband [[DATE:5/5/1957]]
T - LKW 09:05, collapsed during prayers at community center on [[ADDRESS:74th St]], witnessed
M - R facial droop, R arm drift, slurred speech (husband says not baseline). FAST +. {{score:LAMS 4}}
I - none, did not hit head per witnesses
S - {{vital:BP 188/102}}, {{vital:HR 96}} irreg, {{vital:RR 18}}, {{vital:SpO2 95%}} RA, {{score:GCS 13}} (E3 V4 M6), {{lab:BGL 142}}, {{vital:T 36.9}}
T - IV 18g L AC, monitor shows AF. Nil meds given, no {{drug:aspirin}}.
Meds: husband thinks "blood thinner" - ? {{drug:Xarelto}} vs {{drug:warfarin}}. Husband [[NAME:Lhakpa Tsering]] following by car with
pill bottles; son [[NAME:Kelsang]] (speaks English) [[PHONE:718-205-3347]].
Tibetan interpreter requested via phone line.
Handed to Dr. [[NAME:Feinberg]] / RN [[NAME:J. Osei]] at 09:43.
""", summary="""
EMS stroke-alert handover for [[NAME:Tenzin Dolkar]], {{age:67}}, with right-sided weakness and slurred speech, last known well 09:05, {{vital:BP 188/102}} in AF and {{score:GCS 13}}. Anticoagulant status is unknown; husband [[NAME:Lhakpa Tsering]] is bringing her medications and son [[NAME:Kelsang]] is reachable by phone.
"""),

    dict(style="palliative_nursing_no_phi", note="""
NURSING PROGRESS NOTE - Palliative Care Unit, night shift
Resting with eyes closed most of shift. Responds to voice, unable to verbalise needs.
Syringe driver: {{drug:Morphine}} {{dose:20 mg}} + {{drug:Midazolam}} {{dose:10 mg}} + {{drug:Glycopyrronium}} {{dose:1.2 mg}} over 24 h,
site L upper chest - no redness. Checked 2-hourly.
Breakthrough: {{drug:Morphine}} {{dose:2.5 mg}} SC x1 at 02:10 for grimacing on repositioning; settled within 20 min.
{{score:Abbey Pain Scale 2}} after dose (was 9). {{score:RASS -2}}.
Breathing: apnoeic periods up to 20 s, {{eponym:Cheyne-Stokes}} pattern, some secretions - repositioned semi-prone,
PRN {{drug:Glycopyrronium}} not needed.
{{eponym:Foley}} catheter draining small amounts of dark urine (~150 mL over shift).
Mouth care 2-hourly with moistened swabs, lip balm. Pressure areas intact, turned 4-hourly with family's agreement.
Wife and two daughters at bedside overnight. Offered tea and the quiet room. On-call Chaplain not required - family say
their own minister will come in the morning.
Advance Care Plan and Not For Resuscitation order sighted.
Plan: continue comfort-focused care; review driver doses with Palliative team on morning round.
""", summary="""
Overnight palliative nursing note: the patient was comfortable on a syringe driver of {{drug:morphine}}, {{drug:midazolam}} and {{drug:glycopyrronium}}, needing one breakthrough dose, with {{eponym:Cheyne-Stokes}} breathing and family at the bedside. Comfort care continues.
"""),

    dict(style="hospice_admission_dictation", note="""
hospice admission dictation. this is [[NAME:claire dunphy]] rn case manager. patient is [[NAME:okello john bosco]], date of birth [[DATE:january first nineteen fifty two]], seen at his daughter's home, [[ADDRESS:2260 westwood ave apartment b, columbus]], on [[DATE:the 3rd]] around 2 pm. he is a {{age:72}} year old acholi speaking man with end stage renal disease who chose to stop hemodialysis after his last session on [[DATE:friday the 28th]]. present were his wife [[NAME:lakot patience]], daughters [[NAME:atim mercy]] and [[NAME:aciro]], son [[NAME:ojok lucky]] who is the health care poa, and a church friend mr [[NAME:komakech]]. daughter [[NAME:atim]] interpreted at the family's request, i offered a phone interpreter and they declined, mr [[NAME:okello]] understands some english. he is sleepy but rousable, knows his family, says he is tired and wants to be at home and not in the hospital again. 3 plus edema to the knees, crackles at both bases, {{vital:spo2 90%}} on room air, {{vital:bp 102/64}}, {{vital:pulse 58}}. last {{lab:potassium 6.1}} at dialysis. {{score:pps 30%}}. expect death within days to two weeks, explained this slowly and the family asked good questions, thanked them for their patience with all the paperwork. they would like their pastor, reverend [[NAME:ocen]], to come and pray with him tonight. stopping {{drug:sevelamer}} and {{drug:amlodipine}}. comfort kit delivered, {{drug:hydromorphone}} {{dose:1 mg}} sublingual q2h prn, preferred over {{drug:morphine}} in renal failure, {{drug:haloperidol}} {{dose:0.5 mg}} prn agitation, {{drug:glycopyrrolate}} for secretions. dnr signed, out of hospital dnr form on the fridge. [[NAME:lucky]] lives ten minutes away and will stay nights. on call number given, [[PHONE:614-388-1920]]. end of dictation.
""", summary="""
Hospice admission on [[DATE:the 3rd]] for [[NAME:Okello John Bosco]], {{age:72}}, who stopped dialysis for ESRD, seen at his daughter's home with wife [[NAME:Lakot Patience]] and children including POA [[NAME:Ojok Lucky]]. Prognosis is days to two weeks; a DNR was signed and a renal-appropriate comfort kit with {{drug:hydromorphone}} was provided.
"""),

    dict(style="interpreter_telehealth", note="""
Telehealth video visit - Internal Medicine
Patient: [[NAME:SEDIQI, ZARGHONA]]    MRN [[MRN:10448273]]    Visit [[DATE:2025-03-18]]
Interpreter: [[NAME:Mursal]], Dari, female (requested), ID [[MRN:53390]], 3-way video
Location: pt at home in [[ADDRESS:Fremont]], CA; clinician in clinic.

{{age:41}} yo woman, arrived from Afghanistan 2022 on SIV. Husband [[NAME:Farid Ahmadzai]] logged in first and began answering for
her; I asked to speak with Mrs. [[NAME:Sediqi]] alone for part of the visit and he stepped out without objection.
- Daily headaches x 1 yr, bilateral pressing, worse with noise; no aura, no red flags. Using {{drug:ibuprofen}} {{dose:400 mg}} most days.
- Poor sleep, nightmares about the airport on [[DATE:August 26, 2021]], startles easily. {{score:PHQ-9 17}}, {{score:GAD-7 14}}, {{score:PCL-5 48}}.
- Denies SI. Feels safe at home (asked privately).
- Home cuff {{vital:BP 118/74}}.
A/P: chronic tension-type headache with medication overuse; PTSD and depression.
- Limit {{drug:ibuprofen}} to 2 days/wk or less; start {{drug:amitriptyline}} {{dose:10 mg}} qhs.
- Referral to refugee trauma program, Dari-speaking counselor [[NAME:Habibullah Noori]], LMFT.
- F/u 4 wk in person with a female clinician; cousin [[NAME:Laila]] can drive her, [[PHONE:510-793-6642]].
[[NAME:Ana Lucía de la Cruz]], MD
""", summary="""
Video visit on [[DATE:2025-03-18]] with Dari interpreter [[NAME:Mursal]] for [[NAME:Zarghona Sediqi]], {{age:41}}, with medication-overuse tension headaches, PTSD and depression ({{score:PHQ-9 17}}). {{drug:Amitriptyline}} was started and she was referred to Dari-speaking counselor [[NAME:Habibullah Noori]].
"""),

    dict(style="refugee_screening_narrative", note="""
NEW ARRIVAL HEALTH ASSESSMENT (asylee)
[[NAME:Zelimkhan Magomadov]] | M | {{age:38}} | DOB [[DATE:14.09.1986]] | MRN [[MRN:RH-553019]]
Language: Chechen; prefers Russian interpreter ([[NAME:Irina]], phone, ID [[MRN:77120]]).
Arrived [[DATE:02MAR2025]] with wife [[NAME:Khava Alkhanova]] and children [[NAME:Yakha]] ({{age:9}}) and [[NAME:Aslan]] ({{age:6}}) - seen separately.

- Hx: detained 2019, reports beatings; shrapnel L thigh in 2000 (age {{age:13}}). Chronic L knee pain.
- Vitals {{vital:BP 146/94}}, {{vital:HR 84}}, BMI 29.
- Hearing: whisper test fail L ear -> audiology.
- Labs: {{lab:HCV Ab positive}}, {{lab:HCV RNA 1.2 million IU/mL}}, genotype pending; HBsAg neg, anti-HBs pos; HIV neg;
  {{lab:QFT negative}}; {{lab:HbA1c 5.6%}}; {{lab:ALT 67}}.
- XR L femur: retained metallic fragments, no osteomyelitis.
- Mental health: {{score:RHS-15 21}} (positive). Does not want counseling "now", open to revisiting.
Plan:
1. HCV -> elastography, then {{drug:Epclusa}} 12 wk once Medicaid active (pending, ID [[MRN:9928104571]]).
2. Recheck BP 2 wk.
3. Audiology; ortho for knee.
4. Tdap and MMR #1 today.
Next visit [[DATE:Apr 1]]. Contact via wife's cell [[PHONE:718-431-9057]] (she speaks more English).
-- [[NAME:O. Petrenko]], MD / scribe [[NAME:mlevine3]]
""", summary="""
New-arrival assessment of asylee [[NAME:Zelimkhan Magomadov]], {{age:38}}, found chronic hepatitis C ({{lab:HCV RNA 1.2 million IU/mL}}), elevated BP, left-sided hearing loss and retained shrapnel. {{drug:Epclusa}} is planned once Medicaid is active and he returns [[DATE:Apr 1]].
"""),

    dict(style="care_coordination_email", note="""
From: BH Intake <[[EMAIL:bhintake@nwacommunityhealth.org]]>
To: [[NAME:Neiko Lometo]] <[[EMAIL:nlometo@nwacommunityhealth.org]]>
Date: [[DATE:Fri, 21 Feb 2025]] 14:05
Subject: RE: referral - [[NAME:Tarines Langidrik]]

Thanks [[NAME:Neiko]]. Scheduled with [[NAME:Ramsey Jibas]], PhD, [[DATE:Tues 2/25]] 3:30 pm. Marshallese interpreter
[[NAME:Biten Laajlo]] booked in person. Please let [[NAME:Likinta]] know. - [[NAME:KM]]

> From: [[NAME:Neiko Lometo]] <[[EMAIL:nlometo@nwacommunityhealth.org]]>
> Date: [[DATE:Fri, 21 Feb 2025]] 11:47
> Subject: referral - [[NAME:Tarines Langidrik]]
>
> Hi intake team,
> Referring [[NAME:Tarines Langidrik]] ({{age:24}}, DOB [[DATE:3-30-2000]]), Marshallese, lives with her aunt's family in
> [[ADDRESS:Springdale]]. Her mom [[NAME:Likinta]] brought her to our diabetes group and asked me privately for help.
> - Since her brother [[NAME:Jiton]] died in [[ADDRESS:Majuro]] in December she stays in her room, stopped going to the
>   poultry plant, sleeps 14 h a day.
> - {{score:PHQ-9 19}}, item 9 = 1 ("some days"). No plan; says church and her little cousins keep her going. I did the
>   C-SSRS screener with our RN [[NAME:Hilda deBrum]] - low risk, safety plan done, crisis line given.
> - Prefers a Marshallese speaker. COFA, Arkansas Medicaid ID [[MRN:1094477210]].
> - Best contact is mom's phone [[PHONE:479-802-3316]] ([[NAME:Tarines]] has no minutes right now).
> Could she be seen this week? [[NAME:Likinta]] can bring her Tue/Thu after 3.
> Kommol tata,
> [[NAME:Neiko]]
> Community Health Worker | cell [[PHONE:479-365-0028]]
""", summary="""
CHW [[NAME:Neiko Lometo]] referred [[NAME:Tarines Langidrik]], {{age:24}}, for depression ({{score:PHQ-9 19}}, low suicide risk) after her brother's death in [[ADDRESS:Majuro]]. Intake booked her with [[NAME:Ramsey Jibas]], PhD, on [[DATE:2/25]] with a Marshallese interpreter.
"""),

    dict(style="antenatal_booking", note="""
ANTENATAL BOOKING - Community Midwifery
Name: [[NAME:Sahra Maxamed Xasan]]   DOB [[DATE:07/04/1997]]   Hosp No [[MRN:L0918834]]   NHS [[MRN:612 448 0917]]
Address: [[ADDRESS:31 Melbourne Rd, Leicester LE2 0GU]]   Tel [[PHONE:07412 663 208]]
Booked [[DATE:20/05/2025]] at 10+4 by LMP; dating scan requested.
Interpreter: Somali, face to face ([[NAME:Cawo Nuur]]). Husband [[NAME:Liban]] present for first half; sister-in-law [[NAME:Ubah]]
stayed throughout at [[NAME:Sahra]]'s request.

G3 P2 - SVD 2019 ([[ADDRESS:Mogadishu]]), EmCS 2022 for fetal distress.
Obs: {{vital:BP 112/68}}, BMI 23, urine NAD.
Bloods: FBC, group & save, haemoglobinopathy screen, infection screen, vitamin D (was {{lab:vit D 19 nmol/L}} last pregnancy).
FGM: Type 3 identified at previous delivery, on FGM IS; deinfibulated at CS. Discussed UK law and that her daughters
([[NAME:Hodan]] {{age:5}}, [[NAME:Ayaan]] {{age:2}}) are protected; [[NAME:Sahra]] states firmly she would never allow it. FGM
safeguarding risk assessment completed - low risk; GP and health visitor informed per pathway.
{{score:EPDS 8}}. Feels well supported.
Meds: {{drug:folic acid}} {{dose:400 mcg}}, {{drug:Pregnacare}}. Start {{drug:Adcal-D3}} - vit D insufficiency history.
Plan: VBAC clinic referral, dating scan [[DATE:29 May]], 16 wk appt with [[NAME:Jo]] (community MW), consultant clinic with
Mr [[NAME:Adeyemi]].
[[NAME:Rachel O'Donnell]], RM   NMC PIN [[MRN:19A4472E]]
""", summary="""
Antenatal booking on [[DATE:20/05/2025]] for [[NAME:Sahra Maxamed Xasan]], G3P2 at 10+4 weeks with a previous caesarean, seen with Somali interpreter [[NAME:Cawo Nuur]]. Type 3 FGM was documented with a low safeguarding risk for her daughters, and she was referred to VBAC clinic.
"""),

    dict(style="school_medication_log", note="""
DAILY MEDICATION ADMINISTRATION LOG - [[DATE:Mon 10/14/2024]]
Nurse: [[NAME:D. Pradhan]], RN      Health aide: [[NAME:Kelsey Moore]]

| Time  | Student                    | Gr | Medication / dose                                   | By              | Notes |
|-------|----------------------------|----|-----------------------------------------------------|-----------------|-------|
| 08:05 | [[NAME:Gurung, Bishnu]]    | 6  | {{drug:Humalog}} {{dose:3 units}} (carbs 45 g, ICR 1:15) | [[NAME:DP]] | {{lab:BG 182}} pre-breakfast |
| 11:30 | [[NAME:Maharjan, Sujan]]   | 5  | {{drug:methylphenidate}} IR {{dose:5 mg}}           | [[NAME:KM]]     | mom [[NAME:Rajani]] sent new bottle |
| 11:45 | [[NAME:Fox, Aidan]]        | 6  | {{drug:Ritalin}} {{dose:5 mg}}                      | [[NAME:KM]]     |       |
| 11:50 | [[NAME:Tamang, Pasang L.]] | 4  | {{drug:Flovent}} {{dose:2 puffs}}                   | [[NAME:DP]]     | spacer washed |
| 12:10 | [[NAME:Gurung, Bishnu]]    | 6  | {{drug:Humalog}} {{dose:4 units}}                   | [[NAME:DP]]     | {{lab:BG 211}}, correction incl. |
| 13:40 | [[NAME:Shrestha, Maya]]    | 3  | {{drug:cetirizine}} {{dose:5 mg}}                   | [[NAME:KM]]     | hives R arm after art class |
| 14:15 | [[NAME:Gurung, Bishnu]]    | 6  | 15 g glucose tabs                                   | [[NAME:DP]]     | {{lab:BG 64}}, recheck {{lab:BG 98}} |

Notes:
- [[NAME:Maya]]: no resp sx, {{drug:EpiPen}} not needed; dad [[NAME:Hom Bahadur Shrestha]] called 13:45 at [[PHONE:614-772-0916]], picking up.
- [[NAME:Bishnu]]'s pump site failed last week - on injections until endo appt [[DATE:10/21]].
- {{drug:EpiPen Jr}} for [[NAME:Pasang]] expires [[DATE:11/30/24]] - letter home in Nepali.
""", summary="""
School medication log for [[DATE:10/14/2024]]: insulin doses and a treated low of {{lab:BG 64}} for [[NAME:Bishnu Gurung]], {{drug:cetirizine}} for hives in [[NAME:Maya Shrestha]], and routine doses for other students. [[NAME:Pasang]]'s {{drug:EpiPen Jr}} expires [[DATE:11/30/24]].
"""),

    dict(style="pharmacy_daa_review", note="""
Pharmacist note - Dose Administration Aid review
Pt: [[NAME:Bibi Gul Baloch]]   DOB [[DATE:1/7/1952]]   Medicare [[MRN:4129 55873 1]]
Carer: son [[NAME:Dostain Baloch]] (collects Webster-pak on Fridays). Pt speaks Balochi and Urdu; TIS Urdu interpreter
used for counselling today, code [[MRN:4417]].
Reason: meds changed after admission [[DATE:18 March]], discharged [[DATE:22 March]] (hypoglycaemia).
Changes per discharge summary:
  - CEASED {{drug:gliclazide MR}} {{dose:60 mg}} mane ({{lab:BGL 2.4}} at home, found by daughter-in-law)
  - STARTED {{drug:linagliptin}} {{dose:5 mg}} mane
  - {{drug:frusemide}} increased to {{dose:40 mg}} mane
  - continue {{drug:metformin XR}} {{dose:1 g}} nocte, {{drug:atorvastatin}} {{dose:40 mg}}, {{drug:perindopril}} {{dose:5 mg}}
Issues found:
  - Two sealed packs already made up still contained {{drug:gliclazide}} - recalled and repacked today.
  - [[NAME:Dostain]] had also been giving {{drug:gliclazide}} from an old box at home "when sugar high" - 2 boxes taken for destruction.
  - {{drug:Frusemide}} + {{drug:perindopril}}: K+ and creatinine check requested from GP.
Plan: HMR referral sent to Dr [[NAME:Mahmood]]; accredited pharmacist [[NAME:Sarah-Jane McPhee]] to visit.
Son contact [[PHONE:0433 918 205]].
[[NAME:T. Nguyen]], pharmacist   AHPRA [[MRN:PHA0001882741]]
""", summary="""
Pharmacist review of [[NAME:Bibi Gul Baloch]]'s dose administration aid after a hypoglycaemia admission found {{drug:gliclazide}} still in packs and being given at home by her son [[NAME:Dostain]]; packs were repacked and old stock destroyed. An HMR referral was sent to Dr [[NAME:Mahmood]].
"""),

    dict(style="rural_remote_no_phi", note="""
REMOTE AREA NURSE - clinic presentation
{{age:6}}yo M, fell off trampoline approx 1 h ago, landed on outstretched L hand.
Dinner-fork deformity distal L forearm ({{eponym:Colles}}-type appearance). Pain {{score:Wong-Baker 8}}.
Neurovasc: radial pulse palpable, CRT < 2 s, sensation intact median/ulnar/radial, can make OK sign.
Obs: {{vital:HR 124}}, {{vital:RR 24}}, {{vital:SpO2 99%}}, {{vital:T 36.7}}. Wt 21 kg.
Analgesia: intranasal {{drug:fentanyl}} {{dose:30 mcg}} ({{dose:1.5 mcg/kg}}) at 1410, {{drug:paracetamol}} {{dose:315 mg}} PO,
{{drug:ibuprofen}} {{dose:210 mg}} PO. Pain {{score:3/10}} at 1430.
POP backslab applied, sling, limb elevated. No X-ray on site.
Discussed with DMO by phone - likely distal radius fracture, possible {{eponym:Salter-Harris}} II; needs reduction under sedation.
RFDS retrieval accepted, ETA 1730. Nil by mouth from 1400. Mother to travel with child.
Tetanus: up to date per clinic record (4 yr booster given).
""", summary="""
A {{age:6}}-year-old boy at a remote clinic with a deformed distal left forearm after a trampoline fall was splinted and given intranasal {{drug:fentanyl}}. The DMO suspects a {{eponym:Salter-Harris}} II fracture and RFDS retrieval was arranged.
"""),

    dict(style="antenatal_ctg_no_phi", note="""
CTG review - Antenatal Day Assessment Unit
Indication: reduced fetal movements x 24 h, 33+5 weeks. First episode.
Computerised CTG 40 min: {{eponym:Dawes-Redman}} criteria met at 14 min.
Baseline {{vital:FHR 135}}, STV 8.9 ms, accelerations present, no decelerations.
Mother reports movements felt during trace. {{vital:BP 118/72}}, {{vital:HR 80}}, urine NAD.
SFH 33 cm, plotted on customised growth chart - along 50th centile.
USS for growth and liquor not indicated today per RFM guideline (first episode, normal SFH).
Advised to re-attend immediately with any further reduction; kick counting not recommended - know your baby's normal pattern.
Discharged home with RFM leaflet. Next routine appointment with Community Midwife as planned.
""", summary="""
A woman at 33+5 weeks with one episode of reduced fetal movements had a normal computerised CTG meeting {{eponym:Dawes-Redman}} criteria and normal growth. She was discharged with advice to return if movements reduce again.
"""),
]
