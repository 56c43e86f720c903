NOTES = [
    dict(style="omfs_operative_note", note="""
ORAL & MAXILLOFACIAL SURGERY - OPERATIVE NOTE
Patient: [[NAME:Ruaridh MacAulay]]    Chart # [[MRN:OMS-031177]]    DOS: [[DATE:06/13/2025]]
Surgeon: Dr. [[NAME:Ngozi Eze]], DDS, MD    Assistant: [[NAME:Bri Torres]], DA
Procedure: extraction #1, #16 (erupted); #17 (partial bony), #32 (full bony impaction), with sectioning and bone removal.
ASA II (mild intermittent asthma). NPO since midnight. Escort: mother [[NAME:Morag MacAulay]].
Anesthesia: IV moderate sedation - {{drug:midazolam}} {{dose:5 mg}}, {{drug:fentanyl}} {{dose:100 mcg}}, {{drug:Decadron}} {{dose:8 mg}} IV. Local: 2% {{drug:lidocaine}} 1:100,000 epi x 5 carpules ({{dose:180 mg}}), 0.5% {{drug:Marcaine}} 1:200,000 x 2 carpules.
Monitoring: {{vital:SpO2 97-100%}} on 2 L NC, {{vital:BP 124/78}} pre-op, {{vital:HR 72-96}}, capnography throughout.
Findings: #32 roots in close approximation to IAN canal on CBCT; no exposure of nerve seen. #17 distal bone removed with 702 bur under irrigation.
Closure: 3-0 chromic gut. Hemostasis with pressure and gauze. EBL 15 mL.
Rx: {{drug:ibuprofen}} {{dose:600 mg}} q6h, {{drug:acetaminophen}} {{dose:500 mg}} q6h staggered, {{drug:Peridex}} {{dose:0.12%}} rinse BID starting tomorrow.
Discharged 10:55 with mother, alert, {{score:Aldrete 10}}. Post-op call tomorrow.
""", summary="""
Dr. [[NAME:Ngozi Eze]] removed four third molars from [[NAME:Ruaridh MacAulay]] under IV sedation on [[DATE:06/13/2025]] without nerve exposure. He was discharged with his mother on {{drug:ibuprofen}} and {{drug:acetaminophen}}.
"""),

    dict(style="dental_perio_maintenance", note="""
Perio maint  [[DATE:5/27/25]]
pt [[NAME:Árni Stefánsson]] here for 3 mo PM. med hx updated: new {{drug:Eliquis}} {{dose:5 mg}} BID for afib since March - pt aware of increased bleeding. {{vital:BP 142/88}} L arm seated, rechecked {{vital:BP 138/86}}.
PD 4-5 mm posterior sextants, 6 mm #3 DB and #14 MB w/ BOP. Generalized stage III grade B periodontitis, stable except #3/#14.
FMS w/ ultrasonic + hand instr, no excess bleeding. Localized {{drug:Arestin}} #3 DB, #14 MB.
OHI: water flosser on low, interproximal brushes size 3.
Next PM 3 mo. Pt prefers Tues AM; text reminders to [[PHONE:701-555-0163]] (wife [[NAME:Sigrún]]'s cell).
[[NAME:KLM]], RDH / Dr. [[NAME:Ólafsson]]
""", summary="""
[[NAME:Árni Stefánsson]] had periodontal maintenance on [[DATE:5/27/25]] with localized {{drug:Arestin}} at two deep pockets; his new {{drug:Eliquis}} caused no excess bleeding.
"""),

    dict(style="omfs_ed_consult", note="""
OMFS CONSULT - EMERGENCY DEPT
Requesting: Dr. [[NAME:Kristin Dahl]], EM    Consult time 11:20
Pt [[NAME:Ole Kristian Bjørnstad]] is a [[AGE:93]]-year-old man from [[ADDRESS:Decorah]] brought in by daughter after a mechanical fall at home this AM, striking chin on tile floor. On {{drug:Plavix}} for prior stent. No LOC, {{score:GCS 15}}.
Exam: 3 cm chin laceration, anterior open bite, step-off L parasymphysis with mobile segment, sublingual ecchymosis. Edentulous maxilla with complete denture; mandible partially dentate (#22-#27). Maxilla stable, no {{eponym:Le Fort}} mobility. Trismus, MIO 22 mm.
CT face [[DATE:6/22/25]], acc [[MRN:CT25-0419983]]: displaced L parasymphyseal fx and bilateral condylar neck fx.
A/P: "guardsman" fracture pattern in an elderly partially dentate pt.
- Discussed ORIF of symphysis under GA vs closed management with soft diet; given age [[AGE:93]] and frailty, pt and daughter [[NAME:Kari]] prefer least invasive approach.
- Plan closed tx, liquid/soft diet, {{drug:Unasyn}} {{dose:3 g}} IV q6h then {{drug:Augmentin}} {{dose:875 mg}} BID x 7 d, {{drug:Peridex}} rinses.
- Chin lac repaired by ED. Recheck in OMFS clinic 1 wk.
Dr. [[NAME:Thomas Yellowhorse]], OMFS resident / staffed with Dr. [[NAME:Eze]]
""", summary="""
[[NAME:Ole Kristian Bjørnstad]], [[AGE:93]], fell and sustained a left parasymphyseal and bilateral condylar mandible fracture. He and his daughter chose closed management with a soft diet and antibiotics.
"""),

    dict(style="dental_after_hours_call", note="""
After-hours call log - OMFS on call
[[DATE:Sat 6/14]] 21:37  [[NAME:Leilani Kamakau]] called via exchange, cb [[PHONE:808.555.0172]]
3 days s/p #17/#32 extraction (done [[DATE:6/11]] by Dr. [[NAME:Palakiko]]). Throbbing pain L lower jaw radiating to ear, worse today, {{score:8/10}}, not controlled w/ {{drug:Motrin}} {{dose:600 mg}} + {{drug:Tylenol}} {{dose:1000 mg}}. Bad taste. No fever, no facial swelling, swallowing ok, opening at baseline.
Impression: likely alveolar osteitis #17.
Advised: warm salt water rinses after meals, continue alternating analgesics on schedule, no straws/vaping. Added to Mon AM add-on list for irrigation and {{drug:Alvogyl}} placement. ED precautions for fever, swelling, trouble swallowing or breathing.
-- Dr. [[NAME:Nāone]] (on call)
""", summary="""
[[NAME:Leilani Kamakau]] called on [[DATE:6/14]] with worsening pain three days after lower third molar extraction, consistent with dry socket. She was advised on rinses and analgesics and scheduled for {{drug:Alvogyl}} placement.
"""),

    dict(style="dental_implant_note", note="""
IMPLANT PLACEMENT - SITE #30
Pre-op: CBCT reviewed; 11 mm bone height above IAN canal, 8.5 mm buccolingual width. Med hx unchanged. {{vital:BP 131/79}}, {{vital:HR 70}}.
Anesthesia: 4% {{drug:Septocaine}} 1:100,000 epi x 2 carpules, IANB + long buccal.
Procedure: crestal incision with sulcular extension #29-#31, full-thickness flap. Sequential osteotomy to 4.1 mm at 800 rpm with copious saline. Straumann BLT 4.1 x 10 mm placed, insertion torque 35 Ncm, {{score:ISQ 74}}. Healing abutment 4 mm. Closure 4-0 chromic gut, interrupted.
PA radiograph: implant parallel to #29, 2 mm above canal.
Post-op: {{drug:amoxicillin}} {{dose:500 mg}} TID x 7 d, {{drug:chlorhexidine}} {{dose:0.12%}} BID, {{drug:ibuprofen}} {{dose:600 mg}} q6h PRN. Soft diet, no chewing on R side.
RTC 2 wk suture check; restore at 3 mo if {{score:ISQ 70}} or higher.
""", summary="""
A 4.1 x 10 mm implant was placed at site #30 with good primary stability ({{score:ISQ 74}}). Restoration is planned at three months.
"""),

    dict(style="poison_center_case", note="""
POISON CENTER CASE RECORD
Case # [[MRN:PC25-071346]]    Rec'd [[DATE:06/15/2025]] 02:18    Caller: HCP - [[NAME:Aisling Byrne]], RN, Mercy ED, [[PHONE:(406) 555-0190]]
Pt: [[NAME:Eilidh Sutherland]], F, {{age:17}}, 54 kg
Exposure: intentional; {{drug:acetaminophen}} 500 mg tabs x ~40 (~{{dose:20 g}}, ~{{dose:370 mg/kg}}) ingested 2130-2200 on [[DATE:6/14]]; also ~6 {{drug:diphenhydramine}} 25 mg.
Sx: nausea x1 emesis, mild tachycardia {{vital:HR 112}}, pupils 6 mm, no AMS.
Labs (4 h): {{lab:APAP 212 mcg/mL}} - above treatment line on {{eponym:Rumack-Matthew}} nomogram. {{lab:AST 28}}, {{lab:ALT 19}}, {{lab:INR 1.0}}, {{lab:salicylate <3}}, {{lab:EtOH neg}}.
Rec: {{drug:NAC}} IV 21-h protocol ({{dose:150 mg/kg}} over 1 h, then {{dose:50 mg/kg}} over 4 h, then {{dose:100 mg/kg}} over 16 h). Repeat APAP/AST at end of 3rd bag; continue NAC if APAP detectable or AST rising. ECG for QRS. 1:1 sitter, psych after medical clearance.
F/U [[DATE:6/15]] 09:30: per Dr. [[NAME:Cathal Doyle]], on bag 2, tolerating, {{lab:AST 31}}.
F/U [[DATE:6/16]] 07:45: {{lab:APAP <10}}, {{lab:AST 40}}, NAC stopped. Medically cleared, to adolescent psych.
SPI: [[NAME:M. Ó Conaill]], PharmD, CSPI
""", summary="""
A {{age:17}}-year-old took about {{dose:20 g}} of {{drug:acetaminophen}} on [[DATE:6/14]], with a 4-hour level above the {{eponym:Rumack-Matthew}} treatment line. She completed IV {{drug:NAC}} without liver injury and was medically cleared on [[DATE:6/16]].
"""),

    dict(style="poison_center_home_call", note="""
Poison help line - home caller
[[DATE:Wed Jun 18 2025]] 17:05
Caller: grandmother [[NAME:Begay, Ella]], [[ADDRESS:Chinle]], AZ    ph [[PHONE:928-555-0134]]
Pt: grandson "[[NAME:Bubba]]" ([[NAME:Tyrese Begay]]), {{age:2}} y/o, ~13 kg
Found chewing grandmother's {{drug:clonidine}} 0.1 mg tabs ~20 min ago; bottle count 14 -> 11, half tab on floor. Potential {{dose:0.3 mg}} (~{{dose:23 mcg/kg}}).
Child awake, "a little sleepy," breathing normal per caller.
Rec: go to ED now (dose exceeds home-observation threshold); do not induce vomiting; caller has car, ~15 min drive. Called ED charge RN [[NAME:Yanabah Tso]] with report.
F/U 18:40: in ED, sleepy but arousable, {{vital:HR 78}}, {{vital:BP 88/50}}, {{vital:SpO2 97%}}, {{lab:glucose 96}}. Observe on monitor; {{drug:naloxone}} not needed at this time.
F/U [[DATE:6/19]] 07:10: {{vital:HR 96}}, playful, eating. Discharged home. Grandmother counseled on lockbox; case closed, outcome minor effect.
[[NAME:sfranklin]], CSPI
""", summary="""
Two-year-old [[NAME:Tyrese Begay]] possibly ingested up to {{dose:0.3 mg}} of his grandmother's {{drug:clonidine}} on [[DATE:Jun 18 2025]] and was sent to the ED. He had mild sedation and bradycardia and went home the next morning.
"""),

    dict(style="poison_center_mushroom", note="""
CASE NOTE - mushroom ingestion, possible amatoxin
case [[MRN:PC25-072210]]. call from daughter [[NAME:zsófia kovács-reed]] [[PHONE:216-555-0119]]. father [[NAME:zoltán kovács]], [[AGE:90]]-yo M, picked mushrooms in the woods behind his house in [[ADDRESS:Shaker Heights]] and cooked paprikás for dinner [[DATE:10/3]] ~1900. onset profuse watery diarrhea and vomiting ~0300 (8 h delay - concerning).
now at ED, {{vital:BP 98/60}}, {{vital:HR 108}}, dry mucosa. {{lab:AST 46}}, {{lab:ALT 52}}, {{lab:Cr 1.6}}, {{lab:INR 1.1}}.
photos of leftover caps emailed by daughter to consulting mycologist Dr. [[NAME:Ilona Fekete]] ([[EMAIL:ifekete.myco@gmail.com]]) - white gills, skirt-like ring, cup at base -> probable Amanita.
recs: aggressive IV fluids, multidose {{drug:activated charcoal}} {{dose:25 g}} q4h, IV {{drug:NAC}} per APAP protocol, LFT/INR q12h, consider {{drug:silibinin}} via emergency IND; early transplant center contact given age - likely not a candidate, goals of care with family.
tox attending Dr. [[NAME:Gábor Nagy]] aware.
""", summary="""
[[NAME:Zoltán Kovács]], [[AGE:90]], developed delayed severe GI symptoms after eating foraged mushrooms on [[DATE:10/3]], concerning for amatoxin poisoning. The poison center recommended fluids, charcoal, {{drug:NAC}} and serial liver tests, and a mycologist reviewed photos.
"""),

    dict(style="toxicology_consult", note="""
MEDICAL TOXICOLOGY CONSULT
Pt: [[NAME:Ioana Ștefănescu-Marin]]    MRN [[MRN:002384761]]    Adm [[DATE:2025-06-08]]
Requesting: Dr. [[NAME:Tudor Constantin]], MICU
HPI: {{age:34}} F with depression on {{drug:sertraline}} {{dose:150 mg}} daily; started {{drug:tramadol}} {{dose:50 mg}} q6h after dental extraction on [[DATE:6/5]] and has been taking OTC {{drug:dextromethorphan}} cough syrup. Brought in by partner [[NAME:Andrei]] for agitation, tremor, sweating and diarrhea.
Exam: {{vital:T 39.2 C}}, {{vital:HR 132}}, {{vital:BP 168/96}}, {{vital:RR 24}}. Diaphoretic, mydriasis, ocular clonus, inducible and spontaneous clonus LE > UE, hyperreflexia, {{eponym:Babinski}} equivocal. No lead-pipe rigidity.
Labs: {{lab:CK 1840}}, {{lab:Cr 1.1}}, {{lab:K 4.2}}, {{lab:HCO3 19}}.
Impression: serotonin toxicity, meets {{eponym:Hunter}} criteria; NMS less likely.
Rec:
1. Stop {{drug:sertraline}}, {{drug:tramadol}}, {{drug:dextromethorphan}}.
2. {{drug:cyproheptadine}} {{dose:12 mg}} PO/NG, then {{dose:2 mg}} q2h while sx persist (max {{dose:32 mg/day}}).
3. {{drug:lorazepam}} {{dose:1-2 mg}} IV q10-15 min for agitation; avoid physical restraints.
4. External cooling; if T >41 C - intubate and paralyze with nondepolarizer.
[[NAME:Adaeze Okafor]], MD, Toxicology fellow / attending Dr. [[NAME:R. Kealoha]], pager [[PHONE:4-7719]]
""", summary="""
[[NAME:Ioana Ștefănescu-Marin]] developed serotonin toxicity meeting {{eponym:Hunter}} criteria from {{drug:sertraline}} plus {{drug:tramadol}} and {{drug:dextromethorphan}}. Toxicology recommended stopping them and giving {{drug:cyproheptadine}}, benzodiazepines and cooling.
"""),

    dict(style="toxicology_followup", note="""
TOXICOLOGY FOLLOW-UP - CROTALID ENVENOMATION
Hospital day 2. Rattlesnake bite R dorsal hand while clearing brush; species uncertain (Mojave vs Western Diamondback per description).
Received {{drug:CroFab}} 6 vials initial + 6 vials repeat for progression, then 2-vial maintenance x 3 doses, completed 0400.
Swelling leading edge at mid-forearm, unchanged x 12 h (marked q1h). Compartments soft. Pain {{score:3/10}}.
Labs: {{lab:plt 142}} (nadir 96), {{lab:fibrinogen 188}} (nadir 110), {{lab:INR 1.2}}. No bleeding.
Plan: no further antivenom. Discharge today if labs stable at 1200. Recheck plt/fibrinogen on day 2-3 and day 5-7 after last dose for recurrent coagulopathy. Avoid NSAIDs, contact sports and elective procedures x 2 wk. {{drug:Tdap}} given on arrival.
""", summary="""
Rattlesnake envenomation of the right hand has stabilized after {{drug:CroFab}}, with recovering platelets and fibrinogen. Discharge is planned with outpatient coagulation checks for late recurrence.
"""),

    dict(style="ems_patient_care_report", note="""
PATIENT CARE REPORT - Medic 12
Incident # [[MRN:2025-041187]]    PCR # [[MRN:88213-A]]    Date [[DATE:06/07/25]]
Dispatched 06:41 to [[ADDRESS:3318 Calle Loíza, San Juan, PR 00911]] for "man not breathing."
Pt: [[NAME:Héctor Luis Rosado Colón]], M, approx {{age:66}}
Witnessed collapse by wife [[NAME:Migdalia]] ~06:35; bystander CPR by neighbor [[NAME:Edwin]] w/ dispatcher instruction.
Arrival 06:47: pulseless, apneic. Monitor VF -> defib 200 J x1, CPR 2 min, VF -> 200 J, {{drug:epinephrine}} {{dose:1 mg}} IO L tibia, {{drug:amiodarone}} {{dose:300 mg}} IO, 3rd shock -> organized rhythm.
ROSC 06:58. i-gel #4 placed, ETCO2 34 with good waveform.
Post-ROSC: {{vital:BP 92/60}}, {{vital:HR 112}} sinus tach, {{vital:SpO2 95%}}, {{lab:BGL 188}}, {{score:GCS 3}}.
12-lead: STE II, III, aVF with reciprocal I/aVL -> STEMI alert called 07:04.
{{drug:norepinephrine}} {{dose:4 mcg/min}} started for MAP <65.
Transported emergent to PCI center, arrived 07:19, care to ED team.
Crew: [[NAME:J. Velázquez]], EMT-P (lead); [[NAME:Nilsa Ortiz]], EMT-B.
""", summary="""
[[NAME:Héctor Luis Rosado Colón]] had a witnessed VF arrest on [[DATE:06/07/25]] and regained a pulse after three shocks, {{drug:epinephrine}} and {{drug:amiodarone}}. A post-ROSC ECG showed an inferior STEMI, and he was taken to a PCI center.
"""),

    dict(style="ems_trauma_run", note="""
EMS RUN REPORT    Units: Rescue 4 / Medic 9
Date/Time: [[DATE:14JUN2025]] 23:12    Location: [[ADDRESS:Hwy 20]] MP 112 west of [[ADDRESS:Burns]], OR
Pt 1 of 2: [[NAME:Callum Fraser]], {{age:24}} M, restrained driver, single-vehicle rollover, est 60 mph, prolonged extrication 25 min (roof flap by Rescue 4).
Primary: airway patent, BS = bilat, chest stable, abd tender LUQ, pelvis stable, L femur deformity.
{{score:GCS 13}} (E3 V4 M6), PERRL, moves all ext except LLE.
Time   BP       HR   RR  SpO2   ETCO2
2325   {{vital:102/64}}   {{vital:118}}  {{vital:24}}  {{vital:94%}}    32
2340   {{vital:94/58}}    {{vital:126}}  {{vital:22}}  {{vital:96%}}    30
2355   {{vital:100/62}}   {{vital:120}}  {{vital:20}}  {{vital:97%}}    31
Tx: c-collar, vacuum mattress, traction splint LLE, 2 x 16g IV, {{drug:TXA}} {{dose:1 g}} over 10 min, {{drug:fentanyl}} {{dose:50 mcg}} IV x2, NS {{dose:500 mL}} (permissive hypotension).
Air medical declined due to weather; ground to Level II trauma center, 48 min.
Pt 2 (passenger [[NAME:Isla Fraser]]) transported by Medic 11, see separate PCR.
Crew: [[NAME:Austin Cole]], Paramedic; [[NAME:Siobhán Kearney]], AEMT
""", summary="""
[[NAME:Callum Fraser]] was extricated after a rollover on [[DATE:14JUN2025]] with a suspected splenic injury and left femur fracture, and was hypotensive and tachycardic. He received {{drug:TXA}}, a traction splint and {{drug:fentanyl}} before ground transport.
"""),

    dict(style="interfacility_transfer", note="""
INTERFACILITY TRANSFER - CRITICAL CARE TRANSPORT
Pt: [[NAME:HALVORSEN, BIRGIT A]]    DOB [[DATE:11/22/1948]]    FIN [[MRN:4400917265]]
Sending: Prairie Lakes Regional ED, Dr. [[NAME:Lars Eide]]    Receiving: Sanford Heart cath lab, accepting Dr. [[NAME:Tiago Moreira]]
Dx: inferior STEMI, door 14:02; anticipated PCI >120 min -> {{drug:TNKase}} {{dose:35 mg}} (wt-based) given 14:31 at sending facility.
Also rec'd {{drug:aspirin}} {{dose:325 mg}}, {{drug:Plavix}} {{dose:300 mg}}, {{drug:heparin}} {{dose:4000 units}} bolus.
En route 15:02-15:46:
- {{drug:heparin}} gtt {{dose:12 units/kg/h}}, {{drug:nitroglycerin}} gtt {{dose:20 mcg/min}}
- Chest pain {{score:7/10}} -> {{score:2/10}}; STE II/III/aVF decreased >50% on repeat 12-lead at 15:20 (reperfusion)
- 15:24 AIVR x 40 sec, self-limited, hemodynamically stable
- {{vital:BP 118/70}}, {{vital:HR 64}}, {{vital:SpO2 96%}} 2 L at handoff
Husband [[NAME:Nils]] driving separately, cell [[PHONE:605-555-0174]].
Report to cath lab RN [[NAME:Owen Pritchard]] 15:48 [[DATE:6/10]].
[[NAME:E. Rasmussen]], RN, CFRN / [[NAME:Keanu Makoa]], FP-C
""", summary="""
[[NAME:Birgit Halvorsen]] was transferred on [[DATE:6/10]] for an inferior STEMI after {{drug:TNKase}}, with signs of reperfusion and a brief self-limited AIVR en route. She arrived stable to the cath lab.
"""),

    dict(style="transfer_center_log", note="""
TRANSFER CENTER LOG    Ref# [[MRN:TC-250619-044]]
[[DATE:19 Jun]] 08:12  Call from Dr. [[NAME:Temitope Adebayo]], Ozark Valley Medical Ctr ED, [[PHONE:870-555-0118]], requesting neurosurgery transfer.
         Pt: [[NAME:Nomvula Khumalo]], {{age:58}} F, thunderclap HA at 0630, CT: diffuse SAH. {{score:Hunt-Hess 3}}, {{score:modified Fisher 3}}. {{vital:BP 178/96}} on {{drug:nicardipine}} gtt. Not anticoagulated.
08:19  Conferenced w/ neurosurgery Dr. [[NAME:Gareth Llewellyn]] - ACCEPTED. Neuro ICU bed assigned.
08:22  Flight team dispatched, ETA to sending 35 min. Sending to send CT images via PACS push.
08:40  Husband [[NAME:Sipho Khumalo]] (visiting from South Africa) given unit number; cell [[PHONE:+27 82 555 0146]].
09:51  Pt arrived Neuro ICU. Report to [[NAME:Thandiwe]], RN. Log closed.
-- [[NAME:KWN]] transfer RN
""", summary="""
On [[DATE:19 Jun]] neurosurgeon Dr. [[NAME:Gareth Llewellyn]] accepted [[NAME:Nomvula Khumalo]], {{age:58}}, with a {{score:Hunt-Hess 3}} subarachnoid hemorrhage. She was flown in and reached the Neuro ICU at 09:51.
"""),

    dict(style="ems_refusal", note="""
REFUSAL OF TRANSPORT - AGAINST MEDICAL ADVICE
Resp to [[ADDRESS:17 Cathedral Ave, Butte, MT]] for lift assist. Pt [[NAME:Bridget]] "[[NAME:Bridie]]" [[NAME:Mulcahy]], DOB [[DATE:2/19/1929]], age [[AGE:96]], found seated on floor beside recliner, slid out while reaching for remote approx 1 h ago. Denies hitting head, denies dizziness, CP, SOB.
Assessment: A&Ox4, speech clear, {{score:GCS 15}}. No deformity, full ROM hips, ambulated to bathroom with her own walker steady. {{vital:BP 148/80}}, {{vital:HR 72}} reg, {{vital:RR 16}}, {{vital:SpO2 96%}}, {{lab:BGL 112}}. Skin tear L forearm 2 cm - cleaned, steri-stripped.
Capacity: understands risks incl. occult fracture and head bleed (on {{drug:Eliquis}}), able to repeat back; declines ED - "I've been on this floor before and I'll be on it again."
Neighbor [[NAME:Padraig]] agreed to stay tonight. Daughter [[NAME:Maura Keane]] notified at [[PHONE:406-555-0153]], agrees with plan, will call PCP AM.
Refusal signed by pt; witness [[NAME:T. Yellowhorse]], EMT.
""", summary="""
EMS found [[NAME:Bridget Mulcahy]], [[AGE:96]], uninjured on the floor apart from a skin tear, and she declined transport with intact capacity despite being on {{drug:Eliquis}}. A neighbor will stay with her and her daughter was notified.
"""),

    dict(style="ems_stroke_alert", note="""
ALS - PREHOSPITAL STROKE ALERT
LKW 13:40 per spouse; found 14:05 with R facial droop, R arm drift, expressive aphasia.
{{eponym:Cincinnati}} Prehospital Stroke Scale 3/3 positive. {{score:RACE 7}} -> LVO suspected.
{{lab:BGL 134}}. {{vital:BP 186/104}}, {{vital:HR 124}} irregular (AF w/ RVR on monitor), {{vital:SpO2 95%}} RA, {{score:GCS 14}} (E4 V4 M6).
Meds per spouse: {{drug:Xarelto}} {{dose:20 mg}} - last dose this AM; {{drug:metoprolol}}, {{drug:Lipitor}}.
Bypassed nearest ED for thrombectomy-capable center per regional protocol, transport 22 min. Stroke alert called 14:11. 18g L AC. No treatment of BP prehospital per protocol.
Stroke team met at door 14:32, direct to CT.
""", summary="""
A patient with atrial fibrillation on {{drug:Xarelto}} had right-sided weakness and aphasia with {{score:RACE 7}}, suggesting a large vessel occlusion. EMS bypassed the nearest ED to a thrombectomy-capable center.
"""),

    dict(style="sleep_psg_report", note="""
POLYSOMNOGRAPHY REPORT - DIAGNOSTIC (Type I, attended)
Patient: [[NAME:Kealoha, Makoa]]    DOB: [[DATE:07/04/1979]]    Study #: [[MRN:PSG-25-0613]]
Study night: [[DATE:6/13/2025]]    Referring: Dr. [[NAME:Hōkūlani Kaʻaihue]]
Scored by [[NAME:D. Kahale]], RPSGT (AASM 3% hypopnea rule)
{{vital:BMI 36.4}}, neck 44 cm, {{score:Epworth 14}}, {{score:Mallampati IV}}.
TST 382 min, sleep efficiency 84%, WASO 58 min, N3 6%, REM 14%.
{{lab:AHI 38.2/h}} (supine 61.0, non-supine 17.4; REM 52.3), {{lab:RDI 44.0/h}}, central index 0.8.
{{lab:SpO2 nadir 78%}}, T90 11% of TST. {{lab:PLMI 4}}. ECG: sinus rhythm, occasional PVCs, no pauses.
Impression: Severe obstructive sleep apnea, positional and REM-accentuated.
Recommendations: CPAP titration (or APAP 8-16 cm H2O if titration delayed); weight management; avoid sedatives and alcohol at bedtime; drowsy driving counseling given {{score:Epworth 14}}.
Interpreting physician: [[NAME:Einar Thorvaldsen]], MD, D-ABSM    e-signed [[DATE:06/16/2025]] 11:02
""", summary="""
[[NAME:Makoa Kealoha]]'s diagnostic sleep study on [[DATE:6/13/2025]] showed severe OSA ({{lab:AHI 38.2/h}}, {{lab:SpO2 nadir 78%}}). CPAP titration and drowsy driving counseling were recommended.
"""),

    dict(style="sleep_clinic_followup", note="""
SLEEP MEDICINE FOLLOW-UP - chronic insomnia
[[NAME:Mihaela Dumitrescu]] returns after 6 sessions of CBT-I with [[NAME:Rose Ferreira]], PhD.
Sleep diary (2 wk): SOL 20 min (was 65), WASO 35 min, TST 6.2 h, SE 88%. {{score:ISI 11}} (from {{score:ISI 19}} at intake [[DATE:3/4/25]]).
Still on {{drug:Ambien}} {{dose:10 mg}} nightly x 6 yr; she wants off. Agreed taper: {{dose:7.5 mg}} x 2 wk, {{dose:5 mg}} x 2 wk, then {{dose:5 mg}} PRN max 2 nights/wk; continue stimulus control and fixed rise time 0615.
She notes husband [[NAME:Radu]]'s snoring wakes her; he has never been evaluated - gave referral info. {{score:STOP-BANG 5}} per her report of his history.
Not using {{drug:Benadryl}} or {{drug:melatonin}}. {{score:PHQ-9 6}}.
RTC 6 wk. Portal messages OK; pharmacy CVS on [[ADDRESS:Rhode Island Ave]].
[[NAME:Emeka Nwankwo]], MD
""", summary="""
[[NAME:Mihaela Dumitrescu]]'s insomnia improved with CBT-I ({{score:ISI 19}} to {{score:ISI 11}}), and she agreed to taper {{drug:Ambien}}. Her husband [[NAME:Radu]] was given a referral for snoring.
"""),

    dict(style="sleep_cpap_message", note="""
Patient portal message  [[DATE:6/17/2025]] 7:52 PM
From: [[NAME:Wayra Huamán]]
"Hi Dr. [[NAME:Cusi]], my machine says the mask is leaking every night and I wake up with dry mouth. My wife [[NAME:Rosa]] says I still snore a little. Should I change the mask? Thank you. - [[NAME:Wayra]]"

Reply  [[DATE:6/18/2025]] 10:14 AM
Hello Mr. [[NAME:Huamán]], I reviewed your download ([[DATE:5/18]]-[[DATE:6/16]]; device SN [[MRN:23171452690]]):
- Usage 78% of nights >= 4 h, avg 5.4 h
- Residual {{lab:AHI 2.1}}
- Large leak 18% of the time, 95th percentile {{lab:leak 36 L/min}}
- Pressure (APAP 6-14) 95th pct {{lab:11.8 cm H2O}}
The mouth leak is likely causing the dry mouth. Our RT [[NAME:Paul Huarachi]] will call from [[PHONE:505-555-0108]] to fit you for a full-face mask; also turn humidity up to 4.
[[NAME:Quilla Cusi]], MD
""", summary="""
[[NAME:Wayra Huamán]] reported mask leak and dry mouth on CPAP; his download showed good control ({{lab:AHI 2.1}}) with significant leak. Dr. [[NAME:Cusi]] arranged a full-face mask fitting with RT [[NAME:Paul Huarachi]].
"""),

    dict(style="sleep_narcolepsy", note="""
Sleep Clinic - MSLT results visit
Pt: [[NAME:Obi, Chiamaka]]  ({{age:22}})    Insurance member ID [[MRN:W448193027]]
PSG [[DATE:May 29]]: TST 7.1 h, {{lab:AHI 1.2}}, SOREMP on PSG (REM latency 9 min). Urine drug screen neg; off SSRIs x 4 wk.
MSLT [[DATE:May 30]]: {{lab:mean sleep latency 3.2 min}}, SOREMPs 4/5 naps.
Hx: EDS since age {{age:16}}, {{score:Epworth 19}}, knees buckle when she laughs hard (cataplexy), hypnagogic hallucinations, sleep paralysis.
Dx: Narcolepsy type 1 (clinical cataplexy; CSF hypocretin not done).
Plan: start {{drug:Wakix}} {{dose:8.9 mg}} daily x 1 wk then {{dose:17.8 mg}}; PA submitted for {{drug:Xywav}} (REMS enrollment started). Scheduled naps 20 min at lunch. No driving until EDS controlled - pt in agreement; mother [[NAME:Nkechi Obi]] will drive to classes.
Disability accommodations letter for university. Follow-up 4 wk or via [[EMAIL:sleepclinic.nurse@kanuhealth.org]] for PA updates.
""", summary="""
[[NAME:Chiamaka Obi]] was diagnosed with narcolepsy type 1 after an MSLT on [[DATE:May 30]] showed a {{lab:mean sleep latency 3.2 min}} with 4 SOREMPs. She is starting {{drug:Wakix}} with {{drug:Xywav}} pending and will not drive for now.
"""),

    dict(style="genetic_counseling_cancer", note="""
GENETIC COUNSELING - HEREDITARY CANCER RISK ASSESSMENT
Patient: [[NAME:Marisol de la Cruz]]    DOB [[DATE:09.14.1986]]    MRN [[MRN:8827316]]
Referred by Dr. [[NAME:Adriana Vasconcelos]] (breast surgery) after benign biopsy; dense breasts.
Family history (pedigree scanned to Media):
  Mother - [[NAME:Ana Santana]], breast ca dx {{age:41}}, d. {{age:47}}
  Maternal aunt - [[NAME:Carmen Santana]], ovarian ca dx {{age:52}}, living
  MGM - breast ca in her 60s, deceased ([[ADDRESS:San Pedro de Macorís]], DR)
  Father - [[NAME:Rafael de la Cruz]], prostate ca dx {{age:68}}, living in [[ADDRESS:Santo Domingo]]
  Brother [[NAME:Junior]] - healthy, {{age:35}}
Meets NCCN criteria for testing. Discussed BRCA1/2, PALB2, TP53 ({{eponym:Li-Fraumeni}}), {{eponym:Lynch}} syndrome genes; VUS possibility, GINA protections (not life/LTC insurance).
{{score:Tyrer-Cuzick 32%}} lifetime breast cancer risk (v8) - qualifies for annual MRI regardless of result.
84-gene panel sent [[DATE:6/12/25]] (saliva), results 2-3 wk. Aunt [[NAME:Carmen]] may be the better person to test first - pt will ask her.
[[NAME:Ffion Morgan]], MS, CGC
""", summary="""
[[NAME:Marisol de la Cruz]] has a strong maternal history of breast and ovarian cancer and a {{score:Tyrer-Cuzick 32%}} lifetime risk, so she qualifies for high-risk MRI. A multigene panel was sent on [[DATE:6/12/25]].
"""),

    dict(style="genetic_counseling_prenatal", note="""
PRENATAL GENETIC COUNSELING
Couple: [[NAME:Anri Botha]] ({{age:31}}, G2P1) and partner [[NAME:Zola Mgqibela]] ({{age:33}})
GA 11w3d by LMP [[DATE:3/25/25]], EDD [[DATE:12/30/2025]].
Indication: expanded carrier screen - [[NAME:Anri]] is a heterozygous carrier of FANCA exon 12-31 deletion ({{eponym:Fanconi}} anemia), a known Afrikaner founder variant. Partner screening was pending.
Partner result today: no pathogenic FANCA variant detected; residual carrier risk ~1 in 500 -> reproductive risk for FA ~1 in 2000.
Also discussed: PPOX founder variant (variegate porphyria) in Afrikaner population - [[NAME:Anri]]'s father [[NAME:Johannes Botha]] had "reaction to anesthesia"; offered targeted PPOX testing for her own health, she accepts.
NIPT: low risk for trisomy 21 ({{eponym:Down}} syndrome), 18, 13; fetal fraction 9%.
Plan: PPOX testing sent; NT/first-trimester US [[DATE:6/16]]; no invasive testing desired.
[[NAME:Hannelie du Toit]], MS, LCGC
""", summary="""
[[NAME:Anri Botha]] is a carrier of an Afrikaner founder FANCA deletion, but her partner [[NAME:Zola Mgqibela]] tested negative, so the couple's risk for {{eponym:Fanconi}} anemia is low. She accepted PPOX testing because of family history suggesting porphyria.
"""),

    dict(style="genetic_counseling_huntington", note="""
PREDICTIVE TESTING PROTOCOL - SESSION 2 of 3 ({{eponym:Huntington}} disease)
[[NAME:Cerys Llewellyn]], {{age:29}}, at 50% risk; father [[NAME:Dafydd Llewellyn]] has {{eponym:Huntington}} disease (CAG 44 repeats), now in care home in [[ADDRESS:Aberystwyth]].
Support person: friend [[NAME:Osian Pugh]], present for whole session.
Neurology exam ([[DATE:06/09/2025]], Dr. [[NAME:Bronwen Hughes]]): no chorea, saccades normal, {{score:UHDRS motor 0}}.
Psych screen: {{score:PHQ-9 4}}, {{score:GAD-7 6}}, no SI; counsellor letter on file.
Discussed: intermediate (27-35) and reduced penetrance (36-39) ranges; life insurance implications in UK and US; plans for each outcome - she plans to tell her partner and possibly start IVF with PGT-M if positive.
Blood drawn today; results disclosed in person only, [[DATE:Thursday, July 10]] at 2 PM, with [[NAME:Osian]]. No results by phone or portal.
[[NAME:Rhiannon Price]], MSc, Genetic Counsellor
""", summary="""
[[NAME:Cerys Llewellyn]], whose father has {{eponym:Huntington}} disease, completed her second predictive testing session with a normal neurological exam and stable mood. Results will be given in person on [[DATE:July 10]].
"""),

    dict(style="genetic_results_letter", note="""
[[DATE:June 20, 2025]]

[[NAME:Nokuthula Zungu]]
[[ADDRESS:2407 Ellsworth Ave, Silver Spring, MD 20910]]

Dear Ms. [[NAME:Zungu]],
Thank you for meeting with us on [[DATE:June 18]]. As we discussed, your genetic test found a pathogenic variant in the MYBPC3 gene, which explains the hypertrophic cardiomyopathy diagnosed last year.
Each of your children has a 50% chance of carrying this variant. We recommend that your son [[NAME:Sibusiso]] and daughter [[NAME:Lindiwe]] have cardiac screening (ECG and echocardiogram) and may choose to have the specific variant test. Your sister [[NAME:Zanele]] in [[ADDRESS:Durban]] may also wish to be tested; a family letter is enclosed that she can share with her doctor.
Please continue {{drug:metoprolol}} {{dose:50 mg}} and avoid dehydration and very strenuous exercise as advised by Dr. [[NAME:Tesfaye]].
Questions: [[PHONE:301-555-0121]] or [[EMAIL:kbotha@mdgenomics.org]].
Sincerely,
[[NAME:Karin Botha]], MS, CGC

cc: Dr. [[NAME:Alemayehu Tesfaye]], Cardiology; Dr. [[NAME:Megan Ross]], Primary Care
""", summary="""
On [[DATE:June 20, 2025]] genetic counselor [[NAME:Karin Botha]] wrote to [[NAME:Nokuthula Zungu]] confirming a pathogenic MYBPC3 variant explaining her hypertrophic cardiomyopathy. Cardiac screening and cascade testing were recommended for her children and sister.
"""),

    dict(style="sleep_peds_dictation", note="""
peds sleep new patient dictation. [[NAME:dakota yazzie]] is a {{age:6}} year old boy referred by his pediatrician dr. [[NAME:nez]] at the clinic in [[ADDRESS:shiprock]] for loud nightly snoring, witnessed pauses, and mouth breathing. mom [[NAME:shandiin yazzie]] says he sweats a lot at night, wets the bed two or three times a week, and his first grade teacher says he is inattentive and falls asleep after lunch. no daytime naps at home. exam weight 27 kg which is above the 95th percentile, tonsils {{score:brodsky 3+}}, {{score:mallampati 3}}, adenoid facies, no retrognathia. impression suspected pediatric obstructive sleep apnea. plan in-lab polysomnogram scheduled [[DATE:july eighth]], start {{drug:flonase}} {{dose:one spray}} each nostril daily, ent referral to dr. [[NAME:begaye]] for adenotonsillectomy evaluation pending study. mom can be reached at [[PHONE:505 555 0166]]. end dictation.
""", summary="""
Six-year-old [[NAME:Dakota Yazzie]] has loud snoring, witnessed apneas and large tonsils suggesting pediatric OSA. A sleep study is set for [[DATE:July 8]] with an ENT referral and {{drug:Flonase}} started.
"""),
]
