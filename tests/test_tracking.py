"""W&B: offline, config flat (dashboard columns), group and job type set, metrics in the summary."""

from medllm.config import flatten


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
