import json, collections, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from notes import NOTES
from cases_e import C
out = []
for i, c in enumerate(C, 1):
    out.append({
        "id": f"c{i:04d}", "note_id": c["n"], "note": NOTES[c["n"]], "summary": c["s"],
        "hallucinated": bool(c["spans"]), "spans": c["spans"],
        "degenerate": c.get("degenerate", False), "no_content": c.get("no_content", False),
        "truncated": False, "kind": c["kind"],
    })
import os

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "cases.jsonl"), "w") as f:
    for o in out: f.write(json.dumps(o, ensure_ascii=False) + "\n")
print(len(out))
