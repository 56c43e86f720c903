NOTES = [
    dict(style="urgent_care_visit", note="""
ACADIANA URGENT CARE -- PROVIDER NOTE
Name: [[NAME:FONTENOT, AUSTIN R]]   DOB: [[DATE:09/14/2000]]   Visit #: [[MRN:UC2403-11872]]   FIN [[MRN:771204883]]
DOS: [[DATE:MAR-12-2024]]  Arrived 17:42   Provider: [[NAME:Kyle Doucet]], PA-C

CC: R ankle injury playing pickup basketball ~1 hr ago, rolled ankle inward.
HPI: {{age:23}} y/o M, able to take 4 steps at scene w/ limp. No prior injury. Pain {{score:7/10}}.
Exam: swelling + ecchymosis lateral malleolus. Tender ATFL. No tenderness posterior edge/tip of lateral or medial malleolus, navicular or base of 5th MT. {{eponym:Ottawa}} ankle rules negative. Anterior drawer mildly lax. NV intact, cap refill < 2 s.
{{vital:BP 128/78}} {{vital:HR 84}} {{vital:SpO2 99%}}.
Dx: Grade II lateral ankle sprain. X-ray not indicated.
Tx: ASO brace, crutches, RICE. {{drug:ibuprofen}} {{dose:600 mg}} PO given here; {{drug:naproxen}} {{dose:500 mg BID}} x 7 days e-prescribed to Walgreens on [[ADDRESS:Ambassador Caffery]], [[ADDRESS:Lafayette]].
Work note: off until [[DATE:3/14]], then light duty through [[DATE:3/21]] (works at the Port of Iberia).
F/u ortho if not improving in 2 wks -- Dr. [[NAME:Broussard-Hebert]] [[PHONE:(337) 234-5127]].
Pt's girlfriend [[NAME:Kaylee]] driving him home.
""", summary="""
[[NAME:Austin Fontenot]] was seen on [[DATE:MAR-12-2024]] for a grade II lateral ankle sprain; {{eponym:Ottawa}} rules were negative so no X-ray was taken. He got a brace, crutches and {{drug:naproxen}}, and is off work until [[DATE:3/14]].
"""),

    dict(style="nurse_advice_line", note="""
AFTER-HOURS NURSE ADVICE LINE -- CALL RECORD
Call ref: [[MRN:NAL-240312-0187]]   Rec'd: [[DATE:12MAR24]] 22:47 CST   Line: Pediatric
Caller: [[NAME:Savannah Broussard]] (mother)   Callback: [[PHONE:337-581-0092]]   Alt: [[PHONE:337 581 4416]] (dad, [[NAME:Beau]])
Patient: [[NAME:Remy Broussard]], DOB [[DATE:2022-08-30]], wt per mom 28 lb. PCP: Dr. [[NAME:Guidroz]], Teche Pediatrics.
Protocol: {{eponym:Schmitt-Thompson}} Fever - Pediatric (After-Hours).
Fever {{vital:103.1}} rectal started this afternoon, drinking well, 3 wet diapers since noon, playful after {{drug:Tylenol}}. No rash, no stiff neck, no trouble breathing, no purple spots. Ear pulling L.
Negative to all emergent/urgent questions.
Disposition: See PCP within 24 hrs. Home care advice given:
 - {{drug:acetaminophen}} {{dose:160 mg/5 mL}}: {{dose:6 mL}} (=192 mg) q4-6h prn; {{drug:ibuprofen}} {{dose:100 mg/5 mL}}: {{dose:6 mL}} q6-8h prn
 - call back if fever > 104.5, fewer wet diapers, lethargy, or any new concern
Caller verbalized understanding. Appt request sent to Teche Peds scheduling for AM of [[DATE:3/13]].
RN: [[NAME:Monique Savoie]], RN  (emp ID [[MRN:N40731]])
""", summary="""
After-hours call on [[DATE:12MAR24]] from [[NAME:Savannah Broussard]] about her son [[NAME:Remy]]'s fever of {{vital:103.1}} with ear pulling; no emergent signs on the {{eponym:Schmitt-Thompson}} protocol. Weight-based {{drug:acetaminophen}} and {{drug:ibuprofen}} advice was given and a PCP visit requested for [[DATE:3/13]].
"""),

    dict(style="telehealth_video", note="""
Telehealth Video Visit (audio + video, patient at home in [[ADDRESS:Goshen]], IN; provider at clinic)
Patient [[NAME:Madison Yoder]]   DOB [[DATE:January 9, 1993]]   MRN [[MRN:MH7720154]]   CSN [[MRN:100488312907]]
Date of service: [[DATE:Tuesday, November 5, 2024]]  1:10 PM - 1:24 PM
Identity verified by name + DOB; consent for telehealth obtained verbally.

S: 2 days dysuria, frequency, urgency, suprapubic pressure. No fever, no flank pain, no vaginal discharge. LMP [[DATE:10/22]]. Not pregnant per pt, uses IUD ({{drug:Mirena}}, placed 2022). Last UTI [[DATE:Aug 2023]].
O: well-appearing on video, no distress, speaking full sentences. Self-reported T {{vital:98.9}}.
A: Acute uncomplicated cystitis.
P: {{drug:Macrobid}} {{dose:100 mg BID}} x 5 days sent to Meijer, [[ADDRESS:Elkhart]] ([[PHONE:574-293-9915]]). {{drug:Pyridium}} {{dose:200 mg TID}} x 2 days; may use heating pad. Return/ED for fever, flank pain, vomiting. Sister [[NAME:May]] in the room, helped with camera.
Pt prefers MyChart msgs; email on file [[EMAIL:maddie.yoder93@gmail.com]].
[[NAME:April Schrock]], FNP-BC
""", summary="""
Video visit on [[DATE:November 5, 2024]] for [[NAME:Madison Yoder]] with uncomplicated cystitis; {{drug:Macrobid}} {{dose:100 mg BID}} and {{drug:Pyridium}} were sent to her pharmacy in [[ADDRESS:Elkhart]]. She was told to seek care for fever or flank pain.
"""),

    dict(style="urgent_care_procedure", note="""
PROCEDURE NOTE -- LACERATION REPAIR (Urgent Care)
Indication: 3.5 cm linear laceration, volar L forearm, from box cutter at work ~2 h prior. Tetanus status unknown.
Consent: verbal, risks incl. infection, scarring, dehiscence discussed.
Anesthesia: {{drug:lidocaine}} {{dose:1%}} with {{drug:epinephrine}}, {{dose:4 mL}} local infiltration.
Prep: irrigated with 250 mL NS under pressure, explored in bloodless field -- no tendon involvement, no FB, full flexion/extension against resistance, {{score:5/5 strength}} all digits.
Closure: 6 simple interrupted 4-0 {{drug:Ethilon}}. Dressing: {{drug:bacitracin}}, {{drug:Telfa}}, Coban.
Tdap {{dose:0.5 mL}} IM L deltoid given.
Neurovascular intact distal to repair. Two-point discrimination 5 mm all fingertips.
EBL minimal. Patient tolerated well. Complications: none.
Aftercare: keep dry 24 h, then gentle washing; suture removal in 10-14 days; return for redness, streaking, fever or pus.
""", summary="""
A 3.5 cm forearm laceration was irrigated, explored and closed with six 4-0 {{drug:Ethilon}} sutures under {{drug:lidocaine}} with {{drug:epinephrine}}; tendons were intact and {{score:5/5 strength}}. Tdap given; sutures out in 10-14 days.
"""),

    dict(style="walk_in_clinic", note="""
WALK-IN CLINIC  |  [[DATE:10/2/24]]  |  sore throat
[[NAME:Doli Tsinajinnie]], {{age:16}}F   IHS chart [[MRN:GIMC 0448127]]   Accompanied by mother [[NAME:Marlene Tsinajinnie]]
Home: [[ADDRESS:Navajo Estates]], [[ADDRESS:Gallup]]  Mom cell [[PHONE:505 726 0193]]

x2 days sore throat, fever to {{vital:101.6}} at home. No cough. Brother [[NAME:Tyrel]] had strep last wk (dx [[DATE:9/24]]).
Tonsils 3+ w/ exudate, tender anterior cervical nodes. {{vital:T 100.9}} here.
{{score:Centor 4}} (modified {{score:McIsaac 5}}). Rapid strep POSITIVE (kit QC ok).
Rx {{drug:amoxicillin}} {{dose:500 mg}} PO BID x 10 days. No PCN allergy. School note x2 days, back [[DATE:Fri 10/4]] if afebrile 24h.
Told [[NAME:Doli]] to throw out toothbrush after 24h on abx.
Seen by [[NAME:Alvin Yazzie]], MD  / MA [[NAME:Jolene T.]]
""", summary="""
[[NAME:Doli Tsinajinnie]], {{age:16}}, had a positive rapid strep with {{score:Centor 4}} on [[DATE:10/2/24]] after her brother's strep throat. She was started on {{drug:amoxicillin}} {{dose:500 mg}} BID for 10 days and may return to school [[DATE:Fri 10/4]].
"""),

    dict(style="telehealth_phone_dictated", note="""
TELEPHONE VISIT -- dictated via speech recognition, not proofread
patient is [[NAME:dolphin comeaux]] correction [[NAME:delphine comeaux]], m r n [[MRN:four four seven one zero three eight]], date of birth [[DATE:the twelfth of march nineteen fifty six]]. visit today [[DATE:march third twenty twenty five]], phone only, patient declined video because she is at her camp near [[ADDRESS:pierre part]].
she reports blood pressure readings at home running {{vital:one fifty two over ninety}} to {{vital:one sixty over ninety four}} since about [[DATE:february twentieth]]. she ran out of her {{drug:lies in a pro}} [[DATE:the 18th]] and did not refill. no chest pain, no headache, no vision change.
assessment hypertension uncontrolled due to nonadherence.
plan restart {{drug:lisinopril}} {{dose:twenty milligrams}} daily, sent to the Rouses pharmacy in [[ADDRESS:plaquemine]]. check b m p in one week, order number [[MRN:L 2503 0 4 4 1 7]]. she will call with readings on [[DATE:monday march tenth]].
her callback number is [[PHONE:two two five, five five four, oh three one eight]], or her daughter [[NAME:rochelle]] at [[PHONE:225-776-1042]].
total time 14 minutes. dr [[NAME:lafleur]] -- no, dictated by Dr. [[NAME:Anne-Marie Lafleur]].
""", summary="""
Phone visit on [[DATE:march third twenty twenty five]] for [[NAME:Delphine Comeaux]], whose home BP was up to {{vital:160/94}} after she ran out of {{drug:lisinopril}}; it was restarted at {{dose:20 mg}} with a BMP in one week. She will call with readings on [[DATE:march tenth]].
"""),

    dict(style="urgent_care_workers_comp", note="""
OCCUPATIONAL / WORKERS' COMP -- URGENT CARE INITIAL VISIT
Employee: [[NAME:Slone, Dewey L.]]     DOB [[DATE:1971/06/03]]     SSN [[SSN:406-71-2239]]
Employer: Hazard Coal Holdings, Mine #4 -- supervisor [[NAME:Ricky Combs]] [[PHONE:606-436-7100 ext 12]]
Carrier: KEMI   Claim # [[MRN:WC-24-0093318]]   Policy [[MRN:KEMI 88120-04]]   Adjuster [[NAME:Tina Holbrook]] [[PHONE:(859) 425-7800 x6118]]
Auth # [[MRN:PA-7731904]] (approved [[DATE:06-17-2024]])
DOI: [[DATE:06/14/2024]] approx 0630; DOS [[DATE:06/17/2024]]

Lifting roof bolt bundle, felt pull low back, no radiation. No saddle anesthesia, bowel/bladder ok.
Exam: paraspinal spasm L3-L5 bilat, SLR neg bilat, {{score:5/5 strength}} BLE, DTR 2+ symmetric. {{vital:BP 142/88}}, {{vital:P 80}}. Pain {{score:6/10}}.
Dx: lumbar strain, work related.
{{drug:cyclobenzaprine}} {{dose:5 mg}} qHS, {{drug:meloxicam}} {{dose:15 mg}} daily. No opioids.
Restrictions: no lifting > 20 lb, no bending/twisting, may sit/stand as needed, until recheck [[DATE:Mon 6/24]].
Form WC-1 faxed to KEMI [[PHONE:859-425-7824]] and employer HR fax [[PHONE:606.436.7199]].
[[NAME:Wendell Napier]], DO   NPI [[MRN:1427083315]]
""", summary="""
Work-related lumbar strain for [[NAME:Dewey Slone]] injured on [[DATE:06/14/2024]] lifting roof bolts; neuro exam normal. Treated with {{drug:cyclobenzaprine}} and {{drug:meloxicam}}, lifting limited to 20 lb under claim [[MRN:WC-24-0093318]] until recheck [[DATE:Mon 6/24]].
"""),

    dict(style="nurse_advice_line_log", note="""
NURSE ADVICE LINE -- OVERNIGHT SHIFT LOG  [[DATE:Fri 3/7/25]] 1900 - [[DATE:Sat 3/8/25]] 0700
RNs on: [[NAME:JH]] ([[NAME:Jolene Hatfield]]), [[NAME:BM]] ([[NAME:Beulah Mullins]]), float [[NAME:tjcaudle]]
Time  | Caller / pt                                         | Reason               | Dispo           | RN
19:22 | [[NAME:Wanda Gibbs]] / self, [[PHONE:606-573-2210]]                | vomiting x1 day      | home care       | [[NAME:JH]]
20:05 | [[NAME:Cody Ison]] for son [[NAME:Bryson]] (DOB [[DATE:5/11/19]])           | croup cough          | UC in AM        | [[NAME:BM]]
21:40 | [[NAME:Pearl Hampton]] / self, MRN [[MRN:3300718]]                  | BG {{lab:412}}, on pump    | ED now          | [[NAME:JH]]
23:15 | pharmacy (Kroger [[ADDRESS:Harlan]]) re [[NAME:M. Lewis]] Rx clarif | {{drug:Augmentin}} dose   | on-call MD      | [[NAME:tjcaudle]]
01:02 | [[NAME:Glen Skidmore]], [[PHONE:606 837 4419]]                     | chest tightness      | 911 advised     | [[NAME:BM]]
03:30 | [[NAME:Misty]] (no last name given) for baby                 | fever {{vital:100.6}}, 5 wk  | ED now          | [[NAME:JH]]
05:48 | [[NAME:Beulah]]'s callback to [[NAME:Glen Skidmore]] -- wife says in ED at ARH, admitted            | f/u             | [[NAME:BM]]
On-call paged: Dr. [[NAME:Caleb Noe]] pgr [[PHONE:606-633-0048]] x2 (21:44, 23:20).
Handoff to day RN [[NAME:Sherry Lynn Baker]] at 0700.
""", summary="""
Overnight advice-line log for [[DATE:3/7/25]]-[[DATE:3/8/25]]: [[NAME:Pearl Hampton]] (glucose {{lab:412}}) and a 5-week-old with fever were sent to the ED, [[NAME:Glen Skidmore]] was told to call 911 for chest tightness and was later admitted. On-call Dr. [[NAME:Noe]] was paged twice.
"""),

    dict(style="telehealth_video", note="""
TELEHEALTH VIDEO VISIT -- COVID-19
Reason: positive home antigen test this morning; symptom onset yesterday (fever, myalgia, sore throat, cough).
Risk factors: age {{age:67}}, type 2 diabetes ({{lab:A1c 8.2%}}), BMI {{vital:BMI 34}}. Unvaccinated for the current season.
Home vitals: {{vital:T 100.8}}, {{vital:pulse ox 95%}} on room air, {{vital:HR 92}}.
Video exam: mild cough, speaking full sentences, no accessory muscle use.
Medications reviewed for interactions: {{drug:atorvastatin}} {{dose:40 mg}} (hold during therapy), {{drug:metformin}} {{dose:1000 mg BID}}, {{drug:amlodipine}} {{dose:5 mg}} (monitor for dizziness). eGFR {{lab:72}} from last panel -- no renal dose adjustment.
Assessment: mild COVID-19 in a high-risk patient, within 5 days of onset.
Plan: {{drug:Paxlovid}} ({{drug:nirmatrelvir}} {{dose:300 mg}} / {{drug:ritonavir}} {{dose:100 mg}}) BID x 5 days. Counseled on dysgeusia and diarrhea.
Isolation and masking guidance reviewed. ED precautions: SpO2 below 92%, dyspnea, chest pain, confusion.
Patient consented to visit via video, located at home, identity confirmed.
""", summary="""
Video visit for mild COVID-19 in a {{age:67}}-year-old with diabetes; {{drug:Paxlovid}} was prescribed for 5 days with {{drug:atorvastatin}} held. ED precautions for SpO2 under 92% were given.
"""),

    dict(style="telehealth_video", note="""
Virtual Urgent Care (video) -- [[DATE:2024-04-22]] 08:15
[[NAME:Grace Bell]]  |  {{age:44}} F  |  MRN [[MRN:VUC-5021187]]  |  Located: home, [[ADDRESS:Dahlonega]], GA
Woke up w/ R face droop, can't close R eye, drooling from R mouth corner, R ear ache x1 day. Taste "off."
Video exam: R forehead does NOT wrinkle, incomplete R eye closure, R nasolabial fold flat. Smile asymmetric. Arm/leg movement normal, speech clear, no other deficits on screen.
{{score:House-Brackmann IV}}. Whole-hemiface involvement incl forehead -> peripheral.
Dx: {{eponym:Bell's}} palsy (idiopathic facial nerve palsy), R. [[NAME:Grace]] was worried about a stroke -- reviewed why forehead involvement points away from that; any new weakness, numbness, speech change = 911.
Rx: {{drug:prednisone}} {{dose:60 mg}} daily x 5 d then taper (total 10 d); {{drug:valacyclovir}} {{dose:1 g TID}} x 7 d. Eye: artificial tears q1h while awake, {{drug:Lacri-Lube}} + tape at night.
Glucose on steroids -- she is not diabetic, ok.
F/u PCP Dr. [[NAME:Lamar Crisp]] in 1 wk; ophtho if eye pain/redness. Rx to CVS [[ADDRESS:Dahlonega]] [[PHONE:706-864-2240]].
-- [[NAME:Josiah Whitmire]], MD
""", summary="""
[[NAME:Grace Bell]] was diagnosed by video on [[DATE:2024-04-22]] with right {{eponym:Bell's}} palsy ({{score:House-Brackmann IV}}) and started on {{drug:prednisone}}, {{drug:valacyclovir}} and eye protection. PCP follow-up with Dr. [[NAME:Crisp]] in a week.
"""),

    dict(style="walk_in_clinic", note="""
Walk-In Clinic -- Nurse Visit + Provider
[[NAME:HENSLEY-MULLINS, SUMMER D]]  DOB [[DATE:02-11-2004]]  KY Medicaid ID [[MRN:8842017735]]  MCO member # [[MRN:WKY00193847]]
Visit [[DATE:8/19/24]]. Ph [[PHONE:(606) 546 3091]]. Lives [[ADDRESS:Barbourville]].
Here for pregnancy test; LMP [[DATE:June 28]] (sure). Nausea in AM x 1 wk. Urine hCG POSITIVE. EGA by LMP 7w3d, EDD [[DATE:4/4/25]].
{{vital:BP 112/70}}, {{vital:wt 148 lb}}. Denies bleeding, cramping mild. On no meds. Smokes 1/2 ppd -- counseled, wants to quit, quitline 1-800-QUIT-NOW given.
Started {{drug:prenatal vitamin}} {{dose:1 tab}} daily, {{drug:folic acid}} {{dose:0.4 mg}} content; {{drug:Unisom}} {{dose:1/2 tab}} + {{drug:vitamin B6}} {{dose:25 mg}} qHS for nausea.
Referral to OB -- Dr. [[NAME:Cheyenne Partin]], Knox County Women's Health, fax sent [[PHONE:606-546-8812]]; first appt [[DATE:Tues 9/3]] @ 9:40.
Boyfriend [[NAME:Hunter]] in waiting room; pt asks that results not be shared with her mother [[NAME:Tammy]]. Noted in chart, [[NAME:Summer]] gives OK to talk only to [[NAME:Hunter]].
[[NAME:cpartin]] notified via inbasket. Nurse: [[NAME:Lacey Messer]], LPN; Provider: [[NAME:Price]], APRN
""", summary="""
[[NAME:Summer Hensley-Mullins]] had a positive urine pregnancy test on [[DATE:8/19/24]] at 7w3d (EDD [[DATE:4/4/25]]); she was started on prenatal vitamins and {{drug:Unisom}}/{{drug:vitamin B6}} for nausea and referred to Dr. [[NAME:Partin]] for [[DATE:Tues 9/3]]. She asked that her mother not be told.
"""),

    dict(style="telehealth_video_canada", note="""
eVisit -- virtual urgent care (video)   Date: [[DATE:03/11/2024]] ([[DATE:3 Nov 2024]])   Time: 19:20 AST
Patient: [[NAME:LeBlanc, Yvon]]   NB Medicare # [[MRN:118 204 774]]   Chart [[MRN:VUC-NB-40718]]
Location during visit: home, [[ADDRESS:Shediac]], NB -- callback [[PHONE:+1 506-532-8814]]
Family physician: Dr. [[NAME:Cormier]] (not available until [[DATE:12/11]]).

{{age:58}} M, 4 d productive cough, green sputum, low-grade fever, wife [[NAME:Aurore]] had similar last wk and got better. Non-smoker. No SOB at rest.
Home readings: {{vital:T 38.1}}, {{vital:SpO2 96%}} on pulse oximeter, {{vital:HR 88}}.
On video: no resp distress, speaking full sentences, occasional wet cough.
{{score:CRB-65 0}}.
Impression: acute bronchitis, likely viral. No antibiotic indicated today.
Plan: fluids, honey, {{drug:acetaminophen}} {{dose:500 mg}} up to {{dose:1 g}} q6h prn, max 4 g/day. If fever persists past [[DATE:06/11]] or SOB, attend Dr. Georges-L.-Dumont hospital ED or book in-person at the clinic ([[PHONE:506.532.0077]]).
Note sent to Dr. [[NAME:Cormier]] by fax [[PHONE:(506) 533-2201]].
[[NAME:Geneviève Thériault]], NP -- reg # [[MRN:NANB 04417]]
""", summary="""
[[NAME:Yvon LeBlanc]] had a video visit on [[DATE:03/11/2024]] for likely viral bronchitis with {{score:CRB-65 0}} and {{vital:SpO2 96%}}; no antibiotics were given. He should be seen in person if fever lasts past [[DATE:06/11]].
"""),

    dict(style="nurse_advice_line", note="""
After-Hours RN Triage Call  --  [[DATE:Sun 01/05/2025]]  02:18
Caller: [[NAME:Dieter Vogel]] (son), calling from [[ADDRESS:Dayton]] OH, [[PHONE:937-558-0213]]
Pt: [[NAME:Irmgard Vogel]], [[AGE:91]] yo, lives alone in [[ADDRESS:New Bremen]], OH; MRN [[MRN:04-118-972]]
Son got alert from her medical alert pendant (Lifeline acct [[MRN:LL-3390417]]); Lifeline operator reached her neighbor [[NAME:Gretchen Hoying]], who found her on kitchen floor, awake, talking, can't get up. Says she slipped on rug ~1 h ago. Pain L hip, L leg looks "turned out" per neighbor. On {{drug:Eliquis}} {{dose:2.5 mg BID}}.
Protocol: Falls and Falling (adult). Positive: unable to bear weight, possible deformity, anticoagulated, age > 90.
Dispo: Call 911 now. Son agreed; RN conferenced neighbor at [[PHONE:419 629 3357]], she called 911 at 02:26.
Advised: do not move her, keep warm, do not give food/drink, bring med list and {{drug:Eliquis}} bottle.
F/u call 02:55 -- neighbor reports EMS transporting to Wilson Health, [[ADDRESS:Sidney]].
PCP Dr. [[NAME:Otto Fledderjohn]] notified via EHR msg; on-call Dr [[NAME:Homan]] not paged (ED handling).
RN [[NAME:Karla Wuebker]]
""", summary="""
Overnight on [[DATE:01/05/2025]] son [[NAME:Dieter Vogel]] called because his mother [[NAME:Irmgard Vogel]], [[AGE:91]], fell at home and could not bear weight, with a possible hip deformity while on {{drug:Eliquis}}. 911 was called through neighbor [[NAME:Gretchen Hoying]] and EMS took her to the hospital.
"""),

    dict(style="urgent_care_visit", note="""
UC NOTE  [[DATE:5.17.2025]]  15:05
Pt: [[NAME:Ty Wolfe]]   {{age:9}} yo M   Acct [[MRN:CU-0931874]]   w/ grandma [[NAME:Nannie Squirrel]] (legal guardian) [[PHONE:828-788-4012]]
Bitten R calf by neighbor's dog ~1 h ago on [[ADDRESS:Wolfetown Rd]], [[ADDRESS:Cherokee]]. Dog known, "pit mix," owner [[NAME:Junior Bigwitch]] says vaccines current but no papers.
Exam: 3 puncture wounds + 2 cm superficial lac R posterior calf. No tendon exposure, full ROM, distal pulses 2+, {{score:5/5 strength}}.
Irrigated 500 mL NS. Not sutured (puncture/bite), no Steri-Strips. Dressed.
Tdap -- UTD (DTaP #5 [[DATE:6/2/2020]], per NCIR). Rabies: dog to be observed 10 days; reported to Cherokee Animal Control, case # [[MRN:AC-25-0331]], officer [[NAME:Reva Standingdeer]] [[PHONE:828.359.6450]].
Rx {{drug:Augmentin}} {{dose:400 mg/57 mg per 5 mL}}, {{dose:45 mg/kg/day}} div BID (wt {{vital:31 kg}}) = {{dose:8.7 mL}} BID x 5 days.
Wound check [[DATE:5/19]] or sooner for redness/streaks/fever. If the dog gets sick or can't be found by [[DATE:May 27th]], call us for rabies PEP.
[[NAME:Ty]] was brave -- sticker given.
[[NAME:E. Catolster]], PA-C
""", summary="""
[[NAME:Ty Wolfe]], {{age:9}}, was seen on [[DATE:5.17.2025]] for a dog bite to the right calf that was irrigated and left open; he started {{drug:Augmentin}} and the dog will be observed under animal control case [[MRN:AC-25-0331]]. Wound check on [[DATE:5/19]].
"""),

    dict(style="telehealth_refill", note="""
Telehealth (video) -- controlled substance refill / ADHD f/u
Patient [[NAME:Brayden Hostetler]]   DOB [[DATE:2003-10-27]]   MRN [[MRN:22-0418-331]]   Visit ID [[MRN:TV-88120441]]
DOS [[DATE:10/08/2024]]. Pt located at [[ADDRESS:2204 Fifth St]], [[ADDRESS:Kalona]], IA (verified). Provider in [[ADDRESS:Iowa City]].
College student, {{drug:Adderall XR}} {{dose:20 mg}} qAM since 2019. Grades ok, sleeping 7 h, appetite down a little, wt {{vital:152 lb}} (self, home scale; {{vital:156 lb}} on [[DATE:4/2/24]]).
{{vital:BP 122/80}} self-reported from campus pharmacy cuff. No palpitations, no chest pain.
PDMP checked [[DATE:10/8/24]] -- last fill [[DATE:09/09/2024]] at Hy-Vee, 30 caps, consistent; no other prescribers.
Controlled substance agreement on file (signed [[DATE:Jan 12 2024]]). UDS last [[DATE:1/12/24]] appropriate.
Plan: continue {{drug:Adderall XR}} {{dose:20 mg}}, #30, no refills; e-Rx (EPCS, 2FA). Next video visit in 3 months; in-person visit required by April 2025.
Prescriber: [[NAME:Mason Pickett]], MD   NPI [[MRN:1558392047]]   DEA [[MRN:BP4471926]]   IA lic [[MRN:MD-41187]]
""", summary="""
ADHD refill video visit on [[DATE:10/08/2024]] for [[NAME:Brayden Hostetler]]: stable on {{drug:Adderall XR}} {{dose:20 mg}} with a consistent PDMP check, and 30 capsules were e-prescribed by Dr. [[NAME:Pickett]].
"""),

    dict(style="nurse_advice_line", note="""
NURSE ADVICE LINE -- ADULT CHEST PAIN PROTOCOL
Caller is the patient, {{age:62}} M, calling at 21:10 from home.
Sx: pressure mid-chest "like a belt" started 30 min ago while shoveling snow, radiates to L arm and jaw, sweaty, nauseated. Pain {{score:8/10}}. No relief with rest.
PMH per caller: HTN, high cholesterol, smoker 40 pack-years. Meds: {{drug:lisinopril}} {{dose:10 mg}}, {{drug:Crestor}} {{dose:20 mg}}.
Allergies: none known. Not on blood thinners. No {{drug:Viagra}} or {{drug:Cialis}} in the last 48 h.
Disposition: EMERGENT -- call 911 now. Caller agreed; RN stayed on line while caller's spouse dialed 911.
Advised: unlock the front door, sit down, chew {{drug:aspirin}} {{dose:325 mg}} non-enteric coated x1 (4 x {{dose:81 mg}} chewable used), do not drive self.
EMS on scene at 21:19 per spouse; call ended.
Follow-up call next morning per protocol: spouse reports STEMI, cath lab, stent placed.
""", summary="""
A {{age:62}}-year-old man with exertional chest pressure radiating to arm and jaw was told to call 911 and chew {{drug:aspirin}} {{dose:325 mg}}; EMS arrived within 9 minutes and he later had a stent for STEMI.
"""),

    dict(style="urgent_care_visit", note="""
Urgent Care -- Eye complaint
[[NAME:TRAHAN, JEAN-BAPTISTE]] "[[NAME:TI-JEAN]]"   DOB [[DATE:12 Dec 1979]]   MRN# [[MRN:000 771 2049]]   Acct [[MRN:V0098127743]]
Seen [[DATE:Wednesday 7/17/24]] 11:40; employer: Gulf Island Fabrication, [[ADDRESS:Houma]] (welder).
Grinding w/o face shield ~0800, felt something hit L eye. FB sensation, tearing, photophobia.
VA: OD {{score:20/20}}, OS {{score:20/40}} (pinhole {{score:20/25}}).
Slit lamp n/a; penlight + {{drug:fluorescein}}: metallic FB at 4 o'clock paracentral cornea, small rust ring. {{eponym:Seidel}} neg. AC quiet.
{{drug:tetracaine}} {{dose:0.5%}} 2 gtt; FB removed w/ 25g needle tip under magnification. Residual rust ring -- not removed here.
{{drug:Ciloxan}} (ciprofloxacin 0.3%) 1 gtt QID x 5 d. No patching. No contact lens.
Referred to ophtho -- Dr. [[NAME:Aucoin]], Bayou Eye Center, TOMORROW [[DATE:7/18]] 0900 for rust ring removal. Office [[PHONE:985-868-3030]].
[[NAME:Ti-Jean]] says his foreman [[NAME:Dudley Naquin]] will get him the WC paperwork; WC claim pending.
Provider [[NAME:Sarah Chauvin]], MD -- scribe [[NAME:kbabin]]
""", summary="""
Welder [[NAME:Jean-Baptiste Trahan]] had a metallic corneal foreign body removed on [[DATE:7/17/24]] with vision {{score:20/40}} in the left eye; a rust ring remained. He was started on {{drug:Ciloxan}} and referred to Dr. [[NAME:Aucoin]] for [[DATE:7/18]].
"""),

    dict(style="walk_in_clinic", note="""
walk-in / nurse visit -- TB skin test READ
[[NAME:Beiler, Elmer J]]    dob [[DATE:4.7.58]]    mrn [[MRN:0093-4471]]
PPD placed [[DATE:Mon 6/2]] 10:15 L forearm by [[NAME:RKS]] ({{drug:Tubersol}} {{dose:0.1 mL}} ID, lot [[MRN:C5511AA]]); read [[DATE:Wed 6/4]] 10:40 by [[NAME:mfisher]].
Induration {{lab:0 mm}}. No erythema. NEGATIVE.
Reason: required for seasonal job at [[ADDRESS:Leola]] produce auction (employer form).
No hx BCG, no TB exposure, no cough/night sweats/wt loss.
Form signed & given to pt. Pt has no phone -- son-in-law [[NAME:Aaron Lapp]] can take msgs at [[PHONE:717/656-0921]] (business line, harness shop).
The [[NAME:Fisher]] family from the same church district also due for reads Thurs.
Nurse: [[NAME:Marianne Fisher]], RN ([[NAME:mfisher]]); placed by [[NAME:Rhoda K. Stauffer]], LPN ([[NAME:RKS]])
""", summary="""
[[NAME:Elmer Beiler]]'s tuberculin skin test placed [[DATE:Mon 6/2]] was read negative ({{lab:0 mm}}) on [[DATE:Wed 6/4]] by [[NAME:mfisher]] for his seasonal job form. Messages go through son-in-law [[NAME:Aaron Lapp]].
"""),

    dict(style="telehealth_portal_message", note="""
MyChart message thread -- E-Visit
From: [[NAME:Rosalie Doucet]] <[[EMAIL:rosalie.doucet58@yahoo.com]]>   Sent: [[DATE:Thu 02/13/2025]] 6:52 AM
Subject: rash after hiking
"hi, this is [[NAME:rosalie]], DOB [[DATE:1958-02-03]]. I was up at Mt Magazine with my sister [[NAME:Jordan]] on [[DATE:saturday the 8th]] and now I have a red rash in lines on both forearms and it itches like crazy, some little blisters. No fever. I used the {{drug:hydrocortisone}} cream from Walmart, not helping. Can you send something to Harps in [[ADDRESS:Paris]] AR? my cell is [[PHONE:479.963.2274]]. thanks [[NAME:Rosie]]"
Photo attached x2.

Reply -- [[DATE:02/13/2025]] 9:31 AM -- [[NAME:Jordan Crowe]], APRN
"Ms. [[NAME:Doucet]], thank you for the photos. This looks like poison ivy (contact dermatitis) in streaks. Because it covers both arms I sent {{drug:prednisone}} {{dose:40 mg}} daily x 5 days, then {{dose:20 mg}} x 5 days, and {{drug:triamcinolone}} {{dose:0.1%}} cream BID. Wash clothes and your sister's gear too. If it spreads to your face or eyes, or you get a fever, please be seen. -- [[NAME:J. Crowe]]"
E-visit ID [[MRN:EV-25044-0193]]. Pharmacy confirmed Harps #211 [[PHONE:479-963-2161]].
""", summary="""
[[NAME:Rosalie Doucet]] sent photos on [[DATE:02/13/2025]] of a streaky blistering rash after hiking on [[DATE:the 8th]]; [[NAME:Jordan Crowe]], APRN, diagnosed poison ivy and prescribed a {{drug:prednisone}} taper and {{drug:triamcinolone}} cream.
"""),

    dict(style="urgent_care_callback", note="""
UC Result Callback -- Culture
Pt: [[NAME:Kenna Hurley]]   DOB [[DATE:07/30/1996]]   MRN [[MRN:2218847]]   Original visit [[DATE:09-06-24]] (Enc [[MRN:4488120093]])
Accession [[MRN:M24-250-0617]] -- urine culture final [[DATE:09/09/24]] 1412:
  >100,000 CFU/mL {{eponym:Klebsiella}} pneumoniae -- RESISTANT to {{drug:nitrofurantoin}} and {{drug:ampicillin}}; S to {{drug:cephalexin}}, {{drug:TMP-SMX}}, {{drug:ciprofloxacin}}.
Pt was sent home on {{drug:Macrobid}} {{dose:100 mg BID}} on [[DATE:9/6]].
Called pt [[DATE:9/9]] @ 1530 at [[PHONE:(304) 235-8812]] -- no answer, left generic msg to call [[PHONE:304-235-0400, option 2]].
[[DATE:9/9]] @ 1648 pt returned call. Verified name/DOB. Still w/ burning, no fever, no flank pain.
Per Dr. [[NAME:Major]]: stop {{drug:Macrobid}}, start {{drug:Keflex}} {{dose:500 mg BID}} x 7 days (not pregnant, LMP [[DATE:8/25]]). Sent to Rite Aid, [[ADDRESS:Williamson]], WV.
Pt aware; will return if fever or back pain. Major improvement expected within 48 h.
[[NAME:Trina Varney]], RN   |  [[NAME:tvarney]] [[DATE:09/09/2024]] 16:55
""", summary="""
[[NAME:Kenna Hurley]]'s urine culture from [[DATE:09-06-24]] grew {{eponym:Klebsiella}} resistant to {{drug:nitrofurantoin}}; on [[DATE:9/9]] Dr. [[NAME:Major]] switched her to {{drug:Keflex}} {{dose:500 mg BID}} for 7 days.
"""),
]
