"""An English word list (SCOWL size 50, the `wamerican` list; english_words.LICENSE beside this
file), loaded on first use: which words are ordinary English, which only proper names, and whether
an unknown word is one typo away from a known one."""

from __future__ import annotations

import bisect
import gzip
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path

_PATH = Path(__file__).with_name("english_words.txt.gz")
_WORDS: set[str] | None = None   # lower-case words written in lower case somewhere in the list
_SORTED: list[str] = []          # _WORDS in order, for prefix look-ups
_BY_PREFIX: dict[str, list[str]] = {}  # _WORDS of 7+ letters by their first 5
_PROPER: set[str] | None = None  # lower-case forms of words the list writes only capitalised
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _load() -> None:
    global _WORDS, _PROPER
    if _WORDS is not None:
        return
    words, proper = set(), set()
    with gzip.open(_PATH, "rt", encoding="utf-8") as f:
        for line in f:
            w = line.strip()
            if not w:
                continue
            if w[0].isupper():
                proper.add(w.lower())
            else:
                words.add(w)
    _PROPER = proper - words
    _WORDS = words
    _SORTED[:] = sorted(words)
    for w in _SORTED:
        if len(w) >= 7:
            _BY_PREFIX.setdefault(w[:5], []).append(w)


def ordinary_words() -> frozenset:
    """Every word the list writes in lower case (ordinary English; proper names only capitalised are
    not in it): also the redactor's whitelist (medllm.clinical.name_words)."""
    _load()
    return frozenset(_WORDS)


def english(w: str) -> str | None:
    """"word" for an ordinary English word (or a regular inflection of one), "name" for a proper
    name only, None for a word the list does not know. `w` is lower case."""
    _load()
    if w in _WORDS:
        return "word"
    for suf, rep in (("s", ""), ("es", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("ly", ""),
                     ("ies", "y"), ("ied", "y")):
        if w.endswith(suf) and len(w) - len(suf) >= 3 and w[: len(w) - len(suf)] + rep in _WORDS:
            return "word"
    if w in _PROPER:
        return "name"
    return None


@lru_cache(maxsize=20_000)
def one_typo_from_english(w: str) -> bool:
    """Is `w` one deletion, insertion, substitution or swap from an ordinary English word?"""
    _load()
    splits = [(w[:i], w[i:]) for i in range(len(w) + 1)]
    for a, b in splits:
        if b and a + b[1:] in _WORDS:
            return True
        if len(b) > 1 and a + b[1] + b[0] + b[2:] in _WORDS:
            return True
        for c in _LETTERS:
            if b and a + c + b[1:] in _WORDS:
                return True
            if a + c + b in _WORDS:
                return True
    return False


@lru_cache(maxsize=20_000)
def misspelt_english(w: str) -> bool:
    """Does `w` (6+ letters) read as a cut-off or misspelt English word: the start of one
    ("prophyl"), one typo from one ("posession"), or the same first five letters and most of the
    rest ("diagnled" for "diagnosed")?"""
    _load()
    if len(w) < 6:
        return False
    k = bisect.bisect_left(_SORTED, w)
    if k < len(_SORTED) and _SORTED[k].startswith(w):
        return True
    if len(w) >= 7 and one_typo_from_english(w):
        return True
    return any(abs(len(x) - len(w)) <= 2 and SequenceMatcher(None, x, w).ratio() >= 0.75
               for x in _BY_PREFIX.get(w[:5], ()))
