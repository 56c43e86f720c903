#!/usr/bin/env python
"""Training and evaluation throughput of medllm against plain TRL and the matmul roofline.

    python bench/throughput.py --quick        # < 10 minutes on a 2-core CPU
    python bench/throughput.py                # full: more steps, notes and tokens
    python bench/throughput.py --only sft,gen # a subset (roofline, sft, dpo, gen, checker)
    python bench/throughput.py --quick --ablate  # + medllm SFT with each lever turned off in turn

Measures on this machine, each in its own process (peak memory is per process):
  roofline   fp32 and bf16 matmul GFLOP/s (median of 5)
  sft        plain TRL SFTTrainer with its defaults vs `train.py stage=sft hardware=cpu`
  dpo        plain TRL DPOTrainer with its defaults vs `train.py stage=dpo hardware=cpu`
  gen        evaluation decoding, batched vs one note at a time
  checker    the grounding checker's summaries per second

Same model (SmolLM2-135M-Instruct, fp32 master weights), LoRA (conf/model: r16, alpha 32,
dropout 0.05, q/k/v/o/gate/up/down), data (the first notes/pairs of phase1_data's train split,
tokenized once by medllm so both sides see identical tokens) and batch size (full: 8, quick: 4) on
both sides.
"Plain TRL" is what a user writes: SFTConfig/DPOConfig defaults plus only what is needed to run
(use_cpu=True, the batch size, max_steps, report_to=[], save_strategy="no"); TRL's defaults on
CPU are bf16 autocast and activation checkpointing, and DPO runs the reference model every step.

Training rate = non-padding tokens / wall time of one optimizer step, the median over steps:
quick mode runs 3 steps and takes the median of the 3 (which discards the slower first step);
full mode runs 6 and takes the median of steps 2-6. medllm's DPO precomputes
reference log-probs once (cached by content); that time is spread over the steps it serves
and included in `tokens_per_s` ("effective"), so the ratio does not flatter the cache.

FLOPs counted per non-padding training token (useful work only): 4 * N_body (forward 2N,
backward to the activations 2N; the frozen base gets no weight gradient) + 4 * N_head * f
(the LM head is only needed where there is a label: f = labelled tokens / tokens) + attention
12 * layers * hidden * T/2 (QK^T and AV, forward and two backward products, over an average
causal context of T/2; T token-weighted, sum(T^2) / sum(T)). N_body = the decoder's matmul
weights, N_head = vocab * hidden. LoRA's own products (< 1%) are left out; recomputation
(activation checkpointing), padding, prompts run twice in DPO and the reference forward are
not useful work and are not counted. Share of roofline = achieved / best of the fp32 and bf16
matmul rates.

Writes bench/results/<machine>.json and the table between the markers in bench/README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

MODES = {
    # steps: optimizer steps per training run (the first is a warm-up); gen: notes, new tokens
    # quick halves the batch so that plain TRL's DPO (87 s a step at batch 8 on 2 cores) fits 10 minutes
    "quick": {"steps": 3, "batch": 4, "gen_notes": 8, "gen_tokens": 64, "gen_reps": 3, "checker_reps": 3},
    "full": {"steps": 6, "batch": 8, "gen_notes": 16, "gen_tokens": 96, "gen_reps": 3, "checker_reps": 5},
}
BATCH = 8  # training batch (pairs for DPO); set from the mode in main() and passed to workers
GEN_BATCH = 8  # evaluation decoding batch (stage.batch_size's default)
MAX_LENGTH = 1024
MODEL_CFG = {"name": "smollm2_135m", "source": "embedded", "name_or_path": "HuggingFaceTB/SmolLM2-135M-Instruct",
             "prompt_format": "chat", "trust_remote_code": False, "lora_r": 16, "lora_alpha": 32, "lora_dropout": 0.05,
             "target_modules": ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"]}


# ----------------------------------------------------------------------------- helpers
def machine_name() -> str:
    from medllm.training.levers import cpu_model

    slug = re.sub(r"[^a-z0-9]+", "-", cpu_model().lower()).strip("-")
    slug = re.sub(r"(?:^|-)(?:r|tm|processor|cpu)(?=-|$)", "", slug).strip("-")
    return f"{slug}-{os.cpu_count()}c"


def peak_rss_mb() -> float:
    import resource

    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def model_flops_per_token(config, seq_len: float, label_fraction: float) -> float:
    """Useful training FLOPs per token (see the module docstring)."""
    head = config.vocab_size * config.hidden_size
    body = n_matmul_params(config) - head
    attn = 12 * config.num_hidden_layers * config.hidden_size * seq_len / 2
    return 4 * body + 4 * head * label_fraction + attn


def n_matmul_params(config) -> int:
    h, i, L, v = config.hidden_size, config.intermediate_size, config.num_hidden_layers, config.vocab_size
    kv = config.num_key_value_heads * (h // config.num_attention_heads)
    per_layer = h * h * 2 + h * kv * 2 + 3 * h * i  # q, o; k, v; gate, up, down
    return L * per_layer + v * h  # + the LM head (tied to the embedding)


def sft_rows(n: int | None) -> list[dict]:
    """The training split (both sides draw their batches from all of it, seeded)."""
    from medllm.data import contract as D

    return D.read_sft(ROOT / "phase1_data" / "sft" / "train.csv")[:n]


def dpo_rows(n: int, seed: int = 42) -> list[dict]:
    """The pairs medllm's DPO stage trains on for max_steps = n / BATCH (its seeded sample)."""
    from medllm.data import contract as D
    from medllm.stages.dpo import rows_for_steps

    rows = D.read_dpo(ROOT / "phase1_data" / "dpo" / "train.jsonl")
    return rows_for_steps(rows, {"max_steps": n // BATCH, "batch_size": BATCH, "grad_accum": 1}, seed)


def run_worker(name: str, args: list[str], out: Path, timeout: int = 1800) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", name, "--worker-out", str(out),
           "--batch", str(BATCH), *args]
    t = time.time()
    r = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=timeout)
    if r.returncode != 0:
        sys.exit(f"bench: worker {name} failed (exit {r.returncode}):\n{r.stderr[-3000:]}")
    res = json.loads(out.read_text())
    res["process_wall_s"] = round(time.time() - t, 1)
    return res


def run_medllm(overrides: list[str], run_dir: Path) -> dict:
    t = time.time()
    r = subprocess.run([sys.executable, str(ROOT / "train.py"), *overrides, f"hydra.run.dir={run_dir}"], cwd=ROOT,
                       capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"bench: train.py {' '.join(overrides)} failed:\n{r.stderr[-3000:]}")
    metrics = json.loads((run_dir / "metrics.json").read_text())
    metrics["process_wall_s"] = round(time.time() - t, 1)
    return metrics


# ----------------------------------------------------------------------------- workers (own process)
def _load_base(dtype=None):
    import torch
    from transformers import AutoModelForCausalLM

    from medllm.training.models import ensure_embedded

    return AutoModelForCausalLM.from_pretrained(str(ensure_embedded(None)), dtype=dtype or torch.float32)


def _tokenizer():
    from medllm.training.models import load_tokenizer

    return load_tokenizer(MODEL_CFG, None)


def worker_trl_sft(steps: int) -> dict:
    from trl import SFTConfig, SFTTrainer

    from medllm.training.models import lora_config
    from medllm.training.levers import step_timer
    from medllm.stages.sft import build_dataset

    tok = _tokenizer()
    ds, _ = build_dataset(tok, sft_rows(None), MAX_LENGTH, MODEL_CFG)
    timer = step_timer()
    with tempfile.TemporaryDirectory() as tmp:
        args = SFTConfig(output_dir=tmp, use_cpu=True, per_device_train_batch_size=BATCH, max_steps=steps,
                         report_to=[], save_strategy="no", include_num_input_tokens_seen="non_padding",
                         disable_tqdm=True)
        trainer = SFTTrainer(model=_load_base(), args=args, train_dataset=ds, processing_class=tok,
                             peft_config=lora_config(MODEL_CFG), callbacks=[timer])
        trainer.train()
    return {**timer.summary(), "bf16": args.bf16, "gradient_checkpointing": args.gradient_checkpointing,
            "peak_rss_mb": peak_rss_mb()}


def worker_trl_dpo(steps: int, adapter: str) -> dict:
    from peft import PeftModel
    from trl import DPOConfig, DPOTrainer

    from medllm.training.levers import step_timer
    from medllm.stages.dpo import encode_pairs

    from datasets import Dataset

    tok = _tokenizer()
    # TRL tokenizes text pairs itself: give it the very prompt and completion texts medllm tokenizes
    pairs, _ = encode_pairs(tok, dpo_rows(steps * BATCH), MAX_LENGTH, MODEL_CFG)
    ds = Dataset.from_list([{"prompt": tok.decode(p), "chosen": tok.decode(c), "rejected": tok.decode(r)}
                            for p, c, r in zip(pairs["prompt_ids"], pairs["chosen_ids"], pairs["rejected_ids"])])
    model = PeftModel.from_pretrained(_load_base(), adapter, is_trainable=True)
    timer = step_timer()
    with tempfile.TemporaryDirectory() as tmp:
        args = DPOConfig(output_dir=tmp, use_cpu=True, per_device_train_batch_size=BATCH, max_steps=steps,
                         report_to=[], save_strategy="no", include_num_input_tokens_seen="non_padding",
                         disable_tqdm=True)
        trainer = DPOTrainer(model=model, args=args, train_dataset=ds, processing_class=tok, callbacks=[timer])
        trainer.train()
    return {**timer.summary(), "bf16": args.bf16, "gradient_checkpointing": args.gradient_checkpointing,
            "precompute_ref_log_probs": args.precompute_ref_log_probs, "peak_rss_mb": peak_rss_mb()}


def copy_bandwidth_gbs(mib: int = 256, reps: int = 5) -> float:
    """Bytes read + written per second by a large tensor copy (the machine's memory ceiling)."""
    import torch

    src = torch.ones(mib * 2**20 // 4, dtype=torch.float32)
    dst = torch.empty_like(src)
    dst.copy_(src)
    t = time.perf_counter()
    for _ in range(reps):
        dst.copy_(src)
    return round(2 * src.nbytes * reps / (time.perf_counter() - t) / 1e9, 2)


def worker_gen(notes: int, tokens: int, reps: int) -> dict:
    import torch

    from medllm.data import contract as D
    from medllm.evaluation.generation import generate_summaries

    from medllm.cli.infer import load_hardware
    from medllm.training.hardware import resolve_precision
    from medllm.training.models import frozen_base_dtype

    torch.manual_seed(0)
    tok = _tokenizer()
    hw = load_hardware("cpu")
    dtype = frozen_base_dtype(hw, resolve_precision(hw), training=False)  # what eval and summarize load
    model = _load_base(dtype)
    model.eval()
    rows = D.read_sft(ROOT / "phase1_data" / "sft" / "test.csv")[:notes]
    texts = [r["clinical_note"] for r in rows]
    # the memory-bandwidth ceiling: every forward (prefill or decode step) reads all weights once
    weight_bytes = sum(p.numel() * p.element_size() for p in model.parameters())
    calls = [0]
    # the ceiling is per decode step: bytes of weights read per step x steps per second, so
    # the forwards that take one new token per row are timed apart from the prefills
    decode = {"steps": 0, "s": 0.0}
    forward = model.forward

    def counting_forward(*args, **kwargs):
        calls[0] += 1
        ids = kwargs.get("input_ids", args[0] if args else None)
        if ids is None or ids.shape[-1] != 1:
            return forward(*args, **kwargs)
        t = time.perf_counter()
        out = forward(*args, **kwargs)
        decode["s"] += time.perf_counter() - t
        decode["steps"] += 1
        return out

    model.forward = counting_forward
    copy_gbs = copy_bandwidth_gbs()
    out = {"weight_bytes": weight_bytes, "copy_gb_per_s": copy_gbs, "dtype": str(dtype).replace("torch.", "")}
    runs = [(GEN_BATCH, f"batch{GEN_BATCH}"), (1, "batch1")]
    if dtype != torch.float32:  # the lever's share: the same batched decoding with fp32 weights
        runs.append((GEN_BATCH, f"batch{GEN_BATCH}_fp32"))
    for batch, key in runs:
        if key.endswith("_fp32"):
            model.float()
            weight_bytes = sum(p.numel() * p.element_size() for p in model.parameters())
        times, new_tokens, step_rates = [], 0, []
        for _ in range(reps):
            calls[0] = 0
            decode.update(steps=0, s=0.0)
            t = time.perf_counter()
            summaries = generate_summaries(model, tok, texts, MODEL_CFG, max_new_tokens=tokens, batch_size=batch,
                                           progress=False)
            times.append(time.perf_counter() - t)
            new_tokens = sum(len(tok(s, add_special_tokens=False)["input_ids"]) for s in summaries)
            step_rates.append(decode["steps"] / decode["s"] if decode["s"] else 0.0)
        med = statistics.median(times)
        read_gbs = weight_bytes * calls[0] / med / 1e9
        steps_per_s = statistics.median(step_rates)
        step_gbs = weight_bytes * steps_per_s / 1e9
        out[key] = {"wall_s_median": round(med, 2), "wall_s": [round(x, 2) for x in times],
                                "notes_per_s": round(notes / med, 3), "new_tokens": new_tokens,
                                "new_tokens_per_s": round(new_tokens / med, 1), "forwards": calls[0],
                                "weights_read_gb_per_s": round(read_gbs, 2),
                                "share_of_copy_bandwidth": round(read_gbs / copy_gbs, 3),
                                "decode_steps_per_s": round(steps_per_s, 2),
                                "decode_step_weights_read_gb_per_s": round(step_gbs, 2),
                                "decode_step_share_of_copy_bandwidth": round(step_gbs / copy_gbs, 3)}
    model.forward = forward
    out["speedup"] = round(out[f"batch{GEN_BATCH}"]["notes_per_s"] / out["batch1"]["notes_per_s"], 2)
    out["peak_rss_mb"] = peak_rss_mb()
    return out


def worker_checker(reps: int) -> dict:
    from medllm.data import contract as D
    from medllm.grounding.checker import is_hallucinated

    rows = D.read_dpo(ROOT / "phase1_data" / "dpo" / "test.jsonl")
    cases = [(r["prompt"], s) for r in rows for s in (r["chosen"], r["rejected"])]
    is_hallucinated(*cases[0])  # loads the drug lexicon
    times = []
    for _ in range(reps):
        t = time.perf_counter()
        for note, summary in cases:
            is_hallucinated(note, summary)
        times.append(time.perf_counter() - t)
    med = statistics.median(times)
    out = {"summaries": len(cases), "wall_s_median": round(med, 3), "summaries_per_s": round(len(cases) / med, 1)}
    # eval's per-summary scores (verdict, coverage, degenerate, copy, truncation) and the
    # one-fact negatives of stage=prepare: speeds once checked by timed tests, measured here
    import json
    import random

    from medllm.clinical import negatives as N
    from medllm.grounding.scores import score_summary

    refs = [(r["prompt"], r["chosen"]) for r in rows[:40]]
    score_summary(*refs[0], refs[0][1])
    t = time.perf_counter()
    for i, (note, ref) in enumerate(refs):
        score_summary(note, ref, refs[(i + 1) % len(refs)][1] + " Extra", finished=False)
    out["score_summary_ms_per_row"] = round(1000 * (time.perf_counter() - t) / len(refs), 2)
    starter = [json.loads(line) for line in (ROOT / "phase1_data" / "raw" / "starter_notes.jsonl").read_text().splitlines() if line.strip()]
    t = time.perf_counter()
    for r in starter:
        N.make_negatives(r["clinical_note"], r["summary"], random.Random(r["source_id"]))
    out["negatives_ms_per_note"] = round(1000 * (time.perf_counter() - t) / len(starter), 1)
    return out


def worker_roofline() -> dict:
    import torch

    from medllm.training.levers import matmul_gflops

    torch.manual_seed(0)
    out = {"threads": torch.get_num_threads()}
    for name, dtype in (("fp32", torch.float32), ("bf16", torch.bfloat16)):
        shapes = {"2048^3": (2048, 2048, 2048), "mlp 4096x576x1536": (4096, 576, 1536)}
        rates = {k: round(matmul_gflops(dtype, *v, reps=5), 1) for k, v in shapes.items()}
        out[name] = {"gflops": max(rates.values()), "by_shape": rates}
    return out


# ----------------------------------------------------------------------------- driver
def bench_sft(mode: dict, tmp: Path, cache: Path) -> dict:
    steps = mode["steps"]
    plain = run_worker("trl_sft", ["--steps", str(steps)], tmp / "trl_sft.json")
    ours = run_medllm(_common(steps, cache) + ["stage=sft", "stage.sample_max_new_tokens=0"], tmp / "sft")
    return {"plain_trl": plain, "medllm": _medllm_row(ours), "adapter": str(tmp / "sft" / "adapter")}


ABLATIONS = {  # what each lever is worth: medllm's SFT with that one lever undone
    "bf16 autocast instead of the measured choice": ["hardware.precision=bf16"],
    "fp32 base weights under bf16 autocast (re-cast every step)": ["hardware.bf16_weights=false"],
    "peft's fp32 cast of each LoRA input (bf16 -> fp32 -> bf16)": ["hardware.lora_keep_input_dtype=false"],
    "activation checkpointing on": ["hardware.gradient_checkpointing=true"],
    "torch's LoRA dropout": ["hardware.fast_lora_dropout=false"],
    "one LoRA dropout mask per adapter (not per input tensor)": ["hardware.shared_lora_dropout=false"],
    "peft's LoRA forward (no fused addmm, no grouped A GEMM)": ["hardware.fused_lora=false"],
    "LM head on every position": ["hardware.compact_lm_head=false"],
    "random batches (no length grouping)": ["hardware.group_by_length=false"],
}


def bench_ablations(mode: dict, tmp: Path, cache: Path) -> dict:
    out = {}
    for i, (name, overrides) in enumerate(ABLATIONS.items()):
        m = run_medllm(_common(mode["steps"], cache) + ["stage=sft", "stage.sample_max_new_tokens=0", *overrides],
                       tmp / f"ablate{i}")
        out[name] = {"overrides": overrides, **_medllm_row(m)}
    return out


def bench_dpo(mode: dict, tmp: Path, cache: Path, adapter: str) -> dict:
    steps = mode["steps"]
    plain = run_worker("trl_dpo", ["--steps", str(steps), "--adapter", adapter], tmp / "trl_dpo.json")
    ours = run_medllm(_common(steps, cache) + ["stage=dpo", f"stage.sft_adapter={adapter}"], tmp / "dpo")
    row = _medllm_row(ours)
    ref_s = float((ours.get("ref_precompute_s") or {}).get("train", 0.0))
    # spread the one-off reference pass over the steps it serves: the median step's tokens over
    # its time plus one step's share of the reference pass
    times, tokens = row["step_times_s"], row["step_tokens"]
    med = sorted(range(len(times)), key=lambda i: times[i])[len(times) // 2] if len(times) < 4 else \
        1 + sorted(range(len(times) - 1), key=lambda i: times[i + 1])[(len(times) - 1) // 2]
    row["ref_precompute_s"] = ref_s
    row["step_tokens_per_second_effective"] = round(tokens[med] / (times[med] + ref_s / max(1, ours["global_step"])), 1)
    return {"plain_trl": plain, "medllm": row}


def _common(steps: int, cache: Path) -> list[str]:
    return ["logger=none", "hardware=cpu", f"stage.max_steps={steps}", f"stage.batch_size={BATCH}", "stage.grad_accum=1",
            # 8 validation pairs: the DPO stage scores them before and after training (not timed here)
            "stage.eval_strategy=no", "stage.max_eval_samples=8", f"stage.max_length={MAX_LENGTH}", "stage.save_steps=100000",
            f"paths.cache_dir={cache}"]


def _medllm_row(m: dict) -> dict:
    keys = ("step_time_s_median", "step_tokens_per_second_median", "step_times_s", "step_tokens", "precision",
            "peak_rss_mb", "process_wall_s", "train_runtime_s", "global_step")
    return {k: m.get(k) for k in keys}


def summarize(results: dict) -> dict:
    """Ratios, FLOP shares and targets from the raw measurements."""
    from transformers import AutoConfig

    from medllm.training.models import ensure_embedded

    config = AutoConfig.from_pretrained(str(ensure_embedded(None)))
    roof = results.get("roofline", {})
    best = max([roof[k]["gflops"] for k in ("fp32", "bf16") if k in roof] or [0.0])
    summary = {"flops_per_token_note": "4*N_body + 4*N_head*labelled_fraction + 12*layers*hidden*T/2, N_body + N_head = %d"
               % n_matmul_params(config)}
    for stage in ("sft", "dpo"):
        if stage not in results:
            continue
        r = results[stage]
        seq, frac = _mean_seq_len(stage)
        fpt = model_flops_per_token(config, seq, frac)
        plain = r["plain_trl"]["step_tokens_per_second_median"]
        ours = r["medllm"].get("step_tokens_per_second_effective", r["medllm"]["step_tokens_per_second_median"])
        s = {
            "plain_trl_tokens_per_s": plain, "medllm_tokens_per_s": ours, "speedup": round(ours / plain, 2),
            "flops_per_token": round(fpt), "token_weighted_seq_len": round(seq, 1), "labelled_fraction": round(frac, 3),
            "plain_trl_gflops": round(plain * fpt / 1e9, 1), "medllm_gflops": round(ours * fpt / 1e9, 1),
            "plain_trl_peak_rss_mb": r["plain_trl"]["peak_rss_mb"], "medllm_peak_rss_mb": r["medllm"]["peak_rss_mb"],
        }
        for who in ("plain_trl", "medllm"):
            for dt in ("fp32", "bf16"):
                if dt in roof:
                    s[f"{who}_share_of_{dt}_roofline"] = round(s[f"{who}_gflops"] / roof[dt]["gflops"], 3)
            if best:
                s[f"{who}_share_of_roofline"] = round(s[f"{who}_gflops"] / best, 3)
        summary[stage] = s
    if "sft" in summary and "dpo" in summary:
        summary["dpo_over_sft_peak_memory"] = round(summary["dpo"]["medllm_peak_rss_mb"] / summary["sft"]["medllm_peak_rss_mb"], 2)
    targets = {}  # issue 16's targets (the first pass asked for 2x)
    if "sft" in summary:
        targets["sft_3x_plain_trl"] = summary["sft"]["speedup"] >= 3.0
        targets["sft_35pct_of_best_roofline"] = summary["sft"].get("medllm_share_of_roofline", 0) >= 0.35
        targets["sft_peak_memory_le_plain_trl"] = summary["sft"]["medllm_peak_rss_mb"] <= summary["sft"]["plain_trl_peak_rss_mb"]
    if "dpo" in summary:
        targets["dpo_3x_plain_trl"] = summary["dpo"]["speedup"] >= 3.0
    if "dpo_over_sft_peak_memory" in summary:
        targets["dpo_peak_memory_le_1.25x_sft"] = summary["dpo_over_sft_peak_memory"] <= 1.25
    if "gen" in results:
        targets["batched_generation_3x"] = results["gen"]["speedup"] >= 3.0
        b = results["gen"].get(f"batch{GEN_BATCH}", {})
        if "decode_step_share_of_copy_bandwidth" in b:  # the measure: per decode step
            targets["batched_decoding_30pct_of_bandwidth"] = b["decode_step_share_of_copy_bandwidth"] >= 0.30
        elif "share_of_copy_bandwidth" in b:
            targets["batched_decoding_30pct_of_bandwidth"] = b["share_of_copy_bandwidth"] >= 0.30
    summary["targets_met"] = targets
    return summary


_SEQ_CACHE: dict = {}


def _mean_seq_len(stage: str) -> tuple[float, float]:
    """(token-weighted sequence length sum(T^2)/sum(T), labelled share of tokens) of what the
    benchmark trains on."""
    if stage in _SEQ_CACHE:
        return _SEQ_CACHE[stage]
    from medllm.stages.dpo import encode_pairs
    from medllm.stages.sft import build_dataset

    tok = _tokenizer()
    if stage == "sft":
        ds, _ = build_dataset(tok, sft_rows(None), MAX_LENGTH, MODEL_CFG)
        lens = [len(x) for x in ds["input_ids"]]
        labelled = sum(sum(m) for m in ds["completion_mask"])
    else:
        ds, _ = encode_pairs(tok, dpo_rows(_SEQ_CACHE["_pairs"]), MAX_LENGTH, MODEL_CFG)
        lens = [len(p) + len(c) for p, c in zip(ds["prompt_ids"], ds["chosen_ids"])]
        lens += [len(p) + len(r) for p, r in zip(ds["prompt_ids"], ds["rejected_ids"])]
        labelled = sum(len(c) + len(r) for c, r in zip(ds["chosen_ids"], ds["rejected_ids"]))
    _SEQ_CACHE[stage] = (sum(t * t for t in lens) / sum(lens), labelled / sum(lens))
    return _SEQ_CACHE[stage]


def table(results: dict, summary: dict) -> str:
    roof = results.get("roofline", {})
    lines = [f"Machine: `{results['machine']}` ({results['cpu']}), torch {results['torch']}, TRL {results['trl']}, "
             f"{results['mode']} mode (training batch {results['settings']['batch']}, {results['settings']['steps']} steps), "
             f"{results['date']}, {results['wall_s']:.0f} s in all.", ""]
    if roof:
        lines += [f"Matmul roofline: fp32 {roof['fp32']['gflops']} GFLOP/s, bf16 {roof['bf16']['gflops']} GFLOP/s "
                  f"({roof['threads']} threads).", ""]
    lines += ["| Work | plain TRL | medllm | medllm / TRL |", "|---|---:|---:|---:|"]
    for stage, label in (("sft", "SFT"), ("dpo", "DPO")):
        if stage not in summary:
            continue
        s = summary[stage]
        lines.append(f"| {label} tokens/s (median step) | {s['plain_trl_tokens_per_s']} | {s['medllm_tokens_per_s']} | "
                     f"**{s['speedup']}x** |")
        lines.append(f"| {label} GFLOP/s (share of best roofline) | {s['plain_trl_gflops']} "
                     f"({s.get('plain_trl_share_of_roofline', 0):.0%}) | {s['medllm_gflops']} "
                     f"({s.get('medllm_share_of_roofline', 0):.0%}) | |")
        lines.append(f"| {label} peak RSS MiB | {s['plain_trl_peak_rss_mb']:.0f} | {s['medllm_peak_rss_mb']:.0f} | "
                     f"{s['medllm_peak_rss_mb'] / s['plain_trl_peak_rss_mb']:.2f} |")
    for name, row in results.get("ablations", {}).items():
        if "sft" in summary:
            rate = row["step_tokens_per_second_median"]
            lines.append(f"| SFT tokens/s, medllm with {name} | | {rate} | {rate / summary['sft']['plain_trl_tokens_per_s']:.2f}x |")
    if "gen" in results:
        g = results["gen"]
        lines.append(f"| Eval decoding notes/s: one at a time (left) vs batch {GEN_BATCH} (right) | "
                     f"{g['batch1']['notes_per_s']} | {g[f'batch{GEN_BATCH}']['notes_per_s']} | **{g['speedup']}x** |")
        if "copy_gb_per_s" in g:
            b = g[f"batch{GEN_BATCH}"]
            lines.append(f"| Decoding: weights read GB/s (share of the {g['copy_gb_per_s']} GB/s copy bandwidth), "
                         f"one at a time vs batch {GEN_BATCH} | {g['batch1']['weights_read_gb_per_s']} "
                         f"({g['batch1']['share_of_copy_bandwidth']:.0%}) | {b['weights_read_gb_per_s']} "
                         f"({b['share_of_copy_bandwidth']:.0%}) | |")
            if "decode_step_weights_read_gb_per_s" in b:
                lines.append(f"| Decode steps alone (prefill excluded): steps/s and weights read GB/s (share of copy "
                             f"bandwidth), one at a time vs batch {GEN_BATCH} | {g['batch1']['decode_steps_per_s']}/s, "
                             f"{g['batch1']['decode_step_weights_read_gb_per_s']} "
                             f"({g['batch1']['decode_step_share_of_copy_bandwidth']:.0%}) | {b['decode_steps_per_s']}/s, "
                             f"{b['decode_step_weights_read_gb_per_s']} ({b['decode_step_share_of_copy_bandwidth']:.0%}) | |")
        f32 = g.get(f"batch{GEN_BATCH}_fp32")
        if f32:
            lines.append(f"| Eval decoding notes/s at batch {GEN_BATCH}: fp32 weights (left) vs {g['dtype']} weights, "
                         f"the default here (right) | {f32['notes_per_s']} | {g[f'batch{GEN_BATCH}']['notes_per_s']} | "
                         f"{g[f'batch{GEN_BATCH}']['notes_per_s'] / f32['notes_per_s']:.2f}x |")
    if "checker" in results:
        c = results["checker"]
        lines.append(f"| Grounding checker summaries/s | | {c['summaries_per_s']} | |")
    if "dpo_over_sft_peak_memory" in summary:
        lines += ["", f"medllm's DPO peak RSS / its SFT peak RSS: {summary['dpo_over_sft_peak_memory']}"]
    lines += ["", "Targets: " + ", ".join(f"{k} {'met' if v else 'MISSED'}" for k, v in summary["targets_met"].items())]
    return "\n".join(lines)


def write_readme(text: str) -> None:
    readme = ROOT / "bench" / "README.md"
    start, end = "<!-- throughput:start -->", "<!-- throughput:end -->"
    body = readme.read_text() if readme.exists() else f"# Benchmarks\n\n{start}\n{end}\n"
    if start not in body:
        body += f"\n{start}\n{end}\n"
    head, rest = body.split(start, 1)
    tail = rest.split(end, 1)[1]
    readme.write_text(f"{head}{start}\n{text}\n{end}{tail}")


def main() -> None:
    from medllm.offline import stay_offline

    stay_offline()  # plain TRL trainers run here too: no Hub telemetry
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="fewer steps, notes and tokens (< 10 min on 2 cores)")
    ap.add_argument("--only", default="roofline,sft,dpo,gen,checker", help="comma-separated parts to run")
    ap.add_argument("--out", default=None, help="result JSON (default bench/results/<machine>.json)")
    ap.add_argument("--ablate", action="store_true", help="also run medllm's SFT with each speed lever off in turn")
    ap.add_argument("--no-readme", action="store_true", help="do not rewrite the table in bench/README.md")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    ap.add_argument("--worker-out", help=argparse.SUPPRESS)
    ap.add_argument("--steps", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--adapter", help=argparse.SUPPRESS)
    ap.add_argument("--notes", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--tokens", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--reps", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--batch", type=int, help=argparse.SUPPRESS)
    a = ap.parse_args()
    global BATCH

    if a.worker:
        BATCH = a.batch or BATCH
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        fn = {"trl_sft": lambda: worker_trl_sft(a.steps), "trl_dpo": lambda: worker_trl_dpo(a.steps, a.adapter),
              "gen": lambda: worker_gen(a.notes, a.tokens, a.reps), "checker": lambda: worker_checker(a.reps),
              "roofline": worker_roofline}[a.worker]
        Path(a.worker_out).write_text(json.dumps(fn(), indent=1))
        return

    parts = [p.strip() for p in a.only.split(",") if p.strip()]
    unknown = set(parts) - {"roofline", "sft", "dpo", "gen", "checker"}
    if unknown:
        sys.exit(f"bench: --only {','.join(sorted(unknown))}: unknown part; choose from roofline,sft,dpo,gen,checker")
    mode_name = "quick" if a.quick else "full"
    mode = MODES[mode_name]
    BATCH = mode["batch"]
    import torch
    import trl

    from medllm.training.models import ensure_embedded

    t0 = time.time()
    tmp = Path(tempfile.mkdtemp(prefix="medllm-throughput-"))
    cache = tmp / "cache"  # a cold reference log-prob cache that still shares the converted model
    cache.mkdir()
    embedded = ensure_embedded(None)
    (cache / embedded.name).symlink_to(embedded)
    from medllm.training.levers import cpu_model

    results: dict = {"machine": machine_name(), "cpu": cpu_model(), "mode": mode_name,
                     "torch": torch.__version__, "trl": trl.__version__, "date": time.strftime("%Y-%m-%d %H:%M"),
                     "settings": {**mode, "max_length": MAX_LENGTH, "lora": MODEL_CFG}}

    out = Path(a.out) if a.out else ROOT / "bench" / "results" / f"{results['machine']}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_suffix(".partial.json")

    def step(name, fn):
        t = time.time()
        print(f"[{time.time() - t0:6.0f}s] {name} ...", flush=True)
        results[name] = fn()
        print(f"[{time.time() - t0:6.0f}s] {name} done in {time.time() - t:.0f}s", flush=True)
        partial.write_text(json.dumps(results, indent=1) + "\n")  # what is measured so far survives a failure

    if "roofline" in parts:
        step("roofline", lambda: run_worker("roofline", [], tmp / "roofline.json"))
    adapter = None
    if "sft" in parts or "dpo" in parts:
        step("sft", lambda: bench_sft(mode, tmp, cache))
        adapter = results["sft"].pop("adapter")
        if "sft" not in parts:
            results.pop("sft")
    if a.ablate:
        step("ablations", lambda: bench_ablations(mode, tmp, cache))
    if "dpo" in parts:
        step("dpo", lambda: bench_dpo(mode, tmp, cache, adapter))
    if "gen" in parts:
        step("gen", lambda: run_worker("gen", ["--notes", str(mode["gen_notes"]), "--tokens", str(mode["gen_tokens"]),
                                               "--reps", str(mode["gen_reps"])], tmp / "gen.json"))
    if "checker" in parts:
        step("checker", lambda: run_worker("checker", ["--reps", str(mode["checker_reps"])], tmp / "checker.json"))
    results["wall_s"] = round(time.time() - t0, 1)
    _SEQ_CACHE["_pairs"] = mode["steps"] * BATCH
    results["summary"] = summarize(results)
    out.write_text(json.dumps(results, indent=1) + "\n")
    partial.unlink(missing_ok=True)
    text = table(results, results["summary"])
    print("\n" + text + f"\n\nresults: {out}")
    if not a.no_readme:
        write_readme(text)
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
