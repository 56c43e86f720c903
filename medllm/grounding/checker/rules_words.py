"""Invented words: a word of the summary that the note never writes (in any spelling near its own)
and that is neither ordinary English (lexicon), nor built as clinical words are (morphology), nor a
term the checker's vocabularies or the drug dictionary know ("positive spago", "hemoparabine",
"methablocker colitis"); and a proper name the note never writes ("West of Chicago", "John")."""

from __future__ import annotations

from difflib import SequenceMatcher

from medllm.grounding.checker.text import _lemma, _norm_suffix
from medllm.grounding.checker.units import _UNIT_ATOMS
from medllm.grounding.checker.vocab import _ANATOMY, _KNOWN_WORDS, _term_type
from medllm.grounding.checker.cues import _KNOWN_CUE_WORDS
from medllm.grounding.checker.drugs import _DRUG_STEMS, _drug_lookup
from medllm.grounding.checker.lexicon import english, misspelt_english
from medllm.grounding.checker.morphology import medical_parts
from medllm.grounding.checker.abbreviations import clinical_abbreviation
from medllm.grounding.checker.paraphrase import note_implies
from medllm.grounding.checker.rules_base import _FinderBase

# endings that make an unknown word read as a drug name rather than a finding
_DRUG_ENDINGS = _DRUG_STEMS + ("cin", "olide", "amide", "azine", "olone", "amil", "ium")
# words right before a drug ("taking X", "started on X", "medications include X")
_DRUG_CONTEXT = {"taking", "takes", "take", "took", "started", "starting", "given", "prescribed", "received",
                 "medication", "medications", "drug", "drugs", "dose", "tablet", "tablets"}
_HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "mister"}
_NAME_HEADS = {"disease", "syndrome", "sign", "palsy", "test", "maneuver", "procedure"}
# findings named by the word before them ("polycystic kidney disease")
_FINDING_HEADS = {"disease", "syndrome", "disorder", "injury", "lesion", "failure", "insufficiency"}


# acronyms a summary may use where the note spells the thing out or leaves it implied
_GENERIC_ACRONYMS = set("""
icu ccu pacu picu nicu pcp hpi pmh psh ros nkda prn npo bid tid qid qhs dnr dni adl adls cbc bmp cmp lft lfts
abg vbg ecg ekg cxr ent snf ama ems heent msk perrla eomi wnl nad rrr ctab vss mdm hpi ivf nsaid nsaids
""".split())


# words of an abbreviation's expansion too general to show the note means it
_EXPANSION_FILLER = {"acute", "chronic", "disease", "disorder", "syndrome", "left", "right", "upper", "lower",
                     "total", "type", "with", "from", "after", "state", "infection", "failure"}


class _WordRules(_FinderBase):
    """medication / diagnosis / other flags for words no vocabulary and no note knows."""

    def _note_parts(self) -> set[str]:
        parts = self.note.__dict__.get("_word_parts")
        if parts is None:
            parts = set()
            for k, t in zip(self.note.kinds, self.note.toks):
                if k == "word":
                    parts.add(t)
                    parts.update(p for p in t.split("-") if p)
            parts |= {_lemma(p) for p in parts}
            self.note.__dict__["_word_parts"] = parts
        return parts

    def _in_note(self, p: str) -> bool:
        """Written in the note, as a part of a note word, as the start of one ("prophyl" for
        "prophylaxis") or as a near-spelling of one ("pemprolizumab" for "pembrolizumab")."""
        parts = self._note_parts()
        if p in parts or _lemma(p) in parts:
            return True
        for w in parts:
            if len(w) >= 4 and (w.startswith(p) or (len(p) >= 6 and p.startswith(w) and len(w) >= len(p) - 3)):
                return True
            if w[:1] == p[:1] and abs(len(w) - len(p)) <= 3 and SequenceMatcher(None, w, p).ratio() >= 0.8:
                return True
        return False

    @staticmethod
    def _known(p: str) -> bool:
        lm = _lemma(p)
        return (p in _KNOWN_WORDS or lm in _KNOWN_WORDS or p in _KNOWN_CUE_WORDS or p in _UNIT_ATOMS
                or _term_type(lm) is not None or bool(_drug_lookup(p)))

    def _covered(self) -> list[tuple[int, int]]:
        return [(pos, pos + len(text)) for pos, _typ, text in self.out]

    def check_invented_words(self):
        s = self.s
        covered = self._covered()
        for i in range(s.n):
            if s.kinds[i] != "word" or i in s.drug_at or i in s.alias_at or i in self.done_tok:
                continue
            t = s.toks[i]
            if any(a <= s.starts[i] < b for a, b in covered):
                continue
            t = t[:-2] if t.endswith("'s") else t
            for p in t.split("-"):
                if len(p) < 5 or not p.isalpha() or self._known(p):
                    continue
                kind = english(p)
                if kind == "word":
                    continue
                parts = medical_parts(p, self._known)
                if parts is not None and not self._new_site_of_note_finding(i, parts):
                    continue  # built as clinical words are ("neuro-vascul-ar-ly", "non-operative")
                if clinical_abbreviation(p) is not None and self._acronym_like(s.tok_snip(i, i + 1)):
                    continue  # "PRBCs": the acronym check judges it
                if self._in_note(p) or note_implies(self.note, _lemma(p)):
                    continue
                if any(n.endswith(p) for n in self.note.drug_names):
                    continue  # "thiazide" for the note's hydrochlorothiazide: the drug's class by its stem
                if kind is None and misspelt_english(p):
                    continue  # "posession", "diagnled": a misspelt English word states nothing new
                eponym = s.toks[i].endswith("'s") or (i + 1 < s.n and _lemma(s.toks[i + 1]) in _NAME_HEADS)
                if kind == "name" and not eponym and (not s.tok_snip(i, i + 1)[:1].isupper() or (
                        i > 0 and s.toks[i - 1] in _HONORIFICS) or (i > 1 and s.toks[i - 1] == "."
                                                                      and s.toks[i - 2] in _HONORIFICS)):
                    continue  # "Mr. Abbott": what the summary calls the patient
                typ = self._type_of(i, p, kind)
                self.add(s.starts[i], typ, s.tok_snip(i, i + 1))
                break

    def _new_site_of_note_finding(self, i: int, parts: tuple[str, ...]) -> bool:
        """Does clinical word i qualify the next word, a finding the note names, with parts no note
        word has? "intertrochanteric fracture" (trochanter) where the note has a femoral neck
        fracture, "polycystic kidney disease" (cyst) for chronic kidney disease: a real word still
        moves the finding where the note does not put it ("pneumococcal pneumonia" has pneum-)."""
        s = self.s
        j = i + 1
        while j < min(s.n, i + 3) and s.kinds[j] == "word" and s.lem[j] in _ANATOMY:
            j += 1  # "polycystic kidney disease": the finding after its organ
        if j >= s.n or s.kinds[j] != "word":
            return False
        head = _norm_suffix(s.lem[j])
        if not (_term_type(head) == "diagnosis" or head in _FINDING_HEADS) or head in _ANATOMY \
                or head not in self.note.cset:
            return False
        # a root and its stem without a final vowel ("bili" in bilirubin, "bil" in bile)
        roots = {x for r in parts if len(r) >= 3 for x in (r, r.rstrip("aeiou") if len(r) >= 4 else r)}
        note_words = self._note_parts()
        return bool(roots) and not any(r in w for r in roots for w in note_words)

    def _type_of(self, i: int, p: str, kind: str | None) -> str:
        s = self.s
        nxt = s.toks[i + 1] if i + 1 < s.n else ""
        if kind == "name":
            return "diagnosis" if _lemma(nxt) in _NAME_HEADS or s.toks[i].endswith("'s") else "other"
        q = s.q_at.get(i + 1)
        before = {s.toks[x] for x in range(max(0, i - 4), i) if s.sent[x] == s.sent[i]}
        if (q is not None and q.i == i + 1 and q.is_dose) or p.endswith(_DRUG_ENDINGS) or before & _DRUG_CONTEXT:
            return "medication"
        return "diagnosis"

    # ---------------- acronyms
    @staticmethod
    def _acronym_like(orig: str) -> bool:
        """Upper case, or upper case with a plural "s" ("PRBCs")."""
        core = orig[:-1] if len(orig) > 3 and orig.endswith("s") else orig
        return core.isalpha() and core.isupper()

    def _abbreviation_supported(self, exp: str) -> bool:
        """Does the note write the expansion of a diagnosis or procedure abbreviation: most of its
        distinctive words ("SDH" for "subdural hematoma", "GTC" for "generalized tonic-clonic")?"""
        words = [w for w in exp.split() if len(w) >= 4 and w not in _EXPANSION_FILLER]
        if not words:
            return True
        hits = sum(1 for w in words if self._in_note(w) or note_implies(self.note, _lemma(w)))
        return 2 * hits >= len(words)

    def _initials_in_note(self, w: str) -> bool:
        """Is `w` the initials of consecutive note words ("TKA" for "total knee arthroplasty")?"""
        note, L = self.note, len(w)
        words = [t for k, t in zip(note.kinds, note.toks) if k == "word"]
        for seq in (words, [t for t in words if t not in ("of", "and", "the", "with", "to", "in")]):
            for a in range(len(seq) - L + 1):
                if all(seq[a + x][0] == w[x] for x in range(L)):
                    return True
        return False

    def check_invented_acronyms(self):
        """An upper-case acronym ("TBX", "PDB analysis") that the note neither writes nor spells out,
        and that no vocabulary and no list of generic clinical acronyms knows."""
        s, note = self.s, self.note
        covered = self._covered()
        for i in range(s.n):
            if s.kinds[i] != "word" or i in s.drug_at or i in s.alias_at or i in self.done_tok:
                continue
            t = s.toks[i]
            orig = s.tok_snip(i, i + 1)
            if not (3 <= len(t) <= 6 and t.isalpha() and self._acronym_like(orig)) or len(orig.rstrip("s")) > 5:
                continue
            if (0 < i < s.n - 1 and s.toks[i - 1] == "[" and s.toks[i + 1] == "]") or t in note.tok_set \
                    or t in _GENERIC_ACRONYMS or self._known(t) or self._initials_in_note(t):
                continue
            abbr = clinical_abbreviation(t)
            typ = "other"
            if abbr is not None:
                if abbr[1] == "gen" or self._abbreviation_supported(abbr[0]):
                    continue  # "PPI", "MTP", "PRBCs"; "HLD" where the note writes hyperlipidemia
                typ = "diagnosis" if abbr[1] == "dx" else "procedure"
            if any(a <= s.starts[i] < b for a, b in covered):
                continue
            q = s.q_at.get(i + 1)
            if q is not None and q.i == i + 1 and (q.is_dose or q.has_unit):
                continue  # "TXA 1 g", "PRBC 2 units": a drug's short name, judged by the drug checks
            self.add(s.starts[i], typ, orig)
