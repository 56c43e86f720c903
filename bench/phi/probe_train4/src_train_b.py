NOTES = [
    dict(style="bh_outpatient", note="""
BEHAVIORAL HEALTH OUTPATIENT - Medication Management (video)
Patient: [[NAME:Kristoffer Lunde]]   DOB: [[DATE:04/30/1968]]   MRN: [[MRN:BH-220193]]
Location: patient at home in [[ADDRESS:Decorah]], IA; provider in clinic.
S: f/u MDD + GAD. Started {{drug:Wellbutrin XL}} {{dose:150 mg}} on [[DATE:2/3]]; "more get-up-and-go," still ruminates at night about the co-op layoffs. Wife [[NAME:Brit]] finds him "less snappish." No SI. 2-3 beers on weekends. {{score:PHQ-9 12}} (was 18), {{score:GAD-7 10}}.
Portal msg [[DATE:2/20]]: "Hi Dr [[NAME:Mo]], the wellbutrin gives me dry mouth, is that normal? -[[NAME:Kris]]"
Spoke with [[NAME:Halvorsen]] (pharmacist, Hy-Vee) re prior auth for {{drug:Trintellix}}; not needed for now.
O: alert, casually dressed, mildly anxious, linear, no psychomotor change. Home cuff {{vital:BP 136/84}}.
A/P: partial response.
- Increase {{drug:Wellbutrin XL}} to {{dose:300 mg}} qam.
- Continue {{drug:hydroxyzine}} {{dose:25 mg}} prn; {{dose:1/2 tab}} if groggy next day.
- CBT-I referral; sleep hygiene handout.
- [[NAME:Brit]] asked to be on ROI; her email [[EMAIL:britlunde68@mchsi.example.com]].
Return 6 wks; will message sooner if rash, insomnia or agitation.
[[NAME:Mo Bergland]], PMHNP-BC
""", summary="""
[[NAME:Kristoffer Lunde]] has a partial response of depression and anxiety to {{drug:Wellbutrin XL}} ({{score:PHQ-9 12}}), so the dose was raised to {{dose:300 mg}}. His wife [[NAME:Brit]] was added to the ROI and he returns in 6 weeks.
"""),

    dict(style="crisis_line", note="""
CRISIS LINE - CALL RECORD
Call ID [[MRN:CL-2025-118804]]   Rec'd [[DATE:Sun 3/9/2025]] 22:47   Line: 988 regional
Caller: [[NAME:Sune Ekdahl]] ("[[NAME:Sunny]]"), aged [[AGE:91]], widower, lives alone on a farm outside [[ADDRESS:Cokato]]. Callback [[PHONE:320-555-0177]].
Presenting: [[NAME:Sunny]] says wife [[NAME:Margit]] died [[DATE:Feb 2]]; "the house is too quiet, I keep her coat on the chair." Denies a plan "but I wouldn't mind not waking up." Late wife's {{drug:oxycodone}} still in the cabinet (~20 tabs) and a deer rifle in the closet.
Risk: passive SI, access to means, age, recent loss, isolation = moderate-high. Protective: dog, church, grandson [[NAME:Hunter]] checks on him Sundays, older brother [[NAME:Nils]] ([[AGE:96]]) calls from assisted living in [[ADDRESS:Litchfield]].
Intervention: collaborative safety plan; caller agreed to bag the pills for [[NAME:Hunter]] to take to the pharmacy take-back; rifle to neighbor [[NAME:Dale Lund]] ("[[NAME:Dale]]'s been after it for years anyhow").
Mobile crisis offered and declined; agreed to follow-up call tomorrow 1000 and gave permission to call [[NAME:Hunter]] ([[PHONE:320-555-0162]]).
Counselor: [[NAME:Sanna Virtanen]] (ID [[MRN:4471]]); consulted supervisor [[NAME:Young]], and [[NAME:Young]] agreed with plan.
Outcome: call ended 23:31; caller calmer, "it's a sunny forecast tomorrow, maybe I'll get out to the barn."
""", summary="""
[[NAME:Sune Ekdahl]], a [[AGE:91]]-year-old widower, called on [[DATE:3/9/2025]] with passive suicidal ideation and access to opioids and a rifle. He agreed to a safety plan with grandson [[NAME:Hunter]] removing the pills and a follow-up call the next morning.
"""),

    dict(style="substance_use_counseling", note="""
SUBSTANCE USE COUNSELING - Individual Session Note
Client: [[NAME:Tyler]] "[[NAME:Ty]]" [[NAME:Rask]]   DOB [[DATE:1/15/1995]]   Client # [[MRN:SU-40917]]
Date: [[DATE:4/8/25]]   IOP session 9; 50 min individual
Dx: OUD, severe, on MOUD ({{drug:Suboxone}} {{dose:16/4 mg}} SL daily); stimulant use d/o, mild.
[[NAME:Ty]] reports 23 days since last fentanyl. UDS today: + bup, + norbup, neg fentanyl, neg meth. {{score:COWS 2}}.
Cravings {{score:4/10}}, worst at shift change at the feed mill. Sponsor [[NAME:buck]] ([[NAME:Buck Aalto]]) texts daily; attends NA Tues/Thurs in [[ADDRESS:Aitkin]]. Girlfriend [[NAME:crystal]] "is still using, so I'm staying at my mom's." Denies crystal meth since February.
Interventions: MI; relapse prevention (HALT); role-played turning down crystal at work; reviewed {{drug:naloxone}} use.
Plan: continue IOP; bup refill via [[NAME:Nyström]] [[DATE:4/15]]; next session [[DATE:Tues 4/15]], group on [[DATE:the 22nd]]; ROI for mom ([[NAME:Darla Rask]]) signed.
Collateral: mom [[NAME:darla]] called after session ([[PHONE:218-555-0139]]); returned call, she is "proud of him."
-- [[NAME:Siv Haraldsen]], LADC   cc: [[NAME:nystrom]]
""", summary="""
[[NAME:Ty Rask]] is 23 days free of fentanyl on {{drug:Suboxone}} with a negative fentanyl screen and support from sponsor [[NAME:Buck]], though his girlfriend still uses. His next session is [[DATE:4/15]] and his mother [[NAME:Darla]] is on the ROI.
"""),

    dict(style="court_ordered_eval", note="""
COURT-ORDERED EVALUATION: COMPETENCY TO STAND TRIAL
State v. [[NAME:Rowdy Lee King]]   Case No. [[MRN:27-CR-24-19335]]   Order dated [[DATE:September 12, 2024]]
DOB [[DATE:3/3/1983]]   SSN xxx-xx-[[SSN:6602]]
Judge: Hon. [[NAME:Agnes Brekke]]; Defense: [[NAME:Colter Pruitt]], Esq.; State: ACA [[NAME:Ingrid Moe]]
Charges: 2nd-degree burglary; criminal damage to property (grain elevator in [[ADDRESS:Wadena]]).
Sources: interview [[DATE:10/2/24]] (2.5 h, county jail); jail medical records; prior evaluation (2019) by [[NAME:Lindeman K]]; collateral from mother [[NAME:Faye King]], [[PHONE:(218) 555-0150]].
Mental status: [[NAME:King]] was cooperative but tangential and endorsed hearing "the elevator talking." On {{drug:Invega Sustenna}} {{dose:156 mg}} monthly since [[DATE:8/30]]; jail RN notes partial adherence with oral {{drug:Risperdal}} before that.
Testing: {{score:MacCAT-CA Understanding 10/16}}, {{score:Reasoning 9/16}}, {{score:Appreciation 4/12}}.
Functional abilities: knows the charges and roles ("the judge is king of the courtroom, [[NAME:Pruitt]] is on my side"), but believes [[NAME:Pruitt]] and [[NAME:Moe]] both "work for the elevator" and refuses to discuss a plea.
Opinion: Mr. [[NAME:King]] does not currently meet the {{eponym:Dusky}} standard (rational understanding, ability to consult with counsel). Restoration is likely with continued treatment.
Recommendation: jail-based competency restoration; reassess in 90 days.
[[NAME:Greta Solvik]], PhD, LP - Court Examiner
""", summary="""
[[NAME:Rowdy King]] was found not competent to stand trial on the {{eponym:Dusky}} standard because of psychotic beliefs about his own lawyer, despite knowing the charges. Jail-based restoration and re-evaluation in 90 days were recommended.
"""),

    dict(style="bh_outpatient", note="""
OUTPATIENT PSYCHOTHERAPY PROGRESS NOTE (CPT 90837)
Modality: Telehealth audio-video; patient at home, clinician in office; consent on file.
Dx: PTSD, chronic (F43.12); Alcohol Use Disorder, mild, in early remission.
Session focus: Cognitive Processing Therapy session 7 (Trust module); reviewed Stuck Points Log and ABC worksheets.
Patient identified stuck point "If I let anyone close, I'll get hurt"; worked through Challenging Questions and Patterns of Problematic Thinking. Affect anxious then brighter; good engagement.
Measures: {{score:PCL-5 38}} (intake 61); {{score:PHQ-9 9}}; {{score:AUDIT-C 1}}.
Meds per psychiatry: {{drug:prazosin}} {{dose:2 mg}} qhs (nightmares down from 5/wk to 1/wk), {{drug:sertraline}} {{dose:100 mg}}.
Risk: denies SI/HI; Safety Plan reviewed, unchanged.
Homework: Trust worksheet; continue Stuck Points Log; attend Saturday SMART Recovery meeting.
Plan: weekly sessions, CPT sessions 8-12 to follow; coordinate with prescriber on {{drug:prazosin}} titration.
""", summary="""
In Cognitive Processing Therapy session 7 the patient worked on trust-related stuck points, with PTSD symptoms improving ({{score:PCL-5 38}} from 61). Weekly sessions continue and there was no SI.
"""),

    dict(style="crisis_line", note="""
CRISIS TEXT LINE - CONVERSATION EXCERPT
Conv # [[MRN:TX-558120]]   started [[DATE:11/23/2024]] 01:12   Texter: [[NAME:stormy.k94]]
[01:12] texter: idk why im texting. my bf [[NAME:cody]] left and took the truck. im at my grandmas in [[ADDRESS:dunseith]] and shes asleep
[01:14] counselor [[NAME:Kai]]: I'm really glad you reached out. Can I ask, are you thinking about suicide tonight?
[01:16] texter: kinda. i have my grandmas pills. shes on {{drug:metoprolol}} and {{drug:gabapentin}}
[01:17] texter: and dont tell me to call my mom. [[NAME:tammy]] wont pick up after 10
[01:21] counselor [[NAME:Kai]]: Thank you for telling me. Would you be willing to put the pills somewhere hard to get to while we talk?
[01:24] texter: ok i put them in the freezer lol. grandma [[NAME:june]] would kill me if she knew
[01:31] texter: my cousin [[NAME:hope]] is up, shes coming over. its stormy out but she lives like 2 min away
[01:33] counselor [[NAME:Kai]]: That sounds like a really good step. I hope you two can talk tonight.
[01:47] texter: [[NAME:hope]]'s here. thank u [[NAME:kai]]
Counselor note: passive SI, means secured (freezer, cousin present); protective: cousin, grandmother. No active rescue. Follow-up text offered for [[DATE:11/24]] pm, accepted. Reviewed w/ supervisor [[NAME:Eli Strand]]. -[[NAME:kai]]
""", summary="""
A texter in [[ADDRESS:Dunseith]] reached the crisis text line on [[DATE:11/23/2024]] with passive suicidal ideation and access to her grandmother's pills. She secured the pills and her cousin [[NAME:Hope]] came over; no rescue was needed.
"""),

    dict(style="substance_use_counseling", note="""
SUD GROUP COUNSELING NOTE - Early Recovery Group (IOP Phase I)
Group size 9; 90 min; psychoeducational + process.
Topic: Triggers and HALT; Matrix Model session 12, "Recognizing Relapse Justification."
Content: members listed external triggers (paydays, the bar by the Co-op, fishing opener) and internal triggers (boredom, shame). Reviewed the Serenity Prayer and the "play the tape forward" tool.
Medication discussion: questions about {{drug:Vivitrol}} vs {{drug:Antabuse}}, and whether {{drug:Suboxone}} "counts as sobriety"; facilitator reviewed MOUD as evidence-based treatment. {{drug:Narcan}} kits offered; 4 taken.
Group UDS results (aggregate): 8/9 expected results; 1 positive for THC addressed individually.
Process: two members shared lapses; group responded with support rather than shaming. One member celebrated 90 days and received a chip.
Homework: relapse-justification log; attend 3 community meetings (AA, NA, SMART or Celebrate Recovery).
Next group: Relapse Prevention Plan drafting.
""", summary="""
An early-recovery IOP group of 9 covered triggers, HALT and relapse justification, discussed {{drug:Vivitrol}}, {{drug:Antabuse}} and {{drug:Suboxone}}, and handed out {{drug:Narcan}} kits. One member celebrated 90 days.
"""),

    dict(style="court_ordered_eval", note="""
COURT-ORDERED CHEMICAL HEALTH ASSESSMENT (DWI)
Client: [[NAME:HEIKKINEN, PÄIVI K]]   DOB [[DATE:1989-06-21]]   Docket [[MRN:69VI-CR-25-2208]]
Referral: probation ([[NAME:Jordan Case]], PO, [[PHONE:218-555-0191]]) per order of Judge [[NAME:Bishop]] dated [[DATE:5/6/2025]].
Incident [[DATE:3/29/25]]: stopped on [[ADDRESS:Hwy 53]] near [[ADDRESS:Cotton]]; {{lab:BAC 0.19}} on DataMaster. Second DWI in 10 years (first 2017).
Use hx: onset age {{age:15}}; 4-6 drinks weeknights, up to 12 on weekends; 3 blackouts past year; denies morning shakes. Snus daily. Cannabis occasional.
Screens: {{score:AUDIT 24}}, {{score:DAST-10 2}}, {{lab:PEth 312 ng/mL}}, {{lab:GGT 88}}.
Collateral: husband [[NAME:Jussi]] by phone, "she hides the vodka in the sauna woodbox." Sister [[NAME:Aino]] in [[ADDRESS:Minneapolis]] not reached.
ASAM dimensions: D1 low, D2 none, D3 moderate ({{score:GAD-7 13}}), D4 moderate, D5 high, D6 moderate.
Dx: Alcohol Use Disorder, moderate.
Recommendation: outpatient treatment (ASAM 1.0-2.1), abstinence monitoring, DWI education panel; consider {{drug:naltrexone}} {{dose:50 mg}} via PCP.
In this case client agrees with the recommendations. Report faxed to [[NAME:Case]] and to [[NAME:Bishop]]'s clerk, fax [[PHONE:218-555-0102]].
[[NAME:Tove Gulbrandsen]], LADC
""", summary="""
[[NAME:Päivi Heikkinen]] was assessed after a second DWI on [[DATE:3/29/25]] ({{lab:BAC 0.19}}) and diagnosed with moderate alcohol use disorder ({{score:AUDIT 24}}). Outpatient treatment was recommended and the report went to PO [[NAME:Case]] and Judge [[NAME:Bishop]].
"""),

    dict(style="bh_outpatient", note="""
BH INTAKE - Perinatal Mental Health Clinic
Name: [[NAME:Hrafnhildur Sigurðardóttir]] (goes by "[[NAME:Hrafna]]")   DOB [[DATE:14.02.1993]]   MRN [[MRN:9127734]]
Referral: OB Dr. [[NAME:Bell]]; {{score:EPDS 17}} at 6-wk postpartum visit [[DATE:Aug 19, 2025]].
HPI: {{age:32}}yo G2P2, son [[NAME:Kári]] born [[DATE:July 7th]], {{score:Apgar 8/9}}. Pregnancy complicated by R {{eponym:Bell}} palsy in 3rd trimester, mostly resolved.
Since delivery: low mood, intrusive images of dropping the baby on the stairs, checks his breathing every 15 min at night, not sleeping even when [[NAME:Kári]] sleeps. Husband [[NAME:Einar Þór Pálsson]] works nights in [[ADDRESS:Rochester]]. Her mother flew in from [[ADDRESS:Reykjavík]] and leaves [[DATE:9/14]].
Hx: PPD after first child ([[NAME:Embla]], now {{age:4}}), treated in Iceland with {{drug:sertraline}} {{dose:50 mg}}, good response. Breastfeeding.
No SI; intrusive thoughts ego-dystonic; no psychosis. {{score:EPDS 19}} today, item 10 = 0. {{score:GAD-7 15}}.
Dx: MDD with peripartum onset, anxious distress; r/o perinatal OCD.
Plan: restart {{drug:Zoloft}} {{dose:25 mg}} x1 wk then {{dose:50 mg}} (compatible with breastfeeding; d/w [[NAME:Bell]]). CBT with ERP with [[NAME:Grace Thorsen]], LICSW. PSI support group. Email check-ins OK: [[EMAIL:hrafna.sig@example.is]].
Residual mild R facial weakness from the {{eponym:Bell}} palsy; she feels "ugly in photos."
Next visit [[DATE:Sept 2]], 1 pm.
-- Dr. [[NAME:Jonna Wikström]]
""", summary="""
[[NAME:Hrafnhildur Sigurðardóttir]] presented with postpartum depression and intrusive harm images after her son's birth on [[DATE:July 7th]] ({{score:EPDS 19}}). {{drug:Zoloft}} was restarted after discussion with Dr. [[NAME:Bell]], and CBT with ERP was arranged.
"""),

    dict(style="crisis_line", note="""
crisis line f/u call (outbound) - [[DATE:12/02/24]] 1015 - counselor: [[NAME:Ásta]]
called [[NAME:niillas]] at [[PHONE:360-555-0146]] per plan from [[DATE:11/30]] call. answered 2nd ring. says he slept "like a stone" after going to his cousin [[NAME:ánde]]'s place in [[ADDRESS:poulsbo]]. still no contact w ex ([[NAME:elle]]), which he says is "for the best." no si today, urge {{score:0/10}}; hunting knife left at [[NAME:ánde]]'s. drinking: "two beers, that's it."
mood {{score:4/10}} (was {{score:1/10}}). reviewed safety plan steps 1-3. plans to call VA mental health intake tomorrow; warm handoff declined, gave Veterans Crisis Line (988 press 1).
[[NAME:ánde]] on phone briefly: will keep the knife, has callback [[PHONE:360-555-0199]] ext [[PHONE:212]].
will try again [[DATE:12/4]] if no VA appt. per [[NAME:niillas]] ok to leave vm.
caller: [[NAME:MAGGA, NIILLAS]]  caller ID [[MRN:CL-24-77310]]
closed: low risk. -[[NAME:as]]
""", summary="""
On a follow-up call [[DATE:12/02/24]], [[NAME:Niillas Magga]] denied suicidal ideation, reported better mood and left his knife with cousin [[NAME:Ánde]]. He plans to contact VA intake and another call is set for [[DATE:12/4]] if needed.
"""),

    dict(style="bh_outpatient", note="""
CHILD & ADOLESCENT PSYCHIATRY - Outpatient Follow-up
[[NAME:Addison Kjeldsen]] ({{age:15}} y/o F)   MRN [[MRN:C-3390126]]   Visit [[DATE:10-17-2024]]
With mom ([[NAME:Rikke]]); dad ([[NAME:Anders]]) joined by phone.
Eating: restricting to ~900 kcal/d; wt 44.1 kg (down 2.3 kg since [[DATE:9/19]]), {{vital:BMI 16.4}}; orthostatic {{vital:HR 58}} supine, {{vital:HR 92}} standing.
[[NAME:Addison]] endorses fear of weight gain, denies purging, runs 6 mi/day for cross-country. Coach [[NAME:Cross]] is aware; [[NAME:Cross]] benched her pending medical clearance.
PCP labs ([[NAME:Hjort]]): {{lab:Na 131}}, {{lab:K 3.4}}, {{lab:glucose 68}}, {{lab:AM cortisol 3.2}}; endocrine referral to r/o {{eponym:Addison}} disease given salt craving and darkened knuckles. ACTH stim [[DATE:10/22]].
Mood {{score:PHQ-A 14}}; no SI. Motor/vocal tics since age {{age:8}}, dx {{eponym:Tourette}} syndrome 2019, stable on {{drug:guanfacine}} {{dose:1 mg}}.
Plan: FBT; dietitian [[NAME:Hope Mørch]]; weekly weights; hold {{drug:Prozac}} until the cortisol workup is back. Admit criteria reviewed (HR under 50, {{lab:K <3.0}}, syncope).
Mom asked whether "Addison's disease" could explain everything; we hope to know after the stim test, but the ED behaviors need treatment regardless.
[[NAME:T. Lauritsen]], MD
""", summary="""
[[NAME:Addison Kjeldsen]], {{age:15}}, has restrictive eating with weight loss, orthostasis and low cortisol, so {{eponym:Addison}} disease is being ruled out with a stim test on [[DATE:10/22]]. Family-based treatment with dietitian [[NAME:Hope Mørch]] begins and {{drug:Prozac}} is on hold.
"""),

    dict(style="substance_use_counseling", note="""
OTP - DOSING & COUNSELING NOTE
Pt: [[NAME:Lindgren, Grace A.]]   ID [[MRN:OTP-07712]]   [[DATE:Mon 1/13/25]]
{{drug:Methadone}} {{dose:95 mg}} po observed, swallowed, 0805. RN [[NAME:mb]].
Missed [[DATE:1/10]]-[[DATE:1/12]]: [[NAME:Grace]] says car died on the county road, no ride. Policy: 3 missed = reassess; RN [[NAME:mb]] kept dose at {{dose:95 mg}} after {{score:COWS 11}} and counselor review.
Counseling (15 min, [[NAME:Per Nystad]], CADC): [[NAME:Grace]] tearful, "I'm tired of begging for rides." Set up Medicaid NEMT (member ID [[MRN:MN0441927X]]). Her phone is in a grace period until [[DATE:1/20]]; gave free-phone program info.
UDS: + methadone, neg fentanyl, + THC. {{lab:QTc 452}} on [[DATE:12/30]] ECG, stable.
Take-homes: none (phase 1). Peer recovery coach [[NAME:Chance Bergh]] will call her about rides; by chance [[NAME:Chance]] lives two miles from her.
Next counseling Mon.
- [[NAME:pn]] / [[NAME:mb]]
""", summary="""
[[NAME:Grace Lindgren]] received {{drug:methadone}} {{dose:95 mg}} on [[DATE:1/13/25]] after missing three doses for lack of a ride; the dose was kept the same after a {{score:COWS 11}}. Medicaid transport was set up and peer coach [[NAME:Chance]] will help with rides.
"""),

    dict(style="court_ordered_eval", note="""
CUSTODY / PARENTING-TIME EVALUATION - Court-Ordered (Summary of Findings)
Matter: [[NAME:Hale, Faith N.]] v. [[NAME:Hale, Wade T.]]   Court file [[MRN:43-FA-24-1187]]   Order [[DATE:7/1/2024]]
GAL: [[NAME:Lincoln Moe]]   Evaluator: [[NAME:Signe Aalberg]], PsyD, LP
Children: [[NAME:Mason]] ({{age:9}}), [[NAME:Lily-Rose]] ({{age:6}}).
Procedures: interviews with [[NAME:Faith]] ([[DATE:7/18]], [[DATE:8/1]]) and [[NAME:Wade]] ([[DATE:7/22]], [[DATE:8/5]]); home visits at [[NAME:Wade]]'s farm outside [[ADDRESS:Hector]] on the [[DATE:3rd of August]] and [[NAME:Faith]]'s apartment in [[ADDRESS:Willmar]]; child interviews; MMPI-3 both parents; collateral from teacher [[NAME:April Lindstrom]], pediatrician, and paternal grandmother [[NAME:Bev Hale]].
Findings:
- [[NAME:Faith]]: MMPI-3 valid; elevated anxiety scales; in treatment for PTSD, adherent.
- [[NAME:Wade]]: MMPI-3 valid but defensive ({{score:L-r 70T}}); {{score:AUDIT 16}}; two DWIs; warm, involved with farm chores.
- [[NAME:Mason]] has little faith that "Dad will quit the beer"; close to both parents.
- [[NAME:Lily-Rose]] drew both homes; wants "the kitties at Daddy's."
Recommendations: joint legal custody; primary physical custody to [[NAME:Faith]]; alternating weekends with [[NAME:Wade]], contingent on 90 days of SCRAM monitoring; family therapy.
Prepared for Hon. [[NAME:Dale Vik]]; copies to counsel [[NAME:R. Ostby]] and [[NAME:Haugen-Price]], and to [[NAME:Moe]].
""", summary="""
A court-ordered custody evaluation of [[NAME:Faith]] and [[NAME:Wade Hale]] recommended joint legal custody with primary physical custody to [[NAME:Faith]]. [[NAME:Wade]]'s weekend time is contingent on 90 days of alcohol monitoring given an {{score:AUDIT 16}}.
"""),

    dict(style="crisis_line", note="""
CRISIS LINE CALL NOTE - Anonymous caller
Caller declined to give name or location; number blocked. Call 02:14, duration 38 min.
Presenting: adult caller, slurred at times, states took "a couple" {{drug:Benadryl}} to sleep and had 3 beers; denies other ingestion. Reports breakup, job loss, and "my landlord gave me the 10-day notice."
Risk assessment (SAFE-T): SI with no plan, no intent; hx one attempt by overdose (about 5 years ago); no firearms; lives alone. Protective: cat, sister "who always picks up."
Interventions: active listening, grounding, {{eponym:Stanley-Brown}} Safety Planning Intervention steps 1-4 completed verbally; caller moved the remaining {{drug:Benadryl}} and a bottle of {{drug:Xanax}} {{dose:0.5 mg}} (old Rx) to the car trunk.
Offered Mobile Crisis / EMS; declined. Caller agreed to text sister before sleeping and to call back if urges rise.
Disposition: no imminent risk identified; supervisor consulted; Follow-Up not possible (anonymous).
""", summary="""
An anonymous caller with suicidal ideation without plan, after alcohol and {{drug:Benadryl}}, completed a {{eponym:Stanley-Brown}} safety plan and moved medications out of reach. No imminent risk was identified and emergency services were declined.
"""),

    dict(style="bh_outpatient", note="""
Psychiatry Outpatient Progress - [[DATE:June 3rd]]
Mr. [[NAME:Graves]] ([[NAME:Halvard Graves]], {{age:62}}) returns for panic disorder f/u.
Since last visit, endocrinology (Dr. [[NAME:Aho]]) confirmed {{eponym:Graves}} disease: {{lab:TSH <0.01}}, {{lab:free T4 3.9}}, TRAb positive. Started {{drug:methimazole}} {{dose:10 mg}} and {{drug:propranolol}} {{dose:20 mg}} tid.
[[NAME:Graves]] still notes palpitations and tremor "like before" but far fewer panic attacks (2 in 4 wks vs 3/wk). {{vital:HR 78}}, {{vital:BP 128/70}}. {{score:PDSS 9}} (was 17).
Much of the "panic" was likely thyrotoxicosis. Wife [[NAME:June]] says he sleeps through now.
Eyes: mild proptosis; ophtho referral per [[NAME:Aho]], ordered.
Plan: taper {{drug:Klonopin}} {{dose:0.5 mg}} bid to {{dose:0.25 mg}} bid x2 wks, then stop; continue CBT with [[NAME:Al Ness]]; coordinate with [[NAME:Aho]] on beta-blocker dose.
Return late June if the taper is rough, otherwise [[DATE:July 15]].
""", summary="""
[[NAME:Halvard Graves]]'s panic attacks have fallen sharply since {{eponym:Graves}} disease was diagnosed and treated with {{drug:methimazole}} and {{drug:propranolol}}. {{drug:Klonopin}} will be tapered, with follow-up on [[DATE:July 15]].
"""),

    dict(style="substance_use_counseling", note="""
Telephonic SUD counseling - [[DATE:5/9/2025]], 20 min
Client [[NAME:Göran Bergström]] called from the cabin near [[ADDRESS:Grand Marais]] (poor signal, dropped once).
[[NAME:Göran]] reports 41 days without alcohol; taking {{drug:Antabuse}} {{dose:250 mg}} daily, observed by wife [[NAME:May]] ("[[NAME:May]] watches me take it with my coffee"). Cravings {{score:2/10}}. Attends online AA most evenings.
[[NAME:May]] got on the phone: "he may seem fine but he's not sleeping." Sleep 4-5 h; declines sleep meds. Encouraged CBT-I app, no caffeine after noon.
LFTs [[DATE:4/30]]: {{lab:AST 41}}, {{lab:ALT 38}}, {{lab:GGT 97}} (improving).
Plan: next call [[DATE:5/16]]; in-person visit [[DATE:May 23]] once they are back from the cabin. Client may call sooner if cravings rise.
-- [[NAME:Ib Thomsen]], LADC
""", summary="""
[[NAME:Göran Bergström]] is 41 days sober on observed {{drug:Antabuse}}, with improving liver tests but poor sleep per his wife [[NAME:May]]. The next call is [[DATE:5/16]] and an in-person visit is set for [[DATE:May 23]].
"""),

    dict(style="court_ordered_eval", note="""
COURT-ORDERED RISK ASSESSMENT (pre-sentence)
RE: [[NAME:KÄRKKÄINEN, JUKKA T]] aka "[[NAME:Jake]]"   DOB [[DATE:02/29/1976]]   Court File [[MRN:CR-23-4410]]   SID [[MRN:MN10588231]]
Requested by Hon. [[NAME:Marit Dahle]]; report due [[DATE:12/15/2023]].
Index offense: felony domestic assault against partner [[NAME:Crystal White]], [[DATE:2/11/2023]], in [[ADDRESS:Embarrass]].
Sources: police report, PSI, DOC records (2 prior convictions); interviews [[DATE:11/6]] and [[DATE:11/13/2023]] (5 h total); collateral from PO [[NAME:Bo Nygaard]] and sister [[NAME:Liisa Kärkkäinen]]; victim advocate declined. Jail roster misspells him as "[[NAME:Karkainen, Juka]]".
Hx: TBI 2004 (logging accident); AUD; two prior no-contact order violations. {{lab:BAL 0.17}} at arrest.
Instruments: HCR-20 V3 Historical {{score:14/20}}, Clinical {{score:6/10}}, Risk Management {{score:7/10}}; {{score:PCL-R 19}} ({{eponym:Hare}}; below research cutoff); {{score:ODARA 6}}.
Opinion: moderate-high risk of future partner violence, chiefly when drinking. [[NAME:Jukka]] voiced remorse: "I'm not a white-knuckle guy, I need real help." [[NAME:White]] has moved to her mother's.
Recommendations: domestic-abuse programming (Duluth Model curriculum); AUD treatment with {{drug:naltrexone}}; maintain no-contact order; neuropsych follow-up for TBI.
[[NAME:Åse Fjeld]], PsyD, ABPP
""", summary="""
A pre-sentence risk assessment of [[NAME:Jukka Kärkkäinen]] for assault on [[NAME:Crystal White]] found moderate-high risk of partner violence, mainly with drinking ({{score:PCL-R 19}}, {{score:ODARA 6}}). Abuse programming, alcohol treatment and a continued no-contact order were recommended.
"""),

    dict(style="bh_outpatient", note="""
BH IOP - Group Note (individual)
[[DATE:Wed 2/26/25]] 0900-1200   Client: [[NAME:Ola Nyhus]]   Enc [[MRN:88120457]]
Groups: Mindfulness (0900), CBT for Depression (1000), Relapse Prevention (1100)
Facilitators: [[NAME:Green]] (LCSW), [[NAME:Baker]] (OT); relapse prevention by rn [[NAME:sunny]].
[[NAME:Ola]] attended all three. Mindfulness: body scan, tension {{score:6/10}} to {{score:3/10}}. CBT: named automatic thought "I'm a burden to [[NAME:Liv]] and the kids"; [[NAME:Green]] helped him test it with an evidence log. RP: mapped green, yellow and red warning signs; yellow = isolating in the shop and skipping {{drug:Effexor XR}} {{dose:150 mg}}.
Behavior: on time, brighter affect, appropriate humor. Denied SI at check-in; {{score:PHQ-9 13}} (from 21).
Homework: share the warning-sign plan with wife [[NAME:Liv]] before Fri.
[[NAME:Baker]] to assess return-to-work tolerances for the sawmill next week. [[NAME:Sunny]] will pass his question about an {{drug:Effexor}} increase to Dr. [[NAME:Stene]].
-- co-signed [[NAME:E. Green]], LCSW
""", summary="""
[[NAME:Ola Nyhus]] attended all three IOP groups on [[DATE:2/26/25]], with mood improving ({{score:PHQ-9 13}} from 21) and no SI. He will share his warning-sign plan with his wife [[NAME:Liv]], and [[NAME:Baker]] will assess his return to work.
"""),

    dict(style="crisis_line", note="""
MOBILE CRISIS TEAM - FIELD NOTE
Dispatch [[DATE:01/04/2025]] 1620 from 988 (call # [[MRN:C25-000417]]). Team: [[NAME:Rusty Sæther]], MA; [[NAME:Kirsi Laine]], RN. Co-response: Deputy [[NAME:Young]], who stepped back at our request; [[NAME:Young]] waited by the cruiser.
Location: farmhouse on [[ADDRESS:County Rd 12]], 4 mi S of [[ADDRESS:Westby]].
Subject: [[NAME:Britt-Marie Olsson]], {{age:67}}. Son [[NAME:Leif Olsson]] ([[PHONE:608-555-0123]]) called: she has been "talking to Dad" (died 2 yrs ago), not eating, barricaded the pantry door.
On arrival: in kitchen, oriented x2, believed the deputy was "a young man from the creamery."
Vitals with consent: {{vital:BP 178/96}}, {{vital:HR 104}}, {{vital:SpO2 95%}}, fingerstick {{lab:glucose 242}}. {{drug:Metformin}} bottle full (filled [[DATE:11/28]]); likely not taking.
Assessment: probable delirium (hyperglycemia, r/o UTI) on possible dementia; no SI/HI; not safe alone tonight.
Disposition: voluntary transport by [[NAME:Leif]] to Gundersen ED in [[ADDRESS:La Crosse]]; no hold needed. [[NAME:Young]] cleared 1735. Handoff to ED charge RN ([[NAME:Summer]]) 1740.
F/u call to [[NAME:Leif]] set for [[DATE:1/5]].
-[[NAME:rs]] / [[NAME:kl]]
""", summary="""
A mobile crisis team with Deputy [[NAME:Young]] assessed [[NAME:Britt-Marie Olsson]], {{age:67}}, on [[DATE:01/04/2025]] and found probable delirium with a {{lab:glucose 242}} from missed {{drug:metformin}}. Her son [[NAME:Leif]] drove her to the ED voluntarily.
"""),

    dict(style="bh_outpatient", note="""
PORTAL MESSAGE THREAD - Outpatient Psychiatry
[[DATE:Thu 2/6/25]] 21:41 - patient ([[NAME:Risten Eira-Walker]], [[EMAIL:risten.eira@example.com]]):
hi dr [[NAME:haug]], its [[NAME:risten]]. walgreens says my {{drug:lamictal}} refill needs a new script?? i have 3 pills left. also my mom ([[NAME:ellen]]) says i seem "flat" since we went up to 200. i feel ok just tired. can u call me [[PHONE:715-555-0186]] after 3, im at the vet clinic in [[ADDRESS:tomah]] til then. thx, [[NAME:R.E.]]
[[DATE:2/7/25]] 08:12 - RN triage ([[NAME:Kaisa]]):
Hi [[NAME:Risten]], Dr. [[NAME:Haug]] is out today and Dr. [[NAME:Sandvik]] is covering. Refill sent to Walgreens ({{drug:lamotrigine}} {{dose:200 mg}} daily, #30). I will ask [[NAME:Sandvik]] about the tiredness. Any rash, fever, or mouth sores? -[[NAME:ks]]
[[DATE:2/7/25]] 12:30 - patient:
no rash. thanks [[NAME:kaisa]]!! tell dr [[NAME:sandvik]] hi
[[DATE:2/7/25]] 16:05 - Dr. [[NAME:A. Sandvik]] (covering):
Spoke w/ pt by phone. Mild fatigue, no rash, mood stable ({{score:PHQ-9 6}}). Move dose to bedtime; f/u w/ [[NAME:Haug]] as scheduled [[DATE:2/20]]. cc: [[NAME:haug]]
""", summary="""
[[NAME:Risten Eira-Walker]] asked for a {{drug:lamotrigine}} refill and reported tiredness since the increase to {{dose:200 mg}}. The covering psychiatrist sent the refill, found no rash, moved the dose to bedtime, and kept follow-up on [[DATE:2/20]].
"""),
]
