NOTES = [
    dict(style="clinic_letter_dictated", note="""
Department of Neurology - Outpatient Letter
Dictated: [[DATE:03/02/2025]]    Typed: [[DATE:06/02/2025]]    Our ref: [[NAME:AMcG]]/[[NAME:sh]]
Dr [[NAME:Imogen Bell]], The Old Forge Surgery, [[ADDRESS:14 High Street, Sawston CB22 3BG]]
Dear Dr [[NAME:Bell]]
Re: Mrs [[NAME:Florence Kettering]]   DOB [[DATE:22.04.1961]]   NHS No [[MRN:943 476 5870]]   [[ADDRESS:7 Orchard Close, Great Shelford]]
Thank you for referring this {{age:63}} year old lady with a right lower motor neurone facial weakness. Mrs [[NAME:Kettle ring]] tells me she noticed tea dribbling from the right side of her mouth on [[DATE:the 29th]] and by the next morning could not close her eye. She was started on {{drug:prednisolone}} {{dose:60 mg}} for five days within 72 hours by your colleague Dr [[NAME:Pryce-Jones]].
On examination the forehead is involved, {{eponym:Bell}} phenomenon is present and I would grade her at {{score:House-Brackmann III}}. There are no vesicles in the ear or on the palate to suggest {{eponym:Ramsay Hunt}} syndrome, hearing is normal, and the rest of the cranial nerves and limbs are normal. {{vital:BP 132/84}}.
This is a straightforward {{eponym:Bell}} palsy and I expect a good recovery over the next three months. The main risk is to the eye: I have asked her to use lubricant drops by day and tape the eye at night, and to see [inaudible] if it becomes red or painful.
I have not arranged a follow-up but would be happy to see her again if there is no improvement by May.
Yours sincerely
Dr [[NAME:Alasdair McGlashan]], Consultant Neurologist
cc Mrs [[NAME:Florence Kettering]]
Addendum [[DATE:10/02/2025]]: Mrs [[NAME:Kettering]] rang ([[PHONE:01223 847 201]]), eye gritty. Advised {{drug:Viscotears}} hourly and {{drug:Lacri-Lube}} at night, optician same week. [[NAME:AMcG]]
""", summary="""
Dr [[NAME:Alasdair McGlashan]] confirmed a right {{eponym:Bell}} palsy ({{score:House-Brackmann III}}) in Mrs [[NAME:Florence Kettering]], referred by Dr [[NAME:Imogen Bell]] and already treated with {{drug:prednisolone}}. An addendum on [[DATE:10/02/2025]] added {{drug:Viscotears}} and {{drug:Lacri-Lube}} for a gritty eye.
"""),

    dict(style="clinic_letter_dictated", note="""
Diabetes & Endocrinology Clinic
Clinic date: [[DATE:Tuesday 14th January 2025]]    Dictated by: [[NAME:E Forsyth]]    Typed by: [[NAME:lmcr]]
Dr [[NAME:Calum Ritchie]], The Surgery, [[ADDRESS:Low Street, Banff]]
Dear [[NAME:Calum]]
Re: Mr [[NAME:Desmond Graves]], DOB [[DATE:18/08/1970]], CHI [[MRN:1808701194]], [[ADDRESS:3 Seafield Street, Portsoy AB45 2QT]]
Diagnosis: {{eponym:Graves}} disease (he has heard all the jokes)
Medication: {{drug:carby Mazola}} [?spelling - carbimazole] {{dose:20 mg}} od, {{drug:propranolol}} {{dose:40 mg}} tds
I saw [[NAME:Des]] again today. He feels much better, is sleeping, and is back at the boats. Weight {{vital:82.4 kg}} (up 3 kg), {{vital:pulse 84}} regular, tremor gone, no eye signs, {{score:CAS 0/7}}. Bloods from [[DATE:7/1]]: {{lab:free T4 16.2}}, {{lab:TSH 0.03}}, {{lab:TRAb 6.1}}, down from {{lab:9.4}} in October.
Plan: reduce {{drug:carbimazole}} to {{dose:10 mg}} daily; wean {{drug:propranolol}} over a week and stop; TFTs six-weekly with your practice nurse [[NAME:Morven]]; review here in [inaudible] months. He knows to stop the tablets and get an urgent FBC if he has a sore throat or fever.
Yours sincerely
[[NAME:Eilidh Forsyth]], Consultant Endocrinologist
Transcriptionist note: name of practice nurse unclear on tape, ? [[NAME:Morven]] / ? [[NAME:Morag]]. [[NAME:lmcr]]
""", summary="""
Mr [[NAME:Desmond Graves]] has {{eponym:Graves}} disease improving on {{drug:carbimazole}}, with {{lab:free T4 16.2}} and a falling {{lab:TRAb 6.1}}; Dr [[NAME:Eilidh Forsyth]] reduced the dose to {{dose:10 mg}} and is weaning {{drug:propranolol}}. TFTs six-weekly at the practice with nurse [[NAME:Morven]].
"""),

    dict(style="consult_dictated", note="""
CARDIOLOGY CONSULT - dictated [[DATE:19/11/2024]] 15:10
Requested by: Dr [[NAME:Ní Bhriain]] (medical registrar)
Patient: [[NAME:CONNOLLY, Thomas P]]   MRN [[MRN:0881 2274]]   {{age:71}} y
Reason: new murmur, ?AS, syncope x1
I was asked to see this gentleman by Dr [[NAME:knee Brian]] [transcriptionist: ? Dr [[NAME:Ní Bhriain]]] regarding two presyncopal episodes climbing the stairs at his daughter's house in [[ADDRESS:carrick-on-shannon]] and one episode of frank syncope at mass on [[DATE:Sunday 17th]]. Exertional chest tightness for three months. No palpitations.
Exam: {{vital:BP 108/70}}, slow-rising pulse, {{score:3/6}} ejection systolic murmur radiating to both carotids, soft S2, {{eponym:Gallavardin}} phenomenon at the apex. Chest clear.
ECG: sinus, LVH with strain. {{lab:troponin 22}}, {{lab:NT-proBNP 2140}}.
Echo today (done by [[NAME:Sunny]]): {{lab:AVA 0.7 cm2}}, {{lab:mean gradient 52 mmHg}}, {{lab:EF 55%}}.
Impression: severe symptomatic aortic stenosis, {{score:EuroSCORE II 3.1%}}.
Plan:
- avoid {{drug:GTN}} and vasodilators; hold {{drug:ramipril}}; careful with fluids
- TAVI work-up: CT TAVI protocol, dental review, {{lab:eGFR 61}} ok for contrast
- d/w Prof [[NAME:Lyons]]; [[NAME:Lyons]] happy to take him to heart team [[DATE:Thursday 21 November]]
- son [[NAME:frank]] (NOK, [[PHONE:086 331 4728]]) informed
[[NAME:Ruairí Tierney]], Cardiology SpR, bleep [[PHONE:6614]]
Transcribed: [[NAME:aoc]]
""", summary="""
Cardiology (Dr [[NAME:Ruairí Tierney]]) found severe symptomatic aortic stenosis in [[NAME:Thomas Connolly]] ({{lab:AVA 0.7 cm2}}, {{lab:mean gradient 52 mmHg}}) after syncope on [[DATE:Sunday 17th]]. He goes to the heart team on [[DATE:21 November]] for TAVI assessment; son [[NAME:Frank]] informed.
"""),

    dict(style="consult_recommendations", note="""
RHEUMATOLOGY CONSULT - IMPRESSION AND RECOMMENDATIONS
1. Seropositive rheumatoid arthritis, active: {{score:DAS28-CRP 5.1}}, {{lab:CRP 38}}, {{lab:RF 112}}, {{lab:anti-CCP >340}}. Symmetrical MCP and PIP synovitis; no {{eponym:Heberden}} or {{eponym:Bouchard}} nodes, so OA is not the main problem.
2. Right popliteal ({{eponym:Baker}}) cyst, ruptured on ultrasound; duplex shows no DVT. This explains the calf swelling.
3. Start {{drug:methotrexate}} {{dose:15 mg}} weekly (Mondays), increasing to {{dose:20 mg}} after 4 weeks if tolerated; {{drug:folic acid}} {{dose:5 mg}} weekly, not on the methotrexate day.
4. {{drug:Depo-Medrone}} {{dose:120 mg}} IM today as a bridge.
5. Pre-treatment screen: CXR, hepatitis B/C, HIV sent; {{lab:eGFR 78}}, LFTs normal. Avoid {{drug:trimethoprim}}.
6. Monitoring bloods fortnightly for 6 weeks then monthly; shared care with GP once stable.
7. If partial response at 3 months consider adding {{drug:hydroxychloroquine}} {{dose:200 mg}} bd (baseline eye screen first).
Will arrange rheumatology nurse telephone follow-up. Happy to discuss.
""", summary="""
Active seropositive rheumatoid arthritis ({{score:DAS28-CRP 5.1}}) with a ruptured {{eponym:Baker}} cyst and no DVT. Start {{drug:methotrexate}} {{dose:15 mg}} weekly with {{drug:folic acid}} and IM {{drug:Depo-Medrone}} as a bridge.
"""),

    dict(style="clinic_letter_dictated", note="""
Gastroenterology Clinic
Date dictated: [[DATE:08/05/2025]]
Dr [[NAME:Pádraig Ó Flaithearta]], Medical Centre, [[ADDRESS:Main Street, Oughterard]]
Re: [[NAME:Gráinne Uí Mhurchadha]], DOB [[DATE:21/10/1958]], MRN [[MRN:G0772145]]
Dear [[NAME:Pádraig]],
I reviewed [[NAME:Gráinne]] today with the bundle of reports she brought back from her winter in [[ADDRESS:Nerja]] and her visits to her daughter [[NAME:Síle]] in [[ADDRESS:Freiburg]]. From the originals:
- Hospital Comarcal de la Axarquía: fecha de ingreso [[DATE:12 de marzo de 2025]], alta [[DATE:18 de marzo de 2025]]; ascending cholangitis, ERCP with stone extraction; {{lab:bilirrubina 4,8 mg/dl}} on admission.
- Entlassungsbrief from the Klinikum dated [[DATE:3. März 2024]]: raised ALP, MRCP reported "V.a. PSC".
- A GP note from [[ADDRESS:Perpignan]], "vue le [[DATE:4 avril]]", prescribing {{drug:Augmentin}} {{dose:1 g}} bd.
Today she is well and jaundice-free. {{lab:ALP 212}}, {{lab:bilirubin 14}}, {{lab:ALT 41}}. Fibroscan {{lab:7.9 kPa}}.
I am not convinced this is PSC; recurrent choledocholithiasis after her cholecystectomy is more likely and the German MRCP was done during an episode. I will repeat the MRCP here and have held off on {{drug:ursodeoxycholic acid}} for now. [inaudible] review in the autumn.
Yours sincerely
[[NAME:Niall Kerins]], Consultant Gastroenterologist
[[NAME:NK]]/[[NAME:ec]]
Transcriptionist: Spanish, German and French wording copied as written [?spelling Axarquía].
""", summary="""
Dr [[NAME:Niall Kerins]] reviewed [[NAME:Gráinne Uí Mhurchadha]] after cholangitis treated in Spain (admitted [[DATE:12 de marzo de 2025]]) and a suspected PSC on a German report of [[DATE:3. März 2024]]. She is well with {{lab:ALP 212}} and a repeat MRCP is planned.
"""),

    dict(style="clinic_letter_dictated", note="""
Orthopaedic Outpatients
[[DATE:Wed 2 Apr 2025]]
Dr [[NAME:Miles Herbert]], [[ADDRESS:Sheridan St, Gundagai NSW 2722]]
Dear [[NAME:Miles]],
Re: [[NAME:Darren]] "[[NAME:Dazza]]" [[NAME:Tregear]], DOB [[DATE:05/06/1989]], UR [[MRN:W442019]], Medicare [[MRN:4127 66302 1]]
Thanks for sending [[NAME:Dazza]] in. He came off a quad bike on the property out at [[ADDRESS:Coolac]] on [[DATE:the 9th of March]]; CT confirms a minimally displaced scaphoid waist fracture. He has been in a cast for three weeks.
On examination there is snuffbox tenderness, grip {{vital:28 kg}} against {{vital:46 kg}} on the left, sensation intact.
We talked through continuing the cast for another 6 to 8 weeks against percutaneous fixation with a {{eponym:Herbert}} screw. He is a shearer and keen to get back before the season, so he has chosen fixation. I have spoken with Dr [[NAME:Lochlin]] and he is booked on Dr [[NAME:O'Loughlin]]'s list for [[DATE:Thu 10/4]].
Please stop the {{drug:Mobic}}; {{drug:Panadeine Forte}} after surgery only. Smoking cessation discussed, he is on {{drug:Nicorette}} {{dose:2 mg}} gum.
Kind regards
Dr [[NAME:Kate Wheelwright]], Orthopaedic Registrar, for Dr [[NAME:Seamus O'Loughlin]]
[Transcriptionist: dictation says "Dr [[NAME:Lochlin]]", presumed Dr [[NAME:O'Loughlin]]. [[NAME:jt]]]
""", summary="""
[[NAME:Darren Tregear]] has a minimally displaced scaphoid waist fracture from a quad-bike fall on [[DATE:9 March]] and is booked for percutaneous {{eponym:Herbert}} screw fixation on [[DATE:10/4]] on Dr [[NAME:O'Loughlin]]'s list. The letter went to his GP Dr [[NAME:Miles Herbert]].
"""),

    dict(style="clinic_letter_dictated", note="""
Respiratory Clinic
Rā / Date: [[DATE:14 Hōngongoi 2024]] ([[DATE:14/07/2024]])
Tēnā koe Dr [[NAME:Paewai]],
Re: [[NAME:Mere Tapsell]], NHI [[MRN:PQR7712]] ("P Q R seven seven one two" on tape), DOB [[DATE:30/01/1956]], [[ADDRESS:12 Rata Street, Ōtorohanga]]
I saw [[NAME:Mere]] today with her daughter [[NAME:Ngaire]]. Her COPD is severe, {{score:GOLD 3}}, {{score:mMRC 3}}, {{lab:FEV1 0.98 L}} ({{lab:41% predicted}}), with two admissions since the start of the year. She stopped smoking last year, which is a real achievement.
On air today {{vital:SpO2 88%}}, ABG {{lab:pO2 7.1}}, {{lab:pCO2 6.2}}. I have asked the home oxygen team to assess her.
Plan: continue {{drug:Trelegy}} one puff daily and {{drug:Ventolin}} PRN; start {{drug:azithromycin}} {{dose:250 mg}} Mon/Wed/Fri after a normal ECG (QTc {{lab:QTc 428}}); rescue pack of {{drug:prednisone}} {{dose:40 mg}} and {{drug:amoxicillin}}; pulmonary rehab at the marae in [[ADDRESS:Te Kūiti]]. [[NAME:ngaire]] will drive her.
We will review in three months. Clinic phone [[PHONE:(07) 871 2266]].
Nā,
[[NAME:Anneke van der Pol]], Respiratory Physician
Transcriptionist note: name of the kaumātua she mentioned is unclear, ? [[NAME:Te Hiko]] (?spelling). [[NAME:sw]]
""", summary="""
Dr [[NAME:Anneke van der Pol]] reviewed [[NAME:Mere Tapsell]] with {{score:GOLD 3}} COPD on [[DATE:14/07/2024]], adding {{drug:azithromycin}} prophylaxis and arranging oxygen assessment ({{lab:pO2 7.1}}). Pulmonary rehab is at [[ADDRESS:Te Kūiti]] with her daughter [[NAME:Ngaire]] driving.
"""),

    dict(style="consult_dictated", note="""
Care of the Elderly - Ward 7 consult round [[DATE:Fri 21/3]] - list from [[NAME:Sutherland]] (bleep [[PHONE:2217]])
Bed 2 | [[NAME:O'Rourke]] | [[AGE:93]] | delirium ?UTI | CGA today
Bed 5 | [[NAME:HUNTER, Ivy]] | {{age:88}} | falls, L wrist | tomorrow
Bed 9 | [[NAME:Penhaligon]] | {{age:79}} | PD, off legs | tomorrow, bring {{drug:Madopar}} chart
Bed 11 | [[NAME:McGinty]] | {{age:84}} | NOF day 3 | ortho-geri already
Consult (dictated): Mrs [[NAME:O'Rourke]] is a [[AGE:93]] year old lady from a care home in [[ADDRESS:Ardrossan]] [inaudible name of home] admitted with two days of agitation and pulling at her cannula. Her grand-daughter [[NAME:summer]] says she was chatty and doing the crossword over the summer. {{score:4AT 7}}, {{score:Clinical Frailty Scale 6}}. {{lab:Na 128}}, {{lab:CRP 64}}, {{lab:eGFR 38}}, urine dip nitrite positive.
Impression: hyperactive delirium, probable UTI, hyponatraemia, anticholinergic burden.
- {{drug:nitrofurantoin}} not ideal with this eGFR: {{drug:cefalexin}} {{dose:500 mg}} bd x 7 days
- stop {{drug:zopiclone}} {{dose:7.5 mg}} and {{drug:oxybutynin}}
- fluid restrict 1.5 L, repeat Na mane
- TIME bundle, family to bring glasses and hearing aids
d/w [[NAME:JR]] (SpR), agrees. [[NAME:Sutherland]] aware.
[[NAME:R. McLaren]], ST5 Geriatrics   [[NAME:rmcl]]/[[NAME:dh]]
""", summary="""
Geriatric consult list for [[DATE:21/3]] covering four patients including [[NAME:O'Rourke]] ([[AGE:93]]) and [[NAME:Ivy Hunter]]. Mrs [[NAME:O'Rourke]] has hyperactive delirium ({{score:4AT 7}}) with probable UTI and hyponatraemia; {{drug:cefalexin}} started and {{drug:zopiclone}} and {{drug:oxybutynin}} stopped.
"""),

    dict(style="clinic_letter_dictated", note="""
Community Mental Health Team
[[DATE:27.08.2024]]
Dr [[NAME:Gregor Hope]], [[ADDRESS:Dunoon]]
Dear Dr [[NAME:Hope]]
Re: [[NAME:Ailsa Lamont]], DOB [[DATE:04/12/1997]], CHI [[MRN:0412975522]]
I saw [[NAME:Elsa]] [?[[NAME:Ailsa]], typist] at the satellite clinic in [[ADDRESS:Rothesay]] today. Her mood has been low since her partner [[NAME:Euan]] moved out in the spring; she is sleeping poorly and has stopped going to the gym. {{score:PHQ-9 19}}, {{score:GAD-7 14}}. She has fleeting thoughts that things would be easier if she were not here but no plans or intent, and she named her sister and her dog as reasons to keep going.
You started {{drug:sertraline}} {{dose:50 mg}} on [[DATE:5th August]]. I would increase to {{dose:100 mg}} after two more weeks if tolerated. I have referred her to Living Life for guided self-help, and we will ask [[NAME:Kirsty]] (CPN) to phone her weekly for now. Discussed at MDT, d/w [[NAME:KM]].
I hope this is helpful; I hope to see her again in six weeks.
Yours sincerely
Dr [[NAME:Iona Strachan]], Specialty Doctor in Psychiatry
[[NAME:IS]]/[[NAME:pm]]
Addendum [[DATE:29/08]]: [[NAME:Ailsa]] phoned the duty line ([[PHONE:01369 707 240]]), wanting to check the dose. No change in risk. [[NAME:kc]]
""", summary="""
Dr [[NAME:Iona Strachan]] assessed [[NAME:Ailsa Lamont]] with moderately severe depression ({{score:PHQ-9 19}}) and advised increasing {{drug:sertraline}} to {{dose:100 mg}}, with weekly CPN calls from [[NAME:Kirsty]]. The letter went to Dr [[NAME:Gregor Hope]].
"""),

    dict(style="clinic_letter_dictated", note="""
Paediatric Outpatients
Clinic: [[DATE:12/11/2024]]    Typed: [[DATE:19/11/2024]]
Dr [[NAME:Rupert Elms]], [[ADDRESS:Stowmarket]]
Dear Dr [[NAME:Elms]]
Re: [[NAME:Brooklyn Mayhew]], DOB [[DATE:02/02/2019]], Hosp No [[MRN:J418802]], NHS No [[MRN:717 204 6639]]
Diagnosis: functional constipation with overflow soiling
I saw [[NAME:Brooklyn]], aged {{age:5}}, with mum [[NAME:Stacey]] and dad [[NAME:Daz]], and big brother [[NAME:Will]] who kept everyone entertained. She opens her bowels every four or five days with large painful stools and has daily soiling at school. Weight {{vital:18.2 kg}} (25th centile), abdomen soft with a palpable faecal mass in the left iliac fossa, spine and lower limb neurology normal.
We will start disimpaction with {{drug:Movicol}} Paediatric Plain, escalating from {{dose:2 sachets}} to {{dose:8 sachets}} a day over a week, then a maintenance dose of about half that, plus {{drug:senna}} {{dose:7.5 mg}} at night if needed. Our play specialist [[NAME:Precious]] went through a sticker chart and toilet sitting after meals.
Our nurse specialist will phone in two weeks and I will see her in three months. I suspect [[NAME:Will]] will want to come again.
Yours sincerely
Dr [[NAME:Tamsin Fairweather]], Consultant Paediatrician
Transcriptionist note: first name spelled [[NAME:Brooklyn]] on referral but [[NAME:Brooklynn]] on PAS, please check. [[NAME:hb]]
""", summary="""
{{age:5}}-year-old [[NAME:Brooklyn Mayhew]] has functional constipation with overflow; Dr [[NAME:Tamsin Fairweather]] advised {{drug:Movicol}} disimpaction then maintenance with a review in three months. The typist flagged the spelling [[NAME:Brooklynn]] on PAS.
"""),

    dict(style="clinic_letter_dictated", note="""
Liver Clinic
[[DATE:Thurs 6 March 2025]]
Dr [[NAME:Morag Wilson]], Health Centre, [[ADDRESS:John Street, Penicuik]]
Dear Dr [[NAME:Wilson]]
Re: Mr [[NAME:Callum McIlwraith]], {{age:19}}, DOB [[DATE:15/01/2006]], CHI [[MRN:1501062291]]
Thank you for referring this {{age:19}} year old student with a persistently raised {{lab:ALT 148}}. Mr [[NAME:Mick Elreth]] [typist: ? [[NAME:McIlwraith]]] drinks very little, takes no supplements and has a BMI of {{vital:22}}. Viral and autoimmune screens you sent were negative.
Here his {{lab:caeruloplasmin 0.11 g/L}} is low and his {{lab:24-hour urinary copper 2.1 micromol}} is raised. No {{eponym:Kayser-Fleischer}} rings on slit lamp today, and no tremor or dysarthria. I am concerned about {{eponym:Wilson}} disease.
Plan: liver biopsy with hepatic copper quantification, ATP7B genetics, MRI brain. I will not start {{drug:trientine}} or {{drug:penicillamine}} until the biopsy result is back.
His sister [[NAME:Kirsteen]] ({{age:16}}) should be screened too; I have given [[NAME:Callum]] a form for her and our nurse's number, [[PHONE:0131 242 1625]].
Yours sincerely
Dr [[NAME:Fraser Lockhart]], Consultant Hepatologist
[[NAME:FL]]/[[NAME:gmcd]]
Addendum [[DATE:13/03/2025]]: biopsy booked [[DATE:Tues 25/3]]. [[NAME:gmcd]]
""", summary="""
Dr [[NAME:Fraser Lockhart]] is investigating suspected {{eponym:Wilson}} disease in [[NAME:Callum McIlwraith]] with a low {{lab:caeruloplasmin 0.11 g/L}} and raised urinary copper; liver biopsy is booked for [[DATE:25/3]] with ATP7B genetics. His sister [[NAME:Kirsteen]] is to be screened.
"""),

    dict(style="clinic_letter_dictated", note="""
Urology Clinic - letter to patient
[[DATE:Mon 3 June 2024]]
Mr [[NAME:Derek White]], [[ADDRESS:22 Bath Road, Nailsworth GL6 0HZ]]
Dear Mr [[NAME:White]]
It was good to see you and your wife today. As we discussed, the biopsies show a prostate cancer of {{score:Gleason 3+4=7}} ({{score:ISUP grade 2}}) in three of twelve cores on the left, matching the {{score:PI-RADS 4}} area on your MRI. Your {{lab:PSA 8.9}} is in keeping with this. Your urine showed a few white cells but no infection, and your {{score:IPSS 14}} symptoms are moderate.
The options are active surveillance with PSA every three months and a repeat MRI at one year, or treatment with either robotic surgery or radiotherapy. [[NAME:Del]], you said you were leaning towards surveillance, which is a very reasonable choice for this grade. Please carry on with {{drug:tamsulosin}} {{dose:400 micrograms}} at night.
Your specialist nurse is [[NAME:Siobhán O'Brien]], [[PHONE:01452 394 117]], [[EMAIL:siobhan.obrien2@nhs.net]].
Yours sincerely
Mr [[NAME:Hamish Cattanach]], Consultant Urologist
cc: Dr [[NAME:Priscilla Hale]], GP, [[ADDRESS:Tetbury]]
-- document history --
[[DATE:03/06/2024]] 17:12 dictation uploaded ([[NAME:hcattanach]])
[[DATE:05/06/2024]] 09:40 typed by [[NAME:bwoolley]]
[[DATE:05/06/2024]] 14:02 edited by [[NAME:rn_sobrien]] (CNS contact added)
[[DATE:06/06/2024]] 08:15 e-signed [[NAME:hcattanach]]
""", summary="""
Mr [[NAME:Hamish Cattanach]] wrote to Mr [[NAME:Derek White]] explaining a {{score:Gleason 3+4=7}} prostate cancer ({{lab:PSA 8.9}}) and the choice of active surveillance or radical treatment. The letter was typed by [[NAME:bwoolley]] and edited by [[NAME:rn_sobrien]].
"""),

    dict(style="consult_recommendations", note="""
INFECTIOUS DISEASES CONSULT - RECOMMENDATIONS (following verbal advice)
Working diagnosis: native mitral valve endocarditis, MSSA in 4/4 bottles.
Modified Duke criteria: 2 major (persistent bacteraemia; 11 mm vegetation on TOE). {{eponym:Janeway}} lesions on both soles, no {{eponym:Osler}} nodes, {{eponym:Roth}} spots per ophthalmology.
Labs: {{lab:CRP 212}}, {{lab:WCC 17.4}}, {{lab:creatinine 134}}, {{lab:albumin 24}}.
1. Stop {{drug:Tazocin}}. Start {{drug:flucloxacillin}} {{dose:2 g}} IV 4-hourly (or {{drug:cefazolin}} {{dose:2 g}} 8-hourly if the rash recurs) for 6 weeks from the first negative culture.
2. No {{drug:gentamicin}} given the renal function.
3. Daily blood cultures until negative x2.
4. Urgent cardiothoracic opinion: vegetation over 10 mm with embolic phenomena.
5. CT head; MRI spine if any back pain.
6. Dental review and OPG.
7. Not yet suitable for OPAT.
We will review again tomorrow. Please bleep the ID registrar via switchboard with any change.
""", summary="""
ID advice for MSSA native mitral valve endocarditis with an 11 mm vegetation and {{eponym:Janeway}} lesions: switch {{drug:Tazocin}} to {{drug:flucloxacillin}} {{dose:2 g}} 4-hourly for 6 weeks. Urgent cardiothoracic review and daily cultures until clear.
"""),

    dict(style="consult_dictated", note="""
VASCULAR SURGERY CONSULT - Ward 22 - requested by the diabetic foot team
[[DATE:2024-09-16]] 11:30
Pt: [[NAME:MacEACHERN, Angus R]]   {{age:67}}   MRN [[MRN:V0093318]]
{{age:sixty seven}} year old man with type 2 diabetes, {{lab:HbA1c 81}}, right first MTPJ ulcer probing to bone, {{score:WIfI 2-1-2}}. No palpable pedal pulses on the right, {{lab:ABPI 0.54}}, {{lab:toe pressure 32 mmHg}}, {{eponym:Buerger}} test positive at 20 degrees. {{eponym:Charcot}} foot excluded on X-ray. {{vital:T 37.9}}.
Impression: chronic limb-threatening ischaemia with diabetic foot osteomyelitis.
Plan: CT angiogram today; likely endovascular; {{drug:clopidogrel}} {{dose:75 mg}} and {{drug:atorvastatin}} {{dose:80 mg}}; continue {{drug:co-amoxiclav}} per microbiology; podiatry offloading.
Wife [[NAME:Grace]] asked how long he will be in; explained it depends on the scan. [inaudible] home is in [[ADDRESS:Lochgilphead]], two hours away, so she is staying with their son [[NAME:Rory]] in [[ADDRESS:Clydebank]].
Handed off to [[NAME:AS]] for CTA consent.
[[NAME:Innes Buchanan]], Vascular Registrar, [[EMAIL:innes.buchanan@ggc.scot.nhs.uk]]
Addendum [[DATE:17/09]]: CTA shows a 9 cm right SFA occlusion with good run-off via the peroneal. Listed for angioplasty [[DATE:Thu 19/9]]. [[NAME:ib]]
""", summary="""
Vascular consult on [[DATE:2024-09-16]] for [[NAME:Angus MacEachern]], {{age:67}}, with a probe-to-bone right foot ulcer and {{lab:ABPI 0.54}}; CTA showed a 9 cm right SFA occlusion. He is listed for angioplasty on [[DATE:19/9]], and his wife [[NAME:Grace]] is staying in [[ADDRESS:Clydebank]].
"""),

    dict(style="clinic_letter_dictated", note="""
ENT Department
Date dictated: [[DATE:7/10/24]]
Dear Dr [[NAME:Mingis]] [typist: ? Dr [[NAME:Menzies]], GP per referral]
Re: Mrs [[NAME:Catriona Urquhart]], DOB [[DATE:11.03.1966]], [[ADDRESS:Strathpeffer]]
Thank you for referring Mrs [[NAME:Urquhart]] with episodic rotatory vertigo lasting two to four hours, roaring tinnitus and fullness in the left ear. She has had six attacks since the summer and had to leave work twice.
{{eponym:Rinne}} positive bilaterally, {{eponym:Weber}} lateralises to the right, {{eponym:Dix-Hallpike}} negative, no nystagmus today. The audiogram shows a low-frequency sensorineural loss of 40 dB on the left.
This meets the criteria for definite {{eponym:Ménière}} disease. I have started {{drug:betahistine}} {{dose:16 mg}} tds and suggested a low-salt diet, with {{drug:Buccastem}} {{dose:3 mg}} for acute attacks. I have arranged an MRI of the internal auditory meati to exclude a vestibular schwannoma and discussed DVLA advice.
Yours sincerely
Mr [[NAME:Lachlan Bain]], Consultant ENT Surgeon
[[NAME:LB]]/[[NAME:ct]]
Addendum [[DATE:9/10]]: Dr [[NAME:Menzies]]' surgery rang, spelling confirmed [[NAME:M-E-N-Z-I-E-S]]; letter re-sent. [[NAME:ct]]
""", summary="""
Mr [[NAME:Lachlan Bain]] diagnosed left {{eponym:Ménière}} disease in Mrs [[NAME:Catriona Urquhart]] and started {{drug:betahistine}} {{dose:16 mg}} tds with an MRI of the IAMs. The GP's name was mis-transcribed as [[NAME:Mingis]] and corrected to Dr [[NAME:Menzies]].
"""),

    dict(style="clinic_letter_dictated", note="""
Haematology Clinic
[[DATE:18/02/2025]]
Dr [[NAME:Bronwyn Cattell]], [[ADDRESS:Inglis St, Ballan]]
Re: Mrs [[NAME:Dawn Fairbairn]], DOB [[DATE:09/09/1962]], UR [[MRN:B0417729]], ph [[PHONE:0437 218 904]], [[ADDRESS:Bacchus Marsh]]
Dear [[NAME:Bronwyn]],
[[NAME:Dawn]] came today with her husband [[NAME:rich]] to go through the biopsy result. The inguinal node shows diffuse large B-cell non-{{eponym:Hodgkin}} lymphoma, and the PET puts her at stage IIIA with nodes above and below the diaphragm. {{score:IPI 2}}, {{score:ECOG 1}}, {{lab:LDH 412}}. She has drenching sweats, often waking before dawn, and has lost 4 kg.
Plan: {{drug:R-CHOP}} x 6 every 21 days with {{drug:pegfilgrastim}} support, {{drug:allopurinol}} {{dose:300 mg}} daily starting a few days before, PICC insertion, and an echo first (baseline {{lab:LVEF 60%}} last year). I have encouraged a protein-rich diet and referred her to our dietitian. [[NAME:Rich]] asked about carer's leave; our social worker will see them.
Yours sincerely
Dr [[NAME:Hamish Gilchrist]], Haematologist
Transcriptionist note: [inaudible] cycle 1 date, [[DATE:3 March]] or [[DATE:3 April]]? please confirm before sending. [[NAME:pg]]
""", summary="""
Dr [[NAME:Hamish Gilchrist]] is starting {{drug:R-CHOP}} for stage IIIA diffuse large B-cell non-{{eponym:Hodgkin}} lymphoma ({{score:IPI 2}}) in Mrs [[NAME:Dawn Fairbairn]], with {{drug:pegfilgrastim}} and {{drug:allopurinol}}. Her husband [[NAME:Rich]] attended, and the typist queried the start date.
"""),

    dict(style="econsult_reply", note="""
From: [[NAME:Orla Devereux]] <[[EMAIL:orla.devereux@hse.ie]]>
To: [[EMAIL:pkilbane.gp@eircom.net]]
Subject: re: e-consult - [[NAME:ivy]] [[NAME:mulrooney]], dob [[DATE:3/7/51]]
hi [[NAME:pat]], thanks for the photos of [[NAME:ivy]]. linear streaky vesicles on both forearms and one patch on the left cheek, came up two days after she spent the afternoon pulling ivy off the back wall of the shed in [[ADDRESS:kinvara]]. this is a plant contact dermatitis, almost certainly from the ivy itself. not shingles, not impetigo.
- {{drug:betnovate}} {{dose:0.1%}} ointment bd to the arms for 7 days, {{drug:eumovate}} to the face for 5 days
- {{drug:cetirizine}} {{dose:10 mg}} at night for the itch
- if it spreads or the face swells, {{drug:prednisolone}} {{dose:30 mg}} for 5 days is reasonable
- wash the skin, pat dry, don't rub; gloves and long sleeves next time, and wash the secateurs
no need to see her unless it hasn't settled in 2 weeks. happy to patch test her in [[ADDRESS:galway]] if it recurs.
[[NAME:orla]]
--
sent from my phone, excuse voice typos
""", summary="""
Dr [[NAME:Orla Devereux]] told GP [[NAME:Pat Kilbane]] that [[NAME:Ivy Mulrooney]] has a plant contact dermatitis from pulling ivy, advising {{drug:Betnovate}} to the arms, {{drug:Eumovate}} to the face and {{drug:cetirizine}}. Patch testing in [[ADDRESS:Galway]] if it recurs.
"""),

    dict(style="clinic_letter_dictated", note="""
Sport & Exercise Medicine Clinic
[[DATE:Friday 16 May 2025]]
Dear [[NAME:Jordan]],
Re: [[NAME:Dallas Whitford]], {{age:24}}, [[ADDRESS:Mudgee]]
Thanks for seeing [[NAME:Dallas]] so promptly after he twisted his right knee in the tackle on [[DATE:26/4]]. He felt a pop and the knee swelled within the hour.
Today: moderate effusion, {{eponym:Lachman}} grade 2 with a soft end point, pivot shift positive, {{eponym:McMurray}} negative, collaterals stable. MRI: complete ACL tear, bone bruising of the lateral femoral condyle, menisci intact. {{score:IKDC 41}}, pre-injury {{score:Tegner 7}}.
[[NAME:Dalis]] [sic] is keen to play again next season, so I have referred him to Dr [[NAME:Bryce O'Keeffe]] in [[ADDRESS:Bathurst]] to discuss hamstring graft reconstruction. In the meantime please continue prehab aiming for full extension and quads activation; crutches until he can walk without a limp; {{drug:Nurofen}} {{dose:400 mg}} tds with food for a week only.
Kind regards
Dr [[NAME:Kirra Holloway]], Sport & Exercise Physician
cc: [[NAME:Dallas Whitford]]; Dr [[NAME:Bryce O'Keeffe]]; physio [[NAME:Jordan Kemp]]
""", summary="""
Dr [[NAME:Kirra Holloway]] confirmed a complete right ACL rupture from [[DATE:26/4]] in [[NAME:Dallas Whitford]], {{age:24}}, and referred him to Dr [[NAME:Bryce O'Keeffe]] in [[ADDRESS:Bathurst]] for reconstruction. Prehab continues with physio [[NAME:Jordan]].
"""),

    dict(style="clinic_letter_dictated", note="""
Memory Assessment Service
Dictated [[DATE:22/07/2025]]
Dear Dr [[NAME:Doherty]],
Re: Mrs [[NAME:June McGonigle]], DOB [[DATE:14/06/1947]], MRN [[MRN:L5572031]], [[ADDRESS:Glenties]], Co. [[ADDRESS:Donegal]]
I saw [[NAME:June]] with her husband [[NAME:Eamonn]]. She describes word-finding difficulty and repeating herself since around June 2024. {{score:MoCA 21/30}} (lost points on delayed recall and clock), {{score:ACE-III 78/100}}. CT shows generalised atrophy and mild small vessel change. {{lab:B12 180}}, {{lab:TSH 2.1}}.
Impression: mild cognitive impairment, possibly early {{eponym:Alzheimer}} disease. I have started {{drug:cyanocobalamin}} {{dose:1000 micrograms}} IM as per protocol, deferred {{drug:donepezil}}, and requested an MRI and neuropsychology.
She sent the email below before clinic and asked me to include it:
> hello dr, this is [[NAME:june mcgonigle]], i have an appointment with you. my sister [[NAME:bernie]] in [[ADDRESS:utrecht]] says i rang her on [[DATE:2 juni]] and again the next day and didnt remember the first call. [[NAME:eamonn]] says i'm grand but I'm not. her number is [[PHONE:+31 6 4821 7730]] if you need her. thanks [[NAME:june]]
Yours sincerely
Dr [[NAME:Clodagh Breslin]], Consultant Geriatrician
[[NAME:CB]]/[[NAME:mmcg]]
""", summary="""
Dr [[NAME:Clodagh Breslin]] assessed Mrs [[NAME:June McGonigle]] ({{score:MoCA 21/30}}) for memory decline since mid-2024 and arranged an MRI and neuropsychology. The letter quotes her email, in which her sister [[NAME:Bernie]] noticed repeated calls on [[DATE:2 juni]].
"""),

    dict(style="consult_dictated", note="""
PALLIATIVE CARE CONSULT - [[DATE:31/10/2024]] - Ward 4B
Requested by: [[NAME:Forbes-Lomax]] (gen med)   NHI [[MRN:HRT5520]]
[[NAME:Kingi]], {{age:81}}, known metastatic prostate cancer, bony pain {{score:8/10}} in the lumbar spine and right hip, {{score:AKPS 40}}. On {{drug:MST}} {{dose:30 mg}} bd plus {{drug:Oramorph}} {{dose:10 mg}} PRN, using five a day. Constipated 4 days. {{lab:corrected calcium 2.91}}, drowsy but oriented.
Plan:
- increase {{drug:MST}} to {{dose:60 mg}} bd, {{drug:Oramorph}} {{dose:15 mg}} PRN
- {{drug:zoledronic acid}} {{dose:4 mg}} IV today, IV fluids 2 L
- {{drug:dexamethasone}} {{dose:8 mg}} mane for 5 days
- {{drug:Movicol}} 2 sachets bd, {{drug:docusate}}
- single fraction {{dose:8 Gy}} to L3-L5: [[NAME:Kilbride]] (RT) aware, will plan [[DATE:Mon 4/11]]
Whānau hui with son [[NAME:Tama]] and daughter [[NAME:Huia]]; Mr [[NAME:Hōhepa Kingi]] wants to go home to [[ADDRESS:Kaiapoi]] if the pain settles. Karakia with chaplain [[NAME:Matiu]] this afternoon.
d/w [[NAME:Forbes-Lomax]], agrees.
[[NAME:Rosalind Ashby-Clark]], Palliative Care CNS
Addendum [[DATE:01/11/2024]] 09:10: pain {{score:3/10}} overnight, no toxicity, {{lab:Ca 2.64}}. Family meeting done, home with hospice support planned. [[NAME:tb]]
""", summary="""
Palliative care consult on [[DATE:31/10/2024]] for [[NAME:Hōhepa Kingi]], {{age:81}}, with painful bony metastatic prostate cancer and hypercalcaemia: {{drug:MST}} increased, {{drug:zoledronic acid}} given and single-fraction radiotherapy planned with [[NAME:Kilbride]]. He hopes to go home to [[ADDRESS:Kaiapoi]].
"""),

    dict(style="consult_recommendations", note="""
NEUROLOGY CONSULT - IMPRESSION / PLAN
Ascending symmetrical weakness over 5 days after a diarrhoeal illness, areflexia, distal paraesthesia, {{score:MRC 3/5}} hip flexion, {{score:4/5}} distally in the arms. No bladder involvement.
Impression: {{eponym:Guillain-Barré}} syndrome, probably AMAN given the Campylobacter history; {{eponym:Miller Fisher}} variant not likely (no ophthalmoplegia or ataxia).
CSF: {{lab:protein 1.2 g/L}}, {{lab:WCC 2}}. NCS booked.
1. {{drug:IVIG}} {{dose:0.4 g/kg}} daily for 5 days.
2. {{lab:FVC 2.1 L}} today: FVC and single-breath count 4-hourly; call ICU outreach if FVC falls below {{lab:1.5 L}} or bulbar signs appear. {{score:EGRIS 4}}.
3. VTE prophylaxis with {{drug:enoxaparin}} {{dose:40 mg}} daily; TED stockings.
4. Cardiac monitoring for dysautonomia; avoid {{drug:metoclopramide}} boluses.
5. {{drug:gabapentin}} {{dose:300 mg}} tds for neuropathic pain.
6. Physiotherapy and OT from tomorrow.
Neurology will review daily.
""", summary="""
Likely {{eponym:Guillain-Barré}} syndrome after a diarrhoeal illness, with {{lab:FVC 2.1 L}} and {{score:EGRIS 4}}. Start {{drug:IVIG}} {{dose:0.4 g/kg}} for 5 days with 4-hourly FVC monitoring and {{drug:enoxaparin}} prophylaxis.
"""),
]
