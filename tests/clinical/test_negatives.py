"""medllm.clinical.negatives: typed hard negatives, validated against the note with the grounding checker."""

from __future__ import annotations

import collections
import json
import random
import re
import time
from pathlib import Path

import pytest

from medllm.clinical import negatives as N
from medllm.grounding.checker import check

ROOT = Path(__file__).resolve().parents[2]
STARTER = ROOT / "phase1_data" / "raw" / "starter_notes.jsonl"


def _rows():
    return [json.loads(line) for line in STARTER.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def starter():
    """make_negatives over the 48 starter notes (all kinds), timed."""
    rows = _rows()
    t0 = time.perf_counter()
    out = []
    for r in rows:
        negs, rejected = N.make_negatives(r["clinical_note"], r["summary"], random.Random(r["source_id"]))
        out.append((r, negs, rejected))
    return out, (time.perf_counter() - t0) / len(rows)


class _InOrder(random.Random):
    """An rng that leaves lists in order: make_negatives then tries candidates first to last."""

    def shuffle(self, x):  # noqa: D401
        return None


# --------------------------------------------------------------------------- the API

def test_kinds_and_reasons():
    assert len(N.KINDS) == 13 and len(set(N.KINDS)) == 13
    assert set(N.KINDS) == {"dosage", "medication", "frequency", "route", "laterality", "negation", "lab_value",
                            "unit", "vital_sign", "temporal", "diagnosis", "procedure", "fabrication"}
    assert {"identical", "not_one_change", "supported_by_note", "ungrammatical",
            "chosen_unfaithful"} <= set(N.REJECT_REASONS)
    with pytest.raises(ValueError):
        N.candidates("note", "summary", "nonsense")


def test_starter_summaries_are_faithful():
    for r in _rows():
        assert check(r["clinical_note"], r["summary"]) == [], r["source_id"]


# --------------------------------------------------------------------------- the starter set

def test_every_starter_note_gets_valid_negatives(starter):
    results, _ = starter
    for r, negs, rejected in results:
        note, chosen = r["clinical_note"], r["summary"]
        assert len(negs) >= 5, (r["source_id"], [n.kind for n in negs])
        kinds = [n.kind for n in negs]
        assert len(kinds) == len(set(kinds))                       # at most one per kind
        assert kinds == [k for k in N.KINDS if k in kinds]         # in KINDS order
        assert set(rejected) <= set(N.REJECT_REASONS)
        for n in negs:
            where = (r["source_id"], n.kind, n.from_, n.to)
            assert N.validate(note, chosen, n) is None, where
            s, e = n.span
            # differs from chosen only within the recorded span
            assert chosen[s:e] == n.from_, where
            assert n.rejected == chosen[:s] + n.to + chosen[e:], where
            assert n.rejected != chosen, where
            p = 0
            while p < min(len(chosen), len(n.rejected)) and chosen[p] == n.rejected[p]:
                p += 1
            q = 0
            while q < min(len(chosen), len(n.rejected)) - p and chosen[-1 - q] == n.rejected[-1 - q]:
                q += 1
            if n.from_:
                assert s <= p and len(chosen) - q <= e, where
            else:
                assert s == e and n.kind == "fabrication", where
            # the new fact is not in the note, and the checker sees it
            to = " ".join(n.to.lower().split())
            folded_note = " ".join(note.lower().split())
            assert not re.search(r"(?<![a-z0-9])" + re.escape(to) + r"(?![a-z0-9])", folded_note), where
            flags = check(note, n.rejected)
            assert flags, where
            ok = N.ACCEPTED_TYPES[n.kind]
            assert ok is None or any(f.type in ok for f in flags), (where, flags)
            assert n.perturbation() == {"kind": n.kind, "from": n.from_, "to": n.to, "span": [s, e]}


def test_all_kinds_occur_on_the_starter_set(starter):
    results, _ = starter
    per_kind = collections.Counter(n.kind for _r, negs, _c in results for n in negs)
    assert set(per_kind) == set(N.KINDS), per_kind
    # every kind that the notes give material for shows up on a fair share of them
    for k in ("dosage", "medication", "frequency", "route", "unit", "temporal", "fabrication"):
        assert per_kind[k] >= 30, (k, per_kind[k])
    for k in ("laterality", "negation", "lab_value", "vital_sign", "diagnosis", "procedure"):
        assert per_kind[k] >= 12, (k, per_kind[k])


def test_medication_swaps_are_real_drugs_of_another_class(starter):
    from drug_named_entity_recognition import find_drugs

    results, _ = starter
    n_swaps = 0
    for r, negs, _c in results:
        for n in negs:
            if n.kind != "medication":
                continue
            n_swaps += 1
            words = n.to.split()
            hits = find_drugs(words, is_ignore_case=True)
            assert any(a == 0 and b == len(words) for _m, a, b in hits), n.to
            new_cls = N.drug_class(n.to)
            assert new_cls is not None, n.to
            (orig,) = [d for d in N.drug_mentions(r["summary"]) if d.start == n.span[0] and d.end == n.span[1]]
            assert orig.classes and all(orig.classes), orig
            assert new_cls not in orig.classes, (orig.text, orig.classes, n.to, new_cls)
            assert n.to.lower() not in r["clinical_note"].lower()
            assert any(f.type == "medication" for f in check(r["clinical_note"], n.rejected))
    assert n_swaps >= 30


def test_deterministic():
    rows = _rows()[:6]
    for r in rows:
        a = N.make_negatives(r["clinical_note"], r["summary"], random.Random(7))
        b = N.make_negatives(r["clinical_note"], r["summary"], random.Random(7))
        assert a == b
        for k in N.KINDS:
            assert N.candidates(r["clinical_note"], r["summary"], k) == \
                N.candidates(r["clinical_note"], r["summary"], k)
    r = rows[0]
    outs = {tuple((n.kind, n.to) for n in N.make_negatives(r["clinical_note"], r["summary"],
                                                          random.Random(s))[0]) for s in range(8)}
    assert len(outs) > 1  # the rng does choose among the valid candidates


def test_per_note_limits_the_total():
    r = _rows()[0]
    for seed in range(5):
        negs, _ = N.make_negatives(r["clinical_note"], r["summary"], random.Random(seed), per_note=3)
        assert len(negs) == 3
        assert len({n.kind for n in negs}) == 3
    negs, _ = N.make_negatives(r["clinical_note"], r["summary"], random.Random(0), kinds=("laterality", "dosage"))
    assert {n.kind for n in negs} <= {"laterality", "dosage"}


# --------------------------------------------------------------------------- validate

N001 = _rows()[0]
NOTE, CHOSEN = N001["clinical_note"], N001["summary"]


def _neg(kind, chosen, from_, to, nth=0):
    s = -1
    for _ in range(nth + 1):
        s = chosen.index(from_, s + 1)
    return N.Negative(kind, from_, to, [s, s + len(from_)], chosen[:s] + to + chosen[s + len(from_):])


def test_validate_accepts_a_clean_negative():
    assert N.validate(NOTE, CHOSEN, _neg("dosage", CHOSEN, "metoprolol succinate 50 mg",
                                         "metoprolol succinate 500 mg")) is None


def test_validate_rejects_identical():
    n = N.Negative("dosage", "50 mg", "50 mg", [CHOSEN.index("50 mg"), CHOSEN.index("50 mg") + 5], CHOSEN)
    assert N.validate(NOTE, CHOSEN, n) == "identical"


def test_validate_rejects_a_fact_the_note_states():
    r = [x for x in _rows() if x["source_id"] == "n006"][0]
    note, chosen = r["clinical_note"], r["summary"]
    # the note gives levothyroxine both 125 mcg and 112 mcg: "to 125 mcg" is no hallucination
    n = _neg("dosage", chosen, "to 112 mcg", "to 125 mcg")
    assert N.validate(note, chosen, n) == "supported_by_note"
    # furosemide 40 mg PO daily is in the n001 note: writing it for the IV dose is supported
    n = _neg("route", CHOSEN, "furosemide 40 mg IV twice daily", "furosemide 40 mg PO twice daily")
    assert N.validate(NOTE, CHOSEN, n) == "supported_by_note"
    # a `to` the note contains verbatim
    n = _neg("negation", CHOSEN, "with no edema at discharge", "with 3+ bilateral lower extremity edema")
    assert N.validate(NOTE, CHOSEN, n) in ("supported_by_note", "not_one_change")


def test_validate_rejects_ungrammatical():
    r = [x for x in _rows() if x["source_id"] == "n043"][0]
    note, chosen = r["clinical_note"], r["summary"]
    # "A naloxone infusion" -> "A oxycodone infusion"
    s = chosen.index("naloxone infusion")
    n = N.Negative("medication", "naloxone", "oxycodone", [s, s + 8],
                   chosen[:s] + "oxycodone" + chosen[s + 8:])
    assert N.validate(note, chosen, n) == "ungrammatical"
    for bad in ("metoprolol succinate  500 mg", "metoprolol succinate 500 mg (", "metoprolol succinate 500 mg ,",
                "metoprolol metoprolol succinate 500 mg"):
        n = _neg("dosage", CHOSEN, "metoprolol succinate 50 mg", bad)
        assert N.validate(NOTE, CHOSEN, n) in ("ungrammatical", "not_one_change"), bad
    n = _neg("dosage", CHOSEN, "metoprolol succinate 50 mg", "metoprolol succinate (500 mg")
    assert N.validate(NOTE, CHOSEN, n) == "ungrammatical"  # an unbalanced parenthesis
    n = _neg("dosage", CHOSEN, "metoprolol succinate 50 mg", "metoprolol succinate  500 mg")
    assert N.validate(NOTE, CHOSEN, n) == "ungrammatical"


def test_validate_rejects_two_changes():
    # two separate edits
    n = _neg("frequency", CHOSEN, "furosemide 40 mg IV twice daily", "furosemide 400 mg IV once daily")
    assert N.validate(NOTE, CHOSEN, n) == "not_one_change"
    # one block that changes a number and a unit
    n = _neg("dosage", CHOSEN, "metoprolol succinate 50 mg", "metoprolol succinate 500 mcg")
    assert N.validate(NOTE, CHOSEN, n) == "not_one_change"
    # a route and a frequency side by side
    n = _neg("route", CHOSEN, "lisinopril 5 mg PO daily", "lisinopril 5 mg IV weekly")
    assert N.validate(NOTE, CHOSEN, n) == "not_one_change"
    # the rejected text does not match the recorded span
    good = _neg("dosage", CHOSEN, "metoprolol succinate 50 mg", "metoprolol succinate 500 mg")
    bad = N.Negative(good.kind, good.from_, good.to, [good.span[0] + 1, good.span[1] + 1], good.rejected)
    assert N.validate(NOTE, CHOSEN, bad) == "not_one_change"
    bad = N.Negative(good.kind, good.from_, good.to, good.span, good.rejected.replace("lisinopril 5", "lisinopril 10"))
    assert N.validate(NOTE, CHOSEN, bad) == "not_one_change"


def test_validate_rejects_everything_on_an_unfaithful_chosen():
    chosen = CHOSEN.replace("lisinopril 5 mg", "lisinopril 10 mg")
    assert check(NOTE, chosen)
    n = _neg("dosage", chosen, "metoprolol succinate 50 mg", "metoprolol succinate 500 mg")
    assert N.validate(NOTE, chosen, n) == "chosen_unfaithful"
    negs, rejected = N.make_negatives(NOTE, chosen, random.Random(0))
    assert negs == []
    total = sum(len(N.candidates(NOTE, chosen, k)) for k in N.KINDS)
    assert rejected == collections.Counter({"chosen_unfaithful": total}) and total > 0


# --------------------------------------------------------------------------- kinds by hand

HAND_NOTE = ("A 60-year-old woman reports cough for 3 days. Denies chest pain or fever. Exam: right knee "
             "swelling, no calf tenderness. No edema. Started amoxicillin 500 mg PO three times daily.")
HAND_SUMMARY = ("She reports cough for 3 days and denies chest pain, with right knee swelling and no edema. "
                "Amoxicillin 500 mg PO three times daily was started.")


def _by_to(kind):
    return {c.to: c for c in N.candidates(HAND_NOTE, HAND_SUMMARY, kind)}


def test_negation_by_hand():
    assert check(HAND_NOTE, HAND_SUMMARY) == []
    cands = _by_to("negation")
    flip = cands["reports chest pain"]
    assert flip.from_ == "denies chest pain"
    assert N.validate(HAND_NOTE, HAND_SUMMARY, flip) is None
    assert flip.rejected == HAND_SUMMARY.replace("denies chest pain", "reports chest pain")
    drop = cands["and edema"]
    assert drop.from_ == "and no edema"
    assert N.validate(HAND_NOTE, HAND_SUMMARY, drop) is None
    add = cands["denies cough"]
    assert N.validate(HAND_NOTE, HAND_SUMMARY, add) is None
    assert {f.type for f in check(HAND_NOTE, flip.rejected)} == {"negation"}


def test_laterality_by_hand():
    cands = _by_to("laterality")
    c = cands["left knee swelling"]
    assert c.from_ == "right knee swelling"
    assert N.validate(HAND_NOTE, HAND_SUMMARY, c) is None
    assert [f.type for f in check(HAND_NOTE, c.rejected)] == ["laterality"]
    note = "Bilateral lower extremity edema for 2 weeks."
    summ = "He has bilateral lower extremity edema."
    tos = {c.to for c in N.candidates(note, summ, "laterality")}
    assert tos == {"left lower extremity edema", "right lower extremity edema"}


def test_other_kinds_by_hand():
    tos = {c.to for c in N.candidates(HAND_NOTE, HAND_SUMMARY, "frequency")}
    assert "Amoxicillin 500 mg PO twice daily" in tos
    tos = {c.to for c in N.candidates(HAND_NOTE, HAND_SUMMARY, "dosage")}
    assert "Amoxicillin 5000 mg" in tos and "Amoxicillin 250 mg" in tos
    tos = {c.to for c in N.candidates(HAND_NOTE, HAND_SUMMARY, "unit")}
    assert "Amoxicillin 500 mcg" in tos
    tos = {c.to for c in N.candidates(HAND_NOTE, HAND_SUMMARY, "route")}
    assert "Amoxicillin 500 mg IV" in tos
    tos = {c.to for c in N.candidates(HAND_NOTE, HAND_SUMMARY, "temporal")}
    assert "for 3 weeks" in tos
    meds = N.candidates(HAND_NOTE, HAND_SUMMARY, "medication")
    assert meds and all(N.drug_class(m.to) != "penicillin" for m in meds)
    assert all(m.from_ == "Amoxicillin" and m.to[:1].isupper() for m in meds)  # sentence start stays capitalized
    note = "Type 2 diabetes, on metformin. Pneumonia on chest x-ray."
    summ = "He has type 2 diabetes and pneumonia."
    tos = {c.to for c in N.candidates(note, summ, "diagnosis")}
    assert {"type 1 diabetes", "pulmonary embolism"} <= tos
    fab = N.candidates(HAND_NOTE, HAND_SUMMARY, "fabrication")
    assert fab and all(f.from_ == "" and f.span[0] == f.span[1] for f in fab)
    valid = [f for f in fab if N.validate(HAND_NOTE, HAND_SUMMARY, f) is None]
    assert valid and valid[0].rejected.count(". ") == HAND_SUMMARY.count(". ") + 1


# --------------------------------------------------------------------------- the rejected counter

def test_rejected_counter_counts_each_failed_candidate():
    """With candidates tried in order, the Counter holds the reasons of exactly those tried before the
    first valid one, per kind (all of them when none is valid)."""
    for r in _rows()[:12]:
        note, chosen = r["clinical_note"], r["summary"]
        expected = collections.Counter()
        expected_kinds = []
        for k in N.KINDS:
            for c in N.candidates(note, chosen, k):
                reason = N.validate(note, chosen, c)
                if reason is None:
                    expected_kinds.append(k)
                    break
                expected[reason] += 1
        negs, rejected = N.make_negatives(note, chosen, _InOrder(0))
        assert rejected == expected, r["source_id"]
        assert [n.kind for n in negs] == expected_kinds


def test_rejected_counter_on_the_starter_set(starter):
    results, _ = starter
    total = collections.Counter()
    for _r, _negs, rejected in results:
        total.update(rejected)
    assert set(total) <= set(N.REJECT_REASONS)
    assert total["chosen_unfaithful"] == 0
