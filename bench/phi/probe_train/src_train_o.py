NOTES = [
    dict(style="idt_rounds", note="""
INTERDISCIPLINARY ROUNDS - 5 West Medicine
[[DATE:Tue 3/11/2025]]   Attending: Dr. [[NAME:Whitcombe]]
Pt: [[NAME:CHAN, SIU MING]]   MRN [[MRN:60417729]]   Rm 514B   {{age:78}}M
Present: [[NAME:Ivy Leung]] RN (charge), [[NAME:Koji Endo]] PT, [[NAME:Rachel Baker]] MSW, [[NAME:Hu Jing]] PharmD, [[NAME:Sandra Kwok]] CM

Medical: HD 4 for RLL CAP. Off O2 since this AM, {{vital:SpO2 95%}} RA. {{drug:Ceftriaxone}} day 4 -> switch to {{drug:cefpodoxime}} {{dose:200 mg}} BID to complete 5 days. {{lab:WBC 9.8}}, {{lab:Cr 1.3}} (baseline 1.1).
Nursing: [[NAME:Ivy]] reports good PO intake; one episode of nocturnal confusion, reoriented easily, {{score:CAM negative}} this AM.
PT: [[NAME:Endo]] walked him 150 ft with RW, {{score:AM-PAC 19}}. Recommends home with HHPT, no DME beyond shower chair.
Pharmacy: [[NAME:Hu]] flagged {{drug:tamsulosin}} plus orthostasis overnight; hold tonight's dose, orthostatics in AM.
SW/CM: lives with wife [[NAME:Lau Wai-ling]] in [[ADDRESS:Alhambra]]. Son [[NAME:Kevin Chan]] works days, best reached after 5 pm at [[PHONE:626-555-0183]]. [[NAME:Kwok]] to set up a Cantonese-speaking home health agency.
Barriers: none major. EDD [[DATE:3/13]].
Plan: we will re-huddle tomorrow; family meeting not needed at this time.
""", summary="""
[[NAME:Chan Siu Ming]], {{age:78}}, is improving from RLL pneumonia on room air and will switch to oral {{drug:cefpodoxime}}, with home health PT planned. [[NAME:Kwok]] will arrange a Cantonese-speaking agency and call son [[NAME:Kevin Chan]]; expected discharge [[DATE:3/13]].
"""),

    dict(style="bed_huddle", note="""
0700 BED HUDDLE - 6 EAST   [[DATE:11/04/24]]
Charge: [[NAME:sunny ho]]   House sup: [[NAME:T. Brennan]]
Census 28/30. 2 pending ED admits, 3 possible DCs.
- 601 [[NAME:WU]]: DC today, ride w daughter ~1100, {{drug:Eliquis}} teaching done
- 604 [[NAME:Oyunbileg]]: NG tube to LIWS, NPO, surgery to see, not ready
- 607 [[NAME:Yu, M]]: hold, {{lab:K 3.0}} repleting, stays on tele
- 612 [[NAME:Bishop]]: high fall risk, {{score:Morse 65}}, sitter requested
- 615 [[NAME:Tsering]]: C diff, needs private room -> swap with 618 after EVS
- 620 [[NAME:Hayashi]]: possible DC pm pending PT eval
Staffing: short 1 RN for nights. [[NAME:Grace]] picking up 1900. Float [[NAME:Ng]] to 6E until 1500.
ED admits: [[NAME:Park]] (CHF exac) to 609 once cleaned; second one TBD, bed board says tele.
Safety: no falls overnight, 1 pressure injury watch (615).
Re-huddle 1400.
""", summary="""
Morning 6 East bed huddle: [[NAME:Wu]] is discharging today, ED admit [[NAME:Park]] goes to 609, and [[NAME:Tsering]] needs a private isolation room. [[NAME:Ng]] is floated to cover the day shortage and [[NAME:Grace]] picks up nights.
"""),

    dict(style="hospitalist_signout", note="""
HOSPITALIST SIGN-OUT - Team B (day -> night)   [[DATE:Sat 2/8]]
From: [[NAME:Mei Ling Zhou]], MD (pager [[PHONE:4471]])   To: [[NAME:A. Gallagher]], MD (nocturnist, [[PHONE:4490]])

1) [[NAME:XU, HAO]] 14-2. {{age:54}}M DKA, gap closed 1600, on SQ {{drug:glargine}} {{dose:22 units}} + SSI. BG q2h overnight. If {{lab:K < 3.5}} replete per protocol. Stable.
2) [[NAME:OH, SEUNG-WOO]] 14-5. {{age:67}}M AF with RVR, rate 90s on {{drug:diltiazem}} {{dose:60 mg}} q6h. If HR >130 sustained give {{dose:10 mg}} IV once. WATCHER. Wife [[NAME:Grace]] at bedside, knows the plan.
3) [[NAME:MA, YING]] 14-9. {{age:41}}F pyelo, afebrile x24h. Nothing to do; UCx pending.
4) [[NAME:BATBAYAR, GANBOLD]] 14-11. {{age:72}}M COPD exac, {{drug:prednisone}} day 3, {{vital:SpO2 90-92%}} on 2L, goal 88-92. FULL CODE, confirmed with son [[NAME:Bat-Erdene]] today via Mongolian phone interpreter (ID [[MRN:301884]]).
5) [[NAME:HOPE, LAWRENCE]] 14-12. {{age:83}}M hip fx POD 1, {{drug:oxycodone}} prn, hold {{drug:enoxaparin}} if Hgb <7 (today {{lab:Hgb 8.1}}). We hope to get him to SNF [[DATE:Monday 2/10]].

Code status: all full code except #5 (DNR/DNI, POLST on chart).
-- [[NAME:MLZ]]
""", summary="""
Dr. [[NAME:Zhou]] signed out five patients to Dr. [[NAME:Gallagher]], with [[NAME:Oh Seung-woo]] (AF with RVR) as the watcher. [[NAME:Batbayar Ganbold]] is full code per son [[NAME:Bat-Erdene]], and [[NAME:Lawrence Hope]] may go to SNF on [[DATE:2/10]].
"""),

    dict(style="family_meeting", note="""
FAMILY MEETING NOTE - MICU
Date/time: [[DATE:April 17, 2025]], 1430-1540, MICU family room
Patient: [[NAME:Tenzin Dolma]], {{age:66}}F, hospital day 12, septic shock from cholangitis; intubated, on CRRT, {{drug:norepinephrine}} {{dose:0.12 mcg/kg/min}}.
Attendees: husband [[NAME:Karma Tsering]]; daughters [[NAME:Pema Lhamo]] and [[NAME:Yangchen]]; son-in-law [[NAME:Dawa Norbu]]; Tibetan interpreter [[NAME:Lobsang Gyaltsen]] (video, joined 1445); Dr. [[NAME:Hanamura]] (attending); [[NAME:Jae-hoon Seo]], MD (fellow); [[NAME:Nadia Price]], RN; chaplain [[NAME:Ruth Ellison]].

[[NAME:Hanamura]] reviewed the course: worsening multi-organ failure, {{score:SOFA 13}}, {{lab:lactate 5.8}} this AM despite source control by ERCP on day 2. Family asked whether Amala can hear them; sedation explained.
[[NAME:Karma]] said she told him years ago she did not want "machines for a long time." [[NAME:Pema]] asked us to wait for her brother [[NAME:Sonam]], flying in from [[ADDRESS:Dharamsala]], arriving [[DATE:4/19]].
Family requests a lama visit for prayers before any change in support; [[NAME:Ellison]] will contact the Tibetan center in [[ADDRESS:Bloomington]]. [[NAME:Price]] arranged for family to stay overnight in the unit.
Decisions: continue current support, no escalation (no added pressors, no CPR). DNR order entered with husband's agreement. Re-meet [[DATE:4/19]] once [[NAME:Sonam]] arrives.
Interpreter used for the remainder after 1445. >50% of 70 min spent counseling.
[[NAME:J. Seo]], MD, for Dr. [[NAME:Hanamura]]
""", summary="""
Family of [[NAME:Tenzin Dolma]], in septic shock with multi-organ failure, agreed with a DNR order and no escalation while current support continues until son [[NAME:Sonam]] arrives on [[DATE:4/19]]. Chaplain [[NAME:Ellison]] will arrange a lama visit.
"""),

    dict(style="care_conference", note="""
CARE PLAN CONFERENCE - QUARTERLY / Cedar Hollow Rehabilitation & Care
Resident: [[NAME:DORJ, TSETSEGMAA]]   DOB [[DATE:09/02/1944]]   Room 22-A   Medicaid ID [[MRN:TL48210K]]
Date: [[DATE:8/21/2025]]
Present: daughter [[NAME:Enkhjargal]] "[[NAME:Enkhee]]" [[NAME:Munkhbat]]; grandson [[NAME:Temuulen]] by phone ([[PHONE:(718) 555-0144]]); [[NAME:Lorraine King]], RN, MDS coordinator; [[NAME:Jody Young]], RD; [[NAME:Sunny Baek]], activities; [[NAME:Tom Case]], SW.

Nutrition: weight down 4 lb over 90 days ({{vital:wt 104 lb}}). [[NAME:Young]] suggests fortified pudding at lunch; [[NAME:Enkhee]] will bring buuz from home on weekends, which she eats well.
Cognition/mood: {{score:BIMS 9}}, stable. {{score:PHQ-9 6}}. Continues {{drug:donepezil}} {{dose:10 mg}} qHS.
Falls: none this quarter. Bed alarm continues.
Activities: [[NAME:Sunny]] reports she enjoys the music group and sunny-day walks in the courtyard.
Social: [[NAME:Case]] reviewed Medicaid redetermination due in September 2025; family to bring bank statements. In that case no lapse in coverage is expected.
Advance directives: currently full code; family considering DNR after talking with the grandmother's brother in [[ADDRESS:Ulaanbaatar]]. [[NAME:King]] gave the MOLST form.
Next conference in 90 days.
""", summary="""
Quarterly care conference for [[NAME:Dorj Tsetsegmaa]] noted a 4 lb weight loss, addressed with fortified food and home cooking brought by daughter [[NAME:Enkhjargal Munkhbat]]. Cognition is stable, Medicaid redetermination is pending with [[NAME:Case]], and the family is considering DNR.
"""),

    dict(style="idt_rounds", note="""
IDT ROUNDS - ACUTE REHAB UNIT (weekly team conference)
Disciplines: Physiatry, Rehab Nursing, PT, OT, SLP, Neuropsychology, Case Management

Bed 3 - L MCA ischemic stroke, week 2
  PT: min A transfers, ambulating 60 ft with hemi-walker and AFO. {{score:Berg 31}}.
  OT: mod A LB dressing, R hemi-neglect improving with mirror work.
  SLP: expressive aphasia; {{score:Western Aphasia Battery AQ 54}}. Diet advanced to IDDSI level 6 after repeat MBS.
  Nursing: continent of bladder since {{eponym:Foley}} removal; bowel program with {{drug:senna}} and {{drug:Dulcolax}} supp qod.
  Medical: BP goal <130/80, on {{drug:amlodipine}} {{dose:10 mg}}; {{lab:LDL 71}} on {{drug:atorvastatin}} {{dose:80 mg}}.
  Disposition: home with spouse, ELOS 10 more days; family training Thursday.
Bed 7 - incomplete T10 SCI ({{score:ASIA C}})
  PT: KAFO trials, parallel bars; OT: tub transfer bench training.
  Nursing: intermittent cath q6h, volumes <400 mL. Skin intact, {{score:Braden 17}}.
  Neuropsych: adjustment disorder; coping improving. Will follow weekly.
  Disposition: team recommends SAR extension; CM to submit peer-to-peer if denied.
No barriers to goals identified for the remaining beds this week.
""", summary="""
Weekly acute rehab team conference reviewed a stroke patient with aphasia and right neglect heading home in about 10 days, and a patient with incomplete T10 spinal cord injury for whom an extended stay will be requested. No identifying information appears.
"""),

    dict(style="family_meeting", note="""
Family meeting - 7 North Oncology   [[DATE:2025-01-22]]
Pt: [[NAME:Kim Young-ja]], {{age:81}}F, metastatic pancreatic adenocarcinoma, progressive on second-line {{drug:gemcitabine}}/{{drug:nab-paclitaxel}}.
Present: son [[NAME:Park Jun-ho]] ("[[NAME:Will]]"), daughter [[NAME:Grace Park]], granddaughter [[NAME:Joy]] (by FaceTime from [[ADDRESS:Seoul]]), Korean interpreter Ms. [[NAME:Ryu]], Dr. [[NAME:Castellanos]] (oncology), [[NAME:Megan Whitlock]], NP (palliative), [[NAME:Han Soo-bin]], RN.

Before meeting, [[NAME:Will]] asked that the word "cancer" not be used with his mother; the family has managed information this way since diagnosis. Team will respect this for now and will revisit if she asks directly.
[[NAME:Castellanos]] explained scans show new liver lesions and ascites; further chemo unlikely to help, {{score:ECOG 3}}.
[[NAME:Grace]] asked about hospice at home in [[ADDRESS:Fort Lee]]; she lives two blocks away and can stay nights. [[NAME:Joy]] said her grandmother still finds joy in Sunday church and wants to go home before Lunar New Year.
[[NAME:Whitlock]] reviewed symptom plan: {{drug:hydromorphone}} {{dose:2 mg}} PO q4h prn, {{drug:ondansetron}}; paracentesis as needed.
Outcome: DNR/DNI, home hospice referral placed; target DC [[DATE:1/24]]. [[NAME:Han]] to teach [[NAME:Grace]] medication administration.
""", summary="""
Family of [[NAME:Kim Young-ja]], who has progressive metastatic pancreatic cancer, chose DNR/DNI and home hospice in [[ADDRESS:Fort Lee]] with target discharge [[DATE:1/24]]. At son [[NAME:Will]]'s request the diagnosis is not named to the patient, and [[NAME:Han]] will teach daughter [[NAME:Grace]] the medications.
"""),

    dict(style="bed_huddle", note="""
micu huddle [[DATE:12/30]] 1900
rn: [[NAME:autumn liu]] (charge), [[NAME:ko]], [[NAME:jess h]], [[NAME:mari]], float [[NAME:bo]]
rt: [[NAME:kenji]]
1 - [[NAME:tanaka]] levo down to {{dose:4 mcg/min}}, ?stepdown am
2 - [[NAME:hsu]] vent, {{score:RASS -2}}, SBT in am per dr [[NAME:yamada]]
3 - open -> ED holding [[NAME:lim]], UGIB, 2u PRBC given in ED, {{lab:hgb 6.8}}, GI aware
4 - [[NAME:lai]] DKA on insulin gtt, BMP q2, {{lab:AG 18}}
5 - [[NAME:nyima]] comfort care, family at bs, chaplain aware, visiting open
assignments: [[NAME:bo]] 3+4, [[NAME:ko]] 1+2, [[NAME:mari]] 5 + resource, [[NAME:autumn]] charge no pts
rt [[NAME:kenji]] covering micu + sicu tonight
no restraints. 2 lines > 7 days (bed 2 CVC, bed 4 art) - will review on am rounds
""", summary="""
Evening MICU huddle led by charge nurse [[NAME:Autumn Liu]]: bed 3 will take [[NAME:Lim]] from the ED with an upper GI bleed, [[NAME:Nyima]] is on comfort care, and [[NAME:Tanaka]] may move to stepdown. Assignments were split among [[NAME:Bo]], [[NAME:Ko]] and [[NAME:Mari]].
"""),

    dict(style="hospitalist_signout", note="""
=== NIGHT -> DAY HANDOFF / HOSPITALIST SERVICE 3 / [[DATE:06JUN2025]] ===
Nocturnist: [[NAME:Ryan O'Keefe]], DO    Receiving: [[NAME:Fujii Haruka]], MD

[[NAME:LEUNG, PO YEE K]]   MRN [[MRN:7720-4418]]   8-14
  Overnight: none. {{lab:Na 129}} -> {{lab:Na 131}} on fluid restriction. Repeat BMP 1400.
[[NAME:SATO, HIROSHI]]   MRN [[MRN:7719-0032]]   8-16
  Overnight: pulled PIV at 0240, delirious; {{drug:quetiapine}} {{dose:12.5 mg}} x1 with effect. Daughter [[NAME:Emi]] asks for call before 0900: [[PHONE:650-555-0127]].
[[NAME:TSAI, MEI-LING]]   MRN [[MRN:7721-5563]]   8-20
  Overnight: RRT 0210 for {{vital:BP 78/40}}; {{dose:1 L}} LR with response to {{vital:MAP 68}}. {{lab:lactate 2.4}}. BCx x2 sent, started {{drug:pip-tazo}}. Did not need ICU. Please reassess at 0800.
[[NAME:JOY, ALBERT T]]   MRN [[MRN:7718-9901]]   8-22
  Overnight: none. Awaiting SNF bed at Maple Terrace, auth approved.
[[NAME:KWAN, BENNY]]   MRN [[MRN:7722-0475]]   8-23
  Overnight: CP at 0400, ECG unchanged, {{lab:hs-trop 9}} -> {{lab:hs-trop 10}}. Likely MSK. Home if walking ok.

Questions -> [[NAME:rokeefe]] on Secure Chat until 0800.
""", summary="""
Dr. [[NAME:O'Keefe]] handed five patients to Dr. [[NAME:Fujii]]; [[NAME:Tsai Mei-ling]] had a rapid response for hypotension and started {{drug:pip-tazo}}, and [[NAME:Sato Hiroshi]] had overnight delirium. [[NAME:Benny Kwan]]'s chest pain workup was negative.
"""),

    dict(style="care_conference", note="""
Interdisciplinary Care Conference - Memory Care, Willow Crest Assisted Living
Resident: [[NAME:Watanabe Fumiko]], age [[AGE:94]]   DOB [[DATE:May 3, 1931]]
Conference date: [[DATE:10/15/2025]]
Attending in person: niece [[NAME:Keiko Ueno]], [[NAME:Ueno]]'s husband [[NAME:Doug]], unit nurse [[NAME:April Morales]], LPN, wellness director [[NAME:Faith Okamoto]], RN.
By phone: nephew [[NAME:Ota Shinji]] in [[ADDRESS:Osaka]] ([[PHONE:+81 6 6555 0192]] was given but the call was placed by [[NAME:Keiko]] from her cell).

Update: {{score:MMSE 11/30}}, down from 14 in April. Needs cueing for all ADLs, now 1-person assist with transfers. Two unwitnessed falls, no injury; hip protectors ordered.
Appetite fair; prefers rice porridge, [[NAME:Keiko]] brings umeboshi. Weight stable.
Meds reviewed with pharmacist: stopping {{drug:memantine}} per family request after discussion of limited benefit. Continue {{drug:sertraline}} {{dose:25 mg}}.
Hospice: [[NAME:Okamoto]] discussed eligibility; family would like an informational visit.
Faith/culture: resident is Buddhist, would like incense on O-bon; staff will use an LED candle per fire code.
Next review in 30 days or sooner with change.
""", summary="""
Memory-care conference for [[NAME:Watanabe Fumiko]], [[AGE:94]], documented cognitive decline ({{score:MMSE 11/30}}) and two falls without injury; {{drug:memantine}} is stopped at family request. Niece [[NAME:Keiko Ueno]] asked for an informational hospice visit.
"""),

    dict(style="family_meeting", note="""
Family Meeting - 4 South Step-down   [[DATE:9/3/2025]]
Pt: [[NAME:Huang Chun-hsiung]] (goes by "[[NAME:A-Hsiung]]" at home), {{age:87}}M, acute on chronic systolic HF, {{vital:EF 15%}}, now on {{drug:milrinone}} {{dose:0.25 mcg/kg/min}}, dependent.
Family present: wife [[NAME:Lin Hsiu-chin]] (called [[NAME:A-ma]] by the grandchildren, who called her that during the meeting too); son [[NAME:Huang Wei-ting]] ([[NAME:David]]); daughter-in-law [[NAME:Chiang Ya-wen]]; grandson [[NAME:Lucky Huang]].
Team: Dr. [[NAME:Sorensen]] (cardiology), [[NAME:Kuo Pei-shan]], MD (hospitalist), [[NAME:Jennifer Lai]], SW; Taiwanese (Hokkien) interpreter [[NAME:Tân Bí-lêng]] in person.

Summary given: not a candidate for LVAD or transplant; inotrope-dependent. Options: home milrinone with hospice vs. continued inpatient care.
[[NAME:David]] translated some of his father's wishes himself before the interpreter redirected; father said he wants to die at home in [[ADDRESS:Sugar Land]], "not in a machine room."
[[NAME:A-ma]] worried about who will help at night. [[NAME:Lucky]] (nursing student) offered to stay; he said the family felt lucky to have this time.
[[NAME:Lai]] to coordinate hospice that allows inotropes; ICD deactivation consented, EP to see tomorrow.
Code status changed to DNR/DNI.
""", summary="""
[[NAME:Huang Chun-hsiung]], inotrope-dependent with end-stage heart failure, chose to go home with hospice on {{drug:milrinone}}, with DNR/DNI and ICD deactivation. Wife [[NAME:Lin Hsiu-chin]] and grandson [[NAME:Lucky Huang]] will help at night, and [[NAME:Lai]] is finding a hospice.
"""),

    dict(style="bed_huddle", note="""
SAFETY HUDDLE - Women & Infants, 0715
Units reporting: L&D, Postpartum, NICU, Antepartum
L&D: 6 laboring, 1 IOL on {{drug:Pitocin}} {{dose:8 milliunits/min}}, {{score:Bishop 5}} at last check. 1 scheduled C/S at 1000. OR 2 down for scope repair until noon.
Postpartum: 22/24. One PPH overnight ({{lab:QBL 1,200 mL}}), {{drug:methergine}} x2, stable. One mag sulfate for severe pre-eclampsia, {{lab:Mg 5.6}} at 0600.
NICU: 31/34. 2 on bubble CPAP, no new admits overnight. Isolette shortage - biomed bringing 2 from storage.
Antepartum: 4. PPROM at 31 wks on latency antibiotics; {{drug:betamethasone}} course complete.
Staffing: NICU short 1 RN days; will pull from float pool. Lactation coverage only until 1500.
Equipment: Panda warmer in LDR 7 failed self-test - tagged out.
Good catch: pharmacist caught {{drug:oxytocin}} bag labeled with wrong concentration before hanging.
No falls, no wrong-patient events. Next huddle 1515.
""", summary="""
Morning Women and Infants safety huddle: one postpartum hemorrhage and one magnesium infusion overnight, NICU short one nurse, and a pharmacist caught a mislabeled {{drug:oxytocin}} bag. No identifying information appears.
"""),

    dict(style="idt_rounds", note="""
INPATIENT REHAB TEAM CONFERENCE
Pt: [[NAME:Gombo, Altangerel]]   FIN [[MRN:2250310887]]   Adm [[DATE:7/28/25]]   Dx: R TKA revision, deconditioning
Team present: MD (physiatry) [[NAME:Seong]]; RN [[NAME:RW]]; PT [[NAME:KW]]; OT [[NAME:Hui Min Tan]]; CM [[NAME:Rose Kerrigan]]

PT ([[NAME:KW]]): 250 ft with RW, SBA; stairs 4 steps with rail, CGA. Knee flexion 95, ext -5. Goal 12 steps (son's house in [[ADDRESS:Edison]] has 12 to bedroom).
OT ([[NAME:Tan]]): LB dressing with reacher/sock aid, mod I. Tub transfer SBA.
Nursing ([[NAME:RW]]): pain 3-4/10 on {{drug:oxycodone}} {{dose:5 mg}} q6 prn + {{drug:acetaminophen}} {{dose:1 g}} q8. Incision CDI. BP rose to {{vital:BP 158/92}} yesterday, MD aware.
MD ([[NAME:Seong]]): add {{drug:amlodipine}} {{dose:5 mg}}. DVT ppx {{drug:aspirin}} {{dose:81 mg}} BID x 4 wks total.
CM ([[NAME:Kerrigan]]): son [[NAME:Batzorig]] and his wife [[NAME:Oyunaa]] confirmed he'll stay with them; HH PT ordered; RW and shower chair delivered [[DATE:8/6]].
Target DC [[DATE:Fri 8/8]]. Family training [[DATE:8/7]] with [[NAME:KW]] at 1300.
""", summary="""
Rehab conference for [[NAME:Gombo Altangerel]] after knee revision: walking 250 ft with a walker and working toward 12 stairs for his son's home in [[ADDRESS:Edison]]. {{drug:Amlodipine}} was added for BP, and discharge is planned for [[DATE:8/8]] to son [[NAME:Batzorig]]'s house.
"""),

    dict(style="hospitalist_signout", note="""
Secure Chat - Hospitalist cross-cover thread (exported to chart)
[[DATE:3/2/25]]
[2317] [[NAME:jzhang3]]: hey covering for [[NAME:pk]] tonight. 822 mr [[NAME:hu]] - family asking about discharge tmrw?
[2319] [[NAME:pkiyota]]: yes if Cr ok. he's {{lab:Cr 1.6}} today from 2.3. son [[NAME:lucky]] is the contact, he'll call
[2320] [[NAME:jzhang3]]: [[NAME:lucky]] as in the name or lucky me lol
[2320] [[NAME:pkiyota]]: the name. [[NAME:Lucky Hu]]. [[PHONE:917-555-0162]]
[2341] [[NAME:ivy.tse]] (RN 8W): 826 [[NAME:Jang]] BP {{vital:BP 182/96}}, no HA, prn {{drug:hydralazine}} due at 0000?
[2342] [[NAME:jzhang3]]: give the {{dose:10 mg}} IV now, recheck 30 min
[0015] [[NAME:ivy.tse]]: rechecked {{vital:BP 156/84}}
[0102] [[NAME:ivy.tse]]: 830 Ms. [[NAME:Seo]]??
[0103] [[NAME:ivy.tse]]: sorry - Ms. [[NAME:Suh]], room 830. c/o insomnia, ok for {{drug:melatonin}}?
[0104] [[NAME:jzhang3]]: {{dose:3 mg}} ok. no benzos ({{age:86}})
[0430] [[NAME:jzhang3]]: signing back to [[NAME:pkiyota]] at 0700. nothing else major.
""", summary="""
Overnight secure chat between Dr. [[NAME:Zhang]] (cross-cover) and nurse [[NAME:Ivy Tse]]: [[NAME:Jang]] got IV {{drug:hydralazine}} for BP 182/96, Ms. [[NAME:Suh]] got {{drug:melatonin}}, and [[NAME:Hu]]'s son [[NAME:Lucky Hu]] is the discharge contact.
"""),

    dict(style="family_meeting", note="""
FAMILY CONFERENCE - Neuro ICU   [[DATE:Thursday, 14 August 2025]]
Patient [[NAME:CHEUNG KAM-WING]] ({{age:74}}), L basal ganglia ICH 38 mL with IVH, {{score:GCS 6}} (E1VTM4), EVD in place, {{score:ICH score 4}}.
Family: wife [[NAME:Yip Lai-fong]]; sons [[NAME:Cheung Chi-keung]] ("[[NAME:Ah Keung]]") and [[NAME:Cheung Chi-wai]] ([[NAME:Raymond]]); daughter [[NAME:Winnie Cheung-Lam]]; family friend [[NAME:Poon Tak-fat]].
Interpreter: Cantonese, [[NAME:Mak Ka-yan]] (badge [[MRN:IP-4471]]).
Team: Dr. [[NAME:Rosenthal]] (neurocritical care), [[NAME:Ng Wing-sze]], NP, [[NAME:Cassidy Moore]], RN, social work [[NAME:Angela Fong]].

[[NAME:Rosenthal]] reviewed CT: no improvement; brainstem compression. Likely outcome if he survives: bedbound, trach/PEG.
[[NAME:Ah Keung]] asked whether Chinese medicine could help; [[NAME:Ng]] explained gently in Cantonese after the interpreter. [[NAME:Raymond]] asked the team to not tell his mother the full prognosis; team declined to withhold but agreed to let [[NAME:Winnie]] be present when the interpreter speaks with her.
Mrs. [[NAME:Yip]] said he would not accept being "half alive."
Plan: DNR; no trach/PEG; transition to comfort measures after eldest grandson arrives from [[ADDRESS:Hong Kong]] (ETA [[DATE:8/16]]). [[NAME:Fong]] to assist with the emergency travel letter.
""", summary="""
Family of [[NAME:Cheung Kam-wing]], with a large intracerebral hemorrhage ({{score:ICH score 4}}), chose DNR and comfort measures once a grandson arrives from [[ADDRESS:Hong Kong]] on [[DATE:8/16]]. Wife [[NAME:Yip Lai-fong]] said he would not want to live "half alive."
"""),

    dict(style="care_conference", note="""
Complex Care Conference - Pediatrics (medically complex child)
[[DATE:2025-05-09]]   Location: Peds conf room B + Teams
Child: [[NAME:Xie Mingyu]] ([[NAME:Max]]), {{age:4}} yo, SMA type 1 s/p {{drug:Zolgensma}}, trach/vent at night, G-tube.
Parents: [[NAME:Joy Xie]] and [[NAME:Sunny Rhee]] (father). Grandmother [[NAME:Rhee Ok-soon]] in person.
Team: pulm Dr. [[NAME:Abernathy]]; complex care NP [[NAME:Yuki Harada]]; RT [[NAME:Dallas Greer]]; home nursing agency liaison [[NAME:Brianna Cho]]; school nurse by phone, Ms. [[NAME:Poole]].

Respiratory: 2 admissions since January for RSV and rhino. Daytime off vent, {{vital:SpO2 96%}} RA. [[NAME:Greer]] recommends cough assist BID even when well.
Nutrition: weight 10th %ile; formula increased by 60 mL/day.
Home nursing: only 40 of 84 approved hours staffed. [[NAME:Cho]] says agency is recruiting; [[NAME:Sunny]] is doing most night shifts and is exhausted.
School: preschool in [[ADDRESS:Daly City]] starting in the fall; nurse needs trach training - [[NAME:Harada]] will do in-service.
Parent goals: [[NAME:Joy]] hopes he can attend school 3 mornings/week. We will support that.
Follow-up: pulm clinic in 6 wks; next conference in 3 months.
""", summary="""
Complex care conference for {{age:4}}-year-old [[NAME:Xie Mingyu]] with SMA type 1 addressed understaffed home nursing, with father [[NAME:Sunny Rhee]] covering most nights, and preschool entry in [[ADDRESS:Daly City]]. NP [[NAME:Harada]] will train the school nurse.
"""),

    dict(style="family_meeting", note="""
Palliative care family meeting note
[[DATE:Jan 5 2025]], 1600. Oncology unit family room.
Patient: [[NAME:Lobsang Tashi]], {{age:58}}M, Tibetan Buddhist monk, metastatic HCC (HBV), {{score:Child-Pugh C}}, {{lab:bili 9.2}}, new encephalopathy.
Present: his brother [[NAME:Tashi Phuntsok]]; nephew [[NAME:Tenzin Choephel]]; monastic sangha represented by Geshe [[NAME:Ngawang Dakpa]] and the monk [[NAME:Jampa]]; hospitalist [[NAME:Daisy Ng]]; palliative MD [[NAME:Oriol Ferrer]]; RN [[NAME:Hope Takahashi]].
Clarified: [[NAME:Tashi]] has no legal spouse/children; brother is next of kin and HCP per form signed [[DATE:12/20/2024]].
Geshe-la explained that at the time of death the body should not be moved or touched for some hours if possible, for thukdam. [[NAME:Ferrer]] and [[NAME:Takahashi]] reviewed what can be accommodated on the unit.
Symptoms: agitation controlled with {{drug:haloperidol}} {{dose:0.5 mg}} q6h prn; {{drug:lactulose}} titrated to 3 BMs.
Decision: comfort care. DNR/DNI. Transfer to inpatient hospice declined; family prefers to stay here where the sangha can chant. Chaplaincy aware.
We hope to honor these wishes; nursing leadership [[NAME:Ng]] will write a care plan for post-mortem care with a 3-hour no-touch period.
""", summary="""
[[NAME:Lobsang Tashi]], a monk with end-stage liver cancer, was moved to comfort care with DNR/DNI after a meeting with his brother [[NAME:Tashi Phuntsok]] and monks from his monastery. The team will let the body rest untouched for 3 hours after death, as the monks asked.
"""),

    dict(style="care_conference", note="""
INTERDISCIPLINARY CARE CONFERENCE - Long-Term Acute Care (template)
Reason: Day 30 review of vent weaning progress.
Respiratory: Trach collar trials, 18 h/day on {{vital:FiO2 35%}}; {{score:RSBI 62}}. Passy-Muir valve tolerated 2 h.
Medical: Hx ARDS after influenza A; now {{lab:WBC 8.2}}, {{lab:albumin 2.6}}. {{drug:Vancomycin}} completed for MRSA VAP.
Wound: sacral stage 3, {{score:PUSH 9}}, improving with NPWT (Wound VAC).
Nutrition: TF {{drug:Jevity 1.5}} at 55 mL/h; prealbumin trending up.
PT/OT: sitting EOB 20 min with min A, tilt table to 60 degrees. {{score:MRC sum 38}}.
SLP: FEES next week to evaluate for PO trials.
Psych: Hospital Anxiety and Depression Scale reviewed; started {{drug:mirtazapine}} {{dose:7.5 mg}} qHS.
Family: engaged; updates by phone weekly.
Goals: decannulation within 3-4 weeks; then transfer to acute rehab vs. SNF.
""", summary="""
Day-30 LTAC conference for a patient weaning from the ventilator after ARDS: trach collar 18 hours a day, healing sacral wound, decannulation hoped for in 3 to 4 weeks. No identifying information is included.
"""),

    dict(style="hospitalist_signout", note="""
dictated sign-out hospitalist team four for night coverage [[DATE:november second twenty twenty five]] this is doctor [[NAME:ho]] first patient mrs [[NAME:eng]] correction mrs [[NAME:ng]] [[NAME:ng lai kuen]] room four twelve {{age:seventy nine}} year old with c diff on {{drug:vancomycin}} {{dose:one twenty five}} p o q i d she is stable nothing to do overnight second patient mister [[NAME:woo]] that is [[NAME:w o o]] first name [[NAME:sung min]] room four fifteen admitted for cellulitis left leg on {{drug:cefazolin}} if fever above {{vital:one oh two}} please get blood cultures third patient [[NAME:autumn king]] room four nineteen {{age:thirty two}} year old post partum cardiomyopathy on {{drug:furosemide}} {{dose:forty}} i v b i d strict i and o she may need more diuresis if she desats the husband [[NAME:jordan]] is at bedside and very involved fourth patient [[NAME:baatar]] room four twenty two copd exacerbation on {{drug:prednisone}} forty he does not want bipap if he gets worse he will accept high flow only please confirm with his daughter [[NAME:saraa]] end of sign out pager [[PHONE:four three seven two]] thanks
""", summary="""
Dictated night sign-out by Dr. [[NAME:Ho]] for four patients: [[NAME:Ng Lai Kuen]] with C diff, [[NAME:Woo Sung Min]] with cellulitis, [[NAME:Autumn King]] with postpartum cardiomyopathy, and [[NAME:Baatar]] with a COPD flare who declines BiPAP. Husband [[NAME:Jordan]] and daughter [[NAME:Saraa]] are the family contacts.
"""),

    dict(style="idt_rounds", note="""
Behavioral Health IDT Rounds - Adult Inpatient Psych Unit 3B
[[DATE:Wed 10/22/2025]]
Present: Dr. [[NAME:Nakamura]] (attending), [[NAME:Soojin Baek]], PMHNP, [[NAME:Marcus White]], RN, [[NAME:Chloe Ma]], LCSW, [[NAME:Ty Brown]], MHT, OT [[NAME:Li Na]]

Rm 302 [[NAME:Takeda, Kaito]] - schizophrenia, on {{drug:Invega Sustenna}}, 2nd loading dose given; less guarded, attending groups. Mother [[NAME:Takeda Naomi]] visiting daily. Plan DC next week to mother's home in [[ADDRESS:Torrance]].
Rm 304 [[NAME:Gao Yue]] - MDD with SI, on {{drug:sertraline}} {{dose:100 mg}}; {{score:PHQ-9 19}} -> {{score:PHQ-9 14}}; denies SI today. [[NAME:Ma]] to call partner [[NAME:Hannah]] re safety plan & gun lock.
Rm 307 [[NAME:Enkhbold, T.]] - bipolar I, manic; {{lab:Li 0.9}} on {{drug:lithium}} {{dose:900 mg}}; still sleeping 3-4 h. [[NAME:White]] notes intrusive on milieu; [[NAME:Brown]] reports no PRNs needed last night.
Rm 309 [[NAME:Pak, Hyun]] - alcohol w/d, {{score:CIWA 4}}, off {{drug:lorazepam}} taper; court hold hearing [[DATE:10/24]].
Groups: [[NAME:Li]] running leisure skills; low attendance on 3B this week, will move group to after lunch.
Safety: no seclusion/restraint in 72 h.
""", summary="""
Psych unit rounds on four patients: [[NAME:Takeda Kaito]] is improving on a long-acting injectable and may go home to [[ADDRESS:Torrance]] next week, and [[NAME:Enkhbold]] remains manic with a lithium level of 0.9. [[NAME:Ma]] will call [[NAME:Gao Yue]]'s partner about a safety plan.
"""),

    dict(style="bed_huddle", note="""
ONC 9W - MIDSHIFT HUDDLE 1500   [[DATE:7/15]]
charge [[NAME:Hope Nakagawa]]; RNs [[NAME:Ivy]], [[NAME:Rose]], [[NAME:Dev]], [[NAME:Mason]]; CNA [[NAME:Kwame]]

Rms:
901 [[NAME:Liang]] neutropenic fever, {{lab:ANC 200}}, {{drug:cefepime}}; cx neg so far
903 [[NAME:Seo Ji-yeon]] D+7 auto SCT; mucositis gr 3 on PCA {{drug:hydromorphone}}
905 [[NAME:Grace Wong]] - admit from clinic, hypercalcemia {{lab:Ca 13.4}}, {{drug:zoledronic acid}} given
907 [[NAME:Rose]]'s pt [[NAME:Batkhuyag]] - platelets {{lab:plt 8}}, 1 unit apheresis ordered, BP rose with transfusion last time so premed
910 [[NAME:Yu Wen]] - family meeting tmrw 1100 re hospice, SW [[NAME:Pettigrew]] booked room
Issues: one chemo verification delayed 2 h - pharmacy short. [[NAME:Ivy]] caught wrong patient label on a blood bag (901 vs 910), returned to blood bank, safety report filed.
We hope to get 903 a bed on the BMT unit once one opens. 
""", summary="""
Oncology midshift huddle: [[NAME:Batkhuyag]] needs platelets, [[NAME:Grace Wong]] was admitted with hypercalcemia, and [[NAME:Yu Wen]] has a hospice family meeting tomorrow. Nurse [[NAME:Ivy]] caught a wrong-patient label on a blood bag.
"""),

    dict(style="family_meeting", note="""
Family meeting - Medicine, goals of care
[[DATE:2/27/2025]] 1300, 10 West conference room
Patient: [[NAME:B. Oyunchimeg]], {{age:69}}F, metastatic gastric adenocarcinoma with malignant bowel obstruction; venting G-tube placed [[DATE:2/24]].
Family: husband [[NAME:D. Batbayar]]; daughters [[NAME:Nomin]] and [[NAME:Anujin]] ([[NAME:Anu]] lives in [[ADDRESS:Arlington]]); son [[NAME:Erdenebat]] by phone from [[ADDRESS:Darkhan]].
Interpreter: Mongolian, phone line, [[NAME:Solongo]] (ID [[MRN:88213]]).
Team: Dr. [[NAME:Kessler]] (hospitalist); Dr. [[NAME:Iwasaki]] (GI fellow); [[NAME:Sarnai Gantulga]], RN (Mongolian-speaking staff nurse, present for support, did not interpret); [[NAME:Beth Crane]], SW.

- [[NAME:Kessler]] reviewed that the obstruction is not surgically correctable; oncology (Dr. [[NAME:Yoon]], by phone this AM) does not recommend TPN or further chemo.
- [[NAME:Nomin]] asked about TPN "to give her strength." Burdens (line infection, fluid overload) discussed; she accepted this after her mother spoke.
- [[NAME:Oyunchimeg]], through the interpreter: wants to go home and "see the spring." She will make her own decisions and asked that her husband be told everything.
- [[NAME:Batbayar]] agreed; the children will take turns staying at the house.
Plan: home hospice; venting G-tube to gravity; {{drug:octreotide}} {{dose:100 mcg}} SQ TID; {{drug:ondansetron}} ODT prn. Hospice intake [[DATE:2/28]], DC [[DATE:3/1]]. DNR/DNI, POLST completed.
[[NAME:Crane]] gave [[NAME:Erdenebat]] a letter for his employer.
""", summary="""
[[NAME:B. Oyunchimeg]], with inoperable malignant bowel obstruction, chose home hospice with a venting G-tube and {{drug:octreotide}}, declining TPN, with DNR/DNI. Husband [[NAME:D. Batbayar]] and their children will share care; discharge is planned for [[DATE:3/1]].
"""),

    dict(style="hospitalist_signout", note="""
WEEKEND COVERAGE HANDOFF - Hospitalist Group (Fri PM -> Sat/Sun)
Outgoing: [[NAME:Kevin Zhang]], MD     Incoming: [[NAME:Brooke Madison]], MD     [[DATE:Fri 4/11/25]]

NEW TODAY (H&Ps done):
* [[NAME:Wang, Gloria]] 5-03, {{age:71}}F syncope, tele neg x18h, echo pending. If echo ok and orthostatics neg -> home Sat. Daughter [[NAME:Peggy]] drives.
* [[NAME:Lim, Henry]] 5-07, {{age:63}}M melena, {{lab:Hgb 7.4}} after 1u. EGD Sat AM (Dr. [[NAME:Pruitt]] on call). {{drug:Pantoprazole}} {{dose:40 mg}} IV BID.
* [[NAME:Oh, Madison]] 5-10, {{age:29}}F DKA, off drip at 1500. Endo to see. She will need insulin teaching; her grace period on the pump supplies ends Monday so CM should call the supplier.
* [[NAME:Young, Dennis]] 5-12, {{age:60}}M ETOH w/d, {{score:CIWA 12}}, on phenobarb protocol. Young-appearing, but cirrhotic. Watch.

CARRYOVER:
* [[NAME:Tse, Rosalind]] 5-14 - CHF, diuresing, {{lab:Cr 1.9}}. Hold {{drug:Lasix}} if Cr >2.2.
* [[NAME:Gyatso, Sonam]] 5-16 - awaiting placement; nephew [[NAME:Kunga]] is decision-maker (call [[PHONE:206-555-0170]]).

Contingency: I'm off but reachable for [[NAME:Lim]] questions until 2100 - [[NAME:kzhang]] on TigerConnect.
""", summary="""
Dr. [[NAME:Kevin Zhang]] handed the weekend service to Dr. [[NAME:Madison]], including new admits [[NAME:Henry Lim]] (melena, EGD Saturday) and [[NAME:Dennis Young]] (alcohol withdrawal on phenobarbital). [[NAME:Sonam Gyatso]] is awaiting placement, with nephew [[NAME:Kunga]] as decision-maker.
"""),

    dict(style="hospitalist_signout", note="""
I-PASS SIGN-OUT - General Medicine Team 2, Bed 31
Illness severity: WATCHER
Patient summary: Elderly woman with HFpEF, CKD 3b, and AF on {{drug:apixaban}} admitted with volume overload. Net -3.1 L since admission. {{lab:Cr 1.8}} (baseline 1.5), {{lab:K 5.3}} this afternoon.
Action list:
  - Repeat BMP at 2200; if {{lab:K > 5.5}}, give {{drug:Lokelma}} {{dose:10 g}} and hold {{drug:spironolactone}}.
  - Strict I/O; daily standing weight.
  - Hold {{drug:furosemide}} evening dose if SBP <100.
Situational awareness / contingency:
  - If new O2 need >4 L NC, get CXR and BNP, consider BiPAP; low threshold for step-down.
  - DNR/DNI confirmed with HCP; OK for BiPAP and pressors.
  - Delirium precautions; {{score:CAM-ICU negative}} today.
Synthesis by receiver: Receiver repeated back K threshold and diuretic hold parameters.
""", summary="""
I-PASS handoff for a heart failure patient with CKD on diuresis flagged as a watcher, with potassium and blood pressure thresholds for overnight action. No identifying information is present.
"""),

    dict(style="care_conference", note="""
LTACH CARE CONFERENCE
Patient: [[NAME:ZHANG GUOQIANG]] (insurance card reads [[NAME:CHANG KUO-CHIANG]]; registration to merge)   Acct [[MRN:A00918273]]
Admit to LTACH [[DATE:5 Nov 2024]]. Conference [[DATE:12/03/2024]].
Present: wife [[NAME:Lü Xiuying]]; son [[NAME:Zhang Hao]] ([[NAME:Howard]]); Dr. [[NAME:Barrett]]; RT [[NAME:Cai Jun]]; wound RN [[NAME:Pearl Yuen]]; CM [[NAME:Danielle Price]].

RT: vent weaning stalled on PS 10/5, {{vital:FiO2 40%}}; failed 2 SBTs this week ({{score:RSBI 118}}).
Wound: sacral stage 4, osteo on MRI; ID recommends 6 wks {{drug:daptomycin}}.
Medical ([[NAME:Barrett]]): {{lab:albumin 2.1}}; hx CVA with L hemiparesis; {{score:mRS 5}} pre-admission per family.
Family: [[NAME:Howard]] asked whether his father can be weaned "if we give it more time"; Mrs. [[NAME:Lü]] said Mr. [[NAME:Zhang]] told her after his stroke he never wanted to be "kept on tubes." Son and mother disagree. Mandarin interpreter in person ([[NAME:Xiao Yun]]).
[[NAME:Price]]: Medicare LTACH days being reviewed; commercial secondary under the name spelled [[NAME:Chang Kuochiang]], claim [[MRN:CLM-77310654]].
Plan: time-limited trial, 2 more weeks of weaning; reconvene [[DATE:12/17]]. Ethics consult offered, family declined for now. Note: chart previously misspelled the patient as "[[NAME:Zhang Guoqaing]]" - corrected.
""", summary="""
LTACH conference for [[NAME:Zhang Guoqiang]] (also registered as [[NAME:Chang Kuo-chiang]]), whose ventilator weaning has stalled and who has sacral osteomyelitis; wife [[NAME:Lü Xiuying]] and son [[NAME:Howard]] disagree on goals. A 2-week time-limited trial was agreed, with a meeting on [[DATE:12/17]].
"""),

    dict(style="family_meeting", note="""
NICU FAMILY MEETING
[[DATE:6/19/2025]]   Pod C, family consult room
Infant: Baby Girl [[NAME:Xu]] (parents call her "[[NAME:Mei Mei]]"), DOL 21, born at 26+3 wks, BW 780 g, {{score:Apgars 3/7}}.
Parents: mother [[NAME:Xu Jiayi]], father [[NAME:Henry Shum]]. Maternal grandmother [[NAME:Lü Guifang]] attended; Mandarin interpreter [[NAME:Zhou Lin]] for her.
Team: Dr. [[NAME:Ferreira]] (neonatology), [[NAME:Summer Oh]], NNP, [[NAME:Jo Kang]], RN (primary), [[NAME:Paige Hollis]], SW, [[NAME:May Chow]], IBCLC.

Update ([[NAME:Ferreira]]): Grade III IVH on L with progressive ventricular dilation; neurosurgery may place a reservoir next week. PDA closed after {{drug:acetaminophen}} course. On NIPPV, {{vital:FiO2 30%}}. Feeds at 140 mL/kg/day of fortified MBM.
[[NAME:Henry]] asked what the bleed means for her future - discussed range of outcomes, early intervention.
[[NAME:Chow]]: [[NAME:Jiayi]] pumping 450 mL/day, goal met. [[NAME:Kang]] will teach kangaroo care scheduling.
[[NAME:Hollis]]: parents commuting from [[ADDRESS:Cupertino]]; Ronald McDonald House application submitted.
We may be looking at discharge around the due date, likely late summer. Next meeting in 2 weeks or sooner if surgery planned.
""", summary="""
NICU meeting with parents [[NAME:Xu Jiayi]] and [[NAME:Henry Shum]] about their 26-week daughter, Baby Girl [[NAME:Xu]], who has a progressing grade III IVH that may need a neurosurgical reservoir. Feeding and pumping are on target and housing help has been requested.
"""),

    dict(style="idt_rounds", note="""
DISCHARGE PLANNING ROUNDS - 3 North   [[DATE:Mon 9/15/25]]
Facilitator: [[NAME:Nora Quigley]], RN CM.  Attendees: [[NAME:Bishop]] (PT), [[NAME:Yeung]] (pharm), Dr. [[NAME:Akiyama]]

1. [[NAME:Fong, Wai Man]] - DC today home to [[ADDRESS:2217 Waverly Pl, Monterey Park, CA 91754]]. Daughter [[NAME:Cindy]] picking up at 1400, [[PHONE:(323) 555-0198]]. Rx to Walgreens on [[ADDRESS:Atlantic Blvd]]; [[NAME:Yeung]] did teach-back on {{drug:warfarin}}, {{lab:INR 2.4}}.
2. [[NAME:Ko Min-seo]] - Golden Pines SNF accepted, bed [[DATE:9/16]]. POA son [[NAME:Ko Dong-hyun]] signing today. Admissions contact [[NAME:J. Whitfield]], [[EMAIL:jwhitfield@goldenpinescare.org]].
3. [[NAME:Norbu, Kalsang]] - no fixed address; bed at Hope Gospel Mission on [[ADDRESS:S. Main St]] held through Weds. [[NAME:Bishop]]: safe with cane, no stairs issue. Needs {{drug:Lantus}} pens and a meter - charity pharmacy.
4. [[NAME:Ito, Rose]] - home with HH + home infusion, {{drug:ertapenem}} {{dose:1 g}} daily via PICC x 4 wks. Infusion liaison [[NAME:Dwayne]] at x[[PHONE:2281]]. Husband [[NAME:Tadashi]] taught PICC flush.
5. [[NAME:Seo, Bo-ra]] - not ready; new AKI, hold.
""", summary="""
Discharge rounds: [[NAME:Fong Wai Man]] goes home to [[ADDRESS:Monterey Park]] today, [[NAME:Ko Min-seo]] goes to a SNF on [[DATE:9/16]], and [[NAME:Rose Ito]] goes home on IV {{drug:ertapenem}}. [[NAME:Kalsang Norbu]] has a shelter bed on [[ADDRESS:S. Main St]].
"""),

    dict(style="bed_huddle", note="""
4 WEST STEP-DOWN - SAFETY HUDDLE - [[DATE:3rd of October]] 0645
Lead: [[NAME:Cross]] (nurse manager). Present: [[NAME:Ng]], [[NAME:Oh]], [[NAME:Yu]], [[NAME:Xu]], [[NAME:Li]], [[NAME:Will Tanaka]] (RT)

1. NG tube placement: new policy - KUB confirmation before first use. [[NAME:Ng]] posting the flyer in the med room. Two NG tubes placed overnight, both confirmed.
2. 4-08 [[NAME:Qiu]] - lithium toxicity, {{lab:Li 1.6}}, {{drug:lithium}} held, nephrology aware. [[NAME:Li]] to redraw at 1800.
3. 4-11 family upset about a 4-hour wait for pain meds yesterday; daughter said "oh, this again." [[NAME:Oh]] did service recovery, patient relations notified.
4. [[NAME:Yu]] reminds all: {{drug:heparin}} drips need independent double check at every rate change.
5. 4-15 [[NAME:Hu]] - high fall risk, {{score:Morse 75}}; [[NAME:Xu]] requests bed alarm audit.
6. [[NAME:Will]] will cover both step-down and PCU for respiratory until 1100.
Staffing: [[NAME:May]] out on leave until June - no change to schedule needed.
Cross-cover of 4W by Tele RNs cancelled - census down to 14.
""", summary="""
Step-down safety huddle led by [[NAME:Cross]]: a new rule to confirm NG tube placement by X-ray, [[NAME:Qiu]] with lithium toxicity, and a fall-risk bed alarm audit for [[NAME:Hu]]. RT [[NAME:Will Tanaka]] is covering two units this morning.
"""),
]
