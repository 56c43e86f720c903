"""Re-judge the study's committed summaries with the current checker (no model, no generation).

    python experiments/hallucination_reduction/rescore.py [SAMPLES.csv ...] [--review REVIEW.jsonl]

The checker changes (issue 13: rules fixed on the annotated validation summaries); the summaries
the study generated do not. This re-scores every samples.csv given (default: run/samples.csv,
the test split, and run/eval_validation/samples.csv) with medllm.stages.eval.score_model exactly as
eval scores a model, and prints per split and model: hallucinated / n, rate, Wilson interval,
coverage, degenerate rate, ROUGE-L (unchanged: it does not depend on the checker), McNemar SFT
vs DPO; with --review, the blind reading's verdicts next to the checker's (agreement, kappa).
Writes rescored.json next to this script.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))


def rescore(path: Path) -> dict:
    from medllm.evaluation.evalstats import mcnemar
    from medllm.stages.eval import score_model

    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    out: dict = {"file": str(path.relative_to(HERE)) if path.is_relative_to(HERE) else str(path), "models": {}}
    verdicts = {}
    for model in dict.fromkeys(r["model"] for r in rows):
        mine = [r for r in rows if r["model"] == model]
        notes = [{"id": r["id"], "clinical_note": r["note"], "summary": r["reference"]} for r in mine]
        stats, scored = score_model(notes, [r["summary"] for r in mine], [r["truncated"] != "true" for r in mine])
        before = sum(r["hallucinated"] == "true" for r in mine)
        out["models"][model] = {k: stats[k] for k in ("n", "hallucinated", "hallucination_rate", "ci95", "coverage",
                                                      "degenerate_rate", "truncation_rate", "rouge_l", "by_type")}
        out["models"][model]["hallucinated_when_run"] = before
        verdicts[model] = {s["id"]: s["hallucinated"] for s in scored}
    if "sft" in verdicts and "dpo" in verdicts:
        ids = sorted(set(verdicts["sft"]) & set(verdicts["dpo"]))
        out["mcnemar_sft_vs_dpo"] = mcnemar([verdicts["sft"][i] for i in ids], [verdicts["dpo"][i] for i in ids])
    out["_verdicts"] = verdicts
    return out


def with_review(res: dict, review: Path) -> dict:
    from medllm.evaluation.evalstats import cohen_kappa, percent_agreement, wilson

    reads = [json.loads(line) for line in review.open(encoding="utf-8") if line.strip()]
    agree = {}
    for model in res["_verdicts"]:
        mine = [r for r in reads if r["model"] == model and r["verdict"] in ("hallucinated", "faithful")]
        if not mine:
            continue  # not read (the reading covers SFT and DPO)
        reader = [r["verdict"] == "hallucinated" for r in mine]
        checker = [res["_verdicts"][model][r["id"]] for r in mine]
        k = sum(reader)
        both = sum(a and b for a, b in zip(reader, checker))
        agree[model] = {"n": len(mine), "reader_hallucinated": k, "reader_rate": k / len(mine), "reader_ci95": list(wilson(k, len(mine))),
                        "checker_hallucinated": sum(checker), "checker_recall": both / k if k else None,
                        "checker_precision": both / sum(checker) if sum(checker) else None,
                        "agreement": percent_agreement(reader, checker), "kappa": cohen_kappa(reader, checker)}
    res["reading"] = agree
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("samples", nargs="*", type=Path,
                    default=[HERE / "run" / "samples.csv", HERE / "run" / "eval_validation" / "samples.csv"])
    ap.add_argument("--review", type=Path, default=HERE / "run" / "samples.review.jsonl",
                    help="blind reading of the first samples file (default: run/samples.review.jsonl)")
    a = ap.parse_args()
    results = []
    for i, p in enumerate(a.samples):
        res = rescore(p)
        if i == 0 and a.review and a.review.exists():
            res = with_review(res, a.review)
        results.append(res)
        print(f"\n{res['file']}")
        for m, v in res["models"].items():
            lo, hi = v["ci95"]
            print(f"  {m:<4} {v['hallucinated']:>2}/{v['n']} = {v['hallucination_rate']:.3f} [{lo:.3f}, {hi:.3f}] "
                  f"(when run: {v['hallucinated_when_run']}) coverage {v['coverage']:.3f} degenerate "
                  f"{v['degenerate_rate']:.1%} ROUGE-L {v['rouge_l']:.3f}")
        if "mcnemar_sft_vs_dpo" in res:
            mc = res["mcnemar_sft_vs_dpo"]
            print(f"  McNemar SFT vs DPO: {mc}")
        for m, v in res.get("reading", {}).items():
            print(f"  reading {m}: {v['reader_hallucinated']}/{v['n']}, checker recall {v['checker_recall']:.2f} "
                  f"precision {v['checker_precision']:.2f} kappa {v['kappa']:.2f}")
        res.pop("_verdicts")
    (HERE / "rescored.json").write_text(json.dumps(results, indent=1) + "\n")


if __name__ == "__main__":
    main()
