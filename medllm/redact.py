"""PHI redaction with typed placeholders, applied before text reaches a log, W&B or a table.

Conservative on clinical numbers: blood pressures (148/92), doses (10 mg), lab values
(HbA1c 7.2%) and counts (150,000 platelets) are never touched.
"""

from __future__ import annotations

import re

_MONTHS = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|Jun(?:e)?|Jul(?:y)?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"

PATTERNS: list[tuple[str, re.Pattern]] = [
    ("[EMAIL]", re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b")),
    ("[MRN]", re.compile(r"\b(?:MRN|medical record (?:number|no\.?)|record #)\s*[:#]?\s*[A-Z0-9-]{5,}\b", re.I)),
    ("[SSN]", re.compile(r"\b\d{3}-\d{2}-\d{4}\b")),
    ("[PHONE]", re.compile(r"(?<![\d/.])(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b")),
    # dates: 03/14/2024, 2024-03-14, March 14, 2024, 14 March 2024 (not 148/92: needs a year)
    ("[DATE]", re.compile(r"\b\d{1,2}/\d{1,2}/(?:19|20)\d{2}\b")),
    ("[DATE]", re.compile(r"\b(?:19|20)\d{2}-\d{2}-\d{2}\b")),
    ("[DATE]", re.compile(rf"\b{_MONTHS}\.? \d{{1,2}}(?:st|nd|rd|th)?,? (?:19|20)\d{{2}}\b")),
    ("[DATE]", re.compile(rf"\b\d{{1,2}} {_MONTHS}\.? (?:19|20)\d{{2}}\b")),
    ("[NAME]", re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.? [A-Z][a-zA-Z'-]+(?: [A-Z][a-zA-Z'-]+)?")),
    ("[NAME]", re.compile(r"(?<=\bPatient: )[A-Z][a-z]+(?: [A-Z][a-z]+)+")),
    ("[ADDRESS]", re.compile(r"\b\d{1,5} [A-Z][a-z]+(?: [A-Z][a-z]+)* (?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr)\b\.?")),
    # HIPAA: ages over 89 are identifying
    ("[AGE>89]", re.compile(r"\b(?:9\d|1[0-1]\d)(?=[- ](?:year|yo\b|y/o))", re.I)),
]


def redact(text: str) -> str:
    """Replace PHI-looking spans with typed placeholders."""
    if not text:
        return text
    for placeholder, pattern in PATTERNS:
        text = pattern.sub(placeholder, text)
    return text
