NOTES = [
    dict(style="inpatient_psych_admission", note="""
ADULT INPATIENT PSYCHIATRY - ADMISSION H&P
[[NAME:SOLHEIM, INGEBORG M]]   MRN [[MRN:00481736]]   CSN [[MRN:7720419935]]
DOB [[DATE:02/11/1979]]   Admit [[DATE:11/04/2024]] 21:40   Unit 4 West

CC: "I stopped sleeping because the radio was talking about me."
HPI: {{age:45}}F, hx bipolar I, voluntary admission from the ED after 6 nights without sleep, pressured speech, spent ~$9,000 on a fishing boat. Husband [[NAME:Arvid]] says she stopped {{drug:lithium}} in September "because it made her hands shake." Sister [[NAME:Kari]] drove down from [[ADDRESS:Spring Grove]] and confirms a manic episode in 2016 that needed admission at Mayo. [[NAME:Ingeborg]] denies SI/HI and AH on direct questioning but appears to respond to internal stimuli.
Meds PTA: none (self-d/c'd {{drug:lithium}} {{dose:900 mg}} qhs and {{drug:Lamictal}} {{dose:100 mg}}).
Labs: {{lab:Li <0.1}}, {{lab:TSH 3.2}}, {{lab:Cr 0.8}}, hCG neg, UDS neg. {{vital:BP 138/86}}, {{vital:HR 104}}, {{vital:T 36.9}}.
MSE: disheveled, intrusive, flight of ideas, mood "fantastic," affect expansive/irritable. {{score:YMRS 31}}. {{score:MoCA 27/30}} (limited by distractibility).
Neuro: no {{eponym:Babinski}}, no tremor, gait normal.
Plan:
1. Restart {{drug:lithium}} {{dose:300 mg}} po TID, level in 5 days; {{drug:Zyprexa}} {{dose:10 mg}} qhs. Pharmacy ([[NAME:Le]]) verified renal dosing.
2. q15 obs, Broset checklist each shift.
3. Collateral w/ [[NAME:Arvid Solheim]] ([[PHONE:507-555-0148]]) and [[NAME:Kari]].
D/w Dr. [[NAME:Lindahl]]. -- [[NAME:Tor Eikeland]], MD, PGY-2
""", summary="""
[[NAME:Ingeborg Solheim]], a {{age:45}}-year-old with bipolar I, was admitted on [[DATE:11/04/2024]] in a manic episode after stopping {{drug:lithium}}; collateral came from husband [[NAME:Arvid]] and sister [[NAME:Kari]]. {{drug:Lithium}} and {{drug:Zyprexa}} were restarted with q15 observation.
"""),

    dict(style="psych_emergency_hold", note="""
PSYCHIATRIC EMERGENCY - HOLD EVALUATION
Pt: [[NAME:Dusty Ray Cross]]   DOB [[DATE:7-9-1991]]   Acct [[MRN:H00937215]]
Arrived 0215 with Deputy [[NAME:Bo Hensley]] from [[ADDRESS:Gilmore Flats]]; petition signed by sister [[NAME:Hope Cross]].
Per [[NAME:Hope]], [[NAME:Dusty]] has been up 4 nights "preaching at the cattle," fired a rifle at the well pump Sunday, and says the Lord told him the cross on the ridge road has to come down. [[NAME:Hope]] says she cannot keep the kids safe out there.
On interview: guarded, looks past examiner, states "ask [[NAME:Hope]], she knows what she did." Denies SI. Endorses HI toward neighbor [[NAME:Wade Pruitt]] over a fence line. {{vital:BP 152/94}} {{vital:HR 112}} {{lab:BAL 0.00}}. UDS + meth, + THC.
Hx: one prior hold 2019 in [[ADDRESS:Tulsa]] (records requested, fax [[PHONE:918-555-0172]]).
Impression: substance-induced psychotic d/o vs primary psychosis; imminent danger to others.
Hold criteria met. 72-hr emergency detention initiated [[DATE:03/17/2025]] at 0340.
{{drug:Haldol}} {{dose:5 mg}} / {{drug:Ativan}} {{dose:2 mg}} IM for agitation, {{score:BARS 6}}.
We hope to transfer to a state bed; none open tonight, so hold in ED with 1:1 sitter.
[[NAME:Hensley]] remains until [[NAME:Brown]] (security) relieves him.
-- [[NAME:J. Kallevik]], DO, ED psychiatry
""", summary="""
[[NAME:Dusty Cross]] was brought in by a deputy on a petition from his sister [[NAME:Hope]] after days of psychotic behavior and firing a rifle; UDS was positive for meth. A 72-hour hold began on [[DATE:03/17/2025]] and he received IM {{drug:Haldol}}/{{drug:Ativan}}.
"""),

    dict(style="milieu_note", note="""
4W MILIEU - DAY SHIFT  [[DATE:11/06]]
0730 pt up for breakfast, ate 75%, calm in dayroom. {{vital:bp 124/78}} {{vital:hr 82}}. -[[NAME:kd]]
0815 meds accepted: {{drug:lithium}} {{dose:300 mg}} po; {{drug:Zyprexa}} held per md (sedated). ppd/tb read 0 mm, neg. -[[NAME:kd]]
0930 community mtg, interrupted x4, redirectable. ms improving per rn [[NAME:mb]].
1045 pt asked for phone, called husband, tearful after. no si voiced. ~[[NAME:tb]]
1200 lunch 50%. c/o fine bilat hand tremor. notified Dr [[NAME:Lindahl]], Li level added to am labs. ~[[NAME:tb]]
1310 c/o ha 4/10, {{drug:Tylenol}} {{dose:650 mg}} po given, relief at 1410. -[[NAME:mb]]
1330 visitor: sister ([[NAME:kari]]) x30 min, uneventful. belongings bag checked by [[NAME:mb]].
1430 slept in room 1 hr. q15 checks maintained, pt in sight at all checks. -[[NAME:kd]]
""", summary="""
Day-shift milieu log for [[DATE:11/06]]: the patient was calm and redirectable, took {{drug:lithium}}, had a fine tremor reported to Dr. [[NAME:Lindahl]], and had a visit from her sister [[NAME:Kari]].
"""),

    dict(style="group_therapy", note="""
GROUP THERAPY NOTE - DBT Skills (Distress Tolerance)
Unit: Adult Acute, 3 East   Duration: 60 min   Attendance: 7 of 11 pts
Facilitator: LCSW; Co-facilitator: Recreational Therapist
Topic: TIPP skills (Temperature, Intense exercise, Paced breathing, Paired muscle relaxation) and ACCEPTS.
Members practiced Paced Breathing with a 4-7-8 count; two members tried the cold-pack demonstration. Discussion contrasted Wise Mind and Emotion Mind.
One member left early for an ECT consult and one for a {{drug:Clozaril}} ANC draw.
Members rated distress on SUDS before and after: group mean {{score:SUDS 6.1/10}} -> {{score:SUDS 4.3/10}}.
Barriers: two members dozed (likely {{drug:Seroquel}} sedation); one member repeatedly left to use the Phone Room.
Homework: Diary Card and ACCEPTS worksheet.
Plan: next session Thursday, Emotion Regulation module (PLEASE skills). Group remains open; referrals via Treatment Team.
""", summary="""
A 60-minute DBT distress-tolerance group on TIPP and ACCEPTS skills was attended by 7 of 11 patients, with mean SUDS falling from {{score:6.1/10}} to {{score:4.3/10}}. The next session covers Emotion Regulation.
"""),

    dict(style="inpatient_psych_admission", note="""
GERIATRIC PSYCHIATRY ADMISSION NOTE
[[NAME:MAKELA, AINO E.]]  F/[[AGE:93]]  MRN [[MRN:3318820]]  Adm [[DATE:Jan 9, 2025]]
Referred from Lakeview Manor memory care in [[ADDRESS:Chassell]] for agitation, striking aides, refusing meals.
Daughter [[NAME:Päivi Mäkelä-Rowe]] (HCPOA) at bedside; son [[NAME:Eino]] calls daily from [[ADDRESS:Marquette]].
Per [[NAME:Päivi]], mother was sharp until about age {{age:88}} and "still did sauna Saturdays until she turned [[AGE:ninety-one]]."
[[AGE:93]]yo widow, retired schoolteacher, reverts to Finnish when upset ("she yells perkele at the aides"). Visual hallucinations of "little men in the barn" x3 wks, fluctuating alertness, two falls in Dec. {{drug:Ditropan}} started recently for urge incontinence.
Ddx: delirium (anticholinergic, UTI) vs {{eponym:Lewy}} body dementia vs {{eponym:Alzheimer}} disease with BPSD. Mild cogwheeling L arm, no resting tremor, no prior dx of {{eponym:Parkinson}} disease. Dr. [[NAME:Parkinson]] (neurology) to see before any antipsychotic; [[NAME:Parkinson]] prefers we avoid D2 blockers meanwhile.
UA {{lab:WBC 45}}, nitrite +. {{lab:Na 129}}. {{score:MoCA 11/30}}, CAM positive.
Plan: stop {{drug:Ditropan}}; {{drug:Keflex}} {{dose:500 mg}} po q12h pending culture; avoid {{drug:Haldol}}; {{drug:melatonin}} {{dose:3 mg}} qhs; PT/OT; fall precautions; night sitter.
Family meeting [[DATE:Fri 1/10]] with [[NAME:Päivi]], [[NAME:Eino]] by phone ([[PHONE:(906) 555-0193]]).
signed [[NAME:R. Ambrose]], MD / pager [[PHONE:4471]]
""", summary="""
[[NAME:Aino Mäkelä]], [[AGE:93]], was admitted from memory care on [[DATE:Jan 9, 2025]] with agitation and visual hallucinations, likely delirium from UTI and {{drug:Ditropan}} versus {{eponym:Lewy}} body dementia. Dr. [[NAME:Parkinson]] of neurology will assess before any antipsychotic, and a family meeting with [[NAME:Päivi]] is set for [[DATE:1/10]].
"""),

    dict(style="milieu_note", note="""
3 EAST NIGHT-TO-DAY HANDOFF  [[DATE:2025-02-14]] 0700
report from [[NAME:gay]] to [[NAME:frank]]; charge RN [[NAME:dawn]]; MHT [[NAME:ed]] floating from 4W
Rm   | Patient            | Legal              | Obs | Notes
301A | [[NAME:Lindqvist]]          | vol                | q15 | slept 6h, cooperative, wants d/c Monday
301B | [[NAME:Halvorsen, B]]       | 72h hold exp [[DATE:2/15]] 1130 | q15 | paranoid re food, eats sealed items only
303  | [[NAME:Ólafsdóttir]]        | vol                | 1:1 | SI w plan on adm, {{score:C-SSRS 5}}; stays 1:1
305  | [[NAME:Major]]              | invol              | q15 | cheeked {{drug:Seroquel}} x1, mouth checks, needs CMP
306  | [[NAME:Young]]              | vol                | q15 | CIWA q4h, last {{score:CIWA 6}}, {{vital:HR 96}}
308  | [[NAME:Nieminen]]           | court hold         | q15 | hearing [[DATE:Tues 2/18]]; PD [[NAME:Ward]] to call
Events: 0240 [[NAME:Major]] banged on door, took {{drug:Benadryl}} {{dose:50 mg}} po prn, settled by 0310. Frank discussion w/ him at 0400 about cheeking; he admits he "hates how it makes me feel." [[NAME:Young]] c/o tremor 0500, {{drug:Ativan}} {{dose:1 mg}} po per CIWA.
Ward otherwise quiet. Sharps count correct. Major issue on nights remains the AC noise in 303-308; maintenance ticket placed again.
""", summary="""
At the [[DATE:2025-02-14]] handoff, [[NAME:Ólafsdóttir]] remained on 1:1 for suicidal ideation, [[NAME:Major]] cheeked {{drug:Seroquel}} and needed a prn overnight, and [[NAME:Young]] was treated per CIWA. [[NAME:Halvorsen]]'s hold expires [[DATE:2/15]].
"""),

    dict(style="restraint_seclusion", note="""
RESTRAINT / SECLUSION EVENT NOTE
Patient: [[NAME:Tarjei Bakken]]   MRN [[MRN:5590213]]
Initiated: [[DATE:04/22/2025]] 1915   Released: 2040
Behavior: threw a chair in dayroom after a phone call ended, struck a peer on the shoulder, kept advancing on staff with closed fists despite verbal de-escalation x10 min by [[NAME:Foley]] (RN) and [[NAME:White]] (security).
Least restrictive measures: quiet room offered, po {{drug:Zyprexa}} {{dose:10 mg}} refused, 1:1 talk-down.
Intervention: 4-point mechanical restraint 1922; {{drug:Zyprexa}} {{dose:10 mg}} IM 1925. Staff present: [[NAME:Foley]], [[NAME:White]], [[NAME:Bishop]], [[NAME:A. Svendsen]] MHT.
Monitoring: q15 circulation/ROM checks, {{vital:BP 148/90}}, {{vital:SpO2 98%}}, white knuckles noted from gripping, no skin breakdown. One arm released 2015; fully released 2040 when calm.
Unable to void since 1300, bladder scan 780 mL (anticholinergic load, on {{drug:Cogentin}} {{dose:1 mg}} bid). Nurse [[NAME:Foley]] did a straight cath, then {{eponym:Foley}} catheter left in per Dr. [[NAME:Nakamura-Brandt]].
Face-to-face eval by [[NAME:Nakamura-Brandt]] within 1 hr (2005).
Family notification: [[NAME:Bishop]] called mother ([[NAME:Sunniva Bakken]]) 2110, no answer, left vm. [[NAME:Bishop]] called back 2130 and reached her.
Debrief with pt 2200; peer assessed by RN, no injury. Name moved to red on the white board.
[[NAME:White]] to complete the security incident report.
""", summary="""
[[NAME:Tarjei Bakken]] was placed in 4-point restraint on [[DATE:04/22/2025]] after assaulting a peer, received IM {{drug:Zyprexa}}, and was released at 2040. Nurse [[NAME:Foley]] placed a {{eponym:Foley}} catheter for urinary retention, and [[NAME:Bishop]] reached his mother.
"""),

    dict(style="psych_emergency_hold", note="""
Psych ED Note - [[DATE:Tues 9/30/25]]
ID: [[NAME:Guðrún Þórsdóttir]] ("[[NAME:Gunna]]"), {{age:26}}F, PhD student in geology from [[ADDRESS:Akureyri]], Iceland, here on F-1 visa. MRN [[MRN:10-448-2917]]
Brought by campus police after roommate [[NAME:Maddie Ng]] found her on a dorm roof at 0200 "waiting for the aurora to take me."
Per [[NAME:Ng]]: 2 wks of little sleep, writing equations on the walls, convinced her advisor Prof. [[NAME:Lund]] "planted a receiver" in her molar. No substances per roommate; UDS neg, {{lab:EtOH <10}}.
Fluent English; prefers Icelandic when distressed, declined phone interpreter.
MSE: thought blocking, loosening of associations, AH (grandmother's voice), denies command AH; insight poor. {{vital:BP 122/74}} {{vital:HR 98}}.
C-SSRS screener: passive death wish, no plan; roof behavior plus psychosis = danger to self / grave disability.
Hold placed 0410 on [[DATE:9/30]]; admit 3 East.
Collateral: brother [[NAME:Sigurður]] in [[ADDRESS:Reykjavík]], [[PHONE:+354 555 7821]] (WhatsApp), reached 0620. No prior psych hx; maternal aunt with schizophrenia. Her email for the intl student office: [[EMAIL:gthorsdottir2@studentmail.example.edu]].
{{drug:Risperdal}} {{dose:1 mg}} po offered, declined; accepted {{drug:Zyprexa Zydis}} {{dose:5 mg}}.
Workup: MRI brain, TSH, RPR, HIV, ceruloplasmin; EEG if episodic.
[[NAME:E. Rasmussen]], PMHNP
""", summary="""
[[NAME:Guðrún Þórsdóttir]], a {{age:26}}-year-old Icelandic graduate student, was placed on a hold on [[DATE:9/30]] for first-episode psychosis after being found on a roof. Her brother [[NAME:Sigurður]] gave collateral and she accepted {{drug:Zyprexa Zydis}}.
"""),

    dict(style="group_therapy", note="""
Group Psychotherapy Progress Note (individual documentation)
Patient: [[NAME:HAUGLAND, SIGRID]]   Group: Interpersonal Process, adult acute   [[DATE:March 4th]]  1400-1500
Facilitators: [[NAME:Price]], LCSW; [[NAME:Summer Dahl]], LPC-intern
Participation: [[NAME:Sigrid]] attended the full session, 5 min late after a {{drug:Clozaril}} ANC draw. Quiet at first, then shared she is "scared of going home to an empty farmhouse" since the divorce. When one member offered feedback she replied "you sound like my ex."
[[NAME:Price]] reflected the pattern; [[NAME:Sigrid]] said "maybe I push people away before they leave." Affect congruent, tearful at times, no SI voiced in group.
Interventions: here-and-now processing, validation, linking.
Response: moderate engagement; used "I" statements when prompted by [[NAME:Summer]].
[[NAME:Summer]] co-leads through August; the summer schedule moves group to 1500.
Plan: continue daily group; [[NAME:Price]] will bring observations to tx team; encourage pt to practice asking neighbor [[NAME:Jo]] for support.
""", summary="""
[[NAME:Sigrid Haugland]] attended the interpersonal process group on [[DATE:March 4th]] led by [[NAME:Price]] and [[NAME:Summer Dahl]], shared fears of going home alone, and recognized a pattern of pushing people away. Engagement was moderate with no SI.
"""),

    dict(style="milieu_note", note="""
MILIEU / ENVIRONMENTAL SAFETY ROUND - Adolescent Unit
Time: 1600   Census 12/14: 2 on 1:1, 4 on q15, remainder q30
Dayroom: TV off for Community Meeting; Quiet Room unoccupied, cleaned, mattress intact.
Contraband sweep: 1 plastic fork retrieved from Rm 6 and returned to kitchen; no ligature risks found; door-top alarms tested OK.
Sharps count correct. Med room: Pyxis override log reviewed, 0 discrepancies.
Pts engaged in Art Therapy and Pet Therapy (therapy dog on unit 1430-1530).
Two pts received prn {{drug:Vistaril}} {{dose:25 mg}} po for anxiety; both reassessed at 1 hr, effective.
Milieu tone moderately elevated after phone time; redirected to Structured Activity.
Escalation plan: Code Green roster posted; Broset scores all 0-1.
Follow-up: Facilities ticket for loose vent cover Rm 9.
""", summary="""
An afternoon safety round on the adolescent unit found no ligature risks, a correct sharps count, and one retrieved plastic fork; two patients needed prn {{drug:Vistaril}}. A Facilities ticket was placed for a loose vent cover.
"""),

    dict(style="inpatient_psych_progress", note="""
Psychiatry Progress Note - HD 6
[[NAME:Máret Sara]]  {{age:19}}F  MRN [[MRN:2207-5516]]
S: [[NAME:Máret]] slept 7h. Says the voices are "quieter, like they moved to the next room." Asked to call her áhkku (grandmother) in [[ADDRESS:Karasjok]] tonight.
O: {{vital:BP 108/66}}, {{vital:HR 74}}. Calm, fair hygiene, thought process more linear. Mild akathisia, {{score:Barnes 2}}.
Labs: {{lab:ceruloplasmin 28}} (nl), 24h urine copper pending; ophtho slit-lamp: no {{eponym:Kayser-Fleischer}} rings. {{eponym:Wilson}} disease unlikely. {{lab:Prolactin 48}}.
A/P: first-episode psychosis, improving on {{drug:Abilify}} {{dose:10 mg}}.
- Add {{drug:propranolol}} {{dose:10 mg}} po bid for akathisia.
- Dr. [[NAME:Wilson]] (attending) met with pt and her uncle [[NAME:Ánde Sara]] today; family meeting Thurs w/ [[NAME:Wilson]], SW [[NAME:Grace Lien]], and uncle.
- [[NAME:Grace]] to help with ROI for records from her clinic back in [[ADDRESS:Karasjok]] and to check whether her Medicaid grace period covers this stay.
- Goal: discharge early next week if sleep and reality testing hold.
""", summary="""
[[NAME:Máret Sara]], {{age:19}}, with first-episode psychosis is improving on {{drug:Abilify}}; {{eponym:Wilson}} disease was considered unlikely after normal ceruloplasmin and no {{eponym:Kayser-Fleischer}} rings. Dr. [[NAME:Wilson]] will hold a family meeting with her uncle [[NAME:Ánde]] and SW [[NAME:Grace Lien]].
"""),

    dict(style="psych_emergency_hold", note="""
CERTIFICATION FOR INTENSIVE TREATMENT (14-DAY) - Psychiatrist Statement
Patient: [[NAME:Will Haugen]] (legal name [[NAME:William Olav Haugen]])   DOB [[DATE:12 Aug 1986]]   MRN [[MRN:A0062281]]
72-hr hold began [[DATE:6/2/2025]] 2250, brought by [[ADDRESS:Redwood Falls]] police.
Facts: since admission [[NAME:Will]] refuses all food from staff, stating it is "poisoned by the co-op." He will not take po meds, has lost 3.1 kg, {{lab:BUN 31}}, {{lab:Cr 1.4}}. Tells staff he will "walk to Canada on the tracks" if released. Brother [[NAME:Hunter]] reports [[NAME:Will]] slept in a grain bin in February.
Gravely disabled: unable to provide for food and shelter. Less restrictive alternatives (voluntary status, crisis residential) offered [[DATE:6/4]] and refused.
Notice served [[DATE:June 5, 2025]] 1100 by [[NAME:Bishop]], RN, witnessed by MHT [[NAME:Rose Kjelland]]. Pt informed of right to a certification review hearing and to counsel; PD office notified by fax [[PHONE:507.555.0134]].
Patients' rights advocate: [[NAME:Mercy Lindgren]], x[[PHONE:2290]].
Signed: [[NAME:Anders Fosse]], MD   [[DATE:06/05/2025]] 1140
Second signature: [[NAME:M. Pettersen]], PsyD
""", summary="""
[[NAME:Will Haugen]] was certified for 14 days of intensive treatment on [[DATE:June 5, 2025]] as gravely disabled, refusing food and medication with weight loss and rising {{lab:BUN 31}}. Notice was served by [[NAME:Bishop]] and the public defender was notified.
"""),

    dict(style="inpatient_psych_discharge", note="""
DISCHARGE SUMMARY - Inpatient Psychiatry
Name: [[NAME:Kjærgaard, Søren P.]]   MRN: [[MRN:884120]]   FIN: [[MRN:550031187]]
Admitted: [[DATE:10/14/2024]]   Discharged: [[DATE:10/29/2024]]
Attending: [[NAME:Hanne Vestergaard]], MD
Reason for admission: MDD, severe, recurrent, with SI and plan (hanging) after a farm foreclosure notice; found by neighbor [[NAME:Case Whitlock]] in the machine shed on [[DATE:Oct 13]].
Course: {{drug:sertraline}} titrated to {{dose:150 mg}}; {{drug:mirtazapine}} {{dose:15 mg}} qhs added for sleep. Daily groups. {{score:PHQ-9 24}} on admission, {{score:PHQ-9 11}} at d/c. ECT consult, deferred. Wife [[NAME:Lone]] and daughter [[NAME:Birgitte]] attended family meeting [[DATE:10/24]]; 3 rifles and a shotgun moved to brother-in-law [[NAME:Mads]]'s place in [[ADDRESS:Elk Horn]] (spoke w [[NAME:mads]] by phone to confirm).
D/c MSE: euthymic-ish, "I'm not there anymore," future-oriented (calving season).
D/c meds: {{drug:Zoloft}} {{dose:150 mg}} daily; {{drug:Remeron}} {{dose:15 mg}} qhs.
Follow-up: [[NAME:Vestergaard]] clinic [[DATE:11/5/24]] 0930; therapist [[NAME:Jo Dalsgaard]], LISW, [[PHONE:(712) 555-0166]]; 988 card given.
Safety plan reviewed, copy given; [[NAME:Lone]] holds the gun safe key.
The case was reviewed with UR; insurance member ID [[MRN:WKX441902337]].
""", summary="""
[[NAME:Søren Kjærgaard]] was hospitalized [[DATE:10/14/2024]] to [[DATE:10/29/2024]] for severe depression with a hanging plan after a foreclosure notice, improving on {{drug:Zoloft}} and {{drug:Remeron}}. Firearms went to [[NAME:Mads]], and follow-up is with Dr. [[NAME:Vestergaard]] on [[DATE:11/5/24]].
"""),

    dict(style="milieu_note", note="""
nursing admit note dictated [[DATE:november twenty second twenty twenty four]] 2315. pt is a {{age:34}} yo male admitted invol from ed on emergency hold, arrived on unit w/ security ([[NAME:white]]) and ed tech ([[NAME:ty]]). calm but guarded. states he signed a voluntary in good faith in april and "they put a hold on me anyway." skin check done w/ rn [[NAME:joy]], no wounds, old self-harm scars L forearm, tattoo "[[NAME:FAITH]]" on R hand which is his daughters name, [[NAME:faith]] is {{age:7}} and lives w/ her mom in [[ADDRESS:thief river falls]]. belongings searched: belt, laces, lighter, 2 {{drug:Adderall}} {{dose:20 mg}} tabs not prescribed, sent to pharmacy, count witnessed by [[NAME:joy]]. vitals {{vital:bp 146/92}} {{vital:hr 108}} {{vital:t 37.1}} {{vital:spo2 97%}}. {{score:CIWA 4}}, last drink "this morning." oriented to unit, rules, phone hours. pt states "i dont need to be here, ask my sister [[NAME:april]]." [[NAME:april]] called at 2340, [[PHONE:218 555 0127]], she is emergency contact and will call back in am. q15 checks, CIWA q4h, sleep observed. -rn [[NAME:jw]]
""", summary="""
A {{age:34}}-year-old man arrived on the unit on an emergency hold, calm but guarded, with a {{score:CIWA 4}} and two unprescribed {{drug:Adderall}} tablets found in his belongings. His sister [[NAME:April]] is his emergency contact and he is on q15 checks and CIWA monitoring.
"""),

    dict(style="group_therapy", note="""
EXPRESSIVE ARTS GROUP - 2 West Adult   [[DATE:Fri 8/15]]   1030-1130
Leader: [[NAME:K. Lindholm]], ATR-BC (on leave) -- covering: [[NAME:art]] ([[NAME:Art Nyberg]], OTR/L)
Attendees: [[NAME:Bjørn]], [[NAME:Liv]], [[NAME:Ty]], [[NAME:Mason]], [[NAME:Oona]], [[NAME:Esa]] (first names only on unit)
Directive: collage of "where I want to be in 6 months." Materials: magazines, glue sticks, safety scissors (counted out/in).
[[NAME:Bjørn]] worked silently, chose fishing boats; said the art "is stupid but the boats look like [[ADDRESS:Svolvær]]." [[NAME:Liv]] left 1050 for her {{drug:Vivitrol}} {{dose:380 mg}} IM and returned. [[NAME:Ty]] tore up his first collage, accepted a second sheet after [[NAME:Art]] sat with him. [[NAME:Mason]] built a house with a tall fence "so nobody gets in." [[NAME:Oona]] declined to make art but stayed seated. [[NAME:Esa]] said his piece was for his son [[NAME:Eelis]].
To tx team: [[NAME:Ty]]'s frustration tolerance remains low; consider prn before groups.
Scissors count 8/8 returned. [[NAME:Art]] will hang collages outside the group room with consent.
-[[NAME:an]]
""", summary="""
In the expressive arts group on [[DATE:8/15]], covered by [[NAME:Art Nyberg]], six patients made collages; [[NAME:Ty]] showed low frustration tolerance and [[NAME:Liv]] left briefly for her {{drug:Vivitrol}} injection.
"""),

    dict(style="psych_emergency_hold", note="""
PEDIATRIC PSYCH EMERGENCY - HOLD NOTE
[[NAME:SJÖBERG, LINNEA A]]   {{age:16}} y/o F   MRN [[MRN:P7730184]]   DOS [[DATE:05-Dec-2024]]
Sent by school counselor [[NAME:Gail Page]] after a classmate showed [[NAME:Page]] a post: "tonight's the night, goodbye." [[NAME:Linnea]] had 40 {{drug:Tylenol}} {{dose:500 mg}} tabs in her backpack. Denies ingestion; {{lab:APAP <10}} and ASA neg at 4h.
Parents [[NAME:Mats]] and [[NAME:Åsa Sjöberg]] arrived 1520 from the farm outside [[ADDRESS:Lindsborg]]. Mom says [[NAME:L.]] has been "not herself since Grandpa [[NAME:Gunnar]] died in June."
MSE: flat, tearful, poor eye contact; SI with plan, intent "maybe"; {{score:C-SSRS 5}}, ASQ positive, {{score:PHQ-A 22}}.
Assessment: high acute risk; parents cannot ensure safety at home (hunting rifles, father says locked).
Plan: emergency hold (adolescent) placed 1610; d/w Dr. [[NAME:Oh]] (peds), medically clear. Bed search; page psych on call at 1700 if no bed at Prairie View. 1:1 sitter; belongings removed.
Called [[NAME:Page]] back at 1630 to update (parents consented, ROI signed): [[PHONE:(785) 555-0109]].
-- [[NAME:H. Erikson]], MD
""", summary="""
[[NAME:Linnea Sjöberg]], {{age:16}}, was placed on an emergency hold on [[DATE:05-Dec-2024]] after a goodbye post and a backpack of {{drug:Tylenol}}, with SI, plan and possible intent. Counselor [[NAME:Page]] was updated and a bed search is under way.
"""),

    dict(style="restraint_seclusion", note="""
POST-EVENT DEBRIEF (staff) - Seclusion episode, Adult Acute Unit
Duration: 42 min locked seclusion, no mechanical restraint.
Antecedents: off-unit privilege denied at Treatment Team; loud peer conflict during Community Meeting; missed am dose of {{drug:Depakote ER}} {{dose:1000 mg}}.
Went well: Code Green response under 2 min; single clear voice (primary RN); prn po offered before seclusion.
Could improve: Quiet Room door sensor lagged; TV left at max volume; too many staff in the doorway.
Patient debrief: felt "cornered"; asked for headphones and the weighted blanket earlier next time; both added to the Personal Safety Plan.
Post-event: {{vital:BP 132/84}}, {{vital:HR 90}}, no injuries; {{lab:VPA level 52}} drawn.
Actions: CPI refresher for night staff; Biomed ticket for the sensor; PRN Protocol review at the next Nursing Council.
""", summary="""
A staff debrief after a 42-minute seclusion identified a missed {{drug:Depakote ER}} dose and peer conflict as antecedents and a lagging door sensor as a problem. CPI refreshers and a protocol review were planned.
"""),

    dict(style="inpatient_psych_progress", note="""
Inpatient Psychiatry Progress Note
[[NAME:VÄISÄNEN, EERO J]] -- MRN [[MRN:6014472]] -- HD 3 -- [[DATE:27 Jan 2025]]
Interval: per night RN [[NAME:Hartmann]], pt confused at 0300, looking for "the boat," pulling at his colostomy (hx {{eponym:Hartmann}} procedure 2019 for perforated diverticulitis). [[NAME:Hartmann]] re-oriented him; appliance intact.
AUD, severe; last drink [[DATE:1/23]]. {{score:CIWA 9}} overnight, {{drug:Librium}} {{dose:25 mg}} x1.
Exam: nystagmus on lateral gaze, wide-based gait, oriented x1. Confabulates: says he was "at the lake with [[NAME:Pekka]]" yesterday; [[NAME:Pekka]] is his brother, who died in 2011 per wife [[NAME:Aila]].
Impression: {{eponym:Wernicke}} encephalopathy; r/o evolving {{eponym:Korsakoff}} syndrome.
Labs (collected [[DATE:27JAN2025]] 0410, accession [[MRN:L25-027-0412]]): {{lab:Mg 1.4}}, {{lab:AST 112}}, {{lab:ALT 58}}, {{lab:plt 96}}.
Plan: {{drug:thiamine}} {{dose:500 mg}} IV TID x3d then {{dose:250 mg}} daily; {{drug:folate}} {{dose:1 mg}}; replete Mg; MRI brain; cognitive testing once CIWA under 8.
[[NAME:Aila]] (cell [[PHONE:906-555-0181]]) updated; she drove down from [[ADDRESS:Ishpeming]] in the storm.
d/w Dr [[NAME:Koskinen]]. cc: [[NAME:jw]], [[NAME:Hartmann]]
-- [[NAME:L. Ahonen]], PA-C
""", summary="""
[[NAME:Eero Väisänen]] is in alcohol withdrawal with nystagmus, ataxia and confabulation on [[DATE:27 Jan 2025]], treated as {{eponym:Wernicke}} encephalopathy with high-dose IV {{drug:thiamine}}. Night RN [[NAME:Hartmann]] re-oriented him after he pulled at his colostomy from a prior {{eponym:Hartmann}} procedure.
"""),

    dict(style="milieu_note", note="""
NOC MILIEU LOG 2 West  [[DATE:Sat 7/19/25]]-[[DATE:7/20/25]]
2300 census 14. all pts in rooms by 2330 exc Rm 212 ([[NAME:Lars Brekke]]) pacing hall, c/o chest tightness. {{vital:bp 162/98}} {{vital:hr 110}} {{vital:rr 22}} {{vital:spo2 96%}}. ekg done, nsr per md, no st changes. anxiety sx; {{drug:Ativan}} {{dose:0.5 mg}} sl 2345. ~[[NAME:rb]]
0015 reassessed, hr 88, states "better." asleep 0040. -[[NAME:rb]]
0100 Rm 207 awake, requesting {{drug:melatonin}}; {{dose:3 mg}} po given. -[[NAME:rb]]
0200 q15s maintained. Rm 210 on 1:1 (sitter: [[NAME:dwayne]]), asleep, resp even/unlabored.
0330 am labs drawn: Rm 205 (post-restraint yest) {{lab:ck 1,240}}, {{lab:hb 13.1}}. md aware, encourage po fluids, pt may have extra juice at breakfast. -[[NAME:rb]]
0430 Rm 210 sitter change [[NAME:dwayne]] -> [[NAME:may]]. pt still asleep. ~[[NAME:al]]
0545 [[NAME:Brekke]] up, sx resolved, {{vital:bp 134/82}}. will endorse to day shift. ~[[NAME:al]]
0645 report to day charge ([[NAME:june]]); Rm 205's court date in june still not set.
""", summary="""
Overnight on 2 West, [[NAME:Lars Brekke]] had chest tightness with high vitals and a normal EKG and settled after sublingual {{drug:Ativan}}. A 1:1 sitter continued in Rm 210 and a post-restraint patient had {{lab:CK 1,240}}.
"""),

    dict(style="psych_emergency_hold", note="""
PSYCH EMERGENCY - REASSESSMENT / HOLD RESCINDED
Pt: [[NAME:Dallas McAllister-Strand]]   {{age:58}} M   Enc [[MRN:E25-0093318]]
Transferred from [[ADDRESS:Oak Hill]] (critical access ED) [[DATE:8.11.2025]] on emergency hold after telling a nurse there was "no point going on" while intoxicated, {{lab:BAL 0.24}} at 1930.
Now [[DATE:8/12]] 0915: sober x12h, {{lab:BAL 0.00}}, {{score:CIWA 3}}. Calm, linear, future oriented; says he was "talking stupid because of the whiskey and the bank." Denies SI/HI, no prior attempts. No firearms at home, confirmed w/ wife [[NAME:Savannah]] ([[PHONE:(304) 555-0114]]). Per [[NAME:O'Neil]] (ED RN overnight) slept without incident.
Collateral: PCP Dr. [[NAME:Ingrid van der Meer]] faxed records: no psych hx; HTN on {{drug:lisinopril}} {{dose:20 mg}}.
Sober re-interview {{score:C-SSRS 0}} for past month.
Assessment: SI in context of intoxication, resolved; low acute risk; chronic risk factors (male, {{age:58}}, AUD, financial stress).
Hold rescinded 0940.
Disposition: home with [[NAME:Savannah]]; SUD intake referral; safety plan and lethal-means counseling done (meds locked, wife holds key). He will call daughter [[NAME:Georgia]] in [[ADDRESS:Charleston]] tonight. 988 card given.
D/w attending Dr. [[NAME:Ó Briain]], agrees.
[[NAME:K. Nordstrom]], LCSW   pager [[PHONE:(304) 555-2290]]
""", summary="""
[[NAME:Dallas McAllister-Strand]], {{age:58}}, transferred from [[ADDRESS:Oak Hill]] on a hold for suicidal statements while intoxicated, was sober and denied SI on [[DATE:8/12]]. The hold was rescinded and he went home with his wife [[NAME:Savannah]] with a safety plan.
"""),
]
