"""De-identification end to end: notes the way clinicians write them ("Patient Rosalind
Achterberg, MRN 5502917, ...", summaries that start with the name, ids built from names and
MRNs) go through stage=prepare and a tiny SFT run with W&B (offline) on; not one seeded
identifier may reach a data file, a log, stdout/stderr, metrics.json or a W&B file."""

from __future__ import annotations

import csv
import random
import re
from pathlib import Path

from tests.conftest import run_train

FIRST = ["Rosalind", "Oluwaseun", "Katarzyna", "Thanh", "Jean-Luc", "Siobhan", "Mehmet", "Priya", "Haruto", "Zainab",
         "Björn", "Guadalupe", "Kwame", "Anneliese", "Dariush", "Moana"]
LAST = ["Achterberg", "Okonkwo", "Wisniewski", "Nguyen", "O'Sullivan", "Yilmaz", "Venkataraman", "Yamamoto",
        "Al-Rashid", "Lindqvist", "Quispe", "Boateng", "Papadopoulos", "Kealoha-Smith", "Castillo", "Farahani"]
RELATIVES = ["Maria", "Kofi", "Ingrid", "Tomasz", "Amara", "Reza"]


def _notes(n: int = 16, seed: int = 7) -> tuple[list[dict], set[str]]:
    rng = random.Random(seed)
    rows, secrets = [], set()
    for i in range(n):
        first, last, rel = FIRST[i % len(FIRST)], LAST[(i * 5) % len(LAST)], rng.choice(RELATIVES)
        mrn, phone = str(5502917 + 7919 * i), f"(617) 555-01{i:02d}"
        email = f"{first[0].lower()}{re.sub(r'[^a-z]', '', last.lower())}@example.org"
        dob = f"0{1 + i % 9}/1{i % 10}/19{40 + i}"
        dose, bp = f"lisinopril {10 + i} mg PO daily", f"BP 14{i % 10}/9{i % 10} mmHg"
        note = (f"Patient {first} {last}, MRN {mrn}, DOB {dob}, phone {phone}, e-mail {email}, lives at "
                f"{12 + i} Elm Street. {first} is a 6{i % 10}-year-old with hypertension on {dose}. {bp}, "
                f"potassium 4.{i % 10} mmol/L. Seen with her daughter {rel}, who provides history. "
                f"Denies chest pain. Left ankle edema. Plan discussed with {first}.")
        summary = f"{first} {last}, 6{i % 10}, has hypertension on {dose}; {bp}; denies chest pain."
        # users build ids from names and record numbers
        rows.append({"id": f"{last.lower()}_{mrn}", "source_id": f"{last.lower()}_{mrn}", "clinical_note": note,
                     "summary": summary, "specialty": ["cardiology", "nephrology"][i % 2]})
        secrets |= {first, last, rel, mrn, phone, f"555-01{i:02d}", email, dob, f"{last.lower()}_{mrn}"}
    return rows, secrets


def _leaks(blob: str, secrets: set[str]) -> list[str]:
    return sorted(s for s in secrets if re.search(rf"(?<![\w]){re.escape(s)}(?![\w])", blob, re.I))


def _files_text(*roots: Path) -> str:
    out = []
    for root in roots:
        for p in sorted(root.rglob("*")):
            # the tokenizer files saved with an adapter hold the model's vocabulary (names among it)
            if p.is_file() and not p.name.startswith(("tokenizer", "vocab", "merges")):
                out.append(p.read_bytes().decode("utf-8", errors="replace"))  # W&B's binary log too
    return "\n".join(out)


def test_no_seeded_identifier_leaves_prepare_or_a_tiny_sft_run(tmp_path, capsys, caplog):
    import yaml

    from medllm import PROJECT_ROOT
    from medllm.stages import prepare

    rows, secrets = _notes()
    raw = tmp_path / "notes.csv"
    with raw.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    data, run = tmp_path / "data", tmp_path / "run_sft"
    st = yaml.safe_load((PROJECT_ROOT / "conf" / "stage" / "prepare.yaml").read_text())
    cfg = {"data": {"raw_path": str(raw), "output_dir": str(data)}, "stage": st, "seed": 42}
    caplog.set_level("INFO")
    prepare.run(cfg, tmp_path / "run_prepare")  # what stage=prepare prints and logs
    printed = capsys.readouterr()
    r = run_train("stage=sft", "model=tiny_random", f"data.path={data}", "logger=wandb", "logger.mode=offline",
                  "stage.max_steps=1", "stage.batch_size=2", "stage.eval_strategy=no", "stage.sample_max_new_tokens=8",
                  f"hydra.run.dir={run}")
    assert r.returncode == 0, r.stderr[-2000:]
    assert "Sample summary for test note n" in r.stdout  # the id is printed, as a pseudonym
    assert list(run.rglob("*.wandb")) and (run / "metrics.json").is_file()  # W&B wrote, so it was checked
    blob = _files_text(data, run) + printed.out + printed.err + caplog.text + r.stdout + r.stderr
    assert _leaks(blob, secrets) == []
    prepared = _files_text(data)
    # the clinical content is all there
    assert "[NAME]" in prepared and "[MRN]" in prepared and "lisinopril 10 mg PO daily" in prepared
    assert "BP 140/90 mmHg" in prepared and "potassium 4.3 mmol/L" in prepared
