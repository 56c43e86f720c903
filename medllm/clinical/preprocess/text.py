"""Fact-preserving text cleanup (`normalize`, `strip_control`) and the facts it must preserve.

`fact_signature(text)` reads a text's numbers, units, negation cues and drugs after only the
character-level cleanup `normalize` shares (`_canon_chars`), so comparing the signatures before and
after proves that a cleanup changed no fact.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

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

