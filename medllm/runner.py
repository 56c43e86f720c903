"""What train.py does once Hydra has composed the config: validate, seed, dispatch, report."""

from __future__ import annotations

import logging
import os
import random
from pathlib import Path

from omegaconf import DictConfig, OmegaConf

from medllm import stages
from medllm.config import validate
from medllm.errors import ConfigError
from medllm.io import write_text_atomic

log = logging.getLogger("medllm")


def seed_everything(seed: int) -> None:
    import numpy as np
    import torch

    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def quiet_libraries() -> None:
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    for name in ("httpx", "urllib3", "datasets", "wandb"):
        logging.getLogger(name).setLevel(logging.WARNING)


def setup(cfg: DictConfig) -> tuple[dict, object]:
    """Every check that can fail on user input, before any model loads."""
    from medllm.hardware import apply_threads, check_available

    data = validate(cfg)
    check_available(data["hardware"])
    stage = stages.get(data["stage"]["name"])
    allowed = stage.METRICS
    if data["objective"] is None:
        data["objective"] = allowed[0]
    if data["objective"] not in allowed:
        raise ConfigError(f"objective={data['objective']} is not a metric of stage={data['stage']['name']}; choose one of {list(allowed)}")
    stage.check(data)
    apply_threads(data["hardware"])
    return data, stage


def run(cfg: DictConfig, run_dir: str | Path) -> float | None:
    from medllm import dist, offline, tracking

    offline.stay_offline()
    data, stage = setup(cfg)
    if data["model"].get("allow_download"):
        offline.allow_hub_downloads()  # the user's opt-in to fetch model files; telemetry stays off
    quiet_libraries()
    seed_everything(data["seed"])
    run_dir = Path(run_dir)
    run_dir.mkdir(parents=True, exist_ok=True)
    done = stage.finished(data, run_dir) if hasattr(stage, "finished") else None
    if done is not None:  # a finished run started again: nothing to do (the stage said so)
        return done.get(data["objective"])
    if not dist.is_main():
        # DDP: rank 0 reports and writes; the others train and only warn
        logging.getLogger("medllm").setLevel(logging.WARNING)
        data["logger"] = {**data["logger"], "name": "none"}
    else:
        write_text_atomic(run_dir / "resolved_config.yaml", OmegaConf.to_yaml(OmegaConf.create(data)))
    log.info("stage=%s model=%s hardware=%s data=%s -> %s", data["stage"]["name"], data["model"]["name"],
             data["hardware"]["name"], data["data"]["name"], run_dir)
    own = getattr(stage, "MANAGES_TRACKING", False)
    tracker = None if own else tracking.start(data, run_dir, data["stage"]["name"])
    metrics, failed = None, True
    try:
        metrics = stage.run(data, run_dir, tracker)
        failed = False
    finally:
        tracking.finish(tracker, metrics, failed=failed)
    value = metrics.get(data["objective"])
    log.info("%s = %s  (run dir: %s)", data["objective"], value, run_dir)
    return value
