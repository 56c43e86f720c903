"""fresh3 dev portion, part b: operative notes, psychiatry notes, pediatric notes, pharmacy notes,
notes written ALL IN CAPITALS, care-coordination notes.
Every note written by hand; every person, place, number and date is invented."""

NOTES = [
    # ------------------------------------------------------------------ operative notes
    dict(style="operative_note", note="""\
OPERATIVE REPORT
Patient: [[NAME:Ernesto Villalobos Ugarte]]     MRN: [[MRN:10283746]]
Date of surgery: [[DATE:07/22/2024]]
Surgeon: [[NAME:Ilse Brandvold]], MD
Assistant: [[NAME:Kenji Arakawa]], PA-C
Anesthesia: [[NAME:Priya Sethuraman]], MD / [[NAME:Colm Fennessy]], CRNA
Scrub: [[NAME:Tuyet]] ST     Circulator: [[NAME:Bronwyn Hale]], RN
Preoperative diagnosis: Acute calculous cholecystitis, {{eponym:Murphy sign}} positive, {{lab:WBC 15.6}}.
Procedure: Laparoscopic cholecystectomy with intraoperative cholangiogram.
Anesthesia: General ETT. {{score:ASA 2}}. Antibiotic: {{drug:cefazolin}} {{dose:2 g}} IV at 0742 (incision 0801).
Findings: Distended, edematous gallbladder; critical view of safety obtained; cholangiogram with free flow to duodenum, no filling defects.
EBL 20 mL. Local: {{drug:bupivacaine}} {{dose:0.25%}} 20 mL at port sites.
Specimen: gallbladder to pathology. Counts correct x2 (confirmed by [[NAME:Bronwyn]]).
Disposition: PACU, stable. Dr. [[NAME:Brandvold]] spoke with pt's wife [[NAME:Amparo]] in the waiting room.""",
         summary="""Dr. [[NAME:Ilse Brandvold]] performed a laparoscopic cholecystectomy with cholangiogram for [[NAME:Ernesto Villalobos Ugarte]] on [[DATE:07/22/2024]]; {{drug:cefazolin}} {{dose:2 g}} given, EBL 20 mL, wife [[NAME:Amparo]] updated."""),

    dict(style="operative_note", note="""\
Cardiac Surgery - Operative Note
Pt: [[NAME:Karimi, Mehdi]]   DOB [[DATE:1957-11-03]]
Date: [[DATE:19-Feb-2025]]
Team: Attending surgeon Dr. [[NAME:Stanislav Horák]]; first assist Dr. [[NAME:Adunni Bello]] (PGY-4); second assist [[NAME:Jessamyn Coughlin]], PA-C; cardiac anesthesia Dr. [[NAME:Haejin Seong]]; TEE Dr. [[NAME:Ostrowski]]; perfusion [[NAME:Lachlan Pryce]], CCP.
Procedure: CABG x3 (LIMA-LAD, SVG-OM1, SVG-PDA), endoscopic vein harvest L leg.
{{eponym:Swan-Ganz}} catheter placed by anesthesia. {{drug:Heparin}} {{dose:400 units/kg}}, ACT > 480 before cannulation. CPB 96 min, cross-clamp 71 min. Cardioplegia: {{drug:del Nido}} solution {{dose:1000 mL}}.
Weaned on {{drug:epinephrine}} {{dose:0.03 mcg/kg/min}}. {{drug:Protamine}} {{dose:300 mg}}. Post-bypass TEE: EF 45%, no new wall-motion abnormality.
EBL 650 mL; cell saver 310 mL returned. To CVICU intubated, {{vital:MAP 72}}, {{lab:Hgb 9.8}}, {{lab:K 4.4}}.
Family (wife [[NAME:Parisa]], son [[NAME:Arman]]) updated by Dr. [[NAME:Horák]] at 1350.""",
         summary="""[[NAME:Mehdi Karimi]] had CABG x3 on [[DATE:19-Feb-2025]] by Dr. [[NAME:Horák]]'s team with a {{eponym:Swan-Ganz}} catheter, weaned on low-dose {{drug:epinephrine}}; wife [[NAME:Parisa]] and son [[NAME:Arman]] updated."""),

    dict(style="operative_note", note="""\
BRIEF OPERATIVE NOTE
Pre-op dx: Pancreatic head adenocarcinoma, resectable, after neoadjuvant {{drug:FOLFIRINOX}} x 8 cycles.
Procedure: Pylorus-preserving pancreaticoduodenectomy ({{eponym:Whipple procedure}}).
Findings: No peritoneal or liver metastases on exploration; SMV dissected free; soft pancreas, duct 3 mm.
Reconstruction: pancreaticojejunostomy duct-to-mucosa, hepaticojejunostomy, duodenojejunostomy.
Drains: two 19 Fr {{eponym:Blake}} drains.
EBL 400 mL. Fluids: crystalloid 3.2 L, {{drug:albumin}} 5% 500 mL. UOP 310 mL via {{eponym:Foley}}.
Meds: {{drug:cefoxitin}} {{dose:2 g}} redosed at 2 h, {{drug:octreotide}} {{dose:100 mcg}} SQ q8h started.
Complications: none. Disposition: SICU, extubated, {{vital:HR 84}}, {{vital:BP 124/70}}, {{lab:lactate 1.6}}.""",
         summary="""Brief operative note for a {{eponym:Whipple procedure}} after neoadjuvant {{drug:FOLFIRINOX}}: no metastases, soft gland, two {{eponym:Blake}} drains, {{drug:octreotide}} started."""),

    dict(style="operative_note", note="""\
Orthopaedic Operative Note      [[DATE:Sept 14, 2024]]
Patient: [[NAME:Ruby Castellanos-Firth]], {{age:52}} F
Surgeon: [[NAME:Thaddeus Okoye]], MD    Resident: [[NAME:Lior Ben-Ami]], MD    Anesthesia: [[NAME:Guðrún Pálsdóttir]], MD
Diagnosis: R bimalleolar ankle fracture, {{eponym:Weber B}}, with syndesmotic instability on stress view.
Procedure: ORIF lateral malleolus (one-third tubular plate, 7 screws), medial malleolus (2 x 4.0 mm cannulated screws), syndesmotic fixation with suture button.
Tourniquet 250 mmHg x 78 min. {{drug:Cefazolin}} {{dose:2 g}}, {{drug:tranexamic acid}} {{dose:1 g}} IV.
Popliteal block by Dr. [[NAME:Pálsdóttir]] with {{drug:ropivacaine}} {{dose:0.5%}} 20 mL.
Post-op: NWB RLE, splint, {{drug:aspirin}} {{dose:81 mg}} BID x 4 wk for DVT prophylaxis. Follow up in 2 wk with [[NAME:Okoye]] clinic ([[PHONE:503-889-2140]]).
Pt's partner [[NAME:Delphina Ruiz]] given instructions; will drive pt home to [[ADDRESS:Beaverton]].""",
         summary="""[[NAME:Ruby Castellanos-Firth]], {{age:52}}, underwent ORIF of a {{eponym:Weber B}} bimalleolar ankle fracture by Dr. [[NAME:Okoye]] on [[DATE:Sept 14, 2024]], with {{drug:aspirin}} {{dose:81 mg}} BID for prophylaxis."""),

    dict(style="operative_note", note="""\
NEUROSURGERY OPERATIVE REPORT
[[NAME:WALLACE, DESMOND]]   MRN [[MRN:7741209]]   DOS [[DATE:2024-05-30]]
Attending: [[NAME:Anand Iyengar]], MD. Fellow: [[NAME:Svetlana Morozova]], MD. Neuromonitoring: [[NAME:Trent Gallardo]], CNIM.
Indication: {{age:63}} M with right frontal mass, {{score:KPS 80}}, {{score:GCS 15}}, seizures controlled on {{drug:Keppra}} {{dose:500 mg}} BID.
Procedure: Right frontal craniotomy for resection of tumor with neuronavigation and 5-ALA fluorescence ({{drug:Gleolan}} {{dose:20 mg/kg}} PO 3 h pre-op).
{{drug:Dexamethasone}} {{dose:10 mg}} IV, {{drug:mannitol}} {{dose:1 g/kg}} at opening.
Gross total resection of enhancing tumor. Frozen section: high-grade glioma.
EBL 300 mL. No MEP or SSEP changes.
Post-op: NSICU, {{vital:SBP < 140}}, q1h neuro checks. Wife [[NAME:Lorna]] and daughter [[NAME:Kezia Wallace]] updated by Dr. [[NAME:Iyengar]].""",
         summary="""[[NAME:Desmond Wallace]], {{age:63}}, had a right frontal craniotomy on [[DATE:2024-05-30]] by Dr. [[NAME:Iyengar]] with gross total resection of a high-grade glioma using {{drug:Gleolan}}."""),

    dict(style="operative_note", note="""\
Vascular Surgery - Procedure Note
Patient: [[NAME:Cornelius Vandeventer]]     Age: [[AGE:90]]     Acct [[MRN:V-00931887]]
Date: [[DATE:4/17/25]]
Procedure: Endovascular aneurysm repair (EVAR) of 6.2 cm infrarenal AAA, bilateral percutaneous femoral access.
Operators: Dr. [[NAME:Yuki Hasegawa]] (attending), Dr. [[NAME:Fatima Zahra Benali]] (vascular fellow).
Staff: [[NAME:Dominika]] RN (circulator), [[NAME:Oriol]] RT(R) (imaging). Device rep [[NAME:Brent Lasko]] present for sizing.
Contrast: 82 mL iodixanol; {{lab:Cr 1.3}} pre-procedure, {{drug:sodium bicarbonate}} infusion. {{drug:Heparin}} {{dose:5000 units}}, ACT 260.
Completion angiogram: no type I or III endoleak; small type II, observe.
Closure with two suture-mediated devices per side. Pulses: dopplerable DP/PT bilaterally.
Goals discussed pre-op with pt and his nephew [[NAME:Maarten Vandeventer]] (HCPOA); pt is full code.""",
         summary="""[[AGE:90]]-year-old [[NAME:Cornelius Vandeventer]] underwent EVAR of a 6.2 cm AAA on [[DATE:4/17/25]] by Dr. [[NAME:Hasegawa]] and Dr. [[NAME:Benali]], with a small type II endoleak to observe."""),

    dict(style="operative_note", note="""\
Transplant Surgery Operative Note (recipient)
Recipient: [[NAME:Imani Okwuosa-Reid]], {{age:41}} F, ESRD from FSGS, on HD since 2021.
Donor: living related, sister [[NAME:Zuri Okwuosa]] (donor nephrectomy same day, room 9, Dr. [[NAME:Mei-Ling Huang]]).
Surgeon: Dr. [[NAME:Raffaele Costanzo]]; assist Dr. [[NAME:Ahanu Whitecloud]]; transplant coordinator [[NAME:Tova Lichtman]], RN.
Induction: {{drug:basiliximab}} {{dose:20 mg}}, {{drug:methylprednisolone}} {{dose:500 mg}}. {{drug:Tacrolimus}} to start POD 1, target {{lab:trough 8-10}}.
Right iliac fossa implantation; warm ischemia 28 min; immediate urine production.
{{eponym:Foley}} to gravity, ureteral stent placed. Doppler: good arterial and venous flow.
Post-op {{lab:K 5.1}}, {{lab:Cr 6.4}} (pre-op 9.8). Husband [[NAME:Desmond Reid]] and mother [[NAME:Chiamaka]] updated in family lounge.""",
         summary="""Living-related kidney transplant from sister [[NAME:Zuri Okwuosa]] to [[NAME:Imani Okwuosa-Reid]], {{age:41}}, by Dr. [[NAME:Costanzo]], with immediate graft function and {{drug:basiliximab}} induction."""),

    # ------------------------------------------------------------------ psychiatry notes
    dict(style="psychiatry_note", note="""\
Inpatient Psychiatry - Admission H&P
Pt: [[NAME:Brianna]] "[[NAME:Bree]]" [[NAME:Castellano]], {{age:23}} F, admitted on 72-h hold [[DATE:10/04/24]].
HPI: Brought in by police after texting her best friend [[NAME:Kaylee Pohl]] a goodbye message and photos of a bottle of {{drug:Seroquel}}. [[NAME:Kaylee]] called 911 and drove to the apartment. Pt reports 3 weeks of low mood since breakup with [[NAME:Tyrell]], whom she describes as controlling. Took "maybe ten" {{drug:quetiapine}} {{dose:100 mg}} tabs; poison center advised observation, {{lab:APAP negative}}, {{lab:EtOH 0}}.
Collateral: Mother [[NAME:Donna Castellano]] ([[PHONE:414-302-7789]]) says [[NAME:Bree]] had one prior attempt at {{age:16}}. Stepfather [[NAME:Russ]] "doesn't get involved."
Scales: {{score:PHQ-9 24}}, {{score:C-SSRS}} positive for recent attempt, {{score:GAD-7 16}}.
Plan: q15 checks, start {{drug:sertraline}} {{dose:50 mg}}, stop {{drug:quetiapine}}, DBT skills group. Pt allows contact with mother and [[NAME:Kaylee]] only, not [[NAME:Tyrell]].""",
         summary="""[[NAME:Bree Castellano]], {{age:23}}, was admitted [[DATE:10/04/24]] after a {{drug:quetiapine}} overdose reported by friend [[NAME:Kaylee Pohl]]; {{score:PHQ-9 24}}, {{drug:sertraline}} started, no contact allowed with ex-partner [[NAME:Tyrell]]."""),

    dict(style="psychiatry_note", note="""\
Outpatient psychotherapy progress note - session 9
Client: [[NAME:Arjun Mehrotra]]     Clinician: [[NAME:Lise Aubertin]], LICSW     Date: [[DATE:Thurs, Jan 16 2025]]
Client reports improved sleep since {{drug:trazodone}} {{dose:50 mg}} added by Dr. [[NAME:Vasquez-Thornton]]. Discussed conflict with his wife [[NAME:Deepa]] about her father (Mr. [[NAME:Bhatnagar]]) moving in; client feels "like a guest in my own house."
He describes son [[NAME:Kabir]] ({{age:14}}) withdrawing and daughter [[NAME:Meera]] ({{age:9}}) having stomach aches before school.
Mood {{score:5/10}} (from {{score:3/10}}). {{score:PHQ-9 11}} (was {{score:18}}), {{score:GAD-7 9}}.
Plan: continue CBT; family session with [[NAME:Deepa]] proposed; client to call crisis line if passive SI returns. Next session [[DATE:1/30]].""",
         summary="""Session 9 with [[NAME:Arjun Mehrotra]]: sleep better on {{drug:trazodone}}, {{score:PHQ-9 11}}; stress over his father-in-law moving in and children [[NAME:Kabir]] and [[NAME:Meera]] struggling."""),

    dict(style="psychiatry_note", note="""\
Medication management - psychiatry follow-up
Bipolar I, most recent episode manic, now euthymic x 4 months.
{{drug:Lithium}} {{dose:900 mg}} qHS; {{lab:Li level 0.8}} (12-h trough), {{lab:TSH 3.1}}, {{lab:Cr 1.0}}, {{lab:Ca 9.6}}.
Mild fine tremor; no ataxia or GI upset. Weight up 2 kg.
Sleep 7 h; {{score:YMRS 4}}, {{score:PHQ-9 3}}.
Considered switch to {{drug:Depakote}} but lithium effective; tremor manageable, trial {{drug:propranolol}} {{dose:10 mg}} BID prn.
Continues {{drug:Lamictal}} {{dose:100 mg}} daily; no rash.
Counselled on NSAID and dehydration risks with lithium; avoid {{drug:ibuprofen}}, use {{drug:acetaminophen}}.
Return 3 months with labs.""",
         summary="""Stable bipolar I on {{drug:lithium}} {{dose:900 mg}} ({{lab:Li level 0.8}}) and {{drug:Lamictal}}; mild tremor treated with {{drug:propranolol}}, NSAIDs to be avoided."""),

    dict(style="psychiatry_note", note="""\
C-L Psychiatry consult - decision-making capacity
Pt: [[NAME:Walter Przybylski]], [[AGE:92]] M, admitted with gangrenous R foot; surgery recommends BKA. Consult requested by Dr. [[NAME:Oyinlola Adeyemi-Kraus]] (vascular).
Pt declines amputation: "I came into this world with two feet." He can describe the procedure, risks of refusing (sepsis, death) and alternatives.
Family: son [[NAME:Gregory Przybylski]] wants surgery and asked us to "override him"; daughter [[NAME:Renata Przybylska-Dunn]] supports her father's choice. Granddaughter [[NAME:Zosia]] is a nurse and has been translating medical terms.
MoCA {{score:24/30}} (lost points on recall and cube). {{score:CAM negative}}. No depression ({{score:GDS-15 3}}).
Impression: Pt HAS capacity to refuse BKA. Recommend palliative care input; continue {{drug:piperacillin-tazobactam}}, pain control with {{drug:hydromorphone}} {{dose:0.2 mg}} IV prn.
Discussed with [[NAME:Gregory]] by phone ([[PHONE:(414) 771-2605]]); he remains upset.""",
         summary="""[[AGE:92]]-year-old [[NAME:Walter Przybylski]] was found to have capacity to refuse a below-knee amputation ({{score:MoCA 24/30}}); son [[NAME:Gregory]] disagrees, daughter [[NAME:Renata Przybylska-Dunn]] supports him."""),

    dict(style="psychiatry_note", note="""\
Addiction psychiatry follow-up   [[DATE:6/2/2024]]
[[NAME:Shane Dempsey]], {{age:34}}, OUD in sustained early remission on {{drug:Suboxone}} {{dose:16/4 mg}} daily.
UDS: {{lab:buprenorphine positive}}, {{lab:fentanyl negative}}. PDMP reviewed, no other prescribers.
Goes to NA 3x/week; sponsor is "[[NAME:Duffy]]" (real name [[NAME:Patrick Duffy Gorman]]), who drove him today. Girlfriend [[NAME:Chantelle]] is 28 weeks pregnant and in a methadone program at another clinic - he worries about her.
Cousin [[NAME:Rory]] relapsed last month; pt has been avoiding the house on [[ADDRESS:Keefe Ave]] where [[NAME:Rory]] stays.
{{drug:Narcan}} {{dose:4 mg}} nasal kit refilled, one for [[NAME:Chantelle]] too.
Plan: continue {{drug:buprenorphine-naloxone}}, monthly visits; start {{drug:naltrexone}}? - no, not while on buprenorphine.""",
         summary="""[[NAME:Shane Dempsey]] remains in early remission on {{drug:Suboxone}} with sponsor [[NAME:Duffy]]; worried about pregnant girlfriend [[NAME:Chantelle]] and cousin [[NAME:Rory]]'s relapse. {{drug:Narcan}} refilled."""),

    dict(style="psychiatry_note", note="""\
Child & Adolescent Psychiatry - intake
Pt: [[NAME:Nomvula Dlamini]], {{age:15}}, 10th grade. Accompanied by mother [[NAME:Thandiwe Dlamini]] and aunt [[NAME:Lindiwe]].
Referred by school counselor Ms. [[NAME:Petrakis]] after pt was found restricting food at lunch; weight 43.1 kg, {{vital:BMI 16.2}} (5th %ile).
Pt reports fear of weight gain, running 8 miles daily. Amenorrhea 4 months. {{vital:HR 46}} supine, {{vital:HR 74}} standing, {{vital:T 35.9}}.
{{lab:K 3.4}}, {{lab:phos 2.9}}, {{lab:glucose 64}}.
Friends [[NAME:Ava Lindqvist-Moore]] and [[NAME:Precious]] noticed and told the counselor; pt angry at them.
Dx: anorexia nervosa, restricting type. Medical admission for bradycardia advised; mother agrees. Refeeding protocol, {{drug:thiamine}} {{dose:100 mg}}, phosphate monitoring.""",
         summary="""[[NAME:Nomvula Dlamini]], {{age:15}}, has restricting anorexia nervosa with {{vital:HR 46}} and {{vital:BMI 16.2}}; admitted for refeeding with {{drug:thiamine}}, mother [[NAME:Thandiwe]] agrees."""),

    dict(style="psychiatry_note", note="""\
Geriatric psychiatry - outpatient
Patient [[NAME:Herschel Abramowitz]], [[AGE:94]], seen with wife [[NAME:Ruthie]] ([[AGE:91]]) and son [[NAME:Ira Abramowitz]] (visiting from [[ADDRESS:Teaneck, NJ]]).
Wife reports he gets up at 3 a.m. to "go to the shop" (he owned a hardware store for 40 years); agitation in evenings, accused home aide [[NAME:Marisela]] of stealing.
{{score:MoCA 14/30}}. On {{drug:Aricept}} {{dose:10 mg}} and {{drug:Namenda}} {{dose:10 mg}} BID.
No {{eponym:Lewy body}} features (no hallucinations, no parkinsonism).
Plan: sleep hygiene, light exposure, stop {{drug:Benadryl}} the aide has been giving for sleep; if needed {{drug:trazodone}} {{dose:25 mg}} qHS. Avoid {{drug:Haldol}}. [[NAME:Ira]] to set up adult day program. Next visit [[DATE:March 20th]].""",
         summary="""[[AGE:94]]-year-old [[NAME:Herschel Abramowitz]] with dementia ({{score:MoCA 14/30}}) has sundowning; {{drug:Benadryl}} stopped, {{drug:trazodone}} if needed, son [[NAME:Ira]] arranging day program."""),

    # ------------------------------------------------------------------ pediatric notes
    dict(style="pediatric_note", note="""\
{{age:4}}-year well-child visit
[[NAME:Xochitl Tlapanco Reyes]]   DOB [[DATE:03/08/2020]]   MRN [[MRN:P-2290441]]
Here with mom [[NAME:Itzel Reyes]] and baby sister [[NAME:Citlali]] ({{age:8}} mo). Dad [[NAME:Mauricio Tlapanco]] on speakerphone from work. Older brother [[NAME:Emiliano]] ({{age:7}}) at school.
Growth: weight 16.8 kg (55th %ile), height 104 cm, {{vital:BP 96/58}}.
Development: hops on one foot, draws a person with 4 parts, tells stories. Preschool teacher Ms. [[NAME:Quetzalli]] has no concerns.
Vaccines: DTaP, IPV, MMR, varicella given. Vision 20/30 both eyes.
Hx: Birth {{score:Apgar 8/9}}, term. Mild intermittent asthma: {{drug:albuterol}} {{dose:90 mcg}} 2 puffs prn, used twice this winter.
Anticipatory guidance: booster seat, water safety. Next visit at {{age:5}}.""",
         summary="""Normal {{age:4}}-year well-child visit for [[NAME:Xochitl Tlapanco Reyes]] with mother [[NAME:Itzel Reyes]]; four vaccines given, mild asthma controlled with prn {{drug:albuterol}}."""),

    dict(style="pediatric_note", note="""\
Newborn nursery note - day of life 2
Baby Boy [[NAME:Eriksen]] (mother [[NAME:Annika Eriksen]], G2P2; father [[NAME:Joaquim Pereira]])
Born [[DATE:11/29/2024]] at 03:14, 39+2 wk, SVD, {{score:Apgar 8/9}}, BW 3.61 kg.
Feeding: breastfeeding q2-3h, LC [[NAME:Solange]] assisted with latch; 6 voids, 4 stools.
TcB {{lab:bilirubin 11.2}} at 36 h (low-intermediate risk); mom O+, baby O+, DAT neg.
Exam: {{eponym:Ortolani}} and {{eponym:Barlow}} negative, red reflex present bilaterally, no murmur.
Screens: CCHD pass ({{vital:SpO2 98%}} hand / 97% foot), hearing pass, NBS sent.
{{drug:Vitamin K}} {{dose:1 mg}} IM and {{drug:erythromycin}} ointment given at birth; {{drug:hepatitis B vaccine}} given.
Sibling [[NAME:Liv]] ({{age:3}}) visited with grandmother [[NAME:Birgit]]. Plan d/c today, PCP Dr. [[NAME:Ferrante]] in 48 h.""",
         summary="""Day-2 newborn note for Baby Boy [[NAME:Eriksen]], born [[DATE:11/29/2024]] with {{score:Apgar 8/9}}; {{lab:bilirubin 11.2}} low-intermediate risk, discharge with PCP Dr. [[NAME:Ferrante]] follow-up."""),

    dict(style="pediatric_note", note="""\
Pediatric ED - asthma exacerbation
{{age:6}}-year-old, weight 22 kg, presenting with 2 days of cough and wheeze after URI.
Triage: {{vital:RR 38}}, {{vital:SpO2 91%}} RA, {{vital:HR 142}}, {{score:PRAM 8}} (moderate-severe).
Treatment: {{drug:albuterol}} {{dose:5 mg}} + {{drug:ipratropium}} {{dose:0.5 mg}} neb x3 back-to-back; {{drug:dexamethasone}} {{dose:0.6 mg/kg}} PO ({{dose:13 mg}}).
Reassessment at 1 h: {{score:PRAM 4}}, {{vital:SpO2 95%}}. Magnesium not needed.
Home controller: none. Start {{drug:Flovent}} {{dose:44 mcg}} 2 puffs BID with spacer; {{drug:albuterol}} q4h x 24 h then prn.
Second dose {{drug:dexamethasone}} in 24 h. Asthma action plan provided.""",
         summary="""Moderate-severe asthma exacerbation in a {{age:6}}-year-old ({{score:PRAM 8}}) improved to {{score:PRAM 4}} with {{drug:albuterol}}, {{drug:ipratropium}} and {{drug:dexamethasone}}; {{drug:Flovent}} controller started."""),

    dict(style="pediatric_note", note="""\
NICU family meeting note
Twins: Baby A [[NAME:Amara Oyelowo]] and Baby B [[NAME:Amani Oyelowo]], born [[DATE:08/03/2024]] at 27+4 wk, DOL 19.
Present: parents [[NAME:Chinonso Oyelowo]] and [[NAME:Blessing Oyelowo]]; Dr. [[NAME:Halldóra Gunnarsdóttir]] (neonatology); [[NAME:Winnie Tsang]], NNP; primary RN [[NAME:Faustino]]; SW [[NAME:Kerensa Boyle]].
Baby A: RA, tolerating 150 mL/kg/d feeds, {{drug:caffeine citrate}} {{dose:5 mg/kg}}. Head US grade I IVH, stable.
Baby B: on CPAP 6, grade III IVH on L; {{lab:CRP 42}} yesterday, {{drug:vancomycin}} and {{drug:gentamicin}} started for suspected late-onset sepsis. {{lab:Plt 64}}.
[[NAME:Blessing]] asked whether Baby B will walk; Dr. [[NAME:Gunnarsdóttir]] explained uncertainty and follow-up clinic. Parents' pastor, Rev. [[NAME:Adewale]], may visit; parents agree to share updates with him.
Father's phone [[PHONE:+1 832 555 0171]].""",
         summary="""Family meeting for 27-week twins [[NAME:Amara]] and [[NAME:Amani Oyelowo]]: Baby B has grade III IVH and suspected sepsis on {{drug:vancomycin}}; parents [[NAME:Chinonso]] and [[NAME:Blessing]] counseled by Dr. [[NAME:Gunnarsdóttir]]."""),

    dict(style="pediatric_note", note="""\
Peds ED note
[[NAME:Trinh Thien An]], {{age:2}} y 3 mo, brought by paternal grandmother [[NAME:Trinh Thi Mai]] (speaks Vietnamese; video interpreter [[NAME:Quang]]) after a 2-minute generalized seizure at home with {{vital:T 39.8}}.
Parents [[NAME:Duc]] and [[NAME:Ngoc Anh]] at work, reached by phone at [[PHONE:(714) 902-3318]].
Now alert, playful, {{score:GCS 15}}, no meningismus, TMs: L bulging. {{vital:HR 150}} febrile, {{vital:RR 30}}.
Dx: simple febrile seizure; L AOM.
{{drug:Ibuprofen}} {{dose:10 mg/kg}} given, {{drug:amoxicillin}} {{dose:90 mg/kg/day}} divided BID x 10 d.
No LP or EEG needed. Discussed 30% recurrence risk with grandmother and, later, father [[NAME:Duc]].
F/u with PCP Dr. [[NAME:Lam-Oyama]] in 2 days.""",
         summary="""[[NAME:Trinh Thien An]], {{age:2}}, had a simple febrile seizure with otitis media; treated with {{drug:ibuprofen}} and {{drug:amoxicillin}}, grandmother [[NAME:Trinh Thi Mai]] counseled via interpreter."""),

    dict(style="pediatric_note", note="""\
Adolescent visit (confidential portion documented separately per policy)
[[NAME:Jaxon Whitehorse-Little]], {{age:16}}, sports physical + follow-up concussion.
Concussion [[DATE:10/12]] during football (helmet-to-helmet). {{score:SCAT5}} symptom score today {{score:4}} (was {{score:38}}). Completed return-to-learn; cleared by athletic trainer Coach [[NAME:Dimitrios]] for stage 3.
HEADSS (with mom [[NAME:Renée]] out of room): lives with mom and stepdad [[NAME:Curtis]]; 11th grade, B average; friends [[NAME:Brayden]] and [[NAME:Kenzie]] vape; pt denies. No SI.
{{vital:BP 118/72}}, {{vital:HR 62}}. {{eponym:Romberg}} negative, tandem gait normal.
Plan: graded return to play; no contact until stage 5. {{drug:Acetaminophen}} prn headache, avoid {{drug:ibuprofen}} daily use.""",
         summary="""[[NAME:Jaxon Whitehorse-Little]], {{age:16}}, is recovering from a concussion on [[DATE:10/12]] ({{score:SCAT5}} symptoms {{score:4}}) and advancing return to play; confidential HEADSS with mother [[NAME:Renée]] out of the room."""),

    dict(style="pediatric_note", note="""\
Pediatric cardiology inpatient consult
Pt: [[NAME:Ayumi Tsujimoto]], {{age:3}}, fever x 6 days, bilateral conjunctival injection, strawberry tongue, cracked lips, hand edema, cervical node 1.8 cm.
Labs: {{lab:CRP 11.2}}, {{lab:ESR 88}}, {{lab:ALT 96}}, {{lab:albumin 2.8}}, {{lab:Plt 512}}.
Echo: LAD {{score:Z-score +2.8}}, RCA +1.9; no effusion.
Dx: {{eponym:Kawasaki disease}}, complete.
Rx: {{drug:IVIG}} {{dose:2 g/kg}} over 12 h, {{drug:aspirin}} {{dose:80 mg/kg/day}} until afebrile 48 h then {{dose:3-5 mg/kg/day}}. Given coronary involvement, add {{drug:prednisolone}}.
Father [[NAME:Hideo Tsujimoto]] and mother [[NAME:Rina]] updated; older brother [[NAME:Sota]] had varicella vaccine last week - no concern.
Repeat echo in 2 weeks with Dr. [[NAME:Benedikt Strassler]].""",
         summary="""[[NAME:Ayumi Tsujimoto]], {{age:3}}, has complete {{eponym:Kawasaki disease}} with LAD {{score:Z-score +2.8}}; treated with {{drug:IVIG}} {{dose:2 g/kg}}, high-dose {{drug:aspirin}} and {{drug:prednisolone}}."""),

    # ------------------------------------------------------------------ pharmacy notes
    dict(style="pharmacy_note", note="""\
Pharmacy - Vancomycin dosing consult (AUC-guided)
Pt: [[NAME:Lorraine Bélanger]]   Wt 78 kg   {{lab:SCr 1.1}} (baseline 0.8)   CrCl ~62 mL/min
Indication: MRSA bacteremia, TEE negative.
Levels: {{lab:peak 31.2}} (1 h post), {{lab:trough 14.8}} after 4th dose of {{dose:1250 mg}} q12h.
Calculated {{lab:AUC24 612}} - above target 400-600, rising SCr.
Recommendation: reduce to {{drug:vancomycin}} {{dose:1000 mg}} IV q12h, repeat levels around the 4th dose. Daily BMP. Avoid concomitant {{drug:Zosyn}}; ID (Dr. [[NAME:Araceli Fierro]]) agrees to {{drug:cefepime}} if gram-negative coverage still needed.
Discussed with primary team resident Dr. [[NAME:Nikolai Strand]].
[[NAME:Kwame Asante-Boateng]], PharmD, ext [[PHONE:6-2281]]""",
         summary="""Pharmacist [[NAME:Kwame Asante-Boateng]] found {{lab:AUC24 612}} with rising creatinine in [[NAME:Lorraine Bélanger]] and reduced {{drug:vancomycin}} to {{dose:1000 mg}} q12h."""),

    dict(style="pharmacy_note", note="""\
Pharmacy anticoagulation note - warfarin to apixaban conversion
Indication: nonvalvular AF, {{score:CHA2DS2-VASc 5}}, {{score:HAS-BLED 2}}.
{{lab:INR 2.4}} today. Wt 68 kg, {{lab:SCr 1.3}}, age {{age:81}}: meets 2 of 3 dose-reduction criteria.
Recommendation: stop {{drug:warfarin}}; start {{drug:apixaban}} ({{drug:Eliquis}}) {{dose:2.5 mg}} BID when {{lab:INR < 2.0}} (expected in 1-2 days).
No interacting drugs: {{drug:amiodarone}} stopped last month; {{drug:diltiazem}} {{dose:120 mg}} ok with monitoring.
Counsel: no INR checks needed; missed dose rules; bleeding precautions. Copay card provided.""",
         summary="""Pharmacy recommends switching {{drug:warfarin}} to reduced-dose {{drug:apixaban}} {{dose:2.5 mg}} BID in an {{age:81}}-year-old with AF once {{lab:INR < 2.0}}."""),

    dict(style="pharmacy_note", note="""\
Renal dose adjustment review (CrCl 24 mL/min by Cockcroft-Gault)
- {{drug:Gabapentin}} {{dose:600 mg}} TID -> {{dose:300 mg}} BID (max for CrCl 15-29).
- {{drug:Levetiracetam}} ({{drug:Keppra}}) {{dose:1000 mg}} BID -> {{dose:500 mg}} BID.
- {{drug:Enoxaparin}} {{dose:40 mg}} daily -> {{dose:30 mg}} daily.
- {{drug:Metformin}}: discontinue (eGFR < 30); {{drug:linagliptin}} {{dose:5 mg}} needs no adjustment.
- {{drug:Famotidine}} {{dose:20 mg}} BID -> {{dose:20 mg}} daily.
- {{drug:Nitrofurantoin}}: avoid; suggest {{drug:cephalexin}} {{dose:500 mg}} q12h for cystitis.
{{lab:K 5.4}}: consider holding {{drug:lisinopril}}. Recheck BMP AM.""",
         summary="""Renal dosing review at CrCl 24 mL/min: reduce {{drug:gabapentin}}, {{drug:Keppra}}, {{drug:enoxaparin}} and {{drug:famotidine}}, stop {{drug:metformin}}, avoid {{drug:nitrofurantoin}}, and watch {{lab:K 5.4}}."""),

    dict(style="pharmacy_note", note="""\
Admission medication reconciliation - pharmacy technician/pharmacist
Pt: [[NAME:Isidro Montemayor]], [[AGE:90]], DOB [[DATE:01/15/1934]].
Sources: daughter [[NAME:Graciela Montemayor de Luna]] (brought pill bottles), outside pharmacy (Farmacia del Valle, [[PHONE:956-383-1179]], spoke with [[NAME:Ofelia]]), PCP list from Dr. [[NAME:Zambrano]].
Home meds verified:
  {{drug:Lasix}} {{dose:20 mg}} daily (bottle says 40 - daughter cuts in half)
  {{drug:Norvasc}} {{dose:5 mg}} daily
  {{drug:Plavix}} {{dose:75 mg}} daily
  {{drug:Ativan}} {{dose:0.5 mg}} qHS prn - from a Mexican pharmacy, not on list; daughter reports nightly use
  {{drug:Glucophage}} {{dose:500 mg}} BID
Discrepancies sent to Dr. [[NAME:Eichelberger]] (admitting): Beers list - {{drug:lorazepam}} in [[AGE:90]]-year-old; fall risk.
Completed by [[NAME:Mirela Constantinescu]], PharmD.""",
         summary="""Pharmacist [[NAME:Mirela Constantinescu]] reconciled home medicines for [[AGE:90]]-year-old [[NAME:Isidro Montemayor]] with daughter [[NAME:Graciela]], finding undisclosed nightly {{drug:Ativan}} and a halved {{drug:Lasix}} dose."""),

    dict(style="pharmacy_note", note="""\
Pharmacy intervention - drug interaction
Order: {{drug:clarithromycin}} {{dose:500 mg}} BID (Dr. [[NAME:Lucinda Farrow]]) for pt [[NAME:Tadeusz Zieliński]], on {{drug:simvastatin}} {{dose:40 mg}} and {{drug:colchicine}} {{dose:0.6 mg}} BID.
Risk: strong CYP3A4/P-gp inhibition -> rhabdomyolysis, colchicine toxicity. {{lab:CK 210}} baseline.
Called Dr. [[NAME:Farrow]] at x[[PHONE:4471]]; agreed to {{drug:doxycycline}} {{dose:100 mg}} BID instead. Order changed.
Pt's wife [[NAME:Halina]] asked by phone whether to keep giving his {{drug:Zocor}} - told yes, no change now.
Intervention logged. [[NAME:Mai Vang]], PharmD""",
         summary="""Pharmacist [[NAME:Mai Vang]] caught a {{drug:clarithromycin}}-{{drug:simvastatin}}-{{drug:colchicine}} interaction for [[NAME:Tadeusz Zieliński]]; Dr. [[NAME:Farrow]] switched to {{drug:doxycycline}}."""),

    dict(style="pharmacy_note", note="""\
Parenteral nutrition - initial consult
Pt: [[NAME:Kalani Mahoe]], {{age:47}}, high-output enterocutaneous fistula after SBO repair. Dosing wt 64 kg.
Goals: 25-30 kcal/kg, protein {{dose:1.5 g/kg}}/day.
Day 1 PN (central): dextrose {{dose:150 g}}, amino acids {{dose:96 g}}, lipid ({{drug:SMOFlipid}}) {{dose:50 g}}; volume 1.8 L.
Refeeding risk high: {{lab:phos 2.1}}, {{lab:Mg 1.5}}, {{lab:K 3.3}} - replete before advancing; {{drug:thiamine}} {{dose:100 mg}} daily x 5 d.
Fistula output 1.2 L/day: add {{drug:octreotide}} {{dose:100 mcg}} SQ TID per surgery (Dr. [[NAME:Makoa Keawe]]).
Labs: BMP, Mg, phos daily x 3; TG at 24 h.
Discussed with pt's husband [[NAME:Ricardo]] who asks about home PN later; will involve home infusion ([[NAME:Leanne]], coordinator).
-- [[NAME:Sunniva Bakke]], PharmD, BCNSP""",
         summary="""PN started for [[NAME:Kalani Mahoe]], {{age:47}}, with a high-output fistula; refeeding risk ({{lab:phos 2.1}}) addressed, {{drug:octreotide}} added per Dr. [[NAME:Keawe]]."""),

    dict(style="pharmacy_note", note="""\
Controlled substance discrepancy report - 5 North ADC
[[DATE:12/14/2024]] 03:40: {{drug:hydromorphone}} {{dose:2 mg/mL}} count off by 1 carpuject in pocket 4B.
Last access by [[NAME:Crystal Dufresne]], RN at 02:55 (removed 1 for bed 12, [[NAME:Huxley, Oren]] - pt order {{dose:0.5 mg}} IV q3h); waste witnessed by [[NAME:Nikhil Varghese]], RN.
Second access 03:10 [[NAME:Dufresne]] - override for {{drug:Dilaudid}} for bed 14 (pt [[NAME:Loftus, Agatha]]), no witness documented.
Resolution pending. Pharmacy manager [[NAME:Yosef Adler]] and nurse manager [[NAME:Tamika Greer-Holloway]] notified by e-mail ([[EMAIL:yadler@northvalleyhealth.org]]).""",
         summary="""Report of a {{drug:hydromorphone}} count discrepancy on [[DATE:12/14/2024]] after accesses by [[NAME:Crystal Dufresne]], RN; managers [[NAME:Yosef Adler]] and [[NAME:Tamika Greer-Holloway]] notified."""),

    # ------------------------------------------------------------------ ALL CAPS
    dict(style="all_caps", note="""\
EMS PATIENT CARE REPORT - MEDIC 14
DISPATCHED 02:17 TO [[ADDRESS:1150 W 7TH ST APT 2, SAINT PAUL MN 55102]] FOR FALL/UNRESPONSIVE.
PT [[NAME:GUILLERMO ECHEVERRIA]], {{age:67}} YOM, FOUND ON KITCHEN FLOOR BY WIFE [[NAME:LETICIA]]. LAST KNOWN WELL 23:30.
INITIAL: {{score:GCS 9}} (E2 V3 M4), {{vital:BP 212/118}}, {{vital:HR 54}}, {{vital:RR 10}}, {{vital:SPO2 89%}} RA, {{lab:BGL 142}}.
R PUPIL 6 MM NONREACTIVE. {{score:CINCINNATI}} POSITIVE. STROKE ALERT CALLED.
HX HTN, AFIB ON {{drug:XARELTO}} {{dose:20 MG}} PER WIFE; LAST DOSE YESTERDAY EVENING.
NRB 15 LPM, {{vital:SPO2 96%}}. NO {{drug:NARCAN}} GIVEN.
CREW: [[NAME:D. HASKINS]] (MEDIC), [[NAME:PAULETTE OYELARAN-BURKE]] (EMT). WIFE FOLLOWING BY CAR, CELL [[PHONE:651 775 3024]].""",
         summary="""EMS found [[NAME:Guillermo Echeverria]], {{age:67}}, on {{drug:Xarelto}}, unresponsive with {{score:GCS 9}}, {{vital:BP 212/118}} and a blown right pupil; stroke alert called."""),

    dict(style="all_caps", note="""\
ED TRIAGE NOTE
NAME: [[NAME:BRANNIGAN, HOLLIS]]   DOB: [[DATE:08/23/1979]]   ARRIVED: 14:06 BY PRIVATE CAR
CC: "MY STITCHES ARE OPEN" - ABD WOUND DEHISCENCE POD 9 S/P VENTRAL HERNIA REPAIR BY DR [[NAME:KOWALCZYK]] AT ANOTHER HOSPITAL.
{{vital:T 38.2}} {{vital:HR 112}} {{vital:BP 104/66}} {{vital:RR 20}} {{vital:SPO2 97%}} {{score:PAIN 7/10}}. ESI 2.
MEDS: {{drug:OXYCODONE}} {{dose:5 MG}} PRN, {{drug:KEFLEX}} {{dose:500 MG}} QID (STARTED BY SURGEON 2 DAYS AGO), {{drug:METFORMIN}}.
ALLERGY: {{drug:SULFA}} (RASH).
SISTER [[NAME:MAUREEN BRANNIGAN-FOLEY]] AT BEDSIDE, WANTS TO BE CONTACT: [[PHONE:(612) 208-4471]].
TRIAGE RN: [[NAME:J. OYAMA]]""",
         summary="""Triage of [[NAME:Hollis Brannigan]] with fever and wound dehiscence after hernia repair on {{drug:Keflex}} ({{vital:HR 112}}, ESI 2); sister [[NAME:Maureen Brannigan-Foley]] is the contact."""),

    dict(style="all_caps", note="""\
ICU PROGRESS NOTE - HD 4
NEURO: {{score:RASS 0}}, {{score:CAM-ICU NEG}}. {{drug:FENTANYL}} {{dose:25 MCG/H}}, {{drug:PROPOFOL}} OFF.
CV: {{drug:NOREPINEPHRINE}} WEANED OFF 0600. {{vital:MAP 68-74}}. {{lab:LACTATE 1.1}}.
RESP: PSV 8/5, {{vital:SPO2 95%}} ON FIO2 35%. RSBI 62. SBT TODAY.
RENAL: {{lab:CR 2.1}} (PEAK 3.4), UOP 0.6 ML/KG/H. {{lab:K 4.0}}, {{lab:MG 2.0}}.
ID: E COLI BACTEREMIA, {{drug:CEFTRIAXONE}} {{dose:2 G}} DAILY DAY 4/7.
GI: TF AT GOAL 55 ML/H. {{drug:PANTOPRAZOLE}} {{dose:40 MG}}.
HEME: {{lab:HGB 8.1}}, {{lab:PLT 98}}. {{drug:HEPARIN}} {{dose:5000 UNITS}} SQ TID.
LINES: R IJ CVC DAY 5, {{eponym:FOLEY}} DAY 5 - REMOVE TODAY.
DISPO: REMAINS ICU.""",
         summary="""All-caps ICU progress note: off {{drug:norepinephrine}}, SBT planned, {{lab:Cr 2.1}} improving, E. coli bacteremia on {{drug:ceftriaxone}}, {{eponym:Foley}} to be removed."""),

    dict(style="all_caps", note="""\
DISCHARGE INSTRUCTIONS (PRINTED FROM LEGACY SYSTEM)
PATIENT: [[NAME:ABENA OSEI-TUTU]]     SSN#: [[SSN:512770934]]     ACCT#: [[MRN:004418273]]     DISCHARGED: [[DATE:05/02/23]]
ATTENDING: [[NAME:R. FALKENRATH]] MD
DIAGNOSIS: SICKLE CELL PAIN CRISIS.
TAKE {{drug:HYDROXYUREA}} {{dose:1000 MG}} DAILY. TAKE {{drug:FOLIC ACID}} {{dose:1 MG}} DAILY.
{{drug:OXYCODONE}} {{dose:10 MG}} EVERY 6 HOURS AS NEEDED - 12 TABLETS, NO REFILLS.
DRINK 3 LITERS OF WATER A DAY.
YOUR HEMOGLOBIN WAS {{lab:7.4}} AT DISCHARGE. RETURN IF FEVER OVER 101, CHEST PAIN, OR TROUBLE BREATHING.
FOLLOW UP: HEMATOLOGY, DR. [[NAME:NAKASHIMA-BOATENG]], ON [[DATE:MAY 9]] AT 10:30.
QUESTIONS: CALL [[PHONE:1-800-555-0139]] AND ASK FOR [[NAME:TRACEY]].""",
         summary="""Legacy all-caps discharge instructions for [[NAME:Abena Osei-Tutu]] after a sickle cell crisis: {{drug:hydroxyurea}}, {{drug:oxycodone}}, hemoglobin {{lab:7.4}}, hematology follow-up [[DATE:May 9]]."""),

    dict(style="all_caps", note="""\
LAB CRITICAL VALUE CALL LOG - NIGHT SHIFT
00:48 {{lab:K 6.9}} (HEMOLYZED? NO) RM 412 [[NAME:SANTIAGO-PRICE, ROSALIND]] - CALLED TO [[NAME:R. DAVENPORT]] RN, READ BACK. BY [[NAME:LUKAS]] (CHEM).
01:20 {{lab:INR 7.8}} RM 318 [[NAME:OYELEKE, BABATUNDE]] - CALLED TO [[NAME:ANGELIQUE]] RN, READ BACK.
02:05 {{lab:TROPONIN I 2.41}} ED BAY 6 [[NAME:FINNEGAN, COLM PATRICK]] - CALLED TO DR [[NAME:ABERNATHY]], READ BACK.
03:12 {{lab:GLUCOSE 38}} RM 207 [[NAME:TSOSIE-BEGAY, LORENA]] - CALLED TO [[NAME:MARCO]] RN; NO ANSWER, CALLED CHARGE RN [[NAME:HENRIETTA]] AT X[[PHONE:5512]].
04:40 BLOOD CX GRAM POS COCCI IN CLUSTERS, 2/2 BOTTLES, RM 509 [[NAME:KHALIL, NOUR]] - CALLED TO DR [[NAME:PRZYBYLSKI]]? NO - DR [[NAME:PRZYBYLA]], READ BACK.""",
         summary="""Night critical-value log: {{lab:K 6.9}} for [[NAME:Rosalind Santiago-Price]], {{lab:INR 7.8}} for [[NAME:Babatunde Oyeleke]], troponin for [[NAME:Colm Patrick Finnegan]], {{lab:glucose 38}} for [[NAME:Lorena Tsosie-Begay]], and positive cultures for [[NAME:Nour Khalil]]."""),

    dict(style="all_caps", note="""\
ADMISSION ORDERS - VERBAL, READ BACK
PT: [[NAME:QUISPE HUAMAN, ROSA ELENA]]  RM 722  ADMIT TO MEDICINE, ATTENDING DR [[NAME:FALKENRATH]]
DX: COMMUNITY ACQUIRED PNEUMONIA, {{score:PSI CLASS IV}}
VS Q4H, NOTIFY FOR {{vital:SBP < 90}}, {{vital:HR > 120}}, {{vital:SPO2 < 90%}}
{{drug:CEFTRIAXONE}} {{dose:1 G}} IV Q24H
{{drug:AZITHROMYCIN}} {{dose:500 MG}} IV Q24H
{{drug:ENOXAPARIN}} {{dose:40 MG}} SQ DAILY
{{drug:ACETAMINOPHEN}} {{dose:650 MG}} PO Q6H PRN
DIET: REGULAR. ACTIVITY: AS TOLERATED.
INTERPRETER: QUECHUA/SPANISH - SON [[NAME:WILFREDO]] PREFERS TO INTERPRET; OFFER CERTIFIED INTERPRETER.
ORDER TAKEN BY [[NAME:K. LINDHOLM]] RN FROM DR [[NAME:FALKENRATH]] AT 21:40 [[DATE:01/07/25]].""",
         summary="""Verbal admission orders for [[NAME:Rosa Elena Quispe Huaman]] with {{score:PSI class IV}} pneumonia: {{drug:ceftriaxone}}, {{drug:azithromycin}}, {{drug:enoxaparin}}; son [[NAME:Wilfredo]] offers to interpret."""),

    dict(style="all_caps", note="""\
FAX COVER SHEET - CONFIDENTIAL
TO: DR. [[NAME:SOLVEIG AMUNDSEN]], SLEEP MEDICINE     FAX: [[PHONE:(507) 284-9011]]
FROM: [[NAME:TERRENCE MCALISTER]], RN, PULMONARY CLINIC     PHONE: [[PHONE:(507) 284-3307]]
DATE: [[DATE:03/18/2025]]     PAGES: 6 INCLUDING COVER
RE: [[NAME:HALVERSON-QUIGLEY, BEATRIX]]   DOB [[DATE:02/14/1962]]   MRN [[MRN:08812237]]
ENCLOSED: PFTS ({{lab:FEV1 62%}}, {{lab:FEV1/FVC 0.58}}, {{lab:DLCO 48%}}), OVERNIGHT OXIMETRY (NADIR {{vital:SPO2 79%}}), CLINIC NOTE.
PT ON {{drug:TRELEGY}} {{dose:100/62.5/25 MCG}}. {{score:EPWORTH 15}}. SUSPECT OVERLAP SYNDROME - PLEASE EVALUATE FOR PSG.
PT PREFERS CONTACT BY EMAIL: [[EMAIL:BEA.QUIGLEY62@YAHOO.COM]]""",
         summary="""Fax from [[NAME:Terrence McAlister]], RN, to Dr. [[NAME:Amundsen]] referring [[NAME:Beatrix Halverson-Quigley]] for sleep study: {{lab:FEV1 62%}}, nadir {{vital:SpO2 79%}}, {{score:Epworth 15}}."""),

    # ------------------------------------------------------------------ care coordination
    dict(style="care_coordination", note="""\
Case Management - Discharge Planning
Pt: [[NAME:Dolores Ybarra-Quiñones]], {{age:84}}, MRN [[MRN:6620145]]. Insurance: Medicare Advantage, member ID [[MRN:XJK448120973]].
Met with pt and daughter [[NAME:Pilar]] at bedside. PT recommends SNF (ambulates 25 ft, mod assist; {{score:AM-PAC 14}}).
Pt prefers Casa de Paz (2 miles from daughter). Referral sent via portal; also sent to Bridgewater and St. Anselm's as backups.
Prior auth submitted to plan; reference #[[MRN:A-7731-0042]]. Auth nurse [[NAME:Corliss]] at plan: [[PHONE:1-866-555-0122 x3318]].
Daughter [[NAME:Pilar Ybarra]] (HCPOA) cell [[PHONE:559-481-2076]]; son [[NAME:Ignacio]] in [[ADDRESS:Fresno]] wants updates by e-mail [[EMAIL:iybarra.q@gmail.com]] - pt agrees.
Meds needing attention at SNF: {{drug:Eliquis}} {{dose:2.5 mg}} BID, {{drug:Lasix}} {{dose:20 mg}}.
[[NAME:Shondra Pettiford]], RN CM, ext [[PHONE:4-5120]]""",
         summary="""Case manager [[NAME:Shondra Pettiford]] arranged SNF referral for [[NAME:Dolores Ybarra-Quiñones]], {{age:84}}, with prior authorization; daughter [[NAME:Pilar]] is HCPOA and son [[NAME:Ignacio]] gets e-mail updates."""),

    dict(style="care_coordination", note="""\
Transitions of care - 48 h post-discharge call
Called pt [[NAME:Augustin Mbemba]] at [[PHONE:(206) 617-4490]] on [[DATE:Tues 8/6]]; spoke with pt and his niece [[NAME:Grâce]] (French/Lingala; pt preferred French, interpreter [[NAME:Odile]] #[[MRN:20617]]).
Discharged [[DATE:8/4]] after COPD exacerbation. Picked up {{drug:prednisone}} {{dose:40 mg}} x 5 d and new {{drug:Trelegy}}. Not using {{drug:albuterol}} spacer - CHW [[NAME:Lwazi Nkosi]] will bring one.
{{vital:SpO2 92%}} on home oximeter, no fever.
Follow-up appointment: Dr. [[NAME:Ingeborg Thorsen]] [[DATE:8/12]] 2:40 pm; transport arranged (Medicaid ride, confirmation [[MRN:TR-558213]]).
Pt lives alone at [[ADDRESS:3300 Rainier Ave S #14, Seattle]]; niece visits Sundays.""",
         summary="""48-hour post-discharge call to [[NAME:Augustin Mbemba]] via a French interpreter: on {{drug:prednisone}} and {{drug:Trelegy}}, CHW [[NAME:Lwazi Nkosi]] bringing a spacer, follow-up with Dr. [[NAME:Thorsen]] on [[DATE:8/12]]."""),

    dict(style="care_coordination", note="""\
Utilization review - continued stay
Criteria review day 5: pt remains on IV {{drug:vancomycin}} {{dose:1250 mg}} q12h and {{drug:cefepime}} {{dose:2 g}} q8h for osteomyelitis; PICC pending.
{{vital:T 38.1}} within 24 h; {{lab:CRP 96}} (from 140), {{lab:WBC 11.8}}.
Meets acute criteria (IV antibiotics requiring monitoring, fever within 24 h).
Barriers: home infusion requires insurance verification; SNF alternative if OPAT not approved.
{{score:LACE index 12}} - high readmission risk; recommend TCM call within 2 days of discharge.
Physician advisor review not needed at this time. Next review in 48 h.""",
         summary="""Utilization review finds continued stay justified for IV {{drug:vancomycin}} and {{drug:cefepime}} with recent fever; {{score:LACE index 12}} flags readmission risk."""),

    dict(style="care_coordination", note="""\
Home health referral - face-to-face encounter documentation
Pt: [[NAME:Hilde Vossberg]], [[AGE:97]], DOB [[DATE:10/10/1927]], SSN [[SSN:498 30 6612]]
Address: [[ADDRESS:77 Old Orchard Lane, Northfield, MN 55057]] (lives with daughter [[NAME:Gerlinde Vossberg-Nash]], who works days)
Homebound: leaves home only for medical visits with maximal effort; walker, {{score:TUG 28 s}}.
Skilled need: RN for {{drug:warfarin}} teaching and INR draws ({{lab:INR 2.8}} today), CHF monitoring (daily weights, {{drug:furosemide}} {{dose:20 mg}}), PT for gait/balance, OT for ADLs.
Certifying physician: Dr. [[NAME:Ambrose Kittredge]], NPI on file.
Agency: Cannon Valley Home Care, intake [[NAME:Jolene]], [[PHONE:507.645.8890]], fax [[PHONE:507.645.8891]].
Start of care requested [[DATE:11-14-2024]].""",
         summary="""Home health referral for [[AGE:97]]-year-old [[NAME:Hilde Vossberg]] at [[ADDRESS:77 Old Orchard Lane, Northfield]] for {{drug:warfarin}} monitoring ({{lab:INR 2.8}}), CHF care and therapy, certified by Dr. [[NAME:Kittredge]]."""),

    dict(style="care_coordination", note="""\
Complex care conference - minutes
Date: [[DATE:2025-01-28]]   Patient: [[NAME:Mustafa Yıldız-Karaca]] ({{age:58}}, ESRD on HD, LE amputations, homeless)
Attendees: [[NAME:Gül Şahin]], MSW (chair); Dr. [[NAME:Olabode Akintola]] (nephrology); [[NAME:Renske de Wit]], RN CM; [[NAME:Thaddeus Crowe]] (housing navigator, county); [[NAME:Aurora Benítez]], peer support; pt's brother [[NAME:Serkan]] by phone.
Issues: missed 6 of 12 HD sessions this month ({{lab:K 6.4}} on ED visit [[DATE:1/21]]); wheelchair stolen; no phone.
Actions: [[NAME:Thaddeus]] to fast-track supportive housing; [[NAME:Renske]] to arrange HD transport; clinic to provide phone via Lifeline program; {{drug:patiromer}} {{dose:8.4 g}} daily started by Dr. [[NAME:Akintola]]; {{drug:sevelamer}} {{dose:800 mg}} with meals.
Brother [[NAME:Serkan]] offered his address for mail: [[ADDRESS:1418 N Kedzie Ave, Chicago, IL 60651]].
Next conference [[DATE:2/25]].""",
         summary="""Care conference for [[NAME:Mustafa Yıldız-Karaca]], {{age:58}}, on hemodialysis and homeless: missed sessions with {{lab:K 6.4}}, housing fast-track by [[NAME:Thaddeus Crowe]], {{drug:patiromer}} started."""),

    dict(style="care_coordination", note="""\
Financial counseling / Medicaid application
Pt: [[NAME:Keoni Alapa'i]], {{age:31}}, uninsured, admitted for trauma (MVC) [[DATE:6/9/24]].
Application completed with pt at bedside. SSN [[SSN:575-21-8846]]; DOB [[DATE:12/02/1992]]. Household: pt and partner [[NAME:Leimomi]]; son [[NAME:Kai]] ({{age:4}}).
Income: unemployed since [[DATE:May 30]]; partner works part-time.
Mailing address: [[ADDRESS:PO Box 1182, Waianae, HI 96792]].
Emergency Medicaid for inpatient stay submitted; full application pending proof of residency.
Pt's mother [[NAME:Haunani Alapa'i]] will bring documents; her phone [[PHONE:808-696-4401]].
Meds at discharge will include {{drug:oxycodone}} {{dose:5 mg}} and {{drug:Eliquis}} - copay assistance via hospital fund.
-- [[NAME:Darnell Whitfield]], financial counselor""",
         summary="""Counselor [[NAME:Darnell Whitfield]] filed emergency Medicaid for [[NAME:Keoni Alapa'i]] (SSN [[SSN:575-21-8846]]) after an MVC; mother [[NAME:Haunani]] to bring residency documents."""),

    dict(style="care_coordination", note="""\
DME coordination note
Pt [[NAME:Ingeborg Lund]] needs hospital bed, 3-in-1 commode and home O2 (2 L continuous; qualifying {{vital:SpO2 86%}} on RA at rest [[DATE:3/11]]).
Vendor: Prairie Medical Supply, rep [[NAME:Dustin Ahlquist]], [[PHONE:701-235-0046]]. Delivery window [[DATE:Thursday March 13]] 12-4.
Son [[NAME:Nils]] will be at the house ([[ADDRESS:2409 15th St S, Fargo, ND]]) to receive; his cell [[PHONE:701.371.2288]].
CMN signed by Dr. [[NAME:Ottilie Brekke]]. Pt on {{drug:Trelegy}} and {{drug:prednisone}} {{dose:10 mg}} taper; {{lab:PaO2 54}} on ABG supports O2 coverage.
Portable concentrator denied by plan; appeal letter drafted by [[NAME:Kirsten Aamodt]], RN CM.""",
         summary="""DME coordination for [[NAME:Ingeborg Lund]]: hospital bed, commode and home oxygen ({{vital:SpO2 86%}}, {{lab:PaO2 54}}) delivered [[DATE:March 13]] with son [[NAME:Nils]] at home."""),
]
