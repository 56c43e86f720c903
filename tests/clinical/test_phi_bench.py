"""The PHI benchmark (bench/phi) is what its seeded generator writes, and medllm.clinical.redact keeps
its measured targets on it: names, MRNs, phones, e-mails and dates found, no clinical value
(dose, lab, vital, score, eponym, brand-name drug, age <= 89) altered."""

from __future__ import annotations

import importlib.util
import json

import pytest

from medllm import PROJECT_ROOT

PHI = PROJECT_ROOT / "bench" / "phi"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"phi_{name}", PHI / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def scored():
    from medllm.clinical.redact import redact_many

    run = _load("run")
    rows = [json.loads(x) for x in (PHI / "notes.jsonl").read_text(encoding="utf-8").splitlines()]
    _fn, placeholder = run.tool_medllm()
    return rows, run.score(rows, [redact_many([r["note"], r["summary"]])[0] for r in rows], placeholder)


def test_committed_benchmark_is_what_the_generator_writes(scored):
    rows, _ = scored
    assert _load("generate").generate() == rows
    assert len(rows) >= 300 and {r["portion"] for r in rows} == {"dev", "test"}
    for r in rows[:50]:
        for part in ("note", "summary"):
            for s, e, _t in r["phi"][part] + r["clinical"][part]:
                assert 0 <= s < e <= len(r[part])


def test_redaction_keeps_its_targets_on_the_benchmark(scored):
    _, res = scored
    for portion, floor in (("dev", 0.99), ("test", 0.96)):  # test: held-out templates and names
        rec = res[portion]["recall"]
        assert rec["NAME"] >= floor, (portion, rec)
        assert all(rec[t] >= 0.99 for t in ("DATE", "MRN", "PHONE", "EMAIL", "ADDRESS", "AGE")), (portion, rec)
        assert res[portion]["clinical_altered"] == 0.0, res[portion]["clinical_altered_by_kind"]
        assert res[portion]["over_redacted"] < 0.02
