"""Consistency checks for the hand-written fresh5 notes (run after build.py); prints things to review.
Adapted from ../fresh3/check.py and ../fresh4/check.py (same checks, copied in so that nothing of another set
is read), plus an estimate of how many NAME spans have no cue right beside them.

1. name words shared between the dev and test portions (the two name pools must be disjoint);
2. words used inside a NAME span somewhere in a portion that also occur unmarked elsewhere in it;
3. unmarked text that looks like a date, phone, long number, e-mail, ZIP or SSN;
4. per-portion counts of notes per style and of notes without PHI;
5. every note with PHI has >= 3 look-alikes in its note text, every note without PHI >= 5;
6. NAME spans with / without a cue (title, relation or role word, credential) within the neighbouring words.
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
PARTICLES = {"van", "der", "de", "la", "le", "du", "des", "da", "dos", "das", "di", "del", "von", "al", "el",
             "bin", "ibn", "abu", "st", "y", "e", "mc", "o", "thị", "thi", "văn", "ní", "ó"}
# words that, right before or right after a name, tell a reader it is a person (judged by hand, not exhaustive)
CUES_BEFORE = {"dr", "mr", "mrs", "ms", "miss", "fr", "lt", "rn", "np", "pa", "md", "pt", "patient", "name",
               "mother", "mom", "mum", "father", "dad", "son", "daughter", "wife", "husband", "brother", "sister",
               "grandma", "grandmother", "grandson", "granddaughter", "nephew", "niece", "uncle", "aunt", "cousin",
               "partner", "fiancé", "boyfriend", "girlfriend", "friend", "roommate", "neighbor", "caller", "employee",
               "officer", "coach", "teacher", "principal", "doula", "aide", "chaplain", "kahu", "interpreter",
               "sw", "pt", "ot", "slp", "nurse", "attending", "fellow", "palliative", "mfm", "ortho", "coordinator",
               "supervisor", "adjuster", "orthoptist", "lactation", "student", "resident", "donor", "candidate",
               "client", "by", "with", "baby", "abuela", "doña", "bà", "ông", "officer", "spi", "off-going",
               "on-coming", "re", "scored", "referring", "tech", "psych", "lpc", "safety", "advocate", "employer",
               "endocrine", "neurosurg", "icu", "parent", "koro", "dr.", "mrs.", "ms.", "lt.", "fr.", "mr."}
CUES_AFTER = {"rn", "md", "np", "pa-c", "cnm", "lpc", "phd", "psyd", "licsw", "ibclc", "rpsgt", "cdces", "mother",
              "mom", "mum", "father", "dad", "son", "daughter", "wife", "husband", "brother", "sister", "cousin",
              "nephew", "niece", "grandson", "granddaughter", "neighbor", "parents", "family", "ent", "pcp",
              "senior", "ep", "nephrology", "urology", "house", "icu", "charge", "classmate", "fob", "aide",
              "coworker", "surgery", "ortho", "do", "d-abms", "d-absm", "rn.", "interpreting", "sw", "pharmd"}


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


def cued(text, s, e):
    before = re.findall(r"[\w.'-]+", text[max(0, s - 25):s].lower())
    after = re.findall(r"[\w.'-]+", text[e:e + 25].lower())
    b = [w.strip("'") for w in before[-2:]]
    a = [w.strip(".,'") for w in after[:2]]
    return any(w in CUES_BEFORE or w.rstrip(".") in CUES_BEFORE for w in b) or any(w in CUES_AFTER for w in a) \
        or text[max(0, s - 6):s].lower().strip().endswith(("pt:", "name:", "patient:"))


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
    bad = []
    for p, rows in portions.items():
        print(f"\n==== {p}")
        styles = Counter(r["style"] for r in rows)
        print("styles:", dict(sorted(styles.items())))
        print("without PHI:", sum(1 for r in rows if not r["phi"]["note"] + r["phi"]["summary"]))
        vocab = nw[p]
        n_names = n_cueless = 0
        for r in rows:
            has_phi = bool(r["phi"]["note"] + r["phi"]["summary"])
            if len(r["clinical"]["note"]) < (3 if has_phi else 5):
                bad.append((r["id"], has_phi, len(r["clinical"]["note"])))
            for part in ("note", "summary"):
                text = r[part]
                for s, e, t in r["phi"][part]:
                    if t == "NAME":
                        n_names += 1
                        n_cueless += not cued(text, s, e)
                for m in re.finditer(r"[^\W\d_]+(?:'[^\W\d_]+)?", text):
                    w = m.group(0).lower()
                    in_clin = any(a <= m.start() and m.end() <= b for a, b, _ in r["clinical"][part])
                    if w in vocab and w not in PARTICLES and len(w) > 2 and not in_clin and outside(r, part, m.start(), m.end()):
                        ctx = text[max(0, m.start() - 30):m.end() + 30].replace("\n", " ")
                        print(f"  unmarked name word {m.group(0)!r} in {r['id']}/{part}: ...{ctx}...")
                for kind, pat in pats.items():
                    for m in re.finditer(pat, text, re.I):
                        if outside(r, part, m.start(), m.end()):
                            if any(a <= m.start() and m.end() <= b for a, b, _ in r["clinical"][part]):
                                continue
                            ctx = text[max(0, m.start() - 25):m.end() + 25].replace("\n", " ")
                            print(f"  unmarked {kind} {m.group(0)!r} in {r['id']}/{part}: ...{ctx}...")
        print(f"NAME spans: {n_names}, with no cue word beside them (estimate): {n_cueless} ({n_cueless / max(1, n_names):.0%})")
    print("\n== notes below the look-alike minimum:", bad or "none")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
