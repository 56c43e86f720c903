"""W&B tracking: offline by default, one run per stage, a shared group per sweep, the resolved
config flat (so lr / beta / lora_r are dashboard columns), final metrics in the summary.

Artifacts give the lineage data -> SFT -> DPO -> eval: each stage logs what it made (`log_artifact`)
and declares what it read (`use_artifact`). A stage rebuilds the artifact of what it reads from
the folder itself, so the content digest matches the version the earlier run logged: the two
runs join in the lineage graph after `wandb sync`, with no lookup by name (which an offline run
cannot do). Each run's wandb_run.json lists its artifacts too.
"""

from __future__ import annotations

import logging
import os
import re
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
    from medllm.files import write_json

    # which W&B run this folder is (for `wandb sync` and for finding it in the dashboard)
    write_json(run_dir / "wandb_run.json", {"id": run.id, "name": run.name, "group": run.group, "job_type": job_type_of(lg, stage),
                                            "project": lg["project"], "mode": lg["mode"], "dir": str(Path(run.dir).parent),
                                            "artifacts": []})
    _RUN_DIRS[run.id] = run_dir
    return run


def finish(run, metrics: dict | None, failed: bool = False) -> None:
    if run is None:
        return
    if metrics:
        run.summary.update({k: v for k, v in metrics.items() if isinstance(v, (int, float, str, bool))})
    run.finish(exit_code=1 if failed else 0)


# --------------------------------------------------------------------------- artifacts

_RUN_DIRS: dict[str, Path] = {}  # run id -> the stage folder whose wandb_run.json lists its artifacts
# the prepared data set's files (the data contract, de-identified by stage=prepare); never raw/ or annotated/
DATA_FILES = ("sft/*.csv", "dpo/*.jsonl", "stats.json")
DEIDENTIFIED = ("prepared by stage=prepare: PHI replaced by typed placeholders, note ids pseudonymized "
                "(medllm.clinical.redact); raw notes are not part of this artifact")


def artifact_name(text: str) -> str:
    """A W&B artifact name (letters, digits, '-', '_', '.') from a folder or stage name."""
    return re.sub(r"[^A-Za-z0-9._-]+", "-", str(text)).strip("-.") or "artifact"


def data_files(folder: Path) -> list[Path]:
    folder = Path(folder)
    return sorted({p for pattern in DATA_FILES for p in folder.glob(pattern) if p.is_file()})


def build_artifact(path: Path, name: str, type: str, metadata: dict | None = None, *, reference: bool = False,
                   files: list[Path] | None = None, description: str | None = None, policy: str = "immutable"):
    """A draft wandb.Artifact of `files` (default: every file under `path`), named by their path
    relative to `path`. reference=True records file:// references (checksums only, nothing is
    copied or uploaded); otherwise the files are added with `policy`: "immutable" (default) makes
    no staging copy (an offline run would otherwise keep one per run until `wandb sync`), for files
    that are never rewritten, like a saved adapter's."""
    import wandb

    path = Path(path).resolve()
    chosen = sorted(files) if files is not None else sorted(p for p in path.rglob("*") if p.is_file())
    art = wandb.Artifact(artifact_name(name), type=type, description=description, metadata=metadata or {})
    for f in chosen:
        f = Path(f).resolve()
        rel = f.relative_to(path).as_posix()
        if reference:
            art.add_reference(f.as_uri(), name=rel, checksum=True)
        else:
            art.add_file(str(f), name=rel, policy=policy)
    return art


def _record(run, art, role: str) -> None:
    from medllm.files import read_json, write_json

    run_dir = _RUN_DIRS.get(run.id)
    f = run_dir / "wandb_run.json" if run_dir else None
    if f is None or not f.is_file():
        return
    info = read_json(f)
    info.setdefault("artifacts", []).append({"role": role, "name": art.name.split(":")[0], "type": art.type,
                                             "digest": art.digest, "files": len(art.manifest.entries)})
    write_json(f, info)


def log_artifact(run, path: Path, name: str, type: str, metadata: dict | None = None, **kw):
    """Log the folder `path` (or kw files=[...]) as an output of `run`; None when not tracking."""
    if run is None:
        return None
    art = build_artifact(path, name, type, metadata, **kw)
    run.log_artifact(art)
    _record(run, art, "logged")
    log.info("W&B artifact %s (%s, %d files) logged", art.name, type, len(art.manifest.entries))
    return art


def use_artifact(run, path: Path, name: str, type: str, metadata: dict | None = None, **kw):
    """Declare the folder `path` an input of `run`, as the same artifact version the run that
    made it logged (same files, same digest). Online this is run.use_artifact(draft); offline,
    where use_artifact refuses, it is the record use_artifact writes for a draft (an artifact
    marked use_after_commit), which `wandb sync` commits (deduplicated by digest) and links as
    this run's input."""
    if run is None:
        return None
    art = build_artifact(path, name, type, metadata, **kw)
    if run.settings.mode == "offline" or getattr(run, "offline", False):
        from medllm.training.internals import wandb_use_offline

        wandb_use_offline(run, art)
    else:
        art = run.use_artifact(art)
    _record(run, art, "used")
    log.info("W&B artifact %s (%s) used", art.name, type)
    return art


def use_data(run, data_cfg: dict):
    """The training/eval data folder (data.path) as a `dataset` input: file references to its
    prepared files, named after the folder, as stage=prepare logs it."""
    if run is None:
        return None
    from medllm.data.contract import resolve_path

    folder = resolve_path(data_cfg["path"])
    return use_artifact(run, folder, folder.name, "dataset", dataset_metadata(folder, data_cfg.get("name")),
                        reference=True, files=data_files(folder))


def dataset_metadata(folder: Path, name: str | None = None) -> dict:
    from medllm.files import read_json

    meta = {"data_name": name or Path(folder).name, "path": str(Path(folder).resolve()), "de_identified": DEIDENTIFIED}
    stats = Path(folder) / "stats.json"
    try:
        st = read_json(stats)
        meta.update({k: st[k] for k in ("notes", "pairs") if k in st})
    except (OSError, ValueError):
        pass
    return meta


def adapter_metadata(adapter_dir: Path) -> dict:
    """What an adapter is, from its own folder (so the run that logs it and every run that uses
    it describe it alike): stage, base model (hub id), LoRA settings, steps and losses."""
    from medllm.files import read_json

    d = Path(adapter_dir)
    meta: dict = {}
    try:
        m = read_json(d / "medllm_adapter.json")
        model = m.get("model") or {}
        meta.update(stage=m.get("stage"), model=model.get("name"), base_model=model.get("name_or_path"),
                    lora={k: model.get(k) for k in ("lora_r", "lora_alpha", "lora_dropout", "target_modules")},
                    max_length=m.get("max_length"), data=(m.get("data") or {}).get("name"))
    except (OSError, ValueError):
        pass
    try:
        metrics = read_json(d.parent / "metrics.json")
        meta.update({k: metrics.get(k) for k in ("global_step", "train_loss", "eval_loss", "val_pref_acc_before",
                                                  "val_pref_acc_after") if k in metrics})
    except (OSError, ValueError):
        pass
    return meta


# the model card is rewritten as numbers arrive (after eval); it stays out of the artifact so the
# adapter's digest, and with it its lineage, does not change
_NOT_IN_MODEL_ARTIFACT = {"README.md"}


def adapter_files(adapter_dir: Path) -> list[Path]:
    return sorted(p for p in Path(adapter_dir).iterdir() if p.is_file() and p.name not in _NOT_IN_MODEL_ARTIFACT)


def adapter_artifact_name(adapter_dir: Path) -> str:
    from medllm.files import read_json

    try:
        stage = read_json(Path(adapter_dir) / "medllm_adapter.json").get("stage") or "model"
    except (OSError, ValueError):
        stage = "model"
    return f"{stage}-adapter"


def log_adapter(run, adapter_dir: Path):
    if run is None:
        return None
    return log_artifact(run, adapter_dir, adapter_artifact_name(adapter_dir), "model", adapter_metadata(adapter_dir),
                        files=adapter_files(adapter_dir))


def use_adapter(run, adapter_dir: Path):
    if run is None:
        return None
    return use_artifact(run, adapter_dir, adapter_artifact_name(adapter_dir), "model", adapter_metadata(adapter_dir),
                        files=adapter_files(adapter_dir))
