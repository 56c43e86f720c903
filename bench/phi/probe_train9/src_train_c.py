NOTES = [
    dict(style="nicu_admission_hp", note="""
NICU ADMISSION H&P
Infant: Baby Girl [[NAME:Dlamini]]          MRN: [[MRN:40277153]]
DOB/TOB: [[DATE:02/11/2025]] 04:52          Admit to: NICU bed 7
Mother: [[NAME:Thandeka Dlamini]], {{age:31}} yo G3P2->3, MRN [[MRN:40219986]], O pos, GBS unknown, ROM at delivery
Father: [[NAME:Sipho Ndlovu]], at bedside. Parents not married; mother signed consents.

GA 30+2 wks by 9-wk US. BW 1410 g (40th %ile). Emergent C/S under GA for placental abruption.
Resus: limp, HR <100, PPV x 45 s, then CPAP +6. {{score:Apgars 4/7}}.
Admit exam: {{vital:T 36.4}} ax, {{vital:HR 162}}, {{vital:RR 66}}, {{vital:SpO2 91%}} on {{vital:FiO2 0.35}}. Grunting, subcostal
retractions, fair air entry. No murmur. AF soft, flat. Hips stable ({{eponym:Ortolani}}/{{eponym:Barlow}} neg). Anus patent.
Labs: {{lab:POC glucose 38}} -> D10W {{dose:2 mL/kg}} bolus, repeat {{lab:glucose 61}}. {{lab:CBG pH 7.24}}/{{lab:pCO2 58}}. Blood cx sent.

A/P
- RDS: CPAP +6; {{drug:Curosurf}} {{dose:200 mg/kg}} via LISA if FiO2 >0.40
- r/o early-onset sepsis: {{drug:ampicillin}} {{dose:100 mg/kg}} q12h + {{drug:gentamicin}} {{dose:5 mg/kg}} q36h, 48 h rule-out
- {{drug:caffeine citrate}} {{dose:20 mg/kg}} load, then {{dose:5 mg/kg}} daily
- FEN: NPO, starter TPN via UVC; UAC for gases
Social: siblings [[NAME:Lwazi]] ({{age:6}}) and [[NAME:Zanele]] ({{age:3}}) at home in [[ADDRESS:Lowell]] with maternal grandmother
[[NAME:Nokuthula]]. Mother's cell [[PHONE:978-555-0162]]. SW referral placed.

[[NAME:R. Kalniņa]], MD (neonatology fellow) / discussed with Dr. [[NAME:Begay]]
""", summary="""
Baby Girl [[NAME:Dlamini]], a 30+2-week preterm infant delivered by emergent cesarean on [[DATE:02/11/2025]] for abruption, was admitted on CPAP with RDS and early hypoglycemia. Surfactant if oxygen needs rise, rule-out-sepsis antibiotics and caffeine are planned; mother [[NAME:Thandeka Dlamini]] signed consents.
"""),

    dict(style="peds_portal_messages", note="""
Patient portal thread - General Pediatrics
From: [[NAME:Chipo Mutasa]] (parent)     Re: [[NAME:Tendai Mutasa]], DOB [[DATE:7/19/2019]]

[[DATE:Thu 3/6]] 9:14 PM
hi dr [[NAME:nyathi]] sorry to message so late. [[NAME:tendai]] still has fever {{vital:39.4}} since tuesday, i gave {{drug:motrin}} at 7pm.
the barky cough is worse at night and his little brother [[NAME:farai]] started coughing today too. the urgent care in
[[ADDRESS:bloomington]] said croup last week and gave one steroid. can we come in tomorrow?? - [[NAME:chipo]]

[[DATE:Thu 3/6]] 9:41 PM - reply from [[NAME:Grace Olsen]], RN (after-hours triage)
Hi [[NAME:Chipo]], I'm the nurse on call for Dr. [[NAME:Nyathi]]. Fever this long with croup needs to be looked at. I booked
[[NAME:Tendai]] for 8:40 AM tomorrow ([[DATE:3/7]]) with Dr. [[NAME:Nyathi]]. You can give {{drug:Motrin}} {{dose:200 mg}} every 6 hours
and {{drug:Tylenol}} {{dose:320 mg}} in between (he is 21 kg). Go to the ER tonight if he has noisy breathing while resting,
the skin pulls in between his ribs, or he is hard to wake. After-hours line: [[PHONE:(952) 555-0148]].
[[NAME:Farai]] can be checked at the same visit if you'd like.
""", summary="""
Mother [[NAME:Chipo Mutasa]] messaged on [[DATE:3/6]] that [[NAME:Tendai]] has had several days of fever and barky cough after a croup diagnosis and that his brother is now coughing. The triage nurse booked a visit for the next morning and gave emergency precautions.
"""),

    dict(style="otp_dosing_note", note="""
OTP DAILY DOSING / NURSE NOTE
Client: [[NAME:YAZZIE, DELBERT R]]      Client ID: [[MRN:OTP-22871]]      Date: [[DATE:2025-01-14]]
Phase 1 (day 23). No take-homes.
Pre-dose: {{score:COWS 7}} @ 0712 (yawning, rhinorrhea, gooseflesh). {{vital:BP 128/80}}, {{vital:P 96}}. Not sedated, speech clear.
Dose: {{drug:methadone}} {{dose:95 mg}} PO, observed (up from {{dose:90 mg}} per Dr. [[NAME:Rakotomalala]] order [[DATE:1/10]]). Swallowed, spoke after.
UDS [[DATE:1/13]]: + {{drug:methadone}}, + {{drug:fentanyl}}, neg opiates/oxy/benzo/{{drug:buprenorphine}}.
ECG [[DATE:12/30/24]]: {{lab:QTc 468}}. Repeat ECG at {{dose:120 mg}} or by [[DATE:Feb 1]], whichever comes first.
Client states partner "[[NAME:Sunny]]" ([[NAME:Sunshine Nez]]) is ~20 wks pregnant and wants intake here too; gave her
the intake line [[PHONE:505-555-0131]]. They live near [[ADDRESS:Gallup]], he rides the 5:40 van.
2nd {{drug:naloxone}} {{dose:4 mg}} nasal kit dispensed.
[[NAME:S. Haile]], LPN      Counselor [[NAME:Luwam Tesfay]], LADC notified re: fentanyl +
""", summary="""
Phase-1 methadone client [[NAME:Delbert Yazzie]] was dosed {{dose:95 mg}} on [[DATE:2025-01-14]] after mild withdrawal; his urine screen was positive for fentanyl and his QTc is borderline. His pregnant partner was given the intake line.
"""),

    dict(style="sane_forensic_exam", note="""
FORENSIC MEDICAL EXAMINATION - SEXUAL ASSAULT (SANE)
Patient: [[NAME:Ayelén Huenchumilla]]          DOB: [[DATE:1998-09-03]] ({{age:26}})
MRN: [[MRN:M5530917]]          Kit #: [[MRN:SAK-25-00614]]
Reporting to LE: yes. [[ADDRESS:Duluth]] PD case [[MRN:25-118432]], Det. [[NAME:K. Virtanen]] [[PHONE:218-555-0119]]
Assault (per pt): [[DATE:04/19/2025]] approx 0130          Exam began: [[DATE:04/19/2025]] 0815
Advocate: [[NAME:Rayén Catrileo]] present throughout with pt's consent.

Hx in pt's words: "I was at [[NAME:Millaray]]'s place on [[ADDRESS:E 4th St]]. A guy her cousin called [[NAME:Tuck]] kept handing me
drinks. I woke up on the floor and my jeans were off." Unsure re: ejaculation/condom. Showered: no. Urinated: yes. Changed clothes: no.
Exam: alert, tearful. {{vital:BP 134/88}}, {{vital:HR 104}}. 3 x 2 cm fingertip-pattern bruising R upper arm. Fluorescence under
{{eponym:Wood's lamp}} L inner thigh, swabbed. Anogenital: 0.5 cm laceration posterior fourchette at 6 o'clock with toluidine blue
uptake. No anal findings.
Meds: {{drug:ceftriaxone}} {{dose:500 mg}} IM, {{drug:doxycycline}} {{dose:100 mg}} PO BID x 7 d (first dose given), {{drug:levonorgestrel}}
{{dose:1.5 mg}}, nPEP {{drug:Biktarvy}} 1 tab daily (5-day starter pack). {{lab:Urine hCG neg}}. DFSA urine collected 0840.
Evidence sealed, released to Officer [[NAME:Sixkiller]], badge [[MRN:4471]], at 1120.
F/u: ID clinic in 72 h for PEP labs; photo recheck [[DATE:4/22]].
[[NAME:Lumi Häkkinen]], RN, SANE-A
""", summary="""
[[NAME:Ayelén Huenchumilla]] had a SANE examination on [[DATE:04/19/2025]] after a suspected drug-facilitated sexual assault, with arm bruising and a posterior fourchette laceration found. Evidence went to police, and she received STI prophylaxis, emergency contraception and HIV nPEP.
"""),

    dict(style="prison_sick_call", note="""
HEALTH SERVICES REQUEST - SICK CALL
Name: [[NAME:TWO BULLS, MARCUS]]      DOC #: [[MRN:1187342]]      Unit: C-Pod, cell 14B
Date received: [[DATE:11-02-24]]
Reason (in inmate's words): "my tooth been hurting 2 weeks cant chew on left side. also they stopped my {{drug:keppra}} when
I transferred from county, I had a seizure in county in august"

NURSE SICK CALL - [[DATE:11/03/2024]] 0930 - RN [[NAME:O. Tesfay]]
S: L lower jaw pain {{score:6/10}}, worse with cold. Last {{drug:Keppra}} approx [[DATE:10/29]] per inmate. No seizure since transfer.
O: {{vital:T 37.9}}  {{vital:BP 138/86}}  {{vital:P 88}}  {{vital:SpO2 98%}}. Swollen, fluctuant gingiva at #19. No trismus, floor of
mouth soft, no drooling, no neck swelling.
A: Dental abscess #19. Antiseizure med interrupted.
P: Called on-call provider [[NAME:Chaltu Gemechu]], NP. Orders: {{drug:amoxicillin}} {{dose:500 mg}} TID x 7 d, {{drug:ibuprofen}} {{dose:600 mg}}
q6h prn x 5 d, restart {{drug:levetiracetam}} {{dose:500 mg}} BID today (dose verified with county jail pharmacy, fax [[PHONE:605-555-0157]]).
Placed on dental list for extraction. Seizure precautions, lower bunk pass issued.
Return to sick call for swelling spreading to neck, fever, or trouble swallowing.
""", summary="""
[[NAME:Marcus Two Bulls]] (DOC [[MRN:1187342]]) was seen at sick call on [[DATE:11/03/2024]] for a dental abscess at tooth #19 and a lapse in his {{drug:levetiracetam}} after transfer. Antibiotics, analgesia and his antiseizure medicine were started and he was placed on the dental list.
"""),

    dict(style="va_dictation_ptsd", note="""
this is doctor [[NAME:ilze ozoliņa]] dictating a follow up visit on [[NAME:waylon benally]] date of service [[DATE:february twentieth twenty twenty five]]
mister [[NAME:benally]] is a {{age:38}} year old army veteran former staff sergeant infantry two tours in afghanistan the last one with the
second battalion five oh second infantry regiment he comes in with his wife [[NAME:desiree]] for ptsd and headaches after blast exposure.
nightmares are better since we went up on the {{drug:prazosin}} to {{dose:6 milligrams}} at night, down to maybe two a week, but he still
sleeps about four hours and [[NAME:desiree]] says he snores loud and stops breathing, she recorded it on her phone and played it for me.
headaches three to four a week frontal pressure, taking {{drug:excedrin}} most days which i told him is probably part of the problem.
pcl five score today {{score:41}} down from {{score:58}} in november, phq nine {{score:11}}, denies suicidal ideation, no firearms in the home,
his brother in law [[NAME:kee tsosie]] is holding his rifles. neuro exam nonfocal, {{eponym:romberg}} negative, gait normal.
plan continue {{drug:sertraline}} {{dose:150}}, continue {{drug:prazosin}}, start {{drug:topiramate}} {{dose:25 milligrams}} at bedtime for headache
prevention, stop the {{drug:excedrin}}, order home sleep apnea test, refer to whole health coaching, follow up six weeks.
best number is his cell [[PHONE:five oh five, five five five, zero one nine two]]. end of dictation.
""", summary="""
Dr. [[NAME:Ozoliņa]] saw Army veteran [[NAME:Waylon Benally]], {{age:38}}, on [[DATE:2/20/2025]] for PTSD and post-blast headaches; nightmares improved on {{drug:prazosin}}, but his wife reports loud snoring and apneas. {{drug:Topiramate}} was started, the combination analgesic stopped and a home sleep test ordered.
"""),

    dict(style="occ_health_work_injury", note="""
OCCUPATIONAL HEALTH - WORK INJURY, INITIAL EVALUATION
Employer: Nordic Cold Storage, Plant 2        Supervisor: [[NAME:Drita Krasniqi]] [[PHONE:(651) 555-0173 x214]]
Employee: [[NAME:Bence Szűcs]]          Emp ID: [[MRN:E-20931]]          DOB: [[DATE:5/8/1987]]
WC claim #: [[MRN:WC-0048817-25]]       DOI: [[DATE:03.02.2025]]          Seen: [[DATE:03.03.2025]]

Mechanism: R hand crushed between pallet jack handle and rack upright while reversing. Gloves on. No LOC.
| Exam                          | Right  | Left  |
|-------------------------------|--------|-------|
| Grip dynamometer pos 2 (kg)   | 18     | 41    |
| 2-pt discrimination, index    | 7 mm   | 4 mm  |
| {{eponym:Tinel}} at wrist     | +      | -     |
| {{eponym:Phalen}}             | neg    | neg   |
Dorsal hand swelling, TTP 4th MC shaft. X-ray: nondisplaced 4th metacarpal shaft fx, no rotation.
Plan: ulnar gutter splint, {{drug:naproxen}} {{dose:500 mg}} BID with food, hand surgery referral, elevate.
WORK STATUS: Modified duty - no use of R hand; L-hand-only tasks; no forklift. Re-eval [[DATE:3/10/25]].
Adjuster: [[NAME:Marjatta Lind]], Lakeshore Mutual, [[EMAIL:m.lind@lakeshoremutual.com]]
[[NAME:T. Moyo]], MD, MPH
""", summary="""
[[NAME:Bence Szűcs]] crushed his right hand at work on [[DATE:03.02.2025]] and has a nondisplaced fourth metacarpal fracture with a positive {{eponym:Tinel}} sign at the wrist. He was splinted, referred to hand surgery and put on modified duty under claim [[MRN:WC-0048817-25]].
"""),

    dict(style="wound_clinic_progress", note="""
WOUND CARE CENTER - PROGRESS NOTE                              [[DATE:Tues 6/3]]
[[NAME:Feigel Rosenzweig]] is a [[AGE:92]]-year-old woman with DM2, PAD and a R plantar 1st MTH ulcer, here with her daughter
[[NAME:Shayna Brill]], who does the dressings. Lives alone on [[ADDRESS:Greenleaf Ave]] in [[ADDRESS:Skokie]].
Wound: 1.4 x 1.1 x 0.4 cm (was 1.9 x 1.5 x 0.5 on [[DATE:5/13]]). Base 70% granulation / 30% slough. Does not probe to bone.
Periwound callus, no erythema, no drainage odor. {{score:Wagner grade 2}}.
Vascular: DP nonpalpable, PT monophasic by {{eponym:Doppler}}. {{lab:ABI 0.62}}, {{lab:TBI 0.41}}. {{lab:HbA1c 7.8%}}.
Procedure: sharp excisional debridement to subcutaneous tissue, 1.5 cm2, curette, after topical {{drug:lidocaine}} {{dose:4%}}.
Minimal bleeding, hemostasis with pressure.
Dressing: {{drug:Santyl}} to base, foam cover; felted foam offloading + post-op shoe.
Plan: vascular surgery with Dr. [[NAME:Kamakau]] on [[DATE:6/17]]; weekly debridement. Pt states she "will not go for any
surgery at [[AGE:ninety-two]]" - daughter would like her to at least hear the options.
[[NAME:Shukar Lovell]], RN, CWOCN / [[NAME:A. Mägi]], DPM
""", summary="""
[[NAME:Feigel Rosenzweig]], [[AGE:92]], was seen on [[DATE:6/3]] for a shrinking {{score:Wagner 2}} diabetic plantar ulcer with PAD ({{lab:ABI 0.62}}) and had sharp debridement. Offloading continues and a vascular surgery visit is booked, though she is reluctant to consider surgery.
"""),

    dict(style="urology_operative_report", note="""
OPERATIVE REPORT
Patient: [[NAME:KAHANANUI, KEONI K]]      MRN: [[MRN:0091-44-2765]]      Date of surgery: [[DATE:05MAR2025]]
Surgeon: [[NAME:Makoa Nāone]], MD     Assistant: [[NAME:Leilani Kaʻaihue]], PA-C     Anesthesia: GETA, Dr. [[NAME:Pualani Akana]]
Preop dx: L proximal ureteral stone 9 mm with moderate hydronephrosis.  Postop dx: same.
Procedure: cystoscopy, L retrograde pyelogram, L ureteroscopy with holmium laser lithotripsy and basket extraction,
L 6 Fr x 26 cm double-J stent on string.
Preop: {{lab:Cr 1.4}}, UA nitrite neg, culture no growth. {{drug:cefazolin}} {{dose:2 g}} IV.
Findings: normal urethra, mild trilobar prostatic enlargement, bladder without lesions. RPG: filling defect L proximal ureter
with proximal dilation. Stone dusted (200 W fiber, 0.4 J / 60 Hz), fragments >2 mm basketed and sent for analysis. No ureteral injury.
{{eponym:Foley}} 16 Fr placed, removed in PACU after void trial. EBL minimal.
Discharge meds: {{drug:Flomax}} {{dose:0.4 mg}} daily, {{drug:oxybutynin}} {{dose:5 mg}} TID prn spasm, {{drug:Pyridium}} {{dose:200 mg}} TID x 2 d.
Stent to be pulled by string at home on [[DATE:3/10]]; wife [[NAME:Noelani]] taught. Pt flies home to [[ADDRESS:Hilo]] on [[DATE:March 11]].
""", summary="""
[[NAME:Keoni Kahananui]] underwent left ureteroscopy with laser lithotripsy and stent placement on [[DATE:05MAR2025]] for a 9 mm proximal ureteral stone. The stent is on a string for removal at home on [[DATE:3/10]].
"""),

    dict(style="eeg_report_routine", note="""
ROUTINE EEG REPORT (awake and drowsy)
Indication: {{age:7}}-year-old girl with daily staring spells; teacher reports "zoning out" several times an hour.
Medications: None.
Technique: 21 scalp electrodes per the International 10-20 System, single-lead ECG. Hyperventilation and Photic Stimulation
performed. Recording time 32 minutes.
Background: Well-organized, symmetric 9 Hz posterior dominant rhythm, reactive to eye opening. Normal anterior-posterior
gradient. Drowsiness with vertex waves; Stage N2 sleep not reached.
Hyperventilation: At 90 seconds, a 9-second burst of generalized 3 Hz spike-and-wave with behavioral arrest, eyelid
flutter and no response to the technologist. Two further bursts (6 and 11 seconds) later in HV.
Photic Stimulation: No photoparoxysmal response.
No focal slowing. No centrotemporal ({{eponym:Rolandic}}) spikes. ECG: regular, {{vital:HR 92}}.
IMPRESSION: Abnormal EEG due to generalized 3 Hz spike-and-wave discharges with typical absence seizures provoked by
hyperventilation, on a normal background. Supports Childhood Absence Epilepsy. No features of {{eponym:Lennox-Gastaut}}
syndrome or Juvenile Myoclonic Epilepsy.
Recommend correlation in Neurology Clinic; {{drug:ethosuximide}} is first-line if treatment is chosen.
""", summary="""
Routine EEG in a {{age:7}}-year-old with staring spells showed hyperventilation-provoked absence seizures with generalized 3 Hz spike-and-wave on a normal background, supporting Childhood Absence Epilepsy. {{drug:Ethosuximide}} was suggested as first-line treatment.
"""),

    dict(style="psg_report", note="""
POLYSOMNOGRAPHY REPORT - Diagnostic, attended (Type I)
Name: [[NAME:Rasoanaivo, Hery]]     DOB: [[DATE:14/08/1966]]     Study date: [[DATE:22/01/2025]]     HAR: [[MRN:6610358]]
Referring: Dr. [[NAME:Voahangy Ravelojaona]] (Pulmonology), fax [[PHONE:+1 617 555 0184]]
Scored by: [[NAME:F.R.]], RPSGT
History: {{age:58}} M, long-haul driver, loud snoring, apneas witnessed by wife [[NAME:Faly]]. {{score:Epworth 16}}.
{{vital:BMI 34.7}}, neck 44 cm, {{score:Mallampati IV}}. HTN on {{drug:amlodipine}}.
| Parameter                    | Result            |
|------------------------------|-------------------|
| Total sleep time             | 371 min           |
| Sleep efficiency             | 81%               |
| Sleep / REM latency          | 9 / 142 min       |
| AHI (4% rule)                | {{lab:41.6/h}}       |
| Supine / non-supine AHI      | {{lab:63.0}} / {{lab:22.4}}   |
| REM AHI                      | {{lab:55.1}}         |
| SpO2 nadir                   | {{vital:74%}}           |
| Time SpO2 <90%               | 22% of TST        |
| PLM index                    | 4/h               |
ECG: sinus rhythm, rare PVCs. No parasomnia behaviors, no epileptiform activity on limited montage.
Impression: Severe obstructive sleep apnea, supine- and REM-predominant, with significant nocturnal hypoxemia.
Recommend: attended CPAP titration; drowsy-driving counseling given; follow-up with Dr. [[NAME:Ravelojaona]].
Interpreting physician: [[NAME:Bontu Gemechu]], MD, D-ABSM       e-signed [[DATE:24/01/2025]] 16:02
""", summary="""
Polysomnography on [[DATE:22/01/2025]] for [[NAME:Hery Rasoanaivo]] showed severe obstructive sleep apnea ({{lab:AHI 41.6}}), worse supine and in REM, with an SpO2 nadir of {{vital:74%}}. CPAP titration and drowsy-driving counseling were recommended.
"""),

    dict(style="oral_surgery_consult", note="""
ORAL & MAXILLOFACIAL SURGERY - CONSULTATION
Pt: [[NAME:Arbër Hoxha]]      {{age:19}} M      Chart # [[MRN:OMS-118406]]
Referred by: Dr. [[NAME:Lule Gashi]], DDS ([[ADDRESS:Waltham]]) for recurrent pericoronitis #17 / #32
CC: "my back teeth keep getting infected, third time since Christmas"
PMH: mild persistent asthma on {{drug:Symbicort}}; NKDA. ASA II.
Exam: MIO 42 mm. Operculum over #32 erythematous, no pus today. No buccal/submandibular swelling, FOM soft. {{vital:T 36.8}}.
Pano ([[DATE:10/28/24]], from referring office): #1 and #16 erupted. #17 and #32 mesioangular ({{eponym:Winter}} classification),
{{score:Pell and Gregory class II-B}}. #32 roots overlap the IAN canal with darkening of the roots and loss of the white line.
CBCT ordered for #32 / IAN relationship.
Plan: ext #1, #16, #17, #32 under IV sedation after CBCT. Risks reviewed incl. permanent lip/chin numbness, dry socket,
infection, sinus opening (#1/#16). Pt's mother [[NAME:Flutura Hoxha]] present; pt is an adult and consented himself.
Pre-op: {{drug:chlorhexidine}} {{dose:0.12%}} rinse, NPO after midnight, must have a driver.
[[NAME:Besnik Berisha]], DMD, MD
""", summary="""
[[NAME:Arbër Hoxha]], {{age:19}}, referred for recurrent pericoronitis, has impacted mesioangular lower third molars, with #32 close to the inferior alveolar nerve. A CBCT was ordered before removal of all four third molars under IV sedation.
"""),

    dict(style="nicu_handover", note="""
NICU NIGHT HANDOVER - Pod B - [[DATE:28/02/2025]] 1900       RN [[NAME:Ülle Põld]] -> RN [[NAME:Kaja]]

- Bed 9: Baby [[NAME:IPEELEE]] (b/o [[NAME:Kallik Ipeelee]]), born 27+5, now 29+3, DOL 12. NIPPV, FiO2 0.25-0.30.
  EBM 14 mL q3h OG, fortified. 2 bradys today, self-resolved. Mom flies home to [[ADDRESS:Iqaluit]] [[DATE:Mon 3/3]];
  dad [[NAME:Pauloosie]] staying at Ronald McDonald House. Inuktitut interpreter [[NAME:Annie Qaunaq]] booked for family mtg 1000.
- Bed 10: BB [[NAME:Virtanen]], 38 wk, DOL 4, NAS. {{score:Finnegan 9}}, {{score:11}}, {{score:8}} today -> {{drug:morphine}} {{dose:0.04 mg/kg}} q3h
  started 1500. Mom [[NAME:Aino]] on {{drug:Subutex}}, visits evenings, wants to breastfeed - ok per Dr [[NAME:Saar]]. CPS worker
  Ms. [[NAME:Pritchard]] to call back in AM.
- Bed 11/12: twins [[NAME:Hope]] & [[NAME:Faith Quispe]], 33+1, DOL 6, both RA. Twin A {{lab:TSB 11.2}} - phototx off 1600,
  recheck 0400. Parents hope to room in on Sunday. Older sister [[NAME:Killa]] ({{age:4}}) has a cold - screened out at door.
- Bed 14: [[NAME:Ott Tamm]], term, HIE {{score:Sarnat stage 2}}, cooling day 2, core {{vital:33.5 C}}. aEEG discontinuous, no sz
  since {{drug:phenobarbital}} {{dose:20 mg/kg}} load. Parents [[NAME:Liis]] and [[NAME:Rein]] at bedside most of night - update at 2200.
""", summary="""
Night handover on [[DATE:28/02/2025]] covered a 29-week infant on NIPPV whose mother returns to [[ADDRESS:Iqaluit]], an infant with NAS started on {{drug:morphine}} after rising {{eponym:Finnegan}} scores, jaundiced twins off phototherapy and a cooled term infant with HIE. Family updates and an interpreter meeting were arranged.
"""),

    dict(style="otp_phone_encounter", note="""
TELEPHONE ENCOUNTER - [[DATE:Aug 7, 2024]] 10:22
Caller: [[NAME:Mendel Katz]], PharmD, pharmacy on [[ADDRESS:Lake St]], [[PHONE:612-555-0109]]
Re: [[NAME:ROSEN, ZISL]] (OTP client ID [[MRN:OTP-19554]], DOB [[DATE:3/30/1979]])
Reason: pharmacist received an Rx for {{drug:buprenorphine-naloxone}} {{dose:8-2 mg}} SL film #14 from [[NAME:Jared Whitlock]], NP, at an
urgent care in [[ADDRESS:Eau Claire]]. PDMP shows she is dosed {{drug:methadone}} {{dose:110 mg}} daily with us. He did not fill it.
Client told him she "wants to switch."
Action: reviewed with Dr. [[NAME:Rakotomalala]]. Going from {{dose:110 mg}} methadone to {{drug:buprenorphine}} needs a supervised
taper to about {{dose:30-40 mg}} or a low-dose induction here - not to be started outside the program.
Called client at [[PHONE:715-555-0190]], no answer, VM left asking her to see the nurse before dosing tomorrow.
Faxed NP [[NAME:Whitlock]]'s office at [[PHONE:715-555-0144]] (42 CFR Part 2 consent on file, expires [[DATE:12/31/2024]]).
Documented by [[NAME:jkoivisto]] ([[NAME:Juha Koivisto]], RN)
""", summary="""
On [[DATE:Aug 7, 2024]] pharmacist [[NAME:Mendel Katz]] held a {{drug:buprenorphine-naloxone}} prescription written by an outside NP for methadone client [[NAME:Zisl Rosen]]. The program plans a supervised transition discussion and notified the prescriber.
"""),

    dict(style="detention_intake_screening", note="""
RECEIVING SCREENING - COUNTY DETENTION CENTER
Booking #: [[MRN:B25-004417]]      Name: [[NAME:TICONA, WILLKA E]]      DOB: [[DATE:12/09/1990]]      SSN (last 4): [[SSN:8830]]
Arrived: [[DATE:01/17/2025]] 0215, brought by [[ADDRESS:Mesa]] PD
Language: Spanish / Aymara - phone interpreter #[[MRN:20541]]
Emergency contact: mother, [[NAME:Guadalupe Condori]], [[PHONE:(480) 555-0136]]
Visible injuries: 2 cm abrasion L forehead; superficial abrasions both wrists (cuffs).
Alcohol: last drink "about 10 pm, a 12-pack and some tequila". Daily drinker. Hx withdrawal seizure: denies.
{{score:CIWA-Ar 14}}: tremor, sweating, anxiety. {{vital:BP 156/98}}, {{vital:HR 112}}, {{vital:T 37.4}}.
Opioids / benzos / meth: denies.
Suicide screen: no current SI; attempt 2019 (overdose). Not on watch; MH referral routine.
Chronic: T2DM on {{drug:metformin}} {{dose:1000 mg}} BID. {{lab:FSBG 242}}.
TB symptom screen neg; PPD placed L forearm, read [[DATE:1/19]].
Disposition: medical housing, CIWA protocol - {{drug:chlordiazepoxide}} {{dose:50 mg}} now then per protocol, {{drug:thiamine}} {{dose:100 mg}}.
Screening RN: [[NAME:P. Mamani]]        Reviewed by: [[NAME:D. Nuka]], MD
""", summary="""
[[NAME:Willka Ticona]] was screened at intake on [[DATE:01/17/2025]] with moderate alcohol withdrawal ({{score:CIWA-Ar 14}}), hyperglycemia and minor forehead and wrist abrasions. He was housed medically on the withdrawal protocol and his {{drug:metformin}} continued.
"""),

    dict(style="va_pact_annual", note="""
VA PRIMARY CARE (PACT) - ANNUAL VISIT
Veteran: [[NAME:SWIMMER, JOSEPH T]]      SSN: xxx-xx-[[SSN:2209]]      DOB: [[DATE:19 Jan 1931]] ([[AGE:94]] y)
Service: USMC 1950-1954, Korea, Cpl. Purple Heart. SC 70% (cold injury residuals, hearing loss, tinnitus).
With: granddaughter [[NAME:Adsila Swimmer-Wolfe]] (health care POA), cell [[PHONE:918.555.0126]]; she drove him from [[ADDRESS:Tahlequah]].
Interval: one fall in December, no injury. Appetite down.
Vitals: {{vital:BP 118/64}} sitting, {{vital:BP 98/58}} standing, {{vital:HR 72}}, wt 61 kg (down 3 kg).
Cognition: {{score:SLUMS 19/30}}; granddaughter says he "still beats everyone at cards."
Meds: {{drug:Eliquis}} {{dose:2.5 mg}} BID (AF), {{drug:Proscar}} {{dose:5 mg}}, {{drug:Lasix}} {{dose:20 mg}}.
Labs [[DATE:01/02/2025]]: {{lab:Cr 1.5}}, {{lab:eGFR 41}}, {{lab:Hgb 11.2}}, {{lab:Na 133}}.
Goals of care: DNR/DNI confirmed, form signed, copy to granddaughter. Son, Major [[NAME:Tsali Swimmer]] (Army, deployed), aware by phone.
Plan: stop {{drug:Lasix}} (orthostatic, no edema); home safety / PT eval; audiology for hearing aid repair; RTC 3 mo.
[[NAME:Agnes Whitehorse]], NP
""", summary="""
[[NAME:Joseph Swimmer]], a [[AGE:94]]-year-old Marine Corps Korean War veteran, came with his granddaughter and POA [[NAME:Adsila Swimmer-Wolfe]] for an annual visit showing orthostatic hypotension, weight loss and cognitive impairment. {{drug:Lasix}} was stopped, a home safety evaluation ordered and DNR status confirmed.
"""),

    dict(style="occ_health_audiogram_review", note="""
HEARING CONSERVATION PROGRAM - ANNUAL AUDIOGRAM REVIEW
Work area: Stamping Line 3; 8-h TWA 91 dBA on the latest noise survey. Employee age {{age:52}}.
| Hz         | 500 | 1000 | 2000 | 3000 | 4000 | 6000 |
|------------|-----|------|------|------|------|------|
| R (dB HL)  | 10  | 10   | 15   | 30   | 40   | 35   |
| L (dB HL)  | 10  | 15   | 20   | 40   | 55   | 45   |
Average change at 2000/3000/4000 Hz vs baseline, L ear: 11.7 dB after age correction (OSHA Appendix F) = Standard
Threshold Shift. R ear: no STS.
Otoscopy: moderate cerumen L, TMs intact. {{eponym:Weber}} midline; {{eponym:Rinne}} AC > BC bilaterally.
Reports wearing foam plugs "most of the time." Fit check: personal attenuation rating 9 dB L - poor fit.
Actions:
- Retest within 30 days after cerumen removal
- Refit with pre-molded plugs or earmuffs; hands-on insertion training today
- Supervisor notified per the written program
- If STS persists and L ear is 25 dB or more above audiometric zero, record on OSHA 300 Log
""", summary="""
An annual audiogram showed a left-ear Standard Threshold Shift at 2000-4000 Hz with poor earplug fit on testing; {{eponym:Weber}} and {{eponym:Rinne}} were normal. Retesting within 30 days, refitting of hearing protection and retraining were arranged.
"""),

    dict(style="podiatry_rfc_shorthand", note="""
POD - RFC   [[DATE:10/1/24]]
[[NAME:Fehér, Réka]]  {{age:71}}F  DM2 x 20 y, neuropathy, AF on {{drug:Xarelto}}
S: here for nails. L hallux nail "catches on socks." No new wounds. Dtr-in-law [[NAME:Zsófi]] drove.
O: nails 1-5 b/l thick (4 mm), yellow, subungual debris; incurvated L hallux medial border, no paronychia.
   DP {{score:1/4}} b/l, PT {{score:0/4}} b/l, CFT 4 s. {{eponym:Semmes-Weinstein}} 5.07: 0/10 sites b/l.
   Hammertoes 2-4 b/l. No {{eponym:Charcot}} changes. Heels xerotic w/ fissures, no open lesions.
A: painful onychomycosis 1-10; DM neuropathy w/ LOPS; PAD (absent PT, delayed CFT).
P: nails 1-10 debrided manually and mechanically, no bleeding. {{drug:urea}} {{dose:40%}} cream to heels BID.
   Rx extra-depth shoes + inserts. Daily foot checks reviewed. RTC 9 wks.
[[NAME:J. Benally]], DPM
""", summary="""
[[NAME:Réka Fehér]], {{age:71}}, with diabetic neuropathy and PAD, had routine debridement of ten mycotic nails on [[DATE:10/1/24]]. She has loss of protective sensation and was prescribed {{drug:urea}} cream and extra-depth shoes.
"""),

    dict(style="urology_nurse_call_log", note="""
UROLOGY NURSE LINE - CALL LOG
[[DATE:3/14]] 0815  Call from [[NAME:Ildikó Kovács]], wife of pt [[NAME:Gergő Kovács]] (DOB [[DATE:1948-06-22]], MRN [[MRN:7730915]]).
      {{eponym:Foley}} "stopped draining since about 3 am," lower belly hurts, he keeps pulling at it. Catheter placed
      [[DATE:3/10]] at discharge after TURP for retention.
0822  Checked for kinks, bag below bladder - still no output per wife. Suprapubic pain {{score:8/10}}. No fever.
0830  Discussed w/ Dr. [[NAME:Lakatos]]: likely clot retention. Pt to clinic now; wife driving from [[ADDRESS:Fairfield]], ETA 0915.
      Told to go to ED if delayed.
0925  In clinic. Bladder scan 780 mL. Hand-irrigated with NS via 60 mL catheter-tip syringe, moderate clots out,
      then 650 mL light pink urine. Pt comfortable. {{vital:BP 146/84}}, {{vital:HR 90}}.
0950  Per Dr. [[NAME:Lakatos]]: hold {{drug:Plavix}} {{dose:75 mg}} 3 more days, push fluids, return for voiding trial [[DATE:3/17]].
      Wife verbalized understanding.     - [[NAME:KMS]], RN
""", summary="""
On [[DATE:3/14]] the wife of [[NAME:Gergő Kovács]] called because his post-TURP catheter had stopped draining; in clinic 780 mL was retained with clot and was irrigated successfully. {{drug:Plavix}} is held three more days and a voiding trial is set for [[DATE:3/17]].
"""),

    dict(style="neurology_inpatient_consult", note="""
NEUROLOGY CONSULT - INPATIENT
Pt: [[NAME:Wanbli Iron Cloud]]      {{age:44}} M      Rm 5E-12      Requesting: Dr. [[NAME:Hunter]] (hospitalist)
Reason: first generalized convulsion.
HPI: Found by coworker [[NAME:Chumani Black Bear]] on the shop floor at ~1400 on [[DATE:9/16]] with ~2 min of generalized shaking,
urinary incontinence and a lateral tongue bite. Confused ~30 min. {{score:GCS 12}} on EMS arrival, 15 by 1600. R arm weakness
for ~6 h afterward, since resolved. Drinks 6-8 beers/day; last drink ~2 days before the event. No prior seizures.
Exam: A&O x3, fluent. CN intact. Strength {{score:5/5}} throughout. Reflexes 2+ symmetric, toes downgoing (no {{eponym:Babinski}}).
Fine postural tremor.
Data: {{lab:Na 129}}, {{lab:Mg 1.4}}, {{lab:CK 1240}}, {{lab:EtOH <10}}. CT head: no acute findings.
Routine EEG [[DATE:9/17]]: mild diffuse theta slowing, no epileptiform discharges.
Impression: likely provoked seizure (alcohol withdrawal, hyponatremia); postictal R arm weakness ({{eponym:Todd}} paralysis)
raises the possibility of focal onset.
Plan: MRI brain epilepsy protocol; CIWA; correct Na slowly; hold on {{drug:Keppra}} pending MRI; no driving for 6 months
(discussed with pt and his fiancée [[NAME:Winona]]); alcohol cessation counseling.
[[NAME:Tuuli Lehtinen]], MD, Neurology     pager [[PHONE:3387]]
""", summary="""
Neurology saw [[NAME:Wanbli Iron Cloud]], {{age:44}}, after a first generalized seizure on [[DATE:9/16]] with postictal right arm weakness, in the setting of heavy drinking and hyponatremia. EEG showed only mild slowing; MRI is pending, antiseizure medication is deferred and he was told not to drive.
"""),

    dict(style="peds_dental_or_note", note="""
PEDIATRIC DENTISTRY - OR NOTE (general anesthesia, nasal intubation)
Patient: [[NAME:Inti Mamani Quispe]]    Age {{age:4}} y 2 m    Chart [[MRN:PD-55207]]    DOS [[DATE:June 9, 2025]]
Guardian: mother [[NAME:Sisa Quispe]]; Spanish/Quechua, in-person interpreter [[NAME:Nina Huamán]]
Pre-op: ASA II (intermittent asthma, {{drug:albuterol}} prn). Wt 16.8 kg. NPO since 2200.
Dx: severe early childhood caries.
Treatment by tooth:
  A, J - stainless steel crowns
  B, I - pulpotomy (MTA) + SSC
  D, E, F, G - composite strip crowns
  K, T - extracted (K with buccal fistula)
  L, S - Class II ({{eponym:G.V. Black}}) composites
Local: {{drug:lidocaine}} {{dose:2%}} with epi 1:100,000, 1.7 mL total. 5% NaF varnish to all remaining teeth.
EBL <5 mL. Throat pack placed and removed, count correct. Extubated in OR, to PACU stable.
Post-op: {{drug:ibuprofen}} {{dose:170 mg}} q6h prn, {{drug:acetaminophen}} {{dose:250 mg}} q6h prn; soft diet 24 h.
Mother asks about older brother [[NAME:Wayra]] ({{age:7}}), also overdue - gave clinic line [[PHONE:505-555-0177]].
[[NAME:Laima Bērziņa]], DDS     Circulating RN: [[NAME:D. O'Hagan]]
""", summary="""
[[NAME:Inti Mamani Quispe]], {{age:4}}, had full-mouth dental rehabilitation under general anesthesia on [[DATE:June 9, 2025]] for severe early childhood caries, with crowns, pulpotomies, composites and two extractions. His mother asked for an appointment for his older brother.
"""),

    dict(style="forensic_strangulation_addendum", note="""
ADDENDUM - NON-FATAL STRANGULATION ASSESSMENT (Forensic Nurse)
History elements (per pt): manual, two hands, from the front; "long enough that I saw stars"; possible LOC;
urinary incontinence: yes; voice change: yes, hoarse since event; pain with swallowing {{score:5/10}}.
Findings:
- Petechiae: bilateral upper eyelids; subconjunctival hemorrhage L lateral. None on soft palate or behind ears.
- Neck: 4 cm linear erythema R anterolateral; two 1 cm oval contusions L lateral neck, consistent with fingertip pressure.
  Tender over thyroid cartilage. No subcutaneous emphysema, no stridor.
- Neuro: {{score:GCS 15}}, pupils equal and reactive, no ptosis or miosis (no {{eponym:Horner}} signs), strength {{score:5/5}} x 4,
  no pronator drift.
- {{vital:SpO2 98%}} RA, {{vital:BP 148/92}}, {{vital:HR 96}}.
Photographs 1-22 with ABFO No. 2 scale; alternate light source - no additional findings.
Recommendation: CTA neck given LOC + petechiae + incontinence (carotid/vertebral dissection risk) - ordered by ED physician.
Delayed-symptom precautions reviewed: worsening hoarseness, trouble breathing, drooping eyelid, one-sided weakness.
""", summary="""
Forensic nurse addendum documents non-fatal strangulation with eyelid petechiae, fingertip-pattern neck contusions, hoarseness and possible loss of consciousness. CTA of the neck was ordered for dissection risk and delayed-symptom precautions were reviewed.
"""),
]
