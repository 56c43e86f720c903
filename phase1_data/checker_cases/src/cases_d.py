from cases_c import C, P, H, D

# N31 pediatric asthma
P("N31", "9-year-old boy with persistent asthma, not well controlled: nocturnal cough three nights a week, albuterol use 4-5 times/week, one ED visit two months ago (dexamethasone). Using fluticasone 44 mcg two puffs BID with a spacer, good technique. Secondhand smoke exposure from his father, who smokes outside; no pets. Clear lungs, SpO2 99%, peak flow 78% of personal best. Stepped up to fluticasone-salmeterol 100/50, one inhalation twice daily, albuterol PRN continued, action plan updated, cessation resources for the father; recheck in 6 weeks.")
P("N31", "Child with asthma symptoms several nights a week on low-dose inhaled steroid; escalated to an ICS-LABA combination twice daily, with follow-up in 6 weeks.")
H("N31", "invented", "9-year-old boy with not well controlled persistent asthma (night cough 3x/week, albuterol 4-5x/week); stepped up to fluticasone-salmeterol 100/50 twice daily with montelukast 5 mg nightly added; action plan updated; return in 6 weeks.",
  ("montelukast 5 mg nightly", "medication", "montelukast never mentioned in note"))
H("N31", "swap", "9-year-old boy with persistent asthma: night cough 3 nights a week, albuterol 4-5 times weekly, ED visit 2 months ago. On fluticasone 110 mcg two puffs BID via spacer. SpO2 99%, peak flow 78%. Stepped up to fluticasone-salmeterol 100/50 twice daily; albuterol PRN; return in 6 weeks.",
  ("110 mcg", "dosage", "note: fluticasone 44 mcg"))
H("N31", "swap", "9-year-old boy with persistent asthma, nocturnal cough 3 nights weekly and albuterol use 4-5 times a week. Secondhand smoke exposure from his mother, who smokes outdoors; no pets. Lungs clear, SpO2 99%. Stepped up to fluticasone-salmeterol 100/50 one inhalation twice daily; action plan updated; return in 6 weeks.",
  ("his mother", "other", "note: father smokes outdoors"))

# N32 pyelonephritis
P("N32", "27-year-old woman with acute right pyelonephritis: 3 days of dysuria and frequency, then 1 day of right flank pain, fever to 38.9 with rigors, two episodes of vomiting; right CVA tenderness. Not pregnant. UA nitrite-positive with large LE and >50 WBC; serum WBC 15.6, Cr 0.9, lactate 1.6; HR 110. Renal US without hydronephrosis; urine culture pending. Received IV ceftriaxone 1 g and IV ondansetron, then tolerated PO. Discharged on cefpodoxime 200 mg by mouth BID for 10 days (ciprofloxacin allergy: tendon pain); return if she cannot tolerate fluids.")
P("N32", "Pyelonephritis in a young woman, treated with a dose of IV ceftriaxone and discharged on oral cefpodoxime twice daily for 10 days; allergic to ciprofloxacin.")
H("N32", "swap", "27-year-old woman with acute right pyelonephritis (fever 38.9, right CVA tenderness, nitrite-positive UA, WBC 15.6); not pregnant; no hydronephrosis on ultrasound. Given ceftriaxone 1 g IV and ondansetron, then discharged on oral ciprofloxacin for 10 days.",
  ("ciprofloxacin", "context", "note: ciprofloxacin is an allergy; discharged on cefpodoxime"))
H("N32", "swap", "27-year-old woman with pyelonephritis: dysuria and frequency for 3 days, right flank pain, fever 38.9 with rigors; HR 140, BP 112/70; right CVA tenderness. UA nitrite-positive. IV ceftriaxone and ondansetron; discharged on cefpodoxime 200 mg BID x10 days.",
  ("HR 140", "vital_sign", "note: HR 110"))

# N33 hepatic encephalopathy
P("N33", "61-year-old man with alcohol-associated cirrhosis, Child-Pugh C, MELD 24, sober for a year, admitted with grade 2 hepatic encephalopathy triggered by constipation; no GI bleed. Diagnostic tap negative for SBP (80 PMNs). NH3 112, Na 129, INR 1.9, bilirubin 4.2, albumin 2.6. Lactulose every 2 h until stooling, then titrated to 2-3 soft BMs daily, plus rifaximin 550 mg BID; mental status at baseline by day 3. Discharged on lactulose 30 mL TID, rifaximin 550 mg twice a day, spironolactone 100 mg daily and furosemide 40 mg daily, all oral; referred for transplant evaluation.")
P("N33", "Decompensated cirrhosis with hepatic encephalopathy from constipation, resolved with lactulose and rifaximin; no infection of the ascitic fluid.")
P("N33", "Grade 2 HE in a 61-year-old with Child C (MELD 24) alcohol-related cirrhosis, abstinent 1 year; trigger was constipation; no bleeding; SBP excluded by paracentesis. Ammonia 112, hyponatremia (129), INR 1.9. Lactulose plus rifaximin; back to baseline by day 3. Home on lactulose three times daily, rifaximin twice daily, spironolactone and furosemide; transplant referral.")
H("N33", "flip", "Decompensated cirrhosis with hepatic encephalopathy from constipation and spontaneous bacterial peritonitis, resolved with lactulose and rifaximin.",
  ("spontaneous bacterial peritonitis", "negation", "note: no spontaneous bacterial peritonitis"))
H("N33", "swap", "61-year-old man with alcohol-related cirrhosis (Child-Pugh C) and grade 2 hepatic encephalopathy due to constipation, no SBP. Improved on lactulose and rifaximin by day 3. Discharged on lactulose 30 mL three times daily, rifaximin 550 mg three times daily, spironolactone 100 mg and furosemide 40 mg daily; transplant evaluation referral.",
  ("550 mg three times daily", "frequency", "note: rifaximin 550 mg twice daily"))
D("N33", "The following is a summary of the clinical note provided above.", no_content=True)

# N34 peritonsillar abscess
P("N34", "19-year-old woman with a left peritonsillar abscess (2.1 cm on contrast CT, airway patent) after 5 days of sore throat: trismus, hot-potato voice, drooling, uvular deviation to the right, fever 38.4, HR 106. Strep positive, mono test negative. ENT performed bedside needle aspiration, draining 4 mL of pus. Given clindamycin 600 mg IV and dexamethasone 10 mg IV; anaphylactic penicillin allergy. Discharged on oral clindamycin 300 mg QID x10 days with ENT recheck in 2 days.")
P("N34", "Left PTA aspirated at the bedside by ENT; treated with clindamycin given penicillin anaphylaxis.")
P("N34", "Left-sided PTA in a 19-year-old (febrile 38.4, trismus, drooling, muffled voice, uvula pushed rightward); CT 2.1 cm collection, airway OK; rapid strep +, Monospot -. Bedside aspiration by ENT (4 mL pus); clindamycin IV then 300 mg PO four times daily x10 days because of penicillin anaphylaxis; dexamethasone 10 mg IV; ENT in 2 days.")
H("N34", "swap", "19-year-old woman with a 2.1 cm left peritonsillar abscess on CT, trismus, muffled voice and drooling, fever 38.4. ENT performed bedside needle aspiration, draining 14 mL of pus. Clindamycin 600 mg IV and dexamethasone 10 mg IV; penicillin anaphylaxis. Discharged on clindamycin 300 mg PO QID for 10 days.",
  ("14 mL", "number", "note: 4 mL of pus"))

# N35 gout
P("N35", "57-year-old man with recurrent gout (two prior attacks this year), now a 2-day acute flare of the right first MTP joint (big toe). Uric acid 9.1, Cr 1.1, afebrile. Drinks 4-6 beers weekly; HTN on HCTZ 25 mg. No arthrocentesis. Colchicine 1.2 mg then 0.6 mg an hour later, then 0.6 mg twice daily until resolved; HCTZ replaced with losartan 50 mg daily; allopurinol 100 mg daily to begin two weeks after the flare settles, titrated to urate under 6; cut back on alcohol.")
P("N35", "Podagra (right great toe), third attack this year; colchicine for the flare and urate-lowering therapy planned after it resolves.")
P("N35", "Acute gout of the right big-toe joint for 2 days in a 57-year-old man with hypertension on hydrochlorothiazide who drinks 4-6 beers a week; urate 9.1. Low-dose colchicine regimen; thiazide swapped for losartan 50 mg; allopurinol 100 mg to start 2 weeks post-flare, target urate below 6; reduce alcohol.")
H("N35", "invented", "57-year-old man with a 2-day acute gout flare of the right first MTP joint (uric acid 9.1), third attack this year. Started indomethacin 50 mg three times daily; HCTZ switched to losartan; allopurinol to start 2 weeks after resolution.",
  ("indomethacin 50 mg three times daily", "medication", "indomethacin never mentioned; note: colchicine"))
H("N35", "swap", "57-year-old man with recurrent gout, 2-day flare of the right first MTP; uric acid 9.1. Colchicine 1.2 mg then 0.6 mg an hour later, then 0.6 mg BID; HCTZ changed to losartan 50 mg daily; allopurinol 300 mg daily to begin two weeks after the flare, titrated to uric acid under 6.",
  ("300 mg", "dosage", "note: allopurinol 100 mg daily"))
H("N35", "invented", "57-year-old man with acute gout of the right first MTP joint for 2 days, no tophi on exam; uric acid 9.1, afebrile. Colchicine for the flare; hydrochlorothiazide switched to losartan 50 mg; allopurinol 100 mg daily 2 weeks after the flare resolves.",
  ("no tophi on exam", "negation", "invented negative: tophi never mentioned"))

# N36 subdural on warfarin
P("N36", "81-year-old man with a mechanical aortic valve on warfarin (INR 3.4) had a ground-level fall hitting the back of his head; no LOC or vomiting, GCS 15. CT: small 6 mm right frontal SDH without shift. Neurosurgery: nonoperative, hold warfarin without reversal because of the mechanical valve and small bleed, repeat CT in 6 hours. Admitted to neuro step-down. Lives by himself and walks with a cane.")
P("N36", "Elderly anticoagulated man with a small traumatic subdural after a fall; warfarin held, follow-up head CT planned in 6 hours.")
H("N36", "invented", "81-year-old man with a mechanical aortic valve on warfarin (INR 3.4), ground-level fall striking the back of his head, no LOC, GCS 15; CT shows a 6 mm right frontal subdural hematoma without shift. Warfarin held and reversed with vitamin K; repeat CT in 6 hours; admitted to neuro step-down.",
  ("reversed with vitamin K", "medication", "note: no reversal; vitamin K never mentioned"))
H("N36", "flip", "81-year-old man with a mechanical aortic valve on warfarin had a ground-level fall hitting the back of his head; brief LOC, no vomiting, GCS 15. CT: 6 mm right frontal SDH without shift. Nonoperative; warfarin held; repeat CT in 6 hours.",
  ("brief LOC", "negation", "note: no loss of consciousness"))
H("N36", "swap", "81-year-old man with a mechanical aortic valve on warfarin (INR 1.4) had a ground-level fall; GCS 15. CT: small 6 mm right frontal subdural without midline shift. Neurosurgery: no surgery, hold warfarin, no reversal, repeat CT in 6 hours.",
  ("INR 1.4", "lab_value", "note: INR 3.4"))

# N37 diverticulitis
P("N37", "64-year-old woman with first-episode complicated sigmoid diverticulitis: 3 days of LLQ pain, T 38.3, WBC 17.1; CT showed a 3 cm pericolic abscess without free air, judged by IR too small to drain. IV pip-tazo 4.5 g q6h for 4 days, then oral amoxicillin-clavulanate 875/125 mg BID to finish a 14-day course. Pain-free and eating a low-residue diet at discharge. Prior colonoscopy 8 years ago normal; repeat colonoscopy in 6-8 weeks and surgery clinic to discuss elective sigmoidectomy.")
P("N37", "Diverticulitis with a small abscess managed with antibiotics alone, no drain; outpatient colonoscopy and surgical discussion planned.")
P("N37", "First episode of sigmoid diverticulitis with a small (3 cm) pericolic abscess, no free air, WBC ~17, fever 38.3; antibiotics only (IR: too small to drain): IV piperacillin-tazobactam x4 days then oral amoxicillin-clavulanate, 2 weeks total. Colonoscopy in 6-8 weeks; elective sigmoid resection to be discussed in surgery clinic.")
H("N37", "swap", "64-year-old woman with first-episode sigmoid diverticulitis with a 3 cm pericolic abscess, no free air; not drained. IV piperacillin-tazobactam for 4 days, then oral amoxicillin-clavulanate 875/125 mg BID to finish a 7-day course. Colonoscopy in 6-8 weeks; surgery clinic for elective resection discussion.",
  ("7-day course", "temporal", "note: 14 days total"))
H("N37", "swap", "64-year-old woman with sigmoid diverticulitis (LLQ pain, T 38.3, WBC 17.1); CT showed a 5 cm pericolic abscess without free air, too small for percutaneous drainage per IR. Pip-tazo then oral amoxicillin-clavulanate for 14 days total; colonoscopy in 6-8 weeks.",
  ("5 cm", "number", "note: 3 cm abscess"))

# N38 hypertension
P("N38", "48-year-old woman with uncontrolled hypertension: home average 152/94, clinic 156/96 right arm and 150/92 left, pulse 80. On amlodipine 5 mg daily with ankle edema. Na 140, K 3.9, Cr 0.7. ECG meets voltage criteria for LVH; echo ordered. Lifelong non-smoker, rare alcohol. Chlorthalidone 12.5 mg daily added by mouth; amlodipine left at 5 mg because of swelling; DASH diet; BMP recheck in 2 weeks.")
P("N38", "Hypertension above goal on a calcium channel blocker, with ankle edema; a thiazide-like diuretic (chlorthalidone) was added rather than uptitrating amlodipine.")
H("N38", "flip", "48-year-old woman with uncontrolled hypertension (home 152/94, office 156/96) on amlodipine 5 mg with ankle swelling. ECG meets voltage criteria for right ventricular hypertrophy; echo ordered. Chlorthalidone 12.5 mg daily added; amlodipine kept at 5 mg; BMP in 2 weeks.",
  ("right ventricular hypertrophy", "laterality", "note: left ventricular hypertrophy"))
H("N38", "swap", "48-year-old woman with uncontrolled hypertension: home average 152/94, clinic 166/96 right arm and 150/92 left, pulse 80. On amlodipine 5 mg daily with ankle edema. ECG shows LVH by voltage; echo ordered. Chlorthalidone 12.5 mg daily added; DASH diet.",
  ("166/96", "vital_sign", "note: office BP 156/96 right arm"))
D("N38", "", no_content=True)

# N39 corneal abrasion
P("N39", "30-year-old carpenter with right eye pain, watering and foreign-body sensation 4 hours after a wood chip struck the eye while he wore no safety glasses. VA 20/25 OD, 20/20 OS. Fluorescein showed a 3 mm right corneal abrasion below the pupil; lid eversion revealed no foreign body, no rust ring; quiet AC. No contact lens use. Topical tetracaine used only to examine. Sent home with erythromycin 0.5% eye ointment to the right eye QID x5 days and acetaminophen PRN; no eye patch; ophthalmology in 24 h if not better.")
P("N39", "Right corneal abrasion from a wood chip without retained foreign body; topical antibiotic ointment four times a day for 5 days.")
P("N39", "Wood-chip injury to the right eye 4 h earlier in a 30-year-old carpenter without eye protection: 3 mm corneal abrasion inferior to the pupil on fluorescein, no retained foreign body or rust ring, VA 20/25 on the right. Erythromycin ointment 4x/day for 5 days to the right eye; no patch; acetaminophen as needed; see ophthalmology in 24 hours if not improving.")
H("N39", "swap", "Right corneal abrasion from a wood chip without retained foreign body; erythromycin ophthalmic ointment twice a day for 5 days.",
  ("twice a day", "frequency", "note: four times daily"))

# N40 AKI
P("N40", "77-year-old hypertensive man with prerenal AKI from 4 days of diarrhea and reduced intake: creatinine 3.2 (baseline 1.1) improving to 1.3 with IV saline; K 5.4 at admission. C. diff negative; kidneys normal size without hydronephrosis on ultrasound. Lisinopril and HCTZ were held. At discharge, lisinopril 10 mg daily to restart after 3 days if eating/drinking normally, HCTZ discontinued, tamsulosin 0.4 mg at night continued; creatinine check in a week.")
P("N40", "Dehydration-related acute kidney injury, nearly back to baseline after fluids; thiazide discontinued, ACE inhibitor on hold for a few days.")
H("N40", "swap", "77-year-old man with prerenal AKI after 4 days of diarrhea (creatinine 3.2 -> 1.3, baseline 1.1), treated with IV saline. Discharged on hydrochlorothiazide 25 mg daily and tamsulosin 0.4 mg nightly; lisinopril to restart in 3 days if eating and drinking; creatinine in 1 week.",
  ("hydrochlorothiazide 25 mg daily", "context", "note: hydrochlorothiazide stopped at discharge"))
H("N40", "flip", "Acute kidney injury from C. difficile colitis, nearly back to baseline after fluids; thiazide discontinued, ACE inhibitor on hold for a few days.",
  ("C. difficile colitis", "diagnosis", "note: C. difficile PCR negative; prerenal AKI"))
H("N40", "swap", "77-year-old hypertensive man with prerenal AKI from 4 days of diarrhea: creatinine 3.2 (baseline 1.1) improving to 2.3 with IV saline; K 5.4. C. diff negative; normal renal ultrasound. HCTZ stopped; lisinopril to restart in 3 days; creatinine in a week.",
  ("improving to 2.3", "lab_value", "note: creatinine 1.3 at discharge"))

# N41 APAP overdose
P("N41", "17-year-old girl with an intentional acetaminophen overdose (~30 x 500 mg tablets, about 15 g) 5 hours before arrival after a fight with her boyfriend; vomited once. 5-hour APAP level 210, above the nomogram treatment line; LFTs and INR normal; ethanol and salicylate negative; not pregnant. IV NAC started (21-hour regimen), constant 1:1 observation, poison center called; psychiatry consult planned after medical clearance.")
P("N41", "Teenager with a deliberate acetaminophen ingestion needing N-acetylcysteine; liver tests normal so far; psychiatric evaluation once medically cleared.")
H("N41", "flip", "17-year-old girl with intentional acetaminophen overdose (~15 g) 5 hours before arrival; level 210, above treatment line; LFTs and INR normal. IV N-acetylcysteine started; psychiatry evaluated her and recommended inpatient admission; 1:1 sitter.",
  ("psychiatry evaluated her and recommended inpatient admission", "procedure", "note: psychiatry to be consulted once medically cleared"))
H("N41", "swap", "17-year-old girl with an intentional acetaminophen overdose (~15 g) 5 hours before arrival; level 210 above the treatment line; AST 32, ALT 28, INR 1.0. Oral NAC started (21-hour protocol); 1:1 sitter; poison control contacted; psychiatry after medical clearance.",
  ("Oral NAC", "route", "note: IV N-acetylcysteine"))
H("N41", "invented", "17-year-old girl with intentional ingestion of about 15 g of acetaminophen 5 hours earlier; level 210 above the treatment line; normal LFTs and INR. Given activated charcoal and started on IV N-acetylcysteine; 1:1 sitter; psychiatry to see her once medically cleared.",
  ("activated charcoal", "medication", "activated charcoal never mentioned"))
H("N41", "swap", "17-year-old girl with an intentional acetaminophen overdose (~30 tablets of 500 mg) 5 hours before arrival after a fight with her mother; vomited once. Level 210, above treatment line; LFTs normal. IV NAC started; 1:1 observation; psychiatry consult after medical clearance.",
  ("her mother", "other", "note: argument with her boyfriend (mother brought her in)"))

# N42 zoster
P("N42", "68-year-old woman with shingles: two days of burning pain and vesicular eruption along the left T6 dermatome, respecting the midline; no ocular involvement and nose tip spared. Immunocompetent, unvaccinated for varicella and zoster. Pain 7/10; Cr 0.9. Valacyclovir 1 g orally TID x7 days, gabapentin 100 mg nightly with option to increase to TID, cover lesions, recombinant zoster vaccine once recovered.")
P("N42", "Left thoracic (T6) herpes zoster within 72 hours of onset, treated with valacyclovir and gabapentin for pain.")
P("N42", "Herpes zoster of the left T6 dermatome (vesicular, burning, 2 days, not crossing the midline) in a 68-year-old immunocompetent woman; eye uninvolved. Valacyclovir 1 g three times a day for a week; bedtime gabapentin 100 mg, may go to three times daily; lesions covered; Shingrix after recovery.")
H("N42", "flip", "Right thoracic (T6) herpes zoster within 72 hours of onset, treated with valacyclovir and gabapentin for pain.",
  ("Right thoracic", "laterality", "note: left T6 dermatome"))

# N43 gastroenteritis
P("N43", "18-month-old boy from daycare (sick contacts) with 2 days of vomiting and non-bloody watery diarrhea, six stools a day, with fewer wet diapers (2/24 h). Temp 37.8, HR 148, cap refill 2 s; about 0.6 kg weight loss. Viral gastroenteritis with mild to moderate dehydration: oral ondansetron 2 mg then ORS 50 mL/kg over 4 h, tolerated; IV fluids not required. Discharged with oral rehydration instructions and return precautions (blood in stool, lethargy, no urine for 8 hours).")
P("N43", "Toddler with viral gastroenteritis and some dehydration, successfully rehydrated by mouth after an antiemetic.")
H("N43", "swap", "18-month-old boy with 2 days of vomiting and watery diarrhea, fewer wet diapers; HR 148, cap refill 2 s. Viral gastroenteritis with mild-moderate dehydration: IV ondansetron 2 mg then ORS 50 mL/kg over 4 h, tolerated. Discharged with return precautions.",
  ("IV ondansetron", "route", "note: ondansetron 2 mg PO"))
H("N43", "flip", "18-month-old boy from daycare with 2 days of vomiting and bloody watery diarrhea, six stools a day, fewer wet diapers. Temp 37.8, HR 148. Viral gastroenteritis with mild-moderate dehydration; oral ondansetron and ORS tolerated; no IV fluids.",
  ("bloody watery diarrhea", "negation", "note: no blood in stool"))
H("N43", "swap", "Toddler with viral gastroenteritis and some dehydration, rehydrated by mouth after ondansetron 4 mg orally.",
  ("4 mg", "dosage", "note: ondansetron 2 mg"))

# N44 STEMI
P("N44", "55-year-old male smoker (1 ppd) with anterior STEMI: emergent cath showed total occlusion of the proximal LAD, treated with a single DES; nonobstructive 40% RCA lesion left alone. Echo EF 40%, anterior hypokinesis, no thrombus. Peak TnI 48; LDL 162. Discharged on DAPT (aspirin 81 mg daily plus ticagrelor 90 mg BID for a year), new high-intensity atorvastatin 80 mg at bedtime, metoprolol succinate 25 mg daily, lisinopril 2.5 mg daily and a 21 mg nicotine patch; cardiac rehab referral; echo in 3 months.")
P("N44", "Anterior heart attack treated with a stent to the LAD; EF 40%; secondary prevention started and smoking cessation counseled.")
H("N44", "swap", "55-year-old male smoker with anterior STEMI: proximal LAD occlusion treated with one drug-eluting stent; 40% RCA lesion not treated. EF 40%, no LV thrombus. Discharged on aspirin 81 mg daily, ticagrelor 90 mg once daily for a year, atorvastatin 80 mg nightly, metoprolol succinate 25 mg, lisinopril 2.5 mg and a nicotine patch.",
  ("once daily", "frequency", "note: ticagrelor twice daily"))
H("N44", "swap", "Inferior heart attack treated with a stent to the LAD; EF 40%; secondary prevention started and smoking cessation counseled.",
  ("Inferior heart attack", "diagnosis", "note: anterior STEMI"))
H("N44", "swap", "55-year-old man, current smoker, with anterior STEMI treated with a drug-eluting stent to a totally occluded proximal LAD; EF 40%; LDL 162. Discharged on aspirin 81 mg, ticagrelor 90 mg twice daily, his home atorvastatin 80 mg nightly, metoprolol succinate 25 mg, lisinopril 2.5 mg and a nicotine patch; cardiac rehab; echo in 3 months.",
  ("his home atorvastatin", "context", "note: atorvastatin is new"))
D("N44", ", ".join(["aspirin 81 mg daily, ticagrelor 90 mg twice daily"] * 14) + ",", degenerate=True)

# N45 GDM
P("N45", "29-year-old primigravida at 28+2 weeks diagnosed with gestational diabetes on an abnormal 3-hour GTT (fasting 98, 1 h 196, 2 h 178, 3 h 150); first-trimester A1c 5.4%, no prior diabetes. BP 118/72, 9 kg gained, FHR 142, fundal height 28 cm. Rh-negative; received RhoGAM 300 micrograms intramuscularly today. Dietitian counseling and glucose checks QID (fasting plus 1-hour postprandial); metformin only if fasting values stay above 95 after two weeks of diet; growth scan at 32 weeks.")
P("N45", "GDM diagnosed at 28 weeks, diet-controlled for now with self-monitoring of glucose; Rh immune globulin given.")
H("N45", "swap", "29-year-old G1P0 at 28 weeks 2 days with gestational diabetes on a 3-hour GTT; FHR 142, fundal height 28 cm. Rh-negative; received RhoGAM 300 mcg intravenously today. Diet counseling, glucose checks four times daily; metformin if fasting stays above 95 after 2 weeks; growth ultrasound at 32 weeks.",
  ("intravenously", "route", "note: Rho(D) immune globulin IM"))
H("N45", "swap", "29-year-old primigravida at 28+2 weeks with gestational diabetes: 3-hour GTT fasting 89, 1 h 196, 2 h 178, 3 h 150; A1c 5.4% in first trimester. Rh negative, RhoGAM given. Diet and glucose monitoring; metformin if fasting remains above 95 after 2 weeks.",
  ("fasting 89", "lab_value", "note: fasting 98"))
H("N45", "swap", "GDM diagnosed at 24 weeks, diet-controlled for now with self-monitoring of glucose; Rh immune globulin given.",
  ("at 24 weeks", "temporal", "note: 28 weeks 2 days"))
