NOTES = [
    dict(style="ent_clinic", note="""
OTOLARYNGOLOGY CLINIC - NEW PATIENT
Patient: [[NAME:Nii Lartey Tetteh]]    DOB: [[DATE:4/12/1962]]    MRN: [[MRN:3318840]]    Seen: [[DATE:Feb 3 2026]]
Referring: [[NAME:Kwabena Asare]], NP

CC: episodic vertigo, L ear fullness, roaring tinnitus.
HPI: {{age:63}} yo M, 4 spells of spinning vertigo over 2 months, each 2-5 h, with nausea; L hearing "comes and goes."
Works as a bus mechanic, no noise protection until recently. No head trauma, no otorrhea.
Exam: TMs intact, no effusion. {{eponym:Weber}} lateralizes R. {{eponym:Rinne}} AC>BC bilaterally. {{eponym:Dix-Hallpike}} negative
both sides. No spontaneous nystagmus, head impulse normal. Cranial nerves intact.
Audiogram: L low-frequency SNHL, PTA 45 dB, WRS 72% L / 100% R. Tymps type A bilat.
Impression: probable L {{eponym:Meniere disease}}.
Plan:
1. Sodium <2 g/day, limit caffeine; vertigo diary
2. {{drug:hydrochlorothiazide}} {{dose:25 mg}} daily; {{drug:meclizine}} {{dose:25 mg}} PRN attacks
3. MRI IAC with contrast to exclude vestibular schwannoma
4. Discussed intratympanic {{drug:dexamethasone}} if refractory
5. RTC 8 wks with repeat audiogram
[[NAME:Anna Pichler]], MD    Scribe: [[NAME:akilabuk2]]
""", summary="""
[[NAME:Nii Lartey Tetteh]], {{age:63}}, has probable left {{eponym:Meniere disease}}; he was started on a low-salt diet,
{{drug:hydrochlorothiazide}} and {{drug:meclizine}}, with an MRI of the internal auditory canals ordered.
"""),

    dict(style="ent_phone_triage", note="""
Nurse triage call - ENT
[[DATE:06/21/2025]] 19:40    Caller: mother, [[NAME:Dzidzor Agbeko]]
Pt: [[NAME:Elikem Agbeko]], {{age:6}} y, s/p T&A on [[DATE:6/16]] with Dr. [[NAME:Castellanos]]

POD 5. Refusing solids, drinking ~4 cups/day, voided x3 today. No blood in saliva, no bright red bleeding.
{{vital:Temp 38.2}} at 1800. {{score:Pain 6/10}} (FACES). {{vital:Wt 21 kg}}.
Giving {{drug:Tylenol}} {{dose:320 mg}} q6h alternating with {{drug:Motrin}} {{dose:200 mg}} q6h - doses correct for weight.
Mom worried about white patches in throat - explained normal healing eschar; bad breath also expected.
Advice: keep alternating meds on schedule, popsicles, cold fluids. ED right away for any bleeding more than a teaspoon,
not drinking, or fewer than 3 voids in 24 h. Fever up to 38.5 is common POD 5-7.
Mom verbalized understanding, will call back in AM if still refusing solids. Cb [[PHONE:(404) 817-5523]].
[[NAME:Chelsea Moore]], RN
""", summary="""
[[NAME:Elikem Agbeko]]'s mother called five days after his tonsillectomy about pain and throat patches; nurse
[[NAME:Chelsea Moore]] reassured her and reviewed {{drug:Tylenol}}/{{drug:Motrin}} dosing and bleeding precautions.
"""),

    dict(style="ent_laryngoscopy", note="""
FLEXIBLE LARYNGOSCOPY WITH STROBOSCOPY
Indication: 8 months hoarseness; teacher, heavy voice use; smoker 1 ppd.
Topical {{drug:lidocaine}} {{dose:4%}} with {{drug:oxymetazoline}} ({{drug:Afrin}}) to the nasal cavity.

Findings:
 - True vocal folds: bilateral diffuse polypoid degeneration ({{eponym:Reinke}} edema), L > R; no leukoplakia
 - Stroboscopy: mucosal wave reduced bilaterally, amplitude decreased, complete glottic closure
 - Arytenoids erythematous, posterior commissure hypertrophy c/w LPR
 - Base of tongue, valleculae, piriform sinuses clear; both cords fully mobile
{{score:VHI-10 28}}. {{score:RSI 19}}.

Assessment: {{eponym:Reinke}} edema; laryngopharyngeal reflux.
Plan: smoking cessation - single most effective step, quit line referral made; voice therapy x6; {{drug:omeprazole}}
{{dose:20 mg}} BID x 3 months; consider microlaryngoscopy if no better 3 months after quitting.
""", summary="""
Laryngoscopy showed smoking-related {{eponym:Reinke}} edema with reflux changes; smoking cessation, voice therapy and
{{drug:omeprazole}} were advised.
"""),

    dict(style="urology_dictation", note="""
UROLOGY CLINIC NOTE (dictated)
PATIENT: [[NAME:POPOVYCH, MYKHAILO]]    MRN: [[MRN:10-448-2017]]    DOS: [[DATE:08/11/2025]]

[[NAME:Mykhailo]] returns for follow-up of lower urinary tract symptoms. [[NAME:Popovych]] reports nocturia four times
a night and a weak stream, worse since the spring. He has been on {{drug:Flomax}} {{dose:0.4 mg}} nightly for a year
with partial benefit. No hematuria, no retention episodes. {{score:IPSS 19}}, QoL 4. Bladder scan {{lab:PVR 210 mL}}.
{{lab:PSA 5.8}}, up from {{lab:3.9}} in 2023; {{lab:free PSA 14%}}. DRE: approximately 50 g, smooth, no discrete
nodule. Urinalysis clean. His wife [[NAME:Olena]] came with him and asked whether his cousin's prostate cancer
({{score:Gleason 4+3}}) changes anything for him; I explained family history does raise his risk somewhat.
Plan: prostate MRI; if {{score:PI-RADS 3}} or higher, fusion biopsy. Add {{drug:finasteride}} ({{drug:Proscar}})
{{dose:5 mg}} daily after the MRI, and remember that it halves the PSA. Discussed UroLift and TURP if he fails
medical therapy. Return after MRI.

[[NAME:Wiebke Petersen]], MD
[[NAME:WP]]/[[NAME:tm]]    D: [[DATE:08/11/2025]]  T: [[DATE:08/12/2025]]
""", summary="""
[[NAME:Mykhailo Popovych]] has persistent BPH symptoms ({{score:IPSS 19}}) and a rising {{lab:PSA 5.8}}; a prostate MRI is
ordered before adding {{drug:finasteride}}.
"""),

    dict(style="urology_consult", note="""
Urology consult - ED
[[NAME:KASONDE, MUTALE B]]    [[MRN:Z4410927]]    [[DATE:2025/12/07]]
Consult by [[NAME:Jordan Reyes]], MD (PGY-3) for Dr. [[NAME:Karim Benali]]

{{age:41}}M, 2 days R flank pain radiating to groin, rigors today. {{vital:T 38.4}}, {{vital:HR 112}}, {{vital:BP 104/62}}.
CT A/P non-con: 7 mm R proximal ureteral stone, moderate hydronephrosis, perinephric stranding.
{{lab:WBC 13.8}}, {{lab:Cr 1.4}} (baseline {{lab:0.9}}), {{lab:lactate 2.3}}. UA: nitrite +, >50 WBC/hpf, many bacteria.
Received {{drug:Toradol}} {{dose:15 mg}} IV, {{dose:1 L}} {{drug:LR}}, {{drug:ceftriaxone}} {{dose:1 g}} IV at 1410.

A/P: obstructed, infected R ureteral stone - needs urgent decompression.
- OR tonight for cystoscopy + R ureteral stent; no stone manipulation in setting of infection
- NPO, consent obtained, blood + urine cultures sent before abx
- continue {{drug:ceftriaxone}}; will narrow per culture
- definitive ureteroscopy in 2-3 wks after infection treated
Wife [[NAME:Ruth]] at bedside; her number [[PHONE:919-442-0716]].
""", summary="""
[[NAME:Mutale Kasonde]], {{age:41}}, has an infected, obstructing 7 mm right ureteral stone and is going for urgent stent
placement under Dr. [[NAME:Benali]] on [[DATE:2025/12/07]].
"""),

    dict(style="urology_nursing", note="""
Nursing note - voiding trial
Resident: [[NAME:Germaine Thibodeau]] ("[[NAME:Mémère]]" to staff), aged [[AGE:93]], Rm 112, Maplewood Care Centre

0600 indwelling {{eponym:Foley}} 14 Fr removed intact per order of NP [[NAME:Renée Cormier]]. Encouraged fluids.
0915 voided 180 mL in commode, bladder scan {{lab:PVR 310 mL}}. No distress, denies pain. Reported to NP.
1200 voided 220 mL, {{lab:PVR 140 mL}}. Lunch 75%, fluids 600 mL this shift.
1500 voided 250 mL, {{lab:PVR 90 mL}}. Resident pleased, says she "feels like herself."
Voiding trial passed per protocol (PVR <150 x2). Will continue q-shift scans x24 h.
Skin: perineum intact, barrier cream applied.
Niece [[NAME:Yvette LeBlanc]] called at 1330, updated. Her number [[PHONE:506-855-3190]].
[[NAME:MB]], LPN / reviewed [[NAME:R.C.]], NP
""", summary="""
[[AGE:93]]-year-old [[NAME:Germaine Thibodeau]] passed her voiding trial after {{eponym:Foley}} removal, with residuals falling to
{{lab:PVR 90 mL}}.
"""),

    dict(style="fracture_clinic", note="""
FRACTURE CLINIC - [[DATE:19/01/2026]]
[[NAME:Tjitske Dijkstra]]    Hosp no [[MRN:RH0452871]]    {{age:67}}F, R-hand dominant

Slipped on ice [[DATE:12/01/2026]] outside her home in [[ADDRESS:Harrogate]], FOOSH R. Closed reduction + backslab in ED.
Retired piano teacher; worried about playing again.
Check X-ray: extra-articular distal radius fracture, dorsally displaced ({{eponym:Colles}} type, not a {{eponym:Smith}}
pattern). Post-reduction dorsal tilt 5 deg, radial height 10 mm, ulnar variance +1 mm - position held.
Fingers warm, cap refill <2 s, median nerve sensation intact, full finger flexion. Swelling settling.
Plan:
- Backslab changed to full below-elbow cast today
- X-ray in cast at 1 week; if position lost, discuss ORIF
- Total 6 weeks immobilisation, then hand therapy
- Fragility fracture: DEXA requested, FRAX with GP; vitamin D + {{drug:Adcal-D3}}
Seen with Mr [[NAME:Aaron Smith]], Consultant Orthopaedic Surgeon.
[[NAME:Leah Okonjo]], ST4
""", summary="""
[[NAME:Tjitske Dijkstra]], {{age:67}}, has a reduced {{eponym:Colles}}-type wrist fracture that was converted to a full cast;
fracture-clinic review with Mr [[NAME:Smith]] and an osteoporosis work-up are planned.
"""),

    dict(style="ortho_sports_clinic", note="""
Sports Medicine / Orthopaedics
Pt: [[NAME:Odhiambo Ochieng]]    DOB [[DATE:October 2, 2006]]    MRN [[MRN:6623091]]    Date [[DATE:11.24.25]]
Athletic trainer present: [[NAME:Rich Stone]], ATC ([[EMAIL:rstone@lakeshoreathletics.org]])

{{age:19}} yo college soccer midfielder, noncontact pivot injury L knee [[DATE:Nov 15]], felt a pop, immediate swelling,
could not finish the game. Now walking with a limp, knee "gives way" on stairs.
Exam: moderate effusion. {{score:Lachman 2B}}, pivot shift positive, anterior drawer positive. {{eponym:McMurray}} positive
medially with pain. MCL stable at 0 and 30 deg. ROM 5-115.
MRI: complete ACL tear; vertical longitudinal tear posterior horn medial meniscus, repairable zone. No loose bodies.
Bone bruise lateral femoral condyle.
Plan: ACL reconstruction (BTB autograft) with meniscal repair. Prehab 3-4 wks to regain extension before surgery.
Crutches, WBAT. {{drug:Naproxen}} {{dose:500 mg}} BID with food x 7 d. Dad [[NAME:George]] to call scheduling
[[PHONE:616-239-8840]].
Dr. [[NAME:Omar Al-Majali]]
""", summary="""
[[NAME:Odhiambo Ochieng]], {{age:19}}, tore his left ACL and medial meniscus playing soccer and will have reconstruction
with meniscal repair after prehab under Dr. [[NAME:Al-Majali]].
"""),

    dict(style="ortho_postop", note="""
Ortho POD 1 - R hip hemiarthroplasty
[[NAME:KACHEL, JÓZEF]]    [[AGE:96]]M    MRN [[MRN:002239174]]    Attending: Dr. [[NAME:Pieter van der Berg]]

S: Slept poorly, intermittently confused overnight ("thought he was at the mine in [[ADDRESS:Katowice]]"). {{score:Pain 3/10}} at rest,
{{score:7/10}} with transfer. Tells everyone he is "[[AGE:ninety-six]] and a half, not dead yet."
O: {{vital:T 37.4}} {{vital:HR 88}} {{vital:BP 124/70}} {{vital:SpO2 94%}} 2 L. Dressing dry. Calves soft, {{eponym:Homan}} sign negative.
   Foot warm, DP palpable, EHL/FHL firing. {{eponym:Foley}} draining clear, 900 mL since midnight.
   {{lab:Hgb 8.9}} (pre-op {{lab:11.6}}), {{lab:Na 134}}, {{lab:Cr 1.1}}. {{score:CAM positive}} overnight, negative this AM.
A/P:
- {{drug:Lovenox}} {{dose:40 mg}} SC daily x 28 days
- {{drug:acetaminophen}} {{dose:1 g}} q8h scheduled; {{drug:oxycodone}} {{dose:2.5 mg}} PRN for PT only
- remove {{eponym:Foley}} today, bladder scans
- PT/OT: WBAT, posterior hip precautions
- delirium precautions: glasses, hearing aids, lights on by day, daughter at bedside
- Hgb recheck AM; transfuse if <7 or symptomatic
Daughter [[NAME:Halina Kachel-Nowak]] [[PHONE:(773) 605-1129]] - HCPOA.
[[NAME:dmoran]] PA-C
""", summary="""
[[AGE:96]]-year-old [[NAME:Józef Kachel]] is day 1 after right hip hemiarthroplasty with mild delirium and
{{lab:Hgb 8.9}}; {{drug:Lovenox}}, scheduled {{drug:acetaminophen}}, catheter removal and therapy were ordered.
"""),

    dict(style="fracture_clinic_no_phi", note="""
Fracture clinic review - L ankle
Inversion injury 10 days ago; {{eponym:Ottawa}} ankle rules positive in ED (lateral malleolus tenderness).
X-ray: {{score:Weber B}} distal fibula fracture, undisplaced. Medial clear space 3 mm on gravity stress view
= mortise stable. No medial tenderness, no deltoid injury clinically.
Today: swelling moderate, bruising tracking to heel. NV intact. {{score:Pain 3/10}}.
Plan:
 - walking boot, weight bear as tolerated
 - remove for gentle ROM exercises from week 2
 - repeat weight-bearing X-ray at 2 weeks (displacement check)
 - {{drug:ibuprofen}} {{dose:400 mg}} TDS with food PRN
 - VTE risk assessed: low, no {{drug:enoxaparin}}
 - wean boot at 6 weeks, physio referral
""", summary="""
An undisplaced, stable {{score:Weber B}} ankle fracture is being treated in a walking boot with full weight bearing and
an X-ray at 2 weeks.
"""),

    dict(style="fracture_clinic_list", note="""
FRACTURE CLINIC LIST - Thurs [[DATE:27/11/2025]] - Mr [[NAME:A. Smith]] / Ms [[NAME:K. Mwangi]] (SpR)

Time  Name                        Hosp no       Injury                                  Outcome
0900  [[NAME:KAMAU, Wanjiru]]             [[MRN:K2281736]]      L 5th MT base (not true {{eponym:Jones}})         boot, FWB, D/C 6/52
0915  [[NAME:TAAM, Tebwebwe]]             [[MRN:K2290415]]      R {{eponym:Bennett}} fracture                    ORIF list [[DATE:2/12]]
0930  [[NAME:YAKELEYA, Dolphus]]          [[MRN:K2203388]]      L clavicle midshaft, 1.5 cm shortening    sling, XR 2/52
0945  [[NAME:HOFER, Sepp]]                [[MRN:K1987720]]      R distal radius, post-MUA                  cast, XR 1/52
1000  [[NAME:THẬP, Văn Sơn]]               [[MRN:K2310002]]      L distal tibia physis {{score:Salter-Harris II}}   AKPOP, NWB
1015  [[NAME:O'SULLIVAN, Kieran]]         [[MRN:K2299871]]      R scaphoid waist, CT confirmed           scaphoid cast 6/52
1030  [[NAME:LAMBEY, Dionisio]]           [[MRN:K2287746]]      R {{eponym:Achilles}} rupture                      DNA - letter sent
1045  [[NAME:NUK, Měrćin]]                [[MRN:K2145539]]      L neck of humerus, 2-part                collar & cuff, physio

Notes: Mr [[NAME:Thập]] - mother interpreting (Vietnamese); [[NAME:Lambey]] - 2nd DNA, phone [[PHONE:07700 914 382]] no answer.
Clinic nurse: [[NAME:JH]]
""", summary="""
Mr [[NAME:A. Smith]]'s fracture clinic on [[DATE:27/11/2025]] reviewed eight patients, listing [[NAME:Tebwebwe Taam]] for
ORIF of a {{eponym:Bennett}} fracture; [[NAME:Dionisio Lambey]] did not attend for the second time.
"""),

    dict(style="burn_admission", note="""
BURN ICU ADMISSION H&P
[[NAME:Terver Agber]] | {{age:38}} M | MRN [[MRN:81-220-6614]] | Adm [[DATE:08/02/2025]] 0340
Attending: Dr. [[NAME:Naomi Fairweather]]    Resident: Dr. [[NAME:I Wayan Sudarma]]

Mechanism: flash burn - gasoline ignited while burning brush at a rental property on [[ADDRESS:County Road 12]], outside
[[ADDRESS:Muncie]]; outdoors, not an enclosed space. EMS found him ambulatory, singed facial hair.
Intubated in ED for hoarseness, carbonaceous sputum, stridor. {{lab:COHb 12%}}, {{lab:lactate 3.1}}.
Burns ({{eponym:Lund-Browder}}): face 3.5%, ant trunk 9%, bilat arms 11.5% - {{score:TBSA 24%}}, mostly deep partial,
full thickness L forearm circumferential. {{eponym:Parkland}}: 4 mL x 92 kg x 24 = 8,832 mL/24 h; half in first 8 h from
time of burn (0120) -> {{drug:LR}} {{dose:550 mL/h}}, titrate to {{lab:UOP 0.5 mL/kg/h}}.
{{vital:HR 122}} {{vital:BP 128/74}} {{vital:SpO2 98%}} on {{vital:FiO2 0.6}}.
Plan:
- bronchoscopy for inhalation injury grading
- L forearm compartment checks q1h; escharotomy if pulses/pressures worsen
- {{drug:Silvadene}} to trunk, {{drug:bacitracin}} to face; {{drug:Mepilex Ag}} to arms after cleanse
- {{drug:famotidine}} {{dose:20 mg}} IV BID ({{eponym:Curling}} ulcer ppx), Tdap given
- {{drug:fentanyl}} infusion, {{drug:propofol}}
Wife [[NAME:Doosuur]] en route; phone [[PHONE:765-287-0351]].
""", summary="""
[[NAME:Terver Agber]], {{age:38}}, was admitted on [[DATE:08/02/2025]] with a 24% TBSA flash burn and inhalation injury,
intubated and started on {{eponym:Parkland}} resuscitation.
"""),

    dict(style="burn_nursing", note="""
Burn Unit - dressing change, HD 4, [[DATE:8/5]] 1000-1145
Pt: Mr. [[NAME:Agber]], extubated yesterday.
Pre-med 0945: {{drug:fentanyl}} {{dose:50 mcg}} IV + {{drug:ketamine}} {{dose:20 mg}} IV per burn protocol. {{score:Pain 8/10}} -> {{score:4/10}} during.
Hydrotherapy shower, {{drug:chlorhexidine}} cleanse.
- Face: healing, pink, moist; {{drug:bacitracin}} reapplied
- Ant trunk: 2 areas deep partial, pale, slow cap refill - photo to MD
- L forearm: escharotomy sites clean, eschar adherent; {{drug:Silvadene}} + burn gauze
- R arm: superficial partial re-epithelializing, {{drug:Mepilex Ag}} left in place (day 3/7)
Pt tolerated well, tearful once, asked about wife; she is staying at the hospitality house.
{{vital:T 37.9}} post procedure, {{vital:HR 104}}. I&O stable.
Tech: [[NAME:B.J. Nolan]]. Burn pharmacist [[NAME:Thong Mei Ling]] reviewed analgesia - to add scheduled
{{drug:acetaminophen}}.
[[NAME:Eghosa Omoregie]], RN
""", summary="""
Mr. [[NAME:Agber]] tolerated a premedicated dressing change on [[DATE:8/5]]; two trunk areas look deeper and were
photographed for the surgeons.
"""),

    dict(style="trauma_tertiary", note="""
TRAUMA SURGERY - TERTIARY SURVEY (24 h)
[[NAME:Kaburoro Toanuea]], {{age:29}}M, restrained driver, MVC vs pole ~45 mph [[DATE:3/7/25]] 22:10.
Arrived {{score:GCS 13}}, now {{score:GCS 15}}. FAST negative.

Known injuries: L ribs 5-8 fx (non-flail), small L PTX (pigtail placed), grade II splenic lac (non-op), L clavicle fx.
New today: pt reports R wrist pain - exam snuffbox tenderness; XR negative for scaphoid fx -> thumb spica, repeat XR
10-14 d. Also 2 cm scalp lac stapled in ED - staples out day 7.
{{vital:HR 96}} {{vital:BP 132/78}} {{vital:SpO2 95%}} 2 L. {{lab:Hgb 12.1}} stable x3. IS 1250 mL.
{{score:Pain 5/10}}. Serratus anterior catheter with {{drug:ropivacaine}} {{dose:0.2%}} {{dose:8 mL/h}}.
Plan: ambulate, pulmonary toilet, {{drug:enoxaparin}} {{dose:30 mg}} SC q12h (start now - Hgb stable 24 h),
ortho f/u clavicle, SBIRT screen neg.
Accession (CT C/A/P): [[MRN:CT25-0307-4481]]
NP: [[NAME:Terri-Lynn Yeltatzie]]    Attending: Dr. [[NAME:Marie-Ève Tremblay]]
Emergency contact: cousin [[NAME:Teaiwa Kirata]] [[PHONE:(808) 521-6673]]
""", summary="""
Tertiary survey of [[NAME:Kaburoro Toanuea]], {{age:29}}, after a car crash on [[DATE:3/7/25]] found a possible scaphoid
injury in addition to rib, splenic and clavicle injuries; {{drug:enoxaparin}} was started.
"""),

    dict(style="trauma_dictated", note="""
trauma h and p, dictated in bay 3, transcribed verbatim

patient is [[NAME:ramil cabahug]], goes by "[[NAME:jun-jun]]", {{age:52}} year old male who fell about twelve feet from a
ladder while cleaning gutters at his home at [[ADDRESS:2219 sonoma boulevard]] in [[ADDRESS:vallejo]] this afternoon. wife
[[NAME:maricel]] found him on the driveway, says he was confused for a few minutes. on arrival {{score:gcs 14}}, e4 v4 m6,
{{vital:blood pressure 148 over 90}}, {{vital:heart rate 101}}, {{vital:saturation 97 percent}}. on {{drug:eliquis}} for afib,
last dose this morning. primary survey intact airway, breath sounds equal, pelvis stable. secondary survey shows left
wrist deformity, right heel tenderness, tender t12. ct head small right frontal contusion, no midline shift. ct spine
t12 compression fracture about twenty percent height loss, no retropulsion. x rays left distal radius fracture, right
calcaneus fracture, {{eponym:bohler}} angle 12 degrees. given {{drug:andexxa}} per neurosurgery, repeat ct head in six hours.
admit to trauma icu. tlso brace for ambulation. ortho for wrist and heel. dictated by doctor [[NAME:shane doherty]],
trauma attending. reference number [[MRN:TR-88107]].
""", summary="""
[[NAME:Ramil Cabahug]], {{age:52}}, on {{drug:Eliquis}}, fell from a ladder and has a small frontal contusion, a T12
compression fracture, a left wrist fracture and a right calcaneal fracture; he was given {{drug:Andexxa}} and admitted.
"""),

    dict(style="trauma_mtp_no_phi", note="""
MASSIVE TRANSFUSION PROTOCOL - TRAUMA BAY FLOW NOTE
Activated 02:14 by trauma attending; penetrating L thigh wound, {{vital:SBP 70}}, {{vital:HR 140}}, {{score:shock index 2.0}}.
{{score:ABC score 3}}.
02:16 tourniquet applied high L thigh, bleeding controlled.
02:18 cooler 1: 6 RBC / 6 FFP / 1 apheresis plt via rapid infuser.
02:20 {{drug:TXA}} {{dose:1 g}} IV over 10 min, then {{dose:1 g}} over 8 h.
02:31 {{drug:calcium chloride}} {{dose:1 g}} IV ({{lab:iCa 0.92}}).
02:40 TEG: {{lab:R 9.8}}, {{lab:MA 48}} -> cryo 10 u given.
02:52 {{vital:SBP 104}}, {{vital:HR 112}}. {{vital:Temp 35.6}} - Bair Hugger on, fluid warmer confirmed.
03:05 to OR for vascular exploration; cooler 2 hanging.
Totals in bay: RBC 6, FFP 6, plt 1, cryo 10. {{lab:Lactate 6.8}}, {{lab:base deficit -11}}.
""", summary="""
Massive transfusion was activated for a penetrating thigh wound with shock; after blood products, {{drug:TXA}} and
calcium the patient went to the OR for vascular repair.
"""),

    dict(style="wound_care_nursing", note="""
WOUND CARE (WOC) CONSULT
[[NAME:Melali Taape]]    [[AGE:92]]F    Rm 4N-07    MRN [[MRN:5534102]]    [[DATE:Wednesday 14 May 2025]]

Reason: sacral wound noted on admission from home.
Assessment: sacrum/coccyx stage 3 pressure injury, 4.2 x 3.1 x 0.6 cm, 60% red granulation, 40% yellow slough,
no tunneling, undermining 0.8 cm at 12 o'clock. Moderate serous drainage, no odor. Periwound macerated.
{{score:Braden 12}} (high risk). Incontinent of urine. {{lab:Albumin 2.6}}, {{lab:prealbumin 11}}.
Heels: R heel deep tissue injury, purple, intact, 2.0 x 2.0 cm.
Treatment:
 - cleanse NS, {{drug:Santyl}} nickel-thick to slough, moist gauze, bordered foam cover; change daily + PRN soiling
 - zinc barrier to periwound
 - low-air-loss mattress ordered; turn q2h; heels offloaded in boots
 - dietitian consult; nephew ([[NAME:Sione]]) says she eats "like a bird"
 - external female catheter for urine
Will follow 2x/week. Photos uploaded to chart.
[[NAME:Dana Price]], RN, CWOCN  pgr [[PHONE:2287]]
""", summary="""
[[AGE:92]]-year-old [[NAME:Melali Taape]] has a stage 3 sacral pressure injury ({{score:Braden 12}}) and a heel deep tissue
injury; {{drug:Santyl}}, a low-air-loss mattress and nutrition review were started on [[DATE:14 May 2025]].
"""),

    dict(style="wound_care_dfu", note="""
Wound Clinic - Diabetic Foot
[[NAME:Delbert Enos]]    DOB [[DATE:1960-08-19]]    MRN [[MRN:IHS-20917745]]    Visit [[DATE:Jan 22]]
Home: [[ADDRESS:Sells, AZ]]; drives 60 mi each way - asked about telehealth for alternate visits.

{{age:65}} yo M with T2DM ({{lab:A1c 8.8%}}), neuropathy, R plantar 1st MTH ulcer x 7 wks.
Wound: 2.1 x 1.8 x 0.4 cm (last wk 2.4 x 2.0 x 0.5), probe-to-bone negative, granular base, callus rim debrided
(sharp, selective, 1.2 cm2). No cellulitis, no odor. {{score:Wagner 2}}. X-ray: no osteomyelitis.
{{lab:ABI 0.94}} R, {{lab:TBI 0.72}}. Monofilament absent both feet.
Plan:
- total contact cast applied today, change weekly
- {{drug:Medihoney}} alginate under cast
- podiatry: Dr. [[NAME:Marcella Nosie]] for custom insoles after healing
- glucose: message sent to PCP to adjust {{drug:Trulicity}}
Applied by [[NAME:Aizada Zhumabekova]], RN, CWS
""", summary="""
[[NAME:Delbert Enos]], {{age:65}}, has a shrinking {{score:Wagner 2}} diabetic foot ulcer and was placed in a total contact
cast with podiatry follow-up with Dr. [[NAME:Nosie]].
"""),

    dict(style="home_health_wound", note="""
HOME HEALTH SKILLED NURSING VISIT
Client: [[NAME:Hanka Krawc]]    Address: [[ADDRESS:48 Linden Row, Apt 2]], [[ADDRESS:Frankenmuth]], [[ADDRESS:MI 48734]]
Visit date: [[DATE:09-10-2025]]    Time in 1015 / out 1120    Agency ID [[MRN:HH-774203]]

{{age:81}} yo F with chronic venous insufficiency, L medial gaiter ulcer.
VS: {{vital:BP 146/78}} {{vital:P 76}} {{vital:T 97.8}}. {{score:Pain 2/10}} at rest.
Wound L medial malleolus: 5.5 x 3.9 cm (prev 6.1 x 4.2), shallow, beefy red, scant slough, moderate serosanguinous drainage.
Hemosiderin staining, lipodermatosclerosis, 1+ edema. Pedal pulses palpable. {{lab:ABI 1.02}} on file.
{{eponym:Unna}} boot removed; leg washed, emollient to intact skin; {{drug:Xeroform}} to wound; new {{eponym:Unna}} boot applied toe to
knee with outer compression wrap. Teaching: elevate legs above heart 30 min TID, ankle pumps.
Daughter-in-law [[NAME:Lisa Krawc]] present, learning to check toes for color/warmth; called [[PHONE:989-652-4017]] to
confirm next visit [[DATE:Wed 9/17]].
[[NAME:Meredith Hale]], RN
""", summary="""
Home-health nurse [[NAME:Meredith Hale]] replaced [[NAME:Hanka Krawc]]'s {{eponym:Unna}} boot on [[DATE:09-10-2025]]; the
venous leg ulcer is getting smaller.
"""),

    dict(style="wound_vac_no_phi", note="""
NPWT dressing change - wound nurse
Site: R lateral thigh, s/p fasciotomy/debridement for necrotizing soft tissue infection, POD 9.
Pre-med {{drug:oxycodone}} {{dose:10 mg}} PO 45 min prior. {{score:Pain 6/10}} -> {{score:3/10}} after {{drug:lidocaine}} {{dose:1%}} instilled.
Old dressing: 1 black foam, intact seal, canister 140 mL serosanguinous since last change.
Wound: 18 x 7 x 2.5 cm, 90% beefy red granulation, 10% fibrin at distal pole, no undermining, no odor, edges attaching.
Periwound: mild erythema along 1 cm border (improved), no induration.
New dressing: 1 black foam, skin prep, drape; continuous -125 mmHg. Seal checked, no leak alarm.
Plan: change M/W/F; plastics aware - possible STSG next week if granulation continues.
""", summary="""
A thigh fasciotomy wound on negative-pressure therapy is granulating well and may be ready for a skin graft next week.
"""),

    dict(style="methadone_clinic", note="""
OTP - Medical Provider Visit
Patient: [[NAME:Kyle Brennan]]    Program ID: [[MRN:OTP-031187]]    DOB [[DATE:2/9/87]]    Date: [[DATE:7/14/2025]]
Counselor: [[NAME:Farrukh Rahmonov]], LCADC    Dosing RN: [[NAME:Senait Ghebremedhin]], RN

Day 212 in treatment. Current {{drug:methadone}} {{dose:95 mg}} daily. Reports cravings {{score:2/10}}, sleeping OK. Last use of
{{drug:fentanyl}} about 5 months ago. Working full time at a roofing company; needs Saturday take-home to keep the job.
UDS last 8 weeks: {{drug:methadone}} + EDDP positive, all else negative. {{score:COWS 1}} today.
ECG [[DATE:6/30]]: {{lab:QTc 452 ms}} (was {{lab:438}}). Also takes {{drug:trazodone}} {{dose:50 mg}} qhs from PCP.
Assessment: stable, meets criteria for step 2 take-homes per program policy.
Plan:
- continue {{drug:methadone}} {{dose:95 mg}}; Saturday take-home approved, lockbox reviewed
- QTc 450-500: counsel, recheck ECG 3 mo, ask PCP to consider stopping {{drug:trazodone}}
- refilled {{drug:Narcan}} {{dose:4 mg}} nasal x2
- Hep C Ab negative Jan 2025 - repeat 1 yr
Pharmacy on file: Mercy Community Pharmacy fax [[PHONE:856-482-2294]].
[[NAME:Oluwaseun Adeyemi]], MD
""", summary="""
[[NAME:Kyle Brennan]] is stable on {{drug:methadone}} {{dose:95 mg}} with negative urine screens and was approved for a Saturday
take-home; his {{lab:QTc 452 ms}} will be rechecked.
"""),

    dict(style="addiction_consult", note="""
Addiction Medicine Consult
Patient: [[NAME:Rebwar Ahmed Qadir]], {{age:33}}M    MRN [[MRN:4490172]]    Requested by Dr. [[NAME:Chikondi Banda]] (hospitalist)

Admitted with L forearm abscess (I&D yesterday, [[DATE:10/27]]), injecting {{drug:fentanyl}} ~1 g/day x 2 yrs, smokes meth on
weekends. Prior 2 detoxes, never on MOUD. Wants to start "the strip" - brother [[NAME:Dilan]] is on {{drug:Suboxone}}
and doing well. Interested in long-acting injection.
{{score:COWS 6}} at 0900 (last use ~20 h ago, in hospital bathroom per RN).
Hep C Ab positive (RNA pending), HIV neg. {{lab:AST 88}} {{lab:ALT 104}}.
Plan - low-dose ({{eponym:Bernese}}) induction, no need to wait for withdrawal with ongoing {{drug:fentanyl}} exposure:
 D1 {{drug:buprenorphine}} {{dose:0.5 mg}} SL daily   D2 {{dose:0.5 mg}} BID   D3 {{dose:1 mg}} BID   D4 {{dose:2 mg}} BID
 D5 {{dose:4 mg}} BID   D6 {{dose:8 mg}} BID   D7 {{dose:16 mg}} daily, stop full agonists
 - continue {{drug:oxycodone}} {{dose:10 mg}} q4h PRN during overlap, then taper off
 - {{drug:Sublocade}} {{dose:300 mg}} before discharge if tolerating 16 mg x 1 day
 - {{drug:Narcan}} kit + {{drug:fentanyl}} test strips at discharge; bridge clinic appt
Pharmacist [[NAME:Chan Siu-ming]] checked interactions. Discussed with pt in English (fluent) - declined Kurdish
interpreter.
[[NAME:Amir Haddadin]], DO
""", summary="""
[[NAME:Rebwar Ahmed Qadir]], {{age:33}}, admitted with an injection abscess, is starting a low-dose {{drug:buprenorphine}}
induction with a plan for {{drug:Sublocade}} before discharge.
"""),

    dict(style="methadone_dosing_log", note="""
METHADONE DOSING RECORD - week of [[DATE:3/3/2025]]
Patient: [[NAME:ELFADIL, AMNA]]    ID [[MRN:MMT-22915]]    Order: {{drug:methadone}} {{dose:70 mg}} PO daily (increase from {{dose:65 mg}} [[DATE:2/27]])

Date     Dose      Obs   RN    Comments
[[DATE:03/03]]    {{dose:70 mg}}     yes   [[NAME:SG]]    {{score:COWS 2}}; reports aching legs evenings
[[DATE:03/04]]    {{dose:70 mg}}     yes   [[NAME:SG]]    -
[[DATE:03/05]]    {{dose:70 mg}}     yes   [[NAME:PK]]    requested talk w/ counselor re childcare - msg to [[NAME:Nadia]]
[[DATE:03/06]]    --        --    --    NO SHOW. Called [[PHONE:(313) 480-7752]], no answer, VM left
[[DATE:03/07]]    {{dose:70 mg}}     yes   [[NAME:SG]]    missed yesterday (son sick). Not intoxicated, {{score:COWS 4}}. Full dose per policy (1 miss)
[[DATE:03/08]]    {{dose:70 mg}} TH  --    [[NAME:PK]]    Sat take-home, bottle #1 returned empty

Prescriber review: [[NAME:R. Okafor]], MD, [[DATE:3/10]] - keep {{dose:70 mg}}; reassess next week.
""", summary="""
[[NAME:Amna Elfadil]]'s dosing log for the week of [[DATE:3/3/2025]] shows {{drug:methadone}} {{dose:70 mg}} daily with one missed
day; the prescriber kept the dose unchanged.
"""),

    dict(style="addiction_intake", note="""
ADDICTION MEDICINE - NEW PATIENT INTAKE (Alcohol)
Name: [[NAME:Marc-Alex Rosemond]]    DOB: [[DATE:12 Apr 1979]]    SSN: [[SSN:412-68-3390]]
Insurance: BlueCross PPO, member ID [[MRN:XJH448120937]]
Email: [[EMAIL:marcalex.rosemond@yahoo.fr]]    Cell: [[PHONE:+1 (646) 318-0925]]
Address: [[ADDRESS:355 Grand Street, #5C]], [[ADDRESS:Brooklyn]], [[ADDRESS:NY 11211]]

{{age:46}} yo M, chef, drinks ~ 12 beers/day + rum on weekends x 6 yrs; morning shakes, one withdrawal seizure 2022.
Wife [[NAME:Josiane]] gave ultimatum last month. {{score:AUDIT 29}}. Last drink 10 h ago. {{score:CIWA-Ar 9}}.
{{vital:BP 152/96}} {{vital:HR 98}}. Mild tremor. {{lab:GGT 212}}, {{lab:AST 96}}, {{lab:ALT 48}}, {{lab:MCV 101}}, {{lab:plt 132}}.
Plan:
- outpatient withdrawal: {{drug:chlordiazepoxide}} {{dose:25 mg}} q6h x 2 d, then taper over 3 d; daily phone check-ins
- {{drug:thiamine}} {{dose:100 mg}} daily, {{drug:folic acid}} {{dose:1 mg}}
- after withdrawal: {{drug:naltrexone}} {{dose:50 mg}} daily (LFTs <5x ULN ok); {{drug:acamprosate}} backup
- liver US, FibroScan; hep serologies
- IOP referral; wife invited to family session
""", summary="""
[[NAME:Marc-Alex Rosemond]], {{age:46}}, with severe alcohol use disorder ({{score:AUDIT 29}}) is starting outpatient
{{drug:chlordiazepoxide}} withdrawal management followed by {{drug:naltrexone}}.
"""),

    dict(style="addiction_letter", note="""
Harbor Point Recovery Services
Outpatient Opioid Treatment Program

[[DATE:November 20, 2025]]

Officer [[NAME:Brett Kowalski]]
Oakland County Probation
via fax [[PHONE:248-452-9170]] / [[EMAIL:bkowalski@oakgov-probation.org]]

RE: [[NAME:Ernest Pyka]], DOB [[DATE:06/03/1991]], docket [[MRN:25-CR-04417]]

Officer [[NAME:Kowalski]],

As authorized by the signed 42 CFR Part 2 consent dated [[DATE:10/31/2025]], I confirm that Mr. [[NAME:Pyka]] has been
enrolled in our program since [[DATE:August 4th]] and is receiving medication for opioid use disorder. He has attended
all scheduled counseling sessions (11 of 11) and dosing visits, and his urine drug screens have been consistent with
his prescribed medication. He has been earnest and engaged in group. No further clinical details may be re-disclosed.

Please contact me at [[PHONE:(248) 390-6611]] ext. [[PHONE:214]] with questions.

Sincerely,
[[NAME:Carmen Whitlow]], LMSW, CAADC
Clinical Supervisor
""", summary="""
Counselor [[NAME:Carmen Whitlow]] wrote to probation officer [[NAME:Brett Kowalski]] confirming that [[NAME:Ernest Pyka]] is
attending opioid treatment consistently.
"""),
]
