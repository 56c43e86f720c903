NOTES = [
    dict(style="ed_provider_note", note="""
EMERGENCY DEPARTMENT PROVIDER NOTE
Patient: [[NAME:VOLKOV, DMITRI A]]    MRN: [[MRN:40291877]]    CSN: [[MRN:7712094436]]
Date of service: [[DATE:11/02/2024]]    Arrival 02:14 via EMS

HPI: {{age:67}}M w/ CAD s/p CABG (2016), HFrEF (EF {{lab:30%}} on TTE Aug 2024), paroxysmal AF on {{drug:Eliquis}} {{dose:5 mg}} BID,
presenting w/ 3 days worsening DOE and orthopnea, now sleeping in his recliner. Wife [[NAME:Svetlana]] reports he "ran out of the
water pill" around [[DATE:10/28]] and never refilled it. Up ~4 kg on home scale. Denies CP, syncope, fever.
Russian-speaking; son [[NAME:Alexei]] interpreted at bedside at pt's request (declined phone interpreter).
[[NAME:Svetlana]] brought a written med list, reviewed and reconciled.

Exam: {{vital:BP 158/94}}  {{vital:HR 112}} irreg  {{vital:RR 24}}  {{vital:SpO2 88%}} RA -> {{vital:95%}} on 4L NC, afebrile
JVP to angle of jaw, crackles to mid-lung fields bilat, 2+ pitting edema to knees. Irregularly irregular, no murmur.
Labs: {{lab:BNP 2,340}}, {{lab:trop 0.04}} (flat x2), {{lab:Na 131}}, {{lab:K 3.4}}, {{lab:Cr 1.6}} (baseline 1.2)
CXR: vascular congestion, small bilat effusions.  ECG: AF w/ RVR 118, no acute ST changes.

MDM / Plan:
- Acute on chronic HFrEF exacerbation 2/2 med nonadherence
- {{drug:Lasix}} {{dose:80 mg}} IV x1 now, strict I/O; {{eponym:Foley}} not placed, pt voiding
- rate control {{drug:metoprolol}} {{dose:5 mg}} IV then PO; continue {{drug:Eliquis}}
- replete K; admit tele, hospitalist Dr. [[NAME:Okonjo]] accepted at 04:05
Discussed w/ pt, wife and son at bedside; questions answered.

[[NAME:Megan Foster]], MD   Emergency Medicine   pgr [[PHONE:6-2281]]
""", summary="""
[[NAME:Dmitri Volkov]], {{age:67}}, presented on [[DATE:11/02/2024]] with decompensated heart failure after running out of his
diuretic and was admitted to telemetry for IV {{drug:Lasix}} and rate control of AF.
"""),

    dict(style="ward_progress_note", note="""
HOSPITAL MEDICINE PROGRESS NOTE - HD #3
[[NAME:Carmen Rivera-Colón]] | MRN [[MRN:5538120]] | 6W-614
[[DATE:Tues 3/18/25]]

S: "Feels less tight." Slept ok. Pain {{score:4/10}} (was {{score:8/10}} on admit). Eating. Her sister [[NAME:Nilda]] is in from
[[ADDRESS:Bayamón]] and will stay through the weekend.

O: {{vital:T 37.4}}  {{vital:HR 88}}  {{vital:BP 132/76}}  {{vital:RR 16}}  {{vital:SpO2 97%}} RA
L lower leg: erythema receding inside pen border (marked [[DATE:3/16]]), less warmth, no fluctuance/crepitus. DP 2+.
{{lab:WBC 11.2}} (from 16.8), {{lab:Cr 0.9}}, fasting {{lab:glucose 212}}, {{lab:A1c 9.4%}}
BCx [[DATE:3/15]] NGTD at 72h.

A/P: {{age:58}}F w/ T2DM, obesity, L LE nonpurulent cellulitis - improving.
1. Cellulitis - day 4 {{drug:cefazolin}} {{dose:2 g}} IV q8h; switch to {{drug:Keflex}} {{dose:500 mg}} QID tomorrow if afebrile, 7 days total
2. T2DM uncontrolled - {{drug:Lantus}} up to {{dose:24 units}} qHS + SSI. Diabetes educator [[NAME:Kayla Simmons]] to see today.
   Needs PCP f/u with Dr. [[NAME:Alvarez]] within 2 wks.
3. Tinea pedis (likely portal of entry) - {{drug:clotrimazole}} cream BID
Dispo: home [[DATE:Thursday 3/20]] with sister if afebrile.

[[NAME:R. Patel]], MD (PGY-2)  pgr [[PHONE:917-555-0184]]
Seen and examined with resident, agree with above. -- [[NAME:A. Whitfield]], MD
""", summary="""
[[NAME:Carmen Rivera-Colón]] ({{age:58}}) is improving on IV {{drug:cefazolin}} for left leg cellulitis with poorly controlled
diabetes; plan is oral {{drug:Keflex}}, higher {{drug:Lantus}}, and discharge home on [[DATE:3/20]].
"""),

    dict(style="discharge_summary", note="""
DISCHARGE SUMMARY
Patient Name: [[NAME:TANAKA, HIROSHI]]
MRN: [[MRN:00817734]]     FIN: [[MRN:F24-3390127]]
DOB: [[DATE:02/11/1933]]   Age: [[AGE:91]]
Admitted: [[DATE:2024-09-04]]   Discharged: [[DATE:2024-09-11]]
Attending: [[NAME:Katherine Brooks]], MD      PCP: [[NAME:Emily Sato]], MD

Diagnoses: R intertrochanteric femur fx s/p IM nail [[DATE:9/5]]; post-op delirium (resolved); urinary retention; anemia of blood loss.

Hospital Course:
Mr. [[NAME:Tanaka]] is a [[AGE:91]]-year-old man who lives with his daughter in [[ADDRESS:Gardena]] and had a mechanical fall
reaching for a rice cooker. Ortho (Dr. [[NAME:Nakamura]]) performed IMN on HD 2 without complication. POD 1-3 he had
hypoactive delirium ({{score:CAM positive}}), managed nonpharmacologically; {{drug:Haldol}} {{dose:0.25 mg}} given once. Clear by POD 4.
{{eponym:Foley}} removed POD 2, failed voiding trial (PVR {{lab:640 mL}}), replaced and {{drug:tamsulosin}} started; passed
repeat trial on [[DATE:9/10]]. Hgb nadir {{lab:Hgb 7.6}}, 1 unit PRBC, discharge {{lab:Hgb 9.2}}.

Discharge Meds: {{drug:Lovenox}} {{dose:40 mg}} SC daily x 28 days; {{drug:Tylenol}} {{dose:650 mg}} q6h; {{drug:oxycodone}} {{dose:2.5 mg}} q6h prn;
{{drug:tamsulosin}} {{dose:0.4 mg}} qHS; {{drug:Senna}} / {{drug:Miralax}}; home {{drug:amlodipine}} {{dose:5 mg}} unchanged.
Disposition: Harbor View Skilled Nursing, PT/OT, WBAT RLE.
Follow-up: Ortho clinic [[DATE:9/25]] for staple removal; PCP in 2-3 wks.
HCP: daughter [[NAME:Yuki Tanaka-Morris]] [[PHONE:(310) 555-0147]]

Dictated by [[NAME:K. Brooks]], MD
""", summary="""
[[AGE:91]]-year-old [[NAME:Hiroshi Tanaka]] had a right hip fracture nailed on [[DATE:9/5]], with post-op delirium and urinary
retention that resolved, and went to skilled nursing on [[DATE:2024-09-11]] on {{drug:Lovenox}} prophylaxis.
"""),

    dict(style="admission_hp", note="""
MICU ADMISSION H&P
Name: [[NAME:Chukwuemeka Okonkwo]] ("[[NAME:Emeka]]")    Age: {{age:24}}    MRN: [[MRN:61200458]]
Admit date: [[DATE:January 6, 2025]]    Insurance: Medicaid ID [[MRN:KT48219Q]]

CC: vomiting, abd pain x 1 day

HPI: 24M with T1DM since age {{age:11}} on insulin pump, site failed 2 days ago and he had no backup supplies after his
coverage lapsed in December. Tried to "stretch" a vial of {{drug:Humalog}} with SC injections, then stopped eating. Roommate
found him lethargic this AM and called 911. In ED: {{lab:glucose 612}}, {{lab:pH 7.08}}, {{lab:HCO3 6}}, {{lab:AG 28}},
{{lab:BHB >8}}, {{lab:K 5.6}}. Insulin gtt started, 3 L NS given.

PMH: T1DM (2 prior DKA admits), no other.  Meds: {{drug:Humalog}} via pump.  NKDA.
Social: PhD student (chem eng). Lives at [[ADDRESS:2210 Grand Concourse, Apt 5F, Bronx, NY 10457]]. No tobacco, rare EtOH.
Parents in [[ADDRESS:Enugu]]. Brother [[NAME:Obinna Okonkwo]] in [[ADDRESS:Houston]], [[PHONE:+1 713 555 0199]], is emergency contact.

Exam: {{vital:T 36.6}} {{vital:HR 124}} {{vital:BP 104/58}} {{vital:RR 30}} {{vital:SpO2 99%}}
{{score:GCS 14}} (E4V4M6), drowsy but answers. {{eponym:Kussmaul}} respirations, fruity breath. Dry MM. Abd diffusely tender, no rebound.

A/P: Severe DKA precipitated by insulin interruption / access barrier.
- insulin gtt per protocol, D5 when BG < 250, K repletion when < 5.0, BMP q2h, BHB q4h
- transition to basal-bolus ({{drug:Lantus}} + {{drug:Humalog}}) once AG closed
- endocrine and SW consults: Medicaid recertification, pump supplies before d/c
[[NAME:Emeka]] agrees with plan; asked us to call [[NAME:Obinna]].

[[NAME:Danielle Harris]], MD  MICU resident
""", summary="""
[[NAME:Chukwuemeka Okonkwo]], a {{age:24}}-year-old with type 1 diabetes, was admitted to the MICU on [[DATE:January 6, 2025]]
in severe DKA after his insulin pump failed and his coverage lapsed; he is on an insulin drip with endocrine and social work consults.
"""),

    dict(style="consult_neurology", note="""
NEUROLOGY CONSULT
Requesting: Dr. [[NAME:Hannah Goldberg]] (Hospital Medicine)
Reason: falls, worse tremor, ?medication effect
Pt: [[NAME:Giuseppe Russo]]   {{age:78}} M   MRN [[MRN:3309142]]

Mr. [[NAME:Russo]] is a retired tile setter with {{eponym:Parkinson disease}} dx ~2017 on {{drug:Sinemet}} {{dose:25/100}} 1 tab TID,
admitted [[DATE:5 Feb 2025]] after a fall at home. Wife [[NAME:Antonella]] reports 3 falls since the holidays and new nighttime
hallucinations ("sees children in the hallway") since {{drug:amantadine}} was added by his outside neurologist Dr. [[NAME:Ferraro]] in Dec.
Also started {{drug:tamsulosin}} by urology last month.

Exam: {{score:MoCA 21/30}}. Hypophonic, masked facies. Rest tremor R>L, cogwheel rigidity bilat, bradykinesia.
Strength {{score:5/5}} throughout. DTRs 2+ symmetric, toes downgoing bilat (no {{eponym:Babinski}}).
{{eponym:Romberg}} not tested - retropulsion on pull test, needs 3 steps.
Orthostatics: {{vital:BP 142/80}} supine -> {{vital:BP 104/66}} standing, lightheaded.

Impression: PD w/ motor fluctuations; amantadine-associated visual hallucinations; orthostatic hypotension contributing to falls.
Recs:
1. Stop {{drug:amantadine}}
2. {{drug:Sinemet}} {{dose:25/100}} 1.5 tabs at 7a/11a/3p/7p. Avoid {{drug:Haldol}}, {{drug:Reglan}}, {{drug:Compazine}}.
3. Stop {{drug:tamsulosin}}; compression stockings; {{drug:midodrine}} if still orthostatic
4. PT/OT; not a DBS candidate now
5. f/u movement disorders clinic, Dr. [[NAME:Levine]], 4-6 wks

Discussed with Dr. [[NAME:Goldberg]].  -- [[NAME:Priyanka Shah]], MD, Neurology fellow
""", summary="""
Neurology saw [[NAME:Giuseppe Russo]], {{age:78}}, with {{eponym:Parkinson disease}} and falls; they attributed hallucinations to
{{drug:amantadine}} and falls partly to orthostasis, and recommended stopping {{drug:amantadine}} and {{drug:tamsulosin}} and
adjusting {{drug:Sinemet}}.
"""),

    dict(style="icu_progress_note", note="""
MICU PROGRESS NOTE
Hospital day 5 / ventilator day 4

Overnight: self-extubation attempt ~0300, soft restraints per protocol, {{drug:propofol}} increased. Spiked {{vital:T 38.6}} at 0500, pan-cultured.

Vent: AC {{vital:VT 420}} / {{vital:RR 18}} / {{vital:PEEP 8}} / {{vital:FiO2 40%}}, ABG {{lab:7.38/41/88}}
Hemodynamics: {{vital:MAP 66}} on {{drug:Levophed}} {{dose:0.06 mcg/kg/min}} (down from 0.12)
Neuro: {{score:RASS -2}} on {{drug:propofol}} {{dose:30 mcg/kg/min}} + {{drug:fentanyl}} {{dose:50 mcg/h}}; {{score:GCS 10T}}; CAM-ICU positive yesterday
Renal: UOP {{lab:0.6 mL/kg/h}}, {{lab:Cr 1.9}} (peak 2.4)
ID: CAP w/ {{score:CURB-65 3}} on admission. Resp cx {{eponym:Gram}} stain GPC in clusters; MRSA nares positive.
Lines: R IJ CVC day 5, L radial A-line, {{eponym:Foley}} day 5.

Assessment/Plan:
- Severe CAP w/ septic shock, improving. Continue {{drug:vancomycin}} (trough goal 15-20) + {{drug:Zosyn}} {{dose:4.5 g}} q6h ext infusion.
- Wean {{drug:Levophed}} to MAP > 65.
- SAT/SBT this AM if FiO2 <= 40%. Switch {{drug:propofol}} to {{drug:Precedex}} for agitation/delirium.
- {{eponym:Foley}} - remove today if off pressors, bladder scan q6h.
- DVT ppx {{drug:heparin}} {{dose:5000 units}} SC q8h; PPI while intubated.
- Family updated by phone at 1015.
""", summary="""
An intubated patient with severe community-acquired pneumonia and septic shock is improving on {{drug:vancomycin}} and
{{drug:Zosyn}}, with {{drug:Levophed}} being weaned, a breathing trial planned, and {{eponym:Foley}} removal if off pressors.
"""),

    dict(style="ed_triage", note="""
ED TRIAGE NOTE
Arrived 17:42 ambulatory w/ husband. Preferred language Amharic - video interpreter [[NAME:Meseret]] (ID [[MRN:40117]]).
Pt: [[NAME:HAILE, TIGIST]]   DOB [[DATE:04.09.1991]]   MRN [[MRN:70384261]]
CC: "bleeding, 9 weeks pregnant"
{{age:33}}F G3P2, LMP approx [[DATE:12/30/24]]. Vaginal bleeding w/ clots since 0600, soaking 2 pads/hr x 3 hrs. Cramping,
pain {{score:6/10}} lower abd. Lightheaded on standing. No US yet this pregnancy. Unsure of blood type.
{{vital:BP 98/60}}  {{vital:HR 118}}  {{vital:T 36.9}}  {{vital:RR 18}}  {{vital:SpO2 99%}}  shock index > 1
Allergies: PCN (rash).  Meds: prenatal vitamin.
{{score:ESI 2}} - to Rm 14, OB paged, 2 large bore IVs, type & screen, quant hCG, CBC.
Husband [[NAME:Yonas Tesfaye]] at bedside, phone [[PHONE:(612) 555-0176]].
Triage RN: [[NAME:J. McCarthy]], RN
""", summary="""
[[NAME:Tigist Haile]], {{age:33}}, about 9 weeks pregnant, arrived with heavy vaginal bleeding, tachycardia and soft blood
pressure and was triaged {{score:ESI 2}} with OB paged; an Amharic interpreter was used.
"""),

    dict(style="consult_cardiology", note="""
CARDIOLOGY CONSULTATION
Pt: [[NAME:Marcus Washington]]   {{age:49}} M   MRN [[MRN:7001285]]   Enc [[MRN:55120984]]
Date: [[DATE:06/14/2025]]
Requesting: ED - Dr. [[NAME:Tyler Green]]
Reason: NSTEMI

HPI: Mr. [[NAME:Washington]] developed substernal pressure radiating to L jaw while mowing the lawn ~1300, 40 min, relieved
partly with rest. HTN (poorly adherent), 1 ppd smoker x 30 yr. Father had MI at {{age:52}}. No prior cath.
Meds: {{drug:lisinopril}} {{dose:20 mg}} (takes "most days").

Exam: {{vital:BP 168/98}}  {{vital:HR 84}}  {{vital:SpO2 98%}}. No JVD. Lungs clear. RRR, {{score:2/6}} SEM at RUSB, no rub. No edema.
ECG: 1-2 mm ST depression V4-V6, TWI I/aVL.
Trop I {{lab:0.08}} -> {{lab:1.92}} ng/mL.  {{lab:LDL 171}}, {{lab:A1c 6.1%}}.
Bedside echo: EF ~{{lab:50%}}, inferolateral hypokinesis.
{{score:HEART score 7}}, {{score:TIMI 4}}

A/P: NSTEMI, high risk features.
- {{drug:aspirin}} {{dose:81 mg}}, {{drug:Brilinta}} {{dose:180 mg}} load then {{dose:90 mg}} BID, {{drug:heparin}} gtt per ACS nomogram
- {{drug:Lipitor}} {{dose:80 mg}}, {{drug:metoprolol tartrate}} {{dose:25 mg}} BID
- LHC in AM with Dr. [[NAME:Anjali Raghavan]]; NPO after midnight
- smoking cessation counseling done, pt receptive; {{drug:nicotine}} patch {{dose:21 mg}}

Thank you for this consult.
[[NAME:Robert O'Neill]], MD, FACC    cell [[PHONE:(404) 555-0139]]
cc: [[NAME:Jasmine Carter]], NP (PCP)
""", summary="""
Cardiology diagnosed a high-risk NSTEMI in {{age:49}}-year-old [[NAME:Marcus Washington]] on [[DATE:06/14/2025]], started dual
antiplatelet therapy with {{drug:Brilinta}} and {{drug:heparin}}, and scheduled catheterization with Dr. [[NAME:Raghavan]].
"""),

    dict(style="discharge_summary_dictated", note="""
DICTATED DISCHARGE SUMMARY (transcribed, not yet signed)
this is doctor [[NAME:kevin o'brien]] dictating a discharge summary on [[NAME:jean-robert baptiste]] last name [[NAME:baptiste]]
[[NAME:b-a-p-t-i-s-t-e]] medical record number [[MRN:4420917]] date of admission [[DATE:october ninth twenty twenty four]]
date of discharge [[DATE:october the fourteenth]] period
mr [[NAME:baptiste]] is a {{age:71}} year old haitian creole speaking man with hypertension and ckd stage three who came in with
blood pressure of {{vital:two ten over one eighteen}} and new left sided weakness and a left facial droop, nihss was
{{score:three}} on arrival, outside the window for {{drug:tpa}}. mri showed a small right thalamic lacunar infarct. he was started
on {{drug:aspirin}} and {{drug:plavix}} for twenty one days then {{drug:plavix}} alone, {{drug:atorvastatin}} {{dose:eighty milligrams}}, and
his {{drug:amlodipine}} was increased to {{dose:ten milligrams}} with {{drug:losartan}} added. creatinine stayed at baseline around {{lab:one point eight}}.
weakness improved to four plus out of five by discharge new paragraph
a creole interpreter was used for all discussions and his wife [[NAME:marie-ange]] was at the bedside every day. he goes home
to [[ADDRESS:north miami]] with home pt and ot. follow up with doctor [[NAME:desir]] in stroke clinic in two weeks and his
primary doctor [[NAME:ashley martinez]] in one week for blood pressure check period end of dictation
Job #[[MRN:883104]]  D: [[DATE:10/14/2024]] 16:02  T: [[DATE:10/15/2024]] 07:48  [[NAME:mlk]]
""", summary="""
[[NAME:Jean-Robert Baptiste]], {{age:71}}, was admitted [[DATE:10/09/2024]] with a small right thalamic lacunar stroke and
severe hypertension and went home on [[DATE:10/14/2024]] on {{drug:aspirin}} and {{drug:plavix}}, high-dose statin and more
blood pressure medicine.
"""),

    dict(style="consult_gi", note="""
GI CONSULT NOTE     [[DATE:12-Mar-2025]]
Pt: [[NAME:Nguyễn Thị Lan]]   {{age:63}}F   MRN [[MRN:2287105]]
Ref: Dr. [[NAME:Brittany Lewis]], hospitalist      Q: melena in pt w/ cirrhosis

HPI: Chronic HBV (presumed vertical), cirrhosis, {{score:Child-Pugh B (8)}}, {{score:MELD-Na 17}}. 2 days black stools, lightheaded,
{{lab:Hgb 6.9}} (baseline ~10). Was on {{drug:entecavir}} {{dose:0.5 mg}} but lost to f/u after moving from [[ADDRESS:Garden Grove]] last
year. Last EGD 2022 (outside): small varices, no banding, no {{eponym:Barrett}} esophagus. Takes {{drug:ibuprofen}} for knee pain.
Hx via son [[NAME:Tuấn]] at pt's preference (Vietnamese); offered professional interpreter, declined.

Exam: {{vital:HR 104}} {{vital:BP 102/64}}. Scleral icterus, spider angiomata on chest, mild ascites. No asterixis.
Labs: {{lab:plt 68}}, {{lab:INR 1.6}}, {{lab:T bili 2.9}}, {{lab:alb 2.8}}, {{lab:BUN 48}}, {{lab:Cr 0.8}}

Recs:
1. 2 large-bore IVs, transfuse to {{lab:Hgb 7-8}} (avoid over-transfusion)
2. {{drug:octreotide}} {{dose:50 mcg}} bolus then {{dose:50 mcg/h}}; {{drug:ceftriaxone}} {{dose:1 g}} daily x 7d
3. {{drug:Protonix}} {{dose:40 mg}} IV BID; NPO
4. EGD today ~1400 w/ Dr. [[NAME:Chen]], possible EVL
5. resume {{drug:entecavir}}; HBV DNA; hold {{drug:ibuprofen}} permanently
-- [[NAME:Minh Pham]], MD, GI fellow  x[[PHONE:5530]]
""", summary="""
GI saw [[NAME:Nguyễn Thị Lan]], {{age:63}}, with cirrhosis from hepatitis B and melena with {{lab:Hgb 6.9}}, and recommended
{{drug:octreotide}}, antibiotic prophylaxis, {{drug:Protonix}} and same-day EGD with possible banding.
"""),

    dict(style="consult_id", note="""
INFECTIOUS DISEASES CONSULTATION
Patient: [[NAME:QURESHI, IMRAN]] | {{age:41}} M | MRN [[MRN:900331277]] | Admitted [[DATE:7/22/2025]]
Requested by: Dr [[NAME:Hassan]], medicine
Question: fever in returning traveler, GNR bacteremia

HPI: 10 days of fever after returning [[DATE:July 12]] from a 5-week trip to [[ADDRESS:Lahore]] and [[ADDRESS:Faisalabad]] for a
family wedding. No typhoid vaccine pre-travel. Fevers to {{vital:39.8}}, headache, abd pain, constipation. Urgent care gave
{{drug:ciprofloxacin}} [[DATE:7/18]], no improvement. Ate street food; drank bottled water "mostly".
Exam: {{vital:T 39.4}} with {{vital:HR 82}} (relative bradycardia / {{eponym:Faget}} sign). Faint rose-colored macules on
upper abdomen. Mild HSM. No meningismus.
Micro: BCx [[DATE:7/22]] 2/2 GNR -> prelim Salmonella Typhi; susceptibilities pending. Stool cx pending.

Impression: enteric fever, likely XDR S. Typhi given Pakistan travel and cipro failure.
Recs:
- start {{drug:meropenem}} {{dose:1 g}} IV q8h; add {{drug:azithromycin}} {{dose:1 g}} PO daily
- stop {{drug:ciprofloxacin}}
- enteric precautions; notify DOH (done, ref # [[MRN:DOH-25-118204]])
- household: wife [[NAME:Sana]] and 2 children traveled too - advise stool cx via PCP if symptomatic
- repeat BCx in 48h; anticipate 14 days total

[[NAME:Rachel Katz]], MD, ID fellow - staffed w/ Dr. [[NAME:Owusu]]
""", summary="""
ID consulted on [[NAME:Imran Qureshi]], {{age:41}}, febrile after travel to [[ADDRESS:Lahore]], with blood cultures growing
presumed Salmonella Typhi after failed {{drug:ciprofloxacin}}; they started {{drug:meropenem}} plus {{drug:azithromycin}} for
possible XDR typhoid.
"""),

    dict(style="ward_progress_note", note="""
Prog note HD2 - med B
[[NAME:McNamara, Patricia]] ("[[NAME:Patty]]")   {{age:82}}F   rm 512

S: burning w/ urination, frank blood in urine overnight per RN. Husband [[NAME:Frank]] at bedside, asking about d/c, says he
can't manage her at home alone right now (his back).
O: afeb, {{vital:BP 118/62}}, {{vital:HR 78}}, {{vital:SpO2 96%}}. mild suprapubic ttp. 3-way {{eponym:Foley}} placed overnight for CBI
per uro (Dr. [[NAME:Sandoval]]), returns now pink, no clots.
{{lab:Hgb 9.8}} -> {{lab:9.1}}. {{lab:INR 3.4}} on {{drug:warfarin}} for AF. UA lg LE, >50 WBC. UCx pending.
A/P:
# gross hematuria - supratherapeutic INR + probable UTI. hold {{drug:warfarin}}, no reversal needed. CBI per uro, outpt cysto.
# UTI - {{drug:ceftriaxone}} {{dose:1 g}} q24h, narrow w/ cx
# AF - {{score:CHA2DS2-VASc 5}}; resume anticoag once urine clears, discuss w/ uro
# dispo - PT eval. [[NAME:Frank]] requests short-term rehab; SW aware.

[[NAME:jlarkin2]] / [[NAME:Jill Larkin]], PA-C
""", summary="""
[[NAME:Patricia McNamara]], {{age:82}}, has gross hematuria from a supratherapeutic INR and likely UTI; {{drug:warfarin}} is held,
bladder irrigation and {{drug:ceftriaxone}} continue, and her husband [[NAME:Frank]] is asking for short-term rehab.
"""),

    dict(style="ed_trauma_note", note="""
ED Physician Note - Trauma (Level 2)
Pt: [[NAME:Delroy Campbell]]   DOB [[DATE:1986-05-30]]   MRN [[MRN:48830219]]
Arrived [[DATE:Sat 8/9/25]] 23:10 by ambulance

HPI: {{age:39}}M restrained driver, T-boned on driver's side at [[ADDRESS:Flatbush Ave]] and [[ADDRESS:Church Ave]]. +airbags,
ambulatory at scene, no LOC. C/o L chest wall pain {{score:8/10}} worse w/ breathing, L wrist pain. No anticoagulants.
Primary: airway intact, BS equal, {{vital:HR 96}} {{vital:BP 144/92}}, {{score:GCS 15}}, seatbelt abrasion L shoulder.
Secondary: L lateral chest ttp ribs 5-6, no crepitus; L anatomic snuffbox ttp; abd soft NT. FAST neg.
Imaging: CXR - nondisplaced L 5th/6th rib fx, no PTX. CT head/C-spine neg. L wrist XR neg.

MDM: rib fx x2 w/o PTX, pain controlled, {{vital:SpO2 98%}} RA, IS to 2000 mL. Clinical scaphoid fx -> thumb spica.
- {{drug:Tylenol}} {{dose:1 g}}, {{drug:Toradol}} {{dose:15 mg}} IV, {{drug:lidocaine}} {{dose:5%}} patch
- d/c home, hand clinic 7-10 d, repeat wrist films; return for SOB, worsening pain
Mother [[NAME:Beverley Campbell]] called from [[ADDRESS:Kingston]] ([[PHONE:+1 (876) 555-0122]]); updated w/ pt's permission.
Police incident # [[MRN:2025-074-11398]] given to pt.

[[NAME:Steven Parker]], DO
""", summary="""
[[NAME:Delroy Campbell]], {{age:39}}, was seen after a side-impact car crash on [[DATE:8/9/25]] with two nondisplaced left rib
fractures and a suspected scaphoid fracture, splinted and discharged with pain control and hand clinic follow-up.
"""),

    dict(style="consult_psychiatry", note="""
C-L PSYCHIATRY CONSULT
ID: [[NAME:Hope Jackson]] is a {{age:19}} y/o single Black female, college sophomore, admitted to medicine [[DATE:4/2]] after intentional
ingestion of ~30 tabs {{drug:Tylenol}} {{dose:500 mg}}, on {{drug:NAC}} protocol. Medically improving, LFTs downtrending.
Reason for consult: safety assessment, disposition.

HPI: [[NAME:Hope]] describes 6 months of low mood, insomnia, skipping classes, break-up in Feb. Took pills in her dorm room, then
texted her roommate [[NAME:Kaylee]], who called 911. States "I didn't have any hope left that it would get better." Regrets it
"a little." Denies prior attempts; +passive SI since winter. No psychosis. Drinks 4-5 drinks on weekends.
{{score:PHQ-9 24}}. {{score:C-SSRS high risk}}.
Collateral: mother [[NAME:Denise Jackson]] ([[PHONE:(773) 555-0168]]) - maternal aunt with bipolar d/o. Sister [[NAME:Faith]] is close,
visiting tonight. Pt says her faith and church are important to her.

MSE: tearful, poor eye contact, speech soft, mood "empty," affect constricted, TP linear, +SI w/o current plan, insight partial.

Dx: MDD, single episode, severe, w/o psychotic features; s/p suicide attempt.
Recs: 1:1 sitter; not safe for d/c; inpatient psychiatry when medically cleared (pt agreeable to voluntary);
{{drug:sertraline}} {{dose:25 mg}} daily, titrate; avoid {{drug:Benadryl}} for sleep, may use {{drug:melatonin}} {{dose:3 mg}}.

[[NAME:Nasrin Farahani]], MD, Psychiatry
""", summary="""
Psychiatry evaluated [[NAME:Hope Jackson]], {{age:19}}, after an intentional {{drug:Tylenol}} overdose, diagnosed severe major
depression with high suicide risk, and recommended a sitter, {{drug:sertraline}}, and voluntary inpatient psychiatric admission.
"""),

    dict(style="admission_hp", note="""
HISTORY AND PHYSICAL                                           Admit [[DATE:02/17/25]]
Patient: [[NAME:ZHANG, WEI]] (goes by "[[NAME:David]]")   {{age:74}}M   MRN [[MRN:34071129]]
Source: ED. Mandarin interpreter Ms. [[NAME:Lin]] in person for H&P.

CC: SOB x 4 days

HPI: COPD (FEV1 ~38% 2023), 50 pk-yr ex-smoker (quit 2015), 2 hospitalizations last yr, on {{drug:Trelegy}} daily. URI symptoms from
grandson 1 wk ago, then increased dyspnea, yellow-green sputum, now SOB walking to the bathroom. Home albuterol q2h without relief.
Wife [[NAME:Chen Li Mei]] says he "couldn't finish a sentence" this morning.

Exam: {{vital:T 37.8}} {{vital:HR 108}} {{vital:BP 150/84}} {{vital:RR 28}} {{vital:SpO2 86%}} RA. Tripoding, pursed lip breathing,
diffuse exp wheeze, poor air movement bases. No edema.
ABG on 2L: {{lab:7.31/58/62}}. {{lab:WBC 13.1}}, {{lab:eos 0.4}}. CXR hyperinflation, no consolidation. {{score:CURB-65 2}}.

A/P: AECOPD w/ acute on chronic hypercapnic resp failure
- BiPAP 12/5 trial, repeat ABG 1h, step-down bed
- {{drug:prednisone}} {{dose:40 mg}} x5d, {{drug:azithromycin}} {{dose:500 mg}} x3d, {{drug:DuoNeb}} q4h + q2h prn
- resp viral panel; hold {{drug:Trelegy}} while on nebs
- lives in [[ADDRESS:Flushing]] w/ wife, 3rd floor walk-up - PT/OT before d/c
Code: full (confirmed with pt via interpreter).

[[NAME:Jason Clark]], MD
""", summary="""
[[NAME:Wei Zhang]], {{age:74}}, was admitted on [[DATE:02/17/25]] with a COPD exacerbation and hypercapnic respiratory failure
and started on BiPAP, steroids, {{drug:azithromycin}} and nebulizers.
"""),

    dict(style="consult_nephrology", note="""
Renal consult  -  [[DATE:19 Nov 2024]]
RE: [[NAME:Krzysztof Nowak]] ({{age:69}}), MRN [[MRN:1140092]], 5N bed 22
Asked by Dr. [[NAME:Agnieszka Wiśniewska]] for AKI/hyperkalemia.

Hx: CKD 3a (baseline {{lab:Cr 1.4}}, last checked in our clinic on [[DATE:the 3rd]]). CT A/P w/ contrast [[DATE:11/15]] for back pain, has been taking
{{drug:Aleve}} {{dose:440 mg}} BID x 2 wks, also on {{drug:lisinopril}} {{dose:40 mg}} and {{drug:Lasix}} {{dose:40 mg}}. Poor PO intake x 3 days.
Now {{lab:Cr 3.8}}, {{lab:K 5.9}}, {{lab:HCO3 17}}, {{lab:BUN 71}}. UOP ~{{lab:600 mL/24h}}. UA bland, FeUrea 28%. Renal US: no hydro.
ECG: peaked T waves, no QRS widening.
Exam: {{vital:BP 108/60}}, dry MM, no edema, no rub, no asterixis.

Impression: AKI on CKD 3a - prerenal/hemodynamic ("triple whammy": NSAID + ACEi + diuretic) +/- contrast. Hyperkalemia, NAG metabolic acidosis.
Recs:
1. HOLD {{drug:lisinopril}}, {{drug:Aleve}}, {{drug:Lasix}}. Avoid all NSAIDs - pt and daughter [[NAME:Kasia]] counseled.
2. LR at 100 mL/h x 1 L then reassess
3. {{drug:calcium gluconate}} {{dose:1 g}} given; {{drug:insulin}} {{dose:10 units}} + D50; {{drug:Lokelma}} {{dose:10 g}} TID x 48h
4. {{drug:sodium bicarbonate}} {{dose:650 mg}} TID
5. No HD indication now. BMP q12h. Renal diet.
[[NAME:Matthew Young]], MD - Nephrology   pager [[PHONE:212-555-0193]]
""", summary="""
Nephrology saw [[NAME:Krzysztof Nowak]], {{age:69}}, for AKI on CKD with {{lab:K 5.9}} after NSAIDs, ACE inhibitor, diuretic
and contrast; they advised holding {{drug:lisinopril}}, {{drug:Aleve}} and {{drug:Lasix}}, fluids and {{drug:Lokelma}}, with no
dialysis needed now.
"""),

    dict(style="ed_provider_note", note="""
ED PROVIDER NOTE
CC: R calf pain and swelling x 4 days

{{age:45}}F, 10 days s/p R knee arthroscopy (meniscal debridement), on combined OCP. Pain worse w/ walking. No CP, SOB,
hemoptysis, syncope. No prior VTE. No FHx clotting d/o.
Vitals: {{vital:T 36.8}} {{vital:HR 84}} {{vital:BP 126/78}} {{vital:RR 14}} {{vital:SpO2 99%}} RA
Exam: R calf 3 cm > L at 10 cm below tibial tuberosity, pitting edema R ankle, tender along deep veins. {{eponym:Homan}} sign neg
(low value). No palpable cord. DP/PT 2+. Portals healing, no erythema.
{{score:Wells 3}} (recent surgery, calf swelling, localized tenderness, pitting edema, no alt dx more likely).
Duplex US ({{eponym:Doppler}}): occlusive DVT R popliteal and posterior tibial veins.
{{lab:Cr 0.7}}, {{lab:plt 262}}, {{lab:Hgb 13.4}}.

MDM: provoked DVT, hemodynamically stable, no signs of PE, good candidate for outpatient tx.
Plan: {{drug:Xarelto}} {{dose:15 mg}} BID x 21 days, then {{dose:20 mg}} daily x 3 months total. Stop OCP - discussed non-estrogen
contraception. Compression for symptoms. First dose given in ED 16:05. Return for CP/SOB/bleeding. PCP f/u 1 week.
Discharged ambulatory 16:40.
""", summary="""
A {{age:45}}-year-old woman with recent knee arthroscopy and oral contraceptive use had a provoked right popliteal DVT on
{{eponym:Doppler}} ultrasound and was discharged on {{drug:Xarelto}} with her contraceptive stopped.
"""),

    dict(style="discharge_summary", note="""
DISCHARGE SUMMARY
Name: [[NAME:Abdullah bin Rashid Al-Harbi]]
MRN: [[MRN:7730918]]  |  Admit: [[DATE:4/28/2025]]  |  Discharge: [[DATE:5/3/2025]]  |  Attending: [[NAME:Gregory Mills]], MD
Principal dx: new HFrEF, ischemic cardiomyopathy (EF {{lab:25%}})
Secondary: 3-vessel CAD, T2DM, HLD

Course: {{age:58}}M, no prior cardiac hx, p/w 2 wks progressive DOE, PND and 8 kg weight gain. Diuresed ~6 L with IV {{drug:Bumex}}.
TTE EF 25%, global HK. LHC [[DATE:5/1]]: 3VD (LM 40%, pLAD 90%, mid-RCA CTO) - CT surgery saw, plans outpatient CABG eval.
GDMT started and tolerated: {{drug:Entresto}} {{dose:24/26 mg}} BID, {{drug:Farxiga}} {{dose:10 mg}}, {{drug:Coreg}} {{dose:3.125 mg}} BID,
{{drug:spironolactone}} {{dose:12.5 mg}}. {{lab:K 4.6}}, {{lab:Cr 1.1}} at d/c. Dry weight {{vital:84.2 kg}}.
Arabic interpreter offered; pt prefers English. Son [[NAME:Faisal]] and wife [[NAME:Noura]] attended HF teaching.

Discharge meds: above + {{drug:aspirin}} {{dose:81 mg}}, {{drug:atorvastatin}} {{dose:80 mg}}, {{drug:Bumex}} {{dose:1 mg}} daily, {{drug:metformin}} {{dose:1000 mg}} BID.
Stopped: {{drug:glipizide}}.
Follow-up:
  HF clinic - Dr. [[NAME:Amanda Scott]], [[DATE:May 12]] 10:30
  CT surgery - Dr. [[NAME:Mansour]], office will call
  BMP in 1 week (lab order placed)
Contact: [[PHONE:347-555-0131]], [[EMAIL:abdullah.alharbi58@gmail.com]]
""", summary="""
[[NAME:Abdullah bin Rashid Al-Harbi]], {{age:58}}, was hospitalized [[DATE:4/28/2025]] to [[DATE:5/3/2025]] with new ischemic
cardiomyopathy (EF {{lab:25%}}) and three-vessel disease, was diuresed and started on {{drug:Entresto}}, {{drug:Farxiga}} and
{{drug:Coreg}}, and will see Dr. [[NAME:Scott]] and CT surgery.
"""),

    dict(style="consult_surgery", note="""
GENERAL SURGERY CONSULT
[[NAME:de la Cruz, Maricel]]   {{age:27}}F   ED bay 9   [[DATE:2025-01-19]]
Consult from Dr. [[NAME:Walker]] (ED) re: RLQ pain

HPI: periumbilical pain started last night ~2100, migrated to RLQ by AM. Anorexia, nausea, 1 emesis. No diarrhea, dysuria,
vaginal d/c. LMP 2 wks ago, beta-hCG neg.
Exam: {{vital:T 38.1}}, {{vital:HR 102}}, {{vital:BP 118/70}}. Focal tenderness at {{eponym:McBurney}}'s point w/ voluntary guarding,
+{{eponym:Rovsing}}, +psoas. No peritonitis.
Labs: {{lab:WBC 14.6}} (84% PMN), {{lab:CRP 48}}, {{lab:lipase 22}}.
CT A/P: dilated appendix {{lab:11 mm}}, periappendiceal stranding, no abscess, no free air.
{{score:Alvarado 8}}

A/P: acute uncomplicated appendicitis
- NPO, LR 125 mL/h, {{drug:ceftriaxone}} {{dose:2 g}} + {{drug:Flagyl}} {{dose:500 mg}} IV now
- lap appendectomy tonight, added to board; consent signed, risks/benefits reviewed incl. conversion to open
- {{drug:morphine}} {{dose:4 mg}} IV prn, {{drug:Zofran}} {{dose:4 mg}} prn
Fiancé [[NAME:Paolo]] and mother [[NAME:Lourdes de la Cruz]] at bedside; family speaks Tagalog, pt prefers English.

[[NAME:Arturo Villanueva]], MD, surgery chief resident - staffed with Dr. [[NAME:Bennett]]
""", summary="""
Surgery diagnosed acute uncomplicated appendicitis in [[NAME:Maricel de la Cruz]], {{age:27}}, on [[DATE:2025-01-19]] and
booked laparoscopic appendectomy that night after antibiotics.
"""),

    dict(style="consult_palliative", note="""
PALLIATIVE CARE CONSULT
Patient: Sra. [[NAME:Rosa Elena Ramírez Gutiérrez]], [[AGE:96]] y/o   MRN [[MRN:1900456]]
Reason: goals of care - 3rd aspiration pneumonia this year, advanced dementia ({{score:FAST 7c}})

Family meeting [[DATE:Friday, June 6]] 2 pm, 4th floor family room.
Present: daughters [[NAME:Guadalupe]] ("[[NAME:Lupita]]") and [[NAME:María de Jesús]], grandson [[NAME:Jesús Ramírez]],
Spanish interpreter [[NAME:Ramón]] (ID [[MRN:2291]]), SW [[NAME:Tanya Morris]], RN [[NAME:Heather Adams]], this writer.

Doña [[NAME:Rosa]] grew up on a ranch outside [[ADDRESS:Tepatitlán]] and has lived with [[NAME:Lupita]] in [[ADDRESS:Pilsen]] for
20 yrs. Bedbound since last winter, nonverbal, {{score:PPS 20%}}, eating only a few spoonfuls with coughing.
Family shared that she "always said she didn't want machines." At [[AGE:ninety-six]] they feel she has "lived her life fully."
[[NAME:María de Jesús]] initially asked about a feeding tube; we discussed that PEG does not prevent aspiration or prolong life in
advanced dementia. Family reached consensus.

Plan:
- DNR/DNI (MOLST completed, signed by [[NAME:Guadalupe Ramírez]] as HCP)
- comfort-focused careful hand feeding; no PEG
- {{drug:morphine}} {{dose:2.5 mg}} SL q2h prn dyspnea; {{drug:glycopyrrolate}} {{dose:0.2 mg}} SC q4h prn secretions
- home hospice referral placed; family wants her home
[[NAME:Laura Chávez]], NP - Palliative Medicine   ext [[PHONE:7-4410]]
""", summary="""
At a family meeting on [[DATE:June 6]], the family of [[AGE:96]]-year-old [[NAME:Rosa Elena Ramírez Gutiérrez]], who has
advanced dementia and recurrent aspiration pneumonia, chose DNR/DNI, comfort feeding without a PEG, and home hospice.
"""),

    dict(style="ward_progress_note", note="""
Medicine Gold team - Progress Note                    [[DATE:Sun 10/13]]
[[NAME:ROSENFELD, SHMUEL]] | {{age:86}} M | MRN [[MRN:6620417]]

Interval: no events. Ambulating in hall w/ walker. Son [[NAME:Eli]] asks whether d/c is possible before sundown Friday.

Labs         [[DATE:10/11]]   [[DATE:10/12]]   [[DATE:10/13]]
INR           4.8      3.1      2.4
Hgb          10.2      9.9     10.1
Cr            1.3      1.2      1.2

Exam: {{vital:BP 128/70}}, {{vital:HR 72}} irreg. Resolving ecchymosis L forearm. No melena on rectal. Neuro nonfocal.

A/P: {{age:86}}M w/ AF on {{drug:Coumadin}}, admitted w/ {{lab:INR 7.9}} and forearm hematoma after fall, in setting of recent
{{drug:Bactrim}} course for UTI (interaction).
- INR therapeutic today. Resume {{drug:Coumadin}} {{dose:2.5 mg}} tonight (reduced from {{dose:5 mg}}), INR Tues/Thurs
- {{score:CHA2DS2-VASc 4}}, {{score:HAS-BLED 3}} - discussed DOAC switch w/ pt and [[NAME:Eli]]; they prefer to stay on
  {{drug:Coumadin}} w/ anticoag clinic ([[NAME:Miriam Stern]], PharmD)
- PT: home w/ rolling walker, home safety eval
- Dispo: likely [[DATE:Wed 10/16]]

[[NAME:DMR]] (MS4) / Dr. [[NAME:Weinberg]], attending
""", summary="""
[[NAME:Shmuel Rosenfeld]], {{age:86}}, admitted with an INR of {{lab:7.9}} after a {{drug:Bactrim}} interaction, is now
therapeutic and will resume a lower {{drug:Coumadin}} dose with anticoagulation clinic follow-up and likely discharge [[DATE:10/16]].
"""),

    dict(style="consult_hematology_oncology", note="""
HEMATOLOGY/ONCOLOGY CONSULT
Pt: [[NAME:Park Ji-hoon]] ([[NAME:박지훈]])   {{age:31}}M   MRN [[MRN:8802214]]
Primary team: Medicine (Dr. [[NAME:Ruth Adler]])
Path: accession [[MRN:SP25-08817]], collected [[DATE:21AUG2025]]

HPI: 3 mo night sweats, 9 kg wt loss, pruritus, dry cough. CT chest: 11 cm anterior mediastinal mass, supraclav LAD.
Core bx [[DATE:08/21/2025]]: classic {{eponym:Hodgkin}} lymphoma, nodular sclerosis; CD30+/CD15+ {{eponym:Reed-Sternberg}} cells.
{{lab:ESR 62}}, {{lab:LDH 288}}, {{lab:alb 3.3}}, {{lab:Hgb 11.0}}.
Works as a software engineer, married. Wife [[NAME:Soo-ah]] is 20 wks pregnant; they want more children later.

Assessment: cHL, clinical stage IIB, bulky mediastinal disease (unfavorable).
Plan:
- PET/CT, TTE, PFTs (baseline DLCO before {{drug:bleomycin}})
- urgent sperm banking referral - appointment [[DATE:Aug 26]], before chemo
- HBV/HCV/HIV serologies
- likely {{drug:ABVD}} vs BV-AVD ({{drug:brentuximab}}); start within 1-2 wks
- port placement via IR
Discussed dx with pt and wife in Korean and English w/ interpreter [[NAME:Grace Yoon]].

[[NAME:James Kim]], MD, Hematology/Oncology    cc: PCP [[NAME:Tiffany Huang]], MD
""", summary="""
[[NAME:Park Ji-hoon]], {{age:31}}, has newly diagnosed stage IIB bulky classic {{eponym:Hodgkin}} lymphoma; oncology ordered
staging PET, cardiac and lung testing, and sperm banking before planned chemotherapy.
"""),

    dict(style="ed_provider_note", note="""
ED NOTE   [[DATE:1/4/2025]]   [[NAME:Shirin Rahimi]]   {{age:29}}F   MRN [[MRN:5021190]]
CC: headache w/ L face numbness

Hx migraine w/ aura since teens. Today at 11:00 zigzag lines R visual field x 20 min, then tingling L lip/cheek spreading to
L hand over ~15 min ("marching"), then throbbing bifrontal HA {{score:9/10}} w/ photophobia, nausea. Similar to prior auras per pt,
but longer. Took {{drug:Excedrin}} without relief. No OCP. No weakness, no speech change.
Exam: {{vital:BP 122/76}} {{vital:HR 90}} afebrile. Face symmetric, full forehead wrinkling (not {{eponym:Bell palsy}} pattern),
sensation now intact. {{score:NIHSS 0}}. No meningismus. Fundi nl.
Tx: {{drug:Toradol}} {{dose:30 mg}} IV, {{drug:Reglan}} {{dose:10 mg}} IV, {{drug:Benadryl}} {{dose:25 mg}} IV, NS 1 L
Reassess 14:30: pain {{score:2/10}}, symptoms resolved.

MDM: typical migraine w/ sensory aura, fully resolved, normal exam - no imaging indicated after shared discussion.
D/c home; husband [[NAME:Dariush]] driving. f/u w/ her neurologist Dr. [[NAME:Mehta]] re: preventive. Return for
weakness, speech change, worst HA of life.
[[NAME:Nicole Brown]], PA-C / supervising Dr. [[NAME:Sunny Kapoor]]
""", summary="""
[[NAME:Shirin Rahimi]], {{age:29}}, came in on [[DATE:1/4/2025]] with a migraine with visual and sensory aura; exam was
normal, she improved with {{drug:Toradol}}, {{drug:Reglan}} and {{drug:Benadryl}}, and went home to follow up with her neurologist.
"""),

    dict(style="discharge_summary", note="""
DISCHARGE SUMMARY - General Surgery

Admitting dx: acute calculous cholecystitis
Procedure: laparoscopic cholecystectomy, HD 2, uncomplicated; IOC negative

Brief HPI: {{age:54}}F with known cholelithiasis presented with 18 h RUQ pain, fever {{vital:38.4}}, positive {{eponym:Murphy}} sign.
No jaundice; {{lab:T bili 1.1}}, {{lab:ALP 140}}, {{lab:lipase 30}}, {{lab:WBC 15.8}}. RUQ US: distended GB w/ wall thickening
{{lab:5 mm}}, pericholecystic fluid, impacted stone at neck, CBD {{lab:4 mm}}. {{eponym:Charcot}} triad absent; no ERCP indicated.

Hospital course: {{drug:Zosyn}} started in ED. Lap chole HD 2, EBL minimal. POD 1 tolerating regular diet, pain controlled on
PO meds, ambulating, voiding. Afebrile > 24 h. Antibiotics stopped after surgery. Path pending.

Discharge meds: {{drug:Tylenol}} {{dose:1000 mg}} q8h x 5 days; {{drug:ibuprofen}} {{dose:600 mg}} q6h prn with food;
{{drug:oxycodone}} {{dose:5 mg}} q6h prn severe pain (#8, no refills); {{drug:Colace}} {{dose:100 mg}} BID while on opioid.
Activity: no lifting > 10 lb x 4 weeks. May shower; no baths x 2 weeks.
Follow-up: General Surgery clinic in 2 weeks; call for fever > {{vital:38.5}}, jaundice, worsening pain, wound drainage.
Condition at discharge: good. Disposition: home.
""", summary="""
A {{age:54}}-year-old woman with acute calculous cholecystitis underwent uncomplicated laparoscopic cholecystectomy and went
home on post-op day 1 with oral analgesics and clinic follow-up in two weeks.
"""),

    dict(style="consult_endocrinology", note="""
ENDOCRINOLOGY CONSULT NOTE
Patient: [[NAME:O'Sullivan, Siobhan M]]   DOB: [[DATE:09/23/1979]]   MRN: [[MRN:3390518]]
Reason: new AF with RVR, {{lab:TSH <0.01}}

HPI: {{age:45}}F, 3 mo of wt loss (7 kg), heat intolerance, palpitations, tremor, loose stools; thought it was "stress." Today
palpitations + confusion at work -> ED, AF 160s, {{vital:T 38.9}}. Mother had {{eponym:Hashimoto thyroiditis}}. Sister [[NAME:Niamh]]
(lives in [[ADDRESS:Galway]]) has {{eponym:Graves disease}}. No iodinated contrast, no {{drug:amiodarone}}, no biotin.
Exam: agitated, diaphoretic. Bilateral proptosis, lid lag. Diffuse goiter ~3x nl w/ bruit. Fine tremor. Brisk DTRs.
Labs: {{lab:FT4 6.8}}, {{lab:T3 520}}, TRAb pending, {{lab:AST 88}}, {{lab:ALT 102}}.
{{score:Burch-Wartofsky 55}} - c/w thyroid storm.

Recs:
1. {{drug:propranolol}} {{dose:60 mg}} PO q4h (hold SBP < 100)
2. {{drug:methimazole}} {{dose:20 mg}} q6h (monitor LFTs; PTU if worsening)
3. SSKI 5 drops q6h - start >= 1 h after first thionamide dose
4. {{drug:hydrocortisone}} {{dose:100 mg}} IV q8h
5. {{drug:cholestyramine}} {{dose:4 g}} QID; cooling, acetaminophen (no salicylates)
6. ICU level of care per primary team
Entered by: [[NAME:bmiller3]] ([[NAME:Brandon Miller]], MD)  [[DATE:03/02/2025]] 21:47
Cosigned: [[NAME:Kimberly Wright]], MD, Endocrinology
""", summary="""
Endocrinology diagnosed thyroid storm from likely {{eponym:Graves disease}} in [[NAME:Siobhan O'Sullivan]], {{age:45}}, on
[[DATE:03/02/2025]] and recommended {{drug:propranolol}}, {{drug:methimazole}}, iodine, {{drug:hydrocortisone}} and
{{drug:cholestyramine}} with ICU care.
"""),
]
