"""The note writers (one per note type) and the faithful summary of a sampled `_Case`.

`_WRITERS[note_type](case)` returns the note's sentences; `_header` and `_phi_tail` add the
synthetic PHI of a PHI note; `_summary(case)` restates a subset of the case's facts as written
and lists them as {"kind", "text"} spans. All draw from the case's rng in a fixed order.
"""

from __future__ import annotations

from medllm.data.corpus.case import _Case, _cap, _join
from medllm.data.corpus.tables import ALLERGY, GENERAL, SOCIAL, SOCIAL_PEDS


# --------------------------------------------------------------------------- note writers

def _header(c: _Case) -> str:
    b = c.phi_bits
    parts = []
    if "name" in b:
        parts.append(f"Patient: {b['name']}.")
    if "mrn" in b:
        parts.append(c.rng.choice(["MRN: ", "MRN "]) + b["mrn"] + ".")
    if "dob" in b:
        parts.append(f"DOB: {b['dob']}.")
    if "phone" in b:
        parts.append(f"Phone: {b['phone']}.")
    return " ".join(parts)


def _phi_tail(c: _Case) -> list[str]:
    b = c.phi_bits
    out = []
    if "address" in b:
        out.append(c.rng.choice([f"Lives at {b['address']} with family.",
                                 f"Home address on file: {b['address']}."]))
    if "email" in b:
        out.append(f"Contact email: {b['email']}.")
    if "doctor" in b:
        out.append(c.rng.choice([f"Attending: {b['doctor']}.", f"Seen with {b['doctor']}."]))
    return out


def _admitted(c: _Case) -> str:
    if "date" in c.phi_bits and c.note_type in ("discharge_summary", "ed_note", "progress_soap", "consult"):
        return f" admitted on {c.phi_bits['date']}"
    return ""


def _intro(c: _Case) -> str:
    pmh = _join(c.pmh)
    who = c.who
    adm = _admitted(c)
    return c.rng.choice([
        f"{_cap(who)} with a history of {pmh}{adm} presents with {c.complaint}.",
        f"{_cap(who)} with {pmh}{adm} reports {c.complaint}.",
        f"{_cap(who)}{adm} with a past history of {pmh} who developed {c.complaint}.",
        f"Patient is {who} with {pmh}{adm}; {c.his} main complaint is {c.complaint}.",
        f"HPI: {who} with {pmh}{adm}, here with {c.complaint}.",
    ])


def _background(c: _Case) -> list[str]:
    """Social history, allergies and general appearance: no checkable numbers."""
    rng = c.rng
    if c.specialty == "pediatrics":
        social = rng.choice(SOCIAL_PEDS)
    else:
        social = rng.choice([t for t, lo, hi in SOCIAL if lo <= c.age <= hi])
    social = social.replace("{his}", c.his)
    out = [social, rng.choice(ALLERGY)]
    if rng.random() < 0.6:
        out.append(rng.choice(GENERAL))
    rng.shuffle(out)
    return out


def _vitals_sentence(c: _Case, lead: str | None = None) -> str:
    lead = lead or c.rng.choice(["Vitals: ", "Vital signs: ", "On arrival, ", "Exam: "])
    return lead + ", ".join(c.vitals) + "."


def _labs_sentence(c: _Case) -> str:
    labs = c.labs
    return c.rng.choice([
        f"Labs: {', '.join(labs)}.",
        f"Labs notable for {_join(labs)}.",
        f"Laboratory results: {'; '.join(labs)}.",
        f"Pertinent labs include {_join(labs)}.",
    ])


def _lat_sentence(c: _Case) -> str:
    rng = c.rng
    if c.src == "exam":
        return rng.choice([f"Exam shows {c.lat}.", f"On exam there is {c.lat}.", f"Examination notable for {c.lat}."])
    return rng.choice([f"{_cap(c.src)} showed {c.lat}.", f"{_cap(c.src)} demonstrated {c.lat}.",
                       f"{_cap(c.src)}: {c.lat}."])


def _neg_sentence(c: _Case) -> str:
    items = _join(c.neg_items, "or")
    return {"denies": f"{c.he} denies {items}.", "no": f"No {items}.",
            "reports no": f"{c.he} reports no {items}."}[c.neg_verb]


def _note_discharge(c: _Case) -> list[str]:
    rng = c.rng
    s = [rng.choice(["Discharge summary.", "DISCHARGE SUMMARY.", "Hospital discharge summary."])]
    s.append(_intro(c))
    s.append(rng.choice([f"Admitted for {c.los} days with {c.dx}.",
                         f"Principal diagnosis: {c.dx}; length of stay {c.los} days.",
                         f"{c.he} was hospitalized for {c.los} days for {c.dx}."]))
    s += _background(c)[:2]
    s.append(_vitals_sentence(c, rng.choice(["Admission vitals: ", "Vitals on admission: "])))
    s.append(_lat_sentence(c))
    s.append(_labs_sentence(c))
    s.append(rng.choice([f"Treated with {_join(c.inpt_meds)}.", f"Received {_join(c.inpt_meds)} in hospital.",
                         f"Inpatient therapy included {_join(c.inpt_meds)}."]))
    s.append(rng.choice([f"Underwent {c.proc} on hospital day 2.", f"{c.he} underwent {c.proc} on hospital day 2."]))
    s.append(_neg_sentence(c))
    dm = c.home_meds
    s.append(rng.choice([f"Discharge medications: {'; '.join(dm)}.", f"Discharged on {_join(dm)}.",
                         f"Medications at discharge: {', '.join(dm)}."]))
    if c.held:
        s.append(f"Hold {c.held} until follow-up.")
    s.append(rng.choice([f"Follow up {c.fu}.", f"Clinic follow-up {c.fu} with repeat labs."]))
    return s


def _note_progress(c: _Case) -> list[str]:
    rng = c.rng
    inpatient = c.sc["setting"] == "inpatient"
    day = f"hospital day {c.hday}"
    s = [rng.choice([f"S: {_cap(day)}." if inpatient else "S: Clinic follow-up.",
                     f"Progress note, {day}. S:" if inpatient else "Clinic progress note. S:"])]
    s.append(_intro(c))
    s.append(_neg_sentence(c))
    s.append(rng.choice([f"Taking {_join(c.home_meds)}.", f"Current medications: {'; '.join(c.home_meds)}."]))
    s += _background(c)[:2]
    s.append("O: " + ", ".join(c.vitals) + ".")
    s.append(_lat_sentence(c))
    s.append(_labs_sentence(c))
    s.append(rng.choice([f"A/P: {c.dx}.", f"A/P: {c.dx}, improving.", f"Assessment: {c.dx}. Plan:"]))
    s.append(rng.choice([f"Continue {_join(c.inpt_meds)}.", f"Start {_join(c.inpt_meds)}.",
                         f"Add {_join(c.inpt_meds)}."]))
    s.append(rng.choice([f"Plan {c.proc}.", f"Arrange {c.proc}.", f"Will schedule {c.proc}."]))
    if c.held:
        s.append(f"Hold {c.held}.")
    s.append(rng.choice([f"Recheck labs {c.fu}.", f"Follow up {c.fu}."]))
    return s


def _note_ed(c: _Case) -> list[str]:
    rng = c.rng
    s = [rng.choice(["ED note.", "Emergency department note.", "ED provider note."])]
    s.append(rng.choice([f"Chief complaint: {_join(c.sx)}.", f"CC: {_join(c.sx)}."]))
    s.append(_intro(c))
    s.append(_neg_sentence(c))
    s.append(rng.choice([f"Home medications: {'; '.join(c.home_meds)}.",
                         f"Outpatient medications are {_join(c.home_meds)}."]))
    s += _background(c)[:2]
    s.append(_vitals_sentence(c))
    s.append(_lat_sentence(c))
    s.append(_labs_sentence(c))
    s.append(rng.choice([f"In the ED given {_join(c.inpt_meds)}.", f"ED course: received {_join(c.inpt_meds)}.",
                         f"Treated in the ED with {_join(c.inpt_meds)}."]))
    if c.op:
        s.append(rng.choice([f"Consulted for {c.proc}.", f"Specialty team consulted for {c.proc}."]))
    else:
        s.append(rng.choice([f"Underwent {c.proc} in the ED.", f"{c.he} underwent {c.proc} in the ED."]))
    s.append(rng.choice([f"Impression: {c.dx}.", f"ED diagnosis: {c.dx}.", f"Assessment: {c.dx}."]))
    s.append(rng.choice(["Disposition: admitted.", "Admitted for further care.",
                         f"Disposition: home with follow-up {c.fu}."]))
    return s


def _note_consult(c: _Case) -> list[str]:
    rng = c.rng
    s = [rng.choice([f"{c.specialty.replace('_', ' ').title()} consult note.", "Consult note.",
                     "Inpatient consultation."])]
    s.append(rng.choice([f"Reason for consult: {c.dx}.", f"Asked to evaluate for {c.dx}."]))
    s.append(_intro(c))
    s.append(_neg_sentence(c))
    s.append(rng.choice([f"Medications: {'; '.join(c.home_meds)}.", f"{c.he} takes {_join(c.home_meds)}."]))
    s += _background(c)[:2]
    s.append(_vitals_sentence(c))
    s.append(_lat_sentence(c))
    s.append(_labs_sentence(c))
    s.append(rng.choice([f"Impression: {c.dx}.", f"Assessment: findings consistent with {c.dx}."]))
    recs = [f"start {_join(c.inpt_meds)}", f"proceed with {c.proc}", f"follow up {c.fu}"]
    if c.held:
        recs.insert(1, f"hold {c.held}")
    if rng.random() < 0.5:
        s.append("Recommendations: " + " ".join(f"{i + 1}) {r}." for i, r in enumerate(recs)))
    else:
        s.append("Recommend " + "; ".join(recs) + ".")
    return s


def _note_operative(c: _Case) -> list[str]:
    rng = c.rng
    surg = c.op == "surgery"
    s = [rng.choice(["Operative note.", "Brief operative note."] if surg else ["Procedure note.", "Brief procedure note."])]
    s.append(rng.choice([f"Preoperative diagnosis: {c.dx}." if surg else f"Pre-procedure diagnosis: {c.dx}.",
                         f"Indication: {c.dx}."]))
    s.append(_intro(c))
    s.append(_neg_sentence(c))
    s.append(rng.choice(ALLERGY))
    s.append(rng.choice([f"Procedure: {c.proc}.", f"Procedure performed: {c.proc}."] +
                        ([f"Operation: {c.proc}."] if surg else [])))
    s.append(rng.choice(["Anesthesia: general endotracheal.", "Anesthesia: general."] if surg else
                        ["Sedation: moderate sedation.", "Anesthesia: monitored anesthesia care.",
                         "Local anesthesia with moderate sedation."]))
    s.append(rng.choice([f"Findings: {c.lat}.", f"Findings included {c.lat}."]))
    if surg:
        if c.specialty == "pediatrics" or any(k in c.proc for k in ("laparoscopic", "implantation", "arthroscopic",
                                                                     "laceration", "parathyroid")):
            ebl = rng.choice([5, 10, 15, 20, 25])
        elif any(k in c.proc for k in ("arthroplasty", "colectomy", "laparotomy", "cesarean", "mastectomy")):
            ebl = rng.choice([150, 200, 250, 300, 400, 500, 600])
        else:
            ebl = rng.choice([25, 50, 75, 100, 150])
        s.append(rng.choice([f"EBL {ebl} mL. No complications.", f"Estimated blood loss {ebl} mL; no complications.",
                             f"Blood loss {ebl} mL without complications."]))
    else:
        s.append(rng.choice(["No immediate complications.", "Tolerated well without complications."]))
    s.append(rng.choice([f"Periprocedural {_join(c.inpt_meds)}.", f"Given {_join(c.inpt_meds)}."]))
    s.append(_labs_sentence(c))
    s.append(rng.choice(["Postoperative vitals: " if surg else "Post-procedure vitals: ", "Vitals in recovery: "])
             + ", ".join(c.vitals) + ".")
    post = "Postoperative" if surg else "Post-procedure"
    s.append(rng.choice([f"{post} medications: {'; '.join(c.home_meds)}.",
                         f"{post} medications: {_join(c.home_meds)}."]))
    s.append(rng.choice([f"Wound check {c.fu}." if surg else f"Clinic follow-up {c.fu}.", f"Follow up {c.fu}."]))
    return s


def _note_medrec(c: _Case) -> list[str]:
    rng = c.rng
    s = [rng.choice(["Medication reconciliation.", "Medication reconciliation note.",
                     "Pharmacy medication reconciliation."])]
    s.append(_intro(c))
    s.append(rng.choice([f"Active diagnosis: {c.dx}.", f"Diagnosis: {c.dx}."]))
    s.append(rng.choice([f"Home medications verified: {'; '.join(c.home_meds)}.",
                         f"Verified home list: {', '.join(c.home_meds)}."]))
    s.append(rng.choice([f"New this visit: {_join(c.inpt_meds)}.", f"Added: {_join(c.inpt_meds)}."]))
    if c.held:
        s.append(rng.choice([f"Stopped {c.held}.", f"Discontinued {c.held}."]))
    s.append(rng.choice([f"Related care: {c.proc}.", f"Care plan includes {c.proc}."]))
    s.append(_lat_sentence(c))
    s.append(_labs_sentence(c))
    s.append(_vitals_sentence(c))
    s.append(_neg_sentence(c))
    s.append(rng.choice(ALLERGY))
    s.append(rng.choice(["Patient verbalized understanding of the changes.",
                         "Reviewed with the patient and caregiver using the pill bottles.",
                         "Adherence reviewed; uses a weekly pill organizer."]))
    s.append(rng.choice([f"Pharmacy follow-up {c.fu}.", f"Review again {c.fu}."]))
    return s


_WRITERS = {
    "discharge_summary": _note_discharge, "progress_soap": _note_progress, "ed_note": _note_ed,
    "consult": _note_consult, "operative_note": _note_operative, "medication_reconciliation": _note_medrec,
}


# --------------------------------------------------------------------------- summaries

def _summary(c: _Case) -> tuple[str, list[dict]]:
    """A faithful summary (facts copied as written in the note) and the facts it states.

    All random choices are drawn first; optional facts (a second lab, vital, medication or
    symptom) are then dropped until the summary is at most 80 words."""
    rng = c.rng
    nt = c.note_type
    honor = bool(c.honorific) and rng.random() < 0.4
    adm = _admitted(c) if rng.random() < 0.5 else ""
    both_sx = rng.random() < 0.5 and len(c.sx) > 1
    los_opener = nt == "discharge_summary" and rng.random() < 0.5
    opener_i = rng.randrange(3)
    finding_i = rng.randrange(2)
    proc_i = rng.randrange(2)
    n_labs = rng.choice((1, 2))
    extra_vital = rng.choice([c.hr, c.spo2, c.temp]) if rng.random() < 0.4 else None
    n_home = rng.choice((1, 1, 2))
    lab_i, vit_i = rng.randrange(2), rng.randrange(2)
    order = rng.choice([(0, 1, 2, 3, 4), (0, 1, 4, 2, 3), (1, 0, 4, 3, 2), (0, 4, 1, 2, 3), (0, 1, 2, 4, 3)])
    where = rng.randrange(3)

    def build():
        facts: list[dict] = []

        def fact(kind: str, text: str) -> str:
            facts.append({"kind": kind, "text": text})
            return text

        subj = f"{c.honorific}, {c.who}," if honor else c.who
        dx = fact("diagnosis", c.dx)
        complaint = f"{_join(c.sx) if both_sx else c.sx[0]} {c.dur}"
        fact("temporal", c.dur)
        if los_opener:
            los = fact("temporal", f"{c.los} days")
            opener = f"{_cap(subj)}{adm} was admitted for {los} with {dx} after {complaint}."
        else:
            opener = [f"{_cap(subj)}{adm} presented with {complaint} and was diagnosed with {dx}.",
                      f"{_cap(subj)}{adm} with {complaint} has {dx}.",
                      f"{_cap(subj)}{adm} was seen for {dx} after {complaint}."][opener_i]
        lat = fact("laterality", c.lat)
        if nt == "operative_note":
            finding = f"Findings included {lat}."
        elif c.src == "exam":
            finding = [f"Exam showed {lat}.", f"On exam there was {lat}."][finding_i]
        else:
            finding = f"{_cap(c.src)} showed {lat}."
        proc = ""
        if nt != "medication_reconciliation":
            p = fact("procedure", c.proc)
            if nt == "discharge_summary":
                proc = f"{c.he} underwent {p} on hospital day 2."
                fact("temporal", "hospital day 2")
            elif nt == "operative_note":
                proc = [f"{c.he} underwent {p} without complications.", f"{c.he} underwent {p}."][proc_i]
            elif nt == "consult":
                proc = f"Recommendations include {p}."
            elif nt == "progress_soap":
                proc = f"The plan includes {p}."
            elif c.op:
                proc = f"A consult was placed for {p}."
            else:
                proc = f"{c.he} underwent {p} in the ED."
        labs = [fact("lab_value", x) for x in c.labs[:n_labs]]
        vit = [fact("vital_sign", c.bp)] + ([fact("vital_sign", extra_vital)] if extra_vital else [])
        lab_s = [f"Labs showed {_join(labs)}.", f"Notable labs: {_join(labs)}."][lab_i]
        vit_s = [f"Vitals included {_join(vit)}.", f"Recorded vitals: {_join(vit)}."][vit_i]
        inp = c.inpt_meds[:1]
        home = c.home_meds[:n_home]
        for m in inp + home:
            fact("medication", m)
        post = "postoperative" if c.op == "surgery" else "post-procedure"
        med_s = {
            "discharge_summary": f"Treated with {_join(inp)}; discharged on {_join(home)}.",
            "medication_reconciliation": f"Home medications include {_join(home)}; newly added {_join(inp)}.",
            "consult": f"Recommended starting {_join(inp)}; current medications include {_join(home)}.",
            "operative_note": f"Given {_join(inp)}; {post} medications include {_join(home)}.",
            "ed_note": f"Given {_join(inp)} in the ED; home medications include {_join(home)}.",
            "progress_soap": f"Taking {_join(home)}; plan for {_join(inp)}.",
        }[nt]
        neg = fact("negation", c.neg_summary)
        neg_s = f"{neg}." if neg.startswith("No ") else f"{c.he} {neg}."
        mid = [x for x in (finding, proc, lab_s, vit_s, med_s) if x]
        mid = [mid[i] for i in order if i < len(mid)]
        mid.insert(min(where, len(mid)), neg_s)
        summ = " ".join([opener] + mid)
        facts.sort(key=lambda f: summ.find(f["text"]))
        return summ, facts

    while True:
        summ, facts = build()
        if len(summ.split()) <= 80:
            return summ, facts
        if extra_vital:
            extra_vital = None
        elif n_home > 1:
            n_home = 1
        elif n_labs > 1:
            n_labs = 1
        elif both_sx:
            both_sx = False
        elif adm:
            adm = ""
        elif honor:
            honor = False
        elif los_opener:
            los_opener = False
        else:
            return summ, facts

