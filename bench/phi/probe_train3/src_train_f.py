NOTES = [
    dict(style="or_schedule", note="""
MAIN OR — DAILY SCHEDULE — [[DATE:Wednesday, December 3, 2025]] (printed 0545, subject to change)
OR 4 | Surgeon [[NAME:RAMACHANDRAN]] | Anes [[NAME:Hegde]] / CRNA [[NAME:PK]] | Circ [[NAME:SD]] | Scrub [[NAME:mt]]
  0730  [[NAME:BHOWMIK, TAPAS]]            {{age:57}}M  MRN [[MRN:6612098]]  lap R colectomy          ASA 3  PCN allergy
  1100  [[NAME:GREWAL, AMANDEEP K]]        {{age:34}}F  MRN [[MRN:6620451]]  lap chole                ASA 2
  1300  [[NAME:WICKRAMASINGHE, CHAMINDA]]  {{age:68}}M  MRN [[MRN:6598813]]  open ventral hernia/mesh ASA 3  {{drug:Plavix}} held x5d per [[NAME:Ramachandran]]
OR 7 | Surgeon [[NAME:Naik]] (ortho) | Anes [[NAME:Shetty]] | Circ [[NAME:JB]] | Scrub [[NAME:ls]]
  0730  [[NAME:TAMANG, LHAKPA]]            {{age:45}}M  MRN [[MRN:6621177]]  R TKA, tourniquet        ASA 2  {{drug:TXA}} {{dose:1 g}}
  1030  [[NAME:CHETTIAR, VALLI]]           [[AGE:90]]F  MRN [[MRN:6488030]]  L hip hemiarthroplasty   ASA 3  {{score:RCRI 2}}, DNR suspended for OR
  1400  ADD-ON: [[NAME:KAR, PRITAM]]       {{age:22}}M  MRN [[MRN:6621420]]  I&D R hand               ASA 1  NPO since 0600
OR 9 | Surgeon [[NAME:Sandhu]] (uro) | Anes [[NAME:Hegde]] | Circ [[NAME:SD]] | Scrub [[NAME:PT]]
  0800  [[NAME:PATEL, BHAVESH R]]          {{age:71}}M  MRN [[MRN:6603364]]  TURP                     ASA 3  on {{drug:Flomax}}
  0930  [[NAME:BHUIYAN, NURUL]]            {{age:63}}M  MRN [[MRN:6617702]]  cysto, L stent exchange  ASA 2
Turnover goal 25 min. Cancelled: OR 9 1130 case (pt ill). Desk x[[PHONE:3300]]. Board updated by [[NAME:or_sgoswami]].
""", summary="""
Main OR schedule for [[DATE:Wednesday, December 3, 2025]] across three rooms, with [[NAME:RAMACHANDRAN]] doing general surgery cases including a colectomy on [[NAME:BHOWMIK, TAPAS]] and [[NAME:Naik]] doing orthopedic cases including a hemiarthroplasty on [[NAME:CHETTIAR, VALLI]], [[AGE:90]]. An add-on hand I&D was booked for [[NAME:KAR, PRITAM]].
"""),

    dict(style="clinic_schedule", note="""
CARDIOLOGY CLINIC — Dr. [[NAME:Venkatesh]] — [[DATE:Thu 12/04/2025]] — Suite 300
Time | Patient | DOB | Visit | Reason | Notes
0800 | [[NAME:Kothari, Hansa]] | [[DATE:06/11/1952]] | F/U 20 | AF on {{drug:Eliquis}} | ECG on arrival
0820 | [[NAME:Hossain, Rafiq]] | [[DATE:10/02/1966]] | F/U 20 | HFrEF, EF 30% | {{lab:BNP}} drawn; on {{drug:Entresto}} {{dose:49/51 mg}} BID
0840 | [[NAME:Kurian, Jolly]] | [[DATE:01/29/1988]] | NEW 40 | murmur {{score:2/6}} SEM, referred by [[NAME:Abraham]] | Malayalam speaker, husband interprets
0920 | [[NAME:Ghale]] | [[DATE:08/17/1975]] | ECHO review | palpitations, Holter neg | —
1000 | [[NAME:Dutta, Prasenjit]] | [[DATE:03/05/1959]] | F/U 20 | NO SHOW — called [[PHONE:(516) 555-0177]], lvm x2 -[[NAME:rb]]
1020 | [[NAME:Brar, Lucky]] | [[DATE:12/30/1970]] | post-PCI | DES to LAD [[DATE:11/3]], {{drug:Brilinta}} {{dose:90 mg}} BID | lucky catch on stress test
1100 | [[NAME:Senanayake, Dilrukshi]] | [[DATE:05/23/1981]] | NEW 40 | syncope, {{vital:BP 92/58}} in ED | tilt table?
1140 | — held for add-on — (Dr. [[NAME:Venkatesh]] to fill) | | | |
Rooming: MA [[NAME:Gita]] rooms 1-3, vitals by [[NAME:LM]]; ECGs by [[NAME:tk]]. Checked in 0752 by [[NAME:front_rdas]].
""", summary="""
Cardiology clinic schedule for Dr. [[NAME:Venkatesh]] on [[DATE:Thu 12/04/2025]] with seven slots, including a post-PCI visit for [[NAME:Brar, Lucky]] on {{drug:Brilinta}} and a new syncope referral for [[NAME:Senanayake, Dilrukshi]]. [[NAME:Dutta, Prasenjit]] did not show.
"""),

    dict(style="oncall_roster", note="""
NEPHROLOGY ON-CALL — DECEMBER 2025 (wkday nights 1700-0700; wknd Fri 1700 - Mon 0700)
Dates | Attending | Fellow | Transplant back-up
[[DATE:12/1]]-[[DATE:12/4]] | [[NAME:Dissanayake]] | [[NAME:Mohan]] | [[NAME:Ratnayake]]
[[DATE:Fri 12/5]]-[[DATE:Mon 12/8]] | [[NAME:Gopalakrishnan]] | [[NAME:Farzana]] | [[NAME:Ratnayake]]
[[DATE:12/8]]-[[DATE:12/11]] | [[NAME:Chaudhari]] | [[NAME:Mohan]] | [[NAME:Herath]]
[[DATE:Fri 12/12]]-[[DATE:Mon 12/15]] | [[NAME:Dissanayake]] | [[NAME:Ritu]] | [[NAME:Herath]]
[[DATE:12/15]]-[[DATE:12/18]] | [[NAME:Gopalakrishnan]] | [[NAME:Farzana]] | [[NAME:Ratnayake]]
[[DATE:Fri 12/19]]-[[DATE:Mon 12/22]] | [[NAME:Chaudhari]] | [[NAME:Mohan]] <-> [[NAME:Farzana]] (swap approved [[NAME:KG]]) | [[NAME:Herath]]
Holiday [[DATE:12/24]]-[[DATE:12/26]]: [[NAME:Dissanayake]] / [[NAME:Ritu]]. New Year: TBD.
Pagers: [[NAME:Dissanayake]] [[PHONE:2207]], [[NAME:Gopalakrishnan]] [[PHONE:2214]], [[NAME:Chaudhari]] [[PHONE:2231]]; fellow phone [[PHONE:(914) 555-0102]].
Dialysis RN on call: [[NAME:Rose Cherian]] ([[PHONE:914-555-0138]]). If K rose overnight and pt on home HD, call RN first.
""", summary="""
December nephrology on-call roster listing attendings [[NAME:Dissanayake]], [[NAME:Gopalakrishnan]] and [[NAME:Chaudhari]] with fellows and transplant back-up, including a fellow swap for [[DATE:Fri 12/19]]. The dialysis nurse on call is [[NAME:Rose Cherian]].
"""),

    dict(style="team_list", note="""
MEDICINE TEAMS — BLOCK 6 ([[DATE:12/1]] – [[DATE:12/28]]) — updated by chief res [[NAME:Anjali]]
RED    att [[NAME:Sunita Bhandari]] | sr [[NAME:Prasad K.]] | int [[NAME:Nag]]? no — [[NAME:Nagarajan]], [[NAME:Shahnaz]] | MS3 [[NAME:Dev]] | pharm [[NAME:Rupal Mehta]]
BLUE   att [[NAME:Hope Abraham]] | sr [[NAME:Bains G]] | int [[NAME:Sai]], [[NAME:Moni]] | MS3 [[NAME:Aryan]], [[NAME:Meera]] | CM [[NAME:Tenzing]]
GREEN  att [[NAME:de Kretser]] | sr [[NAME:Thirumalai]] | int [[NAME:Roy]], [[NAME:Pun]] | SW [[NAME:Mumtaz]]
NIGHT  [[NAME:Karthikeyan]] (wks 1-2), [[NAME:Suresh Babu]] (wks 3-4)
Pagers: RED sr [[PHONE:5101]], BLUE sr [[PHONE:5102]], GREEN sr [[PHONE:5103]], night [[PHONE:5199]]
Email: [[EMAIL:kprasad@rivergatehealth.org]], [[EMAIL:g.bains@rivergatehealth.org]], [[EMAIL:athirumalai@rivergatehealth.org]]
Cap: 18 pts/team, 5 admits/intern/day. We hope no one hits cap before the holidays.
Green note: [[NAME:de Kretser]] away [[DATE:12/15]], cover by [[NAME:Bhandari]].
""", summary="""
Block 6 medicine team list with attendings [[NAME:Sunita Bhandari]], [[NAME:Hope Abraham]] and [[NAME:de Kretser]], their seniors, interns, students and support staff, plus pagers and e-mails. [[NAME:Bhandari]] covers Green on [[DATE:12/15]].
"""),

    dict(style="task_list", note="""
6N CHARGE RN TASKS — nights [[DATE:12/02]]
[x] 612 bed alarm broken — ticket in, biomed x[[PHONE:4180]] (fixed 2215 -[[NAME:ag]])
[x] crash cart check, new seal, log signed -[[NAME:pn]]
[x] staffing: [[NAME:Farhana]] floated to 5S at 0300; [[NAME:sb]] took her 3 pts
[x] 618 family ([[NAME:Bhattacharjee]]) wants call from MD — paged [[NAME:Menon]] 2340, he called back 0005
[ ] 604 vanc trough {{lab:22.4}} — dose held, pharm ([[NAME:Ganesh]]) to adjust
[ ] chase PT order for 609 OOB — [[NAME:JR]] says no until ortho clears
[ ] 611 {{eponym:Foley}} day 4 — ask team AM if it can come out
[ ] narc count w/ [[NAME:RK]] 0645
Handoff to day charge [[NAME:Deepa]] 0700. -[[NAME:ag]]
""", summary="""
Night charge nurse task list for 6N on [[DATE:12/02]], with completed equipment and staffing items and open tasks including a high {{drug:vancomycin}} trough and a {{eponym:Foley}} review. [[NAME:ag]] hands off to [[NAME:Deepa]] at 0700.
"""),

    dict(style="or_schedule", note="""
PERIOPERATIVE SERVICES — BLOCK UTILIZATION, NOVEMBER (all sites)
Service | Block hrs | Used | Util % | Released <72h | First-case on-time %
General | 412 | 351 | 85% | 3 | 78%
Ortho | 388 | 362 | 93% | 1 | 81%
Urology | 196 | 140 | 71% | 6 | 90%
Gyn Onc | 120 | 104 | 87% | 0 | 72%
Cardiac | 240 | 229 | 95% | 0 | 64%
Notes: {{eponym:da Vinci}} Xi room 11 down 3 days (arm 2 service). Cardiac first-case starts late mostly from {{eponym:Swan-Ganz}} placement in OR; pilot placing in pre-op.
Turnover median 31 min (goal 25). Stryker tower swap complete. Sterile processing delays: 14 trays, mostly ortho.
Committee: releases under 72h will count against next quarter's block. Next review after January data.
""", summary="""
November OR block utilization by service, with ortho and cardiac above 90% and urology at 71%, plus notes on {{eponym:da Vinci}} robot downtime and late cardiac starts. No patient or staff names appear.
"""),

    dict(style="or_schedule", note="""
ENDOSCOPY — [[DATE:12/05/2025]] — schedule
Rm 1 (Dr. [[NAME:Iyer]]) 0800 [[NAME:Sharma, Nirmala]] colo, screening | 0845 [[NAME:Uddin, Kamal]] EGD, dysphagia | 0930 [[NAME:Parekh]] colo, {{lab:FIT +}}
Rm 2 (Dr. [[NAME:Menon]]) 0800 [[NAME:Sekhar, Anitha]] ERCP, CBD stone ({{lab:Tbili 4.1}}) | 1000 [[NAME:Bajwa]] EUS pancreas
Rm 3 (Dr. [[NAME:Chakravarthy]]) 0830 [[NAME:Lama, Sonam]] EGD, varices banding | 0930 open
ADD-ON (phoned 1315, dictated by fellow, unedited):
"add on for room two after doctor [[NAME:minnen]] finishes patient is [[NAME:pillai]] [[NAME:P-I-L-L-A-I]] first name [[NAME:radha]] inpatient six north MRN [[MRN:S as in sugar zero zero four one eight]] indication melena {{lab:hemoglobin 7.2}} she got {{dose:two units}} already and is on a {{drug:Protonix}} drip, consent in chart, please call me at [[PHONE:four one seven seven]]"
Clarified: "doctor [[NAME:minnen]]" = Dr. [[NAME:Menon]]; MRN confirmed [[MRN:S00418]]. Booked Rm 2 1130 -[[NAME:hb]]
Anes: MAC rooms 1-2 ([[NAME:Nambiar]]); Rm 3 moderate sedation, RN [[NAME:Shiny]].
""", summary="""
Endoscopy schedule for [[DATE:12/05/2025]] across three rooms with an inpatient add-on, [[NAME:pillai]] [[NAME:radha]], phoned in for melena with {{lab:hemoglobin 7.2}} and booked with Dr. [[NAME:Menon]] at 1130. The dictated request misheard the doctor's name as "[[NAME:minnen]]".
"""),

    dict(style="clinic_schedule", note="""
OUTPATIENT HEMODIALYSIS — CHAIR SCHEDULE — MWF — eff [[DATE:12/01/25]]
Chair | 1st 0600 | 2nd 1100 | 3rd 1600
1 | [[NAME:Sherpa, Pemba]] | [[NAME:Jayawardena]] | [[NAME:Gurung, Man Bahadur]]
2 | [[NAME:Akhter, Rokeya]] | [[NAME:Solanki]] | [[NAME:Thomas, Baby]]
3 | [[NAME:Ponnusamy]] | OPEN | [[NAME:Mistry]]
4 (iso) | [[NAME:Hegde, Rekha]] (HBV+) | — | —
Notes:
- [[NAME:Pemba]] to [[ADDRESS:Kathmandu]] [[DATE:12/20]]–[[DATE:1/10]], transient HD arranged, records faxed to [[PHONE:+977 1 4412 308]] ([[NAME:nb]])
- ask [[NAME:man bahadur]] re fistula bruit; if weak -> access center [[PHONE:718-555-0150]]
- chair 2 3rd shift: [[NAME:Baby]] (Mr. [[NAME:Thomas]]) prefers the evening, wife drives from [[ADDRESS:floral park]]
- [[NAME:Mistry]] {{lab:K 6.0}} pre-HD last Fri, 2K bath -> 1K per [[NAME:Dissanayake]]; dietitian [[NAME:Nirupa]] to review
- the mystery alarm on chair 3 machine = conductivity; tech [[NAME:RP]] replaced sensor
""", summary="""
Monday-Wednesday-Friday hemodialysis chair schedule with notes on [[NAME:Sherpa, Pemba]]'s travel to [[ADDRESS:Kathmandu]], a fistula check for [[NAME:Gurung, Man Bahadur]] and a bath change for [[NAME:Mistry]] after {{lab:K 6.0}}. Chair 3 on the first shift has an opening.
"""),

    dict(style="oncall_roster", note="""
IM RESIDENCY — WEEKEND CALL — DEC
Date | Day short call | Long call | Night float | Backup (jeopardy)
[[DATE:Sat 12/6]] | [[NAME:Sunny Grewal]] | [[NAME:Happy Sidhu]] | [[NAME:Anusha]] | [[NAME:Tharindu]]
[[DATE:Sun 12/7]] | [[NAME:Lucky Dhaliwal]] | [[NAME:Mahesh]] | [[NAME:Anusha]] | [[NAME:Tharindu]]
[[DATE:Sat 12/13]] | [[NAME:Ishita]] | [[NAME:Sunny Grewal]] | [[NAME:Prabin]] | [[NAME:Kavya]]
[[DATE:Sun 12/14]] | [[NAME:Happy Sidhu]] | [[NAME:Ishita]] | [[NAME:Prabin]] | [[NAME:Kavya]]
[[DATE:Sat 12/20]] | [[NAME:Mahesh]] | [[NAME:Lucky Dhaliwal]] | [[NAME:Nusrat]] | [[NAME:Sunny Grewal]]
Comments:
- happy to swap [[DATE:12/13]] with anyone — [[NAME:sunny]]
- [[NAME:lucky]] and [[NAME:happy]] both asked for [[DATE:12/25]] off; you're lucky if either gets it, chief decides -[[NAME:AK]]
- jeopardy pulled 0 times so far this year
Questions: [[EMAIL:imchiefs@rivergatehealth.org]] or [[NAME:Aparna]] [[PHONE:(609) 555-0141]]
""", summary="""
December weekend call schedule for the internal medicine residency listing short call, long call, night float and jeopardy by date, with residents such as [[NAME:Sunny Grewal]], [[NAME:Happy Sidhu]] and [[NAME:Lucky Dhaliwal]]. Swap and holiday requests are noted by [[NAME:sunny]] and [[NAME:AK]].
"""),

    dict(style="clinic_schedule", note="""
SURGICAL ONCOLOGY CLINIC — [[NAME:Balasubramanian]] — [[DATE:12/08/2025]] AM
0830  [[NAME:Chatterjee, Moumita]]   post-op 2 wk, mastectomy, drain check ({{eponym:Jackson-Pratt}})
0850  [[NAME:Gunasekara]]            NEW — pancreatic mass, CA 19-9 {{lab:412}}, CT outside
0930  [[NAME:Rana, Bhupinder S]]     surveillance, CEA {{lab:2.1}}
0950  CX — [[NAME:Lal, Shanti]] (pt called, moved to [[DATE:12/15]])
1010  [[NAME:D'Cruz, Anselm]]        melanoma wide excision f/u, SLNB neg
1030  [[NAME:Biswas]]                NEW — gastric ca, {{score:ECOG 1}}
Audit:
[[DATE:12/05]] 14:22 appt 0950 cancelled by [[NAME:ssubramanian]] (reason: pt request)
[[DATE:12/05]] 14:25 appt [[DATE:12/15]] 0910 booked by [[NAME:ssubramanian]]
[[DATE:12/06]] 09:01 0850 slot lengthened to 40 min by [[NAME:mgunawardena]]
[[DATE:12/06]] 09:40 note added by ([[NAME:dkhadka]]): "outside CT disc not received, called [[PHONE:(631) 555-0164]]"
""", summary="""
Surgical oncology clinic for [[NAME:Balasubramanian]] on [[DATE:12/08/2025]] with new pancreatic and gastric cancer consults for [[NAME:Gunasekara]] and [[NAME:Biswas]]; [[NAME:Lal, Shanti]] was moved to [[DATE:12/15]]. The audit log shows edits by [[NAME:ssubramanian]], [[NAME:mgunawardena]] and [[NAME:dkhadka]].
"""),

    dict(style="oncall_roster", note="""
TRANSPLANT SURGERY / COORDINATOR ON-CALL — wk of [[DATE:8 Dec 2025]]
Role | Mon-Wed | Thu-Sun | Contact
Surgeon | [[NAME:Karunaratne]] | [[NAME:Iyer-Menon]] | via operator
Coordinator | [[NAME:Lakshmi Raghavan]] | [[NAME:Nuwan]] | [[PHONE:212-555-0187]] / [[PHONE:212-555-0189]]
Procurement | [[NAME:Rahul Deshmukh]] | [[NAME:Rahul Deshmukh]] | [[EMAIL:rdeshmukh@rivergatehealth.org]]
HLA lab | [[NAME:Chandrika]] x[[PHONE:6634]] | [[NAME:Chandrika]] | —
Away: [[NAME:Karunaratne]] in [[ADDRESS:Colombo]] for conference [[DATE:Dec 11]]–[[DATE:Dec 14]], reachable [[PHONE:+94 77 318 4402]] (WhatsApp). [[NAME:Iyer-Menon]] covers.
Living donor team: [[NAME:Sabitha]] (RN) + SW [[NAME:Rezaul]]; donor work-up for recipient [[NAME:Majumdar]] on hold — donor (brother, in [[ADDRESS:Dhaka]]) reachable [[PHONE:+880 1712 448 903]].
Reminder: UNOS offers by phone go to the coordinator, not the fellow.
""", summary="""
Transplant on-call roster for the week of [[DATE:8 Dec 2025]], with [[NAME:Iyer-Menon]] covering while [[NAME:Karunaratne]] is away and coordinators [[NAME:Lakshmi Raghavan]] and [[NAME:Nuwan]]. A living-donor work-up for [[NAME:Majumdar]] is on hold pending the donor in [[ADDRESS:Dhaka]].
"""),

    dict(style="team_list", note="""
ANESTHESIA DAILY ASSIGNMENTS — [[DATE:Tues 12/9]]
Rm | Anesthesiologist | CRNA/Res | Surgeon
1 | [[NAME:Natarajan]] | [[NAME:PR]] | [[NAME:Chatterjee]]
2 | [[NAME:Natarajan]] | [[NAME:jl]] | [[NAME:Narayan]]
3 | [[NAME:Kulkarni, S]] | res [[NAME:Bishnu]] | [[NAME:Wijeratne]]
4 | [[NAME:Kulkarni, S]] | [[NAME:DM]] | [[NAME:Rao]]
OB | [[NAME:Pandya]] | — | —
Pain/blocks | [[NAME:Siva]] | | 
Call: 1st [[NAME:Pandya]], 2nd [[NAME:Natarajan]], home call [[NAME:Ekanayake]] ([[PHONE:347-555-0112]])
Notes: Rm 4 pt w/ DM and {{lab:A1c 10.4}} — [[NAME:DM]] aware, check {{lab:BG}} pre-induction. Rm 3 pt on {{drug:Ozempic}}, last dose [[DATE:12/2]], full stomach precautions.
Late-start relief: [[NAME:Siva]] relieves [[NAME:DM]] 1500. Board edited by [[NAME:anes_pkulkarni]] 0610.
""", summary="""
Anesthesia assignments for [[DATE:Tues 12/9]] covering four ORs, OB and blocks, with [[NAME:Pandya]] first call and [[NAME:Ekanayake]] on home call. A diabetic patient in room 4 and an {{drug:Ozempic}} patient in room 3 are flagged.
"""),

    dict(style="task_list", note="""
REHAB — PT/OT CASELOAD — 7 South — today
Pt | Rm | Disc | Priority | Therapist | Status
[[NAME:Ranganathan]] | 701 | PT | 1 (d/c today) | [[NAME:sd]] | stairs x12 w/ rail, cleared for home
[[NAME:Akhtaruzzaman]] | 703 | PT/OT | 2 | [[NAME:sd]] / [[NAME:rk]] | {{score:AM-PAC 14}}, SNF recs
[[NAME:Mahato, Sarita]] | 705 | OT | 2 | [[NAME:rk]] | ADLs min A, R hemiparesis, {{score:MRC 3/5}} RUE
[[NAME:Dhaliwal]] | 709 | PT | 3 | [[NAME:PT]] | refused x2, retry after lunch
[[NAME:Srinivasan, K.]] | 712 | PT | 1 | [[NAME:sd]] | POD1 TKA, {{score:pain 7/10}}, premedicate w/ {{drug:oxycodone}} {{dose:5 mg}} 30 min prior
[[NAME:Ghimire]] | 714 | OT | 3 | — | not seen, HD chair until 1400
PT = [[NAME:Priya Thomas]] (per diem). Productivity: [[NAME:sd]] 7 visits, [[NAME:rk]] 5. Missed visits entered by [[NAME:rk]].
""", summary="""
Seven South PT/OT caseload listing six patients by priority, including [[NAME:Ranganathan]] cleared for home and [[NAME:Srinivasan, K.]] on post-op day 1 after a knee replacement with {{score:pain 7/10}}. [[NAME:Dhaliwal]] refused therapy twice.
"""),

    dict(style="clinic_schedule", note="""
PEDIATRICS — WELL CHILD / NEWBORN — [[DATE:12/10/2025]] — [[NAME:Perera]] (NP) & Dr. [[NAME:Bandara]]
0900 | Baby Boy [[NAME:Ramdin]] | 3 d | newborn f/u, {{lab:TcB 12.8}} | mom [[NAME:Savitri]], dad [[NAME:Ravi]]
0920 | [[NAME:Aarav Doshi]] | 2 mo | WCC + vaccines
0940 | [[NAME:Zara Begum]] | 9 mo | WCC, lead + {{lab:Hgb}} | Bangla interp [[NAME:Shapla]] x[[PHONE:2217]]
1000 | [[NAME:Kabir Ramdin]] (sib) | 4 y | WCC | records from Netherlands: BMR vaccin gegeven [[DATE:2 juni 2025]], DKTP [[DATE:14 januari 2025]]
1020 | [[NAME:Tenzin Lhamo]] | 15 mo | WCC | {{score:M-CHAT}} due at 18 mo
1040 | SICK — [[NAME:Arjun Nair]] | 6 y | fever x3d, {{vital:T 39.2}} at home
Notes: [[NAME:Ramdin]] family moved from [[ADDRESS:Den Haag]] in Oct; Surinamese Hindustani, mom prefers Dutch. Translate vaccine card before entering (VFC stock for catch-up). -[[NAME:bp]]
""", summary="""
Pediatric clinic schedule for [[DATE:12/10/2025]] with newborn, well-child and sick visits, including Baby Boy [[NAME:Ramdin]] with {{lab:TcB 12.8}} and his brother [[NAME:Kabir Ramdin]] whose Dutch vaccine record lists MMR on [[DATE:2 juni 2025]]. Interpreter [[NAME:Shapla]] is booked for [[NAME:Zara Begum]].
"""),

    dict(style="or_schedule", note="""
CATH / EP LAB — [[DATE:12-11-2025]]
Lab 1 — Dr. [[NAME:Farida Doctor]]
  0730 [[NAME:ENGINEER, RUSTOM]] {{age:66}}M — L/R heart cath, {{eponym:Swan-Ganz}} numbers for TAVR work-up (severe AS, {{lab:AVA 0.7}}). Retired engineer, hard of hearing.
  0930 [[NAME:MERCHANT, SHIRIN]] {{age:59}}F — cath, abnl stress; 6F {{eponym:Judkins}} JL4/JR4; {{lab:Cr 1.4}}, limit contrast
  1130 [[NAME:Mehta, Nilesh]] {{age:48}}F?? -> M (check ID band) — staged PCI RCA
Lab 2 — Dr. [[NAME:Wadia]]
  0800 [[NAME:Sidhu, Amrit]] {{age:72}}M — PPM gen change, {{drug:Eliquis}} held 48h
  1000 [[NAME:Ranasinghe]] {{age:61}}F — AF ablation, TEE first ([[NAME:Doctor]] reading)
  1300 [[NAME:Bhatt]] {{age:80}}M — TAVR, {{score:STS 4.2%}}
Holding RN: [[NAME:vj]]; pre-procedure labs all back except [[NAME:Mehta]] (INR pending).
""", summary="""
Cath and EP lab schedule for [[DATE:12-11-2025]] with Dr. [[NAME:Farida Doctor]] and Dr. [[NAME:Wadia]], including a TAVR work-up cath for [[NAME:ENGINEER, RUSTOM]] with severe aortic stenosis and an ablation for [[NAME:Ranasinghe]]. A sex discrepancy on [[NAME:Mehta, Nilesh]]'s booking needs checking.
"""),

    dict(style="clinic_schedule", note="""
UROLOGY CLINIC — TEMPLATE (effective Jan, Tues/Thurs)
AM session 0800-1200
  0800-0900  NEW x3 (40 min) — priority: hematuria, elevated PSA, stones with {{lab:Cr >1.5}}
  0900-1030  F/U x6 (15 min)
  1030-1200  PROCEDURE: cysto x3 (flex), {{eponym:Foley}} teaching x1, PVR/uroflow walk-ins
PM session 1300-1700
  1300-1400  post-op (2 wk) x4 — TURP, ureteroscopy, GreenLight laser
  1400-1600  prostate biopsy x2 (MRI-fusion), prep: {{drug:Cipro}} {{dose:500 mg}}, hold {{drug:aspirin}} per surgeon
  1600-1700  tele-visit / results block
Rules: no double-book of NEW. BPH pts need {{score:IPSS}} on tablet at check-in. {{score:SHIM}} for post-prostatectomy.
""", summary="""
A urology clinic template setting slot lengths and types for morning and afternoon sessions, including new-patient, cystoscopy and biopsy blocks with {{drug:Cipro}} prep. It lists no patients or staff.
"""),

    dict(style="oncall_roster", note="""
DUTY ROSTER — Dept of Medicine — Dhulikhel Hospital (Mangsir 2082)
Date (BS / AD) | Day (0800-1700) | Night (1700-0800) | Consultant on call
[[DATE:Mangsir 15]] / [[DATE:01/12/2025]] | Dr. [[NAME:Shrestha S.]] | Dr. [[NAME:KC]] | Dr. [[NAME:Bhattarai]]
[[DATE:Mangsir 16]] / [[DATE:02/12/2025]] | Dr. [[NAME:Maharjan]] | Dr. [[NAME:Shrestha S.]] | Dr. [[NAME:Bhattarai]]
[[DATE:Mangsir 17]] / [[DATE:03/12/2025]] | Dr. [[NAME:KC]] | Dr. [[NAME:Tamang D.]] | Dr. [[NAME:Poudel]]
[[DATE:Mangsir 18]] / [[DATE:04/12/2025]] | Dr. [[NAME:Tamang D.]] | Dr. [[NAME:Maharjan]] | Dr. [[NAME:Poudel]]
[[DATE:Mangsir 19]] / [[DATE:05/12/2025]] (Friday, half day) | Dr. [[NAME:Rai]] | Dr. [[NAME:Shrestha S.]] | Dr. [[NAME:Adhikari]]
Nursing in-charge: Sister [[NAME:Gyanu]]. Ward boys rota on notice board.
Note: Dr. [[NAME:KC]] (not "kc" = potassium chloride!) on leave [[DATE:Mangsir 20]] to [[DATE:Mangsir 22]] for wedding in [[ADDRESS:Pokhara]]; swap with Dr. [[NAME:Rai]] approved by HOD.
Contact HOD office [[PHONE:011-490497]]; emergency [[PHONE:9841 203 557]].
""", summary="""
Medicine duty roster from Dhulikhel Hospital for Mangsir 2082 with Bikram Sambat and day-first Gregorian dates, listing day, night and consultant cover. Dr. [[NAME:KC]] is on leave from [[DATE:Mangsir 20]] and swaps with Dr. [[NAME:Rai]].
"""),

    dict(style="clinic_schedule", note="""
SCHEDULING WORKLIST — Endocrine — portal requests ([[NAME:queue_ntalukder]])
1. [[NAME:Kaur, Sukhwinder]] — msg: "sat sri akal doctor ji, I am in [[ADDRESS:Latina]] Italy with my daughter until [[DATE:15 maggio]], cannot come [[DATE:April 22]], please move after I return. my sugar is ok, {{lab:fasting 130}}" -> offered [[DATE:5/27]] 1040, accepted.
2. [[NAME:Fernandes, Gracy]] — "hola, I am in [[ADDRESS:Vigo]], appointment from [[DATE:12 de marzo de 2025]] I missed, can I get new one? thank u" -> overdue {{lab:A1c}}, booked lab first [[DATE:12/16]]
3. [[NAME:Subba]] — son [[NAME:Bikash]] writes: "my father's {{drug:Synthroid}} {{dose:88 mcg}} is finished, and appointment is far" -> routed to RN ([[NAME:MJ]]) for refill, appt kept
4. [[NAME:rupa chowdhury]] — "can i come thursday instead? same time ok" -> moved Tue->Thu [[DATE:12/18]] 0920
5. [[NAME:Anand]] — pt lives in [[ADDRESS:Anand]], Gujarat for winter, requests video visit -> not licensed for out-of-country video; told to call [[PHONE:+1 (201) 555-0170]]
Worked by [[NAME:ntalukder]] 11:05; reviewed [[NAME:DS]].
""", summary="""
Endocrine scheduling worklist of five portal requests, including [[NAME:Kaur, Sukhwinder]] in [[ADDRESS:Latina]] until [[DATE:15 maggio]] and [[NAME:Fernandes, Gracy]] who missed a visit on [[DATE:12 de marzo de 2025]]. The queue was worked by [[NAME:ntalukder]].
"""),

    dict(style="task_list", note="""
PRE-ADMISSION TESTING — DAILY NURSE TASK LIST (standing)
[ ] Call-backs for abnormal labs: {{lab:K <3.3 or >5.5}}, {{lab:Hgb <10}}, {{lab:INR >1.4}}, {{lab:A1c >9}} -> notify anesthesia
[ ] ECG over-read: new LBBB, {{lab:QTc >500}}, AF with RVR -> same-day anesthesia review
[ ] Anticoag holds confirmed: {{drug:Eliquis}}/{{drug:Xarelto}} 48h, {{drug:Coumadin}} 5d w/ INR day before, {{drug:Plavix}} 5-7d per surgeon
[ ] GLP-1 RA: weekly {{drug:Ozempic}}/{{drug:Mounjaro}} held 7d; daily held day of
[ ] {{score:STOP-BANG}} ≥5 -> OSA pathway
[ ] {{drug:Hibiclens}} wash instructions x2
[ ] Pregnancy test sent for anyone 12-55 with a uterus
[ ] Fax H&Ps missing >72h to scheduler
""", summary="""
A standing daily task list for pre-admission testing nurses covering abnormal lab call-backs, ECG over-reads, anticoagulant and GLP-1 agonist holds, {{score:STOP-BANG}} screening and skin prep. It contains no patient information.
"""),

    dict(style="task_list", note="""
WKND TO-DO — 9W (team Blue) — sat
- 901 [[NAME:Guha]]: repeat {{lab:Na 126}} at 1400; fluid restrict 1.2L. [[NAME:Kulkarni]] aware
- 904 [[NAME:Khadka]]: PICC placement — IR said tomorrow. [[NAME:JR]] says no to midline.  -> [[NAME:JR]] = [[NAME:Jyoti Rao]] (IR PA), not our [[NAME:JR]]
- 907 [[NAME:Mondal, Biplab]]: d/c home once {{drug:Lasix}} PO works, wt goal <72 kg. scripts to Walgreens on [[ADDRESS:Cedar Ln]]? -> NO, pt wants CVS [[ADDRESS:Ozone Park]]
- 910 [[NAME:pat]] ([[NAME:Patricia D'Souza]]): family mtg 1500 w/ daughters [[NAME:Lavina]] & [[NAME:Melissa]], pall care Fr. [[NAME:Joe]]?? — no, chaplain [[NAME:Joseph]]
- 912 [[NAME:Sarkar]]: {{lab:trop 0.08}} -> flat x2, cards ([[NAME:Bose]]) signed off. pat on back to intern for catching it
- f/u all AM cultures; update list by 1700. ~[[NAME:hk]] / [[NAME:SN]]
""", summary="""
Saturday to-do list for team Blue on 9W covering five patients, including hyponatremia in [[NAME:Guha]], a PICC question for [[NAME:Khadka]] and a family meeting for [[NAME:Patricia D'Souza]] with her daughters. [[NAME:Mondal, Biplab]] may go home once oral {{drug:Lasix}} works.
"""),
]
