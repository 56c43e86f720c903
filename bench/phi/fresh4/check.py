"""Consistency checks for the hand-written fresh4 notes (run after build.py): ../fresh3/check.py's checks
(disjoint name pools, name words unmarked elsewhere, unmarked identifier-like text, counts), run on this
folder, and every note's look-alike minimum."""
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("fresh3_check", os.path.join(os.path.dirname(HERE), "fresh3", "check.py"))
check = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check)
check.HERE = HERE
load = check.load


def lookalike_minimums():
    """Every note with PHI carries >= 3 look-alikes in its note text; every note without PHI >= 5."""
    bad = []
    for p in ("dev", "test"):
        for r in load(p):
            has_phi = bool(r["phi"]["note"] + r["phi"]["summary"])
            n = len(r["clinical"]["note"])
            if n < (3 if has_phi else 5):
                bad.append((r["id"], has_phi, n))
    print("\n== notes below the look-alike minimum:", bad or "none")
    return bad


if __name__ == "__main__":
    check.main()
    sys.exit(1 if lookalike_minimums() else 0)
