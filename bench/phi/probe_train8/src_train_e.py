NOTES = [
    dict(style="neurology_clinic_letter", note="""
Movement Disorders Clinic
Department of Neurology, Lakeshore University Hospital
Tel [[PHONE:(414) 555-0187]]   Fax [[PHONE:(414) 555-0190]]

[[DATE:March 4, 2025]]

Dr. [[NAME:Harriet Pemberton]]
Northside Family Practice
[[ADDRESS:2210 W Capitol Dr, Milwaukee, WI 53206]]

Re: [[NAME:Bounmy Phommachanh]]    DOB [[DATE:07/19/1951]]    MRN [[MRN:00418827]]

Dear Dr. [[NAME:Pemberton]],

Thank you for asking me to see Mr. [[NAME:Phommachanh]], a {{age:73}}-year-old retired machinist who came today with his daughter [[NAME:Souk]] and a Lao interpreter, [[NAME:Khamla Inthavong]]. He describes a right hand rest tremor for about two years, a softer voice and smaller handwriting. His wife noticed he no longer swings his right arm on the walk to the temple on Sundays.

On examination he has hypomimia, a right rest tremor that re-emerges with posture, cogwheel rigidity R > L and bradykinesia on finger taps. Reduced right arm swing; pull test 2 steps, recovered unaided. Strength {{score:5/5}} throughout, {{eponym:Romberg}} negative, {{score:MoCA 26/30}}. Lying {{vital:BP 134/78}}, standing {{vital:BP 122/74}} at 3 minutes.

Impression: idiopathic {{eponym:Parkinson}} disease, {{score:Hoehn and Yahr stage 2}}.

Plan:
1. Start {{drug:carbidopa-levodopa}} {{dose:25/100 mg}}, half a tablet three times daily, up to one tablet three times daily over 3 weeks.
2. LSVT LOUD speech therapy and physical therapy referrals placed.
3. {{drug:DaTscan}} is not needed given the clear clinical picture.
4. Review in 4 months, or sooner by phone on [[PHONE:414-555-0187]] if nausea limits the titration.

Yours sincerely,

[[NAME:Tomasz Wierzbicki]], MD
Movement Disorders Fellow, for Dr. [[NAME:Anahit Harutyunyan]]

cc: [[NAME:Bounmy Phommachanh]] (patient)
""", summary="""
[[NAME:Bounmy Phommachanh]], {{age:73}}, was seen on [[DATE:March 4, 2025]] for right rest tremor and bradykinesia consistent with {{eponym:Parkinson}} disease and was started on {{drug:carbidopa-levodopa}}. Follow-up in 4 months.
"""),

    dict(style="rheumatology_consult_letter", note="""
RHEUMATOLOGY CONSULTATION
Patient: [[NAME:TAVARES, DJENIFER L]]          MRN: [[MRN:7730-1542]]
DOB: [[DATE:1988-02-11]]                        Visit: [[DATE:2025-01-22]]
Referring: [[NAME:Sean Fitzgerald]], PA-C, Brockton Neighborhood Health Center

[[NAME:Sean]] -

I saw Ms. [[NAME:Tavares]] today for polyarthritis. She is a {{age:36}}-year-old home health aide who lives in [[ADDRESS:Brockton]] and speaks Kriolu at home; her sister [[NAME:Adilsa Semedo]] interpreted at her request. Eight months of morning stiffness lasting about 2 hours, swelling of both wrists and MCPs 2-3 bilaterally. No rash, oral ulcers, sicca or {{eponym:Raynaud}} phenomenon. Mother in [[ADDRESS:Praia]] had "rheumatism."

Exam: 8 tender / 6 swollen joints, no nodules. {{vital:BP 118/76}}.
Labs: {{lab:RF 88 IU/mL}}, {{lab:anti-CCP >250 U/mL}}, {{lab:CRP 24 mg/L}}, {{lab:ESR 41 mm/h}}, {{lab:ALT 19}}, {{lab:Cr 0.7}}. Hand films: periarticular osteopenia, no erosions yet.
{{score:DAS28-CRP 5.3}} (high activity).

Assessment: seropositive rheumatoid arthritis, early, high disease activity.
Plan: {{drug:methotrexate}} {{dose:15 mg}} weekly, up to {{dose:20 mg}} in 4 weeks, with {{drug:folic acid}} {{dose:1 mg}} daily. {{drug:Prednisone}} {{dose:10 mg}} tapering over 6 weeks as a bridge. Hep B/C serologies and QuantiFERON now so we are ready if she needs a biologic. Counselled on contraception and alcohol. Back in 6 weeks; she can message through the portal or call the nurse line at [[PHONE:508-555-0143]].

[[NAME:Mireille Fotso]], MD, Rheumatology
cc: [[NAME:Djenifer Tavares]]
""", summary="""
[[NAME:Djenifer Tavares]], {{age:36}}, has early seropositive rheumatoid arthritis with {{score:DAS28-CRP 5.3}}. {{drug:Methotrexate}} and a {{drug:prednisone}} bridge were started on [[DATE:2025-01-22]].
"""),

    dict(style="endocrinology_clinic_letter", note="""
Endocrinology & Metabolism - Valley Medical Group
[[ADDRESS:1509 Wilson Terrace, Suite 300, Glendale, CA 91206]]
Phone [[PHONE:818.555.0122]] | Fax [[PHONE:818.555.0129]]

Clinic date: [[DATE:14 Feb 2025]]     Typed: [[DATE:17 Feb 2025]]

Dear Dr. [[NAME:Giorgi Kapanadze]],

Re: Mr [[NAME:Vardan Sargsyan]], born [[DATE:03.08.1979]], chart [[MRN:VMG-220581]]

I reviewed Mr [[NAME:Sargsyan]] for the thyrotoxicosis you picked up. He had 6 kg weight loss, palpitations and tremor since the autumn, and his wife [[NAME:Lusine]] says he is "always hot" at night. There is gritty discomfort of both eyes but no diplopia.

Pulse 112 regular, {{vital:BP 142/70}}, fine tremor, diffuse goitre with a bruit. Mild lid retraction, {{score:CAS 2/7}}.
{{lab:TSH <0.01 mIU/L}}, {{lab:free T4 3.9 ng/dL}}, {{lab:free T3 11.2 pg/mL}}, {{lab:TRAb 9.4 IU/L}}.

This is {{eponym:Graves}} disease with mild, inactive orbitopathy. I have started {{drug:methimazole}} {{dose:20 mg}} daily and {{drug:propranolol}} {{dose:20 mg}} three times daily, and explained the rare risk of agranulocytosis: he will stop the tablets and get a CBC if he gets a sore throat or fever. He has stopped smoking as of last week, which will help the eyes. {{drug:Selenium}} {{dose:100 mcg}} twice daily for 6 months.

TFTs in 4 weeks; I will see him in 6 weeks to discuss definitive options.

With kind regards,
[[NAME:Nino Beridze]], MD, FACE
""", summary="""
Mr [[NAME:Vardan Sargsyan]] has {{eponym:Graves}} disease with {{lab:free T4 3.9 ng/dL}} and mild orbitopathy; {{drug:methimazole}} and {{drug:propranolol}} were started, per a letter dated [[DATE:17 Feb 2025]].
"""),

    dict(style="gastroenterology_clinic_letter", note="""
IBD Center - Division of Gastroenterology
Clinic note / letter to referring physician

Patient: [[NAME:Youssef Benjelloun]]     DOB: [[DATE:5/2/1997]]     MRN: [[MRN:61-448-093]]
Date of service: [[DATE:11/19/2024]]
PCP: [[NAME:Khadija El Amrani]], DO

Dear Dr. [[NAME:El Amrani]],

[[NAME:Youssef]] returns after his ileocolonoscopy on [[DATE:Tues 11/12]]. He has ileocolonic {{eponym:Crohn}} disease diagnosed two years ago in [[ADDRESS:Rabat]], treated there with {{drug:azathioprine}}, which he stopped because of nausea. Currently 5-6 loose stools a day, one nocturnal, crampy RLQ pain, 4 kg weight loss. {{score:Harvey-Bradshaw Index 9}}.

Colonoscopy: deep ulcers in the terminal ileum and cecum, rectum spared, {{score:SES-CD 14}}. Biopsies: chronic active ileitis, non-caseating granuloma, no dysplasia, CMV IHC negative.
{{lab:Hgb 10.8 g/dL}}, {{lab:ferritin 9 ng/mL}}, {{lab:CRP 31 mg/L}}, {{lab:albumin 3.3 g/dL}}, {{lab:fecal calprotectin 640 mcg/g}}. MR enterography: 12 cm of active TI disease, no stricture or abscess.

Plan
- {{drug:Entyvio}} {{dose:300 mg}} IV at weeks 0, 2 and 6, then every 8 weeks. Prior authorization submitted; our nurse coordinator [[NAME:Chase Whitaker]], RN, will chase the insurer this week.
- {{drug:Budesonide}} {{dose:9 mg}} daily for 8 weeks as a bridge.
- IV iron ({{drug:Venofer}} {{dose:200 mg}} x 5).
- Vaccines updated; no live vaccines.
- Repeat calprotectin at week 14.

He can reach [[NAME:Chase]] directly at [[PHONE:(919) 555-0176]] ext [[PHONE:3318]].

Sincerely,
[[NAME:Agustina Gianelli]], MD
""", summary="""
[[NAME:Youssef Benjelloun]] has active ileocolonic {{eponym:Crohn}} disease ({{score:SES-CD 14}}) and iron deficiency; {{drug:Entyvio}} induction, a {{drug:budesonide}} bridge and IV iron were planned on [[DATE:11/19/2024]].
"""),

    dict(style="pulmonology_clinic_letter", note="""
Interstitial Lung Disease Clinic
[[DATE:February 24th, 2025]]

Dr [[NAME:Nigel Ashworth]]
Desert View Internal Medicine
[[ADDRESS:4410 E Speedway Blvd, Tucson, AZ 85712]]

Dear [[NAME:Nigel]],

RE: [[NAME:DRUMMOND, Hamish A.]]   DOB [[DATE:10-Oct-1946]]   Hosp # [[MRN:H0094417]]

Many thanks for referring this {{age:78}}-year-old retired ship's engineer from [[ADDRESS:Greenock]], who now winters in [[ADDRESS:Tucson]] and summers with his daughter in [[ADDRESS:Bellingham]]. He has 18 months of progressive exertional breathlessness and a dry cough. Ex-smoker, 30 pack-years, quit in 1998. Asbestos exposure in the shipyards is likely.

Exam: bibasal fine inspiratory crackles, finger clubbing. {{vital:SpO2 94%}} at rest on room air.
PFTs: {{lab:FVC 2.10 L (58% predicted)}}, {{lab:DLCO 41% predicted}}, FEV1/FVC 0.84.
6-minute walk: 310 m, nadir {{vital:SpO2 86%}}.
HRCT: subpleural, basal-predominant reticulation with honeycombing and traction bronchiectasis - a definite UIP pattern. No pleural plaques.

Our ILD multidisciplinary discussion on [[DATE:2/19]] agreed on idiopathic pulmonary fibrosis. I have started {{drug:Ofev}} ({{drug:nintedanib}}) {{dose:150 mg}} twice daily; LFTs at 1, 2 and 3 months. Ambulatory oxygen assessment booked, and referral to pulmonary rehab. We talked about prognosis with him and his wife [[NAME:Morag]], who would like to talk again once they have read the leaflet.

Kind regards,

Dr [[NAME:Fiona MacKinnon]]
Consultant Pulmonologist
""", summary="""
[[NAME:Hamish Drummond]], {{age:78}}, has idiopathic pulmonary fibrosis with {{lab:FVC 2.10 L (58% predicted)}} and exertional desaturation; {{drug:Ofev}} was started after MDT discussion on [[DATE:2/19]].
"""),

    dict(style="radiology_report_critical", note="""
EXAM: CTA CHEST PE PROTOCOL WITH IV CONTRAST
PATIENT: [[NAME:NDIAYE, AMINATA]]     MRN: [[MRN:5520914]]     ACC: [[MRN:CT25-0088317]]
DOB: [[DATE:09/30/1962]]     EXAM DATE: [[DATE:03/11/2025]] 02:14
ORDERING: [[NAME:DIOP, CHEIKH]] MD (Emergency Department)

CLINICAL HISTORY: {{age:62}}F, dyspnea, {{vital:HR 118}}, {{lab:D-dimer 4.2}}. Recent flight from [[ADDRESS:Dakar]].

TECHNIQUE: Axial CT angiography of the chest after {{dose:75 mL}} {{drug:iohexol}} 350. Coronal and sagittal reformats.

FINDINGS:
Pulmonary arteries: Occlusive and non-occlusive filling defects in the right main pulmonary artery extending into the lobar and segmental arteries of the RLL and RML, and in the left lower lobe segmental branches. The RV is dilated with {{score:RV/LV ratio 1.3}}; the interventricular septum is flattened. Reflux of contrast into the IVC and hepatic veins.
Lungs: Peripheral wedge-shaped opacity in the RLL, likely early infarct. No effusion.
Mediastinum: No adenopathy.

IMPRESSION:
1. Acute bilateral pulmonary emboli with CT signs of right heart strain.
2. Probable small RLL pulmonary infarct.

CRITICAL RESULT: Discussed by telephone with Dr. [[NAME:Diop]] at 02:31 on [[DATE:3/11/2025]]; findings read back and confirmed. PERT paged (pager [[PHONE:6-2281]]).

Electronically signed by: [[NAME:Rashad Huseynov]], MD   [[DATE:03/11/2025]] 02:36
""", summary="""
CT angiography for [[NAME:Aminata Ndiaye]] on [[DATE:03/11/2025]] showed acute bilateral pulmonary emboli with right heart strain ({{score:RV/LV ratio 1.3}}). The critical result was called to Dr. [[NAME:Diop]] and read back.
"""),

    dict(style="radiology_report_addendum", note="""
MRI BRAIN WITH AND WITHOUT CONTRAST
Name: [[NAME:Tenzin Norbu]]   MRN [[MRN:88120934]]   Accession [[MRN:MR-24-551207]]
Date of exam: [[DATE:Dec 9, 2024]]
Referring: [[NAME:Leilani Kealoha]], MD (Neurology)

History: {{age:29}} yo M with left optic neuritis in October. Evaluate for demyelination.

Findings: Eleven T2/FLAIR hyperintense lesions, ovoid, several oriented perpendicular to the lateral ventricles ({{eponym:Dawson}} fingers), plus a juxtacortical lesion in the right frontal lobe and one infratentorial lesion in the left middle cerebellar peduncle. Two periventricular lesions enhance after {{drug:gadolinium}}. Left optic nerve: T2 hyperintensity and enhancement of the intraorbital segment. No mass effect. No diffusion restriction.

Impression: Multifocal demyelinating lesions with dissemination in space and time (enhancing and non-enhancing lesions), compatible with multiple sclerosis per 2017 {{eponym:McDonald}} criteria in the appropriate clinical setting.

Dictated by [[NAME:Thiri Aung]], MD   [[DATE:12/09/2024]] 16:40

ADDENDUM [[DATE:12/12/2024]]:
The outside MRI from June 2023 (performed at a clinic in [[ADDRESS:Kathmandu]], images uploaded by the patient's brother [[NAME:Pema]]) has been reviewed. Seven of the current lesions were already present then, none enhancing. Conclusions unchanged. Discussed with Dr. [[NAME:Kealoha]] by phone, [[PHONE:808-555-0164]].
[[NAME:T. Aung]], MD
""", summary="""
Brain MRI for [[NAME:Tenzin Norbu]] on [[DATE:Dec 9, 2024]] showed enhancing and non-enhancing demyelinating lesions compatible with multiple sclerosis; an addendum on [[DATE:12/12/2024]] confirmed older lesions on an outside study.
"""),

    dict(style="pathology_report_addendum", note="""
SURGICAL PATHOLOGY REPORT
Accession: [[MRN:S25-04417]]
Patient: [[NAME:Macuácua, Lurdes]]          Med Rec #: [[MRN:002-771-458]]
Sex/Age: F / {{age:58}}                        Collected: [[DATE:01/28/2025]]   Received: [[DATE:01/28/2025]]
Surgeon: [[NAME:Inês Carvalhal]], MD
Copy to: [[NAME:Armando Cossa]], MD (Oncology)

SPECIMEN: Right colon, laparoscopic right hemicolectomy.

FINAL DIAGNOSIS:
- Invasive adenocarcinoma, moderately differentiated, arising in the ascending colon (4.6 cm).
- Tumor invades through the muscularis propria into pericolorectal tissue (pT3).
- Lymphovascular invasion: present. Perineural invasion: not identified.
- Margins negative; closest (radial) 1.1 cm.
- Lymph nodes: 2 of 23 positive (pN1b).
- Tumor deposits: not identified.
AJCC 8th: pT3 pN1b.

Pathologist: [[NAME:Achille Mbarga]], MD    Signed [[DATE:02/03/2025]]

ADDENDUM #1 - [[DATE:02/06/2025]]
Mismatch repair immunohistochemistry: loss of nuclear expression of MLH1 and PMS2 in tumor cells; MSH2 and MSH6 retained. MLH1 promoter hypermethylation studies have been sent to the molecular lab; BRAF V600E testing added.

ADDENDUM #2 - [[DATE:02/13/2025]]
MLH1 promoter hypermethylation DETECTED; BRAF V600E mutation DETECTED. Findings favor a sporadic MMR-deficient carcinoma rather than {{eponym:Lynch}} syndrome. Genetic counseling remains at the discretion of the clinical team. Results phoned to [[NAME:Lindsay Kowalczyk]], RN, in Dr. [[NAME:Cossa]]'s office at 10:20.
[[NAME:A. Mbarga]], MD
""", summary="""
Right hemicolectomy for [[NAME:Lurdes Macuácua]] (accession [[MRN:S25-04417]]) showed pT3 pN1b adenocarcinoma; addenda on [[DATE:02/06/2025]] and [[DATE:02/13/2025]] reported MMR deficiency due to MLH1 hypermethylation, favoring sporadic disease over {{eponym:Lynch}} syndrome.
"""),

    dict(style="pathology_critical_call", note="""
HEMATOPATHOLOGY - PERIPHERAL BLOOD SMEAR REVIEW / CRITICAL VALUE NOTIFICATION

Pt: [[NAME:KARIMOVA, DILNOZA]]   MRN [[MRN:4410276]]   CSN [[MRN:310058847]]   Loc: 6 West, bed 14
Specimen: EDTA blood, drawn [[DATE:04/02/2025]] 05:50, accession [[MRN:H25-18803]]

CBC: {{lab:WBC 2.1 K/uL}}, {{lab:Hgb 8.4 g/dL}}, {{lab:platelets 18 K/uL}}
Coags: {{lab:PT 17.9 s}}, {{lab:INR 1.6}}, {{lab:fibrinogen 92 mg/dL}}, {{lab:D-dimer >20 mcg/mL FEU}}

Smear: 38% abnormal promyelocytes with bilobed nuclei and heavy azurophilic granulation; numerous cells with multiple {{eponym:Auer}} rods (faggot cells). Findings are highly suspicious for acute promyelocytic leukemia with coagulopathy.

CRITICAL NOTIFICATION: 07:12, called to Dr. [[NAME:Sherzod Yusupov]] (hospitalist) and charge nurse [[NAME:Brittany Okonkwo-Reyes]], RN. Recommended immediate {{drug:tretinoin}} (ATRA), cryoprecipitate to keep fibrinogen above 150, and platelets above 50. Read back obtained. Bone marrow and PML-RARA FISH requested; on-call hematology attending Dr. [[NAME:Tsai Ming-che]] notified via pager [[PHONE:4471]].

[[NAME:Yi-Ting Chen]], MD - Hematopathology
""", summary="""
The smear for [[NAME:Dilnoza Karimova]] on [[DATE:04/02/2025]] showed abnormal promyelocytes with {{eponym:Auer}} rods and {{lab:fibrinogen 92 mg/dL}}, suspicious for APL; this was called as a critical value and {{drug:tretinoin}} was advised.
"""),

    dict(style="mdt_tumor_board_minutes", note="""
THORACIC ONCOLOGY MULTIDISCIPLINARY CONFERENCE - MINUTES
Date: [[DATE:Thursday 27 February 2025]], 07:00, Conf Rm 4B / Teams
Chair: Dr [[NAME:O. Traoré]] (Medical Oncology)
Present: [[NAME:F. Etcheverry]] (Thoracic Surgery), [[NAME:C. Poblete]] (Radiation Oncology), [[NAME:R. Haddad]] (Radiology), [[NAME:A. Elbashir]] (Pathology), [[NAME:L. Kassab]] (Pulmonology), [[NAME:Sione Tupou]], RN (nurse navigator)
Apologies: [[NAME:Jordan Ekwueme]]
Minutes: [[NAME:KJW]]

| # | Patient | MRN | Summary | Recommendation |
|---|---------|-----|---------|----------------|
| 1 | [[NAME:IRON CLOUD, Delbert]] | [[MRN:3302871]] | {{age:67}}M, RUL adenocarcinoma, cT1cN0M0, EGFR exon 19 del, {{score:ECOG 0}} | Lobectomy + MLND; adjuvant {{drug:osimertinib}} |
| 2 | [[NAME:Her Many Horses, Winona]] | [[MRN:3318450]] | {{age:71}}F, left {{eponym:Pancoast}} tumor, squamous, {{lab:PD-L1 TPS 80%}} | Concurrent chemoRT then reassess for surgery |
| 3 | [[NAME:Ganbaatar, Bolormaa]] | [[MRN:3290117]] | {{age:55}}F, 1.4 cm LLL GGO, growing since [[DATE:8/14/2023]] CT | CT-guided biopsy; Dr [[NAME:Haddad]] to book |
| 4 | [[NAME:Walkingstick, Earl]] | [[MRN:3341209]] | {{age:80}}M, stage IV adeno, {{lab:SUVmax 11.2}}, {{score:ECOG 2}}, KRAS G12C | {{drug:Pembrolizumab}} single agent; palliative care referral |

Discussion notes:
- Case 2: [[NAME:Winona]] lives alone outside [[ADDRESS:Pine Ridge]]; the navigator will arrange travel and lodging for 6 weeks of RT. Her niece [[NAME:Cheyenne]] is the contact ([[PHONE:605-555-0139]]).
- Case 4: family meeting set for [[DATE:3/4]] with his son [[NAME:Dale]].

Next meeting: [[DATE:06MAR2025]].
""", summary="""
The thoracic tumor board on [[DATE:27 February 2025]] reviewed four patients including [[NAME:Delbert Iron Cloud]] (lobectomy and {{drug:osimertinib}}) and [[NAME:Winona Her Many Horses]] (chemoradiation for a {{eponym:Pancoast}} tumor).
"""),

    dict(style="radiology_report", note="""
US ABDOMEN COMPLETE

INDICATION: Right upper quadrant pain, elevated alkaline phosphatase.
COMPARISON: None.

FINDINGS:
Liver: Normal in size, 15.2 cm. Mildly increased echogenicity. No focal lesion. Hepatopetal portal venous flow on color {{eponym:Doppler}}.
Gallbladder: Multiple mobile shadowing stones, the largest 1.8 cm. Wall thickened to 5 mm with trace pericholecystic fluid. Sonographic {{eponym:Murphy}} sign positive.
Bile ducts: Common Bile Duct 4 mm. No intrahepatic ductal dilatation.
Pancreas: Head and body unremarkable; tail obscured by bowel gas.
Spleen: 10.1 cm, normal.
Kidneys: Right 11.0 cm, Left 11.4 cm. No hydronephrosis or stones.
Aorta/IVC: Normal caliber.
No free fluid in {{eponym:Morison}} pouch.

IMPRESSION:
1. Cholelithiasis with gallbladder wall thickening, pericholecystic fluid and positive sonographic {{eponym:Murphy}} sign, consistent with Acute Calculous Cholecystitis.
2. Hepatic steatosis.
""", summary="""
Abdominal ultrasound showed gallstones with wall thickening and a positive sonographic {{eponym:Murphy}} sign, consistent with acute calculous cholecystitis, plus hepatic steatosis.
"""),

    dict(style="dictated_neurology_lowercase", note="""
this is dr. [[NAME:kapanadze]] dictating a neurology clinic follow up on [[NAME:aigerim bekova]], [[NAME:b-e-k-o-v-a]], date of birth [[DATE:april ninth nineteen ninety]], medical record number [[MRN:six four four zero two one eight]]. date of visit [[DATE:february third twenty twenty five]].

history. [[NAME:aigerim]] is a {{age:thirty four}} year old woman with juvenile myoclonic epilepsy who had a generalized tonic clonic seizure on [[DATE:january the twentieth]] after two nights of poor sleep while travelling back from [[ADDRESS:almaty]]. her husband [[NAME:yerlan]] witnessed it, about ninety seconds, no injury, she was seen in the emergency department at st. luke's and discharged. she admits she missed several evening doses of {{drug:keppra}} while away. no myoclonic jerks since. mood is okay on the {{drug:keppra}}, no irritability.

exam. blood pressure {{vital:one eighteen over seventy two}}. neuro exam normal, strength {{score:five out of five}} in all four, no nystagmus. period.

assessment and plan. one, jme with a provoked breakthrough seizure from missed doses and sleep deprivation. increase {{drug:levetiracetam}} to {{dose:one thousand milligrams}} twice a day. two, discussed sleep hygiene and a pill box with an alarm. three, she was told she may not drive for three months from the date of the seizure per state law, she understood, her sister [[NAME:dana]] will drive her to work. four, {{drug:folate}} {{dose:four milligrams}} daily since she may try for pregnancy next year, and we talked about avoiding {{drug:valproate}}. return in three months. end of dictation.

[[NAME:gk]]/[[NAME:mt]]   d: [[DATE:02/03/2025]]  t: [[DATE:02/04/2025]]  job [[MRN:7719204]]
""", summary="""
[[NAME:Aigerim Bekova]], {{age:34}}, with juvenile myoclonic epilepsy had a breakthrough seizure on [[DATE:january the twentieth]] after missed {{drug:keppra}} doses; {{drug:levetiracetam}} was increased and driving restrictions were reviewed.
"""),

    dict(style="dictated_radiology_lowercase", note="""
chest two views. patient [[NAME:wilfredo mamani quispe]], medical record [[MRN:zero zero three one eight eight four two]], exam date [[DATE:march fourteenth twenty twenty five]]. ordering provider [[NAME:camila poblete]] n p.

clinical indication fever and cough comma history of bronchiectasis period.

comparison is made to the prior study of [[DATE:october second]] of last year period new paragraph.

findings colon there is new airspace consolidation in the right lower lobe with air bronchograms period. cylindrical bronchiectasis in both lower lobes is unchanged period. small right pleural effusion period. the heart size is normal period. no pneumothorax period. the right internal jugular port catheter tip is at the cavoatrial junction period new paragraph.

impression colon number one right lower lobe pneumonia period. number two small right parapneumonic effusion period. number three stable bronchiectasis period. recommend follow up radiograph in six to eight weeks to document resolution period.

dictated by dr. [[NAME:ignacio fuenzalida]] at fourteen twenty two period. transcribed by [[NAME:rmk]] [[DATE:3/14/25]] period end of report.
""", summary="""
Chest radiograph for [[NAME:wilfredo mamani quispe]] on [[DATE:march fourteenth twenty twenty five]] showed new right lower lobe pneumonia with a small effusion and stable bronchiectasis, dictated by Dr. [[NAME:ignacio fuenzalida]].
"""),

    dict(style="neurology_clinic_letter", note="""
MULTIPLE SCLEROSIS CENTER
Queen's Neuroscience Institute, [[ADDRESS:Honolulu]]

[[DATE:22 January 2025]]

Dr. [[NAME:Kamlesh Chand]]
Kalihi Family Health
Fax [[PHONE:808-555-0158]]

RE: [[NAME:Keoni K. Kahananui]]   DOB [[DATE:6/17/1983]]   MRN [[MRN:Q1177340]]

Aloha Dr. [[NAME:Chand]],

[[NAME:Keoni]] came in for his 6-monthly review of relapsing-remitting MS, diagnosed in 2019. He works as a tour-boat captain out of [[ADDRESS:Kailua-Kona]] and flies over for visits. No new relapses. He notes {{eponym:Lhermitte}} sign when he bends his neck, unchanged for years, and heat-related blurring in the left eye after surfing ({{eponym:Uhthoff}} phenomenon), which we discussed.

Exam: mild left INO, brisk reflexes in the legs, bilateral {{eponym:Babinski}} absent, tandem gait slightly unsteady. {{score:EDSS 2.5}}, stable.

Treatment: {{drug:Ocrevus}} {{dose:600 mg}} IV every 6 months; last infusion [[DATE:9/18/24]], next due around [[DATE:3/18/25]]. {{lab:IgG 612 mg/dL}} (slightly low), {{lab:CD19 <1%}}. {{lab:Vitamin D 34 ng/mL}} on {{dose:2000 IU}} daily. MRI from [[DATE:Dec. 2, 2024]] showed no new or enhancing lesions.

Plan: continue {{drug:ocrelizumab}}; recheck IgG before each infusion; annual skin check. His partner [[NAME:Makana]] asked about the shingles vaccine: yes, {{drug:Shingrix}} is fine.

Mahalo,
[[NAME:Leilani Kealoha]], MD
Neurology
""", summary="""
[[NAME:Keoni Kahananui]] has stable relapsing-remitting MS ({{score:EDSS 2.5}}) on {{drug:Ocrevus}} with no new lesions on MRI; next infusion is due around [[DATE:3/18/25]].
"""),

    dict(style="endocrinology_clinic_letter", note="""
Geriatric Endocrinology Consult Note
Patient: Mrs. [[NAME:Bridget M. O'Shaughnessy]]     DOB [[DATE:11/02/1932]]     Acct [[MRN:A6630194]]
Seen [[DATE:1-27-2025]] at Mount Carmel Residence, accompanied by son [[NAME:Declan]] and facility nurse [[NAME:Joy Abernathy]], LPN.

Reason: recurrent hypoglycemia.

Mrs. [[NAME:O'Shaughnessy]] is a [[AGE:92]]-year-old with type 2 diabetes for 30 years, CKD 3b and moderate dementia. Staff found her drowsy with a fingerstick of 48 twice this month, once on [[DATE:Jan 9]] and again on the [[DATE:21st of January]], both before breakfast. She eats about half her meals. Current meds: {{drug:glipizide}} {{dose:10 mg}} twice daily, {{drug:Lantus}} {{dose:14 units}} at bedtime, {{drug:metformin}} {{dose:500 mg}} twice daily.

{{lab:HbA1c 6.1%}}, {{lab:eGFR 34}}, {{lab:Cr 1.5 mg/dL}}. CGM trial over 10 days: {{lab:time below range 9%}}, mostly overnight.

Assessment: over-treatment for a [[AGE:ninety-two]] year old; goal {{lab:A1c 7.5-8.5%}} with no hypoglycemia.
Plan:
- Stop {{drug:glipizide}}.
- Reduce {{drug:Lantus}} to {{dose:8 units}}, given in the morning.
- {{drug:Metformin}} {{dose:500 mg}} once daily given the eGFR.
- Fingerstick before breakfast and supper only; call if under 70 or over 350.
[[NAME:Declan]] was glad to hear "fewer pricks." [[NAME:Joy]] on the unit was a real help.

[[NAME:Ngo Bisseck Marie-Claire]], NP, Endocrinology
cc: [[NAME:Hunter Blevins]], MD (attending physician, Mount Carmel)
""", summary="""
Mrs. [[NAME:O'Shaughnessy]], [[AGE:92]], had recurrent hypoglycemia with {{lab:HbA1c 6.1%}}; {{drug:glipizide}} was stopped and {{drug:Lantus}} reduced at the visit on [[DATE:1-27-2025]].
"""),

    dict(style="pulmonology_sleep_letter", note="""
SLEEP & PULMONARY ASSOCIATES
[[ADDRESS:880 Industrial Pkwy, Hayward, CA 94544]]  |  [[PHONE:510-555-0117]]

Date: [[DATE:10/07/2024]]

To: [[NAME:Shalini Narayan]], MD
Re: [[NAME:PRASAD, Ravinesh]]   DOB [[DATE:1975-12-03]]   Chart [[MRN:SPA-004918]]

Dear Dr. [[NAME:Narayan]],

Mr. [[NAME:Prasad]] is a {{age:48}}-year-old long-haul truck driver referred for snoring and daytime sleepiness. His wife [[NAME:Sunita]] reports loud snoring and pauses in breathing; he has dozed at red lights twice. {{score:Epworth 15/24}}. {{vital:BMI 36.2}}, neck 44 cm, {{score:Mallampati IV}}, {{vital:BP 148/94}}.

Home sleep apnea test on [[DATE:Sept 28]]: {{score:AHI 38}} events/h, oxygen nadir {{vital:SpO2 79%}}, {{score:ODI 35}}.

Impression: severe obstructive sleep apnea; hypertension.
Recommendations:
1. Auto-CPAP 5-15 cm H2O; order sent to the DME company. Compliance download in 31-90 days for his CDL medical examiner.
2. No commercial driving until on effective CPAP.
3. Weight management referral; consider {{drug:Zepbound}} if criteria met.
4. Review his {{drug:amlodipine}} {{dose:5 mg}} at your discretion.

[[NAME:Baraka Kimaro]], MD, Diplomate ABSM
cc: Mr. [[NAME:Ravinesh Prasad]]; portal copy to [[EMAIL:rprasad.haul75@gmail.com]]
""", summary="""
[[NAME:Ravinesh Prasad]], a {{age:48}}-year-old truck driver, has severe obstructive sleep apnea ({{score:AHI 38}}) on a home test from [[DATE:Sept 28]]; auto-CPAP was ordered and commercial driving paused.
"""),

    dict(style="gi_procedure_report", note="""
Endoscopy Unit - Procedure Report
Patient: [[NAME:Abdullah bin Saleh Al-Awlaqi]]   MRN: [[MRN:90044712]]   DOB: [[DATE:12/25/1966]]
Procedure date: [[DATE:Monday, April 7, 2025]]
Endoscopist: [[NAME:Oriana Colmenares]], MD    Nurse: [[NAME:Page Holloway]], RN    Anesthesia: MAC ([[NAME:D. Pruitt]], CRNA)
Indication: chronic GERD, dysphagia to solids.
Arabic interpreter: [[NAME:Arwa Al-Shami]] (in person)

Procedure: EGD. Sedation {{drug:propofol}}. ASA II.
Findings:
- Salmon-colored mucosa extending from the GEJ, circumferential extent 3 cm and maximal extent 5 cm ({{score:Prague C3M5}}), consistent with {{eponym:Barrett}} esophagus. No nodularity on NBI.
- LA grade B esophagitis above the squamocolumnar junction.
- 4 cm sliding hiatal hernia; {{score:Hill grade III}} valve on retroflexion.
- {{eponym:Schatzki}} ring dilated with a 54 Fr {{eponym:Savary}} dilator; minimal heme.
- Stomach and duodenum normal. Biopsies taken from the antrum for H. pylori.
Biopsies: four-quadrant every 1 cm (Seattle protocol), jars 1-5.

Recommendations: {{drug:omeprazole}} {{dose:40 mg}} twice daily; avoid {{drug:ibuprofen}}; pathology to follow (see page 2 for images); repeat EGD in 3 months after healing to complete surveillance. Daughter [[NAME:Maryam]] will drive him home.
""", summary="""
EGD for [[NAME:Abdullah bin Saleh Al-Awlaqi]] on [[DATE:April 7, 2025]] found {{eponym:Barrett}} esophagus ({{score:Prague C3M5}}), LA grade B esophagitis and a hiatal hernia; a ring was dilated and {{drug:omeprazole}} was increased.
"""),

    dict(style="rheumatology_progress_note", note="""
Rheum f/u - SLE
[[NAME:Neema Mwakyusa]] | {{age:33}}F | MRN [[MRN:2207-8816]] | [[DATE:18/03/2025]] (entered by visiting fellow, d/m/y)
Swahili interpreter [[NAME:Rehema Kimaro]] via video, ID [[MRN:40815]]

S: more joint pain in hands x 3 wks, hair thinning, one mouth ulcer. No chest pain, no foot swelling. Missing {{drug:HCQ}} "some days" since moving to [[ADDRESS:Columbus]] from [[ADDRESS:Arusha]] - pharmacy mix-up.
O: {{vital:BP 136/88}}, {{vital:HR 84}}. Synovitis both wrists, malar erythema, 2 small palatal ulcers, no edema.
Labs [[DATE:3/11]]: {{lab:anti-dsDNA 210 IU/mL}} (was 60), {{lab:C3 62 mg/dL}}, {{lab:C4 7 mg/dL}}, {{lab:UPCR 0.9 g/g}}, {{lab:Cr 0.8}}, UA 2+ protein, 6-10 RBC.
{{score:SLEDAI-2K 14}}.

A/P: flare - mucocutaneous, articular, new proteinuria -> r/o lupus nephritis.
- renal bx, d/w nephro (Dr [[NAME:Jean-Paul Habimana]]) today, IR to schedule
- {{drug:hydroxychloroquine}} {{dose:300 mg}} daily, ensure fills; pharm liaison [[NAME:Grace Oyelaran]] called the store
- {{drug:prednisone}} {{dose:20 mg}} daily x 2 wks then taper
- {{drug:Benlysta}} {{dose:200 mg}} SC weekly - PA sent
- eye exam due; {{drug:losartan}} {{dose:25 mg}} for BP/proteinuria
RTC 4 wks. Pt's mobile [[PHONE:614-555-0172]].
-[[NAME:A. Niyonzima]] (fellow) / attending [[NAME:Claudine Uwimana]], MD
""", summary="""
[[NAME:Neema Mwakyusa]], {{age:33}}, has an SLE flare with rising {{lab:anti-dsDNA 210 IU/mL}} and new proteinuria; renal biopsy, {{drug:prednisone}} and {{drug:Benlysta}} were arranged on [[DATE:18/03/2025]].
"""),

    dict(style="critical_results_log", note="""
DIAGNOSTIC IMAGING - CRITICAL/UNEXPECTED FINDINGS COMMUNICATION LOG
Shift: nights, [[DATE:Sat 01/11/2025]] 19:00 - [[DATE:Sun 01/12/2025]] 07:00
Radiologist on duty: [[NAME:Hsu Wen-chieh]], MD

Time  | Acc #              | Patient                     | Finding                                | Called to                         | Read-back
19:48 | [[MRN:CT25-0011902]] | [[NAME:Lopes, Adilson]]       | Acute SDH 9 mm, 4 mm MLS               | Dr [[NAME:Stone]] (ED)               | Y
22:15 | [[MRN:XR25-0031177]] | [[NAME:Morningstar, Faith]]   | NG tube tip in R mainstem bronchus     | [[NAME:Tyrone Whitfield]], RN         | Y
01:02 | [[MRN:CT25-0011958]] | [[NAME:Yazzie, Loretta]]      | Free air, likely perforated viscus     | Dr [[NAME:A. Benally]] (gen surg)     | Y
03:40 | [[MRN:US25-0008824]] | [[NAME:Kahale, Makoa]]        | L testicular torsion, no flow          | Dr [[NAME:Bishop]] (urology, paged [[PHONE:2219]]) | Y
05:55 | [[MRN:CT25-0012003]] | [[NAME:Coulibaly, Sékou]]     | Incidental 4.2 cm AAA (non-emergent)   | message left for PCP Dr [[NAME:Guy Sterling]] at [[PHONE:555-0126]] | N - to f/u

Notes:
- 01:02 Dr [[NAME:Benally]] reachable only by cell [[PHONE:505-555-0191]]; operator paged twice first.
- 05:55 PCP office closed; day team ([[NAME:MK]]) to confirm receipt Monday. Per policy, unacknowledged findings are escalated after 24 h.
- Stone in the L ureter on the 23:30 CT for bed 12 was expected, not called.
""", summary="""
The overnight critical findings log for [[DATE:01/11/2025]] records five communicated results, including a subdural hematoma for [[NAME:Adilson Lopes]] and free air for [[NAME:Loretta Yazzie]]; one incidental aneurysm for [[NAME:Sékou Coulibaly]] awaits PCP acknowledgment.
"""),

    dict(style="pathology_synoptic", note="""
PROSTATE GLAND: RADICAL PROSTATECTOMY - SYNOPTIC SUMMARY

Procedure: Robotic-assisted radical prostatectomy with bilateral pelvic lymph node dissection
Prostate weight: 48 g
Histologic type: Acinar adenocarcinoma
Grade: {{score:Gleason score 4+3=7}} (Grade Group 3); pattern 4 = 60%, cribriform pattern present
Tertiary pattern 5: not identified
Intraductal carcinoma: not identified
Tumor quantitation: 20% of prostate involved
Extraprostatic extension: present, focal (right posterolateral)
Seminal vesicle invasion: not identified
Margins: negative; closest 0.4 mm at right posterolateral
Lymphovascular invasion: not identified
Perineural invasion: present
Regional lymph nodes: 0/14 involved
Pathologic stage (AJCC 8th): pT3a pN0
Additional findings: high-grade PIN; benign prostatic hyperplasia; focal chronic prostatitis
Comment: {{lab:Pre-operative PSA 9.6 ng/mL}} per requisition. Ki-67 and PTEN IHC not performed.
""", summary="""
Radical prostatectomy showed acinar adenocarcinoma, {{score:Gleason score 4+3=7}}, with focal extraprostatic extension, negative margins and 0/14 nodes (pT3a pN0).
"""),

    dict(style="mdt_memory_clinic_minutes", note="""
Cognitive Disorders MDT - case discussion notes
[[DATE:Wednesday, 5th of March 2025]], 12:30

Attendees: Dr [[NAME:Rose Whitcombe]] (geriatric psychiatry, chair); Dr [[NAME:Tsering Dolma]] (neurology); [[NAME:Siobhán Ní Bhriain]] (neuropsychology); [[NAME:Hope Castellanos]], LCSW; [[NAME:Ama]] from the {{eponym:Alzheimer}}'s Association (guest)

Case 1. [[NAME:Robert]] "[[NAME:Bobby]]" [[NAME:Sixkiller]], {{age:76}}, MRN [[MRN:1199403]], from [[ADDRESS:Tahlequah]].
Two years of progressive forgetfulness, got lost driving home from the casino in [[ADDRESS:Catoosa]] last fall. {{score:MoCA 17/30}} (was {{score:22/30}} on [[DATE:2/2/24]]). Visual hallucinations of children in the yard, REM sleep behaviour per wife [[NAME:Darlene]], fluctuating alertness, mild parkinsonism. MRI: mild generalized atrophy, hippocampi relatively preserved.
Discussion: core features favor dementia with {{eponym:Lewy}} bodies over {{eponym:Alzheimer}} disease. [[NAME:Siobhán]] notes visuospatial and executive deficits out of proportion to memory. Avoid {{drug:haloperidol}} and {{drug:Seroquel}} if possible.
Outcome: start {{drug:rivastigmine}} patch {{dose:4.6 mg/24 h}}; DaT-SPECT only if diagnosis would change management (it wouldn't); [[NAME:Hope]] to link the family with caregiver support and respite through the Cherokee Nation. Driving: not safe - Dr [[NAME:Dolma]] to write the letter.

Case 2. [[NAME:Chhun, Dara]], {{age:69}}, MRN [[MRN:1201877]]. Deferred - awaiting neuropsych testing on [[DATE:3/19]] with a Khmer interpreter.

We hope to review case 1 in 3 months. Minutes by [[NAME:H. Castellanos]].
""", summary="""
The cognitive MDT on [[DATE:5th of March 2025]] judged that [[NAME:Robert Sixkiller]], {{age:76}}, most likely has dementia with {{eponym:Lewy}} bodies and started {{drug:rivastigmine}}; [[NAME:Dara Chhun]]'s case was deferred.
"""),

    dict(style="pft_interpretation", note="""
PULMONARY FUNCTION TEST - INTERPRETATION

Quality: Spirometry acceptable and repeatable (ATS/ERS grade A). DLCO acceptable.
Reference equations: GLI 2012 (spirometry), GLI 2017 (DLCO).

Pre-bronchodilator:
  FVC        3.42 L   (88% pred)
  FEV1       2.05 L   (67% pred)   z -2.4
  FEV1/FVC   0.60     (LLN 0.68)
Post-bronchodilator ({{drug:albuterol}} {{dose:400 mcg}} via spacer):
  FEV1       2.41 L   (+360 mL, +18%)
Lung volumes (plethysmography): TLC 104% pred, RV 132% pred, RV/TLC 41%
{{lab:DLCO 74% predicted}}, corrected for {{lab:Hb 13.9 g/dL}}

INTERPRETATION:
1. Moderate obstructive ventilatory defect with a significant bronchodilator response.
2. Mild air trapping. No restriction.
3. Mildly reduced diffusing capacity.
Pattern is compatible with Asthma or Asthma-COPD overlap; clinical correlation advised. Consider FeNO and blood eosinophil count.
""", summary="""
PFTs show a moderate obstructive defect with a significant bronchodilator response, mild air trapping and mildly reduced DLCO, compatible with asthma or asthma-COPD overlap.
"""),

    dict(style="dictated_pathology_gross_lowercase", note="""
gross description dictated by [[NAME:sophea keo]], pathologists' assistant, case [[MRN:s twenty five dash zero six one three three]].

received in formalin labeled with the patient's name [[NAME:souza, joão pedro]] and medical record number [[MRN:four four one nine zero zero two]] and designated left thyroid lobe is a single intact left thyroid lobectomy weighing eighteen point two grams and measuring five point one by two point eight by two point two centimeters. the capsule is smooth and intact. a stitch designates the superior pole. the external surface is inked black. serial sectioning reveals a well circumscribed tan nodule in the mid lobe measuring one point nine centimeters, abutting but not breaching the capsule. the remaining parenchyma is red brown and colloid rich. no parathyroid glands are identified grossly. the nodule is entirely submitted in cassettes a one through a six. representative uninvolved thyroid in a seven.

intraoperative consultation on [[DATE:january thirtieth]], frozen section diagnosis by dr. [[NAME:joy mcallister]], follicular lesion, defer to permanents, called to dr. [[NAME:helena cardoso]] in or four at eleven oh five.

dictated [[DATE:1/30/2025]], [[NAME:sk]].
""", summary="""
The gross description of case [[MRN:s twenty five dash zero six one three three]] for [[NAME:joão pedro souza]] describes a left thyroid lobectomy with a 1.9 cm circumscribed nodule; the frozen section on [[DATE:january thirtieth]] was a follicular lesion deferred to permanents.
"""),
]
