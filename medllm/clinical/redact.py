"""PHI redaction with typed placeholders, applied before text reaches a log, W&B, a table or the data set.

Placeholders: ``[NAME]``, ``[DATE]``, ``[MRN]``, ``[PHONE]``, ``[ADDRESS]``, ``[EMAIL]``, ``[SSN]`` and
``[AGE>89]`` (HIPAA: ages over 89 are identifying; the number is replaced, "-year-old" stays).

Conservative on clinical numbers: blood pressures (148/92), doses (10 mg), lab values (HbA1c 7.2%),
counts (150,000 platelets, 150,000/uL), scores and fractions (3/10 pain, 1/2 tablet, Apgar 8/9),
ages up to 89 and "hospital day 2" are never touched. Numeric dates need a 4-digit year (03/14/2024)
unless a date label precedes them ("DOB: 3/14/52"), so a two-part fraction is never a date.

What is detected:
  [NAME]     a run of name-shaped words with a cue before it ("Patient John Smith", "her daughter
             Maria", "Dr. Smith", "Name: Carter, John", "seen with", "signed by", "thanks,") or after
             it ("..., MD", "(son)", ", 62,", " is a 62-year-old", "'s wife", " family"); in a note
             written all in lower case the same cues mark lower-case names. Every word of a name
             found is then replaced wherever it recurs, in any case, in the text and in the texts
             redacted with it (`redact_many`). Drugs, eponyms ("Parkinson disease") and common
             words are not names. Optional: spaCy NER for names with no cue (`set_name_backend`).
  [DATE]     03/14/2024, 2024-03-14, 14.03.2024, 01-Feb-1950, March 14, 2024, 14 March 2024,
             the 14th of March, March 14, March 2024 (month names in any case), and whatever date
             follows "DOB:" / "Date of birth:".
  [MRN]      "MRN: 4839201", "MR# 00123", "medical record number 12-34567", "Patient ID: A1234567",
             "hospital number", "account", "CSN"/"FIN"; bare runs of 7-9 digits and "A7694245".
  [PHONE]    555-867-5309, (555) 867-5309, +1 555 867 5309, "Phone: 5558675309", 5085550213.
  [ADDRESS]  "12 Elm Street", "4 Oak Ave, Apt 3B", "Boston, MA 02115", "P.O. Box 123", "208 Route 9",
             and the same in lower case.
  [EMAIL]    jc@example.org
  [SSN]      123-45-6789, "SSN: 123456789"
  [AGE>89]   "92-year-old", "92 yo", "age 95", "aged 101"
  More formats (masked SSNs, pager numbers, day-first and year-less dates where only a date stands,
  whole addresses, a place after "lives in", an age right after a name) and pipe tables / lists of
  names are in `phi_patterns`. Clinical words beside names are kept: "Bell palsy" beside Dr. Bell,
  "pt's Foley", a product written with a dose or result ("Peridex rinse BID", "Monospot positive").
Limits (measured in bench/phi): a name with no cue anywhere in the group ("Kofi went home") is
not found by the rules; a lower-case name in a capitalized note needs cues on both sides; a
numeric date without a year ("on 3/14") is indistinguishable from a fraction and is kept.
Ids: `pseudonym` (what stage=prepare writes) and `public_id` (what is shown anywhere else).

Where things live: this module is the public entry (`redact`, `redact_many`, `redact_counts`,
`find_names`, the ids) with the common PHI patterns and the redaction of a group of texts;
name detection (cues, titles, credentials, recurrences, all-capitals notes, list items, the
optional spaCy backend behind `set_name_backend`) is in `names`, the word whitelist that tells
a name from an ordinary word in `name_words`, and the further formats, tables and lists in `phi_patterns`.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Callable, Iterable

from medllm.clinical import name_model, name_words, phi_patterns
from medllm.clinical.names import (_GENERIC_AFTER, _GENERIC_BEFORE, _WORD_RE, _NOT_NAME_WORDS, _NUMBER_RIGHT_AFTER, _PRODUCT_AFTER, _PRODUCT_BEFORE, _STRENGTH_AFTER,
                                   _apply_names, _caps_mode,
                                   _THING_LABEL, _cued_names, _eponym_follows, _is_drug, _list_item, _listed_after, _lowered, _name_parts, _name_tails, _ner_and_typed, _ner_spans, _nicknames,
                                   _only_products, _recurrences, clinical_eponym, hl7_code, name_backend, set_name_backend)
# (`_is_drug` is also imported from here by older callers)

__all__ = ["PLACEHOLDERS", "redact", "redact_counts", "redact_many", "find_names", "pseudonym", "public_id", "set_name_backend", "name_backend"]

PLACEHOLDERS = ("[NAME]", "[DATE]", "[MRN]", "[PHONE]", "[ADDRESS]", "[EMAIL]", "[SSN]", "[AGE>89]")

# month names in any case (dictated notes are often all lower case), except a bare lower-case "may",
# which is a verb; `_MONTHS_Y` (a year follows) takes it too
_MONTH_WORDS = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?"
                r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
_MONTHS = rf"(?:(?i:{_MONTH_WORDS})|May|MAY)"
_MONTHS_Y = rf"(?i:{_MONTH_WORDS}|may)"
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_MON_NUM = r"(?:0?[1-9]|1[0-2])"
_YEAR4 = r"(?:19|20)\d{2}"
# a number that is a dose/measurement is not a day of the month ("May 5 mg" is not a date)
_NOT_UNIT = r"(?!\s*(?:mg|mcg|g|kg|mL|ml|L|units?|%|mmHg|cm|mm)\b)"

_STREET_TYPES = (rf"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr{phi_patterns.DR_NOT_TITLE}|Court|Ct|Place|Pl|Way"
                 r"|Terrace|Ter|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Square|Sq)")
_STATES = (r"(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ"
           r"|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC)")


def _sub_value(placeholder: str) -> Callable[[re.Match], str]:
    """Replace only the named group 'v' of a labelled match, keeping the label."""
    def fn(m: re.Match) -> str:
        s, e = m.span("v")
        return m.group(0)[: s - m.start()] + placeholder + m.group(0)[e - m.start():]
    return fn


def _date_value(m: re.Match) -> str:
    return _sub_value("[DATE]")(m)


# no score, exam or range is a date, though written in three parts ("Apgar 8/9/9", "cervix 3/50/-2")
_SCORE_BEFORE = re.compile(r"(?i)\b(?:apgars?|cervix|cervical|vision|acuity|station|scores?|grades?|range|ranges|ratio|levels"
                           r"|exam|gcs|ros|dilation|strength|reflexes)\s*:?\s*$")


_UNIT_AFTER = re.compile(r"[ \t]*(?:min(?:ute)?s?|h|hrs?|hours?|d|days?|wks?|weeks?|mos?|months?|s|sec|seconds|times|x)\b")


def _date_unless_score(m: re.Match) -> str:
    if _SCORE_BEFORE.search(m.string[max(0, m.start() - 20):m.start()]) or _UNIT_AFTER.match(m.string, m.end()):
        return m.group(0)
    return "[DATE]"


# (placeholder, pattern, replacement or None for the placeholder itself); order matters:
# labelled forms first, then the specific shapes, names last so that "12 Elm Dr." is an address.
PATTERNS: list[tuple[str, re.Pattern, Callable[[re.Match], str] | None]] = [
    ("[EMAIL]", re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]*\w\b"), None),
    ("[SSN]", re.compile(r"\b\d{3}-\d{2}-\d{4}\b"), None),
    # spaced like a card: three, two and four digits, alone (no clinical value is written so)
    ("[SSN]", re.compile(r"(?<![\d.,/-] )(?<![\d.,/-])\b\d{3} \d{2} \d{4}\b(?! ?[\d/.,-]\d)"), None),
    ("[SSN]", re.compile(r"(?i)\b(?:SSN|social security(?: number| no\.?)?)\s*[:#]?\s*(?P<v>\d{9}|\d{3} \d{2} \d{4})\b"),
     _sub_value("[SSN]")),
    ("[MRN]", re.compile(r"(?i)\b(?:MRN|MR\s?#|MR\s+number|medical\s+record(?:\s+(?:number|no\.?|#))?|record\s*(?:#|number|no\.?)"
                         r"|chart\s*(?:#|number|no\.?)|patient\s+ID|account\s*(?:#|number|no\.?)?|acct\s*#?"
                         r"|(?:hospital|unit|encounter|visit|admission|case|member|insurance|policy|accession|study|subject)"
                         r"\s*(?:#|number|no\.?|ID)|CSN|FIN|HAR|ID\s*(?:#|number|no\.?)?)"
                         r"\s*[:#]?\s*(?P<v>(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{3,}[A-Z0-9])\b"),
     _sub_value("[MRN]")),
    # a record number written in groups after its label ("MRN 0036 7712 45", "NHS no. 943 476 5919")
    ("[MRN]", re.compile(r"(?i)\b(?:MRN|MR\s?#|medical\s+record(?:\s+(?:number|no\.?|#))?|NHS\s+(?:no\.?|number)|chart\s*(?:#|no\.?))"
                         r"\s*[:#]?\s*(?P<v>\d{2,4}(?:[ ]\d{2,4}){1,3}(?:[ ]\d)?)\b(?![.,/]\d)(?![ \t]*(?i:mL|ml|mg|mcg|cc|g|L|units?)\b)"),
     _sub_value("[MRN]")),
    # dates after a date-of-birth label: any date-looking value, 2-digit years included
    ("[DATE]", re.compile(rf"(?i)\b(?:DOB|D\.O\.B\.?|date\s+of\s+birth|birth\s*date|born(?:\s+on)?)\s*[:#-]?\s*"
                          rf"(?P<v>\d{{1,4}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}|\d{{1,2}}[- ]{_MONTHS}[- ,]+\d{{2,4}}"
                          rf"|{_MONTHS}\.? \d{{1,2}}(?:st|nd|rd|th)?,? \d{{2,4}}|{_MONTHS} \d{{4}})\b"), _date_value),
    ("[DATE]", re.compile(rf"(?i)\b(?:date|dated|admitted|discharged|seen|visit|surgery|procedure)\s*(?:on|:)?\s*"
                          rf"(?P<v>{_MON_NUM}/{_DAY}/\d{{2}})\b(?![/\d])"), _date_value),
    # an extension goes with its number ("(617) 555-0101 ext. 204", "x204")
    ("[PHONE]", re.compile(r"(?<![\d/.,])(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}\b"
                           r"(?:,?\s*(?:ext\.?|extension|x)\s*\d{1,6}\b)?"), None),
    # ten digits in a row (or 1 + ten) are a phone number; no clinical value is written so
    ("[PHONE]", re.compile(r"(?<![\d/.,\-])(?:\+?1)?\d{10}(?![\d.,]\d|\d)"), None),
    ("[PHONE]", re.compile(r"(?i)\b(?:phone|tel|telephone|cell|mobile|fax|pager|contact\s+number)\s*[:#]?\s*"
                           r"(?P<v>\+?\d[\d\s().-]{8,}\d)\b"),
     # seven digits or more: "pager 4471 -- 11/02/2024" is an extension and a date
     lambda m: _sub_value("[PHONE]")(m) if sum(c.isdigit() for c in m.group("v")) >= 7 else m.group(0)),
    ("[DATE]", re.compile(rf"\b{_MON_NUM}/{_DAY}/{_YEAR4}\b"), None),
    ("[DATE]", re.compile(rf"\b{_MON_NUM}-{_DAY}-{_YEAR4}\b"), None),
    # three numbers joined by dashes, or by slashes, with a two-digit year ("7-23-22", "10/2/22"): no
    # dose, score or ratio is written with three parts so (a fraction has two, "3/10")
    ("[DATE]", re.compile(rf"(?<![\w/.,:-]){_MON_NUM}([-/]){_DAY}\1\d{{2}}(?![\w/-]|[.,:]\d){_NOT_UNIT}"), _date_unless_score),
    ("[DATE]", re.compile(rf"\b{_DAY}\.{_MON_NUM}\.{_YEAR4}\b"), None),
    ("[DATE]", re.compile(rf"\b{_YEAR4}[-/]{_MON_NUM}[-/]{_DAY}\b"), None),
    ("[DATE]", re.compile(rf"\b{_DAY}-{_MONTHS}-(?:{_YEAR4}|\d{{2}})\b", re.I), None),
    ("[DATE]", re.compile(rf"\b{_MONTHS_Y}\.? {_DAY}(?:st|nd|rd|th)?,? {_YEAR4}\b"), None),
    ("[DATE]", re.compile(rf"\b{_DAY}(?:st|nd|rd|th)? (?:of )?{_MONTHS_Y}\.?,? {_YEAR4}\b"), None),
    ("[DATE]", re.compile(rf"(?i)\b(?:the )?{_DAY}(?:st|nd|rd|th) of {_MONTHS_Y}\b"), None),
    ("[DATE]", re.compile(rf"\b{_MONTHS}\.? {_DAY}(?:st|nd|rd|th)?\b(?![.,:]?\d){_NOT_UNIT}"), None),
    ("[DATE]", re.compile(rf"\b{_DAY}(?:st|nd|rd|th)? (?:of )?{_MONTHS}\b"), None),
    ("[DATE]", re.compile(rf"\b{_MONTHS_Y}\.?,? {_YEAR4}\b"), None),
    # unlabelled record numbers: 7-9 digits in a row (no clinical count is written without a
    # thousands comma at that size), or 1-3 capitals then 6+ digits ("A7694245")
    ("[MRN]", re.compile(r"(?<![\d.,/\-])\d{7,9}(?![\d]|[.,]\d)"), None),
    ("[MRN]", re.compile(r"\b[A-Z]{1,3}-?\d{6,}\b"), None),
    ("[ADDRESS]", re.compile(r"(?i)\bP\.?\s?O\.?\s+Box\s+\d+\b"), None),
    # never "24 Fr Three Way Foley" (a catheter's size and kind)
    ("[ADDRESS]", re.compile(rf"\b\d{{1,5}} (?:[NSEW]\.? )?(?!Fr\b|French\b)[A-Z][a-z]+(?: [A-Z][a-z]+)* {_STREET_TYPES}\b"
                             rf"(?! (?i:foley|catheter|valve|stopcock)\b)"
                             rf"(?:,? (?:Apt|Apartment|Suite|Ste|Unit|#)\.? ?[A-Za-z0-9-]+)?"), None),
    ("[ADDRESS]", re.compile(rf"\b[A-Z][a-z]+(?: [A-Z][a-z]+)?, {_STATES} \d{{5}}(?:-\d{{4}})?\b"), None),
    # the same in lower case (dictation), with the street types that are never clinical words
    ("[ADDRESS]", re.compile(r"(?i)\b\d{1,5} (?:[nsew]\.? )?[a-z]{3,}(?: [a-z]{3,}){0,2} (?:street|st|ave|rd|avenue|road|boulevard|blvd"
                             r"|lane|drive|terrace|court|parkway|highway|circle|(?-i:ct|way|walk)(?=,))\b(?:,? (?:apt|apartment|suite|ste|unit|#)\.? ?[a-z0-9-]+)?"), None),
    ("[ADDRESS]", re.compile(r"(?i)\b\d{1,5} (?:route|rte|highway|hwy|county road|state road|interstate) \d{1,4}\b"
                             r"(?:,? (?:apt|apartment|suite|ste|unit|#)\.? ?[a-z0-9-]+)?"), None),
    ("[ADDRESS]", re.compile(rf"(?i)\b[a-z]+(?: [a-z]+)?,? (?-i:{_STATES}|{_STATES.lower()}) \d{{5}}(?:-\d{{4}})?\b"), None),
    # HIPAA: ages over 89
    ("[AGE>89]", re.compile(r"(?i)\b(?:9\d|1[0-1]\d)(?=\s?-?\s?(?:years?|yrs?|yo\b|y/o|y\.o\.|-?year))"), None),
    # "who is 95.", "she turned 92 last week"
    ("[AGE>89]", re.compile(r"(?i)\b(?:who|he|she|patient|pt|[a-z]+\s+(?:wife|husband|mother|father)|\))\s+(?:is|was|turned|turns|now|is\s+now|was\s+now)\s+"
                            r"(?P<v>9\d|1[0-1]\d)\b(?=\s*(?:[.,;)]|$|and\b|now\b|this\b|last\b|today\b))"), _sub_value("[AGE>89]")),
    ("[AGE>89]", re.compile(r"(?i)\b(?:he|she)['’]s\s+(?P<v>9\d|1[0-1]\d)\b(?=\s*(?:[.,;)]|$|and\b|now\b|this\b|last\b|today\b|years?\b))"),
     _sub_value("[AGE>89]")),
    ("[AGE>89]", re.compile(r"(?i)\b(?:age|aged)\s*:?\s*(?P<v>9\d|1[0-1]\d)(?:\b|(?=y\b))(?!\s*(?:%|mg|kg|lbs?|mmHg|bpm|d|days?|wks?|weeks?|mos?|months?|h|hrs?|hours?|min|minutes?)\b|%)"),
     _sub_value("[AGE>89]")),
]


_PATTERNS_ALL: list = []  # phi_patterns.FIRST + PATTERNS + phi_patterns.LAST, filled below


def _is_place_word(w: str) -> bool:
    return w.lower() in _NOT_NAME_WORDS or not name_words.unknown(w)


def _is_ordinary_place_word(w: str) -> bool:
    """A one-word town that is also an English, clinical, drug or eponym word ("Normal", "Foley", "Hope")."""
    lw = w.lower()
    return (lw in _NOT_NAME_WORDS or name_words._english(lw) or lw in name_words.EPONYMS or _is_drug(w)
            or name_words.clinical_word(w))


def _all_patterns() -> list:
    last = [(ph, pat, phi_patterns.place_value(_is_place_word) if pat is phi_patterns._PLACE_CUE
             else phi_patterns.listed_place(_is_ordinary_place_word, name_words.place) if pat is phi_patterns._PLACE_LISTED else repl)
            for ph, pat, repl in phi_patterns.LAST]
    first = [(ph, pat, phi_patterns.postcode(name_words.place) if pat is phi_patterns._POSTCODE else repl)
            for ph, pat, repl in phi_patterns.FIRST]
    return first + PATTERNS + last


def _other_phi(text: str, counts: Counter, dates: set | None = None) -> str:
    """The typed patterns, in order; `dates` collects the month/day values taken for dates ("3/1")."""
    if "|" in text:
        new = phi_patterns.table_mrns(text)
        counts["[MRN]"] += new.count("[MRN]") - text.count("[MRN]")
        text = new
    for placeholder, pattern, repl in _PATTERNS_ALL:
        def fn(m: re.Match, placeholder=placeholder, repl=repl) -> str:
            new = repl(m) if repl else placeholder
            if new != m.group(0):
                counts[placeholder] += 1
                if dates is not None and placeholder == "[DATE]":
                    dates.update(v for v in _MD_VALUE.findall(m.group(0)) if v not in new)
            return new
        text = pattern.sub(fn, text)
    return phi_patterns.join_addresses(text)


_PATTERNS_ALL[:] = _all_patterns()
_MD_VALUE = re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}(?![\d/])")


# where a recurring month/day stands as a date: right after a word that introduces a date ("on 3/1",
# "Sat 3/1", "until 3/2"), or after a word of an event ("missed dialysis 3/1", "makeup run 3/2") when it
# does not read as a part of a small whole ("deltoids 4/5", "oriented 3/3", "ate 1/2", "Pain 10/10")
_DATE_CUE_STRONG = re.compile(r"(?i)(?:\[DATE\][ \t]*(?:or|and|-|–|to)|\b(?:on|due|appt|appointment|visit|until|till|since|by|before|after|through|thru|dated|week\s+of"
                              r"|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday))[ \t]+$")
_LOWER_WORD_BEFORE = re.compile(r"\b(?!(?i:recall|registration|orientation|strength|motor|power|murmur|grade|tone|sensation|reflexes|score|pain"
                                r"|vision|acuity|hearing|eye|ratio|scale|dilution|titer|nodes|cores)\b)[a-z][a-z'-]*[ \t]+$")
_DATE_CUE_EVENT = re.compile(r"(?i)\b(?:planned|scheduled|booked|missed|next|last|started|stopped|held|discharge|discharged|admitted"
                             r"|admission|surgery|procedure|dialysis|session|run|called|seen|returned|returns|return|d/c|home|from|of|concussion"
                             r"|injury|fall|onset|arrived|visited|off|connected|disconnected|placed|removed)[ \t]+$")
_DATE_ENDS = r"(?=[ \t]*(?:[.,;:)]|$|\n)|[ \t]+(?:with|at|and|to|for|in|on|from|by|after|before|when|while|during|per|via|then|-|–)\b)"


def _date_recurrences(text: str, dates: set, counts: Counter) -> str:
    """A month/day taken for a date anywhere in a group ("did not show Sat 3/1") is a date wherever it
    recurs there ("missed dialysis 3/1"), unless a score word or a count noun makes it a fraction."""
    for v in sorted(dates, key=len, reverse=True):
        n, d = (int(x) for x in v.split("/"))

        def fn(m: re.Match, n: int = n, d: int = d) -> str:
            before = m.string[max(0, m.start() - 25):m.start()]
            if phi_patterns._SCORE_BEFORE.search(before) or not (
                    _DATE_CUE_STRONG.search(before) or (_DATE_CUE_EVENT.search(before) and not (n <= d <= 12))
                    or (d > 12 and _LOWER_WORD_BEFORE.search(before))):  # a day that cannot be a month ("intervention 2/23")
                return m.group(0)
            counts["[DATE]"] += 1
            return "[DATE]"
        text = re.sub(rf"(?<![\w/.(-]){re.escape(v)}{phi_patterns._NOT_FRACTION_AFTER}{_DATE_ENDS}", fn, text)
    return text


def find_names(text: str) -> list[str]:
    """The names `redact` finds in `text` and their words ("John Carter", "Carter", "John"), longest first."""
    t = _other_phi(text or "", Counter())
    alone: list = []  # a staff column's or a reference line's initials are no name to look for elsewhere
    spans = _cued_names(t, _ner_spans([t])[0], alone=alone)
    alone_set = set(alone)
    spans = [sp for sp in spans if sp not in alone_set]
    names = []
    for s, e in spans:
        full = " ".join(w for w in _name_parts(t, [(s, e)]))
        for cand in [full] + _name_parts(t, [(s, e)]):
            if cand and cand not in names:
                names.append(cand)
    return sorted(names, key=lambda s: (-len(s), s))


_VERB_AFTER = re.compile(r"[ \t]+(?:to|from|after|up|over|by|in|on|at|off|out|into|than|x)\b", re.I)
# ... but "to" and a person's task is a name's ("Baker to send info", "Bishop to confirm ride"; "Foley to gravity",
# "rose to 39.1" are not)
_TASK_AFTER = re.compile(r"[ \t]+to[ \t]+(?:send|call|confirm|follow|f/u|see|check|review|arrange|contact|discuss|update|notify|"
                         r"bring|pick|visit|speak|talk|meet|fax|sign|complete|schedule|return|reassess|obtain|order|write|draft|"
                         r"coordinate|ask|page|give|get|make|help|attend|provide|email|e-mail|text|come|touch|assist|let|tell|"
                         r"clarify|verify|request|submit|forward|print|set|book|drive|stay|relay|reach|phone|message)\b", re.I)


def _redact_group(texts: list[str], extra_names: Iterable[str] = ()) -> tuple[list[str], list[Counter]]:
    return _redact_groups([texts], extra_names)[0]


def _redact_groups(groups: list[list[str]], extra_names: Iterable[str] = ()) -> list[tuple[list[str], list[Counter]]]:
    """`_redact_group` of each group, the name recognizer run once over all their texts (the model batches them)."""
    extra_names = list(extra_names)
    staged = [_stage(texts) for texts in groups]
    ents, typed = _ner_and_typed([t or "" for stage, _ in staged for t in stage])
    out, at = [], 0
    for stage, counts in staged:
        n = len(stage)
        out.append(_names_of_group(stage, counts, ents[at:at + n], typed[at:at + n], extra_names))
        at += n
    return out


def _stage(texts: list[str]) -> tuple[list[str], list[Counter]]:
    """The group's texts with the PHI other than names replaced (dates recurring as written too): what the name
    recognizer reads."""
    counts = [Counter() for _ in texts]
    dates: set = set()
    stage = [_other_phi(t, c, dates) if t else t for t, c in zip(texts, counts)]
    if dates:
        stage = [_date_recurrences(t, dates, c) if t else t for t, c in zip(stage, counts)]
    return stage, counts


# a verb of contact before a word makes it a person's name whatever follows ("update Akinyi daily", "call Hana BID if worse")
_CONTACT_BEFORE = re.compile(r"(?i)\b(?:update|updated|updates|call|called|calls|text|texted|page|paged|tell|told|notify|notified|remind"
                             r"|reminded|visit|visited|see|saw|meet|met|ask|asked)[ \t]+\Z")


def _names_of_group(stage: list[str], counts: list[Counter], ents: list, typed: list,
                    extra_names: Iterable[str] = ()) -> tuple[list[str], list[Counter]]:
    words = list(extra_names)
    found = []
    # words only the recognizer found recur only as written: a word it mistook ("Senna", "Ward")
    # must not take its lower-case namesakes with it ("senna nightly", "back to ward")
    by_ner, by_rules = set(), set(extra_names)
    # the words the probe is sure of come with the typed spans; each is taken where it stands only (one mistake must not
    # spread through the group), and not as a score's or a sign's name: a number right after, an eponym's noun close after
    # (right after a lower-case word no eponym list holds: "husband frank runs the pump"),
    # or a word that makes a name-word a verb ("Berg 44/56", "Adams forward bend test", "temp rose to 39.1")
    sure = [[(s, e) for s, e, ph in other if ph.startswith("[NAME]")] for other in typed]
    surest = [{(s, e) for s, e, ph in other if ph == "[NAME]!"} for other in typed]  # exempt from the verb's guard
    grow = [[(s, e, ph == "+NAME,") for s, e, ph in other if ph in ("+NAME", "+NAME,")] for other in typed]
    typed = [[x for x in other if x[2] not in ("[NAME]", "[NAME]!", "+NAME", "+NAME,")] for other in typed]
    for t, en in zip(stage, ents):
        only: list = []
        alone: list = []  # a staff column's or a reference line's initials stand where they are written ("| pt |", "DC/jw")
        spans = (_cued_names(t, en, only, alone) + (_cued_names(_lowered(t)) if _caps_mode(t) else [])) if t else []
        found.append(spans)
        ruled = _name_parts(t, [sp for sp in spans if sp not in only and sp not in alone])
        marked = _name_parts(t, only)
        words += ruled + marked
        by_rules.update(ruled)
        by_ner.update(marked)
    as_written = by_ner - by_rules
    # a word written anywhere in the group with a dose, a strength, a form or a result after it, or what a wound is packed
    # with before it, or a generic drug's name in a bracket after or before it, is a product, not a name ("Peridex 0.12% rinse"
    # in the note, "Peridex and fluoride" in the summary; "packed w/ Alvogyl"; "Roxanol (morphine concentrate)", "budesonide
    # (Kinpeygo)"), unless a verb of contact comes before the word ("update Akinyi daily")
    sure_words = {w for t, su in zip(stage, sure) for s, e in su for w in _WORD_RE.findall(t[s:e])}
    products = {w for w in set(words) if w[:1].isupper() and any(
        any(not _CONTACT_BEFORE.search(t, max(0, p.start() - 20), p.start())
            for p in re.finditer(rf"(?<![\w\[]){re.escape(w)}{_PRODUCT_AFTER.pattern}", t))
        or re.search(rf"{_PRODUCT_BEFORE.pattern}{re.escape(w)}\b", t)
        or (not name_words.name_kind(w) and re.search(rf"(?<![\w\[]){re.escape(w)}{_STRENGTH_AFTER.pattern}", t))
        or (not name_words.name_kind(w)
            and any(_is_drug(g.group("g")) for g in re.finditer(rf"(?<![\w\[]){re.escape(w)}{_GENERIC_AFTER.pattern}", t)))
        for t in stage if t)}
    # a generic's brand in a bracket, also among the probe's sure words, which only this reason takes for a product (a name taken
    # by the rules elsewhere in the group is no reason to doubt one the probe is sure of: "Romberg neg", "Referred by Romberg")
    branded = {w for w in set(words) | sure_words if w[:1].isupper() and not name_words.name_kind(w) and any(
        _is_drug(g.group("g")) for t in stage if t for g in re.finditer(rf"{_GENERIC_BEFORE}{re.escape(w)}\)", t))}
    products |= branded
    if products:
        words = [w for w in words if w not in products]
        found = [[(s, e) for s, e in spans if not _only_products(t, s, e, products)] for t, spans in zip(stage, found)]
    out = []
    for t, spans, c, other, su, sst, gr in zip(stage, found, counts, typed, sure, surest, grow):
        if not t:
            out.append(t)
            continue
        spans = spans + [(s, e) for s, e in su if not any(a < e and s < b for a, b in spans) and not _only_products(t, s, e, branded)
                         and not (((_eponym_follows(t, e, 1) or _TEST_HEAD_AFTER.match(t, e)) if _one_word_guard(t[s:e])
                                       else _eponym_follows(t, e, 3))
                                  or _NUMBER_RIGHT_AFTER.match(t[e:e + 30]) or _THING_LABEL.search(t, max(0, s - 40), s)
                                  or (_VERB_AFTER.match(t, e) and not (t[s:s + 1].isupper() and _TASK_AFTER.match(t, e))
                                      and not name_model.lower_initials(t[s:e], listed=True)
                                      and not ((s, e) in sst and not _NUMBER_PAST_VERB.match(t, e))))]
        rec = _recurrences(t, words, as_written)
        spans = spans + rec + phi_patterns.extend_lists(t, rec, _list_item) + _nicknames(t, rec)
        spans = spans + _listed_after(t, spans)
        # the probe's words grow a name from its whole extent, the words that belong to it included (`_name_tails`)
        spans = [(s, e) for s, e in spans + _grown(t, [_name_tails(t, s, e) for s, e in spans], gr)
                 if not (clinical_eponym(t, s, e) or hl7_code(t, s, e))]
        t, n = _apply_names(t, spans, other, c)
        c["[NAME]"] += n
        t = _IRISH_PARTICLE.sub("", t).replace("ʻ[NAME]", "[NAME]")  # "Dr Ó [NAME]", "ʻ[NAME]": the particle, the ʻokina are the name's
        # ages and month/days that stand as such only next to a name ("[NAME], 96,", "[NAME] 8/14:") or a date found last
        t2 = phi_patterns.ids_beside_names(phi_patterns.dates_beside_dates(phi_patterns.date_after_name(phi_patterns.age_after_name(t))))
        for ph in ("[AGE>89]", "[DATE]", "[MRN]", "[PHONE]"):
            c[ph] += t2.count(ph) - t.count(ph)
        t = t2
        out.append(t)
    return out, counts


# a sure word no eponym list holds and no English word (lower-case, a name only the name lists know, a word no list knows) is
# kept from a name only by an eponym's noun right after it ("husband frank runs the pump", "Lars does the pump swaps",
# "[NAME] Exantus's Burkitt lymphoma"), or by a test's, a sign's or a scale's up to three words on ("Adams forward bend test")
_TEST_HEAD_AFTER = re.compile(r"(?:['’]s)?(?:[ \t]{1,2}[A-Za-z-]+){0,2}[ \t]{1,2}(?i:tests?|signs?|maneuvers?|manoeuvres?|scales?|scores?"
                              r"|rules?|criteria|classification|syndrome|disease|reflex|reflexes)\b")


def _one_word_guard(word: str) -> bool:
    """A sure word that `_TEST_HEAD_AFTER`'s narrower guard holds back (see above)."""
    lw = word.lower()
    return not name_model._eponym(lw) and (word.islower() or name_words.word_class(word.capitalize() if word.isupper() else word) in ("K", "U"))


# a number right after the word that makes a name-word a verb: "temp rose to 39.1" keeps its guard however sure the probe is
_NUMBER_PAST_VERB = re.compile(r"[ \t]+\w+[ \t]+[~<>≈]?[ \t]*\d")
# an Irish surname's one-letter particle before a name taken ("Ó Broin", "Ó Briain"); "O" without its accent may be a blood group
_IRISH_PARTICLE = re.compile(r"(?:(?<![\w.'’])[A-Z]\.[ \t]?)?(?<![\w'’])Ó[ \t]+(?=\[NAME\])")  # (and an initial before it: "J. Ó Briain")
_GROW_GAP = re.compile(r"[ \t]|[ \t]?-[ \t]?")  # between a name and a word that grows it: a space or a hyphen, on one line
_COMMA_GAP = re.compile(r",[ \t]{1,2}")  # "LAST, First" on one line


def _grown(text: str, spans: list[tuple[int, int]], words: list[tuple[int, int, bool]]) -> list[tuple[int, int]]:
    """The words the probe scored as names through and through (`name_model.GROW`) that stand right beside a name taken
    (a space or a hyphen between them), and beside those in turn ("Lý [Minh] Khoa", "june [haskins]"): a name the rules
    or the probe found once is not left with a part of it in clear. Across a comma, the other half of "LAST, First"
    grows it too (a capitalized word of three letters or more, or one in capitals scored at least
    `name_model.COMMA_GROW`: `comma_only`), never a language or another word the rules know is no name ("Interpreter:
    Bengali, [NAME]")."""
    taken = sorted(set(spans))
    out: list[tuple[int, int]] = []
    grown = True
    while grown:
        grown = False
        for s, e, comma_only in words:
            if (s, e) in out or any(a < e and s < b for a, b in taken):
                continue
            across = (text[s:s + 1].isupper() and (text[s:e].isupper() if comma_only else e - s > 2)
                      and text[s:e].lower() not in _NOT_NAME_WORDS)  # never "Bengali, [NAME]"
            if any((across and (_COMMA_GAP.fullmatch(text, b, s) or _COMMA_GAP.fullmatch(text, e, a)))
                   or (not comma_only and (_GROW_GAP.fullmatch(text, b, s) or _GROW_GAP.fullmatch(text, e, a)))
                   for a, b in taken):
                out.append((s, e))
                taken.append((s, e))
                grown = True
    return out


def redact_counts(text: str, extra_names: Iterable[str] = ()) -> tuple[str, Counter]:
    """Redacted text and how many spans of each placeholder type were replaced.

    `extra_names`: names (e.g. from `find_names` on a sibling text) whose whole-word mentions
    are also replaced by [NAME].
    """
    if not text:
        return text, Counter()
    (out,), (counts,) = _redact_group([text], [w for n in extra_names for w in [n, *n.split()]])
    return out, counts


def redact(text: str) -> str:
    """Replace PHI-looking spans with typed placeholders."""
    return redact_counts(text)[0]


def redact_groups(groups: list[list[str]]) -> list[tuple[list[str], Counter]]:
    """`redact_many` of each group (each redacted on its own, as `redact_many` would), the name recognizer run over
    all of them at once: with the model backend one batched pass serves many groups (stage=prepare hands it 64 notes at
    a time)."""
    out = []
    for texts, counts in _redact_groups([list(g) for g in groups]):
        total: Counter = Counter()
        for c in counts:
            total.update(c)
        out.append((texts, total))
    return out


def redact_many(texts: list[str]) -> tuple[list[str], Counter]:
    """Redact texts that belong together (a note, its summary, its negatives) consistently.

    A name found in any of them ("Patient Rosalind Achterberg" in the note) is also replaced
    wherever one of its words recurs in the others ("Achterberg improved" in the summary), so
    the same person becomes [NAME] everywhere. Returns the texts in order and the summed counts.
    """
    out, counts = _redact_group(list(texts))
    total: Counter = Counter()
    for c in counts:
        total.update(c)
    return out, total


# ----------------------------------------------------------------------------- ids
#
# Users build note ids from names and record numbers ("achterberg_5502917"), so an id is an
# identifier too. stage=prepare replaces each with a pseudonym keyed by the id and the raw note
# (a digest nobody without the raw note can invert or brute-force); everything that shows an id
# later passes it through `public_id`, which keeps pseudonyms and hashes anything else.

_PSEUDONYM = re.compile(r"[nh][0-9a-f]{12}(?:-[a-z]+\d+)*")  # public_id(public_id(x)) == public_id(x)


def pseudonym(raw_id: object, raw_note: str) -> str:
    """The id stage=prepare writes for a note: "n" + 12 hex digits of sha256(id, raw note)."""
    import hashlib

    return "n" + hashlib.sha256(f"{raw_id}\x00{raw_note}".encode("utf-8")).hexdigest()[:12]


def public_id(value: object) -> str:
    """An id fit to print, log or write: a prepare pseudonym (and its -s0/-h1/-p2 suffixes) or an
    earlier digest as it is, anything else as "h" + 12 hex digits of its sha256 (stable, so rows
    still match; a digest of a short guessable id can be guessed back: let prepare pseudonymize)."""
    import hashlib

    v = str(value)
    return v if _PSEUDONYM.fullmatch(v) else "h" + hashlib.sha256(v.encode("utf-8")).hexdigest()[:12]
