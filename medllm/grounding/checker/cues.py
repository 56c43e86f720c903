"""Cue words: how a fact is stated rather than what it is. NegEx-style triggers and scope
ends, role words (planned, done, home, discharge, inpatient, held, allergy, history, indication),
status flips, result sources, list headings, duration roles, social and reporting words."""

from __future__ import annotations

from medllm.grounding.checker.text import _GENERIC, _lemma


# words that end a drug's narrow window (its own dose, route and frequency)
_NARROW_STOP = {"and", "plus", "with", "or", "while", "but", "after", "before", "from", "has", "had", "have",
                "then", "followed",
                "who", "which", "that", "because", "due", "since", "whereas", "although"}

# NegEx-style triggers
_NEG_PRE = {"no", "not", "without", "denies", "denied", "deny", "denying", "never", "none", "nor",
            "neither", "free", "absence", "negative", "non", "avoid", "avoids", "avoiding"}
_NEG_PRE_NEXT = {"free": "of", "absence": "of", "negative": "for"}
_NEG_POST = {"negative", "absent", "undetectable", "unremarkable"}
_NEG_TERM = {"but", "however", "although", "though", "except", "which", "who", "whereas", "yet", "with",
             "reports", "report", "reported", "endorses", "endorsed", "presents", "presented", "admits",
             "complains", "has", "had", "have", "because", "due", "secondary", "given", "unless", "if",
             "when", "whether", "so", "than"}
_PREPS = {"on", "at", "in", "by", "from", "to", "during", "per", "via", "for", "before", "after", "since",
          "until", "over", "under", "within", "into", "throughout", "while"}
_BE = {"was", "were", "is", "are", "be", "been"}
_NOT_POST = {"done", "seen", "given", "indicated", "present", "identified", "visualized", "found", "noted"}
_AUX = {"was", "were", "is", "are", "has", "had", "have", "will", "would", "should", "can", "could",
        "may", "did", "does", "received", "underwent", "remains", "remained", "became", "then"}
_DET = {"a", "an", "the", "his", "her", "their", "its", "this", "that"}
_AFFIRM_BEFORE = {"reports", "reported", "report", "endorses", "endorsed", "has", "had", "having", "with",
                  "presents", "presented", "positive", "showed", "shows", "revealed", "demonstrated",
                  "complains", "complained", "developed", "develops", "notable", "found", "persistent",
                  "new", "worsening", "ongoing", "continued", "experienced", "experiencing", "admits"}
_AFFIRM_AFTER = {"present", "reported", "noted", "seen", "found", "positive", "observed", "identified",
                 "endorsed", "persists", "persisted", "developed"}
_NEG_SKIP_WORDS = _GENERIC | set("""
known acute chronic mild moderate severe recent current prior significant evidence sign signs
taking using tolerating walking getting having being going
""".split())


# The role a mention plays in its sentence: the nearest role word before it decides ("Recommend
# start X; proceed with Y" -> both planned; "Home medications: A; newly added B" -> A home, B new).
_ROLE_PLAN = "plan"
_ROLE_DONE = "done"
_ROLE_HOME = "home"
_ROLE_DISCHARGE = "discharge"
_ROLE_INPATIENT = "inpatient"
_ROLE_POSTOP = "postop"
_ROLE_LABS = "labs"
_ROLE_STOP = "stop"
_ROLE_ALLERGY = "allergy"
_ALLERGY_WORDS = "allergies allergy allergic allergen intolerance intolerant".split()
_NOTE_ROLES = {
    **dict.fromkeys(_ALLERGY_WORDS, _ROLE_ALLERGY),
    **dict.fromkeys("""recommend recommends recommended recommendation recommendations proceed consult
        consults consulted consultation plan plans planned arrange arranged schedule scheduled will consider
        considered considering if avoid pending refer referral referred candidate should follow follow-up
        followup suggest suggested suggests advise advised advises await awaiting planning""".split(), _ROLE_PLAN),
    **dict.fromkeys("""hold held discontinue discontinued stop stopped""".split(), _ROLE_STOP),
    **dict.fromkeys("""underwent undergone received given treated administered started performed completed
        showed revealed demonstrated continue continued""".split(), _ROLE_DONE),
    **dict.fromkeys("""home outpatient takes taking current verified baseline""".split(), _ROLE_HOME),
    **dict.fromkeys("""discharge discharged""".split(), _ROLE_DISCHARGE),
    **dict.fromkeys("""ed inpatient added new newly periprocedural intraoperative""".split(), _ROLE_INPATIENT),
    **dict.fromkeys("""postoperative postop post-operative""".split(), _ROLE_POSTOP),
}
# "Plan: prednisone 40 mg daily" orders a drug; "Plan: colonoscopy next month" is still to come
_NOTE_DRUG_ROLES = {w: r for w, r in _NOTE_ROLES.items() if w not in ("plan", "plans")}
# in a summary: what it claims was done, kept at home or given at discharge
_SUMMARY_ROLES = {
    **dict.fromkeys("""recommend recommends recommended recommendation recommendations proceed consult
        consults consulted plan plans planned arrange arranged schedule scheduled will consider considered
        if avoid pending refer referral referred to should may might candidate suggest suggested advised
        awaiting""".split(), _ROLE_PLAN),
    **dict.fromkeys("""hold holds holding held stop stops stopping stopped discontinue discontinued
        discontinuing""".split(), _ROLE_STOP),
    **dict.fromkeys("""underwent undergone undergoing received given took taken started began begun
        treated administered completed added continuing had initiated performed""".split(), _ROLE_DONE),
    **dict.fromkeys("""home outpatient prior preoperative pre-operative previous bottle baseline takes usual
        maintenance""".split(), _ROLE_HOME),
    **dict.fromkeys("""discharge discharged""".split(), _ROLE_DISCHARGE),
    **dict.fromkeys("""labs lab vitals""".split(), _ROLE_LABS),
    **dict.fromkeys(_ALLERGY_WORDS, _ROLE_ALLERGY),
    # these end the reach of a role word before them ("discharged home after X was given")
    **dict.fromkeys("""diagnosed presented presents admitted""".split(), ""),
}
_NORMAL_WORDS = {"normal", "unremarkable", "intact", "negative", "clear"}
# other words a note uses for the same denied thing ("denies tobacco use" for "never smoker")
_NEG_HEAD_SYNONYMS = {}
for _g in [["tobacco", "smoking", "smoker", "smoke", "cigarette", "cigarettes", "nicotine"],
           ["alcohol", "etoh", "drinking", "drinks", "drink"], ["drug", "drugs", "illicit", "substance"],
           ["fever", "fevers", "febrile", "afebrile"], ["allergy", "allergies", "nkda", "nka"],
           ["distress", "comfortable"], ["trauma", "injury", "fall"]]:
    for _w in _g:
        _NEG_HEAD_SYNONYMS[_lemma(_w)] = _g
_GENERIC_RESULTS = {_lemma(w) for w in "testing test screen screening workup study result finding".split()}
# negated words that name no particular finding ("no other complaints", "denies any")
_INVENTED_NEG_SKIP = set("""
other any further complaint complaints issue issues problem problems change changes concern concerns
visible noted apparent obvious signs symptoms symptom sign focal specific particular additional remarkable
""".split())
# past history against this visit's diagnosis, for "diagnosed with X"
_HISTORY_ROLES = {
    # "a 57-year-old woman with hepatitis C and gout; her main complaint is ...": comorbidities
    **dict.fromkeys("history pmh past prior previous known year-old".split(), "history"),
    **dict.fromkeys("""diagnosis diagnoses impression assessment diagnosed indication reason evaluate
        developed presents presented reports here complaint new""".split(), ""),
}
_INDICATION_ROLES = {"indication": "indication", "indications": "indication", "reason": "indication",
                     "preoperative": "indication", "pre-operative": "indication"}
_DIAG_PHRASE_END = {"after", "following", "by", "via", "on", "during", "and", "in", "at", "from", "because",
                    "due", "secondary", "who", "which", "while"}
# who gives a result: the labs, or a test / the exam ("Labs showed colitis" for a sigmoidoscopy's finding)
_SHOWED = {"showed", "shows", "revealed", "demonstrated", "notable"}
_LAB_SOURCES = {_lemma(w) for w in "labs lab laboratory bloodwork chemistry chemistries panel".split()}
_TEST_SOURCES = {_lemma(w) for w in """culture cultures ultrasound x-ray xray ct mri scan biopsy aspiration
    sigmoidoscopy colonoscopy endoscopy echocardiogram ecg ekg urinalysis imaging radiograph spirometry
    exam examination angiography angiogram doppler""".split()}
# what a visit does, not what happens at home ("home labs" for the visit's labs)
_VISIT_THINGS = {_lemma(w) for w in """labs lab exam examination plan care vitals tests test imaging workup
    protocol""".split()}
_STOP_AFTER = {"stopped", "discontinued", "held"}
# a status and its opposite: the summary may not give the opposite of what the note states
_STATUS_FLIPS = {"afebrile": "febrile", "febrile": "afebrile", "former": "current", "current": "former",
                 "ex-smoker": "smoker", "nonsmoker": "smoker", "non-smoker": "smoker",
                 "increased": "decreased", "decreased": "increased", "increase": "decrease", "decrease": "increase",
                 "reduced": "increased", "improving": "worsening", "worsening": "improving",
                 "improved": "worsened", "worsened": "improved", "uptitrated": "downtitrated"}
_FLIP_NEEDS_OBJECT = {"former", "current", "increased", "decreased", "increase", "decrease", "reduced",
                      "improving", "worsening", "improved", "worsened", "uptitrated"}
# social history and who reported what
_RESIDENCE = {"live", "lives", "living", "lived", "resides", "reside", "residing", "address", "home", "at-home"}
_SOCIAL_WORDS = set("""homebound housebound bedbound bed-bound wheelchair-bound homeless incarcerated married
widowed widower divorced unemployed""".split())
_RELATIVES = {_lemma(w) for w in """family parents parent mother father wife husband spouse partner daughter son
sister brother relatives relative caregiver guardian""".split()}
_REPORTED = {"reported", "reports", "report", "said", "says", "states", "stated", "noted", "endorsed",
             "endorses", "described", "describes", "witnessed", "observed"}
# the list a lab or vital value is put in ("Vitals included BP 123/82 mmHg and WBC 13.7")
_LIST_HEADINGS = {"vitals": "vital_sign", "vital": "vital_sign", "labs": "lab_value", "lab": "lab_value",
                  "laboratory": "lab_value", "bloodwork": "lab_value",
                  # a new predicate ends the list ("vitals were BP 141/69 and was seen for albumin 2.0")
                  **dict.fromkeys(("seen", "diagnosed", "underwent", "presented", "admitted", "reports", "denies"), "")}
# what a duration measures, by the words right before or after it
_TIME_ROLE_BEFORE = {
    **dict.fromkeys("""admitted admission hospitalized hospitalization stay discharged los""".split(), "stay"),
    "again": "followup", "repeat": "followup",
}
_FOLLOWUP_STEMS = ("follow", "return", "recheck", "review", "revisit", "reassess", "reevaluat", "appointment",
                   "see", "seen", "visit", "clinic", "check", "will", "plan", "schedul")
_TIME_ROLE_AFTER = {"stay": "stay", "hospitalization": "stay", "admission": "stay", "follow-up": "followup",
                    "followup": "followup"}
# "X was started", "X were given": the verb after the mention
_DONE_AFTER = {"started", "given", "added", "administered", "performed", "completed", "initiated", "begun"}
# every cue word above (rules_words: such a word is not an invented one)
_KNOWN_CUE_WORDS = set(_NOTE_ROLES) | set(_SUMMARY_ROLES) | _NEG_PRE | _NEG_POST | _NEG_TERM | _AFFIRM_BEFORE \
    | _AFFIRM_AFTER | _NEG_SKIP_WORDS | _INVENTED_NEG_SKIP | set(_HISTORY_ROLES) | _LAB_SOURCES | _TEST_SOURCES \
    | _VISIT_THINGS | set(_STATUS_FLIPS) | _RESIDENCE | _SOCIAL_WORDS | _RELATIVES | _REPORTED \
    | set(_NEG_HEAD_SYNONYMS) | set(_ALLERGY_WORDS) | _NORMAL_WORDS
