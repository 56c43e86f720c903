"""Content-keyed cache of reference log-probs for DPO.

The earlier pipeline keyed its (pickle) cache by batch index while shuffling, so every cached
value was paired with the wrong example. Here a value's key is a hash of what it depends on:

    namespace = sha256(base model fingerprint, SFT adapter contents, quantization/precision)
    key       = sha256(prompt_ids, chosen_ids, rejected_ids)   # tokenization, template, truncation

and the store is one JSON file per namespace, so a beta / lr sweep that shares an SFT adapter
computes each pair's reference log-probs once for all its jobs.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from medllm.files import file_digest, read_json, write_json
from medllm.training.models import _file_lock

FORMAT = 1


def adapter_fingerprint(adapter_dir: Path) -> str:
    """Hash of the adapter's weights and config: a retrained adapter gets a new namespace."""
    adapter_dir = Path(adapter_dir)
    return hashlib.sha256(
        (file_digest(adapter_dir / "adapter_model.safetensors") + file_digest(adapter_dir / "adapter_config.json")).encode()
    ).hexdigest()


def base_fingerprint(model_path: str, model_cfg: dict) -> dict:
    p = Path(model_path)
    if (p / "config.json").exists():
        weights = sorted(p.glob("*.safetensors"))
        # size + mtime-free identity: the config and the weight files' sizes and first MiB
        ident = [file_digest(p / "config.json")]
        for w in weights:
            with open(w, "rb") as fh:
                ident.append(f"{w.name}:{w.stat().st_size}:{hashlib.sha256(fh.read(1 << 20)).hexdigest()}")
        return {"path_kind": "local", "ident": hashlib.sha256("|".join(ident).encode()).hexdigest()}
    return {"path_kind": "hub", "name": model_cfg["name_or_path"], "revision": model_cfg.get("revision")}


def pair_key(prompt_ids, chosen_ids, rejected_ids) -> str:
    payload = json.dumps([list(prompt_ids), list(chosen_ids), list(rejected_ids)], separators=(",", ":"))
    return hashlib.sha256(payload.encode()).hexdigest()


class RefLogpCache:
    def __init__(self, root: Path, namespace_parts: dict):
        self.meta = {"format": FORMAT, **namespace_parts}
        self.namespace = hashlib.sha256(json.dumps(self.meta, sort_keys=True).encode()).hexdigest()[:24]
        self.path = Path(root) / "ref_logps" / f"{self.namespace}.json"

    def load(self) -> dict[str, list[float]]:
        if not self.path.exists():
            return {}
        data = read_json(self.path)
        return data.get("logps", {}) if data.get("meta") == self.meta else {}

    def update(self, new: dict[str, list[float]]) -> None:
        """Merge `new` into the store (locked, atomic: concurrent sweep jobs may write too)."""
        if not new:
            return
        with _file_lock(self.path.parent / f".{self.path.name}.lock"):
            current = self.load()
            current.update(new)
            write_json(self.path, {"meta": self.meta, "logps": current})
