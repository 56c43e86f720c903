"""Assemble marked_dev.jsonl from the hand-written src_*.py parts (ids in file order), then
convert it to notes_dev.jsonl with ../fresh/convert.py. No randomness: every note is written by hand."""
import glob
import importlib.util
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "fresh"))

import convert  # noqa: E402  (the fresh set's converter, one for both sets)


def load():
    notes = []
    for path in sorted(glob.glob(os.path.join(HERE, "src_*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        notes.extend(mod.NOTES)
    return notes


def main():
    notes = load()
    with open(os.path.join(HERE, "marked_dev.jsonl"), "w", encoding="utf-8") as f:
        for i, (style, note, summary) in enumerate(notes, 1):
            rec = {"id": f"f2-{i:04d}", "style": style, "note": note, "summary": summary}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    rows = convert.convert("dev", HERE)
    n, nophi, phi, clin = convert.stats(rows)
    print(f"dev: {n} notes ({nophi} without PHI)")
    print("  PHI:", dict(sorted(phi.items())))
    print("  clinical:", dict(sorted(clin.items())))


if __name__ == "__main__":
    main()
