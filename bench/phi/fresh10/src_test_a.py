"""Hand-written held-out notes, part a: ophthalmology and retina injections, ENT and head-and-neck oncology,
dermatology and Mohs surgery, urology and stone clinic. Every person, number, date, phone, e-mail and street is
invented."""

NOTES = [
    dict(style="retina_injection", note="""
RETINA CLINIC - INTRAVITREAL INJECTION
Patient: [[NAME:Rahima Begum]]    MRN: [[MRN:40718825]]    DOB: [[DATE:02/09/1951]]
Date of service: [[DATE:Mon 3/10/2025]]
Dx: neovascular AMD OS, injection #14 this eye. Last injection [[DATE:01/13/2025]] (8 wk interval).
Bengali phone interpreter [[NAME:Shahana]], ID [[MRN:221904]].
VA sc: OD {{vital:20/50}}, OS {{vital:20/100}}, PH {{vital:20/70}}. IOP Tonopen {{vital:15}}/{{vital:17}}.
Pt reports wavy lines on {{eponym:Amsler}} grid at home x 2 wk.
OCT OS: persistent subfoveal SRF, CST 348 um (prior 301).
Procedure OS: time-out, {{drug:proparacaine}}, {{dose:5%}} {{drug:povidone-iodine}}, lid speculum.
{{drug:Eylea}} (aflibercept) {{dose:2 mg/0.05 mL}} via 30g needle 3.5 mm post. to limbus, inferotemporal.
CF vision confirmed, optic nerve perfused, post IOP {{vital:19}}.
Plan: fluid not drying on 8 wk - keep interval, discuss switch to {{drug:Vabysmo}} next visit.
RTC [[DATE:5/5/25]] OCT + inject OS.
Scribe: [[NAME:Kaisa Virtanen]], COA / roomed by [[NAME:Joy Villanueva]], MA
[[NAME:M. Hossain]], MD
""", summary="""
[[NAME:Rahima Begum]] received her 14th {{drug:Eylea}} injection OS on [[DATE:3/10/2025]] for wet AMD with persistent subretinal fluid (VA OS {{vital:20/100}}). Return [[DATE:5/5/25]], with a possible switch to {{drug:Vabysmo}}.
"""),

    dict(style="ophtho_phone", note="""
TELEPHONE ENCOUNTER   [[DATE:11/22/2024]] 16:40
Caller: [[NAME:Maile Faleolo]] (daughter) calling about her mother [[NAME:Seini Faleolo]], {{age:81}}, who had {{drug:Avastin}} OD yesterday.
Mom "sees a black ball floating" since the shot and has a mild ache, pain {{score:3/10}}. No worsening redness, no curtain, no flashes, vision "same as before".
Mom speaks Samoan; daughter interpreting, professional interpreter offered and declined.
Advised: floater is most likely the small air bubble/medication, should clear in 1-2 days. {{drug:Tylenol}} OK for ache, artificial tears prn.
Reviewed warning signs of endophthalmitis (increasing pain, redness, dropping vision) - call or go to ED; after-hours line [[PHONE:808-671-3390]].
Daughter's cell [[PHONE:(808) 382-0417]]. Keeps appt next month.
-- [[NAME:tj]] / [[NAME:Teuila Jackson]], LPN
""", summary="""
[[NAME:Maile Faleolo]] called on [[DATE:11/22/2024]] about a floater in her mother [[NAME:Seini Faleolo]]'s right eye the day after {{drug:Avastin}}; reassured that it was likely an air bubble and given endophthalmitis precautions.
"""),

    dict(style="retina_dictation", note="""
this is doctor [[NAME:entela hoxha]] dictating a retina clinic note on [[NAME:ilir berisha]], medical record number [[MRN:5 5 1 2 0 9 8]], date of birth [[DATE:june fourth nineteen sixty two]], date of service [[DATE:february twenty sixth twenty twenty five]]. mr [[NAME:berisha]] is a {{age:62}} year old man with type 2 diabetes for about fifteen years, last a1c {{lab:9.4}} per his primary, who comes in for new floaters in the left eye for one week. visual acuity right eye {{vital:20/30}} left eye {{vital:20/200}} pinhole no improvement. pressures {{vital:16}} and {{vital:18}}. blood pressure today was {{vital:168 over 94}}, he did not take his {{drug:amlodipine}} this morning. dilated exam right eye severe nonproliferative retinopathy with scattered dot blot hemorrhages and venous beading, left eye proliferative diabetic retinopathy with neovascularization of the disc and a small inferior vitreous hemorrhage, retina attached on b scan. assessment p d r left eye with vitreous hemorrhage, severe n p d r right eye. we discussed panretinal photocoagulation versus anti v e g f, he wants to start with the injection, his wife [[NAME:vjollca]] was present and agrees. we will inject {{drug:avastin}} {{dose:1.25 milligrams}} left eye next week and try to get insurance to grant prior auth for {{drug:eylea}} if needed. please send a copy to his primary doctor, doctor [[NAME:grant]], and stress blood pressure and sugar control. end of dictation.
""", summary="""
[[NAME:Ilir Berisha]], {{age:62}}, was seen on [[DATE:2/26/2025]] with proliferative diabetic retinopathy and vitreous hemorrhage in the left eye; {{drug:Avastin}} injection planned next week, with a copy to Dr. [[NAME:Grant]].
"""),

    dict(style="retina_procedure", note="""
PROCEDURE: Intravitreal injection, right eye
Indication: center-involving diabetic macular edema, OD
Consent: risks incl. endophthalmitis, retinal detachment, IOP rise, subconjunctival hemorrhage reviewed; signed consent on file.
Pre-injection: VA {{vital:20/40}}, IOP {{vital:14 mmHg}} by {{eponym:Goldmann}} applanation.
Anesthesia: {{drug:proparacaine}} {{dose:0.5%}}, {{drug:lidocaine}} gel {{dose:3.5%}} x 5 min.
Prep: {{drug:Betadine}} {{dose:5%}} to lashes and fornix, sterile lid speculum. Time-out done.
Medication: {{drug:Vabysmo}} (faricimab) {{dose:6 mg/0.05 mL}}, 30g, superotemporal, 4.0 mm from limbus.
Post: hand motions immediately, CF 3 ft at 5 min, central artery perfused on indirect.
IOP {{vital:24 mmHg}} at 5 min, {{vital:17 mmHg}} at 15 min - no paracentesis needed.
Complications: small subconjunctival heme at site, none otherwise.
Instructions: no eye rubbing, artificial tears QID, no {{drug:Lotemax}} needed. Call for pain, redness, decreasing vision.
Next: OCT + injection in 4 weeks (loading dose 2 of 4).
""", summary="""
Uncomplicated right intravitreal {{drug:Vabysmo}} {{dose:6 mg}} injection for diabetic macular edema; IOP came down from {{vital:24}} to {{vital:17 mmHg}} without paracentesis, and the next loading dose is due in 4 weeks.
"""),

    dict(style="retina_injection_log", note="""
PATIENT: [[NAME:VANG, XAI]]     MRN [[MRN:00913377]]     DOB [[DATE:1958-07-30]]
Referring: [[NAME:Pao Lor]], MD (PCP)       Dx: CRVO with macular edema OD
Family: son [[NAME:Tou Vang]] schedules all visits, [[PHONE:651-774-2083]]; pt lives in [[ADDRESS:Saint Paul]] with son. Hmong interpreter each visit.

INJECTION LOG (OD)
Date            Agent                      VA       CST (um)
[[DATE:2024-08-19]]      {{drug:Lucentis}} {{dose:0.5 mg}}       {{vital:20/200}}   612
[[DATE:09/23/24]]        {{drug:Lucentis}} {{dose:0.5 mg}}       {{vital:20/80}}    418
[[DATE:28OCT2024]]       {{drug:Lucentis}} {{dose:0.5 mg}}       {{vital:20/60}}    322
[[DATE:12/9]]            {{drug:Lucentis}} {{dose:0.5 mg}}       {{vital:20/50}}    298
[[DATE:Jan 27, 2025]]    {{drug:Lucentis}} {{dose:0.5 mg}}       {{vital:20/50}}    301

Treat-and-extend: dry at 6 wk, now extend to 8 wk. No NVI on gonio today, IOP {{vital:15}}.
[[NAME:Xai]] asks if he can stop the shots - explained recurrence risk; agreeable to continue.
Next: [[DATE:3/24]].    -- [[NAME:CH]] / [[NAME:C. Heikkinen]], OD
""", summary="""
[[NAME:Xai Vang]] has had five {{drug:Lucentis}} injections in the right eye since [[DATE:2024-08-19]] for CRVO edema, with vision improving to {{vital:20/50}}; the interval is being extended to 8 weeks with the next visit on [[DATE:3/24]].
"""),

    dict(style="ophtho_inpatient_consult", note="""
Ophthalmology Consult - Inpatient
Requested by: Dr. [[NAME:Jordan Ellis]] (medicine) for acute vision loss
Pt: [[NAME:Kyriaki Papadopoulou]], [[AGE:93]] yo Greek-speaking woman admitted [[DATE:12/02/2024]].
HPI (via son [[NAME:Nikos]] + Greek interpreter): woke yesterday unable to see from L eye, painless. 2 wk jaw pain with chewing, scalp tender when combing hair, lost appetite.
Labs: {{lab:ESR 88}}, {{lab:CRP 6.4}}, {{lab:plt 512}}.
Exam: VA OD {{vital:20/40}}, OS light perception. L RAPD. IOP {{vital:13}}/{{vital:12}}.
DFE OS: chalky white disc edema with peripapillary hemorrhage; OD disc normal, cup 0.3.
Temporal arteries: L thickened, nonpulsatile.
Imp: arteritic AION OS - giant cell arteritis until proven otherwise. Fellow eye at high risk.
Recs:
1. {{drug:methylprednisolone}} {{dose:1 g}} IV daily x 3, then {{drug:prednisone}} {{dose:1 mg/kg}}
2. Temporal artery biopsy - vascular surgery booked [[DATE:12/4]]; do not delay steroids
3. Consider {{drug:Actemra}} outpatient w/ rheum
HCP son [[NAME:Nikos Papadopoulos]] [[PHONE:718-204-6619]]; she lives with him on [[ADDRESS:Ditmars Blvd]] in [[ADDRESS:Astoria]].
[[NAME:A. Georgiou]], MD PGY-3, pgr [[PHONE:4471]]; seen w/ Dr. [[NAME:Järvinen]]
""", summary="""
[[NAME:Kyriaki Papadopoulou]], [[AGE:93]], admitted [[DATE:12/02/2024]] with painless left vision loss and an ESR of {{lab:88}}, has probable arteritic AION from giant cell arteritis. IV {{drug:methylprednisolone}} was started and temporal artery biopsy set for [[DATE:12/4]].
"""),

    dict(style="hn_tumor_board", note="""
HEAD AND NECK MULTIDISCIPLINARY TUMOR BOARD - [[DATE:Tuesday, February 11, 2025]]

Case 3: [[NAME:TAMANG, NGAWANG]]    MRN [[MRN:3308172]]    {{age:57}} M
Presenting: Dr. [[NAME:Rabindra Thapa]] (H&N surgery)
Hx: never smoker; chews tobacco with lime (khaini) since his teens. Resettled from Nepal 2009.
L lateral oral tongue ulcer x 4 months, referred by dentist.
Biopsy [[DATE:1/28/25]] ([[MRN:S25-01733]]): invasive SCC, moderately diff., DOI 7 mm, PNI present.
PET/CT [[DATE:02/06/2025]]: 3.1 cm primary; L level II node 1.8 cm, SUV 9.2; no distant disease.
Stage: cT2 N1 M0, AJCC 8th - stage III.
Recommendation:
 - partial glossectomy + L neck dissection levels I-IV + radial forearm free flap
 - adjuvant RT vs chemoRT per final path (ENE, margins)
 - dental eval + extractions pre-RT; nutrition; SLP baseline swallow
 - Nepali interpreter for all visits; [[NAME:Ngawang]]'s nephew [[NAME:Karma Tamang]] wants to be present
Attendees: [[NAME:R. Thapa]] (surg), [[NAME:Leota Fa'amausili]] (rad onc), [[NAME:Milica Kovačević]] (med onc), [[NAME:Dana Miller]] (path), [[NAME:Sarah O'Neil]] (SLP)
Nurse navigator: [[NAME:Hope Santos]], RN  x[[PHONE:6120]]
""", summary="""
The tumor board on [[DATE:2/11/2025]] reviewed [[NAME:Ngawang Tamang]], {{age:57}}, with cT2N1M0 oral tongue SCC ([[MRN:S25-01733]]) and recommended partial glossectomy, neck dissection and free flap, with adjuvant therapy depending on the pathology.
"""),

    dict(style="ent_nursing_postop", note="""
POD 3 s/p total laryngectomy + bilat ND + PMMF - [[NAME:Sione Tuilagi]]
0700 VSS {{vital:HR 92}} {{vital:BP 128/74}} {{vital:SpO2 97%}} on {{vital:35%}} humidified via lary tube.
Stoma pink/moist, crusting ++, suctioned x3 thick tan. Saline bullets given.
Flap pink, cap refill brisk, doppler signal +.
JP L 45 cc serosang / R 30 cc.
NPO - TF via NGT at goal 55 mL/h, tolerating.
Pain {{score:4/10}} -> {{drug:oxycodone}} elixir {{dose:5 mg}} given 0615.
{{lab:Ca 7.9}} this AM -> ENT aware, {{drug:calcium carbonate}} {{dose:1250 mg}} TID started, PTH pending.
Communicates w/ whiteboard; SLP [[NAME:Riikka Mäkinen]] started electrolarynx teaching today.
[[NAME:Tuilagi]] OOB to chair w/ assist x1, ambulated 60 ft.
Wife [[NAME:Losana]] at bedside, very involved. Asks that son [[NAME:Ioane]] in [[ADDRESS:Auckland]] get updates: [[PHONE:+64 21 448 7302]].
-- [[NAME:LMT]] RN
""", summary="""
On POD 3 after total laryngectomy, [[NAME:Sione Tuilagi]] has a healthy flap and stoma, is tolerating tube feeds, and was started on calcium for a level of {{lab:7.9}}. His wife [[NAME:Losana]] is at the bedside.
"""),

    dict(style="ent_clinic", note="""
ENT Clinic - New patient
Patient: [[NAME:Desmond Blackwood]]   DOB [[DATE:9.14.1966]]   CSN [[MRN:184402297]]
Referred by: Dr. [[NAME:Faith Clarke]]
CC: "room spins when I roll over in bed"
HPI: Mr. [[NAME:Blackwood]] is a {{age:58}} yo city bus driver with 3 wk of brief (<1 min) spinning spells triggered by lying back and looking up. No hearing loss, tinnitus or aural fullness, so {{eponym:Ménière}} disease is unlikely. No headache, diplopia, dysarthria.
Exam: TMs clear AU. {{eponym:Weber}} midline, {{eponym:Rinne}} AC>BC bilat. CN II-XII intact, {{eponym:Romberg}} negative, gait normal.
{{eponym:Dix-Hallpike}} R: upbeat torsional nystagmus, latency ~5 s, fatigues. L: negative.
{{vital:BP 152/90}}, {{vital:HR 76}}.
A/P: R posterior canal BPPV.
- {{eponym:Epley}} maneuver x2 in clinic; repeat {{eponym:Dix-Hallpike}} negative
- {{eponym:Brandt-Daroff}} home exercises; he has little faith in "exercises" but will try
- avoid daily {{drug:meclizine}}; no driving the bus until symptom-free 1 week (note for employer given)
- BP recheck with PCP
RTC prn.
[[NAME:Marko Babić]], MD - Otolaryngology
""", summary="""
[[NAME:Desmond Blackwood]], {{age:58}}, referred by Dr. [[NAME:Faith Clarke]], has right posterior canal BPPV and was treated with an {{eponym:Epley}} maneuver plus home exercises. He is not to drive until symptom-free for a week.
"""),

    dict(style="hn_portal_message", note="""
From: [[NAME:Ana Luisa Bautista-Reyes]] <[[EMAIL:analu.breyes72@yahoo.com]]>
Sent: [[DATE:Thu 04/17/2025]] 9:12 PM
To: H&N Radiation Oncology Care Team
Subject: mouth sores

hi its [[NAME:ana]], week 5 of radiation. my mouth is so painful i cant eat even soft rice, only ensure. i think lost 4 lbs more. the magic mouthwash not helping much. my husband [[NAME:Jun]] says i should go to ER? also skin on my neck is peeling and wet. thank you po

-----
Reply [[DATE:4/18/25]] 08:05
Hi [[NAME:Ana]], so sorry you are hurting - this sounds like grade 3 mucositis and skin breakdown, which is common at week 5. Please come to a nurse visit today at 11:00 with [[NAME:Jovana Petrović]], NP. We will check your weight (last {{vital:61.2 kg}} on [[DATE:4/11]]), start {{drug:oxycodone}} liquid and {{drug:gabapentin}}, and dress the skin with {{drug:Mepilex}}. If you cannot keep fluids down before then, call [[PHONE:(916) 734-5820]] option 2 or go to the ED.
-- [[NAME:JP]]
""", summary="""
In a portal message on [[DATE:4/17/2025]], [[NAME:Ana Luisa Bautista-Reyes]] reported severe mouth pain and weight loss in week 5 of head and neck radiation. [[NAME:Jovana Petrović]], NP, arranged a same-day nurse visit for mucositis and skin care.
"""),

    dict(style="ent_procedure", note="""
PROCEDURE: Flexible fiberoptic laryngoscopy with stroboscopy
Indication: hoarseness x 6 months, 40 pack-year smoker.
Anesthesia: {{drug:oxymetazoline}}/{{drug:lidocaine}} {{dose:4%}} spray bilaterally.
Findings:
- Nasopharynx: small adenoid pad, {{eponym:Eustachian}} tube orifices patent
- Oropharynx: tonsils 1+, base of tongue without mass
- Hypopharynx: mild postcricoid pooling, pyriform sinuses clear; no features of {{eponym:Zenker}} diverticulum
- Larynx: bilateral polypoid degeneration ({{eponym:Reinke}} edema) L>R, true cords fully mobile, complete glottic closure, no leukoplakia or ulceration
- Stroboscopy: diminished mucosal wave bilaterally, symmetric
Scores: {{score:VHI-10 24}}, {{score:RSI 18}}.
Impression: smoking-related {{eponym:Reinke}} edema with probable LPR.
Plan:
1. smoking cessation - {{drug:Chantix}} {{dose:0.5 mg}} daily x3 d then BID
2. {{drug:omeprazole}} {{dose:40 mg}} daily x 8 wk
3. voice therapy referral
4. recheck in 3 months; microlaryngoscopy if no improvement or any leukoplakia
""", summary="""
Laryngoscopy for six months of hoarseness showed bilateral {{eponym:Reinke}} edema with mobile cords and no leukoplakia. The plan is smoking cessation with {{drug:Chantix}}, {{drug:omeprazole}}, voice therapy and a recheck in 3 months.
"""),

    dict(style="ent_postop_visit", note="""
ENT post-op visit
[[NAME:Vytautas Žukauskas]] (goes by "[[NAME:Vyto]]"), DOB [[DATE:11/30/1959]]
s/p L superficial parotidectomy on the [[DATE:3rd of March]] with Dr. [[NAME:Babić]].
Path ([[MRN:SP25-004417]]): {{eponym:Warthin}} tumor, 2.4 cm, benign, margins clear.
Facial nerve: {{score:House-Brackmann II}} - mild weakness of lower lip depressor, expected to recover.
Incision healing well, no seroma. Sutures removed.
Counseled: first-bite pain, numb earlobe (great auricular), and possible {{eponym:Frey}} syndrome (gustatory sweating) months from now.
{{eponym:Warthin}} tumors are strongly tied to smoking - he still smokes 1 ppd, advised to quit.
Lives in [[ADDRESS:Worcester]]; daughter [[NAME:Gintarė]] drives him.
RTC 3 months ([[DATE:June 16]]) to check facial function.
""", summary="""
[[NAME:Vytautas Žukauskas]] is healing well after a left superficial parotidectomy for a benign {{eponym:Warthin}} tumor, with mild {{score:House-Brackmann II}} lip weakness; he returns on [[DATE:June 16]].
"""),

    dict(style="mohs_op_report", note="""
{{eponym:MOHS}} MICROGRAPHIC SURGERY - OPERATIVE REPORT
Patient: [[NAME:Heikkinen, Eero J.]]    MRN [[MRN:7720145]]    DOS [[DATE:05-06-2025]]
Surgeon/pathologist: [[NAME:Maarja Saar]], MD     Assist: [[NAME:Lani Havili]], MA
Dx: basal cell carcinoma, nodular + infiltrative, R nasal ala; pre-op size 0.9 x 0.7 cm. Bx [[MRN:D25-11820]] on [[DATE:3/31/25]].
Pt is {{age:71}}, on {{drug:Eliquis}} {{dose:5 mg}} BID - continued per protocol.
Anesthesia: {{drug:lidocaine}} {{dose:1%}} w/ epi 1:100,000, total {{dose:6 mL}}.

Stage   Blocks   Result
I       3        + deep, infiltrative strands 2-4 o'clock
II      2        + focal at 3 o'clock
III     1        clear

Final defect 1.6 x 1.3 cm to perichondrium.
Repair: bilobed transposition flap; 5-0 Monocryl deep, 6-0 Prolene cutaneous. Hemostasis w/ electrocautery.
EBL minimal. Tolerated well. Pressure dressing, {{drug:mupirocin}}.
Suture removal [[DATE:5/13]].
""", summary="""
[[NAME:Eero Heikkinen]], {{age:71}}, had {{eponym:Mohs}} surgery on [[DATE:05-06-2025]] for a right nasal ala BCC, cleared in three stages and repaired with a bilobed flap by Dr. [[NAME:Maarja Saar]].
"""),

    dict(style="derm_clinic", note="""
Dermatology - skin cancer surveillance
[[NAME:Maria Concepcion dela Cruz]] ("[[NAME:Connie]]"), {{age:66}}, lives in [[ADDRESS:Daly City]].
Hx melanoma R upper back 2019: {{score:Breslow 0.6 mm}}, {{score:Clark level III}}, non-ulcerated; WLE, no SLNB. Multiple dysplastic nevi.
Here for 6-month TBSE. No new symptoms.
Exam (full skin + dermoscopy):
- scar R upper back well healed, no pigment, no nodes palpable
- L shin: 6 mm pink scaly papule - SCCis vs irritated SK -> shave bx (A)
- R post. shoulder: 4 mm irregular brown macule, atypical network -> deep shave (B)
- face: AKs x5 -> LN2
- nails without streaks, no {{eponym:Hutchinson}} sign; scalp, palms, soles, oral mucosa clear
Roomed by [[NAME:Joy Villanueva]], MA.
Path to be called to cell [[PHONE:650-992-1138]] - OK to leave detailed VM per pt.
RTC 6 mo or sooner per path.
[[NAME:Megan Brooks]], PA-C
""", summary="""
[[NAME:Connie dela Cruz]], {{age:66}}, with a history of melanoma, had surveillance with two shave biopsies (left shin, right shoulder) and cryotherapy of five AKs. Results will be called to her cell phone.
"""),

    dict(style="derm_result_call", note="""
[[DATE:10/03/24]] - pathology result call
Spoke w/ pt [[NAME:Ravinesh Prasad]], DOB verified [[DATE:1/22/1955]], re: bx L dorsal hand ([[MRN:D24-39021]]): SCC in situ ({{eponym:Bowen}} disease).
Options reviewed: ED&C vs topical {{drug:Efudex}} {{dose:5%}} BID x 4 wk vs excision. Not an area we'd send for {{eponym:Mohs}} for in situ disease at this size.
Pt chose {{drug:fluorouracil}} cream; wife [[NAME:Sunita]] will help apply. Rx sent to Walgreens on [[ADDRESS:Blackstone Ave]].
Expected redness/crusting reviewed; stop if severe and call.
Hindi preferred, [[NAME:Sunita]] interpreting at pt's request.
F/u 6 wk. cb [[PHONE:559-440-2716]].
-- [[NAME:Chandni Kumar]], RN ([[NAME:ckumar3]])
""", summary="""
On [[DATE:10/03/24]] [[NAME:Ravinesh Prasad]] was told his left hand biopsy showed SCC in situ; he chose topical {{drug:Efudex}} for 4 weeks, with his wife [[NAME:Sunita]] helping.
"""),

    dict(style="mohs_patient_instructions", note="""
AFTER YOUR {{eponym:MOHS}} SURGERY - WOUND CARE
- Keep the pressure bandage dry and in place for 48 hours.
- Bleeding: press firmly with gauze for 20 minutes without peeking. If still bleeding, repeat once, then call.
- Pain: {{drug:Tylenol}} {{dose:1000 mg}} every 8 hours as needed (no more than {{dose:3000 mg}} a day). Avoid {{drug:Advil}}, {{drug:Motrin}} and {{drug:Aleve}} for 3 days unless your doctor says otherwise.
- Keep taking {{drug:Plavix}}, {{drug:Coumadin}} or aspirin if prescribed - do not stop on your own.
- After 48 hours: wash gently with soap and water, pat dry, apply {{drug:Vaseline}} and a new bandage daily.
- Sleep with your head raised on two pillows for 2 nights if the wound is on the face.
- Call us for: temperature over {{vital:100.4 F}}, spreading redness, pus, or pain that gets worse after day 3.
- Stitches come out in 7 days (face) or 14 days (trunk, legs).
""", summary="""
Standard post-{{eponym:Mohs}} wound care instructions: bandage care, bleeding control, {{drug:Tylenol}} for pain, continuing prescribed blood thinners, and warning signs.
"""),

    dict(style="derm_inpatient_consult", note="""
Dermatology Inpatient Consult   [[DATE:8/14/2024]]
Pt: [[NAME:Marie-Ange Célestin]], {{age:38}} F, MRN [[MRN:60311902]], MICU.
Reason: diffuse rash with mouth sores.
HPI: started {{drug:lamotrigine}} [[DATE:7/22]] for bipolar II; 5 d of fever, sore throat, then painful rash + eye burning.
Exam: dusky targetoid macules coalescing on trunk/proximal limbs, flaccid bullae, {{eponym:Nikolsky}} sign positive, detachment ~20% BSA. Hemorrhagic lip crusts, oral erosions, bilat conjunctival injection. Genital erosions.
{{vital:HR 118}}, {{vital:T 38.6}}. {{lab:HCO3 19}}, {{lab:glucose 142}}.
{{score:SCORTEN 2}}.
Bx x2 sent - H&E [[MRN:DP24-5517]], frozen [[MRN:DP24-5518]].
Imp: SJS/TEN overlap, most likely {{drug:lamotrigine}}.
Recs: stop and list as allergy; transfer to burn unit; {{drug:cyclosporine}} {{dose:3 mg/kg/day}}; ophtho and gyn consults today; petrolatum gauze, no adhesives.
Haitian Creole; in-person interpreter [[NAME:Jean-Robert Exantus]]. Sister [[NAME:Roselaure Célestin]] at bedside, [[PHONE:617-288-3054]].
D/w Dr. [[NAME:Dorvil]] (MICU).
[[NAME:Tiina Kask]], MD - Dermatology fellow
""", summary="""
[[NAME:Marie-Ange Célestin]], {{age:38}}, has SJS/TEN overlap ({{score:SCORTEN 2}}) about three weeks after starting {{drug:lamotrigine}}. Dermatology recommended stopping the drug, transfer to the burn unit and {{drug:cyclosporine}}.
"""),

    dict(style="derm_pathology", note="""
SURGICAL PATHOLOGY REPORT
Accession: [[MRN:S25-20931]]      Received: [[DATE:06/02/2025]]      Reported: [[DATE:06/05/2025]]
Patient: [[NAME:WICKRAMASINGHE, DON LALITH]]     Age/Sex: [[AGE:91]]/M     MRN: [[MRN:8812064]]
Ordering: [[NAME:Perera, Nishanthi]], MD (Dermatology)
Specimen: skin, left cheek, 4 mm punch
Clinical: rapidly enlarging violaceous nodule x 6 wk; r/o {{eponym:Merkel}} cell carcinoma vs BCC vs lymphoma
DIAGNOSIS: {{eponym:MERKEL}} CELL CARCINOMA, dermal, extending to deep margin. Tumor thickness at least 4.2 mm. Lymphovascular invasion present.
IHC: CK20 paranuclear dot positive; TTF-1 negative; synaptophysin and chromogranin positive; MCPyV (CM2B4) positive.
Comment: Critical result discussed with Dr. [[NAME:Perera]] by phone [[DATE:6/5/25]] 14:20.
Electronically signed: [[NAME:Darius Petrauskas]], MD
""", summary="""
Punch biopsy of the left cheek of [[NAME:Don Lalith Wickramasinghe]], [[AGE:91]], showed {{eponym:Merkel}} cell carcinoma with lymphovascular invasion and a positive deep margin; reported to Dr. [[NAME:Perera]] on [[DATE:6/5/25]].
"""),

    dict(style="stone_clinic", note="""
KIDNEY STONE CLINIC - follow-up
[[NAME:Somchai Wongsakul]] | {{age:45}} M | MRN [[MRN:2209814]] | seen [[DATE:Jan. 21, 2025]]
Recurrent CaOx stones, 4th episode; passed 5 mm L stone in November.
Stone analysis: {{lab:80% CaOx monohydrate}}, 20% CaP.
24-h urine (collected [[DATE:12/30/24]]): vol {{lab:1.3 L}}, {{lab:Ca 312 mg}}, {{lab:oxalate 48 mg}}, {{lab:citrate 210 mg}}, {{lab:uric acid 0.9 g}}, {{lab:Na 260 mEq}}.
CT: 3 nonobstructing L renal stones, largest 4 mm lower pole; likely {{eponym:Randall}} plaque origin.
Diet: line cook, lots of fish sauce and instant noodles, drinks ~1 L/day in a hot kitchen.
Plan:
- fluids to UOP > 2.5 L/day, 1 liter bottle at work
- Na < 2300 mg; normal calcium intake
- {{drug:chlorthalidone}} {{dose:12.5 mg}} daily; {{drug:Urocit-K}} {{dose:15 mEq}} BID
- BMP 2 wk (baseline {{lab:K 3.9}}); repeat 24-h urine 3 mo, kit to [[EMAIL:swongsakul1979@gmail.com]]
Wife [[NAME:Pranee]] ("[[NAME:Nok]]") helped translate.
[[NAME:R. Chowdhury]], MD
""", summary="""
[[NAME:Somchai Wongsakul]], {{age:45}}, with recurrent calcium oxalate stones, had hypercalciuria, hypocitraturia, low urine volume and high sodium on 24-hour urine; {{drug:chlorthalidone}}, {{drug:Urocit-K}} and diet changes were started.
"""),

    dict(style="urology_op_note", note="""
OPERATIVE NOTE
Date: [[DATE:2025/02/18]]
Patient: [[NAME:Rajendra Maharaj]] ("[[NAME:Raj]]")     FIN [[MRN:90044187316]]
Surgeon: [[NAME:Kavita Persad]], MD    Assistant: [[NAME:N. Boodoo]], MD (PGY-4)
Preop dx: 9 mm L proximal ureteral stone; failed MET since ED visit on the [[DATE:14th of February]].
Procedure: cystoscopy, L retrograde pyelogram, L ureteroscopy with holmium laser lithotripsy and basket extraction, L ureteral stent 6 Fr x 26 cm on string.
Anesthesia: GA/LMA. Abx: {{drug:cefazolin}} {{dose:2 g}} IV.
Findings: impacted stone w/ mucosal edema; fragments < 2 mm basketed; no perforation. RPG: no filling defects after.
No {{eponym:Foley}} left. EBL nil.
Dispo: home same day.
- {{drug:tamsulosin}} {{dose:0.4 mg}} daily, {{drug:oxybutynin}} {{dose:5 mg}} TID prn spasm, {{drug:Pyridium}} x 2 d
- pull stent by string at home [[DATE:Fri 2/21]] - taught pt and wife
- clinic with renal US 4-6 wk; stone sent for analysis
Pt lives in [[ADDRESS:Richmond Hill, Queens]]; post-op call to [[PHONE:718-953-4420]].
""", summary="""
[[NAME:Rajendra Maharaj]] had left ureteroscopy with laser lithotripsy and a stent on a string on [[DATE:2025/02/18]] for a 9 mm proximal stone; he will pull the stent at home on [[DATE:2/21]].
"""),

    dict(style="urology_ed_consult", note="""
UROLOGY CONSULT (ED)   [[DATE:3/2]] 02:15
paged by ED Dr [[NAME:Mohammed]], x[[PHONE:72290]]
{{age:34}}M [[NAME:Khamphoui Phommachanh]], MRN [[MRN:11870342]]
R flank pain x2d, rigors. {{vital:T 38.9}} {{vital:HR 121}} {{vital:BP 98/60}}
{{lab:WBC 17.2}}, {{lab:Cr 1.6}} (baseline 0.9), {{lab:lactate 2.8}}, UA >50 WBC, nitrite +
CT A/P: 7 mm R UVJ stone, mod hydro, perinephric stranding
Imp: obstructing infected stone = urologic emergency
Plan:
- NPO, {{drug:ceftriaxone}} {{dose:2 g}} IV given, BCx/UCx sent
- OR tonight for R ureteral stent (pt prefers stent over PCN)
- no ureteroscopy now; definitive tx after abx course
Consent via Lao phone interpreter [[NAME:Souksavanh]] (ID [[MRN:40217]]). Brother [[NAME:Bounmy]] at bedside.
D/w attending Dr [[NAME:Horvat]] - agrees.
-- [[NAME:D. Jovanović]] (uro R2) pgr [[PHONE:5521]]
""", summary="""
[[NAME:Khamphoui Phommachanh]], {{age:34}}, has a febrile, obstructing 7 mm right UVJ stone with AKI ({{lab:Cr 1.6}}); he is going for an urgent right ureteral stent on antibiotics.
"""),

    dict(style="urology_biopsy_results", note="""
Urology - biopsy results visit      [[DATE:9 Sept 2024]]
[[NAME:Gjergj Krasniqi]], {{age:64}}, here with wife [[NAME:Drita]] and son [[NAME:Arben]], who interprets (Albanian).
{{lab:PSA 8.4}} (6.1 two years ago), {{lab:PSAD 0.17}}. MRI: {{score:PI-RADS 4}} lesion L peripheral zone.
MRI/US fusion bx [[DATE:8/26/24]] (acc [[MRN:UPB-24-0913]]):
 - target L PZ: {{score:Gleason 3+4=7}} (GG2), {{lab:2/2 cores}}, 40% and 25%, pattern 4 ~10%
 - systematic: {{score:Gleason 3+3=6}} in {{lab:2/12 cores}}, R base
Dx: favorable intermediate-risk prostate cancer.
Discussed active surveillance vs robotic prostatectomy vs radiation +/- short ADT. He hopes to avoid surgery because of ED/incontinence risk; still working as a mason.
Plan: Decipher on target core; rad onc consult with Dr. [[NAME:Hope Nieminen]]; return after [[DATE:Oct 7]] to decide. [[NAME:Arben]] hopes to come to both visits.
cc: [[NAME:Ardita Gashi]], DO (PCP)
""", summary="""
[[NAME:Gjergj Krasniqi]], {{age:64}}, has favorable intermediate-risk prostate cancer ({{score:Gleason 3+4=7}}, {{lab:PSA 8.4}}). He is leaning away from surgery and will see Dr. [[NAME:Hope Nieminen]] in radiation oncology before deciding.
"""),

    dict(style="urology_nursing_home_fax", note="""
FAX - to Urology Clinic, fax [[PHONE:(503) 494-7781]]
From: Rosewood Terrace Care Center, [[NAME:Luisa Taufa]], LPN - [[PHONE:503-641-2290]] ext [[PHONE:213]]
Date: [[DATE:02/03/2025]]
Re: [[NAME:Viliami Havili]]   DOB [[DATE:04/19/1929]]   ([[AGE:95]] y/o M)   Medicare [[MRN:3TG4-WK8-MR72]]   SSN last 4 [[SSN:4471]]
Chronic indwelling {{eponym:Foley}} 16 Fr for BPH/retention, last changed [[DATE:1/8]]. Since last night leaking around catheter with heavy sediment. Night RN could not pass new 16 Fr straight (resistance) - placed 14 Fr coude, draining clear yellow 300 mL.
{{vital:T 99.1}}, {{vital:BP 104/62}}, no new confusion per staff.
Meds: {{drug:Flomax}} {{dose:0.4 mg}}, {{drug:Proscar}} {{dose:5 mg}}.
Questions: OK to keep 14 Fr coude? UA/culture?
Grandson [[NAME:Siosaia]] (POA) aware.
---
Reply [[DATE:2/3/25]]: OK to keep 14 Fr coude, change monthly. Do not culture unless febrile or delirious - he is [[AGE:ninety-five]] and colonized. Cysto next available for strictures. -- [[NAME:AS]] (uro RN)
""", summary="""
The nursing home faxed on [[DATE:02/03/2025]] about leakage around the chronic {{eponym:Foley}} of [[NAME:Viliami Havili]], [[AGE:95]]; a 14 Fr coude was placed. Urology approved it, advised against culture without symptoms, and will book cystoscopy.
"""),

    dict(style="urology_letter", note="""
[[DATE:March 28, 2025]]

[[NAME:Andre McKenzie]], MD
Flatbush Family Health Center
[[ADDRESS:1140 Nostrand Ave, Brooklyn, NY 11225]]

RE: [[NAME:Tiiu Õunapuu]]     DOB [[DATE:08/12/1956]]

Dear Dr. [[NAME:McKenzie]],
Thank you for referring Ms. [[NAME:Õunapuu]], a {{age:68}}-year-old retired chemist and former smoker (20 pack-years), for microhematuria ({{lab:8 RBC/hpf}} on two samples). Family hx: her mother died at [[AGE:97]] and had bladder cancer diagnosed in her 80s.
CT urogram on [[DATE:3/14]] showed no upper tract lesion or stone; a 1.1 cm L renal cyst is {{score:Bosniak I}}. Office cystoscopy today: normal urethra and bladder mucosa, no tumor, orthotopic ureteral orifices with clear efflux. Urine cytology negative.
Given intermediate risk, I recommend a repeat urinalysis in 12 months; no further imaging for the cyst.
Sincerely,
[[NAME:Eleni Konstantinou]], MD, Urology
cc: [[NAME:Tiiu Õunapuu]], [[ADDRESS:88 Linden Blvd, Apt 4C, Brooklyn, NY 11226]]
""", summary="""
Letter of [[DATE:March 28, 2025]] to Dr. [[NAME:Andre McKenzie]]: [[NAME:Tiiu Õunapuu]], {{age:68}}, had a negative microhematuria workup (CT urogram, cystoscopy, cytology); repeat urinalysis in 12 months.
"""),

    dict(style="ent_afterhours_call", note="""
After-hours call - ENT on call     [[DATE:Sat 7/12/2025]] 22:47
Caller: mother, [[NAME:Bishnu Maya Rai]], via Nepali phone interpreter (ID [[MRN:318842]]).
Pt: [[NAME:Aayush Rai]], {{age:6}}, POD 6 T&A done [[DATE:7/6]] by Dr. [[NAME:Sherpa]].
Mom reports bright red blood in spit x2 in the last hour, about a teaspoon each, now stopped. Drinking juice. No vomiting blood. Gave {{drug:ibuprofen}} {{dose:200 mg}} at 20:00.
Advised: secondary post-tonsillectomy bleed window - needs ED evaluation tonight even though stopped; ice water sips, sit upright; call 911 for any large bleed or if he looks pale or sleepy.
Family driving in from [[ADDRESS:Akron]] with dad [[NAME:Dil Bahadur]]; ED charge RN notified. Callback [[PHONE:330-962-4185]].
-- [[NAME:E. Shehu]], MD (ENT PGY-2)
""", summary="""
On [[DATE:7/12/2025]] the mother of [[NAME:Aayush Rai]], {{age:6}}, reported a small post-tonsillectomy bleed on POD 6; the family was sent to the ED for evaluation.
"""),
]
