"""Text normalisation and tokens: unicode, case, whitespace, dotted abbreviations, number words,
thousands separators and `x10^3/uL` normalised with each character's source index kept (so a
flag quotes the original text); the tokenizer, stop words, lemmas, number formatting, dates."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache


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


# --------------------------------------------------------------------------- dates, suffixes

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


def _date_match(a, b) -> bool:
    return a[0] == b[0] and a[1] == b[1] and (a[2] is None or b[2] is None or a[2] == b[2])
