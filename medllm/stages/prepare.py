"""stage=prepare: raw notes + summaries in, a phase1_data-style folder out.

    python train.py stage=prepare data.raw_path=FILE_OR_DIR data.output_dir=DIR [data.overwrite=true]

Steps, per note, in this order (so every offset indexes the text that is written):
  1. read    CSV / JSONL (`id, clinical_note, summary`; `model_summary` accepted), the earlier
             pipeline's DPO JSONL (`prompt, chosen, rejected`), or MedHal (`data.format=medhal`)
  2. redact  PHI -> typed placeholders, one pass over the note, its summary and its negatives
             together so a name is the same placeholder everywhere (medllm.clinical.redact); the note's
             id and source_id become pseudonyms (`medllm.clinical.redact.pseudonym`: a digest of the id
             and the raw note), since users build ids from names and record numbers
  3. normalize whitespace, unicode and unit spelling; no number, unit, negation or drug changes
  4. evidence for each summary sentence, the supporting note spans as character offsets
  5. negatives the note's own negatives (re-validated) plus generated ones of other kinds, each
             checked to differ from the summary in exactly the recorded fact (medllm.clinical.negatives)
  6. split   70/15/15 by note, stratified by specialty, seeded; near-duplicate notes (same text
             after normalization) are kept in one split, and a leakage check runs on the result
Output goes to a temporary folder that is moved into place at the end; an existing non-empty
data.output_dir is replaced only with data.overwrite=true, and only if an earlier prepare wrote it
and it holds nothing else (medllm.data.outdir).
"""

from __future__ import annotations

import csv
import json
import logging
import os
import random
import time
from collections import Counter
from pathlib import Path

from medllm.data.contract import SFT_COLUMNS, grouped_split, resolve_path
from medllm.clinical.names import _SPACY_PACKAGES as SPACY_PACKAGES
from medllm.clinical.names import NAME_BACKENDS, spacy_package
from medllm.clinical.redact import public_id
from medllm.errors import ConfigError, DataError
from medllm.data.outdir import check_target

log = logging.getLogger("medllm")

METRICS = ("pairs", "notes", "negatives_rejected", "prepare_seconds")
# raw notes pass through this stage, so no W&B run watches it (a run captures the console): one
# starts only when the de-identified folder is written, to log that folder as a dataset artifact
MANAGES_TRACKING = True
SPLITS = ("train", "validation", "test")
RAW_SUFFIXES = (".csv", ".jsonl", ".json-lines")


def check(cfg: dict) -> None:
    from medllm.clinical.negatives import KINDS

    d, st = cfg["data"], cfg["stage"]
    if not d.get("raw_path"):
        raise ConfigError("stage=prepare needs data.raw_path=FILE (CSV or JSONL of id, clinical_note, summary) or a folder of them")
    if not d.get("output_dir"):
        raise ConfigError("stage=prepare needs data.output_dir=DIR (a new folder; data.overwrite=true to replace one)")
    raw = resolve_path(d["raw_path"])
    if not raw.exists():
        raise DataError(f"data.raw_path={d['raw_path']}: no such file or folder ({raw})")
    if raw.is_dir() and not raw_files(raw):
        raise DataError(f"data.raw_path={d['raw_path']}: the folder holds no {'/'.join(RAW_SUFFIXES)} files")
    out = Path(d["output_dir"]).expanduser().resolve()
    # before any note is read: a file, a protected folder or one medllm did not write is refused here
    check_target(out, kind="prepare", option="data.output_dir", flag="data.overwrite=true", overwrite=bool(d.get("overwrite")))
    if raw.resolve() == out or out in raw.resolve().parents:
        raise DataError(f"data.output_dir={d['output_dir']} holds data.raw_path; write the prepared data elsewhere")
    unknown = [k for k in st.get("kinds") or [] if k not in KINDS]
    if unknown:
        raise ConfigError(f"stage.kinds: unknown negative kind(s) {unknown}; choose from {list(KINDS)}")
    fr = st.get("split") or []
    if len(fr) != 3 or any(f < 0 for f in fr) or abs(sum(fr) - 1.0) > 1e-6:
        raise ConfigError(f"stage.split must be three fractions (train, validation, test) summing to 1, got {fr}")
    backend = names_backend(st)
    if st.get("redact_names") is not None and backend not in NAME_BACKENDS[:3]:
        raise ConfigError(f"stage.redact_names={backend!r}: choose rules, model or spacy (or null: MEDLLM_REDACT_NER, else model)")
    if backend not in NAME_BACKENDS:
        raise ConfigError(f"MEDLLM_REDACT_NER={backend!r}: choose one of {', '.join(NAME_BACKENDS)} (or set stage.redact_names)")
    if backend == "spacy" and not spacy_package():
        raise ConfigError(f"stage.redact_names=spacy needs spacy and one of {list(SPACY_PACKAGES)} installed "
                          "(see README, PHI); or use stage.redact_names=model")
    if st.get("negatives_per_note", 0) < 0:
        raise ConfigError(f"stage.negatives_per_note must be >= 0, got {st['negatives_per_note']}")


def names_backend(st: dict) -> str:
    """The name recognizer of a prepare run: stage.redact_names, else MEDLLM_REDACT_NER, else the
    embedded model's (prepared data is where real notes' names would leave; see README, PHI)."""
    return st.get("redact_names") or os.environ.get("MEDLLM_REDACT_NER") or "model"


def raw_files(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    return sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in RAW_SUFFIXES)


def read_notes(path: Path, fmt: str) -> list[dict]:
    """All notes under data.raw_path (a file, or a folder of files read in name order)."""
    from medllm.clinical.preprocess import read_medhal, read_raw

    notes, where = [], {}
    for f in raw_files(path):
        rows = read_medhal(f) if fmt == "medhal" else read_raw(f)
        for r in rows:
            if r["id"] in where:
                raise DataError(f"{f}: id {public_id(r['id'])} is also in {where[r['id']]}; ids must be unique across data.raw_path")
            where[r["id"]] = f
            notes.append(r)
    return notes


def diff_span(chosen: str, rejected: str) -> tuple[int, int, str, str]:
    """The one changed region between two texts, widened to whole words: (start, end, from, to)."""
    p = 0
    while p < min(len(chosen), len(rejected)) and chosen[p] == rejected[p]:
        p += 1
    s = 0
    while s < min(len(chosen), len(rejected)) - p and chosen[-1 - s] == rejected[-1 - s]:
        s += 1
    while p > 0 and chosen[p - 1].isalnum():
        p -= 1
    while s > 0 and chosen[len(chosen) - s].isalnum():
        s -= 1
    return p, len(chosen) - s, chosen[p:len(chosen) - s], rejected[p:len(rejected) - s]


def note_negatives(note: dict, rng: random.Random, st: dict, rejected: Counter) -> list[dict]:
    """The note's own negatives that pass validation, then generated ones of kinds it lacks."""
    from medllm.clinical.negatives import KINDS, Negative, make_negatives, validate

    text, summary = note["clinical_note"], note["summary"]
    kinds = list(st.get("kinds") or KINDS)
    out: list[dict] = []
    for given in note.get("negatives") or []:
        frm, to = given.get("from"), given.get("to")
        if frm and to is not None and summary.count(frm) == 1 and summary.replace(frm, to, 1) == given["rejected"]:
            start, end = summary.index(frm), summary.index(frm) + len(frm)
        else:  # only the rejected text is given (or redaction/normalization moved it): diff it
            start, end, frm, to = diff_span(summary, given["rejected"])
        neg = Negative(kind=given.get("kind") or "unknown", from_=frm, to=to, span=[start, end], rejected=given["rejected"])
        # MedHal's false statements are whole other statements, not one-fact edits of the summary
        reason = ("identical" if neg.rejected == summary else None) if neg.kind == "medhal" else validate(text, summary, neg)
        if reason:
            rejected[f"given:{reason}"] += 1
            continue
        out.append(_pair(neg))
    have = {n["kind"] for n in out}
    want = max(0, st["negatives_per_note"] - len(out))
    if want:
        new, why = make_negatives(text, summary, rng, kinds=[k for k in kinds if k not in have], per_note=want)
        rejected.update(why)
        out.extend(_pair(n) for n in new)
    return out


def _pair(neg) -> dict:
    return {"kind": neg.kind, "from": neg.from_, "to": neg.to, "span": list(neg.span), "rejected": neg.rejected}


_REDACT_CHUNK = 64  # notes whose texts the redactor takes at once (the model's passes batched by length; a bar step per note)


def _prepared(note: dict, texts: list[str], st: dict, seed: int, rejected: Counter) -> dict:
    """One note's row from its redacted texts: normalized, its negatives and evidence attached."""
    from medllm.clinical.preprocess import evidence, normalize

    if st["normalize"]:
        texts = [normalize(t) for t in texts]
    row = {**note, "clinical_note": texts[0], "summary": texts[1],
           "negatives": [{**n, "rejected": t} for n, t in zip(note.get("negatives") or [], texts[2:])]}
    # one rng per note, seeded by (seed, id): a note's negatives do not depend on the others
    rng = random.Random(f"{seed}:{row['id']}")
    row["negatives"] = note_negatives(row, rng, st, rejected)
    row["evidence"] = evidence(row["clinical_note"], row["summary"]) if st["evidence"] else []
    return row


def process(notes: list[dict], st: dict, seed: int, progress: bool = True) -> tuple[dict, dict]:
    """Redact, normalize, attach evidence and negatives, split. Returns (splits, stats)."""
    from tqdm.auto import tqdm

    from medllm.clinical.preprocess import check_leakage, near_duplicate_key
    from medllm.clinical.redact import name_backend, redact_groups

    redactions: Counter = Counter()
    rejected: Counter = Counter()
    notes, n_control = _without_control(notes)
    if n_control:
        log.warning("removed %d NUL/control character(s) from the input (they never reach the data files)", n_control)
    done = []
    bar = tqdm(total=len(notes), desc="prepare", unit="note", disable=not progress)
    with name_backend(names_backend(st)), bar:  # the name recognizer for this run, restored after
        for at in range(0, len(notes), _REDACT_CHUNK):
            chunk = notes[at:at + _REDACT_CHUNK]
            groups = [[note["clinical_note"], note["summary"], *[n["rejected"] for n in note.get("negatives") or []]]
                      for note in chunk]
            # a few notes' groups redacted together: the model's name probe runs them in batched passes
            redacted = redact_groups(groups) if st["redact"] else [(g, Counter()) for g in groups]
            for note, (texts, counts) in zip(chunk, redacted):
                done.append(_prepared(note, texts, st, seed, rejected))
                redactions.update(counts)
                bar.update(1)
    # split by near-duplicate group so two copies of one note can never straddle splits
    for row in done:
        row["_group"] = near_duplicate_key(row["clinical_note"])
    groups = {}
    for row in done:
        groups.setdefault(row["_group"], row["source_id"])
    keyed = [{**row, "source_id": groups[row["_group"]], "_source_id": row["source_id"]} for row in done]
    parts = grouped_split(keyed, seed, fractions=tuple(st["split"]))
    splits = {name: sorted(({**{k: v for k, v in r.items() if k not in ("_group", "_source_id")}, "source_id": r["_source_id"]}
                            for r in rows), key=lambda r: r["id"]) for name, rows in parts.items()}
    problems = check_leakage(splits)
    if problems:
        raise DataError(f"split leakage: {problems[0]} (and {len(problems) - 1} more)")
    if st.get("pseudonymize_ids", True):
        splits = _pseudonymize(splits, {n["id"]: n["clinical_note"] for n in notes})
    return splits, _stats(splits, redactions, rejected)


def _pseudonymize(splits: dict, raw_notes: dict) -> dict:
    """Every id and source_id replaced by its pseudonym, keyed by the raw note text (so a digest
    of an id built from a name and an MRN cannot be brute-forced). Rows keep their order (the
    order of the original ids), so a run on the prepared data is the run it was before."""
    from medllm.clinical.redact import pseudonym

    sources = {}
    for rows in splits.values():
        for r in rows:  # a source's pseudonym comes from its first note, so groups stay groups
            sources.setdefault(r["source_id"], pseudonym(r["source_id"], raw_notes[r["id"]]))
    return {name: [{**r, "id": pseudonym(r["id"], raw_notes[r["id"]]), "source_id": sources[r["source_id"]]} for r in rows]
            for name, rows in splits.items()}


def _without_control(notes: list[dict]) -> tuple[list[dict], int]:
    """Every text field of every note (and of its negatives) without control characters."""
    from medllm.clinical.preprocess import strip_control

    removed = 0

    def clean(v):
        nonlocal removed
        if isinstance(v, str):
            v, n = strip_control(v)
            removed += n
            return v
        if isinstance(v, dict):
            return {k: clean(x) for k, x in v.items()}
        if isinstance(v, list):
            return [clean(x) for x in v]
        return v

    return [clean(n) for n in notes], removed


def warn_empty_splits(stats: dict, fractions) -> list[str]:
    """One warning per empty split: a one-note input puts its note in train alone, and SFT needs
    validation notes, eval test notes."""
    total = sum(stats["notes"].values())
    empty = [s for s in SPLITS if not stats["notes"].get(s)]
    for s in empty:
        log.warning("the %s split is empty (%d note(s) in all, stage.split=%s): stage=sft needs train and "
                    "validation notes and stage=eval test notes; add notes or change stage.split", s, total,
                    list(fractions))
    return empty


def _stats(splits: dict, redactions: Counter, rejected: Counter) -> dict:
    by = lambda key, rows: dict(sorted(Counter(r.get(key) or "unknown" for r in rows).items()))
    kinds = {s: dict(sorted(Counter(n["kind"] for r in rows for n in r["negatives"]).items())) for s, rows in splits.items()}
    return {
        "notes": {s: len(rows) for s, rows in splits.items()},
        "pairs": {s: sum(len(r["negatives"]) for r in rows) for s, rows in splits.items()},
        "specialty": {s: by("specialty", rows) for s, rows in splits.items()},
        "note_type": {s: by("note_type", rows) for s, rows in splits.items()},
        "negative_kind": kinds,
        "redactions": dict(sorted(redactions.items())),
        "negatives_rejected": dict(sorted(rejected.items())),
    }


def write(out: Path, splits: dict, stats: dict) -> None:
    """sft/*.csv, dpo/*.jsonl and stats.json in the data contract (phase1_data/README.md)."""
    (out / "sft").mkdir(parents=True, exist_ok=True)
    (out / "dpo").mkdir(parents=True, exist_ok=True)
    for split, rows in splits.items():
        with open(out / "sft" / f"{split}.csv", "w", newline="", encoding="utf-8") as fh:
            w = csv.DictWriter(fh, fieldnames=SFT_COLUMNS, lineterminator="\n")
            w.writeheader()
            for r in rows:
                ev = r["evidence"]
                w.writerow({"id": f"{r['id']}-s0", "source_id": r["source_id"], "clinical_note": r["clinical_note"],
                            "summary": r["summary"], "label": "factual_with_evidence" if ev else "factual",
                            "hallucination_type": "", "evidence": json.dumps(ev) if ev else ""})
                for j, n in enumerate(r["negatives"]):
                    w.writerow({"id": f"{r['id']}-h{j}", "source_id": r["source_id"], "clinical_note": r["clinical_note"],
                                "summary": n["rejected"], "label": "hallucinated", "hallucination_type": n["kind"],
                                "evidence": ""})
        with open(out / "dpo" / f"{split}.jsonl", "w", encoding="utf-8") as fh:
            for r in rows:
                for j, n in enumerate(r["negatives"]):
                    fh.write(json.dumps({
                        "id": f"{r['id']}-p{j}", "source_id": r["source_id"], "prompt": r["clinical_note"],
                        "chosen": r["summary"], "rejected": n["rejected"], "hallucination_type": n["kind"],
                        "perturbation": {"kind": n["kind"], "from": n["from"], "to": n["to"], "span": n["span"]},
                    }, ensure_ascii=False) + "\n")
    (out / "stats.json").write_text(json.dumps(stats, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def table(stats: dict) -> str:
    lines = ["split        notes  pairs", *(f"{s:<12} {stats['notes'][s]:>5}  {stats['pairs'][s]:>5}" for s in SPLITS)]
    kinds = Counter()
    for per in stats["negative_kind"].values():
        kinds.update(per)
    lines.append("negatives: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    lines.append("redactions: " + (", ".join(f"{k} {v}" for k, v in stats["redactions"].items()) or "none"))
    lines.append("rejected candidates: " + (", ".join(f"{k} {v}" for k, v in stats["negatives_rejected"].items()) or "none"))
    return "\n".join(lines)


def prepare(raw_path: Path, out_dir: Path, st: dict, seed: int, fmt: str = "auto", overwrite: bool = False,
            progress: bool = True) -> dict:
    from medllm.data.outdir import write_dir_atomic

    notes = read_notes(raw_path, fmt)
    splits, stats = process(notes, st, seed, progress=progress)
    warn_empty_splits(stats, st["split"])
    write_dir_atomic(out_dir, lambda tmp: write(Path(tmp), splits, stats), overwrite=overwrite)
    return stats


def run(cfg: dict, out_dir: Path, tracker=None) -> dict:
    from medllm.training import dist

    d, st = cfg["data"], cfg["stage"]
    t0 = time.perf_counter()
    target = Path(d["output_dir"]).expanduser().resolve()
    stats = prepare(resolve_path(d["raw_path"]), target, st, cfg["seed"], d.get("format", "auto"),
                    overwrite=bool(d.get("overwrite")), progress=dist.is_main())
    secs = time.perf_counter() - t0
    print(table(stats))
    log.info("prepared %d notes, %d pairs in %.1f s -> %s", sum(stats["notes"].values()), sum(stats["pairs"].values()),
             secs, target)
    metrics = {"pairs": sum(stats["pairs"].values()), "notes": sum(stats["notes"].values()),
               "negatives_rejected": sum(stats["negatives_rejected"].values()), "prepare_seconds": round(secs, 2)}
    if cfg.get("logger") and dist.is_main():
        log_dataset(cfg, out_dir, target, metrics)
    return metrics


def log_dataset(cfg: dict, run_dir: Path, target: Path, metrics: dict) -> None:
    """The prepared folder as a W&B `dataset` artifact: file references to its data-contract files
    (checksums, nothing uploaded), named after the folder, as the stages that train on it use it."""
    from medllm import tracking

    run = tracking.start(cfg, run_dir, "prepare")
    ok = False
    try:
        tracking.log_artifact(run, target, target.name, "dataset", tracking.dataset_metadata(target, cfg["data"].get("name")),
                              reference=True, files=tracking.data_files(target))
        ok = True
    finally:
        tracking.finish(run, metrics if ok else None, failed=not ok)
