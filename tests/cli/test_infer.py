"""`python -m medllm summarize` and `python -m medllm export` on a tiny trained adapter."""

import json
import shutil
import subprocess
import sys

import pytest
import torch

from medllm.cli.main import main
from tests.conftest import ROOT, make_notes, run_train

NOTES = [n["clinical_note"] for n in make_notes(5)]


@pytest.fixture(scope="module")
def adapter(tmp_path_factory):
    """A LoRA adapter on the tiny random model, written the way stage=sft writes one (weights,
    tokenizer, medllm_adapter.json with the full model config). LoRA's B starts at zero, so
    adapter, base and merged models would all agree and the --base and merge checks could not
    fail; B is therefore set to seeded random values."""
    import yaml

    from medllm.training.models import add_lora, load_base_model, load_tokenizer
    from tests.conftest import ROOT

    m = yaml.safe_load((ROOT / "conf" / "model" / "tiny_random.yaml").read_text())
    hw = {"name": "cpu", "device": "cpu", "quantization": "none", "attn_implementation": "sdpa",
          "gradient_checkpointing": "false", "precision": "fp32"}
    out = tmp_path_factory.mktemp("sft") / "adapter"
    model = add_lora(load_base_model(m, hw, "fp32", None), m, hw)
    g = torch.Generator().manual_seed(0)
    with torch.no_grad():
        for n, p in model.named_parameters():
            if "lora_B" in n:
                p.copy_(torch.randn(p.shape, generator=g) * 0.5)
    model.save_pretrained(str(out), safe_serialization=True)
    load_tokenizer(m, None).save_pretrained(str(out))
    (out / "medllm_adapter.json").write_text(json.dumps({"stage": "sft", "model": m, "max_length": 1024}))
    return out


@pytest.fixture(autouse=True)
def fast_decoding(monkeypatch):
    """fp32 decoding and a short export check. On a CPU with native bf16, hardware=cpu picks bf16
    autocast, which decodes ~5x slower than fp32 (autocast recasts every weight at every step);
    precision is not what these tests pin."""
    import medllm.cli.infer
    import medllm.training.hardware

    monkeypatch.setattr(medllm.training.hardware, "resolve_precision", lambda hw: "fp32")
    monkeypatch.setattr(medllm.cli.infer, "CHECK_NEW_TOKENS", 24)


@pytest.fixture
def generate_calls(monkeypatch):
    """(batch rows, new tokens of its longest summary) of every decoding call (medllm's loop)."""
    import medllm.evaluation.sampling as S

    calls = []
    real = S.fast_sample

    def spy(model, tokenizer, prompts, **kw):
        out = real(model, tokenizer, prompts, **kw)
        calls.append((len(prompts), max(g.new_tokens for row in out for g in row)))
        return out

    monkeypatch.setattr(S, "fast_sample", spy)
    return calls


def summarize(adapter, *args):
    return main(["summarize", "--adapter", str(adapter), *args])


def write_jsonl(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def test_summarize_note_prints_one_summary(adapter, capsys, generate_calls):
    assert summarize(adapter, "--note", NOTES[0], "--max-new-tokens", "12") == 0
    out, err = capsys.readouterr()
    assert out.strip() and generate_calls == [(1, 12)]
    assert "1 note(s) with tiny_random base + adapter" in err


def test_summarize_input_keeps_ids_one_line_each_in_batches(adapter, tmp_path, capsys, generate_calls):
    rows = [{"id": "a", "note": NOTES[0]}, {"id": 7, "clinical_note": NOTES[1]}, {"note": NOTES[2]},
            {"id": "d", "note": NOTES[3]}, {"id": "e", "note": NOTES[4]}]
    src = write_jsonl(tmp_path / "in.jsonl", rows)
    out = tmp_path / "out.jsonl"
    assert summarize(adapter, "--input", str(src), "--output", str(out), "--batch-size", "2",
                     "--max-new-tokens", "8") == 0
    got = [json.loads(line) for line in out.read_text().splitlines()]
    assert [g["id"] for g in got] == ["a", 7, 3, "d", "e"]  # a missing id is the line number
    assert all(isinstance(g["summary"], str) and g["summary"] for g in got)
    assert sorted(b for b, _ in generate_calls) == [1, 2, 2]
    assert capsys.readouterr().out == ""  # the JSONL went to the file, not stdout


def test_max_new_tokens_bounds_the_summary(adapter, capsys, generate_calls):
    summarize(adapter, "--note", NOTES[0], "--max-new-tokens", "3")
    short = capsys.readouterr().out.strip()
    summarize(adapter, "--note", NOTES[0], "--max-new-tokens", "30")
    long = capsys.readouterr().out.strip()
    assert generate_calls[0][1] <= 3 and generate_calls[1][1] > 3
    assert len(short) < len(long)


def test_base_ignores_the_adapter_weights(adapter, capsys):
    summarize(adapter, "--note", NOTES[0], "--max-new-tokens", "16")
    tuned, err_tuned = capsys.readouterr()
    summarize(adapter, "--note", NOTES[0], "--max-new-tokens", "16", "--base")
    base, err_base = capsys.readouterr()
    assert tuned != base
    assert "tiny_random base on" in err_base and "adapter" not in err_base.split(" on ")[0]


def test_printed_summary_is_redacted_the_output_file_is_not(adapter, tmp_path, capsys, monkeypatch):
    import medllm.evaluation.generation

    raw = "Mr. John Carter, DOB 03/14/1950, on lisinopril 10 mg. John Carter denies chest pain."
    monkeypatch.setattr(medllm.evaluation.generation, "generate_summaries", lambda m, t, notes, *a, **k: [raw] * len(notes))
    note = "Patient: John Carter\n" + NOTES[0]
    summarize(adapter, "--note", note)
    shown = capsys.readouterr().out
    assert "John" not in shown and "Carter" not in shown and "1950" not in shown and "lisinopril 10 mg" in shown
    summarize(adapter, "--note", note, "--no-redact")
    assert capsys.readouterr().out.strip() == raw
    src = write_jsonl(tmp_path / "in.jsonl", [{"id": 1, "note": note}])
    summarize(adapter, "--input", str(src))
    printed = json.loads(capsys.readouterr().out)
    from medllm.clinical.redact import public_id

    assert "Carter" not in printed["summary"] and printed["id"] == public_id(1)  # ids are identifiers too
    summarize(adapter, "--input", str(src), "--output", str(tmp_path / "o.jsonl"))
    assert json.loads((tmp_path / "o.jsonl").read_text())["summary"] == raw


def test_max_prompt_tokens_defaults_to_the_adapter_max_length(adapter, capsys, monkeypatch):
    import medllm.evaluation.generation

    seen = []
    real = medllm.evaluation.generation.generate_summaries
    monkeypatch.setattr(medllm.evaluation.generation, "generate_summaries",
                        lambda *a, **k: seen.append(k["max_prompt_tokens"]) or real(*a, **k))
    max_length = json.loads((adapter / "medllm_adapter.json").read_text())["max_length"]
    summarize(adapter, "--note", NOTES[0], "--max-new-tokens", "2")
    summarize(adapter, "--note", NOTES[0], "--max-new-tokens", "2", "--max-prompt-tokens", "90")
    assert seen == [max_length, 90]
    capsys.readouterr()
    # a budget too small for the template and a note is a one-line error
    assert summarize(adapter, "--note", NOTES[0], "--max-prompt-tokens", "20") == 2
    err = capsys.readouterr().err
    assert err.startswith("medllm: error: --max-prompt-tokens 20:") and err.count("\n") == 1, err


def test_cache_dir_selects_the_model_cache(adapter, tmp_path, capsys):
    from medllm.cli.infer import cache_paths
    from medllm.training.models import ensure_random

    cfg = json.loads((adapter / "medllm_adapter.json").read_text())["model"]
    src = ensure_random(cfg, cache_paths(None))
    other = tmp_path / "cache" / src.name
    shutil.copytree(src, other)
    from transformers import AutoModelForCausalLM

    model = AutoModelForCausalLM.from_pretrained(other)
    torch.manual_seed(1)
    for p in model.parameters():
        torch.nn.init.normal_(p, std=0.05)
    model.save_pretrained(other, safe_serialization=True)
    summarize(adapter, "--note", NOTES[0], "--max-new-tokens", "12", "--base")
    default = capsys.readouterr().out
    summarize(adapter, "--note", NOTES[0], "--max-new-tokens", "12", "--base", "--cache-dir", str(tmp_path / "cache"))
    assert capsys.readouterr().out != default


@pytest.mark.parametrize("case", ["no_adapter", "bad_json", "no_note", "not_object", "unknown_profile", "cuda", "mps",
                                  "zero_batch"])
def test_summarize_user_errors_are_one_line(adapter, tmp_path, capsys, case):
    if case == "cuda" and torch.cuda.is_available():
        pytest.skip("this machine has a GPU")
    if case == "mps" and torch.backends.mps.is_available():
        pytest.skip("this machine has MPS")
    src = tmp_path / "in.jsonl"
    src.write_text({"bad_json": '{"note": "a"}\n{not json\n', "no_note": '{"note": "a"}\n{"id": 2, "text": "b"}\n',
                    "not_object": '["a"]\n'}.get(case, ""))
    args, expect = {
        "no_adapter": (["--adapter", str(tmp_path / "nope"), "--note", "x"], "no such folder"),
        "bad_json": (["--input", str(src)], f"{src}:2: not valid JSON"),
        "no_note": (["--input", str(src)], f'{src}:2: missing or empty "note"'),
        "not_object": (["--input", str(src)], f"{src}:1: a JSON list"),
        "unknown_profile": (["--note", "x", "--hardware", "tpu"], "--hardware tpu: no such profile"),
        "cuda": (["--note", "x", "--hardware", "cuda_qlora"], "hardware=cuda_qlora needs a CUDA GPU"),
        "mps": (["--note", "x", "--hardware", "mps"], "hardware=mps needs Apple MPS"),
        "zero_batch": (["--note", "x", "--batch-size", "0"], "--batch-size 0: must be at least 1"),
    }[case]
    if "--adapter" not in args:
        args = ["--adapter", str(adapter), *args]
    assert main(["summarize", *args]) == 2
    err = capsys.readouterr().err
    assert err.startswith("medllm: error: ") and expect in err and err.count("\n") == 1, err


@pytest.mark.parametrize("case", ["no_adapter", "cuda"])
def test_errors_exit_2_without_traceback_in_a_real_process(adapter, tmp_path, case):
    if case == "cuda" and torch.cuda.is_available():
        pytest.skip("this machine has a GPU")
    where = str(tmp_path / "nope") if case == "no_adapter" else str(adapter)
    extra = ["--hardware", "cuda"] if case == "cuda" else []
    r = subprocess.run([sys.executable, "-m", "medllm", "summarize", "--adapter", where, "--note", "x", *extra],
                       cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert r.stderr.strip().splitlines()[-1].startswith("medllm: error: ")


def _files(d):
    return sorted(p.name for p in d.iterdir())


def test_export_merges_and_reproduces_the_adapter(adapter, tmp_path, capsys):
    from safetensors import safe_open
    from transformers import AutoModelForCausalLM

    out = tmp_path / "merged"
    assert main(["export", "--adapter", str(adapter), "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "generate identical summaries" in printed
    files = _files(out)
    assert {"config.json", "model.safetensors", "tokenizer.json", "tokenizer_config.json", "medllm_export.json"} <= set(files)
    assert not [f for f in files if f.endswith((".bin", ".pt", ".pth", ".pkl"))]
    rec = json.loads((out / "medllm_export.json").read_text())
    assert rec["source_adapter"] == str(adapter.resolve()) and rec["dtype"] == "fp32" and rec["adapter_stage"] == "sft"
    assert rec["check"]["passed"] and rec["check"]["identical_output"] and rec["check"]["max_abs_logit_diff"] <= 1e-4
    assert rec["check"]["note"] != "--check-note"
    # the merged weights carry the adapter: they differ from the base's
    merged = AutoModelForCausalLM.from_pretrained(out)
    base = AutoModelForCausalLM.from_pretrained(rec["base_path"])
    name = next(n for n, _ in merged.named_parameters() if n.endswith("q_proj.weight"))
    assert not torch.equal(merged.state_dict()[name], base.state_dict()[name])
    with safe_open(out / "model.safetensors", "pt") as f:
        assert f.get_tensor(next(iter(f.keys()))).dtype == torch.float32
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".merged")]  # temp folder gone


def test_export_bf16_with_a_check_note(adapter, tmp_path, capsys):
    from safetensors import safe_open

    out = tmp_path / "m16"
    assert main(["export", "--adapter", str(adapter), "--out", str(out), "--dtype", "bf16",
                 "--check-note", NOTES[3]]) == 0
    rec = json.loads((out / "medllm_export.json").read_text())
    assert rec["dtype"] == "bf16" and rec["check"]["note"] == "--check-note" and rec["check"]["passed"]
    with safe_open(out / "model.safetensors", "pt") as f:
        assert {f.get_tensor(k).dtype for k in f.keys()} == {torch.bfloat16}


def test_export_refuses_a_non_empty_out_unless_overwrite(adapter, tmp_path, capsys):
    out = tmp_path / "busy"
    out.mkdir()
    (out / "keep.txt").write_text("mine")
    assert main(["export", "--adapter", str(adapter), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "is not empty; choose another --out, or pass --overwrite" in err and err.count("\n") == 1
    assert _files(out) == ["keep.txt"]
    assert main(["export", "--adapter", str(adapter), "--out", str(adapter.parent)]) == 2  # would delete the adapter
    assert "holds the adapter" in capsys.readouterr().err
    # --overwrite replaces only an earlier export's folder, never one holding anything else
    assert main(["export", "--adapter", str(adapter), "--out", str(out), "--overwrite"]) == 2
    assert "was not written by medllm" in capsys.readouterr().err and _files(out) == ["keep.txt"]
    from medllm.data.outdir import write_dir_atomic

    # an earlier export's folder (as the export writes it, marker included) is replaced
    mine = write_dir_atomic(tmp_path / "mine", lambda d: (d / "config.json").write_text("{}"), kind="export")
    assert main(["export", "--adapter", str(adapter), "--out", str(mine), "--overwrite", "--check-note", NOTES[1]]) == 0
    assert json.loads((mine / "config.json").read_text()) != {} and "medllm_output.json" in _files(mine)
    assert (mine.stat().st_mode & 0o077) == (0o777 & ~_umask() & 0o077), "the folder follows the umask, not 0700"


def _umask() -> int:
    import os

    old = os.umask(0)
    os.umask(old)
    return old


def test_export_overwrite_in_a_checkout_never_replaces_it(adapter, tmp_path, capsys, monkeypatch):
    """`export --out . --overwrite` in a clone once replaced the whole checkout, .git included."""
    clone = tmp_path / "clone"
    (clone / ".git").mkdir(parents=True)
    (clone / "README.md").write_text("x")
    monkeypatch.chdir(clone)
    assert main(["export", "--adapter", str(adapter), "--out", ".", "--overwrite"]) == 2
    err = capsys.readouterr().err
    assert "is the current folder; medllm never writes its output there" in err and err.count("\n") == 1
    assert _files(clone) == [".git", "README.md"] and _files(tmp_path) == ["clone"]


def test_export_fails_when_the_merge_loses_the_adapter(adapter, tmp_path, capsys, monkeypatch):
    from peft.tuners.tuners_utils import BaseTuner

    # a merge that drops the adapter instead of adding it to the weights
    monkeypatch.setattr(BaseTuner, "merge_and_unload", lambda self, *a, **k: self.unload())
    out = tmp_path / "bad"
    assert main(["export", "--adapter", str(adapter), "--out", str(out), "--check-note", NOTES[2]]) == 2
    err = capsys.readouterr().err
    assert "the merged model does not reproduce the adapter" in err and err.count("\n") == 1
    # caught by the fp32 merge check, so it fails at any --dtype
    assert main(["export", "--adapter", str(adapter), "--out", str(out), "--dtype", "bf16", "--check-note", NOTES[2]]) == 2
    assert not out.exists() and list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("damage", ["truncated weights", "medllm_adapter.json", "adapter_config.json"])
def test_a_damaged_adapter_is_one_line_naming_the_file_in_summarize_dpo_and_eval(adapter, tmp_path, capsys, damage,
                                                                                   tiny_data):
    """A truncated safetensors or a broken JSON file in the adapter folder was a traceback."""
    from medllm.errors import ConfigError
    from medllm.stages import dpo, eval as eval_stage

    bad = tmp_path / "adapter"
    shutil.copytree(adapter, bad)
    name = {"truncated weights": "adapter_model.safetensors"}.get(damage, damage)
    f = bad / name
    f.write_bytes(f.read_bytes()[: len(f.read_bytes()) // 2] if name.endswith(".safetensors") else b'{"model": ')
    assert summarize(bad, "--note", NOTES[0]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and name in err and "damaged" in err, err
    data = {"path": str(tiny_data), "train_split": "train", "validation_split": "validation", "test_split": "test"}
    model = {"name": "tiny_random", "lora_r": 8, "lora_alpha": 16}
    with pytest.raises(ConfigError, match=name):
        dpo.check({"data": data, "model": model, "stage": {"sft_adapter": str(bad), "eval_strategy": "no"}})
    with pytest.raises(ConfigError, match=name):
        eval_stage.check({"data": data, "model": model, "stage": {"models": ["base", "dpo"], "dpo_adapter": str(bad),
                                                                   "max_new_tokens": 8, "split": "test"}})
