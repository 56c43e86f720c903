"""Typed schema for the composed config, checked at setup before any model loads.

Hydra's struct mode already rejects unknown keys given on the command line; this schema also
catches wrong types, unknown keys inside yaml files and invalid choices, and reports each as
one line naming the key.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Optional

from omegaconf import DictConfig, OmegaConf
from omegaconf.errors import OmegaConfBaseException

from medllm.errors import ConfigError


@dataclass
class RandomInitSchema:
    hidden_size: int = 64
    intermediate_size: int = 128
    num_hidden_layers: int = 2
    num_attention_heads: int = 4
    num_key_value_heads: int = 2
    max_position_embeddings: int = 2048
    seed: int = 0


@dataclass
class ModelSchema:
    name: str = "???"
    source: str = "embedded"
    name_or_path: str = "???"
    revision: Optional[str] = None
    allow_download: bool = False
    trust_remote_code: bool = False
    prompt_format: str = "chat"
    plain_template: Optional[str] = None
    lora_r: int = 16
    lora_alpha: int = 32
    lora_dropout: float = 0.05
    target_modules: list[str] = field(default_factory=list)
    random_init: Optional[RandomInitSchema] = None


@dataclass
class HardwareSchema:
    name: str = "???"
    device: str = "cpu"
    precision: str = "auto"
    quantization: str = "none"
    bnb_4bit_quant_type: str = "nf4"
    bnb_4bit_use_double_quant: bool = True
    bnb_4bit_compute_dtype: str = "bfloat16"
    attn_implementation: str = "sdpa"
    batch_size: int = 8
    grad_accum: int = 1
    gradient_checkpointing: str = "auto"  # auto | true | false (see medllm.training.hardware.use_checkpointing)
    num_threads: Optional[int] = None
    dataloader_num_workers: int = 0
    group_by_length: bool = True  # batches of similar length (less padding)
    fast_lora_dropout: bool = True  # LoRA dropout mask from integer draws (CPU)
    shared_lora_dropout: bool = True  # adapters reading one tensor (q/k/v, gate/up) share its dropout mask (CPU)
    lora_keep_input_dtype: bool = True  # bf16-stored base: LoRA layers read bf16 activations without peft's fp32 cast (CPU)
    fused_lora: bool = True  # LoRA update added by one addmm, q/k/v and gate/up A products in one GEMM (CPU)
    compact_lm_head: bool = True  # LM head only where there is a label (CPU)
    share_dpo_prompt: bool = True  # DPO: each pair's prompt runs once for chosen and rejected (with compact_lm_head)
    bf16_weights: bool = True  # CPU with bf16: the frozen base is stored in bf16, not re-cast by autocast each step


@dataclass
class TrainStageSchema:
    """What SFT and DPO share: the Trainer's loop, checkpoints and data limits."""
    name: str = "???"
    lr: float = 2e-4
    epochs: float = 1.0
    max_steps: int = -1
    batch_size: int = 8
    grad_accum: int = 1
    max_length: int = 1024
    warmup_ratio: float = 0.03
    weight_decay: float = 0.0
    lr_scheduler: str = "cosine"
    logging_steps: int = 5
    save_steps: int = 50
    save_total_limit: int = 2
    eval_strategy: str = "epoch"
    eval_steps: Optional[int] = None
    resume: str = "auto"  # auto | true | false (a bool given on the command line arrives as "True"/"False")
    max_train_samples: Optional[int] = None
    max_eval_samples: Optional[int] = None


@dataclass
class SftStageSchema(TrainStageSchema):
    name: str = "sft"
    sample_max_new_tokens: int = 192


@dataclass
class DpoStageSchema(TrainStageSchema):
    name: str = "dpo"
    lr: float = 5e-6
    warmup_ratio: float = 0.1
    sft_adapter: Optional[str] = None
    beta: float = 0.1
    loss_type: str = "sigmoid"
    label_smoothing: float = 0.0
    ref_cache: bool = True
    pairs_dir: Optional[str] = None
    ref_adapter: Optional[str] = None


@dataclass
class OnpolicyStageSchema:
    name: str = "onpolicy"
    adapter: Optional[str] = None
    splits: list[str] = field(default_factory=lambda: ["train", "validation"])
    num_samples: int = 4
    temperature: float = 0.8
    top_p: float = 0.95
    max_new_tokens: int = 192
    batch_size: int = 4
    max_prompt_tokens: int = 1024
    max_notes: Optional[int] = None
    share_prefill: bool = True
    sampler: str = "fast"
    chosen_fallback: str = "reference"
    pairs_per_note: int = 1
    seed: Optional[int] = None


@dataclass
class EvalStageSchema:
    name: str = "eval"
    models: list[str] = field(default_factory=lambda: ["base", "sft", "dpo"])
    sft_adapter: Optional[str] = None
    dpo_adapter: Optional[str] = None
    split: str = "test"
    max_samples: Optional[int] = None
    max_pairs: Optional[int] = None
    max_new_tokens: int = 192
    batch_size: int = 8
    max_prompt_tokens: int = 1024
    pref_acc: bool = True


@dataclass
class PipelineStageSchema:
    name: str = "pipeline"
    reuse_sft: bool = True
    epochs: float = 1.0
    max_steps: int = -1
    batch_size: int = 8
    grad_accum: int = 1
    max_length: int = 1024
    logging_steps: int = 5
    save_steps: int = 50
    eval_strategy: str = "epoch"
    eval_steps: Optional[int] = None
    max_train_samples: Optional[int] = None
    max_eval_samples: Optional[int] = None
    sample_max_new_tokens: int = 192
    beta: float = 0.1
    loss_type: str = "sigmoid"
    evaluate: bool = True
    validate: bool = False
    pairs: str = "offline"
    mix_ratio: float = 0.5
    rounds: int = 1
    ref_model: str = "sft"
    sft: SftStageSchema = field(default_factory=SftStageSchema)
    dpo: DpoStageSchema = field(default_factory=DpoStageSchema)
    eval: EvalStageSchema = field(default_factory=EvalStageSchema)
    onpolicy: OnpolicyStageSchema = field(default_factory=OnpolicyStageSchema)


@dataclass
class PrepareStageSchema:
    name: str = "prepare"
    negatives_per_note: int = 3
    kinds: list[str] = field(default_factory=list)
    split: list[float] = field(default_factory=lambda: [0.7, 0.15, 0.15])
    redact: bool = True
    redact_names: Optional[str] = None
    pseudonymize_ids: bool = True
    normalize: bool = True
    evidence: bool = True


@dataclass
class DataSchema:
    name: str = "phase1"
    path: str = "phase1_data"
    train_split: str = "train"
    validation_split: str = "validation"
    test_split: str = "test"
    # stage=prepare: raw notes in, a phase1_data-style folder out
    raw_path: Optional[str] = None
    output_dir: Optional[str] = None
    overwrite: bool = False
    format: str = "auto"  # auto | notes | medhal


@dataclass
class LoggerSchema:
    name: str = "none"
    mode: str = "disabled"
    project: str = "medllm"
    entity: Optional[str] = None
    group: Optional[str] = None
    job_type: Optional[str] = None
    tags: list[str] = field(default_factory=list)


@dataclass
class DecodingSchema:
    # shared by eval, on-policy sampling, the SFT sample and the summarize CLI
    repetition_penalty: float = 1.0
    no_repeat_ngram_size: int = 0


@dataclass
class PathsSchema:
    cache_dir: str = "~/.cache/medllm"


STAGE_SCHEMAS: dict[str, type] = {"sft": SftStageSchema, "dpo": DpoStageSchema, "pipeline": PipelineStageSchema,
                                 "eval": EvalStageSchema, "onpolicy": OnpolicyStageSchema,
                                 "prepare": PrepareStageSchema}

CHOICES = {
    "model.source": {"embedded", "hub", "random"},
    "model.prompt_format": {"chat", "plain"},
    "hardware.device": {"cpu", "cuda", "mps"},
    "hardware.precision": {"auto", "bf16", "fp16", "fp32"},
    "hardware.quantization": {"none", "8bit", "4bit"},
    "hardware.attn_implementation": {"sdpa", "eager", "flash_attention_2"},
    "stage.eval_strategy": {"epoch", "steps", "no"},
    "stage.pairs": {"offline", "on_policy", "mix"},
    "stage.ref_model": {"sft", "previous"},
    "stage.resume": {"auto", "true", "false"},
    "hardware.gradient_checkpointing": {"auto", "true", "false"},
    "logger.name": {"wandb", "none"},
    "data.format": {"auto", "notes", "medhal"},
    "logger.mode": {"offline", "online", "disabled"},
}

TOP_LEVEL = {"seed", "objective", "run_name", "paths", "model", "hardware", "stage", "data", "logger", "decoding"}


def _check_group(group: str, node: Any, schema: type) -> None:
    if not isinstance(node, dict):
        raise ConfigError(f"config group '{group}' is missing or not a mapping; pick one with {group}=NAME")
    base = OmegaConf.structured(schema)
    try:
        OmegaConf.merge(base, node)
    except OmegaConfBaseException as ex:
        key = f"{group}.{ex.full_key}" if getattr(ex, "full_key", None) else group
        msg = str(getattr(ex, "msg", ex)).splitlines()[0]
        if "not in struct" in msg or "Key '" in msg and "not" in msg:
            raise ConfigError(
                f"unknown config key '{key}' (conf/{group}/*.yaml or the command line); "
                f"check its spelling: `python train.py --cfg job` lists the valid keys"
            ) from None
        raise ConfigError(f"config key '{key}': {msg}; fix the override or conf/{group}/") from None
    missing = [f.name for f in dataclasses.fields(schema) if f.name not in node and f.default is dataclasses.MISSING]
    if missing:
        raise ConfigError(f"config group '{group}' lacks required key(s) {missing}")


def validate(cfg: DictConfig) -> dict:
    """Resolve and type-check the composed config. Returns it as a plain dict.

    Raises ConfigError with a one-line message on the first problem found.
    """
    try:
        data = OmegaConf.to_container(cfg, resolve=True)
    except OmegaConfBaseException as ex:
        key = getattr(ex, "full_key", "?")
        raise ConfigError(f"config key '{key}' cannot be resolved: {str(getattr(ex, 'msg', ex)).splitlines()[0]}") from None
    unknown = set(data) - TOP_LEVEL
    if unknown:
        raise ConfigError(
            f"unknown top-level config key(s) {sorted(unknown)}; groups are model, hardware, stage, data, logger"
        )
    stage_name = (data.get("stage") or {}).get("name")
    if stage_name not in STAGE_SCHEMAS:
        raise ConfigError(f"stage '{stage_name}' is not known; choose one of {sorted(STAGE_SCHEMAS)} (stage=NAME)")
    _check_group("model", data.get("model"), ModelSchema)
    _check_group("hardware", data.get("hardware"), HardwareSchema)
    _check_group("stage", data.get("stage"), STAGE_SCHEMAS[stage_name])
    _check_group("data", data.get("data"), DataSchema)
    _check_group("logger", data.get("logger"), LoggerSchema)
    _check_group("paths", data.get("paths"), PathsSchema)
    data.setdefault("decoding", {})
    _check_group("decoding", data["decoding"], DecodingSchema)
    dec = {**dataclasses.asdict(DecodingSchema()), **data["decoding"]}
    if dec["repetition_penalty"] <= 0 or dec["no_repeat_ngram_size"] < 0:
        raise ConfigError(f"decoding.repetition_penalty must be > 0 and decoding.no_repeat_ngram_size >= 0, got {dec}")
    data["decoding"] = dec
    for dotted, allowed in CHOICES.items():
        group, key = dotted.split(".")
        if group == "stage" and stage_name == "pipeline":
            values = [data["stage"]["sft"].get(key), data["stage"]["dpo"].get(key), data["stage"].get(key)]
        else:
            values = [data[group].get(key)]
        for value in values:
            _check_choice(dotted, value, allowed)
    if data["model"]["source"] == "random" and not data["model"].get("random_init"):
        raise ConfigError("model.source=random needs model.random_init (see conf/model/tiny_random.yaml)")
    m = data["model"]
    if m["lora_r"] <= 0:
        raise ConfigError(f"model.lora_r must be > 0, got {m['lora_r']}")
    if m["lora_alpha"] <= 0:
        raise ConfigError(f"model.lora_alpha must be > 0, got {m['lora_alpha']}")
    if not 0.0 <= m["lora_dropout"] < 1.0:
        raise ConfigError(f"model.lora_dropout is a probability in [0, 1), got {m['lora_dropout']}")
    if stage_name == "pipeline":
        for part in ("sft", "dpo"):
            _check_stage_values(data["stage"][part], f"stage.{part}.")
    else:
        _check_stage_values(data["stage"], "stage.")
    return data


# The Trainer's schedulers that need no lr_scheduler_kwargs and no evaluation metric
LR_SCHEDULERS = ("linear", "cosine", "cosine_with_restarts", "polynomial", "constant", "constant_with_warmup", "inverse_sqrt")


def _check_stage_values(st: dict, prefix: str = "stage.") -> None:
    """The training numbers the Trainer would only reject after the model has loaded (or accept
    and train nothing: epochs=0 saved an untrained adapter)."""
    if st["name"] == "dpo":
        from medllm.training.internals import dpo_loss_types  # the installed TRL's, read from its source

        if st["loss_type"] not in dpo_loss_types():
            raise ConfigError(f"config key '{prefix}loss_type' is '{st['loss_type']}'; choose one of {sorted(dpo_loss_types())}")
        if not 0.0 <= st["label_smoothing"] < 0.5:
            raise ConfigError(f"{prefix}label_smoothing must be in [0, 0.5), got {st['label_smoothing']}")
        if st["beta"] <= 0:
            raise ConfigError(f"{prefix}beta must be > 0, got {st['beta']}")
    for k in ("lr", "batch_size", "grad_accum", "max_length"):
        if k in st and st[k] is not None and st[k] <= 0:
            raise ConfigError(f"{prefix}{k} must be > 0, got {st[k]}")
    if st["name"] not in ("sft", "dpo"):
        return
    if st["lr_scheduler"] not in LR_SCHEDULERS:
        raise ConfigError(f"config key '{prefix}lr_scheduler' is '{st['lr_scheduler']}'; choose one of {list(LR_SCHEDULERS)}")
    for k in ("logging_steps", "save_steps", "save_total_limit"):
        if st[k] < 1:
            raise ConfigError(f"{prefix}{k} must be at least 1, got {st[k]}")
    if st.get("eval_steps") is not None and st["eval_steps"] < 1:
        raise ConfigError(f"{prefix}eval_steps must be at least 1, got {st['eval_steps']}")
    if st["max_steps"] <= 0 and not st["epochs"] > 0:
        raise ConfigError(f"{prefix}epochs={st['epochs']:g} trains nothing; set it > 0 (or {prefix}max_steps=N)")
    for k in ("warmup_ratio", "weight_decay"):
        if st[k] < 0:
            raise ConfigError(f"{prefix}{k} must be >= 0, got {st[k]}")


def _check_choice(dotted: str, value, allowed: set) -> None:
    if isinstance(value, bool) or value in ("True", "False"):  # a bool typed into a str field
        value = str(value).lower()
    if value is not None and str(value) not in allowed:
        raise ConfigError(f"config key '{dotted}' is '{value}'; choose one of {sorted(allowed)}")


SCHEMA_OPTION = "_schema"  # conf/<group>/*.yaml list `<group>/_schema` (stage: `_schema_<stage>`) first


def register_configs() -> None:
    """Register each group's schema in Hydra's ConfigStore; every yaml of the group names it as
    its first default, so a wrong type or an unknown key in any yaml (an experiment file too)
    fails while Hydra composes, before a launcher queues a job, and `--cfg job` prints a
    config of these types. validate() still runs: it checks values and choices, and it is what
    checks configs composed without Hydra."""
    from hydra.core.config_store import ConfigStore

    cs = ConfigStore.instance()
    for group, schema in (("model", ModelSchema), ("hardware", HardwareSchema), ("data", DataSchema), ("logger", LoggerSchema)):
        cs.store(group=group, name=SCHEMA_OPTION, node=schema)
    for stage, schema in STAGE_SCHEMAS.items():
        cs.store(group="stage", name=f"{SCHEMA_OPTION}_{stage}", node=schema)


register_configs()


def compose_group(group: str, overrides: list[str] | tuple[str, ...] = ()) -> dict:
    """One node of conf/ as Hydra composes it for train.py (schemas, defaults lists,
    interpolations resolved), for the command-line tools that run outside a Hydra app
    (`python -m medllm summarize / export / build-corpus`), so they read the same settings."""
    from hydra import compose, initialize_config_dir
    from hydra.core.global_hydra import GlobalHydra

    from medllm import PROJECT_ROOT
    from medllm.training.dist import register_resolvers

    register_resolvers()
    if GlobalHydra.instance().is_initialized():  # e.g. called from inside a Hydra app
        cfg = compose(config_name="config", overrides=list(overrides))
    else:
        with initialize_config_dir(config_dir=str(PROJECT_ROOT / "conf"), version_base="1.3"):
            cfg = compose(config_name="config", overrides=list(overrides))
    return OmegaConf.to_container(cfg[group], resolve=True)


def flatten(d: dict, prefix: str = "") -> dict:
    """{'stage': {'lr': 1}} -> {'stage.lr': 1}: so W&B shows lr / beta / lora_r as columns."""
    out = {}
    for k, v in d.items():
        key = f"{prefix}{k}"
        if isinstance(v, dict):
            out.update(flatten(v, key + "."))
        else:
            out[key] = v
    return out
