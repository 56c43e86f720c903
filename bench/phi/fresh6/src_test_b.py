NOTES = [
    dict(style="pcp_followup", note="""
PRIMARY CARE FOLLOW-UP VISIT
[[NAME:Susan K. Pratt]]     DOB [[DATE:4/30/1962]]     MRN [[MRN:11042883]]     Visit: [[DATE:Thursday, June 12, 2025]]
Seen with MS3 [[NAME:Tyler Haines]].

S: 3-month f/u T2DM, HTN, HLD. Home sugars 110s-150s fasting. Tolerating {{drug:Jardiance}} - one yeast infection in April,
treated OTC. Walking 30 min most days with her neighbor. Some burning in both feet at night. No chest pain, no claudication.

O: {{vital:BP 134/82}} (repeat {{vital:128/80}})  {{vital:HR 72}}  {{vital:BMI 33.4}}  Wt down 2.1 kg since last visit.
Feet: monofilament decreased at both great toes, pulses 2+, no ulcers. PHQ-2 0.
Labs ([[DATE:6/5/25]]): {{lab:A1c 7.2%}} (was {{lab:7.9%}}), {{lab:LDL 88}}, {{lab:eGFR 74}}, {{lab:UACR 41}}.

A/P:
1. T2DM, improving. Continue {{drug:metformin}} {{dose:1000 mg}} BID + {{drug:Jardiance}} {{dose:10 mg}}. Consider GLP-1 if A1c not <7 next time.
2. Diabetic peripheral neuropathy - {{drug:duloxetine}} {{dose:30 mg}} qHS trial (avoid {{drug:gabapentin}}, fall history).
3. Albuminuria - increase {{drug:lisinopril}} to {{dose:20 mg}}; BMP in 2 weeks.
4. HLD - {{drug:atorvastatin}} {{dose:40 mg}}, LDL not at goal <70 given DM + albuminuria -> {{dose:80 mg}}.
5. Eye exam overdue - referral to Dr. [[NAME:Margolis]] (ophthalmology).
RTC 3 months.

[[NAME:Alan Greer]], MD
""", summary="""
At her [[DATE:June 12, 2025]] visit, [[NAME:Susan Pratt]]'s diabetes had improved ({{lab:A1c 7.2%}}); {{drug:duloxetine}} was started for neuropathy and
{{drug:lisinopril}} and {{drug:atorvastatin}} were increased for albuminuria and LDL.
"""),

    dict(style="patient_message", note="""
From: [[NAME:Ramón Almonte]] (proxy access: [[NAME:Altagracia Almonte]])
To: Dr. [[NAME:Feliz]] / Care Team
Sent: [[DATE:2/24/2025]] 9:17 PM
Subject: presion de mi papa

Hi Dr [[NAME:Feliz]] this is [[NAME:Altagracia]] the daughter of [[NAME:Ramon]]. We just came back from [[ADDRESS:Santo Domingo]] for my cousin
wedding and he forgot the pressure pills over there for like 9 days. Today his pressure was {{vital:168/97}} and yesterday {{vital:172/100}} with the
machine from the pharmacy. He feel ok, little headache in the back of the head. He is taking again the {{drug:amlodipine}} {{dose:10 mg}} and the
{{drug:losartan}} since this morning. Do he need to go to the emergency?? Also he need refill of the {{drug:metformina}}.
Gracias, [[NAME:Alta]]
[[PHONE:(973) 555-0129]]

---
Reply - [[DATE:2/25/2025]] 8:04 AM
Hi [[NAME:Altagracia]], thank you for letting us know. If he has a severe headache, chest pain, trouble speaking, weakness or vision
changes, go to the ER. Otherwise, keep taking both pressure pills every day and check his BP once daily this week. We scheduled a
nurse BP check for [[DATE:Monday 3/3]] at 10:00. {{drug:Metformin}} {{dose:500 mg}} refill sent to the Walgreens on [[ADDRESS:Broad St]].
[[NAME:Kim Dalton]], RN, for Dr. [[NAME:Feliz]]
""", summary="""
[[NAME:Altagracia Almonte]] messaged on [[DATE:2/24/2025]] that her father [[NAME:Ramón]] had missed his BP pills for 9 days and had readings near 170/100;
the nurse gave red-flag precautions, sent a {{drug:metformin}} refill and booked a BP check for [[DATE:3/3]].
"""),

    dict(style="telephone_encounter", note="""
TELEPHONE ENCOUNTER
Caller: [[NAME:Yelena Kuznetsova]] (self)     Callback: [[PHONE:(646) 555-8812]]     DOB verified [[DATE:11/17/1955]]
Date/time: [[DATE:01/30/2025]] 14:05

Reason: Pharmacy says {{drug:Eliquis}} refill "needs prior authorization" - she has 2 tablets left.
Pt on {{drug:Eliquis}} {{dose:5 mg}} BID for AF ({{score:CHA2DS2-VASc 4}}). New Part D plan this year.
Spoke with pharmacist [[NAME:Mark Feldman]] at the pharmacy on [[ADDRESS:Kings Hwy]]: PA required by new plan; member ID [[MRN:WX8837261004]].
PA submitted via CoverMyMeds, key [[MRN:BLT7Q2RK]]. Pharmacist will dispense a 3-day emergency supply today.
Advised pt NOT to skip doses; if PA denied we will switch to {{drug:warfarin}} or appeal. Pt voiced understanding, her granddaughter
[[NAME:Katya]] will pick up the tablets after school.
Routed to Dr. [[NAME:Nikolai Sorokin]] for awareness.

Entered by: [[NAME:mkoval2]] ([[NAME:Maria Koval]], MA)
""", summary="""
On [[DATE:01/30/2025]] [[NAME:Yelena Kuznetsova]]'s {{drug:Eliquis}} refill needed prior authorization under a new plan; the PA was submitted and the
pharmacy agreed to a 3-day emergency supply so she would not miss doses.
"""),

    dict(style="specialist_consult", note="""
CARDIOLOGY CONSULTATION - OUTPATIENT

Patient: [[NAME:Chen, Wei]]      MRN: [[MRN:50417733]]      Date of service: [[DATE:07/08/2025]]
Referring: Dr. [[NAME:Laura Whitman]], Primary Care      Reason: exertional dyspnea and murmur

HPI: {{age:79}}-year-old retired engineer, walks daily at the park, noticed 6 months of breathlessness climbing the subway stairs, and
one episode of near-syncope carrying groceries. No angina. His daughter [[NAME:Lily Chen]] accompanies and helps interpret (Cantonese).

Exam: {{vital:BP 146/70}}  {{vital:HR 68}}  {{vital:SpO2 97%}}. 3/6 late-peaking crescendo-decrescendo systolic murmur at RUSB radiating to both
carotids, soft A2, delayed carotid upstroke. No edema.

Echo: LVEF 55%, AVA 0.8 cm2, mean gradient 44 mmHg, Vmax 4.3 m/s, calcified trileaflet valve. {{lab:NT-proBNP 1,180}}.
ECG: sinus, LVH by voltage.

Impression: Severe symptomatic calcific aortic stenosis (Stage D1). {{score:STS-PROM 3.1%}}.

Recommendations:
1. Refer to structural heart clinic for TAVR evaluation; CTA TAVR protocol and coronary angiography.
2. Avoid strenuous exertion until valve replaced; avoid {{drug:nitroglycerin}} and aggressive vasodilators.
3. Continue {{drug:amlodipine}} {{dose:5 mg}}; do not uptitrate.
4. Dental evaluation before valve intervention.

[[NAME:Rajesh Venkataraman]], MD, FACC     pager [[PHONE:(617) 555-0199]]
cc: [[NAME:Laura Whitman]], MD; [[NAME:Whitman]] office fax [[PHONE:617-555-0430]]
""", summary="""
[[NAME:Wei Chen]], {{age:79}}, was seen in cardiology on [[DATE:07/08/2025]] for severe symptomatic aortic stenosis (AVA 0.8 cm2, mean gradient 44 mmHg)
and was referred for TAVR evaluation by Dr. [[NAME:Venkataraman]].
"""),

    dict(style="pcp_followup", note="""
Primary Care - Chronic Disease Follow-up

Subjective: {{age:52}}-year-old woman here for hypothyroidism and hyperlipidemia follow-up. Diagnosed with {{eponym:Hashimoto}} thyroiditis in
2018 (TPO antibodies strongly positive). Reports more fatigue and cold intolerance since the fall; had been taking {{drug:levothyroxine}}
with her morning coffee and {{drug:calcium carbonate}}. Stopped {{drug:Crestor}} on her own last summer because of leg aches; did not
tell us. Otherwise well. Mammogram and colonoscopy up to date per Health Maintenance.

Objective: {{vital:BP 122/76}}, {{vital:HR 60}}, {{vital:Wt 74.8 kg}}. Thyroid small, firm, nontender, no nodules. Delayed relaxation phase
of ankle reflexes. No myopathy on exam, strength 5/5.
Labs: {{lab:TSH 9.4}} (was {{lab:TSH 2.2}} on the same dose in 2024), {{lab:free T4 0.8}}, {{lab:LDL 171}}, {{lab:CK 96}}.

Assessment/Plan:
1. Hypothyroidism, undertreated due to absorption - separate {{drug:levothyroxine}} {{dose:100 mcg}} from coffee/calcium by 60 min; keep
   dose the same for now, recheck TSH in 6-8 weeks. Will increase to {{dose:112 mcg}} if still above range.
2. Hyperlipidemia, statin-intolerant by history; myalgias may have been hypothyroid. Rechallenge with {{drug:rosuvastatin}} {{dose:5 mg}}
   three times weekly after TSH normalizes. {{score:ASCVD risk 6.8%}}.
3. Health maintenance: {{drug:Shingrix}} #2 today. Tdap current.
Return in 2 months, sooner if needed. Patient agreeable. Next available is a Tuesday morning.
""", summary="""
A {{age:52}}-year-old woman with {{eponym:Hashimoto}} hypothyroidism had a {{lab:TSH 9.4}} from taking {{drug:levothyroxine}} with coffee and calcium; she was
counseled on timing, and a low-dose {{drug:rosuvastatin}} rechallenge is planned once the TSH normalizes.
"""),

    dict(style="patient_message", note="""
Subject: Question about my thyroid results
From: [[NAME:Deepa Iyer]]
Sent: [[DATE:Mon, 10 Mar 2025]] 7:52 AM

Hi Dr. [[NAME:Kapoor]],

I saw on the portal that my TSH came back {{lab:6.8}} and it's flagged high. I've been so tired and my hair is falling out more than
usual, but I also just had my baby in November, so I don't know if that's related? I'm breastfeeding. My mom has {{eponym:Hashimoto}}'s and takes
{{drug:Synthroid}}. Do I need to start something, and is it safe with nursing? Also can you send a copy of the results to my OB,
Dr. [[NAME:Rachel Kessler]]? Easier to reach me by email - [[EMAIL:deepa.iyer84@outlook.com]] - than phone since [[NAME:Arjun]] naps at random times.

Thank you!
[[NAME:Deepa]]

-----
[[DATE:3/10/25]] 12:40 PM - Dr. [[NAME:Neha Kapoor]]:
Hi [[NAME:Deepa]] - congratulations again on [[NAME:Arjun]]. After delivery the thyroid can swing (postpartum thyroiditis), so one mildly
high TSH is not enough to start medicine. I've ordered a repeat TSH, free T4 and TPO antibodies at any lab this week. If treatment is
needed, {{drug:levothyroxine}} is safe while breastfeeding. Results will be faxed to Dr. [[NAME:Kessler]]'s office. - [[NAME:NK]]
""", summary="""
Postpartum and breastfeeding, [[NAME:Deepa Iyer]] asked on [[DATE:10 Mar 2025]] about a mildly high {{lab:TSH 6.8}}; Dr. [[NAME:Kapoor]] ordered repeat thyroid tests
and antibodies before deciding on treatment.
"""),

    dict(style="specialist_consult", note="""
ENDOCRINOLOGY NEW PATIENT CONSULT
Pt: [[NAME:MARRERO, LUZ E]]     {{age:36}} F     MRN [[MRN:2661089]]     [[DATE:2025-04-22]]
Ref by: [[NAME:J. Okafor-Díaz]], NP (Clinica Borinquen)

CC: palpitations, weight loss, "eyes look different"

HPI: Ms. [[NAME:Marrero]] reports 3 months of palpitations, heat intolerance, 6 kg weight loss despite good appetite, and tremor. Her
sister noticed her eyes "bulging" in photos from the holidays. Gritty eyes in the morning, no diplopia. Smokes 5 cig/day. Not pregnant,
uses an IUD.

Exam: {{vital:HR 112}}  {{vital:BP 138/64}}  {{vital:Wt 58 kg}}. Fine tremor. Diffuse nontender goiter ~2x normal with bruit. Bilateral lid
retraction and mild proptosis, no restriction of EOM. Pretibial skin normal. Reflexes brisk.
Labs: {{lab:TSH <0.01}}, {{lab:free T4 4.2}}, {{lab:total T3 390}}, {{lab:TRAb 8.6}} (positive). CBC and LFTs normal.

Assessment: {{eponym:Graves disease}} with mild active thyroid eye disease ({{score:CAS 3/7}}).
Plan:
- {{drug:methimazole}} {{dose:20 mg}} daily; CBC/LFT baseline done; counseled on agranulocytosis (fever/sore throat -> stop and call)
- {{drug:propranolol}} {{dose:20 mg}} TID for symptoms
- selenium {{dose:100 mcg}} BID x6 months for eye disease; artificial tears
- smoking cessation strongly advised (worsens eye disease); referred to ophthalmology (oculoplastics)
- TFTs in 4-6 weeks; discuss RAI vs surgery vs long-term ATD at follow-up. Avoid RAI while eyes active.
Cell [[PHONE:(787) 555-3140]] - also has family in [[ADDRESS:Caguas]], will be there in July.
[[NAME:Lorenzo Bellini]], MD - Endocrinology
""", summary="""
[[NAME:Luz Marrero]], {{age:36}}, was diagnosed on [[DATE:2025-04-22]] with {{eponym:Graves disease}} and mild active eye disease and started on {{drug:methimazole}}
and {{drug:propranolol}}, with smoking cessation and an ophthalmology referral.
"""),

    dict(style="telephone_encounter", note="""
Phone note  [[DATE:3/14]]  10:42
Caller: [[NAME:Tamika Robinson]] (daughter, DPOA) re: her father [[NAME:Earl Robinson]], [[AGE:93]]yo, pt of Dr. [[NAME:Goldfarb]].
Call back [[PHONE:(404) 555-6673]] (work, ok to leave msg).

Dad more confused x2 days, "talking to people who aren't there," up all night. Eating less. No falls. No fever that she knows of,
hasn't checked. Urine "smells strong." Started {{drug:oxybutynin}} {{dose:5 mg}} from urology ~1 wk ago. Still on {{drug:donepezil}}.
Lives with [[NAME:Tamika]] and her husband in [[ADDRESS:Decatur]].

RN assessment: acute change in mental status in a [[AGE:ninety-three]] year old - possible delirium (UTI vs anticholinergic from
{{drug:oxybutynin}}). Advised: stop {{drug:oxybutynin}} today. Same-day visit offered - [[NAME:Tamika]] can't leave work until 4. Booked 4:30 PM
with [[NAME:Goldfarb]]'s NP [[NAME:Shanice Wright]]. If he becomes very sleepy, can't be woken, has a fever, or falls -> call 911.
[[NAME:Tamika]] repeated back plan.
RN: [[NAME:LMT]]
""", summary="""
[[NAME:Tamika Robinson]] called on [[DATE:3/14]] because her father [[NAME:Earl Robinson]], [[AGE:93]], had two days of new confusion after starting {{drug:oxybutynin}};
the nurse had her stop the drug and booked a same-day visit for possible delirium.
"""),

    dict(style="pcp_followup", note="""
Behavioral Health Integrated Visit - PCP follow-up

Patient: [[NAME:Kim, Min-jung]]    {{age:29}}F    Acct [[MRN:880031247]]    Date [[DATE:9-18-2025]]

[[NAME:Min-jung]] returns 6 weeks after starting {{drug:sertraline}} {{dose:50 mg}} for depression and generalized anxiety. Sleep better, still
ruminating at night about work (two jobs, nonprofit + weekend tutoring). Mild nausea first week, resolved. No SI, no self-harm.
Drinks socially 1-2/week. Her roommate [[NAME:Jess]] got her to join a climbing gym, which helps. Family in [[ADDRESS:Koreatown]], parents
don't know she's in treatment - prefers we don't leave voicemails at home number.

Scores today: {{score:PHQ-9 9}} (was {{score:PHQ-9 17}}), {{score:GAD-7 8}} (was {{score:GAD-7 15}}). C-SSRS negative.
{{vital:BP 112/70}}, {{vital:HR 74}}.

A/P: MDD, moderate, improving; GAD improving.
- increase {{drug:sertraline}} to {{dose:100 mg}} daily
- continue CBT with our behavioral health clinician [[NAME:Danielle Greene-Mitchell]], LCSW (weekly, telehealth ok)
- sleep hygiene; limit caffeine after noon
- crisis line info given (988). Cell only: [[PHONE:213-555-0886]]
RTC 6 weeks.  [[NAME:Kyle Brandt]], MD
""", summary="""
[[NAME:Min-jung Kim]], {{age:29}}, is improving on {{drug:sertraline}} ({{score:PHQ-9 9}} from 17, {{score:GAD-7 8}} from 15) as of [[DATE:9-18-2025]];
the dose was increased to {{dose:100 mg}} and CBT continues.
"""),

    dict(style="specialist_consult", note="""
NEUROLOGY CONSULTATION - MOVEMENT DISORDERS CLINIC

[[NAME:DI STEFANO, SALVATORE]]    DOB [[DATE:12/03/1949]]    MRN [[MRN:66720941]]
Seen [[DATE:5/6/2025]] with wife [[NAME:Concetta]] ("[[NAME:Connie]]").
Referring: [[NAME:Paul Ianucci]], MD (PCP)

History: {{age:75}}-year-old right-handed retired baker. {{eponym:Parkinson disease}} dx 2019, tremor-dominant, left > right. On {{drug:Sinemet}}
{{dose:25/100}} 1 tab TID. Now "wearing off" ~3 h after each dose, with slowness and foot cramping; 45-60 min of morning akinesia.
Mild peak-dose dyskinesia of the neck. Two falls since March, both turning. Acts out dreams ([[NAME:Connie]] has moved to the other bedroom).
Constipation. Orthostatic lightheadedness. No hallucinations.

Exam: {{vital:BP 142/80}} supine -> {{vital:BP 116/72}} standing at 3 min. Hypomimia, hypophonia. Rest tremor LUE. Rigidity L>R.
Bradykinesia on finger taps. Retropulsion on pull test (3 steps). Negative {{eponym:Romberg}}. {{score:MDS-UPDRS III 34}} (ON).
{{score:MoCA 25/30}} (-2 delayed recall, -1 fluency, -1 cube, -1 clock hands).

Impression: PD with motor fluctuations, RBD, orthostatic hypotension, postural instability.
Plan:
1. {{drug:carbidopa-levodopa}} {{dose:25/100}} change to 1 tab 5x/day (q3.5h while awake); add {{drug:Rytary}} discussion at f/u
2. {{drug:melatonin}} {{dose:6 mg}} qHS for RBD; bed alarm / move nightstand
3. Stop {{drug:tamsulosin}} (orthostasis) - message to urology
4. PT - LSVT BIG; speech - LSVT LOUD
5. Return 3 months; DBS candidacy later

[[NAME:Olga Belyaeva]], MD, Movement Disorders
cc: [[NAME:Paul Ianucci]], MD; [[NAME:Whitney Sloane]], MD (urology)
""", summary="""
[[NAME:Salvatore Di Stefano]], {{age:75}}, with {{eponym:Parkinson disease}}, was seen [[DATE:5/6/2025]] for wearing-off, falls, REM sleep behavior disorder and
orthostasis; {{drug:Sinemet}} was changed to five times daily, {{drug:melatonin}} started and {{drug:tamsulosin}} stopped.
"""),

    dict(style="patient_message", note="""
MyChart message  -  [[DATE:Fri 8/1/25]] 6:48 PM
From: [[NAME:Maricela Ochoa]]
Re: carta para el trabajo / work letter

Hello, I was seen by Dr. [[NAME:Soto]] on [[DATE:July 29]] for my back. I am a CNA and my job at the nursing home needs a note that says no
lifting more than 20 lbs until my follow up, and the dates I was out ([[DATE:7/28]] to [[DATE:7/31]]). The {{drug:Flexeril}} makes me very sleepy
so I only take at night like she said. The {{drug:naproxen}} helps. Can you put on the letter my supervisor name, [[NAME:Debbie Lawson]], and fax
it to [[PHONE:(520) 555-7042]]? Or email me at [[EMAIL:mari.ochoa.cna@gmail.com]] and I print it.

Also my son [[NAME:Jayden]] needs his school physical, can I make it the same day as mine?
thank you
[[NAME:Maricela]]

---
Staff reply [[DATE:8/4/2025]]: Letter completed and signed by Dr. [[NAME:Isabel Soto]], faxed to your employer and attached here.
[[NAME:Jayden]]'s physical booked with you on [[DATE:8/12]] at 3:20 and 3:40. - [[NAME:Carla Mendoza]], front desk
""", summary="""
On [[DATE:8/1/25]] [[NAME:Maricela Ochoa]] asked for a work letter with a lifting restriction after her back visit with Dr. [[NAME:Soto]], and staff
faxed the signed letter and booked her son's physical with her visit on [[DATE:8/12]].
"""),

    dict(style="telephone_encounter", note="""
TELEPHONE ENCOUNTER - Nurse Triage

Caller: patient. Identity verified with two identifiers.
Reason for call: Rash after starting new antibiotic.

S: Started {{drug:Bactrim DS}} {{dose:1 tab}} BID three days ago for a UTI diagnosed at urgent care. Today has an itchy, red, raised rash on
trunk and arms. Denies lip or tongue swelling, throat tightness, trouble breathing, blistering, peeling, mouth sores, eye pain,
or fever. No prior drug allergies. Urinary symptoms much better.

A: Probable mild drug eruption (urticarial/morbilliform) to sulfamethoxazole-trimethoprim. No red flags for anaphylaxis, SJS/TEN
or DRESS at this time.

P:
- Stop {{drug:Bactrim}} now. Per standing order, switch to {{drug:nitrofurantoin}} {{dose:100 mg}} BID to complete 5 days total therapy
  (CrCl adequate per last BMP).
- {{drug:cetirizine}} {{dose:10 mg}} daily PRN itch; {{drug:Benadryl}} at night if needed.
- Allergy list updated: sulfonamide antibiotics - rash.
- Call back or go to ED for facial/lip swelling, breathing difficulty, blisters, skin peeling, mouth sores or fever.
- Photo of rash requested through the portal for the covering provider to review by end of day.
Patient verbalized understanding and agrees with plan. Call duration 9 minutes.
""", summary="""
A patient called with an itchy rash on day 3 of {{drug:Bactrim DS}} for a UTI and no red flags; the nurse stopped {{drug:Bactrim}}, switched to
{{drug:nitrofurantoin}}, advised {{drug:cetirizine}} and added a sulfonamide allergy.
"""),

    dict(style="specialist_consult", note="""
GASTROENTEROLOGY CONSULTATION
Name: [[NAME:Yusimí Alfonso]]     DOB: [[DATE:23/06/1971]] (per Cuban passport; US records [[DATE:06/23/1971]])     MRN [[MRN:4415882]]
Date: [[DATE:Oct 2, 2024]]     Requesting: Dr. [[NAME:Pedro Luis Echevarría]] (PCP, [[ADDRESS:Little Havana]] office)

Reason: long-standing reflux, screening for {{eponym:Barrett}} esophagus.

HPI: {{age:53}}F, 15+ yrs of heartburn, nightly regurgitation. Self-treats with {{drug:omeprazole}} OTC on and off; worse with cafecito and
late dinners. No dysphagia, odynophagia, weight loss or GI bleeding. Father died of "cancer del esófago" in [[ADDRESS:Matanzas]].
BMI 31.

EGD (today): LA grade B esophagitis; 3 cm salmon-colored mucosa above GEJ ({{score:Prague C2M3}}); small hiatal hernia. Biopsies
per Seattle protocol, path accession [[MRN:S24-20913]]. No nodularity.

Impression: Suspected long-segment {{eponym:Barrett}} esophagus pending histology; erosive esophagitis.
Plan:
- {{drug:omeprazole}} {{dose:40 mg}} BID x8 wks, then daily indefinitely; take 30 min before meals
- weight loss, head-of-bed elevation, no food 3 h before bed
- repeat EGD in 8-12 wks after healing to re-biopsy (esophagitis can obscure dysplasia)
- pathology results by phone; prefers Spanish. Hija [[NAME:Daylín]] helps: [[PHONE:786-555-2047]]
[[NAME:Andrés Castellanos]], MD (GI)
""", summary="""
On [[DATE:Oct 2, 2024]] EGD in [[NAME:Yusimí Alfonso]], {{age:53}}, showed grade B esophagitis and 3 cm of suspected {{eponym:Barrett}} esophagus; she was placed
on {{drug:omeprazole}} {{dose:40 mg}} BID with a repeat EGD planned after healing.
"""),

    dict(style="pcp_followup", note="""
Geriatrics / Primary Care Follow-up
Patient: [[NAME:O'Brien, Margaret]] ("[[NAME:Peggy]]")      Age: [[AGE:91]]      MRN [[MRN:0019374]]      [[DATE:January 16, 2025]]
Accompanied by her aide [[NAME:Rose]], who has been with her 3 years; niece [[NAME:Savannah Kerrigan]] joined by speakerphone.

[[NAME:Peggy]] lives in an assisted living apartment in [[ADDRESS:Quincy]]. Here for BP and falls follow-up. Had a fall in the dining room
before the holidays, no injury. Since stopping {{drug:metoprolol}} her BP rose modestly; she feels steadier. Sleeping well. Enjoys bingo
and her great-grandson's visits. Hearing aids in today.

Meds: {{drug:amlodipine}} {{dose:5 mg}}, {{drug:levothyroxine}} {{dose:50 mcg}}, {{drug:vitamin D}} {{dose:1,000 IU}}, {{drug:Tylenol}} {{dose:650 mg}} BID.
{{vital:BP 148/76}} seated, {{vital:BP 140/74}} standing; {{vital:HR 82}}; {{vital:Wt 52.3 kg}} (stable).
Timed Up and Go 16 s with rollator. {{score:Mini-Cog 4/5}}.

A/P:
1. HTN - for a [[AGE:ninety-one]]-year-old with falls, target SBP <150 is reasonable; no change.
2. Falls - continue PT 2x/wk at facility, hip protectors, night lights. Vision check with Dr. [[NAME:Ferris]] this spring.
3. Osteoporosis (T-score -3.1, 2022) - discussed {{drug:Prolia}}; [[NAME:Peggy]] wants to think about it and talk to [[NAME:Savannah]].
4. Advance directive: DNR/DNI; MOLST on file, reviewed.
Next visit 3 months.
[[NAME:Helen Marsh]], NP
""", summary="""
At her [[DATE:January 16, 2025]] visit, [[NAME:Margaret O'Brien]], [[AGE:91]], was steadier off {{drug:metoprolol}} with acceptable BP; falls prevention continued and
{{drug:Prolia}} for osteoporosis was offered.
"""),

    dict(style="patient_message", note="""
Patient Portal Message
From: [[NAME:Grace Wong]]
To: Dr. [[NAME:Tran-Whitley]]'s office
Date: [[DATE:2025-11-05]]

Hi, I got a bill from the lab for my bloodwork from [[DATE:October 14]] ($412!). My insurance changed on [[DATE:10/1]] and I think the lab has the
old card. New insurance is BlueCross, member ID [[MRN:XJH904417733]], group [[MRN:0082614]]. The bill says there's a 30-day grace period
before it goes to collections so I'd like to fix it soon.

Also - unrelated - is it ok to get my flu shot and the new COVID booster on the same day? I'm on {{drug:Humira}} for my psoriasis.

Thanks so much,
[[NAME:Grace]]
[[PHONE:415-555-2388]]

-- Reply from [[NAME:Tiffany Yu]], billing liaison, [[DATE:11/6/25]]: Updated insurance on file and asked the lab to rebill. You can ignore the
current statement. Forwarded the vaccine question to the nurse.
-- Reply from [[NAME:J. Alvarado]], RN, [[DATE:11/6/25]]: Yes, both on the same day is fine. Inactivated vaccines are safe on {{drug:Humira}};
avoid live vaccines.
""", summary="""
[[NAME:Grace Wong]] wrote on [[DATE:2025-11-05]] about a lab bill billed to her old insurance and asked about same-day flu and COVID vaccines on
{{drug:Humira}}; billing updated her coverage and the nurse said both inactivated vaccines are fine.
"""),

    dict(style="specialist_consult", note="""
RHEUMATOLOGY CONSULT
Patient: [[NAME:de la Cruz, Juan Carlos]]   {{age:58}}M   MRN [[MRN:73302168]]   Visit [[DATE:6/24/2025]]
Referred by Dr. [[NAME:Ortega]] for recurrent podagra.

HPI: Mr. [[NAME:de la Cruz]] has had 5 attacks in the past year - R 1st MTP x3, L ankle, L knee. Each lasts ~1 wk, treated with
{{drug:prednisone}} bursts or {{drug:colchicine}} from urgent care. Drinks 4-6 beers on weekends, lots of soda. On {{drug:HCTZ}} {{dose:25 mg}} for BP.
Works as a line cook. No kidney stones.

Exam: {{vital:BP 148/92}}  {{vital:BMI 34}}. Tophus R olecranon bursa and L 2nd DIP. R 1st MTP mildly swollen, not warm. No active synovitis.
Labs: {{lab:uric acid 9.8}}  {{lab:Cr 1.2}}  {{lab:eGFR 68}}  {{lab:A1c 6.1%}}  {{lab:HLA-B*58:01 negative}}
Imaging: DECT with urate deposition both feet.

Assessment: Tophaceous gout, uncontrolled. Metabolic syndrome.
Plan:
- start {{drug:allopurinol}} {{dose:100 mg}} daily, increase by {{dose:100 mg}} every 2-4 wks to serum urate <6 (likely needs {{dose:300-400 mg}})
- {{drug:colchicine}} {{dose:0.6 mg}} daily prophylaxis x6 months
- switch {{drug:HCTZ}} -> {{drug:losartan}} {{dose:50 mg}} (uricosuric) - will message Dr. [[NAME:Ortega]]
- reduce beer and sugar-sweetened drinks; handout in Spanish
- labs q4 wks during titration
Wife [[NAME:Milagros]] asked about diet; spent 10 min on counseling.
[[NAME:Ayesha Siddiqui]], MD (Rheumatology fellow) / [[NAME:G. Romano]], MD
""", summary="""
[[NAME:Juan Carlos de la Cruz]], {{age:58}}, was seen [[DATE:6/24/2025]] for uncontrolled tophaceous gout ({{lab:uric acid 9.8}}); {{drug:allopurinol}} titration with
{{drug:colchicine}} prophylaxis was started and {{drug:HCTZ}} is to be replaced with {{drug:losartan}}.
"""),

    dict(style="telephone_encounter", note="""
Tel. encounter [[DATE:Sun 4/13/2025]] 08:20 - after-hours line (answering service msg #[[MRN:A-441096]])

[[NAME:Frank Baker]] {{age:68}}M, DOB [[DATE:9/2/56]], cb [[PHONE:614-555-3917]].
Woke up with frank hematuria - "like cranberry juice" - and passed a couple small clots. Mild suprapubic discomfort, no flank pain,
no fever. Voiding OK, not retaining. On {{drug:warfarin}} for mechanical AVR, last {{lab:INR 3.4}} ([[DATE:4/7]]). Started {{drug:Cipro}} from
urgent care 2 days ago for burning - did not tell anticoag clinic ({{drug:ciprofloxacin}} raises INR).
Hx: BPH, ex-smoker 40 pk-yr.

Advice given by on-call (Dr. [[NAME:N. Castillo]]): go to ED now for INR check, CBC, UA and bladder scan; do NOT stop {{drug:warfarin}} on own
given mechanical valve - ED to decide on holding/reversal. Will need outpatient urology/cystoscopy for gross hematuria
(smoking history) even if INR high. Wife [[NAME:Barbara]] driving him to the ED.
Message forwarded to PCP Dr. [[NAME:Whitcomb]] and anticoag clinic pharmacist [[NAME:Leah Dunn]], PharmD.
""", summary="""
On [[DATE:4/13/2025]] [[NAME:Frank Baker]], {{age:68}}, on {{drug:warfarin}} for a mechanical aortic valve, called with gross hematuria after starting {{drug:Cipro}};
the on-call physician sent him to the ED for an INR check and planned outpatient cystoscopy.
"""),

    dict(style="specialist_consult", note="""
Nephrology Consultation (outpatient)

RE: [[NAME:Rohit Malhotra]]     DOB [[DATE:March 8, 1987]]     MRN [[MRN:38800517]]
Date: [[DATE:8th of September 2025]]
Dear Dr. [[NAME:Brennan]],

Thank you for asking me to see Mr. [[NAME:Malhotra]], a {{age:38}}-year-old software engineer with microscopic hematuria and proteinuria found
at a life insurance exam. He recalls two episodes of cola-colored urine in his twenties, each a day or two after a sore throat. No
NSAID use, no family history of kidney disease except an uncle on dialysis in [[ADDRESS:Ludhiana]] (cause unknown).

Exam: {{vital:BP 144/94}}, no edema. Urine sediment: dysmorphic RBCs and a few RBC casts.
Labs: {{lab:Cr 1.3}}, {{lab:eGFR 70}}, {{lab:UPCR 1.4 g/g}}, {{lab:C3 112}}, {{lab:C4 28}}, ANA/ANCA/anti-GBM negative, {{lab:IgA 410}}.
Kidney biopsy ([[DATE:08/28/25]], accession [[MRN:RB25-0337]]): IgA nephropathy ({{eponym:Berger disease}}), {{score:MEST-C M1 E0 S1 T0 C0}}.

Impression/plan:
1. IgA nephropathy with proteinuria >1 g/day and HTN - {{drug:lisinopril}} titrated to {{dose:40 mg}}, then add {{drug:Farxiga}} {{dose:10 mg}}.
2. If UPCR remains >0.75 after 3 months of optimized supportive care, consider {{drug:sparsentan}} or targeted-release {{drug:budesonide}} ({{drug:Tarpeyo}}).
3. Home BP goal <120/80; low-sodium diet.
I will see him again in 6 weeks. His wife [[NAME:Sneha]] joined by video.

Sincerely,
[[NAME:Terrence Harris-Grant]], MD, Nephrology     fax [[PHONE:(503) 555-0611]]
cc: [[NAME:Ciaran Brennan]], MD
""", summary="""
[[NAME:Rohit Malhotra]], {{age:38}}, has biopsy-proven IgA nephropathy ({{eponym:Berger disease}}) with {{lab:UPCR 1.4 g/g}} and hypertension; the
[[DATE:8th of September 2025]] consult maximized {{drug:lisinopril}}, added {{drug:Farxiga}} and noted {{drug:sparsentan}} or {{drug:Tarpeyo}} as later options.
"""),

    dict(style="patient_message", note="""
Message from patient (portal)
Subject: Ozempic dose question

Hello,

I've been on {{drug:Ozempic}} {{dose:0.5 mg}} weekly for 6 weeks. The pharmacy says the {{dose:0.5 mg}} pens are on backorder and they can only
fill the {{dose:1 mg}} pen. Can I just use the {{dose:1 mg}} pen and count clicks to get half? Or should I go up to {{dose:1 mg}}? I've lost
about 9 lbs and the nausea is mostly gone, only on the day after the shot. My sugars in the morning are 120-140 now.

Also I read that {{drug:Mounjaro}} might be covered instead - is that better? My next shot is due on Sunday and I only have one dose left.

Thank you.

---
Reply from care team:
Thanks for the update - that's great progress. Please don't count clicks on the {{dose:1 mg}} pen; dosing that way isn't reliable.
Since you're tolerating {{dose:0.5 mg}} well, it's reasonable to increase to {{dose:1 mg}} weekly now. A new prescription for the {{dose:1 mg}}
pen was sent. If nausea returns, message us. We can revisit {{drug:Mounjaro}} at your next visit once we check your A1c.
""", summary="""
A patient on {{drug:Ozempic}} {{dose:0.5 mg}} asked what to do when only {{dose:1 mg}} pens were available; the care team advised against counting
clicks and increased the dose to {{dose:1 mg}} weekly.
"""),

    dict(style="pcp_followup", note="""
pcp f/u - [[DATE:12/9]] - [[NAME:fyodor ivanov]] {{age:64}}m, mrn [[MRN:5530719]]
w/ wife [[NAME:galina]] who translates

copd gold 2, htn, etoh hx (quit 2023). here for cough f/u after cxr. coughing less, sputum clear, no fever. still smoking 1/2 ppd - "trying."
ran out of {{drug:spiriva}} 2 wks ago, cost. {{drug:albuterol}} 3-4x/d.
{{vital:bp 152/88}} {{vital:hr 84}} {{vital:spo2 93%}} ra. lungs: scattered exp wheeze, no crackles.
cxr [[DATE:12/2]]: hyperinflation, no consolidation, no mass. ldct screening due - last 11/2023 lung-rads 2.

a/p
- copd, not controlled off maintenance -> {{drug:Anoro}} sample + pt assistance forms; inhaler technique reviewed, wife to watch
- tobacco: {{drug:varenicline}} {{dose:0.5 mg}} daily x3d then bid, quit date [[DATE:jan 1]]
- htn: {{drug:amlodipine}} {{dose:5 mg}} -> {{dose:10 mg}}
- ldct ordered; flu shot today
- spoke w/ [[NAME:galina]] re: dr. [[NAME:petrosyan]] (pulm) referral if not better
f/u 6 wk
-- [[NAME:AMR]]
""", summary="""
[[NAME:Fyodor Ivanov]], {{age:64}}, with COPD seen [[DATE:12/9]], was off {{drug:Spiriva}} because of cost and still smoking; he was given {{drug:Anoro}}, started
{{drug:varenicline}} with a quit date of [[DATE:jan 1]], and had {{drug:amlodipine}} increased.
"""),

    dict(style="specialist_consult", note="""
PULMONARY CONSULTATION

Patient: [[NAME:Latoya Jefferson]]    Age: {{age:34}}    MRN: [[MRN:91405562]]    Date: [[DATE:Tue, 21 Jan 2025]]
Referred by: [[NAME:Brianna Sutton]], PA-C (urgent care) for abnormal CXR

History: Ms. [[NAME:Jefferson]] developed painful red nodules on both shins, fever and swollen ankles 3 weeks ago; CXR at urgent care showed
bilateral hilar adenopathy. Mild dry cough, no dyspnea. Teaches 3rd grade. Never smoked. No TB exposure, no birds, no travel.
Her mom, [[NAME:Gloria]], had "lung sarcoid" diagnosed in her forties.

Exam: {{vital:SpO2 99%}} RA, {{vital:HR 80}}, {{vital:T 37.9}}. Tender erythematous nodules anterior shins (erythema nodosum). Periarticular ankle
swelling bilaterally. Lungs clear. No lymphadenopathy peripherally. No uveitis symptoms.
Labs: {{lab:ACE 88}}, {{lab:Ca 9.6}}, {{lab:ESR 54}}, QuantiFERON negative. PFTs: FVC 92%, DLCO 86%.
CT chest: symmetric bilateral hilar and mediastinal adenopathy, subtle perilymphatic nodules.

Impression: {{eponym:Löfgren syndrome}} (acute sarcoidosis) - classic triad, high diagnostic certainty; biopsy not needed.
Plan: {{drug:naproxen}} {{dose:500 mg}} BID with food x4-6 wks; no steroids unless refractory. Baseline ophthalmology exam, ECG (done - NSR,
no block), 24-h urine calcium. Expect spontaneous remission in most cases; CXR in 3 months.

[[NAME:Viktor Petrenko]], MD - Pulmonary & Critical Care
""", summary="""
[[NAME:Latoya Jefferson]], {{age:34}}, seen [[DATE:21 Jan 2025]] with erythema nodosum, ankle periarthritis and bilateral hilar adenopathy, was diagnosed with
{{eponym:Löfgren syndrome}} and treated with {{drug:naproxen}} without biopsy.
"""),

    dict(style="telephone_encounter", note="""
TELEPHONE ENCOUNTER - Home Health Coordination

Call from: [[NAME:Héctor Figueroa]] (son) re: [[NAME:FIGUEROA-SANTIAGO, NILDA]]     DOB [[DATE:05/19/1940]]     MRN [[MRN:2217740]]
Caller identity verified: pt DOB + last 4 SSN ([[SSN:8823]]). Son is listed HCP.
Phone: [[PHONE:(860) 555-4412]]

Mrs. [[NAME:Figueroa-Santiago]] is home after her CHF admission; VNA nurse has not come yet and the start-of-care paperwork is missing the
face-to-face note. Son asked to get the orders re-sent. Also asks whether mom should weigh daily - yes, same scale, after voiding,
call if up >2 lb in a day or 5 lb in a week.

Action:
- Face-to-face encounter note and home health orders re-faxed to VNA intake, fax [[PHONE:860-555-9930]], attn [[NAME:Brenda]].
- Medicare MBI [[MRN:7QX2-MN4-AR61]] confirmed on referral.
- Called VNA: start of care scheduled [[DATE:Wednesday the 18th]], nurse [[NAME:Iris Quiñones]], RN.
- Reminded son: {{drug:furosemide}} {{dose:40 mg}} AM, {{drug:Entresto}} {{dose:49/51 mg}} BID, low-salt diet; appt with Dr. [[NAME:Acevedo]] [[DATE:6/24]].
Mom lives with him in [[ADDRESS:New Britain]], 2nd floor apt on [[ADDRESS:Oak St]].
-- [[NAME:R. Salas]], LPN
""", summary="""
[[NAME:Héctor Figueroa]] called about his mother [[NAME:Nilda Figueroa-Santiago]], whose home health start was delayed by missing paperwork; orders were
re-faxed, the VNA start of care was set for [[DATE:the 18th]], and daily-weight rules were reviewed.
"""),

    dict(style="specialist_consult", note="""
DERMATOLOGY CONSULTATION

[[NAME:Ferraro, Giulia M]]    {{age:61}} F    MRN [[MRN:6053318]]    [[DATE:04-15-2025]]
Referred by Dr. [[NAME:Hale]] for a non-healing lesion on the nose.

History: 8-month history of a pearly bump on the left nasal ala that bleeds when she washes her face. Fair skin ({{score:Fitzpatrick II}}),
grew up summers at the beach in [[ADDRESS:Wildwood]], many sunburns. Prior BCC on the back excised 2017. Takes {{drug:Plavix}} after a stent.

Exam: 7 mm pearly, telangiectatic papule with central ulceration, L nasal ala. Scattered actinic keratoses on forehead and
dorsal hands. No palpable lymph nodes. Full skin exam otherwise unremarkable.

Procedure: Shave biopsy L nasal ala after consent; {{drug:lidocaine with epinephrine}} {{dose:1 mL}}; hemostasis with aluminum chloride.
Accession [[MRN:DP25-041877]].

Assessment: Probable nodular basal cell carcinoma, high-risk location (H-zone).
Plan: If BCC confirmed -> {{eponym:Mohs}} micrographic surgery with Dr. [[NAME:Nadia Orlov]]; continue {{drug:Plavix}} (do not hold). AKs -
cryotherapy x9 today. Sun protection, SPF 50, hat. Full skin exam yearly.
[[NAME:Marco Gentile]], MD, FAAD
""", summary="""
[[NAME:Giulia Ferraro]], {{age:61}}, had a shave biopsy on [[DATE:04-15-2025]] of a probable nodular basal cell carcinoma of the left nasal ala and
will be referred to Dr. [[NAME:Orlov]] for {{eponym:Mohs}} surgery if confirmed, without holding {{drug:Plavix}}.
"""),

    dict(style="patient_message", note="""
Portal message  |  [[DATE:06/02/2025]]  |  From: [[NAME:Ksenia Orlova]]
Subject: Letter for travel with medications

Dear Dr. [[NAME:Whitfield-Jones]],

I am flying to [[ADDRESS:St. Petersburg]] on [[DATE:June 20]] to visit my mother for one month. I need a letter in English saying I carry
{{drug:Humalog}} and {{drug:Tresiba}} pens, needles and a {{drug:Dexcom}} sensor, because last time at the airport in [[ADDRESS:Istanbul]] they
asked many questions. Could you also write my diagnosis (type 1 diabetes since childhood)?

Also I need 90-day supply of everything before I go. My pharmacy is the CVS on [[ADDRESS:Ocean Pkwy]].

Thank you very much,
[[NAME:Ksenia]] / [[NAME:Ксения Орлова]]
mobile [[PHONE:+1 718 555 0342]], in Russia [[PHONE:+7 921 555-18-07]]

---
[[DATE:06/03/2025]] - Travel letter signed by Dr. [[NAME:Whitfield-Jones]] and uploaded to your documents. 90-day Rx sent for {{drug:Humalog}},
{{drug:Tresiba}} {{dose:22 units}} daily, pen needles and {{drug:Dexcom G7}} sensors; insurance vacation override requested. Safe travels!
- [[NAME:Sophia Russo]], CMA
""", summary="""
[[NAME:Ksenia Orlova]] asked on [[DATE:06/02/2025]] for a travel letter and 90-day supplies of {{drug:Humalog}}, {{drug:Tresiba}} and {{drug:Dexcom}} before a trip to
[[ADDRESS:St. Petersburg]]; the letter was signed and prescriptions sent the next day.
"""),

    dict(style="pcp_followup", note="""
ANNUAL VISIT / CHRONIC CARE - Family Medicine
[[NAME:SANDOVAL, GUILLERMO]] ("[[NAME:Memo]]")     DOB [[DATE:1/15/1966]]     MRN [[MRN:4090352]]     Visit [[DATE:2025-02-27]]

[[NAME:Memo]] feels well. Works construction in [[ADDRESS:Cicero]]; says knees ache by end of day. Gave up regular soda, walks the dog with his
daughter [[NAME:Valeria]]. Wants to "get everything caught up" before his new insurance starts.

{{vital:BP 128/78}}  {{vital:HR 66}}  {{vital:BMI 29.8}}  {{lab:A1c 6.4%}}  {{lab:LDL 102}}  {{lab:eGFR 91}}
Knees: crepitus bilateral, no effusion, {{eponym:McMurray}} negative, {{eponym:Lachman}} stable.

HEALTH MAINTENANCE
| Item                      | Last done                 | Status / plan            |
| Colon cancer screening    | FIT neg [[DATE:3/2/2024]]          | FIT kit given today      |
| Lipid panel               | [[DATE:02/20/2025]]                | done                     |
| Tdap                      | Aug 2016                  | due 2026                 |
| {{drug:Shingrix}}                  | #1 [[DATE:10/5/2024]]              | #2 today                 |
| Hep C screen              | 2019, negative            | complete                 |
| AAA screen                | n/a (age {{age:59}}, ex-smoker)     | at {{age:65}}                    |
| Low-dose CT lung          | 20 pk-yr, quit 2010       | not eligible (>15 yr)    |

A/P: prediabetes - lifestyle, recheck 1 yr; knee OA - PT, {{drug:diclofenac gel}} {{dose:4 g}} QID, avoid daily oral NSAIDs.
{{drug:Lipitor}} not indicated yet ({{score:ASCVD 6.1%}}).
[[NAME:Teresa Villanueva]], MD
""", summary="""
At his [[DATE:2025-02-27]] annual visit, [[NAME:Guillermo Sandoval]], {{age:59}}, had prediabetes ({{lab:A1c 6.4%}}) and knee osteoarthritis; his second {{drug:Shingrix}}
dose was given, a FIT kit handed out, and topical {{drug:diclofenac gel}} started.
"""),
]
