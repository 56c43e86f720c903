"""The evaluation report: `report.md` plus PNGs, from the eval stage's `eval.json` dict.

`write_report(out_dir, ev, curves=None)` writes into out_dir
  - `hallucination_rate.png`: one bar per model, Wilson 95% interval as error bars;
  - `by_type.png`: unsupported-fact counts per checker type, grouped by model;
  - `training_curves.png` (only when `curves` has data): SFT loss, DPO loss, DPO reward
    accuracy and margins against the optimizer step;
  - `report.md`: what was evaluated, a per-model table, the paired SFT-vs-DPO test in words,
    the per-type table and links to the images.
Every file is written to a temporary name in out_dir and moved into place (`os.replace`), so a
killed run leaves either the old file or the new one. Only numbers and model names go into
these files — never note or summary text.

`ev` schema (keys other than `per_model` are optional; models may be missing):
    {"split", "n_notes", "max_new_tokens", "decoding" (default "greedy"), "models": [...],
     "hallucination_rate": {model: rate},
     "per_model": {model: {"n", "hallucinated", "hallucination_rate", "ci95": [lo, hi],
                           "by_type": {type: count}, "unsupported_facts", "rouge_l",
                           "mean_words", "pref_acc_test", "adapter", "generation_s"}},
     "paired": {"sft_vs_dpo": <evalstats.mcnemar dict>} or None}
`curves`: {"dpo": [{"step", "loss", "rewards/accuracies", "rewards/margins", ...}, ...],
           "sft": [[step, loss], ...]} — each list may hold dicts or [step, loss] pairs.
"""

from __future__ import annotations

import math
import os
import tempfile
from pathlib import Path

from medllm.errors import DataError
from medllm.evaluation.evalstats import wilson

__all__ = ["write_report", "to_markdown", "normalize_curve"]

_COLORS = {"base": "#9e9e9e", "sft": "#1f77b4", "dpo": "#2ca02c"}
_ORDER = ("base", "sft", "dpo")


# --------------------------------------------------------------------------- reading ev

def _num(v) -> float | None:
    if isinstance(v, bool) or v is None:
        return None
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(f) else f


def _models(ev: dict) -> list[str]:
    """Models that have results, in ev["models"] order (else base, sft, dpo, then the rest)."""
    per = ev.get("per_model")
    if not isinstance(per, dict):
        raise DataError("report: eval results have no 'per_model' mapping; rerun stage=eval to rewrite eval.json")
    listed = [m for m in (ev.get("models") or []) if m in per and isinstance(per[m], dict)]
    rest = [m for m in per if m not in listed and isinstance(per[m], dict)]
    rest.sort(key=lambda m: (_ORDER.index(m) if m in _ORDER else len(_ORDER), m))
    return listed + rest


def _rate_ci(ev: dict, model: str) -> tuple[float | None, float | None, float | None]:
    """(rate, lo, hi): the recorded values where present, else from hallucinated/n."""
    pm = ev["per_model"][model]
    k, n = _num(pm.get("hallucinated")), _num(pm.get("n"))
    rate = _num(pm.get("hallucination_rate"))
    if rate is None:
        rate = _num((ev.get("hallucination_rate") or {}).get(model))
    if rate is None and k is not None and n:
        rate = k / n
    ci = pm.get("ci95")
    if isinstance(ci, (list, tuple)) and len(ci) == 2 and None not in map(_num, ci):
        lo, hi = map(float, ci)
    elif k is not None and n is not None:
        lo, hi = wilson(int(k), int(n))
    else:
        lo = hi = None
    return rate, lo, hi


def _type_order(ev: dict, models: list[str]) -> list[str]:
    """Checker types with a nonzero count in some model, in checker.TYPES order."""
    from medllm.grounding.checker import TYPES

    seen: dict[str, float] = {}
    for m in models:
        for t, c in (ev["per_model"][m].get("by_type") or {}).items():
            seen[t] = seen.get(t, 0) + (_num(c) or 0)
    types = [t for t in TYPES if seen.get(t)]
    return types + sorted(t for t in seen if seen[t] and t not in TYPES)


def normalize_curve(points) -> list[dict]:
    """A training curve as a list of dicts with a numeric "step".

    Accepts dicts (trl/transformers log_history rows) and [step, loss] pairs; a dict without a
    step gets its 1-based position.
    """
    out = []
    for i, p in enumerate(points or []):
        if isinstance(p, dict):
            row = dict(p)
        elif isinstance(p, (list, tuple)) and len(p) >= 2:
            row = {"step": p[0], "loss": p[1]}
        else:
            continue
        if _num(row.get("step")) is None:
            row["step"] = i + 1
        out.append(row)
    return out


# --------------------------------------------------------------------------- markdown

def _f(v, fmt: str = "{:.3f}") -> str:
    x = _num(v)
    return "–" if x is None else fmt.format(x)


def _pct(v) -> str:
    x = _num(v)
    return "–" if x is None else f"{100 * x:.1f}%"


def _p(v) -> str:
    x = _num(v)
    if x is None:
        return "–"
    return f"{x:.3g}" if x >= 0.001 else f"{x:.1e}"


def _paired_text(key: str, t: dict) -> str:
    a, _, b = key.partition("_vs_")
    A, B = (a or "A").upper(), (b or "B").upper()
    a_only, b_only = t.get("a_only"), t.get("b_only")
    n = t.get("n")
    text = (f"On the same {n} notes, {B} hallucinated on {b_only} notes where {A} did not; "
            f"{A} on {a_only} where {B} did not (both: {t.get('both')}, neither: {t.get('neither')}). ")
    if t.get("test") in (None, "mcnemar_exact"):
        text += f"Exact McNemar p = {_p(t.get('p_value'))}"
    else:
        text += f"{t.get('test')} p = {_p(t.get('p_value'))}"
    if (a_only or 0) + (b_only or 0) == 0:
        text += " (no discordant notes: the models do not differ on this set)"
    return text + "."


def to_markdown(ev: dict, images: list[str] = ()) -> str:
    """report.md text for `ev`; `images` are file names (relative to report.md) to link."""
    models = _models(ev)
    lines = ["# Hallucination evaluation", ""]
    split = ev.get("split", "?")
    n_notes = ev.get("n_notes", "?")
    decoding = ev.get("decoding") or "greedy"
    if isinstance(decoding, dict):
        extra = ", ".join(f"{k} {v}" for k, v in decoding.items() if k != "strategy")
        decoding = decoding.get("strategy", "greedy") + (f" ({extra})" if extra else "")
    mnt = ev.get("max_new_tokens")
    lines.append(f"Models {', '.join(f'`{m}`' for m in models) or '(none)'} summarized the {n_notes} notes of "
                 f"the `{split}` split with the same prompt and {decoding} decoding"
                 + (f" (at most {mnt} new tokens)" if mnt is not None else "") + ". "
                 "A summary counts as hallucinated when the grounding checker finds at least one "
                 "fact in it that the note does not support. Intervals are Wilson 95% intervals.")
    lines += ["", "## Per model", "",
              "| model | hallucination rate (95% CI) | hallucinated / n | coverage | degenerate | copy | truncated "
              "| ROUGE-L | mean words (ref.) | preference acc. (test) | generation s |",
              "|---|---|---|---|---|---|---|---|---|---|---|"]
    for m in models:
        pm = ev["per_model"][m]
        rate, lo, hi = _rate_ci(ev, m)
        ci = f" ({_pct(lo)}–{_pct(hi)})" if lo is not None else ""
        k, n = pm.get("hallucinated"), pm.get("n")
        ref_w = pm.get("reference_mean_words")
        lines.append(f"| {m} | {_pct(rate)}{ci} | {k if k is not None else '–'} / {n if n is not None else '–'} "
                     f"| {_f(pm.get('coverage'))} | {_pct(pm.get('degenerate_rate'))} | {_pct(pm.get('copy_rate'))} "
                     f"| {_pct(pm.get('truncation_rate'))} "
                     f"| {_f(pm.get('rouge_l'))} | {_f(pm.get('mean_words'), '{:.1f}')}"
                     + (f" ({_f(ref_w, '{:.1f}')})" if ref_w is not None else "") + " "
                     f"| {_pct(pm.get('pref_acc_test'))} | {_f(pm.get('generation_s'), '{:.1f}')} |")

    paired = ev.get("paired") or {}
    pairs = [(k, t) for k, t in paired.items() if isinstance(t, dict)]
    if pairs:
        lines += ["", "## Paired test", ""]
        for k, t in pairs:
            a, _, b = k.partition("_vs_")
            lines.append(f"- **{a.upper()} vs {b.upper()}**: {_paired_text(k, t)}")

    types = _type_order(ev, models)
    lines += ["", "## Summaries with an unsupported fact, by type", "",
              "Each cell counts summaries (a degenerate output is one verdict, `degenerate`); coverage is the share of "
              "the reference's checkable facts a summary states with the note's support; copy: >= 90% of the summary "
              "is one contiguous piece of the note; truncated: stopped by the token limit (its cut-off fragment is "
              "not scored).", ""]
    if types:
        lines += ["| type | " + " | ".join(models) + " |", "|---|" + "---|" * len(models)]
        for t in types:
            cells = [str((ev["per_model"][m].get("by_type") or {}).get(t, 0)) for m in models]
            lines.append(f"| {t} | " + " | ".join(cells) + " |")
        totals = []
        for m in models:
            pm = ev["per_model"][m]
            tot = pm.get("unsupported_facts")
            if tot is None:
                tot = int(sum(_num(c) or 0 for c in (pm.get("by_type") or {}).values()))
            totals.append(str(tot))
        lines.append("| **unsupported facts** | " + " | ".join(totals) + " |")
    else:
        lines.append("The checker flagged no unsupported facts.")

    if images:
        lines += ["", "## Plots", ""]
        for name in images:
            lines += [f"![{Path(name).stem.replace('_', ' ')}]({name})", ""]
    return "\n".join(lines).rstrip() + "\n"


# --------------------------------------------------------------------------- plots

def _atomic(path: Path, write) -> Path:
    """write(tmp_path) into a temporary file beside `path`, then move it into place.

    mkstemp creates files 0600; give them the usual 0644 so a report folder can be shared or
    served like any other. (Reading the umask means setting it, which is not thread-safe.)
    """
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=path.suffix, dir=path.parent)
    os.close(fd)
    try:
        write(tmp)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return path


def _save(fig, path: Path) -> Path:
    return _atomic(path, lambda tmp: fig.savefig(tmp, format="png", dpi=110))


def _figure(w: float, h: float):
    # A bare Figure (no pyplot): no global backend switch, no figure registry to leak into.
    from matplotlib.figure import Figure

    return Figure(figsize=(w, h))


def _plot_rates(ev: dict, models: list[str], path: Path) -> Path:
    fig = _figure(max(3.5, 1.3 * len(models) + 1.5), 3.4)
    ax = fig.add_subplot()
    rates, err_lo, err_hi = [], [], []
    for m in models:
        rate, lo, hi = _rate_ci(ev, m)
        r = rate if rate is not None else 0.0
        rates.append(r)
        err_lo.append(max(0.0, r - lo) if lo is not None else 0.0)
        err_hi.append(max(0.0, hi - r) if hi is not None else 0.0)
    xs = range(len(models))
    ax.bar(xs, rates, color=[_COLORS.get(m, "#ff7f0e") for m in models], yerr=[err_lo, err_hi], capsize=6)
    labels = []
    for m, r in zip(models, rates):
        pm = ev["per_model"][m]
        k, n = pm.get("hallucinated"), pm.get("n")
        labels.append(f"{m}\n{100 * r:.0f}%" + (f" ({k}/{n})" if k is not None and n is not None else ""))
    ax.set_xticks(list(xs), labels)
    ax.set_ylim(0, 1)
    ax.set_ylabel("hallucination rate")
    ax.set_title(f"Summaries with an unsupported fact ({ev.get('split', '?')} split, 95% Wilson CI)", fontsize=9)
    ax.grid(axis="y", alpha=0.3)
    fig.tight_layout()
    return _save(fig, path)


def _plot_by_type(ev: dict, models: list[str], path: Path) -> Path:
    types = _type_order(ev, models)
    fig = _figure(max(5.0, 0.9 * max(1, len(types)) * max(1, len(models)) ** 0.5 + 2), 3.6)
    ax = fig.add_subplot()
    if not types:
        ax.text(0.5, 0.5, "no unsupported facts", ha="center", va="center", transform=ax.transAxes)
        ax.set_xticks([])
    else:
        width = 0.8 / max(1, len(models))
        for j, m in enumerate(models):
            bt = ev["per_model"][m].get("by_type") or {}
            xs = [i + (j - (len(models) - 1) / 2) * width for i in range(len(types))]
            ax.bar(xs, [_num(bt.get(t)) or 0 for t in types], width, label=m, color=_COLORS.get(m))
        ax.set_xticks(range(len(types)), types, rotation=30, ha="right")
        ax.legend(fontsize=8)
    ax.set_ylabel("unsupported facts")
    ax.set_title("Unsupported facts by checker type", fontsize=9)
    ax.grid(axis="y", alpha=0.3)
    fig.tight_layout()
    return _save(fig, path)


def _series(rows: list[dict], key: str) -> tuple[list[float], list[float]]:
    pts = [(_num(r.get("step")), _num(r.get(key))) for r in rows]
    pts = [(s, v) for s, v in pts if s is not None and v is not None]
    return [s for s, _ in pts], [v for _, v in pts]


def _plot_curves(curves: dict, path: Path) -> Path | None:
    """One loss panel per curve (SFT first, then DPO, then others), plus a DPO rewards panel."""
    norm = {k: normalize_curve(v) for k, v in (curves or {}).items()}
    names = sorted((k for k, v in norm.items() if v), key=lambda k: (_ORDER.index(k) if k in _ORDER else 9, k))
    panels = []  # (title, [(label, xs, ys, axis)])
    for name in names:
        series = []
        for key, label in (("loss", "train loss"), ("eval_loss", "eval loss")):
            xs, ys = _series(norm[name], key)
            if xs:
                series.append((label, xs, ys, "left"))
        if series:
            panels.append((f"{name.upper()} loss", series))
        rew = []
        for key, label, side in (("rewards/accuracies", "reward accuracy", "left"),
                                 ("rewards/margins", "reward margin", "right")):
            xs, ys = _series(norm[name], key)
            if xs:
                rew.append((label, xs, ys, side))
        if rew:
            panels.append((f"{name.upper()} rewards", rew))
    if not panels:
        return None
    fig = _figure(4.2 * len(panels), 3.3)
    for i, (title, series) in enumerate(panels):
        ax = fig.add_subplot(1, len(panels), i + 1)
        twin = None
        handles = []
        for j, (label, xs, ys, side) in enumerate(series):
            target = ax
            if side == "right":
                twin = twin or ax.twinx()
                target = twin
                target.set_ylabel(label)
            elif "accuracy" in label:
                ax.set_ylim(-0.02, 1.02)
                ax.set_ylabel(label)
            else:
                ax.set_ylabel("loss")
            (h,) = target.plot(xs, ys, color=f"C{j}", marker="." if len(xs) < 60 else None, label=label)
            handles.append(h)
        ax.set_xlabel("step")
        ax.set_title(title, fontsize=9)
        ax.grid(alpha=0.3)
        if len(handles) > 1:
            ax.legend(handles=handles, fontsize=7)
    fig.tight_layout()
    return _save(fig, path)


# --------------------------------------------------------------------------- entry point

def write_report(out_dir: Path, ev: dict, curves: dict | None = None) -> list[Path]:
    """Write the PNGs and report.md into out_dir; returns the written paths (report.md last)."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    models = _models(ev)
    written = [_plot_rates(ev, models, out_dir / "hallucination_rate.png"),
               _plot_by_type(ev, models, out_dir / "by_type.png")]
    if curves:
        p = _plot_curves(curves, out_dir / "training_curves.png")
        if p is not None:
            written.append(p)
    md = out_dir / "report.md"
    text = to_markdown(ev, [p.name for p in written])
    _atomic(md, lambda tmp: Path(tmp).write_text(text, encoding="utf-8"))
    return written + [md]
