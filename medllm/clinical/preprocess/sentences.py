"""Sentence splitting and evidence spans: which note sentences support each summary sentence.

`split_sentences(text)` gives sentence offsets that survive 7.2, Dr. and b.i.d.;
`evidence(note, summary)` maps each summary sentence to its best-overlapping note sentences.
"""

from __future__ import annotations

import re

# =========================================================================== sentences + evidence

# never a sentence end: titles, Latin and general abbreviations
_ABBREV_TITLES = set("""
dr mr mrs ms prof st sr jr vs e.g i.e etc approx cf fig no nos al inc ltd dept
""".split())
# dosing/clinical abbreviations: a sentence end only when the next word is capitalized
_ABBREV_DOSING = set("""
b.i.d t.i.d q.i.d q.d q.o.d q.h.s h.s p.o p.r.n a.c p.c i.v i.m s.c s.q o.d o.s o.u a.m p.m
bid tid qid qd qhs hs po prn iv im sc mg mcg ml
""".split())
_SENT_END = re.compile(r"[.!?]+[\"')\]]*(?=\s|$)|\n+")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) of `text`, stripped of surrounding whitespace.

    Ends at . ! ? followed by whitespace, and at line breaks. Not at a decimal point (7.2 has
    no space after the dot), a title (Dr. Smith, Mr., vs., e.g.), a single-letter initial
    (J. Smith), or a dosing abbreviation (b.i.d., p.o., q.d.) unless the next word starts
    with a capital letter or digit ("metformin 500 mg b.i.d. Follow up ..." is two sentences).
    text[s:e] is the sentence exactly.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    for m in _SENT_END.finditer(text):
        end = m.end()
        if "\n" not in m.group(0):
            # the word that the dot closes
            wm = re.search(r"(\S+?)[.!?]+[\"')\]]*$", text[start:end])
            word = (wm.group(1) if wm else "").lower().lstrip("([\"'")
            if m.group(0).startswith("."):
                nxt = re.match(r"\s+(\S)", text[end:])
                nxt_ch = nxt.group(1) if nxt else ""
                if word in _ABBREV_TITLES:
                    continue
                # a single-letter initial (J. Smith), but not a unit after a number (4.2 L.)
                if re.fullmatch(r"[a-z]", word) and not re.search(r"\d\s?\S[.!?]+[\"')\]]*$", text[start:end]):
                    continue
                if (word in _ABBREV_DOSING or re.fullmatch(r"(?:[a-z]\.)+[a-z]", word)) and nxt_ch and \
                        not (nxt_ch.isupper() or nxt_ch.isdigit()):
                    continue
                if nxt_ch and nxt_ch.islower():
                    continue
        _add_span(text, start, m.start() if "\n" in m.group(0) else end, spans)
        start = end
    if start < n:
        _add_span(text, start, n, spans)
    return spans


def _add_span(text: str, s: int, e: int, spans: list) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        spans.append((s, e))


_STOP = set("""
a an the and or of in on at to for with by from as is was were be been being are has had have this that
these those it its he she his her him they them their patient pt who which also then than there here
into onto over under after before during while per via s o ap a/p plan assessment
""".split())
_CONTENT_RE = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?|[a-z][a-z0-9\-]*", re.I)


def _content(text: str) -> list[str]:
    out = []
    for t in _CONTENT_RE.findall(text):
        if t[0].isdigit():
            out.append("#" + t.replace(",", ""))
            continue
        t = t.lower()
        if t in _STOP or len(t) < 2:
            continue
        if len(t) > 4 and t.endswith("s") and not t.endswith("ss"):
            t = t[:-1]
        out.append(t)
    return out


def _score(items: set, other: set) -> float:
    return sum(2.0 if x.startswith("#") else 1.0 for x in items & other)


def evidence(note: str, summary: str, max_spans: int = 2, min_overlap: float = 2.0,
             min_fraction: float = 0.2) -> list[dict]:
    """Supporting note sentences for each summary sentence, as character offsets.

    Returns one dict per summary sentence, in order: {"sentence": [s, e], "spans": [[ns, ne], ...]}
    where summary[s:e] is the sentence and each note[ns:ne] is a whole note sentence (see
    `split_sentences`). Spans are the note sentences sharing the most content words and numbers
    with the summary sentence (numbers count double; stop words ignored; "150,000" == "150000"):
    the best one if its overlap is >= max(min_overlap, min_fraction * the summary sentence's
    weight), plus a second one (up to `max_spans`) that also passes and covers something the
    first does not. No span passes -> "spans": []. Spans are listed in note order.

    Evidence is metadata for its own field (e.g. the SFT `evidence` column as JSON); it is never
    part of the summary text.
    """
    note_spans = split_sentences(note or "")
    note_items = [set(_content(note[s:e])) for s, e in note_spans]
    out = []
    for s, e in split_sentences(summary or ""):
        items = set(_content(summary[s:e]))
        weight = _score(items, items)
        threshold = max(min_overlap, min_fraction * weight)
        ranked = sorted(((_score(items, ni), -i) for i, ni in enumerate(note_items)), reverse=True)
        chosen: list[int] = []
        covered: set = set()
        for sc, neg_i in ranked:
            i = -neg_i
            if sc < threshold or len(chosen) >= max_spans:
                break
            gain = (items & note_items[i]) - covered
            if chosen and not gain:
                continue
            chosen.append(i)
            covered |= items & note_items[i]
        out.append({"sentence": [s, e], "spans": [list(note_spans[i]) for i in sorted(chosen)]})
    return out
