"""W&B tracking: offline by default, one run per stage, a shared group per sweep, the resolved
config flat (so lr / beta / lora_r are dashboard columns), final metrics in the summary."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from medllm.config import flatten

log = logging.getLogger(__name__)


def job_context() -> dict:
    """Run/sweep facts from Hydra (empty outside a Hydra app)."""
    try:
        from hydra.core.hydra_config import HydraConfig
        from hydra.types import RunMode

        hc = HydraConfig.get()
    except Exception:  # not under Hydra (e.g. called from a test directly)
        return {}
    multirun = hc.mode == RunMode.MULTIRUN
    return {
        "multirun": multirun,
        "sweep_dir": hc.sweep.dir if multirun else None,
        "job_num": hc.job.num if multirun else None,
        "override_dirname": hc.job.override_dirname,
        "overrides": list(hc.overrides.task),
        "output_dir": hc.runtime.output_dir,
    }


def run_name(cfg: dict, ctx: dict, run_dir: Path) -> str:
    parts = [cfg.get("run_name") or "", ctx.get("override_dirname") or ""]
    name = ",".join(p for p in parts if p)
    return name or run_dir.name


def group_name(cfg: dict, ctx: dict, run_dir: Path) -> str:
    if cfg["logger"].get("group"):
        return cfg["logger"]["group"]
    if ctx.get("multirun") and ctx.get("sweep_dir"):
        return "sweep-" + Path(ctx["sweep_dir"]).as_posix().replace("/", "_").split("multirun_", 1)[-1]
    return run_name(cfg, ctx, run_dir)


def job_type_of(lg: dict, stage: str) -> str:
    return lg.get("job_type") or stage


def start(cfg: dict, run_dir: Path, stage: str):
    """Start a W&B run for this stage, or return None when logger=none."""
    lg = cfg["logger"]
    if lg["name"] == "none" or lg["mode"] == "disabled":
        os.environ["WANDB_DISABLED"] = "true"
        return None
    import wandb

    ctx = job_context()
    run_dir = Path(run_dir)
    run_dir.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("WANDB_SILENT", "true")
    os.environ["WANDB_MODE"] = lg["mode"]
    os.environ["WANDB_PROJECT"] = lg["project"]
    os.environ.pop("WANDB_DISABLED", None)
    config = flatten({k: v for k, v in cfg.items() if k != "paths"})
    config["overrides"] = " ".join(ctx.get("overrides") or [])
    run = wandb.init(
        project=lg["project"],
        entity=lg.get("entity"),
        group=group_name(cfg, ctx, run_dir),
        job_type=job_type_of(lg, stage),
        name=f"{run_name(cfg, ctx, run_dir)}-{stage}",
        tags=list(lg.get("tags") or []),
        config=config,
        dir=str(run_dir),
        mode=lg["mode"],
        reinit="finish_previous",
    )
    log.info("W&B %s run %s in %s", lg["mode"], run.id, Path(run.dir).parent)
    from medllm.io import write_json

    # which W&B run this folder is (for `wandb sync` and for finding it in the dashboard)
    write_json(run_dir / "wandb_run.json", {"id": run.id, "name": run.name, "group": run.group, "job_type": job_type_of(lg, stage),
                                            "project": lg["project"], "mode": lg["mode"], "dir": str(Path(run.dir).parent)})
    return run


def finish(run, metrics: dict | None, failed: bool = False) -> None:
    if run is None:
        return
    if metrics:
        run.summary.update({k: v for k, v in metrics.items() if isinstance(v, (int, float, str, bool))})
    run.finish(exit_code=1 if failed else 0)
