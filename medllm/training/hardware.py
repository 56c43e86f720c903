"""Hardware profile checks and precision choice."""

from __future__ import annotations

import logging
import os
from functools import lru_cache

import torch

from medllm.errors import HardwareError

log = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def cpu_has_native_bf16() -> bool:
    """True where the CPU computes bf16 natively (AVX-512 BF16 or AMX); elsewhere bf16 on CPU
    is emulated and slower than fp32."""
    try:
        with open("/proc/cpuinfo") as f:
            flags = f.read()
    except OSError:
        return False
    return "avx512_bf16" in flags or "amx_bf16" in flags


def check_available(hw: dict) -> None:
    """Fail at setup, in one line, when the profile asks for a device this machine lacks."""
    name, device = hw["name"], hw["device"]
    if device == "cuda" and not torch.cuda.is_available():
        raise HardwareError(
            f"hardware={name} needs a CUDA GPU, but torch sees none (torch.cuda.is_available() is False); "
            "use hardware=cpu, or install a CUDA build of torch on a GPU machine"
        )
    if device == "mps" and not (hasattr(torch.backends, "mps") and torch.backends.mps.is_available()):
        raise HardwareError(f"hardware={name} needs Apple MPS, which this machine lacks; use hardware=cpu")
    if hw["quantization"] != "none":
        try:
            import bitsandbytes  # noqa: F401
        except ImportError:
            raise HardwareError(
                f"hardware.quantization={hw['quantization']} needs bitsandbytes, from medllm's gpu extra: "
                "pip install 'medllm[gpu]' (or: pip install -e '.[gpu]' -c constraints.txt)"
            ) from None
        if device == "mps":
            raise HardwareError("bitsandbytes quantization does not run on MPS; set hardware.quantization=none")
    if device == "cuda" and hw["precision"] == "bf16" and not torch.cuda.is_bf16_supported():
        raise HardwareError(
            f"hardware={name} asks for bf16 but this GPU lacks it; add hardware.precision=fp16"
        )


def resolve_precision(hw: dict) -> str:
    """'bf16' | 'fp16' | 'fp32' actually used, with the reason logged."""
    p = hw["precision"]
    if p != "auto":
        return p
    if hw["device"] == "cpu":
        if not cpu_has_native_bf16():
            log.info("precision: fp32 (CPU has no native bf16; bf16 would be emulated and slower)")
            return "fp32"
        from medllm.training.levers import bf16_pays_on_cpu

        faster, fp32, bf16 = bf16_pays_on_cpu()
        choice = "bf16" if faster else "fp32"
        log.info("precision: %s (matmul probe on this CPU: fp32 %.0f GFLOP/s, bf16 %.0f GFLOP/s)", choice, fp32, bf16)
        return choice
    if hw["device"] == "cuda":
        return "bf16" if torch.cuda.is_bf16_supported() else "fp16"
    return "fp32"


def apply_threads(hw: dict) -> None:
    if hw.get("num_threads"):
        torch.set_num_threads(int(hw["num_threads"]))
        os.environ.setdefault("OMP_NUM_THREADS", str(hw["num_threads"]))


def peak_memory_mb(device: str) -> dict:
    """Peak resident memory of this process, and peak CUDA memory where used (MiB)."""
    import resource

    out = {"peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}
    if device == "cuda" and torch.cuda.is_available():
        out["peak_cuda_mb"] = round(torch.cuda.max_memory_allocated() / 2**20, 1)
    return out


def use_checkpointing(hw: dict, stage: str, activation_gb: float | None = None) -> bool:
    """Whether to checkpoint activations (recompute them in the backward pass).

    `hardware.gradient_checkpointing`: true | false | auto. It costs about a third more compute
    (SFT of SmolLM2-135M on 2 CPU cores: 33 s vs 26 s a step) and pays where activations
    dominate memory. `auto` turns it on for quantized bases, and elsewhere when `activation_gb`
    (the estimate for the stage's longest batch, see activation_gb; DPO counts each shared
    prompt once and both responses) exceeds 75% of this machine's available memory (the estimate takes the longest prompt and
    responses, so it runs above the real peak: DPO batch 8, SmolLM2-135M, estimated 16.3 GB, peak RSS
    14.8 GB of which ~1.5 GB is not activations); without
    an estimate, on for DPO (measured on SmolLM2-135M, batch 4 x 768 tokens, fp32 CPU, full
    sequences: SFT 12.7 GB, DPO 22.8 GB without, 10.2 GB with it; bench/stage_memory.py) and
    off for SFT. Activation checkpointing also turns off DPO's shared-prompt forward.
    """
    value = str(hw.get("gradient_checkpointing", "auto")).lower()
    if value in ("true", "false"):
        return value == "true"
    if hw.get("quantization", "none") != "none":
        return True
    if stage == "dpo" and activation_gb is None:
        return True
    if activation_gb is not None:
        room = available_memory_gb(hw.get("device", "cpu"))
        if room is not None and activation_gb > 0.75 * room:
            log.info("activation checkpointing on: the longest batch needs ~%.1f GB of activations, %.1f GB is "
                     "available (set hardware.gradient_checkpointing=false to override)", activation_gb, room)
            return True
    return False


def activation_gb(model_config, tokens: int, bytes_per_value: int = 4) -> float:
    """Activations kept for the backward pass of a LoRA decoder without checkpointing, in GB:
    per token and layer about 24 hidden-sized and 8 intermediate-sized values (norms, LoRA
    inputs, q/k/v, attention output, MLP products). Fitted to SmolLM2-135M on CPU (fp32,
    4,000-token batches: 13.2 GB peak RSS measured, 12.5 GB estimated)."""
    c = model_config.get_text_config() if hasattr(model_config, "get_text_config") else model_config
    per_token = c.num_hidden_layers * (24 * c.hidden_size + 8 * c.intermediate_size) * bytes_per_value
    return tokens * per_token / 1e9


def available_memory_gb(device: str) -> float | None:
    if device == "cuda" and torch.cuda.is_available():
        free, _ = torch.cuda.mem_get_info()
        return free / 1e9
    try:
        with open("/proc/meminfo") as f:
            for line in f:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024 / 1e9
    except OSError:
        pass
    return None


def checkpointing_kwargs(hw: dict, stage: str, activation_gb: float | None = None) -> dict:
    """Trainer arguments for activation (gradient) checkpointing, decided by use_checkpointing.

    TRL's configs turn it on by default; we set it explicitly from the profile. transformers
    renamed the argument (`gradient_checkpointing` -> `activation_checkpointing`); pass
    whichever this version has.
    """
    import dataclasses

    from transformers import TrainingArguments

    names = {f.name for f in dataclasses.fields(TrainingArguments)}
    key = "activation_checkpointing" if "activation_checkpointing" in names else "gradient_checkpointing"
    return {key: use_checkpointing(hw, stage, activation_gb)}
