"""stage=eval: the same decoding for every model on one base copy, checker verdicts turned into
rates with intervals, preference accuracy from response-only log-probs, and the outputs."""

from __future__ import annotations

import csv
import json

import pytest
import torch

from tests.conftest import run_train
from tests.stages.test_dpo import CHOSEN, HW, NOTE, REJECTED
from tests.stages.test_sft import TINY

FAST = ["model=tiny_random", "logger=none"]


def test_sequence_logps_are_response_only_and_batch_independent(tokenizer):
    from medllm.evaluation.inference import load_with_adapters
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
    from medllm.evaluation.inference import load_with_adapters
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


def test_score_model_reports_copy_loop_truncation_and_coverage():
    from medllm.stages.eval import score_model

    note = {"id": "n", "clinical_note": NOTE, "summary": CHOSEN}
    loop = "62-year-old man, " * 12
    words = NOTE.split()
    copy = " ".join(words[:40])
    cut = CHOSEN.rstrip(".") + ". BP 1"  # the token limit stopped it mid-number
    stats, rows = score_model([note] * 4, [CHOSEN, loop, copy, cut], [True, True, True, False])
    assert [r["degenerate"] for r in rows] == [None, "loop", None, None]
    assert rows[1]["hallucinated"] and rows[1]["unsupported"] == [{"type": "degenerate", "text": "loop"}]
    assert stats["by_type"]["degenerate"] == 1 and stats["degenerate_rate"] == 0.25
    assert [r["copy"] for r in rows] == [False, False, True, False] and stats["copy_rate"] == 0.25
    assert rows[3]["truncated"] and not rows[3]["hallucinated"] and stats["truncation_rate"] == 0.25
    assert rows[0]["coverage"] == pytest.approx(1.0) and rows[1]["coverage"] == 0.0
    assert stats["reference_mean_words"] == len(CHOSEN.split())
    assert stats["length_ratio"] == pytest.approx(stats["mean_words"] / stats["reference_mean_words"])


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
        for key in ("coverage", "degenerate_rate", "copy_rate", "truncation_rate", "length_ratio"):
            assert pm[key] is None or 0.0 <= pm[key] <= 10.0, (m, key)
        assert pm["truncation_rate"] is not None and pm["degenerate_rate"] is not None
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


@pytest.mark.slow  # ~60 s of subprocess runs: CI runs it (.ci/run), `make test` does not
def test_pipeline_on_policy_rounds_sample_from_the_previous_adapter(tiny_data, tmp_path):
    r = run_train(*FAST, "stage=pipeline", f"data.path={tiny_data}", "stage.max_steps=1", "stage.batch_size=2",
                  "stage.eval_strategy=no", "stage.sample_max_new_tokens=8", "stage.pairs=mix", "stage.rounds=2",
                  "stage.onpolicy.num_samples=2", "stage.onpolicy.max_new_tokens=8", "stage.eval.models=[sft,dpo]",
                  "stage.dpo.warmup_ratio=0",  # one step with warmup has lr 0: round 1 would not move
                  f"paths.cache_dir={tmp_path / 'cache'}", f"hydra.run.dir={tmp_path / 'run'}")
    assert r.returncode == 0, r.stderr[-3000:]
    run = tmp_path / "run"
    op1 = json.loads((run / "round1" / "onpolicy" / "metrics.json").read_text())
    op2 = json.loads((run / "round2" / "onpolicy" / "metrics.json").read_text())
    assert op1["adapter"].endswith("sft/adapter") and op2["adapter"].endswith("round1/dpo/adapter")
    assert op1["adapter_fingerprint"] != op2["adapter_fingerprint"]
    meta = json.loads((run / "round2" / "dpo" / "adapter" / "medllm_adapter.json").read_text())
    assert meta["sft_adapter"].endswith("round1/dpo/adapter") and meta["ref_adapter"].endswith("sft/adapter")
    pairs = [json.loads(x) for x in (run / "round2" / "dpo_pairs" / "train.jsonl").read_text().splitlines()]
    assert {p["origin"] for p in pairs} <= {"on_policy", "offline"} and pairs
    top = json.loads((run / "metrics.json").read_text())
    assert top["pairs"] == "mix" and top["rounds"] == 2 and top["dpo_dir"].endswith("round2/dpo")
    assert set(top["round2_pairs"]["train"]) == {"on_policy", "offline"}
