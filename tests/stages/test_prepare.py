"""stage=prepare end to end: the shipped corpus is reproducible and clean, redaction is consistent,
splits cannot leak, MedHal maps the right way round, and bad input is one line with nothing lost."""

from __future__ import annotations

import csv
import json
from collections import Counter
from pathlib import Path

import pytest
import yaml

from medllm import PROJECT_ROOT
from medllm.clinical.negatives import KINDS
from medllm.stages import prepare
from tests.conftest import run_train

ST = yaml.safe_load((PROJECT_ROOT / "conf" / "stage" / "prepare.yaml").read_text())
SHIPPED = PROJECT_ROOT / "phase1_data"
SPLITS = ("train", "validation", "test")


def _dpo(root: Path, split: str) -> list[dict]:
    return [json.loads(x) for x in (root / "dpo" / f"{split}.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]


def _sft(root: Path, split: str) -> list[dict]:
    with open(root / "sft" / f"{split}.csv", newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory) -> Path:
    """phase1_data rebuilt from phase1_data/raw with the shipped settings (seed 42)."""
    out = tmp_path_factory.mktemp("rebuilt") / "phase1"
    prepare.prepare(SHIPPED / "raw", out, ST, seed=42, progress=False)
    return out


def test_shipped_corpus_is_what_prepare_makes_from_raw(rebuilt):
    """Regenerating gives the committed files byte for byte (`python -m medllm build-corpus`)."""
    for rel in [f"sft/{s}.csv" for s in SPLITS] + [f"dpo/{s}.jsonl" for s in SPLITS] + ["stats.json"]:
        assert (rebuilt / rel).read_bytes() == (SHIPPED / rel).read_bytes(), rel


def test_shipped_corpus_size_kinds_and_splits():
    stats = json.loads((SHIPPED / "stats.json").read_text())
    assert sum(stats["notes"].values()) >= 300
    specialties = set().union(*(set(v) for v in stats["specialty"].values()))
    assert len(specialties) >= 12 and len(set().union(*(set(v) for v in stats["note_type"].values()))) >= 6
    kinds = Counter()
    for split in SPLITS:
        kinds.update(k for r in _dpo(SHIPPED, split) for k in [r["hallucination_type"]])
    assert len(kinds) >= 11, kinds
    ids = {s: {r["source_id"] for r in _sft(SHIPPED, s)} for s in SPLITS}
    assert not (ids["train"] & ids["validation"]) and not (ids["train"] & ids["test"]) and not (ids["validation"] & ids["test"])
    n = sum(len(v) for v in ids.values())
    assert 0.6 < len(ids["train"]) / n < 0.8 and 0.1 < len(ids["test"]) / n < 0.2


def test_every_shipped_pair_is_one_recorded_change_the_note_does_not_support():
    from medllm.grounding.checker import check

    for split in SPLITS:
        notes = {r["source_id"] for r in _sft(SHIPPED, split)}
        for d in _dpo(SHIPPED, split):
            p = d["perturbation"]
            s, e = p["span"]
            assert d["chosen"] != d["rejected"] and d["source_id"] in notes
            assert d["chosen"][s:e] == p["from"] and d["rejected"] == d["chosen"][:s] + p["to"] + d["chosen"][e:], d["id"]
            assert p["kind"] == d["hallucination_type"] in KINDS
            assert check(d["prompt"], d["chosen"]) == [] and check(d["prompt"], d["rejected"]), d["id"]


def test_evidence_is_offsets_into_the_note_never_text_in_the_summary():
    rows = [r for r in _sft(SHIPPED, "validation") if r["label"] != "hallucinated"]
    assert rows and all(r["label"] == "factual_with_evidence" for r in rows)
    for r in rows:
        ev = json.loads(r["evidence"])
        assert len(ev) >= 1
        for item in ev:
            s, e = item["sentence"]
            assert r["summary"][s:e].strip()
            for ns, ne in item["spans"]:
                assert 0 <= ns < ne <= len(r["clinical_note"])
        assert "[" not in r["summary"].replace("[NAME]", "").replace("[DATE]", "").replace("[AGE>89]", "")


def test_no_phi_reaches_the_shipped_files():
    raw = [json.loads(x) for x in (SHIPPED / "raw" / "generated_notes.jsonl").read_text().splitlines()]
    names = set()
    for n in raw:
        if n["phi"]:
            first = n["clinical_note"].split("Patient: ", 1)
            if len(first) == 2:
                names.add(first[1].split(".")[0])
    assert len(names) > 20
    blob = "".join((SHIPPED / "sft" / f"{s}.csv").read_text() + (SHIPPED / "dpo" / f"{s}.jsonl").read_text() for s in SPLITS)
    assert not [x for x in names if x in blob]
    assert "555-01" not in blob and "@example." not in blob and "[NAME]" in blob and "[MRN]" in blob


def _note(i: int, **kw) -> dict:
    note = (f"Progress note. A 6{i}-year-old woman with hypertension for {i + 2} years. BP 148/92 mmHg, HR 8{i}. "
            f"Takes lisinopril 1{i} mg PO daily. Potassium 4.{i} mmol/L, platelets 150,000/uL. Denies chest pain. "
            f"Left ankle edema.")
    summ = f"A 6{i}-year-old woman with hypertension on lisinopril 1{i} mg PO daily; BP 148/92 mmHg; denies chest pain."
    return {"id": f"x{i:02d}", "clinical_note": note, "summary": summ, "specialty": ["cardiology", "nephrology"][i % 2], **kw}


def _write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_redaction_is_the_same_in_note_summary_and_every_derived_row(tmp_path):
    rows = [_note(i) for i in range(6)]
    rows[0]["clinical_note"] = "Patient: Maria Lopez. MRN: 40482913. " + rows[0]["clinical_note"]
    rows[0]["summary"] = "Maria Lopez, " + rows[0]["summary"][0].lower() + rows[0]["summary"][1:]
    out = tmp_path / "out"
    stats = prepare.prepare(_write_jsonl(tmp_path / "raw.jsonl", rows), out, ST, seed=1, progress=False)
    blob = "".join(p.read_text() for p in out.rglob("*") if p.is_file())
    assert "Maria" not in blob and "Lopez" not in blob and "40482913" not in blob
    assert stats["redactions"]["[NAME]"] >= 2 and stats["redactions"]["[MRN]"] == 1
    from medllm.clinical.redact import pseudonym

    x00 = [d for s in SPLITS for d in _dpo(out, s) if d["source_id"] == pseudonym("x00", rows[0]["clinical_note"])]
    assert x00 and all(d["chosen"].startswith("[NAME]") and d["prompt"].startswith("Patient: [NAME]") for d in x00)
    # clinical numbers survive redaction and normalization
    assert "148/92 mmHg" in blob and "150,000/uL" in blob


def test_near_duplicate_notes_never_straddle_splits(tmp_path):
    rows = [_note(i) for i in range(10)]
    # the same note again under another id, with other whitespace and case
    dup = dict(rows[3], id="x99")
    dup["clinical_note"] = "  " + rows[3]["clinical_note"].upper().replace(" ", "  ")
    rows.append(dup)
    out = tmp_path / "out"
    prepare.prepare(_write_jsonl(tmp_path / "raw.jsonl", rows), out, ST, seed=5, progress=False)
    from medllm.clinical.redact import pseudonym

    where = {r["source_id"]: s for s in SPLITS for r in _sft(out, s)}
    assert where[pseudonym("x03", rows[3]["clinical_note"])] == where[pseudonym("x99", dup["clinical_note"])]


def test_medhal_false_statements_become_rejected_never_chosen(tmp_path):
    ctx = "A 54-year-old man with type 2 diabetes on metformin 1,000 mg PO twice daily. HbA1c 8.4%. Denies chest pain."
    lines = [
        {"statement": "He takes metformin 1,000 mg twice daily.", "context": ctx, "label": True, "explanation": "", "inner_id": "a1"},
        {"statement": "He takes metformin 500 mg twice daily.", "context": ctx, "label": False, "explanation": "dose", "inner_id": "a2"},
        {"statement": "His HbA1c is 6.1%.", "context": ctx, "label": False, "explanation": "lab", "inner_id": "a3"},
    ]
    d = dict(ST, negatives_per_note=2, kinds=["dosage"])
    out = tmp_path / "out"
    prepare.prepare(_write_jsonl(tmp_path / "medhal.jsonl", lines), out, d, seed=1, fmt="medhal", progress=False)
    pairs = [p for s in SPLITS for p in _dpo(out, s)]
    assert {p["chosen"] for p in pairs} == {lines[0]["statement"]}
    assert {p["rejected"] for p in pairs} == {lines[1]["statement"], lines[2]["statement"]}


def test_missing_summary_column_is_one_line_and_nothing_written(tmp_path):
    bad = tmp_path / "BAD.csv"
    bad.write_text("id,clinical_note\n1,BP 148/92 mmHg.\n")
    out = tmp_path / "DIR"
    r = run_train("stage=prepare", f"data.raw_path={bad}", f"data.output_dir={out}", f"hydra.run.dir={tmp_path / 'run'}")
    assert r.returncode == 2 and "Traceback" not in r.stderr
    line = r.stderr.strip().splitlines()
    assert len(line) == 1 and "BAD.csv" in line[0] and "summary" in line[0], r.stderr
    assert not out.exists()


def test_overwrite_keeps_a_folder_prepare_did_not_write_and_a_fresh_one_is_written(tmp_path):
    raw = _write_jsonl(tmp_path / "raw.jsonl", [_note(i) for i in range(8)])
    out = tmp_path / "DIR"
    out.mkdir()
    (out / "keep.txt").write_text("mine")
    r = run_train("stage=prepare", f"data.raw_path={raw}", f"data.output_dir={out}", "data.overwrite=true",
                  f"hydra.run.dir={tmp_path / 'r1'}")
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1, r.stderr
    assert "was not written by medllm" in r.stderr and "data.overwrite=true leaves it alone" in r.stderr
    assert (out / "keep.txt").read_text() == "mine" and [p.name for p in out.iterdir()] == ["keep.txt"]
    fresh = tmp_path / "FRESH"
    r = run_train("stage=prepare", f"data.raw_path={raw}", f"data.output_dir={fresh}", f"hydra.run.dir={tmp_path / 'r2'}")
    assert r.returncode == 0, r.stderr[-2000:]
    assert (fresh / "stats.json").is_file() and (fresh / "medllm_output.json").is_file()
    assert "split" in r.stdout and "negatives:" in r.stdout  # the printed table
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temp folder left behind


@pytest.mark.parametrize("content, expect", [
    (b'{"id": "a", "clinical_note": "x", "summary": "y"}\n{"id": "b", "clinical_note": \n', ":2"),
    (b"", "empty"),
    (b'{"id": "a", "clinical_note": "BP 120/80.", "summary": "caf\xe9"}\n', "UTF-8"),
    (b'{"id": "a", "clinical_note": "x", "summary": "y"}\n{"id": "a", "clinical_note": "z", "summary": "w"}\n', "duplicate"),
])
def test_bad_raw_files_fail_with_one_line_naming_the_place(tmp_path, content, expect):
    from medllm.errors import DataError

    f = tmp_path / "raw.jsonl"
    f.write_bytes(content)
    with pytest.raises(DataError) as ex:
        prepare.read_notes(f, "auto")
    msg = str(ex.value)
    assert "\n" not in msg and "raw.jsonl" in msg and expect.lower() in msg.lower(), msg


def test_generated_negatives_cover_every_kind_on_the_shipped_raw_notes():
    stats = json.loads((SHIPPED / "stats.json").read_text())
    kinds = Counter()
    for per in stats["negative_kind"].values():
        kinds.update(per)
    assert set(KINDS) <= set(kinds), kinds
    assert stats["negatives_rejected"]  # validation rejected some candidates, and says why


def test_build_corpus_never_replaces_folders_that_are_not_the_data_contract(tmp_path, monkeypatch, capsys):
    from medllm.cli.main import main

    (tmp_path / ".git").mkdir()
    (tmp_path / "sft").mkdir()
    (tmp_path / "sft" / "my_notes.txt").write_text("mine")
    monkeypatch.chdir(tmp_path)
    assert main(["build-corpus", "--out", "."]) == 2
    assert "is the current folder" in capsys.readouterr().err
    other = tmp_path / "other"
    (other / "sft").mkdir(parents=True)
    (other / "sft" / "my_notes.txt").write_text("mine")
    assert main(["build-corpus", "--out", str(other), "--n", "1"]) == 2
    assert "my_notes.txt" in capsys.readouterr().err
    assert sorted(p.name for p in other.iterdir()) == ["sft"] and (other / "sft" / "my_notes.txt").read_text() == "mine"


def test_a_note_over_128_kib_that_prepare_writes_is_read_back_for_sft(tmp_path):
    """The csv module stops at 128 KiB per field: prepare wrote such a note from JSONL, then SFT
    died with a csv.Error traceback (and a CSV input said "fix the quoting")."""
    from medllm.data.contract import read_sft
    from medllm.clinical.preprocess import read_raw

    long = _note(0)
    long["clinical_note"] += " Continue home medications." * 6000  # ~160 KiB
    rows = [long] + [_note(i) for i in range(1, 6)]
    st = dict(ST, negatives_per_note=0, evidence=False, redact=False, split=[1.0, 0.0, 0.0])
    out = tmp_path / "out"
    prepare.prepare(_write_jsonl(tmp_path / "raw.jsonl", rows), out, st, seed=1, progress=False)
    assert max(len(r["clinical_note"]) for r in read_sft(out / "sft" / "train.csv")) > 131072
    raw_csv = tmp_path / "raw.csv"
    with open(raw_csv, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([["id", "clinical_note", "summary"], ["a", long["clinical_note"], long["summary"]]])
    assert len(read_raw(raw_csv)[0]["clinical_note"]) > 131072


def test_nul_and_control_characters_never_reach_the_data_files(tmp_path):
    rows = [_note(i) for i in range(6)]
    rows[0]["clinical_note"] = rows[0]["clinical_note"].replace("BP", "\x00BP\x1b[0m\x7f") + "\x0cEnd."
    rows[1]["summary"] = rows[1]["summary"].replace("A 6", "A\x00 6")
    out = tmp_path / "out"
    prepare.prepare(_write_jsonl(tmp_path / "raw.jsonl", rows), out, dict(ST, redact=False, negatives_per_note=1, kinds=["dosage"]),
                    seed=1, progress=False)
    blob = "".join(p.read_text(encoding="utf-8") for p in out.rglob("*") if p.is_file())
    assert not [c for c in set(blob) if (ord(c) < 32 and c not in "\n\t\r") or 0x7f <= ord(c) <= 0x9f]
    assert "BP[0m 148/92" in blob and "edema. End." in blob  # text kept, separators became spaces


def test_output_dir_that_is_a_file_is_said_so_before_any_note_is_read(tmp_path, monkeypatch):
    from medllm.errors import DataError

    f = tmp_path / "taken"
    f.write_text("x")
    monkeypatch.setattr(prepare, "read_notes", lambda *a: pytest.fail("notes read before the output was checked"))
    cfg = {"data": {"raw_path": str(SHIPPED / "raw"), "output_dir": str(f), "overwrite": True}, "stage": ST}
    with pytest.raises(DataError, match=r"data.output_dir: .*taken is a file, not a folder"):
        prepare.check(cfg)


def test_one_note_input_warns_that_splits_are_empty(tmp_path, caplog):
    import logging

    with caplog.at_level(logging.WARNING, logger="medllm"):
        stats = prepare.prepare(_write_jsonl(tmp_path / "one.jsonl", [_note(0)]), tmp_path / "out", ST, seed=1,
                                progress=False)
    assert stats["notes"] == {"train": 1, "validation": 0, "test": 0}
    warned = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any("validation split is empty" in w for w in warned) and any("test split is empty" in w for w in warned)
