"""The data contract: column checks, aliases, malformed lines, grouped splits."""

import csv
import json

import pytest

from medllm.data.contract import grouped_split, read_dpo, read_sft
from medllm.errors import DataError
from tests.conftest import make_notes


def _csv(path, header, rows):
    with open(path, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)
    return path


def test_model_summary_column_is_accepted(tmp_path):
    p = _csv(tmp_path / "a.csv", ["id", "source_id", "clinical_note", "model_summary"], [["1", "s1", "note", "summ"]])
    assert read_sft(p)[0]["summary"] == "summ"


def test_missing_column_names_file_and_column(tmp_path):
    p = _csv(tmp_path / "a.csv", ["id", "source_id", "note", "summary"], [["1", "s1", "n", "s"]])
    with pytest.raises(DataError, match=r"a\.csv: missing column\(s\) \['clinical_note'\]"):
        read_sft(p)


def test_hallucinated_rows_are_not_sft_targets(tmp_path):
    p = _csv(tmp_path / "a.csv", ["id", "source_id", "clinical_note", "summary", "label"],
             [["1", "s1", "n", "good", "factual"], ["2", "s1", "n", "bad", "hallucinated"]])
    assert [r["summary"] for r in read_sft(p)] == ["good"]


def test_malformed_jsonl_line_names_line_number(tmp_path):
    p = tmp_path / "d.jsonl"
    p.write_text(json.dumps({"prompt": "a", "chosen": "b", "rejected": "c"}) + "\n{not json\n")
    with pytest.raises(DataError, match=r"d\.jsonl:2: not valid JSON"):
        read_dpo(p)


def test_grouped_split_never_leaks_a_note():
    notes = make_notes(10) * 2  # two rows per source note
    splits = grouped_split(notes, seed=3)
    seen = {name: {r["source_id"] for r in rows} for name, rows in splits.items()}
    assert not (seen["train"] & seen["validation"]) and not (seen["train"] & seen["test"]) and not (seen["validation"] & seen["test"])
    assert sum(len(v) for v in seen.values()) == 10
    assert grouped_split(notes, seed=3) == splits


def test_shipped_data_follows_the_contract():
    from medllm import PROJECT_ROOT

    root = PROJECT_ROOT / "phase1_data"
    ids = {}
    for split in ("train", "validation", "test"):
        rows = read_sft(root / "sft" / f"{split}.csv", only_faithful=False)
        ids[split] = {r["source_id"] for r in rows}
        for d in read_dpo(root / "dpo" / f"{split}.jsonl"):
            assert d["chosen"] != d["rejected"] and d["source_id"] in ids[split]
            p = d["perturbation"]
            assert d["chosen"][p["span"][0]:p["span"][1]] == p["from"]
    assert sum(len(v) for v in ids.values()) >= 40
    assert not (ids["train"] & ids["test"]) and not (ids["train"] & ids["validation"]) and not (ids["validation"] & ids["test"])
