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
