"""Reading (and, for the starter set, writing) the phase1_data contract.

    sft/{train,validation,test}.csv   id, source_id, clinical_note, summary, label,
                                      hallucination_type, evidence   ('model_summary' accepted)
    dpo/{train,validation,test}.jsonl {id, source_id, prompt, chosen, rejected,
                                       hallucination_type, perturbation}
"""

from __future__ import annotations

import csv
import json
import random
from collections import defaultdict
from pathlib import Path

from medllm import PROJECT_ROOT
from medllm.clinical.redact import public_id
from medllm.errors import DataError
from medllm.files import allow_long_csv_fields

SFT_REQUIRED = ("id", "source_id", "clinical_note", "summary")
SFT_COLUMNS = ("id", "source_id", "clinical_note", "summary", "label", "hallucination_type", "evidence")
DPO_REQUIRED = ("prompt", "chosen", "rejected")
ALIASES = {"model_summary": "summary"}


def resolve_path(path: str | Path) -> Path:
    """Relative paths resolve against the current directory, then the project root."""
    p = Path(path).expanduser()
    if p.is_absolute() or p.exists():
        return p.resolve()
    alt = PROJECT_ROOT / p
    return alt.resolve() if alt.exists() else p.resolve()


def sft_file(data_cfg: dict, split: str) -> Path:
    return resolve_path(data_cfg["path"]) / "sft" / f"{data_cfg[split + '_split']}.csv"


def dpo_file(data_cfg: dict, split: str) -> Path:
    return resolve_path(data_cfg["path"]) / "dpo" / f"{data_cfg[split + '_split']}.jsonl"


def check_files(data_cfg: dict, kinds=("sft",), splits=("train", "validation")) -> None:
    """Fail at setup, naming the file and the option, if a needed split is missing."""
    root = resolve_path(data_cfg["path"])
    if not root.is_dir():
        raise DataError(f"data.path={data_cfg['path']}: no such folder ({root}); point data.path at a phase1_data-style folder")
    for kind in kinds:
        for split in splits:
            f = sft_file(data_cfg, split) if kind == "sft" else dpo_file(data_cfg, split)
            if not f.is_file():
                raise DataError(f"{f}: missing data file (data.{split}_split={data_cfg[split + '_split']}); "
                                f"create it or run stage=prepare")


def read_sft(path: Path, only_faithful: bool = True) -> list[dict]:
    """Rows of an SFT csv. Rows labelled 'hallucinated' are skipped for training by default."""
    allow_long_csv_fields()
    try:
        fh = open(path, newline="", encoding="utf-8")
    except OSError as ex:
        raise DataError(f"{path}: cannot read ({ex.strerror})") from None
    with fh:
        reader = csv.DictReader(fh)
        try:
            return _sft_rows(path, reader, only_faithful)
        except csv.Error as ex:
            raise DataError(f"{path}:{reader.line_num}: unreadable CSV ({ex}); fix the quoting on that line") from None
        except UnicodeDecodeError as ex:
            raise DataError(f"{path}: not UTF-8 text ({ex.reason} at byte {ex.start}); re-save it as UTF-8") from None


def _sft_rows(path: Path, reader, only_faithful: bool) -> list[dict]:
    cols = [ALIASES.get(c, c) for c in (reader.fieldnames or [])]
    missing = [c for c in SFT_REQUIRED if c not in cols]
    if missing:
        raise DataError(
            f"{path}: missing column(s) {missing}; expected {list(SFT_REQUIRED)} "
            f"('model_summary' is accepted for 'summary')"
        )
    rows = []
    for lineno, raw in enumerate(reader, start=2):
        row = {ALIASES.get(k, k): (v or "") for k, v in raw.items() if k is not None}
        if None in raw:
            raise DataError(f"{path}:{lineno}: more fields than the header has; quote fields that hold commas")
        for c in ("clinical_note", "summary"):
            if not row[c].strip():
                raise DataError(f"{path}:{lineno}: empty '{c}' (id {public_id(row.get('id'))}); fill it or drop the row")
        if only_faithful and row.get("label", "factual") == "hallucinated":
            continue
        rows.append(row)
    if not rows:
        raise DataError(f"{path}: no usable rows")
    return rows


def read_dpo(path: Path) -> list[dict]:
    from medllm.files import read_jsonl_objects

    rows = []
    for lineno, row in read_jsonl_objects(path, name=str(path), where=str(path), fix="fix or remove the line"):
        missing = [k for k in DPO_REQUIRED if not isinstance(row.get(k), str) or not row[k].strip()]
        if missing:
            raise DataError(f"{path}:{lineno}: missing or empty field(s) {missing}")
        rows.append(row)
    if not rows:
        raise DataError(f"{path}: no rows")
    return rows


# --- the hand-written starter set -> contract files -------------------------------------------------


def grouped_split(rows: list[dict], seed: int, fractions=(0.7, 0.15, 0.15), strata_key="specialty") -> dict[str, list[dict]]:
    """Split by source note, stratified by `strata_key`, seeded. No source_id is in two splits."""
    by_stratum: dict[str, list[str]] = defaultdict(list)
    for r in rows:
        if r["source_id"] not in by_stratum[r.get(strata_key, "")]:
            by_stratum[r.get(strata_key, "")].append(r["source_id"])
    rng = random.Random(seed)
    assign: dict[str, str] = {}
    # Deal each stratum's notes round-robin into a seeded order of split slots so small strata
    # still spread over the splits in proportion.
    names = ("train", "validation", "test")
    carry = [0.0, 0.0, 0.0]
    for stratum in sorted(by_stratum):
        ids = sorted(by_stratum[stratum])
        rng.shuffle(ids)
        for sid in ids:
            for i, f in enumerate(fractions):
                carry[i] += f
            k = max(range(3), key=lambda i: carry[i])
            carry[k] -= 1.0
            assign[sid] = names[k]
    out = {n: [] for n in names}
    for r in rows:
        out[assign[r["source_id"]]].append(r)
    return out


def write_starter(raw_jsonl: Path, out_dir: Path, seed: int = 13) -> dict:
    """Turn phase1_data/raw/starter_notes.jsonl into sft/*.csv and dpo/*.jsonl."""
    notes = [json.loads(line) for line in raw_jsonl.read_text(encoding="utf-8").splitlines() if line.strip()]
    splits = grouped_split(notes, seed)
    stats = {}
    (out_dir / "sft").mkdir(parents=True, exist_ok=True)
    (out_dir / "dpo").mkdir(parents=True, exist_ok=True)
    for split, items in splits.items():
        items = sorted(items, key=lambda r: r["source_id"])
        with open(out_dir / "sft" / f"{split}.csv", "w", newline="", encoding="utf-8") as fh:
            w = csv.DictWriter(fh, fieldnames=SFT_COLUMNS, lineterminator="\n")
            w.writeheader()
            for n in items:
                w.writerow({"id": f"{n['source_id']}-s0", "source_id": n["source_id"], "clinical_note": n["clinical_note"],
                            "summary": n["summary"], "label": "factual", "hallucination_type": "", "evidence": ""})
                for j, neg in enumerate(n["negatives"]):
                    w.writerow({"id": f"{n['source_id']}-h{j}", "source_id": n["source_id"],
                                "clinical_note": n["clinical_note"], "summary": neg["rejected"], "label": "hallucinated",
                                "hallucination_type": neg["kind"], "evidence": ""})
        with open(out_dir / "dpo" / f"{split}.jsonl", "w", encoding="utf-8") as fh:
            for n in items:
                for j, neg in enumerate(n["negatives"]):
                    start = n["summary"].index(neg["from"])
                    fh.write(json.dumps({
                        "id": f"{n['source_id']}-p{j}", "source_id": n["source_id"], "prompt": n["clinical_note"],
                        "chosen": n["summary"], "rejected": neg["rejected"], "hallucination_type": neg["kind"],
                        "perturbation": {"kind": neg["kind"], "from": neg["from"], "to": neg["to"],
                                         "span": [start, start + len(neg["from"])]},
                    }, ensure_ascii=False) + "\n")
        stats[split] = {"notes": len(items), "pairs": sum(len(n["negatives"]) for n in items)}
    return stats
