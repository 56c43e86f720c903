NOTES = [
    dict(style="snf_ltc_note", note="""
LTC Nursing Progress Note - 3-11 shift   [[DATE:Sat 2/8/25]]
Resident: [[NAME:KARAGIANNIS, THEODORA]] ([[AGE:96]])   Rm 214B
report from [[NAME:gay]] to [[NAME:frank]] at 1500. charge RN [[NAME:dawn]].
res alert, oriented x1 (baseline). c/o L ear pain, tugging ear. {{vital:T 99.8}} ax, {{vital:bp 142/70}}, {{vital:hr 88}}, {{vital:rr 18}}, {{vital:SpO2 95%}} ra.
cerumen impaction L on otoscope. Dr. [[NAME:Lazaridis]] paged [[PHONE:4-1187]] @1620 -> new order {{drug:Debrox}} {{dose:5 gtts}} L ear bid x 4 days then irrigate.
ate 50% supper, fluids encouraged, 480 mL intake this shift.
daughter [[NAME:Xanthi]] called from [[ADDRESS:Thessaloniki]] ~1900, updated. res speaks Greek only; granddaughter [[NAME:Georgia]] translated over speaker.
hs meds: {{drug:donepezil}} {{dose:10 mg}}, {{drug:senna}} 2 tabs. refused {{drug:Miralax}}.
hx hematuria - voided x2, urine clear yellow, no frank blood.
bed low, floor mat down, call light in reach. report to night nurse ([[NAME:art]]) at 2300.
-[[NAME:F. Mwangi]], LPN
""", summary="""
[[NAME:Theodora Karagiannis]], [[AGE:96]], had left ear pain from cerumen impaction and Dr. [[NAME:Lazaridis]] ordered {{drug:Debrox}} drops. Daughter [[NAME:Xanthi]] was updated with [[NAME:Georgia]] translating.
"""),

    dict(style="mds_assessment", note="""
MDS 3.0 - 5-DAY PPS ASSESSMENT - NARRATIVE
Resident: [[NAME:Tehrani, Mehrdad]]   ARD [[DATE:01/24/2025]]   Entry [[DATE:01/20/2025]] from Mercy Hospital
Payer: Medicare A, MBI [[MRN:5HK3-PL8-YT22]]; Medicaid pending [[MRN:NY88204413]]. SSN xxx-xx-[[SSN:6619]] (face sheet).
Section C: {{score:BIMS 11/15}} (recalled 2/3 words), interviewed w/ Farsi interpreter [[NAME:Nasrin]] (badge [[MRN:2290]]).
Section D: {{score:PHQ-9 7}}, mild. Section E: no behaviors.
Section GG: admission self-care {{score:GG 21}}, mobility {{score:GG 38}}. [[NAME:Page]] to reassess w/ therapy [[DATE:1/27]] - see page 3 of therapy eval.
Section I: CVA w/ R hemiparesis, dysphagia, HTN, DM2, AF.
Section J: fall in month prior to entry; pain interview {{score:pain 4/10}}, frequent.
Section K: mech soft, nectar thick; wt {{vital:152 lb}}, ht 67 in.
Section M: no pressure injury; {{score:Braden 15}}.
Section N: insulin x7 days, anticoagulant ({{drug:apixaban}} {{dose:5 mg}} bid).
Section O: PT/OT/SLP 5x/wk.
PDPM clinical category Acute Neurologic; {{score:NTA 3}}.
Coordinator [[NAME:Page]], RN; D/Q by [[NAME:Young]]; K by [[NAME:King]], RD.
""", summary="""
5-day PPS MDS for [[NAME:Mehrdad Tehrani]] after a stroke, with ARD [[DATE:01/24/2025]]: {{score:BIMS 11/15}}, mild depression ({{score:PHQ-9 7}}), and daily therapy. [[NAME:Page]] will re-check Section GG with therapy on [[DATE:1/27]].
"""),

    dict(style="care_conference", note="""
INTERDISCIPLINARY CARE CONFERENCE - Quarterly
Resident: [[NAME:Hagop Manukyan]]   Date: [[DATE:April 9, 2025]]   Rm 118A
Attendees: [[NAME:Baker]] (SW), [[NAME:King]] (RD), [[NAME:Alvarez-Ohanian]] (nursing), [[NAME:Jo]] (activities), [[NAME:Rich]] (PT); daughter [[NAME:April]] by phone. Resident declined to attend.
Nursing: no falls this qtr, {{score:BIMS 8/15}}, sleeping well on {{drug:mirtazapine}} {{dose:7.5 mg}}. Small stage 1 R heel resolved.
Dietary: wt {{vital:141 lb}}, down 6 lb since January (4.1%). [[NAME:King]] recs {{drug:Ensure Plus}} BID, fortified oatmeal, liberalize diet from NCS.
Rehab: PT d/c'd in March at supervision level w/ RW; [[NAME:Rich]] recommends restorative walking program 3x/wk.
Activities: attends Armenian music hour and mass; enjoys backgammon with [[NAME:Levon]] down the hall.
Family: [[NAME:April]] asked about hospice eval given weight loss since April 2024. [[NAME:Baker]] to send info and ask Dr. [[NAME:Yeghiazaryan]] re eligibility.
Code status: DNR/DNI, POLST on chart. HCP [[NAME:April Manukyan-Ross]] [[PHONE:(626) 555-0109]].
Next conference July.
cc: [[NAME:jw]], Dr. [[NAME:Yeghiazaryan]]
""", summary="""
Quarterly care conference for [[NAME:Hagop Manukyan]] noted a 6 lb weight loss and no falls; [[NAME:King]] added supplements and [[NAME:Rich]] set up restorative walking. Daughter [[NAME:April]] asked about hospice, and [[NAME:Baker]] will follow up with Dr. [[NAME:Yeghiazaryan]].
"""),

    dict(style="fall_incident_report", note="""
INCIDENT REPORT - FALL (UNWITNESSED)      Report # [[MRN:IR-25-0337]]
Resident: [[NAME:Zeynep Aydın]], [[AGE:93]]yo F   Unit 2 West   [[DATE:03/17/2025]] 0245
[[NAME:Al]] found res sitting on floor beside bed, back against nightstand. Res states "I wanted the bathroom."
Bed alarm did not sound - found unplugged at wall.
Assessment: denies hitting head; no hematoma; ROM all extremities at baseline; no leg shortening/rotation. Skin tear L forearm 2 x 0.5 cm, steri-strips applied.
Neuro checks started: {{score:GCS 15}}, PERRLA, {{eponym:Babinski}} not tested.
{{vital:BP 108/62}} lying, {{vital:BP 94/58}} standing (orthostatic), {{vital:HR 90}}, {{lab:FSBG 134}}.
Meds of note: {{drug:tamsulosin}} {{dose:0.4 mg}} hs, {{drug:trazodone}} {{dose:25 mg}} hs.
{{score:Morse Fall Scale 75}} (high risk).
Notified: on-call Dr. [[NAME:Morse]] 0300 - no imaging, hold {{drug:trazodone}}, orthostatic VS qshift x 3 days. Son [[NAME:Kemal]] [[PHONE:(201) 555-0190]] lvm 0700, returned call 0740. DON [[NAME:Grace McAllister]] 0715.
Root cause: unmet toileting need + alarm unplugged. Interventions: scheduled toileting 0200/0500, alarm check each rounds, non-skid socks.
rn [[NAME:ns]]
""", summary="""
[[NAME:Zeynep Aydın]], [[AGE:93]], had an unwitnessed fall on [[DATE:03/17/2025]] going to the bathroom, with a skin tear and orthostatic hypotension ({{score:Morse Fall Scale 75}}). Dr. [[NAME:Morse]] held {{drug:trazodone}} and son [[NAME:Kemal]] was told.
"""),

    dict(style="snf_ltc_note", note="""
Skilled Nursing Note - Medicare Part A, Day 12
Skilled need: IV antibiotics via R basilic PICC, wound care, CHF monitoring.
Vitals: {{vital:T 98.2}}, {{vital:BP 126/72}}, {{vital:HR 76}}, {{vital:RR 18}}, {{vital:SpO2 94%}} on 2 L.
Wt {{vital:196.4 lb}}, down 1.2 lb from yesterday.
IV: {{drug:cefazolin}} {{dose:2 g}} IV q8h day 12/42 for MSSA bacteremia; PICC site clean, dressing changed (Tegaderm CHG), flushed w/ NS {{dose:10 mL}}.
Labs: {{lab:WBC 7.9}}, {{lab:Cr 1.1}}, {{lab:K 4.2}}; weekly CBC/BMP per ID protocol.
Lungs diminished bases, no crackles. Edema trace bilat. {{drug:furosemide}} {{dose:40 mg}} po daily given.
Sacral stage 2 now 0.6 x 0.4 cm, pink, covered w/ Mepilex Sacrum; {{score:Braden 16}}.
Therapy: PT gait 150 ft w/ RW CGA; OT toileting Min A.
Resident educated on 2 g Na diet and daily weights; teach-back ok.
Plan: continue skilled services, ID follow-up in Infectious Disease Clinic next wk, PICC removal at end of course.
""", summary="""
Day 12 skilled note: IV {{drug:cefazolin}} continues via PICC for MSSA bacteremia, heart failure is stable with weight down, and the sacral stage 2 is healing. Therapy and skilled nursing continue until the antibiotic course ends.
"""),

    dict(style="fall_incident_report", note="""
INCIDENT REPORT - Exit seeking / elopement attempt     [[DATE:10/21/24]] approx 1740
Resident [[NAME:Kawa Berwari]] ({{age:74}}), memory care unit
Res exited via east stairwell door while a vendor held it open; WanderGuard alarm sounded. Security officer [[NAME:White]] found res in the parking lot ~40 ft from the door within 3 min, walking toward [[ADDRESS:Route 9]].
[[NAME:White]] and [[NAME:Jordan]] walked res back; calm, said he was going home to [[ADDRESS:Duhok]] to see his mother.
Assessment: no injury, skin intact, {{vital:BP 150/88}}, {{vital:HR 96}}. Wearing white sneakers and light jacket, temp outside 52F.
{{score:BIMS 4/15}}. No prior elopement.
Notified: NP [[NAME:Whitney Oh]] 1800, Administrator [[NAME:Bishop]] 1815, son [[NAME:Rebin]] [[PHONE:(615) 555-0133]] 1820 (will tell mother [[NAME:Gulistan]]).
Interventions: 1:1 x 24 h, WanderGuard bracelet battery replaced (expired), door-hold policy re-taught to vendor, photo updated on white board at each exit.
Care plan updated for exit seeking.
-[[NAME:Yu]], RN
""", summary="""
[[NAME:Kawa Berwari]], who has dementia, left the memory care unit through a propped door on [[DATE:10/21/24]] and was brought back uninjured by [[NAME:White]] and [[NAME:Jordan]]. He was placed on 1:1 and son [[NAME:Rebin]] was notified.
"""),

    dict(style="mds_assessment", note="""
mds scsa note - hospice election
res [[NAME:berivan sindi]] elected hospice [[DATE:the 3rd]] (Compassus). SCSA opened, ARD [[DATE:Mar 9]].
section c: {{score:bims 3}} - unable to complete interview, staff assessment done by cna [[NAME:dilan]].
section d: staff {{score:PHQ-9-OV 9}}.
section gg: self-care dropped 12 pts, now dependent for eating since [[DATE:2/20]].
section j: j1400 prognosis < 6 mo - yes, per hospice md. pain: {{drug:morphine}} {{dose:5 mg}} sl q4h prn, used 3x/day.
section k: wt 112 lb, was 122 lb 30 days ago (8.2% loss) - not on planned wt loss program.
section m: new stage 2 L ischium.
section o: o0110k1 hospice checked.
coded by rn [[NAME:kd]]; sections d/q by [[NAME:Mo Sharifi]], SW.
care plan mtg [[DATE:March 14th]] w/ daughter [[NAME:rojda]], hospice RN [[NAME:Faith]].
""", summary="""
A significant-change MDS was opened for [[NAME:Berivan Sindi]] after hospice election on [[DATE:the 3rd]], showing 8.2% weight loss, a new stage 2 and {{score:BIMS 3}}. A care plan meeting with daughter [[NAME:Rojda]] is set for [[DATE:March 14th]].
"""),

    dict(style="care_conference", note="""
Care Conference - Goals of Care   [[DATE:Wed 9/18/2024]]
Resident: [[NAME:Mahmoud Ghorbani]] {{age:84}}, PEG-fed since CVA in June 2023.
Present: wife [[NAME:Zahra]], daughter [[NAME:Hope Ghorbani-Wells]], interpreter [[NAME:Farzaneh]] (Farsi), [[NAME:Ramsey]] NP, [[NAME:Baker]] SW, [[NAME:Cross]] RN unit mgr.
Clinical: 3 aspiration pneumonias in 6 mo despite HOB 30 and {{dose:60 mL/hr}} continuous feeds (Jevity 1.5); {{lab:albumin 2.4}}; {{score:PPS 30%}}.
[[NAME:Zahra]] hopes he will "wake up and talk again"; [[NAME:Hope]] understands decline and wants him comfortable.
d/w family: options of continuing current plan vs hospice with continued feeds vs comfort feeds. No decision today - family to pray and discuss w/ brother [[NAME:Ali]] in [[ADDRESS:Shiraz]].
Code: changed from Full to DNR today, signed by [[NAME:Zahra]] as HCP. POLST updated.
f/u meeting in 1 wk; [[NAME:Ramsey]] to call [[NAME:Hope]] at [[PHONE:(310) 555-0146]].
cc: [[NAME:Cross]], Dr. [[NAME:Alavi]]
""", summary="""
Goals-of-care meeting for [[NAME:Mahmoud Ghorbani]], who has had three aspiration pneumonias on tube feeds: code status changed to DNR by wife [[NAME:Zahra]]. The family, including daughter [[NAME:Hope]], will decide on hospice within a week.
"""),

    dict(style="snf_ltc_note", note="""
SNF PHYSICIAN PROGRESS NOTE - 30 day regulatory visit
[[NAME:GRAVES, ROLAND T]]   DOB [[DATE:1938-05-14]]   FIN [[MRN:FN00712245]]
S: Mr. [[NAME:Graves]] seen in room. Feels "tired all the time," cold intolerance, constipated. Nursing (per [[NAME:Mercy]]) reports napping most afternoons.
PMH: {{eponym:Graves}} disease s/p RAI 1990s -> hypothyroid; AF on {{drug:Eliquis}} {{dose:2.5 mg}} bid; CKD 3b; BPH.
O: {{vital:BP 118/64}} {{vital:HR 58}} irreg {{vital:T 97.1}}. Mild lid lag and proptosis (old {{eponym:Graves}} ophthalmopathy), dry conjunctiva. Delayed relaxation of ankle reflexes.
Labs [[DATE:9/30]]: {{lab:TSH 7.9}}, {{lab:free T4 0.8}}, {{lab:Cr 1.6}}, {{lab:Hgb 11.2}}.
A/P:
1. Hypothyroid, undertreated - increase {{drug:levothyroxine}} {{dose:100 mcg}} -> {{dose:112 mcg}}, separate from calcium; TSH 6 wks.
2. AF rate controlled, no {{drug:metoprolol}} change given HR.
3. Dry eyes - artificial tears {{dose:1 gtt}} OU qid.
4. Constipation - {{drug:senna}} nightly, prune juice.
Discussed w/ [[NAME:Mercy]]; Mr. [[NAME:Graves]]'s son [[NAME:Teddy]] to be updated by unit.
[[NAME:Hovik Ter-Petrosyan]], MD
""", summary="""
Regulatory visit for [[NAME:Roland Graves]], hypothyroid after RAI for {{eponym:Graves}} disease, found {{lab:TSH 7.9}} with fatigue. {{drug:Levothyroxine}} was increased to {{dose:112 mcg}} and son [[NAME:Teddy]] will be updated.
"""),

    dict(style="fall_incident_report", note="""
FALL REPORT - WITNESSED      Incident # [[MRN:F-2024-1186]]
Res: [[NAME:Lasha Tsiklauri]]   {{age:88}}M   Rm 306   [[DATE:Friday, 11/15/2024]] 1120
Event: stand-pivot w/c -> recliner w/ 1 assist ([[NAME:Ty]]); knees buckled, [[NAME:Ty]] lowered res to floor. Per [[NAME:Cross]], in room at the time, res did not strike head.
Res assisted up w/ {{eponym:Hoyer}} lift x2 staff.
Assessment: no c/o pain, ROM intact, no bruising. {{score:GCS 15}}. {{eponym:Babinski}} downgoing bilat, strength {{score:4/5}} LE symmetric. {{vital:BP 132/80}} {{vital:HR 72}} {{lab:FSBG 158}}.
Contributing: new {{drug:gabapentin}} {{dose:300 mg}} tid started [[DATE:11/12]], drowsy this am.
Notified Dr. [[NAME:Kiknadze]] 1140 - reduce {{drug:gabapentin}} to {{dose:100 mg}} tid. Wife [[NAME:Manana]] notified 1200, [[PHONE:+1 (718) 555-0124]].
Plan: 2 assist for transfers x 72 h, PT screen, update care plan.
Witness statements: [[NAME:Ty]], CNA; [[NAME:Cross]], rehab aide.
[[NAME:K. Babinski]], RN
""", summary="""
[[NAME:Lasha Tsiklauri]] had a witnessed, assisted fall to the floor during a transfer on [[DATE:11/15/2024]] without injury, likely from new {{drug:gabapentin}}. Dr. [[NAME:Kiknadze]] lowered the dose and wife [[NAME:Manana]] was informed.
"""),

    dict(style="snf_ltc_note", note="""
Behavior / Psychotropic Monitoring - [[DATE:Dec 2]]
Res [[NAME:Vasiliki]] "[[NAME:Vaso]]" [[NAME:Manolas]], dementia w/ {{eponym:Lewy}} bodies. Prefers [[NAME:Vaso]].
Target behaviors this month: visual hallucinations (children in the hallway) 11 episodes, mostly evenings; not distressing on 8 of 11. No aggression.
Per night cna [[NAME:le]], slept 6-7 h most nights. Hallucinations up after son [[NAME:Spiros]] missed Sunday visit x2.
Meds: {{drug:quetiapine}} {{dose:12.5 mg}} hs (GDR attempted [[DATE:Sept 10]] -> failed), {{drug:rivastigmine}} patch {{dose:9.5 mg/24h}}.
NO {{drug:haloperidol}} - neuroleptic sensitivity noted on allergy list.
{{score:NPI-NH 14}}, {{score:PHQ-9-OV 5}}. Orthostatic VS neg.
Non-drug: bright lighting in hall after 1600, photo album, Greek radio, {{drug:melatonin}} {{dose:3 mg}} trial.
Psych consult by Dr. [[NAME:Oh]] deferred - stable.
cc: Dr. [[NAME:Oh]], [[NAME:Baker]] SW
""", summary="""
[[NAME:Vasiliki]] "[[NAME:Vaso]]" [[NAME:Manolas]], who has {{eponym:Lewy}} body dementia, had 11 mostly non-distressing hallucination episodes on low-dose {{drug:quetiapine}}. Non-drug measures continue and the psych consult with Dr. [[NAME:Oh]] was deferred.
"""),

    dict(style="mds_assessment", note="""
MDS Quarterly - Section GG / Functional Summary
Assessment type: Quarterly (OBRA). ARD in observation window.
GG0130 Self-care (usual): eating 05 set-up, oral hygiene 04 supervision, toileting hygiene 02 substantial/max, UB dressing 03, LB dressing 02, footwear 02.
GG0170 Mobility: roll L/R 03, sit-lying 03, lying-sitting 03, sit-to-stand 02, chair/bed transfer 02, toilet transfer 02, walk 10 ft 88 (not attempted - safety), wheel 50 ft w/ 2 turns 04.
Section C: {{score:BIMS 13/15}}. Section D: {{score:PHQ-9 3}}.
Section H: occasionally incontinent of urine (H0300 = 1), toileting program trial in place.
Section J: no falls since prior assessment; pain {{score:3/10}} occasional.
Section K: wt stable {{vital:168 lb}}.
Section M: no unhealed pressure ulcers; {{score:Braden 17}}.
Section N: antidepressant 7 days ({{drug:sertraline}} {{dose:50 mg}}), no antipsychotic.
Quality Measure flags: none triggered. CAA triggered: ADL Functional/Rehab Potential, Urinary Incontinence.
""", summary="""
Quarterly MDS shows substantial help for toileting and transfers, intact cognition ({{score:BIMS 13/15}}), occasional urinary incontinence and no falls. ADL and incontinence CAAs were triggered.
"""),

    dict(style="care_conference", note="""
CARE PLAN CONFERENCE - Annual
Resident: [[NAME:Aras Kaya]]   {{age:58}}   LTC since 2019
Dx: {{eponym:Wilson}} disease w/ neuropsychiatric sx (dysarthria, tremor, dystonia), cirrhosis {{score:Child-Pugh A}}.
Present: [[NAME:Wilson]] (SW), [[NAME:Price]] (DON), [[NAME:Lane]] (SLP), resident, sister [[NAME:Ebru]] via video from [[ADDRESS:Izmir]].
Meds: {{drug:trientine}} {{dose:500 mg}} bid (pharmacy reminder: 1 h before meals), {{drug:zinc acetate}} {{dose:50 mg}} tid, {{drug:propranolol}} {{dose:20 mg}} bid.
Labs [[DATE:14 Jan 2025]]: {{lab:24h urine copper 310}}, {{lab:ALT 38}}, {{lab:plt 118}}, {{lab:INR 1.2}}.
SLP: mech soft/thin liquids ok, speech 60% intelligible to unfamiliar listener; AAC tablet in use.
Nursing: no falls; weight stable; {{eponym:Kayser-Fleischer}} rings noted by ophtho.
Resident goal: "go to my nephew's wedding in June." [[NAME:Wilson]] to arrange transport + aide; [[NAME:Ebru]] to send dates.
Low-copper diet reviewed by [[NAME:Price]] w/ kitchen (no shellfish, chocolate, nuts).
Next conference in 3 months.
""", summary="""
Annual care conference for [[NAME:Aras Kaya]], {{age:58}}, with {{eponym:Wilson}} disease: stable on {{drug:trientine}} and zinc, with no falls and speech supported by an AAC tablet. [[NAME:Wilson]] will arrange transport so he can attend a family wedding, working with sister [[NAME:Ebru]].
"""),

    dict(style="fall_incident_report", note="""
fall - unwitnessed, nights   [[DATE:1/30]] 0410
res [[NAME:yusuf koç]] found on floor by bathroom door by cna [[NAME:mo]], lying on R side, alert, ms at baseline.
c/o R hip pain {{score:6/10}}, R leg shortened + externally rotated. did NOT move res.
{{vital:bp 164/92}} {{vital:hr 104}} {{vital:rr 20}} {{vital:spo2 96%}} ra. {{lab:bg 142}}.
on {{drug:heparin}} {{dose:5000 units}} sc q8h (last 2200), {{drug:aspirin}} {{dose:81 mg}} po.
911 called 0418, EMS arrived 0431, to St. Luke's ED via stretcher.
md on call (dr [[NAME:ozdemir]]) notified 0420. daughter [[NAME:sevgi]] [[PHONE:862 555 0131]] notified 0435 (lives in [[ADDRESS:clifton]]), meeting at ED.
bed alarm on & sounded, staff response ~2 min. call light was not used. non-skid socks on.
will f/u w/ ED re imaging. incident # [[MRN:2025-0041]]
-[[NAME:sc]]
""", summary="""
[[NAME:Yusuf Koç]] was found on the floor with a shortened, externally rotated right leg on [[DATE:1/30]] and was sent to the ED for suspected hip fracture. Dr. [[NAME:Özdemir]] and daughter [[NAME:Sevgi]] were notified.
"""),

    dict(style="snf_ltc_note", note="""
SNF ADMISSION NURSING NOTE     [[DATE:Tuesday 10/8/2024]] 1630
[[NAME:Dimitrios Anagnostopoulos]] (hospital chart spelled [[NAME:Anagnostopolous]] - corrected w/ family), {{age:82}}M, admitted from Lakeside General via wheelchair van.
Lives alone in [[ADDRESS:Oak Hill]]; nephew [[NAME:Yiannis]] checks on him. MRN [[MRN:SN-771204]], hospital acct [[MRN:004418203391]].
Hosp course: partial SBO w/ {{eponym:Crohn}} disease flare, managed conservatively; {{drug:budesonide}} {{dose:9 mg}} daily, taper per GI.
GI f/u w/ [[NAME:Crohn]], NP (no relation, he jokes) at [[PHONE:(802) 555-0166]] on [[DATE:Oct 22]].
Skin: intact, {{score:Braden 18}}. Fall risk mod ({{score:Morse 45}}).
{{vital:T 98.6}} {{vital:BP 112/70}} {{vital:HR 84}} {{vital:RR 16}} {{vital:SpO2 97%}} RA. {{lab:Hgb 10.4}}, {{lab:albumin 3.1}}.
Diet low-residue. Tolerated supper 75%. BM x1 soft.
Oriented to room, call light; belongings list signed.
[[NAME:Yiannis]] cell [[PHONE:802-555-0193]], email [[EMAIL:yanni.anagno@protonmail.com]].
[[NAME:Siobhán Ó Dálaigh]], RN
""", summary="""
[[NAME:Dimitrios Anagnostopoulos]], {{age:82}}, was admitted to the SNF after a partial bowel obstruction from a {{eponym:Crohn}} flare, on a {{drug:budesonide}} taper. GI follow-up with [[NAME:Crohn]], NP, is [[DATE:Oct 22]] and nephew [[NAME:Yiannis]] is the contact.
"""),

    dict(style="care_conference", note="""
DISCHARGE PLANNING CONFERENCE   [[DATE:5/22/2025]]
Resident: [[NAME:Hrant Gasparyan]]   SNF day 19 after L distal radius ORIF + R TKA
Present: [[NAME:Phalen]] (OT), [[NAME:Major]] (PT), [[NAME:Bishop]] (case mgr), son [[NAME:Hunter Gasparyan]].
PT: ambulating 250 ft w/ RW indep, 12 stairs w/ rail SBA. Knee 0-105. [[NAME:Major]]: no major barriers to home.
OT: L wrist ROM improving; numbness thumb-index fingers. [[NAME:Phalen]] reports positive {{eponym:Tinel}} at wrist and positive {{eponym:Phalen}} test at 30 sec - likely post-op carpal tunnel sx; ortho aware, splint at night.
Grip L {{score:14 lb}} vs R {{score:52 lb}}.
Home: single-level ranch in [[ADDRESS:Belchertown]], 3 steps to enter. [[NAME:Hunter]] staying 2 wks.
DME: shower chair, raised toilet seat (ordered). HH PT/OT/SN referral sent to agency; SOC expected [[DATE:5/28]].
Meds: {{drug:Eliquis}} {{dose:2.5 mg}} bid x 35 days post-TKA, {{drug:acetaminophen}} {{dose:1000 mg}} tid, {{drug:oxycodone}} {{dose:5 mg}} prn (#10).
Target d/c [[DATE:Tues 5/27]]. [[NAME:Bishop]] to confirm ride.
""", summary="""
[[NAME:Hrant Gasparyan]] is set for discharge home on [[DATE:5/27]] after wrist ORIF and knee replacement, walking independently with a walker. [[NAME:Phalen]] found positive {{eponym:Tinel}} and {{eponym:Phalen}} signs suggesting carpal tunnel, and son [[NAME:Hunter]] will stay with him.
"""),

    dict(style="snf_ltc_note", note="""
nights 2300-0700 - LTC unit B
res sleeping at intervals, repositioned q2h per turning schedule.
0100 c/o indigestion, {{drug:Tums}} {{dose:500 mg}} po x1 w/ relief.
0330 incontinent of urine, peri care done, barrier cream applied. skin intact.
{{vital:bp 118/66}} {{vital:hr 70}} {{vital:rr 16}} {{vital:o2 95%}} ra. {{vital:temp 97.8}}.
{{drug:Lantus}} {{dose:14 units}} sc given 2100 by eve shift; fsbg 0600 {{lab:bg 118}}.
o2 tubing changed, humidifier filled. cpap on per order, mask fit ok.
pt refused 0600 {{drug:metformin}} - wants w/ breakfast, ok per pharmacy.
no sx of distress overnight. cbg/ck/bmp drawn 0545 by lab for am rounds.
call light in reach, bed low & locked, hb cushion on w/c.
""", summary="""
Uneventful night shift: indigestion relieved by {{drug:Tums}}, one incontinence episode with intact skin, and morning glucose {{lab:bg 118}}. CPAP was used and labs were drawn for rounds.
"""),

    dict(style="fall_incident_report", note="""
INCIDENT REPORT - Resident-to-Resident Altercation     # [[MRN:RR-0924-07]]
Date/time: [[DATE:September 24, 2024]] ~1415, dayroom, Unit 3
Residents: [[NAME:Frank Hoyer]] ({{age:86}}) and [[NAME:Ardeshir Naderi]] ([[AGE:91]]).
Per [[NAME:Madison]] (CNA), [[NAME:Hoyer]] reached for remote; [[NAME:Naderi]] pushed his hand away; [[NAME:Hoyer]] slapped [[NAME:Naderi]]'s L forearm once. Staff separated within seconds.
[[NAME:Naderi]]: 3 cm faint erythema L forearm, no skin tear, no frank bruising, denies pain. Transferred back to room with {{eponym:Hoyer}} lift per care plan.
[[NAME:Hoyer]]: no injury, said "He took the game." {{score:BIMS 6/15}}.
Notifications: Dr. [[NAME:Ashraf]] 1430; families - [[NAME:Frank Hoyer]] Jr. [[PHONE:(330) 555-0157]], [[NAME:Naderi]]'s daughter [[NAME:Leyla]] [[PHONE:(330) 555-0188]]; Administrator and DON 1440; state agency report filed within 2 h (ref [[MRN:OH-ACR-552193]]).
Interventions: seat apart in dayroom, 2 TVs, 15-min checks x 72 h, behavior care plan reviewed.
[[NAME:Rafaela de la Cruz]], RN Supervisor
""", summary="""
[[NAME:Frank Hoyer]] slapped [[NAME:Ardeshir Naderi]], [[AGE:91]], once over a TV remote on [[DATE:September 24, 2024]], leaving mild redness and no injury. Families, Dr. [[NAME:Ashraf]] and the state agency were notified and the residents were seated apart.
"""),

    dict(style="mds_assessment", note="""
MDS DISCHARGE ASSESSMENT - Return Anticipated
Resident: [[NAME:KARAPETYAN, SEDA L]]   [[AGE:91]]-year-old F   Medicaid [[MRN:CA1192830A]]
A2000 discharge date [[DATE:2025-03-03]]; A2100 discharged to acute hospital; A2105 return anticipated.
Reason: {{vital:T 101.6}}, {{vital:SpO2 87%}}, new L lower lobe infiltrate on portable CXR; sent to Holy Cross ED 1910.
J: no falls since last assessment. M: stage 2 L heel present on d/c.
N: {{drug:Eliquis}}, {{drug:sertraline}}; O: IV not started prior to transfer.
Transfer form, MAR and face sheet sent; bed-hold notice given to granddaughter [[NAME:Arpi]] by phone [[PHONE:818 555 0112]] and emailed to [[EMAIL:arpi.k.design@yahoo.com]].
Completed by [[NAME:Page]], RN MDS; signed [[DATE:03/04/2025]].
""", summary="""
Discharge MDS (return anticipated) for [[NAME:Seda Karapetyan]], [[AGE:91]], sent to the hospital on [[DATE:2025-03-03]] with fever, hypoxia and a left lower lobe infiltrate. Granddaughter [[NAME:Arpi]] received the bed-hold notice.
"""),

    dict(style="snf_ltc_note", note="""
LTC Nursing Note - {{eponym:Parkinson}}'s med timing
[[NAME:Levan Japaridze]], {{age:89}}, {{eponym:Parkinson}} disease x 12 yr, followed by neurology (Dr. [[NAME:Parkinson]], no relation) - next visit [[DATE:6/19]].
[[NAME:May]] (CNA) reports freezing and falls-near-misses at 1100 and 1600, just before doses. May be wearing-off.
{{drug:Carbidopa-levodopa}} {{dose:25/100}} 1.5 tab at 0700/1100/1500/1900 - pharmacy confirms doses given within 15 min of time.
Protein meals at lunch may blunt absorption; spoke w/ [[NAME:Summer]] in dietary re shifting protein to supper.
On/off diary started - [[NAME:May]] and [[NAME:Rose]] to chart q1h 0900-1900 x 1 wk.
{{vital:BP 104/60}} sitting, {{vital:BP 86/52}} standing - orthostatic; fall risk {{score:Morse 70}}.
Wife [[NAME:Nana]] visits daily 1300-1500; asked if "Dr. [[NAME:Parkinson]] is any good" - reassured.
Faxed diary request + orthostatics to neuro office [[PHONE:(919) 555-0148]] attn [[NAME:Parkinson]].
-[[NAME:tb]] RN   (ppd/tb screen due next month)
""", summary="""
[[NAME:Levan Japaridze]] has wearing-off freezing before {{drug:carbidopa-levodopa}} doses and orthostatic hypotension; an on/off diary and protein redistribution were started. Findings were faxed to his neurologist Dr. [[NAME:Parkinson]] ahead of the [[DATE:6/19]] visit.
"""),
]
