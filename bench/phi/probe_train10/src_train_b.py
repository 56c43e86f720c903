NOTES = [
    dict(style="home_health", note="""
SKILLED NURSING VISIT - HOME HEALTH
Patient: [[NAME:Ginger McAllister]]   DOB [[DATE:07/22/1940]]   Agency MR# [[MRN:HH-208815]]
Address: [[ADDRESS:415 Sycamore Hollow Rd]], [[ADDRESS:Boone, NC 28607]]
Visit: [[DATE:03MAR2025]]  time in 1010 / time out 1105
Dx: venous stasis ulcer LLE, CHF, DM2.
Pt {{age:84}} yo, seated in recliner, husband [[NAME:Rocky]] present and assisting. Pt reports leg "aches less."
VS: {{vital:BP 136/70}} {{vital:P 82}} {{vital:R 18}} {{vital:SpO2 95%}} RA, wt 171.4 lb (stable from 171.0).
Wound L medial malleolus: 3.2 x 2.1 x 0.2 cm, 80% red granulation, 20% yellow slough, mod serous drainage, no odor, periwound macerated.
Tx: cleansed NS, {{drug:Medihoney}} to base, calcium alginate, {{eponym:Unna}} boot reapplied knee to toes. Tolerated well.
BG log 110-190; taking {{drug:glipizide}} {{dose:5 mg}} and {{drug:Januvia}} {{dose:50 mg}}. {{drug:Lasix}} {{dose:20 mg}} daily, no SOB, 1+ edema RLE.
{{score:Braden 17}}. Home safe, grab bars in place.
Teaching: leg elevation above heart, report fever/redness/foul drainage to agency line [[PHONE:828-555-0166]].
Next SN visit Thurs. Wound photos uploaded.
[[NAME:Cherry Wood]], RN
""", summary="""
Home health nurse [[NAME:Cherry Wood]] changed the {{eponym:Unna}} boot and dressing on [[NAME:Ginger McAllister]]'s left ankle venous ulcer on [[DATE:03MAR2025]]; the wound is granulating and her weight and breathing are stable. She is {{age:84}} and lives with her husband [[NAME:Rocky]].
"""),

    dict(style="hospice", note="""
HOSPICE RN VISIT NOTE
Pt: [[NAME:LOVE, VIOLET H]]   [[AGE:97]]F   Hospice ID [[MRN:HSP-774102]]   Benefit period 3
Dx: {{eponym:Alzheimer}} dementia, {{score:FAST 7c}}. {{score:PPS 20%}}.
Visit [[DATE:Wed 9/24/25]] at daughter's home, [[ADDRESS:88 Orchard Ln]], [[ADDRESS:Wooster]].
Pt in hospital bed, eyes closed, moaning with repositioning. Intake only sips of thickened liquid and a few bites of pudding x 3 days.
Resp 8-22 with periods of apnea up to 20 sec, {{eponym:Cheyne-Stokes}} pattern. Mottling knees and feet. {{vital:BP 88/50}}, {{vital:HR 112}} thready, {{vital:T 37.6}} axillary.
Mouth dry, oral care done, lips with balm. Sacral stage 2 unchanged.
Symptom mgmt: {{drug:Roxanol}} {{dose:5 mg}} SL q2h PRN, used x3 in 24h, effective. Added scheduled {{dose:5 mg}} q4h. {{drug:Ativan}} {{dose:0.5 mg}} SL PRN restlessness. {{drug:Levsin}} {{dose:0.125 mg}} SL PRN secretions, started today.
Daughter [[NAME:Faith Oduya]] (primary CG) and granddaughter [[NAME:Jen]] at bedside, tearful. Educated on signs of active dying; they say they have faith she is comfortable. Chaplain Rev. [[NAME:Drew Mason]] drew up plans to visit this evening. Family asked that her brother in [[ADDRESS:Akron]] be called: [[PHONE:330-555-0129]].
Plan: daily RN visits, continuous care if symptoms escalate. On-call [[PHONE:1-800-555-0147]].
[[NAME:Renée Boudreaux]], RN CHPN
""", summary="""
[[NAME:Violet Love]], [[AGE:97]], on hospice for end-stage {{eponym:Alzheimer}} dementia, is actively dying with {{eponym:Cheyne-Stokes}} breathing and mottling; scheduled {{drug:Roxanol}} and PRN {{drug:Levsin}} were added. Her daughter [[NAME:Faith]] was taught signs of dying and daily visits continue.
"""),

    dict(style="school_nurse", note="""
Health Office Visit - Lincoln Elementary
Student: [[NAME:Hunter Brooks]]   Gr 3   Teacher: Ms. [[NAME:Page]]   Date: [[DATE:10/1/25]]
Time in 10:20 (sent from recess)   Time out 11:05
Student c/o chest tight and "can't catch my breath" after playing tag. Audible wheeze, using accessory muscles slightly, speaking in full sentences.
{{vital:RR 28}}, {{vital:pulse 118}}, {{vital:SpO2 93%}}. Peak flow 160 (personal best 240 per asthma action plan).
Gave {{drug:albuterol}} MDI {{dose:4 puffs}} w/ spacer per AAP (yellow zone). Recheck 20 min: {{vital:SpO2 97%}}, peak flow 220, wheeze resolved, {{vital:RR 20}}.
Called mom [[NAME:Amber Brooks]] at [[PHONE:555-208-3316]], she will pick him up at noon for his 1:30 appt anyway. Student returned to class in the meantime, no recess / PE today.
Inhaler count: 142 puffs remaining, expires 06/2026.
Note: 3rd albuterol use this month, letter to parent re: PCP follow-up.
[[NAME:K. Hill]], BSN, RN - School Nurse
""", summary="""
Third-grader [[NAME:Hunter Brooks]] had an asthma flare after recess on [[DATE:10/1/25]] that responded to {{drug:albuterol}} in the health office. His mother [[NAME:Amber]] was notified and a letter recommending PCP follow-up was sent.
"""),

    dict(style="pharmacy_message", note="""
FAX - PRESCRIPTION CLARIFICATION / DRUG INTERACTION
To: Dr. [[NAME:Olivia Summers]], Westbrook Family Medicine   Fax [[PHONE:(207) 555-0193]]
From: Harbor Pharmacy #0412   Ph [[PHONE:(207) 555-0150]]   Fax [[PHONE:(207) 555-0151]]
Date: [[DATE:2025-05-21]]
Patient: [[NAME:WHITE, JUNE A]]   DOB [[DATE:11/30/1947]]   Rx# [[MRN:6120448]]

New Rx received: {{drug:Bactrim DS}} {{dose:800/160 mg}} 1 tab BID x 7 days for UTI.
Patient also fills {{drug:warfarin}} {{dose:5 mg}} daily (last INR on file {{lab:INR 2.6}}).
Concern: {{drug:sulfamethoxazole/trimethoprim}} significantly increases INR / bleeding risk with {{drug:warfarin}}.
Suggested alternatives (per culture): {{drug:nitrofurantoin}} {{dose:100 mg}} BID x 5 days if CrCl >30, or {{drug:cephalexin}}. If {{drug:Bactrim}} is required, please consider INR check in 3-5 days.
Patient is holding the Rx and was told we will call her once we hear back. She described her warfarin as "the peach ones" ({{dose:5 mg}}); she still has old white {{dose:10 mg}} tablets at home and was told not to use them.
Please reply by fax or call.
[[NAME:Rich Tran]], PharmD
""", summary="""
Pharmacist [[NAME:Rich Tran]] asked Dr. [[NAME:Summers]] to reconsider {{drug:Bactrim DS}} for [[NAME:June White]] because of her {{drug:warfarin}} therapy, suggesting {{drug:nitrofurantoin}} or {{drug:cephalexin}}, or an INR check if {{drug:Bactrim}} is needed.
"""),

    dict(style="discharge_summary", note="""
DISCHARGE SUMMARY
Patient: [[NAME:O'Brien, Grace T]]   MRN: [[MRN:00561927]]   Acct: [[MRN:A11209384]]
Admitted: [[DATE:February 11, 2025]]   Discharged: [[DATE:February 15, 2025]]
Attending: [[NAME:Mark Feeney]], MD   PCP: [[NAME:Jill Stone-Abara]], DO

Principal diagnosis: Community-acquired pneumonia, RLL.
Secondary: COPD, {{eponym:Parkinson}} disease, hyponatremia ({{lab:Na 127}} -> {{lab:Na 134}}).

Hospital course: Mrs. [[NAME:O'Brien]] is a {{age:78}}-year-old woman who presented with 3 days of fever and productive cough with rust-colored sputum. CXR RLL consolidation. {{score:CURB-65 2}}. Treated with {{drug:ceftriaxone}} {{dose:1 g}} IV and {{drug:azithromycin}}, transitioned to {{drug:cefpodoxime}} PO on HD3. Sodium corrected with fluid restriction. {{drug:Sinemet}} {{dose:25/100}} continued on home schedule (timing critical, pharmacy assisted). Seen by PT, ambulating 150 ft with rollator.
Social work: pt's Part D plan in a grace period for unpaid premium; SW helped her daughter [[NAME:Maureen]] pay online so discharge meds can be filled.
Discharge meds: {{drug:cefpodoxime}} {{dose:200 mg}} BID x 3 more days; resume home meds.
Follow-up: PCP Dr. [[NAME:Stone-Abara]] within 1 week, clinic [[PHONE:919-555-0172]]. Repeat BMP at that visit.
Condition at discharge: stable. {{vital:SpO2 94%}} RA.
cc: [[NAME:Jill Stone-Abara]], DO; [[NAME:Aidan Kearney]], MD (Neurology)
""", summary="""
[[NAME:Grace O'Brien]], {{age:78}}, with {{eponym:Parkinson}} disease was treated from [[DATE:February 11]] to [[DATE:February 15, 2025]] for right lower lobe pneumonia and hyponatremia and went home on {{drug:cefpodoxime}}. She follows up with Dr. [[NAME:Stone-Abara]] within a week.
"""),

    dict(style="portal_message", note="""
From: [[NAME:Iris van der Berg]]
To: Dr. [[NAME:Sweet]] / Care Team
Sent: [[DATE:Wednesday, January 14, 2026]] 9:47 PM
Subject: eye still red after drops

Hi Dr. [[NAME:Sweet]],
I was in on [[DATE:the 9th]] for the pink eye and you gave me the {{drug:Polytrim}} drops. It's been 5 days and the right eye is still red and now it hurts to look at lights and my vision is kind of blurry. I wear contacts but haven't since the visit. Should I keep using the drops or come in? I can do any time Friday. My cell is [[PHONE:612-555-0108]].
Thank you,
[[NAME:Iris]]

---
Reply [[DATE:1/15/2026]] 8:12 AM - [[NAME:Tamsin Reed]], RN
Hi [[NAME:Iris]], pain with light and blurred vision in a contact lens wearer need to be seen today, not Friday. Dr. [[NAME:Sweet]] wants you seen at the eye clinic this morning; they will call you by 9 AM. Stop the drops until you are examined. Please do not wear contacts.
""", summary="""
[[NAME:Iris van der Berg]], a contact lens wearer treated with {{drug:Polytrim}}, messaged that her right eye was still red with photophobia and blurred vision. Nurse [[NAME:Tamsin Reed]] replied that Dr. [[NAME:Sweet]] wants her seen by the eye clinic the same day.
"""),

    dict(style="handoff_list", note="""
HOSPITALIST SIGN-OUT - Team 3 (nights: Dr. [[NAME:Ng]] pager [[PHONE:4417]])
1. 712-A  [[NAME:Ahmad bin Rashid]] {{age:63}}M - NSTEMI, on {{drug:heparin}} gtt, cath in AM w/ Dr. [[NAME:Kowalczyk]]. NPO after MN. If CP -> EKG, trop, call cards fellow.
2. 714  [[NAME:McKENZIE, DOROTHY]] [[AGE:ninety-two]] F - UTI/delirium. {{drug:Haldol}} {{dose:0.5 mg}} x1 PRN only, no benzos. Dtr [[NAME:Sunny]] at bedside, very involved.
3. 718-B  [[NAME:José Ignacio Peña]] {{age:48}}M - EtOH w/d, {{score:CIWA 12}} at 1800, {{drug:Librium}} taper. Interpreter: Spanish. Watch for {{eponym:Wernicke}}: {{drug:thiamine}} {{dose:500 mg}} IV TID.
4. 720  [[NAME:Zoë Carpenter]] {{age:27}}F - DKA resolved, transitioned to SQ insulin 1500. AM BMP. Her fiance [[NAME:Will]] brings insulin pens from home.
5. 722  [[NAME:Brown, Marcus]] {{age:55}}M - cellulitis LLE, {{drug:vancomycin}} trough due 0500. Mark new erythema if it spreads past the line drawn at 1600.
To-do overnight: f/u blood cx on #5; #2 {{lab:K 3.2}} -> {{dose:40 mEq}} KCl PO given 2100, recheck AM.
Day team contact: [[NAME:A. Fitzgerald]] x[[PHONE:5523]]
""", summary="""
Overnight sign-out for five patients including [[NAME:Ahmad bin Rashid]] awaiting cath for NSTEMI, [[NAME:Dorothy McKenzie]], [[AGE:92]], with UTI and delirium, and [[NAME:José Peña]] on a {{drug:Librium}} taper for alcohol withdrawal. Overnight tasks are blood cultures and a potassium recheck.
"""),

    dict(style="home_health", note="""
HOME HEALTH - OT EVALUATION (excerpt)
Homebound status: requires assist of 1 and walker to leave home; leaving home is a taxing effort.
Prior level of function: independent in ADLs and IADLs, drove, did own shopping.
Current: min A for LB dressing, CGA for tub transfer, SBA for toileting. Fatigues after 10 min standing.
ROM: R shoulder flexion 0-110, L WFL. Strength R shoulder {{score:3+/5}}, grip R 18 lb / L 34 lb.
Sensation: diminished light touch R hand. {{eponym:Phalen}} test positive R, {{eponym:Tinel}} at wrist positive R.
Cognition: {{score:SLUMS 24/30}}, follows 3-step commands.
Home: 2-story, bed/bath on 2nd floor, 14 steps with R rail. Tub/shower combo, no grab bars.
Goals (4 wks): I with LB dressing using reacher/sock aid; SBA tub transfer w/ tub bench; pt to verbalize energy conservation.
Plan: OT 2w4. Recommend tub transfer bench and grab bars; carpal tunnel splint R at night; f/u with PCP re: possible EMG.
""", summary="""
A home health OT evaluation found a homebound patient needing minimal assistance with lower-body dressing and tub transfers, with signs of right carpal tunnel syndrome. OT twice weekly for four weeks with bathroom equipment was recommended.
"""),

    dict(style="school_nurse", note="""
HEALTH OFFICE - CONCUSSION / HEAD INJURY
Student: [[NAME:Andrew]] "[[NAME:Drew]]" [[NAME:Nakashima-Cole]], Gr 10, DOB [[DATE:5.2.2010]]
Date: [[DATE:Sept 24]]   Time 3:45 PM (after-school football practice)
Brought in by Coach [[NAME:Fitch]]. Helmet-to-helmet contact during tackling drill ~3:30. No LOC per coach. [[NAME:Drew]] says he "saw stars" and has a headache {{score:5/10}}, mild nausea, feels "foggy." Could not recall the drill they ran just before.
Pupils equal, reactive. {{vital:HR 78}}, {{vital:BP 118/72}}. Balance: unsteady on tandem stance. {{score:SCAT5 symptom score 22}}.
Removed from play per district protocol. Ice pack applied. No red flags (no vomiting, no worsening headache, no weakness).
Parent: dad [[NAME:Kenji Nakashima]] called [[PHONE:(425) 555-0177]] at 3:52, arrived 4:15, given concussion handout and red-flag list. Advised medical eval within 24-48h and written clearance before return-to-learn/return-to-play.
Notified AT [[NAME:Lisa Drummond]] and counselor via email [[EMAIL:ldrummond@lwsd-mail.org]].
[[NAME:C. Baker]], RN
""", summary="""
Sophomore [[NAME:Drew Nakashima-Cole]] had a suspected concussion at football practice on [[DATE:Sept 24]] with headache, fogginess and poor balance, and was removed from play. His father [[NAME:Kenji]] took him home with instructions to get a medical evaluation and clearance.
"""),

    dict(style="pharmacy_message", note="""
Voicemail transcription - Clinic refill line   [[DATE:11/5/25]] 2:14 PM
"Hi, this is [[NAME:Mark]] at Walgreens on [[ADDRESS:Cleveland Street]], calling about a prior authorization for patient [[NAME:Precious Adeyemi]], date of birth [[DATE:August 8th, 1986]]. Her insurance rejected the {{drug:Ozempic}} {{dose:0.5 milligram}} pen, they want step therapy with {{drug:metformin}} documented, or a PA. Her member ID is [[MRN:ZKH448120936]], group [[MRN:77410]]. She's got one pen left, so she's about a week out. You can reach me at [[PHONE:727-555-0138]], extension [[PHONE:2]], pharmacist line. Thanks."

Routed to: [[NAME:hlong]] (PA team)
Note [[DATE:11/5]] 3:40 PM [[NAME:H. Long]], CMA: chart shows {{drug:metformin}} ER {{dose:1000 mg}} since 2022 with GI intolerance at higher doses, {{lab:A1c 8.9%}}. PA submitted via CoverMyMeds, key [[MRN:BVK7RM2Q]]. Called pt at [[PHONE:727-555-0144]], LVM; will mark chart when decision is back.
""", summary="""
A pharmacist named [[NAME:Mark]] left a voicemail on [[DATE:11/5/25]] that [[NAME:Precious Adeyemi]]'s insurance rejected {{drug:Ozempic}} without prior authorization. [[NAME:H. Long]] submitted the PA the same day, citing her {{drug:metformin}} history and {{lab:A1c 8.9%}}.
"""),

    dict(style="discharge_summary", note="""
DISCHARGE SUMMARY (dictated)
patient is [[NAME:cyril pearl]], a [[AGE:one hundred and one]] year old gentleman admitted [[DATE:july ninth]] from Meadowbrook assisted living after a fall with a right intertrochanteric femur fracture. orthopedics, dr. [[NAME:wendell]], felt he was a reasonable surgical candidate and he underwent intramedullary nailing on [[DATE:the 10th]]. postoperatively he developed hypoactive delirium, managed without medications, resolved by postop day four with sleep hygiene and family at bedside. hemoglobin nadir {{lab:8.1}}, transfused one unit. {{drug:Lovenox}} {{dose:30 mg}} daily for DVT prophylaxis for 28 days given {{lab:creatinine clearance 28}}. his son [[NAME:alan pearl]] is healthcare proxy, telephone [[PHONE:five oh eight, five five five, oh one nine one]]. discharged [[DATE:july fifteenth]] back to Meadowbrook with home health PT. follow up ortho clinic in two weeks for staple removal.
dictated by [[NAME:priya rao]] md, job number [[MRN:55182043]]
""", summary="""
[[NAME:Cyril Pearl]], [[AGE:101]], had intramedullary nailing of a right hip fracture after a fall and recovered from postoperative delirium without medication. He returned to his assisted living on [[DATE:July 15]] on {{drug:Lovenox}} prophylaxis; his son [[NAME:Alan]] is his proxy.
"""),

    dict(style="hospice", note="""
HOSPICE DEATH VISIT
Pt: [[NAME:Albert Green]], {{age:86}}, hospice ID [[MRN:HSP-771943]]
RN called by wife [[NAME:Dolores]] at 0318 on [[DATE:5 Nov 2024]], pt stopped breathing at approx 0305.
Arrived 0355 at home, [[ADDRESS:1127 W Fairview Ave]], [[ADDRESS:Spokane]]. Pt in hospital bed in living room, family present: wife, son [[NAME:Paul]], daughter-in-law [[NAME:Autumn]].
No respirations, no apical pulse x 1 min, pupils fixed and dilated. Time of death pronounced 0358 by RN per protocol; Dr. [[NAME:Yeung]] (hospice MD) notified 0405, agrees to sign death certificate.
Controlled substances: {{drug:morphine}} concentrate {{dose:20 mg/mL}} 18 mL remaining and {{drug:lorazepam}} {{dose:0.5 mg}} x 11 tabs destroyed with son [[NAME:Paul Green]] as witness, mixed with coffee grounds and sealed.
Funeral home (Riverside Chapel) called 0412, ETA 0530. Body care done with family; wife chose to help wash his hands and face.
Bereavement referral placed. Wife has support from sister in [[ADDRESS:Coeur d'Alene]].
[[NAME:Dawn Esposito]], RN
""", summary="""
Hospice nurse [[NAME:Dawn Esposito]] pronounced [[NAME:Albert Green]], {{age:86}}, dead at home on [[DATE:5 Nov 2024]] and destroyed his remaining controlled medications with his son [[NAME:Paul]] as witness. A bereavement referral was made for his wife [[NAME:Dolores]].
"""),

    dict(style="portal_message", note="""
Subject: Dad's meds - question about the new water pill
From: [[NAME:Robin Kingsley]] (proxy for [[NAME:KINGSLEY, HAROLD P]])
Date sent: [[DATE:Tue 2/3/2026]]

hi, this is [[NAME:robin]], [[NAME:harold]]'s daughter. dad saw dr [[NAME:fox]] last week and she started him on {{drug:spironolactone}} {{dose:25}}. he's also still on the {{drug:lisinopril}} {{dose:40}} and {{drug:Klor-Con}}. the pharmacist at the grocery store said that might make his potassium too high?? he's [[AGE:90]] and his kidneys aren't great. should he stop the potassium? also his feet are less swollen already which is great.
you can email me at [[EMAIL:robin.kingsley@outlook.com]] or call [[PHONE:773-555-0163]] after 5.
thanks, [[NAME:robin]]

Reply - [[NAME:Marisol Ocampo]], PharmD (clinic pharmacist), [[DATE:02/04/2026]]:
Hi [[NAME:Robin]], good catch by the pharmacist. Please have your father STOP the {{drug:Klor-Con}} for now. Keep taking {{drug:spironolactone}} and {{drug:lisinopril}}. Dr. [[NAME:Fox]] ordered a BMP (potassium and kidney function) - he can go to any of our labs this week, no appointment needed. We will call you with results.
""", summary="""
[[NAME:Robin Kingsley]] asked whether her [[AGE:90]]-year-old father [[NAME:Harold]] should keep taking {{drug:Klor-Con}} after {{drug:spironolactone}} was added to {{drug:lisinopril}}. The clinic pharmacist told him to stop the potassium and get a BMP ordered by Dr. [[NAME:Fox]] this week.
"""),

    dict(style="home_health", note="""
HHA SUPERVISORY VISIT (RN)   [[DATE:07/09/2025]]
Client: Mr. [[NAME:Tendai Moyo]]   {{age:79}} M   Start of care [[DATE:05/28/2025]]
Aide: [[NAME:Cherelle Small]] - present for visit (on-site supervision)
Aide observed giving shower with transfer to shower chair, gait belt used correctly, skin check done, client dignity maintained. Client and his wife [[NAME:Chipo]] state they are "very happy, she is gentle and on time." Aide reports small open area on L heel noticed yesterday; RN assessed: stage 2, 0.8 x 0.6 cm, foam dressing applied, heel offloading boot ordered. Plan of care updated, aide instructed to float heels in bed and report changes.
Client speaks Shona and English; wife prefers Shona, son [[NAME:Tatenda]] translates on phone [[PHONE:+1 (469) 555-0115]] when needed.
Aide competency: satisfactory. Next supervisory visit in 14 days.
[[NAME:G. Fields]], RN Case Manager
""", summary="""
On an aide supervisory visit to Mr. [[NAME:Tendai Moyo]], {{age:79}}, the RN found aide [[NAME:Cherelle Small]]'s care satisfactory and treated a newly found stage 2 left heel pressure injury with a foam dressing and offloading boot.
"""),

    dict(style="handoff_table", note="""
HOME HEALTH DAILY ROUTE - RN [[NAME:Whitney Laroche]] - [[DATE:Mon 3/3]]
# | Time  | Patient (MR#)                 | Address                                    | Phone            | Visit / notes
1 | 0830  | [[NAME:Hill, Frances]] ([[MRN:HH-201544]])     | [[ADDRESS:22 Brook St]], [[ADDRESS:Nashua]]                  | [[PHONE:603-555-0181]]     | SN: INR draw, on {{drug:Coumadin}} {{dose:4 mg}}; gate code at door
2 | 0945  | [[NAME:Joy Nwachukwu]] ([[MRN:HH-203117]])     | [[ADDRESS:9 Rivermill Ct]], [[ADDRESS:Hudson]]               | [[PHONE:603-555-0142]]     | SN recert (OASIS), wound vac check
3 | 1130  | [[NAME:Ruben King]] ([[MRN:HH-199820]])        | [[ADDRESS:310 Amherst St, Apt 4B]], [[ADDRESS:Nashua]]       | [[PHONE:603-555-0119]]     | PICC dressing change, {{drug:ertapenem}} {{dose:1 g}} day 9/14
4 | 1330  | [[NAME:Mercy Obi]] ([[MRN:HH-204002]])         | [[ADDRESS:58 Long Hill Rd]], [[ADDRESS:Merrimack]]           | [[PHONE:603-555-0170]]     | new SOC, CHF; daughter [[NAME:Adaeze]] meeting RN
5 | 1500  | [[NAME:Hazel Pruitt]] ([[MRN:HH-198731]])      | [[ADDRESS:4 Cherry Ln]], [[ADDRESS:Nashua]]                  | [[PHONE:603-555-0105]]     | foley change ({{eponym:Foley}} 16 Fr), last changed [[DATE:2/1]]
Notes: #3 dog in yard - call first. #4 hospital d/c summary faxed to office, pick up before visit.
Office: [[NAME:Patty]] x[[PHONE:210]]
""", summary="""
Home health nurse [[NAME:Whitney Laroche]]'s route for [[DATE:3/3]] covers five visits in the [[ADDRESS:Nashua]] area, including an INR draw for [[NAME:Frances Hill]], a PICC dressing change for [[NAME:Ruben King]] and a new start of care for [[NAME:Mercy Obi]].
"""),

    dict(style="pharmacy_message", note="""
CLINICAL PHARMACIST NOTE - ANTICOAGULATION CLINIC
Indication: AF, {{score:CHA2DS2-VASc 4}}. Goal INR 2.0-3.0. Weekly dose {{dose:35 mg}}.
Today {{lab:INR 3.8}} (POC). No bleeding, no bruising, no black stools, no missed or extra doses.
Contributing: started {{drug:Cipro}} {{dose:500 mg}} BID 4 days ago for UTI (3 more days). Diet unchanged, no alcohol.
{{lab:Hgb 12.9}} last month.
Plan: hold tonight's dose, then {{dose:2.5 mg}} daily x 3 days while on {{drug:ciprofloxacin}}, then resume {{dose:5 mg}} daily (weekly {{dose:35 mg}}). Recheck INR in 5 days.
Reviewed bleeding precautions and when to go to ED (head injury, black or bloody stool, severe headache). Patient verbalized understanding, teach-back correct.
Interaction alert added to profile: {{drug:warfarin}} + fluoroquinolones / {{drug:Bactrim}} / {{drug:Flagyl}} / {{drug:fluconazole}}.
""", summary="""
An anticoagulation clinic patient on {{drug:warfarin}} had an {{lab:INR 3.8}} without bleeding after starting {{drug:Cipro}}. One dose was held and the dose reduced while on the antibiotic, with an INR recheck in 5 days.
"""),

    dict(style="discharge_summary", note="""
DISCHARGE SUMMARY
PATIENT: [[NAME:MILLER, AUGUSTINE R]]          MRN: [[MRN:3308814]]     FIN: [[MRN:9011274456]]
DOB: [[DATE:1952-12-03]]                      ADMIT: [[DATE:2025-08-30]]     DISCHARGE: [[DATE:2025-09-04]]
ATTENDING: [[NAME:PORTER, NADIA K]], MD      PAGER [[PHONE:612-555-0199]]
DIAGNOSES
1. Acute on chronic HFrEF (EF 25%), NYHA III
2. AKI on CKD 3a - {{lab:Cr 1.9}} peak, {{lab:Cr 1.4}} at discharge
3. Gout flare L 1st MTP (inpatient)
COURSE: Diuresed with IV {{drug:Lasix}} {{dose:80 mg}} BID, net -6.2 L, wt 96.1 -> 89.9 kg. {{drug:Entresto}} held for AKI, restarted at {{dose:24/26 mg}} BID on day 4. Gout treated with {{drug:prednisone}} {{dose:30 mg}} x 5 days ({{drug:colchicine}} avoided given renal function).
DISCHARGE MEDS: {{drug:torsemide}} {{dose:40 mg}} daily (NEW, replaces {{drug:Lasix}}), {{drug:Entresto}} {{dose:24/26 mg}} BID, {{drug:Coreg}} {{dose:6.25 mg}} BID, {{drug:Jardiance}} {{dose:10 mg}}, {{drug:spironolactone}} {{dose:12.5 mg}}.
FOLLOW-UP: HF clinic [[DATE:9/11]] with [[NAME:Bree Castellanos]], NP; labs [[DATE:9/8]].
Pt lives with wife [[NAME:Lorraine]] in [[ADDRESS:Bloomington]]; she keeps daily weight log.
cc: PCP Dr. [[NAME:Hollis]]; Cardiology [[NAME:T. Wójcik]], MD
""", summary="""
[[NAME:Augustine Miller]] was admitted [[DATE:2025-08-30]] to [[DATE:2025-09-04]] for acute on chronic HFrEF with AKI, diuresed 6 L and discharged on {{drug:torsemide}} with {{drug:Entresto}} restarted. He sees the HF clinic on [[DATE:9/11]].
"""),

    dict(style="portal_message", note="""
re: rash??

hey it's [[NAME:ginger]] ([[NAME:virginia]]) [[NAME:baker]], dob [[DATE:1/9/91]]. so the rash on my arms from last week is way worse, red bumps and a few blisters, super itchy, now on my face too. i was pulling weeds in the yard the [[DATE:3rd of march]] or so, could it be poison ivy? i've been using {{drug:hydrocortisone}} cream and {{drug:benadryl}} at night, not really helping. i can send a pic. i have a wedding saturday lol pls help
- [[NAME:gin]]
""", summary="""
[[NAME:Ginger Baker]] wrote through the portal that an itchy blistering rash after yard work has spread to her face despite {{drug:hydrocortisone}} cream and {{drug:Benadryl}}. She is asking whether it is poison ivy and offered to send a photo.
"""),

    dict(style="school_nurse", note="""
DIABETES LOG - Roosevelt Middle School Health Office - week of [[DATE:Oct 20, 2025]]
Student: [[NAME:Kai Jefferson-Love]] (Gr 7)   Pump: t:slim, {{drug:Humalog}}   CGM: Dexcom G7
Parent/guardian: [[NAME:Justice Jefferson]] (mom) [[PHONE:404-555-0186]]   Endo: Dr. [[NAME:Okoro]], [[PHONE:404-555-0100]]

Date | Time  | BG (CGM/fingerstick)  | Carbs | Bolus            | Notes
[[DATE:10/20]] | 11:35 | 142 / -        | 60 g  | {{dose:4.0 u}} (pump calc) | lunch, ok
[[DATE:10/21]] | 09:50 | 58 / 61        | -     | -                | LOW alarm in math. 15 g juice, recheck 10:05 = 94. Back to class 10:15.
[[DATE:10/21]] | 11:30 | 118 / -        | 55 g  | {{dose:3.6 u}}          |
[[DATE:10/22]] | 13:10 | 289 / 301      | -     | correction {{dose:2.1 u}} | site change last night; ketones {{lab:0.4 mmol/L}}; water, site ok
[[DATE:10/23]] | 11:40 | 156 / -        | 65 g  | {{dose:4.4 u}}          | field trip tomorrow - emergency kit w/ {{drug:Baqsimi}} packed
Called mom [[DATE:10/21]] re: low before lunch, she will adjust AM basal with endo. Student managing well, very independent.
[[NAME:N. Amsel]], RN
""", summary="""
Diabetes log for [[NAME:Kai Jefferson-Love]] for the week of [[DATE:Oct 20, 2025]] shows one low at 58 that was treated and one high at 289 after a site change, with low ketones. His mother [[NAME:Justice]] was called about the low.
"""),

    dict(style="hospice", note="""
HOSPICE IDT - PLAN OF CARE UPDATE
Diagnosis: metastatic pancreatic adenocarcinoma. {{score:PPS 40%}}, declining from 50% at last IDT.
Pain: {{score:pain 3/10}} at rest on {{drug:fentanyl}} patch {{dose:50 mcg/hr}} q72h and {{drug:oxycodone}} {{dose:10 mg}} q4h PRN (avg 3 doses/day). Breakthrough mostly with transfers. Continue; RN to reassess after patch change.
Nausea: controlled with {{drug:Zofran}} {{dose:8 mg}} ODT and {{drug:Reglan}} {{dose:10 mg}} before meals.
Bowel: {{drug:Senna-S}} 2 tabs BID, {{drug:Miralax}} daily; last BM 2 days ago.
Ascites: paracentesis via PleurX drain 2x/week, 1 L each, done by RN.
Psychosocial: spouse is primary caregiver, feels overwhelmed at night. SW arranging respite volunteer 2 evenings/week. Patient expressed wish to see the ocean once more; volunteer coordinator looking into transport.
Spiritual: Catholic, requested Anointing of the Sick; parish priest contacted.
Goals: comfort, remain at home. DNR/POLST in home.
Disciplines: RN 3w, HHA 5w, SW 1w, Chaplain PRN, Volunteer 2w.
""", summary="""
An interdisciplinary hospice update for a patient with metastatic pancreatic cancer at {{score:PPS 40%}} found pain and nausea controlled on the current regimen. Respite volunteers and a trip to the ocean are being arranged, and care stays focused on comfort at home.
"""),

    dict(style="pharmacy_message", note="""
eRx CancelRx / CHANGE REQUEST
From: Lakeside Pharmacy, [[ADDRESS:2200 N Lake Blvd]], [[ADDRESS:Tahoe City, CA 96145]]   NCPDP on file
To: [[NAME:Drew Fernández]], MD
Received: [[DATE:09/24/2025]] 16:05
Patient: [[NAME:BLACK, ROSEMARY]]   DOB: [[DATE:04/17/1934]] ([[AGE:91]] y)
Message from pharmacist: "Pt's niece [[NAME:Hannah]] picked up {{drug:Ambien}} {{dose:10 mg}} Rx. {{eponym:Beers}} criteria: {{drug:zolpidem}} in pt > 65, max {{dose:5 mg}} for women per FDA. Pt also on {{drug:Bentyl}} {{dose:20 mg}} and {{drug:Atarax}} {{dose:25 mg}} (anticholinergic burden). Requesting change to {{dose:5 mg}} or alternative (e.g. {{drug:melatonin}}, {{drug:trazodone}} {{dose:25 mg}}). Pharmacist: [[NAME:B. Stone]], RPh, [[PHONE:530-555-0188]]."
Response ([[NAME:dfernandez]]), [[DATE:9/25/25]]: Agree. Cancel {{drug:Ambien}} {{dose:10 mg}}. New Rx {{drug:trazodone}} {{dose:25 mg}} qHS PRN #30. Will discuss deprescribing {{drug:Bentyl}}/{{drug:Atarax}} at visit [[DATE:10/2]]. Please ask niece to return unused {{drug:Ambien}}.
""", summary="""
A pharmacist flagged {{drug:Ambien}} {{dose:10 mg}} for [[NAME:Rosemary Black]], [[AGE:91]], as too high a dose alongside anticholinergic drugs, and Dr. [[NAME:Fernández]] switched her to {{drug:trazodone}} on [[DATE:9/25/25]]. Deprescribing will be discussed at her visit on [[DATE:10/2]].
"""),

    dict(style="handoff_ipass", note="""
I-PASS HANDOFF - PEDS WARD 4 EAST   [[DATE:6/18/25]] 1900
Rm 402 - [[NAME:Summer Okeke]], {{age:6}}F, 21 kg. WATCHER.
I: Stable/watcher.
P: Perforated appendicitis, POD 1 s/p lap appy. On {{drug:Zosyn}} {{dose:2 g}} IV q6h. {{vital:T 38.6}} at 1600, {{vital:HR 132}}, otherwise well perfused. Pain controlled with {{drug:morphine}} PCA {{dose:0.02 mg/kg}} demand + scheduled {{drug:Tylenol}} {{dose:315 mg}} q6h. {{score:FLACC 2}}.
A: Mom [[NAME:Ngozi]] at bedside, dad ([[NAME:Chidi]]) overnight. Family prefers nickname "[[NAME:Sunny]]" - she will not answer to [[NAME:Summer]].
S: If T >39 or HR >150 sustained -> notify senior (Dr. [[NAME:Hwang]], pager [[PHONE:3371]]) and get CBC + lactate. Strict I/O, NPO except sips until flatus.
S (synthesis): receiver [[NAME:LB]] read back plan, no questions.
Rm 404 - [[NAME:Pat O'Connell]], {{age:14}}M, STABLE. Asthma exacerbation, {{drug:albuterol}} weaned to q4h, {{drug:Orapred}} day 2/5. Likely d/c tomorrow.
Giving RN [[NAME:MF]] / receiving RN [[NAME:LB]]
""", summary="""
Evening handoff on [[DATE:6/18/25]] for [[NAME:Summer Okeke]] ("[[NAME:Sunny]]"), {{age:6}}, febrile after appendectomy for perforated appendicitis on {{drug:Zosyn}}, with escalation criteria set. [[NAME:Pat O'Connell]], {{age:14}}, with asthma is stable and likely going home tomorrow.
"""),
]
