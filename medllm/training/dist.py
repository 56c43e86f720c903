"""Several processes (torchrun / accelerate launch): who writes, and one run folder for all.

Under `torchrun --nproc_per_node=N train.py ...` every rank composes the config and runs the
same stage; the HF Trainer wraps the model in DDP (gloo on CPU, nccl on GPUs). Only rank 0
writes the resolved config, metrics, adapters, samples and W&B; the others train and log
warnings only. All local ranks resolve the same default run folder: its time stamp is taken
once per torchrun job, keyed by torchrun's run id (TORCHELASTIC_RUN_ID), so a worker restart
keeps the folder too. Multi-node jobs should pass hydra.run.dir (the stamp is shared through a
file in the node's temp folder).
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import time
from datetime import datetime
from pathlib import Path

# torchrun's run id is "none" when the job gave no --rdzv-id and used the static rendezvous
# (e.g. --master-port on one node); a stamp file under that id (and the agent's pid, which the
# next job may reuse) is trusted only this long: the ranks of one job start together.
UNNAMED_RUN_WINDOW_S = 60.0


def world_size() -> int:
    return int(os.environ.get("WORLD_SIZE", "1"))


def rank() -> int:
    return int(os.environ.get("RANK", "0"))


def is_main() -> bool:
    return rank() == 0


def _stamp_file(run_id: str) -> Path:
    uid = os.getuid() if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    # the parent is torchrun's agent, one per node and job, the same for all its local ranks
    where = f"{uid}|{run_id}|{os.getppid()}|{os.environ.get('MASTER_ADDR', '')}|{os.environ.get('MASTER_PORT', '')}"
    key = hashlib.sha256(where.encode()).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / f"medllm-torchrun-{key}.stamp"


def _torchrun_start_time() -> float | None:
    """One start time (epoch seconds) for every local rank of this torchrun job: the first rank to
    get here writes it to a file named after TORCHELASTIC_RUN_ID, the others read it."""
    run_id = os.environ.get("TORCHELASTIC_RUN_ID")
    if not run_id:
        return None
    from filelock import FileLock

    path = _stamp_file(run_id)
    try:
        with FileLock(f"{path}.lock"):
            now = time.time()
            try:
                t = float(path.read_text())
                if run_id != "none" or now - t < UNNAMED_RUN_WINDOW_S:
                    return t
            except (OSError, ValueError):
                pass
            path.write_text(repr(now))
            return now
    except OSError:
        return None


def run_stamp(fmt: str) -> str:
    """`${medllm_stamp:%H-%M-%S}`: now, or the torchrun job's shared start time when several ranks run."""
    t = _torchrun_start_time() if world_size() > 1 else None
    return datetime.fromtimestamp(t if t is not None else time.time()).strftime(fmt)


def register_resolvers() -> None:
    from omegaconf import OmegaConf

    if not OmegaConf.has_resolver("medllm_stamp"):
        OmegaConf.register_new_resolver("medllm_stamp", run_stamp, use_cache=True)
