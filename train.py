#!/usr/bin/env python
"""medllm's one entry point: compose conf/, validate, seed, dispatch on cfg.stage.

    python train.py                               # stage=sft, model=smollm2_135m, hardware=cpu
    python train.py experiment=quickstart         # the README's main job
    python train.py -m stage.lr=1e-4,3e-4         # a sweep (one folder per job)
    python train.py --cfg job                     # the composed config
    torchrun --nproc_per_node=2 train.py ...      # DDP (gloo on CPU, nccl on GPUs); rank 0 writes

Returns the metric named by `objective` so Hydra sweepers can optimize it.
"""

import os
import sys

# Let exceptions reach medllm.cli.errors, which prints user errors as one line (exit 2) and
# real bugs with their traceback; Hydra would otherwise print multi-line hints.
os.environ.setdefault("HYDRA_FULL_ERROR", "1")

# Nothing leaves the machine: Hub access and telemetry off before anything imports huggingface_hub
from medllm.offline import stay_offline  # noqa: E402

stay_offline()

import hydra  # noqa: E402
from omegaconf import DictConfig  # noqa: E402

from medllm.cli.errors import main_guard, user_errors_abort  # noqa: E402
from medllm.config import register_configs  # noqa: E402
from medllm.training.dist import register_resolvers  # noqa: E402

register_resolvers()
register_configs()  # the groups' schemas, which conf/*/*.yaml name as their first default


@hydra.main(version_base="1.3", config_path="conf", config_name="config")
@user_errors_abort
def main(cfg: DictConfig) -> float | None:
    from hydra.core.hydra_config import HydraConfig

    from medllm.runner import run

    return run(cfg, HydraConfig.get().runtime.output_dir)


if __name__ == "__main__":
    sys.exit(main_guard(main))
