"""Add the summaries the first pool lacked: the base model (greedy and sampled) and the DPO adapter
sampled, on the same validation notes (never the test split).

    python phase1_data/annotated/gen_extra.py STUDY_RUN_DIR

appends them to pool.jsonl / sources.jsonl (ids a0313 on, shuffled among themselves), so merge.py
and `check --split` see one pool. Decoding as in the study: greedy at 192 new
tokens and a 768-token prompt (eval), sampling T=0.8, top-p 0.95 at 192 new tokens (onpolicy).
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).parent


def main(run: Path) -> None:
    import torch
    import yaml

    from medllm.evaluation.generation import generate_summaries
    from medllm.evaluation.inference import load_with_adapters, use
    from medllm.evaluation.sampling import fast_sample, note_batches

    cfg = yaml.safe_load((run / "resolved_config.yaml").read_text())
    model_cfg, hw = cfg["model"], cfg["hardware"]
    precision = "fp32"  # inference on the CPU runs in fp32, as the study's eval did
    notes: dict[str, str] = {}
    srcs = {json.loads(l)["id"]: json.loads(l) for l in (HERE / "sources.jsonl").open()}
    if any(s["model"] == "base" for s in srcs.values()):
        raise SystemExit("pool.jsonl already holds base-model summaries: nothing to add")
    for line in (HERE / "pool.jsonl").open():
        rec = json.loads(line)
        notes.setdefault(srcs[rec["id"]]["note_id"], rec["note"])
    ids = sorted(notes)
    texts = [notes[i] for i in ids]
    model, tok = load_with_adapters(model_cfg, hw, precision, None, {"dpo": run / "round1" / "dpo" / "adapter"})
    items = []
    with use(model, None) as m:
        gens = generate_summaries(m, tok, texts, model_cfg, max_new_tokens=192, batch_size=8, max_prompt_tokens=768,
                                  precision=precision, return_generations=True)
    items += [{"note_id": i, "model": "base", "decoding": "greedy", "summary": g.text, "finished": g.finished}
              for i, g in zip(ids, gens)]
    for name in (None, "dpo"):
        torch.manual_seed(1729)
        with use(model, name) as m:
            for _, idx, prompts in note_batches(tok, texts, model_cfg, 1024, 8):
                out = fast_sample(m, tok, prompts, num_samples=1, temperature=0.8, top_p=0.95, max_new_tokens=192)
                for j, g in zip(idx, out):
                    items.append({"note_id": ids[j], "model": name or "base", "decoding": "sampled T=0.8 top_p=0.95",
                                  "summary": g[0].text, "finished": g[0].finished})
                print(f"{name or 'base'} sampled {len(items)}", file=sys.stderr)
    random.Random(29).shuffle(items)
    start = len(srcs) + 1
    with (HERE / "pool.jsonl").open("a") as pool, (HERE / "sources.jsonl").open("a") as src:
        for k, it in enumerate(items, start):
            aid = f"a{k:04d}"
            pool.write(json.dumps({"id": aid, "note": notes[it["note_id"]], "summary": it["summary"]}) + "\n")
            src.write(json.dumps({"id": aid, **{x: it[x] for x in ("note_id", "model", "decoding", "finished")}}) + "\n")
    print(f"{len(items)} summaries appended to {HERE / 'pool.jsonl'}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    main(Path(sys.argv[1]))
