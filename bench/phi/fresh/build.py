"""Build marked_dev.jsonl / marked_test.jsonl from the template modules.

Usage: python build.py   (deterministic; seeds fixed below)
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _lib import Gen  # noqa: E402


def build(mod, prefix, seed, out):
    g = Gen(seed, **mod.CONFIG)
    rows = []
    for fn, n in mod.PHI_TEMPLATES + mod.NOPHI_TEMPLATES:
        for _ in range(n):
            style, note, summ = fn(g)
            rows.append((style, note, summ))
    g.rng.shuffle(rows)
    with open(os.path.join(HERE, out), "w", encoding="utf-8") as f:
        for i, (style, note, summ) in enumerate(rows, 1):
            f.write(json.dumps({"id": f"{prefix}-{i:04d}", "style": style, "note": note,
                                "summary": summ}, ensure_ascii=False) + "\n")
    print(f"{out}: {len(rows)} notes")


if __name__ == "__main__":
    import dev_templates
    build(dev_templates, "fdev", 20240611, "marked_dev.jsonl")
    try:
        import test_templates
    except ImportError:
        print("test_templates not present; skipped")
    else:
        build(test_templates, "ftest", 977131, "marked_test.jsonl")
