NOTES = [
    dict(style="family_medicine_visit", note="""
FAMILY MEDICINE OFFICE VISIT
Patient: [[NAME:Faith Adebayo-Cole]]     DOB: [[DATE:4/2/1971]]     MRN: [[MRN:3308812]]
Visit: [[DATE:1/14/25]]     Provider: [[NAME:Jonah Weinstein]], MD

CC: diabetes follow-up, L foot tingling
S: {{age:53}} yo F with T2DM, HTN, obesity. Checks sugars 2-3x/wk, fasting 150s-180s. Taking {{drug:metformin}} {{dose:1000 mg}} BID; has been skipping {{drug:Jardiance}} because of the copay. Tingling in L toes x2 months, worse at night. Stress high - caring for her mother after a stroke; says her faith community at church has been a big support.
O: {{vital:BP 138/86}}, {{vital:HR 76}}, {{vital:BMI 36.4}}, wt 98.2 kg. Monofilament: decreased sensation L great toe and 1st MT head. DP/PT pulses 2+. No ulcers or calluses.
Labs today: {{lab:A1c 8.9%}} (prev {{lab:8.1%}}), {{lab:eGFR 74}}, {{lab:UACR 48}}, {{lab:LDL 112}}.
A/P:
1. T2DM, uncontrolled - add {{drug:semaglutide}} {{dose:0.25 mg}} weekly x4 wk then {{dose:0.5 mg}}; patient assistance application for {{drug:Jardiance}} given; CDE referral.
2. Diabetic peripheral neuropathy - foot care education, podiatry referral, consider {{drug:duloxetine}} if it becomes painful.
3. Moderately increased albuminuria - start {{drug:lisinopril}} {{dose:10 mg}} daily; BMP in 2 wk.
4. HLD - increase {{drug:atorvastatin}} to {{dose:40 mg}}.
RTC 3 months.
""", summary="""
[[NAME:Faith Adebayo-Cole]], {{age:53}}, has uncontrolled type 2 diabetes ({{lab:A1c 8.9%}}) with new neuropathy and albuminuria; {{drug:semaglutide}} and {{drug:lisinopril}} were started and {{drug:atorvastatin}} increased.
"""),

    dict(style="telephone_refill", note="""
TELEPHONE ENCOUNTER
[[DATE:Tue 09/09/2025]] 10:42 AM
Caller: [[NAME:Bill Kaczmarek]] (self)     DOB [[DATE:11-22-1958]]
Callback: [[PHONE:773-555-0125]]
Reason: refill {{drug:lisinopril}} {{dose:20 mg}} and {{drug:metoprolol succinate}} {{dose:50 mg}}. Out tomorrow.
Pharmacy: Walgreens, [[ADDRESS:Milwaukee Ave]] & [[ADDRESS:Belmont]]
Last BP in chart {{vital:BP 132/80}} on [[DATE:6/3]]. Last BMP [[DATE:5/28/25]] ({{lab:K 4.4}}, {{lab:Cr 1.0}}).
Routed to Dr. [[NAME:Oyelowo]] for approval.
-- [[NAME:Carmen]] (MA)
---
Approved x90 days + 1 refill. Pt overdue for annual - please schedule. Will bill as refill only, no visit. -- [[NAME:AO]]
---
[[NAME:Carmen]] 11:15: LVM for pt that rx was sent; asked him to call back to book physical.
""", summary="""
[[NAME:Bill Kaczmarek]] called for refills of {{drug:lisinopril}} and {{drug:metoprolol succinate}}; Dr. [[NAME:Oyelowo]] approved 90 days and asked that he book his overdue annual exam.
"""),

    dict(style="internal_medicine_annual", note="""
ANNUAL WELLNESS VISIT - INTERNAL MEDICINE
[[NAME:Stanisław]] "[[NAME:Stan]]" [[NAME:Nowicki]], {{age:72}} y/o M, accompanied by wife [[NAME:Krystyna]].
PMH: HTN, BPH, OA both knees, former smoker (quit 1994, 30 pk-yr).
ROS negative except nocturia x2.
Exam: {{vital:BP 126/74}}, {{vital:HR 64}}, {{vital:BMI 27.1}}. Lungs clear. Knees with crepitus, full ROM. No edema.
Screening:
 - AAA ultrasound ordered (ever smoker, male 65-75)
 - LDCT: quit > 15 yr ago, not eligible
 - colonoscopy 2019, 2 small tubular adenomas, repeat 2026
Cognition {{score:MoCA 27/30}}. Mood {{score:PHQ-2 0}}. Timed Up and Go 9 s.
Vaccines: {{drug:Shingrix}} #2 today; RSV given last fall.
Labs: {{lab:PSA 3.1}} (was {{lab:2.4}} last year) - repeat in 3 mo, discussed shared decision-making.
Advance directive: wife is HCP; copy scanned into chart.
Signed: [[NAME:Aisha Rahimi]], DO
""", summary="""
Annual wellness visit for [[NAME:Stan Nowicki]], {{age:72}}, with normal cognition ({{score:MoCA 27/30}}), a second {{drug:Shingrix}} dose, an AAA ultrasound ordered and a rising {{lab:PSA 3.1}} to be repeated in three months.
"""),

    dict(style="nursing_home_provider_note", note="""
NURSING FACILITY - MONTHLY PROVIDER VISIT
Resident: [[NAME:Margaret]] "[[NAME:Peggy]]" [[NAME:Callaghan]]     Rm 214-B     Age [[AGE:97]]
Facility: St. Brendan's Home
Seen at request of DON [[NAME:Patrice McAllister]], RN for weight loss.

S: Per staff eating ~50% of meals; wt 46.8 kg, down 2.3 kg in 30 days. No coughing with meals per SLP. Enjoys visits from her daughter [[NAME:Eileen]] on Sundays. Pleasantly confused - told me it was winter and she needed her coat (it is July).
O: {{vital:BP 108/62}}  {{vital:P 70}}  {{vital:T 97.6}}  {{vital:SpO2 95% RA}}. Thin. Upper denture loose. Abd soft. Sacrum intact.
Labs: {{lab:Alb 3.0}}, {{lab:TSH 2.1}}, {{lab:Hgb 11.2}}, {{lab:Na 137}}.
A: {{eponym:Alzheimer}} dementia ({{score:FAST 6c}}); unintended weight loss, likely intake/denture related.
P: dental for reline; fortified foods and 2 Cal supplement BID; {{drug:mirtazapine}} {{dose:7.5 mg}} qhs trial; weekly weights.
Goals: DNR, no hospital transfer except for comfort - MOLST on file. Discussed by phone with HCP [[NAME:Eileen Callaghan-Roth]], [[PHONE:(845) 555-0198]].
Dr. [[NAME:V. Subramanian]]
""", summary="""
[[NAME:Peggy Callaghan]], [[AGE:97]], with {{eponym:Alzheimer}} dementia has lost 2.3 kg in a month; the plan is denture reline, fortified foods and a trial of {{drug:mirtazapine}}, agreed with her daughter [[NAME:Eileen Callaghan-Roth]].
"""),

    dict(style="behavioral_health_intake", note="""
BEHAVIORAL HEALTH INTAKE ASSESSMENT
Client: [[NAME:Reza Mohammadi]]     DOB: [[DATE:1994-08-17]]     Client ID: [[MRN:BH-220914]]
Referred by: PCP, Dr. [[NAME:Ngozi Achebe-Price]]

Presenting problem: {{age:30}}-year-old Iranian-American man, software engineer, reports 4 months of low mood, poor sleep (3-4 h/night), loss of interest, and near-daily panic episodes at work. Worsened since his father's cancer diagnosis in [[ADDRESS:Shiraz]]; he has been unable to travel.
Screens: {{score:PHQ-9 17}}, {{score:GAD-7 15}}. C-SSRS: passive wish not to wake up; denies plan, intent, preparatory behavior or prior attempts - low acute risk.
Substance use: 2-3 beers on weekends; cannabis vape nightly "to shut my brain off." No other drugs.
History: no prior treatment. Mother with depression ("she was always sad in winter").
Supports: wife [[NAME:Shirin]]; brother [[NAME:Kian]] in [[ADDRESS:Los Angeles]].
MSE: well-groomed, good eye contact, speech normal rate/volume, mood "exhausted," affect constricted, thought process linear, no SI/HI, no AH/VH, insight and judgment good.
Dx: MDD, single episode, moderate (F32.1); panic disorder (F41.0).
Plan: weekly CBT with [[NAME:Hannah Brooks]], LCSW; psychiatry referral for medication evaluation ({{drug:sertraline}} discussed); safety plan completed; 988 crisis line given.
Clinician: [[NAME:Olumide Bankole]], LPC     Date: [[DATE:10/02/2024]]
""", summary="""
[[NAME:Reza Mohammadi]], {{age:30}}, was assessed for moderate major depression and panic disorder ({{score:PHQ-9 17}}, {{score:GAD-7 15}}) with low acute suicide risk and referred for weekly CBT and a psychiatry medication evaluation.
"""),

    dict(style="therapy_progress_note", note="""
DAP NOTE - Individual Psychotherapy (53 min)
Client: [[NAME:Jordan Whitlock-Ramos]]     Session #8     [[DATE:Feb 20 2025]]

D: Client arrived on time, dressed casually, engaged. Discussed conflict with roommate [[NAME:Tess]] over rent and the breakup with [[NAME:Dre]] last month. Reported two evenings of binge eating after the breakup; used the TIPP skill once (cold water) and said it "took the edge off." Sleep improved to ~6 h. Client said there is more hope this week: "I can actually see myself finishing the semester."
A: {{score:PHQ-9 11}} (from {{score:16}} at intake). Progress toward goal 1 (reduce urges to binge) - partial. Emotion regulation improving; still avoids difficult conversations. No SI.
P: Continue weekly DBT-informed CBT. Homework: diary card daily, practice DEAR MAN before talking with [[NAME:Tess]]. Next session [[DATE:2/27]] at 4 pm.

[[NAME:Miriam Katz]], PsyD
""", summary="""
In session 8, [[NAME:Jordan Whitlock-Ramos]] reported fewer binge episodes and more hope after a breakup, with {{score:PHQ-9 11}} down from {{score:16}}; DBT-informed CBT continues weekly.
"""),

    dict(style="pediatric_well_child", note="""
WELL CHILD CHECK - 4 YEAR
[[NAME:Brooklyn Mendoza]]     DOB [[DATE:03/05/2021]]     MRN [[MRN:P-0448127]]
Here with mom ([[NAME:Yesenia]]) and baby brother. Family moved from [[ADDRESS:Brooklyn]] to [[ADDRESS:Yonkers]] over the summer; new daycare.
Growth: wt 16.1 kg (45th %ile), ht 102 cm (50th %ile), {{vital:BMI 15.5}}. {{vital:BP 96/58}}.
Vision (HOTV): {{vital:20/40}} OD, {{vital:20/40}} OS - refer to pediatric ophthalmology.
Hearing: passed OAE bilaterally.
Development: hops on one foot, draws a person with 4 parts, tells stories, knows colors. Speech 100% intelligible.
Exam: well-appearing. Red reflex present. No murmur. Teeth: 2 caries upper molars. Normal GU. Gait normal.
Immunizations today: {{drug:DTaP}} #5, {{drug:IPV}} #4, {{drug:MMR}} #2, {{drug:varicella}} #2. VIS given.
Fluoride varnish applied; dental home referral.
Anticipatory guidance: booster seat, water safety, screen time < 1 h, limit juice.
Next WCC at 5 years.
""", summary="""
[[NAME:Brooklyn Mendoza]] had her 4-year well visit with normal growth and development; reduced vision ({{vital:20/40}}) and dental caries led to ophthalmology and dental referrals, and four vaccines were given.
"""),

    dict(style="school_medication_form", note="""
SCHOOL MEDICATION AUTHORIZATION / ASTHMA ACTION PLAN
Student: [[NAME:Amari King]]     DOB: [[DATE:12/11/2014]]     Grade: 5     School: Lincoln Elementary
Parent/Guardian: [[NAME:Tanisha King]]     Phone: [[PHONE:(404) 555-0117]]     Email: [[EMAIL:tking.mom@yahoo.com]]
Diagnosis: Moderate persistent asthma. Triggers: exercise, cold air, dust.

GREEN ZONE (no symptoms, peak flow above {{lab:240}}): {{drug:Flovent HFA}} {{dose:44 mcg}} 2 puffs twice daily at home.
  Before PE/recess: {{drug:albuterol}} HFA {{dose:90 mcg}} 2 puffs with spacer.
YELLOW ZONE (cough, wheeze, chest tight; peak flow {{lab:150-240}}): {{drug:albuterol}} {{dose:4 puffs}} every 20 min up to 3 times; call parent.
RED ZONE (peak flow below {{lab:150}}, trouble walking/talking, lips blue): {{drug:albuterol}} {{dose:6 puffs}}, CALL 911, then parent.
Personal best peak flow: {{lab:300 L/min}}.
Student may self-carry and self-administer inhaler:  YES
Physician: [[NAME:Sun-Hee Yoon]], MD     Phone: [[PHONE:404-555-0188]]     Fax: [[PHONE:404-555-0189]]
Date: [[DATE:08/18/2025]]
""", summary="""
School asthma action plan for [[NAME:Amari King]] authorizing self-carried {{drug:albuterol}} before recess and as needed, with {{drug:Flovent HFA}} at home, signed by Dr. [[NAME:Sun-Hee Yoon]] on [[DATE:08/18/2025]].
"""),

    dict(style="nurse_triage_telephone", note="""
NURSE TRIAGE CALL - Pediatrics
Caller: mother, [[NAME:Thuy Pham]]; patient [[NAME:Bao Pham]], {{age:14}} mo, 10 kg.
Callback [[PHONE:408-555-0162]]
Fever to {{vital:102.8 F}} rectal since last night; gave {{drug:Tylenol}} {{dose:160 mg}} (5 mL of 160 mg/5 mL) at 0600. Fewer wet diapers (3 so far today). Pulling at R ear. No rash, no trouble breathing, consolable, drinking some.
Protocol: Fever - child under 3 yr ({{eponym:Schmitt-Thompson}}). Disposition: see today.
Dosing reviewed: {{drug:ibuprofen}} {{dose:100 mg}} (5 mL of 100 mg/5 mL) every 6-8 h is ok at 10 kg.
Appt made 2:40 pm today with Dr. [[NAME:Gutierrez]]. Mom verbalized understanding; go to ED if lethargic, not drinking, purple rash, or trouble breathing.
[[NAME:Hope Abernathy-Sims]], RN
""", summary="""
[[NAME:Thuy Pham]] called about her {{age:14}}-month-old [[NAME:Bao]] with {{vital:102.8 F}} fever and ear pulling; he was booked to see Dr. [[NAME:Gutierrez]] the same day and weight-based {{drug:ibuprofen}} dosing was reviewed.
"""),

    dict(style="internal_medicine_followup", note="""
HTN follow-up (video visit)
Home BP log x2 wk averages {{vital:146/92}} AM, {{vital:138/88}} PM, on {{drug:amlodipine}} {{dose:10 mg}} and {{drug:losartan}} {{dose:100 mg}}. Reports good adherence (pillbox). Snores loudly, wakes unrefreshed, naps daily. {{score:STOP-BANG 5}}.
Denies CP, SOB, HA, vision change. Salt: eats out 4-5x/wk.
Last labs: {{lab:K 4.2}}, {{lab:Cr 0.9}}, {{lab:Na 139}}, {{lab:A1c 5.8%}}.
Assessment: Resistant HTN on 2 agents at max dose - suspect OSA contributing; also consider primary aldosteronism.
Plan:
 - add {{drug:chlorthalidone}} {{dose:12.5 mg}} daily; BMP in 2 wk
 - aldosterone/renin ratio
 - home sleep apnea test ordered
 - DASH diet handout, sodium < 2 g/day
 - recheck BP log in 4 wk via portal
""", summary="""
Resistant hypertension on {{drug:amlodipine}} and {{drug:losartan}} with probable sleep apnea ({{score:STOP-BANG 5}}); {{drug:chlorthalidone}} was added and a sleep study and aldosterone/renin ratio ordered.
"""),

    dict(style="assisted_living_nurse_note", note="""
ASSISTED LIVING - NURSE NOTE
Resident: [[NAME:Iris Goldstein]], Apt 3C, The Willows
[[DATE:11/29/24]] 19:40  Resident found sitting on bathroom floor by caregiver [[NAME:Marisol]]. States she "lost her balance reaching for the towel." Denies head strike. Alert, oriented x3 (baseline). C/o R wrist pain {{score:2/10}} only.
VS: {{vital:BP 142/80}} lying, {{vital:BP 118/70}} standing, {{vital:P 88}}, {{vital:SpO2 96%}}, {{vital:T 97.9}}.
Neuro checks WNL, pupils equal. R wrist without deformity, full ROM, mild tenderness over radial side.
Assisted up with 2-person assist and gait belt, to bed.
Notified: son [[NAME:David Goldstein]] [[PHONE:(917) 555-0104]] - voicemail; daughter-in-law [[NAME:Rachel]] answered and is aware. PCP Dr. [[NAME:Shapiro]]'s office - message left with answering service.
Plan: neuro checks q4h x24h, orthostatic BP in AM, floor mat, PT referral; hold evening {{drug:tamsulosin}} until seen given orthostasis.
[[NAME:Comfort Asante]], LPN
""", summary="""
[[NAME:Iris Goldstein]] had an unwitnessed-type fall in her bathroom with a minor right wrist injury and an orthostatic drop to {{vital:BP 118/70}}; family and her PCP were notified and neuro checks and a PT referral were started.
"""),

    dict(style="pediatric_sick_visit", note="""
ACUTE VISIT - Pediatrics
[[NAME:Paris Washington]], {{age:6}} yo F, here with grandmother [[NAME:Gloria Washington]] (legal guardian).
CC: R ear pain x2 days, fever to {{vital:101.5}} at home, runny nose x 1 wk.
No vomiting/diarrhea. Eating less. No AOM in the past 30 days. NKDA.
Exam: {{vital:T 38.3}}, {{vital:HR 118}}, {{vital:RR 22}}, {{vital:SpO2 99%}}. Wt 21 kg.
R TM bulging, erythematous, no light reflex; L TM clear. Throat mildly red, no exudate. Lungs clear. No meningismus.
Dx: acute otitis media, R.
Rx: {{drug:amoxicillin}} {{dose:90 mg/kg/day}} divided BID = {{dose:945 mg}} BID x 10 days (400 mg/5 mL: 11.8 mL BID). {{drug:ibuprofen}} {{dose:200 mg}} q6h prn.
School note given for today and tomorrow. Return if not better in 48-72 h.
Grandma asked whether [[NAME:Paris]] could still go to her cousin's birthday Saturday - yes if afebrile 24 h.
""", summary="""
[[NAME:Paris Washington]], {{age:6}}, has right acute otitis media and was started on high-dose {{drug:amoxicillin}} {{dose:945 mg}} twice daily for 10 days.
"""),

    dict(style="internal_medicine_new_patient", note="""
NEW PATIENT VISIT - INTERNAL MEDICINE
[[NAME:Md. Rafiqul Islam]], {{age:46}} M, moved from [[ADDRESS:Sylhet]] 8 months ago; lives with wife and 3 children in [[ADDRESS:Jamaica, Queens]]. Works as a line cook.
Interpreter: Bengali, [[NAME:Rumana]] (ID [[MRN:440912]]), by video.
Insurance: Medicaid ID [[MRN:KZ48219T]].
Referred after positive TB screen at his job.
Hx: no known TB contact, BCG as child. No cough, fevers, night sweats, weight loss.
Labs (collected [[DATE:03MAR2025]]): {{lab:QuantiFERON-TB Gold positive}}, {{lab:HIV neg}}, {{lab:HBsAg neg}}, {{lab:ALT 28}}, {{lab:A1c 6.1%}}.
CXR: clear, no cavitation or lymphadenopathy.
Exam: {{vital:BP 128/82}}, {{vital:BMI 25.9}}. Unremarkable.
A/P:
 1. Latent TB infection - {{drug:rifampin}} {{dose:600 mg}} daily x 4 months; counseled re orange body fluids and drug interactions; monthly visits.
 2. Prediabetes - diet, recheck 6 mo.
 3. Health maintenance - Tdap given; hep B vaccine series started.
Next visit on the [[DATE:3rd of April]] with Dr. [[NAME:Farhana Chowdhury]].
""", summary="""
[[NAME:Md. Rafiqul Islam]], {{age:46}}, a recent arrival with a positive {{lab:QuantiFERON}} and clear chest X-ray, was started on {{drug:rifampin}} for latent TB; his prediabetes will be rechecked in six months.
"""),

    dict(style="portal_refill_message", note="""
Patient portal message - from [[NAME:Rosa Delgado-Brandão]]
Sent: [[DATE:7/21/2025]] 9:03 PM     Subject: refill + new address

"Hi Dr [[NAME:Kaplan]], I'm almost out of my {{drug:levothyroxine}} {{dose:88 mcg}}, only 4 left. The pharmacy said they need a new prescription. Also I moved, my new address is [[ADDRESS:1187 Fulton St Apt 2R, Brooklyn, NY 11238]]. Can you send it to the CVS on [[ADDRESS:Fulton]] instead of the old one? You can email me back at [[EMAIL:rosadb77@outlook.com]]. thank you!! [[NAME:Rosa]]"

Staff reply ([[NAME:kbrennan]], [[DATE:7/22]] 8:14 AM): Hi [[NAME:Rosa]], Dr. [[NAME:Kaplan]] sent a 30-day supply to the new CVS. Your last {{lab:TSH 3.8}} was on [[DATE:2024-06-30]], so you are due for labs - the order is in, you can walk in any weekday 7-11 AM. Address updated in your chart. - [[NAME:Kelly]]
""", summary="""
[[NAME:Rosa Delgado-Brandão]] asked for a {{drug:levothyroxine}} refill and gave a new address; a 30-day supply was sent and a TSH was ordered because her last {{lab:TSH 3.8}} was a year old.
"""),

    dict(style="substance_use_intake", note="""
SUD INTAKE - Outpatient Program
Name: [[NAME:CAMPBELL, DESMOND O]]     Program ID [[MRN:SU-77120]]
{{age:44}} yo Jamaican-born man referred by the ED after an alcohol-related fall with a scalp laceration. Works as a cook at a restaurant in [[ADDRESS:Flatbush]]; late shifts, drinks after work.
Use: ~1 pint of white rum daily x 10 yr, last drink this morning. Morning shakes, one withdrawal seizure 2022. Cannabis 1-2x/wk. Denies opioids, cocaine.
{{score:AUDIT 29}}. {{score:CIWA-Ar 6}} at intake. {{vital:BP 148/94}}, {{vital:HR 96}}.
Labs from ED: {{lab:GGT 188}}, {{lab:AST 96}}, {{lab:ALT 51}}, {{lab:MCV 103}}.
Social: lives with partner [[NAME:Sharon]] and her teenage son; partner supportive but "at the end of her rope."
Readiness: "I'm tired of this" - preparation stage.
Plan:
 - medically managed outpatient withdrawal: {{drug:chlordiazepoxide}} taper per protocol, daily check-ins x5 days
 - {{drug:thiamine}} {{dose:100 mg}} daily, {{drug:folic acid}} {{dose:1 mg}}
 - start {{drug:naltrexone}} {{dose:50 mg}} daily once LFTs recheck OK
 - IOP 3x/wk evenings; primary counselor [[NAME:Terrence Cook]], CASAC
""", summary="""
[[NAME:Desmond Campbell]], {{age:44}}, with severe alcohol use disorder ({{score:AUDIT 29}}) and a past withdrawal seizure was enrolled in outpatient withdrawal management with a {{drug:chlordiazepoxide}} taper, planned {{drug:naltrexone}}, and IOP with counselor [[NAME:Terrence Cook]].
"""),

    dict(style="nursing_home_care_plan", note="""
INTERDISCIPLINARY CARE PLAN CONFERENCE - quarterly
Resident: [[NAME:Harold Winter]]     Admit: [[DATE:08/02/2024]]     Room 118
Attendees: [[NAME:L. Reyes]] (SW), [[NAME:Dana Kowalski]] (MDS coordinator), [[NAME:Priya Natarajan]], RD, [[NAME:Tom]] (activities), Dr. [[NAME:Pieter van der Merwe]]; son [[NAME:Gary Winter]] by phone.

Diagnoses: {{eponym:Parkinson}} disease, orthostatic hypotension, depression, BPH.
Falls: 2 this quarter, both at night going to the bathroom. Bed alarm and scheduled toileting at 2200 and 0200 added.
Meds reviewed: {{drug:carbidopa-levodopa}} {{dose:25/100}} 1.5 tabs TID, {{drug:midodrine}} {{dose:5 mg}} TID, {{drug:sertraline}} {{dose:50 mg}}. {{drug:Tamsulosin}} stopped given falls.
Nutrition: wt stable, mechanical soft diet, thin liquids.
Mood: {{score:PHQ-9 6}}, attends music group; misses his garden.
Son asked about winter coat and boots for outdoor walks - SW to help.
Code status unchanged: DNR, may hospitalize.
Next conference on [[DATE:the 3rd]] of next month.
""", summary="""
Quarterly care plan review for [[NAME:Harold Winter]] with {{eponym:Parkinson}} disease after two night-time falls: scheduled toileting and a bed alarm were added and {{drug:tamsulosin}} was stopped.
"""),

    dict(style="pediatric_adhd_followup", note="""
ADHD MEDICATION FOLLOW-UP
[[NAME:Mateo Rossi]], {{age:9}} yo M, 4th grade, on {{drug:Focalin XR}} {{dose:10 mg}} qAM since Sept.
Teacher {{eponym:Vanderbilt}} (Ms. [[NAME:Price]]): inattention {{score:5/9}}, hyperactivity {{score:3/9}}, performance items improved in reading.
Parent {{eponym:Vanderbilt}} (dad, [[NAME:Gianluca]]): inattention {{score:4/9}}; homework still a battle after 5 pm when med wears off.
Side effects: appetite down at lunch, eats big dinner. No tics, sleep ok (asleep by 9:30).
Wt 27.4 kg (was 28.0), {{vital:BP 102/64}}, {{vital:HR 94}}.
Dad asked about the price of the brand - switching to generic {{drug:dexmethylphenidate ER}} {{dose:10 mg}}, same dose.
Plan: protein breakfast and after-school snack; consider short-acting {{dose:2.5 mg}} at 3 pm if homework remains hard. Recheck wt/BP in 3 months.
Controlled substance agreement on file; PDMP checked.
""", summary="""
[[NAME:Mateo Rossi]], {{age:9}}, has improved attention on {{drug:Focalin XR}} {{dose:10 mg}} with mild appetite loss; he is switching to generic {{drug:dexmethylphenidate ER}} at the same dose.
"""),

    dict(style="telephone_lab_result", note="""
tele enc [[DATE:3/4]] - called pt [[NAME:maria da silva]] re labs from [[DATE:2/28]].
{{lab:tsh 0.02}}, {{lab:free t4 2.9}}. pt reports palpitations, heat intolerance, 4 kg wt loss over 2 mo, tremor. no eye sx.
discussed likely hyperthyroidism, ? {{eponym:graves}}.
- started {{drug:methimazole}} {{dose:10 mg}} daily, {{drug:propranolol}} {{dose:10 mg}} tid prn palpitations
- ordered TSI, thyroid US, cbc + lfts in 3 wks (baseline)
- endo referral, dr [[NAME:ferreira-lima]]
- told her to call if fever or sore throat on {{drug:methimazole}}
she asked that her daughter [[NAME:bruna]] be listed as contact [[PHONE:857 555 0131]]. updated.
-[[NAME:nr]]
""", summary="""
[[NAME:Maria da Silva]] was called about a suppressed {{lab:TSH 0.02}} with high {{lab:free T4 2.9}} and symptoms of hyperthyroidism; {{drug:methimazole}} and {{drug:propranolol}} were started and endocrinology referral placed.
"""),

    dict(style="family_medicine_visit", note="""
Chief complaint: low back pain
[[NAME:Jean-Baptiste, Marie-Claude]]     {{age:57}} F     [[DATE:Wed, 22 Oct 2025]]
Interpreter: Haitian Creole, [[NAME:Wilner]] (ID [[MRN:30418]]), in person.

HPI: home health aide, 3 weeks of L-sided low back pain after helping a client out of the tub. No radiation below the knee, no numbness, no bowel/bladder change, no fever, no wt loss, no hx cancer. {{score:Pain 6/10}}, worse bending.
Exam: {{vital:BP 134/82}}. L paraspinal tenderness L4-S1. SLR neg bilat. Strength {{score:5/5}}, reflexes 2+ and symmetric, sensation intact. {{eponym:FABER}} neg.
A: acute mechanical low back pain, no red flags; imaging not indicated.
P: {{drug:naproxen}} {{dose:500 mg}} BID x 10 days with food; {{drug:lidocaine}} {{dose:4%}} patch; PT referral; light duty note x 2 wk (no lifting > 20 lb).
Also overdue: mammogram ordered, {{lab:A1c}} due.
She says she will pray and trust God but also wants "a real medicine."
""", summary="""
[[NAME:Marie-Claude Jean-Baptiste]], {{age:57}}, has acute mechanical low back pain without red flags after lifting a client and was treated with {{drug:naproxen}}, a {{drug:lidocaine}} patch, PT and light duty.
"""),

    dict(style="group_therapy_note", note="""
GROUP THERAPY NOTE - DBT Skills Group (Distress Tolerance module, week 3)
Duration: 90 min. Group size: 7.
Topic: ACCEPTS and Self-Soothe with the Five Senses; review of TIPP homework.
Client participation: Client arrived 10 min late, apologized, and sat near the door. Shared one example of using TIPP (paced breathing) during an argument at home and rated distress {{score:8/10}} -> {{score:5/10}} afterward. Gave supportive feedback to a peer. Appeared tearful when discussing the holidays but stayed in the room.
Mental status: alert, oriented, mood "stressed," affect congruent, no SI/HI reported or observed.
Progress: moderate; skill use increasing since week 1.
Plan: complete Self-Soothe kit homework; continue weekly group and individual therapy. Diary card reviewed, no target behaviors this week.
""", summary="""
In the DBT distress-tolerance group, the client described using TIPP to bring distress from {{score:8/10}} down to {{score:5/10}}, engaged with peers, and denied suicidal ideation.
"""),

    dict(style="hospice_nursing_home_note", note="""
HOSPICE RN VISIT - Sunrise Manor (LTC)
Patient: [[NAME:PAPADOPOULOS, THEODORA]]     Hospice ID [[MRN:HSP-30981]]
[[AGE:ninety-two]]-year-old woman with end-stage CHF ({{lab:EF 15%}}), on hospice since [[DATE:Sept 9]].
Today: more somnolent, sleeping most of the day, taking sips only. {{vital:RR 24}} with mild accessory muscle use at rest; {{vital:SpO2 88% RA}} -> 2 L NC for comfort. Mottling of knees. {{score:PPS 20%}}.
Meds: {{drug:morphine}} concentrate {{dose:5 mg}} SL q2h prn dyspnea - used x3 in 24 h, effective; {{drug:lorazepam}} {{dose:0.5 mg}} SL q4h prn anxiety; {{drug:glycopyrrolate}} {{dose:0.2 mg}} SQ prn secretions. Scheduled {{drug:furosemide}} stopped.
Family: daughter [[NAME:Sophia]] and granddaughter [[NAME:Eleni]] at bedside most of the day; Fr. [[NAME:Nikolaos]] from the parish came this morning. Family understands she is likely in her last days; focus is comfort only.
Plan: increase RN visits to daily, continuous care eval if symptoms escalate. Facility nurse [[NAME:Abena Owusu]] aware.
[[NAME:J. Kirkpatrick]], RN, hospice case manager
""", summary="""
[[NAME:Theodora Papadopoulos]], [[AGE:ninety-two]], in hospice for end-stage heart failure is actively declining ({{score:PPS 20%}}); comfort medications including {{drug:morphine}} are effective and visits were increased to daily.
"""),

    dict(style="preparticipation_physical_form", note="""
PRE-PARTICIPATION PHYSICAL EVALUATION / SUMMER CAMP HEALTH FORM
Name: [[NAME:Kwabena]] "[[NAME:Kobby]]" [[NAME:Osei-Bonsu]]     DOB [[DATE:2011-05-09]]     Age {{age:14}}
Sport/Activity: soccer; overnight summer camp at [[ADDRESS:Lake George]], 3 weeks.
History: no syncope or chest pain with exertion, no family hx of sudden death < 50. Concussions: none. Asthma: none.
Allergies: peanut (anaphylaxis age 3) - {{drug:EpiPen}} {{dose:0.3 mg}} x2 must accompany.
Exam: {{vital:BP 112/68}}  {{vital:HR 62}}  ht 168 cm  wt 55 kg
  Vision {{vital:20/20}} OD, {{vital:20/25}} OS (uncorrected)
  Heart: RRR, {{score:1/6}} vibratory systolic murmur LLSB, softer standing - consistent with {{eponym:Still}}'s murmur. No {{eponym:Marfan}} features.
  MSK: full strength {{score:5/5}}, duck walk normal.
Cleared for all sports without restriction.
Physician: [[NAME:R. Banerjee]], MD     Date [[DATE:5/30/25]]
Parent/guardian: [[NAME:Akosua Osei-Bonsu]], cell [[PHONE:(617) 555-0156]]
""", summary="""
[[NAME:Kobby Osei-Bonsu]], {{age:14}}, was cleared for soccer and summer camp without restriction; he has an innocent {{eponym:Still}}'s murmur and a peanut allergy requiring {{drug:EpiPen}}.
"""),

    dict(style="internal_medicine_visit", note="""
INTERNAL MEDICINE - FOLLOW-UP
[[NAME:Lee, Jae-won]]     {{age:62}} M     Acct [[MRN:7710045362]]
Chronic hepatitis B (HBeAg neg), diagnosed when he emigrated as a young man. Not on treatment until last year.
Current: {{drug:tenofovir alafenamide}} {{dose:25 mg}} daily since [[DATE:May 3, 2024]]. Good adherence per wife [[NAME:Young-mi]], who fills his pillbox.
Labs: {{lab:HBV DNA < 20 IU/mL}} (from {{lab:2,400}}), {{lab:ALT 24}}, {{lab:AFP 3.2}}, {{lab:Plt 188}}, {{lab:Cr 0.9}}.
US liver [[DATE:9/18]]: coarse echotexture, no focal lesion.
Family hx: brother died of HCC at 58 -> surveillance q6 months continues.
Plan: continue {{drug:TAF}}, US + AFP every 6 mo, hep A immune. Screen daughter [[NAME:Grace Lee]] - she lives in [[ADDRESS:Fort Lee]], pt will ask her to call.
[[NAME:H. Chang]], MD
""", summary="""
[[NAME:Jae-won Lee]], {{age:62}}, with chronic hepatitis B is suppressed on {{drug:tenofovir alafenamide}} ({{lab:HBV DNA < 20 IU/mL}}) with a normal liver ultrasound and continues six-monthly HCC surveillance.
"""),

    dict(style="after_hours_telephone", note="""
AFTER-HOURS CALL - on-call physician
[[DATE:Sun 4/6/25]] 23:15   Dr. [[NAME:Hamza bin Tariq]] on call for Riverside Family Practice
Caller: [[NAME:Giovanni Russo]], son of pt [[NAME:Salvatore Russo]], [[AGE:91]] y/o (pt of Dr. [[NAME:Lombardi]]).
Callback: [[PHONE:+1 (201) 555-0187]]
Concern: dad "not himself" since this afternoon - sleepy, mixing up words. Started {{drug:Bactrim DS}} 3 days ago for UTI (urgent care). Also on {{drug:lisinopril}} and {{drug:spironolactone}}. Ate little today. Son checked BP at home {{vital:BP 104/58}}, {{vital:HR 52}}.
Assessment by phone: acute confusion, bradycardia in elderly man on {{drug:TMP-SMX}} + ACEi + {{drug:spironolactone}} - concern for hyperkalemia, also infection/stroke.
Advice: go to ED now by ambulance; do not give tonight's meds. Son agreed, calling 911.
Called ED charge RN at Riverside to give heads-up.
""", summary="""
The on-call doctor advised that [[NAME:Salvatore Russo]], [[AGE:91]], go to the ED by ambulance for new confusion and bradycardia after starting {{drug:Bactrim DS}} with {{drug:spironolactone}} and {{drug:lisinopril}}, with hyperkalemia suspected.
"""),

    dict(style="immunization_nurse_note", note="""
IMMUNIZATION ADMINISTRATION - 4 month visit
Consent: VIS for each vaccine given to parent; questions answered.
Screening: no prior reactions, not ill today, no immunodeficiency in household.
Administered:
 - {{drug:Vaxelis}} (DTaP-IPV-Hib-HepB) {{dose:0.5 mL}} IM, L anterolateral thigh
 - {{drug:Prevnar 20}} {{dose:0.5 mL}} IM, R anterolateral thigh
 - {{drug:RotaTeq}} {{dose:2 mL}} PO
Lot numbers and expiration dates recorded in the state registry.
Comfort measures: breastfed during injections, tolerated well, consoled quickly.
Observed 15 min, no reaction.
Next doses due at 6 month visit. Parent given {{drug:acetaminophen}} dosing card ({{dose:40 mg}} = 1.25 mL of 160 mg/5 mL for 5.5 kg).
""", summary="""
At the 4-month visit the infant received {{drug:Vaxelis}}, {{drug:Prevnar 20}} and {{drug:RotaTeq}} without reaction, and the parent was given {{drug:acetaminophen}} dosing guidance.
"""),
]
