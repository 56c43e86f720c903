NOTES = [
    dict(style="fertility_ivf_monitoring_table", note="""
IVF PROGRAM — DONOR OOCYTE CYCLE, RECIPIENT MONITORING
Recipient: [[NAME:Bryndís Kristjánsdóttir]]    {{age:44}}    MRN [[MRN:RF-20931]]    Cycle # [[MRN:C25-0412]]
Partner (sperm provider): [[NAME:Guðmundur Hallgrímsson]], {{age:47}} — SA [[DATE:2/6]] normal (48 M/mL, motility 55%)
Donor: anonymous, bank code [[MRN:ED-1187]], {{age:26}}, A pos, CMV neg; expanded carrier screen — no shared carrier status.
Embryos: 3 euploid blastocysts (5AA, 4AB, 4BB) from donor cohort; PGT-A report [[MRN:PGT-88231]].
Hx: POI at {{age:39}}, 2 failed autologous cycles. SIS: 14 mm intramural fibroid not touching cavity, no {{eponym:Müllerian}} anomaly.

Programmed FET
Date            | Day | Estradiol                         | Serum          | Endometrium
[[DATE:Sun 3/2]]         | 1   | {{drug:estradiol valerate}} {{dose:2 mg}} BID      | —              | 4.0 mm, no cyst
[[DATE:Sun 3/9]]         | 8   | {{dose:2 mg}} TID                          | {{lab:E2 312}}        | 6.8 mm triple line
[[DATE:Thu 3/13]]        | 12  | {{dose:2 mg}} TID                          | {{lab:E2 486}}        | 8.9 mm triple line → start PIO [[DATE:3/15]]
[[DATE:Mon 3/17]]        | 16  | {{dose:2 mg}} TID + PIO {{dose:50 mg}} IM daily     | {{lab:P4 21.4}}       | —

Transfer: single euploid blastocyst (5AA) [[DATE:Thursday 3/20]] 11:30; beta hCG [[DATE:3/29]].
[[NAME:Guðmundur]] is needle-phobic, so [[NAME:Bryndís]]'s sister [[NAME:Hildur]] (an ICU nurse) will give the PIO shots.
Disposition consent for the remaining 2 embryos signed by both.
Coordinator: [[NAME:Ásta Þorvaldsdóttir]], RN    [[PHONE:617-555-0171]]        MD: [[NAME:R. Sandoval]]
""", summary="""
Donor-oocyte frozen embryo transfer cycle for [[NAME:Bryndís Kristjánsdóttir]] ({{age:44}}) with partner
[[NAME:Guðmundur Hallgrímsson]]: lining reached 8.9 mm and progesterone started [[DATE:3/15]]. Single euploid blastocyst
transfer is set for [[DATE:3/20]], with her sister [[NAME:Hildur]] giving injections.
"""),

    dict(style="genetics_family_letter", note="""
Clinical Genetics Service
[[DATE:20 January 2025]]

Private and confidential
[[NAME:Nairi Ter-Petrosyan]]
[[ADDRESS:14 Ashcombe Gardens]]
[[ADDRESS:Edgware HA8 8HP]]

Dear [[NAME:Nairi]],

Re: your family — FBN1 variant ({{eponym:Marfan}} syndrome)

Thank you for meeting me on [[DATE:9th January]] with your husband [[NAME:Vahe]]. As we discussed, testing of your late brother
[[NAME:Arman Ter-Petrosyan]], who died of an aortic dissection aged {{age:39}}, found a disease-causing change in FBN1
(c.5788+5G>A). You also carry it. Your echo showed an aortic root of 4.1 cm ({{score:Z-score 3.4}}); you meet the revised
{{eponym:Ghent}} criteria, and the {{eponym:Loeys-Dietz}} genes were normal. Please continue {{drug:losartan}} {{dose:50 mg}}
daily and avoid fluoroquinolone antibiotics such as ciprofloxacin.

Who else should be offered testing:
• Your children, [[NAME:Arpi]] ({{age:17}}) and [[NAME:Hayk]] ({{age:12}}): each has a 1 in 2 chance. We suggest testing now, as the
  result changes their care (yearly echo, advice about contact sports).
• Your father, [[NAME:Tigran Ter-Petrosyan]]. At [[AGE:92]] with no known aortic problems he may prefer not to be tested, but his
  result would tell us which side of the family the variant comes from. (Your mother, [[NAME:Siranush]], died in 2010.)
• Your cousin [[NAME:Lilit Khachatryan]] in [[ADDRESS:Glendale, California]], and her brothers — only if the variant is shown to come
  from your mother's side.

Please share this letter with relatives; their doctor can refer them to us quoting reference [[MRN:CG/24/3318]].

Yours sincerely,

[[NAME:Hasmik Grigoryan]]
Principal Genetic Counsellor
Tel [[PHONE:020 7188 4410]]    [[EMAIL:hasmik.grigoryan@nhs.net]]

cc: Dr [[NAME:R. Holloway]], Inherited Cardiac Conditions; Dr [[NAME:Ani Sahakyan]], GP
""", summary="""
Family letter to [[NAME:Nairi Ter-Petrosyan]] confirming she carries the FBN1 variant found in her late brother
[[NAME:Arman]], with {{eponym:Marfan}} syndrome and aortic root dilation. Testing is recommended for her children
[[NAME:Arpi]] and [[NAME:Hayk]] and offered to her [[AGE:92]]-year-old father [[NAME:Tigran]].
"""),

    dict(style="id_clinic_new_hiv", note="""
INFECTIOUS DISEASES CLINIC — NEW PATIENT (RAPID START)        [[DATE:03/03/2025]]
Pt: [[NAME:Ousmane Faye]], {{age:34}} M    MRN [[MRN:5106642]]    Ins. member ID [[MRN:YHM884210375]]
Born in [[ADDRESS:Thiès]], Senegal; in US 6 yrs; lives in [[ADDRESS:Harlem]] with partner; rideshare driver. Speaks Wolof, French and
English — declined interpreter.

HIV-1/2 Ag/Ab reactive at a community testing event [[DATE:2/24/25]]; HIV-1 confirmed. {{lab:VL 184,000 copies/mL}},
{{lab:CD4 212}} (14%). Genotype pending. HLA-B*5701 neg. HBsAg neg, anti-HBs neg, anti-HBc neg. HCV Ab neg.
{{lab:RPR 1:32}}, TP-PA reactive, no neuro/ocular sx, no rash, no prior test → late latent syphilis.
Plan:
1. {{drug:Biktarvy}} 1 tab daily — first dose observed in clinic today.
2. {{drug:Bicillin L-A}} {{dose:2.4 million units}} IM weekly x3, dose 1 today; warned about {{eponym:Jarisch-Herxheimer}} reaction.
3. {{drug:Heplisav-B}} dose 1 today.
4. No PJP prophylaxis (CD4 >200); repeat labs in 4 wk.
Partner services:
- Current partner [[NAME:Mame Diarra Sène]] (F, {{age:29}}): [[NAME:Ousmane]] wants to tell her himself with a provider present;
  joint visit [[DATE:3/6]], testing + PEP/PrEP assessment then.
- Previous partner [[NAME:Aïssatou]] (last contact 2022, now in Senegal) → details given to DIS [[NAME:J. Whitlock]].
Emergency contact: cousin [[NAME:Modou Fall]], [[PHONE:929-555-0114]] — NOT to be told the diagnosis (patient request).
F/u 2 wk. [[NAME:A. Rosenblatt]], MD
""", summary="""
[[NAME:Ousmane Faye]] ({{age:34}}) was newly diagnosed with HIV ({{lab:CD4 212}}) and late latent syphilis and started
{{drug:Biktarvy}} the same day with the first {{drug:Bicillin L-A}} injection. Disclosure to partner
[[NAME:Mame Diarra Sène]] is planned at a joint visit on [[DATE:3/6]].
"""),

    dict(style="dialysis_qapi_table", note="""
DIALYSIS UNIT — MONTHLY QAPI: ADEQUACY / ANEMIA / MINERAL BONE
Month reviewed: January 2025    Shift: MWF AM    Meeting [[DATE:02/06/2025]]
Present: Dr [[NAME:Aleyamma Kurian]] (medical director), [[NAME:Shibu Vadakkedath]] (charge RN), [[NAME:C. Gunawardena]] (RD), [[NAME:Upeksha R.]] (SW)

Patient                      | spKt/V | URR  | Hb   | Ferritin/TSAT | PO4  | PTH  | Action
[[NAME:KUNJUMON, ANJALI]]             | {{lab:1.21}}   | {{lab:63%}}  | {{lab:9.1}}  | {{lab:640}}/{{lab:22%}}       | {{lab:5.8}}  | {{lab:412}}  | ↑ time to 4.5 h; check recirculation
[[NAME:PUTHENPURACKAL, THOMAS J]]     | {{lab:1.58}}   | {{lab:74%}}  | {{lab:10.6}} | {{lab:410}}/{{lab:31%}}       | {{lab:7.2}}  | {{lab:880}}  | start {{drug:Sensipar}} {{dose:30 mg}}; RD visit
[[NAME:WICKRAMASINGHE, NIMALI]]       | {{lab:1.44}}   | {{lab:71%}}  | {{lab:8.4}}  | {{lab:120}}/{{lab:14%}}       | {{lab:4.9}}  | {{lab:305}}  | {{drug:Venofer}} {{dose:100 mg}} x10; hold {{drug:Mircera}} ↑ until iron replete
[[NAME:JAYAWARDENA, KASUN]]           | {{lab:1.62}}   | {{lab:76%}}  | {{lab:11.9}} | {{lab:980}}/{{lab:45%}}       | {{lab:5.1}}  | {{lab:266}}  | none
[[NAME:NAIR, RAJEEV K]]               | {{lab:1.35}}   | {{lab:70%}}  | {{lab:10.2}} | {{lab:520}}/{{lab:28%}}       | {{lab:6.4}}  | {{lab:540}}  | switch binder to {{drug:Velphoro}}
[[NAME:O'SULLIVAN, BRIDGET]]          | {{lab:1.19}}   | {{lab:62%}}  | {{lab:10.0}} | {{lab:700}}/{{lab:30%}}       | {{lab:4.2}}  | {{lab:190}}  | AVG stenosis? → fistulagram

Comments:
- [[NAME:Kunjumon]] and [[NAME:O'Sullivan]] both under target twice; Qb limited by access.
- [[NAME:Thomas]]'s daughter [[NAME:Ammini]] asked about home HD training — referred to home program.
- [[NAME:Nimali]] declined transfusion for {{lab:Hb 8.4}}; iron first, recheck in 2 wk.
Minutes: [[NAME:SV]]
""", summary="""
January dialysis QAPI review: [[NAME:Anjali Kunjumon]] and [[NAME:Bridget O'Sullivan]] had low adequacy ({{lab:Kt/V 1.21}} and {{lab:1.19}})
and get longer treatment or a fistulagram; [[NAME:Thomas Puthenpurackal]] starts {{drug:Sensipar}}, and [[NAME:Nimali Wickramasinghe]]
receives IV iron for {{lab:Hb 8.4}}.
"""),

    dict(style="transplant_progress_note", note="""
TRANSPLANT SURGERY PROGRESS NOTE — POD 3 s/p DDKT (R iliac fossa)
[[NAME:Dara Prak]]  {{age:49}} M   MRN [[MRN:33094817]]   UNOS ID [[MRN:KFH7731]]
Donor: DCD, {{score:KDPI 62%}}, CIT 19 h. Induction {{drug:Thymoglobulin}} x3 doses complete.
S: passing flatus, tolerating clears, incisional pain {{score:4/10}}. Wife [[NAME:Sreyneang]] stayed overnight.
O: {{vital:T 37.6}}  {{vital:BP 152/90}}  {{vital:HR 84}}  {{vital:SpO2 97%}} RA. UOP 2.8 L/24 h. JP 60 mL serosanguinous.
{{eponym:Foley}} draining clear yellow. Incision c/d/i.
Labs: {{lab:Cr 4.8}} (7.9 → 6.3 → 4.8), {{lab:K 5.1}}, {{lab:tacrolimus 6.2}}, {{lab:WBC 11.2}}, {{lab:Hgb 8.9}}.
Renal US POD 1: RI 0.74, no collection.
Meds: {{drug:Envarsus XR}} {{dose:8 mg}} daily, {{drug:CellCept}} {{dose:1000 mg}} BID, prednisone {{dose:20 mg}} (taper),
{{drug:Valcyte}} {{dose:450 mg}} daily (CMV D+/R−), {{drug:Bactrim}} SS daily, {{drug:nystatin}} swish.
A/P:
- DGF resolving, off HD. Keep {{eponym:Foley}} until tomorrow AM, then void trial. Stent out at 6 wk.
- Tac goal 8–10: ↑ {{drug:Envarsus XR}} to {{dose:10 mg}}.
- Teaching with Khmer interpreter [[NAME:Vuthy Keo]] and transplant pharmacist [[NAME:Bopha Meas]], PharmD, this afternoon;
  [[NAME:Sreyneang]] will manage the pillbox.
[[NAME:J. Okafor]], MD (PGY-4) / attending Dr. [[NAME:Pieter van der Walt]]
""", summary="""
[[NAME:Dara Prak]] is post-op day 3 after deceased-donor kidney transplant with resolving delayed graft function
({{lab:Cr 4.8}}). {{drug:Envarsus XR}} was increased for a low level, and medication teaching with his wife
[[NAME:Sreyneang]] and an interpreter is underway.
"""),

    dict(style="ophthalmology_retina_clinic", note="""
RETINA CLINIC    [[DATE:Fri 14 Mar 2025]]
Pt: [[NAME:Dilrukshi Senanayake]]   {{age:58}} F   MRN [[MRN:20-77-4193]]   Ins ID [[MRN:QWB-551830294]]
Ref: [[NAME:Harsha Ratnayake]], OD — "new floaters R eye, blurry L"
Hx: T2DM 18 yr, {{lab:A1c 9.2}}, on {{drug:Jardiance}} + insulin glargine. HTN. No prior eye tx.
VA cc: {{vital:OD 20/200}} (PH NI), {{vital:OS 20/60}} (PH 20/50)
IOP: {{vital:OD 16}} / {{vital:OS 17}}
SLE: NVI none OU. Early NS cataract OU.
DFE OD: vitreous hemorrhage inferiorly, NVD >1/3 DD, scattered blot hemes 4 quadrants → PDR with high-risk characteristics.
DFE OS: severe NPDR, hard exudates within 500 µm of fovea.
OCT: OS CI-DME, CST 412 µm; OD limited by VH.
Plan:
1. PRP OD today (1st of 2 sessions), fill-in [[DATE:3/28]].
2. {{drug:Eylea}} {{dose:2 mg}} intravitreal OS today, monthly x5 loading. Consent signed; risks incl. endophthalmitis reviewed.
3. {{eponym:Amsler}} grid given for OS.
4. Letter to PCP re glycemic control; {{vital:BP 162/94}} today.
Husband [[NAME:Thisara]] drives her; son [[NAME:Dineth]] will come to the next visit [[DATE:4/11]] to help with the forms.
""", summary="""
[[NAME:Dilrukshi Senanayake]] ({{age:58}}) has high-risk proliferative diabetic retinopathy with vitreous hemorrhage in the
right eye and center-involving DME in the left. PRP and intravitreal {{drug:Eylea}} were started, with follow-up on
[[DATE:4/11]].
"""),

    dict(style="ent_paediatric_clinic", note="""
PAEDIATRIC ENT CLINIC — [[DATE:25/02/2025]]
[[NAME:Boubacar Jallow]]    {{age:9}} y    DOB [[DATE:2015-06-30]]    NHS [[MRN:702 415 8836]]
Seen with mother [[NAME:Kadiatou Sow]]; father [[NAME:Hamadou Jallow]] joined by phone from work. Pulaar spoken at home; mum
happy in English.

18 months of offensive R otorrhoea despite three courses of ofloxacin drops. Hearing "worse on the right", teacher has moved
him to the front. No vertigo, no facial weakness.
O/E: R attic retraction pocket full of keratin, granulation posterosuperiorly. L TM dull, retracted. Facial nerve HB I bilaterally
({{score:House-Brackmann I}}).
Tympanometry: R unable to seal, L type B. PTA: R conductive loss, ABG 35 dB; L ABG 20 dB.
CT temporal bones: attic soft tissue with erosion of the scutum and long process of incus on the R.
Impression: R acquired cholesteatoma; L OME with {{eponym:Eustachian}} tube dysfunction.
Plan: R combined-approach tympanoplasty (canal wall up), L grommet, same sitting — listed [[DATE:22nd April]]. Non-EPI DWI
MRI at 1 year for residual disease. No swimming until reviewed post-op (mum asked about school swimming). Avoid
{{eponym:Valsalva}} for 6 weeks after.

Miss [[NAME:Aoife O'Donnell]], Consultant Paediatric ENT Surgeon
cc: Dr [[NAME:Amadou Bâ]] (GP); Mrs [[NAME:Kadiatou Sow]]
""", summary="""
[[NAME:Boubacar Jallow]] ({{age:9}}) has a right acquired cholesteatoma with ossicular erosion and left glue ear. Combined-
approach tympanoplasty and a left grommet are listed for [[DATE:22nd April]], as discussed with his mother
[[NAME:Kadiatou Sow]].
"""),

    dict(style="peds_derm_dictation_lowercase", note="""
peds derm dictation for [[NAME:zainab abubakar]], age {{age:3}}, seen [[DATE:feb 20]] with mum [[NAME:hauwa]] and grandmother [[NAME:halima bello]],
who came from [[ADDRESS:kano]] for a few months to help. family lives in [[ADDRESS:katy]]. severe atopic dermatitis since about 4 months of
age, worse this winter, waking 3 to 4 times a night scratching, mum sleeping with her. two weeks ago had clustered punched out
erosions on the cheeks treated in the er as eczema herpeticum with {{drug:acyclovir}}, now healed. using triamcinolone 0.1% on and
off and the grandmother's shea butter, which is fine as a moisturiser. exam weight {{vital:14.6 kg}}, widespread lichenified
plaques on flexures, neck and ankles, {{eponym:dennie-morgan}} lines, postinflammatory hypopigmentation which worries grandma most,
{{score:easi 21.4}}, {{score:poem 22}}. no signs of infection today. plan discussed dupilumab ({{drug:dupixent}}) {{dose:300 mg}} every 4 weeks
for 15 to 30 kg, no labs needed, conjunctivitis risk explained, mum will learn injections next visit. meanwhile wet wraps nightly
for a week, triamcinolone bid x 2 weeks to body then weekends, tacrolimus 0.03% to face. bleach baths twice weekly. dad [[NAME:musa]]
works offshore so mum asked for the injection training on a saturday if possible. follow up [[DATE:march 6]]. dr [[NAME:ngozi okafor-hale]]
""", summary="""
[[NAME:Zainab Abubakar]] ({{age:3}}) has severe atopic dermatitis ({{score:EASI 21.4}}) with a recent episode of eczema
herpeticum. {{drug:Dupixent}} is planned alongside wet wraps and topical steroids, with injection teaching for her mother
[[NAME:Hauwa]] on [[DATE:march 6]].
"""),

    dict(style="dietitian_inpatient_consult", note="""
CLINICAL NUTRITION — INITIAL CONSULT        [[DATE:2025-03-07]]
Pt: [[NAME:Ketevan Chkheidze]]    [[AGE:95]] F    Rm 412    MRN [[MRN:90031855]]
Consulted by Dr. [[NAME:Pryce]] for poor PO intake / ?PEG.

Adm with aspiration pneumonia. SLP ([[DATE:3/5]]): IDDSI 4 puree, IDDSI 3 moderately thick liquids.
Anthro: wt {{vital:41.2 kg}}, ht 154 cm, BMI 17.4. Wt 45.3 kg in December → 9% loss in 3 mo.
Intake: <25% of meals x 4 days; likes only the tea with jam and the Georgian bread her granddaughter brings.
Labs: {{lab:albumin 2.6}}, {{lab:phos 2.1}}, {{lab:Mg 1.6}}, {{lab:K 3.3}}, {{lab:BUN 31}}.
{{score:MNA-SF 3}} → malnourished. Meets ASPEN criteria for severe chronic malnutrition (wt loss, muscle wasting temples/clavicles).
Refeeding risk: HIGH.

Family meeting with granddaughter [[NAME:Mariam Abashidze]] (HCP) and son [[NAME:Giorgi Chkheidze]]. Through [[NAME:Mariam]],
Mrs. [[NAME:Chkheidze]] said she has lived [[AGE:ninety-five]] years and does not want a tube. [[NAME:Giorgi]] initially wanted "everything",
then agreed with his mother.
Recs:
1. No PEG per patient wishes; comfort-focused oral feeding — favourite foods, modified to IDDSI 4.
2. Oral supplement (moderately thick) 120 mL TID between meals.
3. Replete phos, Mg, K; {{drug:thiamine}} {{dose:100 mg}} daily x5 days.
4. Palliative care consult suggested to Dr. [[NAME:Pryce]]. Fall risk — meals seated in chair with assist.
[[NAME:Dana Kowalczyk]], MS, RDN, LD    pager [[PHONE:7423]]
""", summary="""
[[NAME:Ketevan Chkheidze]], aged [[AGE:95]], is severely malnourished (9% weight loss, {{score:MNA-SF 3}}) after aspiration
pneumonia, at high refeeding risk. She declined a PEG at a meeting with [[NAME:Mariam Abashidze]] and [[NAME:Giorgi]], so
comfort-focused oral feeding and supplements are recommended.
"""),

    dict(style="voice_therapy_no_phi", note="""
VOICE THERAPY — INITIAL EVALUATION
Referral: bilateral mid-membranous vocal fold nodules + muscle tension dysphonia (videostroboscopy by laryngology).
Hx: primary school teacher, {{age:38}}; hoarse by Friday afternoons for 2 years, worse after parents' evenings and choir. No
smoking. Reflux symptoms at night; on {{drug:omeprazole}} {{dose:20 mg}} since January. Drinks ~1 L water/day, 4 coffees.
Perceptual: {{score:GRBAS G2 R1 B2 A0 S1}}. {{score:CAPE-V overall 48/100}}. Hard glottal attacks, low pitch, laryngeal
tension on palpation.
Acoustic/aerodynamic: MPT 9 s, s/z ratio 1.6, F0 178 Hz.
Patient-reported: {{score:VHI-10 24}}.
No {{eponym:Reinke}} edema or granuloma described on strobe.
Impression: hyperfunctional dysphonia with secondary nodules; good stimulability with resonant voice and semi-occluded vocal
tract exercises (straw phonation).
Plan:
- 8 sessions resonant voice therapy; daily straw phonation 3 x 5 min.
- Vocal hygiene: water to 2 L, halve caffeine, voice rest periods in the school day.
- Classroom amplification requested through occupational health.
- Re-strobe after the block.
""", summary="""
Voice evaluation of a teacher with vocal fold nodules and muscle tension dysphonia ({{score:VHI-10 24}},
{{score:CAPE-V overall 48/100}}). Eight sessions of resonant voice therapy, vocal hygiene and classroom amplification
are planned.
"""),

    dict(style="rheumatology_clinic_letter", note="""
Rheumatology Department
[[DATE:17/02/2025]]

Dr [[NAME:J. Hollander]]
Hillside Medical Practice
[[ADDRESS:22 Canal Street, Leeds LS12 2PQ]]

RE: [[NAME:Dilan BARZANI]]    DOB [[DATE:05/11/1972]]    NHS No [[MRN:485 777 3419]]    Hosp No [[MRN:R0093117]]

Dear Dr [[NAME:Hollander]],

Diagnosis: seropositive erosive rheumatoid arthritis (RF 88, anti-CCP >340), diagnosed 2019.
Previous DMARDs: methotrexate (transaminitis), leflunomide ({{drug:Arava}}, hypertension), adalimumab ({{drug:Humira}}, secondary loss of response).

I reviewed Mrs [[NAME:Barzani]] today with her husband [[NAME:Azad]]; a Kurmanji interpreter, [[NAME:Hêvî Zaxoyî]], joined by phone. She has
9 tender and 7 swollen joints, {{lab:ESR 46}}, {{lab:CRP 31}}, {{score:DAS28-CRP 5.3}}, {{score:HAQ 1.6}}. Ultrasound shows a
{{eponym:Baker}}'s cyst in the left knee, not ruptured. She also has {{eponym:Heberden}}'s nodes, which are osteoarthritic.

We agreed to switch to {{drug:rituximab}} {{dose:1 g}}, two infusions two weeks apart. Hepatitis B core antibody is negative and
immunoglobulins are normal. She will have pneumococcal vaccination first and take prednisolone {{dose:7.5 mg}} daily as a bridge.
The first infusion is booked for [[DATE:Monday 10th March]] on the day unit.

Yours sincerely,

Dr [[NAME:Catherine O'Brien]]
Consultant Rheumatologist

cc: Mrs [[NAME:Dilan Barzani]]; [[NAME:Berfin Aydın]], Rheumatology Nurse Specialist (advice line [[PHONE:0113 555 6620]])
""", summary="""
[[NAME:Dilan Barzani]] has active seropositive RA ({{score:DAS28-CRP 5.3}}) after methotrexate, {{drug:Arava}} and
{{drug:Humira}}, and will switch to {{drug:rituximab}} starting [[DATE:Monday 10th March]] with a prednisolone bridge.
"""),

    dict(style="nephrology_protocol_no_phi", note="""
NEPHROLOGY TEACHING NOTE — PD PERITONITIS (for rotating residents)
Suspect when: cloudy effluent, abdominal pain, fever. Effluent WBC >100/µL with >50% PMN after dwell of at least 2 h.
Immediately:
• Send effluent for cell count, {{eponym:Gram}} stain and culture (blood-culture bottles, 10 mL each).
• Inspect the {{eponym:Tenckhoff}} exit site and tunnel; swab if any discharge.
• Start empiric IP antibiotics before results: {{drug:vancomycin}} {{dose:20 mg/kg}} IP loading (then per levels) plus
  {{drug:ceftazidime}} {{dose:1 g}} IP daily (or {{drug:gentamicin}} {{dose:0.6 mg/kg}} IP daily if no residual function).
• Add {{drug:heparin}} {{dose:500 units/L}} to bags if fibrin present.
• Antifungal prophylaxis with {{drug:nystatin}} or {{drug:fluconazole}} while on antibiotics.
Reassess at 48–72 h: repeat cell count. Refractory peritonitis = no clearing after 5 days → catheter removal.
Fungal, or Pseudomonas with tunnel infection → remove catheter early.
Think of: enteric peritonitis with multiple gram-negatives (diverticulitis, ischemic bowel), TB in endemic populations,
encapsulating sclerosing peritonitis after long PD vintage.
Document the ISPD criteria and the organism in the PD registry.
""", summary="""
Teaching note on diagnosis and empiric management of PD peritonitis: effluent testing including {{eponym:Gram}} stain,
intraperitoneal {{drug:vancomycin}} plus {{drug:ceftazidime}}, antifungal prophylaxis and catheter removal criteria.
"""),

    dict(style="transfusion_service_consult", note="""
BLOOD BANK / TRANSFUSION SERVICE — CONSULT NOTE
Pt: [[NAME:Josefina Cruz Taitano]]    {{age:72}} F    MRN [[MRN:GMH-0419927]]    Specimen [[MRN:BB-2503-1162]]
Requesting: Dr. [[NAME:Vicente San Nicolas]], hospitalist
Q: crossmatch incompatible with all units, {{lab:Hgb 5.9}}, symptomatic.

Findings: DAT pos (IgG 3+, C3 neg). Eluate panreactive → warm autoantibody. Transfused 6 wk ago at an outside hospital, so
autoadsorption not possible; allogeneic adsorptions (R1R1, R2R2, rr): no underlying alloantibody — anti-E, -c, -{{eponym:Kell}},
-{{eponym:Kidd}} (Jka) and -{{eponym:Duffy}} (Fya) excluded. Extended phenotype by genotyping sent.
{{lab:retic 12%}}, {{lab:LDH 620}}, {{lab:T bili 2.8}}, {{lab:haptoglobin <10}}.
Impression: warm autoimmune hemolytic anemia.
Recs:
1. Do NOT withhold transfusion for an incompatible crossmatch. Give 1 unit Rh- and K-matched "least incompatible" RBC over 3–4 h,
   then reassess; target symptom relief, not a number.
2. {{drug:methylprednisolone}} {{dose:1 mg/kg}} daily per hematology (Dr. [[NAME:Ana Charfauros]] consulted).
3. {{drug:folic acid}} {{dose:1 mg}} daily; VTE prophylaxis.
Discussed with the patient and her daughter [[NAME:Antonia Leon Guerrero]] (cell [[PHONE:(671) 555-0132]]); her sister [[NAME:Carmen de la Cruz]]
from [[ADDRESS:Yigo]] asked about donating directed blood — explained it would not be compatible either and is not needed.
[[NAME:P. Kettering]], MD, Transfusion Medicine
""", summary="""
[[NAME:Josefina Cruz Taitano]] ({{age:72}}) has warm autoimmune hemolytic anemia ({{lab:Hgb 5.9}}) with a panreactive
autoantibody and no underlying alloantibody. Least-incompatible phenotype-matched blood and steroids were recommended, as
explained to her daughter [[NAME:Antonia Leon Guerrero]].
"""),

    dict(style="prenatal_genetics_pedigree", note="""
PRENATAL GENETIC COUNSELLING — β-THALASSAEMIA          Date: [[DATE:28/01/2025]]    Ref: [[MRN:PGC-25-0092]]
Couple: [[NAME:Sassui Memon]] ({{age:27}}), 8+2 weeks, and [[NAME:Deedar Memon]] ({{age:31}}); first cousins (their fathers are brothers).
Sindhi interpreter: [[NAME:Parveen Jatoi]] (in person).

Pedigree:
- Shared grandparents: [[NAME:Ghulam Rasool Memon]] (died {{age:80}}) and [[NAME:Sughra Laghari]] (alive, [[AGE:90]], lives with the couple).
- [[NAME:Sassui]]'s father [[NAME:Ali Nawaz Memon]] and [[NAME:Deedar]]'s father [[NAME:Ali Sher Memon]] — brothers, both untested.
- First child, daughter [[NAME:Sindhu]]: β-thalassaemia major (HBB IVS1-5 G>C homozygous), transfusion dependent, died aged {{age:4}} in
  [[ADDRESS:Hyderabad]], Sindh, in 2022.
- Second child, son [[NAME:Sarmad]] ({{age:2}}): carrier.
- [[NAME:Deedar]]'s sister [[NAME:Rubina]] is married to [[NAME:Sassui]]'s brother [[NAME:Imdad]]; they have not been tested — advised.
Both partners heterozygous IVS1-5 (G>C); {{lab:Hb 10.8}} and {{lab:MCV 64}} in [[NAME:Sassui]].

Discussed: 1 in 4 risk each pregnancy; CVS at 11–13 weeks (miscarriage risk ~0.5%); continuing without testing; PGT-M for
future pregnancies. The couple have spoken with their imam and say the decision is theirs. They wish to have CVS —
booked [[DATE:Tues 11 Feb]]. Results by phone to [[NAME:Deedar]] on [[PHONE:07911 556 203]], then face to face.
[[NAME:Claire Dempsey]], Genetic Counsellor
""", summary="""
Consanguineous couple [[NAME:Sassui Memon]] and [[NAME:Deedar Memon]], both β-thalassaemia carriers who lost their daughter
[[NAME:Sindhu]] to thalassaemia major, chose CVS in the current pregnancy on [[DATE:Tues 11 Feb]]. Cascade testing was advised
for [[NAME:Rubina]] and [[NAME:Imdad]].
"""),

    dict(style="infection_control_memo_dialysis", note="""
MEMO
To: Hemodialysis unit staff, Eastside; Dr [[NAME:Kurian]]
From: [[NAME:Meena Selvaraj]], RN, Infection Control — [[EMAIL:mselvaraj@eastsidekidney.org]]
Date: [[DATE:Thursday, February 27, 2025]]
Re: New HBsAg-positive patient — look-back

Monthly screen: [[NAME:Jone Naivalu]] (chair 12, TTS 1st shift) is HBsAg positive on [[DATE:2/20]] (negative [[DATE:1/16]]); anti-HBc IgM
positive, {{lab:HBV DNA 8.3 log IU/mL}}, {{lab:ALT 210}}. Vaccine non-responder after two series. He dialysed 8 times in
[[ADDRESS:Labasa]], Fiji over Dec–Jan — probable source. Health dept case # [[MRN:HBV-25-0031]].
Actions: isolation room with dedicated machine from today; staff caring for him not to care for susceptible patients on the
same shift.
Look-back — susceptible patients (anti-HBs <10) on his shift between [[DATE:1/16]] and [[DATE:2/20]]:
- [[NAME:Ateca Bulivou]] (chair 11), anti-HBs 4 → HBsAg + anti-HBc today, then monthly x6; {{drug:Heplisav-B}} booster.
- [[NAME:Ilango Ramasamy]] (chair 13), anti-HBs 0, non-responder → same testing.
- [[NAME:Sellamma Kumaran]] (chair 14), anti-HBs 6 → same testing; booster.
Staff:
- [[NAME:Losana Tuilagi]], RN: needlestick from chair 12 on [[DATE:2/3]]; anti-HBs 112 (immune) → no HBIG.
- Tech [[NAME:Hafiz bin Osman]]: anti-HBs unknown → test today; HBIG {{dose:0.06 mL/kg}} only if susceptible and exposed.
Please do not discuss [[NAME:Jone]]'s status with other patients. Questions: x[[PHONE:5521]] or pager [[PHONE:(404) 555-0190]].
""", summary="""
Infection control look-back after dialysis patient [[NAME:Jone Naivalu]] seroconverted to HBsAg-positive, probably during
dialysis in [[ADDRESS:Labasa]]. Susceptible chairside patients [[NAME:Ateca Bulivou]], [[NAME:Ilango Ramasamy]] and
[[NAME:Sellamma Kumaran]] will have monthly testing, and staff exposures were reviewed.
"""),

    dict(style="fertility_portal_message", note="""
Secure message thread — Fertility Center
[[DATE:4/2/2025]] 7:58 PM    From: [[NAME:Kẹ́hìndé Adébísí]]    To: Nurse [[NAME:Hope Calloway]]
Hi [[NAME:Hope]]! A few questions before our consult on Friday. [[NAME:Ife]] and I have picked our known donor, it's my friend
[[NAME:Túndé Bákàrè]] (we've known him since uni). Does he need to do all the tests even though we know him? Does the sperm have to be
frozen for 6 months? And can [[NAME:Ife]]'s eggs be used with me carrying? Her AMH was {{lab:3.2}} last year. Thanks!! — [[NAME:Kẹ́hìndé]]

[[DATE:4/3/2025]] 10:21 AM    From: [[NAME:Hope Calloway]], RN BSN
Hi [[NAME:Kẹ́hìndé]] (and [[NAME:Ife]]!),
Great questions, and we'll cover them Friday too:
1. Yes — [[NAME:Túndé]] needs the FDA donor eligibility screening (infectious disease labs within 7 days of collection),
   semen analysis, and a genetic carrier screen we match against [[NAME:Ife]]'s.
2. For a directed donor who is fully screened, the 6-month quarantine is optional; many couples still choose it.
3. Reciprocal IVF ([[NAME:Ife]]'s eggs, your uterus) is absolutely possible. Dr. [[NAME:Lindgren]] will go through the
   stimulation ({{drug:Gonal-f}}/{{drug:Menopur}}) and your transfer prep.
4. You'll each need your own attorney for the known-donor agreement; I'll send the list.
Please ask [[NAME:Túndé]] to call [[PHONE:773-555-0145]] to book his intake. We hope to see you both [[DATE:Friday 4/4]] at 2 pm.
[[NAME:Hope]]
""", summary="""
[[NAME:Kẹ́hìndé Adébísí]] asked about using their friend [[NAME:Túndé Bákàrè]] as a known sperm donor and reciprocal IVF with
wife [[NAME:Ife]]'s eggs. Nurse [[NAME:Hope Calloway]] explained donor screening, optional quarantine and separate legal
counsel before the [[DATE:Friday 4/4]] consult.
"""),

    dict(style="nephrology_consult_all_caps", note="""
NEPHROLOGY CONSULT — TELEHEALTH (VIDEO)
PATIENT: [[NAME:POULSEN, JÓGVAN H]]        DOB: [[DATE:03-11-1978]]        MRN: [[MRN:7718024]]        SSN: XXX-XX-[[SSN:6208]]
ADDRESS: [[ADDRESS:5521 28TH AVE NW, SEATTLE WA 98107]]        PHONE: [[PHONE:206-555-0193]]

REASON: ADPKD, CONSIDER TOLVAPTAN.
FAMILY HX: MOTHER [[NAME:MARJUN POULSEN]] — ESKD AT {{age:54}}, DIED ON DIALYSIS IN [[ADDRESS:TÓRSHAVN]]. BROTHER [[NAME:SJÚRÐUR]] ({{age:49}}) — ADPKD,
TRANSPLANT 2021. SISTER [[NAME:GUÐRIÐ]] — NORMAL ULTRASOUND AT {{age:40}}. DAUGHTER [[NAME:RANNVÁ]] ({{age:19}}) ASKS ABOUT SCREENING.
DATA: PKD1 TRUNCATING VARIANT. MRI HTTKV 980 ML/M → {{score:MAYO CLASS 1D}}. {{lab:EGFR 58}} (71 TWO YEARS AGO). {{lab:UACR 64}}.
{{vital:BP 146/94}} AT HOME AVERAGE. NO HEADACHES. NO PRIOR MRA.
ASSESSMENT: RAPIDLY PROGRESSIVE ADPKD, CKD 3A.
PLAN:
1. START {{drug:JYNARQUE}} {{dose:45 MG}} AM / {{dose:15 MG}} PM; REMS ENROLLMENT DONE. LFTS MONTHLY X 18 MO. FLUIDS 3–4 L/DAY.
2. {{drug:LISINOPRIL}} {{dose:10 MG}} DAILY, BP GOAL <110/75 (HALT-PKD).
3. MRA HEAD GIVEN MOTHER'S SUBARACHNOID BLEED? — FAMILY UNSURE; ORDERED.
4. [[NAME:RANNVÁ]]: OFFERED GENETIC TESTING FOR THE FAMILIAL VARIANT VIA GENETICS.
F/U [[DATE:TUES 6/3]] WITH LABS.
[[NAME:KYLE TANAKA]], MD
""", summary="""
[[NAME:Jógvan Poulsen]] has rapidly progressive ADPKD ({{score:Mayo class 1D}}, {{lab:eGFR 58}}) with a strong family history,
and starts {{drug:Jynarque}} with REMS liver monitoring plus {{drug:lisinopril}}. His daughter [[NAME:Rannvá]] was offered
familial variant testing; follow-up [[DATE:6/3]].
"""),

    dict(style="ophthalmology_uveitis_shorthand", note="""
EYE CAS — urgent add-on    [[DATE:11.03.25]]
[[NAME:Phommachanh, Souksavanh]]   {{age:31}}M   #[[MRN:E-440917]]
CC: R eye red/painful/photophobic x3d. 3rd episode (R 2022, L 2023). HLA-B27+. Low back pain + AM stiffness ~1 h → ?AS, rheum ref never happened.
VA sc: {{vital:OD 20/50}} (PH 20/40), {{vital:OS 20/20}}
IOP: {{vital:OD 12}} / {{vital:OS 15}}
SLE OD: 2+ ciliary flush, fine KP inferiorly, AC cell 3+ / flare 2+, fibrin in pupil, PS 4–6 o'clock. No {{eponym:Koeppe}}/{{eponym:Busacca}} nodules.
SLE OS: quiet, old pigment on lens.
DFE OU: no vitritis, no CME, discs healthy.
A: HLA-B27 acute anterior uveitis OD, recurrent, alternating.
P:
- {{drug:Pred Forte}} 1% q1h while awake OD, taper per response
- cyclopentolate 1% TID OD to break PS
- recheck 1 wk (steroid IOP response)
- SI joint XR + rheum referral re-sent to Dr [[NAME:Xiong]], flagged urgent
- pt works nights at the warehouse; wife [[NAME:Mai Yang]] will do drops at midday
seen w/ Dr [[NAME:Tranh]] — [[NAME:KVL]]/[[NAME:MH]]
""", summary="""
[[NAME:Souksavanh Phommachanh]] ({{age:31}}) has a third episode of HLA-B27 acute anterior uveitis in the right eye with fibrin and
posterior synechiae; {{drug:Pred Forte}} hourly and cycloplegia were started, and he was re-referred to rheumatology (Dr
[[NAME:Xiong]]) for possible ankylosing spondylitis.
"""),

    dict(style="audiology_newborn_no_phi", note="""
NEWBORN HEARING — DIAGNOSTIC ABR
Referred after bilateral REFER on AABR at 2 days. Term baby, NICU stay 6 days for sepsis rule-out, {{drug:gentamicin}} x 48 h
(levels normal). {{score:Apgar 8 and 9}}. No family history of childhood hearing loss. No craniofacial anomalies; no white
forelock or heterochromia ({{eponym:Waardenburg}} features absent).
Test conditions: natural sleep, well settled throughout.
Results:
- Click ABR: waves I, III, V present bilaterally at 80 dB nHL, normal absolute and interpeak latencies.
- Tone-burst ABR thresholds: R 30 / 25 / 25 dB eHL (0.5 / 2 / 4 kHz); L 40 / 45 / 50 dB eHL.
- DPOAEs: present R, absent L 2–6 kHz.
- High-frequency (1 kHz) tympanometry: normal peaks bilaterally.
Impression: normal hearing R; mild-moderate sensorineural hearing loss L.
Plan:
- Congenital CMV saliva PCR was sent at day 2 — result negative.
- Refer ENT and genetics (GJB2/GJB6 and unilateral loss panel); MRI IAMs when appropriate.
- Early intervention referral; discuss amplification at 3 months.
- Counselled parents; written summary given. Review ABR in 6 weeks. Screen for {{eponym:Usher}} syndrome features later if
  vestibular delay appears.
""", summary="""
Diagnostic ABR after a bilateral newborn screen refer shows normal right hearing and mild-moderate sensorineural loss on the
left; congenital CMV was negative, and ENT, genetics and early intervention referrals were made.
"""),

    dict(style="transplant_pharmacy_phone_log", note="""
TRANSPLANT PHARMACY — PHONE LOG
Pt: [[NAME:Musa Ɗanladi]]    MRN [[MRN:44820771]]    LDKT [[DATE:10/08/2024]] (donor: wife [[NAME:Hadiza Ɗanladi]])    cell [[PHONE:313-555-0177]]
----
[[DATE:03/04/25]] 09:14 — [[NAME:kmoua2]]: pt called; ID verified (name, DOB, SSN last 4 [[SSN:3387]]). Level {{lab:tac 11.2}} drawn 08:05.
Fasting for Ramadan since Sat; takes {{drug:Prograf}} {{dose:3 mg}} at suhoor (~05:00) and iftar (~19:15) → level drawn ~3 h post dose,
NOT a trough. No dose change. Discussed with Dr. [[NAME:Bello]].
[[DATE:03/04/25]] 11:40 — [[NAME:kmoua2]]: per Dr. [[NAME:Bello]], convert to {{drug:Envarsus XR}} {{dose:5 mg}} once daily at iftar from [[DATE:3/5]];
draw trough at ~18:00 (≈23 h) at the outpatient lab, which is open until 19:00. Rx sent to his usual pharmacy on
[[ADDRESS:Michigan Ave]] in [[ADDRESS:Dearborn]]. Pt repeated instructions back correctly.
[[DATE:03/12/25]] 18:40 — [[NAME:aosei]]: trough {{lab:tac 6.9}} (goal 6–8), {{lab:Cr 1.3}}, {{lab:K 4.6}}. Pt feels well, fasting going ok,
drinking 2 L between iftar and suhoor. [[NAME:Hadiza]] asked about her own 6-month donor visit — overdue; gave living donor
clinic number [[PHONE:313-555-0160]].
[[DATE:04/01/25]] 10:02 — [[NAME:aosei]]: Ramadan over. Keep {{drug:Envarsus XR}} {{dose:5 mg}}, may move dose to 20:00 permanently. Next
level [[DATE:4/15]].
""", summary="""
Phone log for kidney recipient [[NAME:Musa Ɗanladi]]: a high tacrolimus level ({{lab:tac 11.2}}) during Ramadan was a
mistimed post-dose sample, so he was switched to once-daily {{drug:Envarsus XR}} at iftar, reaching {{lab:tac 6.9}}. His
donor wife [[NAME:Hadiza]] was reminded of her overdue donor follow-up.
"""),

    dict(style="dermatology_email_triage", note="""
From: [[NAME:Ċensu Farrugia]] <[[EMAIL:censu.farrugia62@gmail.com]]>
To: Dermatology Outpatients
Date: [[DATE:Mon, 10 Mar 2025]] 22:47
Subject: Mole on my back – photo attached

Good evening,
My wife [[NAME:Marija]] noticed that a mole on my back has changed, it is bigger than last summer with a dark bit at the edge and
sometimes it itches. I am {{age:71}} and worked outdoors all my life (farming in [[ADDRESS:Għarb]], [[ADDRESS:Gozo]]). Dr [[NAME:Azzopardi]] removed
a BCC from my nose in 2019. Photo attached with a coin for size. Can I be seen sooner than my routine appointment on
[[DATE:2 June]]?
Thank you,
[[NAME:Ċensu]] ([[NAME:Vincent]]) [[NAME:Farrugia]]
ID [[MRN:0458761M]]    Mob [[PHONE:+356 9944 3172]]

----
Reply [[DATE:11/03/2025]] 08:30 — Dermatology triage
Dear Mr [[NAME:Farrugia]],
Thank you for the clear photograph. The lesion is asymmetric with an irregular dark edge, so we would like to see you in the
rapid pigmented lesion clinic on [[DATE:Thursday 13 March]] at 09:15 for dermoscopy and probable excision. You are still on
{{drug:warfarin}} ({{drug:Marevan}}) according to our records; please have your INR checked the day before and bring the result.
Kind regards,
Dr [[NAME:Mario Azzopardi]], Consultant Dermatologist
""", summary="""
[[NAME:Ċensu Farrugia]] ({{age:71}}) e-mailed a photo of a changing pigmented back lesion noticed by his wife [[NAME:Marija]].
Dr [[NAME:Mario Azzopardi]] booked a rapid pigmented lesion clinic visit on [[DATE:13 March]] and asked for a pre-visit INR
because of {{drug:warfarin}}.
"""),

    dict(style="slp_dietitian_joint_review", note="""
H&N ONCOLOGY — JOINT SLP / DIETETIC REVIEW (week 5 of 7, chemoradiation)
Pt: U [[NAME:Zaw Min Htut]]    {{age:63}} M    MRN [[MRN:55102938]]    Visit [[DATE:2025-03-11]]
Dx: SCC base of tongue, p16+, T2N1; 70 Gy/35 fx with weekly {{drug:cisplatin}} {{dose:40 mg/m²}}.
With wife Daw [[NAME:Nu Nu Aye]] and daughter [[NAME:Ei Ei Phyo]]; Burmese interpreter [[NAME:Htet Aung]] by video.

SLP:
- Odynophagia {{score:pain 6/10}} despite {{drug:oxycodone}} {{dose:5 mg}} 30 min before meals; mucositis CTCAE grade 3.
- {{score:FOIS 4}} — managing IDDSI 4 puree + thin liquids; mild cough with larger sips.
- MIO 28 mm (baseline 41) → early trismus; TheraBite 5x/day.
- Exercises: effortful swallow, {{eponym:Masako}} and {{eponym:Mendelsohn}} maneuvers, {{eponym:Shaker}} head lift — doing ~half of sets.
Dietetics:
- Wt {{vital:58.9 kg}} (baseline 66.0) → 10.8% loss in 5 wk. Intake ~900 kcal/day (needs ~1900).
- Drinking 2 oral supplements/day; rice porridge (hsan byok) with fish sauce is best tolerated.
Plan (agreed with pt + family):
- Gastrostomy (RIG) — booked [[DATE:3/18]]; start feeds 1.5 kcal/mL, 1 L/day, titrate.
- Keep swallowing something every day to prevent disuse; continue exercises.
- [[NAME:Ei Ei]] to keep the weight diary; Daw [[NAME:Nu Nu Aye]] asked for a recipe sheet in Burmese — provided.
[[NAME:Hollie Brandt]], MS, CCC-SLP    [[NAME:Nandini Rao]], RD
""", summary="""
Joint SLP/dietetic review for [[NAME:Zaw Min Htut]] ({{age:63}}), in week 5 of chemoradiation for base-of-tongue cancer, with
10.8% weight loss, grade 3 mucositis and early trismus. A gastrostomy is booked for [[DATE:3/18]] while he keeps swallowing
orally and continues exercises with support from his wife [[NAME:Nu Nu Aye]] and daughter [[NAME:Ei Ei Phyo]].
"""),
]
