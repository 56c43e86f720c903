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

from medllm.data import contract as D
from medllm import tracking
from medllm.training import dist
from medllm.errors import ConfigError
from medllm.files import read_json, write_json
from medllm.stages import dpo, eval as eval_stage, onpolicy, sft

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
    st = cfg["stage"]
    if st["pairs"] == "offline":
        D.check_files(cfg["data"], kinds=("dpo",), splits=("train", "validation"))
    else:
        if st["rounds"] < 1:
            raise ConfigError(f"stage.rounds must be >= 1, got {st['rounds']}")
        if st["mix_ratio"] < 0:
            raise ConfigError(f"stage.mix_ratio must be >= 0, got {st['mix_ratio']}")
        if dist.world_size() > 1:
            raise ConfigError(f"stage.pairs={st['pairs']}: on-policy sampling runs in one process; run the pipeline "
                              "without torchrun, or sample with stage=onpolicy and train stage=dpo under torchrun")
        op = sub_cfg(cfg, "onpolicy")
        onpolicy.check({**op, "stage": {**op["stage"], "adapter": None}})
    if cfg["stage"]["evaluate"]:
        ev = sub_cfg(cfg, "eval")
        eval_stage.check({**ev, "stage": {**ev["stage"], "sft_adapter": None, "dpo_adapter": None,
                                          "models": [m for m in ev["stage"]["models"] if m == "base"] or ["base"]}})
        bad = [m for m in ev["stage"]["models"] if m not in eval_stage.MODELS]
        if bad:
            raise ConfigError(f"stage.eval.models={ev['stage']['models']}: choose from {list(eval_stage.MODELS)}")


def sft_fingerprint(cfg: dict) -> str:
    from medllm.training.refcache import file_digest

    st = {k: v for k, v in cfg["stage"]["sft"].items() if k not in _SFT_NEUTRAL}
    hw = {k: cfg["hardware"].get(k) for k in ("precision", "bf16_weights", "quantization", "bnb_4bit_quant_type", "bnb_4bit_use_double_quant",
                                           "bnb_4bit_compute_dtype", "device")}
    files = {s: file_digest(D.sft_file(cfg["data"], s)) for s in ("train", "validation")}
    payload = {"model": cfg["model"], "stage": st, "hardware": hw, "data": files, "seed": cfg["seed"]}
    return hashlib.sha256(json.dumps(payload, sort_keys=True, default=str).encode()).hexdigest()[:20]


def _registry(cfg: dict, fp: str) -> Path:
    from medllm.training.models import cache_root

    return cache_root(cfg.get("paths")) / "sft_runs" / f"{fp}.json"


def find_finished_sft(cfg: dict, fp: str) -> Path | None:
    reg = _registry(cfg, fp)
    if not reg.is_file():
        return None
    try:
        out = Path(read_json(reg)["out_dir"])
        read_json(out / "metrics.json")
    except (OSError, ValueError, KeyError, TypeError):  # a damaged entry or run: train SFT again
        return None
    return out if (out / "adapter" / "adapter_model.safetensors").is_file() else None


def _tracked(cfg: dict, out_dir: Path, job_type: str, fn) -> dict:
    """One part of the pipeline as its own W&B run (job_type), finished even if it fails."""
    t = tracking.start(cfg, out_dir, job_type)
    metrics, ok = None, False
    try:
        metrics = fn(cfg, out_dir, t)
        ok = True
    finally:
        tracking.finish(t, metrics if ok else None, failed=not ok)
    return metrics


def write_round_pairs(cfg: dict, onpolicy_pairs: Path, out: Path) -> dict:
    """The round's DPO pairs: on-policy ones, plus (pairs=mix) a seeded sample of
    mix_ratio x as many offline one-fact pairs. A split without on-policy pairs (every sample
    faithful) takes the offline pairs, said so in the counts."""
    import random

    from medllm.files import write_text_atomic

    st = cfg["stage"]
    counts = {}
    for split in ("train", "validation"):
        f = onpolicy_pairs / f"{split}.jsonl"
        rows = D.read_dpo(f) if f.is_file() and f.stat().st_size > 0 else []
        offline = D.read_dpo(D.dpo_file(cfg["data"], split)) if D.dpo_file(cfg["data"], split).is_file() else []
        n_on = len(rows)
        extra = []
        if st["pairs"] == "mix":
            k = min(len(offline), round(st["mix_ratio"] * n_on))
            extra = random.Random(cfg["seed"] + len(split)).sample(offline, k)
        elif not rows:
            extra = offline
            log.warning("on-policy %s: no pairs (every sample faithful); using the offline %s pairs", split, split)
        for e in extra:
            e.setdefault("origin", "offline")
        rows = rows + extra
        if not rows:
            raise ConfigError(f"on-policy sampling gave no {split} pairs and data.path has no offline ones")
        write_text_atomic(out / f"{split}.jsonl", "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in rows))
        counts[split] = {"on_policy": n_on, "offline": len(extra)}
    log.info("DPO pairs for this round: %s", counts)
    return counts


def finished(cfg: dict, out_dir: Path) -> dict | None:
    """The pipeline's metrics.json, written after every part: a rerun of a finished pipeline does
    nothing (a rerun after a kill skips each finished part; see sft.finished)."""
    f = Path(out_dir) / "metrics.json"
    if str(cfg["stage"]["sft"]["resume"]).lower() == "false" or not f.is_file():
        return None
    try:
        metrics = read_json(f)
    except (OSError, ValueError):
        return None
    log.info("%s: this pipeline already finished (metrics.json is there); nothing to do. Run it again in a new "
             "hydra.run.dir", out_dir)
    return metrics if isinstance(metrics, dict) else None


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
        sft_metrics = _tracked(sft_cfg, sft_dir, "sft", sft.run)
        if dist.is_main():
            write_json(_registry(cfg, fp), {"out_dir": str(sft_dir.resolve()), "fingerprint": fp})
    results["sft_dir"] = str(sft_dir)
    results["sft_reused"] = reused is not None
    results.update({f"sft_{k}": v for k, v in sft_metrics.items() if isinstance(v, (int, float)) and not k.startswith("sft_")})

    start_adapter = sft_dir / "adapter"
    mode = cfg["stage"]["pairs"]
    rounds = cfg["stage"]["rounds"] if mode != "offline" else 1
    for r in range(1, rounds + 1):
        round_dir = out_dir if mode == "offline" else out_dir / f"round{r}"
        pairs_dir = None
        if mode != "offline":
            op_cfg = sub_cfg(cfg, "onpolicy")
            op_cfg["stage"]["adapter"] = str(start_adapter)
            onpolicy.check(op_cfg)
            op_dir = round_dir / "onpolicy"
            op_metrics = _tracked(op_cfg, op_dir, "onpolicy", onpolicy.run)
            results.update({f"round{r}_onpolicy_{k}": v for k, v in op_metrics.items() if isinstance(v, (int, float))})
            pairs_dir = round_dir / "dpo_pairs"
            results[f"round{r}_pairs"] = write_round_pairs(cfg, op_dir / "pairs", pairs_dir)
        dpo_cfg = sub_cfg(cfg, "dpo")
        dpo_cfg["stage"]["sft_adapter"] = str(start_adapter)
        dpo_cfg["stage"]["pairs_dir"] = str(pairs_dir) if pairs_dir else dpo_cfg["stage"].get("pairs_dir")
        if cfg["stage"]["ref_model"] == "sft":
            dpo_cfg["stage"]["ref_adapter"] = str(sft_dir / "adapter")
        dpo.check(dpo_cfg)
        dpo_dir = round_dir / "dpo"
        dpo_metrics = _tracked(dpo_cfg, dpo_dir, "dpo", dpo.run)
        start_adapter = dpo_dir / "adapter"
        if rounds > 1:
            results.update({f"round{r}_dpo_{k}": v for k, v in dpo_metrics.items() if isinstance(v, (int, float))})
    results.update({k: v for k, v in dpo_metrics.items() if k.startswith(("val_pref_acc", "eval_rewards/"))})
    results.update({f"dpo_{k}": v for k, v in dpo_metrics.items() if isinstance(v, (int, float))})
    results["dpo_dir"] = str(dpo_dir)
    results["pairs"] = mode
    results["rounds"] = rounds

    if cfg["stage"]["validate"]:
        # the numbers to choose settings by: SFT and DPO on the validation split, before test
        val_cfg = sub_cfg(cfg, "eval")
        val_cfg["stage"].update(split="validation", models=["sft", "dpo"])
        val_adapters = {"sft": sft_dir / "adapter", "dpo": dpo_dir / "adapter"}
        val_metrics = _tracked(val_cfg, out_dir / "eval_validation", "eval",
                               lambda c, d, t: eval_stage.evaluate(c, d, val_adapters, t))
        results.update({f"validation_{k}": v for k, v in val_metrics.items()})
    if cfg["stage"]["evaluate"]:
        ev_cfg = sub_cfg(cfg, "eval")
        adapters = {"sft": sft_dir / "adapter", "dpo": dpo_dir / "adapter"}
        adapters = {k: v for k, v in adapters.items() if k in ev_cfg["stage"]["models"]}
        ev_dir = out_dir / "eval"
        ev_metrics = _tracked(ev_cfg, ev_dir, "eval",
                              lambda c, d, t: eval_stage.evaluate(c, d, adapters, t, eval_stage.curves_of(adapters)))
        results.update(ev_metrics)
        results["eval_dir"] = str(ev_dir)
        if dist.is_main():  # the cards now carry the measured hallucination rate and coverage
            from medllm.cards import write_adapter_card

            for name, path in adapters.items():
                if not (name == "sft" and reused is not None):  # another run's folder: its card stays its own
                    write_adapter_card(path, ev_dir / "eval.json")
    if dist.is_main():
        write_json(out_dir / "metrics.json", results)
    log.info("pipeline: SFT %s -> DPO %s (pairs=%s, %d round(s))", sft_dir, dpo_dir / "adapter", mode, rounds)
    return results
