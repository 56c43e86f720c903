C = []
def P(n, s): C.append(dict(n=n, kind="paraphrase", s=s, spans=[]))
def H(n, kind, s, *spans): C.append(dict(n=n, kind=kind, s=s, spans=[dict(text=a, type=b, why=c) for a, b, c in spans]))
def D(n, s, degenerate=False, no_content=False, spans=()):
    C.append(dict(n=n, kind="degenerate", s=s, spans=[dict(text=a, type=b, why=c) for a, b, c in spans], degenerate=degenerate, no_content=no_content))

# N01 chest pain / NSTEMI
P("N01", "58-year-old male smoker with HTN and HLD presenting with 2 h of substernal chest pressure radiating to the left arm with sweating; no SOB. ECG without ST elevation but with 1 mm ST depression in V4-V6; troponin I elevated at 0.08 ng/mL. Treated with chewed aspirin 325 mg by mouth, sublingual nitroglycerin twice with relief, and a heparin drip. Diagnosis: non-ST-elevation myocardial infarction; admitted to telemetry with a cardiology consult planned for catheterization.")
P("N01", "Man, 58, with NSTEMI: troponin I 0.08, ST depressions in V4-V6, no ST elevation. BP 162/94, HR 98, SpO2 97% on room air, no fever. Aspirin and nitroglycerin given and heparin started. Home medications: lisinopril 20 mg daily and atorvastatin 40 mg at night.")
P("N01", "Two hours of chest pressure with left arm radiation and diaphoresis in a 58-year-old man who smokes a pack a day. Troponin mildly elevated (about 0.1 ng/mL) with ST depression in V4-V6 and no ST elevation, consistent with a non-ST-elevation MI. Aspirin, two doses of SL nitroglycerin and heparin given; telemetry admission, cardiology to be asked about cardiac cath.")
H("N01", "flip", "58-year-old man with hypertension and hyperlipidemia, current smoker, with 2 hours of substernal chest pressure radiating to the left arm and diaphoresis; no shortness of breath. ECG without ST elevation, 1 mm ST depression V4-V6; troponin I 0.08. Treated with aspirin 325 mg, SL nitroglycerin and heparin. NSTEMI; underwent cardiac catheterization and was admitted to telemetry.",
  ("underwent cardiac catheterization", "procedure", "note: cardiology to be consulted for catheterization (planned, not done)"))
H("N01", "flip", "58-year-old man (HTN, HLD, smoker) with substernal chest pressure radiating to the left arm, diaphoresis and shortness of breath for 2 hours. BP 162/94, HR 98, afebrile. Troponin 0.08 with ST depressions in V4-V6; NSTEMI. Aspirin, nitroglycerin and heparin given; admit to telemetry, cardiology consult planned.",
  ("shortness of breath", "negation", "note: denies shortness of breath"))
D("N01", ", ".join(["58-year-old man"] * 30) + ",", degenerate=True)

# N02 HFrEF discharge
P("N02", "71-year-old woman with HFrEF (EF 30%) admitted for acute decompensated heart failure: 3 days of worsening shortness of breath, orthopnea and edema of both legs; BNP 1450. CXR showed bilateral effusions, larger on the right. Diuresed with IV furosemide 40 mg BID, net 4.2 L negative, weight 82 -> 78 kg. Discharged on oral furosemide 40 mg daily (up from 20 mg), metoprolol succinate 50 mg daily and sacubitril-valsartan 24/26 mg twice a day; spironolactone remains held. HF clinic follow-up in one week, daily weights, 2 g sodium restriction.")
P("N02", "Elderly woman with systolic heart failure, EF 30%, treated for a decompensation with intravenous diuresis, losing about 4 kg. Creatinine improved from 1.3 to 1.1; potassium 4.2. Does not smoke. Plan: daily weights, low-sodium (2 g) diet, heart failure clinic in a week.")
H("N02", "flip", "71-year-old woman with HFrEF (EF 30%) admitted with decompensated heart failure, BNP 1450, bilateral effusions. Diuresed with IV furosemide, net negative 4.2 L. Discharged with furosemide reduced from 40 mg to 20 mg daily, metoprolol succinate 50 mg daily and sacubitril-valsartan 24/26 mg twice daily; spironolactone not restarted. HF clinic in 1 week.",
  ("reduced from 40 mg to 20 mg", "context", "note: furosemide increased from 20 mg to 40 mg"))
H("N02", "swap", "71-year-old woman with HFrEF (EF 30%) admitted for acute decompensated heart failure with 3 days of dyspnea, orthopnea and bilateral leg edema; BNP 1450; creatinine 1.3 -> 1.1. Diuresed with IV furosemide 40 mg BID, weight 82 -> 78 kg. Discharged on furosemide 40 mg PO daily, metoprolol succinate 50 mg daily and sacubitril-valsartan 24/26 mg once a day; spironolactone held. Follow-up in HF clinic in 1 week.",
  ("once a day", "frequency", "note: sacubitril-valsartan twice daily"))

# N03 T2DM clinic
P("N03", "54-year-old man with T2DM for 6 years, worsening control: A1c 8.9% up from 7.6%, fasting glucose 186. Takes metformin 1 g by mouth BID. No increased urination or thirst and no low sugars. Normal monofilament testing in both feet. Microalbuminuria (UACR 42) with eGFR 78. Ex-smoker (quit a decade ago). Plan: add empagliflozin 10 mg daily, continue metformin, start lisinopril 5 mg daily, ophthalmology referral for eye exam, A1c recheck in 3 months.")
P("N03", "Diabetes follow-up in an obese (BMI 33.4) man; blood pressure 138/86, pulse 76. Hemoglobin A1c has risen to 8.9%. An SGLT2 inhibitor (empagliflozin 10 mg orally once a day) is being added to metformin, and an ACE inhibitor started for albuminuria.")
P("N03", "Type 2 diabetic man, 54, with rising A1c (7.6% -> 8.9%) despite metformin twice daily; no hypoglycemia, normal foot sensation; UACR 42 mg/g, eGFR 78. Adding empagliflozin, starting low-dose lisinopril, retinal exam referral, repeat A1c in 3 months.")
H("N03", "swap", "54-year-old man with type 1 diabetes for 6 years, worsening control: A1c 8.9% up from 7.6%, fasting glucose 186. Takes metformin 1 g by mouth BID. No polyuria, polydipsia or hypoglycemia. Plan: add empagliflozin 10 mg daily, start lisinopril 5 mg daily for albuminuria, ophthalmology referral, A1c in 3 months.",
  ("type 1 diabetes", "diagnosis", "note: type 2 diabetes mellitus"))
H("N03", "swap", "54-year-old man with T2DM for 6 years; A1c 8.9% (previously 7.6%), fasting glucose 186, UACR 42. Takes metformin 500 mg by mouth BID. Former smoker. Plan: add empagliflozin 10 mg daily, continue metformin, start lisinopril 5 mg daily, eye exam referral, A1c in 3 months.",
  ("500 mg", "dosage", "note: metformin 1000 mg twice daily"))

# N04 AOM
P("N04", "3-year-old girl, 15 kg, with two days of right otalgia and fever (39.2 C at home, 38.6 C in ED); bulging red right eardrum, normal left. Right acute otitis media treated with high-dose amoxicillin, 90 mg/kg/day in two doses (675 mg orally twice daily) for 10 days, plus ibuprofen 150 mg every 6 hours PRN. NKDA. Return if not better in 2-3 days.")
P("N04", "Toddler with right AOM: no vomiting or rash, vaccines current, HR 128, saturation 99%. Amoxicillin 675 mg PO BID x10 days; ibuprofen as needed.")
H("N04", "flip", "3-year-old girl with 2 days of ear pain and fever to 39.2 C; exam showed a bulging, erythematous left tympanic membrane. Treated with amoxicillin 675 mg by mouth twice daily for 10 days and ibuprofen PRN.",
  ("left tympanic membrane", "laterality", "note: right TM bulging; left TM normal"))
H("N04", "swap", "Toddler with right AOM: no vomiting or rash, vaccines current, HR 128, saturation 99%. Amoxicillin 675 mg PO TID x10 days; ibuprofen as needed.",
  ("TID", "frequency", "note: amoxicillin BID (divided twice daily)"))
H("N04", "swap", "Toddler (3 years, 15 kg) with right acute otitis media: T 38.6 C, HR 158, SpO2 99%. Amoxicillin 90 mg/kg/day divided twice daily for 10 days; ibuprofen for pain or fever.",
  ("HR 158", "vital_sign", "note: HR 128"))
D("N04", "3-year-old girl with right acute otitis media. " + " ".join(["Right ear."] * 28), degenerate=True)

# N05 CAP
P("N05", "67-year-old man with COPD and right lower lobe pneumococcal pneumonia (sputum grew S. pneumoniae; blood cultures negative at 48 h). Presented with 4 days of productive cough, temperature 38.9, hypoxia to 88% requiring 2 L oxygen. WBC 16.2, procalcitonin 2.1. Received IV ceftriaxone 1 g daily plus IV azithromycin 500 mg daily, switched on hospital day 3 to oral amoxicillin 1 g TID for a 7-day total course. No fever for 48 hours and off oxygen at discharge. Ex-smoker, 40 pack-years; repeat CXR in 6 weeks.")
P("N05", "Community-acquired pneumonia of the right lower lobe in a former 40-pack-year smoker with COPD; lactate normal at 1.4. Stepped down on day 3 from IV ceftriaxone/azithromycin to amoxicillin by mouth three times a day, for one week of antibiotics in total.")
H("N05", "swap", "67-year-old man with COPD and right lower lobe pneumonia (S. pneumoniae in sputum), hypoxic to 88% on room air. Treated with ceftriaxone 1 g IV daily and azithromycin 500 mg PO daily, then amoxicillin 1 g PO TID from day 3 to complete 7 days. Afebrile 48 hours and on room air at discharge.",
  ("500 mg PO", "route", "note: azithromycin 500 mg IV"))
H("N05", "swap", "67-year-old man with COPD and right lower lobe pneumococcal pneumonia (blood cultures negative). 4 days of productive cough, T 38.9, SpO2 88% on room air. WBC 16.2, procalcitonin 2.1. IV ceftriaxone 1 g daily and IV azithromycin 500 mg daily, switched on hospital day 5 to oral amoxicillin 1 g TID for a 7-day total course. Ex-smoker; repeat CXR in 6 weeks.",
  ("hospital day 5", "temporal", "note: transitioned on day 3"))
H("N05", "swap", "Right lower lobe pneumococcal pneumonia in a 67-year-old man with COPD; WBC 16.2, procalcitonin 2.1, blood cultures negative. Treated with cefteretin 1 g IV daily and azithromycin 500 mg IV daily, then oral amoxicillin to complete 7 days. Repeat chest x-ray in 6 weeks.",
  ("cefteretin", "medication", "non-existent drug; note: ceftriaxone"))

# N06 hypothyroidism
P("N06", "39-year-old woman with Hashimoto hypothyroidism, fatigued with 3 kg weight gain over four months; TSH 9.8, free T4 low at 0.7. Taking levothyroxine 75 micrograms orally each morning with breakfast and coffee. Negative pregnancy test. Levothyroxine dose raised to 88 mcg daily, advised to take it fasting 30-60 min before breakfast; TSH recheck in 6 weeks.")
P("N06", "Hypothyroidism with elevated TSH (9.8) on levothyroxine: dose increased 75 -> 88 mcg once daily with counseling on administration timing. Pulse 62, BP 118/74; not pregnant.")
H("N06", "flip", "39-year-old woman with Hashimoto hypothyroidism; TSH 9.8, free T4 0.7. On levothyroxine 75 mcg daily with breakfast. Urine hCG positive. Levothyroxine increased to 88 mcg daily, to be taken on an empty stomach; TSH in 6 weeks.",
  ("Urine hCG positive", "negation", "note: not pregnant; urine hCG negative"))
H("N06", "swap", "39-year-old woman with Hashimoto hypothyroidism, fatigued with 3 kg weight gain over four months; TSH 9.8, free T4 low at 0.7. Taking levothyroxine 75 mg orally each morning with breakfast and coffee. Not pregnant. Dose raised to 88 mcg daily, to be taken fasting before breakfast; TSH recheck in 6 weeks.",
  ("75 mg", "unit", "note: 75 mcg"))
D("N06", "This clinical note is a summary of the patient's visit.", no_content=True)

# N07 ankle fracture
P("N07", "24-year-old man, left ankle inversion injury while playing basketball 3 hours prior; couldn't bear weight. Tender posterior lateral malleolus, neurovascularly intact. Radiographs: nondisplaced Weber A fracture of the distal left fibula. Managed non-operatively with a walking boot, WBAT, ice and elevation and ibuprofen 600 mg by mouth q8h PRN with food; ortho follow-up in a week.")
P("N07", "Young man with a Weber A (nondisplaced) distal fibula fracture of the left ankle; no numbness, pulses normal, no medial tenderness; CAM boot and orthopedic follow-up in 7 days.")
P("N07", "Basketball inversion injury of the left ankle 3 h ago: nondisplaced fracture of the distal fibula (Weber A). Posterior lateral malleolar tenderness, no medial tenderness, intact pulses, no numbness. Boot, weight bearing as tolerated, ice and elevation, ibuprofen 600 mg three times a day as needed; orthopedics in 1 week; no surgery needed.")
H("N07", "flip", "24-year-old man with an inversion injury of the right ankle playing basketball; x-ray shows a nondisplaced distal fibula fracture (Weber A). Treated with a CAM boot, weight bearing as tolerated, ibuprofen 600 mg every 8 hours as needed; orthopedic follow-up in a week.",
  ("right ankle", "laterality", "note: left ankle injured; right ankle normal"))
H("N07", "swap", "24-year-old man, left ankle inversion injury while playing basketball 3 days prior; couldn't bear weight. Tender posterior lateral malleolus, neurovascularly intact. Radiographs: nondisplaced Weber A fracture of the distal left fibula. CAM boot, WBAT, ibuprofen 600 mg q8h PRN; ortho follow-up in a week.",
  ("3 days prior", "temporal", "note: 3 hours ago"))

# N08 UGIB
P("N08", "62-year-old man taking naproxen for knee osteoarthritis, admitted with melena; Hgb 7.1 (baseline 13.5), tachycardic to 112 with BP 98/60. Received 2 units PRBCs, Hgb 9.0 at discharge. Upper endoscopy on day 2 found a 1.5 cm clean-based ulcer in the duodenum without active bleeding; no endoscopic therapy needed. H. pylori positive on biopsy. Naproxen stopped. Discharged on pantoprazole 40 mg PO BID for 8 weeks then once daily, plus 14 days of bismuth-based quadruple therapy; GI follow-up in 4 weeks.")
P("N08", "Melena with a clean-based duodenal ulcer on EGD, H. pylori positive; transfused two units. No vomiting of blood. NSAID (naproxen) stopped; PPI twice daily. Social drinker.")
H("N08", "swap", "62-year-old man with melena (Hgb 7.1, baseline 13.5); EGD showed a 1.5 cm clean-based duodenal ulcer, H. pylori positive; transfused 2 units, Hgb 9.0 at discharge. Discharged on pantoprazole 40 mg twice daily for 8 weeks, bismuth quadruple therapy for 14 days, and naproxen 500 mg twice daily for knee osteoarthritis.",
  ("naproxen 500 mg twice daily", "context", "note: naproxen discontinued; not a discharge medication"))
H("N08", "swap", "62-year-old man taking naproxen, admitted with melena; Hgb 7.1 (baseline 13.5), tachycardic to 112 with BP 78/60. Received 2 units PRBCs. EGD on day 2: 1.5 cm clean-based duodenal ulcer, no active bleeding. H. pylori positive. Naproxen stopped; pantoprazole 40 mg BID and quadruple therapy for 14 days.",
  ("BP 78/60", "vital_sign", "note: BP 98/60"))

# N09 stroke
P("N09", "76-year-old right-handed woman with AF, not anticoagulated because of a previous fall, with acute right face/arm weakness and expressive aphasia (LKW 07:30, NIHSS 8). CT negative for bleed; CTA showed left MCA M2 occlusion. Given intravenous tPA 0.9 mg/kg at 09:05; thrombectomy not pursued due to the distal location. Admitted to the stroke unit with BP target under 180/105 for 24 h; 24-hour repeat CT planned before antiplatelets; echo pending and anticoagulation timing to be discussed with family.")
P("N09", "Acute ischemic stroke in the left MCA territory (M2 branch occlusion) treated with thrombolysis; BP 178/96, glucose 132. Echocardiogram not yet resulted.")
H("N09", "flip", "76-year-old right-handed woman with AF, not anticoagulated because of a previous fall, with acute right face/arm weakness and expressive aphasia (LKW 07:30, NIHSS 8). CT negative for bleed; CTA showed right MCA M2 occlusion. Given IV alteplase 0.9 mg/kg at 09:05; no thrombectomy given distal occlusion. Stroke unit, BP <180/105.",
  ("right MCA", "laterality", "note: left M2 MCA occlusion"))
H("N09", "invented", "76-year-old woman with atrial fibrillation on warfarin, acute right face and arm weakness with expressive aphasia, NIHSS 8. CT no hemorrhage; CTA left M2 occlusion. IV alteplase at 09:05; no thrombectomy (distal occlusion). Stroke unit, BP <180/105.",
  ("on warfarin", "medication", "note: not on anticoagulation; warfarin never mentioned"))
H("N09", "swap", "76-year-old woman with AF (no anticoagulation after a fall), sudden right arm/face weakness and expressive aphasia, LKW 05:30, NIHSS 8. Left M2 occlusion on CTA, no hemorrhage on CT. IV alteplase 0.9 mg/kg given at 09:05; not a thrombectomy candidate. Repeat CT at 24 h before antiplatelets.",
  ("LKW 05:30", "temporal", "note: last known well 07:30"))
D("N09", " ".join(["The patient is a 76-year-old woman."] * 20), degenerate=True)

# N10 anaphylaxis
P("N10", "31-year-old woman with peanut allergy had anaphylaxis after a restaurant meal: lip swelling, widespread hives and wheezing within 20 minutes; BP 96/58, HR 118, SpO2 93%. Treated with IM epinephrine 0.5 mg in the right thigh, IV diphenhydramine 50 mg, IV methylprednisolone 125 mg and nebulized albuterol, with resolution in an hour. No recurrence during 6-hour observation. Sent home with two 0.3 mg epinephrine auto-injectors, prednisone 40 mg by mouth daily x3 days, and allergy referral. Also penicillin-allergic (rash).")
P("N10", "Peanut anaphylaxis without fainting or vomiting; responded to epinephrine, an antihistamine, a steroid and a bronchodilator; discharged after 6 hours of observation with two auto-injectors and a 3-day prednisone course.")
H("N10", "invented", "31-year-old woman with peanut allergy and anaphylaxis after a restaurant meal (lip swelling, hives, wheeze). Treated with IM epinephrine 0.5 mg, IV diphenhydramine 50 mg, IV famotidine 20 mg, IV methylprednisolone 125 mg and nebulized albuterol; resolved within an hour. Observed 6 hours; discharged with two epinephrine auto-injectors, prednisone 40 mg daily for 3 days and allergy referral.",
  ("famotidine", "medication", "famotidine never mentioned in note"))
H("N10", "swap", "31-year-old woman with peanut allergy had anaphylaxis after a restaurant meal: lip swelling, hives and wheezing; BP 96/58, HR 118, SpO2 93%. IM epinephrine 0.5 mg in the right thigh, IV diphenhydramine, IV methylprednisolone and nebulized albuterol. Observed 6 hours. Sent home with two 0.15 mg epinephrine auto-injectors, prednisone 40 mg daily x3 days, allergy referral.",
  ("0.15 mg", "dosage", "note: auto-injectors 0.3 mg"))
H("N10", "swap", "Peanut anaphylaxis in a 31-year-old woman: BP 96/58, HR 118, SpO2 93%. Given epinephrine 0.5 mg IV, diphenhydramine 50 mg IV, methylprednisolone 125 mg IV and albuterol nebulizer, with resolution in 1 hour; no recurrence over 6 hours of observation.",
  ("0.5 mg IV", "route", "note: epinephrine 0.5 mg IM"))

# N11 COPD clinic
P("N11", "69-year-old female current smoker (45 pack-years, 10 cigarettes/day) with severe COPD, GOLD 3, FEV1 42% predicted, one steroid-requiring exacerbation in the last year. mMRC 2, resting saturation 92% on RA. Escalating from tiotropium 18 mcg daily to umeclidinium-vilanterol 62.5/25 mcg once daily (LAMA/LABA); uses albuterol as needed. Starting varenicline 0.5 mg daily, titrated up to 1 mg BID. Referred to pulmonary rehab; flu and pneumococcal vaccines given today.")
P("N11", "Severe COPD follow-up: breathless on one flight of stairs, still smoking and interested in varenicline to quit; LAMA changed to a LAMA-LABA combination inhaler and rehab referral placed.")
H("N11", "flip", "69-year-old woman with GOLD 3 COPD (FEV1 42% predicted), former smoker with 45 pack-years, one exacerbation needing prednisone in the past year. Dyspnea on one flight of stairs; SpO2 92% on room air. Tiotropium switched to umeclidinium-vilanterol 62.5/25 mcg daily; pulmonary rehab referral; influenza and pneumococcal vaccines given.",
  ("former smoker", "context", "note: current smoker, 10 cigarettes daily"))
H("N11", "swap", "COPD GOLD 3 follow-up: mMRC 2, resting saturation 92%. Uses tiotropium 18 mcg daily and albuterol 90 mcg 2 puffs every 2 hours as needed; switching tiotropium to umeclidinium-vilanterol once daily. Current smoker, starting varenicline; rehab referral and vaccines today.",
  ("every 2 hours", "frequency", "note: albuterol every 4-6 hours as needed"))
H("N11", "swap", "69-year-old female current smoker (45 pack-years) with GOLD 3 COPD, FEV1 42% predicted. mMRC 2, SpO2 92% on RA. Switching from tiotropium 18 mg daily to umeclidinium-vilanterol 62.5/25 mcg once daily; albuterol as needed. Starting varenicline; pulmonary rehab referral; flu and pneumococcal vaccines today.",
  ("18 mg", "unit", "note: tiotropium 18 mcg"))

# N12 DKA
P("N12", "19-year-old man with T1DM using an insulin pump developed severe DKA after pump site failure: one day of vomiting, abdominal pain and polyuria. Glucose 512, pH 7.12, HCO3 9, AG 26, BHB 6.4, K 5.6, Na 131, Cr 1.4. HR 124, RR 28, afebrile. Given 1 L NS then 250 mL/hr, IV insulin drip at 0.1 U/kg/hr, with potassium to be added when K falls below 5.3. Pump stopped; ICU admission. No infectious trigger found (clear CXR, nitrite-negative UA).")
P("N12", "Severe diabetic ketoacidosis from insulin pump failure in a young type 1 diabetic; fluids and an intravenous insulin infusion started, admitted to the intensive care unit.")
H("N12", "swap", "19-year-old man with type 1 diabetes and insulin pump failure presenting in DKA: glucose 512, pH 7.12, bicarbonate 26, beta-hydroxybutyrate 6.4, potassium 5.6. HR 124, RR 28. Treated with normal saline and an insulin infusion at 0.1 units/kg/h; ICU admission.",
  ("bicarbonate 26", "lab_value", "note: bicarbonate 9 (26 is the anion gap)"))
H("N12", "swap", "Severe DKA in a 19-year-old with type 1 diabetes after pump site failure (glucose 512, pH 7.12, anion gap 26). Given 1 L saline bolus then 250 mL/h and regular insulin 0.1 units/kg/h subcutaneously; pump suspended; admitted to ICU.",
  ("subcutaneously", "route", "note: insulin infusion IV"))
H("N12", "swap", "19-year-old man with T1DM using an insulin pump developed severe DKA after pump site failure, with vomiting, abdominal pain and polyuria. Glucose 512, pH 7.12, HCO3 9, K 5.6. HR 124, RR 28, temperature 38.9 C. Given 1 L NS then 250 mL/hr and an IV insulin drip at 0.1 U/kg/hr. ICU admission. No infectious source found.",
  ("temperature 38.9 C", "vital_sign", "note: T 36.9 C"))

# N13 gallstone pancreatitis
P("N13", "45-year-old woman with acute biliary pancreatitis (lipase 2340, ALT 210, bilirubin 2.1, normal triglycerides at 140), no alcohol use. Ultrasound showed cholelithiasis with a non-dilated 5 mm CBD. Treated with LR, as-needed IV hydromorphone 0.5 mg q3h, and oral diet from day 2; underwent uncomplicated lap cholecystectomy on day 4. Discharged day 5 with PRN acetaminophen 1 g q8h and a 3-day supply of oxycodone 5 mg q6h PRN.")
P("N13", "Gallstone pancreatitis: half a day of epigastric pain radiating through to the back, with vomiting; no organ failure. Gallbladder removed laparoscopically on hospital day 4; discharged the next day.")
P("N13", "Biliary pancreatitis (lipase ~2300) in a 45-year-old woman who does not drink; gallstones on ultrasound, CBD 5 mm; no organ failure. IV fluids (lactated Ringer's), PRN IV hydromorphone, oral feeding from day 2; uncomplicated laparoscopic cholecystectomy day 4; home day 5 with PRN acetaminophen and a short oxycodone course.")
H("N13", "invented", "45-year-old woman with gallstone pancreatitis (lipase 2340, bilirubin 2.1), gallstones on ultrasound with a 5 mm CBD. Managed with lactated Ringer's and IV hydromorphone as needed; underwent ERCP with sphincterotomy, then laparoscopic cholecystectomy on day 4. Discharged day 5.",
  ("underwent ERCP with sphincterotomy", "procedure", "no ERCP in note"))
H("N13", "invented", "45-year-old woman with acute alcohol-induced pancreatitis (lipase 2340, ALT 210, bilirubin 2.1, triglycerides 140). Ultrasound showed gallstones with a 5 mm CBD. Treated with LR and IV hydromorphone PRN; laparoscopic cholecystectomy on day 4; discharged day 5.",
  ("alcohol-induced", "diagnosis", "note: gallstone pancreatitis; alcohol use none (invented cause)"))

# N14 depression
P("N14", "28-year-old man, recurrent moderate MDD, six weeks into sertraline 50 mg by mouth daily with partial response (PHQ-9 19 -> 12), better sleep, fair appetite, transient nausea now gone. No SI, intent or plan; no prior mania. Weekend drinking (2-3 beers), no drugs; electrician. Sertraline up to 100 mg daily, weekly CBT continues, safety plan reviewed, return in 4 weeks.")
P("N14", "Depression improving on an SSRI (sertraline); dose doubled to 100 mg a day. Not suicidal. Follow-up in a month.")
H("N14", "flip", "28-year-old man with recurrent moderate major depression, 6 weeks on sertraline 50 mg daily; PHQ-9 19 -> 12, sleep better. Endorses passive suicidal ideation without plan. Sertraline increased to 100 mg daily, weekly CBT continued, safety plan reviewed, follow-up in 4 weeks.",
  ("Endorses passive suicidal ideation", "negation", "note: denies suicidal ideation"))
H("N14", "swap", "28-year-old man with recurrent MDD improving on escitalopram (PHQ-9 19 to 12); no suicidal ideation; dose increased; weekly CBT; return in 4 weeks.",
  ("escitalopram", "medication", "note: sertraline"))
H("N14", "swap", "28-year-old man, recurrent moderate MDD, six weeks into sertraline 50 mg daily (PHQ-9 19 -> 12). No SI; no mania. Drinks 2-3 beers on weekends; works as a plumber. Sertraline increased to 100 mg daily; CBT weekly; return in 4 weeks.",
  ("plumber", "other", "note: electrician"))
D("N14", " ".join(["Sertraline 50 mg daily."] * 25), degenerate=True)
