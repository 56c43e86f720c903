"""The deterministic grounding checker (medllm.grounding.checker) and `python -m medllm check`.

Fast (no model, no torch): hand-written faithful/broken cases written independently of the
hand-written starter pairs, the recall / false-positive targets on them, and the CLI.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from medllm.grounding.checker import TYPES, Unsupported, check, is_hallucinated

ROOT = Path(__file__).resolve().parents[2]
STARTER = ROOT / "phase1_data" / "raw" / "starter_notes.jsonl"

# --------------------------------------------------------------------------- hand-written notes

NOTE_A = (
    "Discharge summary. 72-year-old woman admitted for 3 days with community-acquired pneumonia of the "
    "right lower lobe. Denies chest pain. Reports productive cough for 5 days. Vitals: BP 148/92 mmHg, HR 88, "
    "T 38.4 C, SpO2 94% on room air. Labs: potassium 5.9 mmol/L, HbA1c 7.2%, platelets 150,000/uL, "
    "WBC 14.2 x10^3/uL. Treated with ceftriaxone 1 g IV daily and azithromycin 500 mg PO daily. "
    "Discharged on amoxicillin-clavulanate 875 mg PO twice daily for 5 days and metoprolol tartrate 25 mg "
    "by mouth twice a day. Lasix 40 mg PO once daily. Left knee effusion noted; no right knee swelling. "
    "Chest x-ray: right lower lobe consolidation, no pleural effusion. Albuterol 2 puffs inhaled every "
    "4 hours as needed. Enoxaparin 40 mg subcutaneously daily. Follow up in two weeks."
)
NOTE_B = (
    "Operative note. Procedure: laparoscopic appendectomy. 34-year-old man with acute appendicitis. "
    "Anesthesia: general. Estimated blood loss 20 mL. Cefazolin 2 g IV given before incision. "
    "Postoperative: ketorolac 30 mg IV every 6 hours for 24 hours, then ibuprofen 600 mg PO every 8 hours "
    "as needed. Right wrist fracture splinted in the ED. Denies nausea."
)
NOTE_C = (
    "Seen on 03/14/2024. Patient is a 45-year-old man with type 2 diabetes. Metformin 1,000 mg PO BID. "
    "Glipizide 5 mg PO qAM. R foot ulcer measuring 2 cm. Two prior amputations of the left toes. "
    "Creatinine 1.1 mg/dL. Insulin glargine 20 units subcutaneously at bedtime."
)
NOTE_D = (
    "ED note. 30-year-old woman with headache for 2 days. No fever. No neck stiffness. Reports photophobia. "
    "CT head without hemorrhage. Given acetaminophen 1 g PO once and metoclopramide 10 mg IV once."
)
NOTE_E = (
    "Vancomycin 1,250 mg IV q12h. Acetaminophen 1000 mg PO q6h PRN fever. Magnesium sulfate 2 g IV once. "
    "Heparin 5000 units SC every 8 hours. Patient with left-sided weakness for 6 hours. "
    "Hemoglobin 9.8 g/dL. Denies headache. Negative for COVID-19."
)
NOTE_F = (
    "Progress note. 81-year-old man with COPD and chronic atrial fibrillation on warfarin 5 mg PO nightly, INR 2.6. "
    "Presents with worsening dyspnea for 4 days and productive cough; no hemoptysis or chest pain. Vitals: T 37.9 C, "
    "HR 96 irregular, RR 24, BP 132/78 mmHg, SpO2 89% on room air improving to 94% on 2 L nasal cannula. "
    "Wheezes bilaterally, no crackles. CXR: hyperinflation without infiltrate. WBC 11.3 x10^3/uL, sodium 136 mmol/L. "
    "Plan: prednisone 40 mg PO daily for 5 days, doxycycline 100 mg PO twice daily for 5 days, ipratropium-albuterol "
    "nebulizer every 6 hours, continue warfarin. Recheck INR in 3 days. Declines hospital admission."
)
NOTE_G = (
    "Clinic note. 39-year-old woman with migraine without aura since age 16, now 10 headache days per month, "
    "mostly left-sided and throbbing, with photophobia and nausea. No aura, weakness, or fever. Normal neurologic "
    "exam. BP 118/76 mmHg. Using sumatriptan 50 mg PO as needed, about 8 doses per month, and ibuprofen 400 mg most "
    "days. Assessment: chronic migraine with medication overuse. Plan: start topiramate 25 mg PO nightly, increase by "
    "25 mg weekly to 50 mg twice daily; limit sumatriptan to 2 days per week; stop daily ibuprofen. Headache diary. "
    "MRI brain not indicated. Follow up in 3 months."
)
NOTE_H = (
    "Cardiology consult. 70-year-old man with hypertension presents with syncope for 1 day. Home medications: "
    "lisinopril 10 mg PO daily and atorvastatin 40 mg PO nightly. In the ED given aspirin 325 mg PO once and "
    "heparin 5,000 units IV once. ECG: complete heart block. Recommend proceed with dual-chamber pacemaker "
    "implantation; consult electrophysiology. Hold lisinopril. If troponin rises, start clopidogrel 75 mg PO daily. "
    "Discharge medications: atorvastatin 40 mg PO nightly. Follow up in 2 weeks."
)

# Faithful paraphrases: abbreviations, synonyms, brand/generic, unit conversions, number words.
FAITHFUL = [
    (NOTE_A, "Admitted for three days with right lower lobe pneumonia."),
    (NOTE_A, "She was discharged on amoxicillin-clavulanate 875 mg orally BID for 5 days."),
    (NOTE_A, "Metoprolol tartrate 25 mg p.o. b.i.d. was continued."),
    (NOTE_A, "Metoprolol tartrate 25 mg PO q12h."),
    (NOTE_A, "Ceftriaxone 1000 mg intravenously once daily was given."),
    (NOTE_A, "Platelets were 150000/uL and potassium 5.9 mmol/L."),
    (NOTE_A, "Platelet count 150 x10^3/uL."),
    (NOTE_A, "150,000 platelets."),
    (NOTE_A, "BP 148/92, HR 88, temperature 38.4 C, oxygen saturation 94% on room air."),
    (NOTE_A, "She denies chest pain but reports a productive cough."),
    (NOTE_A, "Chest pain was denied."),
    (NOTE_A, "Furosemide 40 mg PO daily."),  # the note says Lasix
    (NOTE_A, "L knee effusion."),
    (NOTE_A, "No pleural effusion on chest x-ray."),
    (NOTE_A, "Albuterol inhaled q4h prn."),
    (NOTE_A, "Enoxaparin 40 mg SC daily."),
    (NOTE_A, "Follow-up in 2 weeks."),
    (NOTE_A, "HbA1c was 7.2%, WBC 14.2 K/uL."),
    (NOTE_A, "Azithromycin 500 mg by mouth once a day."),
    (NOTE_B, "Underwent laparoscopic appendectomy for acute appendicitis with blood loss of 20 mL."),
    (NOTE_B, "Ibuprofen 600 mg by mouth q8h prn."),
    (NOTE_B, "Cefazolin 2000 mg IV was given before incision."),
    (NOTE_B, "Right wrist fracture was splinted. No nausea."),
    (NOTE_B, "Ketorolac 30 mg intravenously q6h for 24 hours."),
    (NOTE_C, "Seen March 14, 2024 for type 2 diabetes."),
    (NOTE_C, "Metformin 1 g twice daily and glipizide 5 mg every morning."),
    (NOTE_C, "Right foot ulcer 2 cm; 2 prior amputations of the left toes."),
    (NOTE_C, "Insulin glargine 20 units SC nightly."),
    (NOTE_D, "Headache for 2 days without fever or neck stiffness; photophobia present."),
    (NOTE_D, "Acetaminophen 1000 mg by mouth once and metoclopramide 10 mg intravenously once."),
    (NOTE_D, "Head CT negative for hemorrhage."),
    (NOTE_E, "Vancomycin 1.25 g IV every 12 hours."),
    (NOTE_E, "Acetaminophen 1 g orally every 6 hours as needed for fever."),
    (NOTE_E, "Heparin 5,000 units subcutaneously three times daily."),
    (NOTE_E, "Left sided weakness for 6 hours; Hgb 9.8."),
    (NOTE_E, "Headache was denied and COVID-19 testing was negative."),
    (NOTE_E, "Magnesium sulfate 2000 mg intravenously x1."),
    (NOTE_E, "\u2003Vancomycin  1,250\u00a0mg IV q12h."),  # odd unicode whitespace
    (NOTE_F, "An 81-year-old man with COPD and chronic AF on warfarin (INR 2.6) presents with 4 days of worsening "
             "shortness of breath and productive cough without hemoptysis. He was hypoxic at 89% on room air, "
             "improving to 94% on 2 L. Chest X-ray showed hyperinflation but no infiltrate. Treated with prednisone "
             "40 mg daily x5 days and doxycycline 100 mg BID x5 days plus DuoNeb q6h; he declined admission and INR "
             "will be rechecked in 3 days."),
    (NOTE_F, "COPD exacerbation: RR 24, HR 96, temperature 37.9 C, bilateral wheezes without crackles, WBC 11.3. "
             "Oral prednisone 40 mg daily and doxycycline 100 mg twice a day, both for five days."),
    (NOTE_G, "39-year-old woman with chronic migraine without aura (10 headache days a month), mostly left-sided, with "
             "photophobia and nausea; neuro exam normal. She uses sumatriptan 50 mg PRN about 8 times a month and "
             "ibuprofen 400 mg most days, consistent with medication overuse. Starting topiramate 25 mg at bedtime, "
             "titrating by 25 mg weekly to 50 mg BID; sumatriptan limited to 2 days a week and daily ibuprofen "
             "stopped. No MRI needed; follow-up in 3 months."),
]

# One broken fact each -> the type that must be reported.
BROKEN = [
    (NOTE_A, "Ceftriaxone 1 mg IV daily.", "unit"),
    (NOTE_A, "Ceftriaxone 2 g IV daily.", "dosage"),
    (NOTE_A, "Furosemide 80 mg PO daily.", "dosage"),
    (NOTE_A, "Metoprolol tartrate 25 mg PO three times daily.", "frequency"),
    (NOTE_A, "Metoprolol tartrate 25 mg IV twice daily.", "route"),
    (NOTE_A, "Amoxicillin-clavulanate 875 mg PO twice daily for 5 weeks.", "temporal"),
    (NOTE_A, "Follow up in 2 months.", "temporal"),
    (NOTE_A, "Potassium 3.9 mmol/L.", "lab_value"),
    (NOTE_A, "Platelets 15,000/uL.", "lab_value"),
    (NOTE_A, "HR 58.", "vital_sign"),
    (NOTE_A, "T 37.4 C.", "vital_sign"),
    (NOTE_A, "Right knee effusion.", "laterality"),
    (NOTE_A, "Admitted with left lower lobe pneumonia.", "laterality"),
    (NOTE_A, "Reports chest pain.", "negation"),
    (NOTE_A, "Chest pain was reported.", "negation"),
    (NOTE_A, "Chest x-ray showed pleural effusion.", "negation"),
    (NOTE_A, "Denies cough.", "negation"),
    (NOTE_A, "Warfarin 5 mg PO daily.", "medication"),
    (NOTE_A, "Admitted with pulmonary embolism.", "diagnosis"),
    (NOTE_A, "She underwent bronchoscopy.", "procedure"),
    (NOTE_A, "She walked 200 feet.", "number"),
    (NOTE_B, "Underwent open appendectomy.", "procedure"),
    (NOTE_B, "Chronic appendicitis.", "diagnosis"),
    (NOTE_B, "Left wrist fracture splinted.", "laterality"),
    (NOTE_B, "Ketorolac 30 mg IV every 8 hours.", "frequency"),
    (NOTE_B, "Reports nausea.", "negation"),
    (NOTE_C, "Seen on 03/15/2024.", "temporal"),
    (NOTE_C, "L foot ulcer measuring 2 cm.", "laterality"),
    (NOTE_C, "Three prior amputations.", "number"),
    (NOTE_C, "Insulin glargine 20 units subcutaneously twice daily.", "frequency"),
    (NOTE_C, "Glipizide 5 mg PO qPM.", "frequency"),
    (NOTE_C, "Metformin 1,000 mcg PO BID.", "unit"),
    (NOTE_D, "She has fever and neck stiffness.", "negation"),
    (NOTE_D, "Denies photophobia.", "negation"),
    (NOTE_D, "CT head showed hemorrhage.", "negation"),
    (NOTE_D, "Headache for 2 weeks.", "temporal"),
    (NOTE_D, "Metoclopramide 10 mg IM once.", "route"),
    (NOTE_E, "Vancomycin 1.25 mg IV every 12 hours.", "unit"),  # a g/mg slip of 1,250 mg
    (NOTE_E, "Vancomycin 1500 mg IV every 12 hours.", "dosage"),
    (NOTE_E, "Heparin 5000 units SC twice daily.", "frequency"),
    (NOTE_E, "Right-sided weakness for 6 hours.", "laterality"),
    (NOTE_E, "Left-sided weakness for 6 days.", "temporal"),
    (NOTE_E, "Hemoglobin 8.9 g/dL.", "lab_value"),
    (NOTE_E, "She tested positive for COVID-19.", "negation"),
    (NOTE_E, "Magnesium sulfate 2 mg IV once.", "unit"),
    (NOTE_F, "Warfarin 5 mg PO twice daily with INR 2.6.", "frequency"),
    (NOTE_F, "Doxycycline 100 mg IV twice daily for 5 days.", "route"),
    (NOTE_F, "SpO2 84% on room air.", "vital_sign"),
    (NOTE_F, "He reports hemoptysis.", "negation"),
    (NOTE_F, "CXR showed a right lower lobe infiltrate.", "negation"),
    (NOTE_F, "Started azithromycin 500 mg daily.", "medication"),
    (NOTE_F, "INR 3.6.", "lab_value"),
    (NOTE_G, "Mostly right-sided throbbing headaches.", "laterality"),
    (NOTE_G, "Topiramate 250 mg nightly.", "dosage"),
    (NOTE_G, "Sumatriptan 50 mcg as needed.", "unit"),
    (NOTE_G, "Migraine with aura.", "negation"),
    (NOTE_G, "Episodic migraine with medication overuse.", "diagnosis"),
    (NOTE_G, "An MRI brain was ordered.", "negation"),
    (NOTE_H, "He was discharged on aspirin 325 mg PO once.", "context"),
    (NOTE_H, "He is homebound.", "other"),
]


@pytest.mark.parametrize("note,summary", FAITHFUL, ids=[s[:40] for _n, s in FAITHFUL])
def test_faithful_paraphrase_is_not_flagged(note, summary):
    assert check(note, summary) == []
    assert is_hallucinated(note, summary) is False


@pytest.mark.parametrize("note,summary,typ", BROKEN, ids=[f"{t}:{s[:34]}" for _n, s, t in BROKEN])
def test_broken_fact_is_flagged_with_its_type(note, summary, typ):
    found = check(note, summary)
    assert typ in {u.type for u in found}, found
    assert is_hallucinated(note, summary) is True


def test_hand_written_cases_cover_every_type_and_are_enough():
    assert len(FAITHFUL) + len(BROKEN) >= 30
    assert {t for _n, _s, t in BROKEN} == set(TYPES)


def test_api_shape_and_determinism():
    found = check(NOTE_A, "Warfarin 5 mg IV daily for 5 weeks; HR 58; reports chest pain.")
    assert all(isinstance(u, Unsupported) and u.type in TYPES and u.text for u in found)
    with pytest.raises(Exception):
        found[0].type = "x"  # frozen
    assert check(NOTE_A, "Warfarin 5 mg IV daily for 5 weeks; HR 58; reports chest pain.") == found
    from medllm.grounding import checker

    checker._doc.cache_clear()
    assert check(NOTE_A, "Warfarin 5 mg IV daily for 5 weeks; HR 58; reports chest pain.") == found
    assert check("", "") == [] and check(NOTE_A, "") == []
    with pytest.raises(TypeError):
        check(NOTE_A, None)


def test_reported_text_is_the_summary_wording():
    [u] = check(NOTE_A, "Discharged on metoprolol tartrate 50 mg by mouth twice a day.")
    assert u == Unsupported("dosage", "metoprolol tartrate 50 mg")
    [u] = check(NOTE_A, "ibuprofen   for pain")
    assert u == Unsupported("medication", "ibuprofen")


# --------------------------------------------------------------------------- hand-written starter pairs

def _pairs() -> list[dict]:
    """The hand-written negatives of the 48 starter notes: written by people, not by
    medllm.clinical.negatives (whose output the checker validates, so it would measure nothing)."""
    rows = []
    for line in STARTER.read_text(encoding="utf-8").splitlines():
        n = json.loads(line)
        for j, neg in enumerate(n["negatives"]):
            rows.append({"id": f"{n['source_id']}-p{j}", "prompt": n["clinical_note"], "chosen": n["summary"], "rejected": neg["rejected"],
                         "perturbation": {"kind": neg["kind"]}})
    return rows


def test_recall_and_false_positive_rate_on_hand_written_pairs():
    rows = _pairs()
    assert len(rows) >= 90
    n, hit, fp = Counter(), Counter(), Counter()
    for d in rows:
        kind = d["perturbation"]["kind"]
        n[kind] += 1
        hit[kind] += is_hallucinated(d["prompt"], d["rejected"])
        fp[kind] += is_hallucinated(d["prompt"], d["chosen"])
    report = {k: (hit[k] / n[k], fp[k] / n[k]) for k in sorted(n)}
    assert len(n) == 12, report
    for k, (recall, fpr) in report.items():
        assert recall >= 0.95 and fpr <= 0.05, (k, report)
    total = sum(n.values())
    assert sum(hit.values()) / total >= 0.95 and sum(fp.values()) / total <= 0.05, report


def test_no_torch_and_same_output_under_another_hash_seed():
    import os

    cases = [(n, s) for n, s, _t in BROKEN[:12]]
    code = ("import json, sys; from medllm.grounding.checker import check; "
            "cases = json.loads(sys.stdin.read()); "
            "print(json.dumps([[[u.type, u.text] for u in check(n, s)] for n, s in cases])); "
            "sys.exit(1 if 'torch' in sys.modules else 0)")
    env = dict(os.environ, PYTHONHASHSEED="12345")
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, input=json.dumps(cases), capture_output=True,
                       text=True, timeout=120, env=env)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout) == [[[u.type, u.text] for u in check(n, s)] for n, s in cases]


# --------------------------------------------------------------------------- the faithful paraphrases

@pytest.mark.parametrize("note,summary", [
    ("Clinic note. Gout flare of the right first metatarsophalangeal joint. Colchicine 0.6 mg PO twice daily.",
     "Gout flare of the right first metatarsal joint; colchicine 0.6 mg twice daily."),
    ("ED note. Chest pain for 2 hours. ECG: sinus rhythm, no ST elevation. Troponin I 0.01 ng/mL.",
     "Chest pain for 2 hours with a non-ischemic ECG and troponin I 0.01 ng/mL."),
    ("Pediatric note. Amoxicillin 80 mg/kg/day PO divided twice daily for 10 days.",
     "Amoxicillin 80 mg/kg/day PO in two doses for 10 days."),
])
def test_guide_paraphrases_are_not_flagged(note, summary):
    assert check(note, summary) == []


def test_divided_doses_are_a_frequency():
    note = "Pediatric note. Amoxicillin 80 mg/kg/day PO divided twice daily for 10 days."
    assert [u.type for u in check(note, "Amoxicillin 80 mg/kg/day PO in three divided doses.")] == ["frequency"]


# --------------------------------------------------------------------------- roles (check_context)
# The role a fact plays in the note (planned or done; home, ED/new, discharge medication) must be
# the role the summary gives it. Faithful wording of each role is not flagged.

H_FAITHFUL = ("A 70-year-old man with syncope for 1 day and complete heart block was given aspirin 325 mg once and "
              "heparin in the ED. Pacemaker implantation was recommended, lisinopril is held, and clopidogrel is to "
              "be started if troponin rises. Home medications include lisinopril and atorvastatin; discharged on "
              "atorvastatin 40 mg nightly. He received aspirin 325 mg PO once.")


def test_roles_faithful_summary_is_not_flagged():
    assert check(NOTE_H, H_FAITHFUL) == []


@pytest.mark.parametrize("summary,text", [
    ("He underwent dual-chamber pacemaker implantation.", "underwent dual-chamber pacemaker implantation"),
    ("Pacemaker implantation was performed after he had electrophysiology.", "had electrophysiology"),
])
def test_planned_procedure_stated_as_done_is_flagged(summary, text):
    assert Unsupported("procedure", text) in check(NOTE_H, summary)


@pytest.mark.parametrize("summary,text", [
    ("Spirometry showed mild obstruction.", "Spirometry showed"),  # a result of a test only arranged
    ("After CT abdomen and pelvis, she improved.", "After CT abdomen"),
    ("Clinic follow-up showed improvement.", "Clinic follow-up showed"),
])
def test_result_of_a_planned_test_is_flagged(summary, text):
    note = "Clinic note. Cough for 3 weeks. Arrange spirometry. Care plan includes CT abdomen and pelvis. Clinic follow-up in 3 weeks."
    assert Unsupported("procedure", text) in check(note, summary)
    assert check(note, "Cough for 3 weeks; spirometry and CT abdomen and pelvis are planned, with clinic "
                       "follow-up in 3 weeks.") == []


def test_suggested_procedure_stated_as_performed_is_flagged():
    note = "Consult note. Suggest upper endoscopy. She takes omeprazole 20 mg PO daily."
    assert [u.type for u in check(note, "Upper endoscopy was performed.")] == ["procedure"]
    assert check(note, "Upper endoscopy was suggested; she takes omeprazole 20 mg daily.") == []


def test_done_and_planned_procedure_the_closer_mention_decides():
    note = ("Flexible sigmoidoscopy: left-sided colitis to 35 cm. Recommendations: proceed with flexible "
            "sigmoidoscopy with biopsies.")
    assert check(note, "Flexible sigmoidoscopy showed left-sided colitis to 35 cm; she underwent flexible "
                       "sigmoidoscopy.") == []
    assert [u.type for u in check(note, "She underwent flexible sigmoidoscopy with biopsies.")] == ["procedure"]


def test_planned_or_held_drug_stated_as_given_is_flagged():
    assert Unsupported("context", "Clopidogrel 75 mg PO daily was started") in check(
        NOTE_H, "Clopidogrel 75 mg PO daily was started.")
    assert Unsupported("context", "received clopidogrel") in check(NOTE_H, "He received clopidogrel.")
    # lisinopril is held now but is also a home medication: not only planned
    assert check(NOTE_H, "He received lisinopril.") == []
    # a condition in the summary keeps it planned
    assert check(NOTE_H, "If troponin rises, clopidogrel 75 mg PO daily is started.") == []


def test_held_cycle_of_an_ongoing_drug_stated_as_given_is_flagged():
    note = ("Oncology clinic. On nivolumab 240 mg IV every 2 weeks for melanoma, due for cycle 4. Grade 2 "
            "hepatitis. Hold nivolumab cycle 4. Start prednisone 60 mg PO daily.")
    # the mention with the same qualifier ("cycle 4") decides: held, not given
    assert Unsupported("context", "Received nivolumab cycle 4") in check(note, "Received nivolumab cycle 4.")
    # the ongoing drug at its dose, or the cycle as held, is faithful
    assert check(note, "He received nivolumab 240 mg IV every 2 weeks; nivolumab cycle 4 was held.") == []


def test_plan_heading_orders_a_drug_but_plans_a_procedure():
    note = "Plan: prednisone 40 mg PO daily for 5 days. Plan colonoscopy next month."
    assert check(note, "Treated with prednisone 40 mg PO daily for 5 days.") == []
    assert [u.type for u in check(note, "He underwent colonoscopy.")] == ["procedure"]


def test_ed_drug_stated_as_home_or_discharge_medication_is_flagged():
    assert Unsupported("context", "discharged on aspirin 325 mg PO once") in check(
        NOTE_H, "He was discharged on aspirin 325 mg PO once.")
    assert Unsupported("context", "Home medications include heparin 5,000 units IV once") in check(
        NOTE_H, "Home medications include heparin 5,000 units IV once.")
    # a home medication continued at discharge is a discharge medication
    assert check(NOTE_H, "Discharged on atorvastatin 40 mg PO nightly.") == []


NOTE_ALLERGY = ("ED note. A 54-year-old man with knee pain after a fall. Allergies: codeine (hives). Home medications: "
                "lisinopril 10 mg PO daily. Received acetaminophen 1 g PO once. Discharged home.")


@pytest.mark.parametrize("summary", ["He has been given codeine.", "He takes codeine and lisinopril 10 mg PO daily.",
                                     "Discharged on codeine."])
def test_allergen_stated_as_given_or_taken_is_flagged(summary):
    assert any(u.type == "context" and "codeine" in u.text.lower() for u in check(NOTE_ALLERGY, summary))


@pytest.mark.parametrize("summary", ["He is allergic to codeine.", "Allergies: codeine.", "Codeine allergy (hives).",
                                     "He received acetaminophen 1 g PO once; codeine allergy noted."])
def test_allergen_stated_as_an_allergy_is_not_flagged(summary):
    assert check(NOTE_ALLERGY, summary) == []


NOTE_M = ("Discharge summary. A 70-year-old woman with a past history of gout presents with left hip pain for 1 day. "
          "Principal diagnosis: left femoral neck fracture. She underwent left hip hemiarthroplasty. Labs: "
          "hemoglobin 9.5 g/dL. Exam: bruising over the left hip.")


@pytest.mark.parametrize("summary,text", [
    ("She was diagnosed with left hip hemiarthroplasty.", "diagnosed with left hip hemiarthroplasty"),
    ("She was diagnosed with gout.", "diagnosed with gout"),  # past history stated as this visit's diagnosis
    ("Home labs showed hemoglobin 9.5 g/dL.", "Home labs"),  # this visit's labs put at home
    ("Home examination showed bruising over the left hip.", "Home examination"),
])
def test_diagnosis_role_and_home_setting_are_flagged(summary, text):
    assert Unsupported("context", text) in check(NOTE_M, summary)


def test_indication_diagnosed_after_its_procedure_is_flagged():
    note = "Operative note. Indication: severe left knee osteoarthritis. Procedure: left total knee arthroplasty."
    assert Unsupported("context", "diagnosed with left knee osteoarthritis after left total knee arthroplasty") in \
        check(note, "He was diagnosed with left knee osteoarthritis after left total knee arthroplasty.")
    assert check(note, "For severe left knee osteoarthritis he underwent left total knee arthroplasty.") == []


def test_diagnosis_and_setting_in_their_roles_are_not_flagged():
    assert check(NOTE_M, "A 70-year-old woman with a history of gout was diagnosed with a left femoral neck "
                         "fracture and underwent left hip hemiarthroplasty; labs showed hemoglobin 9.5 g/dL.") == []
    # a complement is not the diagnosis: "rejection of a kidney transplant"
    note = "Indication: acute rejection of a deceased-donor kidney transplant. Home labs: creatinine 2.1 mg/dL."
    assert check(note, "Diagnosed with acute rejection of a deceased-donor kidney transplant; home labs showed "
                       "creatinine 2.1 mg/dL.") == []


NOTE_N = ("ED note. Blood cultures pending. Labs: ANC 300/uL, hemoglobin 9.0 g/dL. Exam shows cellulitis of the "
          "left shin. Flexible sigmoidoscopy showed left-sided colitis.")


@pytest.mark.parametrize("summary,typ,text", [
    ("Blood cultures showed ANC 300/uL.", "lab_value", "Blood cultures showed ANC 300/uL"),
    ("Labs showed cellulitis of the left shin.", "context", "Labs showed cellulitis"),  # the exam's finding
    ("Labs showed left-sided colitis.", "context", "Labs showed left-sided colitis"),
])
def test_result_put_to_another_source_is_flagged(summary, typ, text):
    assert Unsupported(typ, text) in check(NOTE_N, summary)


def test_results_from_their_own_sources_are_not_flagged():
    assert check(NOTE_N, "Labs showed ANC 300/uL and hemoglobin 9.0 g/dL; sigmoidoscopy showed left-sided "
                         "colitis; exam showed cellulitis of the left shin.") == []


NOTE_O = ("Clinic note. 60-year-old man, former smoker, afebrile. Metoprolol tartrate 25 mg PO twice daily held for "
          "bradycardia. Continue ticagrelor 90 mg PO twice daily. Discontinued pegfilgrastim. Prednisone increased "
          "from 20 to 40 mg daily. Cough is improving.")


@pytest.mark.parametrize("summary,typ,text", [
    ("Ticagrelor was held.", "context", "Ticagrelor was held"),  # the note holds another drug
    ("He stopped ticagrelor 90 mg PO twice daily.", "context", "stopped ticagrelor 90 mg PO twice daily"),
    ("He was given pegfilgrastim.", "context", "given pegfilgrastim"),  # discontinued, stated as given
    ("He is febrile.", "negation", "febrile"),
    ("He is a current smoker.", "context", "current smoker"),
    ("Prednisone was reduced from 40 to 20 mg daily.", "context", "from 40 to 20 mg"),
    ("Cough is worsening.", "context", "worsening"),
])
def test_stop_status_and_direction_flips_are_flagged(summary, typ, text):
    assert Unsupported(typ, text) in check(NOTE_O, summary)


def test_stop_status_and_direction_as_stated_are_not_flagged():
    assert check(NOTE_O, "A 60-year-old former smoker, afebrile; metoprolol tartrate was held for bradycardia and "
                         "ticagrelor continued; pegfilgrastim was discontinued; prednisone was increased from 20 "
                         "to 40 mg daily; cough is improving.") == []


def test_drug_with_its_dose_listed_as_a_lab_is_flagged():
    assert [u.type for u in check(NOTE_H, "Labs showed aspirin 325 mg.")] == ["context"]


# --------------------------------------------------------------------------- invented drug names

NOTE_I = ("Clinic note. 52-year-old woman with esophageal candidiasis. Fluconazole 400 mg PO daily and allopurinol "
          "100 mg PO daily. Exam: lying supine, oral thrush.")


@pytest.mark.parametrize("summary,text", [
    ("Treated with docusonazole 400 mg PO daily.", "docusonazole 400 mg"),  # a drug stem, no such drug
    ("She was started on dronepine.", "dronepine"),
    ("Urisalith 100 mg PO daily.", "Urisalith 100 mg"),  # a dose after a word no dictionary knows
])
def test_invented_drug_shaped_word_is_flagged(summary, text):
    assert Unsupported("medication", text) in check(NOTE_I, summary)


def test_misspelt_note_drug_and_english_words_are_not_invented_drugs():
    assert check(NOTE_I, "Flucanazole 400 mg PO daily for esophageal candidiasis; examined lying supine.") == []
    # dosed acronyms are too ambiguous to call invented
    note = "ED note. Given potassium chloride 40 mEq PO once and tranexamic acid 1 g IV once."
    assert check(note, "Given KCl 40 mEq PO once and TXA 1 g IV once.") == []


# --------------------------------------------------------------------------- values bound to another name

NOTE_J = "ED note. BP 149/67 mmHg, heart rate 90, temperature 37.1 C. Labs: sodium 138 mmol/L, WBC 13.7 K/uL."


@pytest.mark.parametrize("summary,typ,text", [
    ("Urea 149/67 mmHg.", "lab_value", "Urea 149/67 mmHg"),  # the BP given to a lab the note never values
    ("Potassium levels of 37.1 C.", "lab_value", "Potassium levels of 37.1 C"),  # the temperature
    ("Vitals included BP 149/67 mmHg and WBC 13.7 K/uL.", "lab_value",
     "Vitals included BP 149/67 mmHg and WBC 13.7 K/uL"),  # a lab called a vital sign
    ("Labs showed heart rate 90.", "vital_sign", "Labs showed heart rate 90"),
])
def test_value_of_another_name_or_list_is_flagged(summary, typ, text):
    assert Unsupported(typ, text) in check(NOTE_J, summary)


def test_vital_value_given_to_a_finding_is_flagged():
    note = "ED note. Chest pressure for 9 hours; no orthopnea. BP 118/88 mmHg, RR 16. LAD stenosis of 90%."
    assert Unsupported("context", "pressure of 118/88 mmHg") in check(note, "Chest pressure of 118/88 mmHg.")
    assert Unsupported("context", "orthopnea 16") in check(note, "He has orthopnea 16.")
    # the note's own pairing, and a value the summary gives its vital
    assert check(note, "Chest pressure for 9 hours; LAD stenosis of 90%; BP 118/88 mmHg and RR 16.") == []
    # a finding that describes the vital or lab itself may carry its value
    assert check("ED note. Fever. T 38.9 C. Potassium 6.1 mmol/L, hyperkalemia.",
                 "Fever of 38.9 C; hyperkalemia to 6.1.") == []


def test_values_in_their_own_lists_are_not_flagged():
    assert check(NOTE_J, "Vitals: BP 149/67 mmHg, HR 90, T 37.1 C; labs showed sodium 138 and WBC 13.7.") == []
    # where the note itself lists a lab among the vitals, so may the summary
    assert check("Vitals: BP 120/80 mmHg, glucose 110 mg/dL.", "Vitals included glucose 110 mg/dL.") == []


# --------------------------------------------------------------------------- durations in another role

NOTE_K = "Discharge summary. 47-year-old man with cough for 5 days. Admitted for 7 days with pneumonia. Follow up in 3 weeks."


@pytest.mark.parametrize("summary,text", [
    ("Admitted for 5 days with pneumonia.", "for 5 days"),  # the cough's duration as the stay
    ("A 5-day-old man with cough.", "5-day-old"),  # a duration as the age
    ("He was seen for 3 weeks.", "for 3 weeks"),  # the follow-up interval as an event's length
    ("He was admitted on hospital day 3.", "admitted on hospital day 3"),
])
def test_duration_in_another_role_is_flagged(summary, text):
    assert Unsupported("temporal", text) in check(NOTE_K, summary)


def test_durations_in_their_roles_are_not_flagged():
    assert check(NOTE_K, "A 47-year-old man with a 5-day cough was hospitalized for 7 days for pneumonia; "
                         "follow-up in 3 weeks.") == []
    assert check(NOTE_K, "Cough for 5 days; discharged after 7 days, to return in 3 weeks.") == []
    assert check(NOTE_K, "Cough for 5 days; he will see his doctor within 3 weeks.") == []
    # "returns after 2 months" is the time since the last visit, not a follow-up interval
    assert check("Returns after 2 months with cough.", "Cough; seen again after 2 months.") == []


# --------------------------------------------------------------------------- invented negatives

NOTE_L = "ED note. 30-year-old woman with abdominal pain for 1 day. She denies fever or vomiting. NKDA. Soft abdomen."


@pytest.mark.parametrize("summary,text", [
    ("No alcohol use.", "No alcohol"),
    ("She denies hematuria.", "denies hematuria"),
    ("No contraindications to surgery.", "No contraindications"),
])
def test_invented_negative_is_flagged(summary, text):
    assert Unsupported("negation", text) in check(NOTE_L, summary)


def test_invented_normal_finding_is_flagged():
    assert Unsupported("negation", "Vision was normal") in check(NOTE_L, "Vision was normal.")
    assert check(NOTE_L, "Abdomen was soft; fever was absent.") == []


def test_negatives_the_note_states_are_not_flagged():
    assert check(NOTE_L, "Abdominal pain for 1 day without fever or vomiting; no known drug allergies; "
                         "no other complaints.") == []
    # the same denial in the note's other words
    assert check("Clinic note. Never smoker. Appears comfortable. Afebrile.",
                 "She denies tobacco use; no acute distress; no fevers.") == []


# --------------------------------------------------------------------------- symptoms

def test_symptom_the_note_never_mentions_is_flagged():
    note = "ED note. Fever and shortness of breath for 2 days. Rigors overnight. Exam: wheezes bilaterally."
    assert Unsupported("diagnosis", "sore throat") in check(note, "Fever with sore throat for 2 days.")
    assert Unsupported("diagnosis", "chest pain") in check(note, "Fever and chest pain for 2 days.")
    # another name of a symptom the note gives is not an invented one
    assert check(note, "Fever, dyspnea and chills for 2 days; wheezing bilaterally.") == []


# --------------------------------------------------------------------------- subtypes

NOTE_Q = "Clinic note. Grade 2 immune-mediated colitis. Type 2 diabetes. CKD stage 3. Influenza A positive."


@pytest.mark.parametrize("summary,text", [
    ("Grade 1 immune-mediated colitis.", "Grade 1"),
    ("CKD stage 4.", "stage 4"),
    ("Influenza B positive.", "Influenza B"),
])
def test_subtype_swap_is_flagged(summary, text):
    assert Unsupported("diagnosis", text) in check(NOTE_Q, summary)


def test_subtypes_as_stated_are_not_flagged():
    assert check(NOTE_Q, "Immune-mediated colitis, grade 2; type 2 diabetes; stage 3 CKD; positive for "
                         "influenza A.") == []


# --------------------------------------------------------------------------- social and source claims

NOTE_P = ("ED note. A 7-year-old boy with cough for 2 days, per his mother. Lives at [ADDRESS] with family. "
          "Exam: decreased breath sounds at the right base.")


@pytest.mark.parametrize("summary,text", [
    ("He was seen at [ADDRESS].", "seen at [ADDRESS]"),
    ("Medications include [ADDRESS].", "Medications include [ADDRESS]"),
    ("He is homebound.", "homebound"),
])
def test_social_claim_the_note_does_not_make_is_flagged(summary, text):
    assert Unsupported("other", text) in check(NOTE_P, summary)


def test_relative_reporting_is_flagged_only_where_the_note_has_no_such_report():
    note = "ED note. Hives for 2 hours. Lives with his daughter."
    assert Unsupported("other", "daughter reported") in check(note, "His daughter reported hives for 2 hours.")
    assert check(NOTE_P, "Cough for 2 days, as his mother reported; he lives at [ADDRESS] with family.") == []


# --------------------------------------------------------------------------- which test found it

NOTE_S = ("Admission note. A 66-year-old woman with dyspnea for 4 days. Chest X-ray showed a right pleural "
          "effusion. Renal ultrasound: left hydronephrosis. Underwent thoracentesis on hospital day 2. "
          "Exam: crackles at the right base.")


@pytest.mark.parametrize("summary,typ,text", [
    ("CT showed a right pleural effusion.", "procedure", "CT showed a right pleural effusion"),
    ("Renal ultrasound showed a right pleural effusion.", "context",
     "Renal ultrasound showed a right pleural effusion"),
    ("Chest X-ray showed left hydronephrosis.", "context", "Chest X-ray showed left hydronephrosis"),
    ("Sputum samples showed a right pleural effusion.", "procedure",
     "Sputum samples showed a right pleural effusion"),
])
def test_finding_credited_to_another_test_is_flagged(summary, typ, text):
    assert Unsupported(typ, text) in check(NOTE_S, summary)


def test_findings_of_their_own_tests_are_not_flagged():
    assert check(NOTE_S, "CXR showed a right pleural effusion; renal ultrasound revealed left hydronephrosis. "
                         "Examination showed crackles at the right base. Imaging showed a right pleural "
                         "effusion.") == []


# --------------------------------------------------------------------------- invented causes

NOTE_V = ("Clinic note. A 52-year-old man with palpitations for 2 weeks. Taking sertraline 50 mg PO daily. "
          "Exam: abrasion of the left knee. Diagnosis: atrial fibrillation due to hyperthyroidism. "
          "Rash after starting amoxicillin last month.")


@pytest.mark.parametrize("summary,text", [
    ("Palpitations for 2 weeks after taking sertraline 50 mg PO daily.", "after taking sertraline 50 mg"),
    ("Atrial fibrillation due to the abrasion of the left knee.", "due to the abrasion of the left knee"),
])
def test_cause_the_note_does_not_state_is_flagged(summary, text):
    assert Unsupported("diagnosis", text) in check(NOTE_V, summary)


def test_causes_the_note_states_are_not_flagged():
    assert check(NOTE_V, "Atrial fibrillation secondary to hyperthyroidism; a rash after starting amoxicillin; "
                         "palpitations for 2 weeks while taking sertraline.") == []


# --------------------------------------------------------------------------- invented words

NOTE_W = ("Clinic note. A 58-year-old man with hypertension reports fatigue for 3 weeks. Taking amlodipine 5 mg "
          "PO daily. Exam: pallor. Hemoglobin 8.9 g/dL. Colonoscopy arranged.")


@pytest.mark.parametrize("summary,typ,text", [
    ("He has a positive trabelin on exam.", "diagnosis", "trabelin"),
    ("Fatigue from florovane syndrome.", "diagnosis", "florovane"),
    ("Taking amlodipine and quenexolide daily.", "medication", "quenexolide"),
    ("He lives in Denver.", "other", "Denver"),
    ("He has Parkinson's disease.", "diagnosis", "Parkinson's"),
])
def test_word_no_vocabulary_and_no_note_knows_is_flagged(summary, typ, text):
    assert Unsupported(typ, text) in check(NOTE_W, summary)


def test_acronym_the_note_neither_writes_nor_spells_out_is_flagged():
    assert Unsupported("other", "QRB") in check(NOTE_W, "Fatigue for 3 weeks; moderate QRB on exam.")
    # the note's words spelled as initials, a vocabulary abbreviation, a generic clinical acronym
    note = "ED note. Left total knee arthroplasty 2 years ago. Shortness of breath for 2 days."
    assert check(note, "[NAME] had a prior left TKA; SOB for 2 days; seen in the ED, not admitted to the ICU.") == []


def test_english_misspelt_and_note_words_are_not_invented():
    # ordinary English the note does not use, a misspelt English word, a cut-off or misspelt note word,
    # and the name a summary gives the patient
    assert check(NOTE_W, "Mr. Smith, a 58-year-old gentleman, complains of tiredness for 3 weeks; "
                         "his hemoglobin is quite low at 8.9 g/dL, and a colonoscopy is scheduled.") == []
    assert check(NOTE_W, "He reports fatige and hypertens; the examinaton showed pallor.") == []
    assert check(NOTE_W, "Hypertensive man, hemodynamically stable, with fatigue; postop care not needed.") == []


NOTE_MORPH = ("Surgery note. A 47-year-old woman, pregnant for the first time, with right upper quadrant pain after "
          "meals. Ultrasound: gallstones. Underwent cholecystectomy through keyhole incisions without complication. "
          "Foot pulses and sensation intact. Warfarin for a prior clot was held.")


@pytest.mark.parametrize("summary", [
    "Biliary colic in a primigravida with postprandial pain; laparoscopic cholecystectomy done.",
    "Cholecystectomy performed laparoscopically; the foot was neurovascularly intact.",
    "Nonoperative care was not needed; she was anticoagulated before and anticoagulation was held.",
    "Perimalleolar and periumbilical skin normal; cardiothoracic exam normal.",
    "She will need urate-lowering advice later and pneumococcal vaccination.",
])
def test_words_built_as_clinical_words_are_not_invented(summary):
    # combining forms and endings (bili-ary, neur-o-vascul-ar-ly, pneum-o-cocc-al), a prefix on a known
    # or medical word (non-operative, post-prandial, anti-coagulation), an English word after a hyphen
    built = {"biliary", "primigravida", "postprandial", "laparoscopically", "neurovascularly", "nonoperative",
             "anticoagulated", "anticoagulation", "perimalleolar", "periumbilical", "cardiothoracic",
             "urate-lowering", "pneumococcal"}
    flags = check(NOTE_MORPH, summary)
    assert not [u for u in flags if u.text.lower() in built], flags


@pytest.mark.parametrize("summary,text", [
    ("Biliary colic treated with methablocker.", "methablocker"),
    ("Cholecystectomy; a tibroadenbum was seen.", "tibroadenbum"),
    ("She had an anticonceptual reaction.", "anticonceptual"),      # "anti" wants a medical word after it
    ("Gallstones with hyperthyroidism.", "hyperthyroidism"),        # a disease noun is not waved through
    ("Seen by a gastroenterologist.", "gastroenterologist"),        # nor a consultant the note never names
])
def test_invented_words_next_to_clinical_ones_are_still_flagged(summary, text):
    assert text in {u.text for u in check(NOTE_MORPH, summary)}


def test_a_clinical_word_that_moves_a_note_finding_is_still_flagged():
    note = ("Discharge note. 80-year-old man with chronic kidney disease fell and sustained a right femoral neck "
            "fracture. Community-acquired pneumonia; sputum grew Streptococcus pneumoniae. Gallstone pancreatitis; common bile duct stone.")
    # real words, but the note puts the fracture and the kidney disease elsewhere
    assert Unsupported("diagnosis", "intertrochanteric") in check(note, "Right intertrochanteric fracture.")
    assert Unsupported("diagnosis", "polycystic") in check(note, "He has polycystic kidney disease.")
    # a qualifier built on what the note writes (pneum-, bili-) is the note's own finding
    assert check(note, "Pneumococcal pneumonia and biliary pancreatitis.") == []


def test_another_form_of_a_note_term_is_not_a_new_diagnosis():
    note = ("Clinic note. 30-year-old man with fever and myalgias for 2 days. Sickle cell disease; "
            "reticulocytes 11%, hemoglobin 7.2 g/dL.")
    assert check(note, "Fever and myalgia for 2 days; sickle cell disease with reticulocytosis (11%).") == []
    # a diagnosis the note gives no form of is still flagged
    assert Unsupported("diagnosis", "leukocytosis") in check(note, "Fever with leukocytosis.")
    assert Unsupported("diagnosis", "arthralgias") in check(note, "Fever and arthralgias.")


NOTE_ABBR = ("ED note. 66-year-old man with hyperlipidemia on warfarin fell at home. CT head: small left subdural "
             "hematoma. Transfused 2 units packed red blood cells. Continue pantoprazole. Pain and swelling of the "
             "right first metatarsophalangeal joint. Seizure history: generalized tonic-clonic seizures.")


def test_standard_clinical_abbreviations_are_not_invented():
    # shorthand the note writes another way (drug class, joint, blood product, plural "s") and diagnosis
    # abbreviations whose expansion the note writes
    summary = ("66M with HLD on warfarin with a small left SDH after a fall; given 2 PRBCs; PPI continued; "
               "right first MTP swelling; history of GTC seizures.")
    assert check(NOTE_ABBR, summary) == []


@pytest.mark.parametrize("summary,typ,text", [
    ("Left SDH; also CABG in the past.", "procedure", "CABG"),   # a procedure the note never names
    ("Left SDH with known COPD and HTN.", "diagnosis", "HTN"),   # a diagnosis the note never names
    ("Left SDH; TBX noted.", "other", "TBX"),                    # no standard abbreviation
    ("Left SDH; two PDBs given.", "other", "PDBs"),              # nor in the plural
])
def test_abbreviations_the_note_does_not_support_are_still_flagged(summary, typ, text):
    assert Unsupported(typ, text) in check(NOTE_ABBR, summary)


# --------------------------------------------------------------------------- paraphrases of independent notes

NOTE_IND = (
    "ED note. 61-year-old man with hypertension presents with 3 hours of chest pressure. Denies syncope. "
    "No hematemesis. HR 112, BP 150/90, T 37.0 C. Potassium 5.9 mmol/L, sodium 139 mmol/L. Alcohol use: none. "
    "Blood cultures no growth at 48 hours. No CT performed. Right costovertebral angle tenderness. "
    "Urine hCG negative. EGD: gastric ulcer. Ultrasound: gallstones. Sustained a left intertrochanteric femur "
    "fracture. Rapid test positive for influenza A, negative for influenza B. No loss of consciousness. "
    "Assessment: NSTEMI. Given alteplase. Afebrile for 48 hours. Return if symptoms persist beyond 3 days. "
    "No blood in stool. If no improvement in 2 days, start prednisone 40 mg PO daily. "
    "Discharged on N-acetylcysteine 600 mg IV daily and trimethoprim-sulfamethoxazole 800 mg PO twice daily "
    "and hydrochlorothiazide 25 mg PO daily."
)


@pytest.mark.parametrize("summary", [
    "Blood cultures negative at 48 h; no CT done.",                       # a test's negative result
    "Return if not better in 3 days.",                                    # a return precaution
    "No fever for 48 hours.",                                             # afebrile
    "No alcohol use.",                                                    # "Alcohol use: none"
    "No vomiting of blood and no fainting.",                              # symptom synonyms
    "Not pregnant.",                                                      # hCG negative
    "Non-ST-elevation myocardial infarction (MI) treated with thrombolysis.",  # NSTEMI, alteplase
    "Hyperkalemia and tachycardia.",                                      # K 5.9, HR 112
    "Endoscopy showed a gastric ulcer; cholelithiasis on ultrasound.",    # EGD, gallstones
    "Right CVA tenderness.",                                              # costovertebral angle
    "Left hip fracture.",                                                 # intertrochanteric femur
    "Influenza A.",
    "No LOC.",
    "Discharged on IV NAC, Bactrim and a thiazide.",                      # abbreviation, brand, class
])
def test_independent_paraphrases_are_not_flagged(summary):
    assert check(NOTE_IND, summary) == []


@pytest.mark.parametrize("summary,typ,text", [
    ("CT head was unremarkable.", "procedure", "CT head was unremarkable"),   # no CT was performed
    ("If improvement in 2 days, start prednisone.", "negation", "improvement"),   # the condition flipped
    ("Alcohol-induced pancreatitis.", "diagnosis", "Alcohol-induced"),          # a cause the note denies
    ("No rash.", "negation", "No rash"),                                    # still an invented negative
    ("Hyponatremia.", "diagnosis", "Hyponatremia"),                         # sodium 139
    ("Bradycardia.", "diagnosis", "Bradycardia"),                           # HR 112
    ("Cholecystitis.", "diagnosis", "Cholecystitis"),
    ("Left wrist fracture.", "diagnosis", "wrist"),
    ("Influenza B.", "diagnosis", "Influenza B"),                           # negative for B
    ("Brief LOC.", "negation", "LOC"),
    ("Reports bloody stool.", "negation", "bloody"),
    ("Discharged on oral NAC.", "route", "oral"),
])
def test_independent_note_errors_are_still_flagged(summary, typ, text):
    got = check(NOTE_IND, summary)
    assert any(u.type == typ and text.lower() in u.text.lower() for u in got), got


def test_an_abbreviation_with_another_expansion_only_where_the_note_spells_it():
    assert check("Left costovertebral angle tenderness.", "Left CVA tenderness.") == []
    assert [u.type for u in check("Left flank tenderness.", "History of CVA.")] == ["diagnosis"]


def test_negated_compound_is_judged_by_its_head_and_did_not_need_is_no_participle():
    note = "Right eye pain after a wood chip. No patching. Baby in the nursery, not NICU. Reports chest pain."
    assert check(note, "Right eye pain; no eye patch. Baby did not need the NICU.") == []
    assert any(u.type == "negation" for u in check(note, "No chest pain."))


NOTE_IND2 = (
    "Discharge summary. Sickle cell disease with pain crisis; chest x-ray clear, ruling out acute chest syndrome. "
    "MRI right tibia: no osteomyelitis. Paracentesis: no spontaneous bacterial peritonitis. No ICU transfer. "
    "Lipase 2,340 U/L. SpO2 95% on 1 L/min nasal cannula. Acetaminophen 1 g PO every 6 hours as needed "
    "(max 4 g/day). Levetiracetam 1000 mg IV given in the ED. Follow up with neurology in 2 weeks. "
    "Fever of unclear source, workup ongoing. Advised to limit analgesic use. BP 120/70."
)


@pytest.mark.parametrize("summary", [
    "Acute chest syndrome ruled out. MRI excluded osteomyelitis of the right tibia.",
    "Negative for SBP; did not need the ICU.",            # SBP spelt out as peritonitis in the note
    "Lipase ~2300.",                                      # an approximate value rounds the note's
    "On 1 L oxygen; acetaminophen 1 g q6h PRN, no more than 4 g daily.",  # the rate's denominator left out
    "Got 1 g levetiracetam IV; max 4 g of acetaminophen a day.",          # English words before a dose
    "Neurology in 2 weeks.",                              # a specialty seen in N weeks is the follow-up
    "No source found yet; avoid analgesic overuse.",      # status words, advice
])
def test_independent_paraphrases_of_values_roles_and_negations_are_not_flagged(summary):
    assert check(NOTE_IND2, summary) == []


@pytest.mark.parametrize("summary,typ,text", [
    ("Complicated by acute chest syndrome.", "negation", "chest syndrome"),  # the note rules it out
    ("Lipase ~3000.", "lab_value", "3000"),
    ("Lipase 2300.", "lab_value", "2300"),                 # rounding needs "about", "~"
    ("On 1 mL oxygen.", "unit", "1 mL"),
    ("Took zorbitrex 100 mg.", "medication", "zorbitrex"),
    ("Began the induction in 2 weeks.", "temporal", "2 weeks"),  # the note's 2 weeks is the follow-up
])
def test_independent_errors_of_values_roles_and_negations_are_flagged(summary, typ, text):
    got = check(NOTE_IND2, summary)
    assert any(u.type == typ and text.lower() in u.text.lower() for u in got), got
    # where the note does not spell SBP out, it is still the systolic pressure
    assert [u.type for u in check("BP 120/70.", "SBP 80.")] == ["vital_sign"]


# --------------------------------------------------------------------------- CLI

def _cli(*args, timeout=120):
    return subprocess.run([sys.executable, "-m", "medllm", "check", *map(str, args)],
                          cwd=ROOT, capture_output=True, text=True, timeout=timeout)


def test_cli_round_trip(tmp_path):
    rows = _pairs()[:4]
    inp = tmp_path / "in.jsonl"
    cases = []
    for d in rows:
        cases.append({"id": d["id"] + "-chosen", "note": d["prompt"], "summary": d["chosen"], "extra": 1})
        cases.append({"id": d["id"] + "-rejected", "note": d["prompt"], "summary": d["rejected"]})
    inp.write_text("".join(json.dumps(c) + "\n" for c in cases) + "\n", encoding="utf-8")
    out = tmp_path / "sub" / "out.jsonl"
    r = _cli(inp, "-o", out)
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr and r.stdout == ""
    got = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [g["id"] for g in got] == [c["id"] for c in cases]
    for c, g in zip(cases, got):
        assert {k: g[k] for k in c} == c  # the input fields pass through
        assert g["hallucinated"] == bool(g["unsupported"]) == c["id"].endswith("-rejected")
        assert g["unsupported"] == [{"type": u.type, "text": u.text} for u in check(c["note"], c["summary"])]
    assert f"checked {len(cases)} summaries: {len(rows)} hallucinated" in r.stderr
    # without -o: the same JSONL on stdout
    r2 = _cli(inp)
    assert r2.returncode == 0, r2.stderr
    assert r2.stdout == out.read_text(encoding="utf-8")


@pytest.mark.parametrize("bad,what", [
    ('{"id": "x", "note": "a", "summary": "b"', "not valid JSON"),
    ('{"id": "x", "note": "a"}', "missing key 'summary'"),
    ('{"id": "x", "note": "a", "summary": ["b"]}', '"summary" is a list'),
])
def test_cli_malformed_line_is_one_line_error(tmp_path, bad, what):
    inp = tmp_path / "in.jsonl"
    good = json.dumps({"id": "ok", "note": "BP 120/80.", "summary": "BP 120/80."})
    inp.write_text(f"{good}\n{good}\n{bad}\n{good}\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    r = _cli(inp, "-o", out, timeout=60)
    assert r.returncode == 2
    assert "Traceback" not in r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1, r.stderr
    assert lines[0].startswith("medllm: error:") and f"{inp}:3:" in lines[0] and what in lines[0], lines[0]
    assert not out.exists()  # nothing half-written


def test_cli_missing_input_file(tmp_path):
    r = _cli(tmp_path / "nope.jsonl", timeout=60)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1 and "no such file" in r.stderr


@pytest.mark.parametrize("summary", ["She was treated after", "Cellulitis of the left leg, which is treated",
                                     "Metformin was started", "Seen and discharged after"])
def test_a_summary_ending_in_a_role_word_is_checked_not_crashed(summary):
    """A model's summary cut after "treated"/"after" (the study's samples hold one) raised IndexError."""
    assert isinstance(check("Cellulitis of the left leg. Metformin 500 mg PO twice daily. Pain.", summary), list)
