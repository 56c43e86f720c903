"""Batched greedy generation with a KV cache, shared by the sample printout, evaluation and
the summarize CLI, so every model is decoded the same way."""

from __future__ import annotations

import contextlib

import torch
from tqdm.auto import tqdm



def autocast_ctx(device: str, precision: str):
    """Autocast for inference, on GPUs only. On CPU the weights are stored in the inference dtype
    (medllm.training.models.frozen_base_dtype: bf16 where the matmul probe chose bf16): bf16
    autocast over fp32 weights re-casts every weight at every decoding step, and on a 2-core
    AVX-512 BF16 machine that made greedy decoding of SmolLM2-135M 2.3x (batch 8) to 7x (batch 1)
    slower than fp32 (measured with 32 new tokens on 8 test notes)."""
    if precision in ("bf16", "fp16") and device == "cuda":
        return torch.autocast(device_type=device, dtype=torch.bfloat16 if precision == "bf16" else torch.float16)
    return contextlib.nullcontext()


def generate_summaries(
    model,
    tokenizer,
    notes: list[str],
    model_cfg: dict | None = None,
    *,
    max_new_tokens: int = 160,
    batch_size: int = 8,
    max_prompt_tokens: int = 1024,
    precision: str = "fp32",
    progress: bool = True,
    decoding: dict | None = None,
    return_generations: bool = False,
):
    """Greedy summaries for `notes` (left-padded batches sorted by length to waste no padding),
    with the shared decoding controls (`decoding`: repetition_penalty, no_repeat_ngram_size).
    Returns the texts, or medllm.evaluation.sampling.Generation objects (text, finished, new_tokens)."""
    from medllm.evaluation.sampling import generate_batch, note_batches

    out: list = [None] * len(notes)
    was_training = model.training
    model.eval()
    try:
        batches = note_batches(tokenizer, notes, model_cfg, max_prompt_tokens, batch_size)
        for _, idx, prompts in tqdm(batches, desc="generate", disable=not progress, unit="batch"):
            gens = generate_batch(model, tokenizer, prompts, max_new_tokens=max_new_tokens, decoding=decoding,
                                  precision=precision)
            for i, g in zip(idx, gens):
                out[i] = g[0]
    finally:
        model.train(was_training)
    return out if return_generations else [g.text for g in out]
