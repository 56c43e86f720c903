"""The readers: raw notes (CSV / JSONL, or the earlier pipeline's DPO rows) and MedHal statements.

`read_raw(path)` and `read_medhal(path)` return note dicts (`NOTE_KEYS`); every failure is a
one-line `DataError` naming the file and the line.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from pathlib import Path

from medllm.clinical.redact import public_id
from medllm.errors import DataError
from medllm.files import allow_long_csv_fields

NOTE_KEYS = ("id", "source_id", "specialty", "note_type", "clinical_note", "summary", "negatives")
_CSV_SUFFIXES = {".csv"}
_JSONL_SUFFIXES = {".jsonl", ".json-lines"}


# =========================================================================== low-level reading


def _read_text(path: Path) -> str:
    """The file as text: missing, empty and non-UTF-8 files are DataErrors naming where."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise DataError(f"{path}: no such file; check the path") from None
    except IsADirectoryError:
        raise DataError(f"{path}: is a folder, not a file; point at the .csv or .jsonl file inside it") from None
    except OSError as ex:
        raise DataError(f"{path}: cannot read ({ex.strerror})") from None
    if not data.strip():
        raise DataError(f"{path}: empty file ({len(data)} bytes); fill it with rows or point at another file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as ex:
        line = data[: ex.start].count(b"\n") + 1
        col = ex.start - (data.rfind(b"\n", 0, ex.start) + 1) + 1
        raise DataError(
            f"{path}:{line}: not valid UTF-8 (byte 0x{data[ex.start]:02x} at byte offset {ex.start}, column {col}); "
            f"re-save the file as UTF-8"
        ) from None
    return text[1:] if text.startswith("\ufeff") else text


def _format_of(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in _CSV_SUFFIXES:
        return "csv"
    if suffix in _JSONL_SUFFIXES:
        return "jsonl"
    raise DataError(f"{path}: unsupported file type '{path.suffix or '(no suffix)'}'; "
                    f"use .csv or .jsonl (.json-lines)")


def _records(path: Path) -> tuple[list[tuple[int, dict]], list[str]]:
    """(line number, row dict) pairs and the column names, from a .csv or .jsonl file.

    CSV header names are stripped and lower-cased; the line number is where the record starts.
    """
    fmt = _format_of(Path(path))
    text = _read_text(path)
    out: list[tuple[int, dict]] = []
    if fmt == "csv":
        allow_long_csv_fields()
        reader = csv.reader(io.StringIO(text, newline=""))
        try:
            header = next(reader, None)
            while header is not None and not any(h.strip() for h in header):
                header = next(reader, None)
            if header is None:
                raise DataError(f"{path}: no header row; the first line must name the columns")
            cols = [h.strip().lower() for h in header]
            dup = sorted({c for c in cols if c and cols.count(c) > 1})
            if dup:
                raise DataError(f"{path}:1: column(s) {dup} appear twice in the header; rename or drop one")
            prev = reader.line_num
            for fields in reader:
                start, prev = prev + 1, reader.line_num
                if not fields or not any(f.strip() for f in fields):
                    continue
                if len(fields) > len(cols):
                    raise DataError(f"{path}:{start}: {len(fields)} fields but the header has {len(cols)}; "
                                    f"quote fields that contain commas")
                out.append((start, {c: (fields[i] if i < len(fields) else "") for i, c in enumerate(cols) if c}))
        except csv.Error as ex:
            raise DataError(f"{path}:{reader.line_num}: unreadable CSV ({ex}); fix the quoting on that line") from None
        if not out:
            raise DataError(f"{path}: no data rows (only a header); add rows below the header")
        return out, [c for c in cols if c]
    cols: list[str] = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as ex:
            raise DataError(f"{path}:{lineno}: not valid JSON ({ex.msg} at column {ex.colno}); "
                            f"fix or remove the line (one JSON object per line)") from None
        if not isinstance(row, dict):
            raise DataError(f"{path}:{lineno}: expected a JSON object ({{...}}), found {type(row).__name__}; "
                            f"write one object per line")
        for k in row:
            if k not in cols:
                cols.append(k)
        out.append((lineno, row))
    if not out:
        raise DataError(f"{path}: no rows (only blank lines); add one JSON object per line")
    return out, cols


def _text_field(path, lineno, row, key, rid, required=True) -> str | None:
    v = row.get(key)
    if v is None or (isinstance(v, str) and not v.strip()):
        if required:
            raise DataError(f"{path}:{lineno}: empty '{key}' (id {public_id(rid)}); fill it or drop the row")
        return None
    if not isinstance(v, str):
        raise DataError(f"{path}:{lineno}: '{key}' must be text, found {type(v).__name__} (id {public_id(rid)})")
    return v


def _label_str(v) -> str:
    if v is None:
        return ""
    return str(v).strip()


# =========================================================================== read_raw


def read_raw(path: str | Path) -> list[dict]:
    """Read raw notes + reference summaries from a .csv or .jsonl (.json-lines) file.

    Accepted shapes (one per file, decided by its columns):
      * notes:  id, clinical_note, summary (or model_summary); optional source_id (defaults to
        id; a file with source_id but no id uses it as the id, like phase1_data/raw), specialty,
        note_type (default "unknown"), negatives (JSONL: a list of {kind, rejected[, from, to]}).
      * DPO rows of the earlier pipeline: prompt, chosen, rejected [, hallucination_type,
        perturbation, id, source_id]; rows with the same prompt+chosen become one note whose
        negatives are the rejected texts ({"kind": hallucination_type or "unknown", "rejected"}).
        The note id is source_id, else the first row's id, else "row<line>".
    Returns note dicts with the keys of NOTE_KEYS, in file order. Raises DataError (one line,
    naming file and line) for: missing file, empty file, no rows, non-UTF-8, bad JSON, a JSON
    line that is not an object, missing column, empty note/summary, duplicate ids, a CSV row
    with more fields than its header, a negative equal to its summary.
    """
    path = Path(path)
    records, cols = _records(path)
    colset = set(cols)
    col = "column" if _format_of(path) == "csv" else "field"
    if "clinical_note" not in colset and {"prompt", "chosen"} <= colset:
        return _from_dpo_rows(path, records)
    if "clinical_note" not in colset:
        raise DataError(f"{path}: missing {col} 'clinical_note' (found: {', '.join(cols)}); add it "
                        f"(or give the DPO {col}s 'prompt', 'chosen', 'rejected')")
    if "summary" not in colset and "model_summary" not in colset:
        raise DataError(f"{path}: missing {col} 'summary' (found: {', '.join(cols)}); add it or name it 'model_summary'")
    if "id" not in colset and "source_id" not in colset:
        raise DataError(f"{path}: missing {col} 'id' (found: {', '.join(cols)}); add a unique id per note")
    notes: list[dict] = []
    seen: dict[str, int] = {}
    for lineno, row in records:
        rid = _label_str(row.get("id")) or _label_str(row.get("source_id"))
        if not rid:
            raise DataError(f"{path}:{lineno}: empty 'id'; give every note a unique id")
        if rid in seen:
            raise DataError(f"{path}:{lineno}: duplicate id {public_id(rid)} (also on line {seen[rid]}); ids must be unique")
        seen[rid] = lineno
        note = _text_field(path, lineno, row, "clinical_note", rid)
        skey = "summary" if isinstance(row.get("summary"), str) and row["summary"].strip() else (
            "model_summary" if "model_summary" in colset else "summary")
        summary = _text_field(path, lineno, row, skey, rid)
        negatives = _negatives(path, lineno, row.get("negatives"), rid, summary)
        notes.append({
            "id": rid,
            "source_id": _label_str(row.get("source_id")) or rid,
            "specialty": _label_str(row.get("specialty")) or "unknown",
            "note_type": _label_str(row.get("note_type")) or "unknown",
            "clinical_note": note,
            "summary": summary,
            "negatives": negatives,
        })
    return notes


def _negatives(path, lineno, raw, rid, summary) -> list[dict]:
    if raw in (None, "", []):
        return []
    if isinstance(raw, str):  # a CSV cell holding JSON
        try:
            raw = json.loads(raw)
        except json.JSONDecodeError:
            raise DataError(f"{path}:{lineno}: 'negatives' is not a JSON list (id {public_id(rid)}); "
                            f"write [{{\"kind\": ..., \"rejected\": ...}}] or leave it empty") from None
    if not isinstance(raw, list):
        raise DataError(f"{path}:{lineno}: 'negatives' must be a list (id {public_id(rid)})")
    out = []
    for j, neg in enumerate(raw):
        if not isinstance(neg, dict) or not isinstance(neg.get("rejected"), str) or not neg["rejected"].strip():
            raise DataError(f"{path}:{lineno}: negatives[{j}] needs a non-empty 'rejected' text (id {public_id(rid)})")
        if neg["rejected"].strip() == summary.strip():
            raise DataError(f"{path}:{lineno}: negatives[{j}] is identical to the summary (id {public_id(rid)}); "
                            f"change one fact or drop it")
        item = {"kind": _label_str(neg.get("kind")) or "unknown", "rejected": neg["rejected"]}
        for k in ("from", "to", "explanation"):
            if isinstance(neg.get(k), str):
                item[k] = neg[k]
        out.append(item)
    return out


def _from_dpo_rows(path: Path, records: list[tuple[int, dict]]) -> list[dict]:
    groups: dict[tuple[str, str], dict] = {}
    first_line: dict[tuple[str, str], int] = {}
    for lineno, row in records:
        rid = _label_str(row.get("id")) or f"row{lineno}"
        prompt = _text_field(path, lineno, row, "prompt", rid)
        chosen = _text_field(path, lineno, row, "chosen", rid)
        rejected = _text_field(path, lineno, row, "rejected", rid)
        if rejected.strip() == chosen.strip():
            raise DataError(f"{path}:{lineno}: 'rejected' is identical to 'chosen' (id {public_id(rid)}); drop the row")
        key = (prompt, chosen)
        if key not in groups:
            sid = _label_str(row.get("source_id"))
            groups[key] = {
                "id": sid or rid, "source_id": sid or rid,
                "specialty": _label_str(row.get("specialty")) or "unknown",
                "note_type": _label_str(row.get("note_type")) or "unknown",
                "clinical_note": prompt, "summary": chosen, "negatives": [],
            }
            first_line[key] = lineno
        neg = {"kind": _label_str(row.get("hallucination_type")) or "unknown", "rejected": rejected}
        pert = row.get("perturbation")
        if isinstance(pert, str) and pert.strip().startswith("{"):
            try:
                pert = json.loads(pert)
            except json.JSONDecodeError:
                pert = None
        if isinstance(pert, dict):
            for k in ("from", "to"):
                if isinstance(pert.get(k), str):
                    neg[k] = pert[k]
            if neg["kind"] == "unknown" and isinstance(pert.get("kind"), str) and pert["kind"].strip():
                neg["kind"] = pert["kind"].strip()
        if neg not in groups[key]["negatives"]:
            groups[key]["negatives"].append(neg)
    seen: dict[str, int] = {}
    for key, note in groups.items():
        if note["id"] in seen:
            raise DataError(f"{path}:{first_line[key]}: duplicate id {public_id(note['id'])} (also on line {seen[note['id']]}) "
                            f"for a different prompt/chosen pair; give each note its own source_id")
        seen[note["id"]] = first_line[key]
    return list(groups.values())


# =========================================================================== read_medhal

_TRUE = {"true", "1", "yes", "y", "t", "faithful", "factual", "correct"}
_FALSE = {"false", "0", "no", "n", "f", "hallucinated", "unfaithful", "incorrect"}


def _medhal_label(path, lineno, v) -> bool:
    if isinstance(v, bool):
        return v
    if isinstance(v, (int, float)) and v in (0, 1):
        return bool(v)
    s = _label_str(v).lower()
    if s in _TRUE:
        return True
    if s in _FALSE:
        return False
    raise DataError(f"{path}:{lineno}: label {v!r} is neither true nor false; use true/false or 1/0")


def read_medhal(path: str | Path, keep_without_summary: bool = False, stats: dict | None = None) -> list[dict]:
    """Import a MedHal-format file (columns statement, context, label[, explanation, inner_id]).

    MedHal labels a *statement* against a *context*: the context is the source text (our
    clinical_note); a statement labelled true (true/1/"TRUE"/...) is faithful to it, one labelled
    false is a hallucination. Rows are grouped by their context (identical after whitespace
    collapse; a statement is only labelled relative to its own context, so inner_id names the
    note but never merges different contexts). Per context:

      * each true statement becomes one note dict (summary = that statement; several true
        statements give several notes that share one source_id, ids "<id>-s<k>", so they land in
        the same split);
      * every false statement is a negative of those notes: {"kind": "medhal", "rejected":
        statement, "explanation": explanation}. A false statement is never a summary.
      * a context with only false statements has no faithful summary and cannot make an SFT row
        or a DPO pair: it is DROPPED by default; with keep_without_summary=True it is returned
        with summary None (e.g. to evaluate a checker on the negatives).

    Rows with an empty context or statement are skipped (MedHal has context-free knowledge
    rows). `stats`, if given, is filled with counts: rows, contexts, notes,
    dropped_no_true, skipped_empty. ids: "medhal-<inner_id of the group's first row>" (or
    "medhal-L<line>"). specialty and note_type are "unknown".
    """
    path = Path(path)
    records, cols = _records(path)
    for c in ("statement", "context", "label"):
        if c not in cols:
            raise DataError(f"{path}: missing column '{c}' (found: {', '.join(cols)}); "
                            f"a MedHal file needs statement, context, label[, explanation, inner_id]")
    groups: dict[str, dict] = {}
    skipped = 0
    for lineno, row in records:
        context = row.get("context")
        statement = row.get("statement")
        label = _medhal_label(path, lineno, row.get("label"))
        if not isinstance(context, str) or not context.strip() or not isinstance(statement, str) or not statement.strip():
            skipped += 1
            continue
        key = " ".join(context.split())
        g = groups.get(key)
        if g is None:
            inner = _label_str(row.get("inner_id"))
            base = re.sub(r"[^A-Za-z0-9_.-]+", "_", inner).strip("_") if inner else f"L{lineno}"
            g = groups[key] = {"base": f"medhal-{base}", "context": context, "true": [], "false": []}
        if label:
            if statement not in g["true"]:
                g["true"].append(statement)
        else:
            neg = {"kind": "medhal", "rejected": statement, "explanation": _label_str(row.get("explanation"))}
            if neg not in g["false"]:
                g["false"].append(neg)
    notes: list[dict] = []
    used: Counter = Counter()
    dropped = 0
    for g in groups.values():
        base = g["base"]
        used[base] += 1
        if used[base] > 1:
            base = f"{base}-{used[base]}"
        summaries = g["true"] or ([None] if keep_without_summary else [])
        if not g["true"]:
            dropped += 1
        for k, summ in enumerate(summaries):
            notes.append({
                "id": base if len(summaries) == 1 else f"{base}-s{k}",
                "source_id": base, "specialty": "unknown", "note_type": "unknown",
                "clinical_note": g["context"], "summary": summ,
                "negatives": [dict(n) for n in g["false"]],
            })
    if stats is not None:
        stats.update(rows=len(records), contexts=len(groups), notes=len(notes),
                     dropped_no_true=dropped, skipped_empty=skipped)
    if not notes:
        raise DataError(f"{path}: no context has a statement labelled true, so there is no faithful summary to "
                        f"train on; check the label column (true/1 = faithful)")
    return notes
