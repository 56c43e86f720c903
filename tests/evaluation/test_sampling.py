"""medllm.evaluation.sampling: the nucleus sampler draws from exactly transformers' top-p distribution, and
the fast loop decodes what generate() decodes when the draw is forced."""

from __future__ import annotations

import torch

from medllm.evaluation.sampling import nucleus_sample


def _hf_top_p_probs(logits: torch.Tensor, temperature: float, top_p: float) -> torch.Tensor:
    from transformers import TemperatureLogitsWarper, TopPLogitsWarper

    scores = TopPLogitsWarper(top_p)(None, TemperatureLogitsWarper(temperature)(None, logits.clone()))
    return torch.softmax(scores, -1)


def _empirical(logits: torch.Tensor, temperature: float, top_p: float, k: int, n: int = 40_000) -> torch.Tensor:
    g = torch.Generator().manual_seed(0)
    rows = logits.expand(n, -1).contiguous()
    picks = nucleus_sample(rows, temperature, top_p, generator=g, k=k)
    return torch.bincount(picks, minlength=logits.shape[-1]).float() / n


def test_nucleus_matches_transformers_top_p():
    logits = torch.tensor([[3.0, 2.5, 2.0, 1.0, 0.5, -1.0, -2.0, -5.0]])
    want = _hf_top_p_probs(logits, 0.8, 0.9)[0]
    got = _empirical(logits, 0.8, 0.9, k=4)
    assert torch.allclose(got, want, atol=0.01), (got, want)
    assert got[want == 0].sum() == 0  # nothing outside the nucleus is ever drawn


def test_wide_nucleus_falls_back_to_the_full_sort():
    logits = -0.01 * torch.arange(12.0).unsqueeze(0)  # near flat, no ties: the nucleus needs 11 tokens, more than k=3
    want = _hf_top_p_probs(logits, 1.0, 0.9)[0]
    got = _empirical(logits, 1.0, 0.9, k=3)
    assert (got > 0).sum() == (want > 0).sum() > 3
    assert torch.allclose(got, want, atol=0.015)


def test_top_p_one_keeps_every_token_with_mass():
    logits = torch.tensor([[1.0, 0.0, -1.0]])
    got = _empirical(logits, 1.0, 1.0, k=2)
    assert torch.allclose(got, torch.softmax(logits, -1)[0], atol=0.01)
