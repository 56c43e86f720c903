# Hand-written held-out notes, part d: nurse advice lines and after-hours triage, telepsychiatry and
# crisis lines, child advocacy and safeguarding referrals, rural/remote clinics and air-ambulance retrievals.
NOTES = [
    dict(style="nurse_advice_line", note="""
NURSE ADVICE LINE - CALL RECORD
Call ID: [[MRN:NAL-25-3390172]]     Received: [[DATE:12/26/2025]] 21:48
Caller: mother, [[NAME:Yanelis Ferrer]]     Callback: [[PHONE:(305) 555-0162]]
Patient: [[NAME:Dayron Ferrer-Mills]]     DOB: [[DATE:11/30/2025]] (26 days old)
Protocol: Fever - Newborn/Infant < 3 months

Mom took rectal temp at 21:30, {{vital:T 100.6 F}}. Baby fussier since afternoon, feeding less (2 oz q4h, usually
3 oz q3h). 4 wet diapers today. No rash, no trouble breathing, color pink per mom. Born term, no NICU stay.
Disposition: Go to ED NOW - any temp >= 100.4 rectal in infant under 28 days.
Mom has car seat + car, will go to the children's ED. Advised NOT to give {{drug:Tylenol}} before evaluation,
bring diaper bag and formula.
Pediatrician Dr. [[NAME:Odalys Vento]] notified by after-hours fax [[PHONE:305-555-0199]].
Caller repeated back plan. 
[[NAME:Ruth Ann Delacroix]], RN (user [[NAME:rdelacroix2]])
""", summary="""
[[NAME:Yanelis Ferrer]] called on [[DATE:12/26/2025]] because her 26-day-old, [[NAME:Dayron Ferrer-Mills]], had a rectal {{vital:T 100.6 F}} and was feeding less. The nurse sent the infant to the ED now and notified the pediatrician.
"""),

    dict(style="after_hours_triage", note="""
AFTER-HOURS TRIAGE NOTE
Pt: [[NAME:WEBER, MARGUERITE L]]     MRN [[MRN:00731884]]     Age: [[AGE:94]]
Caller: son, [[NAME:Nico Weber]], [[PHONE:920-555-0131]]
Call 02:15 [[DATE:Sat 3/15/25]]

Son states mother fell getting up to the bathroom ~01:30; he found her on the floor (she lives with him in
[[ADDRESS:New Holstein]]). Neighbor [[NAME:Gus Kieffer]] helped get her into a chair. C/o L hip pain, will not bear
weight, son says L leg "looks shorter and turned out." Alert, knows him, denies hitting head.
On {{drug:Eliquis}} {{dose:2.5 mg}} BID for AF.
Disposition: CALL 911 - suspected hip fracture in anticoagulated pt, unable to bear weight.
Son agreed and is calling now. Advised nothing to eat or drink, do not move her again.
On-call Dr. [[NAME:Kessler]] paged, pgr [[PHONE:4418]], 02:22.
Callback 02:40: EMS on scene, transporting to St. Agnes.
[[NAME:Brianna Hollis]], RN
""", summary="""
[[NAME:Marguerite Weber]], [[AGE:94]], fell at home on [[DATE:3/15/25]] and had a shortened, externally rotated left leg while on {{drug:Eliquis}}. Her son was told to call 911 and EMS transported her.
"""),

    dict(style="nurse_advice_line", note="""
Adult caller, cough x3 days.
Protocol: Cough - Adult
Productive cough, Tmax 100.8 yesterday, {{vital:T 99.4}} now. Home pulse ox {{vital:SpO2 96%}}, {{vital:HR 88}}.
Red flags reviewed: no chest pain, no SOB at rest, speaks full sentences, no hemoptysis, not pregnant.
Hx mild intermittent asthma, using {{drug:albuterol}} 2 puffs twice today with relief. Home COVID antigen neg x1.
Disposition: Home care; see PCP within 24-72 hrs if not improving.
Care advice: fluids, honey for cough, {{drug:guaifenesin}} {{dose:400 mg}} q4h prn, {{drug:acetaminophen}} {{dose:650 mg}} q6h prn.
Repeat antigen test in 48 h.
Call back or go to ED for fever > 3 days, worsening SOB, albuterol needed more than q4h, or blue lips.
Caller agrees with plan.
""", summary="""
An adult with 3 days of productive cough and mild asthma had no red flags ({{vital:SpO2 96%}}). Home care was advised, with PCP follow-up if not better and return precautions.
"""),

    dict(style="after_hours_oncall_log", note="""
ON-CALL LOG - Family Medicine, weekend [[DATE:6/7]]-[[DATE:6/8]]
Covering: Dr. [[NAME:Hanna Kjeldsen]] (pgr [[PHONE:612-555-0104]])

Fri 18:10 - [[NAME:Tom Pascoe]] ({{age:71}}), MRN [[MRN:4402918]]. Home {{vital:BP 188/104}}, no CP/HA/neuro sx, took
  {{drug:amlodipine}} late today. Rest + recheck 1 hr -> {{vital:BP 162/94}}. Keep Mon appt.
Sat 02:30 - Mrs. [[NAME:Quilliam]], mother of [[NAME:Ewan Quilliam]] ({{age:4}}): barky cough, stridor only w/ crying.
  Called in {{drug:dexamethasone}} {{dose:0.6 mg/kg}} x1 to 24h pharmacy on [[ADDRESS:Lyndale]]. ED if stridor at rest.
Sat 14:05 - pharmacist [[NAME:Raj]] re: {{drug:clarithromycin}} + {{drug:simvastatin}} for [[NAME:Delphine Tanguy]].
  Changed to {{drug:doxycycline}} {{dose:100 mg}} BID x7d.
Sat 21:50 - Lakeview Manor nurse re: [[NAME:Esther Lindahl]], [[AGE:96]]yo, hospice, new agitation. Ok'd
  {{drug:haloperidol}} {{dose:0.5 mg}} SL per comfort kit, hospice RN to visit.
Sun 09:40 - [[NAME:Corlett, Brian]], DOB [[DATE:2/2/58]]. Streaks of BRB after polypectomy Thursday. {{vital:HR 78}}, no
  dizziness. Reassured; call back for clots or large volume.
Handoff to Dr. [[NAME:Abena Osei]] Mon 07:00.
""", summary="""
Weekend call log: an elevated home {{vital:BP 188/104}} that improved on recheck, croup treated with {{drug:dexamethasone}}, a {{drug:clarithromycin}}-{{drug:simvastatin}} interaction, agitation in a [[AGE:96]]-year-old hospice patient, [[NAME:Esther Lindahl]], and minor bleeding after polypectomy.
"""),

    dict(style="telepsychiatry_follow_up", note="""
TELEPSYCHIATRY FOLLOW-UP (video)
Pt location: clinic at [[ADDRESS:Rocky Boy]], with community MH nurse [[NAME:Darlene Morin]]. Provider: remote.
Date: [[DATE:January 8th, 2026]]
Pt: [[NAME:Kisik Wapoose]], {{age:19}} y/o M, bipolar I, last manic episode w/ hospitalization in October 2025.
Grandmother [[NAME:Bernice Wapoose]] joined with pt permission.

Current: {{drug:lithium}} {{dose:900 mg}} qHS. Labs [[DATE:1/5]]: {{lab:Li 0.8}}, {{lab:TSH 2.1}}, {{lab:Cr 0.9}}.
Mood "okay," sleeping ~8 h, out hunting with his uncle again, helping at the youth center. Fine tremor both hands,
worse holding a rifle. Denies SI/HI, no AH/VH, no decreased need for sleep.
MSE: casual, good eye contact, euthymic, full range, speech normal rate, LT/GD, insight fair-good.
Plan:
- continue {{drug:lithium}} {{dose:900 mg}}
- {{drug:propranolol}} {{dose:10 mg}} BID prn tremor
- Li/BMP/TSH in 3 months, drawn by nurse [[NAME:Morin]]
- next video visit [[DATE:2/12/26]] 10:00 MT
Video froze once; finished last 5 min by phone [[PHONE:406-555-0187]].
[[NAME:Adaeze Nwosu]], MD
""", summary="""
[[NAME:Kisik Wapoose]], a {{age:19}}-year-old with bipolar I, is euthymic on {{drug:lithium}} ({{lab:Li 0.8}}) with a fine tremor. {{drug:Propranolol}} was added as needed, with a next video visit on [[DATE:2/12/26]].
"""),

    dict(style="crisis_line_contact", note="""
CRISIS LINE - CONTACT RECORD #[[MRN:CL-884217]]
Date/time: [[DATE:08/30/2025]] 23:12-00:04     Modality: phone
Caller gave first name "[[NAME:Mike]]", sounds middle-aged.

Caller sitting in his truck in the lot behind the Dollar General on [[ADDRESS:Route 9]]. Wife filed for divorce last
month, laid off 2 wks ago. Drinking tonight (4-5 beers). Current SI with plan - handgun in the truck - intent
"maybe tonight." C-SSRS screener: yes to items 1-5, no attempt in past 3 months.
Interventions: rapport, reasons for living (his two boys), collaborative safety planning. Caller agreed to unload
the gun and lock it in the toolbox in the bed of the truck, then agreed to let his sister [[NAME:Karen Lusk]] come take it.
Caller gave her number [[PHONE:330-555-0114]]; 3-way call made, she left right away, ETA 20 min.
Counselor stayed on line until sister arrived 23:58, spoke with her briefly. No dispatch needed, risk reduced via
collaborative plan. Supervisor [[NAME:A. Mbeki]] consulted 23:25, agreed.
Follow-up: caller consented to a callback tomorrow 1 PM at [[PHONE:330-555-0178]].
Counselor [[NAME:jhenley]] (ID [[MRN:60217]])
""", summary="""
A caller, "[[NAME:Mike]]", phoned on [[DATE:08/30/2025]] with suicidal ideation, a plan and a handgun in his truck. Through collaborative safety planning his sister [[NAME:Karen Lusk]] came to take the gun, and a follow-up call was arranged.
"""),

    dict(style="crisis_text_line", note="""
Text conversation - texter ID [[MRN:TX-0214-09331]]
[[DATE:2/14]]
21:03 texter: hi idk if this is the right place
21:04 counselor: hi, im [[NAME:sam]]. you're in the right place. what's going on tonight?
21:06 texter: i cut again. not deep. my mom found out last time and it got so much worse
21:07 counselor: thank you for telling me. is it still bleeding? are you somewhere safe right now?
21:09 texter: stopped. im in my room. im 16 btw. my name is [[NAME:emma]]
21:11 counselor: [[NAME:emma]], are you having any thoughts of killing yourself tonight?
21:12 texter: no not like that. it just makes the noise stop
21:15 texter: my friend [[NAME:kayla]] knows, she made me promise to text here
--
Counselor notes: {{age:16}} y/o texter, NSSI tonight (superficial forearm cuts, bleeding stopped, cleaned). Denies SI,
intent or plan; no prior attempts. Stressors: school, conflict with mom. Built coping plan (ice, drawing, texting
[[NAME:kayla]]), discussed telling school counselor. Texter agreed to wound care and to text back if urges return.
Risk: low-moderate, no active rescue. - [[NAME:sam]] / reviewed [[NAME:T. Nakamura]]
""", summary="""
A {{age:16}}-year-old texter, [[NAME:Emma]], reached out on [[DATE:2/14]] after superficial self-harm and denied suicidal ideation. The counselor built a coping plan and encouraged her to tell her school counselor.
"""),

    dict(style="telepsychiatry_initial", note="""
TELEPSYCHIATRY INITIAL EVALUATION
ID: [[NAME:Máret Ánne Gaup]], {{age:29}} y/o F, Sámi, grew up in a reindeer-herding family in [[ADDRESS:Kautokeino]]; moved to
[[ADDRESS:Duluth]] in 2021 for husband [[NAME:Erik]]'s work. Referred by PCP Dr. [[NAME:Solveig Haldorsen]].
CC: "I can't stop thinking something will happen to her."
HPI: 4 months postpartum (daughter [[NAME:Elle]]). Intrusive images of the baby being hurt, which she finds horrifying;
checks breathing 20+ times a night, won't bathe baby alone. Sleep 3-4 h. No thoughts or intent to harm the infant,
no psychosis, no SI.
{{score:EPDS 17}}   {{score:GAD-7 15}}   {{score:Y-BOCS 22}}
PMH: {{eponym:Hashimoto}} thyroiditis on {{drug:levothyroxine}} {{dose:75 mcg}}, {{lab:TSH 1.8}} last month. PPH: none.
FH: mother "nerves," maternal uncle died by suicide. Breastfeeding.
Dx: perinatal OCD with depressive sx.
Plan: {{drug:sertraline}} {{dose:25 mg}} x1 wk then {{dose:50 mg}} daily (compatible w/ breastfeeding). ERP therapy referral.
Postpartum support group info. Husband joined last 10 min with consent; reviewed warning signs.
F/u 3 wks video.
[[NAME:Niko Utsi]], MD
""", summary="""
[[NAME:Máret Ánne Gaup]], {{age:29}}, four months postpartum, has perinatal OCD with ego-dystonic intrusive thoughts ({{score:Y-BOCS 22}}, {{score:EPDS 17}}) and no intent to harm. {{drug:Sertraline}} and ERP therapy were started.
"""),

    dict(style="child_advocacy_referral", note="""
CHILD ADVOCACY CENTER - INTAKE / REFERRAL
Referral date: [[DATE:04-22-2025]]
Child: [[NAME:TAITANO, ANALISA]]     DOB [[DATE:2016-09-03]] ({{age:8}})
Referred by: Det. [[NAME:Frank Camacho]], badge [[MRN:1187]], Special Victims Unit
CPS worker: [[NAME:Rosa San Nicolas]], case # [[MRN:CPS-25-00419]]

Allegation: child disclosed to school counselor Ms. [[NAME:Borja]] on [[DATE:4/21]] that a {{age:15}} y/o cousin touched
her private parts "lots of times" at grandmother's house. No medical complaints reported.
Non-offending caregiver: mother [[NAME:Josephine Leon Guerrero]], [[PHONE:671-555-0126]],
[[ADDRESS:141 Chalan Kanton Tasi, Tamuning]]. Mother supportive, has agreed cousin will not be at the home (CPS safety plan).
Scheduled [[DATE:Thursday 4/24]]:
 10:00 forensic interview - [[NAME:C. Aguon]]
 11:30 medical exam - pediatric SANE
 family advocate [[NAME:Lourdes Tenorio]] to meet mother
MDT case review next Tuesday.
""", summary="""
[[NAME:Analisa Taitano]], {{age:8}}, was referred to the child advocacy center on [[DATE:04-22-2025]] after disclosing sexual abuse by a teenage cousin. A forensic interview, SANE exam and family advocacy are set for [[DATE:4/24]].
"""),

    dict(style="safeguarding_referral", note="""
SAFEGUARDING CONCERN - school nursing referral to MASH
Child: [[NAME:Demelza Nancarrow]]     Year 4     DOB [[DATE:14/06/2016]]     NHS No [[MRN:485 777 3310]]
Address: [[ADDRESS:7 Trelawney Close, Redruth, TR15 2QP]]
Mother: [[NAME:Kerensa Nancarrow]]     Mother's partner: [[NAME:Jory Penhaligon]]

Concerns (cumulative since autumn term):
- persistent untreated head lice, same uniform most days, odour
- hungry on arrival, taking food from other children's lunchboxes
- dental pain L lower, missed 2 dental appts
- [[DATE:Tuesday 18th March]]: 4 oval bruises R upper arm in fingertip pattern, noticed by TA in PE.
  Child said "[[NAME:Jory]] grabbed me cos I was slow." No other marks seen.
[[NAME:Demelza]] was chatty, ate breakfast club toast quickly, asked if she could stay after school.
Mother NOT informed, per MASH advice, as this may increase risk.
Phoned MASH [[DATE:18.03.25]] 15:20, spoke to [[NAME:Steph]]; written referral sent to [[EMAIL:mash.referrals@kernowchildren.org.uk]].
DSL informed: Mrs. [[NAME:A. Pascoe]].
[[NAME:Tamsin Jago]], School Nurse (SCPHN)
""", summary="""
[[NAME:Demelza Nancarrow]] was referred to MASH on [[DATE:18.03.25]] for neglect concerns and fingertip bruising she attributed to her mother's partner [[NAME:Jory Penhaligon]]. Her mother was not told, on MASH advice.
"""),

    dict(style="child_protection_consult", note="""
CHILD PROTECTION TEAM CONSULT
Pt: [[NAME:KABUA, LIJON]]     4 mo F     MRN [[MRN:60339125]]
Parents [[NAME:Hilda Kabua]] and [[NAME:Tony deBrum]]. Marshallese interpreter [[NAME:Jitiam Anjain]] by phone for entire interview.

Presented [[DATE:May 3rd]] with L thigh swelling, crying with diaper changes x1 day. Mother reports she "fell off the
couch" yesterday; father was at work. Father states he didn't see anything.
Imaging: L femur spiral fracture. Skeletal survey: healing posterior R 6th and 7th rib fractures. Head CT neg.
Ophtho (Dr. [[NAME:Pham]]): no retinal hemorrhages.
Bone labs: {{lab:Ca 9.8}}, {{lab:Phos 5.6}}, {{lab:Alk phos 280}}, {{lab:PTH 32}}, {{lab:25-OH vit D 31}} - normal for age.
Impression: femur fracture in a non-ambulatory infant with occult healing rib fractures and no plausible
mechanism for the rib injuries - highly concerning for physical abuse.
Actions: report to Child Abuse Hotline [[DATE:5/3/25]] 16:40, ref # [[MRN:2025-AR-118374]]; [[ADDRESS:Springdale]] PD notified.
Sibling [[NAME:Kathy]] ({{age:3}}) - recommend full exam today; skeletal survey per our protocol for contacts.
Will discuss with family with interpreter present. Repeat skeletal survey 2 wks.
[[NAME:L. Hollis-Grant]], MD, Child Abuse Pediatrics
""", summary="""
Four-month-old [[NAME:Lijon Kabua]] had a femur spiral fracture and healing rib fractures with normal bone labs and no plausible explanation. A report was made on [[DATE:5/3/25]], and her {{age:3}}-year-old sibling is to be examined.
"""),

    dict(style="after_hours_triage", note="""
after hours call, [[DATE:wednesday september tenth]] 22:40, caller is wife [[NAME:maëlle kervella]] for patient [[NAME:riwal kervella]], {{age:67}},
one day after TURP, sent home with a {{eponym:foley}}. no urine in the bag about three hours, lower belly pain {{score:8/10}},
bag had clots earlier this evening. no fever. walked him through checking for kinks, bag below bladder, tubing not
under his leg, still nothing draining. advised go to ED now for bladder irrigation, do not pull the catheter.
wife says she can drive, about twenty minutes. paged urology on call Dr. [[NAME:Guivarc'h]] at [[PHONE:(503) 555-0140]],
returned call 22:51, aware and will see him in the ED. - [[NAME:lb]] rn
""", summary="""
[[NAME:Riwal Kervella]], {{age:67}}, one day after TURP, had no {{eponym:Foley}} drainage for 3 hours with clots and {{score:8/10}} pain. He was sent to the ED for irrigation and urology (Dr. [[NAME:Guivarc'h]]) was notified.
"""),

    dict(style="rural_village_clinic", note="""
VILLAGE CLINIC - CHA/P ENCOUNTER w/ telemed consult
Village: [[ADDRESS:Toksook Bay]]     Date: [[DATE:1/27/2025]]
Patient: [[NAME:Angass'aq Chikoyak]] (English name [[NAME:Agnes]]), {{age:61}} F
Son [[NAME:Paul Chikoyak]] with her, interpreting Yugtun.
CC: cough, fever x3 days, short of breath today.
VS: {{vital:T 38.9}}  {{vital:HR 112}}  {{vital:RR 26}}  {{vital:BP 104/62}}  {{vital:SpO2 86% RA}} -> {{vital:SpO2 92%}} on 4 L NC
Lungs: crackles R base, decreased BS R. Using accessory muscles.
Telemed 14:20 w/ Dr. [[NAME:Meghan Stroud]], ED referral physician: orders {{drug:ceftriaxone}} {{dose:1 g}} IM,
{{drug:azithromycin}} {{dose:500 mg}} PO, O2 to keep sats >90, medevac.
Medevac requested 14:35 - fog in [[ADDRESS:Bethel]], crew on weather hold. Will recheck vitals q15 min and update.
15:50 fog lifting, plane ETA 16:45.
[[NAME:Evelyn Alexie]], CHA-II
""", summary="""
[[NAME:Angass'aq Chikoyak]], {{age:61}}, presented to the [[ADDRESS:Toksook Bay]] clinic on [[DATE:1/27/2025]] with probable right-sided pneumonia and hypoxia ({{vital:SpO2 86% RA}}). After a telemedicine consult she got {{drug:ceftriaxone}} and {{drug:azithromycin}}, and a weather-delayed medevac was arranged.
"""),

    dict(style="air_ambulance_flight_record", note="""
FLIGHT RECORD - rotor wing     Mission # [[MRN:25-0913]]     Date [[DATE:13-Jul-2025]]
Pt: [[NAME:MIKKELSEN, SOREN]]   {{age:54}} M   SSN [[SSN:507-61-3384]] (billing)
Scene: farm field off [[ADDRESS:County Rd 14]], NW of [[ADDRESS:Dannebrog]]. Pinned under rolled tractor ~40 min,
freed by fire before our arrival.
Times: dispatch 15:02 / on scene 15:31 / depart 15:58 / at receiving 16:34

| time  | BP                 | HR             | SpO2              | GCS           |
| 15:35 | {{vital:82/50}}    | {{vital:128}}  | {{vital:91%}}     | {{score:13}}  |
| 16:00 | {{vital:94/58}}    | {{vital:118}}  | {{vital:96%}}     | {{score:14}}  |
| 16:30 | {{vital:102/64}}   | {{vital:110}}  | {{vital:97%}}     | {{score:14}}  |

Findings: unstable pelvis, abd distension, eFAST + RUQ. L femur deformity.
Tx: pelvic binder, 2 x 16g IV, {{drug:tranexamic acid}} {{dose:1 g}}, 1 unit LTOWB, {{drug:fentanyl}} {{dose:50 mcg}} x2, {{eponym:Sager}} traction splint L.
Handoff 16:36 to trauma team, Dr. [[NAME:Okafor]].
Wife [[NAME:Birgitte]] notified by sheriff, driving in from [[ADDRESS:Kearney]].
Crew: [[NAME:A. Two-Axe]], RN, CFRN / [[NAME:Will Horn]], FP-C / pilot [[NAME:Dan Rasmussen]]
""", summary="""
[[NAME:Soren Mikkelsen]], {{age:54}}, was flown from a tractor rollover near [[ADDRESS:Dannebrog]] on [[DATE:13-Jul-2025]] in hemorrhagic shock ({{vital:BP 82/50}}) with an unstable pelvis and positive eFAST. He got a pelvic binder, {{drug:tranexamic acid}} and whole blood, improving before handoff.
"""),

    dict(style="remote_district_clinic", note="""
District medical officer - emergency note
Place: health centre, [[ADDRESS:Tvøroyri]]     [[DATE:3 November 2025]]
Patient: [[NAME:Jógvan Hanusarson Dam]], {{age:58}} M, fisherman

Central chest pain since 05:40 while hauling lines, radiating to jaw, sweaty, vomited x1.
{{vital:BP 146/92}}  {{vital:HR 58}}  {{vital:SpO2 95%}}
ECG 06:25: ST elevation II, III, aVF 2-3 mm, reciprocal depression I, aVL. Inferior STEMI.
Helicopter estimated > 120 min to PCI (wind, sea state) -> thrombolysis per protocol after phone consult with
cardiologist on call, Dr. [[NAME:Rasmus Poulsen]].
Given: {{drug:aspirin}} {{dose:300 mg}} chewed, {{drug:clopidogrel}} {{dose:300 mg}}, {{drug:enoxaparin}} {{dose:30 mg}} IV + {{dose:1 mg/kg}} SC,
{{drug:tenecteplase}} {{dose:40 mg}} (weight 86 kg) IV 06:52.
07:40 repeat ECG: ST resolution > 50 %, pain {{score:2/10}} from {{score:8/10}}.
Helicopter landed 08:05, handed over to flight doctor.
Wife [[NAME:Rannvá]] informed by phone, [[PHONE:+298 23 45 67]].
[[NAME:Sigrid Mortensen]], district physician
""", summary="""
[[NAME:Jógvan Hanusarson Dam]], {{age:58}}, had an inferior STEMI at [[ADDRESS:Tvøroyri]] on [[DATE:3 November 2025]]. Because PCI was over 2 hours away he received {{drug:tenecteplase}} {{dose:40 mg}} with ST resolution, then a helicopter transfer.
"""),

    dict(style="air_ambulance_stroke_transfer", note="""
dictation, critical access ER, transfer summary. patient [[NAME:rose laroque]], [[AGE:ninety-two]] years old, brought by
her grandson [[NAME:tyler]] from her home in [[ADDRESS:belcourt]]. last known well seven ten this morning, found at
eight fifteen with right sided weakness and unable to get words out. {{score:NIHSS 14}}, {{eponym:babinski}} upgoing on the right. CT head no bleed, CTA not
available here. glucose {{lab:132}}. blood pressure initially {{vital:176/90}} then rose to {{vital:192/98}}, given
{{drug:labetalol}} {{dose:10 mg}} IV, down to {{vital:178/92}}. after discussion with the telestroke neurologist Dr. [[NAME:Farah Qureshi]]
and the family, who wanted everything done, {{drug:alteplase}} {{dose:0.9 mg/kg}} started at nine fifty-eight, weight
fifty-four kilos. flight team requested for possible thrombectomy, accepted by Dr. [[NAME:Halvorsen]] at the stroke center.
she has no other anticoagulants, takes {{drug:amlodipine}} and {{drug:levothyroxine}}. daughter [[NAME:Marlene Davis]] on her way,
[[PHONE:701 555 0128]]. dictated [[DATE:october twelfth twenty twenty five]] by [[NAME:john hagen]] pa-c
""", summary="""
[[NAME:Rose Laroque]], [[AGE:92]], presented with an acute left-hemisphere stroke ({{score:NIHSS 14}}), received {{drug:alteplase}} after blood pressure control with {{drug:labetalol}}, and was flown for possible thrombectomy.
"""),

    dict(style="rural_ed_note", note="""
Critical Access ED - Chest Pain Pathway

Pt arrived by private vehicle 13:10. Pressure-like substernal discomfort x2 h at rest, nonradiating, clenched fist over sternum ({{eponym:Levine}} sign).
{{vital:BP 158/94}}  {{vital:HR 92}}  {{vital:SpO2 98%}}  {{vital:RR 16}}
ECG 13:14: NSR, no acute ST changes, old RBBB. Repeat 13:45 unchanged.
hs-Troponin: {{lab:trop 0 h 14 ng/L}} -> {{lab:trop 1 h 31 ng/L}} (delta positive).
{{score:HEART 6}}.
{{drug:Aspirin}} {{dose:324 mg}} chewed, {{drug:nitroglycerin}} {{dose:0.4 mg}} SL x2 with partial relief, {{drug:heparin}} drip per ACS nomogram.
Discussed with cardiology at the regional PCI center: NSTEMI, accepted for transfer, non-emergent.
Ground ALS unavailable (only unit out on call) - fixed-wing requested, ETA 90 min.
Pt informed and agrees. Belongings with family.
""", summary="""
A patient with 2 hours of chest pressure had a rising high-sensitivity troponin ({{lab:trop 1 h 31 ng/L}}) and {{score:HEART 6}}, consistent with NSTEMI. After {{drug:aspirin}}, {{drug:nitroglycerin}} and {{drug:heparin}}, fixed-wing transfer to the PCI center was arranged.
"""),

    dict(style="nurse_advice_line", note="""
NURSE LINE - PEDIATRIC
[[DATE:Mon 08/04/25]] 19:25. Spanish interpreter [[NAME:Hugo]] #[[MRN:40187]] (mother prefers Spanish; family also speaks Zapotec)
Caller: [[NAME:Nayeli Ruiz Matus]], mother. Callback [[PHONE:479-555-0193]].
Pt: [[NAME:Tonatiuh Ruiz]], {{age:2}} y/o, MRN [[MRN:7718204]]

Vomiting since 3 am, 6 times, now keeping down small sips of Pedialyte. 2 loose stools. Last wet diaper ~3 pm (4+ hrs ago).
Tired but wakes and cries with tears. Lips slightly dry. No blood in stool/vomit, no fever, no belly swelling.
Brother had same last week.
Protocol: Vomiting w/ diarrhea - pediatric.
Disposition: see within 4 hrs -> urgent care tonight given decreased urine output.
Care advice: 5 mL Pedialyte q5 min by syringe, no juice. Go to ED if no urine by 11 pm, lethargic, or green vomit.
Mother to go to urgent care on [[ADDRESS:Thompson St]]; husband [[NAME:Bernardino]] has car.
[[NAME:Cheryl Ames]], RN
""", summary="""
[[NAME:Nayeli Ruiz Matus]] called on [[DATE:08/04/25]] about her {{age:2}}-year-old, [[NAME:Tonatiuh Ruiz]], who had vomiting, diarrhea and reduced urine output. He was sent to urgent care within 4 hours with oral rehydration advice.
"""),

    dict(style="telepsychiatry_follow_up", note="""
Telepsych f/u - schizophrenia, LAI
Pt: [[NAME:Ngiratkel, Ismael]]     Site: Behavioral Health, [[ADDRESS:Koror]] (pt + case mgr onsite)
Case mgr: [[NAME:Dilbai Tellei]]
Date [[DATE:11/18/2025]] (HST), [[DATE:11/19/2025]] local

Pt reports "doing good, working at my uncle's boat shop." [[NAME:Ismael]] denies AH since last visit; sister [[NAME:Uchel]]
confirms he's calmer, no talking to himself. Sleep fine. Betel nut daily, no alcohol, no meth.
On {{drug:Invega Sustenna}} {{dose:156 mg}} IM monthly, last inj [[DATE:10/21]], next due [[DATE:11/20]].
Side effects: mild restlessness legs, {{score:BARS 1}}. {{score:AIMS 2}}. Wt up 4 kg in 6 mo. {{lab:A1c 6.1%}}, {{lab:TG 210}}.
{{score:BPRS 31}} (prior {{score:BPRS 44}}).
Plan: continue LAI; {{drug:metformin}} {{dose:500 mg}} daily w/ dinner for weight/prediabetes; diet referral.
Case manager to give injection [[DATE:11/20]]. F/u 6 wks.
[[NAME:Grace Kamakau]], MD
""", summary="""
[[NAME:Ismael Ngiratkel]] is stable on monthly {{drug:Invega Sustenna}} ({{score:BPRS 31}}, down from {{score:BPRS 44}}) but has gained weight with prediabetes ({{lab:A1c 6.1%}}). {{drug:Metformin}} was added, and his next injection is due [[DATE:11/20]].
"""),

    dict(style="crisis_line_followup", note="""
CRISIS FOLLOW-UP CALL (next-day)
Client: [[NAME:Oriana Yusmary Villalobos]]     DOB [[DATE:5/12/1999]]     Episode [[MRN:EP-2025-11873]]
Called client at [[PHONE:(786) 555-0154]] 10:05 [[DATE:2025-03-22]] per plan from last night's contact.
Client answered, tearful, says she did not sleep. States fight with boyfriend continued this morning, he took her
phone charger and car keys. SI increased, "I'd take all my pills." Has {{drug:quetiapine}} {{dose:100 mg}} #30 and {{drug:lamotrigine}}.
Says boyfriend is in the apartment now and she is in the bathroom.
Mobile crisis team dispatched 10:14 to [[ADDRESS:2750 NW 7th St, Apt 14B]]. Stayed on phone with client.
MCT clinicians [[NAME:R. Salcedo]] and [[NAME:Dominique Faure]] arrived 10:41; boyfriend left voluntarily.
MCT assessment: voluntary to crisis stabilization unit. Pill bottles secured by MCT.
Client's mother [[NAME:Yusmary Villalobos]] in [[ADDRESS:Valencia]] informed by client herself via video call.
[[NAME:Tomás Iriarte]], crisis counselor
""", summary="""
On follow-up on [[DATE:2025-03-22]], [[NAME:Oriana Villalobos]] had escalating suicidal ideation with a plan to overdose amid conflict with her boyfriend. The mobile crisis team went to her apartment and she went voluntarily to crisis stabilization.
"""),

    dict(style="safeguarding_email", note="""
From: [[NAME:Wannes De Smet]], MD <[[EMAIL:wdesmet@northfieldpeds.org]]>
To: CPS intake <[[EMAIL:intake.region4@dcfs-mail.org]]>
Cc: [[NAME:Lotte Vermeulen]], LCSW
Date: [[DATE:Fri 1/31/2025]] 4:52 PM
Subject: Written follow-up to phone report - [[NAME:Peeters, Jef]] (DOB [[DATE:06/19/2019]])

Hello, this confirms my phone report at 3:30 today (intake worker [[NAME:Marisol]], ref [[MRN:R4-25-006611]]).
[[NAME:Jef Peeters]], {{age:5}}, seen for a well-child visit with father [[NAME:Koen Peeters]]. Findings:
- weight dropped from 52nd to 9th percentile over 8 months; {{vital:Wt 15.1 kg}}
- 3 missed appointments, immunizations not up to date
- father states mother [[NAME:Ans]] "hasn't been herself" and is sleeping most of the day; children ([[NAME:Jef]], sibling {{age:2}})
  often alone with her while he works nights
- no bruises or injuries on full skin exam
Concern is neglect / caregiver incapacity rather than inflicted injury. Family lives at
[[ADDRESS:488 Wolfe Rd, Northfield]]; father's cell [[PHONE:507-555-0106]].
Labs sent ({{lab:Hgb 10.4}}, celiac screen pending). Weight check in 1 week.
[[NAME:Wannes De Smet]], MD
""", summary="""
Dr. [[NAME:Wannes De Smet]] confirmed by e-mail on [[DATE:1/31/2025]] a neglect report for [[NAME:Jef Peeters]], {{age:5}}, whose weight fell from the 52nd to the 9th percentile amid missed care and possible maternal incapacity. No inflicted injuries were found.
"""),

    dict(style="rural_clinic_snakebite", note="""
Rural Health Clinic - urgent visit, then transfer
[[NAME:Derlis Aquino Benítez]]  {{age:33}} M   DOB [[DATE:Aug. 2, 1991]]   Acct [[MRN:RHC-0042217]]
Ranch hand, bitten R hand by rattlesnake ~11:15 moving hay bales, coworker [[NAME:Cody Jensen]] drove him in (35 min).
Speaks Guarani and Spanish; Spanish used, coworker not used to interpret.
Arrival 11:52: {{vital:BP 128/80}}, {{vital:HR 104}}, {{vital:SpO2 98%}}. 2 fang marks dorsum R hand, swelling to mid forearm,
progressing ~2 cm in 30 min (marked q15). Perioral tingling. {{lab:Plt 88}}, {{lab:fibrinogen 110}}, {{lab:INR 1.6}}.
Rx: {{drug:CroFab}} {{dose:6 vials}} started 12:40 (clinic stocks 12), {{drug:morphine}} {{dose:4 mg}} IV, Tdap, limb elevated neutral.
No tourniquet. Poison center consulted, case # [[MRN:PC-25-77103]].
Helicopter requested 12:20 for transfer to regional ICU; arrived 13:30, repeat {{drug:CroFab}} dosing per flight
crew/receiving MD Dr. [[NAME:Amos Whitehorse]].
Wife [[NAME:Rosalía Aquino]] called at [[PHONE:620-555-0147]] by clinic staff.
[[NAME:M. Ostergaard]], DO
""", summary="""
[[NAME:Derlis Aquino Benítez]], {{age:33}}, had a rattlesnake bite to the right hand with progressive swelling and coagulopathy ({{lab:Plt 88}}, {{lab:fibrinogen 110}}). He got {{drug:CroFab}} at the rural clinic and was flown to a regional ICU.
"""),

    dict(style="transfer_center_call_log", note="""
TRANSFER CENTER - CALL LOG
Req # [[MRN:TC-118054]]     [[DATE:December 9, 2025]]
02:11 Call from [[NAME:Kris Delisle]], RN, at the community hospital (rural L&D, no NICU), [[PHONE:315-555-0163]].
  Pt [[NAME:Kawennahere Montour]], {{age:24}} G2P1 at 31+2 wks, preterm labor, cervix 4 cm, from [[ADDRESS:Akwesasne]].
  {{drug:Magnesium sulfate}} {{dose:4 g}} load then {{dose:2 g/h}} running since 01:40; {{drug:betamethasone}} {{dose:12 mg}} IM #1 at 01:45.
  {{drug:Nifedipine}} held. GBS unknown, {{drug:penicillin G}} started.
02:15 conferenced MFM Dr. [[NAME:Aliyah Brennan]] - accepts. NICU aware.
02:18 Rotor wing: weather no-go (freezing rain). Fixed-wing: 50 min ETA + ground legs. Ground ALS w/ L&D RN: 2 h 10 m.
02:26 Decision w/ MFM: fixed-wing if cervix unchanged on recheck; else stay and deliver with neonatal team flown in.
02:49 recheck 5 cm. Neonatal transport team dispatched to sending facility instead. Mother to stay.
  Partner [[NAME:Tehoronhiathe Jacobs]] at bedside.
Transfer coordinator: [[NAME:Sheila Bouchard]]
""", summary="""
[[NAME:Kawennahere Montour]], {{age:24}}, at 31 weeks in preterm labor at a rural hospital, was accepted by MFM on [[DATE:December 9, 2025]], but bad weather and cervical change led to keeping her there. The neonatal transport team was sent to her instead, with {{drug:magnesium sulfate}} and {{drug:betamethasone}} given.
"""),

    dict(style="rural_clinic_visit", note="""
Clinic note - [[ADDRESS:Leadville]]
[[DATE:2/9/26]]   [[NAME:Quispe Choque, Edwin]]   {{age:41}} M   MRN [[MRN:L-550983]]
Arrived 2 days ago from [[ADDRESS:Houston]] for work at the mine. Born in [[ADDRESS:Oruro]], lived at altitude until
age {{age:30}}. Since yesterday: dyspnea on exertion, dry cough turning frothy/pink this am, can't climb stairs.
Coworker [[NAME:Freddy Mamani]] brought him.
{{vital:SpO2 74% RA}}   {{vital:HR 118}}   {{vital:RR 28}}   {{vital:T 37.6}}   {{vital:BP 132/84}}
Crackles R > L mid/lower fields. CXR: patchy R middle and bilateral lower infiltrates.
Imp: high-altitude pulmonary edema.
Tx: O2 15 L NRB -> {{vital:SpO2 89%}}; {{drug:nifedipine}} ER {{dose:30 mg}}; portable {{eponym:Gamow}} bag prepped as backup.
Descent required - flight to [[ADDRESS:Denver]] requested (weather ok), ETA 45 min. Accepting Dr. [[NAME:Kyle Ferris]].
Employer contact [[NAME:Dana Ruiz]], safety office, [[PHONE:719-555-0185]].
[[NAME:Ximena Choque]], FNP
""", summary="""
[[NAME:Edwin Quispe Choque]], {{age:41}}, developed high-altitude pulmonary edema two days after arriving in [[ADDRESS:Leadville]] on [[DATE:2/9/26]] ({{vital:SpO2 74% RA}}). He was treated with oxygen and {{drug:nifedipine}} and flown to lower altitude.
"""),

    dict(style="crisis_line_contact", note="""
Crisis Line - anonymous caller

Caller declined to give name or location; blocked number. Sounded like an older adult, male.
Reason for call: "can't sleep, everything feels heavy." Wife died in the spring; lives alone; adult children out of state.
Drinks 2-3 glasses of wine most nights. Takes {{drug:zolpidem}} {{dose:10 mg}} some nights, {{drug:metoprolol}}.
Risk assessment: denies SI when asked directly ("No, I wouldn't do that to my kids"), no plan, no firearms in home,
no prior attempts. Hopelessness present, grief reactions.
Interventions: validation, grief psychoeducation, discussed not mixing wine with {{drug:zolpidem}},
encouraged calling PCP re: sleep and mood, gave info for local hospice bereavement group (open to community)
and Senior Center outreach.
Caller agreed to call back tonight if feeling worse and to call his daughter tomorrow.
Contact length 34 min. No follow-up possible (anonymous).
""", summary="""
An anonymous older man called the crisis line with grief, insomnia and hopelessness after his wife's death, and denied suicidal ideation. The counselor advised against mixing wine with {{drug:zolpidem}} and gave bereavement resources.
"""),
]
