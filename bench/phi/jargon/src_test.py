"""Hand-written test notes for the jargon set: no PHI, dense with capitalized clinical words.
Styles: or_anesthesia, cardiology_consult, neurology_consult, ob_neonatal, radiology_report,
pathology_report, rehab_pt, wound_ostomy."""

NOTES = [
    # ---------------- OR / anesthesia records ----------------
    dict(style="or_anesthesia", note="""
Anesthesia preop
{{age:62}} yo M for lap chole. ASA 3 (OSA, DM2).
Airway: {{score:Mallampati III}}, TMD 5 cm, full dentition, limited neck extension.
Plan: RSI. {{drug:Propofol}} {{dose:200 mg}}, {{drug:Sux}} {{dose:120 mg}}.
{{eponym:Macintosh}} 4 blade: {{score:Cormack-Lehane 3}} view. {{eponym:Sellick}} released, BURP applied, bougie passed.
ETT 7.5, {{eponym:Murphy}} eye, taped 23 at lip. ETCO2 confirmed.
{{drug:Roc}} {{dose:50 mg}} for maintenance relaxation. {{drug:Fent}} {{dose:100 mcg}}. {{drug:Ancef}} {{dose:2 g}} before incision.
Bair Hugger on, {{vital:T 36.4}}.
Reversal: {{drug:Sugammadex}} {{dose:200 mg}}, TOF 4/4.
PACU: {{score:Aldrete 9}}.
""", summary="""
Difficult airway ({{score:Mallampati III}}, {{score:Cormack-Lehane 3}}) intubated with bougie after RSI with {{drug:Propofol}} and {{drug:Sux}}; reversed with {{drug:Sugammadex}}.
"""),
    dict(style="or_anesthesia", note="""
OR record, open {{eponym:Whipple}}
Position: Supine, arms out. {{eponym:Foley}} 16 Fr placed.
Incision: Bilateral subcostal ({{eponym:Chevron}}).
{{eponym:Kocher}} maneuver performed; duodenum mobilized.
{{eponym:Cattell-Braasch}} maneuver not needed.
Pancreaticojejunostomy, hepaticojejunostomy, gastrojejunostomy.
{{eponym:Bookwalter}} retractor. {{eponym:Bovie}} and Ligasure for dissection.
Drains: {{eponym:Blake}} 19 Fr x2 near PJ and HJ.
EBL {{dose:450 mL}}. Cell Saver not used.
Epidural T7-8 running {{drug:bupivacaine}} {{dose:0.1%}} with {{drug:hydromorphone}} {{dose:10 mcg/mL}}.
""", summary="""
Open {{eponym:Whipple}} via {{eponym:Chevron}} incision with {{eponym:Kocher}} maneuver; {{eponym:Blake}} drains; epidural with {{drug:bupivacaine}}.
"""),
    dict(style="or_anesthesia", note="""
Anesthesia intraop note, lap {{eponym:Roux-en-Y}} gastric bypass
BMI 52. Ramped position, reverse {{eponym:Trendelenburg}} 20 deg.
Glidescope 4: Grade 1 view. ETT 8.0.
{{eponym:Veress}} at {{eponym:Palmer}} point, pneumo to 15 mmHg.
{{drug:Dex}} {{dose:8 mg}} and {{drug:Zofran}} {{dose:4 mg}} for PONV; {{drug:Scopolamine}} patch.
{{drug:Ketamine}} {{dose:30 mg}} bolus; {{drug:Lidocaine}} gtt {{dose:1.5 mg/kg/h}} opioid-sparing.
Leak test with {{drug:methylene blue}} negative.
{{vital:BP 138/82}}, {{vital:HR 78}}, {{vital:SpO2 98%}}.
{{drug:Heparin}} {{dose:5000 units}} SQ preop. SCDs on.
""", summary="""
Lap {{eponym:Roux-en-Y}} bypass; reverse {{eponym:Trendelenburg}}; PONV ppx with {{drug:Dex}}, {{drug:Zofran}}, {{drug:Scopolamine}}; {{drug:Ketamine}} and {{drug:Lidocaine}} opioid-sparing.
"""),
    dict(style="or_anesthesia", note="""
OR record, open inguinal hernia repair, R
Anesthesia: MAC with {{drug:Propofol}} {{dose:50 mcg/kg/min}}, local {{drug:lidocaine}} {{dose:1%}} with {{drug:epi}} {{dose:20 mL}} by surgeon.
Findings: Indirect hernia lateral to {{eponym:Hesselbach}} triangle.
Repair: {{eponym:Lichtenstein}} tension-free mesh, polypropylene.
Mesh sutured to shelving edge of {{eponym:Poupart}} ligament.
Ilioinguinal nerve identified and preserved.
No {{eponym:Richter}} or {{eponym:Littre}} component. No {{eponym:Amyand}} (appendix not in sac).
Skin: 4-0 Monocryl subcuticular, Dermabond.
{{drug:Toradol}} {{dose:15 mg}} IV at close.
""", summary="""
R indirect inguinal hernia, {{eponym:Lichtenstein}} mesh repair to {{eponym:Poupart}} ligament under MAC with {{drug:Propofol}}; {{drug:Toradol}} at close.
"""),
    dict(style="or_anesthesia", note="""
Anesthesia record, shoulder arthroscopy
Position: Beach chair. Head in foam holder, eyes protected.
Block: Interscalene with {{drug:ropivacaine}} {{dose:0.5%}} {{dose:20 mL}}, US guided.
GA: LMA 4. {{drug:Propofol}} {{dose:150 mg}}, {{drug:Fent}} {{dose:50 mcg}}.
Cerebral perfusion: BP cuff on arm, {{vital:MAP 72}} corrected to brain level.
{{drug:Phenylephrine}} gtt {{dose:20 mcg/min}} briefly. {{drug:Neo}} weaned off by 0930.
Findings: {{eponym:Bankart}} lesion, small {{eponym:Hill-Sachs}}.
{{drug:Dex}} {{dose:4 mg}} IV.
PACU: Hoarse voice, R hemidiaphragm paresis expected. {{vital:SpO2 94% 2 L}}.
""", summary="""
Shoulder scope in beach chair under interscalene block with {{drug:ropivacaine}}; {{eponym:Bankart}} and {{eponym:Hill-Sachs}} lesions; brief {{drug:Neo}} for MAP.
"""),
    dict(style="or_anesthesia", note="""
OR record, exploratory laparotomy, perforated ulcer
Anesthesia: RSI with {{drug:Etomidate}} {{dose:20 mg}}, {{drug:Roc}} {{dose:100 mg}}.
Art line R radial after {{eponym:Allen}} test normal.
Findings: 8 mm anterior duodenal perforation.
Repair: {{eponym:Graham}} omental patch.
Washout with {{dose:6 L}} warm {{drug:saline}}.
{{drug:Levo}} {{dose:0.08 mcg/kg/min}} for septic physiology.
Abx: {{drug:Zosyn}} {{dose:4.5 g}}, {{drug:Fluconazole}} {{dose:400 mg}}.
Fascia closed. Skin left open, packed with Kerlix.
Dispo: SICU intubated.
""", summary="""
Perforated duodenal ulcer repaired with {{eponym:Graham}} patch; RSI with {{drug:Etomidate}}/{{drug:Roc}}; {{drug:Levo}} for shock; to SICU.
"""),
    dict(style="or_anesthesia", note="""
Anesthesia record, peds tonsillectomy
{{age:5}} yo, {{vital:Wt 19 kg}}. Mask induction with {{drug:sevoflurane}}.
IV placed after induction. {{drug:Propofol}} {{dose:40 mg}}.
Oral RAE 5.0 cuffed. {{eponym:Miller}} 2 blade, grade 1.
{{eponym:Mapleson}} F ({{eponym:Jackson-Rees}}) not used; circle system.
{{drug:Dex}} {{dose:0.15 mg/kg}} IV.
{{drug:Ondansetron}} {{dose:2 mg}}. {{drug:Tylenol}} {{dose:15 mg/kg}} IV.
{{eponym:Crowe-Davis}} mouth gag by surgeon.
Emergence: Deep extubation, lateral position.
Ice chips in PACU.
""", summary="""
Peds tonsillectomy with {{drug:sevoflurane}} mask induction, {{eponym:Miller}} 2 blade; {{drug:Dex}}, {{drug:Ondansetron}}, {{drug:Tylenol}}; deep extubation.
"""),
    dict(style="or_anesthesia", note="""
OR record, posterior lumbar fusion L4-S1
Position: Prone on {{eponym:Jackson}} table. Head in foam; eyes checked q15 min.
{{eponym:Mayfield}} not used.
Neuromonitoring: SSEP and MEP baseline stable. TIVA with {{drug:Propofol}} and {{drug:Remifentanil}}.
{{drug:TXA}} {{dose:1 g}} load then {{dose:1 mg/kg/h}}.
Cell Saver returned {{dose:350 mL}}.
{{eponym:Hemovac}} x1 subfascial.
EBL {{dose:900 mL}}. 1 u PRBC. {{lab:Hgb 8.9}} at close.
{{drug:Vanco}} powder in wound, {{dose:1 g}}.
""", summary="""
Lumbar fusion prone on {{eponym:Jackson}} table; TIVA with {{drug:Propofol}}/{{drug:Remifentanil}}, {{drug:TXA}}; {{eponym:Hemovac}} placed.
"""),
    dict(style="or_anesthesia", note="""
Anesthesia, cesarean section under spinal
Spinal: {{drug:Bupivacaine}} {{dose:0.75%}} hyperbaric {{dose:1.6 mL}}, {{drug:fentanyl}} {{dose:15 mcg}}, {{drug:morphine}} {{dose:150 mcg}}.
Level T4 to pinprick.
{{drug:Phenylephrine}} infusion {{dose:50 mcg/min}}, {{vital:SBP 110}} maintained.
{{eponym:Pfannenstiel}} incision; low transverse uterine.
{{drug:Pitocin}} {{dose:30 units}} in {{dose:500 mL}} after delivery of infant.
{{drug:Methergine}} {{dose:0.2 mg}} IM for atony.
QBL {{dose:950 mL}}.
{{score:Apgars 8/9}}.
{{drug:Ketorolac}} {{dose:30 mg}} IV at end.
""", summary="""
Cesarean under spinal with {{drug:Bupivacaine}}, {{eponym:Pfannenstiel}} incision; {{drug:Pitocin}} and {{drug:Methergine}} for atony; {{score:Apgar 8/9}}.
"""),
]

NOTES += [
    # ---------------- cardiology consults ----------------
    dict(style="cardiology_consult", note="""
Cardiology consult: Syncope
{{age:41}} yo M, syncope at rest, family hx of sudden death.
ECG: Coved ST elevation V1-V2, type 1 {{eponym:Brugada}} pattern, unmasked by fever {{vital:T 38.9}}.
QTc {{vital:QTc 442}} by {{eponym:Bazett}}, {{vital:QTc 431}} by {{eponym:Fridericia}}.
No {{eponym:Osborn}} waves. No delta wave (not {{eponym:Wolff-Parkinson-White}}).
{{drug:Tylenol}} {{dose:1 g}} q6h for fever; avoid Na channel blockers.
Telemetry. EP consult for ICD.
{{eponym:Holter}} not needed while inpatient.
Echo: Structurally normal.
""", summary="""
Fever-unmasked type 1 {{eponym:Brugada}} pattern with syncope; antipyretic {{drug:Tylenol}}, telemetry, EP for ICD; no {{eponym:Osborn}} waves.
"""),
    dict(style="cardiology_consult", note="""
Cards consult: Heart block
{{age:78}} yo F, dizziness.
Rhythm strip: Progressive PR prolongation then dropped beat, {{eponym:Mobitz}} I ({{eponym:Wenckebach}}), {{vital:HR 48}}.
Intermittent 2:1; {{eponym:Mobitz}} II not excluded.
Meds: {{drug:Metoprolol}} {{dose:50 mg}} BID, {{drug:Diltiazem}} {{dose:120 mg}} daily, {{drug:Donepezil}}.
Hold {{drug:Metoprolol}} and {{drug:Diltiazem}}.
{{drug:Atropine}} {{dose:1 mg}} at bedside. Transcutaneous pads on.
{{lab:K 5.4}}, {{lab:TSH 2.1}}, {{lab:Trop 0.02}}.
Plan: Observe off AV nodal agents 48 h; PPM if persists.
""", summary="""
{{eponym:Wenckebach}} with possible {{eponym:Mobitz}} II on {{drug:Metoprolol}} and {{drug:Diltiazem}}, both held; {{drug:Atropine}} available; PPM if persistent.
"""),
    dict(style="cardiology_consult", note="""
Cardiology consult: T-wave changes
{{age:56}} yo M, chest pain yesterday, now pain-free.
ECG: Deep symmetric TWI V2-V3, biphasic in V2: {{eponym:Wellens}} type A/B. No Q waves.
Not {{eponym:de Winter}} pattern. {{eponym:Sgarbossa}} not applicable (no LBBB, no paced rhythm).
{{lab:Trop 0.08}}, peaked.
{{score:TIMI 4}}. {{score:GRACE 118}}.
Do not stress test: High risk of proximal LAD lesion.
{{drug:Aspirin}} {{dose:81 mg}}, {{drug:Ticagrelor}} {{dose:180 mg}} load, {{drug:Heparin}} gtt, {{drug:Atorvastatin}} {{dose:80 mg}}.
Cath lab today.
""", summary="""
{{eponym:Wellens}} pattern, proximal LAD suspected; {{score:GRACE 118}}; {{drug:Aspirin}}, {{drug:Ticagrelor}}, {{drug:Heparin}}, {{drug:Atorvastatin}}; cath today.
"""),
    dict(style="cardiology_consult", note="""
Cards consult: Endocarditis
Murmur: III/VI holosystolic at apex radiating to axilla ({{eponym:Levine}} grade III).
{{eponym:Osler}} nodes on finger pads. {{eponym:Janeway}} lesions on soles. {{eponym:Roth}} spots per ophtho.
Splinter hemorrhages x3.
Blood cx: Streptococcus gallolyticus 4/4; colonoscopy advised.
Modified {{eponym:Duke}}: 2 major criteria, definite IE.
TEE: 1.4 cm mitral vegetation, moderate-severe MR.
{{drug:Penicillin G}} {{dose:4 million units}} IV q4h.
CT surgery referral: Large vegetation with embolic risk.
""", summary="""
Definite IE by {{eponym:Duke}} criteria with {{eponym:Osler}} nodes, {{eponym:Janeway}} lesions and {{eponym:Roth}} spots; {{drug:Penicillin G}}; surgical referral.
"""),
    dict(style="cardiology_consult", note="""
Cardiology consult: Aortic regurgitation
Diastolic decrescendo murmur LSB. Mid-diastolic rumble at apex: {{eponym:Austin Flint}} murmur.
Wide pulse pressure, {{vital:BP 168/48}}.
{{eponym:Corrigan}} pulse, {{eponym:de Musset}} sign, {{eponym:Quincke}} pulses in nail beds.
{{eponym:Duroziez}} murmur over femoral. {{eponym:Traube}} pistol shot sounds.
{{eponym:Hill}} sign: Popliteal SBP exceeds brachial by 50 mmHg.
No {{eponym:Graham Steell}} murmur; PA pressure normal.
Echo: Severe AR, LVESD 52 mm.
Plan: CT surgery for AVR vs {{eponym:Ross}} procedure; {{eponym:David}} valve-sparing root if root dilated.
""", summary="""
Severe AR with {{eponym:Austin Flint}} murmur and peripheral signs ({{eponym:Corrigan}}, {{eponym:Quincke}}, {{eponym:Duroziez}}, {{eponym:Hill}}); surgery for AVR, {{eponym:Ross}} or {{eponym:David}} procedure.
"""),
    dict(style="cardiology_consult", note="""
Cards consult: Tamponade
{{eponym:Beck}} triad: Hypotension {{vital:BP 84/60}}, JVD, muffled heart sounds.
Pulsus paradoxus {{vital:pulsus 22 mmHg}}.
{{eponym:Kussmaul}} sign present.
ECG: Low voltage, electrical alternans.
Echo: Large effusion, RA and RV diastolic collapse.
Bolus {{drug:NS}} {{dose:500 mL}} while prepping.
Pericardiocentesis: Subxiphoid, {{dose:650 mL}} hemorrhagic fluid removed, pigtail left.
Post: {{vital:BP 122/74}}. Fluid to cytology, {{eponym:Gram}} stain, AFB.
""", summary="""
Cardiac tamponade with {{eponym:Beck}} triad and {{eponym:Kussmaul}} sign; {{drug:NS}} bolus, pericardiocentesis {{dose:650 mL}}; fluid to {{eponym:Gram}} stain and cytology.
"""),
    dict(style="cardiology_consult", note="""
Cardiology consult: Accidental hypothermia
Found outdoors, core {{vital:T 29.8}}.
ECG: Prominent {{eponym:Osborn}} J waves, sinus brady {{vital:HR 38}}, QT prolonged.
Avoid rough handling; VF risk.
Warmed {{drug:NS}} {{dose:1 L}} at 42 C, Bair Hugger, warmed humidified O2.
If arrest: ECMO rewarming; hold {{drug:Epi}} until above 30 C.
{{lab:K 4.1}}, {{lab:lactate 3.8}}.
Will reassess ECG after rewarming; J waves expected to resolve.
""", summary="""
Moderate hypothermia with {{eponym:Osborn}} waves and bradycardia; active rewarming with warm {{drug:NS}}; ECMO if arrest, {{drug:Epi}} withheld below 30 C.
"""),
    dict(style="cardiology_consult", note="""
Cards consult: New AF
Irregularly irregular, {{vital:HR 132}}, {{vital:BP 128/80}}.
{{score:CHA2DS2-VASc 4}}. {{score:HAS-BLED 2}}.
{{drug:Diltiazem}} {{dose:15 mg}} IV then gtt {{dose:10 mg/h}}.
Start {{drug:Apixaban}} {{dose:5 mg}} BID.
{{lab:TSH 0.02}}, {{lab:free T4 3.1}}: Thyrotoxicosis. Endocrine consult.
{{drug:Propranolol}} {{dose:20 mg}} q6h preferred given thyroid; stop {{drug:Diltiazem}} once on board.
Echo: LVEF 55%, LA mildly dilated.
Watchman not indicated.
""", summary="""
New AF with thyrotoxicosis; {{score:CHA2DS2-VASc 4}}; {{drug:Diltiazem}} to {{drug:Propranolol}}, {{drug:Apixaban}} started.
"""),
    dict(style="cardiology_consult", note="""
Cardiology consult: Cardiogenic shock
Anterior STEMI s/p PCI to LAD. {{eponym:Killip}} class IV.
Impella CP placed via L femoral, P-level 8, flow {{vital:CO 3.2 L/min}}.
{{eponym:Swan-Ganz}}: {{vital:CI 1.9}}, {{vital:PCWP 24}}, {{vital:CPO 0.52}}.
{{drug:Dobutamine}} {{dose:2.5 mcg/kg/min}}. {{drug:Norepi}} {{dose:0.1 mcg/kg/min}}.
{{drug:Heparin}} purge per Impella protocol.
{{eponym:Frank-Starling}} curve flat; avoid further fluid.
{{lab:Lactate 5.1}} down to {{lab:3.4}}.
Plan: VA ECMO standby; LV vent if escalate.
""", summary="""
Post-STEMI cardiogenic shock, {{eponym:Killip}} IV, on Impella with {{eponym:Swan-Ganz}} monitoring; {{drug:Dobutamine}} and {{drug:Norepi}}; ECMO standby.
"""),
    # ---------------- neurology consults ----------------
    dict(style="neurology_consult", note="""
Neurology consult: Bilateral leg weakness
{{age:35}} yo F, ascending weakness x 5 days after diarrheal illness.
Reflexes absent at knees and ankles. {{eponym:Babinski}} flexor bilaterally.
Ophthalmoplegia and ataxia absent, so not {{eponym:Miller Fisher}} variant.
Probable {{eponym:Guillain-Barre}} syndrome.
NIF {{vital:NIF -30}}, FVC {{vital:FVC 1.9 L}}. Check q4h; ICU if FVC below 20 mL/kg.
LP: Albuminocytologic dissociation, {{lab:CSF protein 142}}, {{lab:CSF WBC 2}}.
{{drug:IVIG}} {{dose:0.4 g/kg/day}} x 5 days.
Campylobacter serology sent.
""", summary="""
{{eponym:Guillain-Barre}} syndrome after diarrhea; not {{eponym:Miller Fisher}}; {{drug:IVIG}} started; FVC and NIF monitoring.
"""),
    dict(style="neurology_consult", note="""
Neuro consult: Ptosis and miosis
R ptosis 2 mm, R miosis, anhidrosis R face: {{eponym:Horner}} syndrome.
Neck pain after chiropractic manipulation.
{{drug:Apraclonidine}} test positive.
CTA neck: R ICA dissection.
No {{eponym:Marcus Gunn}} pupil; swinging light normal.
No {{eponym:Argyll Robertson}} pupil; light and near response both intact.
{{drug:Aspirin}} {{dose:325 mg}} daily.
Plan: Repeat imaging 3 months.
""", summary="""
Painful {{eponym:Horner}} syndrome from ICA dissection; {{eponym:Marcus Gunn}} and {{eponym:Argyll Robertson}} pupils absent; {{drug:Aspirin}}.
"""),
    dict(style="neurology_consult", note="""
Neurology consult: Facial droop
L facial weakness including forehead, LMN pattern. {{score:House-Brackmann IV}}.
Vesicles in L ear canal: {{eponym:Ramsay Hunt}} syndrome, not simple {{eponym:Bell}} palsy.
Hearing: {{eponym:Weber}} lateralizes R; {{eponym:Rinne}} AC greater than BC bilaterally.
{{drug:Prednisone}} {{dose:60 mg}} daily x 7 days.
{{drug:Valacyclovir}} {{dose:1 g}} TID x 7 days.
Eye care: Artificial tears, lubricant ointment, tape at night.
Lyme serology sent (endemic area).
""", summary="""
{{eponym:Ramsay Hunt}} syndrome with LMN facial palsy; {{drug:Prednisone}} and {{drug:Valacyclovir}}; Lyme serology pending.
"""),
    dict(style="neurology_consult", note="""
Neurology consult: Post-ictal weakness
{{age:28}} yo M, witnessed GTC seizure preceded by L hand jerking spreading up arm: {{eponym:Jacksonian}} march.
Now L arm weakness 3/5, improving: {{eponym:Todd}} paralysis.
{{eponym:Hoffmann}} negative. {{eponym:Babinski}} equivocal on L.
{{drug:Ativan}} {{dose:2 mg}} IV given by EMS.
{{drug:Keppra}} {{dose:1500 mg}} IV load, then {{dose:750 mg}} BID.
MRI: R frontal lesion near {{eponym:Rolandic}} cortex, enhancing.
EEG: R central sharp waves.
Plan: Neurosurg consult.
""", summary="""
Focal to bilateral seizure with {{eponym:Jacksonian}} march and {{eponym:Todd}} paralysis; {{drug:Ativan}}, {{drug:Keppra}} load; R frontal lesion.
"""),
    dict(style="neurology_consult", note="""
Neuro consult: Tingling with neck flexion
{{age:31}} yo F, electric sensation down spine with neck flexion: {{eponym:Lhermitte}} sign.
Symptoms worse in hot shower: {{eponym:Uhthoff}} phenomenon.
Exam: INO R, hyperreflexia, {{eponym:Hoffmann}} positive L.
{{eponym:Romberg}} positive.
MRI: Periventricular ovoid lesions ({{eponym:Dawson}} fingers), C4 cord lesion enhancing.
{{drug:Solu-Medrol}} {{dose:1 g}} IV daily x 3 days.
LP for oligoclonal bands.
""", summary="""
Probable MS with {{eponym:Lhermitte}} and {{eponym:Uhthoff}}, INO and {{eponym:Dawson}} fingers; {{drug:Solu-Medrol}} pulse; LP.
"""),
    dict(style="neurology_consult", note="""
Neurology consult: Memory decline
{{age:74}} yo M, 2 yr progressive memory loss.
MoCA {{score:MoCA 19}}. {{score:Mini-Cog 2/5}}.
Visual hallucinations, fluctuations, REM sleep behavior: {{eponym:Lewy}} body dementia favored over {{eponym:Alzheimer}}.
Rigidity mild, no resting tremor; {{eponym:Parkinson}} disease less likely.
Avoid {{drug:Haldol}}.
Start {{drug:Donepezil}} {{dose:5 mg}} qHS.
{{eponym:Wernicke}} screen: {{drug:Thiamine}} given empirically, {{dose:100 mg}} daily.
{{lab:B12 312}}, {{lab:TSH 1.8}}, RPR negative.
""", summary="""
Dementia with {{eponym:Lewy}} body features, {{eponym:Alzheimer}} and {{eponym:Parkinson}} less likely; avoid {{drug:Haldol}}, start {{drug:Donepezil}}, {{drug:Thiamine}}.
"""),
    dict(style="neurology_consult", note="""
Neuro consult: Vertigo with ataxia
Acute vertigo, hoarseness, L face numbness, R body pain-temp loss.
L {{eponym:Horner}}. Palatal weakness L.
Lateral medullary ({{eponym:Wallenberg}}) syndrome.
HINTS: Normal head impulse, direction-changing nystagmus: Central.
{{eponym:Dix-Hallpike}} not performed; {{eponym:Epley}} not appropriate.
MRI DWI: L lateral medulla infarct; L vertebral occlusion.
{{drug:Aspirin}} {{dose:81 mg}} and {{drug:Clopidogrel}} {{dose:75 mg}} x 21 days.
Swallow eval before PO; NPO.
""", summary="""
{{eponym:Wallenberg}} syndrome from vertebral occlusion with {{eponym:Horner}}; central HINTS, no {{eponym:Epley}}; dual antiplatelet {{drug:Aspirin}}/{{drug:Clopidogrel}}.
"""),
    dict(style="neurology_consult", note="""
Neuro ICU consult: SAH grading
Thunderclap headache, neck stiffness.
{{eponym:Kernig}} and {{eponym:Brudzinski}} positive.
{{score:Hunt and Hess 2}}. {{score:WFNS 1}}. CT: {{score:Fisher 3}}.
{{score:GCS 15}}.
CTA: 7 mm ACom aneurysm, circle of {{eponym:Willis}} otherwise normal. Blood in {{eponym:Sylvian}} fissure.
{{drug:Nimodipine}} {{dose:60 mg}} q4h.
Keep {{vital:SBP}} under 140: {{drug:Nicardipine}} gtt.
{{eponym:Spetzler-Martin}} not applicable (no AVM).
""", summary="""
Aneurysmal SAH, {{score:Hunt and Hess 2}}, {{score:Fisher 3}}, ACom aneurysm on circle of {{eponym:Willis}}; {{drug:Nimodipine}} and {{drug:Nicardipine}}.
"""),
    dict(style="neurology_consult", note="""
Neurology consult: Proximal weakness
Difficulty rising from floor; {{eponym:Gowers}} sign positive.
Ptosis fatigable; Ice pack test positive.
Incremental response on repetitive stim at high frequency: {{eponym:Lambert-Eaton}} favored over MG.
Reflexes reduced, post-exercise facilitation present.
CT chest: Hilar mass, small cell suspected.
{{drug:Tensilon}} not used.
{{drug:Amifampridine}} {{dose:10 mg}} TID.
Oncology referral.
""", summary="""
{{eponym:Lambert-Eaton}} with {{eponym:Gowers}} sign and probable small cell lung cancer; {{drug:Amifampridine}}; oncology.
"""),
    dict(style="neurology_consult", note="""
Neuro consult: Hand numbness
Numbness thumb to ring finger radial half, nocturnal.
{{eponym:Tinel}} at wrist positive. {{eponym:Phalen}} positive at 30 s.
{{eponym:Durkan}} compression test positive.
{{eponym:Froment}} sign negative; ulnar nerve spared. {{eponym:Wartenberg}} sign negative.
{{eponym:Spurling}} negative; radiculopathy unlikely.
Thenar atrophy mild.
EMG/NCS: Moderate median neuropathy at wrist.
Plan: Wrist splint, hand surgery referral. {{drug:Gabapentin}} not needed.
""", summary="""
Carpal tunnel syndrome with positive {{eponym:Tinel}}, {{eponym:Phalen}}, {{eponym:Durkan}}; {{eponym:Froment}} and {{eponym:Spurling}} negative; splint and referral.
"""),
]

NOTES += [
    # ---------------- obstetric and neonatal notes ----------------
    dict(style="ob_neonatal", note="""
L&D admission note
{{age:29}} yo G2P1 at 39w3d, SROM clear fluid 2 h ago.
{{eponym:Leopold}} maneuvers: Cephalic, back on maternal L, EFW 3.4 kg.
SVE: 4/70/-1, {{score:Bishop 9}}.
GBS positive: {{drug:Penicillin G}} {{dose:5 million units}} IV load then {{dose:2.5 million units}} q4h.
FHT: Baseline 135, moderate variability, accels present, no decels. Cat I.
Toco: Irregular ctx q4-6 min.
{{drug:Pitocin}} augmentation per protocol if no change in 2 h.
Epidural requested when active.
Rh positive, {{eponym:Coombs}} (antibody screen) negative.
""", summary="""
Term SROM with {{score:Bishop 9}}; GBS prophylaxis with {{drug:Penicillin G}}; {{eponym:Leopold}} cephalic; {{drug:Pitocin}} if stalls.
"""),
    dict(style="ob_neonatal", note="""
OB progress, induction
{{age:34}} yo G1P0 at 41w1d, post-dates IOL.
Cervix unfavorable, {{score:Bishop 3}}.
{{drug:Cytotec}} {{dose:25 mcg}} PV x2 q4h.
{{eponym:Foley}} bulb placed, {{dose:60 mL}} sterile water, to traction.
{{drug:Cervidil}} not used given {{drug:Cytotec}} response.
FHT Cat I. Ctx q3 min after 2nd dose; no tachysystole.
{{eponym:Braxton Hicks}} earlier this week per pt.
Plan: {{drug:Pitocin}} after bulb out, AROM when feasible.
""", summary="""
Post-dates induction with {{score:Bishop 3}}; {{drug:Cytotec}} x2 and {{eponym:Foley}} bulb; {{drug:Pitocin}} next.
"""),
    dict(style="ob_neonatal", note="""
Delivery note, shoulder dystocia
Head delivered, turtle sign.
{{eponym:McRoberts}} maneuver and suprapubic pressure: Unsuccessful.
{{eponym:Rubin}} maneuver then {{eponym:Woods}} screw: Anterior shoulder delivered.
{{eponym:Zavanelli}} not needed. Head-to-body interval 2 min.
Infant to warmer, NICU at bedside. {{score:Apgar 4/8}}.
Placenta delivered spontaneously, {{eponym:Schultze}} mechanism, 3-vessel cord, {{eponym:Wharton}} jelly normal.
{{drug:Pitocin}} {{dose:20 units}} in {{dose:1 L}} {{drug:LR}}. QBL {{dose:600 mL}}.
2nd degree laceration repaired with 3-0 Vicryl.
{{eponym:Erb}} palsy screen for infant: R arm moving less.
""", summary="""
Shoulder dystocia relieved with {{eponym:McRoberts}}, {{eponym:Rubin}}, {{eponym:Woods}}; {{score:Apgar 4/8}}; infant to be checked for {{eponym:Erb}} palsy.
"""),
    dict(style="ob_neonatal", note="""
OB triage, preeclampsia with severe features
{{age:22}} yo G1 at 33w6d, headache, scotomata.
{{vital:BP 168/112}} x2, 15 min apart.
{{drug:Labetalol}} {{dose:20 mg}} IV then {{dose:40 mg}}; {{vital:BP 148/96}}.
{{drug:Mag sulfate}} {{dose:4 g}} IV load, then {{dose:2 g/h}}. Reflexes 3+, no clonus.
{{lab:Plt 96}}, {{lab:AST 88}}, {{lab:LDH 640}}: Evolving HELLP.
{{drug:Betamethasone}} {{dose:12 mg}} IM q24h x2.
Hourly {{drug:Mag}} checks: RR, DTRs, UOP. {{drug:Calcium gluconate}} at bedside.
Plan: Deliver after steroid window if stable.
""", summary="""
Preeclampsia with severe features, evolving HELLP; {{drug:Labetalol}}, {{drug:Mag sulfate}}, {{drug:Betamethasone}}; {{drug:Calcium gluconate}} ready.
"""),
    dict(style="ob_neonatal", note="""
Prenatal visit, 10 weeks
G2P1, dating US consistent.
{{eponym:Chadwick}} sign and {{eponym:Hegar}} sign noted on bimanual.
{{eponym:Montgomery}} tubercles prominent.
{{eponym:Nabothian}} cysts on cervix, benign.
{{eponym:Bartholin}} gland not enlarged.
Labs: Rh negative, {{lab:Hgb 11.8}}. Plan {{drug:RhoGAM}} {{dose:300 mcg}} at 28 weeks.
Prenatal vitamins, {{drug:folic acid}} {{dose:0.4 mg}}. {{drug:Diclegis}} for nausea.
{{eponym:Down}} syndrome screening discussed: cfDNA ordered.
""", summary="""
First trimester visit; {{eponym:Chadwick}}, {{eponym:Hegar}} and {{eponym:Montgomery}} findings; Rh negative, {{drug:RhoGAM}} at 28 weeks; {{eponym:Down}} syndrome screen.
"""),
    dict(style="ob_neonatal", note="""
Newborn exam, DOL 1
Term male, {{vital:Wt 3.62 kg}}. {{score:Apgars 8/9}}.
{{score:Ballard 40}}, consistent with dates.
{{eponym:Moro}} symmetric. Suck, root, grasp intact. {{eponym:Babinski}} upgoing (normal for age).
Hips: {{eponym:Ortolani}} negative, {{eponym:Barlow}} negative, {{eponym:Galeazzi}} negative.
Palate intact; {{eponym:Epstein}} pearls on palate. {{eponym:Bohn}} nodules none.
Red reflex present bilaterally.
{{drug:Vitamin K}} {{dose:1 mg}} IM and {{drug:erythromycin}} ointment given.
{{drug:Hep B vaccine}} given.
""", summary="""
Normal term newborn with {{score:Ballard 40}}; {{eponym:Ortolani}}, {{eponym:Barlow}} and {{eponym:Galeazzi}} negative; {{eponym:Epstein}} pearls; {{drug:Vitamin K}} and {{drug:erythromycin}} given.
"""),
    dict(style="ob_neonatal", note="""
NICU admission, 31 weeks
{{vital:Wt 1.48 kg}}. {{score:Apgars 5/7}}.
{{score:Ballard 28}}.
CPAP +6, {{vital:FiO2 30%}}. Grunting, retractions.
{{drug:Curosurf}} {{dose:200 mg/kg}} via INSURE; extubated to CPAP.
UVC and UAC placed; tip positions confirmed on film.
{{drug:Amp}} and {{drug:Gent}} started pending blood cx: {{drug:Ampicillin}} {{dose:100 mg/kg}} q8h, {{drug:Gentamicin}} {{dose:5 mg/kg}} q48h.
{{drug:Caffeine citrate}} {{dose:20 mg/kg}} load.
{{drug:D10W}} at {{dose:80 mL/kg/day}}. {{lab:BG 58}}.
""", summary="""
31-week preterm with RDS; {{drug:Curosurf}} via INSURE, CPAP; {{drug:Ampicillin}}/{{drug:Gentamicin}}; {{drug:Caffeine citrate}}; {{drug:D10W}}.
"""),
    dict(style="ob_neonatal", note="""
NICU progress, DOL 5
Bilious emesis x2. Abd distended.
KUB: Dilated loops, no free air. Contrast enema: Transition zone at rectosigmoid.
Suspect {{eponym:Hirschsprung}}; suction rectal biopsy sent.
{{eponym:Meckel}} scan not indicated.
NPO, {{eponym:Replogle}} to LIS.
{{drug:Amp}}, {{drug:Gent}}, {{drug:Flagyl}} for possible enterocolitis: {{drug:Ampicillin}}, {{drug:Gentamicin}}.
TPN via PICC.
Surgery following.
""", summary="""
Neonatal bilious emesis, suspected {{eponym:Hirschsprung}}; rectal biopsy, NPO with {{eponym:Replogle}}, {{drug:Ampicillin}}/{{drug:Gentamicin}}/{{drug:Flagyl}}, TPN.
"""),
    dict(style="ob_neonatal", note="""
Newborn nursery, jaundice
DOL 3, {{vital:Wt 3.05 kg}}, down 8% from BW.
{{lab:TcB 14.2}}, {{lab:TSB 15.1}} at 60 h, above phototherapy line.
Mom O+, baby A+, DAT ({{eponym:Coombs}}) positive: ABO incompatibility.
{{eponym:Kleihauer-Betke}} not applicable.
Phototherapy started, double bank.
Breastfeeding 8-10x/day, supplement with formula {{dose:15 mL}}.
Repeat TSB in 6 h.
""", summary="""
ABO hemolytic jaundice, {{eponym:Coombs}} positive, {{lab:TSB 15.1}}; phototherapy and feeding support.
"""),
]

NOTES += [
    # ---------------- radiology reports ----------------
    dict(style="radiology_report", note="""
CXR PA/Lat
Indication: Dyspnea.
Findings: Cardiomegaly. {{eponym:Kerley}} B lines at bases. Cephalization.
Bilateral small effusions, blunting of costophrenic angles.
No {{eponym:Hampton}} hump. No {{eponym:Westermark}} sign.
{{eponym:Swan-Ganz}} catheter tip in R main PA.
Impression: Pulmonary edema. Line in good position.
""", summary="""
CHF pattern with {{eponym:Kerley}} B lines; no {{eponym:Hampton}} hump or {{eponym:Westermark}} sign; {{eponym:Swan-Ganz}} tip in R PA.
"""),
    dict(style="radiology_report", note="""
CT chest without contrast
Findings: 7 mm solid nodule RUL.
No lymphadenopathy. Mild centrilobular emphysema.
{{eponym:Hickman}} catheter tip at cavoatrial junction.
Impression: Per {{eponym:Fleischner}} 2017 guidelines, high-risk pt: CT at 6-12 months, then 18-24 months.
Lung-RADS not applied (not screening exam).
""", summary="""
Incidental 7 mm RUL nodule; {{eponym:Fleischner}} follow-up; {{eponym:Hickman}} tip at cavoatrial junction.
"""),
    dict(style="radiology_report", note="""
CT abdomen/pelvis with contrast
Liver: {{eponym:Couinaud}} segment VI 1.2 cm arterially enhancing lesion with washout, LI-RADS 5.
Gallbladder: Stones; stone impacted in {{eponym:Hartmann}} pouch. Wall edema.
Kidneys: L 3.1 cm cystic lesion, thin septa, {{score:Bosniak IIF}}. {{eponym:Gerota}} fascia intact.
Small fluid in {{eponym:Morison}} pouch and pouch of {{eponym:Douglas}}.
Bowel: Normal to ligament of {{eponym:Treitz}}.
{{eponym:Hounsfield}} units of adrenal nodule: 8 HU, adenoma.
Impression: Acute cholecystitis. LI-RADS 5 observation. {{score:Bosniak IIF}} cyst.
""", summary="""
Cholecystitis with stone in {{eponym:Hartmann}} pouch; {{eponym:Couinaud}} VI LI-RADS 5 lesion; {{score:Bosniak IIF}} renal cyst; fluid in {{eponym:Morison}} pouch.
"""),
    dict(style="radiology_report", note="""
Esophagram
Findings: Smooth circumferential narrowing at GE junction: {{eponym:Schatzki}} ring.
Posterior outpouching at {{eponym:Killian}} dehiscence: {{eponym:Zenker}} diverticulum, 2.4 cm.
Distal mucosa irregular; {{eponym:Barrett}} esophagus not excluded.
Prior {{eponym:Nissen}} fundoplication wrap intact.
Impression: {{eponym:Schatzki}} ring. {{eponym:Zenker}} diverticulum. EGD recommended.
""", summary="""
Esophagram with {{eponym:Schatzki}} ring, {{eponym:Zenker}} diverticulum, possible {{eponym:Barrett}}; {{eponym:Nissen}} wrap intact.
"""),
    dict(style="radiology_report", note="""
Abdominal XR supine and L lateral decubitus
Findings: Both sides of bowel wall visible: {{eponym:Rigler}} sign. Free air under diaphragm.
Colon interposed between liver and diaphragm on prior film: {{eponym:Chilaiditi}}, not present today.
Dobhoff tip in gastric body.
Impression: Pneumoperitoneum. Surgery notified by phone at 0215.
""", summary="""
Pneumoperitoneum with {{eponym:Rigler}} sign; {{eponym:Chilaiditi}} absent; Dobhoff in stomach.
"""),
    dict(style="radiology_report", note="""
MRI R knee
Findings: Complete ACL tear. Avulsion fragment lateral tibial plateau: {{eponym:Segond}} fracture.
Medial meniscus posterior horn bucket-handle tear, double PCL sign.
Popliteal fossa fluid collection between medial gastrocnemius and semimembranosus: {{eponym:Baker}} cyst.
Bone bruise lateral femoral condyle and posterior tibia.
Impression: ACL tear with {{eponym:Segond}} fracture. {{eponym:Baker}} cyst.
""", summary="""
ACL tear with {{eponym:Segond}} fracture, bucket-handle meniscal tear, {{eponym:Baker}} cyst.
"""),
    dict(style="radiology_report", note="""
Forearm and wrist XR
Findings: Proximal ulna fx with radial head dislocation: {{eponym:Monteggia}}.
Contralateral wrist (separate study): Distal radius fx with DRUJ disruption: {{eponym:Galeazzi}}.
No {{eponym:Chance}} or {{eponym:Jefferson}} fractures on accompanying spine survey.
Hangman fracture excluded on C-spine CT.
Impression: {{eponym:Monteggia}} and {{eponym:Galeazzi}} fracture-dislocations.
""", summary="""
{{eponym:Monteggia}} and {{eponym:Galeazzi}} injuries; {{eponym:Chance}}, {{eponym:Jefferson}} and Hangman fractures excluded.
"""),
    dict(style="radiology_report", note="""
MRI brain with and without contrast
Findings: Enlarged perivascular spaces ({{eponym:Virchow-Robin}}) in basal ganglia.
Cerebellar tonsils 7 mm below foramen magnum: {{eponym:Chiari}} I.
Fourth ventricle normal; foramina of {{eponym:Luschka}} and {{eponym:Magendie}} patent. No {{eponym:Dandy-Walker}} malformation.
Sella: 6 mm nonenhancing cyst, {{eponym:Rathke}} cleft cyst favored.
Circle of {{eponym:Willis}} flow voids normal. {{eponym:Sylvian}} fissures symmetric.
Impression: {{eponym:Chiari}} I. {{eponym:Rathke}} cleft cyst.
""", summary="""
{{eponym:Chiari}} I and {{eponym:Rathke}} cleft cyst; {{eponym:Virchow-Robin}} spaces; circle of {{eponym:Willis}} normal.
"""),
    dict(style="radiology_report", note="""
US pelvis, transvaginal
Uterus: Anteverted, 8.1 cm. Endometrium 6 mm.
R ovary: Dominant follicle 2.1 cm, {{eponym:Graafian}}.
L ovary: 4.2 cm dermoid, O-RADS 2.
Small free fluid in cul-de-sac (pouch of {{eponym:Douglas}}), physiologic.
{{eponym:Fallopian}} tubes not visualized. {{eponym:Nabothian}} cysts in cervix.
Impression: L dermoid. No torsion (flow present).
""", summary="""
Left dermoid, {{eponym:Graafian}} follicle on right, {{eponym:Nabothian}} cysts; no torsion.
"""),
    # ---------------- pathology reports ----------------
    dict(style="pathology_report", note="""
Surgical pathology: Prostate, 12-core biopsy
Dx: Acinar adenocarcinoma, {{score:Gleason 3+4=7}} ({{score:Grade Group 2}}).
Involving 4 of 12 cores; max 45% of core (L mid).
Perineural invasion present.
Pattern 4: 20%, poorly formed glands.
IHC: AMACR positive, p63 and HMWCK negative in tumor glands.
High-grade PIN in R base.
""", summary="""
Prostate adenocarcinoma {{score:Gleason 3+4=7}}, {{score:Grade Group 2}}, 4/12 cores, perineural invasion.
"""),
    dict(style="pathology_report", note="""
Surgical pathology: Skin, L upper back, excision
Dx: Invasive melanoma, superficial spreading.
{{score:Breslow thickness 1.3 mm}}. {{score:Clark level IV}}.
Ulceration absent. Mitoses 2/mm2.
Margins: Clear, closest 4 mm peripheral.
Pathologic stage pT2a.
SLN biopsy recommended.
""", summary="""
Melanoma, {{score:Breslow thickness 1.3 mm}}, {{score:Clark level IV}}, pT2a, margins clear.
"""),
    dict(style="pathology_report", note="""
Hematopathology: Lymph node, L cervical, excisional
Dx: Classic {{eponym:Hodgkin}} lymphoma, nodular sclerosis type.
{{eponym:Reed-Sternberg}} cells and lacunar variants, CD15 and CD30 positive, CD45 negative.
EBER ISH negative ({{eponym:Epstein-Barr}} virus not detected).
Background eosinophils; fibrous bands.
No starry-sky pattern to suggest {{eponym:Burkitt}}.
""", summary="""
Nodular sclerosis {{eponym:Hodgkin}} lymphoma with {{eponym:Reed-Sternberg}} cells; {{eponym:Epstein-Barr}} negative; not {{eponym:Burkitt}}.
"""),
    dict(style="pathology_report", note="""
Pediatric pathology: Kidney, R, nephrectomy
Dx: Nephroblastoma ({{eponym:Wilms}} tumor), triphasic, favorable histology.
No anaplasia. Renal sinus invaded; capsule intact.
Margins negative.
Separate bone lesion (other specimen): Small round blue cells, CD99 positive, EWSR1 rearranged: {{eponym:Ewing}} sarcoma.
{{eponym:Homer Wright}} rosettes not seen in {{eponym:Wilms}} specimen.
""", summary="""
{{eponym:Wilms}} tumor, favorable histology; separate {{eponym:Ewing}} sarcoma; no {{eponym:Homer Wright}} rosettes.
"""),
    dict(style="pathology_report", note="""
Liver biopsy
Steatohepatitis with ballooned hepatocytes and {{eponym:Mallory-Denk}} bodies.
{{eponym:Councilman}} bodies (acidophil bodies) scattered.
{{eponym:Masson}} trichrome: Bridging fibrosis, stage 3.
{{eponym:Perls}} iron stain: Grade 1 hepatocellular iron.
PAS-D: No alpha-1 antitrypsin globules.
{{eponym:Glisson}} capsule intact.
""", summary="""
Steatohepatitis with {{eponym:Mallory-Denk}} and {{eponym:Councilman}} bodies; {{eponym:Masson}} trichrome stage 3 fibrosis; {{eponym:Perls}} iron grade 1.
"""),
    dict(style="pathology_report", note="""
Lung, wedge biopsy
Necrotizing granulomas with {{eponym:Langhans}} giant cells.
{{eponym:Ziehl-Neelsen}}: Rare acid-fast bacilli. Mycobacterium favored.
GMS ({{eponym:Grocott}}): No fungal forms; Cryptococcus, Histoplasma not seen.
Mucicarmine negative.
Psammoma bodies absent.
{{eponym:Warthin-Starry}} negative for Bartonella.
""", summary="""
Necrotizing granulomas with {{eponym:Langhans}} cells and acid-fast bacilli on {{eponym:Ziehl-Neelsen}}; {{eponym:Grocott}} and {{eponym:Warthin-Starry}} negative.
"""),
    dict(style="pathology_report", note="""
Breast, L, core biopsy
Invasive ductal carcinoma, {{score:Nottingham grade 2}} ({{score:Bloom-Richardson 6/9}}).
ER positive 95%, PR positive 60%, HER2 1+ (negative).
Ki-67 {{lab:Ki-67 18%}}.
DCIS, cribriform, intermediate grade, present.
Calcifications in DCIS.
{{eponym:Cooper}} ligaments: Not assessable on core.
""", summary="""
IDC {{score:Nottingham grade 2}}, ER/PR positive, HER2 negative, {{lab:Ki-67 18%}}.
"""),
    dict(style="pathology_report", note="""
Cytology: Cervical, liquid-based {{eponym:Papanicolaou}} test
Interpretation: LSIL.
Koilocytes present. HPV high-risk positive.
Endocervical/transformation zone component present.
Candida forms present (pseudohyphae).
Recommend: Colposcopy per ASCCP.
""", summary="""
{{eponym:Papanicolaou}} test with LSIL and high-risk HPV, incidental Candida; colposcopy.
"""),
    dict(style="pathology_report", note="""
Brain, autopsy sections
Substantia nigra: Pallor with {{eponym:Lewy}} bodies; alpha-synuclein positive.
Hippocampus: Neurofibrillary tangles, {{score:Braak stage IV}}; {{eponym:Hirano}} bodies present.
Frontal cortex: No {{eponym:Pick}} bodies.
{{eponym:Negri}} bodies absent; no rabies features.
Congo red: Amyloid angiopathy, mild, apple-green birefringence.
Final: Mixed {{eponym:Alzheimer}} and {{eponym:Lewy}} body pathology.
""", summary="""
Mixed {{eponym:Alzheimer}} and {{eponym:Lewy}} pathology, {{score:Braak stage IV}}, {{eponym:Hirano}} bodies, no {{eponym:Pick}} or {{eponym:Negri}} bodies; Congo red positive.
"""),
]

NOTES += [
    # ---------------- rehab / PT notes ----------------
    dict(style="rehab_pt", note="""
PT initial eval, acute stroke
{{age:69}} yo R MCA stroke, L hemiparesis.
{{score:Berg 22/56}}: High fall risk. {{score:Tinetti 14/28}}.
Modified {{score:Ashworth 1+}} L elbow flexors.
{{eponym:Brunnstrom}} stage 3 L UE, stage 4 L LE.
Transfers: Mod A with Sara Stedy. {{eponym:Hoyer}} lift for bed to chair with nursing.
Gait: 20 ft with hemi-walker, Min-Mod A, L knee hyperextension.
{{score:Barthel 35}}.
Plan: Acute rehab referral. AFO trial. Will reassess weekly.
""", summary="""
Post-stroke hemiparesis, {{score:Berg 22/56}}, {{score:Ashworth 1+}}, {{eponym:Brunnstrom}} 3-4; {{eponym:Hoyer}} for transfers; acute rehab.
"""),
    dict(style="rehab_pt", note="""
Outpatient PT, knee
{{age:27}} yo F, pivoting injury.
{{eponym:Lachman}} positive with soft endpoint. Anterior drawer positive.
{{eponym:McMurray}} positive medial with click. {{eponym:Apley}} compression painful.
Thessaly test positive at 20 deg.
{{eponym:Ober}} test: Tight ITB on R. {{eponym:Ely}} test negative. {{eponym:Thomas}} test: Hip flexor tightness R.
{{eponym:Bledsoe}} brace locked 0-90 per ortho.
Plan: Quad sets, SLR, patellar mobs. Cryo. Surgery consult pending MRI.
""", summary="""
Knee injury with positive {{eponym:Lachman}} and {{eponym:McMurray}}; {{eponym:Ober}} tight, {{eponym:Thomas}} test positive; {{eponym:Bledsoe}} brace.
"""),
    dict(style="rehab_pt", note="""
PT eval, shoulder pain
{{eponym:Neer}} positive. {{eponym:Hawkins-Kennedy}} positive.
{{eponym:Jobe}} (empty can) weak and painful, 4-/5.
{{eponym:Speed}} test positive. {{eponym:Yergason}} negative.
{{eponym:O'Brien}} test positive with palm down, relief palm up: SLAP concern.
{{eponym:Spurling}} negative. {{eponym:Adson}} and {{eponym:Roos}} negative for TOS.
Plan: Rotator cuff strengthening, scapular stabilization. Ice after session.
{{drug:Tylenol}} and {{drug:Naproxen}} per PCP.
""", summary="""
Shoulder impingement ({{eponym:Neer}}, {{eponym:Hawkins-Kennedy}}, {{eponym:Jobe}}) with possible SLAP ({{eponym:O'Brien}}, {{eponym:Speed}}); {{eponym:Spurling}} and TOS tests negative.
"""),
    dict(style="rehab_pt", note="""
PT, low back pain
Slump test negative. SLR negative bilaterally to 80 deg.
FABER ({{eponym:Patrick}}) test positive R for SI pain. {{eponym:Gaenslen}} positive R.
{{eponym:Kemp}} test negative.
{{score:Schober 4 cm}}.
{{eponym:Waddell}} signs 1/5.
{{eponym:Trendelenburg}} sign negative; gluteus medius 4/5.
Plan: {{eponym:McKenzie}} extension protocol, SI belt. Follow up 2x/week.
""", summary="""
SI joint pain with positive {{eponym:Patrick}} and {{eponym:Gaenslen}}; {{eponym:Schober}} normal; {{eponym:Waddell}} 1/5; {{eponym:McKenzie}} protocol.
"""),
    dict(style="rehab_pt", note="""
OT note, wrist
{{eponym:De Quervain}} tenosynovitis: {{eponym:Finkelstein}} positive.
{{eponym:Phalen}} negative. {{eponym:Tinel}} at wrist negative.
Grip: 18 kg L vs 30 kg R (Jamar dynamometer).
Thumb spica splint fabricated.
Patient education: Avoid repetitive ulnar deviation.
Kinesio tape trial.
Plan: Hand therapy 6 visits; steroid injection if no better.
""", summary="""
{{eponym:De Quervain}} tenosynovitis with positive {{eponym:Finkelstein}}; {{eponym:Phalen}} and {{eponym:Tinel}} negative; thumb spica splint.
"""),
    dict(style="rehab_pt", note="""
Inpatient PT, post spine fusion
{{eponym:Jewett}} brace on when OOB.
Log roll bed mobility, Min A.
{{score:Borg RPE 13}} after 150 ft with rolling walker.
{{eponym:Lofstrand}} crutches trial deferred.
Orthostatic: {{vital:BP 128/76}} supine, {{vital:BP 104/66}} standing, symptomatic.
TED hose and abdominal binder applied.
Will reassess tomorrow AM. Dispo: Home with HHPT vs IRF.
""", summary="""
Post-fusion mobility in {{eponym:Jewett}} brace, {{score:Borg 13}} with walker; orthostatic; {{eponym:Lofstrand}} crutches deferred.
"""),
    dict(style="rehab_pt", note="""
Rehab progress, TBI
Rancho Los Amigos level VI: Confused, appropriate.
{{score:FIM motor 48}}.
{{score:Karnofsky 50}}.
Balance: {{eponym:Romberg}} positive eyes closed.
Gait: Rollator, CGA, 300 ft.
Cognition: Orientation log 22/30. Galveston not repeated.
Plan: Continue IRF, family training. Safety: Posey alarm belt in chair.
""", summary="""
TBI rehab at Rancho VI, {{score:FIM motor 48}}, {{score:Karnofsky 50}}, {{eponym:Romberg}} positive; continue IRF.
"""),
    dict(style="rehab_pt", note="""
PT, vestibular
{{eponym:Dix-Hallpike}} negative today (was positive on L last visit).
{{eponym:Epley}} x1 completed last visit, resolved.
Head impulse normal. Dynamic visual acuity: 1 line loss.
{{eponym:Snellen}} 20/25 OU.
{{eponym:Valsalva}}-induced dizziness: None.
Home: {{eponym:Brandt-Daroff}} exercises 3x/day.
Plan: Discharge from vestibular PT.
""", summary="""
BPPV resolved after {{eponym:Epley}}, {{eponym:Dix-Hallpike}} now negative; {{eponym:Snellen}} 20/25; {{eponym:Brandt-Daroff}} home program.
"""),
    # ---------------- wound / ostomy notes ----------------
    dict(style="wound_ostomy", note="""
WOC consult, sacral wound
Stage 3 pressure injury sacrum, 4.2 x 3.1 x 0.6 cm.
Wound bed 80% red granulation, 20% yellow slough. Edges rolled.
{{score:Braden 12}}.
Cleanse with {{drug:Vashe}}. {{drug:Santyl}} to slough, cover with Mepilex Border Sacrum.
Low air loss mattress. Turn q2h. Prevalon boots.
{{score:Bates-Jensen 31}}.
Will follow twice weekly.
""", summary="""
Stage 3 sacral pressure injury, {{score:Braden 12}}; {{drug:Santyl}} and Mepilex; low air loss; {{score:Bates-Jensen 31}}.
"""),
    dict(style="wound_ostomy", note="""
Ostomy nurse, new ileostomy
End ileostomy ({{eponym:Brooke}}), RLQ, 30 mm round, budded 2 cm.
Peristomal skin: Mild irritation 6 o'clock.
Pouching: 2-piece Hollister, cut-to-fit, with {{eponym:Eakin}} seal.
Stomahesive powder and Cavilon no-sting barrier film to denuded area (crusting).
Output {{dose:1200 mL}} per day, thick.
Teach-back: Emptied pouch independently.
{{drug:Imodium}} {{dose:2 mg}} QID PRN if output exceeds 1.5 L.
""", summary="""
New {{eponym:Brooke}} ileostomy pouched with {{eponym:Eakin}} seal; crusting for irritation; {{drug:Imodium}} if high output.
"""),
    dict(style="wound_ostomy", note="""
Wound clinic, diabetic foot
Plantar 1st MTH ulcer, {{score:Wagner 2}}. University of Texas 2A.
Probe to bone negative.
{{eponym:Charcot}} foot changes on L: Midfoot warm, no rocker-bottom yet.
Debrided to bleeding tissue. Silver alginate (Aquacel Ag), Kerlix, Coban.
Offloading: Total contact cast.
HbA1c {{lab:HbA1c 9.4}}.
ABI {{vital:ABI 0.92}}.
""", summary="""
Diabetic foot ulcer {{score:Wagner 2}}, possible early {{eponym:Charcot}} foot; debrided, Aquacel Ag, total contact cast; {{lab:HbA1c 9.4}}.
"""),
    dict(style="wound_ostomy", note="""
Wound note, venous leg ulcer
R medial malleolus, 3.0 x 2.2 cm, shallow, heavy exudate.
Hemosiderin staining, lipodermatosclerosis.
Allevyn foam over Xeroform.
{{eponym:Unna}} boot applied, change weekly. Profore as alternative.
Periwound: Zinc-based barrier.
Elevate legs above heart 30 min 3x/day.
Plan: Vascular referral if no 40% reduction in 4 weeks.
""", summary="""
Venous ulcer dressed with Allevyn over Xeroform and {{eponym:Unna}} boot compression; vascular referral if stalled.
"""),
    dict(style="wound_ostomy", note="""
Wound VAC change, abdominal wound
Midline 18 x 6 x 4 cm, 100% beefy red.
Black Granufoam x2 pieces, Whitefoam over exposed fascia.
Continuous {{vital:-125 mmHg}}.
{{drug:Dakin}} solution {{dose:0.125%}} soaks not needed now.
Tunneling at 12 o'clock 2 cm, lightly filled.
JP drain ({{eponym:Jackson-Pratt}}) site healed.
{{eponym:Penrose}} removed from L flank.
Will change M/W/F.
""", summary="""
Abdominal wound on VAC at {{vital:-125 mmHg}}; {{drug:Dakin}} not needed; {{eponym:Jackson-Pratt}} site healed; {{eponym:Penrose}} out.
"""),
    dict(style="wound_ostomy", note="""
Urostomy check
Ileal conduit ({{eponym:Bricker}}), RLQ, 25 mm.
Mucus in urine expected.
Pouch with anti-reflux valve; night drainage bag.
Skin: Candida rash peristomal: {{drug:Nystatin}} powder, crusted with barrier film.
Indiana pouch not applicable. {{eponym:Mitrofanoff}} channel: N/A.
Urine cx not sent (conduit always colonized).
Follow-up 2 weeks.
""", summary="""
{{eponym:Bricker}} ileal conduit with peristomal Candida, treated with {{drug:Nystatin}} powder; no {{eponym:Mitrofanoff}}.
"""),
    dict(style="wound_ostomy", note="""
Burn/wound note, R forearm
Partial thickness, 2% TBSA, blistered.
{{drug:Silvadene}} stopped; switched to Mepilex Ag.
Xeroform on donor site (L thigh), Tegaderm over.
Kerlix and Ace wrap.
{{drug:Tylenol}} {{dose:650 mg}} and {{drug:Oxycodone}} {{dose:5 mg}} premedication before changes.
Tetanus up to date.
Rose-colored granulation at edges. Will reassess in 3 days.
""", summary="""
Partial thickness forearm burn; {{drug:Silvadene}} changed to Mepilex Ag; premedicated with {{drug:Tylenol}} and {{drug:Oxycodone}}.
"""),
]
