"""Ecosystem fit on one tiny run: stage=prepare then stage=pipeline with W&B offline. The offline
runs record the data -> SFT -> DPO -> eval lineage as artifacts; adapters name their base by its
hub id and carry model cards with the numbers measured; an export carries its own card."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import ROOT, make_notes, run_train
from tests.test_tracking import offline_artifacts

TINY = ["model=tiny_random", "logger=wandb", "logger.mode=offline"]
BASE_ID = "tiny-random-llama"  # conf/model/tiny_random.yaml name_or_path (the presets: a hub id)


@pytest.fixture(scope="module")
def lineage_run(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("lineage")
    env = {"WANDB_MODE": "offline", "WANDB_DATA_DIR": str(tmp / "wandb_data"), "WANDB_CACHE_DIR": str(tmp / "wandb_cache")}
    raw = tmp / "raw.jsonl"
    raw.write_text("\n".join(json.dumps({"id": n["source_id"], **n}) for n in make_notes()) + "\n")
    r = run_train(*TINY, "stage=prepare", f"data.raw_path={raw}", f"data.output_dir={tmp / 'prepared'}",
                  f"hydra.run.dir={tmp / 'prep_run'}", env=env)
    assert r.returncode == 0, r.stderr[-3000:]
    r = run_train(*TINY, "stage=pipeline", f"data.path={tmp / 'prepared'}", "stage.reuse_sft=false", "stage.max_steps=1",
                  "stage.batch_size=2", "stage.eval_strategy=no", "stage.sample_max_new_tokens=8", "stage.logging_steps=1",
                  f"hydra.run.dir={tmp / 'run'}", env=env)
    assert r.returncode == 0, r.stderr[-3000:]
    return tmp


def _by_role(arts: list[dict]) -> dict:
    return {(a["role"], a["type"], a["name"]): a for a in arts}


def test_offline_runs_record_the_lineage_data_sft_dpo_eval(lineage_run):
    run = lineage_run / "run"
    prep = _by_role(offline_artifacts(lineage_run / "prep_run"))
    sft = _by_role(offline_artifacts(run / "sft"))
    dpo = _by_role(offline_artifacts(run / "dpo"))
    ev = _by_role(offline_artifacts(run / "eval"))

    data = prep[("logged", "dataset", "prepared")]
    # the prepared, de-identified files only, as checksummed references (nothing copied)
    assert data["files"] == ["dpo/test.jsonl", "dpo/train.jsonl", "dpo/validation.jsonl", "sft/test.csv", "sft/train.csv",
                             "sft/validation.csv", "stats.json"]
    assert all(ref.startswith("file://") for ref in data["refs"]) and "de_identified" in data["metadata"]
    for stage in (sft, dpo, ev):  # every stage reads that very version (same digest)
        assert stage[("used", "dataset", "prepared")]["digest"] == data["digest"]

    sft_model = sft[("logged", "model", "sft-adapter")]
    assert "adapter_model.safetensors" in sft_model["files"] and "adapter_config.json" in sft_model["files"]
    assert "README.md" not in sft_model["files"]  # the card is rewritten after eval; the digest must not move
    meta = sft_model["metadata"]
    assert meta["base_model"] == BASE_ID and meta["lora"]["lora_r"] == 8 and meta["global_step"] == 1
    assert isinstance(meta["train_loss"], float)

    assert dpo[("used", "model", "sft-adapter")]["digest"] == sft_model["digest"]
    dpo_model = dpo[("logged", "model", "dpo-adapter")]
    assert dpo_model["metadata"]["stage"] == "dpo" and "val_pref_acc_after" in dpo_model["metadata"]
    assert not any(k[0] == "logged" and k[1] == "model" and k[2] == "sft-adapter" for k in dpo)

    assert ev[("used", "model", "sft-adapter")]["digest"] == sft_model["digest"]
    assert ev[("used", "model", "dpo-adapter")]["digest"] == dpo_model["digest"]
    result = ev[("logged", "evaluation", "eval-test")]
    assert {"eval.json", "report.md", "hallucination_rate.png", "by_type.png"} <= set(result["files"])
    assert "samples.csv" not in result["files"]  # note text stays out of W&B
    assert "hallucination_rate_dpo" in result["metadata"]
    # the report's PNGs also went in as images
    images = {p.name.split("_0_")[0] for p in (run / "eval" / "wandb").glob("offline-run-*/files/media/images/eval/*.png")}
    assert {"hallucination_rate", "by_type"} <= images
    # and each stage folder's wandb_run.json lists them
    listed = json.loads((run / "dpo" / "wandb_run.json").read_text())["artifacts"]
    assert {(a["role"], a["name"]) for a in listed} == {("used", "prepared"), ("used", "sft-adapter"), ("logged", "dpo-adapter")}


def _card(path):
    from huggingface_hub import ModelCard

    return ModelCard.load(path)


def test_adapters_name_their_base_by_hub_id(lineage_run):
    for stage in ("sft", "dpo"):
        conf = json.loads((lineage_run / "run" / stage / "adapter" / "adapter_config.json").read_text())
        assert conf["base_model_name_or_path"] == BASE_ID, conf["base_model_name_or_path"]


def test_adapter_cards_carry_front_matter_settings_and_measured_numbers(lineage_run):
    run = lineage_run / "run"
    ev = json.loads((run / "eval" / "eval.json").read_text())
    for stage in ("sft", "dpo"):
        card = _card(run / stage / "adapter" / "README.md")
        assert card.data.library_name == "peft" and card.data.base_model == BASE_ID
        assert stage in card.data.tags and card.data.datasets == ["prepared"]
        assert "This model card has been generated automatically" not in card.text  # peft's template is gone
        metrics = json.loads((run / stage / "metrics.json").read_text())
        assert f"| train loss | {metrics['train_loss']:.3f} |" in card.text
        pm = ev["per_model"][stage]
        lo, hi = pm["ci95"]
        assert f"| {stage} (this model) | {pm['hallucination_rate']:.3f} [{lo:.3f}, {hi:.3f}] |" in card.text
        assert "checker's precision on this data: not measured" in card.text  # no annotated figures in this folder
    dpo_card = _card(run / "dpo" / "adapter" / "README.md")
    dm = json.loads((run / "dpo" / "metrics.json").read_text())
    assert f"| validation preference accuracy after DPO | {dm['val_pref_acc_after']:.3f} |" in dpo_card.text


def test_export_writes_a_card_for_the_merged_model(lineage_run):
    out = lineage_run / "export"
    r = subprocess.run([sys.executable, "-m", "medllm", "export", "--adapter", str(lineage_run / "run" / "dpo" / "adapter"),
                        "--out", str(out)], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr[-2000:]
    card = _card(out / "README.md")
    assert card.data.library_name == "transformers" and card.data.base_model == BASE_ID
    assert card.data.base_model_relation == "finetune" and "merged-lora" in card.data.tags
    assert "## Merge" in card.text and "identical to" in card.text
    ev = json.loads((lineage_run / "run" / "eval" / "eval.json").read_text())
    assert f"{ev['per_model']['dpo']['hallucination_rate']:.3f}" in card.text
    assert "PeftModel" not in card.text  # loads as a plain transformers model
