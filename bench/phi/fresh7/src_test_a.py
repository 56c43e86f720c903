"""Hand-written held-out notes, part A: inpatient psychiatry / behavioural health, substance-use treatment,
social work and discharge planning. Every person, number, date, phone, e-mail and street is invented."""

NOTES = [
    dict(style="psych_admission", note="""
INPATIENT PSYCHIATRY ADMISSION H&P
Unit 5 West | Admitted [[DATE:02/11/2025]] 2217 | MRN [[MRN:30817746]] | CSN [[MRN:5521093384]]

ID/CC: [[NAME:Chukwuemeka Obi]] (goes by "[[NAME:Emeka]]") is a {{age:27}} y/o single man, PhD student in chemical engineering, BIB campus police on an emergency hold after his roommate found him awake for a fourth night writing equations on the walls. "I was chosen to decode the signal before [[DATE:the 14th]]."
HPI: Dx bipolar I in 2021, one prior admission. Stopped {{drug:Depakote}} around Christmas because of weight gain. Roommate [[NAME:Kwabena Asare]] ([[PHONE:614-555-0187]]) reports decreased sleep since about [[DATE:Jan 27]], spending ~$3,000 on lab equipment, and calling his advisor Prof. [[NAME:Lindqvist]] at 3 am. Daily cannabis; denies EtOH, stimulants.
MSE: disheveled, malodorous; speech pressured, loud; mood "fantastic"; affect expansive, irritable when interrupted; TP flight of ideas; TC grandiose and referential, no SI/HI; denies AH/VH but appears internally preoccupied; oriented x3; insight/judgment poor.
Vitals {{vital:BP 138/84}} {{vital:HR 104}} {{vital:T 36.9 C}} {{vital:SpO2 99%}}. {{score:YMRS 31}}.
Labs: {{lab:valproate <10}}, {{lab:TSH 1.8}}, {{lab:Na 139}}, {{lab:UDS + THC}}, {{lab:BAL <10}}.
Assessment: Bipolar I disorder, current episode manic, severe, with psychotic features, in context of nonadherence and cannabis use.
Plan:
- Restart {{drug:divalproex}} ER {{dose:1000 mg}} qHS; VPA level on day 5
- {{drug:olanzapine}} {{dose:10 mg}} qHS; {{dose:5 mg}} IM/PO q6h PRN severe agitation
- Q15 min checks, unit-restricted; sleep log
- Collateral from mother, [[NAME:Ngozi Obi]], who lives in [[ADDRESS:Lagos]] (WhatsApp [[PHONE:+234 803 555 4172]])
- If not signing voluntary by [[DATE:2/14]], file petition for continued treatment

[[NAME:Adwoa Mensah-Bonsu]], MD (PGY-3)  |  Attending: Dr. [[NAME:Hiroshi Tanabe]]
""", summary="""
[[NAME:Chukwuemeka Obi]], {{age:27}}, was admitted on [[DATE:02/11/2025]] in a manic episode with psychosis after stopping {{drug:Depakote}}. {{drug:divalproex}} is being restarted with {{drug:olanzapine}}, and collateral will be sought from his mother [[NAME:Ngozi Obi]].
"""),

    dict(style="psych_nursing", note="""
5W RN NOTE 1900-0730  [[DATE:03/04/25]]
Pt: [[NAME:TRAN, MINH V]]   Rm 512-B   MRN [[MRN:00927731]]
Slept ~4.5 hrs total. q15 checks maintained, safety maintained.
0210 pt up pacing hall, yelling at peer re: TV remote, threatened to "take him out." Verbal de-escalation by MHW [[NAME:D. Campbell]] & this RN x 10 min, limited effect. Accepted PRN {{drug:Haldol}} {{dose:5 mg}}/{{drug:Ativan}} {{dose:2 mg}}/{{drug:Cogentin}} {{dose:1 mg}} PO @ 0225. Calm & in bed by 0300. No S/R.
{{vital:BP 128/76}}  {{vital:P 88}}  {{vital:R 16}}  {{vital:SpO2 98% RA}} @ 0500.
Denies SI/HI, guarded, "I'm fine, leave me alone." Denies AH/VH; noted talking to self in room ~0130.
Refused 0600 {{drug:lithium}} level draw. Dr. [[NAME:Kaplan]] paged @ 0615 (pgr [[PHONE:3318]]) - ok to redraw after breakfast.
Sister [[NAME:Lan]] called 2045 re visiting hrs; info given per ROI on file (exp [[DATE:6/30/25]]).
Plan: cont q15, encourage fluids, Li level after bkfst.
-[[NAME:JMR]] RN
""", summary="""
Overnight Mr. [[NAME:Tran]] became agitated at 0210 and took PRN {{drug:Haldol}}, {{drug:Ativan}} and {{drug:Cogentin}} with good effect, without seclusion or restraint. He refused the morning {{drug:lithium}} level, which Dr. [[NAME:Kaplan]] agreed to redraw after breakfast.
"""),

    dict(style="sw_assessment", note="""
SOCIAL WORK PSYCHOSOCIAL ASSESSMENT
Date of service: [[DATE:Thursday, April 17, 2025]]
Patient: [[NAME:Akosua Boateng]]     DOB [[DATE:09-22-1968]]     MRN [[MRN:4471902]]
Referral: Dr. [[NAME:Ferreira]] (attending) for discharge barriers and caregiver strain.

Living situation: Lives with husband [[NAME:Kofi Boateng]] ({{age:61}}) and adult daughter [[NAME:Abena]] in a second-floor walk-up at [[ADDRESS:3310 Chestnut Ridge Rd, Apt 2F, Columbus, OH 43229]]. Husband works nights at a distribution warehouse; daughter is in nursing school.
Supports: Very involved in church; pastor Rev. [[NAME:Yaw Osei-Tutu]] visits weekly and has offered meals.
Insurance: Medicaid managed care, member ID [[MRN:CS8810274455]].
Clinical: MDD, recurrent, severe. {{score:PHQ-9 19}} on admission, {{score:PHQ-9 11}} today. Denies SI since hospital day 3.
Financial: Lost her job as a home health aide two months ago; rent is $1,400 behind and the landlord has posted a notice. Pt tearful discussing this, states "I am the one who takes care of everybody."
Assessment: Significant financial and role stress; family supportive but stretched.
Plan:
1. Emergency rental assistance application started with pt today; copy of lease requested from husband.
2. Referral to outpatient IOP near home; pt prefers afternoon groups.
3. Family session Monday with husband and [[NAME:Abena]] ([[PHONE:(614) 555-2290]]).
[[NAME:Rachel Goldberg-Adu]], LISW-S   ext [[PHONE:4-7712]]
""", summary="""
Social work assessed [[NAME:Akosua Boateng]] on [[DATE:April 17, 2025]] for depression with major financial stress after job loss and overdue rent. Rental assistance and an IOP referral were started, and a family session with her husband [[NAME:Kofi Boateng]] and daughter [[NAME:Abena]] is planned.
"""),

    dict(style="discharge_planning", note="""
Case Management - Discharge Planning Note
Pt is a [[AGE:93]] yo widowed female, [[NAME:Hortense Beaubrun]], admitted to geri-psych [[DATE:5/2]] for agitation and nighttime exit-seeking w/ major neurocognitive disorder, {{eponym:Alzheimer}} type ({{score:MoCA 9/30}}). Pt turned [[AGE:ninety-three]] in March and has lived alone since her husband's death.
Prior living: alone at [[ADDRESS:18 Pershing Ave]] with private HHA 4 hrs/day. OT/PT and team agree return home is unsafe.
HCPOA: son [[NAME:Jean-Robert Beaubrun]], lives in [[ADDRESS:Spring Valley, NY]], cell [[PHONE:845-555-0136]]. Daughter-in-law [[NAME:Nadège]] also involved.
Insurance: Medicare [[MRN:4TR7JK2MX81]]; Medicaid application in process (submitted [[DATE:05/06/2025]]).
SNF referrals (behaviors disclosed):
  - Hudson Pointe - declined (behaviors)
  - Sunnyside Manor - pending clinicals
  - Grace Ridge Rehab & Nursing - accepted, secure unit bed Wed
Son prefers a facility closer to his home; informed of right to choose; he will tour Grace Ridge tomorrow a.m.
PASRR Level II completed.
Current meds relevant to placement: {{drug:Seroquel}} {{dose:25 mg}} BID, {{drug:donepezil}} {{dose:10 mg}} qHS, {{drug:melatonin}} {{dose:3 mg}}.
Anticipated d/c [[DATE:Wed 5/14]] pending son's decision and med rec.
- [[NAME:Maricel Bautista]], RN CM   x[[PHONE:5530]]
""", summary="""
[[NAME:Hortense Beaubrun]], a [[AGE:93]]-year-old woman with {{eponym:Alzheimer}} dementia and agitation, cannot safely return home alone. Grace Ridge Rehab & Nursing has accepted her, and discharge is anticipated [[DATE:Wed 5/14]] pending her son [[NAME:Jean-Robert Beaubrun]]'s decision.
"""),

    dict(style="sud_intake", note="""
OPIOID TREATMENT PROGRAM - INTAKE ASSESSMENT
Client: [[NAME:Brooks, Hunter J.]]     DOB [[DATE:1994-07-30]]     Client ID [[MRN:OTP-22817]]
Intake date [[DATE:6/9/2025]]     Counselor: [[NAME:Tigist Haile]], LADC

Presenting: {{age:30}} yo M requesting methadone maintenance. IV fentanyl daily x ~3 yrs, est 1 g/day; smoking meth 2-3x/wk. Last opioid use 0600 today. Two prior attempts at {{drug:Suboxone}} induction at home ended in precipitated withdrawal. Works seasonally as a hunting guide; lost most of last season to use.
Withdrawal: {{score:COWS 13}} (moderate). {{vital:BP 146/92}}, {{vital:HR 108}}, pupils 6 mm, rhinorrhea, piloerection, yawning.
UDS: {{lab:fentanyl +}}, {{lab:methamphetamine +}}, {{lab:benzodiazepine neg}}. Breathalyzer 0.00.
Medical: HCV Ab positive 2022, never treated. Healing abscess L antecubital. {{lab:QTc 438 ms}} on intake EKG.
Risk: 2 prior overdoses, most recent revived with {{drug:Narcan}} by girlfriend. Denies SI.
ASAM: Level 1 OTP appropriate.
Plan:
- {{drug:methadone}} {{dose:30 mg}} first observed dose today; may give additional {{dose:10 mg}} after 3 hr if {{score:COWS 8}} or higher
- {{drug:naloxone}} kit + education given
- HCV RNA, CBC, CMP, pregnancy n/a; refer to clinic hepatology
Emergency contact: girlfriend [[NAME:Savannah Pruitt]], [[PHONE:(417) 555-0164]]; both live in [[ADDRESS:Joplin]].
[[NAME:T. Haile]], LADC  /  reviewed [[NAME:Dawit Bekele]], MD, Medical Director
""", summary="""
[[NAME:Hunter Brooks]], {{age:30}}, entered the opioid treatment program on [[DATE:6/9/2025]] with daily IV fentanyl use, moderate withdrawal ({{score:COWS 13}}) and untreated hepatitis C. He received a first {{drug:methadone}} dose of {{dose:30 mg}} and a {{drug:naloxone}} kit.
"""),

    dict(style="bh_group_note", note="""
DBT SKILLS GROUP - ADOLESCENT UNIT 4 EAST
Group type: psychoeducational / skills training. Duration 50 min. Attendance recorded in individual charts.
Module: Distress Tolerance. Skills reviewed: TIPP (Temperature, Intense exercise, Paced breathing, Paired muscle relaxation), STOP, and Pros & Cons. Brief refresher on Wise Mind from the Mindfulness module.
Activity: cold-pack demonstration of the dive reflex; paced breathing at 5 breaths/min with pulse oximeter biofeedback (group average {{vital:HR 96}} at start, {{vital:HR 81}} after 4 min).
Engagement: 6 of 8 actively participated and shared examples. One member left early for a scheduled family meeting. One sat out, fidgety and tearful, and was escorted to the Comfort Room by staff.
Self-rated distress averaged {{score:6/10}} at start and {{score:4/10}} at close.
Homework: Distress Tolerance Worksheet 2; practice TIPP twice before Monday's group.
Next session: Emotion Regulation - Check the Facts and Opposite Action.
""", summary="""
An adolescent DBT skills group practiced Distress Tolerance skills including TIPP and STOP, with average distress falling from {{score:6/10}} to {{score:4/10}}. Homework was assigned and the next session will cover Emotion Regulation.
"""),

    dict(style="psych_progress_dictated", note="""
psychiatry progress note. this is doctor [[NAME:ifeoma okonkwo]] dictating on patient [[NAME:hodan farah]], medical record number [[MRN:6 6 2 0 9 1 4]], date of service [[DATE:march third twenty twenty five]].

ms [[NAME:farah]] is a {{age:nineteen}} year old college freshman on hospital day six for first episode psychosis. she reports the voices are quieter, she still hears her late grandmother calling her name at night but says it is "less bossy." sleeping about seven hours. eating about half of meals.
her mother [[NAME:faadumo cali]] was at bedside this morning with the somali interpreter mr [[NAME:abdullahi]], interpreter number [[MRN:40117]], and mother states [[NAME:hodan]] is "more like herself" but still not leaving her room. no si, no hi.
on exam she is calm, soft spoken, fair eye contact, thought process linear with some latency, denies command hallucinations. no tremor, no rigidity, no cogwheeling, no signs of {{eponym:parkinsonism}}.
labs {{lab:prolactin 48}}, {{lab:a1c 5.4}}.
plan increase {{drug:risperdal}} to {{dose:2 milligrams}} twice daily, continue {{drug:sertraline}} {{dose:50 milligrams}}, recheck prolactin in two weeks. family meeting thursday with social work, [[NAME:kathleen oyelaran-hughes]]. anticipate discharge early next week to mother's home in [[ADDRESS:cedar-riverside]].
end of dictation. job number [[MRN:88123945]].
""", summary="""
[[NAME:Hodan Farah]], {{age:19}}, with first-episode psychosis, is improving with quieter voices on hospital day six. {{drug:Risperdal}} is being increased to {{dose:2 milligrams}} twice daily, and discharge to her mother [[NAME:Faadumo Cali]]'s home is expected next week.
"""),

    dict(style="bh_transfer_summary", note="""
BEHAVIORAL HEALTH INTERFACILITY TRANSFER SUMMARY
PATIENT: [[NAME:WATANABE, KEIKO A]]     DOB: [[DATE:11/03/1957]]     MRN: [[MRN:M2281409]]
FROM: GERIATRIC PSYCHIATRY, 6 NORTH     TO: NEUROBEHAVIORAL MEMORY CARE UNIT
ATTENDING: [[NAME:OTSUKA, YUKO]], MD

Reason for transfer: requires longer-term neurobehavioral placement.
Course: {{age:67}} yo retired piano teacher admitted [[DATE:12 Aug 2025]] with 3 months of paranoid ideation (believes neighbors enter the apartment), nocturnal wandering and one episode of striking her husband [[NAME:Takeshi]]. Workup: {{lab:B12 212}}, {{lab:TSH 2.1}}, {{lab:RPR nonreactive}}; MRI with moderate bilateral hippocampal atrophy. Well-formed visual hallucinations ("small children in the garden") and fluctuating attention raise concern for dementia with {{eponym:Lewy}} bodies vs {{eponym:Alzheimer}} disease with psychosis. {{score:MoCA 16/30}}.
Given antipsychotic sensitivity concerns, {{drug:haloperidol}} avoided; {{drug:pimavanserin}} {{dose:34 mg}} daily started [[DATE:8/20]] with partial response. {{drug:donepezil}} titrated {{dose:5 mg}} to {{dose:10 mg}}. Mild rigidity L>R, no {{eponym:Babinski}}, slow gait with reduced arm swing; unwitnessed fall [[DATE:08-29-2025]] without injury.
Family: husband [[NAME:Takeshi Watanabe]] ({{age:72}}), HCPOA, tel [[PHONE:206.555.0148]]; daughter [[NAME:Emi Watanabe-Ross]] lives in [[ADDRESS:Bellevue]] and visits weekends.
Code status: DNR/DNI per POLST.
Signed: [[NAME:Y. Ōtsuka]], MD   [[DATE:09/05/2025]] 1432
""", summary="""
[[NAME:Keiko Watanabe]], {{age:67}}, admitted [[DATE:12 Aug 2025]] with paranoia, hallucinations and wandering suggestive of {{eponym:Lewy}} body or {{eponym:Alzheimer}} dementia, is being transferred to a memory care unit. She partially responded to {{drug:pimavanserin}}, and her husband [[NAME:Takeshi Watanabe]] is HCPOA.
"""),

    dict(style="psych_legal_note", note="""
Legal Status Note - Civil Commitment Hearing
Pt: [[NAME:Delroy McKenzie]]     MRN [[MRN:2093317]]     Docket no. [[MRN:25-MH-004417]]
Hearing held in unit conference room [[DATE:July 22]] at 1030 before Judge [[NAME:Colleen O'Rourke]]. Present: pt, his attorney [[NAME:Marcus Bell]] (CPCS), hospital counsel [[NAME:Sarah Lindgren-Hale]], this writer as testifying psychiatrist, and pt's cousin [[NAME:Tashana Reid]] by phone.
Testimony summarized: {{age:44}} y/o M with schizoaffective disorder, bipolar type, 4th admission in 2 yrs, each following discontinuation of long-acting {{drug:Invega Sustenna}}. Brought in after police found him in the median of the expressway directing traffic, stating "Babylon is falling." Since admission has refused oral meds 9 of 14 days; 2 emergency IM administrations after assaulting staff.
Pt testified that he is "a Rastafari man, not a madman," and wishes to return to his flat in [[ADDRESS:Dorchester]] and his job at a bakery. He acknowledged "the medicine helps the sleep."
Ruling: Commitment granted x 6 months. {{eponym:Rogers}} authorization (treatment over objection) granted for {{drug:paliperidone palmitate}}, with {{drug:olanzapine}} as alternative.
Next review [[DATE:10/20/2025]].
Pt received the ruling calmly and asked writer to call his mother in [[ADDRESS:Spanish Town]], Jamaica; number to be obtained from cousin.
- Dr. [[NAME:Faisal bin Nasser]], attending psychiatrist
""", summary="""
At a commitment hearing on [[DATE:July 22]], Judge [[NAME:Colleen O'Rourke]] committed [[NAME:Delroy McKenzie]] for 6 months and granted {{eponym:Rogers}} authorization for {{drug:paliperidone palmitate}}. The next review is [[DATE:10/20/2025]].
"""),

    dict(style="sw_phone_log", note="""
SW Telephone Log - pt [[NAME:Fritznel Joseph]] (MRN [[MRN:7716024]])
[[DATE:08/04/25]]
0912  Called sister [[NAME:Widlene Jean]] @ [[PHONE:786-555-0119]] - no answer, left VM w/ callback #.
1040  Sister returned call. Haitian Creole interpreter [[NAME:Frantz Célestin]] (vendor ID [[MRN:HC-2291]]) on line. Sister confirms pt can stay with her in [[ADDRESS:North Miami]] after d/c; she works until 4 pm Thursday, can pick up after 5.
1115  Faxed signed ROI + med list to ACT team, fax [[PHONE:305-555-0470]].
1305  ACT case manager [[NAME:Guerline St. Fleur]] returned call ([[PHONE:305-555-0462 ext 118]]). Confirms {{drug:Abilify Maintena}} {{dose:400 mg}} next due [[DATE:8/12]]; first ACT home visit Tues at 10 am.
1420  Met w/ pt to review plan; pt agreeable, asks that sister bring his Bible and phone charger.
Entered by: [[NAME:kmoreau2]] ([[NAME:Katia Moreau]], LCSW)
""", summary="""
Social work arranged for [[NAME:Fritznel Joseph]] to stay with his sister [[NAME:Widlene Jean]] after discharge, using a Creole interpreter. The ACT team confirmed his next {{drug:Abilify Maintena}} injection on [[DATE:8/12]] and a home visit.
"""),

    dict(style="sw_email", note="""
From: [[NAME:Shanique Campbell]] <[[EMAIL:scampbell@stvincentbh.org]]>
To: Harbor Light Intake <[[EMAIL:intake@harborlightpdx.org]]>
Sent: [[DATE:Tue 9/16/2025]] 3:42 PM
Subject: bed request - [[NAME:Y. Darko]]

Hi [[NAME:Pam]],
Following up on our call this morning. We have a gentleman, [[NAME:Yaw Darko]] (DOB [[DATE:02/08/1973]]), who will be ready for discharge Thursday. He is medically and psychiatrically stable, on {{drug:Invega Sustenna}} {{dose:156 mg}} IM monthly (last given [[DATE:9/12]]), no SI/HI, 21 days without alcohol. SSI application pending; SSN last 4 [[SSN:4417]] for your HMIS entry. He lost his room on [[ADDRESS:SE Division St]] in August.
Can you hold a bed? I can send the TB screen and med list today.
Thanks,
[[NAME:Shanique]]
[[NAME:Shanique Campbell]], LCSW | Inpatient Psychiatry | [[PHONE:503-555-0108]]

-----
From: [[NAME:Pam Whitaker]] <[[EMAIL:pwhitaker@harborlightpdx.org]]>
Sent: [[DATE:Wed 9/17/2025]] 8:05 AM
Yes - we can hold a bed until noon Thursday. He'll need photo ID or the hospital letter. Call me at [[PHONE:503-555-0192 x203]] when he's on his way.
[[NAME:Pam]]
""", summary="""
Social worker [[NAME:Shanique Campbell]] requested a shelter bed for [[NAME:Yaw Darko]], who is stable on {{drug:Invega Sustenna}} and ready for discharge. [[NAME:Pam Whitaker]] agreed to hold a bed until noon Thursday.
"""),

    dict(style="bh_prn_mar", note="""
BEHAVIORAL HEALTH PRN ADMINISTRATION RECORD
Patient: [[NAME:NGUYEN, THI HUONG]]     MRN [[MRN:81166045]]     Unit 3 South     Allergies: {{drug:penicillin}} (rash)

Date     Time   Medication             Dose     Route  Indication          Init  Effect (1 hr)
[[DATE:10/02]]    0815   {{drug:hydroxyzine}}          {{dose:50 mg}}    PO     anxiety             [[NAME:LT]]    calmer, rested 0900
[[DATE:10/02]]    2140   {{drug:trazodone}}            {{dose:50 mg}}    PO     insomnia            [[NAME:MG]]    asleep by 2230
[[DATE:10/03]]    1320   {{drug:olanzapine}} ODT       {{dose:5 mg}}     SL     agitation, pacing   [[NAME:RB]]    partial; redirectable
[[DATE:10/03]]    1455   {{drug:lorazepam}}            {{dose:1 mg}}     PO     agitation           [[NAME:RB]]    effective
[[DATE:10/04]]    0630   {{drug:acetaminophen}}        {{dose:650 mg}}   PO     HA, pain {{score:5/10}}     [[NAME:MG]]    pain {{score:2/10}}

Initials key:  LT = [[NAME:Lê Thu Trang]], RN   MG = [[NAME:Mercy Gyamfi]], RN   RB = [[NAME:Rogelio Bautista]], LPN
Pharmacist review: [[NAME:D. Sherwood]], PharmD - olanzapine + lorazepam within 2 hr on [[DATE:10/3]]; monitored, {{vital:RR 16}}, {{vital:SpO2 97%}}, no sedation.
""", summary="""
Ms. [[NAME:Nguyen]] received PRN {{drug:hydroxyzine}}, {{drug:trazodone}}, {{drug:olanzapine}}, {{drug:lorazepam}} and {{drug:acetaminophen}} from [[DATE:10/02]] to [[DATE:10/04]], all with good effect. Pharmacist [[NAME:D. Sherwood]] reviewed the close olanzapine-lorazepam dosing and found no oversedation.
"""),

    dict(style="detox_flowsheet", note="""
WITHDRAWAL MANAGEMENT UNIT - CIWA-Ar FLOWSHEET
[[NAME:GEBREMARIAM, YOHANNES]]   Bed 3   Admit [[DATE:2025-10-14]]   HAR [[MRN:900418827]]
Last drink ~2300 on [[DATE:10/13]] (a fifth of vodka daily x ~8 yrs). Hx withdrawal seizure 2019, no DTs. {{lab:BAL 0.19}} on arrival.

Time            CIWA   BP        HR    T      Tx given                      RN
[[DATE:10/14]] 0400      {{score:18}}     {{vital:162/98}}    {{vital:112}}   {{vital:37.6}}   {{drug:Librium}} {{dose:50 mg}} PO           [[NAME:SK]]
[[DATE:10/14]] 0500      {{score:12}}     {{vital:150/92}}    {{vital:101}}   -      reassess                      [[NAME:SK]]
[[DATE:10/14]] 0800      {{score:14}}     {{vital:148/90}}    {{vital:104}}   {{vital:37.4}}   {{drug:Librium}} {{dose:50 mg}} PO           [[NAME:PO]]
[[DATE:10/14]] 1200      {{score:7}}      {{vital:136/84}}    {{vital:92}}    {{vital:37.1}}   none                          [[NAME:PO]]

Thiamine {{dose:500 mg}} IV TID x 3 days ({{eponym:Wernicke}} prophylaxis), then {{dose:100 mg}} PO daily. Folate, MVI.
No ataxia, no nystagmus, no ophthalmoplegia; oriented x4. Mild tremor, diaphoresis. {{lab:Mg 1.6}} - replaced. {{lab:K 3.3}} - replaced.
Brother [[NAME:Henok]] visited 1430, brought clothes. Pt asking about residential tx; counselor to see tomorrow.
Initials: SK = [[NAME:Sean Kowalski]], RN; PO = [[NAME:Precious Okafor]], RN
""", summary="""
[[NAME:Yohannes Gebremariam]] was admitted on [[DATE:2025-10-14]] for alcohol withdrawal with a prior withdrawal seizure; CIWA scores fell from {{score:18}} to {{score:7}} after two doses of {{drug:Librium}}. He is on high-dose thiamine for {{eponym:Wernicke}} prophylaxis and is interested in residential treatment.
"""),

    dict(style="psych_family_meeting", note="""
Family Meeting Note - Perinatal Psychiatry
Date: [[DATE:June 3rd, 2025]]     Pt: [[NAME:Jocelyn Macaraeg]]     MRN [[MRN:62200571]]
Present: pt; husband [[NAME:Mark Anthony de los Santos]]; pt's mother [[NAME:Lourdes Macaraeg]] (arrived from [[ADDRESS:Quezon City]] on [[DATE:5/30]]); Tagalog interpreter [[NAME:Divina Soriano]] (for mother); Dr. [[NAME:Paolo de la Paz]] (attending); [[NAME:Bernadette Quinn]], LICSW; this writer.
Background: {{age:31}} yo G1P1, NSVD [[DATE:5/18/2025]], admitted PPD#11 with insomnia, confusion, and belief that infant [[NAME:Gabriel]] had been "switched" at the hospital. Dx postpartum psychosis. Now day 6 of {{drug:lithium}} {{dose:600 mg}} qHS ({{lab:Li 0.7}}) and {{drug:quetiapine}} {{dose:100 mg}} qHS.
Discussion:
- Team explained diagnosis, good prognosis, and high recurrence risk with future pregnancies.
- Husband asked whether breastfeeding can continue; Dr. [[NAME:de la Paz]] reviewed lithium in milk, recommended formula; pt tearful but agreed.
- Mother raised concern that the illness is "from the cold air after birth"; explained respectfully, mother will stay 3 months to help with night feeds.
- Plan for infant visits 2x/day in the family room, supervised initially.
Plan: d/c likely next week to home in [[ADDRESS:Daly City]]; outpatient perinatal psychiatry within 7 days; Postpartum Support group; no driving until cleared.
- [[NAME:B. Quinn]], LICSW
""", summary="""
A family meeting on [[DATE:June 3rd, 2025]] reviewed [[NAME:Jocelyn Macaraeg]]'s postpartum psychosis, treated with {{drug:lithium}} and {{drug:quetiapine}}, and advised switching to formula. Her mother [[NAME:Lourdes Macaraeg]] will stay to help, and discharge home is expected next week.
"""),

    dict(style="safety_plan", note="""
{{eponym:Stanley-Brown}} SAFETY PLAN - completed with patient prior to discharge
Patient: [[NAME:Faith Moody]]     DOB [[DATE:5/19/2006]]     Date: [[DATE:11/21/2025]]
Step 1 - Warning signs: not answering texts, staying in bed past noon, feeling "like a burden," scrolling old photos of [[NAME:Jaylen]].
Step 2 - Things I can do on my own: hot shower, walk the dog, drawing (she describes it as "the only joy some days"), 5-4-3-2-1 grounding.
Step 3 - People and places for distraction: cousin [[NAME:Destiny]]; public library on [[ADDRESS:Texas Ave]]; youth group Wednesday nights.
Step 4 - People I can ask for help: Aunt [[NAME:Joy Moody]] [[PHONE:(318) 555-0122]]; best friend [[NAME:Paris Jenkins]] [[PHONE:318-555-0175]]; school counselor Ms. [[NAME:Hope Delacroix]] (school ext. [[PHONE:2214]]).
Step 5 - Professionals: therapist [[NAME:Lauren Ashby]], LPC [[PHONE:318.555.0190]]; psychiatrist Dr. [[NAME:Tomasz Grabowski]]; crisis line number on back of card; nearest ED.
Step 6 - Making the environment safe: mother ([[NAME:Renee]]) has locked up {{drug:sertraline}} and all OTC meds; father's hunting rifle moved to uncle's house in [[ADDRESS:Ruston]]; pharmacy to dispense 7-day supplies only.
Reason for living (pt's words): "my little brother, getting into art school, and I still have hope it gets better."
Pt and mother both received copies; plan reviewed aloud.
""", summary="""
A {{eponym:Stanley-Brown}} safety plan was completed with [[NAME:Faith Moody]] on [[DATE:11/21/2025]], listing her aunt [[NAME:Joy Moody]], friend [[NAME:Paris Jenkins]] and therapist [[NAME:Lauren Ashby]] as supports. Means restriction included locking up medications and moving a rifle out of the home.
"""),

    dict(style="cl_psych_consult", note="""
Consultation-Liaison Psychiatry - Initial Consult
Requesting: Dr. [[NAME:Elaine Rich]] (Hospitalist, Med 7)     Q: "intentional APAP OD, safety/capacity eval"
Pt: [[NAME:Abdirahman Warsame]], {{age:23}} M, MRN [[MRN:55120983]], admitted [[DATE:Sun 12/7]]
HPI: Took ~40 tabs of {{drug:acetaminophen}} {{dose:500 mg}} (~{{dose:20 g}}) after an argument with his father about his engagement and after learning he is failing his nursing program. Texted cousin [[NAME:Ilhan]] "I'm sorry for everything," and she called 911. Told RN "I just wanted to sleep and not wake up." Initial {{lab:APAP 212}} at 4 h; {{lab:AST 64}}, {{lab:ALT 71}}, {{lab:INR 1.2}}; on {{drug:NAC}} 21-h protocol.
Hx: no prior attempts or psych care. No EtOH/drugs; occasional khat at family gatherings.
MSE: thin, tired, poor eye contact; mood "empty"; affect constricted; TP linear; endorses passive SI, regrets surviving "a little"; no HI/AH/VH. Cognition intact.
{{score:PHQ-9 22}}. {{score:C-SSRS high risk}}.
Impression: MDD, single episode, severe, with medically serious suicide attempt.
Recs:
1. Continue 1:1 sitter. Pt currently lacks capacity to leave AMA.
2. When medically cleared, transfer to inpatient psychiatry.
3. Start {{drug:sertraline}} {{dose:25 mg}} daily once LFTs downtrending.
4. Family meeting with Somali interpreter; father [[NAME:Hassan Warsame]] prefers Somali; family requests Sheikh [[NAME:Abdiwali Nur]] visit.
Thank you for this consult. [[NAME:R. Nakamura-Flores]], MD, C-L Psychiatry, pager [[PHONE:612-555-4409]]
""", summary="""
C-L psychiatry saw [[NAME:Abdirahman Warsame]], {{age:23}}, after an intentional {{drug:acetaminophen}} overdose, and found severe depression with high suicide risk. Recommendations are a 1:1 sitter, inpatient psychiatric transfer once medically cleared, and starting {{drug:sertraline}}.
"""),

    dict(style="ect_procedure", note="""
ECT PROCEDURE NOTE
Treatment #6 of acute series (twice weekly).
Indication: MDD, recurrent, severe, with psychotic features; catatonic features resolved after tx #4 ({{score:BFCRS 4}}, from 17).
Pre: {{vital:BP 148/86}}, {{vital:HR 78}}, {{vital:SpO2 98%}}. NPO after midnight, consent on chart, dentures removed, bite block placed.
Anesthesia: {{drug:methohexital}} {{dose:70 mg}} IV, {{drug:succinylcholine}} {{dose:80 mg}} IV, {{drug:glycopyrrolate}} {{dose:0.2 mg}} IV.
Stimulus: right unilateral ultrabrief (0.3 ms), {{eponym:d'Elia}} placement, 60% energy (~6x seizure threshold).
Seizure: EEG 46 s, motor 38 s (cuff method, R foot). Good postictal suppression.
Post: peak {{vital:BP 176/98}}, treated with {{drug:labetalol}} {{dose:10 mg}} IV; HR 112 to 84 by 5 min. Mild headache, {{drug:Tylenol}} {{dose:650 mg}} PO in PACU.
Reoriented at 22 min; brief postictal confusion, no agitation, no emergence delirium.
Cognition: {{score:MoCA 25/30}} (baseline 26/30).
Plan: continue RUL UB; tx #7 Friday; reassess need for continuation ECT after tx 8-10.
""", summary="""
The sixth acute-series ECT treatment, given with right unilateral ultrabrief pulse, produced an adequate 46-second seizure; post-treatment hypertension responded to {{drug:labetalol}}. Cognition is stable at {{score:MoCA 25/30}}, and treatment continues Friday.
"""),

    dict(style="bh_discharge_summary", note="""
BEHAVIORAL HEALTH DISCHARGE SUMMARY
Name: [[NAME:Oluwaseun Adeyemi]]     MRN [[MRN:40092216]]     FIN [[MRN:2519004772]]
Admit: [[DATE:08/25/2025]]     Discharge: [[DATE:09/08/2025]]     Attending: [[NAME:Grace Young]], MD
Admission dx: Major depressive disorder, recurrent, severe, with mood-congruent psychotic features.
Course: {{age:35}} yo accountant, married, two children, admitted after his wife [[NAME:Folasade]] found him in the garage with a rope; believed he had "ruined the family" over a tax error at work. Started {{drug:sertraline}}, titrated to {{dose:150 mg}}, plus {{drug:aripiprazole}} {{dose:5 mg}}. Guilty delusions resolved by day 9. {{score:PHQ-9 24}} on admission, {{score:PHQ-9 8}} at discharge. No restraints or seclusion. Young children visited twice with wife; interactions warm.
Discharge MSE: euthymic-to-mildly-dysphoric, full range affect, future oriented, denies SI/HI, no psychosis.
Risk: reduced from high to moderate; firearms none in home (wife confirmed); rope removed.
Discharge meds: {{drug:sertraline}} {{dose:150 mg}} daily; {{drug:aripiprazole}} {{dose:5 mg}} daily; {{drug:melatonin}} {{dose:3 mg}} qHS.
Follow-up:
- PHP at Riverbend Behavioral Health, starts [[DATE:Wed 9/10]] 8:30 AM, [[ADDRESS:2201 Blue Hill Ave, Mattapan, MA 02126]], [[PHONE:617-555-0133]]
- Psychiatrist Dr. [[NAME:Kwesi Antwi]] on [[DATE:Sept 24]]
- PCP Dr. [[NAME:Hope Carrington]] within 2 weeks
Work note given through [[DATE:10/6/25]].
Dictated by [[NAME:G. Young]], MD; transcribed by [[NAME:mlee]] [[DATE:09/08/2025]]
""", summary="""
[[NAME:Oluwaseun Adeyemi]], {{age:35}}, was hospitalized from [[DATE:08/25/2025]] to [[DATE:09/08/2025]] for psychotic depression after a near suicide attempt. He improved on {{drug:sertraline}} and {{drug:aripiprazole}} and was discharged to a partial hospitalization program and psychiatrist Dr. [[NAME:Kwesi Antwi]].
"""),

    dict(style="peer_recovery_note", note="""
Peer Recovery Support - Contact Note
Participant: [[NAME:Marcia Grant-Wallace]] ("[[NAME:Cia]]")     Enrollment # [[MRN:PRS-0613]]
Contact: in person, 45 min, coffee shop near her apartment on [[ADDRESS:Flatbush Ave]], [[DATE:Friday 10/10]]

[[NAME:Cia]] is 94 days clean from crack cocaine today and proud of it - showed me her 90-day keytag from Monday's NA meeting. She says her cravings rose last weekend when her ex came by her mom's place in [[ADDRESS:Canarsie]], but she called her sponsor [[NAME:Rose]] and went to two meetings instead. We talked about boundaries with him and about how to leave if he shows up again.
Still on {{drug:Wellbutrin}} {{dose:150 mg}} from her clinic. Working 3 shifts/week at a daycare, wants full time.
Goals this week:
1. Get birth certificate copy for job paperwork (I'll drive her Tues).
2. Call her counselor [[NAME:Andre Fitzgerald]] to move appt to after work.
3. Keep 90-in-90 going.
Next contact Tues a.m. Her number changed - new cell [[PHONE:718-555-0147]].
[[NAME:Ty Hamilton]], CRPA
""", summary="""
Peer recovery specialist [[NAME:Ty Hamilton]] met [[NAME:Marcia Grant-Wallace]] on [[DATE:Friday 10/10]]; she is 94 days free of crack cocaine and handled cravings by calling her sponsor [[NAME:Rose]]. Goals include job paperwork and continuing daily NA meetings.
"""),

    dict(style="sw_aps_referral", note="""
SOCIAL WORK NOTE - Adult Protective Services Referral
Pt: [[NAME:Nakamura, Fumiko]]     age [[AGE:96]]     MRN [[MRN:3308125]]     Admit [[DATE:1/4/2026]]
Reason: self-neglect, possible financial exploitation.
Pt is a [[AGE:96]] y.o. widow admitted through the ED with dehydration, {{lab:Na 151}}, and delirium ({{score:CAM positive}}), now clearing. EMS found home without heat, spoiled food, and 40+ unopened pill bottles. She lives alone at [[ADDRESS:4127 Mahoe Street]], [[ADDRESS:Hilo]].
Neighbor [[NAME:Dale Story]] ([[PHONE:808-555-0163]]) called EMS; he reports a "nephew" named [[NAME:Kyle]] has been staying there on and off and taking her to the bank. Pt's own story varies: she first said she has no nephew, later that "[[NAME:Kyle]] is a good boy, he helps."
Pt is oriented to self and place today; able to state she wants to go home but cannot describe how she would manage meals or meds. Capacity eval requested from psychiatry.
Actions:
- Report made to APS by phone [[DATE:1/6/26]] 1410, intake worker [[NAME:Leilani Kahale]], report # [[MRN:APS-26-001187]].
- Pt declined permission to contact her bank at this time.
- Niece in [[ADDRESS:Kailua]], [[NAME:Sachiko Ueda]], listed as emergency contact; voicemail left.
Pt is [[AGE:ninety-six]] and has no advance directive on file; will discuss with her once delirium resolves.
[[NAME:Ana Lopes-Medeiros]], MSW
""", summary="""
Social work filed an APS report on [[DATE:1/6/26]] for [[NAME:Fumiko Nakamura]], a [[AGE:96]]-year-old woman admitted with dehydration and delirium amid self-neglect and possible financial exploitation. A capacity evaluation was requested and her niece [[NAME:Sachiko Ueda]] is being contacted.
"""),

    dict(style="sud_residential_progress", note="""
Residential SUD Program - Weekly Individual Session
Resident: [[NAME:Ryo Fujimoto]]     Resident # [[MRN:R-4471]]     Week 3 of 4
Session [[DATE:14-Nov-2025]], 50 min, counselor [[NAME:N. Alemayehu]], LADC

Dx: stimulant use disorder (methamphetamine), severe; alcohol use disorder, moderate. Both in early remission in a controlled environment.
Resident reports sleeping better, appetite back ("I eat like a high school kid now"), gained 4 kg. Cravings 3/10, triggered mostly by evenings and by texts from old contacts. Deleted contacts on his phone this week with staff present.
Family: Father [[NAME:Hideo Fujimoto]] attended Sunday family group for the first time; resident described it as "awkward but good." Discussed shame and cultural expectations around work; resident previously hid use by working 70-hr weeks as a line cook.
Medication: {{drug:naltrexone}} {{dose:50 mg}} daily (EtOH), {{drug:mirtazapine}} {{dose:15 mg}} qHS (sleep/appetite). Tolerating.
{{score:PHQ-9 7}}, {{score:GAD-7 6}}. {{score:BAM use items 0}}.
Plan: d/c planning for sober living vs. return to parents' home in [[ADDRESS:Gardena]]; IOP evenings; explore non-kitchen work. Relapse prevention plan draft due next session.
""", summary="""
In week 3 of residential treatment for methamphetamine and alcohol use, [[NAME:Ryo Fujimoto]] reports better sleep, lower cravings and a first family session with his father [[NAME:Hideo Fujimoto]]. He continues {{drug:naltrexone}} and {{drug:mirtazapine}} while discharge to sober living or home is planned.
"""),

    dict(style="seclusion_restraint", note="""
SECLUSION / RESTRAINT EVENT NOTE
Pt: [[NAME:Mensah, Kwame O.]]  MRN [[MRN:0711893]]  Unit 5 East  Date [[DATE:12.02.2025]]
1742 - Pt punched wall, then swung at MHW [[NAME:T. Abubakar]] after being told dinner tray was delayed; struck him on left shoulder. Verbal de-escalation and offer of PRN unsuccessful.
1746 - Physical hold, then 4-point restraint applied per order of Dr. [[NAME:Pieter van der Berg]] (verbal, read back). Team: [[NAME:Abubakar]], [[NAME:C. Okwu]] RN, [[NAME:Leticia Ramos]] RN, security x2.
1750 - {{drug:Haldol}} {{dose:5 mg}} + {{drug:Benadryl}} {{dose:50 mg}} IM L deltoid.
1755 - Continuous observation begun. {{vital:BP 158/100}}, {{vital:HR 118}}, circulation/ROM checks q15; distal pulses +2, cap refill <3 s.
1820 - Face-to-face eval by Dr. [[NAME:van der Berg]] within 1 hr: pt calming, no injuries, airway clear, meets criteria to continue briefly.
1838 - Release criteria met (calm, contracts for safety); restraints removed. Total 52 min.
1845 - Debrief with pt: states "I haven't eaten since lunch, nobody listens." Food provided. Staff debrief completed; [[NAME:Abubakar]] evaluated by employee health, no injury.
Post: {{vital:BP 134/82}}, {{vital:HR 90}}. Skin intact at all restraint sites.
Family notification: pt declined notification of his brother.
- [[NAME:C. Okwu]], RN
""", summary="""
On [[DATE:12.02.2025]] [[NAME:Kwame Mensah]] struck a staff member and was placed in 4-point restraints for 52 minutes by order of Dr. [[NAME:Pieter van der Berg]], receiving IM {{drug:Haldol}} and {{drug:Benadryl}}. There were no injuries, and debriefing identified hunger as a trigger.
"""),

    dict(style="sud_bup_induction", note="""
ADDICTION MEDICINE - BUPRENORPHINE LOW-DOSE INITIATION, DAY 4
Hospitalized for MSSA bacteremia / tricuspid endocarditis; wants to start buprenorphine without stopping full agonist first (fentanyl in supply; high risk of precipitated withdrawal with standard induction).
Current schedule (modified {{eponym:Bernese}} method, per MAR):
  Day 1: {{drug:buprenorphine}} {{dose:0.5 mg}} SL once
  Day 2: {{dose:0.5 mg}} BID
  Day 3: {{dose:1 mg}} BID
  Day 4 (today): {{dose:2 mg}} BID
  Day 5: {{dose:3 mg}} TID
  Day 6: {{dose:4 mg}} TID
  Day 7: {{dose:12 mg}} daily, stop {{drug:hydromorphone}}
Concurrent {{drug:hydromorphone}} {{dose:4 mg}} PO q4h PRN continued at current use.
{{score:COWS 3}} this a.m. (mild yawning). {{score:Pain 5/10}} at PICC site and low back.
{{vital:HR 84}}, {{vital:RR 14}}, {{vital:SpO2 97%}} RA, no sedation ({{score:POSS 1}}).
Plan: continue schedule, {{drug:naloxone}} at bedside, prescription for {{drug:Sublocade}} discussion before d/c, bridge clinic referral.
""", summary="""
On day 4 of a low-dose {{drug:buprenorphine}} initiation during treatment for endocarditis, the patient has minimal withdrawal ({{score:COWS 3}}) and no sedation. The schedule continues toward {{dose:12 mg}} daily, stopping {{drug:hydromorphone}} on day 7.
"""),

    dict(style="sw_benefits_housing", note="""
SW progress note - benefits/housing  [[DATE:Jan 13 2026]]
Met w/ pt [[NAME:Selamawit Tesfaye]] ({{age:58}}), MRN [[MRN:2290736]], to complete benefit paperwork ahead of d/c. Amharic interpreter [[NAME:Bethlehem Girma]] by video (ID [[MRN:77302]]).
- SNAP: case # [[MRN:SNAP-0049316628]] active, recert due Feb.
- Medicaid: ID [[MRN:ME4471930K]] confirmed active.
- SSDI: application submitted online w/ pt; SSN [[SSN:512-77-0934]] verified against card; dx schizophrenia since age {{age:24}}, 2 prior hospitalizations.
- Housing: pt was evicted from [[ADDRESS:1420 Georgia Ave NW, Apt 6, Washington, DC 20011]] in Dec. Coordinated entry assessment done, VI-SPDAT 11. Placed on list for PSH.
- Temporary plan: stay with daughter [[NAME:Liya]] in [[ADDRESS:Silver Spring]] until PSH match; daughter agreeable by phone ([[PHONE:240-555-0185]]).
Pt pleased, says "my daughter is my blessing." Will need transport to clozapine lab draws - {{drug:clozapine}} {{dose:300 mg}} qHS, {{lab:ANC 2400}} this AM.
[[NAME:Samuel Ocran]], LGSW
""", summary="""
Social worker [[NAME:Samuel Ocran]] helped [[NAME:Selamawit Tesfaye]] confirm SNAP and Medicaid, file for SSDI, and join the supportive housing list after her eviction. She will stay with her daughter [[NAME:Liya]] until housing is matched and needs transport for {{drug:clozapine}} monitoring.
"""),

    dict(style="psych_transfer_letter", note="""
[[DATE:February 2, 2026]]

Dr. [[NAME:Amelia Hartwell]]
Admissions, Western State Hospital

Re: [[NAME:Meron Alemu]], DOB [[DATE:04/15/1989]], our MRN [[MRN:6034418]]

Dear Dr. [[NAME:Hartwell]],
Thank you for accepting Ms. [[NAME:Alemu]] for continued inpatient care. She is a {{age:36}}-year-old woman with treatment-resistant schizophrenia, now on her 61st hospital day with us, under a 180-day commitment order entered [[DATE:12/19/25]].
She has failed adequate trials of {{drug:risperidone}}, {{drug:olanzapine}} and {{drug:Abilify}}. {{drug:Clozapine}} was started [[DATE:1/8]] and is at {{dose:200 mg}} qHS ({{lab:clozapine level 218}}, {{lab:ANC 3100}}); titration has been limited by orthostasis ({{vital:BP 92/58}} standing) and sialorrhea. Persistent command hallucinations; last assaultive behavior [[DATE:1/22]].
Her brother, [[NAME:Biniam Alemu]], is her guardian ([[PHONE:253-555-0129]], [[EMAIL:b.alemu.family@gmail.com]]) and supports the transfer.
Records and the most recent ECG ({{lab:QTc 452}}) accompany this letter.
Sincerely,

[[NAME:Kenji Arakawa]], MD
Attending Psychiatrist, Inpatient Unit 7
cc: [[NAME:Biniam Alemu]] (guardian); [[NAME:Lucy Tran-Whitfield]], LICSW; [[NAME:J. Oduya]], Clozapine REMS pharmacist
""", summary="""
Dr. [[NAME:Kenji Arakawa]] wrote to Dr. [[NAME:Amelia Hartwell]] to transfer [[NAME:Meron Alemu]], {{age:36}}, with treatment-resistant schizophrenia, to state hospital care. She is on {{drug:clozapine}} {{dose:200 mg}} with titration limited by orthostasis, and her brother [[NAME:Biniam Alemu]] is her guardian.
"""),
]
