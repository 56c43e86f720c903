import json
from collections import Counter
from pathlib import Path

import pytest

from medllm.clinical.redact import PLACEHOLDERS, find_names, redact, redact_counts, redact_many


def test_phi_is_replaced_with_typed_placeholders():
    text = ("Mr. John Carter (MRN: 4839201), seen 03/14/2024, phone 555-867-5309, "
            "email jc@example.org, lives at 12 Elm Street. 92-year-old man.")
    out = redact(text)
    for ph in ("[NAME]", "[MRN]", "[DATE]", "[PHONE]", "[EMAIL]", "[ADDRESS]", "[AGE>89]"):
        assert ph in out, out
    for leaked in ("John", "4839201", "555-867", "jc@", "Elm", "92-year"):
        assert leaked not in out
    assert out.endswith("[ADDRESS]. [AGE>89]-year-old man.")  # the sentence's period survives


def test_clinical_numbers_survive():
    text = "BP 148/92 mmHg, lisinopril 10 mg PO daily, HbA1c 7.2%, platelets 150,000/uL, 64-year-old, INR 2.5"
    assert redact(text) == text


CLINICAL = [
    "148/92", "BP 148/92 mmHg", "10 mg", "HbA1c 7.2%", "150,000 platelets", "platelets 150,000/uL", "INR 2.5",
    "q6h", "x10^3/uL", "WBC 5.1 x10^3/uL", "3/10 pain", "1/2 tablet", "an 85-year-old", "an 89-year-old woman",
    "Lasix 40 mg PO daily", "Apgar 8/9", "Apgars 8/9/10 at 1/5/10 minutes", "hospital day 2",
    "GCS 15, T 98.6 F, RR 18, SpO2 96% on 2 L", "K 4.1 mmol/L, Na 138, Cr 1.4 mg/dL, eGFR 52 mL/min/1.73 m2",
    "EF 30-35%, PR 0.16 s, QTc 440 ms", "Tdap 0.5 mL IM at age 90 days", "FEV1 90% predicted, 95 kg",
    "May continue aspirin 81 mg.", "ECOG 1, stage IIIB, 3 of 12 lymph nodes positive",
    "Patient: 68-year-old man", "Patient: Denies chest pain.", "Patient: Stable Overnight",
    "Follow up in 2 weeks with BMP; 30 pack-years", "Troponin 0.04 ng/mL at 0 and 3 h", "1,000 mL NS bolus",
    "Dose 2 of 3, cycle 4 day 15", "Dr.-less note: started metoprolol 25 mg b.i.d.",
    # three-part numbers that are not dates, and a 3-2-4 run inside a longer number
    "Cervix 4/80/-1 on exam", "Apgar scores 7/8/9", "titrate 5-10-15 mg as tolerated", "at 1/5/10 min",
    "Pt is 95 kg", "her mother is 92% saturated", "count 1 234 56 7890",
]


@pytest.mark.parametrize("text", CLINICAL)
def test_no_false_positives_on_clinical_text(text):
    out, counts = redact_counts(text)
    assert out == text and counts == Counter()


def test_no_false_positives_on_the_starter_set():
    raw = Path(__file__).resolve().parents[2] / "phase1_data" / "raw" / "starter_notes.jsonl"
    if not raw.exists():
        pytest.skip("starter set not present")
    for line in raw.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        for t in [r["clinical_note"], r["summary"]] + [n["rejected"] for n in r["negatives"]]:
            assert redact(t) == t, r["source_id"]


@pytest.mark.parametrize("text, placeholder, leaked", [
    ("Seen by Dr. Jane Doe today.", "[NAME]", "Jane"),
    ("Mrs. Hernandez-Lopez was seen.", "[NAME]", "Hernandez"),
    ("Patient: John Q. Carter", "[NAME]", "Carter"),
    ("Name: Carter, John", "[NAME]", "Carter"),
    ("Attending: Alan Grant", "[NAME]", "Grant"),
    ("DOB: 3/4/52", "[DATE]", "3/4/52"),
    ("DOB 01-Feb-1931", "[DATE]", "1931"),
    ("Date of birth: March 4, 1931", "[DATE]", "1931"),
    ("Admitted on March 14, 2024 and again on 14 March 2024.", "[DATE]", "2024"),
    ("Surgery 2024-03-14.", "[DATE]", "2024"),
    ("Seen on March 14 for follow-up.", "[DATE]", "March 14"),
    ("MR# 0012345", "[MRN]", "0012345"),
    ("Medical record number: 12-34567", "[MRN]", "34567"),
    ("Call (617) 555-0134 or +1 617.555.0134", "[PHONE]", "555"),
    ("Phone: 6175550134", "[PHONE]", "6175550134"),
    ("Lives at 77 Sunset Blvd, Apt 4B, Los Angeles, CA 90028", "[ADDRESS]", "Sunset"),
    ("Contact: jane.doe+1@mail.example.com", "[EMAIL]", "jane.doe"),
    ("SSN 123-45-6789", "[SSN]", "6789"),
    ("SSN: 123456789", "[SSN]", "123456789"),
    ("A 92-year-old woman", "[AGE>89]", "92"),
    ("101 y/o man", "[AGE>89]", "101"),
    ("Pt is 95 yo", "[AGE>89]", "95"),
    ("aged 93, lives alone", "[AGE>89]", "93"),
    ("Her brother, who is 97, drives her.", "[AGE>89]", "97"),
    ("Reach her at 413-555-0166 x 417 after noon.", "[PHONE]", "417"),
    ("Daughter's work line (413) 555-0166 ext. 23.", "[PHONE]", "ext. 23"),
    ("Card on file shows SSN 311 07 4420.", "[SSN]", "4420"),
    ("Insurance copy: 311 07 4420, verified.", "[SSN]", "4420"),
    ("Last colonoscopy 4-9-21, normal.", "[DATE]", "4-9-21"),
    ("Clinic note 11/30/19\nS: doing well", "[DATE]", "11/30/19"),
])
def test_each_phi_type(text, placeholder, leaked):
    out, counts = redact_counts(text)
    assert placeholder in out and counts[placeholder] >= 1, out
    assert leaked not in out, out
    assert set(counts) <= set(PLACEHOLDERS)


def test_redact_counts_counts_each_type():
    text = "Mr. John Carter, DOB: 01/02/1930, seen 03/14/2024 and March 15, 2024; call 555-867-5309. 94-year-old."
    out, counts = redact_counts(text)
    assert counts == Counter({"[DATE]": 3, "[NAME]": 1, "[PHONE]": 1, "[AGE>89]": 1})
    assert out.count("[DATE]") == 3
    assert redact_counts("") == ("", Counter())


def test_redaction_is_consistent_between_note_and_summary():
    note = "Patient: John Carter. Mr. Carter is a 68-year-old man on Lasix 40 mg."
    summary = "John Carter, 68, on Lasix 40 mg; Carter improved."
    assert find_names(note) == ["John Carter", "Carter", "John"]
    (n, s), counts = redact_many([note, summary])
    assert n == "Patient: [NAME]. [NAME] is a 68-year-old man on Lasix 40 mg."
    assert s == "[NAME], 68, on Lasix 40 mg; [NAME] improved."
    assert counts["[NAME]"] == 4
    # deterministic and the same placeholder for the same input everywhere
    assert redact_many([note, summary]) == redact_many([note, summary])
    # alone too: ", 68," marks "John Carter" as a person, and "Carter" recurs
    assert redact(summary) == "[NAME], 68, on Lasix 40 mg; [NAME] improved."


@pytest.mark.parametrize("text, leaked", [
    ("Patient Rosalind Achterberg, MRN 5502917, DOB 03/14/1961, phone (617) 555-0143.", ["Rosalind", "Achterberg", "5502917"]),
    ("Patient John Smith, 62, presents with chest pain.", ["John", "Smith"]),
    ("Seen with her daughter Maria, who provides history.", ["Maria"]),
    ("Lives alone; her son (Kwame) visits daily.", ["Kwame"]),
    ("Discussed with the patient's wife, Ana, at bedside.", ["Ana"]),
    ("Jean-Luc van der Berg is a 71-year-old man with CHF.", ["Jean-Luc", "Berg"]),
    ("Electronically signed by Ingrid Solberg, MD", ["Ingrid", "Solberg"]),
    ("Dictated by: Jokinen, Ulla on 2024-03-14", ["Jokinen", "Ulla", "2024"]),
    ("thanks,\nTomasz (PGY-2)", ["Tomasz"]),
    ("pt rosalind achterberg, mrn 5502917, seen today with her son kofi.", ["rosalind", "achterberg", "kofi"]),
    ("Mrs. O'Brien-Smith was seen. Her husband called.", ["O'Brien"]),
    ("Pt. Reza L. St. Clair, hospital number A7694245, 56-year-old.", ["Reza", "Clair", "A7694245"]),
    ("Call 5085550213 with results.", ["5085550213"]),
    ("Seen on the 14th of March and again on june 2, 2024.", ["14th", "june"]),
    # initials with a surname, a surname that is also a word after a title or an initial
    ("Handoff received from P. Wojcik, RN at 0700.", ["P.", "Wojcik"]),
    ("Escalated to Dr. Do, who agreed.", ["Do,"]),
    ("Report to L. Do, RN.", ["L.", "Do,"]),
    ("Case manager: H. Abernathy", ["H.", "Abernathy"]),
    # credentials that are words only after a comma; e-mail headers and greetings
    ("Diet reviewed by Colm Tierney, RD.", ["Colm", "Tierney"]),
    ("Safety plan with Ines Barreto, LICSW.", ["Ines", "Barreto"]),
    ("From: Ines Barreto <ib@mail.example.org>\nTo: Colm Tierney <ct@mail.example.org>", ["Ines", "Tierney"]),
    ("Hi Ines, the troponin came back normal.", ["Ines"]),
    # upper-case headers and relatives named in the plural
    ("PATIENT: VO, ANH    DOB: 01/02/1950", ["VO", "ANH"]),
    ("Present: children Tobiah and Mireille, the chaplain.", ["Tobiah"]),
])
def test_names_in_running_text_and_other_identifiers(text, leaked):
    out = redact(text)
    for x in leaked:
        assert x not in out, out


def test_a_name_found_once_is_replaced_wherever_it_recurs_in_any_case():
    note = "Patient Rosalind Achterberg, MRN 5502917. Achterberg tolerated the procedure."
    summary = "ROSALIND ACHTERBERG improved; rosalind went home with Maria."
    (n, s), counts = redact_many([note, summary])
    assert "Achterberg" not in n and "ACHTERBERG" not in s and "rosalind" not in s
    assert "Maria" in s  # nothing marks Maria as a person, and no text of the group names her


@pytest.mark.parametrize("text", [
    "History of Parkinson disease, Foley catheter placed, Glasgow Coma Scale 14, Cushing syndrome, Bell palsy.",
    "Keflex 500 mg PO QID; Lasix 40 mg IV; Apgar 8/9; BP 148/92 mmHg; Wells score 4.5; Braden 16.",
    "QTc 438 ms. Changes: start paliperidone 6 mg PO daily.",
    "Temp 101.2 F, Hgb 9.8 g/dL, Morse fall score 45, MMSE 24/30, CHA2DS2-VASc 3, Gleason 3+4=7.",
    "Patient Education: reviewed. Patient reports pain 3/10.",
    "Discussed with Cardiology, who recommends metoprolol 25 mg PO BID.",
    # a drug after a cue word is no name; an initial-like letter in a unit is no initial
    "ID: Zosyn 4.5 g IV q6h day 3. Per Keflex label, take with food.",
    "Lipase 310 U/L. Daughter updated by phone.", "Temp 101.2 F. Daughter at bedside.", "Plan: A. Continue aspirin. B. Hypertension, stable.",
    "Culture: E. coli, S. aureus; C. diff negative.",
])
def test_look_alikes_survive(text):
    assert redact(text) == text


def test_ids_become_pseudonyms_or_digests_never_clear():
    from medllm.clinical.redact import pseudonym, public_id

    pid = pseudonym("achterberg_5502917", "raw note text")
    assert pid.startswith("n") and "5502917" not in pid and pid != pseudonym("achterberg_5502917", "another note")
    assert public_id(pid) == pid and public_id(pid + "-s0") == pid + "-s0"  # prepared ids pass as they are
    digest = public_id("achterberg_5502917")
    assert "achterberg" not in digest and public_id(digest) == digest and public_id(7) == public_id("7")


# a capitalized word no word list knows is a name where names stand
@pytest.mark.parametrize("text, leaked", [
    ("Oyelowo reports less dyspnea since Friday.", ["Oyelowo"]),
    ("Plan reviewed; Thandiwe will call the pharmacy.", ["Thandiwe"]),
    ("Overnight, page Okonjo's backup if needed.", ["Okonjo"]),
    ("Handoff from Ngozi to Aurelio; no events overnight.", ["Ngozi", "Aurelio"]),
    ("GI (R. Vasquez-Ortega) aware, scope in AM.", ["Vasquez"]),
])
def test_unknown_words_where_names_stand(text, leaked):
    out = redact(text)
    for x in leaked:
        assert x not in out, out


@pytest.mark.parametrize("text", [
    "Troponin was 0.02; Klebsiella grew from urine; Ottawa ankle rules negative.",
    "Mobitz II block on telemetry; Foley in place; Apgar 8/9; Norco 5/325 mg for pain.",
    "Ultrasound was unremarkable. Verified allergies with pharmacy.",
    "Hope is that the swelling improves; Grace period for refills ends Friday.",
])
def test_known_words_and_clinical_terms_are_not_unknown_names(text):
    assert redact(text) == text


@pytest.mark.parametrize("text,placeholder,leaked", [
    ("Home: 88 Quarry Hollow Rd, Apt 4C, Dayton, OH 45402.", "[ADDRESS]", ("Quarry", "4C", "Dayton", "45402")),
    ("Mail to RR 5 Box 212, Pikeville, KY 41501", "[ADDRESS]", ("212", "Pikeville")),
    ("Clinic, 19 Ferndale Road, Leeds LS2 9JT", "[ADDRESS]", ("Ferndale", "Leeds", "LS2")),
    ("Her brother lives in Poughkeepsie and calls weekly.", "[ADDRESS]", ("Poughkeepsie",)),
    ("Seen by video; pt at home (Tacoma, WA).", "[ADDRESS]", ("Tacoma",)),
    ("SSN: XXX-XX-8812", "[SSN]", ("8812",)),
    ("SSN (last 4): 9034", "[SSN]", ("9034",)),
    ("med rec # 55120, accession: Q23-88412", "[MRN]", ("55120", "88412")),
    ("Call back on +49 30 5550 1234 after 5.", "[PHONE]", ("5550",)),
    ("Resident on call (pager 6612), ext 3309, or x4490.", "[PHONE]", ("6612", "3309", "4490")),
    ("Next visit 19/03/2024; dialysis sheet 17/3/24.", "[DATE]", ("19/03", "17/3")),
    ("Last dose Thurs 3/7 AM; recheck INR on 3/14; clinic appt 3/21.", "[DATE]", ("3/7", "3/14", "3/21", "Thurs")),
    ("3/8 0915 - paged covering MD. Sleep study Mar 4-5, 2024.", "[DATE]", ("3/8", "Mar 4")),
    ("Fell on the 5th. Symptoms since mid-October.", "[DATE]", ("5th", "October")),
    ("Olwen Pritchard, 94, is comfortable.", "[AGE>89]", ("94",)),
])
def test_more_formats_and_labels(text, placeholder, leaked):
    out = redact(text)
    assert placeholder in out, out
    for s in leaked:
        assert s not in out, out


@pytest.mark.parametrize("text", [
    "Strength 4/5-5/5 in the left arm; pain 3/10 on 1/2 tab oxycodone.",
    "Give 1/2 tablet on 2/3 of days; walked x2 with PT.",
    "Reflexes +2 throughout, 2+ edema. Cr 1.24 (baseline 1.1).",
    "Moved to the floor, 4 West Tower; she is from the ICU; Rehab in 2 weeks.",
    "Lives in an apartment; lives in Assisted Living with aide.",
    "Ex-smoker, 40 pack-years, HR 96, RR 18, SpO2 94%.",
    "Cervix 3/50/-2; Apgars 8/9; station 0; score 13/15.",
])
def test_look_alikes_of_the_new_formats_survive(text):
    assert redact(text) == text


@pytest.mark.parametrize("text,kept,leaked", [
    # a person named like an eponym: the person goes, the eponym stays
    ("Seen by Dr. Wilfred Bell. History of Bell palsy in 2010.", ("Bell palsy",), ("Wilfred",)),
    ("Ms. Oona Hodgkin returns; Hodgkin lymphoma in remission.", ("Hodgkin lymphoma",), ("Oona",)),
    ("Consult requested by Dr. Foley. Pt's Foley removed today.", ("Pt's Foley removed",), ("by Dr. Foley",)),
    # a verb ends a lower-case name after a title; the drug after it is kept everywhere
    ("dr. ngozi adaeze restarted metformin today. continue metformin 500 mg.", ("restarted metformin", "continue metformin"),
     ("ngozi",)),
    ("Dr. Whitcombe stopped holding Eliquis before the scope.", ("stopped holding Eliquis",), ("Whitcombe",)),
    # a product known by what follows it (a result, a dose, a form), in the note and in its summary
    ("Heterophile; Zorvatest positive. Plan: Quellamint rinse BID; Quellamint and fluoride given.",
     ("Zorvatest positive", "Quellamint rinse", "Quellamint and"), ()),
    ("Gait with Lofstrand crutch, min A.", ("Lofstrand crutch",), ()),
])
def test_eponyms_drugs_and_products_beside_names_survive(text, kept, leaked):
    out = redact(text)
    for s in kept:
        assert s in out, out
    for s in leaked:
        assert s not in out, out


@pytest.mark.parametrize("text,leaked", [
    ("Nutrition consult. Dietitian Wren Castellane advised supplements.", ("Wren", "Castellane")),
    ("Sibling Oluwadamilare also febrile.", ("Oluwadamilare",)),
    ("Gait training with RT Quennell Ashdown, then rest.", ("Quennell",)),
    ("Rm 512: Ysolde Marchetti, POD2, pain controlled.", ("Ysolde",)),
    ("Handed off to Ingvild at 1900; paged Fr. Anselmo for the family.", ("Ingvild", "Anselmo")),
    ("Visit with Rabbi Ezriel Tannenbaum; counselor Brisa Thornquist present.", ("Ezriel", "Brisa")),
    ("Surgery with PA Okonkwo-Lindahl. Scheduled with Perpetua Vasquez, PNP tomorrow.", ("Okonkwo", "Perpetua")),
    ("Crew: Rafferty Moss (EMT), Delphine Quist (medic).", ("Rafferty", "Delphine")),
    ("Baby girl \"Amarachi\" feeding well.", ("Amarachi",)),
    ("Wyndham Coker 44M with cellulitis.", ("Wyndham",)),
    ("Eulalia Brandauer  DOB 02/03/1951  seen today.", ("Eulalia",)),
])
def test_more_name_cues(text, leaked):
    out = redact(text)
    assert "[NAME]" in out, out
    for s in leaked:
        assert s not in out, out


@pytest.mark.parametrize("text", [
    "Hunter Bialik, PharmD, BCPS reviewed.",           # the credential stays
    "Baby: Apgar 8/9, breastfeeding well.",            # an eponym score after a cue
    "Emailed unit manager about the staffing.",        # lower-case English words after a cue
    "Gait training with RT knee brace; OT Evaluation today.",  # a weak cue before known words
    "Rm 512: Sepsis, on Zosyn.",
    "This met InterQual criteria.",
])
def test_name_cue_look_alikes_survive(text):
    out = redact(text)
    for w in ("PharmD", "BCPS", "Apgar", "unit manager", "knee brace", "Evaluation", "Sepsis", "InterQual"):
        if w in text:
            assert w in out, out


def test_address_stays_on_its_line_and_takes_its_building():
    out = redact("Re: Odile Ferrand, DOB 4/4/1977\n\nDear Dr. Ferrand,")
    assert "Dear" in out and "[ADDRESS]" not in out, out
    out = redact("Sent to: Riverside Senior Lofts, 71 Birch Crescent #4, Mesa, AZ 85201 today.")
    assert out == "Sent to: [ADDRESS] today.", out
    assert redact("Seen today, 300 mg given.") == "Seen today, 300 mg given."
    out = redact("Her son lives in Fond du Lac, WI and visits; she lives in Assisted Living.")
    assert "Fond" not in out and "Assisted Living" in out, out


def test_a_date_with_a_clock_time_after_a_number():
    out = redact("ETA 1600.\n3/9 1330 - paged the fellow.")
    assert "3/9" not in out and "ETA 1600" in out, out


def test_names_and_record_numbers_in_pipe_tables():
    text = ("Bed | Patient | MR # | Plan\n"
            "4 | Quarles, Benedetta | 55-1902 | SNF\n"
            "6 | Ignatius Roe | 55-7713 | home\n"
            "Dose | Drug | Route\n10 mg | Lasix | PO\n")
    out = redact(text)
    for s in ("Quarles", "Benedetta", "Ignatius", "55-1902", "55-7713"):
        assert s not in out, out
    assert "10 mg | Lasix | PO" in out and "SNF" in out, out


def test_names_listed_after_a_name():
    out = redact("Group attendance: Oriel, Tamsyn, Keziah and Zebulon. Parents (Hwang Ji-ho / Seo Min-jun) present.")
    for s in ("Oriel", "Tamsyn", "Keziah", "Zebulon", "Ji-ho", "Min-jun"):
        assert s not in out, out
    out = redact("Seen by Dr. Okafor, Cardiology and Lasix; Mary Ellis (PA) and Parents (Park Ji-ho) updated.")
    assert "Cardiology and Lasix" in out and "(PA)" in out and "Parents (" in out, out


@pytest.mark.parametrize("text,leaked", [
    ("Name: Ottoline Vaszary    Test date: 2024-03-02", ("Ottoline",)),      # spaced columns: "Test" is no eponym noun
    ("ONC FOLLOW-UP\nBronislava Hrdlicka returns C2D1 of FOLFOX.", ("Bronislava",)),  # "C2D1" is no number after the name
    ("Retina clinic: Teodoro Quispeluz OD wet AMD.", ("Teodoro",)),          # two unknown words after a label
    ("03/02/2024 09:10 - Anselma Brizuela:\n\"my rash is worse\"", ("Anselma",)),
    ("Honorable Leocadia Pfund-Varga\nFamily Court", ("Leocadia",)),
    ("observed by outreach worker Thet Paw Htoo at home", ("Thet",)),
    ("Last name: Quiroga Ybarra   First: Maria Itzel", ("Itzel",)),
    ("Handoff covered Grace Ellory, Yusra bint Qasim, Torvald Enge and an admit.", ("Yusra", "Torvald")),
])
def test_names_in_labels_headers_and_lists(text, leaked):
    out = redact(text)
    for s in leaked:
        assert s not in out, out


def test_a_list_item_stops_at_a_label():
    out = redact("Re: Vantongeren, Aurelio DOB 11/11/1958 - referral. First dose given; Test date pending.")
    assert "DOB" in out and "First dose" in out and "Test date" in out, out


def test_names_in_a_note_written_all_in_capitals():
    text = ("TRANSFER FORM\nPATIENT NAME: QUILLAN, ODETTE M\nSENDING MD: DR PERPETUA BLACK   RECEIVING MD: DR AMOS FERRIER\n"
            "REASON: SEPSIS ON ZOSYN 4.5 G IV, LACTATE 3.1\nFAMILY: HUSBAND ROSS GRAY 555-201-7788\nGCS 14. PUPILS EQUAL.")
    out = redact(text)
    for s in ("QUILLAN", "ODETTE", "PERPETUA", "BLACK", "FERRIER", "ROSS", "GRAY"):
        assert s not in out, out
    for s in ("SENDING MD:", "RECEIVING MD:", "SEPSIS ON ZOSYN 4.5 G IV, LACTATE 3.1", "GCS 14. PUPILS EQUAL."):
        assert s in out, out


def test_unknown_names_before_an_age_or_a_line_break_and_a_date_after_started():
    out = redact("Hepatology: Ravshan Tursunov 61 w/ HCV. Lipid Clinic - Zofia Wrzesniak\nLDL 188 today.")
    assert "Ravshan" not in out and "Zofia" not in out and "61 w/ HCV" in out and "LDL 188" in out, out
    out = redact("Started Augmentin 3/14 for otitis. Started 1/2 tab; Braden 16 with turns; Temp 101.2 F.")
    assert "3/14" not in out and "1/2 tab" in out and "Braden 16" in out and "101.2" in out, out


@pytest.mark.parametrize("text,leaked", [
    # names the name lists know, with no cue around them
    ("Accepted bed at Bayview (contact admissions, Tamsin Price, tprice@bayview.example.org).", "Tamsin"),
    ("Chart reviewed. Hope Castellano to round on him at noon.", "Castellano"),
    ("huddle notes: oluwaseun balogun date of service 06/29/2022 patient is a 52 year old man", "balogun"),
    ("this is a clinic note on grace oyelaran date of service 03/24/2022, doing well", "oyelaran"),
])
def test_names_the_name_lists_know(text, leaked):
    assert leaked not in redact(text)


@pytest.mark.parametrize("text", [
    "Coumadin 5 mg daily except 2.5 mg Mon/Fri; Thu INR check.",
    "HEENT: PERRL, no Horner. LVEF 35-40% by biplane Simpson. No Modic changes.",
    "history of hickman line; placed allen test; strength 4/5.",
    "Typhim Vi given today. Parkinson disease, Foley catheter in place, Glasgow Coma Scale 14.",
    "Sinus rhythm. Gram stain pending. Will follow up May 3 labs.",
])
def test_name_lists_leave_clinical_words(text):
    out = redact(text)
    assert "[NAME]" not in out, out


def test_name_lists_know_names_of_many_languages_but_not_ordinary_words():
    from medllm.clinical import name_words as W

    for w in ("Okonkwo", "Halvorsen", "Bekele", "Nguyen", "Hiroshi", "Marisol", "Adeyemi-Brooks"):
        assert W.known_name(w), w
    for w in ("Grace", "Foley", "Lasix", "Parkinson", "Troponin", "Mon", "tid"):
        assert not W.known_name(w), w
    assert W.word_class("Oyelaran") == "U" and W.word_class("Price") == "N" and W.word_class("Chest") == "E"


@pytest.mark.parametrize("text,placeholder,leaked", [
    ("Pt asks to move the PICC to 6/14 so his sister can be there.", "[DATE]", "6/14"),
    ("Follow-up: HF clinic 2/20 with the NP; BMP in 1 week.", "[DATE]", "2/20"),
    ("collected 1/27 0600; last dose 2/11 0800", "[DATE]", "1/27"),
    ("Facility: Kupuna Care Center, 45-090 Namoku St, Kaneohe, HI 96744.", "[ADDRESS]", "Namoku"),
    ("DISPATCHED 02:17 TO 1150 W 7TH ST APT 2, SAINT PAUL MN 55102 FOR FALL.", "[ADDRESS]", "PAUL"),
    ("Pt lives alone at 3300 Rainier Ave S #14, Seattle; niece visits Sundays.", "[ADDRESS]", "Seattle"),
    ("avoiding the house on Keefe Ave where her cousin stays.", "[ADDRESS]", "Keefe"),
    ("Dr. Okonkwo paged 4-7712; KCl 40 mEq PO ordered.", "[PHONE]", "7712"),
    ("Kwame Asante-Boateng, PharmD, ext 6-2281", "[PHONE]", "2281"),
    ("Prior auth submitted to plan; reference #A-7731-0042.", "[MRN]", "7731"),
    ("interpreter Odile #20617 by phone", "[MRN]", "20617"),
])
def test_dates_addresses_and_numbers_written_in_more_ways(text, placeholder, leaked):
    out = redact(text)
    assert placeholder in out and leaked not in out, out


@pytest.mark.parametrize("text", [
    "GCS 14/15, MoCA 9/30, day 5/14 of cefazolin, 12/14 cores positive, PHQ-9 10/27, strength 4/5, Apgar 8/9.",
    "HEPARIN 5000 UNITS SQ TID. ENOXAPARIN 40 MG SQ DAILY. MY PROLACTIN WAS 212 AND DR. SVENSSON SAID SHE WOULD CALL.",
    "Drains: two 19 Fr Blake drains. Exam: Ortolani and Barlow negative. Picked up new Trelegy.",
    "case 12 of 20; reference range 3.5-5.0.",
])
def test_clinical_values_survive_the_new_patterns(text):
    out = redact(text)
    for value in ("14/15", "9/30", "5/14", "12/14", "10/27", "5000 UNITS", "40 MG", "212", "Blake", "Ortolani", "Trelegy",
                  "3.5-5.0"):
        if value in text:
            assert value in out, (value, out)


@pytest.mark.parametrize("text", [
    # found by a review of the name lists and round 3: clinical words on the name lists, ranges after
    # "ref", ECG findings in capitals, fractions, clock times after "paged"
    "Bolus given. Received NS Bolus x2. Levo continued. Dex given for nausea. On Yasmin for contraception.",
    "Skyla IUD placed. Kava use daily. Fundi normal bilaterally. Hickman removed today. Barthel 10/20.",
    "this is a dictated note. swan ganz removed today. fistula in ano noted. plan per team.",
    "Na 130 (ref 135-145). WBC 14.2 (ref 4000-11000). Worst case 1000-2000 mL. Policy 2021-22.",
    "1 MM ST DEPRESSION V4-V6. ECG 2 MM ST ELEVATION. BX: 3 POSITIVE AXILLARY LN. 24 Fr Three Way Foley.",
    "right eye 6/18, left eye 6/24. Scored 9/30 on MoCA and 5/15 on GDS. Tinetti 8/28. Lymph nodes: 3/18 involved.",
    "Completed 4/16 fractions. 8/21 sessions. PEEP 5/15 cmH2O. HCT 3/25.",
    "The covering MD was paged at 0300 for hypotension; paged again at 2130. He is on Tylenol and St John's wort.",
])
def test_clinical_text_the_review_found_redacted_is_kept(text):
    assert redact(text) == text


@pytest.mark.parametrize("text,leaked", [
    # round 4, from the dev portions' misses: a given name alone inside a sentence, a possessive
    # before a relative, "dr" in lower case, a short surname that is also a word, a role after a comma
    ("Lab called critical K 3.1 (Deshawn in chemistry, read back).", "Deshawn"),
    ("wants to talk to SW Rhiannon about housing.", "Rhiannon"),
    ("accused home aide Marisela of stealing.", "Marisela"),
    ("TE 14:20 - Okafor's daughter called back.", "Okafor"),
    ("f/u w dr Banerjee next wk", "Banerjee"),
    ("Seen with Tam Do, attending, who agrees.", "Do,"),
    ("brought in by mother Folake Le and father Tariq.", "Le and"),
    ("will involve home infusion (Leanne, coordinator).", "Leanne"),
    ("friends Brayden and Kenzie vape", "Brayden"),
    ("called to Dr. Keane's office, spoke with Hana, instructed to hold.", "Hana"),
])
def test_names_without_a_title_round_4(text, leaked):
    out = redact(text)
    assert leaked not in out, out


@pytest.mark.parametrize("text", [
    "Levo weaned. Started Providencia coverage per ID. Cisterna Magna normal. West Nile IgM negative.",
    "mom here, speaks Portuguese, interpreter via video. pt preferred French, interpreter by phone.",
    "Foley, nurse to remove in AM. Lasix, pharmacist aware. ID: Zosyn 4.5 g q8h. Next visit September.",
    "Plan: Neo weaned off. Dex 10 mg given. On Yasmin daily.",
])
def test_clinical_text_kept_round_4(text):
    assert redact(text) == text


@pytest.mark.parametrize("text,placeholder,leaked", [
    # round 4: shapes of dates, phones, record numbers, ages and postal codes the rules lacked
    ("since 03/2019 on insulin", "[DATE]", "2019"),
    ("visit 05MAR2024", "[DATE]", "2024"),
    ("expected 2024-12", "[DATE]", "2024"),
    ("seen Oct '23 and Jan-2024", "[DATE]", "23"),
    ("admitted 3/5/24-3/9/24", "[DATE]", "3/9"),
    ("the week of 12/4", "[DATE]", "12/4"),
    ("call 555-0143 after 5", "[PHONE]", "0143"),
    ("mobile 07700 900123", "[PHONE]", "900123"),
    ("spectra 4-3321", "[PHONE]", "3321"),
    ("Health card 1234-567-890", "[MRN]", "567"),
    ("Medicare # 1EG4-TE5-MK73", "[MRN]", "MK73"),
    ("badge 44812", "[MRN]", "44812"),
    ("93y F with CHF", "[AGE>89]", "93"),
    ("94 YOF from SNF", "[AGE>89]", "94"),
    ("a ninety-two year old woman", "[AGE>89]", "ninety"),
    ("ZIP 02139", "[ADDRESS]", "02139"),
])
def test_more_identifier_shapes_round_4(text, placeholder, leaked):
    out = redact(text)
    assert placeholder in out and leaked not in out, out


@pytest.mark.parametrize("text", [
    # clinical words the no-PHI jargon set (bench/phi/jargon) found taken for names, and values like the new shapes
    "ID: Vanc 1.25 g q12h. Sedated with Fent and Versed. Given Aspirin, Nitro. Mag 2 g IV. Doxy for RMSF.",
    "Blood cx: Kingella, Eikenella. Probable invasive Aspergillus. Ziehl-Neelsen negative. Chest tubes to Pleur-evac.",
    "Temp 94 F rectal. titer 1/2048. 1/2000 dilution. HR 92 yesterday. EF 35-40%. Ratio 3/5. 2 of 3 bottles.",
    "Kocher 4; aspirated. India ink negative. Dermabond to port sites.",
])
def test_clinical_text_kept_round_4_jargon(text):
    assert redact(text) == text


def test_a_date_found_in_a_note_is_a_date_in_its_summary_but_a_score_stays():
    out, _ = redact_many(["Did not show Sat 3/1. Pain 3/10.", "Missed dialysis 3/1; pain 3/10."])
    assert "3/1" not in out[0].replace("3/10", "") and "3/1;" not in out[1] and out[1].count("3/10") == 1, out


@pytest.mark.parametrize("text,leaked", [
    ('Name: Abernathy, Cordelia "Dee"\nDOB: 02-14-1933', "Dee"),
    ('Reginald "Reggie" Tubman, 90, did not show.', "Reginald"),
    ("MRN 0036 7712 45", "7712"),
    ("Identity verified with SSN last 4 (3318).", "3318"),
    ("Pharmacy: Kroger Hwy 72, Athens AL.", "Athens"),
    ("for pt Concepción Arizmendi, DOB 5-30-1934 (90).", "(90)"),
    ("Joaquim Ferreira da Silva, 92, at home", " da "),
    ("work comp claim WC-2025-003318", "003318"),
])
def test_identifiers_round_4_from_fresh4_dev(text, leaked):
    assert leaked not in redact(text), redact(text)


@pytest.mark.parametrize("text", [
    "POD 2 Whipple (Jan 27th), drain amylase pending.",
    "T 37.9. Ludwig angina ruled out clinically. McKenzie extension protocol. Dressing: Santyl to slough.",
    "Completed 3/6 cycles. Pain 4/10 after PT.",
])
def test_clinical_text_kept_round_4_fresh4(text):
    out = redact(text)
    for w in ("Whipple", "Ludwig", "McKenzie", "Santyl", "3/6", "4/10"):
        if w in text:
            assert w in out, out


@pytest.mark.parametrize("text,leaked", [
    ("EGD by Dr. Amélie Le Goff 8/14: clip + epinephrine.", "8/14"),
    ('my dad ("Papa", Lucien Arceneaux) is now 91 and keeps falling', "91"),
    ("Appointment at the lab on Hwy 90 in town.", "90"),
])
def test_dates_ages_and_roads_beside_people_and_places(text, leaked):
    assert leaked not in redact(text), redact(text)


def test_a_fraction_after_a_name_stays_a_fraction():
    assert "3/10 pain" in redact("Mr. Smith 3/10 pain today, Dr. Lee 4/5 strength.")


@pytest.mark.parametrize("text,leaked", [
    ("He would like chemotherapy at the cancer center in Rochester.", "Rochester"),
    ("discharged to a care center in Kaneohe on enoxaparin", "Kaneohe"),
    ("admitted from Chula Vista yesterday", "Chula"),
    ("Funeral in Clarksdale, MS.\nLast K 5.6", "MS."),
])
def test_towns_the_place_lists_know(text, leaked):
    assert leaked not in redact(text), redact(text)


def test_a_title_never_reaches_over_a_line_break():
    assert redact("Funeral in Clarksdale, MS.\nLast K 5.6").endswith("\nLast K 5.6")


@pytest.mark.parametrize("text", [
    "blood in Foley bag; moved to Normal saline; transferred to Mercy ICU; seen in Cardiology.",
    "history of Parkinson disease; positive in Lyme disease panel; to Hope for the best.",
])
def test_clinical_words_that_are_also_towns_stay(text):
    assert redact(text) == text


@pytest.mark.parametrize("texts,kept", [
    # found by a review of round 4: clinical text its new rules redacted
    (["Next appt 2/6.\nCV: RRR, 2/6 SEM at RUSB. Holosystolic 3/6 murmur. Motor: RLE 4/5\nHip flexors 4/5 bilat, hip abd 3/5 R",
      "Recheck 10/5. PS 10/5, PEEP 5 (10/5). Recall 1/3 words. Packed with 1/4 inch iodoform. Recheck 3/6, 4/5, 3/5, 1/3, 1/4."],
     ["2/6 SEM", "3/6 murmur", "RLE 4/5", "4/5 bilat", "3/5 R", "PS 10/5", "(10/5)", "Recall 1/3", "1/4 inch"]),
    (["Metoprolol 25 mg PO given at 0600 1200 1800 per MAR. Scheduled dosing 0800 1400 2000.",
      "Home Tylenol 500-1000 mg q6h PRN. Cell saver 250-1000 mL returned. Ambulates at home 200-1000 ft."],
     ["0600 1200 1800", "0800 1400 2000", "500-1000 mg", "250-1000 mL", "200-1000 ft"]),
    (["03/14/2024 99 F 88 18\nVitals 03/14/2024, 100 F, HR 104\n100 F 110 88% RA\nPt 95 F, shivering", "FC 110 y FR 22"],
     ["99 F 88", ", 100 F,", "100 F 110", "95 F", "110 y"]),
    (["FHx: Alzheimer's mother, Parkinson's father, Crohn's sister. Caring for Parkinson's spouse. Pt's Down's son.",
      "Family hx Huntington's father (deceased 58); Behcet's cousin; Paget's father."],
     ["Parkinson's father", "Crohn's sister", "Parkinson's spouse", "Down's son", "Huntington's", "Behcet's", "Paget's"]),
    (["Placed 1/4 inch iodoform packing. Completed 2/3 trials of swallow. Obtained 2/2 blood cultures. Sent home 3/7 ago.",
      "Infant risk approx 1/2000 live births. Epinephrine 1/1000 and 1/2000 solution."],
     ["1/4 inch", "2/3 trials", "2/2 blood", "3/7 ago", "1/2000 live", "1/2000 solution"]),
    (["JP dr Blake in place; dr Penrose removed POD2; Drain: JP dr Jackson-Pratt 40 mL.",
      "Call from Dialysis, nurse. Transferred via Hoyer, aide. Update from Blood Bank, technician."],
     ["Blake", "Penrose", "Jackson-Pratt", "Dialysis", "Hoyer", "Blood Bank"]),
    (["Compression: Unna on RLE, Coban over. Discussed EC options incl Ella vs copper IUD. Pt on Aubra for dysmenorrhea.",
      "Nepro Carbsteady (1 can BID). Specimen #: 24-1234 500 mL pleural fluid. Message routed via Athena to PCP."],
     ["Unna", "Ella", "Aubra", "Nepro Carbsteady", "500 mL", "Athena"]),
])
def test_clinical_text_the_round_4_review_found_redacted_is_kept(texts, kept):
    out = "\n".join(redact_many(texts)[0])
    for value in kept:
        assert value in out, (value, out)


def test_a_specialty_in_brackets_after_a_name_stays():
    assert redact("Dr. Patel (ortho) aware; Dr. Chu (nephro) to see.").count("ortho") == 1


@pytest.mark.parametrize("texts,kept", [
    # found by a second review: fractions recurring beside a date, towns that are scales and devices, given names that are words
    (["Next appt on 4/5.", "Strength: deltoids 4/5, grip 4/5. Radial pulses 2/4. Alert and oriented 3/3, recalled 2/3 with cues. "
      "Pain 0/10 now, was 10/10 on arrival. Holosystolic 2/6 at LLSB. Patient ate 1/2 at lunch."],
     ["deltoids 4/5", "grip 4/5", "pulses 2/4", "oriented 3/3", "recalled 2/3", "10/10", "2/6 at", "ate 1/2"]),
    (["Next appt on 3/3, due 1/2 and 2/4, 10/10, 2/6."], []),
    (["Improved from Rankin 4 to Rankin 2. Scored 22/30 in Moca. NGT changed to Salem sump. Converted to Hickman line.",
      "Upgraded to Miami J collar. Lesion in Pons on MRI. Plans to visit family around Christmas. Pt from Apache tribe."],
     ["Rankin 4", "Moca", "Salem sump", "Hickman", "Miami J", "Pons", "Christmas", "Apache tribe"]),
    (["Family speaks Shona; he is Sunni. Status post left Hemi for femoral neck fracture. MVC, driver of Lexus.",
      "PHN L4-5 dermatome. B12 level pg 1250 on repeat. MAR-12 reviewed. Medicaid 2019 lapse."],
     ["Shona", "Sunni", "Hemi", "Lexus", "L4-5", "1250", "MAR-12", "2019"]),
])
def test_clinical_text_the_second_review_found_redacted_is_kept(texts, kept):
    out = "\n".join(redact_many(texts)[0])
    for value in kept:
        assert value in out, (value, out)


def test_the_listed_eponyms_and_products_are_no_names_but_given_names_stay_names():
    from medllm.clinical import name_words

    assert {"kocher", "hickman", "trousseau"} <= name_words.EPONYMS_LISTED
    assert "thomas" not in name_words.EPONYMS_LISTED and "cook" not in name_words.PRODUCTS_LISTED
    text = "Reviewed with Trousseau sign negative. Transitioned to Tegaderm; Kocher 4 per ortho. Hickman flushed."
    assert redact(text) == text
    assert "Allen" not in redact("Spoke with Allen, her son, about the plan.")


@pytest.mark.parametrize("text,placeholder,leaked", [
    # identifiers and addresses as other countries write them
    ("Ph (02) 9876 5432, mob 0412 345 678", "[PHONE]", "9876"),
    ("call 1300 123 456", "[PHONE]", "456"),
    ("Medicare no. 2123 45670 1", "[MRN]", "45670"),
    ("URN 123456", "[MRN]", "123456"),
    ("VA ICN: 1012345678V123456", "[MRN]", "V123456"),
    ("ME case 2024-01234; PCR #24-118832; police report 24-55123", "[MRN]", "01234"),
    ("Hosp no: 1234567X", "[MRN]", "X"),
    ("health card 1234 567 890 AB", "[MRN]", "890"),
    ("Glasgow G12 8QQ", "[ADDRESS]", "8QQ"),
    ("Toronto, ON M5V 2T6", "[ADDRESS]", "2T6"),
    ("Sydney NSW 2000", "[ADDRESS]", "2000"),
])
def test_identifiers_of_other_countries(text, placeholder, leaked):
    out = redact(text)
    assert placeholder in out and leaked not in out, out


def test_gcs_components_and_tnm_stages_are_no_postcodes():
    text = "GCS 15 (E4V5M6), GCS 14 (E4 V4 M6). T2 N0 M0. pT3 N1a. A1C 7.2"
    assert redact(text) == text


@pytest.mark.parametrize("text,leaked", [
    # cues from data/cues.txt (written for the redactor): relatives of a pedigree, roles of a crew or a theatre
    ("maternal aunt Oyelaran had breast cancer at 45", "Oyelaran"),
    ("crew chief Tadeusz Brzezinski drove; perfusionist Okonkwo on pump", "Brzezinski"),
    ("landlord Quillan called about the lease", "Quillan"),
])
def test_names_after_the_listed_cues(text, leaked):
    assert leaked not in redact(text), redact(text)


def test_listed_cues_need_a_word_that_looks_like_a_name():
    text = "EMS found him on the floor. Report called to charge nurse. Employer: unknown."
    assert redact(text) == text


@pytest.mark.parametrize("texts,kept", [
    # found by a third review: flowsheet rows taken for phones, units for postcodes, counts eaten by an
    # identifier, services after a cue of referral or hand-off
    (["Vitals 0400 128 102 98.6\nFlowsheet: 1300 118 072 16 97%\nUOP 0400 100 120 mL/hr\nHR 88 BP 1800 123 456"],
     ["0400 128 102", "1300 118 072", "0400 100 120", "1800 123 456"]),
    (["EKG: STE V2 2MM, V3 3MM. CEFEPIME Q8H 2GM IV. TUMOR: PT2 3CM. RIGHT C5 6MM FORAMINAL. Lot L4 5AB. Sodium 140 ACT 1200"],
     ["V2 2MM", "Q8H 2GM", "PT2 3CM", "C5 6MM", "L4 5AB", "ACT 1200"]),
    (["Specimen #S23-4567 2 cores received. Specimen # 1234567 LT breast. Member ID 12345678 12 visits approved."],
     ["2 cores", "LT breast", "12 visits"]),
    (["HIV PCR number 12500 copies. CRRT run # 1234 hours. police report 1430 yesterday."], ["12500", "1234", "1430"]),
    (["F/u with Endo in 3 months. Follow up with Nsgy in 2 weeks with CT. Transferred care to Hosp team at 0700.",
      "Signed out to Nocturnist at 1900 with plan. Sent to Cyto for cell block. EMS Lucas device applied. Policy holder Tricare."],
     ["Endo", "Nsgy", "Hosp", "Nocturnist", "Cyto", "Lucas", "Tricare"]),
])
def test_clinical_text_the_third_review_found_redacted_is_kept(texts, kept):
    out = "\n".join(redact_many(texts)[0])
    for value in kept:
        assert value in out, (value, out)
