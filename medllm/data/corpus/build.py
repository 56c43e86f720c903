"""The generator's entry points: `generate(n, seed)` and `write_raw(path, n, seed)`.

`generate` plans the (specialty, note type) pairs, picks the PHI notes, and for each pair samples
a `_Case`, writes its note and summary, and redraws (up to 50 times) a note that repeats an
earlier one. Everything is drawn from one `random.Random(seed)`, in this order.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from medllm.data.corpus.case import _Case
from medllm.data.corpus.tables import DEFAULT_SEED, NOTE_TYPES, PHI_FRACTION, SPECIALTIES
from medllm.data.corpus.writers import _WRITERS, _header, _phi_tail, _summary


def _sanity_subst(text: str) -> str:
    return " ".join(text.split())


def _plan(n: int, rng: random.Random) -> list[tuple[str, str]]:
    pairs = []
    for i in range(n):
        sp = SPECIALTIES[i % len(SPECIALTIES)]
        nt = NOTE_TYPES[(i + i // 42) % len(NOTE_TYPES)]  # 42 = lcm(14, 6): shift to reach every pair
        pairs.append((sp, nt))
    rng.shuffle(pairs)
    return pairs


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def generate(n: int = 300, seed: int = DEFAULT_SEED, with_facts: bool = False) -> list[dict]:
    """`n` synthetic notes with faithful summaries; the same (n, seed) gives identical output.

    Each item: {"source_id": "g0001", "specialty", "note_type", "clinical_note", "summary",
    "phi": bool}; with `with_facts=True` also "facts": [{"kind", "text"}] spans of the summary."""
    if n < 0:
        raise ValueError("n must be >= 0")
    rng = random.Random(seed)
    plan = _plan(n, rng)
    phi_ids = set(rng.sample(range(n), round(n * PHI_FRACTION)))
    out: list[dict] = []
    seen: set[str] = set()
    for i, (sp, nt) in enumerate(plan):
        phi = i in phi_ids
        for _attempt in range(50):
            c = _Case(rng, sp, nt, phi)
            sents = _WRITERS[nt](c)
            if phi:
                sents = [_header(c)] + sents + _phi_tail(c)
            note = _sanity_subst(" ".join(x for x in sents if x))
            summary, facts = _summary(c)
            summary = _sanity_subst(summary)
            key = _norm(note)
            if key not in seen:
                break
        seen.add(key)
        rec = {"source_id": f"g{i + 1:04d}", "specialty": sp, "note_type": nt, "clinical_note": note,
               "summary": summary, "phi": phi}
        if with_facts:
            rec["facts"] = facts
        out.append(rec)
    return out


def write_raw(path, n: int = 300, seed: int = DEFAULT_SEED) -> int:
    """Write `generate(n, seed)` as JSONL (one object per line, UTF-8); returns the count."""
    rows = generate(n, seed)
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    tmp = p.with_name(p.name + ".tmp")
    with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    tmp.replace(p)
    return len(rows)
