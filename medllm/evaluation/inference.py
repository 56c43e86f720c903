"""One base model, any number of LoRA adapters on it, for evaluation and the CLIs.

The base weights are loaded once; each adapter is loaded by name on top (peft), and
`use(model, name)` switches between them, `name=None` meaning the base model itself. So
evaluating base, SFT and DPO costs one copy of the base (a 7B base stays one 7B in memory).
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from medllm.errors import ConfigError
from medllm.files import read_json


def adapter_meta(adapter_dir: str | Path, option: str = "adapter") -> dict:
    """medllm_adapter.json of an adapter folder ({} if it has none), after checking that the
    folder is a whole adapter: one-line errors name the damaged file instead of a traceback
    from peft or json later."""
    import json

    d = Path(adapter_dir).expanduser()
    weights, config, meta_file = d / "adapter_model.safetensors", d / "adapter_config.json", d / "medllm_adapter.json"
    if not weights.is_file() or not config.is_file():
        raise ConfigError(f"{option}={adapter_dir}: no adapter_model.safetensors / adapter_config.json there; "
                          "point it at the adapter/ folder of an sft, dpo or pipeline run")
    fix = "the adapter folder is damaged; copy it again, or take adapter/ from a complete run (or a checkpoint-N/ of its checkpoints/)"
    parsed = {}
    for f in (config, meta_file):
        if f is meta_file and not f.is_file():
            continue
        try:
            parsed[f.name] = json.loads(f.read_text(encoding="utf-8"))
        except (OSError, ValueError) as ex:
            raise ConfigError(f"{option}={adapter_dir}: {f} is not readable JSON ({str(ex).splitlines()[0]}); {fix}") from None
        if not isinstance(parsed[f.name], dict):
            raise ConfigError(f"{option}={adapter_dir}: {f} holds a JSON {type(parsed[f.name]).__name__}, not an object; {fix}")
    try:
        from safetensors import safe_open

        with safe_open(str(weights), "pt") as fh:  # reads the header; a truncated file fails here
            if not list(fh.keys()):
                raise ValueError("no tensors")
    except Exception as ex:  # noqa: BLE001 - safetensors raises its own error types
        raise ConfigError(f"{option}={adapter_dir}: {weights} is damaged ({str(ex).splitlines()[0]}); {fix}") from None
    meta = parsed.get(meta_file.name, {})
    model = meta.get("model")
    if model is not None and not (isinstance(model, dict) and isinstance(model.get("name"), str)):
        raise ConfigError(f"{option}={adapter_dir}: {meta_file} has no model name (\"model\": {{\"name\": ...}}); {fix}")
    return meta


def lora_config(adapter_dir: str | Path) -> dict:
    """adapter_config.json of an adapter folder that adapter_meta has accepted."""
    return read_json(Path(adapter_dir).expanduser() / "adapter_config.json")


def load_with_adapters(model_cfg: dict, hw: dict, precision: str, paths: dict | None, adapters: dict[str, str | Path]):
    """(model, tokenizer): the base with each adapter of `adapters` (name -> folder) attached.

    With no adapters the plain base model is returned. All adapters must have been trained on
    this base (checked against their medllm_adapter.json when present).
    """
    from peft import PeftModel

    from medllm.training.models import load_base_model, load_tokenizer

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
