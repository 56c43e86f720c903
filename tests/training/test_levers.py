"""The speed levers (medllm.training.levers) compute what the plain fp32 path computes.

Tolerances: fp32 paths agree to 1e-5 relative (reordered sums); bf16 autocast to 2e-2.
"""

import pytest
import torch

from tests.stages.test_sft import TINY

HW = {"device": "cpu", "quantization": "none", "attn_implementation": "sdpa", "gradient_checkpointing": False}
NOTES = [
    ("S: 64-year-old man with CHF. Denies chest pain.\nO: BP 148/92 mmHg.\nA/P: Furosemide 40 mg PO daily.",
     "64-year-old man with CHF on furosemide 40 mg PO daily; BP 148/92 mmHg."),
    ("Patient with type 2 diabetes on metformin 500 mg PO BID. A1c 7.9%. Left foot ulcer, no fever. Plan: podiatry "
     "referral, continue metformin, recheck A1c in 3 months.",
     "Type 2 diabetes on metformin 500 mg PO BID, A1c 7.9%; left foot ulcer without fever; podiatry referral."),
    ("Asthma flare. SpO2 95% on room air. Albuterol 2 puffs q4h PRN.", "Asthma flare, SpO2 95% RA; albuterol 2 puffs q4h PRN."),
]


def lora_model(dropout=0.0, seed=0, hw=HW, precision="fp32", training=False):
    from medllm.training.models import add_lora, load_base_model

    torch.manual_seed(seed)
    model = add_lora(load_base_model(TINY, hw, precision, None, training=training), {**TINY, "lora_dropout": dropout}, hw)
    with torch.no_grad():  # non-zero B, so LoRA changes the output and gets a gradient through A
        for n, p in model.named_parameters():
            if "lora_B" in n:
                p.normal_(0, 0.05)
    return model


def batch(tokenizer, n=3):
    """Right-padded prompt+summary batch of different lengths, labels -100 on prompt and padding."""
    from medllm.stages.sft import build_dataset

    ds, _ = build_dataset(tokenizer, [{"clinical_note": a, "summary": b} for a, b in NOTES[:n]], 512, TINY)
    width = max(ds["length"])
    ids = torch.full((n, width), tokenizer.pad_token_id)
    mask = torch.zeros((n, width), dtype=torch.long)
    labels = torch.full((n, width), -100)
    for i, ex in enumerate(ds):
        t = torch.tensor(ex["input_ids"])
        ids[i, : len(t)], mask[i, : len(t)] = t, 1
        labels[i, : len(t)] = t.masked_fill(torch.tensor(ex["completion_mask"]) == 0, -100)
    assert (labels != -100).sum() < mask.sum() / 2, "most tokens are prompt: the compact head has work to skip"
    return {"input_ids": ids, "attention_mask": mask, "labels": labels}


def lora_grads(model):
    return {n: p.grad.detach().clone() for n, p in model.named_parameters() if p.requires_grad}


def fused(model, compact: bool):
    from trl.trainer.utils import add_fused_lm_head

    from medllm.training.levers import install_compact_lm_head

    base = model.get_base_model()
    add_fused_lm_head(base, outputs=("log_probs", "entropy", "is_top1"))
    if compact:
        assert install_compact_lm_head(base, ("log_probs", "entropy", "is_top1"))
    return model


def test_compact_lm_head_equals_plain_fp32_loss_and_gradients(tokenizer):
    b = batch(tokenizer)
    plain = lora_model()
    loss_plain = plain(**b).loss  # transformers' own loss over full logits
    loss_plain.backward()
    fast = fused(lora_model(), compact=True)
    out = fast(**b, fused_lm_head=True)
    out.loss.backward()
    assert out.loss.item() == pytest.approx(loss_plain.item(), rel=1e-5)
    g_plain, g_fast = lora_grads(plain), lora_grads(fast)
    assert g_plain.keys() == g_fast.keys() and len(g_plain) > 0
    for name in g_plain:
        torch.testing.assert_close(g_fast[name], g_plain[name], rtol=1e-4, atol=1e-6, msg=name)


def test_compact_lm_head_matches_trl_fused_head_per_token(tokenizer):
    b = batch(tokenizer)
    with torch.no_grad():
        trl_out = fused(lora_model(), compact=False)(**b, fused_lm_head=True)
        ours = fused(lora_model(), compact=True)(**b, fused_lm_head=True)
    mask = b["labels"][:, 1:] != -100
    assert torch.equal(ours.label_mask, mask)
    for field in ("log_probs", "entropy", "is_top1"):
        torch.testing.assert_close(getattr(ours, field), getattr(trl_out, field).to(getattr(ours, field).dtype),
                                   rtol=1e-5, atol=1e-5, msg=field)
    assert (ours.log_probs[~mask] == 0).all(), "nothing scored where there is no label"


def test_compact_lm_head_normalizes_like_trl_and_survives_an_all_prompt_batch(tokenizer):
    b = batch(tokenizer)
    with torch.no_grad():
        trl_out = fused(lora_model(), compact=False)(**b, fused_lm_head=True, num_items_in_batch=100)
    model = fused(lora_model(), compact=True)
    ours = model(**b, fused_lm_head=True, num_items_in_batch=100)
    assert ours.loss.item() == pytest.approx(trl_out.loss.item(), rel=1e-5)
    empty = model(**{**b, "labels": torch.full_like(b["labels"], -100)}, fused_lm_head=True)
    assert empty.loss.item() == 0.0
    empty.loss.backward()  # a differentiable zero, not an error


def test_compact_lm_head_under_bf16_autocast_is_close_to_fp32(tokenizer):
    b = batch(tokenizer)
    model = fused(lora_model(), compact=True)
    with torch.no_grad():
        fp32 = model(**b, fused_lm_head=True).loss.item()
        with torch.autocast("cpu", dtype=torch.bfloat16):
            bf16 = model(**b, fused_lm_head=True).loss.item()
    assert bf16 == pytest.approx(fp32, rel=2e-2)


def test_padding_never_mixes_examples(tokenizer):
    """Each example's summary log-probs are the same alone and batched with longer and shorter
    ones: neither attention nor the compact head reaches across rows."""
    b = batch(tokenizer)
    model = fused(lora_model(), compact=True).eval()
    with torch.no_grad():
        together = model(**b, fused_lm_head=True).log_probs
        for i in range(b["input_ids"].size(0)):
            n = int(b["attention_mask"][i].sum())
            alone = model(**{k: v[i : i + 1, :n] for k, v in b.items()}, fused_lm_head=True).log_probs
            torch.testing.assert_close(together[i, : n - 1], alone[0], rtol=1e-4, atol=1e-5)


def _grouped_trainer(tokenizer, tmp_path, lengths, seed=42):
    from datasets import Dataset
    from trl import SFTConfig, SFTTrainer

    from medllm.training.internals import LengthGroupedTrainerMixin
    from medllm.training.levers import sampling_kwargs

    class Trainer(LengthGroupedTrainerMixin, SFTTrainer):
        pass

    ds = Dataset.from_list([{"input_ids": [1] * n, "completion_mask": [1] * n, "length": n} for n in lengths])
    args = SFTConfig(output_dir=str(tmp_path), use_cpu=True, bf16=False, per_device_train_batch_size=4, report_to=[],
                     seed=seed, **sampling_kwargs({"group_by_length": True}))
    return Trainer(model=lora_model(), args=args, train_dataset=ds, processing_class=tokenizer)


def test_group_by_length_batches_by_length_and_covers_every_example(tokenizer, tmp_path):
    """Through the training dataloader itself (after TRL and transformers drop unused columns)."""
    lengths = [5, 40, 6, 41, 7, 42, 8, 43] * 25
    trainer = _grouped_trainer(tokenizer, tmp_path, lengths)
    batches = [b["attention_mask"].sum(dim=1).tolist() for b in trainer.get_train_dataloader()]
    assert sorted(n for b in batches for n in b) == sorted(lengths)
    # sorted within random mega-batches (12 batches each here): a batch mixes short and long
    # examples only where a mega-batch's short and long halves meet; random batches of 4 from
    # this list would almost all mix (P(one batch is pure) ~ 1/8)
    mixed = sum(max(b) - min(b) > 3 for b in batches)
    assert mixed <= -(-len(lengths) // (12 * 4)), batches
    from medllm.training.levers import sampling_kwargs

    assert sampling_kwargs({"group_by_length": False}) == {}
    eval_batches = [b["attention_mask"].sum(dim=1).tolist() for b in trainer.get_eval_dataloader(trainer.train_dataset)]
    assert sorted(n for b in eval_batches for n in b) == sorted(lengths)


def test_length_grouped_order_depends_on_seed_and_epoch_only(tokenizer, tmp_path):
    lengths = list(range(10, 74))
    a = _grouped_trainer(tokenizer, tmp_path / "a", lengths)._get_train_sampler()
    torch.manual_seed(123)  # the global RNG must not matter (resume, DDP ranks)
    b = _grouped_trainer(tokenizer, tmp_path / "b", lengths)._get_train_sampler()
    torch.rand(1000)
    assert list(a) == list(b)
    a.set_epoch(1)
    assert list(a) != list(b)
    b.set_epoch(1)
    assert list(a) == list(b)
    other = _grouped_trainer(tokenizer, tmp_path / "c", lengths, seed=7)._get_train_sampler()
    assert list(other) != list(_grouped_trainer(tokenizer, tmp_path / "d", lengths)._get_train_sampler())


def test_fast_dropout_mask_has_the_right_rate_and_follows_the_seed():
    from medllm.training.levers import dropout_mask

    torch.manual_seed(3)
    a = dropout_mask((1000, 1000), 0.05)
    torch.manual_seed(3)
    b = dropout_mask((1000, 1000), 0.05)
    assert torch.equal(a, b)
    assert a.float().mean().item() == pytest.approx(0.05, abs=1e-3)
    assert dropout_mask((999, 7), 0.2).float().mean().item() == pytest.approx(0.2, abs=0.01)  # odd element count
    # rows are not copies of each other (no repeating pattern in the draw)
    assert not torch.equal(a[0], a[1])


def test_fast_dropout_forward_backward_and_eval():
    from medllm.training.levers import FastLoraDropout

    drop = FastLoraDropout(0.25).train()  # 0.25 is exact in 15 bits
    x = torch.randn(64, 32, requires_grad=True)
    y = drop(x)
    kept = y != 0
    torch.testing.assert_close(y[kept], x[kept] / 0.75)
    y.sum().backward()
    torch.testing.assert_close(x.grad, kept.float() / 0.75)
    assert torch.equal(drop.eval()(x), x)
    assert torch.equal(FastLoraDropout(1.0).train()(x), torch.zeros_like(x))


def test_fast_dropout_keeps_the_expectation():
    """E[dropout(x)] = x: the scale matches the rate actually drawn (p rounded to 2^-15)."""
    from medllm.training.levers import FastLoraDropout

    torch.manual_seed(0)
    for p in (0.05, 0.1, 0.3):
        y = FastLoraDropout(p).train()(torch.ones(4_000_000))
        assert y.mean().item() == pytest.approx(1.0, abs=2e-3), p


def test_use_fast_lora_dropout_swaps_every_lora_dropout_and_keeps_weights(tmp_path):
    from medllm.training.levers import FastLoraDropout, use_fast_lora_dropout

    model = lora_model(dropout=0.1)
    before = {k: v.clone() for k, v in model.state_dict().items()}
    n_lora = sum(1 for m in model.modules() if isinstance(getattr(m, "lora_dropout", None), torch.nn.ModuleDict))
    assert use_fast_lora_dropout(model) == n_lora > 0
    assert not any(type(m) is torch.nn.Dropout and m.p > 0 for m in model.modules())
    assert sum(isinstance(m, FastLoraDropout) for m in model.modules()) == n_lora
    after = model.state_dict()
    assert before.keys() == after.keys() and all(torch.equal(before[k], after[k]) for k in before)
    assert use_fast_lora_dropout(lora_model(dropout=0.0)) == 0


def test_fast_dropout_training_step_matches_torch_dropout_in_expectation(tokenizer):
    """Same model, same batch: the mean loss over many dropout draws agrees between torch's
    dropout and the fast one (they draw different masks, so single steps differ)."""
    from medllm.training.levers import use_fast_lora_dropout

    b = batch(tokenizer, n=2)
    ref, fast = lora_model(dropout=0.3), lora_model(dropout=0.3)
    use_fast_lora_dropout(fast)
    ref.train(), fast.train()
    with torch.no_grad():
        eval_loss = lora_model(dropout=0.3).eval()(**b).loss.item()
        torch.manual_seed(0)
        a = [ref(**b).loss.item() for _ in range(40)]
        c = [fast(**b).loss.item() for _ in range(40)]
    assert len(set(c)) > 1 and all(x != eval_loss for x in c), "dropout is active"
    mean_a, mean_c = sum(a) / len(a), sum(c) / len(c)
    spread = max(a) - min(a)
    assert abs(mean_a - mean_c) < 0.25 * spread + 1e-6


def test_precision_auto_follows_the_measured_matmul_rates(monkeypatch):
    import medllm.training.levers
    from medllm.training import hardware

    hw = {"device": "cpu", "precision": "auto"}
    monkeypatch.setattr(hardware, "cpu_has_native_bf16", lambda: True)
    monkeypatch.setattr(medllm.training.levers, "bf16_pays_on_cpu", lambda: (False, 300.0, 166.0))
    assert hardware.resolve_precision(hw) == "fp32"
    monkeypatch.setattr(medllm.training.levers, "bf16_pays_on_cpu", lambda: (True, 200.0, 900.0))
    assert hardware.resolve_precision(hw) == "bf16"
    monkeypatch.setattr(hardware, "cpu_has_native_bf16", lambda: False)
    assert hardware.resolve_precision(hw) == "fp32"
    assert hardware.resolve_precision({**hw, "precision": "bf16"}) == "bf16"


def test_step_timer_skips_the_warm_up_step(monkeypatch):
    from types import SimpleNamespace

    import medllm.training.levers
    from medllm.training.levers import step_timer

    clock = iter([0.0, 10.0, 10.0, 12.0, 12.0, 14.0, 14.0, 16.5])  # a slow first step, then 2, 2, 2.5 s
    monkeypatch.setattr(medllm.training.levers.time, "perf_counter", lambda: next(clock))
    timer = step_timer()
    state = SimpleNamespace(num_input_tokens_seen=0)
    for tokens in (100, 200, 200, 200):
        timer.on_step_begin(None, state, None)
        state.num_input_tokens_seen += tokens
        timer.on_step_end(None, state, None)
    s = timer.summary()
    assert s["step_tokens"] == [100, 200, 200, 200] and s["step_times_s"] == [10.0, 2.0, 2.0, 2.5]
    assert s["step_time_s_median"] == 2.0 and s["step_tokens_per_second_median"] == 100.0


def pair_batch(tokenizer):
    """TRL's DPO layout: [prompt_i + chosen_i ; prompt_i + rejected_i], right-padded, labels on responses."""
    from trl.trainer.dpo_trainer import DataCollatorForPreference

    from medllm.stages.dpo import encode_pairs

    rows = [{"prompt": a, "chosen": b, "rejected": b.replace("mg", "g", 1) + " Also fever."} for a, b in NOTES]
    ds, _ = encode_pairs(tokenizer, rows, 512, TINY)
    out = DataCollatorForPreference(pad_token_id=tokenizer.pad_token_id)([ds[i] for i in range(len(ds))])
    labels = out["input_ids"].masked_fill(out["completion_mask"] == 0, -100)
    return {"input_ids": out["input_ids"], "attention_mask": out["attention_mask"], "labels": labels}


def test_shared_prompt_gives_the_same_log_probs_and_gradients(tokenizer, monkeypatch):
    import medllm.training.levers
    from medllm.training.levers import install_compact_lm_head

    shared_calls = []
    real = medllm.training.levers.shared_prefix_hidden

    def spy(*a, **kw):
        out = real(*a, **kw)
        shared_calls.append(out is not None)
        return out

    monkeypatch.setattr(medllm.training.levers, "shared_prefix_hidden", spy)
    b = pair_batch(tokenizer)
    assert len(set(b["attention_mask"].sum(dim=1).tolist())) > 2, "rows of different lengths: padding is exercised"
    results = []
    for share in (False, True):
        model = lora_model()
        base = model.get_base_model()
        from trl.trainer.utils import add_fused_lm_head

        add_fused_lm_head(base, outputs=("log_probs", "entropy", "mean_logits", "is_top1"))
        assert install_compact_lm_head(base, ("log_probs", "entropy", "mean_logits", "is_top1"), share_prefix=share)
        out = model(**b, fused_lm_head=True)
        (out.log_probs.sum(dim=1) * torch.tensor([1.0, -2.0, 0.5, 3.0, -1.0, 2.0])).sum().backward()
        results.append((out, lora_grads(model)))
    assert shared_calls == [True], "the shared path ran (through peft's forward), once"
    (plain, g_plain), (shared, g_shared) = results
    for field in ("log_probs", "entropy", "mean_logits", "is_top1"):
        torch.testing.assert_close(getattr(shared, field), getattr(plain, field), rtol=1e-4, atol=1e-5, msg=field)
    for name in g_plain:
        torch.testing.assert_close(g_shared[name], g_plain[name], rtol=1e-3, atol=1e-6, msg=name)


def test_shared_prompt_falls_back_when_prompts_differ(tokenizer):
    from medllm.training.levers import shared_prefix_hidden

    b = pair_batch(tokenizer)
    model = lora_model().get_base_model().model
    assert shared_prefix_hidden(model, b["labels"], b["input_ids"], b["attention_mask"]) is not None
    other = b["input_ids"].clone()
    other[3, 5] = (other[3, 5] + 1) % 100  # rejected row of pair 0 gets another prompt token
    assert shared_prefix_hidden(model, b["labels"], other, b["attention_mask"]) is None
    assert shared_prefix_hidden(model, b["labels"][:5], b["input_ids"][:5], b["attention_mask"][:5]) is None


# --------------------------------------------------------------------------- bf16-stored frozen base
@pytest.mark.parametrize("precision,training,flag,want", [
    ("bf16", True, True, torch.bfloat16),     # the lever: training in bf16 stores the frozen base in bf16
    ("bf16", True, False, torch.float32),     # hardware.bf16_weights=false: fp32 under autocast, as before
    ("bf16", False, True, torch.bfloat16),    # inference where bf16 was chosen: bf16 weights, no autocast
    ("bf16", False, False, torch.float32),    # ... unless hardware.bf16_weights=false
    ("fp32", False, True, torch.float32),     # no fast bf16 on this CPU: fp32 throughout
    ("fp32", True, True, torch.float32),
])
def test_frozen_base_dtype(precision, training, flag, want):
    from medllm.training.models import frozen_base_dtype

    assert frozen_base_dtype({**HW, "bf16_weights": flag}, precision, training) == want


def test_bf16_stored_base_trains_fp32_lora_weights_and_matches_the_autocast_loss(tokenizer):
    """The base in bf16, the LoRA weights (what the optimizer updates) in fp32; one forward/backward
    under bf16 autocast gives the loss the fp32-stored base gives under the same autocast."""
    losses = {}
    for flag in (False, True):
        model = lora_model(hw={**HW, "bf16_weights": flag}, precision="bf16", training=True)
        base = [p for n, p in model.named_parameters() if "lora_" not in n]
        lora = [p for n, p in model.named_parameters() if "lora_" in n]
        assert {p.dtype for p in base} == {torch.bfloat16 if flag else torch.float32}
        assert {p.dtype for p in lora} == {torch.float32} and all(p.requires_grad for p in lora)
        with torch.autocast("cpu", dtype=torch.bfloat16):
            loss = model(**batch(tokenizer)).loss
        loss.backward()
        assert all(p.grad is not None and p.grad.dtype == torch.float32 for p in lora)
        assert all(p.grad is None for p in base), "the frozen base gets no gradient"
        losses[flag] = loss.item()
    assert losses[True] == pytest.approx(losses[False], rel=2e-2)


def test_lora_reading_bf16_input_as_is_gives_the_same_loss_and_gradients(tokenizer):
    """keep_lora_input_dtype skips peft's bf16 -> fp32 cast of each adapter's input under bf16
    autocast (which casts it back for the matmul): same loss and LoRA gradients, with dropout on."""
    from medllm.training.levers import apply_levers, keep_lora_input_dtype, use_fast_lora_dropout

    out = {}
    for keep in (False, True):
        model = lora_model(dropout=0.1, hw={**HW, "bf16_weights": True}, precision="bf16", training=True)
        use_fast_lora_dropout(model)
        if keep:
            assert keep_lora_input_dtype(model) == 14  # 7 target modules x 2 layers of the tiny model
        torch.manual_seed(7)  # the same dropout masks on both paths
        with torch.autocast("cpu", dtype=torch.bfloat16):
            loss = model(**batch(tokenizer)).loss
        loss.backward()
        out[keep] = (loss.detach(), {n: p.grad.clone() for n, p in model.named_parameters() if p.grad is not None})
    torch.testing.assert_close(out[True][0], out[False][0], rtol=1e-3, atol=1e-3)
    assert out[True][1].keys() == out[False][1].keys() and out[True][1]
    for n, g in out[False][1].items():
        torch.testing.assert_close(out[True][1][n], g, rtol=2e-2, atol=1e-4)
    # apply_levers switches it only where the base is stored in bf16
    fp32 = lora_model(hw={**HW, "bf16_weights": False}, precision="bf16", training=True)
    apply_levers(fp32, {**HW, "device": "cpu", "compact_lm_head": False}, outputs=())
    assert all(getattr(m, "cast_input_dtype_enabled", True) for m in fp32.modules())


def test_shared_dropout_draws_one_mask_per_input_tensor(tokenizer, monkeypatch):
    """With LoRA keeping the bf16 input, q/k/v read one tensor and gate/up another: a shared
    holder draws 4 masks per layer instead of 7, and training still reaches every adapter."""
    import medllm.training.levers as L

    calls = []
    real = L.dropout_mask
    monkeypatch.setattr(L, "dropout_mask", lambda shape, p, device=None: calls.append(shape) or real(shape, p, device))
    counts = {}
    for share in (False, True):
        model = lora_model(dropout=0.1, hw={**HW, "bf16_weights": True}, precision="bf16", training=True)
        L.keep_lora_input_dtype(model)
        assert L.use_fast_lora_dropout(model, share=share) == 14
        calls.clear()
        with torch.autocast("cpu", dtype=torch.bfloat16):
            loss = model(**batch(tokenizer)).loss
        loss.backward()
        counts[share] = len(calls)
        assert all(p.grad is not None and p.grad.abs().sum() > 0 for n, p in model.named_parameters() if "lora_A" in n)
    assert counts == {False: 14, True: 8}  # 2 layers x (q/k/v, o, gate/up, down)


# --------------------------------------------------------------------------- fused LoRA
def _fused_run(tokenizer, fuse, precision, dropout, share=True, seed=7, **fuse_kw):
    """One forward/backward of the tiny model as the cpu profile trains it (bf16: bf16-stored base,
    LoRA reading the bf16 input, autocast), fused or not; (loss, LoRA gradients, model)."""
    import medllm.training.levers as L

    model = lora_model(dropout=dropout, hw={**HW, "bf16_weights": True}, precision=precision, training=True).train()
    if precision == "bf16":
        L.keep_lora_input_dtype(model)
    L.use_fast_lora_dropout(model, share=share)
    if fuse:
        assert L.use_fused_lora(model, **fuse_kw) == 14
    torch.manual_seed(seed)  # the same dropout masks on both paths
    with torch.autocast("cpu", dtype=torch.bfloat16, enabled=precision == "bf16"):
        loss = model(**batch(tokenizer)).loss
    loss.backward()
    return loss.detach(), lora_grads(model), model


@pytest.mark.parametrize("precision", ["fp32", "bf16"])
@pytest.mark.parametrize("dropout", [0.0, 0.1])
def test_fused_lora_gives_the_same_loss_and_every_lora_gradient(tokenizer, monkeypatch, precision, dropout):
    """use_fused_lora (the update added by one addmm, q/k/v and gate/up A products in one GEMM)
    against peft's forward: same loss and LoRA gradients, dropout on (same masks) and off, fp32 and
    bf16-stored base; the grouped GEMM ran for q/k/v and gate/up of each layer."""
    import medllm.training.levers as L

    grouped = []
    real = L.LoraGroup.low_rank
    monkeypatch.setattr(L.LoraGroup, "low_rank", lambda self, *a: grouped.append(r := real(self, *a)) or r)
    loss0, g0, _ = _fused_run(tokenizer, False, precision, dropout)
    loss1, g1, _ = _fused_run(tokenizer, True, precision, dropout)
    assert len(grouped) == 10 and all(h is not None for h in grouped)  # 2 layers x (q, k, v, gate, up)
    assert g0.keys() == g1.keys() and len(g0) == 28
    if precision == "fp32":
        torch.testing.assert_close(loss1, loss0, rtol=1e-5, atol=1e-6)
        for n in g0:
            torch.testing.assert_close(g1[n], g0[n], rtol=1e-4, atol=1e-6, msg=n)
    else:  # bf16 rounds differently on each path (the fused one rounds the update once, inside the
        # addmm): each gradient is as close to the fp32 one as peft's bf16 gradient is (~1% of its norm)
        torch.testing.assert_close(loss1, loss0, rtol=1e-3, atol=1e-3)
        _, ref, _ = _fused_run(tokenizer, False, "fp32", dropout)  # the same masks, in fp32

        def err(g, n):
            return ((g[n] - ref[n]).norm() / ref[n].norm()).item()

        for n in g0:
            assert err(g1, n) < 1.5 * err(g0, n) + 5e-3 and err(g1, n) < 3e-2, (n, err(g1, n), err(g0, n))


def test_fused_lora_without_a_shared_mask_keeps_each_adapters_own_dropout(tokenizer, monkeypatch):
    """Adapters with masks of their own (shared_lora_dropout off) are not grouped: each draws its
    mask in peft's order, so the fused step equals the unfused one exactly."""
    import medllm.training.levers as L

    grouped = []
    real = L.LoraGroup.low_rank
    monkeypatch.setattr(L.LoraGroup, "low_rank", lambda self, *a: grouped.append(r := real(self, *a)) or r)
    loss0, g0, _ = _fused_run(tokenizer, False, "fp32", 0.1, share=False)
    loss1, g1, _ = _fused_run(tokenizer, True, "fp32", 0.1, share=False)
    assert grouped and all(h is None for h in grouped)
    torch.testing.assert_close(loss1, loss0, rtol=1e-5, atol=1e-6)
    for n in g0:
        torch.testing.assert_close(g1[n], g0[n], rtol=1e-4, atol=1e-6, msg=n)


def test_fused_lora_with_concatenated_base_weights_is_exact_too(tokenizer):
    """The measured-only variant (q/k/v and gate/up base weights in one GEMM) computes the same."""
    loss0, g0, _ = _fused_run(tokenizer, False, "fp32", 0.1)
    loss1, g1, _ = _fused_run(tokenizer, True, "fp32", 0.1, concat_base=True)
    torch.testing.assert_close(loss1, loss0, rtol=1e-5, atol=1e-6)
    for n in g0:
        torch.testing.assert_close(g1[n], g0[n], rtol=1e-4, atol=1e-6, msg=n)


def test_fused_lora_saves_and_loads_as_a_plain_peft_adapter(tokenizer, tmp_path):
    from peft import PeftModel

    import medllm.training.levers as L
    from medllm.training.models import load_base_model

    model = lora_model(dropout=0.1)
    before = {k: v.clone() for k, v in model.state_dict().items()}
    L.use_fused_lora(model)
    after = model.state_dict()
    assert before.keys() == after.keys() and all(torch.equal(before[k], after[k]) for k in before)
    model.save_pretrained(str(tmp_path / "adapter"), safe_serialization=True)
    from safetensors.torch import load_file

    saved = load_file(str(tmp_path / "adapter" / "adapter_model.safetensors"))
    assert saved and all("lora_A" in k or "lora_B" in k for k in saved)
    ids = batch(tokenizer)["input_ids"]
    plain = PeftModel.from_pretrained(load_base_model(TINY, HW, "fp32", None), str(tmp_path / "adapter")).eval()
    with torch.no_grad():
        torch.testing.assert_close(model.eval()(input_ids=ids).logits, plain(input_ids=ids).logits, rtol=1e-5, atol=1e-5)
        L.unfuse_lora(model)
        assert not any("forward" in vars(m) for m in model.modules() if hasattr(m, "lora_A"))
        torch.testing.assert_close(model(input_ids=ids).logits, plain(input_ids=ids).logits, rtol=1e-5, atol=1e-5)


def test_fused_lora_runs_peft_forward_where_it_does_not_apply(tokenizer):
    """Disabled adapters (DPO's reference without an adapter), a second adapter active, and a
    bf16 base with fp32 LoRA weights outside autocast all go through peft's own forward."""
    import medllm.training.levers as L

    ids = batch(tokenizer)["input_ids"]
    model = lora_model()
    plain = lora_model()
    L.use_fused_lora(model)
    with torch.no_grad():
        with model.disable_adapter(), plain.disable_adapter():
            torch.testing.assert_close(model(input_ids=ids).logits, plain(input_ids=ids).logits)
        for m in (model, plain):
            m.add_adapter("ref", m.peft_config["default"])
            m.set_adapter("ref")
        torch.testing.assert_close(model(input_ids=ids).logits, plain(input_ids=ids).logits, rtol=1e-5, atol=1e-5)
    with torch.inference_mode():  # decoding: inference tensors carry no version counter
        torch.testing.assert_close(model(input_ids=ids).logits, plain(input_ids=ids).logits, rtol=1e-5, atol=1e-5)
    mixed = lora_model(hw={**HW, "bf16_weights": True}, precision="bf16")  # bf16 base, fp32 LoRA, no autocast
    mixed_plain = lora_model(hw={**HW, "bf16_weights": True}, precision="bf16")
    L.use_fused_lora(mixed)
    with torch.no_grad():
        torch.testing.assert_close(mixed(input_ids=ids).logits, mixed_plain(input_ids=ids).logits)


def test_fused_lora_falls_back_with_a_warning_when_peft_changed(monkeypatch, caplog):
    import medllm.training.internals as I
    import medllm.training.levers as L

    changed = I.Private("peft", I.LORA_LINEAR_FORWARD.where, ("self", "x", "adapter_names"), "exact")
    monkeypatch.setattr(I, "LORA_LINEAR_FORWARD", changed)
    model = lora_model()
    with caplog.at_level("WARNING"):
        assert L.use_fused_lora(model) == 0
    assert "fused LoRA is off" in caplog.text
    assert not any("forward" in vars(m) for m in model.modules())


def test_apply_levers_installs_fused_lora_unless_turned_off():
    from medllm.training.levers import apply_levers, fused_lora_forward

    def fused_layers(m):
        return sum(getattr(vars(x).get("forward"), "__func__", None) is fused_lora_forward for x in m.modules())

    for extra, want in (({"fused_lora": False}, 0), ({"fused_lora": True}, 14), ({}, 14)):
        model = lora_model()
        apply_levers(model, {**HW, "compact_lm_head": False, **extra}, outputs=())
        assert fused_layers(model) == want
