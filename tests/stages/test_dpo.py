"""Stage B traps: DPO must start from SFT, use SFT as reference with one base copy, sum
response log-probs, keep the differing tokens under truncation, and pair cached reference
log-probs with the right examples."""

import json

import pytest
import torch

from tests.conftest import make_notes, run_train
from tests.stages.test_sft import TINY

HW = {"name": "cpu", "device": "cpu", "quantization": "none", "attn_implementation": "sdpa", "gradient_checkpointing": False,
      "precision": "fp32", "dataloader_num_workers": 0}
NOTE = "S: 64-year-old man with CHF. Denies chest pain.\nO: BP 148/92 mmHg.\nA/P: Furosemide 40 mg PO daily."
CHOSEN = "64-year-old man with CHF on furosemide 40 mg PO daily; BP 148/92 mmHg; denies chest pain."
REJECTED = "64-year-old man with CHF on furosemide 400 mg PO daily; BP 148/92 mmHg; denies chest pain."


@pytest.fixture(scope="module")
def sft_adapter(tmp_path_factory, tokenizer):
    """A tiny SFT adapter with non-zero LoRA weights (so 'starts from SFT' is observable)."""
    from medllm.training.models import add_lora, load_base_model

    out = tmp_path_factory.mktemp("sft") / "adapter"
    torch.manual_seed(1)
    model = add_lora(load_base_model(TINY, HW, "fp32", None), TINY, HW)
    with torch.no_grad():
        for n, p in model.named_parameters():
            if "lora_B" in n:
                p.normal_(0, 0.05)
    model.save_pretrained(str(out))
    (out / "medllm_adapter.json").write_text(json.dumps({"stage": "sft", "model": TINY}))
    return out


def rows(n=6):
    return [{"prompt": x["clinical_note"], "chosen": x["summary"], "rejected": x["negatives"][0]["rejected"]}
            for x in make_notes(n)]


def build_trainer(tokenizer, adapter, tmp_path, ds, cache=None, **over):
    from trl import DPOConfig

    from medllm.stages.dpo import load_policy_and_ref, make_trainer

    model = load_policy_and_ref(TINY, HW, "fp32", None, adapter)
    kw = dict(output_dir=str(tmp_path / "ck"), per_device_train_batch_size=2, per_device_eval_batch_size=2,
              report_to=[], use_cpu=True, precompute_ref_log_probs=True, max_length=1024, learning_rate=1e-3)
    args = DPOConfig(**{**kw, **over})
    return make_trainer(cache, model=model, args=args, train_dataset=ds, processing_class=tokenizer)


def test_truncation_keeps_the_difference(tokenizer):
    from medllm.stages.dpo import encode_pairs

    long_note = NOTE + "\n" + " ".join(f"Day {i}: stable, no events overnight." for i in range(300))
    ds, stats = encode_pairs(tokenizer, [{"prompt": long_note, "chosen": CHOSEN, "rejected": REJECTED}], 200, TINY)
    ex = ds[0]
    assert stats["n_note_shortened"] == 1
    assert len(ex["prompt_ids"]) + max(len(ex["chosen_ids"]), len(ex["rejected_ids"])) <= 200
    assert tokenizer.decode(ex["chosen_ids"]).startswith(CHOSEN) and tokenizer.decode(ex["rejected_ids"]).startswith(REJECTED)
    assert ex["chosen_ids"] != ex["rejected_ids"]


def test_identical_pairs_are_dropped_and_counted(tokenizer):
    from medllm.stages.dpo import encode_pairs

    same = {"prompt": NOTE, "chosen": CHOSEN, "rejected": CHOSEN + "  "}  # identical once stripped/tokenized
    ds, stats = encode_pairs(tokenizer, [same, {"prompt": NOTE, "chosen": CHOSEN, "rejected": REJECTED}], 512, TINY)
    assert stats["n_identical_dropped"] == 1 and len(ds) == 1


def test_dpo_starts_from_sft_with_sft_as_reference_and_one_base_copy(tokenizer, sft_adapter, tmp_path):
    from medllm.stages.dpo import encode_pairs, policy_logps

    ds, _ = encode_pairs(tokenizer, rows(4), 512, TINY)
    trainer = build_trainer(tokenizer, sft_adapter, tmp_path, ds)
    model = trainer.model
    assert set(model.peft_config) == {"default", "ref"}
    # one copy of the base: every non-LoRA weight exists once
    base = [n for n, _ in model.named_parameters() if "lora_" not in n]
    assert len(base) == len(set(base)) and not any(".ref." in n for n in base)
    # the trainable adapter holds the SFT weights (not a fresh zero LoRA)
    b = [p for n, p in model.named_parameters() if "lora_B.default" in n]
    assert any(p.abs().sum() > 0 for p in b)
    # at step 0 the reference log-probs equal the policy's (= the SFT model's)
    ref_c, ref_r = trainer.train_dataset["ref_chosen_logps"], trainer.train_dataset["ref_rejected_logps"]
    pol_c, pol_r = policy_logps(trainer, trainer.train_dataset, 2)
    assert torch.allclose(torch.tensor(ref_c), torch.tensor(pol_c), atol=1e-3)
    assert torch.allclose(torch.tensor(ref_r), torch.tensor(pol_r), atol=1e-3)
    # and they differ from the base model's (adapters off): the reference really is SFT, not base
    with model.disable_adapter():
        base_c, _ = policy_logps(trainer, trainer.train_dataset, 2)
    assert not torch.allclose(torch.tensor(base_c), torch.tensor(pol_c), atol=1e-3)


def test_logps_are_summed_over_response_tokens_only(tokenizer, sft_adapter, tmp_path):
    from medllm.stages.dpo import encode_pairs, policy_logps

    ds, _ = encode_pairs(tokenizer, rows(2), 512, TINY)
    trainer = build_trainer(tokenizer, sft_adapter, tmp_path, ds)
    pol_c, _ = policy_logps(trainer, ds, 1)
    ex = ds[0]
    ids = torch.tensor(ex["prompt_ids"] + ex["chosen_ids"])[None]
    with torch.no_grad():
        lp = torch.log_softmax(trainer.model(input_ids=ids).logits[0, :-1].float(), -1)
    tok_lp = lp.gather(-1, ids[0, 1:, None]).squeeze(-1)
    n_prompt = len(ex["prompt_ids"])
    expected = tok_lp[n_prompt - 1:].sum().item()  # predictions of the response tokens only
    assert pol_c[0] == pytest.approx(expected, rel=1e-4)  # masked-batch vs single-sequence SDPA rounding
    assert pol_c[0] != pytest.approx(tok_lp.sum().item(), abs=1e-1)


def test_ref_cache_survives_shuffle(tokenizer, sft_adapter, tmp_path):
    from medllm.training.refcache import RefLogpCache, pair_key
    from medllm.stages.dpo import encode_pairs

    ds, _ = encode_pairs(tokenizer, rows(6), 512, TINY)
    cache = RefLogpCache(tmp_path / "cache", {"adapter": "test"})
    first = build_trainer(tokenizer, sft_adapter, tmp_path, ds, cache=cache)
    truth = {pair_key(e["prompt_ids"], e["chosen_ids"], e["rejected_ids"]): (e["ref_chosen_logps"], e["ref_rejected_logps"])
             for e in first.train_dataset}
    assert first.ref_cache_stats["train"]["computed"] == 6
    shuffled = ds.shuffle(seed=7)
    second = build_trainer(tokenizer, sft_adapter, tmp_path, shuffled, cache=cache)
    assert second.ref_cache_stats["train"] == {"pairs": 6, "cached": 6, "computed": 0}
    for e in second.train_dataset:
        c, r = truth[pair_key(e["prompt_ids"], e["chosen_ids"], e["rejected_ids"])]
        assert e["ref_chosen_logps"] == pytest.approx(c) and e["ref_rejected_logps"] == pytest.approx(r)
    assert json.loads(cache.path.read_text())["meta"]["adapter"] == "test"  # JSON, never pickle


def test_cache_namespace_changes_with_the_adapter(tmp_path, sft_adapter):
    from medllm.training.refcache import RefLogpCache, adapter_fingerprint

    a = RefLogpCache(tmp_path, {"adapter": adapter_fingerprint(sft_adapter)})
    (tmp_path / "other").mkdir()
    for f in ("adapter_model.safetensors", "adapter_config.json"):
        (tmp_path / "other" / f).write_bytes((sft_adapter / f).read_bytes() + b" ")
    b = RefLogpCache(tmp_path, {"adapter": adapter_fingerprint(tmp_path / "other")})
    assert a.path != b.path


@pytest.mark.parametrize("loss_type", ["sigmoid", "ipo", "hinge", "robust"])
def test_loss_types_train(tokenizer, sft_adapter, tmp_path, loss_type):
    from medllm.stages.dpo import encode_pairs

    ds, _ = encode_pairs(tokenizer, rows(4), 512, TINY)
    over = {"loss_type": [loss_type], "max_steps": 2, "beta": 0.1}
    if loss_type == "robust":
        over["label_smoothing"] = 0.1
    trainer = build_trainer(tokenizer, sft_adapter, tmp_path, ds, **over)
    out = trainer.train()
    assert out.global_step == 2 and torch.isfinite(torch.tensor(out.training_loss))


def test_4bit_base_loads_on_cpu_for_dpo(tokenizer, sft_adapter, tmp_path):
    pytest.importorskip("bitsandbytes", reason="bitsandbytes comes with medllm[gpu] (and medllm[dev])")
    from medllm.stages.dpo import load_policy_and_ref

    hw = dict(HW, quantization="4bit", bnb_4bit_quant_type="nf4", bnb_4bit_use_double_quant=True,
              bnb_4bit_compute_dtype="bfloat16")
    model = load_policy_and_ref(TINY, hw, "fp32", None, sft_adapter)
    import bitsandbytes as bnb

    assert any(isinstance(m, bnb.nn.Linear4bit) for m in model.modules())


FAST = ["model=tiny_random", "logger=none"]


# The tiny-model pipeline (SFT -> DPO -> eval) runs once, in tests/stages/test_eval.py::pipeline_run,
# which also checks the DPO metrics and that only the trained adapter is saved.


def test_dpo_without_sft_adapter_is_a_one_line_error(tiny_data, tmp_path):
    r = run_train(*FAST, "stage=dpo", f"data.path={tiny_data}", f"hydra.run.dir={tmp_path}")
    assert r.returncode == 2 and "stage.sft_adapter" in r.stderr and len(r.stderr.strip().splitlines()) == 1


@pytest.mark.slow  # ~60 s of subprocess runs: CI runs it (.ci/run), `make test` does not
def test_killed_dpo_run_resumes(tiny_data, sft_adapter, tmp_path):
    import shutil

    args = [*FAST, "stage=dpo", f"data.path={tiny_data}", f"stage.sft_adapter={sft_adapter}", "stage.max_steps=2",
            "stage.save_steps=1", "stage.batch_size=2", "stage.eval_strategy=no", f"paths.cache_dir={tmp_path / 'c'}",
            f"hydra.run.dir={tmp_path / 'run'}"]
    r = run_train(*args)
    assert r.returncode == 0, r.stderr[-3000:]
    shutil.rmtree(tmp_path / "run" / "checkpoints" / "checkpoint-2")  # as if killed after step 1
    (tmp_path / "run" / "metrics.json").unlink()
    r = run_train(*args)
    assert r.returncode == 0, r.stderr[-3000:]
    m = json.loads((tmp_path / "run" / "metrics.json").read_text())
    assert m["resumed_from"].endswith("checkpoint-1") and m["global_step"] == 2


def test_loss_matches_hand_computation(tokenizer, sft_adapter, tmp_path):
    """-logsigmoid(beta * ((pc - rc) - (pr - rr))) from separately computed log-probs."""
    from medllm.stages.dpo import encode_pairs, policy_logps

    beta = 0.25
    ds, _ = encode_pairs(tokenizer, rows(2), 512, TINY)
    trainer = build_trainer(tokenizer, sft_adapter, tmp_path, ds, beta=beta)
    # move the reference away from the policy so the loss is not the trivial log 2
    shifted = trainer.train_dataset.remove_columns(["ref_chosen_logps", "ref_rejected_logps"])
    rc = [v - 3.0 for v in trainer.train_dataset["ref_chosen_logps"]]
    rr = [v + 2.0 for v in trainer.train_dataset["ref_rejected_logps"]]
    shifted = shifted.add_column("ref_chosen_logps", rc).add_column("ref_rejected_logps", rr)
    batch = trainer.data_collator([shifted[i] for i in range(len(shifted))])
    trainer.model.eval()
    with torch.no_grad():
        loss = trainer.compute_loss(trainer.model, batch)
    pc, pr = policy_logps(trainer, shifted, 2)
    logits = (torch.tensor(pc) - torch.tensor(rc)) - (torch.tensor(pr) - torch.tensor(rr))
    expected = -torch.nn.functional.logsigmoid(beta * logits).mean()
    # per-sequence log-probs of ~-500 nats agree to ~1e-2 between padded and unpadded forwards
    assert loss.item() == pytest.approx(expected.item(), abs=2e-3)
    assert abs(expected.item() - 0.6931) > 0.1


def test_cache_matches_fresh_values_under_other_batch_size_and_misses_on_changed_text(tokenizer, sft_adapter, tmp_path):
    from medllm.training.refcache import RefLogpCache
    from medllm.stages.dpo import encode_pairs

    ds, _ = encode_pairs(tokenizer, rows(4), 512, TINY)
    cache = RefLogpCache(tmp_path / "c", {"adapter": "x"})
    cached_run = build_trainer(tokenizer, sft_adapter, tmp_path, ds, cache=cache)
    fresh = build_trainer(tokenizer, sft_adapter, tmp_path, ds, cache=None, per_device_train_batch_size=1)
    assert fresh.ref_cache_stats["train"]["computed"] == 4
    assert cached_run.train_dataset["ref_chosen_logps"] == pytest.approx(fresh.train_dataset["ref_chosen_logps"], rel=1e-4)
    changed = rows(4)
    changed[0]["rejected"] = changed[0]["rejected"].replace("PO", "IV")
    ds2, _ = encode_pairs(tokenizer, changed, 512, TINY)
    again = build_trainer(tokenizer, sft_adapter, tmp_path, ds2, cache=cache)
    assert again.ref_cache_stats["train"] == {"pairs": 4, "cached": 3, "computed": 1}


def test_warm_cache_means_no_reference_forward(tokenizer, sft_adapter, tmp_path):
    from medllm.training.refcache import RefLogpCache
    from medllm.stages.dpo import encode_pairs

    ds, _ = encode_pairs(tokenizer, rows(4), 512, TINY)
    cache = RefLogpCache(tmp_path / "c", {"adapter": "warm"})
    build_trainer(tokenizer, sft_adapter, tmp_path, ds, cache=cache)  # fills the cache
    trainer = build_trainer(tokenizer, sft_adapter, tmp_path, ds, cache=cache, max_steps=2)

    def no_ref(*a, **k):
        raise AssertionError("reference forward pass with a warm cache")

    trainer.compute_ref_log_probs = no_ref
    assert trainer.train().global_step == 2


def test_max_steps_scores_only_the_pairs_it_can_see():
    """Reference log-probs are precomputed for every training pair, so a short run must not
    carry the whole file: a seeded sample of max_steps x batch x accumulation pairs."""
    from medllm.stages.dpo import rows_for_steps

    pairs = [{"id": i} for i in range(100)]
    st = {"max_steps": 5, "batch_size": 2, "grad_accum": 2}
    a, b = rows_for_steps(pairs, st, seed=1), rows_for_steps(pairs, st, seed=1)
    assert len(a) == 20 and a == b and [r["id"] for r in a] == sorted(r["id"] for r in a)
    assert rows_for_steps(pairs, st, seed=2) != a
    assert rows_for_steps(pairs, {**st, "max_steps": -1}, seed=1) == pairs
    assert rows_for_steps(pairs[:10], st, seed=1) == pairs[:10]
