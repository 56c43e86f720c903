"""TEST portion: different name pools, identifier formats and note templates from dev.

All people, numbers and places are invented.
"""
import datetime as dt

from _lib import (N, DT, AGE, AD, PH, EM, MR, SSN, dose, lab, vital, score,
                  epo, drug, cage, lower_marked, ordinal, Person, MONTHS)

PEOPLE = [
    # Ethiopian / Eritrean
    ("Abebe", "Tesfaye", "M"), ("Meron", "Haile", "F"), ("Selamawit", "Bekele", "F"),
    ("Dawit", "Girma", "M"), ("Tigist", "Alemu", "F"), ("Yonas", "Gebremedhin", "M"),
    # Korean
    ("Ji-woo", "Park", "F"), ("Min-jun", "Kim", "M"), ("Seo-yeon", "Choi", "F"),
    ("Dong-hyun", "Lee", "M"), ("Hye-jin", "Yoon", "F"), ("Sung-min", "Jang", "M"),
    # Dutch
    ("Pieter", "van Dijk", "M"), ("Anouk", "de Vries", "F"), ("Sander", "ter Horst", "M"),
    ("Femke", "Jansen", "F"), ("Joost", "van der Berg", "M"), ("Maartje", "Bakker", "F"),
    # Greek
    ("Dimitrios", "Papadopoulos", "M"), ("Eleni", "Georgiou", "F"),
    ("Konstantinos", "Nikolaidis", "M"), ("Sofia", "Karagiannis", "F"), ("Yiannis", "Christodoulou", "M"),
    # Navajo (Diné)
    ("Darlene", "Begay", "F"), ("Leroy", "Tsosie", "M"), ("Shandiin", "Yazzie", "F"),
    ("Harrison", "Nez", "M"), ("Ahiga", "Benally", "M"), ("Nizhoni", "Etsitty", "F"),
    # Samoan
    ("Tavita", "Faleolo", "M"), ("Sina", "Tuilagi", "F"), ("Losa", "Fa'amausili", "F"),
    ("Iosefa", "Leiataua", "M"), ("Malia", "Sapolu", "F"),
    # Filipino
    ("Jocelyn", "Bautista", "F"), ("Ramon", "Villanueva", "M"), ("Marites", "Dimaculangan", "F"),
    # Malay / particles
    ("Ahmad", "bin Rashid", "M"), ("Nur Aisyah", "binti Hassan", "F"),
    # Goan / Portuguese / Brazilian
    ("Clive", "D'Souza", "M"), ("Anita", "D'Costa", "F"), ("João", "dos Santos", "M"),
    ("Conceição", "Ferreira", "F"),
    # French / Senegalese
    ("Zoë", "Lefèvre", "F"), ("Anne-Sophie", "Marchand", "F"), ("Benoît", "Girard", "M"),
    ("Aminata", "N'Diaye", "F"),
    # Somali / Turkish
    ("Hodan", "Warsame", "F"), ("Abdirahman", "Farah", "M"), ("Şükrü", "Yılmaz", "M"),
    ("Ayşe", "Demir", "F"), ("Emre", "Öztürk", "M"),
    # Russian / Ukrainian
    ("Oksana", "Shevchenko", "F"), ("Dmitri", "Volkov", "M"), ("Yevgenia", "Sokolova", "F"),
    # Japanese / Hawaiian
    ("Yuki", "Tanaka", "F"), ("Hiroshi", "Watanabe", "M"), ("Keoni", "Kahananui", "M"),
    ("Leilani", "Kealoha", "F"),
    # names that are also words
    ("Faith", "Young", "F"), ("June", "King", "F"), ("May", "Hunter", "F"), ("Joy", "Price", "F"),
    ("Frank", "Stone", "M"), ("Hunter", "Baker", "M"), ("Dawn", "Fields", "F"), ("Sterling", "Rich", "M"),
]

CLINICIANS = [
    ("Helen", "Wells", "F"), ("Raymond", "Foley", "M"), ("Amelia", "Parkinson", "F"),
    ("Ingrid", "Solberg", "F"), ("Mehmet", "Kaya", "M"), ("Kwame", "Asante", "M"),
    ("Tae-yang", "Kwon", "M"), ("Marguerite", "Duval", "F"), ("Nikos", "Stavrou", "M"),
    ("Kenji", "Nakamura", "M"), ("Lindiwe", "Dlamini", "F"), ("Faith", "Okonjo", "F"),
    ("June", "Halvorsen", "F"), ("Hunter", "Castellanos", "M"), ("Joy", "Abernathy", "F"),
    ("Bethlehem", "Assefa", "F"), ("Eun-ji", "Seo", "F"), ("Rangi", "Parata", "M"),
    ("Siosaia", "Taufa", "M"), ("Isabel", "da Silva", "F"), ("Aleksander", "Nowicki", "M"),
    ("Priscilla", "Tsinajinnie", "F"), ("Grant", "Young", "M"), ("Mercy", "Boateng", "F"),
    ("Luca", "Bianchi", "M"), ("Noor", "Siddiqui", "F"),
]

STREETS = ["Kahala Street", "Kapiolani Blvd", "Rainier Ave S", "Eastern Parkway", "Fort Hamilton Pkwy",
           "N. Lincoln Ave", "Navajo Route 12", "Ala Moana Blvd", "Jefferson St NE", "Cortland Ave",
           "W. Devon Ave", "Ocean View Drive", "Mesa Verde Rd", "Halsted Street"]
CITIES = [("Honolulu", "HI", "96816"), ("Chinle", "AZ", "86503"), ("Seattle", "WA", "98118"),
          ("Brooklyn", "NY", "11238"), ("Chicago", "IL", "60659"), ("Gallup", "NM", "87301"),
          ("Albuquerque", "NM", "87108"), ("Pago Pago", "AS", "96799"), ("San Francisco", "CA", "94110"),
          ("Window Rock", "AZ", "86515")]
DOMAINS = ["example.net", "post.example.org", "inbox.example", "family.example.com", "mail.example.org",
           "alumni.example.edu"]
AREA = ["808", "928", "206", "718", "312", "505", "415", "684"]
DATE_FMTS = ["ymd_slash", "dmy_dash", "month_th", "upper_dmy", "day_of_month", "long", "iso", "us",
             "mon_dot", "mon_dot_th", "eu_dot", "md_slash", "dmy_long", "mon_d_y", "dash_us"]
PHONE_FMTS = ["intl_paren", "one_dash", "space", "paren_tight", "seven", "slash", "dash_x", "dash"]
MRN_FMTS = ["hosp", "mrn_dash", "chart", "fin", "pid", "ur", "recnum"]
ADDR_FMTS = ["unit_first", "full", "box", "rural", "nozip", "street"]


def days(n):
    return dt.timedelta(days=n)


# ====================================================================== PHI templates
def t_sbar(g):
    r = g.rng
    p, edd, flr = g.pat(), g.clin(), g.clin()
    sis = g.rel(p, sex="F")
    note = f"""SBAR - ED to 6 West
S: {N(p.full)} ({g.mrn()}), {g.yo(old=r.random() < 0.15, fmt=' y.o.')} {p.mf[0].upper()}, admitted for COPD exacerbation. Currently on 3 L NC, {vital('SpO2 92%')}.
B: GOLD 3 COPD, 40 pack-years, home O2 at night. Allergic to {drug('Bactrim')} (SJS). Last admission {g.d(g.date(2021, 2022))}.
A: {vital('RR 24')}, {vital('HR 106')}, {vital('BP ' + g.bp())}. VBG {lab('7.33/58')}. Received {dose('methylprednisolone 125 mg IV')} and {dose('DuoNeb x3')}.
R: q4h nebs, {dose('prednisone 40 mg daily x 5 days')}, {dose('doxycycline 100 mg BID')}. Sister {N(sis.full)} is at bedside and is the HCP; cell {g.phone()}.
Handed over by {N(edd.full)}, RN to {N(flr.first)} ({N(flr.last)}), RN."""
    summ = r.choice([
        f"{N(p.first)} admitted for a COPD exacerbation on steroids and nebulizers; sister at bedside.",
        "COPD exacerbation admitted from the ED on supplemental oxygen.",
    ])
    return "sbar", note, summ


def t_transfer(g):
    r = g.rng
    p, send, recv = g.pat(), g.clin(), g.clin()
    d = g.date()
    kin = g.rel(p, same_last=True)
    note = f"""TRANSFER ACCEPTANCE NOTE
Call received {g.d(d)} at 02:14 from Dr. {N(send.full)} at an outside facility regarding {N(p.last)}, {N(p.first)}, DOB {g.d(g.dob())}. Callback {g.phone()}.
{g.yo(lo=40)} with STEMI s/p thrombolysis with {dose('tenecteplase 40 mg')} at 23:50, persistent ST elevation. {vital('BP ' + g.bp(85, 100))}, {vital('HR 54')}. {score('Killip class II')}.
Accepted to CCU under Dr. {N(recv.last)} for rescue PCI. Family ({p.his} {g.relword(kin, 'child')} {N(kin.first)}) is driving separately."""
    summ = r.choice([
        f"Transfer accepted for rescue PCI after failed thrombolysis; CCU bed under Dr. {N(recv.last)}.",
        f"{N(p.last)} accepted in transfer for persistent STEMI after lytics.",
    ])
    return "transfer", note, summ


def t_answering(g):
    r = g.rng
    caller = g.pat()
    father = g.rel(caller, sex="M", same_last=r.random() < 0.7)
    doc = g.clin()
    d = g.date()
    note = f"""AFTER-HOURS ANSWERING SERVICE
Msg taken {g.d(d)} 22:41 by operator #17
Caller: {N(caller.full)}, daughter of pt {N(father.full)}
Callback: {g.phone()}  (alt {g.phone()})
Message: "Dad fell getting out of the bathtub, says his hip hurts, he's on {drug('Eliquis')}." Advised to call 911.
On-call: Dr. {N(doc.last)} paged 22:44, returned call 22:51, spoke with {N(caller.first)}; confirmed EMS en route. Will notify {N(father.first)}'s PCP in AM."""
    summ = r.choice([
        f"After-hours call: {N(father.first)} fell on an anticoagulant; family advised to call 911.",
        "Answering service message about a fall on apixaban; EMS activated.",
    ])
    return "answering_service", note, summ


def t_flowsheet(g):
    r = g.rng
    p = g.pat()
    a, b, doc = g.clin(), g.clin(), g.clin()
    son = g.rel(p, sex="M")
    note = f"""Pt: {p.lf}    {g.mrn()}    Rm 5{r.randint(10, 40)}
19:30 Shift start. Bedside report w/ {N(a.first)}. {score('CIWA 6')}. Alert, oriented.
22:00 {vital('T 38.4')}, {vital('HR 118')}, {vital('BP ' + g.bp(90, 105))}. Paged Dr. {N(doc.last)}; blood cx x2 drawn, {dose('Tylenol 650 mg PO')} given.
23:15 Son {N(son.full)} called for update - per pt ok to share info. Son's # {g.phone()}.
02:00 {vital('T 37.6')}. Resting. {epo('Foley catheter')} d/c'd per protocol, voided 300 mL at 05:40.
07:15 Report to {N(b.full)}, RN.
Signed: {N(g.clin().fi)}, RN (nights)"""
    summ = r.choice([
        "Overnight fever with blood cultures drawn and acetaminophen given; catheter removed.",
        f"Night shift: fever work-up sent; son {N(son.first)} updated by phone.",
    ])
    return "nursing_flowsheet", note, summ


def t_apso(g):
    r = g.rng
    p, doc = g.pat(), g.clin()
    d = g.date()
    note = f"""Clinic visit {g.d(d)} - APSO
Assessment/Plan:
1. Rheumatoid arthritis, moderate activity ({score('DAS28 4.1')}). Increase {dose('methotrexate to 20 mg weekly')}, continue {dose('folic acid 1 mg daily')}. Labs q8 weeks.
2. Steroid-induced {epo('Cushing syndrome')} features - taper {dose('prednisone 7.5 mg to 5 mg daily')}.
Subjective: {N(p.first)} reports 45 min of morning stiffness, MCP swelling. Walks with {p.his} dog daily.
Objective: 6 swollen, 8 tender joints. {lab('ESR 38')}, {lab('CRP 14')}, {lab('ALT 31')}. {vital('BP ' + g.bp())}.
{N(doc.full)}, MD (Rheumatology) - cc: {N(g.clin().full)}, MD"""
    summ = r.choice([
        f"{N(p.first)}'s rheumatoid arthritis remains active; methotrexate increased and prednisone tapered.",
        "Rheumatoid arthritis with moderate activity; methotrexate dose increased.",
    ])
    return "apso", note, summ


def t_fax(g):
    r = g.rng
    p, to, frm = g.pat(), g.clin(), g.clin()
    d = g.date()
    note = f"""*** FAX ***
To: Dr. {N(to.full)}    Fax: {g.phone()}
From: {N(frm.full)}, MD    Phone: {g.phone()}
Date: {g.d(d)}    Pages: 3
RE: {N(p.full)}, DOB {g.d(g.dob())}, SSN {g.ssn()}

Urgent referral to hepatology. {g.yo()} with new ascites, {lab('albumin 2.6')}, {lab('bilirubin 3.4')}, {lab('INR 1.7')}, {score('MELD-Na 22')}, {score('Child-Pugh C')}. US: nodular liver, no HCC seen. Started {dose('spironolactone 100 mg')} and {dose('Lasix 40 mg')}. Patient's email for scheduling: {g.email(p)}.
CONFIDENTIAL: intended only for the addressee."""
    summ = r.choice([
        "Urgent hepatology referral for decompensated cirrhosis with new ascites.",
        f"Fax referral of {N(p.full)} to Dr. {N(to.last)} for decompensated cirrhosis.",
    ])
    return "fax_referral", note, summ


def t_nicu(g):
    r = g.rng
    baby_last = g.pat().last
    mom = g.pat(sex="F")
    mom = Person(mom.first, baby_last, "F")
    dad = g.pat(sex="M")
    baby = Person(r.choice(["Baby Girl", "Baby Boy"]), baby_last, "F")
    doc, rn = g.clin(), g.clin()
    born = g.date(2024, 2024)
    note = f"""NICU ADMISSION
{baby.first} {N(baby.last)} ("{N(g.pat().first)}" per parents), born {g.d(born)} at 33+4 wks by C-section to {N(mom.full)}, {cage(str(r.randint(22, 40)) + ' y/o')} G1P0. {score('Apgars 6 and 8')} at 1 and 5 minutes. BW 1980 g.
Resp: CPAP +6, FiO2 0.25. {score('Silverman-Andersen 3')}.
FEN: D10W at 80 mL/kg/day. {lab('glucose 52 mg/dL')}.
ID: Mom GBS unknown, ROM 20 h. {dose('ampicillin 100 mg/kg IV q8h')}, {dose('gentamicin 4 mg/kg q24h')}.
Social: father {N(dad.full)} at bedside. Parents' contact {g.phone()}; {N(mom.first)} prefers e-mail {g.email(mom)}.
{N(doc.fi)}, MD / {N(rn.first)}, RN"""
    summ = r.choice([
        f"Preterm infant admitted to the NICU on CPAP with rule-out sepsis; father {N(dad.first)} present.",
        "33-week preterm newborn admitted on CPAP and empiric antibiotics.",
    ])
    return "nicu", note, summ


def t_crisis(g):
    r = g.rng
    p, doc = g.pat(), g.clin()
    sis = g.rel(p, sex="F", same_last=True)
    note = f"""CRISIS EVALUATION (EMERGENCY PSYCHIATRY)
Pt brought in by police after {p.his} sister {N(sis.full)} called 911. Per {N(sis.first)}, pt has not slept in 4 days, spending money, and stopped {dose('lithium 300 mg TID')} 3 weeks ago and has been taking {drug('Xanax')} from a friend. {lab('Lithium level <0.2')}.
Pt ({N(p.first)}) is pressured, grandiose, states {p.he} is "chosen." Denies SI/HI. {score('YMRS 32')}.
Collateral also obtained from outpatient prescriber {N(g.clin().full)}, NP, at {g.phone()}.
Given {dose('Haldol 5 mg IM')} + {dose('Ativan 2 mg IM')} for agitation at 03:10. Placed on 72-hour hold.
Sister's address for records release: {g.addr()}.
{N(doc.full)}, MD"""
    summ = r.choice([
        f"Acute mania after stopping lithium; {N(p.first)} placed on a 72-hour hold.",
        f"Manic episode after lithium nonadherence; {drug('Haldol')} and {drug('Ativan')} given and patient held.",
    ])
    return "psych_crisis", note, summ


def t_hospice(g):
    r = g.rng
    p = g.pat()
    dau = g.rel(p, sex="F", same_last=r.random() < 0.5)
    rn, interp = g.clin(), g.clin()
    d = g.date()
    note = f"""HOSPICE RN VISIT - {g.d(d)}
Home visit to {N(p.full)} at {g.addr(fmt=r.choice(['rural', 'box', 'full']))}. Interpreter {N(interp.full)} assisted by phone.
Pt is {g.yo(old=r.random() < 0.5, lo=70)} with metastatic pancreatic cancer, {score('PPS 30%')}. Pain controlled on {dose('morphine ER 30 mg q12h')} and {dose('morphine IR 10 mg q2h PRN')} (using 3-4 doses/day). {dose('Senna 2 tabs qHS')}, {dose('Zofran 4 mg SL q8h PRN')}. Mild terminal secretions - {dose('glycopyrrolate 0.2 mg SC')} left in comfort kit.
Daughter {N(dau.first)} is primary caregiver, coping well; {N(dau.first)}'s number {g.phone()}.
Next visit in 2 days. {N(rn.full)}, RN"""
    summ = r.choice([
        f"Hospice visit: pain controlled on morphine; daughter {N(dau.first)} caring for {N(p.first)} at home.",
        "Comfort-focused hospice visit with adequate pain control.",
    ])
    return "hospice", note, summ


def t_mri(g):
    r = g.rng
    p, ordp, rad = g.pat(), g.clin(), g.clin()
    d = g.date()
    note = f"""MRI LUMBAR SPINE W/O CONTRAST
Patient name: {N(p.full.upper())}
{g.mrn()}    Exam date: {g.d(d)}
Ordering provider: {N(ordp.fi)}, PA-C
Clinical history: {g.yo()} with low back pain radiating to L leg, positive straight leg raise.
Comparison: radiographs dated {g.d(d - days(r.randint(20, 80)))}.
Findings: L4-5 broad-based disc protrusion with left subarticular narrowing contacting the traversing L5 root. L5-S1 mild facet arthropathy. Conus terminates at L1.
Impression: L4-5 protrusion with left L5 root contact.
Results called to {N(ordp.last)} at 14:05 and read back. Electronically signed: {N(rad.full)}, MD"""
    summ = r.choice([
        "MRI shows an L4-5 disc protrusion contacting the left L5 nerve root.",
        f"L4-5 disc protrusion; results communicated to {N(ordp.fi)}.",
    ])
    return "radiology_mri", note, summ


def t_doac(g):
    r = g.rng
    p, ph = g.pat(), g.clin()
    note = f"""PHARMACY CONSULT - anticoagulation
Requested by Dr. {N(g.clin().last)} for {N(p.fi)}, new AF. {score('CHA2DS2-VASc 5')}, {score('HAS-BLED 2')}. Wt 58 kg, {lab('SCr 1.4')}, {lab('CrCl 38 mL/min')}.
Recommend {dose('apixaban 5 mg BID')} (does not meet 2 of 3 dose-reduction criteria). Stop {drug('Coumadin')} - start apixaban when {lab('INR < 2')}. Avoid {drug('Bactrim')} interaction concerns noted historically.
Counseled {N(p.first)} and {p.his} {g.relword(g.rel(p, same_last=True), 'spouse')} at bedside, teach-back done.
{N(ph.full)}, PharmD  pager {g.phone('seven')}"""
    summ = r.choice([
        "Pharmacy recommends full-dose apixaban for new atrial fibrillation.",
        f"{N(p.first)} to transition from warfarin to apixaban for AF.",
    ])
    return "pharmacy_consult", note, summ


def t_signout_table(g):
    r = g.rng
    pts = [g.pat() for _ in range(4)]
    a, b = g.clin(), g.clin()
    row = lambda i, pt, dx, todo: f"| {i} | {N(pt.last)}, {N(pt.first[0] + '.')} | {dx} | {todo} |"
    note = "\n".join([
        f"SIGN-OUT  {N(a.fi)} -> {N(b.fi)}",
        "| Rm | Patient | Dx | To do |",
        "|----|---------|----|-------|",
        row(f"3{r.randint(10, 30)}", pts[0], f"{g.yo(fmt='y')} sepsis/UTI", f"f/u cx, {dose('ceftriaxone 1 g q24h')}"),
        row(f"3{r.randint(31, 50)}", pts[1], f"{g.yo(old=True, fmt='y')} hip fx", f"{lab('Hgb 8.2')} recheck 0400"),
        row(f"3{r.randint(51, 70)}", pts[2], "alcohol w/d", f"{score('CIWA >15')}: {dose('Ativan 2 mg')}"),
        row(f"3{r.randint(71, 90)}", pts[3], f"{epo('Guillain-Barre syndrome')}", "NIF q6h, call if < -20"),
        f"Family of {N(pts[1].last)} ({N(g.rel(pts[1]).full)}) wants call at {g.phone()} if any change.",
    ])
    summ = r.choice([
        "Tabular overnight sign-out of four patients.",
        f"Sign-out from {N(a.last)}: sepsis, hip fracture, withdrawal and GBS patients.",
    ])
    return "signout_table", note, summ


def t_voice(g):
    r = g.rng
    p, doc = g.pat(), g.clin()
    k = g.rel(p)
    d = g.date()
    note = f"""dictation begins patient name {N(p.first)} {N(p.last)} comma date of birth {g.d(g.dob(), r.choice(['long', 'dmy_long']))} period new paragraph {N(p.first)} is seen today on {g.d(d, r.choice(['month_th', 'day_of_month']))} with {p.his} {g.relword(k)} {N(k.first)} for follow up of atrial fibrillation period heart rate {vital('88')} comma blood pressure {vital(g.bp())} period {p.he} remains on {dose('diltiazem 120 mg daily')} and {dose('Eliquis 5 mg twice daily')} period echo showed ef {lab('55 percent')} period new paragraph plan continue current regimen comma holter monitor comma return in 3 months period cc doctor {N(g.clin().last)} period dictated by doctor {N(doc.full)} end dictation"""
    note = lower_marked(note)
    summ = lower_marked(r.choice([
        f"{N(p.first)} has stable atrial fibrillation on diltiazem and apixaban.",
        "stable atrial fibrillation follow up; no changes.",
    ]))
    return "voice_recognition_lower", note, summ


def t_text_runon(g):
    r = g.rng
    p, rn = g.pat(), g.clin()
    hus = g.rel(p, sex="M", same_last=True)
    note = (f"msg from pt via portal: hi its {N(p.first.lower())} {N(p.last.lower())} my husband {N(hus.first.lower())} "
            f"says i should write you my sugar was {lab('310')} this morning and i feel dizzy i took my "
            f"{dose('lantus 22 units')} last night like always and {drug('metformin')} can someone call me at "
            f"{g.phone(r.choice(['space', 'seven', 'dash']))} or my email {g.email(p)} thank you\n"
            f"RN response: called pt, {lab('BG 285')} on recheck, no ketones, drinking fluids. "
            f"Per protocol increase {dose('Lantus to 24 units')}. {N(rn.fi)}, RN")
    summ = r.choice([
        "Hyperglycemia reported via portal; insulin glargine increased per protocol.",
        f"{N(p.first)} reported high sugars; Lantus increased.",
    ])
    return "portal_runon", note, summ


def t_school_excuse(g):
    r = g.rng
    kid = g.pat()
    parent = g.rel(kid, same_last=True)
    doc = g.clin()
    d = g.date()
    note = f"""Date: {g.d(d)}

To the school nurse:

{N(kid.full)} ({cage(str(r.randint(7, 16)) + ' years old')}) was seen in clinic today for an asthma exacerbation. {kid.He} may return to school on {g.d(d + days(2), r.choice(['mon_dot', 'month_th', 'md_slash']))}. Please allow {kid.him} to carry and use {dose('albuterol HFA 2 puffs every 4 hours as needed')} and to sit out of PE for one week. Controller: {dose('Flovent 110 mcg 2 puffs BID')}. {score('ACT score 16')}.

Parent/guardian: {N(parent.full)}, {g.phone()}.

{N(doc.full)}, MD, Pediatrics"""
    summ = r.choice([
        f"School note for {N(kid.first)} after an asthma exacerbation with inhaler permission.",
        "School excuse note after asthma exacerbation; may carry albuterol.",
    ])
    return "school_excuse", note, summ


def t_timeout(g):
    r = g.rng
    p = g.pat()
    team = [g.clin() for _ in range(5)]
    d = g.date()
    note = f"""TIME-OUT / PROCEDURE RECORD
Date: {g.d(d)}   Pt: {N(p.full)}   {g.mrn()}
Procedure: ultrasound-guided thoracentesis, right. Allergies: {drug('Keflex')} (hives).
Time-out at 10:02 - participants: {N(team[0].full)} (proceduralist), {N(team[1].full)} (fellow), {N(team[2].first)} {N(team[2].last)} (RN), {N(team[3].fi)} (US tech). Pt ID verified with name and DOB {g.d(g.dob())}.
Pre: {vital('SpO2 93% 2L')}, {vital('BP ' + g.bp())}. {lab('INR 1.2')}, {lab('plt 210')}.
1.3 L straw-colored fluid removed. Post CXR: no PTX. {lab('pleural LDH 310')}, {lab('protein 4.1')} - exudate by {epo('Light criteria')}.
Note written by {N(team[1].last)}; attested by {N(team[0].last)}."""
    summ = r.choice([
        "Right thoracentesis yielded an exudative effusion without complication.",
        f"Thoracentesis for {N(p.full)}: 1.3 L removed, exudate by {epo('Light criteria')}.",
    ])
    return "procedure_timeout", note, summ


def t_case_mgmt(g):
    r = g.rng
    p, cm = g.pat(), g.clin()
    proxy = g.rel(p)
    adm = g.clin()
    d = g.date()
    note = f"""CASE MANAGEMENT - DISCHARGE PLANNING
Pt {N(p.full)} medically ready for SNF per Dr. {N(g.clin().last)}. PT recs: SNF, {score('AM-PAC 14')}.
Bed offer accepted at a SNF, {g.addr(fmt='full')}; admissions contact {N(adm.full)}, {g.phone()}, {g.email(adm, 'snf.example.org')}.
Transport booked for {g.d(d, r.choice(['mon_dot', 'month_th', 'iso']))} 11:00. Pt's home address {g.addr(fmt=r.choice(['street', 'unit_first']))} confirmed for mail.
Proxy {N(proxy.full)} agrees; spoke with {N(proxy.first)} at {g.phone()}.
{N(cm.full)}, RN CM"""
    summ = r.choice([
        "Discharge to skilled nursing facility arranged with transport booked.",
        f"SNF placement arranged for {N(p.last)}; proxy {N(proxy.first)} agrees.",
    ])
    return "case_management", note, summ


def t_id_consult(g):
    r = g.rng
    p, doc, req = g.pat(), g.clin(), g.clin()
    note = f"""INFECTIOUS DISEASES CONSULT
Requesting: Dr. {N(req.full)}    Reason: recurrent C. difficile
HPI: {N(p.first)} {N(p.last)} is a {g.yo(lo=45)} {p.mw} with third episode of C. difficile after {dose('Bactrim DS BID')} for a UTI. Previously treated with {drug('Flagyl')} and {dose('vancomycin 125 mg PO QID')}. 7 BMs/day, {lab('WBC 14.9')}, {lab('Cr 1.0')}. {vital('T 37.9')}.
Recommendations: {dose('fidaxomicin 200 mg BID x 10 days')}; consider bezlotoxumab; FMT referral if recurs. Avoid unnecessary antibiotics - flag {drug('Bactrim')} in chart.
Seen and discussed with {N(p.first)}'s partner {N(g.pat(exclude=(p,)).full)}.
{N(doc.full)}, MD, ID Fellow"""
    summ = r.choice([
        "Third C. difficile episode; fidaxomicin recommended.",
        f"{N(p.last)} has recurrent C. difficile after antibiotics; ID recommends fidaxomicin.",
    ])
    return "id_consult", note, summ


def t_centenarian(g):
    r = g.rng
    p, doc = g.pat(), g.clin()
    gd = g.rel(p, sex="F")
    note = f"""{N(p.last)}, {N(p.first)} - primary care visit
{g.yo(old=True, fmt=' years old')}, still living independently at {g.addr(fmt=r.choice(['street', 'nozip']))} with help from granddaughter {N(gd.full)} (lives next door). Oldest sibling died at {AGE(str(r.randint(95, 104)))}.
Concerns: constipation, mild memory lapses. {score('Mini-Cog 3/5')}. {vital('BP ' + g.bp(120, 160))}. {lab('Na 133')}, {lab('TSH 2.1')}.
Plan: {dose('polyethylene glycol 17 g daily')}, stop {drug('Benadryl')}, hearing aid check. {N(gd.first)} to call {g.phone()} with concerns.
{N(doc.fi)}, MD"""
    summ = r.choice([
        f"{N(p.first)} remains independent in {p.his} late nineties or beyond; diphenhydramine stopped.",
        "Primary care visit for a very elderly patient; constipation and memory addressed.",
    ])
    return "centenarian", note, summ


def t_genetics(g):
    r = g.rng
    p = g.pat(sex="F")
    mom = g.rel(p, sex="F", same_last=r.random() < 0.3)
    aunt = g.rel(p, sex="F")
    gm = g.rel(p, sex="F")
    bro = g.rel(p, sex="M", same_last=True)
    gc = g.clin()
    note = f"""GENETIC COUNSELING
Proband: {N(p.full)}, {cage(str(r.randint(28, 52)) + 'yo')}, referred for family history of breast/ovarian cancer.
Pedigree: mother {N(mom.full)} - ovarian cancer dx age 51, deceased; maternal aunt {N(aunt.first)} - breast cancer age 44; maternal grandmother {N(gm.first)} {N(gm.last)} - breast cancer age 60s; brother {N(bro.first)} - healthy, untested.
{score('Tyrer-Cuzick lifetime risk 31%')}. Meets NCCN testing criteria.
Plan: multigene panel (BRCA1/2, PALB2, etc.). {N(p.first)} will ask {N(aunt.first)} to share her results. Results by phone in 2-3 weeks; {p.his} preferred number {g.phone()}.
{N(gc.full)}, MS, CGC"""
    summ = r.choice([
        f"{N(p.first)} referred for hereditary cancer evaluation due to maternal history; panel testing ordered.",
        "Genetic counseling for hereditary breast and ovarian cancer risk; panel sent.",
    ])
    return "genetics", note, summ


def t_dialysis(g):
    r = g.rng
    p, rn, neph = g.pat(), g.clin(), g.clin()
    d = g.date()
    note = f"""HEMODIALYSIS TREATMENT NOTE  {g.d(d)}
Pt: {N(p.first)} {N(p.last)}  chair 9  {g.mrn()}
Pre: wt 82.4 kg (EDW 79.5), {vital('BP ' + g.bp(150, 180))}, {vital('HR 78')}. Access L AVF, good thrill/bruit.
Run: 3.5 h, UF goal 3.0 L, Qb 400. {dose('heparin 2000 unit bolus')}. Intradialytic {vital('BP 98/54')} at 2.5 h - UF paused, {dose('NS 200 mL')}.
Labs: {lab('K 5.9')}, {lab('phos 6.8')}, {lab('Hgb 9.6')}, {lab('Kt/V 1.3')}. {dose('Epogen 4000 units IV')} given.
{drug('Lasix')} held on HD days. Dr. {N(neph.last)} rounded; binder increased to {dose('sevelamer 1600 mg TID with meals')}.
{N(rn.full)}, RN"""
    summ = r.choice([
        "Dialysis session complicated by intradialytic hypotension; phosphate binder increased.",
        f"{N(p.first)} had hypotension on dialysis; UF paused and saline given.",
    ])
    return "dialysis", note, summ


def t_pt(g):
    r = g.rng
    p, pt = g.pat(), g.clin()
    wife = g.rel(p, sex="F" if p.sex == "M" else "M", same_last=True)
    note = f"""PHYSICAL THERAPY DAILY NOTE
{N(p.full)} seen for gait training POD 2 s/p R TKA. {score('Pain 5/10')} before, {score('3/10')} after session.
Knee ROM 5-82 degrees. Ambulated 150 ft with RW, CGA. Stairs x4 with rail. {score('Tinetti 19/28')}. {vital('HR 96')} post.
Premedicated with {dose('Norco 5/325 mg 1 tab')} 45 min prior. Background {epo('Parkinson disease')} on {drug('Sinemet')}; mild festination.
Caregiver training with {g.relword(wife, 'spouse')} {N(wife.first)} completed. HEP issued.
Plan: d/c home with home PT. {N(pt.full)}, PT, DPT"""
    summ = r.choice([
        f"{N(p.first)} progressing after knee replacement; safe for home with home PT.",
        "Post-TKA physical therapy; ready for discharge home.",
    ])
    return "physical_therapy", note, summ


def t_chaplain(g):
    r = g.rng
    p = g.pat()
    faith_kid = Person("Faith", p.last, "F")
    ch = g.clin()
    note = f"""SPIRITUAL CARE NOTE
Visited {N(p.full)} at the request of {p.his} daughter {N(faith_kid.first)}. Pt describes {p.his} faith as a source of strength and asked for prayer. {N(faith_kid.first)} and {p.his} son {N(g.rel(p, sex='M', same_last=True).first)} were present. Pt anxious about upcoming surgery; reflective listening provided, prayer offered.
Plan: chaplain will follow up post-op; pt's pastor {N(g.pat(sex='M', exclude=(p,)).full)} may visit.
{N(ch.full)}, MDiv, Staff Chaplain"""
    summ = r.choice([
        f"Chaplain visit requested by {N(faith_kid.first)}; prayer and support offered before surgery.",
        "Spiritual care visit for preoperative anxiety; patient finds strength in faith.",
    ])
    return "chaplain", note, summ


def t_email_hdr(g):
    r = g.rng
    a, b, c = g.clin(), g.clin(), g.clin()
    p = g.pat()
    d = g.date()
    note = f"""From: {g.email(a, 'health.example.org')}
To: {g.email(b, 'health.example.org')}
Cc: {N(c.full)}
Date: {g.d(d)}
Subject: tumor board add-on

{N(b.first)} - can we add {N(p.full)} ({g.mrn()}) to Thursday's board? {g.yo()} with new {epo('Hodgkin lymphoma')}, {score('IPS 3')}, bulky mediastinal mass. PET done {g.d(d - days(3), 'md_slash')}. Pathology reviewed by {N(g.clin().fi)}.
-{N(a.first)}"""
    summ = r.choice([
        f"Request to add a new {epo('Hodgkin lymphoma')} case to tumor board.",
        f"Email asking {N(b.first)} to add {N(p.last)} to tumor board.",
    ])
    return "email_headers", note, summ


def t_guardianship(g):
    r = g.rng
    p, doc = g.pat(), g.clin()
    gdn = g.rel(p)
    note = f"""RE: Petition for guardianship - {N(p.full)}
Date of birth: {g.d(g.dob(1930, 1950))}
Residence: {g.addr(fmt='unit_first')}

I have examined {N(p.full)} on several occasions, most recently {g.d(g.date())}. {p.He} has advanced dementia ({score('MMSE 9/30')}, {score('FAST stage 6c')}) and lacks capacity to make medical and financial decisions. This is not expected to improve. I support the appointment of {p.his} {g.relword(gdn)}, {N(gdn.full)}, as guardian.

{N(doc.full)}, MD
Geriatric Medicine  |  {g.phone()}  |  SSN of respondent (as requested by court): {g.ssn()}"""
    summ = r.choice([
        f"Physician letter supporting guardianship by {N(gdn.first)} due to advanced dementia.",
        "Capacity letter for guardianship petition in advanced dementia.",
    ])
    return "guardianship_letter", note, summ


def t_occ(g):
    r = g.rng
    p, doc = g.pat(), g.clin()
    sup = g.pat(exclude=(p,))
    d = g.date()
    note = f"""OCCUPATIONAL HEALTH - WORK INJURY
Employee: {N(p.full)}   DOI: {g.d(d)}
Warehouse worker, lifting box ~50 lb, felt pop in R shoulder. Supervisor {N(sup.full)} witnessed; employer contact {N(sup.first)} at {g.phone()}.
Exam: positive {epo('Neer sign')} and {epo('Hawkins-Kennedy test')}, {epo('drop arm sign')} negative. Strength 4/5 abduction.
Plan: {dose('ibuprofen 600 mg TID with food')}, ice, modified duty - no lifting > 10 lb with R arm x 2 weeks. Recheck {g.d(d + days(14))}.
{N(doc.full)}, DO"""
    summ = r.choice([
        "Work-related right shoulder strain; modified duty and NSAIDs.",
        f"{N(p.first)} injured the right shoulder at work; light duty for two weeks.",
    ])
    return "occupational", note, summ


def t_school_nurse(g):
    r = g.rng
    kid = g.pat()
    gma = g.rel(kid, sex="F")
    sn = g.clin()
    note = f"""School Health Office Log
Student: {N(kid.first)} {N(kid.last)}, grade {r.randint(1, 8)}
10:20 Came in with wheeze after recess. {vital('RR 28')}, {vital('SpO2 94%')}, {vital('peak flow 180 L/min')} (personal best 300). Gave {dose('albuterol 4 puffs via spacer')} per action plan.
10:40 {vital('peak flow 260')}, {vital('SpO2 97%')}. Returned to class.
Called guardian (grandmother {N(gma.full)}) at {g.phone()}; left message. Per {N(gma.first)}'s earlier note, {N(kid.first)} also takes {dose('Singulair 5 mg nightly')}.
-{N(sn.fi)}, RN, school nurse"""
    summ = r.choice([
        f"{N(kid.first)} had a mild asthma episode at school relieved by albuterol.",
        "Asthma symptoms at school treated with albuterol; guardian notified.",
    ])
    return "school_nurse", note, summ


def t_econsult(g):
    r = g.rng
    p, q, a = g.pat(), g.clin(), g.clin()
    note = f"""E-CONSULT (Endocrinology)
Question from {N(q.full)}, MD: {g.yo()} {p.mf} ({N(p.fi)}) with incidental 2.4 cm L adrenal mass on CT, 8 HU. {vital('BP ' + g.bp(130, 160))} on two agents. Needs work-up?
Answer ({N(a.last)}): Benign-appearing adenoma by imaging. Screen for {epo('Cushing syndrome')} ({lab('1 mg DST')}), pheochromocytoma (plasma metanephrines), and primary aldosteronism ({lab('aldosterone/renin ratio')}) given HTN. No repeat imaging if labs normal. Happy to see {p.him} if abnormal; my line {g.phone()}."""
    summ = r.choice([
        "E-consult on an incidental adrenal adenoma; hormonal screening recommended.",
        f"Endocrine e-consult for {N(p.fi)}: screen for functional adrenal adenoma.",
    ])
    return "econsult", note, summ


def t_endoscopy(g):
    r = g.rng
    p, endo, an = g.pat(), g.clin(), g.clin()
    d = g.date()
    note = f"""COLONOSCOPY REPORT
Patient: {p.lf}   {g.mrn()}   Date: {g.d(d)}
Endoscopist: {N(endo.full)}, MD    Anesthesia: {N(an.full)}, CRNA (propofol)
Referring: Dr. {N(g.clin().last)}
Indication: surveillance of {epo('Crohn disease')}.
Findings: ileocecal valve stenosis traversed; patchy aphthous ulcers in terminal ileum, {score('SES-CD 7')}. Colon normal. Biopsies taken.
Plan: continue {dose('ustekinumab 90 mg SC q8 weeks')}. {N(p.first)} to follow up in clinic; results to {g.email(p)} via portal."""
    summ = r.choice([
        f"Mild active ileal {epo('Crohn disease')} on colonoscopy; continue ustekinumab.",
        f"Colonoscopy for {N(p.first)} showed mild terminal ileitis.",
    ])
    return "endoscopy", note, summ


def t_proxy(g):
    r = g.rng
    p = g.pat()
    a1, a2 = g.rel(p), g.rel(p)
    wit = g.clin()
    d = g.date()
    note = f"""HEALTH CARE PROXY
I, {N(p.full)}, residing at {g.addr(fmt=r.choice(['full', 'unit_first', 'box']))}, appoint {N(a1.full)} ({g.relword(a1)}), tel {g.phone()}, as my health care agent. If {N(a1.first)} is unavailable, I appoint {N(a2.full)}, tel {g.phone()}, e-mail {g.email(a2)}.
Signed this {DT(ordinal(d.day) + ' day of ' + MONTHS[d.month - 1] + ' ' + str(d.year))}.
Witness: {N(wit.full)}    Witness: {N(g.clin().full)}"""
    summ = r.choice([
        f"Health care proxy naming {N(a1.first)} as agent and {N(a2.first)} as alternate.",
        "Signed health care proxy form with primary and alternate agents.",
    ])
    return "hc_proxy", note, summ


def t_critical_lab(g):
    r = g.rng
    p, tech, rn = g.pat(), g.clin(), g.clin()
    d = g.date()
    val = r.choice([lab("K 6.8 mmol/L"), lab("Na 118"), lab("glucose 38"), lab("troponin I 2.41")])
    note = f"""CRITICAL VALUE NOTIFICATION
{g.d(d)} 04:12 - {val} on {N(p.last.upper())}, {N(p.first.upper())} ({g.mrn()}).
Called by lab ({N(tech.fi)}) to {N(rn.full)}, RN; read back and verified. RN notified covering provider {N(g.clin().full)} at 04:18; orders received."""
    summ = r.choice([
        "Critical lab value called, read back and escalated to the covering provider.",
        f"Critical result for {N(p.last)} communicated within 6 minutes.",
    ])
    return "critical_lab", note, summ


def t_ems(g):
    r = g.rng
    p = g.pat()
    m1, m2 = g.clin(), g.clin()
    wit = g.rel(p)
    note = f"""EMS PATIENT CARE REPORT
Dispatched 16:{r.randint(10, 59)} to {g.addr(fmt=r.choice(['street', 'nozip', 'full']))} for unresponsive person. Found {N(p.first)} {N(p.last)}, approx {g.yo(fmt=' yo', lo=25, hi=60)}, on kitchen floor. Bystander ({g.relword(wit)}) {N(wit.full)} reports possible opioid use.
Initial: {score('Glasgow Coma Scale 6')}, {vital('RR 6')}, {vital('SpO2 78%')}, pinpoint pupils. BVM, {dose('naloxone 2 mg IN')} with response in 2 min, {score('GCS 14')}.
Transported code 3. Crew: {N(m1.full)}, Paramedic; {N(m2.fi)}, EMT."""
    summ = r.choice([
        "Suspected opioid overdose reversed with intranasal naloxone by EMS.",
        f"{N(p.first)} found unresponsive and revived with naloxone.",
    ])
    return "ems_report", note, summ


def t_vaccine(g):
    r = g.rng
    kid = g.pat()
    mom = g.rel(kid, sex="F", same_last=True)
    rn = g.clin()
    d = g.date()
    note = f"""IMMUNIZATION ADMINISTRATION
{N(kid.full)}, DOB {g.d(g.dob(2020, 2023))}. Consent from mother {N(mom.full)}; VIS given.
DTaP-IPV lot K2231, {dose('0.5 mL IM')} L thigh. MMR lot 7Z90A, {dose('0.5 mL SC')} R arm. Varicella lot V118, {dose('0.5 mL SC')} L arm.
Observed 15 min, no reaction. Next dose due on or after {g.d(d + days(r.randint(120, 200)))}.
Administered by {N(rn.full)}, LPN. Reminder to {N(mom.first)} via {g.email(mom)}."""
    summ = r.choice([
        "Routine childhood vaccines administered without reaction.",
        f"{N(kid.first)} received DTaP-IPV, MMR and varicella.",
    ])
    return "immunization", note, summ


def t_start_name_progress(g):
    """Note begins with a surname; nickname reference; initials."""
    r = g.rng
    p, att = g.pat(), g.clin()
    note = f"""{N(p.last)} - HD#{r.randint(2, 9)}. Feels "much better." Ate breakfast.
{vital('T 36.9')} {vital('BP ' + g.bp())} {vital('HR 70')}. Abd soft, {epo('McBurney point')} nontender now. {lab('WBC 8.8')}.
s/p lap appendectomy, on {dose('Augmentin 875 mg BID')} to complete 5 days. Tolerating regular diet.
Dispo: home today; {N(p.first)} knows to return for fever. Discussed w/ {N(att.fi)}.
{N(g.clin().fi)}, PA-C"""
    summ = r.choice([
        f"{N(p.last)} is recovering well after appendectomy and will go home today.",
        "Post-appendectomy, afebrile and tolerating diet; discharge today.",
    ])
    return "postop_progress", note, summ


def t_summary_only(g):
    r = g.rng
    p, doc = g.pat(), g.clin()
    note = f"""Audiology/ENT clinic
{g.yo()} {p.mf} with sudden R sensorineural hearing loss for 5 days. Weber lateralizes left, {epo('Rinne test')} positive bilaterally. Audiogram: 45 dB loss R. MRI IAC ordered.
Started {dose('prednisone 60 mg daily x 7 days')} and intratympanic dexamethasone discussed. {vital('BP ' + g.bp())}.
{N(doc.full)}, MD"""
    summ = f"{N(r.choice([p.first, p.last]))} has sudden right sensorineural hearing loss and was started on high-dose steroids."
    return "ent_namesummary", note, summ


def t_navajo_interp(g):
    r = g.rng
    p = g.pat()
    interp = g.clin()
    gs = g.rel(p, sex="M")
    doc = g.clin()
    note = f"""ED NOTE
{N(p.full)} presented with grandson {N(gs.full)}; interpreter {N(interp.first)} assisted (in person).
{g.yo(old=r.random() < 0.5, lo=70, fmt=' year-old')} with cough and fever x 4 days. {vital('T 38.7')}, {vital('RR 26')}, {vital('SpO2 88% RA')}, {vital('BP ' + g.bp())}. {score('CURB-65 3')}.
CXR: LLL consolidation. {lab('Lactate 2.9')}, {lab('BUN 31')}.
Started {dose('ceftriaxone 2 g IV')} + {dose('azithromycin 500 mg IV')}. {N(gs.first)} will stay overnight; his cell {g.phone()}.
Admit to medicine, Dr. {N(doc.last)}."""
    summ = r.choice([
        f"Severe community-acquired pneumonia; {N(p.first)} admitted with grandson {N(gs.first)} at bedside.",
        f"{score('CURB-65 3')} pneumonia admitted to medicine.",
    ])
    return "ed_interpreter", note, summ


PHI_TEMPLATES = [
    (t_sbar, 3), (t_transfer, 3), (t_answering, 3), (t_flowsheet, 3), (t_apso, 3), (t_fax, 3),
    (t_nicu, 2), (t_crisis, 3), (t_hospice, 3), (t_mri, 3), (t_doac, 2), (t_signout_table, 3),
    (t_voice, 3), (t_text_runon, 3), (t_school_excuse, 2), (t_timeout, 2), (t_case_mgmt, 3),
    (t_id_consult, 2), (t_centenarian, 2), (t_genetics, 3), (t_dialysis, 2), (t_pt, 2),
    (t_chaplain, 2), (t_email_hdr, 2), (t_guardianship, 2), (t_occ, 3), (t_school_nurse, 2),
    (t_econsult, 2), (t_endoscopy, 2), (t_proxy, 3), (t_critical_lab, 2), (t_ems, 3),
    (t_vaccine, 3), (t_start_name_progress, 2), (t_summary_only, 2), (t_navajo_interp, 2),
]


# ====================================================================== no-PHI templates
def n_preop(g):
    r = g.rng
    note = f"""ANESTHESIA PRE-OP
{g.yo()} for lap cholecystectomy. ASA 2. {score('Mallampati II')}, TMD > 6 cm. Prior intubation {score('Cormack-Lehane grade 1')}.
{vital('BP ' + g.bp())}, {vital('HR 66')}, {vital('BMI 31')}. {lab('Hgb 13.4')}, {lab('K 4.0')}.
Home {dose('metoprolol 25 mg')} to be taken AM of surgery; hold {dose('lisinopril 10 mg')}. {dose('Zofran 4 mg IV')} + {dose('dexamethasone 4 mg IV')} for PONV ({score('Apfel score 3')})."""
    return "nophi_preop", note, "Pre-anesthesia evaluation for cholecystectomy; PONV prophylaxis planned."


def n_stroke(g):
    r = g.rng
    note = f"""STROKE CODE
LKW 07:40. {score('NIHSS 9')} (L face/arm/leg weakness, neglect). {vital('BP ' + g.bp(160, 185))} -> {dose('labetalol 10 mg IV')} -> {vital('BP 172/94')}. {lab('glucose 142')}, {lab('INR 1.0')}, {lab('plt 245')}.
CT: no hemorrhage, {score('ASPECTS 9')}. CTA: R M1 occlusion. {dose('Tenecteplase 0.25 mg/kg IV')} given, thrombectomy team activated. No {epo('Babinski sign')} on R; forehead spared, so not a {epo('Bell palsy')} picture."""
    return "nophi_stroke", note, "Acute right MCA stroke treated with tenecteplase and referred for thrombectomy."


def n_dka(g):
    r = g.rng
    note = f"""DKA FLOWSHEET
Hour 0: {lab('glucose ' + str(r.randint(420, 690)))}, {lab('AG 26')}, {lab('pH 7.' + str(r.randint(4, 22)).zfill(2))}, {lab('bicarb ' + str(r.randint(5, 12)))}, {lab('K 5.1')}. {dose('Insulin regular 0.1 units/kg/h')}. {dose('NS 1 L/h')} x2.
Hour 4: {lab('glucose 298')}, {lab('AG 19')}, {lab('K 3.9')} -> {dose('KCl 20 mEq')} in each liter.
Hour 8: {lab('glucose 210')} -> D5 1/2NS at 150 mL/h. {lab('AG 12')} - gap closed; overlap {dose('glargine 20 units')} 2 h before stopping drip."""
    return "nophi_dka", note, "DKA resolved with insulin infusion and fluids; transitioned to basal insulin."


def n_asthma(g):
    r = g.rng
    note = f"""ASTHMA ACTION PLAN
GREEN (peak flow > 80%): {dose(r.choice(['Flovent 110 mcg 2 puffs twice a day', 'Flovent 44 mcg 2 puffs twice a day', 'Symbicort 80/4.5 2 puffs twice a day']))}.
YELLOW (50-80%): add {dose('albuterol 4 puffs every 4 hours')}; if using 3/4 of a canister per week, call clinic.
RED (< 50%): {dose('albuterol 6 puffs')} and go to ED. {dose('Prednisolone 1 mg/kg')} x 5 days if prescribed.
Spacer use reviewed. {score('ACT ' + str(r.randint(14, 23)))}."""
    return "nophi_asthma_plan", note, "Asthma action plan reviewed with spacer teaching."


def n_wound(g):
    r = g.rng
    note = f"""WOUND CARE
Stage 3 sacral pressure injury {r.randint(2, 6)}.{r.randint(0, 9)} x {r.randint(1, 4)}.{r.randint(0, 9)} x 0.5 cm, 25% slough. {score('Braden ' + str(r.randint(10, 14)))}, {score('PUSH 13')}. Cleansed, {dose('Santyl')} applied to slough, foam dressing. Low-air-loss mattress. {lab('albumin 2.9')}, {lab('prealbumin 11')}. {dose('Juven 1 packet BID')}. {epo('Foley catheter')} in place for incontinence-associated dermatitis - plan removal in 48 h."""
    return "nophi_wound", note, "Stage 3 sacral pressure injury treated with debridement ointment and pressure offloading."


def n_pe(g):
    note = f"""PE WORK-UP
{cage('58-year-old')} with pleuritic pain. {score('Wells score 4.5')} (PE likely). {vital('HR 108')}, {vital('SpO2 93%')}, {vital('BP ' + g.bp())}. CTPA: R segmental PE, RV/LV 0.8. {lab('troponin < 0.01')}, {lab('BNP 45')}. {score('sPESI 1')}.
Started {dose('enoxaparin 1 mg/kg SC q12h')}, transition to {dose('apixaban 10 mg BID x 7 days then 5 mg BID')}. {epo('Homans sign')} not relied upon; LE duplex negative."""
    return "nophi_pe", note, "Low-risk segmental PE started on anticoagulation."


def n_ob(g):
    note = f"""OB triage: G3P2 at 40w5d. {vital('BP ' + g.bp(110, 135))}. {score('Bishop score 5')}. Cervix 2/50/-2. FHT 135, {score('category I')}. Plan: cervical ripening with {dose('misoprostol 25 mcg PV q4h')}, then {dose('oxytocin 2 mU/min')} titrated. {dose('Penicillin G 5 million units IV')} load for GBS+."""
    return "nophi_ob", note, "Post-dates induction with misoprostol; GBS prophylaxis given."


def n_sepsis(g):
    r = g.rng
    src = r.choice(['RLL pneumonia', 'pyelonephritis', 'cholangitis'])
    note = f"""SEPSIS REASSESSMENT
{score('qSOFA ' + str(r.randint(2, 3)))}. Initial {lab('lactate ' + str(r.randint(3, 6)) + '.' + str(r.randint(0, 9)))} -> {lab(str(r.randint(1, 2)) + '.' + str(r.randint(0, 9)))} after {dose('30 mL/kg crystalloid')}. {vital('MAP 63')} -> {vital('MAP 71')}. Cultures x2 before {dose('Zosyn 4.5 g IV')} and {dose('vancomycin 25 mg/kg load')}. Source: {src}. Repeat {lab('lactate')} in 2 h."""
    return "nophi_sepsis", note, f"Sepsis from {src} with improving lactate after fluids and antibiotics."


def n_peds_dose(g):
    r = g.rng
    wt = round(r.uniform(11.5, 19.5), 1)
    yrs = 2 + int((wt - 11.5) // 2.7)
    amox, ibu, apap = round(45 * wt), round(10 * wt), round(15 * wt)
    note = f"""Weight-based dosing check ({cage(str(yrs) + ' y/o')}, {wt} kg):
- {dose(f'Amoxicillin 45 mg/kg/dose BID = {amox} mg BID')} -> {dose(f'{amox / 80:.1f} mL of 400 mg/5 mL')}
- {dose(f'Ibuprofen 10 mg/kg = {ibu} mg')} -> {dose(f'{ibu / 20:.1f} mL of 100 mg/5 mL')}
- {dose(f'Tylenol 15 mg/kg = {apap} mg')} -> {dose(f'{apap / 32:.1f} mL of 160 mg/5 mL')}
- {dose('Zofran 0.15 mg/kg = 2 mg')} (half of a {dose('4 mg ODT')})"""
    return "nophi_peds_dosing", note, "Weight-based pediatric doses verified."


NOPHI_TEMPLATES = [(n_preop, 3), (n_stroke, 2), (n_dka, 2), (n_asthma, 2), (n_wound, 2), (n_pe, 2),
                   (n_ob, 2), (n_sepsis, 3), (n_peds_dose, 2)]

CONFIG = dict(people=PEOPLE, clinicians=CLINICIANS, streets=STREETS, cities=CITIES, domains=DOMAINS,
              area_codes=AREA, date_fmts=DATE_FMTS, phone_fmts=PHONE_FMTS, mrn_fmts=MRN_FMTS,
              addr_fmts=ADDR_FMTS)
