"""Drugs: the curated therapeutic classes, and drug mentions found with drug-named-entity-recognition.

`DRUG_CLASSES` (member -> class), the therapeutic areas and the replacement pool that medication
swaps draw from, `drug_class(name)`, `drug_mentions(text)` (hyphenated combinations and salt
words kept with their drug) and the lookups built on them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# therapeutic class -> its members, as `find_drugs` names them (lower case), "|"-separated
_CLASS_MEMBERS = {
    "loop_diuretic": "furosemide|bumetanide|torsemide",
    "thiazide_diuretic": "hydrochlorothiazide|chlorthalidone",
    "mineralocorticoid_antagonist": "spironolactone|eplerenone",
    "beta_blocker": "metoprolol|carvedilol|atenolol|propranolol|labetalol|bisoprolol",
    "ace_inhibitor": "lisinopril|enalapril|ramipril",
    "arb": "losartan|valsartan|irbesartan",
    "calcium_channel_blocker": "amlodipine|diltiazem|nifedipine|verapamil",
    "antiarrhythmic": "amiodarone|sotalol",
    "anticoagulant": "apixaban|rivaroxaban|warfarin|enoxaparin|heparin|dabigatran",
    "antiplatelet": "aspirin|clopidogrel|ticagrelor|prasugrel",
    "statin": "atorvastatin|rosuvastatin|simvastatin|pravastatin",
    "nsaid": "ibuprofen|naproxen|ketorolac|celecoxib|diclofenac|indomethacin",
    "analgesic": "acetaminophen",
    "opioid": "oxycodone|morphine|hydromorphone|fentanyl|tramadol",
    "opioid_antagonist": "naloxone|naltrexone",
    "glp1_agonist": "semaglutide|liraglutide|dulaglutide",
    "biguanide": "metformin",
    "sglt2_inhibitor": "empagliflozin|dapagliflozin|canagliflozin",
    "sulfonylurea": "glipizide|glyburide|glimepiride",
    "insulin": "insulin|insulin glargine|insulin lispro|insulin aspart|insulin detemir|insulin regular",
    "thyroid_hormone": "levothyroxine|liothyronine",
    "antithyroid": "methimazole|propylthiouracil",
    "bisphosphonate": "alendronate|zoledronic acid",
    "corticosteroid": "methylprednisolone|prednisone|dexamethasone|betamethasone|hydrocortisone|prednisolone|"
                      "fluticasone|budesonide",
    "macrolide": "azithromycin|clarithromycin",
    "cephalosporin": "cefazolin|ceftriaxone|cefepime|cephalexin",
    "penicillin": "amoxicillin|piperacillin|ampicillin|penicillin|tazobactam",
    "fluoroquinolone": "ciprofloxacin|levofloxacin|moxifloxacin",
    "glycopeptide": "vancomycin",
    "nitroimidazole": "metronidazole",
    "sulfonamide_antibiotic": "trimethoprim|sulfamethoxazole",
    "tetracycline": "doxycycline|minocycline",
    "antiretroviral": "bictegravir|emtricitabine|tenofovir alafenamide|tenofovir|dolutegravir",
    "anticholinergic_bronchodilator": "tiotropium|ipratropium",
    "beta_agonist": "albuterol|formoterol|salmeterol|racepinephrine",
    "leukotriene_antagonist": "montelukast",
    "antihistamine": "cetirizine|loratadine|diphenhydramine",
    "proton_pump_inhibitor": "pantoprazole|omeprazole|esomeprazole",
    "h2_blocker": "famotidine",
    "antiemetic": "ondansetron|metoclopramide|prochlorperazine",
    "laxative": "polyethylene glycol|senna|lactulose|docusate",
    "vitamin": "thiamine|folic acid|cholecalciferol|ergocalciferol|cyanocobalamin",
    "iron": "ferrous sulfate",
    "electrolyte": "potassium chloride|magnesium sulfate|calcium carbonate|sodium bicarbonate",
    "phosphate_binder": "sevelamer",
    "potassium_binder": "sodium zirconium cyclosilicate|patiromer",
    "alpha_blocker": "tamsulosin",
    "thrombolytic": "alteplase|tenecteplase",
    "anti_cd20": "ocrelizumab|rituximab",
    "dopaminergic": "carbidopa|levodopa|pramipexole|ropinirole",
    "mao_b_inhibitor": "rasagiline|selegiline",
    "aromatase_inhibitor": "letrozole|anastrozole|exemestane",
    "checkpoint_inhibitor": "pembrolizumab|nivolumab",
    "platinum_chemotherapy": "carboplatin|cisplatin|oxaliplatin",
    "taxane": "paclitaxel|docetaxel",
    "tnf_inhibitor": "adalimumab|infliximab",
    "sympathomimetic": "epinephrine|norepinephrine",
    "stimulant": "methylphenidate",
    "alpha2_agonist": "guanfacine|clonidine",
    "mood_stabilizer": "lithium|lithium carbonate|valproic acid|lamotrigine",
    "antipsychotic": "quetiapine|paliperidone|paliperidone palmitate|risperidone|olanzapine|haloperidol|"
                     "aripiprazole",
    "anticholinergic": "benztropine",
    "local_anesthetic": "lidocaine|bupivacaine",
    "ssri": "sertraline|fluoxetine|escitalopram",
    "benzodiazepine": "lorazepam|diazepam|alprazolam|chlordiazepoxide",
    "anticonvulsant": "levetiracetam|phenytoin",
    "crystalloid": "ringer's lactate|saline solution",
}
DRUG_CLASSES: dict[str, str] = {m: c for c, ms in _CLASS_MEMBERS.items() for m in ms.split("|")}

# therapeutic areas: a replacement from the same area (another class) is the most plausible mix-up
_AREAS = {
    "cardiovascular": "loop_diuretic thiazide_diuretic mineralocorticoid_antagonist beta_blocker ace_inhibitor arb "
                      "calcium_channel_blocker antiarrhythmic anticoagulant antiplatelet statin",
    "endocrine": "glp1_agonist biguanide sglt2_inhibitor sulfonylurea insulin thyroid_hormone antithyroid "
                 "bisphosphonate",
    "infection": "macrolide cephalosporin penicillin fluoroquinolone glycopeptide nitroimidazole "
                 "sulfonamide_antibiotic tetracycline antiretroviral",
    "respiratory_allergy": "anticholinergic_bronchodilator beta_agonist leukotriene_antagonist antihistamine "
                           "corticosteroid sympathomimetic",
    "pain": "nsaid analgesic opioid opioid_antagonist local_anesthetic",
    "gastro_renal": "proton_pump_inhibitor h2_blocker antiemetic laxative phosphate_binder potassium_binder "
                    "electrolyte vitamin iron alpha_blocker crystalloid",
    "neuro_psych": "dopaminergic mao_b_inhibitor stimulant alpha2_agonist mood_stabilizer antipsychotic "
                   "anticholinergic ssri benzodiazepine anticonvulsant",
    "oncology_immunology": "aromatase_inhibitor checkpoint_inhibitor platinum_chemotherapy taxane tnf_inhibitor "
                           "anti_cd20 thrombolytic",
}
_AREA_OF = {c: a for a, cs in _AREAS.items() for c in cs.split()}

# the replacement pool, one or two typical drugs per class (written as they read in a summary)
_REPLACEMENTS = {
    "loop_diuretic": ["bumetanide"], "thiazide_diuretic": ["chlorthalidone"],
    "mineralocorticoid_antagonist": ["eplerenone"], "beta_blocker": ["carvedilol", "atenolol"],
    "ace_inhibitor": ["enalapril"], "arb": ["valsartan"], "calcium_channel_blocker": ["amlodipine", "verapamil"],
    "antiarrhythmic": ["amiodarone"], "anticoagulant": ["warfarin", "rivaroxaban"],
    "antiplatelet": ["clopidogrel"], "statin": ["rosuvastatin"], "nsaid": ["diclofenac"],
    "analgesic": ["acetaminophen"], "opioid": ["oxycodone", "morphine"], "opioid_antagonist": ["naltrexone"],
    "glp1_agonist": ["liraglutide"], "biguanide": ["metformin"], "sglt2_inhibitor": ["dapagliflozin"],
    "sulfonylurea": ["glyburide"], "thyroid_hormone": ["liothyronine"], "antithyroid": ["methimazole"],
    "bisphosphonate": ["risedronate"], "corticosteroid": ["hydrocortisone", "prednisone"],
    "macrolide": ["clarithromycin"], "cephalosporin": ["cefepime", "cephalexin"],
    "penicillin": ["amoxicillin"], "fluoroquinolone": ["levofloxacin"], "glycopeptide": ["vancomycin"],
    "nitroimidazole": ["metronidazole"], "tetracycline": ["doxycycline"], "antiretroviral": ["dolutegravir"],
    "anticholinergic_bronchodilator": ["ipratropium"], "beta_agonist": ["salmeterol"],
    "leukotriene_antagonist": ["montelukast"], "antihistamine": ["loratadine"],
    "proton_pump_inhibitor": ["omeprazole"], "h2_blocker": ["famotidine"], "antiemetic": ["metoclopramide"],
    "laxative": ["lactulose"], "alpha_blocker": ["tamsulosin"], "thrombolytic": ["tenecteplase"],
    "dopaminergic": ["ropinirole"], "mao_b_inhibitor": ["selegiline"], "aromatase_inhibitor": ["anastrozole"],
    "checkpoint_inhibitor": ["nivolumab"], "platinum_chemotherapy": ["cisplatin"], "taxane": ["docetaxel"],
    "tnf_inhibitor": ["infliximab"], "stimulant": ["methylphenidate"], "alpha2_agonist": ["clonidine"],
    "mood_stabilizer": ["lamotrigine"], "antipsychotic": ["risperidone", "olanzapine"],
    "anticholinergic": ["benztropine"], "ssri": ["sertraline", "escitalopram"],
    "benzodiazepine": ["lorazepam"], "anticonvulsant": ["levetiracetam"], "local_anesthetic": ["bupivacaine"],
    "anti_cd20": ["rituximab"],
}
_SALT_WORDS = {"succinate", "tartrate", "carbonate", "sulfate", "hydrochloride", "citrate", "chloride",
               "palmitate", "alafenamide", "sodium", "potassium", "ER", "XL", "SR", "XR", "DR", "CR", "LA"}
# find_drugs also matches these; as a lab name or a generic word they are no drug to swap
_DRUG_SKIP_WORDS = {"oxygen", "air", "water", "contrast", "blood", "glucose", "sodium", "potassium",
                    "calcium", "magnesium", "iron", "lithium", "chloride", "bicarbonate", "phosphate",
                    "albumin", "ferritin", "vitamin d", "calprotectin", "estrogen receptor", "receptor"}


@lru_cache(maxsize=1)
def _find_drugs():
    from drug_named_entity_recognition import find_drugs

    return find_drugs


@lru_cache(maxsize=4096)
def _drug_names(phrase: str) -> tuple:
    """The canonical names (lower case) `find_drugs` gives for the whole phrase, () if none."""
    words = phrase.split()
    res = _find_drugs()(words, is_ignore_case=True)
    return tuple(sorted({str(m.get("name") or "").lower() for m, a, b in res if a == 0 and b == len(words)}))


def drug_class(name: str) -> str | None:
    """The curated therapeutic class of a drug name (via its `find_drugs` canonical name)."""
    n = name.lower().strip()
    if n in DRUG_CLASSES:
        return DRUG_CLASSES[n]
    for canon in _drug_names(n):
        if canon in DRUG_CLASSES:
            return DRUG_CLASSES[canon]
    return None


@dataclass(frozen=True)
class _Drug:
    start: int
    end: int
    text: str
    names: tuple     # canonical names of the parts ("carbidopa", "levodopa")
    classes: tuple   # their curated classes ("" when unknown)


@lru_cache(maxsize=1024)
def drug_mentions(text: str) -> tuple:
    """Drug mentions in `text` found with `find_drugs`: hyphenated combinations ("carbidopa-levodopa")
    are one mention, and a salt or release word after a drug ("succinate", "ER") belongs to it."""
    toks = [(m.group(0), m.start(), m.end()) for m in re.finditer(r"[A-Za-z][A-Za-z0-9']*", text)]
    words = [t[0] for t in toks]
    found = []
    for m, a, b in _find_drugs()(words, is_ignore_case=True):
        name = str(m.get("name") or "").lower()
        found.append((toks[a][1], toks[b - 1][2], name))
    found.sort(key=lambda t: (t[0], -t[1], t[2]))
    merged: list[list] = []
    for s, e, name in found:
        if merged and s < merged[-1][1]:
            if name not in merged[-1][2]:
                merged[-1][2].append(name)
            continue
        if merged and text[merged[-1][1]:s] == "-":
            merged[-1][1] = e
            merged[-1][2].append(name)
            continue
        merged.append([s, e, [name]])
    out = []
    for s, e, names in merged:
        # a trailing salt/release word
        while True:
            m = re.match(r" ([A-Za-z]+)\b", text[e:])
            if m and (m.group(1).lower() in _SALT_WORDS or m.group(1) in _SALT_WORDS):
                e += m.end()
            else:
                break
        classes = tuple(DRUG_CLASSES.get(n, "") for n in names)
        out.append(_Drug(s, e, text[s:e], tuple(names), classes))
    return tuple(out)


@lru_cache(maxsize=512)
def _note_drug_names(note: str) -> frozenset:
    return frozenset(n for d in drug_mentions(note) for n in d.names)


@lru_cache(maxsize=512)
def _real_drug(name: str) -> bool:
    return bool(_drug_names(name))




def _drug_before(summary: str, pos: int, max_gap: int = 40):
    """The drug mention that ends before `pos` in the same clause (no ; . , between), if close."""
    best = None
    for d in drug_mentions(summary):
        if d.end <= pos and pos - d.end <= max_gap and not re.search(r"[;:,()]|\.(?!\d)|\b(?:and|then|or)\b",
                                                                     summary[d.end:pos]):
            best = d
    return best
