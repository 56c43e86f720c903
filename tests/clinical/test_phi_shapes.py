"""Identifier shapes the rules learned from the probe-training notes (bench/phi/probe_train), and the
clinical values beside them that must survive."""
import re

import pytest

from medllm.clinical import redact as R
from medllm.clinical.redact import redact

FOUND = [
    ("Medicare MBI 1EG4-TE5-MK73 on file", "Medicare MBI [MRN] on file"),
    ("Encounter ENC0042278813 at 2105", "Encounter [MRN] at 2105"),
    ("specialist Rose, case PC-25-118204) advises", "case [MRN]) advises"),
    ("Rx 4471092-03 Synthroid 88 mcg", "Rx [MRN] Synthroid 88 mcg"),
    ("medical record 5 5 0 2 9 1 8 date of service", "medical record [MRN] date of service"),
    ("his wife can be reached at two zero three five five five zero one nine two period", "reached at [PHONE] period"),
    ("spoke with her son on 07700 914 338 who will come", "son on [PHONE] who"),
    ("Oncology triage 0161 555 2870 (24 h).", "triage [PHONE] (24 h)."),
    ("Start: Mar-3     Stop: Mar-12", "Start: [DATE]     Stop: [DATE]"),
    ("date of birth june fourth nineteen forty nine medical record", "date of birth [DATE] medical record"),
    ("hep b vaccine given on the twentieth of february. follow up", "given on [DATE]. follow up"),
    ("from my visit on 3 de marzo. My mom", "visit on [DATE]. My mom"),
    ("seen the 3rd (birthday!)", "seen [DATE] (birthday!)"),
    ("CT 8/30: 3.1 cm pericolic abscess", "CT [DATE]: 3.1 cm pericolic abscess"),
    ("GBS neg (2/6). Rh pos", "GBS neg ([DATE]). Rh pos"),
    ("Last seen February 26th, 2023 in clinic", "Last seen [DATE] in clinic"),
    ("KOWALCZYK, TOMASZ J    MRN 40918273", "[NAME]    MRN [MRN]"),
    ("MICU PROGRESS NOTE\nszabo, laszlo g  |  MRN 3309187", "\n[NAME]  |  MRN [MRN]"),
    ("RE: HOPE, GRACE A    DOB 02/09/1958", "RE: [NAME]    DOB [DATE]"),
    ("Case 1: OLIVEIRA, RENATO S MRN 60022817, 67 M.", "Case 1: [NAME] MRN [MRN], 67 M."),
    ("DOB: 02/05/1968   Address: 27 Heol y Brenin, Rhiwbina, Cardiff CF14 6HF\nReferring", "Address: [ADDRESS]\nReferring"),
]


@pytest.mark.parametrize("text,want", FOUND)
def test_identifier_shapes_are_redacted(text, want):
    assert want in redact(text)


KEPT = [
    "strength 4/5 and pain 8/10", "1/2 tab daily, 3/4 of the dose", "HbA1c 7.2, CD4 350, BRCA2, COVID-19, E11.65",
    "gave 1000-1500 mL over 2 h", "the 3rd trimester", "GCS 3 on arrival, 2 of 3 cultures", "Diabetes, type 2   DOB",
    "Pain, chest   MRN", "T2DM, HLA-B27 negative, G6PD normal", "Lung-RADS 4A nodule", "V5-V6 T-wave flattening",
    "29 yo G2P1001 at 39w", "SAFETY EVENT REPORT #2024-0193", "Address: unknown", "PEEP 5 (10/5)",
]


@pytest.mark.parametrize("text", KEPT)
def test_clinical_values_beside_them_survive(text):
    assert redact(text) == text


# round 6, from the first half of bench/phi/probe_train2 (the second training set)
FOUND_6 = [
    ("next visit wed 2/19\n--april", "next visit [DATE]\n"),
    ("DN handover - Mon 24/2\n1.", "handover - [DATE]\n"),
    ("Date/time Fri 14.02.25 @ 1930", "Date/time [DATE] @ 1930"),
    ("fell getting out of truck on saturday the 8th and now", "truck on [DATE] and now"),
    ("Admission date: the 18th of March 2025   Approved", "Admission date: [DATE]   Approved"),
    ("dated the twelfth of march twenty twenty six at nineteen forty", "dated [DATE] at nineteen forty"),
    ("3rd Sept 2024\n\nThe Consultant", "[DATE]\n\nThe Consultant"),
    ("admitted 2-9 Jan with an exacerbation", "admitted [DATE] with"),
    ("#1 (02-SEP): 2+ AFB", "#1 ([DATE]): 2+ AFB"),
    ("DOB Jun 2/1966\nVisit: Mar 4/25   Provider", "DOB [DATE]\nVisit: [DATE]   Provider"),
    ("visit -- le 14 janvier 2025 (14/01/2025)", "visit -- [DATE] ([DATE])"),
    ("Dyddiad / Date: 5 Mawrth 2025\nAnnwyl Dr", "Date: [DATE]\n"),
    ("The 24-hour Holter (19-20/02/2025) showed", "Holter ([DATE]) showed"),
    ("saw Jarrah on 6th; CIWA-Ar peak 12", "on [DATE]; CIWA-Ar peak 12"),
    ("should be stopped from the tenth comma please", "stopped from [DATE] comma please"),
    ("report called to 7N charge x5-2210 by OA.", "charge x[PHONE] by"),
    ("Medicare Advantage   Member ID 9284 1177 03   Auth", "Member ID [MRN]   Auth"),
    ("Insurance: BCBS PPO, ID XKC 771 20 4418, grp 10", "ID [MRN], grp 10"),
    ("IHS chart GIMC 0448127   Accompanied", "IHS chart [MRN]   Accompanied"),
    ("Medicare 4021 66390 3 / 1    RHH", "Medicare [MRN]    RHH"),
    ("medical record number four four seven zero nine one two.\naide", "medical record number [MRN].\naide"),
    ("wife can be reached at three three seven, five five two, eight eight one zero.", "reached at [PHONE]."),
    ("Clinician: Oda Pennington, RN (opennington2)", "RN ([NAME])"),
    ("Coll: 06/09/25 0620   Coll by: zbutt4\nLAV 4 mL", "Coll by: [NAME]\nLAV 4 mL"),
    ("Authorised: srahman2 18/03/2025", "Authorised: [NAME] [DATE]"),
    ("rad: d.yusifov\nrcvd", "rad: [NAME]\nrcvd"),
    ("Dictated by lbouchard   Trans.", "Dictated by [NAME]   Trans."),
    ("KT / SB did the change; per RW ok.\nKT = Kayla Trent LPN; SB = Shelby Blevins RN; RW = Ruth Ann Wooten RN",
     "[NAME] / [NAME] did the change; per [NAME] ok."),
    ("RNs on: JH (Jolene Hatfield), BM (Beulah Mullins)\n20:05 | cough | JH", "20:05 | cough | [NAME]"),
    ("RN: Darla Estep (DE)\nwalks with cane. DE", "walks with cane. [NAME]"),
    ("Dr. Rhoda K. Stauffer, LPN (RKS). RKS aware.", "[NAME], LPN ([NAME]). [NAME] aware."),
    ("Brian Patel (BP) reviewed. BP 120/80 on RA", "(BP) reviewed. BP 120/80 on RA"),
    ("Seen on the 3rd of March. She", "Seen on [DATE]. She"),
    ("Away 2-9 Jan. Back", "Away [DATE]. Back"),
]


@pytest.mark.parametrize("text,want", FOUND_6)
def test_round_six_shapes_are_redacted(text, want):
    assert want in redact(text)


KEPT_6 = [
    "sat 94% on RA, sat 2 L", "on the fourth floor", "on 2nd line therapy", "PEEP 5, 3rd dose given", "the 2nd of 3 doses",
    "Na 130 (ref 135-145). WBC 14.2 (ref 4000-11000).", "ID 2-3 times",
    "chart 12 34 56 lines", "2 puffs inhaled twice daily with spacer, albuterol", "passing flatus and stool",
    "SpO2 94% on FiO2 0.4, HCO3 22, tachy and brady episodes, stable.", "CT head neg; per ED. CT reviewed by GI.",
    "on 5th cycle, from 4th ventricle", "ID consult 12-14 days",
    # what the review of round 6 found it took
    "Warfarin schedule: Mon 2.5, Tue 5, Wed 2.5, Thu 5, Fri 2.5", "Insulin: Mon 12.5 units.", "Pt sat 1/2 hr in chair",
    "Pt sat 1st time OOB", "Urine grew e.coli >100k; h.pylori neg; p.aeruginosa",
    "Per chart BP 120 80 72 98 RR 16", "Per chart 120 70 88 18 97 overnight", "ID: VL 45000 copies/mL", "ID 2 4 6 8 10 12 14 16",
    "Tenderness on 2nd and 3rd MCP joints", "Now on 2nd, 3rd line chemo", "Saw her from 2nd to 9th post op day",
    "Taking 2 tabs on 1st and 15th of each month", "Pain 2-3 may increase", "The 2nd may require imaging",
    "Pain may 3/10 at rest", "Given 2 medi-cups of juice", "Digit span forward: 7 4 1 8 5 9 2.",
    "Counted backwards nine eight seven six five four three.", "Able to count one, two, three, four, five, six, seven.",
    "Bolus NS x2-1000 mL", "Ambulated x1-1500 ft",
]


@pytest.mark.parametrize("text", KEPT_6)
def test_clinical_text_beside_round_six_shapes_survives(text):
    assert redact(text) == text


# round 7 (from probe_train3's first half): staff initials where only a person's stand, names spelled out in dictation
FOUND_7 = [
    ("Fraser Lockhart, Consultant\nFL/gmcd\nAddendum 3/4", "\n[NAME]/[NAME]\n"),
    ("Lachlan Bain, ENT Surgeon\nAC/dw D: 22/01/2025 T: 23/01/2025", "\n[NAME] D:"),
    ("Endone x10, Mirena inserted and checked, ok -kd\n3 | Pike", "ok -[NAME]\n"),
    ("Seen in clinic.\r\nReviewed and agreed with plan -- kd\r\n", "plan -- [NAME]\r\n"),
    ("Niamh O'Dowd comma that’s O apostrophe D O W D comma", "that’s [NAME] comma"),
    ("end of dictation.\n-- rs / transcribed jmc", "/ transcribed [NAME]"),  # (a line's own "-- rs" is no entry signed: kept)
    ("Pt seen, plan discussed with family -- rs / transcribed jmc", "family -- [NAME] / transcribed [NAME]"),
    ("Dictated FK / typed rh", "Dictated [NAME] / typed [NAME]"),
    ("palliative care time not billed today.\ncosigned TKW", "cosigned [NAME]"),
    ("Hgb 7.4 -> 1u PRBC. d/w JR 0330, agreed.", "d/w [NAME] 0330"),
    ("Handed off to AS for CTA consent.", "Handed off to [NAME] for"),
    ("Post-procedure obs (vitals by LM): BP 128/74 HR 88", "(vitals by [NAME]): BP 128/74 HR 88"),
    ("patient last name Ostapchuk O S T A P C H U K first name Petro", "name [NAME] first"),
    ("surname N I space M H U R C H U period", "surname [NAME] period"),
    ("Niamh O'Dowd comma that's O apostrophe D O W D comma", "that's [NAME] comma"),
    ("that is K I R I L O V medical record", "that is [NAME] medical"),
]


@pytest.mark.parametrize("text,want", FOUND_7)
def test_round_seven_staff_initials_and_spelled_names_are_redacted(text, want):
    assert want in redact(text)


KEPT_7 = [
    "d/w GI, per ID, per protocol", "IV fluids - NS", "Plan -- PRN", "pain -- ok", "given 2 tabs -am", "Cont meds - BID",
    "per OT/PT", "d/w PC re goals", "paged HO", "per RW", "called RRT", "d/w SW", "reviewed CT", "d/w ENT", "per NICU",
    "typed 3/4", "dictated 12:30", "acknowledged by RN", "Grade A B C", "ECG shows Q T interval", "ABCDE: A B C D E intact",
    "Hep B s Ag neg", "d/w pt and family", "-- end --", "Hgb 7.4 - recheck -am",
    # what the review of round 7 found it took
    "COVID swab -ve", "Allergies:\n- pcn", "- ast/alt", "Paracetamol 1g - qds", "Metformin 500mg - bd", "meds ~hs", "Rhythm -- nsr",
    "Pedal pulses palp -- bil", "IV/sq", "RN/lpn", "CBC/diff", "SBO/ileus", "SNF/ltc", "BRB/pr", "Primary survey A B C D E intact",
    "vitamins A D E K", "Pupils P E R R L A", "Performed F A S T exam", "Lymphoma stage I I I A", "spelled T Y L E N O L",
    "d/w GS", "paged GS at 0300", "accepted by TS", "vitals by NT", "Blood typed AB", "ack trop, will repeat", "ack LA",
    "transcribed VO/TO", "dictated SOAP", "cosigned CNM",
]


@pytest.mark.parametrize("text", KEPT_7)
def test_clinical_text_beside_round_seven_shapes_survives(text):
    assert redact(text) == text


# round 8 (from probe_train4's first half): a person's name that is also a term of the same note; lower-case names end
# at a drug or a compound of common words; a score out of 15 is no date
FOUND_8 = [
    ("Notified: Dr. Morse 0300. Morse Fall Scale 75 (high risk). Dr. Morse to see.", "Scale 75 (high risk). [NAME] to see"),
    ("Seen by Dr. Bishop. Bishop score 9, Bishop to sign off.", "Bishop score 9, [NAME] to sign off"),
    ("seen with her nephew camila, who provides history.", "nephew [NAME], who"),
    ("pt john smith-jones seen today", "pt [NAME] seen"),
]


@pytest.mark.parametrize("text,want", FOUND_8)
def test_round_eight_names_beside_their_terms_are_redacted(text, want):
    assert want in redact(text)


KEPT_8 = [
    ("Called Dr. Morse. Morse Fall Scale 75 (high risk).", "Morse Fall Scale 75"),
    ("Path: Dr. Dawn Whipple. Pancreas (Whipple resection): adenocarcinoma.", "(Whipple resection)"),
    ("Mother is Mrs. Kidd. No anti-Kell, anti-Duffy (Fya) or anti-Kidd (Jka) detected.", "anti-Kidd (Jka)"),
    ("Babinski, RN, at bedside. GCS 15. Babinski downgoing bilat.", "Babinski downgoing"),
    ("med reminders only (client self-admin levothyroxine 50 mcg, amlodipine 5 mg).", "self-admin levothyroxine 50 mcg"),
    ("she accepted Zyprexa Zydis 5 mg.", "Zyprexa Zydis"),
    ("ARD 3/2: BIMS 11/15, PHQ-9 7.", "BIMS 11/15"),
    ("completed a Stanley-Brown safety plan", "Stanley-Brown safety plan"),
]


@pytest.mark.parametrize("text,want", KEPT_8)
def test_clinical_terms_beside_round_eight_names_survive(text, want):
    assert want in redact(text)


# round 9 (from probe_train4's first half): the initials written beside a name go with it; a clock time after a name
# is when that person was told, not a score's value
FOUND_9 = [
    ("bed low, call light in reach.\n-F. Mwangi, LPN", "-[NAME], LPN"),
    ("Tech: Nakano, Y. / yn", "Tech: [NAME] /"),
    ("Tech: Lim S / gk", "Tech: [NAME] /"),
    ("RE: KÄRKKÄINEN, JUKKA T aka \"Jake\"", "RE: [NAME] aka"),
    ("Labs reviewed w/ J.R. Okonkwo, MD.", "w/ [NAME], MD"),
    ("DON Grace McAllister 0715.", "DON [NAME] 0715."),
    # a census row, a labelled "LAST, FIRST M"; initials joined by a slash where staff sign or count; a table cell's initials
    ("401A  FOLEY, ROSEMARY A      81    6604127    02/27   OYELARAN", "401A  [NAME]      81"),
    ("Pt label: BISHOP, LORETTA J   DOB 07/22/1958", "Pt label: [NAME]   DOB"),
    ("Patient name: LUONG, APRIL T      Former name(s): none", "Patient name: [NAME]      Former"),
    ("Rina White, MD, Forensic Psychiatry   rw/ym", "Psychiatry   [NAME]"),
    ("Counts correct x2 - closing pb/eb, final HW/eb.", "closing [NAME], final [NAME]."),
    ("Seen by T. Bui (TB/kr) today", "([NAME])"),
    ("| 67 | R TKA | Dr. Nakamura/jb | kr |", "| [NAME] | kr |"),
    ("GS/kd\n", "[NAME]\n"), ("TB/kr  D: 3/4/25", "[NAME]  D:"),
    # an officer's badge after "#", an officer's title kept, a legal instrument's date
    ("arresting ofc Rivers #331\nScreened", "ofc Rivers #[MRN]"),
    ("Units: Ofc. D. Le #P1127, Ofc. Hunter #P1362", "Ofc. [NAME] #[MRN], Ofc. [NAME] #[MRN]"),
    ("Officer Dallas Vue (#CS-14) responded", "(#[MRN]) responded"),
    ("Dated this 14th day of March, 2025.", "Dated this [DATE]."),
    # the initial of "LAST, FIRST M" whatever follows; a name's other spellings in a bracket and after "aka"
    ("Count record for BISHOP, LORETTA J's Hartmann procedure. Pt label: BISHOP, LORETTA J   DOB 07/22/1958",
     "for [NAME], [NAME]'s Hartmann"),
    ("Pt label: FOLEY, ROSEMARY A   DOB 07/22/1958. FOLEY, ROSEMARY A has a Foley catheter.", ". [NAME], [NAME] has a Foley"),
    ("Patient: Hồ Thị Ngọc Lan  (EHR: HO, THI NGOC LAN) - prefers Ms. Lan   61F", "(EHR: [NAME])"),
    ("Respondent: Trần Văn Phúc (TRAN VAN PHUC on Medicare card)", "([NAME] on Medicare card)"),
    ("Estate of LÊ THỊ MAI, also known as MAI THI LE, Mai Le, and Mary Le", "also known as [NAME], [NAME], and [NAME]"),
    ("SAMBATH KEO a/k/a SAM KEO, a/k/a KEO SAMBATH, Defendant.", "a/k/a [NAME], a/k/a [NAME], Defendant"),
    ("Handover to Tsang 0800", "to [NAME] 0800"),
    ("Officer Martinez at bedside", "[NAME] at bedside"),
]


@pytest.mark.parametrize("text,want", FOUND_9)
def test_round_nine_initials_and_clock_times_beside_names(text, want):
    assert want in redact(text)


def test_initials_go_with_the_names_a_caption_holds():
    from medllm.clinical.names import _apply_names

    text = "Matter: Hale, Faith N. v. Hale, Wade T.   Court file"
    spans = [(m.start(), m.end()) for m in re.finditer(r"Hale|Faith|Wade", text)]
    assert _apply_names(text, spans)[0] == "Matter: [NAME], [NAME] v. [NAME], [NAME]   Court file"


KEPT_9 = [
    ("lipase 310 U/L. Dr. Ortiz improved the plan.", "310 U/L. "),
    ("T 38.4 C. Dr. Ortiz saw him.", "38.4 C. "),
    ("Admit to L&D. Dr. Ortiz aware.", "L&D. "),
    ("Seen by Dr. Patel B/L knee pain, A&O x3.", "B/L knee pain, A&O x3"),
    ("vitamin D. Dr. Ortiz to recheck.", "vitamin D. "),
    ("Called Maria Lopez I think at noon.", " I think"),
    ("Braden 16. Morse 45. GCS 15.", "Braden 16. Morse 45. GCS 15."),
    ("Product: RBC, leukoreduced   DIN W0412 24 123456", "Product: RBC, leukoreduced"),
    ("Payer: Medicare A, MBI 1EG4TE5MK73", "Payer: Medicare A, MBI"),
    # what the review of round 9 found it took
    ("| 402B | Hale, Grace | 77F | PNA | reg | oob | full |", "| reg | oob | full |"), ("Test name: Lipid panel, fasting", "Lipid panel"),
    ("Notified Dr. Nguyen, C. diff toxin positive", "C. diff toxin"), ("Mr. Jones A. fib with RVR", "A. fib"), ("Dr. Patel, R. TKA", "R. TKA"),
    ("Pt dep x2 for bed mobility, Foley #16 Fr", "Foley #16 Fr"), ("TPR stable, IV #20 g", "IV #20 g"),
    ("Security at bedside, room #412", "room #412"), ("Cirrhosis, Child-Pugh B. Dr. Patel to see", "Child-Pugh B. "),
    ("COPD GOLD D. Dr. Kim", "GOLD D. "), ("Given Vit. K. Dr. Smith", "Vit. K. "), ("Drain output (jp/hv) 40 mL", "(jp/hv)"),
    ("| Drains | jp/hv |", "| jp/hv |"), ("Bolus given by IVP/IVPB.", "IVP/IVPB"), ("Spoke with daughter, Linda A and O x 3", "A and O x 3"),
    ("Son, David C diff precautions", "C diff"), ("1 day of dec in WBC", "1 day of dec"), ("Completed 7 day of Aug", "7 day of Aug"),
    ("Active denervation (fibs/PSWs) in L5.", "(fibs/PSWs)"),
    ("minimal-pair cards (key/tea, cap/tap)", "(key/tea, cap/tap)"),
    ("Drip 5 mL/hr; glucose 110 mg/dl; switch po/iv.", "5 mL/hr; glucose 110 mg/dl; switch po/iv."),
    ("| QB | art | ven | TMP |", "| art | ven |"),
    ("| insulin lispro | sc | 4 units |", "| sc |"),
    ("SNF/ltc", "SNF/ltc"), ("Seen Dr. Smith (CHF, COPD) today", "(CHF, COPD)"), ("Dr. Smith (ENT SURGERY CLINIC)", "(ENT SURGERY CLINIC)"),
    ("aka Drug Seeker in triage", "Drug Seeker"), ("seen with Maria A lot", " A lot"), ("d/c to SNF/ltc\n", "SNF/ltc"), ("Security guard at bedside, pt #2 in line", "pt #2 in"),
    ("Officer present; pain score #3 of 10", "#3 of 10"), ("POD 3, day of surgery", "POD 3, day of surgery"),
]


@pytest.mark.parametrize("text,want", KEPT_9)
def test_clinical_text_beside_round_nine_names_survives(text, want):
    assert want in redact(text)


# round 10 (from probe_train5's first half): a pipe table's staff column holds people, most often their initials; they
# stand where they are written, and a pair or a signature may then take the same initials where they spell an abbreviation
FOUND_10 = [
    ("| Check | Time | Score | Init |\n|---|---|---|---|\n| CIWA | 0200 | 6 | kr |\n| CIWA | 1000 | 12 | TB |\n"
     "1000: CIWA-Ar 12 -> chlordiazepoxide 50 mg po per protocol, MD notified. -TB",
     "| 6 | [NAME] |\n| CIWA | 1000 | 12 | [NAME] |\n1000: CIWA-Ar 12 -> chlordiazepoxide 50 mg po per protocol, MD notified. -[NAME]"),
    ("| Role | Name | Init |\n| Scrub | Dee Mayfield, CST | dm |\nSponges and sharps correct x2, ver by MW/dm.",
     "| [NAME] |\nSponges and sharps correct x2, ver by [NAME]/[NAME]."),
    ("| Date | Type | Contact / summary | By |\n| 2/18 | Email | bank fraud unit re: card | mk/jt |", "card | [NAME] |"),
    ("TIME | PATIENT | PROC | ENDO | RN | TECH | SED\n0910 | Kwame Asante | ERCP | Okeke | dw | Ed | GA", "| [NAME] | [NAME] | GA"),
    ("RM | PROCEDURE | CIRC | SCRUB\n3 | TLH/BSO | ms | ed", "| TLH/BSO | [NAME] | [NAME]"),
    # a reference line alone on its line, both halves; a pair ending a sentence's line; the initials of a name found
    # where staff sign; an electronic signature
    ("Latent TB on INH.\nTB/kr  D: 3/4/25", "Latent TB on INH.\n[NAME]  D:"), ("Thanks.\nWL/dd", "Thanks.\n[NAME]"),
    ("Report received by PACU RN Lark; questions answered. GS/rh", "PACU RN [NAME]; questions answered. [NAME]"),
    ("Exam by C. Young, RN.\nC. Young, RN  /  cy", "[NAME], RN  /  [NAME]"),
    ("/s/ Faith Green   916-555-0142", "/s/ [NAME]   [PHONE]"),
    # a staff label's cell in a row; a surname's typist in a staff column; lower-case "ed" there is a person
    ("| Circ | cw | Scrub | dl | Anes | Ostrowski/mp |", "| Circ | [NAME] | Scrub | [NAME] | Anes | Ostrowski/[NAME] |"),
    ("RM | PROCEDURE | ANES | CIRC | SCRUB\n3 | TLH/BSO | Oduya/ms | kr | ed", "RM | PROCEDURE | ANES | CIRC | SCRUB\n3 | TLH/BSO | Oduya/[NAME] | [NAME] | [NAME]"),
]


# dates written in other European languages, with their year or their day's dot
FOUND_10 += [
    ("She left on 3 de enero de 2022.", "left on [DATE]."), ("DOB 03/12/1934 (Polish ID: 12 marca 1934)", "(Polish ID: [DATE])"),
    ('"přiletím 2. června, please tell mama"', "přiletím [DATE],"), ('dated "5 березня 2025 р." - "no resuscitation"', 'dated "[DATE]"'),
    ('signed "Kecskemét, 2025. március 4." - no dialysis', ', [DATE]"'), ("Entlassungsbrief dated 3. März 2024: raised ALP", "dated [DATE]:"),
    ("Fait à Mohammedia, le 30 janvier 2025. Dr Youssef El Idrissi", ", [DATE]. "),
    ("Data: 2 de junho de 2024", "Data: [DATE]"),
    # a lab or audiology tech's initials after "tech"
    ("02/17/24 0312  K 6.9  called to Ofa RN  read-back Y   tech jbw", "read-back Y   tech [NAME]"), ("Retest 8/30 confirmed (tech rw; masking used)", "(tech [NAME];"), ("vaccinatie gegeven 2 juni 2025, DKTP 14 januari 2025", "gegeven [DATE], DKTP [DATE]"),
]


@pytest.mark.parametrize("text,want", FOUND_10)
def test_round_ten_staff_columns_are_redacted(text, want):
    assert want in redact(text)


KEPT_10 = [
    # a staff column's initials never recur through the note ("ms" and "pt" of a "By" column)
    ("| Drug | Route | By |\n| MS Contin | po | ms |\n| insulin | sc | pt |\nQRS 120 ms; pt ambulating; sc heparin.",
     "| insulin | sc | pt |\nQRS 120 ms; pt ambulating; sc heparin."),
    # roles and no one ("RN", "self", "n/a"), a column of times, a row whose cell reads like a header ("pt") is a row
    ("| Task | Owner |\n| PT eval | RN |\n| insulin | self |", "| RN |\n| insulin | self |"),
    ("| Item | 0600 | 1000 |\n| Diet | reg | reg |\n| Activity | oob | oob |", "| reg | reg |\n| Activity | oob | oob |"),
    ("| Drug | Route | By |\n| insulin | sc | pt |\n| heparin | sc | self |", "| heparin | sc | self |"),
    # places and tests in a staff column ("ED", "CT"); a score's whole after an instrument, a clock time, an eponym's noun
    ("RM | PROC | CIRC | SCRUB\n4 | Whipple | ED | CT", "| ED | CT"),
    # header rows and services ("RB" read back, "In"/"Out" times, "Diet", "MFM")
    ("time | patient | MRN | finding | called to | by | RB", "| by | RB"), ("| Role | Staff | In | Out |", "| In | Out |"),
    ("Rm | Pt | RN | Diet | Act | Fall | Dispo | Notes", "| RN | Diet | Act"), ("| Bed | Pt | MD |\n| 4 | Kim | Lee/MFM |", "/MFM |"),
    ("TIME | PATIENT | PROC | ENDO | RN | TECH | SED", "| TECH | SED"),
    ("- Clock drawing 2/4: hands absent.\n- Lawton IADL 2/8; Katz ADL 4/6 (needs help bathing).", "drawing 2/4: hands absent.\n- Lawton IADL 2/8; Katz ADL 4/6"),
    ("Reversal sugammadex 200 mg, TOF 4/4. extubated 0238 awake.", "TOF 4/4. extubated 0238 awake"),
    # a lab's name recurring with its value is no name; a name before a time still is
    ("Dr. Li saw her. Li 0.9 on lithium 900 mg; Na 128.", "Li 0.9 on lithium"), ("Dr. Li saw her. Paged Li 09:41 re labs.", "Paged [NAME] 09:41"),
    # what follows "tech" that is no one's initials; four letters after a typist's or author's cue that make a word
    ("CT tech on the phone; tech aware; tech at bedside; tech CT; US tech ok", "CT tech on the phone; tech aware; tech at bedside; tech CT; US tech ok"),
    ("STAFFING: TECH CASE FLOATED TO CT.", "TECH CASE FLOATED"), ("dictated sign-out hospitalist team four", "dictated sign-out"),
    # what the review of round 10 found it took: a prescription's "Sig", clinical pairs alone on a line, a list's number before
    # an English month, roles and services in a staff column, titles after "/s/", tests after "tech", a count after a lab-like
    # name, a reference line joined across a line's end to the name above it
    ("| Medication | Sig | Qty |\n| metformin | bid | 60 |", "| metformin | bid | 60 |"),
    ("Problem list:\nCHF/dm\nHTN/ckd\nDNR/dni\nPE/pa", "CHF/dm\nHTN/ckd\nDNR/dni\nPE/pa"), ("Returned from procedure. IR/vir", "IR/vir"),
    ("Plan:\n1. November CT chest stable.\n2. December labs: Hgb 9.8.", "1. November CT chest stable.\n2. December labs"),
    ("Grade 2. Mayo scoring. 3. Mars bar given.", "Grade 2. Mayo scoring. 3. Mars bar"), ("Take 1 tab 3 mei 2000 mg", "3 mei 2000 mg"),
    ("| Task | Owner |\n| wound | WOC |\n| renal | Neph |\n| walk | auto |", "| WOC |\n| renal | Neph |\n| walk | auto |"),
    ("| Drug | Route | Init |\n| heparin | sc | IV |", "| sc | IV |"), ("/s/ Charge Nurse", "/s/ Charge Nurse"),
    ("Tech: ASAP. tech pcxr. Tech: PACS.", "Tech: ASAP. tech pcxr. Tech: PACS."),
    ("Dr. Ng paged. Ng 10 min out. Dr. Li saw her. Li 2nd opinion requested.", "[NAME] 10 min out. [NAME] saw her. [NAME] 2nd opinion"),
    ("Dictated by Dr. Wei Lo\nWL/dd\nDr. Lo reviewed.", "[NAME]\n[NAME]/[NAME]\n[NAME] reviewed."),
    # a month's word with a day and no year or dot, a dose's number before a month-like word
    ("Pt on 2 mai tabs. Give 5 mart. 3 mei.", "Pt on 2 mai tabs. Give 5 mart. 3 mei."), ("Grade 7.\nMai Lee called", "Grade 7.\n"),
    # a route after a reference line's slash; a unit's name after "by"; a sentence's first word after "pt."
    ("Change to\nIV/po", "IV/po"), ("Voiding. UA/cx sent.", "UA/cx sent"), ("Report received by PACU RN Lark.", "by PACU RN"),
    ("Dr. Peter Olsen saw pt. Change to IV.", "pt. Change to IV."),
    # lower-case English words between a cue and a credential ("per" ... ", MD")
    ("Chlordiazepoxide 50 mg po per protocol, MD notified.", "per protocol, MD notified"),
]


@pytest.mark.parametrize("text,want", KEPT_10)
def test_clinical_text_beside_round_ten_staff_columns_survives(text, want):
    assert want in redact(text)


# round 11 (stop 32): a middle initial with no period between two found names, a given name (with its middle initial or
# alone) before a found surname, a month people bear as a given name before a found surname, and a found given name's
# surname that is also a word or an eponym ("Ruelas", "Monteiro" after a given name the note names elsewhere)
FOUND_11 = [
    ("Seen today: Marisol T Quispe, 45, for knee pain.", "Seen today: [NAME], 45, for"),
    ("Willard J Hobson, 84, has hypercalcemia.", "[NAME], 84, has"),
    ("Dr. Luong saw her.\nApril Luong called back.", "\n[NAME] called back."),
    ("Mother: Rosa\nParent/guardian 1: Rosa Ruelas  cell 559-555-0142", "Parent/guardian 1: [NAME]  cell"),
    ("Patient: Tomas\nSent Tomas Monteiro home with fever.", "Sent [NAME] home"),
    # a given name right before a found surname ("Al" before the "Moloney" a title found)
    ("Dr. Moloney paged.\nAl Moloney handed off three admissions.", "\n[NAME] handed off"),
    # a name spelled out with hyphens or in lower case, after a spelling cue or spelling a name the note writes
    ("Dr Menzies' surgery rang, spelling confirmed M-E-N-Z-I-E-S; letter re-sent.", "spelling confirmed [NAME];"),
    ("patient name gaëtan pelletier, that is p e l l e t i e r, date of visit", "that is [NAME], date"),
    ("patient is Ramalingam spelled R-A-M-A-L-I-N-G-A-M first name Suresh", "spelled [NAME] first"),
]


@pytest.mark.parametrize("text,want", FOUND_11)
def test_round_eleven_initials_months_and_surnames_go_with_the_name(text, want):
    assert want in redact(text)


KEPT_11 = [
    # "v." between the parties of a caption; a month after a word that makes it a date's, or before a title; an eponym's
    # noun after a given name's surname-like word
    ("In re the Marriage of Ana Ruiz v. Carlos Ruiz", "[NAME] v. [NAME]"),
    ("Dr. Luong saw her.\nIn April Luong was away.", "In April [NAME] was"),
    ("Dr. Luong saw her; since June Luong is covering.", "since June [NAME]"),
    ("Return visit June Dr. Patel", "Return visit June [NAME]"),
    ("Patient: Grace\nGrace Baker cyst drained.", "Baker cyst drained"),
    # letters spelled out that make a mnemonic or a clinical word, and lower-case letters with no spelling cue
    ("Stroke screen F-A-S-T negative; A-B-C-D-E done. P-E-R-R-L-A.", "F-A-S-T negative; A-B-C-D-E done. P-E-R-R-L-A."),
    ("Note format s o a p used.", "s o a p used"),
]


@pytest.mark.parametrize("text,want", KEPT_11)
def test_clinical_and_calendar_words_beside_round_eleven_names_survive(text, want):
    assert want in redact(text)


FOUND_12 = [
    # a chat's or a log's speaker: a user name with a dot, an underscore or a digit at the start of a line, after its clock
    # time, and the same user name written again in the text
    ("[03:10] r.ostrowski: bed 4 febrile again\n[03:12] lnakamura2: ok, cultures\nnurse r.ostrowski paged lnakamura2",
     "[03:10] [NAME]: bed 4"),
    ("[03:10] r.ostrowski: bed 4 febrile again\nnurse r.ostrowski paged the resident", "nurse [NAME] paged"),
    ("bmensah_pharm 14:20: vanc level 22, holding", "[NAME] 14:20: vanc"),
    ("oyelaran.t 08:15  roomed 2, wt 12 kg", "[NAME] 08:15  roomed"),
    # after the words that introduce a handle, or with a credential in brackets after it
    ("her portal username is skylark.m if needed", "username is [NAME] if"),
    ("Dose entered by vtran4 at 1300.", "entered by [NAME] at"),
    ("ack Hla Hla (RRT RN), d.ferreira (MD)", "[NAME] (MD)"),
    # a name with a credential or the pharmacy in brackets after it
    ("Discussed with Uche (pharm) at 0900 re renal dosing.", "with [NAME] (pharm)"),
    ("Ko Ko (RRT RN) at bedside.", "[NAME] (RRT RN)"),
    # staff initials after a verb only a person does and "by", after a role's label, after a typist's date
    ("Perineal tear repaired by KW.", "repaired by [NAME]."),
    ("Consent witnessed by scribe JPT at 14:10.", "witnessed by scribe [NAME] at"),
    ("Circulator: JR\nAnesthesia: mbq", "Circulator: [NAME]\nAnesthesia: [NAME]"),
    ("dictated 03/02/2024, transcribed 03/04/2024 rkd", "transcribed [DATE] [NAME]"),
    ("D: 02/11/2025 09:10   T: 02/12/2025 14:02   gwh", "14:02   [NAME]"),
    ("PK:lm   D: 01/05/2025   T: 01/06/2025", "[NAME]:[NAME]   D:"),
    ("Daughter updated by phone per pt.\nLund aware, will visit.", "\n[NAME] aware"),
    # a name spelled in lower case with hyphens after it; the name in its own script in brackets after it
    ("operative note on rosa quispe, q-u-i-s-p-e, record number 5512", "[NAME], [NAME], record"),
    ("Dr. Ivanova (Иванова) saw her.", "[NAME] saw her."),
    # a surname's particles in capitals
    ("Dr. Stefano saw him.\nDI STEFANO, MARCO  DOB 01/02/1950", "\n[NAME], [NAME]  DOB"),
]


@pytest.mark.parametrize("text,want", FOUND_12)
def test_round_twelve_user_names_and_bracketed_roles_are_names(text, want):
    assert want in redact(text)


@pytest.mark.parametrize("text,name,grown", [
    ("fy1 a. khan", "khan", "a. khan"),  # a found name in lower case grows over its initial (the model finds such names)
    ("dictated by dr p. okonkwo-bell", "okonkwo-bell", "p. okonkwo-bell"),
    ("per e.g. wood", "wood", "wood"),  # never the end of "e.g.", nor a letter's word's letter
    ("seen for child-pugh class b. fatoumata lives with", "fatoumata", "fatoumata"),
    ("Seen with Noor-ul-Ain Chaudhry today", "Chaudhry", "Noor-ul-Ain Chaudhry"),
])
def test_a_found_name_grows_over_its_lower_case_initial_and_hyphenated_given_name(text, name, grown):
    from medllm.clinical.names import _with_initials

    s = text.index(name)
    a, b = _with_initials(text, s, s + len(name))
    assert text[a:b] == grown


KEPT_12 = [
    # gases, labs, levels, organisms and Latin abbreviations where a speaker or a handle stands
    ("[07:04] spo2: 94% on 2L\nfio2: 40%", "spo2: 94%"),
    ("[07:04] hba1c: 8.1\nb12: 180", "hba1c: 8.1"),
    ("Culture grew e.coli: pan-sensitive.", "e.coli: pan-sensitive"),
    ("e.g.: hold if SBP < 100", "e.g.: hold"),
    ("Signed by covid19 team", "covid19 team"),
    ("ADMISSION MEDICATION RECONCILIATION (pharmacy)", "RECONCILIATION (pharmacy)"),
    # services, tests, roles and routes after "by"; a date of birth that verifies an identity
    ("Seen by GI. Cleared by PT. Reviewed by ID. Administered by SC route.", "Seen by GI. Cleared by PT. Reviewed by ID."),
    ("Will be reviewed by PCP Dr. Haas; reviewed by PI and QA.", "reviewed by PCP"),
    ("Identity verified by DOB and SSN last 4.", "verified by DOB"),
    ("Primary: HTN\nRN: N/A", "Primary: HTN\nRN: N/A"),
    # a particle that is also a word does not join a name to an eponym after it
    ("Asked Dr. Okafor to do Babinski; Ms. Lee las Foley", "do Babinski"),
    ("Temp (°C) 38.2; ratio (≥5) noted; Dr. Ivanova (RN aware)", "Temp (°C) 38.2; ratio (≥5) noted"),
    # an eponym before the nouns of a procedure, a nomogram, a competence; a device on the line after "pt."
    ("Dr. Hartmann called.\nCleared for Hartmann reversal in May.", "for Hartmann reversal"),
    ("Dr. Bhutani agreed. Plotted on the Bhutani nomogram: low-intermediate risk.", "the Bhutani nomogram"),
    ("Seen with Dr. Gillick. She is Gillick competent.", "is Gillick competent"),
    ("Unable to participate with PT.\nFoley removed POD 2, voiding.", "\nFoley removed"),
]


@pytest.mark.parametrize("text,want", KEPT_12)
def test_codes_and_words_where_a_user_name_stands_survive(text, want):
    assert want in redact(text)


FOUND_13 = [
    # staff initials before a credential, a dash's signature, a role's label with dotted initials, a dictation's end
    ("Port accessed (tel order, read back, KM RN).", "read back, [NAME] RN)"),
    ("RDH: Marites Ligutan   reviewed RC DDS", "reviewed [NAME] DDS"),
    ("Pt's daughter aware.\n-MH NP", "\n-[NAME] NP"),
    ("Pathologist: V. Jankauskas, MD     Resident: L.M.\nI have reviewed", "Resident: [NAME]\n"),
    ("return in three weeks. end of dictation. ms/vt", "end of dictation. [NAME]/[NAME]"),
    ("If you faint, go to urgent care. - Dr. vdB", "- Dr. [NAME]"),
    # a board's suffix on a credential; a given name that is also a pill's brand, before a surname
    ("Keep appt.\n— Camila Fuentealba, RNC-OB", "\n— [NAME], RNC-OB"),
    # a Karen honorific is the name's first word, after a label or a relation (never a sentence's first word)
    ("Karen interpreter: Saw Eh Doh (in person). Husband Saw Kpaw Say present.", "interpreter: [NAME] (in person). Husband [NAME] present"),
    # ages over 89 after "aged", "age", "turned", and spelled after "is"/"was"; a number after a name and "and"
    ("Daughter reports her father, aged ninety-two, has had \"pressure\" since lunch. Hx CAD, HTN.", "aged [AGE>89], has"),
    ("Pt is ninety-four and sharp as a tack.", "Pt is [AGE>89] and"),
    ("She turned 101 last month.", "turned [AGE>89] last"),
    ("Dorothy Whitebird, 91 and on Coumadin, was found", "[NAME], [AGE>89] and on"),
    # an extension's three digits after a person's role in brackets
    ("Questions: Jelena (referral coordinator) x214.", "(referral coordinator) x[PHONE]."),
    # a person's own phone after the name; a possessive before one; "de los" inside a name; a nickname quoted in brackets
    ("HH agency referral sent. Lagi cell 808-555-0163; son Pita drives him.", "[NAME] cell [PHONE]"),
    ("Agrees.\nInês's cell for updates: (508) 555-0177\nJ. Prosser, MD", "\n[NAME] cell for updates"),
    ("Dispo: Discharged with aunt Mercedes de los Santos to her home.", "aunt [NAME] to her home"),
    ("S: Concetta Esposito (\"Connie\"), 93F, DNR/DNI", "[NAME] (\"[NAME]\"), [AGE>89]F"),
    # a student's or a trainee's initials before the grade; a junior doctor's; a typist's handle after a slash; initials
    # ending the note after a dash; ages spelled after "at"
    ("- Dispo: likely Wed\n\nDMR (MS4) / Dr. Weinberg, attending", "\n[NAME] (MS4)"),
    ("her son asked for a call - rang, vm left\nak fy1", "\n[NAME] fy1"),
    ("Dr Katarzyna Lis, Specialty Doctor, Old Age Psychiatry / kl4", "Psychiatry / [NAME]"),
    ("Addendum: agree, hold until seen, may restart at 5 mg. -HH", "5 mg. -[NAME]"),
    ("Family said that at ninety-six they feel she lived fully.", "at [AGE>89] they"),
    # who signed out to whom; "Md." before a Bangladeshi name; an age spelled after a name; a month's range with no year
    ("Keeps asking to go home.\n\nSigned out by PS to JMcK", "Signed out by [NAME] to [NAME]"),
    ("Md. Rafiqul Islam, 46 M, moved from Sylhet 8 months ago", "[NAME], 46 M"),
    ("Theodora Papadopoulos, ninety-two, in hospice", "[NAME], [AGE>89], in hospice"),
    ("Medication blister packs for\nFeb 5-10 untouched", "\n[DATE] untouched"),
]


@pytest.mark.parametrize("text,want", FOUND_13)
def test_round_thirteen_initials_credentials_honorifics_and_ages(text, want):
    assert want in redact(text)


KEPT_13 = [
    # services before a role stay; a sentence's "Saw"
    ("Seen by ED RN. ICU RN aware. GI NP to see.", "Seen by ED RN. ICU RN aware. GI NP to see."),
    # readings spelled after "is"/"was" stay
    ("heart rate was ninety-two. Sats were ninety-four percent. BP was ninety over sixty.",
     "heart rate was ninety-two. Sats were ninety-four percent. BP was ninety over sixty."),
    # products: a strength, a dose or a result after an unlisted word anywhere in the group; what a socket is packed with
    ("Rx: Peridex 0.12% rinse BID.\nWent home on ibuprofen and Peridex.", "ibuprofen and Peridex."),
    ("Irrigated NS, packed w/ Alvogyl. Pain 3/10.", "packed w/ Alvogyl."),
    ("Labs: rapid strep neg, Monospot POSITIVE, WBC 11.8", "Monospot POSITIVE"),
    ("Subject: Pap results??\nmy Pap is back", "Subject: Pap results??\nmy Pap is back"),
    # a lab's lower-case words and value, a unit after "per", a form's words after a lower-case name
    ("dictating for karthikeyan subramaniam date of birth june fourth. velcade 1.3 mg per meter squared. free kappa 28,",
     "date of birth"),
    ("velcade 1.3 mg per meter squared. labs show m spike 0.3, free kappa 28, hemoglobin 11.8", "per meter squared"),
    ("velcade 1.3 mg per meter squared. labs show m spike 0.3, free kappa 28, hemoglobin 11.8", "free kappa 28"),
    # ratings on a line of ratings, pressures in the heart's chambers, counts of nails, a biophysical profile
    ("  MMT  R quad 3+/5, hams 4-/5, hip abd 4/5\n", "hip abd 4/5"),
    ("Orientation 5/5. Immediate memory 21/30. Digits backward 3/4.", "Digits backward 3/4."),
    ("Hemodynamics: RA 6, RV 28/7, PA 27/12 (mean 18), PCWP 11", "RV 28/7, PA 27/12 (mean 18)"),
    ("Nail pitting 6/10 fingernails.", "pitting 6/10 fingernails"),
    ("The NST was reactive and the biophysical profile 8/8, so she went home.", "profile 8/8"),
    # an instrument or a rule after "by", an eponym before "bend", a pressure after "PA" on the next line
    ("Weaning. CI 2.4 by Swan-Ganz,\nPA 38/16, CVP 9", "by Swan-Ganz,\nPA 38/16"),
    ("LMP 02/06/2025 -> EDD by Naegele 09/03/2026; scan booked.", "EDD by Naegele"),
    ("Tanner 4. Adams forward bend negative.", "Adams forward bend"),
    # a relation's and a department's phone; clinical capitals ending a note after a dash
    ("Mum's mobile 07700 900 123. Ward phone 0161 555 0100.", "Mum's mobile"),
    ("IV fluids - NS", "IV fluids - NS"),
    ("Reed-Sternberg cells seen. Hurthle cell neoplasm.", "Hurthle cell neoplasm"),
    # an international phone inside brackets keeps the closing bracket
    ("Discharged to mother (cell +1 919-555-0136) at 10:40.", "(cell [PHONE]) at 10:40."),
    # a test and an approach named for a person
    ("Newborn blood spot (Guthrie) taken R heel. Approach: lateral (Hardinge).", "(Guthrie) taken R heel. Approach: lateral (Hardinge)."),
]


@pytest.mark.parametrize("text,want", KEPT_13)
def test_clinical_text_beside_round_thirteen_shapes_survives(text, want):
    assert want in redact(text)


# stop 37 (from the read sets' missed dates, record numbers and phones)
FOUND_37 = [
    # a date never loses its year to a street, nor its day to a house number; a pager's four digits are not a phone with a date
    ("Date 3/2/2025   Surgeon Dr Fergus Kerr", "Date [DATE]   Surgeon"),
    ("STREET MEDICINE - F/U   Oct 30   Kensington Ave", "F/U   [DATE]   Kensington"),
    ("PAGE LOG -- Hospitalist Nights, pager 4471 -- 11/02/2024", "pager [PHONE] -- [DATE]"),
    # a range of two month-days, a month joined to its day and year by dashes
    ("Report period: Apr 1-Apr 30, 2024", "Report period: [DATE]"),
    ("Trained Feb 3-Feb 14 by Grace Thao", "Trained [DATE] by"),
    ("DOB Feb-02-1990   Acct 5521", "DOB [DATE]   Acct"),
    # an ordinal day before a dash, a pronoun or "because"; a month/day before "@" and a time
    ("blood test from the 27th - the nurse said", "from [DATE] - the nurse"),
    ("since the 28th even with the 8 units", "since [DATE] even"),
    ("asked to move her CT from the 19th because of surgery", "from [DATE] because"),
    ("Called pt 9/9 @ 1530 at home", "Called pt [DATE] @ 1530"),
    # a day and another language's month with no year; Chinese and Korean dates; Hijri, Nepali and Tongan months
    ("my sister says i rang her on 2 juni and again", "on [DATE] and"),
    ("I am in Latina until 15 maggio, cannot come", "until [DATE], cannot"),
    ("mushrooms picked on 1 de novembro and", "picked on [DATE] and"),
    ("hospitalisée le 12 janvier pour leptospirose", "hospitalisée [DATE] pour"),
    ("diary: \"3月12日 晚上8點 打針 ok\"", "\"[DATE] 晚上8點"),
    ("예약 3월 12일 오전", "예약 [DATE] 오전"),
    ("DOB 15 Rajab 1405 (converted: 04/05/1985)", "DOB [DATE] (converted"),
    ("on leave Mangsir 20 to Mangsir 22 for a wedding", "leave [DATE] to [DATE] for"),
    ("they are holding it 3 Siulai in kolonga", "holding it [DATE] in"),
    # identifiers read out after their spelled letters or with a spoken dash; the label read out stays
    ("medical record number S as in sugar zero zero four one seven date of event", "number [MRN] date"),
    ("hospital number k as in kilo 5 5 1 9 0 3", "hospital number [MRN]"),
    ("member i d m h six six four zero two one one nine comma", "member i d [MRN] comma"),
    ("hospice number H four four zero nine one date", "number [MRN] date"),
    ("claim number two two dash zero nine one one four seven, seen", "claim number [MRN], seen"),
    ("m r n four four zero nine one two date of service", "m r n [MRN] date"),
    # an extension or a pager read out; phones with another country's area code
    ("end of sign out pager four three seven two thanks", "pager [PHONE] thanks"),
    ("contact via MGM Beverley on (020) 8684 1127", "on [PHONE]"),
    ("Ph (03) 339 1169    Crisis line", "Ph [PHONE]    Crisis"),
    ("Rotorua 3010   P 07 348 2266   E admin@lakes.co.nz", "P [PHONE]   E"),
    ("Secretary tel 020 8983 2247 ext 5512", "tel [PHONE] ext [PHONE]"),
    # an account's last digits, dotted national numbers, identifiers after the label that names them
    ("Estate: Chase checking ending 0417; Acct ending 6610", "checking ending [MRN]; Acct ending [MRN]"),
    ("DNI 32.418.907   HC 551.230", "DNI [MRN]   HC [MRN]"),
    ("Dra. Thaís Nogueira - CRM-MG 58.112", "CRM-MG [MRN]"),
    ("PA submitted via CoverMyMeds, key BLT7Q2RK. Pharmacist", "key [MRN]. Pharmacist"),
    ("registered OPG ref 7000-4419-8826).", "ref [MRN])."),
    ("Doctor: Bernardo Quintanilla, MD     TX lic R4417", "TX lic [MRN]"),
    ("Rheum NPI 1467 339 028.", "NPI [MRN]."),
    ("Subject 07-0331   Participant FAN", "Subject [MRN]   Participant"),
    ("Boston Scientific ICD D433, serial 184226; implanted 11/3/2022", "serial [MRN]; implanted"),
    ("MRN TX 0441 207   UNOS ABCD123   Tx date", "UNOS [MRN]   Tx"),
    ("Cause No. 2025-01822        In re: Denis", "Cause No. [MRN]"),
    ("PCR # 25-118472    Unit: Medic 6", "PCR # [MRN]    Unit"),
]


@pytest.mark.parametrize("text,want", FOUND_37)
def test_stop_37_dates_record_numbers_and_phones(text, want):
    assert want in redact(text)


KEPT_37 = [
    # ordinals that are no day, a month's word with a number that is no date, codes and ranges after "ref" and "key"
    "on the 3rd attempt", "on the 2nd floor", "by the 3rd week", "since the 2nd trimester",
    "gave 2 Juni tablets", "took 3 Mayo tablets",
    "Na 130 (ref 135-145). WBC 14.2 (ref 4000-11000).", "Ref: GLI-2012", "ref HLA-DR4 typing", "key finding: T4 lesion",
    "the key is IL6R2 signaling", "pin site clean", "K-wire pin 2.0 mm", "Subject 3 of 10", "serial 7s intact",
    "PCR 12345 positive", "CA 19-9 was 45, CA 125 was 80",
    # numbers read out that are no identifier: a test of attention, a grade range, a plan
    "counted backwards nine eight seven six five four", "grade two dash three", "Plan A one two three four",
    "Apgars eight and nine", "one two three four five six",
]


@pytest.mark.parametrize("text", KEPT_37)
def test_clinical_text_beside_stop_37_shapes_survives(text):
    assert redact(text) == text


FOUND_37B = [
    ("Clinic phone (07) 871 2266.\nNa 139", "phone [PHONE].\n"),
    ("Brother drives; home # (313)5550177. Teaching", "home # [PHONE]. Teaching"),
    ("On call: Sat Ishikawa (pgr 555-2231), Sun Bae", "(pgr [PHONE])"),
    ("Tel +233 30 276 5108\n3rd Sept 2024\n\nThe Consultant", "Tel [PHONE]\n[DATE]\n"),
    ("fell getting out of truck sat the 15th, didnt tell", "truck [DATE],"),
    ("walk-in emerg sat 11/16\npt maricel", "emerg [DATE]\n"),
    ("\"Amlodipine 5 mg morning -- buy 12 มี.ค. 2568\"", "buy [DATE]\""),
    ("CONTROL PROGRAMA CARDIOVASCULAR\nLunes 7 de abril de 2025\nPaciente:", "\n[DATE]\n"),
    ("Control con neurología, lunes 17/3.", "neurología, [DATE]."),
    ("identified as Vu Quang Huy (existing MRN 0033 1820 7); his mother", "MRN [MRN]);"),
    ("R. Hale #S-207   rev DK", "#[MRN]   rev"),
    ("Report: D. Le #P1127     Approved", "#[MRN]     Approved"),
    ("L. Hassan, Paramedic #NJ-PM-40772", "Paramedic #[MRN]"),
    ("POISON CENTER - CASE NOTE   #25-PC-061149\n05MAY2025", "NOTE   #[MRN]\n"),
]


@pytest.mark.parametrize("text,want", FOUND_37B)
def test_stop_37_phones_weekdays_and_hash_codes(text, want):
    assert want in redact(text)


@pytest.mark.parametrize("text", ["sat 94% on 2L", "sat 9/10 on", "Bed #12 A", "room #A-12", "Pain 3/10 sat up in chair"])
def test_saturation_and_short_hash_numbers_survive(text):
    assert redact(text) == text


@pytest.mark.parametrize("text,want", [
    ("Home with HH, follow up in clinic.                            ky/rv", "clinic.                            [NAME]/[NAME]"),
    ("Pin removal ~4 wk. Page to dictate full note.\nKL/sn", "note.\n[NAME]/[NAME]"),
    ("Counts correct x2, specimen to path. D/C home. HO/cw\n\n", "home. [NAME]\n"),
])
def test_the_author_and_typist_ending_a_note_are_initials_whatever_they_spell(text, want):
    assert want in redact(text)


@pytest.mark.parametrize("text", ["Plan: continue fluids.\nNS/lr", "Plan: switch to IV/po", "rate 20 mL/hr", "Code status DNR/DNI",
                                  "RV dilated. RV/la", "Returned from procedure. IR/vir"])
def test_a_route_a_unit_or_two_clinical_abbreviations_ending_a_note_stay(text):
    assert redact(text) == text


@pytest.mark.parametrize("text,want", [("Seen by Siobhán Ó Briain, consultant.", "Seen by [NAME], consultant."),
                                       ("Blood group O Rh positive; seen by Dr Lee", "Blood group O Rh positive")])
def test_an_irish_particle_goes_with_its_name_and_a_blood_group_stays(text, want):
    assert want in redact(text)


@pytest.mark.parametrize("text,want", [
    (" 09:38  scan unit              rn_hmoua\n RN aware.", "              [NAME]\n RN aware."),
    ("2024-09-22 04:10 | rn_hbelhadj | L&D RN | view | MAR", "| [NAME] | L&D RN |"),
    ("Log reconciled with MAR - rn_mdolan; edited 16:02", "MAR - [NAME]; edited"),
])
def test_a_user_handle_that_begins_with_a_role_is_a_name_and_the_role_stays_elsewhere(text, want):
    assert want in redact(text)


@pytest.mark.parametrize("text", ["see the rn_notes folder", "pt_weight 70 kg"])
def test_a_role_prefix_before_a_word_is_no_handle(text):
    assert redact(text) == text


@pytest.mark.parametrize("text,want", [
    ("Patient: O'Neil, Shanice   MRN 90331457   Surgeon: Ambrose R   Assistant: D'Souza K",
     "Patient: [NAME]   MRN [MRN]   Surgeon: [NAME]   Assistant: [NAME]"),
    ("From: Anjali Menon, PA-C   cc: Suresh Nambiar P MD", "From: [NAME], PA-C   cc: [NAME] MD"),
    ("Pt ID: White, DeShawn A   acct 900417762", "Pt ID: [NAME]   acct [MRN]"),
    ("Seen with her son Robert Smith Jr. today.", "Seen with her son [NAME] today."),
    ("Seen with her son Robert Ortiz III at noon.", "Seen with her son [NAME] at noon."),
    ('Patient: Hồ Thị Ngọc Lan, 61; she signed "Ho T N Lan".', 'Patient: [NAME], 61; she signed "[NAME]".'),
])
def test_a_name_takes_its_initials_in_a_table_its_suffix_and_the_initials_between_its_words(text, want):
    assert redact(text) == want


@pytest.mark.parametrize("text", ["Dr. Nambiar A fib rate controlled", "Hep A and B immune", "Seen by Dr. Kerr. A fall at home.",
                                  "Dr. Kerr: IV access x2", "Smith II lesion"])
def test_a_letter_after_a_name_stays_where_it_is_no_initial(text):
    out = redact(text)
    for w in ("A fib", "Hep A", "A fall", "IV access", "II lesion"):
        if w in text:
            assert w in out, out


@pytest.mark.parametrize("text,want", [
    ("PID|1||30044812^^^MERCY^MR||NDIAYE^FATOU^B||19710623|F", "PID|1||[MRN]^^^MERCY^MR||[NAME]||[MRN]|F"),
    ("NK1|1|OWUSU^AMA^E|SPO^Spouse|", "NK1|1|[NAME]|SPO^Spouse|"),
    ("ORC|NW|RAD4471902||||||||dwu^WU^DAN|||", "ORC|NW|[MRN]||||||||dwu^[NAME]|||"),
    ("PT_NAME|DE SILVA^CHAMINDA^A^^^MD", "PT_NAME|[NAME]^^^MD"),
    ("ADT message for KARIMI^FEREYDOUN^R (MRN E7710254)", "ADT message for [NAME] (MRN [MRN])"),
    ('0830,"Diallo, Mariama","Haile, T",HIV f/u', '0830,"[NAME]","[NAME]",HIV f/u'),
    ('{"text": "Ionescu-Petrov, Elena M"}', '{"text": "[NAME]"}'),
])
def test_a_name_as_the_record_systems_write_it(text, want):
    assert redact(text) == want


@pytest.mark.parametrize("text", ["OBR|1|RAD44||CTHWO^CT HEAD WO^CPT|||", "OBX|1|NM|WBC^WBC COUNT^LN||9.8|",
                                  "OBX|1|ST|GLU^GLUCOSE^L||", "PV1|1|O|ENDO^^^MERIDIAN||"])
def test_a_coded_value_of_a_record_system_is_no_name(text):
    assert "[NAME]" not in redact(text)


@pytest.mark.parametrize("text,want", [
    ("Labs        10/11     10/12     10/13     10/14\nNa          131       133",
     "Labs        [DATE]     [DATE]     [DATE]     [DATE]\nNa          131       133"),
    ("Patient    Lab     1/7    2/4    3/4    Plan", "Patient    Lab     [DATE]    [DATE]    [DATE]    Plan"),
    ("       AM          PM\n4/2    158/96      149/90\n4/3    151/94      --",
     "       AM          PM\n[DATE]    158/96      149/90\n[DATE]    151/94      --"),
    ("TcB      26/04 2200   27/04 0600", "TcB      [DATE] 2200   [DATE] 0600"),
    ("Micro:\n  BCx 12/1 2/2 MSSA\n  BCx 12/5 NGTD x4d", "Micro:\n  BCx [DATE] 2/2 MSSA\n  BCx [DATE] NGTD x4d"),
    ("HBsAg+ (dx 3/18), HBV DNA 24,000", "HBsAg+ (dx [DATE]), HBV DNA 24,000"),
    ("Abx: vancomycin/Zosyn 2/8 -> cefazolin 2/16 -> PO", "Abx: vancomycin/Zosyn [DATE] -> cefazolin [DATE] -> PO"),
    ("Narrowed to cefazolin 12/1. Repeat BCx 12/2 pending.", "Narrowed to cefazolin [DATE]. Repeat BCx [DATE] pending."),
    ("Plan: next tx 5/21. Next cycle 2/24.", "Plan: next tx [DATE]. Next cycle [DATE]."),
    ("Screens sent 28/04; hearing pass bilat 27/04.", "Screens sent [DATE]; hearing pass bilat [DATE]."),
])
def test_a_month_day_in_a_table_after_a_culture_or_a_drug_is_a_date(text, want):
    assert redact(text) == want


@pytest.mark.parametrize("text", ["BCx 2/2 GNR; UCx 1/2 bottles", "Norco 5/325, Sinemet 25/100; Bactrim 1/2 tab",
                                  "Deltoid   3/5   4/5   5/5\nBiceps    4/5   4/5   5/5", "Pain   7/10   5/10   3/10",
                                  "1/2    tab daily\n1/4    tab at night", "CV: RRR, 2/6 SEM. 3/6 murmur. Motor: RLE 4/5\nHip",
                                  "VA  20/40   20/30", "positive 3/4 bottles", "x 3/4 extremities", "SVE 3/50/-2", "BCx 4/4 MSSA", "cycle 2/6 of R-CHOP",
                                  "VA 6/09 OD"])
def test_a_fraction_in_a_table_or_after_a_culture_or_a_drug_stays(text):
    assert redact(text) == text


@pytest.mark.parametrize("text", ["ZPI|LANG^NEP~LIM|INTERP^Y|NOTE^alias", "Lachlan Bain, ENT Surgeon\nAC/dw D: 22/01/2025"])
def test_a_code_and_its_value_or_a_label_after_initials_is_no_name(text):
    out = redact(text)
    assert "LANG^NEP" in out or "D: [DATE]" in out, out


def test_a_given_name_after_a_surname_in_capitals_goes_with_the_name_and_an_initial_before_a_particle_too():
    # "Camila" is also a pill's brand: after "LAST, " it is the given name
    assert redact("Pt: SMITH, Camila, 34F, new OB") == "Pt: [NAME], 34F, new OB"
    with R.name_backend("model"):
        assert R.redact("Reviewer comment (J. Ó Briain, Compliance, 6/16): access by kingsley").startswith(
            "Reviewer comment ([NAME], Compliance,")


@pytest.mark.parametrize("text,want", [
    ("6w night signout   sh -> fm   11/2", "6w night signout   [NAME] -> [NAME]   11/2"),
    ("MICU sign-out  day -> night   OM -> LY   Tue", "MICU sign-out  day -> night   [NAME] -> [NAME]   Tue"),
    ("NF handoff  tk to jp  gold team", "NF handoff  [NAME] to [NAME]  gold team"),
    ("Night handoff from CN to OU: laboring on Pitocin", "Night handoff from [NAME] to [NAME]: laboring on Pitocin"),
])
def test_a_hand_offs_pair_of_initials_is_a_pair_of_names(text, want):
    assert redact(text) == want


@pytest.mark.parametrize("text", ["Report given ED -> OR at 1400; pt to ICU after.", "signout: abx IV -> PO today, NC -> RA",
                                  "signout: go to bed early, ok to eat", "Sign-out: K 3.1 -> 4.0 after 40 mEq"])
def test_a_hand_offs_places_routes_and_words_stay(text):
    assert redact(text) == text


@pytest.mark.parametrize("text,want", [
    ("Can I do the 19th instead, any time after 1?", "Can I do [DATE] instead, any time after 1?"),
    ("Baby girl born on the third at 0512, SVD", "Baby girl born on [DATE] at 0512, SVD"),
    ("Next visit the tenth; weigh again.", "Next visit [DATE]; weigh again."),
    ("she fell on the\ntwenty eighth getting water", "she fell on [DATE] getting water"),
    ("date of service the twenty\nsecond of may patient", "date of service [DATE] patient"),
])
def test_an_ordinal_day_where_a_day_is_planned_or_told_is_a_date(text, want):
    assert redact(text) == want


@pytest.mark.parametrize("text", ["succeeded on the third attempt.", "on the first, second and third tries", "seen on the second floor",
                                  "improved by the 2nd dose", "on the third day of admission"])
def test_an_ordinal_before_a_noun_or_in_a_list_stays(text):
    assert redact(text) == text


@pytest.mark.parametrize("text,want", [
    ("two weeks after her husband died at 91; she copes", "two weeks after her husband died at [AGE>89]; she copes"),
    ("her husband died last week.", "her husband died last week."),
    ("PUGH, Bleddyn   92   NHS no", "[NAME], [NAME]   [AGE>89]   NHS no"),
    ('Everyone calls him "Ry" and he prefers that. Please tell Ry the news.',
     'Everyone calls him "[NAME]" and he prefers that. Please tell [NAME] the news.'),
    ("CHERNENKO, Vera S recovered from fever.", "[NAME] recovered from fever."),
    ("bed 12 Batsukh S 57F, HBV cirrhosis", "bed 12 [NAME] 57F, HBV cirrhosis"),
])
def test_an_age_in_a_cell_after_a_name_a_told_nickname_and_an_initial_before_a_word_or_an_age(text, want):
    with R.name_backend("model"):
        assert R.redact(text) == want


@pytest.mark.parametrize("text", ["She prefers Tibetan but was comfortable in English.", "Okafor, Ada   95%   RA",
                                  "He prefers \"Tylenol\" to ibuprofen", "Son, David C diff precautions"])
def test_a_language_a_saturation_a_drug_in_quotes_and_c_diff_stay(text):
    with R.name_backend("model"):
        out = R.redact(text)
    assert "Tibetan" in out or "95%" in out or "Tylenol" in out or "C diff" in out, out


@pytest.mark.parametrize("text,want", [
    ("family (tiziri, yuba) asked to stay nights.", "family ([NAME], [NAME]) asked to stay nights."),
    ("In the room: Dara Sok, Bopha and Vuthy; the chaplain", "In the room: [NAME], [NAME] and [NAME]; the chaplain"),
    ("Signout given to senior O'Brien-Nakamura at 0700.", "Signout given to senior [NAME] at 0700."),
    ("09:14 bat-erdene.ts (charge RN 5E): ICU has bed 4 open", "09:14 [NAME] (charge RN 5E): ICU has bed 4 open"),
    ("4 | Okafor, Ben | 91 | watcher | CHF", "4 | [NAME], [NAME] | [AGE>89] | watcher | CHF"),
    ("0800 SVE per CNM Kazlauskienė: 7/100/0. Pit up", "0800 SVE per CNM [NAME]: 7/100/0. Pit up"),
])
def test_a_lists_next_name_a_double_surname_a_hyphened_handle_and_an_age_in_a_bar_table(text, want):
    with R.name_backend("model"):
        assert R.redact(text) == want


@pytest.mark.parametrize("text", [
    "Chaplain Okonkwo, ext. 4471 if needed",
    "frozen section diagnosis by dr okonkwo, follicular lesion, defer to permanents",
    "-- Dr. Ingrid Solheim, kommunelege",
    "New chest pressure 6/10 since 0150, woke him from sleep.",
    "Parkinson-like tremor; modified Allen test normal (Barbeau B).",
    "dictated by mark le physician assistant for doctor",
    "09:20 x-ray.pdf: uploaded",
])
def test_an_abbreviation_a_lists_clinical_word_a_role_a_brand_before_its_generic_and_a_pain_score_stay(text):
    with R.name_backend("model"):
        out = R.redact(text)
    for kept in ("ext.", "follicular", "kommunelege", "Roxanol", "6/10", "Parkinson-like", "Barbeau", "assistant", "x-ray"):
        if kept in text:
            assert kept in out, out


def test_a_brand_with_its_generic_in_a_bracket_is_no_name_anywhere_in_its_group():
    note = "Meds: Roxanol (morphine concentrate) 5 mg SL q2h PRN."
    summary = "Ms. Okafor, 92, is declining on hospice (PPS 20%); scheduled Roxanol was started on 3/7/25."
    with R.name_backend("model"):
        (out_note, out_summary), _ = R.redact_groups([[note, summary]])[0]
    assert out_note == note
    assert out_summary == "[NAME], [AGE>89], is declining on hospice (PPS 20%); scheduled Roxanol was started on [DATE]."


@pytest.mark.parametrize("text,want", [
    ("EG/tm   D: 3/4/2025  T: 3/5", "EG/tm   D: [DATE]  T: [DATE]"),
    ("appt card\n - 4/22/25 Rad Onc consult\n - 4/23 Med Onc (cisplatin weekly)\n - 5/1 labs",
     "appt card\n - [DATE] Rad Onc consult\n - [DATE] Med Onc (cisplatin weekly)\n - [DATE] labs"),
])
def test_a_month_day_beside_a_date_a_stamp_or_a_dated_list_is_a_date(text, want):
    assert redact(text) == want


@pytest.mark.parametrize("text", ["strength 4/5-5/5 on 3/2/2025", "murmur 2/6-3/6 noted on 3/2/2025",
                                  " - 3/10 pain, worse at night\n - 2/4 cores positive"])
def test_a_score_range_beside_a_date_and_a_list_of_fractions_stay(text):
    out = redact(text)
    for kept in ("4/5-5/5", "2/6-3/6", "3/10", "2/4"):
        if kept in text:
            assert kept in out, out


@pytest.mark.parametrize("text,want", [
    ("sleeping on his sister's couch (Amra Mujić-Delić, in town).", "sleeping on his sister's couch ([NAME], in town)."),
    ("In a secure chat on 01/11/25, nurse Kalani M. escalated a 14-month-old", "In a secure chat on [DATE], nurse [NAME] escalated a 14-month-old"),
    ("his father's reaction (Salem bin Eid al-Shammari). Gave away laptop", "his father's reaction ([NAME]). Gave away laptop"),
    ("charter approved by the ministry (B. deBrum), plane ETA 1100.", "charter approved by the ministry ([NAME]), plane ETA 1100."),
    ("Husband Sione and his mother Mele Taufa present; ʻOfa asked that Mele stay",
     "[NAME] and his mother [NAME] present; [NAME] asked that [NAME] stay"),
    ("| 11:30 | Maharjan, Sujan | 5 | methylphenidate IR 5 mg | mom Rajani sent new bottle |",
     "| 11:30 | [NAME], [NAME] | 5 | methylphenidate IR 5 mg | mom [NAME] sent new bottle |"),
    ("Scored by: F.R., RPSGT", "Scored by: [NAME], RPSGT"),
])
def test_a_names_hyphened_half_its_initial_its_given_name_before_bin_a_joined_particle_an_okina_and_dotted_initials(text, want):
    with R.name_backend("model"):
        assert R.redact(text) == want


@pytest.mark.parametrize("text,want", [
    ("- His mother, 96, lives in the village", "- His mother, [AGE>89], lives in the village"),
    ("(for Fa'amoe, pt's mother-in-law, 94)", "(for [NAME], pt's mother-in-law, [AGE>89])"),
    ("party on Sunday for his ninety-first birthday.", "party on Sunday for his [AGE>89] birthday."),
    ("she has lived ninety-five years and does not want a tube", "she has lived [AGE>89] years and does not want a tube"),
    ("moved the appointment to Wed 5 March 11:00", "moved the appointment to [DATE] 11:00"),
    ("PA was denied on 3/13 in favor of Ozempic.", "PA was denied on [DATE] in favor of Ozempic."),
    ("I'll be home on the 3rd around 2 pm.", "I'll be home on [DATE] around 2 pm."),
    ("she will leave 3/14 for the coast", "she will leave [DATE] for the coast"),
])
def test_an_age_after_a_relative_a_birthdays_ordinal_and_dates_before_a_time_or_a_word(text, want):
    with R.name_backend("model"):
        assert R.redact(text) == want


@pytest.mark.parametrize("text", [
    "Referred for targeted-release budesonide (Kinpeygo). Kinpeygo approved.",
    "Weber and Rinne were normal. No Koeppe/Busacca nodules.",
    "No alloantibody: anti-E, -Kell,\n-Kidd (Jka) and -Duffy (Fya) excluded. Weak anti-Le^a (Lewis).",
    "EXERCISE TEST\nProtocol: Bruce\nIndication: chest pain",
    "can u not tell my mom abt the sleepover part pls",
    "Interpreter (Khmer) by phone; Malayalam version of the MoCA",
    "backpain 4/10 since the fall", "wound 2/3 in length", "- His mother, 65, lives alone",
])
def test_a_brand_in_a_bracket_eponym_pairs_blood_groups_a_protocol_a_thing_languages_and_values_stay(text):
    with R.name_backend("model"):
        out = R.redact(text)
    assert out == text


def test_dr_before_a_name_is_a_title_not_a_street():
    assert "Med Onc" in redact(" - 4/23 Med Onc Dr Khatiwada (cisplatin)")
    assert redact("lives at 45 Elm Dr Apt 3, Springfield, IL 62701") == "lives at [ADDRESS]"


def _kept_and_gone(text, kept, gone):
    """Redact `text` with the model: every string of `kept` is still there, none of `gone` is."""
    with R.name_backend("model"):
        out = R.redact(text)
    for k in kept:
        assert k in out, out
    for g in gone:
        assert g not in out, out


@pytest.mark.parametrize("text,kept,gone", [
    ("Radiologist: Whipple, MD\nHx: pancreatic adenoCA s/p Whipple 2022; discussed with Dr. Whipple.", ["s/p Whipple 2022"], ["Whipple, MD", "Dr. Whipple"]),
    ("D/w Dr. Bishop (on call). GBS neg. Bishop 3.", ["Bishop 3."], ["Dr. Bishop"]),
    ("Dr. Romberg saw him. Romberg neg; sharpened Romberg: sways.", ["sharpened Romberg"], ["Dr. Romberg"]),
    ("Cleo Barrett seen. EGD: long segment Barrett oesophagus.", ["Barrett oesophagus"], ["Cleo Barrett"]),
    ("Dx: naevus of Ota, right V1/V2.\nWei Ling Chua has a naevus of Ota.", ["naevus of Ota"], ["Wei Ling Chua"]),
    ("Dr. Todd reviewed: no Todd paresis after the seizure.", ["Todd paresis"], ["Dr. Todd"]),
])
def test_an_eponym_in_its_clinical_frame_stays_beside_the_person_who_bears_it(text, kept, gone):
    _kept_and_gone(text, kept, gone)


@pytest.mark.parametrize("text,want", [
    ("Kids: Hodan 5, Ayaan 2.", "Kids: [NAME] 5, [NAME] 2."),
    ("Sons Tomas 12, Grace 9, Peter 7 at home.", "Sons [NAME] 12, [NAME] 9, [NAME] 7 at home."),
    ("Maj Okafor called; SGT Vang reports knee pain.", "[NAME] called; SGT [NAME] reports knee pain."),
])
def test_a_list_of_people_and_their_ages_and_military_ranks(text, want):
    with R.name_backend("model"):
        assert R.redact(text) == want


@pytest.mark.parametrize("text", ["Dr. Lee: Hgb 12, Plt 200.", "Mom Rita 45, Dad 47.", "CO 4.2 L/min, CI 2.1",
                                  "Dx: naevus on the back; oedema of both ankles; dyspnoea on exertion."])
def test_lab_lists_relatives_and_british_spellings_stay(text):
    with R.name_backend("model"):
        out = R.redact(text)
    for word in ("Hgb 12", "Plt 200", "Dad 47", "CO 4.2", "naevus", "oedema", "dyspnoea"):
        if word in text:
            assert word in out, out


def test_a_date_of_birth_read_out_in_numbers_and_a_check_of_the_label_is_no_name():
    assert R.redact("Verified DOB six twelve nineteen sixty seven and name.") == "Verified DOB [DATE] and name."
    assert R.redact("born oh three fourteen nineteen fifty, twin B") == "born [DATE], twin B"
    assert R.redact("born at thirty two weeks") == "born at thirty two weeks"
    assert R.redact("Confirmed MRN with pt.") == "Confirmed MRN with pt."
    assert R.redact("Hope White DOB 3/4/55") == "[NAME] DOB [DATE]"


@pytest.mark.parametrize("text,kept,gone", [
    ("Dr. Mallory saw her. EGD: 2 cm Mallory-Weiss tear.", ["Mallory-Weiss tear"], ["Dr. Mallory"]),
    ("Simone Lambert: impression, lambert-eaton myasthenic syndrome.", ["lambert-eaton"], ["Simone Lambert"]),
    ("Ingrid Berg, 91, scored Berg Balance Scale 38/56.", ["Berg Balance Scale 38/56"], ["Ingrid Berg"]),
    ("Mr. Adams here. Adams forward bend test: mild.", ["Adams forward bend test"], ["Mr. Adams"]),
    ("Jane Duffy. Anti-Fy(a) identified (Duffy system).", ["(Duffy system)"], ["Jane Duffy"]),
    ("Dr Whipple. Pylorus-preserving pancreaticoduodenectomy (Whipple).", ["(Whipple)"], ["Dr Whipple"]),
    ("Dr Kerr: a low transverse (Kerr) hysterotomy.", ["(Kerr) hysterotomy"], ["Dr Kerr"]),
    ("Dr Romberg. Romberg deferred - not safe to stand.", ["Romberg deferred"], ["Dr Romberg"]),
    ("Dr Miller: intubation required a Miller 2 blade.", ["Miller 2 blade"], ["Dr Miller"]),
    ("Mr. Foley: urology for failed Foley placement; keep Foley (coude tip).", ["failed Foley placement", "keep Foley (coude"], ["Mr. Foley"]),
])
def test_a_hyphened_eponym_a_tests_head_a_procedures_bracket_and_a_devices_frame_stay_beside_the_person(text, kept, gone):
    _kept_and_gone(text, kept, gone)


@pytest.mark.parametrize("text,want", [
    ("numb feet -> see clinician at next VL.\n6. Precious Bwalya - 5 left, ok.", "numb feet -> see clinician at next VL.\n6. [NAME] - 5 left, ok."),
    ("== SICU 7 == TE WHATA, AROHA == 2025-08-09 nights ==", "== SICU 7 == [NAME], [NAME] == [DATE] nights =="),
    ('Hal is pleasant, oriented, says "I\'ve managed since the winter."', '[NAME] is pleasant, oriented, says "I\'ve managed since the winter."'),
    ("0022 CP 2/10. BP 138/82. EHL/FHL 5/5. NAS 6/8 (steatosis 2)", "0022 CP 2/10. BP 138/82. EHL/FHL 5/5. NAS 6/8 (steatosis 2)"),
    ("nursing comments describing 5/10 chest pain", "nursing comments describing 5/10 chest pain"),
    ("Hgb - 9.1, K - 3.4; Braden Scale - 16; TE fistula", "Hgb - 9.1, K - 3.4; Braden Scale - 16; TE fistula"),
])
def test_a_name_before_a_dashed_count_a_maori_particle_contractions_and_scores(text, want):
    with R.name_backend("model"):
        assert R.redact(text) == want


@pytest.mark.parametrize("text,want", [
    ("Pt: Okafor, Beatrice   Age: 93Y   MRN 004418920", "Pt: [NAME]   Age: [AGE>89]Y   MRN [MRN]"),
    ("Impression: 96F, displaced R femoral neck fx", "Impression: [AGE>89]F, displaced R femoral neck fx"),
    ("he's 90 and his kidneys are not great", "he's [AGE>89] and his kidneys are not great"),
    ("she's ninety two and she cannot tell you", "she's [AGE>89] and she cannot tell you"),
    ("Visit: Tendai Dube, about 93, with leg swelling", "Visit: [NAME], about [AGE>89], with leg swelling"),
    ("her date of birth is one eleven thirty two. she saw", "her date of birth is [DATE]. she saw"),
    ("F/u: call pt 6/10 to confirm new battery delivered.", "F/u: call pt [DATE] to confirm new battery delivered."),
    ("ok but run it by neuro first since he seized on the 3rd\n14:30 pharmacy", "ok but run it by neuro first since he seized on [DATE]\n14:30 pharmacy"),
])
def test_ages_over_89_in_more_shapes_and_dates_before_a_line_end(text, want):
    with R.name_backend("model"):
        assert R.redact(text) == want


@pytest.mark.parametrize("text", ["T 96F, HR 80", "she's 95 percent sure", "Age: 93 kg"])
def test_a_temperature_a_percentage_and_a_weight_are_no_age(text):
    assert R.redact(text) == text


@pytest.mark.parametrize("text,kept,gone", [
    ("Dr Miriam Graham performed an open Graham patch repair.", ["Graham patch repair"], ["Miriam Graham"]),
    ("Dr Kerr: Kerr uterine incision; Pfannenstiel and Kerr incisions.", ["Kerr uterine incision", "Kerr incisions"], ["Dr Kerr"]),
    ("Mr Hawkins. Hawkins-Kennedy +, Neer +; a positive Hawkins-Kennedy test", ["Hawkins-Kennedy +", "Hawkins-Kennedy test"], ["Mr Hawkins"]),
    ('Mrs. Stokes asked whether his old "Stokes-Adams" fainting spells are related', ['"Stokes-Adams"'], ["Mrs. Stokes"]),
    ("Mei-Ling Ortiz, DDS / asst J.T.", [], ["J.T.", "Mei-Ling"]),
])
def test_more_eponym_frames_and_an_assistants_dotted_initials(text, kept, gone):
    _kept_and_gone(text, kept, gone)


@pytest.mark.parametrize("text,want", [
    # the author's capitals spell an abbreviation ("DM", "DC", "AM"): taken where they stand, never where they recur
    ("Counts correct, ver by DM/rk.\nHx DM on metformin.", "Counts correct, ver by [NAME].\nHx DM on metformin."),
    ("Forms reviewed.\ndict: DC/jw\nDC home tomorrow.", "Forms reviewed.\ndict: [NAME]\nDC home tomorrow."),
    ("Plan reviewed with rad onc.\n-- AM/kb\nAM labs ordered.", "Plan reviewed with rad onc.\n-- [NAME]\nAM labs ordered."),
    ("Latent TB, on isoniazid. (TB/kr)", "Latent TB, on isoniazid. ([NAME])"),
    # a service's, a role's or a unit's letters before the slash stay
    ("Returned from procedure.\nver by RN/lpn", "Returned from procedure.\nver by RN/lpn"),
    ("Na 140 - K/Cl pending; PT/INR 1.1", "Na 140 - K/Cl pending; PT/INR 1.1"),
])
def test_an_authors_capitals_before_a_typists_initials(text, want):
    assert R.redact(text) == want


@pytest.mark.parametrize("text,want", [
    ("Office: Dr Patty Owens x210", "Office: [NAME] x[PHONE]"),
    ("Questions: PA coordinator, tvo@valleyeyeorbit.com, x214", "Questions: PA coordinator, [EMAIL], x[PHONE]"),
    ("Seen by Dr Gomez x2; Norco x120 dispensed; Dr Gomez x100 tabs", "Seen by [NAME] x2; Norco x120 dispensed; [NAME] x100 tabs"),
])
def test_a_three_digit_extension_after_a_name_or_an_email(text, want):
    assert R.redact(text) == want


@pytest.mark.parametrize("text,want", [
    ("Husband present. RTC 10/21, labs before.", "Husband present. RTC [DATE], labs before."),
    ("s/p Bicillin x3, last 2/25", "s/p Bicillin x3, last [DATE]"),
    ("on his shift between 1/16 and 2/20:", "on his shift between [DATE] and [DATE]:"),
    ("held from 1/16 to 2/20.", "held from [DATE] to [DATE]."),  # (a range's end had lost its last digit: "[DATE]0")
    # fractions, counts and scores stay
    ("pain between 2/10 and 4/10 today; between 1/2 and 3/4 of the dose", "pain between 2/10 and 4/10 today; between 1/2 and 3/4 of the dose"),
    ("for the last 2/3 weeks, last 1/2 tab; RTC 6/52", "for the last 2/3 weeks, last 1/2 tab; RTC 6/52"),
])
def test_month_days_after_rtc_last_and_between(text, want):
    assert R.redact(text) == want


@pytest.mark.parametrize("text,want", [
    ("Chest pain relieved by NTG. Epigastric pain relieved by PPI.", "Chest pain relieved by NTG. Epigastric pain relieved by PPI."),
    ("RN relieved by KM at 1500.", "RN relieved by [NAME] at 1500."),
])
def test_what_relieves_pain_is_no_one(text, want):
    assert R.redact(text) == want


@pytest.mark.parametrize("text,want", [
    ('{"resourceType": "Patient",\n "id": "pt-7719-3402",', '{"resourceType": "Patient",\n "id": "[MRN]",'),
    ('"patient": {"reference": "Patient/7731045"}, "medication": {"reference": "Medication/amox-500"}',
     '"patient": {"reference": "Patient/[MRN]"}, "medication": {"reference": "Medication/amox-500"}'),
    ("Safety report filed (#SR-2025-11841).", "Safety report filed (#[MRN])."),
    ("OBR|1||76817^US OB TRANSVAGINAL^CPT|||20250512130500|||", "OBR|1||76817^US OB TRANSVAGINAL^CPT|||[DATE]|||"),
    ("TIS Urdu interpreter\nused for counselling today, code 4417.", "TIS Urdu interpreter\nused for counselling today, code [MRN]."),
    ("TB Reg No LSK/CHW/2025/0388\nRes: Chawama", "TB Reg No [MRN]\nRes: Chawama"),
    ("Staff ID   Name\n04417   Dr Ana Gomes   Maint", "Staff ID   Name\n[MRN]   [NAME]   Maint"),
    # a billing code, a code status, a clock time before a name stay
    ("interpreter present; billed CPT code 99214. Interpreter used. Code status: full code 3",
     "interpreter present; billed CPT code 99214. Interpreter used. Code status: full code 3"),
    ("0730   Dr Ana Gomes   ORIF", "0730   [NAME]   ORIF"),
])
def test_record_numbers_in_fhir_hl7_and_rows(text, want):
    assert R.redact(text) == want


def test_an_hl7_segments_id_and_a_results_flag_are_no_name():
    text = ("OBR|1|ORD88120|24-310-00871|CBC^CBC W AUTO DIFF|||202411050612\n"
            "OBX|1|NM|WBC^WBC||1.1|10*3/uL|4.0-11.0|LL|||F\n"
            "NTE|1||Critical ANC called to Dr Ana Gomes at 0618, read back.")
    _kept_and_gone(text, ["OBR|1|", "|LL|||F", "NTE|1||Critical ANC"], ["Ana Gomes"])


def test_an_interpreters_id_keeps_the_name_before_it_a_name():
    _kept_and_gone("Bosnian interpreter Amra Hodzic, ID 2093.", ["Bosnian interpreter"], ["Amra", "Hodzic", "2093"])
