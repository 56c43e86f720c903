"""Model cards and the shareable base id, on hand-made adapter folders (no model), and the
shipped data set through `datasets.load_dataset`. A trained run's cards: tests/test_lineage.py."""

from __future__ import annotations

import csv
import json

from medllm import PROJECT_ROOT

SMOLLM = {"name": "smollm2_135m", "source": "embedded", "name_or_path": "HuggingFaceTB/SmolLM2-135M-Instruct",
          "lora_r": 16, "lora_alpha": 32, "lora_dropout": 0.05, "target_modules": ["q_proj", "v_proj"]}


def _adapter(tmp_path, stage="sft", data_path=None):
    run = tmp_path / "run"
    ad = run / stage / "adapter"
    ad.mkdir(parents=True)
    (ad / "adapter_config.json").write_text(json.dumps({"base_model_name_or_path": str(tmp_path / "cache" / "smollm2"), "r": 16}))
    (ad / "README.md").write_text("---\nlibrary_name: peft\n---\n# Model Card for Model ID\n")  # what peft writes
    (ad / "medllm_adapter.json").write_text(json.dumps({
        "stage": stage, "model": SMOLLM, "max_length": 1024, "seed": 42,
        "settings": {"lr": 0.0002, "epochs": 1, "max_steps": 40, "batch_size": 4},
        "data": {"name": "phase1", "path": str(data_path or PROJECT_ROOT / "phase1_data")}}))
    (run / stage / "metrics.json").write_text(json.dumps({"train_loss": 1.23456, "eval_loss": 1.5, "global_step": 40,
                                                          "train_n_examples": 244, "eval_n_examples": 52,
                                                          "val_pref_acc_before": 0.5, "val_pref_acc_after": 0.75}))
    return ad


def test_record_base_id_puts_the_hub_id_in_adapter_config(tmp_path):
    from medllm.cards import record_base_id

    ad = _adapter(tmp_path)
    record_base_id(ad, SMOLLM)
    conf = json.loads((ad / "adapter_config.json").read_text())
    assert conf["base_model_name_or_path"] == "HuggingFaceTB/SmolLM2-135M-Instruct" and conf["r"] == 16


def test_card_front_matter_parses_with_hub_base_license_and_training_numbers(tmp_path):
    from huggingface_hub import ModelCard

    from medllm.cards import write_adapter_card

    ad = _adapter(tmp_path)
    card = ModelCard.load(write_adapter_card(ad))
    assert card.data.library_name == "peft" and card.data.base_model == "HuggingFaceTB/SmolLM2-135M-Instruct"
    assert card.data.license == "apache-2.0" and card.data.datasets == ["phase1_data"] and "sft" in card.data.tags
    assert "Model Card for Model ID" not in card.text  # peft's template replaced
    assert "| train loss | 1.235 |" in card.text and "| optimizer steps | 40 |" in card.text
    assert "| lr | 0.0002 |" in card.text and "LoRA r / alpha / dropout | 16 / 32 / 0.05" in card.text
    assert "not measured yet" in card.text  # no evaluation beside it
    assert "Q4_1 GGUF" in card.text  # the embedded base is not bit-identical to the hub one: said so
    # the committed held-out figures of phase1_data/annotated
    figures = json.loads((PROJECT_ROOT / "phase1_data" / "annotated" / "checker_heldout.json").read_text())
    assert f"precision on model-written summaries: {figures['summaries']['precision']:.2f}" in card.text


def test_card_takes_the_evaluation_that_names_this_adapter(tmp_path):
    from huggingface_hub import ModelCard

    from medllm.cards import write_adapter_card

    ad = _adapter(tmp_path, stage="dpo", data_path=tmp_path / "elsewhere")
    ev = {"split": "test", "n_notes": 52, "per_model": {
        "base": {"hallucination_rate": 0.9, "ci95": [0.8, 0.95], "coverage": 0.3, "rouge_l": 0.2, "adapter": None},
        "dpo": {"hallucination_rate": 0.25, "ci95": [0.15, 0.38], "coverage": 0.61, "rouge_l": 0.45,
                "pref_acc_test": 0.9, "adapter": str(ad)}}}
    (tmp_path / "run" / "eval").mkdir()
    (tmp_path / "run" / "eval" / "eval.json").write_text(json.dumps(ev))
    card = ModelCard.load(write_adapter_card(ad))  # found beside it: run/eval/eval.json
    assert "| dpo (this model) | 0.250 [0.150, 0.380] | 0.610 | 0.450 | 0.900 |" in card.text
    assert "| validation preference accuracy after DPO | 0.750 |" in card.text
    assert "precision on this data: not measured" in card.text  # no annotated figures in that data folder


def test_phase1_data_loads_with_datasets_offline(tmp_path, monkeypatch):
    import datasets

    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    root = PROJECT_ROOT / "phase1_data"
    sft = datasets.load_dataset(str(root), cache_dir=str(tmp_path))
    dpo = datasets.load_dataset(str(root), data_dir="dpo", cache_dir=str(tmp_path))
    for split in ("train", "validation", "test"):
        with open(root / "sft" / f"{split}.csv", newline="", encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
        assert sft[split].num_rows == len(rows) and sft[split][0]["id"] == rows[0]["id"]
        pairs = (root / "dpo" / f"{split}.jsonl").read_text(encoding="utf-8").splitlines()
        assert dpo[split].num_rows == len(pairs) and dpo[split][0]["chosen"] == json.loads(pairs[0])["chosen"]
    assert set(sft["train"].column_names) >= {"clinical_note", "summary", "label"}
