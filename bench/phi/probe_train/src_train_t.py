"""Hand-written training notes, part t: transcribed voicemails, interpreter-mediated visit notes, chaplain /
spiritual care notes, bereavement follow-up calls, patient navigator notes. South Asian, Nepali, Bhutanese,
Burmese, Karen, Sri Lankan and some Anglo names. Every person, number, date and street is invented."""

NOTES = [
    dict(style="voicemail_transcription", note="""
VOICEMAIL TRANSCRIPTION (auto) -- Device Clinic Nurse Line -- rec'd [[DATE:02/18/2025]] 7:52 AM -- 1:14
Caller ID: [[PHONE:(510) 555-0139]]

"hi this is [[NAME:kalaiselvi]] calling for my father [[NAME:are you mug um]] his date of birth is [[DATE:june fourth nineteen forty two]] he is patient of doctor [[NAME:venkatraman]] he had the pacemaker put on [[DATE:february tenth]] and now the wound is little red and some yellow water coming from one side and he had fever {{vital:one hundred point four}} last night we gave him {{drug:dolo}} {{dose:six fifty}} please call me back on [[PHONE:five one zero five five five zero one three nine]] i am at work till 5 you can leave message thank you"

-- Listened [[NAME:R. Castellano]], RN 08:20. Pt name is [[NAME:Arumugam]] (single name, reg as [[NAME:ARUMUGAM]], FNU), transcription garbled it. Called back, spoke w [[NAME:Kalaiselvi]]. Wound check + device interrogation today 1300 with [[NAME:Nagendran]] PA; Dr [[NAME:Venkatraman]] aware. Advised no more {{drug:paracetamol}} before visit so we can see the fever curve, ED if rigors.
""", summary="""
[[NAME:Kalaiselvi]] left a voicemail that her father [[NAME:Arumugam]] has redness, drainage and fever after a pacemaker placed [[DATE:february tenth]]; [[NAME:R. Castellano]] booked a same-day wound and device check with [[NAME:Nagendran]] PA.
"""),

    dict(style="interpreter_visit_note", note="""
INTERPRETER-MEDIATED VISIT -- Internal Medicine
DOS: [[DATE:10/03/2024]]   Pt: U [[NAME:Khin Maung Win]]   MRN [[MRN:20884513]]
Interpreter: [[NAME:Thet Htar Swe]], in person, Burmese, ID [[MRN:INT-5508]]
Also present: daughter [[NAME:Su Myat]] (declined to interpret; present for support)

Interpreter used for entire visit incl. consent for flu vaccine; teach-back done x3.
S: {{age:68}}M T2DM, HTN, CKD 3a. Reports taking "the white pill from Thailand" in addition to clinic meds -- [[NAME:Su Myat]] brought the strip, identified as {{drug:glibenclamide}} {{dose:5 mg}}. Two episodes shaky/sweaty before breakfast this month.
[[NAME:Thet Htar Swe]] clarified that "sugar falling" in Burmese idiom means dizziness, not measured low; meter shows {{lab:BG 61}} and {{lab:BG 58}} on 2 mornings.
O: {{vital:BP 138/82}}, {{vital:HR 74}}, {{vital:BMI 23.1}}. {{lab:A1c 6.4}}, {{lab:eGFR 51}}.
A/P: hypoglycemia from duplicated sulfonylurea -- stop {{drug:glibenclamide}}, continue {{drug:metformin}} {{dose:500 mg}} BID (renal dose ok), {{drug:Januvia}} d/c not needed. Pharmacist [[NAME:Win Myat Noe]] reviewed all bottles with interpreter. RTC 6 wk, same interpreter requested.
""", summary="""
With Burmese interpreter [[NAME:Thet Htar Swe]], U [[NAME:Khin Maung Win]] was found to be taking imported {{drug:glibenclamide}} with fasting lows of {{lab:58}}; it was stopped and his daughter [[NAME:Su Myat]] and pharmacist [[NAME:Win Myat Noe]] reviewed his medicines.
"""),

    dict(style="chaplain_note", note="""
SPIRITUAL CARE NOTE -- MICU 4, [[DATE:Nov 2, 2024]]
Chaplain: Rev. [[NAME:Margaret]] "[[NAME:Peg]]" [[NAME:Holloway]], MDiv, BCC
Referral: RN [[NAME:Dorji Wangmo]] -- family requests Sikh prayers

Pt [[NAME:Harbhajan Singh Bains]], {{age:79}}, intubated after cardiac arrest, family meeting this AM shifted goals to comfort. Present: wife [[NAME:Surinder Kaur]], sons [[NAME:Jagdeep]] and [[NAME:Rupinder]], granddaughter [[NAME:Simran]] (speaks for family in English).
Family asked that his kara (steel bracelet) and turban stay on; RN and I confirmed with team, no issue. Bhai [[NAME:Sukhdev Singh]], granthi at the gurdwara in [[ADDRESS:Fremont]], arrived 1400 and led Ardas and recitation of Sukhmani Sahib at bedside; ~20 relatives rotated through in small groups per unit policy.
[[NAME:Simran]] asked about washing the body after death -- explained that family may participate; morgue and Decedent Affairs informed. [[NAME:Surinder]] tearful, holding his hand, states "Waheguru's will."
Plan: chaplain on call aware for extubation, likely tonight. Follow-up with family after death.
-- [[NAME:PH]]
""", summary="""
Chaplain [[NAME:Peg Holloway]] supported the Sikh family of [[NAME:Harbhajan Singh Bains]] at the transition to comfort care, arranged for Bhai [[NAME:Sukhdev Singh]] to lead prayers, and confirmed the kara and turban could stay on and that the family may wash the body.
"""),

    dict(style="bereavement_call", note="""
BEREAVEMENT FOLLOW-UP -- 30-day call
Decedent: [[NAME:Aleyamma Joseph]]   DOD [[DATE:07/14/2025]]   (Hospice of the Valley, Home team B)
Spoke with: [[NAME:Joseph Chacko]] (husband), [[PHONE:847-555-0121]]
Caller: [[NAME:Deepthi Alex]], Bereavement Coordinator

Mr [[NAME:Chacko]] answered on 2nd ring, said he was "doing ok, keeping busy." 41st day memorial (pula) was held at their church last Sunday, ~200 people. Son [[NAME:Jijo]] flew in from [[ADDRESS:Kottayam]] and stays until end of month; daughter [[NAME:Ancy]] in [[ADDRESS:Dallas]] calls every night.
He reports poor sleep, eating "whatever [[NAME:Ancy]] leaves in the freezer." Denies thoughts of self-harm. Still has her {{drug:morphine}} and {{drug:lorazepam}} at home -- reviewed safe disposal, Walgreens on [[ADDRESS:Dempster St]] has kiosk. He asked that we send Malayalam-language grief materials; none available, sent English packet + info on Malayalee senior group.
Risk: low-moderate (elderly, living alone after son leaves). Plan: call at 60 days, mail letter [[DATE:9/15]]. -- [[NAME:DA]]
""", summary="""
At the 30-day bereavement call, [[NAME:Joseph Chacko]] reported poor sleep after the death of his wife [[NAME:Aleyamma Joseph]], denied self-harm and was given disposal guidance for leftover {{drug:morphine}} and {{drug:lorazepam}}; [[NAME:Deepthi Alex]] will call again at 60 days.
"""),

    dict(style="navigator_note", note="""
PATIENT NAVIGATION -- Cancer Center   [[DATE:Mon 4/14/2025]]
Navigator: [[NAME:Bina Ghale]]
Pt: [[NAME:MONGAR, GANGA MAYA]]   MRN [[MRN:3381907]]   {{age:62}}F   Nepali (Bhutanese), no English, non-literate

New dx cervical ca, FIGO IIB. Met pt with son [[NAME:Tika Ram]] and phone interp [[NAME:Lok]] (#[[MRN:41177]]). Barriers: transport, language, childcare for grandkids, fear of radiation ("burning").
Scheduled:
 - [[DATE:4/17]] 0900 PET-CT (NPO 6h) -- written in Nepali by [[NAME:Lok]] on appt card
 - [[DATE:4/22]] Rad Onc consult Dr [[NAME:Ashworth]]
 - [[DATE:4/23]] Med Onc Dr [[NAME:Khatiwada]] ({{drug:cisplatin}} weekly planned)
Transport: Medicaid ride booked ([[PHONE:1-866-555-0144]]) pickup [[ADDRESS:Reynoldsburg]] 0745; conf# [[MRN:TR-559013]].
[[NAME:Tika Ram]] works 2nd shift; daughter-in-law [[NAME:Sabitra]] will come to PET. Gave my direct line [[PHONE:614-555-0186]].
Follow-up call [[DATE:4/16]] to remind NPO.
""", summary="""
Navigator [[NAME:Bina Ghale]] met [[NAME:Ganga Maya Mongar]], a Nepali-speaking woman with new stage IIB cervical cancer, with her son [[NAME:Tika Ram]] and an interpreter, scheduled PET-CT and oncology visits, and booked Medicaid transport from [[ADDRESS:Reynoldsburg]].
"""),

    dict(style="voicemail_transcription", note="""
VM -- Clinic main line -- [[DATE:Thu 5/22]] 16:05 -- from [[PHONE:(425) 555-0166]]
Transcript: "hi this is [[NAME:june]] at the pharmacy on [[ADDRESS:a three fourth street]] calling about a patient [[NAME:pawn on ballam]] first name [[NAME:so many]] date of birth [[DATE:four three fifty six]] we got a script for {{drug:eliquis}} {{dose:five milligrams}} twice daily but his last one from doctor [[NAME:brown]] was {{dose:two point five}} can someone call back to clarify thanks our number is [[PHONE:four two five five five five zero one six six]] and the fax is [[PHONE:zero one six seven]]"

Reviewed by [[NAME:Kavitha]] MA 16:40: pt is [[NAME:Somasundaram Ponnambalam]] ([[NAME:PONNAMBALAM, SOMASUNDARAM]]), DOB [[DATE:04/03/1956]]; pharmacy is on [[ADDRESS:134th St]]. Dr [[NAME:Brown]] lowered dose in Feb for wt and age. Routed to Dr [[NAME:Brown]].
Dr [[NAME:Laurel Brown]] 17:12: keep {{dose:2.5 mg}} BID, new script was my error. Cancel {{dose:5 mg}}. -- [[NAME:LB]]
[[NAME:Kavitha]] 17:20 called [[NAME:June]] back, confirmed. 
""", summary="""
Pharmacist [[NAME:June]] left a voicemail questioning a new {{drug:Eliquis}} {{dose:5 mg}} prescription for [[NAME:Somasundaram Ponnambalam]]; Dr. [[NAME:Laurel Brown]] confirmed the {{dose:2.5 mg}} twice-daily dose and [[NAME:Kavitha]] called the pharmacy back.
"""),

    dict(style="interpreter_visit_note", note="""
Telephonic interpreter encounter -- Women's Health -- [[DATE:2024-08-29]]
Language: S'gaw Karen   Vendor interp: [[NAME:Hser]] ID #[[MRN:302218]]   Duration 38 min
Pt: [[NAME:Hsa Mu Paw]]   DOB [[DATE:1/1/1997]]   G3P2 at 26+3 wk

Pt's husband [[NAME:Eh Doh]] offered to interpret; pt privately (via [[NAME:Hser]], husband stepped out) preferred professional interp. Screening questions asked with husband out of room: no IPV, feels safe.
GDM screen {{lab:1-h GCT 162}} -> needs 3-h GTT; explained fasting, 3 h stay, bring snack after. [[NAME:Hser]] noted there is no common Karen word for "diabetes" -- used "sweet blood sickness," pt understood.
{{vital:BP 108/64}}, FHT {{vital:148}}, {{vital:wt 61 kg}}. {{lab:Hgb 10.2}} -> start {{drug:ferrous sulfate}} {{dose:325 mg}} every other day.
3-h GTT booked [[DATE:9/5]] 0800; in-person Karen interp requested ([[NAME:Paw Htoo]] if avail). Kids' school forms signed. -- [[NAME:A. Lindqvist]], CNM
""", summary="""
With phone interpreter [[NAME:Hser]] rather than her husband [[NAME:Eh Doh]], [[NAME:Hsa Mu Paw]] at 26 weeks learned her glucose challenge was {{lab:162}} and was booked for a 3-hour GTT; iron was started for {{lab:Hgb 10.2}}.
"""),

    dict(style="chaplain_note", note="""
Spiritual Care -- Code Blue response, Emergency Department

Chaplain paged to ED Trauma Bay 2 for Code Blue in progress. Met spouse and adult daughter in the consultation room; provided presence and updates as relayed by the charge RN. Family identify as Roman Catholic and requested Anointing of the Sick; on-call priest paged via Operator, arrived 40 min later.
ROSC not achieved; time of death called by ED attending. Accompanied family to bedside; daughter asked whether the {{eponym:Foley}} and ET tube could be removed before the rest of the family arrive -- coordinated with RN, ME notified per protocol so lines left in place, explained this to family.
Family prayed the Our Father and Hail Mary. Spouse asked about organ donation -- OPO referral already made by RN; explained OPO will call.
Provided Decedent Affairs brochure, bereavement packet, and parking validation. Family left at 0215 with a neighbor driving.
Plan: referral to Bereavement Program for 2-week call. -- Spiritual Care, on-call chaplain
""", summary="""
The on-call chaplain supported a Catholic family after an unsuccessful Code Blue in the ED, arranged Anointing of the Sick, explained why lines stayed in place for the medical examiner, and referred them to the Bereavement Program.
"""),

    dict(style="navigator_note", note="""
ONCOLOGY NURSE NAVIGATOR -- Breast Program
[[DATE:12 Jan 2025]] -- phone, pt + husband on speaker
Pt: [[NAME:Shampa Roychowdhury]]   MRN [[MRN:6620481]]
Navigator: [[NAME:Faith Odom]], RN, OCN

HER2+ IDC L breast, cT2N1. Plan per Dr [[NAME:Sengupta]]: TCHP x6 then surgery. Today:
1. Port placement [[DATE:1/16]] IR -- {{drug:EMLA}} cream sent. 
2. Echo before {{drug:Herceptin}}/{{drug:Perjeta}}: done [[DATE:1/9]], {{lab:LVEF 62%}}.
3. Cold cap requested -- husband [[NAME:Partha]] asked re cost; gave Paxman program number. Financial counselor [[NAME:Mercy Pham]] to call re copay; Genentech foundation application started.
4. Pt worried about telling her mother in [[ADDRESS:Kolkata]]; she and [[NAME:Partha]] want to wait until after 1st cycle. Offered social work ([[NAME:Rituparna]]) -- accepted.
5. Fertility: pt {{age:38}}, done with childbearing, declines referral.
Pt has my cell for chemo-teach day. Next touchpoint [[DATE:Jan 20th]] C1D1 chair-side.
""", summary="""
Navigator [[NAME:Faith Odom]] coordinated port placement, echo ({{lab:LVEF 62%}}), cold-cap and copay help for [[NAME:Shampa Roychowdhury]] starting TCHP for HER2-positive breast cancer under Dr. [[NAME:Sengupta]], and referred her to social worker [[NAME:Rituparna]].
"""),

    dict(style="voicemail_log", note="""
VOICEMAIL LOG -- Pediatrics weekend box -- reviewed [[DATE:Mon 3/10/25]] 0810 by [[NAME:dpradhan]]

1) Sat 08:14 [[PHONE:(718) 555-0107]] "this is [[NAME:aung aung]] father of [[NAME:myo thiha]] he is {{age:two}} years he have rash and fever since thursday we go urgent care they say virus is ok but now rash on hand and mouth he not drinking"
   -> Called back 0820, likely HFM; 2 wet diapers since yesterday -> same-day appt 1030 w [[NAME:Bo]] (PNP). 
2) Sat 21:47 no number, "ye this is grandma for [[NAME:Sagun]] please call" -- no callback #, checked chart: [[NAME:Sagun Khadka]], grandmother [[NAME:Om Kumari]] listed, [[PHONE:718-555-0171]]; LM 0826.
3) Sun 11:02 [[PHONE:(347) 555-0198]] [[NAME:Gita]] re refill {{drug:albuterol}} for [[NAME:Prabin]], pharmacy on [[ADDRESS:Roosevelt Ave]] -- refilled per protocol, LM.
4) Sun 19:30 [[PHONE:(718) 555-0107]] again [[NAME:Aung Aung]], "[[NAME:Myo]] better drinking juice" -- keep appt.
Total 4. Escalated none. -- [[NAME:D. Pradhan]], RN
""", summary="""
Weekend pediatric voicemails reviewed by [[NAME:D. Pradhan]] included [[NAME:Aung Aung]] about his son [[NAME:Myo Thiha]] with a likely hand-foot-mouth rash (seen same day), a callback to grandmother [[NAME:Om Kumari]] about [[NAME:Sagun]], and an {{drug:albuterol}} refill for [[NAME:Prabin]].
"""),

    dict(style="bereavement_call", note="""
BEREAVEMENT CALL -- 3 month
Family of: [[NAME:BANDARA, CHANDRASIRI]] (d. [[DATE:14/02/2025]], Hospice inpatient unit)
Contact: [[NAME:Kusum Bandara]], wife, [[PHONE:(301) 555-0126]]
By: [[NAME:Mercy Lindqvist]], MSW

[[NAME:Kusum]] says the three-month dana (almsgiving) was held last weekend at the vihara in [[ADDRESS:Silver Spring]]; the monks chanted pirith and she "felt him close." Daughter [[NAME:Nadeesha]] and son-in-law [[NAME:Ruwan Herath]] hosted. She is sleeping better, back to temple twice a week, driving again.
Difficult: his birthday [[DATE:June 3]] coming; she plans another almsgiving. Grief intensity moderate, functioning improving. No SI. PHQ-2 {{score:PHQ-2 1}}.
Offered Sinhala-speaking counselor -- none in network; she declined English group ("my English is for shopping, not for crying"). Gave number for a Buddhist grief circle run by Ven. [[NAME:Piyatissa]].
Plan: 6-month card, 13-month anniversary letter. -- [[NAME:ML]]
""", summary="""
At the 3-month bereavement call [[NAME:Kusum Bandara]], widow of [[NAME:Chandrasiri Bandara]], described a Buddhist almsgiving in [[ADDRESS:Silver Spring]] and improving function with no suicidal ideation; [[NAME:Mercy Lindqvist]] referred her to a grief circle run by Ven. [[NAME:Piyatissa]].
"""),

    dict(style="interpreter_visit_note", note="""
Cardiology f/u -- VIDEO INTERPRETER (Gujarati), [[DATE:Aug 7, 2025]]
Interpreter: [[NAME:Rupal]] (VRI, ID [[MRN:GUJ-22741]])
Pt: [[NAME:Kantaben Bharatkumar Trivedi]], {{age:74}}
With: husband [[NAME:Bharatbhai]] and grandson [[NAME:Dev]]

Husband began answering for pt; via [[NAME:Rupal]], asked that pt answer for herself -- family agreeable. Pt reports DOE walking to mandir, 2-pillow orthopnea, ankles "tight" by evening. Skips {{drug:furosemide}} on fasting days (Ekadashi, ~2x/mo) because "no water, no pills."
Exam {{vital:BP 152/78}} {{vital:HR 84}} irregular, JVP 9, 1+ edema. {{lab:NT-proBNP 2140}}. Echo: EF {{lab:55%}}, mod AS.
Discussed with [[NAME:Rupal]] whether {{drug:furosemide}} could be taken on fasting days -- pt agreed to take with small sips. [[NAME:Dev]] set phone reminder. Increase {{drug:furosemide}} {{dose:40 mg}} daily; start {{drug:apixaban}} for new AF, {{score:CHA2DS2-VASc 4}}. TAVR eval with Dr [[NAME:Parikh]].
Interpreter flagged that "heart pump weak" was translated loosely by grandson last visit; clarified EF is normal, valve is narrow.
""", summary="""
Through Gujarati video interpreter [[NAME:Rupal]], [[NAME:Kantaben Trivedi]] described heart failure symptoms and skipping {{drug:furosemide}} on fasting days; the dose was increased, {{drug:apixaban}} started for new atrial fibrillation, and she was referred to Dr. [[NAME:Parikh]] for TAVR evaluation.
"""),

    dict(style="chaplain_note", note="""
CHAPLAINCY -- Oncology 6S
[[DATE:3-4-2025]]
Visited [[NAME:Ta Mla Paw]] (rm 612) at request of her pastor Rev. [[NAME:Eh Wah]] of the Karen Baptist congregation in [[ADDRESS:Utica]], who called the office at [[PHONE:315-555-0184]]. Pt known to me from prior admissions.
Pastor arrived with six church members; they sang hymns in Karen, quietly, for about 20 min, then prayed. Pt smiling, mouthed words. Daughter Naw [[NAME:Say Say]] interpreted my prayer into Karen at pt's request.
Naw [[NAME:Say Say]] shared that mother wants to be buried, not cremated, and wants to die at home; she worries her brothers in [[ADDRESS:Mae Sot]] cannot come in time. Encouraged her to bring this to tomorrow's family meeting with Dr [[NAME:Okonkwo-Reyes]] and palliative ([[NAME:J. Mercer]]).
I will attend meeting if available. -- Chaplain [[NAME:Jordan Ashby]]
cc: palliative care [[NAME:jmercer]]
""", summary="""
Chaplain [[NAME:Jordan Ashby]] visited [[NAME:Ta Mla Paw]] with her Karen Baptist pastor Rev. [[NAME:Eh Wah]]; her daughter Naw [[NAME:Say Say]] shared wishes for a home death and burial, to be raised at the family meeting with Dr. [[NAME:Okonkwo-Reyes]].
"""),

    dict(style="navigator_note", note="""
Lung Cancer Screening Navigation -- results call

Reached pt on 2nd attempt. Identity verified with two identifiers. LDCT result reviewed: {{score:Lung-RADS 2}}, benign-appearing 4 mm nodule RUL, no follow-up imaging beyond annual screen. Incidental coronary calcification moderate -- letter to PCP recommending statin discussion.
Pt currently smokes 1/2 ppd, {{lab:38 pack-years}}, age {{age:61}}. Interested in quitting "after the holidays." Discussed {{drug:varenicline}} ({{drug:Chantix}}) vs NRT; pt prefers {{drug:nicotine patch}} {{dose:14 mg}} + gum {{dose:2 mg}}. Quitline e-referral sent.
Barriers: none for transport; shared-decision visit already documented in prior year.
Annual LDCT order placed for 12 months. Reminder set in registry. Pt verbalized understanding.
""", summary="""
A screening navigator gave a patient a {{score:Lung-RADS 2}} low-dose CT result requiring only annual screening, flagged coronary calcification to the PCP, and set up nicotine replacement and a Quitline referral.
"""),

    dict(style="voicemail_transcription", note="""
VOICEMAIL -- GI Scheduling -- [[DATE:Wed 1/29/2025]] 10:41 -- from [[PHONE:+1 (919) 555-0152]]
auto transcript (confidence 71%):
"good morning my name is [[NAME:sai krishna boddupalli]] spelling [[NAME:B O D D U P A L L I]] i am calling for my mother [[NAME:boddupalli venkata ramana]] she has colonoscopy with doctor [[NAME:yew]] on [[DATE:february fifth]] she is asking if she can take her {{drug:tell me sartan}} in the morning and she is also on {{drug:jar dance}} should she stop it also please send the prep instruction in telugu if possible or send to my email [[EMAIL:saikrishna dot b at inboxmail dot com]] my number is [[PHONE:nine one nine five five five zero one five two]] thank you"

Triage [[NAME:Jo Li]], RN 11:30: pt is [[NAME:Venkata Ramana Boddupalli]], DOB [[DATE:08/12/1958]], procedure with Dr [[NAME:Yu]] (not "[[NAME:yew]]") [[DATE:2/5]]. Per protocol: take {{drug:telmisartan}} with sip AM of procedure; HOLD {{drug:Jardiance}} 3 days prior (start [[DATE:2/2]]). No Telugu prep sheet; emailed English + arranged Telugu phone interp for prep call [[DATE:1/31]]. Called [[NAME:Sai Krishna]] back, he will relay.
""", summary="""
[[NAME:Sai Krishna Boddupalli]] left a voicemail about his mother [[NAME:Venkata Ramana Boddupalli]]'s colonoscopy with Dr. [[NAME:Yu]]; triage nurse [[NAME:Jo Li]] advised taking {{drug:telmisartan}}, holding {{drug:Jardiance}} for 3 days, and arranged a Telugu interpreter for the prep call.
"""),

    dict(style="navigator_note", note="""
DIALYSIS ACCESS NAVIGATION
Pt: [[NAME:Patil, Sunanda Vitthal]]   {{age:57}}F   MRN [[MRN:9041637]]   lang: Marathi / some English
Date: [[DATE:6/19/2025]]   Navigator: [[NAME:C. Whitmore]]

CKD 5, {{lab:eGFR 11}}, starting HD via R IJ tunneled cath. L RC AVF created [[DATE:5/30]] by Dr [[NAME:Joshi]], thrill present per pt (son [[NAME:Ajinkya]] checks daily with her). 
Issues: 
- Chair time MWF 0600 at Harbor Dialysis -- son works nights; Access-A-Ride application submitted ([[MRN:AAR-7702915]]), temp Medicaid cab until approved, pickup [[ADDRESS:Secaucus]].
- Diet: vegetarian, dal/rice heavy -- renal RD [[NAME:Apurva]] to do Marathi-language handout with K / phos foods.
- Transplant referral: pt interested; husband [[NAME:Vitthal]] wants to be tested as donor. Referral to Transplant Center sent, coordinator [[NAME:Sheila Mahoney]] [[PHONE:201-555-0177]].
F/u fistula check [[DATE:7/11]] with Dr [[NAME:Joshi]]. Next nav call in 2 wk.
""", summary="""
Navigator [[NAME:C. Whitmore]] helped [[NAME:Sunanda Patil]], who is starting hemodialysis, with transport from [[ADDRESS:Secaucus]], a Marathi renal diet handout and a transplant referral, with her husband [[NAME:Vitthal]] offering to be tested as a donor.
"""),

    dict(style="interpreter_visit_note", note="""
Behavioral Health -- intake with interpreter -- [[DATE:September 24, 2024]]
Pt: [[NAME:Sivapalan Kandiah]]   {{age:44}}M   (prefers "[[NAME:Sivapalan]]"; "[[NAME:Kandiah]]" is father's name)
Interpreter: [[NAME:Tharshini]], Tamil (Sri Lankan dialect), in person, badge [[MRN:20417]]
Clinician: [[NAME:Helen Rutherford]], LICSW

Referred by PCP Dr [[NAME:Arulampalam]] for sleep problems and "headaches." Via [[NAME:Tharshini]]: nightmares 4-5 nights/wk of events in [[ADDRESS:Vanni]] 2009, startle, avoids fireworks and helicopters. Wife [[NAME:Vasanthi]] and 2 children arrived 2022. Works at a warehouse.
[[NAME:Tharshini]] noted before the session that she is from a neighboring district; pt consented to her interpreting, says "she is fine."
{{score:PHQ-9 17}}, {{score:PCL-5 58}}, {{score:GAD-7 14}}. Denies SI/HI; protective factors children, faith (Hindu, temple weekly).
Plan: PTSD with MDD. {{drug:sertraline}} {{dose:25 mg}} via PCP, titrate to {{dose:50 mg}}; {{drug:prazosin}} discussion deferred. Start CPT w same interpreter, weekly. Safety plan given in Tamil.
""", summary="""
At a behavioral health intake with Tamil interpreter [[NAME:Tharshini]], [[NAME:Sivapalan Kandiah]] screened positive for PTSD and depression ({{score:PHQ-9 17}}, {{score:PCL-5 58}}) with no suicidal ideation; [[NAME:Helen Rutherford]] started weekly CPT and {{drug:sertraline}} via his PCP.
"""),

    dict(style="bereavement_call", note="""
Bereavement -- 2 week call
Deceased: [[NAME:Harold Bishop]] ([[AGE:96]]) d. [[DATE:10/30/2024]] at home on hospice
Spoke with wife [[NAME:Faith]] and daughter [[NAME:April Bishop-Greene]]
Caller: [[NAME:Dallas Reyes]], bereavement volunteer

[[NAME:Faith]] says the funeral at First Methodist was "exactly what [[NAME:Hal]] wanted," the bishop from the conference came to speak since [[NAME:Harold]] had been a lay leader for 50 years. Her faith is carrying her, but the nights are long. [[NAME:April]] is staying through Thanksgiving, then grandson [[NAME:Hunter]] will check in daily from [[ADDRESS:Lexington]].
Questions: what to do with the hospital bed and oxygen -- gave DME company number. Wants to donate unopened {{drug:Ensure}}.
No concerns for complicated grief. Will mail "First Holidays" booklet; invited to the memorial service in April. -- [[NAME:DR]]
""", summary="""
At the two-week bereavement call, [[NAME:Faith Bishop]] and her daughter [[NAME:April]] described the funeral of [[NAME:Harold Bishop]], [[AGE:96]], and asked about returning equipment; volunteer [[NAME:Dallas Reyes]] found no signs of complicated grief.
"""),

    dict(style="chaplain_note", note="""
Spiritual Care -- Buddhist visit request, 3 North
[[DATE:Jan 6]]
Pt [[NAME:Tin Tin Nwe]], {{age:83}}, end-stage COPD, comfort-focused. Niece [[NAME:Moe Moe]] asked for a monk. Contacted the Burmese monastery; Sayadaw U [[NAME:Pyinnya Wuntha]] and a novice came at 1500. Separately, a Sri Lankan friend of the family, [[NAME:Dilani]], had asked Ven. [[NAME:Kotte Dhammarathana]] from the Sinhala temple, who arrived at 1600.
Both led paritta chanting; family offered robes and food (dana) in the lounge -- Facilities approved. Pt received water blessed during chanting; RN confirmed no aspiration concern with sips given pt's wishes.
Note for staff: female staff should avoid handing items directly to the monks -- place on a cloth/table instead. Family asked that, at death, pt not be touched on the head and body left undisturbed ~1 hour if possible; added to care plan and told charge RN [[NAME:Nicole Baptiste]].
-- [[NAME:LMH]], staff chaplain
""", summary="""
The chaplain arranged visits by Sayadaw U [[NAME:Pyinnya Wuntha]] and Ven. [[NAME:Kotte Dhammarathana]] for [[NAME:Tin Tin Nwe]], a dying Burmese Buddhist patient, and recorded the family's wishes about the monks and care of the body after death.
"""),

    dict(style="voicemail_transcription", note="""
VM transcript, Endo clinic, [[DATE:11/12/24]] 14:22, caller ID [[PHONE:(408) 555-0114]]:
"hello good afternoon this is [[NAME:manjunath]] calling i have colonoscopy next week with doctor [[NAME:shiva kumar]] and nurse said stop the {{drug:dull cob lacks}} no wait start the {{drug:dull cob lacks}} i am confused and my wife [[NAME:pushpa]] she is also saying what about my {{drug:glimmer pride}} {{dose:four milligram}} and the insulin {{drug:land us}} {{dose:twenty units}} please call back my last name is [[NAME:gowda]] [[NAME:G O W D A]] thank you"

[[NAME:Shobha]] RN callback 15:05: [[NAME:Manjunath Gowda]] ([[MRN:1193374]]), GI w Dr [[NAME:Shivakumar]] [[DATE:11/19]]. Reviewed: {{drug:Dulcolax}} {{dose:10 mg}} x2 at 1500 day before, then {{drug:GoLYTELY}}. Hold {{drug:glimepiride}} day before + AM of; {{drug:Lantus}} {{dose:16 units}} (80%) night before. Check BG AM, call if <{{lab:70}}. [[NAME:Pushpa]] on speaker, read back correctly.
""", summary="""
[[NAME:Manjunath Gowda]] left a confused voicemail about colonoscopy prep and diabetes medicines; [[NAME:Shobha]] RN reviewed the {{drug:Dulcolax}}/{{drug:GoLYTELY}} prep, holding {{drug:glimepiride}} and reducing {{drug:Lantus}} to {{dose:16 units}} with him and his wife [[NAME:Pushpa]].
"""),

    dict(style="interpreter_visit_note", note="""
Interpreter Services -- encounter documentation

Request: ASL interpreter for pre-op teaching, 0900. VRI cart trialed first; video froze repeatedly (Wi-Fi weak in Pre-Op Bay 7), patient signed "can't see hands." Switched to on-site ASL interpreter, arrived 0935.
Case start delayed 25 min; OR charge and anesthesia aware. Consent for laparoscopic cholecystectomy reviewed by surgeon with interpreter; patient asked about {{drug:Tylenol}} vs {{drug:oxycodone}} after surgery and about the {{eponym:JP}} drain.
Teach-back done. Patient requested that the interpreter stay through PACU wake-up; approved by supervisor.
Issue logged with Biomed and IT re VRI connectivity in Pre-Op. Reminder to staff: family members are not to interpret consent.
""", summary="""
A failed video interpreter session in Pre-Op was replaced by an on-site ASL interpreter for cholecystectomy consent, delaying the case by 25 minutes; the connectivity problem was reported to Biomed and IT.
"""),

    dict(style="navigator_note", note="""
HEP C NAVIGATION -- [[DATE:02/26/2025]]
Pt [[NAME:DHALIWAL, MANPREET SINGH]] MRN [[MRN:5127780]] -- long-haul trucker, hard to reach, prefers text in Punjabi/English
Navigator: [[NAME:Gagandeep Kaur]]

HCV GT 1a, {{lab:VL 2.4 million}}, {{score:FIB-4 1.1}}, no cirrhosis. Dr [[NAME:Ng]] rx'd {{drug:Epclusa}} 12 wk. PA approved ([[MRN:PA-4471902]]) by Anthem. Specialty pharmacy ships to home in [[ADDRESS:Yuba City]]; wife [[NAME:Navdeep]] will receive.
Pt asked if he can take pills on the road -- yes, same time daily, no refrigeration; avoid {{drug:omeprazole}} he buys at truck stops (PPI interaction) -- {{drug:famotidine}} ok 12 h apart.
Text sent [[DATE:2/26]]: start date [[DATE:3/3]]; labs at wk 4 can be drawn at any Quest on route. Copay card for $5/mo.
Cousin [[NAME:Jaskaran]] also needs HCV testing -- pt will bring him; gave my number [[PHONE:530-555-0193]].
""", summary="""
Navigator [[NAME:Gagandeep Kaur]] arranged {{drug:Epclusa}} for [[NAME:Manpreet Singh Dhaliwal]], a trucker with hepatitis C, shipped to his wife [[NAME:Navdeep]] in [[ADDRESS:Yuba City]], and warned him to avoid {{drug:omeprazole}}; his cousin [[NAME:Jaskaran]] will also be tested.
"""),

    dict(style="bereavement_call", note="""
bereavement f/u call -- 13 days after death
decedent: [[NAME:Chandra Kala Adhikari]]  died [[DATE:2025-05-02]]
spoke w son [[NAME:Bhim Adhikari]] [[PHONE:(716) 555-0182]], also daughter-in-law [[NAME:Sita]] on speaker
caller: [[NAME:sunny whitaker]], hospice SW

[[NAME:bhim]] explained they completed the 13-day kriya today, he shaved head per custom and has been wearing white; family stayed home, relatives came from [[ADDRESS:Buffalo]] and [[ADDRESS:Erie]]. cremation was at the crematorium in [[ADDRESS:Tonawanda]], ashes to be taken to the river in Nepal next year.
he sounded tired but said "mother had good death, at home, with the gita being read". [[NAME:sita]] says grandkids asking where grandma went; offered children's grief book in Nepali -- found one, mailing.
no concerns re coping. noted family asked about leftover {{drug:haloperidol}} and {{drug:morphine}} oral soln -- disposal bags mailed.
plan: 3-month call, invite to memorial. -- [[NAME:SLW]]
""", summary="""
At the 13-day call, [[NAME:Bhim Adhikari]] described completing Hindu death rites for his mother [[NAME:Chandra Kala Adhikari]] and cremation in [[ADDRESS:Tonawanda]]; [[NAME:Sunny Whitaker]] mailed a Nepali children's grief book and drug disposal bags.
"""),

    dict(style="answering_service", note="""
AFTER-HOURS ANSWERING SERVICE -- msg sheet -- [[DATE:Sun 8/17/2025]]
Operator: [[NAME:ED]]

2212 Caller: [[NAME:Rose]] (dtr) [[PHONE:(646) 555-0110]] re mother [[NAME:Kamalam Rajagopalan]] DOB [[DATE:03/09/1932]] ([[AGE:93]]). "Mom confused tonight, talking to people not there, not peeing much." Pt of Dr [[NAME:Ed Sullivan]] -- on call tonight Dr [[NAME:Ng]].
   Paged Dr [[NAME:Ng]] [[PHONE:917-555-0147]] 2214. 
2226 Dr [[NAME:Ng]] returned, spoke to [[NAME:Rose]]: new confusion + low UOP, on {{drug:oxybutynin}} + {{drug:Lasix}} -- advised ED eval for delirium/UTI/AKI. Family will take her to ED by car.
2301 Caller [[NAME:Young-ho Park]] [[PHONE:(201) 555-0168]] re rx refill {{drug:amlodipine}} -- non-urgent, to office AM.
2340 Caller [[NAME:Ram Prasad Upreti]] (self) [[PHONE:(646) 555-0131]], Nepali, "chest pain"? -- language line Nepali interp [[NAME:Om]] #[[MRN:66120]]: pain is heartburn after dinner, no SOB. Advised call 911 if worse; Dr [[NAME:Ng]] informed 2348, ok with plan.
""", summary="""
The answering service relayed a call from [[NAME:Rose]] about new confusion in her [[AGE:93]]-year-old mother [[NAME:Kamalam Rajagopalan]], whom Dr. [[NAME:Ng]] sent to the ED, plus a refill request from [[NAME:Young-ho Park]] and heartburn in [[NAME:Ram Prasad Upreti]] assessed through a Nepali interpreter.
"""),

    dict(style="interpreter_visit_note", note="""
Neurology f/u (Malayalam, phone interp) -- [[DATE:4 Mar 2025]]
Pt: [[NAME:P.K. Narayanan]]   {{age:71}}M   MRN [[MRN:7039215]]
Interp: [[NAME:Bindu]] (CyraCom #[[MRN:88241]])
Son [[NAME:Vineeth]] present in room; pt's wife [[NAME:Sarojini]] on phone from [[ADDRESS:Thrissur]] for part of visit at pt request.

{{eponym:Parkinson}} disease dx 2021, on {{drug:carbidopa-levodopa}} {{dose:25/100}} 1.5 tab TID. Via [[NAME:Bindu]]: wearing-off 30-45 min before doses, 2 falls this yr, vivid dreams. {{vital:Orthostatic BP 132/80 -> 104/70}}.
{{score:MoCA 23/30}} (Malayalam version administered by interpreter reading, limitations noted). {{score:Hoehn and Yahr 2.5}}.
[[NAME:Vineeth]] asked about Ayurvedic "mucuna" powder pt takes -- contains levodopa; advised stop to avoid double dosing.
Plan: split to 1 tab 5x/day, add {{drug:entacapone}} if still off, PT referral ({{eponym:LSVT}} BIG), {{drug:midodrine}} not yet. Dr [[NAME:Menon-Hartley]] to review DaTscan question next visit.
""", summary="""
With Malayalam interpreter [[NAME:Bindu]], [[NAME:P.K. Narayanan]] reported wearing-off, falls and orthostasis on {{drug:carbidopa-levodopa}} for {{eponym:Parkinson}} disease; his son [[NAME:Vineeth]] learned the mucuna powder he took contains levodopa, and dosing was split to five times daily.
"""),

    dict(style="chaplain_note", note="""
SPIRITUAL CARE -- Pediatric ICU -- [[DATE:May 9th]]
Pt: [[NAME:Georgia Whitlock]] (age {{age:7}}), ECMO day 4
Parents: [[NAME:Lincoln]] and [[NAME:Madison Whitlock]]; grandmother [[NAME:Florence]] at bedside
Chaplain: [[NAME:Siobhán Ó Dálaigh]], MDiv

[[NAME:Madison]] asked for Baptism "just in case"; [[NAME:Lincoln]] initially hesitant ("it feels like giving up") but agreed after talking with Father [[NAME:McNamara-Leigh]] by phone. Fr. [[NAME:McNamara-Leigh]] arrived 1930 and baptized [[NAME:Georgia]] with water at bedside; RN [[NAME:Hope Castillo]] held the ECMO circuit line clear, [[NAME:Florence]] served as godmother.
Parents asked whether [[NAME:Georgia]] can hear them -- intensivist Dr [[NAME:Lowery]] joined; explained sedation ({{drug:dexmedetomidine}}, {{drug:fentanyl}}), encouraged talking and reading to her.
Older brother [[NAME:Austin]] ({{age:12}}) visiting tomorrow -- Child Life ([[NAME:Bree]]) to prepare him.
Will return daily. -- [[NAME:SOD]]
""", summary="""
Chaplain [[NAME:Siobhán Ó Dálaigh]] supported the parents of [[NAME:Georgia Whitlock]], a 7-year-old on ECMO, and arranged her baptism by Fr. [[NAME:McNamara-Leigh]] with grandmother [[NAME:Florence]] as godmother; Child Life will prepare her brother [[NAME:Austin]] for a visit.
"""),

    dict(style="bereavement_program_note", note="""
BEREAVEMENT PROGRAM -- outreach attempt, 6-month mailing cycle

Two phone attempts to bereaved spouse on file, no answer, voicemail box full. Letter #3 of series mailed with: Grief Support Group schedule (Tuesdays, Community Room B), Coping With Anniversaries handout, 988 Suicide & Crisis Lifeline card, and hospice chaplain contact line.
Chart review: prior calls noted moderate grief, some alcohol use ("a few beers at night"), no SI. Flagged for bereavement counselor review given inability to reach and risk factors (recent retirement, lives alone).
Plan: counselor to attempt call within 1 week; if unreachable, send "We're thinking of you" card and close episode at 13 months per Medicare hospice bereavement standards.
""", summary="""
The bereavement program could not reach a bereaved spouse after two calls, mailed grief-support resources, and flagged the case for counselor follow-up because of risk factors.
"""),

    dict(style="navigator_note", note="""
OB Patient Navigation -- Refugee Health -- [[DATE:07/08/2025]]
Pt: [[NAME:Thiri]] (single name; registered [[NAME:OO, THIRI]] after husband [[NAME:Kyaw Oo]] by resettlement agency -- pt prefers "[[NAME:Thiri]]")   DOB [[DATE:1999-11-23]]
Lang: Burmese; husband some English. Navigator: [[NAME:Sandar Lwin-Mercer]]

G1 at 19 wk. Anatomy scan [[DATE:7/15]]. Insurance: Medicaid pending, RMA approved ID [[MRN:RMA0038811]].
- Prenatal vitamins: pt was taking "Thai vitamin" -- bottle checked, contains no folate; switched to {{drug:PNV}} with {{dose:1 mg}} folate.
- Glucola scheduled wk 26; [[NAME:Kyaw Oo]] asked if fasting during Buddhist Lent affects it -- explained, discussed w Dr [[NAME:Caroline Baker-Mensah]].
- Birth plan: wants female providers only where possible, mother-in-law Daw [[NAME:Mya]] present in L&D -- noted; Burmese doula [[NAME:Ei Ei Phyu]] from the resettlement agency ([[PHONE:260-555-0105]]) can attend.
- Transportation: lives on [[ADDRESS:Lafayette St]], [[ADDRESS:Fort Wayne]]; bus route ok, pt afraid to ride alone -- [[NAME:Ei Ei]] will accompany to scan.
Next call 1 wk before scan.
""", summary="""
Navigator [[NAME:Sandar Lwin-Mercer]] helped [[NAME:Thiri]], a Burmese-speaking first-time mother at 19 weeks registered under her husband [[NAME:Kyaw Oo]]'s name, switch to a folate-containing vitamin, plan for female providers, and arranged doula [[NAME:Ei Ei Phyu]] to accompany her.
"""),
]
