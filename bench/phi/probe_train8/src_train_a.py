NOTES = [
    dict(style="ward_progress", note="""
HOSPITAL MEDICINE PROGRESS NOTE - HD #3
Patient: [[NAME:Adebayo Ogunleye]]    MRN [[MRN:4418702]]
Date of service: [[DATE:11/14/2024]]

S: Feels "less winded." Slept in the recliner. Wife [[NAME:Folasade]] stayed overnight, asking whether he can go home by the weekend. Denies CP. Still 2-pillow orthopnea.
O: {{vital:T 36.8}}  {{vital:HR 84}}  {{vital:BP 128/76}}  {{vital:RR 18}}  {{vital:SpO2 95% on 2L}}
   I/O -1.8 L, wt {{vital:92.4 kg}} (adm {{vital:96.1 kg}})
   JVP 10 cm, bibasilar crackles improved, 1+ pitting edema to mid-shin. {{score:2/6}} holosystolic murmur at apex.
   {{lab:Na 134}}  {{lab:K 3.6}}  {{lab:Cr 1.42}} (baseline {{lab:Cr 1.3}})  {{lab:BNP 1,840}}
A/P: {{age:67}}M with HFrEF ({{lab:EF 25%}} on TTE [[DATE:11/12]]), acute on chronic decompensation.
 - cont {{drug:Lasix}} {{dose:80 mg}} IV BID, goal net -1.5 L/day
 - {{drug:metoprolol succinate}} held while wet; resume {{dose:25 mg}} daily at discharge
 - K repletion protocol, keep {{lab:Mg > 2}}
 - Cardiology (Dr. [[NAME:Szymańska]]) following, wants to start {{drug:Entresto}} once Cr stable
 - PT/OT eval today
Dispo: home with wife, likely [[DATE:Sat 11/16]] if diuresis continues.
[[NAME:R. Castellanos]], MD - pager [[PHONE:2297]]
""", summary="""
[[NAME:Adebayo Ogunleye]], a {{age:67}}-year-old man with HFrEF, is improving on IV {{drug:Lasix}} with weight down to {{vital:92.4 kg}}. Discharge home with his wife [[NAME:Folasade]] is planned for [[DATE:11/16]] if diuresis continues.
"""),

    dict(style="discharge_summary", note="""
DISCHARGE SUMMARY

Patient Name: [[NAME:MCALLISTER, EUNICE R]]          MRN: [[MRN:00917734]]
DOB: [[DATE:06/09/1932]]    Age: [[AGE:92]]    Sex: F
Admit: [[DATE:03/02/2025]]    Discharge: [[DATE:03/07/2025]]
Attending: [[NAME:Siobhán Ní Bhriain]], MD
PCP: Dr. [[NAME:Thomas Kurian]], Lakeview Family Practice, fax [[PHONE:(614) 555-0148]]

Principal diagnosis: Community-acquired pneumonia, RLL
Secondary: Hyponatremia (SIADH vs hypovolemia); chronic AF on {{drug:apixaban}}; {{eponym:Parkinson}} disease; CKD 3a

Hospital course: [[AGE:92]]-year-old woman from Brookdale Senior Living sent in by her daughter [[NAME:Pauline Hatcher]] after two days of confusion and cough. {{score:CURB-65 3}} on arrival; CXR with RLL consolidation. Treated with {{drug:ceftriaxone}} {{dose:1 g}} daily and {{drug:azithromycin}} {{dose:500 mg}} x3 days, then transitioned to {{drug:cefpodoxime}} {{dose:200 mg}} BID. {{lab:Na 124}} on admission, corrected slowly with fluid restriction to {{lab:Na 131}}. Delirium cleared by hospital day 3. Home {{drug:carbidopa-levodopa}} {{dose:25/100}} TID given on schedule; nursing reminded that {{eponym:Parkinson}} meds are time-critical. {{drug:Eliquis}} reduced to {{dose:2.5 mg}} BID given age over {{age:80}} and weight {{vital:51 kg}}.

Follow-up: Dr. [[NAME:Kurian]] within 7 days; BMP on [[DATE:3/11]]. Daughter ([[NAME:Pauline]], [[PHONE:614-555-0193]]) will drive her.
Discharge condition: stable, back to baseline with rolling walker.
Dictated by: [[NAME:O. Akinyemi]], MD    Transcribed [[DATE:3/7/25]] by [[NAME:lrp]]
""", summary="""
[[NAME:Eunice McAllister]], [[AGE:92]], was treated for right lower lobe pneumonia and hyponatremia ({{lab:Na 124}}) and discharged on [[DATE:03/07/2025]] on {{drug:cefpodoxime}} with a reduced {{drug:Eliquis}} dose. She sees Dr. [[NAME:Kurian]] within a week and has a BMP on [[DATE:3/11]].
"""),

    dict(style="ed_note", note="""
ED PROVIDER NOTE (voice recognition - please excuse errors)

pt is a {{age:34}} year old female brought by ems from her apartment on [[ADDRESS:delancey street]] after her boyfriend [[NAME:marcus tate]] witnessed a generalized tonic clonic seizure lasting about two minutes. known epilepsy on {{drug:keppra}} {{dose:500 milligrams}} twice daily, says she ran out on [[DATE:march third twenty twenty five]] and couldnt get a refill because her insurance changed. no tongue bite, positive urinary incontinence. postictal on ems arrival {{score:gcs 12}}, now {{score:gcs 15}}. fingerstick {{lab:glucose 104}}.
exam {{vital:bp 138/84}} {{vital:pulse 102}} afebrile. no focal deficits, {{eponym:babinski}} downgoing bilaterally, strength {{score:5/5}} in all four. small lac left eyebrow closed with skin glue.
{{lab:lactate 3.4}} repeat {{lab:1.6}}. ct head negative. {{drug:levetiracetam}} level sent.
given {{drug:keppra}} {{dose:1500 mg}} iv load. will discharge with 30 day supply and social work to help with coverage. follow up with her neurologist dr [[NAME:abiodun]] at the epilepsy clinic, office number [[PHONE:215-555-0177]].
[[NAME:marcus]] will drive her home. seizure precautions and no driving discussed, she verbalized understanding.
[[NAME:j. whitcombe]] do
""", summary="""
A {{age:34}}-year-old woman with epilepsy who ran out of {{drug:Keppra}} on [[DATE:March 3, 2025]] had a witnessed generalized seizure and was reloaded with {{dose:1500 mg}} IV. She was discharged home with her boyfriend [[NAME:Marcus Tate]] and follow-up with Dr. [[NAME:Abiodun]].
"""),

    dict(style="admission_hp", note="""
ADMISSION HISTORY & PHYSICAL
Name: [[NAME:TRAN, THI LAN]]     DOB: [[DATE:1948-07-22]]     MRN: [[MRN:2210-884-3]]     CSN: [[MRN:900123877415]]
Admitting: Dr. [[NAME:Kim Ji-hoon]] (hospitalist)     Date: [[DATE:2024-12-18]] 22:40
Source: patient via Vietnamese interpreter [[NAME:Phạm Quốc Bảo]] (ID [[MRN:70412]]); son [[NAME:Minh]] at bedside

CC: vomiting blood x1
HPI: {{age:76}} yo woman with HBV cirrhosis, presents after one episode of coffee-ground emesis at home in [[ADDRESS:Garden Grove]] this evening. Son [[NAME:Nguyễn Văn Minh]] reports black stools since Sunday. Takes {{drug:ibuprofen}} for knee pain. No prior EGD.

| Vitals | arrival          | 2 h later        |
| BP     | {{vital:96/58}}  | {{vital:108/64}} |
| HR     | {{vital:118}}    | {{vital:98}}     |
| SpO2   | {{vital:97% RA}} | {{vital:98% RA}} |

Labs: {{lab:Hgb 7.1}} (baseline ~10), {{lab:plt 88}}, {{lab:INR 1.6}}, {{lab:bili 2.4}}, {{lab:albumin 2.8}}. {{score:MELD-Na 19}}, {{score:Child-Pugh B8}}.
Exam: pale, mild scleral icterus, no asterixis, spleen tip palpable, melena on rectal.
Plan:
1. Upper GI bleed, suspect variceal - {{drug:octreotide}} {{dose:50 mcg}} bolus then {{dose:50 mcg/h}}, {{drug:pantoprazole}} {{dose:40 mg}} IV BID, {{drug:ceftriaxone}} {{dose:1 g}} for SBP ppx. GI (Dr. [[NAME:Wong Ka Wai]]) for EGD in AM.
2. Transfuse for Hgb < 7; 2 units PRBC crossmatched.
3. Stop {{drug:ibuprofen}} permanently; added to intolerance list.
Code: Full (confirmed with pt and son).
""", summary="""
[[NAME:Tran Thi Lan]], {{age:76}}, with HBV cirrhosis was admitted on [[DATE:2024-12-18]] for a suspected variceal upper GI bleed with {{lab:Hgb 7.1}}. She was started on {{drug:octreotide}}, {{drug:pantoprazole}} and {{drug:ceftriaxone}}, with EGD planned by Dr. [[NAME:Wong Ka Wai]].
"""),

    dict(style="inpatient_consult", note="""
NEPHROLOGY CONSULT
Requesting: Dr. [[NAME:Meredith Vance]] (Hospital Medicine)    Reason: AKI
Pt: [[NAME:Khalid bin Rashid Al-Mansouri]], {{age:58}}M, MRN [[MRN:6650217]], admitted [[DATE:9/28]] with cellulitis of L leg.

{{lab:Cr 0.9}} on [[DATE:9/28]] -> {{lab:1.8}} ([[DATE:9/30]]) -> {{lab:2.6}} today ([[DATE:10/1]]). UOP ~600 mL/24h. Received {{drug:vancomycin}} (troughs {{lab:22}} and {{lab:24.5}}) plus {{drug:pip-tazo}} x3d, also IV contrast for CT leg [[DATE:9/29]]. On {{drug:lisinopril}} {{dose:20 mg}} at home, continued until yesterday.
UA: SG 1.015, 1+ protein, no blood; sediment (reviewed myself) with scattered muddy brown granular casts. {{lab:FeNa 2.1%}}.
Exam: {{vital:BP 146/90}}, euvolemic, no rub, LLE erythema receding.
{{lab:K 5.4}}, {{lab:HCO3 19}}, {{lab:BUN 44}}.
Impression: AKI, likely ATN - multifactorial (vanc + pip-tazo, contrast, ACEi). Not obstructive (renal US [[DATE:10/1]] unremarkable).
Recs:
- stop {{drug:vancomycin}}; ID (Dr. [[NAME:Oyelaran]]) ok with {{drug:linezolid}} {{dose:600 mg}} q12h
- hold {{drug:lisinopril}}; avoid NSAIDs and further contrast
- {{drug:Lokelma}} {{dose:10 g}} TID x 48 h, low K diet
- daily BMP, strict I/O, renally dose all meds
- no indication for dialysis at present
Discussed with pt and his brother [[NAME:Faisal]] (visiting from [[ADDRESS:Doha]], [[PHONE:+974 5512 8830]]).
[[NAME:Yusuf Al-Tamimi]] MD, Nephrology fellow | x[[PHONE:6128]]
""", summary="""
Nephrology saw [[NAME:Khalid bin Rashid Al-Mansouri]], {{age:58}}, for AKI with {{lab:Cr 2.6}} on [[DATE:10/1]], likely ATN from {{drug:vancomycin}}, {{drug:pip-tazo}}, contrast and {{drug:lisinopril}}. They recommended switching to {{drug:linezolid}}, holding the ACE inhibitor and giving {{drug:Lokelma}}.
"""),

    dict(style="ward_progress", note="""
CROSS-COVER EVENT NOTE - Medicine Night Float

Called at 0215 by RN for {{vital:HR 140s}}, irregular, pt asymptomatic. ECG: new AFib with RVR, {{vital:rate 148}}, no acute ST changes. {{vital:BP 118/72}}, {{vital:SpO2 96% RA}}.
- {{drug:Cardizem}} {{dose:10 mg}} IV x2 -> HR 100-110; started {{drug:Cardizem}} gtt {{dose:5 mg/h}}
- {{lab:Mg 1.6}} -> {{dose:2 g}} IV {{drug:magnesium sulfate}}; {{lab:K 3.9}}
- {{lab:Troponin 14}} -> {{lab:16 ng/L}}, flat
- TSH added on to AM labs
{{score:CHA2DS2-VASc 4}}, {{score:HAS-BLED 2}}. {{drug:Heparin}} gtt per ACS nomogram started 0340 pending Day Team decision on {{drug:Eliquis}} vs {{drug:Xarelto}}.
Exam: no distress, irregularly irregular, no new Murmur, lungs clear, {{eponym:Homan}} sign neg bilaterally, no {{eponym:Foley}} in place.
Likely triggered by post-op pain and fluid shifts (s/p {{eponym:Whipple}} this admission, co-managed with Surgical Oncology). Day Team and Surgery aware; will reassess rate at 0700 handoff.
""", summary="""
Overnight cross-cover note for new atrial fibrillation with RVR treated with {{drug:Cardizem}} pushes and drip, magnesium repletion and a {{drug:heparin}} infusion. {{score:CHA2DS2-VASc 4}}; the day team will choose between {{drug:Eliquis}} and {{drug:Xarelto}}.
"""),

    dict(style="ed_note", note="""
EMERGENCY DEPARTMENT NOTE
Arrival: [[DATE:07/04/2024]] 21:52 via private vehicle      Acuity: ESI 3
Patient: [[NAME:Robert Lee]] "[[NAME:Bubba]]" [[NAME:Hollis]]     DOB [[DATE:5/30/1971]]     Acct [[MRN:4409931872]]
Address on file: [[ADDRESS:2207 Magnolia Bend Rd, Tuscaloosa AL 35405]]     Ph [[PHONE:(205) 555-0164]]
Emergency contact: [[NAME:Darlene Hollis]] (wife), same number

HPI: {{age:53}} y/o M with burn to R hand and forearm from a fireworks mortar that "went off sideways" at a family cookout. Cousin [[NAME:Jimmy Wayne Pruitt]] poured cooler water on it. Pain {{score:9/10}}. Last tetanus unknown.
Exam: {{vital:T 37.1}} {{vital:HR 112}} {{vital:BP 152/94}} {{vital:RR 20}} {{vital:SpO2 99%}}. {{score:Glasgow Coma Scale 15}}. Partial-thickness burns dorsal R hand and distal forearm, ~2% TBSA, blistered, not circumferential. Cap refill < 2 s, {{eponym:Allen}} test normal. Small embedded debris removed.
Tx: {{drug:fentanyl}} {{dose:50 mcg}} IV, {{drug:Tdap}} {{dose:0.5 mL}} IM, irrigation, {{drug:bacitracin}} and nonadherent dressing.
Pain {{score:3/10}} after. Discussed with burn surgery at UAB (Dr. [[NAME:Okonkwo-Reyes]]) - outpatient burn clinic [[DATE:Monday 7/8]].
Dispo: home with wife. Rx {{drug:hydrocodone-acetaminophen}} {{dose:5/325}} #10, {{drug:ibuprofen}} {{dose:600 mg}} q6h.
[[NAME:K. Delacroix]], PA-C / cosigned [[NAME:N. Farouk]], MD
""", summary="""
[[NAME:Robert Hollis]], {{age:53}}, was seen on [[DATE:07/04/2024]] for a partial-thickness fireworks burn of the right hand and forearm and given {{drug:Tdap}}, {{drug:fentanyl}} and a {{drug:bacitracin}} dressing. He went home with his wife [[NAME:Darlene]] and has burn clinic on [[DATE:7/8]].
"""),

    dict(style="inpatient_consult", note="""
Palliative Care Consultation
Date: [[DATE:14 January 2025]]
Referring: Dr. [[NAME:Hamish MacLeod]], Geriatrics
Patient: [[NAME:Wiktoria Nowak-Kamińska]], [[AGE:96]] years old, MRN [[MRN:3390017]]

Reason: goals of care, recurrent aspiration
Met with patient (alert, oriented to self and place, very hard of hearing - used pocket talker) and family: son [[NAME:Krzysztof Nowak]] (HCP), daughter-in-law [[NAME:Agnieszka]], granddaughter [[NAME:Zofia]] on speakerphone from [[ADDRESS:Kraków]].
Story: [[AGE:ninety-six]]-year-old retired schoolteacher, widowed 2009, lived with [[NAME:Krzysztof]]'s family in [[ADDRESS:Hamtramck]] until 3 months ago. Third admission since October for aspiration pneumonia. Silent aspiration on thin and nectar liquids on VFSS done on the [[DATE:10th of January]].
Symptoms: {{score:ESAS dyspnea 6}}, {{score:pain 2}}, {{score:anxiety 5}}. {{score:PPS 30%}}.
Values: "I want to stay at home with my plants." Does not want a feeding tube - consistent with her POLST from 2022.
Recommendations:
1. Comfort-focused feeding with accepted aspiration risk; pleasure feeds, upright 90 degrees.
2. {{drug:Morphine}} oral solution {{dose:2.5 mg}} PO q4h prn dyspnea.
3. {{drug:Glycopyrrolate}} {{dose:0.2 mg}} SC q6h prn secretions.
4. Hospice referral - family prefers Heartland Hospice; SW paged ([[NAME:Beata]] x[[PHONE:4471]]).
5. DNR/DNI confirmed and updated in orders.
Total time 75 min, >50% counseling.
[[NAME:Chiamaka Nwosu]], MD, Palliative Medicine - pager [[PHONE:917-555-0132]]
""", summary="""
Palliative care met [[NAME:Wiktoria Nowak-Kamińska]], [[AGE:96]], and her son [[NAME:Krzysztof Nowak]] on [[DATE:14 January 2025]] about recurrent aspiration; she declines a feeding tube. Comfort feeding, prn {{drug:morphine}} {{dose:2.5 mg}} and hospice referral were recommended.
"""),

    dict(style="discharge_summary", note="""
DISCHARGE SUMMARY - Internal Medicine
Pt: [[NAME:Guadalupe]] "[[NAME:Lupita]]" [[NAME:Hernández Ramírez]] | MRN [[MRN:7782045]] | FIN [[MRN:55102398]]
Adm [[DATE:8-19-2024]] | D/C [[DATE:8-22-2024]] | LOS 3

Dx: DKA, new-onset type 1 vs LADA (GAD-65 Ab sent [[DATE:20AUG2024]], pending)
Course: {{age:24}} yo F presented after 1 wk of polyuria/polydipsia and 6 kg weight loss, then vomiting. {{lab:Glucose 486}}, {{lab:pH 7.12}}, {{lab:bicarb 9}}, {{lab:AG 26}}, {{lab:BHB 6.8}}. DKA protocol with {{drug:insulin}} gtt; gap closed at 18 h, transitioned to basal-bolus. Diabetes education x3 sessions in Spanish with [[NAME:Ximena Cuauhtémoc-Ortega]], CDCES; mother [[NAME:Rosa María]] attended all of them.
Discharge meds:
  {{drug:insulin glargine}} ({{drug:Lantus}}) {{dose:18 units}} qHS
  {{drug:insulin lispro}} ({{drug:Humalog}}) {{dose:1 unit/10 g carb}} + correction scale
  {{drug:glucagon}} {{dose:3 mg}} nasal prn
Follow-up: Endocrine, Dr. [[NAME:Feng Yu]] - [[DATE:8/29]] 10:15; ({{lab:A1c 12.4%}} this admission).
Pt to call [[PHONE:773-555-0119]] (endo nurse line) for {{lab:BG <70}} or >300 twice.
Pharmacy: Farmacia Guadalajara, [[ADDRESS:3314 W 26th St, Chicago 60623]].
""", summary="""
[[NAME:Guadalupe Hernández Ramírez]], {{age:24}}, was admitted [[DATE:8-19-2024]] with new-onset DKA ({{lab:pH 7.12}}) and discharged on {{drug:Lantus}} and {{drug:Humalog}} after teaching attended by her mother [[NAME:Rosa María]]. Endocrine follow-up with Dr. [[NAME:Feng Yu]] is on [[DATE:8/29]].
"""),

    dict(style="ward_progress", note="""
MEDICINE PROGRESS NOTE    [[DATE:Mon 2/3/25]]    (HD 5)
[[NAME:HASHIMOTO, KENJI]]    MRN [[MRN:5530988]]    {{age:71}}M

Subjective: Ate 75% of breakfast. BM x1. Daughter [[NAME:Emiko]] visited; she asks that updates go to her (cell [[PHONE:425-555-0106]]) rather than his wife, who has dementia.
Objective: {{vital:Tmax 37.9}}, {{vital:HR 76}}, {{vital:BP 134/70}}, {{vital:SpO2 94% 2L NC}} -> weaning.
  Lungs: coarse rhonchi R base, improving. Neuro: A&Ox3.
  {{lab:WBC 13.1}} -> {{lab:9.8}}. {{lab:Procalcitonin 0.3}}. Blood cx [[DATE:1/30]] NGTD x4d.
Assessment/Plan:
 # RLL pneumonia - day 5/7 of {{drug:ceftriaxone}}; switch to PO {{drug:amox-clav}} {{dose:875 mg}} BID tomorrow if afebrile
 # {{eponym:Hashimoto}} thyroiditis - {{lab:TSH 6.2}}, cont {{drug:levothyroxine}} {{dose:88 mcg}}; recheck 6 wk (sick euthyroid possible)
 # T2DM - {{lab:A1c 7.4}}; SSI, hold {{drug:metformin}} while inpatient
 # Caregiver strain - SW to meet [[NAME:Emiko]] about respite for Mrs. [[NAME:Hashimoto]]
Dispo: home with home PT, possibly Wed.
[[NAME:Akosua Owusu-Mensah]], MD (PGY-2) / Attending: Dr. [[NAME:Brennan]]
""", summary="""
[[NAME:Kenji Hashimoto]], {{age:71}}, is improving on day 5 of {{drug:ceftriaxone}} for RLL pneumonia ({{lab:WBC 9.8}}), with a switch to oral {{drug:amox-clav}} planned. His daughter [[NAME:Emiko]] is the contact for updates.
"""),

    dict(style="ed_note", note="""
ED Physician Note - Sickle Cell Pain Episode
Seen: [[DATE:10/22/2024]] 03:10
Name: [[NAME:Chukwuemeka Obi-Nwankwo]]     DOB: [[DATE:12.04.1999]]     MRN: [[MRN:88-231-774]]
Known to our ED; individualized care plan on file (Dr. [[NAME:Ngozi Eze]], hematology).

HPI: {{age:25}}M, HbSS, low back and bilateral thigh pain x 12 h, {{score:9/10}}, typical of his crises. Took {{drug:oxycodone}} {{dose:10 mg}} x2 at home without relief. Denies fever, chest pain, SOB. Girlfriend [[NAME:Grace]] drove him in; she says he's been "working double shifts at the warehouse."
Exam: {{vital:T 37.4}}, {{vital:HR 104}}, {{vital:BP 131/79}}, {{vital:SpO2 97% RA}}. Tender thighs, no priapism, lungs clear.
Labs: {{lab:Hgb 7.9}} (baseline {{lab:8.2}}), {{lab:retic 9.1%}}, {{lab:LDH 412}}, {{lab:T bili 3.1}}.
Per care plan: {{drug:hydromorphone}} {{dose:1 mg}} IV q20 min x3, then reassess; {{drug:D5 1/2NS}} at 100 mL/h; {{drug:ketorolac}} {{dose:15 mg}} IV x1.
04:30 pain {{score:5/10}}, ambulating, eating crackers.
Plan: discharge with {{drug:oxycodone}} {{dose:10 mg}} q6h prn #12 per plan (PDMP checked). He is in the 30-day grace period on his marketplace insurance - SW left voicemail with resources. Hematology clinic [[DATE:Thu 10/24]] with Dr. [[NAME:Eze]]; pt cell [[PHONE:(312) 555-0138]].
Scribe: [[NAME:Tre'Von Jackson]] for Dr. [[NAME:Benedetta Russo]]
""", summary="""
[[NAME:Chukwuemeka Obi-Nwankwo]], {{age:25}}, with HbSS was treated in the ED on [[DATE:10/22/2024]] for a typical pain crisis with {{drug:hydromorphone}} and {{drug:ketorolac}}, improving to {{score:5/10}}. He follows up with Dr. [[NAME:Eze]] on [[DATE:10/24]].
"""),

    dict(style="admission_hp", note="""
GENERAL MEDICINE ADMISSION H&P
Patient: [[NAME:RAMASWAMY, LAKSHMI S]]    Age/Sex: {{age:81}} F    MRN: [[MRN:M0044821]]
Date of admission: [[DATE:5th June 2025]]    Referred by: Dr. [[NAME:Karthik Subramanian]] (PCP), [[ADDRESS:Plano]]
Informants: patient, son [[NAME:Venkatesh]] (lives with her), records from Medical City Plano

CC: falls, dizziness
HPI: {{age:81}}-year-old Tamil-speaking woman (son interpreting at her request; professional interpreter offered and declined) with HTN, T2DM and hypothyroidism who has had 3 falls in 2 weeks, the last on [[DATE:June 3rd]] getting up at night. No LOC or head strike per son. Lightheaded on standing since {{drug:chlorthalidone}} {{dose:25 mg}} was added [[DATE:5/20]]. Other meds: {{drug:amlodipine}} {{dose:10 mg}}, {{drug:losartan}} {{dose:100 mg}}, {{drug:metformin}} {{dose:1 g}} BID, {{drug:levothyroxine}} {{dose:50 mcg}}.
Exam: supine {{vital:BP 158/82}} {{vital:HR 70}}; standing 3 min {{vital:BP 118/66}} {{vital:HR 84}}, symptomatic. {{eponym:Romberg}} negative. {{eponym:Dix-Hallpike}} negative bilaterally. No pronator drift. Strength {{score:5/5}} throughout.
Labs: {{lab:Na 129}}, {{lab:K 3.2}}, {{lab:Cr 1.1}}, {{lab:glucose 142}}, {{lab:TSH 3.8}}. ECG sinus, {{lab:QTc 468}}.
A/P:
1. Orthostatic hypotension, likely volume depletion on 3 antihypertensives - hold {{drug:chlorthalidone}} and {{drug:losartan}}, NS 1 L, repeat orthostatics AM.
2. Hyponatremia/hypokalemia, thiazide-related - {{drug:KCl}} {{dose:40 mEq}} PO x2, BMP q12h, Na correction no more than 8 in 24 h.
3. Falls - PT/OT, bed alarm, {{score:Morse Fall Scale 65}}.
4. T2DM - hold {{drug:metformin}}, SSI.
VTE ppx: {{drug:enoxaparin}} {{dose:40 mg}} daily. Code: Full. HCP: son [[NAME:Venkatesh Ramaswamy]], [[PHONE:972-555-0151]].
""", summary="""
[[NAME:Lakshmi Ramaswamy]], {{age:81}}, was admitted on [[DATE:5th June 2025]] after repeated falls from orthostatic hypotension with thiazide-related hyponatremia ({{lab:Na 129}}). {{drug:Chlorthalidone}} and {{drug:losartan}} were held; her son [[NAME:Venkatesh]] is her health care proxy.
"""),

    dict(style="ed_note", note="""
ED COURSE / MEDICAL DECISION MAKING

Chest pain, low risk. {{score:HEART score 2}} (History 1, ECG 0, Age 0, Risk factors 1, Troponin 0). {{lab:hs-Troponin T <6}} at 0 h and {{lab:6 ng/L}} at 2 h. ECG: NSR {{vital:rate 72}}, no ST/T changes, no {{eponym:Brugada}} pattern, no {{eponym:WPW}} delta wave. CXR clear. D-dimer not sent, {{score:PERC 0}}.
Reproducible left parasternal tenderness at the 3rd-4th costochondral junctions; likely costochondritis ({{eponym:Tietze}} syndrome less likely, no swelling).
Given {{drug:ibuprofen}} {{dose:600 mg}} PO and {{drug:lidocaine}} {{dose:5%}} patch. {{score:Pain 2/10}} on reassessment.
Discharged with {{drug:Motrin}} {{dose:600 mg}} q6h with food x5 days. Return precautions given (exertional pain, syncope, dyspnea). Outpatient stress testing not indicated per HEART Pathway; PCP follow-up in 1 week.
""", summary="""
Low-risk chest pain ({{score:HEART score 2}}) with negative serial troponins and a normal ECG, attributed to costochondritis. Discharged on {{drug:Motrin}} {{dose:600 mg}} with return precautions.
"""),

    dict(style="inpatient_consult", note="""
C-L PSYCHIATRY CONSULT
Pt: [[NAME:Dimitrios Papadopoulos]]    DOB [[DATE:04-Nov-1950]]    MRN [[MRN:40028816]]
Requested [[DATE:6/11/2024]] by Dr. [[NAME:Rania Khoury]] (Medicine): "agitated, pulling at lines, capacity to leave AMA?"

Chart review: {{age:73}}M admitted with E. coli urosepsis, hospital day 4. Per wife [[NAME:Eleni]], 4-6 beers daily plus ouzo on weekends; last drink [[DATE:6/8]]. {{score:CIWA 8-17}} over last 24 h despite {{drug:lorazepam}} {{dose:6 mg}} total.
Interview: disoriented to date and place ("we are in [[ADDRESS:Thessaloniki]]"), inattentive (months backwards stops at October), tremulous, diaphoretic, seeing "cats on the curtains." {{score:CAM-ICU positive}}.
Vitals: {{vital:HR 112}}, {{vital:BP 162/98}}, {{vital:T 38.0}}.
Assessment: Delirium, multifactorial - alcohol withdrawal escalating despite benzodiazepines, plus infection. Lacks capacity to leave AMA at this time: cannot describe his condition or the consequences of leaving.
Recs:
1. Switch to {{drug:phenobarbital}} load per protocol ({{dose:10 mg/kg}} IBW); discuss ICU transfer given rising CIWA.
2. {{drug:Thiamine}} {{dose:500 mg}} IV TID x3 d, then {{dose:100 mg}} daily; {{drug:folate}}, MVI.
3. Avoid {{drug:haloperidol}} unless severe agitation persists; if used, {{drug:Haldol}} {{dose:0.5-1 mg}} IV ({{lab:QTc 441}} today).
4. Delirium precautions, 1:1 sitter, family presence encouraged ([[NAME:Eleni]] and son [[NAME:Nikos]]).
5. Will follow daily. Page [[PHONE:4-3391]] with questions.
[[NAME:Alasdair Fraser]], MD, Psychiatry
""", summary="""
Psychiatry found [[NAME:Dimitrios Papadopoulos]], {{age:73}}, delirious from alcohol withdrawal and urosepsis and lacking capacity to leave AMA on [[DATE:6/11/2024]]. They recommended {{drug:phenobarbital}}, high-dose {{drug:thiamine}} and a sitter, with his wife [[NAME:Eleni]] present as much as possible.
"""),

    dict(style="discharge_summary", note="""
DISCHARGE SUMMARY
Name: [[NAME:Thiago Ferreira de Oliveira]]    MRN [[MRN:6019342]]    Acct [[MRN:110039485]]
Admission date: [[DATE:April 9, 2025]]    Discharge date: [[DATE:April 14, 2025]]
Discharging physician: [[NAME:Florence Whitaker]], MD
Primary care: [[NAME:Luana Conceição Matos]], NP - Framingham Community Health Center

Diagnoses: 1) Acute pancreatitis, hypertriglyceridemia-induced ({{lab:TG 2,870}})  2) T2DM, uncontrolled ({{lab:A1c 11.2%}})  3) Hepatic steatosis
Course: {{age:41}} yo M, works nights in construction, presented with epigastric pain radiating to the back. {{lab:Lipase 3,410}}. {{score:Ranson 2}} at 48 h, {{score:BISAP 1}}. CT: interstitial edematous pancreatitis, no necrosis. {{drug:Insulin}} infusion with D10; {{lab:TG 640}} by day 3. Diet advanced, tolerating low-fat. No alcohol use (confirmed with wife [[NAME:Patrícia]]). {{eponym:Grey Turner}} and {{eponym:Cullen}} signs absent throughout.
Last admitted in April 2023 for the same problem; had stopped {{drug:fenofibrate}} because of cost.
Discharge meds: {{drug:fenofibrate}} {{dose:145 mg}} daily (generic, $10 at his pharmacy), {{drug:atorvastatin}} {{dose:40 mg}}, {{drug:insulin glargine}} {{dose:22 units}}, {{drug:metformin}} {{dose:1000 mg}} BID, {{drug:omega-3}} {{dose:2 g}} BID.
Follow-up: NP [[NAME:Matos]] in 1 week (lipid panel [[DATE:4/21]]); Endocrine referral placed.
Diet teaching by [[NAME:April Jenkins]], RD, with Portuguese interpreter [[NAME:Inês Carvalho]].
cc: [[NAME:Luana Conceição Matos]], NP; Dr. [[NAME:Rui Gonçalves]] (Endocrinology)
""", summary="""
[[NAME:Thiago Ferreira de Oliveira]], {{age:41}}, was admitted [[DATE:April 9, 2025]] with hypertriglyceridemia-induced pancreatitis ({{lab:TG 2,870}}) treated with an {{drug:insulin}} infusion. He was discharged [[DATE:April 14, 2025]] on {{drug:fenofibrate}} with follow-up with NP [[NAME:Matos]].
"""),

    dict(style="ward_signout", note="""
MEDICINE TEAM 4 - NIGHT SIGNOUT (I-PASS)    [[DATE:Fri 9/13]]
# | Patient | Age | Severity | Summary / To-do
1 | [[NAME:WARSAME, FADUMO]] | {{age:62}} | stable | DKA resolved, on SQ {{drug:insulin}}. 2200 FS; call if >300. Somali interpreter line x[[PHONE:5020]].
2 | [[NAME:Bekele, Abebe T.]] | {{age:45}} | watcher | Duodenal ulcer bleed, {{lab:Hgb 7.4}} -> recheck 0100, transfuse if <7. 2 large-bore IVs, consent signed.
3 | [[NAME:Yılmaz, Emre]] | {{age:38}} | stable | Cellulitis, {{drug:cefazolin}} {{dose:2 g}} q8h. MRSA swab pending.
4 | [[NAME:O'Sullivan, Padraig]] "[[NAME:Paddy]]" | [[AGE:91]] | watcher | CHF, {{drug:Lasix}} {{dose:40}} IV given 1800. {{lab:K 3.3}} repleted. Daughter [[NAME:Maeve]] may call - ok to update.
5 | [[NAME:Haile, Meron]] | {{age:29}} | stable | Pyelo on {{drug:ceftriaxone}}. Urine hCG neg.
Contingencies: [[NAME:Bekele]] - if melena or {{vital:HR >120}}, call GI fellow (Dr. [[NAME:Dawit Alemu]], pgr [[PHONE:555-0190]]) and ICU.
Situational awareness: Mr. [[NAME:O'Sullivan]] sundowns; avoid {{drug:Ativan}}, use {{drug:melatonin}} {{dose:3 mg}}, reorient.
Synthesis by receiver: read back by [[NAME:SR]] (night float). - [[NAME:LM]]
""", summary="""
Night sign-out for five medicine patients, with [[NAME:Abebe Bekele]] ({{age:45}}, GI bleed, {{lab:Hgb 7.4}}) and [[NAME:Padraig O'Sullivan]] ([[AGE:91]], CHF) flagged as watchers. GI fellow Dr. [[NAME:Dawit Alemu]] is to be called if [[NAME:Bekele]] rebleeds.
"""),

    dict(style="ed_note", note="""
ED STROKE CODE NOTE
Pt: [[NAME:Zhang Guiying]] ([[NAME:张桂英]])    F    DOB [[DATE:1939/03/17]]    MRN [[MRN:0076-4419]]
Stroke alert called 14:07 by triage. {{age:85}} yo Mandarin-speaking woman. LKW 12:30 per granddaughter [[NAME:Li Na]], who came home for lunch and found her slumped at the kitchen table. Video interpreter [[NAME:Chen Jun]] (ID [[MRN:55817]]).
Exam: {{vital:BP 188/102}}, {{vital:HR 88}} irregular, {{lab:glucose 131}}. {{score:NIHSS 11}}: R face/arm/leg weakness, expressive aphasia, partial R gaze preference. Not {{eponym:Bell}} palsy - forehead spared.
CT head: no hemorrhage, {{score:ASPECTS 9}}. CTA: L M1 occlusion.
Meds: no anticoagulant (AF never treated per family). Weight {{vital:48 kg}}.
Decision: {{drug:TNK}} {{dose:0.25 mg/kg}} = {{dose:12 mg}} IV bolus at 14:41 (door-to-needle 34 min) after {{drug:labetalol}} {{dose:10 mg}} IV brought BP to {{vital:172/94}}. Neurointerventional (Dr. [[NAME:Park Soo-jin]]) accepted for thrombectomy.
Family: granddaughter [[NAME:Li Na]] [[PHONE:718-555-0145]]; son [[NAME:Zhang Wei]] flying in from [[ADDRESS:Vancouver]].
{{score:mRS 1}} before this event.
Signed: [[NAME:Kwabena Asante-Darko]] MD    [[DATE:2024/08/05]] 15:02
""", summary="""
[[NAME:Zhang Guiying]], {{age:85}}, had a left M1 stroke ({{score:NIHSS 11}}) found by her granddaughter [[NAME:Li Na]] and received {{drug:TNK}} {{dose:12 mg}} on [[DATE:2024/08/05]]. She was accepted by Dr. [[NAME:Park Soo-jin]] for thrombectomy.
"""),

    dict(style="admission_hp", note="""
ADMISSION H&P - MEDICINE
Patient: [[NAME:Rivera Colón, Luis Alberto]]    DOB [[DATE:09/01/1957]]    MRN [[MRN:1128890]]    HAR [[MRN:3000418871]]
Admit date [[DATE:1/27/2025]]    Attending: Dr. [[NAME:Marisol Figueroa]]
Source: patient (English/Spanish), neighbor [[NAME:Frank Esposito]] who brought him, prior records.

CC: "no puedo respirar" - SOB x 3 days
HPI: {{age:67}}M, COPD ({{lab:FEV1 38%}} in 2023), 50 pk-yr, still smoking 1/2 ppd, 2L home O2 at night. 3 days of worsening dyspnea, more sputum now green-brown, no frank hemoptysis. Using {{drug:albuterol}} "every hour." [[NAME:Frank]] found him sitting on the stoop of their building on [[ADDRESS:Tremont Ave]], too winded to climb to the 4th floor.
PMH: COPD, HTN, T2DM, intubated 2019 for AECOPD.
Meds: {{drug:Trelegy Ellipta}} {{dose:1 inh}} daily, {{drug:albuterol}} HFA prn, {{drug:amlodipine}} {{dose:5 mg}}, {{drug:metformin}} {{dose:500 mg}} BID.
Exam: {{vital:T 37.6}}, {{vital:HR 108}}, {{vital:RR 26}}, {{vital:BP 150/88}}, {{vital:SpO2 86% RA}} -> {{vital:91% on 2L}}. Tripoding, accessory muscle use, diffuse expiratory wheeze.
VBG {{lab:pH 7.31}}, {{lab:pCO2 62}}. {{lab:WBC 11.4}}. CXR hyperinflation, no infiltrate. COVID/flu neg.
Plan:
- AECOPD: {{drug:DuoNeb}} q4h and q2h prn, {{drug:prednisone}} {{dose:40 mg}} x5 days, {{drug:azithromycin}} {{dose:500 mg}} then {{dose:250 mg}} x4 ({{lab:QTc 430}}), BiPAP if {{lab:pH < 7.30}} or tiring - repeat VBG in 2 h.
- Titrate O2 to {{vital:SpO2 88-92%}}.
- Tobacco: {{drug:nicotine}} patch {{dose:21 mg}}, counseling; says he will try to quit.
- Lives alone in [[ADDRESS:Bronx 10457]]; daughter [[NAME:Marisela]] in [[ADDRESS:Orlando]] - pt asked that she be called: [[PHONE:407-555-0127]].
""", summary="""
[[NAME:Luis Alberto Rivera Colón]], {{age:67}}, was admitted [[DATE:1/27/2025]] with a COPD exacerbation and hypercapnia ({{lab:pCO2 62}}) and started on {{drug:DuoNeb}}, {{drug:prednisone}} and {{drug:azithromycin}}. His neighbor [[NAME:Frank Esposito]] brought him in; his daughter [[NAME:Marisela]] in [[ADDRESS:Orlando]] is to be called.
"""),

    dict(style="inpatient_consult", note="""
INFECTIOUS DISEASES - INITIAL CONSULT
Date: [[DATE:2025-02-19]]
Patient: [[NAME:Dariush Rahimi]] (MRN [[MRN:20-553-198]]), {{age:59}} y/o M
Requesting attending: Dr. [[NAME:Parisa Tehrani-Lowe]], Hospitalist
Question: MSSA bacteremia - duration, need for TEE?

HPI: On hemodialysis via R IJ tunneled catheter (placed 12/2024 at an outside hospital; records faxed from [[PHONE:559-555-0183]]). Fever {{vital:39.4}} and rigors during HD on [[DATE:2/17]]. Blood cx [[DATE:2/17]] and [[DATE:2/18]] (accession [[MRN:M25-004417]]): 4/4 bottles MSSA. {{drug:Cefazolin}} started [[DATE:2/18]] by primary team.
Exam: {{vital:T 38.1}}, {{vital:HR 96}}, {{vital:BP 112/64}}. Tender, erythematous tunnel tract with pus at exit site. New {{score:2/6}} systolic murmur at LLSB (no prior echo to compare). No {{eponym:Osler}} nodes, {{eponym:Janeway}} lesions or splinter hemorrhages; fundi not examined for {{eponym:Roth}} spots.
Data: {{lab:WBC 15.2}}, {{lab:CRP 184}}; TTE [[DATE:2/18]] limited, no definite vegetation.
Impression: MSSA CLABSI with tunnel infection; endocarditis not excluded ({{eponym:Duke}} criteria: 1 major, 2 minor).
Recommendations:
1. Remove tunneled catheter today (IR, Dr. [[NAME:Gaurav Bhattacharya]] aware); temporary femoral line for HD.
2. {{drug:Cefazolin}} {{dose:2 g}} IV after each HD, {{dose:3 g}} before the 72-h gap - coordinate with nephrology.
3. TEE this week.
4. Repeat blood cultures q24-48h until negative.
5. Duration at least 4 weeks from first negative culture; 6 weeks if TEE positive.
Thank you for this consult. - [[NAME:Saima Malik]], MD (ID fellow) / Attending: Dr. [[NAME:N. Qureshi]]
""", summary="""
ID was consulted on [[DATE:2025-02-19]] for [[NAME:Dariush Rahimi]], {{age:59}}, with MSSA bacteremia from an infected tunneled dialysis catheter. They recommended line removal, {{drug:cefazolin}} {{dose:2 g}} after dialysis, TEE and at least 4 weeks of therapy.
"""),

    dict(style="discharge_summary", note="""
HOSPITAL COURSE BY PROBLEM

1. Alcohol-associated hepatitis: {{score:Maddrey DF 46}}, {{score:MELD 24}} on admission. {{score:Lille 0.31}} at day 7 (responder) - continue {{drug:prednisolone}} {{dose:40 mg}} daily to complete 28 days, then taper. Abstinence counseling; started {{drug:acamprosate}} {{dose:666 mg}} TID. Given info on Alcoholics Anonymous and the outpatient Addiction Medicine clinic.
2. Hepatic encephalopathy, {{score:West Haven grade 2}}: resolved on {{drug:lactulose}} {{dose:20 g}} TID titrated to 3 BMs/day plus {{drug:rifaximin}} ({{drug:Xifaxan}}) {{dose:550 mg}} BID.
3. Coagulopathy: {{lab:INR 2.1}} -> {{lab:1.7}}; no bleeding. {{drug:Vitamin K}} {{dose:10 mg}} PO x3 with little change.
4. Ascites, small: diagnostic paracentesis negative for SBP ({{lab:PMN 80}}). Started {{drug:spironolactone}} {{dose:50 mg}} and {{drug:furosemide}} {{dose:20 mg}}.
5. Nutrition: Dietitian consulted; late-evening snack, 1.2-1.5 g/kg protein.
Pending at discharge: Hepatitis E IgM; ceruloplasmin ({{eponym:Wilson}} disease screen, sent per Hepatology).
Code status: Full. Discharged home with partner; Hepatology clinic in 1 week.
""", summary="""
Problem-based hospital course for alcohol-associated hepatitis ({{score:Maddrey DF 46}}) responding to {{drug:prednisolone}}, with encephalopathy resolved on {{drug:lactulose}} and {{drug:Xifaxan}}. A {{eponym:Wilson}} disease screen and hepatitis E serology are pending.
"""),

    dict(style="ed_note", note="""
ED Note - Patient left against medical advice
Pt: [[NAME:DELA CRUZ-BAUTISTA, MARIA LOURDES]]    MRN [[MRN:9904127]]    Enc [[MRN:62200193344]]
Seen [[DATE:11/02/24]] 19:20
{{age:47}}F with 2 days of RLQ pain, nausea, {{vital:temp 37.9}}. {{eponym:McBurney}} point tenderness, + {{eponym:Rovsing}}, + psoas. {{score:Alvarado 8}}. {{lab:WBC 14.6}}. CT A/P ordered.
Pt states she must leave to pick up her kids from her sister-in-law in [[ADDRESS:Daly City]] and will "come back tomorrow." Husband [[NAME:Rommel]] (on speaker, [[PHONE:650-555-0172]]) urged her to stay.
Capacity intact: she explains back risks incl. perforation, sepsis, death. AMA form signed, witnessed by [[NAME:Jocelyn Santos]] RN.
Given {{drug:ondansetron}} {{dose:4 mg}} ODT and {{drug:acetaminophen}} {{dose:1 g}} PO; declined IV {{drug:morphine}}. Strict return precautions; told she is welcome back anytime.
Callback [[DATE:11/03/24]] 09:05 by [[NAME:jsantos3]] - no answer, voicemail left at the number above. 2nd attempt 13:30: spoke with pt, she is at Seton ED now awaiting surgery.
[[NAME:Manuel Ibarra]], MD
""", summary="""
[[NAME:Maria Lourdes Dela Cruz-Bautista]], {{age:47}}, with likely appendicitis ({{score:Alvarado 8}}) left AMA on [[DATE:11/02/24]] with intact capacity despite [[NAME:Rommel]]'s urging. On callback [[DATE:11/03/24]] she was at another ED awaiting surgery.
"""),

    dict(style="inpatient_consult", note="""
GENERAL SURGERY CONSULT
Requested by: Dr. [[NAME:Aoife Murphy]] (Medicine), [[DATE:3/18/2025]] 16:20
Patient: [[NAME:Bethan Pritchard-Jones]], {{age:88}}F, MRN [[MRN:7004152]]
Reason: RUQ pain, ?cholecystitis

HPI: {{age:88}}-year-old Welsh-born woman (came over from [[ADDRESS:Swansea]] in the 1960s) with mild dementia and AF on {{drug:warfarin}}, admitted this AM for UTI, now RUQ pain after lunch. Granddaughter [[NAME:Cerys]], who visits daily, says she has had "bilious attacks" for years.
Exam: {{vital:T 38.3}}, {{vital:HR 96}} irregular, {{vital:BP 104/60}}. {{eponym:Murphy}} sign positive. No jaundice. Known right {{eponym:Baker}} cyst, nontender.
Labs: {{lab:WBC 16.8}}, {{lab:T bili 1.1}}, {{lab:ALP 140}}, lipase nl, {{lab:INR 2.8}}.
US: distended GB, 3 mm wall, pericholecystic fluid, stone impacted at neck. CBD 5 mm.
{{score:Tokyo Guidelines grade II}} acute calculous cholecystitis. {{score:Charlson index 7}}; {{score:Clinical Frailty Scale 6}}.
Recs:
- NPO, IVF, {{drug:pip-tazo}} {{dose:3.375 g}} IV q6h
- Hold {{drug:warfarin}}; {{drug:vitamin K}} {{dose:2.5 mg}} IV, target {{lab:INR < 1.5}}
- Given frailty, favor percutaneous cholecystostomy (IR) over lap chole. Discussed with pt and granddaughter; HCP is son [[NAME:Gareth Pritchard]] (in [[ADDRESS:Cardiff]], [[PHONE:+44 29 2018 0447]]), who agrees.
- Will follow. Surgery pager [[PHONE:6-2210]].
Dr. [[NAME:Owain Baker]], Surgery PGY-4 / Dr. [[NAME:L. Sandhu]], attending
""", summary="""
Surgery saw [[NAME:Bethan Pritchard-Jones]], {{age:88}}, on [[DATE:3/18/2025]] for grade II acute calculous cholecystitis while anticoagulated on {{drug:warfarin}} ({{lab:INR 2.8}}). Given her frailty, percutaneous cholecystostomy was recommended, and her son [[NAME:Gareth Pritchard]] agreed.
"""),
]
