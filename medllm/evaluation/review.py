"""Human review of eval samples in the terminal: `python -m medllm review SAMPLES.csv`.

Reads the eval stage's `samples.csv` (columns `id, model, note, summary, hallucinated,
unsupported`; `hallucinated` is the checker's "true"/"false", `unsupported` a JSON list of
{"type", "text"}; note and summary are already redacted). For each row it shows the note and the
summary and asks for a verdict:

    y = hallucinated (the summary states something the note does not support)
    n = faithful     s = skip (cannot judge; not asked again, left out of the numbers)
    c = show what the checker flagged, then answer      q = quit (progress is kept)

Blind by default: the checker's verdict and flagged facts are shown only after the answer, so
the human judgement stays independent of the checker — that independence is what makes the
agreement (and kappa) below mean something. `c` reveals them before answering for a reviewer
who wants a hint; such a verdict is recorded with "saw_checker": true so it can be set apart.

Each verdict is appended to `SAMPLES.review.jsonl` beside the csv
({"id", "model", "verdict": "hallucinated" | "faithful" | "skip", "saw_checker"}) and flushed
to disk before the next row is shown; a restart resumes at the first row with no verdict (the
last line for an (id, model) wins if a row was judged twice). At the end, or on `q`, it prints
per model and overall: the human hallucination rate with a Wilson 95% interval, the checker's
rate on the same rows, percent agreement and Cohen's kappa between human and checker.

`--model NAME` reviews one model's rows; `--limit N` reviews the first N rows of the selection
(in file order), so a fixed subsample stays the same across restarts and the numbers describe it.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import sys
import textwrap
from pathlib import Path
from typing import Callable, TextIO

from medllm.errors import DataError
from medllm.evaluation.evalstats import cohen_kappa, percent_agreement, wilson

__all__ = ["REQUIRED_COLUMNS", "verdicts_path", "load_samples", "load_verdicts", "review_stats", "run_review"]

REQUIRED_COLUMNS = ("id", "model", "note", "summary", "hallucinated", "unsupported")
ANSWERS = {"y": "hallucinated", "n": "faithful", "s": "skip"}
PROMPT = "hallucinated? [y]es / [n]o, faithful / [s]kip / [c]hecker / [q]uit: "
_TRUE = {"true", "1", "yes", "y", "t"}
_FALSE = {"false", "0", "no", "n", "f"}


def verdicts_path(samples: Path) -> Path:
    """samples.csv -> samples.review.jsonl (same folder)."""
    samples = Path(samples)
    return samples.with_name(samples.stem + ".review.jsonl")


def load_samples(path: Path) -> list[dict]:
    """Rows of samples.csv as dicts: id, model, note, summary, checker (bool), unsupported (str);
    note and summary pass through medllm.clinical.redact (the id is shown through `public_id`)."""
    from medllm.clinical.redact import redact_many

    path = Path(path)
    if not path.is_file():
        raise DataError(f"review: {path} not found; pass the samples.csv written by stage=eval")
    rows = []
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            cols = reader.fieldnames
            if not cols:
                raise DataError(f"review: {path} is empty; pass the samples.csv written by stage=eval")
            for c in REQUIRED_COLUMNS:
                if c not in cols:
                    raise DataError(f"review: {path} has no column '{c}' (columns: {', '.join(cols)}); "
                                    f"samples.csv needs {', '.join(REQUIRED_COLUMNS)}")
            for rec in reader:
                flag = (rec.get("hallucinated") or "").strip().lower()
                if flag not in _TRUE | _FALSE:
                    raise DataError(f"review: {path} line {reader.line_num}: column 'hallucinated' is "
                                    f"{rec.get('hallucinated')!r}; expected true or false")
                # samples.csv from stage=eval is redacted already; a file from elsewhere may not be
                note, summary = redact_many([rec["note"] or "", rec["summary"] or ""])[0]
                rows.append({"id": rec["id"], "model": rec["model"], "note": note,
                             "summary": summary, "checker": flag in _TRUE,
                             "unsupported": rec["unsupported"] or ""})
    except csv.Error as ex:
        raise DataError(f"review: {path} is not a readable CSV ({ex}); pass the samples.csv written by stage=eval") from None
    except UnicodeDecodeError:
        raise DataError(f"review: {path} is not UTF-8 text; pass the samples.csv written by stage=eval") from None
    return rows


def load_verdicts(path: Path) -> dict[tuple[str, str], dict]:
    """(id, model) -> the last verdict record in the review file; unreadable lines are ignored
    (a run killed mid-write can leave one partial last line)."""
    path = Path(path)
    out: dict[tuple[str, str], dict] = {}
    if not path.is_file():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            rec = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(rec, dict) and rec.get("verdict") in ANSWERS.values():
            out[(str(rec.get("id")), str(rec.get("model")))] = rec
    return out


def _append(path: Path, rec: dict) -> None:
    """Append one JSON line and push it to disk before returning."""
    sep = ""
    if path.exists() and path.stat().st_size:
        with path.open("rb") as fh:
            fh.seek(-1, os.SEEK_END)
            if fh.read(1) != b"\n":
                sep = "\n"  # a partial line from a killed run: start a fresh line
    with path.open("a", encoding="utf-8") as fh:
        fh.write(sep + json.dumps(rec) + "\n")
        fh.flush()
        os.fsync(fh.fileno())


def _stats(human: list[bool], checker: list[bool], skipped: int, total: int) -> dict:
    k, n = sum(human), len(human)
    return {
        "rows": total, "judged": n, "skipped": skipped,
        "human_hallucinated": k, "human_rate": k / n if n else None, "human_ci95": list(wilson(k, n)),
        "checker_hallucinated": sum(checker), "checker_rate": sum(checker) / n if n else None,
        "agreement": percent_agreement(human, checker), "kappa": cohen_kappa(human, checker),
        "human_only": sum(h and not c for h, c in zip(human, checker)),
        "checker_only": sum(c and not h for h, c in zip(human, checker)),
    }


def review_stats(rows: list[dict], verdicts: dict[tuple[str, str], dict]) -> dict:
    """{"per_model": {model: stats}, "overall": stats} over `rows` that have a y/n verdict.

    stats: rows, judged, skipped, human_hallucinated, human_rate, human_ci95 [lo, hi] (Wilson),
    checker_hallucinated, checker_rate (same rows), agreement (0..1), kappa (evalstats.cohen_kappa),
    human_only (human y, checker n: checker misses), checker_only (checker y, human n).
    """
    groups: dict[str, list] = {}
    for r in rows:
        groups.setdefault(r["model"], []).append(r)

    def one(rs):
        human, checker, skipped = [], [], 0
        for r in rs:
            v = verdicts.get((r["id"], r["model"]), {}).get("verdict")
            if v == "skip":
                skipped += 1
            elif v in ("hallucinated", "faithful"):
                human.append(v == "hallucinated")
                checker.append(r["checker"])
        return _stats(human, checker, skipped, len(rs))

    return {"per_model": {m: one(rs) for m, rs in groups.items()}, "overall": one(rows)}


def _pct(x) -> str:
    return "–" if x is None else f"{100 * x:.1f}%"


def format_stats(stats: dict) -> str:
    head = f"{'model':<10} {'judged':>6} {'human rate (95% CI)':<22} {'checker':>8} {'agree':>7} {'kappa':>6} " \
           f"{'human-only':>10} {'checker-only':>12}"
    lines = [head]
    items = list(stats["per_model"].items())
    if len(items) > 1:
        items.append(("all", stats["overall"]))
    for name, s in items:
        lo, hi = s["human_ci95"]
        rate = f"{_pct(s['human_rate'])} ({_pct(lo)}–{_pct(hi)})" if s["judged"] else "–"
        kappa = "–" if s["kappa"] is None else f"{s['kappa']:.2f}"
        lines.append(f"{name:<10} {s['judged']:>6} {rate:<22} {_pct(s['checker_rate']):>8} "
                     f"{_pct(s['agreement']):>7} {kappa:>6} {s['human_only']:>10} {s['checker_only']:>12}")
    lines.append("human-only: judged hallucinated by you, not by the checker (checker misses); "
                 "checker-only: the reverse. Skipped rows are left out.")
    return "\n".join(lines)


def _wrap(text: str, width: int, indent: str = "  ") -> str:
    out = []
    for para in text.splitlines() or [""]:
        out += textwrap.wrap(para, width, initial_indent=indent, subsequent_indent=indent) or [""]
    return "\n".join(out)


def _flags(row: dict) -> str:
    try:
        items = json.loads(row["unsupported"]) if row["unsupported"].strip() else []
    except json.JSONDecodeError:
        return f"checker: {'hallucinated' if row['checker'] else 'faithful'} ({row['unsupported']})"
    parts = []
    for it in items if isinstance(items, list) else []:
        if isinstance(it, dict):
            parts.append(f"{it.get('type', '?')}: \"{it.get('text', '')}\"")
        else:
            parts.append(str(it))
    verdict = "hallucinated" if row["checker"] else "faithful"
    return f"checker: {verdict}" + (f" — {len(parts)} unsupported: " + "; ".join(parts) if parts else "")


def run_review(path: Path, input_fn: Callable[[str], str] = input, out: TextIO = sys.stdout,
               model: str | None = None, limit: int | None = None, width: int | None = None,
               shuffle: int | None = None, blind: bool = False) -> dict:
    """Review the rows of samples.csv interactively; returns the final stats (see review_stats)
    plus "total", "remaining", "quit" and "verdicts_path". input_fn(prompt) -> answer; EOF quits.

    shuffle=SEED shows the rows in a seeded random order (the same on every restart), so the
    models' outputs are interleaved; blind=True hides which model wrote a row until the end."""
    from medllm.clinical.redact import public_id

    path = Path(path)
    rows = load_samples(path)
    if model is not None:
        models = sorted({r["model"] for r in rows})
        rows = [r for r in rows if r["model"] == model]
        if not rows:
            raise DataError(f"review: {path} has no rows for model '{model}' (models: {', '.join(models) or 'none'})")
    if limit is not None:
        if limit < 1:
            raise DataError(f"review: --limit must be at least 1, got {limit}")
        rows = rows[:limit]
    if shuffle is not None:
        import random

        random.Random(shuffle).shuffle(rows)
    vpath = verdicts_path(path)
    verdicts = load_verdicts(vpath)
    width = width or max(40, min(100, shutil.get_terminal_size((100, 24)).columns - 2))
    total = len(rows)

    def say(s: str = "") -> None:
        print(s, file=out, flush=True)

    todo = [i for i, r in enumerate(rows) if (r["id"], r["model"]) not in verdicts]
    if todo and len(todo) < total:
        say(f"resuming: {total - len(todo)} of {total} rows already reviewed (in {vpath})")
    quit_ = False
    for i in todo:
        r = rows[i]
        say("─" * width)
        say(f"{i + 1}/{total}" + ("" if blind else f" · model {r['model']} · id {public_id(r['id'])}"))
        say("\nNOTE")
        say(_wrap(r["note"], width))
        say("\nSUMMARY")
        say(_wrap(r["summary"], width))
        say()
        saw_checker = False
        while True:
            try:
                ans = input_fn(PROMPT).strip().lower()
            except EOFError:
                ans = "q"
            if ans == "q":
                quit_ = True
                break
            if ans == "c":
                saw_checker = True
                say(_flags(r))
                continue
            if ans in ANSWERS:
                rec = {"id": r["id"], "model": r["model"], "verdict": ANSWERS[ans], "saw_checker": saw_checker}
                _append(vpath, rec)
                verdicts[(r["id"], r["model"])] = rec
                if ans != "s" and not blind:
                    agree = (ans == "y") == r["checker"]
                    say(_flags(r) + f"  [{'agrees' if agree else 'DISAGREES'} with you]")
                break
            say("please answer y, n, s, c or q")
        if quit_:
            break

    remaining = sum((r["id"], r["model"]) not in verdicts for r in rows)
    stats = review_stats(rows, verdicts)
    say("═" * width)
    say(f"human review of {path}: {total - remaining} of {total} rows reviewed, {remaining} left"
        + (" (run the same command again to continue)" if remaining else ""))
    say(format_stats(stats))
    say(f"verdicts: {vpath}")
    stats.update({"total": total, "remaining": remaining, "quit": quit_, "verdicts_path": str(vpath)})
    return stats
