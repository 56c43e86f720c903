"""Finding checks: laterality, negation (flipped or invented), diagnosis and procedure terms with
their sites and qualifiers, symptoms the note never names, and grades, stages and subtypes."""

from __future__ import annotations

from medllm.grounding.checker.text import STOP, _norm_suffix
from medllm.grounding.checker.vocab import (
    _ANATOMY, _DIAG_PHRASE_SEQ, _LETTERED, _MOD_GROUPS, _MOD_OF, _NOT_HEADS, _PROC_PHRASE_SEQ,
    _ROMAN_OR_LETTER, _SIDES, _SUBTYPE_WORDS, _SYMPTOMS, _SYMPTOM_GROUP, _term_type,
)
from medllm.grounding.checker.cues import (
    _AUX, _BE, _GENERIC_RESULTS, _INVENTED_NEG_SKIP, _LAB_SOURCES, _NEG_HEAD_SYNONYMS, _NEG_POST, _NEG_PRE,
    _NEG_SKIP_WORDS, _NORMAL_WORDS, _TEST_SOURCES,
)
from medllm.grounding.checker.doc import _Doc
from medllm.grounding.checker.morphology import note_forms
from medllm.grounding.checker.paraphrase import (
    alt_abbr_meant, denied_cause, hypothetical, neg_key, neg_status_word, neg_synonym_in_note, negated_expansion, negated_modifier,
    negative_form_in_note, note_implies, note_occ_by_key, phrase_implied, result_negation, scope_context,
    result_of_undone_test, site_part_near,
)
from medllm.grounding.checker.rules_base import _FinderBase


class _FindingRules(_FinderBase):
    """laterality, negation, diagnosis and procedure flags."""

    # ---------------- laterality
    def check_sides(self):
        s, note = self.s, self.note
        for (i, side, targets, ctx) in s.side_mentions:
            best = -1
            best_sides: set = set()
            for (_ni, nside, ntargets, nctx) in note.side_mentions:
                ov = len(targets & ntargets)
                if not ov:
                    continue
                score = 10 * ov + len(ctx & nctx)
                if score > best:
                    best, best_sides = score, {nside}
                elif score == best:
                    best_sides.add(nside)
            if best < 0:
                continue
            if side in best_sides or (side == "bilateral" and {"left", "right"} <= best_sides):
                continue
            j = i + 1
            while j < s.n and j <= i + 4 and s.kinds[j] == "word" and s.toks[j] not in STOP:
                j += 1
            self.add(s.starts[i], "laterality", s.tok_snip(i, j))

    # ---------------- negation
    def check_negation(self):
        s, note = self.s, self.note
        flagged_at: list[int] = []
        note_occ = note_occ_by_key(note)
        for w, occs in s.occ.items():
            nocc = note_occ.get(neg_key(w))
            if not nocc:
                continue
            # a test's negative result is no denial of the test
            npol = {x: 0 if result_negation(note, x) else note.neg[x] for x in nocc if note.neg[x] != 2}
            nhyp = {x: hypothetical(note, x) for x in npol}
            if not npol:
                continue
            for i in occs:
                # a condition or return precaution is compared with the note's conditions only
                hyp = hypothetical(s, i)
                nocc = [x for x in npol if nhyp[x] == hyp]
                if not nocc:
                    continue
                p = s.neg[i]
                if p == 2 or self.negation_restated(i, w):
                    continue
                if not p and not any(npol[x] for x in nocc):
                    continue
                ctx = scope_context(s, i)
                best = -1
                best_pol: set = set()
                for x in nocc:
                    sc = len(ctx & note.context(x))
                    if sc > best:
                        best, best_pol = sc, {npol[x]}
                    elif sc == best:
                        best_pol.add(npol[x])
                if p in best_pol:
                    continue
                # an affirmed word against a negated note mention: only when the summary asserts it
                # ("reports nausea", "nausea was present") or both talk about the same thing
                if not p and best <= 0 and not s.asserted(i):
                    continue
                if any(abs(i - f) <= 4 for f in flagged_at):
                    continue
                flagged_at.append(i)
                a = s.trig_of[i] if p and s.trig_of[i] >= 0 else max(0, i - 2)
                a = min(a, i)
                b = min(s.n, i + 3)
                while a < i and (s.kinds[a] == "p" or s.sent[a] != s.sent[i]):
                    a += 1
                while b > i + 1 and (s.kinds[b - 1] == "p" or s.sent[b - 1] != s.sent[i]):
                    b -= 1
                self.add(s.starts[i], "negation", s.tok_snip(a, b))
        for i in range(s.n):
            if negated_expansion(note, s, i) and not any(abs(i - f) <= 4 for f in flagged_at):
                self.add(s.starts[i], "negation", s.tok_snip(max(0, i - 1), i + 1))
            elif result_of_undone_test(note, s, i):
                self.add(s.starts[i], "procedure", s.tok_snip(i, s.trig_of[i] + 1))
            elif denied_cause(note, s, i):
                self.add(s.starts[i], "diagnosis", s.tok_snip(i, i + 1))

    def negation_restated(self, i: int, w: str) -> bool:
        """A summary mention whose polarity says nothing against the note: a negated compound's
        modifier ("no eye patch"), a test's negative result, or a denial the note states with a
        negative adjective ("no fever" for "afebrile")."""
        s = self.s
        if s.neg[i] != 1:
            return False
        return negated_modifier(s, i) or result_negation(s, i) or negative_form_in_note(self.note, w) \
            or neg_status_word(s, i)

    def check_invented_negatives(self):
        """"No contraindications", "denies alcohol use" where the note never mentions the thing
        denied: the first content word a negation governs must be in the note (as written, as a
        synonym or as an abbreviation's expansion)."""
        s, note = self.s, self.note
        seen_trig: set[int] = set()
        for i in range(s.n):
            trig = s.trig_of[i]
            if s.neg[i] != 1 or trig < 0 or trig in seen_trig or s.kinds[i] != "word" or i in s.drug_at:
                continue
            t, lm = s.toks[i], s.lem[i]
            if lm in _NEG_SKIP_WORDS or t in _NEG_SKIP_WORDS or t in _NEG_PRE or t in _NEG_POST or len(t) < 4 \
                    or t in _INVENTED_NEG_SKIP or i in s.alias_at or neg_status_word(s, i):
                continue
            seen_trig.add(trig)  # only the head of each negated phrase
            if trig > i or s.toks[trig].startswith("avoid"):
                continue  # "avoid X" is advice, not a denied finding  # "X was absent": X comes before its trigger, judged by check_negation
            if lm in note.lem_pos or t in note.tok_set or _norm_suffix(lm) in note.cset or i in self.done_tok:
                continue
            stem = t[:max(4, len(t) - 3)]  # "not drive" for "no driving"
            if any(w.startswith(stem) for w in note.tok_set):
                continue
            if any(w in note.tok_set or w in note.lem_pos for w in _NEG_HEAD_SYNONYMS.get(lm, ())):
                continue
            if neg_synonym_in_note(note, s, i) or hypothetical(s, i):
                continue
            a, b = min(trig, i), i + 1
            self.add(s.starts[a], "negation", s.tok_snip(a, b))
        # "Vision was normal": a normal finding about something the note never examines
        for i in range(2, s.n):
            if s.toks[i] not in _NORMAL_WORDS or s.toks[i - 1] not in _BE:
                continue
            x = i - 2
            t, lm = s.toks[x], s.lem[x]
            if s.kinds[x] != "word" or t in STOP or lm in _NEG_SKIP_WORDS or len(t) < 4 or x in s.alias_at \
                    or lm in _LAB_SOURCES or lm in _TEST_SOURCES or x in s.drug_at or lm in _GENERIC_RESULTS:
                continue
            stem = t[:max(4, len(t) - 3)]
            if lm in note.lem_pos or _norm_suffix(lm) in note.cset or any(w.startswith(stem) for w in note.tok_set):
                continue
            self.add(s.starts[x], "negation", s.tok_snip(x, i + 1))

    # ---------------- diagnosis / procedure terms
    def check_terms(self):
        s, note = self.s, self.note
        covered: set[int] = set()
        for plist, typ in ((_DIAG_PHRASE_SEQ, "diagnosis"), (_PROC_PHRASE_SEQ, "procedure")):
            for phrase in plist:
                ps = " " + " ".join(phrase) + " "
                start = 0
                while True:
                    k = s.cstr.find(ps, start)
                    if k < 0:
                        break
                    start = k + 1
                    # token position: count words before k
                    wi = s.cstr.count(" ", 0, k)
                    toks = set(s.cpos[wi: wi + len(phrase)])
                    if ps in note.cstr or phrase_implied(note, phrase):
                        covered |= toks
                        continue
                    if toks & covered:
                        continue
                    covered |= toks
                    a, b = min(toks), max(toks) + 1
                    self.add(s.starts[a], typ, s.tok_snip(a, b))
        for ci, w in enumerate(s.cseq):
            i = s.cpos[ci]
            if i in covered or i in s.drug_at or i in s.alias_at or s.kinds[i] != "word":
                continue
            typ = _term_type(w)
            if not typ:
                continue
            if w in note.cset or note_implies(note, w) or alt_abbr_meant(note, s, i):
                continue
            if any(f in note.cset or f in note.tok_set for f in note_forms(w)):
                continue  # "myalgia" for the note's "myalgias", "reticulocytosis" for its "reticulocytes 9%"
            # "non-ischemic ECG" for "no ST elevation": a negated qualifier claims no diagnosis
            if s.toks[i].startswith("non-"):
                continue
            # "first metatarsal joint" for "first metatarsophalangeal joint": the short form of a
            # compound anatomical word the note writes out
            if len(w) >= 8 and any(len(x) > len(w) and x.startswith(w[:-2]) for x in note.tok_set):
                continue
            covered.add(i)
            self.add(s.starts[i], typ, s.tok_snip(i, i + 1))
        self.check_sites(covered)
        # conflicting qualifiers: "open cholecystectomy" when the note says "laparoscopic cholecystectomy"
        for i in range(s.n):
            gi = _MOD_OF.get(s.toks[i])
            if gi is None:
                continue
            head = None
            j = i + 1
            while j < s.n and j <= i + 3:
                if s.kinds[j] != "word":
                    break
                if s.toks[j] in _SIDES or s.toks[j] in _MOD_OF:
                    j += 1
                    continue
                if s.toks[j] not in STOP:
                    head = j
                break
            if head is None:
                continue
            hl = s.lem[head]
            mods_note = set()
            for x in range(note.n):
                if note.lem[x] != hl:
                    continue
                for y in range(max(0, x - 4), x):
                    if _MOD_OF.get(note.toks[y]) == gi:
                        mods_note.add(note.toks[y])
            if mods_note and s.toks[i] not in mods_note:
                self.add(s.starts[i], _MOD_GROUPS[gi][1], s.tok_snip(i, head + 1))

    def check_sites(self, covered: set) -> None:
        """"distal radius fracture": the site must go with that finding somewhere in the note, not
        merely appear in it ("scaphoid fracture; distal radius intact")."""
        s, note = self.s, self.note
        for i in range(s.n):
            if i in covered or s.kinds[i] != "word":
                continue
            head = _norm_suffix(s.lem[i])
            typ = _term_type(head)
            if not typ or head in _ANATOMY or head not in note.cset or s.toks[i] in _MOD_OF \
                    or head in _NOT_HEADS:
                continue
            site = None
            j = i - 1
            while j >= 0 and j >= i - 3 and s.kinds[j] == "word":
                w = s.toks[j]
                if s.lem[j] in _ANATOMY:
                    site = j
                    break
                if w in STOP or _term_type(_norm_suffix(s.lem[j])) or (w.endswith("ed") and len(w) > 4) \
                        or w in _AUX or w in ("underwent", "undergo", "undergoing"):
                    break
                j -= 1
            if site is None or s.lem[site] not in note.cset:
                continue
            sl = s.lem[site]
            ok = False
            for x in range(note.n):
                if _norm_suffix(note.lem[x]) != head:
                    continue
                if site_part_near(note, sl, x):
                    ok = True
                    break
                for y in range(max(0, x - 15), min(note.n, x + 16)):
                    if note.lem[y] == sl and note.sent[y] == note.sent[x] and not any(
                            note.toks[z] == ";" for z in range(min(x, y), max(x, y))):
                        ok = True
                        break
                if ok:
                    break
            if not ok:
                self.add(s.starts[site], typ, s.tok_snip(site, i + 1))

    def check_subtypes(self):
        """A grade, stage, type or class the note gives that finding another value ("grade 1 colitis"
        for grade 2, "CKD stage 4" for stage 3), and a lettered subtype swapped ("influenza B" for A)."""
        s, note = self.s, self.note

        def values(d: _Doc) -> list[tuple[int, str, str]]:
            out = []
            for i in range(d.n - 1):
                t = d.toks[i]
                if t in _SUBTYPE_WORDS and (d.kinds[i + 1] == "num" or d.toks[i + 1] in _ROMAN_OR_LETTER):
                    out.append((i, t, d.toks[i + 1]))
                elif t in _LETTERED and d.toks[i + 1] in ("a", "b", "c", "d", "e") and d.kinds[i + 1] == "word":
                    out.append((i, t, d.toks[i + 1]))
            return out

        def ctx(d: _Doc, i: int) -> set:
            return {d.lem[x] for x in range(max(0, i - 4), min(d.n, i + 5)) if d.sent[x] == d.sent[i]
                    and d.kinds[x] == "word" and d.lem[x] not in STOP and d.toks[x] not in _SUBTYPE_WORDS
                    and len(d.toks[x]) > 1} | ({d.toks[i]} if d.toks[i] in _LETTERED else set())

        nvals = [(ni, nw, nv) for ni, nw, nv in values(note) if note.neg[ni + 1] != 1]
        for i, w, v in values(s):
            same = [(ni, nv) for ni, nw, nv in nvals if nw == w and ctx(s, i) & ctx(note, ni)]
            if same and all(nv != v for _ni, nv in same):
                self.add(s.starts[i], "diagnosis", s.tok_snip(i, i + 2))

    def check_symptoms(self):
        """A symptom the summary affirms that the note never mentions, in any of its names ("chills",
        "sore throat", "dyspnea" where the note has neither dyspnea nor shortness of breath)."""
        s, note = self.s, self.note
        note_words = set(note.lem) | note.tok_set
        note_text = " " + " ".join(note.lem) + " "
        for i in range(s.n):
            if s.kinds[i] != "word" or s.neg[i]:
                continue
            hit = None
            for names in _SYMPTOMS.get(s.lem[i], ()):
                L = len(names)
                if tuple(s.lem[i:i + L]) == names:
                    hit = names
                    break
            if hit is None:
                continue
            group = _SYMPTOM_GROUP[hit]
            if any((len(n) == 1 and n[0] in note_words) or (" " + " ".join(n) + " ") in note_text for n in group):
                continue
            self.add(s.starts[i], "diagnosis", s.tok_snip(i, i + len(hit)))
