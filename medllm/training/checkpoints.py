"""Checkpoints that count only once complete and intact, and runs that end the same however
often they were killed and started again.

The HF Trainer writes `checkpoint-N/` file by file (weights, optimizer, scheduler, RNG state,
then `trainer_state.json`). A kill in the middle leaves a folder that looks like a checkpoint
but cannot be resumed from, and a disk can damage a finished one. So after the Trainer has
written a checkpoint, medllm commits `medllm_complete.json` with an atomic rename: the size and
SHA-256 of every file, and the run's figures so far (summed training loss, training seconds,
tokens). Resume takes the newest checkpoint whose files still match, and says which ones it
skipped and why (a half-written one, a truncated optimizer.pt, ...).

Whole-run figures: the Trainer reports train_loss, runtime and tokens/s for the steps of the
current process only, so a resumed run used to describe just its tail. The figures stored with
each checkpoint carry the earlier part over. A rerun whose newest checkpoint is the last step (a
run killed during its final evaluation or save) loads it and trains nothing: the Trainer would
otherwise train step max_steps + 1.
"""

from __future__ import annotations

import logging
import re
import time
from pathlib import Path

from medllm.training.internals import CheckpointSaveHookMixin, load_checkpoint_weights, session_start
from medllm.files import file_digest, read_json, write_json

log = logging.getLogger(__name__)

MARKER = "medllm_complete.json"
_CKPT = re.compile(r"^checkpoint-(\d+)$")


def complete_checkpoints(ckpt_dir: Path) -> list[Path]:
    """Checkpoints with a completion marker for their own step, oldest first (not yet verified)."""
    if not ckpt_dir.is_dir():
        return []
    found = []
    for p in ckpt_dir.iterdir():
        m = _CKPT.match(p.name)
        if m and p.is_dir() and (p / MARKER).is_file():
            try:
                if read_json(p / MARKER).get("global_step") == int(m.group(1)):
                    found.append((int(m.group(1)), p))
            except (OSError, ValueError, AttributeError):
                continue
    return [p for _, p in sorted(found)]


def incomplete_checkpoints(ckpt_dir: Path) -> list[Path]:
    if not ckpt_dir.is_dir():
        return []
    done = set(complete_checkpoints(ckpt_dir))
    return sorted(p for p in ckpt_dir.iterdir() if _CKPT.match(p.name) and p.is_dir() and p not in done)


def file_table(folder: Path) -> dict[str, list]:
    """{relative path: [size, sha256]} of every file under `folder` but the marker."""
    return {str(p.relative_to(folder)): [p.stat().st_size, file_digest(p)]
            for p in sorted(folder.rglob("*")) if p.is_file() and p.name != MARKER}


def damage(folder: Path) -> str | None:
    """Why the complete checkpoint `folder` cannot be resumed from, or None if it can."""
    rec = read_json(folder / MARKER)
    files = rec.get("files")
    if files is None:  # marked by an older medllm, without sizes and digests: open what can be opened
        return _legacy_damage(folder)
    for rel, (size, digest) in files.items():
        p = folder / rel
        if not p.is_file():
            return f"{rel} is missing"
        if p.stat().st_size != size:
            return f"{rel} has {p.stat().st_size} bytes, {size} when it was saved"
        if file_digest(p) != digest:
            return f"{rel} changed since it was saved"
    return None


def _legacy_damage(folder: Path) -> str | None:
    import zipfile

    from safetensors import safe_open

    for p in sorted(folder.rglob("*")):
        try:
            if p.suffix == ".json":
                read_json(p)
            elif p.suffix == ".safetensors":
                with safe_open(str(p), "pt"):
                    pass
            elif p.suffix in (".pt", ".pth"):
                # torch.save writes a zip archive: check every member's CRC without unpickling it
                with zipfile.ZipFile(p) as z:
                    bad = z.testzip()
                if bad is not None:
                    return f"{p.relative_to(folder)} is damaged (member {bad} fails its checksum)"
        except Exception as ex:  # noqa: BLE001 - any failure to read means: do not resume from it
            return f"{p.relative_to(folder)} is unreadable ({str(ex).splitlines()[0][:80]})"
    return None


def last_complete(ckpt_dir: Path) -> Path | None:
    """The newest checkpoint that is complete and intact; every newer one skipped is reported."""
    partial = incomplete_checkpoints(ckpt_dir)
    if partial:
        log.warning("ignoring %d incomplete checkpoint(s) (the run was killed while saving): %s",
                    len(partial), ", ".join(p.name for p in partial))
    skipped = []
    for p in reversed(complete_checkpoints(ckpt_dir)):
        why = damage(p)
        if why is None:
            if skipped:
                log.warning("%s; resuming from %s instead", "; ".join(skipped), p.name)
            return p
        skipped.append(f"{p.name} is damaged ({why})")
    if skipped:
        log.warning("%s; no intact checkpoint is left, so training starts from step 0", "; ".join(skipped))
    return None


def progress_at(ckpt: Path | str | None) -> dict | None:
    """The whole-run figures stored with a checkpoint (zeros for a fresh start; None if an older
    medllm wrote it without them)."""
    if ckpt is None:
        return {"loss_sum": 0.0, "train_seconds": 0.0, "tokens": 0}
    return read_json(Path(ckpt) / MARKER).get("progress")


def finished_metrics(out_dir: Path) -> dict | None:
    """metrics.json of a stage that finished in out_dir (it is written last, after the adapter)."""
    f, adapter = Path(out_dir) / "metrics.json", Path(out_dir) / "adapter" / "adapter_model.safetensors"
    if not (f.is_file() and adapter.is_file()):
        return None
    try:
        metrics = read_json(f)
    except (OSError, ValueError):
        return None
    return metrics if isinstance(metrics, dict) else None


class ResumableTrainerMixin(CheckpointSaveHookMixin):
    """For a (TRL) Trainer: writes the completion marker after each checkpoint, and keeps the
    run's summed training loss in float64 (per-step losses in any grouping add up exactly, so a
    resumed run reports the uninterrupted run's train_loss). The checkpoint hook is
    transformers' private Trainer._save_checkpoint, overridden in medllm.training.internals."""

    def train(self, resume_from_checkpoint=None, **kwargs):
        import torch

        self._medllm_prior = progress_at(resume_from_checkpoint)  # None: an older medllm's checkpoint
        # float64, on the device (no sync per step); MPS has no float64, so there it lives on the CPU
        device = self.args.device if self.args.device.type != "mps" else torch.device("cpu")
        self._medllm_loss = torch.zeros((), dtype=torch.float64, device=device)
        self._medllm_t0 = time.perf_counter()
        return super().train(resume_from_checkpoint=resume_from_checkpoint, **kwargs)

    def training_step(self, *args, **kwargs):
        # what the Trainer adds into its own train_loss (already divided by the accumulation steps)
        loss = super().training_step(*args, **kwargs)
        self._medllm_loss = self._medllm_loss + loss.detach().to(self._medllm_loss.device, self._medllm_loss.dtype)
        return loss

    def medllm_progress(self) -> dict:
        """The run's figures up to now; a collective call under DDP (every rank must call it).
        loss_sum and train_seconds are None/the session's alone after an older medllm's checkpoint."""
        session = float(self.accelerator.gather(self._medllm_loss.reshape(1)).mean())
        seconds = time.perf_counter() - self._medllm_t0
        prior = self._medllm_prior
        tokens = int(self.state.num_input_tokens_seen)
        first_step, first_tokens = session_start(self)
        return {
            "global_step": self.state.global_step,
            "loss_sum": None if prior is None else prior["loss_sum"] + session,
            "train_seconds": seconds if prior is None else prior["train_seconds"] + seconds,
            "tokens": tokens if prior is not None else tokens - first_tokens,
            "session_loss_sum": session,
            "session_steps": self.state.global_step - first_step,
        }

    def before_checkpoint_save(self, folder: Path) -> dict:
        if self.args.should_save:
            # a marker left from an earlier run must not vouch for a folder being rewritten now
            (folder / MARKER).unlink(missing_ok=True)
        return self.medllm_progress()

    def after_checkpoint_save(self, folder: Path, progress: dict) -> None:
        if self.args.should_save and folder.is_dir():
            progress = {k: progress[k] for k in ("loss_sum", "train_seconds", "tokens")}
            write_json(folder / MARKER, {"global_step": self.state.global_step, "files": file_table(folder),
                                         "progress": progress})


def train_to_end(trainer, resume_from: str | None, eval_strategy: str) -> dict:
    """Train from `resume_from` (or from scratch) to the last step and return the whole run's
    figures: train_loss, train_runtime_s, train_tokens, trained_now (steps this process trained).

    When `resume_from` already is the last step (the run was killed during its final evaluation
    or save), its weights and state are loaded and no step is trained."""
    from transformers.trainer_callback import TrainerState

    state_file = Path(resume_from or ".") / "trainer_state.json"
    if resume_from and (s := read_json(state_file))["global_step"] >= s["max_steps"] > 0:
        log.info("%s is the run's last step (%d): finishing from it, no step trained", Path(resume_from).name,
                 s["global_step"])
        load_checkpoint_weights(trainer, resume_from)
        trainer.state = TrainerState.load_from_json(str(state_file))
        if eval_strategy == "epoch" and not any("eval_loss" in h and h.get("step") == trainer.state.global_step
                                                for h in trainer.state.log_history):
            trainer.evaluate()  # the end-of-epoch evaluation the kill interrupted: it comes after the last save
        fig = dict(progress_at(resume_from) or {})
        fig.update(session_steps=0, global_step=trainer.state.global_step)
    else:
        trainer.train(resume_from_checkpoint=resume_from)
        fig = trainer.medllm_progress()
    whole = fig.get("loss_sum") is not None
    if resume_from and not whole:
        log.warning("%s was saved by an older medllm without the run's figures: train_loss, runtime and tokens/s "
                    "cover only the steps trained now", Path(resume_from).name)
        loss = fig.get("session_loss_sum", float("nan")) / max(fig.get("session_steps") or 0, 1)
    else:
        loss = fig["loss_sum"] / max(fig["global_step"], 1)
    seconds, tokens = fig.get("train_seconds") or 0.0, int(fig.get("tokens") or 0)
    return {
        "train_loss": loss,
        "train_runtime_s": round(seconds, 2),
        "train_tokens": tokens,
        "train_tokens_per_second": round(tokens / seconds, 1) if seconds > 0 else 0.0,
        "trained_now": fig.get("session_steps", 0),
    }
