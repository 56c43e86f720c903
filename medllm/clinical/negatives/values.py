"""Quantities, labs and vitals: where the numbers of a summary are, and clinically different values.

`_quantities` (number + unit spans), `_named_values` ("<lab or vital> [filler] <value>" spans),
and the alternative values the dosage, lab_value, vital_sign and unit kinds propose
(`_changed_values`, `_lab_alternatives`, `_vital_alternatives`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from medllm.clinical.negatives.base import _decimals, _fmt_num, _in_note, _num_in_note, _strip_zeros, _to_float
from medllm.clinical.negatives.drugs import drug_mentions

_UNIT_RE = (r"mL/min/1\.73\s?m2|mg/m2|mg/kg|mcg/kg|mg/dL|g/dL|mmol/L|mEq/L|mIU/L|ng/dL|ng/mL|pg/mL|mcg/mL|"
            r"mcg/g|mg/g|U/L|cells/uL|copies/mL|mg/h|g/h|units|unit|mg|mcg|g|kg|mL|L|mEq|mmHg|%|cm|mm|lb|C|F|puffs")
_QTY = re.compile(r"(?<![\w.,/\-])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d/]|[.,]\d)"
                  r"(?:(\s?)(" + _UNIT_RE + r")(?![\w/]))?")
_DOSE_UNITS = {"mg", "mcg", "g", "units", "unit", "mEq", "mL", "L", "mg/kg", "mcg/kg", "mg/m2", "mg/h", "g/h", "puffs"}
_UNIT_SWAPS = {
    "mg": ["mcg", "g"], "mcg": ["mg"], "g": ["mg"], "kg": ["lb"], "lb": ["kg"], "mL": ["L"], "L": ["mL"],
    "units": ["mg"], "mEq": ["mmol"], "mg/dL": ["mmol/L"], "mmol/L": ["mg/dL"], "mEq/L": ["mg/dL"],
    "g/dL": ["mg/dL"], "mIU/L": ["IU/L"], "ng/dL": ["ng/mL"], "ng/mL": ["ng/dL"], "pg/mL": ["ng/mL"],
    "mcg/mL": ["mg/mL"], "mcg/g": ["mg/g"], "mg/g": ["mcg/g"], "U/L": ["U/mL"], "cells/uL": ["cells/mL"],
    "mg/kg": ["mg"], "mcg/kg": ["mg/kg"], "mg/m2": ["mg/kg"], "mg/h": ["mg/min"], "g/h": ["mg/h"],
    "cm": ["mm"], "mm": ["cm"],
}


@lru_cache(maxsize=1024)
def _quantities(text: str) -> tuple:
    """(start, end, number, number_end, unit) for numbers in `text` (slashed numbers excluded)."""
    out = []
    for m in _QTY.finditer(text):
        unit = m.group(3) or ""
        out.append((m.start(), m.end() if unit else m.end(1), m.group(1), m.end(1), unit))
    return tuple(out)


def _changed_values(num: str, factors, note: str, cap: float | None = None, strip: bool = False) -> list[str]:
    v = _to_float(num)
    dec = _decimals(num)
    thousands = "," in num
    out = []
    for f in factors:
        w = v * f
        if w <= 0 or (cap is not None and w > cap):
            continue
        d = dec
        if w != round(w, d):
            d = min(max(dec, 1), 2) if w < 10 else dec
            if round(w, d) == 0:
                continue
        s = _fmt_num(round(w, d), d, thousands)
        if strip:
            s = _strip_zeros(s)
        if _to_float(s) == v or s in out or _num_in_note(note, s):
            continue
        out.append(s)
    return out


# --------------------------------------------------------------------------- labs and vitals

_LAB_NAMES = [
    "hemoglobin A1c", "HbA1c", "A1c", "hemoglobin", "creatinine", "potassium", "sodium", "glucose",
    "blood glucose", "TSH", "free T4", "LDL", "HDL", "BNP", "NT-proBNP", "lipase", "WBC", "white blood cell count",
    "platelets", "platelet count", "INR", "eGFR", "lactate", "troponin", "CD4 count", "CD4", "HIV RNA",
    "calprotectin", "vitamin D", "lithium level", "trough", "pH", "PaCO2", "PaO2", "LVEF", "ejection fraction",
    "FEV1", "eosinophils", "bilirubin", "ALT", "AST", "albumin", "magnesium", "calcium", "ferritin", "PSA",
    "CRP", "ESR", "procalcitonin", "bicarbonate", "BUN", "chloride", "phosphorus", "ammonia", "hCG",
    "alkaline phosphatase", "triglycerides", "cholesterol",
]
_VITAL_NAMES = [
    "BP", "blood pressure", "HR", "heart rate", "pulse", "SpO2", "oxygen saturation", "O2 saturation", "T",
    "temperature", "RR", "respiratory rate", "fetal heart rate", "weighing", "birth weight", "weight",
]
_CASED = {"T", "HR", "RR", "BP", "pH", "INR", "AST", "ALT", "BUN", "CRP", "ESR", "PSA", "HDL", "LDL", "BNP", "TSH",
          "WBC", "CD4", "hCG", "A1c", "HbA1c"}


def _name_re(names):
    alts = []
    for n in sorted(set(names), key=lambda x: (-len(x), x)):
        e = re.escape(n).replace(r"\ ", r"\s+")
        alts.append(e if n in _CASED else "(?i:" + e + ")")
    return re.compile(r"(?<![\w\-])(" + "|".join(alts) + r")(?![\w\-])")


_LAB_RE = _name_re(_LAB_NAMES)
_VITAL_RE = _name_re(_VITAL_NAMES)
_VITAL_VALUE = re.compile(r"(\d{2,3})/(\d{2,3})(?:\s?mmHg)?"
                          r"|(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s?(%|bpm|C|F|kg|g|lb)(?![\w/]))?")
_FILLER = re.compile(r"(?:\s+(?:is|was|were|are|of|at|level|levels|count|fell|from|to|rising|rose|a|an|the|"
                     r"baseline|drop|dropped|improving|improved|down|up|value|peaked|decreased|increased|less|"
                     r"than|greater|challenge|test|on|admission|discharge|measured|remains|remained)){0,6}\s+",
                     re.I)


@lru_cache(maxsize=1024)
def _named_values(text: str) -> tuple:
    """(name_start, value_end, kind, value_start) for "<lab or vital> [filler] <number>" in `text`."""
    out = []
    drugs = drug_mentions(text)
    for rx, kind in ((_LAB_RE, "lab_value"), (_VITAL_RE, "vital_sign")):
        for m in rx.finditer(text):
            # "potassium chloride 40 mEq", "magnesium sulfate 4 g": a drug, not a lab
            if any(d.start <= m.start() and m.end() <= d.end and (d.end - d.start) > (m.end() - m.start())
                   for d in drugs):
                continue
            f = _FILLER.match(text, m.end())
            if not f:
                continue
            pos = f.end()
            if kind == "vital_sign":
                vm = _VITAL_VALUE.match(text, pos)
            else:
                vm = _QTY.match(text, pos)
            if not vm or (pos > 0 and text[pos - 1] in "-/"):
                continue
            out.append((m.start(), vm.end(), kind, pos))
    out.sort()
    return tuple(out)


def _vital_alternatives(name: str, value: str, note: str) -> list[str]:
    n = name.lower()
    m = re.match(r"(\d{2,3})/(\d{2,3})(.*)$", value, re.S)
    if m:
        s, d, rest = int(m.group(1)), int(m.group(2)), m.group(3)
        alts = []
        for ds, dd in ((-50, -20), (40, 16), (-30, -14), (24, 12)):
            s2, d2 = s + ds, d + dd
            if 70 <= s2 <= 240 and 40 <= d2 <= 140 and d2 < s2 - 20:
                v = f"{s2}/{d2}{rest}"
                if not _num_in_note(note, f"{s2}") and not _in_note(note, f"{s2}/{d2}"):
                    alts.append(v)
        return alts
    m = re.match(r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(.*)$", value, re.S)
    if not m:
        return []
    num, rest = m.group(1), m.group(2)
    v = _to_float(num)
    if n in ("t", "temperature") or rest.strip() in ("C", "F"):
        if rest.strip() == "F" or v > 50:
            opts = [98.4, 101.8] if v >= 100.4 else [102.6, 96.1]
        else:
            opts = [36.9, 37.1] if v >= 38 else [39.1, 38.8]
        vals = [f"{o:.1f}" for o in opts]
    elif n in ("spo2", "oxygen saturation", "o2 saturation") or rest.strip() == "%":
        vals = [str(int(v - 8)), str(int(v - 12))] if v >= 93 else [str(min(99, int(v + 7))), str(int(v - 6))]
    elif n in ("hr", "heart rate", "pulse"):
        vals = [str(int(v + 40)), str(int(v - 30))] if v < 100 else [str(int(v - 40)), str(int(v + 30))]
    elif n == "fetal heart rate":
        vals = [str(int(v - 48)), str(int(v + 40))]
    elif n in ("rr", "respiratory rate"):
        vals = [str(int(v + 12)), str(int(v - 6))] if v < 30 else [str(int(v - 36)), str(int(v - 20))]
    else:  # weights
        vals = _changed_values(num, (1.3, 0.7, 2), note)
    out = []
    for s in vals:
        if _to_float(s) > 0 and s != num and not _num_in_note(note, s):
            if "," in num and len(s) > 3 and "," not in s:
                s = f"{int(_to_float(s)):,}"
            out.append(s + rest)
    return out


# a clinically meaningful change for common labs (else a quarter of the value, rounded)
_LAB_STEP = {"sodium": 10, "potassium": 1.0, "glucose": 100, "blood glucose": 100, "hemoglobin": 3,
             "hemoglobin a1c": 2, "hba1c": 2, "a1c": 2, "lvef": 25, "ejection fraction": 25, "ph": 0.1,
             "paco2": 15, "pao2": 25, "lithium level": 0.7, "inr": 1.5, "creatinine": 1.0, "bicarbonate": 8,
             "calcium": 2, "magnesium": 1.0, "fev1": 25, "cd4": 150, "cd4 count": 150}


def _lab_alternatives(name: str, num: str, unit: str, note: str) -> list[str]:
    v = _to_float(num)
    key = " ".join(name.lower().split())
    step = _LAB_STEP.get(key)
    if key in ("tsh", "troponin", "bnp", "lipase", "crp", "procalcitonin"):  # a log-scale lab: x10, /10
        return _changed_values(num, (10, 0.1), note, strip=True)
    if step is None:
        step = 0.25 * v
        if step > 0:
            mag = 10 ** (len(str(int(step))) - 1) if step >= 1 else 10 ** -max(1, _decimals(num))
            step = max(mag, round(step / mag) * mag)
    cap = 100.0 if unit == "%" else None
    alts = []
    for w in (v + step, v - step, v + 2 * step):
        if w > 0 and (cap is None or w <= cap):
            d = _decimals(num)
            if not float(round(w, d)) == round(w, 6):
                d = max(d, 1)
            s = _fmt_num(w, d, "," in num)
            if s != num and not _num_in_note(note, s) and s not in alts:
                alts.append(s)
    return alts

