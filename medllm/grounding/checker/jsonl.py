"""JSONL files (the `python -m medllm check FILE` CLI): read {"id", "note", "summary"} lines
with errors that name the line, and write them back with "hallucinated" and "unsupported"."""

from __future__ import annotations

from medllm.grounding.checker.result import TYPES
from medllm.grounding.checker.api import check


# --------------------------------------------------------------------------- JSONL files (the CLI)

def _read_cases(path) -> list[dict]:
    """The {"id", "note", "summary"} lines of `path`; a bad line is a DataError naming it."""
    from pathlib import Path

    from medllm.errors import DataError
    from medllm.files import read_jsonl_objects

    path = Path(path)
    fix = 'each line must be a JSON object with "id" (string or integer), "note" and "summary" (strings)'
    rows = []
    for lineno, obj in read_jsonl_objects(path, name=f"check: {path}", where=f"check: {path}", fix=fix,
                                          missing_hint='; pass a JSONL file of {"id", "note", "summary"} lines',
                                          encoding_hint="; save it as UTF-8"):
        where = f"check: {path}:{lineno}"
        missing = [k for k in ("id", "note", "summary") if k not in obj]
        if missing:
            raise DataError(f"{where}: missing key {', '.join(repr(k) for k in missing)}; {fix}")
        for k in ("note", "summary"):
            if not isinstance(obj[k], str):
                raise DataError(f"{where}: \"{k}\" is a {type(obj[k]).__name__}, not a string; {fix}")
        if isinstance(obj["id"], bool) or not isinstance(obj["id"], (str, int)):
            raise DataError(f"{where}: \"id\" is a {type(obj['id']).__name__}; {fix}")
        rows.append(obj)
    return rows


def check_jsonl(inp, out=None, stream=None) -> dict:
    """Check every line of `inp`; write the lines plus "hallucinated" and "unsupported" to `out`
    (atomically) or, when `out` is None, to `stream` (stdout). Returns the counts."""
    import json
    import sys
    from pathlib import Path

    rows = _read_cases(inp)
    lines = []
    counts = {"n": 0, "hallucinated": 0, "by_type": {t: 0 for t in TYPES}}
    for obj in rows:
        found = check(obj["note"], obj["summary"])
        rec = dict(obj)
        rec["hallucinated"] = bool(found)
        rec["unsupported"] = [{"type": u.type, "text": u.text} for u in found]
        lines.append(json.dumps(rec, ensure_ascii=False))
        counts["n"] += 1
        counts["hallucinated"] += bool(found)
        for t in sorted({u.type for u in found}):
            counts["by_type"][t] += 1
    text = "".join(line + "\n" for line in lines)
    if out is None:
        (stream or sys.stdout).write(text)
    else:
        from medllm.files import write_text_atomic

        write_text_atomic(Path(out), text)
    return counts
