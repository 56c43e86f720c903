"""Build the annotation pool: model-written summaries of validation notes, shuffled, blind.

    python phase1_data/annotated/make_pool.py STUDY_RUN_DIR

reads the study run's on-policy samples of the validation split (the SFT adapter, K sampled
summaries per note) and its validation evaluation (greedy summaries of the SFT and DPO adapters,
and of the base model when it was evaluated), and writes, in this folder:

  pool.jsonl     {"id", "note", "summary"}: what an annotator sees (no model, no checker verdict)
  sources.jsonl  {"id", "note_id", "model", "decoding", "finished"}: which model wrote each (and
                 whether its generation ended by itself), kept apart

Never the test split: the pool is for measuring and fixing the checker.
"""

from __future__ import annotations

import csv
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).parent


def main(run: Path) -> None:
    items = []
    notes = {}
    for line in (run / "round1" / "onpolicy" / "samples" / "validation.jsonl").open():
        rec = json.loads(line)
        for s in rec["samples"]:
            items.append({"note_id": rec["id"], "model": "sft", "decoding": f"sampled T={rec['settings']['temperature']} top_p={rec['settings']['top_p']}",
                          "summary": s["text"], "finished": s["finished"]})
    for row in csv.DictReader((run / "eval_validation" / "samples.csv").open()):
        notes[row["id"]] = row["note"]
        items.append({"note_id": row["id"], "model": row["model"], "decoding": "greedy", "summary": row["summary"],
                      "finished": row["truncated"].lower() != "true"})
    missing = {it["note_id"] for it in items} - set(notes)
    if missing:
        raise SystemExit(f"no note text for {sorted(missing)[:3]}")
    random.Random(13).shuffle(items)
    with (HERE / "pool.jsonl").open("w") as pool, (HERE / "sources.jsonl").open("w") as src:
        for i, it in enumerate(items, 1):
            aid = f"a{i:04d}"
            pool.write(json.dumps({"id": aid, "note": notes[it["note_id"]], "summary": it["summary"]}) + "\n")
            src.write(json.dumps({"id": aid, "note_id": it["note_id"], "model": it["model"], "decoding": it["decoding"],
                                  "finished": it["finished"]}) + "\n")
    print(f"{len(items)} summaries -> {HERE / 'pool.jsonl'}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
