"""The real embedded SmolLM2-135M-Instruct, end to end (part of the default suite and CI)."""

import json

import pytest

from tests.conftest import run_train


@pytest.mark.real_model
def test_smoke_experiment_on_the_embedded_model(tmp_path):
    r = run_train("experiment=smoke", "stage=sft", f"hydra.run.dir={tmp_path}", timeout=900)
    assert r.returncode == 0, r.stderr[-4000:]
    assert (tmp_path / "adapter" / "adapter_model.safetensors").is_file()
    m = json.loads((tmp_path / "metrics.json").read_text())
    assert m["global_step"] == 4
    # a real pretrained model starts far below the log(vocab) ~ 10.8 nats of a random one
    assert m["train_loss"] < 4.0, m["train_loss"]
    assert m["eval_loss"] is not None and m["eval_loss"] < 4.0
    cfg = json.loads((tmp_path / "adapter" / "adapter_config.json").read_text())
    assert cfg["r"] == 16 and "q_proj" in cfg["target_modules"]
    # W&B ran offline into the run dir, with the config flat
    runs = list((tmp_path / "wandb").glob("offline-run-*"))
    assert runs, "expected an offline W&B run in the run dir"
    sample = r.stdout.split("Sample summary for test note", 1)[1]
    assert len(sample.strip()) > 20
