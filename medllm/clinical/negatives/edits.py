"""The proposers: every candidate negative of one kind for a (note, summary), in a fixed order.

One `_cands_<kind>` function per kind (lab_value and vital_sign share `_cands_lab`, diagnosis and
procedure `_cands_terms`), each finding the facts of its kind in the summary with regexes and
vocabularies and proposing the edits; `candidates(note, summary, kind)` dispatches and removes
duplicates. Nothing here validates: see `medllm.clinical.negatives.validation`.
"""

from __future__ import annotations

import re

from medllm.clinical.negatives.base import (
    KINDS, Negative, _case_like, _cased, _ctx_left, _in_note, _make, _num_in_note,
)
from medllm.clinical.negatives.drugs import (
    _AREA_OF, _DRUG_SKIP_WORDS, _REPLACEMENTS, _Drug, _drug_before, _note_drug_names, _real_drug, drug_class,
    drug_mentions,
)
from medllm.clinical.negatives.values import (
    _DOSE_UNITS, _LAB_RE, _QTY, _UNIT_SWAPS, _VITAL_RE, _changed_values, _lab_alternatives, _named_values,
    _quantities, _vital_alternatives,
)
from medllm.clinical.negatives.vocab import _DIAGNOSES, _FABRICATIONS, _PROCEDURES


# --------------------------------------------------------------------------- candidates by kind

def _swappable(summary: str, d: _Drug) -> bool:
    low = d.text.lower()
    if low in _DRUG_SKIP_WORDS or not d.classes or not all(d.classes) or "crystalloid" in d.classes:
        return False
    # "lithium level", "vitamin D 22 ng/mL": a lab named like a drug
    if any(a < d.end and d.start < b for a, b, _n, _k in _named_values(summary)
           if not (a <= d.start and d.end <= b and (b - a) < (d.end - d.start))):
        return False
    return True


def _cands_dosage(note, summary):
    out = []
    for s, e, num, ne, unit in _quantities(summary):
        if unit not in _DOSE_UNITS:
            continue
        d = _drug_before(summary, s)
        after = re.match(r"\s+(?:of\s+)?([A-Za-z][\w\-]*)", summary[e:])
        if d is None and not (after and any(x.start == e + after.start(1) for x in drug_mentions(summary))):
            continue
        if unit in ("puffs",) and num == "1":
            continue
        start = d.start if d is not None else s
        for new in _changed_values(num, (10, 2, 0.5, 4, 0.1, 3), note, strip=True):
            to = summary[start:s] + new + summary[ne:e]
            out.append(_make("dosage", summary, start, e, to))
    return out


def _cands_medication(note, summary):
    out = []
    in_note = _note_drug_names(note)
    for d in drug_mentions(summary):
        if not _swappable(summary, d):
            continue
        own = set(d.classes)
        own_areas = [_AREA_OF.get(c, "") for c in d.classes]
        pool_same, pool_other = [], []
        for cls in sorted(_REPLACEMENTS):
            if cls in own:
                continue
            for rep in _REPLACEMENTS[cls]:
                if rep in in_note or _in_note(note, rep) or rep.lower() in d.text.lower():
                    continue
                (pool_same if _AREA_OF.get(cls, "") in own_areas else pool_other).append(rep)
        # a few per mention: same therapeutic area first, then two from elsewhere (stable order)
        reps = pool_same[:6] if pool_same else pool_other[:: max(1, len(pool_other) // 4)][:4]
        for rep in reps:
            if not _real_drug(rep) or drug_class(rep) in own:
                continue
            to = _cased(summary, d.start, d.text, rep)
            out.append(_make("medication", summary, d.start, d.end, to))
    return out


_FREQ_WORDS = {"once": 1, "twice": 2, "three times": 3, "four times": 4}
_FREQ_RE = re.compile(
    r"\bevery other day\b"
    r"|\bevery (\d+) (hours?|days?|weeks?|months?)\b"
    r"|\bq(\d+)h\b"
    r"|\b(once|twice|three times|four times|\d+ times) (daily|a day|per day|weekly|a week|per week)\b"
    r"|\b(\d+) (nights|days) per week\b"
    r"|\bevery (morning|evening|night)\b"
    r"|\b(daily|nightly|weekly|monthly|at bedtime)\b"
    r"|\b(BID|TID|QID|QHS|bid|tid|qid|qhs)\b", re.I)


def _freq_alternatives(m: re.Match) -> list[str]:
    t = m.group(0)
    low = t.lower()
    if low == "every other day":
        return ["daily", "twice daily"]
    if m.group(1):
        n, u = int(m.group(1)), m.group(2).lower()
        base = u.rstrip("s")
        table = {"hour": {4: [8, 12], 6: [12, 2], 8: [12, 4], 12: [24, 6], 24: [12, 8], 2: [6], 3: [6]},
                 "day": {21: [7, 14], 7: [14, 3], 14: [7, 28], 2: [7]},
                 "week": {2: [4, 1], 4: [2, 8], 3: [1, 6], 1: [2], 6: [3], 8: [4]},
                 "month": {6: [3, 12], 3: [6, 1], 1: [3], 12: [6]}}
        alts = table.get(base, {}).get(n) or [n * 2]
        return [f"every {a} {base}{'s' if a != 1 else ''}" if a != 1 else f"every {base}" for a in alts]
    if m.group(3):
        n = int(m.group(3))
        return [f"q{n * 2}h"] + ([f"q{n // 2}h"] if n % 2 == 0 and n >= 4 else [])
    if m.group(4):
        cnt, per = m.group(4).lower(), m.group(5).lower()
        daily = per in ("daily", "a day", "per day")
        k = _FREQ_WORDS.get(cnt) or int(cnt.split()[0])
        alts = []
        if cnt in _FREQ_WORDS:
            for k2 in ((2, 3) if k == 1 else (3, 1) if k == 2 else (2, 4) if k == 3 else (2,)):
                w = {1: "once", 2: "twice", 3: "three times", 4: "four times"}[k2]
                alts.append(f"{w} {per}")
        else:
            alts.append(f"{k + 2} times {per}")
            alts.append(f"{cnt} {'weekly' if daily else 'daily'}")
        return alts
    if m.group(6):
        n = int(m.group(6))
        return [f"{n + 3 if n + 3 <= 7 else n - 2} {m.group(7)} per week"]
    if m.group(8):
        return ["twice daily", "every evening" if m.group(8).lower() == "morning" else "every morning"]
    if m.group(9):
        w = m.group(9).lower()
        return {"daily": ["twice daily", "three times daily"], "nightly": ["twice daily", "every morning"],
                "weekly": ["daily", "monthly"], "monthly": ["weekly"], "at bedtime": ["twice daily"]}[w]
    if m.group(10):
        w = m.group(10).upper()
        alts = {"BID": ["TID", "daily"], "TID": ["BID"], "QID": ["BID"], "QHS": ["BID"]}[w]
        return alts if m.group(10).isupper() else [a.lower() for a in alts]
    return []


def _cands_frequency(note, summary):
    out = []
    for m in _FREQ_RE.finditer(summary):
        s, e = m.span()
        # "twice daily" is matched whole; "daily" alone must not be a part of it
        d = _drug_before(summary, s, max_gap=30)
        if m.group(9) and d is None and not re.search(r"\b(?:PO|IV|IM|SC|inhaled|subcutaneously)\s+$", summary[:s]):
            continue  # "2 formed stools daily": a count, not a dosing frequency
        start = d.start if d is not None else _ctx_left(summary, s, 3)
        for alt in _freq_alternatives(m):
            alt = _case_like(m.group(0), alt)
            out.append(_make("frequency", summary, start, e, summary[start:s] + alt))
    return out


_ROUTES = {
    "PO": ["IV"], "IV": ["PO", "IM"], "IM": ["IV", "PO"], "SC": ["IV"], "SQ": ["IV"],
    "subcutaneously": ["intravenously", "intramuscularly"], "intravenously": ["orally", "subcutaneously"],
    "intramuscularly": ["intravenously", "subcutaneously"], "orally": ["intravenously"],
    "by mouth": ["intravenously"], "inhaled": ["intranasally", "PO"], "nebulized": ["IV", "IM"],
    "intranasal": ["IM", "IV"], "intranasally": ["intramuscularly"], "sublingual": ["PO"],
    "sublingually": ["orally"], "topical": ["PO"], "topically": ["orally"], "transdermal": ["PO"],
}
_ROUTE_RE = re.compile(r"(?<![\w\-])(PO|IV|IM|SC|SQ|(?i:subcutaneously|intravenously|intramuscularly|orally|"
                       r"by mouth|inhaled|nebulized|intranasally|intranasal|sublingually|sublingual|topically|"
                       r"topical|transdermal))(?![\w\-])")


def _cands_route(note, summary):
    out = []
    for m in _ROUTE_RE.finditer(summary):
        s, e = m.span()
        word = m.group(1)
        key = word if word.isupper() else word.lower()
        d = _drug_before(summary, s, max_gap=30)
        start = d.start if d is not None else _ctx_left(summary, s, 2)
        for alt in _ROUTES.get(key, []):
            out.append(_make("route", summary, start, e, summary[start:s] + _case_like(word, alt)))
    return out


_SIDE_RE = re.compile(r"\b(left|right|bilateral|Left|Right|Bilateral)(-sided)?\b")
_SIDE_SWAP = {"left": ["right"], "right": ["left"], "bilateral": ["left", "right"]}
_STOPWORDS = set("""a an the of to in on at by for from with without and or but as is are was were be been this
that he she his her it its than then who which greater less has had have reports denies underwent
presented showed shows was were is are under over into onto after before during within through via per due
because while""".split())


def _cands_laterality(note, summary):
    out = []
    for m in _SIDE_RE.finditer(summary):
        s, e = m.span()
        # the anatomy it names: up to 3 following words
        j = e
        words = 0
        for w in re.finditer(r"\s+([A-Za-z][A-Za-z0-9\-]*)", summary[e:]):
            if summary[e:][:w.start()] != summary[e:][:w.start()].rstrip(",.;:") or w.start() != (j - e):
                break
            if w.group(1).lower() in _STOPWORDS or w.group(1).lower() in _SIDE_SWAP:
                break
            j = e + w.end()
            words += 1
            if words == 3:
                break
        if not words:
            continue
        tail = summary[e:j]
        if re.match(r"\s+anterior\s+descending", tail, re.I):
            continue
        side = m.group(1).lower()
        for alt in _SIDE_SWAP[side]:
            to = _case_like(m.group(1), alt) + (m.group(2) or "") + tail
            out.append(_make("laterality", summary, s, j, to))
    return out


def _phrase_after(summary: str, pos: int, nmax: int = 3) -> int:
    """End of up to `nmax` words after `pos`, stopping at punctuation and at "and"/"but"/"with"."""
    j = pos
    n = 0
    for w in re.finditer(r"\s+([A-Za-z][A-Za-z0-9\-']*)", summary[pos:]):
        if pos + w.start() != j:
            break
        if n and w.group(1).lower() in ("and", "but", "with", "which", "who", "was", "were", "is", "are"):
            break
        j = pos + w.end()
        n += 1
        if n == nmax:
            break
    m = re.search(r"\s+(?:or|and|nor|of|to|at|in|on|for|about|after|before|from|the|a|an)$", summary[pos:j], re.I)
    if m and m.start() > 0:
        j = pos + m.start()
    return j


def _cands_negation(note, summary):
    out = []

    def add(s, e, to):
        out.append(_make("negation", summary, s, e, to))

    for m in re.finditer(r"\b(denies|denied|Denies|Denied)\b", summary):
        s, e = m.span()
        j = _phrase_after(summary, e, 3)
        if j == e:
            continue
        rep = {"denies": "reports", "denied": "reported"}[m.group(1).lower()]
        add(s, j, _case_like(m.group(1), rep) + summary[e:j])
    for m in re.finditer(r"\b(no|No)\s+(?!longer\b|further\b|more\b)(?=[A-Za-z])", summary):
        s, e = m.span()
        j = _phrase_after(summary, e - 1, 3)
        if j == e - 1:
            continue
        left = _ctx_left(summary, s, 1)
        rest = summary[e:j]
        if left == s and (s == 0 or re.search(r"[.!?]\s*$", summary[:s])):
            add(s, j, rest[:1].upper() + rest[1:])
        else:
            add(left, j, summary[left:s] + rest)
        # "no drain was placed" -> "a drain was placed"
        if re.match(r"[A-Za-z\-]+\s+was\b", summary[e:]):
            art = "an" if summary[e:e + 1].lower() in "aeiou" else "a"
            add(s, j, _case_like(m.group(1), art) + " " + rest)
    for m in re.finditer(r"\b(without|Without)\s+(?=[A-Za-z])", summary):
        s, e = m.span()
        j = _phrase_after(summary, e - 1, 3)
        if j > e:
            add(s, j, _case_like(m.group(1), "with") + " " + summary[e:j])
    for m in re.finditer(r"\bnot\s+(?=[A-Za-z])", summary):
        s, e = m.span()
        left = _ctx_left(summary, s, 1)
        j = _phrase_after(summary, e - 1, 2)
        if j > e and left < s:
            add(left, j, summary[left:s] + summary[e:j])
    for m in re.finditer(r"\b(negative|positive)\b", summary):
        s, e = m.span()
        if re.search(r"\bnet\s+$", summary[:s], re.I):
            continue
        left = _ctx_left(summary, s, 2)
        if left == s:
            continue
        add(left, e, summary[left:s] + ("positive" if m.group(1) == "negative" else "negative"))
    for m in re.finditer(r"\b(showed|revealed|demonstrated)\s+(?:(?:a|an)\s+)?(?=[A-Za-z])(?!no\b|not\b)", summary):
        s, e = m.span()
        if re.match(r"(?:one|two|three|four|five|several|multiple)\b", summary[e:], re.I) \
                or _LAB_RE.match(summary, e) or _VITAL_RE.match(summary, e):
            continue  # "showed two new lesions", "showed FEV1 68%": a count or a value, not a finding to negate
        j = _phrase_after(summary, e - 1, 3)
        if j > e:
            add(s, j, f"{m.group(1)} no {summary[e:j]}")
    for m in re.finditer(r"\b(reports|Reports|reported)\b", summary):
        s, e = m.span()
        j = _phrase_after(summary, e, 3)
        if j > e:
            add(s, j, {"reports": "denies", "Reports": "Denies", "reported": "denied"}[m.group(1)] + summary[e:j])
    return out


def _cands_lab(note, summary, kind):
    out = []
    for a, b, k, vpos in _named_values(summary):
        if k != kind:
            continue
        name = re.match(r"[A-Za-z0-9\-]+(?:\s+[A-Za-z0-9\-]+)*?(?=\s)", summary[a:vpos])
        name = summary[a:vpos].split()[0] if not name else name.group(0)
        value = summary[vpos:b]
        if kind == "lab_value":
            q = _QTY.match(summary, vpos)
            num, unit = q.group(1), q.group(3) or ""
            alts = [summary[vpos:b].replace(num, x, 1) for x in _lab_alternatives(name, num, unit, note)]
        else:
            alts = _vital_alternatives(name.split()[0] if name else "", value, note)
        for alt in alts:
            out.append(_make(kind, summary, a, b, summary[a:vpos] + alt))
    return out


def _cands_unit(note, summary):
    out = []
    for s, e, num, ne, unit in _quantities(summary):
        if unit not in _UNIT_SWAPS:
            continue
        if unit in ("C", "F", "%", "mmHg"):
            continue
        d = _drug_before(summary, s)
        nv = [x for x in _named_values(summary) if x[3] == s]
        start = d.start if d is not None else (nv[0][0] if nv else _ctx_left(summary, s, 1))
        for alt in _UNIT_SWAPS[unit]:
            out.append(_make("unit", summary, start, e, summary[start:ne] + summary[ne:e].replace(unit, alt)))
    return out


_TIME_RE = re.compile(r"(?<![\w.\-/])(\d+(?:\.\d+)?)(\s|-)(minute|hour|day|week|month|year)(s?)\b(?!-old|\s+old)",
                      re.I)
_TIME_SWAP = {"minute": ["hour"], "hour": ["day"], "day": ["week"], "week": ["day", "month"],
              "month": ["day", "year"], "year": ["month"]}


def _cands_temporal(note, summary):
    out = []
    for m in _TIME_RE.finditer(summary):
        s, e = m.span()
        num, sep, unit = m.group(1), m.group(2), m.group(3).lower()
        if re.search(r"\b(?:every|each|q)\s*$", summary[:s], re.I):
            continue  # "every 6 hours" is a frequency
        left = _ctx_left(summary, s, 1)
        if left < s and re.fullmatch(r"\d+(?:\.\d+)?\s+", summary[left:s]):
            left = s
        plural = m.group(4) if sep != "-" else ""
        alts = []
        for u in _TIME_SWAP[unit]:
            alts.append(num + sep + u + plural)
        try:
            n = int(num)
        except ValueError:
            n = None
        if n is not None:
            for n2 in ((n * 2, n + 1) if n < 10 else (n - max(1, n // 4), n + max(1, n // 4))):
                if not _num_in_note(note, str(n2)):
                    p = "s" if (sep != "-" and n2 != 1) else ""
                    alts.append(f"{n2}{sep}{unit}{p}")
                    break
        for alt in alts:
            out.append(_make("temporal", summary, left, e, summary[left:s] + _case_like(m.group(0), alt)))
    for m in re.finditer(r"\b(day)\s+(\d+)\b", summary, re.I):
        s, e = m.span()
        left = _ctx_left(summary, s, 1)
        n = int(m.group(2))
        for n2 in (n + 2, n + 5):
            if not _num_in_note(note, str(n2)):
                out.append(_make("temporal", summary, left, e, summary[left:s] + f"{m.group(1)} {n2}"))
    return out


# diagnosis and procedure terms, and fabricated sentences (vocabularies in medllm.clinical.negatives.vocab)

def _term_re(term: str) -> re.Pattern:
    e = re.escape(term).replace(r"\ ", r"\s+")
    return re.compile(r"(?<![\w\-])" + (e if term.isupper() else "(?i:" + e + ")") + r"(?![\w\-])")


_DIAG_RX = [(_term_re(t), t, reps) for t, reps in _DIAGNOSES]
_PROC_RX = [(_term_re(t), t, reps) for t, reps in _PROCEDURES]


def _cands_terms(note, summary, kind):
    out = []
    for rx, _t, reps in (_DIAG_RX if kind == "diagnosis" else _PROC_RX):
        for m in rx.finditer(summary):
            s, e = m.span()
            for rep in reps:
                to = _cased(summary, s, m.group(0), rep)
                out.append(_make(kind, summary, s, e, to))
    return out


def _cands_fabrication(note, summary):
    ends = [m.end() for m in re.finditer(r"[.!?](?=\s|$)", summary)]
    if not ends:
        ends = [len(summary.rstrip())]
    low = note.lower()
    out = []
    for sent, keys in _FABRICATIONS:
        if any(k in low for k in keys) or sent.lower()[:-1] in summary.lower():
            continue
        for i in ends:
            out.append(Negative("fabrication", "", " " + sent, [i, i], summary[:i] + " " + sent + summary[i:]))
    return out


def candidates(note: str, summary: str, kind: str) -> list[Negative]:
    """Every proposed negative of `kind` for (note, summary), deterministic order, duplicates removed."""
    if kind not in KINDS:
        raise ValueError(f"unknown negative kind {kind!r}; known: {', '.join(KINDS)}")
    if kind in ("lab_value", "vital_sign"):
        cands = _cands_lab(note, summary, kind)
    elif kind in ("diagnosis", "procedure"):
        cands = _cands_terms(note, summary, kind)
    else:
        cands = {
            "dosage": _cands_dosage, "medication": _cands_medication, "frequency": _cands_frequency,
            "route": _cands_route, "laterality": _cands_laterality, "negation": _cands_negation,
            "unit": _cands_unit, "temporal": _cands_temporal, "fabrication": _cands_fabrication,
        }[kind](note, summary)
    out, seen = [], set()
    for c in cands:
        key = (c.span[0], c.span[1], c.to)
        if key in seen:
            continue
        seen.add(key)
        out.append(c)
    return out
