NOTES = [
    dict(style="genetics_counselling_letter", note="""
CANCER GENETICS SERVICE — CLINIC LETTER

Clinic date: [[DATE:14 February 2025]]
Patient: [[NAME:Garazi Etxeberria Zubizarreta]]    DOB [[DATE:22/09/1981]]    Hospital no. [[MRN:40917726]]
Referred by: Mr [[NAME:Aitor Urrutia]], Consultant Colorectal Surgeon

Dear Mr [[NAME:Urrutia]],

Thank you for referring [[NAME:Garazi]], whom I saw today with her husband [[NAME:Kepa Goikoetxea]]. She is {{age:43}}, well, and
has never had a colonoscopy. Both sides of the family are Basque; we drew a three-generation pedigree (proband III:3).

  I:1   [[NAME:Joseba Etxeberria]] (paternal grandfather) — "stomach cancer", died aged {{age:61}}
  I:2   [[NAME:Miren Arrieta]] (paternal grandmother) — no cancer, died aged [[AGE:94]]
  II:1  [[NAME:Iñaki Etxeberria]] (father), {{age:68}} — colon cancer at {{age:52}}; tumour MSI-high, loss of MLH1/PMS2 on IHC
  II:2  [[NAME:Nerea Zubizarreta]] (mother), {{age:66}} — well
  II:3  [[NAME:Edurne Etxeberria]] (paternal aunt), lives in [[ADDRESS:Bilbao]] — endometrial cancer at {{age:47}}
  II:4  [[NAME:Patxi Etxeberria]] (paternal uncle) — ureteric TCC at {{age:58}}
  III:1 [[NAME:Unai]] (brother), {{age:40}} — no screening yet
  III:2 [[NAME:Leire]] (sister), {{age:36}} — two children, [[NAME:Ane]] ({{age:9}}) and [[NAME:Mikel]] ({{age:6}})

The family meets {{eponym:Amsterdam II}} criteria, and the tumour pattern points strongly to {{eponym:Lynch}} syndrome
due to MLH1. [[NAME:Iñaki]] has not had germline testing; he lives in [[ADDRESS:Donostia]] and has agreed that we write to him.

We took blood today for a germline panel (MLH1, MSH2, MSH6, PMS2, EPCAM); results in about six weeks, and I will ring
[[NAME:Garazi]] on [[PHONE:07700 914 382]]. If she carries the familial variant: colonoscopy every 2 years (overdue now),
daily {{drug:aspirin}} {{dose:150 mg}}, and a gynaecology discussion about risk-reducing hysterectomy and BSO once the
family is complete — she and [[NAME:Kepa]] hope to have one more child.

Yours sincerely,

[[NAME:Hannah Ridley]], MSc, Registered Genetic Counsellor
on behalf of Dr [[NAME:Itziar Olazabal]], Consultant Clinical Geneticist

cc: [[NAME:Garazi Etxeberria Zubizarreta]], [[ADDRESS:27 Alder Grove, Hebden Bridge HX7 6DW]]; Dr [[NAME:S. Pennington]] (GP)
""", summary="""
[[NAME:Garazi Etxeberria Zubizarreta]] ({{age:43}}) was seen for suspected {{eponym:Lynch}} syndrome given her father
[[NAME:Iñaki]]'s MLH1-deficient colon cancer and aunt [[NAME:Edurne]]'s endometrial cancer. A germline panel was sent and
colonoscopy, {{drug:aspirin}} and gynaecological risk reduction were discussed.
"""),

    dict(style="tb_contact_investigation_table", note="""
TB CONTROL PROGRAM — CONTACT INVESTIGATION WORKSHEET
Index case: [[NAME:VANG, PA]]    MRN [[MRN:2284019]]    SSN [[SSN:612-48-0937]]    State case # [[MRN:TB-25-0061]]
Opened: [[DATE:03/04/2025]]    Investigator: [[NAME:R. Castellanos]], RN

Index: {{age:54}} F, sputum AFB smear 3+, cavitary RUL disease, Xpert MTB detected / rif resistance not detected.
RIPE started [[DATE:3/3]], DOT Mon–Fri. Infectious period set back 3 months from cough onset → from [[DATE:11/20/2024]].
Household: [[ADDRESS:4418 E Kings Canyon Rd, Fresno, CA 93702]] — 9 people, 3 bedrooms, shared sleeping.
Hmong interpreter in person: [[NAME:Chue Moua]] (badge [[MRN:20417]]).

Contact          | Relation        | Age   | Test         | Result        | CXR               | Plan
[[NAME:Tou Xiong]]        | husband         | {{age:58}}    | QFT-Plus     | positive      | clear             | LTBI → 3HP x 12 wk
[[NAME:Mai Lee Vang]]     | daughter        | {{age:31}}    | QFT-Plus     | negative      | n/a               | repeat 8–10 wk post last exposure
[[NAME:Kou Her]]          | son-in-law      | {{age:33}}    | QFT-Plus     | negative      | n/a               | repeat 8–10 wk
[[NAME:Nou Her]]          | grandson        | {{age:4}}     | TST ({{eponym:Mantoux}}) | {{lab:12 mm}}         | clear             | window prophylaxis, {{drug:isoniazid}} {{dose:10 mg/kg}} + B6
[[NAME:Ntxhi Her]]        | granddaughter   | {{age:18}} mo | TST          | {{lab:0 mm}}          | clear             | window prophylaxis, repeat TST 8 wk
[[NAME:Yer Lor]]          | mother-in-law   | [[AGE:91]]    | QFT-Plus     | indeterminate | calcified granuloma L apex | repeat QFT; symptom screen neg
[[NAME:Xeng Vang]]        | nephew          | {{age:22}}    | QFT-Plus     | pending       | —                 | works at packing plant; 2nd ring if positive

3HP = weekly {{drug:isoniazid}} + {{drug:rifapentine}} ({{drug:Priftin}}) by DOT. [[NAME:Tou]] drinks 2–3 beers/day; LFTs baseline drawn.
[[NAME:Tou]] reports [[NAME:Pa]]'s sister [[NAME:Mee Vang]] (lives in [[ADDRESS:St. Paul, MN]]) stayed 2 weeks in December, shared a
bed with the index — referral faxed to Minnesota Dept of Health TB program, fax [[PHONE:651-555-0199]].
[[NAME:Kou]] asked that her diagnosis not be shared with his employer — confirmed.

[[NAME:R. Castellanos]], RN, Public Health Nurse — desk [[PHONE:559-555-0148]]
Reviewed: Dr. [[NAME:Leila Haddad]], TB clinic physician
""", summary="""
Contact investigation for smear-positive cavitary TB in [[NAME:Pa Vang]]: husband [[NAME:Tou Xiong]] has latent TB and
starts 3HP, two young grandchildren start window prophylaxis, and [[AGE:91]]-year-old [[NAME:Yer Lor]] had an
indeterminate QFT. A visiting sister was referred to public health in [[ADDRESS:St. Paul]].
"""),

    dict(style="dialysis_nursing_shorthand", note="""
HD TX NOTE   Chair 7 / TTS 2nd shift
Pt: [[NAME:Sitiveni Waqanivalu]]   #[[MRN:HD-00719]]   EDW {{vital:91.0 kg}}
PRE: {{vital:BP 168/94}}  {{vital:HR 88}}  {{vital:T 36.7}}  wt {{vital:94.6 kg}} (+3.6 IDWG). 1+ pedal edema, few bibasilar crackles, no SOB at rest.
ACCESS: L BC AVF, +thrill/+bruit, cannulated 15g x2 1st attempt. No s/s infx.
RX: F180, 4h, Qb 400 / Qd 600, 2K/2.5Ca bath, UFG 3.8 L, {{drug:heparin}} {{dose:2000 u}} bolus + {{dose:1000 u/h}}.
INTRA: 1440 c/o cramping bilat calves → UF paused, {{dose:NS 200 mL}} bolus, BP nadir {{vital:102/60}}, resolved ~10 min. UF resumed at lower rate. Net UF 2.9 L.
POST: {{vital:BP 144/82}}  {{vital:HR 80}}  wt {{vital:91.8 kg}}. Needles out, hemostasis 8 min.
MEDS: {{drug:Venofer}} {{dose:100 mg}} IV (dose 4 of 10), {{drug:Mircera}} {{dose:150 mcg}} IV (q2wk), {{drug:calcitriol}} {{dose:0.5 mcg}} IV.
LABS: monthly drawn. Last {{lab:K 5.9}} — pt admits lots of dalo & coconut water at the church fundraiser last wknd.
K handout reviewed again; wife [[NAME:Litia]] at chairside, says she will "hide the coconuts".
SOCIAL: asking re travel tx in [[ADDRESS:Suva]] Dec–Jan (family in [[ADDRESS:Nausori]]). Travel dialysis packet given; SW [[NAME:Mereoni Ravuvu]] to contact
unit there. Pt cell [[PHONE:253-555-0176]].
— [[NAME:M. Delaney]] RN
""", summary="""
[[NAME:Sitiveni Waqanivalu]]'s hemodialysis run was complicated by cramping and hypotension to {{vital:102/60}}, resolved with a
saline bolus; net UF 2.9 L. Potassium teaching was repeated with his wife [[NAME:Litia]] and travel dialysis in
[[ADDRESS:Suva]] is being arranged.
"""),

    dict(style="nephrology_clinic_letter", note="""
Department of Renal Medicine
Dictated: [[DATE:04/02/2025]]    Typed: [[DATE:06/02/2025]]

Re: [[NAME:Levan GELASHVILI]]    DOB [[DATE:17.08.1979]]    Hosp No [[MRN:K4471902]]    NHS No [[MRN:612 908 4471]]
    [[ADDRESS:Flat 2, 37 Cressington Road, Liverpool L17 8XT]]

Dear Dr [[NAME:Beridze]],

Diagnosis: IgA nephropathy ({{eponym:Berger}} disease), renal biopsy [[DATE:12/11/2024]], {{score:Oxford MEST-C M1 E0 S1 T1 C0}}

I saw Mr [[NAME:Gelashvili]], a {{age:45}}-year-old lorry driver, today with his wife [[NAME:Tamar]]. A Georgian interpreter
([[NAME:Eka Jgharkava]]) was present, though he managed most of the consultation in English. He feels well and has noticed
only frothy urine.

{{vital:BP 138/86}} (home average 134/84), weight {{vital:96 kg}}. {{lab:Creatinine 162 µmol/L}}, {{lab:eGFR 43}},
{{lab:uPCR 186 mg/mmol}} (240 in November), {{lab:albumin 38 g/L}}.

After three months of maximised RAS blockade on {{drug:ramipril}} {{dose:10 mg}} daily his proteinuria remains well
above 100 mg/mmol, so he is at high risk of progression. I have added dapagliflozin ({{drug:Forxiga}}) {{dose:10 mg}}
daily and referred him to the IgAN MDT for targeted-release budesonide ({{drug:Kinpeygo}}). We also talked about
sparsentan ({{drug:Filspari}}) as a later option.

[[NAME:Tamar]] asked whether his younger brother [[NAME:Davit]], who lives in [[ADDRESS:Tbilisi]], could donate a kidney if it
came to that. We are some way off this, and I explained that IgA nephropathy can cluster in families, so any related
donor would need careful screening.

Plan: U&E two weeks after starting dapagliflozin; review in three months.

Yours sincerely,

Dr [[NAME:Fiona McAllister]] MD FRCP
Consultant Nephrologist    Secretary [[PHONE:0151 555 2931]]

cc: Mr [[NAME:Levan Gelashvili]] (patient)
""", summary="""
[[NAME:Levan Gelashvili]] has biopsy-proven IgA ({{eponym:Berger}}) nephropathy with persistent proteinuria
({{lab:uPCR 186 mg/mmol}}) despite {{drug:ramipril}}; {{drug:Forxiga}} was added and he was referred for
{{drug:Kinpeygo}}. His wife [[NAME:Tamar]] raised possible future donation by his brother [[NAME:Davit]].
"""),

    dict(style="rheumatology_letter_to_patient", note="""
[[DATE:11 March 2025]]

[[NAME:Máret Ánne Sara]]
[[ADDRESS:Boaronjárga 14]]
[[ADDRESS:9520 Guovdageaidnu]]

Dear [[NAME:Máret Ánne]],

Thank you for travelling to [[ADDRESS:Tromsø]] for your appointment on [[DATE:6 March]], and for bringing [[NAME:Niillas]] along — it
helped to hear from him how tired you have been this winter.

Your lupus (SLE) has been more active. You have had the butterfly rash again, painful swollen finger joints, and
fingers turning white in the cold ({{eponym:Raynaud}} phenomenon). Your antibody level has gone up
({{lab:anti-dsDNA 212 IU/mL}}, previously 48) and your complement is low ({{lab:C3 0.62 g/L}}). There is a small amount
of protein in the urine ({{lab:uPCR 41 mg/mmol}}). Your activity score today was {{score:SLEDAI-2K 8}}.

What we agreed:
• Continue hydroxychloroquine ({{drug:Plaquenil}}) {{dose:300 mg}} once daily. Your yearly eye check is due in May.
• Prednisolone {{dose:10 mg}} daily for 2 weeks, then {{dose:7.5 mg}} for 2 weeks, then {{dose:5 mg}} and stay there.
• Start {{drug:mycophenolate}} {{dose:500 mg}} twice daily, going up to {{dose:1 g}} twice daily after 2 weeks if blood tests
  allow. Mycophenolate can harm an unborn baby, so please use reliable contraception. You told me you and [[NAME:Niillas]]
  would like a child in the next few years — we will plan this together once things are quiet.
• Blood and urine tests at your local health centre on [[DATE:Tuesday 25 March]] and again on [[DATE:Tuesday 8 April]].

I will ring you with the results on [[PHONE:+47 948 12 306]]. If you get swollen legs, chest pain when breathing, or a
fever, contact the on-call rheumatologist through the hospital switchboard.

Buorre dearvvuođat / Best wishes,

[[NAME:Biret Gaup]]
Overlege, Rheumatology

Copy: Dr [[NAME:Ánde Somby]], GP
""", summary="""
Letter to [[NAME:Máret Ánne Sara]] about an SLE flare with rash, arthritis, rising anti-dsDNA, low C3 and mild
proteinuria. Prednisolone and {{drug:mycophenolate}} were started alongside {{drug:Plaquenil}}, with bloods on
[[DATE:25 March]] and [[DATE:8 April]] and pregnancy planning to follow with [[NAME:Niillas]].
"""),

    dict(style="dermatology_clinic_note", note="""
DERMATOLOGY — PIGMENTED LESION CLINIC
[[NAME:ÞÓRÐARDÓTTIR, SIGRÚN B]]      MRN [[MRN:0095513]]      DOS [[DATE:2025-01-28]]
Provider: [[NAME:Kristín Bjarnadóttir]], PA-C    Supervising: Dr. [[NAME:E. Whitaker]]

CC: biopsy results, L upper back; full skin exam.
HPI: {{age:44}} yo F, {{score:Fitzpatrick I}}, red hair, many blistering sunburns as a teen, tanning bed use in her 20s.
Changing lesion noticed by husband [[NAME:Ólafur]]; shave biopsy [[DATE:01/09/25]].
Path ([[MRN:DP25-00871]]): melanoma, superficial spreading type, {{score:Breslow 0.6 mm}}, {{score:Clark level III}}, no ulceration,
mitoses <1/mm², peripheral margin involved. AJCC pT1a.
FHx: mother [[NAME:Hrafnhildur]] — melanoma R calf at {{age:60}}; maternal uncle [[NAME:Þorsteinn Ásgeirsson]] — "several skin
cancers", lives in [[ADDRESS:Akureyri]]. Father [[NAME:Þórður]] died of MI at {{age:70}}.
Exam: >100 nevi, several clinically atypical on trunk. {{eponym:Wood}} lamp: no pigment beyond scar. Biopsy site healing.
No axillary or cervical LAD.
A/P:
1. Invasive melanoma pT1a, stage IA → WLE with 1 cm margins; referred to Dr. [[NAME:Ragnarsson]] (plastics). SLNB not indicated.
2. Atypical mole phenotype + 1st-degree relative with melanoma → genetics referral (CDKN2A).
3. Total body photography booked [[DATE:2/19]]. Skin checks q3mo x 2 yrs.
4. Sun protection, monthly self-exam with [[NAME:Ólafur]]'s help for her back.
""", summary="""
[[NAME:Sigrún Þórðardóttir]] ({{age:44}}) has a new pT1a melanoma of the left upper back ({{score:Breslow 0.6 mm}}) and a
family history through her mother [[NAME:Hrafnhildur]]. Wide excision with Dr. [[NAME:Ragnarsson]], a genetics referral,
and total body photography on [[DATE:2/19]] were arranged.
"""),

    dict(style="ophthalmology_no_phi", note="""
OPHTHALMOLOGY — GLAUCOMA CLINIC, FOLLOW-UP
VA (cc): {{vital:OD 20/25}}, {{vital:OS 20/40}} (PH 20/30)
IOP ({{eponym:Goldmann}}, 10:40): {{vital:OD 24 mmHg}} / {{vital:OS 19 mmHg}}
CCT: 512 / 520 µm
Gonioscopy: open to CBB 360° OU, 2+ TM pigment OU, {{eponym:Sampaolesi}} line present OD.
SLE: corneas clear, {{eponym:Krukenberg}} spindle OU, AC deep and quiet, transillumination defects midperipheral iris OU.
DFE: C/D 0.75 OD with inferior notch and disc hemorrhage at 6:30; C/D 0.6 OS.
HVF 24-2 SITA-Fast: OD superior arcuate defect, MD −4.2 dB (was −2.9); OS full, MD −0.8 dB.
OCT RNFL: average 71 µm OD (inferior thinning), 88 µm OS.
Impression: pigmentary glaucoma OD > OS, progressing OD despite {{drug:Lumigan}} {{dose:0.01%}} qhs OU.
Plan:
- Add {{drug:Combigan}} BID OD; reviewed drop technique and punctal occlusion.
- Discussed SLT OD as next step if IOP not at target (<16).
- Avoid heavy jogging without warm-up (pigment dispersion with exercise).
- RTC 6 weeks IOP check; repeat HVF and OCT in 4 months.
""", summary="""
Glaucoma follow-up for pigmentary glaucoma, progressing in the right eye ({{vital:OD 24 mmHg}}, new disc hemorrhage, worse
field) despite {{drug:Lumigan}}. {{drug:Combigan}} was added, with SLT as the next step.
"""),

    dict(style="audiology_report", note="""
AUDIOLOGY ASSESSMENT REPORT
Name: [[NAME:Ġużeppi VELLA]] ("[[NAME:Joe]]")      DOB: [[DATE:06/03/1931]]      Age: [[AGE:93]]
ID card no.: [[MRN:0341731M]]      Hospital no.: [[MRN:MT-558210]]
Referred by: Mr [[NAME:Carmel Grech]], ENT
Date of test: [[DATE:18/02/2025]]

History: Attended with his daughter [[NAME:Doris Mifsud]], who gave most of the history. Gradual bilateral hearing loss over
about ten years, worse on the right. Constant right tinnitus "like the sea at [[ADDRESS:Marsaxlokk]]". No vertigo,
otalgia or discharge. 35 years at the dockyard without hearing protection.
Otoscopy: wax removed R by microsuction; TMs intact.
Tuning forks 512 Hz: {{eponym:Rinne}} positive bilaterally; {{eponym:Weber}} lateralises to L.
PTA: bilateral sloping SNHL. {{score:4FA R 71 dB HL}}, {{score:4FA L 55 dB HL}}. Asymmetry ≥15 dB at 2 and 4 kHz.
Tympanometry: type A bilaterally.
Speech: {{score:WRS R 56%}} at 90 dB, {{score:WRS L 84%}} at 75 dB.

Impression: asymmetric bilateral moderate–severe SNHL, R > L. Presbyacusis + noise, but asymmetry needs retrocochlear
investigation as agreed with Mr [[NAME:Grech]].
Plan:
- MRI IAMs requested (pacemaker is MR-conditional; card brought by [[NAME:Doris]]).
- Bilateral RIC hearing aids, fitting [[DATE:04/03/2025]] 10:30.
- [[NAME:Joe]]'s goal: to hear his great-grandchildren and the band at the [[ADDRESS:Żebbuġ]] festa.

[[NAME:Rita Borg]], Senior Audiologist    Tel [[PHONE:2545 6710]]    [[EMAIL:rita.borg.1@gov.mt]]
""", summary="""
[[NAME:Ġużeppi Vella]], aged [[AGE:93]], has asymmetric bilateral sensorineural hearing loss (R>L) with right tinnitus and
{{eponym:Weber}} lateralising left. MRI IAMs was requested and bilateral hearing aids will be fitted on [[DATE:04/03/2025]].
"""),

    dict(style="fertility_new_couple", note="""
REPRODUCTIVE ENDOCRINOLOGY & INFERTILITY — NEW COUPLE CONSULT        [[DATE:Wed 4/9/25]]
Patient: [[NAME:Sokha Chhim]]    DOB [[DATE:11/30/1988]]    MRN [[MRN:61-330-2047]]
Partner: [[NAME:Babacar Ndour]]    DOB [[DATE:02/14/1984]]    MRN [[MRN:61-330-2048]]
Referring: Dr. [[NAME:Channary Ouk]], OB/GYN

HPI: {{age:36}} yo G1P0010 (SAB at 7 wk, 2021), 26 months trying. Cycles q28–30 d, regular.
Her work-up: {{lab:AMH 1.1 ng/mL}}, AFC 9 (R5/L4), CD3 {{lab:FSH 9.8}}, {{lab:E2 38}}, {{lab:TSH 1.9}}, PRL nl.
HSG [[DATE:3/12]]: bilateral fill and spill, normal cavity, no filling defects to suggest {{eponym:Asherman}}.
His work-up: SA x2 azoospermia (no sperm in centrifuged pellet). {{lab:FSH 28}}, {{lab:T 290}}. Karyotype 46,XY;
Y microdeletion: complete AZFa → micro-TESE not advised.
Discussed donor sperm IUI/IVF, adoption, child-free living. [[NAME:Babacar]] at first wanted his cousin [[NAME:Cheikh Mbaye]] as
a known donor; after discussion the couple prefer an anonymous bank donor, partly because of family expectations in
[[ADDRESS:Dakar]].
Plan:
1. Shortlisted donors #[[MRN:4471]] and #[[MRN:5208]] (ID-release). [[NAME:Sokha]] is CMV IgG neg → CMV-neg donor only.
2. Letrozole ({{drug:Femara}}) {{dose:5 mg}} CD3–7, US CD12, trigger {{drug:Ovidrel}} {{dose:250 mcg}}, IUI 36 h later. Up to 3 cycles, then IVF.
3. Donor-gamete counselling with [[NAME:Fatou Seck]], LICSW — booked.
4. Prenatal vitamin; folic acid {{dose:0.4 mg}}.
60 min, >50% counselling.
[[NAME:N. Abernathy]], MD
""", summary="""
[[NAME:Sokha Chhim]] ({{age:36}}) and [[NAME:Babacar Ndour]] were seen for infertility due to AZFa-deletion azoospermia and
chose anonymous donor sperm over a known donor. {{drug:Femara}}/IUI cycles with donor #[[MRN:4471]] or #[[MRN:5208]] are
planned after counselling with [[NAME:Fatou Seck]].
"""),

    dict(style="transfusion_medicine_consult", note="""
TRANSFUSION MEDICINE CONSULTATION
Patient: [[NAME:ADÉYẸMÍ, FÚNMILÁYỌ̀]]    MRN [[MRN:77310284]]    DOB [[DATE:07/19/1992]]
Specimen: [[MRN:BB25-004417]] (collected [[DATE:01/27/2025]] 08:15)
Requesting: Dr. [[NAME:Ọláolúwa Ògúnlèsì]], Maternal-Fetal Medicine
Reason: positive antibody screen, G3P1011 at 22w3d.

Serology:
- ABO/Rh: O pos. DAT neg.
- Antibody ID: anti-K ({{eponym:Kell}}), titer 32 (IAT, tube); titer 8 on [[DATE:01/13/2025]] at outside lab.
- Weak anti-Le^a ({{eponym:Lewis}}), room temperature only — not clinically significant in pregnancy.
- Phenotype: K−, Fy(a−b−), Jk(a+b+). {{lab:Hgb 10.9}}, {{lab:plt 212}}.

History: transfused 2 units in [[ADDRESS:Lagos]] in 2019 for PPH after the birth of her son [[NAME:Tóbi]] — likely sensitising event.
Partner [[NAME:Adébáyọ̀ Adéyẹmí]] typed today: K+k+ (heterozygous) → about 50% chance the fetus is K-positive.

Impression: clinically significant anti-{{eponym:Kell}} alloimmunisation. Anti-K suppresses fetal erythropoiesis, so titers
underestimate risk; MCA-PSV surveillance is indicated whatever the titer.

Recommendations:
1. Cell-free fetal KEL genotyping sent today (accession [[MRN:CFD-25-1188]]).
2. Weekly MCA-PSV from now (MFM aware).
3. If IUT needed: O neg, K−, CMV-safe, irradiated, HbS-neg, <5 days old, crossmatched with maternal sample.
4. K− and {{eponym:Duffy}} Fy(a−) red cells to be reserved for delivery.
5. Antibody wallet card given; she asked it read "[[NAME:Fúnmi]]" as that is the name she uses.
[[NAME:G. Ashworth]], MD — Transfusion Medicine    pgr [[PHONE:4418]]
""", summary="""
[[NAME:Fúnmiláyọ̀ Adéyẹmí]], at 22 weeks, has anti-{{eponym:Kell}} (titer 32) probably from a 2019 transfusion, and partner
[[NAME:Adébáyọ̀ Adéyẹmí]] is K-heterozygous. Fetal KEL genotyping, weekly MCA-PSV and antigen-negative blood were
recommended.
"""),

    dict(style="dietitian_dictation_lowercase", note="""
renal nutrition follow up, dictated [[DATE:march third twenty twenty five]]. patient is [[NAME:marvi soomro]], {{age:63}} year old woman
with ckd stage 4 from diabetic kidney disease and hypertension, {{lab:egfr 19}}, seen with her husband [[NAME:sarang]] and her
daughter in law [[NAME:kanwal]] who does most of the cooking for the family of seven at home in [[ADDRESS:sugar land]]. main issues are
potassium and phosphorus, last labs {{lab:k 5.6}}, {{lab:phos 6.1}}, {{lab:albumin 3.4}}, {{lab:hba1c 7.8}}. weight today {{vital:71.2 kg}}, was 72.0 in
january, no edema. 24 hour recall: chai with whole milk three times, paratha with butter, sai bhaji with spinach and
tomato, dal, aloo, mango achar, two bananas, dates in the evening, rice with curry. went through potassium swaps —
leaching potatoes, apple or berries in place of bananas, smaller dal portions, cutting back the dates which she eats
"for energy". phosphorus: whole milk, processed cheese and the cola [[NAME:sarang]] buys in bulk. she has been taking
{{drug:renvela}} {{dose:800 mg}} at bedtime only, explained it has to go with each meal, [[NAME:kanwal]] will set the tablets out at
meals. protein about 0.6 to 0.8 g/kg as not on dialysis. no more than one roti at dinner. handouts given in sindhi. she
is interested in the kidney cooking class, referred. next follow up [[DATE:4/14]] with repeat labs. 45 minutes.
[[NAME:jenna pruitt]] rd ld
""", summary="""
Renal dietitian follow-up for [[NAME:Marvi Soomro]] ({{age:63}}, CKD 4) with {{lab:k 5.6}} and {{lab:phos 6.1}}; potassium swaps and
mealtime {{drug:renvela}} dosing were taught to her and her daughter-in-law [[NAME:Kanwal]]. Next visit [[DATE:4/14]].
"""),

    dict(style="slp_mbss_report", note="""
SPEECH-LANGUAGE PATHOLOGY — MODIFIED BARIUM SWALLOW STUDY
Patient: [[NAME:HOVHANNISYAN, GEVORG A]]    Rm 5112-B    FIN [[MRN:6600213974]]    DOB [[DATE:10/02/1947]]
Date of study: [[DATE:12-Mar-2025]]    Radiologist: Dr. [[NAME:P. Sandhu]]
Dx: {{age:77}} yo M, acute L MCA ischemic stroke ({{score:NIHSS 9}} on admit), R hemiparesis, nonfluent ({{eponym:Broca}}-type) aphasia.
PMH: AF on {{drug:Eliquis}}, HTN.

Trials (lateral view):
• IDDSI 0 thin via cup: delayed initiation, silent aspiration x2 ({{score:PAS 8}}), no cough on cue
• IDDSI 0 thin via tsp: penetration to cords, ejected ({{score:PAS 5}})
• IDDSI 2 mildly thick, tsp and cup: transient penetration, cleared ({{score:PAS 2}})
• IDDSI 4 puree: moderate vallecular residue, cleared with cued effortful second swallow
• IDDSI 7 cracker: prolonged oral prep, R buccal pocketing
• Chin tuck with thin: ineffective ({{score:PAS 8}})
Impression: moderate oropharyngeal dysphagia.
Recs:
- IDDSI 5 minced & moist; liquids IDDSI 2 mildly thick
- Meds whole in puree one at a time; pharmacy to review which may be crushed
- Upright 90°, small sips, check R cheek for pocketing, 1:1 supervision at meals
- Oral care TID; SLP daily
Education: wife [[NAME:Lusine]] and son [[NAME:Aram]] at bedside; Armenian video interpreter [[NAME:Siranush Manukyan]] (ID [[MRN:7712]]).
[[NAME:Aram]] asked whether his father can still have his Armenian coffee — yes, thickened to level 2.
[[NAME:K. Delacroix-Byrne]], MS, CCC-SLP    x[[PHONE:3390]]
""", summary="""
MBSS for [[NAME:Gevorg Hovhannisyan]] after a left MCA stroke showed silent aspiration of thin liquids ({{score:PAS 8}});
a minced and moist diet with mildly thick liquids was recommended. His wife [[NAME:Lusine]] and son [[NAME:Aram]] were
taught with interpreter [[NAME:Siranush Manukyan]].
"""),

    dict(style="transplant_portal_message", note="""
Patient Portal — Message Thread
From: [[NAME:Thenmozhi Arumugam]] (patient)
To: Kidney Transplant Coordinators
Sent: [[DATE:Sun 1/19/2025]] 9:42 PM
Subject: tacro level & ankle swelling

Hi [[NAME:Beth]],
my tacro level from friday was {{lab:13.8}} (it says H). I took my {{drug:Prograf}} at 8 am and they drew it at 7:50 so timing was ok
I think? Also my ankles are puffy since thursday and BP at home {{vital:151/92}}, {{vital:148/95}}. No fever, peeing normal amount.
Should I change the dose, I am on {{dose:4 mg}} morning and {{dose:4 mg}} night. My husband [[NAME:Murugan]] says I am worrying too much lol
[[NAME:Thenmozhi]]

----
Reply — [[DATE:Mon 1/20/2025]] 8:15 AM
From: [[NAME:Beth Hollis]], RN, Transplant Coordinator
Hi [[NAME:Thenmozhi]], thanks for the detailed message — your timing was perfect. Dr. [[NAME:Raman]] reviewed it: please reduce
{{drug:Prograf}} to {{dose:3 mg}} in the morning and {{dose:3 mg}} at night starting tonight, and repeat the level on [[DATE:Thursday 1/23]]
(12-hour trough, same as before). Creatinine is stable ({{lab:Cr 1.4}}). The swelling may be from the {{drug:amlodipine}}
we started last visit, but we'd like to see you, so I booked you with Dr. [[NAME:Raman]] on [[DATE:1/24]] at 10:20. If your BP is over
{{vital:170/100}} or you make less urine, call us at [[PHONE:412-555-0139]] (after hours, ask for the transplant fellow on call).
[[NAME:Beth]]
""", summary="""
Kidney transplant recipient [[NAME:Thenmozhi Arumugam]] reported a high tacrolimus trough ({{lab:13.8}}) and ankle swelling.
Coordinator [[NAME:Beth Hollis]] relayed a {{drug:Prograf}} reduction to {{dose:3 mg}} twice daily, a repeat level on
[[DATE:1/23]] and a visit with Dr. [[NAME:Raman]] on [[DATE:1/24]].
"""),

    dict(style="genetics_predictive_testing", note="""
CLINICAL GENETICS — HD PREDICTIVE TESTING PROTOCOL, SESSION 2 OF 3
Client: [[NAME:Rógvi á Steig]]    DOB [[DATE:15.05.1995]]    Hospital no. [[MRN:LS-4471093]]
Seen by Dr [[NAME:Guðrun í Líð]] (clinical geneticist) and [[NAME:Sólja Mortensen]] (genetic counsellor), by video link from [[ADDRESS:Copenhagen]]
to the outpatient department in [[ADDRESS:Tórshavn]]. Support person: partner [[NAME:Eyðun Dam]].

[[NAME:Rógvi]], {{age:29}}, a fisheries technician from [[ADDRESS:Klaksvík]], attends for session 2 after a reflection period of 6 weeks.

Pedigree update:
- Father [[NAME:Heðin á Steig]], {{age:58}}: symptomatic {{eponym:Huntington}} disease since about 50, {{lab:CAG 44/17}}; now in a care home.
- Paternal grandmother [[NAME:Turið á Steig]] (née [[NAME:Joensen]]): died at {{age:71}}, "nerves", never diagnosed.
- Her brother [[NAME:Jákup Joensen]]: "walked oddly", died at {{age:66}}.
- Sister [[NAME:Annika]], {{age:26}}: has chosen not to test and does not want to hear [[NAME:Rógvi]]'s result.
- Paternal cousin [[NAME:Bárður Olsen]]: tested 2022, {{lab:CAG 41}}, result known in the family.

Discussion: [[NAME:Rógvi]] wants to know before he and [[NAME:Eyðun]] pursue surrogacy abroad. Explored how he would tell [[NAME:Eyðun]],
work, insurance, and keeping the result from [[NAME:Annika]]. Mood good, {{score:PHQ-9 4}}, no suicidal thoughts; plan for
support if positive agreed. Neurological exam normal, {{score:UHDRS motor 0}}.

Plan: blood for CAG sizing taken today (lab ref [[MRN:HD-25-017]]). Session 3 with result in person on [[DATE:10 April 2025]] —
no results by telephone or e-mail.
""", summary="""
Session 2 of predictive {{eponym:Huntington}} disease testing for [[NAME:Rógvi á Steig]] ({{age:29}}), whose father
[[NAME:Heðin á Steig]] is affected; partner [[NAME:Eyðun Dam]] attended. Blood was taken and the result will be given in
person on [[DATE:10 April 2025]]; his sister [[NAME:Annika]] has declined testing.
"""),

    dict(style="infection_prevention_exposure_list", note="""
INFECTION PREVENTION & CONTROL — MEASLES EXPOSURE WORK-UP
Event: confirmed measles (IgM+, PCR+) in a {{age:14}}-month-old unvaccinated child, case file [[MRN:IP-2025-0338]]; in Peds ED
waiting room and triage rm 3 on [[DATE:Wed 04/02/2025]] 14:10–17:45. Exposure window runs to 2 h after departure.
Rash onset [[DATE:4/3]]; {{eponym:Koplik}} spots documented by the ED attending.

Exposed — patients/visitors (registration log + camera review):
1. [[NAME:Zarmina Khattak]], {{age:27}} — 19 wk pregnant, MMR status unknown → measles IgG drawn [[DATE:4/4]]; if non-immune,
   IVIG {{dose:400 mg/kg}} within 6 days (by [[DATE:4/8]]).
2. [[NAME:Mirwais Durrani]], {{age:5}} mo → IGIM {{dose:0.5 mL/kg}} given [[DATE:4/4]]. Mother [[NAME:Wazhma Shinwari]] reached via
   Pashto interpreter at [[PHONE:(614) 555-0187]].
3. [[NAME:Spogmai Durrani]], {{age:6}} (sibling of #2) — 2 MMR in state registry → no PEP, symptom watch.
4. [[NAME:Gul Bibi]], {{age:62}} (grandmother of #2/#3) — no records → IgG drawn; MMR offered, declined pending result.
5. [[NAME:Ahmad Shah Afridi]], {{age:34}} — renal transplant on {{drug:tacrolimus}} → IVIG {{dose:400 mg/kg}} regardless of
   serostatus, arranged with transplant team.
Exposed — staff:
6. [[NAME:Palwasha Yousafzai]], RN — 2 MMR on file → no action.
7. [[NAME:T. Brennan]] (registration) — no documentation, IgG pending → off work day 5 through day 21 ([[DATE:4/7]]–[[DATE:4/23]]) unless immune.
8. Dr. [[NAME:Owen Fairweather]] (ED resident) — IgG positive 2021 → no action.
Columbus Public Health notified [[DATE:4/3]], investigation # [[MRN:OH-MSL-0419]].
Letters mailed to patient contacts; call-back line [[PHONE:614-555-0100 x2231]].
— [[NAME:D. Okonkwo-Reyes]], MPH, CIC
""", summary="""
Measles exposure in the pediatric ED on [[DATE:04/02/2025]]: pregnant [[NAME:Zarmina Khattak]], infant [[NAME:Mirwais Durrani]]
and transplant recipient [[NAME:Ahmad Shah Afridi]] get serology or immune globulin. Staff member [[NAME:T. Brennan]] is off
work pending titer.
"""),

    dict(style="living_donor_advocate_note", note="""
Independent Living Donor Advocate (ILDA) Note                         Date: [[DATE:2025-02-11]]
Potential donor: [[NAME:Sravani Kodali]]    DOB [[DATE:1986-08-03]]    Donor MRN [[MRN:10-448-2291]]
Intended recipient: [[NAME:Venkata Subbarao Yarlagadda]] ("[[NAME:Subbu]]"), MRN [[MRN:10-302-7764]], ESKD from diabetic nephropathy
({{eponym:Kimmelstiel-Wilson}} on biopsy), on PD since 2023.
Relationship: donor is the wife of the recipient's younger brother, [[NAME:Nagarjuna Yarlagadda]].
Interviewed alone per policy, in English; declined Telugu interpreter.

- Risks understood: lifetime ESKD risk, hypertension, preeclampsia in a future pregnancy (she is {{age:38}}, two children,
  no more planned).
- Work-up to date: {{lab:mGFR 104 mL/min/1.73m²}}, {{vital:BP 118/74}}, BMI 24.1, {{lab:A1c 5.4}}, CTA single renal arteries.
  ABO O → B compatible; flow crossmatch negative.
- Motivation: "[[NAME:Subbu]] anna paid for my husband's studies, this is family."
- Pressure: mother-in-law [[NAME:Lakshmi Prasanna Yarlagadda]] told relatives in [[ADDRESS:Vijayawada]] she "has agreed" before she had
  decided; she felt "a little cornered" but now wishes to proceed. Confidential opt-out explained (team can say "not suitable").
- Finances: lost wages worry → NLDAC application; husband's employer leave reviewed.
- Support: [[NAME:Nagarjuna]]; her sister [[NAME:Suneetha Gutta]] (lives in [[ADDRESS:Edison, NJ]]) will stay 3 weeks post-op.
Assessment: informed and currently voluntary, but family pressure noted. Recommend a second ILDA meeting before committee.
[[NAME:Pauline Whitcombe]], LCSW, ILDA    ph [[PHONE:216-555-0153]]
""", summary="""
ILDA interview with potential living kidney donor [[NAME:Sravani Kodali]] for her brother-in-law
[[NAME:Venkata Subbarao Yarlagadda]]: medically suitable so far and consenting, but pressure from her mother-in-law
[[NAME:Lakshmi Prasanna Yarlagadda]] was noted, so a second ILDA meeting was recommended.
"""),

    dict(style="dermatology_no_phi", note="""
DERM F/U — PSORIASIS
S: itch better, scalp still flaky. No joint pain/AM stiffness. Mild nausea on starting med, now gone.
O: {{score:BSA 6%}}, {{score:PASI 7.4}} (was 14.2 at baseline). {{eponym:Auspitz}} sign + at elbows. {{eponym:Koebner}} lesions along
scratch marks R forearm. Nails: pitting x4, no onycholysis. Scalp: thick plaques behind ears.
A: chronic plaque psoriasis, improving on {{drug:Otezla}} {{dose:30 mg}} BID. {{score:DLQI 6}}.
P:
- continue {{drug:Otezla}}
- clobetasol 0.05% solution to scalp qd x 2 wk then weekends only
- calcipotriene/betamethasone foam to elbows/knees
- if not PASI 75 by next visit → switch to {{drug:Cosentyx}} or {{drug:Skyrizi}}; QFT + hepatitis panel before biologic
- RTC 12 wk
""", summary="""
Plaque psoriasis improving on {{drug:Otezla}} ({{score:PASI 7.4}} from 14.2). Topicals were added for scalp and elbows, with a
switch to {{drug:Cosentyx}} or {{drug:Skyrizi}} if PASI 75 is not reached.
"""),

    dict(style="rheumatology_dictation_lowercase", note="""
rheumatology clinic dictation, patient [[NAME:rosa quinata]], date of birth [[DATE:six twelve nineteen sixty seven]], medical record number
[[MRN:eight eight zero four four one seven two]]. this is a {{age:57}} year old chamorro woman from [[ADDRESS:dededo]] seen in follow up for
tophaceous gout and new sicca symptoms. she came with her husband [[NAME:jesus aguon]] and her niece [[NAME:tomasa mendiola]] who
drove them. since last visit on [[DATE:january ninth]] she has had two flares of the right first mtp and one of the left knee,
treated with colchicine and prednisone by her primary, dr [[NAME:leon guerrero]]. today {{lab:uric acid 8.9}} on {{drug:allopurinol}}
{{dose:300 mg}} daily, she admits she skips it when she feels fine, and there have been a lot of fiestas with kelaguen and red
rice, plus beer on weekends. exam {{vital:bp 146/88}}, tophi over both olecranon bursae and the right second dip, small left knee
effusion, no warmth. dry eyes and dry mouth for a year, {{score:schirmer 3 mm}} right and {{score:4 mm}} left, ssa positive, ssb
negative, so likely {{eponym:sjögren}} syndrome overlapping. plan increase {{drug:allopurinol}} to {{dose:400 mg}} then {{dose:500 mg}} aiming
urate under 6, {{drug:colchicine}} {{dose:0.6 mg}} daily prophylaxis for six months, if she fails or can't tolerate we will consider
{{drug:krystexxa}}. refer ophthalmology. labs in four weeks. her niece [[NAME:tomasa]] translated some of the urate goal into
chamorro for [[NAME:jesus]]. dictated by dr [[NAME:francisco borja]], rheumatology.
""", summary="""
[[NAME:Rosa Quinata]] ({{age:57}}) has poorly controlled tophaceous gout ({{lab:uric acid 8.9}}) and new sicca features
suggesting {{eponym:Sjögren}} syndrome. {{drug:Allopurinol}} will be titrated with {{drug:colchicine}} prophylaxis, with
{{drug:Krystexxa}} as a fallback.
"""),

    dict(style="audiology_portal_message", note="""
Message from patient portal (proxy access)
From: [[NAME:Thida Win]] on behalf of [[NAME:Khin May]]
Sent: [[DATE:6 Feb 2025]], 14:03
Subject: Mum's hearing aids

Hi [[NAME:Ellen]],
Mum (Daw [[NAME:Khin May]]) is [[AGE:ninety]] and since the new hearing aids were fitted on [[DATE:27 January]] she keeps taking them
out because of the whistling, the left one squeals when she wears her headscarf. She also can't change the tiny batteries,
her hands shake a lot now ({{eponym:Parkinson}}'s). Is there a rechargeable one? Her GP Dr [[NAME:Aung Ko Ko]] says her ears are
clear of wax. Also can we move her appointment on [[DATE:3/3]]? My brother [[NAME:Zaw]] can bring her on [[DATE:Wednesday 5 March]]
instead. My mobile is [[PHONE:0412 555 908]].
Thank you, [[NAME:Thida]]

Reply, [[DATE:7 Feb 2025]] 09:12
Dear [[NAME:Thida]],
Thanks for letting me know. Whistling with a scarf is feedback and may settle with a closed dome or a custom tip. We can
swap both aids to the rechargeable model under the same package. I've moved the appointment to [[DATE:Wed 5 March]] 11:00 —
please ask [[NAME:Zaw]] to bring both aids and the box. It's a small fix but a big win if she keeps them in.
Kind regards, [[NAME:Ellen Marsh]], Audiologist
""", summary="""
[[NAME:Thida Win]] wrote that her mother [[NAME:Khin May]], aged [[AGE:ninety]], removes her new hearing aids because of
feedback and cannot change batteries due to {{eponym:Parkinson}} tremor. Audiologist [[NAME:Ellen Marsh]] moved the review to
[[DATE:5 March]] to refit domes and switch to rechargeable aids.
"""),

    dict(style="transfusion_reaction_investigation", note="""
TRANSFUSION REACTION INVESTIGATION                         Safety report # [[MRN:SR-2025-00712]]
Patient: [[NAME:AMEDI, ROJDA]]    MRN [[MRN:3319025]]    6 West, bed 14
Product: RBC, DIN [[MRN:W0425 25 061883]], group A pos. Started [[DATE:02/18/25]] 2210, stopped 2235 (~60 mL infused).
Ordering: Dr. [[NAME:Şêrko Mirani]] (hem-onc)    Reported by: [[NAME:N. Hassan]], RN

Signs: rigors, flank pain, dark urine.
            | Pre        | 15 min     | Post
Temp        | {{vital:36.9}}       | {{vital:38.4}}       | {{vital:39.1}}
HR          | {{vital:94}}         | {{vital:118}}        | {{vital:128}}
BP          | {{vital:118/70}}     | {{vital:104/62}}     | {{vital:92/54}}

Clerical check: wristband, unit tag and crossmatch label match each other. Pre-transfusion sample ([[DATE:2/18]] 1640, collected
by user [[NAME:dbaran2]]) typed A pos; no historical type (first admission). Post-reaction sample typed O pos with strong
anti-A. Confirmatory sample had been drawn by the same user at the same time. Bed 15 ([[NAME:DOSKI, NAZDAR]], A pos) was
phlebotomised in the same round → wrong blood in tube.
Labs: DAT pos (IgG 1+, C3d 2+), {{lab:LDH 890}}, {{lab:T bili 3.1}}, {{lab:haptoglobin <10}}, plasma visibly hemolysed, UA large blood,
{{lab:Cr 1.4}} (baseline 0.8), {{lab:fibrinogen 210}}.
Bedside 2-person verification documented by [[NAME:NH]] / [[NAME:JK]] — compared the unit with the (wrong) crossmatch label.

Conclusion: acute hemolytic transfusion reaction, ABO-incompatible, due to WBIT. Fluids, urine output target >1 mL/kg/h,
nephrology aware. Bed 15 patient re-sampled; no harm to her.
Reviewed: Dr. [[NAME:Berivan Kaya]], Transfusion Medicine. Hemovigilance officer [[NAME:L. Sørensen]] notified.
""", summary="""
[[NAME:Rojda Amedi]] had an acute hemolytic transfusion reaction on [[DATE:02/18/25]] after receiving group A red cells because
her sample was drawn from the bed 15 patient ([[NAME:Nazdar Doski]]). About 60 mL was infused; she has hemolysis and rising
creatinine, and a safety report ([[MRN:SR-2025-00712]]) was filed.
"""),

    dict(style="nephrology_telephone_encounter", note="""
Telephone encounter    [[DATE:5/12/25]] 16:20
Caller: [[NAME:Khamla Vongsa]] (daughter, speaks English; father speaks Lao) re [[NAME:Bounmy Sisavath]], DOB [[DATE:7/1/1949]]
Reason: critical lab called by lab tech [[NAME:Dwayne]] at 16:05 — {{lab:K 6.4}} (not hemolyzed), {{lab:Cr 3.1}} (baseline 2.6), {{lab:CO2 17}}.
Pt has CKD 4, HFrEF. Meds incl {{drug:lisinopril}} {{dose:40 mg}}; {{drug:spironolactone}} {{dose:25 mg}} added 2 wk ago by cardiology
(Dr. [[NAME:Phonsavanh Keomany]]); also taking OTC salt substitute (NoSalt) since his wife [[NAME:Noy]] read it was heart-healthy.
Sx per daughter: "weak legs" since yesterday, no CP, no palpitations. No home ECG possible.
Advice: go to ED now for ECG and repeat K; hold {{drug:spironolactone}}, {{drug:lisinopril}} and the salt substitute until told
otherwise. Daughter will drive him from [[ADDRESS:Elgin]] — ~20 min. She agreed; call-back [[PHONE:847-555-0162]].
ED charge RN [[NAME:Mara Quist]] notified at 16:31. Dr. [[NAME:Sahota]] (nephrology on call) aware, will see in ED.
— [[NAME:L. Pham]], RN
""", summary="""
Critical {{lab:K 6.4}} in [[NAME:Bounmy Sisavath]] (CKD 4) after {{drug:spironolactone}} was added and a potassium-based salt
substitute started; daughter [[NAME:Khamla Vongsa]] was told to bring him to the ED now and hold the offending drugs.
Dr. [[NAME:Sahota]] was informed.
"""),

    dict(style="slp_treatment_no_phi", note="""
SLP TREATMENT NOTE — LSVT LOUD, session 9 of 16
Dx: hypokinetic dysarthria secondary to {{eponym:Parkinson}} disease ({{score:Hoehn and Yahr stage 2}}), on {{drug:Sinemet}}
{{dose:25/100}} TID; session timed 1 h after AM dose.
Daily tasks:
- Sustained "ah": mean 27 s at 91 dB SPL (30 cm) — baseline 14 s at 78 dB.
- High/low pitch glides: range 142–388 Hz.
- Functional phrases (10): mean 84 dB, good carryover with self-cueing "think loud".
Hierarchy: conversation level — 5-minute conversation about gardening, mean 76 dB, intelligibility judged ~90% to
unfamiliar listener (was ~70%).
Voice quality: mild breathiness, no strain; no vocal fatigue reported.
Homework adherence: 6/7 days logged.
Plan: continue 4x/week; begin carryover to phone calls; reassess VHI-10 at session 16.
""", summary="""
LSVT LOUD session 9 of 16 for hypokinetic dysarthria in {{eponym:Parkinson}} disease showing louder sustained phonation and
improved conversational intelligibility; carryover to phone calls is next.
"""),
]
