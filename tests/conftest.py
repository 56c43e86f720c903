import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# redaction by the rules in every test and every train.py the tests start (the same output on
# every machine, no model load per prepare run); tests of the model backend ask for it
os.environ["MEDLLM_REDACT_NER"] = "rules"

from medllm.training.dist import register_resolvers  # noqa: E402  (train.py registers it too)
from medllm.offline import stay_offline  # noqa: E402

register_resolvers()
stay_offline()  # tests never touch a hub; in-process trainers must not ping it either


def make_notes(n: int = 10) -> list[dict]:
    notes = []
    for i in range(n):
        note = (
            f"S: 6{i}-year-old woman with hypertension for {i + 2} years. Denies chest pain.\n"
            f"O: BP 14{i}/92 mmHg, HR 8{i}. Potassium 3.{i} mmol/L.\n"
            f"A/P: Continue lisinopril 1{i} mg PO daily. Recheck BMP in 2 weeks."
        )
        summ = (
            f"6{i}-year-old woman with hypertension, BP 14{i}/92 mmHg, on lisinopril 1{i} mg PO daily; "
            f"potassium 3.{i} mmol/L. Denies chest pain."
        )
        notes.append({
            "source_id": f"t{i:03d}", "specialty": ["cardiology", "nephrology"][i % 2], "note_type": "progress_soap",
            "clinical_note": note, "summary": summ,
            "negatives": [{"kind": "dosage", "from": f"1{i} mg", "to": f"10{i} mg",
                           "rejected": summ.replace(f"1{i} mg", f"10{i} mg")}],
        })
    return notes


@pytest.fixture(scope="session")
def tiny_data(tmp_path_factory) -> Path:
    """A small phase1_data-style folder built through the project's own writer."""
    from medllm.data.contract import write_starter

    root = tmp_path_factory.mktemp("data")
    raw = root / "raw.jsonl"
    raw.write_text("\n".join(json.dumps(n) for n in make_notes()) + "\n")
    write_starter(raw, root / "phase1", seed=1)
    return root / "phase1"


@pytest.fixture(scope="session")
def tokenizer():
    from medllm.training.models import load_tokenizer

    return load_tokenizer({"name": "smollm2_135m", "source": "embedded", "prompt_format": "chat"}, None)


def run_train(*overrides: str, timeout: int = 600, env: dict | None = None) -> subprocess.CompletedProcess:
    e = dict(os.environ, WANDB_SILENT="true", **(env or {}))
    return subprocess.run(
        [sys.executable, str(ROOT / "train.py"), *overrides],
        cwd=ROOT, capture_output=True, text=True, timeout=timeout, env=e,
    )
