"""Hand-written held-out notes, part B: cardiology clinic and cath lab, dialysis unit and nephrology, oncology
infusion visits. Every person, number, date, phone, e-mail and street is invented."""

NOTES = [
    dict(style="cardiology_clinic", note="""
CARDIOLOGY CLINIC - HEART FAILURE FOLLOW-UP
Patient: [[NAME:Babatunde Adeleke]]   DOB [[DATE:3/2/1961]]   MRN [[MRN:10582274]]   Visit [[DATE:03/17/2025]]
PCP: Dr. [[NAME:Chiamaka Eze]]

S: {{age:64}} yo M with nonischemic cardiomyopathy (EF 25% in Oct 2024) back 3 mo after GDMT titration. Now walks 2 blocks before dyspnea (was 1). Sleeps on one pillow, no PND. Ankles swell by evening. Home BP log 110s/70s. Wife [[NAME:Funmilayo]] fills the pillbox every Sunday.
Meds: {{drug:Entresto}} {{dose:49/51 mg}} BID, {{drug:Coreg}} {{dose:12.5 mg}} BID, {{drug:spironolactone}} {{dose:25 mg}} daily, {{drug:Farxiga}} {{dose:10 mg}} daily, {{drug:Lasix}} {{dose:20 mg}} daily.
O: {{vital:BP 112/68}}  {{vital:HR 64}}  {{vital:Wt 91.2 kg}} (93.0 last visit)  {{vital:SpO2 97%}}
JVP 8 cm. RRR, soft {{score:2/6}} holosystolic murmur at apex, no S3. Lungs clear. Trace bilateral pedal edema.
Labs [[DATE:3/10]]: {{lab:K 4.6}}, {{lab:Cr 1.21}}, {{lab:eGFR 66}}, {{lab:NT-proBNP 842}} (from 2,310).
Echo today: {{lab:LVEF 35%}}, moderate functional MR, normal RV.
A/P: HFrEF, {{score:NYHA class II}}, improving on GDMT.
- Increase {{drug:Coreg}} to {{dose:25 mg}} BID
- BMP in 2 wks
- If LVEF remains 35% or less after 3 mo on max tolerated GDMT, discuss primary-prevention ICD
- Cardiac rehab referral placed
RTC 3 months.
[[NAME:Ingrid Solberg]], NP  /  cosigned Dr. [[NAME:Oyelaran]]
""", summary="""
[[NAME:Babatunde Adeleke]], {{age:64}}, with nonischemic cardiomyopathy, is improving on guideline therapy, with {{lab:LVEF 35%}} and a falling NT-proBNP. {{drug:Coreg}} was increased to {{dose:25 mg}} twice daily and cardiac rehab was ordered.
"""),

    dict(style="cath_lab_report", note="""
CARDIAC CATHETERIZATION LABORATORY - PROCEDURE REPORT
Patient: [[NAME:ASANTE, KOFI B]]     MRN [[MRN:00648213]]     Acc# [[MRN:CL25-08817]]     Date [[DATE:05MAY2025]]
Operator: [[NAME:Rebecca Lindholm]], MD     Fellow: [[NAME:Tuan Pham]], MD     RN: [[NAME:J. Oyinlola]]     CVT: [[NAME:DMH]]
Indication: NSTEMI, {{lab:hs-troponin 1,840 ng/L}}; {{score:TIMI 4}}, {{score:GRACE 132}}.
Access: R radial 6 Fr after normal {{eponym:Allen}} test. Catheters: {{eponym:Judkins}} Left 3.5, TIG 4.0.
Anticoagulation: {{drug:heparin}} {{dose:5000 units}} IA, {{drug:verapamil}} {{dose:2.5 mg}} IA; {{lab:ACT 268}}.
Findings:
  LM    normal
  LAD   30% mid
  LCx   95% proximal OM1, {{score:TIMI 2}} flow (culprit)
  RCA   dominant, 40% mid
  {{vital:LVEDP 18 mmHg}}
Intervention: PCI OM1 with 3.0 x 18 mm DES, post-dilated 3.25 NC; 0% residual, {{score:TIMI 3}} flow.
Contrast 110 mL iohexol. Fluoro 9.2 min. TR band, 12 mL air.
Complications: none.
Recommendations: DAPT - {{drug:aspirin}} {{dose:81 mg}} + {{drug:Brilinta}} {{dose:90 mg}} BID x 12 mo; {{drug:atorvastatin}} {{dose:80 mg}}; TTE; cardiac rehab.
Wife [[NAME:Ama Asante]] updated in family waiting room by Dr. [[NAME:Lindholm]] at 1412.
""", summary="""
[[NAME:Kofi Asante]] underwent catheterization on [[DATE:05MAY2025]] for NSTEMI, with a drug-eluting stent placed in a 95% OM1 culprit lesion by Dr. [[NAME:Rebecca Lindholm]]. He is to take {{drug:aspirin}} plus {{drug:Brilinta}} for 12 months with high-intensity {{drug:atorvastatin}}.
"""),

    dict(style="dialysis_run_sheet", note="""
HD TREATMENT RECORD   Chair 12   MWF 2nd shift
[[NAME:Blake, Fitzroy]]   MRN [[MRN:HD-30194]]   [[DATE:Mon 6/2/25]]
Access: L forearm {{eponym:Brescia-Cimino}} AVF - +thrill/+bruit, 15g x2, no infiltration.
Pre: {{vital:Wt 84.6 kg}} (EDW 81.5)  {{vital:BP 172/94}}  {{vital:HR 78}}  {{vital:T 36.6}}   IDWG 3.1 kg - "too much soup on the weekend"
Rx: 4h, Qb 400, Qd 600, 2K/2.5Ca bath, UF goal 3.3 L, {{drug:heparin}} {{dose:2000 u}} bolus + {{dose:1000 u/h}}
1h {{vital:BP 158/88}}   2h {{vital:BP 141/80}}   3h {{vital:BP 118/66}} c/o L calf cramp -> UF off 10 min, NS {{dose:200 mL}}, resolved
Post: {{vital:Wt 81.9 kg}}  {{vital:BP 126/72}}   net UF 2.9 L   hemostasis 8 min both sites
Meds: {{drug:Epogen}} {{dose:6000 u}} IV, {{drug:Venofer}} {{dose:100 mg}} IV (#3/10), {{drug:Hectorol}} {{dose:2 mcg}} IV
Monthly labs drawn pre. Last month: {{lab:Kt/V 1.38}}, {{lab:URR 72%}}, {{lab:Hgb 9.8}}, {{lab:K 5.6}}, {{lab:PO4 6.4}}, {{lab:Alb 3.7}}
Diet ed re phos/fluid. Binder {{drug:Renvela}} w/ meals - admits skipping lunch dose at work.
Daughter [[NAME:Sherece]] bringing him Fri; usual ride (Mr. [[NAME:Grant]]) out of town.
RN [[NAME:AJ]] / PCT [[NAME:Wanjiru K.]]
""", summary="""
[[NAME:Fitzroy Blake]] completed hemodialysis on [[DATE:Mon 6/2/25]] with 2.9 L removed, complicated by a calf cramp that resolved. He received {{drug:Epogen}}, {{drug:Venofer}} and {{drug:Hectorol}}, and was counselled on phosphate binder adherence.
"""),

    dict(style="onc_infusion_visit", note="""
Oncology Infusion Visit - C5D1 mFOLFOX6   [[DATE:4/21/2025]]
[[NAME:Phạm Quốc Bảo]] (registered as [[NAME:Bao Pham]]), {{age:58}} M, MRN [[MRN:2207719]]
Stage III colon adenocarcinoma (pT3N1b), s/p R hemicolectomy [[DATE:22/01/2025]]. Adjuvant mFOLFOX6 started [[DATE:2/24]].
Vietnamese interpreter [[NAME:Hoa Nguyen-Lam]] in person.
Interval: fatigue for 2 days after each cycle; cold-induced tingling in fingers lasting 4-5 days (grade 1 neuropathy, no functional limit). Appetite fair. Diarrhea x2 on day 3, resolved with {{drug:loperamide}}. Mouth sore healed.
{{score:ECOG 1}}. {{vital:BP 124/78}}, {{vital:HR 82}}, {{vital:T 36.8}}, {{vital:Wt 63.4 kg}}, BSA 1.72 m2.
Labs: {{lab:ANC 1.9}}, {{lab:Hgb 11.6}}, {{lab:Plt 142}}, {{lab:T bili 0.6}}, {{lab:Cr 0.9}}, {{lab:CEA 2.1}}. OK to treat per parameters.
Premeds: {{drug:Aloxi}} {{dose:0.25 mg}} IV + {{drug:dexamethasone}} {{dose:12 mg}} IV.
{{drug:oxaliplatin}} {{dose:85 mg/m2}} ({{dose:146 mg}}) over 2 h; {{drug:leucovorin}} {{dose:400 mg/m2}}; {{drug:fluorouracil}} bolus {{dose:400 mg/m2}}, then {{dose:2400 mg/m2}} CI over 46 h via ambulatory pump. R chest port accessed, +blood return.
Pump disconnect [[DATE:Wednesday 4/23]].
Daughter [[NAME:Vy]] drives him; callback [[PHONE:(408) 555-0171]].
[[NAME:Katrina Villanueva]], RN, OCN  /  [[NAME:Sunil Abraham]], MD
""", summary="""
[[NAME:Phạm Quốc Bảo]] received cycle 5 of adjuvant mFOLFOX6 on [[DATE:4/21/2025]] for stage III colon cancer with only grade 1 neuropathy and acceptable counts. His pump is to be disconnected on [[DATE:Wednesday 4/23]].
"""),

    dict(style="ecg_interpretation", note="""
12-LEAD ECG INTERPRETATION
Ventricular rate 58. Sinus rhythm with second-degree AV block, {{eponym:Mobitz}} type I ({{eponym:Wenckebach}}): progressive PR prolongation from 210 to 320 ms with a nonconducted P wave every 4th beat.
PR 210 ms (first conducted beat), QRS 96 ms, {{lab:QTc 442 ms}}. Axis +15.
No delta wave or short PR to suggest {{eponym:Wolff-Parkinson-White}} pre-excitation.
No coved ST elevation in V1-V2; {{eponym:Brugada}} pattern absent.
No pathologic Q waves. No acute ST-T changes.
Compared with prior tracing: Wenckebach periodicity is new; previously sinus rhythm with first-degree AV block.
Impression: Mobitz I, likely AV nodal level. Correlate with AV-nodal blocking agents ({{drug:metoprolol}}, {{drug:diltiazem}}) and with timing (sleep). No ischemic changes.
""", summary="""
The ECG shows new {{eponym:Mobitz}} type I ({{eponym:Wenckebach}}) second-degree AV block without pre-excitation, {{eponym:Brugada}} pattern or ischemic changes. Review of AV-nodal blocking drugs such as {{drug:metoprolol}} and {{drug:diltiazem}} is suggested.
"""),

    dict(style="nephrology_clinic", note="""
NEPHROLOGY CLINIC NOTE
Pt: [[NAME:Rodrigo Manalo]]   DOB [[DATE:Aug 9, 1956]]   MRN [[MRN:5503318]]
CC: CKD stage 4 follow-up, access and modality planning
{{age:68}} yo M w/ DM2 x 25 yrs, HTN, diabetic nephropathy. Retired seafarer. Lives with wife [[NAME:Perla]] and a grandson in [[ADDRESS:Vallejo]].
eGFR trend 24 -> 21 -> {{lab:eGFR 18}} over 12 mo. {{lab:UACR 1,450 mg/g}}. {{lab:K 5.3}}, {{lab:HCO3 19}}, {{lab:Hgb 10.1}}, {{lab:PTH 188}}.
{{vital:BP 148/86}} in clinic (home avg 138/80).
Meds: {{drug:losartan}} {{dose:100 mg}}, {{drug:Jardiance}} {{dose:10 mg}} (started last visit), {{drug:amlodipine}} {{dose:10 mg}}, insulin glargine {{dose:22 units}} qHS, {{drug:sodium bicarbonate}} {{dose:650 mg}} BID.
Discussion: modality education done; pt and wife lean toward home PD. Interested in transplant - nephew "[[NAME:Jun-Jun]]" has offered to be tested as a donor.
Plan:
1. Vein mapping, then vascular surgery (Dr. [[NAME:Cortez-Ybarra]]) for L radiocephalic AVF as backup to PD.
2. Transplant referral sent; coordinator [[NAME:Marisol]], fax [[PHONE:415-555-0198]].
3. Add {{drug:Lokelma}} {{dose:10 g}} daily; BMP in 1 wk.
4. Protect L arm - no BP, IV or blood draws.
RTC 6 wks.
[[NAME:Erin Castellano]], MD, Nephrology
""", summary="""
[[NAME:Rodrigo Manalo]], {{age:68}}, with diabetic CKD stage 4 ({{lab:eGFR 18}}), prefers home peritoneal dialysis and was referred for transplant evaluation and fistula planning. {{drug:Lokelma}} was added for hyperkalemia.
"""),

    dict(style="onc_infusion_rn", note="""
Infusion RN Note   [[DATE:07/08/2025]]   Chair 4
[[NAME:Efua Owusu]] (DOB [[DATE:1970-12-03]]) here for C7 {{drug:Keytruda}} {{dose:200 mg}} IV q3wk, NSCLC adenocarcinoma, PD-L1 80%.
Reports more tiredness, cold intolerance, constipation x 2 wks. Mild pruritic rash on forearms, grade 1. No new cough, diarrhea or dyspnea.
{{vital:T 36.4}}  {{vital:BP 118/74}}  {{vital:HR 58}}  {{vital:RR 16}}  {{vital:SpO2 96%}} RA  {{vital:Wt 71.8 kg}}
Labs: {{lab:TSH 8.9}} (prior 2.4), {{lab:free T4 0.7}}, {{lab:AST 22}}, {{lab:ALT 19}}, {{lab:Cr 0.8}}, {{lab:glucose 104}}.
Dr. [[NAME:Hosseini]] notified of TSH - OK to treat; start {{drug:levothyroxine}} {{dose:50 mcg}} daily, rx sent to Walgreens on [[ADDRESS:Cottage Grove Ave]].
PIV R hand 22g x1 attempt. Infused 0930-1000, no reaction. Flushed, PIV removed, catheter intact.
Education: hypothyroid symptoms, take levothyroxine on empty stomach; call for diarrhea 4+/day, SOB, yellow eyes.
Next C8 [[DATE:7/29]]. Husband [[NAME:Kwesi]] waited in lobby, drives her home.
[[NAME:Marguerite Baptiste]], RN, BSN, OCN
""", summary="""
[[NAME:Efua Owusu]] received cycle 7 of {{drug:Keytruda}} on [[DATE:07/08/2025]] without reaction. New immune-related hypothyroidism ({{lab:TSH 8.9}}) was found and {{drug:levothyroxine}} was started.
"""),

    dict(style="cardiology_portal_message", note="""
Patient Portal Message
From: [[NAME:Isamu Sato]]
To: Cardiology - Dr. [[NAME:Colleen Hanley]]
Sent: [[DATE:8/14/2025]] 9:12 PM
Subject: heart monitor results?

Hello Dr. [[NAME:Hanley]], I mailed back the 14 day heart monitor on [[DATE:Aug 1]]. My wife [[NAME:Michiko]] says I should not wait to ask. I still get the fluttering after dinner sometimes and I felt dizzy cutting the grass on Sunday. Are the results back? (born [[DATE:2/3/1948]] in case there is another [[NAME:Isamu Sato]])
Thank you, [[NAME:Isamu]]

----
From: [[NAME:Colleen Hanley]], MD
Sent: [[DATE:8/15/2025]] 7:48 AM
Dear Mr. [[NAME:Sato]],
Your monitor ({{eponym:Holter}}-type patch) showed mostly normal sinus rhythm, average {{vital:HR 71}}, frequent extra beats from the upper chambers (3.2% PACs) and 6 short runs of SVT, the longest 9 beats. There was no atrial fibrillation and no pauses. Your button presses matched the extra beats. On Sunday afternoon the rhythm was normal when you felt dizzy, so that episode was likely from heat and dehydration.
Please cut back on caffeine and stay hydrated. If fluttering lasts more than a few minutes, you can try the {{eponym:Valsalva}} maneuver we practiced. If you faint, call 911; for other concerns call my nurse [[NAME:Tara]] at [[PHONE:(503) 555-0123]].
Dr. [[NAME:Hanley]]
""", summary="""
[[NAME:Isamu Sato]] asked on [[DATE:8/14/2025]] about his heart monitor, and Dr. [[NAME:Colleen Hanley]] replied that it showed PACs and brief SVT without atrial fibrillation. She advised less caffeine, hydration and the {{eponym:Valsalva}} maneuver.
"""),

    dict(style="pd_training", note="""
HOME DIALYSIS - PD TRAINING, DAY 3 OF 5
Pt: [[NAME:Sahra Abdi Hussein]]   MRN [[MRN:7721590]]   Training RN: [[NAME:Olga Petrenko]]
Somali interpreter [[NAME:Mohamed Jama]] by phone (ID [[MRN:281447]]) for husband; pt speaks English well.
{{eponym:Tenckhoff}} catheter placed [[DATE:9/2/25]] by Dr. [[NAME:Kim-Aldana]]; exit site clean and dry, no crusting. Dressing change demonstrated and return-demonstrated.
Today: manual exchange x2. Forgot mask on first exchange and caught it herself; second exchange 100% on checklist.
Cycler setup reviewed; practice tomorrow with husband [[NAME:Abdullahi Yusuf]] present.
Rx: CCPD 5 cycles x 2 L 1.5% dextrose, last fill 1.5 L {{drug:Extraneal}}, total 9 h.
{{vital:BP 136/82}}, {{vital:Wt 62.0 kg}}. UF 650 mL over 2 exchanges. {{lab:K 4.1}}.
Peritonitis teaching: cloudy effluent, abdominal pain or fever - call 24/7 line [[PHONE:1-800-555-0144]] and bring the drain bag in.
Supplies: first delivery [[DATE:Sept 19]] to [[ADDRESS:2840 Cedar Ave S, Apt 314, Minneapolis, MN 55407]]; storage in back bedroom confirmed at home visit [[DATE:9/10]].
Pt asks about fasting during Ramadan - to discuss with nephrologist.
Plan: day 4 tomorrow 0900.
""", summary="""
[[NAME:Sahra Abdi Hussein]] is on day 3 of peritoneal dialysis training with a healthy {{eponym:Tenckhoff}} catheter exit site and correct aseptic exchanges. Cycler training continues tomorrow with her husband [[NAME:Abdullahi Yusuf]], and supplies arrive [[DATE:Sept 19]].
"""),

    dict(style="cath_preprocedure", note="""
PRE-PROCEDURE CHECKLIST - CARDIAC CATH LAB
PATIENT: [[NAME:OKAFOR, CHIDINMA N]]     DOB: [[DATE:07/19/1972]]     MRN: [[MRN:40081532]]     ENC: [[MRN:99017723154]]
PROCEDURE: LHC +/- PCI, possible RHC ({{eponym:Swan-Ganz}})     SCHEDULED: [[DATE:10/21/2025]] 0730, Lab 2
ATTENDING: DR. [[NAME:M. FEINSTEIN]]
[x] Consent signed, witnessed by [[NAME:R. Akinyemi]], RN
[x] H&P within 30 days ([[DATE:10/14]])
[x] NPO since 2359
[x] Allergy: iodinated contrast (hives 2019) - premedicated: {{drug:prednisone}} {{dose:50 mg}} at 13, 7 and 1 hr prior; {{drug:Benadryl}} {{dose:50 mg}} 1 hr prior
[x] Labs: {{lab:Cr 1.4}} ({{lab:eGFR 46}}), {{lab:K 4.2}}, {{lab:Hgb 12.8}}, {{lab:Plt 221}}, {{lab:INR 1.0}}
[x] {{drug:metformin}} held since yesterday a.m.
[x] IV NS @ 1 mL/kg/h for renal protection
[x] Pulses: R radial 2+, {{eponym:Barbeau}} type A; R DP/PT 2+ by {{eponym:Doppler}}
[x] Vitals: {{vital:BP 152/90}}  {{vital:HR 76}}  {{vital:SpO2 98%}}  {{vital:Wt 97 kg}}
[x] Contact for updates: sister ([[NAME:Uchenna]]) [[PHONE:832-555-0107]]. Pt requests NO information to ex-husband.
Checked by: [[NAME:lchavez3]] 0612
""", summary="""
[[NAME:Chidinma Okafor]] was cleared for catheterization on [[DATE:10/21/2025]] after contrast-allergy premedication with {{drug:prednisone}} and {{drug:Benadryl}}, with {{lab:Cr 1.4}}. Her sister [[NAME:Uchenna]] is the contact for updates.
"""),

    dict(style="onc_tumor_board", note="""
MULTIDISCIPLINARY BREAST TUMOR BOARD - [[DATE:Thursday 11/13/2025]]
Case 3: [[NAME:Marie-Claude Pierre-Louis]], {{age:49}} F, MRN [[MRN:3318806]]
Presenter: Dr. [[NAME:Sophie Laurent-Kamara]]
History: self-palpated L breast mass in September. Mammo/US BI-RADS 5, 3.1 cm UOQ, one abnormal axillary node. Core bx [[DATE:10/02/25]] (accession [[MRN:S25-41877]]): IDC grade 3, ER 10% weak, PR negative, HER2 3+, Ki-67 45%. PET/CT: no distant disease. cT2N1M0.
Discussion: Neoadjuvant TCHP x 6 ({{drug:docetaxel}}, {{drug:carboplatin}}, {{drug:Herceptin}}, {{drug:Perjeta}}), then surgery; if residual disease, switch to {{drug:Kadcyla}}. Baseline echo {{lab:LVEF 62%}}. Genetics referral given age under 50 and maternal aunt with ovarian cancer.
Psychosocial: works as a teacher's aide; sister [[NAME:Nathalie]] will accompany her to visits; prefers French or Creole written materials.
Consensus: as above; port placement; C1 within 2 weeks.
Attendees: [[NAME:S. Laurent-Kamara]] (med onc), [[NAME:Daniel Whitcomb]] (surg onc), [[NAME:Priya Raman]] (rad onc), [[NAME:H. Nakashima]] (pathology), [[NAME:Teresa O'Malley]] (breast imaging), [[NAME:Grace Bui]] (nurse navigator), [[NAME:Anh Vo]], PharmD
""", summary="""
The breast tumor board on [[DATE:Thursday 11/13/2025]] recommended neoadjuvant TCHP with {{drug:Herceptin}} and {{drug:Perjeta}} for [[NAME:Marie-Claude Pierre-Louis]], {{age:49}}, with HER2-positive stage II breast cancer. Genetics referral and port placement were also planned.
"""),

    dict(style="dialysis_charge_rn", note="""
Outpatient Dialysis - Charge RN Note   [[DATE:12/29/2025]] 0640
Pt [[NAME:Dawit Mekonnen]] (Chair 7, 1st shift MWF) arrived after missing [[DATE:Fri 12/26]] tx ("holiday, no ride"). Reports SOB lying flat x2 nights, generalized weakness.
{{vital:BP 194/108}}  {{vital:HR 52}}  {{vital:SpO2 89% RA}}  {{vital:Wt 79.9 kg}} (EDW 74.0, +5.9 kg). Bibasilar crackles, 2+ edema.
Stat i-STAT {{lab:K 7.1}}. Rhythm strip: peaked T waves, HR 52.
Not safe to dialyze in unit per Dr. [[NAME:Ogundipe]] (phone order 0648). {{drug:calcium gluconate}} {{dose:1 g}} IV given 0652. 911 called, pt transferred to ED 0705.
Report given to ED charge RN [[NAME:Bree]] at [[PHONE:208-555-0162]].
Wife [[NAME:Tsion]] notified at [[PHONE:208-555-0138]] via Amharic language line (interpreter # [[MRN:50221]]).
SW [[NAME:Katie Ferris]] to address transportation - Medicaid ride cancelled for holiday schedule; 2nd missed tx this month (also [[DATE:12/5]]).
- [[NAME:Mulugeta Assefa]], RN, Charge
""", summary="""
On [[DATE:12/29/2025]] [[NAME:Dawit Mekonnen]] arrived for dialysis after a missed treatment with fluid overload and {{lab:K 7.1}}, received {{drug:calcium gluconate}}, and was sent to the ED. Social work will address the transportation problem behind his missed sessions.
"""),

    dict(style="anticoag_phone", note="""
ANTICOAGULATION CLINIC - TELEPHONE ENCOUNTER
Pt: [[NAME:Parker, Betty Jo]]   Age: [[AGE:91]]   MRN [[MRN:1140528]]
Indication: nonvalvular AF, {{score:CHA2DS2-VASc 5}}. Goal INR 2-3.
Call from daughter [[NAME:Carol Ann Whitley]] ([[PHONE:(270) 555-0186]]): POC {{lab:INR 3.8}} at home health visit today (nurse [[NAME:Stacey]]).
Current dose: {{drug:Coumadin}} {{dose:2.5 mg}} daily except {{dose:5 mg}} Mon/Fri.
Changes: {{drug:Bactrim}} DS started [[DATE:1/9]] by urgent care for UTI. No bleeding, no dark stools, no falls; old forearm bruise unchanged.
Plan: hold tonight's dose, then {{dose:2.5 mg}} daily all days; recheck INR [[DATE:Thurs 1/15]] via home health. Bactrim ends [[DATE:1/14]]; expect to resume prior schedule after.
Bleeding precautions reviewed; daughter verbalized understanding. Per daughter her mother is "sharp as a tack at [[AGE:91]]" and still lives on her own in [[ADDRESS:Bowling Green]].
[[NAME:Whitney Sloan]], PharmD, CACP
""", summary="""
[[NAME:Betty Jo Parker]], [[AGE:91]], had a supratherapeutic {{lab:INR 3.8}} on {{drug:Coumadin}} after starting {{drug:Bactrim}}, with no bleeding. One dose is held and the dose reduced, with a recheck on [[DATE:Thurs 1/15]].
"""),

    dict(style="structural_heart_clinic", note="""
Structural Heart Clinic - TAVR Evaluation
[[NAME:Ernestine Lafontant]] is a [[AGE:ninety-four]]-year-old woman referred by Dr. [[NAME:Gary Whitmore]] for severe aortic stenosis.
Symptoms: DOE after 20 ft; two presyncopal spells at church, [[DATE:10/5]] and [[DATE:10/19]].
Exam: {{vital:BP 146/62}}, {{vital:HR 70}}. {{score:III/VI}} late-peaking SEM at RUSB radiating to carotids, single S2, delayed carotid upstroke. Soft early diastolic murmur of mild AR; no {{eponym:Austin Flint}} murmur.
Echo: {{lab:AVA 0.6 cm2}}, {{lab:mean gradient 52 mmHg}}, {{lab:Vmax 4.6 m/s}}, {{lab:LVEF 60%}}.
Risk: {{score:STS PROM 6.8%}}; {{score:KCCQ-12 38}}; 5-m walk 9.8 s; {{score:Katz ADL 5/6}}; {{score:Mini-Cog 5}}.
Social: lives with granddaughter [[NAME:Nadia]] in [[ADDRESS:Flatlands]], uses a cane.
Goals (Creole; hospital interpreter [[NAME:Roselaure Désir]]): "I want to see my great-grandson baptized in the spring." She wants the procedure.
CTA: iliofemoral minimal diameter 6.1 mm bilaterally; annulus perimeter 72 mm.
Heart Team: Dr. [[NAME:Adebayo Ogunleye]] (interventional) and Dr. [[NAME:Cheng]] (CT surgery) agree transfemoral TAVR is reasonable despite age [[AGE:94]].
Plan: TF-TAVR tentatively [[DATE:the twentieth of November]]; dental clearance; pre-op labs.
""", summary="""
[[NAME:Ernestine Lafontant]], [[AGE:94]], has symptomatic severe aortic stenosis ({{lab:AVA 0.6 cm2}}) and wants treatment. The Heart Team agreed to transfemoral TAVR, tentatively [[DATE:the twentieth of November]].
"""),

    dict(style="onc_infusion_reaction", note="""
INFUSION REACTION - NURSING EVENT NOTE
C1D1 weekly {{drug:paclitaxel}} {{dose:80 mg/m2}}. Premeds 30 min prior: {{drug:dexamethasone}} {{dose:10 mg}} IV, {{drug:diphenhydramine}} {{dose:25 mg}} IV, {{drug:famotidine}} {{dose:20 mg}} IV.
At 6 min into infusion pt reported chest tightness, flushing of face and neck, and low back pain. {{vital:BP 92/54}} (baseline {{vital:BP 128/76}}), {{vital:HR 118}}, {{vital:SpO2 93%}}.
Actions: infusion stopped; NS wide open; provider at chairside within 2 min. {{drug:hydrocortisone}} {{dose:100 mg}} IV and additional {{drug:diphenhydramine}} {{dose:25 mg}} IV. O2 2 L NC.
Symptoms resolved by 15 min; {{vital:BP 118/70}}, {{vital:HR 94}}, {{vital:SpO2 98%}}.
Grade 2 (CTCAE v5.0) hypersensitivity reaction.
Rechallenge per protocol after 30 min at 10% rate, titrated to full rate over 1 h; tolerated without recurrence.
Plan: allergy list updated ("paclitaxel - infusion reaction grade 2, tolerated rechallenge"); same premeds plus slower initial rate next week.
""", summary="""
A grade 2 hypersensitivity reaction occurred 6 minutes into the first {{drug:paclitaxel}} infusion and resolved with {{drug:hydrocortisone}} and {{drug:diphenhydramine}}. Rechallenge at a slower rate was tolerated.
"""),

    dict(style="dialysis_anemia_review", note="""
Monthly Anemia / Mineral-Bone Review - Unit B, March 2026
Reviewed by Dr. [[NAME:Ogundipe]]; [[NAME:L. Amoah]], RD; [[NAME:Thu Ha Dang]], RN (anemia manager)

Patient             Chair  Hgb    TSAT  Ferritin  PO4    PTH    Action
[[NAME:Blake, F.]]          12     {{lab:9.8}}    18%   156       {{lab:6.4}}    {{lab:612}}    {{drug:Epogen}} to {{dose:8000 u}}; finish {{drug:Venofer}} x10; binder counselling
[[NAME:Oyelowo, T.]]        3      {{lab:11.4}}   32%   540       {{lab:5.1}}    {{lab:288}}    no change
[[NAME:Ishikawa, M.]]       9      {{lab:10.2}}   24%   320       {{lab:7.8}}    {{lab:1040}}   start {{drug:Sensipar}} {{dose:30 mg}}; surgery referral if PTH stays >800
[[NAME:Kebede, A.]]         15     {{lab:12.3}}   35%   780       {{lab:4.6}}    {{lab:350}}    hold ESA (Hgb >12)
[[NAME:Pierre, J-L.]]       6      {{lab:8.7}}    12%   88        {{lab:5.5}}    {{lab:401}}    {{drug:Venofer}} {{dose:100 mg}} x10; GI referral for iron deficiency

Notes: Mr. [[NAME:Kebede]] has been >12 for two months; recheck after 4 weeks off ESA. Mr. [[NAME:Pierre]]'s wife reports black stools - primary nephrologist Dr. [[NAME:Castellano]] paged.
""", summary="""
The March anemia and bone review increased {{drug:Epogen}} for [[NAME:F. Blake]], started {{drug:Sensipar}} for [[NAME:M. Ishikawa]], and held ESA for [[NAME:A. Kebede]]. [[NAME:J-L. Pierre]] has iron deficiency with reported black stools and was referred to GI.
"""),

    dict(style="cardiology_consult_letter", note="""
[[DATE:September 30, 2025]]

[[NAME:Leonard Fischer]], MD
Family Medicine Associates
[[ADDRESS:1150 N. Grand Blvd, Suite 210, Mesa, AZ 85201]]
Fax [[PHONE:480-555-0166]]

RE: [[NAME:Đỗ Thị Mai]]   DOB [[DATE:6 Jan 1953]]

Dear Dr. [[NAME:Fischer]],
Thank you for referring Mrs. [[NAME:Đỗ]], a {{age:72}}-year-old woman with hypertension, type 2 diabetes and a TIA in 2023, for atrial fibrillation newly found on your office ECG. She describes intermittent palpitations for about two months.
On exam {{vital:BP 150/88}}, irregularly irregular {{vital:HR 104}}, no murmurs, no JVD. ECG confirms AF with rapid ventricular response. Echo shows normal LV function and a mildly dilated LA.
{{score:CHA2DS2-VASc 6}}; {{score:HAS-BLED 2}}.
I started {{drug:Eliquis}} {{dose:5 mg}} BID (she meets only one dose-reduction criterion, weight 54 kg; {{lab:Cr 0.9}}) and {{drug:metoprolol succinate}} {{dose:50 mg}} daily. TSH was normal.
Her son [[NAME:Kevin Do]] accompanied her and interpreted at her request; she declined a professional interpreter.
I will see her in 6 weeks with a 7-day {{eponym:Holter}} beforehand.
Sincerely,

[[NAME:Camila Restrepo-Hayes]], MD, FACC
cc: [[NAME:Đỗ Thị Mai]]; [[NAME:Kevin Do]] (son, via portal at patient's request)
""", summary="""
Dr. [[NAME:Camila Restrepo-Hayes]] saw [[NAME:Đỗ Thị Mai]], {{age:72}}, for new atrial fibrillation with rapid rate and {{score:CHA2DS2-VASc 6}}. She started {{drug:Eliquis}} and {{drug:metoprolol succinate}} and planned a {{eponym:Holter}} before follow-up in 6 weeks.
"""),

    dict(style="onc_phone_triage", note="""
onc triage call 2215 [[DATE:1/3/26]]
caller: pt's wife [[NAME:keisha]], cb [[PHONE:347-555-0113]]
pt [[NAME:kareem thompson-reid]] {{age:41}}M DLBCL, R-CHOP C2 given [[DATE:12/22]], {{drug:neulasta}} onpro placed - wife not sure it fired. temp {{vital:38.4}} at 2130, recheck {{vital:38.6}}. chills, no rigors. mild sore throat. no cough, dysuria, diarrhea. drinking ok. port site not red per wife.
advised ED now - possible febrile neutropenia, needs abx within 1 hr, tell triage he is on chemo. wife driving, ETA 20 min.
called ED charge RN [[NAME:mike]] w/ heads up.
oncall fellow dr [[NAME:o'hara]] paged x[[PHONE:77412]], aware, will f/u.
-- [[NAME:jbautista]] RN
""", summary="""
[[NAME:Kareem Thompson-Reid]], {{age:41}}, on R-CHOP for DLBCL, had a fever of {{vital:38.6}} on [[DATE:1/3/26]] and was sent to the ED for possible febrile neutropenia. The ED and on-call fellow Dr. [[NAME:O'Hara]] were notified.
"""),

    dict(style="post_cath_nursing", note="""
CVU Post-Cath Nursing Note
[[NAME:Ernesto dela Cruz]], {{age:76}} M, s/p LHC via R femoral (R radial occluded), 6 Fr sheath, Dr. [[NAME:Lindholm]] [[DATE:11/4]]. Moderate nonobstructive CAD, no intervention - medical mgmt.
1530 arrived CVU. {{lab:ACT 162}}. Sheath pulled 1545 by [[NAME:R. Santos]], RN; manual pressure 20 min, hemostasis achieved, pressure dsg applied.
Site soft, no hematoma, no bruit. R DP/PT 2+ palpable, strong {{eponym:Doppler}} signals.
Bedrest flat x 4 h (until 1945), HOB 30 deg max.
VS q15 x4, q30 x2, then q1h: {{vital:BP 134/70}}  {{vital:HR 66}}  {{vital:SpO2 96%}}.
1710 c/o low back pain {{score:6/10}}; site unchanged; STAT {{lab:Hgb 12.9}} (pre 13.3), no signs of RP bleed. {{drug:Tylenol}} {{dose:650 mg}} PO -> pain {{score:2/10}}.
Voided 400 mL. Diet advanced.
Daughter [[NAME:Ligaya]] at bedside. Son [[NAME:Ernesto Jr.]] ("[[NAME:Boyet]]") called from [[ADDRESS:Stockton]], updated with pt's permission.
Plan: ambulate 1945; d/c in a.m. if stable.
[[NAME:Rowena Santos]], RN
""", summary="""
After femoral catheterization on [[DATE:11/4]] showing nonobstructive disease, [[NAME:Ernesto dela Cruz]] had the sheath removed with good hemostasis and stable pulses. Back pain was not due to bleeding (stable {{lab:Hgb 12.9}}), and discharge is planned for morning.
"""),

    dict(style="nephrology_consult", note="""
Renal Consult - Initial
Requesting: Dr. [[NAME:Patel-Moreno]], MICU
Pt: [[NAME:Mohamed Hassan Nur]], {{age:66}} M, MRN [[MRN:88031476]], HD#2
Reason: AKI on CKD 3b with oliguria and {{lab:K 6.4}}
HPI: 3 days vomiting and diarrhea after a family wedding in [[ADDRESS:Columbus]]; poor PO intake while continuing {{drug:lisinopril}}, {{drug:metformin}}, and {{drug:Motrin}} for knee pain. Baseline {{lab:Cr 1.7}} (April 2025).
Now {{lab:Cr 5.6}}, {{lab:BUN 88}}, {{lab:HCO3 13}}, {{lab:lactate 4.1}}. UA bland, {{lab:FENa 0.4%}}. Renal US: normal-sized kidneys, no hydronephrosis.
Exam: {{vital:BP 98/60}}, {{vital:HR 108}}, dry mucosa, {{eponym:Kussmaul}} respirations.
Assessment: prerenal injury progressing to ATN from volume depletion + ACEi + NSAID, with metformin-associated lactic acidosis. Low suspicion for GN or {{eponym:Goodpasture}} given bland sediment.
Recs:
1. Temporary R IJ dialysis catheter ({{eponym:Mahurkar}}) and urgent HD tonight for refractory acidosis/hyperkalemia.
2. Hold lisinopril, metformin, all NSAIDs.
3. Isotonic bicarbonate infusion.
4. Renally dose all meds; avoid contrast.
Discussed with son [[NAME:Abdirizak]] ([[PHONE:(614) 555-0155]]) via Somali interpreter; pt consented to catheter.
[[NAME:L. Haddad]], MD, Nephrology fellow  /  Dr. [[NAME:Amadou Diallo]], attending
""", summary="""
Nephrology saw [[NAME:Mohamed Hassan Nur]], {{age:66}}, for AKI on CKD ({{lab:Cr 5.6}}) with hyperkalemia and metformin-associated lactic acidosis after volume loss. Urgent hemodialysis was recommended and {{drug:lisinopril}}, {{drug:metformin}} and NSAIDs were held.
"""),

    dict(style="onc_infusion_visit", note="""
Oncology Infusion Visit - ABVD Cycle 3 Day 15
[[NAME:Temitope Akinola]] ("[[NAME:Tope]]"), {{age:22}} F, MRN [[MRN:6617204]]
Dx: classical {{eponym:Hodgkin}} lymphoma, nodular sclerosis, stage IIA, bulky mediastinal mass.
Interim PET-2 ([[DATE:2025.06.30]]): {{score:Deauville 2}}, complete metabolic response.
Today: mild fatigue, hair thinning, nausea days 1-2 only. No cough or SOB. Bleomycin surveillance: {{lab:DLCO 84%}} predicted (baseline 92%).
{{vital:T 36.7}}  {{vital:BP 110/70}}  {{vital:HR 88}}  {{vital:SpO2 99%}}. Lungs clear.
{{lab:ANC 0.9}} - proceed per protocol (ABVD given regardless of ANC), no G-CSF.
Given: {{drug:doxorubicin}} {{dose:25 mg/m2}}, {{drug:bleomycin}} {{dose:10 units/m2}}, {{drug:vinblastine}} {{dose:6 mg/m2}}, {{drug:dacarbazine}} {{dose:375 mg/m2}}; antiemetics {{drug:Emend}} + {{drug:Aloxi}}.
Fertility: ovarian tissue cryopreserved before C1; REI physician Dr. [[NAME:Wiśniewska]] requests update at [[EMAIL:rei.coordinator@lakeshorefertility.com]].
Mother [[NAME:Folake Akinola]] present; father flying in from [[ADDRESS:Ibadan]] for end of treatment.
Next C4D1 [[DATE:7/28]].
[[NAME:Chinedu Nwachukwu]], MD
""", summary="""
[[NAME:Temitope Akinola]], {{age:22}}, with {{eponym:Hodgkin}} lymphoma in complete metabolic response ({{score:Deauville 2}}), received ABVD cycle 3 day 15 despite {{lab:ANC 0.9}} per protocol. Lung function is stable and the next cycle starts [[DATE:7/28]].
"""),

    dict(style="transplant_coordinator", note="""
Kidney Transplant - Pre-Transplant Coordinator Note
Recipient: [[NAME:Kenji Morimoto]], {{age:54}}, ESRD from IgA nephropathy ({{eponym:Berger}} disease), in-center HD since 2023. UNOS ID [[MRN:XKC4471]]. ABO O+, cPRA 12%.
Living donor: sister [[NAME:Aiko Morimoto-Hale]], {{age:49}}, ABO O+, lives in [[ADDRESS:Honolulu]]. Donor workup phase 2 complete: {{lab:mGFR 98}}, CTA single renal arteries bilaterally, BMI 24.
Independent living donor advocate: [[NAME:Patricia Gunn]], LCSW.
Flow crossmatch negative [[DATE:Tue, 14 Oct 2025]].
Tentative OR [[DATE:11/12/2025]]: donor nephrectomy Dr. [[NAME:Sato-Brennan]]; recipient Dr. [[NAME:Obinna Uzor]].
Insurance: Medicare Part A/B; secondary member ID [[MRN:W882017364]].
Contacts: donor prefers e-mail [[EMAIL:aiko.mh@yahoo.com]]; recipient cell [[PHONE:(510) 555-0104]]; wife [[NAME:Naomi]] [[PHONE:(510) 555-0118]].
Immunosuppression teaching booked [[DATE:Oct 28]]: {{drug:tacrolimus}}, {{drug:CellCept}}, {{drug:prednisone}}.
[[NAME:Joanna Kalinowski]], RN, CCTC
""", summary="""
[[NAME:Kenji Morimoto]], {{age:54}}, on hemodialysis for IgA nephropathy, has a compatible living donor, his sister [[NAME:Aiko Morimoto-Hale]], with a negative crossmatch. Transplant is tentatively set for [[DATE:11/12/2025]].
"""),

    dict(style="stress_test_report", note="""
EXERCISE TREADMILL STRESS TEST
Protocol: {{eponym:Bruce}}.  Indication: atypical chest pain, intermediate pretest probability.
Resting: {{vital:HR 72}}, {{vital:BP 132/84}}. Baseline ECG sinus rhythm, normal intervals.
Exercise: 9 min 30 s, into stage 4; 11.2 METs. Peak {{vital:HR 161}} (95% of MPHR), peak {{vital:BP 188/82}}. Terminated for fatigue; no chest pain.
ST segments: 1 mm upsloping ST depression in II, III, aVF at peak, resolved by 1 min of recovery. No arrhythmias; rare PVCs in recovery.
Heart rate recovery at 1 min: 24 bpm.
{{score:Duke treadmill score +8.5}} (low risk).
Impression: Negative for ischemia at an adequate workload. Excellent functional capacity.
Recommendation: risk-factor modification; no further ischemic testing at this time.
""", summary="""
A {{eponym:Bruce}} protocol treadmill test reached 11.2 METs without ischemic ECG changes or symptoms, with a low-risk {{score:Duke treadmill score +8.5}}. No further ischemic testing is needed.
"""),

    dict(style="onc_goals_of_care", note="""
Oncology Clinic - Goals of Care / Treatment Held
[[NAME:Gloria King]], [[AGE:92]], metastatic pancreatic adenocarcinoma (liver), on {{drug:gemcitabine}} monotherapy since summer. Scheduled C5D8 today - HELD.
Reason: grade 3 fatigue, in bed >50% of the day ({{score:ECOG 3}}), {{vital:Wt 48.1 kg}} (down 4 kg in 6 wk), {{lab:albumin 2.6}}, {{lab:CA 19-9 4,820}} and rising.
Present: pt; daughter [[NAME:Delores King-Hutchins]] (HCPOA); grandson [[NAME:Austin]] by video from [[ADDRESS:Austin]], TX.
Pt: "I've had a good long life, [[AGE:ninety-two]] years, and I'm tired." She wants to stay home in [[ADDRESS:Decatur]], be comfortable, and attend her great-granddaughter's christening on [[DATE:December 7th]].
Daughter tearful but supportive. Grandson asked about "one more round"; we reviewed that harms now likely outweigh benefit.
Decisions:
- Stop chemotherapy. DNR/DNI; POLST completed.
- Hospice referral placed today.
- {{drug:oxycodone}} {{dose:5 mg}} q4h PRN pain; continue {{drug:Creon}} with meals; {{drug:mirtazapine}} {{dose:7.5 mg}} qHS for appetite and sleep.
- Port to remain for now.
45 min, >50% counseling.
[[NAME:Marcus Ellery]], MD, Medical Oncology
""", summary="""
[[NAME:Gloria King]], [[AGE:92]], with metastatic pancreatic cancer and declining function ({{score:ECOG 3}}), chose to stop chemotherapy and enroll in hospice. Her daughter [[NAME:Delores King-Hutchins]] supported the plan, and DNR/DNI status was documented.
"""),

    dict(style="device_clinic", note="""
DEVICE CLINIC - IN-PERSON INTERROGATION
Pt: [[NAME:Asante-Mensah, Yaw]]   DOB [[DATE:12/25/1947]]   MRN [[MRN:0093371]]
Device: dual-chamber PPM implanted [[DATE:2019-03-08]] for complete heart block. Generator SN [[MRN:RNJ601447H]]; RA lead SN [[MRN:PJN2209413]]; RV lead SN [[MRN:PJN2209877]].
Battery: ~6.5 yrs to ERI.
Leads:
  RA  sensing 2.8 mV   impedance 494 ohm   threshold 0.75 V @ 0.4 ms
  RV  sensing n/a (pacer dependent)   impedance 608 ohm   threshold 1.0 V @ 0.4 ms
Pacing: AP 38%, VP 99.6%.
Events: 3 AHRE episodes, longest 4 min 12 s on [[DATE:Nov 2]]; AF burden <0.1%.
{{score:CHA2DS2-VASc 3}}; AHRE burden low, no anticoagulation for now, revisit if episodes >24 h.
No programming changes. Pt asked about an MRI for his knee - system is MR-conditional; will coordinate with radiology.
Remote monitor at home in [[ADDRESS:Hyattsville]] transmitting reliably. Next remote [[DATE:3rd of February]], in-clinic 1 yr.
Industry rep present: [[NAME:Brian Tolliver]].
[[NAME:Nkechi Ibe]], RN, CCDS
""", summary="""
[[NAME:Yaw Asante-Mensah]]'s dual-chamber pacemaker showed normal lead function, about 6.5 years of battery life and minimal atrial high-rate episodes, so no changes or anticoagulation were needed. His next remote check is [[DATE:3rd of February]].
"""),
]
