"""The checker scored against summaries judged by reading (`python -m medllm check --score FILE`).

An annotated file has one JSON object per line:

    {"id", "note", "summary", "finished": bool (did generation end by itself),
     "hallucinated": bool, "spans": [{"text", "type", "why"}], "degenerate": bool,
     "no_content": bool, "truncated": bool}

(phase1_data/annotated/annotated.jsonl, see its GUIDE.md). The checker runs as eval runs it
(medllm.grounding.scores.score_summary: a value cut by the token limit is not scored, a degenerate output
is one verdict). Reported:

  summaries  reader "bad" (hallucinated, degenerate or no-content) against the checker's
             verdict: recall, precision, Cohen's kappa, and the same on hallucination alone
  recall per type     share of the reader's spans of that type that a checker flag overlaps
  precision per type  share of the checker's flags of that type that overlap a reader span
  misses              the reader's spans no flag overlaps, and the flags no span overlaps

A flag overlaps a span when their places in the summary overlap, found by case-insensitive
search; a flag whose text cannot be placed matches a span that shares a word of 3+ characters
or a number with it. `--agreement A B` compares two annotators' files on the ids they share.

`--split dev|heldout` scores one part of the file: summaries are split by the NOTE they summarize
(sources.jsonl beside the annotated file maps summary id -> note_id), a note going to the held-out
third when the first 8 hex digits of sha256(note_id) are 0 mod 3 (`split_of`). Checker rules are
developed on the dev part's misses only; the held-out part says how well they generalize.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from pathlib import Path

from medllm.errors import DataError
from medllm.evaluation.evalstats import cohen_kappa, percent_agreement

_WORD = re.compile(r"[a-z]{3,}|\d+(?:\.\d+)?")
_STOP = {"the", "and", "with", "for", "was", "were", "has", "had", "his", "her", "she", "that", "this", "from"}


def _place(summary: str, text: str) -> tuple[int, int] | None:
    i = summary.lower().find(text.lower().strip())
    return (i, i + len(text.strip())) if i >= 0 and text.strip() else None


def _words(s: str) -> set[str]:
    return {w for w in _WORD.findall(s.lower()) if w not in _STOP}


def _overlaps(summary: str, flag: str, span: str) -> bool:
    a, b = _place(summary, flag), _place(summary, span)
    if a and b:
        return a[0] < b[1] and b[0] < a[1]
    return bool(_words(flag) & _words(span))


def read_annotated(path: Path) -> list[dict]:
    """The annotated lines of `path`; a malformed line is a DataError naming it."""
    from medllm.files import read_jsonl_objects

    path = Path(path)
    rows = []
    need = ("id", "note", "summary", "hallucinated", "spans")
    for lineno, obj in read_jsonl_objects(path, name=f"check --score: {path}", where=f"check --score: {path}",
                                          fix="one annotated object per line (phase1_data/annotated/GUIDE.md)",
                                          missing_hint="; pass an annotated JSONL file (phase1_data/annotated/annotated.jsonl)"):
        missing = [k for k in need if k not in obj]
        if missing:
            raise DataError(f"check --score: {path}:{lineno}: missing {', '.join(missing)}; see phase1_data/annotated/GUIDE.md")
        if bool(obj["spans"]) != bool(obj["hallucinated"]):
            raise DataError(f"check --score: {path}:{lineno}: \"hallucinated\" is {obj['hallucinated']} but it has "
                            f"{len(obj['spans'])} spans; hallucinated is true exactly when spans is not empty")
        rows.append(obj)
    if not rows:
        raise DataError(f"check --score: {path} has no annotated lines")
    return rows


SPLITS = ("dev", "heldout")


def split_of(note_id: str) -> str:
    """"heldout" for a third of the notes, "dev" for the rest: a fixed hash, so every summary of a
    note lands on the same side and the split never moves when lines are added."""
    h = int(hashlib.sha256(str(note_id).encode("utf-8")).hexdigest()[:8], 16)
    return "heldout" if h % 3 == 0 else "dev"


def select_split(rows: list[dict], split: str, sources: Path) -> list[dict]:
    """The rows of `split` ("dev" or "heldout"), by each row's own "note_id" or else the one that
    `sources` gives its summary id."""
    if split not in SPLITS:
        raise DataError(f"check --split: '{split}'; choose one of {', '.join(SPLITS)}")
    if rows and all("note_id" in r for r in rows):
        return [r for r in rows if split_of(r["note_id"]) == split]
    sources = Path(sources)
    if not sources.is_file():
        raise DataError(f"check --split: {sources} not found; it maps each summary id to its note_id "
                        "(phase1_data/annotated/sources.jsonl)")
    note_of = {}
    for line in sources.read_text(encoding="utf-8").splitlines():
        if line.strip():
            obj = json.loads(line)
            note_of[str(obj["id"])] = obj["note_id"]
    missing = [str(r["id"]) for r in rows if str(r["id"]) not in note_of]
    if missing:
        raise DataError(f"check --split: {sources} has no note_id for {', '.join(missing[:5])}"
                        f"{' ...' if len(missing) > 5 else ''}")
    return [r for r in rows if split_of(note_of[str(r["id"])]) == split]


def _ratio(k: int, n: int) -> float | None:
    return round(k / n, 3) if n else None


def score(rows: list[dict]) -> dict:
    """The checker against the reading: summary-level and per-type figures, and the misses."""
    from medllm.grounding.scores import score_summary

    reader_bad, checker_bad, reader_h, checker_h = [], [], [], []
    span_n, span_hit, flag_n, flag_hit = Counter(), Counter(), Counter(), Counter()
    misses, false_flags = [], []
    for r in rows:
        s = score_summary(r["note"], None, r["summary"], finished=r.get("finished", True))
        flags = s["unsupported"]
        rb = bool(r["hallucinated"] or r.get("degenerate") or r.get("no_content"))
        reader_bad.append(rb)
        checker_bad.append(s["hallucinated"])
        reader_h.append(bool(r["hallucinated"]))
        checker_h.append(bool(flags) and not s["degenerate"])
        for sp in r["spans"]:
            span_n[sp["type"]] += 1
            hit = any(_overlaps(r["summary"], f["text"], sp["text"]) for f in flags if f["type"] != "degenerate")
            span_hit[sp["type"]] += hit
            if not hit:
                misses.append({"id": r["id"], "type": sp["type"], "text": sp["text"], "why": sp.get("why", "")})
        for f in flags:
            t = f["type"]
            flag_n[t] += 1
            if t == "degenerate":
                ok = bool(r.get("degenerate") or r.get("no_content"))
            else:
                ok = any(_overlaps(r["summary"], f["text"], sp["text"]) for sp in r["spans"])
            flag_hit[t] += ok
            if not ok:
                false_flags.append({"id": r["id"], "type": t, "text": f["text"]})

    def summary_level(reader, checker):
        tp = sum(a and b for a, b in zip(reader, checker))
        return {"n": len(reader), "reader": sum(reader), "checker": sum(checker), "both": tp,
                "recall": _ratio(tp, sum(reader)), "precision": _ratio(tp, sum(checker)),
                "agreement": round(percent_agreement(reader, checker), 3),
                "kappa": round(cohen_kappa(reader, checker), 3)}

    types = sorted(set(span_n) | set(flag_n), key=lambda t: (-span_n[t], t))
    return {
        "summaries": summary_level(reader_bad, checker_bad),
        "hallucination_only": summary_level(reader_h, checker_h),
        "spans": {"n": sum(span_n.values()), "caught": sum(span_hit.values()),
                  "recall": _ratio(sum(span_hit.values()), sum(span_n.values()))},
        "flags": {"n": sum(flag_n.values()), "on_a_span": sum(flag_hit.values()),
                  "precision": _ratio(sum(flag_hit.values()), sum(flag_n.values()))},
        "by_type": {t: {"spans": span_n[t], "caught": span_hit[t], "recall": _ratio(span_hit[t], span_n[t]),
                        "flags": flag_n[t], "on_a_span": flag_hit[t], "precision": _ratio(flag_hit[t], flag_n[t])}
                    for t in types},
        "misses": misses,
        "false_flags": false_flags,
    }


def table(res: dict, show: int = 15) -> str:
    def fmt(x):
        return "-" if x is None else f"{x:.2f}"

    s, h = res["summaries"], res["hallucination_only"]
    lines = [f"summaries: {s['n']} | reader: {s['reader']} bad (hallucinated, degenerate or no content), checker: "
             f"{s['checker']} | recall {fmt(s['recall'])} precision {fmt(s['precision'])} kappa {fmt(s['kappa'])} "
             f"(agreement {fmt(s['agreement'])})",
             f"hallucination alone: reader {h['reader']}, checker {h['checker']} | recall {fmt(h['recall'])} "
             f"precision {fmt(h['precision'])} kappa {fmt(h['kappa'])}",
             f"spans: {res['spans']['caught']}/{res['spans']['n']} caught (recall {fmt(res['spans']['recall'])}); "
             f"flags: {res['flags']['on_a_span']}/{res['flags']['n']} on a reader's span "
             f"(precision {fmt(res['flags']['precision'])})", "",
             f"{'type':<12} {'spans':>5} {'caught':>6} {'recall':>6} {'flags':>5} {'on span':>7} {'precision':>9}"]
    for t, v in res["by_type"].items():
        lines.append(f"{t:<12} {v['spans']:>5} {v['caught']:>6} {fmt(v['recall']):>6} {v['flags']:>5} "
                     f"{v['on_a_span']:>7} {fmt(v['precision']):>9}")
    if res["misses"]:
        lines += ["", f"missed spans (first {min(show, len(res['misses']))} of {len(res['misses'])}):"]
        lines += [f"  {m['id']} {m['type']:<11} {m['text']!r}  ({m['why']})" for m in res["misses"][:show]]
    if res["false_flags"]:
        lines += ["", f"flags on no reader span (first {min(show, len(res['false_flags']))} of {len(res['false_flags'])}):"]
        lines += [f"  {f['id']} {f['type']:<11} {f['text']!r}" for f in res["false_flags"][:show]]
    return "\n".join(lines)


def _annotations(path: Path) -> dict[str, dict]:
    from medllm.files import read_jsonl_objects

    out = {}
    fix = 'one annotation per line, a JSON object with "id"'
    for lineno, obj in read_jsonl_objects(path, name=f"check --agreement: {path}", where=f"check --agreement: {path}",
                                          fix=fix, missing_hint="; pass two annotators' JSONL files"):
        if "id" not in obj:
            raise DataError(f"check --agreement: {path}:{lineno}: no \"id\"; {fix}")
        out[str(obj["id"])] = obj
    return out


def agreement(a_path: Path, b_path: Path) -> dict:
    """Two annotators on the ids they share: agreement and Cohen's kappa on each verdict."""
    a, b = _annotations(a_path), _annotations(b_path)
    ids = sorted(set(a) & set(b))
    if not ids:
        raise DataError(f"check --agreement: {a_path} and {b_path} share no ids")
    out = {"n": len(ids)}
    for key in ("hallucinated", "degenerate", "no_content", "truncated"):
        x = [bool(a[i].get(key)) for i in ids]
        y = [bool(b[i].get(key)) for i in ids]
        out[key] = {"a": sum(x), "b": sum(y), "agreement": round(percent_agreement(x, y), 3),
                    "kappa": round(cohen_kappa(x, y), 3)}
    out["disagree"] = [i for i in ids if bool(a[i]["hallucinated"]) != bool(b[i]["hallucinated"])]
    return out
