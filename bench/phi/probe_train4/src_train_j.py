# Hand-written training notes (probe_train4, part j): sports medicine, orthopaedic clinic, occupational
# health and return-to-work forms. German, Dutch, Flemish, Swiss, Austrian and Luxembourgish names plus
# English-word names. Every person, number, date, phone, email and street is invented.

NOTES = [
    dict(style="sports_medicine", note="""
SPORTS MEDICINE CLINIC - NEW PATIENT
[[NAME:Daan van der Linden]]   {{age:19}} M   MRN [[MRN:55102938]]   DOS [[DATE:9/23/24]]
Sent by ATC [[NAME:Lachman]] (university athletics) after noncontact R knee injury at soccer practice [[DATE:9/20]]: planted and pivoted, felt a "pop," immediate swelling, could not continue.
Exam R knee: moderate effusion; ROM 5-110 deg; {{eponym:Lachman}} 2B (10 mm or more, soft endpoint) vs L 1A; anterior drawer +; pivot shift deferred (guarding); {{eponym:McMurray}} equivocal lateral; MCL/LCL stable at 0 and 30 deg. Neurovascularly intact.
XR: small lateral capsular avulsion ({{eponym:Segond}} fx). MRI [[DATE:9/22]] (outside): complete ACL tear, bone bruise LFC and posterolateral tibial plateau, lateral meniscus posterior horn radial tear.
A/P: acute R ACL tear w/ {{eponym:Segond}} fx and LM tear.
 - Discussed BTB vs hamstring vs quad tendon autograft. Pt and mom [[NAME:Joy]] (on speaker from home, [[PHONE:+31 6 4172 0395]]) prefer BTB.
 - Surgery w/ Dr. [[NAME:Wolters]] tentatively [[DATE:10/8]] once ROM 0-120 and quiet knee.
 - Prehab w/ [[NAME:Lachman]] 5x/wk; hinged brace; crutches WBAT; {{drug:naproxen}} {{dose:500 mg}} BID w/ food x7 d.
 - Letter to Dean of Students re: absences. Coach [[NAME:Hunter]] updated w/ pt's permission.
[[NAME:Mason]], PA-C / Dr. [[NAME:Wolters]]
""", summary="""
[[NAME:Daan van der Linden]], {{age:19}}, has a complete right ACL tear with a {{eponym:Segond}} fracture and a lateral meniscus tear from soccer. BTB reconstruction with Dr. [[NAME:Wolters]] is tentatively set for [[DATE:10/8]] after prehab with [[NAME:Lachman]].
"""),

    dict(style="orthopaedic_clinic", note="""
ORTHOPAEDIC CLINIC - FRACTURE FOLLOW-UP
[[NAME:Fuchs, Gertrud E]]   aged [[AGE:91]]   DOB [[DATE:02/09/1934]]   MRN [[MRN:2201876]]   Visit [[DATE:05/20/2025]]
Hx: FOOSH on ice outside her home in [[ADDRESS:Fairhaven]] [[DATE:4/29]]; L dorsally displaced distal radius fx ({{eponym:Colles}}-type), closed reduction in ED, sugar-tong splint.
Today (3 wks): XR L wrist 3 views - alignment maintained; radial height 9 mm, inclination 18 deg, dorsal tilt 8 deg, ulnar variance +2 mm. Early callus.
Exam: splint intact, mild swelling, fingers pink w/ brisk refill, median/ulnar/radial sensation intact. Makes full fist. No {{eponym:Tinel}} over carpal tunnel. Grip surprisingly strong on R.
Plan: short-arm cast x3 wks, then removable splint + hand therapy. ORIF discussed - not indicated given acceptable alignment and low-demand L hand.
Osteoporosis: fragility fx at [[AGE:91]]; DEXA ordered. {{lab:Vit D 18}} - start {{drug:cholecalciferol}} {{dose:2000 IU}} daily. Discussed {{drug:Prolia}} vs {{drug:Fosamax}}; she wants to talk it over w/ her PCP, [[NAME:Strong]].
Daughter-in-law [[NAME:Brigitte]] present. Lives alone, uses cane outdoors - PT fall-risk referral.
RTC 3 wks, XR out of cast.
[[NAME:Reiter A]], MD
""", summary="""
[[NAME:Gertrud Fuchs]], [[AGE:91]], has a left {{eponym:Colles}}-type distal radius fracture that stayed in acceptable alignment at 3 weeks and is moving to a short-arm cast. A DEXA was ordered, and osteoporosis treatment will be decided with her PCP, Dr. [[NAME:Strong]].
"""),

    dict(style="occupational_health", note="""
OCCUPATIONAL HEALTH - PRE-PLACEMENT EXAMINATION
Employer: Granite Ridge Logistics (distribution center)    Position: forklift operator / order selector
Employee: [[NAME:Brunner, Kai]]   DOB [[DATE:1996-03-14]]   SSN (last 4) xxx-xx-[[SSN:6641]]
Badge # [[MRN:GRL-30418]]   Auth # [[MRN:PP-2025-11873]]   Exam date [[DATE:01/27/2025]]
Contact: [[PHONE:(920) 555-3187]], [[EMAIL:kai.brunner96@gmail.com]]
Hx: no chronic conditions; L ankle ORIF at {{age:16}} (soccer), hardware retained, asymptomatic. No meds. Denies seizures, sleep apnea sx.
Exam: {{vital:BP 128/82}}  {{vital:HR 66}}  BMI 26.1. Vision {{vital:20/20}} OU uncorrected; color normal ({{eponym:Ishihara}} 14/14). Whisper test pass bilat.
MSK: full ROM spine and extremities, SLR neg, {{score:5/5}} strength throughout. L ankle: healed lateral incision, full ROM, single-leg hop WNL.
Lift: 50 lb floor to waist x5, 35 lb waist to shoulder x5, no substitution.
UDS collected, chain of custody #[[MRN:0419922]]; result to MRO.
Determination: [X] Meets requirements of position without restrictions.
Results faxed to HR ([[NAME:Price]]) at [[PHONE:920-555-3100]]. [[NAME:Price]] asked for same-day turnaround. Pt asked the price of prescription safety glasses - employer reimburses.
Examiner: [[NAME:Hilde Goossens]], NP-C
""", summary="""
[[NAME:Kai Brunner]] passed his pre-placement exam for forklift work with no restrictions, including a normal lift test and {{vital:20/20}} vision. The results were faxed to [[NAME:Price]] in HR.
"""),

    dict(style="return_to_work", note="""
WORK STATUS REPORT - Workers' Compensation
Employee: [[NAME:Mason Goossens]]   Claim # [[MRN:WC-24-0087712]]   Employer: Brightline Glass & Door
DOI: [[DATE:10/02/2024]]   Visit: [[DATE:11/13/2024]]   Next visit: [[DATE:12/04/2024]]
Dx: L lumbar strain; L5 radiculopathy ruled out (EMG neg [[DATE:11/6]]).
Mechanism: carrying 90-lb pane of glass w/ coworker [[NAME:Bo]]; felt pull in low back when [[NAME:Bo]] slipped.
Status: pain {{score:3/10}} (was {{score:8/10}}); SLR neg; lumbar flexion 70 deg. 8 PT visits done.
Meds: {{drug:meloxicam}} {{dose:15 mg}} daily; stopped {{drug:cyclobenzaprine}}.
Work status:
  [ ] Full duty   [X] Modified duty from [[DATE:11/14/2024]]   [ ] Off work
  Restrictions: lift 25 lb occasional max; no repetitive bending/twisting; alternate sit/stand q30 min; no ladders over 6 ft.
  Expected full duty ~[[DATE:12/4]] pending recheck. MMI: not yet.
Case manager: [[NAME:Grace Timmermans]], RN (Mutual Shield), [[PHONE:800-555-0162]] ext [[PHONE:3381]]. [[NAME:Grace]] approved 6 more PT visits; employer's grace period for modified duty ends [[DATE:12/31]].
Provider: [[NAME:E. Vermeulen]], DO - Occupational Medicine   Ph [[PHONE:555-318-6020]]
""", summary="""
[[NAME:Mason Goossens]] is improving from a lumbar strain and goes back to modified duty on [[DATE:11/14/2024]] with a 25 lb lifting limit. Case manager [[NAME:Grace Timmermans]] approved six more PT visits, and full duty is expected around [[DATE:12/4]].
"""),

    dict(style="sports_medicine", note="""
SPORTS CONCUSSION FOLLOW-UP
[[NAME:Sunny Hofer]]   {{age:16}} F   [[DATE:2/11/25]]   MRN [[MRN:71-20-448]]
Injury [[DATE:2/1]]: ice hockey, checked into boards, brief confusion, no LOC. AT sideline {{score:SCAT6}} sx 14/22, severity 38/132.
Since last visit ([[DATE:2/4]]): HA down to {{score:2/10}} and only late in the day; sleeping 8-9 h; no light sensitivity.
Today: sx {{score:4/22}}, severity {{score:6/132}}. VOMS: mild HA w/ horizontal VOR (+1), NPC 5 cm. Tandem gait 12 s. {{score:BESS 8}} errors.
ImPACT [[DATE:2/10]]: verbal memory 84, visual memory 76, reaction time 0.61 - within 1 SD of her baseline from Aug 2024.
School: full days, extra time on tests through [[DATE:2/21]]; note for Mr. [[NAME:Bishop]] (chemistry).
Plan: graded RTP step 2 (light aerobic) today; advance one step per 24 h if sx-free; full contact only after clearance visit. RTC [[DATE:2/18]] or sooner if sx recur.
Mom [[NAME:Dagmar]] asks about helmet fit - AT to check. [[NAME:Sunny]] says she feels "like myself again"; mom describes a sunny mood all week.
Bike 10 min at clinic: {{vital:hr 142}} peak, {{vital:hr 72}} and {{vital:bp 112/70}} at 5 min recovery, sx-free. pt cleared for step 2. ~[[NAME:tb]]
""", summary="""
[[NAME:Sunny Hofer]], {{age:16}}, is nearly symptom-free ten days after a hockey concussion, and her ImPACT scores are back near baseline. She starts step 2 of graded return to play, with recheck on [[DATE:2/18]].
"""),

    dict(style="orthopaedic_clinic", note="""
ORTHO CLINIC - PROCEDURE NOTE
Procedure: R knee intra-articular injection, superolateral approach, ultrasound-guided.
Indication: R knee OA, {{score:Kellgren-Lawrence grade 3}}; failed PT, {{drug:Voltaren}} gel, {{drug:Tylenol}} {{dose:1 g}} TID.
Exam: small effusion, crepitus, medial joint line tenderness; {{eponym:McMurray}} neg; popliteal fullness c/w {{eponym:Baker}} cyst on US (2.1 x 1.4 cm).
Consent signed; time-out performed. Chlorhexidine prep.
Aspirated 18 mL clear straw-colored fluid, not sent.
Injected {{drug:Kenalog-40}} {{dose:40 mg}} + {{drug:lidocaine}} 1% {{dose:4 mL}}.
Tolerated well; no complications; bandage applied.
Post: ice 20 min, limit activity 48 h. {{lab:A1c 7.9%}} - check glucose BID x3 days, may run high.
F/u 6 wks; if relief lasts under 3 months, consider {{drug:Synvisc-One}} or TKA consult.
""", summary="""
A right knee with {{score:Kellgren-Lawrence grade 3}} OA and a {{eponym:Baker}} cyst was aspirated and injected with {{drug:Kenalog-40}} {{dose:40 mg}} under ultrasound. Follow-up is in 6 weeks, with viscosupplement or TKA consult if relief is short.
"""),

    dict(style="orthopaedic_clinic", note="""
HAND & UPPER EXTREMITY CLINIC
[[NAME:Ruth Finkelstein]], {{age:34}}F, DOB [[DATE:1990-10-02]], MRN [[MRN:90017733]], seen [[DATE:Jan 14, 2025]]
CC: R radial-sided wrist pain x6 wks; 4 mo postpartum, lifting baby and car seat.
Exam: tender and swollen over first dorsal compartment; {{eponym:Finkelstein}} test strongly + R, neg L; {{eponym:Eichhoff}} also + R. CMC grind neg. No {{eponym:Tinel}} over superficial radial n.
Pt amused the test shares her surname; [[NAME:Finkelstein]] says her grandmother in [[ADDRESS:Wiesloch]] would have loved that.
XR: no CMC arthritis, no fracture.
Dx: R {{eponym:de Quervain}} tenosynovitis.
Plan:
 - thumb spica splint, wear w/ lifting and at night
 - US-guided first dorsal compartment injection today: {{drug:Depo-Medrol}} {{dose:20 mg}} + {{dose:1 mL}} {{drug:lidocaine}}
 - not breastfeeding; {{drug:ibuprofen}} {{dose:600 mg}} TID w/ food x10 d
 - OT hand referral to [[NAME:Wren]] (CHT) for custom splint; if recurrence after 2 injections, discuss release
Husband [[NAME:Sjoerd]] and baby [[NAME:Elin]] in room.
[[NAME:Pieter Claessens]], MD
""", summary="""
[[NAME:Ruth Finkelstein]] has right {{eponym:de Quervain}} tenosynovitis with a strongly positive {{eponym:Finkelstein}} test four months postpartum. She got a thumb spica splint and a {{drug:Depo-Medrol}} injection and was referred to [[NAME:Wren]] for a custom splint.
"""),

    dict(style="occupational_health", note="""
EMPLOYEE HEALTH - BLOOD/BODY FLUID EXPOSURE
Employee: [[NAME:Janssens, Bo]]   RN, 4 North   Emp ID [[MRN:E0078812]]   DOB [[DATE:07/05/1991]]
Exposure: [[DATE:Sat 6/14/25]] ~03:40, well before dawn - percutaneous, 25G hollow-bore needle after SC {{drug:heparin}}, through glove into L index pad. Bled freely; washed w/ soap and water at once. Reported to charge RN [[NAME:dawn]] at 03:50; report passed from [[NAME:dawn]] to [[NAME:gus]] at 07:00.
Source pt MRN [[MRN:4410095]]: consented; rapid HIV neg, HBsAg and HCV Ab/RNA pending. Chart notes prior IVDU, HCV treated 2021.
Employee: HBV vaccinated, anti-HBs {{lab:112 mIU/mL}} (2019). Annual tb screen (QFT) neg in March.
Baseline labs: HIV Ag/Ab, HCV Ab, anti-HBs, {{lab:ALT 22}}, hCG neg.
PEP: source rapid HIV neg, PEP not indicated; employee agrees, no {{drug:Truvada}}/{{drug:Isentress}} started.
F/u HCV RNA + ALT at 3 wks and anti-HCV at 4-6 mo if source HCV+.
Counseled: no blood donation until f/u; report fever, rash. Cell [[PHONE:555-706-1183]] on file.
Incident report #[[MRN:IR-25-06144]] filed by [[NAME:dawn]]; sharps device review w/ [[NAME:Vogel]] (Infection Prevention).
Seen by [[NAME:Lotte Smeets]], NP, Employee Health - [[DATE:6/16/25]]
""", summary="""
RN [[NAME:Bo Janssens]] had a hollow-bore needlestick on [[DATE:6/14/25]]. The source's rapid HIV test was negative, so PEP was not started, and hepatitis C results are pending with follow-up labs planned.
"""),

    dict(style="return_to_work", note="""
FUNCTIONAL CAPACITY EVALUATION - SUMMARY
Client: [[NAME:Frank Leitner]]   DOB [[DATE:08-19-1972]]   Claim [[MRN:7C-448120]]   Adjuster: [[NAME:Sandy Kuipers]]
Tested: [[DATE:04/08/2025]] and [[DATE:04/09/2025]]   Referral: Dr. [[NAME:Goedert]]
Job: journeyman electrician (DOT 824.261-010), Medium PDC.
Injury: R full-thickness supraspinatus tear at work Sept 2024; arthroscopic repair Nov 2024.
Effort: consistent - 48/50 validity criteria met; Jamar 5-position bell curve present; CV under 10%.
Results vs job demands:
  Floor to waist lift: 50 lb occasional (job 50) - MEETS
  Waist to shoulder: 35 lb occasional (job 50) - DOES NOT MEET
  Overhead work R: occasional, 2 min tolerance (job frequent) - DOES NOT MEET
  Ladder climbing: MEETS. Grip R 41 kg / L 47 kg.
Pain {{score:2/10}} rising to {{score:5/10}} by end of day 1; day 2 reproducible.
Client was frank that overhead conduit work is the hardest part; no symptom magnification. [[NAME:Frank]] tolerated the full 2-day protocol.
Conclusion: Medium PDC w/ R overhead limitation; does not yet meet job demands. Recommend 4 wks work conditioning, then RTW w/ overhead restriction.
Evaluator: [[NAME:Jo Vanhove]], PT, CFCE   [[EMAIL:jvanhove@ridgewayrehab.com]]   [[PHONE:555-640-2274]]
""", summary="""
A two-day FCE on [[NAME:Frank Leitner]] after rotator cuff repair showed valid effort but waist-to-shoulder lifting and overhead tolerance below his electrician job's demands. Four weeks of work conditioning are recommended before return with an overhead restriction.
"""),

    dict(style="sports_medicine", note="""
SPORTS MEDICINE / ACUTE INJURY CLINIC    [[DATE:03/03/2025]]
[[NAME:WEBER, LUKAS]]   {{age:22}} M   MRN [[MRN:60049172]]
HPI: club rugby, tackled w/ foot planted [[DATE:Sat 3/1]]; external rotation twist L ankle. Could not bear weight 4 steps at the field or in ED. Splinted at urgent care in [[ADDRESS:Schaumburg]].
Exam: swelling and ecchymosis both malleoli, tender over deltoid and posterior lateral malleolus; proximal fibula NON-tender (no {{eponym:Maisonneuve}}). Squeeze test neg. {{eponym:Ottawa}} ankle rules +.
XR L ankle: short oblique distal fibula fx at the syndesmosis = {{eponym:Weber}} B; medial clear space 5 mm on mortise, 7 mm on gravity stress - unstable.
A: L {{eponym:Weber}} B fx w/ deltoid injury (bimalleolar equivalent), unstable.
P: ORIF w/ Dr. [[NAME:Ambühl]] [[DATE:3/5]]; NWB, padded posterior splint, elevate. VTE ppx {{drug:aspirin}} {{dose:81 mg}} BID per protocol.
[[NAME:Weber]] asked about a watch party Saturday - advised elevation and no alcohol w/ {{drug:oxycodone}}.
Teammate [[NAME:Ty]] is his ride. Pt cell [[PHONE:(312) 555-0849]]. Consent reviewed; pt signed w/ Dr. [[NAME:Ambuhl]]'s PA.
""", summary="""
[[NAME:Lukas Weber]], {{age:22}}, has an unstable left {{eponym:Weber}} B ankle fracture with deltoid injury from rugby. ORIF with Dr. [[NAME:Ambühl]] is scheduled for [[DATE:3/5]], and he is non-weight-bearing until then.
"""),

    dict(style="orthopaedic_clinic", note="""
ORTHOPAEDIC SHOULDER CLINIC - POST-OP VISIT (6 weeks)
[[NAME:MAJERUS Marie-Paule]]   born [[DATE:14/03/1961]]   Dossier [[MRN:MP-00391-22]]   Visit [[DATE:22/10/2024]]
Procedure [[DATE:10/09/2024]]: arthroscopic R supraspinatus repair (double-row) + biceps tenodesis. Surgeons Dr. [[NAME:Mersch]], fellow Dr. [[NAME:Hawkins]].
S: night pain {{score:2/10}}; off {{drug:tramadol}} since week 3; sleeping in bed again. Husband [[NAME:Romain]] helps her with dressing.
O: Portals healed. PROM FF 140 deg, ER at side 40 deg, IR to abdomen. Deltoid fires; axillary n. sensation intact.
   {{eponym:Hawkins}} and {{eponym:Neer}} impingement signs not tested (post-op).
A/P: on track. Sling discontinued today. AAROM to AROM weeks 6-8; no strengthening before week 12. Physio w/ [[NAME:Kremer]] 2x/wk.
Sick note extended to [[DATE:30/11/2024]] - office job, R-dominant, mouse use still painful.
Lives in [[ADDRESS:Mersch]]; no driving before week 8. Next visit [[DATE:03/12/2024]] with Dr. [[NAME:Mersch]].
Tel [[PHONE:+352 26 48 11 75]]
- [[NAME:C. Hawkins]] (fellow)
""", summary="""
Six weeks after a right rotator cuff repair and biceps tenodesis, [[NAME:Marie-Paule Majerus]] is off the sling and starting active-assisted motion, and her sick note runs to [[DATE:30/11/2024]]. She sees Dr. [[NAME:Mersch]] again on [[DATE:03/12/2024]].
"""),

    dict(style="occupational_health", note="""
OCC HEALTH - AUDIOMETRIC REVIEW (Hearing Conservation Program)
Employee: [[NAME:YOUNG, EDWARD]] "[[NAME:Ed]]"   Clock # [[MRN:20771]]   Hire [[DATE:06/11/2001]]   Dept: stamping, line 3
Annual test [[DATE:08/19/2024]]   Tech [[NAME:rw]]   Booth calibrated [[DATE:8/1/24]]
Results (dB HL)   500  1k  2k  3k  4k  6k
  R               15  15  20  35  45  40
  L               15  20  30  50  60  55
Findings: standard threshold shift L ear vs 2001 baseline (2/3/4k avg shift 13.3 dB after age correction, {{age:61}}). L avg 47 dB HL - recordable.
Retest [[DATE:8/30]] confirmed (tech [[NAME:rw]]; narrow-band/white noise masking used).
Interview: wears foam plugs "most of the time," pulls them to talk to lead [[NAME:Cross]]; deer hunts (rifle, no protection L side). Spoke with [[NAME:Young]] about the shooting side.
Actions: refit w/ custom molded plugs + muffs; REAT fit-test PAR 22 dB; supervisor [[NAME:Cross]] notified; OSHA 300 log; ENT referral.
[[NAME:Young]] understands and signed. Young workers on line 3 also get a refresher (group session [[DATE:9/4]]).
Reviewed: [[NAME:Heinz Pfister]], MD, MPH
""", summary="""
[[NAME:Ed Young]], {{age:61}}, has a confirmed recordable standard threshold shift in his left ear on his [[DATE:08/19/2024]] audiogram. He was refit with custom plugs and muffs, and his supervisor [[NAME:Cross]] was notified.
"""),

    dict(style="return_to_work", note="""
WORK CAPACITY STATEMENT - ADDENDUM
Dx: L shoulder anterior instability s/p arthroscopic {{eponym:Bankart}} repair; small {{eponym:Hill-Sachs}} lesion, no remplissage.
Post-op week 10. Sling off since week 5. AROM FF 160 deg, ER at side 45 deg (limit 50 until week 12). Apprehension and relocation tests deferred.
Strength: ER {{score:4/5}}, IR {{score:4+/5}}, deltoid {{score:5/5}}. No instability events.
Meds: {{drug:acetaminophen}} prn only.
Current capacity (sedentary-light):
  - lifting: 10 lb to waist, L arm; no lifting above shoulder
  - no pushing/pulling over 20 lb force; no sudden loading
  - keyboard/mouse work unrestricted; driving permitted
  - no work on ladders or overhead
Anticipated progression: light duty at week 12, medium at week 16, full duty (incl. overhead) at 5-6 months pending strength testing.
Employer may reduce hours to 6/day for the next 2 weeks to attend PT.
Next review at the week-12 visit.
""", summary="""
At week 10 after a left shoulder {{eponym:Bankart}} repair, the worker is limited to sedentary-to-light duty with no overhead work or lifting above the shoulder. Full duty is expected at 5 to 6 months.
"""),

    dict(style="sports_medicine", note="""
SPORTS MEDICINE - FEMALE ATHLETE CLINIC
[[NAME:May Smit]]   {{age:20}}F   MRN [[MRN:33-91-0776]]   [[DATE:Apr 15, 2025]]
D1 cross-country; had been training for the conference meet in May. R shin pain x4 wks, now with walking.
MRI [[DATE:4/11]]: grade 3 posteromedial tibial stress injury ({{eponym:Fredericson}}), no fracture line.
RED-S screen: no menses since December, BMI 18.1, prior 2nd metatarsal stress fx. {{lab:Vit D 22}}, {{lab:ferritin 14}}, {{lab:TSH 1.9}}, {{lab:estradiol <20}}. DEXA L-spine Z-score -1.4.
Plan:
 - boot, PWB x2-3 wks; pain-free walking before run progression (~8-12 wks). She will miss the May meet - tearful.
 - sports RD [[NAME:Olive]] [[DATE:4/17]]: energy availability goal, add energy-dense foods (nuts, olive oil, smoothies)
 - {{drug:ferrous sulfate}} {{dose:325 mg}} every other day; {{drug:vitamin D3}} {{dose:2000 IU}}
 - AT [[NAME:Summer]] to run cross-training (pool running, bike); hope to clear her for summer base mileage
 - coach [[NAME:van Rijn]] informed w/ consent; mom [[NAME:Ingrid]] aware
Reassess [[DATE:5/6]]. Referral to team psychologist if pt agrees.
[[NAME:Joost Mertens]], MD, CAQ Sports Medicine
""", summary="""
[[NAME:May Smit]], {{age:20}}, has a grade 3 tibial stress injury with amenorrhea, low vitamin D and low ferritin, consistent with RED-S. She is in a boot with dietitian follow-up with [[NAME:Olive]] and cross-training run by [[NAME:Summer]], and will be reassessed [[DATE:5/6]].
"""),

    dict(style="orthopaedic_clinic", note="""
ORTHOPAEDICS - POST-OP CLINIC NOTE (dictated)
[[NAME:Johann]] "[[NAME:Hans]]" [[NAME:Egger]], MRN [[MRN:5528814]], is a [[AGE:ninety-four]]-year-old gentleman seen today, [[DATE:June 3rd]], six weeks out from a right cemented bipolar hemiarthroplasty for a displaced {{score:Garden III}} femoral neck fracture, surgery on [[DATE:the 22nd of April]].
He is at Maple Ridge Care Center for rehab, and his son [[NAME:Will]] came with him today. [[NAME:Will]] says he will take him home to [[ADDRESS:Fredericksburg]] once he is walking safely with the walker.
Pain is minimal; he is off {{drug:Norco}} and uses {{drug:Tylenol}} {{dose:650 mg}} at night. [[NAME:Hans]] asked whether he can get back to his woodshop.
Incision well healed, no drainage. Mild {{eponym:Trendelenburg}} lurch on the right. Leg lengths clinically equal.
X-rays: well-fixed stem, no subsidence, no periprosthetic fracture.
{{lab:Hgb 11.8}} at the SNF last week. {{drug:Eliquis}} {{dose:2.5 mg}} BID for DVT prophylaxis completes at six weeks - stop after tomorrow.
Posterior hip precautions until twelve weeks; no woodshop ladder, seated work at the bench is fine.
Follow-up six weeks, x-ray on arrival.
Dictated by [[NAME:Claude Wagner]], PA-C, for Dr. [[NAME:Ammann]].
""", summary="""
Six weeks after a right hemiarthroplasty for a {{score:Garden III}} hip fracture, [[NAME:Hans Egger]], [[AGE:94]], is doing well with well-fixed implants and is stopping {{drug:Eliquis}}. His son [[NAME:Will]] plans to take him home once he walks safely.
"""),

    dict(style="occupational_health", note="""
OCCUPATIONAL MEDICINE - FITNESS FOR RESPIRATORY PROTECTION
Employee: [[NAME:Zürcher, Reto]]   born [[DATE:03.05.1979]]   AHV-Nr. [[SSN:756.4412.8830.27]]   Pers.-Nr. [[MRN:40817]]
Employer: Aare Tunnelbau AG, site [[ADDRESS:Frutigen]]   Exam [[DATE:12 Nov 2024]]
Exposure: tunnel construction - respirable crystalline silica, diesel exhaust; uses FFP3 and PAPR.
Hx: ex-smoker, 12 pack-years (quit 2015). No asthma. Heartburn on {{drug:pantoprazole}} {{dose:20 mg}}.
Exam: {{vital:BP 134/86}}, {{vital:HR 70}}, {{vital:SpO2 98%}}. Chest clear. No clubbing.
Spirometry: {{lab:FEV1 3.92 L (96% pred)}}, {{lab:FVC 4.88 L (99%)}}, {{lab:FEV1/FVC 0.80}}.
CXR (ILO): 0/0, no small opacities.
Quantitative fit test (PortaCount): FF 1450 on FFP3 size M/L - pass.
Assessment: fit for work with respiratory protection. Next silica surveillance due Nov 2026.
Copy to site safety officer [[NAME:Hug]], [[EMAIL:sicherheit.frutigen@aaretunnel.ch]]. [[NAME:Reto]] agrees to disclosure of the fitness result only.
Questions: [[PHONE:+41 33 671 22 40]]
Dr. med. [[NAME:Ursula Gisler-Frei]] / MPA [[NAME:ug]]
""", summary="""
[[NAME:Reto Zürcher]] was found fit for tunnel work with respiratory protection on [[DATE:12 Nov 2024]], with normal spirometry, a clear chest X-ray and a passed FFP3 fit test. Only the fitness result was copied to safety officer [[NAME:Hug]].
"""),

    dict(style="sports_medicine", note="""
SPORTS MEDICINE - THROWING ATHLETE
[[NAME:Tommy Gerber]]   {{age:17}} RHP, HS junior   DOB [[DATE:5/2/2007]]   MRN [[MRN:61-448-230]]   [[DATE:3/27/2025]]
CC: medial R elbow pain after a "pop" on a curveball [[DATE:3/22]]; velocity down ~6 mph since.
Exam: TTP sublime tubercle; moving valgus stress +; milking maneuver +; ulnar n.: {{eponym:Tinel}} neg at cubital tunnel, no subluxation. Flexion contracture 5 deg, otherwise full ROM.
MR arthrogram [[DATE:3/25]]: partial-thickness distal UCL tear ("T-sign").
A/P: discussed nonop (rest, PRP, throwing program at ~12 wks) vs UCL repair w/ internal brace vs reconstruction ({{eponym:Tommy John}}). [[NAME:Tommy]] and dad [[NAME:Art]] want nonop first; [[NAME:Art]] worried about the summer showcase.
 - no throwing x6 wks; PRP [[DATE:4/1]]; PT for scapular/core/hip
 - note to pitching coach [[NAME:Baker]]: no pitching this spring
 - repeat imaging at 8 wks; f/u [[DATE:5/13]]
[[NAME:Nicolas Kieffer]], MD    scribe: [[NAME:h.roth]]
""", summary="""
[[NAME:Tommy Gerber]], a {{age:17}}-year-old pitcher, has a partial distal UCL tear, and he and his father chose non-operative care with PRP on [[DATE:4/1]]. Coach [[NAME:Baker]] was told there is no pitching this spring.
"""),

    dict(style="orthopaedic_clinic", note="""
SPINE CLINIC - NEW CONSULT
[[NAME:HOFFMANN, NADINE]]   {{age:52}}F   MRN [[MRN:88170234]]   [[DATE:11/19/2024]]   Ref: [[NAME:Kayser]] (PCP)
CC: neck pain radiating to L arm and thumb x3 mo; numbness thumb/index.
Exam: {{eponym:Spurling}} + L, reproduces pain into thumb. L biceps {{score:4/5}}, wrist ext {{score:4/5}}; brachioradialis reflex decreased L. {{eponym:Hoffmann}} sign neg bilat; no clonus; gait normal, tandem OK. {{eponym:Lhermitte}} neg. {{eponym:Tinel}} and {{eponym:Phalen}} neg at wrist.
MRI C-spine: C5-6 L foraminal stenosis (uncovertebral spur + disc); no cord signal change.
[[NAME:Hoffmann]]'s job: dental assistant, prolonged neck flexion; off work 2 days last month.
A: L C6 radiculopathy.
Plan: PT (traction, deep neck flexors) 6 wks; {{drug:gabapentin}} {{dose:300 mg}} qhs titrating; {{drug:Medrol Dosepak}} x1; ESI referral to Dr. [[NAME:Oh]] if not better. Red flags reviewed.
Daughter [[NAME:Joëlle]] will drive her to PT. Portal msg: "this is [[NAME:Nadine Hoffman]], the pharmacy says {{drug:gabapentin}} needs a new script" - resent to Rotbach Pharmacy.
""", summary="""
[[NAME:Nadine Hoffmann]], {{age:52}}, has a left C6 radiculopathy with a positive {{eponym:Spurling}} test and a negative {{eponym:Hoffmann}} sign. She starts PT and {{drug:gabapentin}}, with referral to Dr. [[NAME:Oh]] for an ESI if she does not improve.
"""),

    dict(style="return_to_work", note="""
Meridian Occupational Health
[[DATE:February 18, 2025]]

To: [[NAME:Holly White]], HR Manager, Northbound Freight Inc.
Re: [[NAME:Jos Kremer]] (DOB [[DATE:10/30/1968]]; Employee # [[MRN:NF-11826]])

Dear Ms. [[NAME:White]],
Mr. [[NAME:Kremer]] was seen today regarding return to work after an inferior STEMI on [[DATE:12/29/2024]], treated with a drug-eluting stent to the RCA. He has completed 18 sessions of cardiac rehab. A treadmill test on [[DATE:2/10/2025]] reached 10.1 METs on the {{eponym:Bruce}} protocol without ischemia; EF {{lab:55%}}.
He may return to work on [[DATE:2/24/2025]]. Commercial driving requires his DOT medical re-examination, booked [[DATE:2/20]] with Dr. [[NAME:Bishop]].
Restrictions until [[DATE:3/15/2025]]: no lifting over 50 lb (tarping/chaining loads); local routes only.
Current medications ({{drug:Brilinta}}, {{drug:aspirin}}, {{drug:atorvastatin}}, {{drug:metoprolol}}) are non-sedating and do not limit driving.
Please contact me at [[PHONE:(810) 555-2049]] or fax [[PHONE:(810) 555-2050]] with questions.
Sincerely,
[[NAME:Wim Verhoeven]], MD
cc: [[NAME:Kremer]]; file [[MRN:MOH-25-0311]]
""", summary="""
[[NAME:Jos Kremer]] may return to work on [[DATE:2/24/2025]] after a STEMI and stent, with no lifting over 50 lb and local routes only until [[DATE:3/15/2025]]. Commercial driving waits on his DOT re-exam with Dr. [[NAME:Bishop]].
"""),

    dict(style="sports_medicine", note="""
SPORTS MED - PEDIATRIC KNEE
{{age:12}}yo M, club basketball 5 d/wk + school PE. Bilateral anterior knee pain x2 mo, worse jumping and kneeling; R > L. Also L heel pain after practice.
Exam: tender, prominent tibial tubercles bilat; no effusion; patellar tendon non-tender at inferior pole (no {{eponym:Sinding-Larsen-Johansson}}). {{eponym:Ely}} test tight bilat; hamstrings popliteal angle 50 deg. L calcaneal squeeze +.
XR knees: fragmentation of tibial tubercle apophysis bilat, soft-tissue swelling; no avulsion.
Dx: {{eponym:Osgood-Schlatter}} disease bilat; L {{eponym:Sever}} disease.
Plan:
 - relative rest: cut jumping drills, keep shooting practice; pain {{score:3/10}} or less during activity is OK
 - quad/hamstring/calf stretching, Thera-Band hip strengthening; PT 4-6 visits
 - Cho-Pat strap for games; heel cups in shoes
 - {{drug:ibuprofen}} {{dose:200 mg}} prn after games, max 3x/wk; ice 15 min
 - expect symptoms to settle with growth; tubercle bump may persist
RTC 8 wks or sooner for acute pain or inability to extend knee.
""", summary="""
A {{age:12}}-year-old basketball player has bilateral {{eponym:Osgood-Schlatter}} disease and left {{eponym:Sever}} disease. He was managed with activity modification, stretching, PT, a strap and heel cups, with recheck in 8 weeks.
"""),
]
