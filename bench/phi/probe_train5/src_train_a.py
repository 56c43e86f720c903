# Hand-written training notes, part A: court-ordered evaluations, guardianship and conservatorship
# petitions, powers of attorney, affidavits, adult protective services reports.
# Every person, number, date, phone, email and street is invented.

NOTES = [
    dict(style="court_ordered_competency_eval", note="""
STATE OF MINNESOTA                                   DISTRICT COURT
COUNTY OF [[ADDRESS:ANOKA]]                               TENTH JUDICIAL DISTRICT
State of Minnesota v. [[NAME:Khamphanh Souvannavong]] (aka "[[NAME:Kham]]"; booked as [[NAME:K. Souvanavong]])
Court File No. [[MRN:02-CR-24-11873]]
RULE 20.01 COMPETENCY EVALUATION - EXAMINER'S REPORT

Order for examination signed [[DATE:October 28, 2024]]. Defendant interviewed at the jail on [[DATE:11/6/2024]] and [[DATE:Nov 13]]
(90 and 75 minutes) with Lao interpreter [[NAME:Bounmy Sisouphanh]] (agency ID [[MRN:LI-4471]]). Collateral: defense counsel
[[NAME:Austin Price]]; sister [[NAME:Noy]] by phone [[PHONE:763-555-0182]]; jail medical records.

[[NAME:Souvannavong]] is a {{age:58}}-year-old man born [[DATE:4 Feb 1966]] in [[ADDRESS:Savannakhet]], resettled in 1981. [[NAME:Noy]]
reports he "stopped being himself" after his wife died; two prior holds, no prior criminal history.
Jail medical: {{drug:risperidone}} {{dose:2 mg}} po qhs started [[DATE:10/30]], adherence fair; tb screen neg; ms "guarded" per RN.
Labs [[DATE:11/1]]: {{lab:Na 139}}, {{lab:TSH 2.4}}, {{lab:B12 612}}, {{lab:RPR nonreactive}}.
On exam he was oriented, mood "tired," affect flat, with fixed belief that neighbors poison his rice through the wall.
{{score:MoCA 21/30}} (Lao version, 6 yrs school). He named the charge (assault 2nd degree) and knew [[NAME:Price]] is "the
lawyer for me," but believes [[NAME:Price]] works for the neighbors and refuses to discuss a plea at any price.

OPINION: Mr. [[NAME:Souvannavong]] has a factual understanding of the proceedings but, owing to a persistent delusional
disorder, lacks the ability to rationally consult with counsel. He is INCOMPETENT to proceed. Restoration is likely
with treatment; recommend commitment and continued antipsychotic.

[[NAME:Dara Chea]], PsyD, LP - Court Examiner
dict: [[NAME:DC]]/[[NAME:jw]]
""", summary="""
Rule 20.01 examiner [[NAME:Dara Chea]] found [[NAME:Khamphanh Souvannavong]] ({{age:58}}, File [[MRN:02-CR-24-11873]]) incompetent to proceed because a delusional disorder prevents rational consultation with attorney [[NAME:Austin Price]]. Evaluated [[DATE:11/6/2024]] and [[DATE:Nov 13]] with interpreter [[NAME:Bounmy Sisouphanh]]; {{score:MoCA 21/30}}.
"""),

    dict(style="guardianship_petition", note="""
STATE OF WISCONSIN           CIRCUIT COURT           [[ADDRESS:EAU CLAIRE]] COUNTY
In the Matter of the Guardianship of [[NAME:Mercy T. Vang]] (also known as [[NAME:Maiv Tshaj Vaj]])
Case No. [[MRN:2025GN000214]]
PETITION FOR GUARDIANSHIP OF PERSON AND ESTATE DUE TO INCOMPETENCY

1. Petitioner [[NAME:Pa Vang Xiong]], [[ADDRESS:2217 Birch Hollow Rd]], [[ADDRESS:Altoona]], WI [[ADDRESS:54720]], tel. [[PHONE:(715) 555-0136]],
   is the daughter of the proposed ward.
2. Proposed ward: [[NAME:Mercy T. Vang]], DOB [[DATE:01/01/1931]], age [[AGE:94]]. Birth dates for Hmong elders born in Laos
   were often assigned as January 1; her actual date of birth is unknown. She resides with petitioner.
3. Condition: major neurocognitive disorder due to {{eponym:Alzheimer}} disease, moderate-severe ({{score:SLUMS 9/30}}),
   per the Statement of Examining Physician of Dr. [[NAME:Kou Lor]] dated [[DATE:February 20, 2025]] (attached).
4. [[NAME:Mercy]] states she wants to stay home "with the children." Without a guardian she is at the mercy of whoever
   answers the phone; two callers obtained her Medicaid ID [[MRN:8830016742]] in January.
5. Interested persons: son [[NAME:Chong Vang]] ([[ADDRESS:St. Paul]], MN, [[PHONE:651-555-0170]]); son [[NAME:Neng Vang]] (deceased
   [[DATE:2019-08-03]]); granddaughter [[NAME:Hope Xiong]].
6. Proposed standby guardian: [[NAME:Hope Xiong]], who hopes to complete guardian training in June.
7. No power of attorney or health care directive exists; [[NAME:Chong]] agrees with this petition.

Dated this [[DATE:14th day of March, 2025]].
/s/ [[NAME:Pa V. Xiong]], Petitioner
""", summary="""
[[NAME:Pa Vang Xiong]] petitions for guardianship of her mother [[NAME:Mercy T. Vang]] ([[AGE:94]], Case [[MRN:2025GN000214]]), who has moderate-severe {{eponym:Alzheimer}} dementia per Dr. [[NAME:Kou Lor]]. [[NAME:Hope Xiong]] is proposed as standby guardian.
"""),

    dict(style="health_care_power_of_attorney", note="""
MEDICAL POWER OF ATTORNEY DESIGNATION OF HEALTH CARE AGENT (Texas Health & Safety Code ch. 166)

Principal: [[NAME:NGUYỄN VĂN ĐỨC]]  (printed on ID: [[NAME:NGUYEN VAN DUC]]; also known as [[NAME:Duke Nguyen]])
DOB [[DATE:09-12-1941]]   Address: [[ADDRESS:9810 Bellaire Blvd Apt 14]], [[ADDRESS:Houston]], TX [[ADDRESS:77036]]

I, [[NAME:Nguyễn Văn Đức]], appoint my daughter [[NAME:Nguyễn Thị Hồng Nhung]] (goes by [[NAME:Nhung]]; married name
[[NAME:Nhung Nguyen-Brown]]), phone [[PHONE:+1 832-555-0147]], email [[EMAIL:nhungnb82@gmail.com]], as my agent to make any and all
health care decisions for me, except to the extent I state otherwise in this document.
If she is unable or unwilling to act, I designate my son [[NAME:Nguyễn Văn Long]] ("[[NAME:Long]]"), of [[ADDRESS:Garden Grove]],
California, [[PHONE:(714) 555-0109]], as alternate agent.

Limitations: I have {{eponym:Parkinson}} disease. I do not want a feeding tube if I can no longer swallow. I do not
want {{drug:haloperidol}} ({{drug:Haldol}}) because it made me rigid in 2022. My agent may consent to long-term care
placement only after a trial of home care.

Interpreter's statement: This document was read aloud to the principal in Vietnamese by [[NAME:Hồ Thị Ngọc Lan]]
([[NAME:Ho Thi Ngoc Lan]]), who states the principal understood it and signed voluntarily.
Signed [[DATE:January 9, 2025]].      [[NAME:Nguyễn Văn Đức]]
Witness 1: [[NAME:Grace Ho]]      Witness 2 (not related, not a provider): [[NAME:Ty Le]]
Acknowledged before me: [[NAME:BISHOP, APRIL D]], Notary Public, ID [[MRN:13290465-7]], commission expires [[DATE:08/21/2027]]
""", summary="""
[[NAME:Nguyễn Văn Đức]] ([[NAME:Duke Nguyen]]) names his daughter [[NAME:Nhung]] as health care agent and son [[NAME:Long]] as alternate, declining a feeding tube and {{drug:haloperidol}} given his {{eponym:Parkinson}} disease. Signed [[DATE:January 9, 2025]] with interpreter [[NAME:Hồ Thị Ngọc Lan]].
"""),

    dict(style="physician_affidavit_guardianship", note="""
COMMONWEALTH OF MASSACHUSETTS - THE TRIAL COURT
PROBATE AND FAMILY COURT, [[ADDRESS:MIDDLESEX]] DIVISION         Docket No. [[MRN:MI25P0612GD]]
In re: [[NAME:SOK, CHANTHY]] (aka [[NAME:Chanthy Sok]]; aka [[NAME:Chanthy Sok Touch]])
AFFIDAVIT OF [[NAME:MARCUS T. GRAVES]], M.D., IN SUPPORT OF PETITION FOR TEMPORARY GUARDIAN (MPC 400 supplement)

I, [[NAME:Marcus T. Graves]], being duly sworn, depose and state:
1. I am a board-certified endocrinologist and have treated Ms. [[NAME:Sok]] since 2021.
2. [[NAME:Chanthy]], {{age:71}}, was admitted [[DATE:2/2/2025]] in thyroid storm from untreated {{eponym:Graves}} disease:
   {{lab:free T4 6.8 ng/dL}}, {{lab:TSH <0.01}}, {{vital:HR 148}}, {{vital:T 39.4 C}}, {{score:Burch-Wartofsky 55}}, {{score:CAM-ICU positive}}.
3. She repeatedly refuses {{drug:methimazole}} {{dose:20 mg}} and {{drug:propranolol}} {{dose:40 mg}}, stating the pills are "from the
   Khmer Rouge." She cannot describe the risk of refusal. Light touch and strength are intact; the deficit is cognitive.
4. Her son [[NAME:Sovann Touch]], [[PHONE:978-555-0121]], is willing to serve. Ms. [[NAME:Sok]] has no health care proxy.
5. In my opinion she lacks capacity to make informed decisions about treatment of {{eponym:Graves}} disease, and delay
   risks cardiovascular collapse. Authority to consent to {{drug:methimazole}}, beta-blockade, and radioactive iodine is requested.

Signed under the pains and penalties of perjury.   /s/ [[NAME:Marcus T. Graves]], MD
Subscribed and sworn before me this [[DATE:7th day of February 2025]].  [[NAME:Sandy King]], Notary Public
""", summary="""
Dr. [[NAME:Marcus T. Graves]] attests that [[NAME:Chanthy Sok]] ({{age:71}}), in thyroid storm from {{eponym:Graves}} disease since [[DATE:2/2/2025]], lacks capacity to refuse {{drug:methimazole}}. He supports temporary guardianship by her son [[NAME:Sovann Touch]].
"""),

    dict(style="aps_intake_report", note="""
ADULT PROTECTIVE SERVICES - INTAKE REPORT
Intake #: [[MRN:APS-25-003318]]    Received: [[DATE:Tues 6/3]] 14:22    Screener: [[NAME:jkhang2]]
Reporter: [[NAME:June Whitaker]], RN, home health (mandated), [[PHONE:559.555.0164]] x[[PHONE:318]]
Alleged victim (AV): [[NAME:INTHAVONG, BOUA]], DOB [[DATE:07/15/1933]], [[AGE:91]] yo F, speaks Lao only
Address: [[ADDRESS:4410 E Kings Canyon Rd]], [[ADDRESS:Fresno]] [[ADDRESS:93702]]
Alleged perpetrator (AP): grandson [[NAME:Hunter Inthavong]], approx {{age:24}}, lives in home
Allegations: caregiver neglect; financial exploitation

Narrative: [[NAME:june]] states on visit [[DATE:6/2]] AV in soiled brief, new stage 3 sacral wound, {{lab:BG 312}}, {{drug:Lantus}} pens
unopened since [[DATE:May 20]]. No food except rice. AV told [[NAME:June]] (via granddaughter [[NAME:Viengkham]] on speaker) that
[[NAME:Hunter]] "keeps the card" and she has not seen her SSA money. hunter's cap and boots by door, AP not home.
Weight 39 kg (down 5 kg since March). {{vital:BP 96/58}}, {{vital:HR 104}}. No {{eponym:Foley}}. PCP Dr. [[NAME:Phan]] notified by RN.
[[NAME:June]] will return Thursday and asked APS to go out together.

Disposition: Priority 1 (24 h). Assigned [[NAME:R. Keomany]]; cc [[NAME:Ward]] (supervisor).
""", summary="""
Home health RN [[NAME:June Whitaker]] reported neglect and financial exploitation of [[NAME:Boua Inthavong]] ([[AGE:91]]) by grandson [[NAME:Hunter Inthavong]], with a new sacral wound and {{lab:BG 312}}. Priority 1 assigned to [[NAME:R. Keomany]].
"""),

    dict(style="capacity_eval_findings", note="""
CAPACITY EVALUATION - SECTION 4: COGNITIVE AND FUNCTIONAL FINDINGS (court-ordered report)
Testing in respondent's primary language with a certified interpreter; hearing aids in place; glasses on.

- {{score:MoCA 14/30}} (education-adjusted). Delayed recall 0/5; impaired cube copy and abstraction.
- Clock drawing {{score:2/4}}: numbers crowded to right, hands absent.
- {{score:Trails B >300 s}}, discontinued. {{eponym:Hopkins}} Verbal Learning Test-Revised total recall T < 20.
- {{score:Lawton IADL 2/8}}; {{score:Katz ADL 4/6}} (needs help bathing and dressing).
- Neuro: masked facies, rest tremor L > R, cogwheel rigidity, no {{eponym:Babinski}} sign; shuffling gait, {{score:Tinetti 14/28}}.
- Visual hallucinations of children in the yard, fluctuating alertness per staff log.
- MRI brain: generalized atrophy, {{score:Fazekas grade 2}} white matter change; no mass.
Medications reviewed: {{drug:Sinemet}} {{dose:25/100}} TID, {{drug:Aricept}} {{dose:10 mg}} qhs, {{drug:Seroquel}} {{dose:12.5 mg}} qhs, {{drug:Eliquis}} {{dose:5 mg}} BID.

Impression: Major neurocognitive disorder, probable {{eponym:Lewy}} body disease (vs {{eponym:Parkinson}} disease dementia).
Applying the {{eponym:Appelbaum}}-{{eponym:Grisso}} framework: cannot paraphrase the nature of the proposed placement,
denies any memory problem (poor appreciation), reasoning is concrete, and choice varies across the two visits.
Opinion: lacks capacity for residential and medical decisions; retains the ability to express preferences about
visitors and religious practice, which a limited order should preserve. Financial capacity not separately tested.
""", summary="""
Court-ordered capacity findings show {{score:MoCA 14/30}}, {{score:Lawton IADL 2/8}}, parkinsonism and hallucinations consistent with probable {{eponym:Lewy}} body disease. The evaluator opines the respondent lacks capacity for residential and medical decisions and recommends a limited order.
"""),

    dict(style="aps_field_contact_note", note="""
aps field contact - case [[MRN:23-0917-FA]]
[[DATE:03/04]] 1015 hv w/ [[NAME:mason]] (trainee). client [[NAME:sopheap]] ([[NAME:CHEA, SOPHEAP]]) up in recliner, alert, oriented x2,
khmer + some english. report from [[NAME:gay]] (intake) to [[NAME:frank]] yesterday said nephew not buying food.
fridge: rice, fish sauce, 2 yogurts, expired milk. denies frank bleeding. bruise L forearm ~3 cm, yellowing, states
"hit the door." no falls per client.
spoke w/ [[NAME:rusty]] at the desk of the apt complex - he will call if nephew [[NAME:Dara]] shows up. rusty pipes under
sink, mgr aware.
vitals per HH RN: {{vital:bp 152/90}}, {{vital:hr 88}}. takes {{drug:amlodipine}} {{dose:10 mg}} po daily, pillbox half full.
ms at baseline per [[NAME:Dara]]'s wife [[NAME:Bopha]] who stopped by ~1040. tb test neg per clinic, pt not sure when.
[[NAME:Frank]] aware, will staff at 1400. plan: meals on wheels referral, call PCP re: bruise, unannounced hv next wk.
[[NAME:T. Bui]] ([[NAME:TB]]/[[NAME:kr]])
""", summary="""
APS worker [[NAME:T. Bui]] visited [[NAME:Chea Sopheap]] with trainee [[NAME:mason]] on [[DATE:03/04]] over nephew [[NAME:Dara]]'s suspected food neglect, finding little food and a healing forearm bruise. Supervisor [[NAME:Frank]] will staff the case; Meals on Wheels referred.
"""),

    dict(style="civil_commitment_examiner_statement", note="""
EXAMINER'S STATEMENT IN SUPPORT OF PETITION FOR JUDICIAL COMMITMENT
Respondent: [[NAME:LOR, TOU CHER]]   aka [[NAME:Tony Lor]]; [[NAME:Tou Lawj]]     DOB [[DATE:1998-09-30]]
Hospital acct [[MRN:7720145963]]    Court file [[MRN:27-JV-MH-25-118]]
Examined [[DATE:Sat 2/15/2025]] 0930-1040 on Station 5 with Hmong interpreter [[NAME:Shoua Thao]] by video.

History: {{age:26}}-year-old man brought by [[ADDRESS:Brooklyn Park]] police after standing in traffic on [[ADDRESS:Zane Ave]].
Per mom [[NAME:yer]] he has not slept since [[DATE:the 3rd]] and stopped {{drug:Invega Sustenna}} {{dose:156 mg}} IM in December.
He believes clan elder [[NAME:Nhia Her]] placed a dab (spirit) on him and that her phone sends voices into his teeth.
[[NAME:Yer]] asked that a txiv neeb (shaman) be allowed to visit; unit agreed.
MSE: disheveled, guarded, pressured, tangential; AH and persecutory delusions; no insight; denies SI, endorses HI toward
"the one who cursed me." {{score:BPRS 62}}. {{vital:BP 138/84}}, {{vital:HR 112}}.
Labs: {{lab:UDS + THC}}, {{lab:Na 137}}, {{lab:TSH 1.9}}, {{lab:CK 410}}.
Opinion: schizophrenia, acute exacerbation. Respondent poses a substantial likelihood of physical harm to others
([[NAME:Nhia Her]]) and self (traffic). Less restrictive alternatives (ACT, voluntary admission) rejected by him.
Recommend commitment and {{eponym:Jarvis}} authorization for {{drug:paliperidone}}.

[[NAME:Faith O'Neil]], MD, examiner      co-signed: [[NAME:R. Ambrose]], PhD
dict: [[NAME:FO]]/[[NAME:mcx]]
""", summary="""
Dr. [[NAME:Faith O'Neil]] recommends commitment of [[NAME:Tou Cher Lor]] ({{age:26}}) for acute schizophrenia after he stood in traffic and voiced threats toward elder [[NAME:Nhia Her]]. Examined [[DATE:Sat 2/15/2025]] with interpreter [[NAME:Shoua Thao]].
"""),

    dict(style="conservatorship_petition", note="""
SUPERIOR COURT OF CALIFORNIA, COUNTY OF [[ADDRESS:ORANGE]]
Conservatorship of the Person and Estate of [[NAME:LÊ THỊ MAI]], also known as [[NAME:MAI THI LE]], [[NAME:Mai Le]], and [[NAME:Mary Le]]
Case No. [[MRN:30-2025-01448212-PR-CP-CJC]]
PETITION FOR APPOINTMENT OF PROBATE CONSERVATOR (summary of attachments)

Petitioner [[NAME:Florence Le-King]], niece, [[ADDRESS:402 W Chapman Ave]], [[ADDRESS:Orange]], CA [[ADDRESS:92866]], [[PHONE:714-555-0193]].
Proposed conservatee [[NAME:Lê Thị Mai]] ([[NAME:Le Thi Mai]]), {{age:86}}, resides at [[ADDRESS:11852 Magnolia St]], [[ADDRESS:Garden Grove]] [[ADDRESS:92841]].
Estate: residence; Chase checking ending [[MRN:0417]]; CD ending [[MRN:9926]]; SSA $1,212/mo; Medi-Cal ID [[MRN:91827364A]].
Capacity Declaration (GC-335) by Dr. [[NAME:Trinh Quang]], [[DATE:Feb. 11, 2025]]: vascular dementia after L MCA stroke,
{{score:MMSE 12/30}}, cannot manage finances or resist undue influence. Deficits in attention, recall and calculation.
Reason: tenant [[NAME:Chase]] has paid no rent since fall and persuaded her to sign a quitclaim deed; [[NAME:Florence]] will
record a lis pendens if appointed. Bond requested: $250,000.
Relatives given notice: brother [[NAME:Lê Văn Tâm]], [[ADDRESS:Đà Nẵng]], Vietnam, [[PHONE:+84 236 555 0142]]; son [[NAME:Kevin Le]]
(whereabouts unknown, last known [[ADDRESS:San Jose]]).
Hearing: [[DATE:April 22, 2025]], 9:00 a.m., Dept. C8. Court investigator [[NAME:Georgia Ng]] assigned.
""", summary="""
[[NAME:Florence Le-King]] petitions to conserve her aunt [[NAME:Lê Thị Mai]] ({{age:86}}), who has vascular dementia ({{score:MMSE 12/30}}) and signed a quitclaim deed for tenant [[NAME:Chase]]. Hearing set [[DATE:April 22, 2025]], Case [[MRN:30-2025-01448212-PR-CP-CJC]].
"""),

    dict(style="aps_contact_log", note="""
APS ONGOING CASE - CONTACT LOG
Client: [[NAME:CHHAY, PHALLY]] ("[[NAME:Pov]]")   Case [[MRN:0029981-A]]   Worker: [[NAME:M. Keo]]
| Date          | Type  | Contact / summary                                              | By  |
|---------------|-------|----------------------------------------------------------------|-----|
| [[DATE:02/11/25]]      | HV    | client + dtr [[NAME:Sreymom]]; HH BP {{vital:148/86}}, wound healing     | [[NAME:mk]]  |
| [[DATE:02/12/25]]      | TC    | Sgt. [[NAME:Heng]], [[ADDRESS:Lowell]] PD, report [[MRN:25-1187-OF]] re: stolen EBT | [[NAME:mk]]  |
| [[DATE:2/14]]          | TC    | PCP office (Dr. [[NAME:Yim]]) re: {{drug:Eliquis}} refills missed x2 wk    | [[NAME:mk]]  |
| [[DATE:2/18]]          | Email | bank fraud unit, [[NAME:Pat Brown]], [[EMAIL:pbrown@merrimackcu.org]] | [[NAME:mk]]/[[NAME:jt]] |
| [[DATE:2/20]]          | Coll  | neighbor [[NAME:Young]]: saw nephew leave w/ TV [[DATE:Feb 16]]        | [[NAME:mk]]  |
| [[DATE:2/21]]          | HV    | [[NAME:Pov]] tearful, asks for nephew to stay away                     | [[NAME:jt]]  |

Assessment: client {{age:82}}, CHF, AF on {{drug:Eliquis}} {{dose:5 mg}} BID, cognitively intact ({{score:SLUMS 24/30}}).
Nephew is a young adult with SUD; client wants him out but fears he will be homeless.
Plan: supervisor [[NAME:Bishop]] to review at staffing [[DATE:Thurs 2/27]]; [[NAME:Bishop]] will call the DA elder abuse unit.
Harassment prevention order info given in Khmer.
""", summary="""
APS contact log for [[NAME:Phally Chhay]] ("[[NAME:Pov]]", {{age:82}}) documents missed {{drug:Eliquis}}, a stolen EBT card and a TV taken by her nephew. Supervisor [[NAME:Bishop]] will review on [[DATE:Thurs 2/27]].
"""),

    dict(style="physician_certificate_guardianship", note="""
PHYSICIAN'S CERTIFICATE IN GUARDIANSHIP PROCEEDING
Respondent: [[NAME:Rose Marie Paget]]     DOB: [[DATE:11/02/1929]]     Age: [[AGE:95]]
Petitioner: [[NAME:Will Paget]] (son)     Probate Docket [[MRN:AND-2025-0092]]
Examining physician: [[NAME:Summer Xiong]], MD, geriatrics, license [[MRN:MD41877]]    Date of exam: [[DATE:1/17/2025]]

Ms. [[NAME:Paget]] has {{eponym:Paget}} disease of bone (diagnosed 1998; skull and L femur), with pathologic fracture of the
L femur [[DATE:12/26/2024]] treated with IM nail, and mixed vascular/{{eponym:Alzheimer}} dementia.
{{lab:Alk phos}} rose from 180 to 640 over 2024 despite {{drug:zoledronic acid}} {{dose:5 mg}} IV. Hearing loss from skull involvement.
Exam: alert, pleasant, oriented to self only. {{score:MoCA 8/30}} with amplifier. [[NAME:Rose]] asked for her husband, who
died in 2011, and believed she was at her childhood farm in [[ADDRESS:Turner]].
She could not state her medications, her income, or who pays her bills.
Functional: dependent for transfers ({{eponym:Hoyer}} lift), feeding set-up, all finances.
Opinion: incapacitated as to personal and financial decisions; condition is permanent. She can still express
preferences (church, music, visits from granddaughter [[NAME:Major]]) and should be consulted.
[[NAME:Will Paget]] will attend the hearing; I will be available by phone [[PHONE:(207) 555-0173]], pager [[PHONE:2291]].
/s/ [[NAME:S. Xiong]], MD
""", summary="""
Dr. [[NAME:Summer Xiong]] certifies that [[NAME:Rose Marie Paget]] ([[AGE:95]]), who has {{eponym:Paget}} disease of bone and dementia ({{score:MoCA 8/30}}), is permanently incapacitated. Her son [[NAME:Will Paget]] is petitioner.
"""),

    dict(style="vulnerable_adult_affidavit", note="""
AFFIDAVIT OF [[NAME:XEE MOUA]] IN SUPPORT OF PETITION FOR ORDER FOR PROTECTION (VULNERABLE ADULT)
State of Minnesota, County of [[ADDRESS:Ramsey]]   ss.     Court File [[MRN:62-FA-25-301]]

I, [[NAME:Xee Moua]] (also spelled [[NAME:Xee Muas]]), being first duly sworn, state:
1. I am the granddaughter of [[NAME:Youa Her]], age [[AGE:ninety-two]], who lives at [[ADDRESS:718 Case Ave]], [[ADDRESS:St. Paul]] [[ADDRESS:55106]].
   Grandma [[NAME:Youa]] speaks only Hmong and cannot read. I visit her every Sunday in case she needs groceries.
2. Since about Christmas my uncle [[NAME:Bo Her]] and his friend [[NAME:Ty]] have been staying in her basement.
   [[NAME:Bo]] keeps her {{drug:oxycodone}} {{dose:5 mg}} tablets, prescribed after her hip fracture, and she told me he takes them.
3. On [[DATE:January 5, 2025]] I found her alone with no heat; the house was 54 degrees. She said her son told her not to
   call me. On [[DATE:1/19]] her doctor, Dr. [[NAME:Cha]], found she had lost 11 pounds ({{lab:albumin 2.9}}).
4. [[NAME:Ty]] yelled at me on [[DATE:Jan. 20]] and said "she will sign the house over." I am afraid for her.
I ask the court to order [[NAME:Bo Her]] and [[NAME:Ty Lee]] to leave the home and to return her medications.

/s/ [[NAME:Xee Moua]]    phone [[PHONE:651-555-0188]]
Subscribed and sworn to before me on [[DATE:Jan. 27, 2025]].   [[NAME:Georgia Lue]], Notary Public
""", summary="""
[[NAME:Xee Moua]] swears that her grandmother [[NAME:Youa Her]] ([[AGE:ninety-two]]) was left without heat, lost weight, and had {{drug:oxycodone}} taken by uncle [[NAME:Bo Her]] and [[NAME:Ty Lee]]. She seeks an order removing them from the home.
"""),

    dict(style="incapacity_determination", note="""
DETERMINATION OF INCAPACITY - ACTIVATION OF HEALTH CARE AGENT
Basis for determination (attending physician, MICU):
Principal admitted with hepatic encephalopathy and possible {{eponym:Wernicke}} encephalopathy. Examined at bedside with
Hmong interpreter via VRI. {{score:GCS 13}} (E3V4M6), {{score:West Haven grade 2}}, asterixis present, ophthalmoplegia absent.
Labs today: {{lab:NH3 118}}, {{lab:Na 128}}, {{lab:INR 2.1}}, {{lab:T bili 6.4}}; {{score:MELD-Na 29}}. {{vital:BP 104/62}}, {{vital:HR 96}}.
Decision: consent to transjugular intrahepatic portosystemic shunt (TIPS) for refractory ascites.
- Understanding: unable to paraphrase purpose or risks after three explanations.
- Appreciation: states "my liver is fine, I only need rice soup."
- Reasoning: cannot compare TIPS with serial paracentesis.
- Choice: alternates between yes and no within the same conversation.
Conclusion: Lacks capacity for this decision at this time. The health care agent named in the Directive is activated.
Capacity expected to fluctuate; reassess daily on {{drug:lactulose}} {{dose:30 mL}} TID titrated to 3 BMs, {{drug:rifaximin}} {{dose:550 mg}} BID,
{{drug:thiamine}} {{dose:500 mg}} IV TID. Concurring second opinion obtained from Psychiatry C-L. Ethics not needed.
""", summary="""
The attending found the principal, in hepatic encephalopathy ({{score:West Haven grade 2}}, {{lab:NH3 118}}), lacks capacity to consent to TIPS, and activated the health care agent. Daily reassessment is planned on {{drug:lactulose}} and {{drug:rifaximin}}.
"""),

    dict(style="court_ordered_parenting_eval", note="""
COURT-ORDERED CUSTODY AND PARENTING TIME EVALUATION - SUMMARY OF FINDINGS
In re the Marriage of [[NAME:Xiong, Summer P.]] v. [[NAME:Xiong, Chase K.]]
[[ADDRESS:Sheboygan]] County Case No. [[MRN:24FA000391]]      Order dated [[DATE:9/23/2024]]

Sources: interviews with [[NAME:Summer]] ([[DATE:10/8]], [[DATE:10/22]]) and [[NAME:Chase]] ([[DATE:10/10]], [[DATE:10/24]]); home visits; children [[NAME:Sunny]]
({{age:9}}) and [[NAME:Major]] ({{age:6}}); collateral from teacher Ms. [[NAME:Bright]], paternal grandmother [[NAME:Kia Xiong]], pediatrician
Dr. [[NAME:Vongsavath]]; CCAP and police records; testing (MMPI-3 valid for both parents; {{score:PSI-4 total 88th percentile}} mother).

[[NAME:Summer]] has a history of major depressive disorder, in remission on {{drug:sertraline}} {{dose:100 mg}}. [[NAME:Chase]] had an OWI
(BAC {{lab:0.13}}) in 2022; completed treatment, last PBT negative on [[DATE:11/01/2024]]. [[NAME:Chase]] has a sunny, engaged style with
the children; [[NAME:Summer]] manages school, therapy, and [[NAME:Major]]'s asthma ({{drug:Flovent}} {{dose:44 mcg}} 2 puffs BID).
Over the summer the children spent alternate weeks in each home without reported problems. [[NAME:Sunny]] told me she "wants
both houses" and worries about "Dad's beer"; [[NAME:Major]] had little to say except about the dog he likes to chase.

Recommendations: joint legal custody; primary placement with mother during the school year, alternate weekends plus
Wednesday dinners with father; father to use Soberlink before overnights for 12 months; [[NAME:Sunny]] to continue therapy
with [[NAME:Lark Davis]], LICSW.
[[NAME:Theodore Hang]], PhD, LP                                    [[NAME:TH]]/[[NAME:dmv]]
""", summary="""
Evaluator [[NAME:Theodore Hang]] recommends joint legal custody with school-year placement with [[NAME:Summer]] and monitored sobriety for [[NAME:Chase]] before overnights, in [[NAME:Xiong]] v. [[NAME:Xiong]] (Case [[MRN:24FA000391]]). Children [[NAME:Sunny]] and [[NAME:Major]] are doing well.
"""),

    dict(style="court_visitor_report", note="""
COURT VISITOR REPORT - GUARDIANSHIP OF AN ADULT      Cause No. [[MRN:25-4-00318-1]]
Respondent: [[NAME:Trần Văn Phúc]] ([[NAME:TRAN VAN PHUC]] on Medicare card, MBI [[MRN:4TR7-JK2-MM81]]); goes by "[[NAME:Phúc]]"; staff call him Ông [[NAME:Phúc]]
Visitor: [[NAME:Hollis Marsh]], RN           Visit: [[DATE:5 Mar 2025]], 1:30-2:45 pm, at Evergreen Post-Acute, room 118

I met Mr. [[NAME:Phúc]], {{age:84}}, with Vietnamese interpreter [[NAME:Lý Thị Kim]] ([[NAME:Ly Thi Kim]]) present. He was dressed, seated, courteous.
He knew he was "in the hospital for old people" but not the city or year. {{score:BIMS 7/15}} per facility SW [[NAME:Dawn Baker]].
He has a large R {{eponym:Baker}} cyst limiting walking; {{drug:Tylenol}} {{dose:650 mg}} q6h helps.
When I explained that a guardian would decide where he lives, he said "my son [[NAME:Khoa]] decides already" and did not object.
Proposed guardian: son [[NAME:Trần Minh Khoa]] ([[NAME:Khoa Tran]]), [[ADDRESS:Federal Way]], [[PHONE:206-555-0131]]. Daughter [[NAME:Hương]] in [[ADDRESS:Huế]]
agrees by email ([[EMAIL:huong.tran.hue@yahoo.com.vn]]).
[[NAME:Baker]] to send the MDS and care plan to respondent's counsel; [[NAME:Marsh]] to file this report by [[DATE:March 14]].
Recommendation: full guardianship of the person, limited guardianship of estate (SSA only). Respondent wishes to attend
the hearing on [[DATE:March 21]] by video; interpreter required.
""", summary="""
Court visitor [[NAME:Hollis Marsh]] met [[NAME:Trần Văn Phúc]] ({{age:84}}, {{score:BIMS 7/15}}) on [[DATE:5 Mar 2025]] and recommends his son [[NAME:Khoa]] as guardian of the person. SW [[NAME:Baker]] will send the care plan; hearing [[DATE:March 21]].
"""),

    dict(style="aps_financial_exploitation_referral", note="""
APS - FINANCIAL EXPLOITATION REFERRAL (mandated reporter: financial institution)
Referral ID [[MRN:FX-2025-00771]]    Rec'd [[DATE:2025-01-17]] via fax [[PHONE:402-555-0190]]
Reporter: [[NAME:Penny Cross]], branch manager, First Plains Bank, [[PHONE:402.555.0117]] ext [[PHONE:22]]
Client: [[NAME:PHOMMACHANH, NOY]] (acct name [[NAME:Noi Phommachan]]), DOB [[DATE:01/01/1928]], age [[AGE:97]]
Address: [[ADDRESS:3320 N 48th St]], [[ADDRESS:Lincoln]], NE [[ADDRESS:68504]]    Acct ending [[MRN:6610]]

Narrative: Between [[DATE:12/2/24]] and [[DATE:1/15/25]] client made 14 cash withdrawals totaling $18,400, always with a man
introduced as her "new son," [[NAME:Jordan Price]]. [[NAME:Price]] called the branch [[DATE:1/16]] demanding to be added to the
account. Teller [[NAME:Wren]] noted client could not state her balance and asked in Lao whether she was "in trouble."
[[NAME:Price]] also sold her a used car at a price far above value. [[NAME:Cross]] states a hold was placed [[DATE:1/17]];
cross-referenced with a 2023 SAR on the same man. Daughter [[NAME:Ketsana]] in [[ADDRESS:Omaha]] ([[PHONE:531-555-0164]]) says
client has {{eponym:Alzheimer}} disease, takes {{drug:donepezil}} {{dose:5 mg}}, and "gives money to anyone who is kind."
Assigned: [[NAME:Lincoln Sayavong]] / sup [[NAME:D. Heath]].  Law enforcement notified: yes (report [[MRN:LPD-25-000918]]).
""", summary="""
Bank manager [[NAME:Penny Cross]] reported $18,400 in suspicious withdrawals by [[NAME:Noy Phommachanh]] ([[AGE:97]]), who has {{eponym:Alzheimer}} disease, while accompanied by [[NAME:Jordan Price]]. Assigned to [[NAME:Lincoln Sayavong]].
"""),

    dict(style="poa_revocation", note="""
REVOCATION OF DURABLE POWER OF ATTORNEY

I, [[NAME:Chue Yang]] (formerly [[NAME:Chue Vang]]; also known as [[NAME:Sue Yang]] and [[NAME:Tswb Yaj]]), of [[ADDRESS:Merced]], California,
born [[DATE:March 3rd, 1952]], hereby revoke the Uniform Statutory Form Power of Attorney I signed on [[DATE:the 19th of August 2021]],
which named [[NAME:Grace Thao]] as my agent, and every power granted in it.

[[NAME:Grace]] must stop acting for me at once and return all account statements and my checkbook by [[DATE:May 1]].
I now appoint my son [[NAME:Neng Yang]], [[PHONE:209-555-0115]], as my agent under a new power of attorney signed today.
My physician, Dr. [[NAME:Pheng Lee]], examined me on [[DATE:03MAR2025]] and found I understand this decision ({{score:MoCA 26/30}});
my diabetes is controlled ({{lab:A1c 6.9%}}) and I take no medicine that affects my thinking.

Copies to: [[NAME:Grace Thao]], [[ADDRESS:1418 W 18th St]], [[ADDRESS:Merced]] [[ADDRESS:95340]]; Bank of the West; Merced Medical Group
(fax [[PHONE:209-555-0129]]).
Signed [[DATE:March 5, 2025]].      [[NAME:Chue Yang]]

ACKNOWLEDGMENT: On [[DATE:March 5, 2025]] before me, [[NAME:Jade Moua-Pham]], Notary Public, personally appeared [[NAME:CHUE YANG]], who
proved to me on the basis of satisfactory evidence to be the person whose name is subscribed. Comm. # [[MRN:2417788]]
""", summary="""
[[NAME:Chue Yang]] (formerly [[NAME:Chue Vang]]) revokes the power of attorney naming [[NAME:Grace Thao]] and appoints her son [[NAME:Neng Yang]], signed [[DATE:March 5, 2025]]. Dr. [[NAME:Pheng Lee]] documented capacity ({{score:MoCA 26/30}}).
"""),

    dict(style="competency_restoration_progress", note="""
COMPETENCY RESTORATION - 60-DAY PROGRESS REPORT TO THE COURT
Defendant: [[NAME:PRAK, VUTHY]] (aka [[NAME:Vuthy Prak]]; "[[NAME:Tee]]")   Cause No. [[MRN:CR-2024-004512]]   Patient # [[MRN:9081-3]]
Admitted to forensic unit [[DATE:12/30/2024]].  Report date [[DATE:2/28/2025]].

Per [[NAME:Bishop]] (unit psychologist) he attends legal skills group 4-5 times weekly and can now name the roles of judge,
jury, prosecutor and his attorney. d/w [[NAME:Young]] (defense) [[DATE:2/10]]: [[NAME:Young]] reports he discussed the plea offer
rationally for the first time. [[NAME:Prak]] still believes the complainant "has a curse" but no longer thinks his lawyer
is part of it. {{score:ECST-R FAC 14}}, {{score:ECST-R RAC 12}} (improved from 21 and 24).
Meds: {{drug:Abilify Maintena}} {{dose:400 mg}} IM q4wk (last [[DATE:2/21]]), {{drug:benztropine}} {{dose:1 mg}} po bid; {{score:AIMS 0}}; {{lab:prolactin 8}}.
Vitals {{vital:BP 122/78}}, {{vital:HR 70}}, wt stable. No seclusion or restraint this period.
[[NAME:Bishop]] will call defense counsel to schedule a joint session; social work contacted mother [[NAME:Sokha]] in [[ADDRESS:Stockton]].
Opinion: substantial progress; re-evaluation in 30 days is expected to find him competent.
[[NAME:Rina White]], MD, Forensic Psychiatry   [[NAME:rw]]/[[NAME:ym]]
""", summary="""
[[NAME:Vuthy Prak]] (Cause [[MRN:CR-2024-004512]]) has improved on {{drug:Abilify Maintena}}, with {{score:ECST-R FAC 14}} and rational plea discussion with attorney [[NAME:Young]]. Dr. [[NAME:Rina White]] expects competence at re-evaluation in 30 days.
"""),

    dict(style="aps_risk_assessment", note="""
APS RISK ASSESSMENT - HEALTH AND FUNCTION DOMAIN (nurse consultant review)
[x] Chronic conditions: HFrEF (EF 30%), COPD on 2 L home O2, DM2 ({{lab:A1c 9.6%}}), CKD 3b ({{lab:eGFR 38}}).
[x] Medications: 11 scheduled; {{drug:Coumadin}} with last {{lab:INR 4.2}}; {{drug:Lasix}} {{dose:40 mg}} BID; {{drug:Humalog}} sliding scale not followed.
[x] Mobility: wheelchair; {{eponym:Hoyer}} lift in home but caregiver untrained; two falls reported this quarter.
[x] Skin: stage 2 heel ulcer; indwelling {{eponym:Foley}} catheter, last changed unknown.
[ ] Nutrition: Meals on Wheels 5 days; {{lab:albumin 3.3}}; weight stable.
[x] Cognition: {{score:SLUMS 18/30}}; makes simple choices, cannot manage pillbox.
[x] Emergency response: Lifeline pendant not worn; oxygen concentrator near gas stove.
Risk level: HIGH. Recommendations: home health skilled nursing for INR and catheter care, PT/OT for transfer
training, Medicaid waiver case management, fire safety visit. Client accepts services except nursing home placement.
""", summary="""
APS nurse review rates health and function risk HIGH: supratherapeutic {{lab:INR 4.2}} on {{drug:Coumadin}}, unmanaged insulin, falls, an unchanged {{eponym:Foley}} and oxygen near a gas stove. Home health, PT/OT and waiver services are recommended.
"""),

    dict(style="emergency_guardianship_petition", note="""
IN THE CIRCUIT COURT FOR [[ADDRESS:DANE]] COUNTY, WISCONSIN - PROBATE BRANCH
In re the Guardianship of [[NAME:KEOMANY, MALAYTHONG]] a/k/a [[NAME:Malay Keomany]], an alleged incompetent person
Case No. [[MRN:2025GN17]]
EX PARTE PETITION FOR APPOINTMENT OF TEMPORARY GUARDIAN (Wis. Stat. 54.50)

Petitioner: [[NAME:Addison Chanthavong]], daughter, [[ADDRESS:5517 Tancho Dr]], [[ADDRESS:Madison]], WI [[ADDRESS:53718]], [[PHONE:608-555-0138]].
Respondent, {{age:79}}, has primary adrenal insufficiency ({{eponym:Addison}} disease) and has refused {{drug:hydrocortisone}} since
[[DATE:February 2]] because "the Buddha will heal me." Admitted [[DATE:2/9/2025]] in adrenal crisis: {{vital:BP 78/40}}, {{lab:Na 124}},
{{lab:K 6.1}}, {{lab:cortisol 1.2}}; confused ({{score:GCS 13}}). She now refuses {{drug:Solu-Cortef}} {{dose:100 mg}} IV q8h.
Attending Dr. [[NAME:Somphone Luangrath]] ([[NAME:S. Luangrath]], pager [[PHONE:608-555-0144]]) states she lacks capacity while
delirious and that further delay risks death. [[NAME:Addison]] has tried, with the temple monk, to persuade her without success.
Relief requested: temporary guardian of the person for 60 days, limited to medical consent for treatment of {{eponym:Addison}}
disease and its complications. Hearing requested within 72 hours.
Attorney for petitioner: [[NAME:Heath Madison]], State Bar No. [[MRN:1048873]], [[EMAIL:hmadison@elderlawwi.com]]
Dated [[DATE:February 10, 2025]].
""", summary="""
[[NAME:Addison Chanthavong]] seeks emergency temporary guardianship of her mother [[NAME:Malaythong Keomany]] ({{age:79}}), who is refusing steroids in adrenal crisis from {{eponym:Addison}} disease. Filed [[DATE:February 10, 2025]] by attorney [[NAME:Heath Madison]].
"""),
]
