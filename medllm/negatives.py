"""Typed, validated hard negatives: the faithful summary with exactly one clinical fact broken.

A DPO pair needs a rejected summary that is as close to the chosen (faithful) one as possible and
wrong in one checkable way.  This module proposes such edits by kind, then keeps only those that
survive validation against the note.

Kinds (`KINDS`)
  dosage       a drug's dose number x10, x2, /2, x4, /10, x3 (unit kept): "furosemide 40 mg" -> "400 mg"
  medication   a drug (found with drug-named-entity-recognition's `find_drugs`) swapped for a real drug
               of a different therapeutic class, chosen from a curated class table (the package gives
               no pharmacological class: its MeSH tree is chemical) and absent from the note; the
               replacement is confirmed with `find_drugs` too
  frequency    twice daily -> three times daily, daily -> twice daily, every 6 hours -> every 12 hours,
               nightly -> every morning, weekly -> daily, every other day -> daily ...
  route        PO <-> IV, IM -> IV, subcutaneously -> intravenously, inhaled -> intranasally ...
  laterality   left <-> right, bilateral -> left/right (the side plus the anatomy it names)
  negation     drop or flip a negation ("denies X" -> "reports X", "with no X" -> "with X",
               "without X" -> "with X", "was negative" -> "was positive") or add one
               ("reports X" -> "denies X", "positive" -> "negative")
  lab_value    the value after a named lab changed by a clinically meaningful step (sodium +-10,
               potassium +-1, LVEF +-25, pH +-0.1 ...; else about a quarter of the value), x10 or /10 for
               log-scale labs (TSH, troponin, BNP, lipase, CRP)
  unit         a quantity's unit swapped, number kept (mg -> mcg/g, mmol/L -> mg/dL, g/dL -> mg/dL ...)
  vital_sign   BP/HR/SpO2/T/RR/weight value changed to a clinically different one
  temporal     a duration's unit (3 days -> 3 weeks) or number (4 days -> 8 days); "day N"
  diagnosis    a term swapped for a related but different one from a curated vocabulary
               ("type 2 diabetes" -> "type 1 diabetes", "pneumonia" -> "pulmonary embolism")
  procedure    a procedure swapped for another ("laparoscopic" -> "open", "lumpectomy" -> "mastectomy")
  fabrication  one new sentence inserted after a sentence end, stating a fact the note does not
               (a drug, lab, procedure or finding), e.g. " Warfarin 5 mg PO daily was also started."

API
  `Negative(kind, from_, to, span, rejected)`: `span == [start, end]` is the character span of
  `from_` in the chosen summary and `rejected == chosen[:start] + to + chosen[end:]`; for a
  fabrication `from_ == ""` and `span == [i, i]` (the insertion point).  `from_`/`to` carry a little
  context (the drug name before a dose, the lab name before a value, the anatomy after a side) so
  that `to` reads as a statement.
  `candidates(note, summary, kind)`: every proposal for one kind, in a deterministic order.
  `validate(note, summary, neg)`: None when valid, else one of `REJECT_REASONS`.
  `make_negatives(note, summary, rng, kinds=KINDS, per_note=None)`: at most one validated negative
  per kind (uniform among the valid candidates, drawn with `rng`), at most `per_note` in all (kinds
  tried in an rng-shuffled order), plus a Counter of the candidates rejected, by reason.

Validation (`validate`, checks in this order; the first failure is the reason)
  chosen_unfaithful   `medllm.checker.check(note, chosen)` is not empty: nothing built on this
                      summary can be a clean pair (make_negatives then rejects every candidate)
  identical           rejected == chosen
  not_one_change      the span does not hold `from_`, `rejected` is not chosen with that span replaced,
                      or the edit is more than one change: a token diff of from_ -> to with more than
                      one changed block, or one block that changes two numbers/units/sides/... at once
  ungrammatical       the edit adds a double space, a doubled word, a space before punctuation or
                      doubled punctuation, an "a"/"an" that no longer agrees, an unbalanced
                      parenthesis, a lowercase sentence start, or a leading/trailing space
  supported_by_note   `to` occurs in the note (case and whitespace folded, word-bounded), or the
                      checker finds nothing unsupported in the rejected summary
  wrong_type          the checker flags the rejected summary, but with no type that fits the kind
                      (e.g. a "route" edit flagged only as a number); see `ACCEPTED_TYPES`

Limits
  Lexical, like the checker: facts are found with regexes and vocabularies, so a summary phrased
  in an unusual way yields fewer candidates, and a kind with no candidate in a summary (no side, no
  lab) yields none.  The validity of a negative is the checker's verdict: an edit the checker cannot
  see (a procedure name outside its vocabulary, a route change for a drug the note gives both ways)
  is rejected even if it is a real error, and an edit the checker flags is kept even when a
  clinician might call it a paraphrase.  Medication swaps only cover drugs in the curated class
  table (`DRUG_CLASSES`); other drugs found by `find_drugs` (and non-drugs it matches, such as
  "Escherichia coli") are not swapped.  Grammar checks are simple heuristics.
  Deterministic: no dependence on hash seeds; the same inputs and rng state give the same output.
  Speed: ~25-65 ms per starter note for all 13 kinds (candidates are validated lazily, in rng order,
  until one passes); the first call also loads the find_drugs dictionary (~1.5 s, once per process).
"""

from __future__ import annotations

import collections
import difflib
import random
import re
from dataclasses import dataclass, field
from functools import lru_cache

from medllm.checker import check

__all__ = [
    "KINDS", "REJECT_REASONS", "ACCEPTED_TYPES", "DRUG_CLASSES", "Negative", "candidates", "validate",
    "make_negatives", "drug_mentions", "drug_class",
]

KINDS = (
    "dosage", "medication", "frequency", "route", "laterality", "negation", "lab_value", "unit",
    "vital_sign", "temporal", "diagnosis", "procedure", "fabrication",
)

REJECT_REASONS = (
    "chosen_unfaithful", "identical", "not_one_change", "ungrammatical", "supported_by_note", "wrong_type",
)

# checker types that count as the kind's error (any flag will do for a fabrication)
ACCEPTED_TYPES = {
    "dosage": {"dosage", "unit", "number"},
    "medication": {"medication"},
    "frequency": {"frequency"},
    "route": {"route"},
    "laterality": {"laterality"},
    "negation": {"negation"},
    "lab_value": {"lab_value", "unit", "number"},
    "unit": {"unit", "dosage", "lab_value", "vital_sign", "number"},
    "vital_sign": {"vital_sign", "number", "unit"},
    "temporal": {"temporal", "number"},
    "diagnosis": {"diagnosis"},
    "procedure": {"procedure"},
    "fabrication": None,
}


@dataclass
class Negative:
    kind: str
    from_: str
    to: str
    span: list = field(default_factory=list)
    rejected: str = ""

    def perturbation(self) -> dict:
        """The `perturbation` record of the DPO contract."""
        return {"kind": self.kind, "from": self.from_, "to": self.to, "span": list(self.span)}


# --------------------------------------------------------------------------- small helpers

_TOKEN = re.compile(r"\d+(?:[.,/]\d+)*|[A-Za-z]+(?:/[A-Za-z0-9.]+)+|[A-Za-z][A-Za-z0-9']*|[^\sA-Za-z0-9]")


def _case_like(src: str, repl: str) -> str:
    """`repl` with the first letter's case of `src` (sentence-initial words stay capitalized)."""
    if src[:1].isupper() and repl[:1].islower():
        return repl[:1].upper() + repl[1:]
    if src[:1].islower() and repl[:1].isupper() and not repl[:2].isupper():
        return repl[:1].lower() + repl[1:]
    return repl


def _sentence_start(text: str, pos: int) -> bool:
    return not text[:pos].strip() or re.search(r"[.!?]\s*$", text[:pos]) is not None


def _cased(text: str, pos: int, original: str, repl: str) -> str:
    """`repl` (written in its own case, "asthma", "COPD", "Crohn disease") for `original` at `pos`:
    capitalized at a sentence start, all capitals where the original is an all-capital word."""
    if len(original) > 1 and original.isupper() and repl.islower():
        return repl.upper()
    if _sentence_start(text, pos):
        return repl[:1].upper() + repl[1:]
    return repl


def _make(kind: str, summary: str, start: int, end: int, to: str) -> Negative:
    return Negative(kind, summary[start:end], to, [start, end], summary[:start] + to + summary[end:])


def _ctx_left(text: str, start: int, ntok: int = 1) -> int:
    """Extend `start` left over up to `ntok` words, not across punctuation."""
    s = start
    for _ in range(ntok):
        m = re.search(r"([A-Za-z][A-Za-z0-9'\-]*|\d+(?:\.\d+)?)\s+$", text[:s])
        if not m:
            break
        s = m.start(1)
    return s


def _fmt_num(v: float, decimals: int, thousands: bool = False) -> str:
    if decimals <= 0:
        s = f"{int(round(v)):,}" if thousands and abs(v) >= 1000 else str(int(round(v)))
    else:
        s = f"{v:.{decimals}f}"
    return s


def _decimals(num: str) -> int:
    return len(num.split(".")[1]) if "." in num else 0


def _to_float(num: str) -> float:
    return float(num.replace(",", ""))


@lru_cache(maxsize=512)
def _note_numbers(note: str) -> frozenset:
    return frozenset(m.group(0).replace(",", "") for m in re.finditer(r"\d+(?:[.,]\d+)*", note)) | frozenset(
        _strip_zeros(m.group(0).replace(",", "")) for m in re.finditer(r"\d+(?:[.,]\d+)*", note))


def _strip_zeros(s: str) -> str:
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


def _num_in_note(note: str, num: str) -> bool:
    n = num.replace(",", "")
    nums = _note_numbers(note)
    return n in nums or _strip_zeros(n) in nums


def _fold(s: str) -> str:
    return " ".join(s.lower().split())


@lru_cache(maxsize=512)
def _folded(note: str) -> str:
    return _fold(note)


def _in_note(note: str, text: str) -> bool:
    t = _fold(text)
    if not t:
        return False
    return re.search(r"(?<![a-z0-9])" + re.escape(t) + r"(?![a-z0-9])", _folded(note)) is not None


# --------------------------------------------------------------------------- drugs

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


def _swappable(summary: str, d: _Drug) -> bool:
    low = d.text.lower()
    if low in _DRUG_SKIP_WORDS or not d.classes or not all(d.classes) or "crystalloid" in d.classes:
        return False
    # "lithium level", "vitamin D 22 ng/mL": a lab named like a drug
    if any(a < d.end and d.start < b for a, b, _n, _k in _named_values(summary)
           if not (a <= d.start and d.end <= b and (b - a) < (d.end - d.start))):
        return False
    return True


def _drug_before(summary: str, pos: int, max_gap: int = 40):
    """The drug mention that ends before `pos` in the same clause (no ; . , between), if close."""
    best = None
    for d in drug_mentions(summary):
        if d.end <= pos and pos - d.end <= max_gap and not re.search(r"[;:,()]|\.(?!\d)|\b(?:and|then|or)\b",
                                                                     summary[d.end:pos]):
            best = d
    return best


# --------------------------------------------------------------------------- quantities

_UNIT_RE = (r"mL/min/1\.73\s?m2|mg/m2|mg/kg|mcg/kg|mg/dL|g/dL|mmol/L|mEq/L|mIU/L|ng/dL|ng/mL|pg/mL|mcg/mL|"
            r"mcg/g|mg/g|U/L|cells/uL|copies/mL|mg/h|g/h|units|unit|mg|mcg|g|kg|mL|L|mEq|mmHg|%|cm|mm|lb|C|F|puffs")
_QTY = re.compile(r"(?<![\w.,/\-])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d/]|[.,]\d)"
                  r"(?:(\s?)(" + _UNIT_RE + r")(?![\w/]))?")
_DOSE_UNITS = {"mg", "mcg", "g", "units", "unit", "mEq", "mL", "L", "mg/kg", "mcg/kg", "mg/m2", "mg/h", "g/h", "puffs"}
_UNIT_SWAPS = {
    "mg": ["mcg", "g"], "mcg": ["mg"], "g": ["mg"], "kg": ["lb"], "lb": ["kg"], "mL": ["L"], "L": ["mL"],
    "units": ["mg"], "mEq": ["mmol"], "mg/dL": ["mmol/L"], "mmol/L": ["mg/dL"], "mEq/L": ["mg/dL"],
    "g/dL": ["mg/dL"], "mIU/L": ["IU/L"], "ng/dL": ["ng/mL"], "ng/mL": ["ng/dL"], "pg/mL": ["ng/mL"],
    "mcg/mL": ["mg/mL"], "mcg/g": ["mg/g"], "mg/g": ["mcg/g"], "U/L": ["U/mL"], "cells/uL": ["cells/mL"],
    "mg/kg": ["mg"], "mcg/kg": ["mg/kg"], "mg/m2": ["mg/kg"], "mg/h": ["mg/min"], "g/h": ["mg/h"],
    "cm": ["mm"], "mm": ["cm"],
}


@lru_cache(maxsize=1024)
def _quantities(text: str) -> tuple:
    """(start, end, number, number_end, unit) for numbers in `text` (slashed numbers excluded)."""
    out = []
    for m in _QTY.finditer(text):
        unit = m.group(3) or ""
        out.append((m.start(), m.end() if unit else m.end(1), m.group(1), m.end(1), unit))
    return tuple(out)


def _changed_values(num: str, factors, note: str, cap: float | None = None, strip: bool = False) -> list[str]:
    v = _to_float(num)
    dec = _decimals(num)
    thousands = "," in num
    out = []
    for f in factors:
        w = v * f
        if w <= 0 or (cap is not None and w > cap):
            continue
        d = dec
        if w != round(w, d):
            d = min(max(dec, 1), 2) if w < 10 else dec
            if round(w, d) == 0:
                continue
        s = _fmt_num(round(w, d), d, thousands)
        if strip:
            s = _strip_zeros(s)
        if _to_float(s) == v or s in out or _num_in_note(note, s):
            continue
        out.append(s)
    return out


# --------------------------------------------------------------------------- labs and vitals

_LAB_NAMES = [
    "hemoglobin A1c", "HbA1c", "A1c", "hemoglobin", "creatinine", "potassium", "sodium", "glucose",
    "blood glucose", "TSH", "free T4", "LDL", "HDL", "BNP", "NT-proBNP", "lipase", "WBC", "white blood cell count",
    "platelets", "platelet count", "INR", "eGFR", "lactate", "troponin", "CD4 count", "CD4", "HIV RNA",
    "calprotectin", "vitamin D", "lithium level", "trough", "pH", "PaCO2", "PaO2", "LVEF", "ejection fraction",
    "FEV1", "eosinophils", "bilirubin", "ALT", "AST", "albumin", "magnesium", "calcium", "ferritin", "PSA",
    "CRP", "ESR", "procalcitonin", "bicarbonate", "BUN", "chloride", "phosphorus", "ammonia", "hCG",
    "alkaline phosphatase", "triglycerides", "cholesterol",
]
_VITAL_NAMES = [
    "BP", "blood pressure", "HR", "heart rate", "pulse", "SpO2", "oxygen saturation", "O2 saturation", "T",
    "temperature", "RR", "respiratory rate", "fetal heart rate", "weighing", "birth weight", "weight",
]
_CASED = {"T", "HR", "RR", "BP", "pH", "INR", "AST", "ALT", "BUN", "CRP", "ESR", "PSA", "HDL", "LDL", "BNP", "TSH",
          "WBC", "CD4", "hCG", "A1c", "HbA1c"}


def _name_re(names):
    alts = []
    for n in sorted(set(names), key=lambda x: (-len(x), x)):
        e = re.escape(n).replace(r"\ ", r"\s+")
        alts.append(e if n in _CASED else "(?i:" + e + ")")
    return re.compile(r"(?<![\w\-])(" + "|".join(alts) + r")(?![\w\-])")


_LAB_RE = _name_re(_LAB_NAMES)
_VITAL_RE = _name_re(_VITAL_NAMES)
_VITAL_VALUE = re.compile(r"(\d{2,3})/(\d{2,3})(?:\s?mmHg)?"
                          r"|(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s?(%|bpm|C|F|kg|g|lb)(?![\w/]))?")
_FILLER = re.compile(r"(?:\s+(?:is|was|were|are|of|at|level|levels|count|fell|from|to|rising|rose|a|an|the|"
                     r"baseline|drop|dropped|improving|improved|down|up|value|peaked|decreased|increased|less|"
                     r"than|greater|challenge|test|on|admission|discharge|measured|remains|remained)){0,6}\s+",
                     re.I)


@lru_cache(maxsize=1024)
def _named_values(text: str) -> tuple:
    """(name_start, value_end, kind, value_start) for "<lab or vital> [filler] <number>" in `text`."""
    out = []
    drugs = drug_mentions(text)
    for rx, kind in ((_LAB_RE, "lab_value"), (_VITAL_RE, "vital_sign")):
        for m in rx.finditer(text):
            # "potassium chloride 40 mEq", "magnesium sulfate 4 g": a drug, not a lab
            if any(d.start <= m.start() and m.end() <= d.end and (d.end - d.start) > (m.end() - m.start())
                   for d in drugs):
                continue
            f = _FILLER.match(text, m.end())
            if not f:
                continue
            pos = f.end()
            if kind == "vital_sign":
                vm = _VITAL_VALUE.match(text, pos)
            else:
                vm = _QTY.match(text, pos)
            if not vm or (pos > 0 and text[pos - 1] in "-/"):
                continue
            out.append((m.start(), vm.end(), kind, pos))
    out.sort()
    return tuple(out)


def _vital_alternatives(name: str, value: str, note: str) -> list[str]:
    n = name.lower()
    m = re.match(r"(\d{2,3})/(\d{2,3})(.*)$", value, re.S)
    if m:
        s, d, rest = int(m.group(1)), int(m.group(2)), m.group(3)
        alts = []
        for ds, dd in ((-50, -20), (40, 16), (-30, -14), (24, 12)):
            s2, d2 = s + ds, d + dd
            if 70 <= s2 <= 240 and 40 <= d2 <= 140 and d2 < s2 - 20:
                v = f"{s2}/{d2}{rest}"
                if not _num_in_note(note, f"{s2}") and not _in_note(note, f"{s2}/{d2}"):
                    alts.append(v)
        return alts
    m = re.match(r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(.*)$", value, re.S)
    if not m:
        return []
    num, rest = m.group(1), m.group(2)
    v = _to_float(num)
    if n in ("t", "temperature") or rest.strip() in ("C", "F"):
        if rest.strip() == "F" or v > 50:
            opts = [98.4, 101.8] if v >= 100.4 else [102.6, 96.1]
        else:
            opts = [36.9, 37.1] if v >= 38 else [39.1, 38.8]
        vals = [f"{o:.1f}" for o in opts]
    elif n in ("spo2", "oxygen saturation", "o2 saturation") or rest.strip() == "%":
        vals = [str(int(v - 8)), str(int(v - 12))] if v >= 93 else [str(min(99, int(v + 7))), str(int(v - 6))]
    elif n in ("hr", "heart rate", "pulse"):
        vals = [str(int(v + 40)), str(int(v - 30))] if v < 100 else [str(int(v - 40)), str(int(v + 30))]
    elif n == "fetal heart rate":
        vals = [str(int(v - 48)), str(int(v + 40))]
    elif n in ("rr", "respiratory rate"):
        vals = [str(int(v + 12)), str(int(v - 6))] if v < 30 else [str(int(v - 36)), str(int(v - 20))]
    else:  # weights
        vals = _changed_values(num, (1.3, 0.7, 2), note)
    out = []
    for s in vals:
        if _to_float(s) > 0 and s != num and not _num_in_note(note, s):
            if "," in num and len(s) > 3 and "," not in s:
                s = f"{int(_to_float(s)):,}"
            out.append(s + rest)
    return out


# a clinically meaningful change for common labs (else a quarter of the value, rounded)
_LAB_STEP = {"sodium": 10, "potassium": 1.0, "glucose": 100, "blood glucose": 100, "hemoglobin": 3,
             "hemoglobin a1c": 2, "hba1c": 2, "a1c": 2, "lvef": 25, "ejection fraction": 25, "ph": 0.1,
             "paco2": 15, "pao2": 25, "lithium level": 0.7, "inr": 1.5, "creatinine": 1.0, "bicarbonate": 8,
             "calcium": 2, "magnesium": 1.0, "fev1": 25, "cd4": 150, "cd4 count": 150}


def _lab_alternatives(name: str, num: str, unit: str, note: str) -> list[str]:
    v = _to_float(num)
    key = " ".join(name.lower().split())
    step = _LAB_STEP.get(key)
    if key in ("tsh", "troponin", "bnp", "lipase", "crp", "procalcitonin"):  # a log-scale lab: x10, /10
        return _changed_values(num, (10, 0.1), note, strip=True)
    if step is None:
        step = 0.25 * v
        if step > 0:
            mag = 10 ** (len(str(int(step))) - 1) if step >= 1 else 10 ** -max(1, _decimals(num))
            step = max(mag, round(step / mag) * mag)
    cap = 100.0 if unit == "%" else None
    alts = []
    for w in (v + step, v - step, v + 2 * step):
        if w > 0 and (cap is None or w <= cap):
            d = _decimals(num)
            if not float(round(w, d)) == round(w, 6):
                d = max(d, 1)
            s = _fmt_num(w, d, "," in num)
            if s != num and not _num_in_note(note, s) and s not in alts:
                alts.append(s)
    return alts


# --------------------------------------------------------------------------- candidates by kind

def _cands_dosage(note, summary):
    out = []
    for s, e, num, ne, unit in _quantities(summary):
        if unit not in _DOSE_UNITS:
            continue
        d = _drug_before(summary, s)
        after = re.match(r"\s+(?:of\s+)?([A-Za-z][\w\-]*)", summary[e:])
        if d is None and not (after and any(x.start == e + after.start(1) for x in drug_mentions(summary))):
            continue
        if unit in ("puffs",) and num == "1":
            continue
        start = d.start if d is not None else s
        for new in _changed_values(num, (10, 2, 0.5, 4, 0.1, 3), note, strip=True):
            to = summary[start:s] + new + summary[ne:e]
            out.append(_make("dosage", summary, start, e, to))
    return out


def _cands_medication(note, summary):
    out = []
    in_note = _note_drug_names(note)
    for d in drug_mentions(summary):
        if not _swappable(summary, d):
            continue
        own = set(d.classes)
        own_areas = [_AREA_OF.get(c, "") for c in d.classes]
        pool_same, pool_other = [], []
        for cls in sorted(_REPLACEMENTS):
            if cls in own:
                continue
            for rep in _REPLACEMENTS[cls]:
                if rep in in_note or _in_note(note, rep) or rep.lower() in d.text.lower():
                    continue
                (pool_same if _AREA_OF.get(cls, "") in own_areas else pool_other).append(rep)
        # a few per mention: same therapeutic area first, then two from elsewhere (stable order)
        reps = pool_same[:6] if pool_same else pool_other[:: max(1, len(pool_other) // 4)][:4]
        for rep in reps:
            if not _real_drug(rep) or drug_class(rep) in own:
                continue
            to = _cased(summary, d.start, d.text, rep)
            out.append(_make("medication", summary, d.start, d.end, to))
    return out


_FREQ_WORDS = {"once": 1, "twice": 2, "three times": 3, "four times": 4}
_FREQ_RE = re.compile(
    r"\bevery other day\b"
    r"|\bevery (\d+) (hours?|days?|weeks?|months?)\b"
    r"|\bq(\d+)h\b"
    r"|\b(once|twice|three times|four times|\d+ times) (daily|a day|per day|weekly|a week|per week)\b"
    r"|\b(\d+) (nights|days) per week\b"
    r"|\bevery (morning|evening|night)\b"
    r"|\b(daily|nightly|weekly|monthly|at bedtime)\b"
    r"|\b(BID|TID|QID|QHS|bid|tid|qid|qhs)\b", re.I)


def _freq_alternatives(m: re.Match) -> list[str]:
    t = m.group(0)
    low = t.lower()
    if low == "every other day":
        return ["daily", "twice daily"]
    if m.group(1):
        n, u = int(m.group(1)), m.group(2).lower()
        base = u.rstrip("s")
        table = {"hour": {4: [8, 12], 6: [12, 2], 8: [12, 4], 12: [24, 6], 24: [12, 8], 2: [6], 3: [6]},
                 "day": {21: [7, 14], 7: [14, 3], 14: [7, 28], 2: [7]},
                 "week": {2: [4, 1], 4: [2, 8], 3: [1, 6], 1: [2], 6: [3], 8: [4]},
                 "month": {6: [3, 12], 3: [6, 1], 1: [3], 12: [6]}}
        alts = table.get(base, {}).get(n) or [n * 2]
        return [f"every {a} {base}{'s' if a != 1 else ''}" if a != 1 else f"every {base}" for a in alts]
    if m.group(3):
        n = int(m.group(3))
        return [f"q{n * 2}h"] + ([f"q{n // 2}h"] if n % 2 == 0 and n >= 4 else [])
    if m.group(4):
        cnt, per = m.group(4).lower(), m.group(5).lower()
        daily = per in ("daily", "a day", "per day")
        k = _FREQ_WORDS.get(cnt) or int(cnt.split()[0])
        alts = []
        if cnt in _FREQ_WORDS:
            for k2 in ((2, 3) if k == 1 else (3, 1) if k == 2 else (2, 4) if k == 3 else (2,)):
                w = {1: "once", 2: "twice", 3: "three times", 4: "four times"}[k2]
                alts.append(f"{w} {per}")
        else:
            alts.append(f"{k + 2} times {per}")
            alts.append(f"{cnt} {'weekly' if daily else 'daily'}")
        return alts
    if m.group(6):
        n = int(m.group(6))
        return [f"{n + 3 if n + 3 <= 7 else n - 2} {m.group(7)} per week"]
    if m.group(8):
        return ["twice daily", "every evening" if m.group(8).lower() == "morning" else "every morning"]
    if m.group(9):
        w = m.group(9).lower()
        return {"daily": ["twice daily", "three times daily"], "nightly": ["twice daily", "every morning"],
                "weekly": ["daily", "monthly"], "monthly": ["weekly"], "at bedtime": ["twice daily"]}[w]
    if m.group(10):
        w = m.group(10).upper()
        alts = {"BID": ["TID", "daily"], "TID": ["BID"], "QID": ["BID"], "QHS": ["BID"]}[w]
        return alts if m.group(10).isupper() else [a.lower() for a in alts]
    return []


def _cands_frequency(note, summary):
    out = []
    for m in _FREQ_RE.finditer(summary):
        s, e = m.span()
        # "twice daily" is matched whole; "daily" alone must not be a part of it
        d = _drug_before(summary, s, max_gap=30)
        if m.group(9) and d is None and not re.search(r"\b(?:PO|IV|IM|SC|inhaled|subcutaneously)\s+$", summary[:s]):
            continue  # "2 formed stools daily": a count, not a dosing frequency
        start = d.start if d is not None else _ctx_left(summary, s, 3)
        for alt in _freq_alternatives(m):
            alt = _case_like(m.group(0), alt)
            out.append(_make("frequency", summary, start, e, summary[start:s] + alt))
    return out


_ROUTES = {
    "PO": ["IV"], "IV": ["PO", "IM"], "IM": ["IV", "PO"], "SC": ["IV"], "SQ": ["IV"],
    "subcutaneously": ["intravenously", "intramuscularly"], "intravenously": ["orally", "subcutaneously"],
    "intramuscularly": ["intravenously", "subcutaneously"], "orally": ["intravenously"],
    "by mouth": ["intravenously"], "inhaled": ["intranasally", "PO"], "nebulized": ["IV", "IM"],
    "intranasal": ["IM", "IV"], "intranasally": ["intramuscularly"], "sublingual": ["PO"],
    "sublingually": ["orally"], "topical": ["PO"], "topically": ["orally"], "transdermal": ["PO"],
}
_ROUTE_RE = re.compile(r"(?<![\w\-])(PO|IV|IM|SC|SQ|(?i:subcutaneously|intravenously|intramuscularly|orally|"
                       r"by mouth|inhaled|nebulized|intranasally|intranasal|sublingually|sublingual|topically|"
                       r"topical|transdermal))(?![\w\-])")


def _cands_route(note, summary):
    out = []
    for m in _ROUTE_RE.finditer(summary):
        s, e = m.span()
        word = m.group(1)
        key = word if word.isupper() else word.lower()
        d = _drug_before(summary, s, max_gap=30)
        start = d.start if d is not None else _ctx_left(summary, s, 2)
        for alt in _ROUTES.get(key, []):
            out.append(_make("route", summary, start, e, summary[start:s] + _case_like(word, alt)))
    return out


_SIDE_RE = re.compile(r"\b(left|right|bilateral|Left|Right|Bilateral)(-sided)?\b")
_SIDE_SWAP = {"left": ["right"], "right": ["left"], "bilateral": ["left", "right"]}
_STOPWORDS = set("""a an the of to in on at by for from with without and or but as is are was were be been this
that he she his her it its than then who which greater less has had have reports denies underwent
presented showed shows was were is are under over into onto after before during within through via per due
because while""".split())


def _cands_laterality(note, summary):
    out = []
    for m in _SIDE_RE.finditer(summary):
        s, e = m.span()
        # the anatomy it names: up to 3 following words
        j = e
        words = 0
        for w in re.finditer(r"\s+([A-Za-z][A-Za-z0-9\-]*)", summary[e:]):
            if summary[e:][:w.start()] != summary[e:][:w.start()].rstrip(",.;:") or w.start() != (j - e):
                break
            if w.group(1).lower() in _STOPWORDS or w.group(1).lower() in _SIDE_SWAP:
                break
            j = e + w.end()
            words += 1
            if words == 3:
                break
        if not words:
            continue
        tail = summary[e:j]
        if re.match(r"\s+anterior\s+descending", tail, re.I):
            continue
        side = m.group(1).lower()
        for alt in _SIDE_SWAP[side]:
            to = _case_like(m.group(1), alt) + (m.group(2) or "") + tail
            out.append(_make("laterality", summary, s, j, to))
    return out


def _phrase_after(summary: str, pos: int, nmax: int = 3) -> int:
    """End of up to `nmax` words after `pos`, stopping at punctuation and at "and"/"but"/"with"."""
    j = pos
    n = 0
    for w in re.finditer(r"\s+([A-Za-z][A-Za-z0-9\-']*)", summary[pos:]):
        if pos + w.start() != j:
            break
        if n and w.group(1).lower() in ("and", "but", "with", "which", "who", "was", "were", "is", "are"):
            break
        j = pos + w.end()
        n += 1
        if n == nmax:
            break
    m = re.search(r"\s+(?:or|and|nor|of|to|at|in|on|for|about|after|before|from|the|a|an)$", summary[pos:j], re.I)
    if m and m.start() > 0:
        j = pos + m.start()
    return j


def _cands_negation(note, summary):
    out = []

    def add(s, e, to):
        out.append(_make("negation", summary, s, e, to))

    for m in re.finditer(r"\b(denies|denied|Denies|Denied)\b", summary):
        s, e = m.span()
        j = _phrase_after(summary, e, 3)
        if j == e:
            continue
        rep = {"denies": "reports", "denied": "reported"}[m.group(1).lower()]
        add(s, j, _case_like(m.group(1), rep) + summary[e:j])
    for m in re.finditer(r"\b(no|No)\s+(?!longer\b|further\b|more\b)(?=[A-Za-z])", summary):
        s, e = m.span()
        j = _phrase_after(summary, e - 1, 3)
        if j == e - 1:
            continue
        left = _ctx_left(summary, s, 1)
        rest = summary[e:j]
        if left == s and (s == 0 or re.search(r"[.!?]\s*$", summary[:s])):
            add(s, j, rest[:1].upper() + rest[1:])
        else:
            add(left, j, summary[left:s] + rest)
        # "no drain was placed" -> "a drain was placed"
        if re.match(r"[A-Za-z\-]+\s+was\b", summary[e:]):
            art = "an" if summary[e:e + 1].lower() in "aeiou" else "a"
            add(s, j, _case_like(m.group(1), art) + " " + rest)
    for m in re.finditer(r"\b(without|Without)\s+(?=[A-Za-z])", summary):
        s, e = m.span()
        j = _phrase_after(summary, e - 1, 3)
        if j > e:
            add(s, j, _case_like(m.group(1), "with") + " " + summary[e:j])
    for m in re.finditer(r"\bnot\s+(?=[A-Za-z])", summary):
        s, e = m.span()
        left = _ctx_left(summary, s, 1)
        j = _phrase_after(summary, e - 1, 2)
        if j > e and left < s:
            add(left, j, summary[left:s] + summary[e:j])
    for m in re.finditer(r"\b(negative|positive)\b", summary):
        s, e = m.span()
        if re.search(r"\bnet\s+$", summary[:s], re.I):
            continue
        left = _ctx_left(summary, s, 2)
        if left == s:
            continue
        add(left, e, summary[left:s] + ("positive" if m.group(1) == "negative" else "negative"))
    for m in re.finditer(r"\b(showed|revealed|demonstrated)\s+(?:(?:a|an)\s+)?(?=[A-Za-z])(?!no\b|not\b)", summary):
        s, e = m.span()
        if re.match(r"(?:one|two|three|four|five|several|multiple)\b", summary[e:], re.I) \
                or _LAB_RE.match(summary, e) or _VITAL_RE.match(summary, e):
            continue  # "showed two new lesions", "showed FEV1 68%": a count or a value, not a finding to negate
        j = _phrase_after(summary, e - 1, 3)
        if j > e:
            add(s, j, f"{m.group(1)} no {summary[e:j]}")
    for m in re.finditer(r"\b(reports|Reports|reported)\b", summary):
        s, e = m.span()
        j = _phrase_after(summary, e, 3)
        if j > e:
            add(s, j, {"reports": "denies", "Reports": "Denies", "reported": "denied"}[m.group(1)] + summary[e:j])
    return out


def _cands_lab(note, summary, kind):
    out = []
    for a, b, k, vpos in _named_values(summary):
        if k != kind:
            continue
        name = re.match(r"[A-Za-z0-9\-]+(?:\s+[A-Za-z0-9\-]+)*?(?=\s)", summary[a:vpos])
        name = summary[a:vpos].split()[0] if not name else name.group(0)
        value = summary[vpos:b]
        if kind == "lab_value":
            q = _QTY.match(summary, vpos)
            num, unit = q.group(1), q.group(3) or ""
            alts = [summary[vpos:b].replace(num, x, 1) for x in _lab_alternatives(name, num, unit, note)]
        else:
            alts = _vital_alternatives(name.split()[0] if name else "", value, note)
        for alt in alts:
            out.append(_make(kind, summary, a, b, summary[a:vpos] + alt))
    return out


def _cands_unit(note, summary):
    out = []
    for s, e, num, ne, unit in _quantities(summary):
        if unit not in _UNIT_SWAPS:
            continue
        if unit in ("C", "F", "%", "mmHg"):
            continue
        d = _drug_before(summary, s)
        nv = [x for x in _named_values(summary) if x[3] == s]
        start = d.start if d is not None else (nv[0][0] if nv else _ctx_left(summary, s, 1))
        for alt in _UNIT_SWAPS[unit]:
            out.append(_make("unit", summary, start, e, summary[start:ne] + summary[ne:e].replace(unit, alt)))
    return out


_TIME_RE = re.compile(r"(?<![\w.\-/])(\d+(?:\.\d+)?)(\s|-)(minute|hour|day|week|month|year)(s?)\b(?!-old|\s+old)",
                      re.I)
_TIME_SWAP = {"minute": ["hour"], "hour": ["day"], "day": ["week"], "week": ["day", "month"],
              "month": ["day", "year"], "year": ["month"]}


def _cands_temporal(note, summary):
    out = []
    for m in _TIME_RE.finditer(summary):
        s, e = m.span()
        num, sep, unit = m.group(1), m.group(2), m.group(3).lower()
        if re.search(r"\b(?:every|each|q)\s*$", summary[:s], re.I):
            continue  # "every 6 hours" is a frequency
        left = _ctx_left(summary, s, 1)
        if left < s and re.fullmatch(r"\d+(?:\.\d+)?\s+", summary[left:s]):
            left = s
        plural = m.group(4) if sep != "-" else ""
        alts = []
        for u in _TIME_SWAP[unit]:
            alts.append(num + sep + u + plural)
        try:
            n = int(num)
        except ValueError:
            n = None
        if n is not None:
            for n2 in ((n * 2, n + 1) if n < 10 else (n - max(1, n // 4), n + max(1, n // 4))):
                if not _num_in_note(note, str(n2)):
                    p = "s" if (sep != "-" and n2 != 1) else ""
                    alts.append(f"{n2}{sep}{unit}{p}")
                    break
        for alt in alts:
            out.append(_make("temporal", summary, left, e, summary[left:s] + _case_like(m.group(0), alt)))
    for m in re.finditer(r"\b(day)\s+(\d+)\b", summary, re.I):
        s, e = m.span()
        left = _ctx_left(summary, s, 1)
        n = int(m.group(2))
        for n2 in (n + 2, n + 5):
            if not _num_in_note(note, str(n2)):
                out.append(_make("temporal", summary, left, e, summary[left:s] + f"{m.group(1)} {n2}"))
    return out


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


def _term_re(term: str) -> re.Pattern:
    e = re.escape(term).replace(r"\ ", r"\s+")
    return re.compile(r"(?<![\w\-])" + (e if term.isupper() else "(?i:" + e + ")") + r"(?![\w\-])")


_DIAG_RX = [(_term_re(t), t, reps) for t, reps in _DIAGNOSES]
_PROC_RX = [(_term_re(t), t, reps) for t, reps in _PROCEDURES]


def _cands_terms(note, summary, kind):
    out = []
    for rx, _t, reps in (_DIAG_RX if kind == "diagnosis" else _PROC_RX):
        for m in rx.finditer(summary):
            s, e = m.span()
            for rep in reps:
                to = _cased(summary, s, m.group(0), rep)
                out.append(_make(kind, summary, s, e, to))
    return out


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


def _cands_fabrication(note, summary):
    ends = [m.end() for m in re.finditer(r"[.!?](?=\s|$)", summary)]
    if not ends:
        ends = [len(summary.rstrip())]
    low = note.lower()
    out = []
    for sent, keys in _FABRICATIONS:
        if any(k in low for k in keys) or sent.lower()[:-1] in summary.lower():
            continue
        for i in ends:
            out.append(Negative("fabrication", "", " " + sent, [i, i], summary[:i] + " " + sent + summary[i:]))
    return out


def candidates(note: str, summary: str, kind: str) -> list[Negative]:
    """Every proposed negative of `kind` for (note, summary), deterministic order, duplicates removed."""
    if kind not in KINDS:
        raise ValueError(f"unknown negative kind {kind!r}; known: {', '.join(KINDS)}")
    if kind in ("lab_value", "vital_sign"):
        cands = _cands_lab(note, summary, kind)
    elif kind in ("diagnosis", "procedure"):
        cands = _cands_terms(note, summary, kind)
    else:
        cands = {
            "dosage": _cands_dosage, "medication": _cands_medication, "frequency": _cands_frequency,
            "route": _cands_route, "laterality": _cands_laterality, "negation": _cands_negation,
            "unit": _cands_unit, "temporal": _cands_temporal, "fabrication": _cands_fabrication,
        }[kind](note, summary)
    out, seen = [], set()
    for c in cands:
        key = (c.span[0], c.span[1], c.to)
        if key in seen:
            continue
        seen.add(key)
        out.append(c)
    return out


# --------------------------------------------------------------------------- validation

@lru_cache(maxsize=8192)
def _flags(note: str, text: str) -> tuple:
    return tuple(check(note, text))


# what a token states; one edit may change tokens of one category only ("40 mg" -> "400 mcg" is two)
_CATEGORY_WORDS = {
    "unit": """mg mcg g kg ml l unit units meq mmol mmhg cm mm lb puffs""",
    "route": """po iv im sc sq subcutaneously intravenously intramuscularly orally inhaled nebulized intranasal
                intranasally sublingual topical transdermal""",
    "side": "left right bilateral left-sided right-sided",
    "negation": "no not without denies denied reports reported negative positive",
    # a duration and a frequency are one kind of fact here ("every other day" -> "daily")
    "time": """once twice three four times daily nightly weekly monthly every morning evening bid tid qid qhs
               minute minutes hour hours day days week weeks month months year years""",
}
_CATEGORY = {w: c for c, ws in _CATEGORY_WORDS.items() for w in ws.split()}


def _category(tok: str) -> str | None:
    if tok[:1].isdigit():
        return "number"
    t = tok.lower()
    if "/" in t:
        return "unit"
    return _CATEGORY.get(t)


def _lemma(tok: str) -> str:
    t = tok.lower()
    return t[:-1] if len(t) > 3 and t.endswith("s") and not t.endswith("ss") else t


def _toks(s: str) -> list[str]:
    return _TOKEN.findall(s)


def _one_change(from_: str, to: str) -> bool:
    """Is from_ -> to one edit: one changed block of tokens, touching one kind of fact?"""
    if not from_:
        return bool(to.strip())  # an insertion (a fabricated sentence) is one new statement
    a, b = _toks(from_), _toks(to)
    ops = [op for op in difflib.SequenceMatcher(None, [_lemma(t) for t in a], [_lemma(t) for t in b],
                                                autojunk=False).get_opcodes() if op[0] != "equal"]
    if len(ops) != 1:
        return False
    _tag, i1, i2, j1, j2 = ops[0]
    la = {_lemma(t) for t in a[i1:i2]}
    lb = {_lemma(t) for t in b[j1:j2]}
    cats = {_category(t) for t in a[i1:i2] if _lemma(t) not in lb}
    cats |= {_category(t) for t in b[j1:j2] if _lemma(t) not in la}
    cats.discard(None)
    return len(cats) <= 1


def _wants_an(word: str) -> bool | None:
    w = word.strip("-(\"'")
    if not w:
        return None
    if w[0].isdigit():
        n = re.match(r"\d+", w.replace(",", "")).group(0)
        return n.startswith("8") or n in ("11", "18") or (len(n) in (5,) and n[:2] in ("11", "18"))
    core = re.match(r"[A-Za-z0-9]+", w)
    core = core.group(0) if core else w
    if len(core) >= 2 and core.isupper():  # an acronym, read letter by letter: "an MRI", "a CT"
        return core[0] in "AEFHILMNORSX"
    lw = w.lower()
    if lw.startswith(("uni", "use", "usu", "uti", "uro", "ure", "eu", "one", "once", "ewe", "ubiq")):
        return False
    if lw.startswith(("hour", "honest", "honor", "heir")):
        return True
    return lw[0] in "aeiou"


def _grammar_faults(text: str) -> int:
    n = text.count("  ")
    n += len(re.findall(r"\s[,.;:!?)]", text))
    n += len(re.findall(r"[,;:]\s*[,;:.]|(?<!\.)\.\.(?!\.)|\(\s*\)", text))
    n += len(re.findall(r"\b(\w+)\s+\1\b", text, re.I))
    for m in re.finditer(r"\b(a|an|A|An)\s+([\w\-(\"']+)", text):
        want = _wants_an(m.group(2))
        if want is not None and want != (m.group(1).lower() == "an"):
            n += 1
    n += abs(text.count("(") - text.count(")")) + abs(text.count("[") - text.count("]"))
    n += len(re.findall(r"[.!?]\s+[a-z]", text)) + (1 if text[:1].islower() else 0)
    n += (text != text.strip())
    return n


def validate(note: str, summary: str, neg: Negative) -> str | None:
    """None when `neg` is a valid hard negative for (note, summary), else a reason from REJECT_REASONS."""
    if _flags(note, summary):
        return "chosen_unfaithful"
    rejected = neg.rejected
    if rejected == summary:
        return "identical"
    try:
        s, e = int(neg.span[0]), int(neg.span[1])
    except (TypeError, ValueError, IndexError):
        return "not_one_change"
    if not (0 <= s <= e <= len(summary)) or summary[s:e] != neg.from_ \
            or rejected != summary[:s] + neg.to + summary[e:]:
        return "not_one_change"
    if neg.from_ == neg.to or not _one_change(neg.from_, neg.to):
        return "not_one_change"
    if _grammar_faults(rejected) > _grammar_faults(summary):
        return "ungrammatical"
    if _in_note(note, neg.to):
        return "supported_by_note"
    flags = _flags(note, rejected)
    if not flags:
        return "supported_by_note"
    ok = ACCEPTED_TYPES.get(neg.kind)
    if ok is not None and not any(f.type in ok for f in flags):
        return "wrong_type"
    return None


def make_negatives(note: str, summary: str, rng: random.Random, kinds=KINDS,
                   per_note: int | None = None) -> tuple[list[Negative], collections.Counter]:
    """Validated negatives for one (note, faithful summary): at most one per kind, picked uniformly
    among that kind's valid candidates with `rng`, at most `per_note` in all (kinds drawn in an
    rng-shuffled order until that many succeed), in `KINDS` order; and the rejected candidates
    counted by reason (every candidate counts as "chosen_unfaithful" when the summary is not
    supported by the note)."""
    kinds = [k for k in KINDS if k in set(kinds)] if not isinstance(kinds, str) else [kinds]
    unknown = sorted(set([kinds] if isinstance(kinds, str) else kinds) - set(KINDS))
    if unknown:
        raise ValueError(f"unknown negative kind(s) {unknown}; known: {', '.join(KINDS)}")
    rejected: collections.Counter = collections.Counter()
    if _flags(note, summary):
        for k in kinds:
            rejected["chosen_unfaithful"] += len(candidates(note, summary, k))
        return [], rejected
    order = list(kinds)
    if per_note is not None:
        rng.shuffle(order)
    got: dict[str, Negative] = {}
    for kind in order:
        if per_note is not None and len(got) >= per_note:
            break
        cands = candidates(note, summary, kind)
        idx = list(range(len(cands)))
        rng.shuffle(idx)
        for i in idx:
            reason = validate(note, summary, cands[i])
            if reason is None:
                got[kind] = cands[i]
                break
            rejected[reason] += 1
    return [got[k] for k in KINDS if k in got], rejected
