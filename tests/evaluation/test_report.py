import pytest

from medllm.errors import DataError
from medllm.evaluation.report import normalize_curve, to_markdown, write_report

PNG = b"\x89PNG\r\n\x1a\n"


def _ev(models=("base", "sft", "dpo"), paired=True):
    per = {
        "base": {"n": 52, "hallucinated": 31, "hallucination_rate": 31 / 52, "ci95": [0.46, 0.72],
                 "by_type": {"dosage": 3, "medication": 10, "number": 0}, "unsupported_facts": 40,
                 "rouge_l": 0.31, "mean_words": 55.2, "pref_acc_test": 0.51, "adapter": None, "generation_s": 80.1},
        "sft": {"n": 52, "hallucinated": 21, "hallucination_rate": 21 / 52, "ci95": [0.28, 0.54],
                "by_type": {"dosage": 5, "laterality": 2}, "unsupported_facts": 7, "rouge_l": 0.41,
                "coverage": 0.62, "degenerate_rate": 0.02, "copy_rate": 0.1, "truncation_rate": 0.04,
                "reference_mean_words": 69.0,
                "mean_words": 45.0, "pref_acc_test": 0.62, "adapter": "outputs/x/sft/adapter", "generation_s": 70.0},
        "dpo": {"n": 52, "hallucinated": 10, "hallucination_rate": 10 / 52,
                "by_type": {"dosage": 1}, "unsupported_facts": 1, "rouge_l": 0.40, "mean_words": 44.0,
                "pref_acc_test": 0.9, "adapter": "outputs/x/dpo/adapter", "generation_s": 71.0},
    }
    ev = {"split": "test", "n_notes": 52, "max_new_tokens": 160, "models": list(models),
          "hallucination_rate": {m: per[m]["hallucination_rate"] for m in models},
          "per_model": {m: per[m] for m in models}}
    if paired:
        ev["paired"] = {"sft_vs_dpo": {"n": 52, "both": 8, "a_only": 13, "b_only": 2, "neither": 29,
                                       "p_value": 0.0074, "test": "mcnemar_exact"}}
    return ev


CURVES = {
    "dpo": [{"step": i, "loss": 0.69 - 0.01 * i, "rewards/accuracies": 0.5 + 0.02 * i, "rewards/margins": 0.01 * i}
            for i in range(1, 11)],
    "sft": [[i, 2.5 - 0.1 * i] for i in range(1, 11)],
}


def test_full_report_writes_md_and_pngs(tmp_path):
    paths = write_report(tmp_path, _ev(), CURVES)
    names = [p.name for p in paths]
    assert names == ["hallucination_rate.png", "by_type.png", "training_curves.png", "report.md"]
    for p in paths[:-1]:
        assert p.read_bytes()[:8] == PNG and p.stat().st_size > 1000
    assert sorted(f.name for f in tmp_path.iterdir()) == sorted(names)  # no temp files left behind
    md = (tmp_path / "report.md").read_text()
    assert "52 notes of the `test` split" in md and "160 new tokens" in md
    assert "| base | 59.6% (46.0%–72.0%) | 31 / 52 | – | – | – | – | 0.310 | 55.2 | 51.0% | 80.1 |" in md
    assert "DPO hallucinated on 2 notes where SFT did not; SFT on 13 where DPO did not" in md
    assert "Exact McNemar p = 0.0074" in md
    assert "| medication | 10 | 0 | 0 |" in md and "| dosage | 3 | 5 | 1 |" in md
    assert "| number |" not in md  # types nobody hit are left out
    for name in names[:-1]:
        assert f"]({name})" in md


def test_ci_computed_when_missing():
    md = to_markdown(_ev())
    # dpo has no ci95: Wilson of 10/52
    from medllm.evaluation.evalstats import wilson

    lo, hi = wilson(10, 52)
    assert f"| dpo | 19.2% ({100 * lo:.1f}%–{100 * hi:.1f}%) | 10 / 52 |" in md


def test_partial_eval_base_and_sft_only(tmp_path):
    ev = _ev(models=("base", "sft"), paired=False)
    ev["per_model"]["sft"]["pref_acc_test"] = None
    del ev["per_model"]["base"]["pref_acc_test"]
    paths = write_report(tmp_path, ev)
    assert [p.name for p in paths] == ["hallucination_rate.png", "by_type.png", "report.md"]
    md = paths[-1].read_text()
    assert "dpo" not in md.lower()
    assert "Paired test" not in md and "training_curves" not in md
    assert "| sft | 40.4% (28.0%–54.0%) | 21 / 52 | 0.620 | 2.0% | 10.0% | 4.0% | 0.410 | 45.0 (69.0) | – | 70.0 |" in md


def test_paired_none_and_no_flags(tmp_path):
    ev = _ev(models=("dpo",), paired=False)
    ev["paired"] = {"sft_vs_dpo": None}
    ev["per_model"]["dpo"]["by_type"] = {}
    paths = write_report(tmp_path, ev)
    md = paths[-1].read_text()
    assert "Paired test" not in md and "flagged no unsupported facts" in md
    assert (tmp_path / "by_type.png").read_bytes()[:8] == PNG


def test_report_never_copies_free_text_fields(tmp_path):
    ev = _ev()
    secret = "Mr Carter takes warfarin 5 mg"
    ev["per_model"]["sft"]["example"] = secret
    ev["samples"] = [{"note": secret, "summary": secret}]
    write_report(tmp_path, ev, CURVES)
    assert secret not in (tmp_path / "report.md").read_text()
    assert "warfarin" not in (tmp_path / "report.md").read_text()


def test_curve_shapes_normalized():
    assert normalize_curve([[1, 2.0], (2, 1.5)]) == [{"step": 1, "loss": 2.0}, {"step": 2, "loss": 1.5}]
    rows = normalize_curve([{"loss": 0.7}, {"step": 5, "loss": 0.6}, "junk"])
    assert [r["step"] for r in rows] == [1, 5]


def test_empty_curves_give_no_training_png(tmp_path):
    paths = write_report(tmp_path, _ev(), {"dpo": [], "sft": []})
    assert "training_curves.png" not in [p.name for p in paths]
    paths = write_report(tmp_path / "sft_only", _ev(), {"sft": [[1, 2.0], [2, 1.0]]})
    assert "training_curves.png" in [p.name for p in paths]


def test_missing_per_model_is_a_data_error(tmp_path):
    with pytest.raises(DataError, match="per_model"):
        write_report(tmp_path, {"split": "test"})
