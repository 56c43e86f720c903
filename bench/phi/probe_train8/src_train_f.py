NOTES = [
    dict(style="home_health_skilled_nursing_visit", note="""
HOME HEALTH - SKILLED NURSING VISIT NOTE
Agency: Red Mesa Home Health        Visit date: [[DATE:02/18/2025]]    Time in 09:40 / out 10:55
Patient: [[NAME:Begaye, Loretta J.]]    MR# [[MRN:HH-30417]]    DOB [[DATE:04/05/1944]]
Address: [[ADDRESS:17 County Rd 6220, Kirtland, NM 87417]] (blue trailer past the chapter house; dogs are friendly)
Caregiver: grandson [[NAME:Tyler Tsosie]], cell [[PHONE:505-555-0146]]; he interprets in Navajo for his grandma.

S: Pt reports L ankle "burns at night," pain {{score:4/10}}. Slept in recliner. Ate mutton stew and frybread yesterday at her sister [[NAME:Ella]]'s house.
O: {{vital:T 98.1}} {{vital:P 88}} {{vital:R 18}} {{vital:BP 152/84}} {{vital:SpO2 95% RA}}. FSBS {{lab:glucose 212}} (post-breakfast). 2+ pitting edema BLE.
Wound: L lateral malleolus venous ulcer 3.1 x 2.4 x 0.2 cm (was 3.6 x 2.7 on [[DATE:2/11]]), 80% red granulation, 20% yellow slough, moderate serous drainage, no odor, periwound macerated.
Tx: cleansed NS, {{drug:Medihoney}} to bed, ABD, {{eponym:Unna}} boot applied toe to knee per order. Tolerated well.
Meds: pill box checked - missed 2 evening doses of {{drug:Lasix}} {{dose:40 mg}}; {{drug:metformin}} {{dose:1000 mg}} BID taken. Reinforced.
Teaching: leg elevation above heart, low-salt choices, signs of infection. Grandson verbalized understanding.
Plan: next SN visit [[DATE:Thurs 2/20]] for boot change. Called Dr [[NAME:Benally]]'s office at Northern Navajo Medical Center re BP and edema, spoke with [[NAME:Rochelle]], RN; will relay.
Supervisor: [[NAME:R. Nez]], RN

[[NAME:Marisol Ybarra]], RN
""", summary="""
Home nursing visit on [[DATE:02/18/2025]] for [[NAME:Loretta Begaye]]: her venous ankle ulcer is improving under an {{eponym:Unna}} boot, but missed {{drug:Lasix}} doses and {{vital:BP 152/84}} were reported to her physician.
"""),

    dict(style="hospice_rn_visit", note="""
Hospice RN Routine Visit - [[DATE:Fri 3/7/25]]
Pt: [[NAME:Maria da Conceição Fonseca]], [[AGE:96]] y/o F, hospice dx: {{eponym:Alzheimer}}'s dementia ({{score:FAST 7c}}). MRN [[MRN:SCH-118822]].
Location: daughter's home, [[ADDRESS:214 Columbia St, Fall River, MA 02721]]. Present: daughter [[NAME:Fátima Medeiros]] (primary CG), grandson [[NAME:Nuno]].

Pt sleeping most of the day, rousable to voice, moaning with repositioning. Taking sips of thickened juice only, ~2 bites pudding/day. Daughter says "she is not herself since Tuesday."
{{vital:BP 94/58}}, {{vital:HR 104}} irregular, {{vital:RR 24}} with periods of apnea ~10 s, {{vital:T 99.4}} axillary, {{vital:SpO2 89% RA}}. Mottling bilat knees. Sacrum: stage 2, 1 x 1 cm, foam dressing changed. {{score:PPS 20%}} (was 30%). {{score:PAINAD 5}} with turning.
Meds: {{drug:Roxanol}} ({{drug:morphine}} concentrate) {{dose:5 mg}} SL q2h PRN - used x2 in 24 h. Started scheduled {{dose:2.5 mg}} q4h with PRN for breakthrough per Dr [[NAME:Ashworth]] (called 11:15, VO read back). {{drug:Glycopyrrolate}} {{dose:0.2 mg}} SC for secretions. {{drug:Lorazepam}} {{dose:0.5 mg}} SL PRN restlessness - not needed.
Psychosocial: [[NAME:Fátima]] tearful, asks whether to call her brother in the Azores - encouraged; he plans to fly Tuesday. Chaplain Fr. [[NAME:Tiago Moniz]] to visit tomorrow; she wants the sacrament of the sick. Portuguese-speaking aide [[NAME:Esperança Manuel]] increased to daily.
Plan: RN visit daily x 3 days; continuous care criteria reviewed - not met at this time. On-call line [[PHONE:1-800-555-0133]] given again.
[[NAME:Grace Dunleavy]], RN, CHPN
""", summary="""
[[NAME:Maria da Conceição Fonseca]], [[AGE:96]], is declining on hospice ({{score:PPS 20%}}) with mottling and pain on turning; scheduled {{drug:Roxanol}} was started on [[DATE:3/7/25]] and nursing visits were increased to daily.
"""),

    dict(style="palliative_care_consult", note="""
PALLIATIVE CARE CONSULT
Requested by: Dr. [[NAME:Victoria Langley]] (hospitalist); cardiology (Dr. [[NAME:Chinwe Obi]]) on board
Patient: [[NAME:MARADIAGA, OLVIN E]]   MRN [[MRN:20558131]]   Adm [[DATE:2025-04-12]]   Seen [[DATE:2025-04-14]]
Interpreter: Spanish, [[NAME:Kevin Paz]] (in person), ID [[MRN:7730]]

HPI: Don [[NAME:Olvin]] is a [[AGE:ninety-one]]-year-old man from [[ADDRESS:Choluteca]], Honduras, living with his daughter in [[ADDRESS:Kenner]] for 12 years, admitted with his fourth HF exacerbation this year ({{lab:EF 20%}}, ischemic). He is on {{drug:furosemide}} drip {{dose:10 mg/h}}, still {{vital:SpO2 90% on 4 L}}, orthopneic. {{lab:Cr 2.6}} (baseline 1.7), {{lab:Na 128}}, {{lab:BNP 3,480}}.

Family meeting 14:00: pt, daughters [[NAME:Yessenia Maradiaga Paz]] and [[NAME:Dilcia Maradiaga]] (by phone from [[ADDRESS:Tegucigalpa]], [[PHONE:+504 9955-0187]]), son-in-law [[NAME:Marvin]].
- Understanding: "his heart is tired." Pt says he wants "to be at home, with my birds, with God."
- Values: not being on machines; being lucid to pray; not burdening family.
- Decisions: DNR/DNI; no ICU transfer; continue IV diuretic 48 h then transition to oral regardless; no dialysis. LaPOST completed and signed.
Symptoms: dyspnea {{score:ESAS 7/10}}, anxiety {{score:5/10}} -> {{drug:morphine}} {{dose:2 mg}} IV q4h PRN dyspnea; {{drug:senna}} {{dose:8.6 mg}} nightly.
Disposition: home with hospice when stable; SW ([[NAME:Lupe de la Cruz]]) to make referrals.
Prognosis discussed as weeks to short months.

[[NAME:Hamid Rostami]], MD, Palliative Medicine   pager [[PHONE:504-555-0161]]
""", summary="""
Palliative consult on [[DATE:2025-04-14]] for [[NAME:Olvin Maradiaga]], a [[AGE:ninety-one]]-year-old with end-stage heart failure: he chose DNR/DNI, no ICU or dialysis, and discharge home with hospice.
"""),

    dict(style="physical_therapy_evaluation", note="""
PT Initial Evaluation - Acute Care
Pt: [[NAME:Walker, Thomas E.]]  {{age:83}}M  Rm 5112  MRN [[MRN:77031854]]  Date [[DATE:10/22/24]]
Dx: R hip fx s/p IM nail [[DATE:10/20/24]] (Dr [[NAME:Kowalski]]). WBAT RLE.
PLOF: independent without device, lives alone in 2-story house in [[ADDRESS:Cuyahoga Falls]], 4 steps to enter w/ R rail, bedroom upstairs. Son [[NAME:Will]] lives 10 min away and will help as he can.
Pain: {{score:6/10}} R hip with mobility, premedicated with {{drug:oxycodone}} {{dose:5 mg}} 30 min prior.
Cognition: A&O x4, follows multistep commands.
Strength: LLE {{score:5/5}}, RLE hip flex {{score:2+/5}} (pain-limited), knee ext {{score:4-/5}}.
Bed mobility: min A supine->sit. Transfers: CGA sit<->stand with front-wheeled walker. 
Gait: 60 ft with FWW, CGA, step-to pattern, antalgic, decreased R stance time. {{vital:HR 78}} -> {{vital:HR 102}}, {{vital:SpO2 96%}}; orthostatic: supine {{vital:BP 138/80}}, standing {{vital:BP 118/72}}, mild lightheadedness.
Balance: {{score:Tinetti 13/28}} (high fall risk). {{score:TUG 31 s}} with walker.
Assessment: Mr. [[NAME:Walker]] is below his baseline and at high risk for falls; he will need a walker and assistance for stairs.
Plan: BID PT, gait/stair training, HEP. D/c rec: SNF/IRF vs home with 24 h assist + HH PT; will discuss with [[NAME:Will]] and CM. Equipment: FWW, 3-in-1 commode.
[[NAME:Mele Fifita]], PT, DPT
""", summary="""
[[NAME:Thomas Walker]], {{age:83}}, is two days after hip nailing and walks 60 feet with a walker at contact guard ({{score:Tinetti 13/28}}); PT recommends rehab or home with 24-hour help, per the evaluation on [[DATE:10/22/24]].
"""),

    dict(style="occupational_therapy_note", note="""
OT Daily Note  [[DATE:3/6/2025]]  session 1300-1345
[[NAME:Pa Nhia Vang]] ({{age:62}}F), R MCA CVA w/ L hemiparesis + L inattention. Hmong interpreter [[NAME:Lee Moua]] by phone, ID [[MRN:HM-2210]]. Husband [[NAME:Tou Xiong]] present & participating.

ADLs:
- UB dressing: mod A, cues to dress L arm first (used hemi technique 2/4 trials)
- LB dressing: max A seated
- Grooming: min A at sink, set-up; missed L side of face x2 without visual cue
- Toilet transfer: mod A w/ grab bar, stand-pivot to R
UE: L shoulder subluxation 1 fingerbreadth, sling when up. {{score:Modified Ashworth 1+}} L elbow flexors. {{score:Brunnstrom stage 3}} arm, stage 2 hand. {{score:Box and Block 0}} L / 41 R.
Vision/perception: L inattention on line bisection & cancellation; scanning anchored with red tape.
{{score:Pain 0/10}}. {{vital:BP 128/76}} pre, {{vital:BP 134/80}} post.

Tx: NMES L wrist ext x 15 min; mirror therapy; husband trained in PROM and positioning. Pt smiled and said in Hmong she wants to "hold the grandbaby again" - goal added.
Plan: cont 5x/wk; family training [[DATE:Mon 3/10]] for toileting. Anticipate IRF; CM aware. Daughter [[NAME:Mai]] in [[ADDRESS:St. Paul]] setting up a ground-floor room.

[[NAME:Savannah Greer]], OTR/L
""", summary="""
OT on [[DATE:3/6/2025]] for [[NAME:Pa Nhia Vang]], {{age:62}}, after a right MCA stroke: she needs moderate to maximal help with dressing and toileting with left inattention, and her husband was trained in positioning.
"""),

    dict(style="speech_pathology_swallow_study", note="""
Modified Barium Swallow Study - Speech-Language Pathology
Pt: [[NAME:El-Sayed, Mostafa]]   DOB [[DATE:8/1/1943]]   MRN [[MRN:01993420]]   Date [[DATE:01/16/2025]]
Radiologist: Dr. [[NAME:Nermeen Abdelaziz]]   SLP: [[NAME:Summer Okafor]], MS, CCC-SLP

Hx: {{age:81}} y/o with {{eponym:Parkinson}} disease (dx 2016) and recurrent aspiration PNA, most recently [[DATE:Dec 28]]. Wife [[NAME:Samia]] reports coughing with tea and rice. Arabic-speaking; son [[NAME:Karim]] assisted at pt's request.
Consistencies trialed (IDDSI): thin (0), mildly thick (2), moderately thick (3), minced & moist (5), regular solid (7), pill in puree.
Findings:
- Oral: reduced bolus control, lingual pumping, premature spillage to valleculae with thin.
- Pharyngeal: delayed swallow initiation to pyriforms with thin; reduced BOT retraction; moderate vallecular residue with solids; silent aspiration of thin liquids during the swallow, {{score:PAS 8}}. Mildly thick: penetration to the cords, ejected, {{score:PAS 5}}. Moderately thick: no penetration, {{score:PAS 1}}.
- Chin tuck with thin: still aspirated ({{score:PAS 8}}).
- Esophageal sweep: retention in distal esophagus (defer to radiology).
Recommendations: {{score:IDDSI level 3}} moderately thick liquids, {{score:IDDSI level 5}} minced & moist solids; meds crushed in puree where safe (not {{drug:Sinemet CR}} - pharmacy to switch to IR); upright 90 degrees; small sips; oral care TID. Outpt SLP for EMST, with LSVT as tolerated. Results discussed with pt, wife and son; this summer they plan to travel to [[ADDRESS:Alexandria]] and were given written strategies in Arabic.
""", summary="""
The swallow study on [[DATE:01/16/2025]] showed silent aspiration of thin liquids ({{score:PAS 8}}) in [[NAME:Mostafa El-Sayed]], who has {{eponym:Parkinson}} disease; moderately thick liquids and minced solids were recommended.
"""),

    dict(style="pharmacist_medication_reconciliation", note="""
PHARMACY ADMISSION MEDICATION RECONCILIATION
Patient: [[NAME:CHHIM, SOKHA]]   MRN: [[MRN:44120578]]   FIN: [[MRN:9001387762]]   Admit: [[DATE:05/02/2025]]
Allergies: {{drug:sulfa}} (rash), {{drug:lisinopril}} (angioedema 2019)
Sources: pt interview with Khmer interpreter ([[NAME:Vannak Prak]], phone), daughter [[NAME:Srey Mom Chhim]] brought bottles, CVS on [[ADDRESS:Chelmsford St]] fill history (pharmacist [[NAME:Dev Patel]], [[PHONE:(978) 555-0108]]), PCP list from Lowell Community Health Center dated [[DATE:3/19/25]].

Medication                          | Pt taking?              | Action
{{drug:Eliquis}} {{dose:5 mg}} BID                 | yes, last dose [[DATE:5/1]] 20:00| continue; note timing for procedure
{{drug:Entresto}} {{dose:24/26 mg}} BID            | yes                      | HOLD - {{vital:BP 92/60}}, {{lab:K 5.4}}
{{drug:metoprolol succinate}} {{dose:50 mg}} daily  | yes                      | continue
{{drug:Jardiance}} {{dose:10 mg}} daily            | stopped 2 wks ago (cost) | resume; copay card given
{{drug:furosemide}} {{dose:40 mg}} daily           | taking {{dose:80 mg}}, "doubled by herself" | clarify with cardiology
{{drug:atorvastatin}} {{dose:40 mg}} nightly       | yes                      | continue
herbal tea from a shop in [[ADDRESS:Lowell]] (unknown) | daily                 | hold; bottle to pharmacy
{{drug:ibuprofen}} {{dose:400 mg}} PRN             | 2-3x/day for knee        | STOP - counseled; {{drug:Tylenol}} instead

Note: fill history shows [[DATE:5/1]] as the last {{drug:Eliquis}} fill date - adherence appears good. Interpreter confirmed she understood "no more {{drug:Advil}}."
Discussed with Dr. [[NAME:Aidan Keough]] at 14:35; orders updated.
[[NAME:Kevin Nakamura]], PharmD, BCPS   x[[PHONE:6614]]
""", summary="""
Admission medication reconciliation for [[NAME:Sokha Chhim]] on [[DATE:05/02/2025]] held {{drug:Entresto}} for hypotension and {{lab:K 5.4}}, stopped {{drug:ibuprofen}}, resumed {{drug:Jardiance}} and flagged a self-doubled {{drug:furosemide}} dose.
"""),

    dict(style="anticoagulation_clinic_phone_note", note="""
Anticoagulation Clinic - telephone encounter
[[DATE:Tu 4/8]] 10:05
[[NAME:Eileen O'Donnell]], {{age:84}} F, AF ({{score:CHA2DS2-VASc 5}}), on {{drug:warfarin}}. Goal INR 2-3. MRN [[MRN:3091177]].

POC INR today at Sacred Heart lab: {{lab:INR 4.6}} (was 2.4 on [[DATE:3/25]]).
Spoke w/ pt and daughter [[NAME:Maureen Kilbride]] ([[PHONE:315-555-0112]]). Started {{drug:Bactrim DS}} {{dose:1 tab}} BID on [[DATE:4/3]] from urgent care for UTI - likely cause. No bleeding, bruising, black stools or headache. Eating normally.
Current regimen: {{dose:5 mg}} daily except {{dose:2.5 mg}} Mon/Fri (weekly {{dose:30 mg}}).

Plan:
- HOLD {{drug:warfarin}} tonight.
- Then {{dose:2.5 mg}} daily until {{drug:Bactrim}} finishes [[DATE:4/10]]; resume usual dosing [[DATE:4/11]].
- Recheck INR [[DATE:Apr 14]] (Mon).
- Reviewed bleeding precautions; ED if fall or head strike.
[[NAME:Maureen]] read back plan. Urgent care (Dr. [[NAME:Ahmed Farouk]]) faxed a note at [[PHONE:315-555-0199]] asking to use {{drug:nitrofurantoin}} next time.

[[NAME:Yusmary Briceño]], PharmD, CACP
""", summary="""
[[NAME:Eileen O'Donnell]], {{age:84}}, had {{lab:INR 4.6}} on {{drug:warfarin}} after starting {{drug:Bactrim DS}}; one dose was held, the dose reduced and a recheck set for [[DATE:Apr 14]].
"""),

    dict(style="case_management_note", note="""
CASE MANAGEMENT PROGRESS NOTE - [[DATE:January 9, 2025]]
Pt [[NAME:Zulema Choque Mamani]] ({{age:79}}), LOS 6, dx L femoral neck fx s/p hemiarthroplasty, CKD 4. Payer: Humana Gold Plus (MA), member ID [[MRN:H41928837]].

Contacted son [[NAME:Wilmer Choque]] ([[PHONE:703-555-0125]]) - he works nights, prefers texts. Family agrees with SNF; pt lives with him in [[ADDRESS:Falls Church]] in a 3rd-floor walk-up.
Referrals sent ([[DATE:1/7]]) via Careport: Manor Care Arlington - accepted; Goodwin House - declined (no bed); Powhatan Nursing - pending.
Humana auth: initiated [[DATE:1/8]] by fax, PT/OT notes attached; ref # [[MRN:PA-25-0093114]]. Called Humana 10:40 ([[PHONE:800-555-0150]]), spoke w/ [[NAME:Dwayne]], auth approved for 7 days, next review [[DATE:1/16]].
Transport: wheelchair van booked for tomorrow 11:00. Spanish + Aymara preference noted; Manor Care has a Spanish-speaking CNA on days.
Med concerns: {{drug:apixaban}} {{dose:2.5 mg}} BID - SNF confirmed on formulary.
Barriers: none at present. Pt says she wants to go home to her son "before Carnival" - discussed that SNF goal is 2-3 weeks.
[[NAME:Brooklyn Harper]], RN, CCM   x[[PHONE:5517]]
""", summary="""
Case manager arranged SNF placement for [[NAME:Zulema Choque Mamani]], {{age:79}}, after hip hemiarthroplasty with Humana authorization (ref [[MRN:PA-25-0093114]]) approved on [[DATE:January 9, 2025]].
"""),

    dict(style="prior_authorization_call_log", note="""
PRIOR AUTH - PHONE LOG
Drug: {{drug:Skyrizi}} ({{drug:risankizumab}}) {{dose:600 mg}} IV induction wk 0/4/8 then {{dose:360 mg}} SC q8w
Pt: [[NAME:Lin Chia-hui]] (goes by "[[NAME:Claire]]")   DOB [[DATE:1991-09-14]]
Plan: BlueCross BlueShield PPO   Member ID [[MRN:XDB884120317]]   Group [[MRN:0047712]]
Prescriber: Dr. [[NAME:Ignacio Etcheverry]], NPI [[MRN:1740388215]]

[[DATE:04/21/2025]] 09:12 - called PA line [[PHONE:1-866-555-0102]], 38 min hold. Rep [[NAME:Kiara]] (ID [[MRN:K5581]]). Verified pt by DOB and last 4 SSN [[SSN:8812]]. Told step therapy requires trial of {{drug:adalimumab}} biosimilar first. Explained pt failed {{drug:Humira}} {{dose:40 mg}} q2w Jan-Aug 2023 (secondary LOR, antibodies) - rep said submit chart notes. Ref # [[MRN:5520-1187-04]].
[[DATE:04/21/2025]] 11:30 - faxed clinic notes from [[DATE:8/30/23]] and [[DATE:3/3/25]], colonoscopy report, drug level results ({{lab:adalimumab level <0.6}}, antibodies positive) to [[PHONE:1-866-555-0179]]. 14 pages, confirmation received.
[[DATE:04/24/2025]] - denial letter received (not medically necessary). Peer-to-peer requested for [[DATE:4/28]] at 4:15 PM with Dr. [[NAME:Holloway]] (plan medical director).
[[DATE:04/28/2025]] - P2P done by Dr [[NAME:Etcheverry]]. APPROVED through [[DATE:10/28/2025]], auth # [[MRN:A0041275593]]. Specialty pharmacy Accredo notified; infusion center scheduling.
Pt messaged via portal and called [[PHONE:(617) 555-0184]] - left VM. "[[NAME:Claire]]" called back 15:02, happy, asked about copay - enrolled in {{drug:Skyrizi}} Complete, card # [[MRN:60011893]].
-- [[NAME:J. O'Rourke]], CPhT, PA specialist
""", summary="""
Prior authorization for {{drug:Skyrizi}} for [[NAME:Lin Chia-hui]] was denied for step therapy, then approved after a peer-to-peer on [[DATE:04/28/2025]] (auth [[MRN:A0041275593]]).
"""),

    dict(style="ems_patient_care_report", note="""
EMS PATIENT CARE REPORT
Agency: Ramsey County Medic 7 (ALS)   Incident # [[MRN:2025-0041187]]   PCR # [[MRN:R7-110392]]
Date: [[DATE:02/27/2025]]   Dispatch 06:41 | Enroute 06:42 | On scene 06:49 | Pt contact 06:51 | Depart 07:06 | Arrive 07:19
Scene: [[ADDRESS:1186 Arcade St, Apt 3, St Paul, MN 55106]] (residence)
Pt: [[NAME:Yang, Kou]]   {{age:58}} M   DOB [[DATE:06/12/1966]]
Caller: wife [[NAME:Mai Nou Thao]], [[PHONE:651-555-0115]]

CC: chest pressure x 40 min, radiating to L jaw, diaphoretic, onset shoveling snow.
PMH: HTN, DM2, smoker. Meds: {{drug:metformin}}, {{drug:losartan}}. NKDA.
Assessment: pale, diaphoretic, A&Ox4, {{score:GCS 15}}. Lungs clear. No JVD.
Vitals: 06:53 {{vital:BP 164/98}} {{vital:HR 96}} {{vital:RR 20}} {{vital:SpO2 95%}} | 07:02 {{vital:BP 148/90}} {{vital:HR 88}} | 07:14 {{vital:BP 142/86}} {{vital:HR 84}}
BGL {{lab:BGL 186}}. Pain {{score:8/10}} -> {{score:3/10}}.
12-lead 06:55: 3 mm STE II, III, aVF with reciprocal depression I, aVL. Transmitted; STEMI alert to Regions 06:57, cath lab activated by Dr. [[NAME:Okafor]].
Tx: {{drug:aspirin}} {{dose:324 mg}} PO chewed 06:54. {{drug:Nitroglycerin}} {{dose:0.4 mg}} SL 06:58 (no RV involvement on V4R). 18g L AC. {{drug:Fentanyl}} {{dose:50 mcg}} IV 07:03.
Transport: stair chair to cot, emergent, no changes en route. Hmong interpretation by wife; son [[NAME:Pheng]] following in car.
Transfer of care 07:21 to cath lab RN [[NAME:Hannah Lindqvist]].
Crew: [[NAME:J. McAllister]], Paramedic (#[[MRN:P4471]]) / [[NAME:D. Two Bulls]], EMT (#[[MRN:E2290]])
""", summary="""
Medic 7 treated [[NAME:Kou Yang]], {{age:58}}, for an inferior STEMI on [[DATE:02/27/2025]] with {{drug:aspirin}}, {{drug:nitroglycerin}} and {{drug:fentanyl}} and took him straight to the cath lab.
"""),

    dict(style="interfacility_transfer_center_note", note="""
TRANSFER CENTER - INTERFACILITY TRANSFER REQUEST
Case # [[MRN:TC-25-01983]]     Call rec'd [[DATE:03/02/2025]] 21:47
Sending: YK Delta Regional Hospital, [[ADDRESS:Bethel]] - Dr. [[NAME:Aaron Nicolai]] ([[PHONE:907-555-0168]])
Receiving: Alaska Native Medical Center, [[ADDRESS:Anchorage]] - accepting Dr. [[NAME:Sarah Aguvluk]], GI / MICU

Patient: [[NAME:KASAYULIE, AGNES M]]   DOB [[DATE:11/30/1971]]   {{age:53}}F   Home village: [[ADDRESS:Tuntutuliak]]
Reason: upper GI bleed, suspected varices (EtOH cirrhosis). Hematemesis x3 today, melena.
{{vital:BP 86/52}} -> {{vital:BP 102/64}} after 2 u PRBC, {{vital:HR 122}}, {{vital:SpO2 97% 2L}}. {{lab:Hgb 6.2}} -> pending. {{lab:INR 1.9}}, {{lab:plt 64}}.
On {{drug:octreotide}} {{dose:50 mcg/h}}, {{drug:ceftriaxone}} {{dose:1 g}} given, {{drug:pantoprazole}} {{dose:80 mg}} IV. No endoscopy capability tonight. {{eponym:Blakemore}} tube available, not placed. {{score:GCS 15}}.
Accepted 22:05 to MICU bed 9. Transport: LifeMed fixed-wing, ETA pickup 23:30 - weather OK per flight coord [[NAME:Rick]]. 2 u O-neg to travel with pt.
Escort: daughter [[NAME:Evelyn Kasayulie]] (Yup'ik/English), contact [[PHONE:907-555-0131]].
Records faxed to [[PHONE:907-555-0170]]; images pushed via PACS.
Updated [[DATE:3/3]] 01:12: pt arrived, EGD scheduled emergently. -- TC RN [[NAME:Gwen Sivertsen]]
""", summary="""
[[NAME:Agnes Kasayulie]], {{age:53}}, with a suspected variceal bleed ({{lab:Hgb 6.2}}) was accepted from [[ADDRESS:Bethel]] to the MICU in [[ADDRESS:Anchorage]] on [[DATE:03/02/2025]] and flown in by fixed-wing.
"""),

    dict(style="staff_secure_chat_log", note="""
Secure Chat - 7 South Hospitalist Team   [[DATE:11/14/2024]]
[22:03] [[NAME:aramirez3]] (RN): hi is this night float? rm 7214 [[NAME:Dallas Pryor]], K just resulted {{lab:K 5.9}}, nonhemolyzed. pt is on {{drug:spironolactone}} + {{drug:lisinopril}}
[22:05] [[NAME:nkhoury]] (MD): yes this is [[NAME:Nabil]]. ekg pls? any sx?
[22:07] [[NAME:aramirez3]] (RN): no sx, ekg done peaked T's in V2-V4 maybe? uploaded. {{vital:HR 64}}, {{vital:BP 118/70}}
[22:09] [[NAME:nkhoury]] (MD): looked. mild peaking. giving {{drug:calcium gluconate}} {{dose:1 g}} IV, {{drug:insulin regular}} {{dose:5 units}} IV + {{drug:D50}} {{dose:25 g}}, {{drug:Lokelma}} {{dose:10 g}} now. hold {{drug:spironolactone}} & {{drug:lisinopril}}. repeat BMP at 0000 please
[22:10] [[NAME:aramirez3]] (RN): ok. wife [[NAME:Georgia]] is at bedside, asking if he's going to the ICU
[22:11] [[NAME:nkhoury]] (MD): not right now, I'll come up and talk to her in 10
[22:40] [[NAME:aramirez3]] (RN): FSBS {{lab:glucose 142}} after {{drug:D50}} fyi
[00:21] [[NAME:aramirez3]] (RN): repeat {{lab:K 5.2}}, {{lab:Cr 1.8}} (was 1.5)
[00:24] [[NAME:nkhoury]] (MD): great thanks. will sign out to day team - Dr [[NAME:Abara]]? no, Dr [[NAME:Kahale]] has him tomorrow
[00:25] [[NAME:aramirez3]] (RN): 👍
""", summary="""
Overnight secure chat on [[DATE:11/14/2024]] about [[NAME:Dallas Pryor]]: {{lab:K 5.9}} with mild T-wave peaking was treated with {{drug:calcium gluconate}}, insulin and {{drug:Lokelma}}, improving to {{lab:K 5.2}}.
"""),

    dict(style="pager_log", note="""
PAGE LOG - Medicine Senior (pager [[PHONE:7702]])   [[DATE:Sun 9/28]]
0112  from x[[PHONE:5520]] (8N): "[[NAME:Nzinga Mbemba]] 812B {{vital:BP 82/50}}, {{vital:HR 118}}, lactate pending, pls call" -> called back 0114, bolus 1L LR, cultures, see below
0125  from x[[PHONE:4418]] (lab): critical {{lab:lactate 4.8}} for [[NAME:MBEMBA, N]]
0131  from x[[PHONE:5520]]: "[[NAME:Mbemba]] got 1L, {{vital:BP 96/58}} now, {{drug:Zosyn}} hung" -> acknowledged
0220  from x[[PHONE:6031]] (ED, Dr. [[NAME:Lovato]]): admit - [[NAME:Faleolo, Tavita]], {{age:44}}M, DKA, {{lab:gap 24}} -> accepted to step-down
0305  from x[[PHONE:5508]] (8N, [[NAME:Siosaia]] RN): "pt in 820 Mr. [[NAME:Hope]], [[AGE:93]]M, fell, no head strike, on {{drug:Eliquis}}" -> saw pt 0315, CT head ordered (neg 0402)
0410  from operator: family call, daughter of [[NAME:Hope]] ([[NAME:Faith Hope]]) [[PHONE:(262) 555-0193]] -> called, updated
0555  from x[[PHONE:5520]]: "812B [[NAME:Nzinga]] {{vital:BP 104/62}} after 2nd L, UOP 40 mL/hr" -> ok, continue
Signout given to day senior [[NAME:O'Brien-Nakamura]] at 0700.  -- [[NAME:P. Tsinajinnie]], MD (PGY-3)
""", summary="""
The overnight medicine senior pager log for [[DATE:Sun 9/28]] covers sepsis in [[NAME:Nzinga Mbemba]] responding to fluids, a DKA admission for [[NAME:Tavita Faleolo]], and a fall without injury for Mr. [[NAME:Hope]] on {{drug:Eliquis}}.
"""),

    dict(style="home_exercise_program", note="""
HOME EXERCISE PROGRAM - Balance and Strength (adapted from the Otago Exercise Programme)
Do these 3 times a week. Stand at a kitchen counter for support. Stop and rest if you feel dizzy, short of breath, or have chest pain.

1. Sit to stand - 10 reps, arms crossed if you can. Progress: slower lowering (count to 4).
2. Heel raises - 2 sets of 10, holding the counter.
3. Toe raises - 2 sets of 10.
4. Side hip raises - 10 each side. This works the muscle that causes a {{eponym:Trendelenburg}} gait when it is weak.
5. Tandem stance - heel to toe, hold 10 seconds each foot in front; progress to one hand, then fingertip support.
6. Single-leg stance - hold up to 10 seconds each side.
7. Walking - 30 minutes on most days, may split into 3 x 10 minutes. Use your cane outside.

Your targets from today: Sit-to-stand {{score:5xSTS 14.2 s}} (goal under 12 s), {{score:Berg 47/56}} (goal above 50), gait speed 0.86 m/s.
Wear supportive shoes. Keep a night light on the way to the Bathroom. Call the clinic if you have a fall.
""", summary="""
A home exercise handout based on the Otago program lists seven balance and strength exercises with current targets ({{score:Berg 47/56}}, {{score:5xSTS 14.2 s}}).
"""),

    dict(style="home_health_recertification", note="""
HOME HEALTH 60-DAY RECERTIFICATION SUMMARY
Certification period: [[DATE:03/15/2025]] - [[DATE:05/13/2025]]
Patient: [[NAME:Ghassan Al-Halabi]]   DOB [[DATE:1950/07/22]]   Medicaid # [[MRN:MI9904417321]]   Medicare MBI [[MRN:4TR7-KQ2-XM61]]
Address: [[ADDRESS:7431 Kentucky St, Dearborn, MI 48126]]   Phone [[PHONE:313-555-0106]]
Physician: [[NAME:Kareem Sabbagh]], MD (NPI [[MRN:1497722013]])

Primary dx: COPD with chronic hypoxic respiratory failure. Secondary: HFpEF, DM2, L BKA 2021.
Homebound status: leaves home only for MD visits with maximal effort; dyspneic after 15 ft ({{vital:SpO2 84%}} on RA with exertion), uses wheelchair and 3 L O2.
Progress: 2 COPD exacerbations last period, none since [[DATE:Feb 2]]. Now uses {{drug:Trelegy}} daily correctly (teach-back), rescue {{drug:albuterol}} ~1x/day. Weight stable 81 kg. {{score:mMRC 3}}.
Caregiver: wife [[NAME:Rima]] (Arabic only); son [[NAME:Bashar]] manages meds and appointments, [[EMAIL:bashar.halabi@outlook.com]].
Orders for this period: SN 1w8 + 2 PRN for exacerbation; PT 2w4 (transfers, prosthetic donning); MSW x1 for Meals on Wheels and Medicaid waiver. Goals: no ED visits; independent with inhaler technique; wife able to check SpO2 and call for {{vital:SpO2 <88%}} at rest.
Prepared by [[NAME:Fatou Sarr]], RN, case manager.  Reviewed w/ [[NAME:L. Bishop]], DON.
""", summary="""
[[NAME:Ghassan Al-Halabi]] was recertified for home health from [[DATE:03/15/2025]] for COPD with home oxygen, with nursing, PT and social work visits ordered.
"""),

    dict(style="hospice_death_pronouncement", note="""
HOSPICE RN - DEATH VISIT / PRONOUNCEMENT
Patient: [[NAME:Hawa Abdelrahman Osman]]   Age: [[AGE:90]]   MR# [[MRN:HSP-07713]]
Date of death: [[DATE:December 21, 2024]]    Time of death: 04:52 (per family, confirmed on arrival 05:40)
Location: home, [[ADDRESS:3320 Cedar Ave S, Minneapolis, MN 55407]]

Called at 05:05 by son [[NAME:Osman Abdelrahman]] ([[PHONE:612-555-0127]]). On arrival pt in bed, family praying at bedside: sons [[NAME:Osman]] and [[NAME:Mohamed]], daughter [[NAME:Amna]], and granddaughter [[NAME:Hope Osman]].
Assessment: no apical pulse x 1 min, no respirations, pupils fixed and dilated, no response to tactile stimuli. Death pronounced 05:46 by [[NAME:Sunny Ibarra]], RN, per state protocol.
Expected death; ME not notified. Attending Dr. [[NAME:Khalid Mahgoub]] notified via answering service 05:58 (callback 06:10), will sign certificate.
Family wishes: female relatives performed washing per Islamic practice; body released to Al-Amal funeral home, picked up 07:20; burial planned same day.
Meds disposed with witness [[NAME:Osman Abdelrahman]]: {{drug:morphine}} {{dose:20 mg/mL}} oral solution 11 mL, {{drug:lorazepam}} {{dose:0.5 mg}} tabs x 9, {{drug:haloperidol}} {{dose:2 mg/mL}} 8 mL - mixed with coffee grounds in a sealed bag. DME (hospital bed, O2 concentrator) pickup requested.
Bereavement: referred to bereavement coordinator [[NAME:Nasra]]; family asks for Arabic-language materials. Spent time with family, they expressed thanks to the aide [[NAME:Amina]] "like a daughter."
""", summary="""
Hospice RN pronounced the expected home death of [[NAME:Hawa Abdelrahman Osman]], [[AGE:90]], on [[DATE:December 21, 2024]] and disposed of controlled medications with a family witness.
"""),

    dict(style="pharmacy_renal_dosing_consult", note="""
PHARMACY CONSULT - Renal dose adjustment / {{drug:Vancomycin}} dosing

{{age:72}} yo M, wt 94 kg (IBW 73 kg, AdjBW 81 kg), {{lab:SCr 2.1 mg/dL}} (baseline 1.1), trending up from 1.6 yesterday. CrCl by {{eponym:Cockcroft-Gault}} ~33 mL/min (AdjBW). UOP 0.4 mL/kg/h.
Indication: Sepsis, likely pneumonia; MRSA nares PCR positive.

Current orders and recommendations:
- {{drug:Vancomycin}}: change from {{dose:1,250 mg}} q12h to {{dose:1,500 mg}} x1 load given, then {{dose:1,000 mg}} q24h. AUC-guided; target {{lab:AUC 400-600}}. Levels: peak 1 h after end of next infusion and trough before the following dose.
- {{drug:Zosyn}} {{dose:3.375 g}} q8h extended infusion (4 h) - appropriate for CrCl 20-40.
- {{drug:Enoxaparin}}: {{dose:40 mg}} SC daily prophylaxis OK while CrCl above 30; switch to {{drug:heparin}} {{dose:5,000 units}} SC q8h if CrCl falls below 30.
- {{drug:Gabapentin}} {{dose:300 mg}} TID: reduce to {{dose:300 mg}} BID.
- {{drug:Metformin}}: hold (AKI, possible contrast).
- Avoid NSAIDs and IV contrast if possible.
Pharmacy will follow daily with SCr and levels and adjust.
""", summary="""
Pharmacy adjusted {{drug:vancomycin}} to AUC-guided q24h dosing and reduced {{drug:gabapentin}} for acute kidney injury with CrCl about 33 mL/min, and held {{drug:metformin}}.
"""),

    dict(style="staff_secure_chat_transfer", note="""
[Secure Msg] Thread: Transfer to ICU - bed 4 - [[NAME:Nurlanov, Yerbol]]
[[DATE:2025-02-08]]
09:14 [[NAME:bat-erdene.ts]] (charge RN 5E): ICU has bed 4 open, RT [[NAME:Marcus]] will bring the BiPAP. who's calling report?
09:15 [[NAME:dkarimova2]] (resident): me. pt is [[NAME:Yerbol]] {{age:47}}, Kazakh, speaks Russian, ARDS from flu A, on BiPAP 14/8 FiO2 70%, {{vital:SpO2 89%}}, {{vital:RR 34}}. {{lab:P/F 92}}. likely intubation
09:16 [[NAME:bat-erdene.ts]]: wife [[NAME:Aliya]] is on her way from [[ADDRESS:Fargo]], ~1 hr. her cell [[PHONE:701-555-0144]]
09:19 [[NAME:tenzin.p]] (ICU attending [[NAME:Tenzin Pasang]]): accept. bring him now. will intubate on arrival. please have {{drug:ketamine}} and {{drug:rocuronium}} ready, we'll do the rest
09:20 [[NAME:dkarimova2]]: ok. {{drug:Tamiflu}} {{dose:75 mg}} BID started yesterday, {{drug:vancomycin}}/{{drug:cefepime}} for possible superinfection. last {{vital:BP 104/66}}
09:22 [[NAME:bat-erdene.ts]]: transport at 09:30 w/ [[NAME:Siobhan]] RN + RT. Russian interpreter line [[PHONE:1-888-555-0120]] code [[MRN:99214]]
09:41 [[NAME:tenzin.p]]: he's here. thanks all
10:28 [[NAME:tenzin.p]]: intubated, ETT 7.5 @ 24, {{vital:SpO2 93%}} on 16 PEEP. updated wife by phone w/ interpreter
""", summary="""
Secure chat on [[DATE:2025-02-08]] coordinated ICU transfer of [[NAME:Yerbol Nurlanov]], {{age:47}}, with influenza ARDS failing BiPAP ({{lab:P/F 92}}); he was intubated on arrival.
"""),

    dict(style="case_management_homeless_discharge", note="""
SW/CM Discharge Planning Note     [[DATE:6/3/2025]]
Pt: [[NAME:Leiataua, Losa]] ({{age:39}}F), MRN [[MRN:60012349]]

Pt experiencing homelessness x 4 months after eviction from apt on [[ADDRESS:Ala Moana Blvd]]. Currently stays at Family Promise shelter, [[ADDRESS:69 N Kuakini St, Honolulu, HI 96817]], case worker [[NAME:Keala Akana]] ([[PHONE:808-555-0153]], [[EMAIL:kakana@familypromisehi.org]]). Shelter requires pt be independent w/ ADLs and meds - confirmed with PT today.
Dx: cellulitis R leg, DM2 new on insulin.
Barriers / actions:
1. Insulin storage - shelter has a staff fridge; [[NAME:Keala]] confirmed. Meds-to-beds filled {{drug:Lantus}} {{dose:18 units}} qHS, pen needles, glucometer, {{drug:cephalexin}} {{dose:500 mg}} QID x 7d. Med-QUEST ID [[MRN:0004417732]] - $0 copay.
2. Phone - pt's phone broken; Lifeline phone application submitted, temp contact via shelter.
3. Follow-up: Kalihi-Palama Health Center [[DATE:6/6]] 10:30 with Dr. [[NAME:Faleolo]]; bus pass x 2 given.
4. Support: sister [[NAME:Mele Leiataua]] in [[ADDRESS:Waipahu]] may take pt in next month; pt prefers shelter for now.
Pt agrees with plan, verbalized understanding of insulin and hypoglycemia signs in English and Samoan (teach-back w/ [[NAME:Losa]]'s cousin [[NAME:Tavita]] on phone).
[[NAME:Kealoha Dang]], LSW
""", summary="""
[[NAME:Losa Leiataua]], {{age:39}}, homeless and newly on insulin, was discharged on [[DATE:6/3/2025]] to a family shelter with fridge storage for {{drug:Lantus}}, meds-to-beds, a bus pass and clinic follow-up on [[DATE:6/6]].
"""),

    dict(style="ems_interfacility_transfer", note="""
CRITICAL CARE TRANSPORT - INTERFACILITY
Run # [[MRN:CCT-25-3307]]   [[DATE:5 Jan 2025]]
From: Sabine County Hospital ED, [[ADDRESS:Hemphill, TX]]  ->  To: Neuro ICU, Memorial Hermann TMC, [[ADDRESS:Houston]]
Sending MD: [[NAME:Jolene Pruitt]], DO   Accepting: Dr. [[NAME:Bakary Keïta]] (neurosurgery)
Pt: [[NAME:KIALA, DOMINGOS]]  {{age:45}} M  Sending MRN [[MRN:S-0088164]]

Hx: fell ~12 ft from deer stand 14:30, + LOC. CT head at sending: R temporal EDH 1.6 cm w/ 5 mm MLS, nondisplaced temporal bone fx. Intubated 16:05 for {{score:GCS 7}} (E1 V2 M4). Portuguese/Kimbundu speaker; hunting buddy [[NAME:Cody Ray]] "[[NAME:Bubba]]" [[NAME:Dupree]] gave hx, wife [[NAME:Esperança]] notified ([[PHONE:409-555-0138]]).
Handoff vitals 16:40: {{vital:BP 168/92}} {{vital:HR 58}} {{vital:SpO2 99%}} on vent AC 16/450/PEEP 5/FiO2 40%, {{vital:EtCO2 34}}. Pupils R 5 mm sluggish, L 3 mm reactive.
En route: {{drug:propofol}} {{dose:30 mcg/kg/min}}, {{drug:fentanyl}} {{dose:50 mcg/h}}; {{drug:Keppra}} {{dose:1,500 mg}} IV given at sending; {{drug:3% saline}} {{dose:250 mL}} bolus 16:52 for R pupil change. HOB 30, target EtCO2 35. 
17:30 {{score:GCS 3T}} sedated; {{vital:BP 152/88}} {{vital:HR 62}}. No {{eponym:Cushing}} triad progression.
Arrived 18:24, report to NICU RN [[NAME:Lupe Ochoa]] and Dr [[NAME:Keïta]] at bedside; straight to OR.
Crew: [[NAME:R. Semedo]], CCP-C / [[NAME:K. Whitehorse]], RN, CFRN
""", summary="""
Critical care crew transferred [[NAME:Domingos Kiala]], {{age:45}}, intubated with a right epidural hematoma ({{score:GCS 7}} before intubation), from [[ADDRESS:Hemphill, TX]] to neurosurgery in [[ADDRESS:Houston]] on [[DATE:5 Jan 2025]].
"""),

    dict(style="speech_therapy_treatment_note", note="""
Speech-Language Therapy - Outpatient Treatment Note, session 9 of 16

Dx: {{eponym:Broca}} (non-fluent) aphasia and apraxia of speech following L MCA infarct; mild right facial weakness.
Subjective: Pt arrived with spouse, in good spirits; practiced scripts at home 5 of 7 days.
Objective:
- Naming: {{score:22/60}} on a {{eponym:Boston}} Naming Test short form probe (was {{score:14/60}} at eval), semantic cueing most helpful.
- Script training ("ordering coffee," "calling the pharmacy"): 80% intelligible words, up from 55%.
- Repetition: 3-syllable words {{score:7/10}}, phrases {{score:4/10}} with groping.
- Written naming: {{score:6/10}} with first-letter cue.
- Melodic Intonation Therapy trial: improved phrase production {{score:3/5}} vs {{score:1/5}} spoken.
- {{score:WAB-R AQ 58.6}} (re-test), up from 49.2.
Assessment: steady gains in naming and scripted speech; AOS remains the main barrier.
Plan: continue 2x/week; add VNeST; caregiver training next visit on supported conversation techniques; update home practice app.
""", summary="""
Outpatient speech therapy for non-fluent aphasia and apraxia shows improved naming and scripted speech ({{score:WAB-R AQ 58.6}}); therapy continues twice weekly.
"""),

    dict(style="pharmacist_discharge_counseling", note="""
Pharmacist discharge counseling - late entry for [[DATE:8/12/2025]], counseling done on [[DATE:the 12th]] before transport
Mrs. [[NAME:Inés Vallejo de Arce]], aged [[AGE:101]], discharged to her granddaughter's home in [[ADDRESS:Hialeah]]. Pt hard of hearing; counseling done with granddaughter [[NAME:Valentina Arce]] and pt together, Spanish.
New: {{drug:Eliquis}} {{dose:2.5 mg}} BID (age > {{age:80}}, wt 49 kg) - bleeding precautions reviewed. {{drug:Metoprolol tartrate}} {{dose:12.5 mg}} BID for rate control.
Stopped: {{drug:aspirin}} {{dose:81 mg}} (duplicates anticoagulation); {{drug:diphenhydramine}} for sleep ({{eponym:Beers}} list) - [[NAME:Valentina]] will remove from the bathroom cabinet.
Changed: {{drug:Lasix}} {{dose:20 mg}} daily (was 40).
Pill organizer filled for 1 week; large-print calendar given. Teach-back done by granddaughter; pt says "la pastilla de la sangre, dos veces."
Questions: cost of {{drug:Eliquis}} - Medicare Part D, $47/month, acceptable.
Follow-up call scheduled in 48 h; [[NAME:Valentina]]'s number [[PHONE:786-555-0181]].
[[NAME:Rodrigo Anaya]], PharmD
""", summary="""
Pharmacist counseled [[NAME:Inés Vallejo de Arce]], [[AGE:101]], and her granddaughter at discharge on [[DATE:Aug 12]] about new {{drug:Eliquis}} and {{drug:metoprolol}}, and stopping {{drug:aspirin}} and {{drug:diphenhydramine}}.
"""),
]
