NOTES = [
    dict(style="dental_referral_letter", note="""
Keough Family Dentistry
[[ADDRESS:212 Tioga St, Tunkhannock, PA 18657]]   [[PHONE:(570) 555-0130]]

[[DATE:April 2, 2025]]

Dr. [[NAME:Vincent Ferraro]], DMD, MD
Valley Oral & Maxillofacial Surgery
[[ADDRESS:1180 Wyoming Ave, Kingston, PA 18704]]      Fax [[PHONE:570-555-0199]]

Re: [[NAME:Maeve Callahan]]    DOB [[DATE:07/19/2006]]

Dear [[NAME:Vince]],
Thank you for seeing [[NAME:Maeve]], an {{age:18}}-year-old college freshman, for evaluation of third molars #1, #16, #17 and #32.
The pano taken [[DATE:3/28/25]] (enclosed) shows #17 and #32 mesioangular and partially erupted, with #32 close to the IAN canal.
She has had pericoronitis at #32 twice this winter, treated with {{drug:amoxicillin}} {{dose:500 mg}} TID and {{drug:Peridex}} rinses.
Medical history: mild intermittent asthma ({{drug:albuterol}} PRN), no other meds. Allergy: {{drug:codeine}} (vomiting).
Her mother [[NAME:Siobhan]] would prefer IV sedation and can be reached at [[PHONE:(570) 555-0171]]. Delta Dental member ID
[[MRN:DD0048813270]].
I will hold off on the #30 crown until she has healed. Please send your findings when convenient.

Sincerely,
[[NAME:Brendan Keough]], DDS
[[NAME:BK]]/[[NAME:mh]]
""", summary="""
Dr. [[NAME:Brendan Keough]] referred [[NAME:Maeve Callahan]], {{age:18}}, to oral surgeon Dr. [[NAME:Vincent Ferraro]] for removal of four third molars after two bouts of pericoronitis at #32. Her mother prefers IV sedation and she is allergic to {{drug:codeine}}.
"""),

    dict(style="dental_hygiene_recall", note="""
[[DATE:10/07/24]]  PERIO MAINT / RECALL    Pt: [[NAME:Zawadzki, Helen]]
Med hx reviewed. New: {{drug:Eliquis}} {{dose:5 mg}} BID for afib, per Dr. [[NAME:Lund]] - no hold needed for cleaning. {{vital:BP 138/86}} L arm.
4BWX taken by [[NAME:LM]], FMX due next yr.
Probing: gen 3-4 mm; 5 mm #3 DL, #14 MB, #19 DL w BOP. Rec #24-25 2 mm. Mobility none. Furcation II #30 B.
Plaque {{score:O'Leary 32%}} (was 45%).
Tx: full mouth scaling w Cavitron + hand, {{drug:Arestin}} #14 MB. Mild oozing, controlled w pressure, pt on anticoag.
Rx {{drug:PreviDent 5000}} qhs. OHI: interdental brushes (green size) lower anteriors.
Husband [[NAME:Bogdan]] in waiting rm asked about his lower denture reline, told to call. Next appt booked by [[NAME:O'Leary]] at front desk.
NV 3 mo perio maint + doctor exam.
-[[NAME:jk]], RDH
""", summary="""
[[NAME:Helen Zawadzki]] had periodontal maintenance with localized 5 mm pockets treated with scaling and {{drug:Arestin}}; her new {{drug:Eliquis}} caused only minor bleeding. She returns in three months for a doctor exam.
"""),

    dict(style="ophthalmology_cataract_eval", note="""
OPHTHALMOLOGY - CATARACT EVALUATION
[[NAME:MAZUREK, KAZIMIERZ]]   MRN [[MRN:3340912]]   DOB [[DATE:05/05/1944]] ({{age:80}})   Ref: [[NAME:Hope Dunleavy]], OD
Visit [[DATE:Oct 14, 2024]]

CC: glare driving at night, can't read road signs until he's on top of them; quit driving after dark in Aug.
VA cc: OD {{vital:20/60}}, OS {{vital:20/40}}. BAT (high) OD {{vital:20/200}}. MRx no improvement.
IOP ({{eponym:Goldmann}}) {{vital:16}}/{{vital:15}}.
SLE: OD 3+ NS, 2+ cortical; OS 2+ NS. Cornea trace guttae OU, no edema - early {{eponym:Fuchs}} dystrophy. Pachy 568/571.
DFE: C/D 0.3 OU, macula flat, no drusen.
IOLMaster: AL 23.41/23.38, K's within 0.5 D.
Meds: {{drug:tamsulosin}} {{dose:0.4 mg}} (Dr. [[NAME:Pagano]], urology) - IFIS risk, {{eponym:Malyugin}} ring on standby.
A/P: Visually significant cataract OD > OS. Risks reviewed incl. corneal decompensation given {{eponym:Fuchs}}. Phaco/IOL OD,
monofocal, target -0.25. Surgery [[DATE:Thurs 11/14]] with Dr. [[NAME:Sheehy]]; OS in 4-6 wk if happy. Son [[NAME:Lech]] to drive.
Scribed by [[NAME:bmalinowski]]; attested [[NAME:Eileen Sheehy]], MD
""", summary="""
[[NAME:Kazimierz Mazurek]], {{age:80}}, has a visually significant right cataract with glare and early {{eponym:Fuchs}} dystrophy, and takes {{drug:tamsulosin}}. Dr. [[NAME:Eileen Sheehy]] will do right phaco/IOL on [[DATE:11/14]].
"""),

    dict(style="audiology_hearing_aid_fitting", note="""
AUDIOLOGY - HEARING AID FITTING
Patient: [[NAME:Buck Ostrowski]]   {{age:71}}   Acct [[MRN:A-66210]]   [[DATE:9/03/2024]]
Audiologist: [[NAME:Shira Katz]], AuD

Accompanied by son [[NAME:Will]], who will handle the phone app.
Audiogram [[DATE:8/19/24]]: bilateral sloping moderate-to-severe SNHL, symmetric. WRS {{score:76%}} R, {{score:72%}} L at 70 dB HL.
Tymps Type A OU ({{eponym:Jerger}}). {{eponym:Weber}} midline, {{eponym:Rinne}} AC>BC OU.
Devices: Phonak Audéo Lumity 90 RIC, M receivers, closed domes. REM to NAL-NL2, within 3 dB 500-4000 Hz.
Pt says his old store-bought pair "wasn't worth a buck." Already hearing the turn signal clicking in the truck.
Counseled on cleaning, charging, 2-4 wk adjustment. Tinnitus program set as optional.
Follow-up [[DATE:Sept 17]] 10:30. Trial period ends [[DATE:10/03/2024]].
[[NAME:S. Katz]], AuD
""", summary="""
[[NAME:Buck Ostrowski]], {{age:71}}, was fit with bilateral receiver-in-canal hearing aids for symmetric moderate-to-severe sensorineural loss, verified with real-ear measures. His son [[NAME:Will]] will manage the app, and follow-up is [[DATE:Sept 17]].
"""),

    dict(style="podiatry_wound_progress", note="""
PODIATRY PROGRESS NOTE   [[DATE:Jan 23, 2025]]
[[NAME:Dolores Cappelletti]]   MRN [[MRN:7781203]]   DM2, neuropathy, {{lab:A1c 9.1}}

R plantar 1st MPJ ulcer, {{score:Wagner 2}}: 1.4 x 1.1 x 0.4 cm (last wk 1.8 x 1.3 x 0.5). Probe-to-bone neg. Granular base 80%,
slough 20%, mild maceration at edge. No cellulitis. {{vital:ABI 0.92}} R. XR: no {{eponym:Charcot}} changes, no osteo.
Debrided sharp to bleeding base w #15 blade, {{drug:Santyl}} + foam, total contact cast re-applied w [[NAME:skip]] (MA).
Also c/o fullness behind R knee x3 wk; soft, nontender, likely {{eponym:Baker}} cyst - r/o DVT w duplex today.
If duplex neg, referred to Dr. [[NAME:Baker]] (ortho, [[ADDRESS:Dunmore]] office) for the knee.
Daughter [[NAME:Rosemary]] drives her; home health (Amedisys [[PHONE:570-555-0152]]) not needed while casted.
RTC 1 wk cast change. [[NAME:T. Przybylski]], DPM
""", summary="""
[[NAME:Dolores Cappelletti]]'s {{score:Wagner 2}} plantar ulcer is shrinking and was debrided and re-casted. A probable {{eponym:Baker}} cyst behind her knee will be checked for DVT and then seen by Dr. [[NAME:Baker]] in orthopedics.
"""),

    dict(style="dental_postop_instructions", note="""
AFTER EXTRACTION - HOME CARE INSTRUCTIONS

- Bite on the gauze firmly for 45 minutes. Replace only if still bleeding.
- Do NOT spit, rinse, smoke, vape or use a straw for 72 hours (risk of Dry Socket / alveolar osteitis).
- Ice 20 min on / 20 min off the first day. Swelling peaks on day 2-3.
- Pain: {{drug:ibuprofen}} {{dose:600 mg}} with {{drug:acetaminophen}} {{dose:500 mg}} every 6 hours for 3 days, unless told otherwise.
  Take the prescribed {{drug:Norco}} only for severe pain; no driving.
- Starting tomorrow: warm salt water rinse after meals; {{drug:Peridex}} {{dose:15 mL}} twice daily if given.
- Soft, cool foods. Avoid seeds, popcorn and crunchy chips for a week.
- If you had IV sedation, an adult must stay with you tonight.
- Call the office for bleeding that soaks gauze after 4 hours, fever over 101, pus, or numbness lasting past tomorrow.
  After hours, the on-call surgeon is reached through the main number.
""", summary="""
Standard home-care instructions after tooth extraction covering gauze, dry socket precautions, {{drug:ibuprofen}} plus {{drug:acetaminophen}} for pain, and when to call. No patient is named.
"""),

    dict(style="optometry_portal_and_visit", note="""
PATIENT PORTAL MESSAGE   received [[DATE:07/08/2025]] 10:22
from acct [[NAME:Sunniva Brzezinski]]:
"hi its [[NAME:sunny]] (im on my moms account) my left eye is red and really hurts when its sunny out, i slept in my contacts
friday at [[ADDRESS:harveys lake]]. is that bad? i have work at 3"

Reply 10:31 ([[NAME:ntully]]): [[NAME:Sunny]], please take the lens out, don't put it back, and come in at 11:30 today.

VISIT [[DATE:7/8/25]] 11:40
CL overwear, Acuvue Oasys 2-wk lenses worn ~6 wk, sleeps in them "sometimes." VA cc OS {{vital:20/50}}, OD {{vital:20/20}}.
OS: 1.2 mm paracentral infiltrate w overlying epithelial defect, NaFl stain +, 1+ AC cell, no hypopyon. OD quiet.
Dx: CL-related microbial keratitis OS. Cultured. {{drug:Vigamox}} q1h while awake x 48 h, then QID. No CL, no patching.
Mom [[NAME:Agata]] [[PHONE:570-555-0128]] informed. Recheck [[DATE:7/9]] AM; if worse, cornea (Dr. [[NAME:Feuerstein]]) same day.
[[NAME:Noreen Tully]], OD
""", summary="""
[[NAME:Sunny Brzezinski]] messaged about a painful red left eye after sleeping in her contacts and was seen the same day with a small contact-lens-related corneal infiltrate. She was started on hourly {{drug:Vigamox}} and rechecks [[DATE:7/9]].
"""),

    dict(style="ophthalmology_letter_from_abroad", note="""
Studio Oculistico Bertolucci - [[ADDRESS:Via dei Servi 41, 50122 Firenze]]
Tel. [[PHONE:+39 055 234 8812]]   [[EMAIL:studio.bertolucci@libero.it]]

[[ADDRESS:Firenze]], [[DATE:15 maggio 2025]]

To the treating ophthalmologist in the USA,
I saw Mrs [[NAME:Florence Amato]], born [[DATE:02/11/1951]], while she was visiting her sister [[NAME:Carmela]] here in [[ADDRESS:Florence]].
She presented on [[DATE:28/04/2025]] with sudden metamorphopsia OS. OCT showed subretinal fluid and a type 1 CNV; diagnosis
neovascular AMD OS. VA OS {{vital:20/80}} (0.25), OD {{vital:20/25}}. Amsler grid distorted OS.
I gave {{drug:aflibercept}} {{dose:2 mg}} intravitreal OS on [[DATE:30/04/2025]] and [[DATE:14 maggio]]. Fluid reduced, VA OS {{vital:20/50}}.
She flies home to [[ADDRESS:Revere]] on [[DATE:20 maggio]]; she needs the 3rd loading injection in about 4 weeks.
OCT scans are on the enclosed CD. Please contact me for any question.
Cordiali saluti,
Dott.ssa [[NAME:Lucia Bertolucci]], medico chirurgo oculista
""", summary="""
Dr. [[NAME:Lucia Bertolucci]] in [[ADDRESS:Florence]], Italy wrote that [[NAME:Florence Amato]] was diagnosed with neovascular AMD in the left eye and received two {{drug:aflibercept}} injections with improvement. She needs her third loading dose about four weeks after returning to [[ADDRESS:Revere]].
"""),

    dict(style="oral_surgery_op_dictation", note="""
OPERATIVE REPORT - ORAL AND MAXILLOFACIAL SURGERY   (dictated, voice recognition)

patient name [[NAME:Callahan]] C A L L A H A N first name [[NAME:Maeve]] M A E V E, medical record number [[MRN:V as in Victor four four zero nine one two]],
date of surgery [[DATE:april twenty fourth twenty twenty five]]. surgeon doctor [[NAME:Farrow]] correction doctor [[NAME:Ferraro]].
assistant [[NAME:hunter]], anesthesia by the surgeon. preoperative diagnosis impacted teeth number 1, 16, 17 and 32,
recurrent pericoronitis. procedure surgical extraction of four third molars under IV sedation.
IV placed right hand, {{drug:midazolam}} {{dose:5 mg}}, {{drug:fentanyl}} {{dose:100 mcg}}, {{drug:propofol}} titrated, total {{dose:120 mg}}.
local {{drug:lidocaine}} 2 percent with {{dose:1:100,000}} epinephrine {{dose:7.2 mL}} and {{drug:Marcaine}} 0.5 percent {{dose:3.6 mL}}.
number 32 sectioned and delivered, inferior alveolar nerve not visualized. sockets irrigated, closed with 3-0 chromic.
estimated blood loss 20 mL. {{vital:SpO2 97%}} or higher throughout. discharged to mother [[NAME:Siobhan Callahan]] alert and ambulatory.
{{drug:ibuprofen}} {{dose:600 mg}}, {{drug:Norco}} {{dose:5/325}} number 8. copy to doctor [[NAME:Keough]] new paragraph end of dictation.

T: [[DATE:04/25/2025]]  [[NAME:pjr]]
""", summary="""
Dr. [[NAME:Vincent Ferraro]] removed [[NAME:Maeve Callahan]]'s four impacted third molars under IV sedation without complication; the nerve was not exposed at #32. She went home with her mother on {{drug:ibuprofen}} and a small {{drug:Norco}} supply.
"""),

    dict(style="newborn_hearing_referral", note="""
NEWBORN HEARING SCREEN - REFER
Baby Boy [[NAME:Goldfarb]]   MRN [[MRN:N2025-00871]]   DOB [[DATE:6/2/2025]]   Well-baby nursery, no NICU stay

AABR ([[DATE:6/3]] 14:10): PASS right, REFER left. Rescreen [[DATE:6/4]] 09:00: REFER left.
Risk factors: family hx - maternal uncle deaf since childhood. No CMV testing yet, no ototoxic meds, {{score:Apgar 8/9}}.
Mother [[NAME:Tzipora Goldfarb]] and father [[NAME:Avrohom Goldfarb]] informed; father speaks mostly Yiddish, phone interpreter
[[NAME:Lipsky]] badge [[MRN:INT-30417]] used. Parents understand a refer result is not a diagnosis.
Plan: saliva CMV PCR sent before discharge (under 21 days). Outpatient diagnostic ABR [[DATE:6/16]] 08:00 with Dr. [[NAME:Nussbaum]]'s team.
Pediatrician Dr. [[NAME:Weiss]] ([[ADDRESS:Monsey]]) notified by fax [[PHONE:845-555-0177]].
Screener: [[NAME:rkane]]
""", summary="""
Baby Boy [[NAME:Goldfarb]] failed the newborn hearing screen in the left ear twice and has a family history of deafness. A CMV test was sent and a diagnostic ABR is set for [[DATE:6/16]].
"""),

    dict(style="podiatry_clinic_schedule", note="""
PODIATRY - THURS CLINIC  [[DATE:Thurs 2/20]]    DPM: [[NAME:Przybylski]]    MA: [[NAME:ty]]

0800 | [[NAME:Haggerty]] | I/G nail L hallux, matrixectomy ({{drug:phenol}} 89%) | consent signed, {{drug:lidocaine}} plain only
0815 | [[NAME:Novak, Ed]] | DM foot exam, nails x10 | {{lab:A1c 7.2}}, monofilament {{score:10/10}}
0830 | [[NAME:Ruth Bialik]] | plantar fasciitis L f/u | inj {{drug:Kenalog}} {{dose:10 mg}} + {{drug:lidocaine}} {{dose:1 mL}}
0845 | [[NAME:Jo Carney]] | new pt, heel pain peds | mom [[NAME:Deirdre]] to come
0900 | [[NAME:Al Santangelo]] | {{eponym:Morton}} neuroma R 3rd IS | 2nd alcohol sclerosing inj
0930 | [[NAME:Bishop]] | {{eponym:Austin}} bunionectomy R, 2 wk post-op | sutures out, XR first
0945 | [[NAME:Bishop]] (wife) | callus 5th met head | same-day add-on
1000 | NO SHOW - [[NAME:Kaczmarek]] | | 2nd no-show, letter per policy

[[NAME:ty]] to call no-shows by 1200. Phenol expiry checked. ~[[NAME:tp]]
""", summary="""
Thursday podiatry schedule for Dr. [[NAME:Przybylski]] including a nail matrixectomy for [[NAME:Haggerty]], a {{eponym:Morton}} neuroma injection for [[NAME:Al Santangelo]], and suture removal after [[NAME:Bishop]]'s bunionectomy. [[NAME:Kaczmarek]] was a second no-show.
"""),

    dict(style="retina_injection_log", note="""
RETINA INJECTION CLINIC   [[DATE:2025-03-11]]

Rm | Pt | Eye | Drug | VA | IOP post | Inj by
3 | [[NAME:Kaminski, Leon]] | OD | {{drug:Eylea}} {{dose:2 mg}} | {{vital:20/50}} | {{vital:14}} | [[NAME:Lund]]
4 | [[NAME:Rose Gallagher]] | OS | {{drug:Vabysmo}} {{dose:6 mg}} | {{vital:20/32}} | {{vital:19}} | [[NAME:Lund]]
3 | [[NAME:PRICE, MYRTLE]] | OU | {{drug:Avastin}} {{dose:1.25 mg}} OU | {{vital:20/100}}, {{vital:20/70}} | {{vital:22}}, {{vital:18}} | [[NAME:Sheehy]]
5 | [[NAME:Mancuso, Sal]] | OD | {{drug:Eylea HD}} {{dose:8 mg}} | {{vital:20/40}} | {{vital:16}} | [[NAME:Lund]]

[[NAME:Gallagher]]: new floaters since last inj; scleral depression 360, no break, no RD, no vitreous heme.
[[NAME:Price]]: {{vital:IOP 22}} OD at 30 min, recheck 45 min {{vital:IOP 17}}, ok to go. Consent re-signed by daughter/POA [[NAME:Constance]].
Cash price of {{drug:Vabysmo}} quoted to [[NAME:Gallagher]]; prior auth renewed, ref [[MRN:PA-88104472]].
Log reconciled with MAR (lot #s there) - [[NAME:rn_mdolan]]; edited 16:02 by [[NAME:akovalenko]].
""", summary="""
Retina injection log for four patients, including [[NAME:Leon Kaminski]] and [[NAME:Sal Mancuso]] receiving {{drug:Eylea}} from Dr. [[NAME:Lund]]. [[NAME:Rose Gallagher]] had no retinal break on exam for new floaters, and [[NAME:Myrtle Price]]'s transient pressure rise resolved.
"""),

    dict(style="vestibular_testing_instructions", note="""
AUDIOLOGY / VESTIBULAR LAB - BEFORE YOUR VNG AND ROTARY CHAIR TEST

Please stop these 48 hours before testing (ask your prescriber first):
- {{drug:meclizine}} ({{drug:Antivert}}), {{drug:dimenhydrinate}} ({{drug:Dramamine}}), {{drug:promethazine}}
- {{drug:diazepam}} ({{drug:Valium}}), {{drug:lorazepam}} ({{drug:Ativan}}), sleeping pills, alcohol
Keep taking: heart, blood pressure, diabetes, seizure and antidepressant medicines.
Wear no eye makeup. Eat a light meal 2 hours before. Plan about 90 minutes.
The test includes the {{eponym:Dix-Hallpike}} position check, caloric irrigation with warm and cool air, and a rotary chair.
If BPPV is found, an {{eponym:Epley}} maneuver may be done the same day; bring someone to drive you home.
Tell us if you have a pacemaker, neck surgery, a perforated eardrum, or {{eponym:Meniere}} disease.
""", summary="""
Preparation instructions for vestibular testing listing medicines such as {{drug:meclizine}} and {{drug:Valium}} to stop 48 hours before, and explaining the {{eponym:Dix-Hallpike}} and caloric tests. No patient information is included.
"""),

    dict(style="pediatric_dental_new_patient", note="""
PEDIATRIC DENTAL - NEW PATIENT EXAM   [[DATE:6/5/2025]]
Pt: [[NAME:Hunter Quinlan]], {{age:4}} yo M    Acct [[MRN:PD-40371]]    from [[ADDRESS:mehoopany]]

Mom [[NAME:June Quinlan]] present. First dental visit. Bottle w juice at bedtime until {{age:3}}. Well water, no fluoride supplements.
Behavior {{score:Frankl 2}} (negative): cried, would not open for mirror; knee-to-knee exam done.
Findings: S-ECC - cavitated lesions #D #E #F #G, #I, #L #S, #T; abscess at #F w parulis. No swelling past vestibule, afebrile.
Tx plan: full-mouth rehab under GA at the ambulatory surgery center; earliest OR into late June or July. Ext #F under GA.
{{drug:amoxicillin}} {{dose:45 mg/kg/day}} div BID x7d ({{lab:wt 17 kg}}) for the #F abscess. {{drug:fluoride varnish}} 5% applied.
Pre-auth to PA Medicaid submitted, ref [[MRN:20250605-KL339]].
Front desk (per [[NAME:deb]]): [[NAME:june]] called back 3:40 to ask about the sippy cup, told water only.
[[NAME:Rachel Wexler]], DMD
""", summary="""
{{age:4}}-year-old [[NAME:Hunter Quinlan]] has severe early childhood caries with an abscess at #F and was started on {{drug:amoxicillin}}; full-mouth rehabilitation under general anesthesia is planned. His mother [[NAME:June]] was counseled on bedtime bottles.
"""),

    dict(style="optometry_glaucoma_referral", note="""
Gilhooly Eye Care
[[DATE:September 9, 2024]]

Dr. [[NAME:Rebecca Green]]
Glaucoma Service, Wills Eye Hospital

RE: [[NAME:Eli Birnbaum]]   DOB [[DATE:1/30/1958]]   ph [[PHONE:(718) 555-0164]]

Dear Dr. [[NAME:Green]],
I am referring Mr. [[NAME:Birnbaum]], {{age:66}}, for glaucoma evaluation. IOP by {{eponym:Goldmann}} {{vital:27}} OD and {{vital:24}} OS at 10:15 AM,
CCT 521/528. C/D 0.7 OD, 0.5 OS with inferior rim thinning OD. OCT RNFL flags inferior quadrant red OD; the rest is green.
HVF 24-2 OD: superior arcuate defect, {{score:MD -4.3 dB}}; OS full. His mother went blind from glaucoma.
I started {{drug:latanoprost}} {{dose:0.005%}} qhs OU on [[DATE:9/6]]. He is a reliable patient; his son [[NAME:Shloime]] will
come to the visit. Records and OCT printouts are attached.

With thanks,
[[NAME:Dermot Gilhooly]], OD
""", summary="""
Dr. [[NAME:Dermot Gilhooly]] referred [[NAME:Eli Birnbaum]], {{age:66}}, to Dr. [[NAME:Rebecca Green]] for suspected primary open-angle glaucoma with high pressures, inferior nerve thinning, and a superior arcuate field defect in the right eye. He was started on {{drug:latanoprost}}.
"""),

    dict(style="audiology_sshnl_dictation", note="""
AUDIOLOGY - URGENT EVALUATION   (dictated, voice recognition)

this is doctor [[NAME:Nora Sheehan]] S H E E H A N seeing [[NAME:Abraham]] "[[NAME:Avi]]" [[NAME:Teitelbaum]], date of birth
[[DATE:eleven nine nineteen sixty two]], account [[MRN:A as in apple seven seven one zero four]]. he woke up [[DATE:Monday the 12th]]
with right ear fullness and roaring tinnitus, no vertigo, no trauma. otoscopy clear bilaterally.
audiogram right moderate to severe flat sensorineural loss, 30 dB or greater at three consecutive frequencies compared with the left,
which is normal. word recognition right {{score:48%}}, left {{score:100%}}. tympanograms type A, reflexes absent right.
impression sudden sensorineural hearing loss right. called ENT, doctor [[NAME:Shee Han]] correction doctor [[NAME:Sheehan]] spoke with
doctor [[NAME:Rosenzweig]] who will see him today at 3, oral {{drug:prednisone}} {{dose:60 mg}} to start, MRI IAC to follow.
wife [[NAME:Golda]] driving. end dictation.
""", summary="""
Dr. [[NAME:Nora Sheehan]] found sudden right sensorineural hearing loss in [[NAME:Avi Teitelbaum]] and arranged same-day ENT with Dr. [[NAME:Rosenzweig]], who will start {{drug:prednisone}} and order an MRI.
"""),

    dict(style="podiatry_nursing_facility_rounds", note="""
PODIATRY - NURSING FACILITY ROUTINE FOOT CARE    St. Stanislaus Manor    [[DATE:11-Dec-2024]]

Rm | Resident | Age | Findings | Done
104 | [[NAME:LIPSCHITZ, HERSHEL]] | [[AGE:94]] | onychomycosis x10, 4 mm thick, class Q8 | debrided x10
107 | [[NAME:Dubrowski, Stella]] | {{age:88}} | HD L 5th toe, no ulcer | padded, shoe check
112 | [[NAME:Faith McCarty]] | [[AGE:101]] | L heel pressure injury stage 2 | see below
115 | [[NAME:Earl Pulaski]] | {{age:86}} | {{lab:A1c 6.9}}, absent DP/PT, class Q8 | nails x10, no cut cuticles

[[NAME:McCarty]]'s heel: 1.0 x 0.8 cm partial thickness, pink base, no slough. Offloading boot + {{drug:Medihoney}} + foam q3d.
Told DON [[NAME:Bernadette]] and charge RN [[NAME:Kasia]]; turn schedule updated. Granddaughter [[NAME:Faith]] at bedside, has
faith "Nana will walk again."
Resident [[NAME:earl]] asked for new slippers - family to bring non-skid size 10.
MBIs on file: [[MRN:4TR7-GH2-KM61]] ([[NAME:Lipschitz]]), [[MRN:1EG4-TE5-MK73]] ([[NAME:Pulaski]]).
[[NAME:A. Lombardi]], DPM
""", summary="""
Routine podiatry rounds at a nursing facility included nail debridement for [[NAME:Hershel Lipschitz]], [[AGE:94]], and [[NAME:Earl Pulaski]], and a stage 2 heel pressure injury for [[NAME:Faith McCarty]], [[AGE:101]], now offloaded with {{drug:Medihoney}} dressings.
"""),

    dict(style="omfs_mronj_consult", note="""
OMFS CONSULT - EXPOSED BONE L POSTERIOR MANDIBLE    [[DATE:2024-08-27]]
[[NAME:Adler]], {{age:76}}, ref from [[NAME:Keough]] DDS after #19 extraction [[DATE:6/12]] failed to heal.
Osteoporosis: {{drug:Fosamax}} {{dose:70 mg}} weekly x8 yr (stopped 2021), then {{drug:Prolia}} {{dose:60 mg}} q6mo, last [[DATE:5/30]].
Also {{drug:prednisone}} {{dose:5 mg}} for PMR. Non-smoker.
Exam: 8 x 6 mm exposed necrotic bone #19 socket, purulence on pressure, erythema of buccal mucosa, no fistula, no paresthesia.
Pano: sclerotic socket, no sequestrum or fracture.
Imp: MRONJ AAOMS stage 2.
Plan: {{drug:chlorhexidine}} {{dose:0.12%}} rinse BID, {{drug:Pen VK}} {{dose:500 mg}} QID x14d, {{drug:Peridex}} swabs; CBCT.
Do not give next {{drug:Prolia}} without talking to us - letter to endocrinology (Dr. [[NAME:Goldstein]]).
[[NAME:Rivka Adler]]'s daughter [[NAME:Dvora]] in [[ADDRESS:Haifa]] on speaker; emailed summary to [[EMAIL:dvora.adler.ben@gmail.com]] per pt.
[[NAME:Lund]] aware. RTC 2 wk. [[NAME:V. Ferraro]], DMD MD
""", summary="""
[[NAME:Rivka Adler]], {{age:76}}, has stage 2 medication-related osteonecrosis of the jaw at a #19 extraction site after years of {{drug:Fosamax}} and {{drug:Prolia}}. Dr. [[NAME:Ferraro]] started rinses and {{drug:Pen VK}}, ordered a CBCT, and asked endocrinology to hold {{drug:Prolia}}.
"""),

    dict(style="ophthalmology_ed_consult", note="""
OPHTHALMOLOGY ED CONSULT   [[DATE:Sun 8/10/25]] 2215
Requesting: ED attending Dr. [[NAME:Horner]]
Pt: [[NAME:Dusty Kwiatkowski]]   {{age:44}}M   from [[ADDRESS:laceyville]]   MRN [[MRN:5520718]]

HPI: L neck pain since stacking hay bales Fri, today wife [[NAME:Kelly]] noticed L eyelid droop. Mild L headache, no vision loss.
Exam: VA {{vital:20/20}} OU. Pupils: L 3 mm / R 5 mm in dark, anisocoria greater in dark, no RAPD. L ptosis 2 mm, inverse ptosis
lower lid. EOM full. {{drug:apraclonidine}} {{dose:0.5%}} OU: reversal of anisocoria at 45 min.
Imp: acute painful L {{eponym:Horner}} syndrome - carotid dissection until proven otherwise.
Plan: CTA head/neck STAT (d/w [[NAME:Horner]], ordered). If dissection: neuro/vascular, antithrombotic per stroke team.
Ophtho will f/u as outpt. [[NAME:Ilana Feuerstein]], MD PGY-3; d/w [[NAME:Sheehy]] by phone.
""", summary="""
[[NAME:Dusty Kwiatkowski]], {{age:44}}, developed a painful left {{eponym:Horner}} syndrome after heavy lifting, confirmed with {{drug:apraclonidine}} testing. ED physician Dr. [[NAME:Horner]] ordered a STAT CTA to rule out carotid dissection.
"""),

    dict(style="dental_billing_note", note="""
FRONT OFFICE / BILLING NOTE   [[DATE:01/30/2025]]
Pt [[NAME:Faith Brennan]]   DOB [[DATE:12/02/1979]]   Acct [[MRN:104882]]
MetLife Dental member ID [[MRN:MET551290847]], employer group 0419922.

Claim [[MRN:CLM-25-0017342]] for D2740 crown #30, DOS [[DATE:12/18/2024]], denied: "missing tooth clause."
Called MetLife [[PHONE:1-800-555-0163]], rep [[NAME:Dwayne]], call ref [[MRN:250130-11873]]. #30 was present at placement
(pre-op BWX [[DATE:11/4/24]]); rep says resubmit with x-ray and narrative.
Resubmitted on portal w BWX + Dr. [[NAME:Keough]]'s narrative (fractured MB cusp, existing MOD amalgam).
Pt called [[PHONE:570-555-0119]] - vm full; emailed [[EMAIL:faith.brennan79@outlook.com]] with update. Balance on hold 30 days.
Gave her a good faith estimate for #31 onlay at the same time.
[[NAME:kobrien]]
""", summary="""
The office resubmitted [[NAME:Faith Brennan]]'s crown claim for #30 after MetLife denied it under a missing-tooth clause, attaching the pre-op x-ray and a narrative. Her balance is on hold for 30 days and she was emailed an update.
"""),

    dict(style="podiatry_patient_education", note="""
PODIATRY - DIABETIC FOOT SELF-CHECK (handout reviewed at visit)

- Look at both feet every night, including between the toes and the bottoms (use a mirror or ask family).
- Call the same day for: a new blister or sore, red or warm skin, drainage, a black spot, or swelling of one foot.
- Never walk barefoot, even at home. Shake out shoes before putting them on.
- Check bath water with your elbow; neuropathy hides burns. No heating pads on feet.
- Cut nails straight across; leave corns and calluses to the clinic. No drugstore corn pads (salicylic acid).
- Moisturize tops and bottoms, not between the toes.
- Medicare therapeutic shoes: one pair plus 3 inserts per year with a certifying statement.
- Keep your A1c goal as set by your primary care team; high sugars slow healing.
- Smoking narrows leg arteries; ask about {{drug:Chantix}} or nicotine patches ({{dose:21 mg}}).
""", summary="""
Diabetic foot self-care handout covering nightly inspection, warning signs needing same-day calls, footwear, nail care, and smoking cessation. No patient information is included.
"""),
]
