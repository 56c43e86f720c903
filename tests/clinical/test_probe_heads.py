"""The model backend's date and record-number heads: the shapes `phi_patterns.probe_candidates` offers them
(never a clinical value a cue stands beside), how `names._apply_names` writes what they take, and what the
embedded model's heads take in a note whose dates and numbers have no cue."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from medllm.clinical import names, phi_patterns
from medllm.clinical import redact as R


def _offered(text: str) -> list[tuple[str, str]]:
    return [(text[s:e], kind) for s, e, kind in phi_patterns.probe_candidates(text)]


@pytest.mark.parametrize("text, value, kind", [
    ("Wound L shin (skin tear 2/2) healed 3/3.", "2/2", "DATE"),
    ("HHA visit 021725  0800-0900", "021725", "DATE"),
    ("Hb 138 (14.8.24); ferritin 9", "14.8.24", "DATE"),
    ("from the 24th to the 31st for a funeral", "the 31st", "DATE"),
    ("Next MDM 27-Mar.", "27-Mar", "DATE"),
    ("Old records LGH 3302-7716 reviewed", "LGH 3302-7716", "ID"),
    ("NHS 719 334 2208", "NHS 719 334 2208", "ID"),
    # a day before its month is never a rating, whatever the line holds; a line whose other fractions may be dates
    ("Injury 2/1: ice hockey. SCAT6 sx 14/22, severity 38/132.", "2/1", "DATE"),
    ("Wound L shin (skin tear 2/2) healed 3/3. A1c 7.4% (3/10) from 9.1%.", "3/3", "DATE"),
])
def test_date_and_number_shapes_with_no_cue_are_offered(text, value, kind):
    assert (value, kind) in _offered(text)


@pytest.mark.parametrize("text", [
    "RRR, 2/6 systolic murmur LLSB, no S3.",
    "pt on BiPAP 14/6, FiO2 40%",
    "Mood 5/10 (from 3/10). PHQ-9 11",
    "Requests Norco 5/325 -- controlled",
    "strength 4/5 bilaterally, BP 90/60, HR 112",
    "Augmentin 875/125 mg bd",
    "heparin 12.5 mg, drain 1000-1500 mL, 1/2 tab",
    "EHL 3/5 (was 5/5 last week)",
    "Na 135, K 4.1, WBC 12400 cells",
    "13/13 nodes negative",
    "LOINC 2345-7, NDC 0409-4888-02, Lot 4421-0087, model 5076-52, ICD code 250.00",
    "Delivered on 2nd push; Score of 12 on the 15th item", "Stools 3-4 per day", "Hgb 8.2 (13.5-17.5)",
    "Clock drawing 2/4; Lawton IADL 2/8; Katz ADL 4/6; TOF 4/4", "extubated 0238 awake, report to Sunny 0242",
    # stop 34: a line of ratings, a rating's whole near it on its line, the heart's chambers, counts of nails, scales and
    # a profile, murmurs after adjectives
    "SCAT6: symptom number 14/22, severity 31/132. Orientation 5/5. Immediate memory 21/30. Digits backward 3/4.",
    "  MMT  R quad 3+/5, hams 4-/5, hip abd 4/5",
    "Pain 5/10 R shoulder tip at 13:00 - likely CO2, walked + paracetamol 1 g IV, 2/10 by 14:00.",
    "Hemodynamics: RA 6, RV 28/7, PA 27/12 (mean 18), PCWP 11", "Nail pitting 6/10 fingernails.",
    "MoCA 17/30.\nGDS 3/15.", "the biophysical profile 8/8, so she", "Heart: RRR, 1/6 vibratory systolic murmur LLSB",
    "Glasgow 15, EVA 8/10.",
])
def test_clinical_values_beside_their_cue_are_never_offered(text):
    assert [v for v, kind in _offered(text) if kind == "DATE" or any(ch.isdigit() for ch in v)] == []


@pytest.mark.parametrize("value, ok", [("2/2", True), ("12/31", True), ("31/12", True), ("13/13", False), ("5/325", False),
                                       ("2024-03-12", True), ("2024-13-12", False), ("14.8.24", True), ("021725", True)])
def test_only_numbers_that_can_be_a_date_are_dates(value, ok):
    assert phi_patterns._could_be_date(value) is ok


def test_typed_spans_are_written_unless_a_name_covers_them():
    text = "Seen by Ana Ruiz 2/2, chart LGH 3302-7716."
    name = (text.index("Ana"), text.index("Ruiz") + 4)
    d, m = text.index("2/2"), text.index("LGH")
    counts = Counter()
    out, n = names._apply_names(text, [name], [(d, d + 3, "[DATE]"), (m, m + 13, "[MRN]"), (name[0], name[0] + 3, "[MRN]")], counts)
    assert out == "Seen by [NAME] [DATE], chart [MRN]." and n == 1
    assert counts == Counter({"[DATE]": 1, "[MRN]": 1})  # the span inside the name is not written twice


NOTE = ("Wound L shin (skin tear 2/2) healed 3/3. A1c 7.4% (3/10) from 9.1%. Old records LGH 3302-7716 reviewed.\n"
        "CV: RRR, 2/6 systolic murmur LLSB. Strength 4/5 bilaterally. BP 118/76, HR 84. Norco 5/325 1 tab q6h PRN.")


def test_the_model_heads_take_dates_and_numbers_with_no_cue_and_keep_clinical_values():
    rules = R.redact(NOTE)
    assert "tear 2/2" in rules and "3302-7716" in rules  # the rules alone: no cue, no date or number
    with R.name_backend("model"):
        out, counts = R.redact_counts(NOTE)
    # ("skin tear 2/2" and "A1c 7.4% (3/10)" are the heads' call: the probe read by a GRU, stop 28, leaves both)
    for value in ("3/3", "3302-7716"):
        assert value not in out, out
    for value in ("Wound L shin", "7.4%", "9.1%", "2/6 systolic murmur", "Strength 4/5", "BP 118/76", "HR 84", "Norco 5/325 1 tab q6h"):
        assert value in out, out
    assert counts["[DATE]"] >= 1 and counts["[MRN]"] == 1



# the name head's sure words: a word the probe scores over `sure` is taken on its own, unless a clinical list knows it
@pytest.mark.parametrize("word, ok", [("earl", True), ("kd", False), ("JR", True), ("precious", True), ("Okonkwo", True),
                                      ("Hope", False), ("Afebrile", False), ("urosepsis", False), ("Variceal", False),
                                      ("Foley", False), ("Parkinson's", False), ("tb", False), ("BID", False), ("bid", False),
                                      ("NS", False), ("june", False), ("Mar", False), ("Eliquis", False), ("x", False), ("PT", False),
                                      ("neg", False), ("nil", False), ("ok", False), ("ntnd", False), ("AB", False), ("J's", False),
                                      ("shin", False), ("knee", False), ("palm", False)])
def test_only_words_no_clinical_list_knows_are_taken_on_the_probe_score_alone(word, ok):
    from medllm.clinical import name_model

    assert name_model.could_be_sure(word) is ok


def test_sure_words_are_taken_and_recur_only_as_written(monkeypatch):
    import torch

    from medllm.clinical import name_model

    text = "CPR started by earl, RN; Foley placed; earl paged. Earl's pressure ok. Cont BID."
    sure_words = {"earl", "Foley", "BID"}  # the probe is sure of all three; only the name is taken

    def scores(t):
        offs = [(m.start(), m.end()) for m in re.finditer(r"\S+?(?=\W|$)|\W", t)]
        probs = torch.tensor([[0.95 if t[s:e] in sure_words else 0.01, 0.0, 0.0] for s, e in offs])
        return probs, offs

    _patch_scores(monkeypatch, scores)
    monkeypatch.setattr(name_model, "_probe", lambda: {"threshold": 0.99, "sure": 0.7})
    with R.name_backend("model"):
        out = R.redact(text)
    assert out == "CPR started by [NAME], RN; Foley placed; [NAME] paged. Earl's pressure ok. Cont BID.", out
    monkeypatch.setattr(name_model, "_probe", lambda: {"threshold": 0.99})  # a probe without `sure`: no word on its score alone
    with R.name_backend("model"):
        assert "by earl" in R.redact(text)


# the filters' refusals the probe may override when it is very sure: a name that is also an eponym, month or clinical word,
# capitalized or in lower case ("june states": `spans` wants every token of a lower-case one that sure)
@pytest.mark.parametrize("word, ok", [("Bishop", True), ("White", True), ("June", True), ("Wilson's", True), ("Foley", False),
                                      ("Hoyer", False), ("june", True), ("shin", False), ("lasix", False), ("hoyer", False), ("Lasix", False), ("Shin", False), ("Okafor", False),
                                      ("Mar", False), ("Sept", False), ("Thur", False), ("Monday", False), ("Hope", False),
                                      ("Al", False), ("BID", False)])
def test_names_the_filters_refuse_as_eponym_month_or_clinical_word(word, ok):
    from medllm.clinical import name_model

    assert name_model.refused_name(word) is ok


@pytest.mark.parametrize("text, word, ok", [
    ("no si voiced. ~tb\n1200 lunch 50%", "tb", True), ("calm in dayroom. -kd\n0815", "kd", True),
    ("d/w Dr Koskinen. cc: jw, Hartmann", "jw", True), ("cc: Dr. Oh, jw", "jw", True), ("Plan 2x/wk.\nPT mb", "mb", True),
    ("Next visit MWF. kd", "kd", True), ("- pn / mb", "mb", True), ("screen -tb RN", "tb", True),
    ("ppd/tb read 0 mm", "tb", False), ("given. po\n", "po", False), ("skin check w/ rn joy", "rn", False),
    ("coded by rn kd; sections", "kd", False), ("rb ok\n", "ok", False), ("cc: jwx", "jwx", True), ("cc: john", "john", False),
    ("Meds given. \u2013tb", "tb", True), ("Cultures -ve rods", "ve", False), ("Tylenol ~qd prn", "qd", False),
    ("ROS: - cp, - sob", "cp", False), ("CC: cp x2d", "cp", False), ("Given 10 cc of\n", "of", False),
    ("Refer to PT", "to", False), ("text cc:\njw", "jw", False)])
def test_lower_case_initials_where_a_note_signs_or_copies_someone(text, word, ok):
    from medllm.clinical import name_model

    s = text.index(word)
    assert name_model.signed_initials(text, s, s + len(word)) is ok


def test_very_sure_words_the_filters_refuse_are_taken_where_they_stand(monkeypatch):
    import torch

    from medllm.clinical import name_model

    text = "Staff present: Bishop, White.\nFoley catheter placed by Bishop. ~tb\nppd/tb neg. Hoyer lift. Foley removed."
    very_sure = {"Bishop", "White", "Foley", "tb", "Hoyer"}

    def scores(t):
        offs = [(m.start(), m.end()) for m in re.finditer(r"\S+?(?=\W|$)|\W", t)]
        return torch.tensor([[0.99 if t[s:e].strip("~/") in very_sure else 0.01, 0.0, 0.0] for s, e in offs]), offs

    _patch_scores(monkeypatch, scores)
    monkeypatch.setattr(name_model, "_probe", lambda: {"threshold": 0.99, "sure": 0.7})
    with R.name_backend("model"):
        out = R.redact(text)
    assert out == "Staff present: [NAME], [NAME].\nFoley catheter placed by [NAME]. ~[NAME]\nppd/tb neg. Hoyer lift. Foley removed.", out
    # the thresholds: a refused name at 0.97, initials at 0.85
    for score, taken in ((0.96, False), (0.975, True)):
        _patch_scores(monkeypatch, lambda t, score=score: (torch.tensor(
            [[score if t[s:e] == "Bishop" else 0.01, 0.0, 0.0] for s, e in _tokens(t)]), _tokens(t)))
        with R.name_backend("model"):
            assert ("[NAME] called back" in R.redact("Bishop called back.")) is taken
    for score, taken in ((0.84, False), (0.86, True)):
        _patch_scores(monkeypatch, lambda t, score=score: (torch.tensor(
            [[score if t[s:e] == "tb" else 0.01, 0.0, 0.0] for s, e in _tokens(t)]), _tokens(t)))
        with R.name_backend("model"):
            assert ("~[NAME]" in R.redact("no si voiced. ~tb\n1200 lunch")) is taken


def _patch_scores(monkeypatch, fn):
    """The probe's scores of each text from `fn` (text -> (probabilities, offsets)), in place of the model's."""
    from medllm.clinical import name_model

    monkeypatch.setattr(name_model, "scores_many", lambda texts: [fn(t) for t in texts])


def _tokens(t):
    return [(m.start(), m.end()) for m in re.finditer(r"\w+|\W", t)]


def test_a_sure_name_before_to_and_a_task_is_taken(monkeypatch):
    import torch

    from medllm.clinical import name_model

    _patch_scores(monkeypatch, lambda t: (torch.tensor(
        [[0.98 if t[s:e] in ("Baker", "rose", "Rose") else 0.01, 0.0, 0.0] for s, e in _tokens(t)]), _tokens(t)))
    monkeypatch.setattr(name_model, "_probe", lambda: {"threshold": 0.99, "sure": 0.7})
    with R.name_backend("model"):
        out = R.redact("Baker to send info. Temp rose to 39.1. Rose to 39.4 overnight.")
    assert out == "[NAME] to send info. Temp rose to 39.1. Rose to 39.4 overnight.", out
