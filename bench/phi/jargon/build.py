"""Assemble marked_dev.jsonl / marked_test.jsonl from the hand-written src_dev.py and src_test.py
(ids in file order: jgd-0001.., jgt-0001..), then convert each to notes_{dev,test}.jsonl with
../fresh/convert.py (the shared converter and builder). No randomness: every note is written by hand.
This set holds no PHI at all: a note with a PHI span fails the build."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "fresh"))

import convert  # noqa: E402

PORTIONS = {"dev": "jgd", "test": "jgt"}

if __name__ == "__main__":
    for portion, rows in convert.build_hand_written(HERE, PORTIONS).items():
        bad = [r["id"] for r in rows if r["phi"]["note"] or r["phi"]["summary"]]
        if bad:
            raise SystemExit(f"{portion}: PHI spans in {bad}")
