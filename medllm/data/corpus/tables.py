"""The corpus generator's vocabulary: specialties, note types, medications, labs, history, synthetic PHI.

Plain tables and the one number formatter both note and summary use; no randomness here. The
clinical scenarios (which drugs, labs and findings go with which diagnosis) are data:
`scenarios.yaml`, read and checked by `medllm.data.corpus.scenarios`.
"""

from __future__ import annotations

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


# --------------------------------------------------------------------------- procedure kinds
# an operative note needs a scenario whose procedure is an operation or a procedure

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

