"""What the README's reliability section promises: a rerun after a kill at any moment ends where
an uninterrupted run ends, a finished run is not trained again, a damaged checkpoint is skipped,
a reused run folder with other settings is refused, and a run makes no network connection."""

import os

from medllm.files import write_json


def test_metrics_and_config_files_follow_the_umask_not_0600(tmp_path):
    old = os.umask(0o022)
    try:
        write_json(tmp_path / "metrics.json", {"a": 1})
    finally:
        os.umask(old)
    assert (tmp_path / "metrics.json").stat().st_mode & 0o777 == 0o644
    assert [p.name for p in tmp_path.iterdir()] == ["metrics.json"]


NETGUARD = '''
import os, socket, ipaddress

def _local(host):
    if isinstance(host, bytes):
        host = host.decode()
    if host in (None, "", "localhost"):
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False

def _refuse(what):
    with open(os.environ["MEDLLM_NETGUARD_LOG"], "a") as fh:
        fh.write(f"{os.getpid()} {what}\\n")
    raise OSError(f"network use refused by the test: {what}")

_connect, _connect_ex, _gai = socket.socket.connect, socket.socket.connect_ex, socket.getaddrinfo

def connect(self, address):
    if self.family in (socket.AF_INET, socket.AF_INET6) and not _local(address[0]):
        _refuse(f"connect {address}")
    return _connect(self, address)

def connect_ex(self, address):
    if self.family in (socket.AF_INET, socket.AF_INET6) and not _local(address[0]):
        _refuse(f"connect_ex {address}")
    return _connect_ex(self, address)

def getaddrinfo(host, *a, **k):
    if not _local(host):
        _refuse(f"getaddrinfo {host}")
    return _gai(host, *a, **k)

socket.socket.connect, socket.socket.connect_ex, socket.getaddrinfo = connect, connect_ex, getaddrinfo
'''


def test_a_run_with_the_default_config_makes_no_network_connection(tiny_data, tmp_path):
    """Every process of the run gets a sitecustomize that refuses (and records) any socket
    connection or name lookup beyond loopback. TRL's trainers ping the Hub unless it is switched
    off, so with HF_HUB_OFFLINE unset an SFT run used to look the Hub up."""
    import subprocess
    import sys

    from tests.conftest import ROOT

    guard = tmp_path / "guard"
    guard.mkdir()
    (guard / "sitecustomize.py").write_text(NETGUARD)
    log = tmp_path / "attempts.log"
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("HF_", "TRANSFORMERS_", "MEDLLM_HUB", "WANDB_")) and k != "CI"}
    env.update(PYTHONPATH=os.pathsep.join([str(guard), str(ROOT)]), MEDLLM_NETGUARD_LOG=str(log), WANDB_SILENT="true")
    probe = subprocess.run([sys.executable, "-c", "import socket; socket.create_connection(('example.org', 80), 1)"],
                           env=env, capture_output=True, text=True)
    assert probe.returncode != 0 and "example.org" in log.read_text(), "the guard must catch a connection"
    log.unlink()
    r = subprocess.run(
        [sys.executable, str(ROOT / "train.py"), "model=tiny_random", f"data.path={tiny_data}", "stage.max_steps=1",
         "stage.batch_size=2", "stage.eval_strategy=no", "stage.sample_max_new_tokens=4",
         f"hydra.run.dir={tmp_path / 'run'}"],  # logger: the default, W&B offline
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr[-3000:]
    assert (tmp_path / "run" / "wandb_run.json").is_file(), "the default logger ran"
    assert not log.exists(), log.read_text()


# --------------------------------------------------------------------------- resume

import json  # noqa: E402
import logging  # noqa: E402
import shutil  # noqa: E402

import pytest  # noqa: E402

# deterministic and fast; a constant learning rate, so one extra step would change the adapter
RUN = ["model=tiny_random", "logger=none", "hardware.precision=fp32", "stage.batch_size=1", "stage.max_steps=3",
       "stage.save_steps=2", "stage.logging_steps=1", "stage.lr_scheduler=constant", "stage.lr=1e-2",
       "stage.eval_strategy=epoch", "stage.max_eval_samples=1", "stage.sample_max_new_tokens=0"]
TOTALS = ("global_step", "train_loss", "train_tokens", "eval_loss", "eval_loss_per_epoch")


def train_here(run_dir, data, *overrides):
    """train.py's run, in this process (the same code after Hydra: runner.run)."""
    from hydra import compose, initialize_config_dir

    from medllm.runner import run
    from tests.conftest import ROOT

    with initialize_config_dir(config_dir=str(ROOT / "conf"), version_base="1.3"):
        cfg = compose(config_name="config", overrides=[*RUN, f"data.path={data}", *overrides])
    return run(cfg, run_dir)


def snapshot(run_dir):
    m = json.loads((run_dir / "metrics.json").read_text())
    return (run_dir / "adapter" / "adapter_model.safetensors").read_bytes(), {k: m[k] for k in TOTALS}, m


@pytest.fixture(scope="module")
def uninterrupted(tiny_data, tmp_path_factory):
    """A 3-step run with checkpoints at steps 2 and 3, never killed: what every rerun must match."""
    run_dir = tmp_path_factory.mktemp("whole") / "run"
    train_here(run_dir, tiny_data)
    return run_dir


def rerun_after(uninterrupted, tmp_path, tiny_data, damage, *overrides):
    run_dir = tmp_path / "run"
    shutil.copytree(uninterrupted, run_dir)
    damage(run_dir)
    train_here(run_dir, tiny_data, *overrides)
    return run_dir


def killed_in_final_save(run_dir):
    shutil.rmtree(run_dir / "adapter")
    (run_dir / "metrics.json").unlink()


def test_a_finished_run_started_again_does_nothing_and_says_so(uninterrupted, tiny_data, tmp_path, caplog):
    """It used to resume from checkpoint-3 and train step 4, changing the adapter and
    overwriting metrics.json with that one step's figures."""
    before = snapshot(uninterrupted)
    with caplog.at_level(logging.INFO):
        run_dir = rerun_after(uninterrupted, tmp_path, tiny_data, lambda d: None)
    assert snapshot(run_dir)[:2] == before[:2]
    assert sorted(p.name for p in (run_dir / "checkpoints").glob("checkpoint-*")) == ["checkpoint-2", "checkpoint-3"]
    assert any("already finished" in r.getMessage() for r in caplog.records)


def test_a_run_killed_in_its_final_save_finishes_without_training(uninterrupted, tiny_data, tmp_path):
    weights, totals, _ = snapshot(uninterrupted)
    run_dir = rerun_after(uninterrupted, tmp_path, tiny_data, killed_in_final_save)
    w, t, m = snapshot(run_dir)
    assert (w, t) == (weights, totals)
    assert m["steps_trained_after_resume"] == 0 and m["resumed_from"].endswith("checkpoint-3")


def test_a_run_killed_mid_training_ends_as_if_never_killed(uninterrupted, tiny_data, tmp_path):
    """Same adapter bytes and the same whole-run train_loss / tokens (they used to cover only the
    steps after the resume)."""
    weights, totals, whole = snapshot(uninterrupted)

    def killed_after_step_2(d):
        killed_in_final_save(d)
        shutil.rmtree(d / "checkpoints" / "checkpoint-3")

    w, t, m = snapshot(rerun_after(uninterrupted, tmp_path, tiny_data, killed_after_step_2))
    assert (w, t) == (weights, totals)
    assert m["steps_trained_after_resume"] == 1 and m["resumed_from"].endswith("checkpoint-2")
    assert m["train_runtime_s"] > 0 and m["train_tokens_per_second"] > 0


def truncate(f):
    f.write_bytes(f.read_bytes()[: f.stat().st_size // 2])


@pytest.mark.parametrize("name", ["adapter_model.safetensors", "optimizer.pt", "trainer_state.json"])
def test_a_truncated_file_makes_a_checkpoint_damaged(uninterrupted, tmp_path, caplog, name):
    from medllm.training.checkpoints import last_complete

    ckpts = tmp_path / "checkpoints"
    shutil.copytree(uninterrupted / "checkpoints", ckpts)
    truncate(ckpts / "checkpoint-3" / name)
    with caplog.at_level(logging.WARNING):
        assert last_complete(ckpts) == ckpts / "checkpoint-2"
    said = " ".join(r.getMessage() for r in caplog.records)
    assert f"checkpoint-3 is damaged ({name} has" in said and "resuming from checkpoint-2 instead" in said, said


def test_a_damaged_newest_checkpoint_is_skipped_for_the_previous_one(uninterrupted, tiny_data, tmp_path):
    """A truncated optimizer, weights or trainer_state file in the newest checkpoint was a
    traceback on every rerun; now the run resumes from the one before and ends the same."""
    weights, totals, _ = snapshot(uninterrupted)

    def truncated(d):
        killed_in_final_save(d)
        truncate(d / "checkpoints" / "checkpoint-3" / "optimizer.pt")

    w, t, m = snapshot(rerun_after(uninterrupted, tmp_path, tiny_data, truncated))
    assert m["resumed_from"].endswith("checkpoint-2") and (w, t) == (weights, totals)


def test_a_reused_run_dir_with_other_settings_is_refused_before_anything_changes(uninterrupted, tiny_data, tmp_path):
    """Another model.lora_r used to end in a size-mismatch traceback, after resolved_config.yaml
    had been overwritten."""
    from medllm.errors import ConfigError

    run_dir = tmp_path / "run"
    shutil.copytree(uninterrupted, run_dir)
    killed_in_final_save(run_dir)
    saved = (run_dir / "resolved_config.yaml").read_text()
    with pytest.raises(ConfigError) as ex:
        train_here(run_dir, tiny_data, "model.lora_r=4")
    msg = str(ex.value)
    assert "model.lora_r=8 there, 4 now" in msg and "resolved_config.yaml" in msg and "\n" not in msg, msg
    assert (run_dir / "resolved_config.yaml").read_text() == saved and not (run_dir / "adapter").exists()
    train_here(run_dir, tiny_data, "stage.logging_steps=2", "stage.resume=true")  # neutral keys may change
    assert (run_dir / "metrics.json").is_file()


def test_cache_lock_makes_a_second_holder_wait(tmp_path):
    """The lock that guards the model cache and the reference log-prob store (filelock, not a
    POSIX-only fcntl call): a second holder gets it only after the first lets go."""
    import threading
    import time

    from medllm.training.models import _file_lock

    lock, held, events = tmp_path / "sub" / ".x.lock", threading.Event(), []

    def first():
        with _file_lock(lock):
            held.set()
            time.sleep(0.3)
            events.append("first released")

    t = threading.Thread(target=first)
    t.start()
    assert held.wait(10)
    with _file_lock(lock):
        events.append("second acquired")
    t.join()
    assert events == ["first released", "second acquired"]
