"""Sweeps and scale on the tiny model: basic multirun + compare, optuna, submitit_local, DDP, kill and resume."""

import importlib.util
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT, run_train

TINY = ["model=tiny_random", "stage.sample_max_new_tokens=0"]
# hydra/launcher=local|slurm need hydra-submitit-launcher: medllm's slurm extra (part of dev)
needs_submitit = pytest.mark.skipif(importlib.util.find_spec("hydra_plugins.hydra_submitit_launcher") is None,
                                    reason="hydra-submitit-launcher is not installed (pip install 'medllm[slurm]')")


def job_dirs(sweep: Path) -> list[Path]:
    return sorted(p for p in sweep.iterdir() if p.is_dir() and p.name[0].isdigit())


@pytest.fixture(scope="module")
def beta_sweep(tiny_data, tmp_path_factory):
    """python train.py -m stage=pipeline stage.beta=0.1,0.3 (W&B offline)."""
    tmp = tmp_path_factory.mktemp("sweep")
    r = run_train(
        "-m", *TINY, "stage=pipeline", "stage.evaluate=false", "stage.beta=0.1,0.3", f"data.path={tiny_data}", "stage.max_steps=2",
        "stage.logging_steps=1", "stage.eval_strategy=no", f"paths.cache_dir={tmp / 'cache'}", f"hydra.sweep.dir={tmp / 'sweep'}",
        env={"WANDB_MODE": "offline"}, timeout=600,
    )
    assert r.returncode == 0, r.stderr[-3000:]
    return tmp / "sweep"


def test_multirun_one_folder_per_job_one_wandb_group_shared_work_once(beta_sweep):
    jobs = job_dirs(beta_sweep)
    assert len(jobs) == 2 and jobs[0].name.startswith("0_") and jobs[1].name.startswith("1_")
    assert "stage.beta=0.1" in jobs[0].name and "stage.beta=0.3" in jobs[1].name and "data.path" not in jobs[0].name
    runs = [json.loads((j / "dpo" / "wandb_run.json").read_text()) for j in jobs]
    assert runs[0]["group"] == runs[1]["group"] and runs[0]["group"].startswith("sweep-")
    assert "stage.beta=0.1" in runs[0]["name"] and "stage.beta=0.3" in runs[1]["name"]
    assert runs[0]["job_type"] == "dpo"
    first, second = (json.loads((j / "metrics.json").read_text()) for j in jobs)
    # the SFT adapter is trained by the first job only; the second reuses it and every
    # reference log-prob the first job cached
    assert not first["sft_reused"] and second["sft_reused"] and not (jobs[1] / "sft").exists()
    cache = json.loads((jobs[1] / "dpo" / "metrics.json").read_text())["ref_cache"]
    assert cache["train"]["computed"] == 0 and cache["train"]["cached"] > 0


def test_compare_prints_and_writes_the_table(beta_sweep, tmp_path):
    r = subprocess.run([sys.executable, "-m", "medllm", "compare", str(beta_sweep), "--out", str(tmp_path)],
                       cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr[-2000:]
    assert "stage.beta" in r.stdout and "val_pref_acc_after" in r.stdout
    import csv

    rows = list(csv.DictReader((tmp_path / "compare.csv").open()))
    assert sorted(row["stage.beta"] for row in rows) == ["0.1", "0.3"]
    accs = [float(row["val_pref_acc_after"]) for row in rows]
    assert accs == sorted(accs, reverse=True), "sorted by the objective, best first"
    assert (tmp_path / "compare.md").is_file() and (tmp_path / "compare_stage_beta.png").stat().st_size > 1000


def test_compare_on_a_folder_without_runs_is_a_one_line_error(tmp_path):
    r = subprocess.run([sys.executable, "-m", "medllm", "compare", str(tmp_path)], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 2 and "no finished runs" in r.stderr and len(r.stderr.strip().splitlines()) == 1


@pytest.mark.slow  # several processes: CI runs it (.ci/run), `make test` does not
def test_optuna_search_two_trials(tiny_data, tmp_path):
    r = run_train(
        # one LoRA rank, so the second trial reuses the first one's SFT (the search space keeps the key)
        "hparams_search=optuna", "hydra.sweeper.n_trials=2", "model.lora_r=choice(8)", *TINY, "logger=none", f"data.path={tiny_data}",
        "stage.max_steps=1", "stage.eval_strategy=no", "stage.evaluate=false", f"paths.cache_dir={tmp_path / 'cache'}",
        f"hydra.sweep.dir={tmp_path / 'sweep'}", timeout=600,
    )
    assert r.returncode == 0, r.stderr[-3000:]
    assert len(job_dirs(tmp_path / "sweep")) == 2
    best = yaml.safe_load((tmp_path / "sweep" / "optimization_results.yaml").read_text())
    assert set(best["best_params"]) == {"stage.dpo.lr", "stage.beta", "model.lora_r"}
    values = [json.loads((j / "metrics.json").read_text())["val_pref_acc_after"] for j in job_dirs(tmp_path / "sweep")]
    assert best["best_value"] == max(values)


@pytest.mark.slow  # several processes: CI runs it (.ci/run), `make test` does not
@needs_submitit
def test_submitit_local_launcher(tiny_data, tmp_path):
    r = run_train(
        "-m", "hydra/launcher=local", *TINY, "logger=none", f"data.path={tiny_data}", "stage.max_steps=1",
        "stage.lr=1e-4", f"hydra.sweep.dir={tmp_path / 'sweep'}", f"paths.cache_dir={tmp_path / 'cache'}", timeout=600,
    )
    assert r.returncode == 0, r.stderr[-3000:]
    jobs = job_dirs(tmp_path / "sweep")
    assert len(jobs) == 1 and (jobs[0] / "adapter" / "adapter_model.safetensors").is_file()
    assert (tmp_path / "sweep" / ".submitit").is_dir(), "ran through submitit, not the basic launcher"


@needs_submitit
def test_slurm_launcher_composes_with_project_defaults():
    from hydra import compose, initialize_config_dir

    with initialize_config_dir(config_dir=str(ROOT / "conf"), version_base="1.3"):
        cfg = compose("config", overrides=["hydra/launcher=slurm", "hydra.launcher.partition=gpu"], return_hydra_config=True)
    launcher = cfg.hydra.launcher
    assert launcher._target_.endswith("SlurmLauncher")
    assert launcher.partition == "gpu" and launcher.gpus_per_node == 1 and launcher.timeout_min == 240


def torchrun(nproc: int, *overrides: str, timeout: int = 600, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    env = dict(os.environ, WANDB_SILENT="true", OMP_NUM_THREADS="1")
    return subprocess.run(
        [sys.executable, "-m", "torch.distributed.run", "--standalone", f"--nproc_per_node={nproc}",
         str(ROOT / "train.py"), *overrides],
        cwd=cwd, capture_output=True, text=True, timeout=timeout, env=env,
    )


@pytest.mark.slow  # several processes: CI runs it (.ci/run), `make test` does not
def test_ddp_two_processes_match_one_with_the_same_global_batch(tiny_data, tmp_path):
    common = [*TINY, "logger=none", f"data.path={tiny_data}", "stage.max_steps=3", "stage.logging_steps=1",
              "stage.eval_strategy=no", "stage.lr=1e-3", "stage.grad_accum=1", f"paths.cache_dir={tmp_path / 'cache'}"]
    one = run_train(*common, "stage.batch_size=4", f"hydra.run.dir={tmp_path / 'one'}")
    assert one.returncode == 0, one.stderr[-3000:]
    # no hydra.run.dir: both ranks must pick the same default (time-stamped) run folder
    (tmp_path / "two").mkdir()
    two = torchrun(2, *common, "stage.batch_size=2", cwd=tmp_path / "two")
    assert two.returncode == 0, two.stderr[-3000:]
    run_dirs = list((tmp_path / "two" / "outputs" / "runs").glob("*/*"))
    assert len(run_dirs) == 1, run_dirs
    m1 = json.loads((tmp_path / "one" / "metrics.json").read_text())
    m2 = json.loads((run_dirs[0] / "metrics.json").read_text())
    assert m1["world_size"] == 1 and m2["world_size"] == 2
    assert m2["global_step"] == m1["global_step"] == 3
    for (s1, l1), (s2, l2) in zip(m1["train_loss_curve"], m2["train_loss_curve"]):
        assert s1 == s2 and l2 == pytest.approx(l1, rel=2e-2), (m1["train_loss_curve"], m2["train_loss_curve"])
    # rank 0 alone wrote the outputs, into one folder
    assert (run_dirs[0] / "adapter" / "adapter_model.safetensors").is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cache", "one", "two"]


def test_torchrun_ranks_share_one_stamp_per_run_id(tmp_path, monkeypatch):
    """The default run folder's time stamp: one per torchrun run id (a rank starting seconds later,
    or a restarted worker, gets the same), a new one per job, and `now` outside torchrun."""
    import tempfile

    from medllm.training import dist

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    clock = [1_700_000_000.0]
    monkeypatch.setattr(dist.time, "time", lambda: clock[0])
    monkeypatch.setenv("WORLD_SIZE", "2")
    monkeypatch.setenv("TORCHELASTIC_RUN_ID", "3f6c-job-a")
    fmt = "%Y-%m-%d/%H-%M-%S"
    first = dist.run_stamp(fmt)
    clock[0] += 5
    assert dist.run_stamp(fmt) == first, "a later rank of the same job"
    monkeypatch.setenv("TORCHELASTIC_RUN_ID", "8d1e-job-b")
    assert dist.run_stamp(fmt) != first, "another job"
    # the static rendezvous' unnamed id: shared by the ranks that start together, not by a later job
    monkeypatch.setenv("TORCHELASTIC_RUN_ID", "none")
    unnamed = dist.run_stamp(fmt)
    clock[0] += 2
    assert dist.run_stamp(fmt) == unnamed
    clock[0] += dist.UNNAMED_RUN_WINDOW_S + 1
    assert dist.run_stamp(fmt) != unnamed
    monkeypatch.delenv("TORCHELASTIC_RUN_ID")
    assert dist.run_stamp(fmt) == time.strftime(fmt, time.localtime(clock[0]))
    monkeypatch.setenv("WORLD_SIZE", "1")
    monkeypatch.setenv("TORCHELASTIC_RUN_ID", "3f6c-job-a")
    assert dist.run_stamp(fmt) == time.strftime(fmt, time.localtime(clock[0])), "one process: now"


def test_killed_run_resumes_from_its_last_complete_checkpoint(tiny_data, tmp_path):
    """SIGKILL a real training process after its first complete checkpoint, rerun the same command."""
    from medllm.training.checkpoints import MARKER

    run_dir = tmp_path / "run"
    args = [sys.executable, str(ROOT / "train.py"), *TINY, "logger=none", f"data.path={tiny_data}", "stage.max_steps=20",
            "stage.save_steps=5", "stage.batch_size=1", "stage.eval_strategy=no", "stage.logging_steps=50",
            f"paths.cache_dir={tmp_path / 'cache'}", f"hydra.run.dir={run_dir}"]
    proc = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    ckpts = run_dir / "checkpoints"
    deadline = time.time() + 300
    while time.time() < deadline and proc.poll() is None:
        if ckpts.is_dir() and any((p / MARKER).is_file() for p in ckpts.iterdir()):
            break
        time.sleep(0.05)
    assert proc.poll() is None, "the run ended before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert not (run_dir / "metrics.json").exists()
    # a half-written newer checkpoint (as a kill during saving leaves it) must be ignored
    done = sorted(int(p.name.split("-")[1]) for p in ckpts.iterdir() if (p / MARKER).is_file())
    partial = ckpts / f"checkpoint-{done[-1] + 5}"
    if not partial.exists():
        shutil.copytree(ckpts / f"checkpoint-{done[-1]}", partial)
        (partial / MARKER).unlink()
        (partial / "optimizer.pt").write_bytes(b"truncated")
    r = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr[-3000:]
    m = json.loads((run_dir / "metrics.json").read_text())
    assert m["global_step"] == 20
    assert Path(m["resumed_from"]).name == f"checkpoint-{done[-1]}", "the newest complete checkpoint, not the partial one"
    assert (run_dir / "adapter" / "adapter_model.safetensors").is_file()
