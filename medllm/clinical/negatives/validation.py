"""Validation of a proposed negative, and `make_negatives`, which draws the validated ones.

`validate(note, summary, neg)` runs the checks of the package docstring in order (the grounding
checker on the chosen and the rejected summary, one-change, grammar, support by the note, the
flag type) and returns the first failing reason; `make_negatives` picks at most one valid
candidate per kind with the caller's rng.
"""

from __future__ import annotations

import collections
import difflib
import random
import re
from functools import lru_cache

from medllm.grounding.checker import check
from medllm.clinical.negatives.base import _TOKEN, ACCEPTED_TYPES, KINDS, Negative, _in_note
from medllm.clinical.negatives.edits import candidates


@lru_cache(maxsize=8192)
def _flags(note: str, text: str) -> tuple:
    return tuple(check(note, text))


# what a token states; one edit may change tokens of one category only ("40 mg" -> "400 mcg" is two)
_CATEGORY_WORDS = {
    "unit": """mg mcg g kg ml l unit units meq mmol mmhg cm mm lb puffs""",
    "route": """po iv im sc sq subcutaneously intravenously intramuscularly orally inhaled nebulized intranasal
                intranasally sublingual topical transdermal""",
    "side": "left right bilateral left-sided right-sided",
    "negation": "no not without denies denied reports reported negative positive",
    # a duration and a frequency are one kind of fact here ("every other day" -> "daily")
    "time": """once twice three four times daily nightly weekly monthly every morning evening bid tid qid qhs
               minute minutes hour hours day days week weeks month months year years""",
}
_CATEGORY = {w: c for c, ws in _CATEGORY_WORDS.items() for w in ws.split()}


def _category(tok: str) -> str | None:
    if tok[:1].isdigit():
        return "number"
    t = tok.lower()
    if "/" in t:
        return "unit"
    return _CATEGORY.get(t)


def _lemma(tok: str) -> str:
    t = tok.lower()
    return t[:-1] if len(t) > 3 and t.endswith("s") and not t.endswith("ss") else t


def _toks(s: str) -> list[str]:
    return _TOKEN.findall(s)


def _one_change(from_: str, to: str) -> bool:
    """Is from_ -> to one edit: one changed block of tokens, touching one kind of fact?"""
    if not from_:
        return bool(to.strip())  # an insertion (a fabricated sentence) is one new statement
    a, b = _toks(from_), _toks(to)
    ops = [op for op in difflib.SequenceMatcher(None, [_lemma(t) for t in a], [_lemma(t) for t in b],
                                                autojunk=False).get_opcodes() if op[0] != "equal"]
    if len(ops) != 1:
        return False
    _tag, i1, i2, j1, j2 = ops[0]
    la = {_lemma(t) for t in a[i1:i2]}
    lb = {_lemma(t) for t in b[j1:j2]}
    cats = {_category(t) for t in a[i1:i2] if _lemma(t) not in lb}
    cats |= {_category(t) for t in b[j1:j2] if _lemma(t) not in la}
    cats.discard(None)
    return len(cats) <= 1


def _wants_an(word: str) -> bool | None:
    w = word.strip("-(\"'")
    if not w:
        return None
    if w[0].isdigit():
        n = re.match(r"\d+", w.replace(",", "")).group(0)
        return n.startswith("8") or n in ("11", "18") or (len(n) in (5,) and n[:2] in ("11", "18"))
    core = re.match(r"[A-Za-z0-9]+", w)
    core = core.group(0) if core else w
    if len(core) >= 2 and core.isupper():  # an acronym, read letter by letter: "an MRI", "a CT"
        return core[0] in "AEFHILMNORSX"
    lw = w.lower()
    if lw.startswith(("uni", "use", "usu", "uti", "uro", "ure", "eu", "one", "once", "ewe", "ubiq")):
        return False
    if lw.startswith(("hour", "honest", "honor", "heir")):
        return True
    return lw[0] in "aeiou"


def _grammar_faults(text: str) -> int:
    n = text.count("  ")
    n += len(re.findall(r"\s[,.;:!?)]", text))
    n += len(re.findall(r"[,;:]\s*[,;:.]|(?<!\.)\.\.(?!\.)|\(\s*\)", text))
    n += len(re.findall(r"\b(\w+)\s+\1\b", text, re.I))
    for m in re.finditer(r"\b(a|an|A|An)\s+([\w\-(\"']+)", text):
        want = _wants_an(m.group(2))
        if want is not None and want != (m.group(1).lower() == "an"):
            n += 1
    n += abs(text.count("(") - text.count(")")) + abs(text.count("[") - text.count("]"))
    n += len(re.findall(r"[.!?]\s+[a-z]", text)) + (1 if text[:1].islower() else 0)
    n += (text != text.strip())
    return n


def validate(note: str, summary: str, neg: Negative) -> str | None:
    """None when `neg` is a valid hard negative for (note, summary), else a reason from REJECT_REASONS."""
    if _flags(note, summary):
        return "chosen_unfaithful"
    rejected = neg.rejected
    if rejected == summary:
        return "identical"
    try:
        s, e = int(neg.span[0]), int(neg.span[1])
    except (TypeError, ValueError, IndexError):
        return "not_one_change"
    if not (0 <= s <= e <= len(summary)) or summary[s:e] != neg.from_ \
            or rejected != summary[:s] + neg.to + summary[e:]:
        return "not_one_change"
    if neg.from_ == neg.to or not _one_change(neg.from_, neg.to):
        return "not_one_change"
    if _grammar_faults(rejected) > _grammar_faults(summary):
        return "ungrammatical"
    if _in_note(note, neg.to):
        return "supported_by_note"
    flags = _flags(note, rejected)
    if not flags:
        return "supported_by_note"
    ok = ACCEPTED_TYPES.get(neg.kind)
    if ok is not None and not any(f.type in ok for f in flags):
        return "wrong_type"
    return None


def make_negatives(note: str, summary: str, rng: random.Random, kinds=KINDS,
                   per_note: int | None = None) -> tuple[list[Negative], collections.Counter]:
    """Validated negatives for one (note, faithful summary): at most one per kind, picked uniformly
    among that kind's valid candidates with `rng`, at most `per_note` in all (kinds drawn in an
    rng-shuffled order until that many succeed), in `KINDS` order; and the rejected candidates
    counted by reason (every candidate counts as "chosen_unfaithful" when the summary is not
    supported by the note)."""
    kinds = [k for k in KINDS if k in set(kinds)] if not isinstance(kinds, str) else [kinds]
    unknown = sorted(set([kinds] if isinstance(kinds, str) else kinds) - set(KINDS))
    if unknown:
        raise ValueError(f"unknown negative kind(s) {unknown}; known: {', '.join(KINDS)}")
    rejected: collections.Counter = collections.Counter()
    if _flags(note, summary):
        for k in kinds:
            rejected["chosen_unfaithful"] += len(candidates(note, summary, k))
        return [], rejected
    order = list(kinds)
    if per_note is not None:
        rng.shuffle(order)
    got: dict[str, Negative] = {}
    for kind in order:
        if per_note is not None and len(got) >= per_note:
            break
        cands = candidates(note, summary, kind)
        idx = list(range(len(cands)))
        rng.shuffle(idx)
        for i in idx:
            reason = validate(note, summary, cands[i])
            if reason is None:
                got[kind] = cands[i]
                break
            rejected[reason] += 1
    return [got[k] for k in KINDS if k in got], rejected
