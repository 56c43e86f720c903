"""Assemble marked_train.jsonl / notes_train.jsonl from the hand-written src_train_*.py parts (ids in file
order: pt-0001..) with ../fresh/convert.py, the converter shared by the hand-written sets. Training text for
the name probe only (bench/phi/train_name_probe.py): this set is never scored. No randomness: every note is
written by hand.

    python3 bench/phi/probe_train/build.py            # build, print the counts
    python3 bench/phi/probe_train/build.py FILE.py    # check one part's markup only, write nothing
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "fresh"))

import convert  # noqa: E402

PORTIONS = {"train": "pt"}


def check_part(path: str) -> None:
    import importlib.util
    from collections import Counter

    spec = importlib.util.spec_from_file_location("part", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    phi, clin = Counter(), Counter()
    for k, rec in enumerate(mod.NOTES):
        if set(rec) != {"style", "note", "summary"}:
            raise SystemExit(f"{path}: note {k}: keys must be style, note, summary; got {sorted(rec)}")
        for part in ("note", "summary"):
            _, p, c = convert.parse(rec[part].strip(), f"{path} note {k} {part}")
            phi.update(t for *_, t in p)
            clin.update(t for *_, t in c)
    print(f"{path}: {len(mod.NOTES)} notes; PHI {dict(sorted(phi.items()))}; look-alikes {dict(sorted(clin.items()))}")


def main(here: str, portions: dict, args: list) -> None:
    """Check the parts named in `args` (writing nothing), or build the set in `here` when none is named
    (the later hand-written sets' build.py call this with their folder and id prefix)."""
    if args:
        for p in args:
            check_part(p)
    else:
        convert.build_hand_written(here, portions)


if __name__ == "__main__":
    main(HERE, PORTIONS, sys.argv[1:])
