#!/usr/bin/env python
"""On-policy sampling throughput: K samples per note from plain generate vs medllm's sampler.

    python bench/sampling.py --quick     # 8 validation notes, 64 new tokens (a few minutes on 2 cores)
    python bench/sampling.py             # full: 16 notes, 192 new tokens (stage=onpolicy's default)

What `stage=onpolicy` does per batch of notes, measured three ways on the same notes, settings
and seeds:
  plain    `model.generate(num_return_sequences=K)`: every prompt copied K times before the
           prefill (medllm.evaluation.sampling.generate_batch with share_prefill=False runs exactly that)
  shared   generate_batch(share_prefill=True, sampler="generate"): each note's prefill runs once
           and its key/value cache is repeated K times, then transformers' generate() samples
  fast     generate_batch(share_prefill=True, sampler="fast"), stage.sampler's default: the shared
           prefill, and medllm.evaluation.sampling.fast_sample's decoding loop, which draws the same top-p
           distribution without sorting the 49k-token vocabulary at every step

Settings: the embedded SmolLM2-135M-Instruct loaded by medllm (model=smollm2_135m, hardware=cpu,
stage=onpolicy composed as train.py would), the first faithful notes of
phase1_data/sft/validation.csv, batches from medllm.evaluation.sampling.note_batches (length-sorted),
K = 4 samples, temperature 0.8, top_p 0.95, seed per batch as the stage seeds it
(seed * 100003 + batch index). Rows (full mode): fp32 weights with 4 and 8 notes per batch, and the model
cast to bf16 (`model.to(torch.bfloat16)`) with 4 notes per batch. medllm itself decodes in fp32
on a CPU (medllm.evaluation.generation.autocast_ctx), whatever hardware.precision resolves to; the bf16 row
shows what bf16 weights would do here. Quick mode runs the stage's default alone (fp32, 8 notes per
batch).

Each row runs in its own process. All paths run there, batch by batch, the order reversed
every other batch (plain, shared, fast; then fast, shared, plain), so that load from other jobs
on the machine falls on all alike; each path first runs one warm-up batch (the first batch: its full prefill
and 8 decoding steps, not timed). Peak memory per path: getrusage's ru_maxrss over that path's
timed batches, the peak reset before each batch (/proc/self/clear_refs), model weights included.
CPU share = the process's CPU time / wall time / threads over a path's batches: 1.0 when it had
its cores to itself; lower means other jobs took them (timings from such a run are noisy).
samples/s = notes x K / summed batch time; new tokens/s counts each sample's tokens up to its
end-of-turn (padding after it is not counted). "Identical" is the share of samples whose text
is the same as plain's (same seed, same batch): plain and shared draw the same random stream,
so their texts agree; fast draws the same distribution from another stream, so its texts differ.

Writes bench/results/sampling-<machine>.json (full mode: sampling-<machine>-full.json) and
prints a markdown table. `uptime` before and after and the 1-minute load average before each
batch are recorded.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

MODES = {
    # rows: (weights dtype, notes per batch), each measured for every path; quick runs the stage's default
    "quick": {"notes": 8, "max_new_tokens": 64, "rows": [("fp32", 8)]},
    "full": {"notes": 16, "max_new_tokens": 192, "rows": [("fp32", 4), ("fp32", 8), ("bf16", 4)]},
}
K, TEMPERATURE, TOP_P = 4, 0.8, 0.95
PATHS = {"plain": dict(share_prefill=False, sampler="generate"),  # path name -> generate_batch's arguments
         "shared": dict(share_prefill=True, sampler="generate"),
         "fast": dict(share_prefill=True, sampler="fast")}
WARMUP_TOKENS = 8  # the warm-up batch runs the real prefill and this many decoding steps
OVERRIDES = ["model=smollm2_135m", "hardware=cpu", "stage=onpolicy", "logger=none"]


def machine_name() -> str:
    from throughput import machine_name as name  # the same slug as bench/throughput.py

    return name()


def peak_rss_mb() -> float:
    import resource

    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def uptime() -> str:
    try:
        return subprocess.run(["uptime"], capture_output=True, text=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "load average: " + ", ".join(f"{x:.2f}" for x in os.getloadavg())


def composed_cfg() -> dict:
    from hydra import compose, initialize_config_dir

    from medllm.config import validate

    with initialize_config_dir(config_dir=str(ROOT / "conf"), version_base="1.3"):
        return validate(compose(config_name="config", overrides=OVERRIDES))


# ----------------------------------------------------------------------------- worker (own process)
def reset_peak_rss() -> bool:
    """Reset this process's peak RSS (Linux: /proc/self/clear_refs 5), so that getrusage's ru_maxrss
    afterwards is the peak since now; False where the kernel does not allow it."""
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
        return True
    except OSError:
        return False


def worker(dtype: str, batch_size: int, n_notes: int, max_new_tokens: int) -> dict:
    """Both paths on one row's batches, alternating batch by batch (ABBA order), so that load from
    other jobs falls on both alike."""
    import torch
    import transformers

    from medllm.data import contract as D
    from medllm.training.hardware import resolve_precision
    from medllm.training.models import load_base_model, load_tokenizer
    from medllm.training.levers import bf16_pays_on_cpu
    from medllm.evaluation.sampling import generate_batch, note_batches

    transformers.logging.set_verbosity_error()
    cfg = composed_cfg()
    m, hw, st, paths = cfg["model"], cfg["hardware"], cfg["stage"], cfg.get("paths")
    seed = cfg["seed"] if st.get("seed") is None else st["seed"]
    precision = resolve_precision(hw)  # what the stage would pass; on a CPU decoding runs fp32 regardless
    _, probe_fp32, probe_bf16 = bf16_pays_on_cpu()
    tok = load_tokenizer(m, paths)
    model = load_base_model(m, hw, precision, paths)
    model.eval()
    if dtype == "bf16":
        model.to(torch.bfloat16)
    notes = D.read_sft(D.sft_file(cfg["data"], "validation"))[:n_notes]
    batches = note_batches(tok, [n["clinical_note"] for n in notes], m, st["max_prompt_tokens"], batch_size)
    kw = dict(num_samples=K, do_sample=True, temperature=TEMPERATURE, top_p=TOP_P, max_new_tokens=max_new_tokens,
              decoding=cfg.get("decoding"), precision=precision)
    load_rss = peak_rss_mb()

    out = {name: {"warmup_s": 0.0, "batch_s": [], "batch_cpu_s": [], "loadavg": [], "new_tokens": 0,
                  "finished_samples": 0, "peak_rss_mb": 0.0, "texts": {}} for name in PATHS}
    for name, share in PATHS.items():  # warm-up: the first batch at its real prefill shapes, a few new tokens
        torch.manual_seed(12345)
        t = time.perf_counter()
        generate_batch(model, tok, batches[0][2], **share,
                       **{**kw, "max_new_tokens": min(WARMUP_TOKENS, max_new_tokens)})
        out[name]["warmup_s"] = round(time.perf_counter() - t, 2)
    rss_reset = True
    for k, (b, idx, prompts) in enumerate(batches):
        for name in (PATHS if k % 2 == 0 else reversed(PATHS)):
            r = out[name]
            rss_reset = reset_peak_rss() and rss_reset
            r["loadavg"].append(round(os.getloadavg()[0], 2))
            torch.manual_seed(seed * 100_003 + b)  # as stage=onpolicy seeds each batch
            t, c = time.perf_counter(), time.process_time()
            gens = generate_batch(model, tok, prompts, **PATHS[name], **kw)
            r["batch_s"].append(round(time.perf_counter() - t, 2))
            r["batch_cpu_s"].append(round(time.process_time() - c, 2))
            r["peak_rss_mb"] = max(r["peak_rss_mb"], peak_rss_mb())
            for i, g in zip(idx, gens):
                r["texts"][str(notes[i]["id"])] = [x.text for x in g]
                r["new_tokens"] += sum(x.new_tokens for x in g)
                r["finished_samples"] += sum(x.finished for x in g)
    threads = torch.get_num_threads()
    samples = len(notes) * K
    for name, r in out.items():
        wall = sum(r["batch_s"])
        r.update({**PATHS[name], "wall_s": round(wall, 2), "samples": samples,
                  "samples_per_s": round(samples / wall, 3), "new_tokens_per_s": round(r["new_tokens"] / wall, 1),
                  # CPU time / wall time / threads: 1.0 when the process had its cores to itself
                  "cpu_share": round(sum(r["batch_cpu_s"]) / wall / threads, 2)})
        if not rss_reset:
            r["peak_rss_mb"] = None  # not separable: only the process's peak below
    return {"dtype": dtype, "notes_per_batch": batch_size, "notes": len(notes), "batches": len(batches),
            "prompt_tokens": [len(p) for _, _, ps in batches for p in ps], "precision_resolved": precision,
            "probe_gflops": {"fp32": probe_fp32, "bf16": probe_bf16}, "threads": threads,
            "rss_after_load_mb": load_rss, "peak_rss_mb_note": "per path: peak RSS during its timed batches "
            "(peak reset before each batch), model weights included", **out}


def run_worker(args: list[str], out: Path, timeout: int = 1800) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker-out", str(out), *args]
    t = time.time()
    r = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=timeout,
                       env={**os.environ, "TOKENIZERS_PARALLELISM": "false"})
    if r.returncode != 0:
        sys.exit(f"bench: worker {' '.join(args)} failed (exit {r.returncode}):\n{r.stderr[-3000:]}")
    res = json.loads(out.read_text())
    res["process_wall_s"] = round(time.time() - t, 1)
    return res


# ----------------------------------------------------------------------------- driver
def compare(plain: dict, shared: dict) -> dict:
    """shared's texts against plain's, and shared's speedup over plain."""
    pairs = [(a, b) for nid in plain["texts"] for a, b in zip(plain["texts"][nid], shared["texts"].get(nid, []))]
    same = sum(a == b for a, b in pairs)
    notes_same = sum(plain["texts"][nid] == shared["texts"].get(nid) for nid in plain["texts"])
    return {"samples_compared": len(pairs), "identical_samples": same,
            "identical_share": round(same / len(pairs), 3) if pairs else None,
            "notes_all_identical": notes_same, "notes": len(plain["texts"]),
            "speedup": round(shared["samples_per_s"] / plain["samples_per_s"], 2)}


def _mb(x) -> str:
    return "-" if x is None else f"{x:.0f}"


def table(results: dict) -> str:
    s = results["settings"]
    probe = results.get("probe_gflops") or {}
    lines = [f"Machine: `{results['machine']}` ({results['cpu']}), torch {results['torch']}, transformers "
             f"{results['transformers']}, {results['mode']} mode ({s['notes']} validation notes, K={s['K']}, "
             f"temperature {s['temperature']}, top_p {s['top_p']}, max_new_tokens {s['max_new_tokens']}), "
             f"{results['date']}, {results['wall_s']:.0f} s in all.", "",
             f"Load before: `{results['uptime_before']}`; after: `{results['uptime_after']}` "
             f"({os.cpu_count()} CPUs).", ""]
    if probe:
        lines += [f"medllm's matmul probe (medllm.training.levers.bf16_pays_on_cpu): fp32 {probe['fp32']} GFLOP/s, bf16 "
                  f"{probe['bf16']} GFLOP/s; hardware.precision=auto resolves to {results.get('precision_resolved')}, "
                  "decoding on a CPU runs fp32 regardless.", ""]
    lines += ["| Weights | Notes/batch | plain generate samples/s | shared prefill samples/s (speedup) | "
              "**medllm fast** samples/s (speedup) | new tokens/s (plain / shared / fast) | shared = plain texts | "
              "peak RSS MiB (plain / shared / fast) | CPU share (plain / shared / fast) |",
              "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for row in results["rows"]:
        p, q, f, c, cf = row["plain"], row["shared"], row["fast"], row["compare"], row["compare_fast"]
        lines.append(f"| {row['dtype']} | {row['notes_per_batch']} | {p['samples_per_s']} | {q['samples_per_s']} "
                     f"({c['speedup']}x) | {f['samples_per_s']} (**{cf['speedup']}x**) | {p['new_tokens_per_s']} / "
                     f"{q['new_tokens_per_s']} / {f['new_tokens_per_s']} | "
                     f"{c['identical_samples']}/{c['samples_compared']} ({c['identical_share']:.0%}) | "
                     f"{_mb(p['peak_rss_mb'])} / {_mb(q['peak_rss_mb'])} / {_mb(f['peak_rss_mb'])} | "
                     f"{p['cpu_share']:.2f} / {q['cpu_share']:.2f} / {f['cpu_share']:.2f} |")
    lines += ["", "CPU share = the process's CPU time / wall time / threads over the timed batches: 1.00 when it had "
              "its cores to itself, lower when other jobs took them. Peak RSS: during that path's timed batches "
              "(the peak is reset before each), model weights included."]
    return "\n".join(lines)


def main() -> None:
    from medllm.offline import stay_offline

    stay_offline()  # no Hub telemetry from the trainers run here
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="8 notes, 64 new tokens (full: 16 notes, 192)")
    ap.add_argument("--out", default=None, help="result JSON (default bench/results/sampling-<machine>[-full].json)")
    ap.add_argument("--worker-out", help=argparse.SUPPRESS)
    ap.add_argument("--dtype", help=argparse.SUPPRESS)
    ap.add_argument("--batch", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--notes", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--tokens", type=int, help=argparse.SUPPRESS)
    a = ap.parse_args()

    if a.worker_out:
        res = worker(a.dtype, a.batch, a.notes, a.tokens)
        Path(a.worker_out).write_text(json.dumps(res, indent=1))
        return

    mode_name = "quick" if a.quick else "full"
    mode = MODES[mode_name]
    import torch
    import transformers

    from medllm.training.levers import cpu_model

    t0 = time.time()
    tmp = Path(tempfile.mkdtemp(prefix="medllm-sampling-"))
    results: dict = {"machine": machine_name(), "cpu": cpu_model(), "mode": mode_name, "torch": torch.__version__,
                     "transformers": transformers.__version__, "date": time.strftime("%Y-%m-%d %H:%M"),
                     "settings": {**{k: v for k, v in mode.items() if k != "rows"}, "K": K, "temperature": TEMPERATURE, "top_p": TOP_P,
                                  "split": "validation (faithful rows)", "overrides": OVERRIDES,
                                  "rows": [list(r) for r in mode["rows"]]},
                     "uptime_before": uptime(), "rows": []}
    suffix = "" if a.quick else "-full"
    out = Path(a.out) if a.out else ROOT / "bench" / "results" / f"sampling-{results['machine']}{suffix}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_suffix(".partial.json")
    print(f"[{0:5.0f}s] {results['uptime_before']}", flush=True)

    for dtype, batch in mode["rows"]:
        t = time.time()
        row = run_worker(["--dtype", dtype, "--batch", str(batch), "--notes", str(mode["notes"]),
                          "--tokens", str(mode["max_new_tokens"])], tmp / f"{dtype}-{batch}.json")
        row["compare"] = compare(row["plain"], row["shared"])
        row["compare_fast"] = compare(row["plain"], row["fast"])
        for name in PATHS:
            r = row[name]
            print(f"[{time.time() - t0:5.0f}s] {dtype} batch {batch} {name}: {r['samples_per_s']} samples/s, "
                  f"{r['new_tokens_per_s']} new tokens/s, batches {r['batch_s']} s (warm-up {r['warmup_s']} s), "
                  f"CPU share {r['cpu_share']}, peak RSS {r['peak_rss_mb']} MiB", flush=True)
        print(f"[{time.time() - t0:5.0f}s] {dtype} batch {batch}: speedup shared {row['compare']['speedup']}x, fast "
              f"{row['compare_fast']['speedup']}x, identical "
              f"{row['compare']['identical_samples']}/{row['compare']['samples_compared']}, process "
              f"{time.time() - t:.0f} s", flush=True)
        results["rows"].append(row)
        partial.write_text(json.dumps(results, indent=1) + "\n")  # what is measured so far survives a failure

    first = results["rows"][0]
    results["probe_gflops"] = first["probe_gflops"]
    results["precision_resolved"] = first["precision_resolved"]
    results["uptime_after"] = uptime()
    results["wall_s"] = round(time.time() - t0, 1)
    out.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n")
    partial.unlink(missing_ok=True)
    print("\n" + table(results) + f"\n\nresults: {out}")
    for f in tmp.iterdir():
        f.unlink()
    tmp.rmdir()


if __name__ == "__main__":
    main()
