# Hand-written evaluation notes, part C: urology and nephrology clinic, pulmonary clinic and bronchoscopy,
# radiology reports with addenda and critical-result call logs, labour and delivery and postpartum notes.
# Every person, number, date, phone, e-mail and street is invented.

NOTES = [
    dict(style="urology_clinic", note="""
UROLOGY CLINIC - FOLLOW-UP VISIT
Patient: [[NAME:PETROSYAN, ARAM V]]     MRN: [[MRN:00482917]]     DOB: [[DATE:07/22/1951]]
Visit: [[DATE:03/11/2025]]     Provider: [[NAME:Nuria Castells Ferrer]], MD
PCP: [[NAME:Brian Whitaker]], MD

CC: weak stream, nocturia x4
HPI: {{age:73}} y/o M with BPH last seen [[DATE:12/2/24]], started on {{drug:Flomax}} {{dose:0.4 mg}} qhs at that visit. Stream somewhat better, still up 3-4x/night. Lightheaded on standing the first week, now resolved. No gross hematuria, dysuria or retention. Wife [[NAME:Siranush]] says he already stops fluids after 7 pm but has "a little cognac" most evenings.
{{score:IPSS 19}} (was {{score:24}}), QoL 4.
Bladder scan {{lab:PVR 142 mL}}. {{lab:PSA 3.8}} ng/mL on [[DATE:Feb 27, 2025]]; {{lab:PSA 3.1}} in 2023. UA clean.
Exam: {{vital:BP 128/76}}, {{vital:HR 70}}. Abd soft, nontender. DRE: smooth, ~50 g, symmetric, no nodules.

A/P
1. BPH with LUTS, partial response to alpha blocker. Add {{drug:Proscar}} {{dose:5 mg}} daily; counseled it takes ~6 months and halves the PSA.
2. Nocturia - cut back the evening alcohol; consider {{drug:Myrbetriq}} if it persists.
3. PSA up 0.7 over ~2 yr - PSA with free PSA drawn today BEFORE first dose of {{drug:Proscar}}; low threshold for MRI prostate.
RTC 3 months with PVR.

[[NAME:N. Castells Ferrer]], MD - Urology
cc: [[NAME:Brian Whitaker]], MD
""", summary="""
[[NAME:Aram Petrosyan]], {{age:73}}, has BPH with partial response to {{drug:Flomax}} ({{score:IPSS 19}} from 24) and was started on {{drug:Proscar}} {{dose:5 mg}} after a baseline PSA draw. His {{lab:PSA 3.8}} has risen, so MRI will be considered; follow-up in 3 months.
"""),

    dict(style="nephrology_clinic", note="""
NEPHROLOGY CLINIC NOTE
Date of service: [[DATE:14 January 2025]]
Pt: [[NAME:Leilani Kamakea-Hoʻopai]]     DOB [[DATE:5/9/1968]]     MRN [[MRN:7730145]]
Here with her son [[NAME:Kawika]], who drives her in from [[ADDRESS:Waiʻanae]].

Kidney hx: CKD 4 from diabetic nephropathy + HTN. Baseline Cr ~2.6 last spring.
Today: {{lab:Cr 2.9}}, {{lab:eGFR 19}}, {{lab:K 5.6}}, {{lab:CO2 18}}, {{lab:Hgb 9.4}}, {{lab:PTH 212}}, {{lab:phos 5.1}}, {{lab:UACR 1,840 mg/g}}.
Home BP log 150s/90s. In clinic {{vital:BP 158/92}}, {{vital:HR 84}}, wt 96.4 kg (up 2 kg). Trace ankle edema.
Meds reviewed with pill bottles: losartan {{dose:100 mg}}, {{drug:Lasix}} {{dose:40 mg}} BID, {{drug:Jardiance}} {{dose:10 mg}}, glargine {{dose:28 units}} qHS, sodium bicarbonate {{dose:650 mg}} TID.

Impression / Plan
- CKD 4, progressing ({{lab:eGFR 24}} -> 19 over 9 mo). Long talk about kidney replacement options. She leans toward home PD since she watches the grandkids during the day. Referral to Dr. [[NAME:Jovanović]] (access surgery) for PD catheter and to PD nurse [[NAME:Malia]] for a home visit.
- Hyperkalemia: start {{drug:Lokelma}} {{dose:10 g}} daily; low-K diet sheet, went over poi, taro, bananas and dried aku.
- Metabolic acidosis: increase bicarb to {{dose:1300 mg}} TID.
- Anemia of CKD: iron studies, B12; ESA if TSAT ok and Hgb stays < 10.
- Transplant referral placed; [[NAME:Kawika]] wants to be tested as a living donor.
- Losartan continued for now; BMP in 1 week.
RTC 6 weeks. Clinic line [[PHONE:(808) 555-0173]].

[[NAME:Makana Aiona]], MD - Nephrology
""", summary="""
[[NAME:Leilani Kamakea-Hoʻopai]] has progressive diabetic CKD 4 ({{lab:eGFR 19}}) with hyperkalemia and metabolic acidosis; {{drug:Lokelma}} was started and bicarbonate increased. She favors home PD, and PD catheter and transplant referrals were placed, with her son [[NAME:Kawika]] offering to be a donor.
"""),

    dict(style="bronchoscopy_procedure", note="""
PROCEDURE NOTE: FLEXIBLE BRONCHOSCOPY WITH LINEAR EBUS-TBNA
Patient: [[NAME:QUISPE HUAMÁN, TEODORO]]     MRN: [[MRN:61-229-804]]     Acct: [[MRN:900114587321]]
Date: [[DATE:04/02/2025]]
Attending: [[NAME:Giorgi Kapanadze]], MD (Interventional Pulmonology)     Fellow: Dr. [[NAME:Amanda Reyes-Holt]]
Anesthesia: general via LMA, Dr. [[NAME:Jonas Petrauskas]]

Indication: 2.1 cm spiculated RUL nodule; PET-avid 4R (SUV 8.2) and 7 (SUV 6.5). Former smoker, 40 pack-years.
Consent: obtained from the patient in Spanish with interpreter [[NAME:Rosa Mamani]] (ID [[MRN:44817]]).

Findings
- Airway survey: vocal cords mobile, trachea and mainstems patent, mild anthracotic pigment RUL, no endobronchial lesion.
- EBUS: 11L 6 mm (not sampled); 4R 14 mm x 5 passes; 7 18 mm x 4 passes; 11R 9 mm x 3 passes.
- ROSE: 4R malignant cells, NSCLC favored; 7 adequate lymphocytes only; 11R nondiagnostic.
Specimens: cell blocks 4R/7/11R; BAL RUL for cultures and cytology. Pathology accession [[MRN:S25-18834]].
EBL < 10 mL. No complications. {{vital:SpO2 nadir 91%}} on 4 L.
Post-procedure CXR: no pneumothorax.

Plan: final pathology with PD-L1 and NGS. Thoracic tumor board [[DATE:4/9]]. Follow-up with Dr. [[NAME:Kapanadze]] in clinic once results are back; son [[NAME:Wilber]] is his main contact.
""", summary="""
[[NAME:Teodoro Quispe Huamán]] had EBUS-TBNA on [[DATE:04/02/2025]] with Dr. [[NAME:Kapanadze]] for a PET-avid spiculated RUL nodule; on-site cytology of station 4R showed non-small cell carcinoma. There were no complications and the case goes to tumor board [[DATE:4/9]].
"""),

    dict(style="radiology_ct_critical_addendum", note="""
EXAM: CT ANGIOGRAPHY CHEST, PE PROTOCOL
PATIENT: [[NAME:BERZINA, ILZE]]     MRN: [[MRN:3318820]]     ACCESSION: [[MRN:CT2503170442]]
DOB: [[DATE:1979-08-30]]     EXAM DATE: [[DATE:2025-03-17]] 02:14
ORDERING: [[NAME:Tyler Brennan]], PA-C, Emergency Dept

CLINICAL HISTORY: Pleuritic chest pain, tachycardia, 6 weeks postpartum. {{score:Wells score 6}}. D-dimer elevated.
TECHNIQUE: Helical CT of the chest after 75 mL {{drug:Omnipaque 350}} IV, with MIP and multiplanar reformats.
COMPARISON: Chest radiograph same day.

FINDINGS:
Pulmonary arteries: Filling defects in the right lower lobe segmental and subsegmental arteries and the lingular segmental artery. Main PA 2.6 cm. RV/LV ratio 0.8. No septal bowing or reflux of contrast into the IVC.
Lungs: Peripheral wedge-shaped consolidation in the posterior RLL, likely infarct. Small right pleural effusion.
Mediastinum: No adenopathy. Heart normal in size. No pericardial effusion.
Upper abdomen: Unremarkable.

IMPRESSION:
1. Acute bilateral pulmonary emboli without CT evidence of right heart strain.
2. Probable small RLL pulmonary infarct with small right effusion.

CRITICAL RESULT: Impression #1 telephoned to [[NAME:Tyler Brennan]], PA-C, by Dr. [[NAME:Saeed Al Ketbi]] at 02:41 on [[DATE:3/17/2025]]. Read-back confirmed.
Electronically signed: [[NAME:Saeed Al Ketbi]], MD  [[DATE:03/17/2025]] 02:44

ADDENDUM [[DATE:03/17/2025]] 09:20:
Reviewed at the request of Dr. [[NAME:Rūta Vaitkutė]] (Pulmonary). A 6 mm solid nodule in the lingula (series 4, image 88) was not described in the original report. Low-risk patient; per {{eponym:Fleischner}} Society guidelines, optional CT at 12 months. Discussed by phone with Dr. [[NAME:Vaitkutė]] at 09:15.
Addendum signed: [[NAME:S. Al Ketbi]], MD
""", summary="""
CTA on [[DATE:2025-03-17]] for [[NAME:Ilze Berzina]], 6 weeks postpartum, showed acute bilateral pulmonary emboli without right heart strain and a probable RLL infarct; the result was called to [[NAME:Tyler Brennan]], PA-C. An addendum reported a 6 mm lingular nodule for optional {{eponym:Fleischner}} follow-up.
"""),

    dict(style="labor_admission_hp", note="""
L&D ADMISSION H&P     [[DATE:Sept 1, 2025]] 06:20
[[NAME:Mariana Gonçalves dos Santos]] is a {{age:31}} yo G2P1001 at 39w3d by 8-week US (EDD [[DATE:09/04/2025]]) presenting in spontaneous labor. Contractions q3-4 min since ~0400, membranes intact, +FM, no VB.
PNC: [[NAME:Fernanda Albuquerque]], MD at Hillcrest Women's Health, 11 visits.
Prenatal labs: O pos, antibody screen neg, rubella immune, HBsAg neg, HIV neg, RPR NR. GBS negative ([[DATE:8/10]]). 1-h GTT {{lab:118}}.
OB hx: SVD 2021, 3410 g, uncomplicated.
PMH/PSH: none. Meds: PNV. NKDA.
Vitals: {{vital:BP 118/72}}, {{vital:HR 88}}, {{vital:T 36.8}}.
Abd: soft, EFW 3500 g by {{eponym:Leopold}} maneuvers, vertex confirmed on bedside US.
SVE: 5/80/-1, {{score:Bishop score 10}}.
EFM: baseline 135, moderate variability, + accels, no decels - Category I. Toco q3 min.
Husband [[NAME:Thiago]] at bedside. Pt prefers Portuguese for consent discussions; video interpreter used (Portuguese, ID [[MRN:207731]]).

Plan: admit, expectant management, epidural on request, CBC/T&S. Anticipate SVD. Peds not needed at delivery unless indicated.
[[NAME:Ana Paula Ribeiro]], CNM     pager [[PHONE:6614]]
""", summary="""
[[NAME:Mariana Gonçalves dos Santos]], a {{age:31}}-year-old G2P1 at 39w3d, was admitted in spontaneous labor at 5 cm with a Category I tracing and {{score:Bishop score 10}}. She is GBS negative; plan is expectant management with epidural on request, using a Portuguese interpreter.
"""),

    dict(style="postpartum_nursing", note="""
PPD1 RN note 0715
S/p SVD [[DATE:6/22]] @ 2318, G1P1, 2nd deg lac repaired. Rh neg.
Pain {{score:3/10}} perineum, managed w/ {{drug:Motrin}} {{dose:600 mg}} q6 + {{drug:Tylenol}} {{dose:1 g}} q8, ice packs.
Fundus firm U-1, midline. Lochia rubra mod, no clots.
{{eponym:Foley}} out @ 0330, voided x2 (350 / 400 mL).
VS {{vital:T 37.1}} {{vital:HR 78}} {{vital:BP 112/68}} {{vital:RR 16}} {{vital:SpO2 99%}} RA
BF q2-3h, {{score:LATCH 8}}. Baby boy "[[NAME:Junior]]" rooming in w/ FOB [[NAME:Diego]].
{{drug:RhoGAM}} {{dose:300 mcg}} IM given [[DATE:6/23]] 0200 (infant Rh pos), lot # in MAR.
{{score:EPDS 4}}.
Plan: possible d/c in AM, lactation f/u, PP BP check prn.
-- [[NAME:K. Tuipulotu]] RN / cosign [[NAME:hfonua]] (charge)
""", summary="""
On postpartum day 1 after an SVD on [[DATE:6/22]], the patient is stable with a firm fundus, normal lochia and pain {{score:3/10}}, and is breastfeeding well ({{score:LATCH 8}}). Being Rh negative, she got {{drug:RhoGAM}} on [[DATE:6/23]]; discharge possible tomorrow.
"""),

    dict(style="pulmonary_function_interpretation", note="""
PULMONARY FUNCTION TEST INTERPRETATION
Spirometry: {{lab:FEV1 1.42 L}} (52% pred), {{lab:FVC 2.88 L}} (81% pred), {{lab:FEV1/FVC 0.49}}. Post-bronchodilator {{lab:FEV1 1.55 L}} (+9%, +130 mL), not a significant response.
Lung volumes (body plethysmography): {{lab:TLC 112%}} pred, {{lab:RV 164%}} pred, RV/TLC 0.58, consistent with hyperinflation and air trapping.
Diffusion: {{lab:DLCO 44%}} pred, corrected for {{lab:Hgb 13.1}}.
Flow-volume loop: concave expiratory limb; no plateau to suggest fixed upper airway obstruction.

Interpretation: Severe obstructive ventilatory defect ({{score:GOLD 3}}) without significant bronchodilator response, with hyperinflation, air trapping and a severely reduced diffusing capacity, consistent with emphysema. Compared with the prior study from 2022, FEV1 has declined by 210 mL.
Recommendations: Correlate with CT chest. Alpha-1 antitrypsin level and phenotype if not previously done. Consider {{drug:Trelegy Ellipta}} if not already on triple therapy; referral to Pulmonary Rehabilitation. Ambulatory oximetry to assess need for supplemental O2.
""", summary="""
PFTs show a severe obstructive defect ({{score:GOLD 3}}, {{lab:FEV1/FVC 0.49}}) with hyperinflation, air trapping and low DLCO consistent with emphysema, without bronchodilator response. Triple inhaler therapy, alpha-1 testing and pulmonary rehab are recommended.
"""),

    dict(style="radiology_renal_us", note="""
US RENAL BILATERAL
Pt: [[NAME:Facundo Pereyra]] | MRN [[MRN:5501938]] | Acc# [[MRN:US-25-0067121]] | DOS [[DATE:10-Feb-2025]]
Hx: AKI, {{lab:Cr 3.4}} from 1.1, r/o obstruction. Ordering: Dr. [[NAME:Ivana Horvat]] (hospitalist).

Right kidney 11.8 cm. Moderate hydronephrosis with dilated proximal ureter. 9 mm echogenic shadowing focus at the UPJ with twinkle artifact, consistent with an obstructing calculus. Absent right ureteral jet.
Left kidney 11.2 cm. No hydronephrosis. 1.4 cm anechoic simple cyst at the lower pole ({{score:Bosniak I}}), no follow-up needed.
Bladder: decompressed around a {{eponym:Foley}} catheter.

IMPRESSION:
1. Moderate right hydronephrosis due to a 9 mm UPJ stone.
2. Simple left renal cyst.

Call log: findings discussed w/ Dr. [[NAME:Horvat]] 16:52 [[DATE:2/10/25]], read back, by [[NAME:JLM]].
""", summary="""
Renal ultrasound for [[NAME:Facundo Pereyra]] on [[DATE:10-Feb-2025]] showed moderate right hydronephrosis from a 9 mm UPJ stone and a simple left renal cyst ({{score:Bosniak I}}). Findings were called to Dr. [[NAME:Horvat]].
"""),

    dict(style="urology_phone_message", note="""
TELEPHONE ENCOUNTER
From: front desk ([[NAME:mlopez2]])     To: Urology RN pool
Caller: [[NAME:Valentina Restrepo Arango]] (self)     DOB [[DATE:11/30/1987]]
Best #: [[PHONE:954-555-0128]] (cell), ok to leave detailed VM. Alt: work [[PHONE:954-555-0190]] x[[PHONE:3321]]
Msg: pt had cysto w/ stent removal yesterday w/ Dr. [[NAME:Stone]]. Says urine is "pink like Kool-Aid", some burning at the end of the stream, no fever. Asking if normal and if she can go back to work Monday.

RN response ([[NAME:tkwan]], [[DATE:1/16]] 1410): Spoke w/ pt, 2 identifiers verified. Mild hematuria and dysuria expected 24-48 h after stent removal; no clots. Push fluids. {{drug:Pyridium}} {{dose:200 mg}} TID x2 days sent to Walgreens on [[ADDRESS:Hollywood Blvd]]. Return precautions: fever > 38.3, clots, unable to void, flank pain not controlled with {{drug:Tylenol}}. OK to RTW Monday. Pt verbalized understanding.
""", summary="""
[[NAME:Valentina Restrepo Arango]] called with pink urine and burning the day after ureteral stent removal by Dr. [[NAME:Stone]]. The nurse reassured her, sent {{drug:Pyridium}}, reviewed return precautions and cleared her to return to work.
"""),

    dict(style="dialysis_rounds", note="""
Nephrology Progress Note - Outpatient HD Unit, monthly rounds
[[NAME:Sione Fifita]], {{age:58}}M, ESRD 2/2 DM/HTN on HD MWF via L radiocephalic AVF (created 8/2023 by Dr. [[NAME:McAllister]]).
With wife [[NAME:ʻAna Fifita]], who manages his meds; daughter [[NAME:Mele]] interprets Tongan as needed.
Last 3 tx: IDWG 3.1-4.2 kg; pre {{vital:BP 168/94}} -> post {{vital:BP 132/80}}. Cramping last hour of each run.
Access: good thrill and bruit, normal pulse augmentation. Qb 400.
Labs [[DATE:5/5/25]]: {{lab:K 5.9}}, {{lab:phos 7.2}}, {{lab:Ca 8.6}}, {{lab:PTH 680}}, {{lab:Alb 3.6}}, {{lab:Hgb 10.4}}, {{lab:Kt/V 1.31}}, {{lab:URR 69%}}.

Plan:
- Fluid: reinforced 1 L/day; family says he drinks kava at church functions on Saturday nights and coconut water during the day, both discussed (volume and K).
- Phos: increase {{drug:Renvela}} to {{dose:1600 mg}} TID with meals.
- PTH: start {{drug:Sensipar}} {{dose:30 mg}} daily.
- K: keep 2K bath; diet teaching with RD [[NAME:Teuila]].
- EDW down 0.5 kg to 88.0.
Next rounds [[DATE:6/2]].
Dr. [[NAME:Arben Hoxha]]
""", summary="""
[[NAME:Sione Fifita]], on hemodialysis via a left AVF, has high interdialytic weight gains, hyperkalemia, hyperphosphatemia and secondary hyperparathyroidism. {{drug:Renvela}} was increased, {{drug:Sensipar}} started, dry weight lowered, and diet and fluid teaching done with his wife [[NAME:ʻAna]].
"""),

    dict(style="pulmonary_clinic_dictation", note="""
pulmonary clinic note dictated by dr. [[NAME:tamar gelashvili]]. patient is [[NAME:nino beridze]], date of birth [[DATE:april nineteenth nineteen eighty two]], medical record number [[MRN:4 4 0 9 1 7 3]]. she is a {{age:42}} year old woman with stage two pulmonary sarcoidosis diagnosed by ebus in twenty twenty three, here for follow up. she reports her breathing is better, walking about a mile, dry cough mostly at night. she stopped the prednisone on her own about two months ago because of weight gain and insomnia. no eye symptoms, no palpitations, no rash.
on exam {{vital:oxygen saturation 97 percent}} on room air, {{vital:heart rate 76}}, faint crackles at both bases, no clubbing.
pulmonary function tests today {{lab:fvc 78 percent}} predicted, down from 85 percent, {{lab:dlco 66 percent}}.
ct chest from [[DATE:january twelfth]] shows persistent bilateral hilar adenopathy and perilymphatic nodules, slightly increased.
assessment and plan. progressive stage two sarcoid off therapy. given her steroid side effects we will start {{drug:methotrexate}} {{dose:15 milligrams}} weekly with folic acid {{dose:1 milligram}} daily, baseline liver tests, cbc and creatinine, hepatitis serologies. ophthalmology referral to dr. [[NAME:ozols]] for baseline eye exam. return in three months with pfts. her husband [[NAME:levan]] can be reached at [[PHONE:312 555 0147]] if she is not available.
end of dictation.
""", summary="""
[[NAME:Nino Beridze]], {{age:42}}, has stage II pulmonary sarcoidosis that is progressing since she stopped prednisone, with FVC down to 78% and more hilar adenopathy. Dr. [[NAME:Gelashvili]] started weekly {{drug:methotrexate}} {{dose:15 mg}} with folic acid and referred her to ophthalmology.
"""),

    dict(style="cesarean_operative_report", note="""
OPERATIVE REPORT
Patient: [[NAME:HAVILI, LOSAUNI T.]]     MRN: [[MRN:2208841]]     Date of surgery: [[DATE:11/08/2024]]
Surgeon: [[NAME:Blerina Krasniqi]], MD     Assistant: [[NAME:Caleb Hunter]], MD (PGY-3)
Anesthesia: spinal, Dr. [[NAME:Miloš Nikolić]]

Preoperative diagnosis: IUP at 40w5d, arrest of dilation at 6 cm, suspected macrosomia (EFW 4450 g).
Postoperative diagnosis: Same, occiput posterior.
Procedure: Primary low transverse cesarean section via {{eponym:Pfannenstiel}} incision.
Findings: Viable male infant from OP position at 08:47, Apgars {{score:7 and 9}}, 4610 g. Clear fluid. Normal uterus, tubes and ovaries.

Description: Spinal anesthesia was confirmed adequate in the OR. {{eponym:Foley}} catheter in place. Prepped and draped in dorsal supine position with leftward tilt. {{eponym:Pfannenstiel}} skin incision, fascia incised transversely, rectus muscles separated in the midline, peritoneum entered bluntly. Bladder blade placed. Low transverse hysterotomy extended bluntly. The head was delivered with gentle fundal pressure; cord clamped at 60 seconds and infant handed to the waiting NICU team (Dr. [[NAME:Kekoa Nāone]]). Cord gases sent. Placenta delivered manually, intact, 3-vessel cord. Uterus exteriorized and cleared; hysterotomy closed in two layers with 0 Vicryl. Good hemostasis. Fascia with 0 PDS, skin with 4-0 Monocryl subcuticular.
{{drug:Pitocin}} infusion per protocol; {{drug:Methergine}} {{dose:0.2 mg}} IM x1 for atony with good response.
QBL 950 mL. IVF 2000 mL. UOP 150 mL clear.
Counts correct x2. To PACU stable. Husband [[NAME:Tevita Havili]] present throughout.
""", summary="""
[[NAME:Losauni Havili]] had a primary low transverse cesarean on [[DATE:11/08/2024]] for arrest of dilation with suspected macrosomia, delivering a 4610 g boy with Apgars {{score:7 and 9}}. Uterine atony responded to {{drug:Methergine}}; blood loss was 950 mL.
"""),

    dict(style="radiology_mri_addendum", note="""
MRI PROSTATE WITHOUT AND WITH CONTRAST (MULTIPARAMETRIC)
Name: [[NAME:Domingo de la Fuente Iriarte]]     MRN [[MRN:8810472]]     Acc [[MRN:MR-4471902]]
Exam date: [[DATE:Thursday, May 15, 2025]]     Referring: Dr. [[NAME:Nuria Castells Ferrer]]
Indication: {{lab:PSA 7.9}}, rising; prior negative TRUS biopsy 2022.

Prostate volume 58 mL; PSA density 0.14.
- Left mid-gland peripheral zone, posterolateral: 1.3 cm lesion, T2 hypointense, marked restricted diffusion (ADC 680), early enhancement. {{score:PI-RADS 4}}.
- Transition zone: BPH nodules, {{score:PI-RADS 2}}.
- No extraprostatic extension. Seminal vesicles normal. No pelvic adenopathy. No suspicious osseous lesion.
IMPRESSION: {{score:PI-RADS 4}} lesion, left mid PZ. Recommend MRI-targeted biopsy.
Signed: [[NAME:Lindsay Park]], MD  [[DATE:5/15/2025]] 16:10

ADDENDUM [[DATE:5/16/2025]]: Lesion size corrected to 1.6 cm (measured on ADC, series 7 image 14). The lesion is 1.5 cm or larger, therefore {{score:PI-RADS 5}}. No frank extraprostatic extension. Recommendation unchanged. Dr. [[NAME:Castells Ferrer]]'s office notified; spoke with MA [[NAME:Jessica]] at x[[PHONE:4471]], [[DATE:5/16]] 10:05.
Signed: [[NAME:L. Park]], MD
""", summary="""
Prostate MRI on [[DATE:May 15, 2025]] for [[NAME:Domingo de la Fuente Iriarte]] showed a left mid peripheral zone lesion; an addendum corrected its size to 1.6 cm, upgrading it from {{score:PI-RADS 4}} to {{score:PI-RADS 5}}. Targeted biopsy is recommended and the urologist's office was notified.
"""),

    dict(style="postpartum_discharge", note="""
POSTPARTUM DISCHARGE SUMMARY
Patient: [[NAME:Agustina Bianchi Rossi]]     DOB: [[DATE:02.03.2006]]     MRN: [[MRN:5093317]]
Admit: [[DATE:9/14/2025]]     Delivery: [[DATE:9/15/2025]]     Discharge: [[DATE:9/17/2025]]
Attending: Dr. [[NAME:Emily Sato]]     Resident: Dr. [[NAME:Joaquín Medina]]

{{age:19}} yo G1P1 s/p NSVD at 38w1d complicated by gestational hypertension without severe features (peak {{vital:BP 152/98}} PPD1). Magnesium not required. Started nifedipine ER {{dose:30 mg}} daily PPD1; BPs since 130s-140s/80s.
Baby girl [[NAME:Sofía]], 3120 g, Apgars {{score:8/9}}, breastfeeding, to see peds [[DATE:9/19]].
Labs: {{lab:Hgb 10.2}} (pre 11.8), {{lab:Plt 188}}, AST/ALT wnl, {{lab:Cr 0.6}}.
Contraception: {{drug:Nexplanon}} placed before d/c.
D/c meds: nifedipine ER {{dose:30 mg}} daily, ibuprofen {{dose:600 mg}} q6h prn, PNV, docusate.
Follow-up: BP check in 72 h by home visit nurse at [[ADDRESS:4418 W Fullerton Ave, Apt 2, Chicago, IL 60639]]; phone [[PHONE:773-555-0186]]. Postpartum visit at 6 weeks.
Her mother, [[NAME:Patricia Rossi]], is her support person at home.
Preeclampsia warning signs reviewed: severe headache, visual changes, RUQ pain, BP 160/110 or higher.
""", summary="""
[[NAME:Agustina Bianchi Rossi]], {{age:19}}, delivered vaginally on [[DATE:9/15/2025]] and developed postpartum gestational hypertension, controlled on nifedipine ER. She was discharged [[DATE:9/17/2025]] with a {{drug:Nexplanon}}, a home BP check in 72 hours and preeclampsia precautions.
"""),

    dict(style="radiology_critical_results_log", note="""
RADIOLOGY CRITICAL RESULTS LOG - OVERNIGHT
Reading radiologist: Dr. [[NAME:Khalid Al Mansoori]]
Shift: [[DATE:Sat 8/2/2025]] 22:00 - [[DATE:Sun 8/3/2025]] 07:00

Time  | Acc #       | Patient (MRN)                         | Finding                                          | Called to                      | Read-back
22:18 | [[MRN:CT25080211]]  | [[NAME:Okafor-Lind, Ada]] ([[MRN:6120044]])            | Acute L SDH 9 mm, 4 mm midline shift             | Dr. [[NAME:Pham]], ED                   | Y
23:40 | [[MRN:XR25080377]]  | [[NAME:Kazlauskas, Jonas]] ([[MRN:7004381]])           | NG tube in R mainstem bronchus                   | [[NAME:Rebecca Stone]] RN, 4 West      | Y
01:05 | [[MRN:US25080402]]  | [[NAME:Mendoza Quispe, Flor]] ([[MRN:3355618]])        | L adnexal ectopic, moderate hemoperitoneum       | Dr. [[NAME:Baptiste]], OB (pgr [[PHONE:2290]])  | Y
03:52 | [[MRN:CT25080419]]  | [[NAME:Al-Dosari, Fahad]] ([[MRN:4471029]])            | Pneumoperitoneum, perforated viscus              | Dr. [[NAME:Aziz]], surgery, x[[PHONE:5561]]     | Y

Notes: 03:52 - attempts at 03:40 and 03:46 unanswered; escalated to surgery chief per policy.
23:40 - Mr. [[NAME:Kazlauskas]] is [[AGE:90]]; tube removed by floor before feeds started.
Log reviewed by RN supervisor [[NAME:S. Gvenetadze]] [[DATE:8/3]] 07:00.
""", summary="""
Overnight, Dr. [[NAME:Al Mansoori]] called four critical results: a subdural hematoma, a misplaced NG tube in a [[AGE:90]]-year-old, an ectopic pregnancy with hemoperitoneum, and free air. All were read back; the surgery call needed escalation after two unanswered attempts.
"""),

    dict(style="cystoscopy_procedure", note="""
CYSTOSCOPY PROCEDURE NOTE
Procedure: Flexible cystourethroscopy, office.
Indication: Asymptomatic microscopic hematuria ({{lab:RBC 12/hpf}} on two specimens), former smoker.
Anesthesia: {{dose:2%}} lidocaine jelly intraurethral, 10 minutes dwell.
Findings:
- Urethra: normal caliber, no stricture.
- Prostate: moderate bilobar hypertrophy, non-obstructing, no median lobe.
- Bladder: mild trabeculation, no cellules or diverticula. Ureteral orifices orthotopic bilaterally with clear efflux. No tumor, stone, or foreign body. Retroflexed view of the bladder neck unremarkable.
Urine cytology sent. CT urogram last month showed no upper tract lesion.
Impression: No bladder source of microhematuria identified. Findings consistent with BPH.
Plan: Repeat UA in 6 months; no antibiotic prophylaxis given ({{drug:Cipro}} not indicated per AUA guidance). Patient tolerated the procedure well and voided before leaving.
""", summary="""
Office flexible cystoscopy for microscopic hematuria found only moderate prostatic enlargement and mild trabeculation, with no bladder tumor or stone. Cytology is pending and a repeat UA is planned in 6 months.
"""),

    dict(style="sleep_pulmonary_clinic", note="""
SLEEP MEDICINE FOLLOW-UP
[[NAME:Walter Brooks]] is a [[AGE:91]]-year-old retired machinist here with his daughter [[NAME:Carol Brooks-Ahn]] for CPAP follow-up of severe OSA ({{score:AHI 48}} on PSG [[DATE:Oct 2, 2024]]).
Download (30 days): used 27/30 nights, avg 6 h 10 min, {{lab:residual AHI 3.2}}, large leak 4% of night. Auto-CPAP 7-13 cm H2O, 95th percentile pressure 11.4.
He says he now sleeps "like a log"; daytime napping way down. {{score:Epworth 6}} (was {{score:15}}). Nasal dryness - [[NAME:Carol]] turned the heated humidifier up.
Brooks admits he takes the mask off around 4 am after getting up to urinate and doesn't put it back on.
PMH: AFib on {{drug:Eliquis}} {{dose:2.5 mg}} BID, HFpEF, mild cognitive impairment on {{drug:Aricept}}.
Exam: {{vital:BP 134/70}}, {{vital:SpO2 95%}} RA, BMI 29. {{score:Mallampati 4}}. Faint mask marks on the nasal bridge.
Plan: continue APAP; nasal pillows trial through DME (Pacific Respiratory, [[PHONE:808-555-0107]]). Daughter asked for download reports by e-mail: [[EMAIL:cbrooksahn@gmail.com]], sent via secure link. RTC 1 year, sooner prn.
[[NAME:Sean O'Rourke]], MD, Sleep Medicine
""", summary="""
[[NAME:Walter Brooks]], [[AGE:91]], with severe OSA is adherent to auto-CPAP with a {{lab:residual AHI 3.2}} and improved sleepiness ({{score:Epworth 6}}). A nasal pillows trial was arranged and reports will be sent to his daughter [[NAME:Carol Brooks-Ahn]].
"""),

    dict(style="nephrology_portal_message", note="""
Patient message (portal) - received [[DATE:07/08/2025]] 09:12
Pt: [[NAME:Ospina Cárdenas, Yuliana]]     MRN [[MRN:1190385]]
"Hola Dra. [[NAME:Hovhannisyan]], my urine is foamy again and my ankles are swollen since the weekend. My labs from Monday say protein 2.8?? Is the {{drug:CellCept}} not working? Also my new email is [[EMAIL:yuli.ospina87@gmail.com]] because the old one is closed. Gracias, [[NAME:Yuli]]"

Reply - [[NAME:Anush Hovhannisyan]], MD (Nephrology)  [[DATE:07/08/2025]] 13:30
Hi [[NAME:Yuliana]], thank you for writing. Your urine protein (UPCR) went from 0.9 in April to {{lab:2.8 g/g}} on [[DATE:7/7]], and your complement is low ({{lab:C3 68}}), which can mean the lupus nephritis is flaring. Creatinine is stable at {{lab:0.9}}. Please:
1. Keep taking {{drug:CellCept}} {{dose:1500 mg}} twice daily and hydroxychloroquine {{dose:200 mg}} daily.
2. Come in [[DATE:Thursday 7/10]] at 10:40 for a visit and repeat labs (dsDNA, C3/C4, UA).
3. Check your BP at home and call us at [[PHONE:617-555-0132]] if it is over 150/95 or the swelling spreads.
We may need to repeat the kidney biopsy. - Dr. [[NAME:H]]
""", summary="""
[[NAME:Yuliana Ospina Cárdenas]] messaged about foamy urine and ankle swelling; her proteinuria rose to {{lab:2.8 g/g}} with low {{lab:C3 68}}, suggesting a lupus nephritis flare. Dr. [[NAME:Hovhannisyan]] continued {{drug:CellCept}} and booked a visit for [[DATE:7/10]], with a possible repeat biopsy.
"""),

    dict(style="ob_triage", note="""
OB TRIAGE NOTE     [[DATE:12/29/24]] 2145
Pt: [[NAME:Flor de María Huamán Ccori]] (MRN [[MRN:7718204]])     {{age:32}} y/o G3P1011 @ 32w2d (EDD [[DATE:2/20/25]])
Spanish interpreter [[NAME:Carlos]] (badge [[MRN:30917]]) used throughout.
CC: "dolor de espalda que va y viene" - low back tightening q5-7 min x 3 h. No LOF, no VB, +FM.
Hx: prior term SVD; SAB x1. Late PNC this pregnancy, records from a clinic in [[ADDRESS:Lima]] reviewed.
VS: {{vital:BP 124/70}} {{vital:HR 102}} {{vital:T 37.0}}
Toco: ctx q4-6 min, mild. FHT 145, moderate variability, + accels, Cat I.
SSE: no pooling, nitrazine neg, fern neg. fFN collected before SVE - POSITIVE.
SVE 2/50/-2. TVUS cervical length 18 mm.
UA: 2+ leuk esterase, nitrite +, culture sent.
A/P: Preterm labor at 32w2d, probable UTI trigger.
- Admit to L&D for observation
- {{drug:Celestone}} {{dose:12 mg}} IM q24h x2, first dose 2200
- Nifedipine {{dose:20 mg}} PO load then {{dose:10 mg}} q6h x 48 h for steroid window
- GBS swab; penicillin G {{dose:5 million units}} IV then {{dose:3 million units}} q4h until GBS results
- Ceftriaxone {{dose:1 g}} IV daily for UTI
- NICU consult: Dr. [[NAME:Leilani Kaʻaihue]] to counsel family
Husband [[NAME:Edwin Cóndor]] updated at bedside; cell [[PHONE:801-555-0145]].
Dr. [[NAME:Jorge Paredes Luna]] (OB hospitalist)
""", summary="""
[[NAME:Flor de María Huamán Ccori]], {{age:32}}, presented at 32w2d in preterm labor with a positive fFN, 18 mm cervix and probable UTI. She was admitted for {{drug:Celestone}}, nifedipine tocolysis, GBS prophylaxis and ceftriaxone, with NICU consultation.
"""),

    dict(style="radiology_portable_cxr", note="""
XR CHEST 1 VIEW PORTABLE
Pt: [[NAME:HOXHA, DRITON]]     MRN [[MRN:0093817]]     Acc [[MRN:XR-25-44102]]     Loc: MICU 12
Date/time: [[DATE:2025/06/14]] 05:30
History: Intubated, ARDS; line check.
Comparison: [[DATE:06/13/2025]] and [[DATE:06/11/2025]].

Findings: ETT tip 4.5 cm above the carina. Right IJ central venous catheter tip at the cavoatrial junction. Orogastric tube courses below the diaphragm, tip in the stomach. Diffuse bilateral airspace opacities, slightly improved at the left base. No pneumothorax. Small bilateral pleural effusions, unchanged.

Impression: Lines and tubes in satisfactory position. Slight improvement in bilateral airspace disease.

Dictated by: [[NAME:Pieter van der Berg]], MD     Transcribed by: [[NAME:kls]]
""", summary="""
Portable chest film on [[DATE:2025/06/14]] for [[NAME:Driton Hoxha]] in the MICU shows well-positioned ETT, central line and OG tube, with slightly improved bilateral airspace disease and no pneumothorax.
"""),

    dict(style="urology_ed_consult", note="""
UROLOGY CONSULT - ED
Requesting: Dr. [[NAME:Aiko Matsuda]] (ED)     Reason: obstructing stone with fever

[[NAME:Keoni Kahale]] is a {{age:34}} y/o M from [[ADDRESS:Hilo]] visiting family in [[ADDRESS:Kāneʻohe]], presenting with 2 days of L flank pain, vomiting and fever to 38.9 at home.
CT A/P: 7 mm L proximal ureteral stone with moderate hydro and perinephric stranding. No prior stone hx.
Vitals: {{vital:T 38.6}}, {{vital:HR 118}}, {{vital:BP 98/60}}, {{vital:RR 22}}. {{score:qSOFA 2}}.
Labs: {{lab:WBC 17.8}}, {{lab:Cr 1.9}} (baseline 1.0 per outside records), {{lab:lactate 2.7}}. UA > 50 WBC, nitrite +.

Impression: Obstructing, infected L ureteral stone with sepsis - urologic emergency.
Plan:
- Emergent L ureteral stent tonight; definitive ureteroscopy in 2-3 weeks after infection treated. No stone manipulation now.
- Ceftriaxone {{dose:2 g}} IV now, blood and urine cultures.
- NPO, IVF 30 mL/kg.
- Consent signed; girlfriend [[NAME:Noelani]] ([[PHONE:808-555-0119]]) aware.
Discussed with attending Dr. [[NAME:Stone]], who agrees.
[[NAME:Jarrah Wilkes]], MD, Urology PGY-4     pg [[PHONE:3318]]
""", summary="""
[[NAME:Keoni Kahale]], {{age:34}}, has sepsis from an obstructing 7 mm left ureteral stone with {{lab:WBC 17.8}} and {{lab:Cr 1.9}}. Urology planned emergent stent placement with IV ceftriaxone and delayed ureteroscopy, agreed by Dr. [[NAME:Stone]].
"""),

    dict(style="bronchoscopy_sedation_record", note="""
MODERATE SEDATION RECORD - Bronch Suite 2
Pt ID verified x2 (name/DOB): [[NAME:Gvantsa Lomidze]] / [[DATE:03-27-1960]]. MRN [[MRN:2267091]].
Proceduralist: Dr. [[NAME:G. Kapanadze]]     RN: [[NAME:Ilona Vasquez]]     RT: [[NAME:Donnell Price]]
ASA II. {{score:Mallampati 2}}. NPO since 2200. 2 L NC baseline.

Time  HR   BP       SpO2   RR   Med / event
0812  {{vital:84}}   {{vital:142/86}}   {{vital:96%}}    {{vital:16}}   baseline
0815  {{vital:82}}   {{vital:138/80}}   {{vital:97%}}    {{vital:14}}   {{drug:Versed}} {{dose:1 mg}} IV, fentanyl {{dose:50 mcg}} IV
0819  {{vital:90}}   {{vital:150/88}}   {{vital:95%}}    {{vital:18}}   lidocaine 1% {{dose:2 mL}} x3 via scope
0824  {{vital:96}}   {{vital:146/84}}   {{vital:92%}}    {{vital:20}}   {{drug:Versed}} {{dose:1 mg}} IV; O2 up to 4 L
0836  {{vital:88}}   {{vital:130/76}}   {{vital:94%}}    {{vital:16}}   fentanyl {{dose:25 mcg}} IV
0851  {{vital:78}}   {{vital:124/72}}   {{vital:97%}}    {{vital:14}}   scope out

Totals: midazolam {{dose:2 mg}}, fentanyl {{dose:75 mcg}}.
{{score:Aldrete 9}} at 0920, {{score:Aldrete 10}} at 0935. D/c to husband [[NAME:Zurab]] by wheelchair. NPO x2 h until gag returns.
-- [[NAME:I. Vasquez]], RN
""", summary="""
[[NAME:Gvantsa Lomidze]] received moderate sedation with {{dose:2 mg}} midazolam and {{dose:75 mcg}} fentanyl for bronchoscopy with a lowest SpO2 of {{vital:92%}}, corrected with oxygen. She recovered to {{score:Aldrete 10}} and went home with her husband [[NAME:Zurab]].
"""),

    dict(style="pph_nursing_documentation", note="""
L&D NURSING - QBL / POSTPARTUM HEMORRHAGE DOCUMENTATION
Delivery: SVD. Active management of third stage: {{drug:oxytocin}} {{dose:10 units}} IM with anterior shoulder. Placenta delivered spontaneously, intact, {{eponym:Schultze}} mechanism.
QBL at 15 min: 620 mL (weighed pads + canister). Fundus boggy, 2 FB above umbilicus.
PPH Stage 1 called. Fundal massage, bimanual massage by MD. {{drug:Pitocin}} {{dose:30 units/500 mL}} at 250 mL/h. {{drug:Methergine}} {{dose:0.2 mg}} IM ({{vital:BP 122/74}}, no HTN).
QBL at 30 min: 1,080 mL - Stage 2. {{drug:Hemabate}} {{dose:250 mcg}} IM. TXA {{dose:1 g}} IV over 10 min. {{drug:Cytotec}} {{dose:800 mcg}} PR held per MD. Second IV 18g. Type and crossmatch 2 units. {{eponym:Bakri}} balloon brought to room, not placed.
Vitals: {{vital:HR 112}}, {{vital:BP 104/62}}, {{vital:SpO2 98%}}. Shock index 1.08.
QBL at 60 min: 1,240 mL cumulative. Fundus firm at U, bleeding now scant. {{eponym:Foley}} placed, UOP 80 mL clear.
{{lab:Hgb 8.9}} (pre-delivery 11.6). Rh positive.
Team debrief completed. Patient and support person updated at bedside.
""", summary="""
After a vaginal delivery, uterine atony caused a Stage 2 postpartum hemorrhage with 1,240 mL cumulative blood loss. It responded to massage, {{drug:Pitocin}}, {{drug:Methergine}}, {{drug:Hemabate}} and TXA without a {{eponym:Bakri}} balloon; post-bleed {{lab:Hgb 8.9}}.
"""),

    dict(style="pulmonary_nodule_letter", note="""
Thoracic Oncology & Lung Nodule Program

[[DATE:June 3, 2025]]

[[NAME:Rachel Goldberg-Aponte]], MD
Kalihi Family Medicine
[[ADDRESS:1208 N King St, Suite 210]]
[[ADDRESS:Honolulu, HI 96817]]
Fax: [[PHONE:808-555-0166]]

Re: Mr. [[NAME:Tevita ʻUlufonua Taufa]], DOB [[DATE:10/14/1956]]

Dear Dr. [[NAME:Goldberg-Aponte]],
Thank you for referring Mr. [[NAME:Taufa]], a {{age:68}}-year-old retired longshoreman and former smoker (35 pack-years, quit 2015), for an 11 mm part-solid right upper lobe nodule found incidentally on CT abdomen in April. Dedicated CT chest shows the solid component has grown from 4 to 6 mm. PET-CT: SUVmax 2.4 in the nodule, no nodal or distant uptake. PFTs: {{lab:FEV1 2.1 L}} (74%), {{lab:DLCO 68%}}.
He, his son [[NAME:Viliami]] and I went over surveillance, biopsy and resection. We chose robotic bronchoscopy with radial EBUS, scheduled for [[DATE:6/17]]. If malignant, he will see Dr. [[NAME:Lucas Ferreira]] for segmentectomy.
I will keep you updated.

Sincerely,
[[NAME:Kārlis Ozoliņš]], MD
Pulmonary & Critical Care Medicine
cc: Mr. [[NAME:Tevita Taufa]]; [[NAME:Lucas Ferreira]], MD, Thoracic Surgery
""", summary="""
Dr. [[NAME:Ozoliņš]] wrote to Dr. [[NAME:Goldberg-Aponte]] about [[NAME:Tevita Taufa]], {{age:68}}, whose part-solid RUL nodule has a growing solid component. Robotic bronchoscopic biopsy is set for [[DATE:6/17]], with segmentectomy referral if malignant.
"""),

    dict(style="nephrology_inpatient_consult", note="""
INPATIENT NEPHROLOGY CONSULTATION
Consult date: [[DATE:21OCT2025]]     Requested by: Dr. [[NAME:Hannah Castellano]] (Hospital Medicine)
Patient: [[NAME:AL NUAIMI, HAMAD SAEED]]     MRN [[MRN:3049916]]     FIN [[MRN:77120458813]]
Reason: hyponatremia, Na 118

Mr. [[NAME:Al Nuaimi]] is a {{age:76}}-year-old man from [[ADDRESS:Al Ain]], UAE, here for cardiac care, admitted [[DATE:10/19]] with confusion and two falls. His son [[NAME:Abdulla]] (translating, Arabic) says he started a new "water pill" before traveling; the bottle is hydrochlorothiazide {{dose:25 mg}}. He also drinks a lot of tea and water "because of the heat."
Labs: {{lab:Na 118}} -> 121 -> 120 over 36 h. {{lab:Serum osm 252}}, {{lab:urine osm 410}}, {{lab:urine Na 58}}. {{lab:TSH 2.1}}, {{lab:AM cortisol 16}}. {{lab:K 3.2}}.
Exam: {{vital:BP 138/72}}, {{vital:HR 64}}. Euvolemic, MMM, no edema, no asterixis. {{score:GCS 14}}, oriented x2.

Assessment: Thiazide-associated hyponatremia, possible superimposed SIADH, low solute intake.
Plan:
1. Stop HCTZ permanently; add to allergy/intolerance list.
2. Fluid restriction 1 L/day; liberalize salt; replete K.
3. Correction goal no more than 8 mEq/L in 24 h; Na q4h. If overcorrecting, D5W and DDAVP {{dose:2 mcg}} IV.
4. Avoid hypotonic IVF.
Family contact: son [[NAME:Abdulla]] [[PHONE:+971 50 555 3184]] (WhatsApp). Embassy medical office fax [[PHONE:202-555-0177]].
[[NAME:Rasa Kazlauskienė]], MD, Nephrology     pager [[PHONE:7720]]
""", summary="""
[[NAME:Hamad Saeed Al Nuaimi]], {{age:76}}, visiting from the UAE, has symptomatic hyponatremia ({{lab:Na 118}}) attributed to a newly started thiazide plus possible SIADH. Nephrology stopped HCTZ, restricted fluids and set a slow correction limit with frequent sodium checks.
"""),
]
