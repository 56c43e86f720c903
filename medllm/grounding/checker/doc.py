"""The analysed text (`_Doc`): one note or summary normalised and tokenised, with its drug
mentions, frequency and route spans, numbers with units, dates, lab/vital names and their values,
negation scopes, sides and clinical concepts; `_doc` caches the analysis per text."""

from __future__ import annotations

import bisect
from functools import lru_cache

from medllm.grounding.checker.text import (
    STOP, _MONTHS, _RE_MONTH_DATE, _RE_TOK, _SENT_END, _date_key, _fmt, _lemma, _norm_suffix, _normalize,
)
from medllm.grounding.checker.units import (
    _DENOMS, _FREQ_PATTERNS, _Q, _ROUTE_PATTERNS, _TIME_PREFIX, _UNIT_ATOMS, _scan_spans,
)
from medllm.grounding.checker.vocab import (
    _ABBR, _ABBR_SEQ, _ALIASES, _ALIAS_FIRST, _HYPERNYM, _SIDES, _SIDE_GENERIC, _SINGLE_LETTER_ALIASES, _SYN,
)
from medllm.grounding.checker.cues import (
    _AFFIRM_AFTER, _AFFIRM_BEFORE, _AUX, _BE, _DET, _NEG_POST, _NEG_PRE, _NEG_PRE_NEXT, _NEG_SKIP_WORDS,
    _NEG_TERM, _NOT_POST, _PREPS,
)
from medllm.grounding.checker.drugs import _drug_lookup


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
                elif ((nxt.endswith("ed") and len(nxt) > 4) or nxt in _NOT_POST) and i > 0 and kinds[i - 1] == "word":
                    post = not_post = True  # "cholangiogram not performed"
            if t == "no" and nxt == "longer":
                pre = False
            if t == "none" and prev == ":" and i > 1 and kinds[i - 2] == "word":
                pre, post = False, True  # "Alcohol use: none"
            if (t in ("ruled", "ruling", "rules") and nxt == "out") or t in ("excluded", "excluding", "excludes"):
                # "ruled out ACS", "MRI excluded osteomyelitis" / "ACS ruled out", "SBP excluded by tap"
                k = i + 2 if nxt == "out" else i + 1
                ahead = k < n and kinds[k] == "word" and toks[k] not in STOP
                if t == "excluded" and prev in _BE or not ahead:
                    pre, post = False, i > 0 and kinds[i - 1] == "word" and t != "excluding"
                else:
                    pre = True
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
                if j >= 0 and (toks[j] == "," or (toks[j] == ":" and t == "none")) and not not_post:
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


@lru_cache(maxsize=256)
def _doc(text: str) -> _Doc:
    return _Doc(text)
