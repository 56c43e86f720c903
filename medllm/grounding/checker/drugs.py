"""Drugs: the drug dictionary (drug-named-entity-recognition, loaded on first use, lookups
cached), salt and generic words, drug classes, and the USAN/INN stems that make a word drug-shaped."""

from __future__ import annotations

from functools import lru_cache

from medllm.grounding.checker.text import STOP


_DRUG_GENERIC_WORDS = set("""
sodium potassium calcium magnesium hydrochloride succinate tartrate carbonate sulfate citrate acetate
phosphate chloride acid insulin vitamin extended release human recombinant alfa beta
""".split())
_CLINICAL_HEADS_AFTER_DRUG = {"overdose", "toxicity", "intoxication", "withdrawal", "allergy", "poisoning",
                              "use", "dependence", "exposure", "ingestion"}

# Drug-name stems (USAN/INN: -dipine, -azole, -olol, -pril, -mab, ...): a word shaped like a drug
# that neither the drug dictionary nor the note knows is an invented drug ("docusonazole").
_DRUG_STEMS = tuple("""
pine azole idone profen olol pril sartan statin mab nib cillin mycin micin cycline oxacin vir parin
azepam azolam idil tidine prazole triptan setron lukast gliptin gliflozin glitazone caine barbital
oxetine afil peridol semide thiazide dronate olone asone isone amine xaban gatran fibrate conazole
""".split())
_NOT_DRUG_SHAPED = set("""
porcupine examine examined spine supine alpine april cocaine preparin amine amines
""".split())


# --------------------------------------------------------------------------- drug NER

_find_drugs = None
_DRUG_SKIP = STOP | set("""
po iv im sc sq bid tid qid prn daily nightly weekly dose doses mg mcg units unit tablet tablets
level levels test tests score note plan home oral ice water air blood urine stool fluid fluids
""".split())


def _fd():
    global _find_drugs
    if _find_drugs is None:
        from drug_named_entity_recognition import find_drugs

        _find_drugs = find_drugs
    return _find_drugs


@lru_cache(maxsize=20_000)
def _drug_synonyms(phrase: str) -> tuple:
    """Every name the drug dictionary knows for `phrase` (brands, salts, spellings)."""
    if len(phrase) < 3 or phrase in _DRUG_SKIP:
        return ()
    out = set()
    for m, _a, _b in _fd()([phrase], is_ignore_case=True):
        out.update(str(x).lower() for x in (m.get("synonyms") or []) if len(str(x)) >= 4)
        if m.get("name"):
            out.add(str(m["name"]).lower())
    return tuple(sorted(out))


# abbreviations clinicians write for a drug that the dictionary does not know
_DRUG_ABBR = {"nac": "acetylcysteine", "asa": "aspirin", "tmp-smx": "trimethoprim sulfamethoxazole",
              "ntg": "nitroglycerin", "mtx": "methotrexate", "tpa": "alteplase", "5-fu": "fluorouracil"}


@lru_cache(maxsize=200_000)
def _drug_lookup(phrase: str) -> frozenset:
    if len(phrase) < 3 or phrase in _DRUG_SKIP:
        return frozenset()
    if phrase in _DRUG_ABBR:
        return frozenset().union(*(_drug_lookup(w) for w in _DRUG_ABBR[phrase].split()))
    res = _fd()([phrase], is_ignore_case=True)
    names = {str(m.get("name") or m.get("matching_string") or phrase).lower() for m, _a, _b in res}
    # a combination ("trimethoprim/sulfamethoxazole" for Bactrim) is also each of its drugs
    return frozenset(names | {p for n in names if "/" in n for p in n.split("/") if len(p) >= 4})


def _is_drug_class(names: frozenset) -> bool:
    return bool(names) and all(
        n.endswith(("agents", "inhibitors", "agonists", "antagonists", "blockers", "drugs")) or ", " in n
        or n in _DRUG_CLASSES for n in names)


_DRUG_CLASSES = {"benzodiazepines", "diuretics", "antiemetics", "steroids", "antibiotics", "opioids", "vaccines",
                 "antibodies", "corticosteroids", "analgesics", "anticoagulants", "antidepressants", "laxatives",
                 "antihistamines", "antipsychotics", "insulins", "hormones", "vitamins"}
