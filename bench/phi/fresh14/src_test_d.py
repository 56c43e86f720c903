NOTES = [
    dict(style="telehealth_video_visit", note="""
TELEHEALTH VIDEO VISIT -- Internal Medicine
Patient: [[NAME:Vasile Cojocaru]]   DOB [[DATE:08/17/1957]]   MRN [[MRN:2093341]]   Date of service [[DATE:04/22/2025]]
Provider: [[NAME:Laura Bennett]], MD (located at clinic)   Patient location: home, [[ADDRESS:6612 N Maplewood Ave, Chicago, IL 60645]]
Identity verified with name + DOB. Consent for video visit obtained verbally. Daughter [[NAME:Doina Cojocaru]] present, helped set up tablet and
interpreted occasional words (Romanian); pt declined professional interpreter.

Connection dropped twice (~2 min each), resumed on Doxy. Visit completed by video.

S: f/u T2DM, HTN. Home glucose log shown on camera: fasting 150s-190s. Says he "eats bread like a Moldovan" -- 6-8 slices/day.
Taking {{drug:metformin}} {{dose:1000 mg}} BID, {{drug:lisinopril}} {{dose:20 mg}}. Stopped {{drug:Jardiance}} in Feb due to "too much urinating" at night.
No foot wounds -- showed both feet to camera, no ulcers, nails thick.
O (home devices): {{vital:BP 146/88}}, {{vital:HR 78}} by home cuff; {{vital:wt 98.4 kg}} on home scale. Labs [[DATE:4/15]]: {{lab:A1c 8.6%}},
{{lab:Cr 1.0}}, {{lab:eGFR 79}}, {{lab:UACR 64}}, {{lab:LDL 131}}.
A/P:
1. T2DM uncontrolled -- restart {{drug:Jardiance}} {{dose:10 mg}} in the morning (not evening), counselled on genital hygiene. Dietitian video visit.
   Discussed {{drug:Ozempic}} if A1c still >8 in 3 mo.
2. HTN + albuminuria: increase {{drug:lisinopril}} to {{dose:40 mg}}; BMP in 2 wk.
3. Lipids: start {{drug:atorvastatin}} {{dose:40 mg}}.
Total time 28 min. Follow-up video [[DATE:July 24]].
e-signed [[NAME:lbennett3]] ([[NAME:L. Bennett]], MD)
""", summary="""
In a video visit on [[DATE:04/22/2025]] [[NAME:Vasile Cojocaru]]'s uncontrolled diabetes ({{lab:A1c 8.6%}}) led to restarting {{drug:Jardiance}}, raising {{drug:lisinopril}} to
{{dose:40 mg}} for albuminuria, and starting {{drug:atorvastatin}}; daughter [[NAME:Doina]] helped with the tablet.
"""),

    dict(style="telehealth_psychiatry", note="""
Tele-psychiatry follow-up (video)    [[DATE:12 Mar 2025]]   15:00-15:30
Pt: [[NAME:VALEEVA, DILYARA R.]]   MRN [[MRN:BH-0094127]]   Located at: home in [[ADDRESS:Overland Park]], KS (state licensure OK)
Clinician: Dr. [[NAME:Aigul Kuvatova]], psychiatrist

[[NAME:Dilyara]] reports mood "better, maybe 6 of 10" ({{score:6/10}}), sleeping 6-7 h. Still worry about her father in [[ADDRESS:Kazan]] after his stroke; calls him daily.
Works remotely (accountant). Panic attacks down from 3/wk to 1 in the past month. No SI/HI. Drinks 1-2 glasses of wine on weekends.
Side effects: mild nausea first week on higher dose, resolved. Libido lower.

Meds: {{drug:sertraline}} {{dose:100 mg}} daily (up from {{dose:50 mg}} on [[DATE:2/12]]). {{drug:hydroxyzine}} {{dose:25 mg}} prn -- used twice.
Scales: {{score:PHQ-9 8}} (was {{score:PHQ-9 15}}), {{score:GAD-7 9}} (was {{score:GAD-7 16}}).
MSE (via video): well groomed, good eye contact to camera, speech normal, mood "okay", affect reactive, TP linear, no SI, insight good.

Plan: continue {{drug:sertraline}} {{dose:100 mg}}. Therapy with [[NAME:Ildar Khairullin]], LPC, weekly -- CBT for panic. Discussed trip to [[ADDRESS:Kazan]] in
summer; bring 90-day supply. RTC 6 wk video. Crisis line and 988 reviewed; emergency contact husband [[NAME:Rinat Zakirov]] [[PHONE:913-555-0128]].
-- [[NAME:A.K.]]
""", summary="""
On [[DATE:12 Mar 2025]] Dr. [[NAME:Aigul Kuvatova]] saw [[NAME:Dilyara Valeeva]] by video; depression and anxiety improved on {{drug:sertraline}} {{dose:100 mg}}
({{score:PHQ-9 8}}, {{score:GAD-7 9}}), and CBT with [[NAME:Ildar Khairullin]] continues.
"""),

    dict(style="telehealth_pediatrics", note="""
Pediatric video visit -- acute
[[NAME:Ayla de Sa]], {{age:4}} y/o F.  DOB [[DATE:2020-09-03]].  Acct [[MRN:448120957]].  Seen [[DATE:Sat 1/18/25]] 10:40 by [[NAME:Kevin Hughes]], PA-C.
Mom [[NAME:Cheryl de Sa]] on camera with child, at grandmother's house ([[ADDRESS:Mississauga]]). Family speaks English and Konkani.

CC: rash x2 days + fever. Mom says "red spots on hands and feet and she won't eat". Tmax 38.9 ({{vital:38.9}}) yesterday, today 37.8 ({{vital:37.8}})
after {{drug:Tempra}} {{dose:240 mg}} ({{dose:15 mg/kg}}). Drinking juice and popsicles; 3 wet diapers/pull-ups today. Brother [[NAME:Ethan]] ({{age:7}}) had sores in
mouth last week. Daycare had "a note about something."

On video: alert, playful, tracking, no distress. Mom shines phone light in mouth: few shallow ulcers on tongue/palate. Vesicular papules palms,
soles, buttocks. No petechiae per mom's blanch test w/ glass. Lips moist, tears present. Breathing comfortable, RR ~24 counted ({{vital:RR 24}}).

A: hand-foot-mouth disease (coxsackie), mild dehydration risk.
P: {{drug:Tempra}}/{{drug:Advil}} for pain; cold fluids; {{drug:Magic mouthwash}} not for age <6 -- avoided. Watch urine output.
Return/ED if <3 voids in 24 h, lethargy, stiff neck, fever >5 days. Daycare exclusion until fever-free and sores dry.
Mom verbalized understanding. Callback number [[PHONE:905-555-0174]].
""", summary="""
[[NAME:Ayla de Sa]] was diagnosed by video on [[DATE:Sat 1/18/25]] with hand-foot-mouth disease after fever and typical rash; her mother [[NAME:Cheryl de Sa]] was advised
on {{drug:Tempra}}/{{drug:Advil}}, fluids and return precautions.
"""),

    dict(style="telehealth_neurology", note="""
MOVEMENT DISORDERS CLINIC -- VIDEO FOLLOW-UP
Name: [[NAME:Santoni, Ange-Mathieu]]      DOB: [[DATE:3 juin 1949]]      MRN: [[MRN:7788-1204]]      Visit: [[DATE:Tues 9 Sept 2025]]
Neurologist: [[NAME:Theresa O'Neill]], MD        Pt at home (wife [[NAME:Marie-Dominique]] holding the laptop)

{{age:76}} yo man with {{eponym:Parkinson disease}} dx 2018, now with wearing-off. {{drug:Sinemet}} {{dose:25/100}} 1.5 tab 5x/day, {{drug:rasagiline}} {{dose:1 mg}}.
Wife reports "off" periods ~90 min before each dose, freezing at doorways, one fall in the garden in August (no injury). Vivid dreams, no hallucinations.
Constipation on {{drug:Colace}}. Mood ok. Still plays pétanque with friends.

Video exam (limited): hypomimia, mild dysarthria, R>L rest tremor, finger taps decremented R. Arose from chair w/o arms on 2nd try. Gait: short steps,
reduced arm swing, freezing at doorway on turning. Pull test not done (safety). Partial {{score:MDS-UPDRS III 31}} (rigidity/retropulsion not assessable).
{{eponym:Myerson}} sign not tested. No dyskinesia seen.

Plan:
- add {{drug:entacapone}} {{dose:200 mg}} with each {{drug:Sinemet}} dose (or switch to {{drug:Stalevo}}), warn re: urine discoloration
- PT: LSVT BIG, home safety; visual cues (tape lines) for freezing
- consider DBS evaluation -- pt interested; in-person visit needed
- {{drug:MiraLAX}} daily
In-person visit [[DATE:11/04/2025]]. Caregiver support group info emailed to [[EMAIL:md.santoni@orange.fr]].
""", summary="""
[[NAME:Ange-Mathieu Santoni]], {{age:76}}, with {{eponym:Parkinson disease}} has wearing-off and freezing on {{drug:Sinemet}}; Dr. [[NAME:Theresa O'Neill]] added {{drug:entacapone}} by
video on [[DATE:Tues 9 Sept 2025]] and planned an in-person DBS discussion on [[DATE:11/04/2025]].
"""),

    dict(style="telehealth_audio_only", note="""
Audio-only visit (patient unable to connect video; audio consent documented)

Chief concern: follow-up of COPD exacerbation treated in urgent care last week.

Patient reports cough improved, sputum now white, dyspnea back to baseline (mMRC 2, {{score:mMRC 2}}). Completed {{drug:prednisone}} {{dose:40 mg}} x5 days
and {{drug:doxycycline}} {{dose:100 mg}} BID x5 days. Using {{drug:Trelegy}} {{dose:1 inhalation}} daily and {{drug:albuterol}} 2 puffs 1-2x/day.
Home pulse oximeter: {{vital:SpO2 93%}} at rest, 89% after walking to the mailbox. No fever. Still smoking 5 cigarettes/day, down from 20.
No leg swelling, no chest pain. Sleeps on 2 pillows (unchanged).

Assessment: COPD (GOLD E) post-exacerbation, improving. Tobacco use disorder, in early reduction.
Plan:
- continue {{drug:Trelegy}}; inhaler technique to be checked in person
- {{drug:varenicline}} {{dose:0.5 mg}} daily x3d, then BID x4d, then {{dose:1 mg}} BID; quitline referral
- pulmonary rehab referral resent
- ambulatory oximetry at next in-person visit; CXR to confirm resolution in 6 wk
- pneumococcal (PCV20) and RSV vaccines due -- will give in clinic
Time on phone: 17 minutes.
""", summary="""
By audio-only visit a patient recovering from a COPD exacerbation was improving after {{drug:prednisone}} and {{drug:doxycycline}}, was started on {{drug:varenicline}},
and was referred again for pulmonary rehab.
"""),

    dict(style="interpreter_mediated_visit", note="""
INTERPRETER-MEDIATED VISIT -- Nephrology clinic
Pt: [[NAME:Todur Kara]]  ({{age:67}} y/o M)   MRN [[MRN:61180044]]   Visit [[DATE:2/6/2025]]
Language: Russian (pt's first language is Gagauz; he prefers Russian for medical topics). Video remote interpreter [[NAME:Natalia]], ID# [[MRN:30719]],
via Propio. Pt's son [[NAME:Petri Kara]] present but asked not to interpret; pt agreed.

Pt states through interpreter that he feels "heavy" in the legs, itchy skin, poor appetite x1 mo. Urinating less at night. Takes
{{drug:furosemide}} {{dose:40 mg}} BID, {{drug:amlodipine}} {{dose:10 mg}}, {{drug:insulin glargine}} {{dose:22 units}} qhs.
Labs [[DATE:1/30]]: {{lab:Cr 4.6}} (from {{lab:3.8}} in Oct), {{lab:eGFR 13}}, {{lab:K 5.6}}, {{lab:bicarb 17}}, {{lab:Hgb 8.9}}, {{lab:PTH 412}}, {{lab:phos 6.1}}.
{{vital:BP 158/92}}, {{vital:wt 88 kg}} (+3). 2+ pitting edema to mid-shin.

Discussion (interpreted sentence by sentence, teach-back used): CKD stage 5, options of hemodialysis, peritoneal dialysis, transplant evaluation,
or conservative kidney management. Pt asked whether dialysis means he "cannot go back to [[ADDRESS:Comrat]]" to see his sister -- explained travel dialysis
is possible but hard to arrange. He wants to discuss with his wife [[NAME:Mariya]] before deciding.
Plan: increase {{drug:furosemide}} {{dose:80 mg}} BID; {{drug:Lokelma}} {{dose:10 g}} daily; {{drug:sodium bicarbonate}} {{dose:650 mg}} TID; {{drug:sevelamer}} {{dose:800 mg}} with meals;
vein mapping; ESA start. Dialysis education class in Russian [[DATE:Feb 20]]. Return 2 wk with same interpreter if possible.
Interpreter time 42 min.
[[NAME:Jonathan Price]], MD
""", summary="""
Through a Russian video interpreter, [[NAME:Todur Kara]] was told on [[DATE:2/6/2025]] he has stage 5 CKD ({{lab:eGFR 13}}, {{lab:K 5.6}}) and was given dialysis options; his
{{drug:furosemide}} was increased and {{drug:Lokelma}} started while he talks with his wife [[NAME:Mariya]].
"""),

    dict(style="interpreter_mediated_visit", note="""
Primary care -- new patient, in-person Arabic interpreter
[[NAME:ZAHROON, WARDA]]   DOB [[DATE:1951-11-07]]   MRN [[MRN:30452218]]   Seen [[DATE:11 July 2025]]
Interpreter: [[NAME:Samir Haddad]] (staff, in person). Son [[NAME:Rafid Zahroon]] accompanied.

{{age:73}} y/o Mandaean woman from [[ADDRESS:Amarah]], Iraq, lived in Syria and Jordan before resettlement in [[ADDRESS:Worcester]] 2023. Through interpreter:
knee pain both sides for years, worse climbing stairs; "sugar" diagnosed in Jordan, takes "the white pill" -- son shows box: {{drug:Glucophage}} {{dose:850 mg}} BID.
Also {{drug:Concor}} {{dose:5 mg}} (bisoprolol) from [[ADDRESS:Amman]] pharmacy. No chest pain. Bowels ok. Sleep poor, "thinking too much" about relatives left behind.
Religious practice: ritual immersion in flowing water (masbuta) is important to her; asked whether her knees will allow her to go to the river
baptism in spring -- discussed.

Exam: {{vital:BP 152/84}}, {{vital:HR 58}}, {{vital:BMI 33}}. Crepitus both knees, no effusion, ROM 0-110. {{eponym:McMurray}} neg. Feet: monofilament intact.
Labs today: {{lab:A1c 7.4%}}, lipids, CMP, TSH, vit D, CBC.
A/P: T2DM; HTN; bilateral knee OA; bereavement/adjustment.
- {{drug:metformin}} {{dose:850 mg}} BID (US equivalent of {{drug:Glucophage}}); {{drug:bisoprolol}} {{dose:5 mg}} -> continue, add {{drug:losartan}} {{dose:25 mg}}.
- knee: PT, {{drug:Voltaren}} gel, weight goals. X-rays.
- behavioral health referral with Arabic-speaking counselor; declined for now.
Son [[NAME:Rafid]]'s number for scheduling [[PHONE:508-555-0159]]. Interpreter stayed full visit (55 min).
[[NAME:Catherine Lowe]], NP
""", summary="""
Mandaean refugee [[NAME:Warda Zahroon]] was seen with Arabic interpreter [[NAME:Samir Haddad]] on [[DATE:11 July 2025]] for diabetes ({{lab:A1c 7.4%}}), hypertension and knee
osteoarthritis; {{drug:losartan}} was added and PT and {{drug:Voltaren}} gel started.
"""),

    dict(style="interpreter_mediated_ed", note="""
ED provider note -- interpreter documentation
Patient [[NAME:Nilza Bragança]], {{age:52}}F, FIN [[MRN:7741902215]], arrived [[DATE:Sun 5/4]] 22:18.
Language: Portuguese (pt also speaks Forro). Phone interpreter via CyraCom, interpreter ID [[MRN:211408]] ("[[NAME:Beatriz]]"), used for HPI, exam
instructions, results and discharge. Niece [[NAME:Célia Pires dos Santos]] at bedside (English) -- pt declined her as interpreter for private questions.

HPI: 2 days of dysuria, frequency, then R flank pain and fever today, vomited x2. No vaginal discharge. Recently back from Sao Tome visiting mother
(returned [[DATE:4/26]]). No malaria prophylaxis.
Vitals: {{vital:T 39.1}}, {{vital:HR 112}}, {{vital:BP 104/66}}, {{vital:RR 20}}, {{vital:SpO2 98%}}. R CVA tenderness. {{eponym:Murphy}} neg.
UA: {{lab:LE 3+}}, {{lab:nitrite +}}, {{lab:WBC >50}}. {{lab:lactate 1.6}}, {{lab:WBC 15.2}}, {{lab:Cr 0.9}}. Malaria RDT neg, smear neg x1 (repeat ordered).
CT A/P: R pyelonephritis, no stone, no abscess.

ED course: 1 L LR, {{drug:ceftriaxone}} {{dose:1 g}} IV, {{drug:ondansetron}} {{dose:4 mg}}, {{drug:acetaminophen}} {{dose:1 g}}. Repeat {{vital:HR 88}}, {{vital:T 37.6}}.
Tolerating PO. Discharge with {{drug:cephalexin}} {{dose:500 mg}} QID x 10 d (urine cx pending; cipro avoided due to local resistance).
Repeat malaria smears at 12 and 24 h -- second smear arranged through urgent care [[DATE:5/5]] 10:00; results to be called to [[PHONE:(508) 555-0107]].
Teach-back via interpreter correct. Discharged 03:40 with niece.
[[NAME:R. Okonkwo-Hale]], MD
""", summary="""
[[NAME:Nilza Bragança]] was treated in the ED on [[DATE:Sun 5/4]] through a Portuguese phone interpreter for right pyelonephritis with {{drug:ceftriaxone}} and discharged on
{{drug:cephalexin}}, with repeat malaria smears arranged after her trip.
"""),

    dict(style="interpreter_mediated_ob", note="""
OB visit -- 20 wk anatomy results, French interpreter (in person)
[[NAME:Zaïnaba Madi]]   {{age:24}} G3P2   MRN [[MRN:58230071]]   [[DATE:18/02/2025]]
Interpreter: [[NAME:Hadidja Abdallah]], certified French interpreter (pt's first language Shikomori; pt chose French). Husband [[NAME:Said Ahmed Mzé]] present.

Anatomy scan today: single live IUP, EFW 340 g (42nd %ile), placenta posterior fundal, normal fluid. Isolated echogenic intracardiac focus
noted; all other structures normal. First-trimester screen low risk.
Explained via interpreter that EIF alone is a common finding and, with low-risk screening, does not change {{eponym:Down syndrome}} risk meaningfully.
Couple asked twice if "heart is sick" -- answered no, reviewed again with drawing. Offered cfDNA for reassurance -- declined.

Other: {{lab:Hgb 9.6}}, {{lab:MCV 71}}, {{lab:ferritin 6}} -> IV iron discussed vs oral; pt prefers oral, {{drug:ferrous sulfate}} {{dose:325 mg}} every other day.
Hb electrophoresis normal. {{vital:BP 108/64}}. FHR 152. No contractions.
Fasting during Ramadan discussed -- pregnant women are exempt per her imam; she wants to fast some days. Advised against fasting while anemic;
will reassess.
Next visit [[DATE:March 18]] with interpreter booked (request [[NAME:Hadidja]] again). Pharmacy: Walgreens on [[ADDRESS:Boylston St]].
[[NAME:Siobhan Kerr]], CNM
""", summary="""
With French interpreter [[NAME:Hadidja Abdallah]], [[NAME:Zaïnaba Madi]] learned on [[DATE:18/02/2025]] that her 20-week scan was normal apart from an isolated echogenic focus,
and iron deficiency anemia ({{lab:Hgb 9.6}}) was treated with {{drug:ferrous sulfate}}.
"""),

    dict(style="interpreter_mediated_discharge", note="""
Discharge teaching -- Nepali interpreter (video)
Patient: [[NAME:Ganga Ram Adhikari]]   Age: [[AGE:90]]   MRN [[MRN:E4410983]]   Admit [[DATE:06/09/25]]   D/C [[DATE:06/13/25]]
Interpreter: VRI Nepali, [[NAME:Bishnu]] ID [[MRN:88130]]. Present: grandson [[NAME:Suraj Adhikari]] (primary caregiver), daughter-in-law [[NAME:Bhim Maya]].

Dx: community-acquired pneumonia, delirium (resolved), AKI (resolved, {{lab:Cr 1.1}} from {{lab:1.9}}).
Pt is a [[AGE:ninety]]-year-old Bhutanese-Nepali elder who lived in camps in Nepal for 18 years; resettled 2010. Cannot read Nepali or English --
all teaching verbal + pictograms.

Meds reviewed one by one with pill bottles on camera:
  {{drug:amoxicillin-clavulanate}} {{dose:875/125 mg}} BID x3 more days (morning/evening -- drew sun/moon on bottle)
  {{drug:Tylenol}} {{dose:650 mg}} q6h prn fever/pain -- NOT with the "red pill" from the village healer (son to bring it to PCP)
  STOP {{drug:ibuprofen}} (kidneys)
Follow-up: PCP Dr. [[NAME:Ellen Marsh]] [[DATE:June 19]]; Nepali in-person interpreter requested.
Return if fever, confusion, shortness of breath, not drinking. Grandson repeated back correctly in English; pt repeated key points via interpreter.
Family asked about puja at home for recovery -- fine.
[[NAME:Dale Fisher]], RN
""", summary="""
[[AGE:90]]-year-old [[NAME:Ganga Ram Adhikari]] was discharged on [[DATE:06/13/25]] after pneumonia with delirium and AKI, with Nepali video interpreter [[NAME:Bishnu]] teaching
{{drug:amoxicillin-clavulanate}} use and follow-up with Dr. [[NAME:Ellen Marsh]] to his grandson [[NAME:Suraj Adhikari]].
"""),

    dict(style="advance_care_planning", note="""
Advance Care Planning -- Goals of Care conversation
Patient: [[NAME:Maroulla Kyriacou]]   Age [[AGE:94]]   MRN [[MRN:20188560]]   Date [[DATE:01/27/2025]]
Participants: patient; son [[NAME:Panayiotis]] "[[NAME:Panos]]" [[NAME:Kyriacou]] (HCP agent); daughter [[NAME:Eleni Georgiou]] by phone from [[ADDRESS:Limassol]]; [[NAME:Amy Ford]], SW;
[[NAME:Stavros Hadjipetrou]], MD (palliative).

Context: [[AGE:ninety-four]]-year-old woman with HFrEF ({{lab:EF 20%}}), CKD 4, 3 admissions in 4 months; now on {{drug:Lasix}} drip with slow response.
Mrs. [[NAME:Kyriacou]] prefers to speak Greek for important things; [[NAME:Panos]] interpreted at her request, plus staff interpreter for the code status
portion.

Her understanding: "My heart is old, like me." Hopes: to go home to her own bed, see her great-granddaughter baptized in March. Fears: "machines",
being alone at night, pain.
Values: faith (Orthodox, wants Father [[NAME:Christodoulos]] from St. George's to visit), family, not suffering.

Decisions:
- DNR/DNI confirmed; MOLST completed and signed by patient and Dr. [[NAME:Hadjipetrou]].
- No dialysis.
- Re-hospitalization: yes for comfort-focused treatment only if symptoms cannot be managed at home.
- Hospice referral -- family agreeable; home hospice evaluation requested.
[[NAME:Eleni]] tearful on phone, supportive. Time spent in ACP: 45 min (99497).
""", summary="""
[[AGE:94]]-year-old [[NAME:Maroulla Kyriacou]] with advanced heart failure confirmed DNR/DNI, declined dialysis and chose home hospice on [[DATE:01/27/2025]], with son [[NAME:Panos]] as
health care agent and palliative physician Dr. [[NAME:Stavros Hadjipetrou]].
"""),

    dict(style="ethics_consult", note="""
CLINICAL ETHICS CONSULTATION
Patient: [[NAME:RAIF, HUSEYIN]]   MRN [[MRN:41770835]]   Unit: MICU bed 6   Requested by: Dr. [[NAME:Rıza Kalaycıoğlu]] (MICU attending)
Date of request [[DATE:9/30/2025]]; meetings [[DATE:9/30]] and [[DATE:10/1]].   Consultants: [[NAME:Marianne Tull]], PhD; [[NAME:Oliver Grant]], MD

Question: Should a tracheostomy and PEG be placed, as requested by the patient's son, when the patient's wife reports he would not want long-term
ventilation?

Facts: {{age:81}} y/o Turkish-Cypriot man, day 16 of mechanical ventilation after massive L MCA stroke. {{score:GCS 6T}} (E2VTM4). Neurology: very poor
prognosis for meaningful recovery. No advance directive. Wife [[NAME:Emine Raif]] (legal surrogate under state hierarchy) recalls him saying after his
brother's stroke in [[ADDRESS:Kyrenia]], "never let them keep me like that." Son [[NAME:Kemal]] (lives in [[ADDRESS:London]]) believes in waiting
"for God's timing" and wants trach/PEG. Daughter [[NAME:Ayşe Mustafa]] agrees with her mother. Imam [[NAME:Halil]] met family [[DATE:9/29]].

Analysis: substituted judgment is the applicable standard; wife's report is specific and consistent with the patient's values as described by two
family members. Son's position reflects his own values and grief; not evidence of the patient's wishes. Religious concerns: imam told family that
withdrawal of futile treatment is permissible.

Recommendations:
1. It is ethically permissible to forgo trach/PEG and transition to comfort-focused care per surrogate decision.
2. Allow time (48-72 h) for [[NAME:Kemal]] to arrive from [[ADDRESS:London]] and say goodbye; continue current support meanwhile.
3. Chaplaincy and palliative care to support family; facilitate prayer and family presence at extubation.
Ethics will follow. Pager [[PHONE:5-1184]].
""", summary="""
Ethics consultants [[NAME:Marianne Tull]] and [[NAME:Oliver Grant]] advised that forgoing tracheostomy/PEG for [[NAME:Huseyin Raif]] after a massive stroke is permissible based on
wife [[NAME:Emine Raif]]'s substituted judgment, allowing time for son [[NAME:Kemal]] to arrive from [[ADDRESS:London]].
"""),

    dict(style="capacity_ethics_consult", note="""
Psychiatry C-L -- capacity evaluation (request from Hospital Medicine)
[[NAME:Hofbauer, Elfriede]]    {{age:84}}F    MRN [[MRN:3310-5587]]    [[DATE:Mon 14.07.2025]]
Consultant: [[NAME:Leopold Moser]], MD    Requested by: Dr. [[NAME:Nina Albrecht]]

Question: Does pt have capacity to decline SNF placement and return home alone?

Background: admitted [[DATE:7/8]] after fall at home, found by neighbor Mr. [[NAME:Steinwender]] after ~10 h on floor. {{lab:CK 2,900}}, {{lab:Cr 1.6}} -> improved.
Mild cognitive impairment per PCP. {{score:MoCA 22/30}} today (lost points on recall and clock). {{score:SLUMS 21}}. Daughter [[NAME:Johanna Pichler]]
(lives in [[ADDRESS:Salzburg]]; on phone) worried and wants SNF. Pt born in [[ADDRESS:Graz]], emigrated 1965, widow, lives in 2-story house on
[[ADDRESS:Linden Ave]]; has lived alone 11 years.

Interview (in English, some German phrases): pt can state the recommendation ("they want me in a home"), the reasons (falls, time on floor), and
risks of going home ("I could fall again and die, yes, I know that"). Compares options: would accept home PT, medical alert pendant, meals on wheels,
moving bedroom downstairs. States value: "I would rather die at home than live in a place that is not mine." Choice consistent across 2 days.

Assessment: Pt demonstrates understanding, appreciation, reasoning and a consistent choice for this decision. She HAS capacity to decline SNF.
No depression or delirium ({{score:CAM negative}}, {{score:PHQ-9 4}}).
Recs: respect decision; maximize home safety (PT/OT home eval, pendant, Life Alert-type device, daily check call by neighbor); capacity is
decision-specific and may change. Discussed with daughter by phone with pt's permission.
[[NAME:L. Moser]], MD
""", summary="""
Consulting psychiatrist Dr. [[NAME:Leopold Moser]] found on [[DATE:Mon 14.07.2025]] that [[NAME:Elfriede Hofbauer]], {{age:84}}, has capacity to decline SNF placement after a long lie
({{score:MoCA 22/30}}), and recommended home safety supports; daughter [[NAME:Johanna Pichler]] was updated.
"""),

    dict(style="acp_dictation_lowercase", note="""
palliative care note dictated. patient is [[NAME:calogero lo presti]], medical record number [[MRN:five five two zero one one eight]], seen in ALS
clinic on [[DATE:the third of october]] with his wife [[NAME:santina]] and daughter [[NAME:rosalia]]. mister [[NAME:lo presti]] is a {{age:62}} year old retired baker from
[[ADDRESS:palermo]] with bulbar onset {{eponym:lou gehrig's}} disease diagnosed last year. alsfrs-r is {{score:29}}, down from 36 in april. FVC {{lab:fvc 54 percent}}
predicted. weight down four kilos. he is on {{drug:riluzole}} {{dose:fifty milligrams}} twice daily and {{drug:nuedexta}} for pseudobulbar affect. he communicates
with an ipad and a letter board, speech mostly unintelligible. we discussed his hopes, which are to be at his granddaughter's wedding in [[ADDRESS:trapani]] in june
and to die at home not in hospital. he is clear that he does not want a tracheostomy or invasive ventilation. he is willing to use bipap at night
and wants to think about a feeding tube, he is worried about the PEG procedure itself. [[NAME:santina]] cried, said his father also died of "the sickness
of the nerves" and that nobody talked about it. health care proxy form completed naming [[NAME:santina lo presti]], alternate [[NAME:rosalia grasso]]. polst
completed: dnr, limited interventions, trial of bipap yes, no intubation, feeding tube to be decided. referral to home hospice not yet, he is not ready.
follow up in six weeks, sooner if breathing worse. copy to doctor [[NAME:turi scalia]], neurology. dictated by [[NAME:megan o'hara]] n p.
""", summary="""
In a dictated palliative visit on [[DATE:the third of october]], [[NAME:calogero lo presti]], {{age:62}}, with bulbar {{eponym:lou gehrig's}} disease (alsfrs-r {{score:29}}) declined
tracheostomy and invasive ventilation, accepted night bipap, and named his wife [[NAME:santina]] as proxy.
"""),

    dict(style="ethics_committee_summary", note="""
Ethics Committee -- Retrospective Case Review (de-identified for committee education)

Case type: Pediatric; parental refusal of blood products.

Summary: A school-age child with newly diagnosed acute lymphoblastic leukemia (B-ALL, standard risk) required induction chemotherapy with
anticipated transfusion needs. Admission {{lab:Hgb 5.9}}, {{lab:platelets 18}}. Parents, who are Jehovah's Witnesses, consented to chemotherapy
but refused blood products. Bloodless-medicine strategies were used: {{drug:erythropoietin}}, IV iron, {{drug:tranexamic acid}}, minimized phlebotomy
with pediatric tubes. On induction day 9, {{lab:Hgb 4.8}} with {{vital:HR 160}} and lethargy.

Process: Ethics consulted day 2 and day 9. Hospital Liaison Committee members met with family. Legal counsel obtained a limited court order
authorizing transfusion only if medically necessary to prevent death or serious harm. One unit PRBC given day 9; parents informed beforehand,
present, and supported by their elders.

Discussion points for committee:
- Best-interest standard for minors vs parental authority and religious liberty
- The value of early, transparent notice to families about the possibility of a court order
- Moral distress among nursing staff (Moral Distress Thermometer median {{score:6/10}})
- Whether the "limited order" framework preserved the therapeutic alliance (family remained engaged; child in remission at end of induction)

Outcome: MRD-negative remission. Family continues therapy at this institution.
""", summary="""
A de-identified ethics committee review describes a child with leukemia whose Jehovah's Witness parents refused transfusion; bloodless strategies were
used until a limited court order allowed one transfusion at {{lab:Hgb 4.8}}, and the child reached remission.
"""),

    dict(style="chaplaincy_note", note="""
SPIRITUAL CARE NOTE
Pt: [[NAME:Iovine, Pasquale]]   Rm 4112   Faith: Roman Catholic   Referral: RN [[NAME:Chris Dunbar]] (family request)   [[DATE:3/2/25]] 19:40

Visited Mr. [[NAME:Iovine]] ({{age:88}}), actively dying (metastatic pancreatic ca, comfort care since this morning). Present: wife [[NAME:Nunzia]], daughters [[NAME:Carmela]]
and [[NAME:Assunta Capuano]], son-in-law, three grandchildren. Family from [[ADDRESS:Pozzuoli]], here 50+ yrs; Neapolitan and English spoken.

Family asked for Anointing of the Sick and "the last prayers". Paged on-call priest, Fr. [[NAME:Michael O'Brien]], who arrived 20:15 and administered
Anointing and Apostolic Pardon. I led a decade of the rosary with family in Italian at [[NAME:Nunzia]]'s request; grandson [[NAME:Gennaro]] read a psalm.
[[NAME:Nunzia]] shared that they were married at the church of San Gennaro 62 years ago; expressed gratitude and also guilt about agreeing to stop
"the machine" (BiPAP). Provided reflective listening and normalized her grief; affirmed the decision as an act of love.

Pt unresponsive, breathing irregular ({{eponym:Cheyne-Stokes}} pattern), appeared comfortable on {{drug:morphine}} infusion {{dose:2 mg/h}}.
Plan: chaplain available overnight; family may call parish (Our Lady of Pompeii) for funeral planning. Bereavement packet left with [[NAME:Carmela]].
-- Chaplain [[NAME:Grace Whelan]], MDiv, BCC   pager [[PHONE:3391]]
""", summary="""
Chaplain [[NAME:Grace Whelan]] supported the family of dying patient [[NAME:Pasquale Iovine]] on [[DATE:3/2/25]], arranging Anointing by Fr. [[NAME:Michael O'Brien]] and praying the rosary with
his wife [[NAME:Nunzia]], who voiced guilt about stopping BiPAP.
"""),

    dict(style="chaplaincy_note", note="""
Chaplaincy -- Interfaith request
Patient: [[NAME:Suman Tuladhar]]   MRN [[MRN:9917-4420]]   ICU 3   Visit [[DATE:2025-08-19]]
Requested by wife [[NAME:Nirmala Bajracharya Tuladhar]].

Mr. [[NAME:Tuladhar]], {{age:69}}, Newar Buddhist from [[ADDRESS:Patan]] ([[ADDRESS:Lalitpur]]), intubated after cardiac arrest; team has shared poor neuro prognosis.
Family (wife, son [[NAME:Bikash]], daughter [[NAME:Sabina Maharjan]]) asked for a Buddhist priest to perform rites before extubation. In the Newar
tradition this is done by a Vajracharya priest; [[NAME:Nirmala]] explained that her own family are of the priestly lineage but her brother, who
could perform some rites, is in Nepal. Contacted local Newa community association -- Guruju [[NAME:Rajendra Shakya]] agreed to come tomorrow 07:00
([[PHONE:571-555-0138]]).

Family requests: butter lamp (battery-operated substituted due to O2), chanting recording at low volume, body to remain undisturbed as long as
possible after death, no autopsy unless required. Discussed with charge RN [[NAME:Alicia Gomez]]; accommodations approved. Spiritual assessment
(FICA): strong faith, community support, concern for right "passage".
Plan: follow-up visit at 07:00 with priest; notify team of ritual timing so extubation follows rites.
[[NAME:T. Brennan-Yoo]], Chaplain
""", summary="""
For dying ICU patient [[NAME:Suman Tuladhar]], the chaplain arranged for Guruju [[NAME:Rajendra Shakya]] to perform Newar Buddhist rites before extubation on the
family's request and secured bedside accommodations with charge nurse [[NAME:Alicia Gomez]].
"""),

    dict(style="chaplaincy_note", note="""
Chaplain visit -- [[DATE:Fri 12/5]], oncology 7 West
[[NAME:Imtisunep Jamir]] ("[[NAME:Imti]]"), {{age:45}}, Ao Naga, Baptist; AML relapse, told today that no further curative options exist.
Present: wife [[NAME:Alemla]], sister [[NAME:Temsu]], church friends (4). Pastor [[NAME:Akum Longkumer]] from the Naga Christian Fellowship joined by video from [[ADDRESS:Dallas]].

[[NAME:Imti]] asked, "Why now, when my children are small?" -- sat with the question rather than answering. Family sang hymns in Ao (softly, unit allowed).
[[NAME:Alemla]] worried about telling the children (ages 9 and 12); offered child life specialist [[NAME:Holly Kent]]. [[NAME:Imti]] wishes to return to [[ADDRESS:Mokokchung]] to
die near his mother if possible -- discussed practicalities with SW [[NAME:Brian Tate]] (air travel, oxygen, medical escort).

Spiritual distress: moderate (lament, questions of meaning), strong spiritual resources (faith community, prayer).
Plan: revisit Monday; coordinate with palliative care re: travel; Pastor [[NAME:Longkumer]] to call daily.
-- [[NAME:Daniel Cho]], staff chaplain
""", summary="""
Chaplain [[NAME:Daniel Cho]] supported [[NAME:Imtisunep Jamir]] on [[DATE:Fri 12/5]] after learning his AML has no curative options, with hymns by his family and Pastor [[NAME:Akum Longkumer]]
by video, and began planning his wish to die in [[ADDRESS:Mokokchung]].
"""),

    dict(style="bereavement_followup", note="""
Hospice Bereavement Program -- contact log
Deceased: [[NAME:Gerald Whitmore]] ("[[NAME:Gerry]]"), DOD [[DATE:02/11/2025]]       Primary bereaved: [[NAME:Patricia Whitmore]] (wife)
Phone [[PHONE:(802) 555-0121]]   Address [[ADDRESS:19 Church Hill Rd, Woodstock, VT 05091]]
Bereavement coordinator: [[NAME:Johanna Pichler-Reed]], MSW     Risk assessment at death: moderate (isolation, prior depression)

[[DATE:02/25/2025]]  2-wk call. [[NAME:Pat]] answered. Tired, "the house is so quiet". Sister [[NAME:Ruth]] staying through March. Sleeping with his sweater.
                     Appetite poor. No SI. Sent "First Weeks" booklet.
[[DATE:03/26/2025]]  6-wk call. Left VM.
[[DATE:03/28/2025]]  [[NAME:Pat]] returned call. Went back to choir at church, hard but "good to be out". Angry at the VA over a form for [[NAME:Gerry]]'s burial
                     benefits. Referred to VSO.
[[DATE:05/12/2025]]  3-mo call. [[NAME:Pat]] says grief "comes in waves"; Mother's Day hard. Attending Tues support group at the library.
                     Brief Grief Questionnaire {{score:BGQ 5}}.
[[DATE:08/11/2025]]  6-mo letter mailed.
[[DATE:11/03/2025]]  Call: [[NAME:Pat]] planning first Thanksgiving with son [[NAME:Mark]] in [[ADDRESS:Burlington]]. Mentioned drinking "a bit more wine than I
                     should" -- AUDIT-C {{score:AUDIT-C 4}}; discussed, she will mention to her doctor (Dr. [[NAME:Hill]]).
Next: holiday memorial service invite; 13-month closing letter due March 2026.
""", summary="""
The hospice bereavement log tracks calls to [[NAME:Patricia Whitmore]] after her husband [[NAME:Gerald Whitmore]] died on [[DATE:02/11/2025]], noting support-group attendance,
waves of grief, and mild increased drinking ({{score:AUDIT-C 4}}) to be raised with Dr. [[NAME:Hill]].
"""),

    dict(style="perinatal_bereavement", note="""
Perinatal bereavement -- social work / chaplain joint note
Mother: [[NAME:Annick Fontaine]], {{age:33}}, MRN [[MRN:71200346]]   Partner: [[NAME:Ludovic Hoarau]]   [[DATE:17 avril 2025]]
Stillbirth at 28+5 wk, girl, [[NAME:Maëlys]], delivered 04:52 after IOL ({{drug:misoprostol}}), {{vital:birth weight 1010 g}}.

Parents are from [[ADDRESS:Saint-Pierre]], La Réunion; in [[ADDRESS:Montréal]] 4 years. French/Creole. Catholic (mother), "not religious" (father).
Both held [[NAME:Maëlys]] for several hours. Memory box: hand/footprints, lock of hair, photos by volunteer photographer ([[NAME:Sully Técher]], NILMDTS).
Blessing by chaplain at parents' request 09:30; father read a poem in Creole.
Mother's mother [[NAME:Marie-Josée Payet]] arriving from Réunion [[DATE:4/20]].

Autopsy: parents consent to limited exam + placental pathology + karyotype; declined full autopsy. {{eponym:Kleihauer-Betke}} sent.
Lactation suppression: {{drug:cabergoline}} {{dose:1 mg}} x1 given 10:15. Discussed mental health resources, partner's grief, return to work.
Funeral home (Urgel Bourgie) contacted by father. Follow-up: MFM results visit ~6 wk; bereavement nurse call [[DATE:4/24]] ([[PHONE:514-555-0196]]).
[[NAME:Wilfried Boyer]], MSW / [[NAME:Ellen Price]], chaplain
""", summary="""
After the stillbirth of [[NAME:Maëlys]] at 28 weeks on [[DATE:17 avril 2025]], [[NAME:Annick Fontaine]] and [[NAME:Ludovic Hoarau]] received memory-making, a blessing and {{drug:cabergoline}} for
lactation suppression, and consented to limited autopsy with bereavement follow-up.
"""),

    dict(style="medicolegal_report", note="""
MEDICO-LEGAL REPORT -- PERSONAL INJURY (prepared for the Court, CPR Part 35)

Claimant: Mr [[NAME:Nart Kardanov]]      DOB [[DATE:14/08/1986]]      Claimant ref: [[MRN:HL/PI/2291]]      Date of accident: [[DATE:2 November 2024]]
Instructed by: [[NAME:Jordan Hale]], Brindley Chambers Solicitors, [[ADDRESS:4 Temple Row, Birmingham B2 5HG]] ([[EMAIL:j.hale@halewright.co.uk]])
Examined: [[DATE:21 May 2025]] at [[ADDRESS:Harborne]] consulting rooms. Identity confirmed with passport.
Expert: Mr [[NAME:Andrew Keane]], FRCS (Orth)

1. Background: Mr [[NAME:Kardanov]], {{age:38}}, a Circassian man born in [[ADDRESS:Amman]], Jordan, and living in the UK since 2012, works as a delivery driver.
2. Accident: rear-ended while stationary at traffic lights; head rest in place; seatbelt worn; vehicle written off.
3. Symptoms: neck pain onset same evening, 8/10 ({{score:8/10}}) in the first 2 weeks, now 3/10 ({{score:3/10}}), worse after long shifts. Intermittent headaches.
   Low back pain resolved by 8 weeks. Sleep disturbed for 6 weeks. Travel anxiety as passenger, improving.
4. Treatment: GP ([[DATE:4/11/24]]) -- {{drug:co-codamol}} {{dose:30/500}}, {{drug:naproxen}} {{dose:500 mg}}; 8 sessions physiotherapy.
5. Examination: cervical rotation 70/80 R, 80/80 L; flexion full; tenderness R trapezius. {{eponym:Spurling}} test negative. Neurology normal,
   power {{score:5/5}} all groups, reflexes symmetrical. Lumbar spine full ROM, {{eponym:Lasegue}} negative.
6. Records reviewed: GP records, A&E card (City Hospital), physiotherapy notes. No prior neck complaints.
7. Opinion: whiplash-associated disorder grade II. On the balance of probabilities symptoms are attributable to the accident. I expect
   full resolution within 15 months of the accident (i.e., by February 2026).
I confirm that I have made clear which facts and matters referred to in this report are within my own knowledge... (statement of truth).
Signed: [[NAME:A. Keane]]   [[DATE:30/05/2025]]
""", summary="""
Orthopaedic expert Mr [[NAME:Andrew Keane]] reported to solicitor [[NAME:Jordan Hale]] that [[NAME:Nart Kardanov]] sustained a grade II whiplash injury in the [[DATE:2 November 2024]]
collision, with neck pain now {{score:3/10}} and expected full recovery within 15 months.
"""),

    dict(style="disability_form", note="""
ATTENDING PHYSICIAN STATEMENT -- LONG-TERM DISABILITY
Insurer: Lincoln Financial Group     Claim No. [[MRN:LTD-2025-0448173]]     Policy/Group [[MRN:GRP-004412]]
Claimant: [[NAME:MOHANTY, SUBHASMITA]]     DOB [[DATE:09/26/1979]]     SSN (last 4): [[SSN:6618]]
Employer: Meridian Health Partners (claims analyst)

Section A -- Diagnosis
  Primary: Multiple sclerosis, relapsing-remitting (G35)       Date first seen for condition: [[DATE:06/14/2019]]
  Secondary: MS-related fatigue; depression (F32.1)
Section B -- Clinical findings
  MRI brain [[DATE:3/3/25]]: 3 new T2 lesions, 1 enhancing. EDSS {{score:EDSS 4.0}}. Timed 25-foot walk 9.8 s. SDMT {{score:SDMT 38}} (was 52).
  Fatigue Severity Scale {{score:FSS 6.1}}. PHQ-9 {{score:PHQ-9 13}}.
Section C -- Treatment
  {{drug:Ocrevus}} {{dose:600 mg}} IV q6mo (switched from {{drug:Tecfidera}}); {{drug:modafinil}} {{dose:100 mg}} qAM; {{drug:Wellbutrin XL}} {{dose:150 mg}}.
Section D -- Functional capacity (in an 8-hour workday)
  Sit: 4 h total, 30 min at a time | Stand/walk: 1 h total | Lift: 10 lb occasionally | Fine manipulation: frequent R, occasional L
  Cognitive: unable to sustain concentration > 30 min; errors with multistep spreadsheets (per employer report)
Section E -- Prognosis: Restrictions expected > 12 months. Not expected to return to prior occupation within 6 months; re-evaluate Sept 2025.
Physician: [[NAME:Zarina Tsagaeva]], MD, Neurology     NPI [[MRN:1902847716]]     Phone [[PHONE:(614) 555-0184]]   Fax [[PHONE:(614) 555-0185]]
Signature: [[NAME:Z. Tsagaeva]]     Date: [[DATE:04-08-2025]]
""", summary="""
Neurologist Dr. [[NAME:Zarina Tsagaeva]] completed a long-term disability statement on [[DATE:04-08-2025]] for [[NAME:Subhasmita Mohanty]], whose relapsing MS ({{score:EDSS 4.0}}) with
fatigue and cognitive slowing limits her to sedentary work below her prior job, treated with {{drug:Ocrevus}}.
"""),

    dict(style="fitness_to_drive_letter", note="""
Department of Neurology
Royal Victoria Infirmary, [[ADDRESS:Queen Victoria Road, Newcastle upon Tyne NE1 4LP]]

[[DATE:6th January 2025]]

Drivers Medical Group, DVLA, [[ADDRESS:Swansea SA99 1TU]]

Dear Sir/Madam,
Re: Mr [[NAME:Pranjal Saikia]], DOB [[DATE:19.04.1992]], Driver number [[MRN:SAIKI904192P99LK]], NHS No. [[MRN:485 777 3201]]
Address: [[ADDRESS:Flat 2, 77 Heaton Park Road, Newcastle upon Tyne NE6 5NR]]

I saw Mr [[NAME:Saikia]] in the first seizure clinic on [[DATE:the 3rd]] of this month at the request of his GP, Dr [[NAME:Anjali Baruah]].
On [[DATE:12/11/2024]] he had a witnessed generalised tonic-clonic seizure at work (his colleague [[NAME:Dipankar Hazarika]] gave a clear account),
preceded by sleep deprivation after night shifts. No previous events. EEG: generalised spike-wave discharges. MRI brain normal.
Diagnosis: probable idiopathic generalised epilepsy. He has started {{drug:lamotrigine}} {{dose:25 mg}} daily, titrating to {{dose:100 mg}} BD ({{drug:Lamictal}}).
He is aware he must not drive and has told me he stopped on the day of the seizure. He holds a Group 1 licence only.
Under current guidance he must not drive for 12 months from the seizure, unless the DVLA accepts a shorter period on specialist review.
He consents to this information being shared; he has also completed the FEP1 form himself.

Yours faithfully,
Dr [[NAME:Bhaskar Bora]], Consultant Neurologist  |  Secretary [[PHONE:0191 555 0823]]
cc: Dr [[NAME:A. Baruah]], Heaton Medical Group
""", summary="""
Dr [[NAME:Bhaskar Bora]] informed the DVLA that [[NAME:Pranjal Saikia]] had a first generalised tonic-clonic seizure on [[DATE:12/11/2024]], was started on {{drug:lamotrigine}}, and must
not drive for 12 months.
"""),

    dict(style="workers_comp_ime", note="""
INDEPENDENT MEDICAL EVALUATION -- Workers' Compensation
Examinee: [[NAME:Januário Ximenes]]   DOB [[DATE:Jul-02-1983]]   WC Claim # [[MRN:WC24-118902]]   Carrier: Liberty Mutual   Adjuster: [[NAME:Kelly Dawson]]
DOI: [[DATE:08/29/2024]]   Exam date: [[DATE:03/05/2025]]   Evaluator: [[NAME:Raymond Ellis]], MD, MPH (occ med)
Interpreter: Tetum via phone ([[NAME:Olinda Belo]], ID [[MRN:T-5527]]); examinee reads Portuguese, speaks some English.

History: {{age:41}} y/o warehouse order picker, East Timor-born, 6 years at the job. Developed numbness/tingling R > L hands over months of repetitive
scanning and lifting totes, worse at night, dropping items. Seen by company clinic [[DATE:9/3/24]]: splints + {{drug:naproxen}} {{dose:500 mg}} BID.
NCS [[DATE:10/21/24]]: moderate R CTS, mild L CTS. R carpal tunnel release [[DATE:12/9/24]] by Dr. [[NAME:Aniceto Guterres]]; improved night symptoms.

Exam: R palm incision well healed, pillar pain. {{eponym:Tinel}} R neg, L pos. {{eponym:Phalen}} L pos at 30 s, R neg. 2-pt discrimination 5 mm R, 6 mm L.
Grip (Jamar, pos 2): R 28 kg, L 36 kg. Thenar bulk normal. {{eponym:Finkelstein}} neg bilaterally.
Questions from carrier:
1. Causation: more likely than not, the bilateral CTS is work-related (high-repetition, forceful gripping).
2. MMI: R hand -- not yet at MMI; expect MMI ~June 2025. L hand -- conservative care; surgery reasonable if fails.
3. Work status: modified duty -- no repetitive gripping > 2 h/shift, lift ≤ 15 lb R hand.
4. Impairment: deferred until MMI (AMA Guides 6th ed).
[[NAME:R. Ellis]], MD   [[DATE:3/7/2025]]
""", summary="""
In a workers' compensation IME on [[DATE:03/05/2025]], Dr. [[NAME:Raymond Ellis]] found [[NAME:Januário Ximenes]]'s bilateral carpal tunnel syndrome work-related, the right hand
improving after release by Dr. [[NAME:Aniceto Guterres]] but not at MMI, with modified duty advised.
"""),

    dict(style="accommodation_letter", note="""
Student Health Services
[[DATE:September 2, 2025]]

To: Office of Disability Resources, attn. [[NAME:Ningthoujam Bembem Devi]], Accommodations Coordinator

RE: [[NAME:Aishath Shifana]]   Student ID [[MRN:U20418873]]   DOB [[DATE:2004-01-29]]

To whom it may concern,

Ms. [[NAME:Shifana]] is a {{age:21}}-year-old international student from the Maldives ([[ADDRESS:Malé]]) under my care since [[DATE:January 14, 2025]]. She has
type 1 diabetes (diagnosed age {{age:11}}) managed with an Omnipod 5 insulin pump ({{drug:insulin lispro}}) and a Dexcom G7 continuous glucose
monitor. She also has {{eponym:Hashimoto}} thyroiditis on {{drug:levothyroxine}} {{dose:88 mcg}}. Her most recent A1c is {{lab:7.1%}}.

Hypoglycemia ({{lab:glucose <70}}) or hyperglycemia ({{lab:glucose >300}}) can impair concentration and require immediate treatment.
I recommend the following accommodations:
  1. Permission to carry and use her phone (CGM receiver), snacks, water and glucose tablets in all classes and exams.
  2. Exam breaks (stop-the-clock) to treat glucose out of range; rescheduling if glucose is below 70 or above 300 at exam start.
  3. Seating near the door; permission to leave class without penalty for diabetes care.
  4. Excused absences for endocrinology appointments (quarterly) and for diabetes-related illness, with reasonable make-up.
During Ramadan she may fast; we have a plan for adjusting basal rates.
Please contact me with any questions at [[PHONE:412-555-0142]] or [[EMAIL:kmorrison@shs.example.edu]].

Sincerely,
[[NAME:Kathryn Morrison]], MD, Student Health Services
""", summary="""
Dr. [[NAME:Kathryn Morrison]] requested exam and classroom accommodations on [[DATE:September 2, 2025]] for student [[NAME:Aishath Shifana]], who has type 1 diabetes on an
Omnipod 5 pump with Dexcom G7 monitoring and {{eponym:Hashimoto}} thyroiditis.
"""),

    dict(style="interpreter_mediated_visit", note="""
GP consult -- Tok Pisin interpreter (TIS National, phone)
Pt [[NAME:Kila Wari]], {{age:58}} M, Medicare [[MRN:2957 41188 3]]   [[DATE:Thursday 10 April 2025]]   Interpreter [[NAME:Rosemary Kaupa]], code [[MRN:TP-0311]]
Wife [[NAME:Mary Kombe]] present (speaks some English). Pt moved from [[ADDRESS:Lae]] to [[ADDRESS:Cairns]] 2 yrs ago to be near daughter.

Through interpreter: "sik suga" (diabetes) for 5 years, poor vision "like fog" past 6 months, pain and burning both feet at night. Chews
betel nut daily since youth. Smokes "brus" (local tobacco) 10/day.
{{vital:BP 162/94}}, {{vital:BMI 31}}. {{lab:BGL 14.2}} random. VA {{vital:6/18}} R, {{vital:6/24}} L. Monofilament absent to mid-foot bilat.
Oral exam: white patch L buccal mucosa ~1.5 cm, non-scrapable, firm edge.
Plan:
- bloods: HbA1c, UEC, lipids, ACR
- {{drug:metformin XR}} {{dose:1000 mg}} nocte; {{drug:perindopril}} {{dose:5 mg}}
- URGENT ENT/oral maxillofacial referral (leukoplakia vs SCC) -- explained via interpreter, pt understands "could be cancer"
- optometry/retinal photos; podiatry; Quitline in Tok Pisin not available -- brief intervention done
- review [[DATE:17/4]] with results, same interpreter requested.
[[NAME:Ishmael Totori]], RN (chronic disease) / Dr [[NAME:Lency Maeli]]
""", summary="""
With Tok Pisin interpreter [[NAME:Rosemary Kaupa]], [[NAME:Kila Wari]] was seen on [[DATE:Thursday 10 April 2025]] for poorly controlled diabetes with neuropathy and a suspicious oral
white patch from betel chewing, and was started on {{drug:metformin XR}} with urgent ENT referral.
"""),

    dict(style="chaplaincy_shift_summary", note="""
Spiritual Care Department -- Night Shift Summary

Chaplain on call: overnight (1700-0800)

Pages: 9   Referrals: 6   Deaths attended: 2   Codes attended: 1 (Code Blue, 5 East, ROSC achieved)
Encounters by type:
  - Emergency Department: 3 (family support after MVC; trauma bay prayer request; sexual assault survivor support w/ SANE nurse)
  - ICU: 2 (withdrawal of life support; Muslim family requested Qur'an recitation -- volunteer arranged)
  - Labor & Delivery: 1 (baptism of critically ill newborn, emergency baptism performed by chaplain at parents' request)
  - Med-Surg: 2 (anxiety pre-op; Orthodox Jewish patient requested Shabbat accommodations -- elevator key and electric candles provided)
  - Staff care: 1 (debrief after pediatric code, 7 staff attended)
Sacramental requests: Catholic Anointing x1 (priest on call responded 40 min); Communion requests for AM x3 forwarded to Eucharistic ministers.
Supplies needed: Bibles (Spanish), prayer rugs x2, battery candles.
Follow-ups for day team: Room 5-212 family meeting 1000 (palliative); NICU baptism certificate to be completed.
""", summary="""
The overnight chaplaincy summary lists 9 pages, 2 deaths, a code, an emergency NICU baptism, religious accommodations for Muslim and Orthodox Jewish
patients, a staff debrief, and follow-ups for the day team.
"""),
]
