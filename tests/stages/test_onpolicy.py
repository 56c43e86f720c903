"""On-policy pairs: the pair builder on real scores, resumable seeded sampling, the stage's
output contract, and the shared prefill being exact."""

from __future__ import annotations

import json
from collections import Counter

import pytest
import torch

from tests.conftest import ROOT, run_train

FAST = ["model=tiny_random", "logger=none"]

NOTE = ("S: 64-year-old man with CHF. Denies chest pain.\nO: BP 148/92 mmHg. Potassium 4.1 mmol/L.\n"
        "A/P: Furosemide 40 mg PO daily. Metoprolol 25 mg PO twice daily.")
REF = ("64-year-old man with CHF on furosemide 40 mg PO daily and metoprolol 25 mg PO twice daily; BP 148/92 mmHg; "
       "potassium 4.1 mmol/L; denies chest pain.")
NOTE_ROW = {"id": "n1-s0", "source_id": "n1", "clinical_note": NOTE, "summary": REF}

FULL = ("64-year-old man with CHF on furosemide 40 mg PO daily and metoprolol 25 mg PO twice daily; BP 148/92 mmHg; "
        "denies chest pain.")                                            # faithful, most facts
SHORT = "64-year-old man with CHF on furosemide 40 mg PO daily."        # faithful, fewer facts, fewer words
DOSE = ("64-year-old man with CHF on furosemide 400 mg PO daily and metoprolol 25 mg PO twice daily; "
        "BP 148/92 mmHg.")                                               # an invented dose
NEGATION = "64-year-old man with CHF on furosemide 40 mg PO daily; reports chest pain."  # a flipped negation
LOOP = "64-year-old man, 64-year-old man, 64-year-old man, 64-year-old man."


def sample(index: int, text: str, finished: bool = True) -> dict:
    from medllm.grounding.scores import score_summary

    return {"index": index, "text": text, "finished": finished,
            "scores": score_summary(NOTE, REF, text, finished)}


# --------------------------------------------------------------------------- pair builder


def test_chosen_is_best_covering_faithful_sample():
    from medllm.data.pairs import build_pairs

    samples = [sample(0, SHORT), sample(1, DOSE), sample(2, FULL)]
    sc = [s["scores"] for s in samples]
    # the premise, from the real scorer: two faithful samples, the later one covers more; one invented dose
    assert not sc[0]["hallucinated"] and not sc[2]["hallucinated"] and sc[2]["coverage"] > sc[0]["coverage"]
    assert sc[1]["hallucinated"] and sc[1]["degenerate"] is None
    pairs, outcome = build_pairs(NOTE_ROW, samples, origin_meta={"adapter_fingerprint": "fp"})
    assert outcome == "pair" and len(pairs) == 1
    p = pairs[0]
    assert p["chosen"] == FULL and p["rejected"] == DOSE and p["prompt"] == NOTE
    assert "dosage" in p["hallucination_type"].split(",")
    assert p["origin"] == "on_policy" and p["adapter_fingerprint"] == "fp"
    assert p["id"] == "n1-s0-op1" and p["source_id"] == "n1"
    assert p["perturbation"]["chosen_from"] == "sample2" and p["perturbation"]["rejected_sample"] == 1
    assert p["perturbation"]["chosen_coverage"] == sc[2]["coverage"]


def test_hallucinated_rejected_before_degenerate():
    from medllm.data.pairs import build_pairs

    samples = [sample(0, LOOP), sample(1, DOSE), sample(2, FULL)]  # the degenerate one comes first
    assert samples[0]["scores"]["degenerate"] == "loop"
    one, _ = build_pairs(NOTE_ROW, samples, pairs_per_note=1)
    assert [p["rejected"] for p in one] == [DOSE]
    two, outcome = build_pairs(NOTE_ROW, samples, pairs_per_note=2)
    assert outcome == "pair"
    assert [p["rejected"] for p in two] == [DOSE, LOOP] and {p["chosen"] for p in two} == {FULL}
    assert "dosage" in two[0]["hallucination_type"] and two[1]["hallucination_type"] == "degenerate:loop"


def test_reference_fallback_when_nothing_faithful():
    from medllm.data.pairs import build_pairs

    samples = [sample(0, DOSE), sample(1, NEGATION)]
    assert all(s["scores"]["hallucinated"] for s in samples)
    pairs, outcome = build_pairs(NOTE_ROW, samples)
    assert outcome == "fallback_pair" and len(pairs) == 1
    assert pairs[0]["chosen"] == REF and pairs[0]["rejected"] == DOSE
    assert pairs[0]["perturbation"]["chosen_from"] == "reference"
    assert pairs[0]["perturbation"]["chosen_coverage"] is None
    assert build_pairs(NOTE_ROW, samples, chosen_fallback="skip") == ([], "no_chosen")


def test_all_faithful_gives_no_pair():
    from medllm.data.pairs import build_pairs

    assert build_pairs(NOTE_ROW, [sample(0, FULL), sample(1, SHORT)]) == ([], "all_faithful")


def test_truncated_faithful_sample_not_chosen():
    from medllm.data.pairs import build_pairs

    cut = sample(0, REF, finished=False)  # the whole reference, but the token limit stopped it
    assert cut["scores"]["truncated"] and not cut["scores"]["hallucinated"] and cut["scores"]["degenerate"] is None
    assert cut["scores"]["coverage"] > sample(1, SHORT)["scores"]["coverage"]  # it would win on coverage
    pairs, outcome = build_pairs(NOTE_ROW, [cut, sample(1, SHORT), sample(2, DOSE)])
    assert outcome == "pair" and pairs[0]["chosen"] == SHORT and pairs[0]["perturbation"]["chosen_from"] == "sample1"
    # the only faithful sample truncated: the reference is chosen, not the cut sample
    pairs, outcome = build_pairs(NOTE_ROW, [sample(0, FULL, finished=False), sample(1, DOSE)])
    assert outcome == "fallback_pair" and pairs[0]["chosen"] == REF


def test_identical_pairs_dropped_and_counted(tokenizer):
    from medllm.data.pairs import drop_identical

    same = {"id": "a", "chosen": FULL, "rejected": f"  {FULL} \n"}
    differ = {"id": "b", "chosen": FULL, "rejected": DOSE}
    keep, dropped = drop_identical(tokenizer, [same, differ])
    assert dropped == 1 and [p["id"] for p in keep] == ["b"]


def test_summary_table_counts_samples_and_splits_types():
    from medllm.data.pairs import build_pairs, summary_table

    records = [{"id": "n1-s0", "samples": [sample(0, FULL), sample(1, DOSE), sample(2, LOOP), sample(3, SHORT, False)]}]
    pairs, outcome = build_pairs(NOTE_ROW, records[0]["samples"], pairs_per_note=2)
    pairs.append({**pairs[0], "hallucination_type": "dosage,negation"})
    t = summary_table(records, Counter([outcome]), pairs, 1)
    assert (t["notes"], t["samples"], t["pairs"], t["identical_dropped"]) == (1, 4, 3, 1)
    assert t["share_faithful"] == 0.5 and t["share_degenerate"] == 0.25 and t["share_truncated"] == 0.25
    assert t["outcomes"] == {"pair": 1}
    assert t["pairs_by_type"] == {"dosage": 2, "degenerate:loop": 1, "negation": 1}


# --------------------------------------------------------------------------- sampling (tiny model)


@pytest.fixture(scope="module")
def op_cfg(tiny_data):
    from hydra import compose, initialize_config_dir

    from medllm.config import validate

    with initialize_config_dir(config_dir=str(ROOT / "conf"), version_base="1.3"):
        cfg = compose(config_name="config", overrides=[
            *FAST, "stage=onpolicy", f"data.path={tiny_data}", "stage.num_samples=2", "stage.max_new_tokens=8",
            "stage.batch_size=2"])
    return validate(cfg)


@pytest.fixture(scope="module")
def tiny_model(op_cfg):
    from medllm.evaluation.inference import load_with_adapters

    return load_with_adapters(op_cfg["model"], op_cfg["hardware"], "fp32", None, {})


def _lines(path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


def _texts(records) -> dict:
    return {r["id"]: [s["text"] for s in r["samples"]] for r in records}


def test_sampling_resumes_after_kill(tiny_data, op_cfg, tiny_model, tmp_path):
    from medllm.data.contract import read_sft
    from medllm.errors import DataError
    from medllm.evaluation.sampling import note_batches
    from medllm.stages.onpolicy import sample_split

    model, tok = tiny_model
    st = op_cfg["stage"]
    notes = read_sft(tiny_data / "sft" / "train.csv")[:4]  # 2 batches of 2 notes
    batches = note_batches(tok, [n["clinical_note"] for n in notes], op_cfg["model"], st["max_prompt_tokens"],
                           st["batch_size"])
    assert len(batches) == 2
    first = {notes[i]["id"] for i in batches[0][1]}

    path = tmp_path / "killed" / "train.jsonl"
    part = sample_split(model, tok, notes, op_cfg, path, "fp-test", "fp32", stop_after_batches=1)
    assert {r["id"] for r in part} == first and sorted(r["id"] for r in _lines(path)) == sorted(first)
    # killed while writing the next note's line
    nxt = notes[batches[1][1][0]]
    torn = json.dumps({"id": nxt["id"], "adapter_fingerprint": "fp-test", "samples": [{"index": 0, "text": "x"}]})
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(torn[: len(torn) // 2])

    resumed = sample_split(model, tok, notes, op_cfg, path, "fp-test", "fp32")
    on_disk = _lines(path)  # every line parses: the torn one is gone
    ids = [r["id"] for r in on_disk]
    assert sorted(ids) == sorted(n["id"] for n in notes) and len(set(ids)) == len(ids)
    assert [r["id"] for r in resumed] == [n["id"] for n in notes]  # note order

    fresh = sample_split(model, tok, notes, op_cfg, tmp_path / "fresh.jsonl", "fp-test", "fp32")
    assert _texts(on_disk) == _texts(resumed) == _texts(fresh)
    assert len({t for ts in _texts(fresh).values() for t in ts}) > 1  # really sampled, not one constant text

    before = path.read_text(encoding="utf-8")
    with pytest.raises(DataError, match="another adapter"):
        sample_split(model, tok, notes, op_cfg, path, "fp-other", "fp32")
    with pytest.raises(DataError):  # same adapter, other sampling settings
        sample_split(model, tok, notes, {**op_cfg, "stage": {**st, "temperature": 0.5}}, path, "fp-test", "fp32")
    assert path.read_text(encoding="utf-8") == before


def test_torn_first_line_is_dropped_before_appending(tiny_data, op_cfg, tiny_model, tmp_path):
    from medllm.data.contract import read_sft
    from medllm.stages.onpolicy import sample_split

    model, tok = tiny_model
    notes = read_sft(tiny_data / "sft" / "train.csv")[:2]  # one batch
    path = tmp_path / "train.jsonl"
    path.write_text('{"id": "%s", "adapter_fin' % notes[0]["id"], encoding="utf-8")  # killed mid first line
    sample_split(model, tok, notes, op_cfg, path, "fp-test", "fp32")
    assert sorted(r["id"] for r in _lines(path)) == sorted(n["id"] for n in notes)


@pytest.fixture(scope="module")
def sharp_model(op_cfg):
    """The tiny model with weights at a scale where the next token depends on the note (at the
    init scale its sampled text barely does, so a misaligned cache would go unseen)."""
    from medllm.evaluation.inference import load_with_adapters

    model, tok = load_with_adapters(op_cfg["model"], op_cfg["hardware"], "fp32", None, {})
    g = torch.Generator().manual_seed(0)
    with torch.no_grad():
        for p in model.parameters():
            if p.dim() >= 2:
                p.copy_(torch.randn(p.shape, generator=g) * 3 * p.shape[-1] ** -0.5)
    return model, tok


def test_shared_prefill_matches_plain_generate(op_cfg, sharp_model):
    from medllm.evaluation.sampling import generate_batch, note_batches

    model, tok = sharp_model
    long_note = NOTE + "\nHospital course: " + " ".join(f"Day {i}: stable, no events." for i in range(8))
    (_, idx, prompts), = note_batches(tok, [long_note, NOTE], op_cfg["model"], 1024, 2)
    assert len({len(p) for p in prompts}) == 2  # left padding and position ids are exercised
    with torch.no_grad():  # the premise: what comes next depends on the note
        last = [model(input_ids=torch.tensor([p])).logits[0, -1] for p in prompts]
    assert (last[0] - last[1]).abs().max() > 1.0

    def gen(share: bool):
        torch.manual_seed(123)
        return generate_batch(model, tok, prompts, num_samples=3, do_sample=True, temperature=1.0, top_p=0.95,
                              max_new_tokens=8, precision="fp32", share_prefill=share, sampler="generate")

    shared, plain = gen(True), gen(False)
    assert [len(g) for g in shared] == [3, 3]
    assert [[(x.text, x.finished, x.new_tokens) for x in g] for g in shared] == \
        [[(x.text, x.finished, x.new_tokens) for x in g] for g in plain]
    assert len({x.text for g in shared for x in g}) > 1  # samples differ: the random stream matters


def test_fast_sampler_near_zero_temperature_decodes_greedy(op_cfg, sharp_model):
    """The fast loop (shared prefill, own KV-cache steps and position ids) decodes exactly what
    generate() decodes when the draw is forced: a near-zero temperature is greedy."""
    from medllm.evaluation.sampling import generate_batch, note_batches

    model, tok = sharp_model
    long_note = NOTE + "\nHospital course: " + " ".join(f"Day {i}: stable, no events." for i in range(8))
    (_, idx, prompts), = note_batches(tok, [long_note, NOTE], op_cfg["model"], 1024, 2)
    greedy = generate_batch(model, tok, prompts, max_new_tokens=10, precision="fp32", sampler="generate")
    torch.manual_seed(0)
    fast = generate_batch(model, tok, prompts, num_samples=2, do_sample=True, temperature=1e-4, top_p=0.9,
                          max_new_tokens=10, precision="fp32", sampler="fast")
    assert [[(x.text, x.new_tokens) for x in g] for g in fast] == [[(g[0].text, g[0].new_tokens)] * 2 for g in greedy]
    assert greedy[0][0].text != greedy[1][0].text  # the two notes decode differently: padding is exercised


@pytest.mark.parametrize("decoding", [None, {"repetition_penalty": 1.3, "no_repeat_ngram_size": 3}])
def test_fast_greedy_loop_decodes_what_generate_decodes(op_cfg, sharp_model, decoding):
    """Eval's default greedy path (medllm's loop, prefill scored at the last position only) gives
    generate()'s tokens, with and without the decoding controls."""
    from medllm.evaluation.sampling import generate_batch, note_batches

    model, tok = sharp_model
    long_note = NOTE + "\nHospital course: " + " ".join(f"Day {i}: stable, no events." for i in range(8))
    (_, idx, prompts), = note_batches(tok, [long_note, NOTE], op_cfg["model"], 1024, 2)
    ref = generate_batch(model, tok, prompts, max_new_tokens=12, decoding=decoding, sampler="generate")
    fast = generate_batch(model, tok, prompts, max_new_tokens=12, decoding=decoding)
    assert [[(x.text, x.finished, x.new_tokens) for x in g] for g in fast] == \
        [[(x.text, x.finished, x.new_tokens) for x in g] for g in ref]
    assert ref[0][0].text != ref[1][0].text


# --------------------------------------------------------------------------- the stage


def test_onpolicy_stage_writes_pairs_contract(tiny_data, tmp_path):
    from medllm.data.contract import read_dpo, read_sft

    r = run_train(*FAST, "stage=onpolicy", f"data.path={tiny_data}", "stage.num_samples=2", "stage.max_new_tokens=8",
                  f"hydra.run.dir={tmp_path}")
    assert r.returncode == 0, r.stderr[-3000:]
    train_ids = sorted(n["id"] for n in read_sft(tiny_data / "sft" / "train.csv"))
    samples = _lines(tmp_path / "samples" / "train.jsonl")
    assert sorted(s["id"] for s in samples) == train_ids
    assert all(len(s["samples"]) == 2 for s in samples)
    stats = json.loads((tmp_path / "pairs_stats.json").read_text())
    assert set(stats) == {"train", "validation"}
    assert stats["train"]["notes"] == len(train_ids) and stats["train"]["samples"] == 2 * len(train_ids)
    assert 0.0 <= stats["train"]["share_faithful"] <= 1.0
    pairs_file = tmp_path / "pairs" / "train.jsonl"
    n_lines = len([x for x in pairs_file.read_text().splitlines() if x.strip()])
    assert stats["train"]["pairs"] == n_lines
    if n_lines:
        pairs = read_dpo(pairs_file)
        assert all(p["origin"] == "on_policy" and p["adapter_fingerprint"] == "base:tiny_random" for p in pairs)
        assert {p["source_id"] for p in pairs} <= {s["source_id"] for s in samples}
    metrics = json.loads((tmp_path / "metrics.json").read_text())
    assert metrics["adapter_fingerprint"] == "base:tiny_random" and metrics["samples"] == stats["train"]["samples"] + \
        stats["validation"]["samples"]


def test_test_split_is_refused(tiny_data, tmp_path):
    r = run_train(*FAST, "stage=onpolicy", f"data.path={tiny_data}", "stage.splits=[test]", f"hydra.run.dir={tmp_path}")
    assert r.returncode == 2
    assert "Traceback" not in r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("medllm: error") and "stage.splits" in lines[0]
    assert not (tmp_path / "samples").exists()
