"""One module per stage. Each exposes:

    METRICS: tuple[str, ...]         metric names it writes to metrics.json (objective candidates;
                                     the first is the default objective)
    check(cfg) -> None               setup checks (files, options) before any model loads
    run(cfg, out_dir, tracker) -> dict   do the work, write artifacts under out_dir, return metrics
    MANAGES_TRACKING (optional)      True if run() starts its own W&B runs (one per sub-stage)

A new stage is one module here and one yaml in conf/stage/.
"""

import importlib

STAGES = ("sft", "dpo", "pipeline", "prepare", "eval", "onpolicy")


def get(name: str):
    return importlib.import_module(f"medllm.stages.{name}")
