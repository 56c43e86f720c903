"""Assemble marked_dev.jsonl / marked_test.jsonl from the hand-written src_dev_*.py and src_test_*.py
parts (ids in file order: f4d-0001.., f4t-0001..), then convert each to notes_{dev,test}.jsonl with
../fresh/convert.py (the converter shared by fresh, fresh2, fresh3 and fresh4). No randomness: every note
is written by hand."""
import glob
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "fresh"))

import convert  # noqa: E402

PORTIONS = {"dev": "f4d", "test": "f4t"}


def load(portion):
    notes = []
    for path in sorted(glob.glob(os.path.join(HERE, f"src_{portion}_*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        for k, rec in enumerate(mod.NOTES):
            if set(rec) != {"style", "note", "summary"}:
                raise ValueError(f"{path}: note {k}: keys {sorted(rec)}")
            notes.append(rec)
    return notes


def main():
    for portion, prefix in PORTIONS.items():
        records = [{"id": f"{prefix}-{i:04d}", "style": rec["style"], "note": rec["note"].strip(),
                    "summary": rec["summary"].strip()} for i, rec in enumerate(load(portion), 1)]
        convert.write_marked_and_convert(portion, records, HERE)


if __name__ == "__main__":
    main()
