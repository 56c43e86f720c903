from cases_d import C, P, H, D
H("N24", "invented", "22-year-old woman with a delayed diagnosis of acute appendicitis: 18 hours of periumbilical pain migrating to the right lower quadrant, anorexia, one episode of vomiting; T 38.1, WBC 14.8. CT: 11 mm appendix with fat stranding, no perforation. Cefoxitin given; laparoscopic appendectomy planned tonight.",
  ("delayed diagnosis", "diagnosis", "no delay in diagnosis stated in note"))
H("N38", "invented", "48-year-old woman with hypertension for 10 years, above goal (home average 152/94, office 156/96) on amlodipine 5 mg with ankle edema. LVH by ECG voltage; echo ordered. Chlorthalidone 12.5 mg daily added; amlodipine kept at 5 mg; BMP in 2 weeks.",
  ("for 10 years", "temporal", "duration of hypertension not given in note"))
H("N42", "invented", "68-year-old woman who lives with her husband, with 2 days of burning pain and vesicular rash over the left T6 dermatome, no eye involvement. Valacyclovir 1 g three times daily for 7 days, gabapentin 100 mg at bedtime, zoster vaccine after recovery.",
  ("lives with her husband", "other", "living situation never mentioned"))
H("N06", "invented", "39-year-old woman with Hashimoto hypothyroidism (anti-TPO antibodies 450 IU/mL); TSH 9.8, free T4 0.7 on levothyroxine 75 mcg daily taken with breakfast. Not pregnant. Dose increased to 88 mcg daily, to be taken on an empty stomach; TSH in 6 weeks.",
  ("anti-TPO antibodies 450 IU/mL", "lab_value", "no antibody result in note"))
H("N28", "invented", "35-year-old woman with migraine without aura, 2 days of left-sided throbbing headache with photophobia and nausea. BP 128/80, HR 78, SpO2 98%, afebrile; normal neuro exam. Metoclopramide and ketorolac IV with fluids; pain 8/10 to 2/10. Sumatriptan 50 mg at onset for home.",
  ("SpO2 98%", "vital_sign", "no oxygen saturation in note"))
H("N15", "invented", "37-year-old man with 5 hours of severe left flank pain radiating to the groin, with nausea and dysuria; afebrile. CT: 5 mm obstructing left UVJ stone with mild hydronephrosis. IV ketorolac and ondansetron; discharged on tamsulosin 0.4 mg daily and ibuprofen PRN; urology in 1 week.",
  ("dysuria", "diagnosis", "invented symptom: dysuria never mentioned"))
