"""Stage B: DPO from the SFT adapter (TRL DPOTrainer), reference = the SFT model.

One copy of the base weights: the SFT adapter is loaded on it as the trainable "default"
adapter (so DPO starts from SFT, not from a fresh LoRA), and TRL's DPOTrainer adds a frozen
copy of it named "ref" that it uses for the reference forward. Works for bitsandbytes 4-bit
bases.

Log-probs are summed over response tokens only (TRL's DPO). Each pair is tokenized here:
the note is shortened so prompt + the longer response fit `max_length`, so truncation never
removes the tokens where chosen and rejected differ; pairs identical after tokenization are
dropped and counted. Reference log-probs come from a content-keyed cache (medllm.training.refcache).

Writes to out_dir: adapter/ (the DPO adapter, with a README.md model card), checkpoints/,
metrics.json. With W&B on, the adapter is logged as a `model` artifact (dpo-adapter) and the SFT
adapter and data.path are declared as the run's inputs.
"""

from __future__ import annotations

import logging
import math
import time
from pathlib import Path

from medllm.data import contract as D
from medllm.errors import ConfigError, DataError
from medllm.training.checkpoints import ResumableTrainerMixin, train_to_end
from medllm.training.hardware import checkpointing_kwargs, use_checkpointing
from medllm.files import write_json
from medllm.training.internals import LengthGroupedTrainerMixin, PretokenizedDPOMixin, RefLogpsMixin
from medllm.training.levers import apply_levers, sampling_kwargs, step_timer
from medllm.stages.sft import finished  # noqa: F401  (also what runner asks before a rerun)

log = logging.getLogger(__name__)

METRICS = (
    "val_pref_acc_after", "eval_loss", "train_loss", "val_pref_acc_before", "eval_rewards/accuracies",
    "eval_rewards/margins", "train_tokens_per_second", "train_runtime_s",
)


def pairs_file(cfg: dict, split: str) -> Path:
    """The DPO pairs of a split: stage.pairs_dir/<split>.jsonl (on-policy pairs) or the data contract's."""
    pd = cfg["stage"].get("pairs_dir")
    if pd:
        return D.resolve_path(pd) / f"{split}.jsonl"
    return D.dpo_file(cfg["data"], split)


def check(cfg: dict) -> None:
    from medllm.evaluation.inference import adapter_meta, lora_config

    if cfg["stage"].get("pairs_dir"):
        for split in ("train", "validation"):
            if not pairs_file(cfg, split).is_file():
                raise ConfigError(f"stage.pairs_dir={cfg['stage']['pairs_dir']}: no {pairs_file(cfg, split).name} there; "
                                  "point it at a stage=onpolicy run's pairs/ folder")
    else:
        D.check_files(cfg["data"], kinds=("dpo",), splits=("train", "validation"))
    if cfg["stage"].get("ref_adapter"):
        adapter_meta(_adapter(cfg["stage"]["ref_adapter"]), "stage.ref_adapter")
    adapter = cfg["stage"].get("sft_adapter")
    if not adapter:
        raise ConfigError("stage=dpo needs stage.sft_adapter=<SFT run dir>/adapter (or use stage=pipeline)")
    path = D.resolve_path(adapter)
    if (path / "adapter" / "adapter_model.safetensors").is_file():
        path = path / "adapter"
    if not (path / "adapter_model.safetensors").is_file():
        raise ConfigError(f"stage.sft_adapter={adapter}: no adapter_model.safetensors there; point it at an SFT run's adapter/ folder")
    trained_on = (adapter_meta(path, "stage.sft_adapter").get("model") or {}).get("name")
    if trained_on and trained_on != cfg["model"]["name"]:
        raise ConfigError(f"stage.sft_adapter was trained on model={trained_on}, but this run has model={cfg['model']['name']}; pass model={trained_on}")
    trained = lora_config(path)
    for key, theirs in (("lora_r", trained.get("r")), ("lora_alpha", trained.get("lora_alpha"))):
        ours = cfg["model"].get(key)
        if theirs is not None and ours is not None and int(ours) != int(theirs):
            raise ConfigError(
                f"model.{key}={ours} but stage.sft_adapter was trained with {key}={theirs}; DPO continues that "
                f"adapter, so drop the override or sweep model.{key} with stage=pipeline (SFT trains once per value)")
    if cfg["stage"]["eval_strategy"] == "steps" and not cfg["stage"].get("eval_steps"):
        raise ConfigError("stage.eval_strategy=steps needs stage.eval_steps=N")


def rows_for_steps(rows: list[dict], st: dict, seed: int) -> list[dict]:
    """With stage.max_steps set, only the pairs those steps can see: a seeded sample, in file
    order. Reference log-probs are precomputed for every training pair before step 1, so 20
    steps over 732 pairs would otherwise spend ~40 minutes (2-core CPU) scoring pairs never used."""
    import random

    from medllm.training import dist

    if st["max_steps"] <= 0:
        return rows
    need = st["max_steps"] * st["batch_size"] * st["grad_accum"] * dist.world_size()
    if len(rows) <= need:
        return rows
    keep = sorted(random.Random(seed).sample(range(len(rows)), need))
    log.info("stage.max_steps=%d sees %d of %d training pairs: using a seeded sample of %d", st["max_steps"], need,
             len(rows), need)
    return [rows[i] for i in keep]


def _adapter(p) -> Path:
    path = D.resolve_path(p)
    return path / "adapter" if (path / "adapter" / "adapter_model.safetensors").is_file() else path


def sft_adapter_dir(cfg: dict) -> Path:
    return _adapter(cfg["stage"]["sft_adapter"])


def ref_adapter_dir(cfg: dict) -> Path:
    """The reference: stage.ref_adapter, or the adapter DPO starts from."""
    return _adapter(cfg["stage"]["ref_adapter"]) if cfg["stage"].get("ref_adapter") else sft_adapter_dir(cfg)


def load_ref_weights(model, ref_dir: Path) -> None:
    """Put another adapter's weights into TRL's frozen "ref" adapter (a later on-policy round
    starts from the previous round's adapter but can keep SFT as its reference)."""
    import torch
    from peft.utils import set_peft_model_state_dict
    from safetensors.torch import load_file

    if "ref" not in model.peft_config:
        raise ConfigError("stage.ref_adapter needs TRL's 'ref' adapter on the policy model")
    weights = load_file(str(ref_dir / "adapter_model.safetensors"))
    res = set_peft_model_state_dict(model, weights, adapter_name="ref")
    unexpected = list(getattr(res, "unexpected_keys", []))
    if unexpected:
        raise ConfigError(f"stage.ref_adapter={ref_dir}: its weights do not fit this LoRA ({unexpected[:2]}...)")
    # the copy landed: every "ref" LoRA tensor now equals the file's (peft names them <module>.ref.weight)
    params = dict(model.named_parameters())
    checked = 0
    for key, value in weights.items():
        name = key.replace(".weight", ".ref.weight")
        if name in params:
            checked += 1
            if not torch.equal(params[name].detach().to(value.dtype).cpu(), value):
                raise RuntimeError(f"reference adapter weights were not loaded into 'ref' ({name})")
    if not checked:
        raise RuntimeError(f"none of {ref_dir}'s tensors matched a 'ref' adapter parameter")
    log.info("DPO reference: %s (the policy starts from another adapter)", ref_dir)


def encode_pairs(tokenizer, rows: list[dict], max_length: int, model_cfg: dict):
    """Tokenized pairs {prompt_ids, chosen_ids, rejected_ids} and counts of what was shortened
    or dropped. The responses are never truncated: the note gives way."""
    from datasets import Dataset

    from medllm.prompts import _encode, completion_text, encode_prompt

    out, stats = [], {"n_pairs_in": len(rows), "n_identical_dropped": 0, "n_too_long_dropped": 0, "n_note_shortened": 0}
    for row in rows:
        chosen = _encode(tokenizer, completion_text(tokenizer, row["chosen"], model_cfg))
        rejected = _encode(tokenizer, completion_text(tokenizer, row["rejected"], model_cfg))
        if chosen == rejected:
            stats["n_identical_dropped"] += 1
            continue
        try:
            prompt_ids, _, shortened = encode_prompt(tokenizer, row["prompt"], max_length - max(len(chosen), len(rejected)), model_cfg)
        except ValueError:
            stats["n_too_long_dropped"] += 1
            continue
        stats["n_note_shortened"] += shortened
        out.append({"prompt_ids": prompt_ids, "chosen_ids": chosen, "rejected_ids": rejected,
                    "length": len(prompt_ids) + max(len(chosen), len(rejected))})
    stats["n_pairs"] = len(out)
    if not out:
        raise DataError("no usable DPO pairs after tokenization (all identical or too long); check the data or raise stage.max_length")
    return Dataset.from_list(out), stats


DPO_OUTPUTS = ("log_probs", "entropy", "mean_logits", "is_top1")  # what TRL's DPO metrics read


def make_trainer(cache, levers: dict | None = None, ref_dir: Path | None = None, **kwargs):
    """TRL's DPOTrainer whose reference log-probs come from the content-keyed cache, with the
    hardware profile's speed levers (medllm.training.levers) applied before its first forward."""
    from torch.utils.data import DataLoader
    from tqdm.auto import tqdm
    from trl import DPOTrainer

    from medllm.training.refcache import pair_key

    # pairs arrive tokenized by encode_pairs (PretokenizedDPOMixin); TRL's reference pass goes to
    # precompute_reference below (RefLogpsMixin): both override DPOTrainer internals in medllm.training.internals
    class MedllmDPOTrainer(ResumableTrainerMixin, LengthGroupedTrainerMixin, PretokenizedDPOMixin, RefLogpsMixin, DPOTrainer):
        ref_cache_stats: dict = {}
        ref_seconds: dict = {}  # wall time of the reference pass (cache lookups included), per dataset

        def _apply_levers(self):
            if levers is not None and not getattr(self, "_levers_applied", False):
                weighting = ("log_sum_sq_probs",) if getattr(self, "use_weighting", False) else ()
                apply_levers(self.model, levers, outputs=DPO_OUTPUTS + weighting,
                             share_prefix=bool(levers.get("share_dpo_prompt", True)))
                self._levers_applied = True

        def _load_ref(self):
            if ref_dir is not None and not getattr(self, "_ref_loaded", False):
                load_ref_weights(self.model, ref_dir)
                self._ref_loaded = True

        def precompute_reference(self, dataset, name, batch_size):
            self._apply_levers()
            self._load_ref()
            started = time.perf_counter()
            keys = [pair_key(p, c, r) for p, c, r in zip(dataset["prompt_ids"], dataset["chosen_ids"], dataset["rejected_ids"])]
            store = cache.load() if cache is not None else {}
            missing = [i for i, k in enumerate(keys) if k not in store]
            fresh: dict[str, list[float]] = {}
            if missing:
                sub = dataset.select(missing)
                loader = self.accelerator.prepare(DataLoader(sub, batch_size=batch_size, collate_fn=self.data_collator, shuffle=False))
                values = []
                for batch in tqdm(loader, desc=f"reference log-probs ({name})", unit="batch"):
                    c, r = self.ref_log_probs(batch)
                    c, r = self.accelerator.gather_for_metrics((c, r))
                    values.extend(zip(c.float().cpu().tolist(), r.float().cpu().tolist()))
                for i, v in zip(missing, values):
                    fresh[keys[i]] = list(v)
                if cache is not None and self.accelerator.is_main_process:
                    cache.update(fresh)
            store.update(fresh)
            MedllmDPOTrainer.ref_cache_stats[name] = {"pairs": len(keys), "cached": len(keys) - len(missing), "computed": len(missing)}
            MedllmDPOTrainer.ref_seconds[name] = round(time.perf_counter() - started, 2)
            log.info("reference log-probs for %s: %d from cache, %d computed", name, len(keys) - len(missing), len(missing))
            dataset = dataset.add_column("ref_chosen_logps", [store[k][0] for k in keys])
            return dataset.add_column("ref_rejected_logps", [store[k][1] for k in keys])

    trainer = MedllmDPOTrainer(**kwargs)
    trainer._apply_levers()
    trainer._load_ref()
    return trainer


def policy_logps(trainer, dataset, batch_size: int):
    """Summed response log-probs of the *trainable* policy (the "default" adapter): (chosen, rejected)."""
    import torch
    from torch.utils.data import DataLoader

    model = trainer.model
    was_training = model.training
    model.eval()
    cols = [c for c in dataset.column_names if c in ("prompt_ids", "chosen_ids", "rejected_ids")]
    loader = DataLoader(dataset.select_columns(cols), batch_size=batch_size, collate_fn=trainer.data_collator, shuffle=False)
    chosen, rejected = [], []
    device = trainer.accelerator.device
    with torch.no_grad(), trainer.accelerator.autocast():
        for batch in loader:
            ids, attn, cmask = batch["input_ids"].to(device), batch["attention_mask"].to(device), batch["completion_mask"].to(device)
            # TRL's fused, chunked LM head (patched in by DPOTrainer): per-token log-probs of the
            # response tokens without materializing the full-vocabulary logits; zero where masked.
            labels = ids.masked_fill(cmask == 0, -100)
            lp = model(input_ids=ids, attention_mask=attn, labels=labels, use_cache=False, fused_lm_head=True).log_probs
            seq = lp[:, -(ids.size(1) - 1):].float().sum(dim=1)
            c, r = seq.chunk(2)
            chosen.extend(c.cpu().tolist())
            rejected.extend(r.cpu().tolist())
    model.train(was_training)
    return chosen, rejected


def dpo_activation_gb(model, ds, batch_size: int, hw: dict) -> float:
    """Activations of the longest DPO batch without checkpointing: each prompt once and both
    responses where the prompt is shared (CPU, compact_lm_head and share_dpo_prompt), else two
    full sequences per pair."""
    from medllm.training.hardware import activation_gb

    prompts = [len(p) for p in ds["prompt_ids"]]
    responses = [max(len(c), len(r)) for c, r in zip(ds["chosen_ids"], ds["rejected_ids"])]
    shared = hw.get("share_dpo_prompt", True) and hw.get("compact_lm_head", True) and hw.get("device") == "cpu"
    if shared:
        per_pair = max(prompts) + 2 * max(responses)
    else:
        per_pair = 2 * max(p + r for p, r in zip(prompts, responses))
    return activation_gb(model.config, batch_size * per_pair)


def pref_accuracy(chosen, rejected) -> float:
    """Share of pairs whose faithful summary the model finds more likely than the broken one."""
    return sum(c > r for c, r in zip(chosen, rejected)) / max(1, len(chosen))


def load_policy_and_ref(m: dict, hw: dict, precision: str, paths, adapter_dir: Path):
    from peft import PeftModel, prepare_model_for_kbit_training

    from medllm.training.models import load_base_model

    base = load_base_model(m, hw, precision, paths, training=True)
    if hw["quantization"] != "none":
        base = prepare_model_for_kbit_training(base, use_gradient_checkpointing=use_checkpointing(hw, "dpo"))
    # TRL's DPOTrainer adds a frozen "ref" adapter as a copy of this one: both live on the one base.
    model = PeftModel.from_pretrained(base, str(adapter_dir), adapter_name="default", is_trainable=True)
    # the file names the base by its hub id (medllm.cards); in memory it is the folder loaded here,
    # so peft's save-time vocabulary check reads that folder instead of asking the (offline) Hub
    for conf in model.peft_config.values():
        conf.base_model_name_or_path = getattr(base, "name_or_path", None) or conf.base_model_name_or_path
    return model


def run(cfg: dict, out_dir: Path, tracker=None) -> dict:
    from trl import DPOConfig

    from medllm import tracking
    from medllm.cards import adapter_record, record_base_id, write_adapter_card
    from medllm.training.hardware import peak_memory_mb, resolve_precision
    from medllm.training.models import cache_root, frozen_base_dtype, load_tokenizer, resolve_model_path
    from medllm.training.refcache import RefLogpCache, adapter_fingerprint, base_fingerprint
    from medllm.stages.sft import resume_checkpoint

    m, hw, st, paths = cfg["model"], cfg["hardware"], cfg["stage"], cfg.get("paths")
    out_dir = Path(out_dir)
    done = finished(cfg, out_dir)
    if done is not None:
        return done
    precision = resolve_precision(hw)
    adapter_dir = sft_adapter_dir(cfg)

    tokenizer = load_tokenizer(m, paths)
    ref_dir = ref_adapter_dir(cfg)
    train_rows = D.read_dpo(pairs_file(cfg, "train"))
    eval_rows = D.read_dpo(pairs_file(cfg, "validation"))
    if st.get("max_train_samples"):
        train_rows = train_rows[: st["max_train_samples"]]
    if st.get("max_eval_samples"):
        eval_rows = eval_rows[: st["max_eval_samples"]]
    train_rows = rows_for_steps(train_rows, st, cfg["seed"])
    train_ds, train_stats = encode_pairs(tokenizer, train_rows, st["max_length"], m)
    eval_ds, eval_stats = encode_pairs(tokenizer, eval_rows, st["max_length"], m)
    log.info("DPO pairs: train %s | validation %s", train_stats, eval_stats)

    model = load_policy_and_ref(m, hw, precision, paths, adapter_dir)
    cache = None
    if st["ref_cache"]:
        cache = RefLogpCache(cache_root(paths), {
            "base": base_fingerprint(resolve_model_path(m, paths), m),
            "adapter": adapter_fingerprint(ref_dir),
            "quantization": hw["quantization"], "precision": precision, "attn": hw["attn_implementation"],
            "base_dtype": str(frozen_base_dtype(hw, precision, training=True)),
        })

    ckpt_dir = out_dir / "checkpoints"
    resume_from = resume_checkpoint(ckpt_dir, st["resume"])
    args = DPOConfig(
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
        beta=st["beta"],
        loss_type=[st["loss_type"]],
        label_smoothing=st["label_smoothing"],
        max_length=st["max_length"],
        precompute_ref_log_probs=bool(st["ref_cache"]),
        include_num_input_tokens_seen="non_padding",
        report_to=["wandb"] if tracker is not None else [],
        run_name=getattr(tracker, "name", None),
        disable_tqdm=False,
        **checkpointing_kwargs(hw, "dpo", dpo_activation_gb(model, train_ds, st["batch_size"], hw)),
        **sampling_kwargs(hw),
    )
    timer = step_timer()
    # the levers go on before TRL's constructor precomputes reference log-probs with the model
    trainer = make_trainer(
        cache, levers=hw, ref_dir=ref_dir if ref_dir != adapter_dir else None, model=model, args=args, train_dataset=train_ds,
        eval_dataset=eval_ds if st["eval_strategy"] != "no" else None,
        processing_class=tokenizer, callbacks=[timer],
    )
    eval_pairs = trainer.eval_dataset if trainer.eval_dataset is not None else eval_ds
    before = policy_logps(trainer, eval_pairs, st["batch_size"])
    whole = train_to_end(trainer, resume_from, st["eval_strategy"])
    history = list(trainer.state.log_history)
    eval_metrics = trainer.evaluate() if st["eval_strategy"] != "no" else {}
    after = policy_logps(trainer, eval_pairs, st["batch_size"])

    out_adapter = out_dir / "adapter"
    main = trainer.accelerator.is_main_process
    if main:  # DDP: rank 0 writes, the others wait for it
        trainer.model.save_pretrained(str(out_adapter), selected_adapters=["default"], safe_serialization=True)
        record_base_id(out_adapter, m)
        tokenizer.save_pretrained(str(out_adapter))
        write_json(out_adapter / "medllm_adapter.json", {"stage": "dpo", "model": m, "sft_adapter": str(adapter_dir),
                                                         "ref_adapter": str(ref_dir), "pairs": str(pairs_file(cfg, "train")),
                                                         "max_length": st["max_length"], **adapter_record(cfg)})
    trainer.accelerator.wait_for_everyone()

    last_train = {}
    for h in history:
        if "loss" in h:
            last_train = h
    metrics = {
        "train_loss": whole["train_loss"],
        "eval_loss": eval_metrics.get("eval_loss"),
        "val_pref_acc_before": pref_accuracy(*before),
        "val_pref_acc_after": pref_accuracy(*after),
        "global_step": trainer.state.global_step,
        # the whole run's, across every resume (medllm.training.checkpoints)
        "train_runtime_s": whole["train_runtime_s"],
        "train_tokens": whole["train_tokens"],
        "train_tokens_per_second": whole["train_tokens_per_second"],
        "steps_trained_after_resume": whole["trained_now"],
        "precision": precision,
        "resumed_from": resume_from,
        **timer.summary(),
        "ref_cache": dict(trainer.ref_cache_stats) if st["ref_cache"] else None,
        "ref_precompute_s": dict(trainer.ref_seconds) if st["ref_cache"] else None,
        "train_curve": [{k: v for k, v in h.items() if k.startswith(("loss", "rewards/", "step"))} for h in history if "loss" in h],
        **{f"train_{k}": v for k, v in train_stats.items()},
        **{f"eval_{k}": v for k, v in eval_stats.items()},
        **{k: v for k, v in last_train.items() if k.startswith(("rewards/", "logps/"))},
        **{k: v for k, v in eval_metrics.items() if k.startswith(("eval_rewards/", "eval_logps/"))},
        **peak_memory_mb(hw["device"]),
    }
    metrics = {k: (None if isinstance(v, float) and math.isnan(v) else v) for k, v in metrics.items()}
    metrics["world_size"] = trainer.accelerator.num_processes
    if main:
        write_json(out_dir / "metrics.json", metrics)
        write_adapter_card(out_adapter)  # over peft's generic README.md
        # lineage: data -> the SFT adapter (and a different reference) -> this adapter
        tracking.use_data(tracker, cfg["data"])
        for used in dict.fromkeys([adapter_dir, ref_dir]):
            tracking.use_adapter(tracker, used)
        tracking.log_adapter(tracker, out_adapter)
    log.info("validation preference accuracy: %.3f before, %.3f after DPO", metrics["val_pref_acc_before"], metrics["val_pref_acc_after"])
    log.info("adapter: %s", out_adapter)
    return metrics
