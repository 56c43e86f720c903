"""The clinical scenarios of the corpus generator, read from `scenarios.yaml` and checked at load.

`load_scenarios(path)` returns {specialty: [scenario, ...]} in the file's order, each scenario a
dict with every field of the file's header (defaults filled in), in the Python types the generator
draws from: strings, lists of strings, `age`/`sides`/vital ranges as tuples, durations as
(low, high, unit) tuples, labs as a name or a (name, low, high) tuple. Anything else in the file
(a missing or unknown field, a wrong type, a medication or lab the tables do not define, a
specialty without a scenario an operative note can use) is a one-line `DataError` naming the file
and the entry. `SCENARIOS` is the packaged file, loaded once on import.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from medllm.data.corpus.tables import LABS, MEDS, SPECIALTIES, _op_kind
from medllm.errors import DataError

SCENARIOS_PATH = Path(__file__).with_name("scenarios.yaml")

_REQUIRED = ("dx", "sx", "dur", "lat", "src", "proc", "inpt", "home", "labs", "negs", "pmh")
_OPTIONAL = ("vit", "febrile", "sides", "setting", "sex", "age")
_VITALS = ("sbp", "hr", "rr", "spo2")
_SIDES = ("left", "right", "bilateral")
_SETTINGS = ("inpatient", "clinic")
_SEXES = ("MF", "M", "F")


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """yaml's safe loader that refuses a key given twice (safe_load keeps the last one silently)."""


def _mapping(loader, node, deep=False):
    keys = set()
    for k, _v in node.value:
        key = loader.construct_object(k, deep=deep)
        if key in keys:
            raise yaml.constructor.ConstructorError(None, None, f"key {key!r} is given twice", k.start_mark)
        keys.add(key)
    return loader.construct_mapping(node, deep=deep)


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


def _show(v) -> str:
    r = repr(v)
    return r if len(r) <= 60 else r[:57] + "..."


class _Checker:
    """Type checks for one entry; each failure names the file, the entry and the field."""

    def __init__(self, path: Path, where: str):
        self.path, self.where = path, where

    def fail(self, field: str, want: str, got) -> None:
        hint = " (quote it: YAML reads yes/no/on/off as booleans)" if isinstance(got, bool) and "string" in want else ""
        raise DataError(f"{self.path}: {self.where}: field '{field}' must be {want}, got "
                        f"{type(got).__name__} {_show(got)}{hint}")

    def string(self, field: str, v, choices=None) -> str:
        if not isinstance(v, str) or not v.strip():
            self.fail(field, "a non-empty string", v)
        if choices and v not in choices:
            self.fail(field, "one of " + ", ".join(choices), v)
        return v

    def strings(self, field: str, v, min_len: int = 1, choices=None) -> list[str]:
        if not isinstance(v, list) or len(v) < min_len:
            self.fail(field, f"a list of at least {min_len} string(s)", v)
        return [self.string(f"{field}[{i}]", x, choices) for i, x in enumerate(v)]

    def number(self, field: str, v, integer: bool = False):
        ok = (int,) if integer else (int, float)
        if isinstance(v, bool) or not isinstance(v, ok):
            self.fail(field, "an integer" if integer else "a number", v)
        return v

    def range_(self, field: str, v, integer: bool = True) -> tuple:
        if not isinstance(v, list) or len(v) != 2:
            self.fail(field, "[low, high]", v)
        lo, hi = (self.number(f"{field}[{i}]", x, integer) for i, x in enumerate(v))
        if lo > hi:
            self.fail(field, "[low, high] with low <= high", v)
        return lo, hi


def _scenario(path: Path, where: str, raw, defaults: dict) -> dict:
    c = _Checker(path, where)
    if not isinstance(raw, dict):
        raise DataError(f"{path}: {where}: must be a mapping of fields, got {type(raw).__name__} {_show(raw)}")
    if isinstance(raw.get("dx"), str):
        c.where = where = f"{where} ({raw['dx']!r})"
    unknown = [k for k in raw if k not in _REQUIRED + _OPTIONAL]
    if unknown:
        raise DataError(f"{path}: {where}: unknown field {unknown[0]!r}; known: {', '.join(_REQUIRED + _OPTIONAL)}")
    missing = [k for k in _REQUIRED if k not in raw]
    if missing:
        raise DataError(f"{path}: {where}: required field '{missing[0]}' is missing")
    v = dict(defaults, **raw)
    sc = {"age": c.range_("age", v["age"]), "dx": c.string("dx", v["dx"]), "sx": c.strings("sx", v["sx"])}
    if not isinstance(v["dur"], list) or not v["dur"]:
        c.fail("dur", "a list of [low, high, unit] durations", v["dur"])
    dur = []
    for i, d in enumerate(v["dur"]):
        if not isinstance(d, list) or len(d) != 3:
            c.fail(f"dur[{i}]", "[low, high, unit]", d)
        lo, hi = c.range_(f"dur[{i}]", d[:2])
        dur.append((lo, hi, c.string(f"dur[{i}][2]", d[2], ("hours", "days", "weeks", "months"))))
    sc["dur"] = dur
    for k in ("lat", "src", "proc"):
        sc[k] = c.string(k, v[k])
    for k in ("inpt", "home"):
        sc[k] = c.strings(k, v[k], min_len=1 if k == "inpt" else 0)
        for i, key in enumerate(sc[k]):
            if key not in MEDS:
                c.fail(f"{k}[{i}]", "a medication key of medllm/data/corpus/tables.py (_MED_SPECS)", key)
    if not isinstance(v["labs"], list) or len(v["labs"]) < 2:
        c.fail("labs", "a list of at least 2 labs", v["labs"])
    labs = []
    for i, lab in enumerate(v["labs"]):
        f = f"labs[{i}]"
        if isinstance(lab, list):
            if len(lab) != 3:
                c.fail(f, "a lab name or [name, low, high]", lab)
            name = c.string(f + "[0]", lab[0])
            lo, hi = c.range_(f, lab[1:], integer=False)
            entry = (name, lo, hi)
        else:
            name = entry = c.string(f, lab)
        if name not in LABS:
            c.fail(f, "a lab of medllm/data/corpus/tables.py (LABS)", name)
        labs.append(entry)
    sc["labs"] = labs
    sc["negs"] = c.strings("negs", v["negs"], min_len=2)
    sc["pmh"] = c.strings("pmh", v["pmh"])
    if not isinstance(v["vit"], dict):
        c.fail("vit", "a mapping of vital ranges (sbp, hr, rr, spo2)", v["vit"])
    vit = {}
    for k, r in v["vit"].items():
        if k not in _VITALS:
            c.fail("vit", "a mapping with keys among " + ", ".join(_VITALS), k)
        vit[k] = c.range_(f"vit.{k}", r)
    sc["vit"] = vit
    if not isinstance(v["febrile"], bool):
        c.fail("febrile", "true or false", v["febrile"])
    sc["febrile"] = v["febrile"]
    sc["sides"] = tuple(c.strings("sides", v["sides"], choices=_SIDES))
    sc["setting"] = c.string("setting", v["setting"], _SETTINGS)
    sc["sex"] = c.string("sex", v["sex"], _SEXES)
    return sc


def load_scenarios(path: str | Path = SCENARIOS_PATH) -> dict[str, list[dict]]:
    """{specialty: [scenario, ...]} from a scenarios YAML file, checked (see the module docstring)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as ex:
        raise DataError(f"{path}: cannot read the corpus scenarios ({ex.strerror or ex})") from None
    try:
        doc = yaml.load(text, Loader=_Loader)  # noqa: S506  (a safe loader)
    except yaml.YAMLError as ex:
        mark = getattr(ex, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark else ""
        raise DataError(f"{path}: {where}not valid YAML ({getattr(ex, 'problem', None) or ex})") from None
    if not isinstance(doc, dict) or set(doc) != {"defaults", "scenarios"}:
        raise DataError(f"{path}: the top level must be a mapping with exactly the keys 'defaults' and 'scenarios'")
    defaults = doc["defaults"]
    if not isinstance(defaults, dict) or set(defaults) != set(_OPTIONAL):
        raise DataError(f"{path}: defaults: must give exactly the fields {', '.join(_OPTIONAL)}")
    table = doc["scenarios"]
    if not isinstance(table, dict):
        raise DataError(f"{path}: scenarios: must be a mapping of specialty -> list of scenarios")
    for sp in table:
        if sp not in SPECIALTIES:
            raise DataError(f"{path}: scenarios.{sp}: unknown specialty; known: {', '.join(SPECIALTIES)}")
    out: dict[str, list[dict]] = {}
    for sp in SPECIALTIES:
        entries = table.get(sp)
        if not isinstance(entries, list) or not entries:
            raise DataError(f"{path}: scenarios.{sp}: must be a non-empty list of scenarios")
        out[sp] = [_scenario(path, f"scenarios.{sp}[{i}]", raw, defaults) for i, raw in enumerate(entries)]
        if not any(_op_kind(sc["proc"]) for sc in out[sp]):
            raise DataError(f"{path}: scenarios.{sp}: no scenario has an operation or procedure in 'proc', "
                            "so no operative note can be written for it")
    # the file's specialty order, which the generator never iterates but a reader expects kept
    return {sp: out[sp] for sp in table}


SCENARIOS: dict[str, list[dict]] = load_scenarios()
