"""Helpers for building the fresh, hand-templated PHI evaluation set.

Everything here is synthetic.  Markup produced:
  [[TYPE:text]]  PHI (NAME, DATE, MRN, PHONE, EMAIL, ADDRESS, AGE, SSN)
  {{kind:text}}  clinical look-alikes that must survive (dose, lab, vital,
                 score, eponym, drug, age)
"""
import datetime as _dt
import random
import re
import unicodedata


# ---------------------------------------------------------------- markup
def N(s):
    return f"[[NAME:{s}]]"


def DT(s):
    return f"[[DATE:{s}]]"


def MR(s):
    return f"[[MRN:{s}]]"


def PH(s):
    return f"[[PHONE:{s}]]"


def EM(s):
    return f"[[EMAIL:{s}]]"


def AD(s):
    return f"[[ADDRESS:{s}]]"


def AGE(s):
    return f"[[AGE:{s}]]"


def SSN(s):
    return f"[[SSN:{s}]]"


def C(kind, s):
    return "{{" + kind + ":" + s + "}}"


def dose(s):
    return C("dose", s)


def lab(s):
    return C("lab", s)


def vital(s):
    return C("vital", s)


def score(s):
    return C("score", s)


def epo(s):
    return C("eponym", s)


def drug(s):
    return C("drug", s)


def cage(s):
    return C("age", s)


_TAG_RE = re.compile(r"\[\[(name|date|mrn|phone|email|address|age|ssn):")


def lower_marked(s):
    """Lower-case a marked string but keep the PHI TYPE tags upper-case."""
    s = s.lower()
    return _TAG_RE.sub(lambda m: "[[" + m.group(1).upper() + ":", s)


def ascii_fold(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D")
    s = s.replace("ı", "i").replace("ø", "o")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


# ---------------------------------------------------------------- dates
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
MONDOT = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.",
          "Sept.", "Oct.", "Nov.", "Dec."]


def ordinal(n):
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


DATE_FMTS = {
    "us": lambda d: f"{d.month:02d}/{d.day:02d}/{d.year}",
    "us_nz": lambda d: f"{d.month}/{d.day}/{d.year}",
    "us_yy": lambda d: f"{d.month}/{d.day}/{d.year % 100:02d}",
    "dash_yy": lambda d: f"{d.month}-{d.day}-{d.year % 100:02d}",
    "dash_us": lambda d: f"{d.month:02d}-{d.day:02d}-{d.year}",
    "long": lambda d: f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
    "long_th": lambda d: f"{MONTHS[d.month - 1]} {ordinal(d.day)}, {d.year}",
    "dmy": lambda d: f"{d.day} {MON3[d.month - 1]} {d.year}",
    "dmy_long": lambda d: f"{d.day} {MONTHS[d.month - 1]} {d.year}",
    "iso": lambda d: d.isoformat(),
    "mon_d": lambda d: f"{MON3[d.month - 1]} {d.day}",
    "month_d": lambda d: f"{MONTHS[d.month - 1]} {d.day}",
    "month_th": lambda d: f"{MONTHS[d.month - 1]} {ordinal(d.day)}",
    "md_slash": lambda d: f"{d.month}/{d.day}",
    "eu_dot": lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}",
    "ymd_slash": lambda d: f"{d.year}/{d.month:02d}/{d.day:02d}",
    "dmy_dash": lambda d: f"{d.day:02d}-{MON3[d.month - 1]}-{d.year}",
    "upper_dmy": lambda d: f"{d.day:02d}{MON3[d.month - 1].upper()}{d.year}",
    "mon_dot": lambda d: f"{MONDOT[d.month - 1]} {d.day}",
    "mon_dot_th": lambda d: f"{MONDOT[d.month - 1]} {ordinal(d.day)}",
    "day_of_month": lambda d: f"{ordinal(d.day)} of {MONTHS[d.month - 1]}",
    "mon_d_y": lambda d: f"{MON3[d.month - 1]} {d.day} {d.year}",
}


# ---------------------------------------------------------------- people
class DOBDate(_dt.date):
    """A birth date: always rendered with a year."""


class Person:
    def __init__(self, first, last, sex):
        self.first, self.last, self.sex = first, last, sex

    @property
    def full(self):
        return f"{self.first} {self.last}"

    @property
    def fi(self):  # initial + surname
        return f"{self.first[0]}. {self.last}"

    @property
    def lf(self):  # "Last, First" as two NAME spans
        return f"{N(self.last)}, {N(self.first)}"

    @property
    def ttl(self):
        return "Mr." if self.sex == "M" else "Ms."

    @property
    def he(self):
        return "he" if self.sex == "M" else "she"

    @property
    def He(self):
        return self.he.capitalize()

    @property
    def his(self):
        return "his" if self.sex == "M" else "her"

    @property
    def His(self):
        return self.his.capitalize()

    @property
    def him(self):
        return "him" if self.sex == "M" else "her"

    @property
    def mw(self):
        return "man" if self.sex == "M" else "woman"

    @property
    def mf(self):
        return "male" if self.sex == "M" else "female"


class Gen:
    def __init__(self, seed, people, clinicians, streets, cities, domains,
                 area_codes, date_fmts, phone_fmts, mrn_fmts, addr_fmts):
        self.rng = random.Random(seed)
        self.people = [Person(*x) for x in people]
        self.clins = [Person(*x) for x in clinicians]
        self.streets, self.cities, self.domains = streets, cities, domains
        self.area_codes, self.date_fmts = area_codes, date_fmts
        self.phone_fmts, self.mrn_fmts, self.addr_fmts = phone_fmts, mrn_fmts, addr_fmts
        self._pp, self._cp = [], []
        self._used_last4 = set()

    # -- pools (draw without replacement, refill when exhausted)
    def _draw(self, bag_attr, pool, sex=None, exclude=()):
        bag = getattr(self, bag_attr)
        for _ in range(2):
            if not bag:
                bag.extend(pool)
                self.rng.shuffle(bag)
            for i, x in enumerate(bag):
                if (sex is None or x.sex == sex) and x not in exclude:
                    return bag.pop(i)
            bag.clear()
        raise RuntimeError("pool exhausted")

    def pat(self, sex=None, exclude=()):
        return self._draw("_pp", self.people, sex, exclude)

    def clin(self, sex=None, exclude=()):
        return self._draw("_cp", self.clins, sex, exclude)

    def rel(self, p, sex=None, same_last=None):
        """A relative of p; often shares p's surname."""
        o = self.pat(sex=sex, exclude=(p,))
        if same_last is None:
            same_last = self.rng.random() < 0.5
        return Person(o.first, p.last if same_last else o.last, o.sex)

    def relword(self, rel, kind=None):
        r = self.rng
        if rel.sex == "F":
            opts = {"spouse": "wife", "child": "daughter", "sib": "sister",
                    "other": r.choice(["niece", "granddaughter", "cousin"])}
        else:
            opts = {"spouse": "husband", "child": "son", "sib": "brother",
                    "other": r.choice(["nephew", "grandson", "cousin"])}
        return opts[kind or r.choice(list(opts))]

    # -- dates
    def date(self, y0=2022, y1=2024):
        a = _dt.date(y0, 1, 1).toordinal()
        b = _dt.date(y1, 12, 31).toordinal()
        return _dt.date.fromordinal(self.rng.randint(a, b))

    def dob(self, y0=1935, y1=2003):
        x = self.date(y0, y1)
        return DOBDate(x.year, x.month, x.day)

    NO_YEAR = {"mon_d", "month_d", "month_th", "md_slash", "mon_dot", "mon_dot_th", "day_of_month"}

    def d(self, d, fmt=None):
        if fmt is None:
            fmts = self.date_fmts
            if d.year < 2020 or isinstance(d, DOBDate):  # birth/old dates carry a year
                fmts = [f for f in fmts if f not in self.NO_YEAR]
            fmt = self.rng.choice(fmts)
        return DT(DATE_FMTS[fmt](d))

    # -- numbers
    def _last4(self):
        while True:
            x = f"01{self.rng.randint(0, 99):02d}"
            ac = self.rng.choice(self.area_codes)
            if (ac, x) not in self._used_last4:
                self._used_last4.add((ac, x))
                return ac, x

    def phone(self, fmt=None):
        ac, x = self._last4()
        fmt = fmt or self.rng.choice(self.phone_fmts)
        ext = str(self.rng.randint(100, 9999))
        s = {
            "paren": f"({ac}) 555-{x}",
            "paren_tight": f"({ac})555-{x}",
            "dash": f"{ac}-555-{x}",
            "dot": f"{ac}.555.{x}",
            "plain": f"{ac}555{x}",
            "intl": f"+1 {ac} 555 {x}",
            "intl_paren": f"+1 ({ac}) 555-{x}",
            "one_dash": f"1-{ac}-555-{x}",
            "space": f"{ac} 555 {x}",
            "seven": f"555-{x}",
            "slash": f"{ac}/555-{x}",
            "paren_ext": f"({ac}) 555-{x} ext. {ext}",
            "dash_x": f"{ac}-555-{x} x{ext}",
        }[fmt]
        return PH(s)

    def mrn(self, fmt=None):
        r = self.rng
        fmt = fmt or r.choice(self.mrn_fmts)
        dg = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
        return {
            "mrn": lambda: f"MRN {MR(dg(7))}",
            "mrn_colon": lambda: f"MRN: {MR(dg(8))}",
            "mrhash": lambda: f"MR# {MR(dg(2) + '-' + dg(2) + '-' + dg(3))}",
            "medrec": lambda: f"Medical record no. {MR(r.choice('ABCDEHK') + dg(7))}",
            "acct": lambda: f"acct {MR(dg(6))}",
            "acct_hash": lambda: f"Acct #: {MR(dg(8))}",
            "hosp": lambda: f"Hosp No. {MR('H-' + dg(6))}",
            "mrn_dash": lambda: f"MRN {MR(dg(4) + '-' + dg(4))}",
            "chart": lambda: f"chart #{MR(dg(5))}",
            "fin": lambda: f"FIN {MR(dg(8))}",
            "pid": lambda: f"Patient ID: {MR('KP-' + dg(7))}",
            "ur": lambda: f"UR number {MR(dg(7))}",
            "recnum": lambda: f"record number {MR(dg(7))}",
        }[fmt]()

    def email(self, p, domain=None):
        r = self.rng
        f = re.sub(r"[^a-z]", "", ascii_fold(p.first).lower())
        l = re.sub(r"[^a-z]", "", ascii_fold(p.last).lower())
        user = r.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}{l}{r.randint(1, 99)}",
                         f"{l}.{f[0]}", f"{f}_{l}", f"{f}{r.randint(50, 99)}"])
        return EM(f"{user}@{domain or r.choice(self.domains)}")

    def addr(self, fmt=None, lower=False):
        r = self.rng
        fmt = fmt or r.choice(self.addr_fmts)
        num = r.randint(3, 9899)
        st = r.choice(self.streets)
        city, state, z = r.choice(self.cities)
        unit = r.choice(["Apt 3B", "Apt 12", "Unit 4", "#2", "Apt. 7C", "Unit 210"])
        s = {
            "full": f"{num} {st}, {city}, {state} {z}",
            "unit": f"{num} {st}, {unit}, {city}, {state} {z}",
            "unit_first": f"{unit}, {num} {st}, {city} {state} {z}",
            "street": f"{num} {st}",
            "street_unit": f"{num} {st} {unit}",
            "nozip": f"{num} {st}, {city}",
            "box": f"PO Box {r.randint(100, 9999)}, {city}, {state} {z}",
            "rural": f"HC {r.randint(10, 99)} Box {r.randint(100, 2999)}, {city}, {state} {z}",
        }[fmt]
        if lower:
            s = s.lower()
        return AD(s)

    def ssn(self, fmt=None):
        r = self.rng
        a, b, c = r.randint(100, 665), r.randint(10, 99), r.randint(1000, 9999)
        fmt = fmt or r.choice(["dash", "dash", "space", "plain"])
        return SSN({"dash": f"{a}-{b}-{c}", "space": f"{a} {b} {c}",
                    "plain": f"{a}{b}{c}"}[fmt])

    # -- clinical numbers
    def bp(self, lo=95, hi=175):
        s = self.rng.randint(lo, hi)
        return f"{s}/{self.rng.randint(max(45, s // 2 - 10), min(110, s - 30))}"

    def yo(self, old=False, lo=21, hi=88, fmt=None):
        """Age phrase; ages > 89 are PHI (number only marked)."""
        r = self.rng
        fmt = fmt or r.choice(["-year-old", "-year-old", " y/o", " yo", "yo", " year old"])
        if old:
            return f"{AGE(str(r.randint(90, 103)))}{fmt}"
        return cage(f"{r.randint(lo, hi)}{fmt}")
