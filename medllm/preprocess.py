"""Library pieces for `stage=prepare`: raw notes + summaries -> the phase1_data contract.

    read_raw(path)              CSV / JSONL notes (or the earlier pipeline's DPO rows) -> note dicts
    read_medhal(path)           MedHal statements (statement, context, label, ...) -> note dicts
    normalize(text)             fact-preserving cleanup (spaces, quotes, dashes, unit spellings)
    strip_control(text)         NUL and other control characters removed (prepare always does this)
    fact_signature(text)        numbers, units, negation cues and drugs of a text (for checks/tests)
    split_sentences(text)       sentence offsets that do not break on 7.2, Dr., b.i.d.
    evidence(note, summary)     summary sentence -> supporting note sentence offsets
    near_duplicate_key(text)    key under which two notes count as the same note
    check_leakage(splits)       source_id / near-duplicate notes shared between splits
    write_dir_atomic(...)       build an output folder in a temp folder, then move it into place
                                (medllm.outdir; replaces only a folder medllm wrote)

A note dict (what the readers return):

    {"id", "source_id", "specialty", "note_type", "clinical_note", "summary", "negatives": [...]}

each negative ``{"kind", "rejected"}`` plus, where the input had them, ``"from"``, ``"to"``
(the changed span, as in phase1_data/raw) and ``"explanation"`` (MedHal).

Every user-facing failure is a one-line `DataError` naming the file, the line (1-based) and
what to do; the caller prints it.
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from collections import Counter
from functools import lru_cache
from pathlib import Path

from medllm.errors import DataError
from medllm.io import allow_long_csv_fields
from medllm.outdir import write_dir_atomic  # noqa: F401  (re-exported: the one writer of output folders)

__all__ = [
    "read_raw", "read_medhal", "normalize", "fact_signature", "split_sentences", "evidence",
    "near_duplicate_key", "check_leakage", "write_dir_atomic", "strip_control",
]

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
            raise DataError(f"{path}:{lineno}: empty '{key}' (id={rid}); fill it or drop the row")
        return None
    if not isinstance(v, str):
        raise DataError(f"{path}:{lineno}: '{key}' must be text, found {type(v).__name__} (id={rid})")
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
            raise DataError(f"{path}:{lineno}: duplicate id '{rid}' (also on line {seen[rid]}); ids must be unique")
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
            raise DataError(f"{path}:{lineno}: 'negatives' is not a JSON list (id={rid}); "
                            f"write [{{\"kind\": ..., \"rejected\": ...}}] or leave it empty") from None
    if not isinstance(raw, list):
        raise DataError(f"{path}:{lineno}: 'negatives' must be a list (id={rid})")
    out = []
    for j, neg in enumerate(raw):
        if not isinstance(neg, dict) or not isinstance(neg.get("rejected"), str) or not neg["rejected"].strip():
            raise DataError(f"{path}:{lineno}: negatives[{j}] needs a non-empty 'rejected' text (id={rid})")
        if neg["rejected"].strip() == summary.strip():
            raise DataError(f"{path}:{lineno}: negatives[{j}] is identical to the summary (id={rid}); "
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
            raise DataError(f"{path}:{lineno}: 'rejected' is identical to 'chosen' (id={rid}); drop the row")
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
            raise DataError(f"{path}:{first_line[key]}: duplicate id '{note['id']}' (also on line {seen[note['id']]}) "
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


# =========================================================================== normalize

_SPACE_CHARS = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\f\v"
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_QUOTES = {"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'",
           "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"'}
_HYPHENS = {"\u2010": "-", "\u2011": "-", "\u2212": "-", "\u2012": "-", "\ufe63": "-", "\uff0d": "-"}
_SUPER = str.maketrans("\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079", "0123456789")
_SUPER_CHARS = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079"
_MICRO = "\u00b5\u03bc"  # micro sign, Greek mu


def _safe_nfkc(ch: str) -> str:
    """NFKC for one character, except where it would change a number (superscripts, fractions)."""
    if ord(ch) < 128:
        return ch
    dec = unicodedata.decomposition(ch)
    if dec.startswith(("<super>", "<sub>", "<fraction>")) or ch in _MICRO:
        return ch
    return unicodedata.normalize("NFKC", ch)


def _canon_chars(text: str) -> str:
    """Character-level cleanup shared by normalize and fact_signature (no fact changes)."""
    out = []
    for ch in text:
        if ch in _SPACE_CHARS:
            out.append(" ")
        elif ch in _ZERO_WIDTH:
            continue
        elif ch in _QUOTES:
            out.append(_QUOTES[ch])
        elif ch in _HYPHENS:
            out.append(_HYPHENS[ch])
        else:
            out.append(_safe_nfkc(ch))
    s = "".join(out)
    # 10³ -> 10^3 (never 103): a superscript run after a digit or letter is an exponent
    s = re.sub(rf"(?<=[0-9A-Za-z])[{_SUPER_CHARS}]+", lambda m: "^" + m.group(0).translate(_SUPER), s)
    return s


_UNIT_RULES: list[tuple[re.Pattern, str]] = [
    (re.compile(rf"[{_MICRO}]g\b"), "mcg"),                       # µg, μg -> mcg
    (re.compile(r"(?<=\d)(\s?)ug\b"), r"\1mcg"),                  # 5 ug -> 5 mcg (only after a number)
    (re.compile(rf"/\s?[{_MICRO}u]l\b", re.I), "/uL"),            # /µL, /ul -> /uL
    (re.compile(r"/mcl\b", re.I), "/uL"),                         # /mcL -> /uL
    (re.compile(rf"[{_MICRO}]([lL])\b"), "uL"),                   # 5 µL -> 5 uL
    (re.compile(rf"[{_MICRO}](?=mol|[mgsU]\b|IU\b)"), "u"),       # µmol, µm, µs, µU -> u...
    (re.compile(r"\bmm\s?hg\b", re.I), "mmHg"),                   # mm Hg, mmhg -> mmHg
    (re.compile(r"(?<=\d)(\s?)ml\b"), r"\1mL"),                   # 10 ml -> 10 mL
    (re.compile(r"(?<=\d)(\s?)dl\b"), r"\1dL"),
    (re.compile(r"(?<=[A-Za-z]/)ml\b"), "mL"),                    # mg/ml -> mg/mL
    (re.compile(r"(?<=[A-Za-z]/)dl\b"), "dL"),                    # mg/dl -> mg/dL
    (re.compile(r"(?<=[A-Za-z]/)l\b"), "L"),                      # mmol/l -> mmol/L
]


def _canon_units(s: str) -> str:
    for pat, rep in _UNIT_RULES:
        s = pat.sub(rep, s)
    return s


# C0 controls but tab, line feed and carriage return; DEL; C1 controls; lone surrogates (a JSON
# "\ud800" escape decodes to one, and no UTF-8 file can hold it). The separators among them
# (vertical tab, form feed, the information separators, NEL) become a space, so no two words merge.
_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_CONTROL_SPACES = set("\x0b\x0c\x1c\x1d\x1e\x1f\x85")


def strip_control(text: str) -> tuple[str, int]:
    """`text` without NUL and other control characters, and how many were removed. They carry
    no clinical content, and a NUL in a data file breaks the tools that read it."""
    return _CONTROL_RE.subn(lambda m: " " if m.group(0) in _CONTROL_SPACES else "", text)


def normalize(text: str) -> str:
    """Clean a note or summary without changing any fact.

    * NFKC per character where safe (full-width digits, ligatures, odd letter forms), but never
      on superscripts, subscripts or vulgar fractions (NFKC would turn 10³ into 103): a
      superscript exponent becomes "^3" instead (10³/µL -> 10^3/uL);
    * non-breaking, thin and other odd spaces and tabs -> space; zero-width characters and
      soft hyphens removed; smart quotes -> ASCII; Unicode hyphens and the minus sign -> "-";
    * an en dash between two words/numbers (5–10 mg, Smith–Jones) -> "-"; an em dash, or a
      dash with spaces around it, -> " - " (kept a separate token: "no fever—cough" must not
      become the compound "fever-cough");
    * an en dash right before a number after a space or "(" is a minus sign: "BE –5" -> "BE -5";
    * unit spellings: µg/μg/ug -> mcg, ml -> mL, dl -> dL, mm Hg -> mmHg, /µL -> /uL;
    * runs of spaces collapse to one; line breaks are kept (trailing spaces dropped, 3+ blank
      lines -> 1 blank line); leading/trailing whitespace stripped. \\r\\n -> \\n.
    Digits, decimal points and thousands separators are never touched ("150,000", "7.2").
    """
    if not text:
        return "" if text is None else text
    s = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    s = _canon_chars(s)
    s = re.sub(r"(?<=[0-9A-Za-z])\u2013(?=[0-9A-Za-z])", "-", s)
    s = re.sub(r"(?<![^\s(])\u2013(?=\d)", "-", s)            # " –5" is a minus sign
    s = re.sub(r"\s*[\u2013\u2014\u2015]\s*", " - ", s)
    s = _canon_units(s)
    s = re.sub(r"[ ]{2,}", " ", s)
    s = re.sub(r" *\n *", "\n", s)
    s = re.sub(r"\n{3,}", "\n\n", s)
    return s.strip()


# =========================================================================== fact_signature

_NUM_RE = re.compile(r"(?:(?<![\w.])|(?<=[x\u00d7]))(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\^\d+)?")
_UNIT_AFTER = re.compile(rf"\s?(%|/\s?[{_MICRO}]?[A-Za-z]+|[{_MICRO}°]?[A-Za-z]+(?:\s?[Hh]g\b)?(?:/[{_MICRO}]?[A-Za-z0-9^]+)?)")
_KNOWN_UNITS = set("""
mg mcg g kg ng pg ml l dl ul mmhg mmol mmol/l meq meq/l mg/dl g/dl ng/ml pg/ml mcg/ml mg/ml u/l iu iu/l
units unit % /ul /mm3 /l /hpf bpm cm mm m kg/m2 kg/m^2 mg/kg mcg/kg mcg/kg/min mg/m2 mg/m^2 mcg/min mg/h
mg/hr ml/h ml/hr ml/min ml/kg l/min mg/day mcg/day ml/day units/kg units/h units/hr °c °f c f h hr hrs
hour hours min mins minute minutes day days wk wks week weeks mo month months y yr yrs year years sec
s mosm/kg umol/l umol ng/dl mcg/dl ug/dl meq/day cells/ul x10^3/ul x10^9/l beats breaths l/min puffs
tablet tablets tab tabs cap caps capsule capsules drops gtt ounces oz lb lbs inches in ft
""".split())
_NEGATION_RE = re.compile(r"\b(?:negative\s+for|no|not|denies|denied|deny|denying|without|absent|never|none|neither|nor)\b", re.I)
_DRUG_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9\-]*")
_DRUG_SKIP = set("""
the and with for was were has had are his her she him per not without denies no yes daily twice once
po iv im sc sq bid tid qid prn nightly weekly dose doses mg mcg units unit tablet tablets oral ice water
air blood urine stool fluid fluids level levels test tests score note plan home room left right
""".split())


def _canon_unit(u: str) -> str:
    k = re.sub(r"\s+", "", u).lower()
    k = k.replace("\u00b5", "u").replace("\u03bc", "u")
    k = re.sub(r"(?<![a-z])ug(?![a-z])", "mcg", k)
    k = k.replace("/mcl", "/ul")
    return k


@lru_cache(maxsize=1)
def _find_drugs():
    from drug_named_entity_recognition import find_drugs

    return find_drugs


def _drugs(text: str) -> list[str]:
    tokens = _DRUG_TOKEN.findall(text)
    keep = [t for t in tokens if len(t) >= 3 and t.lower() not in _DRUG_SKIP]
    if not keep:
        return []
    names = []
    for match, _s, _e in _find_drugs()(keep, is_ignore_case=True):
        name = str(match.get("name") or match.get("matching_string") or "").lower()
        if name:
            names.append(name)
    return names


def fact_signature(text: str) -> dict:
    """The checkable facts of a text, to prove that a transformation changed none of them.

    Returns {"numbers", "units", "negations", "drugs"}, each a sorted tuple (a multiset:
    repeats are kept, so dropping one "no" of two shows):
      numbers    as written, thousands separators and decimals kept ("150,000", "7.2", "148",
                 "92"; an exponent is part of its number: "10^3"; Unicode digits read as ASCII)
      units      the unit after a number, in one canonical spelling (lower case, no spaces,
                 µg/ug -> mcg, µL -> ul): "mg", "ml", "mmhg", "/ul", "%", "mg/dl", ...
      negations  negation cues, lower case: no, not, denies, without, negative for, ...
      drugs      drug names found by drug-named-entity-recognition (canonical name, lower case)
    Only the character-level cleanup that can never change a fact is applied before reading
    (odd spaces, quotes, superscript exponents), so fact_signature(normalize(x)) equals
    fact_signature(x) exactly when normalize changed no fact.
    """
    s = _canon_chars(text or "")
    numbers, units = [], []
    for m in _NUM_RE.finditer(s):
        numbers.append(m.group(0))
        u = _UNIT_AFTER.match(s, m.end())
        if u:
            key = _canon_unit(u.group(1))
            if key in _KNOWN_UNITS:
                units.append(key)
            elif "/" in key and key.split("/")[0] in _KNOWN_UNITS:
                units.append(key)
    negs = [re.sub(r"\s+", " ", m.group(0).lower()) for m in _NEGATION_RE.finditer(s)]
    return {
        "numbers": tuple(sorted(numbers)),
        "units": tuple(sorted(units)),
        "negations": tuple(sorted(negs)),
        "drugs": tuple(sorted(_drugs(s))),
    }


# =========================================================================== sentences + evidence

# never a sentence end: titles, Latin and general abbreviations
_ABBREV_TITLES = set("""
dr mr mrs ms prof st sr jr vs e.g i.e etc approx cf fig no nos al inc ltd dept
""".split())
# dosing/clinical abbreviations: a sentence end only when the next word is capitalized
_ABBREV_DOSING = set("""
b.i.d t.i.d q.i.d q.d q.o.d q.h.s h.s p.o p.r.n a.c p.c i.v i.m s.c s.q o.d o.s o.u a.m p.m
bid tid qid qd qhs hs po prn iv im sc mg mcg ml
""".split())
_SENT_END = re.compile(r"[.!?]+[\"')\]]*(?=\s|$)|\n+")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) of `text`, stripped of surrounding whitespace.

    Ends at . ! ? followed by whitespace, and at line breaks. Not at a decimal point (7.2 has
    no space after the dot), a title (Dr. Smith, Mr., vs., e.g.), a single-letter initial
    (J. Smith), or a dosing abbreviation (b.i.d., p.o., q.d.) unless the next word starts
    with a capital letter or digit ("metformin 500 mg b.i.d. Follow up ..." is two sentences).
    text[s:e] is the sentence exactly.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    for m in _SENT_END.finditer(text):
        end = m.end()
        if "\n" not in m.group(0):
            # the word that the dot closes
            wm = re.search(r"(\S+?)[.!?]+[\"')\]]*$", text[start:end])
            word = (wm.group(1) if wm else "").lower().lstrip("([\"'")
            if m.group(0).startswith("."):
                nxt = re.match(r"\s+(\S)", text[end:])
                nxt_ch = nxt.group(1) if nxt else ""
                if word in _ABBREV_TITLES:
                    continue
                # a single-letter initial (J. Smith), but not a unit after a number (4.2 L.)
                if re.fullmatch(r"[a-z]", word) and not re.search(r"\d\s?\S[.!?]+[\"')\]]*$", text[start:end]):
                    continue
                if (word in _ABBREV_DOSING or re.fullmatch(r"(?:[a-z]\.)+[a-z]", word)) and nxt_ch and \
                        not (nxt_ch.isupper() or nxt_ch.isdigit()):
                    continue
                if nxt_ch and nxt_ch.islower():
                    continue
        _add_span(text, start, m.start() if "\n" in m.group(0) else end, spans)
        start = end
    if start < n:
        _add_span(text, start, n, spans)
    return spans


def _add_span(text: str, s: int, e: int, spans: list) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        spans.append((s, e))


_STOP = set("""
a an the and or of in on at to for with by from as is was were be been being are has had have this that
these those it its he she his her him they them their patient pt who which also then than there here
into onto over under after before during while per via s o ap a/p plan assessment
""".split())
_CONTENT_RE = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?|[a-z][a-z0-9\-]*", re.I)


def _content(text: str) -> list[str]:
    out = []
    for t in _CONTENT_RE.findall(text):
        if t[0].isdigit():
            out.append("#" + t.replace(",", ""))
            continue
        t = t.lower()
        if t in _STOP or len(t) < 2:
            continue
        if len(t) > 4 and t.endswith("s") and not t.endswith("ss"):
            t = t[:-1]
        out.append(t)
    return out


def _score(items: set, other: set) -> float:
    return sum(2.0 if x.startswith("#") else 1.0 for x in items & other)


def evidence(note: str, summary: str, max_spans: int = 2, min_overlap: float = 2.0,
             min_fraction: float = 0.2) -> list[dict]:
    """Supporting note sentences for each summary sentence, as character offsets.

    Returns one dict per summary sentence, in order: {"sentence": [s, e], "spans": [[ns, ne], ...]}
    where summary[s:e] is the sentence and each note[ns:ne] is a whole note sentence (see
    `split_sentences`). Spans are the note sentences sharing the most content words and numbers
    with the summary sentence (numbers count double; stop words ignored; "150,000" == "150000"):
    the best one if its overlap is >= max(min_overlap, min_fraction * the summary sentence's
    weight), plus a second one (up to `max_spans`) that also passes and covers something the
    first does not. No span passes -> "spans": []. Spans are listed in note order.

    Evidence is metadata for its own field (e.g. the SFT `evidence` column as JSON); it is never
    part of the summary text.
    """
    note_spans = split_sentences(note or "")
    note_items = [set(_content(note[s:e])) for s, e in note_spans]
    out = []
    for s, e in split_sentences(summary or ""):
        items = set(_content(summary[s:e]))
        weight = _score(items, items)
        threshold = max(min_overlap, min_fraction * weight)
        ranked = sorted(((_score(items, ni), -i) for i, ni in enumerate(note_items)), reverse=True)
        chosen: list[int] = []
        covered: set = set()
        for sc, neg_i in ranked:
            i = -neg_i
            if sc < threshold or len(chosen) >= max_spans:
                break
            gain = (items & note_items[i]) - covered
            if chosen and not gain:
                continue
            chosen.append(i)
            covered |= items & note_items[i]
        out.append({"sentence": [s, e], "spans": [list(note_spans[i]) for i in sorted(chosen)]})
    return out


# =========================================================================== leakage

_PLACEHOLDER_RE = re.compile(r"\[(?:NAME|DATE|MRN|PHONE|ADDRESS|EMAIL|SSN|AGE>89)\]")


def near_duplicate_key(text: str) -> str:
    """A key that two copies of the same note share despite cosmetic differences.

    normalize() (spaces, quotes, unit spellings), redaction placeholders -> "phi" (so a note
    redacted differently still matches), lower case, punctuation -> space, whitespace collapsed.
    Digits are kept, so notes that differ in a value do not collide.
    """
    s = normalize(text or "")
    s = _PLACEHOLDER_RE.sub(" phi ", s)
    s = s.lower()
    s = re.sub(r"[^\w\s]|_", " ", s)
    return " ".join(s.split())


def check_leakage(splits: dict[str, list[dict]]) -> list[str]:
    """Problems that would leak a test note into training: one line each, empty when clean.

    `splits` maps split name -> rows (note dicts, SFT rows or DPO rows: the note is read from
    "clinical_note" or "prompt"). Reports a source_id found in two or more splits, and two rows
    in different splits whose notes have the same `near_duplicate_key`. Deterministic order.
    """
    sid_splits: dict[str, list[str]] = {}
    key_first: dict[str, dict[str, str]] = {}
    for split in splits:
        for row in splits[split]:
            sid = str(row.get("source_id") or row.get("id") or "")
            if sid:
                sid_splits.setdefault(sid, [])
                if split not in sid_splits[sid]:
                    sid_splits[sid].append(split)
            note = row.get("clinical_note") or row.get("prompt") or ""
            if note:
                per = key_first.setdefault(near_duplicate_key(note), {})
                per.setdefault(split, str(row.get("id") or sid))
    problems = []
    for sid in sorted(sid_splits):
        if len(sid_splits[sid]) > 1:
            problems.append(f"source_id '{sid}' is in {' and '.join(sid_splits[sid])}; "
                            f"split by source_id so each note stays in one split")
    for key, per in key_first.items():
        if len(per) > 1:
            where = ", ".join(f"{sp} (id {rid})" for sp, rid in per.items())
            problems.append(f"near-duplicate notes in {where}; remove the copy or give them one source_id")
    return problems
