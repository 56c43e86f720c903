"""Hand-written dev notes for the jargon set: no PHI, dense with capitalized clinical words.
Styles: icu_flowsheet, ed_note, medsurg_progress, pharmacy_stewardship, micro_lab_comment."""

NOTES = [
    # ---------------- ICU flowsheets ----------------
    dict(style="icu_flowsheet", note="""
MICU flowsheet 0600
Neuro: {{score:RASS -1}} on {{drug:Precedex}} {{dose:0.4 mcg/kg/h}}. {{score:GCS 10T}}. Pupils 3 mm, brisk.
CV: {{drug:Levo}} weaned to {{dose:0.05 mcg/kg/min}}, {{vital:MAP 68}}. {{drug:Vaso}} off since 0200.
Resp: AC, {{vital:FiO2 40%}}, PEEP 8, {{vital:SpO2 95%}}. Sputum tan, thick. Suctioned with {{eponym:Yankauer}}.
Renal: {{eponym:Foley}} draining {{vital:UOP 35 mL/h}}. {{lab:Cr 1.9}}, down from {{lab:Cr 2.3}}.
ID: {{drug:Vanc}} trough pending. {{drug:Zosyn}} started last night, {{dose:4.5 g}} q8h extended infusion.
Repeat lactate {{lab:2.1}}, cleared from {{lab:lactate 4.4}}.
Bolus given x1, {{drug:LR}} {{dose:500 mL}} for soft pressures at 0300.
Lines: R IJ triple lumen placed by {{eponym:Seldinger}} technique, day 2. Tegaderm intact.
Plan: Pressors off if {{vital:MAP}} stays above 65. Will reassess at noon.
""", summary="""
Septic shock improving; {{drug:Levo}} down to {{dose:0.05 mcg/kg/min}}, lactate cleared to {{lab:lactate 2.1}}, on {{drug:Vanc}} and {{drug:Zosyn}}.
"""),
    dict(style="icu_flowsheet", note="""
CVICU POD 0 CABG x3
{{eponym:Swan}} numbers: {{vital:CI 2.1}}, {{vital:PCWP 16}}, {{vital:SvO2 62%}}, {{vital:CVP 11}}.
{{drug:Epi}} at {{dose:0.03 mcg/kg/min}}, {{drug:Milrinone}} {{dose:0.25 mcg/kg/min}}.
Chest tubes to {{eponym:Pleur-evac}}, {{dose:80 mL}} last hr, serosanguinous.
Bair Hugger on, {{vital:T 35.9}}. Shivering, {{drug:Demerol}} {{dose:12.5 mg}} IV given.
{{lab:Mag 1.7}}, repleted {{drug:Mag sulfate}} {{dose:2 g}}. {{lab:K 3.6}}, {{drug:KCl}} {{dose:20 mEq}} via CVC.
Pacing wires capped, underlying sinus at {{vital:HR 88}}.
Hope to extubate by 2200 if ABG OK. {{lab:pH 7.34}}, {{lab:pCO2 44}}.
{{drug:Insulin}} gtt per protocol, {{lab:BG 176}}.
""", summary="""
Post-CABG night: {{eponym:Swan}} {{vital:CI 2.1}} on low-dose {{drug:Epi}} and {{drug:Milrinone}}; {{eponym:Pleur-evac}} output acceptable; plan extubation.
"""),
    dict(style="icu_flowsheet", note="""
Neuro ICU, SAH day 4
{{score:Hunt-Hess 3}}, {{score:modified Fisher 3}}. EVD open at 15 cm H2O, ICP 8-12.
{{drug:Nimodipine}} {{dose:60 mg}} q4h via NGT, held x1 for {{vital:SBP 98}}.
{{drug:Keppra}} {{dose:500 mg}} BID. {{drug:Nicardipine}} gtt off.
{{eponym:Cheyne-Stokes}} pattern overnight while asleep, sats OK. Attending aware.
{{lab:Na 133}}, down from {{lab:Na 137}}; {{drug:NaCl}} tabs {{dose:2 g}} TID started. Hypertonic on standby.
TCDs: Right MCA velocity 142, watch for vasospasm.
Neuro checks q1h: {{score:GCS 14}}, follows commands x4, no drift.
Plan: Keep euvolemic with {{drug:NS}} at {{dose:100 mL/h}}. Repeat TCDs tomorrow.
""", summary="""
SAH day 4, {{score:Hunt-Hess 3}}; {{drug:Nimodipine}} held once for hypotension; mild hyponatremia {{lab:Na 133}} on salt tabs; TCDs borderline.
"""),
    dict(style="icu_flowsheet", note="""
DKA flowsheet, hr 6
{{drug:Insulin}} gtt {{dose:0.1 units/kg/h}}. {{lab:BG 248}}, switched fluids to {{drug:D5W}} with half {{drug:NS}} at {{dose:150 mL/h}}.
Gap {{lab:AG 18}}, down from {{lab:AG 29}}. {{lab:HCO3 12}}.
{{eponym:Kussmaul}} respirations improving, {{vital:RR 24}}.
{{lab:K 3.4}}; {{drug:KCl}} {{dose:20 mEq}} added to each bag.
{{drug:Bicarb}} not given, {{lab:pH 7.18}}.
{{lab:Phos 1.4}}; {{drug:K-Phos}} {{dose:15 mmol}} IV over 4 h.
Dexcom sensor left on but not used for dosing; fingersticks q1h per protocol.
Plan: Overlap {{drug:Lantus}} {{dose:20 units}} SQ 2 h before gtt off once gap closes.
""", summary="""
DKA closing slowly: gap {{lab:AG 18}}, {{drug:insulin}} gtt continued with {{drug:D5W}}, potassium and phosphate repleted, {{drug:Lantus}} overlap planned.
"""),
    dict(style="icu_flowsheet", note="""
ARDS, proned hr 14 of 16
{{vital:PaO2/FiO2 118}}. {{vital:FiO2 70%}}, PEEP 14, plateau 28.
{{drug:Roc}} gtt {{dose:8 mcg/kg/min}}, TOF 1/4. {{drug:Fent}} {{dose:150 mcg/h}}, {{drug:Propofol}} {{dose:40 mcg/kg/min}}.
{{drug:Versed}} pushes x2 for dyssynchrony, {{dose:2 mg}} each.
{{drug:Plasma-Lyte}} at KVO; net negative {{dose:1.2 L}} on {{drug:Lasix}} {{dose:40 mg}} IV BID.
Mepilex on forehead, chin, knees; skin intact. Reverse {{eponym:Trendelenburg}} 10 deg for feeds.
Tube feeds at goal via Cortrak, residuals minimal.
Supine at 0800 then repeat ABG. May need {{drug:iNO}} if ratio worsens.
Daughter updated by phone by RN.
""", summary="""
ARDS proned with P/F {{vital:PaO2/FiO2 118}}; paralyzed on {{drug:Roc}}, sedated with {{drug:Fent}}/{{drug:Propofol}}; diuresing with {{drug:Lasix}}.
"""),
    dict(style="icu_flowsheet", note="""
MICU, variceal bleed
{{eponym:Sengstaken-Blakemore}} tube in place, gastric balloon {{dose:250 mL}}, traction with 1 lb.
{{drug:Octreotide}} gtt {{dose:50 mcg/h}}. {{drug:Protonix}} {{dose:40 mg}} IV BID. {{drug:Ceftriaxone}} {{dose:1 g}} daily for SBP ppx.
{{lab:Hgb 6.8}}, 2 u PRBC, post {{lab:Hgb 7.9}}. {{lab:INR 2.4}}, {{lab:Plt 48}}.
{{score:Child-Pugh C}}, {{score:MELD 29}}.
{{drug:Lactulose}} via OGT {{dose:30 mL}} q6h; {{drug:Rifaximin}} {{dose:550 mg}} BID.
GI plans TIPS eval vs repeat banding in AM.
Melena x1 overnight, smaller volume.
""", summary="""
Variceal bleed tamponaded with {{eponym:Sengstaken-Blakemore}} tube, on {{drug:Octreotide}}, {{drug:Ceftriaxone}}, transfused; {{score:Child-Pugh C}}.
"""),
    dict(style="icu_flowsheet", note="""
SICU, gallstone pancreatitis day 2
{{score:Ranson 4}} at 48 h. {{score:BISAP 3}}.
{{eponym:Cullen}} sign absent. {{eponym:Grey Turner}} sign faint L flank.
{{drug:LR}} at {{dose:250 mL/h}}, UOP adequate, {{vital:UOP 60 mL/h}}.
{{drug:Dilaudid}} PCA {{dose:0.2 mg}} demand, lockout 10 min; pain 4/10.
Cortrak placed post-pyloric, trickle feeds started.
{{lab:Lipase 2100}}. {{lab:Ca 7.6}}; {{eponym:Chvostek}} negative.
{{lab:Hct 44}}, down from {{lab:Hct 51}}.
Plan: ERCP if bili climbs. Surgery to see re: cholecystectomy same admission.
""", summary="""
Gallstone pancreatitis, {{score:Ranson 4}}, faint {{eponym:Grey Turner}} sign; aggressive {{drug:LR}}, {{drug:Dilaudid}} PCA, post-pyloric feeds.
"""),
    dict(style="icu_flowsheet", note="""
CRRT check, 1400
{{eponym:Mahurkar}} R femoral, flows 200, no alarms.
{{drug:Citrate}} anticoagulation; post-filter ionized {{lab:iCa 0.32}}, systemic {{lab:iCa 1.08}}.
{{drug:Calcium chloride}} gtt {{dose:1.5 g/h}} per protocol.
{{drug:Heparin}} gtt paused for procedure at 1100, restart at 1500 with no bolus.
{{lab:K 5.8}} this AM, now {{lab:K 4.9}}. {{lab:Bicarb 19}}.
Net UF goal {{dose:100 mL/h}}.
{{eponym:Quinton}} in L IJ removed, tip sent.
Will reassess filter life at 2000.
""", summary="""
CRRT via {{eponym:Mahurkar}} with {{drug:citrate}}; hyperkalemia corrected to {{lab:K 4.9}}; {{drug:Heparin}} paused for procedure; {{eponym:Quinton}} catheter removed.
"""),
    dict(style="icu_flowsheet", note="""
Trach collar trial, day 3
{{eponym:Shiley}} 6 cuffless, {{vital:FiO2 35%}} via trach collar.
{{eponym:Passy-Muir}} on for 2 h, tolerated, voice clear.
{{drug:Duo-neb}} q4h; {{drug:Mucomyst}} {{dose:3 mL}} neb BID for thick secretions.
{{eponym:Yankauer}} suction for oral secretions, frequent.
{{vital:RR 20}}, {{vital:SpO2 94%}}, {{vital:HR 96}}.
Pressors off x 48 h.
Grace period on vent at night per RT, then full trial tomorrow.
Dispo: LTACH referral sent.
""", summary="""
Trach collar trial going well with {{eponym:Shiley}} 6 and {{eponym:Passy-Muir}}; {{drug:Duo-neb}} and {{drug:Mucomyst}}; LTACH referral.
"""),
    dict(style="icu_flowsheet", note="""
SICU POD 1 {{eponym:Whipple}}
{{eponym:Jackson-Pratt}} x2: medial {{dose:120 mL}} serous, lateral {{dose:60 mL}}. Drain amylase day 3.
Epidural {{drug:bupivacaine}} {{dose:0.1%}} with {{drug:fentanyl}} {{dose:2 mcg/mL}} at {{dose:8 mL/h}}.
{{eponym:Kehr}} sign negative. Abd soft, appropriately tender.
{{drug:Octreotide}} {{dose:100 mcg}} SQ TID.
NGT to LIWS, bilious.
{{lab:Hgb 9.6}}, {{lab:lactate 1.6}}. {{lab:BG 188}}, SSI.
{{drug:Heparin}} {{dose:5000 units}} SQ TID; SCDs on.
May transfer to floor tomorrow.
""", summary="""
POD 1 after {{eponym:Whipple}}: {{eponym:Jackson-Pratt}} outputs serous, epidural analgesia effective, on {{drug:Octreotide}} and {{drug:Heparin}} SQ.
"""),
]

NOTES += [
    # ---------------- ED notes ----------------
    dict(style="ed_note", note="""
ED note, chest pain
CC: Substernal pressure x 2 h, {{age:58}} yo M.
Vitals: {{vital:BP 152/90}}, {{vital:HR 98}}, {{vital:SpO2 97% RA}}.
ECG: ST depression V4-V6. No {{eponym:Sgarbossa}} criteria (no LBBB). No {{eponym:Wellens}} pattern. No {{eponym:de Winter}} T waves.
{{lab:Trop 42}}, repeat at 1 h {{lab:hs-TnT 61}}.
{{score:HEART 7}}. {{score:Wells 0}} for PE.
{{drug:Aspirin}} {{dose:324 mg}} chewed. {{drug:Nitro}} SL x2, pain 6 to 2.
{{drug:Heparin}} bolus {{dose:60 units/kg}} then gtt {{dose:12 units/kg/h}}.
Cards paged. Dispo: CCU for NSTEMI, cath in AM.
""", summary="""
NSTEMI with rising troponin, {{score:HEART 7}}; given {{drug:Aspirin}}, {{drug:Nitro}}, started {{drug:Heparin}}; admitted CCU.
"""),
    dict(style="ed_note", note="""
Code Stroke
LKW 0940, arrival 1020. {{age:71}} yo F, R-handed.
{{score:NIHSS 12}}: L facial droop, L arm drift, neglect, dysarthria.
{{eponym:Babinski}} upgoing on L.
CT head: No bleed. CTA: R M1 cutoff.
{{vital:BP 196/104}}; {{drug:Labetalol}} {{dose:10 mg}} IV x2, now {{vital:BP 176/92}}.
{{drug:TNK}} {{dose:0.25 mg/kg}} given at 1041.
{{lab:Glucose 132}}. {{lab:Plt 221}}. {{lab:INR 1.0}}.
Neuro IR activated for thrombectomy.
""", summary="""
Acute R MCA stroke, {{score:NIHSS 12}}, upgoing {{eponym:Babinski}}; {{drug:Labetalol}} then {{drug:TNK}}; thrombectomy.
"""),
    dict(style="ed_note", note="""
ED, RLQ pain
{{age:19}} yo M, periumbilical pain migrating to RLQ since last night. Anorexia, nausea.
Exam: Tender at {{eponym:McBurney}} point. {{eponym:Rovsing}} positive. Psoas sign positive.
{{vital:T 38.2}}, {{vital:HR 104}}.
{{lab:WBC 15.2}} with left shift.
{{score:Alvarado 8}}.
CT: Dilated appendix 11 mm, periappendiceal fat stranding, no abscess.
{{drug:Zofran}} {{dose:4 mg}} IV. {{drug:Morphine}} {{dose:4 mg}} IV. {{drug:Zosyn}} {{dose:3.375 g}} IV.
General surgery consulted. NPO.
""", summary="""
Acute appendicitis on CT, {{eponym:McBurney}} tenderness, {{eponym:Rovsing}} sign, {{score:Alvarado 8}}; {{drug:Zosyn}} started, surgery consulted.
"""),
    dict(style="ed_note", note="""
ED, RUQ pain
{{age:64}} yo F, RUQ pain, fever, jaundice.
{{eponym:Murphy}} sign equivocal. Scleral icterus.
{{eponym:Charcot}} triad present. No AMS, not hypotensive, so {{eponym:Reynolds}} pentad incomplete.
Palpable nontender gallbladder? No; {{eponym:Courvoisier}} sign absent.
{{lab:T bili 4.8}}, {{lab:ALP 410}}, {{lab:ALT 220}}, {{lab:lipase 48}}.
US: CBD 11 mm, stones in gallbladder.
Blood cultures x2. {{drug:Zosyn}} {{dose:4.5 g}} IV. {{drug:LR}} {{dose:1 L}}.
GI for ERCP today.
""", summary="""
Ascending cholangitis with {{eponym:Charcot}} triad and dilated CBD; {{drug:Zosyn}} and {{drug:LR}}; ERCP planned.
"""),
    dict(style="ed_note", note="""
ED, FOOSH
{{age:67}} yo F fell on outstretched hand on ice.
XR L wrist: Dorsally angulated distal radius fx, {{eponym:Colles}} type. No {{eponym:Smith}} or {{eponym:Barton}} component.
Ulnar styloid intact. No {{eponym:Salter-Harris}} concern (adult).
{{eponym:Bier}} block with {{drug:lidocaine}} {{dose:0.5%}} {{dose:40 mL}}; closed reduction.
Sugar-tong splint, Kerlix and Ace wrap.
Post-reduction film acceptable.
NV intact. Cap refill brisk.
Ortho hand clinic in 1 week.
""", summary="""
{{eponym:Colles}} fracture reduced under {{eponym:Bier}} block with {{drug:lidocaine}}; sugar-tong splint; ortho follow-up.
"""),
    dict(style="ed_note", note="""
ED, ankle and hand injuries
{{age:24}} yo M, inversion injury playing ball, also punched a wall.
Ottawa rules positive: Tender posterior lateral malleolus.
XR ankle: {{eponym:Weber B}} fibular fx. Medial clear space normal.
Tender proximal fibula? No; {{eponym:Maisonneuve}} excluded on tib-fib film.
Base of 5th MT: No {{eponym:Jones}} fracture. Midfoot: No {{eponym:Lisfranc}} widening.
XR R hand: 5th metacarpal neck fx, {{eponym:Boxer}} fracture, 35 deg angulation.
{{drug:Ibuprofen}} {{dose:600 mg}} PO.
Posterior splint ankle, ulnar gutter R hand. Crutches, NWB.
""", summary="""
{{eponym:Weber B}} ankle fracture and {{eponym:Boxer}} fracture; {{eponym:Maisonneuve}}, {{eponym:Jones}} and {{eponym:Lisfranc}} injuries excluded; splinted, {{drug:Ibuprofen}}.
"""),
    dict(style="ed_note", note="""
ED, dizziness
{{age:52}} yo F, room spinning x 1 day, worse rolling over in bed.
HINTS: Head impulse abnormal, nystagmus unidirectional, skew absent. Peripheral pattern.
{{eponym:Dix-Hallpike}} positive on R, torsional upbeating nystagmus, latency 5 s.
{{eponym:Weber}} midline. {{eponym:Rinne}} AC greater than BC bilaterally.
{{eponym:Romberg}} negative. Gait steady.
{{eponym:Epley}} maneuver x2 on R, symptoms resolved.
{{drug:Meclizine}} {{dose:25 mg}} PO PRN given for home.
May discharge. Return if new weakness, diplopia, dysarthria.
""", summary="""
BPPV of R posterior canal, positive {{eponym:Dix-Hallpike}}, treated with {{eponym:Epley}}; {{drug:Meclizine}} PRN; discharged.
"""),
    dict(style="ed_note", note="""
ED, perioral tingling
{{age:45}} yo F, POD 1 total thyroidectomy, perioral numbness, hand cramps.
{{eponym:Chvostek}} positive. {{eponym:Trousseau}} positive at 90 s with BP cuff.
{{lab:iCa 0.92}}. {{lab:Ca 6.9}}. {{lab:Mg 1.4}}. {{lab:PTH 6}}.
ECG: {{vital:QTc 498}} ({{eponym:Bazett}}).
{{drug:Calcium gluconate}} {{dose:2 g}} IV over 20 min. {{drug:Mag sulfate}} {{dose:2 g}} IV.
Started {{drug:calcitriol}} {{dose:0.25 mcg}} BID and {{drug:calcium carbonate}} {{dose:1 g}} TID.
Repeat iCa in 4 h.
Dispo: Obs on tele.
""", summary="""
Post-thyroidectomy hypocalcemia with {{eponym:Chvostek}} and {{eponym:Trousseau}} signs; IV {{drug:Calcium gluconate}} and {{drug:Mag sulfate}}; obs.
"""),
    dict(style="ed_note", note="""
Peds ED, limp
{{age:6}} yo refusing to bear weight on R leg x 2 days.
{{vital:T 39.1}}. Hip held flexed, abducted, externally rotated.
{{lab:ESR 52}}, {{lab:WBC 14.8}}, {{lab:CRP 9.1}}.
{{score:Kocher 4}} (fever, NWB, ESR, WBC).
US R hip: Effusion.
Ortho aspirated in OR: Cloudy fluid, sent for {{eponym:Gram}} stain, culture, Kingella PCR.
{{drug:Cefazolin}} {{dose:50 mg/kg}} IV started after tap.
Admit peds ortho.
""", summary="""
Probable septic hip in a child, {{score:Kocher 4}}; aspirated, Kingella PCR sent; {{drug:Cefazolin}} started; admitted.
"""),
    dict(style="ed_note", note="""
ED, fever after camping
{{age:33}} yo M, fever, headache, myalgias x 4 days after hiking. Tick bite noted last week.
Rash: Blanching macules on wrists and ankles spreading centripetally. Palms involved.
Rocky Mountain spotted fever vs ehrlichiosis. Erythema migrans not seen; Lyme less likely.
{{lab:Plt 88}}, {{lab:Na 131}}, {{lab:AST 96}}.
Rickettsia serology and Ehrlichia PCR sent.
{{drug:Doxy}} {{dose:100 mg}} PO BID started empirically.
Facial nerve intact; no {{eponym:Bell}} palsy.
{{eponym:Kernig}} and {{eponym:Brudzinski}} negative.
Admit medicine.
""", summary="""
Suspected Rocky Mountain spotted fever; {{drug:Doxy}} started; {{eponym:Kernig}} and {{eponym:Brudzinski}} negative; admitted.
"""),
]

NOTES += [
    # ---------------- med-surg progress notes ----------------
    dict(style="medsurg_progress", note="""
Progress note, HD 3, ADHF
S: Breathing better, slept flat x 2 pillows.
O: {{vital:BP 104/68}}, {{vital:HR 72}}, {{vital:SpO2 95% RA}}. Wt down {{vital:Wt 3.1 kg}}.
JVP 9 cm. Bibasilar crackles improved. Trace edema.
CXR: Fewer {{eponym:Kerley}} B lines, small effusions.
{{lab:Cr 1.6}} up from {{lab:Cr 1.2}}. {{lab:K 3.5}}. {{lab:BNP 1840}}.
A/P: {{drug:Lasix}} held today for bump in Cr. Resume {{drug:Lasix}} {{dose:40 mg}} PO tomorrow if stable.
Continue {{drug:Coreg}} {{dose:6.25 mg}} BID. {{drug:Entresto}} on hold until Cr settles.
{{drug:Aldactone}} {{dose:25 mg}} daily. Daily weights, strict I/O.
Dispo: Home with HF clinic in 1 week.
""", summary="""
ADHF improving; {{drug:Lasix}} held for rising creatinine {{lab:Cr 1.6}}; {{drug:Coreg}} and {{drug:Aldactone}} continued, {{drug:Entresto}} held.
"""),
    dict(style="medsurg_progress", note="""
Surgery progress, POD 3 {{eponym:Hartmann}} procedure
Pain controlled on {{drug:Oxycodone}} {{dose:5 mg}} q4h PRN. {{drug:Tylenol}} {{dose:1 g}} q8h scheduled.
Ostomy pink, budded, gas in bag. Output {{dose:150 mL}} liquid.
{{eponym:Jackson-Pratt}} serous, {{dose:40 mL}}.
Midline incision with staples, clean.
{{score:Caprini 7}}; {{drug:Lovenox}} {{dose:40 mg}} SQ daily, extended 4 weeks.
Advance to soft diet. {{eponym:Foley}} out this AM, voided x2.
WOC nurse for stoma teaching.
Plan: Home POD 5 if tolerating diet.
""", summary="""
POD 3 after {{eponym:Hartmann}} procedure; stoma functioning, {{eponym:Jackson-Pratt}} serous, {{score:Caprini 7}} on extended {{drug:Lovenox}}; {{eponym:Foley}} out.
"""),
    dict(style="medsurg_progress", note="""
Medicine progress, LLE cellulitis
Erythema receding from marked border. {{vital:T 37.4}}, afebrile x 24 h.
{{lab:WBC 9.8}} from {{lab:WBC 14.1}}.
Switched IV {{drug:Cefazolin}} to PO {{drug:Keflex}} {{dose:500 mg}} QID.
No purulence, MRSA coverage not needed; {{drug:Bactrim}} not started.
Tinea pedis between toes: {{drug:Clotrimazole}} cream BID.
Ace wrap for edema, elevate leg.
Will reassess tomorrow AM.
May discharge on {{drug:Keflex}} to complete 7 days.
""", summary="""
Cellulitis improving; stepped down from {{drug:Cefazolin}} to {{drug:Keflex}}; tinea treated with {{drug:Clotrimazole}}; likely home tomorrow.
"""),
    dict(style="medsurg_progress", note="""
Progress note, COPD exacerbation HD 2
Wheezing less. Off BiPAP since 0400, on {{vital:2 L NC}}, {{vital:SpO2 91%}}.
{{drug:Duo-neb}} q4h scheduled, {{drug:albuterol}} q2h PRN.
{{drug:Solu-Medrol}} {{dose:40 mg}} IV changed to {{drug:Prednisone}} {{dose:40 mg}} PO x 5 days.
{{drug:Azithro}} {{dose:500 mg}} then {{dose:250 mg}} daily.
ABG: {{lab:pH 7.38}}, {{lab:pCO2 52}}.
Home {{drug:Spiriva}} and {{drug:Advair}} to resume at discharge.
Smoking cessation: {{drug:Nicotine}} patch {{dose:21 mg}}.
Plan: PT eval, ambulatory sat.
""", summary="""
COPD flare weaned off BiPAP; {{drug:Duo-neb}}, {{drug:Prednisone}}, {{drug:Azithro}}; {{drug:Nicotine}} patch; PT eval.
"""),
    dict(style="medsurg_progress", note="""
Surgery progress, POD 1 lap {{eponym:Nissen}}
Nausea overnight, no retching. {{drug:Zofran}} {{dose:4 mg}} IV q6h PRN, {{drug:Reglan}} {{dose:10 mg}} IV x1.
{{eponym:Valsalva}} and retching precautions to protect wrap.
{{drug:Barium}} swallow: Contrast passes, no leak, wrap intact.
Clear liquids started, tolerating.
{{drug:Famotidine}} {{dose:20 mg}} BID for 2 weeks then stop.
Port sites clean, Dermabond intact.
Mark site of L upper port for mild ecchymosis, recheck.
Dispo: Home this afternoon.
""", summary="""
POD 1 lap {{eponym:Nissen}} with nausea treated with {{drug:Zofran}} and {{drug:Reglan}}; swallow study intact; home today.
"""),
    dict(style="medsurg_progress", note="""
Medicine progress, cirrhosis with HE
Oriented x2 today, was x1 yesterday. Asterixis less.
{{drug:Lactulose}} {{dose:20 g}} TID titrated to 3 BMs; had 4 overnight.
{{drug:Rifaximin}} {{dose:550 mg}} BID.
{{score:Child-Pugh B}}, {{score:MELD-Na 21}}.
Para yesterday: {{dose:4.5 L}} removed, {{drug:Albumin}} {{dose:25 g}} given. {{lab:PMN 80}}, no SBP.
{{drug:Cipro}} {{dose:500 mg}} daily SBP prophylaxis.
{{lab:Na 129}}, {{lab:NH3 88}} (not trended).
Plan: Hepatology to see; TIPS not indicated now.
""", summary="""
Hepatic encephalopathy improving on {{drug:Lactulose}} and {{drug:Rifaximin}}; para without SBP; {{drug:Cipro}} prophylaxis; {{score:Child-Pugh B}}.
"""),
    dict(style="medsurg_progress", note="""
Progress note, fall with delirium
{{age:84}} yo, fall at home, no fx on imaging.
Delirium at night; CAM positive. Sundowning.
{{score:Morse 75}}. {{score:Braden 14}}. {{score:Barthel 45}}.
{{drug:Haldol}} {{dose:0.5 mg}} IV x1 overnight. Start {{drug:Melatonin}} {{dose:3 mg}} qHS.
{{drug:Seroquel}} avoided given QTc {{vital:QTc 482}}.
Benzos avoided. {{eponym:Beers}} list meds reviewed; {{drug:Benadryl}} stopped.
Bed alarm, low bed, sitter PRN.
Plan: PT/OT; SNF likely.
""", summary="""
Elderly fall with delirium; high {{score:Morse 75}}; {{drug:Haldol}} once, {{drug:Melatonin}} started, {{drug:Benadryl}} stopped; SNF likely.
"""),
    dict(style="medsurg_progress", note="""
Medicine progress, PE
Pleuritic pain better. {{vital:HR 94}}, {{vital:SpO2 96% RA}}.
{{score:Wells 6}} on admission; CTPA with R lower lobe segmental PE.
{{eponym:Homans}} sign negative (unreliable anyway); LLE duplex with popliteal DVT.
{{eponym:Virchow}} triad: Long drive, recent knee scope, OCP.
{{drug:Heparin}} gtt, {{lab:anti-Xa 0.45}}, therapeutic.
Transition to {{drug:Eliquis}} {{dose:10 mg}} BID x 7 days then {{dose:5 mg}} BID.
Stop OCP. Gyn follow-up for alternatives.
Echo: No RV strain. {{lab:Trop 0.01}}.
""", summary="""
Segmental PE with DVT, {{score:Wells 6}}, {{eponym:Virchow}} risk factors; {{drug:Heparin}} to {{drug:Eliquis}}; no RV strain.
"""),
    dict(style="medsurg_progress", note="""
Progress note, urosepsis HD 2
Afebrile since 0200. {{vital:BP 118/70}}, {{vital:HR 84}}.
Blood and urine cx: Klebsiella pneumoniae, pan-sensitive except {{drug:ampicillin}}.
{{drug:Ceftriaxone}} {{dose:1 g}} IV daily, day 2.
{{eponym:Foley}} removed; had been in since SNF. Voiding spontaneously, PVR {{dose:90 mL}}.
{{lab:Cr 1.3}} from {{lab:Cr 2.0}}. {{drug:NS}} stopped.
CVA tenderness resolved.
Plan: PO {{drug:Cipro}} {{dose:500 mg}} BID to finish 7 days total.
""", summary="""
Klebsiella urosepsis improving on {{drug:Ceftriaxone}}; {{eponym:Foley}} removed; AKI resolving; plan PO {{drug:Cipro}}.
"""),
    dict(style="medsurg_progress", note="""
Ortho progress, POD 2 R TKA
Pain 3/10 on {{drug:Oxycodone}} {{dose:5 mg}} q4h PRN, {{drug:Tylenol}} {{dose:975 mg}} q8h, {{drug:Celebrex}} {{dose:200 mg}} daily.
{{eponym:Hemovac}} removed, {{dose:60 mL}} in last 8 h.
Aquacel dressing clean and dry.
ROM 5-85 deg. Polar Care on.
{{drug:Lovenox}} {{dose:40 mg}} SQ daily x 14 days.
{{lab:Hgb 10.2}}.
PT: Walker, 150 ft, stairs x4.
Dispo: Home with HHPT.
""", summary="""
POD 2 TKA doing well; {{eponym:Hemovac}} out; {{drug:Lovenox}} ppx; multimodal analgesia with {{drug:Oxycodone}}, {{drug:Tylenol}}, {{drug:Celebrex}}; home.
"""),
]

NOTES += [
    # ---------------- pharmacy / antimicrobial stewardship ----------------
    dict(style="pharmacy_stewardship", note="""
Pharmacy note: {{drug:Vanc}} dosing
Indication: MRSA bacteremia. Goal AUC 400-600.
{{vital:Wt 92 kg}}. {{lab:SCr 1.1}}, CrCl by {{eponym:Cockcroft-Gault}} {{lab:CrCl 78 mL/min}}.
Levels: Peak {{lab:vanc peak 31}}, trough {{lab:vanc trough 9.8}} around 3rd dose.
Calculated {{lab:AUC 385}}, slightly low.
{{drug:Vanc}} increased to {{dose:1500 mg}} IV q12h from {{dose:1250 mg}} q12h.
Repeat levels before 4th dose of new regimen.
Concurrent {{drug:Zosyn}}: Monitor SCr daily for AKI.
Pharmacy will follow.
""", summary="""
{{drug:Vanc}} {{lab:AUC 385}} below goal; dose raised to {{dose:1500 mg}} q12h; {{eponym:Cockcroft-Gault}} {{lab:CrCl 78}}; AKI watch with {{drug:Zosyn}}.
"""),
    dict(style="pharmacy_stewardship", note="""
ASP review, day 4 {{drug:Zosyn}}
Cultures: Sputum with Pseudomonas aeruginosa, susceptible to {{drug:cefepime}}, {{drug:Zosyn}}, {{drug:cipro}}; resistant to {{drug:ceftriaxone}}.
Blood cultures negative x2.
{{drug:Zosyn}} extended infusion {{dose:4.5 g}} q8h over 4 h, appropriate.
Recommend: Narrow to {{drug:Cefepime}} {{dose:2 g}} IV q8h extended infusion, total 7 days.
Stop {{drug:Vanc}}: MRSA nares PCR negative.
{{lab:Procalcitonin 0.6}} from {{lab:3.2}}.
Primary team agreed.
""", summary="""
Stewardship: Pseudomonas pneumonia; narrow {{drug:Zosyn}} to {{drug:Cefepime}}, stop {{drug:Vanc}} after negative MRSA nares; 7 days total.
"""),
    dict(style="pharmacy_stewardship", note="""
ID pharmacy, candidemia
Candida glabrata in 1 of 2 blood cx bottles.
{{drug:Micafungin}} {{dose:100 mg}} IV daily started; {{drug:fluconazole}} MIC pending, glabrata often dose-dependent.
Recommend: Remove PICC. Repeat blood cx q24-48h until clear.
Ophtho exam done: Fundi normal, no endophthalmitis.
Echo if persistent.
Step down to {{drug:Fluconazole}} {{dose:800 mg}} only if susceptible and clinically stable.
Duration: 14 days from first negative culture.
Drug interactions: None with current {{drug:Amiodarone}} significant for {{drug:Micafungin}}.
""", summary="""
Candida glabrata candidemia on {{drug:Micafungin}}; PICC out, fundi normal; possible {{drug:Fluconazole}} step-down pending MIC.
"""),
    dict(style="pharmacy_stewardship", note="""
Pharmacy, C. difficile
Second episode within 8 weeks.
Toxin EIA positive, GDH positive.
{{drug:Vanc}} PO {{dose:125 mg}} QID is ordered; recommend change to {{drug:Fidaxomicin}} ({{drug:Dificid}}) {{dose:200 mg}} BID x 10 days for recurrence.
Consider {{drug:bezlotoxumab}} ({{drug:Zinplava}}) if available; note HF history.
PPI: {{drug:Pantoprazole}} without clear indication, recommend stop.
{{drug:Flagyl}} not recommended as monotherapy.
Contact precautions, soap and water.
""", summary="""
Recurrent C. difficile: change PO {{drug:Vanc}} to {{drug:Fidaxomicin}}, stop {{drug:Pantoprazole}}, no {{drug:Flagyl}} monotherapy.
"""),
    dict(style="pharmacy_stewardship", note="""
Anticoagulation pharmacy, warfarin
{{lab:INR 4.8}} today, {{lab:INR 2.6}} three days ago.
{{drug:Bactrim}} DS started 4 days ago for UTI: Known interaction, CYP2C9.
No bleeding. {{lab:Hgb 12.1}}.
Recommend: Hold {{drug:Coumadin}} x1 dose; no {{drug:Vitamin K}} needed.
If INR above 9 or bleeding: {{drug:Vitamin K}} {{dose:2.5 mg}} PO; {{drug:Kcentra}} only for major bleed.
Suggest {{drug:Nitrofurantoin}} or {{drug:Keflex}} instead of {{drug:Bactrim}} if cultures allow.
Resume {{drug:Coumadin}} {{dose:5 mg}} daily, recheck INR in 48 h.
""", summary="""
Supratherapeutic {{lab:INR 4.8}} from {{drug:Bactrim}} interaction; hold {{drug:Coumadin}} once, switch antibiotic, {{drug:Kcentra}} only for major bleed.
"""),
    dict(style="pharmacy_stewardship", note="""
Pharmacy, aminoglycoside synergy
Enterococcus faecalis endocarditis, native mitral valve.
{{drug:Ampicillin}} {{dose:2 g}} IV q4h plus {{drug:Ceftriaxone}} {{dose:2 g}} IV q12h preferred over {{drug:gent}} synergy given {{lab:CrCl 42 mL/min}}.
{{drug:Gent}} discontinued; last level {{lab:gent trough 1.4}}.
{{drug:Tobra}} not indicated.
Duration 6 weeks from first negative culture.
Audiology baseline done while on {{drug:Gent}}.
Weekly CBC, BMP while on {{drug:Ampicillin}}.
""", summary="""
E. faecalis endocarditis: {{drug:Ampicillin}} plus {{drug:Ceftriaxone}} instead of {{drug:Gent}} synergy due to renal function; 6 weeks.
"""),
    dict(style="pharmacy_stewardship", note="""
ASP note, Stenotrophomonas
Stenotrophomonas maltophilia from BAL, quantitative 10^5 CFU/mL, vented pt with new infiltrate.
Intrinsically resistant to carbapenems: Stop {{drug:Meropenem}}.
{{drug:Bactrim}} {{dose:15 mg/kg/day}} TMP component IV divided q8h.
Alternatives: {{drug:Levofloxacin}} {{dose:750 mg}} daily or {{drug:Minocycline}} {{dose:200 mg}} q12h.
Check {{lab:K 5.2}} on {{drug:Bactrim}}; monitor K and SCr.
Sulfa allergy: None documented.
""", summary="""
Stenotrophomonas VAP: stop {{drug:Meropenem}}, start {{drug:Bactrim}}; {{drug:Levofloxacin}} or {{drug:Minocycline}} as alternatives; watch potassium.
"""),
    dict(style="pharmacy_stewardship", note="""
Transplant ID pharmacy
Renal transplant recipient, lung nodules; Nocardia on modified {{eponym:Kinyoun}} stain.
{{drug:Bactrim}} {{dose:5 mg/kg}} TMP IV q8h plus {{drug:Imipenem}} {{dose:500 mg}} IV q6h induction.
Add {{drug:Amikacin}} if CNS involvement on MRI.
{{drug:Tacrolimus}} level {{lab:11.2}}; no azole on board.
Pneumocystis PPx covered by {{drug:Bactrim}}; stop {{drug:Atovaquone}}.
CMV PPx: {{drug:Valganciclovir}} {{dose:450 mg}} daily, renally adjusted.
""", summary="""
Nocardia in a transplant recipient: {{drug:Bactrim}} plus {{drug:Imipenem}}; {{drug:Atovaquone}} stopped; {{drug:Tacrolimus}} level high-normal.
"""),
    dict(style="pharmacy_stewardship", note="""
{{drug:Heparin}} nomogram note
{{drug:Heparin}} gtt for ACS, anti-Xa {{lab:anti-Xa 0.22}}, subtherapeutic.
Bolus {{dose:2000 units}}, rate up {{dose:2 units/kg/h}} per nomogram.
Platelets {{lab:Plt 92}} from {{lab:Plt 210}} on day 6.
{{score:4Ts 6}}, high probability HIT.
Recommend: Stop all {{drug:heparin}} including flushes. Start {{drug:Argatroban}} {{dose:1 mcg/kg/min}}, goal aPTT 1.5-3x.
Send PF4 antibody and SRA.
Flag allergy list. No {{drug:Lovenox}}.
""", summary="""
Suspected HIT with {{score:4Ts 6}}; stop {{drug:Heparin}}, start {{drug:Argatroban}}; {{drug:Lovenox}} contraindicated; PF4 sent.
"""),
    dict(style="pharmacy_stewardship", note="""
Renal dosing review, CrCl 22
{{drug:Cefepime}} {{dose:2 g}} q8h: Reduce to {{dose:2 g}} q24h; neurotoxicity risk, myoclonus noted by RN.
{{drug:Keppra}} {{dose:1000 mg}} BID: Reduce to {{dose:500 mg}} BID.
{{drug:Gabapentin}} {{dose:300 mg}} TID: Reduce to {{dose:300 mg}} daily.
{{drug:Enoxaparin}} {{dose:40 mg}} daily: Change to {{dose:30 mg}} daily.
{{drug:Metformin}}: Hold.
{{drug:Famotidine}} {{dose:20 mg}} daily OK.
Will recheck SCr in AM.
""", summary="""
Renal dose adjustments at CrCl 22 for {{drug:Cefepime}}, {{drug:Keppra}}, {{drug:Gabapentin}}, {{drug:Enoxaparin}}; {{drug:Metformin}} held.
"""),
    # ---------------- microbiology and lab comments ----------------
    dict(style="micro_lab_comment", note="""
Microbiology comment: Blood culture
Gram-positive cocci in clusters, 2 of 2 sets, time to positivity 11 h.
Rapid PCR: Staphylococcus aureus, mecA detected (MRSA).
Critical value called to RN on unit, read back.
Recommend: {{drug:Vanc}} or {{drug:Daptomycin}}; ID consult strongly recommended.
Note: {{drug:Cefazolin}} not appropriate for mecA positive.
Susceptibilities to follow.
""", summary="""
MRSA bacteremia by rapid PCR; {{drug:Vanc}} or {{drug:Daptomycin}} advised, {{drug:Cefazolin}} inappropriate.
"""),
    dict(style="micro_lab_comment", note="""
Microbiology comment: Urine culture
Greater than 100,000 CFU/mL Klebsiella pneumoniae, ESBL producer.
Resistant: {{drug:Ceftriaxone}}, {{drug:Cefepime}}, {{drug:Cipro}}.
Susceptible: {{drug:Meropenem}}, {{drug:Ertapenem}}, {{drug:Nitrofurantoin}}, {{drug:Fosfomycin}}.
Note: Citrobacter freundii, Serratia, Morganella, Providencia and Enterobacter carry inducible AmpC; avoid third-generation cephalosporins for serious infection with these organisms.
Morganella also isolated, less than 10,000 CFU/mL, likely contaminant.
""", summary="""
ESBL Klebsiella in urine, susceptible to {{drug:Meropenem}} and {{drug:Nitrofurantoin}}; AmpC note about Serratia and related organisms.
"""),
    dict(style="micro_lab_comment", note="""
CSF results
Opening pressure 32 cm H2O.
WBC {{lab:CSF WBC 45}}, lymphocyte predominant. {{lab:CSF protein 96}}, {{lab:CSF glucose 28}}.
India ink positive for encapsulated yeast.
Cryptococcal antigen {{lab:CrAg 1:1024}}.
{{eponym:Gram}} stain: No organisms. Listeria not seen; culture pending.
Recommend: {{drug:Amphotericin B}} liposomal plus {{drug:Flucytosine}}; serial LPs for pressure.
HIV Ag/Ab sent.
""", summary="""
Cryptococcal meningitis, India ink positive, {{lab:CrAg 1:1024}}; {{eponym:Gram}} stain negative; {{drug:Amphotericin B}} plus {{drug:Flucytosine}}.
"""),
    dict(style="micro_lab_comment", note="""
BAL comment
Galactomannan {{lab:galactomannan 1.8}}, positive.
Calcofluor: Septate hyphae, acute-angle branching, consistent with Aspergillus.
Pneumocystis DFA negative.
Modified {{eponym:Kinyoun}} negative for Nocardia.
AFB smear negative x1; Mycobacterium culture pending.
Recommend: {{drug:Voriconazole}} {{dose:6 mg/kg}} q12h x2 then {{dose:4 mg/kg}} q12h; level day 5.
""", summary="""
Probable invasive Aspergillus on BAL; Pneumocystis and Nocardia negative; start {{drug:Voriconazole}}.
"""),
    dict(style="micro_lab_comment", note="""
Microbiology comment: HACEK
Slow-growing Gram-negative rod, 4 days to positivity, 3 of 3 sets.
MALDI-TOF: Cardiobacterium hominis.
HACEK group: Haemophilus, Aggregatibacter, Cardiobacterium, Eikenella, Kingella.
{{eponym:Duke}} criteria: Major microbiologic criterion met.
Recommend TEE. {{drug:Ceftriaxone}} {{dose:2 g}} IV daily.
Eikenella not isolated.
""", summary="""
Cardiobacterium bacteremia (HACEK) meets a major {{eponym:Duke}} criterion; TEE and {{drug:Ceftriaxone}} advised.
"""),
    dict(style="micro_lab_comment", note="""
Mycobacteriology comment
Sputum AFB smear 2+ by {{eponym:Ziehl-Neelsen}}.
NAAT: Mycobacterium tuberculosis complex detected; rpoB mutation not detected.
Culture on {{eponym:Lowenstein-Jensen}} and MGIT pending.
Airborne isolation continued.
Recommend RIPE: {{drug:Rifampin}} {{dose:600 mg}}, {{drug:Isoniazid}} {{dose:300 mg}}, {{drug:Pyrazinamide}} {{dose:1500 mg}}, {{drug:Ethambutol}} {{dose:1200 mg}}, with {{drug:Pyridoxine}} {{dose:25 mg}}.
Health department notified per protocol.
""", summary="""
Pulmonary TB by NAAT and {{eponym:Ziehl-Neelsen}} smear, no {{drug:rifampin}} resistance; RIPE with {{drug:Pyridoxine}}.
"""),
    dict(style="micro_lab_comment", note="""
Serology comment: Zoonoses panel
Bartonella henselae IgG {{lab:Bartonella IgG 1:512}}; consistent with cat scratch disease.
Brucella agglutination negative.
Coxiella burnetii phase II IgG negative.
Francisella tularensis: Not tested. If clinically suspected, notify lab; BSL-3 precautions.
Rickettsia IgG negative.
Recommend: {{drug:Azithromycin}} for lymphadenitis if treatment desired.
""", summary="""
Positive Bartonella serology; Brucella, Coxiella and Rickettsia negative; {{drug:Azithromycin}} optional.
"""),
    dict(style="micro_lab_comment", note="""
Anaerobic culture comment
Abdominal abscess: Bacteroides fragilis group and Escherichia coli.
Bacteroides: Resistant to {{drug:Clindamycin}}; susceptible to {{drug:Metronidazole}}, {{drug:Zosyn}}, {{drug:Meropenem}}.
Fusobacterium necrophorum from separate neck aspirate, same pt; internal jugular thrombophlebitis, {{eponym:Lemierre}} syndrome suspected.
{{drug:Flagyl}} {{dose:500 mg}} q8h plus {{drug:Ceftriaxone}} suggested.
""", summary="""
Bacteroides abscess resistant to {{drug:Clindamycin}}; Fusobacterium suggesting {{eponym:Lemierre}} syndrome; {{drug:Flagyl}} plus {{drug:Ceftriaxone}}.
"""),
    dict(style="micro_lab_comment", note="""
Stool studies comment
Multiplex GI panel: Norovirus GII (Norwalk-like) detected.
Campylobacter, Salmonella, Shigella, STEC not detected.
C. difficile toxin negative.
Enteric precautions; Norwalk outbreaks common in long-term care.
Antibiotics not indicated. {{drug:Zofran}} and oral rehydration.
""", summary="""
Norovirus on GI panel; bacterial pathogens and C. difficile negative; supportive care with {{drug:Zofran}}.
"""),
    dict(style="micro_lab_comment", note="""
Peripheral smear review
{{eponym:Howell-Jolly}} bodies present, consistent with asplenia.
Rare {{eponym:Heinz}} bodies on supravital stain.
{{eponym:Dohle}} bodies and toxic granulation in neutrophils.
No {{eponym:Auer}} rods. No blasts.
{{eponym:Pelger-Huet}}-like forms, few.
Direct {{eponym:Coombs}} negative. Monospot positive; {{eponym:Epstein-Barr}} VCA IgM pending.
Schistocytes rare, less than 1%.
""", summary="""
Smear with {{eponym:Howell-Jolly}} and {{eponym:Heinz}} bodies, {{eponym:Dohle}} bodies, no {{eponym:Auer}} rods; {{eponym:Coombs}} negative; {{eponym:Epstein-Barr}} workup.
"""),
]
