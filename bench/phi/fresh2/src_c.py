# fresh2 notes, part C. Each entry: (style, marked note, marked summary). Written by hand.
NOTES = [
('registration_face_sheet',
"""PATIENT REGISTRATION
Last name: [[NAME:García Fernández]]      First: [[NAME:María José]]
Preferred name: [[NAME:Majo]]
DOB: [[DATE:1988-04-17]]      Sex: F
SSN: [[SSN:***-**-6620]]
Home address: [[ADDRESS:1450 Calle Las Flores, Apt 2B, Santa Ana, CA 92701]]
Mailing: [[ADDRESS:PO Box 2281, Santa Ana, CA 92702]]
Cell: [[PHONE:(714) 555-0187]]   Work: [[PHONE:714-555-0100 x231]]
Email: [[EMAIL:majo.garcia.f@example.com]]
Emergency contact: [[NAME:Joaquín Fernández Ruiz]] (father) [[PHONE:714.555.0164]]
MRN assigned: [[MRN:2045-8871]]""",
"""[[NAME:María José García Fernández]] was registered with MRN [[MRN:2045-8871]]; emergency contact is her father [[NAME:Joaquín]]."""),

('release_of_information',
"""AUTHORIZATION FOR RELEASE OF HEALTH INFORMATION
Patient: [[NAME:Dariush Tehrani]]   DOB [[DATE:23/08/1975]]   MRN [[MRN:HMC-0098312]]
Release to: Law Offices of [[NAME:Farzaneh Ghorbani]], [[ADDRESS:5 Market Plaza, Suite 900, San Francisco, CA 94105]]
Information: ED records and imaging from [[DATE:11/14/2023]] through [[DATE:12/01/2023]]
Purpose: legal (MVC claim)
Delivery: secure e-mail to [[EMAIL:records@ghorbani-law.example.com]]
Expires: [[DATE:11/14/2024]]
Signature on file. Processed by HIM specialist [[NAME:Connor Whitlock]].""",
"""[[NAME:Dariush Tehrani]] authorized release of his MVC records to attorney [[NAME:Farzaneh Ghorbani]]."""),

('billing_note',
"""Billing/Financial counseling note
Guarantor: [[NAME:Thanh Nguyen]] (spouse), [[ADDRESS:9021 Bellaire Blvd #14, Houston, TX 77036]]
Pt: [[NAME:Phạm Văn Long]], Acct# [[MRN:77120045]], SSN on file [[SSN:xxx-xx-5150]]
Self-pay balance $4,812. Applied for charity care; income docs received [[DATE:Jan 29]]. Approved 75% discount pending director Ms. [[NAME:Gwendolyn Reyes]] sign-off.
Payment plan: $60/mo. Statement to be mailed; pt also wants copy at [[EMAIL:thanh.long.nguyen@example.net]].
Counselor: [[NAME:Abigail Osei]] ext [[PHONE:7781]]""",
"""Financial counselor [[NAME:Abigail Osei]] set up charity care and a payment plan for [[NAME:Phạm Văn Long]]."""),

('school_note',
"""[[DATE:January 30, 2024]]

To: School Nurse, Riverside Middle School
Attn: Mrs. [[NAME:Henrietta Coombs]], RN
Re: [[NAME:Dakota Redcloud]], grade 7

[[NAME:Dakota]] was seen in our clinic today for a concussion sustained at basketball practice on [[DATE:1/27]]. {{score:SCAT5 symptom score 14}}. Please allow: rest breaks, no screens > 20 min, no tests this week, no PE until cleared. Return-to-learn plan attached.
Parent contact: [[NAME:Winona Two Bulls]] (mother), [[PHONE:605-555-0139]], [[EMAIL:wtwobulls@example.org]].

[[NAME:Chaske Iron Shell]], MD
Prairie Wind Family Clinic""",
"""Dr. [[NAME:Iron Shell]] asked the school to accommodate [[NAME:Dakota Redcloud]]'s concussion; mother [[NAME:Winona Two Bulls]] is the contact."""),

('work_note',
"""RETURN TO WORK NOTE
Employee: [[NAME:Olamide Ajayi]]
Employer: Grayson Logistics, HR contact [[NAME:Summer Dale]], [[EMAIL:sdale@graysonlogistics.example.com]]
Date of injury: [[DATE:12/19/23]]
Mr. [[NAME:Ajayi]] may return to modified duty [[DATE:2/1/24]]: no lifting > 20 lb, no ladders, for 4 weeks. Follow-up [[DATE:2/28/24]].
Occupational health: [[NAME:R. Demetriou]], DO""",
"""[[NAME:Olamide Ajayi]] may return to modified duty on [[DATE:2/1/24]] with lifting limits, per Dr. [[NAME:Demetriou]]."""),

('court_letter',
"""[[DATE:31 January 2024]]

Honorable [[NAME:Cornelius Abernathy-Shaw]]
Family Court, [[ADDRESS:400 County Center, Redwood City, CA 94063]]

Re: In the matter of minor [[NAME:A.J.]]

Your Honor,
I have treated [[NAME:Aurelio Jiménez]] ("A.J."), age {{age:11}}, since [[DATE:March 2021]] for type 1 diabetes. His father, [[NAME:Rubén Jiménez]], has attended every visit and manages his insulin pump competently. {{lab:HbA1c}} has been stable at {{lab:7.2-7.6%}}. I have no concerns about his care in either parent's home, provided the pump supplies travel with him.

Respectfully,
[[NAME:Delphine Aubert]], MD, Pediatric Endocrinology
[[PHONE:650-555-0119]]""",
"""Dr. [[NAME:Aubert]] wrote to Judge [[NAME:Abernathy-Shaw]] that [[NAME:Aurelio Jiménez]]'s diabetes is well managed by his father [[NAME:Rubén]]."""),

('portal_message_thread',
'MyChart message thread\n[[DATE:2/1/2024]] 07:12 - [[NAME:Tomás Ferreira]]:\n"Bom dia doctor, the rash on my back is spreading, photo attached. It started after the new pill ({{drug:allopurinol}}). Should I stop?"\n[[DATE:2/1/2024]] 08:40 - [[NAME:Renata Oliveira]], RN:\n"Hi [[NAME:Tomás]], please stop {{drug:allopurinol}} now and come in today. Do you have fever or mouth sores? Dr. [[NAME:Stein]] has an opening at 11:20."\n[[DATE:2/1/2024]] 08:55 - [[NAME:Tomás Ferreira]]:\n"no fever. my daughter [[NAME:Inês]] will bring me. her number if you need [[PHONE:+351 912 555 042]]"\n[[DATE:2/1/2024]] 11:58 - Dr. [[NAME:Abraham Stein]]:\n"Seen in clinic - morbilliform eruption, no mucosal involvement, {{lab:eos 9%}}, {{lab:ALT 41}}. Allopurinol allergy added. Start {{drug:febuxostat}} later if needed."',
"""[[NAME:Tomás Ferreira]] developed a rash on {{drug:allopurinol}}; nurse [[NAME:Renata Oliveira]] told him to stop it and Dr. [[NAME:Stein]] saw him the same day."""),

('research_consent',
"""RESEARCH CONSENT NOTE - Protocol HX-2207 (IRB approved)
Subject: [[NAME:Kavitha Ramasamy]]; MRN [[MRN:0081-3340-7]]
Consent discussed with subject and her husband [[NAME:Arul Murugan]] by study coordinator [[NAME:Callum Sinclair]] on [[DATE:02/02/2024]]. Tamil version of consent form used; questions answered by PI Dr. [[NAME:Meenakshi Sundaram]].
Subject agreed to optional biobank. Copy provided. Contact for study: [[EMAIL:hx2207-study@example.edu]], [[PHONE:(555) 744-2207]].""",
"""[[NAME:Kavitha Ramasamy]] consented to protocol HX-2207 with coordinator [[NAME:Callum Sinclair]] on [[DATE:02/02/2024]]."""),

('death_note',
"""PRONOUNCEMENT OF DEATH
Called by RN [[NAME:Brianna Cole]] to see pt [[NAME:Harold Wood]], [[AGE:96]], on comfort care.
No spontaneous respirations, no heart sounds x 1 minute, no pupillary response, no response to noxious stimulus.
Time of death: 0417 on [[DATE:2/3/2024]].
Family notified: son [[NAME:Gerald Wood]] at [[PHONE:555 201 6690]]; he will call the funeral home. Medical examiner not required (expected death). Attending Dr. [[NAME:Lambert]] notified. Organ procurement org notified per policy; not a candidate.
- [[NAME:Ifeoma Chukwu]], MD (resident)""",
"""[[NAME:Harold Wood]], [[AGE:96]], died at 0417 on [[DATE:2/3/2024]] on comfort care; his son [[NAME:Gerald]] was notified."""),

('code_blue',
"""CODE BLUE RECORD
Pt: [[NAME:Dalia Haddad]]  Loc: 3W Rm 318
Code called 1522. Team leader: Dr. [[NAME:Owens]]; compressions [[NAME:Ty]]/[[NAME:Marisa]]/[[NAME:Ben]]; airway [[NAME:Hemi Walker]], RT; recorder [[NAME:Lucy Tan]], RN.
Initial rhythm PEA. {{drug:Epinephrine}} {{dose:1 mg}} IV at 1524, 1528, 1532. Bedside echo: no effusion. {{lab:K 7.2}} on iSTAT -> {{drug:calcium chloride}} {{dose:1 g}}, {{drug:insulin}} {{dose:10 units}} + {{drug:D50}}, {{drug:bicarb}} {{dose:50 mEq}}.
ROSC 1535. Post-ROSC {{vital:BP 104/62}}. Transferred to MICU.
Husband [[NAME:Samir]] updated by Dr. [[NAME:Owens]] in family room.""",
"""[[NAME:Dalia Haddad]] had a PEA arrest from hyperkalemia ({{lab:K 7.2}}) with ROSC after 13 minutes; Dr. [[NAME:Owens]] led the code."""),

('rapid_response',
"""RRT called 2210 for [[NAME:Bartholomew Nkemelu]], {{age:74}}, by RN [[NAME:Hope Larkin]] for new confusion and {{vital:SBP 84}}. Found warm, {{vital:T 39.2}}, {{vital:HR 122}}. qSOFA {{score:3}}. {{lab:Lactate 4.1}}. 30 mL/kg crystalloid started, cultures x2, {{drug:vancomycin}} + {{drug:cefepime}}. Primary team (Dr. [[NAME:Fenwick]]) at bedside 2218. ICU consulted - Dr. [[NAME:Abimbola]] accepts.""",
"""Rapid response for [[NAME:Bartholomew Nkemelu]] found septic shock ({{lab:lactate 4.1}}); he was started on antibiotics and accepted to the ICU."""),

('addiction_medicine',
"""ADDICTION MEDICINE CONSULT
[[NAME:Wyatt Cheveyo]] {{age:31}}M admitted for R forearm abscess I&D, uses IV fentanyl daily x 3 y. {{score:COWS 14}} on exam.
Interested in buprenorphine. Started {{drug:Suboxone}} {{dose:4/1 mg}} SL x2 with low-dose initiation not needed given withdrawal. Naloxone kit given.
Support: girlfriend [[NAME:Tallulah]] (in recovery, 2 yrs), sponsor [[NAME:Mike Grady]].
Bridge clinic appt [[DATE:2/6]] with Dr. [[NAME:Amara Osei-Bonsu]]; referral faxed. Pt's cell [[PHONE:505 555 0147]].""",
"""[[NAME:Wyatt Cheveyo]] started {{drug:Suboxone}} in hospital and has a bridge clinic visit [[DATE:2/6]] with Dr. [[NAME:Osei-Bonsu]]."""),

('transplant_coordinator',
"""Transplant coordinator call log
[[DATE:2/5]] 1315 - spoke with candidate [[NAME:Ayodele Ogunbiyi]] re: kidney offer. He is at work; wife [[NAME:Funmilayo]] will drive him in. ETA 1600.
[[DATE:2/5]] 1330 - paged Dr. [[NAME:Castellanos]] (pager [[PHONE:2087]]) - accepts offer pending crossmatch.
[[DATE:2/5]] 1420 - texted [[NAME:Funmilayo]] at [[PHONE:555-640-1183]]: "please bring his med list and nothing to eat."
[[DATE:2/5]] 1710 - crossmatch negative. OR booked. Anesthesia (Dr. [[NAME:Lieberman]]) aware.""",
"""[[NAME:Ayodele Ogunbiyi]] accepted a kidney offer on [[DATE:2/5]]; crossmatch was negative and Dr. [[NAME:Castellanos]] booked the OR."""),

('nursing_admission',
"""Admission nursing assessment - pt [[NAME:Mercy Owusu-Ansah]] admitted from ED at 0130.
Oriented x4, speaks Twi and English. Lives with husband [[NAME:Kwabena]] and 3 children at [[ADDRESS:77 Harmon Ave, 2nd floor, Newark, NJ 07106]].
{{score:Braden 19}}, {{score:Morse 25}}. Skin intact. IV 20g L FA.
Home meds brought by husband: {{drug:nifedipine}} {{dose:30 mg}}, {{drug:metformin}} {{dose:1000 mg}} BID.
Belongings: phone, gold ring (sent home with [[NAME:Kwabena]]).
Preferred contact [[NAME:Kwabena Owusu-Ansah]] [[PHONE:973 555 0181]].""",
"""[[NAME:Mercy Owusu-Ansah]] was admitted overnight; husband [[NAME:Kwabena]] is the preferred contact."""),

('ethics_consult',
"""ETHICS CONSULTATION
Requested by: MICU attending Dr. [[NAME:Rosalind Achterberg]]
Question: surrogate disagreement on tracheostomy.
Pt [[NAME:Tadeusz Nowicki]] lacks capacity. No AD. Per state hierarchy, adult children share decision: [[NAME:Agnieszka Wójcik]] (daughter) favors trach/PEG; [[NAME:Paweł Nowicki]] (son) reports pt said "never live on a machine" at his wife [[NAME:Halina]]'s funeral.
Recommendation: facilitated meeting [[DATE:Feb 7, 2024]] 1400 with both children, palliative care (Dr. [[NAME:Yeo]]), and chaplain; explore substituted judgment.""",
"""Ethics recommended a facilitated meeting on [[DATE:Feb 7, 2024]] because [[NAME:Tadeusz Nowicki]]'s children [[NAME:Agnieszka]] and [[NAME:Paweł]] disagree about a tracheostomy."""),

('mva_ed',
"""Trauma activation (level 2). [[NAME:Ellis Okoye]], {{age:34}}, restrained driver, T-boned at ~40 mph. Passenger (his brother [[NAME:Tobenna]]) taken to another facility.
Primary survey intact. {{score:GCS 15}}. {{vital:BP 108/66}}, {{vital:HR 118}}. FAST positive LUQ.
CT: grade III splenic laceration, no blush. {{lab:Hgb 11.0}} -> {{lab:9.6}} at 2h.
Trauma surgery (Dr. [[NAME:Brennan Fitzgerald]]) - admit SICU, serial Hgb, IR on standby.
Pt asked us to call his fiancée, [[NAME:Priscilla]], not his mother.""",
"""[[NAME:Ellis Okoye]], {{age:34}}, has a grade III splenic laceration after a car crash and was admitted to the SICU under Dr. [[NAME:Fitzgerald]]."""),

('mixed_names_contexts',
"""Hospitalist progress note, HD 2.
Discussed with [[NAME:Ferhat Aydın]] (nephrology NP) - ok to give contrast.
Handed off to [[NAME:Noelani]] on nights.
Texted [[NAME:Priyamvada]] in pharmacy about {{drug:Zosyn}} extended infusion.
Co-signed by [[NAME:G. Hunter]], MD.
Reviewed by [[NAME:Marcus-Anthony Pierre]], attending.
Family: per mom [[NAME:Ana]], pt ([[NAME:Luca Moretti]], {{age:22}}) had a seizure at age {{age:4}} too.
{{vital:T 37.9}}, {{vital:HR 94}}. {{lab:CK 12,400}} -> {{lab:8,900}}. Continue IVF.""",
"""[[NAME:Luca Moretti]] has improving rhabdomyolysis ({{lab:CK 8,900}}); plan discussed with [[NAME:Ferhat Aydın]] and handed off to [[NAME:Noelani]]."""),

('ed_discharge_instructions',
"""DISCHARGE INSTRUCTIONS for [[NAME:Hemi Walker-Tautahi]]
You were seen today, [[DATE:Feb 8]], for a cut on your left hand. You had 6 stitches. Keep it dry for 24 hours.
Stitches out in 10 days at your doctor's office (Dr. [[NAME:Aroha Pōtae]]).
Take {{drug:Keflex}} {{dose:500 mg}} four times a day for 5 days.
You may take {{drug:Tylenol}} {{dose:1000 mg}} every 8 hours or {{drug:Motrin}} {{dose:400 mg}} every 6 hours.
Tetanus shot ({{drug:Tdap}}) given today.
Questions? Call the nurse line [[PHONE:0800 555 123]].
Nurse: [[NAME:Tama]]""",
"""[[NAME:Hemi Walker-Tautahi]] had a hand laceration repaired on [[DATE:Feb 8]] and was given {{drug:Keflex}} and {{drug:Tdap}}."""),

('child_life',
"""Child Life Specialist note: Met [[NAME:Sunny Okafor-Lindqvist]] (6 y) before her MRI. Prepared her with a mock scanner and headphones; she chose Frozen music. Her dad [[NAME:Anders]] and little brother [[NAME:Obi]] stayed in waiting room. She completed MRI without sedation! Sticker chart given. [[NAME:Bree Kowalski]], CCLS""",
"""Child life prepared [[NAME:Sunny Okafor-Lindqvist]] so she completed her MRI without sedation."""),

('interpreter_log',
"""Interpreter services log, [[DATE:Fri 2/9]]:
- 0815 Amharic, in person, [[NAME:Yonas Tesfaye]] -> pt [[NAME:Almaz Gebremariam]], 4S, consent for PICC
- 0940 Somali, video, [[NAME:Ayaan Mohamud]] -> pt [[NAME:Abdi Nur Hassan]], ED bay 9
- 1100 Pashto, phone, vendor interpreter [[NAME:Shinwari]] -> pt [[NAME:Gul Bibi]], OB clinic
- 1330 Farsi, in person, [[NAME:Parisa Hosseini]] -> pt [[NAME:Mahmoud Karimi]], cardiology
- 1500 Hmong, in person, [[NAME:Neng Thao]] -> pt [[NAME:Yer Moua]], family meeting""",
"""Interpreters [[NAME:Yonas Tesfaye]], [[NAME:Ayaan Mohamud]], [[NAME:Shinwari]], [[NAME:Parisa Hosseini]] and [[NAME:Neng Thao]] covered five encounters on [[DATE:2/9]]."""),

('nophi_discharge_instructions_generic',
"""HEART FAILURE DISCHARGE TEACHING
- Weigh yourself every morning. Call if you gain more than 2 lb in a day or 5 lb in a week.
- Take {{drug:Lasix}} {{dose:40 mg}} every morning. Take {{drug:potassium chloride}} {{dose:20 mEq}} with it.
- Limit salt to {{dose:2,000 mg}} a day and fluids to 1.5 liters.
- Do NOT take {{drug:Motrin}}, {{drug:Advil}} or {{drug:Aleve}}.
- Your target blood pressure is under {{vital:130/80}}.
Will your family help? Bring your pill box to the next visit.
Hope to see you in clinic in 1 week.""",
"""Heart failure teaching covered daily weights, {{drug:Lasix}} with {{drug:potassium}}, salt limits and avoiding NSAIDs."""),

('nophi_ortho_clinic',
"""Ortho clinic: {{age:58}}F, 6 wk s/p ORIF R ankle (bimalleolar). Incision healed. ROM DF 5, PF 30. XR: hardware intact, callus forming. {{score:Ottawa}} n/a. Transition CAM boot to lace-up brace, WBAT. PT 2x/wk. {{drug:Norco}} {{dose:5/325}} stopped; using {{drug:Tylenol}} PRN. {{drug:Aspirin}} {{dose:81 mg}} DVT ppx completed. F/u 6 wk with XR. Bill brace under L-code.""",
"""{{age:58}}-year-old woman 6 weeks after ankle ORIF is healing and may bear weight as tolerated in a brace."""),

('nophi_psych_brief',
"""Psych brief: {{age:41}}M with bipolar I, currently euthymic. {{drug:Lithium}} {{dose:900 mg}} qHS, {{lab:level 0.8}}. {{lab:TSH 2.1}}, {{lab:Cr 1.0}}. {{drug:Seroquel}} {{dose:50 mg}} PRN insomnia, using 1-2x/wk. Denies SI. {{score:YMRS 4}}, {{score:PHQ-9 3}}. Sleeps 7 h. Working full time. May taper {{drug:Seroquel}}. RTC 3 months.""",
"""{{age:41}}-year-old man with bipolar I is euthymic on {{drug:lithium}} ({{lab:0.8}}); may taper {{drug:Seroquel}}."""),

('nophi_anesthesia_intraop',
"""INTRAOP EVENTS
0742 induction: {{drug:propofol}} {{dose:150 mg}}, {{drug:fentanyl}} {{dose:100 mcg}}, {{drug:rocuronium}} {{dose:50 mg}}.
0745 ETT 7.0 grade I view, {{eponym:Macintosh}} 3.
0810 {{vital:BP 88/50}} -> {{drug:phenylephrine}} {{dose:100 mcg}} x2.
0930 {{drug:Zofran}} {{dose:4 mg}}, {{drug:Decadron}} {{dose:4 mg}}.
1005 {{drug:sugammadex}} {{dose:200 mg}}, {{score:TOF 4/4}}. Extubated awake.
EBL 50 mL, UOP 200 mL, LR 1,200 mL.""",
"""Uneventful general anesthetic with brief hypotension treated with {{drug:phenylephrine}}; extubated after {{drug:sugammadex}}."""),

('nophi_peds_ed',
"""Peds ED: {{age:3}} yo with barky cough and stridor at rest, {{score:Westley 4}}. {{vital:SpO2 96%}}, {{vital:RR 38}}. {{drug:Dexamethasone}} {{dose:0.6 mg/kg}} PO, racemic {{drug:epinephrine}} neb x1. Stridor resolved at 3 h observation. Croup teaching given. Return for stridor at rest, drooling, or retractions.""",
"""{{age:3}}-year-old with moderate croup ({{score:Westley 4}}) improved with {{drug:dexamethasone}} and racemic {{drug:epinephrine}}."""),

]
