"""Library pieces for `stage=prepare`: raw notes + summaries -> the phase1_data contract.

    read_raw(path)              CSV / JSONL notes (or the earlier pipeline's DPO rows) -> note dicts
    read_medhal(path)           MedHal statements (statement, context, label, ...) -> note dicts
    normalize(text)             fact-preserving cleanup (spaces, quotes, dashes, unit spellings)
    strip_control(text)         NUL and other control characters removed (prepare always does this)
    fact_signature(text)        numbers, units, negation cues and drugs of a text (for checks/tests)
    split_sentences(text)       sentence offsets that do not break on 7.2, Dr., b.i.d.
    evidence(note, summary)     summary sentence -> supporting note sentence offsets
    near_duplicate_key(text)    key under which two notes count as the same note
    check_leakage(splits)       source_id / near-duplicate notes shared between splits

A note dict (what the readers return):

    {"id", "source_id", "specialty", "note_type", "clinical_note", "summary", "negatives": [...]}

each negative ``{"kind", "rejected"}`` plus, where the input had them, ``"from"``, ``"to"``
(the changed span, as in phase1_data/raw) and ``"explanation"`` (MedHal).

Every user-facing failure is a one-line `DataError` naming the file, the line (1-based) and
what to do; the caller prints it.

Layout (imports go one way): readers.py (the readers); text.py (normalize, strip_control,
fact_signature); sentences.py (split_sentences, evidence); leakage.py (near_duplicate_key,
check_leakage, which normalize first).
"""

from __future__ import annotations

from medllm.clinical.preprocess.leakage import check_leakage, near_duplicate_key
from medllm.clinical.preprocess.readers import NOTE_KEYS, read_medhal, read_raw
from medllm.clinical.preprocess.sentences import evidence, split_sentences
from medllm.clinical.preprocess.text import fact_signature, normalize, strip_control

__all__ = [
    "read_raw", "read_medhal", "normalize", "fact_signature", "split_sentences", "evidence",
    "near_duplicate_key", "check_leakage", "strip_control", "NOTE_KEYS",
]
