"""A seeded generator of synthetic clinical notes with faithful reference summaries.

Everything here is synthetic: the patients, names, record numbers, phone numbers, addresses,
e-mail addresses and dates are made up (phone numbers use the fictional 555-01xx range, e-mail
addresses the reserved example.org / example.com domains). No real patient record was used.

`generate(n, seed)` returns `n` notes, each

    {"source_id": "g0001", "specialty", "note_type", "clinical_note", "summary", "phi": bool}

over 14 specialties and 6 note types (discharge_summary, progress_soap, ed_note, consult,
operative_note, medication_reconciliation), balanced by cycling the (specialty, note type) pairs
and shuffling them with the seed. Notes (about 100-200 words) are dense with checkable facts:
age and sex, a diagnosis, a procedure, 2-4 medications with dose, unit, route and frequency,
2-4 labs with values and units, vitals, a laterality finding, negated findings and durations.
The summary (about 40-80 words) restates a subset of those facts copied as written, so every
number in it appears in the note and `medllm.grounding.checker.check(note, summary) == []`.

Each summary reliably contains: age and sex, the diagnosis, a symptom with its duration
("for 3 days"), the laterality finding, one negated finding ("denies chest pain" / "no fever"),
at least one medication with dose, unit, route and frequency, at least one lab with value and
unit, and one or two vital signs; it names the procedure for every note type except
medication_reconciliation. `generate(..., with_facts=True)` adds a "facts" list of
`{"kind", "text"}` spans (each occurring verbatim in the summary) from which typed hard
negatives can be derived by changing one fact.

About a quarter of the notes (`"phi": True`) carry synthetic PHI in formats that
`medllm.clinical.redact.redact` replaces (a "Patient: First Last. MRN: ... DOB: mm/dd/yyyy.
Phone: (ddd) 555-01dd." header, "admitted on March 3, 2024", "42 Elm Street", an e-mail, a
"Dr. First Last" attending, ages over 89); some of their summaries carry the date or a
"Ms. Lopez" form too. Notes with `"phi": False` contain nothing `redact` would change. PHI is
never a clinical fact. Integers of 1,000 and more are always written with comma thousands
separators (note and summary alike).

Determinism: only `random.Random(seed)` is used (no global random, no clock, no iteration over
sets or hash-ordered data), so the same (n, seed) gives byte-identical output.

Layout (imports go one way, top to bottom):

    tables.py        specialties, note types, medications, labs, history and PHI vocabularies
    scenarios.py     scenarios.yaml (the clinical scenarios by specialty), read and checked at load
    case.py          `_Case`: one note's sampled facts
    writers.py       the note writers by note type, and the faithful summary
    build.py         `generate` and `write_raw`

Regenerate the committed corpus (raw notes, then stage=prepare):

    .venv/bin/python -m medllm build-corpus
"""

from __future__ import annotations

from medllm.data.corpus.build import generate, write_raw
from medllm.data.corpus.scenarios import SCENARIOS, SCENARIOS_PATH, load_scenarios
from medllm.data.corpus.tables import DEFAULT_SEED, LABS, MEDS, NOTE_TYPES, PHI_FRACTION, SPECIALTIES

__all__ = [
    "SPECIALTIES", "NOTE_TYPES", "DEFAULT_SEED", "PHI_FRACTION", "LABS", "MEDS", "SCENARIOS", "SCENARIOS_PATH",
    "generate", "write_raw", "load_scenarios",
]
