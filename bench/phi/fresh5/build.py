"""Assemble marked_dev.jsonl / marked_test.jsonl from the hand-written src_dev_*.py and src_test_*.py
parts (ids in file order: f5d-0001.., f5t-0001..), then convert each to notes_{dev,test}.jsonl with
../fresh/convert.py (the converter and builder shared by the hand-written sets). No randomness: every
note is written by hand."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "fresh"))

import convert  # noqa: E402

PORTIONS = {"dev": "f5d", "test": "f5t"}

if __name__ == "__main__":
    convert.build_hand_written(HERE, PORTIONS)
