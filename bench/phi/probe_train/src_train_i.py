"""Hand-written probe training notes, part i: behavioral health (psychiatry progress notes, group therapy,
substance-use treatment, crisis line calls). Every person, number, date and street is invented."""

NOTES = [
    dict(style="psychiatry_progress", note="""
PSYCHIATRY OUTPATIENT PROGRESS NOTE
Pt: [[NAME:Shlomo Peretz]]   MRN [[MRN:40018862]]   DOB [[DATE:07/22/1979]]
DOS: [[DATE:03/11/2025]]   Visit type: 30-min med management, in person

S: [[NAME:Shlomo]] rates mood "maybe a 6," up from a 3 in January. Sleeping 6-7 h with {{drug:trazodone}} {{dose:50 mg}} qhs. Denies SI/HI/AVH. Wife ([[NAME:Tamar]]) joined for the last 10 min and says he is back to going to shul with their son [[NAME:Or]] on Saturday mornings. Still ruminating about the layoff, worse Sunday nights.
O: Neatly dressed, good eye contact, speech nl rate/volume. Affect mildly constricted, reactive. TP linear, no delusions. {{score:PHQ-9 11}} (prev {{score:PHQ-9 17}}), {{score:GAD-7 9}}. {{vital:BP 128/82}}, {{vital:wt 84.2 kg}}.
A: MDD, recurrent, moderate - partial response to {{drug:sertraline}} {{dose:100 mg}}. No activation, no GI s/e.
P:
- Increase {{drug:sertraline}} to {{dose:150 mg}} daily
- Continue weekly CBT w/ [[NAME:Naama Ben-David]], LCSW; [[NAME:Naama]] will send the {{eponym:Beck}} inventory before next visit
- [[NAME:Tamar]] has the clinic number and will call if he stops eating or talks about not being around
- [[NAME:Or]] (son, {{age:17}}) asked for a separate family session - will call [[NAME:Naama]] to set it up
- RTC 6 wk, sooner PRN

[[NAME:Yevgeny Orlov]], MD, Psychiatry
""", summary="""
[[NAME:Shlomo Peretz]] has a partial response to {{drug:sertraline}} ({{score:PHQ-9 11}}), so the dose goes up to {{dose:150 mg}}. CBT with [[NAME:Naama Ben-David]] continues, and [[NAME:Tamar]] will call if he gets worse.
"""),

    dict(style="group_therapy", note="""
DBT SKILLS GROUP - Distress Tolerance module, session 3 of 6
Date: [[DATE:Tues 4/8/2025]]   1300-1430   Room 3B
Facilitators: [[NAME:M. Castellanos]], LPC; [[NAME:Greer]] (MSW intern)
Present (7): [[NAME:Hope]], [[NAME:Bo]], [[NAME:Dmitri]], [[NAME:Giulia]], [[NAME:Jo]], [[NAME:Will]], [[NAME:Rafaela]]
Absent: [[NAME:Ty]] (excused - court date), [[NAME:Mercy]] (no call)

Skill taught: TIPP (temperature, intense exercise, paced breathing, paired muscle relaxation) and STOP.
[[NAME:Hope]] shared a diary card win: used cold water on her face instead of cutting Sat night. [[NAME:Bo]] was quiet for the first half, then asked whether intense exercise is safe with his asthma; reviewed modifications. [[NAME:Dmitri]] and [[NAME:Giulia]] role-played STOP around a conflict with a supervisor. [[NAME:Jo]] stepped out for 10 min, returned calmer, later said "I did the paced breathing in the hallway lol." [[NAME:Will]] challenged whether skills "actually work"; group responded supportively and [[NAME:Will]] agreed to track urges for one week. [[NAME:Rafaela]] asked for the worksheet in Portuguese - [[NAME:Greer]] will print one.
Homework: TIPP once daily + diary card. We will review chain analysis next week; facilitators hope to begin Emotion Regulation in May.
No safety concerns voiced in group. Individual therapists messaged re [[NAME:Ty]] and [[NAME:Mercy]].

[[NAME:Marisol Castellanos]], LPC
Cosigned: [[NAME:Greer Whitfield]], MSW intern
""", summary="""
Seven members ([[NAME:Hope]], [[NAME:Bo]], [[NAME:Dmitri]], [[NAME:Giulia]], [[NAME:Jo]], [[NAME:Will]], [[NAME:Rafaela]]) practiced the TIPP and STOP skills on [[DATE:4/8/2025]]; [[NAME:Ty]] and [[NAME:Mercy]] were absent. No safety concerns came up.
"""),

    dict(style="substance_use_counseling", note="""
OTP INDIVIDUAL COUNSELING NOTE - Methadone Maintenance
[[NAME:VOLKOV, ARTEM D]]     Acct# [[MRN:OTP-22-08814]]     DOS [[DATE:19-Feb-2025]]
Counselor: [[NAME:dlevine2]]   Phase II (take-homes suspended since [[DATE:2/13]])

[[NAME:Artem]] came on time for his 1:1 after dosing. Current {{drug:methadone}} {{dose:85 mg}} daily. UDS from [[DATE:2/12]] + fentanyl, + methadone, neg benzo/cocaine. [[NAME:Artem]] says it was "one time" after a fight with his girlfriend [[NAME:Katya]], used alone in his car. Reviewed overdose risk w/ fentanyl, never-use-alone line, and he showed me the {{drug:Narcan}} kit in his jacket.
Cravings 6/10, worst around 1600 when he leaves the warehouse. {{score:COWS 3}} this AM per dosing RN.
Goals: (1) 30 days neg UDS to restore take-homes, (2) attend Thursday group, (3) call [[NAME:Ed]] (NA sponsor) nightly this week.
Per Dr. [[NAME:Moreau]] (spoke [[DATE:2/18]]), dose increase to {{dose:95 mg}} starting tomorrow, then reassess in 5 days.
New cell for reminders: [[PHONE:(267) 418-0933]]. Release on file for [[NAME:Katya Belova]] - NOT for his father.

[[NAME:Dana Levine]], CADC
Reviewed: [[NAME:Claire Moreau]], MD, Medical Director
""", summary="""
[[NAME:Artem Volkov]] had a fentanyl-positive screen on [[DATE:2/12]]; his {{drug:methadone}} goes from {{dose:85 mg}} to {{dose:95 mg}} per Dr. [[NAME:Moreau]]. He will call his sponsor [[NAME:Ed]] nightly and attend Thursday group.
"""),

    dict(style="crisis_line_call", note="""
CRISIS LINE - CALL RECORD
Rec'd [[DATE:11/30/2024]] 22:17   Dur 41 min   Line: 988 regional backup
Call taker: [[NAME:Abernathy K]] (ID [[MRN:CT-0417]])

Caller gave first name only, [[NAME:Dallas]], male, sounds mid-20s, in his truck in a gas station lot in [[ADDRESS:Warner Robins]]. Girlfriend [[NAME:Savannah]] left tonight and took the kids to her mother's in [[ADDRESS:Macon]]. Drinking since ~1800 ("six or seven tallboys"). Handgun in the glovebox.
C-SSRS screen: + wish to be dead, + active SI, initially no plan, then "I could just drive into the river." No prior attempts.
[[NAME:Dallas]] agreed to unload the gun and lock it in the toolbox in the bed while on the line (heard the lid). Reason for living: his daughter [[NAME:Jordan]] ("she's {{age:4}}"). Agreed to have cousin [[NAME:Tyrell]] come get him.
Callback given: [[PHONE:478-390-2716]]; cousin [[PHONE:478-217-5540]].
2241 conference call w/ [[NAME:Tyrell]] - on his way, ETA 15 min, will keep the gun at his house.
2258 [[NAME:Dallas]] confirmed [[NAME:Tyrell]] arrived; caller calmer, says he'll sleep at [[NAME:Tyrell]]'s. Safety plan reviewed verbally.
Dispo: de-escalated, no EMS dispatch. Follow-up call [[DATE:12/1]] 1000 with consent. Shift lead [[NAME:Baptiste]] reviewed at 2310.
-- [[NAME:K. Abernathy]]
""", summary="""
[[NAME:Dallas]], drinking and suicidal with a gun in his truck after [[NAME:Savannah]] left, agreed to lock the gun away and was picked up by cousin [[NAME:Tyrell]]. A follow-up call is set for [[DATE:12/1]].
"""),

    dict(style="psychiatry_inpatient_progress", note="""
4 WEST ADULT PSYCHIATRY - DAILY PROGRESS NOTE
PT: [[NAME:ROSSI, LUCIA F]]   MRN [[MRN:77203154]]   HD #6   LEGAL: 72-HR HOLD, SIGNED VOLUNTARY [[DATE:03/02]]
INTERVAL: PER NURSING SLEPT 5 H. REFUSED {{drug:OLANZAPINE}} {{dose:10 MG}} HS, TOOK PRN {{drug:ATIVAN}} {{dose:1 MG}} X1 AT 0240 FOR AGITATION. PER [[NAME:GIANNI]] (BROTHER) BY PHONE, PT CALLED HIM 11 TIMES OVERNIGHT FROM UNIT PHONE ASKING HIM TO "BRING THE PAPERS FROM THE VATICAN."
MSE: DISHEVELED, PRESSURED SPEECH, FLIGHT OF IDEAS. GRANDIOSE - BELIEVES SHE IS GODMOTHER TO THE POPE'S NIECE. NO SI/HI. INSIGHT POOR, JUDGMENT IMPAIRED.
{{vital:T 98.4}}  {{vital:HR 104}}  {{vital:BP 138/86}}.  {{score:YMRS 31}} (ADMIT {{score:YMRS 38}}).
{{lab:VALPROATE LEVEL 62}}, {{lab:AST 28}}, {{lab:PLT 211}}.
A/P: BIPOLAR I, CURRENT EPISODE MANIC, SEVERE WITH PSYCHOTIC FEATURES - SLOWLY IMPROVING.
- INCREASE {{drug:DEPAKOTE ER}} TO {{dose:1500 MG}} QHS, RECHECK LEVEL [[DATE:3/6]]
- SWITCH {{drug:OLANZAPINE}} TO ODT {{dose:15 MG}} HS GIVEN CHEEKING CONCERN
- [[NAME:LUCIA]] MAY USE PHONE 2X/DAY PER TEAM; [[NAME:GIANNI]] AGREES
- CASE MGR [[NAME:F. DE SOUSA]] TO CALL [[NAME:GIANNI]] RE DISCHARGE - HE LIVES IN [[ADDRESS:SOMERVILLE]], CELL [[PHONE:(617) 824-3391]]
[[NAME:ANTONELLA BRUNO]], MD, ATTENDING
SEEN WITH [[NAME:P. ROTH]], MD (PGY-2)
""", summary="""
[[NAME:Lucia Rossi]] remains manic and psychotic on hospital day 6; {{drug:Depakote ER}} goes up to {{dose:1500 mg}} and {{drug:olanzapine}} changes to ODT. Her brother [[NAME:Gianni]] agreed to limits on her phone calls.
"""),

    dict(style="psychiatry_consult_liaison", note="""
PSYCHIATRY C-L FOLLOW-UP
Reason for consult: "agitation, ?depression" - MICU bed 12
Chart reviewed, discussed with primary team and bedside RN, pt seen on AM rounds.

Course: HD 9 for {{eponym:Klebsiella}} urosepsis, intubated x3 days, extubated HD 5. Since then fluctuating attention, pulling at lines, reversed sleep-wake cycle.
Exam: CAM-ICU positive (inattention + disorganized thinking). {{score:RASS +2}} at 0800, {{score:RASS 0}} by end of visit. Oriented to self only. No focal deficits, no asterixis. Not endorsing low mood; team's "?depression" likely hypoactive phases of delirium.
Data: {{lab:Na 131}}, {{lab:BUN 38}}, {{lab:Cr 1.6}}, {{lab:TSH 2.1}}, {{lab:NH3 29}}. {{vital:QTc 478}} on AM ECG. {{eponym:Foley}} still in place.
Meds of note: {{drug:Precedex}} off since 0400; {{drug:Seroquel}} {{dose:25 mg}} qHS started last night; {{drug:oxycodone}} PRN.
Impression: Hyperactive/mixed delirium, multifactorial (sepsis, hyponatremia, sleep deprivation, opioids). Low suspicion for {{eponym:Wernicke}} but nutrition poor.
Recs:
1. {{drug:thiamine}} {{dose:200 mg}} IV TID x3 days
2. Continue {{drug:quetiapine}} {{dose:25 mg}} qHS; may give {{dose:12.5 mg}} PRN agitation; hold if QTc > 500
3. Avoid {{drug:lorazepam}} and {{drug:diphenhydramine}}
4. Remove {{eponym:Foley}} when able; lights on/blinds open during day, glasses and hearing aids on
5. C-L will follow daily
""", summary="""
The ICU patient has mixed delirium after urosepsis rather than depression. Recommendations are {{drug:thiamine}}, low-dose {{drug:quetiapine}} with QTc watch, no benzodiazepines or anticholinergics, and early {{eponym:Foley}} removal.
"""),

    dict(style="group_therapy", note="""
Relapse Prevention Group (IOP Track B) - [[DATE:Thu 1/16/2025]], 1800-1930
Leader: [[NAME:Ad Verhoeven]], LADC    Co-leader: [[NAME:Faith Whitlock]], CPRS
Members present: [[NAME:Or]], [[NAME:Bar]], [[NAME:Jürgen]], [[NAME:Al]], [[NAME:Étienne]], [[NAME:Mason]], [[NAME:Austin]], [[NAME:Joost]] (left 1850, work)

Topic: high-risk situations and the HALT check (hungry, angry, lonely, tired).
[[NAME:Or]] opened with 41 days; got a chip Sunday. [[NAME:Bar]] talked about his cousin's wedding - "I sat as far from the bar as I could and left before the toasts." [[NAME:Jürgen]] disclosed a lapse (2 beers Sat after the game); processed without shaming, [[NAME:Jürgen]] agreed to tell his primary counselor and do a chain analysis. [[NAME:Al]] is driving to [[ADDRESS:Austin]] for work next week and is worried about the hotel minibar; [[NAME:Austin]] suggested asking the front desk to empty it, which he did on his last trip. [[NAME:Étienne]] said he is "fatigué" most nights and that tired is his T. [[NAME:Mason]] gave [[NAME:Or]] feedback on how much calmer he seems. Several members talked about faith and a higher power.
BrAC all {{lab:BrAC 0.000}}. Random UDS collected from [[NAME:Al]] and [[NAME:Mason]].
Next week: trigger mapping. [[NAME:Faith]] will bring the worksheets.
[[NAME:A. Verhoeven]], LADC
""", summary="""
The relapse prevention group on [[DATE:1/16/2025]] worked on the HALT check; [[NAME:Jürgen]] disclosed a lapse, and [[NAME:Al]] planned how to handle a hotel stay in [[ADDRESS:Austin]]. Breath alcohol tests were all negative.
"""),

    dict(style="telepsychiatry_followup", note="""
TELEPSYCHIATRY FOLLOW-UP (video)     [[DATE:May 6, 2025]]
Patient: [[NAME:María José Fuentes Ibarra]]   DOB [[DATE:1996-10-03]]   MRN [[MRN:E5530921]]
Pt at home in [[ADDRESS:Hialeah]], FL; provider in clinic. Identity and location verified, consent for video on file.

Portal message rec'd [[DATE:5/2]], copied as written:
"hola dr [[NAME:de la cruz]] its [[NAME:maria jose]]. the new pill ({{drug:lamotrigine}}) is giving me a little rash on my arm?? its small and itchy. my sister [[NAME:lupe]] says stop it but i didnt yet. pls call me [[PHONE:305-774-1290]] after 3, im at work before. gracias"

Today: rash on L forearm, ~3 cm, macular, no blisters, no mucosal involvement, no fever. Onset day 19 of titration at {{dose:50 mg}}.
Given timing and {{eponym:Stevens-Johnson}} risk, lamotrigine STOPPED today; pt agrees. Mood: "flat but not as bad as winter." {{score:PHQ-9 13}}. No SI.
Plan:
- Start {{drug:Latuda}} {{dose:20 mg}} with dinner (>= 350 kcal), titrate to {{dose:40 mg}} in 1 wk
- [[NAME:Guadalupe]] (sister) will drive her to urgent care if fever, blisters, mouth sores
- Message sent back via portal; follow-up video 2 wk
[[NAME:Ignacio de la Cruz]], MD
""", summary="""
[[NAME:María José Fuentes Ibarra]] developed a small rash during {{drug:lamotrigine}} titration, so it was stopped and {{drug:Latuda}} {{dose:20 mg}} was started. Her sister [[NAME:Guadalupe]] will take her to urgent care if warning signs appear.
"""),

    dict(style="mobile_crisis", note="""
MOBILE CRISIS TEAM - FIELD CONTACT NOTE
Dispatched [[DATE:8/23/2024]] 1542 from crisis line (call taker [[NAME:R. Hairston]]).
Team: [[NAME:Darnell Pugh]], QMHP-C; [[NAME:Imani Brooks-Hayes]], RN
Location: family home, [[ADDRESS:2218 Pembroke Ave, Norfolk, VA 23504]]

Mother [[NAME:Grace Whitfield-Ames]] called about son [[NAME:Marcus]] (DOB [[DATE:02/14/2008]]), {{age:16}}, barricaded in his room after she took his phone; punched the wall, then texted a friend "im done fr." Friend's mother called [[NAME:Grace]].
On arrival [[NAME:Grace]] met us at the door, tearful. [[NAME:Darnell]] spoke with [[NAME:Marcus]] through the door ~20 min; [[NAME:Marcus]] came out, sat at kitchen table. Superficial abrasions R knuckles, cleaned by [[NAME:Imani]]. [[NAME:Marcus]] says the text meant "done with everybody," denies intent or plan, no prior attempts. ASQ positive (Q1, Q2), acuity screen negative.
Grandmother [[NAME:Odessa King]] lives next door and came over; [[NAME:Marcus]] asked to spend the night at her house.
Paged on-call child psychiatrist Dr. [[NAME:Wexler]] (pager [[PHONE:3381]]) 1640 - agrees with outpatient plan.
Plan: written safety plan; knives, meds and the father's old rifle locked at grandmother's; therapist Ms. [[NAME:Whitaker]] to see him within 72 h; team check-in call to mom [[PHONE:757-606-4478]] tomorrow AM. [[NAME:Grace]]: "I just hope he talks to somebody."
[[NAME:D. Pugh]], QMHP-C / [[NAME:I. Brooks-Hayes]], RN
""", summary="""
Mobile crisis saw [[NAME:Marcus]], {{age:16}}, after a worrying text; he denied intent, screened positive on the ASQ without acute risk, and will stay with grandmother [[NAME:Odessa King]] with means locked up. Dr. [[NAME:Wexler]] agreed with outpatient follow-up within 72 hours.
"""),

    dict(style="detox_nursing", note="""
Detox unit - RN note [[DATE:10/14/24]] 0400
Pt [[NAME:Sebastião Carvalho]], HD 2 ETOH w/d. Last drink [[DATE:10/12]] ~2200. Hx w/d sz in June 2023.
0300 {{score:CIWA-Ar 16}} (tremor 4, sweats 3, anx 3, agit 2, HA 2, N 2). {{vital:HR 112}} {{vital:BP 164/98}} {{vital:T 99.6}} {{vital:SpO2 97%}}.
Given {{drug:Librium}} {{dose:50 mg}} PO per protocol 0305.
0400 reassess {{score:CIWA-Ar 9}}, {{vital:HR 96}}, {{vital:BP 152/90}}. Tremor less. No hallucinations.
Pt asking for family - spoke w [[NAME:june]] (daughter) by phone 0330, she is driving up from [[ADDRESS:Fall River]] in AM, will bring his glasses.
Paged Dr. [[NAME:Bakker]] x2 re BP, no callback yet. [[NAME:Page]] (charge) aware, will page again 0430 if SBP > 160.
{{drug:thiamine}} {{dose:100 mg}} + MVI/folate given 2200. Fall precautions, bed alarm on, seizure pads up.
-[[NAME:T. Meireles]], RN
""", summary="""
[[NAME:Sebastião Carvalho]] had a {{score:CIWA-Ar 16}} overnight on detox day 2, improving to {{score:CIWA-Ar 9}} after {{drug:Librium}}. Dr. [[NAME:Bakker]] was paged about blood pressure, and daughter [[NAME:June]] is coming in the morning.
"""),

    dict(style="ect_progress", note="""
ECT TREATMENT NOTE - Index series, treatment #7
Patient: [[NAME:Hildegard Baumgärtner]]   MRN [[MRN:0091-447-23]]   Date: [[DATE:Jan 14, 2025]]
Indication: MDD, severe, w/o psychotic features; failed 4 antidepressant trials.

Pre: NPO since MN. {{vital:BP 142/80}}, {{vital:HR 78}}. {{score:MoCA 26}} (baseline 27). {{score:HAM-D 14}} (start of series {{score:HAM-D 31}}).
Anesthesia by Dr. [[NAME:Ulrich Brandt]]: {{drug:methohexital}} {{dose:70 mg}}, {{drug:succinylcholine}} {{dose:60 mg}}, {{drug:glycopyrrolate}} {{dose:0.2 mg}}.
Stim: RUL ultrabrief, {{dose:50% energy}}. Motor seizure 26 s (cuff), EEG 41 s with good postictal suppression.
Post: no {{eponym:Todd}} paresis; mild HA, {{drug:acetaminophen}} {{dose:1000 mg}} PO. Reoriented by 25 min.
[[NAME:Hildegard]] says she "can taste food again" and is reading the paper. Husband [[NAME:Uwe]] reports she called their daughter [[NAME:Anneliese]] on her own for the first time in months.
Plan: ECT #8 Friday; discuss taper to weekly continuation after #10. [[NAME:Uwe]] will drive; no driving x24h reviewed.

[[NAME:Jonas Krämer]], MD, psychiatry fellow
Attending attestation: I was present for the procedure. [[NAME:Friederike Lang]], MD
""", summary="""
[[NAME:Hildegard Baumgärtner]] had an uneventful seventh ECT, with {{score:HAM-D 14}} down from {{score:HAM-D 31}} and cognition stable. Her husband [[NAME:Uwe]] reports real gains; continuation ECT will be discussed after treatment 10.
"""),

    dict(style="iop_discharge", note="""
INTENSIVE OUTPATIENT PROGRAM - DISCHARGE SUMMARY
Client: [[NAME:Thibault Marchand]]   Client ID [[MRN:IOP-5521]]
Admit [[DATE:09/03/2024]]   Discharge [[DATE:10/25/2024]]   Reason: completed program

Dx: Alcohol use disorder, severe; cannabis use disorder, mild; GAD.
Course: attended 21 of 24 sessions. [[NAME:Thibault]] engaged well, especially in CBT-based coping groups. {{drug:naltrexone}} {{dose:50 mg}} daily started [[DATE:9/10]] by Dr. [[NAME:Delacroix-Vidal]]; reports cravings down from 8/10 to 3/10. {{lab:GGT 212}} at intake, {{lab:GGT 88}} on [[DATE:10/21]]. All BrAC neg after week 1; one + THC UDS week 2.
Family session with partner [[NAME:Héloïse]] on [[DATE:10/9]]: agreed to keep no alcohol in the apartment.
Aftercare:
- Outpatient counselor [[NAME:Marguerite]] "[[NAME:Margo]]" [[NAME:Lefebvre]], LMHC, weekly starting [[DATE:10/30]]
- SMART Recovery Tuesdays; continue naltrexone with PCP Dr. [[NAME:Aubert]]
- Return to IOP if relapse; [[NAME:Thibault]] has the intake line
Prognosis: fair to good.

Prepared by [[NAME:Noémie Girard]], LCSW-C
Reviewed: [[NAME:J. Delacroix-Vidal]], MD
""", summary="""
[[NAME:Thibault Marchand]] completed IOP on [[DATE:10/25/2024]] with fewer cravings on {{drug:naltrexone}} and a falling GGT. He will see [[NAME:Margo Lefebvre]] weekly and continue naltrexone with Dr. [[NAME:Aubert]].
"""),

    dict(style="crisis_chat", note="""
CRISIS TEXT/CHAT - COUNSELOR NOTE WITH TRANSCRIPT EXCERPT
Session [[MRN:CHT-2025-018842]]   Start [[DATE:02/09/2025]] 01:12   Counselor handle: [[NAME:bmorgenstern]]

[01:12] TEXTER: hey is this a real person
[01:12] [[NAME:bmorgenstern]]: Hi, yes. I'm [[NAME:Becca]], a real person. What's going on tonight?
[01:13] TEXTER: ok. im [[NAME:camila]]. i cant stop thinking about taking all my moms pills
[01:14] [[NAME:bmorgenstern]]: Thank you for telling me, [[NAME:Camila]]. Are you thinking about killing yourself?
[01:15] TEXTER: kinda yeah. her {{drug:oxycodone}} and the {{drug:gabapentin}}. theyre in the kitchen
[01:17] TEXTER: mom is at work, night shift. my brother [[NAME:rafa]] is asleep

Summary: texter reports {{age:15}}, lives in [[ADDRESS:Paterson]], declined last name. Active SI with plan and access, no pills taken (confirmed twice). Over 25 min [[NAME:Camila]] agreed to wake [[NAME:Rafa]] ({{age:19}}), who took the bottles to his room and texted their mother. Supervisor [[NAME:Yosef Adler]] consulted at 01:31; active rescue not initiated because texter stayed engaged and means were removed. [[NAME:Rafa]] joined the chat briefly and confirmed. Follow-up offered for 1600 today; texter accepted.
[[NAME:Rebecca Morgenstern]], crisis counselor
""", summary="""
A {{age:15}}-year-old texter, [[NAME:Camila]], had suicidal thoughts about her mother's pills; her brother [[NAME:Rafa]] secured the medications and supervisor [[NAME:Yosef Adler]] agreed no rescue was needed. A follow-up chat was set.
"""),

    dict(style="child_psychiatry_followup", note="""
CHILD & ADOLESCENT PSYCHIATRY - FOLLOW-UP
[[NAME:Davi Nascimento Lopes]], {{age:9}} y/o M, 3rd grade. MRN [[MRN:61-0094417]]. Seen [[DATE:9/18/2024]] with mother ([[NAME:Adriana]]) and maternal grandmother (vovó [[NAME:Zuleide]], Portuguese-speaking; phone interpreter [[NAME:Conceição Reis]], ID [[MRN:INT-30672]]).

Dx: ADHD, combined. On {{drug:Vyvanse}} {{dose:30 mg}} qAM since July.
[[NAME:Adriana]] reports big improvement in homework; teacher {{score:Vanderbilt inattention 4/9}} (was 8/9). Appetite poor at lunch, eats big dinner. {{vital:wt 27.1 kg}} (prev {{vital:wt 28.0 kg}}), {{vital:BP 104/66}}, {{vital:HR 92}}.
[[NAME:Zuleide]] worried he "doesn't laugh like before" on school days; [[NAME:Davi]] says he feels "normal, just not hungry." Older brother [[NAME:Thiago]] teases him about "the pill."
Sleep onset ~30 min, okay.
Plan:
- Continue Vyvanse {{dose:30 mg}}; high-calorie breakfast before dose, shake after school
- Weekend holidays ok if [[NAME:Adriana]] prefers
- Recheck weight in 6 wk; call [[NAME:Beatriz]] (RN line) with questions
[[NAME:Beatriz Saraiva]], MD
""", summary="""
[[NAME:Davi Nascimento Lopes]] is doing better at school on {{drug:Vyvanse}} {{dose:30 mg}} but lost about 1 kg. The dose stays the same with a nutrition plan, and his mother [[NAME:Adriana]] may give weekend breaks.
"""),

    dict(style="group_therapy", note="""
Seeking Safety Group - Women's Track    [[DATE:6/12/2025]]    Topic: Honesty
Attendance: [[NAME:Grace]], [[NAME:Faith]], [[NAME:June]], [[NAME:April]], [[NAME:Rose]], [[NAME:Mercedes]], [[NAME:Yael]], [[NAME:Liesbeth]]
Facilitator: [[NAME:Zoë Harrington]], LMHC

Check-in: [[NAME:June]] said this month is the hardest for her; her son's birthday is [[DATE:June 20]] and she has not heard from him. [[NAME:Grace]] said she is "trying to give myself some grace" about a slip last weekend (cannabis). [[NAME:April]], in the program since April, starts a warehouse job Monday and is anxious about disclosure. [[NAME:Yael]] reported no use, 90 days.
Discussion: honesty vs. secrecy in recovery; [[NAME:Rose]] and [[NAME:Mercedes]] shared about hiding use from children. [[NAME:Liesbeth]] translated a Dutch saying for the group ("honest lasts longest"). [[NAME:Faith]] left at 1440 for her ride, checked out OK.
Safety: [[NAME:June]] endorsed passive SI ("sometimes I wish I wouldn't wake up"), no plan or intent; met 1:1 after group, C-SSRS screen low risk, safety plan updated, her therapist Dr. [[NAME:Feld]] notified.
Next session: Asking for Help.
[[NAME:Z. Harrington]], LMHC
""", summary="""
Eight women in the Seeking Safety group discussed honesty; [[NAME:Grace]] disclosed a cannabis slip. [[NAME:June]] reported passive suicidal thoughts, was screened low risk after group, and her therapist Dr. [[NAME:Feld]] was notified.
"""),

    dict(style="clozapine_clinic", note="""
CLOZAPINE CLINIC - MONITORING VISIT
Monthly ANC/REMS visit. Pt seen with residential staff; med list reconciled against MAR.

Current: {{drug:clozapine}} {{dose:350 mg}}/day ({{dose:150 mg}} AM, {{dose:200 mg}} HS). Also {{drug:glycopyrrolate}} {{dose:1 mg}} qHS, {{drug:senna}} {{dose:17.2 mg}} qHS, {{drug:MiraLAX}} {{dose:17 g}} daily, {{drug:metformin}} {{dose:500 mg}} BID.
Labs: {{lab:ANC 2.4}} (general population range - OK to dispense), {{lab:WBC 5.9}}, {{lab:clozapine level 412}}, {{lab:norclozapine 198}}, {{lab:A1c 6.1}}, {{lab:TG 231}}.
Vitals: {{vital:HR 96}}, {{vital:BP 118/74}}, {{vital:BMI 33.4}}. No fever, chest pain or dyspnea; myocarditis screen questions negative.
Side effects: nighttime sialorrhea improved on glycopyrrolate. BM every 1-2 days (goal daily). Mild sedation until 1000. No seizures. No {{eponym:parkinsonism}}, {{score:AIMS 0}}.
Psych: no AH for 6 weeks per self and staff; attending day program 4x/wk. {{score:BPRS 34}} (was {{score:BPRS 52}} before Clozaril).
Plan:
- Continue current dose; ANC monthly, REMS entry done today
- Increase MiraLAX to BID if < 1 BM/day; ileus precautions reviewed with staff
- Fasting lipids + A1c in 3 mo; dietitian referral placed
""", summary="""
The patient is stable on {{drug:clozapine}} {{dose:350 mg}}/day with {{lab:ANC 2.4}}, no hallucinations and {{score:BPRS 34}}. Monthly ANC continues, constipation care is stepped up, and metabolic labs are due in 3 months.
"""),

    dict(style="buprenorphine_followup", note="""
Office-Based Addiction Treatment (OBAT) - Bup Follow-Up
[[NAME:Mitchell, Brandon J]] | MRN [[MRN:2093374]] | [[DATE:Wed 7/17/2024]]
Induction [[DATE:3/4/24]]; this is month 5.

[[NAME:Brandon]] reports no opioid use since late April. On {{drug:Suboxone}} {{dose:8-2 mg}} film BID. Some afternoon cravings on hot days at the warehouse, manageable. Girlfriend [[NAME:Kayla]] now also in treatment (different clinic) - he says that helps.
UDS today: + bup, + norbup, neg fentanyl/opiates/cocaine/benzo. PDMP checked: no other controlled Rx.
Pharmacy issue last month: film brand changed; per [[NAME:Hadassah Klein]] (pharmacist, CVS on [[ADDRESS:Route 9]], [[PHONE:(508) 231-7740]]) the generic is back in stock.
{{vital:BP 126/78}}, {{vital:HR 70}}. Pupils normal. No sedation.
A/P: OUD, severe, in early remission on MOUD.
- Continue Suboxone {{dose:8-2 mg}} BID, 28-day Rx sent
- {{drug:naloxone}} refill sent; [[NAME:Kayla]] knows where it is
- RN care manager [[NAME:Tonya]] to see him in 2 wk for UDS + check-in; call [[NAME:Tonya]] at x[[PHONE:4470]] if short on film
- Hep C Ab neg [[DATE:3/4/24]]; HAV/HBV vaccine #2 today

[[NAME:Avraham Schechter]], DO
""", summary="""
[[NAME:Brandon Mitchell]] is in early remission on {{drug:Suboxone}} {{dose:8-2 mg}} BID with a clean screen and PDMP. He gets a 28-day prescription, a {{drug:naloxone}} refill, and a check-in with [[NAME:Tonya]] in two weeks.
"""),

    dict(style="veterans_crisis_line", note="""
VETERANS CRISIS LINE - RESPONDER NOTE / CONSULT TO SUICIDE PREVENTION COORDINATOR
Caller: [[NAME:Reginald T. Washington]]   last4 [[SSN:6620]]   ICN [[MRN:1012834577V391004]]
DOB [[DATE:04/09/1971]]   Callback [[PHONE:(804) 713-2259]]   Call date [[DATE:03/27/2025]] 0218

Veteran (goes by "[[NAME:Reggie]]") is an Army vet, OIF x2, calling because nightmares are "back full force" since his unit buddy [[NAME:Lamar Gaines]] died last month. Drinking 6-8 beers nightly. Wife [[NAME:Denise]] asleep in the house.
Risk: + passive SI, denies current plan or intent; one attempt in 2009 (OD). Owns two handguns. {{score:PCL-5 58}} (self-report, read to him).
[[NAME:Reggie]] agreed to have his brother-in-law [[NAME:Lamont Hughes]] hold both guns starting this morning; he will text [[NAME:Denise]] a photo when done. Protective: grandkids, church, "[[NAME:Denise]] would never forgive me."
Reports no MH care since 2021; wants to restart. Consult sent to SPC [[NAME:Keisha Goodwin]], LCSW for contact within 1 business day; PTSD clinic walk-in info given.
Responder: [[NAME:Cassidy Frazier]] (ID [[MRN:VCL-22817]])
""", summary="""
[[NAME:Reggie Washington]] called the Veterans Crisis Line with worsening PTSD and drinking and passive suicidal thoughts; he agreed to give his guns to [[NAME:Lamont Hughes]]. A consult went to [[NAME:Keisha Goodwin]] for next-day contact.
"""),

    dict(style="psychiatric_emergency_dictation", note="""
emergency psychiatry evaluation dictated by doctor [[NAME:anneliese vogt]] date of service [[DATE:january twenty ninth twenty twenty five]] patient is [[NAME:fiorella mancini]] correction [[NAME:fiorella mancuso]] M A N C U S O date of birth [[DATE:may second nineteen eighty eight]] brought in by [[ADDRESS:cranston]] police after her neighbor called because she was on the roof of the garage at two in the morning talking about signals from the power lines period new paragraph she has a history of bipolar one disorder on {{drug:lithium}} {{dose:nine hundred milligrams}} nightly and her partner [[NAME:nico]] who we reached at [[PHONE:four zero one three three eight two nine one six]] says she doubled her dose on her own over the weekend because she felt herself going up period lithium level here is {{lab:one point nine}} with a creatinine of {{lab:one point four}} she has a coarse tremor and mild ataxia so this is lithium toxicity on top of mania period new paragraph mental status she is pressured tangential grandiose denies suicidal or homicidal ideation insight absent period she does not have capacity to leave and an emergency hold was completed period plan medicine admission first for toxicity hold lithium fluids nephrology aware psychiatry will follow and transfer to inpatient psych when medically cleared period i spoke with [[NAME:nico]] again at four fifteen and he will bring her meds in end of dictation
dictated not read  transcribed by [[NAME:MKT]]
""", summary="""
[[NAME:Fiorella Mancuso]] came in manic with lithium toxicity ({{lab:lithium 1.9}}) after doubling her dose; she was placed on an emergency hold and admitted to medicine first. Her partner [[NAME:Nico]] was updated.
"""),

    dict(style="group_therapy", note="""
Adolescent Partial Hospital - Process Group   [[DATE:10/2/24]] PM
Leader: [[NAME:Rocío Villanueva]], LCSW   MHT: [[NAME:DeShawn]]
Members: [[NAME:Jaylen]] ("[[NAME:Jay]]"), [[NAME:Brooklyn]], [[NAME:Mateo]], [[NAME:Sasha]], [[NAME:Wilhelmina]] "[[NAME:Billie]]", [[NAME:Kees]], [[NAME:Ty]], [[NAME:Lincoln]]

Group opened with rose/thorn check-in. Tension between [[NAME:Sasha]] and [[NAME:Brooklyn]] over a post from last weekend; both agreed to use "I" statements and [[NAME:Rocío]] mediated - ended with a partial repair, will follow up in individual sessions. [[NAME:Ty]] talked about his brother's arrest and not sleeping; group was supportive, [[NAME:Lincoln]] shared something similar about his dad. [[NAME:Billie]] (she/they) asked peers to use the name [[NAME:Billie]], not [[NAME:Wilhelmina]]; [[NAME:Kees]] apologized for slipping earlier. [[NAME:Jay]] was mostly silent, drew the whole hour, said "I'm good" x3. [[NAME:Mateo]] left 15 min early for a med check with Dr. [[NAME:Sá]].
Risk: none voiced. [[NAME:DeShawn]] to check on [[NAME:Jaylen]] at lunch given withdrawn presentation.
[[NAME:R. Villanueva]], LCSW
""", summary="""
In the adolescent process group on [[DATE:10/2/24]], [[NAME:Sasha]] and [[NAME:Brooklyn]] worked through a conflict and [[NAME:Ty]] spoke about his brother's arrest. [[NAME:Jaylen]] was withdrawn and staff will check on him.
"""),

    dict(style="peer_recovery_note", note="""
peer recovery support note  [[DATE:3/3/25]]
met w [[NAME:deandre]] at the library on [[ADDRESS:king st]], ~1 hr. he is 60 days off fent today!! brought him a brown bag lunch, we talked about getting his state id back - went to dmv together tue, still need birth cert.
he asked if i can come to court w him on the [[DATE:14th]]. said yes. texted his PO ms [[NAME:haskins]] w his consent to let her know.
aunt [[NAME:bernice]] letting him stay til end of month, then he wants a sober house. gave him the list, ms [[NAME:brown]] at the shelter said she can help w the application.
he is taking his {{drug:sublocade}} shot every month at the clinic, next one is [[DATE:3/11]].
next: NA meeting sat at st marks, he has narcan.
-- [[NAME:lou]] ([[NAME:Luis Otero]], CPRS)
""", summary="""
Peer coach [[NAME:Luis Otero]] met with [[NAME:Deandre]], now 60 days without fentanyl, about ID paperwork, a court date on the [[DATE:14th]] and sober housing. His next {{drug:Sublocade}} shot is [[DATE:3/11]].
"""),

    dict(style="lai_injection_clinic", note="""
LONG-ACTING INJECTABLE CLINIC - NURSING NOTE
[[DATE:04/22/2025]] 0915
PT: [[NAME:DUBOIS, MARCEL A]]   MRN [[MRN:30-558-917]]
ACCOMPANIED BY GROUP HOME STAFF [[NAME:BRITTANY PRICE]]. PT IDENTIFIED BY NAME + DOB.
GIVEN {{drug:INVEGA SUSTENNA}} {{dose:156 MG}} IM R DELTOID, LOT ON MAR. TOLERATED WELL, NO REDNESS AT L DELTOID SITE FROM LAST MONTH.
{{vital:BP 122/80}}  {{vital:HR 84}}  {{vital:WT 104.6 KG}} (UP 3.1 KG SINCE JAN).
PER [[NAME:PRICE]], PT SLEEPING WELL, GOING TO DAY PROGRAM, NO VOICES REPORTED. PT STATES "I'M GOOD, I JUST WANT TO GO TO MCDONALD'S AFTER."
PRIOR AUTH RENEWED - NO PRICE CHANGE / COPAY $0.
NOTIFIED DR [[NAME:ABRAMOWITZ]] OF WEIGHT GAIN, WILL ADDRESS AT MED VISIT [[DATE:5/6]]; ORDERED A1C + LIPIDS.
NEXT INJECTION DUE [[DATE:05/20/2025]]. REMINDER CALL TO GROUP HOME [[PHONE:(216) 340-7752]].
[[NAME:R. SILVA]], RN
""", summary="""
[[NAME:Marcel Dubois]] got his monthly {{drug:Invega Sustenna}} {{dose:156 mg}} and is psychiatrically stable, but he has gained 3.1 kg. Dr. [[NAME:Abramowitz]] was told and metabolic labs were ordered; the next injection is due [[DATE:05/20/2025]].
"""),

    dict(style="group_therapy", note="""
ANGER MANAGEMENT GROUP - PSYCHOEDUCATION (Week 4 of 12)
Attendance: 6 of 8 enrolled. Two absences excused (work).
Content: Anger cycle (trigger, thoughts, physical cues, behavior, consequence). Reviewed the "anger thermometer" and early body cues (clenched jaw, heat in the face, HR up). Introduced time-out procedure and the CBT thought record; practiced Socratic questioning in pairs. Brief mindfulness exercise ("Wise Mind" breath count) from the DBT curriculum.
Members completed the Novaco-style self-rating in session; no scores recorded.
Participation: all members completed role-plays; two members described recent road-rage situations and identified where they could have taken a time-out. One member asked whether {{drug:propranolol}} helps with anger - referred to prescriber.
Homework: daily anger log, one planned time-out practice at home.
No safety or DV concerns disclosed in group today. Attendance sheet filed with DOC liaison per court-mandated participants' releases.
""", summary="""
Six members attended week 4 of anger management and learned the anger cycle, time-outs and thought records. No safety concerns came up.
"""),

    dict(style="warm_line_log", note="""
PEER WARM LINE - SHIFT LOG   [[DATE:Sat 12/21/2024]] 1600-2400
On shift: [[NAME:Wren Albright]], CPS   Backup clinician: [[NAME:Ilan Mizrahi]], LCSW (cell [[PHONE:(312) 655-8024]])

1611 [[NAME:Sunny]] (regular caller) - lonely, holidays hard, talked 20 min about her cat and her sister in [[ADDRESS:Kenosha]]. No risk. Encouraged Sunday drop-in.
1704 Male caller, declined name, wanted AA meetings near [[ADDRESS:Evanston]]; gave 3 options.
1839 [[NAME:Hunter]] - job hunting since Oct, "feels useless." Processed; [[NAME:Hunter]] will try the library career center Monday. Denies SI.
1922 [[NAME:Lourdes]] - crying, ex-husband served papers today; said "maybe everybody would be better off." Asked directly: passive SI, no plan. Called [[NAME:Ilan]] 1930, [[NAME:Ilan]] did warm transfer to 988 at 1941 with [[NAME:Lourdes]]'s OK.
2145 [[NAME:Sunny]] again - said it was sunny today and she walked to the lake. Short call.
Shift quiet after 2200. Handoff to overnight via email to [[EMAIL:warmline.leads@northshorepeers.org]].
[[NAME:W. Albright]], CPS
""", summary="""
On the [[DATE:12/21/2024]] warm line shift, [[NAME:Wren Albright]] took calls from [[NAME:Sunny]], [[NAME:Hunter]] and others. [[NAME:Lourdes]] voiced passive suicidal thoughts and was warm-transferred to 988 through backup clinician [[NAME:Ilan Mizrahi]].
"""),

    dict(style="collateral_contact", note="""
Collateral Contact Note - telephone
Re: [[NAME:Nikolai Sokolov]]  MRN [[MRN:8840217]]   Date [[DATE:3/17/2025]]
Spoke with pt's mother [[NAME:Ekaterina Sokolova]] (ROI on file), call conducted in Russian by writer at her request. Her number: [[PHONE:+1 201 477 3310]].

Ms. [[NAME:Sokolva]] (sp? - chart lists [[NAME:Sokolova]]) reports [[NAME:Nikolai]] ({{age:22}}, FEP dx 11/2024) stopped {{drug:aripiprazole}} ~3 wk ago; she found the tablets in the bathroom trash. He is staying up all night, covering the windows with foil, and told her the neighbors "work for the FSB." No threats or violence; eating some. [[NAME:Katerina]] (as she asked to be called) is frightened but says he is not aggressive toward her. Father [[NAME:Vadim]] lives in [[ADDRESS:Brighton Beach]] and "does not believe in psychiatry."
Advised: bring him to his appt [[DATE:Friday 3/21]] with Dr. [[NAME:Ivanova]]; if threats, self-harm, or not eating/drinking - call 911 or go to ED. Discussed {{drug:Abilify Maintena}} as an option if he agrees.
Will call [[NAME:Kolya]] (pt prefers this name) tomorrow to remind him of the visit.
[[NAME:Svetlana Ivanova]], PMHNP-BC
""", summary="""
[[NAME:Nikolai Sokolov]]'s mother [[NAME:Ekaterina Sokolova]] reports he stopped {{drug:aripiprazole}} and is paranoid again. She was told when to use emergency services, and he is due to see [[NAME:Svetlana Ivanova]] on [[DATE:3/21]].
"""),

    dict(style="residential_team_review", note="""
RESIDENTIAL SUD - WEEKLY INTERDISCIPLINARY TEAM REVIEW   week of [[DATE:7/7/25]]
Resident: [[NAME:Luca Ferraro-Benedetti]]   ID [[MRN:RES-0784]]   Day 34 of 60, ASAM 3.5
Present: [[NAME:JMK]] (clin dir), [[NAME:RB]] (RN), [[NAME:TdV]] (case mgmt), [[NAME:Sal Iacono]] (primary counselor), Dr. [[NAME:Sá]]

Clinical ([[NAME:Sal]]): [[NAME:Luca]] completed his relapse prevention plan and first step work; more open in group since his mother [[NAME:Rosaria]] started Sunday visits. Still minimizes the DUI.
Medical ([[NAME:RB]]/Dr. [[NAME:Sá]]): {{drug:acamprosate}} {{dose:666 mg}} TID, adherent per MAR. {{lab:AST 41}}, {{lab:ALT 58}} (down from {{lab:ALT 140}} at intake). {{vital:BP 124/78}}. Sleep improved off {{drug:hydroxyzine}}.
Case mgmt ([[NAME:TdV]]): sober living bed at Oak Hollow House available [[DATE:8/5]]; court date [[DATE:7/29]] - [[NAME:T. de Vries]] writing progress letter to his attorney Mr. [[NAME:Caputo]].
Pass request: day pass [[DATE:7/19]] for niece's baptism - APPROVED with [[NAME:Rosaria]] as sponsor, BrAC on return.
Plan: continue 3.5; step down to 3.1 in ~2 wk.
Recorded by [[NAME:JMK]] ([[NAME:Joanna M. Kessler]], LCSW, Clinical Director)
""", summary="""
[[NAME:Luca Ferraro-Benedetti]] is progressing on day 34 of residential treatment with improving liver tests on {{drug:acamprosate}}. A day pass with his mother [[NAME:Rosaria]] on [[DATE:7/19]] was approved, and sober living is lined up for [[DATE:8/5]].
"""),

    dict(style="naltrexone_injection", note="""
MAT Nursing Note - Extended-release naltrexone
Pt presented for monthly injection, dose #4. Identity verified x2.
Opioid-free interval confirmed: UDS neg for opiates, fentanyl, buprenorphine, methadone. {{score:COWS 0}}. Pt denies any opioid use since last injection. Naloxone challenge not indicated.
Alcohol: reports 2 drinking days in past month (max 3 beers), down from daily. BrAC {{lab:BrAC 0.000}}.
Given {{drug:Vivitrol}} {{dose:380 mg}} IM R gluteal (upper outer quadrant), Z-track, 1.5" needle. L gluteal site from last month without induration or nodule.
{{vital:BP 130/84}}  {{vital:HR 76}}  {{vital:T 98.1}}.
{{lab:AST 33}}, {{lab:ALT 37}} from last draw - no change needed.
Education: reduced sensitivity to opioids / overdose risk after missed doses; carries {{drug:Narcan}}. Injection site care reviewed; report pain, swelling, or blistering.
Observed 15 min, no reaction. Next dose in 4 wk; counseling appt remains weekly.
""", summary="""
The patient received the fourth monthly {{drug:Vivitrol}} {{dose:380 mg}} injection after a negative opioid screen, with less drinking and stable liver tests. Overdose-risk teaching was reviewed.
"""),

    dict(style="geriatric_psychiatry_consult", note="""
GERIATRIC PSYCHIATRY - NURSING FACILITY CONSULT
Resident: [[NAME:VAN DER BERG, CORNELIA J]]   Age [[AGE:93]]   DOB [[DATE:02/11/1932]]   Facility: Rosewood Manor, rm 214
Requested by Dr. [[NAME:Haverkamp]] (attending) for evening agitation and "seeing children in the room."

Hx per [[NAME:Bishop]] (DON) and chart: {{eponym:Lewy body}} dementia dx 2021, {{score:MMSE 14}} in March. Visual hallucinations mostly after 1700, not distressing until 2 wk ago when she began shouting at "the children" and refusing care. Falls x2 this month. {{drug:haloperidol}} {{dose:0.5 mg}} given once by covering MD - afterward rigid and could not walk for a day.
Son [[NAME:Pieter van der Berg]] (HCPOA, [[ADDRESS:Grand Rapids]], [[PHONE:616-902-3384]]) says she talked about [[NAME:Hendrik]], her late husband (died at [[AGE:95]]), every evening this month - the anniversary of his death.
Exam: pleasant, oriented to self; mild cogwheeling, masked facies. No SI. {{score:CSDD 11}}.
Assessment: hallucinations of {{eponym:Lewy body}} dementia with possible grief overlay; severe neuroleptic sensitivity.
Recs:
1. NO haloperidol or other typical antipsychotics - allergy list updated
2. {{drug:rivastigmine}} patch {{dose:4.6 mg}}/24h; {{drug:pimavanserin}} only if persistent and distressing
3. Evening routine: lights on at 1600, music, [[NAME:Pieter]] to call at 1800 daily
Follow-up 4 wk. [[NAME:Marieke Dijkstra]], MD
""", summary="""
[[NAME:Cornelia van der Berg]], [[AGE:93]], has {{eponym:Lewy body}} dementia hallucinations, possibly with grief, and reacted badly to {{drug:haloperidol}}. Recommendations are no typical antipsychotics, a {{drug:rivastigmine}} patch and an evening routine with daily calls from her son [[NAME:Pieter]].
"""),

    dict(style="crisis_line_call", note="""
CRISIS LINE CALL NOTE - third-party caller
Rec'd [[DATE:2025-06-03]] 1406   Call taker: [[NAME:Mikhail]] "[[NAME:Misha]]" [[NAME:Zaitsev]]
Caller: [[NAME:Rivka Halperin]], neighbor, cell [[PHONE:(718) 302-5561]]. Concerned about [[NAME:Mordechai]] "[[NAME:Motti]]" [[NAME:Gold]], who lives alone across the hall at [[ADDRESS:1450 Ocean Pkwy, Apt 6C]].

[[NAME:Rivka]] says [[NAME:Motti]] has not opened the door in 3 days, mail piling up, she heard him crying through the wall last night and he told her on Sunday he "won't be around for the holidays." She does not know of weapons. He has a daughter, [[NAME:Shira]], in [[ADDRESS:Haifa]] - [[NAME:Rivka]] has a number for her, [[PHONE:+972 54 318 2270]].
Call taker attempted outbound call to [[NAME:Motti]]'s landline x2 at 1418 and 1421 - no answer.
Per protocol and with supervisor [[NAME:Bianchi-Ortega]] on the line (1425), welfare check requested from NYPD via 911; [[NAME:Rivka]] agreed to meet officers in the lobby.
1512 [[NAME:Rivka]] called back: officers entered with super; [[NAME:Motti]] alive, dehydrated, taken by EMS to Maimonides ED. Info relayed to ED social work. [[NAME:Rivka]] will call [[NAME:Shira]].
[[NAME:M. Zaitsev]]
""", summary="""
Neighbor [[NAME:Rivka Halperin]] reported that [[NAME:Motti Gold]] had not been seen for days after making suicidal remarks. After failed outreach calls, a welfare check found him alive and EMS took him to the ED.
"""),
]
