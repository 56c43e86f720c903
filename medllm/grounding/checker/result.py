"""Result types: the flag types (TYPES, in the order results are sorted and counted) and one
unsupported fact (Unsupported)."""

from __future__ import annotations

from dataclasses import dataclass


TYPES = (
    "medication", "dosage", "unit", "route", "frequency", "lab_value", "vital_sign",
    "laterality", "negation", "temporal", "diagnosis", "procedure", "context", "number", "other",
)


@dataclass(frozen=True)
class Unsupported:
    type: str
    text: str
