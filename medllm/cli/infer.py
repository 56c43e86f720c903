"""`python -m medllm summarize` and `python -m medllm export`: use a trained adapter outside train.py.

Both read the base model from the adapter's medllm_adapter.json (the full model config it was
trained with), so the user names only the adapter folder. summarize decodes with
`medllm.evaluation.generation.generate_summaries`, the one decoding path evaluation uses too; export merges
the LoRA weights into the base (peft `merge_and_unload`), saves safetensors, and proves on a check
note that the merged model generates what the adapter did.

Heavy imports (torch, transformers, peft) happen inside the handlers, so `--help` stays fast.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import time
from pathlib import Path

from medllm import PROJECT_ROOT
from medllm.clinical.redact import public_id
from medllm.errors import ConfigError, DataError, MedllmError
from medllm.files import read_jsonl_objects
from medllm.data.outdir import check_target, write_dir_atomic

HARDWARE_DIR = PROJECT_ROOT / "conf" / "hardware"
DEFAULT_PROMPT_TOKENS = 1024
CHECK_NEW_TOKENS = 160
# Largest |logit(adapter) - logit(merged)| on the check prompt, as a fraction of max(1, max
# |logit|), that still counts as the same model. fp32: merging only reorders float additions;
# measured 8e-6 (tiny model) and 3e-6 (SmolLM2-135M, 1.4e-4 absolute at logits up to 42).
# bf16/fp16 files round every weight to 8/11 significant bits; measured 11% / 1.4% (tiny random
# model, logits < 1) and 2.4% / 0.34% (SmolLM2-135M). So a half-precision file is held only to a
# loose bound, and the merge itself is always checked in fp32 before the cast.
TOLERANCE = {"fp32": 1e-4, "bf16": 0.25, "fp16": 0.05}
BUILTIN_CHECK_NOTE = (
    "S: 64-year-old woman with hypertension for 6 years. Denies chest pain or dyspnea.\n"
    "O: BP 148/92 mmHg, HR 84. Potassium 3.9 mmol/L. Creatinine 1.1 mg/dL.\n"
    "A/P: Hypertension, not at goal. Increase lisinopril from 10 mg to 20 mg PO daily. "
    "Recheck BMP in 2 weeks."
)

SUMMARIZE_DESCRIPTION = """\
Summarize clinical notes with a trained adapter (or its base model with --base). The base model
is the one named in the adapter's medllm_adapter.json. Decoding is greedy with a KV cache, the
same as evaluation.

Input: --note TEXT, or --input FILE.jsonl with one {"id", "note"} object per line ("clinical_note"
is accepted for "note"; a missing "id" becomes the line number).

Output and redaction: what is PRINTED (the --note summary, or the JSONL on stdout when --input has
no --output) is passed through medllm.clinical.redact (together with its note, so a name the note labels is
also caught bare in the summary): PHI-looking spans become [NAME], [DATE], ... unless
--no-redact. The --output FILE holds exactly what the model generated, unredacted, so
it can be scored against the note; treat it as clinical data. Exit code 2 for a user error
(missing adapter, bad input line, unavailable hardware), with a one-line message."""

EXPORT_DESCRIPTION = """\
Merge a LoRA adapter into its base model (peft merge_and_unload, computed in fp32 on the CPU)
and save a standalone model folder: model safetensors (never pickle), the tokenizer, and
medllm_export.json (source adapter, base, dtype, check result). The folder is built in a temp
sibling of --out and renamed into place; --overwrite replaces only an earlier export's folder
that holds nothing else (never the current folder, the project or a home folder). Before installing it, the merged folder is reloaded
with AutoModelForCausalLM and a check note is summarized by both the adapter model and the
merged model (greedy, generate_summaries); the command prints whether the outputs are identical
and the max |logit difference| on the prompt, and exits 2 without writing --out if they differ
beyond the tolerance: the in-memory fp32 merge within 1e-4 of the largest logit (always),
and the saved file: fp32 identical outputs and the same 1e-4; bf16 / fp16 within 25% / 5% of
the largest logit (rounding every weight moves logits that much; outputs are reported). Load the result with
AutoModelForCausalLM.from_pretrained(OUT) and AutoTokenizer.from_pretrained(OUT)."""


def hardware_names() -> list[str]:
    return sorted(p.stem for p in HARDWARE_DIR.glob("*.yaml"))


def add_parsers(sub) -> None:
    """Register `summarize` and `export` on the subparsers of `python -m medllm`."""
    import argparse

    fmt = argparse.RawDescriptionHelpFormatter
    s = sub.add_parser("summarize", help="summarize clinical notes with a trained adapter (greedy, batched)",
                       description=SUMMARIZE_DESCRIPTION, formatter_class=fmt)
    s.add_argument("--adapter", required=True, metavar="DIR",
                   help="an adapter/ folder of an sft, dpo or pipeline run (its medllm_adapter.json names the base)")
    src = s.add_mutually_exclusive_group(required=True)
    src.add_argument("--note", metavar="TEXT", help="one clinical note; its summary is printed")
    src.add_argument("--input", metavar="FILE.jsonl", help='one {"id", "note"} JSON object per line')
    s.add_argument("--output", metavar="OUT.jsonl",
                   help='write {"id", "summary"} lines here, atomically and NOT redacted (model output as is); '
                        "default: the JSONL (redacted) goes to stdout")
    s.add_argument("--max-new-tokens", type=int, default=192, metavar="N", help="longest summary, in tokens (default 192)")
    dec = default_decoding()
    s.add_argument("--repetition-penalty", type=float, default=dec["repetition_penalty"], metavar="X",
                   help=f"decoding.repetition_penalty (default {dec['repetition_penalty']}, as in conf/config.yaml)")
    s.add_argument("--no-repeat-ngram-size", type=int, default=dec["no_repeat_ngram_size"], metavar="N",
                   help=f"decoding.no_repeat_ngram_size (default {dec['no_repeat_ngram_size']}, as in conf/config.yaml; 0: off)")
    s.add_argument("--batch-size", type=int, default=8, metavar="N", help="notes decoded together (default 8)")
    s.add_argument("--max-prompt-tokens", type=int, default=None, metavar="N",
                   help="prompt budget; longer notes are shortened in the middle "
                        f"(default: the adapter's max_length, else {DEFAULT_PROMPT_TOKENS})")
    s.add_argument("--hardware", default="cpu", metavar="PROFILE",
                   help=f"a conf/hardware profile: {' | '.join(hardware_names())} (default cpu)")
    s.add_argument("--base", action="store_true",
                   help="generate with the base model alone (the adapter only tells which base)")
    s.add_argument("--no-redact", action="store_true", help="print summaries as generated, without PHI redaction")
    s.add_argument("--cache-dir", metavar="DIR",
                   help="medllm's model cache (converted embedded weights); default $MEDLLM_CACHE_DIR or ~/.cache/medllm")
    s.set_defaults(fn=summarize)

    e = sub.add_parser("export", help="merge an adapter into its base and save a standalone safetensors model",
                       description=EXPORT_DESCRIPTION, formatter_class=fmt)
    e.add_argument("--adapter", required=True, metavar="DIR", help="the adapter/ folder to merge")
    e.add_argument("--out", required=True, metavar="DIR", help="the merged model folder to create")
    e.add_argument("--dtype", choices=("fp32", "bf16", "fp16"), default="fp32",
                   help="dtype of the saved weights (the merge itself runs in fp32; default fp32)")
    e.add_argument("--check-note", metavar="TEXT",
                   help="note for the adapter-vs-merged check (default: the first note of phase1_data/sft/test.csv, "
                        "else a built-in synthetic note)")
    e.add_argument("--overwrite", action="store_true", help="replace --out if an earlier export wrote it (a folder holding anything else is kept)")
    e.add_argument("--cache-dir", metavar="DIR",
                   help="medllm's model cache; default $MEDLLM_CACHE_DIR or ~/.cache/medllm")
    e.set_defaults(fn=export)


# --- shared setup ---------------------------------------------------------------------------------


def load_hardware(name: str) -> dict:
    """conf/hardware/<name>.yaml as Hydra composes it for train.py (schema, interpolations resolved)."""
    from medllm.config import compose_group

    if "/" in name or not (HARDWARE_DIR / f"{name}.yaml").is_file():
        raise ConfigError(f"--hardware {name}: no such profile in conf/hardware/; available: {', '.join(hardware_names())}")
    return compose_group("hardware", [f"hardware={name}"])


def cache_paths(cache_dir: str | None) -> dict:
    # the same default as conf/config.yaml's paths.cache_dir
    return {"cache_dir": cache_dir or os.environ.get("MEDLLM_CACHE_DIR") or "~/.cache/medllm"}


def adapter_model(adapter_dir: str) -> tuple[dict, dict]:
    """(medllm_adapter.json, its model config); one-line errors for a folder that is not an adapter."""
    from medllm.evaluation.inference import adapter_meta

    if not Path(adapter_dir).expanduser().is_dir():
        raise ConfigError(f"--adapter {adapter_dir}: no such folder; point it at the adapter/ folder of an sft, dpo or pipeline run")
    meta = adapter_meta(adapter_dir, "--adapter")
    model_cfg = meta.get("model")
    if not isinstance(model_cfg, dict) or not model_cfg.get("name_or_path"):
        raise ConfigError(f"--adapter {adapter_dir}: its medllm_adapter.json does not name the base model "
                          "(\"model\"); was it written by medllm's sft or dpo stage?")
    if model_cfg.get("allow_download"):
        from medllm.offline import allow_hub_downloads

        allow_hub_downloads()  # trained with model.allow_download=true: the user's opt-in
    return meta, model_cfg


def read_notes(path: str) -> list[tuple[object, str]]:
    """(id, note) per non-blank line of a JSONL file; a bad line is a DataError naming its number."""
    fix = 'each line must be a JSON object {"id", "note"} ("clinical_note" is accepted for "note")'
    rows = []
    for lineno, obj in read_jsonl_objects(path, name=f"--input {path}", where=str(path), fix=fix):
        where = f"{path}:{lineno}"
        note = obj.get("note", obj.get("clinical_note"))
        if not isinstance(note, str) or not note.strip():
            raise DataError(f"{where}: missing or empty \"note\" (or \"clinical_note\") string; {fix}")
        rows.append((obj.get("id", lineno), note))
    if not rows:
        raise DataError(f"--input {path}: no notes (the file is empty)")
    return rows


def _positive(**values: int) -> None:
    for flag, v in values.items():
        if v is not None and v < 1:
            raise ConfigError(f"--{flag.replace('_', '-')} {v}: must be at least 1")


@contextlib.contextmanager
def quiet_loading():
    """No "Loading weights" / "Writing model shards" bars from transformers: stderr keeps the
    generation bar and one status line."""
    from transformers.utils import logging as hf_logging

    was = hf_logging.is_progress_bar_enabled()
    hf_logging.disable_progress_bar()
    try:
        yield
    finally:
        if was:
            hf_logging.enable_progress_bar()


def default_decoding() -> dict:
    """The decoding block of conf/config.yaml as Hydra composes it: the CLI decodes the way eval
    and sampling do."""
    from medllm.config import compose_group

    return compose_group("decoding")


def _generate(model, tokenizer, notes, model_cfg, **kw) -> list[str]:
    from medllm.evaluation.generation import generate_summaries

    try:
        return generate_summaries(model, tokenizer, notes, model_cfg, **kw)
    except ValueError as ex:  # encode_prompt: the budget cannot hold the template and a note
        if str(ex).startswith("prompt budget"):
            raise ConfigError(f"--max-prompt-tokens {kw.get('max_prompt_tokens')}: {ex}; raise it") from None
        raise


def shown(note: str, summary: str, raw: bool = False) -> str:
    """The summary as printed: redacted together with its note, so a name the note labels
    ("Patient: John Carter") is also replaced where the summary writes it bare."""
    if raw:
        return summary
    from medllm.clinical.redact import redact_many

    return redact_many([note, summary])[0][1]


# --- summarize ------------------------------------------------------------------------------------


def summarize(args) -> int:
    _positive(max_new_tokens=args.max_new_tokens, batch_size=args.batch_size, max_prompt_tokens=args.max_prompt_tokens,
              repetition_penalty=args.repetition_penalty)
    if args.no_repeat_ngram_size < 0:
        raise ConfigError(f"--no-repeat-ngram-size must be >= 0, got {args.no_repeat_ngram_size}")
    meta, model_cfg = adapter_model(args.adapter)
    if args.note is not None and not args.note.strip():
        raise DataError("--note is empty")
    rows = [(1, args.note)] if args.note is not None else read_notes(args.input)
    hw = load_hardware(args.hardware)

    # torch comes in here, after the cheap checks, so a bad input line fails at once
    from medllm.training.hardware import apply_threads, check_available, resolve_precision
    from medllm.evaluation.inference import load_with_adapters

    check_available(hw)
    apply_threads(hw)
    precision = resolve_precision(hw)
    budget = args.max_prompt_tokens or meta.get("max_length") or DEFAULT_PROMPT_TOKENS

    t0 = time.perf_counter()
    adapters = {} if args.base else {"adapter": args.adapter}
    with quiet_loading():
        model, tokenizer = load_with_adapters(model_cfg, hw, precision, cache_paths(args.cache_dir), adapters)
    t1 = time.perf_counter()
    summaries = _generate(
        model, tokenizer, [note for _, note in rows], model_cfg,
        max_new_tokens=args.max_new_tokens, batch_size=args.batch_size, max_prompt_tokens=budget,
        precision=precision, progress=args.input is not None,
        decoding={"repetition_penalty": args.repetition_penalty, "no_repeat_ngram_size": args.no_repeat_ngram_size},
    )
    t2 = time.perf_counter()
    from medllm.clinical.redact import public_id

    which = f"{model_cfg['name']} base" + ("" if args.base else f" + adapter {args.adapter}")
    print(f"summarize: {len(rows)} note(s) with {which} on {hw['device']} ({precision}); "
          f"load {t1 - t0:.1f} s, generate {t2 - t1:.1f} s", file=sys.stderr)

    if args.output:
        from medllm.files import write_text_atomic

        text = "".join(json.dumps({"id": i, "summary": s}, ensure_ascii=False) + "\n" for (i, _), s in zip(rows, summaries))
        write_text_atomic(Path(args.output).expanduser(), text)
        print(f"wrote {len(rows)} summaries to {args.output} (model output, not redacted)", file=sys.stderr)
    elif args.note is not None:
        print(shown(rows[0][1], summaries[0], args.no_redact))
    else:
        for (i, note), s in zip(rows, summaries):
            print(json.dumps({"id": i if args.no_redact else public_id(i), "summary": shown(note, s, args.no_redact)},
                             ensure_ascii=False))
    return 0


# --- export ---------------------------------------------------------------------------------------


def check_note(text: str | None) -> tuple[str, str]:
    """(note, where it came from) for the adapter-vs-merged check."""
    if text is not None:
        if not text.strip():
            raise DataError("--check-note is empty")
        return text, "--check-note"
    from medllm.data import contract as D

    test = D.resolve_path("phase1_data") / "sft" / "test.csv"
    if test.is_file():
        try:
            row = D.read_sft(test, only_faithful=False)[0]
            return row["clinical_note"], f"{test} id={public_id(row['id'])}"
        except DataError:
            pass
    return BUILTIN_CHECK_NOTE, "built-in synthetic note"


def _prepare_out(out: Path, adapter: Path, overwrite: bool) -> None:
    a = adapter.expanduser().resolve()
    if out == a or out in a.parents:
        raise ConfigError(f"--out {out} holds the adapter being exported; pick another folder")
    check_target(out, **_out_rules(overwrite))


def _out_rules(overwrite: bool) -> dict:
    """--out is replaced only if an earlier export wrote it (medllm.data.outdir)."""
    return dict(kind="export", option="--out", flag="--overwrite", overwrite=bool(overwrite))


def export(args) -> int:
    import gc

    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    import medllm
    from medllm.cards import export_card
    from medllm.evaluation.inference import load_with_adapters
    from medllm.training.models import resolve_model_path, torch_dtype
    from medllm.prompts import encode_prompt

    adapter = Path(args.adapter)
    out = Path(args.out).expanduser().resolve()
    meta, model_cfg = adapter_model(args.adapter)
    _prepare_out(out, adapter, args.overwrite)
    note, note_source = check_note(args.check_note)
    paths = cache_paths(args.cache_dir)
    # the merge runs in fp32 on the CPU whatever the training profile was (a 4-bit QLoRA base is
    # loaded unquantized here): adding B@A to rounded or quantized weights would lose the adapter
    hw = dict(load_hardware("cpu"), precision="fp32", quantization="none")
    budget = meta.get("max_length") or DEFAULT_PROMPT_TOKENS
    gen = dict(max_new_tokens=CHECK_NEW_TOKENS, batch_size=1, max_prompt_tokens=budget, precision="fp32", progress=False)

    t0 = time.perf_counter()
    with quiet_loading():
        model, tokenizer = load_with_adapters(model_cfg, hw, "fp32", paths, {"adapter": args.adapter})
    ids = torch.tensor([encode_prompt(tokenizer, note, budget, model_cfg)[0]])
    with torch.inference_mode():
        ref_logits = model(input_ids=ids).logits.float()
    ref_summary = _generate(model, tokenizer, [note], model_cfg, **gen)[0]

    merged = model.merge_and_unload()
    with torch.inference_mode():  # the merge itself, before any rounding to --dtype
        merge_diff = float((ref_logits - merged(input_ids=ids).logits.float()).abs().max())
    scale = float(ref_logits.abs().max())
    merge_tol = TOLERANCE["fp32"] * max(1.0, scale)
    if not merge_diff <= merge_tol:  # fail before writing anything
        raise MedllmError(f"export: the merged model does not reproduce the adapter: max |logit diff| on the "
                          f"{ids.shape[1]}-token check prompt {merge_diff:.2e} in fp32 (tolerance {merge_tol:.2e}); "
                          f"nothing written to {out}")
    merged.to(torch_dtype(args.dtype))
    merged.config.use_cache = True  # load_base_model turns it off for training
    done: dict = {}

    def build(tmp: Path) -> None:
        """Save, reload and check the merged model in the temporary folder; raise to keep --out as it was."""
        nonlocal model, merged
        with quiet_loading():
            merged.save_pretrained(tmp, safe_serialization=True)
        tokenizer.save_pretrained(tmp)
        model = merged = None  # free the in-memory copy before the reload
        gc.collect()
        pickled = [p.name for p in tmp.iterdir() if p.suffix in (".bin", ".pt", ".pth", ".pkl")]
        if pickled:  # never expected: save_pretrained(safe_serialization=True)
            raise MedllmError(f"export wrote pickled files {pickled}; refusing to install them")
        t1 = time.perf_counter()

        with quiet_loading():
            reloaded = AutoModelForCausalLM.from_pretrained(tmp, dtype=torch_dtype(args.dtype))
        reloaded.eval()
        re_tokenizer = AutoTokenizer.from_pretrained(tmp)
        with torch.inference_mode():
            new_logits = reloaded(input_ids=ids).logits.float()
        new_summary = _generate(reloaded, re_tokenizer, [note], model_cfg, **gen)[0]
        diff = float((ref_logits - new_logits).abs().max())
        tol = TOLERANCE[args.dtype] * max(1.0, scale)
        identical = new_summary == ref_summary
        passed = diff <= tol and (identical or args.dtype != "fp32")
        check = {
            "note": note_source,
            "max_new_tokens": CHECK_NEW_TOKENS,
            "prompt_tokens": int(ids.shape[1]),
            "summary_tokens": len(re_tokenizer(new_summary, add_special_tokens=False)["input_ids"]),
            "identical_output": identical,
            "max_abs_logit_diff": diff,
            "tolerance": tol,
            "merge_max_abs_logit_diff_fp32": merge_diff,
            "merge_tolerance_fp32": merge_tol,
            "max_abs_logit": scale,
            "passed": passed,
        }
        record = {
            "source_adapter": str(adapter.expanduser().resolve()),
            "adapter_stage": meta.get("stage"),
            "base": model_cfg["name_or_path"],
            "base_path": resolve_model_path(model_cfg, paths),
            "model": model_cfg,
            "max_length": meta.get("max_length"),
            "dtype": args.dtype,
            "merge": "peft merge_and_unload in fp32, then cast to dtype",
            "check": check,
            "medllm_version": medllm.__version__,
            "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        }
        (tmp / "medllm_export.json").write_text(json.dumps(record, indent=2, sort_keys=True, default=str) + "\n")
        (tmp / "README.md").write_text(export_card(record, adapter), encoding="utf-8")  # the Hugging Face model card
        t2 = time.perf_counter()
        same = "identical" if identical else "DIFFERENT"
        line = (f"check ({note_source}): adapter and merged model generate {same} summaries "
                f"({check['summary_tokens']} tokens); max |logit diff| on the {check['prompt_tokens']}-token prompt "
                f"{diff:.2e} (tolerance {tol:.2e}; the fp32 merge before the cast: {merge_diff:.2e}, tolerance {merge_tol:.2e})")
        if not passed:
            raise MedllmError(f"export: the saved merged model does not reproduce the adapter: {line}; nothing written to {out}")
        done.update(line=line, identical=identical, new_summary=new_summary, t1=t1, t2=t2)

    write_dir_atomic(out, build, **_out_rules(args.overwrite))
    line, identical, new_summary, t1, t2 = (done[k] for k in ("line", "identical", "new_summary", "t1", "t2"))
    print(f"export: merged {args.adapter} into {model_cfg['name_or_path']} ({args.dtype}) -> {out}; "
          f"merge+save {t1 - t0:.1f} s, check {t2 - t1:.1f} s")
    print(line)
    if not identical:
        print(f"note: at {args.dtype} a near-tie can flip a greedy token; the logits agree within tolerance")
    print("summary: " + " ".join(shown(note, new_summary).split()))
    return 0
