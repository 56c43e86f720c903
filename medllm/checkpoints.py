"""Checkpoints that count only once complete, so a run killed at any moment resumes cleanly.

The HF Trainer writes `checkpoint-N/` file by file (weights, optimizer, scheduler, RNG state,
then `trainer_state.json`). A SIGKILL in the middle leaves a folder that looks like a checkpoint
but cannot be resumed from. After the Trainer has finished writing, `CompleteMarker` commits a
small `medllm_complete.json` with an atomic rename; resume picks the newest checkpoint that
has it and ignores (and reports) any newer, half-written one.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from medllm.io import read_json, write_json

log = logging.getLogger(__name__)

MARKER = "medllm_complete.json"
_CKPT = re.compile(r"^checkpoint-(\d+)$")


def complete_checkpoints(ckpt_dir: Path) -> list[Path]:
    """Complete checkpoints, oldest first."""
    if not ckpt_dir.is_dir():
        return []
    found = []
    for p in ckpt_dir.iterdir():
        m = _CKPT.match(p.name)
        if m and p.is_dir() and (p / MARKER).is_file():
            try:
                if read_json(p / MARKER).get("global_step") == int(m.group(1)):
                    found.append((int(m.group(1)), p))
            except (OSError, ValueError):
                continue
    return [p for _, p in sorted(found)]


def incomplete_checkpoints(ckpt_dir: Path) -> list[Path]:
    if not ckpt_dir.is_dir():
        return []
    done = set(complete_checkpoints(ckpt_dir))
    return sorted(p for p in ckpt_dir.iterdir() if _CKPT.match(p.name) and p.is_dir() and p not in done)


def last_complete(ckpt_dir: Path) -> Path | None:
    found = complete_checkpoints(ckpt_dir)
    partial = incomplete_checkpoints(ckpt_dir)
    if partial:
        log.warning("ignoring %d incomplete checkpoint(s) (the run was killed while saving): %s",
                    len(partial), ", ".join(p.name for p in partial))
    return found[-1] if found else None


def marker_callback():
    from transformers import TrainerCallback

    class CompleteMarker(TrainerCallback):
        """Runs after the Trainer has written checkpoint-N (on_save fires after _save_checkpoint)."""

        def on_save(self, args, state, control, **kwargs):
            if args.should_save:
                folder = Path(args.output_dir) / f"checkpoint-{state.global_step}"
                if folder.is_dir():
                    write_json(folder / MARKER, {"global_step": state.global_step})
            return control

    return CompleteMarker()
