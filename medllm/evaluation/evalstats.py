"""Small statistics for the evaluation: a binomial interval, a paired test, an agreement score.

Standard library only (``math``): these run in the eval stage, the report and the review tool,
and none of them needs more than a few lines of arithmetic.

- `wilson`: Wilson score interval for a proportion k/n (Wilson 1927, JASA 22:209). Unlike the
  normal ("Wald") interval it stays inside [0, 1] and is not degenerate at k = 0 or k = n,
  which matters for hallucination rates on ~50 notes.
- `mcnemar`: exact McNemar test for two models judged on the same notes: under H0 the
  discordant notes (hallucinated under one model only) split 50/50, so the count under one
  model is Binomial(d, 1/2); two-sided p = min(1, 2 * P(X <= min(a_only, b_only))).
- `cohen_kappa`: chance-corrected agreement between two binary raters (Cohen 1960), used for
  human review vs. the grounding checker.
"""

from __future__ import annotations

import math
from typing import Sequence

__all__ = ["wilson", "mcnemar", "cohen_kappa", "percent_agreement"]

Z95 = 1.959964  # two-sided 95% normal quantile


def wilson(k: int, n: int, z: float = Z95) -> tuple[float, float]:
    """Wilson score interval (lo, hi) for k successes in n trials; n = 0 gives (0.0, 1.0).

        centre = (p + z²/2n) / (1 + z²/n)
        half   = z / (1 + z²/n) * sqrt(p(1-p)/n + z²/4n²),    p = k/n

    Examples (z = 1.96): 0/10 -> (0.0, 0.2775); 5/10 -> (0.2366, 0.7634).
    """
    if n < 0 or k < 0 or k > n:
        raise ValueError(f"wilson: need 0 <= k <= n, got k={k}, n={n}")
    if n == 0:
        return 0.0, 1.0
    p = k / n
    z2 = z * z
    denom = 1.0 + z2 / n
    centre = (p + z2 / (2 * n)) / denom
    half = z / denom * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n))
    lo = 0.0 if k == 0 else max(0.0, centre - half)
    hi = 1.0 if k == n else min(1.0, centre + half)
    return lo, hi


def _binom_two_sided_half(k: int, d: int) -> float:
    """Two-sided exact binomial p-value for k successes in d trials at p = 1/2."""
    if d == 0:
        return 1.0
    m = min(k, d - k)
    tail = sum(math.comb(d, i) for i in range(m + 1))  # exact integers; one division at the end
    return min(1.0, 2 * tail / 2 ** d)


def mcnemar(a: Sequence[bool], b: Sequence[bool]) -> dict:
    """Exact McNemar test on paired binary outcomes: a[i], b[i] = item i hallucinated under A, B.

    Returns {"n", "both", "a_only", "b_only", "neither", "p_value", "test": "mcnemar_exact"}.
    `a_only` counts items where A hallucinated and B did not. With no discordant items the test
    has nothing to say and p_value is 1.0. Example: a_only = 6, b_only = 1 -> p = 0.125.
    """
    if len(a) != len(b):
        raise ValueError(f"mcnemar: paired lists differ in length ({len(a)} vs {len(b)})")
    both = a_only = b_only = neither = 0
    for x, y in zip(a, b):
        x, y = bool(x), bool(y)
        if x and y:
            both += 1
        elif x:
            a_only += 1
        elif y:
            b_only += 1
        else:
            neither += 1
    return {"n": len(a), "both": both, "a_only": a_only, "b_only": b_only, "neither": neither,
            "p_value": _binom_two_sided_half(a_only, a_only + b_only), "test": "mcnemar_exact"}


def percent_agreement(x: Sequence[bool], y: Sequence[bool]) -> float | None:
    """Fraction of items on which x and y agree (0..1); None for empty input."""
    if len(x) != len(y):
        raise ValueError(f"percent_agreement: lists differ in length ({len(x)} vs {len(y)})")
    if not x:
        return None
    return sum(bool(u) == bool(v) for u, v in zip(x, y)) / len(x)


def cohen_kappa(x: Sequence[bool], y: Sequence[bool]) -> float | None:
    """Cohen's kappa for two binary raters: (p_o - p_e) / (1 - p_e).

    p_o = observed agreement, p_e = agreement expected from the raters' marginal rates
    (p_e = px·py + (1-px)(1-py)). Range -1..1; 0 is chance-level agreement.

    Conventions:
      - empty input -> None (undefined).
      - p_e = 1 happens only when both raters give one and the same label to every item
        (e.g. all "faithful"); the formula is then 0/0. We return 1.0, since the raters agree
        on every item — but such a kappa carries no information; report the counts with it.
    """
    if len(x) != len(y):
        raise ValueError(f"cohen_kappa: lists differ in length ({len(x)} vs {len(y)})")
    n = len(x)
    if n == 0:
        return None
    sx = sum(bool(u) for u in x)
    sy = sum(bool(v) for v in y)
    if sx == sy and sx in (0, n):
        return 1.0  # both constant and identical: p_e = 1 (see docstring)
    po = sum(bool(u) == bool(v) for u, v in zip(x, y)) / n
    px, py = sx / n, sy / n
    pe = px * py + (1 - px) * (1 - py)
    return (po - pe) / (1 - pe)
