"""DEV portion: name pools, identifier formats and note templates.

All people, numbers and places are invented.
"""
from _lib import (N, DT, AGE, AD, PH, EM, MR, SSN, dose, lab, vital, score,
                  epo, drug, cage, lower_marked, ordinal, Person)

PEOPLE = [
    # Nigerian
    ("Chidi", "Okafor", "M"), ("Ngozi", "Adeyemi", "F"), ("Oluwaseun", "Balogun", "M"),
    ("Adaeze", "Nwosu", "F"), ("Emeka", "Eze", "M"), ("Folake", "Ogunleye", "F"),
    ("Tunde", "Bakare", "M"), ("Chiamaka", "Obi", "F"),
    # Vietnamese
    ("Lan", "Nguyen", "F"), ("Minh", "Tran", "M"), ("Thuy", "Pham", "F"), ("Bao", "Le", "M"),
    ("Huong", "Vu", "F"), ("Duc", "Hoang", "M"), ("Phượng", "Đặng", "F"),
    # Polish
    ("Łukasz", "Kowalski", "M"), ("Agnieszka", "Wiśniewska", "F"), ("Piotr", "Zieliński", "M"),
    ("Katarzyna", "Nowak", "F"), ("Grzegorz", "Wójcik", "M"), ("Małgorzata", "Lewandowska", "F"),
    # Irish
    ("Siobhan", "O'Neill", "F"), ("Declan", "Murphy", "M"), ("Ciaran", "O'Sullivan", "M"),
    ("Aoife", "Byrne", "F"), ("Padraig", "Gallagher", "M"), ("Niamh", "Fitzgerald", "F"),
    ("Eoin", "McCarthy", "M"), ("Mary-Kate", "Doyle", "F"),
    # Mexican
    ("José", "Hernández", "M"), ("María", "de la Cruz", "F"), ("Guadalupe", "Ramírez", "F"),
    ("Jesús", "Castillo", "M"), ("Ximena", "Gutiérrez-Flores", "F"), ("Alejandro", "Ruiz", "M"),
    ("Esperanza", "Delgado", "F"), ("Rosa Elena", "Morales", "F"),
    # Indian
    ("Priya", "Raghunathan", "F"), ("Arjun", "Mehta", "M"), ("Lakshmi", "Venkataraman", "F"),
    ("Rohit", "Kulkarni", "M"), ("Deepa", "Nair", "F"), ("Sanjay", "Iyer", "M"),
    ("Anjali", "Chatterjee", "F"),
    # Arabic
    ("Layla", "Haddad", "F"), ("Omar", "Abdelrahman", "M"), ("Fatima", "Al-Sayed", "F"),
    ("Yousef", "Khoury", "M"), ("Rania", "Nassar", "F"), ("Tariq", "El-Amin", "M"),
    # Chinese / Italian
    ("Wei", "Zhang", "M"), ("Mei-Ling", "Chen", "F"), ("Jian", "Liu", "M"), ("Xiaoyan", "Huang", "F"),
    ("Giuseppe", "Russo", "M"), ("Francesca", "Esposito", "F"),
    # names that are also words
    ("Rose", "Whitaker", "F"), ("Hope", "Castellano", "F"), ("Grace", "Oyelaran", "F"),
    ("Mark", "Brown", "M"), ("Bill", "Green", "M"), ("Will", "Ashford", "M"),
    ("Robin", "Marsh", "F"), ("Sarah", "Miller-Okonkwo", "F"),
]

CLINICIANS = [
    ("Rebecca", "Hollander", "F"), ("Sunil", "Banerjee", "M"), ("Alan", "Bell", "M"),
    ("Chioma", "Eze-Williams", "F"), ("Tomasz", "Mazur", "M"), ("Fiona", "Walsh", "F"),
    ("Ricardo", "Salinas", "M"), ("Hana", "Saleh", "F"), ("Patrick", "Keane", "M"),
    ("Mark", "Whitfield", "M"), ("Anh", "Dao", "F"), ("Brendan", "Kavanagh", "M"),
    ("Nirmala", "Sundaram", "F"), ("Ifeoma", "Chukwu", "F"), ("Daniel", "Rosenberg", "M"),
    ("Grace", "Liu", "F"), ("Will", "Pereira", "M"), ("Joanna", "Dąbrowska", "F"),
    ("Hope", "Daniels", "F"), ("Tanya", "Brooks", "F"), ("Marisol", "Vega", "F"),
    ("Tam", "Do", "M"), ("Kathleen", "Brennan", "F"), ("Victor", "Adebayo", "M"),
    ("Rose", "Kimani", "F"), ("Bill", "Hartley", "M"),
]

STREETS = ["Birchwood Lane", "Maple Ave", "Cedar St", "Kingsbury Rd", "Elm Street",
           "Columbia Road", "Harrison Ave", "Quincy Shore Dr", "Washington St",
           "Blue Hill Avenue", "Oak Terrace", "Riverside Dr", "Pleasant St", "Lowell Rd"]
CITIES = [("Dorchester", "MA", "02124"), ("Lowell", "MA", "01852"), ("Worcester", "MA", "01604"),
          ("Providence", "RI", "02908"), ("Quincy", "MA", "02169"), ("Chelsea", "MA", "02150"),
          ("Lawrence", "MA", "01841"), ("Pawtucket", "RI", "02860"), ("Nashua", "NH", "03060")]
DOMAINS = ["example.com", "example.org", "mailbox.example", "clinic-mail.example.net",
           "home.example.com"]
AREA = ["617", "508", "781", "978", "401", "603", "857"]
DATE_FMTS = ["us", "us", "us_nz", "us_yy", "dash_yy", "long", "long_th", "dmy", "iso", "mon_d",
             "month_d"]
PHONE_FMTS = ["paren", "paren", "dash", "dot", "plain", "intl", "paren_ext"]
MRN_FMTS = ["mrn", "mrn", "mrn_colon", "mrhash", "medrec", "acct", "acct_hash"]
ADDR_FMTS = ["full", "unit", "street", "street_unit", "nozip"]


# ====================================================================== PHI templates
def t_ed(g):
    r = g.rng
    p, doc, res = g.pat(), g.clin(), g.clin()
    rel = g.rel(p)
    relw = g.relword(rel)
    enc = g.date()
    cc, hpi, extra = r.choice([
        ("chest pain", "substernal chest pressure radiating to the left arm since this morning",
         f"{score('HEART score 5')}; {lab('troponin 0.06 ng/mL')} at 0 h."),
        ("fall", "a mechanical fall at home, struck head, no LOC per family",
         f"{score('GCS 15')}, {epo('Battle sign')} absent; on {drug('Coumadin')}, {lab('INR 2.8')}."),
        ("abdominal pain", "RUQ pain after fatty meals for 2 days",
         f"{epo('Murphy sign')} positive; {lab('lipase 42 U/L')}, {lab('ALT 88 U/L')}."),
        ("shortness of breath", "progressive dyspnea on exertion and orthopnea",
         f"{lab('BNP 1240 pg/mL')}; given {dose('Lasix 40 mg IV')} with good UOP."),
    ])
    note = f"""ED PROVIDER NOTE
Patient: {N(p.full)}    DOB: {g.d(g.dob())}    {g.mrn()}
Arrival: {g.d(enc)} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}
CC: {cc}
HPI: {g.yo(old=r.random() < 0.12)} {p.mw} with HTN and type 2 DM who presents with {hpi}. Accompanied by {p.his} {relw} {N(rel.full)}, who provides additional history. Home meds: {dose('metoprolol succinate 50 mg daily')}, {dose('metformin 1000 mg BID')}.
Exam: {vital('BP ' + g.bp())}, {vital('HR ' + str(r.randint(60, 118)))}, {vital('RR 18')}, {vital('SpO2 ' + str(r.randint(91, 99)) + '% RA')}. Alert, mildly uncomfortable.
Data: {extra}
Dispo: admitted to medicine, accepted by Dr. {N(doc.full)}. {p.ttl} {N(p.last)} and {N(rel.first)} updated at bedside and agree with plan.
-- {N(res.fi)}, MD (PGY-2)"""
    summ = r.choice([
        f"{N(p.full)} presented with {cc} and was admitted to medicine.",
        f"ED visit for {cc}; patient admitted under Dr. {N(doc.last)}.",
        f"Patient with {cc} evaluated in the ED and admitted; family at bedside.",
    ])
    return "ed", note, summ


def t_discharge(g):
    r = g.rng
    p, att, pcp = g.pat(), g.clin(), g.clin()
    kid = g.rel(p, same_last=r.random() < 0.6)
    a = g.date()
    import datetime as dt
    dc = a + dt.timedelta(days=r.randint(2, 9))
    fu = dc + dt.timedelta(days=r.randint(5, 14))
    note = f"""DISCHARGE SUMMARY
Name: {p.lf}
{g.mrn()}
Admission date: {g.d(a)}    Discharge date: {g.d(dc)}
Attending: {N(att.full)}, MD    PCP: Dr. {N(pcp.full)}

Diagnosis: acute on chronic systolic heart failure (EF 30%).
Hospital course: {p.ttl} {N(p.last)} is a {g.yo(lo=55)} {p.mw} admitted with volume overload. Diuresed with {dose('furosemide 40 mg IV BID')} then transitioned to {dose('Lasix 40 mg PO daily')}. Weight down 4.2 kg. {epo('Foley catheter')} placed on admission for strict I/O and removed on hospital day 3. {lab('Creatinine peaked at 1.6 mg/dL')}, {lab('K 3.4')} repleted. Echo unchanged from 2021.
Discharge vitals: {vital('BP ' + g.bp(95, 130))}, {vital('HR 72')}, {vital('weight 81.3 kg')}.
Discharge meds: {dose('carvedilol 6.25 mg BID')}, {dose('spironolactone 25 mg daily')}, {dose('Lasix 40 mg daily')}, {dose('potassium chloride 20 mEq daily')}.
Disposition: home with {p.his} {g.relword(kid, 'child')} {N(kid.first)}, who will help with daily weights.
Follow-up: Dr. {N(pcp.last)} on {g.d(fu)}; heart failure clinic in 2 weeks. Labs (BMP) on {g.d(fu - dt.timedelta(days=2))}."""
    summ = r.choice([
        f"{N(p.last)} was admitted for heart failure exacerbation, diuresed with {drug('Lasix')}, and discharged home.",
        f"Heart failure admission; diuresed and discharged home with follow-up with Dr. {N(pcp.last)}.",
        f"Patient admitted with volume overload, improved with diuresis; {N(kid.first)} will assist at home.",
    ])
    return "discharge", note, summ


def t_phone(g):
    r = g.rng
    p, rn, doc = g.pat(), g.clin(), g.clin()
    sp = g.rel(p, same_last=True)
    d = g.date()
    med = r.choice([("Norco", "Norco 5/325 mg 1 tab q6h PRN"), ("Xanax", "Xanax 0.25 mg PO qHS PRN"),
                    ("Keflex", "Keflex 500 mg QID x 7 days"), ("Zofran", "Zofran 4 mg ODT q8h PRN")])
    note = f"""Telephone Encounter - {g.d(d)} {r.randint(8, 16)}:{r.choice(['05', '20', '45'])}
Called pt {N(p.full)} at {g.phone()} re: recent lab results. No answer; left VM. Pt's {g.relword(sp, 'spouse')} {N(sp.first)} returned call at {g.phone()}. Verified identity with DOB {g.d(g.dob())}.
Relayed {lab('A1c 8.1%')} and {lab('LDL 142 mg/dL')}. {N(sp.first)} also requesting refill of {drug(med[0])}; current Rx {dose(med[1])}. Routed to Dr. {N(doc.last)} for approval.
Pt to call back if questions.
{N(rn.full)}, RN"""
    summ = r.choice([
        f"Lab results relayed by phone to the patient's spouse; refill request for {drug(med[0])} routed to Dr. {N(doc.last)}.",
        f"Phone call about labs with {N(p.first)}'s spouse and a {drug(med[0])} refill request.",
    ])
    return "phone", note, summ


def t_nursing(g):
    r = g.rng
    p, rn1, rn2, doc = g.pat(), g.clin(), g.clin(), g.clin()
    dtr = g.rel(p, sex="F")
    room = f"{r.randint(3, 9)}{r.randint(10, 40)}{r.choice(['', 'A', 'B'])}"
    note = f"""NURSING NOTE 0700-1900
0715 Assumed care of pt in room {room}. Report received from {N(rn1.fi)}, RN. Pt {N(p.last)} A&Ox3, {score('GCS 15')}, {score('pain 3/10')}. {epo('Foley catheter')} draining clear yellow urine.
1030 {vital('BP ' + g.bp(80, 95))}, {vital('HR 112')}. Dr. {N(doc.last)} notified; {dose('500 mL NS bolus')} ordered and given. Repeat {vital('BP ' + g.bp(100, 125))}.
1400 Daughter {N(dtr.full)} at bedside, asking about discharge plans. Pt anxious; {dose('Ativan 0.5 mg PO')} given per PRN order with effect.
1800 Tolerating diet. {score('Braden 16')}. Turned q2h. Skin intact.
1850 Report given to {N(rn2.full)}, RN."""
    summ = r.choice([
        "Hypotension responded to a fluid bolus; patient otherwise stable overnight.",
        f"Stable day shift; fluid bolus for low BP, {drug('Ativan')} for anxiety, daughter {N(dtr.first)} visited.",
    ])
    return "nursing", note, summ


def t_soap(g):
    r = g.rng
    p, doc, att = g.pat(), g.clin(), g.clin()
    d = g.date()
    note = f"""Progress Note {g.d(d)}
S: {N(p.first)} reports improved cough, still fatigued. Sleeping better. Denies fevers. Taking {drug('Tylenol')} as needed.
O: {vital('T 37.2')}, {vital('BP ' + g.bp())}, {vital('HR 84')}, {vital('SpO2 94% 2L NC')}. Crackles R base. {lab('WBC 13.2')} (from 17.8), {lab('procalcitonin 0.4')}.
A: {g.yo()} {p.mf} with RLL CAP, improving on {dose('ceftriaxone 1 g IV daily')} + {dose('azithromycin 500 mg daily')}. {score('CURB-65 2')} on admission.
P: Transition to {dose('cefpodoxime 200 mg PO BID')}, wean O2, PT eval. Anticipate discharge tomorrow if stable.
Seen with {N(att.full)}, attending, who agrees with the plan.
{N(doc.full)}, MD"""
    summ = r.choice([
        f"{N(p.first)} is improving on antibiotics for pneumonia; plan oral step-down and discharge soon.",
        "Community-acquired pneumonia improving; switching to oral antibiotics.",
    ])
    return "soap", note, summ


def t_consult_letter(g):
    r = g.rng
    p, ref, me = g.pat(), g.clin(), g.clin()
    d = g.date()
    note = f"""Dear Dr. {N(ref.last)},

Thank you for referring {N(p.full)} (DOB {g.d(g.dob())}), whom I saw in the neurology clinic on {g.d(d)}. As you know, {p.ttl} {N(p.last)} is a {g.yo(lo=50)} {p.mw} with a 2-year history of resting tremor of the right hand. On examination there is cogwheel rigidity and bradykinesia; {epo('Babinski sign')} is absent and there is no {epo('Romberg sign')}. {score('MoCA 26/30')}.

I believe the picture is most consistent with idiopathic {epo('Parkinson disease')}. We started {dose('carbidopa-levodopa 25/100 mg, 1 tablet TID')} and referred {p.him} to physical therapy. {p.He} was accompanied today by {p.his} partner {N(g.pat(exclude=(p,)).first)}.

I will see {p.him} again in three months. Please do not hesitate to call me at {g.phone()}.

Sincerely,

{N(me.full)}, MD
Movement Disorders Clinic
cc: {N(p.full)}"""
    summ = r.choice([
        f"{N(p.last)} was diagnosed with {epo('Parkinson disease')} and started on carbidopa-levodopa.",
        f"Neurology consult letter to Dr. {N(ref.last)}: new diagnosis of {epo('Parkinson disease')}.",
    ])
    return "consult_letter", note, summ


def t_peds(g):
    r = g.rng
    kid = g.pat()
    mom = Person(g.pat(sex="F").first, kid.last, "F")
    dad = g.pat(sex="M", exclude=(kid,))
    doc = g.clin()
    yrs = r.randint(2, 9)
    wt = round(yrs * 2 + 8 + r.random() * 3, 1)
    note = f"""PEDIATRIC SICK VISIT
Pt: {N(kid.full)}, {cage(str(yrs) + '-year-old')}, brought in by mother {N(mom.full)} and father {N(dad.first)}.
Born at 39 wks, {score('Apgar 8/9')}. UTD on vaccines.
HPI: 3 days of fever to 39.4 and left ear pulling. Mom has been giving {dose('Tylenol 160 mg/5 mL, 7.5 mL q6h')}.
Exam: {vital('T 38.9 C')}, {vital('HR 128')}, {vital('wt ' + str(wt) + ' kg')}. Bulging erythematous L TM.
A/P: Acute otitis media. {dose('Amoxicillin 90 mg/kg/day divided BID x 10 days')}. {dose('1/2 tsp')} of ibuprofen suspension was too little; corrected dose {dose('ibuprofen 10 mg/kg')}.
Home: {g.addr(lower=r.random() < 0.3)}. Mom's cell {g.phone()}; email for portal {g.email(mom)}.
{N(doc.fi)}, MD"""
    summ = r.choice([
        f"{N(kid.first)} has acute otitis media and was started on amoxicillin; mother {N(mom.first)} given dosing instructions.",
        "Child with otitis media treated with high-dose amoxicillin.",
    ])
    return "peds", note, summ


def t_psych(g):
    r = g.rng
    p, doc, ref = g.pat(), g.clin(), g.clin()
    partner = g.pat(exclude=(p,))
    note = f"""PSYCHIATRY INITIAL EVALUATION
Identifying data: {N(p.full)} is a {g.yo(hi=70)} {p.mf}, referred by {p.his} PCP Dr. {N(ref.full)} for worsening depression.
HPI: Low mood for months, anhedonia, poor sleep. {score('PHQ-9 of 19')}, {score('GAD-7 of 12')}. Passive SI without plan. Has been using {drug('Xanax')} from a friend. Lives with partner {N(partner.first)} at {g.addr()}.
Past trials: {drug('Zoloft')} (GI upset), {drug('Wellbutrin')}.
MSE: Casual dress, psychomotor slowing, constricted affect, linear thought process.
Plan: start {dose('escitalopram 10 mg daily')}, {dose('hydroxyzine 25 mg PO q6h PRN')} for anxiety, taper off benzodiazepines, safety plan completed with {N(p.first)} and {N(partner.first)}. Therapy referral to {N(g.clin().full)}, LICSW.
{N(doc.full)}, MD, Psychiatry"""
    summ = r.choice([
        f"{N(p.first)} presented with major depression ({score('PHQ-9 of 19')}) and was started on escitalopram with a safety plan.",
        "New psychiatry evaluation for depression with passive SI; escitalopram started and therapy referral placed.",
    ])
    return "psych", note, summ


def t_home_health(g):
    r = g.rng
    p, rn = g.pat(), g.clin()
    son = g.rel(p, sex="M", same_last=True)
    old = r.random() < 0.6
    d = g.date()
    note = f"""HOME HEALTH SKILLED NURSING VISIT {g.d(d)}
Visit at pt home, {g.addr(fmt=r.choice(['full', 'unit']))}. Pt {N(p.full)}, {g.yo(old=old, lo=70)}, lives with son {N(son.first)}, who was present.
Wound: sacral stage 2, 2.1 x 1.4 cm, clean base, dressing changed.
Meds reviewed: {dose('Coumadin 5 mg daily except 2.5 mg Mon/Fri')}; POC {lab('INR 3.4')} - called to Dr. {N(g.clin().last)}'s office, spoke with {N(g.clin().first)}, instructed to hold tonight's dose.
{vital('BP ' + g.bp())}, {vital('HR 68')}, {vital('O2 sat 95%')}.
Next visit {g.d(d + __import__('datetime').timedelta(days=3), 'mon_d')}. Son's number {g.phone()}.
{N(rn.first)} {N(rn.last)}, RN"""
    summ = r.choice([
        f"Home visit: wound care done and supratherapeutic INR on {drug('Coumadin')} reported; son {N(son.first)} present.",
        "Home nursing visit with wound care; warfarin dose held for high INR.",
    ])
    return "home_health", note, summ


def t_radiology(g):
    r = g.rng
    p, ref, rad = g.pat(), g.clin(), g.clin()
    d = g.date()
    up = r.random() < 0.5
    pname = f"{N(p.last.upper())}, {N(p.first.upper())}" if up else p.lf
    note = f"""EXAM: CT HEAD WITHOUT CONTRAST
PATIENT: {pname}    {g.mrn()}
DATE OF EXAM: {g.d(d)}
REFERRING PHYSICIAN: {N(ref.full)}, MD
HISTORY: fall, on anticoagulation.
COMPARISON: CT head {g.d(d - __import__('datetime').timedelta(days=r.randint(100, 900)))}.
FINDINGS: No acute intracranial hemorrhage. Chronic small vessel ischemic change. Ventricles normal in size. No midline shift.
IMPRESSION: No acute intracranial abnormality.
Findings discussed with Dr. {N(ref.last)} by telephone at {r.randint(10, 23)}:{r.randint(10, 59)} on {g.d(d)}.
Dictated by: {N(rad.full)}, MD"""
    summ = r.choice([
        "CT head shows no acute intracranial abnormality.",
        f"No bleed on head CT; results called to Dr. {N(ref.last)}.",
    ])
    return "radiology", note, summ


def t_medrec(g):
    r = g.rng
    p, ph = g.pat(), g.clin()
    sp = g.rel(p, same_last=True)
    note = f"""MEDICATION RECONCILIATION
Patient: {N(p.full)}   {g.mrn()}
Sources: patient, {g.relword(sp, 'spouse')} {N(sp.full)}, outpatient pharmacy fill history.
1. {dose('Lisinopril 20 mg PO daily')} - taking
2. {dose('Atorvastatin 40 mg qHS')} - taking
3. {dose('Metoprolol tartrate 25 mg, 1/2 tablet BID')} - pt cuts tablets
4. {dose('Coumadin 2.5 mg Tue/Thu/Sat, 5 mg other days')} - confirmed with anticoag clinic
5. {dose('Bactrim DS 1 tab BID')} - completed course, removed
6. {dose('Norco 5/325, 1 tab q6h PRN')} - rarely uses
7. {drug('Flagyl')} - not taking, listed in error
Allergies: {drug('Keflex')} (rash), sulfa? - {N(sp.first)} unsure, clarified: tolerated {drug('Bactrim')}.
Reconciled by {N(ph.full)}, PharmD. Pharmacy callback {g.phone()}."""
    summ = r.choice([
        f"Medication list reconciled with {N(p.first)} and spouse; {drug('Flagyl')} removed as listed in error.",
        "Home medications reconciled; completed antibiotic and erroneous entries removed.",
    ])
    return "medrec", note, summ


def t_handoff(g):
    r = g.rng
    a, b = g.clin(), g.clin()
    pts = [g.pat() for _ in range(3)]
    note = f"""NIGHT HANDOFF (I-PASS) from {N(a.first)} to {N(b.first)}
Bed 4 - {N(pts[0].last)}, {g.yo(fmt='yo')} {pts[0].mf[0].upper()}, DKA. Stable. Insulin gtt, {lab('AG 14')}, recheck BMP 0200. If {lab('K < 3.3')} hold insulin and replete.
Bed 7 - {N(pts[1].full)}, {g.yo(old=r.random() < 0.3, fmt=' y/o')}, GI bleed. Watcher. {lab('Hgb 7.4')}, 2 units PRBC ordered. GI ({N(g.clin().fi)}) aware, scope in AM. Daughter {N(g.rel(pts[1], sex='F').first)} is HCP.
Bed 12 - {pts[2].ttl} {N(pts[2].last)}, CHF, {vital('BP ' + g.bp())}. Stable. {dose('Lasix 40 IV')} given at 1800. Contingency: if desats, call {N(b.first)}'s backup Dr. {N(g.clin().last)}.
Synthesis by receiver: {N(b.first)} repeated back."""
    summ = r.choice([
        f"Overnight handoff for three patients including {N(pts[1].first)} with a GI bleed.",
        "Night handoff covering DKA, GI bleed and CHF patients.",
    ])
    return "handoff", note, summ


def t_dictated(g):
    r = g.rng
    p, doc = g.pat(), g.clin()
    sp = g.rel(p, sex="F" if p.sex == "M" else "M", same_last=True)
    d = g.date()
    note = f"""this is dr {N(doc.last)} dictating a clinic note on {N(p.full)} date of service {g.d(d, r.choice(['long', 'us', 'month_d']))} patient is a {g.yo(fmt=' year old')} {p.mw} here for follow up of hypertension and gout accompanied by {p.his} {g.relword(sp, 'spouse')} {N(sp.first)} blood pressure today {vital(g.bp(140, 170))} heart rate {vital('76')} uric acid {lab('8.9')} creatinine {lab('1.1')} plan increase {dose('amlodipine to 10 mg daily')} start {dose('allopurinol 100 mg daily')} continue {dose('colchicine 0.6 mg daily')} for prophylaxis {N(sp.first)} will bring home bp log next visit return in six weeks end of dictation"""
    note = lower_marked(note)
    summ = r.choice([
        f"{N(p.first.lower())} was seen for hypertension and gout; amlodipine increased and allopurinol started.",
        "hypertension and gout follow up; medications adjusted.",
    ])
    summ = lower_marked(summ) if summ.startswith("[[") or r.random() < 0.5 else summ
    return "dictated_lower", note, summ


def t_runon(g):
    r = g.rng
    p, doc = g.pat(), g.clin()
    dtr = g.rel(p, sex="F")
    note = (f"pt {N(p.last)} seen today w daughter {N(dtr.first)} c/o sob x3 days worse lying flat "
            f"{vital('bp ' + g.bp(130, 170))} {vital('hr 104')} {vital('sat 91% ra')} crackles bilat bases "
            f"{lab('bnp 980')} lasix increased to {dose('40 mg bid')} {N(dtr.first)} to weigh him daily "
            f"f/u w dr {N(doc.last)} next wk call {g.phone(r.choice(['plain', 'dash']))} if wt up more than 2 lb "
            f"also needs refill {drug('coumadin')} inr {lab('2.3')} ok")
    summ = r.choice([
        f"CHF symptoms; Lasix increased and daughter {N(dtr.first)} will monitor weights.",
        "Worsening heart failure managed as outpatient with higher diuretic dose.",
    ])
    return "runon", note, summ


def t_re_letter(g):
    r = g.rng
    p, doc = g.pat(), g.clin()
    d = g.date()
    note = f"""RE: {N(p.full)}
DOB: {g.d(g.dob(1960, 2000))}

To whom it may concern:

{N(p.full)} was seen in our office on {g.d(d)} and is under my care for a lumbar disc herniation. {p.He} should remain off work until {g.d(d + __import__('datetime').timedelta(days=r.randint(10, 30)))} and may then return with a 20 lb lifting restriction. {p.He} is taking {dose('naproxen 500 mg BID')} and {dose('cyclobenzaprine 5 mg qHS')}.

Please contact our office at {g.phone()} or {g.email(doc, 'spineclinic.example.org')} with any questions.

Sincerely,
{N(doc.full)}, DO"""
    summ = r.choice([
        f"Work note stating {N(p.last)} should remain off work for a disc herniation.",
        "Return-to-work letter with a lifting restriction for lumbar disc herniation.",
    ])
    return "re_letter", note, summ


def t_interpreter(g):
    r = g.rng
    p = g.pat()
    interp, doc = g.clin(), g.clin()
    w = g.rel(p, same_last=r.random() < 0.5)
    lang = r.choice(["Spanish", "Vietnamese", "Polish", "Arabic", "Yoruba"])
    note = f"""ED TRIAGE
{lang} interpreter {N(interp.full)} used for entire encounter.
Pt {N(p.first)} {N(p.last)} states {p.he} has had vomiting since last night, unable to keep down fluids. Accompanied by {g.relword(w)} {N(w.full)}.
{vital('T 38.1')} {vital('HR 110')} {vital('BP ' + g.bp(95, 120))} {vital('RR 20')} {score('ESI 3')}.
{dose('Zofran 4 mg IV')} and {dose('1 L LR')} ordered per protocol. {N(w.first)} reports pt took {drug('Tylenol')} at 0600.
Triage RN: {N(doc.fi)}"""
    summ = r.choice([
        f"{N(p.first)} triaged with vomiting and fever using a {lang} interpreter; given {drug('Zofran')} and fluids.",
        "Vomiting and dehydration; antiemetic and IV fluids ordered at triage.",
    ])
    return "interpreter", note, summ


def t_opnote(g):
    r = g.rng
    p = g.pat()
    s, a, an, c = g.clin(), g.clin(), g.clin(), g.clin()
    d = g.date()
    note = f"""PROCEDURE NOTE
Patient: {N(p.full)}    Date: {g.d(d)}
Procedure: right internal jugular central line and {epo('Swan-Ganz catheter')} placement; {epo('Foley catheter')} insertion.
Operator: Dr. {N(s.full)}   Assistant: {N(a.full)}, PA-C   Circulating RN: {N(c.first)} {N(c.last)}
Anesthesia: local, {dose('lidocaine 1% 5 mL')}; RN sedation with {dose('fentanyl 25 mcg IV')}. Supervised by {N(an.fi)}, MD.
Time-out performed. Ultrasound guidance. Opening pressures: {vital('RA 14')}, {vital('PA 48/22')}, {vital('PCWP 24')}. {vital('CI 1.9')}.
Complications: none. EBL minimal. CXR confirms tip position, no pneumothorax."""
    summ = r.choice([
        f"Uneventful {epo('Swan-Ganz catheter')} placement showing elevated filling pressures.",
        f"Central line and PA catheter placed by Dr. {N(s.last)} without complication.",
    ])
    return "op_note", note, summ


def t_socialwork(g):
    r = g.rng
    p, sw = g.pat(), g.clin()
    niece = g.rel(p, sex="F")
    note = f"""SOCIAL WORK NOTE
SW met with pt {N(p.full)} and {p.his} niece {N(niece.full)} at bedside to discuss discharge needs. Pt lives alone at {g.addr()} in a third-floor walk-up. {N(niece.first)} is willing to stay with pt for the first week.
Insurance verified. SSN on file {g.ssn()}. Referred to home health and Meals on Wheels.
Contact for niece: {g.phone()}, {g.email(niece)}.
Pt agreeable to plan. SW will follow.
{N(sw.full)}, LICSW"""
    summ = r.choice([
        f"Discharge planning with {N(p.first)} and niece {N(niece.first)}; home services arranged.",
        "Social work arranged home health and meals; niece will stay with patient.",
    ])
    return "social_work", note, summ


def t_facesheet(g):
    r = g.rng
    p = g.pat()
    ec = g.rel(p)
    pcp = g.clin()
    note = f"""REGISTRATION / FACE SHEET
Name: {N(p.full)}
DOB: {g.d(g.dob(), 'us')}
Sex: {p.sex}
SSN: {g.ssn('dash')}
Address: {g.addr(fmt='unit')}
Home phone: {g.phone('paren')}
Cell: {g.phone()}
Email: {g.email(p)}
Emergency contact: {N(ec.full)} ({g.relword(ec)}) {g.phone()}
PCP: Dr. {N(pcp.full)}
{g.mrn('mrhash')}
{g.mrn('acct')}"""
    summ = r.choice([
        f"Registration information for {N(p.full)}.",
        "Face sheet with demographics and emergency contact.",
    ])
    return "face_sheet", note, summ


def t_careteam(g):
    r = g.rng
    p = g.pat()
    t = [g.clin() for _ in range(6)]
    note = f"""CARE TEAM
Attending: Dr. {N(t[0].full)}
Resident: Dr. {N(t[1].last)}
Primary RN: {N(t[2].full)}, RN
Case manager: {N(t[3].fi)}
PT: {N(t[4].first)}
Nutrition: {N(t[5].full)}, RD
Interdisciplinary rounds: {N(p.last)} progressing; {dose('heparin 5000 units SC q8h')} for VTE ppx, {score('Morse fall score 45')}. PT recommends rehab. {N(t[3].last)} to send referrals."""
    summ = r.choice([
        "Care team list and interdisciplinary rounds; rehab referrals to be sent.",
        f"Rounds update: {N(p.last)} progressing, PT recommends rehab.",
    ])
    return "care_team", note, summ


def t_portal(g):
    r = g.rng
    child = g.pat()
    parent = g.rel(child, sex="F", same_last=r.random() < 0.4)
    doc, rn = g.clin(), g.clin()
    d = g.date()
    note = f"""PATIENT PORTAL MESSAGE
From: {N(parent.full)} ({g.email(parent)})   Sent: {g.d(d)} 21:47
"Hi Dr. {N(doc.last)}, my mom {N(child.first)} is still dizzy since the {drug('Xanax')} dose was changed to {dose('0.5 mg')}. Can she go back to {dose('0.25 mg')}? Best number is {g.phone()}. Thanks, {N(parent.first)}"
Reply ({g.d(d + __import__('datetime').timedelta(days=1), 'mon_d')}): Spoke with {N(parent.first)}; advised to resume {dose('alprazolam 0.25 mg qHS')}, fall precautions reviewed. -- {N(rn.full)}, RN for Dr. {N(doc.last)}"""
    summ = r.choice([
        f"{N(parent.first)} reported her mother's dizziness after a {drug('Xanax')} increase; dose reduced.",
        "Portal message about dizziness after a benzodiazepine dose change; previous dose resumed.",
    ])
    return "portal", note, summ


def t_geri(g):
    r = g.rng
    p = g.pat()
    cg, doc = g.pat(exclude=(p,)), g.clin()
    note = f"""{N(p.full)} is a {g.yo(old=True, fmt='-year-old')} {p.mw} seen for annual visit. Lives at {g.addr(fmt=r.choice(['street', 'street_unit']))} with a live-in caregiver, {N(cg.first)}. {score('MoCA 21/30')}, {score('Timed Up and Go 16 s')}.
Meds: {dose('donepezil 5 mg qHS')}, {dose('vitamin D 1000 IU daily')}. Discontinued {drug('Ativan')} given fall risk.
{vital('BP ' + g.bp(110, 150))} seated. Weight stable.
Advance directive on file; HCP is {p.his} nephew {N(g.rel(p, sex='M').full)}.
{N(doc.full)}, MD"""
    summ = r.choice([
        f"{N(p.first)} had an annual geriatric visit; lorazepam stopped for fall risk.",
        f"Annual visit for a patient in {p.his} nineties; {drug('Ativan')} discontinued.",
    ])
    return "geri", note, summ


def t_oncology(g):
    r = g.rng
    p, onc, rn = g.pat(), g.clin(), g.clin()
    import datetime as dt
    d1 = g.date(2023, 2023)
    note = f"""HEME/ONC FOLLOW-UP
{p.ttl} {N(p.last)} returns after cycle 4 of ABVD for stage IIA classical {epo('Hodgkin lymphoma')}. Cycle 1 given {g.d(d1)}; interim PET on {g.d(d1 + dt.timedelta(days=60))} was Deauville 2.
Tolerating well aside from neuropathy (grade 1). {lab('ANC 1.4')}, {lab('Hgb 10.9')}, {lab('plt 188')}. {score('ECOG 1')}.
Plan: proceed with cycle 5 on {g.d(d1 + dt.timedelta(days=r.randint(110, 130)), r.choice(['mon_d', 'month_d']))}. {dose('Zofran 8 mg q8h PRN')}, {dose('dexamethasone 12 mg IV')} premed.
Infusion nurse {N(rn.first)} will call {N(p.first)} with chair time.
{N(onc.full)}, MD"""
    summ = r.choice([
        f"{N(p.last)} is responding well to ABVD for {epo('Hodgkin lymphoma')}; proceeding with cycle 5.",
        f"Interim PET favorable in {epo('Hodgkin lymphoma')}; continue chemotherapy.",
    ])
    return "oncology", note, summ


def t_neuro(g):
    r = g.rng
    p, doc, res = g.pat(), g.clin(), g.clin()
    note = f"""NEUROLOGY CONSULT
Reason: facial droop. Requested by Dr. {N(res.last)}.
{N(p.first)} {N(p.last)} noticed inability to close the left eye this morning. No limb weakness. Forehead involved.
Exam: {score('NIHSS 1')} (facial only). No {epo('Babinski sign')}. {epo('Bell phenomenon')} present on left.
Impression: left {epo('Bell palsy')}; low suspicion for stroke. {epo('Ramsay Hunt syndrome')} unlikely (no vesicles).
Plan: {dose('prednisone 60 mg daily x 5 days')} then taper, eye patch at night, artificial tears. Discussed with {N(p.first)} and {p.his} {g.relword(g.rel(p, same_last=True), 'spouse')} by phone at {g.phone()}.
{N(doc.fi)}, MD"""
    summ = r.choice([
        f"Left {epo('Bell palsy')} diagnosed; prednisone started.",
        f"{N(p.first)} has a peripheral facial palsy treated with steroids.",
    ])
    return "neuro", note, summ


def t_ob(g):
    r = g.rng
    p = g.pat(sex="F")
    hus = g.pat(sex="M", exclude=(p,))
    doc, rn = g.clin(), g.clin()
    import datetime as dt
    edd = g.date(2024, 2024)
    note = f"""L&D ADMISSION NOTE
{N(p.full)}, {cage(str(r.randint(19, 41)) + ' y/o')} G2P1 at 39w2d, EDD {g.d(edd)}, presenting in active labor. Husband {N(hus.first)} at bedside; {N(hus.first)} will stay overnight.
{score('Bishop score 9')}. {vital('BP ' + g.bp(110, 138))}. FHT 140s, moderate variability, category I.
GBS negative. Prior SVD {g.d(edd - dt.timedelta(days=r.randint(700, 1500)), r.choice(['us', 'long']))}.
Plan: expectant management, epidural on request, {dose('oxytocin per protocol')} if arrest. Will update {N(hus.first)} and pt's mother {N(g.rel(p, sex='F', same_last=False).first)} who is watching their toddler.
{N(doc.full)}, MD / {N(rn.full)}, RN"""
    summ = r.choice([
        f"{N(p.first)} admitted in active labor at term; husband {N(hus.first)} present.",
        "Term multiparous patient admitted in active labor with reassuring tracing.",
    ])
    return "ob", note, summ


def t_dc_instr(g):
    r = g.rng
    p, doc = g.pat(), g.clin()
    d = g.date()
    note = f"""Discharge instructions for {p.ttl} {N(p.last)}

You were seen in the emergency department on {g.d(d)} for a skin infection of your left leg (cellulitis).
- Take {dose('Keflex 500 mg by mouth four times a day')} for 7 days.
- If you cannot swallow the pill, ask the pharmacy for the liquid. Do not take {dose('1/2 tablet')} doses.
- Take {dose('Tylenol 650 mg every 6 hours')} as needed for pain.
- Keep the leg raised. We drew a line around the redness.
Come back for fever, spreading redness, or if you feel worse.
Follow up with Dr. {N(doc.full)} in 2 to 3 days. Clinic number: {g.phone()}."""
    summ = r.choice([
        f"Cellulitis treated with {drug('Keflex')}; follow-up with Dr. {N(doc.last)}.",
        "Outpatient treatment of leg cellulitis with oral cephalexin.",
    ])
    return "dc_instructions", note, summ


def t_followup_start(g):
    r = g.rng
    p, doc = g.pat(), g.clin()
    d = g.date()
    note = f"""{N(p.full)} returns for follow-up of ileocolonic {epo('Crohn disease')}, last seen {g.d(d)}. On {dose('adalimumab 40 mg SC every other week')}. Reports 2-3 soft BMs daily, no blood. {score('Harvey-Bradshaw index 3')}. {lab('CRP 4 mg/L')}, {lab('fecal calprotectin 90')}.
Exam benign. {vital('Wt 64 kg')}, {vital('BP ' + g.bp())}.
Plan: continue therapy; colonoscopy next year. {N(p.first)} asked about pregnancy planning - discussed.
{N(doc.fi)}, MD"""
    summ = r.choice([
        f"{N(p.first)}'s {epo('Crohn disease')} is in clinical remission on adalimumab.",
        f"{epo('Crohn disease')} in remission; continue adalimumab.",
    ])
    return "followup", note, summ


def t_anticoag(g):
    r = g.rng
    p, rn = g.pat(), g.clin()
    cg = g.rel(p, sex="F", same_last=False)
    note = f"""ANTICOAGULATION CLINIC - phone visit
Spoke with pt's daughter {N(cg.full)} (pt {N(p.first)} {N(p.last)} hard of hearing). {lab('INR 1.6')} today (goal 2-3) for AF, {score('CHA2DS2-VASc 4')}.
Missed 2 doses of {drug('Coumadin')} last week. No bleeding. No new meds; finished {drug('Bactrim')} 10 days ago.
Plan: {dose('warfarin 7.5 mg tonight')}, then resume {dose('5 mg daily')}. Recheck INR in 1 week at the lab.
Per {N(cg.first)}, best callback {g.phone()}.
{N(rn.full)}, RN, CACP"""
    summ = r.choice([
        "Subtherapeutic INR after missed warfarin doses; booster dose given.",
        f"Low INR after missed {drug('Coumadin')}; plan discussed with daughter {N(cg.first)}.",
    ])
    return "anticoag", note, summ


def t_pharmacy(g):
    r = g.rng
    p, ph, doc = g.pat(), g.clin(), g.clin()
    note = f"""Pharmacy intervention: per {N(ph.full)}, PharmD, pt {N(p.last)} on {dose('vancomycin 1250 mg IV q12h')}; trough {lab('22.4 mcg/mL')}, {lab('SCr 1.5')} (baseline 0.9). Recommend hold next dose and redose {dose('1000 mg q24h')}. Recommendation called to Dr. {N(doc.last)}, accepted. Also noted duplicate {drug('Flagyl')} orders - one discontinued. Called {N(p.first)}'s outpatient pharmacy at {g.phone()} to update allergy ({drug('Haldol')} - dystonia)."""
    summ = r.choice([
        "Vancomycin dose reduced for high trough and AKI; duplicate metronidazole removed.",
        f"Pharmacist {N(ph.last)} adjusted vancomycin for AKI.",
    ])
    return "pharmacy", note, summ


def t_icu_family(g):
    r = g.rng
    p = g.pat(sex="M")
    wife = Person(g.pat(sex="F").first, p.last, "F")
    s1, s2 = g.pat(sex="M", exclude=(p,)), g.pat(exclude=(p,))
    ch, doc = g.clin(), g.clin()
    note = f"""ICU FAMILY MEETING
Present: wife {N(wife.full)}, children {N(s1.first)} and {N(s2.first)}, chaplain {N(ch.full)}, Dr. {N(doc.last)} (MICU), bedside RN.
Discussed {p.ttl} {N(p.last)}'s course: septic shock from cholangitis, on {dose('norepinephrine 0.2 mcg/kg/min')} and {dose('vasopressin 0.03 units/min')}, {lab('lactate 5.8')}, {score('SOFA 13')}. {score('GCS 6T')} off sedation.
{N(wife.first)} shared that {N(p.first)} would not want prolonged life support. Family agreed to DNR and no escalation. {N(s2.first)} will call relatives; {N(s1.first)} can be reached at {g.phone()}."""
    summ = r.choice([
        f"Family meeting for {N(p.first)} in septic shock; family chose DNR with no escalation.",
        "Goals-of-care meeting: DNR, no escalation of care.",
        f"{N(wife.first)} and children agreed to DNR status after discussion of poor prognosis.",
    ])
    return "icu_family", note, summ


def t_death(g):
    r = g.rng
    p, doc = g.pat(), g.clin()
    k = g.rel(p)
    d = g.date()
    note = f"""PRONOUNCEMENT NOTE
Called by RN {N(g.clin().last)} to evaluate {N(p.full)}. No spontaneous respirations, no heart sounds for 1 minute, pupils fixed. Pronounced at {r.randint(0, 23):02d}:{r.randint(0, 59):02d} on {g.d(d)}.
{g.relword(k).capitalize()} {N(k.full)} was present and notified; declined autopsy. Medical examiner not required. Organ bank notified.
{N(doc.full)}, MD"""
    summ = r.choice([
        f"{N(p.last)} was pronounced dead; family notified and autopsy declined.",
        "Death pronouncement; family present, autopsy declined.",
    ])
    return "death_note", note, summ


def t_age_heavy(g):
    r = g.rng
    p, doc = g.pat(), g.clin()
    hus = g.rel(p, same_last=True)
    note = f"""Pt: {p.lf}    {g.mrn()}
{N(p.first)} is a {g.yo(old=True, fmt=' yo')} with CKD 4 and {epo('Cushing syndrome')} history (treated 1998) seen with {p.his} {g.relword(hus, 'spouse')} {N(hus.first)}, who is {AGE(str(r.randint(90, 99)))}. Both live at {g.addr(lower=r.random() < 0.5)}.
{lab('eGFR 22')}, {lab('K 5.4')}, {lab('bicarb 18')}. {vital('BP ' + g.bp())}.
Conservative kidney management chosen by pt. Start {dose('sodium bicarbonate 650 mg BID')}, low-K diet.
{N(doc.fi)}, NP"""
    summ = r.choice([
        f"{N(p.first)} with advanced CKD chose conservative management.",
        "Advanced CKD, conservative management; bicarbonate started.",
    ])
    return "nephro_header", note, summ


def t_email_thread(g):
    r = g.rng
    a, b = g.clin(), g.clin()
    p = g.pat()
    note = f"""From: {N(a.full)} <{g.email(a, 'hospital.example.org')}>
To: {N(b.full)} <{g.email(b, 'hospital.example.org')}>
Subject: curbside - {N(p.last)}

Hi {N(b.first)}, quick question about {N(p.fi)} ({g.mrn('mrn')}): {g.yo()} with {lab('TSH 0.02')}, {lab('free T4 3.1')}, on {dose('amiodarone 200 mg daily')}. Could this be AIT type 2? {epo('Graves disease')} antibodies pending. Okay to start {dose('prednisone 40 mg')}?
Thanks, {N(a.first)}"""
    summ = r.choice([
        "Curbside question about amiodarone-induced thyrotoxicosis.",
        f"Email from Dr. {N(a.last)} asking about steroid therapy for suspected AIT.",
    ])
    return "email_thread", note, summ


def t_summary_first_word(g):
    """Name only in the summary's first word."""
    r = g.rng
    p, doc = g.pat(), g.clin()
    note = f"""CLINIC NOTE - Endocrinology
{g.yo()} {p.mf} with type 1 DM on pump. {lab('A1c 7.4%')} (prev 8.2). CGM time in range 68%. Two lows overnight; basal reduced 10% from 0200-0500. Uses {dose('glucagon 1 mg')} kit at home, none used. Foot exam normal, monofilament intact. {vital('BP ' + g.bp(100, 130))}.
Return 3 months.
{N(doc.fi)}, MD"""
    summ = f"{N(r.choice([p.last, p.first]))} has improving glycemic control on insulin pump; basal rate reduced for overnight lows."
    return "clinic_namesummary", note, summ


PHI_TEMPLATES = [
    (t_ed, 4), (t_discharge, 4), (t_phone, 3), (t_nursing, 3), (t_soap, 3), (t_consult_letter, 3),
    (t_peds, 3), (t_psych, 3), (t_home_health, 3), (t_radiology, 3), (t_medrec, 3), (t_handoff, 3),
    (t_dictated, 3), (t_runon, 3), (t_re_letter, 2), (t_interpreter, 3), (t_opnote, 2),
    (t_socialwork, 3), (t_facesheet, 3), (t_careteam, 2), (t_portal, 3), (t_geri, 2),
    (t_oncology, 2), (t_neuro, 2), (t_ob, 2), (t_dc_instr, 2), (t_followup_start, 3),
    (t_anticoag, 2), (t_pharmacy, 2), (t_icu_family, 2), (t_death, 2), (t_age_heavy, 2),
    (t_email_thread, 2), (t_summary_first_word, 2),
]


# ====================================================================== no-PHI templates
def n_rounds(g):
    r = g.rng
    note = f"""Progress note, hospital day 3.
{g.yo()} {r.choice(['man', 'woman'])} with pyelonephritis. Afebrile x 24 h. {vital('BP ' + g.bp())}, {vital('HR ' + str(r.randint(64, 96)))}, {vital('T 36.8')}.
{lab('WBC 9.1')} (from 16.4), {lab('Cr 0.9')}. Urine culture: E. coli, pan-sensitive.
Switch {dose('ceftriaxone 1 g IV q24h')} to {dose('Bactrim DS 1 tab PO BID')} to complete 7 days. {drug('Zofran')} PRN. Ambulating in hall. Dispo home tomorrow."""
    return "nophi_progress", note, "Pyelonephritis improving; switching to oral antibiotics with plan for discharge tomorrow."


def n_medlist(g):
    r = g.rng
    note = f"""Current medications:
- {dose('Levothyroxine ' + r.choice(['50', '75', '88', '112']) + ' mcg daily')}
- {dose('Metoprolol tartrate 25 mg, 1/2 tablet BID')}
- {dose('Norco 5/325, 1 tab q6h PRN pain')}
- {dose('Lasix 20 mg daily')}; may take extra {dose('20 mg')} if weight up 3 lb
- {dose('Ensure 3/4 strength, 240 mL TID')}
- {dose('Haldol 0.5 mg qHS PRN agitation')}
- {dose('Coumadin ' + r.choice(['2', '3', '4', '5']) + ' mg daily')}, goal {lab('INR 2-3')}
Allergies: {drug('Keflex')} (hives), {drug('Flagyl')} (metallic taste)."""
    return "nophi_medlist", note, r.choice(["Medication list reviewed.", "Home medication list with allergies to cephalexin and metronidazole."])


def n_icu(g):
    r = g.rng
    note = f"""MICU progress note
Neuro: {score('RASS -2')} on propofol, {score('CAM-ICU negative')}. {score('GCS 10T')}.
CV: {vital('MAP 66')} on {dose('norepinephrine 0.08 mcg/kg/min')}. {epo('Swan-Ganz')} removed. {vital('BP ' + g.bp(90, 110))}.
Resp: AC {vital('Vt 420')}, {vital('PEEP 10')}, {vital('FiO2 0.5')}; ABG {lab('7.31/48/82')}. P/F 164.
Renal: {lab('Cr 2.1')}, UOP 0.4 mL/kg/h via {epo('Foley catheter')}.
ID: {dose('Zosyn 4.5 g IV q6h')} day 4. {lab('Lactate 2.2')}.
Heme: {lab('Hgb 8.1')}, {lab('plt 96')}."""
    return "nophi_icu", note, "Septic shock on low-dose norepinephrine with improving lactate."


def n_neuro_exam(g):
    r = g.rng
    note = f"""Neuro exam: {score('GCS 15')} (E4V5M6). Pupils 3 mm, equal and reactive. Mild resting tremor {r.choice(['R > L', 'L > R'])} consistent with known {epo('Parkinson disease')}. {epo('Babinski sign')} absent bilaterally. {epo('Romberg sign')} negative. No {epo('Bell palsy')}. {epo('Hoffmann sign')} negative.
Meds: {dose('carbidopa-levodopa 25/100 mg, 1.5 tabs TID')}. {score('MoCA ' + str(r.randint(22, 29)) + '/30')}. {score('UPDRS part III ' + str(r.randint(14, 40)))}.
{cage(str(r.randint(55, 85)) + '-year-old')} stable; return in 6 months."""
    return "nophi_neuro", note, f"Stable {epo('Parkinson disease')} with a normal focused neuro exam."


def n_wellchild(g):
    r = g.rng
    note = f"""Well child check, {cage(str(r.randint(6, 18)) + ' months')}.
Birth history: term SVD, {score('Apgar ' + r.choice(['8/9', '9/9', '7/9']))}. Growth: weight 50th %ile, length 3/4 of the way between 50th and 75th %ile.
Feeding: whole milk 16 oz/day, table foods. {dose('Vitamin D 400 IU daily')}.
Development on track. {score('M-CHAT ' + str(r.randint(0, 2)))}.
Vaccines today. {dose('Tylenol 15 mg/kg')} PRN fever; {dose('1/2 of a 5 mL syringe')} = 2.5 mL."""
    return "nophi_wellchild", note, "Routine well child check with normal development; vaccines given."


def n_procedure(g):
    note = f"""Procedure: bedside {epo('Foley catheter')} placement, 16 Fr, sterile technique, 10 mL balloon. 350 mL clear urine returned.
Procedure: paracentesis, 4.2 L removed, {dose('albumin 25 g IV')} given. Fluid: {lab('WBC 120')}, {lab('PMN 40')}, {lab('SAAG 1.4')}.
Post-procedure {vital('BP ' + g.bp(100, 130))}, {vital('HR 88')}. Tolerated well."""
    return "nophi_procedure", note, "Foley placed and large-volume paracentesis performed without complications."


def n_dcinstr(g):
    r = g.rng
    note = f"""Discharge instructions: You were treated for a flare of {epo('Crohn disease')}.
Take {dose('prednisone ' + r.choice(['30', '40', '60']) + ' mg daily')}, decrease by {dose('5 mg')} every week. Take {dose('Tylenol 500 mg')} for pain; avoid ibuprofen.
If you have nausea take {dose('Zofran 4 mg')} dissolved on the tongue. Keep the follow-up in GI clinic in {r.choice(['2 weeks', '10 days', '3 weeks'])}.
Return for fever over 101, bloody stools, or inability to drink."""
    return "nophi_dc", note, f"Discharge instructions for a {epo('Crohn disease')} flare on a prednisone taper."


def n_nursing_rooms(g):
    r = g.rng
    note = f"""0200 Pt in room {r.randint(401, 499)} resting. {vital('BP ' + g.bp())} {vital('HR 82')} {vital('RR 16')} {vital('SpO2 97%')}.
0400 Transferred to room {r.randint(601, 699)}B per bed board. {score('pain 2/10')}. {score('Morse 35')}.
0530 {dose('Ativan 1 mg IV')} for CIWA {score('CIWA-Ar 14')}. Bed 2 of 4 in the step-down pod.
0600 AM labs drawn: {lab('Na 134')}, {lab('Mg 1.6')}; {dose('magnesium sulfate 2 g IV')} ordered."""
    return "nophi_nursing", note, "Alcohol withdrawal managed with lorazepam overnight; transferred to step-down."


def n_labs(g):
    r = g.rng
    note = f"""Labs {r.choice(['this AM', 'today', 'at 0600'])}: {lab('BUN/Cr 24/1.1')}, {lab('Na 138')}, {lab('K 4.2')}, {lab('HCO3 24')}. PFTs: {lab('FEV1/FVC 0.62')}, {lab('FEV1 58% predicted')}. {score('Wells score 1.5')} - PE unlikely; {lab('D-dimer 0.3')}.
{vital('BP ' + g.bp())} at 3/4 of the way through the visit. {score('GOLD 2')} COPD; {dose('tiotropium 18 mcg daily')}, {dose('albuterol 2 puffs q4h PRN')}."""
    return "nophi_labs", note, "COPD with moderate obstruction; PE considered unlikely."


NOPHI_TEMPLATES = [(n_rounds, 3), (n_medlist, 2), (n_icu, 2), (n_neuro_exam, 2), (n_wellchild, 2),
                   (n_procedure, 2), (n_dcinstr, 2), (n_nursing_rooms, 3), (n_labs, 2)]

CONFIG = dict(people=PEOPLE, clinicians=CLINICIANS, streets=STREETS, cities=CITIES, domains=DOMAINS,
              area_codes=AREA, date_fmts=DATE_FMTS, phone_fmts=PHONE_FMTS, mrn_fmts=MRN_FMTS,
              addr_fmts=ADDR_FMTS)
