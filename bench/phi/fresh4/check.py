"""Consistency checks for the hand-written fresh4 notes (run after build.py); prints things to review.

1. name words shared between the dev and test portions (the two name pools must be disjoint);
2. words used inside a NAME span somewhere in a portion that also occur unmarked elsewhere in it;
3. unmarked text that looks like a date, phone, long number, e-mail, ZIP or SSN;
4. per-portion counts of notes per style and of notes without PHI.
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
PARTICLES = {"van", "der", "de", "la", "le", "du", "des", "da", "dos", "das", "di", "del", "von", "al", "el",
             "bin", "ibn", "abu", "st", "y", "e", "mc", "o", "thị", "thi", "văn"}


def load(portion):
    with open(os.path.join(HERE, f"notes_{portion}.jsonl"), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def words(text):
    return [w for w in re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", text.lower()) if len(w) > 1]


def name_words(rows):
    out = defaultdict(set)
    for r in rows:
        for part in ("note", "summary"):
            text = r[part]
            for s, e, t in r["phi"][part]:
                if t == "NAME":
                    for w in words(text[s:e]):
                        if w not in PARTICLES:
                            out[w].add(r["id"])
    return out


def outside(r, part, s, e):
    return not any(a < e and s < b for a, b, _ in r["phi"][part])


def main():
    portions = {p: load(p) for p in ("dev", "test") if os.path.exists(os.path.join(HERE, f"notes_{p}.jsonl"))}
    nw = {p: name_words(rows) for p, rows in portions.items()}
    if len(nw) == 2:
        shared = sorted(set(nw["dev"]) & set(nw["test"]))
        print("== name words in both portions:", shared or "none")
    pats = {
        "date": r"\b\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)\b",
        "phone": r"\b\d{3}[ .-]\d{4}\b|\(\d{3}\)",
        "longnum": r"\b\d{5,}\b",
        "email": r"\S+@\S+",
        "ssn": r"\b\d{3}-\d{2}-\d{4}\b",
    }
    for p, rows in portions.items():
        print(f"\n==== {p}")
        styles = Counter(r["style"] for r in rows)
        print("styles:", dict(sorted(styles.items())))
        print("without PHI:", sum(1 for r in rows if not r["phi"]["note"] + r["phi"]["summary"]))
        vocab = nw[p]
        for r in rows:
            for part in ("note", "summary"):
                text = r[part]
                for m in re.finditer(r"[^\W\d_]+(?:'[^\W\d_]+)?", text):
                    w = m.group(0).lower()
                    in_clin = any(a <= m.start() and m.end() <= b for a, b, _ in r["clinical"][part])
                    if w in vocab and w not in PARTICLES and len(w) > 2 and not in_clin and outside(r, part, m.start(), m.end()):
                        ctx = text[max(0, m.start() - 30):m.end() + 30].replace("\n", " ")
                        print(f"  unmarked name word {m.group(0)!r} in {r['id']}/{part}: ...{ctx}...")
                for kind, pat in pats.items():
                    for m in re.finditer(pat, text, re.I):
                        if outside(r, part, m.start(), m.end()):
                            clin = any(a <= m.start() and m.end() <= b for a, b, _ in r["clinical"][part])
                            if clin:
                                continue
                            ctx = text[max(0, m.start() - 25):m.end() + 25].replace("\n", " ")
                            print(f"  unmarked {kind} {m.group(0)!r} in {r['id']}/{part}: ...{ctx}...")




def lookalike_minimums():
    """Every note with PHI carries >= 3 look-alikes in its note text; every note without PHI >= 5."""
    bad = []
    for p in ("dev", "test"):
        for r in load(p):
            has_phi = bool(r["phi"]["note"] + r["phi"]["summary"])
            n = len(r["clinical"]["note"])
            if n < (3 if has_phi else 5):
                bad.append((r["id"], has_phi, n))
    print("\n== notes below the look-alike minimum:", bad or "none")
    return bad


if __name__ == "__main__":
    main()
    sys.exit(1 if lookalike_minimums() else 0)
