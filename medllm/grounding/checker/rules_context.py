"""Context checks: a fact in another role than the note's (planned stated as done, inpatient as
home, a dosed drug as a lab, past history as this visit's diagnosis, a result put to another
source, a status stated the other way) and social or source claims the note does not make.
check_context also runs the symptom and subtype checks (rules_findings), as it always has."""

from __future__ import annotations

from medllm.grounding.checker.text import STOP, _GENERIC, _norm_suffix
from medllm.grounding.checker.vocab import _ANATOMY, _term_type
from medllm.grounding.checker.cues import (
    _ALLERGY_WORDS, _BE, _DIAG_PHRASE_END, _DONE_AFTER, _FLIP_NEEDS_OBJECT, _HISTORY_ROLES, _INDICATION_ROLES,
    _LAB_SOURCES, _NEG_PRE, _NOTE_DRUG_ROLES, _NOTE_ROLES, _RELATIVES, _REPORTED, _RESIDENCE, _ROLE_ALLERGY,
    _ROLE_DISCHARGE, _ROLE_DONE, _ROLE_HOME, _ROLE_INPATIENT, _ROLE_LABS, _ROLE_PLAN, _ROLE_POSTOP,
    _ROLE_STOP, _SHOWED, _SOCIAL_WORDS, _STATUS_FLIPS, _STOP_AFTER, _SUMMARY_ROLES, _TEST_SOURCES,
    _VISIT_THINGS,
)
from medllm.grounding.checker.doc import _Doc
from medllm.grounding.checker.rules_drugs import _DrugRules
from medllm.grounding.checker.rules_findings import _FindingRules


class _ContextRules(_DrugRules, _FindingRules):
    """context and other flags; also procedure (a planned procedure stated as done), lab_value (a lab
    put to a test that did not give it) and negation ("febrile" for "afebrile"). Builds on the drug
    rules (a drug's note equivalent and window); check_context runs the symptom and subtype checks."""

    # ---------------- social and source claims, status flips, result sources
    def check_other(self):
        """Social and source claims the note does not make: an address placeholder used as where the
        patient was seen or as a medication, a living situation the note never names ("homebound"),
        and a relative reporting what the note has no relative report."""
        s, note = self.s, self.note
        for i in range(1, s.n - 1):
            if s.toks[i] == "address" and s.toks[i - 1] == "[" and s.toks[i + 1] == "]":
                before = {s.toks[x] for x in range(max(0, i - 4), i - 1) if s.sent[x] == s.sent[i]}
                if not before & _RESIDENCE and any(
                        note.toks[x] == "address" and x > 0 and note.toks[x - 1] == "[" and
                        {note.toks[y] for y in range(max(0, x - 4), x - 1)} & _RESIDENCE for x in range(note.n)):
                    lo = max(0, i - 3) if s.sent[max(0, i - 3)] == s.sent[i] else i - 1
                    self.add(s.starts[lo], "other", s.tok_snip(lo, i + 2))
        for i in range(s.n):
            t = s.toks[i]
            if t in _SOCIAL_WORDS and t not in note.tok_set and s.lem[i] not in note.lem_pos and not s.neg[i]:
                self.add(s.starts[i], "other", s.tok_snip(i, i + 1))
            if s.lem[i] in _RELATIVES:
                verb = next((x for x in range(i + 1, min(s.n, i + 3)) if s.toks[x] in _REPORTED), None)
                if verb is not None and not any(
                        note.lem[x] in _RELATIVES and (
                            any(note.toks[y] in _REPORTED for y in range(x + 1, min(note.n, x + 4)))
                            or (x > 0 and note.toks[x - 1] in ("per", "by"))
                            or (x > 1 and note.toks[x - 2] in ("per", "by")))
                        for x in range(note.n)):
                    self.add(s.starts[i], "other", s.tok_snip(i, verb + 1))

    def check_flips(self):
        """A status or direction the note states the other way: "febrile" for "afebrile", "current
        smoker" for "former smoker", "increased" for "decreased" of the same thing, "from 80 to 40"
        for "from 40 to 80"."""
        s, note = self.s, self.note

        def objects(d: _Doc, i: int) -> set:
            return {d.lem[x] for x in range(max(0, i - 3), min(d.n, i + 4)) if x != i and d.sent[x] == d.sent[i]
                    and d.kinds[x] == "word" and d.lem[x] not in _GENERIC and d.toks[x] not in _STATUS_FLIPS}

        for i in range(s.n):
            t = s.toks[i]
            other = _STATUS_FLIPS.get(t)
            if other is None or t in note.tok_set or other not in note.tok_set or s.neg[i]:
                continue
            if t == "febrile" and (any(not note.neg[x] for x in note.lem_pos.get("fever", []))
                                   or (i + 1 < s.n and _term_type(s.lem[i + 1]))):
                continue  # "febrile neutropenia", or the note affirms fever elsewhere
            if t in _FLIP_NEEDS_OBJECT or t.endswith("smoker"):
                obj = objects(s, i)
                if not any(obj & objects(note, x) for x in range(note.n) if note.toks[x] == other):
                    continue
            two = t in _FLIP_NEEDS_OBJECT and i + 1 < s.n and s.kinds[i + 1] == "word"
            self.add(s.starts[i], "negation" if t == "febrile" else "context", s.tok_snip(i, i + 2 if two else i + 1))

        def from_to(d: _Doc) -> list[tuple[int, tuple, tuple]]:
            out = []
            for q in d.qs:
                if q.i > 0 and d.toks[q.i - 1] == "from" and q.j + 1 < d.n and d.toks[q.j] == "to":
                    q2 = d.q_at.get(q.j + 1)
                    if q2 is not None and q2.i == q.j + 1:
                        out.append((q.i - 1, q.nums, q2.nums, q2.j))
            return out

        note_pairs = {(a, b) for _i, a, b, _j in from_to(note)}
        for i, a, b, j in from_to(s):
            if (a, b) not in note_pairs and (b, a) in note_pairs:
                self.add(s.starts[i], "context", s.tok_snip(i, j))

    def check_result_sources(self):
        """"Blood cultures showed ANC 300/uL" (a lab put to a test that did not give it), "Labs showed
        left-sided colitis" (a test's or the exam's finding put to the labs): the source before
        "showed" must be the note's source of that result."""
        s, note = self.s, self.note

        def source(d: _Doc, lo: int, hi: int) -> str | None:
            kinds = set()
            for x in range(lo, hi):
                lm = d.lem[x]
                if lm in _LAB_SOURCES:
                    kinds.add("lab")
                elif lm in _TEST_SOURCES or _term_type(_norm_suffix(lm)) == "procedure":
                    kinds.add("test")
            return "lab" if kinds == {"lab"} else ("test" if kinds == {"test"} else None)

        for i in range(s.n):
            if s.toks[i] not in _SHOWED:
                continue
            lo = i
            while lo > 0 and i - lo < 4 and s.sent[lo - 1] == s.sent[i] and s.kinds[lo - 1] == "word" \
                    and s.toks[lo - 1] not in STOP and _SUMMARY_ROLES.get(s.toks[lo - 1]) != _ROLE_DONE:
                lo -= 1
            src = source(s, lo, i)
            if src is None:
                continue
            hi = i + 1
            while hi < s.n and s.sent[hi] == s.sent[i] and s.toks[hi] not in (";", "and") and hi - i <= 10:
                hi += 1
            labs = [k for k, (a, _b, _c, kind) in enumerate(s.alias_spans) if i < a < hi and kind == "lab_value"]
            if src == "test" and labs:
                a, b, canon, _kd = s.alias_spans[labs[0]]
                q = s.q_at.get(b)
                # does the note give this lab in a sentence with this test, or as a lab?
                srcs = {source(note, *self.sent_span(note, na)) for na, _nb, nc, _k in note.alias_spans
                        if nc == canon}
                if srcs and "test" not in srcs and None not in srcs:
                    self.add(s.starts[lo], "lab_value", s.tok_snip(lo, q.j if q is not None and q.i == b else b))
            elif src == "lab" and not labs:
                terms = [x for x in range(i + 1, hi) if s.kinds[x] == "word"
                         and _term_type(_norm_suffix(s.lem[x])) == "diagnosis" and s.lem[x] not in _ANATOMY]
                if not terms or s.lem[terms[0]] not in note.lem_pos:
                    continue
                srcs = {source(note, *self.sent_span(note, x)) for x in note.lem_pos[s.lem[terms[0]]]}
                if srcs == {"test"}:
                    self.add(s.starts[lo], "context", s.tok_snip(lo, terms[0] + 1))

    # ---------------- context: planned vs done, which medication list
    @staticmethod
    def qualifiers(d: _Doc, b: int) -> set:
        """The words and numbers right after a drug mention ending at b ("cycle 6", "200 mg")."""
        out = set()
        t = b
        while t < d.n and len(out) < 3 and d.sent[t] == d.sent[b - 1] and d.kinds[t] != "p" and t not in d.drug_at:
            if d.toks[t] in _NOTE_ROLES or d.toks[t] in _SUMMARY_ROLES or d.toks[t] in _DONE_AFTER:
                break  # "metformin discontinued": a verb, not the drug's own qualifier
            if d.toks[t] not in STOP:
                out.add(d.toks[t])
            t += 1
        return out

    def matching_mentions(self, b: int, mentions: list[tuple[int, int]]) -> list[int]:
        """The note's mentions of a drug that share most of the summary mention's qualifiers ("hold
        pembrolizumab cycle 6" for "treated with pembrolizumab cycle 6", not "on pembrolizumab
        200 mg"), or all of them when none shares one."""
        sq = self.qualifiers(self.s, b)
        if not sq or not mentions:
            return [na for na, _nb in mentions]
        scored = [(len(sq & self.qualifiers(self.note, nb)), na) for na, nb in mentions]
        top = max(sc for sc, _na in scored)
        return [na for sc, na in scored if sc == top or top == 0]

    def check_context(self):
        """A fact put in another role than the note's: a planned, recommended or held drug or
        procedure stated as done; an ED/inpatient/new drug stated as a home or discharge
        medication; a drug with its dose listed among labs or vitals; a drug the note names only
        as an allergy stated as given or taken."""
        s, note = self.s, self.note
        flagged: set[int] = set()
        for k, (a, b, names) in enumerate(s.drugs):
            if any(s.neg[t] for t in range(a, b)):
                continue
            eq = self.note_equivalent(s, a, b, names)
            if not eq:
                continue
            pos = self.matching_mentions(b, [(na, nb) for na, nb, nn in note.drugs if nn & eq])
            if not pos:
                continue
            roles = self.note_roles(pos, drug=True)
            role, at = self.summary_role(a)
            end = b
            # "X 40 mg IV was started": the verb after the drug's dose, route and frequency
            for t in range(b, min(s.n, b + 12)):
                if s.sent[t] != s.sent[a] or (t in s.drug_at and s.drug_at[t] != k) or s.toks[t] in (",", ";"):
                    break
                if s.toks[t] in _DONE_AFTER and s.toks[t - 1] in _BE:
                    # "is to be started", "will be given": still planned
                    if role != _ROLE_PLAN and s.toks[t - 2] not in ("to", "will", "would", "should", "may",
                                                                      "might", "can", "could"):
                        role, at, end = _ROLE_DONE, a, t + 1
                    break
                if s.toks[t] in _STOP_AFTER and s.toks[t - 1] in _BE:
                    role, at, end = _ROLE_STOP, a, t + 1
                    break
            if roles == {_ROLE_ALLERGY}:
                # the note names the drug only as an allergy: the summary gives, prescribes or lists
                # it ("He has been given codeine" where "Allergies: codeine") without an allergy word
                # near it ("allergic to codeine", "codeine allergy")
                bad = not any(s.toks[t] in _ALLERGY_WORDS for t in range(max(0, a - 6), min(s.n, b + 3))
                              if s.sent[t] == s.sent[a])
            elif role == _ROLE_LABS:
                q = s.q_at.get(b)
                bad = q is not None and q.is_dose
                end = q.j if bad else b
            elif role == _ROLE_DONE:
                bad = bool(roles) and roles <= {_ROLE_PLAN, _ROLE_STOP}
            elif role == _ROLE_STOP:
                # "holds ticagrelor" where the note holds metoprolol: it names which drug stops (the
                # stop verb right before the drug or its list, not "held for X and ticagrelor ...")
                between = range(at + 1, a) if at < a else range(0)
                listed = all(t in s.drug_at or t in s.q_at or t in s.in_route or t in s.in_freq
                             or s.toks[t] in (",", "and", "or") or s.toks[t] in STOP for t in between)
                bad = listed and _ROLE_STOP not in roles and any(
                    self.role_before(note, na, _NOTE_DRUG_ROLES)[0] == _ROLE_STOP for na, _nb, _nn in note.drugs)
            elif role == _ROLE_DISCHARGE:
                bad = bool(roles) and roles <= {_ROLE_INPATIENT, _ROLE_DONE, _ROLE_PLAN}
            elif role == _ROLE_HOME:
                bad = bool(roles) and roles <= {_ROLE_INPATIENT, _ROLE_DONE, _ROLE_PLAN, _ROLE_POSTOP}
            else:
                bad = False
            if bad:
                lo = at if 0 <= at < a and a - at <= 12 else a
                if end == b:  # the drug with its dose, route and frequency
                    after, _before = self.window(s, k, narrow=True)
                    while after and s.kinds[after[-1]] == "p":
                        after.pop()
                    end = max(b, after[-1] + 1) if after else b
                self.add(s.starts[lo], "context", s.tok_snip(lo, end))
                flagged.update(range(a, b))
        # "diagnosed with hemiarthroplasty" (a procedure), "diagnosed with gout" (past history)
        for i in range(s.n):
            if s.toks[i] != "diagnosed" or s.neg[i]:
                continue
            phrase = []
            j = i + 1
            while j < s.n and j <= i + 8 and s.sent[j] == s.sent[i]:
                t = s.toks[j]
                if (s.kinds[j] == "p" and t != "-") or t in _DIAG_PHRASE_END:
                    break
                if s.kinds[j] == "word" and t not in STOP and t not in ("as",):
                    phrase.append(j)
                j += 1
            if not phrase:
                continue
            # the head, not a complement ("acute rejection of a kidney transplant")
            head = [x for x in phrase if not any(s.toks[y] == "of" for y in range(i, x))]
            proc = [x for x in head if _term_type(_norm_suffix(s.lem[x])) == "procedure" and x not in s.drug_at]
            if proc and not any(_term_type(_norm_suffix(s.lem[x])) == "diagnosis" and s.lem[x] not in _ANATOMY
                                for x in phrase if x < proc[0]):
                self.add(s.starts[i], "context", s.tok_snip(i, proc[0] + 1))
                continue
            lems = {s.lem[x] for x in phrase if s.lem[x] in note.lem_pos and s.lem[x] not in _GENERIC}
            if lems and self.best_note_roles(lems, _HISTORY_ROLES) == {"history"}:
                self.add(s.starts[i], "context", s.tok_snip(i, phrase[-1] + 1))
                continue
            # "diagnosed with osteoarthritis after knee arthroplasty": the note's indication for that
            # procedure, so known before it
            if lems and j < s.n and s.toks[j] in ("after", "following"):
                k = j + 1
                while k < s.n and k <= j + 6 and s.sent[k] == s.sent[j] and s.kinds[k] == "word" \
                        and _term_type(_norm_suffix(s.lem[k])) != "procedure":
                    k += 1
                if k < s.n and s.sent[k] == s.sent[j] and s.kinds[k] == "word" \
                        and _term_type(_norm_suffix(s.lem[k])) == "procedure" \
                        and self.best_note_roles(lems, _INDICATION_ROLES) == {"indication"}:
                    self.add(s.starts[i], "context", s.tok_snip(i, k + 1))
        self.check_result_sources()
        self.check_flips()
        self.check_other()
        self.check_symptoms()
        self.check_subtypes()
        # "home labs", "home examination", "homecare": what was done at this visit put at home
        for i in range(s.n):
            t = s.toks[i]
            if t in ("homecare", "home-care"):
                what, end = "care", i + 1
            elif t == "home" and i + 1 < s.n and s.lem[i + 1] in _VISIT_THINGS:
                what, end = s.lem[i + 1], i + 2
            else:
                continue
            if not any(note.toks[x] in ("homecare", "home-care") or (
                    note.toks[x] == "home" and x + 1 < note.n and note.lem[x + 1] == what) for x in range(note.n)):
                self.add(s.starts[i], "context", s.tok_snip(i, end))
        # procedures (and treatments) the summary says were done that the note only plans:
        # "underwent X", "after X", and "X showed ..." (a result of X)
        for i in range(s.n):
            if s.kinds[i] == "word" and i > 0 and (s.toks[i] in _SHOWED or (
                    s.toks[i] in ("performed", "done", "completed") and s.toks[i - 1] in _BE)):
                lo = i - 1 if s.toks[i - 1] in _BE else i
                while lo > 0 and i - lo < 4 and s.sent[lo - 1] == s.sent[i] and s.kinds[lo - 1] == "word" \
                        and s.toks[lo - 1] not in STOP and s.toks[lo - 1] not in _SUMMARY_ROLES:
                    lo -= 1
                ent = [j for j in range(lo, i) if s.toks[j] not in _BE]
                ent = [j for j in ent if s.lem[j] not in _GENERIC and j not in s.alias_at
                       and s.lem[j] not in _LAB_SOURCES and j not in flagged]
                lems = {s.lem[j] for j in ent if s.lem[j] in note.lem_pos and j not in s.drug_at}
                if lems and self.summary_role(lo)[0] != _ROLE_PLAN \
                        and self.best_note_roles(lems, _NOTE_ROLES, self_role=True) == {_ROLE_PLAN}:
                    self.add(s.starts[lo], "procedure", s.tok_snip(lo, i + 1))
                continue
            if s.kinds[i] != "word" or (_SUMMARY_ROLES.get(s.toks[i]) != _ROLE_DONE and s.toks[i] != "after") \
                    or i + 1 >= s.n or self.summary_role(i + 1)[0] == _ROLE_PLAN:  # nothing follows the last word
                continue
            ent = []
            j = i + 1
            while j < s.n and j <= i + 7 and s.sent[j] == s.sent[i]:
                t = s.toks[j]
                if s.kinds[j] == "p" and t != "-" or s.kinds[j] == "num" or t in ("and", "for", "after", "to", "at"):
                    break
                if t in _NEG_PRE or j in flagged:
                    ent = []
                    break
                if s.kinds[j] == "word" and s.lem[j] not in _GENERIC and len(t) >= 2 and j not in s.alias_at:
                    ent.append(j)  # a drug's own role is judged above, with the note's drug roles
                j += 1
            if not ent:
                continue
            lems = {s.lem[j] for j in ent if s.lem[j] in note.lem_pos and j not in s.drug_at}
            if not lems:
                continue
            # the note's sentences naming most of it ("flexible sigmoidoscopy with biopsies" is the
            # recommended one, not the "flexible sigmoidoscopy: colitis" already done) decide its role
            if self.best_note_roles(lems, _NOTE_ROLES) == {_ROLE_PLAN}:
                self.add(s.starts[i], "procedure", s.tok_snip(i, ent[-1] + 1))
