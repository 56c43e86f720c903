"""W&B: offline, config flat (dashboard columns), group and job type set, metrics in the summary,
artifacts (logged and used) in the offline run's transaction log."""

import json
import struct
from pathlib import Path

from medllm.config import flatten

_BLOCK, _HEAD = 32768, 7  # W&B's .wandb file: a LevelDB-style log of protobuf Records in 32 KiB blocks


def wandb_records(path: Path) -> list:
    """Every Record in an offline run's run-*.wandb file (wandb.proto.wandb_internal_pb2)."""
    from wandb.proto import wandb_internal_pb2 as pb

    b = Path(path).read_bytes()
    assert b[:4] == b":W&B" and struct.unpack("<H", b[4:6])[0] == 0xBEE1, f"{path} is not a W&B transaction log"
    out, pos, buf = [], _HEAD, b""
    while pos + _HEAD <= len(b):
        left = _BLOCK - pos % _BLOCK
        if left < _HEAD:  # block trailer padding
            pos += left
            continue
        _crc, n, kind = struct.unpack("<IHB", b[pos:pos + _HEAD])
        if pos + _HEAD + n > len(b):  # a record still being written
            break
        data, pos = b[pos + _HEAD:pos + _HEAD + n], pos + _HEAD + n
        if kind in (1, 2):  # full / first
            buf = data
        elif kind in (3, 4):  # middle / last
            buf += data
        else:
            continue
        if kind in (1, 4):
            rec = pb.Record()
            rec.ParseFromString(buf)
            out.append(rec)
    return out


def offline_artifacts(stage_dir: Path) -> list[dict]:
    """The artifact records of the one offline W&B run in stage_dir/wandb: name, type, role
    (used = use_after_commit, as use_artifact writes for a draft), digest, file names, metadata."""
    import time

    files = list((Path(stage_dir) / "wandb").glob("offline-run-*/run-*.wandb"))
    assert len(files) == 1, files
    # wandb's service writes the log after run.finish() returns: wait for the run's exit record
    deadline = time.monotonic() + 30
    while True:
        records = wandb_records(files[0])
        if any(r.WhichOneof("record_type") == "exit" for r in records) or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    arts = []
    for rec in records:
        if rec.WhichOneof("record_type") == "artifact":
            a = rec.artifact
            arts.append({"name": a.name, "type": a.type, "role": "used" if a.use_after_commit else "logged",
                         "digest": a.digest, "files": sorted(e.path for e in a.manifest.contents),
                         "refs": [e.ref for e in a.manifest.contents if e.ref],
                         "metadata": json.loads(a.metadata) if a.metadata else {}})
    return arts


def test_flatten_makes_dashboard_columns():
    assert flatten({"stage": {"lr": 1e-4, "dpo": {"beta": 0.1}}, "model": {"lora_r": 8}}) == {
        "stage.lr": 1e-4, "stage.dpo.beta": 0.1, "model.lora_r": 8}


def test_offline_run_has_flat_config_group_and_summary(tmp_path, monkeypatch):
    from medllm import tracking

    monkeypatch.delenv("WANDB_DISABLED", raising=False)
    cfg = {"seed": 1, "objective": "eval_loss", "run_name": "t", "paths": {"cache_dir": "/x"},
           "model": {"name": "tiny_random", "lora_r": 8}, "stage": {"name": "dpo", "beta": 0.3, "lr": 1e-5},
           "logger": {"name": "wandb", "mode": "offline", "project": "medllm", "entity": None, "group": "g1",
                      "job_type": None, "tags": ["test"]}}
    run = tracking.start(cfg, tmp_path, "dpo")
    try:
        assert run.config["stage.beta"] == 0.3 and run.config["model.lora_r"] == 8
        assert "paths.cache_dir" not in run.config
        assert run.group == "g1" and run.job_type == "dpo" and run.name.startswith("t")
        assert run.settings.mode == "offline"
    finally:
        seen, real_finish = {}, run.finish

        def finish(**kw):
            seen.update({k: run.summary[k] for k in run.summary.keys()})
            return real_finish(**kw)

        run.finish = finish
        tracking.finish(run, {"val_pref_acc_after": 0.75, "curve": [1, 2]})
    assert seen["val_pref_acc_after"] == 0.75
    assert list((tmp_path / "wandb").glob("offline-run-*/run-*.wandb"))


def test_logger_none_starts_nothing(tmp_path):
    from medllm import tracking

    assert tracking.start({"logger": {"name": "none", "mode": "disabled"}}, tmp_path, "sft") is None


def test_offline_run_records_logged_and_used_artifacts(tmp_path, monkeypatch):
    """use_artifact in an offline run (where wandb's own refuses) leaves the same artifact record,
    marked use_after_commit, that wandb.Run.use_artifact writes for a draft; same folder, same digest."""
    from medllm import tracking

    monkeypatch.delenv("WANDB_DISABLED", raising=False)
    monkeypatch.setenv("WANDB_DATA_DIR", str(tmp_path / "wandb_data"))
    folder = tmp_path / "thing"
    (folder / "sft").mkdir(parents=True)
    (folder / "sft" / "train.csv").write_text("id,summary\n1,x\n")
    (folder / "README.md").write_text("card")
    cfg = {"seed": 1, "run_name": "t", "model": {"name": "m"}, "stage": {"name": "sft"},
           "logger": {"name": "wandb", "mode": "offline", "project": "medllm", "entity": None, "group": "g",
                      "job_type": None, "tags": []}}
    run = tracking.start(cfg, tmp_path / "run", "sft")
    logged = tracking.log_artifact(run, folder, "my data", "dataset", {"k": 1}, files=[folder / "sft" / "train.csv"])
    used = tracking.use_artifact(run, folder, "my data", "dataset", reference=True, files=[folder / "sft" / "train.csv"])
    tracking.finish(run, {"x": 1})
    arts = offline_artifacts(tmp_path / "run")
    assert [(a["name"], a["type"], a["role"]) for a in arts] == [("my-data", "dataset", "logged"), ("my-data", "dataset", "used")]
    assert arts[0]["files"] == arts[1]["files"] == ["sft/train.csv"] and arts[0]["metadata"] == {"k": 1}
    assert arts[0]["digest"] == logged.digest == used.digest == arts[1]["digest"]  # a reference has the file's checksum
    assert arts[1]["refs"] == [(folder / "sft" / "train.csv").resolve().as_uri()] and not arts[0]["refs"]
    info = json.loads((tmp_path / "run" / "wandb_run.json").read_text())
    assert [(a["role"], a["name"]) for a in info["artifacts"]] == [("logged", "my-data"), ("used", "my-data")]


def test_no_run_no_artifact(tmp_path):
    from medllm import tracking

    assert tracking.log_artifact(None, tmp_path, "x", "model") is None
    assert tracking.use_artifact(None, tmp_path, "x", "model") is None
    assert tracking.use_data(None, {"path": str(tmp_path)}) is None and tracking.log_adapter(None, tmp_path) is None
