"""Consistency checks for the hand-written fresh5 notes (run after build.py): ../fresh3/check.py's checks
(disjoint name pools, name words unmarked elsewhere, unmarked identifier-like text, counts) and ../fresh4/check.py's
look-alike minimums, run on this folder, plus an estimate of how many NAME spans have no cue right beside them.
"""
import importlib.util
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def _set_check(name: str):
    spec = importlib.util.spec_from_file_location(f"{name}_check", os.path.join(os.path.dirname(HERE), name, "check.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    mod.HERE = HERE
    return mod


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



def cued(text, s, e):
    before = re.findall(r"[\w.'-]+", text[max(0, s - 25):s].lower())
    after = re.findall(r"[\w.'-]+", text[e:e + 25].lower())
    b = [w.strip("'") for w in before[-2:]]
    a = [w.strip(".,'") for w in after[:2]]
    return any(w in CUES_BEFORE or w.rstrip(".") in CUES_BEFORE for w in b) or any(w in CUES_AFTER for w in a) \
        or text[max(0, s - 6):s].lower().strip().endswith(("pt:", "name:", "patient:"))


def cue_estimate(load) -> None:
    for p in ("dev", "test"):
        n_names = n_cueless = 0
        for r in load(p):
            for part in ("note", "summary"):
                for s, e, t in r["phi"][part]:
                    if t == "NAME":
                        n_names += 1
                        n_cueless += not cued(r[part], s, e)
        print(f"{p}: NAME spans: {n_names}, with no cue word beside them (estimate): {n_cueless} ({n_cueless / max(1, n_names):.0%})")


def main() -> int:
    fresh3 = _set_check("fresh3")
    fresh3.main()
    fresh4 = _set_check("fresh4")
    fresh4.load = fresh3.load
    bad = fresh4.lookalike_minimums()
    cue_estimate(fresh3.load)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
