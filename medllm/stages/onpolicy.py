"""stage=onpolicy: K sampled summaries per note from an adapter, scored, turned into DPO pairs.

    python train.py stage=onpolicy stage.adapter=RUN/sft/adapter stage.num_samples=4
    python train.py stage=dpo stage.sft_adapter=RUN/sft/adapter stage.pairs_dir=RUN2/pairs

For each split in `stage.splits` (train, and validation for selection; never test), every
note gets `num_samples` seeded temperature/top-p samples (medllm.evaluation.sampling: batched, the note's
prefill computed once and shared by its samples). Each sample is scored (medllm.grounding.scores:
unsupported facts, coverage, degeneracy, truncation) and the pairs are built by
medllm.data.pairs.build_pairs.

Writes to out_dir:
  samples/{split}.jsonl   one line per note, appended as its batch finishes: a killed run
                          resumes where it stopped, with the same samples (seeds are per batch)
  pairs/{split}.jsonl     DPO data contract (+ origin: on_policy, the adapter's fingerprint)
  pairs_stats.json, metrics.json
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections import Counter
from pathlib import Path

from medllm.data import contract as D
from medllm.errors import ConfigError, DataError
from medllm.files import write_json, write_text_atomic

log = logging.getLogger(__name__)

METRICS = ("share_faithful_train", "pairs_train", "share_degenerate_train", "mean_coverage_train", "pairs_validation",
           "samples_per_second")
SPLITS = ("train", "validation")


def check(cfg: dict) -> None:
    st = cfg["stage"]
    bad = [s for s in st["splits"] if s not in SPLITS]
    if bad or not st["splits"]:
        raise ConfigError(f"stage.splits={st['splits']}: choose from {list(SPLITS)} (the test split is for the final "
                          "evaluation only)")
    for k in ("num_samples", "max_new_tokens", "batch_size", "pairs_per_note"):
        if st[k] <= 0:
            raise ConfigError(f"stage.{k} must be > 0, got {st[k]}")
    if not 0 < st["temperature"] <= 5:
        raise ConfigError(f"stage.temperature must be in (0, 5], got {st['temperature']}")
    if not 0 < st["top_p"] <= 1:
        raise ConfigError(f"stage.top_p must be in (0, 1], got {st['top_p']}")
    if st["sampler"] not in ("fast", "generate"):
        raise ConfigError(f"stage.sampler={st['sampler']}: choose fast or generate")
    if st["chosen_fallback"] not in ("reference", "skip"):
        raise ConfigError(f"stage.chosen_fallback={st['chosen_fallback']}: choose reference or skip")
    D.check_files(cfg["data"], kinds=("sft",), splits=tuple(st["splits"]))
    if st.get("adapter"):
        from medllm.evaluation.inference import adapter_meta

        adapter_meta(adapter_dir(st["adapter"]), "stage.adapter")


def adapter_dir(path) -> Path:
    p = D.resolve_path(path)
    return p / "adapter" if (p / "adapter" / "adapter_model.safetensors").is_file() else p


def _read_done(path: Path) -> dict[str, dict]:
    """Notes already sampled (a killed run's file): complete lines only; a torn last line is dropped."""
    done: dict[str, dict] = {}
    if not path.is_file():
        return done
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.endswith("\n"):
                break
            try:
                rec = json.loads(line)
            except json.JSONDecodeError:
                break
            done[str(rec["id"])] = rec
    return done


def _rewrite_clean(path: Path, done: dict[str, dict]) -> None:
    write_text_atomic(path, "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in done.values()))


def sample_split(model, tokenizer, notes: list[dict], cfg: dict, path: Path, fingerprint: str, precision: str,
                 stop_after_batches: int | None = None) -> list[dict]:
    """Sample every note of one split into `path` (resumable); returns the records in note order."""
    import torch
    from tqdm.auto import tqdm

    from medllm.evaluation.sampling import generate_batch, note_batches
    from medllm.grounding.scores import score_summary

    st, m = cfg["stage"], cfg["model"]
    seed = cfg["seed"] if st.get("seed") is None else st["seed"]
    done = _read_done(path)
    stale = [k for k, r in done.items() if r.get("adapter_fingerprint") != fingerprint or r.get("settings") != _settings(st, cfg)]
    digests = {str(n["id"]): _note_digest(n) for n in notes}
    edited = [k for k, r in done.items() if k in digests and r.get("note_digest") != digests[k]]
    if stale or edited:
        raise DataError(f"{path}: holds samples from another adapter, other sampling settings or other note text; use "
                        "a new run dir (hydra.run.dir=...) or delete that file")
    if done:
        log.info("%s: resuming, %d of %d notes already sampled", path.name, len(done), len(notes))
    if path.is_file():
        _rewrite_clean(path, done)  # drop a torn last line (even a torn first one) before appending
    batches = note_batches(tokenizer, [n["clinical_note"] for n in notes], m, st["max_prompt_tokens"], st["batch_size"])
    todo = [b for b in batches if any(str(notes[i]["id"]) not in done for i in b[1])]
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a", encoding="utf-8") as fh, tqdm(total=len(notes), initial=len(notes) - sum(
            str(notes[i]["id"]) not in done for b in todo for i in b[1]), desc=f"sample {path.stem}", unit="note") as bar:
        for k, (b, idx, prompts) in enumerate(todo):
            if stop_after_batches is not None and k >= stop_after_batches:
                break
            torch.manual_seed(seed * 100_003 + b)  # per batch: a resumed run draws the same samples
            gens = generate_batch(model, tokenizer, prompts, num_samples=st["num_samples"], do_sample=True,
                                  temperature=st["temperature"], top_p=st["top_p"], max_new_tokens=st["max_new_tokens"],
                                  decoding=cfg.get("decoding"), precision=precision, share_prefill=st["share_prefill"],
                                  sampler=st["sampler"])
            for i, g in zip(idx, gens):
                n = notes[i]
                if str(n["id"]) in done:
                    continue
                rec = {"id": n["id"], "source_id": n.get("source_id"), "adapter_fingerprint": fingerprint,
                       "note_digest": digests[str(n["id"])],
                       "settings": _settings(st, cfg),
                       "samples": [{"index": j, "text": x.text, "finished": x.finished, "new_tokens": x.new_tokens,
                                    "scores": score_summary(n["clinical_note"], n["summary"], x.text, x.finished)}
                                   for j, x in enumerate(g)]}
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
                done[str(n["id"])] = rec
                bar.update(1)
            fh.flush()
            os.fsync(fh.fileno())
    return [done[str(n["id"])] for n in notes if str(n["id"]) in done]


def _note_digest(n: dict) -> str:
    import hashlib

    return hashlib.sha256((n["clinical_note"] + "\x00" + n["summary"]).encode()).hexdigest()[:16]


def _settings(st: dict, cfg: dict) -> dict:
    keys = ("num_samples", "temperature", "top_p", "max_new_tokens", "batch_size", "max_prompt_tokens", "sampler")
    return {**{k: st[k] for k in keys}, "seed": cfg["seed"] if st.get("seed") is None else st["seed"],
            "decoding": cfg.get("decoding") or {}}


def run(cfg: dict, out_dir: Path, tracker=None) -> dict:
    from medllm.training.hardware import peak_memory_mb, resolve_precision
    from medllm.evaluation.inference import load_with_adapters, use
    from medllm.data.pairs import build_pairs, drop_identical, summary_table
    from medllm.training.refcache import adapter_fingerprint

    m, hw, st, paths = cfg["model"], cfg["hardware"], cfg["stage"], cfg.get("paths")
    out_dir = Path(out_dir)
    precision = resolve_precision(hw)
    adir = adapter_dir(st["adapter"]) if st.get("adapter") else None
    fingerprint = adapter_fingerprint(adir) if adir else f"base:{m['name']}"
    model, tokenizer = load_with_adapters(m, hw, precision, paths, {"policy": adir} if adir else {})
    metrics: dict = {"adapter": str(adir) if adir else None, "adapter_fingerprint": fingerprint}
    stats = {}
    t0, n_samples = time.perf_counter(), 0
    with use(model, "policy" if adir else None) as active:
        for split in st["splits"]:
            notes = D.read_sft(D.sft_file(cfg["data"], split))
            if st.get("max_notes"):
                notes = notes[: st["max_notes"]]
            t = time.perf_counter()
            records = sample_split(active, tokenizer, notes, cfg, out_dir / "samples" / f"{split}.jsonl", fingerprint,
                                   precision)
            n_samples += sum(len(r["samples"]) for r in records)
            by_id = {str(n["id"]): n for n in notes}
            pairs, outcomes = [], Counter()
            for r in records:
                ps, outcome = build_pairs(by_id[str(r["id"])], r["samples"], chosen_fallback=st["chosen_fallback"],
                                          pairs_per_note=st["pairs_per_note"],
                                          origin_meta={"adapter_fingerprint": fingerprint})
                pairs += ps
                outcomes[outcome] += 1
            pairs, dropped = drop_identical(tokenizer, pairs)
            write_text_atomic(out_dir / "pairs" / f"{split}.jsonl",
                              "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in pairs))
            stats[split] = {**summary_table(records, outcomes, pairs, dropped), "seconds": round(time.perf_counter() - t, 1)}
            _print_table(split, stats[split])
            for k in ("share_faithful", "share_degenerate", "share_truncated", "mean_coverage", "pairs"):
                metrics[f"{k}_{split}"] = stats[split][k]
    elapsed = time.perf_counter() - t0
    metrics.update({"samples": n_samples, "sampling_s": round(elapsed, 1),
                    "samples_per_second": round(n_samples / elapsed, 3) if elapsed > 0 else None,
                    "pairs_dir": str(out_dir / "pairs"), **peak_memory_mb(hw["device"])})
    write_json(out_dir / "pairs_stats.json", stats)
    write_json(out_dir / "metrics.json", metrics)
    if tracker is not None:
        tracker.log({f"onpolicy/{k}": v for k, v in metrics.items() if isinstance(v, (int, float))})
    return metrics


def _print_table(split: str, s: dict) -> None:
    types = ", ".join(f"{k} {v}" for k, v in sorted(s["pairs_by_type"].items(), key=lambda kv: -kv[1])) or "-"
    log.info("on-policy %s: %d notes, %d samples | faithful %.0f%% | degenerate %.0f%% | truncated %.0f%% | "
             "coverage %.2f | %d pairs (%d identical dropped) %s | by type: %s", split, s["notes"], s["samples"],
             100 * (s["share_faithful"] or 0), 100 * (s["share_degenerate"] or 0), 100 * (s["share_truncated"] or 0),
             s["mean_coverage"] or 0, s["pairs"], s["identical_dropped"], s["outcomes"], types)
