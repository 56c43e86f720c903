NOTES = [
    dict(style="operative_note_uk", note="""
OPERATION NOTE
Patient: [[NAME:MARSH, Eleanor J]]    Hosp No: [[MRN:RJ1-0448213]]    NHS No: [[MRN:486 220 7713]]
DOB: [[DATE:02/09/1958]]    Date of operation: [[DATE:11/03/2025]]
Theatre 4 (from Ward 22, Day Surgery Unit)

Surgeon: Mr [[NAME:D. Adeyemi]], Consultant Upper GI
Assistant: Miss [[NAME:Priya Raghunathan]], ST5
Anaesthetist: Dr [[NAME:Hall]]        Scrub: [[NAME:K. Wiśniewska]]

Procedure: Laparoscopic cholecystectomy
Indication: Recurrent biliary colic. Multiple small gallstones on USS, CBD 5 mm, LFTs normal.

Findings: Thick-walled gallbladder, omental adhesions to fundus. {{eponym:Calot}}'s triangle dissected, critical view of safety
obtained and photographed. Cystic duct and artery clipped x2 each and divided. Stone impacted in {{eponym:Hartmann's}} pouch,
no spillage of stones. Liver normal.

Technique: Open {{eponym:Hasson}} entry at umbilicus, 12 mm port, pneumoperitoneum to 12 mmHg, three further 5 mm ports.
GB removed in retrieval bag via umbilicus. Haemostasis checked at 8 mmHg. Umbilical fascia closed 0 PDS, skin 4/0
subcuticular. {{drug:Levobupivacaine}} {{dose:0.25% 20 ml}} to port sites.
EBL minimal. No drain.

Post-op: Home today if eating, drinking and passing urine. {{drug:Paracetamol}} {{dose:1 g}} QDS and {{drug:ibuprofen}} {{dose:400 mg}} TDS
PRN for 5 days. No routine follow-up; histology to GP.

[[NAME:D. Adeyemi]] FRCS   [[DATE:11.03.25]] 16:40
""", summary="""
Uncomplicated day-case laparoscopic cholecystectomy for [[NAME:Eleanor Marsh]] on [[DATE:11/03/2025]] by Mr [[NAME:Adeyemi]] for biliary
colic; critical view of safety obtained, no drain, discharge home the same day.
"""),

    dict(style="anaesthesia_record", note="""
ANAESTHETIC RECORD - Main Theatres
Name: [[NAME:O'SULLIVAN, CIARÁN P]]   MRN [[MRN:0932671]]   DOB [[DATE:17-JUN-1949]]   Wt 84 kg
Date [[DATE:04/02/2025]]   Procedure: TURP   Surgeon: Mr [[NAME:Fitzgerald]]
Anaesthetist: Dr [[NAME:Aoife Ní Bhriain]] (Cons) / Dr [[NAME:S. Mahmood]] (SpR)   ODP: [[NAME:JB]]

ASA 3   {{score:Mallampati 2}}   Dentition: upper plate, removed
PMH: IHD, 2 x DES 2019; {{drug:clopidogrel}} held 7/7 per cardiology. T2DM on {{drug:metformin}}. CKD 3a ({{lab:eGFR 48}}).
Pre-op obs: {{vital:HR 68}}  {{vital:BP 148/82}}  {{vital:SpO2 96%}} RA   Bloods: {{lab:Hb 128}}  {{lab:Na 139}}  {{lab:K 4.6}}  CBG {{lab:8.2 mmol/L}}

Technique: Spinal, sitting, L3/4, 25G {{eponym:Whitacre}}, 1st pass, clear CSF.
  {{drug:Hyperbaric bupivacaine}} {{dose:0.5% 2.6 ml}} + {{drug:fentanyl}} {{dose:15 mcg}}. Block to T10 (cold).
  Sedation {{drug:midazolam}} {{dose:1 mg}} IV. O2 2 L NC.
Abx: {{drug:gentamicin}} {{dose:160 mg}} IV at 09:58.

Time   BP        HR   Notes
10:05  {{vital:118/70}}    {{vital:64}}
10:20  {{vital:96/58}}     {{vital:58}}   {{drug:phenylephrine}} {{dose:100 mcg}} x2
10:35  {{vital:124/72}}    {{vital:70}}
10:55  end of resection, glycine absorbed est. < 500 ml, {{lab:Na 137}} on gas

Fluids: {{eponym:Hartmann's}} 1000 ml. Urine via 3-way {{eponym:Foley}}, irrigation running.
Recovery: comfortable, {{score:pain 0/10}}, block regressing. Back to ward when block below L1.
[[NAME:ANB]] / [[NAME:SM]]
""", summary="""
Spinal anaesthetic for TURP in [[NAME:Ciarán O'Sullivan]] on [[DATE:04/02/2025]] under Dr [[NAME:Ní Bhriain]]; one episode of hypotension
({{vital:BP 96/58}}) treated with {{drug:phenylephrine}}, post-resection {{lab:Na 137}}.
"""),

    dict(style="cardiology_letter_uk", note="""
Department of Cardiology, Northern General Hospital
Tel: [[PHONE:0114 243 7719]]    Fax: [[PHONE:0114 243 7720]]

Dictated: [[DATE:21 January 2025]]    Typed: [[DATE:24/01/2025]]

Dr [[NAME:Rachel Okonkwo]]
Meadowhead Medical Practice
[[ADDRESS:201 Greenhill Parkway]]
[[ADDRESS:Sheffield S8 7PL]]

Dear Dr [[NAME:Okonkwo]]

Re: Mr [[NAME:Winston BROOKS]]   DOB [[DATE:30.08.1951]]   NHS No [[MRN:612 884 3390]]   Hosp No [[MRN:J4471920]]
    [[ADDRESS:7 Cherry Tree Close, Dronfield S18 1XY]]

Diagnoses:
1. Heart failure with reduced ejection fraction, {{lab:LVEF 32%}} (echo November 2024)
2. Persistent atrial fibrillation, {{score:CHA2DS2-VASc 4}}
3. Type 2 diabetes

Medication: {{drug:bisoprolol}} {{dose:5 mg}} OD, {{drug:sacubitril/valsartan}} {{dose:49/51 mg}} BD, {{drug:apixaban}} {{dose:5 mg}} BD,
{{drug:dapagliflozin}} {{dose:10 mg}} OD, {{drug:furosemide}} {{dose:40 mg}} mane.

I reviewed Mr [[NAME:Brooks]] today with his daughter [[NAME:Hope]]. He is better than when I saw him in the summer and can now
walk to the park at the end of his road and back before stopping. No orthopnoea or PND. Weight steady at 88 kg.
On examination {{vital:BP 112/68}}, {{vital:pulse 74}} irregularly irregular, JVP not raised, mild pitting oedema to mid-shin,
chest clear. Bloods last week: {{lab:Na 136}}, {{lab:K 4.9}}, {{lab:creatinine 118}}, {{lab:NT-proBNP 1240}} (previously 3810).

I have increased {{drug:sacubitril/valsartan}} to {{dose:97/103 mg}} BD. Please repeat U&E in two weeks; if potassium is above
5.5 please drop back to the previous dose and let us know. We still hope to consider him for CRT-D if his LVEF remains
at or below 35% on repeat echo after three months of optimised therapy. I will see him again in the spring.

Yours sincerely

Dr [[NAME:Tomasz Zieliński]]
Consultant Cardiologist

cc: Mr [[NAME:Winston Brooks]] (patient)
    Heart Failure Specialist Nurses - [[NAME:Gwen Price]], [[NAME:Abdi Warsame]]
    Dr [[NAME:F. Chaudhry]], Diabetes Centre
""", summary="""
Heart failure review of Mr [[NAME:Winston Brooks]] by Dr [[NAME:Zieliński]]: improving on therapy with {{lab:NT-proBNP 1240}}; {{drug:sacubitril/valsartan}}
increased to {{dose:97/103 mg}} BD with U&E in two weeks, CRT-D to be considered if {{lab:LVEF 32%}} does not improve.
"""),

    dict(style="respiratory_letter_ireland", note="""
Respiratory Outpatients, University Hospital Limerick
Our ref: [[MRN:UHL-0712284]]    Clinic: [[DATE:Tuesday 4th March 2025]]
Secretary: [[PHONE:(061) 482 1193]]

Dr [[NAME:Siobhán Kavanagh]]
[[ADDRESS:Main Street, Ennistymon, Co. Clare V95 K2P8]]

Dear [[NAME:Siobhán]],

Re: Ms [[NAME:Carmel SHANNON]], [[ADDRESS:12 Drumgeely Hill]], [[ADDRESS:Shannon]], [[ADDRESS:Co. Clare]]   DOB [[DATE:09/10/1956]]

Diagnosis: COPD, GOLD spirometric grade 3, group E
Thank you for referring [[NAME:Carmel]] following her third exacerbation since October. She had two admissions over the winter,
the second requiring NIV on the respiratory ward. She still smokes 10 a day, down from 25. MRC dyspnoea {{score:MRC 3}},
{{score:CAT 22}}. Sputum green most mornings over the winter, now mucoid.

Spirometry today: {{lab:FEV1 1.12 L}} (48% predicted), {{lab:FVC 2.15 L}}, {{lab:FEV1/FVC 0.52}}. {{lab:SpO2 93%}} on air, {{lab:eosinophils 0.34}}.
Current inhalers: {{drug:Trimbow}} {{dose:2 puffs}} BD via spacer, {{drug:salbutamol}} PRN. Technique was poor and corrected today.

Plan:
- Referred to pulmonary rehabilitation at [[ADDRESS:Ennis]]
- Smoking cessation: started {{drug:varenicline}} {{dose:0.5 mg}} OD titrating; QUIT line number given
- Rescue pack: {{drug:prednisolone}} {{dose:40 mg}} x 5 days and {{drug:doxycycline}} {{dose:100 mg}} OD (200 mg day 1)
- Pneumococcal and flu vaccines up to date per her husband [[NAME:Seán]]
- Review 4 months with repeat spirometry

Kind regards,

Dr [[NAME:Olumide Bankole]]
Consultant Respiratory Physician, MCRN [[MRN:022419]]

cc: Ms [[NAME:Carmel Shannon]]; [[NAME:Deirdre Moss]], CNS Respiratory Integrated Care
""", summary="""
COPD review for Ms [[NAME:Carmel Shannon]] on [[DATE:4th March 2025]] after repeated winter exacerbations ({{lab:FEV1 1.12 L}}, {{score:CAT 22}}); inhaler technique
corrected, referred for pulmonary rehab, {{drug:varenicline}} started and rescue pack given.
"""),

    dict(style="cardiology_letter_australia", note="""
HUNTER HEART SPECIALISTS
Suite 4, [[ADDRESS:88 Hunter Street]], [[ADDRESS:Newcastle NSW 2300]]
Ph [[PHONE:(02) 4926 1180]]   Fax [[PHONE:(02) 4926 1181]]   Provider No [[MRN:2345671K]]

[[DATE:12 February 2025]]

Dr [[NAME:Mei-Lin Cho]]
Lambton Family Practice
[[ADDRESS:3/41 Elder Street, Lambton NSW 2299]]

Dear [[NAME:Mei-Lin]],

Re: Mr [[NAME:Jordan TIPOKI-WALKER]]   DOB [[DATE:5/11/1983]]   Medicare [[MRN:2953 71846 1]]
    [[ADDRESS:17 Lorikeet Cres, Cardiff NSW 2285]]   Mob [[PHONE:0412 668 309]]

Thanks for referring [[NAME:Jordan]], a {{age:41}} year old electrician with two years of sudden-onset palpitations, abrupt offset,
lasting up to 40 minutes, terminated by bearing down. No syncope. He drinks 4-5 energy drinks on a work day.

The 7-day {{eponym:Holter}} you arranged caught a narrow complex tachycardia at {{vital:HR 196}} with abrupt onset, most
consistent with AVNRT. Resting ECG today shows sinus rhythm {{vital:72 bpm}}, PR 160 ms, no pre-excitation.
Echo: structurally normal heart, {{lab:LVEF 62%}}. {{lab:TSH 1.8}}.

We discussed options and he would prefer an EP study and ablation rather than long-term {{drug:metoprolol}}. In the meantime
I have given him {{drug:metoprolol}} {{dose:25 mg}} PRN for prolonged episodes and advised cutting back the energy drinks.
I have put him on the waitlist at John Hunter Hospital; he should hear within 8-10 weeks.

Kind regards,

Dr [[NAME:Rhys Llewellyn]]  FRACP
Cardiologist / Electrophysiologist

cc: Mr [[NAME:Jordan Tipoki-Walker]]
""", summary="""
[[NAME:Jordan Tipoki-Walker]], {{age:41}}, has likely AVNRT on {{eponym:Holter}} ({{vital:HR 196}}) with a normal echo; Dr [[NAME:Llewellyn]] waitlisted him for EP study
and ablation with PRN {{drug:metoprolol}} meanwhile.
"""),

    dict(style="respiratory_letter_nz", note="""
Te Whatu Ora - Waikato
Respiratory & Sleep Service, Level 3 Meade Clinical Centre
Phone [[PHONE:07 839 8750]]  Fax [[PHONE:07 839 8751]]

Date seen: [[DATE:19/02/2025]]

Dr [[NAME:Hamish Lane]]
Te Kohao Health
[[ADDRESS:Hamilton East]]

Tēnā koe Dr [[NAME:Lane]],

RE: [[NAME:Aroha TE RANGI]]   NHI [[MRN:ZHT4418]]   DOB [[DATE:07/07/1966]]
    [[ADDRESS:22 Kahikatea Drive, Frankton, Hamilton 3204]]

Thank you for asking us to see [[NAME:Aroha]] with suspected obstructive sleep apnoea. Her partner [[NAME:Wiremu]] describes loud
snoring and witnessed pauses most nights. She falls asleep in the car as a passenger and once at the lights.
{{score:Epworth 16}}, {{score:STOP-BANG 6}}, BMI 41, neck 44 cm. {{vital:BP 146/90}}. {{lab:HbA1c 52}}.

Home sleep study ([[DATE:3 Feb]]): {{lab:AHI 38/h}}, ODI 34, nadir {{lab:SpO2 78%}}, 22% of the night below 90%.
Impression: severe OSA with significant hypoxaemia.

Plan:
1. Auto-CPAP trial through the sleep service, 4-6 weeks, then review download
2. Driving: advised not to drive when sleepy; she is not a commercial driver
3. Weight management - she is keen on the kaupapa Māori programme at Te Kohao
4. Please recheck {{lab:HbA1c}} and BP after CPAP established

Ngā mihi,
Dr [[NAME:Losa Faleolo]]
Respiratory & Sleep Physician

cc: [[NAME:Aroha Te Rangi]]; Sleep physiologist [[NAME:B. van der Merwe]]
""", summary="""
[[NAME:Aroha Te Rangi]] has severe OSA ({{lab:AHI 38/h}}, nadir {{lab:SpO2 78%}}, {{score:Epworth 16}}); Dr [[NAME:Faleolo]] started an auto-CPAP trial with driving advice
and weight management.
"""),

    dict(style="outpatient_letter_canada", note="""
Division of Rheumatology - The Ottawa Hospital, Riverside Campus
[[ADDRESS:1967 Riverside Drive]], [[ADDRESS:Ottawa ON K1H 7W9]]   Tel [[PHONE:613-738-8400]] ext [[PHONE:81452]]   Fax [[PHONE:613-739-6986]]

[[DATE:2025-01-30]]

Dr. [[NAME:Luc Gagnon]]
Clinique médicale Vanier
[[ADDRESS:Vanier, ON]]

Dear Dr. [[NAME:Gagnon]],

RE: Mme [[NAME:Geneviève LACHANCE-DUBÉ]]   DOB [[DATE:1979-04-22]]   OHIP [[MRN:5584-213-907-KT]]   MRN [[MRN:0041877302]]

I saw Mme [[NAME:Lachance-Dubé]] today in follow-up of seropositive rheumatoid arthritis (RF and anti-CCP positive, erosive at
the 2nd and 3rd MCPs). Despite {{drug:methotrexate}} {{dose:25 mg}} SC weekly since last spring she has 6 tender and 5 swollen
joints, 90 minutes of morning stiffness, {{lab:CRP 18}}. {{score:DAS28-CRP 4.8}}. She is finding it hard to keep up at work
(daycare educator) and her mother, who helps with the children, has been unwell.

Screening: {{lab:HBsAg}} negative, anti-HBc negative, Quantiferon negative, CXR clear. Shingrix series completed.
Plan: add {{drug:upadacitinib}} ({{drug:Rinvoq}}) {{dose:15 mg}} daily once special authorization comes through; continue
{{drug:methotrexate}} and {{drug:folic acid}} {{dose:5 mg}} weekly. CBC, liver enzymes and lipids at 4 and 12 weeks.
Discussed VTE and zoster risk; non-smoker, no VTE history.

Follow-up with me in 3 months, or sooner through our nurse line.

Sincerely,

Dr. [[NAME:Marc-André Lévesque]], FRCPC

c.c. Mme [[NAME:Geneviève Lachance-Dubé]]
     [[NAME:Anjali Rao]], RN, Rheumatology Nurse Line ([[EMAIL:arao.rheum@toh-clinic.ca]])
""", summary="""
Mme [[NAME:Lachance-Dubé]] has active seropositive RA ({{score:DAS28-CRP 4.8}}) despite {{drug:methotrexate}}; Dr [[NAME:Lévesque]] is adding {{drug:upadacitinib}} {{dose:15 mg}} daily
after negative TB and hepatitis B screening.
"""),

    dict(style="mdt_minutes", note="""
LUNG CANCER MDT - MINUTES
Date: Thurs [[DATE:13/03/25]]      Chair: Dr [[NAME:K. Baxter]] (Respiratory)
Present: Dr [[NAME:K. Baxter]]; Dr [[NAME:A. Osei]] (Oncology); Mr [[NAME:J. Flanagan]] (Thoracic Surgery); Dr [[NAME:L. Chen]]
(Radiology); Dr [[NAME:P. Kaur]] (Histopathology); Sr [[NAME:M. Walsh]] (Lung CNS); [[NAME:Tanya Grant]] (MDT Coordinator)
Apologies: Dr [[NAME:R. Iqbal]]

1. [[NAME:KING, Albert]]   [[MRN:K221904]]   {{age:78}} M
   CT: 34 mm spiculated RUL mass, ipsilateral hilar node. PET: primary SUVmax 11, node avid. EBUS 10R: adenocarcinoma,
   PD-L1 TPS 60%, EGFR/ALK negative. T2aN1M0, stage IIB. {{score:PS 1}}. {{lab:FEV1 2.1 L}}, {{lab:TLCO 68%}}.
   Outcome: Surgical candidate - for RUL lobectomy, Mr [[NAME:Flanagan]] clinic next week. CNS to phone patient.

2. [[NAME:YOUNG, Deborah]]   [[MRN:K338812]]   {{age:64}} F
   Incidental 9 mm part-solid LLL nodule, solid component 4 mm. No change from March last year.
   Outcome: Not for biopsy. Repeat CT 12 months per BTS. Letter to GP.

3. [[NAME:AFOLABI-GRANT, Michael]]   [[MRN:K401577]]   {{age:71}} M
   Large central mass with SVC compression, liver and adrenal mets. Bronchial biopsy: small cell carcinoma. {{score:PS 2}}.
   Outcome: Urgent oncology review for chemo-immunotherapy ({{drug:carboplatin}}/{{drug:etoposide}}/{{drug:atezolizumab}}); consider SVC stent.
   Dr [[NAME:Osei]] to see on ward tomorrow.

4. [[NAME:PARK, Soo-ah]]   [[MRN:K412230]]   {{age:59}} F
   Young-onset lung adenocarcinoma, never smoker, EGFR exon 19 deletion. Brain MRI clear.
   Outcome: For {{drug:osimertinib}} {{dose:80 mg}} OD. Discuss at next MDT with restaging CT.

Minutes taken by [[NAME:T. Grant]]. Next MDT Thurs [[DATE:20/03/25]].
""", summary="""
Lung MDT on [[DATE:13/03/25]] listed [[NAME:Albert King]] for lobectomy, CT surveillance for [[NAME:Deborah Young]]'s nodule, urgent chemo-immunotherapy for
[[NAME:Michael Afolabi-Grant]]'s small cell carcinoma, and {{drug:osimertinib}} for [[NAME:Soo-ah Park]].
"""),

    dict(style="radiology_report_ct", note="""
CT HEAD WITHOUT CONTRAST
Accession: [[MRN:RAD25-0311872]]    MRN: [[MRN:4408821]]
Patient: [[NAME:STORM, Ruby]]    DOB: [[DATE:02/12/1938]]    Location: ED Majors
Requested by: Dr [[NAME:Fox]] (ED registrar), bleep [[PHONE:4471]]

Clinical history: {{age:86}}F, unwitnessed fall at home this morning, found by neighbour. On {{drug:apixaban}} for AF.
{{score:GCS 14}} (E4 V4 M6), new confusion per daughter. Small right frontal haematoma. ?intracranial bleed. NICE criteria met.

Technique: Non-contrast axial CT head, 5 mm and 1.25 mm reconstructions.
Comparison: CT head [[DATE:14/06/2022]].

Findings:
No acute intracranial haemorrhage. No extra-axial collection. Grey-white differentiation preserved.
Established left cerebellar infarct, unchanged. Moderate periventricular and deep white matter low attenuation, in keeping
with chronic small vessel disease, slightly more extensive than 2022. Generalised volume loss.
Ventricles proportionate to sulci. No midline shift. Basal cisterns patent.
Right frontal scalp haematoma. No skull vault fracture. Visualised paranasal sinuses and mastoids clear.

Conclusion:
1. No acute intracranial abnormality. No fracture.
2. Chronic small vessel disease and old left cerebellar infarct.

Reported by: Dr [[NAME:Nafisa Abubakar]], Consultant Neuroradiologist, [[DATE:09/03/2025]] 14:22
Result discussed by telephone with Dr [[NAME:Fox]] at 14:30.
""", summary="""
CT head on [[DATE:09/03/2025]] for [[NAME:Ruby Storm]], an anticoagulated {{age:86}}-year-old with a fall and {{score:GCS 14}}, showed no haemorrhage or fracture,
only chronic small vessel disease and an old cerebellar infarct.
"""),

    dict(style="radiology_dictation", note="""
this is doctor [[NAME:amara nwosu]] dictating a chest x-ray report for patient [[NAME:joy baptiste]] hospital number [[MRN:k as in kilo 5 5 1 9 0 3]]
date of examination [[DATE:march the ninth twenty twenty five]] full stop

clinical history colon five days of productive cough and fevers comma now breathless comma {{lab:crp 212}} comma ?consolidation
full stop new paragraph

p a erect chest comma adequate inspiration full stop comparison made with the previous film of [[DATE:the second of january]]
full stop there is new dense consolidation in the right lower zone with air bronchograms comma obscuring the right
hemidiaphragm full stop small right pleural effusion full stop the left lung is clear full stop heart size is normal full
stop no pneumothorax full stop new paragraph

impression colon right lower lobe consolidation with small parapneumonic effusion comma in keeping with pneumonia in this
clinical context full stop suggest follow up chest x-ray in six weeks after treatment to confirm resolution full stop

end of dictation thank you
""", summary="""
Dictated chest X-ray for [[NAME:Joy Baptiste]] ([[DATE:9 March 2025]]) shows new right lower lobe consolidation with a small effusion, consistent with
pneumonia ({{lab:CRP 212}}); follow-up film advised in six weeks.
"""),

    dict(style="operative_note_no_phi", note="""
OPERATION NOTE - Day Surgery

Procedure: Open right inguinal hernia repair ({{eponym:Lichtenstein}}) with lightweight polypropylene mesh
Anaesthesia: GA with LMA plus ilioinguinal block ({{drug:levobupivacaine}} {{dose:0.25% 20 ml}})
Antibiotic prophylaxis: not given (clean, low-risk)

Findings:
Indirect sac, moderate size, extending to the superficial ring, containing omentum only, reducible.
Posterior wall reasonably strong. No femoral hernia palpable.

Procedure:
Oblique skin crease incision. External oblique opened in line of fibres, ilioinguinal nerve identified and preserved.
Cord mobilised. Sac dissected off the cord to the deep ring, contents reduced, sac inverted (not excised).
Mesh 7.5 x 15 cm shaped and sutured to the pubic tubercle and inguinal ligament with continuous 2/0 Prolene, superior
border to conjoint tendon with interrupted sutures. Tails crossed lateral to the cord to recreate the deep ring.
External oblique closed 2/0 Vicryl, {{eponym:Scarpa}} 3/0 Vicryl, skin 4/0 Monocryl subcuticular. Dermabond.

EBL < 10 ml. Testis in scrotum at end of case.

Post-op:
- Home today with {{drug:paracetamol}} {{dose:1 g}} QDS and {{drug:ibuprofen}} {{dose:400 mg}} TDS, {{drug:codeine}} {{dose:30 mg}} QDS PRN (max 3 days)
- No heavy lifting 4-6 weeks; may drive when able to perform an emergency stop comfortably
- No routine follow-up. Return if wound red, hot or discharging.
""", summary="""
Uncomplicated open {{eponym:Lichtenstein}} mesh repair of an indirect right inguinal hernia under GA with ilioinguinal block; day-case discharge with
simple analgesia and no routine follow-up.
"""),

    dict(style="preop_anaesthetic_assessment", note="""
PRE-OPERATIVE ANAESTHETIC ASSESSMENT - Trauma list
Patient: Mrs [[NAME:Iris BELL]]   Age: [[AGE:93]]   MRN [[MRN:RW30081456]]   Ward 7B, bed 12
Date: [[DATE:Sat 8 Feb 2025]]   Proposed: Right hip hemiarthroplasty (intracapsular NOF #)

HPI: Fall at care home overnight, shortened externally rotated R leg. Lives at Chesterfield House residential home;
walks with frame indoors. {{score:Clinical Frailty Scale 6}}. {{score:AMTS 7/10}} (baseline per carer 8/10).
{{score:NHFS 6}}.

PMH: HTN, AF, mild AS (peak gradient 28 mmHg, echo 2023), CKD 3b, {{eponym:Bell's}} palsy 1998 (residual L facial weakness),
hypothyroid, {{eponym:Dupuytren's}} both hands.
DH: {{drug:edoxaban}} {{dose:30 mg}} OD - last dose 07:00 yesterday; {{drug:amlodipine}} {{dose:5 mg}}; {{drug:levothyroxine}} {{dose:75 mcg}};
{{drug:Adcal-D3}} 1 BD. Allergy: {{drug:penicillin}} (rash).
Airway: edentulous, {{score:Mallampati 2}}, good mouth opening, neck movement reduced.

Obs: {{vital:BP 152/74}}  {{vital:HR 82}} AF  {{vital:RR 18}}  {{vital:SpO2 95%}} RA  {{vital:T 36.9}}
Bloods: {{lab:Hb 109}}, {{lab:plt 211}}, {{lab:Na 134}}, {{lab:K 4.1}}, {{lab:Cr 131}}, {{lab:eGFR 31}}, {{lab:INR 1.2}}, G&S done.

Plan: ASA 3. Spinal ({{drug:bupivacaine}}) + fascia iliaca block in ED already done ({{drug:levobupivacaine}} {{dose:0.25% 30 ml}}).
Last {{drug:edoxaban}} > 24 h at 07:00 tomorrow - OK for spinal on AM list. Cement: low-dose, BCIS precautions, art line.
Daughter [[NAME:Rosemary]] (NOK) aware; mob [[PHONE:07823 410 955]]. DNACPR in place, discussed and continues peri-op.
Dr [[NAME:K. Oyelaran-Baker]], ST6 Anaesthesia, bleep [[PHONE:2218]]
""", summary="""
[[AGE:93]]-year-old Mrs [[NAME:Iris Bell]] with a hip fracture ({{score:NHFS 6}}, frailty 6) was assessed on [[DATE:8 Feb 2025]]; plan is spinal anaesthesia on the
morning list once {{drug:edoxaban}} is over 24 hours, with cement precautions and DNACPR continued.
"""),

    dict(style="mdt_minutes_table", note="""
UPPER GI CANCER MDT  -  [[DATE:Wednesday 26 February 2025]]  -  Royal Infirmary of Edinburgh
Chair: Mr [[NAME:Callum MacLeod]]   Radiology: Dr [[NAME:Ines Carvalho]]   Pathology: Dr [[NAME:Wei Zhang]]
Oncology: Dr [[NAME:Rhona Sharp]]   CNS: [[NAME:Lorna Hardy]]   Coordinator: [[NAME:Jasmine Bishop]]

| Patient                  | CHI        | Age | Summary                                              | Outcome / Action                         |
|--------------------------|------------|-----|------------------------------------------------------|------------------------------------------|
| [[NAME:COOK, Margaret]]          | [[MRN:1402459872]] | {{age:81}}  | Distal oesophageal adenoca, T3N1, {{score:PS 2}}, frail      | Not for surgery. Palliative RT; CNS [[NAME:LH]]  |
| [[NAME:KOWALCZYK, Andrzej]]      | [[MRN:2307682215]] | {{age:66}}  | Gastric body adenoca, cT2N0M0, staging laparoscopy clear | FLOT x4 then gastrectomy - Dr [[NAME:Sharp]] |
| [[NAME:McGRATH-SWIFT, Dylan]]    | [[MRN:0911753046]] | {{age:48}}  | GOJ Siewert II, HER2 3+, liver met segment 7          | Palliative chemo + {{drug:trastuzumab}}, re-MDT 3/12 |
| [[NAME:GREEN, Patricia]]         | [[MRN:1712521198]] | {{age:73}}  | Pancreatic head mass 28 mm, no vascular involvement, {{lab:CA 19-9 412}} | EUS FNB; stent; surgical review Mr [[NAME:MacLeod]] |

Notes: Mr [[NAME:Kowalczyk]] asked for a Polish interpreter at clinic. Mrs [[NAME:Green]] is jaundiced ({{lab:bilirubin 187}}); ERCP
requested for Friday. Swift turnaround on EUS requested.
Minutes: [[NAME:J. Bishop]]
""", summary="""
Upper GI MDT of [[DATE:26 February 2025]] chose palliative RT for [[NAME:Margaret Cook]], FLOT then gastrectomy for [[NAME:Andrzej Kowalczyk]], palliative chemotherapy
with {{drug:trastuzumab}} for [[NAME:Dylan McGrath-Swift]], and EUS, stenting and surgical review for [[NAME:Patricia Green]].
"""),

    dict(style="cardiology_letter_nz", note="""
Middlemore Hospital - Cardiology Outpatients
[[ADDRESS:Private Bag 93311, Otahuhu]]   Ph [[PHONE:09 276 0044]]

[[DATE:10 March 2025]]

Dr [[NAME:Priyanka Naidu]]
Ōtara Family and Christian Health Centre

Kia ora [[NAME:Priyanka]],

RE: [[NAME:Sione TAUFA]]   NHI [[MRN:PQR2561]]   DOB [[DATE:14.01.2004]]
    [[ADDRESS:41 Ngaio Street, Ōtara, Auckland 2023]]    Mum [[NAME:Mele]] [[PHONE:021 904 3317]]

Diagnosis: Chronic rheumatic heart disease - moderate mitral regurgitation, mild mitral stenosis (mean gradient 5 mmHg)

[[NAME:Sione]] came with his mother today. He is working on a building site and has missed three of his monthly {{drug:benzathine penicillin}}
({{drug:Bicillin L-A}}) injections since Christmas because the clinic hours clash with work. He is asymptomatic, NYHA I,
plays touch rugby on Sundays.

Exam: {{vital:BP 118/64}}, {{vital:HR 66}} regular, pansystolic murmur grade {{score:3/6}} at apex radiating to axilla, soft mid-diastolic rumble.
Echo: LA 44 mm, {{lab:LVEF 60%}}, no change from last year.

Plan:
- Continue {{drug:benzathine penicillin}} {{dose:1.2 million units}} IM every 28 days until age 30; I have asked the rheumatic
  fever nurses ([[NAME:Tavita Leaupepe]]) to arrange home or work-site injections
- Dental review - he has not seen a dentist in years
- Echo in 12 months

Ngā mihi,
Dr [[NAME:Anna Brown-Tuhiwai]]
Cardiologist

cc: [[NAME:Sione Taufa]]; Rheumatic Fever Secondary Prophylaxis Register
""", summary="""
[[NAME:Sione Taufa]] has stable rheumatic mitral disease but has missed {{drug:benzathine penicillin}} doses; Dr [[NAME:Brown-Tuhiwai]] arranged community injections
via the rheumatic fever nurses, dental review and an echo in a year.
"""),

    dict(style="operative_note_orthopaedic", note="""
OPERATIVE NOTE - ORTHOPAEDICS
[[NAME:WARD, Dorothy]]  MRN [[MRN:77031248]]  DOB [[DATE:19 Apr 1933]]  Age [[AGE:91]]
Date: [[DATE:09/02/2025]]    Theatre 2 - Trauma list
Surgeon: Mr [[NAME:Obinna Eze]]    Assistant: Dr [[NAME:Grace Kealy]] (CT2)    Anaesthetist: Dr [[NAME:Oyelaran-Baker]]

Pre-op dx: Displaced intracapsular fracture R NOF ({{eponym:Garden}} IV)
Procedure: R cemented hip hemiarthroplasty - Exeter V40 stem size 1 / 44 mm unipolar head
Position: Lateral, L side down. Approach: lateral ({{eponym:Hardinge}}).

Findings: Displaced subcapital fracture, poor-quality bone. Head 44 mm.
Details: Glute med split anteriorly, capsulotomy, head extracted. Calcar cut 1 cm above lesser trochanter. Canal prepared,
cement restrictor, 3rd-generation cementing. BCIS precautions - anaesthetist informed before cementing; transient drop
{{vital:SpO2 92%}} and {{vital:BP 88/50}}, recovered with {{drug:metaraminol}} {{dose:0.5 mg}}. Stable to 90 degrees flexion + 45 IR.
Closure: capsule and glute med 1 Vicryl, fat 2/0 Vicryl, skin clips.
Abx: {{drug:cefuroxime}} {{dose:1.5 g}} at induction + 2 post-op doses. VTE: {{drug:enoxaparin}} {{dose:20 mg}} OD 28 days (eGFR).
EBL 300 ml.

Post-op: FWB, no hip precautions. Check X-ray. {{lab:Hb}} day 1. Orthogeriatric review (Dr [[NAME:Snow]]).
Clips out day 12-14 at care home.
[[NAME:O. Eze]] [[DATE:9/2/25]]
""", summary="""
[[AGE:91]]-year-old [[NAME:Dorothy Ward]] had a cemented right hip hemiarthroplasty on [[DATE:09/02/2025]] by Mr [[NAME:Eze]] with a brief cement reaction
treated with {{drug:metaraminol}}; full weight bearing and orthogeriatric review.
"""),

    dict(style="radiology_report_mri_no_phi", note="""
MRI LUMBAR SPINE

Clinical history: 8 weeks of left leg pain radiating to the dorsum of the foot, L5 distribution. Weak EHL 4/5. No red flags.
Failed conservative management. Surgical candidate.

Technique: Sagittal T1, T2, STIR; axial T2 L3 to S1.

Findings:
Five lumbar-type vertebrae assumed. Normal lordosis. Conus terminates at L1, normal signal.
L1/2, L2/3: Normal.
L3/4: Mild disc bulge and facet hypertrophy. No significant canal or foraminal narrowing.
L4/5: Left paracentral disc extrusion extending 7 mm caudally, compressing the traversing left L5 nerve root in the lateral
recess. Moderate left and mild right foraminal narrowing. Type 1 {{eponym:Modic}} endplate change.
L5/S1: Disc desiccation, small central protrusion without neural contact. {{eponym:Schmorl}} node inferior endplate L5.
Incidental 11 mm {{eponym:Tarlov}} cyst at S2, of no clinical significance.
Paraspinal muscles unremarkable. No marrow replacement.

Conclusion:
1. L4/5 left paracentral disc extrusion compressing the traversing left L5 nerve root, concordant with symptoms.
2. Degenerative changes elsewhere without neural compromise.
""", summary="""
Lumbar MRI shows an L4/5 left paracentral extrusion compressing the left L5 root, concordant with L5 radiculopathy, plus incidental {{eponym:Schmorl}} node
and {{eponym:Tarlov}} cyst.
"""),

    dict(style="respiratory_letter_wales", note="""
Interstitial Lung Disease Clinic, Ysbyty Treforys / Morriston Hospital
Ffôn / Tel [[PHONE:01792 703 428]]    E-bost: [[EMAIL:ild.morriston@wales.nhs.uk]]

Clinic date: [[DATE:17-02-2025]]

Dr [[NAME:Bethan Rees]]
Meddygfa Gorseinon Surgery
[[ADDRESS:Gorseinon]], [[ADDRESS:Swansea SA4 4AA]]

Dear Dr [[NAME:Rees]],

Mr [[NAME:Will FROST]]    DOB [[DATE:23/04/1950]]    NHS [[MRN:723 105 6628]]
[[ADDRESS:9 Heol y Nant, Pontarddulais SA4 8QQ]]

Diagnosis: Idiopathic pulmonary fibrosis (UIP pattern on HRCT, MDT diagnosis [[DATE:Oct 14 2024]])

[[NAME:Will]] came with his wife [[NAME:June]]. Breathlessness is slowly worse; he still walks the dog most mornings but avoids going
out when there is a frost as the cold air sets off his cough. No exacerbations.

Today: {{lab:FVC 2.41 L}} (71% predicted, was 78%), {{lab:DLCO 46%}}. 6MWT 320 m, nadir {{lab:SpO2 87%}}. {{vital:SpO2 94%}} at rest.
Exam: fine bibasal inspiratory crackles, finger clubbing.

With a 7% fall in FVC, he now meets criteria for antifibrotic therapy and I have started {{drug:nintedanib}} ({{drug:Ofev}}) {{dose:150 mg}}
BD. LFTs monthly for 3 months. Diarrhoea is common and I have given him {{drug:loperamide}} to keep at home. I will refer
for ambulatory oxygen assessment and pulmonary rehab. We talked about what the future will look like and he and [[NAME:June]]
would like a further conversation about advance care planning at the next visit.

Yn gywir / Yours sincerely
Dr [[NAME:Gareth Llewellyn-Hughes]], Consultant Respiratory Physician

cc: Mr [[NAME:W. Frost]]; ILD Specialist Nurse [[NAME:Bethan ap Rhys]]
""", summary="""
Mr [[NAME:Will Frost]] with IPF showed a 7% FVC fall ({{lab:FVC 2.41 L}}, desaturation to {{lab:SpO2 87%}} on walking); Dr [[NAME:Llewellyn-Hughes]] started {{drug:nintedanib}}
{{dose:150 mg}} BD with monthly LFTs and referred for oxygen assessment and rehab.
"""),

    dict(style="device_clinic_dictation_lowercase", note="""
pacing clinic - seen by [[NAME:chris]] (cardiac physiologist) - [[DATE:thurs 6/3]]
pt mr [[NAME:rajesh patel]] dob [[DATE:3/4/52]] hosp no [[MRN:m0776231]]
dual chamber ppm (medtronic azure) implanted for CHB.
u/l check today. pt well, no dizzy spells, no syncope. wife [[NAME:kiran]] says he is more active, back at the gurdwara
kitchen on sundays.
battery ok - 8.5 yrs
RA: sensing 2.8 mV, threshold 0.75 V @ 0.4 ms, impedance 520 ohm
RV: sensing 11 mV, threshold 0.5 V @ 0.4 ms, impedance 610 ohm
pacing: A 12% / V 98%
AHREs: 3 episodes, longest 4 min, max rate 188. no AF burden > 6 min.
no changes made to programming.
meds: {{drug:ramipril}} {{dose:5 mg}}, {{drug:atorvastatin}} {{dose:40 mg}}, {{drug:aspirin}} {{dose:75 mg}}.
{{score:chads-vasc 3}} - short AHREs only, discussed w dr [[NAME:mensah]] - not for anticoag at present, review at next check.
remote monitoring set up, pt given carelink number. next f2f 12 months.
[[NAME:c.reed]] / [[NAME:cr]]
""", summary="""
Routine pacemaker check for [[NAME:Rajesh Patel]] on [[DATE:6/3]] was satisfactory with normal lead parameters and only brief atrial high-rate episodes; after
discussion with Dr [[NAME:Mensah]] no anticoagulation for now.
"""),

    dict(style="mdt_minutes_breast", note="""
Breast MDM - Minutes  |  St Vincent's Hospital Melbourne  |  [[DATE:Mon 3 March 2025]]
Attendees: A/Prof [[NAME:Helen Moss]] (Surgery, chair), Dr [[NAME:Deepa Nair]] (Med Onc), Dr [[NAME:Tom Ngata]] (Rad Onc),
Dr [[NAME:Kirra Simpson]] (Radiology), Dr [[NAME:Ahmet Yıldız]] (Path), [[NAME:Chloe Banks]] (BCN), [[NAME:Ruth Stone]] (Genetics)

Case 1 - [[NAME:NGUYEN, Thi Lan]]   UR [[MRN:3321987]]   {{age:52}}
  Screen-detected 14 mm L breast IDC, grade 2, ER 8/8, PR 6/8, HER2 neg, Ki67 12%. Axilla US normal.
  Rec: WLE + SLNB, then adjuvant RT and {{drug:letrozole}}. Oncotype if node negative.

Case 2 - [[NAME:O'DRISCOLL, Paris]]   UR [[MRN:3409115]]   {{age:34}}
  Palpable 31 mm R breast mass, triple negative, grade 3, 1 abnormal axillary node (biopsy +ve). Strong FHx - mother d. ovarian ca.
  Rec: Neoadjuvant chemo-immunotherapy ({{drug:pembrolizumab}} + chemo, KEYNOTE-522). Urgent genetics ([[NAME:Ruth]] to call today),
  fertility referral before chemo. Port insertion.

Case 3 - [[NAME:BLACK, Winifred]]   UR [[MRN:1150842]]   Age [[AGE:92]]
  22 mm ER-rich IDC, lives alone, independent. Does not want surgery.
  Rec: Primary endocrine therapy with {{drug:letrozole}} {{dose:2.5 mg}} daily, US review at 3 months. BCN to liaise with GP.

Other: case 1 staging CT also shows a 6 mm non-obstructing L renal stone - GP to be told. Case 2 was unaware of her last
MDM outcome - BCN [[NAME:C. Banks]] to phone her by 5 pm.
""", summary="""
Breast MDM on [[DATE:3 March 2025]] recommended WLE and SLNB for [[NAME:Thi Lan Nguyen]], neoadjuvant {{drug:pembrolizumab}}-based chemotherapy with urgent genetics for
[[NAME:Paris O'Driscoll]], and primary {{drug:letrozole}} for [[AGE:92]]-year-old [[NAME:Winifred Black]].
"""),

    dict(style="operative_note_caesarean_au", note="""
OPERATION REPORT - Birth Suite Theatre, Dubbo Base Hospital
Patient: [[NAME:Jarrah KENNEDY]]    MRN [[MRN:DB0198845]]    DOB [[DATE:11/08/1998]]    G2P1
Date: [[DATE:22/01/2025]]    Category 2 LSCS
Surgeon: Dr [[NAME:Alistair Young]] (O&G)    Assistant: Dr [[NAME:Fatima bin Hassan]] (reg)
Anaesthetist: Dr [[NAME:Noah Whitehead]]    Midwife: [[NAME:Tegan Cole]]    Aboriginal Liaison: Aunty [[NAME:Val Dixon]]

Indication: Failure to progress at 6 cm despite {{drug:Syntocinon}}, suspicious CTG. Previous SVD.
Anaesthesia: Epidural top-up ({{drug:lidocaine}} {{dose:2%}} with adrenaline and bicarbonate, {{dose:20 ml}}).

Procedure: {{eponym:Pfannenstiel}} incision. Lower segment transverse uterine incision. Baby delivered cephalic, OA,
with moderate difficulty (deeply engaged), assisted by vaginal push from below. Male, 3620 g, liquor clear.
{{score:Apgars 7 and 9}}. Cord gases: arterial {{lab:pH 7.21}}, {{lab:BE -6.1}}.
{{drug:Oxytocin}} {{dose:5 IU}} IV slow, placenta delivered by CCT, complete. Uterus closed in 2 layers 1 Vicryl.
Extension of angle on left - secured. Rectus sheath 1 PDS, skin 3/0 Monocryl subcut.
EBL 900 ml. Given {{drug:tranexamic acid}} {{dose:1 g}}. IDC ({{eponym:Foley}}) draining clear urine.

Post-op: {{drug:Cefazolin}} {{dose:2 g}} given pre-incision. {{drug:Enoxaparin}} {{dose:40 mg}} nocte for 7 days. FBC day 1.
Skin-to-skin in theatre. Debrief with [[NAME:Jarrah]] and partner [[NAME:Liam]] done before transfer to the postnatal ward.
Dr [[NAME:A. Young]]
""", summary="""
Category 2 caesarean on [[DATE:22/01/2025]] for [[NAME:Jarrah Kennedy]] for failure to progress; male infant with {{score:Apgars 7 and 9}}, EBL 900 ml treated with {{drug:tranexamic acid}},
and a debrief with her and her partner afterwards.
"""),

    dict(style="outpatient_letter_scotland", note="""
Diabetes & Endocrinology Outpatients, Queen Elizabeth University Hospital
[[ADDRESS:1345 Govan Road]], [[ADDRESS:Glasgow G51 4TF]]    Secretary [[PHONE:0141 452 3386]]

Clinic [[DATE:14/02/25]]    Typed [[DATE:18/02/25]]

Dr [[NAME:Shona Gray]], Maryhill Health Centre, [[ADDRESS:41 Shawpark Street]], [[ADDRESS:Glasgow]] [[ADDRESS:G20 9DR]]

Dear Dr [[NAME:Gray]]

Ms [[NAME:Fiona McALLISTER]]   CHI [[MRN:0407887215]]   [[ADDRESS:2/1, 18 Garrioch Road, Glasgow G20 8RP]]

Diagnosis: {{eponym:Graves'}} disease, first presentation. Mild thyroid eye disease.

Ms [[NAME:McAllister]] was seen with her partner. She has lost 6 kg, has tremor and heat intolerance and has stopped going to her
spin class because of palpitations. {{lab:FT4 48}}, {{lab:TSH <0.01}}, {{lab:TRAb 9.4}}. {{vital:HR 112}} regular, {{vital:BP 138/72}}. Small diffuse goitre
with bruit. Mild lid retraction, no diplopia, {{score:CAS 1/7}}.

I have started {{drug:carbimazole}} {{dose:30 mg}} daily and {{drug:propranolol}} {{dose:40 mg}} TDS. I explained agranulocytosis warning symptoms
and she has a written leaflet; she knows to stop and get an urgent FBC if she has a sore throat or fever. She does not smoke,
which is good for her eyes. There was no clinical suggestion of thyroid storm. TFTs in 4 weeks, then titrate.

Yours sincerely
Dr [[NAME:Iain Kerr]]
Consultant Endocrinologist

cc  Ms [[NAME:F. McAllister]], patient
    Ophthalmology (Thyroid Eye Clinic) - Mr [[NAME:Ravi Menon]]
    [[NAME:Aileen Marsh]], Endocrine Nurse Specialist
""", summary="""
Ms [[NAME:Fiona McAllister]] has new {{eponym:Graves'}} disease ({{lab:FT4 48}}, {{lab:TRAb 9.4}}) with mild eye disease; Dr [[NAME:Kerr]] started {{drug:carbimazole}} {{dose:30 mg}} and {{drug:propranolol}}
with agranulocytosis counselling and TFTs in four weeks.
"""),

    dict(style="anaesthesia_block_no_phi", note="""
REGIONAL ANAESTHESIA RECORD

Block: Right interscalene brachial plexus block, ultrasound-guided
Indication: Arthroscopic rotator cuff repair, for GA + block
Consent: Verbal and written. Risks discussed incl. phrenic nerve palsy (near 100%), {{eponym:Horner}} syndrome, hoarseness,
nerve injury (1 in 2,000 temporary), LAST, pneumothorax.
Pre-block: {{vital:SpO2 98%}} RA, {{vital:BP 132/80}}, {{vital:HR 72}}. Monitoring: ECG, NIBP, SpO2. IV access 20G L hand.
Stop Before You Block performed - side confirmed with marked arrow.

Technique: Supine, head turned left. Linear probe 13 MHz. C5/C6 roots identified between anterior and middle scalene.
50 mm 22G short-bevel needle, in-plane, lateral to medial. Hydrodissection with saline.
Drug: {{drug:levobupivacaine}} {{dose:0.375% 15 ml}} + {{drug:dexamethasone}} {{dose:3.3 mg}} perineural. Negative aspiration every 5 ml.
Injection pressure low throughout. No paraesthesia.
Onset: Reduced sensation over deltoid at 10 min; weak shoulder abduction.

Complications: None. Mild hoarseness - expected, patient reassured.
Post-op advice: Arm in sling until sensation returns (12-18 h). Take regular oral analgesia before block wears off.
Leaflet given.
""", summary="""
Uncomplicated ultrasound-guided right interscalene block with {{drug:levobupivacaine}} and perineural {{drug:dexamethasone}} for rotator cuff repair; expected mild hoarseness
only.
"""),

    dict(style="cardiology_letter_ireland", note="""
Cardiology Department, University Hospital Galway
Tel [[PHONE:091 544 0012]]   Email [[EMAIL:cardiology.secretary@uhg-heart.ie]]

[[DATE:27th February 2025]]

Dr [[NAME:Pádraig Ó Murchú]]
The Medical Centre, [[ADDRESS:Bridge Street]], [[ADDRESS:Westport]], [[ADDRESS:Co. Mayo]]

Re: Mrs [[NAME:Nora WINTER]]    DOB [[DATE:01.02.1934]]    MRN [[MRN:G0553127]]    Age [[AGE:91]]

Dear [[NAME:Pádraig]],

Thank you for referring Mrs [[NAME:Winter]], a lively [[AGE:ninety-one]] year old widow who still does her own shopping in [[ADDRESS:Westport]],
with exertional breathlessness and two presyncopal episodes this winter. She has a harsh ejection systolic murmur
{{score:4/6}} radiating to the carotids, soft S2. {{vital:BP 128/60}}.

Echo: severe calcific aortic stenosis, {{lab:AVA 0.7 cm2}}, {{lab:mean gradient 46 mmHg}}, {{lab:Vmax 4.4 m/s}}, {{lab:LVEF 55%}}.
NYHA III. {{score:EuroSCORE II 4.2%}}, {{score:Clinical Frailty Scale 4}}. {{lab:Creatinine 96}}.

We had a long conversation with her and her niece [[NAME:April Kenny]]. She is clear that she would like to be considered for
TAVI. I have requested CT TAVI protocol and coronary angiography and will present her at the Heart Team meeting.
Until then she should avoid strenuous exertion and let you know about any blackout.

Is mise le meas,
Dr [[NAME:Cathal Ó Broin]]
Consultant Cardiologist

cc: Mrs [[NAME:N. Winter]], [[ADDRESS:Quay Road]], [[ADDRESS:Westport]]; Structural Heart CNS [[NAME:Orla Kent]]
""", summary="""
Mrs [[NAME:Nora Winter]], [[AGE:91]], has severe symptomatic aortic stenosis ({{lab:AVA 0.7 cm2}}, {{lab:mean gradient 46 mmHg}}); Dr [[NAME:Ó Broin]] requested TAVI work-up and Heart Team
discussion at her wish.
"""),

    dict(style="radiology_report_ctpa", note="""
CT PULMONARY ANGIOGRAM
Patient: [[NAME:WELLS, Darnell]]   DOB: [[DATE:1987-09-16]]   MRN: [[MRN:5520917]]   Acc: [[MRN:CT0451188]]
Exam date: [[DATE:2025-03-02]] 02:47    Referrer: Dr [[NAME:S. Chowdhury]], Emergency

Clinical information: {{age:37}}M, pleuritic L chest pain and dyspnoea 2/7, left calf swelling after long-haul flight from
[[ADDRESS:Toronto]]. {{vital:HR 118}}, {{vital:SpO2 93%}}. {{score:Wells score 7.5}}. {{lab:D-dimer 3.2}}. ?PE.

Technique: CTPA, 60 ml {{drug:Omnipaque 350}}. Good opacification of the pulmonary arteries.

Findings:
Saddle embolus at the bifurcation of the main pulmonary artery extending into both main, lobar and segmental arteries.
RV:LV ratio 1.4 with straightening of the interventricular septum and contrast reflux into the IVC and hepatic veins.
Wedge-shaped peripheral opacity in the left lower lobe consistent with pulmonary infarct ({{eponym:Hampton}} hump).
Small left effusion. No pneumothorax. Heart otherwise normal size.

Impression:
1. Extensive bilateral PE including saddle embolus.
2. CT signs of right heart strain (RV:LV 1.4).
3. Left lower lobe infarct.

Critical result phoned to Dr [[NAME:Chowdhury]] at 03:05, read back confirmed. PERT notified.
Dr [[NAME:Olivia de la Cruz]], Radiology Registrar / verified Dr [[NAME:H. Ahmadi]]
""", summary="""
CTPA for [[NAME:Darnell Wells]] on [[DATE:2025-03-02]] ({{score:Wells score 7.5}}) showed a saddle PE with right heart strain and a left lower lobe infarct, phoned to
Dr [[NAME:Chowdhury]] and the PERT team.
"""),

    dict(style="operative_note_canada", note="""
OPERATIVE REPORT
Health Sciences Centre Winnipeg - Children's Hospital
Patient: [[NAME:KEESHIG, Tanner J.]]    PHIN [[MRN:128 440 917]]    MRN [[MRN:H00918273]]    DOB [[DATE:Sept 3, 2010]]
Date of surgery: [[DATE:January 18, 2025]]
Home community: [[ADDRESS:Norway House Cree Nation]] (flown in by Lifeflight)
Surgeon: Dr. [[NAME:Émilie Thibodeau]]    Assistant: Dr. [[NAME:Marcus Okafor]] (PGY-3)    Anesthesia: Dr. [[NAME:Lincoln Chan]]

Preoperative diagnosis: Acute appendicitis, {{score:PAS 8}}
Postoperative diagnosis: Perforated appendicitis with localized pelvic abscess
Procedure: Laparoscopic appendectomy, washout, pelvic drain

Description: Three-port technique. Purulent fluid in the pelvis and right paracolic gutter, aspirated and sent for culture.
Gangrenous appendix perforated at the tip, fecalith free in the pelvis - retrieved. Mesoappendix divided with LigaSure,
base stapled. Copious saline irrigation. 19 Fr {{eponym:Blake}} drain to pelvis via RLQ port.
Fascia at umbilicus 0 Vicryl, skin 4-0 Monocryl. EBL 10 mL.

Post-op: {{drug:Piperacillin-tazobactam}} {{dose:100 mg/kg}} IV q8h, plan 5-7 days total with oral step-down. NPO until passing gas.
Mom [[NAME:Cheryl]] updated in the family room; she has no phone signal at the lodge, so messages via the unit clerk ext [[PHONE:2-3381]].
Indigenous Health liaison ([[NAME:Darlene Moosomin]]) involved for travel and accommodation.
Dictated by Dr. [[NAME:É. Thibodeau]]
""", summary="""
[[NAME:Tanner Keeshig]] had laparoscopic appendectomy with washout and pelvic drain on [[DATE:January 18, 2025]] for perforated appendicitis; IV
{{drug:piperacillin-tazobactam}} continues and the family was updated with help from Indigenous Health liaison.
"""),
]
