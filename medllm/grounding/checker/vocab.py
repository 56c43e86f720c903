"""Clinical vocabularies: lab and vital names, sides, diagnosis and procedure words, phrases and
suffixes, anatomy, synonyms, abbreviations, broader terms, conflicting qualifiers, symptoms with
their other names, subtype words; `_term_type` says whether a word is a diagnosis or procedure."""

from __future__ import annotations

import re

from medllm.grounding.checker.text import STOP, _lemma, _norm_suffix


# --------------------------------------------------------------------------- vocabularies

# lab / vital aliases -> (canonical, kind)
_ALIASES: dict[tuple[str, ...], tuple[str, str]] = {}


def _al(kind: str, canon: str, *names: str) -> None:
    for n in names:
        _ALIASES[tuple(n.split())] = (canon, kind)


_al("vital_sign", "bp", "bp", "blood pressure", "sbp", "systolic blood pressure")
_al("vital_sign", "hr", "hr", "heart rate", "pulse", "pulse rate", "heart rate was")
_al("vital_sign", "fhr", "fetal heart rate", "fhr")
_al("vital_sign", "rr", "rr", "respiratory rate", "resp rate", "respirations")
_al("vital_sign", "spo2", "spo2", "o2 sat", "o2 saturation", "oxygen saturation", "sao2", "pulse oximetry",
    "saturation", "sat", "sats", "o2sat")
_al("vital_sign", "temp", "t", "temp", "temperature", "tmax", "t max", "febrile to")
_al("vital_sign", "weight", "weight", "wt", "weighing", "weighs", "birth weight", "body weight")
_al("vital_sign", "height", "height", "ht")
_al("vital_sign", "bmi", "bmi", "body mass index")
_al("vital_sign", "pain", "pain score")
_al("lab_value", "sodium", "sodium", "na")
_al("lab_value", "potassium", "potassium")
_al("lab_value", "chloride", "chloride")
_al("lab_value", "bicarbonate", "bicarbonate", "bicarb", "hco3", "co2", "serum bicarbonate")
_al("lab_value", "bun", "bun", "blood urea nitrogen", "urea")
_al("lab_value", "creatinine", "creatinine", "cr", "scr", "serum creatinine")
_al("lab_value", "glucose", "glucose", "blood glucose", "blood sugar", "fasting glucose", "bg", "fingerstick glucose")
_al("lab_value", "a1c", "hba1c", "a1c", "hemoglobin a1c", "hgba1c", "glycated hemoglobin")
_al("lab_value", "hgb", "hemoglobin", "hgb", "hb")
_al("lab_value", "hct", "hematocrit", "hct")
_al("lab_value", "wbc", "wbc", "white blood cell count", "white count", "leukocytes", "white blood cells")
_al("lab_value", "plt", "platelets", "platelet", "platelet count", "plt")
_al("lab_value", "inr", "inr")
_al("lab_value", "ptt", "ptt", "aptt")
_al("lab_value", "tsh", "tsh")
_al("lab_value", "ft4", "free t4", "ft4", "t4")
_al("lab_value", "ldl", "ldl", "ldl cholesterol")
_al("lab_value", "hdl", "hdl")
_al("lab_value", "tg", "triglycerides", "triglyceride")
_al("lab_value", "chol", "total cholesterol", "cholesterol")
_al("lab_value", "alt", "alt")
_al("lab_value", "ast", "ast")
_al("lab_value", "alp", "alkaline phosphatase", "alk phos", "alp")
_al("lab_value", "bili", "bilirubin", "total bilirubin", "tbili")
_al("lab_value", "albumin", "albumin")
_al("lab_value", "lipase", "lipase")
_al("lab_value", "amylase", "amylase")
_al("lab_value", "troponin", "troponin", "troponin t", "troponin i", "trop", "hs-troponin")
_al("lab_value", "bnp", "bnp", "nt-probnp", "probnp")
_al("lab_value", "lactate", "lactate", "lactic acid")
_al("lab_value", "crp", "crp", "c-reactive protein", "hs-crp")
_al("lab_value", "esr", "esr", "sed rate")
_al("lab_value", "procalcitonin", "procalcitonin")
_al("lab_value", "magnesium", "magnesium")
_al("lab_value", "calcium", "calcium")
_al("lab_value", "phos", "phosphorus", "phosphate")
_al("lab_value", "ferritin", "ferritin")
_al("lab_value", "iron", "iron")
_al("lab_value", "b12", "b12", "vitamin b12")
_al("lab_value", "vitd", "vitamin d", "25-oh", "vitamin d 25-oh")
_al("lab_value", "cd4", "cd4", "cd4 count")
_al("lab_value", "viral", "viral load", "hiv rna")
_al("lab_value", "eos", "eosinophils", "eosinophil count", "eos")
_al("lab_value", "neut", "neutrophils")
_al("lab_value", "anc", "anc", "absolute neutrophil count")
_al("lab_value", "lymph", "lymphocytes")
_al("lab_value", "egfr", "egfr", "gfr")
_al("lab_value", "lithium", "lithium level", "lithium")
_al("lab_value", "trough", "trough", "vancomycin trough")
_al("lab_value", "ph", "ph")
_al("lab_value", "paco2", "paco2", "pco2")
_al("lab_value", "pao2", "pao2", "po2")
_al("lab_value", "ck", "ck", "cpk", "creatine kinase")
_al("lab_value", "ammonia", "ammonia")
_al("lab_value", "psa", "psa")
_al("lab_value", "cea", "cea")
_al("lab_value", "ldh", "ldh")
_al("lab_value", "uric", "uric acid")
_al("lab_value", "lvef", "lvef", "ejection fraction", "ef")
_al("lab_value", "qtc", "qtc", "qt")
_al("lab_value", "fev1", "fev1")
_al("lab_value", "calpro", "calprotectin", "fecal calprotectin")
_al("lab_value", "pth", "pth")
_al("lab_value", "mcv", "mcv")
_al("lab_value", "hcg", "hcg", "beta-hcg")
_al("lab_value", "osm", "osmolality")
_al("lab_value", "anion", "anion gap")
_al("lab_value", "level", "level")

_ALIAS_FIRST: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
for _k, (_c, _kd) in _ALIASES.items():
    _ALIAS_FIRST.setdefault(_k[0], []).append((_k, _c, _kd))
for _v in _ALIAS_FIRST.values():
    _v.sort(key=lambda t: -len(t[0]))
_SINGLE_LETTER_ALIASES = {"t", "na"}  # need the number right after them

_SIDES = {"left": "left", "right": "right", "bilateral": "bilateral", "bilaterally": "bilateral",
          "left-sided": "left", "right-sided": "right", "lt": "left", "rt": "right"}
_SIDE_GENERIC = {"side", "sided", "greater", "total"}

# Diagnoses: single words (lemmas) and phrases.  Qualifiers that name a subtype count as terms.
_DIAG_WORDS = set("""
fracture dislocation subluxation sprain laceration contusion abrasion burn pneumonia sepsis shock
stroke infarction infarct nstemi stemi embolism embolus emboli thrombus dvt ulcer hernia obstruction
volvulus intussusception perforation abscess fistula aneurysm dissection hemorrhage bleed diabetes
hypertension hypotension cancer malignancy metastasis metastases mass nodule cyst polyp tumor
overdose withdrawal intoxication poisoning toxicity anaphylaxis allergy asthma copd emphysema croup
influenza covid rsv hiv aids gerd seizure epilepsy migraine dementia delirium depression
schizophrenia anxiety ptsd adhd autism parkinson aki ckd esrd uti dka hhs preeclampsia eclampsia
gout lupus pneumothorax hemothorax effusion atelectasis ards angina arrhythmia bradycardia tachycardia
fibrillation flutter syncope dehydration malnutrition obesity insufficiency regurgitation prolapse
varices varix hemorrhoid gangrene infection concussion ketoacidosis hypoxia hypoxemia rupture
ductal lobular squamous adenocarcinoma bacterial viral fungal alcoholic ischemic hemorrhagic
obstructive lacunar mrsa mssa clostridium difficile sle bipolar psychosis mania hypomania
anorexia bulimia neutropenia thrombocytopenia pancytopenia coagulopathy dic hemolysis
sarcoidosis tuberculosis malaria measles mumps varicella zoster herpes syphilis gonorrhea chlamydia
lymphoma leukemia melanoma sarcoma myeloma glioma glioblastoma meningioma
""".split())
_DIAG_PHRASES = [
    "heart failure", "atrial fibrillation", "atrial flutter", "myocardial infarction", "pulmonary embolism",
    "deep vein thrombosis", "small bowel obstruction", "large bowel obstruction", "kidney injury",
    "kidney disease", "urinary tract infection", "respiratory failure", "septic shock",
    "ductal carcinoma", "lobular carcinoma", "squamous cell", "basal cell", "small cell", "non-small cell",
    "transitional cell", "diabetic ketoacidosis", "type 1 diabetes", "type 2 diabetes",
    "alcohol use disorder", "opioid use disorder", "major depressive disorder", "bipolar disorder",
    "generalized anxiety disorder", "panic disorder", "multiple sclerosis", "optic neuritis",
    "spontaneous pneumothorax", "tension pneumothorax", "aortic stenosis", "mitral regurgitation",
    "coronary artery disease", "peripheral artery disease", "crohn disease", "ulcerative colitis",
    "irritable bowel", "celiac disease", "iron deficiency", "sickle cell", "heat stroke",
]
_PROC_WORDS = set("""
repair biopsy aspiration fixation orif resection excision ablation catheterization pci stent stenting
cabg bypass intubation extubation ventilation bipap cpap dialysis hemodialysis transfusion embolization
drainage puncture injection cauterization cautery coagulation banding clipping cesarean delivery vacuum
forceps cardioversion defibrillation pacemaker debridement amputation transplant transplantation
reduction splint cast egd ercp tee tte mri cta radiograph ultrasound sonography sonogram ecg ekg eeg emg
pet dexa holter chemotherapy radiotherapy radiation immunotherapy lumpectomy mastectomy extracorporeal
laparoscopic robotic percutaneous arthroscopic thoracoscopic endoscopic transcatheter lithotripsy
intraoperative thrombolysis tpa suture sutures anastomosis shunt graft cannulation cerclage ligation
sclerotherapy tamponade packing cryotherapy irrigation tracheostomy gastrostomy cholangiogram
induction episiotomy curettage d&c hysteroscopy vasectomy circumcision tonsillectomy
""".split())
_PROC_PHRASES = [
    "open reduction", "internal fixation", "shock wave", "argon plasma coagulation", "needle aspiration",
    "vaginal delivery", "cesarean delivery", "cesarean section", "chest tube", "lumbar puncture",
    "stress test", "stress echocardiogram", "cardiac catheterization", "hernia repair",
    "total knee arthroplasty", "total hip arthroplasty", "mechanical thrombectomy", "incision and drainage",
    "bone marrow biopsy", "core needle biopsy", "fine needle aspiration", "sentinel lymph node biopsy",
    "radiofrequency ablation", "coronary angiogram", "coronary angiography",
]
_ANATOMY = set("""
scaphoid lunate triquetrum pisiform trapezium trapezoid capitate hamate radius ulna humerus femur
tibia fibula patella clavicle scapula pelvis sacrum coccyx calcaneus talus metacarpal metatarsal
phalanx skull mandible maxilla vertebra hip knee ankle wrist elbow shoulder forearm thigh calf
liver kidney spleen pancreas gallbladder appendix colon sigmoid cecum rectum duodenum jejunum ileum
stomach esophagus bladder ureter urethra prostate uterus ovary testis breast lung heart brain
thyroid adrenal aorta carotid femoral popliteal saphenous jugular subclavian
""".split())
_SYN = {
    "renal": "kidney", "hepatic": "liver", "pulmonary": "lung", "cardiac": "heart", "cerebral": "brain",
    "gastric": "stomach", "duodenal": "duodenum", "colonic": "colon", "ovarian": "ovary", "uterine": "uterus",
    "ureteral": "ureter", "vesical": "bladder", "esophageal": "esophagus", "splenic": "spleen",
    "pancreatic": "pancreas", "appendiceal": "appendix", "rectal": "rectum", "testicular": "testis",
    "carcinoma": "cancer", "malignancy": "cancer", "caesarean": "cesarean", "c-section": "cesarean",
    "csection": "cesarean", "x-ray": "radiograph",
    "xray": "radiograph", "cxr": "radiograph", "film": "radiograph", "ekg": "ecg", "electrocardiogram": "ecg",
    "tumour": "tumor", "haemorrhage": "hemorrhage", "oesophagus": "esophagus", "sonogram": "ultrasound",
    "sonography": "ultrasound", "us": "ultrasound", "metastase": "metastasis", "metastatic": "metastasis",
    "emboli": "embolus", "embolism": "embolus", "pneumoniae": "pneumonia", "fractured": "fracture",
    "infarct": "infarction", "thrombi": "thrombus", "carcinomas": "carcinoma", "bleeding": "bleed",
    "hemorrhagic": "hemorrhage", "septic": "sepsis", "allergic": "allergy", "asthmatic": "asthma",
    "diabetic": "diabetes", "hypertensive": "hypertension", "depressive": "depression",
    "perforated": "perforation", "obstructed": "obstruction", "infected": "infection",
    "dislocated": "dislocation", "ruptured": "rupture", "herniated": "hernia", "ligated": "ligation",
    "cauterized": "cauterization", "amputated": "amputation", "stented": "stent", "transfused": "transfusion",
    "intubated": "intubation", "biopsied": "biopsy",
    "drained": "drainage", "splinted": "splint", "sutured": "suture", "repaired": "repair",
    "resected": "resection", "excised": "excision", "aspirated": "aspiration", "injected": "injection",
}
_ABBR = {
    "dvt": "deep vein thrombosis", "pe": "pulmonary embolism", "mi": "myocardial infarction",
    "chf": "heart failure", "hfref": "heart failure with reduced ejection fraction",
    "copd": "chronic obstructive pulmonary disease", "uti": "urinary tract infection",
    "aki": "acute kidney injury", "ckd": "chronic kidney disease", "dka": "diabetic ketoacidosis",
    "sbo": "small bowel obstruction", "orif": "open reduction internal fixation",
    "egd": "esophagogastroduodenoscopy", "tka": "total knee arthroplasty", "tha": "total hip arthroplasty",
    "cabg": "coronary artery bypass graft", "lp": "lumbar puncture", "ct": "computed tomography",
    "mri": "magnetic resonance imaging", "ecg": "electrocardiogram", "tte": "transthoracic echocardiogram",
    "tee": "transesophageal echocardiogram", "eswl": "extracorporeal shock wave lithotripsy",
    "swl": "shock wave lithotripsy", "cta": "ct angiogram", "ctpa": "ct pulmonary angiogram",
    "mra": "magnetic resonance angiogram", "adhd": "attention deficit hyperactivity disorder",
    "ercp": "endoscopic retrograde cholangiopancreatogram", "apc": "argon plasma coagulation",
    "afib": "atrial fibrillation",
    "af": "atrial fibrillation", "cad": "coronary artery disease", "ms": "multiple sclerosis",
    "ards": "acute respiratory distress syndrome", "gerd": "gastroesophageal reflux disease",
    "htn": "hypertension", "dm": "diabetes", "t2dm": "type 2 diabetes", "t1dm": "type 1 diabetes",
    "cva": "stroke", "tia": "transient ischemic attack", "oud": "opioid use disorder",
    "aud": "alcohol use disorder", "mdd": "major depressive disorder", "i&d": "incision and drainage",
    "svd": "spontaneous vaginal delivery", "c-section": "cesarean delivery", "lscs": "cesarean delivery",
    "bka": "below knee amputation", "aka": "above knee amputation", "fna": "fine needle aspiration",
    "ibd": "inflammatory bowel disease", "pna": "pneumonia", "nsclc": "non-small cell lung cancer",
    "nkda": "no known drug allergies", "nka": "no known allergies",
}
_HYPERNYM = {w: "cancer" for w in """adenocarcinoma carcinoma sarcoma lymphoma leukemia melanoma myeloma glioma
glioblastoma carcinomatosis metastasis malignancy neoplasm""".split()}
_HYPERNYM.update({"nstemi": "infarction", "stemi": "infarction", "infarction": "mi"})
_DIAG_SUFFIX = re.compile(
    r"(?:itis|osis|oma|emia|aemia|pathy|algia|iasis|megaly|plegia|paresis|trophy|rrhea|rrhoea|rrhage"
    r"|penia|cytosis|uria|ectasis|cele|ismus)$")
_PROC_SUFFIX = re.compile(
    r"(?:ectomy|otomy|ostomy|plasty|scopy|scopic|graphy|gram|tripsy|centesis|pexy|rrhaphy|desis|lysis)$")
_SUFFIX_EXCLUDE = set("""
diagnosis prognosis program kilogram milligram microgram gram nanogram diagram telegram histogram
analysis paralysis hypnosis diploma aroma coma stoma soma chroma idiom osmosis symptom
""".split())
_MOD_GROUPS = [
    ({"open", "laparoscopic", "robotic", "robot-assisted", "percutaneous", "endoscopic", "arthroscopic",
      "thoracoscopic", "transcatheter", "minimally-invasive"}, "procedure"),
    ({"acute", "chronic", "subacute", "hyperacute", "episodic"}, "diagnosis"),
    ({"intermittent", "persistent"}, "diagnosis"),
    ({"mild", "moderate", "severe"}, "diagnosis"),
    ({"displaced", "nondisplaced", "non-displaced", "undisplaced"}, "diagnosis"),
    ({"complicated", "uncomplicated"}, "diagnosis"),
    ({"benign", "malignant"}, "diagnosis"),
    ({"partial", "complete", "incomplete", "total"}, "diagnosis"),
]
_MOD_OF = {m: gi for gi, (ms, _) in enumerate(_MOD_GROUPS) for m in ms}

# symptoms, each with its other names (lemmas); kept apart from the diagnosis vocabulary, so that
# coverage keys (medllm.grounding.scores) do not change
_SYMPTOM_GROUPS = [
    ["chill", "chills", "rigor", "rigors"],
    ["dyspnea", "shortness of breath", "breathlessness", "sob", "dyspneic", "short of breath", "difficulty breathing",
     "~orthopnea"],
    ["sore throat", "pharyngitis", "odynophagia"],
    ["chest pain", "chest pressure", "chest tightness", "chest discomfort", "~angina", "~substernal pain"],
    ["fatigue", "tiredness", "malaise", "lethargy", "fatigued", "~tired"], ["nausea", "nauseated", "nauseous"],
    ["vomiting", "emesis", "vomit", "vomited"], ["headache", "cephalgia", "headaches", "head pain"],
    ["dizziness", "lightheadedness", "vertigo", "dizzy", "lightheaded"], ["palpitation", "palpitations"],
    ["diarrhea", "loose stool", "loose stools", "watery stool", "watery stools"], ["constipation", "constipated"],
    ["wheezing", "wheeze", "wheezes", "wheezy"], ["pruritus", "itching", "~itch", "itchy"],
    ["myalgia", "myalgias", "muscle ache", "muscle aches", "body aches"], ["arthralgia", "arthralgias", "joint pain"],
    ["hematuria", "blood in urine"], ["dysuria", "painful urination", "burning with urination"],
    ["hemoptysis", "coughing blood"], ["hematemesis", "vomiting blood"], ["melena", "black stool", "black stools"],
    ["hematochezia", "blood in stool", "bloody stool", "bloody stools", "rectal bleeding"],
    ["photophobia"], ["night sweat", "night sweats"], ["weight loss"],
    ["abdominal pain", "belly pain", "stomach pain", "abdominal cramping", "epigastric pain", "~quadrant pain",
     "~abdominal tenderness", "~cramping"],
]
_SYMPTOM_GROUP = {}
_SYMPTOMS: dict[str, list] = {}
for _g in _SYMPTOM_GROUPS:  # "~name": another name for the symptom, too loose to claim it alone
    _names = [tuple(_lemma(w) for w in n.lstrip("~").split()) for n in _g]
    for _n, _raw in zip(_names, _g):
        _SYMPTOM_GROUP[_n] = _names
        if not _raw.startswith("~"):
            _SYMPTOMS.setdefault(_n[0], []).append(_n)
for _v in _SYMPTOMS.values():
    _v.sort(key=len, reverse=True)
_SYMPTOM_GROUPS_L = [[tuple(_lemma(w) for w in n.lstrip("~").split()) for n in g] for g in _SYMPTOM_GROUPS]
# qualifiers that name a subtype with a number or letter
_SUBTYPE_WORDS = {"grade", "stage", "type", "class", "tier", "nyha", "gold", "cycle"}
_ROMAN_OR_LETTER = {"i", "ii", "iii", "iv", "v", "a", "b", "c", "d", "e", "1a", "1b", "2a", "2b", "3a", "3b"}
_LETTERED = {"influenza", "hepatitis", "flu"}


# --------------------------------------------------------------------------- term types, phrase tables

_NOT_HEADS = {"laparoscopic", "robotic", "percutaneous", "arthroscopic", "thoracoscopic", "endoscopic",
              "transcatheter", "intraoperative", "extracorporeal", "bacterial", "viral", "fungal"}


def _term_type(w: str) -> str | None:
    if w in _SUFFIX_EXCLUDE or len(w) < 3:
        return None
    if w in _PROC_WORDS:
        return "procedure"
    if w in _DIAG_WORDS or w in _ANATOMY:
        return "diagnosis"
    if len(w) >= 7 and _PROC_SUFFIX.search(w):
        return "procedure"
    if len(w) >= 6 and _DIAG_SUFFIX.search(w):
        return "diagnosis"
    return None


def _phrase_seq(p: str) -> tuple[str, ...]:
    out = []
    for w in p.split():
        lw = _norm_suffix(_SYN.get(_lemma(w), _lemma(w)))
        out.append(lw)
    return tuple(out)


_ABBR_SEQ = {a: [w for w in _phrase_seq(e) if w not in STOP] for a, e in _ABBR.items()}
_DIAG_PHRASE_SEQ = sorted({_phrase_seq(p) for p in _DIAG_PHRASES}, key=lambda t: (-len(t), t))
_PROC_PHRASE_SEQ = sorted({_phrase_seq(p) for p in _PROC_PHRASES}, key=lambda t: (-len(t), t))

# clinical words that name no finding, drug or procedure of their own, which a faithful summary may
# use where the note does not (the English word list lacks them)
_GENERIC_CLINICAL = set("""
pharmacotherapy pharmacologic pharmacological prophylaxis prophylactic postop preop postoperative preoperative
perioperative periprocedural postprocedural preprocedural peripartum antepartum intrapartum postpartum prepartum
comorbidity comorbidities comorbid hemodynamic hemodynamically normotensive tachycardic bradycardic tachypneic
hypoxic hypoxemic normoxic bradypneic normocardic
hypotensive hypertensive afebrile normothermic euvolemic hypervolemic hypovolemic ambulatory inpatient outpatient
multidisciplinary interdisciplinary auscultation subcutaneous subcutaneously intravenously intramuscular
intramuscularly sublingual sublingually nebulized nebulizer titrated titration uptitrated downtitrated
reconciliation adherence nonadherence noncompliance nonsmoker workup followup deescalation escalation
unremarkable nontender nondistended nonfocal asymptomatic symptomatic
""".split())

# every word the vocabularies above know (rules_words: such a word is not an invented one)
_KNOWN_WORDS: set[str] = set()
for _src in (_DIAG_WORDS, _PROC_WORDS, _ANATOMY, _SYN, set(_SYN.values()), _ABBR, set(_ABBR.values()),
             _DIAG_PHRASES, _PROC_PHRASES, {" ".join(k) for k in _ALIASES}, _SIDES, _SIDE_GENERIC,
             _MOD_OF, _SUBTYPE_WORDS, _LETTERED, _SUFFIX_EXCLUDE, _NOT_HEADS,
             {n.lstrip("~") for g in _SYMPTOM_GROUPS for n in g}, _GENERIC_CLINICAL):
    for _p in _src:
        for _w in re.split(r"[\s\-]+", _p):
            if _w:
                _KNOWN_WORDS.add(_w)
                _KNOWN_WORDS.add(_lemma(_w))
