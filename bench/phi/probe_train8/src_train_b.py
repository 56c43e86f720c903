NOTES = [
    dict(style="primary_care_visit", note="""
PRIMARY CARE - Annual Wellness Visit
Patient: [[NAME:Kwame Mensah-Boateng]]    DOB: [[DATE:6/2/1962]]    MRN: [[MRN:300-41-882]]
Visit: [[DATE:09/10/2024]]    Provider: [[NAME:Hannah Blackwood]], FNP-C
Medicare Beneficiary ID: [[MRN:5TR9-YH2-QK41]]

{{age:62}} yo M here for AWV and f/u of HTN and prediabetes. Feels well. Walks with his church group 3x/wk. Wife [[NAME:Akosua]] (retired nurse) keeps his BP log - home average {{vital:136/84}}.
Vitals: {{vital:BP 142/88}} (repeat {{vital:138/86}}), {{vital:HR 68}}, {{vital:BMI 31.2}}, wt {{vital:98 kg}}.
Screening: {{score:PHQ-2 0}}. {{score:AUDIT-C 1}}. Colonoscopy 2019 normal (repeat 2029). Hep C Ab neg. {{drug:Shingrix}} #1 given today, #2 in 2-6 months.
Labs from [[DATE:9/3]]: {{lab:A1c 6.2}}, {{lab:LDL 148}}, {{lab:eGFR 82}}, {{lab:UACR 12}}.
Exam: no carotid bruits, 2+ DP pulses, monofilament intact bilaterally.
A/P:
1. HTN, not at goal - increase {{drug:amlodipine}} {{dose:5}} -> {{dose:10 mg}}; recheck in 4 wk, consider adding {{drug:chlorthalidone}}.
2. Prediabetes - referred to the YMCA Diabetes Prevention Program; diet counseling.
3. Hyperlipidemia - {{score:ASCVD 10-yr risk 14.8%}}; start {{drug:rosuvastatin}} {{dose:10 mg}}.
4. Prostate screening: shared decision-making, elects PSA.
RTC 4 weeks for BP check.
""", summary="""
[[NAME:Kwame Mensah-Boateng]], {{age:62}}, had his annual wellness visit on [[DATE:09/10/2024]] with {{vital:BP 142/88}}; {{drug:amlodipine}} was increased to {{dose:10 mg}} and {{drug:rosuvastatin}} {{dose:10 mg}} started. He received his first {{drug:Shingrix}} dose.
"""),

    dict(style="telephone_refill", note="""
TELEPHONE ENCOUNTER
Date/Time: [[DATE:12/30/2024]] 10:42
Caller: [[NAME:Oksana Kovalchuk]] (daughter, DPOA) re: mother [[NAME:Halyna Kovalchuk]], DOB [[DATE:03/08/1940]], MRN [[MRN:5018263]]
Identity verified with DOB and last 4 of SSN [[SSN:7731]].
Call back #: [[PHONE:(267) 555-0159]] (cell) - ok to leave detailed message per HIPAA release.

Reason: needs refill of {{drug:Eliquis}} {{dose:5 mg}} BID - mom has 2 pills left, mail-order delayed by the holiday. Also asks if {{drug:Tylenol}} is safe for her knee pain with the {{drug:Eliquis}}.
Pharmacy: Rite Aid, [[ADDRESS:7800 Castor Ave, Philadelphia PA 19152]]
Last OV [[DATE:11/4/24]] with Dr. [[NAME:Whitfield]]: {{lab:Cr 1.0}}, wt {{vital:63 kg}} - dose reduction not indicated (only 1 criterion, age {{age:84}}).
Routed to Dr. [[NAME:Whitfield]]. - [[NAME:tmcgrath]], LPN

Dr. [[NAME:Whitfield]] [[DATE:12/30/24]] 11:15: OK to send 30-day supply to local pharmacy. {{drug:Tylenol}} up to {{dose:3 g/day}} is fine; avoid {{drug:ibuprofen}}/{{drug:Aleve}} with {{drug:Eliquis}}. - [[NAME:DW]]
LPN 11:32: called [[NAME:oksana]] back, relayed both. Rx sent. verbalized understanding.
""", summary="""
[[NAME:Oksana Kovalchuk]] called on [[DATE:12/30/2024]] for an urgent {{drug:Eliquis}} {{dose:5 mg}} refill for her mother [[NAME:Halyna Kovalchuk]], which Dr. [[NAME:Whitfield]] approved to a local pharmacy. {{drug:Tylenol}} up to {{dose:3 g/day}} was okayed and NSAIDs are to be avoided.
"""),

    dict(style="portal_message", note="""
MyChart message
From: [[NAME:Soo-ah Lim-Crawford]]
To: Dr. [[NAME:Aguilar]]'s care team
Sent: [[DATE:Tue 4/15/2025]] 11:58 PM
Subject: rash after new med??

Hi Dr [[NAME:Aguilar]], sorry to bother you so late. I started the {{drug:lamotrigine}} you gave me on [[DATE:the 7th]] ({{dose:25mg}} once a day) and tonight I noticed a red spotty rash on my chest and arms, kind of itchy, no blisters. No fever that I can tell. my lips feel fine. Is this the dangerous rash?? should I stop it? I have a work trip to [[ADDRESS:Seattle]] on Thursday.
Also my new email is [[EMAIL:soo.crawford.88@outlook.com]] if you need to send the forms there instead.
Thanks, [[NAME:Soo-ah]]
(my husband [[NAME:Derek]] says I should just go to urgent care lol)

Reply - [[DATE:Wed 4/16/2025]] 07:14 AM - [[NAME:Maribel Ochoa]], RN
Hi [[NAME:Soo-ah]], please STOP the {{drug:lamotrigine}} now and do not restart it. Any rash on this medicine can be serious ({{eponym:Stevens-Johnson}} syndrome), so Dr. [[NAME:Aguilar]] would like to see you today - we have a 10:40 opening. If you get fever, blisters, mouth sores or eye pain, go to the ED. Please call us at [[PHONE:206-555-0112]] to confirm.
""", summary="""
[[NAME:Soo-ah Lim-Crawford]] messaged on [[DATE:4/15/2025]] about an itchy rash after starting {{drug:lamotrigine}} {{dose:25mg}} on [[DATE:April 7]]. The nurse told her to stop the drug and come in the same day because of {{eponym:Stevens-Johnson}} risk.
"""),

    dict(style="nursing_shift", note="""
NURSING SHIFT NOTE 1900-0700    [[DATE:3/9]]-[[DATE:3/10]]
Pt: [[NAME:Nguyen, Thi Hoa]] (pref "[[NAME:Hoa]]"), {{age:79}}F, L hip fx s/p ORIF, POD1
Neuro: A&Ox2 (not to time). CAM neg 2000, ?pos 0300 - pulling at dressing, calling for "[[NAME:Bao]]". Son [[NAME:Bao Nguyen]] phoned 0315, talked w/ her in Vietnamese, settled. Slept, not long - 2-3 h stretches.
CV: {{vital:HR 70s-80s}} SR, {{vital:BP 110s-130s/60s}}. Cap refill <3 s LLE, pedal pulses palp.
Resp: RA, {{vital:SpO2 93-96%}}. IS x10 w/ coaching, reaches 750.
GI/GU: {{eponym:Foley}} d/c'd 0600 per protocol - DTV by 1200. No BM. {{drug:Senna}} {{dose:8.6 mg}} given HS.
Pain: {{score:6/10}} at 2200 -> {{drug:oxycodone}} {{dose:5 mg}} PO -> {{score:3/10}}. Refused 0400 dose (says it makes her "dreamy").
Skin: {{score:Braden 14}}, turned q2h, heels floated. Sacrum intact.
Safety: bed alarm on, low bed. Sitter requested 2300-0700, none avail; husband [[NAME:Long]] stayed overnight.
AM labs: {{lab:Hgb 9.1}} ({{lab:10.4}} pre-op), {{lab:K 4.2}}.
Handoff to day RN: PT 0900, watch delirium, DTV 1200, family mtg w/ Dr. [[NAME:Kaur]] 1500.
[[NAME:T.O.]] RN / received by [[NAME:MB]] RN
""", summary="""
Overnight nursing note for [[NAME:Thi Hoa Nguyen]], {{age:79}}, POD1 after hip ORIF, with brief night-time delirium settled by a call from her son [[NAME:Bao Nguyen]] and her husband [[NAME:Long]] at the bedside. The {{eponym:Foley}} was removed at 0600 and {{lab:Hgb 9.1}} this morning.
"""),

    dict(style="referral_letter", note="""
Riverbend Family Medicine
[[ADDRESS:418 Ashby Lane, Suite 200, Columbus, OH 43215]]  -  Tel [[PHONE:614-555-0102]]  -  Fax [[PHONE:614-555-0103]]

[[DATE:5 March 2025]]

Dr. [[NAME:Fiona MacDonald]]
Division of Rheumatology

Re: [[NAME:Giuseppina]] ([[NAME:Pina]]) [[NAME:Russo-Esposito]], DOB [[DATE:14/07/1958]], MRN [[MRN:RFM-118204]]

Dear Dr. [[NAME:MacDonald]],

Thank you for seeing Mrs. [[NAME:Russo-Esposito]], a {{age:66}}-year-old retired seamstress, for symmetric small-joint polyarthritis. Since about November she has had 90 minutes of morning stiffness, MCP and PIP swelling bilaterally and a positive squeeze test. {{eponym:Raynaud}} phenomenon in winter for years; no sicca, no rash.
Labs [[DATE:2/26/2025]]: {{lab:RF 64}}, {{lab:anti-CCP >250}}, {{lab:ESR 48}}, {{lab:CRP 22}}, {{lab:ANA 1:80}} speckled. Hand films: periarticular osteopenia, no erosions.
I started {{drug:prednisone}} {{dose:10 mg}} daily on [[DATE:2/28]] as a bridge and have held off on {{drug:methotrexate}} pending your assessment (1-2 glasses of wine nightly; fatty liver on a prior ultrasound). Hepatitis B/C serologies and QuantiFERON are sent.
She is anxious to be seen soon. Her daughter [[NAME:Chiara]] ([[EMAIL:chiara.esposito.pt@gmail.com]], [[PHONE:614-555-0187]]) helps coordinate appointments, as [[NAME:Pina]]'s English is limited (Italian).

With thanks and kind regards,

[[NAME:Philippa Hargreaves]], MBChB, MD
cc: [[NAME:Giuseppina Russo-Esposito]] (patient)
    Dr. [[NAME:Nigel Bell]], Gastroenterology
""", summary="""
Dr. [[NAME:Philippa Hargreaves]] referred [[NAME:Giuseppina Russo-Esposito]], {{age:66}}, to Dr. [[NAME:Fiona MacDonald]] on [[DATE:5 March 2025]] for seropositive inflammatory polyarthritis ({{lab:anti-CCP >250}}). {{drug:Prednisone}} {{dose:10 mg}} was started as a bridge, and her daughter [[NAME:Chiara]] coordinates appointments.
"""),

    dict(style="portal_message", note="""
Patient Message
From: [[NAME:Omar El-Sayed]] (proxy for [[NAME:Mahmoud Abdel-Fattah El-Sayed]])
Sent: [[DATE:07/22/2025]] 08:03
Subject: Dad's sugar readings + question about Jardiance

Dear Dr. [[NAME:Chatterjee]],
My father's morning sugars this week: Mon {{lab:212}}, Tue {{lab:188}}, Wed {{lab:240}}, Thu {{lab:196}}, today {{lab:225}}. He says he is taking everything but honestly I found 6 of the {{drug:Jardiance}} tablets in his coat pocket yesterday. He told me they make him go to the bathroom too much when he is at the mosque. Can he take something else? He also got a letter from Medicaid that his ID changed to [[MRN:77820019K]] - do you need that for the pharmacy?
He has appointment on [[DATE:August 4]] but I don't know if we should wait.
Thank you,
[[NAME:Omar]] (son) - [[PHONE:617-555-0166]]

Reply from [[NAME:Sourav Chatterjee]], MD - [[DATE:07/22/2025]] 12:40
Hi [[NAME:Omar]], thanks for the readings and for being honest about the pills - that helps a lot. Let's stop {{drug:Jardiance}}. I'd like him to start {{drug:Ozempic}} {{dose:0.25 mg}} weekly instead; [[NAME:Moushumi]] from our office will call you to set up a nurse visit to teach the pen. Keep {{drug:metformin}} {{dose:1000 mg}} twice daily. Please bring his meter on [[DATE:August 4]]. I've updated the Medicaid ID in his chart.
""", summary="""
[[NAME:Omar El-Sayed]] reported morning sugars of {{lab:188}} to {{lab:240}} for his father [[NAME:Mahmoud Abdel-Fattah El-Sayed]] and found unused {{drug:Jardiance}} tablets. Dr. [[NAME:Chatterjee]] stopped {{drug:Jardiance}} and started {{drug:Ozempic}} {{dose:0.25 mg}} weekly ahead of the [[DATE:August 4]] visit.
"""),

    dict(style="sbar_handoff", note="""
SBAR - RN call to covering provider    [[DATE:01/19/2025]] 02:20
S: This is [[NAME:Jocelyn Ramos]], RN on 6 South, calling about [[NAME:Shigeru Takahashi]], [[AGE:94]]yo M admitted for CHF. New chest pressure {{score:6/10}} since 0150, woke him from sleep.
B: CAD s/p CABG (1998), HFrEF {{lab:EF 30%}}, CKD 4, on {{drug:Lasix}} {{dose:40}} IV BID. DNR/DNI but ok for meds and labs per POLST. Daughter [[NAME:Yuki Sato]] is HCP.
A: {{vital:BP 168/92}}, {{vital:HR 104}}, {{vital:RR 24}}, {{vital:SpO2 89% on 2L}} (was 95%), crackles halfway up. Diaphoretic. ECG: 1 mm ST depression V4-V6, new vs [[DATE:1/16]] tracing. {{drug:NTG}} {{dose:0.4 mg}} SL x1 per standing order at 0212 -> {{score:pain 4/10}}.
R: Please come evaluate. Troponin, CXR, more diuretic? Should I call Ms. [[NAME:Sato]] now or wait till morning?
Read-back: orders from Dr. [[NAME:Segun Adeyemi]] 02:31 - troponin now and in 3 h, portable CXR, {{drug:furosemide}} {{dose:80 mg}} IV x1, {{drug:NTG}} paste {{dose:1 inch}}, O2 up to 4L NC for {{vital:SpO2 >92%}}. Dr. [[NAME:Adeyemi]] at bedside 02:45. Daughter to be called at 0700 unless he worsens.
""", summary="""
Night RN [[NAME:Jocelyn Ramos]] called about [[NAME:Shigeru Takahashi]], [[AGE:94]], with new chest pressure, hypoxia ({{vital:SpO2 89% on 2L}}) and ST depression. Dr. [[NAME:Segun Adeyemi]] ordered troponins, a chest X-ray and {{drug:furosemide}} {{dose:80 mg}} IV and came to the bedside.
"""),

    dict(style="primary_care_visit", note="""
Diabetes Follow-up - Assessment & Plan (Primary Care)

Type 2 Diabetes Mellitus with peripheral neuropathy: {{lab:A1c 8.9%}} (from {{lab:7.6%}}). Misses evening {{drug:Metformin}} doses on night shifts. Switch to {{drug:Metformin XR}} {{dose:1000 mg}} x2 with dinner. Add {{drug:Trulicity}} {{dose:0.75 mg}} weekly; GI effects and pancreatitis warning reviewed. Monofilament: decreased sensation at 4/10 sites bilaterally. No {{eponym:Charcot}} foot - arch preserved, no warmth. Podiatry referral for callus.
Hypertension: {{vital:BP 132/78}} on {{drug:Lisinopril}} {{dose:20 mg}}, at goal.
Hyperlipidemia: {{lab:LDL 92}} on {{drug:Atorvastatin}} {{dose:40 mg}}; increase to {{dose:80 mg}} given diabetes with neuropathy.
Diabetic Retinopathy: Ophthalmology exam overdue - referral placed. {{eponym:Snellen}} {{vital:20/30}} OD, {{vital:20/40}} OS today.
Depression screen: {{score:PHQ-9 6}}, mild; declines counseling, recheck next visit.
Vaccines: {{drug:PCV20}} given; Influenza given.
Return in 3 months with A1c, BMP, UACR.
""", summary="""
Diabetes follow-up with a rising {{lab:A1c 8.9%}}: {{drug:Metformin XR}} and {{drug:Trulicity}} {{dose:0.75 mg}} were started and {{drug:Atorvastatin}} increased to {{dose:80 mg}}. Podiatry and ophthalmology referrals were placed; {{score:PHQ-9 6}}.
"""),

    dict(style="telephone_encounter", note="""
Phone Note - Result notification
Pt: [[NAME:Yokasta Peña Almonte]]    DOB [[DATE:11-23-1979]]    MRN [[MRN:2207731]]
Called [[DATE:08/06/2024]] at 15:10 and 16:45 with Spanish interpreter [[NAME:Rubén]] #[[MRN:2291]] (language line).
1st attempt: no answer at home ([[PHONE:718-555-0124]]), mailbox full.
2nd attempt: reached on cell [[PHONE:347-555-0191]]. Identity verified with name + DOB.
Relayed: {{lab:TSH 0.02}}, {{lab:free T4 3.1}} - hyperthyroid. She reports palpitations, 4 kg weight loss, heat intolerance x2 months; home cuff {{vital:HR 110s}}. No eye symptoms.
Per Dr. [[NAME:Baptiste]]: start {{drug:methimazole}} {{dose:10 mg}} daily and {{drug:propranolol}} {{dose:10 mg}} TID; TRAb/TSI ordered ({{eponym:Graves}} vs toxic nodular goiter), baseline CBC and LFTs, then endocrine referral to Dr. [[NAME:Yesenia Then]].
Rx sent to Farmacia La Nueva, [[ADDRESS:1530 St Nicholas Ave, New York NY 10033]].
Pt asked that results also go to her husband [[NAME:Wilfredo]] - she will sign consent at next visit; NOT shared today.
Reviewed precautions (fever or sore throat -> stop {{drug:methimazole}} and call).
[[NAME:Marleny Abreu]], MA / Reviewed: [[NAME:Jean-Robert Baptiste]], MD
""", summary="""
[[NAME:Yokasta Peña Almonte]] was called on [[DATE:08/06/2024]] with hyperthyroid results ({{lab:TSH 0.02}}, {{lab:free T4 3.1}}) and started on {{drug:methimazole}} {{dose:10 mg}} and {{drug:propranolol}}. She was referred to Dr. [[NAME:Then]] for possible {{eponym:Graves}} disease.
"""),

    dict(style="referral_letter", note="""
REFERRAL - Cardiology (routine)
To: Dr. [[NAME:Imran Qureshi]], Cardiology Associates, fax [[PHONE:703-555-0148]]
From: Dr. [[NAME:Heike Schröder]], Fairfax Internal Medicine
Date: [[DATE:Nov 18, 2024]]
Patient: [[NAME:Bilal Chaudhry]], DOB [[DATE:01/05/1984]] ({{age:40}}), MRN [[MRN:FIM-90273]], ph [[PHONE:571-555-0133]]
Insurance: Aetna, member ID [[MRN:W229018473]]

Reason: exertional palpitations and one near-syncope while playing cricket.
Findings: ECG today sinus {{vital:62}}, PR 180, {{lab:QTc 452}}, no delta wave, no {{eponym:Brugada}} pattern. Grade {{score:3/6}} systolic murmur at LLSB, louder with {{eponym:Valsalva}}, softer with squatting - concern for HCM. Father died suddenly at {{age:52}} in [[ADDRESS:Lahore]] ("heart attack" per family). Brother [[NAME:Hamza]] ({{age:36}}) asymptomatic, never screened.
Requested: TTE, ambulatory monitor (14-day patch placed today), ?cardiac MRI, advice on family screening.
Advised to avoid competitive exertion until evaluated.

Sincerely,
[[NAME:Heike Schröder]], MD
cc: [[NAME:Bilal Chaudhry]]
    Dr. [[NAME:Ayesha Siddiqui]] ([[NAME:Bilal]]'s previous physician, [[ADDRESS:Karachi]]) - via patient
""", summary="""
Dr. [[NAME:Heike Schröder]] referred [[NAME:Bilal Chaudhry]], {{age:40}}, to Dr. [[NAME:Imran Qureshi]] on [[DATE:Nov 18, 2024]] for exertional near-syncope, a {{score:3/6}} murmur louder with {{eponym:Valsalva}} and a family history of sudden death. TTE, rhythm monitoring and family-screening advice were requested.
"""),

    dict(style="nursing_shift", note="""
Nursing Progress Note - Day shift 0700-1930, [[DATE:10/05/2024]]
0715 Bedside report from night RN [[NAME:Abubakar Sani]]. Pt [[NAME:Edna Mae Pruitt]], [[AGE:90]], cellulitis RLE on {{drug:cefazolin}}. Alert, pleasant, HOH - R hearing aid in.
0800 {{vital:T 37.0}} {{vital:P 78}} {{vital:BP 126/64}} {{vital:R 18}} {{vital:SpO2 96% RA}}. Pain {{score:2/10}} RLE. Erythema inside marked borders, less than yesterday.
0930 Ate 50% breakfast with setup. Up to chair with 1 assist + walker.
1100 {{drug:cefazolin}} {{dose:1 g}} IV given; PIV L FA patent, no infiltration.
1300 Granddaughter [[NAME:Hope]] visiting, asked about discharge - told her team expects [[DATE:Monday 10/7]] pending PT rec. Family hopes she can go back to [[ADDRESS:Dothan]] with home health rather than rehab.
1430 PT: recommends home with 24h supervision; [[NAME:Hope]] and her husband [[NAME:Dallas]] can provide.
1600 Small loose BM x1; MD aware, not concerned. {{drug:Colace}} held.
1800 {{lab:FSBG 164}} - {{dose:2 units}} {{drug:lispro}} per sliding scale.
1900 {{score:Braden 16}}, heels offloaded, bed alarm on.
1915 Report to [[NAME:Chinonso Eze]], RN. - [[NAME:C. Bello]], RN
""", summary="""
Day-shift nursing note for [[NAME:Edna Mae Pruitt]], [[AGE:90]], whose RLE cellulitis is improving on {{drug:cefazolin}}. Her granddaughter [[NAME:Hope]] and husband [[NAME:Dallas]] will supervise her at home after an expected discharge on [[DATE:10/7]].
"""),

    dict(style="portal_message", note="""
Subject: Refill please - Synthroid and Crestor
From: [[NAME:Svetlana Morozova]] <[[EMAIL:svetamoroz1961@yandex.ru]]>
Date: [[DATE:2025-01-08]] 19:22

Hello Dr. [[NAME:Levin]],
I need refill for {{drug:Synthroid}} {{dose:100 mcg}} and {{drug:Crestor}} {{dose:20mg}}. I am now in [[ADDRESS:Brighton Beach]] at my sister [[NAME:Irina]] apartment until end of January ([[ADDRESS:2970 Ocean Pkwy, Apt 6F, Brooklyn NY 11235]]) so please send to CVS on [[ADDRESS:Brighton Beach Ave]], not to [[ADDRESS:Stamford]]. The blood test you ordered in december I did on [[DATE:12/19]] at Quest, you should have it.
Also my knee is again bad, I use {{drug:Voltaren}} gel. ok?
Thank you very much,
[[NAME:Svetlana Morozova]]
DOB [[DATE:02.02.1961]]
tel [[PHONE:+1 (203) 555-0179]]

Staff reply ([[NAME:Ludmila K.]], CMA) [[DATE:01/09/2025]]: Hi Ms. [[NAME:Morozova]], both refills were sent to the CVS on [[ADDRESS:Brighton Beach Ave]] for 90 days. Dr. [[NAME:Levin]] reviewed your [[DATE:12/19]] labs: {{lab:TSH 2.1}} and {{lab:LDL 88}}, both good, no dose change. {{drug:Voltaren}} gel is fine up to 4 times a day on the knee. - [[NAME:Ludmila]]
""", summary="""
[[NAME:Svetlana Morozova]] asked on [[DATE:2025-01-08]] for {{drug:Synthroid}} and {{drug:Crestor}} refills to a pharmacy near her sister's apartment in [[ADDRESS:Brooklyn]]. Staff sent 90-day refills and relayed normal results ({{lab:TSH 2.1}}, {{lab:LDL 88}}) from [[DATE:12/19]].
"""),

    dict(style="primary_care_visit", note="""
Pediatric Acute Visit    [[DATE:02/27/25]]
[[NAME:Abdirahman Yusuf Hassan]]    {{age:4}} y M    MRN [[MRN:6672014]]
With mother [[NAME:Hodan Abdi]]; in-person Somali interpreter [[NAME:Ahmed Nur]].

S: Fever to {{vital:39.2}} at home and tugging at R ear x2 days, fussy at night. Eating less, drinking ok, 4 wet diapers/day. Older sister [[NAME:Ayaan]] had the same last week (seen by Dr. [[NAME:Kowalczyk]], given {{drug:amoxicillin}}). No vomiting or diarrhea. Vaccines UTD.
O: {{vital:T 38.6}} {{vital:HR 128}} {{vital:RR 24}} {{vital:SpO2 99%}} wt {{vital:17.2 kg}}. R TM bulging, erythematous, opaque, immobile. L TM gray, mobile. Pharynx mildly red, no exudate. Lungs clear. No meningismus; {{eponym:Kernig}}/{{eponym:Brudzinski}} neg.
A: R acute otitis media.
P: {{drug:amoxicillin}} {{dose:90 mg/kg/day}} div BID = {{dose:775 mg}} BID x10 d ({{dose:400 mg/5 mL}}: {{dose:9.7 mL}} BID). {{drug:Ibuprofen}} {{dose:170 mg}} q6h prn with food. Return if not better in 48-72 h, rash, or stiff neck. Daycare note: may return when 24 h fever-free.
Mom's cell for callback: [[PHONE:612-555-0148]].
[[NAME:Megan O'Hare]], PNP
""", summary="""
[[NAME:Abdirahman Yusuf Hassan]], {{age:4}}, was seen with his mother [[NAME:Hodan Abdi]] on [[DATE:02/27/25]] for right acute otitis media and prescribed {{drug:amoxicillin}} {{dose:775 mg}} BID for 10 days, with {{drug:ibuprofen}} as needed.
"""),

    dict(style="telephone_encounter", note="""
AFTER-HOURS ANSWERING SERVICE MESSAGE
RECEIVED: [[DATE:SAT 06/14/2025]] 21:37
CALLER: [[NAME:ANNELIES DE VRIES]] (WIFE)    CB: [[PHONE:503-555-0114]]
PATIENT: [[NAME:MAARTEN VAN DER BERG]]    DOB: [[DATE:10/30/1955]]
MSG: PT HAD KNEE REPLACEMENT [[DATE:6/2]] AT PROVIDENCE. NOW L CALF SWOLLEN AND SORE, SOME SOB WALKING TO BATHROOM. ON {{drug:ASPIRIN}} {{dose:81}} BID FOR CLOTS. WANTS TO KNOW IF HE CAN WAIT TIL MONDAY.

On-call note (Dr. [[NAME:Gurpreet Singh Sandhu]]) 21:52: Called wife back at [[PHONE:503-555-0114]]. Pt {{age:69}} yo, POD 12 L TKA, new unilateral calf swelling, ? {{eponym:Homan}}'s (wife squeezed calf, painful), exertional dyspnea, home pulse ox {{vital:HR 104}}, {{vital:SpO2 93%}} at rest. Advised ED now for DVT/PE eval - he should not drive himself; call 911 for chest pain, syncope or worse SOB. Wife agreed, taking him to Providence St. Vincent ED. Notified ED charge RN ([[NAME:Nadia]], ext [[PHONE:7740]]). Ortho (Dr. [[NAME:Bakker]]) paged as FYI.
""", summary="""
[[NAME:Annelies de Vries]] called the after-hours line on [[DATE:06/14/2025]] because her husband [[NAME:Maarten van der Berg]], {{age:69}}, had calf swelling and dyspnea after a [[DATE:6/2]] knee replacement. Dr. [[NAME:Gurpreet Singh Sandhu]] sent him to the ED for DVT/PE evaluation.
"""),

    dict(style="sbar_handoff", note="""
SBAR Handoff - PACU to Floor
S: Post-op day 0 s/p laparoscopic {{eponym:Roux-en-Y}} gastric bypass, arrived PACU 1140. Stable for transfer.
B: {{vital:BMI 46}}, OSA on CPAP (home setting 12 cm H2O), T2DM on {{drug:Mounjaro}} (held x1 wk pre-op), HTN. NKDA.
A: {{vital:HR 88}}, {{vital:BP 134/82}}, {{vital:RR 16}}, {{vital:SpO2 95% on 2L NC}}, {{vital:T 36.6}}. {{score:Pain 4/10}} on PCA {{drug:hydromorphone}} {{dose:0.2 mg}} demand, lockout 10 min. Five lap sites C/D/I. {{eponym:Jackson-Pratt}} drain LUQ - 30 mL serosanguinous. No {{eponym:Foley}}; voided 250 mL. {{score:Aldrete 10}}. PONV x1, {{drug:ondansetron}} {{dose:4 mg}} IV at 1215 with relief. {{lab:BG 168}}.
R: CPAP on whenever sleeping - RT aware. Continuous pulse ox. SCDs + {{drug:enoxaparin}} {{dose:40 mg}} SQ q12h starting 2000. Bariatric Clear Liquid Protocol: 30 mL/h sips once leak test resulted. Ambulate tonight. Call Surgery for HR >120, drain output >100 mL/h or bright red, or fever.
""", summary="""
PACU-to-floor SBAR after laparoscopic {{eponym:Roux-en-Y}} gastric bypass: stable on a {{drug:hydromorphone}} PCA with a {{eponym:Jackson-Pratt}} drain and {{score:Aldrete 10}}. CPAP with sleep, {{drug:enoxaparin}} and the bariatric liquid protocol are ordered.
"""),

    dict(style="referral_letter", note="""
Westgate Primary Care Partners
Dr. [[NAME:Emre Aydın]], MD  -  [[ADDRESS:2150 Westgate Blvd, Suite 4, Dearborn Heights, MI 48127]]
ph [[PHONE:(313) 555-0161]]  -  fx [[PHONE:(313) 555-0162]]

[[DATE:July 2nd, 2024]]

Movement Disorders Clinic
Attn: Dr. [[NAME:Olumide Adeyinka-Shaw]]

RE: [[NAME:Ayşe Demir]] (DOB [[DATE:22 Aug 1951]]), Chart #[[MRN:DH-448190]]

Dear [[NAME:Olumide]],

I would be grateful if you could see Mrs. [[NAME:Demir]], a {{age:72}}-year-old right-handed woman with an 18-month history of left-hand resting tremor, micrographia (her grandson [[NAME:Kerem]] noticed her grocery lists "shrinking"), soft voice and slowed gait. On exam: pill-rolling tremor L > R, cogwheel rigidity at the L wrist, bradykinesia on finger taps, reduced L arm swing, negative pull test. {{score:MoCA 26/30}}. No orthostasis ({{vital:BP 132/78}} supine, {{vital:128/76}} standing). No neuroleptic exposure; one dose of {{drug:Reglan}} in 2019.
I suspect idiopathic {{eponym:Parkinson}} disease. I have not started {{drug:carbidopa-levodopa}}; she would prefer to discuss options with you first. She speaks Turkish and some English; her son [[NAME:Mehmet]] ([[EMAIL:mehmet.demir@comcast.net]]) usually comes with her.

Best wishes,
[[NAME:Emre]]

[[NAME:Emre Aydın]], MD
cc: [[NAME:Ayşe Demir]]
    [[NAME:Mehmet Demir]] (son, with patient's permission)
    Dr. [[NAME:Zeynep Kaya]], Neuropsychology
""", summary="""
Dr. [[NAME:Emre Aydın]] referred [[NAME:Ayşe Demir]], {{age:72}}, to Dr. [[NAME:Olumide Adeyinka-Shaw]] on [[DATE:July 2nd, 2024]] for suspected idiopathic {{eponym:Parkinson}} disease with left resting tremor and rigidity. {{drug:Carbidopa-levodopa}} has not been started yet.
"""),

    dict(style="telephone_refill", note="""
Refill Request - Controlled Substance
Received by e-fax from Walgreens; pharmacist [[NAME:Will Kavanagh]], RPh, [[PHONE:(919) 555-0170]]
Patient: [[NAME:Declan O'Rourke]]    DOB: [[DATE:1/14/1990]]    MRN [[MRN:3308824]]
Med: {{drug:alprazolam}} {{dose:1 mg}} TID #90 - last filled [[DATE:10/1/24]] (#90, 30-day). Request dated [[DATE:10/19/24]], 12 days early.
PDMP: also filled {{drug:clonazepam}} {{dose:0.5 mg}} #60 on [[DATE:10/8]] from Dr. [[NAME:S. Banerjee]] (urgent care) - not prescribed by us.
Controlled substance agreement signed 3/2024: single prescriber, single pharmacy.
Plan per Dr. [[NAME:Moira Quinlan]]: deny early refill. Will call pt; do not stop abruptly.

[[DATE:10/19/24]] 14:05 - Dr. [[NAME:Quinlan]] spoke with pt. He says he "lost a bottle" at his brother [[NAME:Cian]]'s place in [[ADDRESS:Raleigh]]. Discussed PDMP finding; he acknowledged going to urgent care for "panic" on [[DATE:10/8]]. Risks of combining benzodiazepines reviewed. Agreed to visit [[DATE:Mon 10/21]] to discuss a taper and starting {{drug:sertraline}}; offered referral to Dr. [[NAME:Neha Arora]] (psychiatry). He will not fill the remaining {{drug:clonazepam}}.
Pharmacy notified (spoke with [[NAME:Will]]): refill denied, patient aware.
[[NAME:rfinnegan]] (RN) documenting for Dr. [[NAME:Quinlan]]
""", summary="""
An early {{drug:alprazolam}} refill for [[NAME:Declan O'Rourke]], requested [[DATE:10/19/24]], was denied after the PDMP showed a {{drug:clonazepam}} fill from another prescriber on [[DATE:10/8]]. Dr. [[NAME:Quinlan]] spoke with him and scheduled a visit on [[DATE:10/21]] to plan a taper.
"""),

    dict(style="portal_message", note="""
Message from: [[NAME:Kirsty Cameron-Doyle]] (proxy access for [[NAME:Morag Cameron]])
Received: [[DATE:12 Sep 2024]] 07:45
Subject: Mum - another fall, can someone come to the house?

Hi Dr [[NAME:Abiola]],
Mum had another fall on Tuesday night, the third since she moved in with us at [[ADDRESS:14 Larchmont Terrace]] (new address, please update - the old flat on [[ADDRESS:Kilbride Rd]] is sold). She was on the floor maybe 40 min before my husband [[NAME:Alistair]] heard her. No cuts but her left hip is sore and she's walking like a penguin. She is [[AGE:97]] and absolutely refuses to go to A&E ("the ER") - she says she's not spending another night on a trolley, she's had enough of that since [[ADDRESS:Glasgow]].
Any chance of a home visit? Or could the physio from before ([[NAME:Bronwen]]?) come back out? We're free all day [[DATE:Thursday the 12th]]... wait that's today. [[DATE:Friday the 13th]] then, ha.
Her paracetamol - sorry, {{drug:Tylenol}} - is she allowed more than 2 a day?
Thanks so much,
[[NAME:Kirsty]]
[[PHONE:07712 555 014]] (UK mobile, still using it) or the house phone [[PHONE:860-555-0193]]

Reply - Dr. [[NAME:Tunde Abiola]], [[DATE:12 Sep 2024]] 12:10
Hi [[NAME:Kirsty]], address updated. I'm worried about a hip fracture even though she is walking, so I've ordered a mobile X-ray to the house today, and our home-visit NP [[NAME:Roos Achterberg]] will come tomorrow. I've re-referred to home health PT ([[NAME:Bronwen Price]]). {{drug:Tylenol}} {{dose:500 mg}}: up to 2 tablets three times a day ({{dose:3 g}} a day max) is fine for her.
""", summary="""
[[NAME:Kirsty Cameron-Doyle]] wrote on [[DATE:12 Sep 2024]] that her mother [[NAME:Morag Cameron]], [[AGE:97]], had fallen again with left hip pain but refuses the ER. Dr. [[NAME:Abiola]] ordered a home X-ray and an NP visit and allowed {{drug:Tylenol}} up to {{dose:3 g}} a day.
"""),

    dict(style="nursing_shift", note="""
ICU RN NOTE    [[DATE:08/30]] 1900-0700
[[NAME:CHAN, SIU MING]] ([[NAME:Peter]])    {{age:58}}M    MRN [[MRN:81-00274-6]]
Dx: aneurysmal SAH, {{score:Hunt-Hess 3}}, {{score:modified Fisher 3}}; s/p coiling ACom, post-bleed day 4.
Neuro: {{score:GCS 13}} (E3V4M6) -> {{score:GCS 14}} at 0400. Pupils 3 mm brisk, equal. Neuro checks q1h. EVD open at 10 cm H2O above tragus, draining 8-12 mL/h clear yellow.
CV: {{drug:nimodipine}} {{dose:60 mg}} q4h via NGT; {{vital:SBP goal <160}} - {{drug:nicardipine}} gtt {{dose:2.5-5 mg/h}}, {{vital:SBP 138-156}}.
Resp: 2L NC, {{vital:SpO2 97%}}, strong cough.
Labs: {{lab:Na 138}} at 0000 (goal > 135), {{lab:Mg 2.1}}.
Family: wife [[NAME:Lau Mei Ling]] and son [[NAME:Chan Wing Kei]] ("[[NAME:Kevin]]") stayed until 2200; wife prefers Cantonese - phone interpreter used (ID [[MRN:33104]]). Updated by Dr. [[NAME:Ogundipe]] 2030.
Events: 0230 transcranial {{eponym:Doppler}} by tech ([[NAME:KW]]) - MCA velocities 110-130, no vasospasm.
[[NAME:MLR]] RN; handoff to [[NAME:JQ]] RN at 0700
""", summary="""
Night ICU nursing note for [[NAME:Chan Siu Ming]], {{age:58}}, with aneurysmal SAH ({{score:Hunt-Hess 3}}), improving to {{score:GCS 14}} with the EVD draining and no vasospasm on {{eponym:Doppler}}. His wife [[NAME:Lau Mei Ling]] and son [[NAME:Chan Wing Kei]] were updated by Dr. [[NAME:Ogundipe]].
"""),

    dict(style="primary_care_visit", note="""
NEW PATIENT VISIT - Internal Medicine
Date: [[DATE:03.17.2025]]
Name: [[NAME:Srinivas Venkata Naidu]]    Preferred: "[[NAME:Srini]]"
DOB: [[DATE:1977-09-04]]    SSN: [[SSN:538-22-9104]]    Ins: BCBS TX, ID [[MRN:XYP883104452]]
Address: [[ADDRESS:5108 Bluebonnet Trail, Frisco, TX 75034]]    Email: [[EMAIL:srini.naidu77@yahoo.com]]
Emergency contact: [[NAME:Padmavathi Naidu]] (wife) [[PHONE:469-555-0138]]

CC: establish care; "my cholesterol is high"
HPI: {{age:47}} yo software engineer, moved from [[ADDRESS:Hyderabad]] to [[ADDRESS:Dallas]] 2 yrs ago, in [[ADDRESS:Frisco]] since last summer. Father had MI at {{age:49}}, mother T2DM. Occasional alcohol, never tobacco. Vegetarian. Runs 5K twice a week.
Vitals: {{vital:BP 128/82}}, {{vital:HR 64}}, {{vital:BMI 24.8}}, waist 94 cm.
Prior labs (India, 2023): {{lab:LDL 172}}, {{lab:HDL 38}}, {{lab:TG 210}}, {{lab:HbA1c 5.9%}}; Lp(a) never done.
Assessment: premature family history of ASCVD, South Asian ancestry (risk enhancer), prediabetes.
Plan: fasting lipids, Lp(a), A1c, CMP, TSH; PREVENT risk after labs, likely {{drug:statin}}. {{drug:Tdap}} today. Hepatitis B series (non-immune per records). F/u 3 wk.
Seen with Dr. [[NAME:Anil Menon]] (attending); history taken by [[NAME:Deepa Nair]], MS3.
""", summary="""
New patient [[NAME:Srinivas Venkata Naidu]], {{age:47}}, established care on [[DATE:03.17.2025]] with a high {{lab:LDL 172}} and a father with MI at {{age:49}}. Lipids, Lp(a) and A1c were ordered with a {{drug:statin}} likely.
"""),

    dict(style="sbar_handoff", note="""
SBAR - Home Health RN to PCP office (phone)    [[DATE:Thursday, May 22, 2025]] 11:10
S: [[NAME:Inês Figueiredo]], RN with Bayview Home Health, calling about [[NAME:João Manuel Carvalho]] ({{age:89}}, DOB [[DATE:05/01/1936]]) - R heel wound worse, new foul odor.
B: PVD, T2DM, heel pressure injury since his hospital stay in March. Lives with wife [[NAME:Maria de Fátima]] at [[ADDRESS:77 Prospect St, Fall River, MA 02720]].
A: {{vital:T 37.9}}, {{vital:HR 96}}, {{vital:BP 104/58}} (usually 130s), {{lab:FSBG 284}}. Wound 3.2 x 2.8 cm, now unstageable with black eschar, 2 cm periwound erythema, purulent drainage. DP not palpable; {{eponym:Doppler}} signal monophasic. {{score:Pain 7/10}}. Mildly confused per wife ("he called me by his sister's name, [[NAME:Lurdes]]").
R: Needs same-day evaluation - suspect infected heel ulcer, possible osteomyelitis, early sepsis. I suggested ED; patient reluctant. Please advise.
Response (Dr. [[NAME:Nikolaos Georgiou]], 11:25): agree, needs ED today for cultures, imaging and vascular eval. I'll call patient and wife myself now. RN to stay until EMS arrives if they agree.
11:50 - pt agreed after talking with Dr. [[NAME:Georgiou]]; EMS to Charlton Memorial. Daughter [[NAME:Sandra]] notified at [[PHONE:508-555-0177]].
""", summary="""
Home health RN [[NAME:Inês Figueiredo]] reported on [[DATE:May 22, 2025]] that [[NAME:João Manuel Carvalho]], {{age:89}}, had a worsening infected heel ulcer with fever and low blood pressure ({{vital:BP 104/58}}). Dr. [[NAME:Nikolaos Georgiou]] sent him to the ED after speaking with him and his wife.
"""),

    dict(style="referral_letter", note="""
[[DATE:February 11, 2025]]

Dr. [[NAME:Jessamine Love]]
Gastroenterology

Dear Dr. [[NAME:Love]],

Re: Mrs. [[NAME:Aisha Bello Usman]], DOB [[DATE:19 May 1986]], MRN [[MRN:44120937]]

I am writing to refer this {{age:38}}-year-old woman with iron-deficiency anemia that has not responded to oral iron: {{lab:Hb 8.9 g/dL}}, {{lab:ferritin 4}}, {{lab:MCV 71}} despite {{drug:ferrous sulfate}} {{dose:325 mg}} daily since October (adherent; pharmacy fills confirmed). Menses are normal. She has intermittent bloating and loose stools, and {{lab:tTG-IgA 148 U/mL}} (ref <15) on [[DATE:02/03/2025]], so celiac disease is likely. She would love to avoid an infusion center, but I have arranged IV {{drug:iron sucrose}} ({{drug:Venofer}}) {{dose:200 mg}} x5 in the meantime.
No family history of GI malignancy. Her husband, [[NAME:Musa Usman]], is a long-haul driver and she often comes alone with her 2 children; Tuesday or Thursday mornings are easiest for her.
Please consider EGD with duodenal biopsies (she remains on a gluten-containing diet for now).
Contact: [[PHONE:404-555-0129]] (mobile); she prefers texts in English or Hausa.

Yours sincerely,
Dr. [[NAME:Ifeoma Nnamdi]]
Decatur Family Health, [[ADDRESS:2801 Candler Rd, Decatur, GA 30034]] - fax [[PHONE:404-555-0130]]
cc: Mrs. [[NAME:Aisha Bello Usman]]
    [[NAME:Elena Vasquez-Brandt]], RD (nutrition)
""", summary="""
Dr. [[NAME:Ifeoma Nnamdi]] referred [[NAME:Aisha Bello Usman]], {{age:38}}, to Dr. [[NAME:Love]] for iron-deficiency anemia unresponsive to oral iron ({{lab:ferritin 4}}) with {{lab:tTG-IgA 148 U/mL}} on [[DATE:02/03/2025]]. IV {{drug:Venofer}} was arranged and EGD with duodenal biopsies requested.
"""),

    dict(style="telephone_refill", note="""
Refill Protocol Note - Nurse Reviewed
Medication: {{drug:Lisinopril}} {{dose:10 mg}} tab, 1 daily, #90
Protocol: Hypertension Maintenance (ACE inhibitor/ARB)
- Last office BP within 6 months: {{vital:128/76}} - MET
- BMP within 12 months: {{lab:K 4.4}}, {{lab:Cr 0.9}}, {{lab:eGFR 88}} - MET
- No angioedema or ED visit for hypotension on record - MET
- Not pregnant / not of childbearing potential - MET
Approved per protocol: 90-day supply x1, no further refills until seen.
Patient is due for the Annual Physical; front desk asked to schedule. Reminder: {{drug:Shingrix}} and {{drug:Tdap}} due per Health Maintenance.
""", summary="""
Protocol refill of {{drug:Lisinopril}} {{dose:10 mg}} was approved for 90 days after BP {{vital:128/76}} and labs ({{lab:K 4.4}}, {{lab:Cr 0.9}}) met criteria. The patient is due for an annual physical.
"""),
]
