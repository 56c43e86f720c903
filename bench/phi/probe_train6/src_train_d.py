NOTES = [
    dict(style="referral_letter_onc", note="""
Northside Hematology & Oncology Associates
[[ADDRESS:410 Kessler Blvd, Suite 200]], [[ADDRESS:Indianapolis]], IN [[ADDRESS:46228]]   Tel [[PHONE:317-555-0162]]  Fax [[PHONE:317-555-0163]]

[[DATE:September 30, 2025]]

RE: [[NAME:Tahir, Mahmoud J Jr.]]     DOB: [[DATE:04/02/1958]]     MRN: [[MRN:NHO-552019]]

Dear Dr. [[NAME:Ó Murchú]],

Thank you for referring Mr. [[NAME:Tahir]], whom I saw today for newly diagnosed diffuse large B-cell lymphoma (dx [[DATE:9/12]], excisional bx L axillary node). PET-CT [[DATE:9/24]] showed stage IIIA disease, {{score:Deauville 4}} in the spleen. {{lab:LDH 412}}, {{lab:Hgb 11.2}}, {{score:IPI 3}}, {{score:ECOG 1}}.
We plan {{drug:R-CHOP}} x6 with C1D1 [[DATE:10/9]]; echo [[DATE:10/2]] ({{lab:EF 60%}}), port with IR [[DATE:10/6]]. {{drug:allopurinol}} {{dose:300 mg}} daily starting [[DATE:10/7]].
He came with his son, [[NAME:Mahmoud III]], and daughter-in-law [[NAME:Rasha]]; they hope to keep him working part time.
Hep B serologies pending. He lives with his mother, who is [[AGE:92]]. I will send updates after each cycle.

Sincerely,
[[NAME:Siobhan Kavanagh]], MD
cc: [[NAME:Ó Murchú, Donal]] MD (PCP); [[NAME:Haddad, Nadia]] MD (Radiation Oncology); patient
""", summary="""
Dr. [[NAME:Siobhan Kavanagh]] writes to Dr. [[NAME:Ó Murchú]] on [[DATE:September 30, 2025]] that [[NAME:Tahir, Mahmoud J Jr.]] has stage IIIA DLBCL diagnosed [[DATE:9/12]] and will start R-CHOP on [[DATE:10/9]].
"""),

    dict(style="home_bp_log", note="""
Portal message -- From: [[NAME:Ludmila Petrenko]]   To: Cardio-Rheum Clinic pool   Sent [[DATE:5/21/2025]] 21:14
Subject: my blood pressures like you asked

hi doctor [[NAME:nasser]], here are my numbers from the cuff. Morning / evening
[[DATE:5/14]]   151/94   139/86
[[DATE:5/15]]   148/92   141/88
[[DATE:5/16]]   155/97   --   (forgot, went to my daughter [[NAME:Oksana]])
[[DATE:5/17]]   144/90   136/84
[[DATE:5/18]]   162/99   150/92   headache this day, took {{drug:Tylenol}}
[[DATE:5/19]]   146/91   138/85
[[DATE:5/20]]   149/93   140/87
I am taking {{drug:amlodipine}} {{dose:5 mg}} and the {{drug:prednisone}} {{dose:7.5 mg}} still. pulse is 70s. should i take 1/2 tab more amlodipine? my pharmacy is Walgreens on [[ADDRESS:Broad St]].
thank you, [[NAME:lyuda]]
""", summary="""
[[NAME:Ludmila Petrenko]] sent home readings from [[DATE:5/14]] to [[DATE:5/20]] averaging about 150/93 in the mornings while on amlodipine and prednisone, and asks whether to increase amlodipine.
"""),

    dict(style="home_glucose_log", note="""
GLUCOSE LOG uploaded by patient -- [[NAME:ZADEH, Kamran]]  (MRN [[MRN:7041186]])   reviewed by [[NAME:JW]] CDE
Date        Fasting  Pre-lunch  Pre-dinner  Bedtime   Lantus   Notes
[[DATE:Mon 2/3]]    188      --         212         240       20 u
[[DATE:Tue 2/4]]    176      154        198         --        20 u     "dex day" chemo
[[DATE:Wed 2/5]]    241      266        301         288       22 u     after {{drug:dexamethasone}} -- felt thirsty
[[DATE:Thu 2/6]]    205      --         244         219       22 u
[[DATE:Fri 2/7]]    162      140        171         --        22 u
[[DATE:Sat 2/8]]    131      --         158         149       22 u
Pt comment: "my wife [[NAME:Roya]] did the writing. Dr [[NAME:Moldovan]] said the steroid makes it high, call if over 300."
CDE note: steroid-induced hyperglycemia peaks D2-D3 of each cycle; added {{drug:Humalog}} {{dose:4 units}} with lunch on dex days, sliding scale sent. Next cycle [[DATE:2/24]]. {{lab:A1c 7.4}} ([[DATE:1/15]]).
[[NAME:J. Walsh]], RN, CDE
""", summary="""
Glucose log from [[DATE:Mon 2/3]] to [[DATE:Sat 2/8]] for [[NAME:ZADEH, Kamran]] shows steroid-related peaks above 300 after dexamethasone; CDE [[NAME:J. Walsh]] added lunchtime Humalog on dex days before the next cycle on [[DATE:2/24]].
"""),

    dict(style="onc_visit_labs", note="""
HEM/ONC FOLLOW-UP   [[NAME:MOLDOVAN, Adriana]] MD      Pt: [[NAME:CHERNENKO, Vera S]]   [[DATE:10/14/2025]]
Dx: ER+/HER2- breast ca, L, pT2N1, s/p lumpectomy [[DATE:6/3]]; adjuvant ddAC -> T
Labs        [[DATE:10/11]]   [[DATE:10/12]]   [[DATE:10/13]]   [[DATE:10/14]]
WBC         2.1     1.6     1.9     3.8
ANC         0.9     0.6     1.0     2.4
Hgb         9.4     9.1     9.0     9.3
Plt         88      72      80      104
Admitted [[DATE:10/11]]-[[DATE:10/13]] for neutropenic fever; BCx [[DATE:10/11]] NGTD, UCx neg, on {{drug:cefepime}} -> d/c'd on {{drug:Augmentin}}.
Today afebrile, {{vital:T 36.8}}, {{vital:BP 118/72}}. Neuropathy grade 1. {{score:ECOG 1}}.
Plan: C3 AC delayed 1 wk -> [[DATE:10/21]] with {{drug:Neulasta}} {{dose:6 mg}} OnPro. {{drug:Tamoxifen}} discussion after chemo. Genetics ref ([[NAME:Li]], counselor) -- mother dx at {{age:44}}.
Husband [[NAME:Yuriy]] present; asks re: work letter -- given. RTC [[DATE:10/21]], f/u w/ [[NAME:Boudreaux]] (rad onc) [[DATE:11/18]].
-- [[NAME:AM]]/[[NAME:kb]]
""", summary="""
[[NAME:CHERNENKO, Vera S]] recovered from neutropenic fever (admitted [[DATE:10/11]]-[[DATE:10/13]]); Dr. [[NAME:MOLDOVAN, Adriana]] delayed cycle 3 to [[DATE:10/21]] with Neulasta support and referred her to genetics.
"""),


    dict(style="rheum_visit", note="""
RHEUMATOLOGY RETURN VISIT
[[NAME:MCINTYRE, Catriona]]   DOB [[DATE:07/18/1966]]   Visit [[DATE:03/05/2025]]   Attending [[NAME:Alizadeh]]   Fellow [[NAME:Yu]]
S: Seropositive RA ({{lab:RF 88}}, {{lab:anti-CCP >250}}), on {{drug:methotrexate}} {{dose:20 mg}} weekly + {{drug:folic acid}} {{dose:1 mg}}. Since [[DATE:Jan 9]] flare in MCPs and R wrist, AM stiffness 90 min. Also {{eponym:Raynaud}} worse in the cold, dry eyes -- ?secondary {{eponym:Sjögren}}.
O: {{vital:BP 128/78}}. 6 tender / 4 swollen joints, grip strength 4/5 R, 5/5 L. No nodules. {{score:Schirmer 4 mm}} OU.
Labs [[DATE:2/26]]: {{lab:ESR 42}}, {{lab:CRP 18}}, {{lab:ALT 31}}, {{lab:Cr 0.7}}. XR hands [[DATE:2/26]]: new erosion R ulnar styloid.
A/P: {{score:DAS28-CRP 5.1}}, high activity despite MTX.
- add {{drug:Humira}} {{dose:40 mg}} q2wk once {{lab:QuantiFERON}} and Hep B back; PA submitted [[DATE:3/5]] by [[NAME:Declan]] in the office
- {{drug:prednisone}} {{dose:10 mg}} taper over 3 wk; {{drug:Restasis}}, SSA/SSB ordered
- pt says her sister [[NAME:Morag]] had a bad reaction to {{drug:Humira}}; reassured, will watch
RTC 6 wk, sooner if infection. Seen with Dr. [[NAME:Alizadeh]], who agrees.
[[NAME:Yu, Jessica]] MD, Rheumatology Fellow
""", summary="""
[[NAME:MCINTYRE, Catriona]] has highly active seropositive RA with a new erosion on methotrexate; on [[DATE:03/05/2025]] Dr. [[NAME:Yu]] and Dr. [[NAME:Alizadeh]] planned to add Humira and a prednisone taper and to work up possible Sjögren.
"""),

    dict(style="appointment_list", note="""
RHEUMATOLOGY CLINIC B -- APPOINTMENT LIST   [[DATE:Fri 6/13/2025]]   Provider: [[NAME:ALIZADEH, Parisa]] MD
Time   Patient                         MRN        Type     Phone             Note
0800   [[NAME:Hakimi, Nasir Sr.]]               [[MRN:6620914]]    RET 20   [[PHONE:(503) 555-0147]]    gout, {{lab:urate 7.9}}
0820   [[NAME:Gallagher, Maeve]]                [[MRN:6581337]]    NEW 40   [[PHONE:(503) 555-0112]]    ?PMR, ref [[NAME:Ross]]
0900   [[NAME:Ungureanu, Cristina]]             [[MRN:6634800]]    RET 20   [[PHONE:(360) 555-0188]]    SLE, {{drug:Plaquenil}} eye exam due
0920   [[NAME:Hakimi, Nasir Jr.]]               [[MRN:6671025]]    RET 20   [[PHONE:(503) 555-0147]]    AS, {{drug:Cosentyx}}; with father
0940   [[NAME:Ng, Ed]]                          [[MRN:6599352]]    RET 20   [[PHONE:(503) 555-0176]]    psoriatic arthritis
1000   -- blocked (infusion supervision, per [[NAME:RC]]) --
1020   [[NAME:Savannah Price]] / "[[NAME:Sunny]]"     [[MRN:6690118]]    NEW 40   [[PHONE:(971) 555-0130]]    Raynaud, +ANA 1:640
1100   [[NAME:Zhukov, Arkady]]                  [[MRN:6602241]]    TELE     [[PHONE:+7 921 555 0194]]   traveling, video visit
No-shows this month: [[NAME:Gallagher]] ([[DATE:5/2]]), [[NAME:Zhukov]] ([[DATE:5/30]]).
Front desk: [[NAME:Tamsin]] / [[NAME:kf]]   Print run [[DATE:06/12/2025]] 17:02
""", summary="""
Clinic list for [[DATE:Fri 6/13/2025]] under Dr. [[NAME:ALIZADEH, Parisa]] includes father and son [[NAME:Hakimi, Nasir Sr.]] and [[NAME:Hakimi, Nasir Jr.]], a new Raynaud referral for [[NAME:Savannah Price]], and a video visit for [[NAME:Zhukov, Arkady]].
"""),

    dict(style="chemo_order_template", note="""
ORDER SET: mFOLFOX6 -- Colorectal, Adjuvant (Cycle length 14 days, 12 cycles)
Pre-meds: {{drug:ondansetron}} {{dose:16 mg}} PO, {{drug:dexamethasone}} {{dose:12 mg}} PO 30 min prior
Day 1:
  {{drug:oxaliplatin}} {{dose:85 mg/m2}} IV over 2 h in D5W
  {{drug:leucovorin}} {{dose:400 mg/m2}} IV over 2 h (concurrent, Y-site)
  {{drug:fluorouracil}} {{dose:400 mg/m2}} IV push, then {{dose:2400 mg/m2}} CIV over 46 h via CADD pump
Treatment parameters: {{lab:ANC >= 1.5}}, {{lab:Plt >= 75}}, {{lab:T bili <= 1.5x ULN}}. Hold for grade 3 neuropathy.
Dose reduce oxaliplatin to {{dose:65 mg/m2}} for persistent grade 2 paresthesias. No ice chips with oxaliplatin -- cold sensitivity.
Home: {{drug:Zofran}} {{dose:8 mg}} q8h PRN, {{drug:Compazine}} {{dose:10 mg}} q6h PRN, {{drug:Imodium}} per package. Pump disconnect Day 3 in Infusion or Home Health.
Reference: NCCN Colon Cancer Guidelines; MOSAIC trial.
""", summary="""
The mFOLFOX6 adjuvant order set specifies premedication, day 1 oxaliplatin, leucovorin and 46-hour fluorouracil, treatment thresholds, and oxaliplatin reduction for neuropathy.
"""),

    dict(style="fhir_fragment", note="""
{"resourceType": "Patient", "id": "pt-8841",
 "identifier": [{"system": "urn:oid:2.16.840.1.113883.19.5", "value": "[[MRN:ONC-1177420]]"},
                {"type": {"text": "Medicaid"}, "value": "[[MRN:OR7730125K]]"}],
 "name": [{"family": "[[NAME:Ionescu-Petrov]]", "given": ["[[NAME:Elena]]", "[[NAME:M]]"], "text": "[[NAME:Ionescu-Petrov, Elena M]]"}],
 "birthDate": "[[DATE:1954-01-29]]",
 "telecom": [{"system": "phone", "value": "[[PHONE:541-555-0139]]"}, {"system": "email", "value": "[[EMAIL:elena.ip54@mailbox.org]]"}],
 "address": [{"line": ["[[ADDRESS:88 Hawthorne Ct]]"], "city": "[[ADDRESS:Eugene]]", "state": "OR", "postalCode": "[[ADDRESS:97401]]"}],
 "contact": [{"relationship": [{"text": "daughter"}], "name": {"text": "[[NAME:Petrov, Irina]]" } }]}
{"resourceType": "Appointment", "status": "booked", "serviceType": [{"text": "Medical Oncology Follow-up"}],
 "start": "[[DATE:2025-11-20]]T09:40:00-08:00", "minutesDuration": 30,
 "participant": [{"actor": {"display": "[[NAME:Ionescu-Petrov, Elena M]]"} }, {"actor": {"display": "[[NAME:Kerrigan, Fionnuala]] MD"} }],
 "comment": "CT C/A/P [[DATE:11/17]] prior; {{lab:CEA 6.2}} trending up; bring med list ({{drug:Xeloda}} {{dose:1000 mg}} BID)"}
""", summary="""
FHIR export for [[NAME:Ionescu-Petrov, Elena M]] (MRN [[MRN:ONC-1177420]]) books an oncology follow-up with Dr. [[NAME:Kerrigan, Fionnuala]] on [[DATE:2025-11-20]] after a CT on [[DATE:11/17]], with CEA trending up on Xeloda.
"""),

    dict(style="tumor_board_list", note="""
MULTIDISCIPLINARY GI TUMOR BOARD -- [[DATE:Wednesday 12 February 2025]], 0700, Conf Rm 3B
Coordinator: [[NAME:Roisin Flanagan]] x[[PHONE:2264]]   Moderator: [[NAME:Baker]]
#  Patient (Last, First)        MRN         Presenter     Question
1  [[NAME:Al-Dulaimi, Haider]]             [[MRN:5510872]]     [[NAME:Kerrigan]]      Borderline resectable panc head, after 4 cycles FOLFIRINOX -- surgery vs SBRT?
2  [[NAME:Marchenko, Yevhenia]]            [[MRN:5493316]]     [[NAME:Baker]]         Rectal ca T3N1, TNT complete, cCR on MRI [[DATE:2/3]] -- watch & wait?
3  [[NAME:Lennox, Hunter]]                 [[MRN:5528104]]     [[NAME:Wu]]            HCC 3.1 cm, {{score:Child-Pugh A}}, {{lab:AFP 480}} -- TACE vs ablation
4  [[NAME:Esfahani, Golnar]]               [[MRN:5476651]]     [[NAME:Kerrigan]]      Gastric adenoca, {{lab:HER2 3+}}, {{drug:Herceptin}} added [[DATE:1/21]]
Path review: Dr. [[NAME:Ó Conaill]] slides for #1 and #4. Radiology: [[NAME:Grigoras]].
Pathology note on #2: biopsy [[DATE:1/28]] showed no residual tumor. Case #3 added late by [[NAME:Wu]]; Mr. [[NAME:Lennox]]'s wife [[NAME:Madison]] asked to be called with the outcome ([[PHONE:774-555-0158]]).
""", summary="""
GI tumor board of [[DATE:Wednesday 12 February 2025]] reviews four cases, including resectability for [[NAME:Al-Dulaimi, Haider]], watch-and-wait for [[NAME:Marchenko, Yevhenia]] after a clinical complete response, and HCC therapy for [[NAME:Lennox, Hunter]] presented by [[NAME:Wu]].
"""),

    dict(style="referral_form", note="""
OUTPATIENT REFERRAL FORM -- fax to Rheumatology [[PHONE:(617) 555-0385]]
Referral date: [[DATE:01/08/2025]]         Urgency: Routine / [x] Urgent (2 wk)
Patient name: [[NAME:Rostami, Behrouz]]          DOB: [[DATE:12/03/1949]]     Sex: M
Address: [[ADDRESS:17 Chestnut Hill Rd]], [[ADDRESS:Brookline]] MA [[ADDRESS:02467]]
Phone: [[PHONE:617-555-0121]] (home)  [[PHONE:617-555-0199]] (son [[NAME:Kaveh]])
Insurance: Medicare  ID [[MRN:4TR7-WK2-MN63]]   Secondary: AARP Supplement  [[MRN:0182264417]]
Referring: [[NAME:Connolly, Brendan]] MD, Brookline Family Practice   NPI [[MRN:1659374020]]
Reason: new bilateral shoulder/hip girdle pain and stiffness x6 wk, {{lab:ESR 78}}, {{lab:CRP 41}}, ?PMR. Temporal headache [[DATE:1/4]], no jaw claudication, vision ok.
Meds: {{drug:lisinopril}} {{dose:10 mg}}, {{drug:atorvastatin}} {{dose:40 mg}}, {{drug:Tylenol}} PRN
Started {{drug:prednisone}} {{dose:15 mg}} [[DATE:1/6]] with major improvement -- please advise re GCA workup.
Contact at office: [[NAME:Fiona]] (MA), [[EMAIL:fcampbell@brooklinefp.com]]
""", summary="""
Dr. [[NAME:Connolly, Brendan]] urgently referred [[NAME:Rostami, Behrouz]] on [[DATE:01/08/2025]] for suspected polymyalgia rheumatica with high inflammatory markers, improved on prednisone started [[DATE:1/6]], and asked about giant cell arteritis workup.
"""),

    dict(style="portal_thread_onc", note="""
MyChart thread -- Oncology Nurse Line
[[DATE:Jul 7]] 08:12  [[NAME:hamid rezaei]] (patient):
  hi its [[NAME:hamid]]. 3 days after chemo now, mouth sores bad, cant eat much. temp 37.9 last night. is this ok? [[NAME:farah]] (my wife) says call you
[[DATE:Jul 7]] 08:40  [[NAME:Brigid O'Rourke]], RN:
  Hi Mr. [[NAME:Rezaei]], sorry you're feeling this way. Please use the {{drug:magic mouthwash}} Dr [[NAME:Sadeghi]] prescribed, 10 mL swish q4h. If temp is 38.0 or more, go to the ED -- do not wait. Can you drink fluids?
[[DATE:Jul 7]] 09:05  [[NAME:hamid rezaei]]:
  yes drinking ok. temp now 37.6. also my sugar was 210, i know dr said from the {{drug:decadron}}
[[DATE:Jul 7]] 09:20  [[NAME:Brigid O'Rourke]], RN:
  Thank you. Labs ordered for today 1 pm at the Cancer Center lab (CBC, CMP). I let Dr [[NAME:Sadeghi]] and pharmacist [[NAME:Ivo]] know. Call [[PHONE:503-555-0140]] after hours. -- [[NAME:brigid]]
[[DATE:Jul 7]] 15:48  [[NAME:Sadeghi, Omid]] MD:
  {{lab:ANC 1.8}}, {{lab:Plt 140}} -- ok. Adding {{drug:valacyclovir}} {{dose:500 mg}} BID x7d for possible HSV. Next cycle [[DATE:7/21]] stays, will reduce {{drug:5-FU}} bolus.
""", summary="""
On [[DATE:Jul 7]] [[NAME:hamid rezaei]] reported mucositis and low-grade fever after chemotherapy; [[NAME:Brigid O'Rourke]], RN gave ED precautions and Dr. [[NAME:Sadeghi, Omid]] found counts acceptable, added valacyclovir and kept the [[DATE:7/21]] cycle.
"""),

    dict(style="rheum_letter_pcp", note="""
Lakeside Arthritis & Rheumatology
[[DATE:22 April 2025]]

[[NAME:Donnelly, Patrick]], MD
Harbor Internal Medicine
[[ADDRESS:2040 Water Street]], [[ADDRESS:Erie]], PA [[ADDRESS:16507]]

Re: [[NAME:KUZMINA, Anastasia V]]   DOB [[DATE:09/14/1983]]   Our ref [[MRN:LAR-30771]]

Dear [[NAME:Patrick]],
I saw [[NAME:Anastasia]] today for follow-up of SLE with class III lupus nephritis (biopsy [[DATE:11/19/2024]]). She completed {{drug:CellCept}} induction and is now on {{dose:1000 mg}} BID with {{drug:Plaquenil}} {{dose:300 mg}} daily and {{drug:Benlysta}} monthly since [[DATE:2/4]].
Trend: {{lab:UPCR 2.4}} ([[DATE:Dec 3]]) -> {{lab:UPCR 0.9}} ([[DATE:Mar 28]]); {{lab:C3 92}}, {{lab:dsDNA 45}}; {{vital:BP 124/80}} on {{drug:losartan}} {{dose:50 mg}}.
She is hoping to conceive in the next year; we discussed switching {{drug:CellCept}} to {{drug:azathioprine}} at least 3 months before. I have asked Dr. [[NAME:Ní Fhlannagáin]] (MFM) to see her.
Please continue her BP care; next labs [[DATE:5/20]].
With kind regards,
[[NAME:Radu Constantinescu]], MD
cc: [[NAME:Ní Fhlannagáin, Orla]] MD, Maternal-Fetal Medicine
cc: [[NAME:Whyte, Grace]] MD, Nephrology
cc: [[NAME:Kuzmina, Anastasia V]] (patient portal)
""", summary="""
Dr. [[NAME:Radu Constantinescu]] tells Dr. [[NAME:Donnelly, Patrick]] on [[DATE:22 April 2025]] that [[NAME:KUZMINA, Anastasia V]]'s lupus nephritis is improving on CellCept, Plaquenil and Benlysta, with a planned switch to azathioprine before pregnancy and an MFM referral.
"""),

    dict(style="telephone_encounter_audit", note="""
TELEPHONE ENCOUNTER -- Infusion / Rheumatology     Pt: [[NAME:FITZGERALD, Eamon T Sr.]]   MRN [[MRN:2209915]]
[[DATE:11/04/2025]] 10:14  [[NAME:mdoyle3]] (Scheduler)   Call rec'd from pt's daughter [[NAME:Bridget]] ([[PHONE:(412) 555-0168]]): he cannot make [[DATE:11/6]] {{drug:Orencia}} infusion, car trouble.
[[DATE:11/04/2025]] 10:31  [[NAME:aaziz]] (RN)          Reviewed: last dose [[DATE:10/9]], ok to move within 7 d. Offered [[DATE:11/10]] 1300.
[[DATE:11/04/2025]] 10:33  [[NAME:aaziz]] (RN)          Daughter accepted. Also reports L knee swelling x3 days, afebrile. Routed to Dr. [[NAME:Sarkis]].
[[DATE:11/04/2025]] 12:02  [[NAME:hsarkis]] (MD)        Pt should come Thu for arthrocentesis; r/o septic vs pseudogout. {{lab:CRP 12}} ([[DATE:10/9]]). Hold {{drug:Orencia}} until seen.
[[DATE:11/04/2025]] 12:20  [[NAME:aaziz]] (RN)          Called [[NAME:Bridget]], VM full. Called pt home [[PHONE:412-555-0102]], spoke w [[NAME:eamon]], understands plan.
[[DATE:11/05/2025]] 08:45  [[NAME:mdoyle3]]             Appt made [[DATE:11/6]] 0900 Dr [[NAME:Sarkis]]; infusion moved to [[DATE:11/10]]. Encounter closed.
Note: do not confuse with son [[NAME:FITZGERALD, Eamon T Jr.]] (MRN [[MRN:2287031]]), also our pt.
""", summary="""
Call log of [[DATE:11/04/2025]] moves [[NAME:FITZGERALD, Eamon T Sr.]]'s Orencia infusion to [[DATE:11/10]] and, after his daughter [[NAME:Bridget]] reported knee swelling, Dr. [[NAME:Sarkis]] scheduled arthrocentesis on [[DATE:11/6]] with Orencia held.
"""),

    dict(style="gout_visit_no_phi", note="""
RHEUM CLINIC -- brief note
CC: recurrent podagra. Third flare this year, R 1st MTP, resolved with {{drug:colchicine}} {{dose:0.6 mg}} BID + {{drug:Indocin}}.
Exam: tophus L olecranon, no active synovitis. {{vital:BP 138/84}}, BMI 33.
Labs: {{lab:urate 9.4}}, {{lab:eGFR 58}}, {{lab:HLA-B*58:01 negative}}.
Assessment: tophaceous gout, CKD 3a. Meets ACR criteria for urate-lowering therapy.
Plan: start {{drug:allopurinol}} {{dose:100 mg}} daily, titrate by 100 mg q2-4 wk to urate < 6; continue colchicine {{dose:0.6 mg}} daily prophylaxis x6 mo. Avoid HCTZ; switch to {{drug:losartan}}. Diet handout (Arthritis Foundation). Recheck urate and CMP 4 wk.
""", summary="""
A patient with tophaceous gout and CKD 3a is started on allopurinol with colchicine prophylaxis and a switch from HCTZ to losartan.
"""),

    dict(style="survivorship_care_plan", note="""
SURVIVORSHIP CARE PLAN
Name: [[NAME:MURRAY, Alasdair James III]]     DOB: [[DATE:05/05/1961]]     MRN [[MRN:3850026]]
Prepared by: [[NAME:Nour Khoury]], NP  ([[EMAIL:nkhoury@valleycancercare.org]])     Date: [[DATE:2025-08-27]]
Diagnosis: {{eponym:Hodgkin}} lymphoma, classical, stage IIA (dx [[DATE:3/11/2024]]) -- {{eponym:Hodgkin}}, nodular sclerosis
Treatment: {{drug:ABVD}} x4 cycles, last [[DATE:8/29/2024]]; ISRT 30 Gy mediastinum ended [[DATE:10/17/2024]].
Treating team: [[NAME:Kerr, Moira]] MD (med onc), [[NAME:Shapiro]] MD (rad onc), [[NAME:Nour Khoury]] NP
Late effects to watch: bleomycin lung toxicity (PFTs [[DATE:7/2]] DLCO 78%), hypothyroidism ({{lab:TSH 5.9}}), cardiac (echo 2029), breast/lung second cancers.
Follow-up: CBC/TSH q6mo, visit with [[NAME:Khoury]] [[DATE:Feb 26]], PCP [[NAME:Baird, Fraser]] MD yearly.
Patient goals: back to coaching hockey with his father [[NAME:Alasdair Sr.]]; will quit vaping. He signed as "[[NAME:A. J. Murray]]".
Copies: [[NAME:Baird, Fraser]] MD; patient; [[NAME:Kerr, M]]
""", summary="""
Survivorship plan dated [[DATE:2025-08-27]] for [[NAME:MURRAY, Alasdair James III]] after ABVD and radiation for stage IIA {{eponym:Hodgkin}} lymphoma lists late-effect surveillance and a follow-up with [[NAME:Khoury]] on [[DATE:Feb 26]].
"""),

    dict(style="onc_infusion_visit_dictation", note="""
dictated by [[NAME:jonah mcbride]] NP, [[DATE:october ninth twenty twenty five]]. patient is [[NAME:khaled abdulrahman]], that's [[NAME:a b d u l r a h m a n]], date of birth [[DATE:one twelve nineteen sixty two]], here for cycle four day one of {{drug:carboplatin}} {{drug:pemetrexed}} {{drug:Keytruda}} for stage four lung adenocarcinoma, PD-L1 sixty percent.
he reports fatigue grade one, no rash, no cough change. his brother [[NAME:Walid]] drove him. exam unremarkable, {{vital:BP 132/80}}, {{vital:HR 76}}, weight stable.
labs today [[DATE:10/9]]: {{lab:ANC 2.9}}, {{lab:Hgb 10.6}}, {{lab:Plt 166}}, {{lab:Cr 1.0}}, {{lab:TSH 0.3}}, free T4 pending.
continue {{drug:folic acid}}, B12 was [[DATE:8/14]], next due [[DATE:10/16]]. CT restaging after this cycle, early [[DATE:November 3rd]]. discussed with doctor [[NAME:Ilie]] who agrees. cc [[NAME:Ionita, Sorin]] MD, pulmonology. end of dictation.
""", summary="""
[[NAME:jonah mcbride]] NP saw [[NAME:khaled abdulrahman]] for cycle 4 of carboplatin, pemetrexed and Keytruda on [[DATE:10/9]]; he is tolerating treatment, TSH is low with free T4 pending, and restaging CT is planned for [[DATE:November 3rd]].
"""),
]
