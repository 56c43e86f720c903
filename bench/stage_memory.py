#!/usr/bin/env python
"""Peak memory and step time of SFT vs DPO on the same model, batch and sequence budget.

    python bench/stage_memory.py [--steps 6] [--batch 4] [--model smollm2_135m]

Runs each stage in its own process (peak RSS is per process), DPO from the SFT adapter just
trained, first with a cold then with a warm reference cache; writes
bench/results/stage_memory-<host>.json and prints a table. Medians are not needed here: one
peak per process is the quantity of interest.
"""

from __future__ import annotations

import argparse
import json
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def run(*overrides: str) -> tuple[dict, float]:
    t = time.time()
    r = subprocess.run([sys.executable, str(ROOT / "train.py"), *overrides], cwd=ROOT, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"bench: train.py {' '.join(overrides)} failed:\n{r.stderr[-2000:]}")
    run_dir = next(o.split("=", 1)[1] for o in overrides if o.startswith("hydra.run.dir="))
    return json.loads((Path(run_dir) / "metrics.json").read_text()), time.time() - t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--steps", type=int, default=6)
    ap.add_argument("--batch", type=int, default=4)
    ap.add_argument("--model", default="smollm2_135m")
    ap.add_argument("--data", default="phase1_data")
    a = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="medllm-bench-"))
    common = [f"model={a.model}", "logger=none", f"stage.max_steps={a.steps}", f"stage.batch_size={a.batch}",
              "stage.grad_accum=1", "stage.eval_strategy=no", "stage.max_length=768", f"data.path={a.data}",
              f"stage.max_train_samples={a.steps * a.batch}", "stage.max_eval_samples=4",
              f"paths.cache_dir={tmp / 'cache'}"]
    # a fresh cache folder (cold reference cache) that still shares the converted embedded model
    from medllm.training.models import ensure_embedded

    (tmp / "cache").mkdir()
    embedded = ensure_embedded(None)
    (tmp / "cache" / embedded.name).symlink_to(embedded)
    sft, sft_wall = run(*common, "stage.sample_max_new_tokens=0", f"hydra.run.dir={tmp / 'sft'}")
    adapter = tmp / "sft" / "adapter"
    dpo_cold, cold_wall = run(*common, "stage=dpo", f"stage.sft_adapter={adapter}", f"hydra.run.dir={tmp / 'dpo_cold'}")
    dpo_warm, warm_wall = run(*common, "stage=dpo", f"stage.sft_adapter={adapter}", f"hydra.run.dir={tmp / 'dpo_warm'}")
    rows = {
        "sft": {"peak_rss_mb": sft["peak_rss_mb"], "train_runtime_s": sft["train_runtime_s"], "wall_s": round(sft_wall, 1),
                "tokens_per_s": sft["train_tokens_per_second"]},
        "dpo_cold_cache": {"peak_rss_mb": dpo_cold["peak_rss_mb"], "train_runtime_s": dpo_cold["train_runtime_s"],
                           "wall_s": round(cold_wall, 1), "tokens_per_s": dpo_cold["train_tokens_per_second"],
                           "ref_cache": dpo_cold["ref_cache"]},
        "dpo_warm_cache": {"peak_rss_mb": dpo_warm["peak_rss_mb"], "train_runtime_s": dpo_warm["train_runtime_s"],
                           "wall_s": round(warm_wall, 1), "tokens_per_s": dpo_warm["train_tokens_per_second"],
                           "ref_cache": dpo_warm["ref_cache"]},
    }
    result = {
        "machine": platform.node(), "python": platform.python_version(), "model": a.model, "steps": a.steps,
        "batch": a.batch, "stages": rows,
        "dpo_over_sft_peak_memory": round(dpo_warm["peak_rss_mb"] / sft["peak_rss_mb"], 3),
        "dpo_cold_over_sft_peak_memory": round(dpo_cold["peak_rss_mb"] / sft["peak_rss_mb"], 3),
    }
    out = ROOT / "bench" / "results" / f"stage_memory-{platform.node() or 'host'}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n")
    print(f"{'stage':<16}{'peak RSS MiB':>14}{'train s':>10}{'tok/s':>9}")
    for k, v in rows.items():
        print(f"{k:<16}{v['peak_rss_mb']:>14.0f}{v['train_runtime_s']:>10.1f}{v['tokens_per_s']:>9.1f}")
    print(f"DPO/SFT peak memory: {result['dpo_over_sft_peak_memory']} (warm cache), "
          f"{result['dpo_cold_over_sft_peak_memory']} (cold)  -> {out}")


if __name__ == "__main__":
    main()
