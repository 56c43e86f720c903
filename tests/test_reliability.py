"""What the README's reliability section promises: a rerun after a kill at any moment ends where
an uninterrupted run ends, a finished run is not trained again, a damaged checkpoint is skipped,
a reused run folder with other settings is refused, and a run makes no network connection."""

import os

from medllm.io import write_json


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
