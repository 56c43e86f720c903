"""K sampled summaries per note with the note's prefill computed once and shared by its K samples.

`model.generate(num_return_sequences=K)` copies each prompt K times *before* the prefill, so
the note (about 80% of the tokens a summary sees) runs through the model K times. Here the
prompts of a batch of notes run once (left-padded, with the position ids generate itself would
use), the resulting key/value cache is repeated K times along the batch (rows stay grouped by
note), and generate continues from it: it feeds only the prompt's last token and samples.
Exact: the samples are what num_return_sequences would give for the same random stream.

Decoding controls shared by eval, sampling and the summarize CLI live in `decoding_kwargs`.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch

from medllm.generation import autocast_ctx
from medllm.prompts import encode_prompt


@dataclass
class Generation:
    text: str
    finished: bool      # the model ended its turn (end-of-turn/eos) before the token limit
    new_tokens: int


def decoding_kwargs(dec: dict | None) -> dict:
    """generate() keyword arguments for the user-facing decoding keys (stage.decoding.*)."""
    dec = dec or {}
    out = {}
    if dec.get("repetition_penalty") not in (None, 1.0):
        out["repetition_penalty"] = float(dec["repetition_penalty"])
    if dec.get("no_repeat_ngram_size"):
        out["no_repeat_ngram_size"] = int(dec["no_repeat_ngram_size"])
    return out


def left_pad(seqs: list[list[int]], pad: int) -> tuple[torch.Tensor, torch.Tensor]:
    width = max(len(s) for s in seqs)
    ids = torch.full((len(seqs), width), pad, dtype=torch.long)
    mask = torch.zeros((len(seqs), width), dtype=torch.long)
    for row, seq in enumerate(seqs):
        ids[row, width - len(seq):] = torch.tensor(seq)
        mask[row, width - len(seq):] = 1
    return ids, mask


def _decode(tokenizer, gen_rows: torch.Tensor) -> list[Generation]:
    eos = tokenizer.eos_token_id
    eos_ids = set(eos if isinstance(eos, (list, tuple)) else [eos])
    out = []
    for row in gen_rows.tolist():
        n = len(row)
        finished = False
        for j, t in enumerate(row):
            if t in eos_ids:
                n, finished = j, True
                break
        out.append(Generation(tokenizer.decode(row[:n], skip_special_tokens=True).strip(), finished, n))
    return out


@torch.inference_mode()
def generate_batch(model, tokenizer, prompts: list[list[int]], *, num_samples: int = 1, do_sample: bool = False,
                   temperature: float = 1.0, top_p: float = 1.0, max_new_tokens: int = 160,
                   decoding: dict | None = None, precision: str = "fp32", share_prefill: bool = True) -> list[list[Generation]]:
    """Generations for one batch of prompt token ids: `num_samples` per prompt, grouped by prompt.

    With share_prefill and num_samples > 1 the prompts run once and their cache is repeated;
    otherwise this is plain generate(num_return_sequences=num_samples)."""
    if num_samples > 1 and not do_sample:
        raise ValueError("num_samples > 1 needs do_sample=True: greedy decoding gives one output per prompt")
    device = next(model.parameters()).device
    pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id
    ids, mask = left_pad(prompts, pad)
    ids, mask = ids.to(device), mask.to(device)
    width = ids.shape[1]
    kw = dict(max_new_tokens=max_new_tokens, do_sample=do_sample, num_beams=1, pad_token_id=pad,
              eos_token_id=tokenizer.eos_token_id, use_cache=True, **decoding_kwargs(decoding))
    if do_sample:
        kw.update(temperature=float(temperature), top_p=float(top_p), top_k=0)
    use_cache = getattr(model.config, "use_cache", True)
    model.config.use_cache = True
    try:
        with autocast_ctx(device.type, precision):
            if num_samples > 1 and share_prefill and width > 1:
                # the prefill generate would run, once per note: every prompt token but the last
                pos = (mask.cumsum(-1) - 1).clamp(min=0)
                pre = model(input_ids=ids[:, :-1], attention_mask=mask[:, :-1], position_ids=pos[:, :-1], use_cache=True)
                cache = pre.past_key_values
                cache.batch_repeat_interleave(num_samples)
                del pre
                gen = model.generate(input_ids=ids.repeat_interleave(num_samples, 0),
                                     attention_mask=mask.repeat_interleave(num_samples, 0),
                                     past_key_values=cache, **kw)
            else:
                gen = model.generate(input_ids=ids, attention_mask=mask, num_return_sequences=num_samples, **kw)
    finally:
        model.config.use_cache = use_cache
    flat = _decode(tokenizer, gen[:, width:].cpu())
    return [flat[i * num_samples:(i + 1) * num_samples] for i in range(len(prompts))]


def note_batches(tokenizer, notes: list[str], model_cfg: dict | None, max_prompt_tokens: int, batch_size: int):
    """Deterministic batches [(batch index, [note index, ...], [prompt ids, ...])], notes sorted by
    prompt length so a batch wastes little padding. The same inputs give the same batches, which
    is what lets a killed sampling run resume with the same seeds per batch."""
    encoded = [encode_prompt(tokenizer, n, max_prompt_tokens, model_cfg)[0] for n in notes]
    order = sorted(range(len(notes)), key=lambda i: (len(encoded[i]), i))
    out = []
    for b, start in enumerate(range(0, len(order), batch_size)):
        idx = order[start:start + batch_size]
        out.append((b, idx, [encoded[i] for i in idx]))
    return out
