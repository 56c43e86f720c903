"""One sampled case: the facts of a note (`_Case`), each as the exact text note and summary use.

`_Case(rng, specialty, note_type, phi)` draws a scenario of the specialty and then, in a fixed
order with `rng`, the demographics, symptoms and duration, medications with dose and frequency,
lab values, vitals, negated findings and (for a PHI note) the synthetic identifiers. Also the
small text helpers the note and summary writers share.
"""

from __future__ import annotations

import random

from medllm.data.corpus.scenarios import SCENARIOS
from medllm.data.corpus.tables import (
    AREA, FIRST_F, FIRST_M, LABS, LAST, MEDS, MONTHS, PMH_EXTRA, PMH_PEDS, STREETS, _num, _op_kind,
)


# --------------------------------------------------------------------------- helpers

def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _join(items: list[str], conj: str = "and") -> str:
    if len(items) == 1:
        return items[0]
    if len(items) == 2:
        return f"{items[0]} {conj} {items[1]}"
    return ", ".join(items[:-1]) + f", {conj} " + items[-1]


def _article(age_word: str) -> str:
    return "an" if age_word[:1] == "8" or age_word.startswith(("11-", "18-")) else "a"


def _words(s: str) -> set[str]:
    out = []
    for w in s.lower().replace("-", " ").replace(",", " ").split():
        w = w.strip(".;:()")
        if len(w) > 3 and w not in ("with", "from", "over", "left", "right", "bilateral", "lower", "upper"):
            out.append(w.rstrip("s"))
    return set(out)


class _Case:
    """The sampled facts of one note, each as the exact text both note and summary use."""

    def __init__(self, rng: random.Random, specialty: str, note_type: str, phi: bool):
        self.rng = rng
        self.specialty = specialty
        self.note_type = note_type
        pool = SCENARIOS[specialty]
        if note_type == "operative_note":
            pool = [x for x in pool if _op_kind(x["proc"])]
        sc = rng.choice(pool)
        self.op = _op_kind(sc["proc"])
        self.sc = sc
        side = rng.choice(sc["sides"])
        self.side = side
        self._sex_age(phi)
        f = lambda t: t.replace("{side}", side)  # noqa: E731
        self.dx = f(sc["dx"])
        sx = [f(s) for s in sc["sx"]]
        self.sx = sx[:1] if rng.random() < 0.35 else sx[:]
        lo, hi, unit = rng.choice(sc["dur"])
        k = rng.randint(lo, hi)
        if k == 1:
            unit = unit[:-1]
        self.dur_n, self.dur_unit = k, unit
        self.dur = f"for {k} {unit}"
        self.complaint = f"{_join(self.sx)} {self.dur}"
        self.lat = f(sc["lat"])
        if side == "bilateral" and self.lat.endswith("effusion"):
            self.lat += "s"
        self.src = sc["src"]
        self.proc = f(sc["proc"])
        self.pmh = [p for p in sc["pmh"]]
        if rng.random() < 0.5:
            extra = rng.choice(PMH_PEDS if specialty == "pediatrics" else PMH_EXTRA)
            if extra not in self.pmh and not (_words(extra) & _words(self.dx)):
                self.pmh.append(extra)
        self._meds()
        self._labs()
        self._vitals()
        self._negs()
        self.los = rng.randint(2, 7)
        self.hday = rng.randint(2, 5)
        self.fu_n, self.fu_unit = rng.choice([(1, "week"), (2, "weeks"), (3, "weeks"), (4, "weeks"), (6, "weeks")])
        self.fu = f"in {self.fu_n} {self.fu_unit}"
        self.phi = phi
        self.phi_bits: dict[str, str] = {}
        self.honorific = None
        if phi:
            self._phi()

    # -- demographics
    def _sex_age(self, phi: bool) -> None:
        rng = self.rng
        if self.specialty == "obstetrics":
            self.sex = "F"
            self.age = rng.randint(19, 41)
        elif self.specialty == "pediatrics":
            self.sex = rng.choice("MF")
            self.age = rng.randint(1, 15) if self.sc["dx"] != "croup" else rng.randint(1, 4)
        else:
            self.sex = rng.choice(self.sc["sex"])
            lo, hi = self.sc["age"]
            if self.specialty in ("psychiatry", "emergency_medicine"):
                lo = 18
            self.age = rng.randint(lo, hi)
            if phi and self.specialty not in ("psychiatry",) and hi >= 80 and rng.random() < 0.2:
                self.age = rng.randint(90, 97)
        peds = self.specialty == "pediatrics"
        if peds:
            self.noun = "boy" if self.sex == "M" else "girl"
        else:
            self.noun = "man" if self.sex == "M" else "woman"
        self.he, self.his = ("He", "his") if self.sex == "M" else ("She", "her")
        self.age_word = f"{self.age}-year-old"
        self.who = f"{_article(self.age_word)} {self.age_word} {self.noun}"
        if self.specialty == "obstetrics":
            g = self.rng.randint(1, 4)
            p = self.rng.randint(0, g - 1)
            self.ga = self.rng.randint(26, 33) if "preterm" in self.sc["dx"] else self.rng.randint(35, 40)
            self.who = f"{self.who}, G{g}P{p}, at {self.ga} weeks gestation"

    # -- facts
    def _med_text(self, key: str) -> str:
        name, doses, unit, route, freqs = MEDS[key]
        d = self.rng.choice(doses)
        if "/" not in d:
            v = float(d)
            d = _num(v, 0) if v == int(v) else d
        return f"{name} {d} {unit} {route} {self.rng.choice(freqs)}"

    def _meds(self) -> None:
        rng = self.rng
        sc = self.sc
        inpt = list(sc["inpt"])
        home = [k for k in sc["home"] if k not in inpt]
        rng.shuffle(home)
        nh = rng.randint(2, min(3, len(home))) if len(home) >= 2 else len(home)
        self.inpt_meds = [self._med_text(k) for k in inpt[:2]]
        self.home_meds = [self._med_text(k) for k in home[:nh]]
        # at most 4 in total
        while len(self.inpt_meds) + len(self.home_meds) > 4:
            self.home_meds.pop()
        self.held = None
        if len(home) > nh and rng.random() < 0.5:
            self.held = MEDS[home[nh]][0]

    def _labs(self) -> None:
        rng = self.rng
        specs = list(self.sc["labs"])
        # keep the scenario's abnormal labs first, then a random normal one
        abn = [s for s in specs if isinstance(s, tuple)]
        nrm = [s for s in specs if not isinstance(s, tuple)]
        rng.shuffle(nrm)
        chosen = abn[:3] + nrm
        k = rng.randint(max(2, min(3, len(abn))), 4)
        chosen = chosen[:k]
        out = []
        for s in chosen:
            if isinstance(s, tuple):
                name, lo, hi = s
                unit, dec, _lo, _hi = LABS[name]
            else:
                name = s
                unit, dec, lo, hi = LABS[name]
            v = rng.uniform(lo, hi)
            if dec < 0:  # rounded to 10**-dec, written as an integer
                step = 10 ** (-dec)
                v = max(step, round(v / step) * step) if hi > 0 else 0
                val = _num(v, 0)
            else:
                val = _num(v, dec)
                if float(val.replace(",", "")) == 0 and dec > 0:
                    val = _num(10 ** -dec, dec)
            if name == "INR" or name == "pH" or not unit:
                txt = f"{name} {val}"
            elif unit.startswith("%"):
                txt = f"{name} {val}{unit}" if unit == "%" else f"{name} {val}{unit}"
            elif unit.startswith("/"):
                txt = f"{name} {val}{unit}"
            else:
                txt = f"{name} {val} {unit}"
            out.append(txt)
        self.labs = out

    def _vitals(self) -> None:
        rng = self.rng
        v = self.sc["vit"]
        peds = self.specialty == "pediatrics"
        sbp = rng.randint(*v.get("sbp", (96, 112) if peds else (112, 150)))
        dbp = max(48, min(sbp - 30, rng.randint(58, 94) if not peds else rng.randint(54, 70)))
        hr = rng.randint(*v.get("hr", (88, 124) if peds and self.age < 6 else (64, 96)))
        rr = rng.randint(*v.get("rr", (22, 30) if peds and self.age < 6 else (14, 20)))
        spo2 = rng.randint(*v.get("spo2", (95, 99)))
        temp = round(rng.uniform(38.2, 39.6), 1) if self.sc["febrile"] else round(rng.uniform(36.4, 37.4), 1)
        self.bp = f"BP {sbp}/{dbp} mmHg"
        self.hr = rng.choice([f"HR {hr}", f"heart rate {hr}", f"HR {hr} bpm"])
        self.rr = f"RR {rr}"
        o2 = "on room air" if spo2 >= 92 or rng.random() < 0.3 else f"on {rng.randint(2, 4)} L nasal cannula"
        self.spo2 = f"SpO2 {spo2}% {o2}"
        self.temp = rng.choice([f"temperature {temp:.1f} C", f"temperature {temp:.1f} C", f"T {temp:.1f} C"])
        self.wt = f"weight {max(9, 2 * self.age + 8 + rng.randint(-3, 4)) if peds else rng.randint(52, 118)} kg"
        self.vitals = [self.bp, self.hr, self.rr, self.spo2, self.temp]
        if peds:
            self.vitals.append(self.wt)

    def _negs(self) -> None:
        rng = self.rng
        affirmed = " ".join([self.dx, self.complaint, self.lat, self.proc] + self.pmh)
        aw = _words(affirmed)
        pool = [n for n in self.sc["negs"] if not (_words(n) & aw)]
        if self.sc["febrile"]:
            pool = [n for n in pool if "fever" not in n]
        rng.shuffle(pool)
        self.neg_items = pool[:rng.choice((2, 2, 3))]
        verb = rng.choice(["denies", "denies", "no", "reports no"])
        self.neg_verb = verb
        # the note states them together; the summary restates the first one
        self.neg_note = f"{verb} {_join(self.neg_items, 'or')}"
        self.neg_summary = {"denies": "denies", "no": "No", "reports no": "reports no"}[verb] + " " + self.neg_items[0]

    def _phi(self) -> None:
        rng = self.rng
        first = rng.choice(FIRST_M if self.sex == "M" else FIRST_F)
        last = rng.choice(LAST)
        self.first, self.last = first, last
        mrn = "".join(str(rng.randint(0, 9)) for _ in range(8))
        mrn = str(rng.randint(1, 9)) + mrn[1:]
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        dob = f"{m:02d}/{d:02d}/{2024 - self.age - (1 if m > 6 else 0)}"
        phone = f"({rng.choice(AREA)}) 555-01{rng.randint(0, 99):02d}"
        bits = {"name": f"{first} {last}", "mrn": mrn, "dob": dob, "phone": phone}
        amonth = rng.randint(1, 12)
        bits["date"] = f"{MONTHS[amonth - 1]} {rng.randint(1, 28)}, {rng.choice([2023, 2024, 2025])}"
        bits["address"] = f"{rng.randint(3, 980)} {rng.choice(STREETS)}"
        bits["email"] = f"{first.lower()}.{last.lower()}{rng.randint(1, 99)}@{rng.choice(['example.org', 'example.com'])}"
        bits["doctor"] = f"Dr. {rng.choice(FIRST_F + FIRST_M)} {rng.choice(LAST)}"
        keep = ["name", "mrn"] + rng.sample(["dob", "phone", "date", "address", "email", "doctor"], rng.randint(2, 4))
        if self.age > 89 and rng.random() < 0.5:
            keep = rng.sample(keep, 2)  # the age itself is identifying
        self.phi_bits = {k: bits[k] for k in ["name", "mrn", "dob", "phone", "date", "address", "email", "doctor"]
                         if k in keep}
        # "Mrs.", not "Ms.": the checker reads "ms" as multiple sclerosis
        self.honorific = ("Mr." if self.sex == "M" else "Mrs.") + " " + last
        if self.specialty == "pediatrics":
            self.honorific = None
