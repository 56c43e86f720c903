"""The real embedded SmolLM2-135M-Instruct, end to end (part of the default suite and CI)."""

import json

import pytest
import yaml

from tests.conftest import ROOT, run_train


@pytest.mark.real_model
def test_smoke_pipeline_on_the_embedded_model(tmp_path):
    """experiment=smoke stage=pipeline: a few SFT steps, DPO from that adapter, then the evaluation."""
    r = run_train("experiment=smoke", "stage=pipeline", "stage.reuse_sft=false", f"hydra.run.dir={tmp_path}", timeout=1200)
    assert r.returncode == 0, r.stderr[-4000:]
    sft_dir, dpo_dir = tmp_path / "sft", tmp_path / "dpo"
    assert (sft_dir / "adapter" / "adapter_model.safetensors").is_file()
    assert (dpo_dir / "adapter" / "adapter_model.safetensors").is_file()
    steps = yaml.safe_load((ROOT / "conf" / "experiment" / "smoke.yaml").read_text())["stage"]["max_steps"]
    sft = json.loads((sft_dir / "metrics.json").read_text())
    assert sft["global_step"] == steps
    # a real pretrained model starts far below the log(vocab) ~ 10.8 nats of a random one
    assert sft["train_loss"] < 4.0 and sft["eval_loss"] < 4.0, sft
    cfg = json.loads((sft_dir / "adapter" / "adapter_config.json").read_text())
    assert cfg["r"] == 16 and "q_proj" in cfg["target_modules"]
    assert cfg["base_model_name_or_path"] == "HuggingFaceTB/SmolLM2-135M-Instruct"  # the hub id, not the cache folder
    dpo = json.loads((dpo_dir / "metrics.json").read_text())
    assert dpo["global_step"] == steps and "rewards/accuracies" in dpo and "eval_rewards/accuracies" in dpo
    assert 0.0 <= dpo["val_pref_acc_before"] <= 1.0
    # W&B ran offline into each stage's folder
    assert list((sft_dir / "wandb").glob("offline-run-*")) and list((dpo_dir / "wandb").glob("offline-run-*"))
    sample = r.stdout.split("Sample summary for test note", 1)[1]
    assert len(sample.strip()) > 20
    # the evaluation: a hallucination rate with its interval for each model, on the same notes
    ev = json.loads((tmp_path / "eval" / "eval.json").read_text())
    assert ev["models"] == ["base", "sft", "dpo"] and ev["n_notes"] >= 1
    # decoded in the dtype the weights were stored in: bf16 where the matmul probe chose bf16
    assert ev["decode_precision"] == ("bf16" if ev["precision"] == "bf16" else "fp32"), ev
    for m in ev["models"]:
        pm = ev["per_model"][m]
        assert 0.0 <= ev["hallucination_rate"][m] <= 1.0 and pm["ci95"][0] <= pm["hallucination_rate"] <= pm["ci95"][1]
        assert pm["mean_words"] > 3, pm  # a real model writes a summary
    assert (tmp_path / "eval" / "samples.csv").is_file() and (tmp_path / "eval" / "report.md").is_file()
