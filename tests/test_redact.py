from medllm.redact import redact


def test_phi_is_replaced_with_typed_placeholders():
    text = ("Mr. John Carter (MRN: 4839201), seen 03/14/2024, phone 555-867-5309, "
            "email jc@example.org, lives at 12 Elm Street. 92-year-old man.")
    out = redact(text)
    for ph in ("[NAME]", "[MRN]", "[DATE]", "[PHONE]", "[EMAIL]", "[ADDRESS]", "[AGE>89]"):
        assert ph in out, out
    for leaked in ("John", "4839201", "555-867", "jc@", "Elm", "92-year"):
        assert leaked not in out


def test_clinical_numbers_survive():
    text = "BP 148/92 mmHg, lisinopril 10 mg PO daily, HbA1c 7.2%, platelets 150,000/uL, 64-year-old, INR 2.5"
    assert redact(text) == text
