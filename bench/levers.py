#!/usr/bin/env python
"""Levers measured one at a time on this machine (issue 16), each against its own baseline in one
process, steps interleaved where they can be, so a busy neighbour slows both sides alike.

    python bench/levers.py [--quick] [--only train,decode,fused] [--threads N] [--steps N]

train   one SFT-shaped step of SmolLM2-135M (bf16-stored base, LoRA r16 on q/k/v/o/gate/up/down,
        medllm's fast dropout, loss on the second half of each row), batch 4 x 400 tokens:
          - peft's fp32 cast of each LoRA input on vs off (hardware.lora_keep_input_dtype),
            interleaved steps;
          - one LoRA dropout mask per input tensor (q/k/v, gate/up share it) vs one per adapter;
          - torch.compile of the decoder (inductor, gcc): compile seconds and the steady rate;
          - torch threads 1 vs 2.
fused   hardware.fused_lora (not in the default run: --only fused): one decoder layer's forward +
        backward, unfused / fused addmm / + q/k/v and gate/up A products in one GEMM / + their frozen
        base weights concatenated, rounds interleaved, and the SFT step fused vs unfused, steps
        interleaved; one torch thread unless --threads (a shared machine).
decode  greedy decoding of 8 test notes, 64 new tokens, batch 8:
          - transformers generate() vs medllm's loop (eval's default), fp32;
          - the same loop with bf16-stored weights (the default where the probe picks bf16);
          - a static KV cache, eager and with the decode step compiled (compile seconds counted).
Writes bench/results/levers-<machine>.json and prints a table. An allocator is a process-wide
choice: run the script under LD_PRELOAD=.../libmimalloc.so to compare (see bench/README.md).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _sft_step(base, ids, labels, opt):
    """One SFT-shaped optimizer step under bf16 autocast (loss on the labelled half), as a function
    returning its tokens/second."""
    import torch

    rows, length = ids.shape

    def step():
        t = time.perf_counter()
        with torch.autocast("cpu", dtype=torch.bfloat16):
            h = base.model(input_ids=ids).last_hidden_state[:, :-1]
            mask = labels[:, 1:] != -100
            loss = torch.nn.functional.cross_entropy(base.lm_head(h[mask]).float(), labels[:, 1:][mask])
        loss.backward()
        opt.step()
        opt.zero_grad(set_to_none=True)
        return rows * length / (time.perf_counter() - t)
    return step


def _model(dtype):
    import torch  # noqa: F401
    from transformers import AutoModelForCausalLM

    from medllm.training.models import ensure_embedded

    return AutoModelForCausalLM.from_pretrained(str(ensure_embedded(None)), dtype=dtype, attn_implementation="sdpa")


def train_levers(steps: int) -> dict:
    import torch
    from peft import get_peft_model
    from peft.tuners.tuners_utils import BaseTunerLayer

    from bench.throughput import MODEL_CFG
    from medllm.training.levers import use_fast_lora_dropout
    from medllm.training.models import lora_config

    B, L = 4, 400
    torch.manual_seed(0)
    m = get_peft_model(_model(torch.bfloat16), lora_config(MODEL_CFG))
    m.config.use_cache = False
    use_fast_lora_dropout(m)
    m.train()
    ids = torch.randint(100, 40000, (B, L))
    labels = ids.clone()
    labels[:, : L // 2] = -100
    opt = torch.optim.AdamW([p for p in m.parameters() if p.requires_grad], lr=1e-4)
    base = m.get_base_model()

    step = _sft_step(base, ids, labels, opt)

    out = {"batch": B, "tokens_per_row": L}
    step()  # warm-up
    layers = [x for x in m.modules() if isinstance(x, BaseTunerLayer)]
    rates = {True: [], False: []}
    for i in range(2 * steps):
        cast = i % 2 == 1
        for x in layers:
            x.cast_input_dtype_enabled = cast
        rates[cast].append(step())
    out["lora_input_kept_bf16_tok_s"] = round(statistics.median(rates[False]), 1)
    out["lora_input_cast_fp32_tok_s"] = round(statistics.median(rates[True]), 1)
    for x in layers:
        x.cast_input_dtype_enabled = False
    from medllm.training.levers import FastLoraDropout, SharedDrop

    drops, holder = [x for x in m.modules() if isinstance(x, FastLoraDropout)], SharedDrop()
    rates = {True: [], False: []}
    for i in range(2 * steps):
        share = i % 2 == 0
        for x in drops:
            x.shared = holder if share else None
        rates[share].append(step())
    out["dropout_mask_per_input_tok_s"] = round(statistics.median(rates[True]), 1)
    out["dropout_mask_per_adapter_tok_s"] = round(statistics.median(rates[False]), 1)
    for x in drops:
        x.shared = None
    threads = torch.get_num_threads()
    rates = {1: [], threads: []}
    for i in range(2 * steps):
        n = 1 if i % 2 else threads
        torch.set_num_threads(n)
        rates[n].append(step())
    torch.set_num_threads(threads)
    out["threads"] = {str(k): round(statistics.median(v), 1) for k, v in rates.items()}
    eager = statistics.median([step() for _ in range(steps)])
    base.model = torch.compile(base.model)
    t = time.perf_counter()
    step()
    step()  # a second call: dynamo may recompile once for a new shape
    out["compile_s"] = round(time.perf_counter() - t, 1)
    out["eager_tok_s"] = round(eager, 1)
    out["compiled_tok_s"] = round(statistics.median([step() for _ in range(steps)]), 1)
    return out


def _lora_model(share: bool = True):
    """SmolLM2-135M as the cpu profile trains it: bf16-stored base, LoRA r16 on every projection,
    LoRA reading the bf16 activations as they are, fast dropout with one mask per input tensor."""
    import torch
    from peft import get_peft_model

    from bench.throughput import MODEL_CFG
    from medllm.training.levers import keep_lora_input_dtype, use_fast_lora_dropout
    from medllm.training.models import lora_config

    torch.manual_seed(0)
    m = get_peft_model(_model(torch.bfloat16), lora_config(MODEL_CFG))
    m.config.use_cache = False
    keep_lora_input_dtype(m)
    use_fast_lora_dropout(m, share=share)
    return m.train()


FUSED_ARMS = {  # name -> use_fused_lora's arguments (None: peft's forward)
    "unfused": None,
    "fused_addmm": {"group": False},
    "fused_addmm_grouped_A": {"group": True},
    "fused_grouped_concat_base": {"group": True, "concat_base": True},
}


def _set_arm(m, arm) -> None:
    from medllm.training.levers import unfuse_lora, use_fused_lora

    unfuse_lora(m)
    if FUSED_ARMS[arm] is not None:
        use_fused_lora(m, **FUSED_ARMS[arm])


def fused_levers(steps: int, layer_reps: int = 15, threads: int = 1) -> dict:
    """hardware.fused_lora: (a) one decoder layer's forward + backward (batch 4 x 400 tokens, bf16
    autocast, layer 0 of SmolLM2-135M, the arms of FUSED_ARMS in turn, `layer_reps` rounds of 3
    timed passes each, medians in ms); (b) the SFT step of train_levers, fused vs unfused, steps
    interleaved. `threads` torch threads (1 on a shared machine)."""
    import torch

    torch.set_num_threads(threads)
    B, L = 4, 400
    m = _lora_model()
    base = m.get_base_model()
    out = {"threads": threads, "batch": B, "tokens_per_row": L}

    layer = base.model.layers[0]
    g = torch.Generator().manual_seed(0)
    hidden = torch.randn(B, L, base.config.hidden_size, generator=g).to(torch.bfloat16).requires_grad_()
    grad = torch.randn(B, L, base.config.hidden_size, generator=g).to(torch.bfloat16)
    pos = torch.arange(L)[None].expand(B, -1)
    with torch.autocast("cpu", dtype=torch.bfloat16):
        rope = base.model.rotary_emb(hidden, pos)

    def layer_pass():
        t = time.perf_counter()
        with torch.autocast("cpu", dtype=torch.bfloat16):
            y = layer(hidden, attention_mask=None, position_ids=pos, position_embeddings=rope)
        y = y[0] if isinstance(y, tuple) else y
        y.backward(grad)
        m.zero_grad(set_to_none=True)
        hidden.grad = None
        return (time.perf_counter() - t) * 1000

    times = {arm: [] for arm in FUSED_ARMS}
    for arm in FUSED_ARMS:  # warm-up
        _set_arm(m, arm)
        layer_pass()
    for _ in range(layer_reps):
        for arm in FUSED_ARMS:
            _set_arm(m, arm)
            times[arm].extend(layer_pass() for _ in range(3))
    out["layer_fwd_bwd_ms_median"] = {arm: round(statistics.median(v), 2) for arm, v in times.items()}
    out["layer_fwd_bwd_ms_quartiles"] = {arm: [round(q, 2) for q in statistics.quantiles(v, n=4)] for arm, v in times.items()}
    out["layer_passes_per_arm"] = len(times["unfused"])
    print(json.dumps(out, indent=1), flush=True)

    ids = torch.randint(100, 40000, (B, L), generator=g)
    labels = ids.clone()
    labels[:, : L // 2] = -100
    opt = torch.optim.AdamW([p for p in m.parameters() if p.requires_grad], lr=1e-4)

    step = _sft_step(base, ids, labels, opt)

    arms = ("unfused", "fused_addmm_grouped_A")
    step()
    rates = {arm: [] for arm in arms}
    for i in range(2 * steps):
        arm = arms[i % 2]
        _set_arm(m, arm)
        rates[arm].append(step())
    out["sft_step_tok_s_median"] = {arm: round(statistics.median(v), 1) for arm, v in rates.items()}
    out["sft_step_tok_s"] = {arm: [round(r, 1) for r in v] for arm, v in rates.items()}
    return out


def decode_levers(new: int) -> dict:
    import torch
    from transformers import StaticCache

    from bench.throughput import MODEL_CFG
    from medllm.data import contract as D
    from medllm.evaluation.sampling import generate_batch, left_pad, note_batches
    from medllm.training.models import load_tokenizer

    tok = load_tokenizer(MODEL_CFG, None)
    rows = D.read_sft(ROOT / "phase1_data" / "sft" / "test.csv")[:8]
    _, _, prompts = note_batches(tok, [r["clinical_note"] for r in rows], MODEL_CFG, 768, 8)[0]
    out = {"notes": len(prompts), "new_tokens": new}

    def timed(fn, reps=2):
        ts = []
        for _ in range(reps):
            t = time.perf_counter()
            res = fn()
            ts.append(time.perf_counter() - t)
        return min(ts), res

    m = _model(torch.float32).eval()
    s, ref = timed(lambda: generate_batch(m, tok, prompts, max_new_tokens=new, sampler="generate"))
    out["generate_fp32_s"] = round(s, 2)
    s, fast = timed(lambda: generate_batch(m, tok, prompts, max_new_tokens=new))
    out["loop_fp32_s"] = round(s, 2)
    out["loop_equals_generate"] = [g[0].text for g in fast] == [g[0].text for g in ref]

    @torch.inference_mode()
    def static(step_fn):
        ids, mask = left_pad(prompts, tok.pad_token_id)
        width = ids.shape[1]
        pos = (mask.cumsum(-1) - 1).clamp(min=0)
        cache = StaticCache(config=m.config, max_cache_len=width + new)
        full = torch.cat([mask, torch.zeros(mask.shape[0], new, dtype=mask.dtype)], 1)
        o = m(input_ids=ids, attention_mask=full[:, :width], position_ids=pos, past_key_values=cache, use_cache=True,
              cache_position=torch.arange(width), logits_to_keep=1)
        logits, nxt, toks = o.logits[:, -1], pos[:, -1:] + 1, []
        for s in range(new):
            t = logits.argmax(-1)
            toks.append(t)
            if s == new - 1:
                break
            full[:, width + s] = 1
            o = step_fn(input_ids=t[:, None], attention_mask=full, position_ids=nxt, past_key_values=cache,
                        use_cache=True, cache_position=torch.tensor([width + s]))
            logits, nxt = o.logits[:, -1], nxt + 1
        return torch.stack(toks, 1)

    s, _ = timed(lambda: static(m))
    out["static_cache_eager_fp32_s"] = round(s, 2)
    compiled = torch.compile(m, dynamic=False)
    t = time.perf_counter()
    static(compiled)
    out["static_cache_compiled_first_run_s"] = round(time.perf_counter() - t, 1)
    s, _ = timed(lambda: static(compiled))
    out["static_cache_compiled_fp32_s"] = round(s, 2)
    del compiled
    m = _model(torch.bfloat16).eval()
    s, _ = timed(lambda: generate_batch(m, tok, prompts, max_new_tokens=new))
    out["loop_bf16_weights_s"] = round(s, 2)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="3 interleaved steps per arm, 32 new tokens (default 6, 64)")
    ap.add_argument("--only", default="train,decode", help="comma-separated: train, decode, fused (hardware.fused_lora)")
    ap.add_argument("--threads", type=int, default=None, help="torch threads for the fused part (default 1)")
    ap.add_argument("--steps", type=int, default=None, help="SFT steps per arm for the fused part (default 6, --quick 3)")
    a = ap.parse_args()
    import platform

    import torch

    from bench.throughput import machine_name
    from medllm.offline import stay_offline

    stay_offline()
    res = {"machine": machine_name(), "torch": torch.__version__, "threads": torch.get_num_threads(),
           "ld_preload": os.environ.get("LD_PRELOAD", ""), "when": time.strftime("%Y-%m-%d %H:%M"),
           "python": platform.python_version()}
    parts = a.only.split(",")
    if "train" in parts:
        res["train"] = train_levers(3 if a.quick else 6)
        print(json.dumps(res["train"], indent=1), flush=True)
    if "fused" in parts:
        res["fused_lora"] = fused_levers(a.steps or (3 if a.quick else 6), threads=a.threads or 1)
        print(json.dumps(res["fused_lora"], indent=1), flush=True)
    if "decode" in parts:
        res["decode"] = decode_levers(32 if a.quick else 64)
        print(json.dumps(res["decode"], indent=1), flush=True)
    tag = "-mimalloc" if "mimalloc" in res["ld_preload"] else ""
    if set(parts) != {"train", "decode"}:  # a partial run must not overwrite the full run's results
        tag += "-" + "-".join(parts)
    out = ROOT / "bench" / "results" / f"levers-{res['machine']}{tag}.json"
    out.write_text(json.dumps(res, indent=1) + "\n")
    print(f"results: {out}")


if __name__ == "__main__":
    main()
