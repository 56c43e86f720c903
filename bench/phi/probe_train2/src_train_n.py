NOTES = [
    dict(style="device_remote", note="""
REMOTE TRANSMISSION REPORT -- Device Clinic
Patient: [[NAME:KONSTANTINOU, ELENI]]   DOB: [[DATE:03/22/1944]]   MRN: [[MRN:003391827]]
Device: Medtronic Azure XT DR MRI (W1DR01)   SN [[MRN:RNB612345S]]   Implanted [[DATE:2021-06-09]]
Leads: RA 5076-52 SN [[MRN:PJN7740219]] / RV 5076-58 SN [[MRN:PJN7741836]]
Transmission: scheduled, rec'd [[DATE:03/12/24]] 14:22 via CareLink (monitor ID [[MRN:MYC-2290431]])

Battery 8.9 yr. Mode DDDR 60/130. AP 41%, VP 2%.
RA {{lab:0.6 V @ 0.4 ms}}, P wave {{lab:2.8 mV}}, impedance 513 ohms. RV {{lab:0.75 V @ 0.4 ms}}, R wave {{lab:11.2 mV}}, impedance 589 ohms.
AT/AF burden 3.1% (prev 0.2%); longest episode 6 h 12 min on [[DATE:Mar 2]], V rates 90-110. No VHR episodes.
{{score:CHA2DS2-VASc 5}}; pt NOT on anticoagulation per chart.
Action: EGMs reviewed -- true AF. Routed to Dr [[NAME:Nikos Theodorou]] and called pt's son [[NAME:Stavros]] at
[[PHONE:(847) 555-0131]] on [[DATE:3/13]] @ 0915, appt booked for [[DATE:Mon 3/18]] to discuss {{drug:Eliquis}}.
Next remote [[DATE:6/11/2024]]. Reviewed by [[NAME:mvella]] (CCDS) [[DATE:03/13/2024]].
""", summary="""
A remote transmission from [[NAME:Eleni Konstantinou]]'s Medtronic pacemaker (SN [[MRN:RNB612345S]]) on [[DATE:03/12/24]] showed new AF burden
of 3.1% with {{score:CHA2DS2-VASc 5}} and no anticoagulation; a visit was booked for [[DATE:3/18]] to discuss {{drug:Eliquis}}.
"""),

    dict(style="icd_clinic", note="""
ICD Clinic -- in-person interrogation   [[DATE:Thursday, April 10, 2025]]
[[NAME:Dragan Nikolić]]  |  {{age:58}} M  |  MRN [[MRN:74-00-5512]]  |  CSN [[MRN:204417786]]
Boston Scientific Resonate EL ICD D433, serial [[MRN:184226]]; implanted [[DATE:11/3/2022]] for NICM, {{lab:LVEF 25%}}.

Reason: shock at home [[DATE:4/6]] ~2100 while mowing. Daughter [[NAME:Madison]] drove him to ED in [[ADDRESS:Naperville]], d/c same night.
Episodes [[DATE:Mar 2-9]]: 3 NSVT; [[DATE:4/6]] VT 210 bpm, ATP x1 failed, 1 shock 41 J successful.
Lead data: RV pacing threshold {{lab:0.8 V @ 0.4 ms}}, R wave {{lab:9.6 mV}}, impedance 468, shock impedance 62 ohms. Battery 11 yr.
{{vital:BP 108/70}}, {{vital:HR 66}}. {{lab:K 3.6}}, {{lab:Mg 1.7}} ([[DATE:04-06-2025]] ED).
Meds: {{drug:metoprolol succinate}} {{dose:100 mg}}, {{drug:Entresto}} 49/51, {{drug:spironolactone}} {{dose:25 mg}}, {{drug:Jardiance}}.
Plan: start {{drug:amiodarone}} {{dose:400 mg}} BID x 2 wk then {{dose:200 mg}} daily; replete K/Mg; no driving 6 months.
[[NAME:Madison]] asked about VT ablation -- referred to EP (Dr. [[NAME:Ioannis Pappas]]). Latitude remote active.
Device RN [[NAME:Nevena Lukić]] x[[PHONE:4410]]; on-call device phone [[PHONE:630-555-0150]].
""", summary="""
[[NAME:Dragan Nikolić]] ({{age:58}}) received one appropriate ICD shock for VT on [[DATE:4/6]]; {{drug:amiodarone}} was started,
electrolytes repleted, driving restricted, and he was referred to Dr [[NAME:Pappas]] for VT ablation.
"""),

    dict(style="sleep_psg", note="""
SLEEP DISORDERS CENTER -- DIAGNOSTIC POLYSOMNOGRAPHY REPORT
Patient: [[NAME:Salim Halabi]]     DOB: [[DATE:19690511]]     Study #: [[MRN:PSG-24-03318]]     MRN: [[MRN:8822130]]
Study date: [[DATE:10/21/2024]] (night of [[DATE:10/21-10/22]])     Scored by: [[NAME:GK]], RPSGT     Referred by: Dr. [[NAME:Tarek Hamwi]]

Indication: loud snoring, witnessed apneas (wife [[NAME:Rima]]), {{score:Epworth 14}}, {{vital:BMI 36.8}}, neck 17.5 in.
TST 362 min, sleep efficiency 81%, sleep latency 14 min, REM latency 112 min.
{{score:AHI 38.6}}/h (supine 61.2, non-supine 18.4), {{score:REM AHI 52}}. {{score:ODI 4% 33}}/h.
SpO2 baseline {{vital:SpO2 94%}}, nadir {{vital:SpO2 76%}}, T < 88% = 41 min. No central apneas; no {{eponym:Cheyne-Stokes}} respiration.
PLMI 4/h. ECG: sinus rhythm, occasional PVCs.
Impression: severe obstructive sleep apnea.
Recommendations: CPAP titration study (booked [[DATE:Nov 12]]) or auto-PAP 5-15 cm H2O; avoid sedatives; weight loss;
drowsy driving counselling. Interpreting physician: [[NAME:Petra Zupančič]], MD, D.ABSM -- signed [[DATE:10/24/2024]] 08:05
""", summary="""
[[NAME:Salim Halabi]]'s polysomnogram on [[DATE:10/21/2024]] showed severe obstructive sleep apnea ({{score:AHI 38.6}}, nadir
{{vital:SpO2 76%}}); CPAP titration was booked for [[DATE:Nov 12]].
"""),

    dict(style="infusion_nursing", note="""
INFUSION CENTER -- RN NOTE  [[DATE:01/08/25]]  chair 7
Pt [[NAME:Ana Kovačić]] / MRN [[MRN:60017742]] / DOB [[DATE:9-14-81]]  ID x2 verified (name, DOB)
Tx: {{drug:Injectafer}} {{dose:750 mg}} IV, dose 2 of 2 (dose 1 [[DATE:12/31]]). Dx IDA, heavy menses.
Pre VS 0905: {{vital:T 36.7}} {{vital:HR 78}} {{vital:BP 116/72}} {{vital:RR 16}} {{vital:SpO2 99%}}.
PIV 22g L FA x1 attempt, +blood return. Infused over 15 min 0915-0930. No rxn.
Post VS 1000: {{vital:BP 112/70}} {{vital:HR 74}}. Pain 0/10.
Labs from [[DATE:12/20]]: {{lab:Hgb 8.9}}, {{lab:ferritin 4}}, {{lab:TSAT 5%}}. Phos to be rechecked in 2 wks (hypophos risk).
Pt asked about work note -- printed. Husband [[NAME:Ivo]] picking up.
D/c'd ambulatory 1005. Next: labs [[DATE:2/5/25]], hem f/u Dr. [[NAME:Babić]] [[DATE:2/12]].
[[NAME:jmatic]] RN / cosign [[NAME:S. Perić]], RN
""", summary="""
[[NAME:Ana Kovačić]] received her second {{drug:Injectafer}} {{dose:750 mg}} infusion for iron deficiency anemia ({{lab:Hgb 8.9}}, {{lab:ferritin 4}})
on [[DATE:01/08/25]] without reaction; labs are due [[DATE:2/5/25]].
"""),

    dict(style="chemo_check", note="""
CHEMOTHERAPY DAY UNIT -- PRE-TREATMENT CHECK
Regimen: mFOLFOX6, cycle 5 day 1 (adjuvant, stage III colon ca).
Ht 168 cm, wt 71.4 kg, BSA 1.82 m2 (wt change < 5% -- no recalculation).
Labs today: {{lab:ANC 1.6}}, {{lab:plt 118}}, {{lab:Hgb 11.2}}, {{lab:Cr 0.9}}, {{lab:bili 0.6}}, {{lab:Mg 1.8}}.
Toxicity: peripheral neuropathy CTCAE grade 1 (cold-induced tingling, resolves < 7 d). Mucositis none. Diarrhea grade 0.
{{score:ECOG 0}}. {{vital:BP 122/80}}, {{vital:HR 84}}, {{vital:T 36.5}}.
Orders verified by 2 RNs + pharmacist:
  {{drug:oxaliplatin}} {{dose:85 mg/m2}} = {{dose:155 mg}} IV over 2 h
  {{drug:leucovorin}} {{dose:400 mg/m2}} = {{dose:728 mg}} IV over 2 h
  {{drug:5-FU}} {{dose:400 mg/m2}} bolus = {{dose:728 mg}}, then {{dose:2400 mg/m2}} = {{dose:4368 mg}} CI over 46 h via CADD pump
Premeds: {{drug:ondansetron}} {{dose:16 mg}} PO, {{drug:dexamethasone}} {{dose:12 mg}} PO.
Port accessed, +blood return, flushed with NS. Treat as planned. Pump disconnect in 46 h.
""", summary="""
A patient with stage III colon cancer was cleared for mFOLFOX6 cycle 5 ({{lab:ANC 1.6}}, {{lab:plt 118}}, grade 1 neuropathy)
with {{drug:oxaliplatin}} {{dose:155 mg}} and {{drug:5-FU}} by infusion pump.
"""),

    dict(style="device_phone", note="""
Device clinic phone note  [[DATE:2024-07-19]]  1105
CareLink alert rec'd overnight: LINQ II ILR, pt [[NAME:Samir Jabbour]] ([[MRN:ILR-0077215]]), pause 4.8 s at 0312 on [[DATE:7/18]].
spoke w [[NAME:samir]] -- asleep at time, no syncope, no dizziness since implant [[DATE:5/2]]. Lives alone; daughter [[NAME:Hala]]
in [[ADDRESS:Beirut]], tel [[PHONE:+961 3 418 227]], asked to be updated (consent on file).
Also called cardiology fellow on call pgr [[PHONE:2-6610]] -- per Dr. [[NAME:Shami]] nocturnal pause likely vagal, may be
OSA-related; check prior sleep study. Not on {{drug:metoprolol}} or {{drug:diltiazem}}. Advised pt: call 911 if he faints.
Appt w Dr [[NAME:Rafic Shami]] [[DATE:Tues 7/23]] @ 1030. Pt verbalized understanding, repeated back date.
Callback # confirmed [[PHONE:248 555 0123]].  -- [[NAME:LB]], RN
""", summary="""
An overnight ILR alert on [[DATE:7/18]] showed a 4.8 s nocturnal pause in [[NAME:Samir Jabbour]], who was asymptomatic; Dr [[NAME:Shami]]
felt it likely vagal and will see him on [[DATE:7/23]].
"""),

    dict(style="chemo_visit", note="""
Heme/Onc Day Unit -- cycle 3 R-CHOP   [[DATE:Sept. 3rd, 2024]]
[[NAME:Rosa Greco]] | {{age:67}}F | MRN [[MRN:229-01-4418]] | Enc [[MRN:V0094417215]]
DLBCL stage IIIA (not {{eponym:Hodgkin}}), IPI 2. Cycle 2 given [[DATE:8/13]]; cycle 3 was due [[DATE:9/3]].
Since then: fatigue, mild constipation from {{drug:vincristine}}, no fever. Neuropathy grade 1 fingertips.
Labs: {{lab:ANC 2.4}} (on {{drug:Neulasta}}), {{lab:Hgb 10.6}}, {{lab:plt 188}}, {{lab:LDH 212}} (from 690), {{lab:uric acid 4.2}}.
ECHO [[DATE:7/25/24]] {{lab:LVEF 60%}}; cumulative {{drug:doxorubicin}} {{dose:150 mg/m2}} after today.
Tx: {{drug:rituximab}} {{dose:375 mg/m2}} ({{dose:700 mg}}), {{drug:cyclophosphamide}} {{dose:750 mg/m2}}, {{drug:doxorubicin}} {{dose:50 mg/m2}},
{{drug:vincristine}} {{dose:1.4 mg/m2}} cap {{dose:2 mg}}, {{drug:prednisone}} {{dose:100 mg}} d1-5. Rapid rituximab rate tolerated.
Pharmacist [[NAME:Ivo Barišić]] verified. Primary RN [[NAME:Carmela La Rosa]]. PET after C4 (~[[DATE:10/15]]).
[[NAME:Rosa]]'s sister [[NAME:Concetta]] stays with her on treatment weeks ([[PHONE:(718) 555-0106]]).
""", summary="""
[[NAME:Rosa Greco]] ({{age:67}}) received cycle 3 of R-CHOP for DLBCL on [[DATE:Sept. 3rd, 2024]] with good counts and a falling
{{lab:LDH 212}}; interim PET is planned after cycle 4.
"""),

    dict(style="sleep_hsat", note="""
HOME SLEEP APNEA TEST (WatchPAT ONE)  -- interpretation
Name [[NAME:Milošević, Hunter]]   DOB [[DATE:Feb-02-1990]]   Acct [[MRN:HS0091882]]   Test night [[DATE:FEB-27-2025]]
Ordering: [[NAME:June Farrugia]], NP (sleep clinic)   Device serial [[MRN:WP1-30058421]]

Valid sleep time 6 h 41 min. {{score:pAHI 11.4}}, {{score:pRDI 16.0}}, {{score:ODI 8.9}}. Central pAHI 0.4.
Mean {{vital:SpO2 95%}}, min {{vital:SpO2 85%}}. Snoring > 45 dB 22% of the night. Supine 70% of sleep, supine pAHI 19.
Mild, predominantly positional OSA. {{score:ESS 9}}.
Rec: positional therapy (e.g. NightShift) vs APAP 4-12; mandibular advancement device via dental sleep medicine is reasonable.
[[NAME:Hunter]] works nights as a paramedic -- consider shift work disorder component. Follow-up visit with [[NAME:June]] in 4 wks.
Interpreted [[DATE:3/3/2025]], [[NAME:Emir Hadžić]], MD.
""", summary="""
[[NAME:Hunter Milošević]]'s home sleep test on [[DATE:FEB-27-2025]] showed mild positional OSA ({{score:pAHI 11.4}}); positional therapy,
APAP or an oral appliance were recommended, with follow-up with [[NAME:June Farrugia]], NP.
"""),

    dict(style="ilr_implant", note="""
PROCEDURE NOTE -- Implantable loop recorder insertion     DOS [[DATE:031224]]
Pt: [[NAME:Ivan Perković]]   MRN [[MRN:3390-1127]]   Age {{age:46}}
Operator: [[NAME:Lincoln Borg]], MD   Assist: [[NAME:T. Cassar]], CVT
Indication: recurrent unexplained syncope (x3 since [[DATE:Dec 28]]), normal TTE, 14-day Zio [[DATE:1/9-1/23]] unrevealing, tilt negative.
Device: Medtronic LINQ II, model LNQ22, serial [[MRN:RLB 244 019 S]].
Local {{drug:lidocaine 1%}} {{dose:8 mL}}; L parasternal 4th ICS, incision 8 mm, tool insertion, closure with Steri-Strips.
R wave {{lab:0.42 mV}} at implant. No complications, EBL < 2 mL. {{drug:Cefazolin}} {{dose:2 g}} IV pre-procedure.
Patient activator given; paired with MyCareLink app on pt phone ([[PHONE:773-555-0149]]).
Wound check [[DATE:3/22]]. Transmission schedule daily auto. Pt from [[ADDRESS:Lincoln]], NE -- remote follow-up preferred.
""", summary="""
Dr [[NAME:Lincoln Borg]] implanted a Medtronic LINQ II loop recorder (serial [[MRN:RLB 244 019 S]]) on [[DATE:031224]] in [[NAME:Ivan Perković]]
({{age:46}}) for recurrent unexplained syncope, without complications.
"""),

    dict(style="infusion_ms", note="""
Neuro-infusion suite / {{drug:Ocrevus}} initial dose 2 of 2
[[DATE:5/20/2025]]  [[NAME:HORVAT, KATARINA]]  MRN [[MRN:55093128]]  Auth # [[MRN:OCR-88401-B]] (valid [[DATE:3/1/25]]-[[DATE:2/28/26]])
Premeds 0800: {{drug:methylprednisolone}} {{dose:100 mg}} IV, {{drug:Benadryl}} {{dose:50 mg}} PO, {{drug:Tylenol}} {{dose:650 mg}} PO.
0830 {{drug:ocrelizumab}} {{dose:300 mg}} in 250 mL NS started 30 mL/h, titrated q30min to max 180 mL/h.
1015 pt c/o throat itch + flushing; {{vital:BP 142/88}} {{vital:HR 104}} {{vital:SpO2 98%}}. Infusion paused, {{drug:famotidine}} {{dose:20 mg}} IV given.
Sx resolved 1040; resumed at half rate per protocol. Completed 1305.
Post obs 1 h: {{vital:BP 124/78}} {{vital:HR 82}}. Tolerated remainder.
Dose 1 was [[DATE:5/6]]. Next full dose {{dose:600 mg}} ~[[DATE:11/20/25]]. Pharmacy: specialty line [[PHONE:1 (888) 555-0177]].
Grade 1 IRR documented; MS nurse [[NAME:Tina]] notified. Pt driven home by friend [[NAME:Vedrana]].
""", summary="""
[[NAME:Katarina Horvat]] had a grade 1 infusion reaction during her second {{drug:ocrelizumab}} {{dose:300 mg}} infusion on [[DATE:5/20/2025]],
treated with {{drug:famotidine}}; the infusion was completed at half rate. Next dose {{dose:600 mg}} around [[DATE:11/20/25]].
"""),

    dict(style="sleep_titration", note="""
CPAP TITRATION STUDY -- SUMMARY

Indication: severe OSA on prior diagnostic PSG. Mask: medium nasal pillows (ResMed AirFit P10), heated humidity.
CPAP titrated 5 -> 13 cm H2O. Optimal pressure 11 cm H2O: {{score:AHI 2.1}}/h, supine REM observed, snoring eliminated,
{{vital:SpO2 nadir 92%}}. At 13 cm H2O mouth leak and arousals; chin strap trialled with partial benefit.
TST 388 min, sleep efficiency 86%, REM 21%. No emergent central apnea, no {{eponym:Cheyne-Stokes}} breathing.
Periodic limb movements: PLMI 6/h, not clinically significant. ECG: sinus rhythm, {{vital:HR 58-74}}.
Impression: OSA adequately treated with CPAP 11 cm H2O.
Recommendations:
  - CPAP 11 cm H2O (or APAP 9-14) with nasal pillows and heated humidification.
  - DME order sent; compliance download at 31-90 days (goal > 4 h on 70% of nights).
  - Review in sleep clinic with {{eponym:Epworth}} repeat; consider {{drug:Sunosi}} only if residual sleepiness despite adherence.
""", summary="""
CPAP titration showed obstructive sleep apnea controlled at 11 cm H2O ({{score:AHI 2.1}}) with nasal pillows; CPAP and a
compliance download at 31-90 days were recommended.
"""),

    dict(style="crt_check", note="""
DEVICE CLINIC -- CRT-D CHECK     [[DATE:2024/3/12]]  @ 1400
Patient: [[NAME:Stella Mizzi]]   [[AGE:91]] yo F   MRN [[MRN:1187 0933]]   Medicare [[MRN:1EG4-TE5-MK72]]
Abbott Gallant HF CDHFA500Q, SN [[MRN:81244179]]; LV lead Quartet 1458Q SN [[MRN:QHJ 11802]]. Implanted [[DATE:05-30-2019]].
Accompanied by nephew [[NAME:Kevin Mizzi]] (HCP) and caregiver [[NAME:Precious]] from the home-care agency ([[PHONE:201-555-0128]]).
BiV pacing 96.1% (goal > 98%) -- PVCs 3.2%. No VT/VF. AT/AF 0%. Battery 2.9 yr.
RA {{lab:0.75 V}}, RV {{lab:1.0 V}}, LV {{lab:1.25 V @ 0.5 ms}} (M2-RV coil). Impedances stable. CorVue thoracic impedance trending down since [[DATE:2/26]].
{{vital:BP 104/62}}, {{vital:HR 72}}, wt up 2.1 kg, 1+ edema. NYHA III. {{lab:BNP 812}}.
Plan: {{drug:furosemide}} {{dose:40 mg}} -> {{dose:40 mg}} BID x 3 days, BMP [[DATE:3/15]]. Discussed goals -- DNR/DNI, wants to keep ICD therapies ON for now;
revisit deactivation at next visit. HF RN [[NAME:Joanne Buttigieg]] to call [[DATE:Fri 3/15]]. Dr [[NAME:Spiteri]], pgr [[PHONE:4-1234]].
""", summary="""
[[NAME:Stella Mizzi]], [[AGE:91]], had a CRT-D check on [[DATE:2024/3/12]] showing 96.1% biventricular pacing, falling thoracic impedance and
{{lab:BNP 812}}; {{drug:furosemide}} was increased and ICD deactivation will be revisited.
"""),

    dict(style="immunotherapy_visit", note="""
Oncology infusion visit -- {{drug:Keytruda}} cycle 9
[[NAME:KASSAB, NABIL]]  DOB [[DATE:12.05.1961]]  MRN [[MRN:0447-29-118]]  HAR [[MRN:H240918775]]  seen [[DATE:18-Sep-2024]]
Stage IV NSCLC, PD-L1 TPS 80%, on first-line {{drug:pembrolizumab}} {{dose:200 mg}} q3wk since [[DATE:03/27/2024]].
Feels well, working part time. Mild pruritus. No cough change, no diarrhea.
Labs: {{lab:TSH 6.8}} (from 2.1), {{lab:free T4 0.9}}, {{lab:AST 28}}, {{lab:ALT 31}}, {{lab:Cr 1.0}}, {{lab:glucose 104}}. {{score:ECOG 1}}.
CT [[DATE:9/10]]: continued partial response (RECIST -41%).
Plan: treat today. Subclinical hypothyroidism (irAE grade 1) -- recheck in 3 wk; start {{drug:levothyroxine}} if > 10.
Wife [[NAME:Faith]] asked about travel to [[ADDRESS:Aleppo]] to see family in December; OK between cycles with letter.
[[NAME:Nabil]] says he has faith in the plan. Next cycle [[DATE:10/9]]. Attending [[NAME:Hadi Sleiman]], MD; RN [[NAME:Bo]].
""", summary="""
[[NAME:Nabil Kassab]] received cycle 9 of {{drug:pembrolizumab}} on [[DATE:18-Sep-2024]] with an ongoing partial response; a rising
{{lab:TSH 6.8}} was noted as a grade 1 immune-related thyroid effect to recheck in 3 weeks.
"""),

    dict(style="sleep_mslt", note="""
MULTIPLE SLEEP LATENCY TEST
[[NAME:Luka Marinović]] / [[MRN:SLP 2025 0412]] / DOB [[DATE:7 Aug 2003]] / PSG night [[DATE:3rd Sept]] / MSLT [[DATE:Sept 4]]
Referring: Dr [[NAME:Vukašin Ristić]]? -- correction: referred by [[NAME:Vuk Ristić]], DO (student health).
Actigraphy [[DATE:8/20-9/2]]: regular schedule, mean TST 7.6 h. Urine drug screen negative. Off {{drug:sertraline}} x 3 wk.
Preceding PSG: TST 421 min, {{score:AHI 1.2}}, SOREMP at 9 min.
Naps (1000, 1200, 1400, 1600, 1800): latencies 3.5, 2.0, 6.5, 1.5, 4.0 min; REM in naps 1, 2 and 4.
Mean sleep latency 3.5 min with 3 SOREMPs (+1 PSG SOREMP).
Impression: consistent with narcolepsy; cataplexy history (knee buckling with laughter) suggests type 1.
Rec: {{drug:Wakix}} or {{drug:Xywav}} discussion; scheduled naps; driving counselling. CSF hypocretin not required.
[[NAME:Luka]] and mother [[NAME:Snežana]] to see Dr. [[NAME:Danica Tomić]] on [[DATE:10/1/25]].
""", summary="""
[[NAME:Luka Marinović]]'s MSLT on [[DATE:Sept 4]] showed a mean sleep latency of 3.5 min with 3 SOREMPs, consistent with narcolepsy
(likely type 1); treatment will be discussed with Dr [[NAME:Tomić]] on [[DATE:10/1/25]].
"""),

    dict(style="infusion_transfusion", note="""
ONC INFUSION -- transfusion + hydration   date [[DATE:12/2/24]]   bay 3
pt [[NAME:mason darwish]], {{age:52}}M, AML on {{drug:Venclexta}} + {{drug:Vidaza}} (C4D12). MRN [[MRN:7719-0045]].
CBC 0745: {{lab:Hgb 6.9}}, {{lab:plt 8}}, {{lab:ANC 0.3}}. {{vital:T 37.1}}, {{vital:BP 110/68}}, {{vital:HR 96}}.
T&S ok, specimen # [[MRN:BB24-118820]]. 1 u PRBC (unit [[MRN:W0418 24 551203 K]]) 0830-1030, 1 u plt 1045-1115.
Premed {{drug:Tylenol}} {{dose:650 mg}}. No rxn. Post {{lab:plt 29}} (1-h CCI ok).
NS {{dose:1 L}} over 2 h for {{lab:Cr 1.3}}. {{drug:posaconazole}}, {{drug:acyclovir}}, {{drug:levofloxacin}} ppx continued.
Had to page the fellow re: neutropenic precautions -- Dr. [[NAME:Page Vidmar]] OK'd d/c home, return [[DATE:12/4]] for counts.
Brother [[NAME:Ghassan]] drives; home # [[PHONE:(313)5550177]]. Neutropenic fever teaching reinforced: T >= 38.0 call
[[PHONE:313-555-0111]] 24/7.  [[NAME:SN]]/[[NAME:RK]]
""", summary="""
[[NAME:Mason Darwish]] ({{age:52}}), on {{drug:Venclexta}} and {{drug:Vidaza}} for AML, received 1 unit PRBC and 1 unit platelets for
{{lab:Hgb 6.9}} and {{lab:plt 8}} on [[DATE:12/2/24]] without reaction and returns [[DATE:12/4]].
"""),

    dict(style="pacemaker_eri", note="""
PACEMAKER CLINIC / ERI
Pt: [[NAME:Giuseppe]] "[[NAME:Pino]]" [[NAME:Esposito]]     DOB [[DATE:1936-02-17]]     MRN [[MRN:300-117-454]]
St. Jude Accent SR RF PM1210, SN [[MRN:7728431]], implanted [[DATE:8/19/2014]] for CHB -- VVIR.
Remote [[DATE:10/28/2024]] flagged ERI; in-office confirm today [[DATE:11/4/24]].
Battery voltage 2.52 V, ERI reached; rate behaviour changed to VVI 65. Underlying rhythm: CHB, escape 32 bpm -- pacer dependent.
RV lead {{lab:1.0 V @ 0.4 ms}}, impedance 620, R wave not assessable (dependent).
{{age:88}} yo, lives with daughter [[NAME:Angela Esposito-Ricci]] in [[ADDRESS:Staten Island]], [[PHONE:718.555.0192]].
{{drug:warfarin}} for AF ({{lab:INR 2.4}}) -- hold 5 d before; bridging not needed.
Plan: generator change [[DATE:Fri 11/15]] 0730, Dr [[NAME:Marco Bellini]]; pre-op labs [[DATE:11/12]].
Consent signed by [[NAME:Pino]] himself (capacity intact). Magnet response confirmed 65 ppm.
""", summary="""
[[NAME:Giuseppe Esposito]] ({{age:88}}), pacemaker-dependent for complete heart block, has a device at ERI confirmed on [[DATE:11/4/24]];
generator change is scheduled [[DATE:Fri 11/15]] with {{drug:warfarin}} held 5 days before.
"""),

    dict(style="sleep_letter", note="""
Sydney Sleep & Respiratory Clinic
Date: [[DATE:07/04/2024]]
To: Dr [[NAME:Helena Papadopoulos]], [[ADDRESS:Marrickville]] Family Practice, fax [[PHONE:(02) 9550 3318]]
Re: Mr [[NAME:Nikola Đukić]], DOB [[DATE:11/09/1967]], Medicare [[MRN:2951 44870 1]], UR [[MRN:00728841]]

Dear [[NAME:Helena]],
Thank you for referring [[NAME:Nikola]] with insomnia and leg discomfort. Since late 2023 he has sleep-onset insomnia
(latency ~90 min) with an urge to move his legs in the evening, relieved by walking -- typical of restless legs
({{eponym:Willis-Ekbom}} disease). {{score:ISI 19}}. {{lab:Ferritin 38}} ([[DATE:21/03/2024]]), {{lab:TSAT 17%}}. No neuropathy.
He takes {{drug:mirtazapine}} {{dose:15 mg}} nocte, which may be worsening symptoms.
Plan: taper mirtazapine; oral iron ({{drug:Ferro-Grad C}} alternate days) aiming for {{lab:ferritin > 75}}; CBT-I with our psychologist
[[NAME:Marija Šarić]]; avoid {{drug:pramipexole}} for now (augmentation risk). Review [[DATE:Wed 19/6/2024]].
He can be contacted on [[PHONE:0412 338 905]] or his wife [[NAME:Dušanka]] on [[PHONE:+61 2 9550 4471]].
Kind regards, Dr [[NAME:Aleksandar Ilić]], Sleep Physician
""", summary="""
Dr [[NAME:Ilić]] diagnosed restless legs ({{eponym:Willis-Ekbom}} disease) with insomnia in [[NAME:Nikola Đukić]] ({{lab:Ferritin 38}}); mirtazapine will be
tapered, oral iron and CBT-I started, with review on [[DATE:19/6/2024]].
"""),

    dict(style="chemo_portal", note="""
Patient message -- rec'd [[DATE:12-Mar]] 07:58
from: [[NAME:rana abi nader]]   to: Breast Oncology RN line
"hi its [[NAME:rana]], i had my port flush and the neulasta sticker put on yesterday at the day unit. the little light
is flashing red not green and it beeped at like 3am. did i get the dose?? also my arm by the port is a bit sore.
temp is 37.4. call me [[PHONE:(619) 555-0185]] please, or my husband [[NAME:Karim]] [[PHONE:619 555 0186]]"

RN reply [[DATE:03/12/2025]] 08:20: spoke w/ pt by phone. {{drug:Neulasta}} Onpro red light = possible incomplete dose.
Pt reports leak on the adhesive pad. Lot # and pump photo sent via portal. Discussed w/ Dr [[NAME:Sabbagh]]: will give
{{drug:Neulasta}} {{dose:6 mg}} SC in clinic today 1300 if count check OK. Port site: no redness per pt photo; {{vital:T 37.4}} oral.
Manufacturer complaint filed, ref [[MRN:AMG-25-0031947]]. TC (AC) cycle 2 was [[DATE:3/11]]; next [[DATE:4/1]].
-- [[NAME:will]] ([[NAME:William Haddad]], RN) -- we will see her at 1300.
""", summary="""
[[NAME:Rana Abi Nader]] reported that her {{drug:Neulasta}} Onpro injector flashed red after chemotherapy on [[DATE:3/11]]; after discussion with
Dr [[NAME:Sabbagh]] she will receive {{drug:Neulasta}} {{dose:6 mg}} SC in clinic on [[DATE:03/12/2025]].
"""),

    dict(style="remote_worklist", note="""
REMOTE MONITORING WORKLIST -- [[DATE:Mon 01/13/2025]] -- reviewer [[NAME:TP]] (covering for [[NAME:KZ]])
 #  Patient                  Device / SN                      Rec'd                 Alert                    Action
 1  [[NAME:BORG, ANTHONY]]           MDT Cobalt XT ICD [[MRN:BLF209113H]]     [[DATE:1/11]] 23:02           AF 6.2 h, on {{drug:Xarelto}}      FYI Dr [[NAME:Aquilina]]
 2  [[NAME:Stefanidis, Anna]]        BSX Accolade MRI PM [[MRN:761884]]       [[DATE:01/12/25]] 0315        none (scheduled)         file
 3  [[NAME:Rizk, Georges]]           ABT Assurity PM [[MRN:9920144]]          [[DATE:12JAN25]]              RV imp 2100 ohms (up)    call pt, in-office [[DATE:1/15]]
 4  [[NAME:Pavlič, Urška]]           BIO Edora 8 DR-T [[MRN:66130821]]        [[DATE:2025-01-12]]           missed x2 -- no data     called [[PHONE:734-555-0162]], LM
 5  [[NAME:Mangion, Doreen]]         MDT LINQ II [[MRN:RLB330871S]]           [[DATE:1/13]] 06:40           pt-activated, SR 78      no action
Notes: #3 -- possible lead fracture; spoke with wife [[NAME:Mona]], pt coming [[DATE:Wed 1/15]] 0900, Dr [[NAME:Karam]] aware.
#4 -- daughter [[NAME:Maja]] says monitor unplugged during a move to [[ADDRESS:Ypsilanti]]; replacement via Biotronik ([[PHONE:800-555-0124]]).
""", summary="""
On the [[DATE:01/13/2025]] remote worklist, [[NAME:Georges Rizk]]'s pacemaker showed a rising RV lead impedance (possible fracture) and he
was booked for [[DATE:1/15]]; [[NAME:Urška Pavlič]]'s missed transmissions were traced to an unplugged monitor.
"""),

    dict(style="desensitization", note="""
CARBOPLATIN DESENSITIZATION -- 12-step protocol (day unit)

Hx: grade 2 HSR to {{drug:carboplatin}} cycle 8 (flushing, chest tightness, {{vital:BP 88/50}}), responded to {{drug:epinephrine}} {{dose:0.3 mg}} IM.
Skin test positive. Ovarian cancer, platinum-sensitive recurrence; continuing {{drug:carboplatin}} AUC 5 ({{dose:520 mg}}) + {{drug:Doxil}}.
Premeds: {{drug:cetirizine}} {{dose:10 mg}}, {{drug:famotidine}} {{dose:20 mg}}, {{drug:montelukast}} {{dose:10 mg}}, {{drug:dexamethasone}} {{dose:20 mg}} IV.
Bags 1:100, 1:10, 1:1; 12 steps, rate doubling q15min; total time 5 h 50 min.
Step 9: mild palmar itch -- paused 20 min, {{drug:diphenhydramine}} {{dose:25 mg}} IV, resumed at step 8 rate; no further symptoms.
Vitals stable throughout: {{vital:BP 118/74}}-{{vital:BP 128/80}}, {{vital:SpO2 97-99%}}. Tryptase not drawn.
Full dose delivered. 1:1 RN ratio; crash cart and {{drug:EpiPen}} at chairside; allergist on call aware.
Plan: same protocol next cycle; {{drug:Doxil}} infused separately afterward without issue.
""", summary="""
A patient with recurrent ovarian cancer and prior grade 2 hypersensitivity to {{drug:carboplatin}} completed a 12-step desensitization
delivering the full {{dose:520 mg}} dose, with only mild itch treated with {{drug:diphenhydramine}}.
"""),
]
