"""stage=eval: the same decoding for every model on one base copy, checker verdicts turned into
rates with intervals, preference accuracy from response-only log-probs, and the outputs."""

from __future__ import annotations

import csv
import json

import pytest
import torch

from tests.conftest import run_train
from tests.test_dpo import CHOSEN, HW, NOTE, REJECTED
from tests.test_sft import TINY

FAST = ["model=tiny_random", "logger=none"]


def test_sequence_logps_are_response_only_and_batch_independent(tokenizer):
    from medllm.inference import load_with_adapters
    from medllm.prompts import _encode, completion_text, encode_prompt
    from medllm.stages.eval import sequence_logps

    model, tok = load_with_adapters(TINY, HW, "fp32", None, {})
    pairs = [{"prompt": NOTE, "chosen": CHOSEN, "rejected": REJECTED},
             {"prompt": NOTE + " Follow up in 2 weeks.", "chosen": CHOSEN[:40], "rejected": REJECTED}]
    c1, r1 = sequence_logps(model, tok, pairs, TINY, 1024, 1, "fp32")
    c4, r4 = sequence_logps(model, tok, pairs, TINY, 1024, 4, "fp32")
    assert torch.allclose(torch.tensor(c1 + r1), torch.tensor(c4 + r4), atol=1e-3)
    # by hand: one sequence, sum of log p(token | prefix) over the summary tokens only
    p = encode_prompt(tok, NOTE, 1024, TINY)[0]
    c = _encode(tok, completion_text(tok, CHOSEN))
    ids = torch.tensor([p + c])
    with torch.no_grad():
        logp = torch.log_softmax(model(input_ids=ids).logits[0].float(), -1)
    hand = sum(float(logp[len(p) - 1 + j, c[j]]) for j in range(len(c)))
    assert abs(hand - c1[0]) < 1e-3


def test_truncated_note_keeps_one_prompt_for_chosen_and_rejected(tokenizer):
    from medllm.inference import load_with_adapters
    from medllm.stages.eval import sequence_logps

    model, tok = load_with_adapters(TINY, HW, "fp32", None, {})
    long_note = NOTE + " " + " ".join(f"Day {i}: stable." for i in range(400))
    c, r = sequence_logps(model, tok, [{"prompt": long_note, "chosen": CHOSEN, "rejected": REJECTED}], TINY, 160, 2, "fp32")
    assert c[0] != r[0]  # the differing tokens were scored (the cut took the note, not the summary)


def test_score_model_rates_intervals_and_types():
    from medllm.stages.eval import score_model

    notes = [{"id": f"n{i}", "clinical_note": NOTE, "summary": CHOSEN} for i in range(4)]
    stats, rows = score_model(notes, [CHOSEN, REJECTED, CHOSEN, CHOSEN.replace("denies chest pain", "reports chest pain")])
    assert stats["n"] == 4 and stats["hallucinated"] == 2 and stats["hallucination_rate"] == 0.5
    lo, hi = stats["ci95"]
    assert 0.1 < lo < 0.5 < hi < 0.9
    assert stats["by_type"]["dosage"] >= 1 and stats["by_type"]["negation"] >= 1
    assert [r["hallucinated"] for r in rows] == [False, True, False, True]
    assert rows[0]["rouge_l"] == pytest.approx(1.0)


@pytest.fixture(scope="module")
def pipeline_run(tiny_data, tmp_path_factory):
    out = tmp_path_factory.mktemp("pipe")
    r = run_train(*FAST, "stage=pipeline", f"data.path={tiny_data}", "stage.max_steps=2", "stage.batch_size=2",
                  "stage.eval_strategy=no", "stage.sample_max_new_tokens=24", "stage.logging_steps=1", f"paths.cache_dir={out / 'cache'}",
                  f"hydra.run.dir={out / 'run'}")
    assert r.returncode == 0, r.stderr[-3000:]
    return out / "run"


def test_pipeline_ends_with_the_evaluation(pipeline_run, tiny_data):
    ev = json.loads((pipeline_run / "eval" / "eval.json").read_text())
    n_test = len([r for r in csv.DictReader(open(tiny_data / "sft" / "test.csv")) if r["label"] != "hallucinated"])
    assert ev["models"] == ["base", "sft", "dpo"] and ev["n_notes"] == n_test
    for m in ("base", "sft", "dpo"):
        pm = ev["per_model"][m]
        assert 0.0 <= ev["hallucination_rate"][m] <= 1.0 and pm["n"] == n_test
        assert pm["ci95"][0] <= pm["hallucination_rate"] <= pm["ci95"][1]
        assert pm["pref_acc_test"] is not None and pm["pref_pairs"] > 0
    assert ev["per_model"]["sft"]["adapter"].endswith("sft/adapter") and ev["per_model"]["base"]["adapter"] is None
    assert "sft_vs_dpo" in ev["paired"] and 0.0 <= ev["paired"]["sft_vs_dpo"]["p_value"] <= 1.0
    rows = list(csv.DictReader(open(pipeline_run / "eval" / "samples.csv")))
    assert len(rows) == 3 * n_test and {r["model"] for r in rows} == {"base", "sft", "dpo"}
    assert (pipeline_run / "eval" / "report.md").is_file() and (pipeline_run / "eval" / "hallucination_rate.png").is_file()
    top = json.loads((pipeline_run / "metrics.json").read_text())
    assert top["hallucination_rate_dpo"] == ev["hallucination_rate"]["dpo"] and not top["sft_reused"]


def test_pipeline_dpo_part_reports_rewards_and_saves_only_its_adapter(pipeline_run):
    d = json.loads((pipeline_run / "dpo" / "metrics.json").read_text())
    for key in ("rewards/chosen", "rewards/rejected", "rewards/accuracies", "rewards/margins", "val_pref_acc_before",
                "val_pref_acc_after", "train_curve"):
        assert key in d, key
    assert d["global_step"] == 2
    assert (pipeline_run / "dpo" / "adapter" / "adapter_model.safetensors").is_file()
    assert not (pipeline_run / "dpo" / "adapter" / "ref").exists(), "only the trained adapter is saved"
    # reuse of the finished SFT and of every cached reference log-prob by a second run with
    # another beta: tests/test_sweeps.py::test_multirun_one_folder_per_job_one_wandb_group_shared_work_once


def test_stage_eval_alone_finds_the_sft_adapter_from_the_dpo_one(pipeline_run, tiny_data, tmp_path):
    r = run_train(*FAST, "stage=eval", f"data.path={tiny_data}", f"stage.dpo_adapter={pipeline_run / 'dpo' / 'adapter'}",
                  "stage.max_new_tokens=24", "stage.max_samples=1", "stage.models=[sft,dpo]", f"hydra.run.dir={tmp_path}")
    assert r.returncode == 0, r.stderr[-3000:]
    ev = json.loads((tmp_path / "eval.json").read_text())
    assert ev["models"] == ["sft", "dpo"] and ev["n_notes"] == 1
    assert ev["per_model"]["sft"]["adapter"] == str((pipeline_run / "sft" / "adapter").resolve())
    # the same decoding and model give the same summaries as inside the pipeline
    inside = {(r["id"], r["model"]): r["summary"] for r in csv.DictReader(open(pipeline_run / "eval" / "samples.csv"))}
    alone = list(csv.DictReader(open(tmp_path / "samples.csv")))
    assert alone and all(inside[(r["id"], r["model"])] == r["summary"] for r in alone)


def test_eval_without_the_adapter_it_needs_is_one_line(tiny_data, tmp_path):
    r = run_train(*FAST, "stage=eval", f"data.path={tiny_data}", "stage.models=[base,sft]", f"hydra.run.dir={tmp_path}")
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1
    assert "stage.sft_adapter" in r.stderr
