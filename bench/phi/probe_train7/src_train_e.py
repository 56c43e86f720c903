# Hand-written synthetic notes, style set (e): ward nursing narratives, rehab and therapy (PT/OT/speech)
# progress notes, outpatient specialist letters to GPs. Every person, number, date and street is invented.
NOTES = [
    dict(style="ward_nursing_narrative", note="""
4 WEST MED-SURG - NURSING NARRATIVE, NIGHTS
[[NAME:SOMBY, ÁNDE J]]    MRN [[MRN:30418872]]    Bed 12
1900 Bedside handover from [[NAME:Gwenllian]]. A&O x3, calm, {{score:Morse 55}}, bed alarm on, yellow socks.
     {{vital:BP 138/76}} {{vital:HR 84}} {{vital:SpO2 93%}} on 2L NC.
2030 [[NAME:Máret]] and [[NAME:Rich]] arrived w reindeer broth from home, OK per dietitian. [[NAME:Máret]] asking again why
     the {{eponym:Foley}} is still in - explained urology to see in AM re retention. [[NAME:Rich]] wants a call overnight only
     if something changes, cell [[PHONE:907-543-2816]].
2140 [[NAME:Iris]] from volunteer services sat with him while the family got food. He says [[NAME:Iris]] reminds him of his
     sister in [[ADDRESS:Kautokeino]].
2300 Up to BSC w 1 assist + RW, unsteady on the turn. Low back pain 4/10, {{drug:acetaminophen}} {{dose:650 mg}} PO.
0215 Pulling at NC and Foley tubing, thinks he is at the herding camp. {{score:4AT 6}}. Reoriented x3, minimal effect.
     Paged Dr [[NAME:Arrizabalaga]] x[[PHONE:6120]] -> {{drug:melatonin}} {{dose:3 mg}}, avoid {{drug:Ativan}}, sitter not needed yet.
0440 Settled, slept in recliner until just before dawn.
0650 Report to [[NAME:Dawn]], who has him today. Name was written as "[[NAME:Sombi]]" on the whiteboard - corrected.
[[NAME:Eneko Zubizarreta]], RN ([[NAME:ezubiza1]])
""", summary="""
Overnight nursing narrative for [[NAME:Ánde Somby]], who has urinary retention with a {{eponym:Foley}} and became delirious
after 0200; Dr [[NAME:Arrizabalaga]] ordered {{drug:melatonin}} and [[NAME:Rich]] asked to be called with changes. Care was
handed to [[NAME:Dawn]] in the morning.
"""),

    dict(style="rehab_pt_progress", note="""
INPATIENT REHAB - PHYSICAL THERAPY PROGRESS NOTE
Pt: [[NAME:Frank Ball]]   DOB [[DATE:2/19/1949]] ({{age:76}})   Acct [[MRN:55-201938]]
Dx: L TKA day 9, DM2, OA R hip

S: "Better than Tuesday." [[NAME:Frank]] rates knee pain 3/10 at rest, 6/10 after stairs; took {{drug:oxycodone}}
   {{dose:5 mg}} 45 min before session. [[NAME:Sue]] asked if she can be here for stair training Thursday - yes, 1030.
O: {{vital:BP 146/82}} pre, {{vital:HR 96}} after gait. AROM L knee 8-92 deg, quad lag 10 deg, no frank buckling.
   Gait 180 ft RW, CGA, step-to. Stairs x4 w L rail + SBA, cues for "up with the good, down with the bad."
   {{score:Berg 44/56}}, {{score:TUG 16.4 s}}. Trunk work seated on 55 cm therapy ball x6 min, no LOB.
A: Progressing, limited by pain and quad inhibition. [[NAME:Sue]] will be the only caregiver at home (2 steps to enter,
   no rails) and is anxious about the tub; spoke w [[NAME:bo]] in case mgmt about a tub bench.
P: NMES quads, continue ball work, stair training with [[NAME:Sue]], recheck ROM [[DATE:Fri 3/14]]. Will ask
   Dr [[NAME:Rhys-Okafor]] about timing of {{drug:oxycodone}} vs {{drug:Tylenol}} before sessions. Outpatient PT
   in [[ADDRESS:Ellensburg]] after d/c.
[[NAME:Holly Prys]], PT, DPT  |  co-treat [[NAME:Bowen-Ellis K]], PTA  |  pgr [[PHONE:4471]]
""", summary="""
PT progress note for [[NAME:Frank Ball]], {{age:76}}, after left TKA: {{score:Berg 44/56}}, gait 180 ft with walker, limited by
pain and quad lag. [[NAME:Sue]] will do stair training before discharge and ROM is rechecked [[DATE:Fri 3/14]].
"""),

    dict(style="rehab_ot_progress", note="""
OT PROGRESS NOTE - Acute Rehab Unit
[[NAME:Þórhildur Sigurðardóttir]] ("[[NAME:Tóta]]"), {{age:81}}, R MCA stroke with L neglect and L homonymous hemianopia.
Seen 45 min in room + ADL kitchen. [[NAME:Jökull]] joined for the second half; he is here from [[ADDRESS:Reykjavík]] until the [[DATE:20th]]
and then [[NAME:Halldóra]] takes over visits.
Grooming standing at sink, min A; [[NAME:Tóta]] missed the L side of the sink x3 until cued to scan with a red line on the
counter. UB dressing with hemi technique, mod A to thread L arm. LB dressing deferred (fatigue).
Kitchen: made coffee w 4 cues, left L burner on once, caught it herself on the 2nd trial.
{{score:Catherine Bergego Scale 18/30}} (was 22). {{score:Allen Cognitive Level 4.4}}. {{score:MoCA 21/30}}.
spoke w [[NAME:jokull]] re home: she lives alone in a walk-up in [[ADDRESS:Gimli]], 12 stairs, tub/shower, no grab bars.
He thinks [[NAME:Halldóra]] can stay 2 wks. Told him we will not recommend home alone yet.
Plan: scanning training, {{eponym:Fresnel}} prism trial with optometry, home visit with [[NAME:Ásgeir]] (OT) and [[NAME:Halldóra]]
on the [[DATE:27th]], FIM update at team conf.
[[NAME:Sæunn Björk Hallsdóttir]], OT Reg. (MB) / [[NAME:SBH]]
""", summary="""
OT note for [[NAME:Þórhildur Sigurðardóttir]] after right MCA stroke with left neglect: improving on
{{score:Catherine Bergego Scale 18/30}} but still needs cues in the kitchen. A home visit with [[NAME:Halldóra]] is set for the
[[DATE:27th]] and living alone is not yet advised.
"""),

    dict(style="rehab_slp_dysphagia", note="""
SPEECH & LANGUAGE THERAPY - DYSPHAGIA TREATMENT NOTE
[[NAME:ap Rhys, Dafydd]]    Hosp no [[MRN:K7718420]]    Ward 7 (Stroke)
[[NAME:Dafydd]] was seen at lunch with [[NAME:Eluned]], who had brought his own mug from home. He prefers to be spoken to in
Welsh; [[NAME:Eluned]] and [[NAME:Iolo]] (HCA, Welsh speaker) helped throughout.
Background: brainstem infarct. VFSS on [[DATE:4 Feb]] showed silent aspiration of thin fluids ({{score:PAS 8}}), safe on
IDDSI level 2 (mildly thick).
Today: level 2 via cup, 12 sips, chin tuck with 1 verbal cue. No cough, voice clear, {{vital:SpO2 96%}} throughout.
Level 6 soft & bite-sized: prolonged chewing, adequate oral clearance.
{{eponym:Shaker}} exercise 3 sets, {{eponym:Masako}} manoeuvre x10, effortful swallow x10.
[[NAME:Eluned]] asked whether he can have his tea at home - demonstrated {{drug:Resource ThickenUp Clear}}, 1 scoop per
100 mL for level 2. She repeated it back correctly.
Plan: repeat VFSS w/c [[DATE:17 Feb]]. I am on leave next week, so [[NAME:Siôn]] will see him Mon/Wed/Fri.
[[NAME:Cerys Pugh]], Highly Specialist SLT  |  bleep [[PHONE:2274]]
""", summary="""
SLT dysphagia session for [[NAME:Dafydd ap Rhys]] after brainstem stroke: safe on IDDSI level 2 with chin tuck, and
[[NAME:Eluned]] was taught to mix the thickener. VFSS to be repeated the week of [[DATE:17 Feb]], covered by [[NAME:Siôn]].
"""),

    dict(style="specialist_letter_cardiology", note="""
Cardiology Outpatients, University Hospital Llandough
Tel [[PHONE:029 2071 6634]]   Fax [[PHONE:029 2071 6001]]
Dr [[NAME:R. Zammit]], Ely Bridge Surgery, [[ADDRESS:Cardiff]]                [[DATE:14 March 2025]]
Dear Dr [[NAME:Zammit]],
Re: Mr [[NAME:Ġużeppi VELLA]], DOB [[DATE:02/09/1940]], NHS No [[MRN:485 771 2093]]
    [[ADDRESS:Flat 2, 27 Wyndcliffe Row, Canton, Cardiff CF5 1QT]]

Thank you for referring this {{age:84}}-year-old man with breathlessness and ankle swelling. He came with
[[NAME:Rita]], his daughter-in-law, who interpreted where he preferred Maltese. [[NAME:Ġużeppi]] manages one flight of stairs
before stopping and gave up the Tuesday club in January.
On examination {{vital:BP 152/84}}, {{vital:HR 88}} irregularly irregular, JVP +4 cm, bibasal crackles, pitting oedema to
mid-shin. ECG: AF with LBBB. {{lab:NT-proBNP 2,310 ng/L}}, {{lab:eGFR 47}}, {{lab:K 4.6}}.
An echo done by my colleague Dr [[NAME:Hart]] this morning shows a dilated LV, {{lab:EF 30-35%}}; the heart valves are
structurally normal. {{score:CHA2DS2-VASc 4}}, {{score:HAS-BLED 2}}.
Plan: 1. Start {{drug:apixaban}} {{dose:5 mg}} BD. 2. Stop {{drug:ramipril}}; after a 36 h washout start {{drug:Entresto}} {{dose:24/26 mg}} BD.
3. Increase {{drug:bisoprolol}} to {{dose:5 mg}} OD.
4. {{drug:Furosemide}} {{dose:40 mg}} OM. [[NAME:Rita]] will weigh him daily and ring [[NAME:Llinos]] or [[NAME:Meical]] in the
   heart failure nurse service on [[PHONE:029 2071 5580]] if his weight rises by more than 2 kg.
5. 24-hour {{eponym:Holter}} to check rate control.
I will see him with Dr [[NAME:Hart]] in six weeks. Yours sincerely,
Dr [[NAME:Heledd Vaughan-Grech]], Consultant Cardiologist
cc: Mr [[NAME:G. Vella]]
""", summary="""
Cardiology letter to Dr [[NAME:Zammit]] about [[NAME:Ġużeppi Vella]], {{age:84}}, with new AF and heart failure
({{lab:EF 30-35%}}): {{drug:apixaban}} and {{drug:Entresto}} started, {{drug:bisoprolol}} increased and a {{eponym:Holter}}
arranged. [[NAME:Rita]] will monitor his weight at home.
"""),

    dict(style="ward_nursing_shift", note="""
NURSING SHIFT NOTE 0700-1930 - 3 South Urology
Neuro: {{score:GCS 15}}, PERRLA, pleasant. Will need reorientation after naps per night report; none needed today.
Resp: LS diminished bases, IS to 750 mL x10/hr, {{vital:SpO2 95%}} RA.
CV: {{vital:BP 128/70}}, {{vital:HR 78}} SR on tele, pedal pulses palpable.
GU: 3-way {{eponym:Foley}} 22 Fr draining frank hematuria with small clots at 0730; CBI titrated up, light pink by 1500.
    Hand irrigated x1 per Urology with 60 mL return of clot. {{lab:Hgb 9.4}} (from 10.1).
Skin: {{score:Braden 15}}. Stage 2 sacrum, Mepilex Border changed, heels floated in Prevalon boots.
Safety: {{score:Morse 45}}, bed alarm on, Posey mitts discontinued.
Meds: {{drug:Eliquis}} held per Urology. {{drug:Norco}} {{dose:5/325 mg}} x1 for bladder spasm 5/10, relief to 2/10.
{{drug:Oxybutynin}} {{dose:5 mg}} added per MD.
Pt says grace before each meal tray and asked for the chaplain; Spiritual Care paged, will visit tomorrow.
Pt hopes to go home by the weekend; will raise at rounds. Frank discussion about the catheter going home if clots persist.
""", summary="""
Day-shift urology nursing note: frank hematuria managed with continuous bladder irrigation and one hand irrigation, with
{{lab:Hgb 9.4}} and {{drug:Eliquis}} held. Skin, fall risk and pain were addressed and chaplaincy will visit.
"""),

    dict(style="rehab_team_conference", note="""
IRF INTERDISCIPLINARY TEAM CONFERENCE - Week 2
[[NAME:NAIVALU, TEVITA S]]   FIN [[MRN:2025-0441876]]   L transtibial amputation, DM2, ESRD on HD MWF
Present: [[NAME:Dean Mifsud]], DO; [[NAME:Amaia Goikoetxea]], PT; [[NAME:Mark Etxeberria]], OTR/L; [[NAME:Ray Le]], SLP;
[[NAME:Nerea]] (charge RN); [[NAME:Don Do]], LCSW
[[NAME:Tevita]] is motivated and in good spirits; [[NAME:Losana]] visits after her shift most evenings and the team has met her
twice. [[NAME:Amaia]]: sliding-board transfers SBA, w/c propulsion 150 ft mod I, residual limb healing, staples out [[DATE:3/28]],
shrinker on. Prosthetic eval with Hanger Clinic next week.
[[NAME:Mark]]: LB dressing mod I, toilet transfers CGA; will practice tub bench Thursday.
[[NAME:Ray]]: no cognitive-linguistic deficits, {{score:SLUMS 25/30}}; signing off. Chest X-ray from admission reviewed - clear.
[[NAME:Don]]: lives with [[NAME:Losana]] and two adult sons, [[NAME:Seru]] and [[NAME:Jone]], in a 2nd-floor apartment in
[[ADDRESS:Sacramento]], 14 steps, no elevator. [[NAME:Don]] will ask [[NAME:Seru]] about a ground-floor unit through the housing
authority; HD chair time at DaVita stays the same.
Medical (Dr [[NAME:Mifsud]]): {{lab:A1c 8.9}}, {{drug:insulin glargine}} up to {{dose:18 units}}; {{drug:sevelamer}} with meals.
Estimated d/c [[DATE:4/12]] home with HH PT/OT if housing resolves, otherwise short SNF stay. Family meeting with [[NAME:Losana]] and [[NAME:Tevita
Naivalu]] set for [[DATE:Wed 4/2]].
""", summary="""
Week-2 rehab conference for [[NAME:Tevita Naivalu]] after left below-knee amputation: transfers near independent, speech
therapy signed off, and [[NAME:Don Do]] is pursuing ground-floor housing. Target discharge [[DATE:4/12]] with a family meeting
on [[DATE:Wed 4/2]].
"""),

    dict(style="specialist_letter_neurology", note="""
MOVEMENT DISORDERS CLINIC
Dictated [[DATE:3/10/25]], typed [[DATE:3/12/25]] ([[NAME:klg]])

Dr. [[NAME:Yann Kerhervé]]
Family Medicine

RE: [[NAME:LE BIHAN, Goulven]]   DOB [[DATE:08/17/1951]]   MRN [[MRN:01927734]]

Dear [[NAME:Yann]],
[[NAME:Goulven]] returned with [[NAME:Nolwenn]] for his six-month review of {{eponym:Parkinson}} disease. Since we increased
{{drug:carbidopa-levodopa}} to {{dose:25/100 mg}} 1.5 tabs four times daily the mornings are better, but [[NAME:Nolwenn]]
reports he now shouts and kicks in his sleep, which fits REM sleep behaviour disorder; [[NAME:Katell]] filmed one episode
on her phone and it is typical. Wearing-off comes about 3 hours after each dose.
Exam (ON): {{score:MDS-UPDRS III 31}}, {{score:Hoehn and Yahr 2.5}}, {{score:MoCA 25/30}}, {{eponym:Romberg}} negative,
pull test 2 steps. Orthostatics {{vital:BP 134/80}} supine, {{vital:BP 112/70}} standing, asymptomatic.
No visual hallucinations, so I am not worried about {{eponym:Lewy}} body disease at this stage.
Plan: add {{drug:rasagiline}} {{dose:1 mg}} daily for wearing-off; {{drug:melatonin}} {{dose:6 mg}} at night rather than
{{drug:clonazepam}} given falls risk; padded bed rail. Referral to [[NAME:Tanguy Quéré]] (PT, LSVT BIG).
I'll see [[NAME:Goulvan]] in 4 months, sooner if the dream enactment continues.

With best wishes,
[[NAME:Maiwenn Le Gall]], MD
cc: [[NAME:T. Quéré]], PT
""", summary="""
Neurology letter to Dr [[NAME:Kerhervé]] on [[NAME:Goulven Le Bihan]]'s {{eponym:Parkinson}} disease: better mornings on
{{drug:carbidopa-levodopa}} but new REM sleep behaviour disorder and wearing-off. {{drug:Rasagiline}} and {{drug:melatonin}}
were added and PT with [[NAME:Tanguy Quéré]] was arranged.
"""),

    dict(style="rehab_slp_aphasia", note="""
SLP PROGRESS NOTE - Outpatient Neuro Rehab
[[NAME:Killa Mamani Quispe]]   DOB [[DATE:11/30/1958]]   Visit 14 of 24
Interpreter: [[NAME:Wayra Condori]] (Quechua/Spanish, by video), ID [[MRN:40718]]
[[NAME:Killa]] came with [[NAME:Inti]], who drove her from [[ADDRESS:Paterson]] and stayed for the session. Nonfluent
{{eponym:Broca}}-type aphasia after L MCA stroke ([[DATE:Sept 2]] last year).
Retest today: {{score:WAB-R AQ 62.8}} (was 54.1 on [[DATE:1/8]]); {{score:BNT 24/60}} with phonemic cues, Spanish version.
Melodic intonation: 8/10 two-word phrases; she sang a huayno chorus with [[NAME:Inti]] and said "allinmi" clearly.
[[NAME:Wayra]] noted she switches between Quechua and Spanish mid-phrase; [[NAME:Inti]] says at home she speaks only
runasimi with [[NAME:Sumaq]], her sister.
Automatic speech: days of week intact, counting to 20 intact. Yes/no reliable 18/20.
Goals: functional phrases for the pharmacy counter, phone script to reach [[NAME:Inti]] at work.
Plan: 2x/wk through [[DATE:5/30]]; home practice in Quechua with [[NAME:Sumaq]]. Discussed with Dr [[NAME:Yupanqui]].
[[NAME:Pat Moss]], MA, CCC-SLP
""", summary="""
Outpatient SLP note for [[NAME:Killa Mamani Quispe]] with {{eponym:Broca}}-type aphasia: {{score:WAB-R AQ 62.8}}, up from
54.1, working through interpreter [[NAME:Wayra Condori]]. Therapy continues twice weekly to [[DATE:5/30]] with home practice
alongside [[NAME:Sumaq]].
"""),

    dict(style="ward_secure_chat", note="""
SECURE CHAT - 6 North / Rm 618 ([[NAME:Villalba]])
02:14 [[NAME:Grace Waqa]] RN: 618 HR 128, T 38.9, BP 94/58, RR 26. looks worse than at 2300. hope someone can come look
02:15 [[NAME:hope.moss]] (house sup): on my way. who is the cross-cover resident
02:15 [[NAME:Grace Waqa]] RN: paged [[NAME:Eyþór]] x2
02:17 [[NAME:Eyþór Jónsson]] MD: coming. 30 mL/kg LR, blood cx x2, lactate, hold the {{drug:Lasix}}
02:18 [[NAME:Grace Waqa]] RN: ok. son [[NAME:Kuarahy]] at bedside, Guaraní + Spanish, little English
02:19 [[NAME:hope.moss]]: not sure we have Guaraní on the line. will check
02:31 [[NAME:Eyþór Jónsson]] MD: {{lab:lactate 3.4}}. starting {{drug:Zosyn}} {{dose:4.5 g}} now. [[NAME:Ty]] in pharmacy verifying
02:33 [[NAME:ty.le]]: verified, tubing it up
02:40 [[NAME:Grace Waqa]] RN: [[NAME:Kuarahy]] asking if he should call his sister in [[ADDRESS:Encarnación]]
02:41 [[NAME:Eyþór Jónsson]] MD: yes. will talk w him after the bolus. [[NAME:Grace]] - thx
03:10 [[NAME:hope.moss]]: Guaraní interpreter by video found (#[[MRN:88213]]). [[NAME:Arasy]] oriented now, asking for her rosary
03:12 [[NAME:eythor.j]]: {{vital:MAP 68}} after 2 L, rechecking lactate 0430. grace period over - if MAP < 65 calling ICU
""", summary="""
Overnight secure-chat thread about [[NAME:Arasy Villalba]] in room 618 with suspected sepsis ({{lab:lactate 3.4}}): fluids and
{{drug:Zosyn}} were started by [[NAME:Eyþór Jónsson]], and [[NAME:hope.moss]] found a Guaraní interpreter for [[NAME:Kuarahy]].
"""),

    dict(style="home_health_ot", note="""
OCCUPATIONAL THERAPY - HOME SAFETY EVALUATION (Home Health)
Visit at [[ADDRESS:2218 Camino Lantana, National City CA 91950]]   Ref [[MRN:HH-3309127]]
[[NAME:Rosa Aguon Taitano]] ("[[NAME:Nana]]"), {{age:86}}, after R hip hemiarthroplasty.
Met [[NAME:Rosa]] at home with [[NAME:Pearl]], her caregiver of six years, and [[NAME:Jesse Taitano]], who is on leave from
the Navy. [[NAME:Rosa]] speaks mostly Chamorro with [[NAME:Pearl]]; she greeted me "håfa adai" and was quick to joke.
Tub transfer: unable to step over 18" tub wall safely - recommend tub transfer bench + handheld shower, 2 grab bars.
Toilet 15" - raised seat with arms ordered. Hip precautions recalled 2/3.
Throw rugs in hall removed by [[NAME:Art]] from next door while we were there. Night lighting poor between bedroom and bath.
{{score:Tinetti 17/28}}, {{score:TUG 21 s}} with RW. {{vital:BP 118/64}} sitting, no orthostasis.
[[NAME:Pearl]] wants to learn LB dressing with reacher and sock aid; taught today, return demo good.
[[NAME:Jesse]] will install grab bars this weekend; cell [[PHONE:(619) 407-2285]].
Next visit [[DATE:Mon 6/9]]. - [[NAME:Gwenola Riou]], OTR/L
""", summary="""
Home-health OT safety visit for [[NAME:Rosa Aguon Taitano]] after hip hemiarthroplasty: tub bench, raised toilet seat and grab
bars recommended, and [[NAME:Pearl]] was taught lower-body dressing aids. Next visit [[DATE:Mon 6/9]].
"""),

    dict(style="specialist_letter_respiratory", note="""
Respiratory Medicine Clinic - letter to GP

Dr [[NAME:Idris Stone]]
Maesteg Health Centre

Re: Mrs [[NAME:Dawn LUNG]], born [[DATE:30.07.1957]], hospital no [[MRN:K4471820]]
Seen [[DATE:19/02/2025]]

Dear Dr [[NAME:Stone]],
I reviewed [[NAME:Dawn]] today. Mrs [[NAME:Lung]]'s lung function has fallen since last year: {{lab:FEV1 1.18 L}} (48% predicted),
{{lab:FEV1/FVC 0.55}}, {{lab:DLCO 41%}}. {{score:CAT 24}}, {{score:mMRC 3}}. She has had two exacerbations since September
needing {{drug:prednisolone}} and wakes before dawn most days wheezy. She still smokes 10 a day; [[NAME:Ray]] smokes too,
and he has agreed to come with her to the stop-smoking group. Chest X-ray shows hyperinflation only. No renal stones or
other history of note beyond hypertension.
Plan:
- Change {{drug:Anoro}} to {{drug:Trelegy Ellipta}} one puff daily; {{drug:salbutamol}} as needed.
- {{drug:Azithromycin}} {{dose:250 mg}} three times weekly after ECG ({{lab:QTc 428 ms}} today).
- Rescue pack: {{drug:prednisolone}} {{dose:30 mg}} for 5 days + {{drug:doxycycline}}.
- Pulmonary rehab at the Maesteg site; [[NAME:Bryn]] will contact her on [[PHONE:01656 774 218]].
Review in four months.
Yours sincerely,
Dr [[NAME:Ólöf Magnúsdóttir]], Consultant Respiratory Physician
""", summary="""
Respiratory letter to Dr [[NAME:Stone]]: [[NAME:Dawn Lung]] has worsening COPD ({{lab:FEV1 1.18 L}}, 48% predicted) with two
exacerbations and ongoing smoking. Inhalers were changed to {{drug:Trelegy Ellipta}}, {{drug:azithromycin}} prophylaxis started
and pulmonary rehab arranged.
"""),

    dict(style="rehab_pt_daily", note="""
PT DAILY TREATMENT NOTE - Neuro gym, 60 min
Dx: incomplete SCI C6 (AIS D), day 31.
Pt arrived via power chair, {{vital:BP 108/66}} seated, {{vital:HR 72}}. Abdominal binder + TEDs on.
Body-weight-supported treadmill (Lokomat) 25 min, 30% BWS, 1.8 km/h; {{score:Borg 13}}.
Overground gait with bilateral {{eponym:Lofstrand}} crutches + R AFO, 90 ft x2, min A for L foot clearance.
{{score:Berg 38/56}}, {{score:6MWT 212 m}}, {{score:WISCI II 13}}. {{score:Modified Ashworth 1+}} L gastroc-soleus.
Orthostatic check after standing 3 min: {{vital:BP 92/58}}, lightheaded, resolved with seated rest + fluids.
FES cycling deferred - electrodes on order. Bioness L300 trial next week.
Pt frank that the crutches feel "a long way off." Will progress step length and dual-task gait.
Hope to trial community outing to the cafeteria Friday if orthostasis controlled; will coordinate with Nursing and OT.
""", summary="""
Neuro PT session after incomplete C6 spinal cord injury: robotic treadmill and crutch gait with {{score:Berg 38/56}} and
{{score:6MWT 212 m}}, limited by orthostatic hypotension. Plan is to progress gait and trial a {{eponym:Lofstrand}} crutch outing.
"""),

    dict(style="ward_nursing_family_meeting", note="""
NURSING NOTE - family meeting / discharge planning, 5 East
[[NAME:JOENSEN, SJÚRÐUR]]   CSN [[MRN:8800412277]]   {{age:88}}   C diff colitis, CKD 4
Met in the family room at 1400 with [[NAME:Turið]], [[NAME:Will]], [[NAME:Rógvi]] on speaker from [[ADDRESS:Tórshavn]]
([[PHONE:+298 21 44 87]]) and [[NAME:Don]] from social work. [[NAME:Sjúrður]] listened from the wheelchair and said little;
he asked that we speak English so [[NAME:Will]] could follow, then switched to Faroese with [[NAME:Turið]].
[[NAME:Don]] went over SNF options near [[ADDRESS:Lynnwood]]; [[NAME:Turið]] wants him home. [[NAME:Rógvi]] worried she cannot
manage 8-10 loose stools a day and the stairs. Agreed: 1-2 wk SNF, then home with HH. [[NAME:Will]] will drive down Saturday
to see the two facilities; [[NAME:Rógvi]] asked for e-mail updates at [[EMAIL:rogvi.joensen@olivant.fo]].
Teaching: contact-plus precautions explained - visitors don gown and gloves, soap and water not gel. [[NAME:Turið]] return
demo OK. {{drug:Vancomycin}} {{dose:125 mg}} PO QID day 6 of 10, stools down to 4/day.
Sacral skin intact; red area L heel marked with skin pen at 1430 to watch the edge.
{{lab:Cr 3.2}}, {{lab:K 3.3}} - {{drug:KCl}} {{dose:20 mEq}} given per MD.
[[NAME:Turid]] asked for a chair bed tonight; arranged.   -- [[NAME:Hafsa Ó Catháin]], RN
""", summary="""
Family meeting for [[NAME:Sjúrður Joensen]], {{age:88}}, with C diff colitis: the family, including [[NAME:Rógvi]] by phone, agreed
on a short SNF stay then home health, and [[NAME:Will]] will tour facilities. Contact precautions were taught to [[NAME:Turið]].
"""),

    dict(style="specialist_letter_rheumatology", note="""
Rheumatology Department - Clinic letter
Date of clinic: [[DATE:21/01/2025]]

Dr [[NAME:Mark Bone]], Y Ddôl Surgery, [[ADDRESS:Aberystwyth]]

Re: Ms [[NAME:Itziar LARRAÑAGA-OIARTZABAL]], DOB [[DATE:11/06/1972]], [[ADDRESS:4 Heol Glyndŵr, Aberystwyth SY23 2QN]]

Dear [[NAME:Mark]],
Thank you for asking me to see [[NAME:Itziar]], a {{age:52}}-year-old art teacher with dry eyes, dry mouth and cold, painful fingers.
She describes classic {{eponym:Raynaud}} phenomenon each winter and her sister [[NAME:Garazi]] has lupus.
{{eponym:Schirmer}} test 3 mm at 5 min bilaterally. No synovitis. {{lab:ANA 1:640}} speckled, {{lab:anti-Ro 240 U/mL}}, anti-La negative,
{{lab:ESR 38}}, {{lab:C3 0.9}}, normal {{lab:CK}}. This fits primary {{eponym:Sjögren}} syndrome.
Her DEXA (arranged by you) shows low bone density: {{lab:T-score -2.6}} at L2-L4.
Plan: {{drug:hydroxychloroquine}} {{dose:200 mg}} daily (baseline eye screening booked), {{drug:pilocarpine}} trial,
{{drug:alendronic acid}} {{dose:70 mg}} weekly with {{drug:Adcal-D3}}. [[NAME:Itziar]] asked whether [[NAME:Garazi]]'s doctors
should know about her result - I said it is her choice.
Our specialist nurse [[NAME:Ane Arregi]] ([[EMAIL:ane.arregi@wales.nhs.uk]], [[PHONE:01970 623 381]]) will phone her in 4 weeks.
With kind regards,
Dr [[NAME:Unai Zubiri]], Consultant Rheumatologist
""", summary="""
Rheumatology letter to Dr [[NAME:Mark Bone]] diagnosing primary {{eponym:Sjögren}} syndrome with {{eponym:Raynaud}} and
osteoporosis in [[NAME:Itziar Larrañaga-Oiartzabal]], {{age:52}}. {{drug:Hydroxychloroquine}} and {{drug:alendronic acid}} were
started with nurse follow-up by [[NAME:Ane Arregi]].
"""),
]
