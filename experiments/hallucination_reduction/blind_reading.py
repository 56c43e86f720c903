"""The reading-based check of the study: SFT and DPO test summaries judged by a reader who sees
neither which model wrote a summary nor the checker's verdict.

    python experiments/hallucination_reduction/blind_reading.py export run/samples.csv blind.jsonl
    #   -> blind.jsonl: {"row", "note", "summary"} in a seeded shuffled order, models interleaved;
    #      the key (row -> id, model) goes to blind.key.json, which the reader does not open
    python experiments/hallucination_reduction/blind_reading.py import run/samples.csv blind.verdicts.jsonl
    #   -> run/samples.review.jsonl in the format of `python -m medllm review`, and the numbers:
    #      the reader's hallucination rate per model (Wilson 95%), the checker's on the same rows,
    #      agreement and Cohen's kappa (medllm.evaluation.review.review_stats)

blind.verdicts.jsonl: one {"row", "verdict": "hallucinated" | "faithful" | "skip", "spans": [...]}
per line. The same can be done interactively: python -m medllm review run/samples.csv --shuffle 7 --blind
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from medllm.evaluation.review import format_stats, load_samples, review_stats, verdicts_path

MODELS = ("sft", "dpo")
SEED = 7


def export(samples: Path, out: Path) -> None:
    rows = [r for r in load_samples(samples) if r["model"] in MODELS]
    random.Random(SEED).shuffle(rows)
    with open(out, "w", encoding="utf-8") as fh:
        for k, r in enumerate(rows):
            fh.write(json.dumps({"row": k, "note": r["note"], "summary": r["summary"]}, ensure_ascii=False) + "\n")
    key = {k: {"id": r["id"], "model": r["model"]} for k, r in enumerate(rows)}
    out.with_suffix(".key.json").write_text(json.dumps(key, indent=1))
    print(f"{len(rows)} rows -> {out} (key: {out.with_suffix('.key.json')})")


def import_(samples: Path, verdicts_file: Path) -> dict:
    key = json.loads(Path(str(verdicts_file).replace(".verdicts.jsonl", ".key.json")).read_text())
    rows = [r for r in load_samples(samples) if r["model"] in MODELS]
    recs = {}
    for line in verdicts_file.read_text(encoding="utf-8").splitlines():
        if line.strip():
            v = json.loads(line)
            who = key[str(v["row"])]
            recs[(who["id"], who["model"])] = {**who, "verdict": v["verdict"], "saw_checker": False,
                                              "spans": v.get("spans", []), "reader": v.get("reader", "blind")}
    vpath = verdicts_path(samples)
    vpath.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs.values()), encoding="utf-8")
    stats = review_stats(rows, recs)
    print(format_stats(stats))
    return stats


if __name__ == "__main__":
    cmd, a, b = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    export(a, b) if cmd == "export" else json.dump(import_(a, b), sys.stdout, indent=1)
