"""Medication checks: a drug the note lacks (or a drug-shaped word no dictionary knows), and a
drug's dose, unit, route and frequency against the note's statements about that drug."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from medllm.grounding.checker.text import _GENERIC, _SENT_END
from medllm.grounding.checker.units import _UNIT_ATOMS, _freq_ok, _thousandfold
from medllm.grounding.checker.vocab import _term_type
from medllm.grounding.checker.cues import _NARROW_STOP, _SUMMARY_ROLES
from medllm.grounding.checker.drugs import (
    _CLINICAL_HEADS_AFTER_DRUG, _DRUG_GENERIC_WORDS, _DRUG_SKIP, _DRUG_STEMS, _NOT_DRUG_SHAPED,
    _drug_synonyms, _is_drug_class,
)
from medllm.grounding.checker.doc import _Doc
from medllm.grounding.checker.rules_base import _FinderBase
from medllm.grounding.checker.paraphrase import freq_is_rate, plain_word, rate_restated


class _DrugRules(_FinderBase):
    """medication, dosage, unit, route and frequency flags; the drug windows the context checks
    (and medllm.grounding.scores) also read."""

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
                if q is not None and q.i == j and _DrugRules._before_drug(d, q.j):
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
                     and t not in _UNIT_ATOMS and not t.endswith(("ed", "ing", "ly")) and _term_type(t) is None
                    and not plain_word(t))
            shaped = len(t) >= 7 and t.endswith(_DRUG_STEMS) and _term_type(t) is None
            if not (dosed or shaped) or self.misspelt_note_drug(t):
                continue
            # "thiazide" for the note's hydrochlorothiazide: the drug's class by its stem
            if shaped and any(n.endswith(t) for n in note.drug_names):
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
                if same_num and rate_restated(self.note, q):
                    pass  # "no more than 4 g daily" for "max 4 g/day"
                elif same_num:
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
                bad = not _freq_ok(code, pool) and not freq_is_rate(self.note, s, fi)
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
            if not _freq_ok(code, self.note.freq_codes) and not freq_is_rate(self.note, s, fi):
                self.add(cs, "frequency", s.tok_snip(fi, fj))
