"""Paraphrase knowledge the rules consult before they flag: what a note's words imply (a broader
or equivalent clinical term: "gallstones" -> cholelithiasis, "alteplase" -> thrombolysis, a
potassium of 5.9 -> hyperkalemia), abbreviations with another expansion ("CVA tenderness"), and
how a negation is stated rather than what it denies (a test's negative result, a condition or a
return precaution, the head of a negated noun compound, a negative adjective such as "afebrile").

Each rule family keeps its own logic; these helpers only answer "does the note support this
wording?" more often, with general clinical equivalences (never a case's wording)."""

from __future__ import annotations

from medllm.grounding.checker.text import STOP, _lemma, _norm_suffix
from medllm.grounding.checker.vocab import _ABBR_SEQ, _HYPERNYM, _SYMPTOM_GROUPS_L, _phrase_seq
from medllm.grounding.checker.cues import _GENERIC_RESULTS, _INVENTED_NEG_SKIP, _NEG_SKIP_WORDS, _TEST_SOURCES


def _seqs(spec: str) -> list[tuple[str, ...]]:
    return [_phrase_seq(p.strip()) for p in spec.split("|") if p.strip()]


# term (its concept key, as check_terms sees it) <- what in a note implies it: a word or phrase
# (lemmas, contiguous), "a+b" (all those words anywhere in the note) or "drug:name" (a drug the note gives)
_IMPLIED_SPEC = {
    "otalgia": "ear pain | earache",
    "cholelithiasis": "gallstone | gallstones",
    "gallbladder": "cholecystectomy | cholecystitis | cholelithiasis | gallstone",
    "endoscopy": "esophagogastroduodenoscopy | egd | colonoscopy | sigmoidoscopy | ercp | endoscopic",
    "bleed": "hemorrhage | hematoma | hemorrhagic",
    "hemorrhage": "bleed | hematoma",
    "tpa": "drug:alteplase | drug:tenecteplase | drug:reteplase | thrombolysis | thrombolytic",
    "thrombolysis": "drug:alteplase | drug:tenecteplase | drug:reteplase | tpa | thrombolytic",
    "ischemic": "occlusion | infarction | thrombus | embolus | drug:alteplase | drug:tenecteplase",
    "mrsa": "methicillin resistant staphylococcus aureus | methicillin resistant s aureus",
    "mssa": "methicillin sensitive staphylococcus aureus | methicillin susceptible staphylococcus aureus",
    "fixation": "nailing | nail | pinning | plating | orif",
    "repair": "nailing | nail | pinning | plating | orif | fixation | arthroplasty | hemiarthroplasty",
    "arthrocentesis": "joint aspiration",
    "infection": """osteomyelitis | cellulitis | abscess | pneumonia | pyelonephritis | peritonitis | sepsis |
        uti | meningitis | cystitis | bacteremia | endocarditis | cholangitis""",
    "bone": "osteomyelitis | fracture",
    "overdose": "ingestion | poisoning | toxicity",
    "chemotherapy": """drug:doxorubicin | drug:cyclophosphamide | drug:cisplatin | drug:carboplatin |
        drug:paclitaxel | drug:docetaxel | drug:fluorouracil | drug:capecitabine | drug:gemcitabine |
        drug:oxaliplatin | drug:irinotecan | drug:etoposide | drug:vincristine | drug:cytarabine""",
    "liver": "alt | ast | bilirubin | lft | cirrhosis | hepatitis | steatosis",
    "synovitis": "swelling+joint",
    "meningism": "neck stiffness | nuchal rigidity | stiff neck | meningismus",
    "meningismus": "neck stiffness | nuchal rigidity | stiff neck | meningism",
    "syncope": "fainting | faint | passing out | passed out",
    "fainting": "syncope",
    "pregnant": "hcg | beta-hcg | pregnancy",
    "pregnancy": "hcg | beta-hcg | pregnant",
    "hypoxia": "hypoxemia | desaturation",
    "hypoxemia": "hypoxia | desaturation",
}
# phrases implied by other phrases (check_terms' phrase tables)
_PHRASE_EQUIV = [
    "cesarean delivery | cesarean section",
    "vaginal delivery | spontaneous vaginal delivery",
]
# a site the note names by a part of it ("hip fracture" for "intertrochanteric femur fracture")
_SITE_PARTS = {
    "hip": "intertrochanteric | subtrochanteric | trochanteric | femoral neck | acetabulum | acetabular",
    "ankle": "malleolus | malleolar | bimalleolar | trimalleolar",
    "wrist": "scaphoid | distal radius",
}
# an abbreviation the note may use with another expansion than the vocabulary's
_ALT_ABBR = {
    "cva": "costovertebral angle", "sbp": "spontaneous bacterial peritonitis", "ms": "mental status",
    "pe": "physical exam | physical examination",
}
# words that name no procedure or finding although a suffix makes them look like one
_NOT_TERMS = {"nomogram"}
# a finding named by a value the note gives a lab or vital: (canonical name, low, high)
_VALUE_FINDINGS = {
    "tachycardia": [("hr", 100.5, 400)], "bradycardia": [("hr", 0, 59.5)],
    "hypoxia": [("spo2", 0, 91.5)], "hypoxemia": [("spo2", 0, 91.5)],
    "hypotension": [("bp", 0, 90)],
    "hyperkalemia": [("potassium", 5.05, 20)], "hypokalemia": [("potassium", 0, 3.45)],
    "hyponatremia": [("sodium", 0, 134.5)], "hypernatremia": [("sodium", 145.5, 250)],
    "acidosis": [("bicarbonate", 0, 21.5), ("ph", 6, 7.345)], "alkalosis": [("bicarbonate", 29.5, 80), ("ph", 7.455, 8)],
    "anemia": [("hgb", 0, 11.95)], "thrombocytopenia": [("plt", 0, 149.5), ("plt", 1000, 149_500)],
    "leukocytosis": [("wbc", 11.05, 500), ("wbc", 11_050, 500_000)],
    "neutropenia": [("anc", 0, 1.495), ("anc", 2, 1495)],
    "hypoglycemia": [("glucose", 0, 69.5)], "hyperglycemia": [("glucose", 180.5, 3000)],
    "hypomagnesemia": [("magnesium", 0, 1.65)], "hyperbilirubinemia": [("bili", 1.25, 60)],
    "fever": [("temp", 38.0, 43), ("temp", 100.4, 110)], "febrile": [("temp", 38.0, 43), ("temp", 100.4, 110)],
}
_IMPLIED = {_norm_suffix(_lemma(k)): v for k, v in _IMPLIED_SPEC.items()}
for _site, _parts in _SITE_PARTS.items():  # "intertrochanteric femur fracture" names the hip
    _IMPLIED[_site] = _IMPLIED[_site] + " | " + _parts if _site in _IMPLIED else _parts
_SITE_PART_SEQS = {k: _seqs(v) for k, v in _SITE_PARTS.items()}
_ALT_ABBR_SEQS = {k: _seqs(v) for k, v in _ALT_ABBR.items()}
_PHRASE_GROUPS = [_seqs(g) for g in _PHRASE_EQUIV]


def _lem_text(d) -> str:
    """The text's lemmas with hyphenated words split ("methicillin-resistant" -> two words)."""
    got = d.__dict__.get("_lem_text")
    if got is None:
        got = " " + " ".join(d.lem).replace("-", " ") + " "
        d.__dict__["_lem_text"] = got
    return got


def _has_seq(d, seq: tuple[str, ...]) -> bool:
    if len(seq) == 1:
        return seq[0] in d.cset or seq[0] in d.lem_pos
    text = " " + " ".join(seq).replace("-", " ") + " "
    return text in d.cstr or text in _lem_text(d)


def _source_present(d, src: str) -> bool:
    if src.startswith("drug:"):
        return src[5:] in d.drug_names
    if "+" in src:
        return all(_has_seq(d, _phrase_seq(w)) for w in src.split("+"))
    return _has_seq(d, _phrase_seq(src))


def _value_findings(d) -> set:
    out = set()
    vals: dict[str, list[float]] = {}
    for k, (_a, _b, canon, _kd) in enumerate(d.alias_spans):
        for q in d.alias_values(k, narrow=True):
            vals.setdefault(canon, []).append(q.nums[0])
    for term, ranges in _VALUE_FINDINGS.items():
        if any(lo <= v <= hi for canon, lo, hi in ranges for v in vals.get(canon, ())):
            out.add(term)
    return out


def implied_terms(d) -> set:
    """Concept keys the text implies without naming them (cached on the _Doc)."""
    got = d.__dict__.get("_implied")
    if got is not None:
        return got
    got = _value_findings(d)
    for term, spec in _IMPLIED.items():
        if any(_source_present(d, src.strip()) for src in spec.split("|") if src.strip()):
            got.add(term)
    # broader terms and abbreviations, to their closure ("NSTEMI" -> infarction -> MI)
    known = set(d.cset) | got
    changed = True
    while changed:
        changed = False
        for w in list(known):
            h = _HYPERNYM.get(w)
            if h and h not in known:
                known.add(h)
                got.add(h)
                changed = True
    phrases = set()
    for abbr, exp in _ABBR_SEQ.items():
        if abbr in known:
            phrases.add(tuple(exp))
    for group in _PHRASE_GROUPS:
        if any(_has_seq(d, p) for p in group):
            phrases.update(tuple(w for w in p if w not in STOP) for p in group)
    d.__dict__["_implied_phrases"] = phrases
    d.__dict__["_implied"] = got
    return got


def note_implies(note, w: str) -> bool:
    """Does the note support concept key `w` without naming it?"""
    return w in _NOT_TERMS or w in implied_terms(note)


def phrase_implied(note, phrase: tuple[str, ...]) -> bool:
    implied_terms(note)
    return tuple(w for w in phrase if w not in STOP) in note.__dict__["_implied_phrases"]


def alt_abbr_meant(note, d, i: int) -> bool:
    """Token i of `d` is an abbreviation the note spells out with another expansion ("CVA
    tenderness" where the note has "costovertebral angle tenderness")."""
    seqs = _ALT_ABBR_SEQS.get(d.toks[i])
    return bool(seqs) and any(_has_seq(note, sq) for sq in seqs)


def site_part_near(note, site: str, x: int) -> bool:
    """Does note token x's sentence name a part of `site` ("intertrochanteric" for the hip)?"""
    seqs = _SITE_PART_SEQS.get(site)
    if not seqs:
        return False
    lems = [note.lem[y] for y in range(note.n) if note.sent[y] == note.sent[x]]
    text = " " + " ".join(lems) + " "
    return any((" " + " ".join(sq) + " ") in text for sq in seqs)


# ----------------------------------------------------------------------------- negation

# negated words that carry no finding of their own ("no ICU transfer needed", "not yet resulted")
_NEG_STATUS_WORDS = set("""
need needed needing required requiring require necessary indicated warranted done performed obtained
pursued resulted yet source cause flag flags deficit deficits found seen identified
noted present visualized
""".split())
# an adjective that states a negation ("afebrile" is "no fever")
_NEG_FORMS = {"afebrile": "fever", "apyrexial": "fever", "nontender": "tenderness", "non-tender": "tenderness",
              "asymptomatic": "symptom"}
_RESULT_TRIGGERS = {"negative", "unremarkable", "normal", "clear", "undetectable"}
_HYPOTHETICAL = {"if", "unless", "whether", "precautions", "precaution", "should"}


def neg_status_word(d, i: int) -> bool:
    """A negated word that names no finding ("needed", "yet"), or a participle before the noun the
    negation is about ("no retained foreign body")."""
    t = d.toks[i]
    if t in _NEG_STATUS_WORDS or d.lem[i] in _NEG_STATUS_WORDS:
        return True
    if t.endswith("ed") and len(t) > 4:
        nx = i + 1
        return nx < d.n and d.kinds[nx] == "word" and d.trig_of[nx] == d.trig_of[i] and d.toks[nx] not in STOP
    return False


def neg_synonym_in_note(note, s, i: int) -> bool:
    """The negated summary word at i, or the symptom starting there, names something the note
    names otherwise ("no vomiting of blood" for "no hematemesis", "no bleed" for "no hemorrhage")."""
    lm = _norm_suffix(s.lem[i])
    if note_implies(note, lm):
        return True
    lems = [x for x in s.lem[i:i + 5] if x != "of"]
    for group in _SYMPTOM_GROUPS_L:
        if any(tuple(lems[:len(n)]) == n for n in group):
            note_text = note.__dict__.get("_text_no_of")
            if note_text is None:
                note_text = note.__dict__["_text_no_of"] = " " + " ".join(x for x in note.lem if x != "of") + " "
            if any((" " + " ".join(n) + " ") in note_text for n in group):
                return True
    return False


def hypothetical(d, i: int) -> bool:
    """Is token i in a condition or a return precaution ("return if not better", "return for
    dyspnea", "return precautions (blood in stool)")?"""
    for j in range(i - 1, max(-1, i - 10), -1):
        if d.sent[j] != d.sent[i] or d.toks[j] in (";", ":"):
            return False
        t = d.toks[j]
        if t in _HYPOTHETICAL:
            return True
        if t in ("return", "call", "seek") and j + 1 < d.n and d.toks[j + 1] in ("for", "if", "precautions", "with"):
            return True
    return False


def result_negation(d, i: int) -> bool:
    """"Blood cultures negative", "CT unremarkable": the negation is the test's result, not the
    test's absence."""
    trig = d.trig_of[i]
    if trig < 0 or d.toks[trig] not in _RESULT_TRIGGERS or trig < i:
        return False  # "negative for X" denies X
    return any(d.lem[j] in _TEST_SOURCES or d.lem[j] in _GENERIC_RESULTS
               for j in range(max(0, i - 4), trig) if d.trig_of[j] == trig or j == i)


def negated_modifier(d, i: int) -> bool:
    """In a negated phrase, a word that is not the thing denied: a compound's modifier ("no eye
    patch": the patch is denied) or a complement after "of" ("no vomiting of blood")."""
    trig = d.trig_of[i]
    if trig < 0 or d.neg[i] != 1:
        return False
    nx = i + 1
    if nx < d.n and d.kinds[nx] == "word" and d.trig_of[nx] == trig and d.neg[nx] == 1 \
            and d.toks[nx] not in STOP and d.toks[nx] not in ("or", "and", "nor"):
        return True
    for j in range(trig + 2, i):  # "no vomiting of blood", "excluded osteomyelitis of the right tibia"
        if d.toks[j] == "of" and d.trig_of[j - 1] == trig and d.kinds[j - 1] == "word":
            head = d.lem[j - 1]
            if head not in _NEG_SKIP_WORDS and head not in _INVENTED_NEG_SKIP:
                return True
    return False


def scope_context(d, i: int, w: int = 5) -> set:
    """d.context(i) without the words of another negation scope ("tenderness, no medial
    tenderness": "medial" is not the first tenderness's context)."""
    out = set()
    si = d.sent[i]
    ti = d.trig_of[i] if d.neg[i] == 1 else -1
    for j in range(max(0, i - w), min(d.n, i + w + 1)):
        if j == i or d.sent[j] != si:
            continue
        tj = d.trig_of[j] if d.neg[j] == 1 else -1
        if tj != ti:
            continue
        if d.kinds[j] == "num":
            out.add(d.toks[j])
        elif d.kinds[j] == "word" and d.lem[j] not in STOP and len(d.toks[j]) > 1:
            out.add(d.lem[j])
    return out


def negative_form_in_note(note, w: str) -> bool:
    """The note denies `w` with an adjective ("afebrile" for fever)."""
    return any(v == w and k in note.tok_set for k, v in _NEG_FORMS.items())


# an adjective and the noun a negation names ("bloody diarrhea" against "no blood in stool")
_NEG_KEY = {"bloody": "blood", "painful": "pain", "swollen": "swelling",
            "nauseated": "nausea", "nauseous": "nausea", "dizzy": "dizziness", "confused": "confusion",
            "itchy": "itching", "feverish": "fever", "hallucinating": "hallucination", "vomited": "vomiting"}
# abbreviations of findings whose denial the note spells out ("brief LOC" for "no loss of consciousness")
_FINDING_ABBR = {"loc": "loss of consciousness", "sob": "shortness of breath", "cp": "chest pain",
                 "n/v": "nausea and vomiting", "ha": "headache", "doe": "dyspnea on exertion"}
_FINDING_ABBR_SEQS = {k: _phrase_seq(v) for k, v in _FINDING_ABBR.items()}


def neg_key(w: str) -> str:
    return _NEG_KEY.get(w, w)


def note_occ_by_key(note) -> dict:
    """note.occ with adjectives keyed by the noun they name."""
    got = note.__dict__.get("_occ_by_key")
    if got is None:
        got = {}
        for w, occ in note.occ.items():
            got.setdefault(neg_key(w), []).extend(occ)
        for v in got.values():
            v.sort()
        note.__dict__["_occ_by_key"] = got
    return got


def negated_expansion(note, s, i: int) -> bool:
    """The affirmed abbreviation at summary token i spells a finding the note only denies."""
    seq = _FINDING_ABBR_SEQS.get(s.toks[i])
    if not seq or s.neg[i] or hypothetical(s, i):
        return False
    L = len(seq)
    found = False
    for x in range(note.n - L + 1):
        if tuple(note.lem[x:x + L]) == seq:
            if note.neg[x] != 1:
                return False
            found = True
    return found


_CAUSE_SUFFIXES = ("-induced", "-related", "-associated", "-caused")


def denied_cause(note, s, i: int) -> bool:
    """"alcohol-induced pancreatitis" where the note denies alcohol use: a cause the note denies."""
    t = s.toks[i]
    if s.neg[i] or not t.endswith(_CAUSE_SUFFIXES):
        return False
    cause = t.rsplit("-", 1)[0]
    xs = [x for x in range(note.n) if note.toks[x] == cause or note.toks[x].startswith(cause + "-")]
    return bool(xs) and all(note.neg[x] == 1 for x in xs)


def denied_as_done(note, x: int) -> bool:
    """Note token x names a test the note says was not done ("No CT performed", "CT not obtained")."""
    return note.neg[x] == 1 and any(note.toks[y] in ("performed", "done", "obtained") and note.sent[y] == note.sent[x]
                                    for y in range(x + 1, min(note.n, x + 4)))


def result_of_undone_test(note, s, i: int) -> bool:
    """"CT head negative" where the note says no CT was done: a result of a test never done."""
    if s.kinds[i] != "word" or s.lem[i] not in _TEST_SOURCES or not result_negation(s, i):
        return False
    xs = note.lem_pos.get(s.lem[i], [])
    return bool(xs) and all(denied_as_done(note, x) for x in xs)


# ----------------------------------------------------------------------------- values and words

_APPROX = {"about", "approximately", "approx", "around", "roughly", "nearly", "~", "almost"}
# English words a dose can follow that name no drug ("max 8 mg", "got 1 g", "daughter 2540 g")
_PLAIN_WORDS = set("""
max maximum min minimum got get gets took take takes total daughter son baby infant newborn twin twins
weighing weighed approx approximately about around roughly
""".split())


def plain_word(t: str) -> bool:
    return t in _PLAIN_WORDS


def approx_value(d, q, note_qs) -> bool:
    """"about 0.1 ng/mL" for 0.08, "~2300" for 2,340: a value stated as approximate that rounds
    one of `note_qs` (the same unit, or none)."""
    if not any(d.toks[j] in _APPROX for j in range(max(0, q.i - 2), q.i)):
        return False
    v = q.nums[0]
    for nq in note_qs:
        if q.has_unit and nq.has_unit and nq.ukey != q.ukey:
            continue
        n = nq.nums[0]
        if n and any(abs(round(n, k) - v) < 1e-9 for k in range(-4, 4)) and abs(v - n) / abs(n) <= 0.3:
            return True
    return False


def rate_restated(note, q) -> bool:
    """"1 L" of oxygen for "1 L/min", "4 g daily" for "4 g/day": the note's rate with its time
    denominator left out (never a dose per kilogram or a concentration)."""
    if q.dens or not q.num:
        return False
    return any(nq.nums == q.nums and nq.num == q.num and nq.factor == q.factor and nq.dens
               and set(nq.dens) <= {"min", "h", "day", "week"} for nq in note.qs)


def freq_is_rate(note, s, fi: int) -> bool:
    """"4 g daily" right after the note's "4 g/day": the frequency word is the rate's denominator."""
    q = s.q_at.get(fi - 1)
    return q is not None and q.j == fi and rate_restated(note, q)


def followup_interval(d, q) -> bool:
    """"neurology in 2 weeks", "PCP within 1 week": a specialty or clinic seen in N days is a
    follow-up interval (not "began induction in 6 weeks")."""
    if q.i < 2 or d.toks[q.i - 1] not in ("in", "within"):
        return False
    t = d.toks[q.i - 2]
    return t.endswith(("ology", "ologist", "ologists", "pedics", "iatrics", "iatry", "ist", "ists")) \
        or t in ("pcp", "gp", "clinic", "doctor", "physician", "provider", "specialist", "surgeon")
