NOTES = [
    dict(style="va_pact_primary_care", note="""
VA PACT TEAM 3 - PRIMARY CARE F/U
[[NAME:KOWALCZYK, STANLEY J]]   ICN [[MRN:1012847733V229104]]   last4 [[SSN:6621]]
DOB [[DATE:09/22/1949]] ({{age:75}})   seen [[DATE:02/11/2025]]   Teamlet: [[NAME:Grabowski]] / [[NAME:hope]] (RNCM) / [[NAME:TK]]

S: Vietnam '68-'69, on the Agent Orange registry. Here for DM2 and neuropathy. Says his feet "burn like hell" at night,
worse since the holidays. [[NAME:hope]] called him [[DATE:2/3]] when the sugar log came in; wife [[NAME:Bernadette]] keeps it,
fasting 160s-190s. Still smokes {{dose:1/2 ppd}}. No chest pain, no foot wounds he knows of.
O: {{vital:BP 146/84}} {{vital:P 78}} {{vital:BMI 31.2}}. Monofilament {{score:4/10}} sites bilat. DP pulses 1+. No ulcers.
Labs: {{lab:A1c 8.4}} (was {{lab:7.9}} in Aug), {{lab:eGFR 58}}, {{lab:UACR 64}}.
A/P:
- DM2 uncontrolled: add {{drug:Jardiance}} {{dose:10 mg}} daily, cont {{drug:metformin}} {{dose:1000 mg}} BID. Sick-day rules reviewed.
- Painful peripheral neuropathy: {{drug:gabapentin}} {{dose:300 mg}} qhs; podiatry consult placed (Dr. [[NAME:Szymanski]]).
- Tobacco: declines NRT today, we will revisit. PCL-5 deferred, pt "not in the mood."
- RTC 3 mo. [[NAME:hope]] to call in 2 wks with log review; we hope to see fasting under 150.
[[NAME:Walter Grabowski]], MD   (e-signed [[DATE:02/11/2025]] 1542)
""", summary="""
[[NAME:Stanley Kowalczyk]], a {{age:75}}-year-old Vietnam veteran, has uncontrolled diabetes ({{lab:A1c 8.4}}) with painful neuropathy; {{drug:Jardiance}} and {{drug:gabapentin}} were started and podiatry was consulted. RN care manager [[NAME:Hope]] will review his sugar log in two weeks.
"""),

    dict(style="jail_infirmary_board", note="""
COUNTY CORRECTIONAL FACILITY - MEDICAL UNIT
INFIRMARY BOARD  [[DATE:Tues 3/4/25]]  0600 (nights -> days)

Cell | Name | Booking # | Problem | Plan
I-1 | [[NAME:Dombrowski]] | [[MRN:25-004417]] | EtOH w/d, day 2 | {{score:CIWA-Ar 9}}, {{drug:chlordiazepoxide}} {{dose:25 mg}} q6h
I-2 | [[NAME:TIERNEY, BUCK]] | [[MRN:25-004398]] | I&D L forearm abscess | dsg BID, {{drug:Bactrim DS}} day 3
I-3 | [[NAME:Russo A]] | [[MRN:25-004452]] | opioid w/d, fent+ | {{score:COWS 12}} at 0400, bup induction per MAT
I-4 | [[NAME:Mendel]] | [[MRN:25-003977]] | T1DM, {{lab:BG 48}} at 0215 | hold {{drug:glargine}} AM, FSBG q2h
I-5 | -- | | |

Overnight: [[NAME:Russo]] vomited x2, refused {{drug:ondansetron}} tab; [[NAME:JR]] says no to dissolving it in juice (diversion).
d/w [[NAME:Feld]] by phone 0330, ok for {{drug:Zofran}} ODT {{dose:4 mg}}, taken w/o issue.
[[NAME:Mendel]] up to {{lab:BG 112}} after juice + crackers, vitals by [[NAME:LM]]. [[NAME:Dombrowski]] tremulous,
{{vital:HR 104}}, {{vital:BP 152/94}}, no hallucinations, oriented x3.
[[NAME:Feld]] to round 1000. Handed off to [[NAME:AS]] 0645. -[[NAME:kd]]
""", summary="""
Night-to-day infirmary board listing [[NAME:Dombrowski]] in alcohol withdrawal, [[NAME:Buck Tierney]] with a forearm abscess, [[NAME:Russo]] in opioid withdrawal awaiting buprenorphine, and [[NAME:Mendel]] with overnight hypoglycemia. Dr. [[NAME:Feld]] approved ODT {{drug:Zofran}} by phone and will round at 1000.
"""),

    dict(style="street_medicine_rounds", note="""
street med rounds - thurs pm - van 2
team: [[NAME:Cieslak]] NP, [[NAME:ivy]] (outreach), [[NAME:art]] (peer)

camp behind the sunoco off [[ADDRESS:rt 11]] just past [[ADDRESS:shickshinny]]. 4 tents, 1 new since last wk.

[[NAME:dusty]] - no last name given, gives bday as "[[DATE:april 9th]]", won't say yr, looks {{age:50}}s. R shin red/hot/swollen
to knee, borders marked w sharpie. skin dusty and caked, cleaned w saline. {{vital:T 100.9}} {{vital:HR 112}} {{vital:BP 104/66}}
{{vital:SpO2 95%}}. urged ED, declined ("they'll take my dog"). gave {{drug:cephalexin}} {{dose:500 mg}} QID x7d +
{{drug:Bactrim DS}} {{dose:1 tab}} BID, first doses watched.
[[NAME:rusty]] (says brother) drinking ~1 fifth/day, shakes in am; offered detox bed at Catholic Social Services, "maybe mon".
{{drug:Narcan}} {{dose:4 mg}} nasal x3 left at camp, fentanyl test strips x10, socks + tarp.
[[NAME:ivy]] will recheck leg sat am; if worse call 911 and [[NAME:Cieslak]] will meet them at the ED.
-[[NAME:ac]]
""", summary="""
The street medicine team found [[NAME:Dusty]] at a camp near [[ADDRESS:Shickshinny]] with febrile right-leg cellulitis; he declined the ED and was started on oral {{drug:cephalexin}} and {{drug:Bactrim DS}}. His brother [[NAME:Rusty]] was offered detox, and [[NAME:Ivy]] will recheck on Saturday.
"""),

    dict(style="otp_dosing_nursing", note="""
OTP DOSING / NURSING NOTE
Client: [[NAME:IANELLI, GRACE T]]   OTP# [[MRN:M-20931]]   DOB [[DATE:1987-06-30]]
[[DATE:2025-01-17]]  0712

Presented to window after missing 3 consecutive doses ([[DATE:1/14]]-[[DATE:1/16]]). Per policy there is no grace period past
72 h for a daily dose over {{dose:60 mg}}, so her {{dose:95 mg}} was held pending assessment.
Assessment: {{score:COWS 8}}, pupils 5 mm, yawning, rhinorrhea, goosebumps forearms. {{vital:BP 128/82}} {{vital:HR 96}}.
Denies use other than "a couple percs" Weds. UDS sent. PDMP clean.
Per [[NAME:will]] (counselor) she was staying in [[ADDRESS:hazleton]] at her mother's, car broke down, no bus on the weekend.
Spoke w Dr. [[NAME:Albanese]] 0725: dose {{dose:50 mg}} today, observe 2 h, then +{{dose:5 mg}} q3d back toward {{dose:95 mg}} as tolerated.
Take-homes suspended; we will reassess at team mtg Mon. [[NAME:Grace]] agreeable, tearful, hopes to earn back her Sunday bottle.
Dosed 0731, 2 h recheck {{score:COWS 3}}, left ambulatory.
[[NAME:P. Sokol]], RN
""", summary="""
[[NAME:Grace Ianelli]] missed three methadone doses while stranded in [[ADDRESS:Hazleton]], so her {{dose:95 mg}} dose was held and Dr. [[NAME:Albanese]] restarted her at {{dose:50 mg}} with a slow re-titration. Take-home doses are suspended until the team meets.
"""),

    dict(style="addiction_patient_education", note="""
ADDICTION MEDICINE - HOME BUPRENORPHINE START (reviewed verbally, printed copy given)

- Wait until you feel sick. At least 12-24 h after pills or heroin; with Fentanyl often 48-72 h.
- Use the Subjective Opiate Withdrawal Scale (SOWS). Start when you score {{score:SOWS 17}} or higher.
- Day 1: one {{drug:Suboxone}} {{dose:4 mg/1 mg}} film under the tongue, let it dissolve, do not swallow or talk.
  Still sick in 1-2 h: one more {{dose:4 mg}} film. Do not go over {{dose:16 mg}} on day 1.
- Day 2: take the whole day-1 total in the morning. Most people settle between {{dose:16 mg}} and {{dose:24 mg}}.
- If you feel much WORSE right after the first film (precipitated withdrawal), do not take more. Call the Bridge Clinic.
- Low-dose ("micro") start is an option if you cannot stop Fentanyl for 2 days; ask about it.
- Keep {{drug:Narcan}} at home and tell someone where it is. Do not mix with {{drug:Xanax}}, {{drug:Klonopin}} or alcohol.
- Constipation is common: {{drug:Miralax}} daily. Brush teeth after the film has dissolved, not before.
- Bring your film wrappers and the SOWS log to your next visit.
""", summary="""
Printed patient instructions for starting {{drug:Suboxone}} at home, including when to begin by SOWS score, day-1 and day-2 dosing limits, and what to do for precipitated withdrawal. No patient-specific details are given.
"""),

    dict(style="va_cp_exam_dictation", note="""
C&P EXAMINATION - TINNITUS / HEARING LOSS DBQ   (voice recognition, not proofread)
Veteran: [[NAME:Ó DÁLAIGH, CORMAC]]

this is doctor [[NAME:Siobhan Wren]] W R E N dictating a compensation and pension exam for veteran [[NAME:Cormac O'Daly]]
correction [[NAME:Ó Dálaigh]], O with a fada, D A with a fada L A I G H, claim number [[MRN:C as in Charlie two eight eight one four zero zero six]],
exam date [[DATE:march third twenty twenty five]]. veteran is a {{age:41}} year old former Army combat engineer, two tours Iraq,
reports IED blast [[DATE:14 Nov 2006]] outside [[ADDRESS:Baqubah]] with loss of consciousness under one minute, no medevac.
constant bilateral high pitched ringing since then. works now as a lineman out of [[ADDRESS:Honesdale]], wears foam plugs.
audiogram today by [[NAME:Hanna Leszczynski]] AuD: mild to moderate bilateral high frequency sensorineural loss worst at 4000 hertz,
{{score:Maryland CNC 88%}} right and {{score:84%}} left, tympanograms type A. no {{eponym:Meniere}} symptoms.
opinion: it is at least as likely as not, 50 percent or greater probability, that the veteran's tinnitus is caused by or a result of
military noise exposure. rationale new paragraph DD 214 lists MOS 12B, high probability of hazardous noise on the duty MOS listing.
doctor [[NAME:Ren]] end of dictation.

D: [[DATE:03/03/2025]] 16:40   T: [[DATE:03/04/2025]] 08:12   [[NAME:mrb]]
""", summary="""
Dr. [[NAME:Siobhan Wren]] dictated a C&P exam for [[NAME:Cormac Ó Dálaigh]], a {{age:41}}-year-old Army combat engineer with tinnitus and high-frequency hearing loss after blast exposure in Iraq. She opined the tinnitus is at least as likely as not related to military noise.
"""),

    dict(style="jail_intake_screening", note="""
INTAKE MEDICAL SCREENING - RECEIVING
Inmate: [[NAME:PIETROWSKI, DAWN M]]   DOC# [[MRN:QX4471]]   booked [[DATE:11/08/2024]] 2240

States enrolled at Northeast Treatment Center, methadone {{dose:110 mg}}, last dose this AM ~0800.
Verified by phone w Ms. [[NAME:Chase]] (dosing nurse) [[PHONE:(215) 555-0187 ext 214]]: {{dose:110 mg}}, last dosed [[DATE:11/8]],
no take-homes out, counselor [[NAME:Kearney]].
Also on {{drug:sertraline}} {{dose:100 mg}}. HCV Ab+ 2022, never treated. LMP [[DATE:10/21]]; {{lab:urine hCG neg}}.
{{vital:BP 118/76}} {{vital:HR 88}} {{vital:T 98.2}} {{score:COWS 2}}. Tracks L antecubital, healed. No abscess.
Plan:
- continue methadone {{dose:110 mg}} daily per jail MAT policy, at med window w mouth check; pt to chase with water and
  speak after dose. COWS q8h x 72h.
- MH referral routine; HCV to chronic care clinic.
[[NAME:Dawn]]'s sister [[NAME:Hope Pietrowski]] called the front desk re: her meds, told ROI needed first.
Screening RN: [[NAME:mb]]   reviewed [[NAME:TKW]]
""", summary="""
At jail intake, [[NAME:Dawn Pietrowski]]'s methadone dose of {{dose:110 mg}} was verified with Ms. [[NAME:Chase]] at her community clinic and continued with observed dosing and withdrawal monitoring. She was referred to mental health and chronic care for untreated hepatitis C.
"""),

    dict(style="outreach_sms_log", note="""
OUTREACH ON-CALL PHONE - SMS LOG (copied to chart by [[NAME:sgoldfarb]])

[[DATE:6/2]] 21:14 from [[PHONE:570-555-0162]]: hey its [[NAME:bo]] from under the [[ADDRESS:market st]] bridge my foot is real bad again the
black part is bigger. can [[NAME:summer]] come tmrw
[[DATE:6/2]] 21:40 to pt: [[NAME:Bo]] this is [[NAME:Sarah]] on call. any fever, red streaks, bad smell? if u feel sick go to the ER tonight
[[DATE:6/2]] 21:52 from pt: no fever i think. smells some. summer is almost here i cant have my foot like this lol
[[DATE:6/3]] 07:05 to pt: [[NAME:summer]] and Dr [[NAME:Kessler]] will find you by 10 at the bridge. keep it dry
[[DATE:6/3]] 11:30 visit note: seen by [[NAME:Kessler]]/[[NAME:summer]]. L 2nd + 3rd toe dry gangrene, demarcated, no cellulitis,
no crepitus. {{vital:T 98.4}} {{vital:HR 90}}. {{lab:BG 287}} fingerstick. Out of {{drug:metformin}} x2 wk, refilled {{dose:500 mg}} BID.
Referred to vascular at Geisinger Wyoming Valley; ride set for [[DATE:Fri 6/6]] in [[NAME:Kessler]]'s van.
""", summary="""
[[NAME:Bo]], who sleeps under the [[ADDRESS:Market St]] bridge, texted about a worsening foot and was seen the next day by Dr. [[NAME:Kessler]] and [[NAME:Summer]]. He has dry gangrene of two toes and high glucose; {{drug:metformin}} was restarted and a vascular visit arranged.
"""),

    dict(style="addiction_chart_correction", note="""
ADDICTION MEDICINE - CHART CORRECTION / ADDENDUM
Patient [[NAME:PERLMUTTER, YOSEF]] ("[[NAME:Yossi]]")   MRN [[MRN:00718846]]   FIN [[MRN:9920417735]]

Access/order trail for the [[DATE:2025-02-03]] visit:
08:14  PDMP queried ([[NAME:mzielinski]])
08:31  UDS filed: buprenorphine +, norbuprenorphine +, fentanyl +, benzo neg (lab interface)
08:52  Rx {{drug:buprenorphine-naloxone}} {{dose:8 mg/2 mg}} film, 1 daily, #14, entered by [[NAME:tmcguinness]]
09:05  Qty changed 14 -> 28, edited by [[NAME:rn_dcapaldo]]
09:06  Rx signed ([[NAME:tmcguinness]])

The qty change was an entry error (RN read the prior BID sig). Patient takes {{dose:8 mg}} once daily, 2-week supply.
Called the CVS in [[ADDRESS:Spring Valley]] [[PHONE:845-555-0139]] at 14:10: not yet filled, pharmacist [[NAME:Ng]] voided it and
a corrected #14 was sent. Patient and his mother [[NAME:Chaya]] told by phone. Fentanyl+ UDS discussed at visit; no change in
plan, he will come weekly instead of q2wk. d/w [[NAME:McGuinness]], no further action; safety report not needed per [[NAME:Zielinski]].
-[[NAME:dc]]
""", summary="""
An addendum for [[NAME:Yosef Perlmutter]] documents that a nurse's edit doubled his buprenorphine quantity; the unfilled prescription was voided at the pharmacy and corrected to #14. Because his urine was fentanyl-positive, visits were increased to weekly.
"""),

    dict(style="va_neurology_consult", note="""
VA NEUROLOGY CONSULT - ACUTE L FACIAL WEAKNESS
Veteran: [[NAME:Thaddeus Wrobel]]   [[AGE:91]] y/o Korea-era USMC   last4 [[SSN:2290]]
Requested by: [[NAME:Finnegan]], PA-C (ED)    Consultant: Dr. [[NAME:Margaret Bell]]    [[DATE:Sat 9/14/24]]

HPI: Woke [[DATE:9/13]] with L face "heavy," drooling from L mouth corner, can't close L eye. Ear pain L x2 d before.
Daughter [[NAME:Irene]] noticed it at breakfast. No limb weakness, no speech change.
Exam: L forehead involved, incomplete L eye closure, {{eponym:Bell}} phenomenon present. {{score:House-Brackmann IV}}.
No vesicles in canal or palate (looked hard for {{eponym:Ramsay Hunt}}). Strength {{score:5/5}} x4, no drift, {{score:NIHSS 2}} (facial only).
{{vital:BP 158/80}}. {{lab:Glucose 131}}. CT head neg.
Imp: L peripheral facial palsy, most c/w {{eponym:Bell}} palsy; central lesion unlikely given forehead involvement.
Plan: {{drug:prednisone}} {{dose:40 mg}} daily x7d (reduced for age/DM risk), {{drug:valacyclovir}} {{dose:1 g}} TID x7d,
lubricating drops q1h + ointment and taping at night; ophtho if corneal staining. Recheck in 3 wk with Dr. [[NAME:Bell]].
[[NAME:M. Bell]], MD / resident [[NAME:Aharon Shapiro]], MD
""", summary="""
Dr. [[NAME:Margaret Bell]] saw [[NAME:Thaddeus Wrobel]], a [[AGE:91]]-year-old Marine veteran, for left peripheral facial weakness consistent with {{eponym:Bell}} palsy. He was started on {{drug:prednisone}}, {{drug:valacyclovir}} and eye protection.
"""),

    dict(style="battalion_aid_station_sick_call", note="""
BATTALION AID STATION - SICK CALL
SPC [[NAME:WALSH, HUNTER D]]   DoD ID [[MRN:1538842907]]   B Co 2-8 IN   DOS [[DATE:18MAR2025]]

S: {{age:22}} y/o M, L ankle inversion on 12-mi ruck [[DATE:16MAR2025]], heard no pop, walked it off, swollen since.
PMH: R ankle fx during [[ADDRESS:Grafenwöhr]] rotation, ORIF at Klinikum Weiden; discharge letter dated [[DATE:3. März 2024]]
(Dr. med. [[NAME:Jürgen Hölzl]], Unfallchirurgie, [[PHONE:+49 961 303 4417]]) scanned in; hardware removal [[DATE:19.09.2024]].
O: {{vital:BP 124/72}} {{vital:HR 64}}. L lat malleolus ecchymosis, ATFL tender, no bony tenderness at posterior edges or base of 5th MT.
Anterior drawer 1+ w firm endpoint, {{eponym:Thompson}} neg. Wt bearing 4 steps ok.
A: L ankle sprain grade I-II, no major instability.
P: RICE, lace-up brace, {{drug:Motrin}} {{dose:800 mg}} TID x7d w food. Temp profile 14 d: no running, rucking, or jumping.
[[NAME:Walsh]] asked about his EFMB lane [[DATE:Apr 2]]; told f/u [[DATE:3/28]] before a decision.
Seen by [[NAME:D. Major]], PA-C. Vitals SGT [[NAME:Kaminski]] (68W). 1SG [[NAME:Rhoades]] notified of profile.
""", summary="""
SPC [[NAME:Hunter Walsh]], {{age:22}}, has a grade I-II left ankle sprain from a ruck march and a prior right ankle fracture repaired in Germany. PA [[NAME:Major]] gave a 14-day profile with bracing and {{drug:Motrin}}, with follow-up on [[DATE:3/28]].
"""),

    dict(style="correctional_nursing_protocol", note="""
MEDICAL UNIT NURSING PROTOCOL - ALCOHOL / BENZODIAZEPINE WITHDRAWAL  (reviewed annually by the Medical Director)

1. Screen every intake with AUDIT-C and time of last drink. Prior DTs or withdrawal seizure = Infirmary placement.
2. CIWA-Ar q4h x 72 h, then q8h if scores stay under 8. {{score:CIWA-Ar 10}} or higher: {{drug:chlordiazepoxide}} {{dose:50 mg}} PO,
   recheck in 1 h.
3. {{score:CIWA-Ar 20}} or higher, {{vital:HR over 120}}, {{vital:SBP over 180}}, hallucinations or any seizure: call the on-call
   provider and send out by 911.
4. {{drug:Thiamine}} {{dose:100 mg}} PO daily x5 d for all; {{drug:folic acid}} {{dose:1 mg}}; multivitamin.
5. Age over 65 or cirrhosis ({{score:Child-Pugh B}} or C): {{drug:lorazepam}} per provider instead of chlordiazepoxide.
6. {{eponym:Wernicke}} signs (confusion, ataxia, ophthalmoplegia): {{drug:thiamine}} {{dose:500 mg}} IV at outside ED, do not give glucose first.
7. Document on the Withdrawal Flowsheet in CorEMR and hand off at every shift change; Sergeant on the unit informed of any send-out.
""", summary="""
Jail nursing protocol for alcohol and benzodiazepine withdrawal, with CIWA-Ar thresholds for {{drug:chlordiazepoxide}}, criteria for 911 transfer, and {{drug:thiamine}} for everyone. It names no patients or staff.
"""),

    dict(style="sublocade_injection_nursing", note="""
[[DATE:04/22/25]] 1340  SUBLOCADE INJ #4
Pt [[NAME:Szczepanski, Jack]]  MRN [[MRN:00690215]]
{{drug:Sublocade}} {{dose:100 mg}} SC abd RUQ. Site from #3 (LLQ) w pea-sized nodule, nontender, no erythema.
{{vital:BP 132/80}} {{vital:HR 72}} {{vital:RR 14}}. Pain {{score:0/10}}.
Cravings 0-1/10, no use since Feb. Pt frank about one slip w "a beer or six" at a wedding, no opioids. UDS today bup+, EtG neg.
Sponsor [[NAME:frank]] drove him, waited in lobby.
Starting 2nd shift at the warehouse in [[ADDRESS:plains twp]], asks to move inj time to AM - ok, next due window [[DATE:5/20]]-[[DATE:5/27]].
Pharmacy (Specialty, [[PHONE:1-844-555-0190]]) notified of new ship date.
RN: [[NAME:jlk]]    cosigned [[NAME:RWH]]
""", summary="""
[[NAME:Jack Szczepanski]] received his fourth {{drug:Sublocade}} {{dose:100 mg}} injection, reports minimal cravings and only an alcohol slip, and had a buprenorphine-positive urine. His next injection window is [[DATE:5/20]]-[[DATE:5/27]].
"""),

    dict(style="street_medicine_followup", note="""
STREET MEDICINE - F/U   [[DATE:Oct 30]]   [[ADDRESS:Kensington Ave]] & [[ADDRESS:Somerset]]
Pt: [[NAME:Mercy Lisowski]]   DOB [[DATE:2/14/1991]]   (known to team since spring)

Known {{eponym:Graves}} disease dx 2022, off {{drug:methimazole}} ~6 mo since losing her bag at the shelter. Now palpitations, tremor,
sweats, lost "a lot" of weight, eyes "bugging." {{vital:HR 128}} regular, {{vital:BP 142/70}},
{{vital:T 99.1}}. Lid lag, proptosis, fine tremor. Also both feet white/wrinkled, tender, from wet socks x days (immersion foot),
no open areas.
Labs drawn on the van: TSH, FT4, CBC, CMP, hCG (sent).
Plan: {{drug:propranolol}} {{dose:20 mg}} TID started now; will start {{drug:methimazole}} {{dose:10 mg}} daily once CBC/LFTs back.
Dry socks x4, foot powder, elevate. Referred to Dr. [[NAME:Graves]] at the Spring Garden FQHC; pt laughed at "[[NAME:Graves]] for {{eponym:Graves}}."
Cousin [[NAME:Dorota]] [[PHONE:267-555-0115]] ok to contact. Will look for her at the [[ADDRESS:Somerset]] stop Mon.
~[[NAME:tb]]
""", summary="""
Street medicine saw [[NAME:Mercy Lisowski]] with untreated {{eponym:Graves}} disease causing tachycardia and tremor, plus immersion foot; labs were drawn and {{drug:propranolol}} started. She was referred to Dr. [[NAME:Graves]] at an FQHC and {{drug:methimazole}} will start after labs.
"""),

    dict(style="hud_vash_case_management", note="""
HUD-VASH CASE MANAGEMENT - HOME VISIT
Veteran: [[NAME:Russell]] "[[NAME:Rusty]]" [[NAME:Pietrangeli]]   last4 [[SSN:0937]]   voucher [[MRN:HV-2024-0388]]
Visit [[DATE:10/15/2024]]

Moved [[DATE:10/01/2024]] from the shelter in [[ADDRESS:wilkes-barre]] to [[ADDRESS:41 Hanover St, Apt 2R, Nanticoke, PA 18634]].
Unit clean, fridge stocked from the [[ADDRESS:Glen Lyon]] pantry. Stove knobs rusty and back burner dead; landlord
[[NAME:Wanda Kostelnik]] [[PHONE:570.555.0148]] says she will replace by [[DATE:the 1st]].
Sober 14 mo per vet, attends AA at St. Adalbert's basement Tues/Thu. Taking {{drug:prazosin}} {{dose:2 mg}} qhs, sleeping "better than in years."
Daughter [[NAME:Agnieszka]] lives in [[ADDRESS:Rzeszów]]; her letter says she arrives "[[DATE:2 listopada]]" ([[DATE:Nov 2]]) for two weeks,
he asks about a cot and whether the lease allows a guest - it does up to 14 nights.
PCP f/u w Dr. [[NAME:Grabowski]] [[DATE:11/6]]; transportation through DAV van arranged.
[[NAME:Aviva Rosenblatt]], LCSW   [[EMAIL:aviva.rosenblatt@va.gov]]   x[[PHONE:3318]]
""", summary="""
Home visit for [[NAME:Rusty Pietrangeli]], recently housed in [[ADDRESS:Nanticoke]] through HUD-VASH; he is sober, sleeping better on {{drug:prazosin}}, and expects his daughter [[NAME:Agnieszka]] from Poland on [[DATE:Nov 2]]. The landlord will fix the stove and PCP follow-up is set.
"""),

    dict(style="inmate_sick_call_request", note="""
SICK CALL REQUEST (handwritten by inmate, scanned)
Name: [[NAME:tommy oconnell]]   Cell: C-214   DOC #: [[MRN:24-11873]]   Date: [[DATE:9-12-24]]
Complaint: i been asking since [[DATE:the 3rd]] my insulin is wrong, nurse [[NAME:june]] said she would tell the dr but nothing. my
sugar was 400 at pill call. also my little toe is black on the side. please i dont want to loose it like my dad did.
-----
Triage [[DATE:9/13]] 0830, RN [[NAME:sue]]: seen in clinic. {{lab:FSBG 388}}, {{vital:BP 150/92}}, {{vital:T 98.6}}.
MAR: {{drug:NPH}} {{dose:20 units}} BID; pt states at home he took {{drug:Lantus}} {{dose:40 units}} + {{drug:Humalog}} w meals.
Last {{lab:A1c 11.2}} in June 2024 at intake. L 5th toe lateral eschar 1 cm, dry, no drainage, foot cool, DP faint.
[[NAME:June]]'s message from [[DATE:9/4]] found in the log, never forwarded; incident report filed.
Sliding scale started per standing order. Dr. [[NAME:O'Rourke]] to see on MD line [[DATE:9/16]]; ABI + podiatry request.
[[NAME:O'Connell]] told to put in a slip for any fever or red streaks.  -[[NAME:sl]]
""", summary="""
Inmate [[NAME:Tommy O'Connell]] wrote that his insulin was wrong and a toe was darkening; triage found glucose {{lab:388}} and a dry eschar on the left fifth toe. A missed message from Nurse [[NAME:June]] led to an incident report, and Dr. [[NAME:O'Rourke]] will see him on [[DATE:9/16]].
"""),

    dict(style="otp_dosing_window_log", note="""
DOSING WINDOW 2 - SAT [[DATE:03/15/2025]]   nurse: [[NAME:pat]] / relief: [[NAME:hunter]]

time | client | OTP# | dose | notes
0602 | [[NAME:Wojcik, Teresa]] | [[MRN:M-18822]] | {{dose:80 mg}} | + 1 take-home (Sun)
0609 | [[NAME:Flaherty, Sean]] | [[MRN:M-20107]] | {{dose:60 mg}} | split dose, 2nd half {{dose:60 mg}} to go, lockbox ck ok
0615 | [[NAME:Kowalski B]] | [[MRN:M-19456]] | {{dose:45 mg}} | vol taper, -{{dose:5 mg}} q wk per [[NAME:Albanese]]
0631 | [[NAME:Schwartz, Mendel]] | [[MRN:M-21311]] | {{dose:30 mg}} | induction day 4, {{score:COWS 5}} pre-dose
0640 | [[NAME:Ianelli G]] | [[MRN:M-20931]] | {{dose:70 mg}} | re-titrating, see [[DATE:1/17]] note
0652 | [[NAME:King, Dakota]] | [[MRN:M-21060]] | HELD | smelled of EtOH, {{lab:BAC 0.06}} breathalyzer, recheck 0800
0810 | [[NAME:King, Dakota]] | | {{dose:70 mg}} | {{lab:BAC 0.00}}, dosed. d/w [[NAME:Albanese]], counseling referral

Pump calibration + bottle count at open 0550 by [[NAME:pat]] and [[NAME:hunter]], variance 0 mL. Close 1130, variance 0 mL.
""", summary="""
Saturday methadone dosing log run by [[NAME:Pat]] and [[NAME:Hunter]]; [[NAME:Dakota King]]'s dose was held for a positive breathalyzer and given at 0810 after a zero reading. [[NAME:Grace Ianelli]] continues re-titration at {{dose:70 mg}}.
"""),

    dict(style="va_telephone_triage", note="""
VA TELEPHONE CARE - RN TRIAGE   [[DATE:Sat 12/14]] 1915
Caller: [[NAME:Colleen Foley]] (wife) [[PHONE:(570) 555-0124]]   re: veteran [[NAME:FOLEY, EAMON P]], {{age:78}}   last4 [[SSN:3042]]

Wife states Mr. [[NAME:Foley]]'s {{eponym:Foley}} has drained nothing since ~1300, he is "crampy" low in the belly and restless.
No known fever. Chronic indwelling 16 Fr {{eponym:Foley}} for BPH w retention, last changed [[DATE:11/29]] by home health
(Bayada, RN [[NAME:Ostrowski]]). Drinking ok.
Walked her through: kinks, bag below bladder, tubing under his leg - fixed a kink, still no flow after 10 min.
Disposition: ED now for catheter exchange / bladder scan. Wife will drive; ambulance offered and declined.
Alerted VA ED charge RN [[NAME:Brigid]] x[[PHONE:4417]]. Message to PCP [[NAME:Grabowski]] for Mon.
[[NAME:K. Malloy]], RN
""", summary="""
[[NAME:Colleen Foley]] called because her husband [[NAME:Eamon Foley]]'s chronic {{eponym:Foley}} catheter had stopped draining with lower abdominal cramping. After troubleshooting failed, he was sent to the VA ED for catheter exchange.
"""),

    dict(style="va_ptsd_group_note", note="""
MENTAL HEALTH - COGNITIVE PROCESSING THERAPY (CPT) GROUP, SESSION 6 OF 12
Closed group, combat trauma. 6 of 8 Veterans present, 2 excused (work conflict, VA Dental appt).

Content: reviewed Challenging Beliefs Worksheets on the Safety theme; members identified stuck points about
hypervigilance in traffic and crowds. Socratic questioning modeled by facilitators; two members read impact statements.
Measures: PCL-5 completed by all present, range {{score:PCL-5 29}} to {{score:PCL-5 58}}, mean change -11 from baseline.
PHQ-9 range {{score:PHQ-9 6}}-{{score:PHQ-9 17}}. C-SSRS screener negative for all attendees.
Veterans Crisis Line (988, press 1) reviewed. Two members asked about {{drug:prazosin}} for nightmares; referred to their
Primary Care Mental Health Integration prescribers.
Homework: Trust module, Practice Assignment 7. Next session in one week.
Co-facilitated by PTSD Clinical Team psychologist and social worker.
""", summary="""
Group note for session 6 of a Cognitive Processing Therapy group for combat PTSD, with aggregate PCL-5 and PHQ-9 results and negative suicide screening. No individual veterans or staff are named.
"""),

    dict(style="ed_bridge_overdose_followup", note="""
BRIDGE CLINIC - POST-OVERDOSE F/U
[[NAME:Rabinowitz]], {{age:34}}, s/p fentanyl OD [[DATE:Sun 7/20]] at home in [[ADDRESS:lakewood]], revived by brother w {{drug:Narcan}} x2 + EMS.
Seen in ED, left AMA after 3 h. Here today [[DATE:7/23]] with peer [[NAME:Faith O'Hare]] and his wife [[NAME:Miriam]].
Uses ~10 bags/day, smokes + IV. Prior {{drug:Suboxone}} 2021 through Dr. [[NAME:Moskowitz]], stopped when he "felt fine."
{{score:COWS 14}} now (last use 30 h ago). {{vital:BP 138/90}} {{vital:HR 102}}. UDS fentanyl+, xylazine strip+.
Started {{drug:buprenorphine-naloxone}} {{dose:8 mg/2 mg}} in clinic, {{score:COWS 4}} at 1 h; Rx {{dose:16 mg}} daily x7d.
Wound on L forearm, 2 cm, xylazine-type, clean base: {{drug:Xeroform}}, dressing supplies.
Wants a faith-based program; [[NAME:Faith]] gave him the list and her cell [[PHONE:732-555-0106]]. Narcan x2 to wife.
RTC [[DATE:7/30]] with [[NAME:Feld]]. [[NAME:Shmuel Rabinowitz]] and [[NAME:Miriam]] agree. -[[NAME:yk]]
""", summary="""
[[NAME:Shmuel Rabinowitz]], {{age:34}}, came to Bridge Clinic three days after a fentanyl overdose and was started on {{drug:buprenorphine-naloxone}} in clinic with good response. Peer specialist [[NAME:Faith O'Hare]] is linking him to a faith-based program, and he returns [[DATE:7/30]].
"""),
]
