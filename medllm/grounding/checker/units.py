"""Quantities, frequencies and routes: unit atoms with their safe conversions, `_Q` (a number with
its unit), the frequency and route patterns, and how two frequencies or doses compare."""

from __future__ import annotations

import re
from fractions import Fraction

from medllm.grounding.checker.text import _fmt


# --------------------------------------------------------------------------- units

# surface -> (canonical numerator, factor to the canonical, kind)
_UNIT_ATOMS: dict[str, tuple[str, float, str]] = {}


def _ua(names: str, canon: str, factor: float, kind: str) -> None:
    for n in names.split():
        _UNIT_ATOMS[n] = (canon, factor, kind)


_ua("mcg ug microgram micrograms", "mg", 0.001, "mass")
_ua("mg milligram milligrams", "mg", 1.0, "mass")
_ua("g gm gram grams", "mg", 1000.0, "mass")
_ua("kg kilogram kilograms", "mg", 1e6, "mass")
_ua("ng nanogram nanograms", "mg", 1e-6, "mass")
_ua("pg", "mg", 1e-9, "mass")
_ua("lb lbs pound pounds", "lb", 1.0, "mass")
_ua("oz ounce ounces", "oz", 1.0, "mass")
_ua("ml cc milliliter milliliters millilitre millilitres", "ml", 1.0, "vol")
_ua("l liter liters litre litres", "ml", 1000.0, "vol")
_ua("dl", "ml", 100.0, "vol")
_ua("unit units u iu", "unit", 1.0, "count")
_ua("miu", "unit", 0.001, "count")
_ua("meq", "meq", 1.0, "count")
_ua("mmol", "mmol", 1.0, "count")
_ua("umol", "mmol", 0.001, "count")
_ua("nmol", "mmol", 1e-6, "count")
_ua("k", "", 1000.0, "count")
_ua("cells cell", "", 1.0, "count")
_ua("copies", "copies", 1.0, "count")
_ua("s sec secs second seconds", "min", 1 / 60, "time")
_ua("min mins minute minutes", "min", 1.0, "time")
_ua("h hr hrs hour hours hour-old", "min", 60.0, "time")
_ua("day days day-old days-old", "min", 1440.0, "time")
_ua("week weeks wk wks week-old weeks-old", "min", 10080.0, "time")
_ua("month months mo mos month-old months-old", "month", 1.0, "time")
_ua("year years yr yrs year-old years-old", "month", 12.0, "time")
_ua("mmhg", "mmhg", 1.0, "other")
_ua("bpm", "bpm", 1.0, "other")
_ua("breaths", "breaths", 1.0, "other")
_ua("c", "c", 1.0, "other")
_ua("f", "f", 1.0, "other")
_ua("cm centimeter centimeters", "mm", 10.0, "len")
_ua("mm millimeter millimeters", "mm", 1.0, "len")
_ua("m2", "m2", 1.0, "other")
_ua("fr french", "fr", 1.0, "other")
_ua("%", "%", 1.0, "pct")
_ua("puff puffs", "puff", 1.0, "dose")
_ua("tablet tablets tab tabs", "tablet", 1.0, "dose")
_ua("capsule capsules cap caps", "capsule", 1.0, "dose")
_ua("drop drops gtt gtts", "drop", 1.0, "dose")
_ua("spray sprays", "spray", 1.0, "dose")
_ua("dose doses", "dose", 1.0, "dose")
_ua("vial vials patch patches", "vial", 1.0, "dose")
_ua("ms", "ms", 1.0, "other")
_ua("fl", "fl", 1.0, "other")

_DENOMS = {
    "dl": "dl", "l": "l", "ml": "ml", "ul": "ul", "mcl": "ul", "kg": "kg", "m2": "m2", "g": "g",
    "h": "h", "hr": "h", "hour": "h", "min": "min", "minute": "min", "day": "day", "d": "day",
    "dose": "dose", "week": "week", "wk": "week", "hpf": "hpf", "mg": "mg", "mmol": "mmol",
    "1.73m2": "1.73m2", "kg/min": "kg/min", "24h": "day", "mmhg": "mmhg", "creatinine": "creat",
}
_DOSE_NUMS = {"mg", "ml", "unit", "meq", "mmol", "puff", "tablet", "capsule", "drop", "spray", "dose",
              "vial", "%"}
_CONC_DENOMS = {"dl", "l", "ml", "ul", "hpf", "1.73m2", "min"}
_TIME_PREFIX = {"more", "additional", "further", "consecutive", "straight", "full"}


class _Q:
    """A number in the text, with its unit when one follows."""

    __slots__ = ("i", "j", "start", "end", "nums", "num", "dens", "kind", "factor", "cval", "ukey")

    def __init__(self, i, j, start, end, nums, num, dens, kind, factor):
        self.i, self.j, self.start, self.end = i, j, start, end
        self.nums = nums                     # the numbers as written (tuple of floats)
        self.num, self.dens, self.kind, self.factor = num, dens, kind, factor
        self.ukey = (num + ("/" + "/".join(dens) if dens else "")) if (num or dens) else None
        self.cval = tuple(_fmt(v * factor) for v in nums)

    @property
    def has_unit(self) -> bool:
        return self.ukey is not None

    @property
    def is_time(self) -> bool:
        return self.kind == "time" and not self.dens

    @property
    def is_dose(self) -> bool:
        return self.num in _DOSE_NUMS and not (set(self.dens) & _CONC_DENOMS)

    def key(self):
        return (self.cval, self.ukey)


# --------------------------------------------------------------------------- frequency & route

def _fr(x) -> str:
    f = Fraction(x).limit_denominator(10000)
    return f"{f}/d"


_FREQ_WORDN = {"once": 1, "twice": 2, "thrice": 3}
_F_DAY = r"(?:daily|a\s+day|per\s+day|each\s+day|every\s+day|a\s+d|/day|/d)"
_F_WEEK = r"(?:weekly|a\s+week|per\s+week|each\s+week|every\s+week|/week|/wk)"
_NOT_DURATION = r"(?<!for )(?<!in )(?<!over )(?<!within )(?<!past )(?<!last )(?<!about )(?<!than )"
_COUNT_NOUN = r"(?:\s*(?:times|time|x|nights|days|mornings|evenings|episodes|occasions))?"
_FREQ_PATTERNS: list[tuple[re.Pattern, object]] = [
    (re.compile(r"\b(?:every|each)\s+other\s+day\b|\bqod\b|\bevery\s+48\s*(?:hours|hour|hrs|hr|h)\b|\bq48h\b"
                r"|\balternate\s+days\b"), lambda m: _fr(Fraction(1, 2))),
    (re.compile(r"\b(?:every|q)\s*(\d+)\s*(?:-|to)\s*(\d+)\s*(?:hours|hour|hrs|hr|h)\b"),
     lambda m: f"q{m.group(1)}-{m.group(2)}h"),
    (re.compile(r"\bevery\s+(\d+(?:\.\d+)?)\s*(?:hours|hour|hrs|hr|h)\b|\bq(\d+(?:\.\d+)?)h\b"),
     lambda m: _fr(Fraction(24) / Fraction(m.group(1) or m.group(2)))),
    (re.compile(r"\bevery\s+(?:hour|hr)\b|\bhourly\b|\bqh\b"), lambda m: _fr(24)),
    (re.compile(r"\b(?:every|q)\s*(\d+)\s*(?:minutes|minute|mins|min)\b"),
     lambda m: _fr(Fraction(1440, int(m.group(1))))),
    (re.compile(r"\b(?:every|q)\s*(\d+)\s*(?:days|day|d)\b"), lambda m: _fr(Fraction(1, int(m.group(1))))),
    (re.compile(r"\b(?:every|q)\s*(\d+)\s*(?:weeks|week|wks|wk|w)\b"),
     lambda m: _fr(Fraction(1, 7 * int(m.group(1))))),
    (re.compile(r"\b(?:every|q)\s*(\d+)\s*(?:months|month|mos|mo)\b"),
     lambda m: _fr(Fraction(1, 30 * int(m.group(1))))),
    (re.compile(r"\b(?:once|1\s+time)\s+(?:a|per|every|each)\s+month\b|\b(?:every|each|per)\s+month\b|\bmonthly\b"
                r"|\b" + _NOT_DURATION + r"a\s+month\b"), lambda m: _fr(Fraction(1, 30))),
    (re.compile(r"\b(once|twice|thrice|\d+)" + _COUNT_NOUN + r"\s+" + _F_WEEK + r"\b"),
     lambda m: _fr(Fraction(_FREQ_WORDN.get(m.group(1)) or int(m.group(1)), 7))),
    (re.compile(r"\b(?:weekly|per\s+week|each\s+week|every\s+week)\b|\bqw(?:ee)?k\b|\bq1w\b|\b" + _NOT_DURATION
                + r"a\s+week\b"), lambda m: _fr(Fraction(1, 7))),
    (re.compile(r"\b(once|twice|thrice|\d+)" + _COUNT_NOUN + r"\s+" + _F_DAY + r"(?![a-z])"),
     lambda m: _fr(_FREQ_WORDN.get(m.group(1)) or int(m.group(1)))),
    # "80 mg/kg/day in 2 divided doses" == "divided twice daily": a daily dose split N ways
    (re.compile(r"\b(?:in|into)\s+(\d+)\s+(?:divided\s+|equal\s+|separate\s+)?doses\b"),
     lambda m: _fr(int(m.group(1)))),
    (re.compile(r"\bbid\b"), lambda m: _fr(2)),
    (re.compile(r"\btid\b"), lambda m: _fr(3)),
    (re.compile(r"\bqid\b"), lambda m: _fr(4)),
    (re.compile(r"\bnightly\b|\bqhs\b|\bat\s+bedtime\b|\bbefore\s+bed(?:time)?\b|\bevery\s+(?:night|evening)\b"
                r"|\beach\s+(?:night|evening)\b|\bqpm\b|\bin\s+the\s+evening\b"), "qhs"),
    (re.compile(r"\bevery\s+morning\b|\beach\s+morning\b|\bqam\b|\bin\s+the\s+morning\b"), "qam"),
    (re.compile(r"\b(?:daily|qd|qday|once\s+a\s+day|every\s+day|each\s+day|per\s+day)\b"), lambda m: _fr(1)),
    (re.compile(r"\bprn\b|\bas\s+needed\b|\bas-needed\b|\bwhen\s+needed\b|\bif\s+needed\b|\bas\s+required\b"), "prn"),
    (re.compile(r"\bonce\b|\bsingle\s+dose\b|\bx\s*1\b|\bstat\b"), "once"),
]

_ROUTE_PATTERNS: list[tuple[re.Pattern, str]] = [
    (re.compile(r"\b(?:po|oral|orally|by\s+mouth|per\s+os|enteral|enterally|per\s+(?:ng|g|peg)\s+tube)\b"), "po"),
    (re.compile(r"\b(?:iv|ivp|ivpb|intravenous|intravenously|iv\s+push)\b"), "iv"),
    (re.compile(r"\b(?:im|intramuscular|intramuscularly)\b"), "im"),
    (re.compile(r"\b(?:sc|sq|subq|sub-q|subcut|subcutaneous|subcutaneously|sub-cutaneous|sub-cutaneously)\b"), "sc"),
    (re.compile(r"\b(?:inhaled|inhalation|inh|nebulized|nebulizer|nebulizers|neb|nebs|mdi|via\s+inhaler)\b"), "inh"),
    (re.compile(r"\b(?:topical|topically)\b"), "top"),
    (re.compile(r"\b(?:intranasal|intranasally|nasal\s+spray)\b"), "in"),
    (re.compile(r"\b(?:sl|sublingual|sublingually)\b"), "sl"),
    (re.compile(r"\b(?:pr|rectal|rectally|per\s+rectum)\b"), "pr"),
    (re.compile(r"\b(?:transdermal|transdermally)\b"), "td"),
    (re.compile(r"\b(?:intrathecal|intrathecally)\b"), "it"),
    (re.compile(r"\b(?:intraosseous|io)\b"), "io"),
    (re.compile(r"\b(?:intradermal|intradermally|id)\b"), "id"),
    (re.compile(r"\b(?:vaginally|intravaginal|intravaginally|per\s+vagina)\b"), "pv"),
    (re.compile(r"\b(?:ophthalmic|otic)\b"), "ophth"),
    (re.compile(r"\b(?:epidural)\b"), "epidural"),
    (re.compile(r"\b(?:local\s+infiltration|locally|local)\b"), "local"),
]


def _scan_spans(text: str, patterns) -> list[tuple[int, int, str]]:
    found = []
    for pat, code in patterns:
        for m in pat.finditer(text):
            c = code(m) if callable(code) else code
            found.append((m.start(), m.end(), c))
    found.sort(key=lambda t: (t[0], -(t[1] - t[0])))
    out = []
    last_end = -1
    for s, e, c in found:
        if s >= last_end:
            out.append((s, e, c))
            last_end = e
    return out


def _thousandfold(a: tuple, b: tuple) -> bool:
    """1 mg where the note says 1000 mg: a g/mg/mcg slip rather than another dose."""
    if len(a) != len(b):
        return False
    try:
        r = [float(x) / float(y) for x, y in zip(a, b) if float(y)]
    except ValueError:
        return False
    return bool(r) and len(r) == len(a) and all(abs(x - 1000) < 1e-6 or abs(x - 0.001) < 1e-12 for x in r)


def _freq_ok(code: str, pool: set) -> bool:
    if code in pool:
        return True
    if code == "1/d" and pool & {"qhs", "qam"}:
        return True
    if code in ("once",):
        return True
    m = re.fullmatch(r"q(\d+)-(\d+)h", code)
    if m:
        return any(_fr(Fraction(24, int(x))) in pool for x in m.groups())
    return False
