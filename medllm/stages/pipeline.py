"""SFT, then DPO, then the evaluation (stage=eval) in one run, each in its own subfolder.

Stages hand each other paths: DPO gets the SFT adapter's folder. An SFT run whose fingerprint
(model, data files, SFT settings, seed, hardware numerics) matches one that already finished is
reused instead of trained again, so a sweep over DPO settings trains SFT once.
"""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path

from medllm import data as D
from medllm import dist, tracking
from medllm.errors import ConfigError
from medllm.io import read_json, write_json
from medllm.stages import dpo, eval as eval_stage, sft

log = logging.getLogger(__name__)

MANAGES_TRACKING = True
METRICS = ("val_pref_acc_after", "val_pref_acc_before", "dpo_eval_loss", "sft_eval_loss", "eval_rewards/accuracies",
           "eval_rewards/margins", *eval_stage.METRICS)
# settings that change what an SFT run produces (logging/eval cadence and the sample do not)
_SFT_NEUTRAL = {"logging_steps", "save_steps", "save_total_limit", "resume", "sample_max_new_tokens", "eval_strategy",
                "eval_steps"}


def sub_cfg(cfg: dict, part: str) -> dict:
    return {**cfg, "stage": dict(cfg["stage"][part])}


def check(cfg: dict) -> None:
    sft.check(sub_cfg(cfg, "sft"))
    D.check_files(cfg["data"], kinds=("dpo",), splits=("train", "validation"))
    if cfg["stage"]["evaluate"]:
        ev = sub_cfg(cfg, "eval")
        eval_stage.check({**ev, "stage": {**ev["stage"], "sft_adapter": None, "dpo_adapter": None,
                                          "models": [m for m in ev["stage"]["models"] if m == "base"] or ["base"]}})
        bad = [m for m in ev["stage"]["models"] if m not in eval_stage.MODELS]
        if bad:
            raise ConfigError(f"stage.eval.models={ev['stage']['models']}: choose from {list(eval_stage.MODELS)}")


def sft_fingerprint(cfg: dict) -> str:
    from medllm.refcache import file_digest

    st = {k: v for k, v in cfg["stage"]["sft"].items() if k not in _SFT_NEUTRAL}
    hw = {k: cfg["hardware"][k] for k in ("precision", "quantization", "bnb_4bit_quant_type", "bnb_4bit_use_double_quant",
                                           "bnb_4bit_compute_dtype", "device")}
    files = {s: file_digest(D.sft_file(cfg["data"], s)) for s in ("train", "validation")}
    payload = {"model": cfg["model"], "stage": st, "hardware": hw, "data": files, "seed": cfg["seed"]}
    return hashlib.sha256(json.dumps(payload, sort_keys=True, default=str).encode()).hexdigest()[:20]


def _registry(cfg: dict, fp: str) -> Path:
    from medllm.models import cache_root

    return cache_root(cfg.get("paths")) / "sft_runs" / f"{fp}.json"


def find_finished_sft(cfg: dict, fp: str) -> Path | None:
    reg = _registry(cfg, fp)
    if not reg.is_file():
        return None
    entry = read_json(reg)
    out = Path(entry["out_dir"])
    if (out / "adapter" / "adapter_model.safetensors").is_file() and (out / "metrics.json").is_file():
        return out
    return None


def run(cfg: dict, out_dir: Path, tracker=None) -> dict:
    out_dir = Path(out_dir)
    results: dict = {}

    sft_cfg = sub_cfg(cfg, "sft")
    fp = sft_fingerprint(cfg)
    reused = find_finished_sft(cfg, fp) if cfg["stage"]["reuse_sft"] else None
    if reused is not None:
        log.info("SFT: reusing the finished run %s (fingerprint %s)", reused, fp)
        sft_dir, sft_metrics = reused, read_json(reused / "metrics.json")
    else:
        sft_dir = out_dir / "sft"
        t = tracking.start(sft_cfg, sft_dir, "sft")
        ok = False
        try:
            sft_metrics = sft.run(sft_cfg, sft_dir, t)
            ok = True
        finally:
            tracking.finish(t, sft_metrics if ok else None, failed=not ok)
        if dist.is_main():
            write_json(_registry(cfg, fp), {"out_dir": str(sft_dir.resolve()), "fingerprint": fp})
    results["sft_dir"] = str(sft_dir)
    results["sft_reused"] = reused is not None
    results.update({f"sft_{k}": v for k, v in sft_metrics.items() if isinstance(v, (int, float)) and not k.startswith("sft_")})

    dpo_cfg = sub_cfg(cfg, "dpo")
    dpo_cfg["stage"]["sft_adapter"] = str(sft_dir / "adapter")
    dpo.check(dpo_cfg)
    dpo_dir = out_dir / "dpo"
    t = tracking.start(dpo_cfg, dpo_dir, "dpo")
    ok = False
    try:
        dpo_metrics = dpo.run(dpo_cfg, dpo_dir, t)
        ok = True
    finally:
        tracking.finish(t, dpo_metrics if ok else None, failed=not ok)
    results.update({k: v for k, v in dpo_metrics.items() if k.startswith(("val_pref_acc", "eval_rewards/"))})
    results.update({f"dpo_{k}": v for k, v in dpo_metrics.items() if isinstance(v, (int, float))})
    results["dpo_dir"] = str(dpo_dir)

    if cfg["stage"]["evaluate"]:
        ev_cfg = sub_cfg(cfg, "eval")
        adapters = {"sft": sft_dir / "adapter", "dpo": dpo_dir / "adapter"}
        adapters = {k: v for k, v in adapters.items() if k in ev_cfg["stage"]["models"]}
        ev_dir = out_dir / "eval"
        t = tracking.start(ev_cfg, ev_dir, "eval")
        ok = False
        try:
            ev_metrics = eval_stage.evaluate(ev_cfg, ev_dir, adapters, t, eval_stage.curves_of(adapters))
            ok = True
        finally:
            tracking.finish(t, ev_metrics if ok else None, failed=not ok)
        results.update(ev_metrics)
        results["eval_dir"] = str(ev_dir)
    if dist.is_main():
        write_json(out_dir / "metrics.json", results)
    log.info("pipeline: SFT %s -> DPO %s", sft_dir, dpo_dir / "adapter")
    return results
