NOTES = [
    dict(style="nhs_clinic_letter", note="""
CWM TAF MORGANNWG UHB - CARDIOLOGY OUTPATIENTS, ROYAL GLAMORGAN HOSPITAL
Consultant: Dr [[NAME:Gethin ap Rhys]]      Secretary: [[NAME:Nia Prosser]]  [[PHONE:01443 443571]] ext [[PHONE:5512]]

Re: [[NAME:BOWEN, DAFYDD IWAN]]   DOB [[DATE:04/07/1958]]   NHS No [[MRN:485 777 3456]]   Hosp No [[MRN:M2231904]]
[[ADDRESS:14 Heol y Felin, Pontypridd CF37 4HN]]
Clinic date: [[DATE:12.03.2025]]        Dictated [[DATE:12/03/25]]  Typed [[DATE:14/3/25]] ([[NAME:np]])

Dear Dr [[NAME:Pryce]],

Diagnosis: 1. Paroxysmal AF, {{score:CHA2DS2-VASc 3}}  2. Hypertension  3. Mild MR on echo [[DATE:2 Feb 2025]]

Thank you for referring this pleasant {{age:66}}-year-old retired bus driver. [[NAME:Dafydd]] describes palpitations
since the New Year, worse after a pint. Pulse was irregular at {{vital:HR 104}}, {{vital:BP 148/92}}. There is a
{{lab:2/6}} pansystolic murmur at the apex. The 24-hour {{eponym:Holter}} ([[DATE:19-20/02/2025]]) showed AF burden
of about {{lab:18%}}. TSH {{lab:1.9}}, {{lab:eGFR 71}}.

I have started {{drug:apixaban}} {{dose:5 mg}} twice daily and {{drug:bisoprolol}} {{dose:2.5 mg}} once daily. His wife
[[NAME:Eirlys]] will keep a BP diary. I will see him again on [[DATE:Wed 21st May]] with a repeat ECG.

Yours sincerely,
[[NAME:G. ap Rhys]]
Consultant Cardiologist, GMC [[MRN:6104329]]
cc: Mr [[NAME:D I Bowen]] (patient)
""", summary="""
[[NAME:Dafydd Bowen]] ({{age:66}}) was seen by Dr [[NAME:Gethin ap Rhys]] on [[DATE:12.03.2025]] for paroxysmal AF with {{score:CHA2DS2-VASc 3}}. He was started on {{drug:apixaban}} {{dose:5 mg}} BD and {{drug:bisoprolol}} {{dose:2.5 mg}}, with review on [[DATE:21st May]].
"""),
    dict(style="gp_2ww_referral", note="""
SUSPECTED LOWER GI CANCER - URGENT 2WW REFERRAL (NICE NG12)
To: Colorectal Triage, Leicester Royal Infirmary   Fax [[PHONE:0116 258 6117]]   e-RS UBRN [[MRN:0041 2289 5563]]
From: Dr [[NAME:Harjit Sandhu]], Spinney Hill Medical Centre, [[ADDRESS:143 St Saviours Road, Leicester LE5 4HX]]
Practice tel: [[PHONE:0116 276 7711]]   Bypass: [[PHONE:(0116) 276 0093]]

Patient: Mrs [[NAME:Nusrat Begum Chaudhry]]     D.O.B. [[DATE:17-11-1961]]    NHS: [[MRN:6148823907]]
Mobile: [[PHONE:07723 418 905]]  (son [[NAME:Imran]] - [[PHONE:+44 7911 552 640]] - interprets, Urdu/Punjabi)
Date of referral: [[DATE:03/03/2025]]

Criteria met: age >= {{age:60}} with iron-deficiency anaemia.
- {{lab:Hb 94}} g/L ([[DATE:24/02]]), {{lab:MCV 71}}, {{lab:ferritin 6}}
- {{lab:FIT 212}} ug Hb/g faeces, sample dated [[DATE:26.2.25]]
- weight 61 kg, down from 66 kg in Sept 2024
- PR: no mass palpable. Abdomen soft.
Meds: {{drug:metformin}} {{dose:500 mg}} BD, {{drug:ramipril}} {{dose:5 mg}}, {{drug:Adcal-D3}} 1 tab BD
Started {{drug:ferrous fumarate}} {{dose:210 mg}} BD.
Patient aware this is an urgent referral and available from [[DATE:5th March]] except [[DATE:Fri 14/3]] (Jummah).
Frailty: {{score:Rockwood CFS 3}}. {{score:WHO PS 1}}.
Signed [[NAME:H Sandhu]] (GMC [[MRN:7023188]]) - e-signed [[DATE:03/03/2025]] 11:47
""", summary="""
Dr [[NAME:Harjit Sandhu]] made a 2WW lower GI referral on [[DATE:03/03/2025]] for [[NAME:Nusrat Begum Chaudhry]] with {{lab:Hb 94}}, {{lab:ferritin 6}} and {{lab:FIT 212}}. Her son [[NAME:Imran]] interprets on [[PHONE:+44 7911 552 640]].
"""),
    dict(style="hse_discharge_letter", note="""
Feidhmeannacht na Seirbhíse Sláinte / Health Service Executive
CORK UNIVERSITY HOSPITAL - Dept of Geriatric Medicine
[[ADDRESS:Wilton, Cork]].  Tel [[PHONE:+353 21 492 2000]]   Fax [[PHONE:021 4920 376]]

Discharge letter to: Dr [[NAME:Siobhán Ní Mhurchú]], Bantry Medical Centre, [[ADDRESS:Bantry]], Co. Cork [[ADDRESS:P75 XK20]]
Patient: [[NAME:Pádraig Ó Súilleabháin]]   MRN [[MRN:0739124]]   DOB [[DATE:09/10/1931]] (age [[AGE:93]])
Medical card no. [[MRN:3387145J]]    IHI [[MRN:7312 4480 9915]]
Address: [[ADDRESS:Cill Mhuire, Glengarriff Road]], [[ADDRESS:Bantry]]
Admitted [[DATE:28/01/2025]]  Discharged [[DATE:07/02/2025]]

Admitted via ED following a fall at home, long lie ~6 hrs. {{lab:CK 2,310}}, {{lab:creatinine 168}} on admission,
{{lab:creatinine 94}} at discharge. CT brain NAD. Delirium (4AT 6) resolved by day 4.
Also found to have {{eponym:Parkinson}} disease features - seen by Dr [[NAME:Ó Dálaigh]] (neuro) who started
{{drug:Madopar}} {{dose:62.5 mg}} TDS. {{score:Barthel 14/20}} at discharge.
OT (Ms [[NAME:Aoife Kinsella]]) home visit [[DATE:5 Feb]]: rails, perching stool, key safe fitted.
Niece [[NAME:Mairéad]] ([[PHONE:087 331 9042]]) is next of kin and has the key.

PHN referral sent [[DATE:6/2/25]] - Public Health Nurse [[NAME:Nora Breathnach]], Bantry HC [[PHONE:027 50133]].
Review in Day Hospital [[DATE:Thurs 6th March 2025]] at 10:30.

[[NAME:Fionnuala Dwyer]], SpR Geriatrics, bleep [[PHONE:644]]
For Dr [[NAME:C. Mac Cárthaigh]], Consultant Geriatrician
""", summary="""
[[NAME:Pádraig Ó Súilleabháin]], aged [[AGE:93]], was admitted to CUH [[DATE:28/01/2025]]-[[DATE:07/02/2025]] after a fall with rhabdomyolysis ({{lab:CK 2,310}}) and newly recognised {{eponym:Parkinson}} features treated with {{drug:Madopar}}. Day Hospital review is on [[DATE:6th March 2025]].
"""),
    dict(style="nhs_foot_clinic", note="""
DIABETIC FOOT PROTECTION SERVICE - PODIATRY CONTINUATION NOTE

Type 2 DM, on {{drug:Humalog Mix25}} {{dose:24 units}} mane / {{dose:18 units}} nocte, {{drug:Trulicity}} {{dose:1.5 mg}} weekly.
{{lab:HbA1c 71}} mmol/mol last quarter.
Right hallux: ulcer 8 x 6 mm, depth to subcut, granulating base, no probe to bone. {{score:SINBAD 2}}.
Pedal pulses: DP palpable L, absent R; PT absent bilaterally. ABPI R {{lab:0.71}}, L {{lab:0.94}}.
Monofilament 4/10 sites R, 7/10 L. {{score:Wagner grade 1}}.
Swab sent - previous growth Staph aureus, MSSA.
Plan: debrided, {{drug:Inadine}} dressing, TCC not indicated. Offloading boot (Darco) issued.
Refer to Vascular (Duplex) - ?SFA disease. Continue {{drug:flucloxacillin}} {{dose:1 g}} QDS for 7 days.
Footwear check next visit. Patient advised re daily inspection, {{eponym:Charcot}} signs explained.
Review 1/52.
""", summary="""
Podiatry reviewed a right hallux diabetic ulcer ({{score:SINBAD 2}}, {{score:Wagner grade 1}}) with ABPI {{lab:0.71}} on the right. It was debrided and offloaded, {{drug:flucloxacillin}} {{dose:1 g}} QDS continued, and a vascular duplex requested.
"""),
    dict(style="nhs_scotland_clinic", note="""
NHS HIGHLAND - RAIGMORE HOSPITAL, [[ADDRESS:INVERNESS]] - RESPIRATORY CLINIC
CHI: [[MRN:2108546612]]     Name: [[NAME:MACLEOD, EILIDH CATRIONA]]     DOB: [[DATE:21.08.54]]
Address: [[ADDRESS:Taigh na Mara, 7 Stèornabhagh Road, Tarbert, Isle of Harris HS3 3DB]]
GP: Dr [[NAME:Ruairidh MacAoidh]], Harris Medical Practice   Tel [[PHONE:01859 502 421]]
Seen: [[DATE:Tue 11/02/2025]] via NHS Near Me video (patient at [[ADDRESS:Tarbert]] surgery with practice nurse [[NAME:seonaid]])

[[NAME:Eilidh]] has COPD (GOLD 3, {{lab:FEV1 41%}} predicted) and was admitted to Western Isles Hospital
[[DATE:2-9 Jan]] with an exacerbation. Since then {{score:CAT 24}}, {{score:MRC 4}}. Sats {{vital:SpO2 90%}} on air at rest.
She quit smoking on [[DATE:the 3rd of January]] - well done. Lives alone; son [[NAME:Calum]] in [[ADDRESS:Stornoway]]
([[PHONE:07821 660 314]]) visits Sundays.

Plan
- Switch {{drug:Trelegy Ellipta}} {{dose:92/55/22}} one puff OD (stop {{drug:Anoro}} + {{drug:Fostair}})
- Rescue pack: {{drug:prednisolone}} {{dose:30 mg}} x5d + {{drug:doxycycline}} {{dose:100 mg}}
- Pulmonary rehab (Tele-PR) - referral sent to [[NAME:Mòrag Nic a' Phearsain]], physio
- Ambulatory O2 assessment at Raigmore [[DATE:04/03/2025]]; ABG if PaO2 < 7.3 kPa
[[NAME:Iain Mòr MacLennan]]
Consultant Respiratory Physician     sec. [[PHONE:01463 704 000]] ext [[PHONE:4 5318]]
""", summary="""
[[NAME:Eilidh Macleod]], GOLD 3 COPD ({{lab:FEV1 41%}}), was reviewed by video on [[DATE:11/02/2025]] after a January exacerbation and switched to {{drug:Trelegy Ellipta}} with a rescue pack. Ambulatory oxygen assessment is booked for [[DATE:04/03/2025]].
"""),
    dict(style="memory_clinic_letter", note="""
Lewisham Memory Service, Ladywell Unit
Our ref: [[MRN:LMS/24/08817]]   RiO [[MRN:1100482736]]   NHS [[MRN:402 551 9187]]

[[DATE:18 October 2024]]
Private & Confidential - Dr [[NAME:K. Ramdin]]
Honor Oak Group Practice, [[ADDRESS:20 Turnham Road, London SE4 2LA]]

Dear Dr [[NAME:Ramdin]]
Re: Mr [[NAME:Winston Augustus Clarke]], DOB [[DATE:02/05/1932]], [[ADDRESS:Flat 6, Marnock House, Brockley Rise, SE23]]

I saw Mr [[NAME:Clarke]] today with his daughter [[NAME:Hyacinth Clarke-Bailey]] and granddaughter [[NAME:Precious]].
He is [[AGE:92]], a retired London Transport engineer who came from [[ADDRESS:St Ann, Jamaica]], in 1956.
Over two years he has lost his way to [[ADDRESS:Catford]] market and repeats questions. {{score:ACE-III 61/100}}
(attention 14/18, memory 9/26, fluency 4/14), {{score:MoCA 15/30}}. MRI [[DATE:23/9/24]]: generalised atrophy,
{{score:Fazekas 2}}, {{score:MTA 3}} bilaterally.
Impression: mixed {{eponym:Alzheimer}} and vascular dementia, moderate.
I have started {{drug:donepezil}} {{dose:5 mg}} nocte, increasing to {{dose:10 mg}} after 4 weeks if no bradycardia
(pulse today {{vital:HR 62}}). ECG: sinus, PR 184 ms.
[[NAME:Hyacinth]] holds LPA (health & welfare) registered [[DATE:14.06.2022]]. She can be reached on [[PHONE:020 8690 4472]]
or mobile [[PHONE:07958 114 230]].
Admiral nurse [[NAME:Marcia Francis]] will visit. Follow-up with [[NAME:Delroy]] (CPN) in 6 weeks.

Yours sincerely
Dr [[NAME:Anjali Mistry-Patel]], Consultant Old Age Psychiatrist
Typed by [[NAME:LB]] [[DATE:21/10/2024]]
""", summary="""
Mr [[NAME:Winston Clarke]], [[AGE:92]], was diagnosed on [[DATE:18 October 2024]] with moderate mixed {{eponym:Alzheimer}}/vascular dementia ({{score:MoCA 15/30}}) and started on {{drug:donepezil}} {{dose:5 mg}}. His daughter [[NAME:Hyacinth Clarke-Bailey]] holds LPA.
"""),
    dict(style="district_nurse_handover", note="""
DN handover - Team 3 (east) - [[DATE:Mon 24/2]]
1. [[NAME:JONES, Bethan]] ([[ADDRESS:Llanrumney]]) - sacral PU cat 3, {{drug:Aquacel Ag}} + {{drug:Allevyn}}. Daughter lets us in, keysafe 2209. Seen by [[NAME:KT]]. Next [[DATE:Wed 26/2]].
2. [[NAME:Llewellyn, Cerys]] - {{eponym:Foley}} CSU sent [[DATE:21/02]], awaiting. Catheter change due [[DATE:10/3]]. pt phoned 0915 from [[PHONE:029 2079 4410]] re bypassing.
3. Mr [[NAME:Price]] - end of life, {{drug:midazolam}} {{dose:10 mg}}/24h + {{drug:morphine}} {{dose:5 mg}}/24h via {{eponym:McKinley}} T34. Wife [[NAME:June]] present. Anticipatory meds checked w [[NAME:SB]]. GP Dr [[NAME:Vaughan]] aware.
4. [[NAME:ellis]] - INR (on {{drug:warfarin}}) {{lab:INR 3.8}} - told to omit tonight, GP to redose. Recheck [[DATE:27.2]].
5. Insulin visit: [[NAME:Angharad Hughes]] - {{drug:Lantus}} {{dose:14u}}, CBG {{lab:11.2}}.
Any probs ring coordinator [[NAME:Rhodri]] on [[PHONE:02920 335 617]] or SPA bleep [[PHONE:07789 001 342]].
[[NAME:KT]] / [[NAME:SB]]
""", summary="""
The Team 3 district nursing handover on [[DATE:24/2]] covered a sacral pressure ulcer for [[NAME:Bethan Jones]], an end-of-life syringe driver for Mr [[NAME:Price]] and a high {{lab:INR 3.8}} for [[NAME:ellis]]. It was signed off by [[NAME:KT]] and [[NAME:SB]].
"""),
    dict(style="ed_discharge_summary", note="""
EMERGENCY DEPARTMENT DISCHARGE SUMMARY - Queen Elizabeth Hospital Birmingham
Attendance [[MRN:ED25-0311-4478]]   MRN [[MRN:QE 5501 237]]
Patient [[NAME:Ravinder Kaur Bains]]  ([[DATE:08/06/1979]])   NHS [[MRN:719 334 2208]]
Arrived [[DATE:11/03/25]] 22:48 by WMAS, incident [[MRN:WM-2503-11-0921]]   Left [[DATE:12/03/25]] 04:10
Triage (Manchester): Orange, {{vital:HR 118}}, {{vital:RR 24}}, {{vital:T 38.9}}, {{vital:BP 96/58}}, {{score:NEWS2 7}}

PC: L loin pain, rigors x2 days. Dysuria. LMP [[DATE:20/02]]; urine bHCG negative.
Urine dip: leuc +++, nitrite +. {{lab:WCC 17.4}}, {{lab:CRP 212}}, {{lab:lactate 2.6}}, {{lab:creat 104}}.
CT KUB: no calculus, L perinephric stranding.
Dx: L pyelonephritis, sepsis. Sepsis Six completed by 23:40.
Rx: {{drug:gentamicin}} {{dose:5 mg/kg}} stat ({{eponym:Hartford}} nomogram), {{drug:co-amoxiclav}} {{dose:1.2 g}} IV, {{dose:2 L}} {{eponym:Hartmann's}}.
Lactate {{lab:1.3}} after fluids, {{vital:BP 112/70}}. Referred to AMU - accepted by Dr [[NAME:Mirza]] (reg) [[DATE:12/3]] 01:15.
ED clinician: [[NAME:O. Adeyemi-Grant]] (ST4)   Senior review: Dr [[NAME:Faith Osei]]
""", summary="""
[[NAME:Ravinder Kaur Bains]] attended QEHB ED on [[DATE:11/03/25]] with left pyelonephritis and sepsis ({{score:NEWS2 7}}, {{lab:lactate 2.6}}). She received {{drug:gentamicin}}, {{drug:co-amoxiclav}} and fluids and was admitted to AMU under Dr [[NAME:Mirza]].
"""),
    dict(style="patient_email_gp", note="""
From: [[EMAIL:hughie.mcleod62@btinternet.com]]
To: [[EMAIL:reception.k83044@nhs.net]]
Sent: [[DATE:09 April 2025]] 07:02
Subject: prescription and blood test

hi there its [[NAME:hughie mcleod]] dob [[DATE:3/3/62]], nhs no [[MRN:944 102 7733]].
i ran out of my {{drug:atorvastatin}} {{dose:40mg}} on the weekend and the pharmacy (boots on [[ADDRESS:king street]]) says
theyve no script. can dr [[NAME:hussain]] sign it please. also my wife [[NAME:morag]] says i should ask about the
blood test from the [[DATE:27th]] - the nurse [[NAME:grace]] said my sugar was "borderline". is that {{lab:48}} bad??
im away to [[ADDRESS:oban]] from [[DATE:the 14th]] to [[DATE:the 18th]] so if someone rings try my mobile [[PHONE:07800 612 559]]
not the landline [[PHONE:01506 411 208]]
cheers
[[NAME:hughie]]
""", summary="""
[[NAME:Hughie McLeod]] emailed the practice on [[DATE:09 April 2025]] asking Dr [[NAME:Hussain]] to re-issue {{drug:atorvastatin}} {{dose:40mg}} and about a borderline HbA1c of {{lab:48}}. He asked to be called on [[PHONE:07800 612 559]].
"""),
    dict(style="dictation_transcript", note="""
[VR draft - unchecked]  Job [[MRN:DX-884120]]  Author [[NAME:rpatel4]]  Typist [[NAME:cw]]
this is a letter for the urology clinic southmead hospital date of clinic [[DATE:the fourth of march twenty twenty five]]
patient is mister [[NAME:aftab mirza]] m i r z a date of birth [[DATE:nineteenth of september nineteen sixty eight]]
n h s number [[MRN:six two one three three four nine eight one two]] hospital number [[MRN:S as in sugar zero zero four one one two nine]]
dear doctor [[NAME:gill]] full stop new paragraph
i reviewed mr [[NAME:mersa]] correction [[NAME:mirza]] today who is {{age:fifty six}} comma with a p s a of {{lab:six point eight}}
up from {{lab:four point one}} in twenty twenty three full stop m r i prostate on [[DATE:feb tenth]] shows a {{score:PI-RADS four}}
lesion in the left peripheral zone comma volume {{lab:42 mls}} full stop d r e benign feeling comma {{score:T2}} at most
new paragraph he is booked for transperineal biopsy under local on [[DATE:monday the seventeenth]] at the cossham unit
full stop continue {{drug:tamsulosin}} {{dose:four hundred micrograms}} daily full stop he takes {{drug:clopidogrel}} which
should be stopped from [[DATE:the tenth]] comma please could you arrange this full stop
his mobile is [[PHONE:oh seven seven three two comma four four one comma nine oh six]] and his wife [[NAME:shabana]] is on [[PHONE:0117 965 3318]]
yours sincerely [[NAME:raj patel]] consultant urologist end of letter
""", summary="""
Dictated urology letter from [[NAME:Raj Patel]] about [[NAME:Aftab Mirza]], seen [[DATE:4 March 2025]], with PSA {{lab:6.8}} and a {{score:PI-RADS 4}} lesion. Transperineal biopsy is booked for [[DATE:the 17th]] and {{drug:clopidogrel}} is to stop from [[DATE:the 10th]].
"""),
    dict(style="nhs_rheum_letter", note="""
Rheumatology Outpatient Clinic - Follow-up

Diagnoses:
1. Primary {{eponym:Sjögren's}} syndrome (anti-Ro positive, {{score:ESSDAI 4}})
2. Secondary {{eponym:Raynaud's}} phenomenon
3. Vitamin D deficiency (treated)

Dry eyes and mouth remain the main complaint. {{eponym:Schirmer}} test 3 mm/5 min right, 4 mm left.
Parotid swelling settled. No purpura, no neuropathy. Joints: mild synovitis R 2nd and 3rd MCPs, {{score:DAS28 3.4}}.
Bloods: {{lab:ESR 38}}, {{lab:CRP 4}}, {{lab:IgG 19.8}} g/L, C3 and C4 normal, {{lab:Hb 118}}, {{lab:lymphocytes 0.9}}.
Urine protein:creatinine ratio {{lab:12}}.
Plan: start {{drug:hydroxychloroquine}} {{dose:200 mg}} daily (weight 58 kg, < {{dose:5 mg/kg}}). Baseline OCT arranged with
Ophthalmology before year 5. {{drug:Hylo-Forte}} drops QDS, {{drug:Saliveze}} spray PRN. {{drug:nifedipine MR}} {{dose:10 mg}} BD
in winter months. Annual lymphoma vigilance: counselled on persistent gland swelling.
Advice line number given. Review in 4 months with bloods.
""", summary="""
Rheumatology follow-up of primary {{eponym:Sjögren's}} syndrome with {{eponym:Raynaud's}} and mild synovitis ({{score:DAS28 3.4}}). {{drug:hydroxychloroquine}} {{dose:200 mg}} daily was started with baseline OCT screening.
"""),
    dict(style="health_visitor_safeguarding", note="""
CROYDON HEALTH SERVICES - 0-19 SERVICE - SAFEGUARDING REFERRAL (MASH)
Referral date [[DATE:27/01/2025]]   MASH ref [[MRN:MASH-25-01173]]
Referrer: [[NAME:Savannah Lewis-Okoye]], Health Visitor   [[PHONE:020 8274 6310]] / [[PHONE:07966 205 481]]
         [[EMAIL:savannah.lewis-okoye@nhs.net]]

Household at [[ADDRESS:22b Lodge Road, Thornton Heath CR7 7PB]]:
- Mother: [[NAME:GRANT, SHANICE M]], DOB [[DATE:12.04.2001]]
- [[NAME:Mercy Grant-Campbell]]  DOB [[DATE:30.11.2020]]  NHS [[MRN:746 118 0392]]
- [[NAME:Will Grant-Campbell]]  DOB [[DATE:05/08/2022]]  NHS [[MRN:746 220 4471]]
- [[NAME:Hope]] (baby), DOB [[DATE:2 Jan 2025]], NHS [[MRN:752 003 6619]], born at Croydon University Hospital, 35+2 wks
- Father [[NAME:Jordan Campbell]] - not resident, contact via MGM [[NAME:Beverley]] on [[PHONE:(020) 8684 1127]]

Concerns: new birth visit on [[DATE:the 20th]] - mother tearful, {{score:EPDS 19}}, Q10 positive (thoughts of self-harm,
no plan). Home cold, no working heating. [[NAME:Will]] has a healing bruise over L pinna (TEN-4 region),
explanation "fell off the sofa". Baby weight 2.41 kg (dropped below 9th centile). [[NAME:Mercy]] missed nursery since [[DATE:6th Jan]].
Actions: GP Dr [[NAME:Malik]] informed same day; perinatal mental health referral; paediatric CP medical requested
for [[NAME:Will]] - booked [[DATE:28/1]] at 14:00 with Dr [[NAME:Aziz]]. I will revisit on [[DATE:Thurs 30th]] and we hope to
see [[NAME:Jordan]] then. Mother consents to referral.
""", summary="""
Health visitor [[NAME:Savannah Lewis-Okoye]] made a MASH referral on [[DATE:27/01/2025]] for [[NAME:Shanice Grant]]'s three children, [[NAME:Mercy]], [[NAME:Will]] and baby [[NAME:Hope]]. She raised maternal {{score:EPDS 19}}, a bruise on [[NAME:Will]]'s ear and faltering growth in the baby, and a child protection medical was booked for [[DATE:28/1]].
"""),
    dict(style="hse_psychiatry_letter", note="""
HSE West - Galway/Roscommon Mental Health Services
Adult Community Mental Health Team, Sector 3
[[ADDRESS:Merlin Park, Galway H91 N973]]    T: [[PHONE:+353 (0)91 775 400]]   F: [[PHONE:091-757 312]]

[[DATE:14/01/2025]]

Dr [[NAME:Cathal Ó Flaithearta]]
The Surgery, [[ADDRESS:Main Street, Oughterard, Co. Galway]]

Re: [[NAME:Ciarán Mac Giolla Phádraig]], [[ADDRESS:4 Bóthar na Trá, Salthill]]  DOB [[DATE:22-06-1990]]  Chart [[MRN:GMH 0448921]]

Dear [[NAME:Cathal]],
Thank you for asking me to see [[NAME:Ciarán]], whom I reviewed at clinic on [[DATE:Mon 13th Jan]] with his partner [[NAME:Rhys]].
He has a 6 month history of low mood after losing his job in Sept, {{score:PHQ-9 21}}, {{score:GAD-7 15}}, early waking.
Passive death wish, no plan or intent; protective factors strong ({{age:3}} yr old niece, his running club).
Alcohol approx 30 units/week. {{lab:GGT 88}}, {{lab:MCV 99}}.
Diagnosis: moderate-severe depressive episode (ICD-10 F32.2).
Plan: {{drug:sertraline}} {{dose:50 mg}} increasing to {{dose:100 mg}} at 2 wks; brief alcohol intervention; CBT waiting list
(approx. 10 wks). Crisis plan given incl. Samaritans 116 123 and our duty line [[PHONE:091 775 455]].
He will see our CNS [[NAME:Máire Ní Chonghaile]] on [[DATE:28th January]], and me again on [[DATE:11-Feb-2025]].

Is mise le meas,
Dr [[NAME:Sunita Deshpande]], Consultant Psychiatrist  (MCRN [[MRN:403118]])
""", summary="""
Dr [[NAME:Sunita Deshpande]] assessed [[NAME:Ciarán Mac Giolla Phádraig]] on [[DATE:13th Jan]] for a moderate-severe depressive episode ({{score:PHQ-9 21}}) with heavy alcohol use. She started {{drug:sertraline}} {{dose:50 mg}}, and CNS review is on [[DATE:28th January]].
"""),
    dict(style="histopathology_report", note="""
CELLULAR PATHOLOGY REPORT - Royal Free London NHS Foundation Trust
Lab No: [[MRN:H25-04417]]      Specimen: [[MRN:H25-04417-A/B]]     Request [[MRN:ORC 9920183]]
Surname: [[NAME:ALLEYNE]]   Forename: [[NAME:DESMOND]]   DOB: [[DATE:1957-10-30]]   Sex M   Hosp No: [[MRN:RAL3317820]]
Requested by: Dr [[NAME:B. Agyeman]]   Location: Endoscopy (GI)
Collected: [[DATE:11MAR25]]   Received: [[DATE:13MAR25]]   Reported: [[DATE:18-Mar-2025]]

Clinical details: {{eponym:Barrett's}} surveillance, C4M6 (Prague). Nodule at 34 cm.
A. Oesophagus 34 cm nodule (EMR): squamocolumnar mucosa with intestinal metaplasia and high grade dysplasia.
   Focus of intramucosal adenocarcinoma (pT1a, m2), 1.8 mm. Deep margin clear (0.6 mm). LVI not seen.
B. Quadrantic biopsies 28-40 cm: {{eponym:Barrett's}} with low grade dysplasia at 36 cm. No {{eponym:Helicobacter}}.
p53 IHC: aberrant (overexpression) in A.
Second opinion: agreed, [[NAME:S. Rahman]] ([[DATE:17/3]]).
Discussed at Upper GI MDT [[DATE:Tuesday 25th March]].

Reported by: Dr [[NAME:Sunny Rahman]], Consultant Histopathologist    Authorised: [[NAME:srahman2]] [[DATE:18/03/2025]] 16:52
Queries: Cellular Pathology office [[PHONE:020 7794 0500]] x[[PHONE:33621]]
""", summary="""
Histology [[MRN:H25-04417]] for [[NAME:Desmond Alleyne]] showed an intramucosal adenocarcinoma (pT1a) in {{eponym:Barrett's}} oesophagus with clear deep margin, reported by Dr [[NAME:Sunny Rahman]] on [[DATE:18-Mar-2025]]. It goes to Upper GI MDT on [[DATE:25th March]].
"""),
    dict(style="gp_msk_referral", note="""
Referral: MSK Physiotherapy / Orthopaedic Interface (CATS) - Aneurin Bevan UHB
Date: [[DATE:19/02/2025]]   Urgency: Routine   WCCG ref [[MRN:WR-2502-77318]]

Patient: [[NAME:Ellie Baker]]    DOB [[DATE:1.5.1973]]    NHS [[MRN:413 882 6705]]
Address: [[ADDRESS:3 Tŷ Coch Close, Cwmbran NP44 3RU]]     Tel [[PHONE:01633 861 447]] / mob [[PHONE:+44 (0) 7845 229 013]]
Referring GP: Dr [[NAME:Aled Rhys-Williams]], Llanfrechfa Surgery

[[NAME:Ellie]] is a {{age:51}} y/o teaching assistant with 4/12 of posterior R knee swelling and ache on squatting.
USS ([[DATE:6th Feb]], Nevill Hall): 4.2 x 1.9 cm {{eponym:Baker's}} cyst, no rupture, moderate effusion,
degenerative medial meniscus. Xray: {{score:Kellgren-Lawrence 2}} medial OA.
{{eponym:McMurray's}} equivocal, {{eponym:Lachman}} neg. ROM 0-115. {{score:Oxford Knee Score 29/48}}. Calf SNT, {{eponym:Wells}} low.
Analgesia: {{drug:naproxen}} {{dose:500 mg}} BD with {{drug:omeprazole}} {{dose:20 mg}}, {{drug:paracetamol}} {{dose:1 g}} QDS PRN.
Please assess and consider physio +/- aspiration/injection. She prefers appts after 3pm (works at [[ADDRESS:Croesyceiliog]] school).
Ms [[NAME:Baker]] is aware of the referral. Thank you.
[[NAME:A. Rhys-Williams]]
""", summary="""
Dr [[NAME:Aled Rhys-Williams]] referred [[NAME:Ellie Baker]] ({{age:51}}) on [[DATE:19/02/2025]] with a 4.2 cm right {{eponym:Baker's}} cyst and medial OA ({{score:Kellgren-Lawrence 2}}). Physio and possible aspiration or injection were requested.
"""),
    dict(style="pharmacy_med_rec", note="""
Medicines Reconciliation - Ward 7B (Care of Elderly) - Whittington Hospital
Pt: [[NAME:MAJOR, CLAUDETTE ELAINE]]   MRN [[MRN:W 0082 4417]]   NHS [[MRN:459-331-8820]]   DOB [[DATE:16/1/1940]]
Sources: SCR (viewed [[DATE:04/03/2025]] 09:14 by [[NAME:apugh3]]), GP repeat list (faxed from Archway GP, [[PHONE:020 7272 3070]]),
patient's own meds (POD locker), daughter [[NAME:Joy]] by phone ([[PHONE:07533 902 116]])

Drug                      | GP list              | Admission            | Action
{{drug:Apixaban}}                  | {{dose:2.5 mg}} BD          | {{dose:2.5 mg}} BD          | HELD - major PR bleed, {{lab:Hb 71}}
{{drug:Bisoprolol}}               | {{dose:5 mg}} OD            | {{dose:5 mg}} OD            | reduced {{dose:2.5 mg}} ({{vital:BP 98/54}})
{{drug:Furosemide}}               | {{dose:40 mg}} OM           | not given            | withhold, AKI ({{lab:creat 188}})
{{drug:Sando-K}}                  | 2 tabs BD            | -                    | stopped {{lab:K 5.6}}
{{drug:Laxido}}                   | 1 sachet OD          | 1 sachet OD          | continue
{{drug:Alendronic acid}}          | {{dose:70 mg}} weekly (Sun)  | -                    | last dose [[DATE:Sun 2/3]]; next [[DATE:9/3]]

Discrepancies discussed with Dr [[NAME:Ed Llwyd]] (FY1) - agreed. {{drug:Co-codamol}} {{dose:30/500}} (bought OTC) not on GP list.
Community pharmacy: Day Lewis, [[ADDRESS:Junction Rd]], [[ADDRESS:N19]] - blister pack (dosette) filled Thursdays.
Completed by [[NAME:Al Pugh]], Pharmacy Technician, bleep [[PHONE:2291]]; checked [[NAME:Priya Venkatesan]] (Pharmacist IP) [[DATE:4/3/25]].
""", summary="""
Medicines reconciliation for [[NAME:Claudette Major]] on [[DATE:04/03/2025]] held {{drug:Apixaban}} after a major PR bleed ({{lab:Hb 71}}) and withheld {{drug:Furosemide}} and {{drug:Sando-K}} for AKI and {{lab:K 5.6}}. It was done by [[NAME:Al Pugh]] and checked by [[NAME:Priya Venkatesan]].
"""),
    dict(style="ward_round_entry", note="""
WR - Consultant ward round - Resp
Day 3 CAP (RLL), {{score:CURB-65 2}} on admission.
S: feels better, less SOB, eating. Cough productive, green -> cream.
O: {{vital:T 37.4}}, {{vital:HR 88}}, {{vital:BP 126/74}}, {{vital:RR 18}}, {{vital:SpO2 95%}} on 1L NC. {{score:NEWS2 1}}.
   Creps R base, reduced. Calves SNT.
   {{lab:WCC 11.2}} (from 19.8), {{lab:CRP 64}} (from 288), {{lab:Na 133}}, {{lab:urea 6.1}}.
   {{eponym:Legionella}} / pneumococcal urinary Ag: negative. Blood cultures NG at 48h.
A: improving CAP.
P: IV {{drug:co-amoxiclav}} -> PO {{dose:625 mg}} TDS + {{drug:clarithromycin}} {{dose:500 mg}} BD to complete 5 days.
   Wean O2 to air, target 94-98%. Mobilise w physio. VTE: {{drug:enoxaparin}} {{dose:40 mg}} OD.
   CXR 6/52 post discharge via GP. Likely EDD tomorrow if sats OK on air. TTO to pharmacy this pm.
""", summary="""
Day 3 consultant review of right lower lobe CAP ({{score:CURB-65 2}}) showed improvement with {{lab:CRP 64}} from 288. Antibiotics were switched to oral {{drug:co-amoxiclav}} and {{drug:clarithromycin}}, with oxygen weaning and likely discharge tomorrow.
"""),
    dict(style="welsh_bilingual_letter", note="""
BWRDD IECHYD PRIFYSGOL BETSI CADWALADR / BETSI CADWALADR UHB
Ysbyty Gwynedd, [[ADDRESS:Bangor]] [[ADDRESS:LL57 2PW]]  -  Clinig Diabetes / Diabetes Clinic  -  Ffôn [[PHONE:01248 384 384]]

Dyddiad / Date: [[DATE:5 Mawrth 2025]]
Annwyl Dr [[NAME:Prydderch]],

Re: [[NAME:Iolo Wyn Prydderch]] - (no relation to yourself, he asked me to say!)  DOB [[DATE:28/12/1986]]
Rhif GIG / NHS no. [[MRN:690 114 2536]]   Ysbyty [[MRN:D448120]]   [[ADDRESS:Tan-y-Bwlch, Llanberis]]

[[NAME:Iolo]] has Type 1 diabetes since childhood, now on {{drug:Omnipod 5}} with {{drug:Dexcom G6}}, {{drug:NovoRapid}}.
Time in range {{lab:68%}}, below range {{lab:3%}}, GMI {{lab:7.1%}}. {{lab:HbA1c 56}}. Two hypos on hill runs on Yr Wyddfa
- we discussed activity mode 1 hr prior and carb top-up. Retinal screening [[DATE:Nov 12th]]: R0M0 both eyes.
{{lab:ACR 1.8}}, {{vital:BP 122/76}}. Feet low risk.
He travels to [[ADDRESS:Chamonix]] [[DATE:14-21 April]]; travel letter provided for pump and sensor.
Dilynwch / follow up: Nyrs Arbenigol [[NAME:Gwenllian Pugh]] [[DATE:2/6/25]], fi fy hun mewn 6 mis.

Yn gywir / Yours sincerely,
Dr [[NAME:Tomos Llywelyn-Jenkins]], Ymgynghorydd / Consultant     cc [[EMAIL:iolo.prydderch@outlook.com]]
""", summary="""
[[NAME:Iolo Wyn Prydderch]], with Type 1 diabetes on {{drug:Omnipod 5}}, had {{lab:HbA1c 56}} and time in range {{lab:68%}} at clinic on [[DATE:5 Mawrth 2025]]. Dr [[NAME:Tomos Llywelyn-Jenkins]] gave activity and travel advice, with specialist nurse follow-up on [[DATE:2/6/25]].
"""),
    dict(style="antenatal_booking", note="""
ANTENATAL BOOKING - Birmingham Women's Hospital - BadgerNet
Mother: [[NAME:Chauhan, Priya]]    Hosp [[MRN:BW-1774013]]    NHS [[MRN:7043318854]]    DOB [[DATE:09-02-1994]] ({{age:31}})
G3 P1 (SVD 2021 after IOL, {{score:Bishop score 3}} -> {{drug:Propess}}; misc. 2023)
LMP [[DATE:22/10/24]]  Dating scan [[DATE:21/01/2025]]: CRL 63 mm = 12+4  ->  EDD [[DATE:28.07.2025]]
Booked by: [[NAME:Savannah Bishop]], Community Midwife (Team Jade)  [[PHONE:0121 472 1377]] opt 3
Partner: [[NAME:Nikhil Chauhan]] - [[PHONE:07455 320 998]]. Language: English/Gujarati. No DV disclosed (asked alone).
Obs: {{vital:BP 118/72}}, BMI 31.2, urine NAD. {{lab:Hb 112}}, {{lab:ferritin 14}}.
Risk: GDM (BMI >30, South Asian) -> OGTT at 24-28 wk (booked [[DATE:15/4]]). {{drug:Aspirin}} {{dose:150 mg}} nocte from 12 wk to 36 wk.
Start {{drug:ferrous sulfate}} {{dose:200 mg}} OD. Flu + pertussis vaccines discussed.
Anomaly scan booked [[DATE:Wed 12 Mar 2025]] @ 1010. Next MW appt 16/40 ([[DATE:12-02-25]]) at Moseley Hall.
GP: Dr [[NAME:May Sidhu]], [[ADDRESS:Kings Heath]].
""", summary="""
Midwife [[NAME:Savannah Bishop]] booked [[NAME:Priya Chauhan]] ({{age:31}}, G3P1) with EDD [[DATE:28.07.2025]], starting aspirin {{dose:150 mg}} and {{drug:ferrous sulfate}}. An OGTT is planned for [[DATE:15/4]] and the anomaly scan for [[DATE:12 Mar 2025]].
"""),
    dict(style="ent_clinic_letter", note="""
Department of Otolaryngology, St John's Hospital, [[ADDRESS:Livingston]]  -  Tel [[PHONE:+44 (0)1506 523 000]]
CHI [[MRN:0507693318]]   [[NAME:Seonaidh MacAskill]]   [[ADDRESS:12 Almondvale Crescent, EH54 6QT]]
Clinic [[DATE:10/02/25]]   Typed [[DATE:11/02/25]] /[[NAME:fm]]

Dear Dr [[NAME:Chakraborty]]

Ms [[NAME:McAskill]] ({{age:55}}) had sudden right hearing loss on waking on [[DATE:2nd Feb]] with tinnitus and fullness.
PTA on [[DATE:3/2]] showed a flat 60 dB loss R; {{eponym:Weber}} lateralised left, {{eponym:Rinne}} positive bilaterally.
She was treated by the on-call team with {{drug:prednisolone}} {{dose:60 mg}} daily from [[DATE:3/2]] to [[DATE:9/2]] and an
intratympanic {{drug:dexamethasone}} injection ({{dose:0.5 ml}} of {{dose:4 mg/ml}}) on [[DATE:6th February]].
Repeat PTA today: 35 dB, improved. MRI IAMs requested to exclude a vestibular schwannoma - expect appt within 6 weeks.
No vertigo; {{eponym:Dix-Hallpike}} negative. CBG during steroids peaked at {{lab:13.4}}, now normal.
Review with PTA [[DATE:March 24th]]. Patient can be contacted on [[PHONE:07712 448 091]].

[[NAME:Seonaid]] also asked about her husband [[NAME:Tormod]], who is on our waiting list - I have passed this to his team.

Mr [[NAME:Faisal Qureshi]], Consultant ENT Surgeon
""", summary="""
[[NAME:Seonaidh MacAskill]] ({{age:55}}) had sudden right sensorineural hearing loss from [[DATE:2nd Feb]] that improved to 35 dB after oral {{drug:prednisolone}} {{dose:60 mg}} and intratympanic {{drug:dexamethasone}}. An MRI is requested, with review on [[DATE:March 24th]].
"""),
]
