"""Assemble marked_train.jsonl / notes_train.jsonl of the tenth hand-written read set (ids pm-0001..,
in file order) with ../fresh/convert.py; check one part's markup with ../probe_train/build.py's check.
Read text: its misses are read; never scored as held-out.

    python3 bench/phi/probe_train10/build.py            # build, print the counts
    python3 bench/phi/probe_train10/build.py FILE.py    # check one part's markup only, write nothing
"""
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("probe_train_build", os.path.join(os.path.dirname(HERE), "probe_train", "build.py"))
first = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(first)

PORTIONS = {"train": "pm"}

if __name__ == "__main__":
    first.main(HERE, PORTIONS, sys.argv[1:])
