"""Hand-written probe-training notes, part l: medication reconciliation, anticoagulation clinic, transplant clinic,
infectious diseases consults, antimicrobial stewardship. UK/AU/NZ/Canadian name pools and formats. Every note
written by hand."""

NOTES = [
    dict(style="med_rec_admission", note="""
PHARMACY MEDICINES RECONCILIATION - ADMISSION
Ward 6 (Acute Medicine)   Pt: [[NAME:Idris GRIFFITHS]]   Hosp no [[MRN:G7102284]]   DOB [[DATE:14/02/1942]]
Sources: GP Summary Care Record, patient's own drugs (POD bag), daughter [[NAME:Nerys]] by phone [[PHONE:07812 554 309]], community pharmacy (Boots, [[ADDRESS:Llandudno]]) - spoke with [[NAME:Aled]].

Regular medicines confirmed:
- {{drug:Apixaban}} {{dose:5 mg}} BD (AF) - last dose yesterday 20:00 per [[NAME:Nerys]]
- {{drug:Bisoprolol}} {{dose:2.5 mg}} OD
- {{drug:Ramipril}} {{dose:5 mg}} OD - WITHHELD, {{lab:eGFR 28}}, {{lab:K 5.9}}
- {{drug:Furosemide}} {{dose:40 mg}} mane
- {{drug:Alendronic acid}} {{dose:70 mg}} weekly (Sundays)
- {{drug:Adcal-D3}} 1 tab BD
Discrepancies:
1. SCR lists {{drug:amitriptyline}} {{dose:10 mg}} nocte - stopped by Dr [[NAME:Pryce-Jones]] in January per daughter; not in POD bag. Not prescribed.
2. {{drug:Apixaban}} dose: age {{age:82}}, wt 57 kg, {{lab:Cr 168}} - meets 3 of 3 reduction criteria, reduce to {{dose:2.5 mg}} BD. Discussed with FY1 [[NAME:Hannah Lloyd]], changed on EPMA.
Allergies: {{drug:penicillin}} (rash, 1970s) - confirmed with [[NAME:Nerys]].

[[NAME:Ceri Price]], Clinical Pharmacist, bleep [[PHONE:4471]]   [[DATE:18/02/2024]]
""", summary="""
Admission medicines reconciliation for [[NAME:Idris Griffiths]], {{age:82}}: {{drug:ramipril}} withheld for hyperkalaemia, {{drug:amitriptyline}} not restarted, and {{drug:apixaban}} reduced to {{dose:2.5 mg}} BD with FY1 [[NAME:Lloyd]]. Completed by [[NAME:Price]] using daughter [[NAME:Nerys]] and the pharmacy as sources.
"""),

    dict(style="anticoag_clinic_warfarin", note="""
ANTICOAGULATION CLINIC - {{drug:WARFARIN}} (pharmacist-led)
[[NAME:Bill Treloar]]   DOB [[DATE:02/11/1950]]   UR [[MRN:6620193]]   Ph [[PHONE:(08) 8277 4190]]
Indication: Mechanical MVR (On-X, 2016). Target INR 2.5-3.5. Brand: {{drug:Marevan}} only.

INR history:
[[DATE:03/03]]  {{lab:INR 2.9}}  {{dose:5 mg}} daily
[[DATE:17/03]]  {{lab:INR 2.1}}  missed 2 doses (away at grandson's footy carnival in [[ADDRESS:Mount Gambier]])
[[DATE:24/03]]  {{lab:INR 1.8}}  {{drug:Clexane}} {{dose:80 mg}} bd bridging commenced, wife taught to inject
[[DATE:31/03/2025]]  {{lab:INR 3.0}}  cease {{drug:Clexane}}

Today: spoke w [[NAME:maureen]] as [[NAME:bill]] at bowls. No bleeding or bruising, no new meds apart from {{drug:Panadol Osteo}} regular - OK. Diet stable, she says he's "off the spinach".
Plan: {{dose:5 mg}} daily except {{dose:7.5 mg}} Mon/Thu. Recheck INR [[DATE:14/04/2025]] at Clinpath, [[ADDRESS:Marion]] collection centre.
[[NAME:T. Vo]], Pharmacist
""", summary="""
[[NAME:Bill Treloar]] (mechanical mitral valve) was bridged with {{drug:Clexane}} after a subtherapeutic {{lab:INR 1.8}} and is back in range at {{lab:INR 3.0}} on [[DATE:31/03/2025]]. [[NAME:Vo]] set the new weekly dose and recheck on [[DATE:14/04/2025]].
"""),

    dict(style="renal_transplant_clinic", note="""
RENAL TRANSPLANT CLINIC
[[NAME:Ropata, Wiremu T.]]   NHI [[MRN:HBN2207]]   DOB [[DATE:26/08/1974]]
Live donor kidney [[DATE:12/05/2023]] - donor sister [[NAME:Anahera Ropata-Kemp]].
Attended with wife [[NAME:Moana]]; kaumātua [[NAME:Matiu]] present at whānau request.

Immunosuppression: {{drug:tacrolimus}} ({{drug:Advagraf}}) {{dose:6 mg}} mane, {{drug:mycophenolate}} {{dose:500 mg}} bd, {{drug:prednisone}} {{dose:5 mg}} mane.
Bloods: {{lab:Creatinine 142}} (baseline 120-130), {{lab:tacrolimus trough 11.8}} (target 5-8), {{lab:Hb 118}}, {{lab:WCC 3.1}}. BK PCR 2.4 x10^3 copies/mL (rising from 600).
Interaction: {{drug:diltiazem}} started 3 weeks ago by cardiology (Dr [[NAME:Connor Tipene]]) for rate control - explains high trough.
BP {{vital:142/88}}. Graft non-tender. No oedema.

Plan:
- Reduce {{drug:Advagraf}} to {{dose:4 mg}}, repeat trough Friday.
- Halve {{drug:MMF}} to {{dose:250 mg}} bd given BK viraemia; repeat BK PCR 2 weeks.
- Letter to [[NAME:Tipene]] re alternative rate control.
Reviewed with Dr [[NAME:Aperahama]], consultant nephrologist.
[[NAME:K. Whatuira]], Transplant CNS
""", summary="""
[[NAME:Wiremu Ropata]], 2 years after a live donor kidney from his sister [[NAME:Anahera]], has a high {{drug:tacrolimus}} trough from {{drug:diltiazem}}, rising creatinine and BK viraemia. {{drug:Advagraf}} and {{drug:mycophenolate}} were reduced with [[NAME:Aperahama]]'s review.
"""),

    dict(style="id_consult_sab", note="""
INFECTIOUS DISEASES CONSULTATION
Patient: [[NAME:GAUTHIER, Réjean]]   MRN [[MRN:Q0041127]]   RAMQ [[MRN:GAUR 5503 0814]]
Requesting: Dr. [[NAME:Isabelle Fortin]] (Internal Medicine)   Date: [[DATE:2025-03-11]]
Reason: MSSA bacteremia.

HPI: {{age:69}} M, T2DM on HD via R IJ tunnelled catheter, admitted with rigors during dialysis. BCx 4/4 bottles MSSA ([[DATE:2025-03-09]]). Catheter removed [[DATE:2025-03-10]] by IR (Dr. [[NAME:Pham]]); tip culture pending. Repeat BCx [[DATE:03-10]] x2 pending. No prosthetic material. History from patient and son [[NAME:Mathieu]]; daughter-in-law [[NAME:Josée]] works at the dialysis unit.
Exam: {{vital:T 38.2}}, {{vital:HR 102}}, {{vital:BP 118/64}}. No murmur. No {{eponym:Janeway}} lesions or {{eponym:Osler}} nodes. Percussion tenderness L3-L4.

Recommendations:
1. {{drug:Cefazolin}} {{dose:2 g}} IV post-HD three times weekly (stop {{drug:vancomycin}}).
2. TTE; TEE if negative and bacteremia persists beyond 72 h.
3. MRI L-spine given tenderness.
4. Repeat BCx q24-48h until clear; duration counted from first negative culture.
Discussed with [[NAME:Fortin]]. We will follow.
[[NAME:Amélie Desrosiers-Kane]], MD, Infectious Diseases | pager [[PHONE:6612]]
""", summary="""
ID consult on [[DATE:2025-03-11]] for [[NAME:Réjean Gauthier]], {{age:69}}, with MSSA bacteremia from a dialysis catheter: switch to {{drug:cefazolin}}, echo and spine MRI. [[NAME:Desrosiers-Kane]] discussed with [[NAME:Fortin]].
"""),

    dict(style="ams_review", note="""
ANTIMICROBIAL STEWARDSHIP REVIEW - prospective audit and feedback
Current therapy: {{drug:Piperacillin-tazobactam}} {{dose:4.5 g}} IV q6h, day 4; {{drug:Vancomycin}} ({{lab:trough 22.4}}) day 4.
Indication documented: Hospital-acquired pneumonia.
Micro: Sputum - {{eponym:Klebsiella}} pneumoniae, ceftriaxone-S, no ESBL. MRSA nasal PCR negative. Blood cultures no growth at 72 h.
Clinical: Afebrile 48 h, {{lab:CRP 212}} -> {{lab:CRP 64}}, {{lab:WBC 9.8}}. Tolerating diet. On room air.

Recommendations (discussed with covering team, accepted):
- Stop {{drug:vancomycin}}: negative MRSA PCR has high NPV for MRSA pneumonia. Note supratherapeutic trough - recheck creatinine.
- De-escalate to {{drug:ceftriaxone}} {{dose:2 g}} IV daily, then oral {{drug:Augmentin}} when able; total 7 days.
Intervention category: de-escalation; discontinuation. Time spent 15 min.
""", summary="""
Stewardship review of a pneumonia with pan-sensitive {{eponym:Klebsiella}}: {{drug:vancomycin}} stopped after a negative MRSA PCR and {{drug:piperacillin-tazobactam}} de-escalated to {{drug:ceftriaxone}} for 7 days total.
"""),

    dict(style="med_rec_discharge", note="""
DISCHARGE MEDICATION RECONCILIATION
Patient: [[NAME:Will Hargreaves]]   MRN [[MRN:88102457]]   Discharge date: [[DATE:03/28/2025]]
Admitted with new atrial fibrillation with RVR.

CONTINUE: {{drug:atorvastatin}} {{dose:40 mg}} nightly; {{drug:Synthroid}} {{dose:88 mcg}} daily.
CHANGED: {{drug:metoprolol succinate}} {{dose:25 mg}} -> {{dose:100 mg}} daily.
NEW: {{drug:Eliquis}} ({{drug:apixaban}}) {{dose:5 mg}} BID - first fill at Walgreens #06113, copay card applied.
HOLD: {{drug:lisinopril}} until BMP on [[DATE:4/2]] ({{lab:Cr 1.6}} at discharge) - will be reviewed by PCP Dr. [[NAME:Jessica Brown]].
STOP: {{drug:aspirin}} {{dose:81 mg}} (now anticoagulated, no stent).

Counseling completed with [[NAME:Will]] and his partner, [[NAME:Jordan]]; teach-back done. [[NAME:Jordan]] will manage the weekly pillbox. Brown paper bag of home meds returned to patient.
Follow-up: Anticoag clinic will call [[DATE:4/4]] ([[NAME:Terri]], x[[PHONE:4418]]).
Prepared by: [[NAME:Ashley Crane]], PharmD   Reviewed: Dr. [[NAME:King]] (hospitalist)
""", summary="""
At discharge on [[DATE:03/28/2025]], [[NAME:Will Hargreaves]] started {{drug:Eliquis}} for new AF, stopped {{drug:aspirin}}, increased {{drug:metoprolol}} and held {{drug:lisinopril}} pending labs with Dr. [[NAME:Brown]]. [[NAME:Crane]] counseled him and [[NAME:Jordan]].
"""),

    dict(style="doac_review_telephone", note="""
DOAC MONITORING REVIEW - Anticoagulation Service (telephone)
Mrs [[NAME:Glenys Parry]]   NHS [[MRN:487 331 0926]]   DOB [[DATE:09/07/1946]]   Tel [[PHONE:01492 587 223]]
Indication: Non-valvular AF. {{score:CHA2DS2-VASc 5}}, {{score:HAS-BLED 3}}.
Current: {{drug:Edoxaban}} ({{drug:Lixiana}}) {{dose:60 mg}} OD.

Bloods [[DATE:21/01/2025]]: {{lab:Cr 134}}, weight 61 kg, CrCl ({{eponym:Cockcroft-Gault}}) 38 mL/min -> dose reduce to {{dose:30 mg}} OD (CrCl 15-50). {{lab:Hb 121}}, {{lab:Plt 210}}.
Bleeding: nil. Falls: one in January, no head injury.
Interactions: {{drug:clarithromycin}} started by OOH GP yesterday - discussed, switched to {{drug:doxycycline}} via surgery.
Spoke with pt and her husband [[NAME:Gwilym]], who fills the dosette.

Plan: new prescription {{dose:30 mg}} OD from tomorrow; next review 6 months with U&E.
Letter to GP, Dr [[NAME:Rhys Mathias]], Tŷ Newydd Surgery.
[[NAME:AE]] / [[NAME:Angharad Ellis]], Anticoagulation Nurse Specialist
""", summary="""
Telephone DOAC review for [[NAME:Glenys Parry]] on [[DATE:21/01/2025]]: CrCl 38 so {{drug:edoxaban}} reduced to {{dose:30 mg}} daily, and {{drug:clarithromycin}} swapped for {{drug:doxycycline}}. [[NAME:Ellis]] wrote to GP [[NAME:Mathias]].
"""),

    dict(style="liver_transplant_telehealth", note="""
LIVER TRANSPLANT OUTPATIENT REVIEW - Telehealth
Patient: [[NAME:Clarence WURRAMARRBA]]   UR [[MRN:7712904]]   DOB [[DATE:18/04/1968]]   Medicare [[MRN:5106 33892 4]]
Community: [[ADDRESS:Angurugu, Groote Eylandt]]. Linked via clinic phone [[PHONE:(08) 8987 6132]].
Present: AHW [[NAME:Elaine Mamarika]]; Anindilyakwa interpreter (badge [[MRN:T-2281]]); wife [[NAME:Rhonda]].

OLT [[DATE:02/09/2022]] for HCV cirrhosis with HCC (within Milan criteria). HCV cured ({{drug:Epclusa}} pre-transplant).
Meds: {{drug:tacrolimus}} {{dose:2 mg}} bd, {{drug:everolimus}} {{dose:0.75 mg}} bd (renal sparing), {{drug:cotrimoxazole}} stopped at 12 months.
Labs (collected at the clinic [[DATE:Mon 10/3/2025]]): {{lab:tac level 4.1}} (target 4-6 with {{drug:everolimus}}), {{lab:ALT 22}}, {{lab:bilirubin 11}}, {{lab:eGFR 58}}, {{lab:HbA1c 7.9}}.
Issues: running out of tablets before the barge / mail plane - missed 4 days of {{drug:everolimus}} in Feb. [[NAME:Rhonda]] keeps the Webster-pak; [[NAME:Elaine]] to check weekly.

Plan: 3-month supply sent via Royal Flying Doctor clinic; diabetes review with Dr [[NAME:Jessie Tapsell]] (remote GP); AFP and liver US with next fly-in clinic.
Dr [[NAME:Marcus Edgeworth]], Hepatology
""", summary="""
Telehealth review for [[NAME:Clarence Wurramarrba]], 2.5 years after liver transplant for HCV/HCC, found good graft function but missed {{drug:everolimus}} doses from supply gaps. [[NAME:Edgeworth]] arranged a 3-month supply and weekly checks by [[NAME:Elaine Mamarika]].
"""),

    dict(style="id_consult_travel", note="""
INFECTIOUS DISEASES / TROPICAL MEDICINE CONSULT
re: Mr [[NAME:Callum Bright-Walsh]], {{age:34}}, Hosp [[MRN:L5521907]], AMU bed 9   [[DATE:Sun 17/11/2024]]
Referred by Dr [[NAME:Oliver Penhaligon]] (AMU SpR), bleep [[PHONE:3306]]

Returned [[DATE:9th November]] from 3 weeks in [[ADDRESS:Kisumu]] and [[ADDRESS:Kakamega]], visiting partner [[NAME:Grace]]'s family. No malaria prophylaxis ("forgot after the first week"). Fever, rigors and headache for 3 days.
Obs: {{vital:T 39.6}}, {{vital:HR 118}}, {{vital:BP 104/62}}, {{vital:RR 22}}, alert, {{score:GCS 15}}.
Film: Plasmodium falciparum, parasitaemia 3.2%. {{lab:Plt 41}}, {{lab:bilirubin 38}}, {{lab:Cr 96}}, {{lab:lactate 2.1}}, {{lab:glucose 5.2}}.
Assessment: Parasitaemia > 2% in a non-immune traveller - treat as severe malaria per UK guidelines.

Plan:
- IV {{drug:artesunate}} {{dose:2.4 mg/kg}} at 0, 12 and 24 h then daily; step down to {{drug:Riamet}} (artemether-lumefantrine) once parasitaemia < 1% and tolerating oral.
- Daily film. Hb on days 7, 14 and 28 (post-artesunate delayed haemolysis).
- HDU review requested.
- [[NAME:Grace]] travelled with him and is well; advised to attend urgently with any fever in the next 3 months.
- Notifiable: UKHSA informed.
Dr [[NAME:Fiona McCrae]], ID Consultant
""", summary="""
[[NAME:Callum Bright-Walsh]], {{age:34}}, returned from [[ADDRESS:Kisumu]] without prophylaxis and has falciparum malaria at 3.2% parasitaemia. [[NAME:McCrae]] started IV {{drug:artesunate}} and advised his partner [[NAME:Grace]] on fever precautions.
"""),

    dict(style="ams_ward_round", note="""
AMS ward round - 4B surgical - [[DATE:Tue 11/2]]
present: [[NAME:JK]] (ID consultant), [[NAME:lachie]] (AMS pharm), [[NAME:mel t]] (NUM)

- bed 3 [[NAME:HOLLOWAY]]: {{drug:ceftriaxone}} + {{drug:metronidazole}} D9 for cholangitis, source controlled (ERCP [[DATE:4/2]]), afebrile 72h, bili normalising -> STOP today. d/w reg [[NAME:Tarni]], agreed.
- bed 7 [[NAME:Ormsby, Keith]]: {{drug:flucloxacillin}} {{dose:2 g}} q6h D5 for LL cellulitis, margins receding -> oral {{drug:Keflex}} {{dose:1 g}} tds to complete 7 d total.
- bed 11 [[NAME:BROWN S]]: {{drug:meropenem}} D3, urine ESBL {{eponym:E. coli}}, now afebrile, {{lab:eGFR 60}}. {{drug:nitrofurantoin}} not for pyelo -> suggest {{drug:ertapenem}} daily via HITH, d/w [[NAME:dr young]] (uro).
- bed 14 [[NAME:Young, Gloria]]: {{drug:cefazolin}} surgical prophylaxis still charted day 3 post-op (!) - stop, prophylaxis should be <= 24 h. RN [[NAME:Kalinda]] to remove from chart.
- bed 19: no abx, nil to review.

Uptake: 4/4 accepted. Next round Fri. [[NAME:lachie]] to page surg reg re bed 11 HITH referral.
""", summary="""
AMS round on [[DATE:Tue 11/2]] stopped antibiotics for [[NAME:Holloway]] and [[NAME:Gloria Young]], switched [[NAME:Keith Ormsby]] to oral {{drug:Keflex}}, and proposed {{drug:ertapenem}} via HITH for [[NAME:S. Brown]]. All four recommendations were accepted.
"""),

    dict(style="periop_anticoag_plan", note="""
PERIOPERATIVE ANTICOAGULATION PLAN - Thrombosis Clinic
Patient: [[NAME:Denise Larocque]]   MRN [[MRN:T88213904]]   OHIP [[MRN:6650 112 487 JD]]   DOB [[DATE:1961-12-03]]
Procedure: L TKA with Dr. [[NAME:Pierre-Luc Caron]] on [[DATE:Monday, April 14, 2025]].
Indication for {{drug:warfarin}}: recurrent unprovoked VTE (2014, 2019) and triple-positive antiphospholipid antibodies; target INR 2-3. High thrombotic risk - bridging indicated. {{lab:CrCl 84}} mL/min, wt 78 kg.

Schedule:
[[DATE:Apr 8]]   last {{drug:warfarin}} dose
[[DATE:Apr 10]]  start {{drug:Fragmin}} (dalteparin) {{dose:15,000 units}} SC daily, mornings
[[DATE:Apr 13]]  half dose {{dose:7,500 units}} AM (24 h before surgery); INR at pre-op clinic - if > 1.5, {{drug:vitamin K}} {{dose:1 mg}} PO
[[DATE:Apr 14]]  surgery; resume {{drug:warfarin}} usual dose that evening if hemostasis OK per [[NAME:Caron]]
[[DATE:Apr 15]]  {{drug:Fragmin}} {{dose:5,000 units}} daily; full dose from [[DATE:Apr 16]] if drain output acceptable
Stop {{drug:Fragmin}} once INR >= 2 on two consecutive days.

Written calendar given. Husband [[NAME:Gilles]] will do the injections. Questions: call [[NAME:Hope]] (RN) at [[PHONE:613-737-8899 ext 70412]]. We hope to see her back in clinic 6 weeks post-op.
Dr. [[NAME:Madeleine St-Onge]], Hematology
""", summary="""
[[NAME:Denise Larocque]] (recurrent VTE, antiphospholipid syndrome) will stop {{drug:warfarin}} on [[DATE:Apr 8]] and bridge with {{drug:Fragmin}} around her knee replacement on [[DATE:Monday, April 14, 2025]]. Plan by [[NAME:St-Onge]]; nurse [[NAME:Hope]] is the contact.
"""),

    dict(style="med_history_preadmission", note="""
Medication history - Pre-admission Clinic (elective laparoscopic cholecystectomy)
Source: patient and printed list from community pharmacy.
- {{drug:Ozempic}} {{dose:1 mg}} weekly (Saturdays) - HOLD 1 week pre-op (aspiration risk)
- {{drug:Jardiance}} {{dose:25 mg}} daily - HOLD 3 days pre-op (euglycaemic DKA risk)
- {{drug:Metformin XR}} {{dose:1 g}} bd - omit morning of surgery
- {{drug:Tegretol CR}} {{dose:400 mg}} bd - CONTINUE, must not miss doses
- {{drug:Lyrica}} {{dose:75 mg}} bd - continue
- {{drug:Endone}} {{dose:5 mg}} prn - using 1-2 per week
- {{drug:Fish oil}}, turmeric capsules - stop 1 week pre-op
Allergies: {{drug:Codeine}} - vomiting (intolerance). Sulfonamide antibiotics - hives.
{{lab:HbA1c 7.2%}}. Weight 104 kg, BMI 37. {{vital:BP 134/82}}.
Plan communicated to the Anaesthetic Pre-admission nurse; written instructions given to patient. Endocrine input not required.
""", summary="""
Pre-admission medication history: {{drug:Ozempic}} held 1 week and {{drug:Jardiance}} 3 days before cholecystectomy, {{drug:metformin}} omitted on the day, and {{drug:Tegretol CR}} continued.
"""),

    dict(style="heart_transplant_clinic", note="""
CARDIAC TRANSPLANT FOLLOW-UP CLINIC
[[NAME:MORGAN, Dylan Rhys]]   Hosp [[MRN:H2210385]]   NHS [[MRN:725 604 1183]]   Clinic date [[DATE:13/05/2025]]
Orthotopic heart transplant [[DATE:27/11/2024]] (DCD donor) for dilated cardiomyopathy. Month 6 review.
Seen with transplant coordinator [[NAME:Mercy Hollis]] and mum [[NAME:Eirlys]].

EMB [[DATE:06/05/2025]]: {{score:ISHLT grade 0R}}, pAMR 0. DSA negative.
Meds: {{drug:tacrolimus}} ({{drug:Adoport}}) {{dose:3.5 mg}} bd - {{lab:level 9.2}} (target 8-10); {{drug:mycophenolate}} {{dose:1 g}} bd; {{drug:prednisolone}} {{dose:5 mg}} (wean to 2.5 mg); {{drug:valganciclovir}} {{dose:450 mg}} OD (CMV D+/R-, stops [[DATE:27/05/2025]]); {{drug:co-trimoxazole}} {{dose:480 mg}} OD; {{drug:pravastatin}} {{dose:20 mg}}.
Echo: {{lab:LVEF 62%}}, no effusion. {{vital:BP 148/92}}. Fine tremor.

Plan:
- Start {{drug:amlodipine}} {{dose:5 mg}}.
- Stop {{drug:valganciclovir}} as scheduled, then CMV PCR fortnightly for 3 months.
- Next EMB in 3 months. Inactivated vaccines fine; no live vaccines.
- Cardiac rehab continuing; may return to desk work from June.
Dr [[NAME:Bethan Ashford-Rowe]], Transplant Cardiologist
cc: GP Dr [[NAME:Huw Lewis]], [[ADDRESS:Pontypridd]]
""", summary="""
Six months after heart transplant, [[NAME:Dylan Morgan]] has no rejection on biopsy ([[DATE:06/05/2025]]) and a therapeutic {{drug:tacrolimus}} level; {{drug:amlodipine}} started and {{drug:valganciclovir}} to stop on [[DATE:27/05/2025]]. Reviewed by [[NAME:Ashford-Rowe]] with coordinator [[NAME:Mercy Hollis]].
"""),

    dict(style="opat_id_review", note="""
ID / OPAT REVIEW
[[NAME:Tama Rangihuna]]   NHI [[MRN:DKE4412]]   DOB [[DATE:07/03/1981]]   Mob [[PHONE:022 418 7736]]
Address: [[ADDRESS:16 Kowhai Street, Ōpōtiki 3122]]
Dx: L4/5 discitis and vertebral osteomyelitis with small epidural phlegmon, MSSA (BCx [[DATE:20/01/2025]]); likely source infected hand wound from pig hunting.
OPAT: {{drug:flucloxacillin}} {{dose:8 g}}/24 h by elastomeric pump via L arm PICC (inserted [[DATE:24/01/2025]]).
District nurses [[NAME:Marama]] and [[NAME:Sione]] change the pump daily. [[NAME:Marama]] rang [[DATE:Wed 5/2]] - pump not emptying; line flushed, fine since.

Progress: back pain much better, walking to the letterbox. {{lab:CRP 188}} -> {{lab:CRP 32}}, {{lab:ESR 64}}. {{lab:ALT 41}}, {{lab:Cr 78}}. No neuro deficit.
Plan: Switch to oral {{drug:clindamycin}} {{dose:450 mg}} tds (isolate clinda-S, D-test neg) to complete 8 weeks total (OVIVA). PICC out at next visit. MRI at 8 weeks only if not improving. Review in clinic with his wife [[NAME:Ataahua]].
Dr [[NAME:Eru Potaka]], ID physician / OPAT CNS [[NAME:Jo-Anne Fairbrother]]
""", summary="""
[[NAME:Tama Rangihuna]] with MSSA vertebral osteomyelitis is improving on home IV {{drug:flucloxacillin}} (CRP 188 to 32). [[NAME:Potaka]] is switching him to oral {{drug:clindamycin}} to finish 8 weeks.
"""),

    dict(style="inr_phone_log", note="""
INR phone log   [[NAME:PŌTAE, Kahurangi]]   NHI [[MRN:ACW1189]]   target 2-3 (AF + previous stroke)   {{drug:warfarin}} 1 mg/3 mg tabs
[[DATE:02/04]] 1415 {{lab:INR 4.6}} (POC, [[ADDRESS:Tokoroa]] clinic). rang pt x2 no answer, lvm. rang daughter [[NAME:huhana]] [[PHONE:021 663 0487]] - says mum had "a bad cold", on {{drug:amoxicillin}} from after-hours since Sat. advised omit tonight then {{dose:3 mg}} daily. no bleeding reported. [[NAME:SR]]
[[DATE:03/04]] 0930 pt rang back, confirms plan, gums bled once brushing. advised soft brush, ring if more. [[NAME:SR]]
[[DATE:09/04]] {{lab:INR 2.7}}. back to usual {{dose:4 mg}} Mon/Wed/Fri, {{dose:3 mg}} other days. [[NAME:jt]]
[[DATE:23/04]] {{lab:INR 2.4}}. no changes. next 4/52. [[NAME:kahurangi]] asked about flu vaccine - fine to have. [[NAME:jt]]
""", summary="""
[[NAME:Kahurangi Pōtae]]'s INR rose to 4.6 on [[DATE:02/04]] while on {{drug:amoxicillin}}; a dose was omitted after speaking with daughter [[NAME:Huhana]], and INR was back in range by [[DATE:09/04]].
"""),

    dict(style="restricted_antimicrobial_approval", note="""
RESTRICTED ANTIMICROBIAL APPROVAL - {{drug:Meropenem}}
Date [[DATE:14/08/2024]] 16:05   Requested by Dr [[NAME:Toby Lancaster]] (SpR General Surgery), bleep [[PHONE:2291]]
Patient: [[NAME:Shirley Prosser]], Ward 12, hosp no [[MRN:K0389251]]
Indication: Post-op (anterior resection [[DATE:09/08/2024]]) pelvic collection, drained by IR today; septic, {{lab:lactate 3.4}}. Previous ESBL {{eponym:E. coli}} in urine (June 2024). Currently {{drug:Tazocin}} day 3.
Discussion: Appropriate given prior ESBL and septic physiology. Antifungal not indicated at present; reassess if anastomotic leak confirmed.
Approved: {{drug:meropenem}} {{dose:1 g}} IV q8h for 72 h, then review against pus culture. Stop {{drug:Tazocin}}.
Approval ref [[MRN:AMS-24-3317]]
Approved by: Dr [[NAME:Ellis Case]], Consultant Microbiologist. This case to be revisited on the Friday AMS round.
""", summary="""
{{drug:Meropenem}} was approved on [[DATE:14/08/2024]] for [[NAME:Shirley Prosser]]'s septic pelvic collection after anterior resection, given prior ESBL {{eponym:E. coli}}. Approved by [[NAME:Case]] for 72 h pending cultures, requested by [[NAME:Lancaster]].
"""),

    dict(style="care_home_med_review", note="""
CARE HOME STRUCTURED MEDICATION REVIEW - Alder House
Resident: Mrs [[NAME:Edna Mabel Cartwright]]   Age [[AGE:96]]   NHS [[MRN:433 790 2158]]   Room 14
Present: senior carer [[NAME:Kayleigh]]; daughter [[NAME:Pauline Hewitt]] (LPA health & welfare) on speaker.

- MAR shows {{drug:zopiclone}} {{dose:3.75 mg}} nocte since hospital discharge [[DATE:02/12/2024]] - not on GP record. Two falls since, one at night per night carer [[NAME:Grace]]. Taper over 2 weeks then STOP.
- {{drug:Oramorph}} prn not used for 3 months - remove from MAR.
- {{drug:Donepezil}} {{dose:10 mg}} - {{vital:HR 48}} on obs, recurrent dizziness. Reduce to {{dose:5 mg}}, recheck pulse in 2/52.
- {{drug:Oxybutynin}} {{dose:5 mg}} bd - STOP ({{score:ACB 3}}, counteracts {{drug:donepezil}}).
- {{drug:Senna}} + {{drug:Laxido}} - bowels opening daily, continue.
{{score:Clinical Frailty Scale 7}}. Weight stable.

Agreed with [[NAME:Pauline]]. Changes actioned on MAR by [[NAME:Kayleigh]]. GP Dr [[NAME:Simon Bishop]] to sign off.
[[NAME:Jo Pennington]], Practice Pharmacist, PCN
""", summary="""
Medication review for [[NAME:Edna Cartwright]], [[AGE:96]], in her care home: {{drug:zopiclone}} tapered after falls, {{drug:donepezil}} reduced for bradycardia, {{drug:oxybutynin}} stopped. Agreed with daughter [[NAME:Pauline Hewitt]]; GP [[NAME:Bishop]] to sign off.
"""),

    dict(style="id_clinic_new_hiv", note="""
ID CLINIC - NEW HIV DIAGNOSIS
[[NAME:Étienne Roy-Tremblay]]   MRN [[MRN:M77203148]]   DOB [[DATE:1993-09-14]]   Cell [[PHONE:514-821-3307]]   Email [[EMAIL:etienne.rt93@videotron.ca]]
Date: [[DATE:January 22, 2025]]   Referred by: Dr. [[NAME:Kevin MacIsaac]]
Dx: HIV-1 positive on screen at PrEP initiation [[DATE:Jan 9]]; last negative test June 2023.
{{lab:CD4 180}} (14%), {{lab:VL 412,000 copies/mL}}. HLA-B*5701 negative. HBsAg neg, anti-HBs neg. HCV neg. {{lab:RPR 1:16}} (new). Toxo IgG neg. CrAg neg.

Plan:
- {{drug:Biktarvy}} 1 tab daily, started today (rapid start).
- PJP prophylaxis: {{drug:Bactrim DS}} 1 tab daily until CD4 > 200 for 3 months.
- {{drug:Bicillin L-A}} {{dose:2.4 million units}} IM x1 today for early latent syphilis.
- Hepatitis B vaccine series.
- Partner notification: current partner [[NAME:Maxime]] aware and tested yesterday; public health nurse [[NAME:Marie-Claude Poirier]] assisting with 2 other contacts.
- Low mood; sister [[NAME:Julie]] supportive. Referral to peer navigator ([[NAME:Ty Fontaine]]).
[[NAME:N. Bergeron]], MD FRCPC
""", summary="""
[[NAME:Étienne Roy-Tremblay]] was seen on [[DATE:January 22, 2025]] with new HIV ({{lab:CD4 180}}) and early latent syphilis; {{drug:Biktarvy}}, {{drug:Bactrim DS}} and benzathine {{drug:penicillin}} started. [[NAME:Bergeron]] arranged partner notification via [[NAME:Poirier]].
"""),

    dict(style="living_donor_assessment", note="""
LIVING DONOR KIDNEY TRANSPLANT - JOINT PRE-ASSESSMENT CLINIC   [[DATE:3rd October 2024]]
Recipient: [[NAME:Alun Prydderch]]   Hosp [[MRN:U4410285]]   DOB [[DATE:30/11/1972]]
Potential donor: wife, [[NAME:Bethan Prydderch]] ({{age:49}}), Hosp [[MRN:U4418877]]

Recipient: ESKD secondary to IgA nephropathy, pre-dialysis, {{lab:eGFR 11}}. On {{drug:alfacalcidol}}, {{drug:sodium bicarbonate}}, {{drug:Aranesp}} {{dose:40 micrograms}} fortnightly.
Blood groups: recipient O+, donor A+ -> ABO incompatible. Anti-A titre 1:64.
HLA: 2-2-1 mismatch. CDC and flow crossmatch negative (Dr [[NAME:Heledd Cross]], H&I lab).
Options: ABOi transplant with {{drug:rituximab}} and plasma exchange vs UK Living Kidney Sharing Scheme (paired exchange). [[NAME:Alun]] and [[NAME:Bethan]] prefer the sharing scheme first.
Donor work-up: {{vital:BP 124/78}} ABPM normal, {{lab:mGFR 96}}, BMI 27, CT angiogram single renal arteries bilaterally.

Living donor coordinator: [[NAME:Sioned Rees-Evans]], [[PHONE:029 2184 6620]]. HTA Independent Assessor appointment to be booked.
Dr [[NAME:Owen Tudor-Lane]], Transplant Nephrologist
""", summary="""
[[NAME:Alun Prydderch]] and his wife [[NAME:Bethan]] are ABO-incompatible with a negative crossmatch; they chose the paired exchange scheme over ABOi transplant. Reviewed by [[NAME:Tudor-Lane]] with coordinator [[NAME:Rees-Evans]].
"""),

    dict(style="hit_anticoag_note", note="""
ANTICOAGULATION STEWARDSHIP - Suspected HIT
Context: Day 7 post CABG on {{drug:unfractionated heparin}} {{dose:5000 units}} SC q8h. {{lab:Plt 246}} pre-op -> {{lab:Plt 88}} today (64% fall). New L arm swelling; duplex shows L basilic and axillary vein thrombosis.
{{score:4Ts score 7}} (high probability).

Actions:
- Stop ALL {{drug:heparin}} including flushes and heparin-bonded lines; alert added "{{drug:heparin}} - suspected HIT".
- Start {{drug:argatroban}} {{dose:0.5 mcg/kg/min}} (reduced for post-cardiac surgery), titrate to aPTT 1.5-3x baseline, check q2h initially.
- Send PF4-heparin ELISA and SRA.
- No platelet transfusion unless bleeding. Do NOT start {{drug:warfarin}} until platelets > 150.
- Avoid LMWH (cross-reactivity).
Discussed with on-call Haematology registrar, who agrees.
""", summary="""
Suspected HIT after CABG ({{score:4Ts score 7}}, platelets 246 to 88 with arm vein thrombosis): all {{drug:heparin}} stopped, {{drug:argatroban}} started and PF4/SRA testing sent.
"""),

    dict(style="id_consult_fungal", note="""
INFECTIOUS DISEASES CONSULT - Haematology ward 7C
Pt: [[NAME:Kayden Murray]]   {{age:23}}   UR [[MRN:3094417]]   [[DATE:14/06/2024]]
Requesting: Dr [[NAME:Summer Hargrave]] (haem reg) for A/Prof [[NAME:Neil Goldsworthy]]

Background: AML (FLT3-ITD), induction 7+3 with {{drug:midostaurin}}, day 21, {{lab:ANC 0.1}}. On {{drug:posaconazole}} prophylaxis - {{lab:level 0.4}}, subtherapeutic (mucositis, poor intake).
Now: febrile day 5 on {{drug:pip-taz}}. CT chest: multiple nodules with halo sign, largest 2.4 cm RUL. Serum {{lab:galactomannan 2.1}}; BAL [[DATE:13/06]] {{lab:galactomannan 3.8}}, culture pending.
Impression: Probable invasive pulmonary aspergillosis (EORTC/MSG), breakthrough on subtherapeutic {{drug:posaconazole}}.

Recs:
1. Stop {{drug:posaconazole}}. {{drug:Voriconazole}} {{dose:6 mg/kg}} IV q12h x2 then {{dose:4 mg/kg}} q12h; trough day 5 (target 1-5.5).
2. {{drug:Voriconazole}} raises {{drug:midostaurin}} levels (CYP3A4) - discussed with haem pharmacist [[NAME:Bree O'Halloran]]; daily ECG for QTc.
3. Counsel re visual disturbance; mum [[NAME:Leanne]] at bedside, questions answered.
4. Repeat CT chest in 2 weeks.
Seen with fellow [[NAME:Aiden Coote]]. Dr [[NAME:Harriet Wynne]], ID consultant, pager [[PHONE:8127]]
""", summary="""
[[NAME:Kayden Murray]], {{age:23}}, neutropenic with AML, has probable invasive aspergillosis on subtherapeutic {{drug:posaconazole}}. [[NAME:Wynne]] advised switching to {{drug:voriconazole}} with QTc monitoring agreed with pharmacist [[NAME:O'Halloran]].
"""),

    dict(style="iv_po_switch_audit", note="""
IV-to-PO SWITCH AUDIT - 7 East (Medicine) - week of [[DATE:Jan 13, 2025]]
Reviewer: [[NAME:Geneviève Paquette]], PharmD (AMS)

Pt (bed) | Agent | Day | Eligible? | Action
[[NAME:Tremblay M]] (4) | {{drug:ceftriaxone}} {{dose:1 g}} | 5 | Y - eating, afebrile | -> {{drug:cefuroxime}} {{dose:500 mg}} PO bid, accepted
[[NAME:OUELLET, G]] (9) | {{drug:levofloxacin}} IV {{dose:750 mg}} | 3 | Y (bioavailability ~100%) | -> PO same dose, accepted
[[NAME:J.-P. Roussel]] (12) | {{drug:metronidazole}} IV | 6 | Y | -> PO, accepted
[[NAME:D'Amours, Lise]] (15) | {{drug:vancomycin}} IV | 8 | N - MRSA endocarditis | no change
[[NAME:MacNeil A]] (22) | {{drug:ampicillin}} IV | 2 | N - NPO, ileus | reassess [[DATE:Jan 16]]

Summary: 3 of 3 eligible switched. Estimated IV days saved: 11.
Feedback sent to Dr. [[NAME:Lucas Whitehorse]] (7E lead); copy to [[EMAIL:genevieve.paquette@hsjr-quebec.ca]].
""", summary="""
IV-to-oral audit for the week of [[DATE:Jan 13, 2025]]: [[NAME:Tremblay]], [[NAME:Ouellet]] and [[NAME:Roussel]] were switched, while [[NAME:D'Amours]] and [[NAME:MacNeil]] were not eligible. Reported by [[NAME:Paquette]] to [[NAME:Whitehorse]].
"""),

    dict(style="med_rec_portal_message", note="""
MEDICATION RECONCILIATION - post-discharge (patient portal message)
Patient: [[NAME:Nancy Fitzgibbon]]   DOB [[DATE:19/10/1939]]
Message received [[DATE:Thu 6/3/2025]] 19:42 from daughter:
"hi its [[NAME:june]] here ([[NAME:nancys]] daughter). mum came home from the Mater on tues with a new list and its different to the webster pack. they stopped the {{drug:lasix}}? but the chemist gave her {{drug:lasix}} AND the new one {{drug:spironolactone}}. also dr [[NAME:hamish]] said no more {{drug:lipitor}} because of her muscles but its still in there. shes pretty confused about it all, can someone ring me [[PHONE:0407 119 352]]. thanks [[NAME:june]]"

Action - practice pharmacist [[NAME:Dominic Sealy]], [[DATE:07/03/2025]]:
- Compared discharge summary ([[DATE:04/03/2025]], Dr [[NAME:Hamish Coleby]]): {{drug:furosemide}} {{dose:40 mg}} STOPPED; {{drug:spironolactone}} {{dose:25 mg}} NEW (HFrEF, {{lab:K 4.1}}); {{drug:atorvastatin}} STOPPED (myalgia, {{lab:CK 890}}).
- Rang [[NAME:June]] 09:10 and explained. Webster pack to be repacked today by Priceline [[ADDRESS:Toowong]] - new list faxed to [[PHONE:(07) 3870 2291]].
- Usual GP Dr [[NAME:Alice Meldrum]] informed; practice nurse home visit Monday for weight and K.
""", summary="""
After [[NAME:Nancy Fitzgibbon]]'s discharge on [[DATE:04/03/2025]], her Webster pack still held {{drug:Lasix}} and {{drug:Lipitor}}, which had been stopped. Pharmacist [[NAME:Sealy]] rang daughter [[NAME:June]] and had the pack repacked.
"""),

    dict(style="anticoag_bleed_liaison", note="""
ANTICOAGULATION / HAEMOSTASIS LIAISON NOTE   [[DATE:22/07/2024]]
Pt: [[NAME:Reginald]] "[[NAME:Reg]]" [[NAME:Ashby-Holt]], {{age:78}}, Hosp [[MRN:F6637012]], ED resus
On {{drug:rivaroxaban}} {{dose:20 mg}} OD for AF, last dose 08:00 today (now 13:30). Presented with melaena, {{lab:Hb 64}} (baseline 128), {{vital:HR 124}}, {{vital:BP 88/50}}. {{score:Glasgow-Blatchford score 14}}.

Discussed with Dr [[NAME:Faith Lomax]], Haematology SpR:
- Major bleed. Last dose < 8 h and > 10 mg -> {{drug:andexanet alfa}} ({{drug:Ondexxya}}) high-dose regimen, given 14:05.
- 2 units RBC, target Hb > 80. Major haemorrhage protocol not activated.
- Urgent OGD: Dr [[NAME:Theo Marchbank]] (gastro) aware, in endoscopy 15:00.
- Restart of anticoagulation to be discussed after endoscopy; second GI bleed this year - consider LAA occlusion referral.
- Wife [[NAME:Patricia]] and son [[NAME:Will]] updated in relatives' room; they will bring in his dosette box.
[[NAME:Rosie Kettering]], Anticoagulation Pharmacist, ext [[PHONE:5530]]
""", summary="""
[[NAME:Reg Ashby-Holt]], {{age:78}}, had a major upper GI bleed on {{drug:rivaroxaban}} and received high-dose {{drug:andexanet alfa}} on [[DATE:22/07/2024]] after discussion with [[NAME:Lomax]]. Urgent OGD with [[NAME:Marchbank]]; family updated.
"""),

    dict(style="lung_transplant_clinic", note="""
LUNG TRANSPLANT CLINIC
[[NAME:McLAREN, Fiona Jane]]   UR [[MRN:2087716]]   DOB [[DATE:28/02/1988]]   Seen [[DATE:Friday 21 March 2025]]
Bilateral sequential LTx [[DATE:15/10/2024]] for CF (F508del homozygous). Care transferred from Austin Health; retrieval lead was Dr [[NAME:Austin Ferrier]].

CMV D+/R-: {{drug:valganciclovir}} {{dose:900 mg}} daily -> reduce to {{dose:450 mg}} for {{lab:eGFR 48}}. CMV PCR < LLQ.
Spirometry: {{lab:FEV1 2.41 L}} (baseline 2.55), {{lab:FVC 3.10 L}}.
{{lab:Tac level 10.4}} (target 8-12). {{drug:Mycophenolate}} {{dose:1 g}} bd, {{drug:prednisolone}} {{dose:10 mg}}.
Pseudomonas in sputum (colonised pre-transplant) - continue inhaled {{drug:tobramycin}}.
CFRD: {{drug:insulin glargine}} {{dose:14 units}}; review with endocrine (Dr [[NAME:Georgia Wren]]).
Partner [[NAME:Dale]] attends all visits, manages the dosette.

Plan: Surveillance bronchoscopy with TBBx [[DATE:11/04/2025]]. Spirometry weekly at home, readings uploaded via the app; she emails CNS [[NAME:Bec]] from [[EMAIL:ltx.fmclaren88@gmail.com]] with any queries.
Dr [[NAME:Penny Hassall]], Transplant Respiratory Physician
""", summary="""
Five months after bilateral lung transplant for CF, [[NAME:Fiona McLaren]] has stable spirometry and a therapeutic {{drug:tacrolimus}} level; {{drug:valganciclovir}} was dose-reduced for renal function. Surveillance bronchoscopy booked [[DATE:11/04/2025]] by [[NAME:Hassall]].
"""),

    dict(style="id_consult_cdi", note="""
INFECTIOUS DISEASES CONSULT - Clostridioides difficile infection
Reason: Second recurrence of CDI.
Background: Index episode 10 weeks ago, oral {{drug:vancomycin}} {{dose:125 mg}} qid x10 d; first recurrence 4 weeks ago, {{drug:fidaxomicin}} ({{drug:Dificid}}) {{dose:200 mg}} bd x10 d. Now 6-8 watery stools/day for 3 days. {{lab:WBC 14.2}}, {{lab:creatinine 1.1}} (baseline 0.9), {{lab:albumin 3.1}}. Stool toxin EIA positive.
Severity: non-severe (IDSA/SHEA). No ileus or megacolon on abdominal XR.
Contributing: {{drug:omeprazole}} {{dose:40 mg}} continued without clear indication; recent {{drug:ciprofloxacin}} for UTI.

Recommendations:
1. {{drug:Vancomycin}} {{dose:125 mg}} PO qid x14 d, then taper/pulse (bd x7 d, daily x7 d, every 2-3 days for 2-8 weeks).
2. Refer for fecal microbiota transplantation after this course; {{drug:Zinplava}} not on formulary.
3. Stop {{drug:omeprazole}}; {{drug:famotidine}} if acid suppression needed.
4. Contact precautions; sporicidal cleaning of room.
""", summary="""
Second recurrence of C. difficile infection, non-severe: tapered-pulsed oral {{drug:vancomycin}}, referral for fecal microbiota transplantation and stopping the PPI.
"""),

    dict(style="penicillin_allergy_delabel", note="""
ANTIMICROBIAL STEWARDSHIP - PENICILLIN ALLERGY ASSESSMENT
Ms [[NAME:Mercy Ashdown]]   Hosp [[MRN:J3320961]]   DOB [[DATE:11/06/1985]]   Ward 21   [[DATE:Tue 4th June 2024]]
Label: "{{drug:Penicillin}} - rash as a child". History from patient and her mum [[NAME:Patience]] by phone: rash aged 4 while on {{drug:amoxicillin}} for otitis media; maculopapular, non-blistering, no mucosal involvement, no treatment needed.
{{score:PEN-FAST score 0}} - very low risk.
Direct oral challenge: {{drug:amoxicillin}} {{dose:500 mg}}, observed 60 min by [[NAME:Sian Whitcombe]] (AMS nurse). No reaction. {{vital:BP 118/76}}, {{vital:HR 72}}.

Outcome: Allergy label removed from EPR; GP Dr [[NAME:Rupert Hale]] notified; patient given letter. Current cellulitis: {{drug:clindamycin}} switched to {{drug:flucloxacillin}}.
She said she hoped this means "proper antibiotics next time".
Reviewed by: Dr [[NAME:Tobias Grey]], Consultant Microbiologist   Typed: [[NAME:rw]]
""", summary="""
[[NAME:Mercy Ashdown]] had a low-risk childhood {{drug:penicillin}} rash ({{score:PEN-FAST score 0}}) and tolerated a direct {{drug:amoxicillin}} challenge on [[DATE:Tue 4th June 2024]]; label removed and antibiotics switched to {{drug:flucloxacillin}}. Reviewed by [[NAME:Grey]].
"""),

    dict(style="transplant_id_followup", note="""
TRANSPLANT INFECTIOUS DISEASES - follow-up
[[NAME:Hunter, Georgia L.]]   MRN [[MRN:50128834]]   DOB [[DATE:04/22/1963]]   Visit [[DATE:02/18/2025]]
DDKT Aug 2023. Dx: pulmonary {{eponym:Nocardia}} farcinica (BAL [[DATE:01/06/2025]]); brain MRI negative.
Rx: {{drug:TMP-SMX}} ({{drug:Bactrim}}) {{dose:15 mg/kg/day}} (TMP) + {{drug:imipenem}} x3 wk induction, now oral {{drug:TMP-SMX}} alone, planned 6-12 months.
Labs: {{lab:Cr 1.8}} (baseline 1.4), {{lab:K 5.6}} (TMP effect), {{lab:Na 134}}, {{lab:WBC 3.2}}. {{drug:MMF}} held since [[DATE:Jan 20]]. {{lab:Sulfa peak 142}}.

Plan:
- Reduce {{drug:TMP-SMX}} to {{dose:10 mg/kg/day}}; {{drug:Veltassa}} ({{drug:patiromer}}) {{dose:8.4 g}} daily for K.
- Continue {{drug:MMF}} hold; {{drug:tacrolimus}} {{dose:3 mg}} bid per transplant nephrology (Dr. [[NAME:Rafe Lincoln]]).
- Repeat CT chest [[DATE:3/17]].
Husband [[NAME:Frank]] manages the pill box and brought his log.
[[NAME:Olivia Sandford]], MD, Transplant ID | cell [[PHONE:(612) 873-4419]]
""", summary="""
[[NAME:Georgia Hunter]], a kidney transplant recipient with pulmonary {{eponym:Nocardia}}, has hyperkalaemia and rising creatinine on {{drug:TMP-SMX}}, so the dose was reduced and {{drug:patiromer}} added. [[NAME:Sandford]] coordinated with [[NAME:Lincoln]]; CT on [[DATE:3/17]].
"""),
]
