"""Per-summary scores around the grounding checker: degeneracy, copying, truncation, coverage.

Deterministic, pure Python, no model; every function is a few milliseconds on a 150-word note, so
eval and the on-policy sampler can call `score_summary` on thousands of generations.

Word tokens (copy_fraction, the loop rule, "words"): the lower-cased text split into runs of
letters/digits, joined across "-", "'", "/" and across "." or "," when a digit follows ("62-year-old",
"0.3", "147/81", "1,000" are one word each; trailing punctuation is dropped, so "mg." == "mg").

Degeneracy rule (`degenerate`, checked in this order, first hit wins):
  "empty"         fewer than 3 word tokens.
  "list_numbers"  a run of >= 4 list-number tokens (an integer 1-99 followed by "." or ")", standing
                  alone between whitespace/text ends) where each is at most 1 word token after the
                  previous one and repeats it or adds 1 ("1. 2. 3. 4.", "1. 1. 1. 2. 3."). The
                  step rule keeps "HR 92. RR 14. T 37. BP 120." (vitals ending sentences) out.
  "loop"          a sequence of 1-25 word tokens repeated back to back >= 3 times ("62-year-old
                  man, 62-year-old man, 62-year-old man"), or, for texts of >= 20 word tokens, distinct
                  word 3-grams / all 3-grams < 0.5.
  "no_content"    the text states no checkable fact: no coverage key (drug, dose, lab/vital value,
                  number with unit, diagnosis/procedure term, negated finding) and no other number;
                  or it opens with a meta phrase ("This (clinical) note ...", "The note describes",
                  "This is a summary ...", "Here is ...", "Summary:") and states fewer than 2 facts.
Measured on phase1_data/sft/*.csv: no faithful reference (label factual_with_evidence) is flagged;
the lowest distinct-3-gram share among them is far above 0.5 (see tests/grounding/test_scores.py).

Coverage keys (`coverage`): a fact is a normalized key built from the checker's own analysis
(`checker._doc`), so "1 g" == "1000 mg", "DVT" == "deep vein thrombosis", "48 hours" == "2 days":
  ("drug", name)                          a drug mention (smallest dictionary name of the drug)
  ("drug_dose", name, value, unit)        a dose bound to it, by the checker's narrow drug window
  ("lab"|"vital", name, values)           a lab/vital name with its value(s) (unit-free; a wrong
                                          unit is caught by the checker flag instead)
  ("num", value, unit)                    any other number with a unit (ages, durations, sizes)
  ("concept", term)                       a diagnosis/procedure phrase or word of the checker's
                                          vocabulary (curated lists, clinical suffixes), not negated
  ("neg", lemma)                          a negated finding word (NegEx scope of the checker)
coverage = |keys(reference) & keys(summary), less summary keys whose every mention carries a
checker flag| / |keys(reference)| (None when the reference has no key). The summary side also
holds the concepts its terms imply (abbreviation expansions, "adenocarcinoma" -> "cancer").
"""

from __future__ import annotations

import bisect
import re
from difflib import SequenceMatcher

from medllm.grounding.checker import (
    _ABBR_SEQ, _DIAG_PHRASE_SEQ, _HYPERNYM, _PROC_PHRASE_SEQ, Unsupported, _doc, _Doc, _Finder, _fmt,
    _term_type,
)

__all__ = ["degenerate", "copy_fraction", "is_copy", "split_truncated", "coverage", "score_summary",
           "fact_keys"]

# --------------------------------------------------------------------------- words

_RE_WORD = re.compile(r"[^\W_]+(?:(?:[-'\u2019/]|[.,](?=\d))[^\W_]+)*")


def _words(text: str) -> list[str]:
    return _RE_WORD.findall(text.lower())


# --------------------------------------------------------------------------- degeneracy

MIN_WORDS = 3
LIST_RUN = 4
LOOP_COPIES = 3
LOOP_MAX_PERIOD = 25
TRIGRAM_MIN_WORDS = 20
TRIGRAM_MIN_SHARE = 0.5

# an integer list marker standing alone: "1." / "2)" (not "0.3", "147/81.", "mg.")
_RE_LISTNUM = re.compile(r"(?<!\S)(\d{1,2})[.)](?!\S)")
_RE_META = re.compile(
    r"^\W*(?:"
    r"(?:this|the|that)\s+(?:[a-z]+\s+){0,2}?(?:note|document|report|record|text|transcript)\b"
    r"|(?:this|it|here|below)\s+(?:is|are)\s+(?:a|an|the)?\s*(?:[a-z]+\s+){0,2}?(?:summary|note|overview)\b"
    r"|(?:here|below)\s+is\b"
    r"|(?:this|the)\s+summary\b"
    r"|summary\s*:"
    r")", re.I)


def _list_run(text: str) -> int:
    """Longest run of list numbers, each <= 1 word after the last and equal to it or one more."""
    best = run = 0
    prev_val, prev_end = None, 0
    for m in _RE_LISTNUM.finditer(text):
        val = int(m.group(1))
        gap = len(_words(text[prev_end:m.start()]))
        if prev_val is not None and gap <= 1 and val in (prev_val, prev_val + 1):
            run += 1
        else:
            run = 1
        best = max(best, run)
        prev_val, prev_end = val, m.end()
    return best


def _has_loop(w: list[str]) -> bool:
    n = len(w)
    # back-to-back copies: w[i:i+p] == w[i+p:i+2p] == ... <=> w[j] == w[j+p] over (copies-1)*p positions
    for p in range(1, min(LOOP_MAX_PERIOD, n // LOOP_COPIES) + 1):
        need = (LOOP_COPIES - 1) * p
        run = 0
        for j in range(n - p):
            run = run + 1 if w[j] == w[j + p] else 0
            if run >= need:
                return True
    if n >= TRIGRAM_MIN_WORDS:
        grams = list(zip(w, w[1:], w[2:]))
        if len(set(grams)) / len(grams) < TRIGRAM_MIN_SHARE:
            return True
    return False


def _n_facts(d: _Doc) -> int:
    """Distinct checkable facts: coverage keys plus any other number (unit-less, not a frequency)."""
    bare = {q.cval for q in d.qs if not q.has_unit and q.i not in d.in_freq}
    return len(_facts(d)) + len(bare) + len(d.dates)


def degenerate(summary: str) -> str | None:
    """None for a usable summary, else "empty" | "list_numbers" | "loop" | "no_content" (module doc)."""
    w = _words(summary or "")
    if len(w) < MIN_WORDS:
        return "empty"
    if _list_run(summary) >= LIST_RUN:
        return "list_numbers"
    if _has_loop(w):
        return "loop"
    n = _n_facts(_doc(summary))
    if n == 0 or (n < 2 and _RE_META.match(summary)):
        return "no_content"
    return None


# --------------------------------------------------------------------------- copying

def copy_fraction(note: str, summary: str) -> float:
    """Share of the summary's word tokens inside its longest contiguous run also contiguous in the note."""
    s, n = _words(summary or ""), _words(note or "")
    if not s or not n:
        return 0.0
    m = SequenceMatcher(None, s, n, autojunk=False).find_longest_match(0, len(s), 0, len(n))
    return m.size / len(s)


def is_copy(note: str, summary: str, threshold: float = 0.9) -> bool:
    return copy_fraction(note, summary) >= threshold


# --------------------------------------------------------------------------- truncation

# a sentence end: . ! ? (plus closing quotes/brackets) then whitespace, or a line break
_RE_END = re.compile(r"[.!?][\"')\]]*(?=\s)|\n")
_ABBREV = {"dr", "mr", "mrs", "ms", "prof", "st", "vs", "etc", "approx", "e.g", "i.e", "fig"}


def _is_end(text: str, m: re.Match) -> bool:
    if m.group(0) == "\n":
        return True
    if m.group(0)[0] != ".":
        return True
    rest = text[m.end():].lstrip()
    if rest[:1].islower():
        return False  # "20 mg. daily": an abbreviation inside a sentence
    prev = re.search(r"(?<![a-z0-9])([a-z.]+)$", text[:m.start()].lower())
    return not (prev and prev.group(1) in _ABBREV and rest[:1].isupper())


def split_truncated(summary: str, finished: bool) -> tuple[str, str]:
    """(kept, cut_fragment): for an unfinished generation, kept ends at the last complete sentence.

    A "." counts as an end when whitespace follows and the next word is not lower-case ("20 mg.
    daily" is not an end) nor after a title ("Dr. Smith"); a line break ends a line item. The text's
    own final "." / "!" / "?" ends it too, except a final "." right after a digit ("T 36." may be
    "36.6" cut by the token limit). No complete sentence: ("", everything)."""
    summary = summary or ""
    if finished:
        return summary, ""
    end = 0
    for m in _RE_END.finditer(summary):
        if _is_end(summary, m):
            end = m.end()
    tail = summary.rstrip()
    if tail and tail[-1] in ".!?\"')]":
        core = tail.rstrip("\"')]")
        if core and core[-1] in ".!?" and not (core[-1] == "." and core[-2:-1].isdigit()):
            end = len(tail)
    return summary[:end].strip(), summary[end:].strip()


# --------------------------------------------------------------------------- facts and coverage

def _implied_concepts(d: _Doc) -> dict:
    """Concept key -> token sets for what a text implies beyond its words ("DVT" <- "deep vein
    thrombosis", "cancer" <- "adenocarcinoma"), mirroring the checker's cset."""
    pos: dict[str, set[int]] = {}
    for w, i in zip(d.cseq, d.cpos):
        if d.neg[i] != 1:
            pos.setdefault(w, set()).add(i)
    out: dict = {}
    for abbr, exp in _ABBR_SEQ.items():
        if exp and all(w in pos for w in exp):
            out.setdefault(("concept", abbr), []).append(frozenset().union(*(pos[w] for w in exp)))
    for w, ps in list(pos.items()):
        h = _HYPERNYM.get(w)
        for _depth in range(3):  # nstemi -> infarction -> mi
            if not h or h == w:
                break
            out.setdefault(("concept", h), []).append(frozenset(ps))
            h = _HYPERNYM.get(h)
    return {k: v for k, v in out.items() if _term_type(k[1])}


def _facts(d: _Doc, implied: bool = False) -> dict:
    """Fact key -> list of token-index sets, one per mention (module doc lists the keys)."""
    cache = d.__dict__.setdefault("_score_facts", {})
    if implied in cache:
        return cache[implied]
    occ: dict = {}

    def add(key, toks):
        occ.setdefault(key, []).append(frozenset(toks))

    used: set[int] = set()   # first tokens of numbers already bound to a drug or a lab/vital
    finder = _Finder(d, d)   # only for its drug window (drug_facts), which reads no note
    for k, (a, b, names) in enumerate(d.drugs):
        names = sorted(x for x in names if x)
        if not names:
            continue
        add(("drug", names[0]), range(a, b))
        qs, _routes, _freqs = finder.drug_facts(d, k, narrow=True)
        for q in qs:  # the doses the checker checks (check_drugs)
            if q.i in d.in_freq or q.is_time or q.i in used:
                continue
            if q.is_dose or (q.num == "%" and abs(q.i - b) <= 2):
                used.add(q.i)
                add(("drug_dose", names[0], q.cval, q.ukey), set(range(a, b)) | set(range(q.i, q.j)))
    for k, (a, b, canon, kind) in enumerate(d.alias_spans):
        for q in d.alias_values(k, narrow=True):
            if q.i in used:
                continue
            used.add(q.i)
            key = ("lab" if kind == "lab_value" else "vital", canon, tuple(_fmt(v) for v in q.nums))
            add(key, set(range(a, b)) | set(range(q.i, q.j)))
    for q in d.qs:
        if q.has_unit and q.i not in used and q.i not in d.in_freq:
            add(("num", q.cval, q.ukey), range(q.i, q.j))
    # diagnosis/procedure terms, as check_terms finds them: phrases first, then single words
    covered: set[int] = set()
    for phrase in _DIAG_PHRASE_SEQ + _PROC_PHRASE_SEQ:
        ps = " " + " ".join(phrase) + " "
        k = d.cstr.find(ps)
        while k >= 0:
            wi = d.cstr.count(" ", 0, k)
            toks = set(d.cpos[wi:wi + len(phrase)])
            if not toks & covered:
                covered |= toks
                if not any(d.neg[i] == 1 for i in toks):
                    add(("concept", " ".join(phrase)), toks)
            k = d.cstr.find(ps, k + 1)
    # a negated term ("no hematuria") is a negated finding, not a diagnosis: it gets a "neg" key below
    for w, i in zip(d.cseq, d.cpos):
        if i in covered or i in d.drug_at or i in d.alias_at or d.kinds[i] != "word" or d.neg[i] == 1:
            continue
        if _term_type(w):
            add(("concept", w), {i})
    for i in range(d.n):
        if d.neg[i] == 1 and d._neg_candidate(i):
            add(("neg", d.lem[i]), {i})
    if implied:
        for key, sets in _implied_concepts(d).items():
            occ.setdefault(key, []).extend(sets)
        # words inside a phrase are still named by the text ("heart" in "heart failure")
        for w, i in zip(d.cseq, d.cpos):
            if i in covered and d.kinds[i] == "word" and d.neg[i] != 1 and _term_type(w):
                occ.setdefault(("concept", w), []).append(frozenset({i}))
    cache[implied] = occ
    return occ


def fact_keys(text: str) -> set:
    """The checkable-fact keys a text states (see the module doc)."""
    return set(_facts(_doc(text or "")))


def _run_checker(note: str, summary: str) -> tuple[list[Unsupported], _Doc, set[int]]:
    """checker.check(note, summary), plus the summary doc and the token indices the flags sit on."""
    sd = _doc(summary)
    f = _Finder(_doc(note), sd)
    found = f.run()
    flagged = {bisect.bisect_right(sd.starts, pos) - 1 for pos, _t, _x in f.out}
    return found, sd, flagged


def _coverage(reference: str, sd: _Doc, flagged: set[int]) -> dict:
    ref = set(_facts(_doc(reference or "")))
    n = len(ref)
    if not sd.n:
        k = 0
    else:
        have = _facts(sd, implied=True)
        # supported: at least one mention with no checker flag on its tokens
        k = sum(1 for key in ref if any(not (m & flagged) for m in have.get(key, ())))
    return {"facts": n, "covered": k, "coverage": (k / n) if n else None}


def coverage(note: str, reference: str, summary: str) -> dict:
    """{"facts", "covered", "coverage"}: the reference's fact keys the summary states and the note
    supports (no checker flag on the summary's mention); coverage is None when there are no facts."""
    _found, sd, flagged = _run_checker(note or "", summary or "")
    return _coverage(reference, sd, flagged)


# --------------------------------------------------------------------------- one call

def score_summary(note: str, reference: str | None, summary: str, finished: bool = True) -> dict:
    """Everything eval and the on-policy sampler need about one generated summary.

    The checker and coverage see only the kept text of split_truncated (a value cut by the token
    limit is truncation, not invention). Degeneracy is judged on the whole output and is one
    verdict: its unsupported list is the single {"type": "degenerate", "text": reason} and its
    coverage 0.0 (a degenerate output is not a usable summary)."""
    summary = summary or ""
    kept, cut = split_truncated(summary, finished)
    deg = degenerate(summary)
    if deg is None and not finished and not kept.strip():
        deg = "no_complete_sentence"  # cut off by the token limit before one sentence ended
    found, sd, flagged = _run_checker(note or "", kept)
    if deg:
        unsupported = [{"type": "degenerate", "text": deg}]
    else:
        unsupported = [{"type": u.type, "text": u.text} for u in found]
    cov = None
    if reference is not None:
        cov = _coverage(reference, sd, flagged)["coverage"]
        if deg and cov is not None:
            cov = 0.0
    cf = copy_fraction(note or "", summary)
    return {
        "hallucinated": bool(unsupported),
        "unsupported": unsupported,
        "unsupported_types": sorted({u["type"] for u in unsupported}),
        "degenerate": deg,
        "truncated": not finished,
        "cut_fragment": cut,
        "coverage": cov,
        "copy_fraction": cf,
        "copy": cf >= 0.9,
        "words": len(_words(summary)),
    }
