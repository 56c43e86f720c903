# fresh2 notes, part B. Each entry: (style, marked note, marked summary). Written by hand.
NOTES = [
('geriatrics_consult',
"""Geriatrics consult requested by hospitalist [[NAME:Wen Huang]], MD.
Ms. [[NAME:Florence Achebe-Wright]] is a [[AGE:93]]-year-old retired schoolteacher admitted with delirium in the setting of UTI. She lives at [[ADDRESS:Maple Grove Senior Apartments, 410 Elm Terrace #22, Ames, IA 50010]] and was independent in ADLs until [[DATE:mid-December]] per her grandson [[NAME:Tobias]], who visits daily.
{{score:CAM-ICU}} positive on admission, negative today. {{score:MMSE 22/30}} (baseline unknown). {{score:Clinical Frailty Scale 5}}.
Meds contributing: {{drug:oxybutynin}} {{dose:5 mg}} BID, {{drug:Benadryl}} qHS. Recommend stopping both.
Goals of care: full code per prior documentation; grandson [[NAME:Tobias Wright]] is HCP - call [[PHONE:515-555-0176]].""",
"""Geriatrics advised stopping {{drug:oxybutynin}} and {{drug:Benadryl}} for [[NAME:Florence Achebe-Wright]], [[AGE:93]], whose delirium is clearing."""),

('palliative_care',
"""PALLIATIVE CARE FAMILY MEETING NOTE
Present: pt's daughters [[NAME:Bernadette]] and [[NAME:Colette Fournier]], son-in-law [[NAME:Marc]], chaplain Rev. [[NAME:Hosea Mbeki]], RN [[NAME:Faith]], and myself.
Pt: [[NAME:Lucienne Fournier]], age: [[AGE:101]], with aspiration pneumonia and advanced dementia ({{score:FAST 7c}}).
Daughters described their mother as a seamstress who "wanted no machines." They agreed to DNR/DNI and transition to comfort-focused care. {{drug:Morphine}} {{dose:2 mg}} IV q2h PRN dyspnea, {{drug:scopolamine}} patch, stop lab draws.
Family asked that her priest, Father [[NAME:Anselm]], be called: [[PHONE:555 019 8842]].
- [[NAME:Noor Haddad]], MD, Palliative Medicine""",
"""Family of [[NAME:Lucienne Fournier]] ([[AGE:101]]) chose comfort care with DNR/DNI at a meeting led by Dr. [[NAME:Haddad]]."""),

('speech_therapy',
"""SLP Bedside Swallow Evaluation
Pt: [[NAME:Oluwaseun Adeyemi]]  Room 5218
Ordered by: Dr. [[NAME:Harriet Bell]] for L MCA stroke; note pt also had {{eponym:Bell palsy}} on the R years ago.

Oral mech: R facial droop, reduced lingual ROM. Trials: ice chips, thin liquid by tsp - delayed cough x2. Nectar-thick: no overt s/s aspiration. Puree: WFL.
Rec: NPO except meds crushed in puree; MBSS scheduled [[DATE:Thurs 1/25]]. Oral care q4h.
Pt's wife [[NAME:Folake]] educated; she asked about bringing amala, advised to wait for MBSS.
[[NAME:Meghan Kowalczyk]], MS, CCC-SLP""",
"""SLP [[NAME:Meghan Kowalczyk]] found signs of aspiration with thin liquids in [[NAME:Oluwaseun Adeyemi]]; MBSS is set for [[DATE:1/25]]."""),

('wound_care',
"""WOUND/OSTOMY NURSE CONSULT
[[NAME:Tanima Bhattacharya]], {{age:68}}, MRN [[MRN:55-081-339]]
Sacral pressure injury, stage 3, 4.2 x 3.1 x 0.6 cm, 20% slough, moderate serous drainage, no tunneling. {{score:Braden 12}}.
Plan: {{drug:Medihoney}} to slough, foam border dressing q3 days, low-air-loss mattress, turn q2h, {{drug:Prosource}} BID.
Teaching done with husband [[NAME:Sourav]] and daughter-in-law [[NAME:Nusrat Jahan]]; [[NAME:Nusrat]] translated to Bengali.
Photos uploaded to media tab.
[[NAME:Ruth-Ann Kessler]], RN, CWOCN""",
"""WOC nurse [[NAME:Ruth-Ann Kessler]] staged [[NAME:Tanima Bhattacharya]]'s sacral wound at stage 3 and taught the family dressing care."""),

('chaplain',
"""Spiritual Care Note
Visited [[NAME:Yael Ben-David]] at the request of her nurse, [[NAME:Joy]]. Ms. [[NAME:Ben-David]] is Orthodox and asked whether she must fast on Yom Kippur given her new diabetes diagnosis; I connected her with Rabbi [[NAME:Avraham Katz]] of her congregation by phone, who reassured her. Her husband [[NAME:Itzik Mizrahi]] asked about Shabbat elevator access; provided info. She requested kosher meals - dietary notified.
Will follow.
[[NAME:Siobhán Keane]], MDiv, BCC""",
"""Chaplain [[NAME:Siobhán Keane]] connected [[NAME:Yael Ben-David]] with Rabbi [[NAME:Katz]] regarding fasting and arranged kosher meals."""),

('consent_interpreter',
"""INFORMED CONSENT DISCUSSION - colonoscopy
Discussed risks (bleeding, perforation ~1/1,000, sedation reactions), benefits, alternatives (FIT, CT colonography) with pt [[NAME:Souksavanh Phommachanh]].
Interpretation: Lao, in person, by [[NAME:Khamla Vongsa]] (certified). Teach-back satisfactory.
Pt's son [[NAME:Bounmy]] present and will be his ride home. Prep: {{drug:GoLYTELY}} split dose. Hold {{drug:Plavix}} 5 days - cleared by cardiologist Dr. [[NAME:Addison]] via staff message [[DATE:1/22]].
Pt signed. Witness: [[NAME:Carmen Ruiz-Tagle]], RN.
[[NAME:Lars Engebretsen]], MD""",
"""[[NAME:Souksavanh Phommachanh]] consented to colonoscopy through Lao interpreter [[NAME:Khamla Vongsa]]; Dr. [[NAME:Addison]] cleared holding {{drug:Plavix}}."""),

('dialysis',
"""HEMODIALYSIS RUN SHEET  [[DATE:24/1/24]]
Pt: [[NAME:Kanokwan Srisuk]]  Chair 7  Access: L AVF, good thrill/bruit
EDW 58.5 kg. Pre wt 61.2 kg. UF goal 2.7 L.
Pre {{vital:BP 168/90}} -> post {{vital:BP 132/76}}. Cramping at hour 3, {{dose:200 mL}} NS bolus.
Dialysate 2K/2.5Ca. {{lab:K 5.8}} pre. {{drug:Epogen}} {{dose:4,000 units}} given, {{drug:Venofer}} {{dose:100 mg}}.
Pt's nephew [[NAME:Anan]] drove her; he asked to receive lab results by e-mail at [[EMAIL:anan.srisuk@example.co.th]] - explained this needs her signed release.
Nephrologist rounding: Dr. [[NAME:Cushing]]. RN: [[NAME:Terrence Amadi]].""",
"""[[NAME:Kanokwan Srisuk]] completed dialysis with 2.7 L UF and a cramping episode; Dr. [[NAME:Cushing]] rounded."""),

('oncology_clinic',
"""HEME/ONC FOLLOW-UP
[[NAME:Zuzana Nováková]] returns {{dose:C4D1}} of ABVD for stage IIA classical {{eponym:Hodgkin lymphoma}}. Interim PET ({{score:Deauville 2}}) on [[DATE:December 29th]].
Tolerating well except neuropathy grade 1 from {{drug:vinblastine}}. {{lab:ANC 1.4}}, {{lab:Hgb 10.8}}, {{lab:Plt 188}}.
Her partner, [[NAME:Jiří]], asked about fertility - she banked oocytes before C1 with Dr. [[NAME:Hope Anderson]] at the fertility clinic.
Plan: proceed with C4. {{drug:Zofran}} {{dose:8 mg}} q8h PRN. RTC 2 weeks.
Attending: [[NAME:Marguerite Oyelaran]], MD. Fellow: [[NAME:Ishaan Malhotra]], MD.""",
"""[[NAME:Zuzana Nováková]] proceeds with cycle 4 of ABVD for {{eponym:Hodgkin lymphoma}} after a {{score:Deauville 2}} interim PET."""),

('cardiology_clinic',
"""Cardiology Clinic - New Patient
Referred by: [[NAME:Samuel Mark]], PA-C
[[NAME:Mark Samuels]] (no relation) is a {{age:57}} yo man with exertional dyspnea. Echo [[DATE:1/3/2024]]: LVEF 55%, severe AS (AVA 0.8 cm2, mean gradient 46 mmHg). {{score:STS risk 2.1%}}.
Exam: III/VI late-peaking SEM RUSB radiating to carotids, diminished S2. {{vital:BP 138/78}}.
Discussed TAVR vs SAVR. Pt's wife [[NAME:Deborah]] prefers surgical; pt undecided. Referred to structural heart team (Dr. [[NAME:Ekwueme]] / Dr. [[NAME:Lindqvist]] / NP [[NAME:Amara Singh]]).
{{drug:Atorvastatin}} {{dose:40 mg}} continued.""",
"""[[NAME:Mark Samuels]] has severe aortic stenosis and was referred to the structural heart team to decide between TAVR and SAVR."""),

('well_child',
"""WELL CHILD 12 MONTH
[[NAME:Mateo Alejandro Gutiérrez Salazar]]  DOB [[DATE:01/22/2023]]
Accompanied by mom [[NAME:Ximena]] and abuela [[NAME:Consuelo Salazar]].
Wt 9.8 kg (50%), length 75 cm (55%), HC 46 cm (60%).
Development: pulls to stand, cruising, 3 words ("mamá", "agua", "tete"). {{score:M-CHAT}} not due until 18 mo.
Vaccines: {{drug:MMR}}, {{drug:varicella}}, {{drug:Hep A}}, {{drug:PCV}} #4. {{lab:Hgb 11.6}}, lead < 3.
Anticipatory guidance in Spanish. Next visit 15 mo.
Dra. [[NAME:Paloma Echeverría]]""",
"""[[NAME:Mateo Gutiérrez Salazar]] had a normal 12-month visit and received {{drug:MMR}}, {{drug:varicella}}, {{drug:Hep A}} and {{drug:PCV}}."""),

('home_health',
"""HOME HEALTH SOC VISIT
Pt: [[NAME:Brown, Clarence]]   SOC date: [[DATE:1.24.24]]
Address: [[ADDRESS:RR 3 Box 118, Hazard, KY 41701]] (gravel lane past the church, blue trailer)
Phone: [[PHONE:606-555-0155]] (landline only, no cell service)
Dx: COPD exacerbation, home O2 2L.
{{vital:SpO2 91% on 2L}}, {{vital:RR 22}}. Pursed-lip breathing. Wood stove in home - discussed.
Meds: {{drug:Trelegy}} daily, {{drug:albuterol}} neb q4h PRN, {{drug:prednisone}} {{dose:40 mg}} x 2 more days.
Caregiver: wife [[NAME:Opal]]. Neighbor [[NAME:Dewey Hatfield]] checks in.
Next visit [[DATE:1/26]]. Report faxed to Dr. [[NAME:Sizemore]].""",
"""Home health opened care for [[NAME:Clarence Brown]] at his rural home for a COPD exacerbation; wife [[NAME:Opal]] is caregiver."""),

('snf_progress',
"""SNF Physician Progress Note
Resident: [[NAME:Antonio Carvalho]]   Room 118-A
{{age:86}}M, day 9 post-hip ORIF. Working with therapy BID, ambulating 150 ft with RW. {{score:Pain 2/10}} on {{drug:Tylenol}} {{dose:650 mg}} q6h.
Wound: clean, staples out [[DATE:Jan 26]].
Family: daughter [[NAME:Conceição Magalhães]] (HCP) lives in [[ADDRESS:Fall River, MA]]; updated by phone.
{{drug:Lovenox}} {{dose:40 mg}} daily until [[DATE:2/14]].
Plan d/c home with HH ~1 week.
[[NAME:Jun Watanabe]], MD""",
"""[[NAME:Antonio Carvalho]] is progressing at the SNF after hip ORIF; Dr. [[NAME:Watanabe]] plans discharge home in about a week."""),

('urgent_care',
"""URGENT CARE
{{age:19}} yo college student, [[NAME:Kiri Ngāwhika]], c/o sore throat x3 days, fevers to 39.
Roommate ([[NAME:Sienna Rossi]]) diagnosed with mono last week.
Exam: exudative tonsillitis, posterior cervical LAD, splenomegaly not palpable. {{score:Centor 3}}.
Rapid strep neg; {{lab:Monospot}} positive.
Plan: supportive care, {{drug:ibuprofen}}, no contact sports x 4 weeks. Avoid {{drug:amoxicillin}}.
School email for excuse letter: [[EMAIL:kngawhika@students.example.edu]].""",
"""[[NAME:Kiri Ngāwhika]], {{age:19}}, has mononucleosis; advised no contact sports for 4 weeks."""),

('telehealth',
"""TELEHEALTH VISIT (video) - [[DATE:25-Jan-2024]]
Pt located at home ([[ADDRESS:Kailua, HI]]); provider in clinic. Identity verified with DOB [[DATE:6/13/1983]].
[[NAME:Keanu Kahale]] follows up for HTN. Home readings avg {{vital:142/88}}. Ran out of {{drug:lisinopril}} {{dose:20 mg}} 10 days ago, refilled [[NAME:Keanu]] 2 days ago per pharmacy.
His partner, [[NAME:Mahina]], joined the call and will remind him.
Plan: resume {{drug:lisinopril}}, add {{drug:amlodipine}} {{dose:5 mg}} if > 135/85 in 2 wks. BMP at lab.
Visit by [[NAME:Leimomi Keawe]], APRN.""",
"""APRN [[NAME:Keawe]] restarted {{drug:lisinopril}} for [[NAME:Keanu Kahale]]'s uncontrolled hypertension by video visit."""),

('podiatry',
"""PODIATRY NOTE
Pt [[NAME:Bill Harjo]] seen for R great toe ulcer. DM2, {{lab:A1c 9.4}}. Ulcer 1.1 cm, probes to bone - suspicious for OM. {{score:Wagner grade 3}}.
X-ray: cortical erosion distal phalanx. ESR 78.
Plan: MRI, bone bx, offloading boot. ID referral (Dr. [[NAME:Graves]]).
Pt's sister [[NAME:Wanda Harjo]] is his ride; her number [[PHONE:918 555 0121]].""",
"""Podiatry suspects osteomyelitis under [[NAME:Bill Harjo]]'s toe ulcer and referred him to Dr. [[NAME:Graves]] in ID."""),

('audiology',
"""Audiology report for [[NAME:Nikolai Andreyevich Sokolov]], age [[AGE:90]].
Referred by ENT, Dr. [[NAME:Imogen Pryce]]. Pt reports difficulty following conversations with his wife [[NAME:Vera]] and at church.
Otoscopy clear. Tympanometry type A bilaterally.
Audiogram: bilateral symmetric sloping moderate-to-severe SNHL; WRS 68% R, 64% L at 80 dB HL.
Recommendation: bilateral RIC hearing aids; pt and [[NAME:Vera]] to return [[DATE:8 Feb]] for fitting.
[[NAME:Sadie Lin]], AuD""",
"""[[NAME:Nikolai Sokolov]], [[AGE:90]], has bilateral moderate-severe hearing loss and will be fitted for hearing aids on [[DATE:8 Feb]]."""),

('allergy_clinic',
"""Allergy/Immunology
Reason for visit: penicillin allergy evaluation pre-op.
[[NAME:Priya Ramanathan]] reports hives at age {{age:6}} after {{drug:amoxicillin}} - per mom [[NAME:Lakshmi]], who is here today. No anaphylaxis.
{{score:PEN-FAST 1}} (low risk).
Direct oral challenge with {{drug:amoxicillin}} {{dose:250 mg}}, observed 60 min: no reaction. {{vital:BP 112/70}} before and after.
Penicillin allergy removed from chart. Letter given. CC: surgeon [[NAME:Aditya Krishnamurthy]], MD.""",
"""[[NAME:Priya Ramanathan]] passed an {{drug:amoxicillin}} challenge ({{score:PEN-FAST 1}}) and her penicillin allergy label was removed."""),

('ent_op_brief',
"""Brief op note - [[DATE:1/26/2024]]
Surgeon: [[NAME:Wood]] / assistant [[NAME:Greenberg]]
Pt: [[NAME:Ji-woo Park]], {{age:7}}
Procedure: tonsillectomy & adenoidectomy (coblation)
Indication: OSA, {{score:AHI 11}}
EBL minimal. {{drug:Decadron}} {{dose:0.5 mg/kg}} given.
Complications: none. Dispo: overnight obs given severe OSA.
Parents ([[NAME:Park Min-seo]] / [[NAME:Kim Do-yun]]) updated in waiting room.""",
"""[[NAME:Ji-woo Park]], {{age:7}}, underwent T&A for sleep apnea without complication; parents were updated."""),

('gi_endoscopy',
"""PROCEDURE: EGD
Endoscopist: [[NAME:Ngozi Eze]], MD      Date: [[DATE:1/26/24]]
Patient: [[NAME:Giorgos Papadakis]]
Sedation: {{drug:propofol}} by anesthesia ([[NAME:Aiyana Crow Feather]], CRNA)
Indication: melena, {{lab:Hgb 7.1}}
Findings: 1.5 cm clean-based duodenal bulb ulcer ({{score:Forrest III}}). {{eponym:Mallory-Weiss}} tear at GEJ, not bleeding. Bx antrum for H. pylori.
Plan: {{drug:pantoprazole}} {{dose:40 mg}} BID x 8 wk, stop {{drug:Motrin}}. Repeat EGD 8-12 wk.
Report sent to PCP Dr. [[NAME:Kostas Andreou]] ([[EMAIL:kandreou@northshore-pc.example.com]]).""",
"""Dr. [[NAME:Eze]] found a clean-based duodenal ulcer in [[NAME:Giorgos Papadakis]] and started twice-daily {{drug:pantoprazole}}."""),

('echo_report',
"""TRANSTHORACIC ECHOCARDIOGRAM
Name: [[NAME:Sky Whitaker]]  Acct#: [[MRN:600-11-4872]]  Study date: [[DATE:01/26/2024]]
Ordering: Dr. [[NAME:Farah]]
Sonographer: [[NAME:Hollis]]
LVEF 35-40% by biplane {{eponym:Simpson}}. Mod MR. RVSP 48 mmHg. Trace TR.
Interpreting: [[NAME:Olumide Bankole]], MD, FACC""",
"""Echo for [[NAME:Sky Whitaker]] shows LVEF 35-40% with moderate MR, read by Dr. [[NAME:Bankole]]."""),

('eeg_report',
"""EEG REPORT
Patient: [[NAME:Tupac Quispe Mamani]]     Age: {{age:33}}
Requesting: Neurology ICU, Dr. [[NAME:Wells]]
Clinical: status epilepticus s/p {{drug:Ativan}} {{dose:4 mg}}, {{drug:Keppra}} {{dose:60 mg/kg}} load.
Findings: continuous generalized slowing; intermittent lateralized periodic discharges over the L hemisphere at 1 Hz, no electrographic seizures during 24h recording.
Impression: LPDs, L. Moderate diffuse encephalopathy.
Read by [[NAME:Anjali Sharma]], MD. Discussed with Dr. [[NAME:Wells]] at bedside.""",
"""EEG for [[NAME:Tupac Quispe Mamani]] showed left LPDs without seizures; Dr. [[NAME:Sharma]] discussed with Dr. [[NAME:Wells]]."""),

('respiratory_therapy',
"""RT note 0300: pt ([[NAME:Layla Abu-Hamdan]]) on {{vital:BiPAP 14/6}}, FiO2 40%, {{vital:RR 28}}, {{vital:SpO2 90%}}. ABG {{lab:7.29/62/71}}. Notified Dr. [[NAME:Okafor]] (night float) who came to bedside; plan intubate if no improvement in 1h. Pt's brother [[NAME:Khaled]] requested to be called before intubation: [[PHONE:+962 7 9555 0134]]. RT [[NAME:Deshawn Price]].""",
"""RT [[NAME:Deshawn Price]] reported worsening hypercapnia in [[NAME:Layla Abu-Hamdan]] on BiPAP; Dr. [[NAME:Okafor]] is at bedside."""),

('infection_control',
"""INFECTION PREVENTION NOTE
Positive C. difficile toxin PCR on pt [[NAME:Marguerite Blanchet]] (unit 6S, MRN# [[MRN:90-4417-2]]), collected [[DATE:1/27]] 0600.
Contact-enteric precautions placed. Roommate [[NAME:Hélène Tremblay]] moved to private room.
Staff exposures: none requiring follow-up. Reported to NHSN.
Emailed unit manager [[NAME:Rowan Ashby]] ([[EMAIL:rashby@stvincent-syn.example.org]]).
- [[NAME:Patricia Oyelowo]], RN, CIC""",
"""Infection prevention placed [[NAME:Marguerite Blanchet]] on enteric precautions for C. difficile and moved her roommate [[NAME:Hélène Tremblay]]."""),

('lactation',
"""Lactation consult: Mom [[NAME:Amani Wanjiru]], baby girl "[[NAME:Zawadi]]" DOL 2, 38w. Wt loss 6.8%. Latch improved with football hold; audible swallows. LATCH {{score:8}}. Nipple trauma L, {{drug:lanolin}}. Dad [[NAME:Kamau]] taught to help with positioning. Pump set-up given. F/u outpatient lactation [[DATE:Jan 31]] with [[NAME:Brigid Fallon]], IBCLC.""",
"""Lactation helped [[NAME:Amani Wanjiru]] improve latch for baby [[NAME:Zawadi]] (weight loss 6.8%) with outpatient follow-up [[DATE:Jan 31]]."""),

('genetic_counseling',
"""GENETIC COUNSELING SUMMARY LETTER

[[DATE:January 29, 2024]]

[[NAME:Rivka Shapiro]]
[[ADDRESS:88 Sycamore Lane, Teaneck, NJ 07666]]

Dear Ms. [[NAME:Shapiro]],
It was a pleasure meeting you and your sister, [[NAME:Noa]], on [[DATE:January 10th]]. As discussed, your test showed a pathogenic variant in BRCA1 (185delAG), one of the three Ashkenazi founder variants. Your mother, [[NAME:Miriam]], who had ovarian cancer at {{age:49}}, likely carried the same variant. [[NAME:Noa]] has a 50% chance and may test through our lab.
Next steps: breast MRI alternating with mammography, and a discussion with gynecologic oncology (Dr. [[NAME:Parkinson]]) about risk-reducing salpingo-oophorectomy.

Warmly,
[[NAME:Talia Rosenberg]], MS, CGC  |  [[EMAIL:trosenberg.gc@example.org]]  |  [[PHONE:201-555-0108]]""",
"""Genetic counselor [[NAME:Talia Rosenberg]] told [[NAME:Rivka Shapiro]] of her BRCA1 founder variant and recommended testing for her sister [[NAME:Noa]]."""),

('nophi_icu_neuro',
"""NEURO ICU - overnight events
{{age:45}}F with aneurysmal SAH ({{score:Hunt-Hess 3}}, {{score:modified Fisher 4}}), POD2 s/p coiling.
{{score:GCS 13}} -> {{score:14}}. EVD open at 15 cmH2O, output 180 mL/24h. {{drug:Nimodipine}} {{dose:60 mg}} q4h; held one dose for SBP 98.
TCDs: MCA velocities 110/95, {{score:Lindegaard}} ratio 2.1.
{{lab:Na 133}} -> {{drug:NaCl tabs}} {{dose:2 g}} TID.
{{drug:Keppra}} {{dose:500 mg}} BID x 7 days.
{{vital:BP 128/70}}, {{vital:HR 64}}, {{vital:T 37.4}}.
Plan: monitor for vasospasm days 3-14, euvolemia.""",
"""A {{age:45}}-year-old with SAH ({{score:Hunt-Hess 3}}) is stable on {{drug:nimodipine}} with an EVD, being monitored for vasospasm."""),

('nophi_pharmacy_iv',
"""IV-to-PO conversion review:
- {{drug:Flagyl}} {{dose:500 mg}} IV q8h -> {{dose:500 mg}} PO q8h (bioavailability ~100%)
- {{drug:Levaquin}} {{dose:750 mg}} IV daily -> PO same
- {{drug:Zofran}} {{dose:4 mg}} IV PRN -> ODT
- {{drug:Protonix}} {{dose:40 mg}} IV -> PO
Criteria met: afebrile > 24h ({{vital:Tmax 37.6}}), tolerating diet, {{lab:WBC 9.8}} down from {{lab:15.1}}, no {{eponym:Foley}}.
Renal: {{lab:CrCl 72 mL/min}}. No dose adjustments.
Pharmacist recommends conversion today; team to enter orders.""",
"""Pharmacy recommended IV-to-PO conversion of {{drug:Flagyl}}, {{drug:Levaquin}}, {{drug:Zofran}} and {{drug:Protonix}} now that criteria are met."""),

('nophi_ob_postpartum',
"""Postpartum Day 1
G3P3 s/p SVD, EBL 350 mL. {{vital:BP 126/82}}, {{vital:HR 80}}. Fundus firm, 1 FB below umbilicus. Lochia moderate rubra.
{{lab:Hgb 10.2}} (from {{lab:11.9}}). Rh+, rubella immune.
Pain {{score:3/10}} on {{drug:Motrin}} {{dose:600 mg}} q6h + {{drug:Tylenol}} {{dose:650 mg}}.
Baby: Apgar {{score:8/9}}, breastfeeding well.
{{eponym:Homans}} sign negative. Edinburgh {{score:EPDS 4}}.
Plan: d/c tomorrow, {{drug:ferrous sulfate}} {{dose:325 mg}} every other day.""",
"""Postpartum day 1 after uncomplicated SVD, stable ({{lab:Hgb 10.2}}); discharge planned tomorrow with oral iron."""),

('nophi_physical_exam_template',
"""EXAM:
General: {{age:72}} yo in NAD.
HEENT: PERRL, EOMI, no {{eponym:Horner}}.
Neck: no JVD, {{eponym:Kussmaul}} sign absent.
CV: RRR, {{score:2/6}} systolic murmur LLSB, no S3.
Lungs: CTAB.
Abd: soft, NT, {{eponym:Murphy sign}} negative, {{eponym:McBurney}} point nontender, {{eponym:Rovsing}} negative.
Ext: no edema, {{eponym:Homans}} negative.
Neuro: A&Ox3, strength {{score:5/5}} x4, {{eponym:Romberg}} negative, {{eponym:Babinski}} downgoing.
Skin: no {{eponym:Janeway}} lesions or {{eponym:Osler}} nodes.""",
"""Normal exam in a {{age:72}}-year-old with a {{score:2/6}} murmur and negative {{eponym:Murphy}}, {{eponym:Rovsing}} and {{eponym:Romberg}} signs."""),

]
