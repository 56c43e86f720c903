"""Seeded generator of the PHI benchmark: synthetic clinical notes with gold identifier spans.

    python bench/phi/generate.py            # writes bench/phi/notes.jsonl (byte-identical per seed)

Each line is one note:

    {"id": "dev-0001", "portion": "dev" | "test", "style": ..., "note": TEXT, "summary": TEXT,
     "phi":      {"note": [[start, end, TYPE], ...], "summary": [...]},
     "clinical": {"note": [[start, end, KIND], ...], "summary": [...]}}

TYPE is one of NAME, DATE, MRN, PHONE, EMAIL, ADDRESS, AGE, SSN (AGE: an age over 89);
KIND is one of dose, lab, vital, score, eponym, drug, age (an age of 89 or less) — the clinical
values that redaction must leave exactly as they are. Offsets index the text they belong to.

Two portions that share nothing but the clinical vocabulary:
  dev   templates DEV_* and the name lists DEV_FIRST / DEV_LAST / DEV_CLIN, used while building
        the redactor;
  test  the held-out templates TEST_* and name lists TEST_*, written after the redactor's rules
        and not looked at while tuning them.
Names come from many origins (English, Spanish, Portuguese, Dutch, German, Polish, Irish,
Nigerian, Ghanaian, Ethiopian, Arabic, Turkish, Persian, Indian, Chinese, Vietnamese, Korean,
Japanese, Filipino, Finnish, Greek, Russian, ...), hyphenated, with apostrophes, with particles
(van der, de la) and with diacritics. Some notes are written all in lower case (dictation
style), as clinicians often do. Everything is synthetic: phone numbers use the fictional
555-01xx range, e-mail domains are reserved example domains.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

SEED = 20261129
N_DEV, N_TEST, N_LOOKALIKE = 240, 120, 60
OUT = Path(__file__).resolve().parent / "notes.jsonl"

# ----------------------------------------------------------------------------- name lists
DEV_FIRST = """Rosalind John Maria James Sofia Liam Olivia Noah Emma Mateo Lucia Diego Camila Joao Beatriz Pieter
Anouk Johannes Greta Katarzyna Wojciech Siobhan Padraig Chukwuemeka Ngozi Kwame Abena Tesfaye Selam Fatima Omar
Layla Yusuf Mehmet Elif Dariush Shirin Priya Arjun Lakshmi Rahul Wei Mei Xiaoming Thanh Minh Ji-woo Seo-yeon Haruto
Yuki Maricel Jose Aino Eero Dimitrios Eleni Sergei Olga Jean-Luc Anne-Marie Zoë José Björn Ingrid Amara Tariq Nadia
Hamid Ana Carlos Grace Samuel Ruth Daniel Esther Marco Giulia""".split()
DEV_LAST = """Achterberg|Smith|Hernandez|Garcia|Okafor|Mensah|Tadesse|Haddad|Yilmaz|Rahimi|Patel|Iyer|Zhang|Nguyen|Kim
|Sato|Santos|Reyes|Virtanen|Papadopoulos|Ivanov|Kowalski|O'Brien|Murphy|Schmidt|Muller|van der Berg|de la Cruz
|Smith-Jones|Al-Rashid|Lopez|Johnson|Williams|Brown|Davis|Wilson|Anderson|Thompson|Martin|Jackson|White|Harris|Clark
|Lewis|Walker|Young|King|Wright|Scott|Green|Baker|Adams|Nelson|Hill|Campbell|Mitchell|Roberts|Carter|Phillips|Evans
|Turner|Torres|Parker|Collins|Edwards|Stewart|Morris|Rossi|Bianchi|Dubois|Moreau|Lindqvist|Hansen|Novak|Horvat
|Nakamura|Chen""".replace("\n", "").split("|")
DEV_CLIN = """Alan Grant|Ellen Okoye|Rajesh Menon|Hannah Weiss|Tomasz Nowak|Ayesha Siddiqui|Luis Ortega|Claire Dubois
|Kenji Watanabe|Fiona MacLeod|Samuel Adeyemi|Ingrid Solberg""".replace("\n", "").split("|")

TEST_FIRST = """Oluwaseun Chidinma Babajide Efua Yaw Abebe Hiwot Amadou Aissatou Fatoumata Ibrahim Zainab Karim Yasmin Reza
Parisa Emre Zeynep Anil Deepika Sanjay Kavya Arvind Jun Li Hui Quang Lan Sung-min Hye-jin Kenta Sakura Rowena Niamh Oisin
Ciaran Malgorzata Grzegorz Agnieszka Jukka Sirpa Lars Astrid Henrik Matthias Anneliese Giorgos Vasiliki Dmitri Svetlana
Nikolai Guadalupe Ximena Rodrigo Thiago Leticia Marisol Rosario Kalani Moana Tupac Inti Hamza Bilal Mariam Farida
Teodora Bogdan Ilinca Mirela Chayton Winona Aroha Tane Mei-ling Kai Noor Idris""".split()
TEST_LAST = """Adeyemi|Okonkwo|Boateng|Asante|Bekele|Girma|Diallo|Traore|Keita|Mahmoud|Khalil|Nasser|Farahani
|Tehrani|Ozturk|Demir|Krishnamurthy|Venkataraman|Chatterjee|Banerjee|Liu|Huang|Tran|Pham|Le|Park|Choi|Tanaka
|Yamamoto|O'Sullivan|McCarthy|Fitzgerald|Nowicki|Wisniewski|Zielinska|Korhonen|Makela|Lindgren|Eriksson|Bergstrom
|Fischer|Weber|Hoffmann|Georgiou|Konstantinou|Petrov|Smirnova|Volkova|Gutierrez|Ramirez|Castillo|Oliveira|Pereira
|Carvalho|Kahananui|Mamani|Quispe|Hussain|Qureshi|Siddiqui|Popescu|Ionescu|Dragomir|Yazzie|Begay|Ngata|Te Whare
|Dos Santos|Da Silva|Ben-David|Abu-Bakr|Mac Giolla|Vander Meer|Le Roux|St. Clair|Kealoha-Smith""".replace("\n", "").split("|")
TEST_CLIN = """Marguerite Osei|Viktor Lindahl|Sunita Raghavan|Declan Brennan|Halima Bello|Tobias Engel|Renata Prado
|Chen Jiahui|Femi Adebayo|Ulla Jokinen""".replace("\n", "").split("|")

# ----------------------------------------------------------------------------- clinical look-alikes
BRAND_DRUGS = ["Keflex", "Lasix", "Cardizem", "Haldol", "Norco", "Ativan", "Bactrim", "Flagyl", "Xarelto", "Eliquis",
               "Lipitor", "Zofran", "Coumadin", "Plavix", "Toradol", "Dilaudid", "Benadryl", "Tylenol", "Lantus",
               "Januvia", "Synthroid", "Zoloft", "Seroquel", "Protonix", "Lovenox", "Keppra", "Ambien", "Vanco"]
EPONYMS = ["Parkinson disease", "Foley catheter", "Glasgow Coma Scale 14", "Cushing syndrome", "Hodgkin lymphoma",
           "Crohn disease", "Bell palsy", "Graves disease", "Addison disease", "Alzheimer dementia", "Babinski sign",
           "Murphy sign", "Swan-Ganz catheter", "Whipple procedure", "Nissen fundoplication", "Wells score 4.5",
           "Child-Pugh class B", "Hickman line", "Braden scale 14", "Mallampati II", "Romberg sign", "Tinel sign",
           "Lachman test", "McMurray test", "Roux-en-Y gastric bypass", "Hartmann procedure", "Cheyne-Stokes respiration",
           "Kussmaul breathing", "Bishop score 8", "Gleason 3+4=7", "Ranson criteria", "Barrett esophagus",
           "Hashimoto thyroiditis", "Guillain-Barre syndrome", "Tourette syndrome", "Down syndrome", "Wilson disease",
           "Raynaud phenomenon", "Sjogren syndrome", "Meniere disease", "Kaposi sarcoma", "Wernicke encephalopathy",
           "Epley maneuver", "Heimlich maneuver", "Trendelenburg position", "Allen test", "Valsalva maneuver",
           "Duke criteria", "Jones criteria", "Ottawa ankle rules", "Wolff-Parkinson-White pattern", "Mobitz II block",
           "Austin Flint murmur", "Virchow node", "Osler nodes", "Janeway lesions", "Levine sign"]
DOSES = ["metoprolol 25 mg PO BID", "lisinopril 10 mg daily", "apixaban 5 mg twice daily", "insulin glargine 22 units qHS",
         "furosemide 40 mg IV", "vancomycin 1,250 mg IV q12h", "aspirin 81 mg", "atorvastatin 80 mg nightly",
         "levothyroxine 88 mcg daily", "heparin 5,000 units SC q8h", "prednisone 40 mg x5 days", "1/2 tablet of Norco",
         "morphine 2 mg IV q4h PRN", "ceftriaxone 1 g IV daily", "potassium chloride 20 mEq PO", "NS 1,000 mL bolus",
         "oxygen 2 L NC", "magnesium 2 g IV", "warfarin 5 mg on Monday and Friday", "ondansetron 4 mg q6h PRN"]
LABS = ["HbA1c 7.2%", "Na 138 mmol/L", "K 4.1", "creatinine 1.4 mg/dL", "WBC 11.2 x10^3/uL", "Hgb 9.8 g/dL",
        "platelets 150,000/uL", "INR 2.5", "troponin 0.04 ng/mL", "lactate 2.1", "TSH 3.45", "BNP 1,240 pg/mL",
        "eGFR 52 mL/min/1.73 m2", "LDL 131 mg/dL", "ALT 45 U/L", "glucose 212", "PSA 4.8 ng/mL", "CK 1,820",
        "ferritin 12 ng/mL", "lipase 310 U/L", "pH 7.31", "pCO2 48", "HCO3 19", "D-dimer 0.92"]
VITALS = ["BP 148/92 mmHg", "HR 88", "RR 18", "SpO2 96% on RA", "T 38.4 C", "Temp 101.2 F", "BP 90/60",
          "pulse 112 bpm", "weight 82.5 kg", "BMI 31.2", "O2 sat 91% on 4 L", "BP 132/78, HR 64"]
SCORES = ["pain 3/10", "GCS 15", "NIHSS 4", "Apgar 8/9", "CHA2DS2-VASc 3", "HAS-BLED 2", "MELD 18", "PHQ-9 of 14",
          "MMSE 24/30", "ECOG 1", "Morse fall score 45", "CURB-65 of 2", "strength 4/5", "Braden 16", "APACHE II 22",
          "hospital day 2", "POD 3", "G2P1", "stage IIIB", "EF 30-35%", "FEV1 62% predicted", "3 of 12 lymph nodes"]
STREETS = ["Elm Street", "Oak Ave", "Maple Drive", "Harbor Road", "Sunset Blvd", "Cedar Lane", "Willow Court",
           "Pine St", "Lakeview Terrace", "Highland Avenue", "Chestnut Hill Road", "Main St", "Route 9", "Beacon St"]
CITIES = [("Boston", "MA", "02115"), ("Worcester", "MA", "01608"), ("Providence", "RI", "02903"),
          ("Hartford", "CT", "06103"), ("Albany", "NY", "12207"), ("Portland", "ME", "04101"),
          ("Springfield", "IL", "62701"), ("Austin", "TX", "78701"), ("San Jose", "CA", "95112"), ("Tucson", "AZ", "85701")]
DIAG = ["community-acquired pneumonia", "CHF exacerbation", "DKA", "COPD exacerbation", "cellulitis of the left leg",
        "acute kidney injury", "NSTEMI", "new-onset atrial fibrillation", "pyelonephritis", "small bowel obstruction",
        "ischemic stroke", "upper GI bleed", "hip fracture", "sepsis from a urinary source"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
REL_F = ["daughter", "wife", "mother", "sister", "niece", "granddaughter", "partner"]
REL_M = ["son", "husband", "father", "brother", "nephew", "grandson", "partner"]


class Note:
    """Text built from pieces, each piece optionally a gold PHI or clinical span."""

    def __init__(self) -> None:
        self.parts: list[tuple[str, str | None, str | None]] = []

    def add(self, text: str, phi: str | None = None, clin: str | None = None) -> "Note":
        self.parts.append((text, phi, clin))
        return self

    def build(self, lower: bool = False) -> tuple[str, list, list]:
        text, phi, clin = "", [], []
        for t, p, c in self.parts:
            t = t.lower() if lower else t
            if p:
                phi.append([len(text), len(text) + len(t), p])
            if c:
                clin.append([len(text), len(text) + len(t), c])
            text += t
        return text, phi, clin


class Person:
    def __init__(self, rng: random.Random, first: list[str], last: list[str]) -> None:
        self.first, self.last = rng.choice(first), rng.choice(last)
        self.middle = rng.choice("ABCDEFGHJKLMNPRSTW") + "." if rng.random() < 0.15 else ""

    @property
    def full(self) -> str:
        return " ".join(x for x in (self.first, self.middle, self.last) if x)


def _phone(rng: random.Random) -> str:
    a, b = rng.choice(["617", "508", "781", "413", "212", "415", "312", "646", "857"]), f"01{rng.randrange(100):02d}"
    return rng.choice([f"({a}) 555-{b}", f"{a}-555-{b}", f"{a}.555.{b}", f"+1 {a} 555 {b}", f"{a}555{b}",
                       f"{a} 555 {b}", f"1-{a}-555-{b}", f"({a})555-{b}"])


def _date(rng: random.Random, year_from: int = 2019, year_to: int = 2025, forms: str = "all") -> str:
    y, m, d = rng.randint(year_from, year_to), rng.randint(1, 12), rng.randint(1, 28)
    mon = MONTHS[m - 1]
    out = [f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{mon} {d}, {y}", f"{d} {mon} {y}",
           f"{mon[:3]} {d}, {y}", f"{d}-{mon[:3]}-{y}", f"{d:02d}.{m:02d}.{y}", f"{mon} {d}", f"{mon} {y}",
           f"{mon} {d}th, {y}" if d not in (1, 2, 3, 21, 22, 23) else f"{mon} {d}, {y}"]
    if forms == "test":
        out += [f"{d}-{mon[:3]}-{y % 100:02d}", f"{mon[:3]}. {d}, {y}", f"{y}/{m:02d}/{d:02d}", f"{m}-{d}-{y}",
                f"the {d}th of {mon}" if d not in (1, 2, 3, 21, 22, 23) else f"{mon} {d}", f"{mon[:3]} {y}",
                f"{d} {mon[:3]} {y}"]
    return rng.choice(out)


def _mrn(rng: random.Random) -> str:
    return rng.choice([str(rng.randrange(1000000, 9999999)), f"{rng.randrange(10000000, 99999999)}",
                       f"{rng.randrange(10, 99)}-{rng.randrange(10000, 99999)}", f"A{rng.randrange(1000000, 9999999)}",
                       f"00{rng.randrange(100000, 999999)}"])


def _email(rng: random.Random, p: Person) -> str:
    user = rng.choice([f"{p.first}.{p.last}", f"{p.first[0]}{p.last}", f"{p.last}{rng.randrange(10, 99)}", p.first])
    user = re.sub(r"[^A-Za-z0-9.]", "", user).lower() or "pt"
    return f"{user}@{rng.choice(['example.org', 'example.com', 'mail.example.net'])}"


def _addr(rng: random.Random) -> tuple[str, str]:
    street = f"{rng.randrange(1, 9999)} {rng.choice(STREETS)}" + (rng.choice(["", "", ", Apt 3B", " Unit 12"]))
    c, st, z = rng.choice(CITIES)
    return street, f"{c}, {st} {z}"


# ----------------------------------------------------------------------------- templates
# A template is a function (note, ctx, rng) that appends pieces. ctx has the people and values.
def _body(n: Note, rng: random.Random, k: int = 3) -> None:
    """Clinical sentences with look-alikes that must survive."""
    pool = [
        lambda: n.add("Takes ").add(rng.choice(DOSES), clin="dose").add(" and ").add(rng.choice(DOSES), clin="dose").add(". "),
        lambda: n.add("Labs: ").add(rng.choice(LABS), clin="lab").add(", ").add(rng.choice(LABS), clin="lab").add(". "),
        lambda: n.add("Vitals ").add(rng.choice(VITALS), clin="vital").add(", ").add(rng.choice(VITALS), clin="vital").add(". "),
        lambda: n.add("History of ").add(rng.choice(EPONYMS), clin="eponym").add(". "),
        lambda: n.add(rng.choice(SCORES), clin="score").add(" on exam. "),
        lambda: n.add("Home meds include ").add(rng.choice(BRAND_DRUGS), clin="drug").add(" and ").add(rng.choice(BRAND_DRUGS), clin="drug").add(". "),
        lambda: n.add("Placed ").add(rng.choice(EPONYMS), clin="eponym").add("; ").add(rng.choice(SCORES), clin="score").add(". "),
        lambda: n.add("Switched from ").add(rng.choice(BRAND_DRUGS), clin="drug").add(" to ").add(rng.choice(DOSES), clin="dose").add(". "),
        lambda: n.add("Repeat ").add(rng.choice(LABS), clin="lab").add(" after ").add(rng.choice(DOSES), clin="dose").add(". "),
    ]
    for f in rng.sample(pool, k):
        f()


def _age(rng: random.Random, n: Note) -> None:
    if rng.random() < 0.2:
        a = rng.randint(90, 104)
        form = rng.choice([f"{a}-year-old", f"{a} yo", f"{a} y/o", f"aged {a}", f"{a} year old"])
        m = re.match(r"(aged )?(\d+)(.*)", form)
        n.add(m.group(1) or "").add(m.group(2), phi="AGE").add(m.group(3))
    else:
        n.add(f"{rng.randint(18, 89)}-year-old", clin="age")


def dev_note(rng: random.Random, pt: Person, rel: Person, doc: str, sex: str) -> Note:
    n = Note()
    rel_word = rng.choice(REL_F if rng.random() < 0.5 else REL_M)
    ttl = "Mr." if sex == "M" else rng.choice(["Ms.", "Mrs."])
    h = rng.randrange(6)
    if h == 0:
        n.add("Patient ").add(pt.full, "NAME").add(", MRN ").add(_mrn(rng), "MRN").add(", DOB ").add(_date(rng, 1930, 2000), "DATE")
        n.add(", phone ").add(_phone(rng), "PHONE").add(". ")
    elif h == 1:
        n.add(pt.full, "NAME").add(" is a ")
        _age(rng, n)
        n.add(f" {'man' if sex == 'M' else 'woman'} admitted ").add(_date(rng), "DATE").add(f" with {rng.choice(DIAG)}. ")
    elif h == 2:
        n.add("Name: ").add(f"{pt.last}, {pt.first}", "NAME").add("   MRN: ").add(_mrn(rng), "MRN").add("   DOB: ")
        n.add(_date(rng, 1930, 2000), "DATE").add("\n")
    elif h == 3:
        n.add(f"{ttl} ").add(pt.last, "NAME").add(" presented on ").add(_date(rng), "DATE").add(" from home (")
        street, city = _addr(rng)
        n.add(street, "ADDRESS").add(", ").add(city, "ADDRESS").add("). ")
    elif h == 4:
        n.add("pt ").add(pt.full.lower(), "NAME").add(", ")
        _age(rng, n)
        n.add(f", seen in clinic today for {rng.choice(DIAG)}. ")
    else:
        n.add("ID: ").add(pt.first, "NAME").add(" ").add(pt.last, "NAME").add(", a ")
        _age(rng, n)
        n.add(" with ").add(rng.choice(EPONYMS), clin="eponym").add(". MR# ").add(_mrn(rng), "MRN").add(". ")
    _body(n, rng, 2)
    s = rng.randrange(7)
    if s == 0:
        n.add(f"Seen with her {rel_word} ").add(rel.first, "NAME").add(", who provides history. ")
    elif s == 1:
        n.add(f"{rel_word.capitalize()} ").add(rel.full, "NAME").add(" can be reached at ").add(_phone(rng), "PHONE").add(". ")
    elif s == 2:
        n.add("Discussed with ").add(pt.first, "NAME").add(f" and {'his' if sex == 'M' else 'her'} {rel_word} at bedside. ")
    elif s == 3:
        n.add("Emergency contact: ").add(rel.full, "NAME").add(f" ({rel_word}), ").add(_phone(rng), "PHONE").add(". ")
    elif s == 4:
        n.add(f"{ttl} ").add(pt.last, "NAME").add(" reports ").add(rng.choice(SCORES), clin="score").add(". E-mail ")
        n.add(_email(rng, pt), "EMAIL").add(". ")
    elif s == 5:
        n.add("Lives at ").add(_addr(rng)[0], "ADDRESS").add(" with ").add(rel.first, "NAME").add(f", her {rel_word}. ")
    else:
        n.add("Per ").add(rel.first, "NAME").add(f" ({rel_word}), symptoms began ").add(_date(rng), "DATE").add(". ")
    _body(n, rng, 2)
    if rng.random() < 0.5:
        n.add("Follow-up with Dr. ").add(doc.split()[-1], "NAME").add(" on ").add(_date(rng), "DATE").add(". ")
    f = rng.randrange(4)
    if f == 0:
        n.add("\nElectronically signed by ").add(doc, "NAME").add(", MD ").add(_date(rng), "DATE")
    elif f == 1:
        n.add("\n-- ").add(doc, "NAME").add(", NP")
    elif f == 2:
        n.add("\nAttending: ").add(doc, "NAME")
    else:
        n.add("Plan discussed with ").add(pt.first, "NAME").add(", who agrees.")
    return n


def test_note(rng: random.Random, pt: Person, rel: Person, doc: str, sex: str) -> Note:
    """Held-out templates: other phrasings, other places in the note."""
    n = Note()
    rel_word = rng.choice(REL_F if rng.random() < 0.5 else REL_M)
    pro = "he" if sex == "M" else "she"
    h = rng.randrange(6)
    if h == 0:
        n.add("CC: chest pain. HPI: ").add(pt.first, "NAME").add(" ").add(pt.last, "NAME").add(" (")
        n.add(_date(rng, 1925, 2001, "test"), "DATE").add(") comes in with ").add(rel.first, "NAME").add(". ")
    elif h == 1:
        n.add("Admission ").add(_date(rng, forms="test"), "DATE").add(". Pt. ").add(pt.full, "NAME")
        n.add(", hospital number ").add(_mrn(rng), "MRN").add(", ")
        _age(rng, n)
        n.add(". ")
    elif h == 2:
        n.add("Telephone encounter: called ").add(pt.full, "NAME").add(" at ").add(_phone(rng), "PHONE")
        n.add(f"; left message with {rel_word} ").add(rel.first, "NAME").add(". ")
    elif h == 3:
        n.add("this is a ")
        _age(rng, n)
        n.add(" seen for ").add(rng.choice(EPONYMS).lower(), clin="eponym").add(". ").add(pt.first.lower(), "NAME")
        n.add(" lives with ").add(rel.first.lower(), "NAME").add(f", {pro} is independent. ")
    elif h == 4:
        n.add("Transfer from outside hospital. Patient name ").add(pt.full, "NAME").add("; account ")
        n.add(_mrn(rng), "MRN").add("; SSN ").add(f"{rng.randrange(100, 899)}-{rng.randrange(10, 99)}-{rng.randrange(1000, 9999)}", "SSN").add(". ")
    else:
        n.add("We had the pleasure of seeing ").add(pt.full, "NAME").add(" in clinic on ").add(_date(rng, forms="test"), "DATE").add(". ")
    _body(n, rng, 2)
    s = rng.randrange(6)
    if s == 0:
        n.add(f"{pt.first}'s".replace(pt.first, "", 1) and "").add(pt.first, "NAME").add(f"'s {rel_word} ").add(rel.full, "NAME")
        n.add(" (").add(_email(rng, rel), "EMAIL").add(") asked for updates. ")
    elif s == 1:
        n.add("Accompanied by ").add(rel.first, "NAME").add(", ").add(f"{'his' if sex == 'M' else 'her'} {rel_word}. ")
    elif s == 2:
        street, city = _addr(rng)
        n.add("Home address ").add(street, "ADDRESS").add(", ").add(city, "ADDRESS").add("; cell ").add(_phone(rng), "PHONE").add(". ")
    elif s == 3:
        n.add("Case reviewed with ").add(doc, "NAME").add(" of cardiology, who recommends ").add(rng.choice(DOSES), clin="dose").add(". ")
    elif s == 4:
        n.add("Spoke with nurse ").add(rel.first, "NAME").add(" on the unit at ").add(_phone(rng), "PHONE").add(". ")
    else:
        n.add(pt.last, "NAME").add(f" family meeting with {rel_word} ").add(rel.first, "NAME").add(" on ").add(_date(rng, forms="test"), "DATE").add(". ")
    _body(n, rng, 2)
    f = rng.randrange(4)
    if f == 0:
        n.add("\n").add(doc, "NAME").add(", MD, PhD")
    elif f == 1:
        n.add("\nDictated by: ").add(doc.split()[-1], "NAME").add(", ").add(doc.split()[0], "NAME").add(" on ").add(_date(rng, forms="test"), "DATE")
    elif f == 2:
        n.add("\nthanks, ").add(doc.split()[0], "NAME").add(" (PGY-2)")
    else:
        n.add("\ncc: Dr. ").add(doc, "NAME").add(", PCP")
    return n


def summary(rng: random.Random, pt: Person, portion: str) -> Note:
    n = Note()
    if rng.random() < 0.7:
        n.add(pt.full if rng.random() < 0.6 else pt.first, "NAME").add(", a ")
    else:
        n.add("A ")
    n.add(f"{rng.randint(18, 89)}-year-old", clin="age").add(f" with {rng.choice(DIAG)}, on ").add(rng.choice(DOSES), clin="dose")
    n.add("; ").add(rng.choice(LABS), clin="lab").add(".")
    if rng.random() < 0.3:
        n.add(" ").add(pt.last if portion == "dev" else pt.first, "NAME").add(" improved and went home.")
    return n


def lookalike_note(rng: random.Random) -> Note:
    """No PHI at all: names of drugs, eponyms, scores and numbers that a redactor must keep."""
    n = Note()
    _age(rng, n) if rng.random() < 0.5 else n.add("Adult")
    n.add(" patient with ").add(rng.choice(EPONYMS), clin="eponym").add(" and ").add(rng.choice(EPONYMS), clin="eponym").add(". ")
    _body(n, rng, 5)
    n.add("Plan: continue ").add(rng.choice(BRAND_DRUGS), clin="drug").add(", recheck ").add(rng.choice(LABS), clin="lab")
    n.add(" in 2 weeks; ").add(rng.choice(VITALS), clin="vital").add(" at discharge.")
    return n


def generate(seed: int = SEED) -> list[dict]:
    rng = random.Random(seed)
    rows = []
    for portion, count, first, last, clin, make in (("dev", N_DEV, DEV_FIRST, DEV_LAST, DEV_CLIN, dev_note),
                                                     ("test", N_TEST, TEST_FIRST, TEST_LAST, TEST_CLIN, test_note)):
        for i in range(count):
            pt, rel = Person(rng, first, last), Person(rng, first, last)
            doc, sex = rng.choice(clin), rng.choice("MF")
            lower = rng.random() < 0.12
            note, np_, nc = make(rng, pt, rel, doc, sex).build(lower)
            summ, sp, sc = summary(rng, pt, portion).build(lower)
            rows.append({"id": f"{portion}-{i + 1:04d}", "portion": portion, "style": "lower" if lower else "mixed",
                         "note": note, "summary": summ, "phi": {"note": np_, "summary": sp},
                         "clinical": {"note": nc, "summary": sc}})
    for i in range(N_LOOKALIKE):
        portion = "dev" if i % 2 == 0 else "test"
        note, np_, nc = lookalike_note(rng).build()
        rows.append({"id": f"look-{i + 1:04d}", "portion": portion, "style": "lookalike", "note": note, "summary": "",
                     "phi": {"note": np_, "summary": []}, "clinical": {"note": nc, "summary": []}})
    return rows


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else OUT
    rows = generate()
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"wrote {len(rows)} notes to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
