"""The state every check shares (`_FinderBase`: the note, the summary, the flags found so far,
the tokens already checked) and how a mention's role is read: the nearest role word before it in
its sentence, in the note or the summary."""

from __future__ import annotations

from medllm.grounding.checker.cues import (
    _NOTE_DRUG_ROLES, _NOTE_ROLES, _ROLE_PLAN, _ROLE_STOP, _STOP_AFTER, _SUMMARY_ROLES,
)
from medllm.grounding.checker.doc import _Doc


class _FinderBase:
    """One check of a summary against a note: the flags found (`out`, as (position, type, text)),
    the summary tokens a check has already judged (`done_tok`), and the role readers the rule
    families share. The families are mixins on this class; api._Finder puts them together."""

    def __init__(self, note: _Doc, summ: _Doc):
        self.note = note
        self.s = summ
        self.out: list[tuple[int, str, str]] = []
        self.done_tok: set[int] = set()
        self._if_at: dict[int, int] | None = None  # first "if"/"unless" per summary sentence

    def add(self, pos: int, typ: str, text: str) -> None:
        self.out.append((pos, typ, text))

    # ---------------- roles: the nearest role word before a mention in its sentence
    @staticmethod
    def role_before(d: _Doc, i: int, words: dict) -> tuple[str | None, int]:
        """The role word nearest before token i in its sentence, and where it is (None, -1 if none)."""
        si = d.sent[i]
        j = i - 1
        while j >= 0 and d.sent[j] == si:
            r = words.get(d.toks[j]) if d.kinds[j] == "word" else None
            if r is not None:
                return (r or None), j
            j -= 1
        return None, -1

    def note_roles(self, positions, drug: bool = False) -> set:
        note = self.note
        words = _NOTE_DRUG_ROLES if drug else _NOTE_ROLES
        roles = {self.role_before(note, x, words)[0] for x in positions}
        if drug:
            # "metoprolol 25 mg PO twice daily held for bradycardia": the verb after the dose
            for x in positions:
                for t in range(x + 1, min(note.n, x + 10)):
                    if note.sent[t] != note.sent[x] or note.toks[t] in (",", ";") or (
                            t in note.drug_at and note.drugs[note.drug_at[t]][0] == t):
                        break
                    if note.toks[t] in _STOP_AFTER:
                        roles.add(_ROLE_STOP)
                        break
        return roles

    @staticmethod
    def sent_span(d: _Doc, x: int) -> tuple[int, int]:
        lo, hi = x, x
        while lo > 0 and d.sent[lo - 1] == d.sent[x]:
            lo -= 1
        while hi < d.n and d.sent[hi] == d.sent[x]:
            hi += 1
        return lo, hi

    def best_note_roles(self, lems: set, words: dict, self_role: bool = False) -> set:
        """The roles of the note sentences that name most of `lems` (each at its first word there;
        with `self_role`, a role word among them counts: "Follow up in 3 weeks" is planned)."""
        note = self.note
        by_sent: dict[int, list[int]] = {}
        for lm in lems:
            for x in note.lem_pos[lm]:
                by_sent.setdefault(note.sent[x], []).append(x)
        best = max(len({note.lem[x] for x in xs}) for xs in by_sent.values())
        roles = set()
        for xs in by_sent.values():
            if len({note.lem[x] for x in xs}) == best:
                own = [words[note.toks[x]] for x in sorted(xs) if self_role and note.toks[x] in words]
                roles.add(own[0] if own else self.role_before(note, min(xs), words)[0])
        return roles

    def summary_role(self, i: int) -> tuple[str | None, int]:
        s = self.s
        role, at = self.role_before(s, i, _SUMMARY_ROLES)
        # "metformin was held, and insulin ...": a verb closing the clause before belongs to that clause
        if role and at + 1 < i and s.toks[at + 1] in (",", ";", "and", "while", "but"):
            role = None
        # "if no improvement, start X": a condition plans, whatever verb follows
        if self._if_at is None:
            self._if_at = {}
            for j in range(s.n):
                if s.toks[j] in ("if", "unless"):
                    self._if_at.setdefault(s.sent[j], j)
        if self._if_at.get(s.sent[i], s.n) < i:
            return _ROLE_PLAN, at
        return role, at
