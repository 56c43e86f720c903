"""The public check: `_Finder` runs every check family in a fixed order and returns the flags
sorted by position and type, one per (type, text); `check` and `is_hallucinated` wrap it."""

from __future__ import annotations

from medllm.grounding.checker.result import TYPES, Unsupported
from medllm.grounding.checker.doc import _doc
from medllm.grounding.checker.rules_values import _ValueRules
from medllm.grounding.checker.rules_context import _ContextRules
from medllm.grounding.checker.rules_words import _WordRules
from medllm.grounding.checker.rules_sources import _LinkRules, _SourceRules


class _Finder(_ValueRules, _ContextRules, _SourceRules, _LinkRules, _WordRules):
    """Every rule family (MRO: values, context, drugs, findings, sources, links, words, base); `run` calls the checks in
    the order that decides which check claims a token first (done_tok)."""

    def run(self) -> list[Unsupported]:
        self.check_drugs()
        self.check_unknown_drugs()
        self.check_aliases()
        self.check_free_freqs()
        self.check_numbers()
        self.check_sides()
        self.check_negation()
        self.check_invented_negatives()
        self.check_terms()
        self.check_context()
        self.check_finding_sources()
        self.check_invented_links()
        self.check_invented_words()
        self.check_invented_acronyms()
        seen = set()
        res = []
        for pos, typ, text in sorted(self.out, key=lambda t: (t[0], TYPES.index(t[1]), t[2])):
            key = (typ, text)
            if key in seen:
                continue
            seen.add(key)
            res.append(Unsupported(typ, text))
        return res


# --------------------------------------------------------------------------- public API

def check(note: str, summary: str) -> list[Unsupported]:
    """The summary's facts that `note` does not support, in summary order (deterministic)."""
    if not isinstance(note, str) or not isinstance(summary, str):
        raise TypeError("check(note, summary) takes two strings")
    return _Finder(_doc(note), _doc(summary)).run()


def is_hallucinated(note: str, summary: str) -> bool:
    return bool(check(note, summary))
