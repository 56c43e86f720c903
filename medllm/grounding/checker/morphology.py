"""Medical morphology: does a word the English list and the vocabularies lack read as a real
clinical word, built the way clinical words are built? Three readings, tried in turn:

- a derivation or inflection of a word the vocabularies know ("anticoagulation" from a known
  "anticoagulant", "fundi" as the plural of "fundus");
- a productive prefix on a known word: "non" + "operative", "post" + "prandial", "anti" +
  "coagulation" (general prefixes take any English word; medical ones a medical word);
- Greek/Latin combining forms joined by a connecting vowel and closed by an adjective, adverb or
  process ending: "pneum-o-cocc-al", "neur-o-vascul-ar-ly", "malleol-ar", "bili-ary",
  "lapar-o-scop-ic-al-ly", "primi-gravida", "homo-zyg-ous".

Disease nouns ("-ism", "-spasm") and specialists ("-ologist") are left out on purpose: naming a
disease or a consultant states a fact, which the invented-word rule should still weigh. The word
lists are data (no network); the parse is deterministic."""

from __future__ import annotations

from functools import lru_cache

from medllm.grounding.checker.lexicon import english

# combining forms (anatomy, physiology, pathology, microbiology), without their connecting vowel
_ROOTS = frozenset("""
abdomin acetabul acr aden adip adren aer albumin alveol amni amyl andr angi ankyl anter append arter arteri
arteriol arthr articul atri aur auricul axill bacill bacteri bili blast blephar brachi bronch bronchi bronchiol
bucc burs calc calcane capill capsul carcin cardi carot carp caud cec cellul cephal cerebell cerebr cervic
cheil chol cholangi cholecyst choledoch chondr chori choroid chrom chyl clavicul coagul cocc col colon colp
condyl conjunctiv cor corne coron corpor cortic cost crani cry crypt cubit cutane cyan cyst cyt dacry dactyl
dent derm dermat diaphragm digit diverticul dors duoden dur ectop electr embol embry encephal endocardi
endometri enter eosin epicondyl epididym epigastr epiglott episi erythr esophag esthesi estr fasci femor fet
fibr fibul follicul fund gangli gastr gingiv glen gli glomerul gloss gluc glute glyc gnath gon gonad granul
gravid gynec hem hemat hepat herni hidr hist humer hydr hyster ile ili immun infarct inguin insul intestin
irid isch jejun jugul kal kerat ket kyph labi lacrim lact lapar laryng later leuk ligament lingu lip lith lob
lumb lymph lymphat malleol mamm mandibul mast mastoid maxill meat medull melan mening menisc menstru mesenter
metacarp metatars metr my myc myel myocardi myring nas nat natr necr nephr neur neutr noct nucle ocul odont
olecran omphal onc onych oophor ophthalm opt or orbit orchi oste ot ov ovari ox oxy palat palpebr pancreat
papill parathyroid parenchym patell path ped pelv pericardi perine periton petech phalang pharyng phleb phot
phren pituitar placent plant plasm pleur pneum pneumon pod poplit prand proct prostat proxim psych pub pulmon
py pyel pylor quadr rach radi radicul rect ren reticul retin rhin sacr salping sarc scapul scler scoli
seb semin sept sial sigm sinus somat spermat sphenoid spin splen spondyl stern steth stomat synov tars tempor
ten tend tendin testicul thalam thorac thromb thym thyr thyroid tibi tonsill topic toxic trache trachel trochanter
tub tubul tympan uln ur urat ureter urethr uric urin uter uvul vag vagin valv valvul varic vas vascul ven ventr
ventricul vertebr vesic vestibul vir viscer vitre vulv zyg umbilic faci
""".split())

# roots that may stand first only with a following root or a full ending ("homo-zyg-ous", "primi-gravida")
_LEAD_ROOTS = frozenset("""
homo hetero primi multi nulli uni bi tri quadri hemi poly oligo mono di dys brady tachy hyper hypo peri endo
epi sub supra infra intra inter trans retro para meta pan neo pseudo micro macro ortho iso allo auto
""".split())

# endings that close a word built of roots: adjectives, adverbs, process and plural forms
_ENDINGS = frozenset("""
al ar ary ic ical ically ally ly ial ially eal ous ious eous oid otic tic ics ate ated ates ating ation
ations ant ants ance ity i ae es um a us ive ivity ization ized
coccal coccus cocci scopic scopically scopy gravida para prandial agra genic genous genesis lytic tropic
static stasis zygous cyte cytes cytic blast plasia plastic trophic penic emic cidal
""".split())

# prefixes that make a word of any English word ("nonoperative", "postdischarge", "reexamined")
_GENERAL_PREFIXES = ("non", "un", "post", "pre", "re", "co", "over", "under", "self", "semi", "multi", "de",
                     "mis", "counter")
# prefixes that make a medical word of a medical one ("anticoagulation", "periumbilical", "intravesical")
_MEDICAL_PREFIXES = ("anti", "hyper", "hypo", "peri", "intra", "inter", "sub", "supra", "infra", "trans",
                     "retro", "endo", "epi", "extra", "para", "pseudo", "micro", "macro", "neo", "poly",
                     "hemi", "bi", "tri", "uni", "dys", "auto", "pro", "ante", "circum", "contra")

# word <- known word: derivational endings and what replaces them ("anticoagulation" <- "anticoagulant")
_DERIVATIONS = (
    ("ation", ("ant", "ate", "e", "")), ("ated", ("ant", "ate", "ation")), ("ating", ("ant", "ate")),
    ("ically", ("ic", "ical")), ("ally", ("al",)), ("ity", ("", "e")), ("ous", ("", "us", "um")),
    ("ar", ("us", "um", "a")), ("al", ("", "a", "um", "us")), ("ary", ("", "e", "a")),
    ("i", ("us",)), ("ae", ("a",)), ("a", ("um", "on")), ("ices", ("ex", "ix")), ("es", ("is",)),
)


def _medical_prefixes() -> tuple[str, ...]:
    return tuple(sorted(set(_GENERAL_PREFIXES) | set(_MEDICAL_PREFIXES), key=len, reverse=True))


_PREFIXES = _medical_prefixes()
_MAX_ROOT = max(len(r) for r in _ROOTS | _LEAD_ROOTS)
_MAX_END = max(len(e) for e in _ENDINGS)


@lru_cache(maxsize=20_000)
def _ending_chain(w: str) -> bool:
    """Is `w` one ending or several in a row ("ic" + "al" + "ly")?"""
    if not w:
        return True
    return any(w.startswith(e) and _ending_chain(w[len(e):]) for e in _ENDINGS if len(e) <= len(w))


@lru_cache(maxsize=20_000)
def _root_parse(w: str, roots_seen: int = 0) -> tuple[str, ...] | None:
    """The combining forms of `w` if it is such forms, joined directly or by a connecting "o"/"i"/"a"
    and closed by endings ("neur-o-vascul-ar-ly": neur, vascul); None if not. At least one true
    root (not only a leading "homo" or "primi"), and an ending or a second root."""
    if roots_seen and w and _ending_chain(w):
        return ()
    if roots_seen >= 2 and not w:
        return ()
    for k in range(min(len(w), _MAX_ROOT), 1, -1):
        head = w[:k]
        lead = head in _LEAD_ROOTS
        if head not in _ROOTS and not lead:
            continue
        rest = w[k:]
        seen = roots_seen + (0 if lead else 1)
        got = _root_parse(rest, seen)
        if got is None and rest[:1] in ("o", "i", "a") and len(rest) > 1:
            got = _root_parse(rest[1:], seen)
        if got is not None:
            return got if lead else (head,) + got
    return None


def medical_word(w: str, known) -> bool:
    """Does lower-case `w` read as a real clinical word? `known(x)` says whether the checker's
    vocabularies (or the drug dictionary) know x."""
    return _medical(w, known, 0) is not None


def medical_parts(w: str, known) -> tuple[str, ...] | None:
    """What a clinical word is built on: its combining forms ("trochanter" for "intertrochanteric",
    "cyst" for "polycystic") or the known word under its prefix or ending ("operative" for
    "nonoperative"); None if `w` does not read as a clinical word."""
    return _medical(w, known, 0)


def _medical(w: str, known, depth: int) -> tuple[str, ...] | None:
    if len(w) < 4 or depth > 2:
        return None
    for suf, reps in _DERIVATIONS:
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            stem = w[: len(w) - len(suf)]
            for r in reps:
                if known(stem + r):
                    return (stem + r,)
    roots = _root_parse(w)
    if roots is not None:
        return roots
    for p in _PREFIXES:
        if not w.startswith(p) or len(w) - len(p) < 4:
            continue
        rest = w[len(p):]
        if (p in _GENERAL_PREFIXES and english(rest) == "word") or known(rest):
            return (rest,)
        got = _medical(rest, known, depth + 1)
        if got is not None:
            return got
    return None


def note_forms(w: str) -> tuple[str, ...]:
    """Other forms of lower-case `w` that the note may write for the same thing, beyond what the
    lemma joins: the plural of a Greek "-ia" or "-a" noun ("myalgias" for "myalgia", and back) and
    the cell whose raised count "-cytosis" names ("reticulocytes" for "reticulocytosis")."""
    forms = []
    if w.endswith("a") and len(w) >= 5:
        forms.append(w + "s")
    if w.endswith("as") and len(w) >= 6:
        forms.append(w[:-1])
    if w.endswith("cytosis") and len(w) >= 10:
        forms += [w[:-4] + "e", w[:-4] + "es"]
    return tuple(forms)
