"""medllm.evaluation.checkscore: the checker scored against summaries judged by reading."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from medllm.evaluation import checkscore
from medllm.errors import DataError

NOTE = "Discharge note. Metoprolol 25 mg PO twice daily. Afebrile. BP 128/76 mmHg. Plan: colonoscopy next month."


def _row(i, summary, spans=(), **flags):
    return {"id": i, "note": NOTE, "summary": summary, "finished": flags.pop("finished", True),
            "hallucinated": bool(spans), "spans": [{"text": t, "type": ty, "why": ""} for t, ty in spans],
            "degenerate": False, "no_content": False, "truncated": False, **flags}


ROWS = [
    _row("ok", "Metoprolol 25 mg PO twice daily. BP 128/76 mmHg."),
    # a dose the checker catches: a hit for recall and precision of "dosage"
    _row("dose", "Metoprolol 250 mg PO twice daily.", [("250 mg", "dosage")]),
    # planned stated as done: the reader's span, no flag today -> a miss
    _row("plan", "Metoprolol 25 mg PO twice daily. Underwent colonoscopy.", [("Underwent colonoscopy", "procedure")]),
    # a loop: the checker's one degenerate verdict matches the reader's flag
    _row("loop", "metoprolol, " * 30, degenerate=True),
]


def test_score_counts_hits_misses_and_degenerate_verdicts():
    res = checkscore.score(ROWS)
    s = res["summaries"]
    assert (s["n"], s["reader"]) == (4, 3)
    assert res["by_type"]["dosage"]["caught"] == 1 and res["by_type"]["dosage"]["precision"] == 1.0
    assert res["by_type"]["degenerate"] == {"spans": 0, "caught": 0, "recall": None, "flags": 1, "on_a_span": 1,
                                            "precision": 1.0}
    missed = {(m["id"], m["type"]) for m in res["misses"]}
    assert ("dose", "dosage") not in missed
    assert res["spans"]["n"] == 2
    assert s["precision"] == 1.0  # the faithful summary is not flagged
    assert "dosage" in checkscore.table(res)


def test_a_flag_on_no_span_lowers_precision():
    rows = [_row("fp", "Metoprolol 250 mg PO twice daily.")]  # the reader saw nothing wrong
    res = checkscore.score(rows)
    assert res["flags"]["n"] >= 1 and res["flags"]["precision"] == 0.0
    assert res["false_flags"][0]["id"] == "fp"
    assert res["summaries"]["precision"] == 0.0


def test_annotated_file_errors_name_the_line(tmp_path):
    p = tmp_path / "a.jsonl"
    p.write_text(json.dumps(_row("x", "Afebrile.")) + "\n" + json.dumps({**_row("y", "ok"), "hallucinated": True}) + "\n")
    with pytest.raises(DataError, match=r"a\.jsonl:2: \"hallucinated\" is True but it has 0 spans"):
        checkscore.read_annotated(p)
    p.write_text("{not json\n")
    with pytest.raises(DataError, match=r"a\.jsonl:1: not valid JSON"):
        checkscore.read_annotated(p)


def test_agreement_on_shared_ids(tmp_path):
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_text("".join(json.dumps({"id": i, "hallucinated": h}) + "\n" for i, h in [("1", True), ("2", False), ("3", True)]))
    b.write_text("".join(json.dumps({"id": i, "hallucinated": h}) + "\n" for i, h in [("2", False), ("3", False), ("4", True)]))
    res = checkscore.agreement(a, b)
    assert res["n"] == 2 and res["disagree"] == ["3"] and res["hallucinated"]["agreement"] == 0.5


def test_cli_score_and_missing_file(tmp_path):
    p = tmp_path / "a.jsonl"
    p.write_text("".join(json.dumps(r) + "\n" for r in ROWS))
    root = Path(__file__).resolve().parents[2]
    r = subprocess.run([sys.executable, "-m", "medllm", "check", "--score", str(p), "-o", str(tmp_path / "s.json")],
                       capture_output=True, text=True, cwd=root)
    assert r.returncode == 0, r.stderr
    assert "recall" in r.stdout and json.loads((tmp_path / "s.json").read_text())["summaries"]["n"] == 4
    r = subprocess.run([sys.executable, "-m", "medllm", "check", "--score", str(tmp_path / "nope.jsonl")],
                       capture_output=True, text=True, cwd=root)
    assert r.returncode == 2 and "nope.jsonl: no such file" in r.stderr and "Traceback" not in r.stderr


def test_committed_annotated_set_is_complete_and_blind():
    d = Path(__file__).resolve().parents[2] / "phase1_data" / "annotated"
    rows = checkscore.read_annotated(d / "annotated.jsonl")
    assert len(rows) >= 300
    assert not any("model" in r for r in rows)  # which model wrote a summary stays in sources.jsonl


def test_split_is_by_note_and_holds_out_about_a_third():
    d = Path(__file__).resolve().parents[2] / "phase1_data" / "annotated"
    rows = checkscore.read_annotated(d / "annotated.jsonl")
    dev = checkscore.select_split(rows, "dev", d / "sources.jsonl")
    held = checkscore.select_split(rows, "heldout", d / "sources.jsonl")
    assert {r["id"] for r in dev}.isdisjoint(r["id"] for r in held) and len(dev) + len(held) == len(rows)
    assert 0.2 < len(held) / len(rows) < 0.45
    note_of = {json.loads(x)["id"]: json.loads(x)["note_id"] for x in (d / "sources.jsonl").read_text().splitlines() if x}
    assert {note_of[r["id"]] for r in dev}.isdisjoint(note_of[r["id"]] for r in held)
    assert checkscore.split_of("g0163-s0") == checkscore.split_of("g0163-s0")  # a fixed hash, no seed
    with pytest.raises(DataError, match="choose one of dev, heldout"):
        checkscore.select_split(rows, "test", d / "sources.jsonl")


def test_hand_written_cases_split_by_their_own_note_id():
    d = Path(__file__).resolve().parents[2] / "phase1_data" / "checker_cases"
    rows = checkscore.read_annotated(d / "cases.jsonl")
    dev = checkscore.select_split(rows, "dev", d / "no-sources.jsonl")  # note_id is on each line
    held = checkscore.select_split(rows, "heldout", d / "no-sources.jsonl")
    assert len(dev) + len(held) == len(rows) >= 200 and 0.2 < len(held) / len(rows) < 0.45
    assert {r["note_id"] for r in dev}.isdisjoint(r["note_id"] for r in held)
