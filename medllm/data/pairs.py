"""On-policy preference pairs: the model's own sampled summaries, judged against the note.

Each sample is scored by `medllm.grounding.scores.score_summary` (the grounding checker's unsupported
facts, coverage of the reference's facts, the degeneracy rule, truncation). For one note:

  chosen    the faithful, non-degenerate sample with the highest coverage (ties: fewer words,
            then sample order); when no sample qualifies, the reference summary
            (`chosen_fallback: reference`) or no pair (`skip`)
  rejected  hallucinated samples first (the errors the model makes when it writes: an invented
            dose, a flipped negation), then degenerate ones (loops, number runs, no content);
            up to `pairs_per_note`, each paired with the one chosen

This is the recipe of FactTune (Tian et al. 2023, https://arxiv.org/abs/2311.08401): preference
pairs from the model's own samples ranked by a factuality scorer, here the grounding checker.
"""

from __future__ import annotations

from collections import Counter


def rank_key(s: dict) -> tuple:
    return (-(s["scores"]["coverage"] or 0.0), s["scores"]["words"], s["index"])


def rejected_order(s: dict) -> tuple:
    sc = s["scores"]
    # hallucinated-but-fluent first: the subtle errors; then degenerate; sample order breaks ties
    return (sc["degenerate"] is not None, s["index"])


def build_pairs(note: dict, samples: list[dict], *, chosen_fallback: str = "reference", pairs_per_note: int = 1,
                origin_meta: dict | None = None) -> tuple[list[dict], str]:
    """Pairs in the DPO data contract for one note, and the outcome for the summary table:
    'pair', 'fallback_pair' (the reference was chosen), 'all_faithful' (nothing to reject),
    'no_chosen' (nothing faithful and chosen_fallback=skip).

    `note`: {id, source_id, clinical_note, summary}; `samples`: [{index, text, scores}] with
    scores from medllm.grounding.scores.score_summary."""
    if chosen_fallback not in ("reference", "skip"):
        raise ValueError(f"chosen_fallback must be 'reference' or 'skip', got {chosen_fallback!r}")
    good = [s for s in samples if not s["scores"]["hallucinated"] and s["scores"]["degenerate"] is None
            and not s["scores"].get("truncated")]
    # an empty sample cannot be a DPO response (the contract needs text); it is counted, not paired
    bad = sorted((s for s in samples if (s["scores"]["hallucinated"] or s["scores"]["degenerate"] is not None)
                  and s["text"].strip()),
                 key=rejected_order)
    if not bad:
        return [], "all_faithful"
    if good:
        best = min(good, key=rank_key)
        chosen, chosen_from, outcome = best["text"], f"sample{best['index']}", "pair"
    elif chosen_fallback == "reference":
        chosen, chosen_from, outcome = note["summary"], "reference", "fallback_pair"
    else:
        return [], "no_chosen"
    out = []
    for s in bad[:pairs_per_note]:
        sc = s["scores"]
        kind = f"degenerate:{sc['degenerate']}" if sc["degenerate"] else ",".join(sc["unsupported_types"]) or "unsupported"
        out.append({
            "id": f"{note['id']}-op{s['index']}", "source_id": note.get("source_id", note["id"]),
            "prompt": note["clinical_note"], "chosen": chosen, "rejected": s["text"],
            "hallucination_type": kind, "origin": "on_policy",
            "perturbation": {"kind": "on_policy", "chosen_from": chosen_from, "rejected_sample": s["index"],
                             "unsupported": sc["unsupported"], "chosen_coverage": None if chosen_from == "reference"
                             else best["scores"]["coverage"]},
            **(origin_meta or {}),
        })
    return out, outcome


def drop_identical(tokenizer, pairs: list[dict]) -> tuple[list[dict], int]:
    """Pairs whose chosen and rejected tokenize the same say nothing; drop and count them."""
    keep, dropped = [], 0
    for p in pairs:
        a = tokenizer(p["chosen"].strip(), add_special_tokens=False)["input_ids"]
        b = tokenizer(p["rejected"].strip(), add_special_tokens=False)["input_ids"]
        if a == b:
            dropped += 1
        else:
            keep.append(p)
    return keep, dropped


def summary_table(records: list[dict], outcomes: Counter, pairs: list[dict], dropped: int) -> dict:
    """What sampling found, per split: notes, samples, shares faithful/degenerate, pairs by type."""
    scores = [s["scores"] for r in records for s in r["samples"]]
    n = len(scores)
    by_type: Counter = Counter()
    for p in pairs:
        for t in p["hallucination_type"].split(","):
            by_type[t] += 1
    return {
        "notes": len(records), "samples": n,
        "share_faithful": sum(not s["hallucinated"] for s in scores) / n if n else None,
        "share_degenerate": sum(s["degenerate"] is not None for s in scores) / n if n else None,
        "share_truncated": sum(bool(s["truncated"]) for s in scores) / n if n else None,
        "mean_coverage": (sum(s["coverage"] or 0.0 for s in scores) / n) if n else None,
        "pairs": len(pairs), "identical_dropped": dropped, "outcomes": dict(outcomes), "pairs_by_type": dict(by_type),
    }
