"""Hand-written training notes (part n): forensic and SANE exam notes, child and adult protective services
reports, police-involved ED visits, psychiatric hold / legal status notes, guardianship and capacity notes.
Every person, number, date and street is invented."""

NOTES = [
    dict(style="sane_exam", note="""
SEXUAL ASSAULT NURSE EXAMINER -- FORENSIC EXAM RECORD
Pt: [[NAME:HADDAD, LAYAL N]]    DOB [[DATE:09/12/2001]]    MRN [[MRN:7120448]]    Exam date [[DATE:02/22/2025]]
Kit # [[MRN:SAK-25-00318]]    Police report # [[MRN:2025-004217]]
Examiner: [[NAME:Rebecca Cross]], RN, SANE-A    Advocate: [[NAME:Summer Bell]] (rape crisis center), present throughout at pt request
Law enforcement: Det. [[NAME:Omar Saleh]], waited in family room, not present for hx or exam.
Hx in pt's words: "I went to [[NAME:Karim]]'s birthday at the bar on [[ADDRESS:Fulton St]]. [[NAME:Jad]] bought me one drink and after that I only remember [[NAME:Maya]] putting me in a car. I woke up at his place around five."
Pt identifies assailant as an acquaintance, "[[NAME:Jad]]", last name unknown to her; friend [[NAME:Maya Khoury]] may know it.
Assault est 01:00-05:00. Showered: no. Changed clothes: yes; clothing bagged by pt in paper bag and brought in.
Exam: four 1-1.5 cm oval contusions L upper arm in fingertip pattern; 2 cm abrasion L knee. Anogenital exam with toluidine blue: 3 mm laceration at 6 o'clock, posterior fourchette. 24 photos with ABFO scale, colposcope images saved to secure drive.
Specimens: oral, vaginal, perianal swabs; fingernail scrapings; blood and urine for DFSA toxicology collected 11:40.
Meds: {{drug:ceftriaxone}} {{dose:500 mg}} IM, {{drug:doxycycline}} {{dose:100 mg}} BID x7 d, {{drug:metronidazole}} {{dose:2 g}} PO, {{drug:levonorgestrel}} {{dose:1.5 mg}}, nPEP {{drug:Biktarvy}} 28-day course (starter pack given). {{lab:hCG negative}}.
Pt elected to report; signed release of kit to Det. [[NAME:Saleh]], chain of custody form completed 14:05.
Safety: will stay with sister [[NAME:Rasha]] in [[ADDRESS:Bay Ridge]] tonight.
F/u: ID clinic in 3 d for PEP labs; SANE follow-up photos 2-3 d.
[[NAME:R. Cross]], RN, SANE-A
""", summary="""
[[NAME:Layal Haddad]] had a forensic exam on [[DATE:02/22/2025]] after a suspected drug-facilitated assault, with a documented posterior fourchette laceration and arm contusions; she received STI prophylaxis, emergency contraception and HIV nPEP, and released the kit to police.
"""),

    dict(style="cps_report", note="""
CHILD PROTECTIVE SERVICES -- HOSPITAL REFERRAL / INTAKE
Referral # [[MRN:CPS-2025-118204]]    Received [[DATE:03/05/2025]] 15:20
Reporter: [[NAME:Danielle King]], LCSW, Pediatric ED, [[PHONE:555-340-7719]]
Child: [[NAME:AHMADI, ROYA]]    DOB [[DATE:07/19/2019]]    {{age:5}} F
Household: mother [[NAME:Parisa Ahmadi]]; mother's boyfriend [[NAME:Travis Hale]]; half-brother [[NAME:Jaxon Hale]] ({{age:2}}). Maternal grandmother [[NAME:Shirin Rahimi]] lives nearby, [[ADDRESS:338 Orchard Way]], [[ADDRESS:Manassas]].
Allegation: physical abuse.
Narrative: Grandmother brought child in after kindergarten teacher, Ms. [[NAME:Lowry]], saw marks on her legs. Child said to teacher, and again spontaneously to ED MD [[NAME:Farhan Qureshi]]: "[[NAME:Travis]] hit me with the belt because I spilled the juice."
Findings: four linear loop-shaped bruises posterior thighs and buttocks, different colors; no other injuries. Skeletal survey negative. {{lab:plt 310}}, {{lab:PT 12.1}}, {{lab:PTT 29}}, LFTs and lipase normal. UA no blood.
Mother arrived 16:05, states "she bruises easy," upset with [[NAME:Shirin]] for bringing her. [[NAME:Hale]] not present.
Safety: child to remain in ED pending CPS response; security aware. Grandmother willing to take [[NAME:Roya]] as kinship placement.
Assigned: on-call worker [[NAME:Abdiwali Hersi]], ETA 17:30; supervisor [[NAME:Kim]] notified. Police: Det. [[NAME:Reyes]], report [[MRN:25-0031977]].
[[NAME:Jaxon]] is at daycare; [[NAME:Hersi]] to see him today.
Entered by [[NAME:DK]] / reviewed [[NAME:A.H.]]
""", summary="""
CPS referral on [[DATE:03/05/2025]] for {{age:5}}-year-old [[NAME:Roya Ahmadi]] with loop-shaped belt bruises and a disclosure naming her mother's boyfriend [[NAME:Travis Hale]]; she stayed in the ED until worker [[NAME:Abdiwali Hersi]] arrived, with her grandmother offering kinship care.
"""),

    dict(style="police_ed_visit", note="""
ED NOTE -- PATIENT IN LAW ENFORCEMENT CUSTODY
[[NAME:COLEMAN, DARNELL J]]    {{age:36}} M    MRN [[MRN:9904116]]    [[DATE:Sat 11/16/2024]] 01:45
Brought by sheriff's deputies [[NAME:Bryce Hollister]] (badge [[MRN:4471]]) and [[NAME:Hamza Durrani]] (badge [[MRN:5190]]) for fit-for-confinement evaluation after arrest. Handcuffed; pt agreed to deputies remaining in room.
HPI: Pt states he was "slammed on the hood" at a gas station during arrest, struck L face. "A couple shots" of cognac. Denies LOC; [[NAME:Hollister]] states pt "was out for a second."
Pt asked us to call his girlfriend, [[NAME:Tiana]]; number ([[PHONE:513-555-0193]]) given to SW [[NAME:Grace Abubakar]].
Exam: {{vital:BP 148/96}}, {{vital:HR 104}}, {{score:GCS 15}}. L periorbital swelling and ecchymosis, TTP L zygoma, no entrapment, EOMI, no diplopia. Superficial abrasions both wrists from cuffs.
CT head negative. CT face: nondisplaced L zygomatic arch fracture. {{lab:EtOH 142}}.
Dispo: medically cleared for incarceration. Ice, {{drug:acetaminophen}} {{dose:650 mg}} q6h prn, sinus precautions, OMFS f/u 1 wk; instructions faxed to jail medical, [[NAME:Patrice O'Neal]] RN, [[PHONE:(513) 555-0111]].
At pt request his account is recorded verbatim: "[[NAME:Durrani]] didn't do nothing, it was the other one."
[[NAME:Leila Mansour]], MD
""", summary="""
[[NAME:Darnell Coleman]], {{age:36}}, brought in custody on [[DATE:11/16/2024]] with a left facial injury from his arrest, had a nondisplaced zygomatic arch fracture and was medically cleared for jail with follow-up instructions.
"""),

    dict(style="psych_hold", note="""
EMERGENCY PSYCHIATRIC HOLD -- APPLICATION AND NOTE
Pt: [[NAME:Jasmin Begić]]    DOB [[DATE:1999-12-03]]    MRN [[MRN:4418802]]
Hold initiated [[DATE:08/17/2025]] 22:10 by Dr. [[NAME:Dina Khalil]] (ED Psychiatry), 72-hour emergency detention. Notice of rights given verbally and in writing 22:25, witnessed by [[NAME:Marcus Lee]], RN.
Collateral: roommate [[NAME:Amina Delić]] called 911 after pt posted a goodbye message to a group chat; brother [[NAME:Tarik]] by phone from [[ADDRESS:Sarajevo]], [[PHONE:+387 61 448 902]], reports two prior attempts.
Pt: "I wasn't going to do anything, [[NAME:Amina]] overreacts." Later to RN [[NAME:Lee]]: "if you let me go I'll finish it."
Security officer [[NAME:Gil]] found full bottles of {{drug:sertraline}} and {{drug:quetiapine}} in her bag.
MSE: dysphoric, constricted, poor eye contact, linear; SI with plan (overdose) and intent; no HI; no AH/VH. Insight poor, judgment impaired. {{score:PHQ-9 24}}; C-SSRS high risk.
Criteria: danger to self. Voluntary admission offered, declined.
Plan: 1:1 observation, belongings search, transfer to inpatient psychiatry when bed available. Probable cause hearing due by [[DATE:08/20/2025]]. Patient advocate [[NAME:Sunny Park]] notified.
Pt asks that her girlfriend "[[NAME:Lu]]" not be told where she is -- honored and flagged in chart.
""", summary="""
[[NAME:Jasmin Begić]] was placed on a 72-hour emergency hold on [[DATE:08/17/2025]] for suicidal intent with an overdose plan, after her roommate [[NAME:Amina Delić]] called 911; she declined voluntary admission and awaits an inpatient bed.
"""),

    dict(style="capacity_guardianship", note="""
CAPACITY EVALUATION -- GUARDIANSHIP PETITION
Re: [[NAME:OSMANOVIĆ, HASAN]]    DOB [[DATE:03/21/1934]]    Age [[AGE:91]]    Probate case [[MRN:PR-2025-0817]]
Petitioners: son [[NAME:Mirza Osmanović]] and daughter [[NAME:Lejla Osmanovic-Price]]. Second daughter [[NAME:Dženana]] objects through counsel, [[NAME:Gregory Baker]], Esq.
Evaluator: [[NAME:Hana Ibrahimović]], PhD; Bosnian interpreter [[NAME:Edin]], ID [[MRN:2093]].
Background: vascular dementia dx 2022 (Dr. [[NAME:Pratt]]). Lives with [[NAME:Dženana]] at [[ADDRESS:9 Linden Ct]], [[ADDRESS:Utica]]. Bank flagged a transfer of $40,000 from his savings in May.
Testing: {{score:MoCA 11/30}} (Bosnian version), clock draw 1/4, Trails B not completed.
Interview: oriented to self; gave city as "[[ADDRESS:Tuzla]]"; could not give year. Could not name his bank or approximate savings. "[[NAME:Mirza]] does the papers. No -- [[NAME:Dženana]] does." Unable to explain what a power of attorney allows. Consistent across two sessions that he wants to stay home "with [[NAME:Dženana]] and the cat."
Opinion: lacks capacity for financial decisions and for complex medical decisions. Retains the ability to state consistent preferences about residence and companions, which should guide any plan.
Recommendations: limited guardianship of property; given family conflict, consider a neutral professional guardian; APS review of the May transfer. Hearing set [[DATE:Oct 14, 2025]].
[[NAME:H. Ibrahimović]], PhD
""", summary="""
[[NAME:Hasan Osmanović]], [[AGE:91]], with vascular dementia ({{score:MoCA 11/30}}) was found to lack financial capacity but to hold consistent wishes to remain home with [[NAME:Dženana]]; limited property guardianship and APS review were recommended before the [[DATE:Oct 14, 2025]] hearing.
"""),

    dict(style="aps_report", note="""
ADULT PROTECTIVE SERVICES -- REPORT OF SUSPECTED NEGLECT
APS # [[MRN:APS-25-07741]]    Reported [[DATE:4/9/2025]] 11:30
Reporter: [[NAME:Ebony Chambers]], RN case manager, Medicine 5W, [[PHONE:555-221-6650]] x[[PHONE:48813]]
Vulnerable adult: [[NAME:GREEN, WILLIE MAE]]    {{age:83}} F    [[ADDRESS:1420 Magnolia St]], [[ADDRESS:Macon]] GA [[ADDRESS:31201]]
Alleged: caregiver neglect. Alleged perpetrator: grandson [[NAME:Dante Green]] ({{age:26}}), lives in home, paid caregiver under Medicaid waiver through HomeFirst Care.
Findings on admission [[DATE:4/7]]: stage 4 sacral pressure injury with green drainage and odor, {{lab:albumin 1.9}}, {{lab:Na 152}}, clothing soiled, {{drug:donepezil}} and {{drug:metoprolol}} bottles filled in January still full. Dementia, {{score:MoCA 9}}.
Neighbor, Mr. [[NAME:Otis Bell]], told EMS he hadn't seen [[NAME:Dante]] "in about a week" and had been bringing groceries himself.
Pt: "[[NAME:Dee]] is good to me, he's just busy."
Other family: daughter [[NAME:Bernice Green-Holloway]] in [[ADDRESS:Atlanta]], unaware until called today; pastor, Rev. [[NAME:Hollis Grant]], visited.
Safety: inpatient; recommend no discharge home until APS assessment. Possible waiver billing fraud -- team lead [[NAME:Page]] to refer to MFCU.
Assigned worker: [[NAME:Yasmin Abdi]]; first contact [[DATE:4/10]]; she met [[NAME:Bernice]] at bedside.
""", summary="""
APS report on [[DATE:4/9/2025]] for [[NAME:Willie Mae Green]], {{age:83}}, admitted with a stage 4 pressure injury, hypernatremia and untaken medications while in the care of her paid caregiver grandson [[NAME:Dante Green]]; discharge home was held pending APS worker [[NAME:Yasmin Abdi]]'s assessment.
"""),

    dict(style="forensic_injury", note="""
FORENSIC INJURY DOCUMENTATION -- ED
Reported mechanism: assault by known person with closed fists and kicks, approx 3 h prior. Pt consents to photographs and release of records to law enforcement (form signed).
Head: 4 x 3 cm swelling R parietal scalp, no laceration. No {{eponym:Battle}} sign, no raccoon eyes, no hemotympanum.
Face: R periorbital ecchymosis, red-purple; 1 cm laceration R upper lip mucosa.
Neck: no petechiae, no ligature mark, voice normal, no stridor; denies strangulation. CTA neck not indicated.
Trunk: 6 x 4 cm ecchymosis L flank with partial shoe-tread pattern (parallel linear bands ~5 mm apart).
Extremities: 3 oval contusions R forearm (defensive pattern).
Photo log: images 1-22, ABFO No. 2 scale in each, overall / mid-range / close-up.
Imaging: CT head and C-spine negative; CXR no fx; UA {{lab:RBC 0-2}}.
Color of bruises documented descriptively only; age of bruises not estimated.
Evidence: shirt with possible shoe impression, bagged, sealed, initialed, handed to responding officer per chain of custody form.
Referrals: Domestic Violence Advocate, Social Work, Lethality Assessment completed (screened in).
""", summary="""
Forensic documentation of an assault with scalp swelling, periorbital bruising, a shoe-tread patterned flank bruise and defensive forearm contusions; imaging negative, evidence sealed and handed to police, and the lethality screen was positive.
"""),

    dict(style="cac_forensic_exam", note="""
CHILD ADVOCACY CENTER -- MEDICAL EVALUATION
Child: [[NAME:GEBREMEDHIN, LIDYA]]    {{age:8}} F    CAC # [[MRN:CAC-25-0442]]    Date [[DATE:5 March 2025]]
Forensic interview earlier today by [[NAME:Kendra Lyles]]; observed by CPS worker [[NAME:Helen Tsegay]] and Det. [[NAME:Brooks]] via closed circuit.
Present for medical history: mother [[NAME:Saba Kahsay]] and maternal aunt [[NAME:Freweini]]. Tigrinya interpreter [[NAME:Mehari]] by phone.
History (from interviewer summary, child not re-interviewed): disclosed touching by a family friend she calls Uncle [[NAME:Amanuel]] ("[[NAME:Mani]]"), last contact ~3 weeks ago at a family gathering.
While drawing, child said unprompted: "[[NAME:Mani]] said it was a secret game." Recorded verbatim; no follow-up questions asked.
Exam: well-appearing, growth normal, {{score:Tanner 1}}. Anogenital exam in supine frog-leg and knee-chest positions: normal, no acute or healed injury. A normal exam neither confirms nor excludes abuse.
Testing: urine NAAT for GC/CT and trichomonas sent; serologies offered, mother agreed.
Plan: told [[NAME:Lidya]] her body is healthy and strong. TF-CBT referral to CAC therapist [[NAME:Yohannes Berhe]], LCSW. [[NAME:Tsegay]] to complete safety plan; [[NAME:Amanuel]] not to have contact. Mother asks that grandmother [[NAME:Letebrhan]] not be told details.
[[NAME:Paige Whitfield]], MD, Child Abuse Pediatrics
""", summary="""
{{age:8}}-year-old [[NAME:Lidya Gebremedhin]] had a normal anogenital exam at the Child Advocacy Center on [[DATE:5 March 2025]] after disclosing abuse by a family friend, [[NAME:Amanuel]]; STI testing was sent and she was referred for TF-CBT with a no-contact safety plan.
"""),

    dict(style="police_ed_visit", note="""
ED -- CONDUCTED ELECTRICAL WEAPON (TASER) PROBE REMOVAL, IN CUSTODY
Pt [[NAME:Abdikarim Mohamed]]    {{age:22}} M    MRN [[MRN:6067233]]    [[DATE:2025-06-28]] 23:05
Arrived with MPD Ofc [[NAME:Kyle Brandt]] #[[MRN:8812]] and Sgt [[NAME:Adnan Mustafa]] #[[MRN:6120]] after CEW deployment near [[ADDRESS:Cedar Ave S]] and [[ADDRESS:Riverside Ave]]. Single 5-sec cycle per [[NAME:Mustafa]].
Pt states he was running because "I thought they were after [[NAME:Bashir]], not me." Reports [[NAME:Brandt]] "kneeled on my back." Denies drugs; no psychiatric history.
Exam: {{vital:BP 136/82}}, {{vital:HR 108}} → {{vital:HR 88}} on recheck, {{vital:T 37.0}}, {{score:GCS 15}}. Two barbs: L upper back (subcutaneous) and R flank (superficial). No facial or eye involvement. No rib tenderness or back bruising. Abrasions R knee and palm from fall.
Probes removed intact with traction and stabilization; tips inspected, no retained fragment. Wounds cleaned, {{drug:bacitracin}}. Tdap current.
ECG: sinus, QTc 418. {{lab:CK 420}}, {{lab:K 3.9}}, {{lab:troponin <0.01}}, {{lab:glucose 101}}. UDS negative.
Mother [[NAME:Hodan Ali]] and cousin "[[NAME:Big B]]" in lobby; per officers no visitors in custody. Charge RN [[NAME:Hawi Tolosa]] updated mother that he is medically OK.
Dispo: medically cleared to custody; wound care sheet given to [[NAME:Brandt]]. Pt's complaint about force noted; patient given the Office of Police Conduct Review phone number.
[[NAME:Naomi Feld]], DO
""", summary="""
[[NAME:Abdikarim Mohamed]], {{age:22}}, had two TASER barbs removed intact in police custody on [[DATE:2025-06-28]]; ECG and labs were normal ({{lab:troponin <0.01}}) and he was medically cleared, with his complaint about force documented.
"""),

    dict(style="legal_status", note="""
PSYCHIATRY -- LEGAL STATUS NOTE    [[DATE:09/07/2025]]
[[NAME:KARIMI, ABDUL WAHID]] ("[[NAME:Wahid]]")    MRN [[MRN:1183402]]    Unit 4 North
Status history: admitted [[DATE:9/2/2025]] as conditional voluntary. [[DATE:9/5]] 16:40 pt submitted written 3-day notice requesting discharge (received by [[NAME:Faith Morrow]], LCSW).
Today: attending Dr. [[NAME:Nora Boyle]] filed petition for involuntary commitment; second certificate completed by Dr. [[NAME:Omar Siddiqui]]. Basis: grave disability -- not eating for 6 days before admission, believes food is poisoned by neighbours, weight {{vital:wt 54 kg}} ({{vital:BMI 17.1}}), {{lab:K 3.0}} on admission.
Petition served on pt by [[NAME:Morrow]] 14:20, rights read in English and Dari (interpreter [[NAME:Farzana]] by video, ID [[MRN:55120]]); witnessed by [[NAME:Anwar]], MHT. Pt refused to sign; refusal witnessed.
Hearing: [[DATE:Thursday 9/11/2025]] 10:00, Mental Health Court (hearing room on unit). Counsel for pt: [[NAME:Leah Goldfarb]], Mental Health Legal Service, [[PHONE:(503) 555-0162]]. Pt requested an independent examiner; [[NAME:Goldfarb]] to arrange ([[NAME:Gul Ahmad Wazir]], MD, proposed).
Family: brother [[NAME:Najib Karimi]] supports treatment; father, Haji [[NAME:Abdul Rahman Karimi]], wants pt home and will attend hearing with [[NAME:Najib]].
Medications: pt refusing {{drug:risperidone}}; no emergency medication given; no court authorization for involuntary medication at this time.
Status now: held on petition pending hearing. 72-hour letter superseded.
""", summary="""
[[NAME:Abdul Wahid Karimi]] withdrew his voluntary admission on [[DATE:9/5]], and on [[DATE:09/07/2025]] his psychiatrists petitioned for involuntary commitment for grave disability from food-poisoning delusions; a hearing is set for [[DATE:9/11/2025]] with counsel [[NAME:Leah Goldfarb]].
"""),

    dict(style="capacity_note", note="""
Capacity Assessment -- requested by Vascular Surgery
Pt: [[NAME:Bilal Qasem]], {{age:67}} M. R foot dry gangrene to midfoot with rest pain; {{lab:WBC 14.8}}, {{lab:CRP 96}}, {{lab:HbA1c 10.4}}. Team recommends R below-knee amputation; pt declining.
Interview [[DATE:1/28]], 30 min, daughter [[NAME:Reem]] present at pt's request. Pt fluent in English, no interpreter needed.
- Choice: consistently declines amputation; same answer to [[NAME:Whitaker]] on rounds and to me.
- Understanding: "The foot is dead, the infection can go to the blood, they want to cut below the knee."
- Appreciation: "I know I can die from this. My brother [[NAME:Fadi]] had the leg cut and spent two years in a chair and hated every day."
- Reasoning: weighs independence and pain against survival; asks about a partial foot amputation and about hospice at home.
No delirium (CAM negative), {{score:MoCA 27/30}}, {{score:PHQ-9 4}}.
Opinion: pt HAS capacity for this decision. Refusal is informed and consistent with long-held values.
Plan: Palliative Care consult (Dr. [[NAME:Hope Adler]]) for symptom control; Vascular ([[NAME:Whitaker]]) to discuss a limited transmetatarsal option with [[NAME:Bilal]] and [[NAME:Reem]] tomorrow; {{drug:piperacillin-tazobactam}} continued; reassess in case of sepsis or new confusion. Son [[NAME:Yazan]] in [[ADDRESS:Amman]] updated by phone with pt permission.
[[NAME:Case]], MD -- Consultation-Liaison Psychiatry
""", summary="""
[[NAME:Bilal Qasem]], {{age:67}}, was found on [[DATE:1/28]] to have capacity to refuse a below-knee amputation for foot gangrene; palliative care and a limited surgical alternative were arranged.
"""),

    dict(style="aps_report", note="""
APS INTAKE -- FINANCIAL EXPLOITATION
Intake [[MRN:APS-2025-33187]]    [[DATE:07/15/2025]]
Reporters: bank branch manager [[NAME:Terrence Young]], First Prairie Bank, [[PHONE:(316) 555-0148]]; co-report by hospital SW [[NAME:Xhenet Kola]].
Adult: [[NAME:HOXHA, DRITA]]    {{age:79}} F    [[ADDRESS:2604 Meadowlark Ln]], [[ADDRESS:Wichita]]    SSN last 4 [[SSN:6621]]
Dx mild cognitive impairment; inpatient this week for CHF exacerbation.
Allegation: nephew [[NAME:Arben Hoxha]] ("[[NAME:Beni]]") was added as joint holder on her checking account in March; since then ~$62,000 withdrawn, including a $25,000 cashier's check to a car dealership, and her Social Security deposit redirected to a new account.
Pt to [[NAME:Kola]]: "[[NAME:Beni]] takes care of everything, he's a good boy, he drives me to church." Could not state her monthly income or who pays the electric bill.
Other family: niece [[NAME:Valbona Gashi]] in [[ADDRESS:Chicago]] had called the bank with concerns; pt's husband [[NAME:Ilir]] died two years ago.
Bank placed a hold on account [[MRN:4471-220-938]] for 15 business days per state law.
APS response: priority 2; worker [[NAME:Brianna Cole]] assigned, home visit [[DATE:7/17]] after discharge. Recommend capacity evaluation and consideration of a protective order; referral to Det. [[NAME:Ismail]], Financial Crimes.
""", summary="""
APS intake on [[DATE:07/15/2025]] for [[NAME:Drita Hoxha]], {{age:79}}, with cognitive impairment, after about $62,000 left her account once nephew [[NAME:Arben Hoxha]] was added as joint holder; the bank froze the account and worker [[NAME:Brianna Cole]] will visit on [[DATE:7/17]].
"""),

    dict(style="cps_report", note="""
CPS REPORT -- SUSPECTED PHYSICAL ABUSE, INFANT
Case [[MRN:CPS-25-204417]]    Reported [[DATE:Nov 2, 2025]] 09:15 by [[NAME:Olivia Marsh]], MD, Child Protection Team
Child: [[NAME:SADIQ, YUSUF]]    DOB [[DATE:06/14/2025]]    {{age:4}} mo M
Presentation: parents [[NAME:Omar Sadiq]] and [[NAME:Kayla Sadiq]] brought him for R leg swelling and crying with diaper changes x1 day. [[NAME:Omar]]: "his leg got caught in the crib slats." [[NAME:Kayla]] first said he rolled off the couch, then that she was at work and her mother, [[NAME:Donna Pryor]], was babysitting.
Imaging: R femur transverse midshaft fracture; skeletal survey with healing posterior L rib 7-8 fractures (callus, est 2-4 wk) and a classic metaphyseal lesion R distal tibia. CT head no ICH. Ophthalmology (Dr. [[NAME:Lê]]): no retinal hemorrhages.
Labs: {{lab:Ca 9.8}}, {{lab:Phos 5.9}}, {{lab:alk phos 310}}, {{lab:PTH 28}}, {{lab:25-OH vit D 34}}; no metabolic bone disease. OI considered: white sclerae, normal teeth, no family hx.
Last PCP visit in April (2-month visit), normal growth.
Caregivers past month: both parents; [[NAME:Pryor]]; paternal uncle [[NAME:Hamid Sadiq]] (weekends); daycare teacher Miss [[NAME:April]].
Sibling [[NAME:Zainab]] ({{age:3}}) to be examined today.
Assessment: fractures of different ages without a plausible mechanism in a non-ambulatory infant -- highly concerning for abuse.
Plan: hospital hold pending CPS; worker [[NAME:Gabriela Ortiz-Baptiste]] at bedside 11:00. Police: Det. [[NAME:Faith Reilly]], report [[MRN:25-118840]]. Repeat skeletal survey in 2 weeks.
""", summary="""
{{age:4}}-month-old [[NAME:Yusuf Sadiq]] had a femur fracture plus healing rib fractures and a metaphyseal lesion with inconsistent histories from [[NAME:Omar]] and [[NAME:Kayla Sadiq]]; reported to CPS on [[DATE:Nov 2, 2025]] and held in hospital, with his sibling [[NAME:Zainab]] to be examined.
"""),

    dict(style="legal_status", note="""
PSYCHIATRY -- LEGAL STATUS / VOLUNTARY ADMISSION NOTE
Pt signed the Voluntary Admission form on arrival to the unit after review with the admitting psychiatrist and charge nurse.
Capacity to consent to voluntary admission assessed: pt able to state that this is a psychiatric hospital, that admission is for treatment of depression with suicidal thoughts, that he may request discharge in writing, and that the team may then either discharge him or petition the court within 3 business days.
Pt understands the unit rules, the Patient Rights booklet, and how to reach the Patient Advocate and Disability Rights office.
No Advance Directive for Mental Health Treatment on file; pt declined to complete one today.
No court orders, no guardian, no conservator. Not on probation or parole.
Medication consent: pt consents to {{drug:sertraline}} {{dose:50 mg}} daily and {{drug:hydroxyzine}} {{dose:25 mg}} q6h PRN anxiety; risks, benefits and alternatives reviewed including Black Box warning for young adults.
Observation level: q15 min checks. Elopement risk low.
Status: Voluntary. Next legal status review at weekly Treatment Team.
""", summary="""
Voluntary psychiatric admission documented with capacity to consent, rights explained and consent to {{drug:sertraline}} and {{drug:hydroxyzine}}; no guardian or court orders.
"""),

    dict(style="sane_exam", note="""
SANE NOTE -- ADULT MALE, NON-FATAL STRANGULATION
[[NAME:NASRALLAH, JOSEPH E.]]    {{age:24}}    MRN [[MRN:3318027]]    Exam start [[DATE:11/30/2024]] 04:10
Kit # [[MRN:SAK-24-00771]] -- pt undecided about reporting; kit held as an unreported kit per state law.
Examiner: [[NAME:Marisol Ybarra]], RN, SANE-A/SANE-P    Advocate: [[NAME:Travon Wright]]
Came in with friend [[NAME:Elie]] ("[[NAME:Lee]]") who drove him. Met assailant through a dating app, knows him only as "[[NAME:JT]]", app handle [[NAME:jt_afterdark]].
Hx: choked from behind with a forearm, "I saw stars and then I was on the floor"; possible brief LOC; urinary incontinence. Anal penetration without consent. Assailant left with pt's phone.
Strangulation findings: hoarse voice, odynophagia, scattered petechiae R conjunctiva and behind both ears, 2 x 1 cm linear abrasion L lateral neck. LOC + incontinence = high risk; CTA neck: no dissection, no laryngeal fracture.
Anogenital: two fissures at 11 and 1 o'clock with fresh bleeding; toluidine blue uptake. Photos x18 with scale.
Meds: {{drug:ceftriaxone}} {{dose:500 mg}} IM, {{drug:doxycycline}} {{dose:100 mg}} BID x7 d, nPEP {{drug:Descovy}} + {{drug:dolutegravir}} x28 d, hepatitis B vaccine dose 1.
Dispo: to [[NAME:Elie]]'s apartment on [[ADDRESS:Westlake Ave]]. Pt: "[[NAME:Elie]] will stay up with me."
Return precautions for strangulation (voice change, trouble breathing or swallowing, neck swelling, seizure, confusion) reviewed with both. ID f/u 72 h.
[[NAME:M. Ybarra]], RN
""", summary="""
[[NAME:Joseph Nasrallah]], {{age:24}}, seen on [[DATE:11/30/2024]] after a sexual assault with non-fatal strangulation (brief LOC, petechiae, hoarseness); CTA neck was negative, he received STI prophylaxis and nPEP, and the kit is held unreported.
"""),

    dict(style="police_ed_visit", note="""
ED NOTE -- LAW ENFORCEMENT BLOOD DRAW (SEARCH WARRANT)
[[DATE:Sun 3/9/2025]] 02:38    Pt: [[NAME:Cody Bishop]]    {{age:41}} M    MRN [[MRN:8821930]]
Trooper [[NAME:Shawn Maddox]] #[[MRN:1147]], State Patrol, presented a search warrant for blood (alcohol/drugs) signed by Judge [[NAME:Carolyn Moss]] at 02:20; copy scanned to Media. Pt under arrest for DUI after single-vehicle crash into guardrail on [[ADDRESS:Route 9]] near [[ADDRESS:Kingston]].
Pt declined consent verbally. Per hospital policy with a valid warrant, blood drawn by lab tech [[NAME:Gjon Marku]] with the trooper's kit ([[MRN:BK-558120]]), povidone-iodine prep (no alcohol swab), witnessed by [[NAME:Maddox]] and charge RN [[NAME:Rose Dunleavy]]. Chain of custody signed by [[NAME:Marku]] and [[NAME:Maddox]] 02:44. No force used.
Medical eval (separate): {{vital:BP 142/90}}, {{vital:HR 92}}, {{score:GCS 15}}, 2 cm forehead abrasion, no seat belt sign, C-spine cleared by NEXUS. CT head negative. Clinical {{lab:serum EtOH 211}} (hospital sample, not for legal use).
Pt: "Call [[NAME:Bo]], he'll come get my truck before they tow it."
Observed until clinically sober; discharged to custody of Trooper [[NAME:Maddox]] 04:10 with head-injury instructions.
[[NAME:Lejla Hamzić]], MD
""", summary="""
On [[DATE:3/9/2025]] a warrant blood draw was performed on [[NAME:Cody Bishop]], {{age:41}}, after a DUI crash, with chain of custody witnessed by Trooper [[NAME:Maddox]]; his own evaluation showed only a forehead abrasion and a negative head CT.
"""),

    dict(style="guardianship_review", note="""
GUARDIANSHIP DOCUMENTATION REVIEW -- Social Work
Pt: [[NAME:Ahmed Al-Hashimi]]    {{age:58}} M    MRN [[MRN:2207715]]
Anoxic brain injury after cardiac arrest [[DATE:5/3/2025]]; minimally conscious state, trach/PEG.
Letters of Guardianship (plenary, person and estate) issued [[DATE:June 20, 2025]], probate case [[MRN:2025-GU-00412]]. Guardian: wife, [[NAME:Hessa Al-Hashimi]]. Copy in Media tab; verified against the court e-filing by [[NAME:Mason Reed]], LMSW.
During proceedings: guardian ad litem [[NAME:Patricia Oyelaran]], Esq. (appointment ended with the order); court visitor [[NAME:Ahmad Jawad Noorzai]].
Scope: guardian may consent to medical treatment and placement; withdrawal of life-sustaining treatment requires court approval under the order's limits.
Adult children [[NAME:Saif]] and [[NAME:Maitha]] live in [[ADDRESS:Abu Dhabi]]. [[NAME:Saif]] disputes the plan for LTACH and has retained attorney [[NAME:Khalid bin Saeed Al-Marri]]; team to communicate decisions only through the guardian.
Guardian contact: [[PHONE:(248) 555-0136]], [[EMAIL:h.alhashimi77@outlook.com]].
Annual guardian report due [[DATE:06/20/2026]]. Ethics consult not requested at this time; will revisit if conflict escalates.
[[NAME:mreed2]]
""", summary="""
Social work confirmed that [[NAME:Hessa Al-Hashimi]] holds plenary guardianship (order of [[DATE:June 20, 2025]]) for her husband [[NAME:Ahmed Al-Hashimi]] after anoxic brain injury, with decisions communicated only through her despite son [[NAME:Saif]]'s objection.
"""),

    dict(style="cps_newborn", note="""
NEWBORN -- CPS NOTIFICATION / PLAN OF SAFE CARE
Infant: Baby Girl [[NAME:HOLLOWAY]]    DOB [[DATE:10/03/2025]] 06:12    MRN [[MRN:9015562]]
Mother: [[NAME:Brittany Holloway]]    {{age:27}}    G2P2    MRN [[MRN:9015420]]
Mother on {{drug:buprenorphine-naloxone}} {{dose:16 mg}} daily through OBOT clinic (Dr. [[NAME:Karam]]), adherent; last positive fentanyl screen 5 months ago, negative since.
Infant: term, {{vital:wt 3.05 kg}}, Eat-Sleep-Console: feeding well, sleeping >1 h, consolable; no pharmacologic treatment needed. Cord tox: buprenorphine and norbuprenorphine only.
Notification: CAPTA notification (not an allegation of abuse) filed [[DATE:10/04/2025]] 10:00 by SW [[NAME:Rosa Delgado]], hotline reference [[MRN:NSE-25-88012]].
Plan of Safe Care: continue MOUD; supports are father of baby [[NAME:Marcus Reid]] ("[[NAME:Keke]]") and maternal grandmother [[NAME:Linda Holloway]]; home visiting nurse [[NAME:Kelsey]] (Nurse-Family Partnership) first visit within 1 wk; peds follow-up 48 h after discharge with Dr. [[NAME:Yusuf Amiri]]; naloxone kit given; safe sleep teaching done with [[NAME:Marcus]].
Sibling [[NAME:Jayden]] ({{age:4}}) at home, in pre-K.
Mother: "I just want [[NAME:Nevaeh]] home with us and her brother."
""", summary="""
Baby Girl [[NAME:Holloway]] ([[NAME:Nevaeh]]), born [[DATE:10/03/2025]] to [[NAME:Brittany Holloway]] on stable {{drug:buprenorphine-naloxone}}, needed no withdrawal treatment; a CAPTA notification and plan of safe care with family supports and home visiting were completed.
"""),

    dict(style="psych_hold_minor", note="""
PEDIATRIC ED -- INVOLUNTARY HOLD, MINOR
[[NAME:Sumaya Farah]]    {{age:15}} F    DOB [[DATE:2010-02-17]]    MRN [[MRN:5567013]]    [[DATE:2025-04-22]]
Brought 12:40 by school resource officer [[NAME:Curtis Lane]] with counselor [[NAME:Deborah Winters]] after pt told a friend, [[NAME:Ikran]], she had "a plan for tonight" and showed cuts on her forearm.
Father [[NAME:Abdullahi Farah]] arrived 13:30; mother [[NAME:Hibo]] at work, reached by phone [[PHONE:(206) 555-0185]]. Father at first wanted to take her home, "she is just stressed from exams," then agreed after meeting with Dr. [[NAME:Kaplan]] and SW [[NAME:Yusra Aden]].
Pt: "[[NAME:Ikran]] promised she wouldn't tell anyone." Endorses plan to take her mother's {{drug:amitriptyline}}; has been cutting for 4 months.
Exam: six superficial linear cuts L volar forearm, Steri-Strips x2, no tendon involvement. {{vital:HR 88}}, {{vital:BP 112/68}}.
Medical clearance: {{lab:APAP <10}}, {{lab:salicylate <3}}, {{lab:hCG negative}}, ECG QTc 420.
ASQ positive (acute), {{score:PHQ-A 22}}.
Pt refused admission and said she would run; placed on 72-hour involuntary hold by Designated Crisis Responder [[NAME:Tom Ng]] at 16:05. Rights explained to pt and to father; copy given.
Plan: safe room, 1:1 sitter, boarding until an adolescent bed opens; hearing by [[DATE:4/25]]. School (counselor [[NAME:Winters]]) asked to check on [[NAME:Ikran]] as well.
""", summary="""
{{age:15}}-year-old [[NAME:Sumaya Farah]] with self-harm cuts and a plan to overdose on her mother's {{drug:amitriptyline}} was placed on a 72-hour involuntary hold on [[DATE:2025-04-22]] after refusing admission; medical clearance was normal and she is boarding for an adolescent bed.
"""),

    dict(style="aps_report", note="""
APS REPORT -- SUSPECTED ABUSE IN A LICENSED GROUP HOME
Report # [[MRN:APS-IA-24-0915]]    [[DATE:12/12/2024]]
Vulnerable adult: [[NAME:BROWN, MALIK T]]    {{age:31}} M    moderate intellectual disability, nonverbal; resides at Cedar Path residence, [[ADDRESS:55 Kettle Rd]], [[ADDRESS:Florence]] SC.
Reporters: ED RN [[NAME:Aisha Barre]] and Dr. [[NAME:Greene]].
Presentation: brought by staff member [[NAME:Devonte]] for "fall in the shower." Exam: grip-pattern bruises both upper arms; two 8 mm circular burns R forearm with dried brown crust, different stages of healing, consistent with cigarette burns; healing L periorbital bruise. CT head negative; no fractures on X-ray.
Legal guardian: sister [[NAME:Tamara Brown]], notified 15:10. She says "[[NAME:Malik]] came home at Thanksgiving with a black eye and they told me he walked into a door."
Staff on shift in past 48 h per house manager [[NAME:Florence Pettaway]]: [[NAME:Devonte Simms]], [[NAME:Kristen Moody]], [[NAME:Ardit Lleshi]].
Notified: state licensing, police report [[MRN:24-77310]] (Ofc [[NAME:Rhodes]]).
Safety: pt admitted for observation. [[NAME:Tamara]] requests he not return to the home. Security asked [[NAME:Simms]] to leave the ED after he tried to take pt's tablet.
""", summary="""
APS report on [[DATE:12/12/2024]] for [[NAME:Malik Brown]], {{age:31}}, a nonverbal group-home resident with grip bruises and cigarette-type burns; his guardian sister [[NAME:Tamara Brown]] asked that he not return and police and licensing were notified.
"""),

    dict(style="capacity_note", note="""
DECISION-MAKING CAPACITY ASSESSMENT
Decision: TAVR vs continued medical management for severe symptomatic Aortic Stenosis (AVA 0.7 cm2, mean gradient 48 mmHg). STS predicted mortality 4.1%; Heart Team recommends TAVR.
Pt {{age:84}} yo, lives alone, hearing aids in and working, glasses on; interview in a quiet room.
Choice: wants "the valve through the leg," stable over two conversations.
Understanding: describes narrowed valve causing breathlessness and fainting, procedure through the groin artery, 1-2 night stay.
Appreciation: recognizes risks of stroke, pacemaker, bleeding, and that without treatment "I'll keep going downhill."
Reasoning: compares options, wants to keep driving to church and gardening.
Screening: CAM negative, {{score:MMSE 26/30}} (missed recall x2, serial 7s x2), no psychotic features.
Conclusion: has capacity to consent to TAVR. Health Care Proxy on file not needed for this decision.
Informed consent obtained by Structural Heart team; this note to be scanned with consent.
""", summary="""
An {{age:84}}-year-old with severe aortic stenosis was judged to have capacity to consent to TAVR, showing understanding, appreciation and reasoning, with {{score:MMSE 26/30}} and no delirium.
"""),

    dict(style="forensic_ipv", note="""
FORENSIC NURSE EXAMINATION -- INTIMATE PARTNER VIOLENCE / STRANGULATION
Pt: [[NAME:Rania Khoury-Abboud]]    {{age:34}} F    MRN [[MRN:6038114]]    Seen [[DATE:Fri 7/11/2025]] 20:15
Examiner: [[NAME:Celeste Ambrose]], RN, forensic nurse. DV advocate [[NAME:Mays]] present. Police: Ofc [[NAME:Nadia Haddad]] and Ofc [[NAME:R. Young]], report [[MRN:2025-0711-0342]].
Pt declined Arabic interpreter, fluent in English. In her words: her husband, [[NAME:Fadi Abboud]], "put both hands on my neck against the fridge. I couldn't breathe. Then I woke up on the floor and [[NAME:Tala]] was crying."
Children home: [[NAME:Tala]] ({{age:6}}) and [[NAME:Elias]] ({{age:9}}); [[NAME:Elias]] called 911 from the upstairs bathroom.
Sx: LOC of unknown duration, hoarse voice, painful swallowing, neck pain, lightheaded. No incontinence.
Exam: three 1 cm oval contusions L lateral neck and one 1.5 cm contusion R anterior neck; petechiae soft palate and R upper eyelid; L subconjunctival hemorrhage. Alternate light source used; findings photographed (31 images, scale).
Imaging: CTA neck no dissection; CT soft tissue neck no laryngeal fracture.
{{score:Danger Assessment 19}} (extreme danger). Firearm in home per pt.
Safety: pt and children to stay with sister [[NAME:Dima]] in [[ADDRESS:Paterson]]. Emergency protective order requested by [[NAME:Haddad]], granted by on-call judge 22:05.
D/c: strangulation return precautions; forensic photo f/u in 48 h since bruising may appear later.
[[NAME:C. Ambrose]], RN
""", summary="""
[[NAME:Rania Khoury-Abboud]], {{age:34}}, was examined on [[DATE:7/11/2025]] after strangulation by her husband [[NAME:Fadi Abboud]] with loss of consciousness, neck contusions and petechiae; neck imaging was negative, her danger score was extreme and an emergency protective order was granted.
"""),

    dict(style="police_ed_visit", note="""
ED VISIT -- PATIENT FROM COUNTY DETENTION CENTER
[[NAME:SHEHU, ALBAN]]    Inmate # [[MRN:DC-2251904]]    MRN [[MRN:7310266]]    {{age:45}} M    [[DATE:02/03/2025]] 07:20
Escort: correctional officers [[NAME:Tremaine Wallace]] and [[NAME:Louise Petit]]; ankle shackles kept, R wrist restraint removed for IV per [[NAME:Wallace]].
Sent by jail medical ([[NAME:Kay Underwood]], LPN, [[PHONE:555-610-3300]] x[[PHONE:217]]) after a witnessed generalized seizure at 06:00. Booked [[DATE:1/31]]. Per wife [[NAME:Mimoza Shehu]] (reached by SW), drinks about a liter of vodka a day. Seizure described by [[NAME:Petit]]: "stiff then shaking, maybe a minute, bit his tongue."
Exam: {{vital:HR 128}}, {{vital:BP 172/104}}, {{vital:T 38.1}}, coarse tremor, diaphoretic, visual hallucinations -- says "[[NAME:Gjergj]] is on the ceiling" (his late brother per wife). {{score:CIWA-Ar 28}}.
Labs: {{lab:Mg 1.4}}, {{lab:K 3.1}}, {{lab:lipase 48}}, {{lab:CK 880}}, {{lab:glucose 96}}. CT head negative.
Tx: {{drug:lorazepam}} {{dose:2 mg}} IV x2, {{drug:phenobarbital}} {{dose:10 mg/kg}} IV, {{drug:thiamine}} {{dose:500 mg}} IV, Mg and K repletion.
Dispo: severe alcohol withdrawal with seizure -- admit step-down. Two COs to remain per detention policy; Sgt [[NAME:Dwyer]] arranging relief. Family visits not permitted per jail policy; updates through jail medical liaison [[NAME:Underwood]].
""", summary="""
Detainee [[NAME:Alban Shehu]], {{age:45}}, was sent from jail on [[DATE:02/03/2025]] after an alcohol-withdrawal seizure with hallucinations and {{score:CIWA-Ar 28}}; treated with {{drug:lorazepam}}, {{drug:phenobarbital}} and {{drug:thiamine}} and admitted to step-down under correctional guard.
"""),

    dict(style="guardianship_emergency", note="""
SOCIAL WORK -- EMERGENCY TEMPORARY GUARDIANSHIP
Pt: [[NAME:Zarmina Popalzai]]    {{age:71}} F    MRN [[MRN:3302178]]
Admitted [[DATE:8/2/2025]] with large L MCA stroke, global aphasia; unable to communicate wishes. No health care proxy, no advance directive. Widowed.
Sons: [[NAME:Mirwais Popalzai]] (lives with pt in [[ADDRESS:Fremont]]) and [[NAME:Shah Wali Popalzai]] in [[ADDRESS:Kandahar]], reached by WhatsApp [[PHONE:+93 70 418 2266]]. They disagree about PEG: [[NAME:Mirwais]] wants it placed; [[NAME:Shah Wali]] says his mother would "never want a tube."
Daughter-in-law [[NAME:Gulalai]] ("[[NAME:Guli]]"), her main caregiver, recalls pt saying after her sister's death "don't let them keep me on machines."
Family meetings [[DATE:8/9]] and [[DATE:8/11]] with Pashto interpreter [[NAME:Wazhma]] (ID [[MRN:40917]]), facilitated by Palliative Care ([[NAME:Ng]]) and neurology ([[NAME:Hunter Lowe]], MD).
With equal-priority surrogates in disagreement, hospital counsel [[NAME:Erin Walsh]] filed for an emergency temporary guardian [[DATE:8/12/2025]]; video hearing [[DATE:8/14/2025]].
Outcome: court appointed [[NAME:Daniel Whitehorse]], professional fiduciary, as temporary guardian for 90 days. Meeting with guardian and both sons set [[DATE:8/18]]. NG feeds continue meanwhile.
[[NAME:Soraya Hakimi]], LICSW
""", summary="""
After [[NAME:Zarmina Popalzai]]'s large stroke left her unable to speak for herself and her sons [[NAME:Mirwais]] and [[NAME:Shah Wali]] disagreed about a feeding tube, the court appointed [[NAME:Daniel Whitehorse]] as emergency temporary guardian at a hearing on [[DATE:8/14/2025]].
"""),

    dict(style="cps_report", note="""
CPS HOTLINE REPORT -- CHILDREN EXPOSED TO DOMESTIC VIOLENCE
Ref [[MRN:CPS-25-310588]]    [[DATE:10 October 2025]] 11:45
Reporter: school nurse [[NAME:Carla Jennings]], RN, Lincoln Elementary, [[PHONE:555-874-2201]]
Children: [[NAME:Amir Mansour]] ({{age:9}}, 4th grade) and [[NAME:Layla Mansour]] ({{age:6}}, 1st grade). Parents: [[NAME:Nadia Mansour]] and [[NAME:Samir Mansour]], [[ADDRESS:4110 Sandpiper Ln]].
[[NAME:Amir]] came to the nurse's office with a headache and said to nurse and to teacher Mr. [[NAME:Oduya]]: "Baba threw Mama into the TV last night and the police came." 3 cm bruise L forearm, "from Baba grabbing me."
[[NAME:Layla]] told counselor [[NAME:Grace Tillman]]: "[[NAME:Amir]] hid me in the closet with the iPad."
Principal [[NAME:Keith Andrade]] contacted school police liaison Ofc [[NAME:Vera Lindholm]], who confirmed a DV call to the address at 23:10 on [[DATE:10/9]]; father arrested, released this morning.
Mother picked the children up at 14:30 and told [[NAME:Jennings]] they are going to her cousin [[NAME:Salwa]]'s in [[ADDRESS:Anaheim]] "until things calm down."
Worker assigned: [[NAME:Hamdi Yusuf]], contact within 24 h.
""", summary="""
School staff reported [[NAME:Amir]] ({{age:9}}) and [[NAME:Layla Mansour]] ({{age:6}}) to CPS on [[DATE:10 October 2025]] after they described a domestic violence incident at home and [[NAME:Amir]] had a grab-mark bruise; worker [[NAME:Hamdi Yusuf]] was assigned.
"""),

    dict(style="psych_hold_discontinued", note="""
PSYCHIATRY CONSULT -- EMERGENCY HOLD DISCONTINUED
[[NAME:PRICE, JALEN]]    {{age:38}} M    MRN [[MRN:4800317]]    [[DATE:01/14/2026]] 09:30
Background: brought by police overnight; neighbour [[NAME:Gwen Tolliver]] called 911 reporting he was "yelling that he's going to kill himself." Hold placed [[DATE:1/13]] 23:40 by ED physician [[NAME:Mahmoud Saad]]. {{lab:EtOH 246}} on arrival.
This AM: sober, calm, apologetic. Denies SI, intent or plan. Explains: "I said I'd kill myself if [[NAME:Rico]] parked in my spot one more time. It's a figure of speech, man." Worried about the price of the ambulance bill.
Collateral: sister [[NAME:Monique Price]] by phone -- no prior attempts, no psychiatric admissions, drives a city bus, drinks heavily on weekends. Therapist [[NAME:Yara Sabbagh]], LPC, confirms no SI in sessions. No firearms in home per [[NAME:Monqiue]].
MSE: euthymic, full range, linear, no psychosis, insight fair. C-SSRS screen negative. {{score:AUDIT 19}}.
Assessment: alcohol use disorder, moderate; low acute suicide risk; does not meet criteria for continued involuntary hold.
Plan: hold discontinued 10:20, pt notified, legal status now voluntary/free to leave. Offered {{drug:naltrexone}} {{dose:50 mg}} daily -- accepted, Rx sent. Safety plan completed with pt; 988 reviewed. [[NAME:Monique]] to pick him up.
[[NAME:T. Adeyemi]], MD, Psychiatry
""", summary="""
[[NAME:Jalen Price]], {{age:38}}, held overnight after intoxicated statements reported by neighbour [[NAME:Gwen Tolliver]], was sober and at low acute risk on [[DATE:01/14/2026]]; the hold was discontinued and he started {{drug:naltrexone}} for alcohol use.
"""),

    dict(style="aps_field_note", note="""
APS FIELD NOTE -- SELF-NEGLECT / HOARDING
Case [[MRN:APS-25-12870]]    Home visit [[DATE:5/6/2025]] 10:00    Worker [[NAME:Kadra Ismail]], with [[NAME:Jo Whitcombe]] (code enforcement)
Adult: [[NAME:Earl]] "[[NAME:Buddy]]" [[NAME:Fincher]], {{age:77}} M, [[ADDRESS:811 Pecan Grove Rd]], [[ADDRESS:Tyler]] TX
Referral: mail carrier [[NAME:Rochelle Dunn]]; mail uncollected 9 days, odor from porch.
Findings: {{score:Clutter Image Rating 8}} living room and kitchen; paths ~30 cm wide; space heater beside stacked newspapers; stove unusable; no hot water; 4 cats, rodent droppings, spoiled food in refrigerator. Walks with cane; bruise R hip from a fall last week -- "[[NAME:Buddy]] don't go to doctors."
Cognition: oriented x3, {{score:SLUMS 21/30}}. Meds found: {{drug:metformin}}, {{drug:amlodipine}}, both last filled in February.
Wishes: wants to stay home. Declines cleanout "unless [[NAME:Darlene]] says so." Daughter [[NAME:Darlene Fincher-Ruiz]] in [[ADDRESS:Lubbock]], [[PHONE:806-555-0152]], called from the porch, will come Saturday.
Accepted: Meals on Wheels, smoke detectors (installed today by Fire Marshal [[NAME:Daniel Oh]]), PCP visit with Dr. [[NAME:Eugene Tran]].
Plan: no emergency removal; capacity evaluation re: living situation; revisit in 1 week with [[NAME:Darlene]].
[[NAME:kismail]]
""", summary="""
APS visited [[NAME:Earl Fincher]], {{age:77}}, on [[DATE:5/6/2025]] for self-neglect with severe hoarding and fire risk; he declined removal but accepted meals, smoke detectors and a doctor's visit, with his daughter [[NAME:Darlene]] coming to help.
"""),

    dict(style="police_ed_visit", note="""
ED NOTE -- EMERGENCY CUSTODY ORDER, MEDICAL CLEARANCE
Pt brought by two officers under an Emergency Custody Order for mental health evaluation. Custody transferred to hospital security per local protocol; officers released. Pt cooperative, not restrained, no chemical sedation.
HPI: {{age:52}} yo M with schizoaffective disorder, off {{drug:Invega Sustenna}} for ~3 months, found directing traffic in an intersection. Denies ingestions, denies SI/HI. Hearing "the Council" instruct him.
Exam: {{vital:T 37.1}}, {{vital:HR 96}}, {{vital:BP 138/84}}, {{vital:SpO2 98%}}. Sunburn face and neck. No trauma. Neuro nonfocal, no rigidity, no clonus, no tremor.
Labs: {{lab:Na 136}}, {{lab:glucose 112}}, {{lab:CK 190}}, {{lab:TSH 1.8}}, {{lab:EtOH negative}}, UDS negative, {{lab:WBC 7.4}}.
ECG: NSR, QTc 431.
Assessment: acute psychosis, medically cleared; no delirium, no NMS.
Plan: Community Services Board evaluator requested; Temporary Detention Order decision pending their assessment. {{drug:olanzapine}} {{dose:10 mg}} ODT offered and accepted. Sunburn care.
""", summary="""
A {{age:52}}-year-old man with schizoaffective disorder off his long-acting injectable was brought on an Emergency Custody Order, had normal labs and ECG, and was medically cleared for crisis evaluation.
"""),
]
