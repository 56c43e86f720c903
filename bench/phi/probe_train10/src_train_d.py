NOTES = [
    dict(style="urology_consult", note="""
UROLOGY CONSULT - [[DATE:1/4/2025]] 02:15
Pt: [[NAME:Cornelius Foley]]   {{age:84}}M   MRN [[MRN:5100273]]   Bed 7W-22
Requested by: hospitalist Dr. [[NAME:Anjali Menon]] for failed {{eponym:Foley}} placement x2 by nursing.

HPI: Mr. [[NAME:Foley]] was admitted yesterday with pneumonia; now suprapubic pain and no void x 10 h, bladder scan 980 mL. Known BPH on {{drug:Flomax}} {{dose:0.4 mg}}, no prior prostate surgery. Nursing ([[NAME:J. Amadi]], RN) met resistance at the membranous urethra with 16 Fr and 14 Fr straight catheters; small amount of blood at the meatus.
Exam: distended bladder. Uncircumcised, no meatal stenosis. Prostate ~60 g, smooth, nontender.
Procedure: 18 Fr coude catheter passed easily with 10 mL lidocaine jelly; 1,050 mL clear yellow urine. Balloon inflated with 10 mL sterile water. Tolerated well.

Plan:
- keep {{eponym:Foley}} (coude tip) 7 days; continue {{drug:Flomax}}; start {{drug:finasteride}} {{dose:5 mg}} daily
- watch for post-obstructive diuresis: UOP q1h x 6 h, replace half of UOP > 200 mL/h with 0.45 NS
- {{lab:Cr 1.9}} (baseline 1.0), recheck AM
- do NOT remove or exchange the catheter without urology; if dislodged call urology on call [[PHONE:617-555-0110]] or pager [[PHONE:39012]]
- voiding trial in clinic with Dr. [[NAME:Marshall]] around [[DATE:Jan 13]]
Son [[NAME:Declan]] (HCP) updated at bedside.
[[NAME:Rhys Okonjo-Bright]], MD, Urology PGY-3
""", summary="""
Urology placed an 18 Fr coude {{eponym:Foley}} for urinary retention in [[NAME:Cornelius Foley]], {{age:84}}, on [[DATE:1/4/2025]] after failed nursing attempts; {{drug:finasteride}} was added and a voiding trial planned.
"""),

    dict(style="orthopaedic_clinic_letter", note="""
Orthopaedic Fracture Clinic
Patient: [[NAME:Sydney Weber]]    DOB: [[DATE:17/05/2006]]    NHS No: [[MRN:485 777 3921]]    Seen: [[DATE:21/02/2025]]
Consultant: Mr [[NAME:Callum Reid]]    Seen by: Dr [[NAME:F. Amin]] (ST4)

[[NAME:Sydney]] is an {{age:18}} year old university footballer who inverted her right ankle in a tackle on [[DATE:Saturday 15th February]]. She met the {{eponym:Ottawa}} ankle rules in ED and was placed in a boot.

Radiographs: isolated lateral malleolus fracture at the level of the syndesmosis, {{eponym:Weber}} B. Weight-bearing mortise view today: medial clear space 3 mm, no talar shift.
Exam: lateral swelling and bruising, no medial tenderness, neurovascularly intact.

Plan: stable {{eponym:Weber}} B fracture - non-operative. Walking boot, full weight bearing as comfortable, for 6 weeks. {{drug:Ibuprofen}} {{dose:400 mg}} TDS PRN with food. VTE risk assessed as low; no prophylaxis. Review in 2 weeks with a repeat weight-bearing X-ray. Physiotherapy referral made.

She asked about a squad trip to [[ADDRESS:Sydney]] in late April; she should be out of the boot by then but no competitive play until cleared. Her mum [[NAME:Karin Weber]] was present.

Dictated but not read.
[[NAME:FA]]/[[NAME:CR]]
""", summary="""
[[NAME:Sydney Weber]], {{age:18}}, has a stable {{eponym:Weber}} B ankle fracture from [[DATE:15th February]] managed in a walking boot with review in two weeks.
"""),

    dict(style="sports_medicine_note", note="""
Sports Medicine - New Patient
[[DATE:2025-04-08]] | [[NAME:HAWKINS, JORDAN E]] | {{age:20}} M | MRN [[MRN:88213407]]
CC: R shoulder pain x 6 wks, worse throwing.
HPI: Right-handed college pitcher, pain in late cocking and acceleration. Velocity down from 91 to 86 mph per his coach [[NAME:Rick Delgado]]. No instability episodes, no numbness or tingling.
Exam R shoulder: FF 170, ER at 90 abd 120 (L 105), IR 35 (L 60) - GIRD 25 deg. {{eponym:Hawkins-Kennedy}} +, {{eponym:Neer}} +, empty can ({{eponym:Jobe}}) painful, strength {{score:5/5}}. {{eponym:O'Brien}} neg, {{eponym:Speed}}'s neg, relocation neg, sulcus neg. Scapular dyskinesis type II.
XR: normal.
A: R shoulder internal impingement / rotator cuff tendinopathy with GIRD. Low suspicion for SLAP tear.
P:
 1. No throwing x 2 wks; sleeper stretch, scapular stabilization - PT with [[NAME:Aoife Ní Bhriain]], DPT
 2. {{drug:naproxen}} {{dose:500 mg}} BID x 10 days with food
 3. interval throwing program after 2 wks if pain free
 4. MR arthrogram if not improving by 6 wks
Athletic trainer [[NAME:Bea Okoro]], ATC (cell [[PHONE:205-555-0163]]) cc'd.
[[NAME:L. Castellanos]], MD
""", summary="""
[[NAME:Jordan Hawkins]], a {{age:20}}-year-old pitcher, has right shoulder internal impingement with a positive {{eponym:Hawkins-Kennedy}} test and was rested from throwing with PT and {{drug:naproxen}}.
"""),

    dict(style="obstetric_admission_note", note="""
L&D Admission Note - Induction of Labor
[[DATE:03/18/2025]] 19:30
[[NAME:Savannah Bishop]], {{age:29}} yo G2P1001 at 39w4d by LMP c/w 8 wk US, here for scheduled IOL for gestational hypertension. MRN [[MRN:1184-3302]].
PNL: O pos, antibody screen neg, rubella immune, HIV/HBsAg/RPR neg, GBS neg ([[DATE:2/25]]).
Vitals: {{vital:BP 144/92}}, repeat {{vital:BP 138/88}}, {{vital:HR 84}}, afebrile.
Labs: {{lab:plt 212}}, {{lab:AST 24}}, {{lab:ALT 19}}, {{lab:Cr 0.6}}, {{lab:UPC 0.18}}.
SVE: 1/50/-2, soft, mid. {{score:Bishop score 6}}.
FHT: cat I, baseline 135, moderate variability, + accels. Toco: irregular mild ctx.
OB hx: SVD 2021, 3450 g, uncomplicated.
Plan:
- {{eponym:Foley}} balloon now, then {{drug:Pitocin}} per protocol
- continuous EFM
- epidural on request
- {{drug:labetalol}} per protocol for {{vital:BP >=160/110}}
- plans to breastfeed, desires {{drug:Nexplanon}} postpartum
Husband [[NAME:Trey]] at bedside. Discussed with Dr. [[NAME:Kerr]], attending on call tonight.
[[NAME:Mei-Ling Forsythe]], CNM
""", summary="""
[[NAME:Savannah Bishop]], {{age:29}}, was admitted on [[DATE:03/18/2025]] for induction for gestational hypertension with a {{score:Bishop score 6}}; a {{eponym:Foley}} balloon and {{drug:Pitocin}} were planned.
"""),

    dict(style="obstetric_operative_note", note="""
CESAREAN DELIVERY - OPERATIVE NOTE
Patient: [[NAME:Madison Oyelowo-Grant]]    MRN: [[MRN:62094418]]    FIN: [[MRN:1700284519]]    Date: [[DATE:7-Jul-2025]]
Surgeon: [[NAME:Fiona Kerr]], MD     Assistant: [[NAME:Abebe Tadesse]], MD (PGY-3)
Anesthesia: spinal, Dr. [[NAME:Lindholm]]

Preop dx: IUP at 40w1d, arrest of descent, persistent OP.
Postop dx: same.
Procedure: primary low transverse cesarean section; {{eponym:Pfannenstiel}} skin incision; {{eponym:Kerr}} uterine incision.
Findings: viable female infant from OP, 3,910 g, {{score:Apgars 8 and 9}} at 1 and 5 minutes. Clear fluid. Normal uterus, tubes and ovaries.
QBL 820 mL. IVF 2 L. UOP 150 mL clear via {{eponym:Foley}}.

Description: After adequate spinal anesthesia the patient was prepped and draped in dorsal supine position with left tilt. {{eponym:Pfannenstiel}} incision, fascia incised and extended, rectus muscles separated. Bladder flap created. A low transverse ({{eponym:Kerr}}) hysterotomy was made and extended bluntly. The fetal head was disimpacted from the pelvis by the assistant from below and the infant delivered atraumatically. Delayed cord clamping 60 s. Placenta delivered by gentle traction, intact, 3VC. Hysterotomy closed in two layers. Hemostasis assured. Fascia closed with running suture, skin with subcuticular suture.
Counts correct x 2. Partner [[NAME:Jamal]] present for the birth. Pt plans to go home to [[ADDRESS:Madison]] with her mother after discharge.
To PACU in stable condition.
[[NAME:F. Kerr]], MD
""", summary="""
[[NAME:Madison Oyelowo-Grant]] had a primary cesarean on [[DATE:7-Jul-2025]] for arrest of descent via {{eponym:Pfannenstiel}} and {{eponym:Kerr}} incisions, delivering a healthy girl with {{score:Apgars 8 and 9}}.
"""),

    dict(style="physiotherapy_assessment", note="""
PHYSIOTHERAPY - FALLS CLINIC ASSESSMENT
Client: [[NAME:Ingrid Berg]] (prefers "[[NAME:Inge]]")   Age [[AGE:91]]   DOB [[DATE:02.03.1933]]   Date [[DATE:12/11/2024]]
Referred by: GP Dr [[NAME:Hamish van der Merwe]]

Mrs [[NAME:Berg]] is a [[AGE:91]] y/o widow living alone in a 2nd floor flat with lift at [[ADDRESS:14 Fenwick Close]]. Daughter [[NAME:Solveig]] visits daily. 3 falls in 6 months, all indoors at night going to the toilet.
Meds: {{drug:zopiclone}} {{dose:7.5 mg}} nocte, {{drug:amlodipine}} {{dose:5 mg}}, {{drug:furosemide}} {{dose:40 mg}} mane.

Outcome measures:
 - {{score:Berg Balance Scale 38/56}} (high falls risk)
 - {{score:TUG 21 s}} with 4-wheeled walker
 - {{eponym:Romberg}}: EO steady; EC marked sway - positive
 - 30 s sit-to-stand: 5
 - Orthostatics: {{vital:BP 142/80}} supine, {{vital:BP 118/70}} at 3 min standing, dizzy

Impression: multifactorial falls risk - postural hypotension, night sedation, deconditioning, reduced proprioception.
Plan: Otago home exercise programme 3x/week; night light and bedside commode; pendant alarm; letter to GP re {{drug:zopiclone}}, orthostatic drop and checking {{lab:B12}}. Review 4 weeks.

[[NAME:Priya Raghunathan]], MCSP, Physiotherapist
""", summary="""
[[NAME:Ingrid Berg]], [[AGE:91]], scored {{score:Berg Balance Scale 38/56}} with a positive {{eponym:Romberg}} and orthostatic drop; an Otago programme was started and her GP asked to review {{drug:zopiclone}}.
"""),

    dict(style="icu_progress_note", note="""
MICU PROGRESS NOTE - ICU Day 3
[[NAME:DUFFY, MAUREEN P]]   {{age:68}}F   MRN [[MRN:7004512]]   [[DATE:09/09/2025]]

24h events: off {{drug:vasopressin}} at 02:00; {{drug:norepinephrine}} down to {{dose:0.04 mcg/kg/min}}. ERCP yesterday with sphincterotomy and stent, pus drained. Blood bank: antibody screen positive, anti-Fy(a) identified ({{eponym:Duffy}} system); Fy(a)-negative units sourced; 1 unit given overnight for {{lab:Hgb 6.8}}.

Neuro: {{score:GCS 14}} (E4V4M6), CAM-ICU negative today.
Resp: 2 L NC, {{vital:SpO2 95%}}, {{vital:RR 18}}.
CV: {{vital:MAP 68}}, {{vital:HR 96}} sinus.
Renal: {{lab:Cr 1.8}} (2.3), UOP 0.6 mL/kg/h via {{eponym:Foley}}.
ID: {{lab:WBC 14.2}} (22.1). BCx [[DATE:9/7]] E. coli, pan-sensitive; narrowed {{drug:Zosyn}} to {{drug:ceftriaxone}} {{dose:2 g}} daily.
GI: clears, advance. Heme: {{lab:plt 88}}, {{lab:INR 1.4}}. Endo: SSI, glucose 140-190.

A/P: {{age:68}}F septic shock from ascending cholangitis, improving.
 - wean norepinephrine off, MAP goal >= 65
 - transfuse only for Hgb < 7, Fy(a)-neg units only; blood bank [[NAME:Carol]] x[[PHONE:6641]]
 - remove {{eponym:Foley}} once off pressors
 - lap chole this admission (Dr. [[NAME:McTavish]])
 Family: husband [[NAME:Fergus]] arrived from [[ADDRESS:Glasgow]] last night, updated at bedside; wants a daily call on [[PHONE:+44 7700 900461]].
Critical care time 35 min.
[[NAME:Sunita Bhattacharya]], MD - Critical Care
""", summary="""
[[NAME:Maureen Duffy]], {{age:68}}, is improving from septic shock due to cholangitis after ERCP; she has an anti-Fy(a) ({{eponym:Duffy}}) antibody, so only antigen-negative blood is to be given.
"""),

    dict(style="prior_authorization_request", note="""
PRIOR AUTHORIZATION REQUEST - SPECIALTY MEDICATION
To: Desert Sun Health Plan, Pharmacy Dept.    Fax [[PHONE:1-888-555-0172]]
From: Valley Eye & Orbit Associates    Ph [[PHONE:602-555-0119]]    Fax [[PHONE:602-555-0120]]
Date: [[DATE:02/03/25]]

Member: [[NAME:TRUJILLO, PHOENIX M]]    DOB: [[DATE:04/29/1978]]    Member ID: [[MRN:DSH884302117]]    Group: [[MRN:77120]]
SSN (last 4, plan requires): [[SSN:6613]]
Address: [[ADDRESS:3318 W Camelback Rd Apt 12, Phoenix, AZ 85017]]

Drug requested: {{drug:Tepezza}} ({{drug:teprotumumab-trbw}}) {{dose:10 mg/kg}} IV x 1, then {{dose:20 mg/kg}} IV q3 weeks x 7 (8 infusions). Weight 71 kg.
Diagnosis: {{eponym:Graves}} orbitopathy, active, moderate-to-severe.
Clinical activity score {{score:CAS 5/7}}. Proptosis 25 mm OD / 24 mm OS ({{eponym:Hertel}}). Constant diplopia in primary gaze.
Prior therapy: IV {{drug:methylprednisolone}} 4.5 g cumulative, completed Sept 2024 - partial response, limited by hyperglycemia ({{lab:A1c 8.1%}}).
Thyroid status: euthyroid on {{drug:methimazole}} {{dose:5 mg}}; {{lab:TSH 1.3}}, {{lab:FT4 1.1}}.

Prescriber: [[NAME:Anneliese Brandt-Okafor]], MD    NPI [[MRN:1598827364]]
Questions: [[NAME:Tiffany Vo]], PA coordinator, [[EMAIL:tvo@valleyeyeorbit.com]], x[[PHONE:214]]
URGENT - first infusion scheduled [[DATE:Feb 24]].
""", summary="""
A prior authorization was faxed on [[DATE:02/03/25]] for {{drug:Tepezza}} for [[NAME:Phoenix Trujillo]]'s active {{eponym:Graves}} orbitopathy ({{score:CAS 5/7}}) after a partial response to IV steroids.
"""),

    dict(style="handoff_list", note="""
ORTHO FLOOR SIGN-OUT    [[DATE:Sun 6/1]]    night [[NAME:JDR]] -> day [[NAME:AK]]

Rm    | Pt                      | Age | Dx / POD                   | To do / watch
4N-01 | [[NAME:Hunter, Glenys]]         | [[AGE:97]]  | L hip IMN, POD1            | {{lab:Hgb 7.9}}, recheck 0400; delirium, sitter ok; {{drug:Eliquis}} held until POD2
4N-03 | [[NAME:Lewis, Aurelio]]         | {{age:52}}  | R TKA, POD0                | pain ok with block; {{eponym:Foley}} out at 0600; {{drug:Lovenox}} {{dose:40 mg}} daily
4N-06 | [[NAME:Mallory Hsu]]            | {{age:24}}  | tib plateau ORIF, POD2     | compartment checks q4h, soft; home tmrw if PT clears
4N-08 | [[NAME:Bruce O'Kane]]           | {{age:66}}  | L TSA, POD1                | L hand numbness improving; wife [[NAME:Deb]] calls ~2100, [[PHONE:414-555-0131]]
4N-11 | [[NAME:Miller, Ezekiel]] "[[NAME:Zeke]]" | {{age:38}}  | open tib fx, s/p I&D #2    | {{drug:cefazolin}} + {{drug:gentamicin}}, trough due 2200; back to OR Tues w/ Dr. [[NAME:Lewis]]
4N-14 | [[NAME:Adeyemi-Holt, Precious]]  | {{age:71}}  | periprosthetic fx, pre-op  | NPO after MN, type & screen sent, {{lab:K 3.2}} - repleted

Cross-cover pager [[PHONE:5512]]. Attending on call Dr. [[NAME:Holmes]].
""", summary="""
Night-to-day ortho sign-out for [[DATE:6/1]] lists six patients, including [[NAME:Glenys Hunter]], [[AGE:97]], with a hip nail and {{lab:Hgb 7.9}}, and [[NAME:Ezekiel Miller]] returning to the OR with Dr [[NAME:Lewis]].
"""),

    dict(style="urogynecology_note", note="""
Urogynecology New Patient Visit    [[DATE:September 30, 2024]]
Patient: [[NAME:Florence Ng]]    {{age:57}}    G3P3    Self-referred
Provider: [[NAME:Evangeline Marshall]], MD, FPMRS

CC: leaks urine with coughing, running and lifting her grandchildren x 3 yrs; 3-4 pads/day. Nocturia x 2, no urgency. Voiding diary: 1.8 L intake, 7 voids/day.
Meds: {{drug:losartan}} {{dose:50 mg}}, {{drug:Vivelle-Dot}} {{dose:0.05 mg}}.
Exam: mild atrophy. POP-Q: Aa -1, Ba -1, C -7; stage I anterior. Cough stress test positive at 300 mL. Q-tip angle 45 deg. {{eponym:Marshall}} ({{eponym:Bonney}}) test: leakage stops with bladder neck elevation. PVR 25 mL by scan. UA negative.
A: stress urinary incontinence with urethral hypermobility; no significant prolapse.
P: discussed pelvic floor PT, pessary, midurethral sling and bulking agents. She prefers PT first; referral to [[NAME:Chiara Lombardi]], PT, who has an office in [[ADDRESS:Florence]] near her home. Bring diary. Return 3 months; urodynamics and sling discussion if PT fails.
""", summary="""
[[NAME:Florence Ng]], {{age:57}}, has stress urinary incontinence with urethral hypermobility and a positive {{eponym:Marshall}} test, and chose pelvic floor physiotherapy first.
"""),

    dict(style="ob_triage_note", note="""
OB TRIAGE NOTE    [[DATE:11/02/2024]] 22:48
[[NAME:Georgia Lewis]]  {{age:31}}  G1P0 @ 33w2d  EDD [[DATE:12/26/2024]]  MRN [[MRN:2207739]]
CC: decreased fetal movement since this afternoon.
HPI: counted < 10 movements in 2 h after dinner; now feeling some movement in triage. No LOF, VB or contractions.
Prenatal: A pos; antibody screen positive - anti-Le(a) ({{eponym:Lewis}} blood group), titer 1:4. Per MFM (Dr. [[NAME:Abdi]]) IgM, not associated with HDFN; no further titers needed.
{{vital:BP 116/70}}, {{vital:HR 90}}, {{vital:T 36.8}}.
NST: baseline 140, moderate variability, 15x15 accels x 3 in 20 min, reactive, no decels. Toco quiet.
US: {{score:BPP 8/8}}, AFI 13.
A/P: decreased fetal movement with reassuring testing. Kick counts reviewed; d/c home with return precautions. Keep MFM appt [[DATE:Thurs 11/7]].
Partner [[NAME:Shay]] present.
[[NAME:R. Castillo-Young]], MD (OB PGY-1) / attending Dr. [[NAME:Wren]]
""", summary="""
[[NAME:Georgia Lewis]] at 33 weeks had reassuring testing ({{score:BPP 8/8}}) for decreased fetal movement and was discharged; her anti-Le(a) ({{eponym:Lewis}}) antibody is not clinically significant.
"""),

    dict(style="preparticipation_exam", note="""
Pre-participation Physical Evaluation - Sports Medicine
Athlete: [[NAME:Adams, Callum]]    Age {{age:15}}    Sport: cross-country / track
Date: [[DATE:8/12/2025]]    Accompanied by father, [[NAME:Bruce Adams]]

History: father reports a paternal uncle died suddenly at {{age:34}} while jogging ("enlarged heart"). [[NAME:Callum]] denies exertional syncope, chest pain or palpitations.
Exam: {{vital:BP 118/68}}, {{vital:HR 58}}. Soft {{score:1/6}} systolic murmur LLSB, softer with Valsalva and standing. No {{eponym:Marfan}} features. {{eponym:Adams}} forward bend test: mild R thoracic prominence, scoliometer 6 deg. Full ROM, strength {{score:5/5}} throughout.
ECG: sinus bradycardia 54, incomplete RBBB; normal by {{eponym:Seattle}} criteria.

Plan:
- FHx of sudden cardiac death < 35 y: echo and treadmill test ({{eponym:Bruce}} protocol) before clearance - cardiology, Dr. [[NAME:Nkemelu]]
- PA/lateral standing scoliosis films
- Clearance DEFERRED pending echo
Forms faxed to the athletic department [[PHONE:262-555-0148]].
[[NAME:Kristin Haugland]], MD, CAQSM
""", summary="""
Clearance for [[NAME:Callum Adams]], {{age:15}}, was deferred pending an echo and {{eponym:Bruce}} protocol treadmill test because of a family history of sudden death; a positive {{eponym:Adams}} forward bend test led to scoliosis films.
"""),

    dict(style="physiotherapy_daily_note", note="""
PT Daily Note - visit 9 of 24 authorized
S: Pt reports knee "feels stable" on stairs. Pain {{score:2/10}} after sessions, {{score:0/10}} at rest. Swelling down. Back at desk work full time.
O:
 - ROM R knee 0-0-132 (L 0-3-140)
 - effusion: trace (stroke test)
 - {{eponym:Lachman}}: firm endpoint, graft intact
 - no quad lag; SLR 3 x 15
 - single-leg squat: mild dynamic valgus; {{eponym:Trendelenburg}} sign negative
 - {{eponym:Thomas}} test: tight rectus femoris R
 - {{eponym:Ober}} test: negative
 - quad LSI (hand-held dynamometer) 71%
Tx: bike 10 min; leg press 3 x 10; eccentric step-downs; Nordic hamstring curls x 6; Copenhagen plank 3 x 20 s; balance board.
A: 12 wks s/p R ACL reconstruction (BTB autograft), progressing per protocol; quad strength is the limiting factor. Not yet cleared to run (needs LSI >= 80%, no effusion, good SL squat).
P: 2x/wk x 4 wks; start running progression at next reassessment if criteria met. HEP updated and reviewed.
""", summary="""
Twelve weeks after right ACL reconstruction the patient has a stable {{eponym:Lachman}} and full extension but quadriceps strength at 71%, so running is not yet cleared.
"""),

    dict(style="icu_progress_note", note="""
MICU Progress - [[DATE:Tue 4/15/25]]
ID: [[NAME:Mallory Chen]], {{age:42}}F, HD#2, MRN [[MRN:3015589]]
Brief: heavy EtOH use, 1 day of retching then hematemesis. EGD [[DATE:4/14]] (Dr. [[NAME:Varga]]): 2 cm {{eponym:Mallory-Weiss}} tear with visible vessel, clipped x 2 + epi. No varices. {{score:Glasgow-Blatchford 12}}.
Overnight: no further hematemesis; 1 maroon stool at 0300. {{score:CIWA 14}} max, {{drug:Ativan}} {{dose:2 mg}} x 2.
Vitals: {{vital:HR 104}} -> {{vital:HR 88}}, {{vital:BP 112/70}}, afebrile, {{vital:SpO2 98%}} RA.
Labs: {{lab:Hgb 7.4}} <- 8.1 <- 6.9 (2 u PRBC total), {{lab:plt 96}}, {{lab:INR 1.3}}, {{lab:Mg 1.4}}, {{lab:phos 1.9}}.
Plan:
 GI bleed: {{drug:pantoprazole}} {{dose:40 mg}} IV BID; Hgb q6h; transfuse < 7; GI aware, repeat scope if rebleed.
 EtOH withdrawal: CIWA protocol; {{drug:thiamine}} {{dose:500 mg}} IV TID; folate, MVI; replete Mg/phos.
 Dispo: floor tomorrow if Hgb stable x 12 h; SW and addiction medicine consults - pt open to it.
 Contact: sister [[NAME:Vivian Chen]] [[PHONE:(929) 555-0175]], lives in [[ADDRESS:Brooklyn]].
-- [[NAME:D. Abernathy-Sole]], NP / Dr. [[NAME:Ilse Vandermeer]]
""", summary="""
[[NAME:Mallory Chen]], {{age:42}}, is stable in the ICU after clipping of a bleeding {{eponym:Mallory-Weiss}} tear on [[DATE:4/14]], with alcohol withdrawal treated per CIWA.
"""),

    dict(style="pharmacy_consult_note", note="""
PHARMACY CLINICAL NOTE - Time-critical medications ({{eponym:Parkinson}} disease)
Patient: [[NAME:Victoria Stanhope]]    {{age:81}}F    5 Ortho Rm 512    MRN [[MRN:4093318]]
Date: [[DATE:2024-12-03]]

Consulted by [[NAME:T. Nguyen]], RN re late doses. Pt with {{eponym:Parkinson}} disease since ~2015, s/p R hip hemiarthroplasty [[DATE:12/1]]. Home regimen confirmed with husband [[NAME:Harold]] and her neurologist, Dr. [[NAME:Adebisi]]:
 - {{drug:Rytary}} {{dose:48.75/195 mg}} 2 caps 5x/day (0600, 1000, 1400, 1800, 2200)
 - {{drug:rasagiline}} {{dose:1 mg}} daily
MAR: on POD1 the 0600 and 1000 doses were given at 0815 and 1140; PT reports more rigidity and freezing.

Recommendations:
 1. Flag {{drug:Rytary}} as time-critical: exact administration times, 30-min window.
 2. Patient's own supply of {{drug:Rytary}} (non-formulary) verified and released to the unit.
 3. AVOID {{drug:Reglan}} ({{drug:metoclopramide}}), {{drug:Haldol}} and {{drug:Compazine}}. For nausea use {{drug:ondansetron}} {{dose:4 mg}}; for agitation low-dose {{drug:quetiapine}} {{dose:12.5 mg}}.
 4. {{drug:Tramadol}} PRN + {{drug:rasagiline}}: serotonin syndrome risk - recommend d/c {{drug:tramadol}}, use {{drug:oxycodone}} {{dose:2.5 mg}} q4h PRN.
Discussed with ortho PA [[NAME:Gemma Liddell]]; orders updated.
[[NAME:Josefina Ibáñez]], PharmD, BCPS ([[NAME:jibanez2]])  x[[PHONE:7730]]
""", summary="""
Pharmacy advised exact timing of {{drug:Rytary}} for [[NAME:Victoria Stanhope]], {{age:81}}, with {{eponym:Parkinson}} disease after hip surgery, avoidance of {{drug:Reglan}} and {{drug:Haldol}}, and replacing {{drug:tramadol}} because of {{drug:rasagiline}}.
"""),

    dict(style="orthopaedic_operative_note", note="""
OPERATIVE REPORT - ORTHOPAEDICS
Patient: [[NAME:BELL, HUBERT W]]    Age: [[AGE:96]]    MRN: [[MRN:01-227-4406]]    DOS: [[DATE:December 22, 2024]]
Surgeon: [[NAME:Yusuf Karakaya]], MD    Assist: [[NAME:Janelle Prudhomme]], PA-C
Preop dx: displaced L femoral neck fracture ({{eponym:Garden}} IV).
Procedure: L hip cemented bipolar hemiarthroplasty, posterior approach.
Anesthesia: spinal + fascia iliaca block.
EBL 250 mL; 1 u PRBC intra-op for {{lab:Hgb 8.2}}. Transient {{vital:BP 96/50}} after cementing, treated with {{drug:phenylephrine}} {{dose:100 mcg}}.

Indications: Mr. [[NAME:Bell]] is a [[AGE:ninety-six]]-year-old man who fell at home. Remote {{eponym:Hodgkin}} lymphoma treated with mantle radiation in 1979, CKD 3, AF on {{drug:Eliquis}} (last dose [[DATE:12/20]] AM). Goals of care discussed with the patient and his niece [[NAME:Rosemary Quaid]], who holds POA: full surgical treatment, DNR.
Description: Identified in holding, site marked. Lateral decubitus. Posterior approach with gluteus maximus split; short external rotators and capsule tagged. Neck cut 1 cm above the lesser trochanter, head removed and sized. Canal prepared; cement restrictor; cemented stem size 3 with a 48 mm bipolar head. Stable through range of motion. Capsule and rotators repaired through drill holes. Layered closure. {{eponym:Foley}} placed in the room, out POD1.
Post-op: WBAT, posterior hip precautions; resume {{drug:Eliquis}} POD1 evening if no bleeding; geriatrics co-management (Dr. [[NAME:Thandiwe Mokoena]]).
""", summary="""
[[NAME:Hubert Bell]], [[AGE:96]], underwent a cemented bipolar hemiarthroplasty on [[DATE:December 22, 2024]] for a {{eponym:Garden}} IV femoral neck fracture, with {{drug:Eliquis}} to resume on POD1.
"""),

    dict(style="urology_clinic_note", note="""
Urology Clinic Note
Visit: [[DATE:May 6, 2025]]    Provider: [[NAME:Uchenna Obi]], MD    MA: [[NAME:Kasey]]
Patient: [[NAME:Jericho Thibodeaux]], {{age:54}} M, MRN [[MRN:5563029]]

HPI: Mr. [[NAME:Thibodeaux]] has 9 months of dorsal penile curvature with a palpable plaque. Pain with erections has resolved; curvature stable for 4 months by photos, now interfering with intercourse. Erections adequate on {{drug:Cialis}} {{dose:5 mg}} daily. {{score:IIEF-5 17}}. DM2 ({{lab:A1c 7.2%}}); prior {{eponym:Dupuytren}} contracture release L hand.
Exam: 1.5 cm dorsal mid-shaft plaque; stretched length 12.5 cm; testes normal.
Duplex US after intracavernosal {{drug:Trimix}}: 50 deg dorsal curvature, no calcification, PSV 38 cm/s, EDV 2 cm/s.
A: {{eponym:Peyronie}} disease, stable phase, 50 deg dorsal curvature.
P: reviewed observation, traction, intralesional {{drug:Xiaflex}} ({{drug:collagenase}}; up to 8 injections over ~24 weeks) and plication. He prefers {{drug:Xiaflex}}; benefits verification started by [[NAME:Dina]] in our authorization office, [[PHONE:516-555-0155]]. He lives in [[ADDRESS:Jericho]] and commutes to [[ADDRESS:Manhattan]], so we will try to book injections on Fridays.
RTC after approval.
""", summary="""
[[NAME:Jericho Thibodeaux]], {{age:54}}, has stable-phase {{eponym:Peyronie}} disease with 50-degree curvature and chose {{drug:Xiaflex}} injections pending insurance approval.
"""),

    dict(style="postpartum_progress_note", note="""
POSTPARTUM PROGRESS NOTE - PPD#1
[[NAME:Brooklyn Osei-Mensah]]   {{age:26}}   G1P1   s/p NSVD [[DATE:2/9/25]] 21:14 with epidural   MRN [[MRN:9902147]]

S: Pt noticed this AM in a selfie that her R eyelid looked droopy and her R pupil small. No headache, no vision change, no neck pain. Epidural removed 23:30. Breastfeeding going well. Pain {{score:3/10}}. Voiding. Lochia moderate.
O: {{vital:BP 122/76}} {{vital:HR 80}} {{vital:T 36.9}}. R ptosis ~2 mm, R miosis (3 vs 5 mm), flushing of L face only. EOMI. No limb weakness. Fundus firm at U-1. 2nd degree laceration healing well.
A/P:
 1. R {{eponym:Horner}} syndrome - most likely cephalad spread of epidural local anesthetic; usually resolves within hours to days. Anesthesia (Dr. [[NAME:Lev Abramov]]) examined pt. No workup unless persists > 48 h or new neuro sx (then MRI/MRA neck for dissection).
 2. PPD1 s/p NSVD: {{drug:ibuprofen}} {{dose:600 mg}} q6h, {{drug:Tylenol}} {{dose:650 mg}} q6h PRN.
 3. Rh pos, rubella immune.
Baby boy [[NAME:Kofi]] rooming in; partner [[NAME:Nana Yaw]] at bedside. Anticipate d/c PPD2 home to [[ADDRESS:Brooklyn]].
[[NAME:A. Greenbaum]], MD
""", summary="""
[[NAME:Brooklyn Osei-Mensah]], {{age:26}}, developed a right {{eponym:Horner}} syndrome after labor epidural, judged benign and self-limited; discharge home is planned for PPD2.
"""),

    dict(style="icu_nursing_handoff", note="""
NEURO ICU - RN handoff, bed 4
- SAH s/p coiling of ACOM aneurysm, {{score:Hunt and Hess 3}}, {{score:modified Fisher 3}}, post-bleed day 5
- neuro: {{score:GCS 13}} (E3V4M6), pupils 3 mm brisk equal; new L pronator drift at 0200 -> MD aware, stat CTH neg, TCDs ordered
- EVD open at 15 cmH2O, output 8-12 mL/h, blood tinged
- watch for {{eponym:Cushing}} triad - last {{vital:BP 168/90}}, {{vital:HR 58}}, resp regular
- {{drug:nimodipine}} {{dose:60 mg}} q4h via NGT; hold for SBP < 90 and call
- Na goal 140-145: {{lab:Na 137}} -> 3% at 30 mL/h, Na q6h
- {{eponym:Foley}} in, UOP 150-200 mL/h - watch for cerebral salt wasting
- {{drug:Keppra}} {{dose:500 mg}} BID
- resp: 2 L NC, {{eponym:Cheyne-Stokes}} pattern when asleep, RT aware
- skin intact, turn q2h, SCDs on
- family: spouse at bedside until 2300, will call in AM
""", summary="""
A bed-4 neuro ICU handoff for a day-5 SAH patient ({{score:GCS 13}}) notes a new drift with negative CT, EVD drainage, {{drug:nimodipine}}, sodium goals and {{eponym:Cheyne-Stokes}} breathing during sleep.
"""),

    dict(style="prior_authorization_appeal", note="""
LETTER OF MEDICAL NECESSITY / APPEAL
[[DATE:June 17, 2025]]

Lone Star Senior Advantage - Appeals & Grievances
[[ADDRESS:P.O. Box 66120, Dallas, TX 75266]]

Re: [[NAME:Israel Ben-David]]   DOB [[DATE:3/3/1933]]   Age [[AGE:92]]   Member ID [[MRN:LSA-00918273-01]]   MBI [[MRN:1EG4-TE5-MK72]]   Ref # [[MRN:PA-25-1166392]]
Denied medication: {{drug:Prolia}} ({{drug:denosumab}}) {{dose:60 mg}} SC every 6 months

To whom it may concern:
I am writing to appeal your denial dated [[DATE:05/30/2025]], which cites "step therapy with oral bisphosphonate not documented". Mr. [[NAME:Ben-David]] is a [[AGE:92]]-year-old man with severe osteoporosis (L1 T-score -3.4, femoral neck -3.1) and a T12 compression fracture after a fall. He took {{drug:Fosamax}} {{dose:70 mg}} weekly from 2016 to 2019; it was stopped for erosive esophagitis (EGD report enclosed). His {{lab:eGFR 28}} precludes {{drug:zoledronic acid}} ({{drug:Reclast}}). {{eponym:Paget}} disease of bone was excluded ({{lab:alk phos 88}}, bone scan negative). {{lab:Calcium 9.4}}, {{lab:25-OH vitamin D 38}}. {{score:FRAX major osteoporotic 31%}}, hip 14%.
{{drug:Prolia}} is the appropriate agent and delaying treatment puts him at high risk of hip fracture. Please reverse the denial.

Sincerely,
[[NAME:Leticia Ávila-Romero]], MD, Geriatrics & Bone Health
Tel [[PHONE:214-555-0182]] | Fax [[PHONE:214-555-0183]]
Enclosures: EGD report, DXA, renal panel
""", summary="""
Dr [[NAME:Leticia Ávila-Romero]] appealed the denial of {{drug:Prolia}} for [[NAME:Israel Ben-David]], [[AGE:92]], citing prior {{drug:Fosamax}} intolerance and an {{lab:eGFR 28}} that rules out {{drug:Reclast}}.
"""),

    dict(style="physiotherapy_discharge_summary", note="""
PHYSIOTHERAPY DISCHARGE SUMMARY
Name: [[NAME:Chelsea Fairweather]]    Hosp No: [[MRN:RX0093312]]    DOB: [[DATE:30 Jun 1989]]
Referrer: Mr [[NAME:Obinna Eze]] (Orthopaedics)
Episode: [[DATE:09/01/2025]] - [[DATE:27/03/2025]] (10 sessions, 2 DNA)
Diagnosis: R lateral elbow tendinopathy

| Measure                      | Initial                 | Discharge               |
| Pain (NRS)                   | {{score:6/10}}          | {{score:1/10}}          |
| Pain-free grip               | 12 kg                   | 31 kg                   |
| PRTEE                        | {{score:PRTEE 58/100}}  | {{score:PRTEE 11/100}}  |
| {{eponym:Cozen}} test        | positive                | negative                |
| {{eponym:Mill}}'s test       | positive                | negative                |

[[NAME:Chelsea]] is a dental hygienist who responded well to isometric then isotonic wrist extensor loading, a flexbar programme and adjustments to her instrument grip at work. She declined a steroid injection after discussion. Back to full clinical work and playing tennis twice a week without pain.
She is moving to [[ADDRESS:Victoria, BC]] next month; given a copy of her exercise programme and this summary for any physiotherapist there.
Discharged to self-management; open re-referral for 3 months.

[[NAME:Tomás Ó Briain]], Senior Physiotherapist
""", summary="""
[[NAME:Chelsea Fairweather]] was discharged from physiotherapy after [[DATE:27/03/2025]] with her right lateral elbow tendinopathy resolved (pain {{score:1/10}}, negative {{eponym:Cozen}} test).
"""),

    dict(style="secure_chat", note="""
Secure Chat - 5 West / Urology
[[DATE:03/22]] 01:12 [[NAME:kfinnegan]] (RN): hi is this urology? pt [[NAME:austin lebeau]] rm 5W-14 {{eponym:foley}} not draining since 2300, bladder scan 640, flushed w 60 cc no return, pt uncomfortable
01:15 Dr. [[NAME:D. Holmes]] (Urology): which cath, 3 way? clots in tubing? hes the post TURP from today right
01:17 [[NAME:kfinnegan]] (RN): yes 22 fr 3 way, CBI was running, tubing has clots, output dark red
01:18 Dr. [[NAME:D. Holmes]] (Urology): ok stop the CBI, coming to hand irrigate. grab a {{eponym:toomey}} syringe and sterile water. vitals?
01:19 [[NAME:kfinnegan]] (RN): {{vital:BP 150/92}} {{vital:HR 104}} {{vital:T 37.4}}. last {{lab:hgb 11.9}} this eve
01:41 Dr. [[NAME:D. Holmes]] (Urology): irrigated ~180 cc clot, draining light pink now. restart CBI, titrate to pink lemonade. pls keep the {{eponym:foley}} from kinking under his leg. call if it stops again, cell [[PHONE:857-555-0104]]
01:42 [[NAME:kfinnegan]] (RN): thank u!! will let his wife [[NAME:dallas]] know, shes been calling the desk
""", summary="""
Overnight on [[DATE:03/22]] Dr [[NAME:D. Holmes]] hand-irrigated clot from the blocked three-way {{eponym:Foley}} of post-TURP patient [[NAME:Austin Lebeau]], and bladder irrigation was restarted.
"""),
]
