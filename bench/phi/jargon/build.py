"""Assemble marked_dev.jsonl / marked_test.jsonl from the hand-written src_dev.py and src_test.py
(ids in file order: jgd-0001.., jgt-0001..), then convert each to notes_{dev,test}.jsonl with
../fresh/convert.py (the shared converter). No randomness: every note is written by hand.
This set holds no PHI at all: every note should convert with zero [[...]] spans."""
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "fresh"))

import convert  # noqa: E402

PORTIONS = {"dev": "jgd", "test": "jgt"}


def load(portion):
    path = os.path.join(HERE, f"src_{portion}.py")
    spec = importlib.util.spec_from_file_location(f"src_{portion}", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    notes = []
    for k, rec in enumerate(mod.NOTES):
        if set(rec) != {"style", "note", "summary"}:
            raise ValueError(f"{path}: note {k}: keys {sorted(rec)}")
        notes.append(rec)
    return notes


def main():
    for portion, prefix in PORTIONS.items():
        records = [{"id": f"{prefix}-{i:04d}", "style": rec["style"], "note": rec["note"].strip(),
                    "summary": rec["summary"].strip()} for i, rec in enumerate(load(portion), 1)]
        if "[[" in "".join(r["note"] + r["summary"] for r in records):
            raise ValueError(f"{portion}: PHI markup found in a set that must hold none")
        rows = convert.write_marked_and_convert(portion, records, HERE)
        bad = [r["id"] for r in rows if r["phi"]["note"] or r["phi"]["summary"]]
        if bad:
            raise ValueError(f"{portion}: PHI spans in {bad}")


if __name__ == "__main__":
    main()
