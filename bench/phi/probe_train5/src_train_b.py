# Hand-written training notes, part B: forensic nurse (SANE) exams, jail and detention health, police and
# security incident notes, subpoenas and records requests.
# Every person, number, date, phone, email and street is invented.

NOTES = [
    dict(style="sane_exam", note="""
SANE / FORENSIC MEDICAL EXAMINATION - ADULT
Pt: [[NAME:ĐỖ THỊ THU HẰNG]] ([[NAME:DO THI THU HANG]] per ID; prefers "[[NAME:Hằng]]")   MRN [[MRN:4412907]]   Kit # [[MRN:SAK-25-0192]]
Exam [[DATE:Sun 4/6/2025]] 0215-0440. Assault reported approx 2230 on [[DATE:4/5]].
Present: SANE [[NAME:Grace Lim]], RN; advocate [[NAME:hope]] from the crisis center at bedside w/ pt consent; Vietnamese interpreter
[[NAME:Vo]] (ID [[MRN:30417]]) by phone.
Hx (pt's words via interp): man she knew from work as "[[NAME:Tuấn]]" ([[NAME:Tuan]] on his phone) drove her home, strangled her
with his hands once "for maybe ten seconds," and assaulted her. No LOC. Hoarse voice, painful swallowing. Pt states she hopes
to go to work Monday. Do not contact employer per pt.
VS: {{vital:BP 134/82}}, {{vital:HR 104}}, {{vital:RR 18}}, {{vital:SpO2 98%}}, {{score:pain 6/10}}.
Exam: petechiae above R clavicle and in L conjunctiva; 3 x 1 cm linear abrasion L neck; no stridor. {{eponym:Wood}} lamp negative.
Genital exam with consent: small superficial abrasion, photographed (12 images).
Meds: {{drug:ceftriaxone}} {{dose:500 mg}} IM, {{drug:doxycycline}} {{dose:100 mg}} po BID x7d, {{drug:metronidazole}} {{dose:2 g}} po,
{{drug:levonorgestrel}} {{dose:1.5 mg}} po, {{drug:Biktarvy}} 1 tab daily x28d (nPEP). {{lab:urine hCG neg}}. CTA neck ordered for strangulation.
LE: [[ADDRESS:Garden Grove]] PD, Det. [[NAME:K. Mason]], badge [[MRN:1183]]; kit released to [[NAME:mason]] 0455, chain of custody signed.
F/u FNE clinic [[DATE:April 8]] for day-2 photos; pt may call [[PHONE:714-555-0126]].
[[NAME:G. Lim]] RN SANE-A / [[NAME:gl]]
""", summary="""
SANE [[NAME:Grace Lim]] examined [[NAME:Đỗ Thị Thu Hằng]] on [[DATE:Sun 4/6/2025]] after strangulation and sexual assault by an acquaintance, documenting petechiae and a neck abrasion and giving STI prophylaxis, emergency contraception and nPEP. Kit [[MRN:SAK-25-0192]] went to Det. [[NAME:Mason]].
"""),

    dict(style="jail_receiving_screening", note="""
COUNTY JAIL MEDICAL - RECEIVING SCREENING
Inmate: [[NAME:VANG, TOU K]]   aka [[NAME:Tommy Vang]], [[NAME:Tou Vaj]]   Booking # [[MRN:B25-004471]]   SO# [[MRN:218835]]
DOB [[DATE:12/22/1989]] ({{age:35}})   Arrived [[DATE:2025-02-08]] 0140 via [[ADDRESS:Wausau]] PD, arresting ofc [[NAME:Rivers]] #[[MRN:331]]
Screened by [[NAME:kr]], LPN.  Language: English/Hmong, no interpreter needed.
Meds: "metformin and the blue one" -> {{drug:metformin}} {{dose:1000 mg}} BID and {{drug:losartan}} {{dose:50 mg}} daily, verified w/ pharmacist
[[NAME:Ed]] at Walgreens [[PHONE:715-555-0166]].
tb sx: denies cough >3 wk, night sweats, wt loss. PPD placed L forearm, read due [[DATE:2/10]].
EtOH: last drink 2300, "a 12-pack." {{score:CIWA-Ar 6}}, {{vital:hr 96}}, {{vital:bp 144/92}}, {{vital:T 98.9}}, {{lab:BG 201}}.
SI screen: denies; hx attempt 2019. {{score:C-SSRS screen negative}}.
Wife [[NAME:Nou]] brought meds to lobby [[DATE:2/8]] 1000, rec'd by Ofc. [[NAME:Green]]; blister packs sealed, to med room.
Housing: medical clearance for general population with CIWA q4h x72h.
| Check | Time | Score | Init |
| CIWA  | 0200 | 6     | [[NAME:kr]]   |
| CIWA  | 0600 | 9     | [[NAME:kr]]   |
| CIWA  | 1000 | 12    | [[NAME:TB]]   |
1000: {{score:CIWA-Ar 12}} -> {{drug:chlordiazepoxide}} {{dose:50 mg}} po per protocol, {{drug:thiamine}} {{dose:100 mg}} po. NP [[NAME:Summer]] notified. -[[NAME:TB]]
""", summary="""
Receiving screen for [[NAME:Tou K. Vang]] (Booking [[MRN:B25-004471]]) on [[DATE:2025-02-08]] found diabetes, hypertension and alcohol withdrawal rising to {{score:CIWA-Ar 12}}, treated with {{drug:chlordiazepoxide}}. PPD placed; meds verified with pharmacist [[NAME:Ed]].
"""),

    dict(style="hospital_security_incident", note="""
SECURITY INCIDENT REPORT            Incident # [[MRN:SEC-2025-0311]]
Date/time: [[DATE:03/11/2025]] 2214       Location: Emergency Dept, Pod C, Rm 14
Reporting officer: [[NAME:Rusty Hale]] (badge [[MRN:S-207]])
Subject: patient [[NAME:CHHAY, SUNNY]] (MRN [[MRN:00913382]]), approx {{age:40}} yo M

At 2209 charge RN [[NAME:dawn]] called Code Grey overhead. On arrival pt standing in doorway swinging IV pole, yelling in
Khmer and English. Ofc [[NAME:Brown]] and I attempted verbal de-escalation for approx 4 min. Pt threw a cup of ice at tech [[NAME:Jo]].
At 2216 Dr. [[NAME:Sisouphanh]] ordered 4-point restraints; {{drug:Haldol}} {{dose:5 mg}} / {{drug:Ativan}} {{dose:2 mg}} / {{drug:Benadryl}} {{dose:50 mg}} IM given
by RN [[NAME:May]] at 2219. Restraints applied 2218 by security x4 with nursing; no strikes, no injuries to pt.
No staff injury; [[NAME:Jo]] declined Employee Health eval. Pt's brother [[NAME:Rithy]] arrived 2250, states [[NAME:Sunny]] off meds since
[[DATE:Mar 2]] and "sees the soldiers again." Brother asked to sit with pt; approved by [[NAME:dawn]].
Restraints released 0105 per [[NAME:May]] after pt calm and sleeping ({{vital:HR 84}}, {{vital:SpO2 97%}}).
[[NAME:Brown]] to write supplemental. Supervisor [[NAME:King]] notified 2230.
[[NAME:R. Hale]] #[[MRN:S-207]]   rev [[NAME:DK]]
""", summary="""
Security officer [[NAME:Rusty Hale]] reports a Code Grey on [[DATE:03/11/2025]] in which patient [[NAME:Sunny Chhay]] swung an IV pole and was restrained after IM {{drug:Haldol}}/{{drug:Ativan}}/{{drug:Benadryl}}. No injuries; restraints released at 0105.
"""),

    dict(style="subpoena_duces_tecum", note="""
SUPERIOR COURT OF WASHINGTON FOR [[ADDRESS:KING]] COUNTY
STATE OF WASHINGTON, Plaintiff,
v.
[[NAME:SAMBATH KEO]] a/k/a [[NAME:SAM KEO]], a/k/a [[NAME:KEO SAMBATH]], Defendant.          No. [[MRN:24-1-05518-2 SEA]]
SUBPOENA DUCES TECUM

TO: Custodian of Records, Harborview Medical Center, Health Information Management (fax [[PHONE:206-555-0188]])
YOU ARE COMMANDED to produce all records for [[NAME:Sambath Keo]], DOB [[DATE:06/17/1991]], relating to the emergency visit of
[[DATE:August 30, 2024]] (FIN [[MRN:300194772]]), including triage and nursing notes, photographs, toxicology, CT head, and
discharge instructions, on or before [[DATE:February 18, 2025]] at 9:00 a.m. at the office of the undersigned.
Issued at the request of the defendant.
Attorney: [[NAME:Lincoln Price]], WSBA #[[MRN:48812]], [[ADDRESS:1200 Fifth Ave, Suite 700]], [[ADDRESS:Seattle]], WA [[ADDRESS:98101]];
[[PHONE:(206) 555-0161]]; [[EMAIL:lprice@pricedefense.com]]
Dated [[DATE:January 27, 2025]].                                   /s/ [[NAME:Lincoln Price]]
-----
HIM intake: rec'd [[DATE:1/29/25]] [[NAME:jw]]; ROI # [[MRN:ROI-88213]]; routed to [[NAME:Page]] for legal review.
[[NAME:Page]] to confirm whether 42 CFR Part 2 records are sought: page 2 of the subpoena lists SUD treatment.
""", summary="""
Defense attorney [[NAME:Lincoln Price]] subpoenaed records of [[NAME:Sambath Keo]]'s [[DATE:August 30, 2024]] emergency visit, due [[DATE:February 18, 2025]]. HIM logged it as ROI [[MRN:ROI-88213]] and sent it to [[NAME:Page]] for Part 2 review.
"""),

    dict(style="records_authorization", note="""
AUTHORIZATION FOR USE AND DISCLOSURE OF PROTECTED HEALTH INFORMATION
Patient name: [[NAME:LUONG, APRIL T]]      Former name(s): [[NAME:April Thuy White]]; [[NAME:Lương Thị Thủy]]
DOB: [[DATE:1984-04-02]]    MRN: [[MRN:E1183302]]    Last 4 SSN: [[SSN:6619]]
Address: [[ADDRESS:77 Pleasant Ridge Dr]], [[ADDRESS:Lowell]], MA [[ADDRESS:01852]]    Phone: [[PHONE:978-555-0103]]
Release FROM: Riverbend Community Health Center, Health Information Management
Release TO: [[NAME:Justice Bishop]], Esq., [[PHONE:617-555-0150]], [[EMAIL:jbishop@bishoplawgroup.net]]
Information: SANE examination, ED and follow-up records from April 2023 ([[DATE:4/14/2023]] through [[DATE:4/30/2023]]), photographs,
lab results. Includes HIV test results: YES ([[NAME:ATL]])   Includes mental health notes: NO ([[NAME:ATL]])
Purpose: civil litigation, [[NAME:Luong]] v. [[NAME:White, Dustin R.]]
Expires: [[DATE:April 30, 2026]]
Signature: [[NAME:April Luong]]     Date: [[DATE:2/3/25]]
--- ROI log ---
rec'd [[DATE:02/05/2025]] [[NAME:ml]]; ID verified (photo). 42 pages + 18 images sent [[DATE:2/11]] by secure email.
CBC with white count and {{lab:HIV Ag/Ab nonreactive}} included per initialed line. Fee waived per [[NAME:Mercy]] (ROI lead).
""", summary="""
[[NAME:April Luong]] (formerly [[NAME:April Thuy White]]) authorized release of her April 2023 SANE and ED records, including HIV results, to attorney [[NAME:Justice Bishop]]. Records were sent [[DATE:2/11]].
"""),

    dict(style="jail_sick_call", note="""
SICK CALL - NURSING ASSESSMENT (dental complaint)
S: "My tooth is killing me." Lower L molar pain x4 days, worse with cold and chewing, {{score:pain 8/10}}. Denies fever,
trismus, difficulty swallowing, or facial swelling. Last dental care "years ago."
O: {{vital:T 99.1}}, {{vital:BP 128/80}}, {{vital:HR 84}}, {{vital:SpO2 99%}}. Tooth #19 with large carious lesion, mild gingival
swelling, no fluctuance. Floor of mouth soft, no {{eponym:Ludwig}} angina signs. No lymphadenopathy.
A: Dental pain, probable irreversible pulpitis.
P: Per dental protocol: {{drug:ibuprofen}} {{dose:600 mg}} po TID x5d with food; {{drug:acetaminophen}} {{dose:650 mg}} po q6h prn;
{{drug:amoxicillin}} {{dose:500 mg}} po TID x7d per NP telephone order. Dental list for next clinic day.
Education via Language Line (Khmer): return to sick call for swelling, fever, trouble swallowing or opening mouth.
KOP meds: no (med pass). Medical hold: no. Work assignment: kitchen restriction x48h.
""", summary="""
Sick call for a lower left molar with probable irreversible pulpitis ({{score:pain 8/10}}), no signs of {{eponym:Ludwig}} angina. Treated per protocol with {{drug:ibuprofen}}, {{drug:acetaminophen}} and {{drug:amoxicillin}} and placed on the dental list.
"""),

    dict(style="fne_followup_call", note="""
fne f/u call - day 3 ([[DATE:4/9]])
1310 called pt at # on file, no answer; left generic vm per safety plan (no agency name).
1320 called alt contact sister [[NAME:may]] [[PHONE:916-555-0159]] per pt's consent form - [[NAME:may]] says pt is staying w/ her in
[[ADDRESS:Elk Grove]] and may come in tomorrow for photo f/u.
1540 pt [[NAME:Kunthea]] called back. tol {{drug:doxy}} ok. n/v after {{drug:Biktarvy}} x2 days, advised take w/ food; {{drug:Zofran}} {{dose:4 mg}}
ODT rx sent to CVS. denies fever, new bleeding. bruising R arm "more purple." sleeping 3-4 h/night, nightmares.
reviewed HIV f/u testing at 6 wk and 3 mo; {{lab:RPR}} and hep panel at 6 wk.
pt asks if det [[NAME:bishop]] has kit results - told lab turnaround ~8-12 wk, will ask [[NAME:bishop]] to call her.
referred to counselor [[NAME:Faith]] at the advocacy center ([[PHONE:916-555-0100]]); pt agreeable.
rtc [[DATE:Fri 4/11]] 1000 for day-5 photos w/ [[NAME:hl]]. pt states she will bring [[NAME:May]] for support.
[[NAME:H. Lor]], RN (FNE)
""", summary="""
FNE [[NAME:H. Lor]] reached [[NAME:Kunthea]] on day 3: nausea on {{drug:Biktarvy}} (sent {{drug:Zofran}}), worsening bruising, and nightmares, with a counseling referral to [[NAME:Faith]]. Photo follow-up set for [[DATE:Fri 4/11]].
"""),

    dict(style="jail_mar", note="""
MEDICATION ADMINISTRATION RECORD - Housing 3 North          Week of [[DATE:2/17/25]]
Inmate [[NAME:LY, MINH KHOA]] / [[NAME:Lý Minh Khoa]]    Booking [[MRN:2025-000873]]    Allergy: {{drug:PCN}} (hives)
| Medication                                | Route | 0600 | 1700 | 2100 |
| {{drug:insulin glargine}} {{dose:22 units}}              | sc    | -    | -    | [[NAME:mk]]   |
| {{drug:insulin lispro}} per scale                  | sc    | [[NAME:jt]]   | [[NAME:mk]]   | -    |
| {{drug:metformin}} {{dose:1000 mg}}                        | po    | [[NAME:jt]]   | [[NAME:mk]]   | -    |
| {{drug:nitroglycerin}} {{dose:0.4 mg}} prn chest pain      | sl    | -    | -    | -    |
| {{drug:bisacodyl}} {{dose:10 mg}} prn                      | pr    | refused | -  | -    |
FSBG [[DATE:2/17]]: {{lab:0600 188}}, {{lab:1700 241}}.
[[DATE:2/18]] 0600 refused lispro, states "my sugar is fine." Educated by [[NAME:JT]]; NP [[NAME:Summer]] notified, [[NAME:Summer]] to see at chronic care.
[[DATE:2/19]] 1650 {{lab:BG 58}}, diaphoretic; 15 g glucose gel, recheck {{lab:BG 96}} at 1705. Lispro held. - [[NAME:mk]]/[[NAME:bw]]
Initials: [[NAME:jt]] = [[NAME:Jolene Thao]], LPN; [[NAME:mk]] = [[NAME:Mai Kue]], RN; [[NAME:bw]] = [[NAME:Bo White]], RN
""", summary="""
MAR for [[NAME:Lý Minh Khoa]] (Booking [[MRN:2025-000873]]) shows insulin refusal on [[DATE:2/18]] and hypoglycemia ({{lab:BG 58}}) on [[DATE:2/19]] treated with glucose gel. NP [[NAME:Summer]] will review at chronic care.
"""),

    dict(style="jail_use_of_force_medical", note="""
POST USE-OF-FORCE MEDICAL ASSESSMENT
Inmate: [[NAME:MEAS, RITHY]] ([[NAME:Rithy Meas]])    ID# [[MRN:A0417722]]    Housing: Seg 2
Incident [[DATE:01/23/2025]] 1412, planned cell extraction; IR # [[MRN:UOF-25-019]]
Officers per Sgt. [[NAME:Cross]]: Ofc. [[NAME:King]] #[[MRN:5521]], Ofc. [[NAME:Marsh]] #[[MRN:6108]], CO [[NAME:Le]] #[[MRN:4980]]. OC spray x1 burst; no TASER.
Assessment 1430 by [[NAME:N. Sok]], RN: decontaminated with cool water x15 min, eyes irrigated, no corneal abrasion on fluorescein.
{{vital:BP 150/94}}, {{vital:HR 110}}, {{vital:RR 22}}, {{vital:SpO2 97% RA}}. Abrasion R wrist from cuffs 2 cm. L shoulder full ROM, strength {{score:5/5}}.
Denies LOC or head strike. Mild expiratory wheeze, hx asthma: {{drug:albuterol}} MDI {{dose:4 puffs}} given, wheeze resolved, {{vital:SpO2 99%}}.
Decon area wiped down to avoid cross-contamination of the med cart.
[[NAME:Rithy]] states "[[NAME:King]] kneel on my back." Photos taken by [[NAME:Cross]]; [[NAME:King]] to submit supplemental.
Referred to MH: [[NAME:Rithy]] tearful, asks to call his mother in [[ADDRESS:Long Beach]] ([[PHONE:562-555-0193]]); forwarded to Lt. [[NAME:Page]].
cc: [[NAME:Cross]], Dr. [[NAME:Pen]]
""", summary="""
After a cell extraction on [[DATE:01/23/2025]], RN [[NAME:N. Sok]] found [[NAME:Rithy Meas]] with a cuff abrasion and OC-related wheeze that resolved with {{drug:albuterol}}. He alleges Ofc. [[NAME:King]] knelt on his back; MH referral made.
"""),

    dict(style="police_welfare_check", note="""
[[ADDRESS:FRESNO]] PD - CALL FOR SERVICE / WELFARE CHECK
CFS # [[MRN:25-041877]]      [[DATE:Thursday, February 13, 2025]] 0752
RP: neighbor [[NAME:Jo Anne Baker]] ([[PHONE:559-555-0128]]), no lights or movement at residence x2 days.
Location: [[ADDRESS:1536 N Thesta St]]
Units: Ofc. [[NAME:D. Le]] #[[MRN:P1127]], Ofc. [[NAME:Hunter]] #[[MRN:P1362]]

Narrative: Front door unlocked. Located occupant [[NAME:Nou Yang]] ([[AGE:94]] yo F, DOB [[DATE:01/01/1931]]) on bedroom floor,
conscious, speaking Hmong only. [[NAME:Hunter]] called language line, interp [[NAME:Kou]] #[[MRN:20913]]. [[NAME:Nuo Yang]] states she fell
"two nights ago" and could not get up. Fire/EMS M12 on scene 0806: {{score:GCS 14}}, {{lab:BG 72}}, {{vital:BP 98/60}}, {{vital:HR 58}}.
Transported to CRMC. Son [[NAME:Bo Yang]] reached at [[PHONE:(559) 555-0174]]; [[NAME:Bo]] lives in [[ADDRESS:Clovis]] and last saw her
[[DATE:Sunday the 9th]]. Pill organizer found with Fri-Wed doses untaken. APS referral made by [[NAME:Le]].
Residence secured; key left with [[NAME:Baker]] at [[NAME:Bo]]'s request.
Report: [[NAME:D. Le]] #[[MRN:P1127]]     Approved: Sgt. [[NAME:Vue]]
""", summary="""
Officers found [[NAME:Nou Yang]] ([[AGE:94]]) on her floor two days after a fall on [[DATE:Thursday, February 13, 2025]]; EMS transported her and APS was notified. Her son [[NAME:Bo Yang]] and neighbor [[NAME:Baker]] were contacted.
"""),

    dict(style="custodian_of_records_declaration", note="""
DECLARATION OF CUSTODIAN OF RECORDS (Evid. Code sections 1561, 1562)
Superior Court of California, County of [[ADDRESS:Sacramento]], No. [[MRN:34-2024-00359172]]
[[NAME:Xiong]] v. Valley Regional Transit, et al.
Patient: [[NAME:XIONG, PAO]]  aka [[NAME:Paul Xiong]], [[NAME:Pao Xyooj]]     DOB [[DATE:10-05-1979]]

I, [[NAME:Faith Green]], am the duly authorized custodian of records of Valley Health System and have authority to certify them.
The accompanying records are a true copy of all records described in the subpoena served [[DATE:Dec. 16, 2024]]:
  - ED visit [[DATE:11/02/2023]] (CSN [[MRN:1200448391]]): L tibial plateau fracture, {{score:pain 9/10}}, {{drug:fentanyl}} {{dose:50 mcg}} IV
  - Orthopedic clinic [[DATE:11/9/23]] and [[DATE:12/7/23]] (Dr. [[NAME:Bishop]]); ORIF [[DATE:11/14/2023]], op note and anesthesia record
  - Physical therapy [[DATE:1/4/24]] through [[DATE:3/28/24]], 22 visits; knee flexion 95 deg at discharge
  - Imaging on 2 CDs
Total 212 pages. No behavioral health or substance use records exist for this patient.
The records were prepared by personnel in the ordinary course of business at or near the time of the acts recorded.
I declare under penalty of perjury that the foregoing is true. Executed [[DATE:January 6, 2025]], at [[ADDRESS:Roseville]], California.
/s/ [[NAME:Faith Green]]   [[PHONE:916-555-0142]] x[[PHONE:5570]]   [[EMAIL:fgreen@vhs-roi.org]]          [[NAME:fg]]/[[NAME:lt]]
""", summary="""
Custodian [[NAME:Faith Green]] certified 212 pages of [[NAME:Pao Xiong]]'s fracture care records, from the [[DATE:11/02/2023]] ED visit through physical therapy, in response to a subpoena served [[DATE:Dec. 16, 2024]].
"""),

    dict(style="sane_exam_dictation", note="""
Dictated by [[NAME:William Lor]] R N S A N E. This is a forensic exam on [[NAME:Sengdara Inthavong]], goes by [[NAME:Seng]], medical record
number [[MRN:8 8 0 4 1 7 2]], date of exam [[DATE:september fifteenth twenty twenty four]]. Patient requested a male examiner and [[NAME:Will]]
was paged via the operator, arrived at zero one ten. Patient is a {{age:19}}-year-old male brought by [[ADDRESS:Rochester]] police after
reporting that on [[DATE:Saturday 9/14]] at a party he drank two beers, then remembers nothing until waking in a stranger's
car at about four a m. Concern for drug-facilitated assault. He reports rectal pain, {{score:pain 5/10}}, and a headache.
Vitals {{vital:BP 126/74}} {{vital:pulse 92}} {{vital:temp 98.6}}. Alert, tearful, {{score:GCS 15}}. Abrasions both knees, bruise
left inner upper arm two by three centimeters, photographed. Anogenital exam with consent, toluidine blue applied,
small superficial laceration documented and photographed, no active bleeding. Blood and urine for
toxicology collected within 120 hours including {{drug:GHB}} screen; {{lab:BAL 0.00}} at 0130. Given {{drug:ceftriaxone}} {{dose:500 mg}} IM,
{{drug:doxycycline}} {{dose:100 mg}} by mouth twice daily for seven days, {{drug:Biktarvy}} one tab daily for 28 days. Roommate
[[NAME:Chase]] is driving him home. Detective [[NAME:April Khounborine]] took the kit at 0355. Will follow up in 72 hours. End of dictation.
[[NAME:WL]]/[[NAME:dd]]
""", summary="""
SANE [[NAME:William Lor]] examined [[NAME:Sengdara Inthavong]] ({{age:19}}) on [[DATE:september fifteenth twenty twenty four]] for suspected drug-facilitated sexual assault, collecting toxicology within 120 hours and starting STI prophylaxis and {{drug:Biktarvy}} nPEP. Detective [[NAME:April Khounborine]] took the kit.
"""),

    dict(style="jail_chronic_care", note="""
CHRONIC CARE CLINIC - DETENTION HEALTH SERVICES
[[NAME:HUYNH, VAN BAY]] ([[NAME:Huỳnh Văn Bảy]])   ID [[MRN:K-230918]]   Housing: Bay C, bunk 14   {{age:63}} yo
S: HTN, DM2, hx CVA 2019 with residual L weakness. Cough with green sputum x5d, no fever. States sugar "high" at med pass.
O: {{vital:BP 162/98}}, {{vital:HR 78}}, {{vital:T 98.4}}, {{vital:SpO2 96%}}. {{lab:A1c 9.1%}} ([[DATE:1/6]]), {{lab:Cr 1.3}}, {{lab:K 4.8}}, {{lab:LDL 142}}.
Lungs scattered rhonchi clearing with cough. LUE strength {{score:4/5}}, RUE {{score:5/5}}. {{score:2/6}} systolic murmur RUSB, unchanged.
A/P: 1. HTN uncontrolled - increase {{drug:lisinopril}} to {{dose:40 mg}} daily; [[NAME:Green]] (pharm) to reorder, d/w [[NAME:Green]] re KOP.
2. DM2 - add {{drug:glipizide}} {{dose:5 mg}} qAM, continue {{drug:metformin}} {{dose:1000 mg}} bid; FSBG bid x2 wk.
3. Acute bronchitis - supportive care, no antibiotics; CXR if not better in 1 wk. PPD neg [[DATE:12/30/24]].
4. Hyperlipidemia - {{drug:atorvastatin}} {{dose:40 mg}} qhs.
Daughter [[NAME:Hồng]] ([[NAME:Hong Huynh]]) called medical [[DATE:2/3]] asking about "his stroke pills"; no ROI on file, no info given.
Pt asked that [[NAME:Bảy]]'s daughter be added - ROI form given. RTC 4 wk.
[[NAME:Sunny Vue]], NP          ver by [[NAME:JT]]/[[NAME:sl]]
""", summary="""
NP [[NAME:Sunny Vue]] saw [[NAME:Huỳnh Văn Bảy]] ({{age:63}}) for uncontrolled hypertension ({{vital:BP 162/98}}) and diabetes ({{lab:A1c 9.1%}}), increasing {{drug:lisinopril}} and adding {{drug:glipizide}}. Pharmacist [[NAME:Green]] will reorder.
"""),

    dict(style="ed_custody_nursing_note", note="""
ED RN NOTE - PT IN CUSTODY
1830 pt [[NAME:THAO, KEVIN L]] ("[[NAME:Kev]]") arrived via [[ADDRESS:Eau Claire]] Co SO. Ofc [[NAME:Brown]] #[[MRN:218]] at bedside, L ankle
shackled to stretcher. [[NAME:Brown]] states pt swallowed a baggie ~1700 during arrest. pt denies.
{{vital:hr 118}}, {{vital:bp 158/96}}, {{vital:rr 20}}, {{vital:T 99.8}}, pupils 6 mm, diaphoretic, picking at sheets. emesis x1 brown,
nonbloody, no pill fragments seen.
1835 Dr. [[NAME:Phetsamone]] aware; {{drug:Ativan}} {{dose:2 mg}} IV given 1840. CT abd/pelvis ordered, {{lab:UDS}} + {{lab:APAP/ASA}} levels sent.
1850 pt's mom [[NAME:Blia]] called [[PHONE:715-555-0152]]; per policy no info given w/o pt consent. pt declines release.
1900 charge RN [[NAME:dawn]] + house sup [[NAME:Hope]] aware of custody status. [[NAME:Brown]] to remain at bedside until relieved.
1915 {{vital:hr 102}}, calmer. CT: no radiopaque foreign body.
1930 report from [[NAME:gay]] to [[NAME:mason]]. will reassess q30min.
""", summary="""
[[NAME:Kevin Thao]] arrived in custody with Ofc. [[NAME:Brown]], reportedly having swallowed a baggie, and was tachycardic and agitated; {{drug:Ativan}} given and CT showed no radiopaque foreign body. Report passed from [[NAME:gay]] to [[NAME:mason]].
"""),

    dict(style="law_enforcement_records_request", note="""
LAW ENFORCEMENT REQUEST FOR PROTECTED HEALTH INFORMATION - 45 CFR 164.512(f)
To: Privacy Office / Release of Information, fax [[PHONE:(651) 555-0107]]
From: Det. [[NAME:Savannah Moua]], Special Victims Unit, [[ADDRESS:Maplewood]] Police Dept, badge [[MRN:4402]], desk [[PHONE:651-555-0120]],
cell [[PHONE:651 555 0198]], [[EMAIL:savannah.moua@maplewoodpd.org]]
Re: victim [[NAME:Daovone Luangrath]] (aka [[NAME:Dao]]), DOB [[DATE:3/8/2001]]; suspect [[NAME:Hunter Wells]]
Case # [[MRN:MPD-25-001204]]
Requested: SANE report, injury photographs, toxicology from ED visit [[DATE:1/31/2025]].
Legal basis cited: "ongoing investigation."
-----
ROI notes: d/w privacy officer [[NAME:Rose Vang]] [[DATE:2/4]]. No authorization signed by victim; no court order, warrant or
subpoena. Victim is an adult with capacity, so her agreement is required. Called [[NAME:Moua]] back, left vm.
[[NAME:Vang]] to send letter explaining options (victim authorization or legal process). Advocate will tell [[NAME:Dao]] the request
exists if she wishes to know. No records released.                                         [[NAME:ky]]/[[NAME:rv]]
""", summary="""
Det. [[NAME:Savannah Moua]] requested SANE records of [[NAME:Daovone Luangrath]] from [[DATE:1/31/2025]] without authorization or legal process. Privacy officer [[NAME:Rose Vang]] declined release pending victim consent or a court order.
"""),

    dict(style="sane_evidence_checklist", note="""
SEXUAL ASSAULT EVIDENCE KIT - COMPONENTS COLLECTED (page 3 of 5)
[x] Oral swabs x2 and smear (collected before fluids offered)
[x] Fingernail scrapings / swabs, both hands
[ ] Head hair combings - declined
[x] External genital swabs x2; vaginal swabs x2 with {{eponym:Graves}} speculum (small), moistened with water only
[ ] Anorectal swabs - not indicated by history
[x] Dried secretion swab L breast; {{eponym:Wood}} lamp guided
[x] Reference DNA: buccal swab (blood not drawn)
[x] Urine for drug-facilitated screen, 100 mL, grey top: collected 0420 (within 120 h)
[x] Underwear packaged separately in paper bag
Toluidine blue applied to posterior fourchette before swabbing: 2 mm uptake, photographed with colposcope.
Meds offered: {{drug:ceftriaxone}} {{dose:500 mg}} IM (accepted), {{drug:doxycycline}} {{dose:100 mg}} BID (accepted), {{drug:ulipristal}} {{dose:30 mg}} (accepted),
nPEP (declined after risk discussion).
All swabs air-dried in drying box, sealed with evidence tape, kit refrigerated in locked unit pending law enforcement pickup.
""", summary="""
Evidence kit checklist documents oral, fingernail, genital and reference swabs, urine for drug-facilitated screening, and toluidine blue findings. {{drug:Ceftriaxone}}, {{drug:doxycycline}} and {{drug:ulipristal}} were accepted and nPEP declined.
"""),

    dict(style="jail_suicide_watch_log", note="""
SUICIDE PRECAUTIONS - OBSERVATION LOG
Inmate: [[NAME:SISOUPHANH, KETSANA]] "[[NAME:Kay]]"    #[[MRN:0781145]]    Cell MH-4    Level: 15-min
Placed [[DATE:12/24/24]] 2310 by QMHP [[NAME:Ty Lee]] after inmate said "I won't make it to new year."
| Time | Behavior                                         | Init |
| 2315 | lying on bunk, eyes open                          | [[NAME:ty]]   |
| 2330 | crying, talking to self in Lao                    | [[NAME:ty]]   |
| 2345 | sleeping, resp even                               | [[NAME:AW]]   |
| 0000 | sleeping                                          | [[NAME:AW]]   |
| 0015 | awake, requested water, given paper cup           | [[NAME:AW]]   |
| 0030 | pacing, picking at smock seam - reported to [[NAME:Lee]]   | [[NAME:AW]]   |
0040 QMHP reassessment: upgraded to constant observation; smock replaced. {{score:PHQ-9 22}}, {{score:C-SSRS high risk}}.
[[DATE:12/25]] 0830 psych NP [[NAME:Justice Thammavongsa]] saw pt: worried about court [[DATE:Jan 3]] and "justice for my son," who is in
foster care. Started {{drug:mirtazapine}} {{dose:15 mg}} po qhs with mouth check. Remains constant obs; [[NAME:Justice]] to reassess [[DATE:12/26]].
Legend: [[NAME:ty]] = [[NAME:Ty Lee]], QMHP; [[NAME:AW]] = [[NAME:Amber Wu]], CO
""", summary="""
[[NAME:Ketsana Sisouphanh]] was placed on suicide precautions [[DATE:12/24/24]] and upgraded to constant observation after picking at her smock ({{score:PHQ-9 22}}). NP [[NAME:Justice Thammavongsa]] started {{drug:mirtazapine}}.
"""),

    dict(style="notice_of_deposition_records", note="""
NO. [[MRN:PR-2024-01877]]
IN RE THE ESTATE OF [[NAME:HỒ VĂN SÁU]] (also known as [[NAME:HO VAN SAU]] and [[NAME:Sau Van Ho]]), DECEASED
IN THE PROBATE COURT NO. 2 OF [[ADDRESS:HARRIS]] COUNTY, TEXAS

NOTICE OF INTENTION TO TAKE DEPOSITION ON WRITTEN QUESTIONS OF CUSTODIAN OF RECORDS
PLEASE TAKE NOTICE that Contestant [[NAME:Hồ Thị Kim Phượng]] ([[NAME:Ho Thi Kim Phuong]]) will take the deposition of the Custodian of
Records of Bayou Hospice on [[DATE:Wednesday, April 16, 2025]] at 10:00 a.m. and requests production of all records of the
decedent from [[DATE:June 1, 2023]] until his death on [[DATE:11/28/2023]] at age [[AGE:ninety-one]], including:
  1. medication administration records ({{drug:Roxanol}} {{drug:morphine}} {{dose:20 mg/mL}}, {{drug:lorazepam}}, {{drug:haloperidol}});
  2. cognitive and functional assessments ({{score:FAST stage 7c}}, {{score:PPS 30%}});
  3. visitor logs and chaplain notes reflecting visits by [[NAME:Hồ Văn Bình]] ([[NAME:Binh Ho]]) or [[NAME:Grace Ho-Nguyen]] between
     [[DATE:Oct 1]] and [[DATE:Oct 9, 2023]], when the contested will was signed.
Capacity is a major issue in this contest.
Attorney for Contestant: [[NAME:Drew Major]], [[PHONE:713-555-0185]], fax [[PHONE:713-555-0186]], [[EMAIL:dmajor@majorprobate.com]]
cc: [[NAME:Walter Cross]], counsel for Proponent [[NAME:Bình]]
""", summary="""
Contestant [[NAME:Hồ Thị Kim Phượng]] noticed a records deposition of the hospice for her late father [[NAME:Hồ Văn Sáu]] ([[AGE:ninety-one]]), seeking medication, cognitive and visitor records around the will signed in October 2023. Deposition set [[DATE:Wednesday, April 16, 2025]].
"""),

    dict(style="campus_safety_incident", note="""
CAMPUS SAFETY - INCIDENT NOTE (forwarded to Student Health after hours)
[[DATE:10/19/24]] 0140. Officer [[NAME:Dallas Vue]] (#[[MRN:CS-14]]) responded to North Quad Residence Hall re: intoxicated student
[[NAME:Austin Keo]] ({{age:19}}) found by RA [[NAME:Madison Lee]] in the 3rd-floor bathroom.
[[NAME:Austin]] responsive to voice, vomited x2, {{score:GCS 14}}, {{vital:RR 14}}, {{vital:SpO2 95%}}, {{vital:HR 104}}. Denies other drugs; friend [[NAME:Chantha]]
says "just vodka." EMS (Engine 7) evaluated; [[NAME:Austin]] had capacity and declined transport; [[NAME:Chantha]] agreed to stay with
him. Medical amnesty policy applied. [[NAME:Dallas]] advised RA to do 30-min checks until 0600; recovery position reviewed.
Student's home address is in [[ADDRESS:Austin]], TX; parent contact deferred.
Referral to Student Health AOD counselor [[NAME:Brooks]]; [[NAME:Brooks]] will reach out Monday. [[NAME:Madison]] to notify hall director.
[[NAME:D. Vue]]  /  rev [[NAME:mw]]
""", summary="""
Campus officer [[NAME:Dallas Vue]] responded on [[DATE:10/19/24]] to intoxicated student [[NAME:Austin Keo]] ({{age:19}}, {{score:GCS 14}}), who declined EMS transport with friend [[NAME:Chantha]] staying. Counselor [[NAME:Brooks]] will follow up.
"""),

    dict(style="jail_emergent_send_out", note="""
DETENTION HEALTH - EMERGENT SEND-OUT
[[NAME:NGÔ, MINH TUẤN]] ([[NAME:NGO, MINH TUAN]] in JMS)    Booking [[MRN:24-031992]]    {{age:47}} yo M
0715 CO [[NAME:Bell]] reported inmate's "face looks weird" at breakfast. RN eval 0720: R facial droop including forehead,
unable to close R eye, no arm or leg drift, speech clear, {{score:NIHSS 2}}. {{vital:BP 188/104}}, {{vital:HR 92}}, {{lab:BG 144}}.
Last known well 2200 on [[DATE:3/2]] per cellmate.
Forehead involvement suggests peripheral palsy ({{eponym:Bell}} palsy), but new facial weakness with {{vital:BP 188/104}} cannot be
cleared on site -> 911 per protocol. On-call Dr. [[NAME:Xiong]] notified 0725 at x[[PHONE:4417]]; agrees.
0740 EMS departed; [[NAME:Bell]] and Ofc. [[NAME:Thao]] escorting. MAR copy, allergy list ({{drug:sulfa}}) and problem list sent.
Eye protection: R eye taped, artificial tears given.
Next of kin per JMS: wife [[NAME:Lan]] [[PHONE:+1 (253) 555-0114]] - not notified per security policy; chaplain informed.
[[NAME:C. Young]], RN  /  [[NAME:cy]]
""", summary="""
[[NAME:Ngô Minh Tuấn]] ({{age:47}}) developed right facial droop including the forehead, likely {{eponym:Bell}} palsy, but was sent out by 911 because stroke could not be excluded ({{vital:BP 188/104}}). CO [[NAME:Bell]] escorted.
"""),

    dict(style="security_event_debrief", note="""
POST-EVENT DEBRIEF - CODE GREY / BEHAVIORAL RESPONSE (Behavioral Emergency Response Team)
Event summary: adult patient with acute psychosis in ED hallway; physical hold 6 min; 4-point restraints 2 h 10 min.
What went well:
- BERT arrived within 3 min of overhead page; clear team leader identified.
- IM {{drug:olanzapine}} {{dose:10 mg}} given early; {{score:BARS 6}} improved to {{score:BARS 3}} in 20 min.
- Q15 restraint checks documented; circulation, skin and {{vital:SpO2 98%}} recorded each check.
What could be improved:
- Interpreter not requested until after restraint; use Language Line at first sign of escalation.
- IV pole and sharps left in hallway alcove; move to locked clean utility.
- No debrief with patient after release; add to restraint order set.
Staff wellness: one tech with wrist strain, referred to Employee Health; EAP offered to all present.
Action items: Nursing education to run a de-escalation drill; Security to review camera angle in Pod C; Pharmacy to
stock {{drug:Zyprexa}} IM in Pod C Pyxis.
""", summary="""
Debrief of a Code Grey found a fast BERT response and early {{drug:olanzapine}} ({{score:BARS 6}} to {{score:BARS 3}}), but late interpreter use and unsecured equipment. Action items include a de-escalation drill and stocking IM {{drug:Zyprexa}} in Pod C.
"""),
]
