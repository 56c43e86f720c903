"""Deterministic grounding checker: which checkable facts in a summary does the note not support?

No model and no network: the summary and the note are normalized (unicode, case, whitespace,
dotted abbreviations, numbers written as words, thousands separators, `x10^3/uL`), tokenized,
and the summary's facts are checked one by one against the note:

  medication  a drug (drug-named-entity-recognition, synonyms and brands resolved to one drug)
              that the note never mentions, or a word no dictionary knows that is shaped like a
              drug (a USAN/INN stem such as -azole, -pine, -idone, or a dose right after it) and
              is neither in the note nor a near-spelling of the note's drug
  dosage      a dose attached to a drug that the note never gives for that drug
  unit        the same number as the note's, with another unit ("0.25 mg" -> "0.25 mcg")
  route       PO/oral/by mouth, IV/intravenous, IM, SC/subcutaneous, inhaled, ... for a drug
  frequency   bid == twice daily == q12h == every 12 hours, daily, nightly, prn, every N weeks...
  lab_value / vital_sign   a named lab or vital whose value the note does not give for that name,
              or whose value the note gives another name ("urea 149/67 mmHg" where that is the BP),
              or a lab listed among the vitals (a vital among the labs) unless the note lists it so
  laterality  left/right/bilateral (L/R) attached to an anatomical phrase with another side in the note
  negation    a finding affirmed in the summary but negated in the note, or the reverse (NegEx-style),
              or an invented negative: "no X" where the note never mentions X
  temporal    durations, ages, "hospital day N" and dates absent from the note (3 days != 3 weeks), or
              a duration the note gives in another role: "admitted for 6 days" where 6 days is how
              long a symptom lasted (the stay another number), "seen for 1 week" where 1 week is the
              follow-up interval, "a 5-day-old man" for a 47-year-old; "admitted on hospital day 5"
  diagnosis / procedure    a clinical term (curated vocabulary, clinical suffixes such as -itis,
              -ectomy, -scopy) absent from the note, or a conflicting qualifier (open vs laparoscopic);
              an affirmed symptom the note never names in any of its names (chills/rigors, dyspnea/
              shortness of breath, sore throat, chest pain/pressure, ...); a grade, stage, type or
              lettered subtype the note gives that finding otherwise ("influenza B" for "influenza A")
  context     a fact in another role than the note's: a drug or procedure the note only plans,
              recommends, consults on or holds stated as done ("underwent", "was started"); an
              ED/inpatient/new drug stated as a home or discharge medication; a dosed drug listed
              as a lab (the nearest role word before a mention in its sentence decides its role);
              "diagnosed with" a procedure, with what the note gives only as past history, or
              "after" the procedure the note gives it as the indication for;
              this visit's labs, exam or plan put at home ("home labs"); a result put to another
              source than the note's ("blood cultures showed ANC 300/uL", "labs showed colitis"
              for a sigmoidoscopy's finding); a drug stated as held/stopped when the note holds
              another, or given when the note stops it; a status or direction the note states the
              other way ("current smoker" for "former smoker", "worsening", "from 40 to 20" for
              "from 20 to 40"; "febrile" for "afebrile" is a negation); a lab's or vital's value
              given to a finding ("orthopnea 16" where 16 is the RR)
  number      any other number in the summary that the note does not contain
  (sources)   "X showed Y" where the note sentence that states Y names another source, or the note never
              names the test X ("CT showed a central line" for the chest X-ray's): context, procedure
  (links)     a cause the note does not state: "X due to / secondary to / caused by Y", or "X after
              (taking) DRUG", where no note sentence names both X and Y: diagnosis
  (words)     a word the note never writes, in any spelling near its own, that is neither ordinary
              English (lexicon: SCOWL's word list) nor known to the vocabularies or the drug
              dictionary ("positive spago", "methablocker colitis"): medication when drug-shaped or
              dosed, else diagnosis; a proper name the note never writes ("lives in Denver") is other,
              and so is an upper-case acronym the note neither writes nor spells out as initials
  other       a social or source claim the note does not make: an address placeholder used as
              anything but where the patient lives, a living situation the note never names
              ("homebound"), a relative reporting what no relative reports in the note

Safe conversions only: g/mg/mcg, L/dL/mL, minutes/hours/days/weeks, months/years, 10^3/uL.
The same inputs always give the same list, in summary order (no dependence on hash seeds).

Limits: the check is lexical. A faithful paraphrase can still be flagged when it uses a word the
vocabularies do not connect to the note's (a brand the drug dictionary does not map, e.g.
"Gastrografin" for "water-soluble contrast"); a fabrication is missed when it reuses the note's own
words in a new combination the checks do not bind (a frequency the note gives the same drug at
another dose). Roles (context, temporal roles) are read from the nearest role word before a mention
in its sentence ("Recommend ...; proceed with X", "Home medications: ...", "follow up in 3 weeks"),
so a note that states a role far from its fact, or a drug the dictionary does not know (oxytocin),
leaves that role unread and the fact unchecked. Measured on the annotated model summaries
(`check --score phase1_data/annotated/annotated.jsonl --split dev|heldout`); rules were developed on
the dev notes only. `python -m medllm check FILE.jsonl` runs it over a file (see check_jsonl).

Layout (each module imports only from those above it in this list, so there are no cycles):

  result          TYPES and Unsupported
  text            normalisation with source indices, tokens, stop words, lemmas, dates
  units           units and their conversions, numbers with units (_Q), frequency and route patterns
  vocab           lab/vital names, sides, diagnosis/procedure/anatomy words, synonyms, abbreviations,
                  symptoms, subtypes; _term_type
  cues            negation triggers, role words, status flips, result sources, list headings
  drugs           the drug dictionary (loaded on first use, cached), drug stems, salts, classes
  lexicon         the English word list (english_words.txt.gz, loaded on first use), misspellings
  morphology      medical word building: combining forms, prefixes, endings, derivations of known words
  paraphrase      what a note implies without naming it, abbreviations with another expansion, how a
                  negation, an approximate value or a rate is restated (consulted before a flag)
  doc             _Doc, the analysed text, and its cache _doc
  rules_base      _FinderBase: the state a check shares and how a mention's role is read
  rules_drugs     medication, dosage, unit, route, frequency
  rules_values    lab_value, vital_sign, temporal, number
  rules_findings  laterality, negation, diagnosis/procedure terms, symptoms, subtypes
  rules_context   context and other: roles, sources, status flips, social claims
  rules_sources   a finding credited to a test that did not give it; causes the note does not state
  abbreviations   standard clinical abbreviations (clinical_abbreviations.txt, loaded on first use)
  rules_words     words no vocabulary, no word list and no note knows; acronyms the note never spells out
  api             _Finder (the rule families, run in a fixed order), check, is_hallucinated
  jsonl           check_jsonl, the CLI's file mode
"""

from __future__ import annotations

from medllm.grounding.checker.result import TYPES, Unsupported
from medllm.grounding.checker.text import _fmt
from medllm.grounding.checker.vocab import _ABBR_SEQ, _DIAG_PHRASE_SEQ, _HYPERNYM, _PROC_PHRASE_SEQ, _term_type
from medllm.grounding.checker.drugs import _drug_lookup
from medllm.grounding.checker.doc import _Doc, _doc
from medllm.grounding.checker.api import _Finder, check, is_hallucinated
from medllm.grounding.checker.jsonl import check_jsonl

# The private names are imported from here elsewhere: medllm.grounding.scores builds its fact keys on the
# checker's own analysis (_doc, _Doc, _Finder, the phrase tables, _term_type, _fmt),
# medllm.clinical.names (the redactor's name detection) uses _drug_lookup, and the tests clear the _doc cache.
__all__ = ["Unsupported", "TYPES", "check", "is_hallucinated", "check_jsonl"]
