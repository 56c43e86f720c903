"""The one prompt builder, used by SFT, DPO, evaluation and inference alike.

The earlier pipeline's prompts differed between stages, so its evaluation measured a prompt
the model was never trained on. Here every stage calls `build_prompt` and `tokenize_pair`.
"""

from __future__ import annotations

from dataclasses import dataclass

SYSTEM_PROMPT = (
    "You are a clinical documentation assistant. Summarize the clinical note in 2 to 4 sentences. "
    "State only facts written in the note: keep every medication, dose, unit, route, frequency, lab "
    "value, vital sign, laterality and negation exactly as written, and add nothing that is not in the note."
)
TRUNCATION_MARKER = " [...] "


def build_messages(note: str) -> list[dict]:
    return [{"role": "system", "content": SYSTEM_PROMPT}, {"role": "user", "content": note.strip()}]


def build_prompt(tokenizer, note: str, model_cfg: dict | None = None) -> str:
    """The text the model sees before its summary, ending where generation starts."""
    fmt = (model_cfg or {}).get("prompt_format", "chat")
    if fmt == "plain":
        template = (model_cfg or {}).get("plain_template") or "{system}\n\nClinical note:\n{note}\n\nSummary:"
        return template.format(system=SYSTEM_PROMPT, note=note.strip())
    return tokenizer.apply_chat_template(build_messages(note), tokenize=False, add_generation_prompt=True)


def completion_text(tokenizer, summary: str, model_cfg: dict | None = None) -> str:
    """The target: the summary and the end of the assistant's turn, so the model learns to stop.

    With the chat format the turn's end is what the tokenizer's own chat template writes after
    an assistant message (SmolLM2: `<|im_end|>`; Llama 3: `<|eot_id|>`), which is not always
    `eos_token`; whitespace the template adds after it is dropped (generation stops at the
    turn's end). Plain prompts, and templates whose full conversation does not begin with the
    generation prompt, end with `eos_token`."""
    summary = summary.strip()
    fallback = summary + (tokenizer.eos_token or "")
    if (model_cfg or {}).get("prompt_format", "chat") != "chat" or not getattr(tokenizer, "chat_template", None):
        return fallback
    end = _turn_end(tokenizer)
    return summary + end if end is not None else fallback


_TURN_END_PROBE = "medllm-turn-end-probe"


_TURN_ENDS: dict[str, str | None] = {}


def _turn_end(tokenizer) -> str | None:
    """The text the chat template puts right after an assistant message's content (cached per
    template), or None when the template cannot be split that way."""
    key = str(tokenizer.chat_template)
    if key in _TURN_ENDS:
        return _TURN_ENDS[key]
    messages = build_messages("note")
    end = None
    try:
        prompt = tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
        full = tokenizer.apply_chat_template(messages + [{"role": "assistant", "content": _TURN_END_PROBE}], tokenize=False)
        if full.startswith(prompt + _TURN_END_PROBE):
            end = full[len(prompt) + len(_TURN_END_PROBE):].rstrip() or None
    except Exception:  # noqa: BLE001 - a template that rejects the probe: fall back to eos
        end = None
    _TURN_ENDS[key] = end
    return end


def _encode(tokenizer, text: str) -> list[int]:
    return tokenizer(text, add_special_tokens=False)["input_ids"]


def shorten_note(tokenizer, note: str, keep_tokens: int) -> str:
    """Drop the middle of the note so it has about `keep_tokens` tokens; keeps its head (history,
    medications) and tail (assessment and plan), which carry most checkable facts."""
    ids = _encode(tokenizer, note)
    if len(ids) <= keep_tokens:
        return note
    if keep_tokens <= 0:
        return TRUNCATION_MARKER.strip()
    head = (keep_tokens * 2) // 3
    tail = keep_tokens - head
    return (
        tokenizer.decode(ids[:head]).rstrip()
        + TRUNCATION_MARKER
        + (tokenizer.decode(ids[-tail:]).lstrip() if tail > 0 else "")
    )


@dataclass
class Encoded:
    input_ids: list[int]
    completion_mask: list[int]  # 1 on summary tokens, 0 on prompt tokens
    prompt: str
    truncated: bool


MIN_NOTE_TOKENS = 16


def encode_prompt(tokenizer, note: str, budget: int, model_cfg: dict | None = None) -> tuple[list[int], str, bool]:
    """Prompt token ids of at most `budget` tokens; the note is shortened (never the template)
    when needed. Returns (ids, prompt_text, truncated). Raises ValueError if even a
    MIN_NOTE_TOKENS-token note does not fit."""
    prompt = build_prompt(tokenizer, note, model_cfg)
    ids = _encode(tokenizer, prompt)
    if len(ids) <= budget:
        return ids, prompt, False
    overhead = len(_encode(tokenizer, build_prompt(tokenizer, "", model_cfg)))
    keep = budget - overhead - len(_encode(tokenizer, TRUNCATION_MARKER)) - 2
    while keep >= MIN_NOTE_TOKENS:
        prompt = build_prompt(tokenizer, shorten_note(tokenizer, note, keep), model_cfg)
        ids = _encode(tokenizer, prompt)
        if len(ids) <= budget:  # re-tokenizing at the cut can add a token or two
            return ids, prompt, True
        keep -= max(1, len(ids) - budget)
    raise ValueError(f"prompt budget of {budget} tokens cannot hold the template and a {MIN_NOTE_TOKENS}-token note")


def encode_sft(tokenizer, note: str, summary: str, max_length: int, model_cfg: dict | None = None) -> Encoded:
    """Prompt + summary ids with a completion mask. If they exceed `max_length`, the note is
    shortened; the summary is never cut (ValueError if the summary alone leaves no room)."""
    completion = _encode(tokenizer, completion_text(tokenizer, summary, model_cfg))
    prompt_ids, prompt, truncated = encode_prompt(tokenizer, note, max_length - len(completion), model_cfg)
    return Encoded(
        input_ids=prompt_ids + completion,
        completion_mask=[0] * len(prompt_ids) + [1] * len(completion),
        prompt=prompt,
        truncated=truncated,
    )
