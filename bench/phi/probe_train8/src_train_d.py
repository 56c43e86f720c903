NOTES = [
    dict(style="peds_well_child", note="""
WELL CHILD CHECK - 4 YEARS
Patient: [[NAME:Mateo Cardona Ospina]]   DOB [[DATE:10/02/2020]]   MRN [[MRN:P-5581023]]
Date: [[DATE:10/07/2024]]
Here with mother [[NAME:Luz Marina Ospina]] and older sister [[NAME:Valentina]] ({{age:9}}), also our patient. Spanish at home; mom fluent in English, declines interpreter.

Interval: Started pre-K in August, loves it. Picky eater, drinks about 24 oz milk/day. Sleeps 10 h. Dad [[NAME:Jhon Fredy]] works nights and has noticed [[NAME:Mateo]] snores most nights, no pauses seen.

Growth: wt 16.8 kg (55th %ile), ht 104 cm (60th), BMI 15.5 (45th).
{{vital:BP 96/58}}. Vision {{vital:20/40}} OU (pass for age). Hearing pass 25 dB bilat.
Dev: hops on one foot, draws a person with 4 parts, tells stories, names 4 colors.
Exam: tonsils 3+, no adenoid facies, otherwise normal. {{eponym:Tanner}} I.

Plan:
- DTaP, IPV, MMR, varicella #2 given; VIS provided. Fluoride varnish applied.
- Limit milk to 16 oz/day, offer iron-rich foods.
- Snoring with 3+ tonsils: no witnessed apnea; ENT referral if pauses or daytime sleepiness.
- [[NAME:Valentina]]'s 9-year visit due in January.
RTC 1 year.
[[NAME:Jennifer Nguyen]], MD
""", summary="""
Normal 4-year well visit for [[NAME:Mateo Cardona Ospina]], seen with his mother [[NAME:Luz Marina Ospina]] on [[DATE:10/07/2024]]; kindergarten vaccines were given. Snoring with large tonsils will be watched, with ENT referral if apneas appear.
"""),

    dict(style="peds_urgent_care_foster", note="""
Pediatric Urgent Care
Pt: [[NAME:Jaylen Brooks]], {{age:7}} yo M   DOB [[DATE:3-22-2017]]   MRN [[MRN:P-6620914]]
Brought by foster mother [[NAME:Kylie Mansfield]] (placement since [[DATE:Aug 30]]). County consent on file; caseworker [[NAME:Thandeka Dlamini]], DCFS, [[PHONE:(312) 555-0164]], case # [[MRN:CW-2024-031877]].

CC: cough and wheeze x2 days, worse at night; albuterol MDI 4 puffs q3h today.
PMH: moderate persistent asthma per records from prior PCP in [[ADDRESS:Joliet]]; supposed to be on {{drug:Flovent}} {{dose:44 mcg}} 2 puffs BID, but only albuterol came with him at placement.
Exam: {{vital:T 37.6}} {{vital:HR 128}} {{vital:RR 32}} {{vital:SpO2 92%}} RA, wt 23 kg. Subcostal retractions, diffuse expiratory wheeze. {{score:PRAM 5}}.
Tx: albuterol/ipratropium neb x3, dexamethasone {{dose:14 mg}} PO.
Recheck 1 h: {{vital:SpO2 96%}}, {{vital:RR 24}}, {{score:PRAM 1}}.
Plan: albuterol q4h x 24-48 h then PRN; start {{drug:Flovent}} with spacer; written action plan to foster mom. Letter faxed to caseworker at [[PHONE:312-555-0190]] about the controller gap. Siblings [[NAME:DeShawn]] ({{age:11}}) and [[NAME:Hope]] ({{age:4}}) are in another placement. Biological mother [[NAME:Tamika Harris]] has supervised visits only; agency asks that no contact information be shared.
F/u PCP 2-3 days.
""", summary="""
[[NAME:Jaylen Brooks]], {{age:7}}, in foster care with [[NAME:Kylie Mansfield]], was treated for a moderate asthma exacerbation that responded to nebulizers and dexamethasone. His missing {{drug:Flovent}} controller was restarted and caseworker [[NAME:Thandeka Dlamini]] was informed.
"""),

    dict(style="ld_triage_admission", note="""
L&D Triage / Admission - RN Note
[[DATE:2/18/25]] 0210
[[NAME:Wislande Pierre-Louis]] {{age:27}}yo G2P1001 @ 39w2d by 8 wk US, EDD [[DATE:2/23/25]]. Ctx q4-5 min since 2300, no LOF, no VB, +FM. With husband [[NAME:Jean-Robert Dorvilus]]. Haitian Creole: video interpreter [[NAME:Nadège]] #[[MRN:551207]] used for admission hx; husband interprets at times, advised that consents need the professional interpreter.
Prenatal care with CNM [[NAME:Mackenson Saint-Fleur]].
Hx: SVD 2021, 3450 g, uncomplicated. GBS neg ([[DATE:1/27]]). Rh pos, rubella immune, HIV/HBsAg neg. Sickle trait.
VS: {{vital:BP 124/76}} {{vital:P 88}} {{vital:T 36.7}}.
EFM: baseline 135, moderate variability, + accels, no decels, Cat I. TOCO q3-4 min, moderate to palpation.
SVE {{score:5/80/-1}}, vertex. {{score:Bishop 9}}. {{eponym:Leopold}} maneuvers c/w vertex, EFW 3400 g.
Admitted to LDR 4. Dr. [[NAME:Anil Seepersad]] (OB hospitalist) notified, orders received. Desires epidural. CBC, T&S drawn, LR at 125 mL/h.
[[NAME:Nirosha Perera]], RN
""", summary="""
[[NAME:Wislande Pierre-Louis]], {{age:27}}, G2P1 at 39w2d, was admitted in active labor at 5 cm ({{score:Bishop 9}}) with a Category I tracing on [[DATE:2/18/25]]. A Haitian Creole interpreter was used and Dr. [[NAME:Seepersad]] was notified.
"""),

    dict(style="ld_nursing_flow", note="""
Labor notes - [[NAME:LEOTA-AUMUA, SINA]]   G1P0   {{age:31}}
0700 Report rec'd from [[NAME:N. Perera]] RN. {{drug:Pitocin}} at {{dose:8 mU/min}}. Epidural (Dr [[NAME:Thapa]]) in since 0330, bilat block, comfortable. {{vital:BP 118/70}}. FHR 140s, mod var, early decels. Cat I.
0800 SVE per CNM [[NAME:Kazlauskienė]]: {{score:7/100/0}}. Pit up to {{dose:10 mU/min}}.
0930 Variables w/ ctx, nadir 90s, quick recovery. Repositioned L lat, Pit down to {{dose:6 mU/min}}.
1015 {{vital:T 38.2}}. CNM aware. Ampicillin {{dose:2 g}} IV, gentamicin per order, {{drug:Tylenol}} {{dose:1 g}} PO. ?Triple I.
1100 Complete/+1, feeling pressure. Husband [[NAME:Tavita]] and her mom [[NAME:Fetu]] at bedside.
1128 Pushing.
1254 SVD viable female, {{score:Apgars 8/9}}, 3290 g, nuchal x1 reduced. Peds team present for maternal fever.
1301 Placenta delivered intact, {{drug:Pitocin}} {{dose:30 units}}/500 mL running. QBL 420 mL. 2nd degree lac repaired by CNM.
1330 Fundus firm U-1, lochia moderate. Skin to skin, latched.
- [[NAME:E. Lefèvre]], RN
""", summary="""
[[NAME:Sina Leota-Aumua]], a {{age:31}}-year-old primigravida, had an augmented labor with epidural and intrapartum fever treated for suspected triple I, then a vaginal delivery of a girl with {{score:Apgars 8/9}} and 420 mL blood loss.
"""),

    dict(style="newborn_nursery_admission", note="""
NEWBORN ADMISSION NOTE - Nursery
Infant: Baby Girl [[NAME:Kiprono]]   MRN [[MRN:N0319456]]   Born [[DATE:09/14/2024]] at 0442
Mother: [[NAME:Chebet Kiprono]], {{age:35}}, G3P3, MRN [[MRN:2245081]]; O+, GBS positive, PCN x2 doses >4 h before delivery.
Father: [[NAME:Kipchumba Rotich]].
Delivery: NSVD at 40+1, ROM 14 h, clear fluid. {{score:Apgar 8}} and {{score:Apgar 9}} at 1 and 5 min.
Measurements: wt 3.12 kg (40th %ile), length 50 cm, HC 34 cm.
Exam: {{vital:T 36.8}}, {{vital:HR 142}}, {{vital:RR 48}}. AFOF, red reflex bilat, palate intact, clavicles intact. {{eponym:Ortolani}} and {{eponym:Barlow}} negative. 3-vessel cord. Normal female genitalia. Sacral dermal melanocytosis, documented with photo. Shallow sacral dimple, base seen.
Plan: Vit K and erythromycin given. Hep B vaccine accepted. Breastfeeding, lactation consult. CCHD screen, NBS and bili at 24 h.
Siblings [[NAME:Jepkoech]] ({{age:6}}) and [[NAME:Kibet]] ({{age:3}}) visiting with grandmother. Parents plan to name her [[NAME:Faith]].
[[NAME:Okello Opio]], MD, Pediatrics
""", summary="""
Healthy term girl born [[DATE:09/14/2024]] to [[NAME:Chebet Kiprono]] after adequate GBS prophylaxis, {{score:Apgar 9}} at 5 minutes and a normal exam. Routine newborn care and screening are planned; parents plan to name her [[NAME:Faith]].
"""),

    dict(style="psych_admission", note="""
PSYCHIATRY ADMISSION H&P - Unit 5 North
Patient: [[NAME:Bikash Thapa Magar]]   {{age:27}}M   MRN [[MRN:8830214]]   Admit [[DATE:11/30/2024]]
Legal: conditional voluntary, signed 1640.
Source: brought to ED by roommate [[NAME:Pemba Sherpa]] after 4 nights without sleep and talking fast about a "mission from the mountains."

HPI: Mr. [[NAME:Thapa Magar]] is a ride-share driver with one prior depressive episode in 2021 treated in [[ADDRESS:Kathmandu]]. For about a week: 0-2 h sleep, spent $3,000 on phones, pressured speech, irritable when interrupted. Denies SI/HI. Denies drugs; UDS + cannabis. Roommate says he has barely eaten.
Collateral: sister [[NAME:Anjali Shrestha]] in [[ADDRESS:Aurora, CO]], [[PHONE:720-555-0116]]: maternal uncle hospitalized "many times" for mania.
MSE: disheveled, psychomotor agitation, pressured, expansive/irritable, flight of ideas, grandiose delusions, denies AH/VH, insight poor, judgment impaired.
{{score:YMRS 31}}. C-SSRS: no ideation.
Labs: {{lab:TSH 1.8}}, {{lab:Na 139}}, {{lab:Cr 0.9}}, BAL 0.
Assessment/Plan:
1. Bipolar I, current episode manic, severe, with psychotic features. {{drug:Zyprexa}} {{dose:10 mg}} qhs, titrate; {{drug:Ativan}} {{dose:1 mg}} PO q6h PRN agitation. Consider lithium after ECG and calcium.
2. Q15 checks, elopement precautions.
3. Cannabis use: education.
4. Family call with sister this week.
[[NAME:Ieva Jankauskaitė]], MD (PGY-2) / Attending Dr. [[NAME:Shlomo Rabinowitz]]
Entered by: [[NAME:ijankauskaite]]
""", summary="""
[[NAME:Bikash Thapa Magar]], {{age:27}}, was admitted voluntarily on [[DATE:11/30/2024]] with a first manic episode with psychotic features ({{score:YMRS 31}}). He starts {{drug:Zyprexa}} with PRN {{drug:Ativan}}; his sister [[NAME:Anjali Shrestha]] gave family history.
"""),

    dict(style="mobile_crisis_dictation", note="""
mobile crisis assessment dictated by [[NAME:rocio jimenez]] lcsw on [[DATE:friday the 17th]]. team of two, myself and peer specialist [[NAME:will baker]]. call came from the wife [[NAME:milica]] at about 2240 saying her husband [[NAME:dragan petrovic]], {{age:58}}, had been drinking and said he did not want to wake up.
we arrived at the home at [[ADDRESS:4418 north kedzie avenue apartment 2]] at 2325. mr [[NAME:petrovic]] was sitting at the kitchen table, cooperative, smelled of alcohol, speech mildly slurred.
he lost his job at the warehouse in the spring and says he feels useless. endorses passive death wish for two weeks, denies plan or intent tonight, no prior attempts. owns a hunting rifle which his son [[NAME:nemanja]] came and took to his house in [[ADDRESS:schaumburg]] while we were there, wife confirmed.
no psychosis. {{score:phq-9 of 19}}. he agreed to a safety plan and to see the clinic tomorrow; [[NAME:will]] gave him his card and we will call at noon. he declined ed evaluation and does not meet criteria for involuntary hold at this time.
wife's cell [[PHONE:773-555-0142]]. follow up appointment [[DATE:monday the 20th]] at 10 am with outpatient psychiatry.
""", summary="""
Mobile crisis visit by [[NAME:Rocío Jiménez]] for [[NAME:Dragan Petrović]], {{age:58}}, with passive death wish and alcohol use after job loss; his rifle was removed by his son and a safety plan made. He declined ED evaluation and has follow-up on [[DATE:Monday the 20th]].
"""),

    dict(style="psych_progress", note="""
Inpatient Psychiatry Progress Note   HD 6   [[DATE:07/11/2024]]
[[NAME:McFarlane, Sheree-Ann]] ("[[NAME:Shay]]")   {{age:42}}F   Rm 512B
S: "I slept like a baby." [[NAME:Shay]] reports 7 h sleep and less "racing." Still thinks the landlord is reading her texts but says "it doesn't bother me like before." Called son [[NAME:Ainsley]] yesterday; he plans to visit Saturday.
O: Calm, groomed, in all groups. Fine hand tremor. {{vital:BP 110/72}} {{vital:P 74}}.
{{lab:Li 0.9}} (12 h trough [[DATE:7/10]]), {{lab:Cr 0.8}}, {{lab:TSH 2.4}}. {{score:AIMS 0}}.
MSE: euthymic to mildly elevated, speech normal rate, thought process linear, persecutory belief held with less conviction, no SI/HI, insight partial.
A/P: Bipolar I, recent episode manic with psychosis, improving.
- Lithium {{dose:900 mg}} qhs, continue. {{drug:Abilify}} {{dose:10 mg}} daily.
- Tremor: propranolol {{dose:10 mg}} BID PRN.
- SW [[NAME:Nour Khoury]] coordinating ACT team intake; tentative d/c [[DATE:7/15]].
[[NAME:Yosef Benaroya]], MD
""", summary="""
[[NAME:Sheree-Ann McFarlane]] ("[[NAME:Shay]]") is improving on hospital day 6 with a therapeutic {{lab:Li 0.9}} and fading persecutory thinking. Propranolol was added for tremor and discharge is planned for about [[DATE:7/15]].
"""),

    dict(style="geriatrics_consult", note="""
GERIATRIC MEDICINE CONSULT
Pt: [[NAME:Tóth, Erzsébet]]   [[AGE:92]] yo F   MRN [[MRN:1024487]]   Consult date [[DATE:5/21/2025]]
Requesting: Dr. [[NAME:Heather Fraser]], hospitalist. Reason: delirium, falls, medication review.

HPI: {{eponym:Parkinson}} disease since about 2016 on {{drug:Sinemet}} {{dose:25/100}} TID. Admitted [[DATE:5/19]] after a fall at home, found by a neighbour after unknown downtime, CK 2,100. Daughter [[NAME:Zsófia Kovács]] (HCPOA) reports three months of evening confusion and seeing "little children in the garden"; consider {{eponym:Lewy}} body features vs PD dementia.
Meds of concern: {{drug:Ambien}} {{dose:5 mg}} qhs, oxybutynin {{dose:5 mg}} BID. In hospital {{drug:Sinemet}} is being given 0900/1700/2100 instead of her home 0600/1100/1600.
Exam: inattentive, CAM positive. {{score:MoCA 14/30}} (hearing-limited). Masked facies, cogwheel rigidity, rest tremor R > L. Orthostatic: {{vital:138/76}} lying, {{vital:104/62}} standing.
A/P:
1. Delirium, multifactorial: stop oxybutynin and {{drug:Ambien}}; order {{drug:Sinemet}} at home times as time-critical. Avoid {{drug:Haldol}} and {{drug:Reglan}}; {{drug:Seroquel}} {{dose:12.5 mg}} PRN only if distressing hallucinations.
2. Orthostatic hypotension: compression stockings, liberalize salt, review antihypertensives.
3. Falls: PT/OT, {{score:Morse 75}}.
4. Goals: she wants to go home to [[ADDRESS:Passaic]]; daughter worried. Family meeting [[DATE:Friday 5/23]].
[[NAME:Ursula Bärtschi]], MD, Geriatrics
""", summary="""
Geriatrics saw [[NAME:Erzsébet Tóth]], [[AGE:92]], with {{eponym:Parkinson}} disease, for delirium after a fall: deliriogenic drugs were stopped, {{drug:Sinemet}} timing restored and orthostasis addressed. A family meeting with daughter [[NAME:Zsófia Kovács]] is set for [[DATE:5/23]].
"""),

    dict(style="nursing_home_progress", note="""
Willow Creek Care Center - Nursing Progress Note
Resident: [[NAME:Solveig Aasen]]   Rm 118-A   Age {{age:89}}   Admit [[DATE:04/02/2023]]
[[DATE:1/6/25]] 1420
Alert, oriented to self and place, pleasant. Ate 50% of lunch, refused supplement. Wt 51.3 kg this week (52.8 on [[DATE:12/2]]), 2.8% loss in a month; RD notified. {{score:Braden 15}}.
Skin: stage 2 coccyx 1.5 x 1 cm, pink base, no odor; cleansed with NS, hydrocolloid applied per order.
{{vital:BP 102/58}} {{vital:P 70}} {{vital:T 97.6}} {{vital:RR 16}} {{vital:O2 95%}} RA.
Called son [[NAME:Øyvind Aasen]] in [[ADDRESS:Fargo]] re weight loss and wound. He asks that his sister [[NAME:Sigrid Haugland]] also be kept updated, [[PHONE:701-555-0145]]; left VM for [[NAME:Sigrid]].
NP [[NAME:Heikkinen]] to see resident Thursday.
[[NAME:S. Mohammed]], LPN
""", summary="""
Nursing home resident [[NAME:Solveig Aasen]], {{age:89}}, has lost 2.8% of body weight in a month and has a stage 2 coccyx wound; the dietitian and her son [[NAME:Øyvind Aasen]] were notified and the NP will review.
"""),

    dict(style="social_work_discharge", note="""
SOCIAL WORK - DISCHARGE PLANNING NOTE
Patient: [[NAME:Selvarajah Thevarajah]] ({{age:78}})   OHIP [[MRN:5584-219-073-KT]]   Unit 6E
Date: [[DATE:2024-09-10]]

Met with pt and wife [[NAME:Kamala Selvarajah]] at bedside; son [[NAME:Prakash]] joined by phone from [[ADDRESS:Brampton]]. Tamil interpreter [[NAME:Vasuki]] present in person.
Background: admitted [[DATE:Sept 2]] with L MCA stroke; R hemiparesis (arm {{score:2/5}}, leg {{score:3/5}}), expressive aphasia improving. Lives with wife in a second-floor walk-up at [[ADDRESS:1875 Lawrence Ave E, Apt 204]], [[ADDRESS:Scarborough, ON M1R 2Y3]]. Wife is {{age:74}} with rheumatoid arthritis and cannot assist with transfers.
PT/OT recommend inpatient stroke rehab; family agrees and prefers the program closest to home.
Plan:
- Rehab referrals sent to two programs today.
- Home and Community Care coordinator [[NAME:Geneviève Tremblay]], [[PHONE:416-555-0181]] ext [[PHONE:2207]], aware for eventual home discharge.
- Substitute decision maker: wife, confirmed.
- Son to bring OHIP card and medication list.
[[NAME:Marie-Ève Gagnon]], MSW, RSW
""", summary="""
After a left MCA stroke, [[NAME:Selvarajah Thevarajah]], {{age:78}}, needs inpatient rehab because his wife cannot manage transfers in their walk-up in [[ADDRESS:Scarborough]]. Referrals were sent, and his wife [[NAME:Kamala Selvarajah]] was confirmed as substitute decision maker.
"""),

    dict(style="peds_discharge_teaching", note="""
Pediatric Inpatient Nursing - Discharge Teaching
Dx: RSV bronchiolitis, {{age:4}}-month-old, hospital day 3.
Teaching provided to both parents:
- Nasal suctioning with bulb syringe and saline before feeds and sleep.
- Signs of distress: retractions, nasal flaring, RR >60, grunting, color change; call or return.
- Feeding goal at least half of usual intake and 4 or more wet diapers a day.
- Fever: {{drug:Tylenol}} {{dose:80 mg}} (2.5 mL of 160 mg/5 mL) q6h PRN. No honey, no OTC cough or cold medicines.
- Smoke-free home and car.
Discharge vitals: {{vital:T 37.1}} {{vital:HR 138}} {{vital:RR 42}} {{vital:SpO2 95%}} RA for 12 h.
Teach-back successful. Car seat checked, rear-facing. PCP follow-up in 1-2 days.
""", summary="""
Discharge teaching for a {{age:4}}-month-old with RSV bronchiolitis covered suctioning, warning signs, feeding goals and fever care; the infant was stable on room air for 12 hours.
"""),

    dict(style="ob_prenatal_visit", note="""
OB Prenatal Visit
[[NAME:Nurul Aisyah binti Rahman]]   {{age:32}}   G2P1   30w4d   EDD [[DATE:03/06/2025]]   MRN [[MRN:70-338-1127]]
Visit [[DATE:12/23/2024]], with husband [[NAME:Muhammad Hafiz bin Ismail]].

GDM dx by 3-h GTT [[DATE:12/2]]: {{lab:fasting 98}}, {{lab:1h 192}}, {{lab:2h 171}}, {{lab:3h 128}}. Log since: fasting 88-102 (4 of 14 above 95), 1-h post-prandials 118-146.
Fundal height 30 cm. FHT 148. {{vital:BP 112/68}}. Total wt gain 9 kg. Urine neg protein/glucose. +FM, no ctx, no LOF or VB.

A/P:
- GDM A2 now: fasting above goal despite diet. Discussed insulin vs metformin; she prefers metformin {{dose:500 mg}} qhs, titrate weekly. Diabetes educator [[NAME:Tan Wei Ling]], RD, CDCES, in 1 week.
- Tdap today.
- Growth US at 32 wk.
- Wants to travel to [[ADDRESS:Johor Bahru]] for a family wedding; advised against travel after 34 wk.
RTC 2 wk. Portal message to [[EMAIL:nurulaisyah.rahman@outlook.com]].
[[NAME:Dewi Kusumawati]], CNM
""", summary="""
[[NAME:Nurul Aisyah binti Rahman]], {{age:32}}, at 30w4d, has gestational diabetes with fasting values above goal, so metformin was started and a diabetes educator visit arranged. Tdap was given and a growth scan ordered.
"""),

    dict(style="peds_adolescent_visit", note="""
Adolescent Visit - Sports PE + HEADSS
[[NAME:Sione Taufa]], {{age:15}} y/o M, DOB [[DATE:Jan 4, 2010]]. Here with mom [[NAME:Mele Taufa]]; grandmother [[NAME:ʻOfa Vainikolo]] waited in the lobby with little brother [[NAME:Viliami]].

Confidential (mom out of room): Home - lives with mom, grandma and 3 siblings in [[ADDRESS:East Palo Alto]]. Education - 10th grade, mostly B's. Activities - rugby and football, church youth group. Drugs - tried vaping once, none now, no alcohol. Sexuality - not sexually active. Suicide/depression - {{score:PHQ-A 3}}. Safety - seat belt always, no guns at home.
PMH: concussion [[DATE:10/12/2023]] in football, symptoms resolved in 10 days.
Cardiac screen: no exertional syncope or chest pain; maternal uncle died suddenly in his sleep at {{age:38}}.
Exam: {{vital:BP 124/72}} (recheck {{vital:118/70}}), {{vital:HR 62}}, wt 98 kg (>99th %ile), ht 183 cm. {{eponym:Tanner}} 4. No murmur supine, standing or with {{eponym:Valsalva}}. Full ROM, {{score:5/5}} strength, normal duck walk.
ECG given family history: NSR, QTc 412, no pre-excitation.
Plan: cleared for all sports; nutrition referral; concussion baseline testing. Form faxed to athletic trainer at [[PHONE:650-555-0127]].
[[NAME:Bronwyn Kettering]], MD
""", summary="""
[[NAME:Sione Taufa]], {{age:15}}, had a sports physical with a normal ECG despite a family history of sudden death, and was cleared for all sports. The confidential HEADSS screen was reassuring ({{score:PHQ-A 3}}).
"""),

    dict(style="ed_psych_consult", note="""
Psychiatry Consult - Emergency Department
Date: [[DATE:Tues 6/3]]   Time: 0115
Pt: [[NAME:Yusleidy Peña Rosales]], {{age:34}}F, MRN [[MRN:6694021]]
Interpreter: Spanish, in person, [[NAME:Wilber Chicas]] (#[[MRN:2214]]).

Reason: intentional ingestion of about 20 tabs {{drug:Tylenol}} {{dose:500 mg}} and several of her mother's {{drug:Xanax}} at ~2000 after an argument with partner [[NAME:Yoandri]]. Texted sister [[NAME:Dayana]] "perdóname", who called 911.
Medical: {{lab:APAP 142}} at 4 h, on NAC per toxicology (Dr. [[NAME:Haider Kadhim]]). LFTs normal so far. Not medically cleared.
Hx: came from [[ADDRESS:Camagüey]] in 2022, works at a bakery in [[ADDRESS:Hialeah]]. Children {{age:8}} and {{age:5}} are with her mother tonight. No prior attempts; depressed since a miscarriage in March.
MSE: tearful, linear, says she "wanted to sleep and not wake up," now ambivalent about surviving; no psychosis.
Risk: high acute risk (recent attempt with intent, ongoing conflict, ambivalence).
Plan: 1:1 sitter. {{eponym:Baker}} Act initiated. Recommend inpatient psychiatric admission once medically cleared. Partner not to visit per patient's request.
[[NAME:Fiorella Chumpitaz]], MD, Psychiatry
""", summary="""
[[NAME:Yusleidy Peña Rosales]], {{age:34}}, took an intentional {{drug:Tylenol}} and {{drug:Xanax}} overdose and is being treated with NAC. She is at high acute risk, was placed under a {{eponym:Baker}} Act with a 1:1 sitter, and needs inpatient psychiatry once medically cleared.
"""),

    dict(style="goals_of_care_meeting", note="""
Family Meeting - Goals of Care
[[DATE:3rd of March, 2025]], 15:00, 4 West family room
Patient: Doña [[NAME:Pilar Gómez de la Serna]], [[AGE:ninety-six]] years old (did not attend; asleep)
Present:
 - Son [[NAME:Íñigo Echeverría Gómez]] (health care proxy)
 - Daughter-in-law [[NAME:Montserrat Vilaró]]
 - Granddaughter [[NAME:Núria]] by video from [[ADDRESS:Barcelona]]
 - Dr. [[NAME:Pere Bosch]], attending
 - [[NAME:Thibault Marchand]], NP, palliative care
 - [[NAME:Nakato Ssempala]], SW

Discussion: third admission since December for aspiration pneumonia; advanced dementia ({{score:FAST 7a}}); eating a few spoonfuls per meal. Swallow study shows aspiration with all consistencies. [[NAME:Íñigo]] recalled his mother saying, years ago, "no quiero máquinas." Reviewed that a feeding tube would not prevent aspiration or prolong meaningful life.
Outcome: DNR/DNI confirmed; no PEG; careful comfort feeding. Family leaning toward home with hospice; [[NAME:Nakato]] to call agencies tomorrow. MOLST completed and signed by [[NAME:Íñigo]].
""", summary="""
At a meeting on [[DATE:3rd of March, 2025]], the family of [[NAME:Pilar Gómez de la Serna]], [[AGE:96]], with advanced dementia and recurrent aspiration, chose DNR/DNI, no feeding tube and comfort feeding, leaning toward home hospice.
"""),

    dict(style="social_work_mother_baby", note="""
SOCIAL WORK NOTE - Mother/Baby Unit
Re: infant [[NAME:Brooklyn Grant]], DOB [[DATE:08/03/24]], MRN [[MRN:N0332870]]; mother [[NAME:Brittany Kowalczyk]], {{age:19}}, SSN last 4 [[SSN:6620]] (for Medicaid application).
Referral: maternal UDS positive for fentanyl at delivery; first prenatal visit at 28 wk.
Met with MOB in room 3114. FOB [[NAME:Ainsley Grant]], {{age:23}}, present for part. They live with FOB's mother on [[ADDRESS:Pulaski St]] in [[ADDRESS:Brooklyn]]. MOB reports pressed pills about 3x/week until about 32 weeks, "just weed" since. Open to treatment; addiction medicine consulted, {{drug:Suboxone}} induction discussed.
Infant: eating, sleeping and consoling well; no pharmacotherapy so far.
Mandated report: SCR called [[DATE:8/4]] 1035, report ID [[MRN:SCR-2024-0977315]], intake worker Ms. [[NAME:Huamán]].
Plan: safe sleep teaching, car seat, WIC, nurse home-visiting referral. CPS caseworker [[NAME:Percy Quispe]] to visit tomorrow; infant not to be discharged until CPS clears. MOB cell [[PHONE:929-555-0153]].
[[NAME:Birungi Tumusiime]], LCSW
""", summary="""
Social work saw [[NAME:Brittany Kowalczyk]], {{age:19}}, after a positive fentanyl screen at delivery of [[NAME:Brooklyn Grant]]; a mandated report was filed on [[DATE:8/4]] and addiction treatment offered. The infant stays until CPS caseworker [[NAME:Percy Quispe]] clears discharge.
"""),

    dict(style="ld_magnesium_nursing", note="""
L&D RN note - Magnesium sulfate monitoring
Antepartum, 34w1d. On {{drug:magnesium sulfate}} {{dose:2 g/hr}} after {{dose:4 g}} IV load for preeclampsia with severe features ({{vital:BP 168/112}} x2, headache).
Hourly: RR 16-18, {{vital:SpO2 97-99%}}, DTRs 2+ bilat, no clonus, UOP 35-60 mL/hr via {{eponym:Foley}}. Lungs clear.
{{lab:Mg 5.8}} at 0600.
{{drug:Labetalol}} {{dose:20 mg}} IV at 0615, then {{vital:BP 148/96}} and {{vital:142/94}}.
Headache {{score:3/10}} after {{drug:Tylenol}}; no visual changes, no RUQ pain.
Labs: {{lab:Plt 118}}, {{lab:AST 44}}, {{lab:Cr 0.7}}.
EFM Cat II at times: minimal variability, likely mag effect; + accels with VAS.
Calcium gluconate at bedside. Betamethasone #2 due 0900 ({{drug:Celestone}} {{dose:12 mg}} IM).
""", summary="""
Antepartum patient at 34 weeks with severe-feature preeclampsia is stable on magnesium with a therapeutic {{lab:Mg 5.8}} and blood pressure controlled after {{drug:Labetalol}}; the second betamethasone dose is due at 0900.
"""),

    dict(style="peds_dbp_foster", note="""
Developmental-Behavioral Pediatrics Follow-up
[[NAME:Ilunga Tshibangu]], {{age:9}}y   DOB [[DATE:2015.06.11]]   MRN [[MRN:P-4410982]]   Visit [[DATE:18 Feb 2025]]
Present: foster parents [[NAME:Ursula Zwahlen]] and [[NAME:Beat Zwahlen]]. Brother [[NAME:Nsimba]] ({{age:12}}) lives in the same home and is also followed here. Resettlement case manager [[NAME:Bienvenu Kalala]] joined by phone.

Interval: {{drug:Vyvanse}} {{dose:20 mg}} started in December, increased to {{dose:30 mg}} [[DATE:1/14]]. Teacher {{eponym:Vanderbilt}} (Ms. [[NAME:Parker]]): inattention 6/9 -> 3/9, hyperactivity 5/9 -> 2/9. Lunch appetite down, wt 27.1 -> 26.4 kg. Falls asleep about 45 min later. [[NAME:Beat]] says mornings are "night and day."
Trauma hx: witnessed violence in [[ADDRESS:Bukavu]]; in TF-CBT with [[NAME:Dritan Shehu]], LCSW.
Exam: {{vital:BP 104/66}} {{vital:HR 96}}. Growth curve reviewed.
Plan: continue {{dose:30 mg}}; big breakfast and evening snack; melatonin {{dose:1 mg}} 30 min before bed; repeat teacher {{eponym:Vanderbilt}} in 6 weeks. Summary to case manager at [[EMAIL:bkalala@welcomehome-resettle.org]] with foster parents' consent. RTC 3 months.
[[NAME:Shane Dwyer]], MD
""", summary="""
[[NAME:Ilunga Tshibangu]], {{age:9}}, in foster care with [[NAME:Ursula Zwahlen]] and [[NAME:Beat Zwahlen]], shows clear ADHD improvement on {{drug:Vyvanse}} {{dose:30 mg}} with reduced appetite and later sleep onset. Dose kept, with nutrition measures and melatonin.
"""),

    dict(style="nursing_home_fall_sbar", note="""
SBAR - Unwitnessed fall
S: Resident [[NAME:Björn Sjöberg]], [[AGE:90]]M, found on floor beside bed at 0535 on [[DATE:11/23]] by CNA [[NAME:Rosa Huaraca]].
B: Vascular dementia, AF on {{drug:Eliquis}} {{dose:2.5 mg}} BID, HTN, BPH. Two falls this year. {{score:Morse 65}}. Walker; bed alarm was off (dead battery).
A: Alert, baseline confusion. R hip pain {{score:4/10}}, no shortening or rotation. 2 cm skin tear L forearm, steri-strips applied. Says he didn't hit his head but fall unwitnessed and on anticoagulant. {{vital:BP 148/84}}, {{vital:HR 92}} irregular, {{vital:SpO2 95%}}, BG 132. {{score:GCS 15}}, PERRL. {{eponym:Homan}} sign neg bilat.
R: Dr. [[NAME:Tuomas Lahtinen]] notified 0550; orders to send to ED for CT head and hip films. Daughter [[NAME:Ingrid Lindqvist]] (POA) in [[ADDRESS:Uppsala]] reached at [[PHONE:+46 70 412 88 06]] at 0610; son in [[ADDRESS:Minneapolis]], left VM. Bed alarm battery replaced, maintenance ticket placed.
[[NAME:A. Ngata]], RN
""", summary="""
[[NAME:Björn Sjöberg]], [[AGE:90]], on {{drug:Eliquis}}, had an unwitnessed fall on [[DATE:11/23]] with right hip pain and a skin tear, and was sent to the ED for head CT and hip films. His daughter [[NAME:Ingrid Lindqvist]] was notified.
"""),

    dict(style="psych_discharge_summary", note="""
DISCHARGE SUMMARY - Inpatient Psychiatry
Name: [[NAME:GASHI, VALBONA R]]   MRN: [[MRN:3092271]]
Admitted: [[DATE:08/12/2024]]   Discharged: [[DATE:08/26/2024]]
Attending: [[NAME:Marko Jurić]], MD

Diagnoses: MDD, recurrent, severe, without psychotic features; PTSD.
Course: {{age:36}}F admitted voluntarily after SI with a plan to overdose. Sertraline titrated to {{dose:150 mg}}; prazosin for nightmares with fewer awakenings. {{score:PHQ-9 24}} on admission, {{score:PHQ-9 11}} at discharge. Engaged in groups; denies SI for 6 days, future-oriented (wants to return to work at the daycare).
Discharge meds: sertraline {{dose:150 mg}} daily, prazosin {{dose:2 mg}} qhs, {{drug:Vistaril}} {{dose:25 mg}} q6h PRN anxiety. 7-day supply, held by brother.
Follow-up:
 - Dr. [[NAME:Blerina Krasniqi]], outpatient psychiatry, [[DATE:9/3/24]] 2:30 pm, [[ADDRESS:250 Mystic Ave, Medford, MA 02155]], [[PHONE:781-555-0172]]
 - IOP starts [[DATE:Aug 28]]
Safety plan reviewed with pt and brother [[NAME:Besnik]]; firearms none in home.
""", summary="""
[[NAME:Valbona Gashi]], {{age:36}}, was discharged on [[DATE:08/26/2024]] after two weeks of treatment for severe recurrent depression and PTSD, with {{score:PHQ-9 11}} on sertraline and prazosin. Follow-up with Dr. [[NAME:Krasniqi]] on [[DATE:9/3/24]] and IOP from [[DATE:Aug 28]].
"""),

    dict(style="social_work_postpartum", note="""
Social Work - Postpartum
[[DATE:4-15-25]]
Pt [[NAME:Maribel Tzoc Ajú]], {{age:22}}, P2, PPD 1 after SVD of a son. K'iche' interpreter by phone, [[NAME:Baldomero]] (#[[MRN:80517]]); pt speaks limited Spanish.
Household: partner [[NAME:Juan Cux]], daughter [[NAME:Ixchel]] ({{age:3}}), partner's mother [[NAME:Juana Cux]]; rented room on [[ADDRESS:10th Ave N]], [[ADDRESS:Lake Worth Beach]].
Concerns: food insecurity, no car seat, partner's landscaping work is seasonal. Newborn Medicaid application started, ID [[MRN:FL-MA-2025-11873]].
IPV screen negative, done privately. {{score:EPDS 6}}.
Referrals: WIC, car seat program, Healthy Start. Newborn f/u [[DATE:April 17]] at the pediatric clinic; reminder card given in Spanish and reviewed orally in K'iche'.
Phone (partner's): [[PHONE:561-555-0196]].
[[NAME:Luz Amparo Zuluaga]], MSW
""", summary="""
Social work met [[NAME:Maribel Tzoc Ajú]], {{age:22}}, with a K'iche' interpreter after delivery: she faces food insecurity and lacks a car seat, so WIC, car seat and Healthy Start referrals were made. Newborn Medicaid was started and pediatric follow-up set for [[DATE:April 17]].
"""),

    dict(style="psych_nursing_night", note="""
Behavioral Health Nursing Note - Night shift
Pt slept approx 5.5 h per q15 min safety checks. Awoke 0240 asking for PRN; {{drug:Vistaril}} {{dose:25 mg}} PO given for anxiety, good effect by 0320.
Denies SI/HI this AM, agrees to tell staff if unsafe. Rates mood {{score:4/10}}, "better than yesterday." {{score:CIWA 3}}. {{vital:BP 126/80}} {{vital:HR 78}}.
No behavioral incidents, no restraint or seclusion. Took {{drug:Seroquel}} {{dose:50 mg}} at HS without issue.
Attended evening wrap-up group, participated minimally. Continue close observation per MD order.
""", summary="""
Quiet night on the psychiatric unit: one PRN {{drug:Vistaril}} for anxiety, no safety concerns, {{score:CIWA 3}}, and continued close observation.
"""),
]
