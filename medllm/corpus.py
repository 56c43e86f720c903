"""A seeded generator of synthetic clinical notes with faithful reference summaries.

Everything here is synthetic: the patients, names, record numbers, phone numbers, addresses,
e-mail addresses and dates are made up (phone numbers use the fictional 555-01xx range, e-mail
addresses the reserved example.org / example.com domains). No real patient record was used.

`generate(n, seed)` returns `n` notes, each

    {"source_id": "g0001", "specialty", "note_type", "clinical_note", "summary", "phi": bool}

over 14 specialties and 6 note types (discharge_summary, progress_soap, ed_note, consult,
operative_note, medication_reconciliation), balanced by cycling the (specialty, note type) pairs
and shuffling them with the seed. Notes (about 100-200 words) are dense with checkable facts:
age and sex, a diagnosis, a procedure, 2-4 medications with dose, unit, route and frequency,
2-4 labs with values and units, vitals, a laterality finding, negated findings and durations.
The summary (about 40-80 words) restates a subset of those facts copied as written, so every
number in it appears in the note and `medllm.checker.check(note, summary) == []`.

Each summary reliably contains: age and sex, the diagnosis, a symptom with its duration
("for 3 days"), the laterality finding, one negated finding ("denies chest pain" / "no fever"),
at least one medication with dose, unit, route and frequency, at least one lab with value and
unit, and one or two vital signs; it names the procedure for every note type except
medication_reconciliation. `generate(..., with_facts=True)` adds a "facts" list of
`{"kind", "text"}` spans (each occurring verbatim in the summary) from which typed hard
negatives can be derived by changing one fact.

About a quarter of the notes (`"phi": True`) carry synthetic PHI in formats that
`medllm.redact.redact` replaces (a "Patient: First Last. MRN: ... DOB: mm/dd/yyyy.
Phone: (ddd) 555-01dd." header, "admitted on March 3, 2024", "42 Elm Street", an e-mail, a
"Dr. First Last" attending, ages over 89); some of their summaries carry the date or a
"Ms. Lopez" form too. Notes with `"phi": False` contain nothing `redact` would change. PHI is
never a clinical fact. Integers of 1,000 and more are always written with comma thousands
separators (note and summary alike).

Determinism: only `random.Random(seed)` is used (no global random, no clock, no iteration over
sets or hash-ordered data), so the same (n, seed) gives byte-identical output.

Regenerate (the integrator wires a CLI around `write_raw`):

    .venv/bin/python -c "from medllm.corpus import write_raw; write_raw('phase1_data/raw/generated_notes.jsonl', 300, 20261125)"
"""

from __future__ import annotations

import json
import random
from pathlib import Path

__all__ = ["SPECIALTIES", "NOTE_TYPES", "DEFAULT_SEED", "generate", "write_raw"]

DEFAULT_SEED = 20261125
PHI_FRACTION = 0.25  # share of notes that carry synthetic PHI

SPECIALTIES = (
    "cardiology", "endocrinology", "pulmonology", "nephrology", "neurology", "oncology",
    "infectious_disease", "gastroenterology", "orthopedics", "obstetrics", "pediatrics",
    "psychiatry", "emergency_medicine", "surgery",
)
NOTE_TYPES = (
    "discharge_summary", "progress_soap", "ed_note", "consult", "operative_note",
    "medication_reconciliation",
)


# --------------------------------------------------------------------------- number formatting

def _num(x: float, dec: int = 0) -> str:
    """A value as written in both note and summary: fixed decimals, commas from 1,000 up."""
    if dec == 0:
        return f"{int(round(x)):,}"
    return f"{x:,.{dec}f}"


# --------------------------------------------------------------------------- medications
# key -> (name as written, doses, unit, route, frequencies)

_MED_SPECS = """
metoprolol succinate | 25 50 100 | mg | PO | daily
metoprolol tartrate | 25 50 | mg | PO | twice daily; every 12 hours
lisinopril | 5 10 20 40 | mg | PO | daily
atorvastatin | 40 80 | mg | PO | nightly; daily
aspirin | 81 | mg | PO | daily
aspirin 325 | 325 | mg | PO | once
clopidogrel | 75 | mg | PO | daily
ticagrelor | 90 | mg | PO | twice daily
apixaban | 2.5 5 | mg | PO | twice daily
furosemide iv | 40 80 | mg | IV | twice daily; every 12 hours
furosemide | 20 40 | mg | PO | daily; twice daily
spironolactone | 12.5 25 | mg | PO | daily
amiodarone | 200 400 | mg | PO | daily; twice daily
diltiazem | 30 60 | mg | PO | every 6 hours; four times daily
heparin sc | 5000 | units | SC | every 8 hours; every 12 hours
nitroglycerin | 0.4 | mg | SL | every 5 minutes as needed
carvedilol | 3.125 6.25 12.5 | mg | PO | twice daily
metformin | 500 850 1000 | mg | PO | twice daily
insulin glargine | 12 16 20 24 30 | units | SC | nightly; daily
insulin lispro | 4 6 8 | units | SC | three times daily with meals
empagliflozin | 10 25 | mg | PO | daily
levothyroxine | 50 75 88 100 112 | mcg | PO | daily
methimazole | 5 10 20 | mg | PO | daily
propranolol | 10 20 | mg | PO | three times daily
hydrocortisone | 10 15 20 | mg | PO | every morning
semaglutide | 0.25 0.5 1 | mg | SC | weekly
alendronate | 70 | mg | PO | weekly
cholecalciferol | 1000 2000 | units | PO | daily
calcitriol | 0.25 0.5 | mcg | PO | daily
albuterol | 2 | puffs | inhaled | every 4 hours as needed; every 6 hours as needed
albuterol neb | 2.5 | mg | nebulized | every 4 hours; every 6 hours
tiotropium | 18 | mcg | inhaled | daily
fluticasone | 250 | mcg | inhaled | twice daily
prednisone | 20 40 | mg | PO | daily
methylprednisolone | 40 60 | mg | IV | every 8 hours; every 12 hours
azithromycin | 250 500 | mg | PO | daily
ceftriaxone | 1 2 | g | IV | daily; every 24 hours
doxycycline | 100 | mg | PO | twice daily
enoxaparin | 40 | mg | SC | daily
enoxaparin tx | 60 80 100 | mg | SC | every 12 hours; twice daily
pirfenidone | 267 801 | mg | PO | three times daily
sevelamer | 800 1600 | mg | PO | three times daily with meals
sodium bicarbonate | 650 1300 | mg | PO | twice daily; three times daily
epoetin alfa | 4000 10000 | units | SC | weekly; every 2 weeks
tacrolimus | 1 2 3 | mg | PO | twice daily; every 12 hours
mycophenolate mofetil | 500 1000 | mg | PO | twice daily
patiromer | 8.4 16.8 | g | PO | daily
amlodipine | 5 10 | mg | PO | daily
levetiracetam | 500 750 1000 | mg | PO | twice daily
levetiracetam iv | 1000 1500 | mg | IV | once
lacosamide | 100 150 | mg | PO | twice daily
sumatriptan | 50 100 | mg | PO | once as needed
topiramate | 25 50 | mg | PO | twice daily
gabapentin | 100 300 | mg | PO | three times daily; nightly
donepezil | 5 10 | mg | PO | nightly
carbidopa-levodopa | 25/100 | mg | PO | three times daily
interferon | 30 | mcg | IM | weekly
ondansetron | 4 8 | mg | PO | every 8 hours as needed
ondansetron iv | 4 | mg | IV | every 6 hours as needed; every 8 hours as needed
dexamethasone | 4 8 | mg | PO | twice daily; daily
pegfilgrastim | 6 | mg | SC | once
tamoxifen | 20 | mg | PO | daily
anastrozole | 1 | mg | PO | daily
oxycodone | 5 10 | mg | PO | every 4 hours as needed; every 6 hours as needed
allopurinol | 100 300 | mg | PO | daily
pembrolizumab | 200 | mg | IV | every 3 weeks
cefepime | 2 | g | IV | every 8 hours; every 12 hours
morphine | 2 4 | mg | IV | every 4 hours as needed
vancomycin | 1000 1250 1500 | mg | IV | every 12 hours
vancomycin po | 125 | mg | PO | four times daily; every 6 hours
piperacillin-tazobactam | 3.375 4.5 | g | IV | every 6 hours; every 8 hours
cefazolin | 1 2 | g | IV | every 8 hours
nitrofurantoin | 100 | mg | PO | twice daily
dolutegravir | 50 | mg | PO | daily
oseltamivir | 75 | mg | PO | twice daily
metronidazole | 500 | mg | PO | three times daily; every 8 hours
metronidazole iv | 500 | mg | IV | every 8 hours
fluconazole | 200 400 | mg | PO | daily
ciprofloxacin | 500 | mg | PO | twice daily; every 12 hours
cephalexin | 500 | mg | PO | four times daily; every 6 hours
pantoprazole iv | 40 | mg | IV | twice daily; every 12 hours
pantoprazole | 40 | mg | PO | daily; twice daily
octreotide | 50 | mcg | IV | once
lactulose | 20 30 | g | PO | three times daily; twice daily
rifaximin | 550 | mg | PO | twice daily
mesalamine | 2.4 4.8 | g | PO | daily
infliximab | 5 | mg/kg | IV | every 8 weeks
polyethylene glycol | 17 | g | PO | daily
ursodiol | 300 | mg | PO | twice daily
acetaminophen | 650 1000 | mg | PO | every 6 hours; every 8 hours
celecoxib | 100 200 | mg | PO | daily; twice daily
ibuprofen | 400 600 | mg | PO | every 6 hours as needed; every 8 hours as needed
methocarbamol | 500 750 | mg | PO | three times daily; every 8 hours as needed
ketorolac | 15 30 | mg | IV | every 6 hours; once
labetalol | 100 200 | mg | PO | twice daily; every 12 hours
nifedipine | 30 60 | mg | PO | daily
magnesium sulfate | 4 6 | g | IV | once
betamethasone | 12 | mg | IM | every 24 hours
oxytocin | 10 | units | IM | once
ferrous sulfate | 325 | mg | PO | daily; twice daily
amoxicillin | 250 400 500 | mg | PO | twice daily; three times daily
ibuprofen peds | 100 150 200 | mg | PO | every 6 hours as needed
acetaminophen peds | 160 240 320 | mg | PO | every 6 hours as needed
dexamethasone peds | 6 10 | mg | PO | once
prednisolone | 15 20 30 | mg | PO | daily
ondansetron peds | 2 4 | mg | PO | once; every 8 hours as needed
ceftriaxone peds | 500 1000 | mg | IV | daily; every 24 hours
methylphenidate | 18 27 | mg | PO | every morning
insulin regular | 0.05 0.1 | units/kg/hr | IV | continuous infusion
sertraline | 50 100 150 | mg | PO | daily
escitalopram | 10 20 | mg | PO | daily
lithium carbonate | 300 450 | mg | PO | twice daily
quetiapine | 50 100 200 | mg | PO | nightly
olanzapine | 5 10 | mg | PO | nightly
aripiprazole | 5 10 15 | mg | PO | daily
lorazepam | 0.5 1 2 | mg | PO | every 6 hours as needed; every 8 hours as needed
trazodone | 50 100 | mg | PO | nightly
naltrexone | 50 | mg | PO | daily
buprenorphine-naloxone | 8/2 | mg | SL | daily; twice daily
chlordiazepoxide | 25 50 | mg | PO | every 6 hours
thiamine | 100 | mg | PO | daily
haloperidol | 2 5 | mg | IM | once
epinephrine | 0.3 0.5 | mg | IM | once
diphenhydramine | 25 50 | mg | IV | once
famotidine | 20 | mg | IV | once; every 12 hours
naloxone | 0.4 2 | mg | IV | once
tamsulosin | 0.4 | mg | PO | daily
tetanus | 0.5 | mL | IM | once
lidocaine | 5 | mL | local infiltration | once
cefazolin once | 2 | g | IV | once
heparin iv | 5000 | units | IV | once
"""


def _parse_meds() -> dict[str, tuple]:
    out = {}
    for line in _MED_SPECS.strip().splitlines():
        key, doses, unit, route, freqs = [p.strip() for p in line.split("|")]
        name = key
        for suffix in (" iv", " po", " sc", " tx", " neb", " peds", " once", " 325"):
            if name.endswith(suffix):
                name = name[: -len(suffix)]
        if key == "tetanus":
            name = "tetanus-diphtheria-acellular pertussis vaccine"
        if key == "lidocaine":
            name = "lidocaine 1%"
        out[key] = (name, doses.split(), unit, route, [f.strip() for f in freqs.split(";")])
    return out


MEDS = _parse_meds()

# --------------------------------------------------------------------------- labs
# name -> (unit, decimals, normal low, normal high); scenario entries may override the range

LABS = {
    "sodium": ("mmol/L", 0, 136, 144), "potassium": ("mmol/L", 1, 3.6, 4.9),
    "chloride": ("mmol/L", 0, 98, 106), "bicarbonate": ("mmol/L", 0, 22, 28),
    "BUN": ("mg/dL", 0, 9, 20), "creatinine": ("mg/dL", 1, 0.7, 1.1), "glucose": ("mg/dL", 0, 82, 118),
    "HbA1c": ("%", 1, 5.0, 5.6), "hemoglobin": ("g/dL", 1, 12.1, 15.6), "WBC": ("K/uL", 1, 4.6, 9.8),
    "platelets": ("/uL", -3, 160000, 380000), "INR": ("", 1, 0.9, 1.1), "TSH": ("mIU/L", 2, 0.6, 3.8),
    "free T4": ("ng/dL", 1, 0.9, 1.6), "LDL": ("mg/dL", 0, 70, 129), "troponin I": ("ng/mL", 2, 0.01, 0.03),
    "BNP": ("pg/mL", 0, 20, 90), "lactate": ("mmol/L", 1, 0.6, 1.8), "CRP": ("mg/L", 0, 1, 8),
    "procalcitonin": ("ng/mL", 2, 0.02, 0.09), "lipase": ("U/L", 0, 15, 55), "ALT": ("U/L", 0, 12, 38),
    "AST": ("U/L", 0, 14, 36), "total bilirubin": ("mg/dL", 1, 0.3, 1.1), "albumin": ("g/dL", 1, 3.6, 4.6),
    "ammonia": ("umol/L", 0, 15, 45), "magnesium": ("mg/dL", 1, 1.8, 2.3), "calcium": ("mg/dL", 1, 8.7, 10.1),
    "phosphorus": ("mg/dL", 1, 2.6, 4.4), "PTH": ("pg/mL", 0, 18, 60), "ferritin": ("ng/mL", 0, 40, 220),
    "eGFR": ("mL/min/1.73 m2", 0, 75, 110), "ESR": ("mm/hr", 0, 4, 18), "CD4 count": ("cells/uL", 0, 520, 1100),
    "HIV viral load": ("copies/mL", -2, 0, 0), "lithium level": ("mmol/L", 1, 0.6, 1.0), "CK": ("U/L", 0, 60, 180),
    "uric acid": ("mg/dL", 1, 3.6, 6.8), "CEA": ("ng/mL", 1, 0.8, 2.9), "LDH": ("U/L", 0, 130, 220),
    "vancomycin trough": ("mcg/mL", 0, 10, 20), "pH": ("", 2, 7.36, 7.44), "PaCO2": ("mmHg", 0, 36, 44),
    "D-dimer": ("ng/mL", 0, 150, 450), "LVEF": ("%", -1, 55, 65), "ANC": ("/uL", -2, 2500, 6000),
    "hCG": ("mIU/mL", 0, 0, 4), "fecal calprotectin": ("mcg/g", 0, 10, 45), "FEV1": ("% predicted", 0, 80, 100),
    "ethanol level": ("mg/dL", 0, 0, 9), "acetaminophen level": ("mcg/mL", 0, 0, 4), "QTc": ("ms", 0, 400, 440),
    "anion gap": ("mmol/L", 0, 8, 12), "beta-hydroxybutyrate": ("mmol/L", 1, 0.1, 0.4),
    "urine protein-to-creatinine ratio": ("g/g", 1, 0.1, 0.2),
}

# --------------------------------------------------------------------------- scenarios
# Each scenario: dx, symptoms, duration choices, a laterality finding (template with {side}) and
# where it was seen, a procedure (template with {side}), medications (keys of MEDS; "inpt" is
# given in hospital, "home" are ongoing), labs (name or (name, low, high)), negatable findings,
# past history, vitals overrides and whether the patient is febrile.


def _sc(dx, sx, dur, lat, src, proc, inpt, home, labs, negs, pmh, vit=None, febrile=False, sides=("left", "right"),
        setting="inpatient", sex="MF", age=(24, 88)):
    return dict(age=age, dx=dx, sx=sx, dur=dur, lat=lat, src=src, proc=proc, inpt=inpt, home=home, labs=labs, negs=negs,
                pmh=pmh, vit=vit or {}, febrile=febrile, sides=sides, setting=setting, sex=sex)


D_HOURS = [(2, 10, "hours")]
D_DAYS = [(2, 6, "days")]
D_WEEKS = [(2, 6, "weeks")]
D_MIX = [(2, 6, "days"), (1, 3, "weeks")]

SCENARIOS: dict[str, list[dict]] = {
    "cardiology": [
        _sc("acute decompensated heart failure with reduced ejection fraction", ["dyspnea on exertion", "orthopnea"],
            D_MIX, "{side} pleural effusion", "chest X-ray", "transthoracic echocardiogram",
            ["furosemide iv"], ["metoprolol succinate", "lisinopril", "spironolactone", "furosemide"],
            [("BNP", 900, 3200), "potassium", ("creatinine", 1.2, 1.9), "sodium", ("LVEF", 20, 35)],
            ["chest pain", "syncope", "fever", "palpitations"], ["hypertension", "type 2 diabetes"],
            vit={"sbp": (128, 162), "spo2": (89, 94)}, sides=("right", "bilateral"), age=(48, 88)),
        _sc("non-ST-elevation myocardial infarction", ["substernal chest pressure", "diaphoresis"], D_HOURS,
            "{side} anterior descending artery stenosis of 90%", "coronary angiography",
            "percutaneous coronary intervention with a drug-eluting stent to the {side} anterior descending artery",
            ["aspirin 325", "heparin iv"], ["ticagrelor", "atorvastatin", "metoprolol tartrate", "aspirin"],
            [("troponin I", 0.8, 6.5), "potassium", ("LDL", 131, 188), "hemoglobin"],
            ["syncope", "fever", "orthopnea", "abdominal pain"], ["hyperlipidemia", "tobacco use"],
            vit={"hr": (88, 108)}, sides=("left",), age=(38, 88)),
        _sc("paroxysmal atrial fibrillation with rapid ventricular response", ["palpitations", "lightheadedness"],
            D_HOURS + D_DAYS, "{side} atrial enlargement", "transthoracic echocardiogram",
            "transesophageal echocardiogram-guided cardioversion", ["diltiazem"],
            ["apixaban", "metoprolol succinate", "amiodarone", "atorvastatin"],
            ["TSH", "potassium", "magnesium", "creatinine"], ["chest pain", "syncope", "fever", "melena"],
            ["hypertension", "obstructive sleep apnea"], vit={"hr": (118, 146)}),
        _sc("symptomatic complete heart block", ["fatigue", "near-syncope"], D_DAYS,
            "{side} bundle branch block", "ECG", "dual-chamber pacemaker implantation via the {side} subclavian vein",
            ["cefazolin once"], ["atorvastatin", "lisinopril", "aspirin"],
            ["potassium", "TSH", "troponin I", "hemoglobin"], ["chest pain", "fever", "seizure activity"],
            ["hypertension", "chronic kidney disease stage 3"], vit={"hr": (34, 44)}, age=(58, 88)),
    ],
    "endocrinology": [
        _sc("uncontrolled type 2 diabetes with hyperglycemia", ["polyuria", "polydipsia"], D_WEEKS,
            "{side} great toe callus without ulceration", "foot exam", "diabetic foot exam with monofilament testing",
            ["insulin lispro"], ["metformin", "insulin glargine", "empagliflozin", "atorvastatin"],
            [("HbA1c", 8.6, 11.9), ("glucose", 245, 410), "creatinine", "potassium"],
            ["chest pain", "vomiting", "blurred vision", "abdominal pain"], ["hypertension", "obesity"],
            setting="clinic"),
        _sc("Graves disease with thyrotoxicosis", ["heat intolerance", "weight loss"], D_WEEKS,
            "{side} thyroid lobe enlargement", "thyroid ultrasound", "thyroid uptake scan",
            ["propranolol"], ["methimazole", "propranolol"],
            [("TSH", 0.01, 0.05), ("free T4", 3.1, 5.8), "ALT", "WBC"],
            ["chest pain", "fever", "diarrhea", "double vision"], ["anxiety"], vit={"hr": (104, 122)},
            setting="clinic"),
        _sc("primary hyperparathyroidism", ["fatigue", "constipation"], D_WEEKS,
            "{side} inferior parathyroid adenoma", "sestamibi scan", "minimally invasive {side} inferior parathyroidectomy",
            ["cefazolin once"], ["cholecalciferol", "alendronate"],
            [("calcium", 11.1, 12.4), ("PTH", 96, 180), "phosphorus", "creatinine"],
            ["flank pain", "confusion", "fever", "hematuria"], ["osteoporosis", "nephrolithiasis"],
            setting="clinic"),
        _sc("primary adrenal insufficiency", ["fatigue", "dizziness on standing"], D_WEEKS,
            "{side} adrenal atrophy", "CT abdomen", "cosyntropin stimulation test",
            ["hydrocortisone"], ["hydrocortisone", "levothyroxine"],
            [("sodium", 127, 132), ("potassium", 5.3, 5.9), "glucose", "TSH"],
            ["abdominal pain", "fever", "vomiting", "syncope"], ["hypothyroidism"], vit={"sbp": (92, 104)}),
    ],
    "pulmonology": [
        _sc("community-acquired pneumonia", ["productive cough", "pleuritic chest pain"], D_DAYS,
            "consolidation in the {side} lower lobe", "chest X-ray", "sputum culture and blood cultures",
            ["ceftriaxone"], ["azithromycin", "albuterol", "atorvastatin"],
            [("WBC", 13.2, 19.5), ("procalcitonin", 0.6, 3.8), "sodium", "creatinine"],
            ["hemoptysis", "leg swelling", "rash", "confusion"], ["hypertension"],
            vit={"spo2": (89, 93), "rr": (22, 28)}, febrile=True),
        _sc("acute exacerbation of chronic obstructive pulmonary disease", ["worsening dyspnea", "wheezing"], D_DAYS,
            "hyperinflation with {side} apical bullae", "chest X-ray", "arterial blood gas",
            ["methylprednisolone", "albuterol neb"], ["tiotropium", "prednisone", "doxycycline", "fluticasone"],
            [("pH", 7.29, 7.34), ("PaCO2", 52, 64), "WBC", "potassium"],
            ["fever", "chest pain", "hemoptysis", "leg swelling"], ["tobacco use", "hypertension"],
            vit={"spo2": (86, 91), "rr": (24, 30)}, sides=("bilateral",), age=(48, 88)),
        _sc("acute pulmonary embolism", ["pleuritic chest pain", "dyspnea"], D_DAYS + D_HOURS,
            "filling defects in the {side} lower lobe segmental arteries", "CT pulmonary angiogram",
            "{side} lower extremity venous duplex ultrasound", ["enoxaparin tx"], ["apixaban", "acetaminophen"],
            [("D-dimer", 1200, 4600), ("troponin I", 0.04, 0.12), "creatinine", "platelets"],
            ["hemoptysis", "fever", "syncope", "cough"], ["recent knee surgery", "obesity"],
            vit={"hr": (102, 124), "spo2": (90, 94)}),
        _sc("malignant pleural effusion", ["progressive dyspnea", "dry cough"], D_WEEKS,
            "large {side} pleural effusion", "chest X-ray", "ultrasound-guided {side} thoracentesis with removal of 1.2 L",
            ["ondansetron iv"], ["dexamethasone", "oxycodone", "enoxaparin"],
            [("LDH", 260, 480), "albumin", "hemoglobin", "platelets"],
            ["fever", "hemoptysis", "leg swelling", "chest pain"], ["lung adenocarcinoma"],
            vit={"spo2": (90, 94)}),
    ],
    "nephrology": [
        _sc("acute kidney injury on chronic kidney disease stage 3", ["decreased urine output", "nausea"], D_DAYS,
            "{side} hydronephrosis", "renal ultrasound", "{side} ureteral stent placement",
            ["sodium bicarbonate"], ["amlodipine", "sodium bicarbonate", "furosemide"],
            [("creatinine", 2.6, 4.4), ("potassium", 5.4, 6.1), ("BUN", 48, 82), ("bicarbonate", 16, 19)],
            ["chest pain", "fever", "gross hematuria", "dysuria"], ["type 2 diabetes", "hypertension"]),
        _sc("end-stage renal disease with hyperkalemia", ["generalized weakness", "muscle cramps"], D_DAYS,
            "{side} upper arm arteriovenous fistula with a strong thrill", "exam", "urgent hemodialysis",
            ["patiromer"], ["sevelamer", "calcitriol", "epoetin alfa", "amlodipine"],
            [("potassium", 6.2, 7.1), ("phosphorus", 6.1, 8.2), ("hemoglobin", 8.1, 9.6), ("PTH", 420, 880)],
            ["chest pain", "fever", "shortness of breath", "palpitations"], ["hypertension", "type 2 diabetes"]),
        _sc("nephrotic syndrome due to membranous nephropathy", ["leg swelling", "foamy urine"], D_WEEKS,
            "{side} renal vein thrombus", "renal Doppler ultrasound", "ultrasound-guided {side} kidney biopsy",
            ["enoxaparin tx"], ["lisinopril", "furosemide", "atorvastatin"],
            [("albumin", 1.8, 2.6), ("urine protein-to-creatinine ratio", 6.1, 11.8), ("LDL", 180, 260), "creatinine"],
            ["fever", "rash", "gross hematuria", "joint pain"], ["hypertension"], setting="clinic"),
        _sc("acute rejection of a deceased-donor kidney transplant", ["decreased urine output", "fatigue"], D_DAYS,
            "tenderness over the {side} lower quadrant allograft", "exam", "ultrasound-guided transplant kidney biopsy",
            ["methylprednisolone"], ["tacrolimus", "mycophenolate mofetil", "prednisone"],
            [("creatinine", 2.1, 3.4), "potassium", ("WBC", 3.4, 4.4), "magnesium"],
            ["fever", "dysuria", "diarrhea", "cough"], ["polycystic kidney disease"], sides=("right",)),
    ],
    "neurology": [
        _sc("acute ischemic stroke", ["{side} arm weakness", "slurred speech"], D_HOURS,
            "{side} middle cerebral artery occlusion", "CT angiogram", "mechanical thrombectomy of the {side} middle cerebral artery",
            ["aspirin 325"], ["atorvastatin", "aspirin", "clopidogrel", "lisinopril"],
            ["glucose", ("LDL", 131, 176), "INR", "platelets"],
            ["headache", "seizure activity", "fever", "vision loss"], ["atrial fibrillation", "hypertension"],
            vit={"sbp": (162, 188)}, age=(50, 88)),
        _sc("new-onset focal seizure with secondary generalization", ["{side} hand twitching", "confusion"], D_HOURS,
            "{side} frontal meningioma", "MRI brain", "routine EEG",
            ["levetiracetam iv"], ["levetiracetam", "lacosamide"],
            ["sodium", "glucose", ("CK", 420, 1250), "magnesium"],
            ["fever", "headache", "neck stiffness", "alcohol use"], ["migraine"]),
        _sc("relapsing-remitting multiple sclerosis relapse", ["{side} eye vision loss", "eye pain with movement"], D_DAYS,
            "{side} optic neuritis", "MRI orbits", "lumbar puncture",
            ["methylprednisolone"], ["interferon", "gabapentin"],
            ["WBC", "glucose", "sodium", "TSH"], ["fever", "headache", "bladder incontinence", "rash"], ["depression"],
            setting="clinic"),
        _sc("Parkinson disease with motor fluctuations", ["{side} hand tremor", "shuffling gait"], D_WEEKS,
            "cogwheel rigidity of the {side} arm", "exam", "dopamine transporter scan",
            ["carbidopa-levodopa"], ["carbidopa-levodopa", "donepezil"],
            ["sodium", "creatinine", "TSH", "hemoglobin"], ["hallucinations", "fever", "syncope", "chest pain"],
            ["hypertension"], setting="clinic", age=(55, 88)),
    ],
    "oncology": [
        _sc("neutropenic fever during chemotherapy for diffuse large B-cell lymphoma", ["fever", "chills"], D_HOURS,
            "erythema at the {side} chest port site", "exam", "blood cultures from the {side} chest port",
            ["cefepime"], ["allopurinol", "ondansetron", "pegfilgrastim"],
            [("ANC", 100, 400), ("hemoglobin", 7.8, 9.4), ("platelets", 22000, 68000), ("lactate", 1.2, 2.6)],
            ["cough", "diarrhea", "dysuria", "abdominal pain"], ["hypertension"], febrile=True,
            vit={"hr": (104, 122)}),
        _sc("stage II estrogen receptor-positive invasive ductal carcinoma", ["a palpable breast lump", "breast tenderness"],
            D_WEEKS, "2.4 cm mass in the {side} breast at 10 o'clock", "diagnostic mammogram",
            "{side} partial mastectomy with sentinel lymph node biopsy", ["cefazolin once"],
            ["tamoxifen", "anastrozole", "ondansetron", "oxycodone"],
            [("CEA", 1.1, 2.8), "hemoglobin", "ALT", "calcium"],
            ["nipple discharge", "bone pain", "fever", "weight loss"], ["hypothyroidism"], setting="clinic", sex="F", age=(35, 85)),
        _sc("metastatic non-small cell lung cancer", ["cough", "weight loss"], D_WEEKS,
            "3.1 cm {side} upper lobe mass", "CT chest", "CT-guided biopsy of the {side} upper lobe mass",
            ["ondansetron iv"], ["pembrolizumab", "dexamethasone", "oxycodone"],
            [("calcium", 10.6, 11.6), "hemoglobin", "ALT", ("LDH", 260, 410)],
            ["hemoptysis", "headache", "fever", "diarrhea"], ["tobacco use", "COPD"], setting="clinic", age=(45, 88)),
        _sc("tumor lysis syndrome after induction chemotherapy for acute myeloid leukemia", ["nausea", "muscle cramps"],
            D_DAYS, "{side} internal jugular central venous catheter", "chest X-ray", "bone marrow biopsy of the {side} posterior iliac crest",
            ["ondansetron iv"], ["allopurinol", "fluconazole", "sodium bicarbonate"],
            [("uric acid", 9.8, 14.2), ("potassium", 5.3, 6.0), ("phosphorus", 5.6, 7.4), ("creatinine", 1.5, 2.4)],
            ["fever", "bleeding", "chest pain", "confusion"], ["hypertension"]),
    ],
    "infectious_disease": [
        _sc("methicillin-resistant Staphylococcus aureus bacteremia", ["fever", "rigors"], D_DAYS,
            "septic arthritis of the {side} knee", "knee aspiration", "arthroscopic washout of the {side} knee",
            ["vancomycin"], ["vancomycin", "acetaminophen", "enoxaparin"],
            [("WBC", 14.1, 21.4), ("CRP", 88, 240), ("vancomycin trough", 15, 19), "creatinine"],
            ["chest pain", "rash", "cough", "diarrhea"], ["type 2 diabetes", "injection drug use"], febrile=True),
        _sc("acute pyelonephritis", ["{side} flank pain", "dysuria"], D_DAYS,
            "{side} costovertebral angle tenderness", "exam", "CT abdomen and pelvis",
            ["ceftriaxone"], ["ciprofloxacin", "ondansetron", "acetaminophen"],
            [("WBC", 13.4, 18.6), "creatinine", ("lactate", 1.6, 2.4), "potassium"],
            ["vaginal discharge", "cough", "chest pain", "rash"], ["recurrent cystitis"], febrile=True),
        _sc("newly diagnosed HIV infection", ["fatigue", "night sweats"], D_WEEKS,
            "{side} posterior cervical lymphadenopathy", "exam", "HIV genotype resistance testing",
            ["dolutegravir"], ["dolutegravir", "fluconazole"],
            [("CD4 count", 140, 320), ("HIV viral load", 21000, 185000), "ALT", "creatinine"],
            ["fever", "cough", "rash", "headache"], ["syphilis"], setting="clinic"),
        _sc("Clostridioides difficile colitis", ["watery diarrhea", "abdominal cramping"], D_DAYS,
            "{side} colon wall thickening", "CT abdomen", "stool C. difficile toxin testing",
            ["vancomycin po"], ["vancomycin po", "ondansetron", "acetaminophen"],
            [("WBC", 14.8, 22.2), ("creatinine", 1.3, 1.9), ("albumin", 2.6, 3.2), "potassium"],
            ["bloody stools", "vomiting", "chest pain", "rash"], ["recent cephalosporin use"], febrile=True,
            sides=("left", "right")),
    ],
    "gastroenterology": [
        _sc("upper gastrointestinal bleed from a duodenal ulcer", ["melena", "lightheadedness"], D_DAYS,
            "visible vessel in a duodenal ulcer on the {side} lateral wall", "EGD",
            "EGD with epinephrine injection and clip placement", ["pantoprazole iv"], ["pantoprazole", "ferrous sulfate"],
            [("hemoglobin", 6.8, 8.6), ("BUN", 38, 62), "platelets", "INR"],
            ["hematemesis", "abdominal pain", "fever", "chest pain"], ["osteoarthritis on daily ibuprofen"],
            vit={"hr": (104, 118), "sbp": (96, 108)}),
        _sc("decompensated alcohol-associated cirrhosis with hepatic encephalopathy", ["confusion", "abdominal distension"],
            D_DAYS, "{side} pleural effusion", "chest X-ray", "diagnostic paracentesis",
            ["ceftriaxone"], ["lactulose", "rifaximin", "spironolactone", "furosemide"],
            [("ammonia", 88, 160), ("total bilirubin", 3.2, 6.8), ("INR", 1.7, 2.4), ("albumin", 2.3, 2.9)],
            ["hematemesis", "melena", "fever", "abdominal pain"], ["alcohol use disorder"], sides=("right",)),
        _sc("ulcerative colitis flare", ["bloody diarrhea", "urgency"], D_WEEKS,
            "{side}-sided colitis to 35 cm", "flexible sigmoidoscopy", "flexible sigmoidoscopy with biopsies",
            ["methylprednisolone"], ["mesalamine", "prednisone", "infliximab"],
            [("CRP", 24, 96), ("fecal calprotectin", 620, 1800), ("hemoglobin", 9.6, 11.4), "albumin"],
            ["fever", "joint pain", "rash", "vomiting"], ["primary sclerosing cholangitis"], sides=("left",)),
        _sc("acute gallstone pancreatitis", ["epigastric pain radiating to the back", "vomiting"], D_HOURS + D_DAYS,
            "common bile duct stone with {side} intrahepatic ductal dilation", "MRCP", "ERCP with sphincterotomy and stone extraction",
            ["morphine"], ["ursodiol", "ondansetron", "acetaminophen"],
            [("lipase", 1400, 5200), ("ALT", 180, 420), ("total bilirubin", 2.1, 3.9), ("WBC", 11.6, 15.2)],
            ["fever", "chest pain", "melena", "diarrhea"], ["obesity"], sides=("left", "right")),
    ],
    "orthopedics": [
        _sc("displaced {side} distal radius fracture", ["{side} wrist pain", "swelling"], D_HOURS + D_DAYS,
            "dorsally angulated {side} distal radius fracture", "wrist X-ray",
            "open reduction and internal fixation of the {side} distal radius with a volar plate",
            ["cefazolin once"], ["oxycodone", "acetaminophen", "ibuprofen"],
            ["hemoglobin", "sodium", "creatinine", "glucose"],
            ["numbness", "head strike", "loss of consciousness", "fever"], ["osteopenia"]),
        _sc("severe {side} knee osteoarthritis", ["{side} knee pain", "stiffness"], [(6, 18, "months")],
            "tricompartmental joint space narrowing of the {side} knee", "knee X-ray",
            "{side} total knee arthroplasty", ["cefazolin"], ["oxycodone", "acetaminophen", "enoxaparin", "celecoxib"],
            ["hemoglobin", "creatinine", "potassium", "glucose"],
            ["fever", "calf pain", "chest pain", "numbness"], ["hypertension", "obesity"], age=(52, 88)),
        _sc("{side} femoral neck fracture", ["{side} hip pain", "inability to bear weight"], D_HOURS,
            "displaced {side} femoral neck fracture", "pelvis X-ray", "{side} hip hemiarthroplasty",
            ["cefazolin"], ["enoxaparin", "acetaminophen", "oxycodone", "cholecalciferol"],
            [("hemoglobin", 9.4, 11.6), "sodium", "creatinine", "INR"],
            ["head strike", "loss of consciousness", "chest pain", "fever"], ["osteoporosis", "hypertension"], age=(62, 88)),
        _sc("{side} ankle bimalleolar fracture", ["{side} ankle pain", "swelling"], D_HOURS + D_DAYS,
            "displaced {side} bimalleolar ankle fracture", "ankle X-ray",
            "open reduction and internal fixation of the {side} ankle", ["cefazolin once"],
            ["oxycodone", "acetaminophen", "aspirin", "methocarbamol"],
            ["hemoglobin", "glucose", "creatinine", "potassium"],
            ["numbness", "head strike", "fever", "calf pain"], ["asthma"]),
    ],
    "obstetrics": [
        _sc("preeclampsia with severe features", ["headache", "visual scotomata"], D_HOURS + D_DAYS,
            "{side} upper quadrant tenderness", "exam", "induction of labor with oxytocin",
            ["magnesium sulfate"], ["labetalol", "nifedipine", "ferrous sulfate"],
            [("platelets", 88000, 138000), ("AST", 72, 160), ("creatinine", 0.9, 1.2), ("uric acid", 6.4, 8.2)],
            ["vaginal bleeding", "fever", "chest pain", "contractions"], ["chronic hypertension"],
            vit={"sbp": (162, 176)}, sides=("right",)),
        _sc("arrest of dilation in labor", ["painful contractions", "leakage of fluid"], D_HOURS,
            "{side} occiput posterior position", "exam", "primary low transverse cesarean delivery",
            ["cefazolin once", "oxytocin"], ["ibuprofen", "oxycodone", "ferrous sulfate"],
            ["hemoglobin", "platelets", "WBC", "creatinine"],
            ["fever", "headache", "vaginal bleeding", "visual changes"], ["gestational diabetes"]),
        _sc("preterm premature rupture of membranes", ["leakage of fluid", "mild cramping"], D_HOURS,
            "single live fetus in cephalic presentation with placenta on the {side} lateral wall", "obstetric ultrasound",
            "sterile speculum exam with positive nitrazine and ferning", ["betamethasone"], ["azithromycin", "ferrous sulfate"],
            ["WBC", "hemoglobin", "CRP", "glucose"], ["fever", "vaginal bleeding", "headache", "dysuria"], ["anemia"]),
        _sc("postpartum hemorrhage due to uterine atony", ["heavy vaginal bleeding", "dizziness"], D_HOURS,
            "{side} vaginal sidewall laceration", "exam", "repair of the {side} vaginal sidewall laceration and bimanual uterine massage",
            ["oxytocin"], ["ferrous sulfate", "ibuprofen", "acetaminophen"],
            [("hemoglobin", 6.9, 8.4), ("platelets", 118000, 176000), "INR", "creatinine"],
            ["fever", "headache", "chest pain", "shortness of breath"], ["anemia"], vit={"hr": (108, 126)}),
    ],
    "pediatrics": [
        _sc("acute otitis media", ["{side} ear pain", "fussiness"], D_DAYS,
            "bulging {side} tympanic membrane", "otoscopy", "otoscopic exam", ["ibuprofen peds"],
            ["amoxicillin", "acetaminophen peds"], ["WBC", "sodium", "CRP"],
            ["vomiting", "rash", "neck stiffness", "diarrhea"], ["eczema"], febrile=True, setting="clinic"),
        _sc("croup", ["barking cough", "stridor"], D_DAYS[:0] + [(1, 3, "days")],
            "steeple sign with {side} subglottic narrowing", "neck X-ray", "racemic epinephrine nebulization",
            ["dexamethasone peds"], ["acetaminophen peds", "ibuprofen peds"], ["WBC", "sodium", "glucose"],
            ["drooling", "rash", "vomiting", "cyanosis"], ["reactive airway disease"], sides=("bilateral",),
            vit={"rr": (32, 44)}),
        _sc("acute appendicitis", ["periumbilical pain migrating to the {side} lower quadrant", "anorexia"], D_HOURS,
            "dilated appendix in the {side} lower quadrant", "abdominal ultrasound", "laparoscopic appendectomy",
            ["ceftriaxone peds"], ["acetaminophen peds", "ibuprofen peds", "ondansetron peds"],
            [("WBC", 13.6, 19.8), ("CRP", 28, 110), "sodium", "lipase"],
            ["diarrhea", "dysuria", "rash", "cough"], ["constipation"], febrile=True, sides=("right",)),
        _sc("moderate persistent asthma exacerbation", ["wheezing", "cough"], D_DAYS,
            "diminished breath sounds over the {side} base", "exam", "spirometry",
            ["albuterol neb"], ["prednisolone", "fluticasone", "albuterol"], ["WBC", "potassium", ("FEV1", 58, 72)],
            ["fever", "vomiting", "rash", "chest pain"], ["eczema", "allergic rhinitis"],
            vit={"spo2": (90, 94), "rr": (30, 40)}, sides=("left", "right", "bilateral")),
    ],
    "psychiatry": [
        _sc("major depressive disorder, recurrent, severe", ["low mood", "insomnia"], D_WEEKS,
            "healed superficial scars on the {side} forearm", "exam", "electroconvulsive therapy with {side} unilateral electrode placement",
            ["trazodone"], ["sertraline", "trazodone", "aripiprazole"], ["TSH", "sodium", ("QTc", 418, 452), "hemoglobin"],
            ["suicidal ideation", "hallucinations", "alcohol use", "chest pain"], ["generalized anxiety disorder"]),
        _sc("bipolar I disorder, current episode manic", ["decreased need for sleep", "pressured speech"], D_DAYS + D_WEEKS,
            "healing abrasion on the {side} knee", "exam", "psychiatric admission evaluation",
            ["olanzapine"], ["lithium carbonate", "olanzapine", "quetiapine"],
            [("lithium level", 0.3, 0.5), "TSH", "creatinine", "sodium"],
            ["suicidal ideation", "homicidal ideation", "alcohol use", "fever"], ["hypothyroidism"]),
        _sc("alcohol withdrawal", ["tremor", "anxiety"], D_HOURS + D_DAYS,
            "contusion over the {side} elbow", "exam", "CIWA-guided symptom-triggered protocol",
            ["chlordiazepoxide", "thiamine"], ["naltrexone", "thiamine", "lorazepam"],
            [("AST", 88, 190), ("ALT", 52, 110), ("magnesium", 1.3, 1.6), ("ethanol level", 90, 240)],
            ["hallucinations", "seizure activity", "suicidal ideation", "chest pain"], ["alcohol use disorder"],
            vit={"hr": (104, 118)}),
        _sc("opioid use disorder with withdrawal", ["myalgias", "rhinorrhea"], D_HOURS + D_DAYS,
            "track marks on the {side} antecubital fossa", "exam", "buprenorphine induction",
            ["buprenorphine-naloxone"], ["buprenorphine-naloxone", "trazodone"],
            ["ALT", "creatinine", ("QTc", 420, 448), "WBC"],
            ["suicidal ideation", "fever", "chest pain", "hallucinations"], ["hepatitis C"], vit={"hr": (98, 112)}),
    ],
    "emergency_medicine": [
        _sc("anaphylaxis after peanut ingestion", ["hives", "throat tightness"], [(1, 3, "hours")],
            "urticaria over the {side} forearm and trunk", "exam", "flexible nasopharyngolaryngoscopy",
            ["epinephrine", "diphenhydramine", "famotidine"], ["prednisone"],
            ["WBC", "glucose", "potassium"], ["stridor", "syncope", "vomiting", "chest pain"], ["asthma"],
            vit={"sbp": (98, 112), "hr": (104, 122)}),
        _sc("{side} ureteral stone with renal colic", ["{side} flank pain", "nausea"], D_HOURS,
            "5 mm {side} ureterovesical junction stone with mild hydronephrosis", "CT abdomen and pelvis",
            "bedside renal ultrasound", ["ketorolac", "ondansetron iv"], ["tamsulosin", "ibuprofen", "ondansetron"],
            ["creatinine", "WBC", "potassium"], ["fever", "dysuria", "chest pain", "vomiting"], ["nephrolithiasis"]),
        _sc("opioid overdose", ["unresponsiveness", "slow breathing"], [(1, 2, "hours")],
            "pinpoint pupils with a {side} forehead hematoma", "exam", "CT head without contrast",
            ["naloxone"], ["naloxone", "buprenorphine-naloxone"],
            [("acetaminophen level", 0, 9), "glucose", ("CK", 260, 820), "creatinine"],
            ["seizure activity", "vomiting", "fever", "chest pain"], ["opioid use disorder"],
            vit={"rr": (6, 9), "spo2": (80, 88)}),
        _sc("4 cm laceration of the {side} forearm", ["{side} forearm bleeding", "pain"], [(1, 4, "hours")],
            "4 cm linear laceration of the {side} volar forearm", "exam",
            "layered repair of the {side} forearm laceration with 6 sutures",
            ["lidocaine", "tetanus"], ["cephalexin", "ibuprofen"], ["hemoglobin", "glucose"],
            ["numbness", "weakness", "fever", "head strike"], ["type 2 diabetes"]),
    ],
    "surgery": [
        _sc("acute calculous cholecystitis", ["right upper quadrant pain", "nausea"], D_HOURS + D_DAYS,
            "gallbladder wall thickening with {side} upper quadrant fluid", "abdominal ultrasound",
            "laparoscopic cholecystectomy", ["piperacillin-tazobactam"], ["oxycodone", "acetaminophen", "ondansetron"],
            [("WBC", 12.8, 17.4), ("total bilirubin", 1.2, 1.9), ("ALT", 60, 140), "lipase"],
            ["jaundice", "chest pain", "diarrhea", "hematemesis"], ["obesity"], febrile=True, sides=("right",)),
        _sc("incarcerated {side} inguinal hernia", ["{side} groin pain", "a groin bulge"], D_HOURS,
            "tender irreducible {side} inguinal bulge", "exam", "open {side} inguinal hernia repair with mesh",
            ["cefazolin once"], ["oxycodone", "acetaminophen", "polyethylene glycol"],
            [("WBC", 10.8, 13.6), ("lactate", 1.1, 1.9), "creatinine", "hemoglobin"],
            ["vomiting", "fever", "bloody stools", "chest pain"], ["benign prostatic hyperplasia"], sex="M"),
        _sc("small bowel obstruction from adhesions", ["crampy abdominal pain", "vomiting"], D_DAYS,
            "dilated small bowel loops with a transition point in the {side} lower quadrant", "CT abdomen and pelvis",
            "exploratory laparotomy with lysis of adhesions", ["ondansetron iv", "heparin sc"],
            ["oxycodone", "acetaminophen", "heparin sc"],
            [("lactate", 1.4, 2.6), ("potassium", 3.1, 3.4), ("WBC", 11.2, 14.8), "creatinine"],
            ["fever", "bloody stools", "chest pain", "hematemesis"], ["prior appendectomy"]),
        _sc("perforated sigmoid diverticulitis", ["{side} lower quadrant pain", "fever"], D_DAYS,
            "free air with a {side} lower quadrant abscess", "CT abdomen and pelvis",
            "laparoscopic sigmoid colectomy with end colostomy", ["piperacillin-tazobactam"],
            ["oxycodone", "acetaminophen", "enoxaparin", "metronidazole"],
            [("WBC", 15.2, 21.8), ("lactate", 1.9, 3.1), ("CRP", 120, 260), "creatinine"],
            ["hematochezia", "chest pain", "dysuria", "hematemesis"], ["hypertension"], febrile=True, sides=("left",)),
    ],
}

_SURGICAL = ("ectomy", "arthroplasty", "open reduction", "repair", "cesarean", "laparotomy", "washout",
             "implantation", "colostomy")
_PROCEDURAL = ("biopsy", "thoracentesis", "paracentesis", "stent", "EGD", "ERCP", "sigmoidoscopy", "cardioversion",
               "coronary intervention", "lumbar puncture", "electroconvulsive", "laryngoscopy", "thrombectomy")


def _op_kind(proc: str) -> str | None:
    """"surgery" (an operation with blood loss), "procedure" (bedside/endoscopic/interventional) or None."""
    if any(k in proc for k in _SURGICAL):
        return "surgery"
    if any(k in proc for k in _PROCEDURAL):
        return "procedure"
    return None


PMH_EXTRA = ["hyperlipidemia", "gastroesophageal reflux disease", "hypothyroidism", "obesity", "osteoarthritis",
             "depression", "asthma", "migraine", "anemia", "glaucoma", "gout"]
PMH_PEDS = ["eczema", "allergic rhinitis", "constipation", "attention deficit hyperactivity disorder"]
SOCIAL = [  # (text, youngest age, oldest age)
    ("Lives with {his} spouse.", 22, 97), ("Lives alone and is independent in daily activities.", 18, 92),
    ("Retired teacher; lives with family.", 60, 97), ("Works as an electrician.", 20, 66),
    ("Works in retail; lives with a partner.", 18, 70), ("Lives with {his} daughter.", 65, 97),
    ("Former bus driver; uses a cane at home.", 62, 97), ("Works as a nurse.", 22, 66),
    ("Graduate student; lives with roommates.", 18, 34), ("Lives in an assisted living facility.", 75, 97),
    ("Works from home as an accountant.", 24, 68), ("College student.", 18, 24)]
SOCIAL_PEDS = ["Lives with parents; immunizations up to date.", "Attends school; immunizations are current.",
               "Lives with {his} mother and two siblings.", "Attends daycare; vaccines up to date."]
ALLERGY = ["No known drug allergies.", "Allergies: sulfa (hives).", "Allergies: codeine (nausea).",
           "Allergies: latex.", "NKDA."]
GENERAL = ["Alert and oriented.", "Awake and conversant.", "Appears fatigued but nontoxic.",
           "Appears uncomfortable.", "Alert, cooperative, and well perfused."]

# --------------------------------------------------------------------------- synthetic PHI

FIRST_F = ["Maria", "Linda", "Aisha", "Sofia", "Grace", "Helen", "Priya", "Rosa", "Emily", "Naomi", "Carmen",
           "Ruth", "Mei", "Fatima", "Olivia", "Irene", "Dolores", "Hannah", "Teresa", "Yuki"]
FIRST_M = ["James", "Carlos", "Ahmed", "Daniel", "Robert", "Wei", "Samuel", "Luis", "Kevin", "Omar", "Victor",
           "Thomas", "Andre", "Hiroshi", "Peter", "Rafael", "George", "Ivan", "Malik", "Henry"]
LAST = ["Lopez", "Nguyen", "Okafor", "Johnson", "Petrov", "Silva", "Kowalski", "Haddad", "Brennan", "Tanaka",
        "Moreno", "Fischer", "Adeyemi", "Castillo", "Lindqvist", "Sharma", "Whitaker", "Romano", "Delgado", "Park",
        "Mendez", "Abbott", "Sato", "Keller"]
STREETS = ["Elm Street", "Maple Avenue", "Cedar Lane", "Harbor Road", "Willow Drive", "Oak Street",
           "Birch Avenue", "Summit Road", "Chestnut Street", "Lakeview Drive"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
AREA = ["617", "312", "415", "206", "512", "303", "404", "614", "919", "503"]


# --------------------------------------------------------------------------- helpers

def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _join(items: list[str], conj: str = "and") -> str:
    if len(items) == 1:
        return items[0]
    if len(items) == 2:
        return f"{items[0]} {conj} {items[1]}"
    return ", ".join(items[:-1]) + f", {conj} " + items[-1]


def _article(age_word: str) -> str:
    return "an" if age_word[:1] == "8" or age_word.startswith(("11-", "18-")) else "a"


def _words(s: str) -> set[str]:
    out = []
    for w in s.lower().replace("-", " ").replace(",", " ").split():
        w = w.strip(".;:()")
        if len(w) > 3 and w not in ("with", "from", "over", "left", "right", "bilateral", "lower", "upper"):
            out.append(w.rstrip("s"))
    return set(out)


class _Case:
    """The sampled facts of one note, each as the exact text both note and summary use."""

    def __init__(self, rng: random.Random, specialty: str, note_type: str, phi: bool):
        self.rng = rng
        self.specialty = specialty
        self.note_type = note_type
        pool = SCENARIOS[specialty]
        if note_type == "operative_note":
            pool = [x for x in pool if _op_kind(x["proc"])]
        sc = rng.choice(pool)
        self.op = _op_kind(sc["proc"])
        self.sc = sc
        side = rng.choice(sc["sides"])
        self.side = side
        self._sex_age(phi)
        f = lambda t: t.replace("{side}", side)  # noqa: E731
        self.dx = f(sc["dx"])
        sx = [f(s) for s in sc["sx"]]
        self.sx = sx[:1] if rng.random() < 0.35 else sx[:]
        lo, hi, unit = rng.choice(sc["dur"])
        k = rng.randint(lo, hi)
        if k == 1:
            unit = unit[:-1]
        self.dur_n, self.dur_unit = k, unit
        self.dur = f"for {k} {unit}"
        self.complaint = f"{_join(self.sx)} {self.dur}"
        self.lat = f(sc["lat"])
        if side == "bilateral" and self.lat.endswith("effusion"):
            self.lat += "s"
        self.src = sc["src"]
        self.proc = f(sc["proc"])
        self.pmh = [p for p in sc["pmh"]]
        if rng.random() < 0.5:
            extra = rng.choice(PMH_PEDS if specialty == "pediatrics" else PMH_EXTRA)
            if extra not in self.pmh and not (_words(extra) & _words(self.dx)):
                self.pmh.append(extra)
        self._meds()
        self._labs()
        self._vitals()
        self._negs()
        self.los = rng.randint(2, 7)
        self.hday = rng.randint(2, 5)
        self.fu_n, self.fu_unit = rng.choice([(1, "week"), (2, "weeks"), (3, "weeks"), (4, "weeks"), (6, "weeks")])
        self.fu = f"in {self.fu_n} {self.fu_unit}"
        self.phi = phi
        self.phi_bits: dict[str, str] = {}
        self.honorific = None
        if phi:
            self._phi()

    # -- demographics
    def _sex_age(self, phi: bool) -> None:
        rng = self.rng
        if self.specialty == "obstetrics":
            self.sex = "F"
            self.age = rng.randint(19, 41)
        elif self.specialty == "pediatrics":
            self.sex = rng.choice("MF")
            self.age = rng.randint(1, 15) if self.sc["dx"] != "croup" else rng.randint(1, 4)
        else:
            self.sex = rng.choice(self.sc["sex"])
            lo, hi = self.sc["age"]
            if self.specialty in ("psychiatry", "emergency_medicine"):
                lo = 18
            self.age = rng.randint(lo, hi)
            if phi and self.specialty not in ("psychiatry",) and hi >= 80 and rng.random() < 0.2:
                self.age = rng.randint(90, 97)
        peds = self.specialty == "pediatrics"
        if peds:
            self.noun = "boy" if self.sex == "M" else "girl"
        else:
            self.noun = "man" if self.sex == "M" else "woman"
        self.he, self.his = ("He", "his") if self.sex == "M" else ("She", "her")
        self.age_word = f"{self.age}-year-old"
        self.who = f"{_article(self.age_word)} {self.age_word} {self.noun}"
        if self.specialty == "obstetrics":
            g = self.rng.randint(1, 4)
            p = self.rng.randint(0, g - 1)
            self.ga = self.rng.randint(26, 33) if "preterm" in self.sc["dx"] else self.rng.randint(35, 40)
            self.who = f"{self.who}, G{g}P{p}, at {self.ga} weeks gestation"

    # -- facts
    def _med_text(self, key: str) -> str:
        name, doses, unit, route, freqs = MEDS[key]
        d = self.rng.choice(doses)
        if "/" not in d:
            v = float(d)
            d = _num(v, 0) if v == int(v) else d
        return f"{name} {d} {unit} {route} {self.rng.choice(freqs)}"

    def _meds(self) -> None:
        rng = self.rng
        sc = self.sc
        inpt = list(sc["inpt"])
        home = [k for k in sc["home"] if k not in inpt]
        rng.shuffle(home)
        nh = rng.randint(2, min(3, len(home))) if len(home) >= 2 else len(home)
        self.inpt_meds = [self._med_text(k) for k in inpt[:2]]
        self.home_meds = [self._med_text(k) for k in home[:nh]]
        # at most 4 in total
        while len(self.inpt_meds) + len(self.home_meds) > 4:
            self.home_meds.pop()
        self.held = None
        if len(home) > nh and rng.random() < 0.5:
            self.held = MEDS[home[nh]][0]

    def _labs(self) -> None:
        rng = self.rng
        specs = list(self.sc["labs"])
        # keep the scenario's abnormal labs first, then a random normal one
        abn = [s for s in specs if isinstance(s, tuple)]
        nrm = [s for s in specs if not isinstance(s, tuple)]
        rng.shuffle(nrm)
        chosen = abn[:3] + nrm
        k = rng.randint(max(2, min(3, len(abn))), 4)
        chosen = chosen[:k]
        out = []
        for s in chosen:
            if isinstance(s, tuple):
                name, lo, hi = s
                unit, dec, _lo, _hi = LABS[name]
            else:
                name = s
                unit, dec, lo, hi = LABS[name]
            v = rng.uniform(lo, hi)
            if dec < 0:  # rounded to 10**-dec, written as an integer
                step = 10 ** (-dec)
                v = max(step, round(v / step) * step) if hi > 0 else 0
                val = _num(v, 0)
            else:
                val = _num(v, dec)
                if float(val.replace(",", "")) == 0 and dec > 0:
                    val = _num(10 ** -dec, dec)
            if name == "INR" or name == "pH" or not unit:
                txt = f"{name} {val}"
            elif unit.startswith("%"):
                txt = f"{name} {val}{unit}" if unit == "%" else f"{name} {val}{unit}"
            elif unit.startswith("/"):
                txt = f"{name} {val}{unit}"
            else:
                txt = f"{name} {val} {unit}"
            out.append(txt)
        self.labs = out

    def _vitals(self) -> None:
        rng = self.rng
        v = self.sc["vit"]
        peds = self.specialty == "pediatrics"
        sbp = rng.randint(*v.get("sbp", (96, 112) if peds else (112, 150)))
        dbp = max(48, min(sbp - 30, rng.randint(58, 94) if not peds else rng.randint(54, 70)))
        hr = rng.randint(*v.get("hr", (88, 124) if peds and self.age < 6 else (64, 96)))
        rr = rng.randint(*v.get("rr", (22, 30) if peds and self.age < 6 else (14, 20)))
        spo2 = rng.randint(*v.get("spo2", (95, 99)))
        temp = round(rng.uniform(38.2, 39.6), 1) if self.sc["febrile"] else round(rng.uniform(36.4, 37.4), 1)
        self.bp = f"BP {sbp}/{dbp} mmHg"
        self.hr = rng.choice([f"HR {hr}", f"heart rate {hr}", f"HR {hr} bpm"])
        self.rr = f"RR {rr}"
        o2 = "on room air" if spo2 >= 92 or rng.random() < 0.3 else f"on {rng.randint(2, 4)} L nasal cannula"
        self.spo2 = f"SpO2 {spo2}% {o2}"
        self.temp = rng.choice([f"temperature {temp:.1f} C", f"temperature {temp:.1f} C", f"T {temp:.1f} C"])
        self.wt = f"weight {max(9, 2 * self.age + 8 + rng.randint(-3, 4)) if peds else rng.randint(52, 118)} kg"
        self.vitals = [self.bp, self.hr, self.rr, self.spo2, self.temp]
        if peds:
            self.vitals.append(self.wt)

    def _negs(self) -> None:
        rng = self.rng
        affirmed = " ".join([self.dx, self.complaint, self.lat, self.proc] + self.pmh)
        aw = _words(affirmed)
        pool = [n for n in self.sc["negs"] if not (_words(n) & aw)]
        if self.sc["febrile"]:
            pool = [n for n in pool if "fever" not in n]
        rng.shuffle(pool)
        self.neg_items = pool[:rng.choice((2, 2, 3))]
        verb = rng.choice(["denies", "denies", "no", "reports no"])
        self.neg_verb = verb
        # the note states them together; the summary restates the first one
        self.neg_note = f"{verb} {_join(self.neg_items, 'or')}"
        self.neg_summary = {"denies": "denies", "no": "No", "reports no": "reports no"}[verb] + " " + self.neg_items[0]

    def _phi(self) -> None:
        rng = self.rng
        first = rng.choice(FIRST_M if self.sex == "M" else FIRST_F)
        last = rng.choice(LAST)
        self.first, self.last = first, last
        mrn = "".join(str(rng.randint(0, 9)) for _ in range(8))
        mrn = str(rng.randint(1, 9)) + mrn[1:]
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        dob = f"{m:02d}/{d:02d}/{2024 - self.age - (1 if m > 6 else 0)}"
        phone = f"({rng.choice(AREA)}) 555-01{rng.randint(0, 99):02d}"
        bits = {"name": f"{first} {last}", "mrn": mrn, "dob": dob, "phone": phone}
        amonth = rng.randint(1, 12)
        bits["date"] = f"{MONTHS[amonth - 1]} {rng.randint(1, 28)}, {rng.choice([2023, 2024, 2025])}"
        bits["address"] = f"{rng.randint(3, 980)} {rng.choice(STREETS)}"
        bits["email"] = f"{first.lower()}.{last.lower()}{rng.randint(1, 99)}@{rng.choice(['example.org', 'example.com'])}"
        bits["doctor"] = f"Dr. {rng.choice(FIRST_F + FIRST_M)} {rng.choice(LAST)}"
        keep = ["name", "mrn"] + rng.sample(["dob", "phone", "date", "address", "email", "doctor"], rng.randint(2, 4))
        if self.age > 89 and rng.random() < 0.5:
            keep = rng.sample(keep, 2)  # the age itself is identifying
        self.phi_bits = {k: bits[k] for k in ["name", "mrn", "dob", "phone", "date", "address", "email", "doctor"]
                         if k in keep}
        # "Mrs.", not "Ms.": the checker reads "ms" as multiple sclerosis
        self.honorific = ("Mr." if self.sex == "M" else "Mrs.") + " " + last
        if self.specialty == "pediatrics":
            self.honorific = None


# --------------------------------------------------------------------------- note writers


def _header(c: _Case) -> str:
    b = c.phi_bits
    parts = []
    if "name" in b:
        parts.append(f"Patient: {b['name']}.")
    if "mrn" in b:
        parts.append(c.rng.choice(["MRN: ", "MRN "]) + b["mrn"] + ".")
    if "dob" in b:
        parts.append(f"DOB: {b['dob']}.")
    if "phone" in b:
        parts.append(f"Phone: {b['phone']}.")
    return " ".join(parts)


def _phi_tail(c: _Case) -> list[str]:
    b = c.phi_bits
    out = []
    if "address" in b:
        out.append(c.rng.choice([f"Lives at {b['address']} with family.",
                                 f"Home address on file: {b['address']}."]))
    if "email" in b:
        out.append(f"Contact email: {b['email']}.")
    if "doctor" in b:
        out.append(c.rng.choice([f"Attending: {b['doctor']}.", f"Seen with {b['doctor']}."]))
    return out


def _admitted(c: _Case) -> str:
    if "date" in c.phi_bits and c.note_type in ("discharge_summary", "ed_note", "progress_soap", "consult"):
        return f" admitted on {c.phi_bits['date']}"
    return ""


def _intro(c: _Case) -> str:
    pmh = _join(c.pmh)
    who = c.who
    adm = _admitted(c)
    return c.rng.choice([
        f"{_cap(who)} with a history of {pmh}{adm} presents with {c.complaint}.",
        f"{_cap(who)} with {pmh}{adm} reports {c.complaint}.",
        f"{_cap(who)}{adm} with a past history of {pmh} who developed {c.complaint}.",
        f"Patient is {who} with {pmh}{adm}; {c.his} main complaint is {c.complaint}.",
        f"HPI: {who} with {pmh}{adm}, here with {c.complaint}.",
    ])


def _background(c: _Case) -> list[str]:
    """Social history, allergies and general appearance: no checkable numbers."""
    rng = c.rng
    if c.specialty == "pediatrics":
        social = rng.choice(SOCIAL_PEDS)
    else:
        social = rng.choice([t for t, lo, hi in SOCIAL if lo <= c.age <= hi])
    social = social.replace("{his}", c.his)
    out = [social, rng.choice(ALLERGY)]
    if rng.random() < 0.6:
        out.append(rng.choice(GENERAL))
    rng.shuffle(out)
    return out


def _vitals_sentence(c: _Case, lead: str | None = None) -> str:
    lead = lead or c.rng.choice(["Vitals: ", "Vital signs: ", "On arrival, ", "Exam: "])
    return lead + ", ".join(c.vitals) + "."


def _labs_sentence(c: _Case) -> str:
    labs = c.labs
    return c.rng.choice([
        f"Labs: {', '.join(labs)}.",
        f"Labs notable for {_join(labs)}.",
        f"Laboratory results: {'; '.join(labs)}.",
        f"Pertinent labs include {_join(labs)}.",
    ])


def _lat_sentence(c: _Case) -> str:
    rng = c.rng
    if c.src == "exam":
        return rng.choice([f"Exam shows {c.lat}.", f"On exam there is {c.lat}.", f"Examination notable for {c.lat}."])
    return rng.choice([f"{_cap(c.src)} showed {c.lat}.", f"{_cap(c.src)} demonstrated {c.lat}.",
                       f"{_cap(c.src)}: {c.lat}."])


def _neg_sentence(c: _Case) -> str:
    items = _join(c.neg_items, "or")
    return {"denies": f"{c.he} denies {items}.", "no": f"No {items}.",
            "reports no": f"{c.he} reports no {items}."}[c.neg_verb]


def _note_discharge(c: _Case) -> list[str]:
    rng = c.rng
    s = [rng.choice(["Discharge summary.", "DISCHARGE SUMMARY.", "Hospital discharge summary."])]
    s.append(_intro(c))
    s.append(rng.choice([f"Admitted for {c.los} days with {c.dx}.",
                         f"Principal diagnosis: {c.dx}; length of stay {c.los} days.",
                         f"{c.he} was hospitalized for {c.los} days for {c.dx}."]))
    s += _background(c)[:2]
    s.append(_vitals_sentence(c, rng.choice(["Admission vitals: ", "Vitals on admission: "])))
    s.append(_lat_sentence(c))
    s.append(_labs_sentence(c))
    s.append(rng.choice([f"Treated with {_join(c.inpt_meds)}.", f"Received {_join(c.inpt_meds)} in hospital.",
                         f"Inpatient therapy included {_join(c.inpt_meds)}."]))
    s.append(rng.choice([f"Underwent {c.proc} on hospital day 2.", f"{c.he} underwent {c.proc} on hospital day 2."]))
    s.append(_neg_sentence(c))
    dm = c.home_meds
    s.append(rng.choice([f"Discharge medications: {'; '.join(dm)}.", f"Discharged on {_join(dm)}.",
                         f"Medications at discharge: {', '.join(dm)}."]))
    if c.held:
        s.append(f"Hold {c.held} until follow-up.")
    s.append(rng.choice([f"Follow up {c.fu}.", f"Clinic follow-up {c.fu} with repeat labs."]))
    return s


def _note_progress(c: _Case) -> list[str]:
    rng = c.rng
    inpatient = c.sc["setting"] == "inpatient"
    day = f"hospital day {c.hday}"
    s = [rng.choice([f"S: {_cap(day)}." if inpatient else "S: Clinic follow-up.",
                     f"Progress note, {day}. S:" if inpatient else "Clinic progress note. S:"])]
    s.append(_intro(c))
    s.append(_neg_sentence(c))
    s.append(rng.choice([f"Taking {_join(c.home_meds)}.", f"Current medications: {'; '.join(c.home_meds)}."]))
    s += _background(c)[:2]
    s.append("O: " + ", ".join(c.vitals) + ".")
    s.append(_lat_sentence(c))
    s.append(_labs_sentence(c))
    s.append(rng.choice([f"A/P: {c.dx}.", f"A/P: {c.dx}, improving.", f"Assessment: {c.dx}. Plan:"]))
    s.append(rng.choice([f"Continue {_join(c.inpt_meds)}.", f"Start {_join(c.inpt_meds)}.",
                         f"Add {_join(c.inpt_meds)}."]))
    s.append(rng.choice([f"Plan {c.proc}.", f"Arrange {c.proc}.", f"Will schedule {c.proc}."]))
    if c.held:
        s.append(f"Hold {c.held}.")
    s.append(rng.choice([f"Recheck labs {c.fu}.", f"Follow up {c.fu}."]))
    return s


def _note_ed(c: _Case) -> list[str]:
    rng = c.rng
    s = [rng.choice(["ED note.", "Emergency department note.", "ED provider note."])]
    s.append(rng.choice([f"Chief complaint: {_join(c.sx)}.", f"CC: {_join(c.sx)}."]))
    s.append(_intro(c))
    s.append(_neg_sentence(c))
    s.append(rng.choice([f"Home medications: {'; '.join(c.home_meds)}.",
                         f"Outpatient medications are {_join(c.home_meds)}."]))
    s += _background(c)[:2]
    s.append(_vitals_sentence(c))
    s.append(_lat_sentence(c))
    s.append(_labs_sentence(c))
    s.append(rng.choice([f"In the ED given {_join(c.inpt_meds)}.", f"ED course: received {_join(c.inpt_meds)}.",
                         f"Treated in the ED with {_join(c.inpt_meds)}."]))
    if c.op:
        s.append(rng.choice([f"Consulted for {c.proc}.", f"Specialty team consulted for {c.proc}."]))
    else:
        s.append(rng.choice([f"Underwent {c.proc} in the ED.", f"{c.he} underwent {c.proc} in the ED."]))
    s.append(rng.choice([f"Impression: {c.dx}.", f"ED diagnosis: {c.dx}.", f"Assessment: {c.dx}."]))
    s.append(rng.choice(["Disposition: admitted.", "Admitted for further care.",
                         f"Disposition: home with follow-up {c.fu}."]))
    return s


def _note_consult(c: _Case) -> list[str]:
    rng = c.rng
    s = [rng.choice([f"{c.specialty.replace('_', ' ').title()} consult note.", "Consult note.",
                     "Inpatient consultation."])]
    s.append(rng.choice([f"Reason for consult: {c.dx}.", f"Asked to evaluate for {c.dx}."]))
    s.append(_intro(c))
    s.append(_neg_sentence(c))
    s.append(rng.choice([f"Medications: {'; '.join(c.home_meds)}.", f"{c.he} takes {_join(c.home_meds)}."]))
    s += _background(c)[:2]
    s.append(_vitals_sentence(c))
    s.append(_lat_sentence(c))
    s.append(_labs_sentence(c))
    s.append(rng.choice([f"Impression: {c.dx}.", f"Assessment: findings consistent with {c.dx}."]))
    recs = [f"start {_join(c.inpt_meds)}", f"proceed with {c.proc}", f"follow up {c.fu}"]
    if c.held:
        recs.insert(1, f"hold {c.held}")
    if rng.random() < 0.5:
        s.append("Recommendations: " + " ".join(f"{i + 1}) {r}." for i, r in enumerate(recs)))
    else:
        s.append("Recommend " + "; ".join(recs) + ".")
    return s


def _note_operative(c: _Case) -> list[str]:
    rng = c.rng
    surg = c.op == "surgery"
    s = [rng.choice(["Operative note.", "Brief operative note."] if surg else ["Procedure note.", "Brief procedure note."])]
    s.append(rng.choice([f"Preoperative diagnosis: {c.dx}." if surg else f"Pre-procedure diagnosis: {c.dx}.",
                         f"Indication: {c.dx}."]))
    s.append(_intro(c))
    s.append(_neg_sentence(c))
    s.append(rng.choice(ALLERGY))
    s.append(rng.choice([f"Procedure: {c.proc}.", f"Procedure performed: {c.proc}."] +
                        ([f"Operation: {c.proc}."] if surg else [])))
    s.append(rng.choice(["Anesthesia: general endotracheal.", "Anesthesia: general."] if surg else
                        ["Sedation: moderate sedation.", "Anesthesia: monitored anesthesia care.",
                         "Local anesthesia with moderate sedation."]))
    s.append(rng.choice([f"Findings: {c.lat}.", f"Findings included {c.lat}."]))
    if surg:
        if c.specialty == "pediatrics" or any(k in c.proc for k in ("laparoscopic", "implantation", "arthroscopic",
                                                                     "laceration", "parathyroid")):
            ebl = rng.choice([5, 10, 15, 20, 25])
        elif any(k in c.proc for k in ("arthroplasty", "colectomy", "laparotomy", "cesarean", "mastectomy")):
            ebl = rng.choice([150, 200, 250, 300, 400, 500, 600])
        else:
            ebl = rng.choice([25, 50, 75, 100, 150])
        s.append(rng.choice([f"EBL {ebl} mL. No complications.", f"Estimated blood loss {ebl} mL; no complications.",
                             f"Blood loss {ebl} mL without complications."]))
    else:
        s.append(rng.choice(["No immediate complications.", "Tolerated well without complications."]))
    s.append(rng.choice([f"Periprocedural {_join(c.inpt_meds)}.", f"Given {_join(c.inpt_meds)}."]))
    s.append(_labs_sentence(c))
    s.append(rng.choice(["Postoperative vitals: " if surg else "Post-procedure vitals: ", "Vitals in recovery: "])
             + ", ".join(c.vitals) + ".")
    post = "Postoperative" if surg else "Post-procedure"
    s.append(rng.choice([f"{post} medications: {'; '.join(c.home_meds)}.",
                         f"{post} medications: {_join(c.home_meds)}."]))
    s.append(rng.choice([f"Wound check {c.fu}." if surg else f"Clinic follow-up {c.fu}.", f"Follow up {c.fu}."]))
    return s


def _note_medrec(c: _Case) -> list[str]:
    rng = c.rng
    s = [rng.choice(["Medication reconciliation.", "Medication reconciliation note.",
                     "Pharmacy medication reconciliation."])]
    s.append(_intro(c))
    s.append(rng.choice([f"Active diagnosis: {c.dx}.", f"Diagnosis: {c.dx}."]))
    s.append(rng.choice([f"Home medications verified: {'; '.join(c.home_meds)}.",
                         f"Verified home list: {', '.join(c.home_meds)}."]))
    s.append(rng.choice([f"New this visit: {_join(c.inpt_meds)}.", f"Added: {_join(c.inpt_meds)}."]))
    if c.held:
        s.append(rng.choice([f"Stopped {c.held}.", f"Discontinued {c.held}."]))
    s.append(rng.choice([f"Related care: {c.proc}.", f"Care plan includes {c.proc}."]))
    s.append(_lat_sentence(c))
    s.append(_labs_sentence(c))
    s.append(_vitals_sentence(c))
    s.append(_neg_sentence(c))
    s.append(rng.choice(ALLERGY))
    s.append(rng.choice(["Patient verbalized understanding of the changes.",
                         "Reviewed with the patient and caregiver using the pill bottles.",
                         "Adherence reviewed; uses a weekly pill organizer."]))
    s.append(rng.choice([f"Pharmacy follow-up {c.fu}.", f"Review again {c.fu}."]))
    return s


_WRITERS = {
    "discharge_summary": _note_discharge, "progress_soap": _note_progress, "ed_note": _note_ed,
    "consult": _note_consult, "operative_note": _note_operative, "medication_reconciliation": _note_medrec,
}


# --------------------------------------------------------------------------- summaries

def _summary(c: _Case) -> tuple[str, list[dict]]:
    """A faithful summary (facts copied as written in the note) and the facts it states.

    All random choices are drawn first; optional facts (a second lab, vital, medication or
    symptom) are then dropped until the summary is at most 80 words."""
    rng = c.rng
    nt = c.note_type
    honor = bool(c.honorific) and rng.random() < 0.4
    adm = _admitted(c) if rng.random() < 0.5 else ""
    both_sx = rng.random() < 0.5 and len(c.sx) > 1
    los_opener = nt == "discharge_summary" and rng.random() < 0.5
    opener_i = rng.randrange(3)
    finding_i = rng.randrange(2)
    proc_i = rng.randrange(2)
    n_labs = rng.choice((1, 2))
    extra_vital = rng.choice([c.hr, c.spo2, c.temp]) if rng.random() < 0.4 else None
    n_home = rng.choice((1, 1, 2))
    lab_i, vit_i = rng.randrange(2), rng.randrange(2)
    order = rng.choice([(0, 1, 2, 3, 4), (0, 1, 4, 2, 3), (1, 0, 4, 3, 2), (0, 4, 1, 2, 3), (0, 1, 2, 4, 3)])
    where = rng.randrange(3)

    def build():
        facts: list[dict] = []

        def fact(kind: str, text: str) -> str:
            facts.append({"kind": kind, "text": text})
            return text

        subj = f"{c.honorific}, {c.who}," if honor else c.who
        dx = fact("diagnosis", c.dx)
        complaint = f"{_join(c.sx) if both_sx else c.sx[0]} {c.dur}"
        fact("temporal", c.dur)
        if los_opener:
            los = fact("temporal", f"{c.los} days")
            opener = f"{_cap(subj)}{adm} was admitted for {los} with {dx} after {complaint}."
        else:
            opener = [f"{_cap(subj)}{adm} presented with {complaint} and was diagnosed with {dx}.",
                      f"{_cap(subj)}{adm} with {complaint} has {dx}.",
                      f"{_cap(subj)}{adm} was seen for {dx} after {complaint}."][opener_i]
        lat = fact("laterality", c.lat)
        if nt == "operative_note":
            finding = f"Findings included {lat}."
        elif c.src == "exam":
            finding = [f"Exam showed {lat}.", f"On exam there was {lat}."][finding_i]
        else:
            finding = f"{_cap(c.src)} showed {lat}."
        proc = ""
        if nt != "medication_reconciliation":
            p = fact("procedure", c.proc)
            if nt == "discharge_summary":
                proc = f"{c.he} underwent {p} on hospital day 2."
                fact("temporal", "hospital day 2")
            elif nt == "operative_note":
                proc = [f"{c.he} underwent {p} without complications.", f"{c.he} underwent {p}."][proc_i]
            elif nt == "consult":
                proc = f"Recommendations include {p}."
            elif nt == "progress_soap":
                proc = f"The plan includes {p}."
            elif c.op:
                proc = f"A consult was placed for {p}."
            else:
                proc = f"{c.he} underwent {p} in the ED."
        labs = [fact("lab_value", x) for x in c.labs[:n_labs]]
        vit = [fact("vital_sign", c.bp)] + ([fact("vital_sign", extra_vital)] if extra_vital else [])
        lab_s = [f"Labs showed {_join(labs)}.", f"Notable labs: {_join(labs)}."][lab_i]
        vit_s = [f"Vitals included {_join(vit)}.", f"Recorded vitals: {_join(vit)}."][vit_i]
        inp = c.inpt_meds[:1]
        home = c.home_meds[:n_home]
        for m in inp + home:
            fact("medication", m)
        post = "postoperative" if c.op == "surgery" else "post-procedure"
        med_s = {
            "discharge_summary": f"Treated with {_join(inp)}; discharged on {_join(home)}.",
            "medication_reconciliation": f"Home medications include {_join(home)}; newly added {_join(inp)}.",
            "consult": f"Recommended starting {_join(inp)}; current medications include {_join(home)}.",
            "operative_note": f"Given {_join(inp)}; {post} medications include {_join(home)}.",
            "ed_note": f"Given {_join(inp)} in the ED; home medications include {_join(home)}.",
            "progress_soap": f"Taking {_join(home)}; plan for {_join(inp)}.",
        }[nt]
        neg = fact("negation", c.neg_summary)
        neg_s = f"{neg}." if neg.startswith("No ") else f"{c.he} {neg}."
        mid = [x for x in (finding, proc, lab_s, vit_s, med_s) if x]
        mid = [mid[i] for i in order if i < len(mid)]
        mid.insert(min(where, len(mid)), neg_s)
        summ = " ".join([opener] + mid)
        facts.sort(key=lambda f: summ.find(f["text"]))
        return summ, facts

    while True:
        summ, facts = build()
        if len(summ.split()) <= 80:
            return summ, facts
        if extra_vital:
            extra_vital = None
        elif n_home > 1:
            n_home = 1
        elif n_labs > 1:
            n_labs = 1
        elif both_sx:
            both_sx = False
        elif adm:
            adm = ""
        elif honor:
            honor = False
        elif los_opener:
            los_opener = False
        else:
            return summ, facts


def _sanity_subst(text: str) -> str:
    return " ".join(text.split())


# --------------------------------------------------------------------------- public API

def _plan(n: int, rng: random.Random) -> list[tuple[str, str]]:
    pairs = []
    for i in range(n):
        sp = SPECIALTIES[i % len(SPECIALTIES)]
        nt = NOTE_TYPES[(i + i // 42) % len(NOTE_TYPES)]  # 42 = lcm(14, 6): shift to reach every pair
        pairs.append((sp, nt))
    rng.shuffle(pairs)
    return pairs


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def generate(n: int = 300, seed: int = DEFAULT_SEED, with_facts: bool = False) -> list[dict]:
    """`n` synthetic notes with faithful summaries; the same (n, seed) gives identical output.

    Each item: {"source_id": "g0001", "specialty", "note_type", "clinical_note", "summary",
    "phi": bool}; with `with_facts=True` also "facts": [{"kind", "text"}] spans of the summary."""
    if n < 0:
        raise ValueError("n must be >= 0")
    rng = random.Random(seed)
    plan = _plan(n, rng)
    phi_ids = set(rng.sample(range(n), round(n * PHI_FRACTION)))
    out: list[dict] = []
    seen: set[str] = set()
    for i, (sp, nt) in enumerate(plan):
        phi = i in phi_ids
        for _attempt in range(50):
            c = _Case(rng, sp, nt, phi)
            sents = _WRITERS[nt](c)
            if phi:
                sents = [_header(c)] + sents + _phi_tail(c)
            note = _sanity_subst(" ".join(x for x in sents if x))
            summary, facts = _summary(c)
            summary = _sanity_subst(summary)
            key = _norm(note)
            if key not in seen:
                break
        seen.add(key)
        rec = {"source_id": f"g{i + 1:04d}", "specialty": sp, "note_type": nt, "clinical_note": note,
               "summary": summary, "phi": phi}
        if with_facts:
            rec["facts"] = facts
        out.append(rec)
    return out


def write_raw(path, n: int = 300, seed: int = DEFAULT_SEED) -> int:
    """Write `generate(n, seed)` as JSONL (one object per line, UTF-8); returns the count."""
    rows = generate(n, seed)
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    tmp = p.with_name(p.name + ".tmp")
    with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    tmp.replace(p)
    return len(rows)
