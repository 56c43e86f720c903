import csv
import io
import json

import pytest

from medllm.errors import DataError
from medllm.clinical.redact import public_id  # the tool shows ids as digests
from medllm.evaluation.review import load_verdicts, run_review, verdicts_path

COLS = ["id", "model", "note", "summary", "hallucinated", "unsupported"]


def _write_samples(path, rows, cols=COLS):
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        w.writerows(rows)
    return path


def _rows():
    """4 sft rows, then 4 dpo rows; checker flags the first two of each model."""
    rows = []
    for model in ("sft", "dpo"):
        for i in range(4):
            flagged = i < 2
            rows.append({
                "id": f"g{i:04d}", "model": model,
                "note": f"[NAME] has hypertension. Lisinopril 1{i} mg PO daily.\nBP 140/9{i}.",
                "summary": f"Hypertension on lisinopril {'50' if flagged else '1' + str(i)} mg daily.",
                "hallucinated": "true" if flagged else "false",
                "unsupported": json.dumps([{"type": "dosage", "text": "50 mg"}] if flagged else []),
            })
    return rows


class Script:
    """input_fn that replays answers; records the prompts and, per call, the verdict file size."""

    def __init__(self, answers, vpath=None):
        self.answers = list(answers)
        self.vpath = vpath
        self.lines_seen = []

    def __call__(self, prompt):
        if self.vpath is not None:
            self.lines_seen.append(len(self.vpath.read_text().splitlines()) if self.vpath.exists() else 0)
        if not self.answers:
            raise EOFError
        return self.answers.pop(0)


def test_resume_starts_at_first_unreviewed_row(tmp_path):
    samples = _write_samples(tmp_path / "samples.csv", _rows())
    out = io.StringIO()
    st = run_review(samples, input_fn=Script(["y", "n", "q"]), out=out, width=60)
    assert st["quit"] and st["remaining"] == 6
    assert f"1/8 · model sft · id {public_id('g0000')}" in out.getvalue() and f"3/8 · model sft · id {public_id('g0002')}" in out.getvalue()
    recs = [json.loads(line) for line in verdicts_path(samples).read_text().splitlines()]
    assert [(r["id"], r["model"], r["verdict"]) for r in recs] == [
        ("g0000", "sft", "hallucinated"), ("g0001", "sft", "faithful")]

    out2 = io.StringIO()
    run_review(samples, input_fn=Script(["q"]), out=out2, width=60)
    text = out2.getvalue()
    assert "resuming: 2 of 8 rows already reviewed" in text
    assert f"3/8 · model sft · id {public_id('g0002')}" in text
    assert "1/8 ·" not in text and "2/8 ·" not in text


def test_verdict_written_before_next_question(tmp_path):
    samples = _write_samples(tmp_path / "samples.csv", _rows())
    script = Script(["y", "x", "c", "n", "s", "q"], vpath=verdicts_path(samples))
    out = io.StringIO()
    run_review(samples, input_fn=script, out=out, width=60)
    # prompts: row1 (0 lines), row2 'x' (1), row2 'c' (1), row2 'n' (1), row3 's' (2), row4 'q' (3)
    assert script.lines_seen == [0, 1, 1, 1, 2, 3]
    recs = [json.loads(line) for line in verdicts_path(samples).read_text().splitlines()]
    assert [r["verdict"] for r in recs] == ["hallucinated", "faithful", "skip"]
    assert [r["saw_checker"] for r in recs] == [False, True, False]
    assert "please answer y, n, s, c or q" in out.getvalue()


def test_checker_flags_hidden_until_answer(tmp_path):
    samples = _write_samples(tmp_path / "samples.csv", _rows()[:1])
    out = io.StringIO()
    seen_before = []

    def answer(prompt):
        seen_before.append(out.getvalue())
        return "n"

    run_review(samples, input_fn=answer, out=out, width=60)
    assert "checker:" not in seen_before[0] and "dosage" not in seen_before[0]
    after = out.getvalue()
    assert 'checker: hallucinated — 1 unsupported: dosage: "50 mg"' in after and "DISAGREES" in after


def test_final_stats_per_model_and_overall(tmp_path):
    samples = _write_samples(tmp_path / "samples.csv", _rows())
    # sft: checker T T F F, human y y n n -> perfect agreement
    # dpo: checker T T F F, human y n y s -> 3 judged, agree 1/3
    out = io.StringIO()
    st = run_review(samples, input_fn=Script(list("yynnyny") + ["s"]), out=out, width=60)
    assert not st["quit"] and st["remaining"] == 0
    sft, dpo, allm = st["per_model"]["sft"], st["per_model"]["dpo"], st["overall"]
    assert (sft["judged"], sft["human_hallucinated"], sft["agreement"], sft["kappa"]) == (4, 2, 1.0, 1.0)
    assert sft["human_ci95"] == [pytest.approx(0.1500, abs=1e-4), pytest.approx(0.8500, abs=1e-4)]
    assert (dpo["judged"], dpo["skipped"], dpo["human_hallucinated"]) == (3, 1, 2)
    assert dpo["agreement"] == pytest.approx(1 / 3)
    # dpo table: human y/checker T, human n/checker T, human y/checker F -> kappa = -0.5
    assert dpo["kappa"] == pytest.approx(-0.5)
    assert (dpo["human_only"], dpo["checker_only"]) == (1, 1)
    assert allm["judged"] == 7 and allm["agreement"] == pytest.approx(5 / 7)
    text = out.getvalue()
    assert "8 of 8 rows reviewed, 0 left" in text
    assert "sft" in text and "50.0% (15.0%–85.0%)" in text and "all" in text
    assert "-0.50" in text


def test_model_filter_and_limit(tmp_path):
    samples = _write_samples(tmp_path / "samples.csv", _rows())
    out = io.StringIO()
    st = run_review(samples, input_fn=Script(["y", "n"]), out=out, model="dpo", limit=2, width=60)
    assert st["total"] == 2 and st["remaining"] == 0 and list(st["per_model"]) == ["dpo"]
    assert f"1/2 · model dpo · id {public_id('g0000')}" in out.getvalue()
    with pytest.raises(DataError, match="no rows for model 'base'"):
        run_review(samples, input_fn=Script([]), out=io.StringIO(), model="base")


def test_missing_column_is_one_line_data_error(tmp_path):
    samples = _write_samples(tmp_path / "s.csv", _rows(), cols=["id", "model", "note", "hallucinated", "unsupported"])
    with pytest.raises(DataError) as ei:
        run_review(samples, input_fn=Script([]), out=io.StringIO())
    msg = str(ei.value)
    assert "\n" not in msg and str(samples) in msg and "'summary'" in msg


def test_missing_file_and_bad_flag(tmp_path):
    with pytest.raises(DataError, match="not found"):
        run_review(tmp_path / "nope.csv", input_fn=Script([]), out=io.StringIO())
    rows = _rows()[:1]
    rows[0]["hallucinated"] = "maybe"
    samples = _write_samples(tmp_path / "s.csv", rows)
    with pytest.raises(DataError, match="'hallucinated' is 'maybe'"):
        run_review(samples, input_fn=Script([]), out=io.StringIO())


def test_partial_last_line_is_tolerated(tmp_path):
    samples = _write_samples(tmp_path / "samples.csv", _rows())
    vpath = verdicts_path(samples)
    vpath.write_text(json.dumps({"id": "g0000", "model": "sft", "verdict": "faithful"}) + '\n{"id": "g00')
    out = io.StringIO()
    run_review(samples, input_fn=Script(["y", "q"]), out=out, width=60)
    assert f"2/8 · model sft · id {public_id('g0001')}" in out.getvalue()
    v = load_verdicts(vpath)
    assert v[("g0000", "sft")]["verdict"] == "faithful" and v[("g0001", "sft")]["verdict"] == "hallucinated"


def test_cli_review_missing_column(tmp_path, capsys):
    from medllm.cli.main import main

    samples = _write_samples(tmp_path / "s.csv", _rows(), cols=["id", "model", "note", "summary", "unsupported"])
    assert main(["review", str(samples)]) == 2
    err = capsys.readouterr().err
    assert "'hallucinated'" in err and str(samples) in err and len(err.strip().splitlines()) == 1
