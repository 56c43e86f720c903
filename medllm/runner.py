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
from medllm.files import write_text_atomic

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
    from medllm.training.hardware import apply_threads, check_available

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


# Keys a rerun in the same run folder may change: where and how often it logs, saves and
# evaluates, and how it resumes; none changes what the run trains.
NEUTRAL_KEYS = {"objective", "run_name", "logger", "paths", "hardware.num_threads", "hardware.dataloader_num_workers"}
NEUTRAL_STAGE_KEYS = {"logging_steps", "save_steps", "save_total_limit", "resume", "sample_max_new_tokens",
                      "eval_strategy", "eval_steps"}
# what Hydra and tracking put in every run folder, before or beside the stage's outputs
_BOOKKEEPING = {".hydra", "resolved_config.yaml", "wandb", "wandb_run.json"}


def _neutral(key: str) -> bool:
    return any(key == k or key.startswith(k + ".") for k in NEUTRAL_KEYS) or (
        key.startswith("stage.") and key.rsplit(".", 1)[-1] in NEUTRAL_STAGE_KEYS)


def check_same_run(run_dir: Path, data: dict) -> None:
    """A run folder that already holds a run's outputs is continued only with that run's settings
    (its resolved_config.yaml): anything else would resume a checkpoint into another model
    (a size-mismatch traceback for another model.lora_r) or mix two runs in one folder."""
    saved_file = run_dir / "resolved_config.yaml"
    outputs = [p for p in run_dir.iterdir() if p.name not in _BOOKKEEPING and not p.name.endswith(".log")]
    if not saved_file.is_file() or not outputs:
        return
    from medllm.config import flatten

    try:
        saved = flatten(OmegaConf.to_container(OmegaConf.load(saved_file)))
    except Exception as ex:  # noqa: BLE001 - an unreadable file is reported, not raised as a traceback
        raise ConfigError(f"hydra.run.dir={run_dir}: its resolved_config.yaml is unreadable ({str(ex).splitlines()[0]}); "
                          "choose a new hydra.run.dir") from None
    now = flatten(data)
    missing = object()
    diff = [k for k in sorted(set(saved) | set(now)) if not _neutral(k) and saved.get(k, missing) != now.get(k, missing)]
    if diff:
        shown = "; ".join(f"{k}={saved.get(k, '(unset)')} there, {now.get(k, '(unset)')} now" for k in diff[:3])
        more = f" (and {len(diff) - 3} more)" if len(diff) > 3 else ""
        raise ConfigError(f"hydra.run.dir={run_dir} holds a run with other settings: {shown}{more} (its "
                          "resolved_config.yaml); rerun with its settings to resume or finish it, or choose a new hydra.run.dir")


def run(cfg: DictConfig, run_dir: str | Path) -> float | None:
    from medllm import offline, tracking
    from medllm.training import dist

    offline.stay_offline()
    data, stage = setup(cfg)
    if data["model"].get("allow_download"):
        offline.allow_hub_downloads()  # the user's opt-in to fetch model files; telemetry stays off
    quiet_libraries()
    seed_everything(data["seed"])
    run_dir = Path(run_dir)
    run_dir.mkdir(parents=True, exist_ok=True)
    check_same_run(run_dir, data)
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
