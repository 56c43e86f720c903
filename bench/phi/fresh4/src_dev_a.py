# Hand-written dev notes, part A: ED triage, ICU progress, admission H&P, outpatient SOAP, PT/OT therapy.
NOTES = [
dict(style="ed_triage", note="""
ED TRIAGE  |  Arrival 02:14  |  Acuity ESI 2
Pt: [[NAME:Oyelaran, Babatunde]]   DOB [[DATE:03/22/1958]]   MRN [[MRN:E-4471902]]
Arrived by private car with wife [[NAME:Funmilayo]] and son [[NAME:Tunde]].
CC: crushing chest pressure x 40 min, radiating to L jaw.
Vitals: {{vital:BP 168/97}}  {{vital:HR 112}}  {{vital:RR 22}}  {{vital:SpO2 93%}} RA  {{vital:T 36.8}}
Pain {{score:8/10}}. Took {{drug:aspirin}} {{dose:325 mg}} at home per son.
Meds: {{drug:Eliquis}} {{dose:5 mg}} BID (AF), {{drug:metoprolol}} {{dose:50 mg}}.
PCP Dr. [[NAME:Ingrid Solvang]], ph [[PHONE:(614) 882-3309]].
Lives [[ADDRESS:1187 Larchmont Ct, Westerville, OH 43081]].
ECG to Dr. [[NAME:Haddad]] at 02:17. Triage RN [[NAME:K. Beaudry]].
""", summary="""
[[NAME:Babatunde Oyelaran]] triaged ESI 2 for chest pressure with {{vital:HR 112}} on {{drug:Eliquis}}; ECG shown to Dr. [[NAME:Haddad]].
"""),
dict(style="ed_triage", note="""
TRIAGE NOTE
Name: [[NAME:MARISOL QUINTANILLA-REYES]]  Age {{age:34}}  Acct [[MRN:88023471]]
Walked in c/o fever, dysuria, R flank pain since Tues. Pregnant? denies, LMP [[DATE:2/11]].
{{eponym:Murphy sign}} neg per triage exam. CVA tenderness R.
{{vital:Temp 39.2}} {{vital:P 118}} {{vital:BP 96/58}} {{vital:RR 20}}
qSOFA {{score:2}}. Sepsis alert called 09:41.
Allergies: {{drug:Bactrim}} (rash).
Emergency contact: sister [[NAME:Yesenia]] [[PHONE:915-440-2786]].
Interpreter not needed. Registration clerk [[NAME:Dwayne Holloway]].
""", summary="""
[[NAME:Marisol Quintanilla-Reyes]] ({{age:34}}) with fever and R flank pain, {{score:qSOFA 2}}; sepsis alert called, sister [[NAME:Yesenia]] reachable at [[PHONE:915-440-2786]].
"""),
dict(style="ed_triage", note="""
ESI 3 -- triage
Pt is a [[AGE:94]] yo F from Brookhaven Manor brought by EMS after unwitnessed fall.
{{score:GCS 14}} (E4V4M6). {{eponym:Glasgow score}} baseline per facility 15.
On {{drug:Xarelto}} {{dose:15 mg}} daily -> CT head ordered per protocol.
{{vital:BP 142/80}} {{vital:HR 74}} {{vital:SpO2 97%}}
Facility nurse [[NAME:Priyanka Venkataraman]] called report from [[PHONE:(716) 555-0193 x214]].
Daughter [[NAME:Lorraine Czajkowski]] en route from [[ADDRESS:Cheektowaga]].
Pt name [[NAME:Czajkowski, Halina]], DOB [[DATE:07/04/1931]].
""", summary="""
[[AGE:94]]-year-old [[NAME:Halina Czajkowski]] fell at her facility while on {{drug:Xarelto}}; CT head ordered and daughter [[NAME:Lorraine]] is en route.
"""),
dict(style="ed_triage", note="""
TRIAGE (no identifiers - protocol example card)
Chief complaint: abdominal pain RLQ x 18 h.
{{vital:T 38.1}}, {{vital:HR 104}}, {{vital:BP 128/76}}.
Alvarado score {{score:7}}. {{eponym:Rovsing sign}} positive. {{eponym:McBurney point}} tender.
Given {{drug:ondansetron}} {{dose:4 mg}} IV, {{drug:morphine}} {{dose:4 mg}} IV.
{{lab:WBC 15.2}} on POC.
Surgery paged. NPO.
""", summary="""
Example triage card: RLQ pain with {{score:Alvarado 7}} and {{lab:WBC 15.2}}; {{drug:ondansetron}} and {{drug:morphine}} given, surgery paged.
"""),
dict(style="ed_triage", note="""
Triage [[DATE:1/2/2025]] -- [[NAME:tomasz wierzbicki]] ([[NAME:tom]])  DOB [[DATE:1990-08-17]]
Laceration L palm from box cutter at work (warehouse on [[ADDRESS:Grand River Ave]]).
Last tetanus unknown. Bleeding controlled w/ pressure.
{{vital:BP 134/88}} {{vital:HR 90}}. Pain {{score:5/10}}.
Supervisor [[NAME:Renee Szabo]] called, work comp claim # [[MRN:WC-2025-003318]].
Tdap + {{drug:lidocaine}} {{dose:1%}} at bedside. PA [[NAME:Ostrowski]] to repair.
""", summary="""
[[NAME:Tomasz Wierzbicki]] triaged for a work-related palm laceration; claim [[MRN:WC-2025-003318]], repair by PA [[NAME:Ostrowski]].
"""),
dict(style="icu_progress", note="""
MICU PROGRESS NOTE  HD#6   [[DATE:Fri 11/15]]
Pt: [[NAME:Delacroix-Baptiste, Emmanuel]]  MRN [[MRN:0036 7712 45]]
S: Remains intubated. Wife [[NAME:Nadège]] at bedside overnight; she asks that Dr. [[NAME:Lindqvist]] call her at [[PHONE:786.331.9024]].
O: {{vital:MAP 64}} on {{drug:norepinephrine}} {{dose:0.08 mcg/kg/min}}; Levo weaned from {{dose:0.14}} overnight.
Vent AC {{vital:FiO2 45%}} PEEP 10. {{lab:lactate 2.1}} (from {{lab:4.8}}).
Sputum: {{eponym:Klebsiella pneumoniae}}, pan-S except ampicillin.
{{eponym:Foley}} in place, UOP 0.6 mL/kg/h.
A/P: septic shock from {{eponym:Klebsiella}} PNA, on {{drug:ceftriaxone}} {{dose:2 g}} daily.
SAT/SBT this AM. {{score:RASS -2}}.
Discussed with fellow [[NAME:Akua Mensah-Bonsu]], MD. Attending [[NAME:Per Lindqvist]], MD.
""", summary="""
[[NAME:Emmanuel Delacroix-Baptiste]] (MRN [[MRN:0036 7712 45]]) with {{eponym:Klebsiella}} septic shock is weaning {{drug:norepinephrine}}; wife [[NAME:Nadège]] wants Dr. [[NAME:Lindqvist]] to call.
"""),
dict(style="icu_progress", note="""
CVICU Day 3 s/p CABG x3 ([[DATE:12/09/2024]])
[[NAME:Hyun-woo Bae]], {{age:71}}M, MRN [[MRN:21-558-0934]]
Overnight: AF w RVR to 150s, {{drug:amiodarone}} {{dose:150 mg}} bolus then gtt. Bolus given 01:10 by RN [[NAME:Grace Ambrose]].
Chest tubes out. {{eponym:Swan-Ganz}} removed. {{lab:Hgb 8.4}}, {{lab:Cr 1.6}} (baseline {{lab:1.1}}).
{{vital:CI 2.3}}.
Daughter [[NAME:Ji-yeon]] (phone [[PHONE:201-667-4410]]) updated by Dr. [[NAME:Teodorescu]].
Plan: transfer to stepdown if rate controlled. Diurese with {{drug:Lasix}} {{dose:40 mg}} IV.
-- [[NAME:Mihai Teodorescu]], MD, cardiac surgery
""", summary="""
[[NAME:Hyun-woo Bae]] on day 3 after CABG had AF with RVR treated with {{drug:amiodarone}}; daughter [[NAME:Ji-yeon]] updated by Dr. [[NAME:Teodorescu]].
"""),
dict(style="icu_progress", note="""
Neuro ICU progress  -- teaching case, de-identified
Day 4 after SAH, Hunt and Hess {{score:3}}, Fisher grade {{score:4}}.
TCD velocities rising MCA L {{vital:165 cm/s}}.
On {{drug:nimodipine}} {{dose:60 mg}} q4h. Na {{lab:131}}, started {{drug:fludrocortisone}} {{dose:0.1 mg}}.
EVD at 15 cm H2O, output 180 mL/24h.
Glasgow {{score:GCS 13}}. {{eponym:Kernig sign}} positive.
Plan: euvolemia, daily TCDs.
""", summary="""
De-identified SAH teaching case on day 4, {{score:Hunt and Hess 3}}, with rising TCD velocities on {{drug:nimodipine}} {{dose:60 mg}} q4h.
"""),
dict(style="icu_progress", note="""
SICU PN -- [[NAME:Wanjiru Kamau]] ({{age:58}}F) POD 2 {{eponym:Whipple}} ([[DATE:Jan 27th]])
Pancreatic leak? drain amylase {{lab:2,400}}. {{vital:T 38.4}}.
{{drug:Zosyn}} {{dose:4.5 g}} q6h started. Candida in drain cx -> add {{drug:fluconazole}} {{dose:400 mg}}.
Husband [[NAME:Githinji]] asks for updates via [[EMAIL:githinji.kamau@kwikmail.com]]; consent on file, signed by pt [[DATE:1/25/2025]].
Surgeon Dr. [[NAME:Adebayo Ogundipe]]. Spoke w/ [[NAME:Ogundipe]] 07:30.
Home: [[ADDRESS:44 Birchwood Ln Apt 3B, Hamden CT 06514]].
""", summary="""
[[NAME:Wanjiru Kamau]] is febrile on POD 2 after a {{eponym:Whipple}} with Candida in the drain; {{drug:fluconazole}} added and husband [[NAME:Githinji]] updated by e-mail.
"""),
dict(style="icu_progress", note="""
MICU night float event note [[DATE:2024-03-02]] 03:40
Called to bedside for [[NAME:Leopold Fairweather]] (MRN [[MRN:77310562]]): sudden desat to {{vital:SpO2 81%}}.
BiPAP 14/6 started. ABG {{lab:7.28/58/64}}.
CXR: worsening R effusion. {{drug:Heparin}} gtt held for possible thoracentesis.
Discussed with on-call attending Dr. [[NAME:Sunniva Aaland]] by phone (pager [[PHONE:4418]]).
RN [[NAME:Will Carrow]] at bedside. Pt's partner [[NAME:Desmond Achterberg]] notified at 03:55.
-- [[NAME:R. Villanueva]], MD (PGY-2)
""", summary="""
Overnight [[NAME:Leopold Fairweather]] desaturated to {{vital:SpO2 81%}} and was placed on BiPAP; heparin held and Dr. [[NAME:Aaland]] informed.
"""),
dict(style="admission_hp", note="""
ADMISSION H&P   [[DATE:04/18/2024]]
Patient: [[NAME:Ngozi Chukwuemeka-Adeyemi]]    MRN: [[MRN:A0091-2273]]    DOB: [[DATE:9/3/1961]]
Source: [[NAME:Chinedu]] (husband), pt, chart.
HPI: {{age:62}} yo F w/ T2DM, CKD 3b presenting with 3 days of vomiting, {{lab:glucose 512}}, {{lab:AG 24}}, {{lab:beta-hydroxybutyrate 6.1}}. On {{drug:Jardiance}} {{dose:25 mg}} -> euglycemic-ish DKA.
PMH: {{eponym:Hashimoto thyroiditis}} on {{drug:levothyroxine}} {{dose:88 mcg}}. {{eponym:Bell palsy}} 2011.
SH: retired teacher, lives at [[ADDRESS:2290 Poplar Crest Dr, Decatur, GA 30034]] with husband. No tobacco.
FH: mother [[NAME:Adaeze]] d. stroke; brother [[NAME:Obinna]] with ESRD.
PE: {{vital:BP 102/64}} {{vital:HR 108}} {{eponym:Kussmaul respirations}}.
A/P: DKA -> insulin gtt per protocol, hold {{drug:Jardiance}}. Endocrine consult (Dr. [[NAME:Marguerite Pellerin]]).
Admitting: [[NAME:Tobias Wexford]], DO. Cosign [[NAME:Hope Lindgren-Ashby]], MD.
""", summary="""
[[NAME:Ngozi Chukwuemeka-Adeyemi]] admitted [[DATE:04/18/2024]] with DKA while on {{drug:Jardiance}}; endocrine consult with Dr. [[NAME:Pellerin]].
"""),
dict(style="admission_hp", note="""
H&P -- Hospital Medicine
[[NAME:Raimundo Pacheco Saavedra]], {{age:79}}M, admitted from clinic of Dr. [[NAME:Estrella Banerjee]].
CC: progressive dyspnea; orthopnea 3 pillows.
PMH: {{eponym:Parkinson disease}} (on {{drug:Sinemet}} {{dose:25/100}} TID), HFrEF EF 25%, {{eponym:Barrett esophagus}}.
Meds also {{drug:Entresto}} {{dose:49/51 mg}}, {{drug:spironolactone}} {{dose:25 mg}}.
Exam: JVP 12 cm, {{vital:BP 110/70}}, bilateral crackles, 3+ edema.
{{lab:BNP 2,380}}, {{lab:K 5.4}}.
Social: widower; niece [[NAME:Araceli Pacheco]] is HCP, cell [[PHONE:(505) 219-8870]]; lives alone in [[ADDRESS:Los Lunas]].
Plan: IV diuresis, hold spironolactone, PT/OT.
[[NAME:J. Whitcombe]], MD
""", summary="""
[[NAME:Raimundo Pacheco Saavedra]] with HFrEF and {{eponym:Parkinson disease}} admitted for volume overload ({{lab:BNP 2,380}}); niece [[NAME:Araceli Pacheco]] is his HCP.
"""),
dict(style="admission_hp", note="""
ADMISSION H&P (template audit sample - no patient data)
HPI: {{age:45}} yo with alcohol use disorder, hematemesis x2.
{{score:Glasgow-Blatchford 11}}. {{lab:Hgb 7.1}}, {{lab:BUN 48}}.
Started {{drug:pantoprazole}} {{dose:80 mg}} IV, {{drug:octreotide}} {{dose:50 mcg/h}}, {{drug:ceftriaxone}} {{dose:1 g}}.
CIWA {{score:12}}; {{drug:lorazepam}} {{dose:2 mg}} given.
Child-Pugh {{score:B8}}. {{eponym:Mallory-Weiss}} vs varices.
Plan: EGD within 12 h.
""", summary="""
Audit sample H&P: upper GI bleed with {{score:Glasgow-Blatchford 11}} and {{lab:Hgb 7.1}}, started {{drug:octreotide}} and {{drug:pantoprazole}}, EGD within 12 h.
"""),
dict(style="admission_hp", note="""
Adm H&P [[DATE:Sept 30, 2024]]
Pt [[NAME:Sione Fifita]] ({{age:27}}M), MRN [[MRN:300-44-18]], BIB roommate [[NAME:Kekoa]] from [[ADDRESS:915 Kapahulu Ave #12, Honolulu, HI 96816]].
HPI: 5 d fever, myalgia, conjunctival suffusion after hiking -> leptospirosis suspected. {{lab:Cr 2.9}}, {{lab:plt 62}}.
Started {{drug:penicillin G}} {{dose:1.5 million units}} q6h.
Mother [[NAME:Mele Fifita]] in [[ADDRESS:Nuku'alofa]], reachable on WhatsApp [[PHONE:+676 771 2094]].
ID consult: Dr. [[NAME:Noelani Kahananui]].
Resident: [[NAME:Bartholomew Price]], MD
""", summary="""
[[NAME:Sione Fifita]] admitted [[DATE:9/30/2024]] with suspected leptospirosis ({{lab:Cr 2.9}}) on {{drug:penicillin G}}; ID consult by Dr. [[NAME:Kahananui]].
"""),
dict(style="admission_hp", note="""
HISTORY & PHYSICAL
Name: [[NAME:Abernathy, Cordelia]] "[[NAME:Dee]]"
DOB: [[DATE:02-14-1933]] ([[AGE:91]] y)   MRN [[MRN:H77821034]]
Reason: hip fracture after fall at home [[ADDRESS:318 W. Mulberry St, Bloomington IN 47404]].
PMH: {{eponym:Paget disease}} of bone, {{eponym:Sjogren syndrome}}, CKD.
Meds: {{drug:Fosamax}} {{dose:70 mg}} weekly (stopped), {{drug:hydroxychloroquine}} {{dose:200 mg}}.
{{vital:BP 150/84}}, {{lab:Hgb 10.9}}, {{lab:INR 1.0}}.
Barthel index pre-fall {{score:85}}.
HCP: son [[NAME:Graham Abernathy]], [[PHONE:812-334-0761]]; grandson [[NAME:Ellis]] lives with her.
Ortho (Dr. [[NAME:Fenwick-Oduya]]) plans ORIF tomorrow.
""", summary="""
[[AGE:91]]-year-old [[NAME:Cordelia Abernathy]] admitted with hip fracture, {{score:Barthel 85}} before the fall; son [[NAME:Graham]] is HCP and ORIF is planned by Dr. [[NAME:Fenwick-Oduya]].
"""),
dict(style="soap_clinic", note="""
S: [[NAME:Ludmila Hrabovská]] returns for f/u HTN/DM. Home BPs 140s. Taking {{drug:lisinopril}} {{dose:20 mg}}, {{drug:metformin}} {{dose:1000 mg}} BID. Daughter [[NAME:Zuzana]] helps with pillbox.
O: {{vital:BP 146/88}} {{vital:HR 76}} {{vital:BMI 31.4}}. {{lab:A1c 8.2}} ([[DATE:10/02/24]]). Monofilament intact.
A: HTN uncontrolled, T2DM above goal.
P: add {{drug:amlodipine}} {{dose:5 mg}}. Start {{drug:Ozempic}} {{dose:0.25 mg}} weekly. RTC 3 mo.
Referral to podiatry, Dr. [[NAME:Okwuosa]].
[[NAME:Magnus Eriksen-Tate]], MD  |  [[NAME:M. Eriksen-Tate]] e-signed [[DATE:10/09/2024]]
""", summary="""
[[NAME:Ludmila Hrabovská]] has uncontrolled HTN and {{lab:A1c 8.2}}; {{drug:amlodipine}} and {{drug:Ozempic}} started by Dr. [[NAME:Eriksen-Tate]].
"""),
dict(style="soap_clinic", note="""
Clinic SOAP -- Family Med
Pt: [[NAME:Deshawn Rutledge]]  Age {{age:17}}  Accompanied by grandmother [[NAME:Ernestine Rutledge]]
S: Sports physical + acne. On {{drug:doxycycline}} {{dose:100 mg}} from derm.
O: {{vital:BP 118/72}}, {{vital:HR 58}}. Tanner stage {{score:5}}. Vision 20/20.
A/P: cleared for football. Counsel re {{drug:doxycycline}} photosensitivity.
Form faxed to coach [[NAME:Pruitt]] at Fairview HS, fax [[PHONE:(479) 751-2266]].
Next visit [[DATE:Tues 6/3]]. Seen by NP [[NAME:Kiersten Vold]].
""", summary="""
{{age:17}}-year-old [[NAME:Deshawn Rutledge]] cleared for football at {{score:Tanner stage 5}}; form faxed to coach [[NAME:Pruitt]].
"""),
dict(style="soap_clinic", note="""
SOAP (sample for resident education)
S: {{age:52}} yo with 2 wk of polyuria. No weight loss.
O: {{vital:BP 132/84}}, {{lab:fasting glucose 168}}, {{lab:A1c 7.4}}, {{lab:LDL 142}}.
A: new T2DM. ASCVD risk {{score:12.8%}}.
P: {{drug:metformin}} {{dose:500 mg}} daily x1 wk then BID; {{drug:atorvastatin}} {{dose:40 mg}}. Diabetes education. Eye exam.
""", summary="""
Educational sample: new T2DM with {{lab:A1c 7.4}}, starting {{drug:metformin}} {{dose:500 mg}} and {{drug:atorvastatin}} {{dose:40 mg}}.
"""),
dict(style="soap_clinic", note="""
S: [[NAME:Farida]] ({{age:39}}) c/o palpitations & weight loss. Husband [[NAME:Karim Benmoussa]] interprets (declined professional interpreter).
O: {{vital:HR 118}}, tremor, goiter. {{lab:TSH <0.01}}, {{lab:free T4 4.2}}. {{eponym:Graves disease}} likely, TRAb pending.
A: hyperthyroidism.
P: {{drug:methimazole}} {{dose:10 mg}} daily, {{drug:propranolol}} {{dose:20 mg}} TID. CBC/LFT in 4 wk ([[DATE:March 11]]).
Patient: [[NAME:BENMOUSSA, FARIDA]]  MRN [[MRN:5521984]]  Ph [[PHONE:617 442 0918]]
Provider: [[NAME:Ottilie Brandvold]], PA-C
""", summary="""
[[NAME:Farida Benmoussa]] with likely {{eponym:Graves disease}} ({{lab:TSH <0.01}}) started on {{drug:methimazole}}; labs due [[DATE:March 11]].
"""),
dict(style="soap_clinic", note="""
SOAP Note -- Geriatrics  [[DATE:6 Aug 2024]]
S: [[NAME:Wilhelmina Ostergaard]], [[AGE:96]], here with caregiver [[NAME:Rosalind Achebe]]. Memory worse, 2 falls since [[DATE:July 20th]].
O: MoCA {{score:14/30}}. {{vital:orthostatic BP 138/74 -> 112/66}}. Timed up and go 22 s.
Meds: {{drug:donepezil}} {{dose:10 mg}}, {{drug:Norco}} {{dose:5/325}} PRN.
A: dementia progression, orthostasis, fall risk.
P: stop {{drug:Norco}}, start {{drug:acetaminophen}} {{dose:650 mg}} TID. Home safety eval at [[ADDRESS:7 Quarry Hill Rd, Montpelier VT 05602]].
Son [[NAME:Lars]] by phone [[PHONE:802-229-6631]].
Dr [[NAME:Ishaan Mukherjee]]
""", summary="""
[[AGE:96]]-year-old [[NAME:Wilhelmina Ostergaard]] with worsening dementia (MoCA {{score:14/30}}) and falls; {{drug:Norco}} stopped and home safety evaluation ordered.
"""),
dict(style="pt_ot_therapy", note="""
PHYSICAL THERAPY DAILY NOTE   [[DATE:5/14/2024]]
Pt: [[NAME:Augustin Mbeki-Lyons]]   MRN [[MRN:PT-0044219]]
Dx: R TKA POD 1. Pain {{score:6/10}} after {{drug:oxycodone}} {{dose:5 mg}}.
ROM R knee 5-72 deg. Quad lag present.
Gait: RW, 60 ft x2, CGA. {{vital:HR 96}} post-gait, {{vital:SpO2 95%}}.
Berg Balance {{score:38/56}}.
Wife [[NAME:Colette]] trained in car transfer.
Plan: BID PT, d/c home [[DATE:5/16]] with HHPT (agency contact [[NAME:Jo Fairbanks]], [[PHONE:(802) 555-4130]]).
-- [[NAME:Stellan Rask]], PT, DPT
""", summary="""
[[NAME:Augustin Mbeki-Lyons]] walked 60 ft with RW on POD 1 after TKA, {{score:Berg 38/56}}; home discharge planned [[DATE:5/16]].
"""),
dict(style="pt_ot_therapy", note="""
OT EVAL
[[NAME:Xochitl Tlatelpa]] {{age:66}}F, L MCA stroke [[DATE:08/01/2024]].
R hemiparesis, R neglect mild. Barthel index {{score:40/100}}. FIM eating {{score:5}}.
Trialed built-up utensils. Brunnstrom stage {{score:3}} RUE.
On {{drug:clopidogrel}} {{dose:75 mg}} + {{drug:aspirin}} {{dose:81 mg}}.
Son [[NAME:Cuauhtémoc]] ("[[NAME:Temo]]") present, will be primary caregiver at [[ADDRESS:Cicero, IL]].
OT: [[NAME:Linnea Haugland]], OTR/L
""", summary="""
OT evaluation for [[NAME:Xochitl Tlatelpa]] after L MCA stroke, {{score:Barthel 40/100}}; son [[NAME:Temo]] will be primary caregiver.
"""),
dict(style="pt_ot_therapy", note="""
PT Progress note (copy for QA, identifiers removed)
Dx: lumbar radiculopathy L5. Straight leg raise + at 40 deg.
Oswestry {{score:42%}}. Pain {{score:4/10}}.
{{eponym:McKenzie extension protocol}}; {{eponym:Trendelenburg gait}} resolving.
On {{drug:gabapentin}} {{dose:300 mg}} TID, {{drug:meloxicam}} {{dose:15 mg}}.
Plan: 2x/wk x 4 wk.
""", summary="""
QA copy: L5 radiculopathy improving with McKenzie protocol, {{score:Oswestry 42%}}, on {{drug:gabapentin}} {{dose:300 mg}} TID.
"""),
dict(style="pt_ot_therapy", note="""
Home PT visit [[DATE:Thursday 2/20]]
mr. [[NAME:ferreira]] -- i.e. [[NAME:Joaquim Ferreira da Silva]], [[AGE:92]], at home [[ADDRESS:60 Pleasant St Apt 2, Fall River, MA 02721]].
{{eponym:Parkinson disease}}, freezing worse. {{drug:Rytary}} {{dose:48.75/195 mg}}.
5x sit-to-stand 24 s. Tinetti {{score:14/28}}.
Grandson [[NAME:Rui]] and home aide [[NAME:Gracinda Medeiros]] present.
Called Dr. [[NAME:Aurelio Bianchetti]] re orthostasis, office [[PHONE:508-675-9020 ext 3]].
-- [[NAME:Dale Whitmer]], PTA
""", summary="""
[[AGE:92]]-year-old [[NAME:Joaquim Ferreira da Silva]] with {{eponym:Parkinson disease}} scored {{score:Tinetti 14/28}} at home; Dr. [[NAME:Bianchetti]] called about orthostasis.
"""),
dict(style="pt_ot_therapy", note="""
OT Treatment -- hand therapy
Pt [[NAME:Anneliese Voorhees]] s/p {{eponym:Dupuytren release}} L ring finger ([[DATE:10-Jan-2025]]).
Splint adjusted. Grip {{vital:14 kg}} L vs {{vital:28 kg}} R.
Scar massage taught. {{drug:ibuprofen}} {{dose:400 mg}} PRN.
{{eponym:Kleinert protocol}} not applicable. Next appt [[DATE:1/31]].
Pt e-mail for HEP video: [[EMAIL:annie.voorhees@brightlinemail.net]]
Therapist [[NAME:Bram Dijkstra]], OTR/L, CHT
""", summary="""
[[NAME:Anneliese Voorhees]] in hand therapy after {{eponym:Dupuytren release}}, grip {{vital:14 kg}} on the left; next appointment [[DATE:1/31]].
"""),
]
