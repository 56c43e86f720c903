"""`python -m medllm COMMAND`: command-line tools beside train.py."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def _build_starter(args) -> int:
    from medllm.data import write_starter

    stats = write_starter(Path(args.raw), Path(args.out), seed=args.seed)
    for split, s in stats.items():
        print(f"{split:<10} {s['notes']:>3} notes  {s['pairs']:>3} DPO pairs")
    return 0


def main(argv=None) -> int:
    p = argparse.ArgumentParser(prog="python -m medllm", description=__doc__)
    sub = p.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build-starter", help="split phase1_data/raw/starter_notes.jsonl into the data contract")
    b.add_argument("--raw", default="phase1_data/raw/starter_notes.jsonl")
    b.add_argument("--out", default="phase1_data")
    b.add_argument("--seed", type=int, default=13)
    b.set_defaults(fn=_build_starter)
    args = p.parse_args(argv)

    from medllm.cli_errors import main_guard

    rc = {"v": 0}

    def go():
        rc["v"] = args.fn(args)

    out = main_guard(go)
    return out or rc["v"]


if __name__ == "__main__":
    sys.exit(main())
