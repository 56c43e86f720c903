"""Every option of every group composes and validates; each bad input is one line, exit 2."""

import sys
from pathlib import Path

import pytest
import torch
from hydra import compose, initialize_config_dir

from medllm.config import validate
from tests.conftest import ROOT, run_train

CONF = ROOT / "conf"
GROUPS = ["model", "hardware", "stage", "data", "logger", "experiment"]


def options(group: str) -> list[str]:
    return sorted(p.stem for p in (CONF / group).glob("*.yaml"))


@pytest.mark.parametrize("group,option", [(g, o) for g in GROUPS for o in options(g)])
def test_every_option_composes_and_validates(group, option):
    with initialize_config_dir(config_dir=str(CONF), version_base="1.3"):
        cfg = compose(config_name="config", overrides=[f"{group}={option}"])
    data = validate(cfg)
    if group != "experiment":
        assert data[group]["name"] == option


def test_defaults_are_the_embedded_model_on_cpu():
    with initialize_config_dir(config_dir=str(CONF), version_base="1.3"):
        cfg = compose(config_name="config")
    data = validate(cfg)
    assert (data["model"]["name"], data["hardware"]["name"], data["stage"]["name"], data["data"]["name"]) == (
        "smollm2_135m", "cpu", "sft", "phase1")
    assert data["logger"]["mode"] == "offline"
    assert data["model"]["trust_remote_code"] is False


def test_lora_rank_override_reaches_the_config():
    with initialize_config_dir(config_dir=str(CONF), version_base="1.3"):
        cfg = compose(config_name="config", overrides=["model.lora_r=8", "stage.lr=1e-4"])
    data = validate(cfg)
    assert data["model"]["lora_r"] == 8 and data["stage"]["lr"] == 1e-4


def test_cfg_job_shows_the_groups():
    r = run_train("--cfg", "job")
    assert r.returncode == 0, r.stderr
    for group in ("model:", "hardware:", "stage:", "data:"):
        assert group in r.stdout


# on a GPU machine these are valid choices (they would train), not errors
NEEDS_NO_GPU = pytest.mark.skipif(torch.cuda.is_available(), reason="checks the error on a machine without a CUDA GPU")

BAD = [
    (["stage.lrr=1"], "unknown config key 'stage.lrr'"),
    (["model=nosuch"], "no option 'nosuch' in config group 'model'"),
    (["stage.lr=abc"], "'stage.lr'"),
    (["model.lora_r=eight"], "'model.lora_r'"),
    pytest.param(["hardware=cuda_qlora"], "hardware=cuda_qlora needs a CUDA GPU", marks=NEEDS_NO_GPU),
    pytest.param(["hardware=cuda"], "hardware=cuda needs a CUDA GPU", marks=NEEDS_NO_GPU),
    (["data.path=/no/such/dir"], "data.path=/no/such/dir"),
    (["data.train_split=nosplit"], "nosplit.csv: missing data file"),
    (["objective=nosuch"], "objective=nosuch is not a metric"),
    (["hardware.precision=fp8"], "'hardware.precision' is 'fp8'"),
    (["model=phi2"], "microsoft/phi-2 is not in the local Hugging Face cache"),
    (["stage=dpo"], "stage=dpo needs stage.sft_adapter"),
    (["stage=dpo", "stage.sft_adapter=/no/such"], "stage.sft_adapter=/no/such: no adapter_model.safetensors"),
    (["stage=dpo", "stage.loss_type=nope"], "'stage.loss_type' is 'nope'"),
    (["stage=pipeline", "stage.dpo.betaa=1"], "unknown config key 'stage.dpo.betaa'"),
    (["stage=prepare"], "stage=prepare needs data.raw_path"),
    (["stage=prepare", "data.raw_path=/no/such.csv", "data.output_dir={tmp}/out"], "data.raw_path=/no/such.csv: no such file"),
    (["stage=prepare", "data.raw_path=phase1_data/raw", "data.output_dir={tmp}/out", "stage.kinds=[dosage,nope]"], "stage.kinds"),
    (["stage=pipeline", "stage.pairs=online"], "'stage.pairs' is 'online'"),
    (["stage=pipeline", "stage.ref_model=base"], "'stage.ref_model' is 'base'"),
    (["stage=pipeline", "stage.pairs=on_policy", "stage.onpolicy.top_p=1.5"], "stage.top_p must be in (0, 1]"),
    (["stage=onpolicy", "stage.adapter=/no/such"], "stage.adapter=/no/such"),
    (["stage=dpo", "stage.sft_adapter=/no/such", "stage.pairs_dir=/no/pairs"], "stage.pairs_dir=/no/pairs: no train.jsonl"),
    (["decoding.repetition_penalty=0"], "decoding.repetition_penalty must be > 0"),
    (["decoding.no_repeat_ngram=3"], "unknown config key 'decoding.no_repeat_ngram'"),
]


@pytest.mark.parametrize("overrides,needle", BAD, ids=[(b.values if hasattr(b, "values") else b)[0][0] for b in BAD])
def test_bad_input_is_one_line_and_exit_2(overrides, needle, tmp_path):
    run_dir = tmp_path / "run"
    # a fresh folder per case: a fixed path such as /tmp/x may be anything on the machine (even a git clone)
    overrides = [o.replace("{tmp}", str(tmp_path)) for o in overrides]
    r = run_train(*overrides, "logger=none", f"hydra.run.dir={run_dir}")
    assert r.returncode == 2, (r.stdout, r.stderr)
    lines = [line for line in r.stderr.strip().splitlines() if line.strip()]
    assert len(lines) == 1, r.stderr
    assert lines[0].startswith("medllm: error:") and needle in lines[0], lines[0]
    assert "Traceback" not in r.stderr + r.stdout
    # failed before any model loaded: nothing but Hydra's own bookkeeping in the run dir
    assert not (run_dir / "adapter").exists() and not (run_dir / "metrics.json").exists()


def test_unknown_key_inside_an_experiment_yaml_is_caught(tmp_path):
    exp = CONF / "experiment" / "_test_typo.yaml"
    exp.write_text("# @package _global_\nstage:\n  lrr: 0.1\n")
    try:
        r = run_train("experiment=_test_typo", "logger=none", f"hydra.run.dir={tmp_path}")
    finally:
        exp.unlink()
    assert r.returncode == 2
    assert "stage.lrr" in r.stderr and len(r.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("body,needle", [
    ("stage:\n  lr: fast\n", "conf/experiment/_test_types.yaml: config key 'stage.lr': Value 'fast'"),
    ("model:\n  lora_r: eight\n", "conf/experiment/_test_types.yaml: config key 'model.lora_r'"),
    ("hardware:\n  group_by_length: maybe\n", "config key 'hardware.group_by_length'"),
])
def test_a_type_error_in_an_experiment_file_fails_while_hydra_composes(body, needle, tmp_path):
    """The groups' schemas sit in Hydra's ConfigStore (medllm.config.register_configs): the error
    comes from composition itself, before validate() and before any launcher would queue a job."""
    from hydra.errors import ConfigCompositionException

    exp = CONF / "experiment" / "_test_types.yaml"
    exp.write_text("# @package _global_\n" + body)
    try:
        with initialize_config_dir(config_dir=str(CONF), version_base="1.3"):
            with pytest.raises(ConfigCompositionException):
                compose(config_name="config", overrides=["experiment=_test_types"])
        r = run_train("experiment=_test_types", "--cfg", "job")
    finally:
        exp.unlink()
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1, r.stderr
    assert r.stderr.startswith("medllm: error:") and needle in r.stderr, r.stderr


def test_every_group_option_names_its_schema_first():
    """A yaml without its schema would compose untyped: each option of each group lists it."""
    for group in ("model", "hardware", "stage", "data", "logger"):
        for f in sorted((CONF / group).glob("*.yaml")):
            import yaml

            first = (yaml.safe_load(f.read_text()).get("defaults") or [None])[0]
            want = "_schema" if group != "stage" else f"_schema_{f.stem}"
            assert first == want, f"{f}: first default is {first!r}, want {want!r}"


def test_cfg_job_prints_typed_values():
    r = run_train("stage.lr=1e-4", "model.lora_r=8", "--cfg", "job")
    assert r.returncode == 0, r.stderr
    data = yaml_load(r.stdout)
    assert data["stage"]["lr"] == 1e-4 and data["model"]["lora_r"] == 8 and data["stage"]["epochs"] == 1.0


def yaml_load(text: str) -> dict:
    import yaml

    return yaml.safe_load(text)


LATE = [
    (["stage.lr_scheduler=foo"], "'stage.lr_scheduler' is 'foo'"),
    (["stage.logging_steps=0"], "stage.logging_steps must be at least 1"),
    (["model.lora_dropout=2"], "model.lora_dropout is a probability in [0, 1)"),
    (["stage.epochs=0"], "stage.epochs=0 trains nothing"),
    (["stage=dpo", "stage.save_steps=0"], "stage.save_steps must be at least 1"),
    (["stage=pipeline", "stage.dpo.lr_scheduler=nope"], "'stage.dpo.lr_scheduler' is 'nope'"),
]


@pytest.mark.parametrize("overrides,needle", LATE, ids=[" ".join(x[0]) for x in LATE])
def test_values_the_trainer_rejects_late_are_config_errors_at_setup(overrides, needle):
    """These used to fail with a traceback after the model loaded (or, epochs=0, to save an
    untrained adapter); validate() runs before anything loads."""
    from medllm.errors import ConfigError

    with initialize_config_dir(config_dir=str(CONF), version_base="1.3"):
        cfg = compose(config_name="config", overrides=["model=tiny_random", *overrides])
    with pytest.raises(ConfigError) as ex:
        validate(cfg)
    assert needle in str(ex.value) and "\n" not in str(ex.value), str(ex.value)


def test_epochs_may_be_zero_when_max_steps_decides():
    with initialize_config_dir(config_dir=str(CONF), version_base="1.3"):
        cfg = compose(config_name="config", overrides=["stage.epochs=0", "stage.max_steps=3"])
    assert validate(cfg)["stage"]["max_steps"] == 3


def test_the_cli_tools_read_conf_the_way_train_py_composes_it():
    """summarize / export / build-corpus compose conf/ with Hydra (schemas, defaults lists,
    interpolations) instead of reading yaml files on their own."""
    from medllm.cli.infer import default_decoding, load_hardware
    from medllm.config import compose_group

    with initialize_config_dir(config_dir=str(CONF), version_base="1.3"):
        cfg = compose(config_name="config", overrides=["hardware=cuda_qlora", "stage=prepare"])
    from omegaconf import OmegaConf

    assert load_hardware("cuda_qlora") == OmegaConf.to_container(cfg.hardware, resolve=True)
    assert default_decoding() == OmegaConf.to_container(cfg.decoding, resolve=True)
    assert compose_group("stage", ["stage=prepare"]) == OmegaConf.to_container(cfg.stage, resolve=True)


def test_quantization_without_bitsandbytes_names_the_gpu_extra(monkeypatch):
    from medllm.errors import HardwareError
    from medllm.training.hardware import check_available

    monkeypatch.setitem(sys.modules, "bitsandbytes", None)  # import bitsandbytes -> ImportError
    hw = {"name": "cpu", "device": "cpu", "quantization": "4bit", "precision": "fp32"}
    with pytest.raises(HardwareError, match=r"needs bitsandbytes.*pip install 'medllm\[gpu\]'") as ex:
        check_available(hw)
    assert "\n" not in str(ex.value)


@pytest.mark.parametrize("launcher", ["local", "slurm"])
def test_launcher_without_submitit_names_the_slurm_extra(launcher):
    """What Hydra raises for hydra/launcher=local|slurm when hydra-submitit-launcher is missing."""
    from hydra.errors import MissingConfigException

    from medllm.cli.errors import one_line

    plugin = {"local": "submitit_local", "slurm": "submitit_slurm"}[launcher]
    ex = MissingConfigException(f"In 'hydra/launcher/{launcher}': Could not load 'hydra/launcher/{plugin}'.\n\n"
                                "Config search path:\n\tprovider=hydra, path=pkg://hydra.conf")
    assert one_line(ex) == (f"hydra/launcher={launcher} needs the submitit launcher (hydra-submitit-launcher), "
                            "from medllm's slurm extra: pip install 'medllm[slurm]'")
