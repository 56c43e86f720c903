import math

import pytest

from medllm.evaluation.evalstats import cohen_kappa, mcnemar, percent_agreement, wilson


def test_wilson_known_values():
    lo, hi = wilson(0, 10)
    assert lo == 0.0 and hi == pytest.approx(0.2775, abs=1e-4)
    lo, hi = wilson(5, 10)
    assert (lo, hi) == (pytest.approx(0.2366, abs=1e-4), pytest.approx(0.7634, abs=1e-4))
    # Wikipedia / Newcombe (1998) style example: 81 of 263
    assert wilson(81, 263) == (pytest.approx(0.2553, abs=1e-4), pytest.approx(0.3662, abs=1e-4))


def test_wilson_edges_stay_in_unit_interval():
    assert wilson(0, 0) == (0.0, 1.0)
    lo, hi = wilson(10, 10)
    assert hi == 1.0 and lo == pytest.approx(1 - 0.2775, abs=1e-4)  # mirror of 0/10
    for n in (1, 3, 52):
        for k in range(n + 1):
            lo, hi = wilson(k, n)
            assert 0.0 <= lo <= k / n <= hi <= 1.0


def test_wilson_rejects_impossible_counts():
    with pytest.raises(ValueError):
        wilson(3, 2)


def test_mcnemar_exact_known_p():
    # a_only = 6, b_only = 1: 2 * P(X <= 1 | Bin(7, 1/2)) = 2 * 8/128 = 0.125
    a = [True] * 6 + [False] + [True, False, False]
    b = [False] * 6 + [True] + [True, False, False]
    r = mcnemar(a, b)
    assert r == {"n": 10, "both": 1, "a_only": 6, "b_only": 1, "neither": 2,
                 "p_value": pytest.approx(0.125), "test": "mcnemar_exact"}


def test_mcnemar_symmetric_and_no_discordant_pairs():
    a = [True, True, False, False, True]
    b = [False, True, True, False, False]
    assert mcnemar(a, b)["p_value"] == mcnemar(b, a)["p_value"]
    assert mcnemar(a, b)["a_only"] == mcnemar(b, a)["b_only"] == 2
    r = mcnemar([True, False], [True, False])
    assert r["p_value"] == 1.0 and r["a_only"] == r["b_only"] == 0
    assert mcnemar([], [])["p_value"] == 1.0


def test_mcnemar_matches_binomial_tail_large_d():
    # 3 vs 37 discordant: two-sided exact p = 2 * sum_{i<=3} C(40,i) / 2^40
    a = [True] * 3 + [False] * 37
    b = [False] * 3 + [True] * 37
    expected = 2 * sum(math.comb(40, i) for i in range(4)) / 2 ** 40
    assert mcnemar(a, b)["p_value"] == pytest.approx(expected, rel=1e-12)
    assert expected == pytest.approx(1.9465e-08, rel=1e-3)
    # a balanced split is p = 1 (capped), not above it
    assert mcnemar([True] * 20 + [False] * 20, [False] * 20 + [True] * 20)["p_value"] == 1.0


def test_mcnemar_length_mismatch():
    with pytest.raises(ValueError):
        mcnemar([True], [True, False])


def test_cohen_kappa_textbook_table():
    # Wikipedia "Cohen's kappa" example: 50 items, yes/yes 20, yes/no 5, no/yes 10, no/no 15
    # p_o = 0.7, p_e = 0.5 -> kappa = 0.4
    x = [True] * 20 + [True] * 5 + [False] * 10 + [False] * 15
    y = [True] * 20 + [False] * 5 + [True] * 10 + [False] * 15
    assert cohen_kappa(x, y) == pytest.approx(0.4)
    assert percent_agreement(x, y) == pytest.approx(0.7)


def test_cohen_kappa_second_textbook_table():
    # Wikipedia: 45/15/25/15 -> kappa 0.1304
    x = [True] * 45 + [True] * 15 + [False] * 25 + [False] * 15
    y = [True] * 45 + [False] * 15 + [True] * 25 + [False] * 15
    assert cohen_kappa(x, y) == pytest.approx(0.1304, abs=1e-4)


def test_cohen_kappa_conventions():
    assert cohen_kappa([], []) is None
    assert percent_agreement([], []) is None
    assert cohen_kappa([False] * 5, [False] * 5) == 1.0  # 0/0 by the formula: defined as 1.0
    assert cohen_kappa([True] * 3, [True] * 3) == 1.0
    assert cohen_kappa([True, False, True], [True, False, True]) == 1.0
    assert cohen_kappa([True, False], [False, True]) == pytest.approx(-1.0)
    # one rater constant, the other not: p_e < 1, the formula applies (gives 0 here)
    assert cohen_kappa([False] * 4, [False, False, False, True]) == pytest.approx(0.0)
