"""stage=eval: the hallucination rate of base, SFT and DPO on held-out notes.

    python train.py stage=eval stage.sft_adapter=RUN/sft/adapter stage.dpo_adapter=RUN/dpo/adapter
    python train.py stage=pipeline ...          # ends with this evaluation

Every model sees the same prompts (medllm.prompts) and the same greedy decoding
(medllm.evaluation.generation: batched, KV cache); the base is loaded once and the adapters are switched
on it (medllm.evaluation.inference). Each generated summary goes through the grounding checker
(medllm.grounding.checker), which lists the facts the note does not support, typed.

Per model: hallucination rate (share of summaries with at least one unsupported fact) with a
Wilson 95% interval, unsupported facts per type, ROUGE-L F against the reference (rouge-score),
mean length in words, and preference accuracy on the split's DPO triplets (summed response
log-prob of chosen > rejected). SFT vs DPO: an exact McNemar test on the same notes.

Writes to out_dir: eval.json, samples.csv (note and summaries redacted, ids as `medllm.clinical.redact.public_id`),
report.md with PNGs. With W&B on: the PNGs as images, eval.json + report.md + PNGs as an `evaluation`
artifact, and the adapters and data.path declared as the run's inputs.
"""

from __future__ import annotations

import csv
import json
import logging
import time
from pathlib import Path

from medllm.data import contract as D
from medllm.errors import ConfigError
from medllm.files import read_json, write_json

log = logging.getLogger(__name__)

MODELS = ("base", "sft", "dpo")
METRICS = ("hallucination_rate_dpo", "hallucination_rate_sft", "hallucination_rate_base", "rouge_l_dpo", "rouge_l_sft",
           "pref_acc_test_dpo", "pref_acc_test_sft", "mcnemar_p_sft_vs_dpo", "coverage_dpo", "coverage_sft",
           "degenerate_rate_dpo", "degenerate_rate_sft", "copy_rate_dpo", "copy_rate_sft")


def adapters_of(st: dict) -> dict[str, Path]:
    """name -> adapter folder for the adapter models in stage.models. The SFT adapter defaults
    to the one the DPO adapter was trained from."""
    from medllm.evaluation.inference import adapter_meta

    out: dict[str, Path] = {}
    dpo_dir, dpo_meta = st.get("dpo_adapter"), {}
    if dpo_dir:
        dpo_dir = _adapter_dir(dpo_dir)
        dpo_meta = adapter_meta(dpo_dir, "stage.dpo_adapter")
    sft_dir = st.get("sft_adapter")
    if not sft_dir and dpo_dir and "sft" in st["models"]:
        sft_dir = dpo_meta.get("sft_adapter")
    if sft_dir:
        sft_dir = _adapter_dir(sft_dir)
        adapter_meta(sft_dir, "stage.sft_adapter")
    for name, path in (("sft", sft_dir), ("dpo", dpo_dir)):
        if name in st["models"]:
            if not path:
                raise ConfigError(f"stage.models has {name} but stage.{name}_adapter is not set; pass "
                                  f"stage.{name}_adapter=<run>/adapter or drop {name} from stage.models")
            out[name] = Path(path)
    return out


def _adapter_dir(path) -> Path:
    p = D.resolve_path(path)
    return p / "adapter" if (p / "adapter" / "adapter_model.safetensors").is_file() else p


def check(cfg: dict) -> None:
    st = cfg["stage"]
    unknown = [m for m in st["models"] if m not in MODELS]
    if unknown or not st["models"]:
        raise ConfigError(f"stage.models={st['models']}: choose from {list(MODELS)}")
    if st["max_new_tokens"] <= 0:
        raise ConfigError(f"stage.max_new_tokens must be > 0, got {st['max_new_tokens']} (stage=pipeline takes it from "
                          "stage.sample_max_new_tokens; stage.evaluate=false skips the evaluation)")
    if not D.resolve_path(cfg["data"]["path"]).is_dir():
        raise ConfigError(f"data.path={cfg['data']['path']}: no such folder; point data.path at a phase1_data-style folder")
    f = _split_file(cfg, "sft")
    if not f.is_file():
        raise ConfigError(f"stage.split={st['split']}: no {f}; choose train, validation or test")
    from medllm.evaluation.inference import adapter_meta

    adapters = adapters_of(st)
    for name, path in adapters.items():
        trained_on = (adapter_meta(path, f"stage.{name}_adapter").get("model") or {}).get("name")
        if trained_on and trained_on != cfg["model"]["name"]:
            raise ConfigError(f"stage.{name}_adapter was trained on model={trained_on}, but this run has "
                              f"model={cfg['model']['name']}; pass model={trained_on}")


def _split_file(cfg: dict, kind: str) -> Path:
    st, d = cfg["stage"], cfg["data"]
    name = d.get(f"{st['split']}_split", st["split"])
    return D.resolve_path(d["path"]) / kind / (f"{name}.csv" if kind == "sft" else f"{name}.jsonl")


# --------------------------------------------------------------------------- scoring


def sequence_logps(model, tokenizer, rows: list[dict], model_cfg: dict, max_length: int, batch_size: int,
                   precision: str) -> tuple[list[float], list[float]]:
    """Summed log-probs of chosen and of rejected given the note, response tokens only.

    Both responses share one prompt, shortened for the longer of the two, so a cut note never
    hides where they differ."""
    import torch

    from medllm.evaluation.generation import autocast_ctx
    from medllm.prompts import _encode, completion_text, encode_prompt

    device = next(model.parameters()).device
    seqs: list[tuple[list[int], int]] = []
    for r in rows:
        comp = [_encode(tokenizer, completion_text(tokenizer, r[k], model_cfg)) for k in ("chosen", "rejected")]
        prompt_ids = encode_prompt(tokenizer, r["prompt"], max_length - max(len(c) for c in comp), model_cfg)[0]
        seqs += [(prompt_ids + c, len(prompt_ids)) for c in comp]
    pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id
    out: list[float] = [0.0] * len(seqs)
    order = sorted(range(len(seqs)), key=lambda i: len(seqs[i][0]))
    with torch.inference_mode():
        for s in range(0, len(order), batch_size):
            idx = order[s:s + batch_size]
            width = max(len(seqs[i][0]) for i in idx)
            ids = torch.full((len(idx), width), pad, dtype=torch.long)
            mask = torch.zeros((len(idx), width), dtype=torch.long)
            for row, i in enumerate(idx):
                ids[row, : len(seqs[i][0])] = torch.tensor(seqs[i][0])
                mask[row, : len(seqs[i][0])] = 1
            with autocast_ctx(device.type, precision):
                logits = model(input_ids=ids.to(device), attention_mask=mask.to(device)).logits.float()
            logp = torch.log_softmax(logits[:, :-1], dim=-1).gather(-1, ids[:, 1:].unsqueeze(-1).to(device)).squeeze(-1)
            for row, i in enumerate(idx):
                seq, p_len = seqs[i]
                out[i] = float(logp[row, p_len - 1 : len(seq) - 1].sum())
    return out[0::2], out[1::2]


def rouge_l(refs: list[str], hyps: list[str]) -> list[float]:
    from rouge_score import rouge_scorer

    sc = rouge_scorer.RougeScorer(["rougeL"], use_stemmer=True)
    return [sc.score(r, h)["rougeL"].fmeasure for r, h in zip(refs, hyps)]


def score_model(notes: list[dict], summaries: list[str], finished: list[bool] | None = None) -> tuple[dict, list[dict]]:
    """Per-summary verdicts (medllm.grounding.scores.score_summary) and the per-model numbers: the
    hallucination rate with its interval, summaries per unsupported-fact type, coverage of the
    reference's facts, the degenerate, copy and truncation rates, ROUGE-L and length.

    What a reader sees is measured next to the rate, so a model that hallucinates less by saying
    less (coverage), by copying the note (copy rate) or by looping (degenerate) shows up."""
    from medllm.grounding.checker import TYPES
    from medllm.evaluation.evalstats import wilson
    from medllm.grounding.scores import score_summary

    finished = finished if finished is not None else [True] * len(summaries)
    rows = []
    by_type = dict.fromkeys((*TYPES, "degenerate"), 0)
    for n, s, fin in zip(notes, summaries, finished):
        sc = score_summary(n["clinical_note"], n["summary"], s, fin)
        for t in sc["unsupported_types"]:
            by_type[t] = by_type.get(t, 0) + 1  # summaries with >= 1 fact of the type
        rows.append({"id": n["id"], **sc})
    k, total = sum(r["hallucinated"] for r in rows), len(rows)
    rl = rouge_l([n["summary"] for n in notes], summaries)
    for r, v in zip(rows, rl):
        r["rouge_l"] = v

    def mean(xs):
        xs = [x for x in xs if x is not None]
        return sum(xs) / len(xs) if xs else None

    ref_words = mean([len(n["summary"].split()) for n in notes])
    mean_words = mean([len(s.split()) for s in summaries])
    stats = {
        "n": total, "hallucinated": k, "hallucination_rate": k / total if total else None, "ci95": list(wilson(k, total)),
        "by_type": by_type, "by_type_counts": "summaries", "unsupported_facts": sum(len(r["unsupported"]) for r in rows),
        "coverage": mean([r["coverage"] for r in rows]),
        "degenerate_rate": sum(r["degenerate"] is not None for r in rows) / total if total else None,
        "copy_rate": sum(r["copy"] for r in rows) / total if total else None,
        "truncation_rate": sum(r["truncated"] for r in rows) / total if total else None,
        "rouge_l": sum(rl) / total if total else None,
        "mean_words": mean_words, "reference_mean_words": ref_words,
        "length_ratio": mean_words / ref_words if mean_words is not None and ref_words else None,
        "empty_summaries": sum(1 for s in summaries if not s.strip()),
    }
    return stats, rows


# --------------------------------------------------------------------------- run


def evaluate(cfg: dict, out_dir: Path, adapters: dict[str, Path], tracker=None, curves: dict | None = None) -> dict:
    from medllm.training import dist
    from medllm.evaluation.evalstats import mcnemar
    from medllm.evaluation.generation import generate_summaries
    from medllm.training.hardware import resolve_precision
    from medllm.evaluation.inference import load_with_adapters, use
    from medllm.clinical.redact import public_id, redact_many
    from medllm.evaluation.report import write_report

    m, hw, st, paths = cfg["model"], cfg["hardware"], cfg["stage"], cfg.get("paths")
    out_dir = Path(out_dir)
    precision = resolve_precision(hw)
    notes = D.read_sft(_split_file(cfg, "sft"))
    notes = notes[: st["max_samples"]] if st.get("max_samples") else notes
    pairs = []
    if st["pref_acc"] and _split_file(cfg, "dpo").is_file():
        keep = {n["source_id"] for n in notes}
        pairs = [p for p in D.read_dpo(_split_file(cfg, "dpo")) if p.get("source_id") in keep]
        pairs = pairs[: st["max_pairs"]] if st.get("max_pairs") else pairs

    model, tokenizer = load_with_adapters(m, hw, precision, paths, adapters)
    per_model, samples, verdicts = {}, {}, {}
    for name in st["models"]:
        with use(model, None if name == "base" else name) as active:
            t0 = time.perf_counter()
            gens = generate_summaries(active, tokenizer, [n["clinical_note"] for n in notes], m,
                                      max_new_tokens=st["max_new_tokens"], batch_size=st["batch_size"],
                                      max_prompt_tokens=st["max_prompt_tokens"], precision=precision,
                                      progress=dist.is_main(), decoding=cfg.get("decoding"), return_generations=True)
            gen_s = time.perf_counter() - t0
            summaries = [g.text for g in gens]
            stats, rows = score_model(notes, summaries, [g.finished for g in gens])
            if pairs:
                ch, rj = sequence_logps(active, tokenizer, pairs, m, st["max_prompt_tokens"], st["batch_size"], precision)
                stats["pref_acc_test"] = sum(c > r for c, r in zip(ch, rj)) / len(pairs)
                stats["pref_pairs"] = len(pairs)
            else:
                stats["pref_acc_test"] = None
        stats["generation_s"] = round(gen_s, 2)
        stats["adapter"] = str(adapters[name]) if name in adapters else None
        per_model[name] = stats
        samples[name] = summaries
        verdicts[name] = rows
        log.info("%s: hallucination rate %.3f [%.3f, %.3f] on %d notes; coverage %.2f; degenerate %.2f; copy %.2f; "
                 "truncated %.2f; ROUGE-L %.3f; %.0f words (references %.0f); generation %.1f s", name,
                 stats["hallucination_rate"], *stats["ci95"], stats["n"], stats["coverage"] or 0, stats["degenerate_rate"],
                 stats["copy_rate"], stats["truncation_rate"], stats["rouge_l"], stats["mean_words"] or 0,
                 stats["reference_mean_words"] or 0, gen_s)

    paired = {}
    if "sft" in verdicts and "dpo" in verdicts:
        paired["sft_vs_dpo"] = mcnemar([r["hallucinated"] for r in verdicts["sft"]], [r["hallucinated"] for r in verdicts["dpo"]])
    if "base" in verdicts and "sft" in verdicts:
        paired["base_vs_sft"] = mcnemar([r["hallucinated"] for r in verdicts["base"]], [r["hallucinated"] for r in verdicts["sft"]])
    ev = {
        "split": st["split"], "n_notes": len(notes), "max_new_tokens": st["max_new_tokens"], "decoding": {"strategy": "greedy", **(cfg.get("decoding") or {})},
        "batch_size": st["batch_size"], "max_prompt_tokens": st["max_prompt_tokens"],
        "models": list(st["models"]), "model": m["name"], "precision": precision,
        # what the summaries were decoded in: autocast on GPUs, the stored weights' dtype on CPU
        # (bf16 where the matmul probe picks it: medllm.training.models.frozen_base_dtype)
        "decode_precision": precision if hw["device"] == "cuda" else _dtype_name(next(model.parameters()).dtype),
        "hallucination_rate": {k: v["hallucination_rate"] for k, v in per_model.items()},
        "per_model": per_model, "paired": paired,
    }
    metrics = {f"hallucination_rate_{k}": v["hallucination_rate"] for k, v in per_model.items()}
    metrics.update({f"hallucination_ci95_{k}": v["ci95"] for k, v in per_model.items()})
    metrics.update({f"rouge_l_{k}": v["rouge_l"] for k, v in per_model.items()})
    for key in ("coverage", "degenerate_rate", "copy_rate", "truncation_rate", "mean_words", "length_ratio"):
        metrics.update({f"{key}_{k}": v[key] for k, v in per_model.items()})
    metrics.update({f"pref_acc_test_{k}": v["pref_acc_test"] for k, v in per_model.items()})
    if "sft_vs_dpo" in paired:
        metrics["mcnemar_p_sft_vs_dpo"] = paired["sft_vs_dpo"]["p_value"]
    if not dist.is_main():
        return metrics

    out_dir.mkdir(parents=True, exist_ok=True)
    write_json(out_dir / "eval.json", ev)
    table = []
    for name in st["models"]:
        for n, s, r in zip(notes, samples[name], verdicts[name]):
            texts, _ = redact_many([n["clinical_note"], n["summary"], s, *[u["text"] for u in r["unsupported"]]])
            unsupported = [{"type": u["type"], "text": t} for u, t in zip(r["unsupported"], texts[3:])]
            table.append({"id": public_id(n["id"]), "model": name, "note": texts[0], "reference": texts[1], "summary": texts[2],
                          "hallucinated": str(r["hallucinated"]).lower(), "unsupported": json.dumps(unsupported),
                          "degenerate": r["degenerate"] or "", "truncated": str(r["truncated"]).lower(),
                          "copy": str(r["copy"]).lower(),
                          "coverage": "" if r["coverage"] is None else round(r["coverage"], 4),
                          "rouge_l": round(r["rouge_l"], 4)})
    _write_csv(out_dir / "samples.csv", table)
    written = write_report(out_dir, ev, curves)
    if tracker is not None:
        import wandb

        from medllm import tracking

        cols = ["id", "model", "summary", "hallucinated", "unsupported", "degenerate", "truncated", "copy", "coverage",
                "rouge_l"]
        pngs = [p for p in written if p.suffix == ".png"]
        tracker.log({"eval/samples": wandb.Table(columns=cols, data=[[r[c] for c in cols] for r in table]),
                     **{f"eval/{p.stem}": wandb.Image(str(p)) for p in pngs},
                     **{f"eval/{k}": v for k, v in metrics.items() if isinstance(v, (int, float))}})
        # lineage: the data and the adapters evaluated -> this evaluation. samples.csv stays out:
        # it holds (redacted) note text; eval.json, report.md and the PNGs hold none
        tracking.use_data(tracker, cfg["data"])
        for path in adapters.values():
            tracking.use_adapter(tracker, path)
        tracking.log_artifact(tracker, out_dir, f"eval-{st['split']}", "evaluation",
                              {"split": st["split"], "n_notes": len(notes), "models": list(st["models"]),
                               **{k: v for k, v in metrics.items() if isinstance(v, (int, float))}},
                              files=[out_dir / "eval.json", *written], policy="mutable")  # small; a rerun rewrites them
    return metrics


def _dtype_name(dtype) -> str:
    import torch

    return {torch.bfloat16: "bf16", torch.float16: "fp16"}.get(dtype, "fp32")


def _write_csv(path: Path, rows: list[dict]) -> None:
    import io

    from medllm.files import write_text_atomic

    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=list(rows[0]) if rows else ["id"], lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    write_text_atomic(path, buf.getvalue())


def curves_of(adapters: dict[str, Path]) -> dict:
    """Training curves from the runs that made the adapters (their metrics.json), if present."""
    out = {}
    for name, key in (("dpo", "train_curve"), ("sft", "train_loss_curve")):
        f = adapters[name].parent / "metrics.json" if name in adapters else None
        if f is not None and f.is_file():
            curve = read_json(f).get(key)
            if curve:
                out[name] = curve
    return out


def run(cfg: dict, out_dir: Path, tracker=None) -> dict:
    adapters = adapters_of(cfg["stage"])
    metrics = evaluate(cfg, out_dir, adapters, tracker, curves_of(adapters))
    from medllm.training import dist

    if dist.is_main():
        write_json(Path(out_dir) / "metrics.json", metrics)
    return metrics
