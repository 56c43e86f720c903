# Hand-written synthetic notes (behavioral health crisis, ER psychiatric holds, court/legal correspondence,
# child protective services, social work). Every person, number, date, phone, e-mail and street is invented.
NOTES = [
    dict(style="er_psych_eval", note="""
EMERGENCY PSYCHIATRIC EVALUATION - Good Samaritan Medical Center ED
Patient: [[NAME:FORTES, EDMILSON J]]     MRN: [[MRN:GS-00483127]]     CSN [[MRN:7720145893]]
DOB: [[DATE:04.11.1987]]   Arrival: [[DATE:Sat 3/8/25]] @ 0214 via [[ADDRESS:Brockton]] PD
Interpreter: Cape Verdean Kriolu, [[NAME:Nilda Semedo]] (badge [[MRN:IP-3391]])

HPI: {{age:37}} y/o man brought by police after a neighbor called about yelling and broken windows at [[ADDRESS:118 Belmont St]].
Sister [[NAME:Ivanilda]] arrived 0300; states he stopped {{drug:Invega Sustenna}} after his last injection [[DATE:Dec 19]] when
his MassHealth (ID [[MRN:100384527719]]) lapsed. Per [[NAME:Ivanilda]] he has not slept since [[DATE:the 4th]] and believes
"[[NAME:Djassi]]" (cousin, in [[ADDRESS:Praia]]) sends him messages through the TV.
Collateral: [[NAME:Ivanilda Fortes-Lopes]] cell [[PHONE:(508) 555-0163]]; cousin [[NAME:Djassi Tavares]] [[PHONE:+238 991 47 02]].
MSE: disheveled, pressured, grandiose; denies SI; vague HI toward "the ones in the TV". Insight and judgment poor.
C-SSRS screen negative. {{score:BARS 6}} on arrival -> {{score:BARS 4}} after meds.
Vitals {{vital:BP 156/94}} {{vital:HR 112}} {{vital:T 98.9}}; {{lab:EtOH <10}}, {{lab:UDS + THC}}, {{lab:Na 139}}, {{lab:glucose 104}}.
Meds: {{drug:olanzapine}} {{dose:10 mg}} IM + {{drug:lorazepam}} {{dose:2 mg}} IM at 0240.
Plan: Section 12(a) signed [[DATE:3/8]] 0330 by Dr. [[NAME:Monteiro]]; bed search Pembroke / Arbour. DMH ESP re-eval ([[PHONE:508-555-0198]]).
-- [[NAME:A. Monteiro]], MD   pgr [[PHONE:4471]]
""", summary="""
[[NAME:Edmilson Fortes]], {{age:37}}, was placed on a Section 12 hold on [[DATE:3/8/25]] for psychotic agitation after stopping {{drug:Invega Sustenna}}.
His sister [[NAME:Ivanilda]] ([[PHONE:508-555-0163]]) gave collateral and a bed search is under way.
"""),

    dict(style="er_psych_hold", note="""
{{eponym:BAKER ACT}} - Report of Law Enforcement Officer Initiating Involuntary Examination (transcribed to chart)
Pt: [[NAME:Wisline Pierre-Louis]]    DOB [[DATE:1969-02-27]]    Acct [[MRN:00-4471-2286]]    Enc [[MRN:E250311-0093]]
Officer: Ofc. [[NAME:R. Exantus]], Miami-Dade PD, badge #[[MRN:6120]]; case report [[MRN:PD250311-0447]]
Taken into custody [[DATE:03/11/2025]] 22:40 at [[ADDRESS:NE 2nd Ave & 59th St]] ([[ADDRESS:Little Haiti]])
Circumstances: daughter [[NAME:Lovely]] ([[PHONE:305.555.0127]]) called 911 - mother has not eaten in 5 days, was praying loudly
in the street at night and said she will "go be with [[NAME:Fritznel]]" (husband, died [[DATE:Jan 2nd]]). Walked into traffic twice.
Haitian Creole interpreter via phone, operator ID [[MRN:204877]].
Triage: {{vital:BP 171/102}}, {{vital:HR 98}}, {{vital:RR 20}}, {{vital:SpO2 99%}}, {{lab:POC glucose 71}}. {{score:GCS 15}}.
Home meds per [[NAME:Lovely]]: {{drug:amlodipine}} {{dose:10 mg}}, {{drug:metformin}} {{dose:500 mg}} BID - none taken this week.
Criteria: refusal of voluntary exam; substantial likelihood of serious bodily harm. {{eponym:Marchman Act}} not indicated ({{lab:BAL 0}}).
Receiving facility: Jackson Behavioral Health Hospital. Ex parte order not required.
Second contact: son [[NAME:Mackenson Pierre-Louis]], [[ADDRESS:Cap-Haitien]], [[PHONE:+509 3712 4480]].
""", summary="""
[[NAME:Wisline Pierre-Louis]] was brought under the {{eponym:Baker Act}} on [[DATE:03/11/2025]] after not eating and walking into traffic while grieving her husband.
Daughter [[NAME:Lovely]] reported her off {{drug:amlodipine}} and {{drug:metformin}}; {{vital:BP 171/102}} at triage.
"""),

    dict(style="court_letter", note="""
[[DATE:April 22, 2025]]

The Honorable [[NAME:Teresa Villagómez]]
Superior Court of California, County of Alameda, Dept. 12

Re: People v. [[NAME:Baltazar Ordóñez Bámaca]], Case No. [[MRN:24-CR-018832]], PFN [[MRN:BXK771]]

Dear Judge [[NAME:Villagomez]]:

At the request of defense counsel [[NAME:Marisol Ayala]], Esq., I evaluated Mr. [[NAME:Ordóñez Bámaca]] on [[DATE:4/9/25]] and [[DATE:4/16/25]]
at Santa Rita Jail (booking [[MRN:BK2411093]]). His first language is Mam; his Spanish is limited. Both interviews used a Mam
interpreter, [[NAME:Abelino Tema]], by phone from [[ADDRESS:Todos Santos Cuchumatán]]. Jail medical records from [[DATE:11/30/24]]
onward were reviewed, including {{drug:haloperidol}} {{dose:5 mg}} BID started [[DATE:Jan. 6]].
On testing he scored {{score:MoCA 17/30}}, although that instrument is not normed for Mam speakers with two years of schooling.
He could not describe the role of the judge or of Ms. [[NAME:Ayala]], and believes his cousin [[NAME:Efraín]] will "pay the court".
It is my opinion that he is not presently competent to stand trial, and that with treatment and a Mam-language
competency curriculum he is likely to be restored within the statutory period.

Sincerely,
[[NAME:Rafaela Chun]], PsyD
Licensed Psychologist, PSY [[MRN:31884]]
[[PHONE:510-555-0172]] | [[EMAIL:rchun@eastbayforensics.org]]
cc: [[NAME:M. Ayala]]; DDA [[NAME:Óscar Pérez Tzul]]
""", summary="""
Dr. [[NAME:Chun]] wrote to Judge [[NAME:Villagomez]] on [[DATE:April 22, 2025]] that [[NAME:Baltazar Ordonez Bamaca]] (case [[MRN:24-CR-018832]]) is not competent to stand trial.
He was evaluated through a Mam interpreter and scored {{score:MoCA 17/30}}.
"""),

    dict(style="cps_report", note="""
DEPARTMENT OF CHILDREN AND FAMILIES - 51A INTAKE
Intake # [[MRN:3319-0472-51A]]    Received [[DATE:05/02/25]] 1017    Screener: [[NAME:jmejia2]]
Reporter (mandated): school adjustment counselor [[NAME:Carolina Argueta]], Chelsea High School, [[PHONE:617-555-0149 ext 2231]]
Children:
  1. [[NAME:Portillo, Dayana]]      DOB [[DATE:09/14/2011]]
  2. [[NAME:PORTILLO, KEVIN A.]]    DOB [[DATE:2014-06-30]]
  3. [[NAME:Chicas, Yaritza]]       DOB [[DATE:1/3/2019]]
Caregivers: mother [[NAME:Sonia Chicas Portillo]]; mother's partner "[[NAME:El Flaco]]" ([[NAME:Wilfredo Ramos]])
Address: [[ADDRESS:44 Cottage St Apt 3, Chelsea MA 02150]]
Allegation: physical abuse of [[NAME:Kevin]]. [[NAME:Dayana]] told [[NAME:Argueta]] on [[DATE:Thurs 5/1]] that [[NAME:Wilfredo]] hit
[[NAME:Kevin]] with a belt "because he lost the phone". School nurse [[NAME:Ana Ulloa]], RN, saw a 4 x 2 cm linear bruise on the L flank
and two healing marks on the posterior thigh; [[NAME:Kevin]] rated pain {{score:4/10}}. No head injury.
[[NAME:Yaritza]] attends Head Start; no concerns from teacher per call to [[PHONE:617.555.0121]].
Prior: 51A screened out [[DATE:11-Feb-2023]] (neglect, intake [[MRN:3319-0104-51A]]).
Decision: SCREENED IN - emergency response (24 hr). Assigned response worker [[NAME:Héctor Zelaya]], [[PHONE:617.555.0188]].
""", summary="""
A 51A filed [[DATE:05/02/25]] alleges that [[NAME:Wilfredo Ramos]] hit [[NAME:Kevin Portillo]] with a belt, disclosed by his sister [[NAME:Dayana]] to counselor [[NAME:Carolina Argueta]].
It was screened in for emergency response and assigned to [[NAME:Héctor Zelaya]].
"""),

    dict(style="social_work_note", note="""
SW NOTE   [[DATE:6/17/24]]
Pt [[NAME:Maradiaga]], {{age:52}} M, Honduran, Spanish-speaking, admitted [[DATE:6/12]] w/ EtOH withdrawal (peak {{score:CIWA 18}}),
now off {{drug:Librium}} taper. Homeless x 8 mo, previously staying w/ friend near [[ADDRESS:Hyde Park Ave]].
1030  called Pine Street Inn intake [[PHONE:617 555 0110]] - no beds until [[DATE:Fri 6/21]].
1105  spoke w pt's brother [[NAME:nelson]] ([[PHONE:+504 9876-2231]], [[ADDRESS:San Pedro Sula]]); he will wire $ for phone, cannot house pt.
1140  LM for [[NAME:Kenia]] at BHCHP [[PHONE:(617)555-0123]] x[[PHONE:318]] re PCP f/u and {{drug:naltrexone}}.
1300  MassHealth app submitted, ref [[MRN:APP-2024-0619-88213]]; SSA appt [[DATE:7/2/24]] 0900.
1415  met pt w/ interpreter [[NAME:Josué M.]] (ID [[MRN:5529]]): agrees to respite at Barbara McInnis House, declines detox step-down.
Plan: SW will f/u w/ McInnis re: bed [[DATE:6/18]]; {{drug:thiamine}} {{dose:100 mg}} + {{drug:folate}} {{dose:1 mg}} on d/c list.
[[NAME:Y. Funez]], LICSW   pgr [[PHONE:2-7714]]
""", summary="""
SW on [[DATE:6/17/24]] arranged respite placement for homeless [[NAME:Maradiaga]] after alcohol withdrawal and submitted a MassHealth application ([[MRN:APP-2024-0619-88213]]).
His brother in [[ADDRESS:San Pedro Sula]] cannot house him.
"""),

    dict(style="bh_crisis_eval", note="""
BEHAVIORAL HEALTH REASSESSMENT - Psychiatric Emergency Service (hour 20)
Interval: slept ~4 h after {{drug:quetiapine}} {{dose:50 mg}} PO. Ate breakfast. Calmer, less guarded, attending to hygiene.
Scales today: {{score:PHQ-9 19}} (was {{score:24}}), {{score:GAD-7 14}}, {{score:Broset 0}}, {{score:COWS 3}}.
C-SSRS: passive ideation past month, no plan, no intent, no preparatory behavior -> moderate risk.
Vitals {{vital:BP 128/80}}, {{vital:HR 84}}, {{vital:T 36.8}}; {{lab:Li 0.4}} (subtherapeutic), {{lab:TSH 2.1}}, {{lab:Cr 0.8}}.
Nutrition: possible {{eponym:Wernicke}} risk given intake - {{drug:thiamine}} {{dose:200 mg}} IV TID ordered; no ataxia or ophthalmoplegia.
Meds: {{drug:Lexapro}} {{dose:10 mg}} daily resumed; {{drug:Cogentin}} {{dose:1 mg}} PRN EPS; {{drug:Haldol}} {{dose:5 mg}} IM PRN severe agitation (not used).
{{eponym:Beck Depression Inventory}} deferred - pt prefers interview.
Safety: 1:1 sitter discontinued per attending; Q15 checks continue. Belongings search negative.
Disposition: crisis stabilization unit vs. inpatient; Medicaid pending. Reassess at 1600 by PES attending.
""", summary="""
On reassessment the patient was calmer with {{score:PHQ-9 19}} and moderate C-SSRS risk, and {{drug:Lexapro}} was resumed with {{drug:thiamine}} for {{eponym:Wernicke}} prophylaxis.
The sitter was stopped and disposition to a crisis unit or inpatient is pending.
"""),

    dict(style="bh_crisis_eval", note="""
MOBILE CRISIS - FIELD ASSESSMENT
Client: [[NAME:Yesenia Guadalupe Villaseñor]] ("[[NAME:Yesi]]"), {{age:15}} F, DOB [[DATE:08/23/2009]]
Location: family home, [[ADDRESS:2217 W Cermak Rd]], [[ADDRESS:pilsen]]       Dispatch [[DATE:10/07/24]] 15:48   Ref# [[MRN:MC-24-10-0388]]
Referred by school social worker [[NAME:Rocío Zamarripa]] ([[PHONE:773-555-0139]]) after yesi posted "im done" on Instagram.
Team: [[NAME:LR]] (LCPC) / [[NAME:TQ]] (peer support)
Mom [[NAME:Guadalupe]] and stepdad [[NAME:Chuy]] present; interview done w/ teen alone then family.
[[NAME:Yesi]] disclosed she swallowed 6 of mom's {{drug:sertraline}} {{dose:50 mg}} on [[DATE:Sun 10/6]] around 2300 and told nobody.
Nausea overnight, now none. Breakup w/ bf ([[NAME:Brayan]]) + bullying in group chat. {{score:ASQ positive}}, {{score:PHQ-A 21}}.
Denies current plan; "i just wanted to sleep". No firearms in home per [[NAME:Chuy]].
Plan: transport to Lurie ED for medical clearance (ingestion <24 h ago, needs {{lab:APAP}}/{{lab:ASA}} levels, ECG for QTc).
Lethal means counseling done w/ mom - lockbox for meds. Team will call mom [[PHONE:(773) 555-0194]] [[DATE:10/8]] a.m.
""", summary="""
Mobile crisis saw [[NAME:Yesenia Villasenor]], {{age:15}}, on [[DATE:10/07/24]] after she disclosed swallowing six {{drug:sertraline}} tablets on [[DATE:10/6]].
She was sent to the ED for medical clearance, with a call-back to her mother planned for [[DATE:10/8]].
"""),


    dict(style="er_psych_hold", note="""
APPLICATION FOR UP TO 72-HOUR ASSESSMENT, EVALUATION AND CRISIS INTERVENTION (W&I 5150) - ED COPY
Name: [[NAME:MATEO PASCUAL, ANDRÉS]]     AKA [[NAME:Andres Mateo]]
MRN [[MRN:LAC-8812034]]    FIN [[MRN:400019923781]]    DOB [[DATE:12MAR1998]] (per consular ID; pt unsure)
Detained [[DATE:2025-01-14]] 16:05 by LAPD Ofc. [[NAME:Domingo]], serial #[[MRN:41972]]; incident [[MRN:250114-0876]]
Language: Q'anjob'al, limited Spanish. Interpreter [[NAME:Juana Francisco]] via video (ID [[MRN:QJ-0217]]).
Advisement given [[DATE:1/14]] 1710 in Q'anjob'al; pt nodded, asked for his brother [[NAME:Lucas]].
Circumstances: found walking on the 101 shoulder near [[ADDRESS:Alvarado St]] without shoes, shouting that [[NAME:Lucas]]
was killed in [[ADDRESS:Santa Eulalia]] and that "they" followed him from [[ADDRESS:Westlake]]. Not eating x 3 days per roommate [[NAME:Mateo Diego]] ([[PHONE:213-555-0150]]).
Exam: {{score:GCS 15}}, {{vital:HR 121}}, {{vital:T 37.9}}, {{lab:glucose 64}} -> {{drug:D50}} {{dose:25 g}}; {{lab:CK 2,410}}; feet with lacerations.
Grounds: [x] danger to self  [ ] danger to others  [x] gravely disabled (cannot provide food/shelter)
Meds given: {{drug:Zyprexa Zydis}} {{dose:10 mg}} at 1745. Tetanus updated.
Probable cause established; copy of rights ("involuntary patient advisement") given and read aloud.
Signature: [[NAME:E. Reyes]], LCSW, LPS-designated #[[MRN:D-5531]]     [[DATE:01/14/25]] 18:20
""", summary="""
[[NAME:Andrés Mateo Pascual]] was placed on a 5150 hold on [[DATE:2025-01-14]] as gravely disabled and a danger to self, with a Q'anjob'al interpreter.
He was hypoglycemic ({{lab:glucose 64}}) with {{lab:CK 2,410}}, and his roommate [[NAME:Mateo Diego]] gave collateral.
"""),

    dict(style="legal_correspondence", note="""
LAW OFFICE OF [[NAME:JEAN-ROBERT DORVILUS]], P.A.
[[ADDRESS:8300 NE 2nd Ave, Suite 204, Miami, FL 33138]]     Tel [[PHONE:305-555-0114]]     Fax [[PHONE:305-555-0115]]

[[DATE:July 8th, 2024]]
VIA FACSIMILE to Health Information Management, North Shore Medical Center ([[PHONE:305.555.0161]])

Re:  Our client [[NAME:Medgine Saint-Fleur]]  (DOB [[DATE:5/30/1991]];  MRN [[MRN:NS-3392018]])
     Date of loss: [[DATE:02/17/2024]]
     PIP Claim No. [[MRN:FL-77310-2024-PIP]];  Policy [[MRN:0193 448 210]]

Enclosed are a HIPAA authorization signed by Ms. [[NAME:Saint-Fleur]] on [[DATE:6-28-24]] and a subpoena duces tecum in
[[NAME:Saint-Fleur]] v. [[NAME:Joseph]], Case No. [[MRN:2024-011872-CA-01]]. We request complete records for the admission of
[[DATE:2/17/24]] to [[DATE:2/19/24]], including the psychiatry consult, CT head, and the discharge prescription for {{drug:Zoloft}} {{dose:50 mg}},
and outpatient therapy notes by [[NAME:Rosemène Théodore]], LMHC, from March 2024 to present. Records previously sent on [[DATE:5/3]]
were missing the {{score:PCL-5}} questionnaires and the ED triage sheet.
Please direct questions to my paralegal, [[NAME:Fedner]] "[[NAME:Fed]]" [[NAME:Louissaint]], at ext. [[PHONE:207]] or [[EMAIL:flouissaint@dorviluslaw.com]].

Sincerely,
[[NAME:J-R Dorvilus]], Esq.
""", summary="""
Attorney [[NAME:Jean-Robert Dorvilus]] wrote on [[DATE:July 8th, 2024]] requesting records of [[NAME:Medgine Saint-Fleur]] for [[DATE:2/17/24]] to [[DATE:2/19/24]] under subpoena in case [[MRN:2024-011872-CA-01]].
He also asked for therapy notes by [[NAME:Rosemène Théodore]].
"""),

    dict(style="cps_report", note="""
DCF ONGOING - HOME VISIT NOTE
Family: [[NAME:GOMES]] / [[NAME:ANDRADE]]     Case # [[MRN:NB-41177-DCF]]     Worker: [[NAME:Kátia Barbosa]]
Visit: [[DATE:Tues 9/24/24]] 1600-1700, [[ADDRESS:301 County St]], [[ADDRESS:new bedford]] (announced)
Present: mother [[NAME:Zeferina Gomes]]; maternal grandmother Nha [[NAME:Bia]] (Kriolu; [[NAME:Zeferina]] interpreted at family's request);
children [[NAME:Adilson]] ({{age:9}}), [[NAME:Mirela]] ({{age:6}}), and [[NAME:Jayden Andrade]] ({{age:7}} mo).
Father [[NAME:Nilton Andrade]] remains at Bristol County HOC, expected release [[DATE:Nov 30]]; no contact order per [[DATE:8/2/24]] 209A.
Observations: apt clean, food in fridge, working smoke detectors. [[NAME:Jayden]] asleep supine in Pack 'n Play - safe sleep reviewed again.
[[NAME:Adilson]] missed 4 days at Parker School since [[DATE:9/3]]; [[NAME:Zeferina]] says asthma - has {{drug:Flovent}} {{dose:44 mcg}} but spacer broken.
[[NAME:Mirela]] shy, smiled, showed drawing of "vovo". No marks observed.
Action: WIC recert [[DATE:10/1]]; Early Intervention referral for [[NAME:Jayden]] sent to [[PHONE:508-555-0106]];
call pediatrician Dr. [[NAME:Pina]] at Greater New Bedford CHC ([[PHONE:508-555-0157]]) re spacer and 9-mo well visit.
Next visit: [[DATE:10/08/2024]].   -- [[NAME:KB]]
""", summary="""
DCF worker [[NAME:Kátia Barbosa]] visited the [[NAME:Gomes]] family on [[DATE:9/24/24]] and found the home safe, with safe-sleep teaching repeated for [[NAME:Jayden]].
[[NAME:Adilson]]'s asthma spacer needs replacing and the next visit is [[DATE:10/08/2024]].
"""),

    dict(style="social_work_note", note="""
Social Work Psychosocial Assessment

[[NAME:Dieuseul Nozière]] is a [[AGE:93]] yo Haitian Creole-speaking widower admitted [[DATE:01/06/2025]] after an unwitnessed fall at home
with a R hip fracture (s/p hemiarthroplasty [[DATE:1/7]]). He lives with his daughter [[NAME:Mercy Nozière-Joseph]] in [[ADDRESS:Mattapan]].
[[NAME:Mercy]] works nights as a CNA; grandson [[NAME:Peterson]] ({{age:19}}) is with him days but is in school 3 days/wk.
His wife died in 2019. He attends Église Baptiste Béthel; Pastor [[NAME:Exil]] visits weekly ([[PHONE:617-555-0102]]).
Insurance: Medicare MBI [[MRN:4TW8-EK3-MN27]]; MassHealth [[MRN:100271839904]]; enrolled in a Senior Care Options plan.
HCP: [[NAME:Mercy]] - cell [[PHONE:617-555-0191]], work [[PHONE:617 555 0140]]. HCP form dated [[DATE:2021-03-15]] scanned.
Function: {{score:Katz ADL 3/6}} prior to admission; now {{score:2/6}}. Cognition {{score:MoCA 14/30}} (Creole version, via interpreter
[[NAME:Nadège]] #[[MRN:7731]]), likely baseline mild dementia. Uses walker; hard of hearing L.
Family wishes: SNF rehab then home with PCA hours. [[NAME:Mercy]] prefers a facility with Creole-speaking staff near [[ADDRESS:Dorchester]].
Plan: referrals sent to 3 SNFs [[DATE:1/9]]; PCA evaluation to be requested through SCO; SW to meet family [[DATE:Fri 1/10]] at 3pm.
""", summary="""
[[NAME:Dieuseul Nozière]], [[AGE:93]], admitted [[DATE:01/06/2025]] with a hip fracture, lives with daughter and health care proxy [[NAME:Mercy]] in [[ADDRESS:Mattapan]].
SW sent SNF referrals on [[DATE:1/9]] and will meet the family [[DATE:1/10]].
"""),

    dict(style="social_work_note", note="""
SOCIAL WORK - SDOH SCREEN AND RESOURCE NOTE
Reason for consult: positive food insecurity and housing screens on admission nursing intake.
Hunger Vital Sign: positive (both items). Housing: doubled-up, fear of losing housing in next 2 months.
Transportation: no car; relies on MBTA and The RIDE eligibility pending.
Utilities: shut-off notice received; Fuel Assistance (LIHEAP) application started with patient.
Interpersonal safety: HITS score {{score:HITS 5}} (negative). No concerns for abuse or neglect.
Substance use: {{score:AUDIT-C 2}}; denies drugs. Tobacco: quit.
Benefits: SNAP active; WIC not eligible; SSDI application in progress - Disability Determination Services forms reviewed.
Resources given: Greater Boston Food Bank pantry list, Project Bread FoodSource Hotline, Medical-Legal Partnership referral for
housing court, Community Health Worker program referral placed in Epic.
Clinical context: discharging on {{drug:Eliquis}} {{dose:5 mg}} BID and {{drug:Entresto}} {{dose:24/26 mg}} BID - copay assistance requested
from pharmacy liaison; Meds-to-Beds to fill before discharge.
Plan: SW will follow Monday; patient aware and agreeable.
""", summary="""
Social work addressed positive food and housing insecurity screens, started fuel assistance, and referred the patient to Medical-Legal Partnership and a community health worker.
Copay help was requested for {{drug:Eliquis}} and {{drug:Entresto}}.
"""),

    dict(style="bh_crisis_eval", note="""
CRISIS CHAT TRANSCRIPT (excerpt, for warm-handoff record)    Session [[MRN:CC-250603-11847]]    [[DATE:06/03/2025]]
23:12  visitor: hi is this real person
23:12  [[NAME:mlopez4]]: Hi, yes. I'm [[NAME:Marta]], a crisis counselor. What's going on tonight?
23:14  visitor: im [[NAME:dayanara]]. my mom [[NAME:rosa]] is at work she dont know im up
23:15  visitor: i took like 4 of my abuelas {{drug:clonazepam}} like 20 min ago
23:16  [[NAME:mlopez4]]: Thank you for telling me, [[NAME:Dayanara]]. Are you safe where you are right now? Where are you?
23:17  visitor: home in [[ADDRESS:homestead]] by the [[ADDRESS:krome ave]] walmart
23:19  visitor: my bf [[NAME:brayan]] broke up w me on the 1st and everyone at school knows
23:21  [[NAME:mlopez4]]: Can you give me a number where someone can reach you?
23:22  visitor: [[PHONE:786 555 0138]]
23:24  supervisor [[NAME:ES]] notified; active rescue initiated, Miami-Dade dispatch ref [[MRN:MD-0603-2291]]
23:31  visitor: theres a cop at the door
23:31  [[NAME:mlopez4]]: You did the right thing reaching out. They're there to help.
Outcome: EMS transported to Homestead Hospital ED; warm handoff call to charge RN [[NAME:Tzul]] at 23:58.
""", summary="""
In a crisis chat on [[DATE:06/03/2025]], [[NAME:Dayanara]] from [[ADDRESS:Homestead]] reported taking four {{drug:clonazepam}} tablets after a breakup.
Counselor [[NAME:mlopez4]] started an active rescue and EMS took her to the ED.
"""),

    dict(style="court_correspondence", note="""
IN THE PROBATE COURT NO. 4 OF HARRIS COUNTY, TEXAS - MENTAL HEALTH DOCKET
Cause No. [[MRN:2025-01822]]        In re: [[NAME:Denis Alexander Bustillo Ulloa]]
ORDER SETTING HEARING ON APPLICATION FOR COURT-ORDERED TEMPORARY MENTAL HEALTH SERVICES

On [[DATE:Feb. 14, 2025]] an Application was filed, supported by Certificates of Medical Examination by Dr. [[NAME:Lorena Cálix]]
(examined [[DATE:2/13/25]]) and Dr. [[NAME:Ismael Funes]] (examined [[DATE:02-14-2025]]). Respondent is presently detained at
Harris County Psychiatric Center, MRN [[MRN:HC0098123]], under Order of Protective Custody signed [[DATE:2/14]].
Hearing is set for [[DATE:the 21st]] of this month, i.e. [[DATE:February 21st, 2025]], at 9:00 a.m., by video.
Attorney ad litem appointed: [[NAME:Marvin Zúniga]], State Bar No. [[MRN:24098117]], [[PHONE:713-555-0176]].
Respondent's mother, [[NAME:Dilcia Ulloa]], of [[ADDRESS:Tegucigalpa]], may attend by telephone at [[PHONE:+504 2233-0917]];
court interpreter (Spanish) [[NAME:Y. Maradiaga]] to be present.
Clinical summary from CME: {{age:24}} yo with first-episode psychosis, {{lab:UDS neg}}, on {{drug:risperidone}} {{dose:2 mg}} qHS, refusing meds x 3 days.

SIGNED [[DATE:2/15/2025]].        ________________________  Judge Presiding
cc: [[NAME:M. Zuniga]]; County Attorney; HCPC Legal ([[EMAIL:hcpc.legal@hcpc-tx.org]])
""", summary="""
The probate court set a hearing for [[DATE:February 21st, 2025]] on temporary mental health services for [[NAME:Denis Bustillo Ulloa]] (cause [[MRN:2025-01822]]).
Attorney [[NAME:Marvin Zúniga]] was appointed and his mother [[NAME:Dilcia Ulloa]] may join by phone.
"""),

    dict(style="er_psych_hold", note="""
ED BH boarding - day 4   [[DATE:11/23]]
pt [[NAME:Ixchel Coc]] ({{age:17}}F) remains under IVC (petition [[MRN:24SP001392]]), awaiting adolescent bed. Q'eqchi'/Spanish, prefers Spanish.
0200 woke, tried to leave through ambulance bay; security [[NAME:KT]] / [[NAME:SB]] responded. verbal de-esc failed.
0215-0300 4-pt restraint per Dr [[NAME:Bol]]; {{drug:Benadryl}} {{dose:50 mg}} IM + {{drug:Haldol}} {{dose:5 mg}} IM 0218.
0245 face-to-face eval by [[NAME:RW]], circulation checks q15 min WNL. released 0300, slept.
0700 {{vital:BP 104/62}} {{vital:HR 88}} {{vital:SpO2 99%}}. eating ~50%. denies SI today, says she "lost faith anyone will help".
sitter [[NAME:faith]] (0700-1900) at bedside; pt asking for her aunt.
aunt [[NAME:Rosario Caal]] called 0930 ([[PHONE:919-555-0133]]) - cannot visit, works at plant in [[ADDRESS:Siler City]]; will call back on break.
first hearing was due [[DATE:11/22]] - continued because pt not transferred; next date per clerk [[DATE:11/29]].
bed search: Holly Hill (declined - acuity), UNC WakeBrook (waitlist #3), Strategic (faxed [[DATE:11/23]] 1015).
meds: {{drug:fluoxetine}} {{dose:20 mg}} daily started [[DATE:11/21]]; {{drug:melatonin}} {{dose:3 mg}} qHS.
-- [[NAME:jm]] RN / [[NAME:Xol]] SW
""", summary="""
[[NAME:Ixchel Coc]], {{age:17}}, is boarding in the ED under IVC on [[DATE:11/23]] and needed 4-point restraint with {{drug:Haldol}} and {{drug:Benadryl}} overnight.
Her aunt [[NAME:Rosario Caal]] cannot visit, and the commitment hearing was moved to [[DATE:11/29]].
"""),

    dict(style="cps_report", note="""
CHILD PROTECTIVE SERVICES - IN-HOME SAFETY PLAN
County case [[MRN:CPS-24-00981]]     Referral [[MRN:R-2403-55192]]     Date [[DATE:3/14/24]]
CPS specialist: [[NAME:Norma Tiul]] (Spanish)     Q'eqchi' interpreter: [[NAME:Sebastián Xol]] [[PHONE:(308) 555-0180]]
Children: [[NAME:Heidy Pop Caal]] ({{age:11}}), [[NAME:Juan Pop]] ({{age:4}}), [[NAME:Ana]] ({{age:2}})
Parents: [[NAME:Marcelino Pop Choc]] and [[NAME:Rosa Caal Cucul]], [[ADDRESS:1402 W 4th St]], [[ADDRESS:Grand Island]], NE
Concern: [[NAME:Juan]] was admitted to Children's Nebraska [[DATE:3/2]]-[[DATE:3/9]] for failure to thrive ({{lab:Hgb 8.1}}, weight < 3rd %ile),
and [[NAME:Heidy]] has missed 23 school days since [[DATE:Jan 8]] to care for siblings while both parents work night shift.
Safety actions agreed:
  1. [[NAME:Heidy]] will attend school daily; [[NAME:Ana]] will go to sitter Doña [[NAME:Magdalena]] on shift nights.
  2. Parents will take [[NAME:Juan]] to Dr. [[NAME:Us]] at Heartland Health Center on [[DATE:March 20th]] and to WIC on [[DATE:the 22nd]].
  3. Give [[NAME:Juan]] {{drug:ferrous sulfate}} {{dose:3 mg/kg}} daily and PediaSure 2 bottles/day as ordered at discharge.
  4. Worker will visit weekly; next [[DATE:Thursday, 3/21]].
Signed: [[NAME:M.P.C.]] (father, signed with mark), [[NAME:RCC]], [[NAME:N. Tiul]]
""", summary="""
A safety plan made [[DATE:3/14/24]] with the [[NAME:Pop]] family through a Q'eqchi' interpreter addresses [[NAME:Juan]]'s failure to thrive ({{lab:Hgb 8.1}}) and [[NAME:Heidy]]'s missed school.
[[NAME:Juan]] will see Dr. [[NAME:Us]] on [[DATE:March 20th]].
"""),

    dict(style="court_letter", note="""
FORENSIC PSYCHOLOGICAL EVALUATION - SUMMARY LETTER
To: Immigration Judge, Executive Office for Immigration Review, Boston Immigration Court
Respondent: [[NAME:Marleny Yamileth Ayala Chicas]]      A# [[MRN:A 219-384-607]]
Next hearing: [[DATE:Monday, August 18, 2025]] at 8:30 AM (individual hearing)
Dates of evaluation: [[DATE:6/2/2025]] and [[DATE:6/9/2025]], 5.5 hours total, in Spanish.

Ms. [[NAME:Ayala Chicas]] reports that in [[ADDRESS:Soyapango]] members of a gang killed her brother [[NAME:Wilber]] on [[DATE:24/10/2021]]
(date as written on the Salvadoran death certificate she provided) and threatened her after she reported it. She left on [[DATE:3 de enero de 2022]].
She endorses nightmares, startle, avoidance of men with tattoos, and hearing [[NAME:Wilber]]'s voice at night, which she understands is not real.
Testing: {{score:PCL-5 61}}, {{score:HTQ 3.1}}, {{score:PHQ-9 22}}; TOMM within normal limits (no indication of feigning).
Her account was consistent across both interviews and with the scar on her L forearm (3 cm), described to me as from a machete.
Diagnoses: PTSD, chronic; major depressive disorder, single episode, severe. She sees Dra. [[NAME:Wendy Argueta]] at East Boston
Neighborhood Health Center and takes {{drug:sertraline}} {{dose:100 mg}} and {{drug:prazosin}} {{dose:2 mg}} qHS since [[DATE:Sept. 3rd, 2024]].
In my opinion her symptoms are consistent with the persecution she describes, and testifying may be impaired by dissociation.

[[NAME:Beatriz Mejía-Rivas]], PhD          [[EMAIL:bmejia.rivas@protonmail.com]]     [[PHONE:+1 617 555 0104]]
""", summary="""
Dr. [[NAME:Mejía-Rivas]] evaluated asylum respondent [[NAME:Marleny Ayala Chicas]] (A# [[MRN:A 219-384-607]]) on [[DATE:6/2/2025]] and [[DATE:6/9/2025]] and found chronic PTSD with {{score:PCL-5 61}}.
Her hearing is [[DATE:Monday, August 18, 2025]].
"""),

    dict(style="er_psych_hold", note="""
RESTRAINT / SECLUSION FLOWSHEET - Emergency Department, Psychiatric Pod
Order: violent/self-destructive restraint, 4-point, initiated 1442; LIP face-to-face within 1 hour completed 1510.
Least restrictive measures attempted: verbal de-escalation, offered PO {{drug:Zyprexa}} {{dose:5 mg}} (refused), quiet room, food.
Emergency meds: {{drug:ketamine}} not used; {{drug:droperidol}} {{dose:5 mg}} IM 1445 + {{drug:midazolam}} {{dose:2 mg}} IM 1445.
q15 min monitoring:
  1500  airway patent, {{vital:SpO2 96%}}, {{vital:RR 18}}, CMS intact x4, skin intact at cuffs, fluids offered (refused)
  1515  {{vital:HR 104}}, {{vital:BP 138/86}}, calmer, {{score:RASS +1}}
  1530  {{score:RASS 0}}, requesting release, able to contract for safety with staff
  1545  release criteria met; L leg and R arm released, then full release 1550
ECG after {{drug:droperidol}}: {{lab:QTc 448}} ms. No {{eponym:Brugada}} pattern.
Debrief with patient completed; patient states "I was scared, I didn't know where I was."
Staff injuries: none. Patient injuries: abrasion R wrist, bacitracin applied.
Notification: Behavioral Health Nurse Manager and Patient Rights per policy. Event reviewed at Safety Huddle.
""", summary="""
The patient was in 4-point restraint from 1442 to 1550 after {{drug:droperidol}} and {{drug:midazolam}}, with q15 monitoring and a post-event {{lab:QTc 448}}.
There was a minor wrist abrasion and a debrief was done.
"""),

    dict(style="social_work_note", note="""
Social Work - Guardianship / {{eponym:Rogers}} update          [[DATE:10-02-2024]]
Pt: [[NAME:ZAMUDIO, SOCORRO]]    MRN [[MRN:0007781154]]    Unit 6 West, bed 14
{{age:84}} yo Spanish-speaking woman from [[ADDRESS:Jalisco]], admitted [[DATE:09/12/24]] with delirium superimposed on {{eponym:Alzheimer}} dementia.
Probate & Family Court (Hampden) docket [[MRN:HD24P1187GD]]: temporary guardian appointed [[DATE:9/27]] - son [[NAME:Jesús Zamudio Ochoa]]
of [[ADDRESS:Holyoke]], cell [[PHONE:413-555-0147]]. {{eponym:Rogers}} authority for {{drug:risperidone}} {{dose:0.25 mg}} BID requested;
GAL [[NAME:Amparo de la Garza]], Esq., [[PHONE:413.555.0170]], visited pt [[DATE:Mon 9/30]] with interpreter.
Daughter [[NAME:Dolores]] "[[NAME:Lola]]" [[NAME:Zamudio]] lives in [[ADDRESS:Guadalajara]] ([[PHONE:+52 33 5555 0198]]); spoke with her by
WhatsApp [[DATE:10/1]]; she supports the guardianship and wants mom placed near [[NAME:Chuyito]] (= [[NAME:Jesús]]).
Hearing on the permanent petition: [[DATE:Oct. 16th]], 2 pm; SW to send updated clinical affidavit (MCCR by Dr. [[NAME:Tum]], dated [[DATE:09/25/2024]]).
Placement: Loomis Lakeside and Soldiers' Home not accepting; Genesis Holyoke reviewing - clinicals faxed to [[PHONE:(413) 555-0189]].
[[NAME:Mayra Q. Cortez]], LICSW   x[[PHONE:5523]]
""", summary="""
[[NAME:Socorro Zamudio]], {{age:84}}, has a temporary guardian, her son [[NAME:Jesús Zamudio Ochoa]], appointed [[DATE:9/27]], and {{eponym:Rogers}} authority for {{drug:risperidone}} is being sought.
The permanent hearing is [[DATE:Oct. 16th]] and SNF placement is pending.
"""),

    dict(style="bh_crisis_eval", note="""
this is doctor [[NAME:fils-aimé]] dictating a crisis evaluation on [[NAME:jhonson exantus]], last name spelled [[NAME:e x a n t u s]],
medical record number [[MRN:four four seven two nine one zero]], date of birth [[DATE:june ninth two thousand one]], date of service
[[DATE:march twelfth twenty twenty five]] period new paragraph. mister [[NAME:exantus]] is a {{age:twenty three}} year old haitian man brought
from [[ADDRESS:randolph]] by his mother [[NAME:marie carmel]] comma who can be reached at [[PHONE:six one seven, five five five, zero one four six]]
comma after he told her he wanted to die and she found a rope in his closet period he lost his job at the warehouse on [[DATE:the fifth]]
and his girlfriend [[NAME:lovely]] correction [[NAME:loveline]] left with their son period he has been drinking nightly comma
{{lab:blood alcohol eighty two}} on arrival period columbia screen positive for an interrupted attempt period he takes
{{drug:zoloft}} {{dose:fifty milligrams}} prescribed by doctor [[NAME:jean-louis]] at the health center comma last filled [[DATE:one slash twenty]] period
new paragraph assessment comma high acute risk period plan comma section twelve signed comma {{drug:thiamine}} {{dose:one hundred milligrams}}
comma ciwa protocol comma sitter comma mother updated period end of dictation.
transcribed [[DATE:03/13/2025]] 07:41 [[NAME:KLM]]   job [[MRN:J8841207]]
""", summary="""
Dr. [[NAME:Fils-Aimé]] dictated a crisis evaluation of [[NAME:Jhonson Exantus]], {{age:23}}, seen [[DATE:march twelfth twenty twenty five]] after his mother [[NAME:Marie Carmel]] found a rope in his closet.
He was judged high acute risk and placed on a Section 12.
"""),

    dict(style="social_work_note", note="""
SW brief note -- Peds ED, [[DATE:Sun 8/4/24]] 19:40
Consulted re: {{age:2}} y/o with spiral fx L tibia, hx of "fell off couch" per caregiver. Skeletal survey ordered by Dr. [[NAME:Jordan Fils]]
(pgr [[PHONE:4-1187]]); {{lab:LFTs}} and {{lab:lipase}} nl, {{lab:UA}} neg for blood. Toddler's fx possible per Ortho ([[NAME:Savannah Jeune]], PA-C).
Child: [[NAME:Madison Dorcely]], DOB [[DATE:6/11/22]], MRN [[MRN:2290415]]. Mother [[NAME:Guerline Dorcely]] ([[PHONE:781-555-0124]]),
bf [[NAME:Wilner]] ("[[NAME:Will]]") [[NAME:Bazile]] watching child when injured at [[ADDRESS:27 Elm Ter]], [[ADDRESS:Malden]].
Per mom, [[NAME:Madison]] walks well, no prior injuries; PCP Dr. [[NAME:May Dorlus]] ([[PHONE:781 555 0196]]) - last WCC [[DATE:5/14]], on time for shots.
Hx consistent per both caregivers interviewed separately (Creole interp [[NAME:Mirlande]] #[[MRN:2207]]). Child playful, no other bruising ({{score:TEN-4}} neg).
Plan: will await survey; if neg, no 51A per CPT attending Dr. [[NAME:Fils]]. Mom has hope it's "just a break" - supported.
""", summary="""
SW saw [[NAME:Madison Dorcely]], age {{age:2}}, on [[DATE:8/4/24]] for a spiral tibia fracture, with a consistent history from [[NAME:Guerline Dorcely]] and [[NAME:Wilner Bazile]] and a negative TEN-4 screen.
No 51A is planned if the skeletal survey is negative.
"""),
]
