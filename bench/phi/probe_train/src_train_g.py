NOTES = [
    dict(style="nicu_progress", note="""
NICU PROGRESS NOTE - DOL 9 (CGA 31w4d)
BABY BOY [[NAME:VANG]]   MRN [[MRN:40718826]]   CSN [[MRN:1029938471]]
Mother [[NAME:VANG, MAI K]]   Infant DOB [[DATE:02/24/2025]]   Note date [[DATE:Mar-5]]

Resp: CPAP +6, FiO2 0.25-0.28. {{drug:Caffeine citrate}} {{dose:5 mg/kg}} daily. 2 A/B/D events overnight, 1 needed gentle stim.
CV: murmur gone, no PDA on echo from [[DATE:the 3rd]]. {{vital:BP 48/29}} (MAP 36).
FEN: EBM fortified to 24 kcal with {{drug:Similac HMF}}, TF 150 mL/kg/d, tolerating OG feeds q3h. {{lab:Na 134}}, {{lab:K 5.1}}.
ID: off {{drug:ampicillin}}/{{drug:gentamicin}} after 48h r/o; BCx NGTD.
Heme: {{lab:T bili 6.8}}, below light level, phototherapy stopped.
Neuro: HUS #2 due DOL 14, first one no IVH.
Social: [[NAME:mai]] and [[NAME:Tou]] at bedside at 0830, updated with interpreter [[NAME:Chue Moua]] via iPad. [[NAME:Xee Yang]] called
the desk asking for an update - not on the password list, redirected to [[NAME:mai]]. Social work ([[NAME:Hunter]]) following for
transport to clinic. Plan discussed with Dr. [[NAME:Lor]] at rounds.

[[NAME:Kalena Akana]], NNP-BC
Attending: [[NAME:Demetrios Kouris]], MD
""", summary="""
Preterm infant [[NAME:Vang]] on DOL 9 remains on CPAP with {{drug:caffeine}}, tolerating fortified feeds, off antibiotics.
[[NAME:Mai]] and [[NAME:Tou]] were updated at the bedside; [[NAME:Kalena Akana]] NNP wrote the note.
"""),
    dict(style="well_child", note="""
WELL CHILD CHECK - 4 YEAR
[[NAME:Savannah Tupou]]   DOB [[DATE:3rd of March 2021]]   Visit [[DATE:03/05/2025]]   Acct [[MRN:A00918344]]

Here with [[NAME:Mele]] and [[NAME:Sione]]; [[NAME:Ofa]] and [[NAME:Tevita]] waiting in the lobby with Grandma [[NAME:Lu]].
Concerns: [[NAME:Mele]] asks about snoring; no witnessed apneas, sleeps 10-11 h, no daytime sleepiness.
Growth: {{vital:Wt 17.2 kg}} (58%), {{vital:Ht 104 cm}} (61%), BMI 15.9 (48%). {{vital:BP 94/56}}.
Vision 20/30 OU, hearing passed at 1000-4000 Hz.
Dev: speaks in full sentences, hops on one foot, draws a cross, knows 4 colors. Goes to Head Start M-F.
Exam: tonsils 2+, no adenoid facies. Teeth - 2 caries on lower molars, no dental home yet.
Immunizations: DTaP-IPV ({{drug:Kinrix}}) and MMRV ({{drug:ProQuad}}) given today, VIS provided. Fluoride varnish applied.
Guidance: booster seat, water safety (family swims at the beach most weekends), screen time under 1 h.
[[NAME:Savannah]]'s Head Start physical form completed and handed to [[NAME:Sione]].
RTC at 5 years, sooner for snoring if it worsens. Dental referral placed.

[[NAME:J. Bishop]], MD
""", summary="""
Four-year well visit for [[NAME:Savannah Tupou]]: normal growth and development, {{drug:Kinrix}} and {{drug:ProQuad}} given,
snoring with 2+ tonsils to be watched and dental referral placed.
"""),
    dict(style="daycare_form", note="""
MEDICATION ADMINISTRATION AUTHORIZATION - CHILD CARE
Little Sprouts Learning Center   Room: Toddler B

Child's name: [[NAME:Madison Nguyen-Ho]]          DOB: [[DATE:11/19/2022]]
Medication: {{drug:Amoxicillin}} {{dose:400 mg/5 mL}} - give {{dose:5 mL}} by mouth at 12:00 noon
Start: [[DATE:Mar-3]]     Stop: [[DATE:Mar-12]]
Reason: acute otitis media, left ear
Allergies: NKDA
Prescriber: [[NAME:Ellen Kostopoulos]], PA-C    Clinic phone [[PHONE:(651) 208-4417]]
Parent/guardian signature: [[NAME:Thuy Nguyen]]      Printed: [[NAME:THUY NGUYEN]]
Second contact: [[NAME:Georgia Ho]]  [[PHONE:651-771-0392]] (cell)

Received by: [[NAME:KP]]  [[DATE:3/3]] 0745   med in original bottle with pharmacy label, stored in fridge
Log:  [[DATE:3/3]] 1205 given - [[NAME:jo]]   [[DATE:3/4]] 1200 given - [[NAME:jo]]   [[DATE:3/5]] 1210 given, spit small amt - [[NAME:KP]]
""", summary="""
Child-care medication authorization for [[NAME:Madison Nguyen-Ho]] to receive {{drug:amoxicillin}} {{dose:5 mL}} at noon
from [[DATE:Mar-3]] to [[DATE:Mar-12]], signed by [[NAME:Thuy Nguyen]], with staff dosing log.
"""),
    dict(style="ld_admission", note="""
L&D ADMISSION H&P
Pt: [[NAME:DELA CRUZ, ANALYN R]]    FIN [[MRN:F2025-0088713]]    HAR [[MRN:55012937]]

{{age:31}} yo G3P2002 at 39w2d by 8 wk US (EDD [[DATE:03/07/2025]]) presents with regular contractions q3-4 min since 0200,
intact membranes, +FM, no VB.
Prenatal care at Kalihi-Palama clinic, uncomplicated. GBS neg ([[DATE:2/6]]). Rh pos, RI, RPR NR, HIV neg, HBsAg neg.
Exam: {{vital:BP 118/74}}, {{vital:HR 88}}, afebrile. Leopold maneuvers c/w vertex, EFW 3400 g. SVE 5/80/-1, {{score:Bishop 9}}.
FHT: baseline 135, moderate variability, accels present, no decels - Category I.
Labs: {{lab:Hgb 11.4}}, {{lab:Plt 212}}.
Hx: SVD x2, largest 3900 g, no PPH.
Plan: admit active labor. Epidural on request. {{drug:Pitocin}} augmentation only if no change in 2-4 h. Expectant management.
Support: [[NAME:Rommel]] at bedside; [[NAME:Lourdes]] driving in from [[ADDRESS:Daly City]]. Doula [[NAME:Faith Mercado]] present.
Peds aware. Discussed with Dr. [[NAME:Hovsepian]], who agrees.

[[NAME:K. Manalo]], MD PGY-2
""", summary="""
[[NAME:Analyn Dela Cruz]], G3P2 at 39w2d, admitted in active labor with a Category I tracing and {{score:Bishop 9}} cervix;
plan expectant management with epidural on request.
"""),
    dict(style="peds_ed", note="""
PEDIATRIC EMERGENCY DEPARTMENT - PROVIDER NOTE

HPI: {{age:2}} yo M with 1 day of URI symptoms, then barking cough and Stridor at rest starting around 0100. No drooling,
no tripod posture. Immunizations UTD per Parent. No choking episode.
Exam: {{vital:T 38.1}}, {{vital:HR 148}}, {{vital:RR 36}}, {{vital:SpO2 96%}} RA. Inspiratory stridor at rest, mild
suprasternal retractions, good air entry. {{score:Westley 4}} (moderate).
Course: {{drug:Dexamethasone}} {{dose:0.6 mg/kg}} PO ({{dose:8 mg}}). Racemic epinephrine {{dose:0.5 mL}} of 2.25% via neb x1.
Reassessed at 2 h and 3.5 h: no stridor at rest, {{score:Westley 1}}.
MDM: Viral croup. No signs of bacterial tracheitis or Foreign Body. Neck XR not indicated.
Dispo: Home. Cool mist / night air, {{drug:Tylenol}} {{dose:15 mg/kg}} PRN. Return for stridor at rest, blue color, drooling.
Discussed with Pediatric Emergency Medicine Attending.
""", summary="""
Toddler with moderate croup ({{score:Westley 4}}) treated with {{drug:dexamethasone}} and racemic epinephrine,
improved to {{score:Westley 1}} and discharged home.
"""),
    dict(style="nicu_discharge_dictation", note="""
this is doctor [[NAME:hagop der-bedrossian]] dictating a nicu discharge summary on baby girl [[NAME:kahananui]], first name
[[NAME:leilani]], that is l e i l a n i, medical record number [[MRN:4 0 7 7 2 1 9 5]]. date of birth [[DATE:january twenty second
twenty twenty five]], date of discharge [[DATE:march third twenty twenty five]]. born at thirty two and one weeks to a
{{age:24}} year old G1 via c-section for breech and PPROM, apgars {{score:six and eight}}. hospital course. number one
respiratory, she was on bubble c-pap for four days then room air, got one dose of {{drug:curosurf}}. number two feeding,
now ad lib on {{drug:neosure}} twenty two and breast, weight at discharge two thousand and forty grams. number three jaundice,
peak bili {{lab:nine point two}} treated with phototherapy for two days. hearing screen passed both ears, car seat
test passed, hep b vaccine given on [[DATE:the twentieth of february]]. follow up with doctor [[NAME:alapaki]] at the
[[ADDRESS:waianae]] clinic in two days, and with developmental clinic in three months. [[NAME:makana]] and [[NAME:kawika]]
both did cpr class on [[DATE:february twenty eighth]]. end of dictation.
ts/[[NAME:mlb]]
""", summary="""
Dictated NICU discharge summary for former 32-week infant [[NAME:Leilani Kahananui]], born [[DATE:January 22, 2025]] and
discharged [[DATE:March 3, 2025]] after CPAP, feeding advancement and phototherapy; follow-up with Dr. [[NAME:Alapaki]].
"""),
    dict(style="school_sports_form", note="""
PREPARTICIPATION PHYSICAL EVALUATION - PHYSICAL EXAMINATION FORM
Name: [[NAME:PAPADAKIS, DIMITRIOS]]    Sex: M    Age: {{age:15}}    DOB: [[DATE:2009-08-14]]
Grade: 10    School: Westview High    Sport(s): wrestling, track

History reviewed with athlete and [[NAME:Eleni Papadakis]]. No exertional chest pain, syncope or palpitations.
Family hx: [[NAME:Yiannis]] died suddenly at {{age:44}} (presumed cardiac). [[NAME:Dimitri]] had cardiology eval with
normal ECG and echo in 2022. No Marfan features on screen ({{eponym:Marfan}}).
Exam: {{vital:BP 116/70}}, {{vital:P 58}}, Ht 172 cm, Wt 63 kg. Vision R 20/20 L 20/25.
Heart: no murmur supine or standing, normal S1 S2. Skin: no tinea corporis or herpes gladiatorum lesions.
MSK: full ROM, duck walk normal, mild L knee Osgood-Schlatter tenderness ({{eponym:Osgood-Schlatter}}).
Clearance: [X] Medically eligible for all sports without restriction.
Recommendations: knee strap PRN; skin checks before each meet.

Name of health care professional: [[NAME:Austin Whitehorse]], DO     Date of exam: [[DATE:6/3/2025]]
Clinic: Northside Family Medicine    Phone [[PHONE:(605) 342-8813]]
cc: Coach [[NAME:Young]] (athletic office) - we will send the signed form with young athletes' packets.
""", summary="""
Sports physical for [[NAME:Dimitrios Papadakis]] cleared him for wrestling and track without restriction by
[[NAME:Austin Whitehorse]], DO, on [[DATE:6/3/2025]]; family sudden death history had a prior normal cardiology workup.
"""),
    dict(style="ob_prenatal", note="""
OB RETURN VISIT - 28w1d
[[NAME:Anahit Hovhannisyan]]  {{age:29}} yo G2P1001   MRN [[MRN:3019-448-72]]

S: Feels well. Good FM. Occasional Braxton Hicks ({{eponym:Braxton Hicks}}) in the evening. No LOF/VB.
[[NAME:Armen]] came with her today. [[NAME:Siranush]] will keep [[NAME:Tigran]] during the delivery.
Armenian interpreter [[NAME:Narek Sargsyan]] (badge [[MRN:7731]]) in person.
O: {{vital:BP 112/68}}, Wt +8.1 kg total. FH 28 cm, FHT 145.
1-hr GCT {{lab:152 mg/dL}} - failed, needs 3-hr GTT.
{{lab:Hgb 10.6}}, {{lab:ferritin 11}}. Blood type O NEG, antibody screen negative.
A/P:
- Rh negative: {{drug:RhoGAM}} {{dose:300 mcg}} IM given today, card given.
- Tdap given.
- Iron deficiency: start {{drug:ferrous sulfate}} {{dose:325 mg}} every other day.
- 3-hr GTT scheduled [[DATE:Thurs 3/20]].
- {{score:EPDS 6}}. Kick counts reviewed.
RTC 2 wk. [[NAME:Sossi Ter-Petrosyan]], CNM
""", summary="""
At 28 weeks [[NAME:Anahit Hovhannisyan]] failed the 1-hour glucose challenge ({{lab:152 mg/dL}}) and has iron deficiency;
{{drug:RhoGAM}} and Tdap given and a 3-hour GTT set for [[DATE:3/20]].
"""),
    dict(style="peds_phone_triage", note="""
TELEPHONE ENCOUNTER - after hours  [[DATE:3/14]] 2215
caller [[NAME:hlee vue]] cb [[PHONE:651 330 2289]] re: [[NAME:kou]], {{age:7}} mo, temp 102.6 rectal since this am, eating
less but 4 wet diapers today, no rash, no resp distress, vaccines utd per caller. [[NAME:kou]] goes to daycare w [[NAME:nou]].
no sick contacts except [[NAME:pheng]] w cold.
per fever protocol pt ok for home care. advised {{drug:tylenol}} 160mg/5mL {{dose:2.5 mL}} q4-6h, dosing by wt 7.9 kg.
no {{drug:motrin}} yet under 6 mo? - pt is 7 mo so {{drug:ibuprofen}} {{dose:75 mg}} q6-8h ok.
call back or ED for lethargy, fewer than 3 wet diapers/24h, fever more than 3 days, rash that doesnt blanch.
spoke w dr [[NAME:yang]] on call who agreed. appt offered tmrw 0940 w Dr [[NAME:Xiong]], caller accepted.
- [[NAME:B White]], RN
""", summary="""
After-hours call from [[NAME:Hlee Vue]] about 7-month-old [[NAME:Kou]] with fever; home care advised with weight-based
{{drug:acetaminophen}} and {{drug:ibuprofen}}, confirmed with Dr. [[NAME:Yang]], and a next-day visit booked.
"""),
    dict(style="nicu_nursing", note="""
0700-1900 RN NOTE   Pod C bed 14   Twin A [[NAME:FIFITA]]  CGA 33w0d  wt 1640g (+25)
NEURO: active w cares, AFOF, sucks on pacifier.
RESP: RA since [[DATE:03/09]]. 1 brady to 78 at 1340 self-resolved, no desat. {{vital:RR 40-58}}.
CV: {{vital:HR 150-170}}, pink, CRT <3 sec.
GI/GU: NG feeds 30 mL EBM+HMF q3h over 30 min, no spits. Voiding, stool x2 yellow seedy.
TEMP: isolette air temp weaned 29.5 -> 29.0, axillary temps {{vital:36.7-37.0}}.
SKIN: intact. Diaper area reddened, {{drug:zinc oxide}} applied.
FAMILY: [[NAME:Salote]] in at 1100 for 1 hr skin-to-skin, pumping 60 mL/session. [[NAME:Siaosi]] called 1630, updated.
Lactation ([[NAME:Hope]]) saw [[NAME:Salote]] at bedside, cue-based PO attempts can start tomorrow. Hope to wean to open crib
when temps stable x24h.
[[NAME:S.Kaawa]] RN / handoff to [[NAME:mfonua]] RN
""", summary="""
Twin A [[NAME:Fifita]] on room air with one self-resolved brady, tolerating NG feeds; [[NAME:Salote]] did skin-to-skin and
lactation ([[NAME:Hope]]) plans cue-based oral feeding.
"""),
    dict(style="postpartum", note="""
POSTPARTUM DAY 1 - s/p NSVD
[[NAME:Yer Xiong]]   G4P4   delivered [[DATE:3/2/25]] at 2314   Acct HAR [[MRN:88120467]]

S: Pain 3/10, controlled with {{drug:ibuprofen}} {{dose:600 mg}} q6h and {{drug:acetaminophen}} {{dose:1 g}} q8h. Voiding, +flatus.
Breast + formula feeding by choice. Hmong interpreter [[NAME:Tou Ly]] (ID [[MRN:HM0419]]) via video.
O: {{vital:BP 122/76}}, {{vital:HR 84}}, afebrile. Fundus firm at U-1, lochia rubra moderate. Perineum: 1st degree, hemostatic.
{{lab:Hgb 9.8}} (from {{lab:11.9}}).
A/P:
- Routine PP care, {{drug:docusate}}.
- Anemia: {{drug:ferrous sulfate}} {{dose:325 mg}} daily x 6 wk.
- Family requested placenta released for traditional burial. Form signed by [[NAME:Yer]]; [[NAME:Cheng Xiong]] to pick up in
  cooler before discharge.
- Baby will be named at the hu plig ceremony; chart lists Baby Girl [[NAME:Xiong]] for now.
- Contraception: {{drug:Nexplanon}} placement prior to discharge, consent obtained.
- {{score:EPDS 2}}. Anticipate DC [[DATE:3/4]].
[[NAME:Georgia Lambrou]], CNM
""", summary="""
[[NAME:Yer Xiong]] is stable on postpartum day 1 after vaginal delivery, with mild anemia treated with iron; placenta release
for burial arranged and {{drug:Nexplanon}} planned before discharge on [[DATE:3/4]].
"""),
    dict(style="newborn_hp", note="""
NEWBORN NURSERY ADMISSION H&P
BABY BOY [[NAME:REYES-BAUTISTA]]   MRN [[MRN:50029177]]   DOB [[DATE:04/11/2025]] 0612   GA 39w3d   BW 3480 g (55%)

Maternal: [[NAME:Maricel Reyes-Bautista]], {{age:27}} yo G2P2, O POS, GBS POSITIVE - {{drug:penicillin G}} x3 doses > 4 h PTD
(adequate). RPR NR, HIV neg, HBsAg neg, rubella immune. ROM 6 h, clear. SVD, no instruments.
Apgars {{score:Apgar 8 and 9}}.
Exam: {{vital:T 36.9}}, {{vital:HR 138}}, {{vital:RR 44}}. AFOF, red reflex present bilat, palate intact.
Clavicles intact. Ortolani and Barlow negative ({{eponym:Ortolani}}, {{eponym:Barlow}}). Moro symmetric ({{eponym:Moro}}).
Skin: Mongolian spots over sacrum, documented on body map. Testes descended bilat.
Baby A POS, DAT negative.
Plan: routine newborn care. {{drug:Vitamin K}} {{dose:1 mg}} IM, {{drug:erythromycin}} eye ointment, Hep B #1 given.
GBS adequate ppx - routine obs 36 h. Bili at 24 h. CCHD and hearing screen before DC.
[[NAME:Jun]] asked about circumcision - will consent with [[NAME:Maricel]] tomorrow. PCP: Dr. [[NAME:Bong Santiago]].
[[NAME:Ana Liza de los Santos]], MD
""", summary="""
Term newborn [[NAME:Reyes-Bautista]] with normal exam and Apgars {{score:8 and 9}}; maternal GBS adequately treated, routine
care and screens planned, PCP Dr. [[NAME:Bong Santiago]].
"""),
    dict(style="well_child", note="""
2 MONTH WELL CHILD VISIT

Feeding: Breastfed every 2-3 h, plus 2 oz Formula at night. 6-8 wet diapers/day. Vitamin D drops daily.
Sleep: Back to Sleep in own bassinet, discussed Safe Sleep (no bumpers, no co-sleeping on sofa).
Growth: {{vital:Wt 5.1 kg}} (40%), {{vital:Length 57 cm}} (45%), {{vital:HC 39 cm}} (50%).
Development: social smile, coos, lifts head 45 degrees in Tummy Time, follows past midline.
Maternal Depression Screen: {{score:EPDS 3}}, negative.
Exam: AFOF, Red Reflex present, no murmur, Hips stable (Ortolani / Barlow negative, {{eponym:Ortolani}} {{eponym:Barlow}}),
umbilicus healed, mild Seborrheic Dermatitis of scalp.
Immunizations: {{drug:Vaxelis}} (DTaP-IPV-Hib-HepB), {{drug:Prevnar 20}}, {{drug:RotaTeq}} oral. VIS reviewed.
Counseling: fever > 100.4 F call, car seat rear-facing, never shake baby, {{drug:Tylenol}} only after discussing dose.
Plan: mineral oil for cradle cap. Return at 4 Months.
""", summary="""
Healthy 2-month-old with normal growth and development received {{drug:Vaxelis}}, {{drug:Prevnar 20}} and {{drug:RotaTeq}};
negative maternal depression screen and safe sleep counseling.
"""),
    dict(style="school_nurse", note="""
SCHOOL HEALTH OFFICE - VISIT LOG
Lincoln Elementary     Date: [[DATE:Tues 4/8]]     Student: [[NAME:Jordan Kekumu]]   Gr 3   Rm 12   Student ID [[MRN:S-2033917]]

10:05 [[NAME:Mason]] and [[NAME:Ty]] walked [[NAME:Jordan]] in from recess, coughing, wheeze audible. Speaks in full sentences.
Peak flow 180 (personal best 260 per Asthma Action Plan = yellow zone). {{vital:SpO2 95%}}, {{vital:RR 28}}.
10:08 {{drug:albuterol}} HFA {{dose:4 puffs}} via spacer per plan on file (signed by Dr. [[NAME:Makoa]]).
10:25 Peak flow 240, no wheeze, {{vital:SpO2 98%}}.
10:30 Called [[NAME:Kainoa]] at [[PHONE:808-672-1184]] - no answer, VM left. Reached [[NAME:Pualani]] at work [[PHONE:808-521-0960 x214]],
informed; will pick up if symptoms recur. In case of another episode today, [[NAME:Jordan]] to stay in office.
10:40 [[NAME:Jordan]] returned to class. PE teacher (Mr. [[NAME:Brown]]) notified - no running today.
Inhaler count after use: 142 puffs left.
[[NAME:M. Case]], RN, NCSN
""", summary="""
School nurse treated [[NAME:Jordan Kekumu]] for a yellow-zone asthma flare with {{drug:albuterol}} via spacer, peak flow
improved from 180 to 240, and [[NAME:Pualani]] was notified before [[NAME:Jordan]] returned to class.
"""),
    dict(style="ob_triage", note="""
OB TRIAGE NOTE                                                      [[DATE:03MAR2025]]  1842
[[NAME:Shandiin Begay]]  {{age:22}} yo G1P0 at 35w6d   MRN [[MRN:6620187]]   AHCCCS ID [[MRN:A81447205]]
Transferred from IHS clinic in [[ADDRESS:Chinle]] for elevated BPs and headache.

S: Frontal headache x6 h, not relieved by {{drug:Tylenol}}. Denies visual changes, RUQ pain. +FM.
O: {{vital:BP 158/102}}, repeat {{vital:BP 162/98}} 15 min apart. DTR 3+ bilat, no clonus. Mild edema hands/face.
Labs: {{lab:Plt 118}}, {{lab:AST 48}}, {{lab:ALT 52}}, {{lab:Cr 0.9}}, {{lab:UPC 0.8}}, {{lab:LDH 310}}.
NST reactive. BPP 8/8. Cervix 1/50/-3, {{score:Bishop 4}}.
A: Preeclampsia with severe features (BP + persistent headache) at 35w6d.
P: Admit L&D for delivery.
- {{drug:Magnesium sulfate}} {{dose:4 g}} IV load then {{dose:2 g/h}}.
- {{drug:Labetalol}} {{dose:20 mg}} IV now, per severe-range protocol.
- IOL: {{eponym:Foley}} bulb + {{drug:Cytotec}} {{dose:25 mcg}} PV.
- Anesthesia aware for early epidural given Plt trend.
[[NAME:Darlene]] and [[NAME:Kee]] at bedside, updated. Records from [[ADDRESS:Chinle]] faxed to [[PHONE:928-674-7100]].
Seen with Dr. [[NAME:Hakobyan]].  -- [[NAME:T. Yazzie]], RN / [[NAME:L. Tsosie]], MD
""", summary="""
[[NAME:Shandiin Begay]], 35w6d primigravida transferred from [[ADDRESS:Chinle]], has preeclampsia with severe features and
was admitted on {{drug:magnesium sulfate}} and {{drug:labetalol}} for induction.
"""),
    dict(style="peds_portal_message", note="""
Patient Message   From: [[NAME:April Manuelito]] (proxy)   Sent: [[DATE:04/12/2025]] 21:47   Re: [[NAME:Ty]]
hi dr [[NAME:tran]] its [[NAME:april]]. [[NAME:ty]] has diarrhea since saturday like 5-6 times a day, no blood, he is drinking
ok and peeing. no fever. he had the same thing in april last year after daycare and it went away.
can he go back to daycare tmrw?? they said they need a doctors note. [[NAME:austin]] can bring him at 3 if theres an opening.
also is it ok to give him {{drug:pedialyte}} popsicles. thank u

Reply   From: [[NAME:Lan Tran]], MD   [[DATE:04/13/2025]] 08:12
Hi [[NAME:April]], thanks for the update. Since [[NAME:Ty]] is drinking well and peeing normally, {{drug:Pedialyte}} popsicles
are a great idea. Most daycares ask that children stay home until diarrhea has stopped for 24 hours. We have a 3:20 today;
[[NAME:Dianne]] at the front desk will call [[PHONE:(505) 863-2291]] to confirm. We will write the note after we see him.
Dr. [[NAME:Tran]]
(routed by [[NAME:jsantos]])
""", summary="""
[[NAME:April Manuelito]] messaged about [[NAME:Ty]]'s non-bloody diarrhea and daycare return; Dr. [[NAME:Lan Tran]] advised
oral rehydration, 24 hours diarrhea-free before daycare, and a same-day visit.
"""),
    dict(style="lactation_consult", note="""
LACTATION CONSULT
Mother: [[NAME:PHẠM THỊ HỒNG NHUNG]]   Rm 412   Infant: Baby Boy [[NAME:Phạm]], 38 h old, 39w1d, BW 3210 g, today 2960 g (-7.8%)

Reason: sore nipples, infant sleepy at breast. [[NAME:Nhung]] is P1, planned exclusive BF.
Observed feed L breast cradle hold: shallow latch, lips tucked, audible swallows only intermittently. {{score:LATCH 6}}.
Nipples: bilateral compression stripe, L with small fissure. Breasts soft, colostrum expressed easily.
Interventions: repositioned to football hold, asymmetric latch taught; {{score:LATCH 8}} after correction.
Hand expression taught, 4 mL given by spoon. {{drug:Lanolin}} / EBM to nipples. Hospital-grade pump (Medela Symphony) set up
for after feeds x24h.
Plan: feed 8-12x/day, wake if > 3 h. Supplement with EBM or donor milk 5-10 mL if weight loss > 10%.
[[NAME:Hoa]] and [[NAME:Quang]] present and helpful; [[NAME:Quang]] will be in charge of cleaning pump parts.
OP follow-up weight check [[DATE:Fri 3/7]].  [[NAME:Rose Kalama]], IBCLC
""", summary="""
Lactation consult for [[NAME:Nhung Phạm]] with sore nipples and a shallow latch; latch improved from {{score:LATCH 6}} to
{{score:LATCH 8}}, pumping started, weight check on [[DATE:3/7]] with [[NAME:Rose Kalama]].
"""),
    dict(style="cesarean_op_note", note="""
OPERATIVE REPORT
PATIENT: [[NAME:SOLIAI, FAITH T.]]   MRN [[MRN:7710345]]   DOS: [[DATE:14MAR2025]]
SURGEON: [[NAME:Nicholas Andreadis]], MD    ASSISTANT: [[NAME:Malia Fonoti]], MD (PGY-3)    ANESTHESIA: spinal, Dr. [[NAME:Ng]]

PREOP DX: IUP at 40w5d, arrest of dilation at 6 cm x 4 h despite adequate MVUs, suspected macrosomia.
POSTOP DX: same. PROCEDURE: Primary low transverse cesarean section.
FINDINGS: Viable female, OA, wt 4210 g, Apgars {{score:Apgar 7 and 9}}. Normal tubes and ovaries. Placenta intact, 3VC.
DESCRIPTION: {{drug:Cefazolin}} {{dose:2 g}} and {{drug:azithromycin}} {{dose:500 mg}} given before incision. Pfannenstiel
({{eponym:Pfannenstiel}}) skin incision, fascia incised transversely, rectus separated. Bladder blade placed. Low transverse
hysterotomy extended bluntly. Infant delivered atraumatically, cord clamped after 60 s and handed to NICU team (Dr. [[NAME:Wu]]).
Placenta delivered by gentle traction. Hysterotomy closed in 2 layers with 0-Vicryl. {{drug:Pitocin}} infusion,
{{drug:Methergine}} {{dose:0.2 mg}} IM and {{drug:TXA}} {{dose:1 g}} IV for atony, with good response. Skin closed subcuticular.
QBL 1150 mL. UOP 150 mL clear. Counts correct x2 per [[NAME:Bo Kealamakia]], CST and [[NAME:Hunter]] (circ RN).
[[NAME:Faith]] tolerated the procedure well and went to PACU in stable condition; [[NAME:Iosefa]] in the OR for the birth.
[[NAME:N. Andreadis]], MD
""", summary="""
Primary cesarean for arrest of dilation in [[NAME:Faith Soliai]] delivered a 4210 g female; atony responded to
{{drug:Methergine}} and {{drug:TXA}}, QBL 1150 mL, surgeon [[NAME:Nicholas Andreadis]].
"""),
    dict(style="peds_referral_letter", note="""
[[DATE:March 18, 2025]]

Dr. [[NAME:Arpi Mkrtchyan]]
Pediatric Cardiology, Valley Children's Specialty Center
Fax [[PHONE:(714) 446-2090]]

Dear Dr. [[NAME:Mkrtchyan]],
Thank you for seeing [[NAME:Lincoln Tso]] (DOB [[DATE:02/01/2025]], Medi-Cal CIN [[MRN:92817364A]]), a {{age:6}}-week-old
born at 37 weeks, for a new murmur. At his 1-month visit I heard a grade II/VI harsh holosystolic murmur at the LLSB,
louder today. He feeds 3 oz every 3 h without sweating or tachypnea, {{vital:SpO2 99%}} on right hand and foot, weight gain
32 g/day. No dysmorphic features; prenatal cfDNA was low-risk for {{eponym:Down syndrome}}. CXR not done. I suspect a small
muscular VSD.
[[NAME:Lincoln]] lives with [[NAME:Mercy]] and [[NAME:Hung Tso]] in [[ADDRESS:Garden Grove]]; best number is
[[PHONE:714-393-5518]]. [[NAME:Mercy]] speaks English and Vietnamese.
Sincerely,
[[NAME:Christos Vlachos]], MD
cc: [[NAME:Mercy Tso]]
""", summary="""
Referral letter from Dr. [[NAME:Christos Vlachos]] to pediatric cardiology for [[NAME:Lincoln Tso]], a 6-week-old with a
holosystolic murmur suspected to be a small VSD, thriving without heart failure signs.
"""),
    dict(style="nicu_family_meeting", note="""
NICU FAMILY MEETING NOTE   [[DATE:Monday, March 24, 2025]]   Conference Rm B
Infant: Baby Girl [[NAME:Leota]]   FIN [[MRN:440918273]]   born at 25w1d, now CGA 34w2d

Present: [[NAME:Tavita]], [[NAME:Lagi]], [[NAME:Fa'amoana Leota]], Pastor [[NAME:Iosefa]]; Dr. [[NAME:Ohanian]] (neonatology),
[[NAME:Dallas Pritchard]] (SW), [[NAME:Araxi]] (bedside RN), Samoan interpreter [[NAME:Lupe Sapolu]].
Discussed: severe BPD, still on NIPPV with FiO2 0.40-0.50, failed two extubation trials; bilateral grade III IVH ({{eponym:Papile}}
grade III) with ventriculomegaly, neurosurgery following head circumference. Possible need for tracheostomy and G-tube,
and what home life with a trach would look like.
[[NAME:Lagi]] asked whether the baby will walk and talk. Dr. [[NAME:Ohanian]] explained the uncertainty honestly.
[[NAME:Tavita]] wants to wait for the repeat MRI. [[NAME:Fa'amoana]] asked for the church to come pray at bedside - approved, 4 visitors.
Plan: MRI at term, ENT and pulmonary input, Palliative Care consult for support (not withdrawal), next meeting [[DATE:Thurs 3/27]].
Note by [[NAME:D. Pritchard]], LCSW
""", summary="""
Family meeting for Baby Girl [[NAME:Leota]], a former 25-weeker with severe BPD and grade III IVH, reviewed possible
tracheostomy; [[NAME:Tavita]] and [[NAME:Lagi]] want the term MRI first, with palliative support and a follow-up on [[DATE:3/27]].
"""),
    dict(style="well_child", note="""
12 MONTH WCC
[[NAME:NGUYEN, GIA BAO]]   DOB [[DATE:03-03-2024]]   seen [[DATE:the 3rd]] (birthday!)   MRN [[MRN:1180-4472]]
Here w [[NAME:Linh]]; [[NAME:Hai]] at work, joined by phone. Bà [[NAME:Sáu]] watches [[NAME:Bao]] weekdays.
Diet: whole milk 24 oz/day (advised max 16-20), table foods, still bottle at night.
Dev: pulls to stand, cruises, 2 words (ba, mama), pincer grasp, waves bye. Hearing/vision no concerns.
Growth {{vital:Wt 9.6 kg}} (42%), {{vital:Len 75 cm}} (50%), {{vital:HC 46 cm}}.
Labs: {{lab:Hgb 10.8}}, {{lab:lead < 3.3}}. Mild anemia likely from cow milk volume.
Exam: normal, no caries, 6 teeth.
Vaccines: MMR, varicella, Hep A #1, {{drug:Prevnar 20}} #4. Flu declined.
Plan: limit milk, wean bottle, iron-rich foods, recheck Hgb 3 mo. Fluoride varnish done.
Covering today for Dr. [[NAME:Nguyen-Tran]]: Dr. [[NAME:Yu]]
""", summary="""
One-year well visit for [[NAME:Gia Bao Nguyen]] showed normal development, mild anemia ({{lab:Hgb 10.8}}) from excess milk,
and 12-month vaccines given by Dr. [[NAME:Yu]].
"""),
    dict(style="daycare_notice", note="""
NOTICE TO FAMILIES - COMMUNICABLE ILLNESS IN THE INFANT/TODDLER ROOMS

A case of Hand, Foot and Mouth Disease (Coxsackievirus A16) has been confirmed in the Toddler Room.
What to watch for: Fever, Sore Throat, Mouth Sores, and a rash on hands, feet, or Diaper Area, usually 3-6 days after exposure.
Exclusion: Children may attend if fever-free for 24 hours without {{drug:Tylenol}} or {{drug:Motrin}} and able to eat and drink.
Blisters alone are NOT a reason to stay home per the Health Department guidance.
We have increased Sanitizing with an EPA-registered disinfectant and will hold Sensory Table activities for 10 days.
Infants under 6 months with fever should be seen by their Pediatrician promptly.
Also this month: Pink Eye (conjunctivitis) - two cases in the Preschool Room; Children on antibiotic drops ({{drug:Polytrim}})
may return after the first dose.
Questions? Please stop by the Director's Office.
""", summary="""
Daycare notice about confirmed Hand, Foot and Mouth Disease in the toddler room with exclusion rules and cleaning
measures, plus two pink eye cases.
"""),
    dict(style="ob_ultrasound", note="""
MATERNAL FETAL MEDICINE - DETAILED FETAL ANATOMIC SURVEY (76811)
Patient: [[NAME:Kalani Hoʻomana]]   DOB [[DATE:1996-07-30]]   Accession [[MRN:US-25-018842]]   Exam date [[DATE:2025-03-03]]
Referring: Dr. [[NAME:Stavros Lekkas]]     LMP [[DATE:10/11/2024]]

Single live IUP, cephalic. FHR 148 bpm. Biometry c/w 20w3d (LMP 20w2d), EFW 340 g (48th %ile).
Placenta posterior fundal, no previa. AFI normal (MVP 5.1 cm). 3-vessel cord, central insertion.
Cervix transvaginal 3.6 cm, no funneling.
Anatomy: intracranial structures normal, cerebellum and cisterna magna normal. Face/lip intact. Four-chamber view and outflow
tracts normal. Echogenic intracardiac focus in LV - isolated soft marker. Stomach, kidneys, bladder normal. Spine intact.
Impression: Normal anatomy except isolated EIF. Low-risk cfDNA already on file - no further testing indicated.
Sonographer: [[NAME:GMK]]    Interpreted by: [[NAME:Wu, Yvonne]] MD
""", summary="""
Detailed anatomy scan for [[NAME:Kalani Hoʻomana]] at 20w3d on [[DATE:2025-03-03]] was normal apart from an isolated
echogenic intracardiac focus; no further testing needed, read by Dr. [[NAME:Yvonne Wu]].
"""),
    dict(style="peds_discharge", note="""
PEDIATRIC HOSPITAL MEDICINE - DISCHARGE SUMMARY
Patient: [[NAME:Thanakorn]] "[[NAME:Ton]]" [[NAME:Suwannarat]]    MRN [[MRN:20447619]]    Age {{age:5}} months
Admitted [[DATE:3/1/2025]]    Discharged [[DATE:3/4/2025]]    Attending: [[NAME:Priscilla Kaneshiro]], MD

Dx: RSV bronchiolitis with hypoxemia.
Course: Presented with 3 d cough, increased work of breathing, {{vital:SpO2 87%}} RA. RSV PCR +. High-flow nasal cannula
up to 8 L/min 40%, weaned to RA by HD 3. NG feeds briefly, now PO at baseline. No antibiotics. No major events.
CXR: peribronchial thickening, no consolidation.
Discharge exam: {{vital:RR 38}}, {{vital:SpO2 95%}} RA, mild subcostal retractions, good feeding.
Meds: none new. {{drug:Acetaminophen}} {{dose:15 mg/kg}} PRN fever.
Follow-up: PCP Dr. [[NAME:Major]] in 2 days ([[DATE:Thursday 3/6]]); clinic [[PHONE:(559) 221-7404]].
Caregivers: [[NAME:Siriporn]] (speaks Thai and English) and [[NAME:Anan]]; teach-back done on bulb suction and return precautions.
[[NAME:Ton]]'s older sib [[NAME:Ploy]] was also sick - advised hand hygiene.
""", summary="""
[[NAME:Thanakorn Suwannarat]], a 5-month-old with RSV bronchiolitis, needed high-flow oxygen and was discharged on room air
on [[DATE:3/4/2025]] with PCP follow-up with Dr. [[NAME:Major]].
"""),
    dict(style="school_immunization_form", note="""
CERTIFICATE OF IMMUNIZATION STATUS (CIS) - SCHOOL / CHILD CARE
Child: [[NAME:WULANDARI, PUTRI AYU]]     DOB: [[DATE:12-Jan-2019]]     State IIS ID [[MRN:WA-IIS-0048812]]
Parent/Guardian: [[NAME:Agus Santoso]]   Phone [[PHONE:+62 812 3390 4471]] / local [[PHONE:253-507-6613]]

DTaP:  [[DATE:03/15/2019]]  [[DATE:05/20/2019]]  [[DATE:07/22/2019]]  [[DATE:04/30/2020]]  [[DATE:02/06/2023]]
IPV:   [[DATE:03/15/2019]]  [[DATE:05/20/2019]]  [[DATE:12.3.2019]] (given in [[ADDRESS:Surabaya]], per records)  [[DATE:02/06/2023]]
MMR:   [[DATE:1/13/2020]]  [[DATE:02/06/2023]]
Varicella: history of disease - verified by provider (age {{age:3}})
Hep B: birth dose [[DATE:13 Jan 2019]] ([[ADDRESS:Surabaya]]), then [[DATE:03/15/2019]], [[DATE:07/22/2019]]
Status: COMPLETE for kindergarten entry.
Foreign record translated by [[NAME:Dewi]] ([[NAME:dhartono]]) and reviewed.
Verified by: [[NAME:Dewi Hartono]], MD    [[DATE:Aug 19, 2024]]
""", summary="""
School immunization certificate for [[NAME:Putri Ayu Wulandari]], including doses given in [[ADDRESS:Surabaya]], is complete
for kindergarten, verified by Dr. [[NAME:Dewi Hartono]] on [[DATE:Aug 19, 2024]].
"""),
    dict(style="ld_nursing", note="""
L&D RN NOTE - DELIVERY  pt [[NAME:TAUFA, GRACE]]  Rm 6  CSN [[MRN:3300918825]]
0412 complete/+2, pushing w epidural. FHR 130s, min-mod var, early decels.
0448 head delivered, turtle sign. SHOULDER DYSTOCIA called, time noted. Dr. [[NAME:Pappas]] at perineum.
0448 [[NAME:Summer]] RN + [[NAME:Lia]] RN to legs - {{eponym:McRoberts}}. Suprapubic pressure by [[NAME:Summer]].
0449 no delivery. {{eponym:Rubin}} II then {{eponym:Woods}} screw by Dr. [[NAME:Pappas]].
0450 posterior arm delivered, body followed. Total head-to-body 1 min 50 s.
0450 NICU team in room ([[NAME:Cross]], NNP). Infant limp, HR < 100 -> PPV 30 s, then vigorous. Apgars {{score:Apgar 4 and 8}}.
     R arm moving less - Erb palsy ({{eponym:Erb}}) vs clavicle fx, NICU to eval.
0458 placenta delivered. Fundus boggy - {{drug:Pitocin}} bolus, fundal massage, {{drug:Hemabate}} {{dose:250 mcg}} IM at 0503.
0510 QBL 900 mL, fundus firm. {{vital:BP 108/64}}, {{vital:HR 104}}.
[[NAME:Grace]] and [[NAME:Sela]] updated by Dr. [[NAME:Pappas]]. Debrief held 0600. Event documentation sheet completed.
Scribe: [[NAME:mtaufa]]  -- [[NAME:L. Funaki]], RN
""", summary="""
Delivery for [[NAME:Grace Taufa]] complicated by shoulder dystocia resolved with {{eponym:McRoberts}}, {{eponym:Rubin}} and
{{eponym:Woods}} maneuvers, an infant needing brief PPV with possible {{eponym:Erb}} palsy, and atony treated with {{drug:Hemabate}}.
"""),
    dict(style="peds_sick_visit", note="""
PEDIATRIC ACUTE VISIT - Ear Pain

S: {{age:3}} yo with 2 days of Right Ear Pain, fever to 102.4 F, waking at night. Attends Daycare. No ear drainage.
Last AOM >1 year ago. No Allergies. Immunizations Up To Date including PCV.
O: {{vital:T 38.6}}, {{vital:HR 124}}. Right TM bulging, erythematous, opaque, no mobility on pneumatic otoscopy.
Left TM pearly gray, mobile. Oropharynx clear. Lungs clear. No Mastoid tenderness.
A: Acute Otitis Media, right, with bulging TM.
P: {{drug:Amoxicillin}} {{dose:90 mg/kg/day}} divided BID x 10 days ({{dose:600 mg}} BID).
{{drug:Ibuprofen}} {{dose:10 mg/kg}} q6h PRN pain. Return if not improved in 48-72 h - would switch to {{drug:Augmentin}}.
Recheck only if symptoms persist. Reviewed Daycare return after 24 h on antibiotics and fever-free.
""", summary="""
Three-year-old with right acute otitis media and bulging TM treated with high-dose {{drug:amoxicillin}} and
{{drug:ibuprofen}}, with a plan to switch to {{drug:Augmentin}} if no improvement.
"""),
    dict(style="birth_certificate_worksheet", note="""
BIRTH CERTIFICATE WORKSHEET - MOTHER'S INFORMATION (confidential, for vital records)
Child: [[NAME:Keoni Makana Faʻalogo-Domingo]]     Date of birth: [[DATE:April 2, 2025]]  1347     Sex: M
Place of birth: Kapiolani Medical Center, [[ADDRESS:Honolulu]]

Mother's current legal name: [[NAME:DOMINGO, PRINCESS ANN L]]    Name prior to first marriage: [[NAME:Princess Ann Lagmay]]
Mother's DOB: [[DATE:09/27/1998]]    Birthplace: [[ADDRESS:Laoag City]], Philippines
Residence: [[ADDRESS:94-1022 Kahuamoku St]], [[ADDRESS:Waipahu]], HI [[ADDRESS:96797]]
Mother's SSN: [[SSN:578-41-9026]] (for Social Security number for baby - YES)
Phone [[PHONE:808-744-2031]]    Email [[EMAIL:princessann.domingo98@gmail.com]]

Father's name: [[NAME:FAʻALOGO, IOANE S]]    DOB: [[DATE:1997-01-15]]   Birthplace: [[ADDRESS:Pago Pago]], American Samoa
Acknowledgment of Paternity signed [[DATE:4/3]] in presence of [[NAME:lmacaraeg]] (birth registrar).
Mother's education: some college. Prenatal care began 1st trimester. WIC: yes.
Worksheet reviewed with [[NAME:Princess Ann]] and [[NAME:Ioane]] at bedside; spelling of [[NAME:Keoni]]'s name confirmed.
""", summary="""
Birth certificate worksheet for [[NAME:Keoni Makana Faʻalogo-Domingo]], born [[DATE:April 2, 2025]] in [[ADDRESS:Honolulu]],
with mother's and father's identifying details and a paternity acknowledgment witnessed by [[NAME:lmacaraeg]].
"""),
]
