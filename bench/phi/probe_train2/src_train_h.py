NOTES = [
    dict(style="au_discharge_summary", note="""
SYDNEY LOCAL HEALTH DISTRICT - ROYAL PRINCE ALFRED HOSPITAL - DISCHARGE REFERRAL
MRN [[MRN:0812 3391]]   Medicare [[MRN:2953 41678 1]] / [[MRN:2]]   Encounter [[MRN:RPA25-118832]]
[[NAME:INGRAM-CARBERRY, Jarrah Thomas]]   DOB [[DATE:07/04/1988]]   M
[[ADDRESS:41 Wilson St, Newtown NSW 2042]]   Ph [[PHONE:0412 338 905]]
Identifies as Aboriginal (Wiradjuri). Seen by ALO [[NAME:Mundine]] on admission.
Admitted [[DATE:03/03/2025]] 21:40   Discharged [[DATE:Sun 09/03/2025]]   Unit: Gastroenterology (Dr [[NAME:Perera]])

Principal dx: acute alcohol-related pancreatitis, moderate ({{score:BISAP 2}}, {{score:Ranson 3}}).
{{lab:Lipase 2840}} U/L; {{lab:CRP 276}} at 48h. CT [[DATE:5/3]]: peripancreatic fluid, no necrosis.
Managed with {{dose:3 L}}/day {{drug:Plasma-Lyte}}, {{drug:fentanyl}} PCA then {{drug:oxycodone}} {{dose:5 mg}} PRN, NJ feeding x3 days.
Drug & Alcohol (CNC [[NAME:Wirapanda]]? - corrected: CNC [[NAME:Kath Wirrpanda]]) saw [[NAME:Jarrah]] on [[DATE:6th]]; {{score:CIWA-Ar}} peak 12,
{{drug:diazepam}} {{dose:10 mg}} x4 doses. {{drug:thiamine}} {{dose:300 mg}} daily to continue.
Discharge meds: {{drug:Creon}} {{dose:25,000 units}} with meals, {{drug:pantoprazole}} {{dose:40 mg}}, {{drug:thiamine}}.
Follow-up: GP Dr [[NAME:Nanette Bostock]], Redfern AMS ([[PHONE:(02) 9319 5823]]) within 7 days; LFTs + lipase.
Gastro clinic [[DATE:22/04/25]] 9.30am. Counselling referral to Glebe Hub sent [[DATE:07/3]].
Mum, Aunty [[NAME:Lorraine]] (NOK) [[PHONE:+61 2 6882 4410]] ([[ADDRESS:Dubbo]]) - aware of discharge.
[[NAME:P. Sivakumar]], RMO, pager [[PHONE:82217]]
""", summary="""
[[NAME:Jarrah Ingram-Carberry]] was admitted to RPA from [[DATE:03/03/2025]] to [[DATE:09/03/2025]] with moderate alcohol-related pancreatitis ({{score:BISAP 2}}) and managed alcohol withdrawal. He goes home on {{drug:Creon}} and {{drug:thiamine}} with GP follow-up at Redfern AMS and gastro clinic on [[DATE:22/04/25]].
"""),
    dict(style="nz_discharge_letter", note="""
Te Whatu Ora - Health New Zealand, Waikato   |   Waikato Hospital, [[ADDRESS:Hamilton]]
DISCHARGE LETTER         NHI: [[MRN:ZHK4021]]          Event: [[MRN:WKO-25-0097731]]
Patient: [[NAME:Aroha Mereana Te Whata]]      DOB [[DATE:16.09.1969]]      Iwi: Waikato-Tainui
Address: [[ADDRESS:18 Kereru Street, Ngāruawāhia 3720]]      Phone [[PHONE:021 448 9032]]
GP: Dr [[NAME:Hemi Parata]], Te Kōhao Health   Fax [[PHONE:07 834 2211]]
Admission: [[DATE:Thu 13/3/25]] - [[DATE:Mon 17/3/25]]   Ward 21 (Renal)   Consultant: Dr [[NAME:Young]]

Kia ora Dr [[NAME:Parata]],
[[NAME:Aroha]] was admitted with fluid overload on a background of diabetic nephropathy ({{lab:eGFR 14}}), T2DM, HTN.
{{vital:BP 184/102}}, {{vital:SpO2 88%}} on arrival; {{lab:K 6.1}}, {{lab:urea 31}}, {{lab:Hb 94}}. Treated with IV {{drug:furosemide}}
{{dose:250 mg}} infusion, {{drug:Resonium}}, and dialysis was not needed. Weight 96.4 -> 91.2 kg.
A whānau hui was held on [[DATE:the 15th]] with her husband [[NAME:Wiremu]], daughter [[NAME:Hope Te Whata]] and kaumātua
Matua [[NAME:Rangi]]; Renal CNS [[NAME:Losana Vaifale]] led the discussion about starting PD. [[NAME:Aroha]] wishes to
think about it and will come to the pre-dialysis clinic [[DATE:1 April]].
Changes: {{drug:furosemide}} up to {{dose:160 mg}} BD; {{drug:metolazone}} {{dose:2.5 mg}} Mon/Thu; stop {{drug:cilazapril}}.
Please check U&E on [[DATE:20/3]] and fax to Renal ([[PHONE:+64 7 839 8750]]). Any concerns: Renal on-call via operator [[PHONE:07-839 8899]].
Ngā mihi, [[NAME:T. Kereama]] (RMO)
""", summary="""
[[NAME:Aroha Te Whata]] was in Waikato Hospital from [[DATE:13/3/25]] to [[DATE:17/3/25]] with fluid overload and diabetic nephropathy ({{lab:eGFR 14}}). A whānau hui discussed peritoneal dialysis, {{drug:furosemide}} was increased to {{dose:160 mg}} BD, and U&E are due on [[DATE:20/3]].
"""),
    dict(style="quebec_clinic_note", note="""
CIUSSS du Centre-Sud-de-l'Île-de-Montréal - Clinique de cardiologie, Hôpital Notre-Dame
No dossier [[MRN:ND 00 447 218]]   RAMQ [[MRN:GAGM 5203 1418]] exp. 2027-03
Nom: [[NAME:GAGNON-TREMBLAY, Marie-Ève]]   DDN [[DATE:1952-03-14]]   Tél [[PHONE:(514) 555-0148]] / cell [[PHONE:438-555-0192]]
Date de visite: [[DATE:2025-03-12]]     Médecin: Dre [[NAME:Geneviève Ouellet]]

Clinic note (English per patient preference)
Mme [[NAME:Gagnon-Tremblay]], {{age:73}}, f/u HFrEF, LVEF 30% on echo [[DATE:2024-11-05]] -> 38% on [[DATE:2025-02-26]].
NYHA II. Weight 68.0 kg (dry wt 67). {{vital:BP 104/62}}, {{vital:HR 64}}, JVP 3 cm. No edema. 
Labs [[DATE:10/03]]: {{lab:Na 136}}, {{lab:K 4.8}}, {{lab:créat 118}}, {{lab:NT-proBNP 1240}} (from 4410).
Meds: {{drug:Entresto}} {{dose:49/51 mg}} BID, {{drug:bisoprolol}} {{dose:5 mg}}, {{drug:spironolactone}} {{dose:25 mg}}, {{drug:Forxiga}} {{dose:10 mg}}.
Plan: uptitrate {{drug:Entresto}} to {{dose:97/103 mg}} BID; lytes in 2 weeks (requisition given, CLSC [[ADDRESS:Saint-Henri]]).
Her son [[NAME:Jean-François]] ([[ADDRESS:Québec City]], [[PHONE:418 555 0111]]) called [[DATE:le 7 mars]] re: driving - OK to drive (private licence).
ICD not indicated at present given improvement; re-echo in 6 months.
RV [[DATE:le 18 juin 2025]] avec l'infirmière [[NAME:Sylvie D'Amours]], poste [[PHONE:26114]].
[[NAME:G. Ouellet]], MD FRCPC
""", summary="""
Dre [[NAME:Geneviève Ouellet]] saw [[NAME:Marie-Ève Gagnon-Tremblay]] ({{age:73}}) on [[DATE:2025-03-12]] for HFrEF with LVEF improved to 38%. {{drug:Entresto}} was uptitrated to {{dose:97/103 mg}} BID, and nurse follow-up is on [[DATE:18 juin 2025]].
"""),
    dict(style="ontario_family_med", note="""
Bloor West Family Health Team - Progress Note
Pt: [[NAME:Delroy St. Hilaire]]   OHIP [[MRN:5584-486-674-YM]]   Chart #[[MRN:BW20417]]   DOB [[DATE:Jun 2/1966]]
Visit: [[DATE:Mar 4/25]]   Provider: [[NAME:A. Thibodeau]], NP   Scribe: [[NAME:kmaharaj]]

S: {{age:58}}M, Jamaican-Canadian, here for DM f/u + R shoulder. Sugars 7-9 fasting. Works nights (TTC).
   Shoulder pain 6/10 x 2 mo, worse overhead. No trauma. Wife [[NAME:Marcia]] says he snores loud.
O: {{vital:BP 146/90}} (rpt {{vital:BP 142/88}}), {{vital:HR 78}}, BMI 33. {{lab:A1c 8.1%}} ([[DATE:Feb 26]]), {{lab:LDL 2.9}}, {{lab:ACR 4.2}}.
   R shoulder: painful arc 70-120, {{eponym:Hawkins}} +, {{eponym:Neer}} +, {{eponym:Jobe}} 4+/5 strength, drop arm neg.
   {{score:STOP-BANG 6}}.
A/P: 1. T2DM - add {{drug:Jardiance}} {{dose:10 mg}} daily. Sick day rules reviewed.
     2. HTN - {{drug:perindopril}} {{dose:4 mg}} -> {{dose:8 mg}}.
     3. Rotator cuff tendinopathy - physio referral (Runnymede), {{drug:naproxen}} {{dose:375 mg}} BID PRN x2 wk.
     4. ?OSA - sleep study, MOHLTC form faxed to West Toronto Sleep Lab [[PHONE:416-555-0177]].
Next: [[DATE:Apr 15]] - or sooner prn. Phone on file [[PHONE:647 555 0163]] (cell, OK to leave msg).
""", summary="""
NP [[NAME:A. Thibodeau]] saw [[NAME:Delroy St. Hilaire]] on [[DATE:Mar 4/25]] for T2DM with {{lab:A1c 8.1%}}, hypertension and right rotator cuff tendinopathy. {{drug:Jardiance}} {{dose:10 mg}} was added, {{drug:perindopril}} increased, and a sleep study ordered ({{score:STOP-BANG 6}}).
"""),
    dict(style="au_ed_triage", note="""
ED TRIAGE - ATS 2
Arr by ambulance 0312. MVA, restrained driver, 80 km/h, airbag deployed, self-extricated.
C/o chest pain (seatbelt) 7/10 and neck pain. Spinal precautions per Canadian C-spine rule - not met (age < {{age:65}}, ambulatory).
A: patent. B: {{vital:RR 22}}, {{vital:SpO2 97%}} RA, equal AE. C: {{vital:HR 112}}, {{vital:BP 128/84}}, CRT < 2s. D: {{score:GCS 15}}, PEARL.
E: seatbelt sign L clavicle to R hip. {{vital:T 36.4}}. {{lab:BGL 6.8}}.
FAST - neg. {{drug:Methoxyflurane}} ({{drug:Penthrox}}) {{dose:3 mL}} given by QAS. {{drug:paracetamol}} {{dose:1 g}} PO at triage.
Allergies: {{drug:penicillin}} (rash). ATSI status asked - declined.
To Resus 3 for trauma call. Team leader notified. Collar not applied.
""", summary="""
ATS 2 triage of a restrained driver after an 80 km/h MVA with a seatbelt sign, {{vital:HR 112}} and chest pain 7/10. FAST was negative and the patient went to Resus for a trauma call.
"""),
    dict(style="au_remote_discharge", note="""
ALICE SPRINGS HOSPITAL - GENERAL MEDICINE - DISCHARGE SUMMARY
HRN [[MRN:A0332178]]  Medicare [[MRN:5118 22734 1]]  RHD Register [[MRN:NT-RHD-04471]]
Name: [[NAME:Bessie Nampijinpa Kelly]]   DOB [[DATE:11/11/1996]]   Community: [[ADDRESS:Yuendumu]] (via [[ADDRESS:Nyirripi]])
Interpreter: Warlpiri - [[NAME:Maisie Napaljarri]] (AIS booking [[MRN:AIS-25-2211]])
Admitted [[DATE:24 Feb 2025]]   Discharged [[DATE:6 Mar 2025]]

[[NAME:Bessie]]'s admission was for decompensated rheumatic heart disease - severe MR, moderate MS (MVA 1.4 cm2), AF new.
Treated: IV {{drug:frusemide}}, rate control {{drug:digoxin}} {{dose:62.5 mcg}} daily, {{drug:warfarin}} (target INR 2-3; {{lab:INR 2.4}} on [[DATE:5/3]]).
Bicillin: {{drug:Bicillin L-A}} {{dose:1.2 MU}} IM given [[DATE:27/02]] - next due [[DATE:27/03/2025]] (28-day cycle). Missed 3 of
last 13 doses. Discussed with [[NAME:Bessie]] and her mother [[NAME:Judy]] with interpreter; both understand.
Cardiothoracic referral to [[ADDRESS:Adelaide]] (Dr [[NAME:Mackenzie]], FMC) - telehealth [[DATE:Tues 18/3]] via [[ADDRESS:Yuendumu]] clinic.
Contraception: {{drug:Implanon}} inserted [[DATE:3 March]] ({{drug:warfarin}} teratogenic).
Clinic: please INR [[DATE:Mon 10/3]] - Aboriginal Health Practitioner [[NAME:Tommy Jupurrurla Brown]] has the plan.
[[ADDRESS:Yuendumu]] clinic [[PHONE:(08) 8956 4030]]; ASH switch [[PHONE:08 8951 7777]]; phone family on [[PHONE:0427 119 830]] (aunty's).
Dr [[NAME:Kiri Ngata]], Registrar - [[EMAIL:kiri.ngata@nt.gov.au]]
""", summary="""
[[NAME:Bessie Nampijinpa Kelly]] from [[ADDRESS:Yuendumu]] was admitted [[DATE:24 Feb 2025]]-[[DATE:6 Mar 2025]] with decompensated rheumatic heart disease and new AF, started on {{drug:warfarin}} and {{drug:digoxin}}. Her next {{drug:Bicillin L-A}} is due [[DATE:27/03/2025]], with cardiothoracic telehealth on [[DATE:18/3]].
"""),
    dict(style="nz_pacific_clinic", note="""
Counties Manukau - Middlemore Hospital, [[ADDRESS:Ōtāhuhu]] - Renal & Gout Clinic
NHI [[MRN:PKQ7315]]  [[NAME:VAKE, Sione Tupou]]  DOB [[DATE:02/02/1975]]  Tongan  Ph [[PHONE:022 619 4470]] / [[PHONE:09 274 8113]]
Clinic [[DATE:Wed 5 March 2025]]   Interpreter: [[NAME:Viliami Fonua]] (Tongan), ID [[MRN:INT-0884]]

[[NAME:Sione]] came with wife [[NAME:Mele]] and daughter [[NAME:Losaline]]. 6 flares since Xmas, L MTP and R knee; tophi R olecranon.
Off {{drug:allopurinol}} since [[DATE:Dec 20]] ("ran out"). {{lab:Urate 0.61}} mmol/L, {{lab:creat 162}}, {{lab:eGFR 44}}, {{lab:HbA1c 58}}.
Plan (talanoa with family, agreed):
 - restart {{drug:allopurinol}} {{dose:50 mg}} daily, increase by {{dose:50 mg}} every 4 wk (nurse-led titration, target urate < 0.30; < 0.36 minimum)
 - {{drug:colchicine}} {{dose:0.5 mg}} daily prophylaxis x6 mo (renal dose)
 - flare plan: {{drug:prednisone}} {{dose:20 mg}} x5d, no NSAIDs (CKD)
 - Gout nurse [[NAME:Tavita Leota]] to phone [[DATE:2 Apr]]; pharmacist [[NAME:Ng]] at Unichem [[ADDRESS:Ōtara]] will blister pack.
Ph for gout team [[PHONE:+64 9 276 0044]] ext [[PHONE:58821]].
Signed Dr [[NAME:R. Taufa]]
""", summary="""
[[NAME:Sione Vake]] had recurrent tophaceous gout after stopping {{drug:allopurinol}} ({{lab:Urate 0.61}}) and was seen with his family on [[DATE:5 March 2025]]. {{drug:allopurinol}} was restarted at {{dose:50 mg}} with {{drug:colchicine}} prophylaxis, and gout nurse [[NAME:Tavita Leota]] will phone on [[DATE:2 Apr]].
"""),
    dict(style="canadian_nursing_note", note="""
HSC Winnipeg - 4th flr Med - Nursing Notes - [[NAME:BEAUCHAMP, RÉJEAN L]]  PHIN [[MRN:112 483 907]]  MRN [[MRN:H0421977]]
[[DATE:2025/03/18]] 0700 - Rec'd pt from nights (rpt from [[NAME:jl]]). A&Ox3, {{score:GCS 15}}. {{vital:HR 92}} irreg, {{vital:BP 138/80}}. Pain 3/10 L hip.
0815 - {{drug:enoxaparin}} {{dose:40 mg}} SC given L abdo. Tol brkfst 50%. Voiding well, no {{eponym:Foley}}.
0940 - PT ([[NAME:Hunter]]) ambulated 20 m w FWW, 1 assist. {{score:Morse 55}} - high falls risk, bed alarm on.
1130 - Daughter [[NAME:Ginette]] called [[PHONE:204-555-0134]], updated w pt consent. Asks re: d/c to [[ADDRESS:St. Boniface]] home.
1300 - {{lab:Hgb 98}} (from 104), {{lab:K 3.4}}, replaced {{drug:KCl}} {{dose:20 mEq}} PO x1 per Dr. [[NAME:Lavallée]]'s order.
1520 - c/o nausea, {{drug:ondansetron}} {{dose:4 mg}} IV given, effect good @ 1600. {{score:Braden 15}}.
1840 - Wife [[NAME:Lise]] visiting. Pt states "I want to go home by the weekend". SW [[NAME:mcyr2]] to f/u re HCA.
1900 - Report to [[NAME:B. Swampy]], RN. -- [[NAME:N. Pelletier]], RN
""", summary="""
Day shift nursing notes on [[DATE:2025/03/18]] for [[NAME:Réjean Beauchamp]] after a left hip injury recorded a high falls risk ({{score:Morse 55}}), {{drug:KCl}} replacement for {{lab:K 3.4}} and nausea treated with {{drug:ondansetron}}. His daughter [[NAME:Ginette]] was updated.
"""),
    dict(style="nz_gp_ereferral", note="""
e-Referral (ERMS)  -  To: Te Whatu Ora Waitaha, Christchurch Hospital, Gastroenterology
Ref [[MRN:ERMS-2503-114427]]   Sent [[DATE:20250311]] 16:05   Priority: Urgent (FCT)
From: Dr [[NAME:Mason McGregor]], Riccarton Clinic, [[ADDRESS:6 Yaldhurst Rd, Riccarton, Christchurch 8041]]  ph [[PHONE:03-348 8919]]

Patient: [[NAME:Tavita Faleolo Leaupepe]]   NHI [[MRN:ABX9824]]   DOB [[DATE:23-Oct-1963]]   Samoan
Contact: [[PHONE:027 305 8816]]  (prefers daughter [[NAME:Faith]] to be phoned first: [[PHONE:022 109 4470]])

Hx: 8 wk change in bowel habit, dark stools x3 wks, 6 kg wt loss (98 -> 92 kg).
Bloods: {{lab:Hb 101}} ([[DATE:28/02/25]]) vs {{lab:Hb 138}} ([[DATE:14.8.24]]); {{lab:ferritin 9}}; {{lab:CEA 6.2}}.
FIT: positive ({{lab:FIT 140}}) collected [[DATE:2/3]], resulted [[DATE:05/03]].
Exam: pale, abdo soft, no mass. PR - dark stool, no mass.
PMHx: T2DM ({{drug:metformin}} {{dose:1 g}} BD, {{drug:vildagliptin}} {{dose:50 mg}} BD), gout, {{eponym:Graves}} disease treated with RAI in 2010, now on {{drug:levothyroxine}} {{dose:100 mcg}}.
Not on anticoagulants.
Pt is aware of possible cancer; he is away in [[ADDRESS:Apia]] from [[DATE:the 24th]] to [[DATE:the 31st]] for his mother's funeral - please avoid those dates.
Many thanks - [[NAME:Mason]]
""", summary="""
Dr [[NAME:Mason McGregor]] sent an urgent gastroenterology e-referral on [[DATE:20250311]] for [[NAME:Tavita Faleolo Leaupepe]] with a positive {{lab:FIT 140}}, {{lab:Hb 101}} and weight loss. He asked that dates [[DATE:24th]] to [[DATE:31st]] be avoided.
"""),
    dict(style="au_pathology_report", note="""
MELBOURNE PATHOLOGY - CUMULATIVE REPORT     Lab ref [[MRN:25-0318774]]    Episode [[MRN:MP7729104]]
Patient: [[NAME:HEMARA, Rawiri J]]    DOB [[DATE:30-08-1981]]    Sex M    UR [[MRN:00417726]] (Northern Health)
Address: [[ADDRESS:9/212 Cooper St, Epping VIC 3076]]    Medicare [[MRN:3340 55182 4-1]]
Requesting Dr: [[NAME:A. Nguyen]] (Prov [[MRN:2418837T]])    Copy to: Dr [[NAME:M. Pearce]]
Collected [[DATE:18/3/25]] 0840     Received [[DATE:18/3/25]] 1012

                 [[DATE:18/03/25]]    [[DATE:11/03/25]]    [[DATE:04/03/25]]    Units    Ref
Haemoglobin      {{lab:131}}          {{lab:126}}          {{lab:119}}          g/L      130-180
Platelets        {{lab:88}} L         {{lab:71}} L         {{lab:64}} L         x10^9/L  150-400
INR              {{lab:1.6}} H        {{lab:1.7}} H        {{lab:1.8}} H
Bilirubin        {{lab:41}} H         {{lab:52}} H         {{lab:68}} H         umol/L   < 20
Albumin          {{lab:31}} L         {{lab:29}} L         {{lab:27}} L         g/L
Na               {{lab:133}}          {{lab:131}} L        {{lab:129}} L        mmol/L
{{score:MELD-Na 19}} (calculated [[DATE:18/03]]).  {{score:Child-Pugh B8}}.
Comment: Results phoned to [[NAME:Rose]] (RN, Liver clinic) at 1155 by [[NAME:dkaur]] - read back confirmed.
Enquiries [[PHONE:1300 767 284]]; after hours [[PHONE:(03) 9287 7700]].
""", summary="""
Cumulative liver results for [[NAME:Rawiri Hemara]] collected [[DATE:18/3/25]] show improving bilirubin ({{lab:41}}) and sodium with platelets {{lab:88}}, {{score:MELD-Na 19}}. Results were phoned to [[NAME:Rose]] in the Liver clinic.
"""),
    dict(style="nz_diabetes_clinic", note="""
Diabetes Service - Outpatient Review

T2DM x 12 yrs. Current: {{drug:metformin}} {{dose:1 g}} BD, {{drug:empagliflozin}} {{dose:25 mg}} mane, {{drug:Lantus}} {{dose:38 units}} nocte.
{{lab:HbA1c 74}} mmol/mol (prev 81). {{lab:eGFR 62}}, {{lab:ACR 8.4}} (A2). {{lab:LDL 2.3}} on {{drug:atorvastatin}} {{dose:40 mg}}.
{{vital:BP 138/84}}. BMI 37.4. Feet: monofilament intact, pulses present - low risk. Retinal screen: R1M0 bilat.
Discussed GLP-1 RA - {{drug:dulaglutide}} (Trulicity) funded under Pharmac special authority criteria (HbA1c > 53,
plus CVD/renal risk). SA application completed. Start {{dose:1.5 mg}} weekly; reduce {{drug:Lantus}} by 10% if fasting < 6.
Hypo awareness intact; glucagon not needed. Driving: no restrictions (Waka Kotahi guidance discussed).
Green prescription referral for activity. Dietitian for carbohydrate counting. Review 3 months with HbA1c and lipids.
""", summary="""
Outpatient diabetes review with {{lab:HbA1c 74}} and moderately raised albuminuria ({{lab:ACR 8.4}}). {{drug:dulaglutide}} {{dose:1.5 mg}} weekly was started under special authority, with a possible 10% {{drug:Lantus}} reduction.
"""),
    dict(style="quebec_dictation", note="""
[Fluency Direct - unedited]  Hôpital de l'Enfant-Jésus, CHU de Québec   Dictated by [[NAME:lbouchard]]   Trans. [[NAME:MFD]]
consult note orthopedics date [[DATE:march twelfth twenty twenty five]] patient [[NAME:ginette pelletier]] that's p e l l e t i e r
RAMQ [[MRN:P E L G five eight five one one two zero four]] chart number [[MRN:two two four seven one nine zero]]
{{age:sixty six}} year old female fell on the ice in front of her home on [[ADDRESS:rue Saint-Jean]] on [[DATE:the tenth]] landing on the outstretched left hand
x-rays show a dorsally angulated distal radius fracture with {{eponym:Colles}} type deformity comma ulnar styloid fracture period
closed reduction under hematoma block with {{dose:ten ccs}} of {{drug:lidocaine}} {{dose:one percent}} period post reduction films acceptable
dorsal tilt five degrees radial height 10 mm period neurovascularly intact median nerve fine period
plan sugar tong splint period {{drug:acetaminophen}} {{dose:one gram}} q i d and {{drug:hydromorphone}} {{dose:one milligram}} q four h p r n
repeat x-ray in one week at fracture clinic on [[DATE:wednesday march nineteenth]] and DEXA scan period her husband [[NAME:Marcel]] will drive her
her daughter [[NAME:Chantal]] cell is [[PHONE:four one eight five five five zero one seven three]] new paragraph
signed doctor [[NAME:luc bouchard]] orthopedics
""", summary="""
Dr [[NAME:Luc Bouchard]] dictated an orthopaedic consult on [[DATE:March 12, 2025]] for [[NAME:Ginette Pelletier]] ({{age:66}}) with a left {{eponym:Colles}}-type distal radius fracture, closed-reduced under hematoma block. Fracture clinic follow-up is on [[DATE:March 19]].
"""),
    dict(style="canadian_peds_ed", note="""
IWK Health - Pediatric Emergency - Physician Record
Name [[NAME:MACDONALD, Hunter Austin]]   HCN (NS) [[MRN:0012 447 905]]   MRN [[MRN:IWK1180032]]   DOB [[DATE:2024-06-22]]
Age {{age:8 mo}}   Wt 8.4 kg   Seen [[DATE:13-Jan-2025]] 02:30   Triage {{score:CTAS 2}}

HPI: 4d coryza, 1d increased WOB, poor feeds (50% usual). Twin sister [[NAME:Summer]] and brother [[NAME:Austin]] ({{age:4}}) have colds.
Mom ([[NAME:Georgia MacDonald]]) at bedside; dad [[NAME:Lincoln Paul]] on way from [[ADDRESS:Truro]].
Exam: {{vital:RR 64}}, {{vital:SpO2 89%}} RA, {{vital:HR 176}}, {{vital:T 38.1}}. Subcostal + tracheal tug, fine creps bilat, wheeze.
{{score:Wang score 7}} (moderate). CRT 2 s. Fontanelle flat.
Dx: bronchiolitis (RSV swab pending). No role for salbutamol/steroids per guideline.
Rx: HFNC 2 L/kg/min, FiO2 0.35 -> {{vital:SpO2 95%}}. NG feeds 2/3 maintenance.
Dispo: admit to 6 Link, Dr [[NAME:Benoît Cormier]] accepting. Mom's cell [[PHONE:902.555.0187]]; home [[PHONE:(902) 555-0122]].
Family doctor: Dr [[NAME:Jo Pictou]], [[ADDRESS:Dartmouth]].
[[NAME:S. Marchand]], MD (resident) / staff [[NAME:E. King]]
""", summary="""
[[NAME:Hunter MacDonald]], {{age:8 months}}, presented on [[DATE:13-Jan-2025]] with moderate bronchiolitis ({{score:Wang score 7}}, {{vital:SpO2 89%}}). He was started on high-flow nasal cannula and admitted under Dr [[NAME:Benoît Cormier]].
"""),
    dict(style="au_aged_care_transfer", note="""
RESIDENTIAL AGED CARE - TRANSFER TO HOSPITAL - Glenview Community Care, [[ADDRESS:Glenorchy TAS 7010]]
To: Royal Hobart Hospital ED    Date/time [[DATE:Fri 14.02.25]] @ 1930
Resident: Mrs [[NAME:Florence Ellen Cross]]   Aged [[AGE:94]]  (DOB [[DATE:3rd Sept 1930]])   Room 12
DVA Gold Card [[MRN:TX 204817]]    Medicare [[MRN:4021 66390 3 / 1]]    RHH UR [[MRN:R2001783]]
NOK: son [[NAME:Bishop Cross]] (yes, his given name) [[PHONE:0438 220 915]]; daughter [[NAME:Rose Wyatt]] [[PHONE:(03) 6272 4418]]
Advance care directive: yes (copy attached, signed [[DATE:12 May 2022]]) - not for CPR, for ward-based care.
Reason: new confusion since 1400, fever {{vital:T 38.6}}, {{vital:HR 108}}, {{vital:BP 102/60}}, {{vital:SpO2 93%}} RA, {{lab:BGL 9.1}}.
Baseline: mild dementia, walks with 4WW, {{score:MMSE 22}} ([[DATE:10/01/2025]]). Continent by day.
Meds: {{drug:donepezil}} {{dose:5 mg}}, {{drug:Cartia}} {{dose:100 mg}}, {{drug:Panadol Osteo}} {{dose:1330 mg}} BD, {{drug:Movicol}} PRN, {{drug:Prolia}} 6-monthly (last [[DATE:4/12/24]]).
Allergy: {{drug:trimethoprim}} (hives).
Urine dip smelly, nitrites +. GP (Dr [[NAME:Anand Iyer]]) phoned - afterhours service, advised transfer.
Ambulance Tas case [[MRN:AT-250214-0377]]. Handover given to [[NAME:Mercy Abubakar]] (triage RN) by phone [[PHONE:6166 8308]].
RN in charge: [[NAME:Grace Ntuli]]. Contact facility [[PHONE:03 6273 9900]].
""", summary="""
Mrs [[NAME:Florence Cross]], aged [[AGE:94]], was transferred from her aged care home to Royal Hobart Hospital on [[DATE:14.02.25]] with acute confusion and fever ({{vital:T 38.6}}), likely urinary sepsis. Her advance care directive says not for CPR, and her son [[NAME:Bishop Cross]] is NOK.
"""),
    dict(style="nz_mental_health_letter", note="""
Te Whatu Ora Waitaha Canterbury - Specialist Mental Health Services - Te Korowai Atawhai (Māori Mental Health)
[[ADDRESS:Hillmorton]], [[ADDRESS:Christchurch]]     Ph [[PHONE:(03) 339 1169]]    Crisis resolution [[PHONE:0800 920 092]]

[[DATE:25/2/2025]]
Tēnā koe Dr [[NAME:Paewai]],
RE: [[NAME:Rāwiri Tautahi Nikora]]   NHI [[MRN:KRT5531]]   DOB [[DATE:5-4-2001]]   [[ADDRESS:Aranui]]

Thank you for your referral. [[NAME:Rāwiri]] ("[[NAME:Ra]]" to whānau) was seen at home on [[DATE:19 Feb]] by me and
kaimahi [[NAME:Huia Tamihana]] with his nan, [[NAME:Mihi]], and uncle [[NAME:Ben]] present.
Three months of sleeplessness, hearing his late koro's voice, and believing neighbours are watching him through the
TV. Cannabis daily since age {{age:15}}. No weapons. {{score:HoNOS 18}}. No violence; {{score:PANSS positive 21}}.
Working diagnosis: first-episode psychosis, cannabis may contribute.
He agreed to {{drug:aripiprazole}} {{dose:5 mg}} daily (baseline bloods/ECG done [[DATE:20/02]]: {{lab:QTc 412}}, {{lab:prolactin 9}}).
Early Intervention Service keyworker will be [[NAME:Nikau]] - first visit [[DATE:Wed 5th]]. Whānau hui to be arranged with [[NAME:huia]].
Nan's number for contact (his phone often off): [[PHONE:027 661 0094]].

Nāku noa, nā
[[NAME:Aperahama]] "[[NAME:Abe]]" [[NAME:Walker]], Psychiatrist
""", summary="""
[[NAME:Rāwiri Nikora]] was seen at home on [[DATE:19 Feb]] with suspected first-episode psychosis and daily cannabis use ({{score:PANSS positive 21}}). He started {{drug:aripiprazole}} {{dose:5 mg}} daily, with Early Intervention keyworker [[NAME:Nikau]] and a whānau hui planned.
"""),
    dict(style="patient_portal_message", note="""
MyChart message - received [[DATE:2025-03-09]] 22:41  - routed to pool FMC-ROSEMONT
From: [[NAME:sylvie ouellet-brassard]] (proxy for [[NAME:Gérard Ouellet]], father)   Health card [[MRN:OUEG 3104 2219]]

bonjour dr [[NAME:nadeau]], sorry for my english. papa had the blood test last tuesday [[DATE:march 4]] and the lab said
you will call but nobody call. he is still very tired and his legs more swollen since sunday...
he take the {{drug:lasix}} {{dose:40}} in the morning and the {{drug:eliquis}} {{dose:5}} two times. also the pharmacist at
Jean Coutu ([[ADDRESS:rue Beaubien]]) said the {{drug:Tylenol arthrite}} is ok but not the {{drug:Advil}} - is it true?
can someone call me [[PHONE:514 555 0199]] or my brother [[NAME:Réal]] at work [[PHONE:1-450-555-0147 ext. 212]].
we have the appointment [[DATE:the 20th]] but i think it is too far. merci beaucoup
[[NAME:Sylvie]]
---
Reply [[DATE:2025-03-10]] 08:15 [[NAME:mleblanc]] (RN): Called daughter. Wt up 2.5 kg, no SOB at rest. Appt moved to [[DATE:Wed Mar 12]] 1030 with Dr [[NAME:Nadeau]]. Lab: {{lab:creat 141}}, {{lab:K 5.2}}, {{lab:BNP 980}}.
""", summary="""
[[NAME:Sylvie Ouellet-Brassard]] messaged on [[DATE:2025-03-09]] that her father [[NAME:Gérard Ouellet]] had worsening leg swelling and fatigue on {{drug:lasix}} and {{drug:eliquis}}. The RN called back and moved his appointment with Dr [[NAME:Nadeau]] to [[DATE:Mar 12]]; labs showed {{lab:BNP 980}}.
"""),
    dict(style="canadian_postop_note", note="""
POST-OP NOTE - General Surgery
Procedure: Laparoscopic cholecystectomy (elective), intraop cholangiogram not done.
Findings: chronically inflamed GB, adhesions to omentum, {{eponym:Calot's}} triangle dissected - critical view of safety achieved.
{{eponym:Hartmann's}} pouch stone impacted, extracted. Cystic artery and duct clipped x2 each (Hem-o-lok).
EBL 20 mL. No drain. Specimen to pathology.
Anesthesia: GA, ETT. {{drug:cefazolin}} {{dose:2 g}} IV pre-incision. {{drug:dexamethasone}} {{dose:8 mg}}, {{drug:ondansetron}} {{dose:4 mg}} for PONV.
PACU: {{vital:BP 124/72}}, {{vital:HR 70}}, {{vital:SpO2 98%}} RA, pain 3/10, {{score:Aldrete 10}}.
Plan: same-day discharge if tolerating fluids and voiding. {{drug:acetaminophen}} {{dose:1 g}} q6h + {{drug:celecoxib}} {{dose:200 mg}} BID x5d;
{{drug:hydromorphone}} {{dose:1 mg}} q4h PRN (6 tabs, Rx written). Return to ED for fever, jaundice, increasing pain.
Clinic follow-up 2-3 weeks; path to be reviewed.
""", summary="""
An uncomplicated elective laparoscopic cholecystectomy with critical view of safety and an impacted {{eponym:Hartmann's}} pouch stone removed. The plan is same-day discharge with {{drug:acetaminophen}}, {{drug:celecoxib}} and limited {{drug:hydromorphone}}.
"""),
    dict(style="au_mdt_list", note="""
PETER MACCALLUM CANCER CENTRE - LUNG MDM - [[DATE:Thursday 20 March 2025]] 0730 - Room 5.02 / Teams
Chair: A/Prof [[NAME:Deepa Raghunathan]]   Coordinator: [[NAME:Summer Nguyen-Tait]] ([[PHONE:03 8559 5000]] ext [[PHONE:7121]])

# | Patient                          | UR        | DOB        | Referrer         | Question
1 | [[NAME:WATSON, Cecil]]                    | [[MRN:PM448120]]  | [[DATE:12/07/1949]] | Dr [[NAME:Bo Lam]]        | RUL 2.8 cm, PET avid (SUV 9.1), EBUS [[DATE:13/3]] N0 -> SABR vs lobectomy?
2 | [[NAME:Tipene-Hura, Marama]]              | [[MRN:PM451977]]  | [[DATE:3.3.1962]]  | Mr [[NAME:Pasquale]]     | adenoCA, EGFR ex19del, brain mets x2 -> {{drug:osimertinib}} + SRS timing
3 | [[NAME:D'Souza, Anthony]]                 | [[MRN:PM390016]]  | [[DATE:28-11-1955]] | Dr [[NAME:Oh]]           | SCLC ES, post 4 cycles carbo/etoposide/{{drug:durvalumab}}; PCI?
4 | [[NAME:Yunupingu-Marika, Dhuwarrwarr]]    | [[MRN:PM455203]]  | [[DATE:1970/10/08]] | Dr [[NAME:Hemi Ruatapu]] (NT) | mesothelioma, asbestos ([[ADDRESS:Wittenoom]]?) - for trial?
Notes: #4 via video from [[ADDRESS:Nhulunbuy]] with AHW [[NAME:Djalu Gurruwiwi]] - Yolŋu Matha interpreter booked ([[NAME:E. Wunungmurra]]).
#1 {{score:ECOG 1}}, {{lab:FEV1 62%}}, {{lab:DLCO 48%}}. #2 {{score:ECOG 0}}. #3 {{score:ECOG 2}}.
Outcomes to be entered by [[NAME:snguyentait]] by [[DATE:21/03]]. Next MDM [[DATE:27-Mar]].
""", summary="""
The Peter MacCallum lung MDM on [[DATE:20 March 2025]] reviewed four patients, including [[NAME:Cecil Watson]] (RUL 2.8 cm, SABR vs lobectomy) and [[NAME:Marama Tipene-Hura]] (EGFR-mutant with brain mets, for {{drug:osimertinib}}). [[NAME:Dhuwarrwarr Yunupingu-Marika]] joined by video from [[ADDRESS:Nhulunbuy]] about a trial for mesothelioma.
"""),
    dict(style="bc_clinic_note", note="""
Vancouver Coastal Health - St. Paul's Hospital - HIV/Hepatology Clinic
PHN [[MRN:9876 543 210]]   MRN [[MRN:SPH 7004 182]]   Name [[NAME:Tremblay, Mathieu R.]]   DOB [[DATE:1985.01.19]]
Visit [[DATE:2025-02-27]]   MD: Dr. [[NAME:Om Prakash Sharma]] - phone [[PHONE:604.682.2344]] x[[PHONE:63118]], fax [[PHONE:604-806-8527]]

{{age:40}} M, HIV dx 2011, on {{drug:Biktarvy}} 1 tab daily, {{lab:VL <40}} x 6 yrs, {{lab:CD4 612}} ({{lab:31%}}).
Here for HCV re-infection: {{lab:HCV RNA 1.2 x 10^6}} IU/mL ([[DATE:Jan 29]]), genotype 3a. {{lab:ALT 88}}. FibroScan 6.1 kPa (F1).
Uses methamphetamine intermittently, no injecting since Nov. Partner [[NAME:Will]] also tested - negative.
Plan: {{drug:Epclusa}} {{dose:400/100 mg}} daily x 12 wks, start [[DATE:Mar 3]]. PharmaCare Special Authority approved
(ref [[MRN:SA-2025-0883917]]). No DDI with {{drug:Biktarvy}} per Liverpool checker. SVR12 bloods ~[[DATE:Aug 26th]].
Peer navigator [[NAME:Lincoln Whitehorse]] will text reminders ([[PHONE:778-555-0106]]). [[NAME:Mathieu]]'s cell [[PHONE:+1 (604) 555-0181]].
Outreach address if no phone: c/o Dr. Peter Centre, [[ADDRESS:1110 Comox St]].
""", summary="""
[[NAME:Mathieu Tremblay]] ({{age:40}}), with well-controlled HIV on {{drug:Biktarvy}}, was seen on [[DATE:2025-02-27]] for HCV genotype 3a re-infection. He starts {{drug:Epclusa}} for 12 weeks on [[DATE:Mar 3]], supported by peer navigator [[NAME:Lincoln Whitehorse]].
"""),
    dict(style="nz_acc_letter", note="""
Lakes Physio & Sports Medicine, [[ADDRESS:1142 Tutanekai Street, Rotorua 3010]]   P [[PHONE:07 348 2266]]   E [[EMAIL:admin@lakesphysio.co.nz]]

[[DATE:03/03/2025]]
ACC Case Manager - Hamilton Service Centre   (by email: [[EMAIL:r.henare@acc.co.nz]])
Claim number: [[MRN:10447 82231]]   ACC45: [[MRN:KF 738 201]]   Date of injury: [[DATE:17/01/2025]]
Client: [[NAME:Mere Ngāwhika-Tūhoe]]   NHI [[MRN:LTR2206]]   DOB [[DATE:08/12/1991]]

Kia ora [[NAME:Rangi]],
Re: request for further treatment (ACC32). [[NAME:Mere]] ruptured her R ACL playing netball on [[DATE:17 Jan]]; MRI
[[DATE:31/1]] confirmed complete ACL tear, grade 2 MCL, bone bruising. Surgery by Mr [[NAME:Jean-Luc Vézina]] (Grace Hospital,
[[ADDRESS:Tauranga]]) on [[DATE:Friday 21st February]] - hamstring autograft.
Progress: ROM 0-95, quads lag 10 deg, {{score:Lysholm 58}}, {{score:IKDC 41}}. Pain 4/10 with stairs.
We have used 12 of 16 approved sessions. Requesting 20 further sessions over [[DATE:10/03/25]] - [[DATE:30/06/25]] per
post-ACLR protocol, plus gym programme. Expected RTS 9-12 months.
Ngā mihi,
[[NAME:Hunter Rewiti]], Physiotherapist  (HPI CPN [[MRN:86ABCD]])  - [[PHONE:021 889 614]]
""", summary="""
Physiotherapist [[NAME:Hunter Rewiti]] asked ACC on [[DATE:03/03/2025]] for 20 more sessions for [[NAME:Mere Ngāwhika-Tūhoe]] after her ACL reconstruction on [[DATE:21st February]]. Her scores were {{score:Lysholm 58}} and {{score:IKDC 41}}.
"""),
]
