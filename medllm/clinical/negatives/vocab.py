"""Curated vocabularies of the term kinds: related diagnoses, procedures, and sentences to fabricate.

Each diagnosis or procedure term maps to related but different ones the checker knows as clinical
terms; each fabrication is a sentence stating a fact, with the words whose presence in the note
would make it no fabrication.
"""

from __future__ import annotations

# curated related-but-different terms (the checker knows the replacement as a clinical term)
_DIAGNOSES = [
    ("type 2 diabetes", ["type 1 diabetes"]), ("type 1 diabetes", ["type 2 diabetes"]),
    ("reduced ejection fraction", ["preserved ejection fraction"]),
    ("preserved ejection fraction", ["reduced ejection fraction"]),
    ("pneumonia", ["pulmonary embolism", "bronchiectasis"]), ("atrial fibrillation", ["atrial flutter"]),
    ("atrial flutter", ["atrial fibrillation"]), ("NSTEMI", ["STEMI"]), ("STEMI", ["NSTEMI"]),
    ("COPD", ["asthma"]), ("asthma", ["COPD"]), ("pneumothorax", ["pleural effusion", "hemothorax"]),
    ("cellulitis", ["osteomyelitis", "necrotizing fasciitis"]), ("hypothyroidism", ["hyperthyroidism", "thyroiditis"]),
    ("hyperthyroidism", ["hypothyroidism"]), ("pyelonephritis", ["cystitis", "nephrolithiasis"]),
    ("ductal carcinoma", ["lobular carcinoma"]), ("lobular carcinoma", ["ductal carcinoma"]),
    ("adenocarcinoma", ["squamous cell carcinoma"]), ("colitis", ["hepatitis", "pancreatitis"]),
    ("pancreatitis", ["cholecystitis", "hepatitis"]), ("cholecystitis", ["pancreatitis", "cholangitis"]),
    ("appendicitis", ["diverticulitis"]), ("diverticulitis", ["appendicitis", "colitis"]),
    ("bronchiolitis", ["pneumonia", "asthma"]), ("croup", ["epiglottitis"]),
    ("schizophrenia", ["bipolar disorder"]), ("bipolar I disorder", ["major depressive disorder"]),
    ("Parkinson disease", ["Lewy body dementia", "Alzheimer disease"]),
    ("multiple sclerosis", ["myasthenia gravis", "encephalomyelitis"]),
    ("optic neuritis", ["retinal detachment", "uveitis"]),
    ("acute kidney injury", ["acute tubular necrosis", "nephrotic syndrome"]),
    ("chronic kidney disease", ["diabetic nephropathy", "polycystic kidney disease"]),
    ("small bowel obstruction", ["large bowel obstruction", "sigmoid volvulus"]),
    ("deep vein thrombosis", ["thrombophlebitis"]), ("pulmonary emboli", ["pulmonary nodules"]),
    ("preeclampsia", ["eclampsia", "gestational hypertension"]), ("iron deficiency anemia", ["sickle cell anemia"]),
    ("anaphylaxis", ["angioedema"]), ("peanut allergy", ["penicillin allergy"]), ("HIV", ["hepatitis B"]),
    ("Crohn disease", ["ulcerative colitis"]), ("ulcerative colitis", ["Crohn disease"]),
    ("seizure", ["syncope"]), ("opioid overdose", ["benzodiazepine overdose"]),
    ("alcohol withdrawal", ["opioid withdrawal"]), ("alcohol use disorder", ["opioid use disorder"]),
    ("femoral neck fracture", ["intertrochanteric fracture"]), ("scaphoid waist fracture", ["lunate dislocation"]),
    ("hypertension", ["hypotension"]), ("hyperlipidemia", ["hypertriglyceridemia"]),
    ("coronary artery disease", ["peripheral artery disease"]), ("ulcer", ["polyp", "adenocarcinoma"]),
    ("abscess", ["fistula"]), ("laceration", ["abrasion"]), ("psychosis", ["mania"]),
    ("ovarian carcinoma", ["endometrial carcinoma"]), ("non-small cell", ["small cell"]),
    ("mitral regurgitation", ["aortic stenosis"]), ("aortic stenosis", ["mitral regurgitation"]),
    ("sepsis", ["septic shock"]), ("urinary tract infection", ["pyelonephritis"]),
    ("heart failure", ["cardiomyopathy"]), ("delirium", ["dementia"]), ("dementia", ["delirium"]),
    ("depression", ["anxiety"]), ("migraine", ["subarachnoid hemorrhage"]), ("gout", ["septic arthritis"]),
    ("hydronephrosis", ["nephrolithiasis"]), ("hemorrhage", ["infarction"]), ("ischemia", ["infarction"]),
    ("stroke", ["transient ischemic attack"]), ("influenza", ["COVID-19"]), ("hypoglycemia", ["hyperglycemia"]),
    ("tonic-clonic seizure", ["absence seizure"]), ("hepatitis", ["cholangitis"]),
    ("Staphylococcus aureus", ["Streptococcus pneumoniae"]), ("Escherichia coli", ["Klebsiella pneumoniae"]),
]
_PROCEDURES = [
    ("laparoscopic", ["open"]), ("open", ["laparoscopic"]), ("cholecystectomy", ["appendectomy"]),
    ("appendectomy", ["cholecystectomy"]), ("colectomy", ["proctectomy"]),
    ("total knee arthroplasty", ["total hip arthroplasty"]), ("hemiarthroplasty", ["total hip arthroplasty"]),
    ("lumpectomy", ["mastectomy"]), ("sentinel lymph node biopsy", ["axillary lymph node dissection"]),
    ("esophagogastroduodenoscopy", ["colonoscopy"]), ("colonoscopy", ["sigmoidoscopy"]),
    ("ureteroscopy", ["percutaneous nephrolithotomy"]), ("laser lithotripsy", ["shock wave lithotripsy"]),
    ("mechanical thrombectomy", ["carotid endarterectomy"]), ("cesarean delivery", ["vaginal delivery"]),
    ("vaginal delivery", ["cesarean delivery"]), ("stress echocardiogram", ["coronary angiogram"]),
    ("echocardiogram", ["coronary angiogram"]), ("EEG", ["EMG"]), ("percutaneous drainage", ["surgical drainage"]),
    ("debridement", ["synovectomy"]), ("splint", ["cast"]), ("BiPAP", ["intubation"]),
    ("epinephrine injection", ["argon plasma coagulation"]), ("hemostatic clips", ["band ligation"]),
    ("drug-eluting stent", ["coronary artery bypass graft"]), ("chest x-ray", ["chest CT"]),
    ("ultrasound", ["MRI"]), ("MRI", ["CT"]), ("CT angiography", ["MR angiography"]),
    ("stent placement", ["nephrostomy tube placement"]), ("hernia repair", ["herniorrhaphy"]),
    ("nasogastric tube decompression", ["exploratory laparotomy"]), ("iodine ablation", ["thyroidectomy"]),
    ("mesh", ["suture"]), ("spinal anesthesia", ["general anesthesia"]),
    ("physical therapy", ["arthroscopy"]), ("Holter monitor", ["electrophysiology study"]),
    ("chest tube", ["thoracotomy"]), ("spirometry", ["bronchoscopy"]), ("dialysis", ["plasmapheresis"]),
]



# new facts to insert: (sentence, words the note must not contain)
_FABRICATIONS = [
    ("Warfarin 5 mg PO daily was also started.", ["warfarin"]),
    ("Clopidogrel 75 mg PO daily was added.", ["clopidogrel"]),
    ("Amiodarone 200 mg PO daily was started.", ["amiodarone"]),
    ("Levofloxacin 750 mg PO daily for 5 days was prescribed.", ["levofloxacin"]),
    ("Oxycodone 5 mg PO every 4 hours as needed was prescribed.", ["oxycodone"]),
    ("Blood cultures grew MRSA.", ["mrsa", "methicillin-resistant"]),
    ("Troponin peaked at 4.6 ng/mL.", ["troponin"]),
    ("Hemoglobin A1c was 11.2%.", ["a1c"]),
    ("A lumbar puncture was performed.", ["lumbar puncture"]),
    ("A blood transfusion of 2 units was given.", ["transfusion"]),
    ("There is a history of pulmonary embolism.", ["pulmonary embol", "embolism"]),
    ("Chest x-ray showed a right lower lobe pneumonia.", ["pneumonia"]),
    ("Potassium was 2.9 mmol/L.", ["2.9"]),
    ("Lactate was 4.8 mmol/L.", ["lactate", "lactic"]),
]
