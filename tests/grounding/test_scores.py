"""medllm.grounding.scores: degeneracy, copying, truncation, coverage and the one-call score."""

import csv
import random
from pathlib import Path

import pytest

from medllm.files import allow_long_csv_fields
from medllm.grounding.scores import copy_fraction, coverage, degenerate, fact_keys, is_copy, score_summary, split_truncated

DATA = Path(__file__).resolve().parents[2] / "phase1_data" / "sft"

NOTE = (
    "Inpatient consultation. Reason for consult: nephrotic syndrome due to membranous nephropathy. "
    "A 49-year-old man with a past history of hypertension and gout who developed leg swelling and foamy "
    "urine for 5 weeks. No gross hematuria or joint pain. He takes lisinopril 20 mg PO daily, atorvastatin "
    "80 mg PO daily, and furosemide 20 mg PO daily. Vital signs: BP 147/81 mmHg, HR 92 bpm, RR 14, SpO2 97% "
    "on room air, T 36.6 C. Renal Doppler ultrasound demonstrated right renal vein thrombus. Pertinent labs "
    "include albumin 2.3 g/dL, LDL 203 mg/dL, and creatinine 0.9 mg/dL. Assessment: findings consistent "
    "with nephrotic syndrome due to membranous nephropathy. Recommendations: 1) start enoxaparin 100 mg SC "
    "twice daily. 2) proceed with ultrasound-guided right kidney biopsy. 3) follow up in 1 week."
)
REF = (
    "A 49-year-old man was seen for nephrotic syndrome due to membranous nephropathy after leg swelling for "
    "5 weeks. Renal Doppler ultrasound showed right renal vein thrombus. No gross hematuria. Recommended "
    "starting enoxaparin 100 mg SC twice daily; current medications include lisinopril 20 mg PO daily and "
    "atorvastatin 80 mg PO daily. Labs showed albumin 2.3 g/dL. Recorded vitals: BP 147/81 mmHg and SpO2 97% "
    "on room air."
)


def _refs(split):
    """The shipped split's faithful reference rows (dicts: clinical_note, summary, source_id, ...)."""
    allow_long_csv_fields()
    with open(DATA / f"{split}.csv", newline="", encoding="utf-8") as fh:
        return [row for row in csv.DictReader(fh) if row["label"] == "factual_with_evidence"]


# --------------------------------------------------------------------------- degenerate

def test_usable_summary_is_not_degenerate():
    assert degenerate(REF) is None


def test_blank_or_tiny_is_empty():
    assert degenerate("") == "empty"
    assert degenerate("   \n ") == "empty"
    assert degenerate("BP stable.") == "empty"


def test_loop_is_degenerate():
    assert degenerate("62-year-old man, " * 12) == "loop"
    # a sentence repeated back to back after a good start
    loop = REF + " " + "He takes lisinopril 20 mg PO daily and atorvastatin 80 mg PO daily. " * 3
    assert degenerate(loop) == "loop"
    # the same sentence twice is not a loop (only >= 3 back-to-back copies are)
    assert degenerate(REF + " He takes lisinopril 20 mg PO daily." * 2) is None


def test_low_distinct_trigram_share_is_loop():
    # phrases recombined (never 3 copies back to back): most 3-grams are repeats
    a, b, c = "lisinopril 20 mg PO daily", "atorvastatin 80 mg PO daily", "furosemide 20 mg PO daily"
    order = [a, b, a, c, b, c, a, c, b, a, b, c, a, c, a, b, c, b, a, c]
    text = ", ".join(order) + "."
    assert degenerate(text) == "loop"


def test_numbered_run_is_degenerate():
    assert degenerate("1. 2. 3. 4.") == "list_numbers"
    assert degenerate("Summary of the visit: 1. 1. 1. 2. 3. 4. 5. 6. 7. 8.") == "list_numbers"
    assert degenerate("Plan:\n1.\n2.\n3.\n4.\n5.") == "list_numbers"
    # a real numbered plan has text between its numbers
    plan = ("Membranous nephropathy. 1) start enoxaparin 100 mg SC twice daily. 2) proceed with right kidney "
            "biopsy. 3) follow up in 1 week. 4) continue lisinopril 20 mg PO daily.")
    assert degenerate(plan) is None
    # numbers ending sentences that do not count up are vitals, not a list
    assert degenerate("Vitals: HR 92. RR 14. T 37. BP 120. SpO2 97%.") != "list_numbers"


def test_meta_text_is_no_content():
    meta = ("This clinical note is a summary of the patient's medication reconciliation note. It describes "
            "the medications that were reviewed with the patient and the plan for follow-up.")
    assert degenerate(meta) == "no_content"
    # no meta phrase, but no checkable fact either
    assert degenerate("The patient was seen and examined. The plan was discussed with the family.") == "no_content"
    # a meta opening that goes on to state facts is a usable summary
    assert degenerate("This note describes a 49-year-old man with membranous nephropathy on lisinopril "
                      "20 mg PO daily.") is None


def test_references_are_never_degenerate():
    flagged = []
    for split in ("train", "validation", "test"):
        for s in (row["summary"] for row in _refs(split)):
            r = degenerate(s)
            if r:
                flagged.append((r, s[:80]))
    assert not flagged


# --------------------------------------------------------------------------- copying

def test_copy_fraction_of_note_opening():
    opening = " ".join(NOTE.split()[:40])
    assert copy_fraction(NOTE, opening) == 1.0
    assert is_copy(NOTE, opening)
    # punctuation and case do not matter
    assert copy_fraction(NOTE, opening.upper().replace(".", " ; ")) == 1.0
    # half copied, half new words
    half = " ".join(NOTE.split()[:20]) + " " + " ".join(f"word{i}" for i in range(20))
    assert 0.45 <= copy_fraction(NOTE, half) <= 0.55
    assert not is_copy(NOTE, half)
    assert copy_fraction(NOTE, REF) < 0.5
    assert copy_fraction(NOTE, "") == 0.0


# --------------------------------------------------------------------------- truncation

def test_split_truncated_keeps_complete_sentences():
    text = "BP 147/81 mmHg. Given epinephrine 0.3 mg IM once. Labs showed albumin 2."
    assert split_truncated(text, True) == (text, "")
    kept, cut = split_truncated(text, False)
    # "2." at the very end may be "2.3" cut by the token limit
    assert kept == "BP 147/81 mmHg. Given epinephrine 0.3 mg IM once."
    assert cut == "Labs showed albumin 2."
    assert split_truncated("No sentence has ended yet, BP 14", False) == ("", "No sentence has ended yet, BP 14")
    assert split_truncated("Given 20 mg. daily for", False) == ("", "Given 20 mg. daily for")
    assert split_truncated("Seen by Dr. Smith today. HR", False) == ("Seen by Dr. Smith today.", "HR")
    assert split_truncated("No fever.", False) == ("No fever.", "")


def test_truncated_number_not_scored():
    summ = "A 49-year-old man with membranous nephropathy. BP 14"
    r = score_summary(NOTE, REF, summ, finished=False)
    assert r["truncated"] is True
    assert r["cut_fragment"] == "BP 14"
    assert r["hallucinated"] is False and r["unsupported"] == []
    # the same text as a finished output: "BP 14" is an unsupported vital sign
    r2 = score_summary(NOTE, REF, summ, finished=True)
    assert r2["hallucinated"] is True and r2["truncated"] is False and r2["cut_fragment"] == ""


# --------------------------------------------------------------------------- score_summary

def test_degenerate_list_is_one_verdict():
    r = score_summary(NOTE, REF, "BP 999/99 mmHg. 1. 1. 1. 2. 3. 4. 5. 6. 41.")
    assert r["degenerate"] == "list_numbers"
    assert r["hallucinated"] is True
    assert r["unsupported"] == [{"type": "degenerate", "text": "list_numbers"}]
    assert r["unsupported_types"] == ["degenerate"]
    assert r["coverage"] == 0.0


def test_score_summary_of_faithful_and_invented():
    r = score_summary(NOTE, REF, REF)
    assert set(r) == {"hallucinated", "unsupported", "unsupported_types", "degenerate", "truncated",
                      "cut_fragment", "coverage", "copy_fraction", "copy", "words"}
    assert r["hallucinated"] is False and r["degenerate"] is None and r["coverage"] == 1.0
    assert r["copy"] is False and r["words"] > 40
    bad = REF.replace("lisinopril 20 mg", "lisinopril 40 mg").replace("atorvastatin", "metoprolol")
    r = score_summary(NOTE, None, bad)
    assert r["hallucinated"] is True and r["coverage"] is None
    assert r["unsupported_types"] == ["dosage", "medication"]


# --------------------------------------------------------------------------- coverage

def test_coverage_reference_vs_itself_is_one():
    c = coverage(NOTE, REF, REF)
    assert c["facts"] >= 10 and c["covered"] == c["facts"] and c["coverage"] == 1.0


def test_coverage_empty_summary_is_zero():
    assert coverage(NOTE, REF, "") == {"facts": fact_keys(REF).__len__(), "covered": 0, "coverage": 0.0}
    assert coverage(NOTE, "", REF)["coverage"] is None


def test_coverage_of_half_the_facts():
    # the first half of REF's sentences; the medications, labs and vitals are left out
    half = ("A 49-year-old man was seen for nephrotic syndrome due to membranous nephropathy after leg swelling "
            "for 5 weeks. Renal Doppler ultrasound showed right renal vein thrombus. No gross hematuria. "
            "Recommended starting enoxaparin 100 mg SC twice daily.")
    c = coverage(NOTE, REF, half)
    assert 0.3 <= c["coverage"] <= 0.7
    assert c["covered"] == len(fact_keys(half))


def test_coverage_wrong_dose_not_covered():
    wrong = REF.replace("lisinopril 20 mg", "lisinopril 40 mg")
    assert ("drug", "lisinopril") in fact_keys(wrong)
    c = coverage(NOTE, REF, wrong)
    assert c["covered"] == c["facts"] - 1   # the drug is still covered, its dose is not


def test_coverage_unsupported_fact_not_covered():
    # reference and summary agree, but the note does not support the fact: not covered
    ref = "Started lisinopril 40 mg PO daily. No gross hematuria."
    c = coverage(NOTE, ref, ref)
    assert c["facts"] == 4 and c["covered"] == 3
    # a negation the note contradicts
    c = coverage(NOTE, "No leg swelling.", "No leg swelling.")
    assert c["covered"] < c["facts"]


def test_coverage_equivalent_forms():
    note = "Given ceftriaxone 1 g IV daily for 2 days. History of DVT."
    c = coverage(note, "Given ceftriaxone 1 g IV daily for 2 days. History of DVT.",
                 "History of deep vein thrombosis; ceftriaxone 1000 mg IV daily for 48 hours.")
    assert c["coverage"] == 1.0


def test_coverage_on_shipped_rows():
    ref = _refs("train")[:30]
    notes, refs, srcs = ([row[k] for row in ref] for k in ("clinical_note", "summary", "source_id"))
    own = [coverage(n, r, r)["coverage"] for n, r in zip(notes, refs)]
    assert sum(own) / len(own) == 1.0
    rng = random.Random(0)
    other = []
    for i, (n, r) in enumerate(zip(notes, refs)):
        j = rng.choice([j for j in range(len(refs)) if srcs[j] != srcs[i]])
        other.append(coverage(n, r, refs[j])["coverage"])
    assert sum(other) / len(other) < 0.2
