"""Value checks: lab and vital values against the note's values for that name, durations and
their roles (stay, age, follow-up), hospital days, dates, and every other number."""

from __future__ import annotations

from medllm.grounding.checker.text import _GENERIC, _date_match, _fmt, _norm_suffix
from medllm.grounding.checker.units import _Q
from medllm.grounding.checker.vocab import _SYMPTOM_GROUPS_L, _term_type
from medllm.grounding.checker.cues import (
    _FOLLOWUP_STEMS, _LAB_SOURCES, _LIST_HEADINGS, _TEST_SOURCES, _TIME_ROLE_AFTER, _TIME_ROLE_BEFORE,
)
from medllm.grounding.checker.doc import _Doc
from medllm.grounding.checker.rules_base import _FinderBase
from medllm.grounding.checker.paraphrase import alt_abbr_meant, approx_value, followup_interval, rate_restated


class _ValueRules(_FinderBase):
    """lab_value, vital_sign, temporal and number flags (and unit, dosage or context for a number
    the note gives with another unit, to a drug, or to a lab or vital)."""

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
            if alt_abbr_meant(note, s, a):
                continue  # "SBP" where the note spells spontaneous bacterial peritonitis
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
                if not ok and not approx_value(s, q, nv):
                    self.add(q.start, "unit" if unit_diff else kind, s.tok_snip(a, q.j))

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
        if not nr or sr in nr or (nr == {"followup"} and followup_interval(self.s, q)):
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
            if rate_restated(note, q):
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
