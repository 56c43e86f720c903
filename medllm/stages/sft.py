"""Stage A: LoRA SFT of the base model on faithful summaries (TRL SFTTrainer + peft).

Loss is on summary tokens only: each example is tokenized here as prompt + summary with a
completion mask, TRL turns the mask into labels (-100 on the prompt) and its collator pads
labels with -100. Notes that do not fit `stage.max_length` are shortened in the middle; the
summary is never cut.

Writes to out_dir:  adapter/ (adapter_model.safetensors, adapter_config.json naming the base by
its hub id, tokenizer, medllm_adapter.json, README.md model card), checkpoints/ (for resume),
metrics.json. With W&B on, the adapter is logged as a `model` artifact (sft-adapter) and data.path
is declared as the run's `dataset` input.
"""

from __future__ import annotations

import logging
import math
import time
from pathlib import Path

from medllm.data import contract as D
from medllm.errors import ConfigError, MedllmError
from medllm.training.checkpoints import ResumableTrainerMixin, finished_metrics, train_to_end
from medllm.training.hardware import activation_gb, checkpointing_kwargs
from medllm.files import write_json
from medllm.training.internals import LengthGroupedTrainerMixin
from medllm.training.levers import apply_levers, sampling_kwargs, step_timer

log = logging.getLogger(__name__)

METRICS = ("eval_loss", "train_loss", "train_tokens_per_second", "train_runtime_s")


def check(cfg: dict) -> None:
    D.check_files(cfg["data"], kinds=("sft",), splits=("train", "validation"))
    st = cfg["stage"]
    if st["eval_strategy"] == "steps" and not st.get("eval_steps"):
        raise ConfigError("stage.eval_strategy=steps needs stage.eval_steps=N")


def build_dataset(tokenizer, rows: list[dict], max_length: int, model_cfg: dict):
    """Tokenized examples (input_ids, completion_mask) and counts of shortened/dropped notes."""
    from datasets import Dataset

    from medllm.prompts import encode_sft

    examples, truncated, dropped = [], 0, 0
    for row in rows:
        try:
            enc = encode_sft(tokenizer, row["clinical_note"], row["summary"], max_length, model_cfg)
        except ValueError:
            dropped += 1  # the summary alone leaves no room for the note: never cut the summary
            continue
        truncated += enc.truncated
        examples.append({"input_ids": enc.input_ids, "completion_mask": enc.completion_mask, "length": len(enc.input_ids)})
    if not examples:
        raise MedllmError(f"stage.max_length={max_length} leaves no room for any note; raise stage.max_length")
    return Dataset.from_list(examples), {"n_examples": len(examples), "n_note_shortened": truncated, "n_dropped_too_long": dropped}


def finished(cfg: dict, out_dir: Path) -> dict | None:
    """The saved metrics when out_dir holds this run, finished: a rerun does nothing (and says
    so) rather than train again. stage.resume=false trains from scratch instead."""
    if str(cfg["stage"]["resume"]).lower() == "false":
        return None
    metrics = finished_metrics(out_dir)
    if metrics is not None:
        log.info("%s: this run already finished (step %s; adapter/ and metrics.json are there); nothing to do. "
                 "Train again in a new hydra.run.dir, or pass stage.resume=false to start it over here",
                 out_dir, metrics.get("global_step"))
    return metrics


def resume_checkpoint(ckpt_dir: Path, resume: str) -> str | None:
    """The newest *complete* checkpoint (see medllm.training.checkpoints), per stage.resume."""
    from medllm.training.checkpoints import last_complete

    found = last_complete(ckpt_dir)
    last = str(found) if found else None
    if str(resume).lower() == "true" and last is None:
        raise ConfigError(
            f"stage.resume=true but {ckpt_dir} holds no checkpoint; rerun with hydra.run.dir=<the killed run's folder>"
        )
    if str(resume).lower() == "false":
        return None
    return last


def verdict_line(v: dict, redact) -> str:
    """The checker's verdict on one summary, one line for a person."""
    if v["degenerate"]:
        head = f"degenerate output ({v['degenerate']})"
    elif v["hallucinated"]:
        facts = "; ".join(f"{u['type']}: {redact(u['text'])}" for u in v["unsupported"][:5])
        head = f"{len(v['unsupported'])} unsupported fact(s): {facts}"
    else:
        head = "no unsupported facts"
    cov = "n/a" if v["coverage"] is None else f"{v['coverage']:.0%}"
    tail = "; stopped at the token limit" if v["truncated"] else ""
    return f"Checker: {head}; coverage of the reference's facts {cov}{tail}"


def run(cfg: dict, out_dir: Path, tracker=None) -> dict:
    import torch
    from trl import SFTConfig, SFTTrainer

    from medllm import tracking
    from medllm.cards import adapter_record, record_base_id, write_adapter_card
    from medllm.evaluation.generation import generate_summaries
    from medllm.training.hardware import peak_memory_mb, resolve_precision
    from medllm.training.models import add_lora, load_base_model, load_tokenizer
    from medllm.clinical.redact import public_id, redact_many
    from medllm.grounding.scores import score_summary

    m, hw, st, paths = cfg["model"], cfg["hardware"], cfg["stage"], cfg.get("paths")
    out_dir = Path(out_dir)
    done = finished(cfg, out_dir)
    if done is not None:
        return done
    precision = resolve_precision(hw)

    tokenizer = load_tokenizer(m, paths)
    train_rows = D.read_sft(D.sft_file(cfg["data"], "train"))
    eval_rows = D.read_sft(D.sft_file(cfg["data"], "validation"))
    if st.get("max_train_samples"):
        train_rows = train_rows[: st["max_train_samples"]]
    if st.get("max_eval_samples"):
        eval_rows = eval_rows[: st["max_eval_samples"]]
    train_ds, train_stats = build_dataset(tokenizer, train_rows, st["max_length"], m)
    eval_ds, eval_stats = build_dataset(tokenizer, eval_rows, st["max_length"], m)
    log.info(
        "SFT data: %d train / %d validation examples; notes shortened to fit max_length=%d: %d train, %d validation; "
        "dropped (summary too long): %d",
        len(train_ds), len(eval_ds), st["max_length"], train_stats["n_note_shortened"], eval_stats["n_note_shortened"],
        train_stats["n_dropped_too_long"] + eval_stats["n_dropped_too_long"],
    )

    model = load_base_model(m, hw, precision, paths, training=True)
    model = add_lora(model, m, hw)
    trainable, total = model.get_nb_trainable_parameters()
    log.info("model %s (%s, %s): %.2fM trainable of %.1fM params", m["name"], precision, hw["quantization"], trainable / 1e6, total / 1e6)

    ckpt_dir = out_dir / "checkpoints"
    resume_from = resume_checkpoint(ckpt_dir, st["resume"])
    if resume_from:
        log.info("resuming from %s", resume_from)
    args = SFTConfig(
        output_dir=str(ckpt_dir),
        per_device_train_batch_size=st["batch_size"],
        per_device_eval_batch_size=st["batch_size"],
        gradient_accumulation_steps=st["grad_accum"],
        learning_rate=st["lr"],
        num_train_epochs=st["epochs"],
        max_steps=st["max_steps"],
        lr_scheduler_type=st["lr_scheduler"],
        warmup_steps=st["warmup_ratio"],
        weight_decay=st["weight_decay"],
        logging_steps=st["logging_steps"],
        logging_first_step=True,
        save_strategy="steps",
        save_steps=st["save_steps"],
        save_total_limit=st["save_total_limit"],
        eval_strategy=st["eval_strategy"],
        eval_steps=st.get("eval_steps"),
        bf16=precision == "bf16",
        fp16=precision == "fp16",
        use_cpu=hw["device"] == "cpu",
        dataloader_num_workers=hw["dataloader_num_workers"],
        seed=cfg["seed"],
        data_seed=cfg["seed"],
        max_length=st["max_length"],
        completion_only_loss=True,
        include_num_input_tokens_seen="non_padding",
        report_to=["wandb"] if tracker is not None else [],
        run_name=getattr(tracker, "name", None),
        disable_tqdm=False,
        **checkpointing_kwargs(hw, "sft", activation_gb(model.config, st["batch_size"] * max(train_ds["length"]))),
        **sampling_kwargs(hw),
        save_only_model=False,
    )
    timer = step_timer()

    class MedllmSFTTrainer(ResumableTrainerMixin, LengthGroupedTrainerMixin, SFTTrainer):
        pass

    trainer = MedllmSFTTrainer(
        model=model,
        args=args,
        train_dataset=train_ds,
        eval_dataset=eval_ds if st["eval_strategy"] != "no" else None,
        processing_class=tokenizer,
        callbacks=[timer],
    )
    apply_levers(trainer.model, hw, outputs=("log_probs", "entropy", "is_top1"))
    whole = train_to_end(trainer, resume_from, st["eval_strategy"])
    history = list(trainer.state.log_history)
    eval_metrics = trainer.evaluate() if st["eval_strategy"] != "no" else {}

    adapter_dir = out_dir / "adapter"
    main = trainer.accelerator.is_main_process
    if main:  # DDP: rank 0 writes, the others wait for it
        trainer.model.save_pretrained(str(adapter_dir), safe_serialization=True)
        record_base_id(adapter_dir, m)
        tokenizer.save_pretrained(str(adapter_dir))
        write_json(adapter_dir / "medllm_adapter.json", {"stage": "sft", "model": m, "max_length": st["max_length"],
                                                         **adapter_record(cfg)})
    trainer.accelerator.wait_for_everyone()

    metrics = {
        "train_loss": whole["train_loss"],
        "eval_loss": eval_metrics.get("eval_loss", float("nan")),
        "eval_loss_per_epoch": [h["eval_loss"] for h in history if "eval_loss" in h],
        "train_loss_curve": [[h["step"], h["loss"]] for h in history if "loss" in h],
        "global_step": trainer.state.global_step,
        # the whole run's, across every resume (medllm.training.checkpoints)
        "train_runtime_s": whole["train_runtime_s"],
        "train_tokens": whole["train_tokens"],
        "train_tokens_per_second": whole["train_tokens_per_second"],
        "steps_trained_after_resume": whole["trained_now"],
        "precision": precision,
        "resumed_from": resume_from,
        **timer.summary(),
        **{f"train_{k}": v for k, v in train_stats.items()},
        **{f"eval_{k}": v for k, v in eval_stats.items()},
        **peak_memory_mb(hw["device"]),
    }

    if st["sample_max_new_tokens"] > 0 and main:
        test_file = D.sft_file(cfg["data"], "test")
        if test_file.is_file():
            note = D.read_sft(test_file)[0]
            # the base is already stored as eval and summarize store it (models.frozen_base_dtype)
            t = time.time()
            gen = generate_summaries(
                trainer.model, tokenizer, [note["clinical_note"]], m,
                max_new_tokens=st["sample_max_new_tokens"], max_prompt_tokens=st["max_length"],
                precision=precision, progress=False, decoding=cfg.get("decoding"), return_generations=True,
            )[0]
            metrics["sample_generation_s"] = round(time.time() - t, 2)
            metrics["sample_id"] = public_id(note["id"])
            verdict = score_summary(note["clinical_note"], note["summary"], gen.text, gen.finished)
            metrics["sample_verdict"] = {k: verdict[k] for k in ("hallucinated", "degenerate", "truncated", "coverage", "copy")}
            # clinical text: redacted with its note (a name the note gives is found in the summary
            # too) before it reaches stdout, the log or W&B; the id as a pseudonym or a digest
            def with_note(text: str) -> str:
                return redact_many([note["clinical_note"], text])[0][1]

            shown = "\n  ".join(with_note(gen.text).splitlines())
            print(f"\nSample summary for test note {public_id(note['id'])}:\n  {shown}\n{verdict_line(verdict, with_note)}\n",
                  flush=True)

    metrics = {k: (None if isinstance(v, float) and math.isnan(v) else v) for k, v in metrics.items()}
    metrics["world_size"] = trainer.accelerator.num_processes
    if main:
        write_json(out_dir / "metrics.json", metrics)
        write_adapter_card(adapter_dir)  # over peft's generic README.md
        tracking.use_data(tracker, cfg["data"])
        tracking.log_adapter(tracker, adapter_dir)
    del trainer, model
    if hw["device"] == "cuda":
        torch.cuda.empty_cache()
    log.info("adapter: %s", adapter_dir)
    return metrics
