"""Identifier shapes the rules learned from the probe-training notes (bench/phi/probe_train), and the
clinical values beside them that must survive."""
import pytest

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
