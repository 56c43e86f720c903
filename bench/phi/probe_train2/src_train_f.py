# Hand-written synthetic training notes (probe_train2, part f): radiology worklists, tele-radiology reads,
# outside-film comparisons, imaging scheduling. All people, numbers and dates invented.
NOTES = [
    dict(style="radiology_worklist", note="""
CT WORKLIST - MAIN CAMPUS        printed [[DATE:Wed 02-04-2026]] 07:02 by [[NAME:aozdemir]]        page 1 of 2
pri  | accession            | patient                      | MRN              | DOB / age                          | exam                    | ordering                 | status
STAT | [[MRN:CT26-004471]]  | [[NAME:ŞAHİN, MERVE]]        | [[MRN:1029384]]  | [[DATE:03/22/1988]] / {{age:37}}  | CTA chest PE protocol   | [[NAME:Tahir]]           | scanned 06:48, to read
STAT | [[MRN:CT26-004473]]  | [[NAME:RANA, FAISAL M]]      | [[MRN:0877215]]  | [[DATE:11/30/1949]] / {{age:76}}  | CT head w/o             | [[NAME:Kvirikashvili L]] | on table
ASAP | [[MRN:CT26-004460]]  | [[NAME:NAZARBAYEVA, ZHANAR]] | [[MRN:1190032]]  | [[DATE:07/07/1934]] / [[AGE:91]]  | CT A/P w IV contrast    | [[NAME:Page]]            | HOLD - {{lab:eGFR 38}}
RTN  | [[MRN:CT26-004402]]  | [[NAME:DOĞAN, KAAN]]         | [[MRN:1204417]]  | [[DATE:5/1/2001]] / {{age:24}}    | CT L-spine w/o          | [[NAME:Page]]            | sched 10:30
RTN  | [[MRN:CT26-004415]]  | [[NAME:Gvaramia, Eteri]]     | [[MRN:0659920]]  | [[DATE:12/12/1967]] / {{age:58}}  | CT sinus w/o            | [[NAME:O. Tursunov]]     | pt called, running late
comments:
- [[NAME:NAZARBAYEVA]]: called [[NAME:Page]]'s nurse x[[PHONE:6620]] re eGFR, OK for reduced dose {{drug:Omnipaque 350}} {{dose:60 mL}} + IV fluids; son [[NAME:Shiraz]] at bedside to interpret.
- [[NAME:RANA]]: on {{drug:Xarelto}}, fall at home; tech to page radiologist once images are up.
- 06:50 [[NAME:mk]] swapped scanner 2 -> scanner 3 (gantry error 4410).
""", summary="""
The CT worklist printed [[DATE:02-04-2026]] shows STAT studies for [[NAME:Merve Şahin]] and [[NAME:Faisal Rana]], and [[NAME:Zhanar Nazarbayeva]] ([[AGE:91]]) on hold for {{lab:eGFR 38}} until [[NAME:Page]]'s team approved reduced-dose {{drug:Omnipaque 350}}. Her son [[NAME:Shiraz]] is interpreting.
"""),
    dict(style="teleradiology_read", note="""
TELERADIOLOGY PRELIMINARY REPORT  (overnight coverage)
Site: Valley Regional ED     Site acc: [[MRN:VR-26-118830]]     Our study ID: [[MRN:TR 0998 4471]]
Patient: [[NAME:Kassymov, Nurlan]]   {{age:71}} M   DOB [[DATE:1954-07-15]]   Site MRN [[MRN:VR0044172]]
Exam: CT head w/o contrast   performed [[DATE:02/14/2026]] 01:12
Hx: fall from standing, on {{drug:Eliquis}} {{dose:5 mg BID}}, {{score:GCS 14}}
FINDINGS: 9 mm acute subdural hematoma over the right convexity with 3 mm leftward midline shift. No intraventricular extension. Basal cisterns patent. No calvarial fracture. Chronic small vessel change.
IMPRESSION: acute R SDH, 9 mm, 3 mm MLS.
CRITICAL: called to Dr. [[NAME:Irfan Siddiqui]] (ED) at [[PHONE:978-555-0121 ext 3]] at 01:31 [[DATE:2/14]], read back; he is contacting neurosurgery and ordering {{drug:Andexxa}}.
Reader: [[NAME:Ketevan Lomidze]], MD (MA lic [[MRN:287741]]), reading remotely from [[ADDRESS:Perth]], [[PHONE:+61 8 6555 0193]]
Final read by site radiologist to follow in AM.
""", summary="""
Overnight tele-radiology read of [[NAME:Nurlan Kassymov]]'s head CT on [[DATE:02/14/2026]] found a 9 mm acute right subdural hematoma while on {{drug:Eliquis}}. [[NAME:Ketevan Lomidze]] called it to Dr. [[NAME:Irfan Siddiqui]], who is arranging neurosurgery and {{drug:Andexxa}}.
"""),
    dict(style="outside_film_comparison", note="""
OUTSIDE IMAGING - IMPORT / COMPARISON NOTE
CD received [[DATE:3/3/26]] from pt's wife ([[NAME:Fatma]]) at front desk; logged by [[NAME:ekurt]].
CD label: "[[NAME:HUSEYIN AKSOY]]" - our record "[[NAME:Aksoy, Hüseyin]]", MRN [[MRN:2055-718]], DOB [[DATE:14.02.1961]] on CD = [[DATE:02/14/1961]] here. Identity confirmed w/ 2nd identifier.
Outside facility: private hospital, [[ADDRESS:Ankara]]; protokol no [[MRN:2025/448120]]; TC kimlik no [[SSN:31724688150]] on header (masked before import).
Studies on CD:
  1) CT chest w/o, [[DATE:18.11.2025]] (DICOM date [[DATE:20251118]])
  2) PET-CT, [[DATE:02.12.2025]]
Imported to PACS as outside studies, acc [[MRN:OS26-00318]], [[MRN:OS26-00319]].
Comparison with our CT chest [[DATE:03/02/2026]]: RUL solid nodule 9 mm (was 6 mm on [[DATE:18.11.2025]]); outside PET SUVmax 3.4. Growth over ~3.5 mo.
Not a {{eponym:Fleischner}} incidental case (known smoker with growth) - recommend tissue sampling; discussed w/ Dr. [[NAME:Yavuz]] pulm [[DATE:3/4]].
Outside report in Turkish; translated by interpreter [[NAME:Zeynep]] (badge [[MRN:INT-0772]]).
""", summary="""
An outside CD from [[ADDRESS:Ankara]] for [[NAME:Hüseyin Aksoy]] was imported and compared with his CT of [[DATE:03/02/2026]], showing growth of a right upper lobe nodule from 6 to 9 mm since [[DATE:18.11.2025]]. Tissue sampling was recommended and discussed with Dr. [[NAME:Yavuz]].
"""),
    dict(style="imaging_scheduling", note="""
Imaging scheduling - phone note    [[DATE:01-20-2026]]  10:44    [[NAME:rbaig]]
Pt [[NAME:Nasreen Akhtar]] (MRN [[MRN:8841-2207]]) called to book MRI brain w/wo contrast ordered by [[NAME:Jawad Hussain]], MD.
Ins: Blue Cross PPO, member ID [[MRN:XJB884120773]], group [[MRN:00419-22]]; prior auth approved, auth # [[MRN:PA-26-1147903]], valid [[DATE:1/18]]-[[DATE:3/18/26]].
Allergy: iodinated contrast - hives 2019. Gadolinium never given. Per protocol premed not required for gad, but ordering wants it: {{drug:prednisone}} {{dose:50 mg}} 13, 7, 1 h before + {{drug:Benadryl}} {{dose:50 mg}} 1 h before. Rx sent by his office.
Claustrophobic - asked for wide-bore; offered {{drug:lorazepam}} via PCP, needs a driver (husband [[NAME:Tariq]]).
{{lab:Cr 0.8}} on [[DATE:12/29/25]], OK.
Booked: [[DATE:Sat Feb 7]] 08:15, 3T wide bore, Westside imaging center, arrive 07:45.
Callback #s: cell [[PHONE:(774) 555-0142]], home [[PHONE:774-555-0178]]; ok to leave msg. Reminder text opted in.
""", summary="""
[[NAME:Nasreen Akhtar]] was booked for a brain MRI on [[DATE:Feb 7]] under auth [[MRN:PA-26-1147903]], with {{drug:prednisone}} {{dose:50 mg}} and {{drug:Benadryl}} premedication requested by [[NAME:Jawad Hussain]]. Her husband [[NAME:Tariq]] will drive because of {{drug:lorazepam}}.
"""),
    dict(style="teleradiology_read", note="""
PRELIM (tele-rad)  CTA CHEST PE PROTOCOL
[[NAME:ZAKIROV, TIMUR]] | [[MRN:00318852]] | {{age:44}}M | acc [[MRN:A26-77310]] | [[DATE:26 Jan 2026]] 23:58
Ordering: [[NAME:Eka Beridze]], PA-C (ED)  callback [[PHONE:617.555.0150]]
Hx: pleuritic CP, tachycardia {{vital:HR 118}}, {{vital:SpO2 91%}}, {{score:Wells 6}}; {{lab:D-dimer 3.2}}
Contrast: {{drug:Isovue 370}} {{dose:80 mL}}, bolus tracking adequate (PA 412 HU).
- Acute PE: saddle embolus extending into bilateral lobar + segmental arteries.
- RV/LV ratio 1.4, bowing of IV septum, reflux into IVC -> RV strain.
- No infarct. Small R effusion. {{eponym:Hampton}} hump: none.
IMP: saddle PE with CT signs of RV strain. CRITICAL.
Called [[NAME:Beridze]] 00:14 [[DATE:1/27]], read back; PERT activated.
[[NAME:Nodirbek Xolmatov]], MD  (tele-rad pool, ID [[MRN:TRP-1183]])
""", summary="""
Tele-radiology prelim for [[NAME:Timur Zakirov]] on [[DATE:26 Jan 2026]] showed a saddle pulmonary embolism with right heart strain ({{score:Wells 6}}). [[NAME:Nodirbek Xolmatov]] called [[NAME:Eka Beridze]], who activated PERT.
"""),
    dict(style="ir_schedule", note="""
IR SCHEDULE  [[DATE:Thurs 3.5.26]]   Room 1 / Room 2
0730 R1  [[NAME:Ergashev, Sardor]]    [[MRN:1123870]]  port placement (R IJ)      attending [[NAME:AK]] / fellow [[NAME:Gül]]     {{lab:INR 1.1}} {{lab:Plt 210}} - ok
0800 R2  [[NAME:Parsa, Mehrnoush]]    [[MRN:0992041]]  US-guided liver bx (random)   [[NAME:JR]]                                on {{drug:Plavix}} - held since [[DATE:2/28]] per [[NAME:JR]]
0930 R1  [[NAME:Kapanadze, Zurab]]    [[MRN:1301188]]  G-tube exchange           NP [[NAME:Sopho]]                      -
1030 R2  [[NAME:Memon, Ayesha Bano]]  [[MRN:0788143]]  UAE for fibroids          [[NAME:AK]]                               premed {{drug:ketorolac}} {{dose:30 mg}}; consented [[DATE:2/26]]
1300 R1  [[NAME:Bayramov, Rövşən]]    [[MRN:1277409]]  tunneled HD cath          [[NAME:AK]] / [[NAME:Gül]]                 {{lab:K 5.4}} this AM, HD after
add-on   [[NAME:Tokayeva, Aigerim]]   [[MRN:1310077]]  paracentesis, large volume  [[NAME:JR]]                                {{drug:albumin 25%}} ready
Sedation RN: [[NAME:may]] (AM) / [[NAME:Leila]] (PM). Anesthesia for UAE? - [[NAME:JR]] says no, mod sedation ok.
Pts to arrive 90 min prior. Questions IR front desk x[[PHONE:4470]].
""", summary="""
The IR schedule for [[DATE:3.5.26]] lists six cases including a port for [[NAME:Sardor Ergashev]], a liver biopsy for [[NAME:Mehrnoush Parsa]] with {{drug:Plavix}} held since [[DATE:2/28]], and a fibroid embolization for [[NAME:Ayesha Bano Memon]]. [[NAME:JR]] decided moderate sedation was enough for the UAE.
"""),
    dict(style="imaging_protocol", note="""
MRI SAFETY - PRE-SCAN SCREENING, ZONE III/IV (department standard work)
1. Every patient screened twice: written form + verbal by MR technologist; third check by Level 2 MR personnel for any implant.
2. Implants: look up exact make/model; MR Conditional devices scanned only within labeled conditions (field strength, SAR, spatial gradient).
   - Pacemaker/ICD (MR Conditional system): EP/cardiology present, device put in MRI mode, {{vital:SpO2}} and ECG monitoring.
   - {{eponym:Swan-Ganz}} catheters with thermistor: NOT scanned.
   - Cochlear implants, programmable VP shunts (e.g., Codman Hakim): check/reprogram after scan.
3. Orbit foreign body hx: orbit radiographs before MRI.
4. Gadolinium: {{lab:eGFR <30}} -> group II agent only ({{drug:Gadavist}}, {{drug:Dotarem}}, {{drug:MultiHance}}); no need for dialysis timing change.
5. Pregnancy: gadolinium avoided unless essential; radiologist approval.
6. Sedated/anesthetized patients: MR-safe pumps only; quench button location reviewed on each shift.
""", summary="""
Department standard work for MRI safety screening: two screenings plus Level 2 review for implants, no scanning of {{eponym:Swan-Ganz}} catheters, and group II gadolinium agents such as {{drug:Gadavist}} for {{lab:eGFR <30}}.
"""),
    dict(style="outside_film_comparison", note="""
BREAST IMAGING - OUTSIDE PRIORS REQUEST / COMPARISON
Pt: [[NAME:Mahdavi, Golnar]]   DOB [[DATE:09-30-1972]]   MRN [[MRN:4400-9123]]
Screening mammogram [[DATE:10/02/25]] (acc [[MRN:MG25-66120]]): new focal asymmetry L breast UOQ, posterior depth. {{score:BI-RADS 0}}.
Priors: pt states prior mammograms 2021 and 2023 at an imaging center in [[ADDRESS:Irvine, CA]]. Records release signed [[DATE:10/3]].
  [[DATE:10/03]] fax request sent to [[PHONE:(949) 555-0136]] (attn film library, [[NAME:Shabnam]]) - no answer.
  [[DATE:10/08]] called [[PHONE:949-555-0130]], spoke w/ [[NAME:Darius]]; images pushed via Ambra, ref # [[MRN:AMB-99281-XQ]].
  [[DATE:10/09]] priors received: [[DATE:Sept 14, 2021]] and [[DATE:9/20/2023]].
Comparison: asymmetry present and stable on both priors (minimally less conspicuous 2021 due to positioning). Benign.
Addendum to [[DATE:10/02/25]] exam: {{score:BI-RADS 2}}, benign. Return to annual screening.
Letter mailed to pt at [[ADDRESS:41 Cedar Hollow Rd, Shrewsbury, MA 01545]]; copy to PCP Dr. [[NAME:Ali Reza Nouri]].
- [[NAME:K. Bayram]], MD   [[DATE:10/09/2025]]
""", summary="""
[[NAME:Golnar Mahdavi]]'s screening mammogram of [[DATE:10/02/25]] was {{score:BI-RADS 0}} for a new asymmetry, but outside priors from [[DATE:Sept 14, 2021]] and [[DATE:9/20/2023]] showed it was stable. [[NAME:K. Bayram]] changed it to {{score:BI-RADS 2}} with annual screening.
"""),
    dict(style="patient_portal_message", note="""
MyChart message - Radiology Scheduling pool            received [[DATE:11/17/2025]] 21:03
From: [[NAME:aru.dzhaksybekova]]
hi i have ct scan of my kidneys on [[DATE:wed the 19th]] at 9 but my daughter [[NAME:madina]] has surgery that same day and i need to be with her. can i move it to next week, any day after [[DATE:nov 24]] is ok but not friday. also is it the one with the drink?? last time it made me sick. my phone is [[PHONE:five oh eight, five five five, zero one nine one]] ([[PHONE:508-555-0191]]) thank you [[NAME:Aru]]

Reply [[DATE:11/18/2025]] 08:22 - [[NAME:Gulshan]], scheduling:
Hi Ms. [[NAME:Dzhaksybekova]], we moved your CT abdomen/pelvis (kidney stone protocol) to [[DATE:Tuesday 11/25]] at 9:00 AM. This one is WITHOUT contrast and there is no drink, so you can eat normally. Please arrive 15 minutes early with your insurance card. Hope [[NAME:Madina]]'s surgery goes well.
""", summary="""
[[NAME:Aru Dzhaksybekova]] asked to move her kidney CT from [[DATE:the 19th]] because of her daughter [[NAME:Madina]]'s surgery. [[NAME:Gulshan]] rebooked it for [[DATE:11/25]] and explained it needs no oral contrast.
"""),
    dict(style="teleradiology_read", note="""
[speech recognition draft - not yet edited]
pediatric teleradiology preliminary report. patient [[NAME:emre kılıç]] correction [[NAME:emre kilich]] spelled K I L I C [[NAME:Kılıç]] date of birth [[DATE:april ninth twenty seventeen]] medical record number [[MRN:six six zero two one four four]] accession [[MRN:X R two six dash one one five one]].
exam three views left ankle dated [[DATE:the twelfth of march twenty twenty six]] at nineteen forty.
history {{age:8}} year old twisted ankle on trampoline unable to bear weight.
findings there is a {{score:salter harris type two}} fracture of the distal tibia with a small metaphyseal fragment posterolaterally and physeal widening about two millimeters. the fibula is intact. mortise is congruent. soft tissue swelling laterally. no {{eponym:tillaux}} fracture.
impression {{score:salter harris two}} fracture distal tibia.
recommend orthopedic follow up. discussed with urgent care provider [[NAME:jordan]] at [[PHONE:four one three five five five zero one zero nine]] at approximately eight p m.
dictated by doctor [[NAME:ismail rashidov]]
""", summary="""
Speech-recognition tele-radiology draft for [[NAME:Emre Kılıç]]'s ankle X-ray of [[DATE:the twelfth of march twenty twenty six]] shows a {{score:Salter-Harris type II}} fracture of the distal tibia. Dr. [[NAME:Ismail Rashidov]] discussed it with urgent care provider [[NAME:Jordan]] and recommended orthopedic follow-up.
"""),
    dict(style="radiology_worklist", note="""
ULTRASOUND - DAILY WORKLIST / TECH NOTES        [[DATE:Mon 04/13/26]]
Sonographers: [[NAME:Aysel Baker]] (rm 1), [[NAME:Jahongir]] (rm 2), [[NAME:nkarimli]] (portables)
08:00  [[NAME:Qodirova, Munisa]]   acc [[MRN:U26-20114]] / MRN [[MRN:1088123]]   LE venous duplex R, calf pain + swelling.
       [[NAME:Baker]]: no DVT. 4.1 x 1.8 cm {{eponym:Baker}}'s cyst, intact, no rupture. Prelim to NP [[NAME:Grace]] x[[PHONE:3381]].
09:00  [[NAME:Mirza, Hamza]]   acc [[MRN:U26-20117]]   RUQ: stones, + sonographic {{eponym:Murphy}} sign, wall 5 mm, CBD 4 mm; {{lab:T bili 1.1}}. Called Dr. [[NAME:Lodhi]] (surgery) pgr [[PHONE:7-3302]].
10:00  [[NAME:Tsertsvadze, Nana]]   acc [[MRN:U26-20121]]   thyroid: R lobe 1.6 cm solid hypoechoic nodule, {{score:TI-RADS 4}} -> FNA booked [[DATE:4/20]] 13:00.
11:00  [[NAME:Kenzhebekov, Arman]]   NO SHOW. Called [[PHONE:617-555-0166]] x2, left VM; letter to go out [[DATE:4/14]].
portable ICU 6  [[NAME:Özkan, Levent]]   renal US for AKI, {{lab:Cr 3.4}}: no hydronephrosis, echogenic kidneys 10.1 / 10.4 cm.
[[NAME:Baker]] covering rm 2 after 1 pm; [[NAME:Jahongir]] leaving at 2 (in case anyone is looking for him).
""", summary="""
The ultrasound worklist for [[DATE:04/13/26]] includes a negative venous duplex for [[NAME:Munisa Qodirova]] with a {{eponym:Baker}}'s cyst found by sonographer [[NAME:Aysel Baker]], acute cholecystitis findings for [[NAME:Hamza Mirza]] called to Dr. [[NAME:Lodhi]], and a {{score:TI-RADS 4}} thyroid nodule for [[NAME:Nana Tsertsvadze]] booked for FNA on [[DATE:4/20]].
"""),
    dict(style="outside_film_comparison", note="""
NEURORADIOLOGY - OUTSIDE STUDY COMPARISON
[[NAME:GOGOLADZE, NATIA]]   MRN [[MRN:3017-4462]]   DOB [[DATE:08/03/1990]] (outside: [[DATE:03.08.1990]])
Outside studies (uploaded by pt via image-share link [[DATE:Feb 2]]; outside study IDs [[MRN:24-05-1173]], [[MRN:25-01-0209]]):
  MRI brain w/wo, clinic in [[ADDRESS:Tbilisi]], [[DATE:15/05/2024]]
  MRI brain w/wo, same clinic, [[DATE:22.01.2025]]
Current: MRI brain w/wo {{drug:Gadavist}}, [[DATE:2026-02-05]] (acc [[MRN:MR26-10448]]).
Comparison: periventricular ovoid T2/FLAIR lesions perpendicular to the ventricles ({{eponym:Dawson}} fingers), juxtacortical and infratentorial lesions. Since [[DATE:22.01.2025]]: 2 new T2 lesions (L centrum semiovale, R middle cerebellar peduncle); one enhancing.
Impression: progression of demyelinating disease; dissemination in time and space satisfied ({{eponym:McDonald}} 2017).
Outside neurologist Dr. [[NAME:Beka Tsintsadze]] [[PHONE:+995 32 255 0177]] asked for a copy - sent via CD with pt's consent, cover letter by [[NAME:lmegrelishvili]].
Our neurology: [[NAME:Sophiko Abashidze]], MD, notified [[DATE:2/6]].
""", summary="""
Comparison of [[NAME:Natia Gogoladze]]'s brain MRI of [[DATE:2026-02-05]] with outside studies from [[ADDRESS:Tbilisi]] showed two new demyelinating lesions, one enhancing, meeting {{eponym:McDonald}} criteria. Her neurologist [[NAME:Sophiko Abashidze]] was notified and a copy was sent to Dr. [[NAME:Beka Tsintsadze]].
"""),
    dict(style="imaging_followup_tracking", note="""
Incidental Findings Tracking - Lung Nodule Follow-up
Pt: [[NAME:Sohrabi, Kourosh]]   MRN [[MRN:2290-5517]]   DOB [[DATE:6-Dec-1958]]   PCP: [[NAME:Behrouz Amini]], MD
Index exam: CT A/P [[DATE:07/22/2025]] (acc [[MRN:CT25-55018]]) - 7 mm solid RLL nodule at the lung base, incidental.
Per {{eponym:Fleischner}} 2017 (single solid 6-8 mm, high-risk smoker, 40 pk-yr): CT at 6-12 mo, then 18-24 mo.
Due window: [[DATE:01/22/26]] - [[DATE:07/22/26]].
Attempts:
  [[DATE:12/1/25]] letter mailed to [[ADDRESS:9 Orchard Ln, Ludlow, MA]]
  [[DATE:12/15]] call to [[PHONE:413 555 0104]] - VM
  [[DATE:1/5/26]] reached wife [[NAME:Laleh]]; pt in [[ADDRESS:Shiraz]] visiting family until late January, may call back.
  [[DATE:Jan 30]] pt called back from [[PHONE:+98 917 555 2041]].
Scheduled: low-dose CT chest w/o, [[DATE:Fri Feb 13 2026]] @ 1:15 pm. Order signed by [[NAME:Amini]] [[DATE:1/30]].
Tracked by [[NAME:April]] (nurse navigator) ext [[PHONE:2219]]; next review in April 2026 if no-show.
""", summary="""
[[NAME:Kourosh Sohrabi]]'s incidental 7 mm lung nodule from [[DATE:07/22/2025]] needs {{eponym:Fleischner}} follow-up CT; after a letter and calls he was reached abroad and booked for [[DATE:Feb 13 2026]]. Navigator [[NAME:April]] is tracking it.
"""),
    dict(style="teleradiology_qa", note="""
TELERADIOLOGY QA - MONTHLY SUMMARY (January)
Volume: 4,812 studies (CT 61%, XR 24%, US 11%, MR 4%). STAT median TAT 22 min; 95th pct 48 min.
Major discrepancies (prelim vs final): 29 (0.6%).
  - CT C-spine: 2 missed non-displaced C7 spinous process fx.
  - XR knee: {{eponym:Segond}} fracture missed x1 (ACL tear on later MRI).
  - XR shoulder: {{eponym:Hill-Sachs}} lesion called "normal" x1; {{eponym:Bankart}} on MR arthrogram.
  - CT A/P: 3 missed ureteral stones <4 mm at the UVJ.
  - CT head: 1 subtle {{eponym:Sylvian}} SAH.
{{score:RADPEER 2b}} or higher: 11. All shared at the Friday conference, de-identified.
Action items: bone-window review for C-spine, mandatory coronal reformats for stone CTs, refresh on {{eponym:Ottawa}} ankle/knee rules for XR triage.
""", summary="""
January tele-radiology QA had 4,812 studies with a 0.6% major discrepancy rate, including missed {{eponym:Segond}} and {{eponym:Hill-Sachs}} lesions and small ureteral stones. Action items include coronal reformats for stone CTs and bone-window review.
"""),
    dict(style="teleradiology_qa", note="""
PEER REVIEW / DISCREPANCY FORM
acc [[MRN:CT26-008812]]    pt [[NAME:Ilyasova, Sevara]]    MRN [[MRN:1160-2278]]    {{age:31}} F
Prelim (tele-rad, [[DATE:02/21/26]] 03:10, reader [[NAME:bsaidov]]): CT A/P w/o - "no acute abnormality."
Final ([[DATE:02/21]] 08:40, [[NAME:Kamala Ağayeva]], MD): 4 mm obstructing L UVJ stone with mild hydroureteronephrosis and perinephric stranding - not mentioned on prelim.
{{score:RADPEER 2b}} (difference in interpretation, likely clinically significant).
Impact: discharged from ED at 04:00 with {{drug:ketorolac}}; returned [[DATE:2/23]] febrile {{vital:T 39.4}}, {{lab:Cr 2.1}}, {{lab:WBC 17.8}}; urology (Dr. [[NAME:Hamidov]]) placed L ureteral stent [[DATE:2/23]].
ED notified of discrepancy [[DATE:2/21]] 08:52 via [[NAME:Selim]] at charge desk x[[PHONE:4012]] - pt already gone; callback to pt at [[PHONE:(617) 555-0138]] unanswered.
Feedback sent to reader via secure email [[EMAIL:b.saidov@nightreadrad.com]]; discussed by [[NAME:Ağayeva]] and QA lead [[NAME:Orkhan Guliyev]] [[DATE:3/2]].
""", summary="""
The overnight prelim by [[NAME:bsaidov]] on [[DATE:02/21/26]] missed an obstructing ureteral stone in [[NAME:Sevara Ilyasova]], who returned febrile on [[DATE:2/23]] and needed a stent. It was scored {{score:RADPEER 2b}} and discussed by [[NAME:Kamala Ağayeva]] and [[NAME:Orkhan Guliyev]].
"""),
    dict(style="imaging_scheduling", note="""
PEDS MRI UNDER ANESTHESIA - scheduling checklist
Child: [[NAME:Abdullayev, Yahyo]]   MRN [[MRN:P-4417093]]   DOB [[DATE:2021-10-02]] ({{age:4}} y)   wt 16 kg
Exam: MRI brain w/wo (epilepsy protocol) - ordered by [[NAME:Zulfiya Nazarova]], MD (neuro)
Appt: [[DATE:Wed May 6]]  check-in 0700, anesthesia slot 0730-1000, MRI 2 (3T)
Parents: father [[NAME:Otabek]] cell [[PHONE:+1 (347) 555-0127]]; mother [[NAME:Mohira]] in [[ADDRESS:Namangan]] until [[DATE:5/10]], [[PHONE:+998 93 555 21 08]] (WhatsApp).
Pre-op call done [[DATE:4/28]] by RN [[NAME:Dilnoza]] with Uzbek interpreter (vendor ref # [[MRN:LL-558102]]).
NPO: solids stop 0200, clears until 0530 on [[DATE:the 6th]].
Meds: {{drug:Keppra}} {{dose:250 mg BID}} - give AM dose with sip of water. NKDA. No URI in last 2 wk.
Ins: MassHealth ID [[MRN:100384417265]]; PA not required (payer call ref [[MRN:CR-20260427-88]]).
If sick, call the MRI anesthesia line [[PHONE:617-555-0199]] option 2 by [[DATE:May 5]] noon.
""", summary="""
[[NAME:Yahyo Abdullayev]] ({{age:4}}) is scheduled for an epilepsy-protocol MRI under anesthesia on [[DATE:May 6]], with the pre-op call done on [[DATE:4/28]] through an Uzbek interpreter. Father [[NAME:Otabek]] was given NPO instructions and told to give {{drug:Keppra}} that morning.
"""),
    dict(style="teleradiology_worklist", note="""
NIGHT QUEUE - tele-rad (sites A/B/C)   [[DATE:2026-03-28]] 22:00 -> [[DATE:03-29]] 07:00   rad: [[NAME:d.yusifov]]
rcvd   site  acc                  pt                                 age/sex     exam                  TAT  result
22:14  A     [[MRN:A-26-441872]]  [[NAME:Kaya, Burak]]               {{age:29}}M  CT C-spine            18   neg
22:40  B     [[MRN:B26-0093317]]  [[NAME:Jafri, Sadia]]              {{age:34}}F  US pelvis r/o torsion 26   nl arterial + venous flow both ovaries
23:05  A     [[MRN:A-26-441903]]  [[NAME:Tabatadze, Lasha]]          {{age:62}}M  CT head code stroke   9    no bleed, {{score:ASPECTS 9}} - called Dr. [[NAME:Bekmuratov]]
00:20  C     [[MRN:C1177204]]     [[NAME:Sadykova, Ainur]]           [[AGE:93]]F  CXR portable          31   new L basilar opacity
01:12  A     [[MRN:A-26-441958]]  [[NAME:Ay, Nur]]                   {{age:51}}F  CT A/P w contrast     24   acute appendicitis, no perf - called
03:47  B     [[MRN:B26-0093360]]  [[NAME:Məmmədli, İsmayıl]] "[[NAME:Ismo]]"  {{age:19}}M  CT face            35   L zygomaticomaxillary complex fx
05:30  C     [[MRN:C1177241]]     [[NAME:Qureshi, Hina]]             {{age:40}}F  CTA head/neck         22   neg for LVO
Calls: site A reading room [[PHONE:(508) 555-0170]]; site C ED [[PHONE:413 555 0185]] (spoke w/ [[NAME:Yerlan]] at 05:58 re {{score:NIHSS 3}}).
Handoff to day rad [[NAME:Fariha Anjum]] at 07:00; 0 studies pending.
""", summary="""
Overnight tele-radiology queue read by [[NAME:d.yusifov]] from [[DATE:2026-03-28]] included a code stroke for [[NAME:Lasha Tabatadze]] with no bleed ({{score:ASPECTS 9}}), appendicitis in [[NAME:Nur Ay]], and a facial fracture in [[NAME:İsmayıl Məmmədli]]. All studies were handed off to [[NAME:Fariha Anjum]].
"""),
    dict(style="outside_film_comparison", note="""
OUTSIDE IMAGING OVER-READ REQUEST - Abdominal Imaging
Pt: [[NAME:Cheema, Muhammad Usman]]   MRN [[MRN:5506-1182]]   DOB [[DATE:1/16/1979]]
Outside: CT abdomen triphasic, private hospital, [[ADDRESS:Lahore]], dated [[DATE:05-01-2026]] (DD-MM-YYYY, i.e. [[DATE:Jan 5]]); outside MR no. [[MRN:LH-26-00487]].
Outside report by Prof. Dr. [[NAME:Naveed ul Haq]]: "hepatic hemangioma 3.2 cm segment VII."
Images from pt's USB, uploaded [[DATE:02/09/2026]] by [[NAME:hmalik2]] (acc [[MRN:OS26-00771]]).
Our review: peripheral nodular discontinuous arterial enhancement with centripetal fill-in on portal venous and delayed phases; no washout. Background liver normal, no cirrhosis, spleen 11 cm.
Impression: typical hemangioma; agree with outside read. LI-RADS not applicable (no risk factors). No follow-up imaging needed.
Brother [[NAME:Adeel]] asked for result to be shared with the outside physician: [[EMAIL:naveed.ulhaq@medimail.pk]], clinic [[PHONE:+92 42 3555 1180]]; brother's cell [[PHONE:+92 300 555 1234]].
Release on file signed [[DATE:2/9/26]]. Read by [[NAME:Saba Tirmizi]], MD.
""", summary="""
[[NAME:Saba Tirmizi]] over-read [[NAME:Muhammad Usman Cheema]]'s outside CT from [[ADDRESS:Lahore]] dated [[DATE:05-01-2026]] and agreed with a typical 3.2 cm hepatic hemangioma needing no follow-up. The result is to be shared with Prof. Dr. [[NAME:Naveed ul Haq]] at his brother [[NAME:Adeel]]'s request.
"""),
    dict(style="imaging_scheduling", note="""
Scheduling note - DEXA + screening mammo (paired visit)   [[DATE:Mar 18, 2026]]   by [[NAME:ytursunova]]
Call from granddaughter [[NAME:Summer]] ([[PHONE:978.555.0114]]) to book for grandmother and mother together; both speak Uzbek, [[NAME:Summer]] will interpret (she's home from college over the summer, so June visit preferred).
1) [[NAME:Rasulova, Hafiza]]   [[AGE:94]] F   MRN [[MRN:1007-4420]]   Medicare MBI [[MRN:7QW2-RT4-NK83]]
   DEXA. Last DEXA [[DATE:06/02/2023]]: {{score:T-score -2.7}} L femoral neck, on {{drug:alendronate}} {{dose:70 mg}} weekly. Medicare q24 mo -> eligible after [[DATE:6/2/25]]. OK.
   Wheelchair; can transfer with 1 assist.
2) [[NAME:Rasulova, Dilbar]]   {{age:62}} F   MRN [[MRN:1007-4431]]   Tufts member ID [[MRN:T8840017201]]
   Screening mammo 3D. Last one [[DATE:5/29/25]], {{score:BI-RADS 1}}. Eligible after [[DATE:5/29/26]].
Booked: [[DATE:Thu 6/11/26]] DEXA 10:00, mammo 10:30, Women's Imaging, 2nd fl.
Confirmation letters mailed to [[ADDRESS:212 Pleasant St, Apt 3, Marlborough, MA 01752]].
""", summary="""
[[NAME:Summer]] booked a DEXA for her grandmother [[NAME:Hafiza Rasulova]] ([[AGE:94]]) and a screening mammogram for her mother [[NAME:Dilbar Rasulova]] together on [[DATE:6/11/26]]. Prior DEXA showed {{score:T-score -2.7}} on {{drug:alendronate}}.
"""),
    dict(style="imaging_protocol", note="""
CONTRAST REACTION - DEPARTMENT QUICK REFERENCE (posted in every CT/MR control room)
Mild (hives, itching, nasal congestion): observe 30 min; {{drug:diphenhydramine}} {{dose:25-50 mg}} PO/IV if bothersome.
Moderate (diffuse urticaria, bronchospasm with {{vital:SpO2 >90%}}): {{drug:albuterol}} 2 puffs; {{drug:epinephrine}} IM {{dose:0.3 mg}} (1 mg/mL) if not improving.
Severe / anaphylaxis ({{vital:SBP <90}}, stridor, {{vital:SpO2 <88%}}): call code, O2 6-10 L, {{drug:epinephrine}} IM {{dose:0.3 mg}} q5-15 min, legs up, NS 1 L rapid.
Vasovagal ({{vital:HR <60}} with hypotension): legs up, NS, {{drug:atropine}} {{dose:0.6-1 mg}} IV if persistent.
Extravasation: stop injection, elevate, cold compress; plastic surgery consult if >100 mL or skin changes.
Document reaction in the allergy list and the radiology report; patient gets a contrast allergy letter.
Premedication (elective, prior moderate reaction): {{drug:prednisone}} {{dose:50 mg}} at 13, 7 and 1 h + {{drug:diphenhydramine}} {{dose:50 mg}} 1 h before.
""", summary="""
Department quick reference for contrast reactions: {{drug:epinephrine}} IM {{dose:0.3 mg}} for moderate-to-severe reactions, legs up and fluids with {{drug:atropine}} for vasovagal reactions, and {{drug:prednisone}} {{dose:50 mg}} premedication for patients with a prior moderate reaction.
"""),
]
