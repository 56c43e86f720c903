"""Standard clinical abbreviations (clinical_abbreviations.txt beside this file: abbreviation,
expansion, kind), loaded on first use. A diagnosis or procedure abbreviation ("HLD", "SDH",
"CABG") states that thing; any other ("PPI", "MTP", "PRBCs") is shorthand a
summary may use where the note writes it another way."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

_PATH = Path(__file__).with_name("clinical_abbreviations.txt")


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[str, str]]:
    table: dict[str, tuple[str, str]] = {}
    for line in _PATH.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        abbr, exp, kind = (x.strip() for x in line.split("|"))
        old = table.get(abbr)
        if old is None or kind == "gen":  # listed twice: shorthand if either sense is
            table[abbr] = (exp, kind)
    return table


def clinical_abbreviation(t: str) -> tuple[str, str] | None:
    """(expansion, kind) of lower-case `t` or of its singular ("prbcs"), or None."""
    table = _table()
    hit = table.get(t)
    if hit is None and len(t) > 2 and t.endswith("s"):
        hit = table.get(t[:-1])
    return hit
