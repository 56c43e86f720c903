"""PHI redaction with typed placeholders, applied before text reaches a log, W&B, a table or the data set.

Placeholders: ``[NAME]``, ``[DATE]``, ``[MRN]``, ``[PHONE]``, ``[ADDRESS]``, ``[EMAIL]``, ``[SSN]`` and
``[AGE>89]`` (HIPAA: ages over 89 are identifying; the number is replaced, "-year-old" stays).

Conservative on clinical numbers: blood pressures (148/92), doses (10 mg), lab values (HbA1c 7.2%),
counts (150,000 platelets, 150,000/uL), scores and fractions (3/10 pain, 1/2 tablet, Apgar 8/9),
ages up to 89 and "hospital day 2" are never touched. Numeric dates need a 4-digit year (03/14/2024)
unless a date label precedes them ("DOB: 3/14/52"), so a two-part fraction is never a date.

What is detected:
  [NAME]     a title and a capitalized name ("Mr. John Carter", "Dr. Smith"), or a labelled name
             ("Patient: John Carter", "Name: Carter, John", "Attending: Jane Doe"); see `redact_many`
             for carrying a name found in one text to bare mentions in another.
  [DATE]     03/14/2024, 2024-03-14, 14.03.2024, 01-Feb-1950, March 14, 2024, 14 March 2024,
             March 14, March 2024, and whatever date follows "DOB:" / "Date of birth:".
  [MRN]      "MRN: 4839201", "MR# 00123", "medical record number 12-34567", "Patient ID: A1234567".
  [PHONE]    555-867-5309, (555) 867-5309, +1 555 867 5309, "Phone: 5558675309".
  [ADDRESS]  "12 Elm Street", "4 Oak Ave, Apt 3B", "Boston, MA 02115", "P.O. Box 123".
  [EMAIL]    jc@example.org
  [SSN]      123-45-6789, "SSN: 123456789"
  [AGE>89]   "92-year-old", "92 yo", "age 95", "aged 101"
Limits: a bare name with no title or label ("John saw ...") is not found unless `redact_many`
learned it from a titled/labelled mention in the same group of texts; a numeric date without a
year ("on 3/14") is indistinguishable from a fraction and is kept.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Callable, Iterable

__all__ = ["PLACEHOLDERS", "redact", "redact_counts", "redact_many", "find_names"]

PLACEHOLDERS = ("[NAME]", "[DATE]", "[MRN]", "[PHONE]", "[ADDRESS]", "[EMAIL]", "[SSN]", "[AGE>89]")

_MONTHS = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
           r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_MON_NUM = r"(?:0?[1-9]|1[0-2])"
_YEAR4 = r"(?:19|20)\d{2}"
# a number that is a dose/measurement is not a day of the month ("May 5 mg" is not a date)
_NOT_UNIT = r"(?!\s*(?:mg|mcg|g|kg|mL|ml|L|units?|%|mmHg|cm|mm)\b)"

# words that start a capitalized phrase after "Patient:" but are not names
_NOT_NAME = set("""
The A An He She They His Her This That Patient Pt Male Female Man Woman Boy Girl Child Infant Baby
No Not None Denies Denied Reports Reported Presents Presented Presenting Complains Seen Admitted
Discharged Status Stable Alert Awake Oriented Afebrile Unknown Unable Well Doing Is Was Has Had
History Chief Complaint Plan Assessment Follow Continue Started Start Stop Stopped Tolerating
Mr Mrs Ms Miss Dr Prof Doctor Nurse MD RN DO NP PA Jr Sr II III IV
Left Right Bilateral Acute Chronic Mild Moderate Severe Normal Negative Positive Yes
Street St Avenue Ave Road Rd Drive Lane Ln Boulevard Blvd Hospital Clinic Medical Center Unit ICU ED ER
""".split())

_CAP = r"[A-Z][a-zA-Z'\-]*[a-zA-Z]"          # one capitalized name word (O'Brien, Smith-Jones)
_INITIAL = r"[A-Z]\."
_TITLE = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Doctor)"
_LABELS = (r"(?:Patient(?:'s)?\s+name|Patient|Pt\.?\s+name|Pt|Name|Full\s+name|Attending|Physician|Provider|PCP"
           r"|Surgeon|Referring(?:\s+physician)?|Signed\s+by|Seen\s+by|Dictated\s+by|Electronically\s+signed\s+by"
           r"|Guardian|Mother|Father|Spouse|Emergency\s+contact|Next\s+of\s+kin|Contact)")

_STREET_TYPES = (r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Place|Pl|Way"
                 r"|Terrace|Ter|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Square|Sq)")
_STATES = (r"(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ"
           r"|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC)")


def _sub_value(placeholder: str) -> Callable[[re.Match], str]:
    """Replace only the named group 'v' of a labelled match, keeping the label."""
    def fn(m: re.Match) -> str:
        s, e = m.span("v")
        return m.group(0)[: s - m.start()] + placeholder + m.group(0)[e - m.start():]
    return fn


def _name_value(m: re.Match) -> str:
    """'Patient: Denies pain' is not a name: every word of a labelled name must look like a name."""
    words = re.findall(r"[A-Za-z'\-]+", m.group("v"))
    if not words or any(w.strip("'-").capitalize() in _NOT_NAME or w in _NOT_NAME for w in words):
        return m.group(0)
    return _sub_value("[NAME]")(m)


def _date_value(m: re.Match) -> str:
    return _sub_value("[DATE]")(m)


# (placeholder, pattern, replacement or None for the placeholder itself); order matters:
# labelled forms first, then the specific shapes, names last so that "12 Elm Dr." is an address.
PATTERNS: list[tuple[str, re.Pattern, Callable[[re.Match], str] | None]] = [
    ("[EMAIL]", re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]*\w\b"), None),
    ("[SSN]", re.compile(r"\b\d{3}-\d{2}-\d{4}\b"), None),
    ("[SSN]", re.compile(r"(?i)\b(?:SSN|social security(?: number| no\.?)?)\s*[:#]?\s*(?P<v>\d{9}|\d{3} \d{2} \d{4})\b"),
     _sub_value("[SSN]")),
    ("[MRN]", re.compile(r"(?i)\b(?:MRN|MR\s?#|MR\s+number|medical\s+record(?:\s+(?:number|no\.?|#))?|record\s*#"
                         r"|chart\s*(?:#|number|no\.?)|patient\s+ID|account\s*(?:#|number|no\.?)|acct\s*#?)"
                         r"\s*[:#]?\s*(?P<v>(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{3,}[A-Z0-9])\b"),
     _sub_value("[MRN]")),
    # dates after a date-of-birth label: any date-looking value, 2-digit years included
    ("[DATE]", re.compile(rf"(?i)\b(?:DOB|D\.O\.B\.?|date\s+of\s+birth|birth\s*date|born(?:\s+on)?)\s*[:#-]?\s*"
                          rf"(?P<v>\d{{1,4}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}|\d{{1,2}}[- ]{_MONTHS}[- ,]+\d{{2,4}}"
                          rf"|{_MONTHS}\.? \d{{1,2}}(?:st|nd|rd|th)?,? \d{{2,4}}|{_MONTHS} \d{{4}})\b"), _date_value),
    ("[DATE]", re.compile(rf"(?i)\b(?:date|dated|admitted|discharged|seen|visit|surgery|procedure)\s*(?:on|:)?\s*"
                          rf"(?P<v>{_MON_NUM}/{_DAY}/\d{{2}})\b(?![/\d])"), _date_value),
    ("[PHONE]", re.compile(r"(?<![\d/.,])(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b"), None),
    ("[PHONE]", re.compile(r"(?i)\b(?:phone|tel|telephone|cell|mobile|fax|pager|contact\s+number)\s*[:#]?\s*"
                           r"(?P<v>\+?\d[\d\s().-]{8,}\d)\b"), _sub_value("[PHONE]")),
    ("[DATE]", re.compile(rf"\b{_MON_NUM}/{_DAY}/{_YEAR4}\b"), None),
    ("[DATE]", re.compile(rf"\b{_MON_NUM}-{_DAY}-{_YEAR4}\b"), None),
    ("[DATE]", re.compile(rf"\b{_DAY}\.{_MON_NUM}\.{_YEAR4}\b"), None),
    ("[DATE]", re.compile(rf"\b{_YEAR4}[-/]{_MON_NUM}[-/]{_DAY}\b"), None),
    ("[DATE]", re.compile(rf"\b{_DAY}-{_MONTHS}-(?:{_YEAR4}|\d{{2}})\b", re.I), None),
    ("[DATE]", re.compile(rf"\b{_MONTHS}\.? {_DAY}(?:st|nd|rd|th)?,? {_YEAR4}\b"), None),
    ("[DATE]", re.compile(rf"\b{_DAY}(?:st|nd|rd|th)? (?:of )?{_MONTHS}\.?,? {_YEAR4}\b"), None),
    ("[DATE]", re.compile(rf"\b{_MONTHS}\.? {_DAY}(?:st|nd|rd|th)?\b(?![.,]?\d){_NOT_UNIT}"), None),
    ("[DATE]", re.compile(rf"\b{_DAY}(?:st|nd|rd|th)? (?:of )?{_MONTHS}\b"), None),
    ("[DATE]", re.compile(rf"\b{_MONTHS},? {_YEAR4}\b"), None),
    ("[ADDRESS]", re.compile(r"(?i)\bP\.?\s?O\.?\s+Box\s+\d+\b"), None),
    ("[ADDRESS]", re.compile(rf"\b\d{{1,5}} (?:[NSEW]\.? )?[A-Z][a-z]+(?: [A-Z][a-z]+)* {_STREET_TYPES}\b"
                             rf"(?:,? (?:Apt|Apartment|Suite|Ste|Unit|#)\.? ?[A-Za-z0-9-]+)?"), None),
    ("[ADDRESS]", re.compile(rf"\b[A-Z][a-z]+(?: [A-Z][a-z]+)?, {_STATES} \d{{5}}(?:-\d{{4}})?\b"), None),
    ("[NAME]", re.compile(rf"\b{_TITLE}\.? (?:{_CAP}|{_INITIAL})(?: (?:{_CAP}|{_INITIAL})){{0,2}}(?<!\.)"), None),
    ("[NAME]", re.compile(rf"\b{_LABELS}\s*:\s*(?P<v>{_CAP},\s+{_CAP}(?: {_INITIAL})?|{_CAP}(?: (?:{_CAP}|{_INITIAL})){{1,3}}"
                          rf"|(?<=Name: ){_CAP})"), _name_value),
    # HIPAA: ages over 89
    ("[AGE>89]", re.compile(r"(?i)\b(?:9\d|1[0-1]\d)(?=\s?-?\s?(?:years?|yrs?|yo\b|y/o|y\.o\.|-?year))"), None),
    ("[AGE>89]", re.compile(r"(?i)\b(?:age|aged)\s*:?\s*(?P<v>9\d|1[0-1]\d)\b(?!\s*(?:%|mg|kg|lbs?|mmHg|bpm|d|days?|wks?|weeks?|mos?|months?|h|hrs?|hours?|min|minutes?)\b|%)"),
     _sub_value("[AGE>89]")),
]


def find_names(text: str) -> list[str]:
    """Names found in titled or labelled mentions ("Mr. John Carter" -> "John Carter", "Carter").

    Used by `redact_many` to redact the same person's bare mentions elsewhere in the group.
    """
    out: list[str] = []
    for m in re.finditer(rf"\b{_TITLE}\.? (?P<v>{_CAP}(?: {_CAP})*)", text or ""):
        out.append(m.group("v"))
    for m in re.finditer(rf"\b{_LABELS}\s*:\s*(?P<v>{_CAP},\s+{_CAP}|{_CAP}(?: (?:{_CAP}|{_INITIAL})){{1,3}})", text or ""):
        if _name_value(m) != m.group(0):
            out.append(m.group("v"))
    names: list[str] = []
    for full in out:
        parts = [p for p in re.split(r"[,\s]+", full) if p and not re.fullmatch(_INITIAL, p)]
        for cand in [" ".join(parts)] + parts:
            if len(cand) >= 3 and cand not in _NOT_NAME and cand not in names:
                names.append(cand)
    # longest first so "John Carter" is replaced before "Carter"
    return sorted(names, key=lambda s: (-len(s), s))


def redact_counts(text: str, extra_names: Iterable[str] = ()) -> tuple[str, Counter]:
    """Redacted text and how many spans of each placeholder type were replaced.

    `extra_names`: names (e.g. from `find_names` on a sibling text) whose bare, whole-word,
    case-sensitive mentions are also replaced by [NAME].
    """
    counts: Counter = Counter()
    if not text:
        return text, counts
    for placeholder, pattern, repl in PATTERNS:
        def fn(m: re.Match, placeholder=placeholder, repl=repl) -> str:
            new = repl(m) if repl else placeholder
            if new != m.group(0):
                counts[placeholder] += 1
            return new
        text = pattern.sub(fn, text)
    for name in sorted(set(extra_names), key=lambda s: (-len(s), s)):
        pat = re.compile(rf"(?<![\w\[]){re.escape(name)}(?![\w\]])")
        text, n = pat.subn("[NAME]", text)
        counts["[NAME]"] += n
    return text, counts


def redact(text: str) -> str:
    """Replace PHI-looking spans with typed placeholders."""
    return redact_counts(text)[0]


def redact_many(texts: list[str]) -> tuple[list[str], Counter]:
    """Redact texts that belong together (a note, its summary, its negatives) consistently.

    A name found in a titled/labelled mention in any of them ("Patient: John Carter" in the
    note) is also replaced where it appears bare in the others ("John Carter was admitted" in
    the summary), so the same person becomes [NAME] everywhere. Returns the texts in order and
    the summed counts.
    """
    names: list[str] = []
    for t in texts:
        for n in find_names(t or ""):
            if n not in names:
                names.append(n)
    total: Counter = Counter()
    out = []
    for t in texts:
        r, c = redact_counts(t, names)
        out.append(r)
        total.update(c)
    return out, total
