"""Which test found it: "CT showed a central line" where the note's chest X-ray showed it, "renal
ultrasound showed stent placement" where the stent was a procedure, "nails showed septic arthritis"
for a knee aspiration's finding. The note sentence that states most of the finding decides its
source; a summary source that sentence does not name is wrong when that sentence names another
source, or when the note never names the summary's test at all. And causes: "X due to Y" or "X after
taking DRUG" where no note sentence names both."""

from __future__ import annotations

from medllm.grounding.checker.text import _GENERIC, STOP, _norm_suffix
from medllm.grounding.checker.vocab import _ANATOMY, _SIDES, _term_type
from medllm.grounding.checker.cues import _BE, _LAB_SOURCES, _SUMMARY_ROLES, _TEST_SOURCES
from medllm.grounding.checker.doc import _Doc
from medllm.grounding.checker.paraphrase import implied_terms
from medllm.grounding.checker.rules_base import _FinderBase

_FOUND = {"showed", "shows", "show", "revealed", "reveals", "demonstrated", "demonstrates", "confirmed"}
_EXAM = {"exam", "examination", "physical", "inspection", "auscultation", "palpation"}
# a sentence that reports what the test before it found ("Findings included colitis")
# subjects that name no particular source ("Tests showed", "The record showed")
_NO_SOURCE = {"test", "testing", "study", "workup", "evaluation", "assessment", "record", "chart", "documentation",
              "report", "history", "note", "imaging", "investigation", "finding", "result"}
_FINDINGS_WORDS = {"finding", "findings", "result", "results", "impression"}


def _source_kind(d: _Doc, x: int) -> str | None:
    lm = d.lem[x]
    if lm in _LAB_SOURCES:
        return "lab"
    if lm in _EXAM or d.toks[x] in _EXAM:
        return "exam"
    if lm in _TEST_SOURCES or _term_type(_norm_suffix(lm)) == "procedure":
        return "test"
    return None


class _SourceRules(_FinderBase):
    """context / procedure flags for a finding credited to a test that did not give it."""

    def _sent_concepts(self, d: _Doc, lo: int, hi: int) -> set[str]:
        return {w for w, p in zip(d.cseq, d.cpos) if lo <= p < hi and d.kinds[p] == "word"}

    def check_finding_sources(self):
        s, note = self.s, self.note
        for i in range(1, s.n):
            if s.toks[i] not in _FOUND:
                continue
            subj = []
            j = i - 1
            if s.toks[j] in _BE:
                j -= 1
            while j >= 0 and i - j <= 5 and s.sent[j] == s.sent[i] and s.kinds[j] == "word" \
                    and s.toks[j] not in STOP and s.toks[j] not in _SUMMARY_ROLES:
                subj.append(j)
                j -= 1
            kinds = {_source_kind(s, x) for x in subj} - {None}
            if not subj or (kinds and kinds <= {"exam", "lab"}) or any(s.lem[x] in _NO_SOURCE for x in subj):
                continue  # the exam and the labs are judged by check_result_sources
            lo = min(subj)
            fin = []
            k = i + 1
            while k < s.n and s.sent[k] == s.sent[i] and s.toks[k] != ";" and k - i <= 10:
                if s.toks[k] == "and" and len(fin) >= 2:
                    break
                if k in s.alias_at or k in s.drug_at:
                    fin = []
                    break  # a lab value or a drug: the value checks judge those
                if s.kinds[k] == "word" and s.lem[k] not in _GENERIC and s.lem[k] not in _SIDES \
                        and len(s.toks[k]) > 2:
                    fin.append(k)
                k += 1
            lems = {s.lem[x] for x in fin if s.lem[x] in note.lem_pos}
            if lems <= _ANATOMY or (len(lems) < 2 and not any(
                    _term_type(_norm_suffix(lm)) == "diagnosis" for lm in lems)):
                continue  # one word names a finding only when it is a diagnosis term ("hydronephrosis")
            by_sent: dict[int, set] = {}
            for lm in lems:
                for x in note.lem_pos[lm]:
                    by_sent.setdefault(note.sent[x], set()).add(lm)
            best = max(len(v) for v in by_sent.values())
            if best < min(2, len(lems)) or best < 0.6 * len(lems):
                continue
            src = self._sent_concepts(s, lo, i) - _GENERIC
            ok = False
            other: set = set()
            for si, v in by_sent.items():
                if len(v) != best:
                    continue
                a, b = self.sent_span(note, min(x for lm in v for x in note.lem_pos[lm] if note.sent[x] == si))
                spans = [(a, b)]
                if any(note.lem[x] in _FINDINGS_WORDS for x in range(a, b)):
                    # "Procedure: sigmoidoscopy. Findings included colitis": the test a few sentences up
                    x = a - 1
                    while x >= 0 and note.sent[x] >= note.sent[a] - 3:
                        if _source_kind(note, x) == "test":
                            spans.append(self.sent_span(note, x))
                            break
                        x -= 1
                for a2, b2 in spans:
                    if src & self._sent_concepts(note, a2, b2):
                        ok = True
                    other |= {_source_kind(note, x) for x in range(a2, b2)} - {None}
            if ok or (src and src <= implied_terms(note)):
                continue  # "Endoscopy showed ..." where the note's EGD did: the note implies the test
            named = bool(src & note.cset)
            if (other or not named) if "test" in kinds else ("test" in other and not named):
                self.add(s.starts[lo], "context" if named else "procedure", s.tok_snip(lo, fin[-1] + 1))


# ---------------------------------------------------------------- invented causes

# "X due to Y": a cause; "X after taking Y": a drug as the antecedent of a finding
_CAUSE_2 = {("due", "to"), ("secondary", "to"), ("caused", "by"), ("because", "of"), ("attributed", "to"),
            ("induced", "by"), ("related", "to")}
_DRUG_LEAD = {"taking", "starting", "receiving", "using", "regular", "daily", "the", "his", "her", "a", "new",
              "beginning", "initiating", "on"}


class _LinkRules(_FinderBase):
    """diagnosis flags for a cause or antecedent the note does not state."""

    def _clause_before(self, d: _Doc, i: int) -> set[str]:
        out = set()
        j = i - 1
        while j >= 0 and i - j <= 6 and d.sent[j] == d.sent[i] and d.kinds[j] != "p":
            if d.kinds[j] == "word" and d.lem[j] not in _GENERIC and d.lem[j] not in _SIDES and j not in d.drug_at:
                out.add(d.lem[j])
            j -= 1
        return out

    def check_invented_links(self):
        s, note = self.s, self.note
        for i in range(s.n - 1):
            two = (s.toks[i], s.toks[i + 1])
            if two in _CAUSE_2:
                k = i + 2
                drug_only = False
            elif s.toks[i] == "after":
                k = i + 1
                drug_only = True
            else:
                continue
            while k < s.n and k - i <= 3 and s.toks[k] in _DRUG_LEAD and k not in s.drug_at:
                k += 1
            x = self._clause_before(s, i)
            if not x or k >= s.n:
                continue
            if k in s.drug_at:
                a, b, names = s.drugs[s.drug_at[k]]
                if s.drugs[s.drug_at[k]][0] != k:
                    continue
                y_sents = {note.sent[na] for na, _nb, nn in note.drugs if nn & names}
                end = b
                q = s.q_at.get(b)
                while q is not None and q.i == end:
                    end = q.j
                    q = s.q_at.get(end)
            elif drug_only:
                continue
            else:
                ys, end = [], k
                while end < s.n and s.sent[end] == s.sent[k] and s.kinds[end] == "word" and len(ys) < 4 \
                        and s.toks[end] not in ("and", "or", "with", "while", "but"):
                    if s.lem[end] not in _GENERIC and s.lem[end] not in _SIDES and s.lem[end] not in _ANATOMY:
                        ys.append(end)
                    end += 1
                y_sents = {note.sent[p] for y in ys for p in note.lem_pos.get(s.lem[y], ())}
                if not ys or not y_sents:
                    continue  # what the note never names is judged by the term and word checks
            if not y_sents:
                continue
            x_sents = {note.sent[p] for lm in x for p in note.lem_pos.get(lm, ())}
            if not x_sents or x_sents & y_sents:
                continue
            self.add(s.starts[i], "diagnosis", s.tok_snip(i, end))
