NOTES = [
    dict(style="rheumatology_clinic", note="""
RHEUMATOLOGY FOLLOW-UP
Patient: [[NAME:Erzsébet Horváth-Kiss]]    DOB: [[DATE:04/17/1958]]    MRN: [[MRN:00482913]]
Visit date: [[DATE:11/06/2024]]    Referring: [[NAME:Hunter Blaylock]], PA-C

CC: hand pain, morning stiffness

HPI: [[NAME:Erzsébet]] is a {{age:66}} y/o woman with seropositive RA (RF+, anti-CCP >250) on {{drug:methotrexate}} {{dose:20 mg}} PO weekly
with {{drug:folic acid}} {{dose:1 mg}} daily. Reports ~90 min of AM stiffness, worse since she stopped water aerobics in September.
Also describes {{eponym:Raynaud}} color changes in both hands with cold. Husband [[NAME:Frank]] drives her and fills the pill box.
No oral ulcers, no rash, no dyspnea.

Exam: {{vital:BP 132/78}}  {{vital:HR 74}}. Frank synovitis R wrist, bilateral MCP 2-3 boggy. 8 tender / 6 swollen.
No nodules. Grip 4/5 bilat.

Labs ([[DATE:10/30/24]]): {{lab:ESR 41}}, {{lab:CRP 18 mg/L}}, {{lab:ALT 22}}, {{lab:Cr 0.8}}, {{lab:WBC 6.1}}.
{{score:DAS28-CRP 4.6}} (moderate-high)

A/P:
1. RA, active despite MTX -> add {{drug:hydroxychloroquine}} {{dose:200 mg}} BID; baseline retinal exam before starting.
   If still active in 3 mo, discuss TNF inhibitor ({{drug:Humira}} vs {{drug:Enbrel}}) after TB/HBV screening.
2. Raynaud - gloves, avoid cold, no pharmacotherapy now.
RTC 12 weeks.

cc: [[NAME:Hunter Blaylock]], PA-C, Lakeside Family Medicine
[[NAME:Aroha Ngata]], MD - Rheumatology
""", summary="""
[[NAME:Erzsébet Horváth-Kiss]] has active seropositive RA despite weekly {{drug:methotrexate}} ({{score:DAS28-CRP 4.6}}), so {{drug:hydroxychloroquine}} was added and biologics will be considered in 3 months. {{eponym:Raynaud}} phenomenon is managed conservatively.
"""),
    dict(style="rheumatology_clinic", note="""
rheum clinic dictation, dr. [[NAME:kalani]] for patient [[NAME:keoni makoa kahananui]], date of service [[DATE:october twelfth twenty twenty four]]. mr. [[NAME:kahananui]] is a {{age:71}} year old man here for gout follow up, he had three flares since summer, the last one in the left first MTP about two weeks ago treated with {{drug:colchicine}} {{dose:0.6 mg}} twice daily and it settled in four days. he has small tophi on the right elbow and the left fourth finger. he drinks two to three beers on weekends, used to be a lot more. uric acid on the labs last week was {{lab:uric acid 9.2}} and creatinine {{lab:Cr 1.4}} with {{lab:eGFR 52}}. on {{drug:allopurinol}} {{dose:100 mg}} daily which he admits he takes maybe four days a week. exam blood pressure {{vital:BP 146/90}}, no active synovitis today, tophi as described. plan, go up on allopurinol to {{dose:200 mg}} daily and recheck urate in four weeks with the goal under {{lab:uric acid 6}}, continue colchicine {{dose:0.6 mg}} daily prophylaxis for six months, talk to his pcp dr. [[NAME:ellison]] about stopping the {{drug:hydrochlorothiazide}}. his wife [[NAME:leilani]] is the one to call, her cell is [[PHONE:808 555 0147]]. end of dictation.
""", summary="""
[[NAME:Keoni Makoa Kahananui]], a {{age:71}}-year-old man with tophaceous gout and poor {{drug:allopurinol}} adherence, had the dose increased to {{dose:200 mg}} with {{drug:colchicine}} prophylaxis. His PCP will be asked about stopping {{drug:hydrochlorothiazide}}.
"""),
    dict(style="rheumatology_clinic", note="""
ASSESSMENT AND PLAN - Lupus Clinic

SLE (ISN/RPS class IV lupus nephritis, biopsy-proven), in partial renal response.
- {{lab:UPCR 0.9 g/g}} (down from 3.2 at induction), {{lab:Cr 1.1}}, {{lab:C3 78}}, {{lab:C4 12}}, anti-dsDNA 210 IU/mL.
- Continue {{drug:mycophenolate mofetil}} {{dose:1500 mg}} BID.
- Continue {{drug:Benlysta}} {{dose:200 mg}} SC weekly.
- {{drug:prednisone}} taper: {{dose:7.5 mg}} daily x 2 wk, then {{dose:5 mg}} daily.
- {{drug:hydroxychloroquine}} {{dose:300 mg}} daily (weight-based, under 5 mg/kg). OCT/visual fields done, normal.
- {{drug:lisinopril}} {{dose:10 mg}} for antiproteinuric effect; {{vital:BP 124/76}} today.

Secondary {{eponym:Sjögren}} features: sicca only. {{eponym:Schirmer}} 4 mm OU. Artificial tears, {{drug:Restasis}} per Ophthalmology.
Antiphospholipid antibodies negative x2.
Bone health: DXA T-score -1.6 L spine; calcium/vit D, no bisphosphonate at this time.
Vaccines: {{drug:Shingrix}} series complete; PCV20 given today.
Contraception counseling done - MMF is teratogenic; IUD in place.

Return in 8 weeks with CBC, CMP, UA, UPCR, C3/C4, dsDNA.
""", summary="""
Class IV lupus nephritis in partial response on {{drug:mycophenolate mofetil}} and {{drug:Benlysta}}, with {{drug:prednisone}} being tapered and proteinuria improved to {{lab:UPCR 0.9 g/g}}. Sicca symptoms of secondary {{eponym:Sjögren}} are treated topically.
"""),
    dict(style="nephrology_clinic", note="""
NEPHROLOGY CLINIC NOTE
[[NAME:PARK, JI-HOON S]]                     MRN [[MRN:7731046]]     CSN [[MRN:400918826]]
DOB [[DATE:1951-08-22]]    Seen [[DATE:2025-01-14]]
Address on file: [[ADDRESS:1442 Birchwood Ln]], [[ADDRESS:Brockton]], MA [[ADDRESS:02301]]

{{age:73}} M with CKD G4 A3 from diabetic nephropathy, HTN, HFpEF. Son [[NAME:Min-jun]] interprets (Korean); pt prefers son present.

Interval: 4 lb wt gain, mild ankle edema. Appetite ok. No uremic sx. Still working part-time at the family's dry cleaner.

Vitals: {{vital:BP 148/86}}  {{vital:HR 68}}  Wt 81.6 kg
Labs: {{lab:Cr 2.9}} (prior 2.6) | {{lab:eGFR 22}} | {{lab:K 5.4}} | {{lab:CO2 19}} | {{lab:Hgb 10.1}} | {{lab:PTH 188}} | {{lab:UACR 1,840 mg/g}}

Plan
- Increase {{drug:furosemide}} to {{dose:40 mg}} BID.
- Start {{drug:Lokelma}} {{dose:10 g}} daily; low-K diet handout (Korean version).
- {{drug:sodium bicarbonate}} {{dose:650 mg}} TID.
- Continue {{drug:Jardiance}} {{dose:10 mg}} for now.
- Modality education: pt and son lean toward PD. Refer to vascular access anyway (Dr. [[NAME:Tipene]]) for vein mapping.
- Transplant referral placed.
Son's phone [[PHONE:(508) 555-2290]]. F/u 6 wks.

[[NAME:Ruth Abernathy]], NP / Nephrology
""", summary="""
[[NAME:Ji-hoon Park]], {{age:73}}, has progressing diabetic CKD G4 with hyperkalemia, acidosis and volume gain; diuretic was increased and {{drug:Lokelma}} and bicarbonate were started. He is leaning toward peritoneal dialysis and was referred for vein mapping and transplant evaluation.
"""),
    dict(style="nephrology_clinic", note="""
Kidney Transplant Clinic - 9 month post-transplant visit

Pt: [[NAME:Adebayo Ogunleye]]   Tx date: [[DATE:04/02/2024]] (DDKT)   MRN: [[MRN:TX-20817]]

[[NAME:Adebayo]] feels well, back to coaching his son's football team. Taking all meds, uses the app for reminders. One missed evening dose of {{drug:Prograf}} last week.

Meds: {{drug:tacrolimus}} {{dose:3 mg}} BID, {{drug:mycophenolate}} {{dose:500 mg}} BID, {{drug:prednisone}} {{dose:5 mg}}, {{drug:Bactrim}} SS MWF, {{drug:amlodipine}} {{dose:5 mg}}.

Labs today: {{lab:tacrolimus trough 7.8}} (goal 6-8), {{lab:Cr 1.3}} (baseline 1.2-1.4), {{lab:K 4.6}}, {{lab:Mg 1.5}}, {{lab:WBC 5.2}}, BK PCR not detected, DSA negative.
{{vital:BP 128/82}}, graft site non-tender.

Creatinine rose briefly to 1.6 in Dec with a GI bug and came back down with fluids - no biopsy needed.

Plan: no change. Add {{drug:magnesium oxide}} {{dose:400 mg}} BID. Labs monthly. Discussed sun protection, skin check with derm.
He asked about a trip to [[ADDRESS:Ibadan]] in the summer - ok with planning; travel clinic visit 6 wks before.

Coordinator: [[NAME:Rose Whitaker]], RN  ([[EMAIL:rwhitaker@stvincenttx.org]], [[PHONE:617-555-0832]])
Attending: [[NAME:Oluwaseun Adeyemi-Cole]], MD
""", summary="""
[[NAME:Adebayo Ogunleye]] is doing well 9 months after deceased-donor kidney transplant with stable creatinine ({{lab:Cr 1.3}}) and therapeutic {{drug:tacrolimus}}; magnesium was added for a low level. Travel to [[ADDRESS:Ibadan]] is allowed with pre-travel advice.
"""),
    dict(style="nephrology_clinic", note="""
HD UNIT ROUNDS - [[DATE:Tues 3/4]] - Chair side, 2nd shift
(MD: [[NAME:T. Mahlangu]]; charge RN [[NAME:Grace]])

Ch | Patient                  | Kt/V | Hgb  | Alb | Issues / orders
1  | [[NAME:Nguyễn Thị Lan]]           | {{lab:Kt/V 1.4}}  | {{lab:Hgb 9.8}}  | 3.6 | IDWG 3.1 kg; reinforce fluid. {{drug:Epogen}} incr to {{dose:6000 units}} TIW
2  | [[NAME:Grace Abernathy]]          | {{lab:Kt/V 1.2}}  | {{lab:Hgb 11.0}} | 3.2 | access R AVF - prolonged bleeding 25 min; fistulogram
4  | [[NAME:Oyelaran, Tunde]]          | {{lab:Kt/V 1.5}}  | {{lab:Hgb 10.4}} | 3.9 | {{lab:PTH 612}} -> start {{drug:Sensipar}} {{dose:30 mg}}
5  | [[NAME:Lane, Dolores]] "[[NAME:Dee]]"  | {{lab:Kt/V 1.3}}  | {{lab:Hgb 8.9}}  | 3.4 | GI w/u pending, hold ESA? ferritin 890 TSAT 18
7  | [[NAME:Hirano Kenji]]             | {{lab:Kt/V 1.6}}  | {{lab:Hgb 10.9}} | 4.0 | stable, transplant listed

Lane change note: pt in ch 5 requested moving to the 1st shift lane (mornings). SW to ask.
All pts seen. [[NAME:Grace]] to recheck BP on ch 2 post-run. Next rounds [[DATE:3/11]].
""", summary="""
Dialysis rounds on [[DATE:3/4]] for five patients: ESA was increased for [[NAME:Nguyễn Thị Lan]], a fistulogram was ordered for [[NAME:Grace Abernathy]], {{drug:Sensipar}} was started for [[NAME:Tunde Oyelaran]], anemia work-up continues for [[NAME:Dolores Lane]], and [[NAME:Hirano Kenji]] is stable.
"""),
    dict(style="anticoag_phone_log", note="""
ANTICOAGULATION CLINIC - TELEPHONE ENCOUNTER
Pt: [[NAME:Frank Delaney]]   DOB [[DATE:2/9/1947]]   Acct [[MRN:55120873]]
Indication: AF + mech AVR (goal INR 2.5-3.5)   Drug: {{drug:warfarin}}

[[DATE:11/18]] 0915  Called pt re: POC INR from Coag Sense home monitor {{lab:INR 3.8}}. Pt reports no bleeding, no bruising,
no black stools. Asked directly about urine - denies frank blood. Started {{drug:Bactrim}} 3 d ago from urgent care for UTI
(likely cause). Current dose {{dose:5 mg}} daily except {{dose:7.5 mg}} Mon/Fri (weekly {{dose:40 mg}}).
Plan: hold tonight's dose, then resume usual. Recheck INR [[DATE:11/21]]. Pt verbalized understanding, repeated back.
Pt cell [[PHONE:330-555-0964]].  -- [[NAME:M. Tshabalala]], PharmD

[[DATE:11/21]] 1040  INR {{lab:INR 3.1}}. No sx. Finishes abx tomorrow. Resume weekly {{dose:40 mg}}. Next INR 1 wk ([[DATE:11/28]] - Thanksgiving, pt will test [[DATE:11/27]] instead).
-- [[NAME:MT]]
""", summary="""
[[NAME:Frank Delaney]], on {{drug:warfarin}} for AF and a mechanical valve, had a supratherapeutic {{lab:INR 3.8}} after starting {{drug:Bactrim}}; one dose was held and INR came back to {{lab:INR 3.1}}. Next check on [[DATE:11/27]].
"""),
    dict(style="anticoag_phone_log", note="""
Coumadin Clinic phone log
[[NAME:SIGURÐARDÓTTIR, GUÐRÚN]]   [[AGE:93]] yo F   MRN [[MRN:0099-41572]]
Target INR 2-3 (AF, CHA2DS2-VASc 5)

[[DATE:12/03/24]] 14:20 - dtr [[NAME:Sólveig]] called ([[PHONE:612-555-0177]]). Mom fell at home yest, hit R forehead, no LOC per dtr. Small lump.
 INR yest at lab {{lab:INR 2.6}}. On {{drug:Coumadin}} {{dose:2.5 mg}} daily. Advised ED eval now for head CT given age {{age:93}}
 and anticoag - dtr agreed, taking her to Abbott Northwestern. -[[NAME:KM]]
[[DATE:12/03/24]] 19:05 - ED note reviewed: CT head neg, no ICH. Discharged home. {{score:GCS 15}}. -[[NAME:KM]]
[[DATE:12/04/24]] 09:30 - spoke w/ pt directly (HOH, spoke slowly). Feels ok, headache mild, taking {{drug:Tylenol}}. Continue same dose.
 Discussed w/ Dr. [[NAME:Einarsson]] re: fall risk vs stroke risk - he will address at PCP visit [[DATE:Dec 16]]. PT home safety referral sent. -[[NAME:KM]]
""", summary="""
[[NAME:Guðrún Sigurðardóttir]], [[AGE:93]], on {{drug:Coumadin}} with therapeutic INR, fell and hit her head; she was sent to the ED where CT showed no bleed. Dose unchanged; fall versus stroke risk will be discussed by her PCP, Dr. [[NAME:Einarsson]].
"""),
    dict(style="anticoag_phone_log", note="""
ANTICOAG PHONE NOTE - periprocedural bridging

Patient: [[NAME:Montserrat Puig i Ferrer]] (goes by "[[NAME:Montse]]")
DOB: [[DATE:19.06.1962]]    Enc #: [[MRN:E-88013412]]
Reason: L TKA with Dr. [[NAME:Jordi Casals]] scheduled [[DATE:Thursday the 14th]]

Spoke with patient 1:45 pm. On {{drug:warfarin}} for recurrent VTE + APS (high thrombotic risk) -> bridging indicated.
Weight 68 kg, {{lab:CrCl 74}}.

Calendar given (paper copy mailed to new address [[ADDRESS:88 Walnut St Apt 3]], [[ADDRESS:Northampton]], MA [[ADDRESS:01060]];
old [[ADDRESS:Barcelona]] address removed from chart):
  Day -5 ([[DATE:Sat 3/9]])  last warfarin dose
  Day -3 ([[DATE:Mon 3/11]]) start {{drug:enoxaparin}} {{dose:70 mg}} SC q12h ({{dose:1 mg/kg}})
  Day -1 ([[DATE:Wed 3/13]]) AM enox only, last dose by 0800; INR at pre-op
  Day 0  surgery; restart warfarin evening if ok with surgeon
  Day +1 restart enox {{dose:70 mg}} q12h when hemostasis secure, until {{lab:INR 2.0}} x 2

Pt's husband [[NAME:Xavier]] will give injections; teach-back done over phone. Surgeon's office ([[NAME:Núria]]) faxed copy at [[PHONE:413-555-6120]].
[[NAME:Carla Jenkins]], RN, Anticoagulation Service
""", summary="""
[[NAME:Montserrat Puig i Ferrer]], on {{drug:warfarin}} for recurrent VTE and APS, was given a bridging plan with {{drug:enoxaparin}} around her knee replacement on [[DATE:the 14th]]. Her address was updated and her husband will give the injections.
"""),
    dict(style="hiv_id_outpatient", note="""
ID CLINIC - HIV PRIMARY CARE
[[DATE:Jan 22, 2025]]
[[NAME:Mame Diarra Ndiaye]], {{age:38}} F, MRN [[MRN:3308812]]

S: Here for 6-mo visit. Doing well on {{drug:Biktarvy}} 1 tab daily since 2019, no missed doses per pt. Works nights as a CNA.
Partner [[NAME:Ousmane]] remains on PrEP ({{drug:Descovy}}) through Dr. [[NAME:Faye]] at the Fenway - she asked if he can switch to
injectable {{drug:Apretude}}; told her he should ask his prescriber. Mood good. Would like to get pregnant in the next year.

O: {{vital:BP 118/72}}, {{vital:BMI 31.4}}. Thrush absent. No LAD.
Labs [[DATE:1/10]]: {{lab:HIV RNA <20 copies/mL}} (undetectable x 5 yrs), {{lab:CD4 612}} (34%), {{lab:Cr 0.9}}, {{lab:A1c 5.8}}, lipids ok. RPR NR. HBsAg neg, HBsAb pos.

A/P:
- HIV, suppressed. Continue Biktarvy - ok in pregnancy; U=U reviewed, conception counseling done.
- Prediabetes - diet, recheck A1c 6 mo.
- Start {{drug:prenatal vitamin}}.
- Pap due - scheduled.
Case manager [[NAME:Chase Moreland]] ([[PHONE:617-555-0419]] x[[PHONE:221]]) to help with ADAP recert - deadline [[DATE:2/28]]. Don't want her to have to chase the paperwork alone again.

[[NAME:Tsegaye Bekele]], MD
""", summary="""
[[NAME:Mame Diarra Ndiaye]] has fully suppressed HIV on {{drug:Biktarvy}} ({{lab:CD4 612}}) and received conception counseling; prediabetes will be rechecked. Her case manager [[NAME:Chase Moreland]] will help with ADAP recertification by [[DATE:2/28]].
"""),
    dict(style="hiv_id_outpatient", note="""
OPAT (Outpatient Parenteral Antibiotic Therapy) Weekly Review

Pt: [[NAME:ETXEBERRIA GOIKOETXEA, IÑAKI]]      DOB [[DATE:11 Mar 1969]]      FIN [[MRN:2291870045]]
Home infusion: Option Care - ph [[PHONE:208-555-3307]], fax [[PHONE:208-555-3399]]
Dx: L calcaneal osteomyelitis (MSSA) s/p debridement [[DATE:5 Nov 2024]]
Abx: {{drug:cefazolin}} {{dose:2 g}} IV q8h via R arm PICC, start [[DATE:6 Nov 2024]], planned end [[DATE:17 Dec 2024]] (6 wk)

Week 3 labs ([[DATE:26-Nov-2024]]):
  {{lab:WBC 7.4}}  {{lab:ANC 4.9}}  {{lab:Hgb 12.2}}  {{lab:Plt 288}}
  {{lab:Cr 0.9}}   {{lab:AST 31}}   {{lab:ALT 29}}
  {{lab:ESR 54}} (was 96)   {{lab:CRP 2.1 mg/dL}} (was 11.8)

Home RN [[NAME:Hollis]] reports PICC site clean, dressing changed, no fever. Wound vac removed; wound 1.2 x 0.8 cm, granulating.
Pt still at his brother's place in [[ADDRESS:Boise]] until he can manage stairs.

Plan: continue current regimen. Labs weekly. Podiatry f/u [[DATE:12/3]]. PICC pull on completion.
Reviewed by [[NAME:A. Lindqvist]], PharmD / Dr. [[NAME:Amaia Zubiri]], ID
""", summary="""
[[NAME:Iñaki Etxeberria Goikoetxea]] is in week 3 of IV {{drug:cefazolin}} for MSSA calcaneal osteomyelitis with falling inflammatory markers ({{lab:CRP 2.1 mg/dL}}) and a healing wound. Therapy continues to [[DATE:17 Dec 2024]].
"""),
    dict(style="hiv_id_outpatient", note="""
TB CLINIC - LTBI treatment start
Date: [[DATE:06/10/2025]]
Patient: [[NAME:Hodan Abdi Warsame]]    Age {{age:29}}    MRN [[MRN:5120334]]
Interpreter: [[NAME:Farah Yusuf]] (Somali), in person, ID# [[MRN:INT-4471]]

Referred by refugee health screening. QuantiFERON-TB Gold Plus positive (TB1 minus nil 2.84). CXR [[DATE:5/28]] clear. No cough, fever,
night sweats or weight loss. Not pregnant (urine hCG neg today). No HIV (Ag/Ab neg). {{lab:ALT 18}}.
Lives with husband and 3 children in [[ADDRESS:Columbus]]; children screened at Nationwide Children's - all negative.

Regimen: 3HP - {{drug:isoniazid}} {{dose:900 mg}} + {{drug:rifapentine}} {{dose:900 mg}} once weekly x 12 doses, plus {{drug:pyridoxine}} {{dose:50 mg}} weekly.
Weekly DOT by video, Tuesdays. Counseled on flu-like reaction, orange urine/tears, interaction with hormonal contraception
(uses condoms). Pt asked good questions - wants to finish before Ramadan.

Pt phone [[PHONE:614-555-7721]] (husband [[NAME:Abdirahman]]'s phone, ok to leave message).
[[NAME:Sunita Raghavan]], MD
""", summary="""
[[NAME:Hodan Abdi Warsame]], {{age:29}}, with latent TB (positive QuantiFERON, clear CXR), started 12 weekly doses of {{drug:isoniazid}} plus {{drug:rifapentine}} by video DOT. Counseling was given through interpreter [[NAME:Farah Yusuf]].
"""),
    dict(style="hiv_id_outpatient", note="""
HEPATITIS C TREATMENT PLAN - ID Clinic

Dx: Chronic HCV, genotype 3a, treatment-naive.
{{lab:HCV RNA 2.1 million IU/mL}}. HBsAg neg, anti-HBc neg, anti-HBs neg -> start Hep B vaccine ({{drug:Heplisav-B}}, 2 doses).
HIV Ag/Ab neg.

Fibrosis staging:
  {{score:FIB-4 1.8}}, {{score:APRI 0.6}}
  FibroScan 8.9 kPa (F2), CAP 262
  Not cirrhotic -> {{eponym:Child-Pugh}} N/A.

Regimen: {{drug:Epclusa}} ({{drug:sofosbuvir}}/{{drug:velpatasvir}} {{dose:400/100 mg}}) 1 tab daily x 12 weeks.
Interactions checked: stop {{drug:omeprazole}} (PPI reduces velpatasvir absorption) -> {{drug:famotidine}} {{dose:20 mg}} BID taken with Epclusa OK.
No amiodarone.

Harm reduction: currently on {{drug:buprenorphine}}/{{drug:naloxone}} {{dose:16/4 mg}} daily via Bridge Clinic, last use >1 yr.
Naloxone kit given. Reinfection counseling done.

Labs: HCV RNA at week 4 optional; SVR12 check 12 weeks after completion.
Prior auth submitted to Medicaid MCO; specialty pharmacy to ship once approved.
""", summary="""
Treatment-naive genotype 3a hepatitis C with F2 fibrosis will be treated with {{drug:Epclusa}} for 12 weeks after switching the PPI to {{drug:famotidine}}. Hepatitis B vaccination and harm-reduction counseling were started.
"""),
    dict(style="allergy_immunology", note="""
ALLERGY CLINIC - DIRECT ORAL AMOXICILLIN CHALLENGE
Pt: [[NAME:Wiremu Te Rangi]]   DOB [[DATE:08/30/1990]]   MRN [[MRN:6604219]]   Date [[DATE:04/08/2025]]

Hx: labeled PCN-allergic since childhood; mother ([[NAME:Mere]]) recalls a "rash after ear infection medicine" age ~4,
no hives/swelling/breathing problems, no blistering, no hospitalization. Has since tolerated {{drug:cephalexin}}.
{{score:PEN-FAST 0}} -> very low risk; skin testing not needed.

Challenge: {{drug:amoxicillin}} {{dose:500 mg}} PO x1 at 0902, observed 60 min.

Time  | BP         | HR | SpO2 | Skin / sx
0900  | {{vital:BP 122/74}}  | 70 | 99%  | clear
0930  | {{vital:BP 118/70}}  | 72 | 99%  | clear
1002  | {{vital:BP 120/72}}  | 68 | 98%  | clear, no sx

Result: PASSED. Penicillin allergy removed from chart; pt given wallet card. Told to expect that future PCNs are fine;
if a delayed rash in the next 5 days, send a photo via portal. Pt's faith in "the allergy" took some convincing.

Nurse: [[NAME:Faith O'Donnell]], RN
Allergist: [[NAME:Hye-jin Cho]], MD, FAAAAI
""", summary="""
[[NAME:Wiremu Te Rangi]] passed a direct oral {{drug:amoxicillin}} challenge on [[DATE:04/08/2025]], so his low-risk childhood penicillin allergy label was removed.
"""),
    dict(style="allergy_immunology", note="""
DRUG DESENSITIZATION RECORD - {{drug:carboplatin}} (12-step, 3-bag protocol)

Patient: [[NAME:Anahit Petrosyan]]       MRN: [[MRN:1183375]]       [[DATE:Wed 2/19/25]]
Onc: Dr. [[NAME:Pieter Van den Broeck]]   Allergy: Dr. [[NAME:Sevan Hovsepian]]
Indication: recurrent ovarian CA; cycle 8 carboplatin ([[DATE:Jan 29]]) -> flushing, palmar itch, chest tightness, {{vital:BP 88/50}}; resolved w/ IM {{drug:epinephrine}}.
Skin test {{drug:carboplatin}} ID 1 mg/mL positive.

Premeds 60 min prior: {{drug:cetirizine}} {{dose:10 mg}}, {{drug:famotidine}} {{dose:20 mg}}, {{drug:montelukast}} {{dose:10 mg}}, {{drug:aspirin}} {{dose:325 mg}}.
Target dose {{dose:AUC 5}} = {{dose:520 mg}}.

Step | Bag | Rate (mL/h) | Time  | Reaction
1-4  | A (1:100) | 2.5 -> 20 | 0915-1015 | none
5-8  | B (1:10)  | 5 -> 40   | 1015-1115 | step 7: itchy palms, no hives -> {{drug:diphenhydramine}} {{dose:25 mg}} IV, paused 20 min, resumed
9-12 | C (full)  | 10 -> 80  | 1135-1540 | none

Total dose delivered {{dose:520 mg}}. Vitals stable throughout, last {{vital:BP 116/70}} {{vital:HR 82}} SpO2 98%.
Plan: same protocol for cycle 10; add step-7 pause preemptively.
RN at bedside: [[NAME:Lusine Grigoryan]], RN, OCN
""", summary="""
[[NAME:Anahit Petrosyan]], with a prior {{drug:carboplatin}} reaction, completed a 12-step desensitization to the full {{dose:520 mg}} dose with only mild palmar itch at step 7. The same protocol will be used for cycle 10.
"""),
    dict(style="allergy_immunology", note="""
PATCH TEST READINGS
[[NAME:Mäkelä, Aino K.]]   {{age:44}}F   MRN [[MRN:8892031]]
Applied [[DATE:Mon 3/10]], removed & read D2 [[DATE:Wed 3/12]], final read D4 [[DATE:Fri 3/14]]. Read by [[NAME:AT]].
Hx: hand dermatitis x 8 mo, works as a dental hygienist. Gloves nitrile.

Allergen (NAC-80 + dental series)          D2     D4
Nickel sulfate 2.5%                         +      ++
Balsam of Peru (Myroxylon pereirae)         -      -
Fragrance mix I                             -      -
Thiuram mix                                 +?     +
Carba mix                                   -      -
Methylisothiazolinone                       -      -
2-HEMA (methacrylate)                       +      ++
Cobalt chloride                             -      +?
Ethyl acrylate                              -      +

Relevance: methacrylates - current, occupational (bonding agents). Thiurams - possible (older latex gloves at prior job). Nickel - past (jewelry).
Plan: avoidance handouts via CAMP database; double gloving with 4H liners for acrylates; letter for employer; {{drug:triamcinolone}} 0.1% oint BID x 2 wk.
RTC 8 wk. Email from pt: [[EMAIL:aino.makela84@gmail.com]]
""", summary="""
Patch testing in [[NAME:Aino Mäkelä]] showed relevant occupational allergy to methacrylates, plus thiuram and nickel reactions. She received avoidance guidance, glove advice and topical {{drug:triamcinolone}}.
"""),
    dict(style="allergy_immunology", note="""
Venom immunotherapy - maintenance injection
[[DATE:7/22/2025]] 10:15
[[NAME:Sipho Dlamini]] (DOB [[DATE:7-1-1978]]) - mixed vespid + honeybee, maintenance {{dose:100 mcg}} each q4wk, yr 3 of 5.
Pre-check: no illness, no new meds, no beta blocker. PEF 520 (baseline 540). {{vital:BP 128/80}}.
Given: honeybee {{dose:100 mcg}} L arm 10:18, mixed vespid {{dose:300 mcg}} R arm 10:19. Lot #s on MAR.
30 min obs: L arm 2 cm wheal, no systemic sx. D/c 10:50.
Pt mentioned stung by a yellow jacket in his garden 2 wk ago - local swelling only, no hives. Carries {{drug:EpiPen}} x2.
Next due [[DATE:8/19]]. - [[NAME:N. Mkhize]], LPN
""", summary="""
[[NAME:Sipho Dlamini]] received his year-3 venom immunotherapy maintenance injections without systemic reaction and reported only a local reaction to a recent field sting. Next dose due [[DATE:8/19]].
"""),
    dict(style="rheumatology_clinic", note="""
MyChart message thread

From: [[NAME:Karthik Subramanian]]  [[DATE:Sat 9/14/2024]] 8:02 PM
Hi Dr. [[NAME:Hale]], my {{drug:Humira}} shipment didn't come this week and my next shot is due Monday. The specialty pharmacy says they need a new prior auth??
I called them at [[PHONE:1-800-555-0139]] twice. My back is already stiffer. Can I just skip one? Thanks, [[NAME:Karthik]]

From: [[NAME:Jenna Mallory]], RN  [[DATE:Mon 9/16/2024]] 9:41 AM
Hi [[NAME:Karthik]], sorry about this. The PA expired [[DATE:9/1]] with your insurance change. I submitted a new one this morning to
BCBS (member ID [[MRN:XQK448120993]]) and marked it urgent. It usually takes 1-3 business days. A one-week delay is okay for AS -
if you get a flare, {{drug:naproxen}} {{dose:500 mg}} twice a day with food is fine for a few days (you've taken it before without issues).
Dr. [[NAME:Hale]] is aware. [[NAME:JM]]

From: [[NAME:Karthik Subramanian]]  [[DATE:Wed 9/18/2024]] 6:15 PM
Approved and delivered today. Thank you!!
""", summary="""
[[NAME:Karthik Subramanian]], on {{drug:Humira}} for ankylosing spondylitis, had a shipment delay from an expired prior authorization; nurse [[NAME:Jenna Mallory]] resubmitted it and advised {{drug:naproxen}} for flares, and the drug was delivered [[DATE:9/18/2024]].
"""),
    dict(style="nephrology_clinic", note="""
[[ADDRESS:4100 Harborview Drive, Suite 210]]
[[ADDRESS:Pawtucket]], RI [[ADDRESS:02860]]
Tel [[PHONE:401-555-7400]]  Fax [[PHONE:401-555-7401]]

[[DATE:March 3rd, 2025]]

[[NAME:Conor McAllister]], MD
Blackstone Valley Internal Medicine

Re: [[NAME:Shirin Farahani]], DOB [[DATE:3rd of June 1967]]

Dear Dr. [[NAME:McAllister]],

Thank you for asking me to see Mrs. [[NAME:Farahani]] for recurrent hyperkalemia. She is a {{age:57}}-year-old woman with type 2 diabetes,
CKD G3b ({{lab:eGFR 38}}), and resistant hypertension on {{drug:lisinopril}} {{dose:40 mg}} and {{drug:spironolactone}} {{dose:25 mg}}.
Potassium has ranged from 5.4 to 6.1 over the last 6 months, latest {{lab:K 5.9}}, with {{lab:CO2 20}}. ECG today without peaked T waves.
{{vital:BP 152/94}} in clinic.

My impression is hyperkalemia from combined RAAS blockade in the setting of CKD and type 4 RTA physiology.
I would like to keep her on the ACE inhibitor given {{lab:UACR 620 mg/g}}, so I have:
  - stopped spironolactone
  - started {{drug:Lokelma}} {{dose:10 g}} daily and {{drug:chlorthalidone}} {{dose:12.5 mg}} daily
  - asked her to stop the salt substitute she was using (KCl)
  - deferred {{drug:Kerendia}} until K reliably under 5.0
I will see her again in 4 weeks with a BMP at 1 week.

Sincerely,
[[NAME:Darius Tehrani]], MD, Nephrology
cc: [[NAME:Shirin Farahani]]
""", summary="""
Nephrologist Dr. [[NAME:Darius Tehrani]] wrote to Dr. [[NAME:Conor McAllister]] that [[NAME:Shirin Farahani]]'s recurrent hyperkalemia stems from dual RAAS blockade in CKD G3b. Spironolactone and a salt substitute were stopped, and {{drug:Lokelma}} and {{drug:chlorthalidone}} were started.
"""),
    dict(style="allergy_immunology", note="""
IMMUNOLOGY - CVID, subcutaneous immunoglobulin follow-up

Diagnosis: Common variable immunodeficiency (low IgG/IgA, poor response to Pneumovax, low switched memory B cells).
Complications: bronchiectasis (RML, lingula), no granulomatous disease, no splenomegaly.

Current therapy: {{drug:Hizentra}} 20% {{dose:12 g}} SC weekly (0.15 g/kg/wk), 2 sites abdomen, pump.
{{lab:IgG trough 812 mg/dL}} (goal >800 given bronchiectasis). Prior 744 on 10 g.

Infections in last 6 mo: 1 sinusitis, treated with {{drug:Augmentin}} x 10 d. No pneumonia, no hospitalization.
Local site reactions mild, resolve in 24 h.

Exam: {{vital:SpO2 97%}} RA, scattered rhonchi R base, clears with cough. No clubbing.
PFTs: FEV1 78% predicted, stable.

Plan:
- Continue Hizentra {{dose:12 g}} weekly.
- Airway clearance (Aerobika) BID; Pulmonary f/u.
- Annual CT chest not needed; repeat only with clinical change.
- No live vaccines. Inactivated influenza and COVID per schedule (response uncertain).
- CBC, CMP, IgG trough in 3 months.
""", summary="""
Patient with CVID and bronchiectasis is stable on weekly {{drug:Hizentra}} with an {{lab:IgG trough 812 mg/dL}} and only one sinus infection in six months. Therapy and airway clearance continue.
"""),
    dict(style="hiv_id_outpatient", note="""
id clinic, dictated. dr [[NAME:whitfield]] seeing mr [[NAME:tanaka hiroshi]], medical record number [[MRN:4 4 0 2 9 1 7]], date [[DATE:january ninth]]. he is a {{age:54}} year old man with hiv diagnosed in 2008 presenting with a new violaceous plaque on the left shin for about six weeks, concern for {{eponym:Kaposi}} sarcoma. he has been off antiretrovirals since last spring when he lost his job and insurance, his partner [[NAME:daniel]] came with him today. viral load drawn last week is {{lab:HIV RNA 148,000}} and {{lab:CD4 96}}. no fevers, no dyspnea, no GI bleeding. exam shows a two by three centimeter purple plaque left anterior shin and two smaller lesions on the hard palate. plan restart art with {{drug:Biktarvy}} today, samples given, start {{drug:Bactrim}} double strength daily for PJP prophylaxis, punch biopsy of the shin lesion by derm next week, chest x-ray today, refer to oncology if biopsy confirms. social work to enroll him in ADAP, his phone is [[PHONE:503 555 0198]], ok to text. also [[NAME:daniel]]'s number [[PHONE:503 555 0112]]. follow up in two weeks.
""", summary="""
[[NAME:Hiroshi Tanaka]], {{age:54}}, with untreated HIV ({{lab:CD4 96}}) and a shin plaque suspicious for {{eponym:Kaposi}} sarcoma, was restarted on {{drug:Biktarvy}} with {{drug:Bactrim}} prophylaxis. Biopsy and ADAP enrollment are planned.
"""),
    dict(style="rheumatology_clinic", note="""
INFUSION CENTER - RHEUMATOLOGY
[[DATE:2025.05.06]]   Chair 12
Patient: [[NAME:Popescu, Ionuț]] ("[[NAME:Johnny]]")   MRN [[MRN:2075519]]
Dx: GPA (granulomatosis with polyangiitis, formerly "{{eponym:Wegener}}"), PR3-ANCA+, renal + sinus involvement, in remission.
Tx: {{drug:rituximab}} {{dose:500 mg}} IV maintenance q6mo (MAINRITSAN), dose #3

Pre: {{drug:acetaminophen}} {{dose:650 mg}} PO, {{drug:diphenhydramine}} {{dose:25 mg}} IV, {{drug:methylprednisolone}} {{dose:100 mg}} IV.
Vitals pre {{vital:BP 134/82}} {{vital:HR 76}} {{vital:T 36.7}}. Start 0945 at 50 mg/h, titrated q30min by 50 to 300 mg/h (subsequent-infusion protocol).
No reaction. Completed 1325. Post {{vital:BP 130/80}}.
Labs: {{lab:IgG 640}} (slowly falling), {{lab:CD19 0}}, {{lab:Cr 1.2}}, UA bland.
Note: IgG trending down - Dr. [[NAME:Vasile Marinescu]] aware, will check again before next dose (~[[DATE:Nov 5]]).
[[NAME:Johnny]] reminded to get his flu shot at least 2 wks before next infusion.
RN [[NAME:B. Quayle]]
""", summary="""
[[NAME:Ionuț Popescu]] received his third maintenance {{drug:rituximab}} infusion for PR3-positive GPA without reaction. His falling IgG will be rechecked before the next dose.
"""),
    dict(style="nephrology_clinic", note="""
CONSERVATIVE KIDNEY MANAGEMENT - FAMILY MEETING
PATIENT: [[NAME:HEINO TAMM]]    AGE: [[AGE:94]]    MRN [[MRN:603391]]    DATE [[DATE:9 OCT 2024]]

Present: pt; son [[NAME:Rein Tamm]] (HCP); daughter-in-law [[NAME:Sky]]; SW [[NAME:Liis Kask]]; Dr. [[NAME:Okonkwo-Lane]] (nephrology).

Mr. [[NAME:Tamm]] is a ninety-four-year-old retired ship's engineer with CKD G5 ({{lab:eGFR 11}}, {{lab:Cr 4.1}}), HFrEF (EF 25%),
moderate dementia ({{score:MoCA 14/30}}), and severe AS. He lives with [[NAME:Rein]] in [[ADDRESS:Astoria]]. He told us clearly he does
not want "the machine." Son agrees this matches what his father has said for years.

Discussed: dialysis unlikely to extend life meaningfully at his age and comorbidity burden, and would mean 3x/wk transport.
Decision: conservative kidney management, no dialysis. POLST updated - DNR/DNI, selective treatment.
Symptom plan: {{drug:furosemide}} {{dose:80 mg}} BID for edema; {{drug:sevelamer}} stopped (pill burden); {{drug:Sarna}} lotion for itch,
{{drug:gabapentin}} {{dose:100 mg}} at bedtime if itch persists; {{drug:ondansetron}} PRN nausea.
Hospice referral when pt/family ready - info given. [[NAME:Sky]] said the sky-blue brochure was the helpful one.

Time: 55 min, >50% counseling.
""", summary="""
At a family meeting, [[AGE:94]]-year-old [[NAME:Heino Tamm]] with CKD G5, heart failure and dementia chose conservative kidney management without dialysis, consistent with his son [[NAME:Rein Tamm]]'s account of his wishes. Symptom medications were adjusted and hospice information was given.
"""),
    dict(style="hiv_id_outpatient", note="""
TRAVEL MEDICINE / ID
Name: [[NAME:Hery Rakotomalala]]     DOB: [[DATE:12/05/1985]]     Visit: [[DATE:14 August 2025]]
Travel: [[ADDRESS:Antananarivo]] and [[ADDRESS:Toamasina]] (visiting family), departs [[DATE:Sept 2]], 5 weeks.
VFR traveler, born in Madagascar, US resident 12 yrs.

PMH: HTN on {{drug:losartan}} {{dose:50 mg}}. No spleen issues. G6PD normal ([[DATE:8/14]]).
Vaccines: Typhoid - Vivotif not available, gave Typhim Vi IM today. Hep A #2 given (first 2018). Tdap up to date. MMR x2 documented.
Rabies pre-exposure - discussed, pt declined (city only). Yellow fever - not required from US.

Malaria: chloroquine-resistant P. falciparum -> {{drug:atovaquone-proguanil}} {{dose:250/100 mg}} daily, 1-2 d before, during, 7 d after.
Travelers' diarrhea: {{drug:azithromycin}} {{dose:1000 mg}} x1 standby. Insect precautions, DEET 30%.
Plague season reminder (Sept-April); seek care for fever, tell clinician about travel.

Pt's wife [[NAME:Voahangy]] will schedule her own visit. Clinic line [[PHONE:(312) 555-0455]].
[[NAME:Lindsay Park]], PA-C
""", summary="""
[[NAME:Hery Rakotomalala]] received pre-travel care for a 5-week family visit to [[ADDRESS:Antananarivo]] and [[ADDRESS:Toamasina]], including typhoid and hepatitis A vaccines, {{drug:atovaquone-proguanil}} malaria prophylaxis and standby {{drug:azithromycin}}.
"""),
    dict(style="anticoag_phone_log", note="""
Anticoag clinic - DOAC transition call
[[DATE:04/23/2025]] 3:10 pm  |  pt: [[NAME:Arben Hoxha]]  |  MRN [[MRN:90012478]]  |  Age {{age:68}}

Cardiology (Dr [[NAME:Drita Berisha]]) asked us to switch pt from warfarin to {{drug:apixaban}} for nonvalvular AF - labile INRs, TTR 48%.
Checked: {{lab:Cr 1.0}} ([[DATE:4/18]]), wt 92 kg, age <80 -> full dose {{dose:5 mg}} BID. No interacting meds ({{drug:amiodarone}} ok at his dose, no azoles).
Copay checked with Humana - $47/mo, pt ok with that.

Instructions given: stop {{drug:warfarin}} today (last dose was last night). Check INR [[DATE:Fri 4/25]] at Quest; start apixaban when {{lab:INR <2.0}}.
Pt said "so no more finger sticks?" - correct once stable. Called in to CVS [[ADDRESS:Elm Street]].
Wife [[NAME:Lule]] also on the line, wrote it down. Home [[PHONE:(216) 555-3380]].

[[DATE:04/25/2025]] 4:40 pm INR {{lab:INR 1.7}} -> start {{drug:Eliquis}} {{dose:5 mg}} tonight. Pt confirmed he picked it up. Discharge from warfarin monitoring. - [[NAME:jkowalski3]]
""", summary="""
[[NAME:Arben Hoxha]] was switched from {{drug:warfarin}} to {{drug:apixaban}} {{dose:5 mg}} BID for AF with labile INRs, starting once his {{lab:INR 1.7}} fell below 2.0 on [[DATE:04/25/2025]].
"""),
    dict(style="allergy_immunology", note="""
ALLERGY - NEW PATIENT
[[NAME:Chloe Hartley-Bennett]]  |  {{age:7}} yo F  |  accompanied by mom [[NAME:Summer Hartley]] and dad [[NAME:Rhys Bennett]]
DOB [[DATE:2017-12-03]]  |  Ins: Aetna, member ID [[MRN:W2290018843]]  |  Ref: Dr. [[NAME:Yemi Adebanjo]] (peds)

CC: hives and lip swelling after cashew pesto at a friend's birthday in the summer; treated with {{drug:Benadryl}}, resolved 2 h.
Eats peanut butter daily without issue. Has had almonds. Mild eczema, no asthma.

SPT today (wheal/flare mm): histamine 6/20, saline 0, cashew 11/30, pistachio 8/25, walnut 0, pecan 0, hazelnut 2/5, almond 0, peanut 0.
Cashew component Ana o 3 sIgE 4.2 kU/L.

Impression: IgE-mediated cashew allergy with pistachio co-sensitization (likely co-allergy).
Plan: strict avoidance cashew + pistachio; continue peanut, almond. Offer OFC to walnut/pecan for mom's peace of mind.
{{drug:EpiPen Jr}} {{dose:0.15 mg}} x2 - school form completed, Food Allergy Action Plan given. Discussed cashew OIT as future option.
Mom's email for school forms: [[EMAIL:summer.hartley@outlook.com]]
[[NAME:Ilse Verstraete]], MD
""", summary="""
[[NAME:Chloe Hartley-Bennett]], {{age:7}}, has IgE-mediated cashew allergy with pistachio co-sensitization on skin testing; she was prescribed {{drug:EpiPen Jr}} and told to avoid both nuts while continuing peanut and almond.
"""),
]
