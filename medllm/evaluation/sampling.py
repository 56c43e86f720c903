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

from medllm.evaluation.generation import autocast_ctx
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
                   decoding: dict | None = None, precision: str = "fp32", share_prefill: bool = True,
                   sampler: str = "fast") -> list[list[Generation]]:
    """Generations for one batch of prompt token ids: `num_samples` per prompt, grouped by prompt.

    sampler="fast" (the default): fast_sample, medllm's own loop: the prefill scores only the
    last position, greedy is a plain argmax (the tokens generate() picks), sampling draws the
    same distribution without sorting the vocabulary at every step.
    sampler="generate": transformers' generate(); with share_prefill and num_samples > 1 the
    prompts run once and their cache is repeated (exactly the samples of
    generate(num_return_sequences=K) for the same seed), otherwise it is that plain call."""
    if num_samples > 1 and not do_sample:
        raise ValueError("num_samples > 1 needs do_sample=True: greedy decoding gives one output per prompt")
    if sampler == "fast":
        with autocast_ctx(next(model.parameters()).device.type, precision):
            return fast_sample(model, tokenizer, prompts, num_samples=num_samples,
                               temperature=temperature if do_sample else None, top_p=top_p,
                               max_new_tokens=max_new_tokens, decoding=decoding)
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


def nucleus_sample(logits: torch.Tensor, temperature: float, top_p: float, generator=None, k: int = 64) -> torch.Tensor:
    """One token per row from temperature/top-p (nucleus) sampling, without sorting the vocabulary.

    The nucleus is the smallest set of most likely tokens whose probability (under the full,
    temperature-scaled softmax) reaches top_p, as in transformers' TopPLogitsWarper. It is found
    among the k most likely tokens (torch.topk), and the token is drawn from those: rows whose
    nucleus needs more than k tokens fall back to a full sort. So the distribution is exactly
    nucleus sampling; only the random stream differs from generate(). A full-vocabulary sort
    and multinomial cost ~130 ms per step for 32 rows on a 2-core CPU (49k tokens); this ~5 ms.

    logits: (rows, vocab) float; returns (rows,) token ids."""
    logits = logits.float() / temperature
    lse = torch.logsumexp(logits, dim=-1, keepdim=True)
    k = min(k, logits.shape[-1])
    vals, idx = logits.topk(k, dim=-1)  # sorted, most likely first
    probs = (vals - lse).exp()
    cum = probs.cumsum(-1)
    wide = cum[:, -1] < top_p  # the nucleus is wider than k for these rows
    if wide.any():
        vals_w, idx_w = logits[wide].sort(dim=-1, descending=True)
        probs_w = (vals_w - lse[wide]).exp()
        keep_w = (probs_w.cumsum(-1) - probs_w) < top_p
        probs_w = probs_w * keep_w
        pick_w = idx_w.gather(-1, torch.multinomial(probs_w, 1, generator=generator)).squeeze(-1)
    keep = (cum - probs) < top_p  # tokens before the mass reached top_p (the first is always kept)
    pick = idx.gather(-1, torch.multinomial(probs * keep, 1, generator=generator)).squeeze(-1)
    if wide.any():
        pick[wide] = pick_w
    return pick


def _last_logits_only(model) -> dict:
    """{"logits_to_keep": 1} when the model's forward takes it (transformers' causal LMs do)."""
    import inspect

    base = model.get_base_model() if hasattr(model, "get_base_model") else model
    try:
        return {"logits_to_keep": 1} if "logits_to_keep" in inspect.signature(base.forward).parameters else {}
    except (TypeError, ValueError):
        return {}


@torch.inference_mode()
def fast_sample(model, tokenizer, prompts: list[list[int]], *, num_samples: int, temperature: float | None, top_p: float,
                max_new_tokens: int, decoding: dict | None = None) -> list[list[Generation]]:
    """medllm's decoding loop: the note's prefill shared by its samples and scored at its last
    position only (generate() scores every prompt position: batch x prompt x vocabulary logits),
    nucleus_sample instead of generate()'s full-vocabulary sort, or argmax for temperature=None
    (greedy); the decoding controls are transformers' own processors."""
    from transformers import LogitsProcessorList, NoRepeatNGramLogitsProcessor, RepetitionPenaltyLogitsProcessor

    device = next(model.parameters()).device
    pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id
    eos = tokenizer.eos_token_id
    eos_ids = torch.tensor(list(eos) if isinstance(eos, (list, tuple)) else [eos], device=device)
    kw = decoding_kwargs(decoding)
    procs = LogitsProcessorList()
    if "repetition_penalty" in kw:
        procs.append(RepetitionPenaltyLogitsProcessor(kw["repetition_penalty"]))
    if "no_repeat_ngram_size" in kw:
        procs.append(NoRepeatNGramLogitsProcessor(kw["no_repeat_ngram_size"]))
    ids, mask = left_pad(prompts, pad)
    ids, mask = ids.to(device), mask.to(device)
    width = ids.shape[1]
    pos = (mask.cumsum(-1) - 1).clamp(min=0)
    out = model(input_ids=ids, attention_mask=mask, position_ids=pos, use_cache=True, **_last_logits_only(model))
    cache = out.past_key_values
    cache.batch_repeat_interleave(num_samples)
    logits = out.logits[:, -1, :].repeat_interleave(num_samples, 0)
    del out
    seq = ids.repeat_interleave(num_samples, 0)
    mask = mask.repeat_interleave(num_samples, 0)
    next_pos = pos[:, -1:].repeat_interleave(num_samples, 0) + 1
    rows = seq.shape[0]
    done = torch.zeros(rows, dtype=torch.bool, device=device)
    new = []
    for step in range(max_new_tokens):
        scores = procs(seq, logits.float()) if len(procs) else logits
        tok = scores.argmax(-1) if temperature is None else nucleus_sample(scores, temperature, top_p)
        tok = torch.where(done, torch.full_like(tok, pad), tok)
        new.append(tok)
        done = done | torch.isin(tok, eos_ids)
        if bool(done.all()) or step == max_new_tokens - 1:
            break
        seq = torch.cat([seq, tok[:, None]], dim=1)
        mask = torch.cat([mask, torch.ones_like(tok)[:, None]], dim=1)  # finished rows are ignored anyway
        out = model(input_ids=tok[:, None], attention_mask=mask, position_ids=next_pos, past_key_values=cache, use_cache=True)
        cache, logits = out.past_key_values, out.logits[:, -1, :]
        next_pos = next_pos + 1
    gen = torch.stack(new, dim=1).cpu() if new else torch.zeros((rows, 0), dtype=torch.long)
    flat = _decode(tokenizer, gen)
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
