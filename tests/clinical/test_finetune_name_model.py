"""bench/phi/finetune_name_model.py, the experiment past the name probe: its labels line up with the tokens, long texts
are cut into windows, and what it trains is what it saves and loads (the embedded model, a few steps)."""

from __future__ import annotations

import importlib.util
import sys

import pytest

from medllm import PROJECT_ROOT

PHI = PROJECT_ROOT / "bench" / "phi"


@pytest.fixture(scope="module")
def ft():
    sys.path.insert(0, str(PHI))
    try:
        spec = importlib.util.spec_from_file_location("phi_finetune_name_model", PHI / "finetune_name_model.py")
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
    finally:
        sys.path.remove(str(PHI))
    return mod


def _row(note: str, phi: list, clinical: list) -> dict:
    return {"id": "t-1", "portion": "train", "note": note, "summary": "", "phi": {"note": phi, "summary": []},
            "clinical": {"note": clinical, "summary": []}}


NOTE = "Seen with Paisley Abernathy on 3/14/2024; lisinopril 20 mg daily."
PHI_SPANS = [[10, 27, "NAME"], [31, 40, "DATE"]]
CLINICAL = [[42, 64, "dose"]]


def test_labels_line_up_with_the_tokens_and_staging_moves_them(ft):
    from medllm.clinical import name_model

    tok, _ = name_model.load(ft.LAYER)
    written, staged = ft.variants([_row(NOTE, PHI_SPANS, CLINICAL)], as_run_only=False)
    assert staged[0] == "Seen with Paisley Abernathy on [DATE]; lisinopril 20 mg daily."
    assert ft.variants([_row(NOTE, PHI_SPANS, CLINICAL)], as_run_only=True) == [staged]
    it = ft.encode(tok, *written)
    words = lambda col: "".join(NOTE[s:e] for (s, e), flag in zip(it["offs"], col) if flag).split()  # noqa: E731
    assert words(it["y"][:, 0].tolist()) == ["Paisley", "Abernathy"]
    assert "".join(words(it["y"][:, 1].tolist())) == "3/14/2024"
    assert "lisinopril" in words(it["c"].tolist()) and not it["y"][:, 2].any()
    assert it["names"] == [(10, 27)]


def test_long_texts_are_cut_into_windows_with_their_labels(ft, monkeypatch):
    monkeypatch.setattr(ft, "MAXLEN", 5)
    item = {"ids": list(range(12)), "offs": [(i, i + 1) for i in range(12)], "y": ft.torch.zeros(12, 3),
            "c": ft.torch.zeros(12, dtype=ft.torch.bool), "names": [(7, 8), (4, 6)], "text": "x" * 12}
    item["y"][7, 0] = 1
    wins = ft.windows([item])
    assert [len(w["ids"]) for w in wins] == [5, 5, 2] and wins[1]["y"][2, 0] == 1 and wins[1]["offs"][0] == (5, 6)
    # each window keeps the names it touches: one cut at the edge is in both, none is in a window it misses
    assert [w["names"] for w in wins] == [[(4, 6)], [(7, 8), (4, 6)], []]
    assert ft.batches(wins, budget=10) == [[2, 0], [1]]  # padded to the longest, at most 10 tokens a batch


def test_what_it_trains_is_what_it_saves_and_loads(ft, tmp_path):
    rows = [_row(NOTE, PHI_SPANS, CLINICAL), _row("Pt called; daughter Maria Okafor at bedside. BP 128/74.", [[20, 32, "NAME"]], [])]
    tok, model, head = ft.train(rows, epochs=1, lr=1e-4, lora=0, as_run_only=False, seed=0, steps=2)
    items = [ft.encode(tok, *v) for v in ft.variants(rows, as_run_only=True)]
    before = ft.probabilities(model, head, items)
    path = tmp_path / "ft.safetensors"
    ft.save(path, model, head, {"steps": 2})
    _, model2, head2 = ft.load(path)
    after = ft.probabilities(model2, head2, items)
    assert [p.shape for p in before] == [(len(it["ids"]), 3) for it in items]
    assert all((a - b).abs().max() < 1e-4 for a, b in zip(before, after))
    counts = ft.token_level(items, [p[:, 0] for p in before], 0.0)  # at 0 every token scores: every name is found
    assert counts["names"] == counts["of"] == 2 and counts["clinical_tokens"] == counts["of_clinical"] > 0
