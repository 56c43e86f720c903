"""One base model, any number of LoRA adapters on it, for evaluation and the CLIs.

The base weights are loaded once; each adapter is loaded by name on top (peft), and
`use(model, name)` switches between them, `name=None` meaning the base model itself. So
evaluating base, SFT and DPO costs one copy of the base (a 7B base stays one 7B in memory).
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from medllm.errors import ConfigError
from medllm.io import read_json


def adapter_meta(adapter_dir: str | Path, option: str = "adapter") -> dict:
    """medllm_adapter.json of an adapter folder; a one-line error if it is not one."""
    d = Path(adapter_dir).expanduser()
    if not (d / "adapter_model.safetensors").is_file() or not (d / "adapter_config.json").is_file():
        raise ConfigError(f"{option}={adapter_dir}: no adapter_model.safetensors / adapter_config.json there; "
                          "point it at the adapter/ folder of an sft, dpo or pipeline run")
    meta = d / "medllm_adapter.json"
    return read_json(meta) if meta.is_file() else {}


def load_with_adapters(model_cfg: dict, hw: dict, precision: str, paths: dict | None, adapters: dict[str, str | Path]):
    """(model, tokenizer): the base with each adapter of `adapters` (name -> folder) attached.

    With no adapters the plain base model is returned. All adapters must have been trained on
    this base (checked against their medllm_adapter.json when present).
    """
    from peft import PeftModel

    from medllm.models import load_base_model, load_tokenizer

    for name, path in adapters.items():
        meta = adapter_meta(path, f"{name} adapter")
        trained_on = (meta.get("model") or {}).get("name_or_path")
        if trained_on and trained_on != model_cfg.get("name_or_path"):
            raise ConfigError(f"{name} adapter {path} was trained on {trained_on}, not on model={model_cfg['name']} "
                              f"({model_cfg['name_or_path']}); pick the matching model=")
    tokenizer = load_tokenizer(model_cfg, paths)
    model = load_base_model(model_cfg, hw, precision, paths)
    names = list(adapters)
    if names:
        model = PeftModel.from_pretrained(model, str(adapters[names[0]]), adapter_name=names[0], is_trainable=False)
        for name in names[1:]:
            model.load_adapter(str(adapters[name]), adapter_name=name, is_trainable=False)
    model.eval()
    return model, tokenizer


@contextlib.contextmanager
def use(model, name: str | None):
    """Run the block with adapter `name` active, or with no adapter (the base) for None."""
    from peft import PeftModel

    if not isinstance(model, PeftModel):
        if name is not None:
            raise ValueError(f"no adapter '{name}' on a plain base model")
        yield model
        return
    if name is None:
        with model.disable_adapter():
            yield model
        return
    model.set_adapter(name)
    yield model
