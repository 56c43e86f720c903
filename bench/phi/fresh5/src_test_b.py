# Hand-written test notes, part b: occupational-health / workers' comp note, poison-control call log,
# interpreter-mediated visit, family-meeting note, discharge phone follow-up call.
# All people, places, numbers and dates are invented.

NOTES = [
    dict(style="occ_health", note="""
OCCUPATIONAL HEALTH -- INITIAL INJURY VISIT
Employee: [[NAME:Jin-woo Park]]   DOB [[DATE:05/17/1986]]   SSN [[SSN:512-80-3347]]
Employer: Kessling Logistics, [[ADDRESS:4100 Port Rd, Obetz OH 43207]]   WC claim # [[MRN:WC-25-0081147]]
DOI [[DATE:01/27/2025]]. Supervisor [[NAME:Delroy Hutchins]] ([[PHONE:614-555-0305]]).

Mechanism: lifting a 60-lb tote off a conveyor, felt pull in low back. [[NAME:Hutchins]] and coworker [[NAME:Ignacio]] witnessed. No radicular sx. {{eponym:Lasegue}} / SLR negative bilat. {{eponym:Waddell}} signs 0/5. Paraspinal spasm L.
Dx: lumbar strain.
Tx: {{drug:naproxen}} {{dose:500 mg}} BID x 10 d, {{drug:cyclobenzaprine}} {{dose:5 mg}} qhs. PT 2x/wk.
Work status: modified duty, no lifting > 15 lb x 2 wk. Forms faxed to adjuster [[NAME:Corinne Babbitt]] at Sedgwick, fax [[PHONE:855-555-0319]]. Recheck [[DATE:2/10]].
""", summary="""
[[NAME:Jin-woo Park]] strained his back lifting at work, witnessed by [[NAME:Hutchins]]; modified duty and forms went to [[NAME:Corinne Babbitt]].
"""),
    dict(style="occ_health", note="""
Occ health -- BBP exposure   [[DATE:3/19/25]] 2215
Employee [[NAME:Valentina Ospina]], RN, 7 North. Employee ID [[MRN:E-104529]].
Needlestick L index finger from 25g needle after SQ {{drug:heparin}} injection on pt in 722. Washed with soap/water immediately. Charge nurse [[NAME:Rafferty]] notified.
Source pt: consent obtained by [[NAME:Adjei]] (house sup): {{lab:HIV Ag/Ab}} rapid neg, {{lab:HBsAg}} neg, {{lab:HCV Ab}} neg.
[[NAME:Valentina]]: {{lab:anti-HBs 84}} (immune). Baseline HIV/HCV drawn. PEP not indicated given neg source; follow-up HCV RNA not needed.
Incident report filed. [[NAME:Valentina]] upset; EAP number given. Her fiancé [[NAME:Esteban]] picking her up.
""", summary="""
[[NAME:Valentina Ospina]] had a needlestick from a source who tested negative; no PEP, and [[NAME:Adjei]] obtained source consent.
"""),
    dict(style="occ_health", note="""
PRE-PLACEMENT EXAM -- DOT
{{age:38}} M commercial driver applicant. {{vital:BP 146/92}} -> repeat {{vital:BP 138/88}}. {{vital:HR 72}}. Vision {{score:Snellen 20/20}} OD, {{score:20/30}} OS uncorrected; {{eponym:Ishihara}} plates 14/14. Hearing whisper test at 5 ft pass. UA: {{lab:protein neg}}, {{lab:glucose neg}}, {{lab:SG 1.020}}. {{score:STOP-BANG 4}} -> sleep study recommended. Certified 1 year (stage 1 HTN).
""", summary="""
DOT applicant certified for one year with stage 1 hypertension; {{score:STOP-BANG 4}} prompted a sleep study.
"""),
    dict(style="occ_health", note="""
WORKERS' COMP FOLLOW-UP -- CARPAL TUNNEL
[[NAME:ABEBE GIRMA]]  claim [[MRN:OH-WC 24-771930]]  DOI [[DATE:Oct 1, 2024]]  visit [[DATE:Feb 24 2025]]
Poultry plant deboner, R hand numbness. {{eponym:Tinel}} + R, {{eponym:Phalen}} + at 20 sec R, 2-pt discrim 6 mm. NCS ([[NAME:Gebremedhin]]): moderate R median neuropathy at wrist.
Splint at night helped partly. Cortisone: {{drug:Kenalog}} {{dose:40 mg}} R carpal tunnel today. Referral to hand surgery, [[NAME:Llewellyn-Pryce]].
Restrictions: no repetitive gripping R hand. Employer contact: [[NAME:Marta Sosa]], HR, [[EMAIL:msosa@tristatepoultry.com]]. [[NAME:Abebe]] asked that [[NAME:Mulu]] (wife) get copies -- release signed.
""", summary="""
[[NAME:Abebe Girma]] has moderate carpal tunnel with positive {{eponym:Tinel}} and {{eponym:Phalen}}, got {{drug:Kenalog}}, and was referred to [[NAME:Llewellyn-Pryce]].
"""),
    dict(style="occ_health", note="""
Occ med -- chemical exposure, plant B
[[DATE:Tues 6/10/2025]]. Three workers seen after chlorine gas release in the sanitation room.
1) [[NAME:Will Okereke-Stamps]] -- cough, {{vital:SpO2 96%}}, lungs clear, PEF 480 -> observed 2h, RTW tomorrow.
2) [[NAME:Lenka Dvořáková]] -- wheezing, {{vital:SpO2 92%}}, {{drug:albuterol}} {{dose:2.5 mg}} neb x2, {{drug:prednisone}} {{dose:40 mg}}; sent to ED.
3) [[NAME:Truong Minh Chau]] -- eye irritation only, irrigated, {{score:visual acuity 20/20}}.
Safety officer [[NAME:Okeke]] reported valve failure; OSHA notified by [[NAME:Rashida Moultrie]]. [[NAME:will]] asked for a note for his second job.
""", summary="""
After a chlorine release, [[NAME:Lenka Dvořáková]] was sent to the ED while [[NAME:Will Okereke-Stamps]] and [[NAME:Truong Minh Chau]] were treated and released.
"""),
    dict(style="occ_health", note="""
FIT-FOR-DUTY EVALUATION -- police dept.
Officer [[NAME:Mercedes Aguilar-Whitlock]], badge [[MRN:4417]]. Eval [[DATE:04/03/2025]].
Referred by Lt. [[NAME:Brannigan]] after a shooting incident [[DATE:3/14]]. Sleep poor, hypervigilance. {{score:PCL-5 38}}, {{score:PHQ-9 9}}. No SI.
Started {{drug:prazosin}} {{dose:1 mg}} qhs by her PCP [[NAME:Fonseca]] (chart misspells it [[NAME:Fonesca]]) -- titrate to {{dose:3 mg}}.
Determination: temporarily unfit for patrol; administrative duty 30 days, trauma-focused therapy with [[NAME:Ingrid Solvang]], PsyD.
[[NAME:Mercedes]] consented to share fitness status only (not clinical details) with [[NAME:Brannigan]].
""", summary="""
[[NAME:Mercedes Aguilar-Whitlock]] is on administrative duty for 30 days with therapy from [[NAME:Ingrid Solvang]]; only her status goes to [[NAME:Brannigan]].
"""),
    dict(style="poison_control", note="""
POISON CENTER CALL LOG   Case # [[MRN:PC25-011873]]   [[DATE:01/05/2025]] 1942
Caller: [[NAME:Shanice]] (mother) from home in [[ADDRESS:Reynoldsburg]], callback [[PHONE:614-555-0338]]
Pt: [[NAME:Jaylen Moten]], {{age:2}}, 13 kg. Found with grandmother's pill organizer; up to 3 x {{drug:amlodipine}} {{dose:10 mg}} missing, possibly {{drug:metformin}} {{dose:500 mg}} x1. Time ~1915.
Currently asymptomatic, playful.
Rec: refer to ED -- CCB ingestion in toddler, 24h obs (amlodipine long half-life). Do NOT induce vomiting. EMS offered; [[NAME:Shanice]] will drive, Grandma [[NAME:Odette]] riding along.
2010 f/u with Nationwide Children's ED ([[NAME:Kaczmarek]]): {{vital:HR 128}}, {{vital:BP 88/52}}, {{lab:glucose 74}}. {{drug:activated charcoal}} {{dose:1 g/kg}} given.
0200 f/u: {{vital:BP 78/40}} -> {{drug:calcium chloride}} and {{drug:high-dose insulin}} per tox. SPI [[NAME:Auden]].
""", summary="""
[[NAME:Jaylen]] may have swallowed grandmother's {{drug:amlodipine}}; [[NAME:Shanice]] drove him in and [[NAME:Kaczmarek]] reported hypotension needing treatment.
"""),
    dict(style="poison_control", note="""
PC call -- [[DATE:2025-03-22]] 0310   Case [[MRN:PC25-012940]]
Caller is pt: [[NAME:Oleksandr]] (declined last name), {{age:34}}, from [[ADDRESS:Lancaster]].
Took {{drug:Tylenol}} {{dose:500 mg}} x 30 tabs ({{dose:15 g}}, ~{{dose:190 mg/kg}}) at ~2330 "to sleep forever," now regrets. Lives with [[NAME:Nadiya]]; she is asleep.
SPI advised 911. [[NAME:Oleksandr]] agreed; SPI stayed on line until Fairfield County EMS arrived 0328. [[NAME:Nadiya]] woke and spoke with SPI.
0615 f/u with ED: {{lab:APAP level 168 at 4h}} -> above {{eponym:Rumack-Matthew}} line, {{drug:NAC}} ({{drug:Acetadote}}) 21-h protocol started. {{lab:AST 24}}. Psych consult.
SPI: [[NAME:mfairweather]]
""", summary="""
[[NAME:Oleksandr]] overdosed on {{drug:Tylenol}}, stayed on the line until EMS came, and started {{drug:NAC}} above the {{eponym:Rumack-Matthew}} line; [[NAME:Nadiya]] also spoke with the specialist.
"""),
    dict(style="poison_control", note="""
POISON CONTROL - information call
Caller (daycare director) asks about child who bit a silica gel packet ({{dose:1 g}}). Non-toxic, rinse mouth, give water. No follow-up needed. Also asked about {{drug:Desitin}} ingestion ({{drug:zinc oxide}} {{dose:40%}}, small amount) -- minimal toxicity, may cause mild GI upset. {{drug:Benadryl}} cream on lips -- no concern. Referred to {{drug:Narcan}} training flyer at their request.
""", summary="""
Information call about silica gel, a small amount of {{drug:Desitin}} and {{drug:Benadryl}} cream; none needed follow-up.
"""),
    dict(style="poison_control", note="""
CASE [[MRN:PC25-014402]]  [[DATE:5/30/25]] 1655  HCF call
Caller: [[NAME:Ekaterina]] RN, Mercy [[ADDRESS:Chillicothe]] ED ([[PHONE:740-555-0356]]), for Dr. [[NAME:Hollingsworth]].
Pt [[NAME:Gabriel]] "[[NAME:Gabe]]" [[NAME:Sunderland]], {{age:17}}, took unknown # of {{drug:Wellbutrin XL}} {{dose:300 mg}} (mom's). Seizure x1 in triage, QRS 118, {{vital:HR 134}}.
Rec: {{drug:lorazepam}} {{dose:2 mg}} IV for seizure, {{drug:sodium bicarbonate}} {{dose:1-2 mEq/kg}} for QRS > 100, intubate if recurrent. Admit ICU, tele 24h+.
1830 f/u with [[NAME:Hollingsworth]]: 2nd seizure, intubated, QRS 104 after bicarb. Transfer to Riverside requested; [[NAME:Gabe]]'s mom [[NAME:Corinna]] going with.
""", summary="""
[[NAME:Gabe]] seized after a {{drug:Wellbutrin XL}} overdose; [[NAME:Hollingsworth]] gave bicarbonate and [[NAME:Corinna]] went with him on transfer.
"""),
    dict(style="poison_control", note="""
Poison center -- snakebite
[[DATE:8/3/2025]] 1412. Caller [[NAME:Hollis]] (husband) from campsite near [[ADDRESS:Shawnee State Forest]]. Pt [[NAME:Marigold Ketchum]], {{age:57}}, bitten L ankle by copperhead per [[NAME:Hollis]]'s photo.
Swelling to mid-calf, pain 8/10. No bleeding gums. Advised remove rings/anklet, keep limb neutral, no tourniquet, no ice, go to ED by EMS.
1540 f/u Adams County ED ([[NAME:Tuttle]]): swelling progressing, {{lab:plt 180}}, {{lab:fibrinogen 260}}, {{lab:INR 1.1}}. {{drug:CroFab}} {{dose:4 vials}} started -> control achieved after initial dose.
[[NAME:Marigold]]'s son [[NAME:Cody Ketchum]] arriving from [[ADDRESS:Portsmouth]].
""", summary="""
[[NAME:Marigold Ketchum]] was bitten by a copperhead and received {{drug:CroFab}}; [[NAME:Hollis]] called and [[NAME:Cody]] is on his way.
"""),
    dict(style="poison_control", note="""
POISON CONTROL -- LOG ENTRY
[[NAME:HOPKIRK, ROSALEEN]]  [[AGE:91]]  Case [[MRN:PC25-015111]]  [[DATE:Jun 18 2025]]
Caller: [[NAME:Yolanda Braithwaite]], aide at [[ADDRESS:318 Tamarack St, Marietta OH]] ([[PHONE:740-555-0371]]).
Double dose {{drug:digoxin}} {{dose:0.125 mg}} x2 this AM (aide and daughter both gave). Also on {{drug:Coreg}} {{dose:6.25 mg}}. Asymptomatic, {{vital:HR 64}} per aide.
Rec: single double-dose unlikely to be toxic in steady state but age/renal function unknown -- send for {{lab:dig level}}, {{lab:K}}, {{lab:Cr}}, ECG. [[NAME:Yolanda]] to call [[NAME:Bettina]] (daughter).
1900 f/u: {{lab:dig 1.6}}, {{lab:K 4.2}}, {{lab:Cr 1.4}}, ECG unchanged -> home. [[NAME:Rosaleen]] annoyed about "fuss." [[NAME:Bettina]] and [[NAME:Yolanda]] made a med chart.
""", summary="""
[[NAME:Rosaleen Hopkirk]], [[AGE:91]], got a double {{drug:digoxin}} dose and had {{lab:dig 1.6}}; [[NAME:Yolanda]] and [[NAME:Bettina]] made a medication chart.
"""),
    dict(style="interpreter_visit", note="""
PRIMARY CARE -- VIA ARABIC INTERPRETER
Pt [[NAME:Khadija Al-Rawi]]   DOB [[DATE:1963-07-12]]   MRN [[MRN:4408821]]   Visit [[DATE:2/26/25]]
Interpreter: [[NAME:Samir]] (in person, ID [[MRN:INT-2231]]). Son [[NAME:Mustafa]] also present; [[NAME:Khadija]] asked that [[NAME:Samir]], not [[NAME:Mustafa]], interpret.
CC: knee pain, "sugar high." {{lab:A1c 8.8}}. {{vital:BP 150/90}}. {{vital:BMI 33}}.
Meds: {{drug:metformin}} {{dose:1000 mg}} BID, {{drug:glipizide}} {{dose:5 mg}}. Knees: crepitus, {{eponym:McMurray}} negative.
Plan: add {{drug:Trulicity}} {{dose:0.75 mg}} weekly; {{drug:lisinopril}} {{dose:10 mg}}. Ramadan starts soon -- discussed fasting with glipizide, hold midday dose and watch for lows. [[NAME:Samir]] used teach-back. [[NAME:Mustafa]]'s phone for appointments [[PHONE:(614) 555-0388]].
""", summary="""
[[NAME:Khadija Al-Rawi]] started {{drug:Trulicity}} with [[NAME:Samir]] interpreting at her request rather than [[NAME:Mustafa]].
"""),
    dict(style="interpreter_visit", note="""
Pediatric sick visit -- Spanish interpreter by video (Cyracom ID [[MRN:55812]])
[[NAME:Santino Huamán]], {{age:3}}, here with mother [[NAME:Flor Huamán]].
Fever 3 d, ear pulling. {{vital:T 39.1}}. L TM bulging, erythematous. {{drug:amoxicillin}} {{dose:90 mg/kg/day}} ({{dose:600 mg}} BID) x 10 d. {{drug:ibuprofen}} {{dose:150 mg}} q6h prn.
[[NAME:Flor]] asked interpreter to repeat dosing; teach-back good. [[NAME:Nicanor]] (dad) works days; [[NAME:Flor]] will bring [[NAME:Santino]] back if fever after 48 h.
""", summary="""
[[NAME:Santino]] has acute otitis media and started {{drug:amoxicillin}}; [[NAME:Flor]] repeated the dosing back through the interpreter.
"""),
    dict(style="interpreter_visit", note="""
CARDIOLOGY FOLLOW-UP (Vietnamese interpreter, phone, [[NAME:Linh]] #[[MRN:40771]])
[[NAME:LE VAN MINH]]   {{age:79}}   MRN [[MRN:3920418]]   [[DATE:March 12th, 2025]]
HFrEF EF 30%. [[NAME:Minh]] reports walking to the market without stopping; no orthopnea. Wt {{vital:61.5 kg}}. {{vital:BP 108/64}}. {{lab:K 4.7}}, {{lab:Cr 1.2}}, {{lab:NT-proBNP 1450}}.
Meds: {{drug:Entresto}} {{dose:49/51 mg}} BID, {{drug:metoprolol succinate}} {{dose:100 mg}}, {{drug:Farxiga}} {{dose:10 mg}}, {{drug:spironolactone}} {{dose:12.5 mg}}.
Granddaughter [[NAME:Ngoc]] joined on speaker and said ông [[NAME:Minh]] skips spironolactone when he goes to temple. [[NAME:Le]] agrees to take it at night instead. ICD discussion deferred to next visit with [[NAME:Do]] (EP).
""", summary="""
[[NAME:Le Van Minh]] is stable with heart failure on {{drug:Entresto}} and {{drug:Farxiga}}; [[NAME:Ngoc]] noted skipped doses and ICD talk is deferred to [[NAME:Do]].
"""),
    dict(style="interpreter_visit", note="""
ASL-interpreted visit
Patient Deaf, uses ASL; two interpreters (team) via agency. {{age:50}}-year-old with new diabetes: {{lab:A1c 10.2}}, {{lab:fasting glucose 214}}. {{vital:BMI 29}}. Started {{drug:metformin}} {{dose:500 mg}} daily with dinner x1 wk then BID, {{drug:Jardiance}} {{dose:10 mg}}. Glucometer teaching with captioned video. {{vital:BP 128/80}}. Eye and foot exam referrals. {{drug:atorvastatin}} {{dose:20 mg}}.
""", summary="""
New diabetes ({{lab:A1c 10.2}}) treated with {{drug:metformin}} and {{drug:Jardiance}}, with teaching through ASL interpreters.
"""),
    dict(style="interpreter_visit", note="""
Postpartum visit -- Tigrinya interpreter (in-person, [[NAME:Yonas Haile]])
[[NAME:Mariam Tesfaye]]   MRN [[MRN:5520974]]   6 wk PP [[DATE:04/22/2025]]
SVD [[DATE:3/11]]. Baby [[NAME:Selam]] feeding well. [[NAME:Mariam]] reports sad mood, crying, not sleeping even when baby sleeps. {{score:EPDS 17}}, item 10 = 0.
[[NAME:Yonas]] noted some words do not translate directly; used the validated Tigrinya EPDS. [[NAME:Mariam]]'s husband [[NAME:Dawit]] in [[ADDRESS:Asmara]]; she lives with cousin [[NAME:Feven]].
Plan: {{drug:sertraline}} {{dose:25 mg}}, compatible with breastfeeding. Referral to perinatal psych [[NAME:Hollander]]. {{drug:Nexplanon}} placed. {{lab:Hgb 11.2}}.
""", summary="""
[[NAME:Mariam Tesfaye]] has postpartum depression ({{score:EPDS 17}}) and started {{drug:sertraline}}; [[NAME:Yonas Haile]] interpreted and [[NAME:Feven]] lives with her.
"""),
    dict(style="interpreter_visit", note="""
Oncology consult via Mandarin interpreter ([[NAME:Zhou]], video)
Patient: [[NAME:Chen Xiuying]]  DOB [[DATE:3 Nov 1952]]  MRN [[MRN:4417305]]
New dx HER2+ breast ca, {{lab:ER 90%}}, {{lab:PR 20%}}, {{lab:Ki-67 35%}}. T2N1.
Son [[NAME:Chen Hao]] asked team not to say "cancer" to [[NAME:Xiuying]]. Discussed with [[NAME:Xiuying]] via [[NAME:Zhou]] first, asking how much she wants to know: she wants full information and wants [[NAME:Hao]] and [[NAME:Meilin]] involved.
Plan: neoadjuvant TCHP ({{drug:docetaxel}}, {{drug:carboplatin}}, {{drug:Herceptin}}, {{drug:Perjeta}}), echo baseline, port placement. {{score:ECOG 0}}.
""", summary="""
[[NAME:Chen Xiuying]] chose full information about her HER2-positive cancer despite [[NAME:Chen Hao]]'s request and will start {{drug:Herceptin}} and {{drug:Perjeta}} with chemotherapy.
"""),
    dict(style="family_meeting", note="""
FAMILY MEETING NOTE -- MICU   [[DATE:Sat 1/11/2025]] 1400
Pt: [[NAME:Rosario Mendoza Quiñones]]  {{age:83}}  MRN [[MRN:7002118]]
Present: [[NAME:Lucía]], [[NAME:Armando]], [[NAME:Pilar Mendoza-Hsu]], Fr. [[NAME:Anselm]] (by phone), attending [[NAME:Kamaka]], RN [[NAME:Tegan]], SW [[NAME:Orville Baines]], interpreter [[NAME:Consuelo]].
Course: day 12, septic shock from {{eponym:Serratia}} pneumonia, failed SBT x3, now on {{drug:Levophed}} {{dose:0.1 mcg/kg/min}}, CRRT. {{score:SOFA 13}}.
[[NAME:Lucía]] said [[NAME:Rosario]] told her "no machines forever." [[NAME:Armando]] wants trach/PEG "to give her a chance." [[NAME:Pilar]] was quiet, then agreed with [[NAME:Lucía]].
Outcome: time-limited trial 72 h; if no improvement, transition to comfort care. Code status changed to DNR. Reconvene [[DATE:Tue 1/14]]. [[NAME:Armando]] to call [[NAME:Nestor]] in [[ADDRESS:Tegucigalpa]].
""", summary="""
[[NAME:Rosario]]'s family agreed on a 72-hour trial then comfort care; [[NAME:Lucía]] recalled her wishes while [[NAME:Armando]] wanted a trach.
"""),
    dict(style="family_meeting", note="""
Family conference -- NICU
Baby boy, 26 wk, DOL 9. Grade IV IVH bilat on HUS, {{score:Apgar 2/5/6}}. On HFOV {{dose:MAP 14}}, {{dose:FiO2 45%}}. {{lab:Hgb 11.8}}, {{lab:plt 62}}. Parents informed of likely severe neurodevelopmental impairment. Options reviewed: continue full support vs redirect to comfort care. Parents want 48 h to consider and request chaplain and a second HUS. {{drug:morphine}} {{dose:0.02 mg/kg/h}} for comfort continued.
""", summary="""
Parents of a 26-week infant with grade IV IVH asked for 48 hours and a second ultrasound before deciding; {{drug:morphine}} continued.
"""),
    dict(style="family_meeting", note="""
Family meeting, oncology floor -- [[DATE:09/09/2024]]
[[NAME:Ifeoma Chukwu-Laurent]]  MRN [[MRN:6100923]]  AML relapse after allo-SCT.
Attendees: [[NAME:Ifeoma]]; husband [[NAME:Théo Laurent]]; [[NAME:Chinonso]]; [[NAME:Uche]]; Dr [[NAME:Bergström-Ade]]; NP [[NAME:Willa Crane]]; palliative [[NAME:Quiroga]].
[[NAME:Ifeoma]] opened: "I want to go home to [[ADDRESS:Lagos]] if I can." Discussed {{drug:venetoclax}} + {{drug:azacitidine}} vs hospice. Blasts 62%, {{lab:plt 8}} transfusion-dependent.
Travel not possible with counts; [[NAME:Chinonso]] will arrange for [[NAME:Ifeoma]]'s mother to come from [[ADDRESS:Lagos]] instead. [[NAME:Théo]] and [[NAME:Uche]] support home hospice in [[ADDRESS:Dublin, OH]].
""", summary="""
[[NAME:Ifeoma]] chose home hospice after relapse; [[NAME:Chinonso]] will bring her mother over and [[NAME:Théo]] and [[NAME:Uche]] support the plan.
"""),
    dict(style="family_meeting", note="""
FAMILY MEETING -- neuro ICU
[[NAME:Teague, Harlan]] {{age:61}} MRN [[MRN:7120066]]   [[DATE:Dec 30, 2024]]
Present: [[NAME:Dolores Teague]] (wife), [[NAME:Shane]], [[NAME:Krista Teague-Olufemi]], [[NAME:Ruthanne]] (sister), neurosurg [[NAME:Vasquez]], neuro ICU [[NAME:Adewale]], SW [[NAME:P. Bright]].
Large L MCA infarct with malignant edema, {{score:GCS 6}} ({{eponym:Glasgow}}), {{score:NIHSS 24}}. Hemicraniectomy discussed: would survive with severe disability, aphasia.
[[NAME:Harlan]] had told [[NAME:Dolores]] and [[NAME:Shane]] after his brother's stroke that he'd never want to "be kept like that." [[NAME:Krista]] is not ready. [[NAME:Ruthanne]] flying in from [[ADDRESS:Boise]] tonight.
Decision: no surgery; continue current care 24 h for family to gather, then discuss comfort measures. Organ donation -- Lifeline of Ohio notified per policy.
""", summary="""
[[NAME:Harlan Teague]]'s family declined hemicraniectomy based on what he told [[NAME:Dolores]] and [[NAME:Shane]]; [[NAME:Ruthanne]] arrives tonight.
"""),
    dict(style="family_meeting", note="""
Family mtg (SNF -> hospital) -- dementia, recurrent aspiration
[[NAME:Aurelio Benavídez]] [[AGE:97]]. DOB [[DATE:4/1/1927]]. Hosp day 3.
Grandson [[NAME:Tomás]] (HCPOA), [[NAME:Marisa]], [[NAME:Ignatius]], facility RN [[NAME:Jessamyn]] from Brookdale. [[NAME:Aurelio]] speaks little now; {{score:FAST 7d}}. 3rd aspiration pneumonia this year. MBSS: aspiration all consistencies.
Options: PEG (not recommended in advanced dementia) vs careful hand feeding for comfort. [[NAME:Tomás]] chose comfort feeding; [[NAME:Ignatius]] agreed. {{drug:Unasyn}} {{dose:3 g}} q6h to finish 5 d then hospice eval. [[NAME:Marisa]] e-mail [[EMAIL:marisa.benavidez77@gmail.com]] for the summary.
""", summary="""
[[NAME:Tomás]] chose comfort feeding for [[NAME:Aurelio]], [[AGE:97]], after a third aspiration pneumonia; [[NAME:Marisa]] asked for the summary by e-mail.
"""),
    dict(style="family_meeting", note="""
Care conference -- rehab unit  [[DATE:2025.07.02]]
[[NAME:Priscilla Adjei-Mensforth]] attended with [[NAME:Kojo]] and [[NAME:Efia]]; team: PT [[NAME:Hadrian]], OT [[NAME:Sunita]], SW [[NAME:Mabel Fairchild]], RN [[NAME:Joy]].
[[NAME:Priscilla]], {{age:73}}, after R hip fracture: {{score:FIM motor 58}}, transfers SBA, stairs x4 with rail. {{drug:Lovenox}} {{dose:40 mg}} until [[DATE:7/20]].
Home at [[ADDRESS:1806 Minerva Ave, Westerville]] has 12 steps to bedroom. [[NAME:Kojo]] will set up first-floor bedroom; [[NAME:Efia]] works 3rd shift but can stay days first week. [[NAME:Joy]] to teach [[NAME:Efia]] injections. D/c [[DATE:7/8]].
""", summary="""
[[NAME:Priscilla]] goes home [[DATE:7/8]] with a first-floor bedroom set up by [[NAME:Kojo]]; [[NAME:Joy]] will teach [[NAME:Efia]] the {{drug:Lovenox}} injections.
"""),
    dict(style="discharge_callback", note="""
POST-DISCHARGE PHONE CALL   [[DATE:2/4/2025]] 1015
Pt: [[NAME:Dariusz Zielinski]]   MRN [[MRN:8810342]]   D/c [[DATE:2/2]] after CHF exac.
Spoke with [[NAME:Dariusz]] and [[NAME:Jolanta]] (wife) on speaker at [[PHONE:614-555-0415]].
Wt today 84.1 kg (d/c wt 83.6). No SOB, 1 pillow. Taking {{drug:torsemide}} {{dose:20 mg}} daily, {{drug:Entresto}} {{dose:24/26 mg}} BID -- pharmacy at [[ADDRESS:Hilliard]] Walgreens said Entresto needs prior auth; [[NAME:Jolanta]] paid cash for 7 days.
Routed PA request to [[NAME:Hemsworth]]'s office. F/u appt with HF clinic [[DATE:2/11]] at 0930 confirmed. Reviewed weight rule: call if up 2 lb/day or 5 lb/wk.
Caller: [[NAME:R. Castiglione]], RN
""", summary="""
[[NAME:Dariusz]] is stable after discharge but {{drug:Entresto}} needs prior authorization; [[NAME:Jolanta]] paid for a week and the request went to [[NAME:Hemsworth]].
"""),
    dict(style="discharge_callback", note="""
Discharge follow-up call #2 -- no answer x2, reached on 3rd try
[[NAME:Tuilaepa, Sefo]]  DOB [[DATE:02-09-1979]]  Acct [[MRN:99031872]]
[[NAME:Sefo]] answered; [[NAME:Malia]] interpreting (Samoan). D/c [[DATE:5/15/25]] s/p lap chole.
Incisions OK, no fever. No drain. Pain controlled on {{drug:Tylenol}} {{dose:1 g}} q8h; did not fill {{drug:oxycodone}}. Tolerating food, BM yesterday.
Asked about return to work (warehouse) -- no lifting > 10 lb x 4 wk, note to be sent by [[NAME:Fa'amausili]]'s office. [[NAME:Sefo]]'s employer fax [[PHONE:614.555.0427]].
""", summary="""
[[NAME:Sefo]] is recovering well after cholecystectomy with [[NAME:Malia]] interpreting; [[NAME:Fa'amausili]]'s office will send the work note.
"""),
    dict(style="discharge_callback", note="""
48-h post-discharge call -- pediatric asthma
Spoke with parent. Child using {{drug:Flovent HFA}} {{dose:110 mcg}} 2 puffs BID with spacer, {{drug:albuterol}} q4h only twice yesterday, none today. Finished {{drug:prednisolone}} {{dose:2 mg/kg}} x 5 d. No night cough. Asthma action plan on fridge. School form faxed. Follow-up with PCP in 1 week confirmed. Smoke exposure: uncle now smokes outside.
""", summary="""
Child doing well after an asthma admission, on {{drug:Flovent HFA}} with little {{drug:albuterol}} use.
"""),
    dict(style="discharge_callback", note="""
TRANSITIONS CALL  [[DATE:Thursday, Oct 16, 2025]]
RE: [[NAME:Gwenllian Rhys-Odhiambo]]  MRN [[MRN:8840017]]  [[AGE:99]]
Spoke w/ [[NAME:Odhiambo]] (son [[NAME:Otieno]]) -- [[NAME:Gwenllian]] was napping. D/c [[DATE:10/14]] to home after UTI/delirium.
Taking {{drug:cephalexin}} {{dose:500 mg}} BID x 5 more days. Confusion better, "back to crosswords" per [[NAME:Otieno]]. Eating half meals. {{score:Morse 60}} -- [[NAME:Otieno]] has moved rugs.
Home health start-of-care visit not yet scheduled -- called Buckeye HH ([[PHONE:614-555-0439]]), SOC [[DATE:10/17]]. [[NAME:Otieno]] cell [[PHONE:614-555-0440]]; his e-mail [[EMAIL:otieno.o@buckeyenet.org]].
""", summary="""
[[NAME:Gwenllian Rhys-Odhiambo]], [[AGE:99]], is less confused at home on {{drug:cephalexin}}; [[NAME:Otieno]] moved rugs and home health starts [[DATE:10/17]].
"""),
    dict(style="discharge_callback", note="""
post-d/c call log -- [[DATE:12/3]]
1) [[NAME:Faith Ogundipe]] -- s/p PCI, on {{drug:Brilinta}} {{dose:90 mg}} BID + {{drug:aspirin}} {{dose:81 mg}}; says she has 10 pills left, refill sent. cardiac rehab referral confirmed. 
2) [[NAME:haakon strand]] -- no answer, VM left at [[PHONE:(614) 555-0452]]. try again tomorrow.
3) [[NAME:WESTBROOK, MILES]] -- pneumonia, finished {{drug:Augmentin}} {{dose:875 mg}}; cough better. {{vital:SpO2 96%}} on home oximeter. [[NAME:Miles]]'s daughter [[NAME:Clementine]] answered, ok per his release.
4) [[NAME:Soo-jin Yoon]] -- post-op hysterectomy, bleeding spotting only. Taking {{drug:Colace}}. [[NAME:Soo-jin]] asked for FMLA form; routed to [[NAME:Bramwell]].
Calls by [[NAME:Hester Quayle]], RN.
""", summary="""
Follow-up calls: [[NAME:Faith Ogundipe]] needed a {{drug:Brilinta}} refill, [[NAME:Haakon Strand]] did not answer, and [[NAME:Soo-jin Yoon]]'s FMLA form went to [[NAME:Bramwell]].
"""),
    dict(style="discharge_callback", note="""
Discharge phone follow-up -- [[DATE:6 Jan 2025]]
[[NAME:Keahi Kanahele]] ({{age:46}}) MRN [[MRN:8872260]]. D/c [[DATE:1/3]] after DKA. Reached [[NAME:Keahi]] on cell.
Using {{drug:Lantus}} {{dose:22 units}} qhs, {{drug:Humalog}} {{dose:1 unit/10 g}} carbs + correction. {{eponym:Dexcom}} readings 110-240, no lows. Lost insulin pen needles at the bus station -- [[NAME:Pualani]] brought more from the pharmacy on [[ADDRESS:Kalihi St]].
Endocrine f/u with [[NAME:Makoa]] (CDCES) [[DATE:1/9]]. [[NAME:Keahi]] reminded: sick-day rules, {{lab:ketones}} if glucose > 250.
""", summary="""
[[NAME:Keahi Kanahele]] is managing insulin after DKA with {{eponym:Dexcom}} readings 110-240; [[NAME:Pualani]] brought pen needles and [[NAME:Makoa]] sees him [[DATE:1/9]].
"""),
]
