"""Hand-written held-out notes, part d: outpatient dermatology, ophthalmology and ENT, sports medicine and
occupational health, dental and oral surgery. Every person, number, date, phone, e-mail and street is invented."""

NOTES = [
    dict(style="dermatology_new_patient", note="""
DERMATOLOGY -- NEW PATIENT VISIT
Patient: [[NAME:Friederike Schäfer]]     DOB [[DATE:17.03.1979]]     MRN [[MRN:88120457]]
Visit: [[DATE:11/17/2025]]     Provider: [[NAME:Hope Lindgren]], PA-C     Supervising: Dr. [[NAME:W. Brandt]]
Referred by Dr. [[NAME:Kühn]] (PCP) for a changing mole on the back.

HPI: {{age:46}} yo F, {{score:Fitzpatrick II}}, grew up in [[ADDRESS:Hamburg]], many blistering sunburns as a child. Husband noticed
the spot on her L upper back getting darker and bigger since summer. No bleeding or itch.
FHx: father had melanoma in his 60s ({{eponym:Breslow}} depth unknown), mother with BCCs.
Exam (full skin, chaperone [[NAME:Maria G.]]): L upper back 7 x 5 mm irregularly pigmented macule, two shades of brown
with a black focus, notched border -- ABCD all positive. Dermoscopy: atypical network, blue-white veil, regression.
Scattered SKs on trunk, cherry angiomas, solar lentigines on shoulders. No other atypical nevi.
A/P:
1. Atypical pigmented lesion L upper back, r/o melanoma -- deep shave (saucerization) bx today, accession
   [[MRN:DP25-118240]]. Wound care: {{drug:Vaseline}} and bandage daily.
2. Photoprotection, SPF 50, annual skin checks.
Results call in 5-7 days; RTC [[DATE:12/1]] for results / possible WLE planning.
[[NAME:HL]]/[[NAME:wb]]
""", summary="""
[[NAME:Friederike Schäfer]], {{age:46}}, saw PA [[NAME:Hope Lindgren]] on [[DATE:11/17/2025]] for a changing pigmented lesion on her left upper back with concerning dermoscopy. A saucerization biopsy was done to rule out melanoma, with follow-up on [[DATE:12/1]].
"""),

    dict(style="mohs_surgery", note="""
{{eponym:MOHS}} MICROGRAPHIC SURGERY
Pt: [[NAME:Padraig McCarthy]] ({{age:72}})        DOS: [[DATE:Wednesday 19 November 2025]]
Surgeon: [[NAME:Aoife Keane]], MD        Histotech: [[NAME:Ryan Walsh]]
Dx: nodular BCC, L nasal ala, biopsy-proven ([[MRN:S25-20417]], [[DATE:10/14/25]])
Pre-op lesion 0.9 x 0.7 cm. Anesthesia: {{drug:lidocaine}} 1% w/ epi, {{dose:4 mL}} total.

Stage I: 1.3 x 1.1 cm, 2 sections -- residual nodular BCC at 3 o'clock, deep margin
Stage II: 1.6 x 1.3 cm -- clear
Final defect 1.6 x 1.3 cm, into deep fat, cartilage intact.
Repair: bilobed transposition flap; 5-0 Monocryl deep, 6-0 Prolene cutaneous.
On {{drug:Plavix}} (DES 2023) -- continued; hemostasis with electrocautery, no issues.
Wife [[NAME:Maureen]] drove him. Post-op instructions reviewed; {{drug:Tylenol}} {{dose:1000 mg}} q8h PRN, avoid {{drug:ibuprofen}}.
Suture removal [[DATE:Dec 1]].
""", summary="""
[[NAME:Padraig McCarthy]], {{age:72}}, had {{eponym:Mohs}} surgery for a nodular BCC of the left nasal ala on [[DATE:19 November 2025]]; margins were clear after two stages. The defect was closed with a bilobed flap while he stayed on {{drug:Plavix}}, and sutures come out [[DATE:Dec 1]].
"""),

    dict(style="dermatology_isotretinoin", note="""
Isotretinoin follow-up, month 3

[[NAME:Parisa Rahimi]] ({{age:17}}) here with mother [[NAME:Shirin Tehrani]].
iPLEDGE ID [[MRN:1204458713]]; confirmed in REMS portal [[DATE:11/20/2025]]. Pt who can become pregnant; 2 forms:
abstinence + {{drug:norgestimate-ethinyl estradiol}}. Urine hCG in office neg; CLIA serum hCG [[DATE:11/14]] neg.
Dose: {{drug:Absorica}} {{dose:40 mg}} BID (~{{dose:1.1 mg/kg/day}}, wt 72 kg). Cumulative ~{{dose:68 mg/kg}} of 120-150 goal.
Labs [[DATE:11/14]]: {{lab:TG 212}} (from 148), {{lab:ALT 24}}, {{lab:total chol 196}}.
SE: cheilitis (using {{drug:Aquaphor}}), dry eyes with contacts, mild low back ache after volleyball.
Mood: {{score:PHQ-9 3}}; [[NAME:Parisa]] and mom both deny mood change or SI.
Exam: 2 closed comedones forehead, no inflammatory lesions; PIH cheeks fading.
Plan: continue same dose; artificial tears, switch to glasses on dry days; repeat lipids next month.
Rx to CVS on [[ADDRESS:Westwood Blvd]]. Next visit [[DATE:12/18]].
""", summary="""
[[NAME:Parisa Rahimi]], {{age:17}}, is in month 3 of isotretinoin ({{drug:Absorica}} {{dose:40 mg}} BID) with clearing acne, negative pregnancy tests, and mildly raised {{lab:TG 212}}. She continues the same dose and returns on [[DATE:12/18]].
"""),

    dict(style="dermatology_phone_result", note="""
Telephone encounter -- path results
Called [[NAME:Stavros Georgiou]] at [[PHONE:(703) 555-0112]] (cell; identity verified w/ DOB [[DATE:6/1/1985]]).
Bx [[MRN:S25-17730]] L forearm, taken [[DATE:11/6]]: "dysplastic nevus with moderate atypia, extending to
peripheral margin."
Discussed recommendation for re-excision with 5 mm margins. Pt agreeable; scheduled [[DATE:Tue 12/2]] with Dr. [[NAME:Manolis]].
[[NAME:Stavros]] asked whether his brother [[NAME:Yiannis]] should get a skin check too -- yes, advised, esp. given their
father's history.
Previous attempt: LVM [[DATE:11/12]].
[[NAME:Grace O.]], MA
""", summary="""
[[NAME:Stavros Georgiou]] was told that his left forearm biopsy showed a moderately atypical dysplastic nevus extending to the margin. Re-excision with Dr. [[NAME:Manolis]] is set for [[DATE:12/2]].
"""),

    dict(style="dermatology_followup", note="""
Psoriasis follow-up

Plaque psoriasis, BSA 12% -> 3% after 16 wk {{drug:Otezla}} {{dose:30 mg}} BID.
{{score:PASI 4.2}} (baseline {{score:PASI 15.8}}). {{score:DLQI 3}}.
GI side effects resolved after week 2. Weight stable. PHQ-2 negative.
Exam: thin pink plaques on elbows and knees; scalp clear; few nail pits, no onycholysis.
{{eponym:Koebner phenomenon}} along old appendectomy scar. {{eponym:Auspitz sign}} not elicited.
Joints: no dactylitis, no tenderness at {{eponym:Achilles}} insertion, no morning stiffness.
Plan:
- continue {{drug:Otezla}}
- {{drug:clobetasol}} 0.05% ointment BID x 2 wk to residual plaques, then weekends only
- {{drug:Dovonex}} cream weekdays
- screen for PsA each visit; RTC 3 months
""", summary="""
Plaque psoriasis is much better on {{drug:Otezla}}, with {{score:PASI 4.2}} down from {{score:PASI 15.8}} and no signs of psoriatic arthritis. {{drug:Otezla}} continues, with {{drug:clobetasol}} and {{drug:Dovonex}} for the remaining plaques.
"""),

    dict(style="retina_clinic", note="""
OPHTHALMOLOGY -- RETINA CLINIC
Pt: [[NAME:BENALLY, HARRISON J]]      MRN [[MRN:3300918]]      Date: [[DATE:2025-11-18]]
{{age:61}} y/o M, DM2 x 20 yrs, {{lab:A1c 9.4%}} (Oct 2025), on {{drug:Lantus}} + {{drug:metformin}}.

VA cc:   OD {{score:20/60}} (PH {{score:20/50}})    OS {{score:20/30}}
IOP ({{eponym:Goldmann}}):  OD {{vital:17}}   OS {{vital:15}}
SLE: NVI none OU; early cataract OU.
DFE: OD -- NVD 1/3 DD, scattered dot-blot hemes, CSME w/ hard exudates temporal to fovea. OS -- severe NPDR, 4-quadrant hemes.
OCT: CST OD 412 um (prev 455), OS 288.
Dx: PDR with center-involving DME OD; severe NPDR without DME OS.
Plan: {{drug:Lucentis}} {{dose:0.5 mg}} intravitreal OD today (#3). Consent signed; time-out with tech [[NAME:Autumn]].
PRP OD to start next visit. Reinforced glucose control.
Ride: niece [[NAME:Shaina Begay]] drives him 2.5 hrs from [[ADDRESS:Kayenta]]; discussed aligning visits with her days off.
RTC 4 weeks, [[DATE:12/16]].
cc: Dr. [[NAME:Tso]], IHS clinic in [[ADDRESS:Tuba City]]
""", summary="""
[[NAME:Harrison Benally]], {{age:61}}, has proliferative diabetic retinopathy with macular edema in the right eye ({{score:20/60}}) and severe NPDR in the left. He got his third {{drug:Lucentis}} injection on [[DATE:2025-11-18]], with PRP planned and return on [[DATE:12/16]].
"""),

    dict(style="glaucoma_followup", note="""
Glaucoma follow-up

[[NAME:Karim Mansour]], {{age:58}}, POAG OU. Here alone today (son [[NAME:Omar]] usually drives).
Meds: {{drug:Xalatan}} qhs OU, {{drug:Cosopt}} BID OU -- admits using {{drug:Cosopt}} only in the morning because "the bottle runs
out too fast."
VA sc: OD {{score:20/25}}  OS {{score:20/40}}
IOP ({{eponym:Goldmann}}): OD {{vital:19}}  OS {{vital:24}}  (target < 18)
CCT 512 / 498. Gonio: open to CBB 360 OU.
C/D 0.75 OD, 0.85 OS with inferior notch OS.
{{eponym:Humphrey}} 24-2 ([[DATE:11/13/25]]): OS superior arcuate defect, MD -8.41 dB (was -6.10 on [[DATE:5/8/2025]]) -- progression.
OCT RNFL: inferior thinning OS, stable OD.
Plan: discussed SLT OS vs adding {{drug:Rhopressa}}. Mr. [[NAME:Mansour]] chose SLT -- scheduled [[DATE:12/4]].
Reinforced BID {{drug:Cosopt}}; gave samples + drop-aid. Will check with pharmacy re: 90-day supply.
[[NAME:H. Zaki]], MD
""", summary="""
[[NAME:Karim Mansour]], {{age:58}}, has progressing glaucoma in the left eye (IOP {{vital:24}}, worsening {{eponym:Humphrey}} field), partly because he uses {{drug:Cosopt}} only once a day. He chose SLT, scheduled for [[DATE:12/4]].
"""),

    dict(style="cataract_postop", note="""
POD #1 s/p phaco/PCIOL OD
[[NAME:Hendrika]] "[[NAME:Riek]]" [[NAME:Jansen]], [[AGE:93]]F. Surgery [[DATE:11/19]] w/ Dr. [[NAME:van Dijk]], uncomplicated, {{eponym:Malyugin}} ring not needed.
Pt reports "everything looks white and bright." No pain, mild FB sensation.
VA sc OD {{score:20/40}} (PH {{score:20/25}}). IOP OD {{vital:22}}.
Lids: shield in place, clean. Cornea: trace stromal edema, wound sealed, {{eponym:Seidel}} negative.
AC: deep, 1+ cell. IOL: centered in bag.
Plan: {{drug:Vigamox}} QID x 1 wk, {{drug:Durezol}} QID then taper, shield at night x 1 wk.
Granddaughter [[NAME:Femke]] will instill drops (pt's hands shaky). Lives at Beukenhof senior apts, [[ADDRESS:Holland, MI]].
F/u 1 wk, OS surgery to be scheduled after.
""", summary="""
[[NAME:Hendrika Jansen]], [[AGE:93]], is doing well the day after right cataract surgery, with vision {{score:20/40}} uncorrected and IOP {{vital:22}}. Her granddaughter [[NAME:Femke]] will give the {{drug:Vigamox}} and {{drug:Durezol}} drops.
"""),

    dict(style="ophthalmology_on_call", note="""
Phone triage -- ophthalmology on call
[[DATE:Sat 11/22/25]] 21:10. Call from Dr. [[NAME:Maya Saab]], urgent care ([[PHONE:313-555-0144]]).
Pt [[NAME:Georges Abi Nader]], {{age:44}} M, high myope (-9.00 OU), 3 days of flashes + new floaters, since this AM a
"curtain" coming up from below in R eye. VA OD CF 3 ft per UC.
Advised likely RD, possibly mac-on; come to our ED tonight, NPO.

22:30 seen in ED:
VA OD 20/80, OS 20/25. IOP 12/15.
DFE OD: superotemporal bullous RD, macula ON, {{eponym:Shafer}} sign +, horseshoe tear at 11:00.
Plan: PPV/SB OD in AM, first case. NPO after midnight, bedrest head position, patch OD.
Retina attending Dr. [[NAME:Frangieh]] aware. Pt's cousin [[NAME:Rami]] drove him from [[ADDRESS:Dearborn]] and will stay.
-- [[NAME:tsaleh]] (PGY-3)
""", summary="""
On [[DATE:11/22/25]], [[NAME:Georges Abi Nader]], {{age:44}}, was sent in from urgent care and found to have a macula-on retinal detachment in the right eye. He is scheduled for repair the next morning with Dr. [[NAME:Frangieh]].
"""),

    dict(style="ent_consult", note="""
ENT consult -- asymmetric hearing loss
Pt: [[NAME:Åsa Nyström]], {{age:55}}F, referred by Dr [[NAME:Erik Dahl]] (FM).
3 mo progressive L hearing loss with high-pitched L tinnitus; intermittent imbalance, no true vertigo. No otalgia, no
otorrhea. Works as a choir director -- "the sopranos sound flat on the left."
Exam: EACs clear, TMs intact, no effusion. {{eponym:Weber}} (512 Hz) lateralizes R; {{eponym:Rinne}} AC > BC bilat.
{{eponym:Dix-Hallpike}} neg bilat. {{eponym:Romberg}} neg. Facial nerve {{score:House-Brackmann I}} bilat.
Audiogram [[DATE:11/18]] (audiologist [[NAME:Ingrid Solberg]], AuD): L mod SNHL, PTA 45 dB, WRS 64% L vs 100% R.
Tymps type A bilat.
A/P: asymmetric SNHL L -- MRI IAC w/ gad to r/o vestibular schwannoma. Discussed steroid trial -- low yield at 3 mo, pt
declines. Hearing aid eval after MRI.
[[NAME:Åsa]] prefers results by portal. RTC after MRI.
[[NAME:J. Lindholm]], MD
""", summary="""
[[NAME:Åsa Nyström]], {{age:55}}, has a three-month left-sided sensorineural hearing loss with poor word recognition on her [[DATE:11/18]] audiogram. An MRI of the internal auditory canals was ordered to rule out vestibular schwannoma.
"""),

    dict(style="ent_postop_call", note="""
Post-op phone call -- POD 5 T&A
Child: [[NAME:Elif Çelik]] ({{age:6}}), wt 21 kg.   Caller: mother [[NAME:Zeynep Çelik]], [[PHONE:(614) 555-0147]]
Concerns: pain worse at night {{score:6/10}}, drinking ~700 mL/day, eating popsicles and yogurt, "breath smells bad."
Meds: {{drug:ibuprofen}} {{dose:200 mg}} q6h alternating with {{drug:Tylenol}} {{dose:320 mg}} q6h.
No bleeding, no blood-streaked spit, voiding 4x today. Temp 37.8 last night.
Advice: pain peak at day 5-7 is expected; white patches on tonsil beds normal; halitosis normal. Continue schedule
(doses ok for 21 kg, ~{{dose:10 mg/kg}} and ~{{dose:15 mg/kg}}). Push fluids, goal > 1 L.
ER precautions: ANY bright red blood, not drinking, fewer than 3 voids per day.
Grandmother visiting from [[ADDRESS:Izmir]] wanted to give honey -- ok, age > 1.
Mom verbalized understanding. -- [[NAME:K. Reilly]], RN
""", summary="""
On day 5 after tonsillectomy, [[NAME:Elif Çelik]], {{age:6}}, has expected nighttime pain ({{score:6/10}}) and is drinking enough on alternating {{drug:ibuprofen}} and {{drug:Tylenol}}. Her mother was reassured and given bleeding precautions.
"""),

    dict(style="rhinology_followup", note="""
Rhinology follow-up -- CRSwNP with AERD ({{eponym:Samter triad}})

On {{drug:Dupixent}} {{dose:300 mg}} SC q2wk since spring.
{{score:SNOT-22 21}} (was {{score:SNOT-22 54}}). CT {{score:Lund-Mackay 18}} pre-treatment.
Smell returning: UPSIT 28/40 (was 14/40). Can smell coffee again.
Endoscopy: grade 1 polyps bilat (from grade 3), minimal mucus, no purulence.
Asthma: ACT 22, no OCS bursts since starting biologic.
Meds: {{drug:Flonase}} 2 sprays BID; saline irrigations with {{drug:budesonide}} {{dose:0.5 mg}} daily;
{{drug:aspirin}} {{dose:650 mg}} BID post-desensitization; {{drug:montelukast}} {{dose:10 mg}}.
Plan: continue current regimen; consider stopping {{drug:montelukast}} at next visit. RTC 6 mo with endoscopy.
""", summary="""
Chronic rhinosinusitis with nasal polyps and {{eponym:Samter triad}} is much improved on {{drug:Dupixent}}, with {{score:SNOT-22 21}} down from 54 and smaller polyps. The regimen continues unchanged.
"""),

    dict(style="head_neck_clinic", note="""
ENT / Head & Neck -- thyroid nodule
[[NAME:Noa Mizrahi]], {{age:39}}F, flight attendant. Husband [[NAME:Avi]] present.
US [[DATE:10/30/2025]]: R lobe 2.4 cm solid hypoechoic nodule, microcalcs, taller-than-wide, TI-RADS 5. No suspicious nodes.
FNA [[DATE:11/12]] (cytology [[MRN:CY25-08817]]): {{score:Bethesda IV}}, follicular neoplasm. Afirma GSC: suspicious.
{{lab:TSH 1.8}}. Voice normal; flexible laryngoscopy: bilateral TVF mobile.
A/P: R hemithyroidectomy with frozen section; possible completion if malignant.
Discussed RLN injury (~1-2%), hypocalcemia (low risk w/ lobectomy), scar, possible need for {{drug:levothyroxine}}.
[[NAME:Noa]] asked about flying after surgery -- 2 wk off work, note provided for employer.
Surgery tentatively [[DATE:January 8]] with Dr. [[NAME:Ben-Ami]]; pre-op at [[PHONE:(212) 555-0173]].
""", summary="""
[[NAME:Noa Mizrahi]], {{age:39}}, has a TI-RADS 5 right thyroid nodule read as {{score:Bethesda IV}} with a suspicious Afirma result. A right hemithyroidectomy is planned for [[DATE:January 8]] with Dr. [[NAME:Ben-Ami]].
"""),

    dict(style="sports_medicine", note="""
Sports Medicine Clinic

[[NAME:Jordan Tsosie]] ({{age:16}}), varsity basketball guard. Here with mom [[NAME:Darlene]].
Injured [[DATE:11/14]] at practice: landed from a rebound, felt a pop in the R knee, could not continue; swelling within
an hour.
Exam: moderate effusion, ROM 5-110, {{eponym:Lachman}} 2B with soft endpoint, pivot shift +, {{eponym:McMurray}} equivocal
medial, MCL stable at 0 and 30, {{score:5/5}} hip strength.
MRI [[DATE:11/17]]: complete ACL tear, bone bruises LFC / posterior LTP, small medial meniscus posterior horn tear.
A/P: R ACL tear -- ortho referral to Dr. [[NAME:Ellis Jordan]] for reconstruction discussion (BTB vs hamstring).
Prehab: quad sets, SLR, heel slides, PT 2x/wk. Crutches WBAT; hinged brace.
Note for coach [[NAME:Mark Holiday]]: no basketball; may attend practice in a seated role.
[[NAME:Jordan]] is upset about missing the season; discussed realistic 9-12 month timeline.
""", summary="""
[[NAME:Jordan Tsosie]], {{age:16}}, tore his right ACL and medial meniscus playing basketball on [[DATE:11/14]]. He was referred to Dr. [[NAME:Ellis Jordan]] to discuss reconstruction, started prehab, and coach [[NAME:Mark Holiday]] was told he cannot play.
"""),

    dict(style="concussion_return_to_play", note="""
CONCUSSION FOLLOW-UP / RETURN-TO-PLAY
Athlete: [[NAME:Gauthier, Luc-Antoine]]     Age {{age:15}}     Sport: hockey (goalie)
DOI: [[DATE:Nov 1]] -- collision in the crease, no LOC, immediate HA + dizziness.
Symptom checklist: {{score:SCAT5 symptom score 2}} (severity 3); was 38 on [[DATE:11/3]].
Exam: normal cervical ROM, no midline tenderness, VOMS normal, tandem gait 12 s, {{eponym:Romberg}} neg.
Academics: full days since [[DATE:11/10]], no accommodations needed.
RTP stages 1-5 completed under ATC [[NAME:Geneviève Pelletier]] ([[EMAIL:gpelletier@stmarcacademy.org]]); stage 5
(full-contact practice) [[DATE:11/20]] without symptoms.
Cleared for game play starting with the [[DATE:2nd of December]] game vs. [[ADDRESS:Lewiston]] per protocol.
Father [[NAME:Marc-André Gauthier]] present, agrees. Forms faxed to school [[PHONE:(207) 555-0135]].
Counseled re: recurrence, report any symptoms immediately.
""", summary="""
[[NAME:Luc-Antoine Gauthier]], {{age:15}}, a hockey goalie concussed on [[DATE:Nov 1]], is symptom-free and finished the return-to-play protocol with ATC [[NAME:Geneviève Pelletier]] on [[DATE:11/20]]. He was cleared for full game play.
"""),

    dict(style="sports_medicine", note="""
Sports Med f/u -- R 2nd metatarsal stress fx

[[NAME:Niamh Byrne]], {{age:20}}F, D1 cross-country. Pain onset late Oct with mileage increase to 70 mi/wk; MRI
[[DATE:10/29/2025]] grade 4 stress injury R 2nd MT.
Today wk 4 in CAM boot: walking pain {{score:1/10}}, no pain at rest. Focal tenderness now minimal.
Labs: {{lab:25-OH vitamin D 18}} (low), {{lab:ferritin 11}}, {{lab:TSH 2.1}}, {{lab:Hgb 12.4}}.
Menses: irregular, last period ~3 mo ago. DEXA: {{score:Z-score -1.4}} lumbar spine.
Concern for low energy availability (REDs); discussed openly -- [[NAME:Niamh]] reluctant but agrees to see sports dietitian [[NAME:Colleen Doyle]], RD.
Plan: {{drug:cholecalciferol}} {{dose:50,000 IU}} weekly x 8 wk then {{dose:2,000 IU}} daily; {{drug:ferrous sulfate}} {{dose:325 mg}} every other day.
Boot 2 more wks, then AlterG 50% BW. No running until cleared.
Coach [[NAME:T. Fitzgerald]] updated with pt's permission (return-to-run ~[[DATE:Jan 5]]).
""", summary="""
Collegiate runner [[NAME:Niamh Byrne]], {{age:20}}, is healing a right second metatarsal stress fracture but has low vitamin D, low ferritin, irregular menses and low bone density, raising concern for REDs. She started vitamin D and iron and was referred to dietitian [[NAME:Colleen Doyle]].
"""),

    dict(style="occupational_health_injury", note="""
OCCUPATIONAL HEALTH -- WORK INJURY EVALUATION
Employee: [[NAME:Burak Öztürk]]       Employee ID: [[MRN:E-204417]]
Employer: Midwest Cold Storage (warehouse)       Supervisor: [[NAME:Dan Kowalski]]
WC claim # [[MRN:WC25-0098124]]     Adjuster: [[NAME:Jennifer Mahoney]], [[PHONE:860-555-0193]] x[[PHONE:227]]
DOI: [[DATE:11/10/2025]]       DOS: [[DATE:11/18/2025]]

Mechanism: lifting a ~60 lb box from floor with twist, immediate low back pain. No radiation, no numbness,
no bowel/bladder change.
Exam: paraspinal spasm L>R, flexion limited 50%. SLR neg bilat. {{score:5/5}} LE strength, reflexes 2+ symmetric,
sensation intact. Pain {{score:5/10}} (was {{score:8/10}} on initial visit [[DATE:11/11]]).
Dx: lumbar strain, work-related.
Plan: PT 2x/wk x 3 wk; {{drug:naproxen}} {{dose:500 mg}} BID with food; {{drug:cyclobenzaprine}} {{dose:5 mg}} QHS PRN (no driving forklift
within 8 h of dose).
Work status: MODIFIED DUTY -- no lifting > 20 lb, no repetitive bending, may sit/stand as needed. Re-eval [[DATE:12/2/2025]].
Copy to employer HR fax [[PHONE:(312) 555-0106]] and carrier.
""", summary="""
Warehouse worker [[NAME:Burak Öztürk]] has a work-related lumbar strain from lifting on [[DATE:11/10/2025]] and is improving, with pain {{score:5/10}} and a normal neuro exam. He is on modified duty with a 20 lb limit, PT, and {{drug:naproxen}}, with re-evaluation [[DATE:12/2/2025]].
"""),

    dict(style="dot_physical", note="""
DOT MEDICAL EXAMINATION (FMCSA) -- summary
Driver: [[NAME:Konstantinos Demetriou]]     DOB [[DATE:04/27/1966]]     CDL # [[MRN:D440-1877-2291]] (IL)
Carrier: Lakeshore Freight. Dispatcher contact [[NAME:Bill]] at [[PHONE:(630) 555-0199]].

Hx: HTN on {{drug:lisinopril}} {{dose:20 mg}}, snoring, no daytime sleepiness per driver, {{score:Epworth 9}}.
BP {{vital:148/92}} -> recheck {{vital:138/86}} (seated 5 min). Pulse {{vital:76}} reg.
Vision: OD {{score:20/20}}, OS {{score:20/25}}, OU {{score:20/20}} w/ correction; fields 80 deg each eye; color ok.
Hearing: forced whisper 5 ft bilat -- pass.
UA: protein neg, blood neg, glucose neg, SG 1.020.
Neck circ 18.5 in, BMI 34.1 -> refer for sleep study per screening guidance; does not disqualify today.
Determination: meets standards, qualifies for 1-year certificate (HTN stage 1).
Certificate issued [[DATE:11/19/2025]], expires [[DATE:11/19/2026]]; corrective lenses required.
Examiner: [[NAME:Rebecca Young]], NP     NRCME # [[MRN:8843021176]]
""", summary="""
Truck driver [[NAME:Konstantinos Demetriou]] passed his DOT exam on [[DATE:11/19/2025]] and received a one-year certificate because of stage 1 hypertension ({{vital:138/86}}). He was referred for a sleep study, and corrective lenses are required.
"""),

    dict(style="employee_exposure", note="""
EMPLOYEE HEALTH -- blood/body fluid exposure
Employee: [[NAME:Oren Katz]], RN, 5 North, badge [[MRN:77120]]
Event [[DATE:11/21/25]] 03:40: percutaneous injury, hollow-bore 22g IV catheter after insertion, L index finger, through
glove; bled freely, washed with soap/water within 2 min. Safety device not activated.
Source: MRN [[MRN:40092218]] -- rapid HIV Ag/Ab NEG, HBsAg NEG, HCV Ab POS, HCV RNA pending.
Employee: HBV vaccinated, {{lab:anti-HBs 112}} (immune, 2022). Baseline HIV, HCV Ab, {{lab:ALT 19}} drawn today.
HIV PEP: not indicated (source neg). HBV: no action.
HCV: f/u HCV RNA at 3 wk, HCV Ab + ALT at 4-6 mo; sooner if source RNA detectable.
Counseled on symptoms; no change in sexual practices needed unless source RNA +; may continue patient care.
Occurrence report filed; manager [[NAME:Shira Peretz]] notified.
Seen by Dr. [[NAME:Khalid bin Saeed]] (Occ Med). [[NAME:Oren]] was calm, asked good questions.
""", summary="""
Nurse [[NAME:Oren Katz]] had a hollow-bore needlestick on [[DATE:11/21/25]] from a source who is HCV antibody positive and HIV negative. He is immune to HBV, needs no HIV PEP, and will have HCV RNA testing at 3 weeks with Dr. [[NAME:Khalid bin Saeed]].
"""),

    dict(style="occupational_screening", note="""
Annual Occupational Health Screening -- Respiratory Protection / TB / Immunizations

Respirator medical questionnaire (OSHA Appendix C) reviewed: no cardiopulmonary contraindication.
Fit test: N95 (3M 1870+), qualitative Bitrex, PASSED; also passed on Halyard duckbill size regular.
TB: annual symptom screen negative; QuantiFERON-TB Gold Plus negative.
Influenza: {{drug:Fluzone}} High-Dose not indicated; {{drug:Flucelvax}} {{dose:0.5 mL}} IM L deltoid, lot on MAR.
Tdap up to date (2021). Hep B immune on file.
Vitals: {{vital:BP 122/78}}, {{vital:HR 68}}.
Audiometry (hearing conservation program): no standard threshold shift vs. baseline; {{score:20/20}} near vision for
lab work confirmed.
Cleared for full duty including N95 use. Next screening in 12 months.
""", summary="""
The annual screening cleared the employee for full duty: N95 fit test passed, QuantiFERON negative, and {{drug:Flucelvax}} given. Audiometry showed no threshold shift.
"""),

    dict(style="dental_periodontal", note="""
DENTAL RECALL / PERIODONTAL EVALUATION
Pt: [[NAME:Yasmin Abdelaziz]]    Chart # [[MRN:D-58213]]    [[DATE:11/18/2025]]
Med hx: DM2 ({{lab:A1c 8.1}}), on {{drug:metformin}}, {{drug:Jardiance}}; no allergies. BP {{vital:134/82}}.
Perio charting: PD 5-6 mm #2-3, #14-15, #18-19, #30-31 with BOP; BOP 34% overall; generalized 2-3 mm recession
lower anteriors; class I furcation #19, #30. Mobility: none.
Radiographs (4 BWX): horizontal bone loss ~25% posteriors.
Caries: #19 MO, #30 DO (incipient into dentin).
Dx: Stage III Grade B periodontitis (DM modifier).
Plan:
- SRP 4 quadrants, 2 visits w/ local; start UR/LR [[DATE:12/3]]
- {{drug:Peridex}} 0.12% rinse BID x 2 wk after SRP
- composites #19, #30 after SRP
- letter to PCP Dr. [[NAME:Hany Soliman]] re: perio-diabetes link
OHI given: water flosser, interdental brushes. Pt motivated.
[[NAME:Rana Mikhail]], RDH / Dr. [[NAME:A. Girgis]], DMD
""", summary="""
[[NAME:Yasmin Abdelaziz]], who has poorly controlled diabetes ({{lab:A1c 8.1}}), was diagnosed with Stage III Grade B periodontitis and caries on #19 and #30. Scaling and root planing starts [[DATE:12/3]], followed by {{drug:Peridex}} rinse and fillings.
"""),

    dict(style="oral_surgery_op_note", note="""
OMFS OPERATIVE NOTE
Pt: [[NAME:de Groot, Joost]]     {{age:18}} M     DOS [[DATE:11/20/2025]]     Acct [[MRN:7702981145]]
{{score:ASA I}}. {{score:Mallampati II}}. NPO since midnight. Escort: mother [[NAME:Sanne de Groot]].
Procedure: extraction #1, #16 (erupted), #17, #32 (full bony impacted, sectioned).
Anesthesia: IV moderate/deep sedation -- {{drug:midazolam}} {{dose:5 mg}}, {{drug:fentanyl}} {{dose:100 mcg}}, {{drug:propofol}} titrated
(total {{dose:180 mg}}). Local: {{drug:lidocaine}} 2% 1:100,000 epi x 4 carpules ({{dose:7.2 mL}}), {{drug:Marcaine}} 0.5%
1:200,000 epi x 2 carpules ({{dose:3.6 mL}}).
Monitoring: {{vital:SpO2 97-100%}}, EtCO2 via nasal cannula, {{vital:BP 118/70}}-132/84.
Findings: #32 roots in close proximity to IAN canal on panorex; no nerve exposure. Sockets irrigated, 3-0 chromic.
{{drug:Decadron}} {{dose:8 mg}} IV given. EBL 30 mL. No complications.
D/C to mother 10:45, alert. Rx: {{drug:ibuprofen}} {{dose:600 mg}} q6h, {{drug:acetaminophen}} {{dose:500 mg}} q6h staggered,
{{drug:chlorhexidine}} rinse starting tomorrow. Post-op check [[DATE:12/1]] PRN.
[[NAME:P. Vermeulen]], DDS, MD
""", summary="""
[[NAME:Joost de Groot]], {{age:18}}, had all four third molars removed under IV sedation on [[DATE:11/20/2025]] without complications; the bony #32 lay close to the nerve canal, but the nerve was not exposed. He went home with his mother on {{drug:ibuprofen}} and {{drug:acetaminophen}}.
"""),

    dict(style="dental_phone_triage", note="""
phone msg [[DATE:11/21]] 4:45p -- [[NAME:nour khoury]] called, L lower jaw swelling x2 days, tooth #18 broke last month, now
swelling going down toward neck, hard to open mouth (~2 fingers), hurts to swallow, temp {{vital:101.2}} at home. took
{{drug:advil}} {{dose:600 mg}} at 2p. allergic to pcn (hives). no trouble breathing, voice normal.
told her to go to ER tonight to r/o deep space infection / {{eponym:Ludwig angina}}, not to wait for our am slot.
she said her husband [[NAME:elias]] can drive her to st. joseph's. cb [[PHONE:313 555 0196]].
dr [[NAME:saab]] aware, said ok to page him if ER calls (pgr [[PHONE:4412]]). will f/u tmrw am.
--[[NAME:jd]]
""", summary="""
[[NAME:Nour Khoury]] called with two days of left lower jaw swelling from a broken tooth #18, trismus, and fever of {{vital:101.2}}. She was sent to the ER that night to rule out deep space infection, and Dr. [[NAME:Saab]] was informed.
"""),

    dict(style="omfs_consult_dictation", note="""
omfs consult dictation. patient is [[NAME:dieter vogel]] that's [[NAME:vogel]] with a v, {{age:thirty-one}} year old male seen in the
emergency department on [[DATE:november fifteenth twenty twenty five]] after being assaulted outside a bar on [[ADDRESS:south halsted]],
struck with fist to the left jaw. complains of malocclusion and numbness of the lower lip on the left. ct face shows a
displaced left parasymphyseal fracture and a right mandibular angle fracture with tooth thirty-two in the line, no
{{eponym:le fort}} pattern, orbits intact. exam, step-off between teeth twenty-two and twenty-three, sublingual hematoma, trismus
twenty-five millimeters, v three hypoesthesia left. {{score:glasgow coma scale fifteen}}. plan open reduction internal fixation
of both fractures with extraction of thirty-two, scheduled for [[DATE:monday the seventeenth]], started on {{drug:unasyn}}
{{dose:three grams}} iv q six, {{drug:peridex}} rinses, full liquid diet. discussed with doctor [[NAME:brandt]] who agrees. his
girlfriend [[NAME:heike]] is at bedside. end of dictation, [[NAME:m. schulz]], omfs resident.
""", summary="""
[[NAME:Dieter Vogel]], {{age:31}}, was assaulted on [[DATE:November 15, 2025]] and has displaced left parasymphyseal and right angle mandible fractures with left lip numbness. ORIF with removal of tooth #32 is planned for [[DATE:Monday the 17th]], with IV {{drug:Unasyn}} started.
"""),

    dict(style="teledermatology_econsult", note="""
E-CONSULT (store-and-forward) -- Dermatology
Requesting: [[NAME:Kristin Haugland]], NP, at the senior living clinic ([[EMAIL:khaugland@pinecrestliving.org]])
Pt: [[NAME:Olav Lindahl]], [[AGE:90]] yo M, MRN [[MRN:5018834]]
Question: "new crusted bump R temple x 2 mo, growing quickly. Daughter [[NAME:Britt]] worried it's cancer. Pt is
[[AGE:ninety]] and doesn't want a lot of procedures -- is this something we can watch?"
Photos received [[DATE:11/20]] (3 images, one with ruler): 1.4 cm dome-shaped nodule with central keratin plug, rolled
rim, surrounding actinic damage. Meds: {{drug:Eliquis}} {{dose:2.5 mg}} BID, {{drug:donepezil}} {{dose:10 mg}}.

Response ([[DATE:11/21/2025]]) -- [[NAME:Sven Bergström]], MD, Dermatology:
Most consistent with keratoacanthoma-type SCC. KAs can regress, but SCC cannot be excluded and rapid growth on the
temple can become hard to manage. Recommend shave biopsy, which can be done in clinic in 10 minutes; no need to hold
{{drug:Eliquis}}. If confirmed and the family prefers minimal treatment, ED&C or intralesional {{drug:methotrexate}} are
reasonable options instead of excision. Happy to see Mr. [[NAME:Lindahl]] -- schedule via [[PHONE:(612) 555-0115]].
""", summary="""
NP [[NAME:Kristin Haugland]] sent an e-consult about a fast-growing crusted nodule on the right temple of [[NAME:Olav Lindahl]], [[AGE:90]]. Dr. [[NAME:Sven Bergström]] suspected keratoacanthoma-type SCC and recommended a shave biopsy without stopping {{drug:Eliquis}}.
"""),
]
