# Hand-written held-out notes, part c: correctional health, college health and counselling,
# military and VA primary care, street medicine and mobile outreach.
NOTES = [
    dict(style="jail_intake_screening", note="""
RECEIVING SCREENING - MEDICAL / MENTAL HEALTH
Name: [[NAME:TECUAPETLA, CUAUHTEMOC]]    Booking #: [[MRN:25-018834]]    DOB: [[DATE:07/22/1986]]
Booked [[DATE:03/09/2025]] 0214, arresting ofc [[NAME:Brandt]] (badge [[MRN:4471]])
Primary language Spanish, also speaks Nahuatl. Phone interpreter [[NAME:Rosalba]], ID [[MRN:228813]].

{{age:38}} y/o M states he drinks "una botella" of tequila daily x2 yrs, last drink approx 2200 last night.
Hx withdrawal seizure x1 (self-report, 2022, other county). Denies opioids, meth, benzos.
No SI/HI today. Denies prior attempts. No psych meds.
Visible bilat hand tremor, diaphoretic, A&O x3, cooperative.
{{vital:BP 154/96}}   {{vital:HR 112}}   {{vital:T 99.1}}   {{vital:RR 18}}   {{vital:SpO2 97% RA}}
{{lab:FSBG 88}}   {{score:CIWA-Ar 12}}
Meds: none. Allergy: PCN (rash).
TB sx screen neg. Last PPD "years ago".
Emergency contact: sister [[NAME:Citlalli Tecuapetla]] [[PHONE:(773) 555-0148]], lives in [[ADDRESS:Cicero]].

Plan: medical observation housing, CIWA q4h, {{drug:chlordiazepoxide}} {{dose:50 mg}} PO per EtOH w/d protocol,
{{drug:thiamine}} {{dose:100 mg}} daily, {{drug:folic acid}} {{dose:1 mg}} daily. Seizure precautions, lower bunk.
Provider ([[NAME:D. Whitcomb]], NP) notified 0240, orders rec'd and read back.
[[NAME:K. Oyelaran]], LPN
""", summary="""
[[NAME:Cuauhtemoc Tecuapetla]], booked on [[DATE:03/09/2025]], screened positive for alcohol withdrawal ({{score:CIWA-Ar 12}}, {{vital:HR 112}}) with a prior withdrawal seizure. He was housed in medical observation on a {{drug:chlordiazepoxide}} protocol with {{drug:thiamine}}.
"""),

    dict(style="sick_call_slip", note="""
HEALTH SERVICES REQUEST
Name: [[NAME:yoandri perez castillo]]     ID#: [[MRN:884120]]     Unit: C-pod cell 12
Date: [[DATE:11-4]]
Request (write what is wrong): my tooth is killing me back left side cant eat for 3 days face is
swoll up. also need my inhaler refill the blue one. thank you

---- NURSING USE ONLY ----
Triaged [[DATE:11/5]] 0730 by [[NAME:M.R.]], RN
L lower molar region TTP, mild L submandibular swelling, no trismus, swallowing OK, uvula midline,
no fever ({{vital:T 98.4}}). Pain {{score:8/10}}.
- {{drug:ibuprofen}} {{dose:600 mg}} TID x5d per standing order, first dose given
- dental list, next available [[DATE:Thurs 11/7]]
- {{drug:albuterol}} HFA refill routed to provider for co-sign (pt states uses 2-3x/wk)
Told to submit new slip / tell officer if swelling spreads to neck or trouble breathing.
$5 copay assessed. Pt verbalized understanding.
""", summary="""
[[NAME:Yoandri Perez Castillo]] put in a sick-call slip for left lower dental pain with mild swelling and an {{drug:albuterol}} refill. The nurse started {{drug:ibuprofen}} and booked dental for [[DATE:11/7]].
"""),

    dict(style="prison_infirmary", note="""
INFIRMARY PROGRESS NOTE - day 4
Pt: [[NAME:Tehahenteh Diabo]]     DOC# [[MRN:A-447190]]
Admitted to infirmary [[DATE:June 2]] for RLE cellulitis.

S: "Feeling better. Sugar went low in the night." Woke sweaty ~0300, officer called nursing.
O: {{vital:T 98.6}}  {{vital:BP 138/82}}  {{vital:HR 84}}
   R shin erythema receded ~3 cm inside the pen line. No fluctuance, no crepitus. {{eponym:Homan}} sign neg.
   {{lab:FSBG 62}} at 0300, given juice + crackers, recheck {{lab:FSBG 118}}.
   Labs [[DATE:6/5]]: {{lab:WBC 9.8}}, {{lab:Cr 1.1}}, {{lab:A1c 8.9%}}
A/P:
1. Cellulitis RLE, improving. Cont {{drug:cephalexin}} {{dose:500 mg}} QID, day 4 of 7.
2. T2DM w/ nocturnal hypoglycemia. Decrease {{drug:Lantus}} {{dose:28 units}} to {{dose:22 units}} qHS. Cont {{drug:metformin}} {{dose:1000 mg}} BID.
   Bedtime snack order to kitchen.
3. Old {{eponym:Bell palsy}}, residual L facial weakness, unchanged.
[[NAME:Tehahenteh]] asked to call his mother; referred to chaplain/unit counselor for phone.
Anticipate return to general population [[DATE:Monday 6/9]] if sugars stable.
Dr. [[NAME:Farrukh Aziz]] / seen with [[NAME:Lacroix]], RN
""", summary="""
On infirmary day 4, [[NAME:Tehahenteh Diabo]]'s right leg cellulitis is improving on {{drug:cephalexin}}, but a night-time {{lab:FSBG 62}} led to cutting {{drug:Lantus}} to {{dose:22 units}}. Return to general population is planned for [[DATE:6/9]].
"""),

    dict(style="prison_infirmary", note="""
Infirmary nursing 1900-0700
Opioid withdrawal monitoring, day 2.
{{score:COWS 14}} @2000 -> {{score:COWS 9}} @0000 -> {{score:COWS 6}} @0400
{{drug:Clonidine}} {{dose:0.1 mg}} given 2010. Held 0010 dose for {{vital:BP 94/58}}, pt asymptomatic.
{{drug:Loperamide}} {{dose:4 mg}} x1 for loose stools. {{drug:Ondansetron}} {{dose:4 mg}} ODT x1, kept crackers down after.
Fluids encouraged, 3 cups documented. Slept approx 4 hrs total.
Denies SI. Custody cell checks q15 min per post order.
MOUD: per Medical Director, {{drug:buprenorphine}} {{dose:8 mg}} SL induction this AM once COWS >8 again - pt aware and agreeable.
{{drug:Narcan}} kit confirmed at officer station.
No falls, no emesis since 0100. Report given to day shift.
""", summary="""
Overnight opioid withdrawal monitoring in the infirmary showed COWS falling from {{score:COWS 14}} to {{score:COWS 6}}; {{drug:clonidine}} was held once for {{vital:BP 94/58}}. {{drug:Buprenorphine}} induction is planned for the morning.
"""),

    dict(style="jail_refusal_form", note="""
REFUSAL OF TREATMENT / MEDICATION

Individual: [[NAME:Jetnil Langrine]]                  Inmate #: [[MRN:0091772]]
Date: [[DATE:2025-01-17]]     Time: 0815     Location: Housing Unit 4 dayroom
Treatment refused: {{drug:isoniazid}} {{dose:900 mg}} + {{drug:rifapentine}} {{dose:900 mg}} (3HP weekly DOT), dose #6 of 12
Reason given: "Makes my stomach sick all day." Offered Marshallese interpreter, declined, states he understands English.
Risks of refusal explained incl. progression to active TB and having to restart the course.
Individual declined to sign. Form signed by witness.

Witness: Sgt. [[NAME:Dallas Kinvig]], badge [[MRN:3318]]
Nurse: [[NAME:Amber Kjeldsen]], RN

Follow-up: referred to provider sick call [[DATE:1/20]], consider {{drug:pyridoxine}} + antiemetic before dose.
Last LFTs [[DATE:12/30/24]]: {{lab:AST 31}}, {{lab:ALT 44}}.
""", summary="""
[[NAME:Jetnil Langrine]] refused dose 6 of weekly {{drug:isoniazid}}/{{drug:rifapentine}} for latent TB on [[DATE:2025-01-17]] because of nausea. He was referred to provider sick call on [[DATE:1/20]].
"""),

    dict(style="jail_mental_health", note="""
MH FOLLOW-UP - SUICIDE WATCH STEP-DOWN REVIEW
[[NAME:MAMANI CONDORI, WILFREDO]]    #[[MRN:2024-33195]]

Seen cell-front, then in interview room 2 with CO [[NAME:Declan O'Rourke]] outside door.
Placed on constant observation [[DATE:Sat 8/16]] after attempted ligature with a torn sheet strip; superficial neck
abrasion only, cleared by medical. Today is day 3.

Interview in Spanish (writer is fluent). Calm, good eye contact, linear. Says he "panicked" after a phone call
with his wife [[NAME:Eulalia]], who told him she is taking the kids back to [[ADDRESS:El Alto]]. Sleeping 5-6 h, eating
all trays. Denies current SI, intent or plan. Future oriented: asking about GED class and his court date
[[DATE:September 4]]. {{score:PHQ-9 11}}.
[[NAME:Wilfredo]] agreed to tell staff if thoughts return.

Plan: step down to q15 min checks; regular clothing minus laces/belt; cont {{drug:sertraline}} {{dose:50 mg}} daily.
Re-eval in 24 h. Discussed with Dr. [[NAME:Hauck]] (psychiatry), agrees with step-down.
[[NAME:Ileana Quintero]], LCSW
""", summary="""
[[NAME:Wilfredo Mamani Condori]] had been on constant observation since a ligature attempt on [[DATE:8/16]]. On day 3 he denied suicidal ideation and was future-oriented, so he was stepped down to 15-minute checks on {{drug:sertraline}}.
"""),

    dict(style="prison_chronic_care", note="""
CHRONIC CARE CLINIC / MEDICAL PAROLE EVALUATION
Patient: [[NAME:Yannick Le Goff]]     CDC# [[MRN:K-20917]]     DOB [[DATE:2 Feb 1935]]

Mr. [[NAME:Le Goff]] is a [[AGE:90]]-year-old man incarcerated since 1988, housed in the skilled nursing unit.
Referred by his attorney for medical parole consideration.

Problems:
 - advanced {{eponym:Parkinson disease}} (dx 2016), freezing, 4 falls since January
 - major neurocognitive disorder, {{score:MoCA 12/30}}
 - HFrEF, {{lab:EF 30%}}
 - oropharyngeal dysphagia, mechanical soft / nectar thick
Functional: 2-person assist transfers, wheelchair dependent, urinary incontinence (no {{eponym:Foley}}), {{score:Barthel 25}}.
Meds: {{drug:carbidopa-levodopa}} {{dose:25/100}} 1.5 tab QID, {{drug:Entresto}} {{dose:24/26 mg}} BID, {{drug:donepezil}} {{dose:5 mg}} qHS.

Opinion: his condition is permanent and irreversible and he is physically incapable of presenting a danger
to society. I support referral for medical parole to a skilled nursing facility. Daughter
[[NAME:Gwenaëlle Le Goff-Harmon]] in [[ADDRESS:Sacramento]] agrees to be contact, [[PHONE:916-555-0172]].

[[NAME:Priya Ramaswamy]], MD, Chief Medical Executive
""", summary="""
[[NAME:Yannick Le Goff]], a [[AGE:90]]-year-old with advanced {{eponym:Parkinson disease}}, dementia and heart failure, was found permanently incapacitated. The physician supports medical parole to skilled nursing, with his daughter [[NAME:Gwenaëlle Le Goff-Harmon]] as contact.
"""),

    dict(style="student_health_visit", note="""
STUDENT HEALTH SERVICES - ACUTE VISIT
Student: [[NAME:Mette Kjærgaard]]     Student ID [[MRN:904118276]]     DOB [[DATE:19-04-2004]]
Visit date [[DATE:10/02/2025]]

Exchange student from [[ADDRESS:Aarhus]], here since August.
CC: burning w/ urination x2 days, frequency, urgency. No fever, flank pain, vaginal d/c.
LMP [[DATE:9/20]]. Sexually active, 1 male partner, condoms inconsistent.
{{vital:T 36.9 C}}   {{vital:BP 112/70}}   {{vital:HR 76}}   No CVA tenderness. Mild suprapubic TTP.
UA: {{lab:LE 2+}}, {{lab:nitrite pos}}, {{lab:blood trace}}.  {{lab:urine hCG neg}}.
A: acute uncomplicated cystitis.
P: {{drug:nitrofurantoin}} {{dose:100 mg}} BID x5 days. GC/CT NAAT offered and sent.
   Insurance: university plan, member ID [[MRN:UHP55102948]] (her Danish coverage card also scanned).
Prefers contact by WhatsApp [[PHONE:+45 28 61 44 90]] or [[EMAIL:mkjaergaard@students.wmich.edu]].
[[NAME:Janelle Brooks]], FNP-C
""", summary="""
Exchange student [[NAME:Mette Kjærgaard]] was seen on [[DATE:10/02/2025]] for uncomplicated cystitis ({{lab:nitrite pos}}) and started on {{drug:nitrofurantoin}}. GC/CT testing was sent.
"""),

    dict(style="campus_counseling_intake", note="""
COUNSELING & PSYCHOLOGICAL SERVICES - INITIAL CONSULTATION
Client: [[NAME:Rúni Joensen]] (he/him), junior, Marine Biology
Date: [[DATE:Feb 11, 2025]]
Referral: his RA, [[NAME:Tamsin Pascoe]], who noticed he had not left his room for several days.

Presenting concern: low mood since winter break, first winter away from family in [[ADDRESS:Klaksvík]].
Says the dark afternoons "aren't even the problem, it's being alone." Missed ~2 wks of classes, failing
Organic Chem. Sleeping 12-14 h. "A few beers" most nights.
Screens: {{score:PHQ-9 19}}, {{score:GAD-7 10}}, {{score:AUDIT-C 6}}.
C-SSRS: passive wish to be dead in past month, no method, plan or intent; no lifetime attempts.
Means: no firearms; only OTC {{drug:Tylenol}} in room - agreed to give bottle to RA.
Protective: close to older sister [[NAME:Sólja]], video calls family weekly, wants to finish degree.

Plan:
- weekly individual therapy with Dr. [[NAME:Haugen]]
- referral to campus psychiatry for med eval
- safety plan completed, copy given; 988 and after-hours line reviewed
- ROI signed for Dean of Students re: reduced course load
[[NAME:Beatriz Olmos]], PsyD
""", summary="""
[[NAME:Rúni Joensen]] presented on [[DATE:Feb 11, 2025]] with a depressive episode ({{score:PHQ-9 19}}) and passive death wishes without a plan. A safety plan was made and he was referred for weekly therapy and campus psychiatry.
"""),

    dict(style="campus_counseling_progress", note="""
Progress Note - Individual, session 4 of 8 (brief therapy model)

Client arrived on time, engaged. Focus: exposure hierarchy for panic in large lecture halls.
Panic attacks this week: 2 (down from 5). SUDS peak 70, fell to 40 after 10 min in back row of Lecture Hall B.
{{score:GAD-7 12}} (prior {{score:GAD-7 16}}). {{score:PDSS 9}}.
Interoceptive exposures (straw breathing, chair spinning) done 3 of 7 days.
Meds via Student Health psychiatry: {{drug:escitalopram}} {{dose:10 mg}} daily, nausea resolved; has not needed
{{drug:hydroxyzine}} PRN.
Denies SI/HI. No substance use beyond occasional weekend drinks.
Homework: sit mid-room at Tuesday Chemistry lecture, log SUDS before/after; continue exposures daily.
Next session 1 week.
""", summary="""
At session 4 the student's panic attacks fell from 5 to 2 a week with exposure work ({{score:GAD-7 12}}, down from {{score:GAD-7 16}}). They continue {{drug:escitalopram}} and mid-room lecture exposure as homework.
"""),

    dict(style="student_health_visit", note="""
SHS walk-in -> provider
pt [[NAME:Niillas Somby]], {{age:20}}M, sophomore, Nordic ski team
S: sore throat + fatigue x8 days, fevers to 101. Teammate [[NAME:Eli]] had mono last month.
   Eating less, drinking ok. No LUQ pain.
O: {{vital:T 38.2}}  {{vital:HR 98}}  {{vital:BP 118/72}}
   Tonsils 3+ w/ exudate, posterior cervical LAD bilat, spleen not palpable.
   {{lab:Monospot positive}}, rapid strep neg. {{lab:WBC 11.2}}, {{lab:atypical lymphs 18%}}, {{lab:ALT 88}}.
A/P: EBV mononucleosis.
 - supportive care, fluids, {{drug:ibuprofen}} {{dose:400 mg}} q6h prn; avoid {{drug:acetaminophen}} while LFTs up
 - NO skiing/contact sports min 3-4 wks (splenic rupture risk). Letter to athletic trainer [[NAME:Kyle Brandvold]], ATC (ROI on file)
 - recheck + LFTs [[DATE:3/28]]
Results by phone [[PHONE:608.555.0193]]
[[NAME:H. Lindgren]], PA-C
""", summary="""
[[NAME:Niillas Somby]], a {{age:20}}-year-old ski team athlete, has EBV mononucleosis ({{lab:Monospot positive}}, {{lab:ALT 88}}). He is held from skiing and contact sport, with a recheck on [[DATE:3/28]].
"""),

    dict(style="student_health_portal_message", note="""
From: [[NAME:Lieselot Van den Broeck]] <[[EMAIL:lvandenbroeck22@mail.msu-north.edu]]>
Sent: [[DATE:Sun, Apr 6, 2025]] 11:42 PM
Subject: allergy shots??

Hi, I brought my allergy serum from home (my allergist in [[ADDRESS:Leuven]] is Dr. [[NAME:Wouters]]). Can I continue
my shots at the health center? I have the vials and the schedule but it's in Dutch. Also can I get a
refill of my {{drug:Allegra}}?  Thanks, [[NAME:Lies]]

----
Reply [[DATE:4/7/25]] 9:10 AM - [[NAME:Marcus Oyelowo]], RN, Allergy/Immunization
Hi [[NAME:Lieselot]], yes we can give your injections from outside vials once we have a signed order and dosing
schedule from Dr. [[NAME:Wouters]] (English translation needed). Please ask his office to fax [[PHONE:(517) 555-0166]].
You'll wait 30 min after each shot and need to bring your {{drug:EpiPen}}.
{{drug:Allegra}} {{dose:180 mg}} is over the counter here; the campus pharmacy carries it. - [[NAME:MO]]
""", summary="""
Student [[NAME:Lieselot Van den Broeck]] asked on [[DATE:Apr 6, 2025]] to continue allergy shots started with her allergist in [[ADDRESS:Leuven]]. The nurse replied that a signed, translated order is needed and that {{drug:Allegra}} is sold over the counter.
"""),

    dict(style="campus_counseling_after_hours", note="""
After-Hours Counseling Line - consult summary forwarded to CAPS
Call received 01:37 [[DATE:10/19]]. Caller: [[NAME:Arami Benítez Ayala]], undergrad, {{age:19}}.

Caller reports that at an off-campus party on [[ADDRESS:Gilman Street]] tonight she had one drink she did not pour
herself and woke up in an unfamiliar room; unsure what happened. Now back in her residence hall; her
roommate [[NAME:Yeruti]] is with her. [[NAME:Yeruti]] walked her home from the party.
Physical: headache, nausea, genital soreness. Tearful, oriented, coherent.
Safety: denies SI/HI, not in immediate danger, does not want police at this time.

Provided:
- SANE exam available 24/7 at the ED; evidence can be collected up to 120 h and without a police report
- avoid showering/changing if able, keep clothes in paper bag
- confidential advocate [[NAME:Noor Haddad]], [[PHONE:510-555-0107 x22]]; Title IX info
Caller agreed to go to ED with roommate by rideshare now. CAPS will call her at 10 AM.
Counselor: [[NAME:J. Whitlock]], LPC
""", summary="""
[[NAME:Arami Benítez Ayala]] called the after-hours line on [[DATE:10/19]] after a possible drug-facilitated sexual assault at a party. She denied suicidal ideation, received SANE and advocacy information, and agreed to go to the ED with her roommate.
"""),

    dict(style="military_sick_call", note="""
BAS SICK CALL
SGT [[NAME:QUITUGUA, JESSE R]]     DoD ID [[MRN:1548820193]]     B Co, 1-27 IN
Date: [[DATE:14 JAN 2025]]

CC: R ankle injury, rolled it on uneven ground during ruck march 0630 today.
HPI: {{age:27}} y/o AD male, inversion injury, able to bear weight 4 steps immediately after, lateral swelling.
Exam: lat malleolus edema/ecchymosis, TTP over ATFL. No TTP post edge distal fibula, medial malleolus,
navicular or base of 5th MT -> {{eponym:Ottawa}} ankle rules neg, no films. Ant drawer mild laxity vs L. DP 2+, sensation intact.
A: grade II lateral ankle sprain, R.
P: RICE, lace-up brace, crutches x3 days, {{drug:Motrin}} {{dose:800 mg}} TID w/ food x7d.
   Profile: no running, jumping or rucking x14 days; may bike, upper body. PT referral.
   RTC [[DATE:28JAN25]] or sooner if worse.
Seen by SPC [[NAME:Aguon]], 68W. Reviewed/cosigned CPT [[NAME:Mendiola-Taitano]], PA-C
""", summary="""
SGT [[NAME:Jesse Quitugua]] was seen at sick call on [[DATE:14 JAN 2025]] for a grade II right lateral ankle sprain with negative {{eponym:Ottawa}} rules. He got a brace, {{drug:Motrin}} and a 14-day profile, with follow-up on [[DATE:28JAN25]].
"""),

    dict(style="military_primary_care", note="""
PERIODIC HEALTH ASSESSMENT - provider review
Member: HM2 [[NAME:Kesolei Ngiraingas]]     EDIPI [[MRN:1392840075]]     DOB [[DATE:1993/11/08]]   Age {{age:31}}

| Item       | Result                                              |
|------------|-----------------------------------------------------|
| BP         | {{vital:BP 136/88}}                                 |
| BMI        | {{vital:BMI 31.4}}                                  |
| Vision     | {{score:20/20}} OU corrected                        |
| Audiogram  | STS L ear 4 kHz - retest [[DATE:07/15/2025]]        |
| PHQ-2      | {{score:PHQ-2 0}}                                   |
| AUDIT-C    | {{score:AUDIT-C 5}}                                 |
| Lipids     | {{lab:LDL 162}}, {{lab:HDL 38}}, {{lab:TG 240}}     |
| A1c        | {{lab:A1c 5.9%}}                                    |

Comments: prediabetes + dyslipidemia. FHx: father died of MI at {{age:52}} in [[ADDRESS:Koror]].
Lifestyle counseling done, referred to ShipShape. Repeat lipids 3 mo; if LDL still >160 start {{drug:atorvastatin}} {{dose:20 mg}}.
Discussed AUDIT-C, drinks mostly on liberty weekends; brief intervention given.
IMR: fully medically ready; dental Class 2.
LT [[NAME:Bridget Kowalczyk]], MC, USN
""", summary="""
HM2 [[NAME:Kesolei Ngiraingas]]'s periodic health assessment found prediabetes ({{lab:A1c 5.9%}}) and dyslipidemia ({{lab:LDL 162}}) with a family history of early MI. Lifestyle referral was made, with {{drug:atorvastatin}} if lipids stay high, and an audiogram retest set for [[DATE:07/15/2025]].
"""),

    dict(style="va_primary_care", note="""
PACT PRIMARY CARE - FOLLOW UP
[[NAME:KERMODE, ALISTAIR J]]     SSN last 4 [[SSN:4417]]

Mr. [[NAME:Kermode]] is a [[AGE:93]] y/o Korea-era Army veteran who lives alone in [[ADDRESS:Port Angeles]]; daughter
[[NAME:Moirrey Quayle]] checks on him daily and is with him today.
Concerns: (1) more SOB walking to the mailbox x2 wks, (2) daughter worried about his driving.
{{vital:BP 148/72}}   {{vital:HR 68}} irreg   {{vital:SpO2 93% RA}}   {{vital:Wt 71.2 kg}} (up 2.1 kg since [[DATE:Aug 19]])
JVP ~9 cm, bibasilar crackles, 2+ pitting edema to mid-shin. {{score:2/6}} SEM RUSB (known mod AS).
Labs today: {{lab:BNP 812}}, {{lab:Cr 1.4}}, {{lab:K 4.6}}, {{lab:eGFR 44}}.

A/P
1. HFpEF, mild exacerbation - {{drug:furosemide}} {{dose:20 mg}} -> {{dose:40 mg}} daily x5d then back to 20. BMP 1 wk.
   Daily weights, call if >2 lb/day.
2. AF - {{drug:apixaban}} {{dose:2.5 mg}} BID, dose-reduction criteria met (age, Cr). Rate ok.
3. Driving - {{score:MoCA 21/30}}. OT driving eval ordered; advised no driving until done. He is not happy but agreed,
   [[NAME:Moirrey]] will drive him meanwhile.
HBPC consult placed. RTC [[DATE:12/3]].
[[NAME:Daniel Ostrowski]], MD
cc: [[NAME:Jenna Whitfield]], RN Care Manager
""", summary="""
[[NAME:Alistair Kermode]], a [[AGE:93]]-year-old veteran, has a mild HFpEF exacerbation ({{lab:BNP 812}}, 2.1 kg gain), so {{drug:furosemide}} was raised to {{dose:40 mg}} for 5 days. With {{score:MoCA 21/30}} he was advised not to drive until an OT driving evaluation, and will return [[DATE:12/3]].
"""),

    dict(style="va_telephone_encounter", note="""
TELEPHONE ENCOUNTER - RN CARE MANAGER
Veteran: [[NAME:Cardinal, Lorne T]]     Last4: [[SSN:2093]]

Returned veteran's call at [[PHONE:406-555-0139]] re: message left with clerk [[DATE:Tuesday, May 13]] about high sugars.
Veteran reports home BG 280s-300s since the steroid burst from urgent care ({{drug:prednisone}} {{dose:40 mg}} x5d for
COPD flare, last dose yesterday). No polyuria, polydipsia or confusion. Wife [[NAME:Hope]] does his checks and read
me the log. Taking {{drug:metformin}} {{dose:1000 mg}} BID and {{drug:Jardiance}} {{dose:10 mg}} daily. Breathing "a lot better,"
using {{drug:Trelegy}} daily.
Reviewed per protocol with Dr. [[NAME:Sinclair]]: no med change, expect BG to trend down off steroids. Call back or go to
ED if BG >350, vomiting, or confused. A1c with visit [[DATE:6/18]].
Veteran also asked about mileage reimbursement from [[ADDRESS:Box Elder]] - gave him the travel office number.
Veteran and wife verbalized understanding.
[[NAME:R. Whiteduck]], RN
""", summary="""
[[NAME:Lorne Cardinal]] had home glucose in the 280s-300s after a {{drug:prednisone}} burst for a COPD flare. After review with Dr. [[NAME:Sinclair]] no medicine was changed, with return precautions and an A1c at his [[DATE:6/18]] visit.
"""),

    dict(style="va_pcmhi", note="""
PCMHI INITIAL ASSESSMENT (30 min)
Veteran [[NAME:Maikel Betancourt Rondón]], {{age:34}} y/o, Army, 2 OEF deployments. Referred by PCP Dr. [[NAME:Nnamdi Eze]] after
{{score:PC-PTSD-5 4}} on screen [[DATE:9/9/2025]]. Born in [[ADDRESS:Maracaibo]], came to US at 12, enlisted at 19.

Nightmares 4-5 nights/wk, hypervigilant in crowds, avoids Walmart on weekends, startles to fireworks, irritable
with wife [[NAME:Yulimar]]. 4-6 beers nightly "to sleep."
{{score:PCL-5 52}}   {{score:PHQ-9 14}}   {{score:AUDIT-C 8}}
Denies SI/HI, no past attempts. Owns 2 handguns - agreed to have cousin [[NAME:Jhonny Rondón]] hold them for now;
cable locks provided.

Plan
- Recommend to PCP: {{drug:prazosin}} {{dose:1 mg}} qHS, titrate for nightmares
- Referral to PTSD Clinical Team for CPT/PE; veteran prefers evening VVC
- Alcohol brief intervention done; {{drug:naltrexone}} discussed, he'll think about it
- VCL (988, press 1) given
F/u 2 wks VVC.
[[NAME:S. Abernathy-Cole]], PhD
""", summary="""
Army veteran [[NAME:Maikel Betancourt Rondón]] screened positive for PTSD ({{score:PCL-5 52}}) with heavy nightly drinking ({{score:AUDIT-C 8}}) and no suicidal ideation. He agreed to let his cousin hold his handguns and was referred for {{drug:prazosin}} and trauma-focused therapy.
"""),

    dict(style="va_nursing_med_rec", note="""
Medication Reconciliation - Nursing
Completed with Veteran and spouse using pill bottles brought from home.

Discrepancies:
- {{drug:Lisinopril}} listed {{dose:20 mg}}; Veteran taking {{dose:10 mg}} (halving tabs per community cardiology). List updated, PCP alerted.
- {{drug:Tamsulosin}} {{dose:0.4 mg}} from community care urology not on VA list - entered as Non-VA med.
- OTC {{drug:diphenhydramine}} {{dose:50 mg}} nightly for sleep - {{eponym:Beers}} criteria / fall risk education given; PCP to address.
- {{drug:Meloxicam}} stopped by PCP last visit ({{lab:eGFR 48}}); Veteran still had bottle - disposal bag given.
Allergies verified: sulfa (hives).
{{vital:BP 132/78}}   {{vital:HR 64}}   Pain {{score:3/10}} bilat knees.
Fall screen positive (1 fall past year), {{score:TUG 14 sec}}. PT referral pending PCP signature.
Updated med list printed and reviewed line by line.
""", summary="""
Nursing medication reconciliation found a {{drug:lisinopril}} dose discrepancy, an unlisted {{drug:tamsulosin}}, nightly {{drug:diphenhydramine}} and a discontinued {{drug:meloxicam}} still at home. The fall screen was positive ({{score:TUG 14 sec}}) and PT referral is pending.
"""),

    dict(style="street_medicine", note="""
STREET MEDICINE ROUNDS - Tues night team
Pt: [[NAME:Walter Nicholai]] ("[[NAME:Nanuq]]"), known to team. DOB [[DATE:4-3-71]] per state ID.
Found at his usual spot under the [[ADDRESS:Ingra St]] overpass by [[ADDRESS:5th Ave]]. Originally from [[ADDRESS:Hooper Bay]],
sister lives in [[ADDRESS:Bethel]].

CC: L foot "hurting and stinking" x1 wk. Socks wet. Ambient temp about -8 C tonight.
{{vital:T 37.9}}  {{vital:HR 104}}  {{vital:BP 108/66}}  {{lab:FSBG 246}} (DM, off meds >3 mo)
L great + 2nd toes dusky w/ hemorrhagic blisters, foul odor, erythema to midfoot, sensation decreased.
Imp: frostbite L toes w/ probable secondary infection; uncontrolled DM.
Strongly advised ED tonight - he declined ("they'll kick me out by morning"). Capacity intact, can explain
risk of losing toes in his own words.
Given: dry wool socks x3, boots from van, {{drug:Augmentin}} {{dose:875 mg}} BID x10d (1st dose observed),
dressing supplies, hand warmers, {{drug:Narcan}} kit.
Plan: team to find him again Thurs; outreach worker [[NAME:Becca]] calling shelter re medical respite bed.
His phone (when charged): [[PHONE:907-555-0124]].
[[NAME:JTM]], NP / [[NAME:Ahmed Farouk]], MS3
""", summary="""
[[NAME:Walter Nicholai]] ("[[NAME:Nanuq]]") was found under the [[ADDRESS:Ingra St]] overpass with probable infected frostbite of the left toes and uncontrolled diabetes. He declined the ED with capacity, so the team started {{drug:Augmentin}} and is seeking a medical respite bed.
"""),

    dict(style="mobile_outreach_log", note="""
MOBILE HEALTH UNIT - DAILY LOG
Site: St. Brigid parish lot, [[ADDRESS:Roosevelt Ave & 82nd St]]      Date: [[DATE:07.12.2025]]

1. [[NAME:Quishpe, Segundo]] - {{age:58}}. HTN recheck {{vital:BP 168/98}}, out of {{drug:amlodipine}} x2 wks. 30-day supply {{dose:10 mg}}, FQHC referral.
2. [[NAME:Guamán Lema, María Dolores]] - {{age:44}}. {{lab:A1c 10.1%}}, new DM. Start {{drug:metformin}} {{dose:500 mg}} BID; Kichwa/Spanish teaching by CHW [[NAME:Luz Chimbo]].
3. [[NAME:Danny Whitaker]] - {{age:29}}. PrEP f/u, {{lab:HIV Ag/Ab neg}}, {{lab:Cr 0.9}}. {{drug:Descovy}} x90 days.
4. [[NAME:Wilson Chango]] - {{age:36}}. R palm lac 2 days old from work, cleaned, steri-strips, Tdap given.
5. [[NAME:Shauna O'Brien-Pierce]] - {{age:52}}. Mammogram voucher; msg left at [[PHONE:718-555-0153]] re: pap result.

Seen 5, walk-aways 2. Interpreter time 1.5 h.
RN [[NAME:Gabriela Andrade]] / MD [[NAME:Thomas Reilly]]
""", summary="""
The mobile unit saw five clients on [[DATE:07.12.2025]], including [[NAME:Segundo Quishpe]] restarted on {{drug:amlodipine}} for {{vital:BP 168/98}} and [[NAME:María Dolores Guamán Lema]] started on {{drug:metformin}} for new diabetes ({{lab:A1c 10.1%}}).
"""),

    dict(style="street_medicine_dictation", note="""
street med follow up, seen at the encampment along [[ADDRESS:river road]] behind the old feed mill. patient is
[[NAME:louis fayant-laroque]], {{age:46}}, metis, originally from up near [[ADDRESS:lac la biche]], unhoused here about two
years. recheck of the left forearm abscess we drained on [[DATE:the 3rd]]. packing out, cavity clean and granulating,
about one centimeter deep, no surrounding cellulitis. he finished the {{drug:bactrim}} ds. no fever, {{vital:temp 36.8}}.
still injecting fentanyl mostly, some meth, getting new points from the syringe service. talked about {{drug:sublocade}}
again and he is actually interested this time, wants a week to think. gave two {{drug:naloxone}} kits and test strips.
his partner [[NAME:deb]] keeps the phone, [[PHONE:(406) 555-0181]]. plan repack every two to three days by outreach nurse
[[NAME:kerenza tregenza]], next provider visit [[DATE:friday the tenth]]. [[NAME:louis]] agrees with plan.
dictated by [[NAME:jago penrose]] np, not read back
""", summary="""
[[NAME:Louis Fayant-Laroque]]'s left forearm abscess, drained on [[DATE:the 3rd]], is healing after {{drug:Bactrim}}. He is newly interested in {{drug:Sublocade}}, got {{drug:naloxone}} kits, and will be repacked by outreach nursing until the visit on [[DATE:Friday the 10th]].
"""),

    dict(style="mobile_outreach_tally", note="""
Harm Reduction Outreach - end of shift tally

Contacts: 41 (28 returning, 13 new)
Distributed: syringes 1,240 | {{drug:naloxone}} {{dose:4 mg}} nasal kits 36 | fentanyl test strips 210 | xylazine strips 60 | wound kits 18
Reversals reported by participants since last shift: 3, all responded to 1-2 doses of {{drug:Narcan}}.
Clinical:
 - 2 abscesses referred to Wednesday wound clinic
 - 1 suspected xylazine wound R shin ~4 x 5 cm, cleaned, dressed, photo in chart w/ consent
 - 1 participant w/ cough, {{vital:SpO2 88%}}, {{vital:HR 118}} - EMS called, accepted transport to ED
 - HCV rapid tests 6, 2 reactive -> linked to navigator for RNA
Supplies low: 1 mL syringes, gauze. Van generator tripped twice, Facilities notified.
""", summary="""
The outreach shift had 41 contacts and handed out 36 {{drug:naloxone}} kits, with 3 reported reversals. One participant with {{vital:SpO2 88%}} went to the ED by EMS and 2 of 6 HCV rapid tests were reactive.
"""),

    dict(style="jail_reentry_planning", note="""
RE-ENTRY / DISCHARGE PLANNING NOTE
Client: [[NAME:HOFFMANN, JEAN-PIERRE]] (goes by "[[NAME:Jemp]]")     Jail ID [[MRN:J0583311]]
Anticipated release: [[DATE:11/22/2025]]

Medical: HIV on {{drug:Biktarvy}} daily; {{lab:VL <20}} on [[DATE:Sept 30]], {{lab:CD4 512}}. HCV cured 2023.
- 30-day {{drug:Biktarvy}} supply in property + Rx sent to pharmacy
- ADAP application submitted, case # [[MRN:ADAP-7720915]]
- ID clinic appt Dr. [[NAME:Schmit]] [[DATE:12/1]] 1:30 pm
- Medicaid reactivation, ID [[MRN:IA8821047K]]
Housing: men's transitional residence, [[ADDRESS:2215 Weber St, Dubuque, IA 52001]], bed confirmed.
Phone (new prepaid): [[PHONE:563-555-0117]]. Mother [[NAME:Marie-Josée Goedert]] lives in [[ADDRESS:Esch-sur-Alzette]],
reaches him by WhatsApp [[PHONE:+352 621 448 903]].
{{drug:Naloxone}} kit at release per policy. Client reviewed plan and signed.
[[NAME:Tasha Greenleaf]], MSW, Re-entry Coordinator
""", summary="""
[[NAME:Jean-Pierre Hoffmann]], due for release on [[DATE:11/22/2025]], has well-controlled HIV on {{drug:Biktarvy}} ({{lab:VL <20}}). A 30-day supply, ADAP, Medicaid, housing and an ID clinic visit on [[DATE:12/1]] were arranged.
"""),

    dict(style="military_pdhra", note="""
PDHRA - PROVIDER REVIEW          [[DATE:2025-08-21]]
SPC [[NAME:Sarabia, Ita A.]]     DoD ID [[MRN:1620934471]]
Redeployed ~4 months ago.
Screens: {{score:PHQ-2 3}} -> {{score:PHQ-8 11}}; {{score:PC-PTSD-5 2}}; {{score:AUDIT-C 2}}.
Headaches ~3x/wk since blast exposure on convoy [[DATE:March 7]] - dazed, no LOC, no amnesia. TBI screen positive.
Poor sleep, some irritability. No SI/HI.
Exam: neuro nonfocal, strength {{score:5/5}} x4, {{eponym:Romberg}} neg, no nystagmus, tandem gait ok.
Plan:
- TBI clinic referral
- warm handoff to behavioral health walk-in today, CPT [[NAME:Xunaxi Bautista]], LCSW
- HA: {{drug:acetaminophen}} or {{drug:naproxen}} {{dose:500 mg}}, limit <10 days/mo; headache diary
- no profile needed
Spouse [[NAME:Carlos]] and daughter at home in [[ADDRESS:Killeen]]; [[NAME:Ita]] says they have noticed she's "short" with them.
[[NAME:R. Okonkwo]], PA-C
""", summary="""
SPC [[NAME:Ita Sarabia]] reported headaches since a blast exposure on [[DATE:March 7]], with a positive TBI screen and {{score:PHQ-8 11}}. She was referred to the TBI clinic and handed off to behavioral health the same day.
"""),
]
