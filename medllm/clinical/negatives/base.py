"""The negative record and the helpers every kind shares: kinds, reasons, text and number utilities.

`Negative` (the edit and the rejected summary it makes), `KINDS`, `REJECT_REASONS`,
`ACCEPTED_TYPES`, and the small helpers the proposers and the validator use: case matching,
context extension, number formatting and "is this number / phrase in the note" tests.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

KINDS = (
    "dosage", "medication", "frequency", "route", "laterality", "negation", "lab_value", "unit",
    "vital_sign", "temporal", "diagnosis", "procedure", "fabrication",
)

REJECT_REASONS = (
    "chosen_unfaithful", "identical", "not_one_change", "ungrammatical", "supported_by_note", "wrong_type",
)

# checker types that count as the kind's error (any flag will do for a fabrication)
ACCEPTED_TYPES = {
    "dosage": {"dosage", "unit", "number"},
    "medication": {"medication"},
    "frequency": {"frequency"},
    "route": {"route"},
    "laterality": {"laterality"},
    "negation": {"negation"},
    "lab_value": {"lab_value", "unit", "number"},
    "unit": {"unit", "dosage", "lab_value", "vital_sign", "number"},
    "vital_sign": {"vital_sign", "number", "unit"},
    "temporal": {"temporal", "number"},
    "diagnosis": {"diagnosis"},
    "procedure": {"procedure"},
    "fabrication": None,
}


@dataclass
class Negative:
    kind: str
    from_: str
    to: str
    span: list = field(default_factory=list)
    rejected: str = ""

    def perturbation(self) -> dict:
        """The `perturbation` record of the DPO contract."""
        return {"kind": self.kind, "from": self.from_, "to": self.to, "span": list(self.span)}


# --------------------------------------------------------------------------- small helpers

_TOKEN = re.compile(r"\d+(?:[.,/]\d+)*|[A-Za-z]+(?:/[A-Za-z0-9.]+)+|[A-Za-z][A-Za-z0-9']*|[^\sA-Za-z0-9]")


def _case_like(src: str, repl: str) -> str:
    """`repl` with the first letter's case of `src` (sentence-initial words stay capitalized)."""
    if src[:1].isupper() and repl[:1].islower():
        return repl[:1].upper() + repl[1:]
    if src[:1].islower() and repl[:1].isupper() and not repl[:2].isupper():
        return repl[:1].lower() + repl[1:]
    return repl


def _sentence_start(text: str, pos: int) -> bool:
    return not text[:pos].strip() or re.search(r"[.!?]\s*$", text[:pos]) is not None


def _cased(text: str, pos: int, original: str, repl: str) -> str:
    """`repl` (written in its own case, "asthma", "COPD", "Crohn disease") for `original` at `pos`:
    capitalized at a sentence start, all capitals where the original is an all-capital word."""
    if len(original) > 1 and original.isupper() and repl.islower():
        return repl.upper()
    if _sentence_start(text, pos):
        return repl[:1].upper() + repl[1:]
    return repl


def _make(kind: str, summary: str, start: int, end: int, to: str) -> Negative:
    return Negative(kind, summary[start:end], to, [start, end], summary[:start] + to + summary[end:])


def _ctx_left(text: str, start: int, ntok: int = 1) -> int:
    """Extend `start` left over up to `ntok` words, not across punctuation."""
    s = start
    for _ in range(ntok):
        m = re.search(r"([A-Za-z][A-Za-z0-9'\-]*|\d+(?:\.\d+)?)\s+$", text[:s])
        if not m:
            break
        s = m.start(1)
    return s


def _fmt_num(v: float, decimals: int, thousands: bool = False) -> str:
    if decimals <= 0:
        s = f"{int(round(v)):,}" if thousands and abs(v) >= 1000 else str(int(round(v)))
    else:
        s = f"{v:.{decimals}f}"
    return s


def _decimals(num: str) -> int:
    return len(num.split(".")[1]) if "." in num else 0


def _to_float(num: str) -> float:
    return float(num.replace(",", ""))


@lru_cache(maxsize=512)
def _note_numbers(note: str) -> frozenset:
    return frozenset(m.group(0).replace(",", "") for m in re.finditer(r"\d+(?:[.,]\d+)*", note)) | frozenset(
        _strip_zeros(m.group(0).replace(",", "")) for m in re.finditer(r"\d+(?:[.,]\d+)*", note))


def _strip_zeros(s: str) -> str:
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


def _num_in_note(note: str, num: str) -> bool:
    n = num.replace(",", "")
    nums = _note_numbers(note)
    return n in nums or _strip_zeros(n) in nums


def _fold(s: str) -> str:
    return " ".join(s.lower().split())


@lru_cache(maxsize=512)
def _folded(note: str) -> str:
    return _fold(note)


def _in_note(note: str, text: str) -> bool:
    t = _fold(text)
    if not t:
        return False
    return re.search(r"(?<![a-z0-9])" + re.escape(t) + r"(?![a-z0-9])", _folded(note)) is not None
