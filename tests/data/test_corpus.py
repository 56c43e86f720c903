"""The synthetic corpus generator (medllm.data.corpus): deterministic, balanced, varied, faithful, with PHI."""

import hashlib
import itertools
import json
import os
import re
import subprocess
import sys
from collections import Counter

import pytest

from medllm.data.corpus import LABS, NOTE_TYPES, SPECIALTIES, generate, write_raw
from tests.conftest import ROOT

N = 300


@pytest.fixture(scope="module")
def rows():
    return generate(N, with_facts=True)


def _dump(items) -> str:
    return json.dumps(items, ensure_ascii=False, sort_keys=True)


def test_same_seed_is_byte_identical_across_processes():
    a = _dump(generate(N))
    assert a == _dump(generate(N))
    # another interpreter with another hash seed gives the same bytes (no set/hash-order dependence)
    code = ("import hashlib, json; from medllm.data.corpus import generate; "
            "print(hashlib.sha256(json.dumps(generate(300), ensure_ascii=False, sort_keys=True)"
            ".encode()).hexdigest())")
    env = dict(os.environ, PYTHONHASHSEED="12345")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == hashlib.sha256(a.encode()).hexdigest()


def test_different_seed_differs():
    a, b = generate(50, seed=1), generate(50, seed=2)
    assert _dump(a) != _dump(b)
    assert sum(x["clinical_note"] != y["clinical_note"] for x, y in zip(a, b)) >= 45


def test_shape_ids_and_keys(rows):
    assert len(rows) == N
    ids = [r["source_id"] for r in rows]
    assert len(set(ids)) == N
    assert ids[0] == "g0001" and all(re.fullmatch(r"g\d{4}", i) for i in ids)
    plain = generate(3)
    assert set(plain[0]) == {"source_id", "specialty", "note_type", "clinical_note", "summary", "phi"}
    assert generate(0) == []
    assert all(isinstance(r["phi"], bool) for r in rows)


def test_specialties_and_note_types_balanced(rows):
    sp = Counter(r["specialty"] for r in rows)
    nt = Counter(r["note_type"] for r in rows)
    assert set(sp) == set(SPECIALTIES) and len(SPECIALTIES) == 14
    assert set(nt) == set(NOTE_TYPES) and len(NOTE_TYPES) == 6
    assert max(sp.values()) - min(sp.values()) <= 1
    assert max(nt.values()) - min(nt.values()) <= 1
    # note types are spread over specialties: every specialty has every note type
    pairs = Counter((r["specialty"], r["note_type"]) for r in rows)
    assert len(pairs) == 14 * 6


def test_no_duplicates_and_no_near_duplicates(rows):
    norm = [" ".join(r["clinical_note"].lower().split()) for r in rows]
    assert len(set(norm)) == N
    assert len({" ".join(r["summary"].lower().split()) for r in rows}) == N

    def shingles(t):
        w = re.sub(r"\d+(?:[.,]\d+)*", "#", t.lower()).split()  # numbers masked: templates must differ
        return {tuple(w[i:i + 3]) for i in range(len(w) - 2)}

    sh = [shingles(r["clinical_note"]) for r in rows]
    worst = max(len(a & b) / len(a | b) for a, b in itertools.combinations(sh, 2))
    assert worst < 0.7, worst


def test_lengths(rows):
    nw = [len(r["clinical_note"].split()) for r in rows]
    sw = [len(r["summary"].split()) for r in rows]
    assert 85 <= min(nw) and max(nw) <= 220 and 100 <= sum(nw) / N <= 200, (min(nw), max(nw))
    assert 40 <= min(sw) and max(sw) <= 95 and 50 <= sum(sw) / N <= 80, (min(sw), max(sw))


_NUM = re.compile(r"\d+(?:[.,]\d+)*")


def test_every_summary_number_is_in_the_note(rows):
    for r in rows:
        for x in _NUM.findall(r["summary"]):
            assert re.search(r"(?<![\d.,])" + re.escape(x) + r"(?![\d]|[.,]\d)", r["clinical_note"]), \
                (r["source_id"], x)


def test_thousands_use_commas(rows):
    for r in rows:
        for text in (r["clinical_note"], r["summary"]):
            # a bare run of 4+ digits only in PHI (MRN, phone, year of a date), never in a clinical number
            for m in re.finditer(r"(?<![\d,./()-])\d{4,}(?![\d,])", text):
                ctx = text[max(0, m.start() - 12):m.end() + 1]
                assert r["phi"] and ("MRN" in ctx or re.search(r"(19|20)\d\d", m.group())), (r["source_id"], ctx)


def test_checker_finds_nothing_unsupported(rows):
    from medllm.grounding.checker import check

    bad = {r["source_id"]: check(r["clinical_note"], r["summary"]) for r in rows}
    bad = {k: v for k, v in bad.items() if v}
    assert not bad, list(bad.items())[:5]


_LAB = re.compile(r"\b(?:" + "|".join(re.escape(k) for k in sorted(LABS, key=len, reverse=True)) + r") \d")
_MED = re.compile(r"\b[a-z][a-z-]+(?: [a-z]+)? \d[\d,.]*(?:/\d[\d.]*)? (?:mg|mcg|g|units|mL|puffs)(?:/kg(?:/hr)?)? "
                  r"(?:PO|IV|SC|IM|SL|inhaled|nebulized|local infiltration) \w+")
_VITAL = re.compile(r"\bBP \d{2,3}/\d{2,3} mmHg\b")
_NEG = re.compile(r"\b(?:denies|reports no|No) [a-z]")
_DUR = re.compile(r"\bfor \d+ (?:hours?|days?|weeks?|months?)\b")
_SIDE = re.compile(r"\b(?:left|right|bilateral)\b")


def test_summaries_carry_every_fact_type(rows):
    for r in rows:
        s, n = r["summary"], r["clinical_note"]
        for name, pat in (("medication", _MED), ("lab", _LAB), ("vital", _VITAL), ("negation", _NEG),
                          ("duration", _DUR), ("laterality", _SIDE)):
            assert pat.search(s), (r["source_id"], name, s)
        assert _SIDE.search(n)
        kinds = {f["kind"] for f in r["facts"]}
        need = {"diagnosis", "temporal", "laterality", "lab_value", "vital_sign", "medication", "negation"}
        if r["note_type"] != "medication_reconciliation":
            need.add("procedure")
        assert need <= kinds, (r["source_id"], need - kinds)
        for f in r["facts"]:
            assert f["text"] in s and f["text"] in n, (r["source_id"], f)


def test_phi_in_about_a_quarter_and_redactable(rows):
    from medllm.clinical.redact import redact

    phi = [r for r in rows if r["phi"]]
    assert 0.2 * N <= len(phi) <= 0.3 * N
    for r in rows:
        changed = redact(r["clinical_note"]) != r["clinical_note"]
        assert changed == r["phi"], r["source_id"]  # clean notes give redaction nothing to do
        if not r["phi"]:
            assert redact(r["summary"]) == r["summary"]
    assert any(redact(r["summary"]) != r["summary"] for r in phi)  # some summaries carry PHI too
    ages = [int(m) for r in rows for m in re.findall(r"\b(\d+)-year-old", r["clinical_note"])]
    assert any(a > 89 for a in ages) and sum(a > 89 for a in ages) < 0.1 * N
    headers = [r for r in phi if r["clinical_note"].startswith("Patient: ")]
    assert len(headers) >= 0.8 * len(phi)
    for r in headers:
        red = redact(r["clinical_note"])
        assert red.startswith("Patient: [NAME].") and not re.search(r"\d{7,}|555-01|@", red), red


def test_write_raw_round_trips(tmp_path):
    path = tmp_path / "raw" / "gen.jsonl"
    assert write_raw(path, 20, seed=5) == 20
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [json.loads(x) for x in lines] == generate(20, seed=5)
    first = path.read_bytes()
    write_raw(path, 20, seed=5)
    assert path.read_bytes() == first


# --------------------------------------------------------------------------- scenarios.yaml

def test_packaged_scenarios_load_typed_and_are_declared_package_data():
    from medllm.data.corpus import SCENARIOS, SCENARIOS_PATH, load_scenarios

    assert SCENARIOS_PATH.name == "scenarios.yaml" and SCENARIOS_PATH.parent.name == "corpus"
    assert list(SCENARIOS) == list(SPECIALTIES) and load_scenarios() == SCENARIOS
    sc = SCENARIOS["cardiology"][0]
    assert sc["age"] == (48, 88) and sc["sides"] == ("right", "bilateral") and sc["vit"]["sbp"] == (128, 162)
    assert sc["dur"] == [(2, 6, "days"), (1, 3, "weeks")] and sc["labs"][0] == ("BNP", 900, 3200)
    assert SCENARIOS["cardiology"][2]["setting"] == "inpatient" and SCENARIOS["cardiology"][2]["febrile"] is False
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '[tool.setuptools.package-data]\n"medllm.data.corpus" = ["scenarios.yaml"]' in pyproject


_FIRST_LAT = '      lat: "{side} pleural effusion"\n'


@pytest.mark.parametrize("old, new, expect", [
    (_FIRST_LAT, "", r"scenarios\.cardiology\[0\] \('acute decompensated .*'\): required field 'lat' is missing"),
    ('      sx: ["dyspnea on exertion", "orthopnea"]\n', '      sx: "dyspnea"\n',
     r"scenarios\.cardiology\[0\] \('acute decompensated heart failure with reduced ejection fraction'\): "
     r"field 'sx' must be a list of at least 1 string\(s\), got str 'dyspnea'"),
    ('negs: ["chest pain", "syncope", "fever", "palpitations"]', 'negs: ["chest pain", no]',
     r"field 'negs\[1\]' must be a non-empty string, got bool False \(quote it"),
    ('      age: [48, 88]\n', '      age: [48, "88"]\n', r"cardiology\[0\] .*field 'age\[1\]' must be an integer, got str '88'"),
    ('["BNP", 900, 3200]', '["BNP", 900]', r"field 'labs\[0\]' must be a lab name or \[name, low, high\]"),
    ('inpt: ["furosemide iv"]', 'inpt: ["furosemide ivv"]', r"field 'inpt\[0\]' must be a medication key"),
    (_FIRST_LAT, _FIRST_LAT + '      lat: "x"\n', r"line \d+: .*key 'lat' is given twice"),
    (_FIRST_LAT, _FIRST_LAT + '      colour: "x"\n', r"cardiology\[0\] \(.*\): unknown field 'colour'"),
    ("  cardiology:\n", "  cardiologyy:\n", r"scenarios\.cardiologyy: unknown specialty"),
])
def test_a_bad_scenario_file_is_one_line_naming_the_file_and_entry(tmp_path, old, new, expect):
    from medllm.data.corpus import SCENARIOS_PATH, load_scenarios
    from medllm.errors import DataError

    text = SCENARIOS_PATH.read_text(encoding="utf-8")
    assert text.count(old) >= 1
    path = tmp_path / "scenarios.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(DataError) as ei:
        load_scenarios(path)
    msg = str(ei.value)
    assert "\n" not in msg and msg.startswith(f"{path}: "), msg
    assert re.search(expect, msg), msg
