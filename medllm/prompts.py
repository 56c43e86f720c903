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


def completion_text(tokenizer, summary: str) -> str:
    """The target: the summary and the end-of-turn token, so the model learns to stop."""
    return summary.strip() + (tokenizer.eos_token or "")


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
    completion = _encode(tokenizer, completion_text(tokenizer, summary))
    prompt_ids, prompt, truncated = encode_prompt(tokenizer, note, max_length - len(completion), model_cfg)
    return Encoded(
        input_ids=prompt_ids + completion,
        completion_mask=[0] * len(prompt_ids) + [1] * len(completion),
        prompt=prompt,
        truncated=truncated,
    )
