"""Label masking and truncation: the earlier pipeline trained on prompts and padding."""

import torch

from medllm.prompts import SYSTEM_PROMPT, build_prompt, completion_text, encode_sft
from medllm.stages.sft import build_dataset

NOTE = "S: 64-year-old man with CHF. Denies chest pain.\nO: BP 148/92 mmHg. Potassium 3.2 mmol/L.\nA/P: Furosemide 40 mg PO daily."
SUMMARY = "64-year-old man with CHF on furosemide 40 mg PO daily; BP 148/92 mmHg, potassium 3.2 mmol/L; denies chest pain."


def test_prompt_is_the_chat_template_with_the_fixed_instruction(tokenizer):
    p = build_prompt(tokenizer, NOTE)
    assert SYSTEM_PROMPT in p and NOTE in p
    assert p.rstrip().endswith("assistant")


def test_completion_mask_covers_exactly_the_summary(tokenizer):
    enc = encode_sft(tokenizer, NOTE, SUMMARY, 1024)
    n_prompt = enc.completion_mask.index(1)
    assert all(m == 0 for m in enc.completion_mask[:n_prompt]) and all(m == 1 for m in enc.completion_mask[n_prompt:])
    assert tokenizer.decode(enc.input_ids[n_prompt:]) == completion_text(tokenizer, SUMMARY)
    assert tokenizer.decode(enc.input_ids[:n_prompt]) == build_prompt(tokenizer, NOTE)


def test_truncation_keeps_summary(tokenizer):
    long_note = NOTE + "\n" + " ".join(f"Day {i}: stable, no events." for i in range(300))
    enc = encode_sft(tokenizer, long_note, SUMMARY, 256)
    assert len(enc.input_ids) <= 256 and enc.truncated
    n_prompt = enc.completion_mask.index(1)
    assert tokenizer.decode(enc.input_ids[n_prompt:]) == completion_text(tokenizer, SUMMARY)
    # the template survives: system instruction and the assistant turn are intact
    assert SYSTEM_PROMPT in enc.prompt and enc.prompt.rstrip().endswith("assistant")


def test_summary_longer_than_budget_is_dropped_not_cut(tokenizer):
    rows = [{"clinical_note": NOTE, "summary": SUMMARY * 20}, {"clinical_note": NOTE, "summary": SUMMARY}]
    ds, stats = build_dataset(tokenizer, rows, 160, {"prompt_format": "chat"})
    assert stats["n_dropped_too_long"] == 1 and len(ds) == 1


def test_trainer_labels_mask_prompt_and_padding(tokenizer, tmp_path):
    """Through TRL's own preparation and collator: labels are -100 on every prompt and padding
    token and equal input_ids on every summary token."""
    from trl import SFTConfig, SFTTrainer

    from medllm.training.models import add_lora, load_base_model
    from tests.stages.test_sft import TINY

    rows = [
        {"clinical_note": NOTE, "summary": SUMMARY},
        {"clinical_note": NOTE + " Follow up in 2 weeks with cardiology clinic.", "summary": "Short summary."},
    ]
    ds, _ = build_dataset(tokenizer, rows, 512, TINY)
    model = add_lora(load_base_model(TINY, {"device": "cpu", "quantization": "none", "attn_implementation": "sdpa",
                                            "gradient_checkpointing": False}, "fp32", None), TINY,
                     {"quantization": "none", "gradient_checkpointing": False})
    args = SFTConfig(output_dir=str(tmp_path), per_device_train_batch_size=2, completion_only_loss=True,
                     report_to=[], use_cpu=True, max_length=512)
    trainer = SFTTrainer(model=model, args=args, train_dataset=ds, processing_class=tokenizer)
    batch = next(iter(trainer.get_train_dataloader()))
    ids, labels, attn = batch["input_ids"], batch["labels"], batch["attention_mask"]
    assert (attn == 0).any(), "the batch should contain padding"
    for row in range(ids.shape[0]):
        # find this row's example in the source dataset
        n = int(attn[row].sum())
        ex = next(e for e in ds if len(e["input_ids"]) == n)
        cm = torch.tensor(ex["completion_mask"])
        assert (labels[row, :n][cm == 0] == -100).all()
        assert torch.equal(labels[row, :n][cm == 1], ids[row, :n][cm == 1])
        assert (labels[row, n:] == -100).all()


def test_the_target_ends_with_the_templates_end_of_turn(tokenizer):
    # SmolLM2's template closes an assistant turn with <|im_end|> (its eos too): same text as before
    assert completion_text(tokenizer, SUMMARY + "  ") == SUMMARY + "<|im_end|>"
    assert completion_text(tokenizer, SUMMARY, {"prompt_format": "plain"}) == SUMMARY + tokenizer.eos_token


def test_an_end_of_turn_token_other_than_eos_is_learned(tokenizer):
    """A Llama-3-style template: the turn ends with <|eot_id|> while eos is <|end_of_text|>."""
    import copy

    tok = copy.deepcopy(tokenizer)
    tok.chat_template = (
        "{% for m in messages %}<|start_header_id|>{{ m['role'] }}<|end_header_id|>\n\n{{ m['content'] }}<|eot_id|>{% endfor %}"
        "{% if add_generation_prompt %}<|start_header_id|>assistant<|end_header_id|>\n\n{% endif %}"
    )
    tok.eos_token = "<|endoftext|>"
    assert completion_text(tok, SUMMARY) == SUMMARY + "<|eot_id|>"
    # a template that rewrites the conversation so the prompt is not its prefix: eos as before
    tok2 = copy.deepcopy(tokenizer)
    tok2.chat_template = "{% for m in messages %}{{ m['role'] }}: {{ m['content'] }}\n{% endfor %}{% if add_generation_prompt %}ASSISTANT>{% endif %}"
    assert completion_text(tok2, SUMMARY) == SUMMARY + tok2.eos_token
