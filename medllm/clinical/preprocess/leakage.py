"""Leakage checks: the near-duplicate key of a note, and notes shared between splits.

`near_duplicate_key(text)` is the key two copies of a note share despite cosmetic differences;
`check_leakage(splits)` reports a source_id or a near-duplicate note found in two splits.
"""

from __future__ import annotations

import re

from medllm.clinical.preprocess.text import normalize
from medllm.clinical.redact import public_id

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
            problems.append(f"source_id {public_id(sid)} is in {' and '.join(sid_splits[sid])}; "
                            f"split by source_id so each note stays in one split")
    for key, per in key_first.items():
        if len(per) > 1:
            where = ", ".join(f"{sp} (id {public_id(rid)})" for sp, rid in per.items())
            problems.append(f"near-duplicate notes in {where}; remove the copy or give them one source_id")
    return problems
