from cases_a import C, P, H, D

# N15 kidney stone
P("N15", "37-year-old man with 5 hours of acute left renal colic radiating to the groin, nauseated, afebrile. UA with hematuria but no nitrites or LE; Cr 1.0. Non-contrast CT: 5 mm stone obstructing at the left UVJ with mild left hydronephrosis; right kidney unremarkable. Pain controlled with IV ketorolac 15 mg and IV ondansetron 4 mg. Discharged on medical expulsive therapy (tamsulosin 0.4 mg daily x2 weeks), ibuprofen 400 mg q6h PRN, urine strainer; urology in a week; return precautions for fever or uncontrollable vomiting.")
P("N15", "Left distal ureteral stone, 5 mm, causing mild hydronephrosis; no fever and no nitrites or leukocyte esterase. Sent home on tamsulosin by mouth once daily.")
P("N15", "Acute left renal colic for 5 h with nausea; no fever; blood in urine without signs of UTI; creatinine 1.0. Non-contrast CT abdomen/pelvis: 5 mm left UVJ calculus, mild hydronephrosis. IV analgesia and antiemetic; home with tamsulosin, ibuprofen, urine strainer; urology in 1 week.")
H("N15", "flip", "Right distal ureteral stone, 5 mm, causing mild hydronephrosis; afebrile. Sent home on tamsulosin by mouth once daily.",
  ("Right distal ureteral stone", "laterality", "note: left UVJ stone; right kidney normal"))
H("N15", "swap", "37-year-old man with 5 hours of acute left renal colic radiating to the groin, nauseated, afebrile. UA with blood, no nitrites. Non-contrast CT: 8 mm stone obstructing at the left UVJ with mild left hydronephrosis. IV ketorolac and ondansetron. Discharged on tamsulosin 0.4 mg daily for 2 weeks and ibuprofen PRN; urology in a week.",
  ("8 mm", "number", "note: 5 mm stone"))

# N16 MRSA cellulitis
P("N16", "52-year-old man with uncontrolled T2DM (A1c 10.2%) and right lower leg cellulitis with abscess, drained at the bedside; culture MRSA sensitive to doxycycline and TMP-SMX, blood cultures negative. On IV vancomycin 1.25 g q12h (trough 14), fever-free 36 h, WBC 18.4 -> 11.0. MRI excluded osteomyelitis of the right tibia. ID recommends switching to oral doxycycline 100 mg BID for a total 10-day course and avoiding Bactrim given sulfa allergy (hives); wound care and better glycemic control.")
P("N16", "MRSA abscess of the right leg after bedside I&D, improving on vancomycin; no bone infection on MRI. Oral step-down to doxycycline twice daily recommended.")
H("N16", "swap", "52-year-old man with diabetes (A1c 10.2%) and right lower leg MRSA cellulitis/abscess after bedside I&D; blood cultures negative, no osteomyelitis on MRI, afebrile 36 h, WBC 11.0. ID recommends switching vancomycin to oral trimethoprim-sulfamethoxazole to complete 10 days, wound care and glucose control.",
  ("trimethoprim-sulfamethoxazole", "context", "note: avoid TMP-SMX (sulfa allergy); doxycycline recommended"))
H("N16", "swap", "MSSA abscess of the right leg after bedside I&D, improving on vancomycin; no bone infection on MRI. Oral step-down to doxycycline twice daily recommended.",
  ("MSSA", "diagnosis", "note: methicillin-resistant S. aureus"))
H("N16", "swap", "52-year-old man with uncontrolled T2DM and right lower leg cellulitis with abscess, drained at the bedside; culture MRSA. On IV vancomycin 1.25 g q8h (trough 14), afebrile 36 h, WBC 18.4 -> 11.0. MRI without osteomyelitis. Recommend oral doxycycline 100 mg BID to complete 10 days; avoid TMP-SMX (sulfa allergy).",
  ("q8h", "frequency", "note: vancomycin every 12 hours"))

# N17 hip fracture
P("N17", "84-year-old woman with osteoporosis and mild dementia, tripped on a rug at home, right intertrochanteric hip fracture; no head strike. Intramedullary nail fixation of the right hip on day 1. Post-op Hgb 8.6 without transfusion. Postoperative delirium on day 2, treated without medications, cleared by day 4. Low vitamin D (18). Discharged to SNF rehab, WBAT, on enoxaparin 40 mg SC daily for 4 weeks, acetaminophen 650 mg q6h, vitamin D3 2000 IU daily and calcium carbonate 500 mg twice daily; zoledronic acid to be considered as an outpatient once vitamin D is repleted.")
P("N17", "Elderly woman with a mechanical fall and right hip fracture repaired with an intramedullary nail; transient post-op delirium; sent to a skilled nursing facility.")
H("N17", "invented", "84-year-old woman with osteoporosis and mild dementia; mechanical fall over a rug with a right intertrochanteric fracture; CT head negative. Right hip intramedullary nailing on day 1. Post-op delirium resolved by day 4. Discharged to SNF on enoxaparin 40 mg SC daily for 28 days, acetaminophen, vitamin D and calcium.",
  ("CT head negative", "procedure", "note: CT head not performed"))
H("N17", "swap", "84-year-old woman, right intertrochanteric hip fracture after tripping on a rug, fixed with an intramedullary nail on day 1; Hgb 8.6, not transfused; delirium day 2-4. Discharged to SNF on enoxaparin 40 mg IV daily for 28 days, acetaminophen 650 mg q6h, cholecalciferol 2000 units daily and calcium carbonate 500 mg BID.",
  ("40 mg IV", "route", "note: enoxaparin subcutaneously"))
H("N17", "swap", "Elderly woman with a right intertrochanteric hip fracture after tripping on a rug, fixed with an intramedullary nail; brief post-op delirium; discharged home with home health services.",
  ("discharged home with home health services", "other", "note: discharged to skilled nursing facility"))
D("N17", "This discharge summary describes the patient's hospital course and discharge medications.", no_content=True)

# N18 influenza
P("N18", "45-year-old woman with influenza A (rapid test positive for A, negative for B; COVID antigen negative): two days of fever, muscle aches, nonproductive cough and headache. Temp 38.7, pulse 104, sats 97% RA, clear lungs, no dyspnea. Not pregnant. Well-controlled asthma on budesonide-formoterol. Prescribed oseltamivir 75 mg orally BID for 5 days and acetaminophen 1 g q6h PRN (no more than 4 g daily); return precautions for breathing difficulty or chest pain; stay home from work until fever-free 24 h.")
P("N18", "Flu A with fever and tachycardia in an asthmatic; oseltamivir 75 mg twice daily x5 days.")
H("N18", "swap", "Influenza B with fever and tachycardia in an asthmatic; oseltamivir 75 mg twice daily x5 days.",
  ("Influenza B", "diagnosis", "note: influenza A (negative for B)"))
H("N18", "flip", "45-year-old woman with influenza A: 2 days of fever, myalgia, dry cough, headache; T 38.7, SpO2 97%, lungs clear. She is pregnant. Asthma controlled on budesonide-formoterol. Oseltamivir 75 mg twice daily for 5 days.",
  ("She is pregnant", "negation", "note: not pregnant"))
H("N18", "swap", "45-year-old woman with influenza A (COVID negative): fever, myalgias, dry cough, headache for 2 days. Temp 38.7, pulse 104, sats 97% RA. Prescribed oseltamivir 150 mg orally BID for 5 days and acetaminophen PRN; off work until afebrile 24 h.",
  ("150 mg", "dosage", "note: oseltamivir 75 mg"))
H("N18", "swap", "45-year-old woman with influenza A, two days of fever, aches, dry cough and headache. Temp 38.7, pulse 104, sats 91% RA, clear lungs, no dyspnea. Not pregnant. Oseltamivir 75 mg BID x5 days.",
  ("sats 91%", "vital_sign", "note: SpO2 97% on room air"))

# N19 RA
P("N19", "50-year-old woman with seropositive (RF+, anti-CCP+) RA for 2 years with active disease: 90 minutes of morning stiffness, synovitis of the 2nd/3rd MCPs of both hands and of the right wrist; CRP 24, ESR 38. On methotrexate 15 mg weekly PO with daily folic acid 1 mg; ALT and creatinine normal. Hepatitis and TB screening negative, CXR normal. Methotrexate increased to 20 mg weekly; 2-week prednisone bridge 10 mg daily; adalimumab 40 mg SC every other week planned if response remains inadequate at next visit.")
P("N19", "Active RA despite methotrexate; dose raised to 20 mg once a week with a short prednisone course; biologic to be considered at the next visit.")
P("N19", "RA flare: swollen MCPs (2nd and 3rd, both hands) and right wrist, 1.5 hours of morning stiffness, raised inflammatory markers. Methotrexate 15 -> 20 mg once weekly with folic acid; prednisone 10 mg daily x2 weeks; adalimumab if still inadequate next visit.")
H("N19", "swap", "50-year-old woman with seropositive RA, active disease (CRP 24, ESR 38), on methotrexate 15 mg daily with folic acid 1 mg daily; increasing methotrexate to 20 mg; prednisone bridge 10 mg daily for 2 weeks.",
  ("15 mg daily", "frequency", "note: methotrexate once weekly"))
H("N19", "swap", "50-year-old woman with seropositive RA for 2 years: 90 minutes of morning stiffness, swollen 2nd/3rd MCPs bilaterally and right wrist; CRP 2.4, ESR 38. Methotrexate 15 -> 20 mg weekly; prednisone bridge; adalimumab if inadequate response next visit.",
  ("CRP 2.4", "lab_value", "note: CRP 24 mg/L"))

# N20 PE
P("N20", "34-year-old woman on a combined OCP with 2 days of left-sided pleuritic chest pain and dyspnea following a 12-hour flight; HR 104, RR 22, SpO2 93% RA. Left calf swollen; D-dimer 2.8. CTPA: acute segmental PEs in the left lower lobe, no RV strain; troponin normal; pregnancy test negative. Low-risk (sPESI 0), discharged on apixaban 10 mg BID for one week then 5 mg BID. Told to stop the pill; gyn to discuss other contraception. Outpatient left leg duplex ordered.")
P("N20", "Low-risk PE after long-haul travel in a woman using an estrogen-containing contraceptive; managed as an outpatient with oral apixaban.")
H("N20", "flip", "34-year-old woman on a combined oral contraceptive with left pleuritic chest pain and dyspnea after a 12-hour flight; CTPA shows left lower lobe segmental PEs without right heart strain; duplex ultrasound confirmed a left popliteal DVT. Discharged on apixaban 10 mg BID x7 days then 5 mg BID; stop OCP.",
  ("duplex ultrasound confirmed a left popliteal DVT", "procedure", "note: duplex only ordered as outpatient; no result"))
H("N20", "swap", "34-year-old woman on a combined OCP with left pleuritic chest pain after a 12-hour flight; SpO2 93%, left calf swelling. CTPA: left lower lobe segmental PEs, no RV strain. Discharged (sPESI 0) on apixaban 10 mg BID for one week then 2.5 mg BID; stop the pill.",
  ("2.5 mg", "dosage", "note: then 5 mg twice daily"))
H("N20", "swap", "34-year-old woman on a combined OCP with 2 days of left-sided pleuritic chest pain and dyspnea following a 4-hour flight; HR 104, SpO2 93%. CTPA: acute segmental PEs in the left lower lobe, no RV strain. Discharged on apixaban; stop OCP; outpatient duplex.",
  ("4-hour flight", "temporal", "note: 12-hour flight"))
H("N20", "invented", "34-year-old woman on a combined OCP with left pleuritic chest pain and dyspnea after a 12-hour flight; no hemoptysis. CTPA showed left lower lobe segmental emboli without right heart strain. Discharged on apixaban 10 mg twice daily for 7 days then 5 mg twice daily.",
  ("no hemoptysis", "negation", "invented negative: hemoptysis never mentioned"))
D("N20", "34-year-old woman with right lower lobe pulmonary embolism, " + ", ".join(["pulmonary embolism"] * 22) + ",", degenerate=True,
  spans=[("right lower lobe", "laterality", "note: left lower lobe emboli")])

# N21 alcohol withdrawal
P("N21", "49-year-old man with alcohol use disorder (~1 pint of vodka a day) admitted in alcohol withdrawal 30 hours after his last drink, with tremor, sweating, anxiety and one generalized seizure at home witnessed by his wife, no hallucinations. CIWA up to 22; treated with symptom-triggered lorazepam (max 8 mg/24 h) without need for ICU. High-dose IV thiamine 500 mg TID x3 days then 100 mg orally daily. AST 124, ALT 58, platelets 98, Mg 1.4 (repleted). Fatty liver on ultrasound without cirrhosis. Discharged on naltrexone 50 mg, thiamine 100 mg and folate 1 mg, all once daily by mouth, with addiction program referral. Smokes a pack a day.")
P("N21", "Alcohol withdrawal complicated by a withdrawal seizure, treated with benzodiazepines per CIWA; discharged on naltrexone with outpatient addiction follow-up.")
H("N21", "flip", "49-year-old man with alcohol use disorder (~1 pint of vodka a day) admitted in alcohol withdrawal 30 hours after his last drink, with tremor, sweating, anxiety, visual hallucinations and one witnessed generalized seizure at home. CIWA peak 22; symptom-triggered lorazepam. IV thiamine then oral. Discharged on naltrexone, thiamine and folic acid.",
  ("visual hallucinations", "negation", "note: no hallucinations"))
H("N21", "swap", "49-year-old man in alcohol withdrawal (CIWA peak 22) with a witnessed seizure at home, treated with symptom-triggered lorazepam. High-dose oral thiamine 500 mg TID x3 days then 100 mg daily. AST 124, ALT 58, platelets 98, Mg 1.4. Hepatic steatosis, no cirrhosis. Discharged on naltrexone 50 mg daily.",
  ("oral thiamine 500 mg", "route", "note: thiamine 500 mg IV"))
H("N21", "swap", "49-year-old man with alcohol use disorder admitted with withdrawal and a seizure at home; lorazepam per CIWA. AST 124, ALT 58, platelets 198, magnesium 1.4 repleted. Ultrasound: fatty liver without cirrhosis. Discharged on naltrexone, thiamine and folic acid.",
  ("platelets 198", "lab_value", "note: platelets 98"))

# N22 bronchiolitis
P("N22", "4-month-old ex-37-weeker with RSV bronchiolitis (PCR positive), illness day 4: congestion, cough, feeding at about half of normal. RR 58, HR 162, temp 37.9, SpO2 89% on RA improving to 95% on 1 L NC. Mild subcostal retractions with bilateral crackles and wheezes. Supportive care: O2 to target saturations of 90% or above, nasal suction, NG feeding if intake drops below 50%; no bronchodilators, steroids or antibiotics. Parents informed.")
P("N22", "Infant boy with RSV bronchiolitis needing low-flow oxygen; no chest radiograph done; managed supportively.")
H("N22", "invented", "4-month-old boy born at 37 weeks with RSV bronchiolitis, day 4: congestion, cough, feeding about half of normal; SpO2 89% on room air, 95% on 1 L nasal cannula. Chest x-ray showed peribronchial thickening. Supportive care with oxygen and suctioning; no antibiotics, albuterol or steroids.",
  ("Chest x-ray showed peribronchial thickening", "procedure", "note: no chest x-ray obtained"))
H("N22", "swap", "4-month-old ex-37-weeker with RSV bronchiolitis, day 4 of illness. RR 58, HR 162, temp 37.9, SpO2 79% on RA improving to 95% on 1 L NC. Mild subcostal retractions. Supportive care with oxygen and suctioning.",
  ("SpO2 79%", "vital_sign", "note: SpO2 89% on room air"))
H("N22", "swap", "8-month-old boy with RSV bronchiolitis needing low-flow oxygen; no chest radiograph done; managed supportively.",
  ("8-month-old", "temporal", "note: 4-month-old"))
D("N22", " ".join(f"{i}." for i in range(1, 34)), degenerate=True)
