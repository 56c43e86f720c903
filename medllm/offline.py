"""Nothing leaves the machine: Hugging Face Hub access and telemetry are off in every medllm
process unless the user opts in.

TRL's trainers ping the Hub (huggingface_hub.send_telemetry) from every SFT/DPO run unless
HF_HUB_OFFLINE or HF_HUB_DISABLE_TELEMETRY is set, and huggingface_hub reads both once, when it
is imported. So the entry points (train.py, `python -m medllm`, runner.run) call stay_offline()
first; it sets each switch the user has not set, and also flips huggingface_hub's constants
when that module is already loaded.

Opting in: set the variable yourself (HF_HUB_OFFLINE=0 lets the Hub be reached,
HF_HUB_DISABLE_TELEMETRY=0 lets telemetry go out), or, for model downloads alone, set
model.allow_download=true (Hub access on, telemetry still off). W&B stays offline unless
logger.mode=online.
"""

from __future__ import annotations

import os
import sys

SWITCHES = {"HF_HUB_OFFLINE": "1", "HF_HUB_DISABLE_TELEMETRY": "1", "HF_DATASETS_OFFLINE": "1"}
_OURS = "MEDLLM_HUB_SWITCHES_SET"  # which of SWITCHES medllm set (inherited by child processes)


def _ours() -> set[str]:
    return set(filter(None, os.environ.get(_OURS, "").split(",")))


def _hub_constants(**values: bool) -> None:
    hub = sys.modules.get("huggingface_hub.constants")
    if hub is not None:
        for name, value in values.items():
            setattr(hub, name, value)


def stay_offline() -> None:
    """Turn Hub access and telemetry off in this process (and its children) where the user has
    not decided otherwise."""
    ours = _ours()
    for key, value in SWITCHES.items():
        if key not in os.environ or key in ours:  # ours: an earlier job's allow_download may have flipped it
            os.environ[key] = value
            ours.add(key)
    os.environ[_OURS] = ",".join(sorted(ours))
    if "HF_HUB_OFFLINE" in ours:
        _hub_constants(HF_HUB_OFFLINE=True)
    if "HF_HUB_DISABLE_TELEMETRY" in ours:
        _hub_constants(HF_HUB_DISABLE_TELEMETRY=True)


def allow_hub_downloads() -> None:
    """model.allow_download=true: the user opted in to reaching the Hub for model files in this
    run. A switch the user set themselves is left as they set it; telemetry stays off."""
    ours = _ours()
    for key in ("HF_HUB_OFFLINE", "HF_DATASETS_OFFLINE"):
        if key in ours or key not in os.environ:
            os.environ[key] = "0"
            ours.add(key)
    os.environ[_OURS] = ",".join(sorted(ours))
    if os.environ["HF_HUB_OFFLINE"] == "0":
        _hub_constants(HF_HUB_OFFLINE=False)

