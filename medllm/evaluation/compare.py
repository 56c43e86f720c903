"""Compare runs without W&B: `python -m medllm compare DIR... [--objective KEY] [--out DIR]`.

A DIR is a run folder (it holds `metrics.json` and `.hydra/overrides.yaml`) or any folder above
run folders (a multirun sweep, a date folder under outputs/). For every run found this builds
one row: the run's command-line overrides as columns, then its metrics; rows are sorted by the
objective (the runs' own `objective`, or --objective). Writes `compare.csv`, `compare.md` and one
PNG per (swept key, metric) into --out (default: the single DIR given, else ./compare).
"""

from __future__ import annotations

import csv
import io
import json
import math
from pathlib import Path

from medllm.errors import DataError, MedllmError

# Metrics shown by default after the objective (those a run has); --metrics overrides.
DEFAULT_METRICS = (
    "val_pref_acc_after", "val_pref_acc_before", "eval_rewards/accuracies", "eval_rewards/margins",
    "eval_loss", "dpo_eval_loss", "sft_eval_loss", "hallucination_rate", "train_loss",
    "train_tokens_per_second", "train_runtime_s",
)
# Objectives that are better when smaller; everything else is maximized.
MINIMIZE_HINTS = ("loss", "rate", "runtime", "perplexity")
IGNORED_OVERRIDES = ("hydra.", "paths.", "logger")


def direction_of(metric: str) -> str:
    return "minimize" if any(h in metric for h in MINIMIZE_HINTS) else "maximize"


def _overrides(run_dir: Path) -> dict[str, str]:
    f = run_dir / ".hydra" / "overrides.yaml"
    if not f.is_file():
        return {}
    import yaml

    items = yaml.safe_load(f.read_text()) or []
    out = {}
    for item in items:
        key, _, value = str(item).partition("=")
        key = key.lstrip("+~")
        if not key.startswith(IGNORED_OVERRIDES):
            out[key] = value
    return out


def _objective(run_dir: Path) -> str | None:
    f = run_dir / "resolved_config.yaml"
    if not f.is_file():
        return None
    import yaml

    return (yaml.safe_load(f.read_text()) or {}).get("objective")


def find_runs(dirs: list[Path]) -> list[Path]:
    """Top-level run folders under `dirs` (a pipeline's sft/ and dpo/ parts are not runs)."""
    runs: list[Path] = []
    for d in dirs:
        if not d.is_dir():
            raise DataError(f"compare: {d} is not a folder; pass run or sweep folders (e.g. outputs/multirun/DATE/TIME)")
        candidates = sorted(p.parent for p in d.rglob("metrics.json"))
        for c in candidates:
            if any(parent in candidates for parent in c.parents):
                continue  # a sub-stage of a pipeline run already listed
            if c not in runs:
                runs.append(c)
    if not runs:
        raise DataError(f"compare: no finished runs (metrics.json) under {', '.join(map(str, dirs))}; "
                        "a run writes metrics.json when it ends")
    return runs


def _number(value):
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def collect(dirs: list[Path], objective: str | None = None, metrics: list[str] | None = None) -> dict:
    runs = find_runs(dirs)
    rows = []
    for r in runs:
        try:
            m = json.loads((r / "metrics.json").read_text())
        except (OSError, json.JSONDecodeError) as ex:
            raise DataError(f"compare: {r / 'metrics.json'} is not readable JSON ({ex}); rerun that job or remove the folder") from None
        rows.append({"run": r, "overrides": _overrides(r), "metrics": m, "objective": _objective(r)})
    objectives = {row["objective"] for row in rows if row["objective"]}
    if objective is None:
        if len(objectives) > 1:
            raise DataError(f"compare: the runs optimize different objectives {sorted(objectives)}; pick one with --objective")
        objective = next(iter(objectives), None) or "eval_loss"
    direction = direction_of(objective)
    keys = sorted({k for row in rows for k in row["overrides"]})
    swept = [k for k in keys if len({row["overrides"].get(k) for row in rows}) > 1]
    fixed = {k: rows[0]["overrides"].get(k) for k in keys if k not in swept}
    if metrics is None:
        metrics = [k for k in DEFAULT_METRICS if k != objective and any(k in row["metrics"] for row in rows)]
    cols = [objective, *[k for k in metrics if k != objective]]
    missing = [c for c in cols if not any(c in row["metrics"] for row in rows)]
    if objective in missing:
        raise DataError(f"compare: no run has the metric '{objective}'; choose --objective from "
                        f"{sorted({k for row in rows for k in row['metrics'] if _number(row['metrics'][k]) is not None})[:20]}")
    sign = 1 if direction == "minimize" else -1

    def sort_key(row):
        v = _number(row["metrics"].get(objective))
        return (v is None or math.isnan(v), sign * v if v is not None and not math.isnan(v) else 0.0)

    rows.sort(key=sort_key)
    table = []
    for row in rows:
        rec = {"run": str(row["run"])}
        rec.update({k: row["overrides"].get(k, "") for k in (swept or keys)})
        for c in cols:
            rec[c] = row["metrics"].get(c, "")
        table.append(rec)
    return {"objective": objective, "direction": direction, "swept": swept, "fixed": fixed,
            "columns": ["run", *(swept or keys), *cols], "metrics": cols, "rows": table}


def _fmt(v) -> str:
    if isinstance(v, bool) or isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return f"{v:.4g}"
    return str(v)


def to_markdown(result: dict, rel_to: Path | None = None) -> str:
    cols = result["columns"]
    out = io.StringIO()
    out.write(f"Sorted by `{result['objective']}` ({result['direction']}). ")
    if result["fixed"]:
        out.write("Same in every run: " + ", ".join(f"`{k}={v}`" for k, v in result["fixed"].items()) + ".")
    out.write("\n\n| " + " | ".join(cols) + " |\n|" + "---|" * len(cols) + "\n")
    for rec in result["rows"]:
        cells = []
        for c in cols:
            v = rec[c]
            if c == "run" and rel_to is not None:
                try:
                    v = str(Path(v).relative_to(rel_to))
                except ValueError:
                    pass
            cells.append(_fmt(v))
        out.write("| " + " | ".join(cells) + " |\n")
    return out.getvalue()


def write_outputs(result: dict, out_dir: Path) -> list[Path]:
    from medllm.files import write_text_atomic

    out_dir.mkdir(parents=True, exist_ok=True)
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=result["columns"])
    w.writeheader()
    w.writerows(result["rows"])
    written = [out_dir / "compare.csv", out_dir / "compare.md"]
    write_text_atomic(written[0], buf.getvalue())
    write_text_atomic(written[1], to_markdown(result, rel_to=out_dir))
    written += plot(result, out_dir)
    return written


def plot(result: dict, out_dir: Path) -> list[Path]:
    """One PNG per swept key: each metric against the key's values (other keys as series)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    paths = []
    metrics = [m for m in result["metrics"] if any(_number(r.get(m)) is not None for r in result["rows"])]
    for key in result["swept"]:
        others = [k for k in result["swept"] if k != key]
        fig, axes = plt.subplots(1, len(metrics), figsize=(4 * len(metrics), 3.2), squeeze=False)
        numeric_x = all(_number(r[key]) is not None for r in result["rows"])
        for ax, metric in zip(axes[0], metrics):
            series: dict[str, list] = {}
            for r in result["rows"]:
                label = ",".join(f"{k}={r[k]}" for k in others) or metric
                series.setdefault(label, []).append((r[key], _number(r.get(metric))))
            for label, pts in sorted(series.items()):
                pts = [(x, y) for x, y in pts if y is not None]
                if numeric_x:
                    pts.sort(key=lambda p: float(p[0]))
                    xs = [float(x) for x, _ in pts]
                else:
                    xs = [str(x) for x, _ in pts]
                ax.plot(xs, [y for _, y in pts], marker="o", label=label)
            if numeric_x:
                vals = [float(r[key]) for r in result["rows"]]
                if min(vals) > 0 and max(vals) / min(vals) >= 10:
                    ax.set_xscale("log")
            ax.set_xlabel(key)
            ax.set_title(metric, fontsize=9)
            ax.grid(alpha=0.3)
        if others:
            axes[0][-1].legend(fontsize=7)
        fig.tight_layout()
        path = out_dir / f"compare_{key.replace('/', '_').replace('.', '_')}.png"
        fig.savefig(path, dpi=110)
        plt.close(fig)
        paths.append(path)
    return paths


def main(dirs: list[str], objective: str | None, metrics: str | None, out: str | None) -> int:
    paths = [Path(d) for d in dirs]
    result = collect(paths, objective, metrics.split(",") if metrics else None)
    out_dir = Path(out) if out else (paths[0] if len(paths) == 1 else Path("compare"))
    try:
        written = write_outputs(result, out_dir)
    except OSError as ex:
        raise MedllmError(f"compare: cannot write to {out_dir} ({ex.strerror}); choose another folder with --out") from None
    print(to_markdown(result, rel_to=out_dir if len(paths) == 1 else None))
    print("wrote " + ", ".join(str(p) for p in written))
    return 0
