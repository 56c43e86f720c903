"""Tiny-model SFT: it learns, writes the adapter, and resumes."""

import json
import shutil

import pytest
import torch

from tests.conftest import run_train

TINY = {
    "name": "tiny_random", "source": "random", "prompt_format": "chat",
    "lora_r": 8, "lora_alpha": 16, "lora_dropout": 0.0, "target_modules": ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"],
    "random_init": {"hidden_size": 64, "intermediate_size": 128, "num_hidden_layers": 2, "num_attention_heads": 4,
                    "num_key_value_heads": 2, "max_position_embeddings": 2048, "seed": 0},
}
FAST = ["model=tiny_random", "logger=none", "stage.batch_size=2", "stage.sample_max_new_tokens=8"]


def test_lora_sft_loss_falls_on_a_fixed_batch(tokenizer):
    from medllm.training.models import add_lora, load_base_model
    from medllm.stages.sft import build_dataset
    from tests.conftest import make_notes

    rows = [{"clinical_note": n["clinical_note"], "summary": n["summary"]} for n in make_notes(2)]
    ds, _ = build_dataset(tokenizer, rows, 512, TINY)
    hw = {"device": "cpu", "quantization": "none", "attn_implementation": "sdpa", "gradient_checkpointing": False}
    torch.manual_seed(0)
    model = add_lora(load_base_model(TINY, hw, "fp32", None), TINY, hw)
    ids = torch.tensor(ds[0]["input_ids"])[None]
    labels = ids.clone()
    labels[0, torch.tensor(ds[0]["completion_mask"]) == 0] = -100
    opt = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=1e-2)
    losses = []
    for _ in range(30):
        loss = model(input_ids=ids, labels=labels).loss
        opt.zero_grad()
        loss.backward()
        opt.step()
        losses.append(loss.item())
    assert losses[-1] < losses[0] - 0.5, losses
    base_params = [n for n, p in model.named_parameters() if p.requires_grad and "lora_" not in n]
    assert base_params == [], "only LoRA weights may train"


def test_sft_run_writes_adapter_and_metrics(tiny_data, tmp_path):
    r = run_train(*FAST, f"data.path={tiny_data}", "stage.epochs=2", f"hydra.run.dir={tmp_path}")
    assert r.returncode == 0, r.stderr[-3000:]
    assert (tmp_path / "adapter" / "adapter_model.safetensors").is_file()
    assert (tmp_path / "adapter" / "adapter_config.json").is_file()
    assert (tmp_path / "resolved_config.yaml").is_file()
    m = json.loads((tmp_path / "metrics.json").read_text())
    assert m["train_n_examples"] == len(list((tiny_data / "sft" / "train.csv").read_text().split("-s0,"))) - 1
    assert len(m["eval_loss_per_epoch"]) == 2 and m["eval_loss"] is not None
    assert m["train_tokens_per_second"] > 0 and m["peak_rss_mb"] > 0
    assert "Sample summary for test note" in r.stdout
    assert "adapter:" in r.stderr + r.stdout
    # nothing pickled next to the weights
    assert not list((tmp_path / "adapter").glob("*.bin")) and not list((tmp_path / "adapter").glob("*.pt"))


def test_resume_continues_from_last_checkpoint(tiny_data, tmp_path):
    args = [*FAST, f"data.path={tiny_data}", "stage.max_steps=4", "stage.save_steps=2", "stage.eval_strategy=no",
            f"hydra.run.dir={tmp_path}"]
    r = run_train(*args)
    assert r.returncode == 0, r.stderr[-3000:]
    # simulate a run killed after step 2: drop the final checkpoint and the outputs
    shutil.rmtree(tmp_path / "checkpoints" / "checkpoint-4")
    (tmp_path / "metrics.json").unlink()
    r = run_train(*args)
    assert r.returncode == 0, r.stderr[-3000:]
    m = json.loads((tmp_path / "metrics.json").read_text())
    assert m["resumed_from"].endswith("checkpoint-2") and m["global_step"] == 4


def test_resume_true_without_checkpoint_is_an_error(tiny_data, tmp_path):
    r = run_train(*FAST, f"data.path={tiny_data}", "stage.resume=true", f"hydra.run.dir={tmp_path}")
    assert r.returncode == 2 and "holds no checkpoint" in r.stderr


@pytest.mark.parametrize("setting,stage,quant,on", [
    (False, "sft", "none", False), (True, "sft", "none", True), ("auto", "sft", "none", False),
    ("auto", "dpo", "none", True), ("auto", "sft", "4bit", True), ("false", "dpo", "none", False),
])
def test_profile_decides_activation_checkpointing_not_trl_default(setting, stage, quant, on):
    """TRL's configs default to gradient checkpointing (a third more compute); the profile decides:
    auto = on for DPO (two sequences per example) and quantized bases, off for full-precision SFT."""
    from trl import DPOConfig, SFTConfig

    from medllm.training.hardware import checkpointing_kwargs

    hw = {"gradient_checkpointing": setting, "quantization": quant}
    for cls in (SFTConfig, DPOConfig):
        args = cls(output_dir="/tmp/unused", use_cpu=True, bf16=False, **checkpointing_kwargs(hw, stage))
        assert bool(getattr(args, "activation_checkpointing", args.gradient_checkpointing)) is on
