"""The embedded model's name probe (`medllm.clinical.name_model`, the `model` name backend): names
with no cue are found, clinical words stay, the backend is scoped, and stage=prepare takes it."""

from __future__ import annotations

import json

import pytest
from safetensors import safe_open

from medllm.clinical import name_model, names
from medllm.clinical import redact as R
from tests.conftest import run_train

# names no rule cues (no title, relative, role or label beside them); clinical words the probe
# may score but the word filter and the rules' checks keep
NO_CUE = ("Call Hope's backup if she desats. Paisley brought her in at noon; Yerlan Abenov improved overnight "
          "on Eliquis 5 mg BID after a Whipple. Jackson-Pratt drain put out 40 mL; Foley removed; Parkinson "
          "disease stable on Sinemet.")


def test_the_shipped_probe_matches_the_model_it_reads():
    with safe_open(str(name_model.PROBE_PATH), framework="pt") as fh:
        meta, shapes = fh.metadata(), {k: fh.get_slice(k).get_shape() for k in fh.keys()}
    hidden, gru = int(meta["hidden"]), int(meta.get("gru", 0))
    read = hidden + 2 * gru  # the outputs read the hidden layer and both directions of the GRU
    want = {"mean": [1152], "std": [1152], "hidden_weight": [hidden, 1152], "hidden_bias": [hidden],  # [state, next state] of 576
            "weight": [read], "bias": [1], "date_weight": [read], "date_bias": [1], "id_weight": [read], "id_bias": [1]}
    if gru:
        for d in ("", "_reverse"):
            want.update({f"gru.weight_ih_l0{d}": [3 * gru, hidden], f"gru.weight_hh_l0{d}": [3 * gru, gru],
                         f"gru.bias_ih_l0{d}": [3 * gru], f"gru.bias_hh_l0{d}": [3 * gru]})
    assert shapes == want
    assert 0 < int(meta["layer"]) <= 30 and 0 < float(meta["threshold"]) < float(meta["sure"]) < 1
    assert "test" not in meta["trained_on"]  # dev portions only: the held-out portions stay unseen


@pytest.mark.parametrize("word, ok", [("Hope", True), ("Oyelaran", True), ("Abenov", True), ("Jackson-Pratt", False),
                                      ("Parkinson's", False), ("Eliquis", False), ("Foley", False), ("March", False),
                                      ("x", False), ("Hgb", False)])
def test_only_words_that_could_be_names_are_offered_to_the_rules(word, ok):
    assert name_model.could_be_name(word) is ok


def test_a_marked_word_takes_the_name_like_words_beside_it_and_not_the_run():
    # the recognizer marked one word; its run is "Yesterday Yerlan Abenov" / "Update Marisol"
    text = "Yesterday Yerlan Abenov improved. Update Marisol with results."
    marked = [(text.index("Yerlan"), text.index("Yerlan") + 6), (text.index("Marisol"), text.index("Marisol") + 7)]
    got = sorted(text[s:e] for s, e in names._cued_names(text, marked))
    assert "Yerlan Abenov" in got and not any("Yesterday" in g or "Update" in g for g in got), got


def _marked(text, *words):
    return [(text.index(w), text.index(w) + len(w)) for w in words]


def test_a_found_name_grows_over_the_marked_words_beside_it():
    text = "Brought by school resource officer Curtis Lane with counselor Deborah Winter."
    got = [text[s:e] for s, e in names._cued_names(text, _marked(text, "Curtis", "Lane", "Deborah", "Winter"))]
    assert "Curtis Lane" in got and "Deborah Winter" in got, got
    assert R.redact("Referring clinician: Mr Owain ap Gwilym, Spinal Surgery").count("ap") == 0  # joined across the particle


def test_a_marked_word_with_a_number_two_words_after_is_still_a_name():
    text = "Gym buddy Dritan called 911. Braden 16, Rankin 4."
    got = [text[s:e] for s, e in names._cued_names(text, _marked(text, "Dritan", "Braden", "Rankin"))]
    assert got == ["Dritan"], got  # a score's number right after the word keeps it a score


def test_a_marked_lower_case_word_is_taken_only_when_no_word_list_but_the_names_knows_it():
    text = "Spoke w maureen today. We will call; hope to see her. Continue senna."
    got = [text[s:e] for s, e in names._cued_names(text, _marked(text, "maureen", "will", "hope", "senna"))]
    assert got == ["maureen"], got


def test_the_model_backend_finds_names_with_no_cue_and_keeps_clinical_words():
    rules = R.redact(NO_CUE)
    assert "Hope's backup" in rules and "Paisley brought" in rules  # the rules alone: no cue, no name
    with R.name_backend("model"):
        out = R.redact(NO_CUE)
    for name in ("Hope", "Paisley", "Yerlan", "Abenov"):
        assert name not in out, out
    assert out.startswith("Call [NAME] backup")  # the marked word, not the capitalized run around it
    for word in ("Eliquis 5 mg BID", "Whipple", "Jackson-Pratt drain", "40 mL", "Foley", "Parkinson disease", "Sinemet"):
        assert word in out, out
    assert names._NAME_BACKEND == "rules"  # restored after the block


def test_long_texts_are_read_in_overlapping_windows(monkeypatch):
    monkeypatch.setattr(name_model, "_WINDOW", 64)
    monkeypatch.setattr(name_model, "_OVERLAP", 16)
    text = "Vitals stable, ambulating in the hall. " * 12 + "Paisley brought her in at noon."
    probs, offs = name_model.scores(text)
    assert len(probs) == len(offs) > 64
    th, at = name_model._probe()["threshold"], text.index("Paisley")
    name = [p for p, (s, e) in zip(probs[:, 0].tolist(), offs) if at <= s < at + 7]
    assert name and all(p >= th for p in name)  # in the last window, read with the overlap's left context
    assert [text[s:e] for s, e in name_model.name_spans([text])[0]] == ["Paisley"]  # and no other word is offered


def test_the_backend_is_restored_when_the_block_fails():
    with pytest.raises(KeyError):
        with R.name_backend("model"):
            raise KeyError("boom")
    assert names._NAME_BACKEND == "rules"
    with pytest.raises(ValueError, match="rules, model, spacy"):
        R.set_name_backend("modle")


def test_prepare_with_the_model_backend_removes_a_name_with_no_cue(tmp_path):
    raw = tmp_path / "raw.jsonl"
    rows = [{"id": f"n{i}", "clinical_note": f"Seen today. Paisley brought her in; BP 148/92 mmHg, metoprolol 25 mg BID. Case {i}.",
             "summary": "Paisley reports BP 148/92 mmHg on metoprolol 25 mg BID."} for i in range(3)]
    raw.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    out = tmp_path / "out"
    r = run_train("stage=prepare", f"data.raw_path={raw}", f"data.output_dir={out}", "stage.redact_names=model",
                  "stage.negatives_per_note=1", f"hydra.run.dir={tmp_path / 'run'}")
    assert r.returncode == 0, r.stderr[-2000:]
    written = "".join(p.read_text() for p in out.rglob("*") if p.is_file())
    assert "Paisley" not in written and "[NAME]" in written and "metoprolol 25 mg BID" in written


def test_a_misspelled_name_backend_is_one_line_naming_the_option(tmp_path):
    raw = tmp_path / "raw.jsonl"
    raw.write_text(json.dumps({"id": "a", "clinical_note": "BP 120/80.", "summary": "BP 120/80."}) + "\n")
    r = run_train("stage=prepare", f"data.raw_path={raw}", f"data.output_dir={tmp_path / 'out'}", "stage.redact_names=modle",
                  f"hydra.run.dir={tmp_path / 'run'}")
    assert r.returncode == 2 and "Traceback" not in r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "stage.redact_names" in lines[0] and "model" in lines[0], r.stderr
    assert not (tmp_path / "out").exists()


def test_a_word_only_the_model_found_recurs_only_as_written(monkeypatch):
    # a capitalized word the probe may take for a person must not take its lower-case namesakes
    # in the group with it; a name a rule found recurs in any case as before. (The probe's `sure` words are
    # judged on their own score, not as recurrences: left out here.)
    probe = {k: v for k, v in name_model._probe().items() if k != "sure"}
    monkeypatch.setattr(name_model, "_probe", lambda: probe)
    group = ["Transferred from Ward B overnight. Paisley brought her in.",
             "Ward B nurse notes ambulating; back to ward tomorrow. paisley at bedside."]
    with R.name_backend("model"):
        out, _ = R.redact_many(group)
    assert "back to ward tomorrow" in out[1] and "paisley at bedside" in out[1], out
    with R.name_backend("model"):
        out, _ = R.redact_many(["Patient Paisley Okafor seen.", "paisley okafor improved."])
    assert "paisley" not in out[1].lower(), out


@pytest.fixture
def float32_model(monkeypatch):
    """The model loaded in float32 for this test only: bfloat16's kernels differ by the pass's shape on some CPUs (on a
    Xeon with AMX one token's states moved by 0.25 between a 48-token pass and a 450-token one), which would hide what
    the windows keep."""
    import torch

    name_model._load.cache_clear()
    monkeypatch.setattr(name_model, "_dtype", lambda: torch.float32)
    yield
    name_model._load.cache_clear()


def test_windows_match_one_pass_where_the_overlap_gives_context(monkeypatch, float32_model):
    text = "Vitals stable, ambulating in the hall, tolerating diet. " * 8
    full, offs = name_model.features(text, 20)
    monkeypatch.setattr(name_model, "_WINDOW", 48)
    monkeypatch.setattr(name_model, "_OVERLAP", 16)
    win, offs2 = name_model.features(text, 20)
    assert offs2 == offs and win.shape == full.shape
    # the overlap keeps the earlier window's states: everything the first window read is as in one pass
    assert (win[:47] - full[:47]).abs().max() < 2e-2  # (row 47's second half is token 48, of the next window)
    assert (win[47:, :576] - full[47:, :576]).abs().max() > 0  # (later windows do read less context)


def test_batched_passes_match_one_text_a_pass():
    # texts of similar length share a pass, padded on the right: the model reads left to right, so each text's states are
    # its own pass's (to the arithmetic of a larger matrix product); a text far longer than the others runs alone
    texts = ["Paisley brought her in; BP 148/92.", "Seen with Hope at 14:10 today.", "Vitals stable. " * 40, "", "Okafor improved."]
    probe = name_model._probe()
    many = name_model.features_many(texts, probe["layer"])
    for text, (x, offs) in zip(texts, many):
        one, offs1 = name_model.features(text, probe["layer"])
        assert offs == offs1 and x.shape == one.shape
        if offs:  # (in bfloat16 a state of 28 moves by its last bits, 0.125 a step; the probe's scores by far less)
            assert (name_model.probabilities(probe, x) - name_model.probabilities(probe, one)).abs().max() < 0.02


def test_an_early_layer_is_appended_after_the_probe_layer_and_its_next_token(float32_model):
    # a probe file that names an earlier layer (train_name_probe.py --early) reads [layer, next token's layer, early]
    texts = ["Paisley brought her in; BP 148/92.", "Vitals stable. " * 40]
    for text, (x, offs) in zip(texts, name_model.features_many(texts, 10, early=4)):
        plain, offs1 = name_model.features(text, 10)
        one, _ = name_model.features(text, 10, early=4)
        assert offs == offs1 and x.shape == (len(offs), 3 * 576) and one.shape == x.shape
        assert (x[:, :1152] - plain).abs().max() < 1e-3 and (one - x).abs().max() < 1e-3
        assert (x[:, 1152:] - x[:, :576]).abs().max() > 1  # another layer's state, not a copy of the probe's


def test_the_gru_reads_many_texts_at_once_as_it_reads_each_alone():
    texts = ["Paisley brought her in; BP 148/92.", "Seen with Hope at 14:10 today.", "Vitals stable. " * 40, "Okafor improved."]
    probe = name_model._probe()
    xs = [x for x, _ in name_model.features_many(texts, probe["layer"])]
    for many, x in zip(name_model.probabilities_many(probe, xs), xs):
        assert many.shape == (len(x), 3) and (many - name_model.probabilities(probe, x)).abs().max() < 1e-5


def test_redact_groups_is_redact_many_of_each_group():
    groups = [["Patient Paisley Okafor seen; BP 148/92.", "paisley okafor improved."],
              ["Seen with her daughter Maria on 03/04/2025.", "Maria at bedside."], ["No PHI here: K 4.1."]]
    with R.name_backend("model"):
        one = [R.redact_many(g) for g in groups]
        together = R.redact_groups(groups)
    assert together == one


def test_prepare_takes_the_environment_backend_unless_the_option_says_otherwise(tmp_path):
    raw = tmp_path / "raw.jsonl"
    rows = [{"id": f"n{i}", "clinical_note": f"Paisley brought her in; BP 148/92 mmHg. Case {i}.",
             "summary": "BP 148/92 mmHg."} for i in range(3)]
    raw.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    r = run_train("stage=prepare", f"data.raw_path={raw}", f"data.output_dir={tmp_path / 'env'}", "stage.negatives_per_note=0",
                  f"hydra.run.dir={tmp_path / 'r1'}", env={"MEDLLM_REDACT_NER": "model"})
    assert r.returncode == 0, r.stderr[-2000:]
    assert "Paisley" not in "".join(p.read_text() for p in (tmp_path / "env").rglob("*.csv"))
    r = run_train("stage=prepare", f"data.raw_path={raw}", f"data.output_dir={tmp_path / 'bad'}", f"hydra.run.dir={tmp_path / 'r2'}",
                  env={"MEDLLM_REDACT_NER": "bert"})
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1 and "MEDLLM_REDACT_NER" in r.stderr, r.stderr
    assert not (tmp_path / "bad").exists()


def test_spacy_names_without_spacy_installed_is_one_line(tmp_path):
    import importlib.util

    if importlib.util.find_spec("spacy"):
        pytest.skip("spaCy is installed here")
    raw = tmp_path / "raw.jsonl"
    raw.write_text(json.dumps({"id": "a", "clinical_note": "BP 120/80.", "summary": "BP 120/80."}) + "\n")
    r = run_train("stage=prepare", f"data.raw_path={raw}", f"data.output_dir={tmp_path / 'out'}", "stage.redact_names=spacy",
                  f"hydra.run.dir={tmp_path / 'run'}")
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1 and "stage.redact_names=spacy" in r.stderr, r.stderr
    assert not (tmp_path / "out").exists()


def test_prepare_uses_the_model_by_default(tmp_path):
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT

    raw = tmp_path / "raw.jsonl"
    rows = [{"id": f"n{i}", "clinical_note": f"Paisley brought her in; BP 148/92 mmHg. Case {i}.", "summary": "BP 148/92 mmHg."}
            for i in range(3)]
    raw.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    env = {k: v for k, v in os.environ.items() if k != "MEDLLM_REDACT_NER"}  # the suite sets rules for every other test
    r = subprocess.run([sys.executable, str(ROOT / "train.py"), "stage=prepare", f"data.raw_path={raw}",
                        f"data.output_dir={tmp_path / 'out'}", "stage.negatives_per_note=0", f"hydra.run.dir={tmp_path / 'run'}"],
                       cwd=ROOT, capture_output=True, text=True, timeout=600, env=dict(env, WANDB_SILENT="true"))
    assert r.returncode == 0, r.stderr[-2000:]
    assert "Paisley" not in "".join(p.read_text() for p in (tmp_path / "out").rglob("*.csv"))


def _random_probe(gru: int) -> dict:
    import torch

    g = torch.Generator().manual_seed(0)
    hidden, read = 8, 8 + 2 * gru
    probe = {"mean": torch.zeros(12), "std": torch.ones(12), "hidden_weight": torch.randn(hidden, 12, generator=g),
             "hidden_bias": torch.zeros(hidden), "weight": torch.randn(read, generator=g), "bias": torch.zeros(1),
             "date_weight": torch.randn(read, generator=g), "date_bias": torch.zeros(1), "id_weight": torch.randn(read, generator=g),
             "id_bias": torch.zeros(1)}
    if gru:
        net = torch.nn.GRU(hidden, gru, batch_first=True, bidirectional=True)
        probe.update({f"gru.{k}": v.detach() for k, v in net.state_dict().items()})
    return probe


@pytest.mark.parametrize("gru", [0, 3])
def test_a_token_reads_the_text_after_it_only_through_the_gru(gru):
    import torch

    probe = _random_probe(gru)
    x = torch.randn(6, 12, generator=torch.Generator().manual_seed(1))
    later = x.clone()
    later[4:] += 1.0  # the text after token 3 changes
    p, q = name_model.probabilities(probe, x), name_model.probabilities(probe, later)
    assert p.shape == (6, 3)
    assert torch.allclose(p[4:], q[4:]) is False
    assert torch.allclose(p[:4], q[:4]) is (gru == 0)  # without the GRU, a token's outputs read its own features only


# a name's other words that the word filters refuse alone ("Young" is an English word, "mcbride" in lower case a surname
# the lists hold capitalized), scored as names through and through beside a name taken
GROWN = ("CT surveillance for Deborah Young's nodule, repeat in 6 months.",
         "Dictated operative report by Dr. augustine young for terrence mcbride, 54, who had a mesh repair.")


def test_a_name_grows_over_the_words_beside_it_that_the_probe_is_sure_of(monkeypatch):
    with R.name_backend("model"):
        out = [R.redact(t) for t in GROWN]
    assert "Young" not in out[0] and "nodule, repeat in 6 months" in out[0], out
    assert "mcbride" not in out[1] and ", 54, who had a mesh repair" in out[1], out
    monkeypatch.setattr(name_model, "GROW", 2.0)  # no word is that sure: the words stay, so the growth is what took them
    monkeypatch.setattr(name_model, "REFUSED_SURE", 2.0)  # ("mcbride", an eponym's word, is also taken alone at that score)
    with R.name_backend("model"):
        kept = [R.redact(t) for t in GROWN]
    assert "Young's nodule" in kept[0] and "mcbride" in kept[1], kept


def test_growth_runs_along_a_line_over_a_space_or_a_hyphen_only():
    text = "Inmate LY / Lý Minh Khoa, booking\nKhoa-Nguyen Tran"
    at = {w: text.index(w) for w in ("Lý", "Minh", "Nguyen", "Tran", "booking")}
    khoa = text.index("Khoa")
    words = [(at[w], at[w] + len(w), False) for w in ("Lý", "Minh", "Nguyen", "Tran", "booking")]
    grown = R._grown(text, [(khoa, khoa + 4)], words)
    # "Minh" beside "Khoa", then "Lý" beside "Minh"; not "booking" after the comma, nor the next line's words
    assert sorted(text[s:e] for s, e in grown) == ["Lý", "Minh"]
    second = text.index("Khoa", khoa + 1)
    assert sorted(text[s:e] for s, e in R._grown(text, [(second, second + 4)], words)) == ["Nguyen", "Tran"]


@pytest.mark.parametrize("word, ok", [("Young", True), ("Young's", True), ("mcbride", True), ("june", True), ("Lý", True),
                                      ("Veteran", False), ("Foley", False), ("Eliquis", False), ("Mon", False), ("RN", False),
                                      ("x", False)])
def test_only_a_name_like_word_may_grow_a_name(word, ok):
    assert name_model.could_grow(word) is ok


@pytest.mark.parametrize("word, alone, listed", [("jt", True, True), ("tlc", True, True), ("st", False, True), ("po", False, False),
                                                 ("iv", False, False), ("dob", False, False), ("cb", False, False), ("rn", False, False),
                                                 ("the", False, False), ("JT", False, False), ("jtk2", False, False)])
def test_lower_case_initials_are_never_a_clinical_or_a_form_word(word, alone, listed):
    assert name_model.lower_initials(word) is alone and name_model.lower_initials(word, listed=True) is listed


def test_lower_case_initials_the_probe_is_sure_of_are_taken_where_they_stand(monkeypatch):
    text = "Next appt Monday, hall director notified.\nD. Vue  /  rev mw"
    with R.name_backend("model"):
        assert R.redact(text).endswith("rev [NAME]")
    monkeypatch.setattr(name_model, "LOWER_SURE", 2.0)
    with R.name_backend("model"):
        assert R.redact(text).endswith("rev mw")


@pytest.mark.parametrize("word, ok", [("Ed", True), ("Jo", True), ("Ng", True), ("Mr", False), ("Dr", False), ("Mg", False),
                                      ("Jun", False), ("ED", False), ("ed", False), ("Edwardo", False)])
def test_a_short_name_is_two_or_three_letters_the_name_lists_hold(word, ok):
    assert name_model.short_name(word) is ok


def test_a_name_the_probe_is_surest_of_is_taken_before_to_or_at(monkeypatch):
    # "frank at bedside": a name-word before "at" is kept for "temp rose to 39.1" unless every token scores LISTED_SURE
    text = "0700 report from gay to frank at bedside. Frank aware of 1100 void deadline."
    with R.name_backend("model"):
        assert "frank" not in R.redact(text)
    monkeypatch.setattr(name_model, "LISTED_SURE", 2.0)
    with R.name_backend("model"):
        assert "to frank at bedside" in R.redact(text)


def test_the_other_half_of_last_comma_first_grows_a_name_across_the_comma():
    text = "11 | MBEKI-WHITE, Samuel (J209) | Interpreter: Bengali, Farhana | TOTH, Zo | seen, booking"
    at = {w: text.index(w) for w in ("MBEKI-WHITE", "Samuel", "Bengali", "Farhana", "TOTH", "Zo", "seen", "booking")}
    span = lambda w: (at[w], at[w] + len(w))  # noqa: E731
    words = [(*span("MBEKI-WHITE"), True), (*span("Bengali"), False), (*span("Zo"), True), (*span("booking"), False)]
    grown = R._grown(text, [span("Samuel"), span("Farhana"), span("TOTH"), span("seen")], words)
    # the surname in capitals (scored under GROW: across a comma only); not a language, not a capitalized word of two
    # letters scored that low ("Zo"), not a lower-case word
    assert [text[s:e] for s, e in grown] == ["MBEKI-WHITE"]
    with R.name_backend("model"):
        assert R.redact("11  | MBEKI-WHITE, Samuel (J209175) | Keppra 750 mg BD").startswith("11  | [NAME] ([MRN])")


def test_a_month_or_eponym_in_lower_case_is_a_name_where_the_probe_is_surest(monkeypatch):
    text = "Narrative: june states on visit 6/2 AV in soiled brief. Seen in june for a Whipple."
    with R.name_backend("model"):
        out = R.redact(text)
    assert out.startswith("Narrative: [NAME] states") and "Seen in june for a Whipple." in out, out
    monkeypatch.setattr(name_model, "REFUSED_SURE", 2.0)
    with R.name_backend("model"):
        assert R.redact(text).startswith("Narrative: june states")


def test_a_name_word_in_lower_case_before_with_is_a_verb():
    assert name_model._WITH_AFTER.match("winters with her son", len("winters"))
    assert not name_model._WITH_AFTER.match("june states", len("june"))


def test_a_lower_case_name_takes_its_initial_and_a_short_name_after_a_cue_needs_only_the_sure_score(monkeypatch):
    with R.name_backend("model"):
        assert R.redact("MEWS 3, continue q4h. tigist g RN").endswith("q4h. [NAME] RN")
        assert R.redact("Meds verified with pharmacist Ed. Pt sent to ED for eval.") == (
            "Meds verified with pharmacist [NAME]. Pt sent to ED for eval.")
    monkeypatch.setattr(name_model, "LISTED_SURE", 2.0)  # "Ed" after a role: the cue, not LISTED_SURE, takes it
    with R.name_backend("model"):
        assert "pharmacist [NAME]." in R.redact("Meds verified with pharmacist Ed. Pt sent to ED for eval.")


@pytest.mark.parametrize("text, kept", [
    ("Diabetes teaching day 1 with CDE May this afternoon.", "CDE May"),
    ("PICC in place; her husband frank runs the pump.", "husband frank"),
    ("Volunteer Ed will drop off the packet.", "Volunteer Ed"),
])
def test_a_name_the_filters_refuse_after_a_cue_needs_only_the_sure_score(text, kept):
    with R.name_backend("model"):
        out = R.redact(text)
    assert kept not in out and "[NAME]" in out, out


def test_frank_blood_and_an_eponym_with_its_noun_stay():
    with R.name_backend("model"):
        out = R.redact("Foley catheter placed, frank hematuria noted. Adams forward bend test positive.")
    assert out == "Foley catheter placed, frank hematuria noted. Adams forward bend test positive.", out


@pytest.mark.parametrize("word, ok", [("Aminata", True), ("Vakaloloma's", True), ("Tigrinya", False), ("AMINATA", False),
                                      ("Foley", False), ("Okafor", False), ("Am", False)])
def test_an_unknown_name_is_a_capitalized_word_no_list_knows_and_no_language(word, ok):
    assert name_model.unknown_name(word) is ok
