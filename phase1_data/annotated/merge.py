"""Merge the pool and the annotations into annotated.jsonl, the file the checker is scored against.

    python phase1_data/annotated/merge.py

Each summary gets its reading: adjudicated.jsonl's line when there is one, else the one
annotator's line, else (annotated twice, same verdict on "hallucinated") the first annotator's
in name order. Two annotators who disagree on "hallucinated" with no adjudicated line stop the
merge with the ids to settle. "finished" (did generation end by itself) comes from sources.jsonl;
which model wrote a summary does not go into annotated.jsonl.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).parent
KEYS = ("hallucinated", "spans", "degenerate", "no_content", "truncated")


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def main() -> None:
    pool = _lines(HERE / "pool.jsonl")
    finished = {r["id"]: r["finished"] for r in _lines(HERE / "sources.jsonl")}
    by_id: dict[str, list[tuple[str, dict]]] = {}
    for f in sorted((HERE / "annotations").glob("*.jsonl")):
        for r in _lines(f):
            by_id.setdefault(r["id"], []).append((f.stem, r))
    adj = {r["id"]: r for r in _lines(HERE / "adjudicated.jsonl")} if (HERE / "adjudicated.jsonl").exists() else {}
    unsettled = [i for i, rs in by_id.items() if i not in adj and len({r["hallucinated"] for _, r in rs}) > 1]
    if unsettled:
        raise SystemExit(f"{len(unsettled)} summaries with disagreeing annotators and no adjudicated line: "
                         f"{', '.join(sorted(unsettled))}")
    out, missing = [], []
    for item in pool:
        i = item["id"]
        reading = adj.get(i) or (by_id[i][0][1] if i in by_id else None)
        if reading is None:
            missing.append(i)
            continue
        out.append({"id": i, "note": item["note"], "summary": item["summary"], "finished": finished[i],
                    **{k: reading.get(k, [] if k == "spans" else False) for k in KEYS}})
    (HERE / "annotated.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out), encoding="utf-8")
    double = sum(len(rs) > 1 for rs in by_id.values())
    print(f"{len(out)} annotated summaries ({double} read twice, {len(adj)} adjudicated) -> {HERE / 'annotated.jsonl'}"
          + (f"; not yet annotated: {len(missing)}" if missing else ""))


if __name__ == "__main__":
    main()
