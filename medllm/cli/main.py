"""`python -m medllm COMMAND`: command-line tools beside train.py."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def _build_corpus(args) -> int:
    """phase1_data/raw/generated_notes.jsonl from the seeded generator, then stage=prepare over
    phase1_data/raw/ into phase1_data/{sft,dpo,stats.json} (the rest of phase1_data is kept)."""
    import shutil
    import time

    from medllm.data import corpus
    from medllm.config import compose_group
    from medllm.stages import prepare

    root = Path(args.out)
    _check_corpus_target(root.expanduser().resolve())
    raw = root / "raw"
    n = corpus.write_raw(raw / "generated_notes.jsonl", args.n, args.gen_seed)
    print(f"wrote {n} generated notes to {raw / 'generated_notes.jsonl'}")
    # conf/stage/prepare.yaml as train.py sees it; names by the rules, so the corpus rebuilds
    # byte-identically on every machine (the model's scores can differ in the last bit)
    st = compose_group("stage", ["stage=prepare", "stage.redact_names=rules"])
    tmp = root / ".prepare-tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    t0 = time.perf_counter()
    stats = prepare.prepare(raw, tmp, st, args.seed)
    secs = time.perf_counter() - t0
    for name in ("sft", "dpo", "stats.json"):
        old = root / name
        if old.is_dir():
            shutil.rmtree(old)
        elif old.exists():
            old.unlink()
        (tmp / name).rename(old)
    shutil.rmtree(tmp)
    print(prepare.table(stats))
    print(f"prepared in {secs:.1f} s -> {root}")
    return 0


def _check_corpus_target(root: Path) -> None:
    """build-corpus replaces root/sft, root/dpo and root/stats.json: only where they hold nothing
    but the data contract's files, and never in the current folder, the project or a home."""
    from medllm.errors import DataError
    from medllm.data.outdir import protected_reason

    why = protected_reason(root)
    if why:
        raise DataError(f"--out {root} {why}; point --out at the phase1_data folder")
    allowed = {"sft": {f"{s}.csv" for s in ("train", "validation", "test")},
               "dpo": {f"{s}.jsonl" for s in ("train", "validation", "test")}}
    for name, files in allowed.items():
        d = root / name
        other = sorted(p.name for p in d.iterdir() if p.name not in files) if d.is_dir() else []
        if d.exists() and (not d.is_dir() or other):
            raise DataError(f"--out {root}: {d} holds files that are not the data contract's ({', '.join(other[:3]) or name}); "
                            "build-corpus would replace it, so move them or point --out elsewhere")


def _compare(args) -> int:
    from medllm.evaluation.compare import main as compare_main

    return compare_main(args.dirs, args.objective, args.metrics, args.out)


def _check(args) -> int:
    if args.score or args.agreement:
        return _check_score(args)
    if not args.input:
        from medllm.errors import ConfigError

        raise ConfigError("check: pass INPUT.jsonl, or --score ANNOTATED.jsonl, or --agreement A.jsonl B.jsonl")
    from medllm.grounding.checker import check_jsonl

    c = check_jsonl(args.input, args.output)
    n, h = c["n"], c["hallucinated"]
    print(f"checked {n} summaries: {h} hallucinated ({100 * h / n if n else 0:.1f}%)", file=sys.stderr)
    for t, k in c["by_type"].items():
        if k:
            print(f"  {t:<11} {k}", file=sys.stderr)
    if args.output:
        print(f"wrote {args.output}", file=sys.stderr)
    return 0


def _check_score(args) -> int:
    import json

    from medllm.evaluation import checkscore

    if args.agreement:
        res = checkscore.agreement(*args.agreement)
        print(f"{res['n']} summaries annotated by both")
        for key in ("hallucinated", "degenerate", "no_content", "truncated"):
            v = res[key]
            print(f"  {key:<12} A {v['a']:>3}  B {v['b']:>3}  agreement {v['agreement']:.2f}  kappa {v['kappa']:.2f}")
        print(f"  disagree on hallucinated: {', '.join(res['disagree']) or 'none'}")
    else:
        rows = checkscore.read_annotated(args.score)
        if args.split:
            rows = checkscore.select_split(rows, args.split, Path(args.score).with_name("sources.jsonl"))
        res = checkscore.score(rows)
        print(checkscore.table(res))
    if args.output:
        from medllm.files import write_text_atomic

        write_text_atomic(Path(args.output), json.dumps(res, indent=1, ensure_ascii=False) + "\n")
        print(f"wrote {args.output}", file=sys.stderr)
    return 0


def _review(args) -> int:
    from medllm.evaluation.review import run_review

    run_review(Path(args.samples), model=args.model, limit=args.limit, shuffle=args.shuffle, blind=args.blind)
    return 0


def main(argv=None) -> int:
    from medllm.offline import stay_offline

    stay_offline()  # nothing leaves the machine (medllm.offline)
    p = argparse.ArgumentParser(prog="python -m medllm", description=__doc__)
    sub = p.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build-corpus", help="regenerate the shipped corpus: generated notes + stage=prepare over phase1_data/raw")
    b.add_argument("--out", default="phase1_data", help="the phase1_data folder (its raw/ holds the inputs)")
    b.add_argument("--n", type=int, default=300, help="generated notes (beside the hand-written ones in raw/)")
    b.add_argument("--gen-seed", type=int, default=20261125, help="seed of the note generator")
    b.add_argument("--seed", type=int, default=42, help="seed of negatives and splits (train.py's seed)")
    b.set_defaults(fn=_build_corpus)
    c = sub.add_parser("compare", help="table and plots of runs or sweeps: overrides x metrics, sorted by the objective")
    c.add_argument("dirs", nargs="+", metavar="DIR", help="run folders, sweep folders, or any folder above them")
    c.add_argument("--objective", help="metric to sort by (default: the runs' own objective)")
    c.add_argument("--metrics", help="comma-separated metrics to show after the objective")
    c.add_argument("--out", help="where compare.csv, compare.md and the PNGs go (default: the one DIR, else ./compare)")
    c.set_defaults(fn=_compare)
    k = sub.add_parser(
        "check", help="flag summary facts the note does not support (deterministic, no model)",
        description="Check each summary against its note: medications, doses, units, routes, frequencies, "
                    "labs, vitals, laterality, negation, durations/dates, diagnoses, procedures and other numbers. "
                    "Each output line is the input line plus \"hallucinated\": true|false and \"unsupported\": "
                    "[{\"type\", \"text\"}, ...]. Counts (n, hallucinated, per type) go to stderr. "
                    "Exit code 0 when every line was checked (whatever it found), 2 for a malformed input line.")
    k.add_argument("input", metavar="INPUT.jsonl", nargs="?", help='one JSON object per line: {"id", "note", "summary"}')
    k.add_argument("-o", "--output", metavar="OUTPUT.jsonl",
                   help="write the results here (atomically); without -o the JSONL goes to stdout "
                        "(with --score / --agreement: the figures as JSON)")
    k.add_argument("--score", metavar="ANNOTATED.jsonl",
                   help="score the checker against summaries judged by reading (phase1_data/annotated/annotated.jsonl): "
                        "recall, precision and kappa per summary and per type, and the misses")
    k.add_argument("--split", choices=("dev", "heldout"),
                   help="with --score: only the development two thirds or the held-out third of the notes "
                        "(by a hash of the note_id in sources.jsonl beside the annotated file)")
    k.add_argument("--agreement", nargs=2, metavar=("A.jsonl", "B.jsonl"),
                   help="agreement (Cohen's kappa) of two annotators on the summaries both judged")
    k.set_defaults(fn=_check)
    r = sub.add_parser(
        "review", help="review eval samples by hand (blind to the checker) and measure agreement with it",
        description="Show each note and summary of the eval's samples.csv and ask: y = hallucinated, "
                    "n = faithful, s = skip, c = show the checker's flags first, q = quit. The checker's "
                    "flags are shown after each answer so the verdict stays independent. Verdicts go to "
                    "SAMPLES.review.jsonl as they are given; rerunning resumes at the first unreviewed row. "
                    "Prints the human hallucination rate (Wilson 95% CI) and the agreement (percent, Cohen's "
                    "kappa) with the checker per model and overall.")
    r.add_argument("samples", metavar="SAMPLES.csv", help="samples.csv written by stage=eval")
    r.add_argument("--model", help="review only this model's rows (e.g. dpo)")
    r.add_argument("--limit", type=int, metavar="N", help="review only the first N rows (after --model)")
    r.add_argument("--shuffle", type=int, metavar="SEED", help="rows in a seeded random order (models interleaved)")
    r.add_argument("--blind", action="store_true",
                   help="hide which model wrote each row and the checker's verdict until the end")
    r.set_defaults(fn=_review)
    from medllm.cli.infer import add_parsers as add_infer_parsers

    add_infer_parsers(sub)  # summarize, export
    args = p.parse_args(argv)

    from medllm.cli.errors import main_guard

    rc = {"v": 0}

    def go():
        rc["v"] = args.fn(args)

    out = main_guard(go)
    return out or rc["v"]


if __name__ == "__main__":
    sys.exit(main())
