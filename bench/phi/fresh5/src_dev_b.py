# Hand-written dev notes, part b: sleep-study report, urgent-care note, school-nurse note, hospice visit.
# All people, places, numbers and dates are invented.

NOTES = [
    dict(style="sleep_study", note="""
POLYSOMNOGRAPHY REPORT - DIAGNOSTIC
Patient: [[NAME:Juniper Halloway]]   DOB [[DATE:09/14/1979]]   MRN [[MRN:SL-0048812]]
Study date: [[DATE:2025-02-18]]   Referring: [[NAME:Castellanos]], NP   Scored by: [[NAME:Radek]]

History: snoring, witnessed apneas (per [[NAME:Gideon]], bed partner), {{score:Epworth 15}}, {{vital:BMI 36.4}}, {{vital:neck 43 cm}}.
Total sleep time 361 min, sleep efficiency 81%. {{score:AHI 34.2}}/h (supine 52, non-supine 18). {{score:RDI 39}}. Nadir {{vital:SpO2 79%}}, T90 12%. No PLMs. Sinus rhythm, {{vital:HR 58-84}}.
Impression: severe obstructive sleep apnea, positional component.
Recommend CPAP titration or auto-PAP {{dose:5-15 cm H2O}}. [[NAME:Juniper]] drives a school bus -- counseled about drowsy driving; employer letter per [[NAME:Castellanos]].
Interpreting physician: [[NAME:Ilse Marchetti-Boateng]], MD, D-ABSM
""", summary="""
[[NAME:Juniper Halloway]] has severe OSA ({{score:AHI 34.2}}) and was counseled about driving; [[NAME:Castellanos]] will handle the employer letter.
"""),
    dict(style="sleep_study", note="""
CPAP TITRATION STUDY
[[DATE:Mar 7 2025]]  |  [[NAME:ABDULLAYEV, RUSTAM]]  |  acct [[MRN:90021455]]

Tech notes ([[NAME:tmoreau]]): pt arrived 2115, brought his own nasal pillows. Wife [[NAME:Dilnoza]] dropped him off, will pick up 0600 ([[PHONE:614 555 0102]]).
Titrated {{dose:6 cm}} to {{dose:13 cm H2O}}. At {{dose:11 cm}}: {{score:AHI 3.1}}, supine REM observed, {{vital:SpO2 nadir 91%}}. Mouth leak at 12-13 -> chin strap added.
Recommendation: CPAP {{dose:11 cm H2O}}, heated humidity, nasal pillows size M + chin strap. [[NAME:Rustam]] asked about {{eponym:Inspire}} hypoglossal stimulator -- not a candidate at {{vital:BMI 38}}.
DME: Lincare. Follow-up with [[NAME:Hamid Qureshi]] in 6 wk with download.
""", summary="""
[[NAME:Rustam]] titrated well to CPAP {{dose:11 cm H2O}}; [[NAME:Dilnoza]] will pick him up and he sees [[NAME:Hamid Qureshi]] in six weeks.
"""),
    dict(style="sleep_study", note="""
MSLT REPORT

Preceded by PSG: TST 412 min, {{score:AHI 2.0}}, no PLMs. Urine drug screen negative. Off {{drug:Adderall}} x 2 wk.
Naps: 1) latency 3.5 min, SOREMP; 2) 6.0 min, no REM; 3) 2.0 min, SOREMP; 4) 4.5 min, SOREMP; 5) 5.0 min, no REM.
Mean sleep latency 4.2 min with 3 SOREMPs.
Impression: consistent with narcolepsy. No cataplexy reported. {{lab:HLA-DQB1*06:02}} pending. Consider {{drug:Xywav}} or {{drug:modafinil}} {{dose:100 mg}} q AM; {{drug:Wakix}} if cardiac concerns.
""", summary="""
MSLT with mean latency 4.2 minutes and three SOREMPs suggests narcolepsy; {{drug:modafinil}} or {{drug:Xywav}} to be considered.
"""),
    dict(style="sleep_study", note="""
Home sleep apnea test - interpretation
Pt: [[NAME:Ng Wai-kit]]   [[DATE:1/30/25]]   DOB [[DATE:12 Feb 1955]]   MRN [[MRN:SL-0051107]]
Device: WatchPAT, 1 night, 6.8 h valid. {{score:pAHI 21.5}}, {{score:pRDI 26}}, {{score:ODI 18}}, nadir {{vital:SpO2 84%}}. Snoring > 45 dB 30% of night.
Mod OSA. [[NAME:Wai-kit]] lives alone in [[ADDRESS:Gahanna]], reports morning headaches. On {{drug:amlodipine}} {{dose:10 mg}}, {{drug:Ambien}} {{dose:5 mg}} prn (advised to stop). [[NAME:Mei-ling]] (niece, [[EMAIL:meiling.ng.acct@fastmail.com]]) schedules his appointments.
Plan: APAP {{dose:5-15 cm H2O}}. Reviewed by [[NAME:Marchetti-Boateng]].
""", summary="""
[[NAME:Ng Wai-kit]] has moderate OSA on a home test and will start APAP; [[NAME:Mei-ling]] keeps his appointments.
"""),
    dict(style="sleep_study", note="""
PEDIATRIC PSG
[[NAME:Oyelowo-Brandt, Temperance]]   age {{age:6}}   DOB [[DATE:May 3 2018]]   MRN [[MRN:P-772014]]
Night of [[DATE:4/2/2025]]. Mother [[NAME:Folasade]] slept in room.
Tonsils 3+ per [[NAME:Lindgren]] (ENT). {{score:oAHI 11.4}}, {{vital:SpO2 nadir 86%}}, peak {{vital:ETCO2 54}}, 12% TST >50.
Severe pediatric OSA. Refer back to [[NAME:Lindgren]] for T&A; post-op overnight monitoring advised given severity. [[NAME:Tempie]] fell asleep watching a movie with [[NAME:Folasade]]; [[NAME:Femi]] (father) could not attend.
Scored by [[NAME:A. Nakashima]], RPSGT.
""", summary="""
[[NAME:Temperance]] has severe pediatric OSA and goes back to [[NAME:Lindgren]] for tonsillectomy; [[NAME:Folasade]] stayed overnight.
"""),
    dict(style="urgent_care", note="""
URGENT CARE  [[DATE:Sun 7/6/2025]]  1122
[[NAME:Grace Oyelaran-Mbeki]]  {{age:41}}F  MRN [[MRN:UC-441902]]

CC: R wrist pain after fall off a paddleboard at [[ADDRESS:Buck Creek]] yesterday. Snuffbox tenderness +. {{eponym:Tinel}} neg, {{eponym:Finkelstein}} neg. NV intact.
XR: no fx seen. Treat as occult scaphoid: thumb spica splint, repeat XR 10-14 d. {{drug:ibuprofen}} {{dose:600 mg}} q6h prn.
[[NAME:Grace]] is a dental hygienist; work note given. [[NAME:Desmond]] (husband) at bedside asked about MRI -- ortho to decide. Ortho referral: [[NAME:Kessler-Nwosu]], [[PHONE:937-555-0150]].
Provider: [[NAME:R. Ambrose]], PA-C
""", summary="""
[[NAME:Grace]] has possible occult scaphoid fracture, splinted; [[NAME:Kessler-Nwosu]] will follow up.
"""),
    dict(style="urgent_care", note="""
UC note -- dog bite
Pt: [[NAME:Mateo Villaseñor]], {{age:8}}  DOB [[DATE:3/9/2017]]
Bitten on L forearm by neighbor's dog at [[ADDRESS:611 Pruitt Ave]] around 1600. Dog owned by [[NAME:Gunderson]] family, vaccinated per owner [[NAME:Karl Gunderson]] ([[PHONE:937-555-0181]]).
Two punctures, 0.5 cm each, irrigated 500 mL. Not sutured. {{drug:Augmentin}} {{dose:45 mg/kg/day}} divided BID x 5 d ({{dose:875 mg}} BID). Tdap up to date ([[DATE:2/11/2022]]).
Animal control report filed. [[NAME:Mateo]] was brave; [[NAME:Yesenia]] (mom) and abuela [[NAME:Rocío]] with him.
""", summary="""
[[NAME:Mateo]] was started on {{drug:Augmentin}} after a bite by the [[NAME:Gunderson]] family's dog.
"""),
    dict(style="urgent_care", note="""
URGENT CARE

{{age:55}} M with vertigo on rolling to the R this morning, lasts < 1 min, nausea. No hearing loss, no focal deficits. {{eponym:Dix-Hallpike}} positive R with upbeating torsional nystagmus. HINTS not concerning. {{eponym:Romberg}} negative. {{vital:BP 142/86}}, {{vital:HR 74}}, {{vital:glucose 108}}.
Dx: R posterior canal BPPV. {{eponym:Epley}} maneuver performed x2 with resolution. {{drug:meclizine}} {{dose:12.5 mg}} prn, limited use. Home {{eponym:Brandt-Daroff}} exercises taught.
""", summary="""
Right posterior canal BPPV treated with the {{eponym:Epley}} maneuver; {{drug:meclizine}} as needed.
"""),
    dict(style="urgent_care", note="""
Urgent care -- [[DATE:12/28/24]]
[[NAME:Hope Castellanos]]  MRN [[MRN:UC-440377]]  DOB [[DATE:1998-10-02]]
Sore throat x 3 d, fever 38.9, no cough. {{score:Centor 4}}. {{lab:Rapid strep positive}}. {{vital:T 38.6}} {{vital:HR 104}}.
{{drug:amoxicillin}} {{dose:500 mg}} BID x 10 d. PCN allergy? -- [[NAME:Hope]] says no, it was her sister [[NAME:Faustina]] who reacted.
Roommate [[NAME:Oluwaseun Adebisi-Grant]] had strep last week. Return to work after 24 h abx. Note faxed to employer at her request ([[PHONE:614-555-0130]]).
""", summary="""
[[NAME:Hope]] has strep throat ({{score:Centor 4}}) and started {{drug:amoxicillin}}; [[NAME:Oluwaseun Adebisi-Grant]] had strep last week.
"""),
    dict(style="urgent_care", note="""
URGENT CARE NOTE - ALLERGIC REACTION
[[NAME:ŠIMUNOVIĆ, DRAGAN]]  MRN [[MRN:UC-439965]]  [[DATE:Fri Aug 15 2025]]
{{age:62}} M stung by wasp on neck while mowing. Hives, throat tightness, {{vital:BP 96/58}}, {{vital:HR 118}}, {{vital:SpO2 94%}}.
{{drug:EpiPen}} {{dose:0.3 mg}} IM given by [[NAME:Vesna]] in the parking lot before arrival. Here: {{drug:epinephrine}} {{dose:0.3 mg}} IM second dose, {{drug:Benadryl}} {{dose:50 mg}} IV, {{drug:Solu-Medrol}} {{dose:125 mg}}, {{drug:famotidine}} {{dose:20 mg}}, NS 1 L. Improved, {{vital:BP 124/78}}.
Transferred to Miami Valley ED for observation; [[NAME:Vesna]] following. Allergy referral to [[NAME:Pavlović-Adair]]. Rx 2-pack {{drug:Auvi-Q}}.
""", summary="""
[[NAME:Dragan]] had anaphylaxis after a wasp sting, got two doses of epinephrine and was sent to the ED; [[NAME:Vesna]] gave the first with an {{drug:EpiPen}}.
"""),
    dict(style="school_nurse", note="""
SCHOOL NURSE LOG -- Wright Elementary    [[DATE:10/07/2024]]
Student: [[NAME:Aroha Ngata-Whitfield]]   Gr 3   Teacher: Mrs. [[NAME:Delacroix]]

1015 sent by [[NAME:Delacroix]] for hives after snack. Peanut allergy on file (action plan signed by [[NAME:Tamati]] and [[NAME:Hineroa]]). Lip swelling, no wheeze, {{vital:HR 110}}. Gave {{drug:cetirizine}} {{dose:10 mg}} per plan. Monitored; at 1030 started coughing + throat "itchy" -> {{drug:EpiPen Jr}} {{dose:0.15 mg}} R thigh 1031, 911 called.
[[NAME:Hineroa]] reached at [[PHONE:937-555-0193]], met ambulance. Snack was brought by [[NAME:Colby]] (classmate) -- granola bar with peanut flour. Principal [[NAME:Okwuosa]] notified.
""", summary="""
[[NAME:Aroha]] received an {{drug:EpiPen Jr}} for a peanut reaction at school; [[NAME:Hineroa]] met the ambulance.
"""),
    dict(style="school_nurse", note="""
Health office visit
[[NAME:benji halvorsen]] gr 7 -- [[DATE:Jan 13]]
T1D on {{eponym:Omnipod}} / {{eponym:Dexcom}} G7. CGM alarm in PE: {{lab:glucose 62}} with down arrow. 15 g fast carbs, recheck 15 min {{lab:glucose 91}}. Snack given. Back to class 0945.
Pump: suspended? no. Insulin {{drug:Novolog}} in pod, {{dose:0.3 units}} basal reduced per plan for PE days -- [[NAME:Benji]] forgot to set temp basal.
Texted [[NAME:Marit]] (mom) via the district app; [[NAME:Marit]] will remind [[NAME:Benji]]. Coach [[NAME:Riordan]] asked for a copy of the low-glucose plan -- given.
""", summary="""
[[NAME:Benji]] had a low glucose in PE after forgetting his temporary basal; [[NAME:Marit]] and [[NAME:Riordan]] were informed.
"""),
    dict(style="school_nurse", note="""
SCHOOL NURSE NOTE -- head injury
[[NAME:Darnell Okoye-Price]]  gr 10  DOB [[DATE:06/22/2009]]  Student ID [[MRN:2209417]]
Collided with [[NAME:Marcus Tiller]] during basketball, struck occiput on floor. No LOC per [[NAME:Tiller]] and Coach [[NAME:Abernathy]]. HA 4/10, mild nausea, no vomiting. {{vital:HR 84}}, {{vital:BP 118/72}}. PERRL. {{score:SCAT5 symptom score 9}}. {{eponym:Romberg}} steady.
Removed from play per policy. [[NAME:Darnell]]'s grandmother [[NAME:Odessa Price]] picked him up 1340 ([[PHONE:937-555-0119]]). Return-to-learn handout. No return to sport without clearance from [[NAME:Mwangi]] (PCP).
""", summary="""
[[NAME:Darnell]] was removed from play after a head injury and picked up by [[NAME:Odessa Price]]; clearance is needed from [[NAME:Mwangi]].
"""),
    dict(style="school_nurse", note="""
Nurse office -- daily med log, [[DATE:Tues 11/19]]
0800 [[NAME:Ng, Kiera]] {{drug:Concerta}} {{dose:36 mg}} -- given (home dose missed per [[NAME:Kiera]])
1130 [[NAME:Bashir, Layla]] {{drug:albuterol}} {{dose:2 puffs}} via spacer, {{vital:peak flow 260}} -> 310
1200 [[NAME:WU, OSCAR]] {{drug:Focalin}} {{dose:5 mg}} -- refused; [[NAME:Oscar]] said it makes him "flat." Left VM for [[NAME:Xiaoling Wu]].
1215 [[NAME:Tuilagi, Mele]] glucose check {{lab:glucose 188}}, {{drug:Humalog}} {{dose:3 units}} per sliding scale, witnessed by [[NAME:L. Eastman]].
1400 [[NAME:Bashir, Layla]] wheezing again -> {{drug:albuterol}} {{dose:4 puffs}}, called [[NAME:Rania]] to pick up.
""", summary="""
[[NAME:Oscar Wu]] refused {{drug:Focalin}} and [[NAME:Layla Bashir]] needed {{drug:albuterol}} twice; [[NAME:Rania]] was called.
"""),
    dict(style="school_nurse", note="""
SCHOOL HEALTH SCREENING - summary

Vision screening grade 1: 84 students screened, 7 referred ({{score:Snellen 20/40}} or worse in either eye). Hearing: 3 referred at {{vital:25 dB}}. Color vision ({{eponym:Ishihara}} plates), boys grade 2: 1 referral. Scoliosis screening grade 6 by {{eponym:Adams forward bend test}}: 2 referrals. BMI letters not sent per district policy. Lice check done in rooms 104 and 106; 2 cases, {{drug:permethrin}} {{dose:1%}} letters sent home.
""", summary="""
Grade 1 vision screening referred 7 of 84 students at {{score:Snellen 20/40}} or worse; two scoliosis referrals by {{eponym:Adams forward bend test}}.
"""),
    dict(style="hospice_visit", note="""
HOSPICE RN VISIT
Pt [[NAME:Evangelos Papadimitriou]]  [[AGE:96]] y/o  Hospice # [[MRN:HSP-20931]]  [[DATE:03/21/2025]]
Home: [[ADDRESS:95 Larkspur Way, Centerville]]

Dx: end-stage heart failure. {{score:PPS 30%}}, {{score:FAST 7c}}. Sleeping most of day, taking sips. Mottling to knees. {{vital:RR 8-22}} with apneic pauses, {{vital:HR 112}} irregular.
Comfort kit in home: {{drug:morphine}} {{dose:20 mg/mL}} {{dose:0.25 mL}} SL q1h prn dyspnea -- used x3 overnight per [[NAME:Eleni]]; {{drug:lorazepam}} {{dose:0.5 mg}}; {{drug:atropine}} {{dose:1%}} drops {{dose:2 gtt}} SL for secretions -- started today.
[[NAME:Eleni]] and [[NAME:Stavros]] taking turns; [[NAME:Stavros]] wants Father [[NAME:Nikodemos]] to come tonight. Chaplain [[NAME:Wendell Ashby]] notified. [[NAME:Evangelos]] last said a few words Tuesday to [[NAME:Eleni]].
""", summary="""
[[NAME:Evangelos]], [[AGE:96]], is actively dying; [[NAME:Eleni]] gave {{drug:morphine}} three times overnight and [[NAME:Stavros]] asked for Father [[NAME:Nikodemos]].
"""),
    dict(style="hospice_visit", note="""
Hospice SW note  [[DATE:2025/01/08]]
[[NAME:Mahalia Freeman-Ashe]]  ({{age:72}})  pancreatic ca

[[NAME:Mahalia]] wants to die at home, not at her daughter's in [[ADDRESS:Memphis]]. [[NAME:Roxanne]] (daughter) disagrees; [[NAME:Ezekiel]] (son) supports [[NAME:Mahalia]]. Discussed caregiver plan: [[NAME:Ezekiel]] days, hospice aide [[NAME:Precious Mthembu]] M-F 9-11, [[NAME:Roxanne]] weekends.
{{score:PPS 40%}}. Pain controlled on {{drug:fentanyl patch}} {{dose:25 mcg/h}} + {{drug:oxycodone}} {{dose:5 mg}} prn. {{drug:Senna}} {{dose:2 tabs}} BID.
Funeral home: Greater Zion; [[NAME:Mahalia]] has picked hymns. Next SW visit in 1 week. [[NAME:roxanne]] cell [[PHONE:901-555-0148]].
""", summary="""
[[NAME:Mahalia]] wants to die at home; [[NAME:Ezekiel]] supports her, [[NAME:Roxanne]] disagrees, and aide [[NAME:Precious Mthembu]] comes weekdays.
"""),
    dict(style="hospice_visit", note="""
HOSPICE ADMISSION / RN
[[NAME:HAKALA, TOIVO]]  DOB [[DATE:2.14.1934]]  Age [[AGE:91]]  MRN [[MRN:HSP-21007]]
Admit [[DATE:Feb 3, 2025]]. Dx: metastatic prostate ca to bone. {{score:PPS 40%}}, down from 60% in December.
Lives with [[NAME:Aino]] (wife, {{age:88}}) in [[ADDRESS:Hancock, MI]]. Pain 7/10 hips. Was on {{drug:Tylenol}} {{dose:650 mg}} TID only. Started {{drug:morphine ER}} {{dose:15 mg}} BID + {{drug:morphine IR}} {{dose:5 mg}} q2h prn; {{drug:Senna-S}} {{dose:2 tabs}} qhs. {{drug:Lupron}} stopped per [[NAME:Toivo]]'s wish.
DME: hospital bed, commode. [[NAME:Aino]] cannot lift; granddaughter [[NAME:Kaisa]] from [[ADDRESS:Houghton]] will stay weeknights. SSN last 4 [[SSN:0417]] for Medicare hospice benefit. Emergency contact [[NAME:Kaisa Hakala-Rantanen]] [[PHONE:906-555-0171]].
""", summary="""
[[NAME:Toivo]], [[AGE:91]], was admitted to hospice with bone pain and started {{drug:morphine ER}}; [[NAME:Kaisa]] will stay weeknights with [[NAME:Aino]].
"""),
    dict(style="hospice_visit", note="""
Hospice visit -- continuous care
Patient with end-stage COPD, {{score:PPS 20%}}. Terminal restlessness overnight. {{drug:Haldol}} {{dose:1 mg}} SL x2, {{drug:lorazepam}} {{dose:1 mg}} SL x1 with good effect. {{drug:morphine}} {{dose:5 mg}} SL q2h scheduled for air hunger. Secretions: {{drug:glycopyrrolate}} {{dose:0.2 mg}} SQ. {{vital:RR 28}} -> 18 after morphine. {{vital:SpO2 82%}} on {{dose:2 L}} NC, O2 for comfort only. Family at bedside, continuous care to continue 24 h.
""", summary="""
End-stage COPD with terminal restlessness treated with {{drug:Haldol}} and {{drug:lorazepam}}; continuous care continues.
"""),
    dict(style="hospice_visit", note="""
HOSPICE CHAPLAIN / RN JOINT VISIT   [[DATE:Thursday 5/22/2025]]
Pt: [[NAME:Kalani Ah Sing]]  {{age:67}}  Hospice # [[MRN:HSP-21288]]  ALS, PEG tube and BiPAP, {{eponym:Pleur-x}} catheter R chest drained weekly.

[[NAME:Kalani]] communicates with eye-gaze board. Asked (via board) for [[NAME:Leilani]] and [[NAME:Keoni]] to sing. [[NAME:Leilani]] reports {{drug:Nuedexta}} stopped last month; secretions worse -> {{drug:scopolamine patch}} {{dose:1.5 mg}} q72h started. BiPAP {{dose:14/6}}, using 20 h/day. {{score:ALSFRS-R 9}}.
Discussed BiPAP withdrawal when [[NAME:Kalani]] is ready; [[NAME:Kalani]] spelled "NOT YET." Kahu [[NAME:Makana Kealamakia]] to visit Sunday. [[NAME:Keoni]] e-mail for records: [[EMAIL:keoni.ahsing@pacificmail.net]].
""", summary="""
[[NAME:Kalani]], on BiPAP with ALS, is not yet ready for withdrawal; [[NAME:Leilani]] and [[NAME:Keoni]] were present and Kahu [[NAME:Makana Kealamakia]] visits Sunday.
"""),
]
