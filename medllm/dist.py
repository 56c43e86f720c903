"""Several processes (torchrun / accelerate launch): who writes, and one run folder for all.

Under `torchrun --nproc_per_node=N train.py ...` every rank composes the config and runs the
same stage; the HF Trainer wraps the model in DDP (gloo on CPU, nccl on GPUs). Only rank 0
writes the resolved config, metrics, adapters, samples and W&B; the others train and log
warnings only. All local ranks resolve the same default run folder: its time stamp is the
launcher's start time, not each rank's (multi-node jobs should pass hydra.run.dir).
"""

from __future__ import annotations

import os
import time
from datetime import datetime


def world_size() -> int:
    return int(os.environ.get("WORLD_SIZE", "1"))


def rank() -> int:
    return int(os.environ.get("RANK", "0"))


def is_main() -> bool:
    return rank() == 0


def _launcher_start_time() -> float | None:
    """Start time (epoch seconds) of the parent process: torchrun's agent, shared by all local ranks."""
    try:
        fields = open(f"/proc/{os.getppid()}/stat").read().rsplit(")", 1)[1].split()
        start_ticks = int(fields[19])  # field 22 of stat; [0] here is field 3
        boot = next(float(line.split()[1]) for line in open("/proc/stat") if line.startswith("btime"))
        return boot + start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, StopIteration):
        return None


def run_stamp(fmt: str) -> str:
    """`${medllm_stamp:%H-%M-%S}`: now, or the launcher's start time when several ranks run."""
    t = _launcher_start_time() if world_size() > 1 else None
    return datetime.fromtimestamp(t if t is not None else time.time()).strftime(fmt)


def register_resolvers() -> None:
    from omegaconf import OmegaConf

    if not OmegaConf.has_resolver("medllm_stamp"):
        OmegaConf.register_new_resolver("medllm_stamp", run_stamp, use_cache=True)
