"""Convert marked_{dev,test}.jsonl -> notes_{dev,test}.jsonl (plain text + spans).

Markup:  [[TYPE:text]]  PHI        TYPE in NAME DATE MRN PHONE EMAIL ADDRESS AGE SSN
         {{kind:text}}  look-alike kind in dose lab vital score eponym drug age
Offsets are character offsets into the plain text, end exclusive.
Fails loudly (raises) on unbalanced, nested, empty or unknown markup.
"""
import json
import os
import re
import sys

PHI_TYPES = {"NAME", "DATE", "MRN", "PHONE", "EMAIL", "ADDRESS", "AGE", "SSN"}
CLIN_KINDS = {"dose", "lab", "vital", "score", "eponym", "drug", "age"}
HERE = os.path.dirname(os.path.abspath(__file__))


class MarkupError(ValueError):
    pass


def parse(marked, where=""):
    out, phi, clin = [], [], []
    pos, i, n = 0, 0, len(marked)
    while i < n:
        two = marked[i:i + 2]
        if two in ("[[", "{{"):
            close = "]]" if two == "[[" else "}}"
            j = marked.find(close, i + 2)
            if j < 0:
                raise MarkupError(f"{where}: unclosed {two!r} at {i}: {marked[i:i + 40]!r}")
            inner = marked[i + 2:j]
            if any(t in inner for t in ("[[", "]]", "{{", "}}")):
                raise MarkupError(f"{where}: nested markup at {i}: {inner!r}")
            m = re.fullmatch(r"([A-Za-z]+):(.*)", inner, re.S)
            if not m:
                raise MarkupError(f"{where}: malformed markup at {i}: {inner!r}")
            tag, text = m.group(1), m.group(2)
            if two == "[[" and tag not in PHI_TYPES:
                raise MarkupError(f"{where}: unknown PHI type {tag!r} at {i}")
            if two == "{{" and tag not in CLIN_KINDS:
                raise MarkupError(f"{where}: unknown clinical kind {tag!r} at {i}")
            if not text or text != text.strip():
                raise MarkupError(f"{where}: empty or whitespace-padded span {inner!r}")
            (phi if two == "[[" else clin).append([pos, pos + len(text), tag])
            out.append(text)
            pos += len(text)
            i = j + 2
        elif two in ("]]", "}}"):
            raise MarkupError(f"{where}: stray {two!r} at {i}: {marked[max(0, i - 30):i + 2]!r}")
        else:
            out.append(marked[i])
            pos += 1
            i += 1
    plain = "".join(out)
    for s, e, t in phi + clin:  # self-check
        assert 0 <= s < e <= len(plain)
    return plain, phi, clin


def convert(portion, folder=HERE):
    src = os.path.join(folder, f"marked_{portion}.jsonl")
    dst = os.path.join(folder, f"notes_{portion}.jsonl")
    rows, seen = [], set()
    with open(src, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                continue
            rec = json.loads(line)
            for k in ("id", "style", "note", "summary"):
                if k not in rec:
                    raise MarkupError(f"{src}:{ln}: missing key {k!r}")
            if rec["id"] in seen:
                raise MarkupError(f"{src}:{ln}: duplicate id {rec['id']}")
            seen.add(rec["id"])
            note, pn, cn = parse(rec["note"], f"{rec['id']}/note")
            summ, ps, cs = parse(rec["summary"], f"{rec['id']}/summary")
            rows.append({"id": rec["id"], "portion": portion, "style": rec["style"],
                         "note": note, "summary": summ,
                         "phi": {"note": pn, "summary": ps},
                         "clinical": {"note": cn, "summary": cs}})
    with open(dst, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return rows


def write_marked_and_convert(portion, records, folder):
    """For a hand-written set (fresh2, fresh3): write marked_<portion>.jsonl from `records` (dicts with
    id, style, note, summary), convert it to notes_<portion>.jsonl and print its counts."""
    with open(os.path.join(folder, f"marked_{portion}.jsonl"), "w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    rows = convert(portion, folder)
    n, nophi, phi, clin = stats(rows)
    print(f"{portion}: {n} notes ({nophi} without PHI)")
    print("  PHI:", dict(sorted(phi.items())))
    print("  clinical:", dict(sorted(clin.items())))
    return rows


def load_hand_written(folder, portion):
    """The NOTES of a hand-written set's src_<portion>.py and src_<portion>_*.py parts, in file order
    (each a dict with exactly style, note and summary)."""
    import glob
    import importlib.util

    paths = sorted(glob.glob(os.path.join(folder, f"src_{portion}.py"))) + sorted(glob.glob(os.path.join(folder, f"src_{portion}_*.py")))
    notes = []
    for path in paths:
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        for k, rec in enumerate(mod.NOTES):
            if set(rec) != {"style", "note", "summary"}:
                raise ValueError(f"{path}: note {k}: keys {sorted(rec)}")
            notes.append(rec)
    return notes


def build_hand_written(folder, prefixes):
    """Write marked_<portion>.jsonl and notes_<portion>.jsonl of a hand-written set for each portion
    (ids <prefix>-0001.. in file order); returns the converted rows by portion."""
    out = {}
    for portion, prefix in prefixes.items():
        records = [{"id": f"{prefix}-{i:04d}", "style": rec["style"], "note": rec["note"].strip(),
                    "summary": rec["summary"].strip()} for i, rec in enumerate(load_hand_written(folder, portion), 1)]
        out[portion] = write_marked_and_convert(portion, records, folder)
    return out


def stats(rows):
    from collections import Counter
    phi, clin = Counter(), Counter()
    nophi = 0
    for r in rows:
        spans = r["phi"]["note"] + r["phi"]["summary"]
        nophi += not spans
        phi.update(t for _, _, t in spans)
        clin.update(t for _, _, t in r["clinical"]["note"] + r["clinical"]["summary"])
    return len(rows), nophi, dict(phi), dict(clin)


if __name__ == "__main__":
    portions = sys.argv[1:] or ["dev", "test"]
    for p in portions:
        rows = convert(p)
        n, nophi, phi, clin = stats(rows)
        print(f"{p}: {n} notes ({nophi} without PHI)")
        print("  PHI:", dict(sorted(phi.items())))
        print("  clinical:", dict(sorted(clin.items())))
