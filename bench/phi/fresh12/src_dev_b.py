NOTES = [
    dict(style="primary_care_visit", note="""
PRIMARY CARE - ANNUAL VISIT                                    [[DATE:02/03/2025]]
Pt: [[NAME:Herrera, Guadalupe]] ("[[NAME:Lupe]]")   DOB [[DATE:07/19/1972]]   MRN [[MRN:A0049127]]
PCP: [[NAME:Sarah Miller]], MD     Roomed by: [[NAME:Yesenia]], MA
Language: bilingual, declined interpreter.

CC: annual + f/u DM, HTN
Feels well. Works early shift at a bakery in [[ADDRESS:Cicero]]. Walks w/ her comadre [[NAME:Chayo]] 3x/wk. Not checking sugars since
her meter broke in the fall. Some tingling in toes at night.
Meds: {{drug:metformin}} {{dose:1000 mg}} BID, {{drug:Jardiance}} {{dose:10 mg}}, {{drug:lisinopril}} {{dose:10 mg}}, {{drug:atorvastatin}} {{dose:20 mg}}
Vitals: {{vital:BP 134/82}}  {{vital:HR 76}}  {{vital:BMI 33.1}}  {{vital:Wt 84 kg}}
Exam: monofilament decreased bilat great toes, DP/PT 2+, no ulcers or calluses. Heart/lungs nl. Thyroid nl.
Labs: {{lab:A1c 7.9%}} (was 8.6% in Aug), {{lab:LDL 88}}, {{lab:UACR 42}}, {{lab:eGFR 78}}.  {{score:PHQ-2 0}}.
Screening: mammogram due - ordered. FIT neg 2024. Pap/HPV 2022 nl. {{drug:Shingrix}} #1 given today. Tdap UTD.

A/P:
1. T2DM, improving - {{drug:Jardiance}} up to {{dose:25 mg}}; new glucometer Rx; diabetic eye exam referral; podiatry
2. HTN w/ albuminuria - {{drug:lisinopril}} to {{dose:20 mg}}, BMP in 2 wks
3. Neuropathy - B12 level, foot care teaching done
RTC 3 months.
[[NAME:Sarah Miller]], MD
""", summary="""
[[NAME:Guadalupe Herrera]] had her annual visit on [[DATE:02/03/2025]]; her diabetes is improving ({{lab:A1c 7.9%}}),
{{drug:Jardiance}} and {{drug:lisinopril}} were increased, and she got her first {{drug:Shingrix}} dose.
"""),

    dict(style="telephone_encounter", note="""
TELEPHONE ENCOUNTER
[[DATE:6/11/2025]] 10:42 AM     Taken by: [[NAME:Ashley T.]], RN
Caller: [[NAME:Mei-Ling Wu]] (daughter, on file as authorized contact) re: pt [[NAME:CHEN, XIU YING]]  DOB [[DATE:3/2/1941]]  MRN [[MRN:10448213]]
Callback: cell [[PHONE:(626) 555-0110]]; work [[PHONE:626-555-0183]] ext [[PHONE:221]]

Reason: Mom dizzy when standing x 3 days since starting {{drug:amlodipine}} {{dose:10 mg}} (Dr. [[NAME:Huang]] increased from {{dose:5 mg}} on
[[DATE:6/4]]). Home {{vital:BP 96/58}}, {{vital:HR 64}} this AM. No falls, no CP/SOB, no new weakness or speech change. Eating less, "not
drinking much water." Mom speaks Cantonese; daughter relaying.
Advice: hold {{drug:amlodipine}} today, fluids, rise slowly, check BP twice daily and write it down. To ED / 911 if fainting, fall,
chest pain, or one-sided weakness. Appt made [[DATE:Fri 6/13]] 9:20 with [[NAME:Cheryl Lam]], NP.
Daughter repeated instructions back correctly.
Routed to Dr. [[NAME:Huang]].

Addendum [[DATE:6/11]] 1:15 PM: agree, hold until seen, may restart at {{dose:5 mg}}. -[[NAME:HH]]
""", summary="""
[[NAME:Mei-Ling Wu]] called on [[DATE:6/11/2025]] because her mother [[NAME:Chen Xiu Ying]] was dizzy with low blood pressure
after an {{drug:amlodipine}} increase; the nurse advised holding it and booked a visit for [[DATE:6/13]], and Dr. [[NAME:Huang]] agreed.
"""),

    dict(style="patient_portal_message", note="""
Portal message
From: [[NAME:Bartłomiej Kowalczyk]]      To: [[NAME:Jennifer Walsh]], MD
Sent: [[DATE:7/14/25]] 9:03 PM      Subject: refill + colonoscopy question

Hi Dr [[NAME:Walsh]], hope you are well. I am almost out of the {{drug:omeprazole}} and pharmacy says they need a new script from you.
Also I have the colonoscopy on [[DATE:the 22nd]] with Dr. [[NAME:Nowicki]] and I am confused about the prep, do I stop my {{drug:xarelto}} and
when?? The paper from GI says ask prescribing doctor. My wife [[NAME:Gosia]] thinks I should stop the fish oil too.
Thank you
[[NAME:Bartek]]   [[PHONE:773-555-0127]]

---
Reply [[DATE:7/15/25]] 11:20 AM
Hi Mr. [[NAME:Kowalczyk]], Dr. [[NAME:Walsh]] sent a refill of {{drug:omeprazole}} {{dose:20 mg}} (90 days) to your pharmacy on file.
For {{drug:Xarelto}}: take your last dose on [[DATE:Sunday 7/20]] and skip [[DATE:7/21]] and the day of the procedure. Dr. [[NAME:Nowicki]]
will tell you when to restart, usually the next day unless polyps are removed. You can stop the fish oil 5 days before.
Please call us if you have questions.
[[NAME:Tiffany R.]], CMA for Dr. [[NAME:Walsh]]
""", summary="""
[[NAME:Bartłomiej Kowalczyk]] asked for an {{drug:omeprazole}} refill and {{drug:Xarelto}} instructions before his colonoscopy;
the office refilled it and told him to take the last dose on [[DATE:7/20]].
"""),

    dict(style="referral_letter", note="""
Eastside Family Medicine
[[ADDRESS:1450 Linden Boulevard, Suite 200, Brooklyn, NY 11212]]
Tel [[PHONE:(718) 555-0102]]    Fax [[PHONE:(718) 555-0109]]

[[DATE:September 30, 2024]]

Dr. [[NAME:Oluwaseun Adeyemi]]
Kings Heart Associates

RE: [[NAME:Marcia Grant]]    DOB: [[DATE:11/05/1958]]    MRN: [[MRN:EFM-220914]]

Dear Dr. [[NAME:Adeyemi]],

Thank you for seeing Ms. [[NAME:Grant]], a {{age:65}}-year-old woman originally from [[ADDRESS:Montego Bay]], for evaluation of an
irregular rhythm found at her visit on [[DATE:9/24]]. ECG showed atrial flutter with variable block, rate 104. She describes
intermittent palpitations since the summer and mild dyspnea on stairs. {{lab:TSH 1.8}}, {{lab:Hgb 12.9}}, {{lab:K 4.2}}.
{{score:CHA2DS2-VASc 3}}. We started {{drug:Eliquis}} {{dose:5 mg}} BID and {{drug:metoprolol succinate}} {{dose:25 mg}} daily; HR today 82.
An echocardiogram is scheduled. She was hesitant about cost, and our social worker helped her apply for a manufacturer
assistance grant. She would like to discuss ablation.
Other history: HTN, prediabetes, s/p hysterectomy. Allergy: {{drug:codeine}} (vomiting).

Please do not hesitate to contact me.
Sincerely,

[[NAME:Delia Thompson-Reyes]], MD
cc: [[NAME:Marcia Grant]]
""", summary="""
Dr. [[NAME:Thompson-Reyes]] referred [[NAME:Marcia Grant]], {{age:65}}, to cardiology on [[DATE:September 30, 2024]] for new
atrial flutter, already started on {{drug:Eliquis}} and {{drug:metoprolol succinate}}, with interest in ablation.
"""),

    dict(style="nursing_shift_note", note="""
NURSING SHIFT NOTE   1900-0730   4 West Ortho   Bed 14
Pt: [[NAME:Jenkins, Harold R]]   {{age:77}}M   POD 1 R TKA
Neuro: A&Ox4, calm, cooperative.
Pain: {{score:6/10}} R knee at 2100 -> {{drug:oxycodone}} {{dose:5 mg}} given 2200 + 0300 -> {{score:3/10}}. Ice machine on.
VS: {{vital:T 37.6}} {{vital:HR 82}} {{vital:BP 134/70}} {{vital:RR 16}} {{vital:SpO2 94%}} 2L NC -> weaned to RA at 0200, {{vital:SpO2 92-93%}}
Resp: IS 1000 mL x10/hr while awake, enc. Lungs diminished bases.
GU: {{eponym:Foley}} d/c'd 0600, due to void by 1200 - bladder scan if not.
Skin: drsg CDI, no strike-through. Heels offloaded. {{score:Braden 16}}.
Safety: {{score:Morse 45}} - high fall risk, bed alarm on, nonskid socks, call light in reach.
Meds: {{drug:Lovenox}} {{dose:40 mg}} SC 2100. {{drug:Colace}} given.
Labs in AM: {{lab:Hgb 10.1}}, {{lab:K 3.9}}.
Family: wife [[NAME:Dorothy]] called 2100, updated.
Report given to [[NAME:Jen]] RN at 0715.
[[NAME:K. Alvarado]], RN
""", summary="""
Overnight, [[NAME:Harold Jenkins]], {{age:77}}, one day after right knee replacement, had pain controlled with {{drug:oxycodone}},
was weaned to room air, had his {{eponym:Foley}} removed, and remains a high fall risk.
"""),

    dict(style="nursing_handoff_sbar", note="""
SBAR HANDOFF - ED to 7 South                                  [[DATE:11/30/2024]] 20:10
S: [[NAME:Concetta Esposito]] ("[[NAME:Connie]]"), [[AGE:93]]F, DNR/DNI, admitted for UTI w/ acute delirium.
B: Lives alone in [[ADDRESS:Bensonhurst]]; son [[NAME:Salvatore]] ("[[NAME:Sal]]") checks on her daily. Baseline A&Ox3, walks w/ cane,
   hard of hearing (L hearing aid in belongings bag). Hx CHF (EF 40%), CKD, macular degeneration.
A: A&Ox1, picking at lines, pulled first IV. {{vital:T 38.2}} -> {{vital:37.4}} after {{drug:Tylenol}} {{dose:650 mg}} 1745.
   {{vital:BP 108/56}} {{vital:HR 96}} {{vital:SpO2 95%}} RA. UA positive. {{lab:Cr 1.8}} (baseline 1.5). {{lab:Na 133}}.
   {{drug:ceftriaxone}} {{dose:1 g}} IV given 1830. Only 500 mL LR d/t CHF. Voided in brief - no {{eponym:Foley}}.
R: Delirium precautions: lights/blinds, glasses + hearing aid in, reorient. AVOID {{drug:Benadryl}} / {{drug:Ativan}}.
   Sitter requested. {{score:Morse 70}}, bed alarm. Strict I/O, daily wt. Aspiration precautions, upright for meals.
   [[NAME:Sal]] wants a call when she gets upstairs: [[PHONE:718-555-0151]].
Report given to [[NAME:Bridget]], RN (7S) by phone.
[[NAME:Marco DiNapoli]], RN - ED
""", summary="""
ED nurse [[NAME:Marco DiNapoli]] handed off [[AGE:93]]-year-old [[NAME:Concetta Esposito]], admitted with UTI and delirium, with
fluid limits for CHF, delirium and fall precautions, and a request to call her son [[NAME:Sal]].
"""),

    dict(style="primary_care_visit", note="""
SAME-DAY SICK VISIT - Family Medicine

CC: sore throat x 2 days
HPI: {{age:22}}M, sore throat, painful swallowing, subjective fevers, no cough, no rhinorrhea. No rash. Roommate had strep last week.
No sick contacts with mono. Sexually active, condoms inconsistently. No prior tonsillectomy.
Vitals: {{vital:T 38.7}}  {{vital:HR 98}}  {{vital:BP 118/72}}  {{vital:SpO2 99%}}
Exam: tonsillar exudate bilat, tender anterior cervical LAD, uvula midline, no trismus, no hot potato voice. No posterior
cervical LAD, no splenomegaly. Lungs clear.
{{score:Centor 4}} (fever, exudate, tender anterior nodes, absent cough).
Rapid strep: POSITIVE.

A/P: GAS pharyngitis.
- {{drug:amoxicillin}} {{dose:500 mg}} BID x 10 days
- {{drug:ibuprofen}} {{dose:400-600 mg}} q6h prn w/ food, {{drug:Tylenol}} prn
- contagious until 12 h on antibiotics; new toothbrush
- low suspicion {{eponym:Epstein-Barr}} virus; if not improving in 48-72 h or rash with amox, return for Monospot
- reviewed signs of peritonsillar abscess: muffled voice, drooling, unable to open mouth -> ED
""", summary="""
A {{age:22}}-year-old man with a {{score:Centor 4}} sore throat and a positive rapid strep test was treated with
{{drug:amoxicillin}} and given return precautions for abscess or mono.
"""),

    dict(style="clinic_results_letter", note="""
Riverside Primary Care
[[DATE:March 14, 2025]]

Ms. [[NAME:Ngozi Okafor]]
[[ADDRESS:87 Juniper Hill Rd]]
[[ADDRESS:Hyattsville, MD 20783]]

Dear Ms. [[NAME:Okafor]],

Here are the results of the blood tests from your visit on [[DATE:March 6]]:
  - Cholesterol: {{lab:LDL 112}}, {{lab:HDL 58}}. This is acceptable; keep up the walking.
  - Blood sugar: {{lab:A1c 5.9%}}. This is in the prediabetes range. We will recheck in 6 months.
  - Vitamin D: {{lab:18}} (low). Please start vitamin D3 {{dose:2,000 IU}} once a day.
  - Blood count: {{lab:hemoglobin 11.2}} with low iron stores ({{lab:ferritin 9}}). Please start {{drug:ferrous sulfate}} {{dose:325 mg}}
    every other day with orange juice. Because you are {{age:52}}, we also recommend a colonoscopy - a referral has been placed.
  - Thyroid: normal.
If you have questions, call us at [[PHONE:301-555-0166]] or send a message through the patient portal.

Sincerely,
[[NAME:Michael Johnson]], MD
""", summary="""
Dr. [[NAME:Johnson]] wrote to [[NAME:Ngozi Okafor]] on [[DATE:March 14, 2025]] with results showing prediabetes, low vitamin D
and iron deficiency, starting supplements and referring her for colonoscopy.
"""),

    dict(style="telephone_triage_after_hours", note="""
AFTER-HOURS NURSE TRIAGE
[[DATE:12/21/2024]] 02:35    Line: Pediatrics
Caller: [[NAME:Wiselande Pierre-Louis]] (mother)   Pt: [[NAME:Kervens Pierre-Louis]], {{age:14}} mo   MRN [[MRN:P7730055]]
Haitian Creole interpreter [[NAME:Fabienne]], ID [[MRN:338120]]
Callback [[PHONE:(305) 555-0148]]

Fever {{vital:39.6}} (temporal) since yesterday afternoon, tugging at R ear, fussy at night. Drinking well, 4 wet diapers since
noon. No rash, no trouble breathing, no vomiting, not lethargic - "playing and laughing" after {{drug:Tylenol}} at 2200.
Vaccines up to date per mom. No chronic illness.
Protocol: {{eponym:Schmitt-Thompson}} Fever - Pediatric; Earache.
Disposition: home care, see in office within 24 h.
Advice: {{drug:Tylenol}} {{dose:160 mg/5 mL}}, give {{dose:5 mL}} q4-6h prn; or {{drug:Motrin}} {{dose:100 mg/5 mL}}, {{dose:5 mL}} q6-8h.
Light clothing, fluids. Call back / ED for: stiff neck, purple rash, fewer than 3 wet diapers in 24 h, hard to wake, trouble breathing.
Appt booked [[DATE:12/21]] 10:40 w/ Dr. [[NAME:Jolicoeur]].
Mother verbalized understanding through interpreter.
[[NAME:Savannah Price]], RN
""", summary="""
[[NAME:Wiselande Pierre-Louis]] called overnight on [[DATE:12/21/2024]] about her {{age:14}}-month-old son [[NAME:Kervens]]'s
fever and ear tugging; the nurse gave home care and dosing advice through a Creole interpreter and booked a morning visit.
"""),

    dict(style="patient_portal_message", note="""
Patient Message
From: [[NAME:Tran Van Minh]] (proxy access: [[NAME:Kevin Tran]])
Sent: [[DATE:Mon 4/7/2025]] 7:12 PM
Subject: my dad blood sugar

Hello, this is [[NAME:Kevin]], [[NAME:Trần Văn Minh]]'s son. My dad's sugar is high like 280-320 in the morning since he got the steroid
shot in his knee from Dr [[NAME:Yamamoto]] last Thursday. He takes the {{drug:Lantus}} {{dose:18 units}} at night and {{drug:metformin}}.
Should he take more?? Also he ran out of test strips. He doesn't read English so please call me at [[PHONE:714-555-0155]]
or email [[EMAIL:kevin.tran.ocfamily@gmail.com]]
Thanks,
[[NAME:Kevin]]

---
[[DATE:4/8/2025]] 9:41 AM
Hi [[NAME:Kevin]], thank you for letting us know. A steroid injection can raise blood sugar for 3-7 days. Dr. [[NAME:Ortiz]]
recommends increasing {{drug:Lantus}} to {{dose:20 units}} for the next 5 nights, then back to {{dose:18 units}}. Test strips were sent
to his pharmacy. Please call if sugars are over 400, or if he is very thirsty, confused, or vomiting.
[[NAME:Maria G.]], RN
""", summary="""
[[NAME:Kevin Tran]] messaged on [[DATE:4/7/2025]] that his father [[NAME:Tran Van Minh]]'s glucose rose after a knee steroid
injection; the clinic temporarily increased {{drug:Lantus}} to {{dose:20 units}} and refilled test strips.
"""),

    dict(style="primary_care_visit", note="""
F/U VISIT - HYPERTENSION          [[DATE:2025-05-20]]
[[NAME:Declan Fitzgerald]]   {{age:61}}M   MRN [[MRN:0093371]]

Here for BP recheck after {{drug:Norvasc}} started 6 wks ago. Brought home log (upper arm cuff, validated in clinic today):
   date      AM         PM
   [[DATE:5/12]]     {{vital:148/92}}     {{vital:142/88}}
   [[DATE:5/14]]     {{vital:151/94}}     {{vital:139/86}}
   [[DATE:5/17]]     {{vital:146/90}}     {{vital:144/91}}
Clinic: {{vital:BP 152/94}} (repeat 148/90), {{vital:HR 70}}, {{vital:BMI 31}}.
Wife [[NAME:Maureen]] (with him today) says he snores loudly and stops breathing at night. Daytime sleepiness, dozes at red lights.
{{score:STOP-BANG 6}}. Drinks 3-4 pints most nights; {{score:AUDIT-C 8}}. Nonsmoker.
Labs: {{lab:K 4.1}}, {{lab:Cr 0.9}}, {{lab:A1c 5.6%}}.

A/P:
1. HTN not at goal - {{drug:Norvasc}} {{dose:5 mg}} -> {{dose:10 mg}}; add {{drug:chlorthalidone}} {{dose:12.5 mg}}; BMP 2 wks
2. Suspected OSA - home sleep test ordered; counseled no driving when drowsy
3. Alcohol use - brief intervention; goal <= 2/day; he'd like to cut down before his daughter's wedding. Declined meds for now.
RTC 4 wks. -- [[NAME:Tanya Brooks]], NP
""", summary="""
[[NAME:Declan Fitzgerald]], {{age:61}}, still has uncontrolled hypertension on {{drug:Norvasc}}; the dose was raised with
{{drug:chlorthalidone}} added, and a home sleep test and alcohol counseling were started on [[DATE:2025-05-20]].
"""),

    dict(style="nursing_handoff", note="""
Bedside handoff 0700 - 5 North Rm 508
[[NAME:MORADI, PARVANEH]]  {{age:72}}F  DOB [[DATE:01-17-1953]]  Full code  Farsi (interpreter line or daughter)
Dx: hyponatremia / SIADH (likely {{drug:sertraline}}) + pneumonia
Overnight: quiet night, slept 0100-0500. A&Ox3, mild HA, no confusion. No seizure activity.
  {{lab:Na 124}} (adm) -> {{lab:126}} (2200) -> {{lab:128}} (0400) - rise of 4 in ~12 h, within limit (MD aware).
  Fluid restriction 1.2 L/day - she is thirsty, offered ice chips within limit. I/O: in 780 / out 1350.
  VS: {{vital:T 37.2}} {{vital:HR 80}} {{vital:BP 136/74}} {{vital:SpO2 94%}} 2L.
Meds: {{drug:sertraline}} HELD. {{drug:ceftriaxone}} due 1000, {{drug:azithromycin}} due 1000. Salt tabs {{dose:1 g}} TID.
To do: Na q6h next 0800. Strict I/O. Seizure pads up. Neuro checks q4h.
Daughter [[NAME:Roya]] staying overnight - asked for Dr. [[NAME:Feinberg]] to call her after rounds: [[PHONE:(818) 555-0193]].
Off: [[NAME:Lindsay]] RN  ->  On: [[NAME:Omar]] RN
""", summary="""
At morning handoff, [[NAME:Parvaneh Moradi]], {{age:72}}, with SIADH and pneumonia, had sodium rising appropriately from
{{lab:124}} to {{lab:128}} on fluid restriction with {{drug:sertraline}} held; her daughter [[NAME:Roya]] wants a call from the doctor.
"""),

    dict(style="referral_letter", note="""
REFERRAL - GASTROENTEROLOGY
To: [[NAME:Aaron Feldman]], MD, GI             Fax [[PHONE:(408) 555-0177]]
From: [[NAME:Priya Raghunathan]], MD, Internal Medicine   Phone [[PHONE:408-555-0160]]
Date: [[DATE:8 January 2025]]
Patient: [[NAME:Venkatesh Subramanian]]   DOB [[DATE:1966/10/02]]   Member ID [[MRN:BSC70033981]]
Urgency: routine / within 4-6 weeks

Dear Dr. [[NAME:Feldman]],
I am referring Mr. [[NAME:Subramanian]] ("[[NAME:Venky]]"), a {{age:58}}-year-old engineer, for surveillance EGD. He had an EGD in
[[ADDRESS:Chennai]] in 2021 showing short-segment {{eponym:Barrett}} esophagus without dysplasia (report attached, translated
by his wife [[NAME:Lakshmi]]). He has 20 years of reflux, now controlled on {{drug:pantoprazole}} {{dose:40 mg}} daily. No dysphagia,
weight loss or bleeding. Father had gastric cancer at {{age:70}}. BMI 27. He also has never had a colonoscopy and would prefer
both procedures the same day if possible.
Labs [[DATE:12/18/2024]]: {{lab:Hgb 14.1}}, {{lab:MCV 88}}, LFTs normal.
Thank you.
[[NAME:P. Raghunathan]], MD
cc: [[NAME:Venkatesh Subramanian]]
""", summary="""
Dr. [[NAME:Raghunathan]] referred [[NAME:Venkatesh Subramanian]], {{age:58}}, to Dr. [[NAME:Feldman]] on [[DATE:8 January 2025]]
for surveillance EGD of known {{eponym:Barrett}} esophagus and a first screening colonoscopy.
"""),

    dict(style="telephone_encounter_pharmacy", note="""
Phone note - pharmacy call
[[DATE:10/03/24]] 3:50 PM
Caller: [[NAME:Nadia Chaudhry]], PharmD, at the outpatient pharmacy, [[PHONE:(847) 555-0138]]
Re: [[NAME:Malik, Farooq]]   DOB [[DATE:05/09/1960]]   Rx # [[MRN:6043318]]
{{drug:Farxiga}} {{dose:10 mg}} rejected - prior auth required. Plan member ID [[MRN:XKD904417361]], PA phone [[PHONE:1-800-555-0190]].
Pharmacist also flagged: pt filled {{drug:glipizide}} {{dose:10 mg}} BID and {{drug:glyburide}} from two different prescribers - ?duplication.

Reviewed chart: {{drug:glyburide}} was from his previous PCP Dr. [[NAME:Zaidi]] before he transferred care in June; we started
{{drug:glipizide}}. Called pt at [[PHONE:847-555-0102]] - son [[NAME:Hamza]] answered, pt on speaker (Urdu/English). Confirmed he
has been taking BOTH. 2 episodes shaky/sweaty this week, BG 58 once.
Plan: STOP {{drug:glyburide}} - told pt and son to bring all bottles to visit. PA submitted for {{drug:Farxiga}} ({{lab:A1c 9.1}}, {{lab:eGFR 58}}).
Nurse visit [[DATE:Tue 10/8]] for med rec and glucometer review.
[[NAME:Rebecca Moore]], RN   /   reviewed by Dr. [[NAME:Dana Whitaker]]
""", summary="""
A pharmacist called on [[DATE:10/03/24]] about a prior authorization for {{drug:Farxiga}} and duplicate sulfonylureas for
[[NAME:Farooq Malik]]; the nurse stopped {{drug:glyburide}} after confirming he was taking both and having lows.
"""),

    dict(style="nursing_shift_note", note="""
Shift note 0700-1900  Telemetry  Bed 22B
A&Ox4. Up ad lib w/ standby assist. Pleasant.
Cardiac: SR 70s-80s, 3 runs NSVT (4-6 beats) 1015-1100, asymptomatic, MD notified, {{lab:K 3.3}} and {{lab:Mg 1.6}} -> repleted
  {{drug:KCl}} {{dose:40 mEq}} PO x2 + {{drug:magnesium sulfate}} {{dose:2 g}} IV. Recheck lytes 1800 - {{lab:K 4.0}}, {{lab:Mg 2.1}}.
VS stable: {{vital:BP 118/68-132/74}}, {{vital:HR 72-84}}, afebrile, {{vital:SpO2 96%}} RA.
Resp: LS clear. Denies SOB.
GI/GU: tolerating cardiac diet, BM x1. Voiding w/o difficulty.
Skin: R groin cath site - soft, no hematoma, pulses 2+ distal. Dsg changed, CDI.
Pain: {{score:0/10}}.
Edu: reviewed {{drug:Brilinta}} + {{drug:aspirin}} - do not stop w/o cardiology. Reviewed cardiac rehab brochure.
  Teach-back good.
Plan: d/c tomorrow if no further ectopy. Echo done, results pending.
""", summary="""
A telemetry patient after cardiac catheterization had brief asymptomatic NSVT with low potassium and magnesium that were
replaced, and is expected to go home tomorrow on {{drug:Brilinta}} and {{drug:aspirin}}.
"""),

    dict(style="primary_care_visit_dictated", note="""
dictation - primary care - transcribed
patient is [[NAME:svetlana morozova]] date of birth [[DATE:april second nineteen fifty nine]] seen today [[DATE:november fourth]] for
follow up of her thyroid and knee pain. she came with her husband [[NAME:gennady]] who helps with english. she says the
{{drug:levothyroxine}} is fine, energy better, she takes it with her tea in the morning which we discussed she should not do,
she should wait thirty minutes. tsh last month was {{lab:six point two}}. knees are worse on the stairs in her building on
[[ADDRESS:ocean parkway]], right worse than left, no swelling, no locking. on exam bp {{vital:one thirty eight over eighty}}, weight
{{vital:seventy nine kilos}}, knees with crepitus bilaterally, no effusion, range of motion full, {{eponym:mcmurray}} negative.
assessment hypothyroidism not at goal likely due to timing with food, will keep {{drug:levothyroxine}} at {{dose:seventy five micrograms}}
and recheck tsh in six weeks rather than increase. bilateral knee osteoarthritis, {{drug:voltaren}} gel four times a day, physical
therapy referral, avoid {{drug:ibuprofen}} given her ulcer history. flu shot given today. she will see me again in
three months. this is doctor [[NAME:daniel o'connor]] end of dictation
""", summary="""
[[NAME:Svetlana Morozova]] was seen on [[DATE:November 4]] for hypothyroidism not at goal, attributed to taking
{{drug:levothyroxine}} with tea, and for knee osteoarthritis, treated with {{drug:Voltaren}} gel and physical therapy.
"""),

    dict(style="clinic_letter_work_note", note="""
Pacific Family Health Center
[[ADDRESS:3120 W Olympic Blvd, Los Angeles, CA 90006]]   Phone [[PHONE:213-555-0114]]

[[DATE:May 27, 2025]]

To Whom It May Concern:

[[NAME:Min-jun Kim]] ([[NAME:김민준]]), date of birth [[DATE:08/30/1998]], was seen in our clinic today for an acute illness
(influenza A, confirmed by rapid test). He was ill beginning [[DATE:May 25]] and should be excused from work through
[[DATE:Friday, May 30]]. He may return on [[DATE:June 2, 2025]] if he has been fever-free for 24 hours without fever-reducing
medicine. He has been prescribed {{drug:Tamiflu}}.

No restrictions on return.
Please contact our office with any questions.

Sincerely,

[[NAME:Jiyoung Park]], MD
Family Medicine
""", summary="""
Dr. [[NAME:Park]] wrote a work excuse for [[NAME:Min-jun Kim]], who has influenza A, excusing him through [[DATE:May 30]] with
return on [[DATE:June 2, 2025]] if fever-free.
"""),

    dict(style="patient_portal_message", note="""
MESSAGE FROM PATIENT
[[NAME:Abebe Bekele]]  ->  [[NAME:Samantha Reed]], MD           [[DATE:2/19/2025]] 6:55 AM
Subject: {{drug:ozempic}} side effect?

Good morning doctor. I started the {{drug:ozempic}} {{dose:0.25}} two weeks ago like you said. I have nausea most of the day and I vomit
two times yesterday. I am also constipated 4 days. I can eat only injera little. Is this normal? Should I stop? My wife
[[NAME:Selam]] say maybe I try the shot at night. I am working my shift tonight at the airport so please message me, I can not
answer phone at work.
Thank you for your help
[[NAME:Abebe]]

-----
[[DATE:2/19/2025]] 12:30 PM   [[NAME:Samantha Reed]], MD
Hi Mr. [[NAME:Bekele]], nausea is common in the first weeks of {{drug:Ozempic}} and usually gets better. Please stay at
{{dose:0.25 mg}} for 2 more weeks before going up to {{dose:0.5 mg}}. Eat small meals, stop eating when full, and avoid fried/fatty foods.
For constipation take {{drug:Miralax}} 1 capful daily. Timing of the shot does not matter. If you cannot keep fluids down, have
belly pain that does not go away, or vomit more than 3 times in a day, stop the medicine and call us or go to urgent care.
""", summary="""
[[NAME:Abebe Bekele]] messaged on [[DATE:2/19/2025]] about nausea, vomiting and constipation two weeks into {{drug:Ozempic}};
Dr. [[NAME:Reed]] advised staying at {{dose:0.25 mg}} longer, diet changes, {{drug:Miralax}}, and warning signs.
"""),

    dict(style="nursing_shift_note_ltc", note="""
Maple Grove Care Center - Nursing Progress Note - 2 West
Resident: [[NAME:WATANABE, FUMIKO]]   Rm 214-B   [[AGE:97]] y/o F   Attending: Dr. [[NAME:Goldstein]]
[[DATE:Wed 1/22/25]]  evening shift

Mrs. [[NAME:W.]] ate 25% of dinner, refused rice porridge, took {{dose:120 mL}} of supplement w/ encouragement. Fluids ~600 mL this
shift. Coughing with thin liquids x2 - changed to nectar-thick per SLP order from [[DATE:1/20]]. Afebrile {{vital:T 36.7}},
{{vital:BP 104/62}}, {{vital:HR 88}}, {{vital:SpO2 93%}} RA, lungs w/ faint crackles R base - MD notified, CXR ordered for AM.
Skin: stage 2 sacrum 1.5 x 1 cm, foam dsg changed, turned q2h. {{score:Braden 12}}.
Mood: quiet, called for her late husband in Japanese at 2000, calmed with music and photos.
Daughter [[NAME:Kazuko Watanabe-Hill]] visited 1800-1930; asked that staff call her at [[PHONE:(503) 555-0129]] with CXR result.
Daughter reminded staff that at [[AGE:ninety-seven]] her mother wants "no hospital" - POLST on chart (DNR, comfort-focused,
limited additional interventions).
[[NAME:G. Kowalski]], LPN
""", summary="""
[[AGE:97]]-year-old nursing home resident [[NAME:Fumiko Watanabe]] had poor intake, coughing on thin liquids and new right basal
crackles on [[DATE:1/22/25]], so a chest X-ray was ordered and her daughter asked to be called; her POLST is comfort-focused.
"""),

    dict(style="telephone_encounter_critical_lab", note="""
CRITICAL RESULT CALL
Result: {{lab:potassium 6.1}} (H, critical), {{lab:Cr 2.3}} (baseline 1.6)  - collected [[DATE:08/05/2025]] 08:15, acc# [[MRN:L2508050412]]
Called by lab: [[NAME:Brian]] ([[NAME:bcole]]) at 14:02, read back and verified.
Patient: [[NAME:ROBINSON, TANISHA L]]   MRN [[MRN:2251873]]

Reviewed w/ Dr. [[NAME:Kwame Boateng]] (covering for Dr. [[NAME:Hughes]]). Pt on {{drug:spironolactone}} {{dose:25 mg}}, {{drug:lisinopril}} {{dose:40 mg}},
and recently started {{drug:Bactrim}} by urgent care for a UTI [[DATE:8/1]].
Called pt at [[PHONE:414.555.0187]] 14:10: feels "tired," no palpitations, no weakness, no CP. Urinating ok.
Instructions per Dr. [[NAME:Boateng]]: go to ED now for repeat K and ECG. Hold {{drug:spironolactone}}, {{drug:lisinopril}} and
{{drug:Bactrim}} until seen. Pt states her sister [[NAME:Keisha]] will drive her to the ED now.
ED charge RN notified 14:18 ([[NAME:Alicia]]).
[[NAME:Rebecca Moore]], RN
""", summary="""
After a critical {{lab:potassium 6.1}} with worse creatinine on [[DATE:08/05/2025]], [[NAME:Tanisha Robinson]] was told to go
to the ED and hold {{drug:spironolactone}}, {{drug:lisinopril}} and {{drug:Bactrim}}.
"""),

    dict(style="referral_letter", note="""
[[DATE:03/10/2025]]

[[NAME:Pieter van der Meer]], MD
Orthopaedic Sports Medicine
Fax: [[PHONE:(206) 555-0124]]

RE: [[NAME:SANTOS, ROGELIO]] ("[[NAME:Jun]]")     DOB [[DATE:4/16/1979]]     Acct [[MRN:400-981-775]]

Dr. [[NAME:van der Meer]] -

Referring Mr. [[NAME:Santos]], {{age:45}}, a warehouse forklift operator, for L knee pain and instability after a twisting injury
playing basketball on [[DATE:Feb 22]]. Immediate swelling, heard a "pop." Now gives way on pivoting and stairs.
Exam [[DATE:3/7]]: moderate effusion, {{eponym:Lachman}} 2+ with soft endpoint, anterior drawer positive, {{eponym:McMurray}} equivocal
medially, MCL/LCL stable. XR no fx. MRI [[DATE:3/9]]: complete ACL tear, bone bruise lateral femoral condyle, small medial meniscus
tear posterior horn.
He is on light duty; wants to return to full work. Using {{drug:naproxen}} {{dose:500 mg}} BID, knee brace, crutches prn.
His wife [[NAME:Marites]] can be reached at [[PHONE:206-555-0156]] if he is on shift.
Thank you,
[[NAME:Rhea Bautista]], PA-C, for [[NAME:Thomas Hale]], MD
""", summary="""
[[NAME:Rogelio Santos]], {{age:45}}, was referred to Dr. [[NAME:van der Meer]] on [[DATE:03/10/2025]] for a complete ACL tear and
medial meniscus tear of the left knee after a basketball injury.
"""),

    dict(style="primary_care_new_patient", note="""
NEW PATIENT VISIT                                   Date: [[DATE:10 Apr 2025]]
Name: [[NAME:Layla Haddad]]   DOB: [[DATE:12/03/1994]]   MRN: [[MRN:M6610283]]   SSN (last 4): [[SSN:7731]]
Address: [[ADDRESS:4419 Warren Ave, Apt 2, Dearborn, MI 48126]]   Email: [[EMAIL:layla.haddad94@yahoo.com]]
Emergency contact: husband [[NAME:Omar Haddad]] [[PHONE:313-555-0172]]

{{age:30}}F G1P1, new to clinic after moving from [[ADDRESS:Toledo]]. Delivered son [[NAME:Yusuf]] 5 months ago (SVD, uncomplicated),
breastfeeding. Wants to est. care, discuss mood and contraception.
Reports tearfulness, poor sleep even when baby sleeps, feeling "not like myself." No thoughts of harming self or baby. Mother-in-law
helping. {{score:EPDS 14}}. {{score:GAD-7 11}}.
PMH: iron deficiency in pregnancy, GDM (diet-controlled). Meds: prenatal vitamin. Allergies: none.
Vitals: {{vital:BP 112/70}}, {{vital:HR 78}}, {{vital:BMI 26.4}}.
Exam: normal thyroid; otherwise unremarkable.
A/P:
1. Postpartum depression, moderate - start {{drug:sertraline}} {{dose:25 mg}} x 1 wk then {{dose:50 mg}} (compatible w/ breastfeeding);
   warm handoff to BH, [[NAME:Rania Khoury]], LCSW; safety plan reviewed.
2. Hx GDM - A1c today, then q3 yr. 3. Contraception - chose {{drug:Nexplanon}}, insertion next visit. 4. TSH, CBC, ferritin.
RTC 4 wks. [[NAME:Olivia Grant]], DO
""", summary="""
[[NAME:Layla Haddad]], {{age:30}}, established care on [[DATE:10 Apr 2025]] five months postpartum with moderate postpartum
depression ({{score:EPDS 14}}) and was started on {{drug:sertraline}} with behavioral health follow-up and {{drug:Nexplanon}} planned.
"""),

    dict(style="telephone_encounter", note="""
Telephone Encounter - Nurse Line
Reason for call: question about flu and COVID vaccines

Pt called asking if she can get both vaccines on the same day and whether she should wait because she had a cold last week.
Reports runny nose is nearly gone, no fever x 5 days. Not pregnant. No prior reaction to vaccines. Has egg allergy (hives only).
Advised:
- yes, may receive both the same day, different arms
- mild illness without fever is not a reason to delay
- egg allergy (any severity) is not a contraindication to flu vaccine; standard observation 15 min
- may take {{drug:Tylenol}} or {{drug:ibuprofen}} after if sore arm or achy; do not premedicate
Pt also asked about shingles vaccine - she is {{age:51}}; eligible for {{drug:Shingrix}}, 2 doses 2-6 months apart, can be given same day.
Scheduled for nurse visit next week. Pt verbalized understanding, no further questions.
""", summary="""
A {{age:51}}-year-old caller was told she can receive flu, COVID and {{drug:Shingrix}} vaccines at the same visit despite a
resolved cold and egg allergy, and a nurse visit was scheduled.
"""),

    dict(style="nursing_handoff_ipass", note="""
I-PASS  -  Night RN to Day RN  -  6 East (pod B)                          [[DATE:3/3/25]]
Rm  | Patient                    | Age | Illness sev | Summary / Action list
601 | [[NAME:BROWN, HAROLD]]              | {{age:81}}  | watcher     | CHF exac, {{drug:Lasix}} {{dose:40 mg}} IV BID, wt down 1.2 kg. brown stool guaiac neg. K in AM.
602 | [[NAME:JIMÉNEZ, SOFÍA]]             | {{age:34}}  | stable      | pyelo, day 2 {{drug:ceftriaxone}}; afeb 24h. Spanish - mom [[NAME:Inés]] at bedside.
604 | [[NAME:GOLDSTEIN, MIRIAM]]          | [[AGE:90]]  | watcher     | hip fx POD 1, sundowning 0200; {{score:CAM+}}. Son [[NAME:Ari]] asks call [[PHONE:646-555-0135]].
605 | [[NAME:O'MALLEY, SEAN P]]           | {{age:56}}  | UNSTABLE    | EtOH w/d, {{score:CIWA 18}} at 0500 -> {{drug:Ativan}} {{dose:2 mg}}; rapid response called 0530, see note.
607 | [[NAME:NAKASHIMA, KENJI]]           | {{age:67}}  | stable      | post-TURP, CBI off, {{eponym:Foley}} to gravity, d/c today if clear.
Situational awareness: 605 may go to step-down - charge RN [[NAME:Dwayne]] aware. 604: do not give {{drug:Ambien}} (family request).
Synthesis: day RN [[NAME:Alexis Nguyen]] read back. Night RN [[NAME:Jordan Baptiste]] - [[NAME:JB]].
""", summary="""
The 6 East night-to-day I-PASS handoff on [[DATE:3/3/25]] flagged [[NAME:Sean O'Malley]] as unstable with alcohol withdrawal and
possible step-down transfer, and [[NAME:Miriam Goldstein]], [[AGE:90]], and [[NAME:Harold Brown]] as watchers.
"""),

    dict(style="clinic_letter", note="""
Bayview Gastroenterology
[[DATE:July 8th, 2025]]

Sra. [[NAME:Xiomara Colón]]
[[ADDRESS:12 Calle Luna, Apt 3]]
[[ADDRESS:Springfield, MA 01104]]

Dear Ms. [[NAME:Colón]],

Thank you for completing your colonoscopy with us on [[DATE:the 1st of July]]. I am happy to share that your colon looked
healthy overall. We removed two small polyps (4 mm and 6 mm) from the right side of the colon. The pathology shows they were
tubular adenomas, which are not cancer but can turn into cancer over many years if left in place.
Because of this, we recommend your next colonoscopy in 7 years (July 2032).
Your mother's history of colon cancer was noted; please share this letter with your sister [[NAME:Yadira]], who should
begin screening now as well.
Please continue to avoid {{drug:aspirin}} for 2 more days if you had any bleeding after the procedure; otherwise resume your usual
medicines. Call [[PHONE:(413) 555-0121]] with any questions, or reply through the portal.

Warm regards,
[[NAME:Rachel Adler-Cohen]], MD
cc: [[NAME:Marisol Vega]], MD (PCP)
""", summary="""
Dr. [[NAME:Adler-Cohen]] wrote to [[NAME:Xiomara Colón]] on [[DATE:July 8th, 2025]] that her colonoscopy on [[DATE:July 1]]
found two small tubular adenomas and that her next colonoscopy is due in 7 years.
"""),
]
