"""Tests for medllm.clinical.preprocess: readers, normalization, evidence, leakage, atomic output folders."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from medllm.clinical.redact import public_id
from medllm.errors import DataError
from medllm.clinical.preprocess import (
    NOTE_KEYS, check_leakage, evidence, fact_signature, near_duplicate_key, normalize, read_medhal,
    read_raw, split_sentences,
)
from medllm.data.outdir import write_dir_atomic

NOTE = ("Dr. Smith saw a 68-year-old man with heart failure. BP 148/92 mmHg, HR 88. "
        "Furosemide 40 mg IV b.i.d. with net negative 4.2 L. Platelets 150,000/uL; HbA1c 7.2%. "
        "Denies chest pain.")
SUMMARY = "A 68-year-old man with heart failure was diuresed with furosemide 40 mg IV b.i.d. He denies chest pain."


def _csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)
    return path


def _jsonl(path: Path, rows: list) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def _err(fn, *a, **kw) -> str:
    with pytest.raises(DataError) as ei:
        fn(*a, **kw)
    msg = str(ei.value)
    assert "\n" not in msg, msg
    return msg


# --------------------------------------------------------------------------- read_raw: good input

def test_read_raw_csv_defaults_and_model_summary_alias(tmp_path):
    p = _csv(tmp_path / "raw.csv", ["id", "clinical_note", "model_summary", "specialty"],
             [["a1", NOTE, SUMMARY, "cardiology"], ["a2", "Note two, with a comma.", "Summary two.", ""]])
    rows = read_raw(p)
    assert [r["id"] for r in rows] == ["a1", "a2"]
    assert all(tuple(r) == NOTE_KEYS for r in rows)
    assert rows[0] == {"id": "a1", "source_id": "a1", "specialty": "cardiology", "note_type": "unknown",
                       "clinical_note": NOTE, "summary": SUMMARY, "negatives": []}
    assert rows[1]["specialty"] == "unknown" and rows[1]["clinical_note"] == "Note two, with a comma."


def test_read_raw_csv_multiline_quoted_field_and_bom(tmp_path):
    p = tmp_path / "raw.csv"
    p.write_text('\ufeffid,clinical_note,summary,source_id\nx,"S: line one\nO: line two",Sum.,src9\n', encoding="utf-8")
    rows = read_raw(p)
    assert rows[0]["clinical_note"] == "S: line one\nO: line two" and rows[0]["source_id"] == "src9"


def test_read_raw_jsonl_starter_shape(tmp_path):
    # the phase1_data/raw shape: source_id but no id, negatives with from/to
    neg = {"kind": "dosage", "from": "40 mg", "to": "400 mg", "rejected": SUMMARY.replace("40 mg", "400 mg")}
    p = _jsonl(tmp_path / "raw.json-lines", [{"source_id": "n1", "specialty": "cardiology", "note_type": "ed_note",
                                              "clinical_note": NOTE, "summary": SUMMARY, "negatives": [neg]}])
    (r,) = read_raw(p)
    assert r["id"] == r["source_id"] == "n1" and r["note_type"] == "ed_note"
    assert r["negatives"] == [neg]


def test_read_raw_shipped_starter_file():
    raw = Path(__file__).resolve().parents[2] / "phase1_data" / "raw" / "starter_notes.jsonl"
    if not raw.exists():
        pytest.skip("starter set not present")
    rows = read_raw(raw)
    assert len(rows) == 48 and all(len(r["negatives"]) == 2 for r in rows)


def test_read_raw_dpo_rows_group_into_notes(tmp_path):
    rows = [
        {"id": "n1-p0", "source_id": "n1", "prompt": NOTE, "chosen": SUMMARY, "rejected": SUMMARY.replace("40", "400"),
         "hallucination_type": "dosage", "perturbation": {"kind": "dosage", "from": "40 mg", "to": "400 mg"}},
        {"id": "n1-p1", "source_id": "n1", "prompt": NOTE, "chosen": SUMMARY, "rejected": SUMMARY.replace("IV", "PO")},
        {"id": "n2-p0", "prompt": "Other note.", "chosen": "Other summary.", "rejected": "Another summary.",
         "hallucination_type": "negation"},
    ]
    notes = read_raw(_jsonl(tmp_path / "dpo.jsonl", rows))
    assert [n["id"] for n in notes] == ["n1", "n2-p0"]
    n1 = notes[0]
    assert n1["clinical_note"] == NOTE and n1["summary"] == SUMMARY and n1["source_id"] == "n1"
    assert [g["kind"] for g in n1["negatives"]] == ["dosage", "unknown"]
    assert n1["negatives"][0]["from"] == "40 mg" and n1["negatives"][0]["to"] == "400 mg"
    assert n1["negatives"][1]["rejected"] == SUMMARY.replace("IV", "PO")
    assert notes[1]["negatives"] == [{"kind": "negation", "rejected": "Another summary."}]


# --------------------------------------------------------------------------- read_raw: errors

def test_read_raw_errors_name_file_line_and_fix(tmp_path):
    missing = tmp_path / "nope.csv"
    assert "no such file" in _err(read_raw, missing) and "nope.csv" in _err(read_raw, missing)

    p = tmp_path / "raw.txt"
    p.write_text("x", encoding="utf-8")
    assert "'.txt'" in _err(read_raw, p) and ".jsonl" in _err(read_raw, p)

    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert "empty file" in _err(read_raw, empty)

    header_only = _csv(tmp_path / "h.csv", ["id", "clinical_note", "summary"], [])
    assert "no data rows" in _err(read_raw, header_only)

    blank_jsonl = tmp_path / "b.jsonl"
    blank_jsonl.write_text("\n\n   \n", encoding="utf-8")
    assert "empty file" in _err(read_raw, blank_jsonl)

    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"id,clinical_note,summary\na,note ok,sum ok\nb,caf\xe9 note,sum\n")
    msg = _err(read_raw, bad)
    assert "bad.csv:3:" in msg and "UTF-8" in msg and "byte offset 47, column 6" in msg

    broken = tmp_path / "broken.jsonl"
    broken.write_text(json.dumps({"id": "a", "clinical_note": "n", "summary": "s"}) + "\n{\"id\": \"b\",\n", encoding="utf-8")
    msg = _err(read_raw, broken)
    assert "broken.jsonl:2:" in msg and "not valid JSON" in msg

    arr = tmp_path / "arr.jsonl"
    arr.write_text('{"id": "a", "clinical_note": "n", "summary": "s"}\n["a", "b"]\n', encoding="utf-8")
    msg = _err(read_raw, arr)
    assert "arr.jsonl:2:" in msg and "JSON object" in msg


def test_read_raw_missing_column_names_it(tmp_path):
    p = _csv(tmp_path / "raw.csv", ["id", "clinical_note"], [["a", "note"]])
    msg = _err(read_raw, p)
    assert msg == ("%s: missing column 'summary' (found: id, clinical_note); add it or name it 'model_summary'" % p)
    p2 = _csv(tmp_path / "raw2.csv", ["id", "note", "summary"], [["a", "n", "s"]])
    assert "missing column 'clinical_note'" in _err(read_raw, p2)
    p3 = _csv(tmp_path / "raw3.csv", ["clinical_note", "summary"], [["n", "s"]])
    assert "missing column 'id'" in _err(read_raw, p3)


def test_read_raw_empty_note_or_summary_names_line_and_id(tmp_path):
    p = _csv(tmp_path / "raw.csv", ["id", "clinical_note", "summary"], [["a", "n", "s"], ["b", "n", "   "]])
    msg = _err(read_raw, p)
    assert "raw.csv:3:" in msg and "'summary'" in msg and f"id {public_id('b')}" in msg
    p2 = _jsonl(tmp_path / "raw.jsonl", [{"id": "a", "clinical_note": "", "summary": "s"}])
    msg = _err(read_raw, p2)
    assert "raw.jsonl:1:" in msg and "'clinical_note'" in msg and f"id {public_id('a')}" in msg


def test_read_raw_duplicate_ids_name_both_lines_not_the_id(tmp_path):
    # users build ids from names and MRNs: the message locates the rows by line, the id only as a digest
    rid = "achterberg-rosalind-5502917"
    p = _csv(tmp_path / "raw.csv", ["id", "clinical_note", "summary"],
             [[rid, "n1", "s1"], ["b", "n2", "s2"], [rid, "n3", "s3"]])
    msg = _err(read_raw, p)
    assert "raw.csv:4:" in msg and public_id(rid) in msg and "line 2" in msg
    assert "achterberg" not in msg.lower() and "5502917" not in msg


def test_read_raw_duplicate_id_after_multiline_row_counts_physical_lines(tmp_path):
    p = tmp_path / "raw.csv"
    p.write_text('id,clinical_note,summary\na,"two\nlines",s\na,n,s\n', encoding="utf-8")
    msg = _err(read_raw, p)
    assert "raw.csv:4:" in msg and "line 2" in msg


def test_read_raw_csv_row_with_extra_fields(tmp_path):
    p = tmp_path / "raw.csv"
    p.write_text("id,clinical_note,summary\na,n,s\nb,BP 148/92, HR 88,s\n", encoding="utf-8")
    msg = _err(read_raw, p)
    assert "raw.csv:3:" in msg and "4 fields" in msg and "quote" in msg


def test_read_raw_negative_equal_to_chosen(tmp_path):
    p = _jsonl(tmp_path / "dpo.jsonl", [{"prompt": "n", "chosen": "s", "rejected": "s"}])
    assert "dpo.jsonl:1:" in _err(read_raw, p)


# --------------------------------------------------------------------------- read_medhal

# hand-written, made-up MedHal-style rows (statement, context, label, explanation, inner_id)
MEDHAL_ROWS = [
    ["Patient is on metformin 500 mg twice daily.", "A 54-year-old woman with type 2 diabetes takes metformin 500 mg twice daily. HbA1c 7.2%.", "true", "", "mh-1-0"],
    ["Patient is on metformin 1000 mg twice daily.", "A 54-year-old woman with type 2 diabetes takes metformin 500 mg twice daily. HbA1c 7.2%.", "false", "The dose is 500 mg, not 1000 mg.", "mh-1-1"],
    ["The HbA1c is 9.1%.", "A 54-year-old woman with type 2 diabetes takes metformin 500 mg twice daily. HbA1c 7.2%.", "FALSE", "HbA1c is 7.2%.", "mh-1-2"],
    ["The fracture is in the left radius.", "X-ray shows a displaced fracture of the right distal radius.", "0", "The fracture is on the right.", "mh-2-0"],
    ["There is no fracture.", "X-ray shows a displaced fracture of the right distal radius.", "False", "A fracture is present.", "mh-2-1"],
    ["He denies fever.", "The patient denies fever or chills. Lungs are clear.", "1", "", "mh-3-0"],
    ["Lungs are clear.", "The patient denies fever or chills.  Lungs are clear.", "TRUE", "", "mh-3-1"],
]


def _medhal_csv(tmp_path, rows=MEDHAL_ROWS):
    return _csv(tmp_path / "medhal.csv", ["statement", "context", "label", "explanation", "inner_id"], rows)


def test_read_medhal_maps_true_to_summary_and_false_to_negatives(tmp_path):
    stats = {}
    notes = read_medhal(_medhal_csv(tmp_path), stats=stats)
    by_sid = {}
    for n in notes:
        by_sid.setdefault(n["source_id"], []).append(n)
    assert set(by_sid) == {"medhal-mh-1-0", "medhal-mh-3-0"}   # the all-false context is dropped
    (n1,) = by_sid["medhal-mh-1-0"]
    assert n1["clinical_note"].startswith("A 54-year-old woman")
    assert n1["summary"] == "Patient is on metformin 500 mg twice daily."
    assert [g["rejected"] for g in n1["negatives"]] == ["Patient is on metformin 1000 mg twice daily.", "The HbA1c is 9.1%."]
    assert all(g["kind"] == "medhal" for g in n1["negatives"])
    assert n1["negatives"][0]["explanation"] == "The dose is 500 mg, not 1000 mg."
    # a false statement is never a summary
    false_statements = {r[0] for r in MEDHAL_ROWS if r[2].lower() in ("false", "0")}
    assert not false_statements & {n["summary"] for n in notes}
    # two true statements for one context (whitespace differs): two notes, one source_id, no negatives
    n3 = by_sid["medhal-mh-3-0"]
    assert [n["summary"] for n in n3] == ["He denies fever.", "Lungs are clear."]
    assert [n["id"] for n in n3] == ["medhal-mh-3-0-s0", "medhal-mh-3-0-s1"] and all(not n["negatives"] for n in n3)
    assert stats == {"rows": 7, "contexts": 3, "notes": 3, "dropped_no_true": 1, "skipped_empty": 0}


def test_read_medhal_keep_without_summary_and_jsonl_bool_labels(tmp_path):
    rows = [dict(zip(["statement", "context", "label", "explanation", "inner_id"], r)) for r in MEDHAL_ROWS]
    for r in rows:
        r["label"] = r["label"].lower() in ("true", "1")
    notes = read_medhal(_jsonl(tmp_path / "medhal.jsonl", rows), keep_without_summary=True)
    fx = [n for n in notes if n["source_id"] == "medhal-mh-2-0"]
    assert len(fx) == 1 and fx[0]["summary"] is None and len(fx[0]["negatives"]) == 2


def test_read_medhal_errors(tmp_path):
    bad = _csv(tmp_path / "m.csv", ["statement", "context", "label"], [["s", "c", "maybe"]])
    msg = _err(read_medhal, bad)
    assert "m.csv:2:" in msg and "'maybe'" in msg
    nocol = _csv(tmp_path / "m2.csv", ["statement", "label"], [["s", "1"]])
    assert "missing column 'context'" in _err(read_medhal, nocol)
    allfalse = _csv(tmp_path / "m3.csv", ["statement", "context", "label"], [["s", "c", "false"]])
    assert "no context has a statement labelled true" in _err(read_medhal, allfalse)


# --------------------------------------------------------------------------- normalize / fact_signature

NASTY = [
    "Clonidine 100 \u00b5g PO b.i.d. and B12 1000 \u03bcg IM monthly",
    "BP\u00a0148/92\u00a0mm Hg, HR\u202f88",
    "\u201cDenies chest pain\u201d; patient\u2019s wife says \u2018no fever\u2019",
    "150,000 platelets; platelets 150,000/\u00b5L; WBC 5.1 x10\u00b3/\u03bcL",
    "HbA1c 7.2%\t\tglucose 180 mg/dl\t(fasting)",
    "Infused 1,000 ml NS over 2\u20133 hours \u2014 no edema",
    "Lisinopril 10 mg PO daily;\u00a0   without   dizziness. Not on warfarin. Negative for PE.",
    "INR 2.5, q6h, 3/10 pain, 1/2 tablet, Apgar 8/9, hospital day 2",
    "Full\uff0dwidth \uff11\uff10 mg, \ufb01ne, 1.5 mL",
]


@pytest.mark.parametrize("text", NASTY)
def test_normalize_keeps_every_fact(text):
    out = normalize(text)
    assert fact_signature(out) == fact_signature(text), (text, out)
    assert normalize(out) == out  # idempotent


def test_normalize_specifics():
    assert normalize("Clonidine 100 \u00b5g") == "Clonidine 100 mcg"
    assert normalize("B12 1000 \u03bcg") == "B12 1000 mcg"
    assert normalize("BP\u00a0148/92 mm Hg") == "BP 148/92 mmHg"
    assert normalize("1,000 ml and 5 mg/dl") == "1,000 mL and 5 mg/dL"
    assert normalize("plt 150,000/\u00b5L") == "plt 150,000/uL"
    assert normalize("WBC 5.1 x10\u00b3/\u00b5L") == "WBC 5.1 x10^3/uL"
    assert normalize("\u201cno\u201d \u2018pain\u2019") == "\"no\" 'pain'"
    assert normalize("  a\t\tb   c \n\n\n\n d  ") == "a b c\n\nd"
    assert normalize("2\u20133 days") == "2-3 days"
    assert normalize("no fever\u2014cough present") == "no fever - cough present"
    assert normalize("base excess \u20135") == "base excess -5"
    for keep in ("150,000", "7.2", "1.5", "HbA1c 7.2%", "148/92", "q6h", "Lasix 40 mg", "10^3/uL"):
        assert normalize(keep) == keep
    assert "1,5" not in normalize("1.5 mg")


def test_fact_signature_reads_facts():
    sig = fact_signature("Denies chest pain; no edema. Furosemide 40 mg IV, 150,000 platelets, HbA1c 7.2%, BP 148/92 mm Hg")
    assert {"40", "150,000", "7.2", "148", "92"} <= set(sig["numbers"])
    assert {"mg", "%", "mmhg"} <= set(sig["units"])
    assert sig["negations"] == ("denies", "no")
    assert "furosemide" in sig["drugs"]
    assert fact_signature("Lasix 40 mg")["drugs"] == ("furosemide",)
    # a changed fact changes the signature
    assert fact_signature("no fever") != fact_signature("fever")
    assert fact_signature("7.2%") != fact_signature("72%")
    assert fact_signature("10 mg") != fact_signature("10 mcg")


# --------------------------------------------------------------------------- sentences + evidence

def test_split_sentences_keeps_decimals_and_abbreviations():
    text = ("Dr. Smith reviewed labs. HbA1c 7.2% and INR 2.5. Metformin 500 mg b.i.d. with meals. "
            "Take 1 tab p.o. q.d. Follow up with Mr. J. Jones in 2 weeks!\nPlan: recheck BMP")
    got = [text[s:e] for s, e in split_sentences(text)]
    assert got == ["Dr. Smith reviewed labs.", "HbA1c 7.2% and INR 2.5.", "Metformin 500 mg b.i.d. with meals.",
                   "Take 1 tab p.o. q.d.", "Follow up with Mr. J. Jones in 2 weeks!", "Plan: recheck BMP"]


def test_evidence_offsets_index_the_strings_exactly():
    ev = evidence(NOTE, SUMMARY)
    note_sents = {NOTE[s:e] for s, e in split_sentences(NOTE)}
    assert len(ev) == 2
    s0 = SUMMARY[slice(*ev[0]["sentence"])]
    assert s0 == "A 68-year-old man with heart failure was diuresed with furosemide 40 mg IV b.i.d."
    spans0 = [NOTE[s:e] for s, e in ev[0]["spans"]]
    assert spans0 == ["Dr. Smith saw a 68-year-old man with heart failure.",
                      "Furosemide 40 mg IV b.i.d. with net negative 4.2 L."]
    assert [NOTE[s:e] for s, e in ev[1]["spans"]] == ["Denies chest pain."]
    for item in ev:
        for s, e in item["spans"]:
            assert NOTE[s:e] in note_sents
    # evidence never ends up in the summary text
    assert all(SUMMARY[slice(*item["sentence"])] in SUMMARY for item in ev)


def test_evidence_unsupported_sentence_has_no_span():
    ev = evidence(NOTE, "Heart failure was noted. The weather was sunny today.")
    assert ev[1]["spans"] == []
    assert evidence(NOTE, "") == []


def test_evidence_on_starter_notes_is_sane():
    raw = Path(__file__).resolve().parents[2] / "phase1_data" / "raw" / "starter_notes.jsonl"
    if not raw.exists():
        pytest.skip("starter set not present")
    rows = [json.loads(x) for x in raw.read_text(encoding="utf-8").splitlines() if x.strip()][:12]
    for r in rows:
        note, summ = r["clinical_note"], r["summary"]
        sents = set(split_sentences(note))
        ev = evidence(note, summ)
        assert ev and all(tuple(sp) in sents for it in ev for sp in it["spans"])
        assert sum(bool(it["spans"]) for it in ev) >= len(ev) - 1  # faithful summaries are supported


# --------------------------------------------------------------------------- leakage

def test_near_duplicate_key():
    a = "Patient: [NAME]. BP 148/92 mm Hg;  HbA1c 7.2%."
    b = "patient: [DATE] bp 148/92 mmHg hba1c 7.2%"
    assert near_duplicate_key(a) == near_duplicate_key(b) == "patient phi bp 148 92 mmhg hba1c 7 2"
    assert near_duplicate_key("HbA1c 7.2%") != near_duplicate_key("HbA1c 7.3%")


def test_check_leakage_reports_shared_source_and_near_duplicates():
    splits = {
        "train": [{"id": "a-s0", "source_id": "a", "clinical_note": "BP 148/92 mmHg. Denies pain."},
                  {"id": "a-h0", "source_id": "a", "clinical_note": "BP 148/92 mmHg. Denies pain."}],
        "validation": [{"id": "b-s0", "source_id": "b", "clinical_note": "BP  148/92 mm Hg; denies pain"}],
        "test": [{"id": "a-p0", "source_id": "a", "prompt": "Something else entirely."}],
    }
    problems = check_leakage(splits)
    assert len(problems) == 2
    assert problems[0].startswith(f"source_id {public_id('a')} is in train and test")
    assert f"train (id {public_id('a-s0')})" in problems[1] and f"validation (id {public_id('b-s0')})" in problems[1]
    clean = {"train": splits["train"], "test": [{"id": "c", "source_id": "c", "clinical_note": "Other."}]}
    assert check_leakage(clean) == []


# --------------------------------------------------------------------------- write_dir_atomic

def test_write_dir_atomic_fresh_and_refuses_non_empty(tmp_path):
    out = tmp_path / "deep" / "phase1"
    write_dir_atomic(out, lambda d: (d / "sft").mkdir() or (d / "sft" / "train.csv").write_text("x"), overwrite=False)
    assert (out / "sft" / "train.csv").read_text() == "x"
    msg = _err(write_dir_atomic, out, lambda d: None, overwrite=False)
    assert msg == (f"data.output_dir: {out} exists and is not empty; choose another data.output_dir, "
                   "or pass data.overwrite=true to replace an earlier medllm prepare output")
    assert sorted(p.name for p in out.parent.iterdir()) == ["phase1"]


def test_write_dir_atomic_overwrite_replaces_its_own_output_and_cleans(tmp_path):
    out = tmp_path / "out"
    write_dir_atomic(out, lambda d: (d / "old.txt").write_text("old"))
    write_dir_atomic(out, lambda d: (d / "new.txt").write_text("new"), overwrite=True)
    assert sorted(p.name for p in out.iterdir()) == ["medllm_output.json", "new.txt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]  # no temp or old folder left behind
    empty = tmp_path / "empty"
    empty.mkdir()
    write_dir_atomic(empty, lambda d: (d / "f").write_text("1"), overwrite=False)
    assert (empty / "f").exists()


def test_overwrite_keeps_a_folder_medllm_did_not_write_or_that_holds_more(tmp_path):
    theirs = tmp_path / "theirs"
    theirs.mkdir()
    (theirs / "notes.txt").write_text("mine")
    msg = _err(write_dir_atomic, theirs, lambda d: (d / "f").write_text("1"), overwrite=True)
    assert "was not written by medllm" in msg and "data.overwrite=true leaves it alone" in msg
    assert [p.name for p in theirs.iterdir()] == ["notes.txt"]
    ours = write_dir_atomic(tmp_path / "ours", lambda d: (d / "f").write_text("1"))
    (ours / "added_by_hand.txt").write_text("mine")
    assert "did not write there (added_by_hand.txt)" in _err(write_dir_atomic, ours, lambda d: None, overwrite=True)
    assert (ours / "added_by_hand.txt").read_text() == "mine"
    export = write_dir_atomic(tmp_path / "exp", lambda d: (d / "f").write_text("1"), kind="export")
    assert "holds a medllm export output, not a prepare one" in _err(write_dir_atomic, export, lambda d: None, overwrite=True)


def test_overwrite_never_replaces_the_current_folder_a_checkout_or_a_home(tmp_path, monkeypatch):
    """`data.output_dir=. data.overwrite=true` in a clone once replaced the whole checkout, .git included."""
    from medllm import PROJECT_ROOT

    clone = tmp_path / "clone"
    (clone / ".git").mkdir(parents=True)
    (clone / "train.py").write_text("x")
    sub = clone / "src"
    sub.mkdir()
    monkeypatch.chdir(sub)
    for target, why in [(Path("."), "is the current folder"), (Path(".."), "holds the current folder"),
                        (PROJECT_ROOT, "the medllm project"), (Path.home(), "home folder")]:
        assert why in _err(write_dir_atomic, target, lambda d: (d / "f").write_text("1"), overwrite=True), target
    monkeypatch.chdir(tmp_path)
    assert "is a git checkout" in _err(write_dir_atomic, clone, lambda d: None, overwrite=True)
    assert sorted(p.name for p in clone.iterdir()) == [".git", "src", "train.py"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["clone"]


def test_write_dir_atomic_failure_leaves_out_dir_untouched(tmp_path):
    out = write_dir_atomic(tmp_path / "out", lambda d: (d / "keep.txt").write_text("keep"))

    def boom(d: Path):
        (d / "half.txt").write_text("partial")
        raise RuntimeError("writer failed")

    with pytest.raises(RuntimeError, match="writer failed"):
        write_dir_atomic(out, boom, overwrite=True)
    assert sorted(p.name for p in out.iterdir()) == ["keep.txt", "medllm_output.json"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]
    fresh = tmp_path / "fresh"
    with pytest.raises(RuntimeError):
        write_dir_atomic(fresh, boom, overwrite=False)
    assert not fresh.exists() and sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_a_killed_writer_leaves_temp_folders_the_next_run_removes(tmp_path):
    """SIGKILL skips every cleanup: the next write into the same folder removes the temporary
    folder a dead process left, and a swapped-out old folder goes back if the new one never arrived."""
    import subprocess
    import sys

    from medllm.data.outdir import _tag, clean_stale

    pid = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True).stdout
    dead = _tag().rsplit("-", 2)[0] + f"-{pid.strip()}-0123456789"
    (tmp_path / f".data.tmp-{dead}").mkdir()
    (tmp_path / ".data.tmp-not-ours").mkdir()
    write_dir_atomic(tmp_path / "data", lambda d: (d / "f").write_text("1"))
    assert sorted(p.name for p in tmp_path.iterdir()) == [".data.tmp-not-ours", "data"]
    old = tmp_path / f".prev.old-{dead}"
    old.mkdir()
    (old / "stats.json").write_text("{}")
    clean_stale(tmp_path / "prev")
    assert (tmp_path / "prev" / "stats.json").is_file() and not old.exists()


def test_write_dir_atomic_out_dir_is_a_file(tmp_path):
    f = tmp_path / "file"
    f.write_text("x")
    assert "is a file" in _err(write_dir_atomic, f, lambda d: None, overwrite=True)


def test_write_dir_atomic_folder_mode_follows_umask(tmp_path):
    import os
    old = os.umask(0o022)
    try:
        out = write_dir_atomic(tmp_path / "o", lambda d: (d / "f").write_text("1"))
    finally:
        os.umask(old)
    assert (out.stat().st_mode & 0o777) == 0o755


def test_read_raw_jsonl_missing_field_and_non_text(tmp_path):
    p = _jsonl(tmp_path / "r.jsonl", [{"id": "a", "clinical_note": "n"}])
    assert "missing field 'summary'" in _err(read_raw, p)
    p2 = _jsonl(tmp_path / "r2.jsonl", [{"id": 7, "clinical_note": 12, "summary": "s"}])
    msg = _err(read_raw, p2)
    assert "r2.jsonl:1:" in msg and "'clinical_note' must be text" in msg and f"id {public_id('7')}" in msg
