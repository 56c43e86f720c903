from cases_b import C, P, H, D

# N23 AF clinic
P("N23", "66-year-old man with paroxysmal AF (8 months), HTN, T2DM; CHA2DS2-VASc 3. Palpitations about twice a month, each under an hour. In sinus rhythm today at 64 bpm, QTc 428. Echo: preserved EF 55%, mildly enlarged left atrium. Meds: apixaban 5 mg BID, metoprolol tartrate 25 mg BID, metformin 500 mg BID, amlodipine 5 mg daily. No bleeding on anticoagulation. Plan: apixaban unchanged, metoprolol increased to 50 mg twice a day, EP referral to discuss ablation, 2-week ambulatory monitor.")
P("N23", "Paroxysmal atrial fibrillation; rate-control beta-blocker uptitrated; remains on apixaban; electrophysiology referral to discuss ablation.")
P("N23", "AF follow-up in a 66-year-old: sinus rhythm at 64 bpm today, QTc 428 ms, normal LV function (EF 55%), mild LA enlargement; creatinine 1.0, weight 88 kg; apixaban 5 mg twice daily continued. Metoprolol tartrate going from 25 to 50 mg twice daily, 14-day monitor, EP consult for ablation discussion.")
H("N23", "flip", "66-year-old man with paroxysmal AF (8 months), HTN, T2DM; CHA2DS2-VASc 3. In sinus rhythm today at 64 bpm, QTc 428. Echo: EF 55%, mildly enlarged right atrium. On apixaban 5 mg BID and metoprolol tartrate 25 mg BID. Plan: apixaban unchanged, metoprolol to 50 mg BID, EP referral for ablation discussion, 14-day monitor.",
  ("right atrium", "laterality", "note: left atrium mildly dilated"))

# N24 appendicitis
P("N24", "22-year-old woman with acute appendicitis: 18 h of periumbilical pain moving to the RLQ, loss of appetite, one vomit; temp 38.1, HR 102; McBurney tenderness with rebound and positive Rovsing; WBC 14.8, CRP 62; hCG negative. CT: 11 mm dilated appendix with surrounding fat stranding, no perforation/abscess; right ovary normal. Received IV cefoxitin 2 g in the ED; kept nil by mouth on IV fluids with laparoscopic appendectomy planned tonight.")
P("N24", "Uncomplicated acute appendicitis on CT in a non-pregnant young woman; going for laparoscopic appendectomy tonight.")
H("N24", "flip", "22-year-old woman with acute appendicitis (RLQ migration, fever 38.1, WBC 14.8, CT: 11 mm appendix with fat stranding, no perforation); hCG negative. Received cefoxitin 2 g IV and underwent laparoscopic appendectomy.",
  ("underwent laparoscopic appendectomy", "procedure", "note: appendectomy planned tonight, not done"))
H("N24", "flip", "Perforated appendicitis on CT in a non-pregnant young woman; going for laparoscopic appendectomy tonight.",
  ("Perforated appendicitis", "diagnosis", "note: no perforation or abscess on CT"))
H("N24", "swap", "22-year-old woman with 18 h of periumbilical pain migrating to the RLQ, anorexia and one vomit; T 38.1, HR 102; McBurney tenderness, Rovsing positive; WBC 4.8, CRP 62; hCG negative. CT: 11 mm appendix with stranding. Cefoxitin given; laparoscopic appendectomy planned.",
  ("WBC 4.8", "lab_value", "note: WBC 14.8"))

# N25 preeclampsia postpartum
P("N25", "32-year-old G2P2, cesarean delivery at 36 weeks 4 days for severe preeclampsia (BP 168/112, platelets 92, AST 88). Magnesium 4 g IV load then 2 g/h for 24 h after delivery; IV labetalol 20 mg twice before delivery. Postpartum BPs 138-148/88-94; no headache or vision changes at discharge. Daughter 2540 g, in the regular nursery. Going home on nifedipine ER 30 mg by mouth daily, ibuprofen 600 mg q6h, acetaminophen 1 g q8h PRN; breastfeeding; twice-daily home BP checks, BP check in 3 days, return if 160/110 or higher or headache.")
P("N25", "Postpartum woman after C-section for preeclampsia with severe features, on once-daily extended-release nifedipine; baby did not need the NICU.")
H("N25", "swap", "32-year-old G2P2, cesarean delivery at 36+4 weeks for preeclampsia with severe features (BP 186/112, platelets 92, AST 88). Magnesium for 24 h postpartum; labetalol IV x2 before delivery. Discharged on nifedipine ER 30 mg daily, ibuprofen and acetaminophen; BP visit in 3 days.",
  ("BP 186/112", "vital_sign", "note: BP 168/112"))
H("N25", "swap", "32-year-old G2P2 after cesarean at 36+4 weeks for severe preeclampsia; magnesium load 4 g then 2 g/h for 24 h. Postpartum BP 138-148/88-94, no headache. Going home on nifedipine ER 30 mcg by mouth daily, ibuprofen 600 mg q6h, acetaminophen 1 g q8h PRN; home BP checks twice daily.",
  ("30 mcg", "unit", "note: nifedipine ER 30 mg"))

# N26 seizure
P("N26", "26-year-old woman with juvenile myoclonic epilepsy on levetiracetam 1 g BID had a witnessed ~2-minute generalized tonic-clonic seizure with tongue bite after 3 days of missed doses (ran out). Postictal confusion cleared within 30 minutes; no head injury; normal glucose, sodium and neuro exam; hCG and urine tox negative. Got 1 g levetiracetam intravenously; oral levetiracetam 1000 mg twice daily resumed with a refill. Driving restriction for 6 months; neurology in 2 weeks.")
P("N26", "Breakthrough seizure due to medication non-adherence (ran out of levetiracetam); no CT done; levetiracetam restarted with a refill.")
P("N26", "Breakthrough GTC seizure (~2 min, tongue bite, witnessed by roommate) after 3 days of missed levetiracetam in a 26-year-old with JME; back to baseline within half an hour; labs, tox screen and pregnancy test unremarkable; 1 g IV dose in the ED, home dose 1000 mg BID restarted; no driving for 6 months; neurology in 2 weeks.")
H("N26", "swap", "26-year-old woman with juvenile myoclonic epilepsy on levetiracetam 500 mg twice daily had a generalized tonic-clonic seizure after missing doses for 3 days; postictal confusion resolved in 30 minutes; no head injury; labs normal. Given IV levetiracetam; home regimen resumed with a refill; no driving for 6 months.",
  ("500 mg twice daily", "dosage", "note: levetiracetam 1000 mg twice daily"))
H("N26", "swap", "26-year-old woman with juvenile myoclonic epilepsy on levetiracetam 1 g BID had a witnessed ~20-minute generalized tonic-clonic seizure with tongue bite after 3 days of missed doses. Postictal confusion cleared within 30 minutes. Levetiracetam 1 g IV, then home dose resumed; no driving 6 months; neurology in 2 weeks.",
  ("~20-minute", "temporal", "note: seizure lasting about 2 minutes"))
H("N26", "invented", "26-year-old woman with juvenile myoclonic epilepsy, initially misdiagnosed as syncope, had a witnessed generalized tonic-clonic seizure with tongue biting after 3 days of missed levetiracetam. Normal exam and labs; IV levetiracetam in the ED and home dose restarted; neurology in 2 weeks.",
  ("initially misdiagnosed as syncope", "diagnosis", "no misdiagnosis mentioned in note"))

# N27 CKD
P("N27", "72-year-old man with stage 4 CKD from diabetic kidney disease, eGFR down to 22 from 27 six months ago. Hyperkalemia (K 5.9), metabolic acidosis (HCO3 18), phosphorus 5.4, Hgb 9.8, PTH 210; BP 146/82. Current meds: lisinopril 40 mg daily, glargine 18 units at bedtime, furosemide 40 mg daily. Lisinopril halved to 20 mg; patiromer 8.4 g daily and sodium bicarbonate 650 mg BID started by mouth; low-K diet; dialysis education and vascular surgery referral to evaluate for AV fistula; labs in a week.")
P("N27", "Advanced CKD (stage 4) with hyperkalemia and acidosis: ACE inhibitor dose reduced, potassium binder started; preparing for dialysis with education and fistula evaluation.")
H("N27", "flip", "Advanced CKD (stage 4) with hyperkalemia and acidosis: ACE inhibitor dose reduced, potassium binder started; an arteriovenous fistula was created for future dialysis.",
  ("an arteriovenous fistula was created", "procedure", "note: vascular surgery referral for AV fistula evaluation only"))
H("N27", "flip", "72-year-old man with CKD 4 (eGFR 22) from diabetic nephropathy with K 5.9 and HCO3 18. Lisinopril increased from 20 mg to 40 mg daily; patiromer 8.4 g daily and sodium bicarbonate 650 mg twice daily started; dialysis education and AV fistula referral; labs in 1 week.",
  ("increased from 20 mg to 40 mg", "context", "note: lisinopril reduced from 40 mg to 20 mg"))
H("N27", "swap", "72-year-old man with stage 4 diabetic CKD, eGFR 22; K 5.9, HCO3 18, Hgb 9.8. Meds: lisinopril 40 mg daily, glargine 18 mg at bedtime, furosemide 40 mg daily. Lisinopril reduced to 20 mg; patiromer and sodium bicarbonate started; fistula evaluation referral.",
  ("18 mg", "unit", "note: insulin glargine 18 units"))
D("N27", ", ".join(["Potassium 6.9"] * 26) + ".", degenerate=True,
  spans=[("Potassium 6.9", "lab_value", "note: potassium 5.9")])

# N28 migraine
P("N28", "35-year-old woman with known migraine without aura, two days of typical left-sided pulsating headache with light sensitivity and nausea. Afebrile, no meningism, no focal deficits, no aura; not the worst headache of her life. BP 128/80, HR 78. Normal neuro exam and fundi; no imaging. IV metoclopramide 10 mg, IV ketorolac 30 mg and a liter of saline brought pain from 8 to 2/10. Discharged with sumatriptan 50 mg orally at onset, repeatable once after 2 h; counseled to use analgesics under 10 days a month; PCP to discuss prophylaxis.")
P("N28", "Typical migraine flare with a benign exam, treated with a migraine cocktail (IV antiemetic, NSAID and fluids) with good relief.")
P("N28", "Exacerbation of migraine without aura (left-sided, 2 days) with normal vitals and neurological exam; no red flags (afebrile, no neck stiffness or focal weakness). IV metoclopramide and ketorolac plus fluids; pain 8 -> 2. Sumatriptan 50 mg PO as needed at onset (may repeat once after 2 h); avoid medication overuse; discuss prevention with PCP.")
H("N28", "swap", "Typical migraine flare with a benign exam, treated with IV prochlorperazine, ketorolac and fluids with good relief.",
  ("prochlorperazine", "medication", "note: metoclopramide"))
H("N28", "swap", "35-year-old woman with known migraine without aura, two days of left-sided throbbing headache with photophobia and nausea; normal exam, no imaging. IV metoclopramide 10 mg, IV ketorolac 30 mg and 1 L saline brought pain from 8 to 5/10. Discharged with sumatriptan 50 mg at onset.",
  ("5/10", "number", "note: pain decreased to 2/10"))

# N29 sickle cell
P("N29", "23-year-old man with HbSS disease admitted with a vaso-occlusive crisis of the low back and bilateral thighs; afebrile, no chest pain and CXR clear, so acute chest syndrome excluded. Hgb 7.4 (baseline 8.0), retic 9%, LDH 420. Hydromorphone PCA, then oral oxycodone 10 mg q4h PRN from day 3; incentive spirometry; no transfusion. Home hydroxyurea 1000 mg daily continued. Discharged with 5 days of oxycodone PRN, folic acid 1 mg daily, and hematology follow-up in two weeks.")
P("N29", "Uncomplicated sickle cell pain crisis (no acute chest syndrome), treated with opioids and discharged on hydroxyurea and folate.")
P("N29", "Pain crisis (back, both thighs) in a young man with homozygous sickle cell disease; hemoglobin slightly below his baseline (7.4 vs 8.0) with reticulocytosis (9%); acute chest syndrome ruled out (clear CXR, no fever or chest pain). PCA hydromorphone, then oral oxycodone; hydroxyurea continued; home with folic acid, a short oxycodone supply, hematology follow-up.")
H("N29", "flip", "23-year-old man with HbSS sickle cell disease admitted with a vaso-occlusive crisis of the lower back and thighs complicated by acute chest syndrome. Hgb 7.4 (baseline 8.0). Treated with hydromorphone PCA then oral oxycodone; hydroxyurea 1000 mg daily continued; folic acid; hematology in 2 weeks.",
  ("complicated by acute chest syndrome", "diagnosis", "note: acute chest syndrome ruled out"))

# N30 neutropenic fever
P("N30", "58-year-old woman with stage III left-sided breast cancer receiving adjuvant AC (doxorubicin/cyclophosphamide), 9 days after cycle 3, with febrile neutropenia: temp 38.6, chills, ANC 0.3. Hgb 10.1, plt 110, lactate 1.8; BP 104/66, HR 108. Right chest port site clean; UA normal and CXR clear. Blood cultures sent from the port and peripherally, and IV cefepime 2 g q8h started within an hour. Admitted to oncology; vancomycin reserved for instability or suspected line infection; no G-CSF for now; cycle 4 deferred until counts recover.")
P("N30", "Neutropenic fever after chemotherapy for breast cancer, no source found so far; empiric cefepime started and admitted to oncology.")
P("N30", "Febrile neutropenia (ANC 0.3, T 38.6) nine days after AC cycle 3 for left breast cancer; mildly tachycardic (108), BP 104/66, lactate 1.8; clean port, clear chest film, normal urinalysis. Cultures x2, cefepime 2 g IV every 8 hours; vancomycin only if unstable or line infection suspected; filgrastim not indicated now; cycle 4 on hold.")
H("N30", "flip", "58-year-old woman with stage III right-sided breast cancer receiving adjuvant AC, 9 days after cycle 3, with febrile neutropenia: temp 38.6, ANC 0.3. Port site clean; UA and CXR unremarkable. Blood cultures sent and IV cefepime 2 g q8h started; admitted to oncology.",
  ("right-sided breast cancer", "laterality", "note: left breast cancer (port is right chest)"))
H("N30", "swap", "58-year-old woman with stage III left breast cancer on adjuvant doxorubicin-cyclophosphamide, presenting 9 days after cycle 3 with fever 38.6 and chills; ANC 3.0, Hgb 10.1, platelets 110. Cefepime 2 g IV q8h started after cultures; admitted.",
  ("ANC 3.0", "lab_value", "note: ANC 0.3"))
