"""Deterministic grounding checker: which checkable facts in a summary does the note not support?

No model and no network: the summary and the note are normalized (unicode, case, whitespace,
dotted abbreviations, numbers written as words, thousands separators, `x10^3/uL`), tokenized,
and the summary's facts are checked one by one against the note:

  medication  a drug (drug-named-entity-recognition, synonyms and brands resolved to one drug)
              that the note never mentions, or a word no dictionary knows that is shaped like a
              drug (a USAN/INN stem such as -azole, -pine, -idone, or a dose right after it) and
              is neither in the note nor a near-spelling of the note's drug
  dosage      a dose attached to a drug that the note never gives for that drug
  unit        the same number as the note's, with another unit ("0.25 mg" -> "0.25 mcg")
  route       PO/oral/by mouth, IV/intravenous, IM, SC/subcutaneous, inhaled, ... for a drug
  frequency   bid == twice daily == q12h == every 12 hours, daily, nightly, prn, every N weeks...
  lab_value / vital_sign   a named lab or vital whose value the note does not give for that name,
              or whose value the note gives another name ("urea 149/67 mmHg" where that is the BP),
              or a lab listed among the vitals (a vital among the labs) unless the note lists it so
  laterality  left/right/bilateral (L/R) attached to an anatomical phrase with another side in the note
  negation    a finding affirmed in the summary but negated in the note, or the reverse (NegEx-style),
              or an invented negative: "no X" where the note never mentions X
  temporal    durations, ages, "hospital day N" and dates absent from the note (3 days != 3 weeks), or
              a duration the note gives in another role: "admitted for 6 days" where 6 days is how
              long a symptom lasted (the stay another number), "seen for 1 week" where 1 week is the
              follow-up interval, "a 5-day-old man" for a 47-year-old; "admitted on hospital day 5"
  diagnosis / procedure    a clinical term (curated vocabulary, clinical suffixes such as -itis,
              -ectomy, -scopy) absent from the note, or a conflicting qualifier (open vs laparoscopic);
              an affirmed symptom the note never names in any of its names (chills/rigors, dyspnea/
              shortness of breath, sore throat, chest pain/pressure, ...); a grade, stage, type or
              lettered subtype the note gives that finding otherwise ("influenza B" for "influenza A")
  context     a fact in another role than the note's: a drug or procedure the note only plans,
              recommends, consults on or holds stated as done ("underwent", "was started"); an
              ED/inpatient/new drug stated as a home or discharge medication; a dosed drug listed
              as a lab (the nearest role word before a mention in its sentence decides its role);
              "diagnosed with" a procedure, with what the note gives only as past history, or
              "after" the procedure the note gives it as the indication for;
              this visit's labs, exam or plan put at home ("home labs"); a result put to another
              source than the note's ("blood cultures showed ANC 300/uL", "labs showed colitis"
              for a sigmoidoscopy's finding); a drug stated as held/stopped when the note holds
              another, or given when the note stops it; a status or direction the note states the
              other way ("current smoker" for "former smoker", "worsening", "from 40 to 20" for
              "from 20 to 40"; "febrile" for "afebrile" is a negation); a lab's or vital's value
              given to a finding ("orthopnea 16" where 16 is the RR)
  number      any other number in the summary that the note does not contain
  other       a social or source claim the note does not make: an address placeholder used as
              anything but where the patient lives, a living situation the note never names
              ("homebound"), a relative reporting what no relative reports in the note

Safe conversions only: g/mg/mcg, L/dL/mL, minutes/hours/days/weeks, months/years, 10^3/uL.
The same inputs always give the same list, in summary order (no dependence on hash seeds).

Limits: the check is lexical. A faithful paraphrase can still be flagged when it uses a word the
vocabularies do not connect to the note's (a brand the drug dictionary does not map, e.g.
"Gastrografin" for "water-soluble contrast"); a fabrication is missed when it reuses the note's own
words in a new combination the checks do not bind (a frequency the note gives the same drug at
another dose). Roles (context, temporal roles) are read from the nearest role word before a mention
in its sentence ("Recommend ...; proceed with X", "Home medications: ...", "follow up in 3 weeks"),
so a note that states a role far from its fact, or a drug the dictionary does not know (oxytocin),
leaves that role unread and the fact unchecked. Measured on the annotated model summaries
(`check --score phase1_data/annotated/annotated.jsonl --split dev|heldout`); rules were developed on
the dev notes only. `python -m medllm check FILE.jsonl` runs it over a file (see check_jsonl).
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher
from fractions import Fraction
from functools import lru_cache

__all__ = ["Unsupported", "TYPES", "check", "is_hallucinated", "check_jsonl"]

TYPES = (
    "medication", "dosage", "unit", "route", "frequency", "lab_value", "vital_sign",
    "laterality", "negation", "temporal", "diagnosis", "procedure", "context", "number", "other",
)


@dataclass(frozen=True)
class Unsupported:
    type: str
    text: str


# --------------------------------------------------------------------------- normalization

_CHAR_MAP = {
    "\u00b5": "u", "\u03bc": "u", "\u00b0": "", "\u00ba": "", "\u2013": "-", "\u2014": "-",
    "\u2212": "-", "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u00d7": "x", "\u2019": "'",
    "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " ", "\u2009": " ", "\u202f": " ",
    "\u2044": "/", "\u2215": "/",
}


def _norm_chars(raw: str) -> tuple[str, list[int]]:
    if raw.isascii():
        return raw, list(range(len(raw)))
    out: list[str] = []
    idx: list[int] = []
    for i, ch in enumerate(raw):
        r = _CHAR_MAP.get(ch)
        if r is None:
            if ord(ch) < 128:
                r = ch
            else:
                r = unicodedata.normalize("NFKC", ch)
                r = "".join(_CHAR_MAP.get(c, c) for c in r)
        for c in r:
            out.append(c)
            idx.append(i)
    return "".join(out), idx


def _sub(pat: re.Pattern, repl, text: str, idx: list[int]) -> tuple[str, list[int]]:
    """re.sub that keeps, for every output character, the index of its source character."""
    out: list[str] = []
    oidx: list[int] = []
    last = 0
    for m in pat.finditer(text):
        s, e = m.span()
        r = repl(m) if callable(repl) else repl
        if r == text[s:e]:
            continue
        out.append(text[last:s])
        oidx.extend(idx[last:s])
        if len(r) == e - s:
            oidx.extend(idx[s:e])
        elif r:
            a = idx[s] if s < len(idx) else (idx[-1] if idx else 0)
            b = idx[e - 1] if e - 1 < len(idx) and e > s else a
            oidx.extend([a] * (len(r) - 1) + [b])
        out.append(r)
        last = e
    if last == 0:
        return text, idx
    out.append(text[last:])
    oidx.extend(idx[last:])
    return "".join(out), oidx


_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
         "nineteen"]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_ONES_V = {w: i for i, w in enumerate(_ONES)}
_TENS_V = {w: 20 + 10 * i for i, w in enumerate(_TENS)}

_RE_LR = re.compile(r"(?<![\w.\-/])(?<!\d )([LR])(?=\s+[A-Za-z]{2})")
_RE_DOTTED = re.compile(r"(?<![a-z0-9])((?:[a-z]\.){2,4})(?![a-z0-9])")
_RE_NEWLINE = re.compile(r"(?<![.;:!?,])[ \t]*\n+\s*")
_RE_WS = re.compile(r"\s+")
_RE_E3 = re.compile(r"\s*[x*]\s*10\s*\^?\s*(3|9)\s*/\s*(ul|l|mm3|mcl)\b")
_RE_PER_UL = re.compile(r"/(?:mcl|mm3)\b")
_RE_THOUS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_RE_TENS = re.compile(r"\b(" + "|".join(_TENS) + r")(?:[- ](" + "|".join(_ONES[1:10]) + r"))?\b")
_RE_ONES = re.compile(r"\b(" + "|".join(_ONES) + r")\b")
_RE_Q = re.compile(r"\bq\s*(\d+)\s*(?:h|hr|hrs|hour|hours)\b")


def _normalize(raw: str) -> tuple[str, list[int]]:
    text, idx = _norm_chars(raw)
    text, idx = _sub(_RE_LR, lambda m: "left" if m.group(1) == "L" else "right", text, idx)
    low = text.lower()
    if len(low) != len(text):
        text, idx = _sub(re.compile(r"[^\x00-\x7f]"), lambda m: m.group(0).lower()[:1], text, idx)
        low = text.lower()
    text = low
    text, idx = _sub(_RE_NEWLINE, ". ", text, idx)
    text, idx = _sub(_RE_WS, " ", text, idx)
    text, idx = _sub(_RE_DOTTED, lambda m: m.group(1).replace(".", ""), text, idx)
    text, idx = _sub(_RE_E3, " k/ul", text, idx)
    text, idx = _sub(_RE_PER_UL, "/ul", text, idx)
    text, idx = _sub(_RE_THOUS, "", text, idx)
    text, idx = _sub(_RE_TENS, lambda m: str(_TENS_V[m.group(1)] + (_ONES_V[m.group(2)] if m.group(2) else 0)),
                     text, idx)
    text, idx = _sub(_RE_ONES, lambda m: str(_ONES_V[m.group(1)]), text, idx)
    text, idx = _sub(_RE_Q, lambda m: f"q{m.group(1)}h", text, idx)
    return text, idx


# --------------------------------------------------------------------------- tokens, lemmas

_RE_TOK = re.compile(
    r"(?P<date>\b\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})\b|\b\d{4}-\d{2}-\d{2}\b)"
    r"|(?P<num>\d+(?:\.\d+)?(?:/\d+(?:\.\d+)?)*)"
    r"|(?P<word>[a-z][a-z0-9]*(?:['\-][a-z0-9]+)*)"
    r"|(?P<p>[^\sa-z0-9])"
)

_SENT_END = {".", "!", "?"}

STOP = set("""
a an the of to in on at by for from with without and or but nor as is are was were be been being
this that these those it its he she his her him they them their we our you your i my me us
has have had do does did will would should could may might can shall must not no than then
there here which who whom whose what when where while also after before during per via into
onto upon over under about above below up down out off again further once only so such very
both each either neither any all some more most other same own too just now today yesterday
patient pt year old man woman male female boy girl mother father parent infant child
""".split())

# Words too generic to anchor a negation or side comparison.
_GENERIC = STOP | set("""
reports report reported denies denied deny endorses presents presented present shows showed
show seen noted note notes given received started start continue continued continues plan
planned recommend recommended recommends recommendation recommendations including include
includes includ well hours hour days day weeks week months month years year time times
admission admitted discharge discharged history today ago follow followup return visit clinic
mg ml dl mmol unit units level levels total new further additional more less greater than
consistent likely possible possibly status post assessment exam evaluation
""".split())


@lru_cache(maxsize=100_000)
def _lemma(w: str) -> str:
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith(("xes", "ches", "shes", "sses")):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "is", "us", "os", "as")):
        return w[:-1]
    return w


def _fmt(v: float) -> str:
    r = round(v, 9)
    if r == int(r):
        return str(int(r))
    return repr(r)


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


# --------------------------------------------------------------------------- vocabularies

# lab / vital aliases -> (canonical, kind)
_ALIASES: dict[tuple[str, ...], tuple[str, str]] = {}


def _al(kind: str, canon: str, *names: str) -> None:
    for n in names:
        _ALIASES[tuple(n.split())] = (canon, kind)


_al("vital_sign", "bp", "bp", "blood pressure", "sbp", "systolic blood pressure")
_al("vital_sign", "hr", "hr", "heart rate", "pulse", "pulse rate", "heart rate was")
_al("vital_sign", "fhr", "fetal heart rate", "fhr")
_al("vital_sign", "rr", "rr", "respiratory rate", "resp rate", "respirations")
_al("vital_sign", "spo2", "spo2", "o2 sat", "o2 saturation", "oxygen saturation", "sao2", "pulse oximetry",
    "saturation", "sat", "sats", "o2sat")
_al("vital_sign", "temp", "t", "temp", "temperature", "tmax", "t max", "febrile to")
_al("vital_sign", "weight", "weight", "wt", "weighing", "weighs", "birth weight", "body weight")
_al("vital_sign", "height", "height", "ht")
_al("vital_sign", "bmi", "bmi", "body mass index")
_al("vital_sign", "pain", "pain score")
_al("lab_value", "sodium", "sodium", "na")
_al("lab_value", "potassium", "potassium")
_al("lab_value", "chloride", "chloride")
_al("lab_value", "bicarbonate", "bicarbonate", "bicarb", "hco3", "co2", "serum bicarbonate")
_al("lab_value", "bun", "bun", "blood urea nitrogen", "urea")
_al("lab_value", "creatinine", "creatinine", "cr", "scr", "serum creatinine")
_al("lab_value", "glucose", "glucose", "blood glucose", "blood sugar", "fasting glucose", "bg", "fingerstick glucose")
_al("lab_value", "a1c", "hba1c", "a1c", "hemoglobin a1c", "hgba1c", "glycated hemoglobin")
_al("lab_value", "hgb", "hemoglobin", "hgb", "hb")
_al("lab_value", "hct", "hematocrit", "hct")
_al("lab_value", "wbc", "wbc", "white blood cell count", "white count", "leukocytes", "white blood cells")
_al("lab_value", "plt", "platelets", "platelet", "platelet count", "plt")
_al("lab_value", "inr", "inr")
_al("lab_value", "ptt", "ptt", "aptt")
_al("lab_value", "tsh", "tsh")
_al("lab_value", "ft4", "free t4", "ft4", "t4")
_al("lab_value", "ldl", "ldl", "ldl cholesterol")
_al("lab_value", "hdl", "hdl")
_al("lab_value", "tg", "triglycerides", "triglyceride")
_al("lab_value", "chol", "total cholesterol", "cholesterol")
_al("lab_value", "alt", "alt")
_al("lab_value", "ast", "ast")
_al("lab_value", "alp", "alkaline phosphatase", "alk phos", "alp")
_al("lab_value", "bili", "bilirubin", "total bilirubin", "tbili")
_al("lab_value", "albumin", "albumin")
_al("lab_value", "lipase", "lipase")
_al("lab_value", "amylase", "amylase")
_al("lab_value", "troponin", "troponin", "troponin t", "troponin i", "trop", "hs-troponin")
_al("lab_value", "bnp", "bnp", "nt-probnp", "probnp")
_al("lab_value", "lactate", "lactate", "lactic acid")
_al("lab_value", "crp", "crp", "c-reactive protein", "hs-crp")
_al("lab_value", "esr", "esr", "sed rate")
_al("lab_value", "procalcitonin", "procalcitonin")
_al("lab_value", "magnesium", "magnesium")
_al("lab_value", "calcium", "calcium")
_al("lab_value", "phos", "phosphorus", "phosphate")
_al("lab_value", "ferritin", "ferritin")
_al("lab_value", "iron", "iron")
_al("lab_value", "b12", "b12", "vitamin b12")
_al("lab_value", "vitd", "vitamin d", "25-oh", "vitamin d 25-oh")
_al("lab_value", "cd4", "cd4", "cd4 count")
_al("lab_value", "viral", "viral load", "hiv rna")
_al("lab_value", "eos", "eosinophils", "eosinophil count", "eos")
_al("lab_value", "neut", "neutrophils")
_al("lab_value", "anc", "anc", "absolute neutrophil count")
_al("lab_value", "lymph", "lymphocytes")
_al("lab_value", "egfr", "egfr", "gfr")
_al("lab_value", "lithium", "lithium level", "lithium")
_al("lab_value", "trough", "trough", "vancomycin trough")
_al("lab_value", "ph", "ph")
_al("lab_value", "paco2", "paco2", "pco2")
_al("lab_value", "pao2", "pao2", "po2")
_al("lab_value", "ck", "ck", "cpk", "creatine kinase")
_al("lab_value", "ammonia", "ammonia")
_al("lab_value", "psa", "psa")
_al("lab_value", "cea", "cea")
_al("lab_value", "ldh", "ldh")
_al("lab_value", "uric", "uric acid")
_al("lab_value", "lvef", "lvef", "ejection fraction", "ef")
_al("lab_value", "qtc", "qtc", "qt")
_al("lab_value", "fev1", "fev1")
_al("lab_value", "calpro", "calprotectin", "fecal calprotectin")
_al("lab_value", "pth", "pth")
_al("lab_value", "mcv", "mcv")
_al("lab_value", "hcg", "hcg", "beta-hcg")
_al("lab_value", "osm", "osmolality")
_al("lab_value", "anion", "anion gap")
_al("lab_value", "level", "level")

_ALIAS_FIRST: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
for _k, (_c, _kd) in _ALIASES.items():
    _ALIAS_FIRST.setdefault(_k[0], []).append((_k, _c, _kd))
for _v in _ALIAS_FIRST.values():
    _v.sort(key=lambda t: -len(t[0]))
_SINGLE_LETTER_ALIASES = {"t", "na"}  # need the number right after them

_SIDES = {"left": "left", "right": "right", "bilateral": "bilateral", "bilaterally": "bilateral",
          "left-sided": "left", "right-sided": "right", "lt": "left", "rt": "right"}
_SIDE_GENERIC = {"side", "sided", "greater", "total"}

# Diagnoses: single words (lemmas) and phrases.  Qualifiers that name a subtype count as terms.
_DIAG_WORDS = set("""
fracture dislocation subluxation sprain laceration contusion abrasion burn pneumonia sepsis shock
stroke infarction infarct nstemi stemi embolism embolus emboli thrombus dvt ulcer hernia obstruction
volvulus intussusception perforation abscess fistula aneurysm dissection hemorrhage bleed diabetes
hypertension hypotension cancer malignancy metastasis metastases mass nodule cyst polyp tumor
overdose withdrawal intoxication poisoning toxicity anaphylaxis allergy asthma copd emphysema croup
influenza covid rsv hiv aids gerd seizure epilepsy migraine dementia delirium depression
schizophrenia anxiety ptsd adhd autism parkinson aki ckd esrd uti dka hhs preeclampsia eclampsia
gout lupus pneumothorax hemothorax effusion atelectasis ards angina arrhythmia bradycardia tachycardia
fibrillation flutter syncope dehydration malnutrition obesity insufficiency regurgitation prolapse
varices varix hemorrhoid gangrene infection concussion ketoacidosis hypoxia hypoxemia rupture
ductal lobular squamous adenocarcinoma bacterial viral fungal alcoholic ischemic hemorrhagic
obstructive lacunar mrsa mssa clostridium difficile sle bipolar psychosis mania hypomania
anorexia bulimia neutropenia thrombocytopenia pancytopenia coagulopathy dic hemolysis
sarcoidosis tuberculosis malaria measles mumps varicella zoster herpes syphilis gonorrhea chlamydia
lymphoma leukemia melanoma sarcoma myeloma glioma glioblastoma meningioma
""".split())
_DIAG_PHRASES = [
    "heart failure", "atrial fibrillation", "atrial flutter", "myocardial infarction", "pulmonary embolism",
    "deep vein thrombosis", "small bowel obstruction", "large bowel obstruction", "kidney injury",
    "kidney disease", "urinary tract infection", "respiratory failure", "septic shock",
    "ductal carcinoma", "lobular carcinoma", "squamous cell", "basal cell", "small cell", "non-small cell",
    "transitional cell", "diabetic ketoacidosis", "type 1 diabetes", "type 2 diabetes",
    "alcohol use disorder", "opioid use disorder", "major depressive disorder", "bipolar disorder",
    "generalized anxiety disorder", "panic disorder", "multiple sclerosis", "optic neuritis",
    "spontaneous pneumothorax", "tension pneumothorax", "aortic stenosis", "mitral regurgitation",
    "coronary artery disease", "peripheral artery disease", "crohn disease", "ulcerative colitis",
    "irritable bowel", "celiac disease", "iron deficiency", "sickle cell", "heat stroke",
]
_PROC_WORDS = set("""
repair biopsy aspiration fixation orif resection excision ablation catheterization pci stent stenting
cabg bypass intubation extubation ventilation bipap cpap dialysis hemodialysis transfusion embolization
drainage puncture injection cauterization cautery coagulation banding clipping cesarean delivery vacuum
forceps cardioversion defibrillation pacemaker debridement amputation transplant transplantation
reduction splint cast egd ercp tee tte mri cta radiograph ultrasound sonography sonogram ecg ekg eeg emg
pet dexa holter chemotherapy radiotherapy radiation immunotherapy lumpectomy mastectomy extracorporeal
laparoscopic robotic percutaneous arthroscopic thoracoscopic endoscopic transcatheter lithotripsy
intraoperative thrombolysis tpa suture sutures anastomosis shunt graft cannulation cerclage ligation
sclerotherapy tamponade packing cryotherapy irrigation tracheostomy gastrostomy cholangiogram
induction episiotomy curettage d&c hysteroscopy vasectomy circumcision tonsillectomy
""".split())
_PROC_PHRASES = [
    "open reduction", "internal fixation", "shock wave", "argon plasma coagulation", "needle aspiration",
    "vaginal delivery", "cesarean delivery", "cesarean section", "chest tube", "lumbar puncture",
    "stress test", "stress echocardiogram", "cardiac catheterization", "hernia repair",
    "total knee arthroplasty", "total hip arthroplasty", "mechanical thrombectomy", "incision and drainage",
    "bone marrow biopsy", "core needle biopsy", "fine needle aspiration", "sentinel lymph node biopsy",
    "radiofrequency ablation", "coronary angiogram", "coronary angiography",
]
_ANATOMY = set("""
scaphoid lunate triquetrum pisiform trapezium trapezoid capitate hamate radius ulna humerus femur
tibia fibula patella clavicle scapula pelvis sacrum coccyx calcaneus talus metacarpal metatarsal
phalanx skull mandible maxilla vertebra hip knee ankle wrist elbow shoulder forearm thigh calf
liver kidney spleen pancreas gallbladder appendix colon sigmoid cecum rectum duodenum jejunum ileum
stomach esophagus bladder ureter urethra prostate uterus ovary testis breast lung heart brain
thyroid adrenal aorta carotid femoral popliteal saphenous jugular subclavian
""".split())
_SYN = {
    "renal": "kidney", "hepatic": "liver", "pulmonary": "lung", "cardiac": "heart", "cerebral": "brain",
    "gastric": "stomach", "duodenal": "duodenum", "colonic": "colon", "ovarian": "ovary", "uterine": "uterus",
    "ureteral": "ureter", "vesical": "bladder", "esophageal": "esophagus", "splenic": "spleen",
    "pancreatic": "pancreas", "appendiceal": "appendix", "rectal": "rectum", "testicular": "testis",
    "carcinoma": "cancer", "malignancy": "cancer", "caesarean": "cesarean", "c-section": "cesarean",
    "csection": "cesarean", "x-ray": "radiograph",
    "xray": "radiograph", "cxr": "radiograph", "film": "radiograph", "ekg": "ecg", "electrocardiogram": "ecg",
    "tumour": "tumor", "haemorrhage": "hemorrhage", "oesophagus": "esophagus", "sonogram": "ultrasound",
    "sonography": "ultrasound", "us": "ultrasound", "metastase": "metastasis", "metastatic": "metastasis",
    "emboli": "embolus", "embolism": "embolus", "pneumoniae": "pneumonia", "fractured": "fracture",
    "infarct": "infarction", "thrombi": "thrombus", "carcinomas": "carcinoma", "bleeding": "bleed",
    "hemorrhagic": "hemorrhage", "septic": "sepsis", "allergic": "allergy", "asthmatic": "asthma",
    "diabetic": "diabetes", "hypertensive": "hypertension", "depressive": "depression",
    "perforated": "perforation", "obstructed": "obstruction", "infected": "infection",
    "dislocated": "dislocation", "ruptured": "rupture", "herniated": "hernia", "ligated": "ligation",
    "cauterized": "cauterization", "amputated": "amputation", "stented": "stent", "transfused": "transfusion",
    "intubated": "intubation", "biopsied": "biopsy",
    "drained": "drainage", "splinted": "splint", "sutured": "suture", "repaired": "repair",
    "resected": "resection", "excised": "excision", "aspirated": "aspiration", "injected": "injection",
}
_ABBR = {
    "dvt": "deep vein thrombosis", "pe": "pulmonary embolism", "mi": "myocardial infarction",
    "chf": "heart failure", "hfref": "heart failure with reduced ejection fraction",
    "copd": "chronic obstructive pulmonary disease", "uti": "urinary tract infection",
    "aki": "acute kidney injury", "ckd": "chronic kidney disease", "dka": "diabetic ketoacidosis",
    "sbo": "small bowel obstruction", "orif": "open reduction internal fixation",
    "egd": "esophagogastroduodenoscopy", "tka": "total knee arthroplasty", "tha": "total hip arthroplasty",
    "cabg": "coronary artery bypass graft", "lp": "lumbar puncture", "ct": "computed tomography",
    "mri": "magnetic resonance imaging", "ecg": "electrocardiogram", "tte": "transthoracic echocardiogram",
    "tee": "transesophageal echocardiogram", "eswl": "extracorporeal shock wave lithotripsy",
    "swl": "shock wave lithotripsy", "cta": "ct angiogram", "ctpa": "ct pulmonary angiogram",
    "mra": "magnetic resonance angiogram", "adhd": "attention deficit hyperactivity disorder",
    "ercp": "endoscopic retrograde cholangiopancreatogram", "apc": "argon plasma coagulation",
    "afib": "atrial fibrillation",
    "af": "atrial fibrillation", "cad": "coronary artery disease", "ms": "multiple sclerosis",
    "ards": "acute respiratory distress syndrome", "gerd": "gastroesophageal reflux disease",
    "htn": "hypertension", "dm": "diabetes", "t2dm": "type 2 diabetes", "t1dm": "type 1 diabetes",
    "cva": "stroke", "tia": "transient ischemic attack", "oud": "opioid use disorder",
    "aud": "alcohol use disorder", "mdd": "major depressive disorder", "i&d": "incision and drainage",
    "svd": "spontaneous vaginal delivery", "c-section": "cesarean delivery", "lscs": "cesarean delivery",
    "bka": "below knee amputation", "aka": "above knee amputation", "fna": "fine needle aspiration",
    "ibd": "inflammatory bowel disease", "pna": "pneumonia", "nsclc": "non-small cell lung cancer",
    "nkda": "no known drug allergies", "nka": "no known allergies",
}
_HYPERNYM = {w: "cancer" for w in """adenocarcinoma carcinoma sarcoma lymphoma leukemia melanoma myeloma glioma
glioblastoma carcinomatosis metastasis malignancy neoplasm""".split()}
_HYPERNYM.update({"nstemi": "infarction", "stemi": "infarction", "infarction": "mi"})
_DIAG_SUFFIX = re.compile(
    r"(?:itis|osis|oma|emia|aemia|pathy|algia|iasis|megaly|plegia|paresis|trophy|rrhea|rrhoea|rrhage"
    r"|penia|cytosis|uria|ectasis|cele|ismus)$")
_PROC_SUFFIX = re.compile(
    r"(?:ectomy|otomy|ostomy|plasty|scopy|scopic|graphy|gram|tripsy|centesis|pexy|rrhaphy|desis|lysis)$")
_SUFFIX_EXCLUDE = set("""
diagnosis prognosis program kilogram milligram microgram gram nanogram diagram telegram histogram
analysis paralysis hypnosis diploma aroma coma stoma soma chroma idiom osmosis symptom
""".split())
_MOD_GROUPS = [
    ({"open", "laparoscopic", "robotic", "robot-assisted", "percutaneous", "endoscopic", "arthroscopic",
      "thoracoscopic", "transcatheter", "minimally-invasive"}, "procedure"),
    ({"acute", "chronic", "subacute", "hyperacute", "episodic"}, "diagnosis"),
    ({"intermittent", "persistent"}, "diagnosis"),
    ({"mild", "moderate", "severe"}, "diagnosis"),
    ({"displaced", "nondisplaced", "non-displaced", "undisplaced"}, "diagnosis"),
    ({"complicated", "uncomplicated"}, "diagnosis"),
    ({"benign", "malignant"}, "diagnosis"),
    ({"partial", "complete", "incomplete", "total"}, "diagnosis"),
]
_MOD_OF = {m: gi for gi, (ms, _) in enumerate(_MOD_GROUPS) for m in ms}
_DRUG_GENERIC_WORDS = set("""
sodium potassium calcium magnesium hydrochloride succinate tartrate carbonate sulfate citrate acetate
phosphate chloride acid insulin vitamin extended release human recombinant alfa beta
""".split())
_NARROW_STOP = {"and", "plus", "with", "or", "while", "but", "after", "before", "from", "has", "had", "have",
                "then", "followed",
                "who", "which", "that", "because", "due", "since", "whereas", "although"}
_CLINICAL_HEADS_AFTER_DRUG = {"overdose", "toxicity", "intoxication", "withdrawal", "allergy", "poisoning",
                              "use", "dependence", "exposure", "ingestion"}

# NegEx-style triggers
_NEG_PRE = {"no", "not", "without", "denies", "denied", "deny", "denying", "never", "none", "nor",
            "neither", "free", "absence", "negative", "non", "avoid", "avoids", "avoiding"}
_NEG_PRE_NEXT = {"free": "of", "absence": "of", "negative": "for"}
_NEG_POST = {"negative", "absent", "undetectable", "unremarkable"}
_NEG_TERM = {"but", "however", "although", "though", "except", "which", "who", "whereas", "yet", "with",
             "reports", "report", "reported", "endorses", "endorsed", "presents", "presented", "admits",
             "complains", "has", "had", "have", "because", "due", "secondary", "given", "unless", "if",
             "when", "whether", "so", "than"}
_PREPS = {"on", "at", "in", "by", "from", "to", "during", "per", "via", "for", "before", "after", "since",
          "until", "over", "under", "within", "into", "throughout", "while"}
_BE = {"was", "were", "is", "are", "be", "been"}
_NOT_POST = {"done", "seen", "given", "indicated", "present", "identified", "visualized", "found", "noted"}
_AUX = {"was", "were", "is", "are", "has", "had", "have", "will", "would", "should", "can", "could",
        "may", "did", "does", "received", "underwent", "remains", "remained", "became", "then"}
_DET = {"a", "an", "the", "his", "her", "their", "its", "this", "that"}
_AFFIRM_BEFORE = {"reports", "reported", "report", "endorses", "endorsed", "has", "had", "having", "with",
                  "presents", "presented", "positive", "showed", "shows", "revealed", "demonstrated",
                  "complains", "complained", "developed", "develops", "notable", "found", "persistent",
                  "new", "worsening", "ongoing", "continued", "experienced", "experiencing", "admits"}
_AFFIRM_AFTER = {"present", "reported", "noted", "seen", "found", "positive", "observed", "identified",
                 "endorsed", "persists", "persisted", "developed"}
_NEG_SKIP_WORDS = _GENERIC | set("""
known acute chronic mild moderate severe recent current prior significant evidence sign signs
taking using tolerating walking getting having being going
""".split())


# The role a mention plays in its sentence: the nearest role word before it decides ("Recommend
# start X; proceed with Y" -> both planned; "Home medications: A; newly added B" -> A home, B new).
_ROLE_PLAN = "plan"
_ROLE_DONE = "done"
_ROLE_HOME = "home"
_ROLE_DISCHARGE = "discharge"
_ROLE_INPATIENT = "inpatient"
_ROLE_POSTOP = "postop"
_ROLE_LABS = "labs"
_ROLE_STOP = "stop"
_ROLE_ALLERGY = "allergy"
_ALLERGY_WORDS = "allergies allergy allergic allergen intolerance intolerant".split()
_NOTE_ROLES = {
    **dict.fromkeys(_ALLERGY_WORDS, _ROLE_ALLERGY),
    **dict.fromkeys("""recommend recommends recommended recommendation recommendations proceed consult
        consults consulted consultation plan plans planned arrange arranged schedule scheduled will consider
        considered considering if avoid pending refer referral referred candidate should follow follow-up
        followup suggest suggested suggests advise advised advises await awaiting planning""".split(), _ROLE_PLAN),
    **dict.fromkeys("""hold held discontinue discontinued stop stopped""".split(), _ROLE_STOP),
    **dict.fromkeys("""underwent undergone received given treated administered started performed completed
        showed revealed demonstrated continue continued""".split(), _ROLE_DONE),
    **dict.fromkeys("""home outpatient takes taking current verified baseline""".split(), _ROLE_HOME),
    **dict.fromkeys("""discharge discharged""".split(), _ROLE_DISCHARGE),
    **dict.fromkeys("""ed inpatient added new newly periprocedural intraoperative""".split(), _ROLE_INPATIENT),
    **dict.fromkeys("""postoperative postop post-operative""".split(), _ROLE_POSTOP),
}
# "Plan: prednisone 40 mg daily" orders a drug; "Plan: colonoscopy next month" is still to come
_NOTE_DRUG_ROLES = {w: r for w, r in _NOTE_ROLES.items() if w not in ("plan", "plans")}
# in a summary: what it claims was done, kept at home or given at discharge
_SUMMARY_ROLES = {
    **dict.fromkeys("""recommend recommends recommended recommendation recommendations proceed consult
        consults consulted plan plans planned arrange arranged schedule scheduled will consider considered
        if avoid pending refer referral referred to should may might candidate suggest suggested advised
        awaiting""".split(), _ROLE_PLAN),
    **dict.fromkeys("""hold holds holding held stop stops stopping stopped discontinue discontinued
        discontinuing""".split(), _ROLE_STOP),
    **dict.fromkeys("""underwent undergone undergoing received given took taken started began begun
        treated administered completed added continuing had initiated performed""".split(), _ROLE_DONE),
    **dict.fromkeys("""home outpatient prior preoperative pre-operative previous bottle baseline takes usual
        maintenance""".split(), _ROLE_HOME),
    **dict.fromkeys("""discharge discharged""".split(), _ROLE_DISCHARGE),
    **dict.fromkeys("""labs lab vitals""".split(), _ROLE_LABS),
    **dict.fromkeys(_ALLERGY_WORDS, _ROLE_ALLERGY),
    # these end the reach of a role word before them ("discharged home after X was given")
    **dict.fromkeys("""diagnosed presented presents admitted""".split(), ""),
}
_NORMAL_WORDS = {"normal", "unremarkable", "intact", "negative", "clear"}
# other words a note uses for the same denied thing ("denies tobacco use" for "never smoker")
_NEG_HEAD_SYNONYMS = {}
for _g in [["tobacco", "smoking", "smoker", "smoke", "cigarette", "cigarettes", "nicotine"],
           ["alcohol", "etoh", "drinking", "drinks", "drink"], ["drug", "drugs", "illicit", "substance"],
           ["fever", "fevers", "febrile", "afebrile"], ["allergy", "allergies", "nkda", "nka"],
           ["distress", "comfortable"], ["trauma", "injury", "fall"]]:
    for _w in _g:
        _NEG_HEAD_SYNONYMS[_lemma(_w)] = _g
_GENERIC_RESULTS = {_lemma(w) for w in "testing test screen screening workup study result finding".split()}
# negated words that name no particular finding ("no other complaints", "denies any")
_INVENTED_NEG_SKIP = set("""
other any further complaint complaints issue issues problem problems change changes concern concerns
visible noted apparent obvious signs symptoms symptom sign focal specific particular additional remarkable
""".split())
# past history against this visit's diagnosis, for "diagnosed with X"
_HISTORY_ROLES = {
    # "a 57-year-old woman with hepatitis C and gout; her main complaint is ...": comorbidities
    **dict.fromkeys("history pmh past prior previous known year-old".split(), "history"),
    **dict.fromkeys("""diagnosis diagnoses impression assessment diagnosed indication reason evaluate
        developed presents presented reports here complaint new""".split(), ""),
}
_INDICATION_ROLES = {"indication": "indication", "indications": "indication", "reason": "indication",
                     "preoperative": "indication", "pre-operative": "indication"}
_DIAG_PHRASE_END = {"after", "following", "by", "via", "on", "during", "and", "in", "at", "from", "because",
                    "due", "secondary", "who", "which", "while"}
# who gives a result: the labs, or a test / the exam ("Labs showed colitis" for a sigmoidoscopy's finding)
_SHOWED = {"showed", "shows", "revealed", "demonstrated", "notable"}
_LAB_SOURCES = {_lemma(w) for w in "labs lab laboratory bloodwork chemistry chemistries panel".split()}
_TEST_SOURCES = {_lemma(w) for w in """culture cultures ultrasound x-ray xray ct mri scan biopsy aspiration
    sigmoidoscopy colonoscopy endoscopy echocardiogram ecg ekg urinalysis imaging radiograph spirometry
    exam examination angiography angiogram doppler""".split()}
# what a visit does, not what happens at home ("home labs" for the visit's labs)
_VISIT_THINGS = {_lemma(w) for w in """labs lab exam examination plan care vitals tests test imaging workup
    protocol""".split()}
_STOP_AFTER = {"stopped", "discontinued", "held"}
# a status and its opposite: the summary may not give the opposite of what the note states
_STATUS_FLIPS = {"afebrile": "febrile", "febrile": "afebrile", "former": "current", "current": "former",
                 "ex-smoker": "smoker", "nonsmoker": "smoker", "non-smoker": "smoker",
                 "increased": "decreased", "decreased": "increased", "increase": "decrease", "decrease": "increase",
                 "reduced": "increased", "improving": "worsening", "worsening": "improving",
                 "improved": "worsened", "worsened": "improved", "uptitrated": "downtitrated"}
_FLIP_NEEDS_OBJECT = {"former", "current", "increased", "decreased", "increase", "decrease", "reduced",
                      "improving", "worsening", "improved", "worsened", "uptitrated"}
# symptoms, each with its other names (lemmas); kept apart from the diagnosis vocabulary, so that
# coverage keys (medllm.scores) do not change
_SYMPTOM_GROUPS = [
    ["chill", "chills", "rigor", "rigors"],
    ["dyspnea", "shortness of breath", "breathlessness", "sob", "dyspneic", "short of breath", "difficulty breathing",
     "~orthopnea"],
    ["sore throat", "pharyngitis", "odynophagia"],
    ["chest pain", "chest pressure", "chest tightness", "chest discomfort", "~angina", "~substernal pain"],
    ["fatigue", "tiredness", "malaise", "lethargy", "fatigued", "~tired"], ["nausea", "nauseated", "nauseous"],
    ["vomiting", "emesis", "vomit", "vomited"], ["headache", "cephalgia", "headaches", "head pain"],
    ["dizziness", "lightheadedness", "vertigo", "dizzy", "lightheaded"], ["palpitation", "palpitations"],
    ["diarrhea", "loose stool", "loose stools", "watery stool", "watery stools"], ["constipation", "constipated"],
    ["wheezing", "wheeze", "wheezes", "wheezy"], ["pruritus", "itching", "~itch", "itchy"],
    ["myalgia", "myalgias", "muscle ache", "muscle aches", "body aches"], ["arthralgia", "arthralgias", "joint pain"],
    ["hematuria", "blood in urine"], ["dysuria", "painful urination", "burning with urination"],
    ["hemoptysis", "coughing blood"], ["hematemesis", "vomiting blood"], ["melena", "black stool", "black stools"],
    ["hematochezia", "blood in stool", "bloody stool", "bloody stools", "rectal bleeding"],
    ["photophobia"], ["night sweat", "night sweats"], ["weight loss"],
    ["abdominal pain", "belly pain", "stomach pain", "abdominal cramping", "epigastric pain", "~quadrant pain",
     "~abdominal tenderness", "~cramping"],
]
_SYMPTOM_GROUP = {}
_SYMPTOMS: dict[str, list] = {}
for _g in _SYMPTOM_GROUPS:  # "~name": another name for the symptom, too loose to claim it alone
    _names = [tuple(_lemma(w) for w in n.lstrip("~").split()) for n in _g]
    for _n, _raw in zip(_names, _g):
        _SYMPTOM_GROUP[_n] = _names
        if not _raw.startswith("~"):
            _SYMPTOMS.setdefault(_n[0], []).append(_n)
for _v in _SYMPTOMS.values():
    _v.sort(key=len, reverse=True)
_SYMPTOM_GROUPS_L = [[tuple(_lemma(w) for w in n.lstrip("~").split()) for n in g] for g in _SYMPTOM_GROUPS]
# qualifiers that name a subtype with a number or letter
_SUBTYPE_WORDS = {"grade", "stage", "type", "class", "tier", "nyha", "gold", "cycle"}
_ROMAN_OR_LETTER = {"i", "ii", "iii", "iv", "v", "a", "b", "c", "d", "e", "1a", "1b", "2a", "2b", "3a", "3b"}
_LETTERED = {"influenza", "hepatitis", "flu"}
# social history and who reported what
_RESIDENCE = {"live", "lives", "living", "lived", "resides", "reside", "residing", "address", "home", "at-home"}
_SOCIAL_WORDS = set("""homebound housebound bedbound bed-bound wheelchair-bound homeless incarcerated married
widowed widower divorced unemployed""".split())
_RELATIVES = {_lemma(w) for w in """family parents parent mother father wife husband spouse partner daughter son
sister brother relatives relative caregiver guardian""".split()}
_REPORTED = {"reported", "reports", "report", "said", "says", "states", "stated", "noted", "endorsed",
             "endorses", "described", "describes", "witnessed", "observed"}
# the list a lab or vital value is put in ("Vitals included BP 123/82 mmHg and WBC 13.7")
_LIST_HEADINGS = {"vitals": "vital_sign", "vital": "vital_sign", "labs": "lab_value", "lab": "lab_value",
                  "laboratory": "lab_value", "bloodwork": "lab_value",
                  # a new predicate ends the list ("vitals were BP 141/69 and was seen for albumin 2.0")
                  **dict.fromkeys(("seen", "diagnosed", "underwent", "presented", "admitted", "reports", "denies"), "")}
# what a duration measures, by the words right before or after it
_TIME_ROLE_BEFORE = {
    **dict.fromkeys("""admitted admission hospitalized hospitalization stay discharged los""".split(), "stay"),
    "again": "followup", "repeat": "followup",
}
_FOLLOWUP_STEMS = ("follow", "return", "recheck", "review", "revisit", "reassess", "reevaluat", "appointment",
                   "see", "seen", "visit", "clinic", "check", "will", "plan", "schedul")
_TIME_ROLE_AFTER = {"stay": "stay", "hospitalization": "stay", "admission": "stay", "follow-up": "followup",
                    "followup": "followup"}
# "X was started", "X were given": the verb after the mention
_DONE_AFTER = {"started", "given", "added", "administered", "performed", "completed", "initiated", "begun"}


# Drug-name stems (USAN/INN: -dipine, -azole, -olol, -pril, -mab, ...): a word shaped like a drug
# that neither the drug dictionary nor the note knows is an invented drug ("docusonazole").
_DRUG_STEMS = tuple("""
pine azole idone profen olol pril sartan statin mab nib cillin mycin micin cycline oxacin vir parin
azepam azolam idil tidine prazole triptan setron lukast gliptin gliflozin glitazone caine barbital
oxetine afil peridol semide thiazide dronate olone asone isone amine xaban gatran fibrate conazole
""".split())
_NOT_DRUG_SHAPED = set("""
porcupine examine examined spine supine alpine april cocaine preparin amine amines
""".split())


# --------------------------------------------------------------------------- drug NER

_find_drugs = None
_DRUG_SKIP = STOP | set("""
po iv im sc sq bid tid qid prn daily nightly weekly dose doses mg mcg units unit tablet tablets
level levels test tests score note plan home oral ice water air blood urine stool fluid fluids
""".split())


def _fd():
    global _find_drugs
    if _find_drugs is None:
        from drug_named_entity_recognition import find_drugs

        _find_drugs = find_drugs
    return _find_drugs


@lru_cache(maxsize=20_000)
def _drug_synonyms(phrase: str) -> tuple:
    """Every name the drug dictionary knows for `phrase` (brands, salts, spellings)."""
    if len(phrase) < 3 or phrase in _DRUG_SKIP:
        return ()
    out = set()
    for m, _a, _b in _fd()([phrase], is_ignore_case=True):
        out.update(str(x).lower() for x in (m.get("synonyms") or []) if len(str(x)) >= 4)
        if m.get("name"):
            out.add(str(m["name"]).lower())
    return tuple(sorted(out))


@lru_cache(maxsize=200_000)
def _drug_lookup(phrase: str) -> frozenset:
    if len(phrase) < 3 or phrase in _DRUG_SKIP:
        return frozenset()
    res = _fd()([phrase], is_ignore_case=True)
    return frozenset(str(m.get("name") or m.get("matching_string") or phrase).lower() for m, _a, _b in res)


# --------------------------------------------------------------------------- analysed text

class _Doc:
    def __init__(self, raw: str):
        self.raw = raw
        self.text, self.idx = _normalize(raw)
        self.kinds: list[str] = []
        self.toks: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        for m in _RE_TOK.finditer(self.text):
            self.kinds.append(m.lastgroup)
            self.toks.append(m.group(0))
            self.starts.append(m.start())
            self.ends.append(m.end())
        n = len(self.toks)
        self.n = n
        self.lem = [(_SYN.get(_lemma(t), _lemma(t)) if k == "word" else t) for k, t in zip(self.kinds, self.toks)]
        # sentence id per token
        self.tok_set = set(self.toks)
        self.lem_pos: dict[str, list[int]] = {}
        for i, (k, lm) in enumerate(zip(self.kinds, self.lem)):
            if k == "word":
                self.lem_pos.setdefault(lm, []).append(i)
        self.sent = []
        s = 0
        for k, t in zip(self.kinds, self.toks):
            self.sent.append(s)
            if k == "p" and t in _SENT_END:
                s += 1
        self._drugs()
        self._spans()
        self._quantities()
        self._aliases()
        self._negation()
        self._sides()
        self._concepts()

    # --- helpers
    def snippet(self, a: int, b: int) -> str:
        """Original text of normalized characters [a, b)."""
        if not self.idx or a >= b:
            return ""
        s = self.idx[min(a, len(self.idx) - 1)]
        e = self.idx[min(b, len(self.idx)) - 1] + 1
        return " ".join(self.raw[s:e].split())

    def tok_snip(self, i: int, j: int) -> str:
        return self.snippet(self.starts[i], self.ends[j - 1])

    def tok_range(self, a: int, b: int) -> tuple[int, int]:
        """Token indices covering chars [a, b)."""
        i = bisect.bisect_right(self.ends, a)      # first token ending after a
        j = bisect.bisect_left(self.starts, b)     # tokens starting before b
        if i >= j:
            return (0, 0)
        return (i, j)

    # --- drugs
    def _drugs(self):
        kinds, toks, n = self.kinds, self.toks, self.n
        self.drugs: list[tuple[int, int, frozenset]] = []
        self.drug_at: dict[int, int] = {}
        i = 0
        while i < n:
            if kinds[i] != "word":
                i += 1
                continue
            t = toks[i]
            if i + 1 < n and kinds[i + 1] == "word" and self.starts[i + 1] - self.ends[i] == 1:
                names = _drug_lookup(t + " " + toks[i + 1])
                if names:
                    self._add_drug(i, i + 2, names)
                    i += 2
                    continue
            names = _drug_lookup(t)
            if not names and "-" in t and i + 1 < n and kinds[i + 1] == "word" \
                    and self.starts[i + 1] - self.ends[i] == 1:
                last = t.split("-")[-1]
                tail = _drug_lookup(last + " " + toks[i + 1])
                if tail:
                    head = set()
                    for p in t.split("-")[:-1]:
                        if len(p) >= 3:
                            head |= _drug_lookup(p)
                    self._add_drug(i, i + 2, frozenset(head | tail))
                    i += 2
                    continue
            if not names and "-" in t:
                parts = [p for p in t.split("-") if len(p) >= 3]
                names = _drug_lookup(" ".join(parts)) if len(parts) > 1 else frozenset()
                if not names:
                    acc = set()
                    for p in parts:
                        acc |= _drug_lookup(p)
                    names = frozenset(acc)
            if names:
                self._add_drug(i, i + 1, names)
            i += 1
        self.drug_names = set()
        for _a, _b, names in self.drugs:
            self.drug_names |= names

    def _add_drug(self, a, b, names):
        # a lab name ("ferritin 9 ng/mL") is not a drug mention
        if tuple(self.toks[a:b]) in _ALIASES and not (b < self.n and self.toks[b] in ("carbonate", "chloride",
                                                                                       "sulfate", "citrate")):
            return
        k = len(self.drugs)
        self.drugs.append((a, b, names))
        for t in range(a, b):
            self.drug_at[t] = k

    # --- frequency and route spans
    def _spans(self):
        self.freqs = []   # (tok_i, tok_j, code, char_s, char_e)
        for s, e, c in _scan_spans(self.text, _FREQ_PATTERNS):
            i, j = self.tok_range(s, e)
            if j > i:
                self.freqs.append((i, j, c, s, e))
        self.routes = []
        for s, e, c in _scan_spans(self.text, _ROUTE_PATTERNS):
            i, j = self.tok_range(s, e)
            if j > i:
                self.routes.append((i, j, c, s, e))
        self.in_freq = set()
        for i, j, _c, _s, _e in self.freqs:
            self.in_freq.update(range(i, j))
        self.in_route = set()
        for i, j, _c, _s, _e in self.routes:
            self.in_route.update(range(i, j))
        self.freq_codes = {c for _i, _j, c, _s, _e in self.freqs}
        self.route_codes = {c for _i, _j, c, _s, _e in self.routes}

    # --- numbers with units
    def _quantities(self):
        kinds, toks, n = self.kinds, self.toks, self.n
        self.qs: list[_Q] = []
        self.q_at: dict[int, _Q] = {}
        self.dates = []
        self.dayidx = set()
        i = 0
        while i < n:
            k = kinds[i]
            if k == "date":
                self.dates.append((i, _date_key(toks[i])))
                i += 1
                continue
            if k != "num":
                i += 1
                continue
            nums = tuple(float(x) for x in toks[i].split("/"))
            j = i + 1
            num_c, factor, kind, dens = "", 1.0, "", []
            # optional hyphen ("7-day", "68-year-old") or filler ("4 more days")
            jj = j
            if jj < n and toks[jj] == "-" and jj + 1 < n and kinds[jj + 1] == "word" \
                    and _UNIT_ATOMS.get(toks[jj + 1], ("", 0, ""))[2] == "time":
                jj += 1
            elif jj + 1 < n and toks[jj] in _TIME_PREFIX and _UNIT_ATOMS.get(toks[jj + 1], ("", 0, ""))[2] == "time":
                jj += 1
            if jj < n and toks[jj] in _UNIT_ATOMS and (kinds[jj] == "word" or toks[jj] == "%"):
                num_c, factor, kind = _UNIT_ATOMS[toks[jj]]
                if toks[jj] in ("c", "f") and (
                        not (jj + 1 >= n or kinds[jj + 1] != "word")
                        or not ((30 <= nums[0] <= 45) if toks[jj] == "c" else (86 <= nums[0] <= 113))):
                    num_c, factor, kind = "", 1.0, ""  # "61F" is an age and sex, "c" before a word is no unit
                else:
                    j = jj + 1
            while j + 1 < n and toks[j] == "/" and (j == i + 1 or num_c or kind):
                nxt = toks[j + 1]
                if nxt in _DENOMS:
                    dens.append(_DENOMS[nxt])
                    j += 2
                elif kinds[j + 1] == "num" and j + 2 < n and toks[j + 2] == "m2":
                    dens.append(toks[j + 1] + "m2")
                    j += 3
                else:
                    break
                if not kind:
                    kind = "count"
            if not num_c and not dens:
                kind = ""
            q = _Q(i, j, self.starts[i], self.ends[j - 1], nums, num_c, tuple(dens), kind, factor)
            self.qs.append(q)
            for t in range(i, j):
                self.q_at[t] = q
            # "hospital day 2", "postoperative day 1"
            if i > 0 and toks[i - 1] == "day":
                self.dayidx.add(toks[i])
            i = j
        self.q_keys = {q.key() for q in self.qs}
        self.num_vals = set()
        for q in self.qs:
            self.num_vals.update(_fmt(v) for v in q.nums)
            if q.num == "" and q.factor != 1.0:
                self.num_vals.update(q.cval)
        self.time_vals = {}
        for q in self.qs:
            if q.is_time:
                self.time_vals.setdefault((q.cval, q.ukey), []).append(q)
        self.nums_by_val: dict[tuple, set] = {}
        for q in self.qs:
            self.nums_by_val.setdefault(tuple(_fmt(v) for v in q.nums), set()).add(q.ukey and (q.ukey, q.factor))
        self._date_mentions()

    def _date_mentions(self):
        self.date_toks = set()
        for m in _RE_MONTH_DATE.finditer(self.text):
            mo = _MONTHS[m.group(1)[:3]]
            i, j = self.tok_range(m.start(), m.end())
            self.date_toks.update(range(i, j))
            self.dates.append((i, (mo, int(m.group(2)), int(m.group(3)) if m.group(3) else None)))
        self.date_keys = [d for _i, d in self.dates]

    # --- lab / vital names
    def _aliases(self):
        toks, kinds, n = self.toks, self.kinds, self.n
        self.alias_spans = []  # (i, j, canon, kind)
        i = 0
        while i < n:
            cands = _ALIAS_FIRST.get(toks[i]) if kinds[i] == "word" else None
            hit = None
            if cands:
                for words, canon, kind in cands:
                    L = len(words)
                    if tuple(toks[i:i + L]) == words:
                        hit = (i, i + L, canon, kind)
                        break
            if hit:
                self.alias_spans.append(hit)
                i = hit[1]
            else:
                i += 1
        self.alias_at = {}
        for k, (a, b, _c, _kd) in enumerate(self.alias_spans):
            for t in range(a, b):
                self.alias_at[t] = k

    def alias_values(self, k: int, narrow: bool) -> list[_Q]:
        """Numbers bound to the lab/vital name number k."""
        a, b, canon, kind = self.alias_spans[k]
        toks, kinds, n = self.toks, self.kinds, self.n
        out = []
        if not narrow and a > 0:
            # "48,000 WBC/uL": the number written before the name
            q = self.q_at.get(a - 1)
            if q is not None and q.j == a and not q.is_time:
                out.append(q)
        gap_max = 0 if toks[a] in _SINGLE_LETTER_ALIASES else (5 if narrow else 10)
        span_max = 6 if narrow else 14
        j = b
        gap = 0
        while j < n and j - b < span_max:
            t = toks[j]
            if kinds[j] == "p" and t in _SENT_END | {";"}:
                break
            if j in self.alias_at and self.alias_at[j] != k:
                break
            if j in self.drug_at and not (self.drugs[self.drug_at[j]][0] <= a < self.drugs[self.drug_at[j]][1]):
                break
            q = self.q_at.get(j)
            if q is not None and q.i == j:
                if q.is_time or j in self.in_freq:
                    break
                if kind == "lab_value" and q.is_dose and q.num != "%":
                    break
                out.append(q)
                if narrow:
                    # also "from X to Y"
                    j2 = q.j
                    if j2 + 1 < n and toks[j2] == "to" and (j2 + 1) in self.q_at:
                        out.append(self.q_at[j2 + 1])
                    break
                j = q.j
                continue
            if narrow and kinds[j] == "p" and t == ",":
                break
            if kinds[j] == "word":
                gap += 1
                if gap > gap_max:
                    break
            j += 1
        return out

    # --- negation (NegEx-like)
    def _negation(self):
        """Per token: 0 stated, 1 negated, 2 neither (a preposition's object inside a negation scope:
        "no edema at discharge" negates edema, not discharge)."""
        toks, kinds, n = self.toks, self.kinds, self.n
        neg = [0] * n
        trig_of = [-1] * n
        for i in range(n):
            t = toks[i]
            if kinds[i] != "word":
                continue
            prev = toks[i - 1] if i > 0 else "."
            nxt = toks[i + 1] if i + 1 < n else ""
            pre = t in _NEG_PRE
            post = False
            if t in _NEG_PRE_NEXT:
                pre = nxt == _NEG_PRE_NEXT[t]
            if t in ("denied", "absent") and prev in _BE:
                pre, post = False, True
            elif t in _NEG_POST and not pre:
                clause_start = i == 0 or kinds[i - 1] == "p"
                if t == "negative" and clause_start and i + 1 < n and kinds[i + 1] == "word" and nxt not in STOP:
                    pre = True  # "Negative air leak test."
                elif prev not in ("net", "rh", "gram", "a", "o", "b", "ab"):
                    post = True
            not_post = False
            if t == "not":
                if nxt in ("only", "just"):
                    pre = False
                elif (nxt.endswith("ed") or nxt in _NOT_POST) and i > 0 and kinds[i - 1] == "word":
                    post = not_post = True  # "cholangiogram not performed"
            if t == "no" and nxt == "longer":
                pre = False
            if pre:
                content = 0
                seen_comma = False
                in_pp = False
                # "If no improvement in 3 days, admit ...": a conditional clause ends at its comma
                conditional = any(toks[x] in ("if", "unless", "when", "whether") for x in range(max(0, i - 2), i))
                j = i + 1
                if j < n and toks[j] in ("for", "of") and t in ("negative", "free", "absence"):
                    j += 1
                while j < n and content < (12 if seen_comma else 7):
                    tj = toks[j]
                    if kinds[j] == "p":
                        if tj in _SENT_END or tj in (";", ":", "(", ")"):
                            break
                        if tj == ",":
                            nx = toks[j + 1] if j + 1 < n else ""
                            if conditional:
                                break
                            if nx in ("and", "but", "with", "which", "then") and not seen_comma:
                                break
                            if nx in _NEG_TERM or nx in _AUX or (j + 1 < n and kinds[j + 1] == "num"):
                                break
                            if not seen_comma and not self._list_ahead(j + 1):
                                break
                            seen_comma = True
                            in_pp = False
                        j += 1
                        continue
                    if tj in _NEG_TERM and j > i + 1:
                        break
                    if tj in ("and", "or", "nor", "plus"):
                        nx = toks[j + 1] if j + 1 < n else ""
                        if nx in _AUX or nx in _DET or nx in _NEG_TERM or (nx.endswith("ed") and len(nx) > 4):
                            break
                        in_pp = False
                    elif tj in _PREPS and j > i + 1:
                        in_pp = True
                    if kinds[j] == "word" and tj not in STOP:
                        content += 1
                    neg[j] = 2 if in_pp else 1
                    trig_of[j] = i
                    j += 1
            if post:
                j = i - 1
                if j >= 0 and toks[j] == "," and not not_post:
                    j -= 1
                content = 0
                while j >= 0 and content < (2 if not_post else 3):
                    tj = toks[j]
                    if kinds[j] == "p" and tj != "-":
                        break
                    if kinds[j] == "num":
                        break
                    if tj in _BE:
                        j -= 1
                        continue
                    if kinds[j] == "word" and tj not in STOP:
                        content += 1
                    neg[j] = 1
                    trig_of[j] = i
                    j -= 1
        self.neg = neg
        self.trig_of = trig_of
        # candidate words and their contexts
        self.occ: dict[str, list[int]] = {}
        for i in range(n):
            if self._neg_candidate(i):
                self.occ.setdefault(self.lem[i], []).append(i)

    def _list_ahead(self, j: int) -> bool:
        """After a comma inside a negation scope: does a list ("X, Y, or Z") go on?"""
        toks, kinds = self.toks, self.kinds
        for x in range(j, min(self.n, j + 30)):
            if kinds[x] == "p" and toks[x] in _SENT_END | {";", ":"}:
                return False
            if kinds[x] == "num":
                return False
            if toks[x] in ("or", "nor", "and"):
                return True
        return False

    def asserted(self, i: int) -> bool:
        """Is the word at i explicitly stated as present ("reports X", "X was noted")?"""
        si = self.sent[i]
        for j in range(max(0, i - 6), i):
            if self.sent[j] == si and self.toks[j] in _AFFIRM_BEFORE:
                if not any(self.kinds[x] == "p" and self.toks[x] in (",", ";", ":") for x in range(j + 1, i)):
                    return True
        for j in range(i + 1, min(self.n, i + 5)):
            if self.sent[j] != si or (self.kinds[j] == "p" and self.toks[j] != "-"):
                break
            if self.toks[j] in _AFFIRM_AFTER:
                return True
        return False

    def _neg_candidate(self, i: int) -> bool:
        t = self.toks[i]
        if self.kinds[i] != "word" or len(t) < 3 or t in _NEG_PRE or t in _NEG_POST:
            return False
        lm = self.lem[i]
        if lm in _NEG_SKIP_WORDS or t in _NEG_SKIP_WORDS or lm in _SIDES:
            return False
        if t.endswith("ed") and len(t) > 4:
            return False
        if i in self.in_freq or i in self.in_route:
            return False
        return True

    def context(self, i: int, w: int = 5) -> set:
        """Content lemmas and numbers within w tokens of i, in the same sentence."""
        out = set()
        si = self.sent[i]
        for j in range(max(0, i - w), min(self.n, i + w + 1)):
            if j == i or self.sent[j] != si:
                continue
            if self.kinds[j] == "num":
                out.add(self.toks[j])
            elif self.kinds[j] == "word" and self.lem[j] not in STOP and len(self.toks[j]) > 1:
                out.add(self.lem[j])
        return out

    # --- laterality
    def _sides(self):
        toks, kinds, n = self.toks, self.kinds, self.n
        self.side_mentions = []  # (i, side, targets, context)
        for i in range(n):
            side = _SIDES.get(toks[i]) if kinds[i] == "word" else None
            if not side:
                continue
            targets = set()
            j = i + 1
            while j < n and j <= i + 5:
                tj = toks[j]
                if tj in ("and", "or") and j + 1 < n and kinds[j + 1] == "word" and toks[j + 1] not in _SIDES \
                        and toks[j + 1] not in STOP:
                    j += 1  # "right arm and face", "left-sided and throbbing"
                    continue
                if kinds[j] != "word" or tj in STOP or tj in _SIDES:
                    break
                if tj not in _SIDE_GENERIC:
                    targets.add(self.lem[j])
                j += 1
            if targets:
                self.side_mentions.append((i, side, targets, self.context(i, 6) - targets))

    # --- clinical concepts (for diagnosis/procedure)
    def _concepts(self):
        seq = []
        pos = []
        for i, (k, lm) in enumerate(zip(self.kinds, self.lem)):
            if k != "word":
                if k == "num":
                    seq.append(self.toks[i])
                    pos.append(i)
                continue
            lm2 = _norm_suffix(lm)
            exp = _ABBR.get(lm2)
            if exp:
                for w in exp.split():
                    seq.append(_norm_suffix(_SYN.get(_lemma(w), _lemma(w))))
                    pos.append(i)
            # hyphenated words count by their parts too ("immune-mediated"); the whole word stays
            # last so that phrases running on from it ("non-small cell") still match
            if "-" in lm2:
                for w in lm2.split("-"):
                    if w:
                        w2 = _norm_suffix(_SYN.get(_lemma(w), _lemma(w)))
                        seq.append(w2)
                        pos.append(i)
            seq.append(lm2)
            pos.append(i)
        self.cseq = seq
        self.cpos = pos
        self.cset = set(seq)
        self.cstr = " " + " ".join(seq) + " "
        # what the text names implies its abbreviation and its broader term
        for abbr, exp in _ABBR_SEQ.items():
            if all(w in self.cset for w in exp):
                self.cset.add(abbr)
        for w in list(self.cset):
            h = _HYPERNYM.get(w)
            if h:
                self.cset.add(h)


_MONTHS = {m: i + 1 for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
                                             "oct", "nov", "dec"])}
_RE_MONTH_DATE = re.compile(
    r"\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b")


def _date_key(s: str):
    if "-" in s:
        y, m, d = s.split("-")
        return (int(m), int(d), int(y))
    m, d, y = s.split("/")
    y = int(y)
    if y < 100:
        y += 2000
    return (int(m), int(d), y)


def _norm_suffix(w: str) -> str:
    if w.endswith("graphy") or w.endswith("graphic"):
        return w[: w.rfind("graph")] + "gram"
    if w.endswith("scopic"):
        return w[:-2] + "y"
    return w


@lru_cache(maxsize=256)
def _doc(text: str) -> _Doc:
    return _Doc(text)


# --------------------------------------------------------------------------- the checks

class _Finder:
    def __init__(self, note: _Doc, summ: _Doc):
        self.note = note
        self.s = summ
        self.out: list[tuple[int, str, str]] = []
        self.done_tok: set[int] = set()
        self._if_at: dict[int, int] | None = None  # first "if"/"unless" per summary sentence

    def add(self, pos: int, typ: str, text: str) -> None:
        self.out.append((pos, typ, text))

    # ---------------- drug windows
    @staticmethod
    def window(d: _Doc, k: int, narrow: bool) -> tuple[list[int], list[int]]:
        """Token indices after drug mention k (and route/dose tokens right before it)."""
        a, b, _names = d.drugs[k]
        toks, kinds, n = d.toks, d.kinds, d.n
        after = []
        j = b
        limit = 12 if narrow else 30
        while j < n and j - b < limit:
            t = toks[j]
            if kinds[j] == "p" and (t in _SENT_END or (narrow and t == ";")):
                break
            if j in d.drug_at and d.drug_at[j] != k:
                break
            if narrow:
                if kinds[j] == "word" and t in _NARROW_STOP \
                        and not (t == "from" and j + 1 < n and kinds[j + 1] == "num"):
                    break
                if j in d.alias_at:
                    break
                q = d.q_at.get(j)
                if q is not None and q.i == j and _Finder._before_drug(d, q.j):
                    break
                if t == "," and j + 1 < n and not (kinds[j + 1] == "num" or toks[j + 1] in ("then", "total")):
                    break
            after.append(j)
            j += 1
        # "IV methylprednisolone", "40 mg IV furosemide", "40 mg of furosemide"
        before = []
        j = a - 1
        if j >= 0 and toks[j] == "of":
            j -= 1
        for r in d.routes:
            if r[1] - 1 == j:
                before.extend(range(r[0], r[1]))
                j = r[0] - 1
                break
        q = d.q_at.get(j) if j >= 0 else None
        if q is not None and q.j - 1 == j and q.is_dose and q.num != "%":
            before.extend(range(q.i, q.j))
        return after, before

    @staticmethod
    def _before_drug(d: _Doc, j: int) -> bool:
        """Does a drug mention start at token j (after at most one route word)?"""
        if j in d.drug_at and d.drugs[d.drug_at[j]][0] == j:
            return True
        for r in d.routes:
            if r[0] == j:
                return r[1] in d.drug_at and d.drugs[d.drug_at[r[1]]][0] == r[1]
        return False

    def drug_facts(self, d: _Doc, k: int, narrow: bool):
        after, before = self.window(d, k, narrow)
        toks = set(after) | set(before)
        qs = []
        seen = set()
        for j in after + before:
            q = d.q_at.get(j)
            if q is not None and id(q) not in seen and q.i in toks:
                seen.add(id(q))
                qs.append(q)
        routes = [r for r in d.routes if r[0] in toks]
        freqs = [f for f in d.freqs if f[0] in toks]
        return qs, routes, freqs

    def note_equivalent(self, s: _Doc, a: int, b: int, names: frozenset) -> frozenset | None:
        """The note's names for the summary's drug mention [a, b), or None when the note lacks it.

        Same drug in the dictionary; else a shared distinctive word ("tenofovir alafenamide" vs
        "tenofovir"); else a synonym written in the note (RhoGAM vs "Rh immune globulin"); else one
        name extending the other ("polyethylene glycol 3350" vs "polyethylene glycol")."""
        note = self.note
        if names & note.drug_names:
            return names
        words = set()
        for t in s.toks[a:b]:
            words.update(w for w in t.split("-") if len(w) >= 4 and w not in _DRUG_GENERIC_WORDS)
        eq = set()
        for na, nb, nn in note.drugs:
            if words & {w for t in note.toks[na:nb] for w in t.split("-")}:
                eq |= nn
        if eq:
            return frozenset(eq)
        for syn in _drug_synonyms(" ".join(s.toks[a:b])):
            for m in re.finditer(r"(?<![a-z0-9])" + re.escape(syn) + r"(?![a-z0-9])", note.text):
                i, j = note.tok_range(m.start(), m.end())
                for t in range(i, j):
                    if t in note.drug_at:
                        eq |= note.drugs[note.drug_at[t]][2]
                if not eq:
                    eq.add("")  # written in the note, though not as a dictionary mention
        if eq:
            return frozenset(eq)
        for nm in names:
            for other in note.drug_names:
                short, long_ = (nm, other) if len(nm) < len(other) else (other, nm)
                if short not in _DRUG_GENERIC_WORDS and long_.startswith(short + " "):
                    eq.add(other)
        return frozenset(eq) if eq else None

    def note_drug_facts(self, names: frozenset):
        key = names
        cache = self.note.__dict__.setdefault("_drug_fact_cache", {})
        if key in cache:
            return cache[key]
        qs, routes, freqs, windows = [], set(), set(), []
        found = False
        for k, (_a, _b, nm) in enumerate(self.note.drugs):
            if nm & names:
                found = True
                q, r, f = self.drug_facts(self.note, k, narrow=False)
                qs.extend(q)
                wr = {c for _i, _j, c, _s, _e in r}
                wf = {c for _i, _j, c, _s, _e in f}
                routes |= wr
                freqs |= wf
                windows.append(({x.key() for x in q}, wr, wf))
        res = (found, qs, routes, freqs, windows)
        cache[key] = res
        return res

    # ---------------- drug-like words no dictionary knows
    def misspelt_note_drug(self, w: str) -> bool:
        """"pemprolizumab" for the note's pembrolizumab: same start, nearly the same letters."""
        note = self.note
        for a, b, _names in note.drugs:
            for t in note.toks[a:b]:
                if t[:2] == w[:2] and SequenceMatcher(None, t, w).ratio() >= 0.85:
                    return True
        return False

    def check_unknown_drugs(self):
        """A word the drug dictionary does not know, absent from the note, that is shaped like a
        drug: a drug-name stem ending, or a dose right after it ("urisalith 100 mg")."""
        s, note = self.s, self.note
        for i in range(s.n):
            t = s.toks[i]
            if s.kinds[i] != "word" or i in s.drug_at or i in s.alias_at or i in self.done_tok \
                    or t in note.tok_set or s.lem[i] in note.lem_pos or t in _NOT_DRUG_SHAPED:
                continue
            q = s.q_at.get(i + 1)
            dosed = (q is not None and q.i == i + 1 and q.is_dose and q.num != "%" and len(t) >= 3
                     and t not in _GENERIC and t not in _DRUG_SKIP and t not in _SUMMARY_ROLES
                     and t not in _UNIT_ATOMS and not t.endswith(("ed", "ing", "ly")) and _term_type(t) is None)
            shaped = len(t) >= 7 and t.endswith(_DRUG_STEMS) and _term_type(t) is None
            if not (dosed or shaped) or self.misspelt_note_drug(t):
                continue
            # a short acronym ("KCl 40 mEq", "TXA 1 g", "PRBC 2 units") is too ambiguous to call invented
            orig = s.tok_snip(i, i + 1)
            if dosed and not shaped and len(orig) <= 5 and sum(c.isupper() for c in orig) >= 2:
                continue
            end = q.j if q is not None and q.i == i + 1 and q.is_dose else i + 1
            self.done_tok.update(range(i, end))
            self.add(s.starts[i], "medication", s.tok_snip(i, end))

    # ---------------- medication, dosage, unit, route, frequency
    def check_drugs(self):
        s = self.s
        for k, (a, b, names) in enumerate(s.drugs):
            text = s.tok_snip(a, b)
            eq = self.note_equivalent(s, a, b, names)
            if eq is None:
                # a drug class ("statin", "antibiotics") is not checked against the note's drugs, and a
                # short capitalized acronym ("DAPT") is too ambiguous to call a fabricated drug
                orig = s.tok_snip(a, b)
                acronym = b - a == 1 and len(orig) <= 5 and orig.isupper()
                if not (_is_drug_class(names) and self.note.drugs) and not acronym:
                    self.add(s.starts[a], "medication", text)
                # "benzodiazepine overdose": a fabricated drug-related diagnosis
                if b < s.n and s.toks[b] in _CLINICAL_HEADS_AFTER_DRUG:
                    self.add(s.starts[a], "diagnosis", s.tok_snip(a, b + 1))
                for j in range(a, b):
                    self.done_tok.add(j)
                continue
            found, nqs, nroutes, nfreqs, nwindows = self.note_drug_facts(eq)
            if not found:
                continue  # named in the note but with nothing to compare: numbers are checked as numbers
            qs, routes, freqs = self.drug_facts(s, k, narrow=True)
            nkeys = {q.key() for q in nqs}
            # the note's statements about this drug that give the same dose as the summary
            sdoses = {q.key() for q in qs if q.key() in nkeys and q.is_dose}
            paired = [w for w in nwindows if w[0] & sdoses]
            for q in qs:
                if q.i in s.in_freq or q.is_time:
                    continue
                if not (q.is_dose or (q.num == "%" and abs(q.i - b) <= 2)):
                    continue
                for t in range(q.i, q.j):
                    self.done_tok.add(t)
                if q.key() in nkeys:
                    continue
                same_num = [nq for nq in nqs if nq.has_unit and (
                    (nq.nums == q.nums and (nq.ukey, nq.factor) != (q.ukey, q.factor))
                    or (nq.ukey == q.ukey and _thousandfold(nq.cval, q.cval)))]
                lo, hi = (a, q.j) if q.i >= a else (q.i, b)
                snip = s.tok_snip(lo, hi) if hi - lo <= 12 else s.tok_snip(q.i, q.j)
                if same_num:
                    self.add(q.start, "unit", snip)
                else:
                    self.add(q.start, "dosage", snip)
            for (ri, rj, code, cs, _ce) in routes:
                if nroutes:
                    bad = code not in nroutes
                    # "paliperidone 6 mg IM" when the note gives 6 mg PO (and IM for another dose)
                    pr = [w for w in paired if w[1]]
                    if not bad and pr and not any(code in w[1] for w in pr):
                        bad = True
                    if bad:
                        self.add(cs, "route", s.tok_snip(a, rj) if rj > a and rj - a <= 12 else s.tok_snip(ri, rj))
                elif code not in self.note.route_codes:
                    self.add(cs, "route", s.tok_snip(ri, rj))
            for (fi, fj, code, cs, _ce) in freqs:
                for t in range(fi, fj):
                    self.done_tok.add(t)
                pool = nfreqs if nfreqs else self.note.freq_codes
                bad = not _freq_ok(code, pool)
                pf = [w for w in paired if w[2]]
                if not bad and pf and not any(_freq_ok(code, w[2]) for w in pf):
                    bad = True
                if bad:
                    self.add(cs, "frequency", s.tok_snip(a, fj) if fj > a and fj - a <= 14 else s.tok_snip(fi, fj))

    def check_free_freqs(self):
        s = self.s
        for (fi, fj, code, cs, _ce) in s.freqs:
            if fi in self.done_tok:
                continue
            for t in range(fi, fj):
                self.done_tok.add(t)
            if not _freq_ok(code, self.note.freq_codes):
                self.add(cs, "frequency", s.tok_snip(fi, fj))

    # ---------------- labs and vitals
    def check_aliases(self):
        s, note = self.s, self.note
        note_vals: dict[str, list[_Q]] = {}
        for k, (_a, _b, canon, _kd) in enumerate(note.alias_spans):
            note_vals.setdefault(canon, []).extend(note.alias_values(k, narrow=False))
        note_names_of = self.note_names_of()
        note_headings = {}
        for a, _b, canon, _kd in note.alias_spans:
            note_headings.setdefault(canon, set()).add(self.role_before(note, a, _LIST_HEADINGS)[0])
        for k, (a, b, canon, kind) in enumerate(s.alias_spans):
            vals = s.alias_values(k, narrow=True)
            # a lab listed among the vital signs, or a vital sign among the labs
            heading, at = self.role_before(s, a, _LIST_HEADINGS)
            if vals and heading and heading != kind and heading not in note_headings.get(canon, ()):
                lo = at if a - at <= 12 else a
                self.add(s.starts[lo], kind, s.tok_snip(lo, vals[0].j))
            for q in vals:
                if q.i in self.done_tok:
                    continue
                for t in range(q.i, q.j):
                    self.done_tok.add(t)
                nv = note_vals.get(canon)
                if not nv:
                    # the note never gives this name a value: the number must not be another name's
                    # ("urea 149/67 mmHg" where 149/67 mmHg is the BP), nor absent from the note
                    others = note_names_of.get(q.nums, set())
                    if others and canon not in others:
                        self.add(q.start, kind, s.tok_snip(a, q.j))
                    elif not self.quantity_supported(q):
                        typ = "unit" if self.same_number_other_unit(q) else kind
                        self.add(q.start, typ, s.tok_snip(a, q.j))
                    continue
                ok = False
                unit_diff = False
                for nq in nv:
                    if q.has_unit and nq.has_unit:
                        if nq.key() == q.key():
                            ok = True
                            break
                        if nq.nums == q.nums:
                            unit_diff = True
                    elif nq.nums == q.nums or nq.cval == q.cval:
                        ok = True
                        break
                if not ok:
                    self.add(q.start, "unit" if unit_diff else kind, s.tok_snip(a, q.j))

    # ---------------- context: planned vs done, which medication list
    @staticmethod
    def role_before(d: _Doc, i: int, words: dict) -> tuple[str | None, int]:
        """The role word nearest before token i in its sentence, and where it is (None, -1 if none)."""
        si = d.sent[i]
        j = i - 1
        while j >= 0 and d.sent[j] == si:
            r = words.get(d.toks[j]) if d.kinds[j] == "word" else None
            if r is not None:
                return (r or None), j
            j -= 1
        return None, -1

    def note_roles(self, positions, drug: bool = False) -> set:
        note = self.note
        words = _NOTE_DRUG_ROLES if drug else _NOTE_ROLES
        roles = {self.role_before(note, x, words)[0] for x in positions}
        if drug:
            # "metoprolol 25 mg PO twice daily held for bradycardia": the verb after the dose
            for x in positions:
                for t in range(x + 1, min(note.n, x + 10)):
                    if note.sent[t] != note.sent[x] or note.toks[t] in (",", ";") or (
                            t in note.drug_at and note.drugs[note.drug_at[t]][0] == t):
                        break
                    if note.toks[t] in _STOP_AFTER:
                        roles.add(_ROLE_STOP)
                        break
        return roles

    def check_subtypes(self):
        """A grade, stage, type or class the note gives that finding another value ("grade 1 colitis"
        for grade 2, "CKD stage 4" for stage 3), and a lettered subtype swapped ("influenza B" for A)."""
        s, note = self.s, self.note

        def values(d: _Doc) -> list[tuple[int, str, str]]:
            out = []
            for i in range(d.n - 1):
                t = d.toks[i]
                if t in _SUBTYPE_WORDS and (d.kinds[i + 1] == "num" or d.toks[i + 1] in _ROMAN_OR_LETTER):
                    out.append((i, t, d.toks[i + 1]))
                elif t in _LETTERED and d.toks[i + 1] in ("a", "b", "c", "d", "e") and d.kinds[i + 1] == "word":
                    out.append((i, t, d.toks[i + 1]))
            return out

        def ctx(d: _Doc, i: int) -> set:
            return {d.lem[x] for x in range(max(0, i - 4), min(d.n, i + 5)) if d.sent[x] == d.sent[i]
                    and d.kinds[x] == "word" and d.lem[x] not in STOP and d.toks[x] not in _SUBTYPE_WORDS
                    and len(d.toks[x]) > 1} | ({d.toks[i]} if d.toks[i] in _LETTERED else set())

        nvals = values(note)
        for i, w, v in values(s):
            same = [(ni, nv) for ni, nw, nv in nvals if nw == w and ctx(s, i) & ctx(note, ni)]
            if same and all(nv != v for _ni, nv in same):
                self.add(s.starts[i], "diagnosis", s.tok_snip(i, i + 2))

    def check_symptoms(self):
        """A symptom the summary affirms that the note never mentions, in any of its names ("chills",
        "sore throat", "dyspnea" where the note has neither dyspnea nor shortness of breath)."""
        s, note = self.s, self.note
        note_words = set(note.lem) | note.tok_set
        note_text = " " + " ".join(note.lem) + " "
        for i in range(s.n):
            if s.kinds[i] != "word" or s.neg[i]:
                continue
            hit = None
            for names in _SYMPTOMS.get(s.lem[i], ()):
                L = len(names)
                if tuple(s.lem[i:i + L]) == names:
                    hit = names
                    break
            if hit is None:
                continue
            group = _SYMPTOM_GROUP[hit]
            if any((len(n) == 1 and n[0] in note_words) or (" " + " ".join(n) + " ") in note_text for n in group):
                continue
            self.add(s.starts[i], "diagnosis", s.tok_snip(i, i + len(hit)))

    def check_other(self):
        """Social and source claims the note does not make: an address placeholder used as where the
        patient was seen or as a medication, a living situation the note never names ("homebound"),
        and a relative reporting what the note has no relative report."""
        s, note = self.s, self.note
        for i in range(1, s.n - 1):
            if s.toks[i] == "address" and s.toks[i - 1] == "[" and s.toks[i + 1] == "]":
                before = {s.toks[x] for x in range(max(0, i - 4), i - 1) if s.sent[x] == s.sent[i]}
                if not before & _RESIDENCE and any(
                        note.toks[x] == "address" and x > 0 and note.toks[x - 1] == "[" and
                        {note.toks[y] for y in range(max(0, x - 4), x - 1)} & _RESIDENCE for x in range(note.n)):
                    lo = max(0, i - 3) if s.sent[max(0, i - 3)] == s.sent[i] else i - 1
                    self.add(s.starts[lo], "other", s.tok_snip(lo, i + 2))
        for i in range(s.n):
            t = s.toks[i]
            if t in _SOCIAL_WORDS and t not in note.tok_set and s.lem[i] not in note.lem_pos and not s.neg[i]:
                self.add(s.starts[i], "other", s.tok_snip(i, i + 1))
            if s.lem[i] in _RELATIVES:
                verb = next((x for x in range(i + 1, min(s.n, i + 3)) if s.toks[x] in _REPORTED), None)
                if verb is not None and not any(
                        note.lem[x] in _RELATIVES and (
                            any(note.toks[y] in _REPORTED for y in range(x + 1, min(note.n, x + 4)))
                            or (x > 0 and note.toks[x - 1] in ("per", "by"))
                            or (x > 1 and note.toks[x - 2] in ("per", "by")))
                        for x in range(note.n)):
                    self.add(s.starts[i], "other", s.tok_snip(i, verb + 1))

    def check_flips(self):
        """A status or direction the note states the other way: "febrile" for "afebrile", "current
        smoker" for "former smoker", "increased" for "decreased" of the same thing, "from 80 to 40"
        for "from 40 to 80"."""
        s, note = self.s, self.note

        def objects(d: _Doc, i: int) -> set:
            return {d.lem[x] for x in range(max(0, i - 3), min(d.n, i + 4)) if x != i and d.sent[x] == d.sent[i]
                    and d.kinds[x] == "word" and d.lem[x] not in _GENERIC and d.toks[x] not in _STATUS_FLIPS}

        for i in range(s.n):
            t = s.toks[i]
            other = _STATUS_FLIPS.get(t)
            if other is None or t in note.tok_set or other not in note.tok_set or s.neg[i]:
                continue
            if t == "febrile" and (any(not note.neg[x] for x in note.lem_pos.get("fever", []))
                                   or (i + 1 < s.n and _term_type(s.lem[i + 1]))):
                continue  # "febrile neutropenia", or the note affirms fever elsewhere
            if t in _FLIP_NEEDS_OBJECT or t.endswith("smoker"):
                obj = objects(s, i)
                if not any(obj & objects(note, x) for x in range(note.n) if note.toks[x] == other):
                    continue
            two = t in _FLIP_NEEDS_OBJECT and i + 1 < s.n and s.kinds[i + 1] == "word"
            self.add(s.starts[i], "negation" if t == "febrile" else "context", s.tok_snip(i, i + 2 if two else i + 1))

        def from_to(d: _Doc) -> list[tuple[int, tuple, tuple]]:
            out = []
            for q in d.qs:
                if q.i > 0 and d.toks[q.i - 1] == "from" and q.j + 1 < d.n and d.toks[q.j] == "to":
                    q2 = d.q_at.get(q.j + 1)
                    if q2 is not None and q2.i == q.j + 1:
                        out.append((q.i - 1, q.nums, q2.nums, q2.j))
            return out

        note_pairs = {(a, b) for _i, a, b, _j in from_to(note)}
        for i, a, b, j in from_to(s):
            if (a, b) not in note_pairs and (b, a) in note_pairs:
                self.add(s.starts[i], "context", s.tok_snip(i, j))

    def check_result_sources(self):
        """"Blood cultures showed ANC 300/uL" (a lab put to a test that did not give it), "Labs showed
        left-sided colitis" (a test's or the exam's finding put to the labs): the source before
        "showed" must be the note's source of that result."""
        s, note = self.s, self.note

        def source(d: _Doc, lo: int, hi: int) -> str | None:
            kinds = set()
            for x in range(lo, hi):
                lm = d.lem[x]
                if lm in _LAB_SOURCES:
                    kinds.add("lab")
                elif lm in _TEST_SOURCES or _term_type(_norm_suffix(lm)) == "procedure":
                    kinds.add("test")
            return "lab" if kinds == {"lab"} else ("test" if kinds == {"test"} else None)

        for i in range(s.n):
            if s.toks[i] not in _SHOWED:
                continue
            lo = i
            while lo > 0 and i - lo < 4 and s.sent[lo - 1] == s.sent[i] and s.kinds[lo - 1] == "word" \
                    and s.toks[lo - 1] not in STOP and _SUMMARY_ROLES.get(s.toks[lo - 1]) != _ROLE_DONE:
                lo -= 1
            src = source(s, lo, i)
            if src is None:
                continue
            hi = i + 1
            while hi < s.n and s.sent[hi] == s.sent[i] and s.toks[hi] not in (";", "and") and hi - i <= 10:
                hi += 1
            labs = [k for k, (a, _b, _c, kind) in enumerate(s.alias_spans) if i < a < hi and kind == "lab_value"]
            if src == "test" and labs:
                a, b, canon, _kd = s.alias_spans[labs[0]]
                q = s.q_at.get(b)
                # does the note give this lab in a sentence with this test, or as a lab?
                srcs = {source(note, *self.sent_span(note, na)) for na, _nb, nc, _k in note.alias_spans
                        if nc == canon}
                if srcs and "test" not in srcs and None not in srcs:
                    self.add(s.starts[lo], "lab_value", s.tok_snip(lo, q.j if q is not None and q.i == b else b))
            elif src == "lab" and not labs:
                terms = [x for x in range(i + 1, hi) if s.kinds[x] == "word"
                         and _term_type(_norm_suffix(s.lem[x])) == "diagnosis" and s.lem[x] not in _ANATOMY]
                if not terms or s.lem[terms[0]] not in note.lem_pos:
                    continue
                srcs = {source(note, *self.sent_span(note, x)) for x in note.lem_pos[s.lem[terms[0]]]}
                if srcs == {"test"}:
                    self.add(s.starts[lo], "context", s.tok_snip(lo, terms[0] + 1))

    @staticmethod
    def sent_span(d: _Doc, x: int) -> tuple[int, int]:
        lo, hi = x, x
        while lo > 0 and d.sent[lo - 1] == d.sent[x]:
            lo -= 1
        while hi < d.n and d.sent[hi] == d.sent[x]:
            hi += 1
        return lo, hi

    def best_note_roles(self, lems: set, words: dict, self_role: bool = False) -> set:
        """The roles of the note sentences that name most of `lems` (each at its first word there;
        with `self_role`, a role word among them counts: "Follow up in 3 weeks" is planned)."""
        note = self.note
        by_sent: dict[int, list[int]] = {}
        for lm in lems:
            for x in note.lem_pos[lm]:
                by_sent.setdefault(note.sent[x], []).append(x)
        best = max(len({note.lem[x] for x in xs}) for xs in by_sent.values())
        roles = set()
        for xs in by_sent.values():
            if len({note.lem[x] for x in xs}) == best:
                own = [words[note.toks[x]] for x in sorted(xs) if self_role and note.toks[x] in words]
                roles.add(own[0] if own else self.role_before(note, min(xs), words)[0])
        return roles

    def summary_role(self, i: int) -> tuple[str | None, int]:
        s = self.s
        role, at = self.role_before(s, i, _SUMMARY_ROLES)
        # "metformin was held, and insulin ...": a verb closing the clause before belongs to that clause
        if role and at + 1 < i and s.toks[at + 1] in (",", ";", "and", "while", "but"):
            role = None
        # "if no improvement, start X": a condition plans, whatever verb follows
        if self._if_at is None:
            self._if_at = {}
            for j in range(s.n):
                if s.toks[j] in ("if", "unless"):
                    self._if_at.setdefault(s.sent[j], j)
        if self._if_at.get(s.sent[i], s.n) < i:
            return _ROLE_PLAN, at
        return role, at

    def check_context(self):
        """A fact put in another role than the note's: a planned, recommended or held drug or
        procedure stated as done; an ED/inpatient/new drug stated as a home or discharge
        medication; a drug with its dose listed among labs or vitals; a drug the note names only
        as an allergy stated as given or taken."""
        s, note = self.s, self.note
        flagged: set[int] = set()
        for k, (a, b, names) in enumerate(s.drugs):
            if any(s.neg[t] for t in range(a, b)):
                continue
            eq = self.note_equivalent(s, a, b, names)
            if not eq:
                continue
            pos = [na for na, _nb, nn in note.drugs if nn & eq]
            if not pos:
                continue
            roles = self.note_roles(pos, drug=True)
            role, at = self.summary_role(a)
            end = b
            # "X 40 mg IV was started": the verb after the drug's dose, route and frequency
            for t in range(b, min(s.n, b + 12)):
                if s.sent[t] != s.sent[a] or (t in s.drug_at and s.drug_at[t] != k) or s.toks[t] in (",", ";"):
                    break
                if s.toks[t] in _DONE_AFTER and s.toks[t - 1] in _BE:
                    # "is to be started", "will be given": still planned
                    if role != _ROLE_PLAN and s.toks[t - 2] not in ("to", "will", "would", "should", "may",
                                                                      "might", "can", "could"):
                        role, at, end = _ROLE_DONE, a, t + 1
                    break
                if s.toks[t] in _STOP_AFTER and s.toks[t - 1] in _BE:
                    role, at, end = _ROLE_STOP, a, t + 1
                    break
            if roles == {_ROLE_ALLERGY}:
                # the note names the drug only as an allergy: the summary gives, prescribes or lists
                # it ("He has been given codeine" where "Allergies: codeine") without an allergy word
                # near it ("allergic to codeine", "codeine allergy")
                bad = not any(s.toks[t] in _ALLERGY_WORDS for t in range(max(0, a - 6), min(s.n, b + 3))
                              if s.sent[t] == s.sent[a])
            elif role == _ROLE_LABS:
                q = s.q_at.get(b)
                bad = q is not None and q.is_dose
                end = q.j if bad else b
            elif role == _ROLE_DONE:
                bad = bool(roles) and roles <= {_ROLE_PLAN, _ROLE_STOP}
            elif role == _ROLE_STOP:
                # "holds ticagrelor" where the note holds metoprolol: it names which drug stops (the
                # stop verb right before the drug or its list, not "held for X and ticagrelor ...")
                between = range(at + 1, a) if at < a else range(0)
                listed = all(t in s.drug_at or t in s.q_at or t in s.in_route or t in s.in_freq
                             or s.toks[t] in (",", "and", "or") or s.toks[t] in STOP for t in between)
                bad = listed and _ROLE_STOP not in roles and any(
                    self.role_before(note, na, _NOTE_DRUG_ROLES)[0] == _ROLE_STOP for na, _nb, _nn in note.drugs)
            elif role == _ROLE_DISCHARGE:
                bad = bool(roles) and roles <= {_ROLE_INPATIENT, _ROLE_DONE, _ROLE_PLAN}
            elif role == _ROLE_HOME:
                bad = bool(roles) and roles <= {_ROLE_INPATIENT, _ROLE_DONE, _ROLE_PLAN, _ROLE_POSTOP}
            else:
                bad = False
            if bad:
                lo = at if 0 <= at < a and a - at <= 12 else a
                if end == b:  # the drug with its dose, route and frequency
                    after, _before = self.window(s, k, narrow=True)
                    while after and s.kinds[after[-1]] == "p":
                        after.pop()
                    end = max(b, after[-1] + 1) if after else b
                self.add(s.starts[lo], "context", s.tok_snip(lo, end))
                flagged.update(range(a, b))
        # "diagnosed with hemiarthroplasty" (a procedure), "diagnosed with gout" (past history)
        for i in range(s.n):
            if s.toks[i] != "diagnosed" or s.neg[i]:
                continue
            phrase = []
            j = i + 1
            while j < s.n and j <= i + 8 and s.sent[j] == s.sent[i]:
                t = s.toks[j]
                if (s.kinds[j] == "p" and t != "-") or t in _DIAG_PHRASE_END:
                    break
                if s.kinds[j] == "word" and t not in STOP and t not in ("as",):
                    phrase.append(j)
                j += 1
            if not phrase:
                continue
            # the head, not a complement ("acute rejection of a kidney transplant")
            head = [x for x in phrase if not any(s.toks[y] == "of" for y in range(i, x))]
            proc = [x for x in head if _term_type(_norm_suffix(s.lem[x])) == "procedure" and x not in s.drug_at]
            if proc and not any(_term_type(_norm_suffix(s.lem[x])) == "diagnosis" and s.lem[x] not in _ANATOMY
                                for x in phrase if x < proc[0]):
                self.add(s.starts[i], "context", s.tok_snip(i, proc[0] + 1))
                continue
            lems = {s.lem[x] for x in phrase if s.lem[x] in note.lem_pos and s.lem[x] not in _GENERIC}
            if lems and self.best_note_roles(lems, _HISTORY_ROLES) == {"history"}:
                self.add(s.starts[i], "context", s.tok_snip(i, phrase[-1] + 1))
                continue
            # "diagnosed with osteoarthritis after knee arthroplasty": the note's indication for that
            # procedure, so known before it
            if lems and j < s.n and s.toks[j] in ("after", "following"):
                k = j + 1
                while k < s.n and k <= j + 6 and s.sent[k] == s.sent[j] and s.kinds[k] == "word" \
                        and _term_type(_norm_suffix(s.lem[k])) != "procedure":
                    k += 1
                if k < s.n and s.sent[k] == s.sent[j] and s.kinds[k] == "word" \
                        and _term_type(_norm_suffix(s.lem[k])) == "procedure" \
                        and self.best_note_roles(lems, _INDICATION_ROLES) == {"indication"}:
                    self.add(s.starts[i], "context", s.tok_snip(i, k + 1))
        self.check_result_sources()
        self.check_flips()
        self.check_other()
        self.check_symptoms()
        self.check_subtypes()
        # "home labs", "home examination", "homecare": what was done at this visit put at home
        for i in range(s.n):
            t = s.toks[i]
            if t in ("homecare", "home-care"):
                what, end = "care", i + 1
            elif t == "home" and i + 1 < s.n and s.lem[i + 1] in _VISIT_THINGS:
                what, end = s.lem[i + 1], i + 2
            else:
                continue
            if not any(note.toks[x] in ("homecare", "home-care") or (
                    note.toks[x] == "home" and x + 1 < note.n and note.lem[x + 1] == what) for x in range(note.n)):
                self.add(s.starts[i], "context", s.tok_snip(i, end))
        # procedures (and treatments) the summary says were done that the note only plans:
        # "underwent X", "after X", and "X showed ..." (a result of X)
        for i in range(s.n):
            if s.kinds[i] == "word" and i > 0 and (s.toks[i] in _SHOWED or (
                    s.toks[i] in ("performed", "done", "completed") and s.toks[i - 1] in _BE)):
                lo = i - 1 if s.toks[i - 1] in _BE else i
                while lo > 0 and i - lo < 4 and s.sent[lo - 1] == s.sent[i] and s.kinds[lo - 1] == "word" \
                        and s.toks[lo - 1] not in STOP and s.toks[lo - 1] not in _SUMMARY_ROLES:
                    lo -= 1
                ent = [j for j in range(lo, i) if s.toks[j] not in _BE]
                ent = [j for j in ent if s.lem[j] not in _GENERIC and j not in s.alias_at
                       and s.lem[j] not in _LAB_SOURCES and j not in flagged]
                lems = {s.lem[j] for j in ent if s.lem[j] in note.lem_pos and j not in s.drug_at}
                if lems and self.summary_role(lo)[0] != _ROLE_PLAN \
                        and self.best_note_roles(lems, _NOTE_ROLES, self_role=True) == {_ROLE_PLAN}:
                    self.add(s.starts[lo], "procedure", s.tok_snip(lo, i + 1))
                continue
            if s.kinds[i] != "word" or (_SUMMARY_ROLES.get(s.toks[i]) != _ROLE_DONE and s.toks[i] != "after") \
                    or self.summary_role(i + 1)[0] == _ROLE_PLAN:
                continue
            ent = []
            j = i + 1
            while j < s.n and j <= i + 7 and s.sent[j] == s.sent[i]:
                t = s.toks[j]
                if s.kinds[j] == "p" and t != "-" or s.kinds[j] == "num" or t in ("and", "for", "after", "to", "at"):
                    break
                if t in _NEG_PRE or j in flagged:
                    ent = []
                    break
                if s.kinds[j] == "word" and s.lem[j] not in _GENERIC and len(t) >= 2 and j not in s.alias_at:
                    ent.append(j)  # a drug's own role is judged above, with the note's drug roles
                j += 1
            if not ent:
                continue
            lems = {s.lem[j] for j in ent if s.lem[j] in note.lem_pos and j not in s.drug_at}
            if not lems:
                continue
            # the note's sentences naming most of it ("flexible sigmoidoscopy with biopsies" is the
            # recommended one, not the "flexible sigmoidoscopy: colitis" already done) decide its role
            if self.best_note_roles(lems, _NOTE_ROLES) == {_ROLE_PLAN}:
                self.add(s.starts[i], "procedure", s.tok_snip(i, ent[-1] + 1))

    # ---------------- everything numeric that is left
    def note_names_of(self) -> dict[tuple, set]:
        """Which lab/vital names the note gives each value ("BP 149/67 mmHg": 149/67 is bp's)."""
        cache = self.note.__dict__.get("_names_of")
        if cache is None:
            cache = {}
            for k, (_a, _b, canon, _kd) in enumerate(self.note.alias_spans):
                for nq in self.note.alias_values(k, narrow=True):
                    cache.setdefault(nq.nums, set()).add(canon)
            self.note.__dict__["_names_of"] = cache
        return cache

    def bound_to_finding(self, q: _Q) -> int | None:
        """"orthopnea 16", "chest pressure of 118/88 mmHg": a vital's or lab's value that the summary
        gives a finding the note names instead (the note gives that value to a lab or vital)."""
        s, note = self.s, self.note
        if q.nums not in self.note_names_of():
            return None
        j = q.i - 1
        while j >= 0 and j >= q.i - 3 and s.toks[j] in ("of", "was", "were", "is", "at", "to", ":"):
            j -= 1
        if j < 0 or s.kinds[j] != "word" or j in s.alias_at or j in s.drug_at:
            return None
        t, lm = s.toks[j], s.lem[j]
        if lm in _GENERIC or t.endswith(("ic", "ive", "al", "ous", "ile", "ed", "ing")) or len(t) < 4 \
                or t in _LIST_HEADINGS or lm in _LAB_SOURCES or lm in _TEST_SOURCES \
                or _term_type(_norm_suffix(lm)) == "procedure":
            return None
        # only a finding that carries no value: one the note denies ("no orthopnea"), or a symptom
        # ("chest pressure"); "fever of 38.9 C", "tachycardia to 120" describe the vital itself
        denied = bool(note.lem_pos.get(lm)) and all(note.neg[x] == 1 for x in note.lem_pos[lm])
        symptom = any(tuple(s.lem[j - len(n) + 1:j + 1]) == n for g in _SYMPTOM_GROUPS_L for n in g)
        if not (denied or symptom):
            return None
        # the note itself gives the value to that word too ("stenosis of 90%")
        for nq in self.note.qs:
            if nq.nums == q.nums and any(note.lem[x] == lm for x in range(max(0, nq.i - 4), nq.i)):
                return None
        return j

    def quantity_supported(self, q: _Q) -> bool:
        note = self.note
        if q.has_unit:
            if q.key() in note.q_keys:
                return True
            units = note.nums_by_val.get(tuple(_fmt(v) for v in q.nums))
            if units and None in units:
                return True
            return False
        vals = [_fmt(v) for v in q.nums]
        return (all(v in note.num_vals for v in vals) or all(v in note.num_vals for v in q.cval)
                or ("/".join(vals) in note.num_vals))

    def time_supported(self, q: _Q) -> bool:
        cands = self.note.time_vals.get((q.cval, q.ukey))
        if not cands:
            return False
        if any(nq.nums == q.nums and nq.factor == q.factor for nq in cands):
            return True
        # "2 days" == "48 hours" only where both talk about the same thing
        ctx = self.s.context(q.i, 6)
        return any(ctx & self.note.context(nq.i, 6) for nq in cands)

    @staticmethod
    def time_role(d: _Doc, q: _Q) -> str:
        """What a duration measures: "age" (5-day-old), "stay" (admitted for 7 days, length of stay),
        "followup" (follow up in 3 weeks), else "other" (how long a symptom lasted, a course)."""
        if d.toks[q.j - 1].endswith("-old"):
            return "age"
        for j in range(q.j, min(d.n, q.j + 3)):
            t = d.toks[j]
            if t == "old":
                return "age"
            if t in _TIME_ROLE_AFTER:
                return _TIME_ROLE_AFTER[t]
            if d.kinds[j] != "word" and t != "-":
                break
        ahead = q.i > 0 and d.toks[q.i - 1] in ("in", "within")
        for j in range(q.i - 1, max(-1, q.i - (6 if ahead else 4)), -1):
            if d.sent[j] != d.sent[q.i] or d.kinds[j] == "num":
                break
            r = _TIME_ROLE_BEFORE.get(d.toks[j]) or ("followup" if d.toks[j].startswith(_FOLLOWUP_STEMS) else None)
            # "follow up in 3 weeks" looks ahead; "returns after 2 months" looks back
            if r == "followup" and not ahead:
                r = None
            if r == "stay" and q.i - j > 3:
                r = None
            if r:
                return r
        return "other"

    def time_role_differs(self, q: _Q) -> bool:
        """"admitted for 6 days" where the note's 6 days is how long a symptom lasted (and its stay
        another number); "seen for 1 week" where the note's 1 week is the follow-up interval."""
        note = self.note
        cands = note.time_vals.get((q.cval, q.ukey), [])
        sr = self.time_role(self.s, q)
        nr = {self.time_role(note, nq) for nq in cands}
        if not nr or sr in nr:
            return False
        if sr in ("stay", "age", "followup"):
            # the note states that fact with another number
            return any(self.time_role(note, x) == sr for x in note.qs if x.is_time)
        return nr == {"followup"}

    def same_number_other_unit(self, q: _Q) -> bool:
        units = self.note.nums_by_val.get(tuple(_fmt(v) for v in q.nums))
        return bool(units) and q.has_unit and any(u is not None and u != (q.ukey, q.factor) for u in units)

    def check_numbers(self):
        s, note = self.s, self.note
        for q in s.qs:
            if q.i in self.done_tok or q.i in s.in_freq or q.i in s.date_toks:
                continue
            for t in range(q.i, q.j):
                self.done_tok.add(t)
            if q.is_time:
                if not self.time_supported(q) or self.time_role_differs(q):
                    self.add(q.start, "temporal", s.tok_snip(max(0, q.i - 1) if q.i > 0 and s.toks[q.i - 1] in
                                                                 ("for", "in", "after", "over", "x") else q.i, q.j))
                continue
            if q.i > 0 and s.toks[q.i - 1] == "day" and not q.has_unit:
                # admission is hospital day 1 by definition: "admitted on hospital day 5" is not
                lo = q.i - 2 if q.i >= 2 and s.toks[q.i - 2] == "hospital" else q.i - 1
                admit_day = lo >= 2 and s.toks[lo - 1] == "on" and s.toks[lo - 2] in ("admitted", "admission") \
                    and q.nums != (1.0,)
                if admit_day or (s.toks[q.i] not in note.dayidx and not self.quantity_supported(q)):
                    self.add(q.start, "temporal", s.tok_snip(lo - 2 if admit_day else q.i - 1, q.j))
                continue
            if self.quantity_supported(q):
                f = self.bound_to_finding(q)
                if f is not None:
                    self.add(s.starts[f], "context", s.tok_snip(f, q.j))
                continue
            if self.same_number_other_unit(q):
                self.add(q.start, "unit", s.tok_snip(q.i, q.j))
            elif q.is_dose and q.num != "%" and any(s.sent[a] == s.sent[q.i] and a < q.i for a, _b, _n in s.drugs):
                self.add(q.start, "dosage", s.tok_snip(q.i, q.j))
            else:
                self.add(q.start, "number", s.tok_snip(q.i, q.j))
        for i, key in s.dates:
            if not any(_date_match(key, nk) for nk in note.date_keys):
                self.add(s.starts[i], "temporal", s.tok_snip(i, i + 1))

    # ---------------- laterality
    def check_sides(self):
        s, note = self.s, self.note
        for (i, side, targets, ctx) in s.side_mentions:
            best = -1
            best_sides: set = set()
            for (_ni, nside, ntargets, nctx) in note.side_mentions:
                ov = len(targets & ntargets)
                if not ov:
                    continue
                score = 10 * ov + len(ctx & nctx)
                if score > best:
                    best, best_sides = score, {nside}
                elif score == best:
                    best_sides.add(nside)
            if best < 0:
                continue
            if side in best_sides or (side == "bilateral" and {"left", "right"} <= best_sides):
                continue
            j = i + 1
            while j < s.n and j <= i + 4 and s.kinds[j] == "word" and s.toks[j] not in STOP:
                j += 1
            self.add(s.starts[i], "laterality", s.tok_snip(i, j))

    # ---------------- negation
    def check_negation(self):
        s, note = self.s, self.note
        flagged_at: list[int] = []
        for w, occs in s.occ.items():
            nocc = note.occ.get(w)
            if not nocc:
                continue
            nocc = [x for x in nocc if note.neg[x] != 2]
            if not nocc:
                continue
            for i in occs:
                p = s.neg[i]
                if p == 2:
                    continue
                if not p and not any(note.neg[x] for x in nocc):
                    continue
                ctx = s.context(i)
                best = -1
                best_pol: set = set()
                for x in nocc:
                    sc = len(ctx & note.context(x))
                    if sc > best:
                        best, best_pol = sc, {note.neg[x]}
                    elif sc == best:
                        best_pol.add(note.neg[x])
                if p in best_pol:
                    continue
                # an affirmed word against a negated note mention: only when the summary asserts it
                # ("reports nausea", "nausea was present") or both talk about the same thing
                if not p and best <= 0 and not s.asserted(i):
                    continue
                if any(abs(i - f) <= 4 for f in flagged_at):
                    continue
                flagged_at.append(i)
                a = s.trig_of[i] if p and s.trig_of[i] >= 0 else max(0, i - 2)
                a = min(a, i)
                b = min(s.n, i + 3)
                while a < i and (s.kinds[a] == "p" or s.sent[a] != s.sent[i]):
                    a += 1
                while b > i + 1 and (s.kinds[b - 1] == "p" or s.sent[b - 1] != s.sent[i]):
                    b -= 1
                self.add(s.starts[i], "negation", s.tok_snip(a, b))

    def check_invented_negatives(self):
        """"No contraindications", "denies alcohol use" where the note never mentions the thing
        denied: the first content word a negation governs must be in the note (as written, as a
        synonym or as an abbreviation's expansion)."""
        s, note = self.s, self.note
        seen_trig: set[int] = set()
        for i in range(s.n):
            trig = s.trig_of[i]
            if s.neg[i] != 1 or trig < 0 or trig in seen_trig or s.kinds[i] != "word" or i in s.drug_at:
                continue
            t, lm = s.toks[i], s.lem[i]
            if lm in _NEG_SKIP_WORDS or t in _NEG_SKIP_WORDS or t in _NEG_PRE or t in _NEG_POST or len(t) < 4 \
                    or t in _INVENTED_NEG_SKIP or i in s.alias_at:
                continue
            seen_trig.add(trig)  # only the head of each negated phrase
            if trig > i:
                continue  # "X was absent": X comes before its trigger, judged by check_negation
            if lm in note.lem_pos or t in note.tok_set or _norm_suffix(lm) in note.cset or i in self.done_tok:
                continue
            stem = t[:max(4, len(t) - 3)]  # "not drive" for "no driving"
            if any(w.startswith(stem) for w in note.tok_set):
                continue
            if any(w in note.tok_set or w in note.lem_pos for w in _NEG_HEAD_SYNONYMS.get(lm, ())):
                continue
            a, b = min(trig, i), i + 1
            self.add(s.starts[a], "negation", s.tok_snip(a, b))
        # "Vision was normal": a normal finding about something the note never examines
        for i in range(2, s.n):
            if s.toks[i] not in _NORMAL_WORDS or s.toks[i - 1] not in _BE:
                continue
            x = i - 2
            t, lm = s.toks[x], s.lem[x]
            if s.kinds[x] != "word" or t in STOP or lm in _NEG_SKIP_WORDS or len(t) < 4 or x in s.alias_at \
                    or lm in _LAB_SOURCES or lm in _TEST_SOURCES or x in s.drug_at or lm in _GENERIC_RESULTS:
                continue
            stem = t[:max(4, len(t) - 3)]
            if lm in note.lem_pos or _norm_suffix(lm) in note.cset or any(w.startswith(stem) for w in note.tok_set):
                continue
            self.add(s.starts[x], "negation", s.tok_snip(x, i + 1))

    # ---------------- diagnosis / procedure terms
    def check_terms(self):
        s, note = self.s, self.note
        covered: set[int] = set()
        for plist, typ in ((_DIAG_PHRASE_SEQ, "diagnosis"), (_PROC_PHRASE_SEQ, "procedure")):
            for phrase in plist:
                ps = " " + " ".join(phrase) + " "
                start = 0
                while True:
                    k = s.cstr.find(ps, start)
                    if k < 0:
                        break
                    start = k + 1
                    # token position: count words before k
                    wi = s.cstr.count(" ", 0, k)
                    toks = set(s.cpos[wi: wi + len(phrase)])
                    if ps in note.cstr:
                        covered |= toks
                        continue
                    if toks & covered:
                        continue
                    covered |= toks
                    a, b = min(toks), max(toks) + 1
                    self.add(s.starts[a], typ, s.tok_snip(a, b))
        for ci, w in enumerate(s.cseq):
            i = s.cpos[ci]
            if i in covered or i in s.drug_at or i in s.alias_at or s.kinds[i] != "word":
                continue
            typ = _term_type(w)
            if not typ:
                continue
            if w in note.cset:
                continue
            # "non-ischemic ECG" for "no ST elevation": a negated qualifier claims no diagnosis
            if s.toks[i].startswith("non-"):
                continue
            # "first metatarsal joint" for "first metatarsophalangeal joint": the short form of a
            # compound anatomical word the note writes out
            if len(w) >= 8 and any(len(x) > len(w) and x.startswith(w[:-2]) for x in note.tok_set):
                continue
            covered.add(i)
            self.add(s.starts[i], typ, s.tok_snip(i, i + 1))
        self.check_sites(covered)
        # conflicting qualifiers: "open cholecystectomy" when the note says "laparoscopic cholecystectomy"
        for i in range(s.n):
            gi = _MOD_OF.get(s.toks[i])
            if gi is None:
                continue
            head = None
            j = i + 1
            while j < s.n and j <= i + 3:
                if s.kinds[j] != "word":
                    break
                if s.toks[j] in _SIDES or s.toks[j] in _MOD_OF:
                    j += 1
                    continue
                if s.toks[j] not in STOP:
                    head = j
                break
            if head is None:
                continue
            hl = s.lem[head]
            mods_note = set()
            for x in range(note.n):
                if note.lem[x] != hl:
                    continue
                for y in range(max(0, x - 4), x):
                    if _MOD_OF.get(note.toks[y]) == gi:
                        mods_note.add(note.toks[y])
            if mods_note and s.toks[i] not in mods_note:
                self.add(s.starts[i], _MOD_GROUPS[gi][1], s.tok_snip(i, head + 1))

    def check_sites(self, covered: set) -> None:
        """"distal radius fracture": the site must go with that finding somewhere in the note, not
        merely appear in it ("scaphoid fracture; distal radius intact")."""
        s, note = self.s, self.note
        for i in range(s.n):
            if i in covered or s.kinds[i] != "word":
                continue
            head = _norm_suffix(s.lem[i])
            typ = _term_type(head)
            if not typ or head in _ANATOMY or head not in note.cset or s.toks[i] in _MOD_OF \
                    or head in _NOT_HEADS:
                continue
            site = None
            j = i - 1
            while j >= 0 and j >= i - 3 and s.kinds[j] == "word":
                w = s.toks[j]
                if s.lem[j] in _ANATOMY:
                    site = j
                    break
                if w in STOP or _term_type(_norm_suffix(s.lem[j])) or (w.endswith("ed") and len(w) > 4) \
                        or w in _AUX or w in ("underwent", "undergo", "undergoing"):
                    break
                j -= 1
            if site is None or s.lem[site] not in note.cset:
                continue
            sl = s.lem[site]
            ok = False
            for x in range(note.n):
                if _norm_suffix(note.lem[x]) != head:
                    continue
                for y in range(max(0, x - 15), min(note.n, x + 16)):
                    if note.lem[y] == sl and note.sent[y] == note.sent[x] and not any(
                            note.toks[z] == ";" for z in range(min(x, y), max(x, y))):
                        ok = True
                        break
                if ok:
                    break
            if not ok:
                self.add(s.starts[site], typ, s.tok_snip(site, i + 1))

    def run(self) -> list[Unsupported]:
        self.check_drugs()
        self.check_unknown_drugs()
        self.check_aliases()
        self.check_free_freqs()
        self.check_numbers()
        self.check_sides()
        self.check_negation()
        self.check_invented_negatives()
        self.check_terms()
        self.check_context()
        seen = set()
        res = []
        for pos, typ, text in sorted(self.out, key=lambda t: (t[0], TYPES.index(t[1]), t[2])):
            key = (typ, text)
            if key in seen:
                continue
            seen.add(key)
            res.append(Unsupported(typ, text))
        return res


_NOT_HEADS = {"laparoscopic", "robotic", "percutaneous", "arthroscopic", "thoracoscopic", "endoscopic",
              "transcatheter", "intraoperative", "extracorporeal", "bacterial", "viral", "fungal"}


def _term_type(w: str) -> str | None:
    if w in _SUFFIX_EXCLUDE or len(w) < 3:
        return None
    if w in _PROC_WORDS:
        return "procedure"
    if w in _DIAG_WORDS or w in _ANATOMY:
        return "diagnosis"
    if len(w) >= 7 and _PROC_SUFFIX.search(w):
        return "procedure"
    if len(w) >= 6 and _DIAG_SUFFIX.search(w):
        return "diagnosis"
    return None


def _phrase_seq(p: str) -> tuple[str, ...]:
    out = []
    for w in p.split():
        lw = _norm_suffix(_SYN.get(_lemma(w), _lemma(w)))
        out.append(lw)
    return tuple(out)


_ABBR_SEQ = {a: [w for w in _phrase_seq(e) if w not in STOP] for a, e in _ABBR.items()}
_DIAG_PHRASE_SEQ = sorted({_phrase_seq(p) for p in _DIAG_PHRASES}, key=lambda t: (-len(t), t))
_PROC_PHRASE_SEQ = sorted({_phrase_seq(p) for p in _PROC_PHRASES}, key=lambda t: (-len(t), t))


def _is_drug_class(names: frozenset) -> bool:
    return bool(names) and all(
        n.endswith(("agents", "inhibitors", "agonists", "antagonists", "blockers", "drugs")) or ", " in n
        or n in _DRUG_CLASSES for n in names)


_DRUG_CLASSES = {"benzodiazepines", "diuretics", "antiemetics", "steroids", "antibiotics", "opioids", "vaccines",
                 "antibodies", "corticosteroids", "analgesics", "anticoagulants", "antidepressants", "laxatives",
                 "antihistamines", "antipsychotics", "insulins", "hormones", "vitamins"}


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


def _date_match(a, b) -> bool:
    return a[0] == b[0] and a[1] == b[1] and (a[2] is None or b[2] is None or a[2] == b[2])


# --------------------------------------------------------------------------- public API

def check(note: str, summary: str) -> list[Unsupported]:
    """The summary's facts that `note` does not support, in summary order (deterministic)."""
    if not isinstance(note, str) or not isinstance(summary, str):
        raise TypeError("check(note, summary) takes two strings")
    return _Finder(_doc(note), _doc(summary)).run()


def is_hallucinated(note: str, summary: str) -> bool:
    return bool(check(note, summary))


# --------------------------------------------------------------------------- JSONL files (the CLI)

def _read_cases(path) -> list[dict]:
    """The {"id", "note", "summary"} lines of `path`; a bad line is a DataError naming it."""
    from pathlib import Path

    from medllm.errors import DataError
    from medllm.io import read_jsonl_objects

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
        from medllm.io import write_text_atomic

        write_text_atomic(Path(out), text)
    return counts
