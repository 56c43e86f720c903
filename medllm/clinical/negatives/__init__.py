"""Typed, validated hard negatives: the faithful summary with exactly one clinical fact broken.

A DPO pair needs a rejected summary that is as close to the chosen (faithful) one as possible and
wrong in one checkable way.  This module proposes such edits by kind, then keeps only those that
survive validation against the note.

Kinds (`KINDS`)
  dosage       a drug's dose number x10, x2, /2, x4, /10, x3 (unit kept): "furosemide 40 mg" -> "400 mg"
  medication   a drug (found with drug-named-entity-recognition's `find_drugs`) swapped for a real drug
               of a different therapeutic class, chosen from a curated class table (the package gives
               no pharmacological class: its MeSH tree is chemical) and absent from the note; the
               replacement is confirmed with `find_drugs` too
  frequency    twice daily -> three times daily, daily -> twice daily, every 6 hours -> every 12 hours,
               nightly -> every morning, weekly -> daily, every other day -> daily ...
  route        PO <-> IV, IM -> IV, subcutaneously -> intravenously, inhaled -> intranasally ...
  laterality   left <-> right, bilateral -> left/right (the side plus the anatomy it names)
  negation     drop or flip a negation ("denies X" -> "reports X", "with no X" -> "with X",
               "without X" -> "with X", "was negative" -> "was positive") or add one
               ("reports X" -> "denies X", "positive" -> "negative")
  lab_value    the value after a named lab changed by a clinically meaningful step (sodium +-10,
               potassium +-1, LVEF +-25, pH +-0.1 ...; else about a quarter of the value), x10 or /10 for
               log-scale labs (TSH, troponin, BNP, lipase, CRP)
  unit         a quantity's unit swapped, number kept (mg -> mcg/g, mmol/L -> mg/dL, g/dL -> mg/dL ...)
  vital_sign   BP/HR/SpO2/T/RR/weight value changed to a clinically different one
  temporal     a duration's unit (3 days -> 3 weeks) or number (4 days -> 8 days); "day N"
  diagnosis    a term swapped for a related but different one from a curated vocabulary
               ("type 2 diabetes" -> "type 1 diabetes", "pneumonia" -> "pulmonary embolism")
  procedure    a procedure swapped for another ("laparoscopic" -> "open", "lumpectomy" -> "mastectomy")
  fabrication  one new sentence inserted after a sentence end, stating a fact the note does not
               (a drug, lab, procedure or finding), e.g. " Warfarin 5 mg PO daily was also started."

API
  `Negative(kind, from_, to, span, rejected)`: `span == [start, end]` is the character span of
  `from_` in the chosen summary and `rejected == chosen[:start] + to + chosen[end:]`; for a
  fabrication `from_ == ""` and `span == [i, i]` (the insertion point).  `from_`/`to` carry a little
  context (the drug name before a dose, the lab name before a value, the anatomy after a side) so
  that `to` reads as a statement.
  `candidates(note, summary, kind)`: every proposal for one kind, in a deterministic order.
  `validate(note, summary, neg)`: None when valid, else one of `REJECT_REASONS`.
  `make_negatives(note, summary, rng, kinds=KINDS, per_note=None)`: at most one validated negative
  per kind (uniform among the valid candidates, drawn with `rng`), at most `per_note` in all (kinds
  tried in an rng-shuffled order), plus a Counter of the candidates rejected, by reason.

Validation (`validate`, checks in this order; the first failure is the reason)
  chosen_unfaithful   `medllm.grounding.checker.check(note, chosen)` is not empty: nothing built on this
                      summary can be a clean pair (make_negatives then rejects every candidate)
  identical           rejected == chosen
  not_one_change      the span does not hold `from_`, `rejected` is not chosen with that span replaced,
                      or the edit is more than one change: a token diff of from_ -> to with more than
                      one changed block, or one block that changes two numbers/units/sides/... at once
  ungrammatical       the edit adds a double space, a doubled word, a space before punctuation or
                      doubled punctuation, an "a"/"an" that no longer agrees, an unbalanced
                      parenthesis, a lowercase sentence start, or a leading/trailing space
  supported_by_note   `to` occurs in the note (case and whitespace folded, word-bounded), or the
                      checker finds nothing unsupported in the rejected summary
  wrong_type          the checker flags the rejected summary, but with no type that fits the kind
                      (e.g. a "route" edit flagged only as a number); see `ACCEPTED_TYPES`

Limits
  Lexical, like the checker: facts are found with regexes and vocabularies, so a summary phrased
  in an unusual way yields fewer candidates, and a kind with no candidate in a summary (no side, no
  lab) yields none.  The validity of a negative is the checker's verdict: an edit the checker cannot
  see (a procedure name outside its vocabulary, a route change for a drug the note gives both ways)
  is rejected even if it is a real error, and an edit the checker flags is kept even when a
  clinician might call it a paraphrase.  Medication swaps only cover drugs in the curated class
  table (`DRUG_CLASSES`); other drugs found by `find_drugs` (and non-drugs it matches, such as
  "Escherichia coli") are not swapped.  Grammar checks are simple heuristics.
  Deterministic: no dependence on hash seeds; the same inputs and rng state give the same output.
  Speed: ~25-65 ms per starter note for all 13 kinds (candidates are validated lazily, in rng order,
  until one passes); the first call also loads the find_drugs dictionary (~1.5 s, once per process).

Layout (imports go one way, top to bottom):
  base.py        `Negative`, `KINDS`, `REJECT_REASONS`, `ACCEPTED_TYPES`, shared text/number helpers
  drugs.py       the curated drug classes and `find_drugs`-based drug mentions
  values.py      quantities, labs and vitals in a summary, and clinically different values
  vocab.py       curated diagnosis / procedure swaps and fabricated sentences
  edits.py       the proposers by kind, and `candidates`
  validation.py  `validate` and `make_negatives`
"""

from __future__ import annotations

from medllm.clinical.negatives.base import ACCEPTED_TYPES, KINDS, REJECT_REASONS, Negative
from medllm.clinical.negatives.drugs import DRUG_CLASSES, drug_class, drug_mentions
from medllm.clinical.negatives.edits import candidates
from medllm.clinical.negatives.validation import make_negatives, validate

__all__ = [
    "KINDS", "REJECT_REASONS", "ACCEPTED_TYPES", "DRUG_CLASSES", "Negative", "candidates", "validate",
    "make_negatives", "drug_mentions", "drug_class",
]
