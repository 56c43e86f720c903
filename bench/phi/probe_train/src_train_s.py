"""Hand-written training notes, part s: in-basket and staff messages, pages and secure chat, semi-structured
EHR exports (pipe fields, FIELD: value lines, HL7-like segments), lab call-back logs. South Asian, Nepali,
Bhutanese, Burmese, Karen, Sri Lankan and some Anglo names. Every person, number, date and street is invented."""

NOTES = [
    dict(style="inbasket_patient_message", note="""
MyChart Message | Rec'd [[DATE:03/11/2025]] 06:42
From: [[NAME:Thirunavukkarasu]]
To: [[NAME:Meenakshisundaram, Pavithra]] MD (PCP pool)
Subject: sugar high and itching

good morning madam my fasting sugar is coming {{lab:180 to 210}} every day this week even with the {{drug:Jardiance}} {{dose:10 mg}} and {{drug:metformin}} {{dose:1000 mg}} two times my son [[NAME:karthik]] checked the meter two times same number also itching in private area since 5 days is it from new tablet my daughter in law [[NAME:vasuki]] says stop it but i am not stopping without asking you please call on her phone [[PHONE:469-555-0187]] she is translating for me after 4 pm
thank you
[[NAME:thirunavukkarasu]]

---- Staff reply [[DATE:3/11]] 09:15 ----
Spoke w pt via [[NAME:Vasuki]] (dtr-in-law). Likely genital candidiasis on SGLT2i, no fever, no dysuria. Advised keep taking {{drug:metformin}}, hold {{drug:Jardiance}} until reviewed. Routed to Dr [[NAME:Meenakshisundaram]] for rx. Appt offered Thurs, declined, wants phone f/u.
-- [[NAME:RJ]], LPN
""", summary="""
[[NAME:Thirunavukkarasu]] messaged about fasting sugars of {{lab:180 to 210}} and genital itching on {{drug:Jardiance}}; [[NAME:RJ]] reached him through [[NAME:Vasuki]], advised holding the drug and routed to Dr. [[NAME:Meenakshisundaram]].
"""),

    dict(style="staff_message", note="""
STAFF MESSAGE                                   Pri: HIGH
From: [[NAME:Lakshmanan K]], RN   ->   [[NAME:S.R. Iyer]], MD
Re: [[NAME:PONNUSAMY, SELVI]]   MRN [[MRN:40918826]]   DOB [[DATE:07/22/1951]]
Sent: [[DATE:03/04/2025]] 10:37

Dr [[NAME:Iyer]] - pt called triage c/o lightheaded since yesterday after {{drug:metoprolol succinate}} went up to {{dose:100 mg}}. Home {{vital:BP 94/58}} {{vital:HR 52}} per grandson. [[NAME:Selvi]] lives alone in [[ADDRESS:Irving]], grandson [[NAME:Arun Prasath]] checks on her in the evenings and does her pillbox. No syncope, no CP. She asks can she go back to the {{dose:50 mg}}.
Last seen by [[NAME:Iyer]] [[DATE:2/26/25]]; EKG that day sinus brady {{vital:HR 58}}, PR normal, no block.
Pls advise, will call back by 1500.
-[[NAME:KL]]

>> [[NAME:Iyer, Srinivasa R]]  [[DATE:03/04/2025]] 11:02
ok drop back to 50. hold if SBP <100. f/u w [[NAME:Ganesan]] NP in 1 wk, sooner if worse. thx - [[NAME:sri]]
""", summary="""
[[NAME:Lakshmanan K]] messaged Dr. [[NAME:S.R. Iyer]] that [[NAME:Selvi Ponnusamy]] was lightheaded with {{vital:BP 94/58}} after a {{drug:metoprolol}} increase; [[NAME:Iyer]] reduced the dose to {{dose:50 mg}} with follow-up by [[NAME:Ganesan]] NP.
"""),

    dict(style="page_log", note="""
PAGE LOG -- Hospitalist Nights, pager [[PHONE:4471]] -- [[DATE:11/02/2024]]

0213  to [[PHONE:4471]] fr [[NAME:dkarki]] (6W): rm 614 [[NAME:Wangchuk]] {{vital:HR 128}} afib on tele, {{vital:BP 102/64}}, asymptomatic. cb x[[PHONE:6614]]
0219  ret'd [[NAME:Chakraborty]]: {{drug:metoprolol}} {{dose:5 mg IV}} x1, recheck 30 min, call if SBP<95
0251  fr [[NAME:dkarki]]: 614 now {{vital:HR 96}} thx
0340  fr [[NAME:Nirmala]] 6W charge: 622 pulled PIV, {{drug:cefepime}} due 0400, ok to wait for IV team? x[[PHONE:6614]]
0342  ret'd: yes ok. -[[NAME:AC]]
0517  fr [[NAME:tsherpa]]: 618 [[NAME:BHANDARI]] {{lab:K 3.1}} {{lab:Mg 1.6}} on AM labs, replete per protocol?
0521  ret'd [[NAME:Arindam Chakraborty]]: yes {{drug:KCl}} {{dose:40 mEq PO}} x2, {{drug:Mag sulfate}} {{dose:2 g IV}}
0604  fr [[NAME:Pema]] (CN 5E): 507 family asking for update on CT, wife [[NAME:Karma Choden]] at bedside
0607  ret'd [[NAME:AC]]: day team to update at 0800, CT read prelim neg for bleed
""", summary="""
Overnight pages to the hospitalist ([[NAME:Arindam Chakraborty]]) covered rapid afib in [[NAME:Wangchuk]] treated with IV {{drug:metoprolol}}, a lost IV, potassium and magnesium repletion for [[NAME:Bhandari]], and a family update request from [[NAME:Karma Choden]].
"""),

    dict(style="secure_chat", note="""
Secure Chat -- MICU Pod B -- [[DATE:Sat 1/18/2025]]
[07:04] [[NAME:pkhadka2]]: morning all. bed 9 [[NAME:Rai]] came off {{drug:levo}} at 0300, {{vital:MAP 66-70}} since
[07:06] [[NAME:lnaing]]: good. lactate?
[07:06] [[NAME:pkhadka2]]: {{lab:1.4}} from {{lab:2.9}}
[07:11] [[NAME:sbasnet]] (RT): 9 on {{vital:FiO2 40%}} {{vital:PEEP 8}}, SBT after rounds if [[NAME:Thuzar]] agrees
[07:13] [[NAME:thuzar.k]]: agree SBT 0900. family coming? wife [[NAME:Dil Maya]] speaks Nepali only
[07:14] [[NAME:pkhadka2]]: i can help informally but better to book. [[NAME:Bishnu]] from language svcs is on today
[07:20] [[NAME:lnaing]]: booked [[NAME:Bishnu Adhikari]] for 1030 in person
[07:41] [[NAME:thuzar.k]]: also bed 11 Naw [[NAME:Paw Htoo]] -- {{score:RASS -3}} on {{drug:propofol}} {{dose:30 mcg/kg/min}}, lighten to goal -1, CAM-ICU after
[07:43] [[NAME:Hsa Eh]] (RN bed 11): copy. her sister [[NAME:Mu Mu]] asked for a Karen interpreter at family mtg
[07:44] [[NAME:thuzar.k]]: pls book for 1400, and loop in [[NAME:Ma Ma Lay]] chaplain
[07:52] [[NAME:sbasnet]]: 9 RSBI {{lab:62}}, looks good
""", summary="""
The MICU chat noted [[NAME:Rai]] off vasopressors and ready for an SBT with a Nepali interpreter ([[NAME:Bishnu Adhikari]]) booked for his wife [[NAME:Dil Maya]]; [[NAME:Paw Htoo]]'s sedation was to be lightened and a Karen interpreter and chaplain [[NAME:Ma Ma Lay]] arranged for the family meeting.
"""),

    dict(style="ehr_export_pipe", note="""
--- ENCOUNTER EXPORT (ADT A08) ---
MSG_TS|[[DATE:2025-02-14]] 10:22:03
FACILITY|Parkland Heights Medical Center
ENC_CSN|[[MRN:2500381174]]
MRN|[[MRN:E1127740]]
PT_NAME|[[NAME:RAMASWAMY^LAKSHMI^V]]
PT_DOB|[[DATE:19580930]]
PT_SEX|F
PT_ADDR|[[ADDRESS:4418 Colonnade Dr]]^^[[ADDRESS:Plano]]^TX^[[ADDRESS:75024]]
PT_PHONE|[[PHONE:(972)555-0146]]
LANG|TAM^Tamil
INTERP_REQ|Y
ATTEND|[[NAME:KRISHNAMOORTHY^ANANTHAPADMANABHAN]]^MD
PCP|[[NAME:PILLAI^REKHA^S]]^MD
NOK1|[[NAME:RAMASWAMY^VENKATESH]]^SON^[[PHONE:(214)555-0132]]
NOK2|[[NAME:LAKSHMINARAYANAN^DEEPA]]^DTR-IN-LAW
ADM_DT|[[DATE:20250213]]
ADM_DX|I50.33^Acute on chronic diastolic heart failure
ALLERGY|{{drug:SULFAMETHOXAZOLE}}^RASH
CODE|FULL
COMMENT|pt prefers [[NAME:lakshmi]] amma; son [[NAME:venkatesh]] is HCP; [[NAME:deepa]] translates at bedside but pt wants certified interp for consent
""", summary="""
ADT export for [[NAME:Lakshmi Ramaswamy]], admitted [[DATE:2025-02-13]] with acute on chronic diastolic heart failure under Dr. [[NAME:Krishnamoorthy]]; son [[NAME:Venkatesh]] is health-care proxy and a certified Tamil interpreter is requested for consent.
"""),

    dict(style="hl7_segments", note=r"""
MSH|^~\&|SUNQUEST|MERIDIAN LAB|EPIC|MERIDIAN|[[DATE:20241105]]||ORU^R01|MSG88120|P|2.5.1
PID|1||[[MRN:MR00739145]]^^^MERIDIAN^MR||[[NAME:WICKRAMASINGHE^NIROSHA^DILRUKSHI]]||[[DATE:19790316]]|F|||[[ADDRESS:88 Quarry Bend Ln]]^^[[ADDRESS:Edison]]^NJ^[[ADDRESS:08817]]||[[PHONE:(732)555-0419]]^PRN^PH
NK1|1|[[NAME:WICKRAMASINGHE^ROHAN^P]]|SPO^Spouse||[[PHONE:(732)555-0488]]
PV1|1|O|ENDO^^^MERIDIAN||||[[NAME:DE SILVA^CHAMINDA^A]]^^^MD
ORC|RE||[[MRN:LB24-310577]]
OBR|1||[[MRN:LB24-310577]]|4548-4^Hemoglobin A1c^LN|||[[DATE:20241105]]|||||||||[[NAME:DE SILVA^CHAMINDA^A]]
OBX|1|NM|4548-4^HbA1c^LN||{{lab:9.8}}|%|4.0-5.6|H|||F
OBX|2|NM|2345-7^Glucose^LN||{{lab:241}}|mg/dL|70-99|H|||F
OBX|3|NM|2160-0^Creatinine^LN||{{lab:0.7}}|mg/dL|0.5-1.1|N|||F
NTE|1||Reviewed [[NAME:cdesilva]]. Pls call pt re {{drug:Ozempic}} start; [[NAME:Mallika]] to schedule DM ed w [[NAME:Fathima Rizwan]] RD
""", summary="""
HL7 result for [[NAME:Nirosha Wickramasinghe]] shows {{lab:HbA1c 9.8}} and glucose {{lab:241}}; Dr. [[NAME:Chaminda de Silva]] asked that she be called about starting {{drug:Ozempic}} and booked with dietitian [[NAME:Fathima Rizwan]].
"""),

    dict(style="lab_callback_log", note="""
CRITICAL VALUE CALL-BACK LOG -- Core Chemistry -- Nights
Tech: [[NAME:M. Venugopal]] (badge [[MRN:30418]])

Date/Time          | Patient / MRN                         | Result                 | Called to                  | RB | Min
[[DATE:04/09/25]] 0112   | [[NAME:GHOSH, DEBASHIS]] / [[MRN:6612084]]       | {{lab:K 6.8}} (no hemolysis) | [[NAME:Priyanka]] RN, 5N          | Y  | 9
[[DATE:04/09/25]] 0247   | [[NAME:TAMANG, CHANDRA BDR]] / [[MRN:6609951]]   | {{lab:Na 118}}               | [[NAME:Hope]] RN, MICU            | Y  | 6
[[DATE:04/09/25]] 0330   | [[NAME:PRADHAN, SUSHILA]] / [[MRN:6613370]]      | {{lab:Glu 38}}               | no answer x2 -> [[NAME:Bose]] (hosp) pgr [[PHONE:2290]] | Y | 24
[[DATE:04/09/25]] 0415   | [[NAME:NAIDU V.]] / [[MRN:6598802]]              | {{lab:Troponin I 4.12}}      | [[NAME:Reddy]] MD, CCU            | Y  | 5
[[DATE:04/09/25]] 0530   | [[NAME:THEIN, AUNG]] / [[MRN:6614018]]           | {{lab:iCa 0.81}}             | [[NAME:k.hla]] (RN) via chat then phone | Y | 12

Comments: 0330 call over 20 min -- unit phone busy, escalated per policy. [[NAME:Sushila Pradhan]] received {{drug:D50}} per RN. Reviewed by lead [[NAME:Jaswinder Kaur]] [[DATE:04/09/25]].
""", summary="""
The night critical-value log shows five calls made by [[NAME:M. Venugopal]], including {{lab:K 6.8}} for [[NAME:Debashis Ghosh]] and {{lab:Na 118}} for [[NAME:Chandra Bdr Tamang]]; the call for [[NAME:Sushila Pradhan]]'s glucose of {{lab:38}} took 24 minutes and was escalated to [[NAME:Bose]].
"""),

    dict(style="staff_message", note="""
ALL-STAFF MESSAGE -- Infection Prevention & Nursing Quality
Subject: CAUTI / CLABSI bundle reminders for Q2

Team,
- {{eponym:Foley}} catheters: daily necessity review on rounds; nurse-driven removal protocol applies POD 2 for ortho and GU unless urology order says otherwise.
- Bladder scan before straight cath; PVR >{{lab:400 mL}} x2 -> page covering provider.
- Central lines: CHG bathing daily, {{drug:Biopatch}} at site, Tegaderm change q7d or if soiled. PICC in place >30 days needs IR review.
- {{drug:Heparin}} lock vs saline per Vascular Access Team policy VAT-12.
- Skin: {{score:Braden}} <=12 triggers WOC consult; document {{eponym:Morse}} Fall Scale each shift.
- Sepsis screen: {{score:qSOFA >= 2}} or lactate >{{lab:2}} -> Sepsis BPA fires, ED and floors follow the 3-hour bundle.
Audit results will be posted on the Nursing Quality SharePoint. Questions to the Infection Prevention inbox.
""", summary="""
Infection Prevention reminded staff of {{eponym:Foley}} removal, central-line care, {{score:Braden}}-triggered wound consults and sepsis screening bundles for the quarter.
"""),

    dict(style="ehr_field_export", note="""
PATIENT: [[NAME:GURUNG, MAN BAHADUR]]
PREFERRED NAME: [[NAME:Man]]
MRN: [[MRN:88-40217-3]]
DOB: [[DATE:01/01/1948]]   (registration default -- pt unsure of actual DOB)
AGE: {{age:77}}
LANGUAGE: Nepali   INTERPRETER NEEDED: Y
INTERPRETER OF RECORD: [[NAME:Tek Nath Dhungana]] (badge [[MRN:IS-2291]]) or phone line
ADDRESS: [[ADDRESS:1120 Brookfield Ct Apt 4B]], [[ADDRESS:Erie]], PA [[ADDRESS:16509]]
HOME PHONE: [[PHONE:814-555-0174]]
EMERGENCY CONTACT 1: [[NAME:Dal Maya Gurung]] (wife, no English)
EMERGENCY CONTACT 2: [[NAME:Bishal]] (grandson, English) [[PHONE:814-555-0162]]
PCP: [[NAME:N. Ghimire]], DO
PAYER: PA Medicaid   MEMBER ID: [[MRN:9031174526]]
ALLERGIES: NKDA
PROBLEMS: HTN; T2DM; chronic hep B (on {{drug:tenofovir}}); LTBI treated
ADVANCE DIRECTIVE: none on file -- family decision-making, eldest son [[NAME:Hari]]
LAST ENCOUNTER: [[DATE:2025-01-28]] clinic, {{vital:BP 148/90}}, {{lab:A1c 7.9}}
NOTES: [[NAME:hari]] and [[NAME:bishal]] both listed as proxy in MyChart; confirm with pt via interp which one
""", summary="""
Registration export for [[NAME:Man Bahadur Gurung]], a Nepali-speaking man with hypertension, diabetes and hepatitis B who needs an interpreter; his son [[NAME:Hari]] leads family decisions and proxy access for [[NAME:Hari]] and grandson [[NAME:Bishal]] needs confirming.
"""),

    dict(style="secure_chat", note="""
Secure Chat -- Peds Clinic Team -- [[DATE:Tue 6/10]]
[[NAME:htun.aung]] 09:02  0930 is [[NAME:Eh Ku Say]] (age {{age:4}}), mom [[NAME:Paw Wah]] needs Karen interp, in person not avail, video ok?
[[NAME:Mi Mi]] 09:03  video fine. [[NAME:Zaw]] can room
[[NAME:zaw.min.oo]] 09:05  roomed 3. {{vital:wt 15.8 kg}} {{vital:T 38.4}} {{vital:HR 132}} {{vital:SpO2 98%}}
[[NAME:rkeller]] 09:21  ill see him next. [[NAME:Thandar]] can you pull his abx hx, think he had {{drug:amoxicillin}} for AOM in april
[[NAME:thandar.w]] 09:24  yes {{drug:amox}} {{dose:90 mg/kg/day}} x10d, started [[DATE:4/17]]. also {{drug:Augmentin}} in feb at urgent care
[[NAME:rkeller]] 09:40  bilat TM bulging, 2nd in 3 mo. {{drug:Augmentin}} {{dose:90 mg/kg/day}}, ENT referral. [[NAME:Mi Mi]] pls send to Dr [[NAME:Khine]]
[[NAME:Mi Mi]] 09:41  sent. mom asked for bus card, Saw [[NAME:Ler Htoo]] (CHW) will bring
""", summary="""
Clinic chat about [[NAME:Eh Ku Say]], a 4-year-old with fever and a second ear infection in three months seen with a Karen video interpreter; Dr. [[NAME:R. Keller]] prescribed {{drug:Augmentin}} and referred him to ENT Dr. [[NAME:Khine]].
"""),

    dict(style="inbasket_result_note", note="""
Result Note -- released to MyChart [[DATE:Sept 12, 2024]]
To: [[NAME:Thomas Kuruvilla Varghese]]
From: [[NAME:Anjali Menon]], PA-C   cc: [[NAME:Nambiar, Suresh P]] MD

Dear Mr. [[NAME:Varghese]],
Your labs from [[DATE:September 9]] are back. Your {{lab:LDL 142}} is higher than our goal for someone with diabetes, and your {{lab:A1c 6.9}} is a little better than in March. Kidney and liver tests are normal. Dr. [[NAME:Nambiar]] and I recommend starting {{drug:atorvastatin}} {{dose:20 mg}} nightly. A prescription was sent to the pharmacy on [[ADDRESS:Golf Rd]] in [[ADDRESS:Des Plaines]].
Please call [[NAME:Sherin]] at our office, [[PHONE:(847) 555-0193 ext 2204]], with any questions.
-- [[NAME:Anjali]]

Reply [[DATE:9/13/2024]] 20:11:
thank you madam. my wife [[NAME:mollykutty]] also asking should she check cholesterol she is your patient also. [[NAME:thomas]]
""", summary="""
[[NAME:Anjali Menon]] told [[NAME:Thomas Varghese]] his {{lab:LDL 142}} was above goal and started {{drug:atorvastatin}} {{dose:20 mg}}; he replied asking whether his wife should also be checked.
"""),

    dict(style="lab_callback_log", note="""
MICROBIOLOGY CALL LOG -- [[DATE:2024-12-02]]

#1 0815  Blood cx 1 of 2 bottles: {{eponym:Gram}}-negative rods.
   Pt [[NAME:CHOWDHURY, RATNA]]  MRN [[MRN:5530917]]  Loc 4E-412
   Called to [[NAME:Ferdousi Begum]] RN. Read-back OK. RN to notify [[NAME:Mukhopadhyay]].
#2 1120  CSF {{eponym:Gram}} stain: no organisms seen, WBC pending.
   Pt [[NAME:NAG, SUBHRANIL]]  MRN [[MRN:5531402]]  PICU-6
   Called to [[NAME:Dasgupta]] (fellow) pager [[PHONE:7731]]. Read-back OK.
#3 1515  Update #1: {{eponym:Klebsiella}} pneumoniae, ESBL screen positive; {{drug:ceftriaxone}} R, {{drug:meropenem}} S.
   Called directly to Dr [[NAME:Anirban Mukhopadhyay]] (pgr [[PHONE:3381]]). Read-back OK. Changing to {{drug:meropenem}}.
#4 1602  C. diff PCR positive, toxin EIA negative.
   Pt [[NAME:BANERJEE S.]]  MRN [[MRN:5528860]]  5W
   Called to [[NAME:rmondal]] via secure chat, then phone x[[PHONE:5512]]. Read-back OK. Contact-plus started.
Tech: [[NAME:SKM]] / reviewed [[NAME:P. Sarkar]], MLS(ASCP)
""", summary="""
Microbiology called a {{eponym:Gram}}-negative bacteremia in [[NAME:Ratna Chowdhury]] later identified as ESBL {{eponym:Klebsiella}} pneumoniae to Dr. [[NAME:Mukhopadhyay]], plus a negative CSF {{eponym:Gram}} stain for [[NAME:Subhranil Nag]] and a C. diff PCR for [[NAME:S. Banerjee]].
"""),

    dict(style="page_log", note="""
GROUP PAGE TRANSCRIPT -- Rapid Response / Code -- [[DATE:08/23/2025]]
1942  RRT 7 NORTH RM 712 -- call back [[PHONE:4-7712]]
1943  ack [[NAME:Ko Ko]] (RRT RN), [[NAME:Sithu]] (RT), [[NAME:venkatesan.r]] (MD)
1951  FYI 712 [[NAME:WHITFIELD]] -- {{vital:SpO2 84%}} on 4L, {{vital:RR 32}}, {{vital:HR 118}}; NRB, stat ABG, CXR. Primary [[NAME:Grace Abernathy]] notified.
2010  ABG {{lab:7.29/58/61}}. BiPAP started, {{drug:furosemide}} {{dose:40 mg IV}}. Transfer to IMC. -- [[NAME:RV]]
2033  CODE BLUE 3 SOUTH RM 318 -- [[PHONE:4-3318]]
2034  ack [[NAME:Ko Ko]], [[NAME:Sithu]], [[NAME:Venkatesan]], pharm [[NAME:Lwin]], anesth Dr. [[NAME:O'Hare]]
2047  318 ROSC after 2 rounds, {{drug:epi}} {{dose:1 mg}} x2. To MICU. Family ([[NAME:Sanjeevani]], daughter) called by [[NAME:Ko Ko]].
""", summary="""
Group pages show a rapid response for [[NAME:Whitfield]] with hypoxemic respiratory failure moved to IMC on BiPAP, then a code blue with return of circulation after two rounds of {{drug:epinephrine}}; [[NAME:Ko Ko]] called the patient's daughter [[NAME:Sanjeevani]].
"""),

    dict(style="secure_chat", note="""
Secure Chat -- 5 West / Pharmacy -- Tues
Nurse 5W: bed 22 vanc trough came back {{lab:24.6}}, next dose due 1400. hold?
Pharmacy (ID): yes hold. AUC estimate >{{lab:700}}, Cr up to {{lab:1.6}} from {{lab:1.1}}. Will redose by level.
Nurse 5W: ok held. random level in AM?
Pharmacy (ID): random at 0600 with BMP. Also pls make sure {{drug:Zosyn}} is extended infusion over 4 h, MAR shows 30 min.
Nurse 5W: pump library had it wrong, fixed, will run {{dose:3.375 g}} over 4h
Pharmacy (ID): thanks. Flag to Nephro if UOP <{{vital:0.5 mL/kg/h}} x6h. {{drug:Vancomycin}} AKI reportable on the ADE log.
Nurse 5W: copy. CAUTI -- {{eponym:Foley}} still in from OR, ok to d/c per protocol?
Pharmacy (ID): that's nursing/primary, not us, page primary. 
""", summary="""
A nurse and the ID pharmacist agreed to hold {{drug:vancomycin}} for a trough of {{lab:24.6}} with rising creatinine, fix the {{drug:Zosyn}} extended infusion, and route the {{eponym:Foley}} removal question to the primary team.
"""),

    dict(style="staff_message", note="""
Staff Msg   [[DATE:10/14/2024]] 16:11
FROM: [[NAME:Gurpreet Kaur Sandhu]], LCSW
TO: [[NAME:Harpreet Singh Grewal]] MD; [[NAME:jdhillon]] (Case Mgmt)
RE: [[NAME:Baljit Kaur]]  MRN [[MRN:71120984]]  -- d/c planning

Met with pt and husband Sardar [[NAME:Kulwant Singh]] with Punjabi interp [[NAME:Manjit]] (ID [[MRN:PJ-0417]]). Pt {{age:81}}, post CVA, R hemiparesis, {{score:mRS 4}}. Family declines SNF; prefers home with son [[NAME:Amandeep]] and dtr-in-law [[NAME:Rajvir]] caring, they live on [[ADDRESS:Tully Rd]] in [[ADDRESS:Modesto]]. Need hospital bed, {{eponym:Hoyer}} lift, commode.
Home health referral to Sunrise Home Care ([[PHONE:209-555-0148]]). Outpt PT/OT.
Family asks if the granthi from the gurdwara can visit before d/c -- ok per unit, [[NAME:Jaspreet]] on 4N coordinating.
Pls sign HH face-to-face by tmrw. -- [[NAME:GKS]]
""", summary="""
Social worker [[NAME:Gurpreet Kaur Sandhu]] documented that [[NAME:Baljit Kaur]], {{age:81}}, post-stroke, will go home with her son [[NAME:Amandeep]] and daughter-in-law [[NAME:Rajvir]] in [[ADDRESS:Modesto]] instead of SNF, with home health and equipment needing Dr. [[NAME:Grewal]]'s signature.
"""),

    dict(style="ehr_export_pipe", note="""
UNIT CENSUS EXTRACT | 3 South Oncology | run [[DATE:01/07/2025]] 0600
BED |PT_NAME                       |MRN          |AGE |ATTENDING          |RN           |CODE |ISO
301A|[[NAME:NAGARAJAN, KAMALA]]            |[[MRN:10422785]]     |{{age:71}}  |[[NAME:SUBRAMANIAM K]]     |[[NAME:Aye Aye]]      |FULL |--
301B|[[NAME:HTAY, KHIN]]                  |[[MRN:10431120]]     |{{age:64}}  |[[NAME:SUBRAMANIAM K]]     |[[NAME:Aye Aye]]      |DNR  |neutropenic
302 |[[NAME:SELVAM]], FNU                  |[[MRN:10390057]]     |{{age:58}}  |[[NAME:Rao, Pratibha]]     |[[NAME:jkoshy]]       |FULL |contact
303 |[[NAME:DORJI, TSHERING]]              |[[MRN:10440681]]     |{{age:45}}  |[[NAME:Rao, Pratibha]]     |[[NAME:jkoshy]]       |FULL |airborne r/o TB
304 |[[NAME:ABERNATHY-KING, ROSE M]]       |[[MRN:10288714]]     |[[AGE:92]]  |[[NAME:Fairbanks]]         |[[NAME:Bo Lin]]       |DNR/DNI |--
305 |[[NAME:KANDASAMY, PERIYASAMY]]        |[[MRN:10443302]]     |{{age:67}}  |[[NAME:SUBRAMANIAM K]]     |[[NAME:Bo Lin]]       |FULL |--
FOOTER|charge RN [[NAME:Sheeba Mathew]] x[[PHONE:3301]]|pharm [[NAME:Lalitha]] x[[PHONE:3345]]|census 6/8
""", summary="""
The 3 South census lists six patients, including [[NAME:Kamala Nagarajan]] and [[NAME:Khin Htay]] under Dr. [[NAME:K. Subramaniam]], single-named [[NAME:Selvam]] on contact isolation, [[NAME:Tshering Dorji]] on airborne isolation, and [[AGE:92]]-year-old [[NAME:Rose Abernathy-King]] who is DNR/DNI.
"""),

    dict(style="inbasket_patient_message", note="""
In Basket: Patient Advice Request   [[DATE:Mon 2/3/2025]] 22:48
Pt: [[NAME:Bhavsar, Hetal N]]   DOB [[DATE:5/2/1986]]   MRN [[MRN:3310925]]
To: [[NAME:Kulkarni, Aditi]] MD -- OB/GYN

Hi Dr [[NAME:Kulkarni]], hope you are well. I am 31 wks and since Saturday my feet and hands are swelling a lot and today headache that is not going with {{drug:Tylenol}}. My home BP was {{vital:146/94}} and then {{vital:150/96}}. [[NAME:Nilesh]] says I am worrying too much but my mother in law [[NAME:Jyotsnaben]] says come in. Should I come to L&D? We will be at my sister [[NAME:Falguni]]'s place in [[ADDRESS:Edison]] tonight.
Thanks, [[NAME:Hetal]]

-- Routed to triage RN [[NAME:Hope Deshpande]] [[DATE:2/3/25]] 22:55
Called pt at [[PHONE:201-555-0127]]. Advised go to L&D now for PEC eval (BP, UPCR, PIH labs). Pt agreed, [[NAME:Nilesh]] driving. L&D charge [[NAME:Will Patterson]] RN notified. -- [[NAME:Hope]]
""", summary="""
At 31 weeks, [[NAME:Hetal Bhavsar]] messaged Dr. [[NAME:Kulkarni]] about swelling, headache and home BP {{vital:150/96}}; triage nurse [[NAME:Hope Deshpande]] sent her to labor and delivery for a preeclampsia workup and notified [[NAME:Will Patterson]].
"""),

    dict(style="lab_callback_log", note="""
POC GLUCOSE / CRITICAL CALLBACK -- Endocrine Clinic & Infusion -- [[DATE:15-Jul-2024]]

0905 [[NAME:Chattopadhyay, Mitali]] MRN [[MRN:2207741]] POC {{lab:BG 42}}  -> [[NAME:Rumki]] RN treated {{dose:15 g}} glucose tabs, recheck {{lab:BG 88}} 0920. Provider [[NAME:Mukherjee]] aware.
1032 [[NAME:Haldar, Bimal Krishna]] MRN [[MRN:2211908]] POC {{lab:BG >500 HI}} -> venous sent, {{lab:Glu 612}} {{lab:AG 14}}. Called Dr [[NAME:Sreeparna Mukherjee]] x[[PHONE:2219]] 1041, RB ok. Sent to ED.
1344 [[NAME:Sen P.]] (clinic walk-in, no MRN yet, temp reg [[MRN:T-884102]]) POC {{lab:BG 55}} -> juice, recheck {{lab:BG 97}}.
1500 QC Level 1 / Level 2 in range, meter 7 of 9 removed (cracked screen).
Signed: [[NAME:tdas]] (POCT coord) / [[NAME:T. Das]]
""", summary="""
The endocrine POC glucose log records hypoglycemia in [[NAME:Mitali Chattopadhyay]] and [[NAME:P. Sen]] treated in clinic and a glucose of {{lab:612}} in [[NAME:Bimal Krishna Haldar]] called to Dr. [[NAME:Mukherjee]] and sent to the ED.
"""),

    dict(style="secure_chat", note="""
Secure Chat -- Cardiology Consults -- [[DATE:Wed 9/17/2025]]
[[NAME:prasanna.y]] 10:02  consult 8N bed 14 [[NAME:Kondapalli]] {{age:66}}M new EF {{lab:25%}}, NSVT overnight
[[NAME:V.S.N. Murthy]] 10:05  which [[NAME:Kondapalli]], there are two on 8N
[[NAME:prasanna.y]] 10:06  [[NAME:Venkata Satya Narayana Murthy Kondapalli]], the one in 14. other is [[NAME:Kondapalli Ramya]] bed 22, no relation
[[NAME:V.S.N. Murthy]] 10:07  lol not my relative either. ok will see after cath lab
[[NAME:prasanna.y]] 10:31  {{lab:K 3.4}} {{lab:Mg 1.7}}, repleting. on {{drug:Entresto}}?
[[NAME:vsnmurthy]] 12:48  seen. start {{drug:metoprolol succinate}} {{dose:25 mg}}, {{drug:Entresto}} {{dose:24/26 mg}} BID once {{vital:SBP >100}}, LifeVest fitting, cMRI. [[NAME:Yedlapalli Sai Lakshmi Prasanna]] pls put order for LifeVest, rep is [[NAME:Brandon]] [[PHONE:614-555-0190]]
[[NAME:prasanna.y]] 12:52  done. son [[NAME:Srikanth]] asking for call, he is in [[ADDRESS:Hyderabad]], WhatsApp [[PHONE:+91 98480 21736]]
[[NAME:vsnmurthy]] 12:53  will call him at 1700 our time
""", summary="""
Cardiology chat between [[NAME:Yedlapalli Sai Lakshmi Prasanna]] and Dr. [[NAME:V.S.N. Murthy]] about [[NAME:Venkata Satya Narayana Murthy Kondapalli]] with new EF {{lab:25%}} and NSVT: beta-blocker, {{drug:Entresto}}, a LifeVest and cardiac MRI were ordered, and his son [[NAME:Srikanth]] in [[ADDRESS:Hyderabad]] will be called.
"""),

    dict(style="hl7_segments", note=r"""
MSH|^~\&|REGADT|VALLEYHLTH|CORE|VALLEYHLTH|[[DATE:20250322]]||ADT^A04|Q40917|P|2.3
EVN|A04|[[DATE:20250322]]
PID|1||[[MRN:VH5520178]]^^^VH^MR~[[MRN:1EG4-TE5-MK72]]^^^CMS^MB||[[NAME:SUBBA^DHAN^KUMARI]]^^^^^L~[[NAME:LIMBU^DHAN KUMARI]]^^^^^A||[[DATE:19550611]]|F||Asian|[[ADDRESS:3307 N Keating Ave]]^^[[ADDRESS:Chicago]]^IL^[[ADDRESS:60641]]||[[PHONE:773-555-0135]]|||W|||[[SSN:379-55-1204]]
NK1|1|[[NAME:SUBBA^PURNA^BDR]]|SON|[[ADDRESS:3307 N Keating Ave]]^^[[ADDRESS:Chicago]]^IL|[[PHONE:773-555-0199]]
NK1|2|[[NAME:RAI^SANGITA]]|DAU||[[PHONE:312-555-0170]]
PV1|1|O|FAMMED^^^VH|||||[[NAME:THAPA^BIKRAM^S]]^^^^^MD|||||||||||[[MRN:V2255014]]
IN1|1|MCR|CMS|Medicare Part B|||||||||||[[NAME:SUBBA^DHAN^KUMARI]]|SEL||||||||||||||||||[[MRN:1EG4-TE5-MK72]]
GT1|1||[[NAME:SUBBA^PURNA^BDR]]||[[ADDRESS:3307 N Keating Ave]]^^[[ADDRESS:Chicago]]^IL^[[ADDRESS:60641]]|[[PHONE:773-555-0199]]
ZPI|LANG^NEP~LIM|INTERP^Y|NOTE^alias [[NAME:LIMBU]] is clan name used on refugee I-94; pt answers to [[NAME:Dhan]] or [[NAME:Kumari]] ama
""", summary="""
ADT registration for [[NAME:Dhan Kumari Subba]] (alias [[NAME:Limbu]]) at family medicine with Dr. [[NAME:Bikram Thapa]], with Medicare coverage, son [[NAME:Purna Bdr Subba]] as guarantor and a Nepali/Limbu interpreter flag.
"""),

    dict(style="page_log", note="""
HOUSE SUPERVISOR PAGER -- capacity / flow -- night shift
2005  ED boarding 14 admits, 3 ICU holds. Surge Level 2 activated per Capacity Plan.
2030  5E: 2 dirty beds, EVS ETA 40 min. 6W: 1 pending d/c waiting on ride.
2112  MICU 0 open, SICU 1 (bed 8) -- reserved for OR case, trauma backup.
2140  Pharmacy: Pyxis on 4N down, override access granted to charge RN until IT fix.
2215  Telemetry boxes: 3 available on 7N; request to return unused boxes from 3S.
2300  Transfer Center: 2 outside requests declined (no ICU bed), 1 accepted to IMC.
0130  Staffing: 5W short 1 RN, float pool sent. Sitter request x2 for fall risk ({{score:Morse 65}}, {{score:Morse 80}}) -- 1 filled.
0415  EVS caught up, ED boarders down to 9.
""", summary="""
Night house-supervisor pages tracked surge level 2 with 14 ED boarders, no MICU beds, a Pyxis outage, staffing and sitter gaps, and boarders down to 9 by early morning.
"""),

    dict(style="inbasket_refill", note="""
Rx Request (electronic) -- rec'd [[DATE:06/02/2025]]
Pharmacy: Nandi Care Pharmacy, [[ADDRESS:2810 El Camino Real]], [[ADDRESS:Santa Clara]]  ph [[PHONE:408-555-0161]] fax [[PHONE:408-555-0162]]
Pt: [[NAME:GOWDA, CHANNABASAPPA H]]   DOB [[DATE:11/19/1944]]
Med: {{drug:apixaban}} ({{drug:Eliquis}}) {{dose:5 mg}} BID #60 RF0
Last fill [[DATE:5/1/25]]. Prescriber on file: [[NAME:Hegde, Shrinivas]] MD (retired)

Pool note [[NAME:nshetty]] [[DATE:6/2]]: Dr [[NAME:Hegde]] left practice. Pt now w [[NAME:Raghavendra Bhat]] but not seen yet. Age {{age:80}}, wt {{vital:58 kg}}, {{lab:Cr 1.3}} [[DATE:3/14/25]] -- meets 2 of 3 criteria for {{dose:2.5 mg}}?
[[NAME:Bhat]] reply: yes {{lab:Cr 1.3}} doesn't meet (need >=1.5) -- age >=80 and wt <=60 = 2 criteria -> reduce to {{dose:2.5 mg}} BID. Sent {{dose:2.5 mg}} #60 RF2. Pls tell pt & dtr [[NAME:Shwetha]], and book new pt visit.
[[NAME:N. Shetty]] [[DATE:6/2]] 1522: LM for [[NAME:Shwetha]] at [[PHONE:408-555-0149]], faxed pharmacy.
""", summary="""
A refill request for {{drug:Eliquis}} for [[NAME:Channabasappa Gowda]] came to the pool after Dr. [[NAME:Hegde]] retired; Dr. [[NAME:Raghavendra Bhat]] lowered the dose to {{dose:2.5 mg}} twice daily based on age and weight, and [[NAME:N. Shetty]] left a message for his daughter [[NAME:Shwetha]].
"""),

    dict(style="secure_chat", note="""
Secure Chat -- Med/Surg 4B -- [[DATE:June 6]]
[[NAME:Grace]] (charge): who has 12 and 14 today
[[NAME:jbaker]]: me. 12 is Mr [[NAME:King]], 14 is [[NAME:June Price]]
[[NAME:Grace]]: [[NAME:King]] has PT at 10, pls premedicate {{drug:oxycodone}} {{dose:5 mg}} at 0930. [[NAME:Price]] needs the {{eponym:Foley}} out by noon
[[NAME:jbaker]]: ok. Dr [[NAME:Page]] wants to be paged when [[NAME:Price]] voids
[[NAME:Page, Martin]] (hosp): yes pls page me not secure chat, pager [[PHONE:2716]]. also start {{drug:Eliquis}} {{dose:2.5 mg}} BID for VTE ppx on 12
[[NAME:Grace]]: [[NAME:King]]'s daughter [[NAME:Savannah]] is POA, she is flying in from [[ADDRESS:Austin]] tonight
[[NAME:jbaker]]: fyi [[NAME:June]] was in the ED in June 2024 for same UTI. culture then {{eponym:Proteus}}
[[NAME:Page, Martin]]: thx, keep {{drug:ceftriaxone}}. case discussed w ID Dr. [[NAME:Young]]
""", summary="""
Charge nurse [[NAME:Grace]] and [[NAME:J. Baker]] coordinated care for Mr. [[NAME:King]] (analgesia before PT, {{drug:Eliquis}} prophylaxis per Dr. [[NAME:Page]]) and [[NAME:June Price]] ({{eponym:Foley}} removal, {{drug:ceftriaxone}} for a recurrent UTI); [[NAME:King]]'s daughter [[NAME:Savannah]] is arriving from [[ADDRESS:Austin]].
"""),

    dict(style="ehr_field_export", note="""
REFERRAL ORDER -- outgoing
REFERRAL #: [[MRN:RF-2024-118330]]
DATE: [[DATE:11/20/2024]]
PATIENT: [[NAME:HTOO, EH SAY]]
ALT NAME: [[NAME:Eh Say Htoo]] / Saw [[NAME:Eh Say]] (on UNHCR docs)
DOB: 00/00/1990 -> entered as [[DATE:01/01/1990]]
SEX: M   LANGUAGE: S'gaw Karen   INTERPRETER: required
PHONE: [[PHONE:(651) 555-0108]] (wife Naw [[NAME:Mu Lah]])
ADDRESS: [[ADDRESS:640 Payne Ave]], [[ADDRESS:Saint Paul]] MN [[ADDRESS:55130]]
REFERRING: [[NAME:Lor, Pa Nhia]] MD, Family Med
REFERRED TO: GI -- Dr [[NAME:Ba Tun]] / Dr [[NAME:Thida]]
REASON: chronic hep B, {{lab:HBV DNA 24,000 IU/mL}}, {{lab:ALT 88}}; needs fibroscan + treatment eval
INSURANCE: MN Medical Assistance ID [[MRN:00481227]]
NOTES: pt works nights at poultry plant in [[ADDRESS:Cold Spring]]; prefers Tues AM. Karen interp -- [[NAME:Paw Say Moo]] preferred (female interp declined by pt, ask for male, e.g. [[NAME:Ler Wah]])
""", summary="""
Outgoing GI referral for [[NAME:Eh Say Htoo]], a Karen-speaking man with chronic hepatitis B ({{lab:ALT 88}}), from Dr. [[NAME:Pa Nhia Lor]] to Dr. [[NAME:Ba Tun]] or Dr. [[NAME:Thida]], with a male interpreter requested.
"""),

    dict(style="lab_callback_log", note="""
BLOOD BANK -- notification log
[[DATE:2025-03-29]]
0622  Antibody screen POS, anti-K identified. Pt [[NAME:KRISHNAN, VIJAYALAKSHMI]] ([[MRN:4471028]]), L&D. 2 units K-neg crossmatch in progress, ETA 2 h.
      Notified: [[NAME:K. Subramaniam]] (OB attending) via [[NAME:Anitha]] RN, RB by [[NAME:Anitha]]. -- [[NAME:rpillay]]
0810  MTP activated OR 4, pt [[NAME:WEERASEKARA, DINESH]] ([[MRN:4470095]]), trauma. Cooler 1 out 0814 (4 RBC/4 FFP), cooler 2 0831.
      Caller: anesth [[NAME:A. Jeyakumar]]. TEG on the way. -- [[NAME:RP]]
0905  MTP deactivated per [[NAME:Jeyakumar]]. Returned 2 FFP unused, in temp.
1140  DAT POS (IgG) on Baby Boy [[NAME:Krishnan]] ([[MRN:4471390]]), mother anti-K. Called NICU [[NAME:Sivakumar]] NNP. Bili {{lab:7.9}} at 6 h.
1430  Irradiated plt request for [[NAME:S. Ramachandran]] (BMT), 1 apheresis unit issued. Confirmed w Dr. [[NAME:Ramalingam]].
""", summary="""
Blood bank notifications included anti-K antibody in [[NAME:Vijayalakshmi Krishnan]] reported to Dr. [[NAME:K. Subramaniam]] and later a positive DAT in her newborn, a massive transfusion for [[NAME:Dinesh Weerasekara]] run with [[NAME:A. Jeyakumar]], and platelets for [[NAME:S. Ramachandran]].
"""),

    dict(style="staff_message", note="""
Staff Message  [[DATE:Fri 4/25/2025]] 08:14
From: [[NAME:D'Souza, Marisa]] RN (Care Coord)
To: [[NAME:de Silva, Ruwan]] MD; [[NAME:Fernando, Nishani]] NP
Cc: [[NAME:mpereira]]

Pt [[NAME:Jayawardena, Kumudini]] (MRN [[MRN:5580047]]) -- called re the Tamil/Sinhala issue: she is Sinhala-speaking, registration put Tamil, so the interp last visit ([[NAME:Thevarajah]]) could not help and her nephew [[NAME:Lasantha]] interpreted. Fixed to Sinhala in reg. Next visit [[DATE:5/9]] booked w Sinhala phone interp.
Also {{drug:warfarin}}: {{lab:INR 3.8}} yesterday on {{dose:5 mg}} daily. Pt reports eating less, fasting for Poya days. Dr [[NAME:de Silva]] -- hold tonight and {{dose:2.5 mg}} tomorrow? recheck Tues?
-- [[NAME:Marisa]]

Reply [[NAME:rdesilva]] 09:40: agree, hold x1 then {{dose:2.5 mg}} x1 then {{dose:5 mg}}, INR Tues. Thanks for fixing the language field. [[NAME:Nishani]] to see her [[DATE:5/9]].
""", summary="""
Care coordinator [[NAME:Marisa D'Souza]] corrected [[NAME:Kumudini Jayawardena]]'s preferred language to Sinhala after a Tamil interpreter was booked in error, and Dr. [[NAME:Ruwan de Silva]] held {{drug:warfarin}} for {{lab:INR 3.8}} with a recheck planned.
"""),

    dict(style="ehr_flowsheet_export", note="""
FLOWSHEET EXPORT -- Vitals/Labs (de-identified test extract, no header rows)
TIME |BP     |HR  |RR |SpO2 |TEMP |PAIN |GCS |NOTES
0400 |{{vital:112/70}} |{{vital:88}}  |{{vital:18}} |{{vital:96%}}  |{{vital:37.1}} |2/10 |{{score:15}}  |sleeping
0800 |{{vital:98/60}}  |{{vital:104}} |{{vital:22}} |{{vital:93%}}  |{{vital:38.3}} |4/10 |{{score:15}}  |blood cx x2 sent, {{drug:Tylenol}} {{dose:650 mg}}
0830 |--     |--  |-- |--   |--   |--   |--  |{{lab:Lactate 2.6}}, {{lab:WBC 15.2}}, Sepsis BPA fired
0900 |{{vital:94/56}}  |{{vital:110}} |{{vital:24}} |{{vital:92%}}  |--   |--   |{{score:14}}  |LR {{dose:30 mL/kg}} started, {{drug:Zosyn}} {{dose:4.5 g}}
1100 |{{vital:108/66}} |{{vital:96}}  |{{vital:20}} |{{vital:95%}}  |{{vital:37.6}} |2/10 |{{score:15}}  |repeat {{lab:lactate 1.5}}
1500 |{{vital:116/72}} |{{vital:90}}  |{{vital:18}} |{{vital:96%}}  |{{vital:37.2}} |1/10 |{{score:15}}  |{{score:CIWA 3}}, {{score:RASS 0}}
""", summary="""
A flowsheet extract shows early sepsis with hypotension, fever and {{lab:lactate 2.6}} treated with fluids and {{drug:Zosyn}}, with lactate clearing to {{lab:1.5}} and vitals normalizing by afternoon.
"""),

    dict(style="secure_chat", note="""
secure chat -- home health / pcp -- [[DATE:12/03/2024]]
[[NAME:sonam.l]] 11:02 hi dr [[NAME:chhetri]] this is [[NAME:sonam]] HH nurse visited [[NAME:dawa]] today weight up {{vital:2.1 kg}} since friday legs 3+ pitting {{vital:sats 91%}} RA
[[NAME:sonam.l]] 11:03 his wife [[NAME:yangchen]] says he is taking the {{drug:lasix}} only morning not evening because of toilet at night
[[NAME:achhetri]] 11:20 thanks [[NAME:sonam]]. increase {{drug:furosemide}} to {{dose:40 mg}} am + {{dose:20 mg}} at 2pm instead of night. bmp in 3 days. any sob at rest
[[NAME:sonam.l]] 11:22 no sob at rest only walking to bathroom. i will tell [[NAME:yangchen]] and grandson [[NAME:tenzin]] he reads english
[[NAME:achhetri]] 11:24 ok if wt up another 1 kg or sob at rest send to ED. also ask [[NAME:karma]] at pharmacy for blister pack
[[NAME:sonam.l]] 11:25 ok will do thank u
""", summary="""
Home health nurse [[NAME:Sonam]] reported weight gain and edema in [[NAME:Dawa]], who was taking {{drug:furosemide}} only in the morning; Dr. [[NAME:Chhetri]] increased it to {{dose:40 mg}} plus {{dose:20 mg}} in the afternoon with labs in 3 days and ED precautions.
"""),

    dict(style="inbasket_staff_message", note="""
Telephone Encounter -> Staff Msg
Caller: [[NAME:Saravanan]] (son)   Re: [[NAME:Muthulakshmi]]   MRN [[MRN:7702316]]   cb [[PHONE:(404) 555-0175]]
Taken by: [[NAME:A. Rajendran]]   [[DATE:08/05/2025]] 14:20

son calls mother had fall in bathroom sunday no LOC but R wrist swollen cannot lift kettle. she has osteoporosis was on {{drug:Fosamax}} stopped last yr due to heartburn. also asking when is her DEXA. mother speaks only Tamil son interprets. mother has single name on passport [[NAME:Muthulakshmi]] so insurance card shows [[NAME:MUTHULAKSHMI MUTHULAKSHMI]] pls do not change it again billing rejected claim [[MRN:CLM77045121]] last time

Plan per Dr. [[NAME:Palaniappan]] (verbal): urgent care or ortho walk-in today for xray, r/o distal radius fx ({{eponym:Colles}}). DEXA ordered. Discuss {{drug:Prolia}} at next visit.
Called back son 14:41, he will take her to Ortho Express on [[ADDRESS:Peachtree Industrial Blvd]]. -- [[NAME:AR]]
""", summary="""
[[NAME:Saravanan]] called about his mother [[NAME:Muthulakshmi]], a single-named Tamil speaker with osteoporosis, who fell and has a swollen right wrist; per Dr. [[NAME:Palaniappan]] she was sent for an x-ray to rule out a {{eponym:Colles}} fracture and a DEXA was ordered.
"""),

    dict(style="ehr_export_pipe", note="""
TRANSITION-OF-CARE EXTRACT | from: Riverside Skilled Nursing | to: St. Anselm Hospital | sent [[DATE:3/17/2025]]
RESIDENT|[[NAME:SEIN, NU]]|[[MRN:RSN-004417]]|[[DATE:02-Feb-1931]]|[[AGE:94]]
ALIAS|Daw [[NAME:Nu Sein]]; family calls her [[NAME:Phwa Phwa]]
POA|[[NAME:Myint Myint Aye]] (niece)|[[PHONE:(415) 555-0113]]|[[EMAIL:myintmyint.aye@inboxmail.com]]
ATTENDING_SNF|[[NAME:Oo, Kyaw Zin]] MD|[[PHONE:415-555-0150]]
REASON|hypoxia {{vital:SpO2 86%}} RA, {{vital:T 38.6}}, ?aspiration PNA
CODE|DNR -- OK to intubate? NO (POLST [[DATE:1/9/2025]], signed [[NAME:Myint Myint Aye]])
MEDS|{{drug:donepezil}} {{dose:10 mg}} qhs; {{drug:amlodipine}} {{dose:5 mg}}; {{drug:Seroquel}} {{dose:12.5 mg}} prn
FUNCTION|{{score:Barthel 20}}; dysphagia, mech soft / nectar thick
NURSE_REPORT|[[NAME:ttun]] LPN to [[NAME:Alisha]] ED RN, 1510
NOTE|resident is Buddhist; niece requests monk U [[NAME:Zawtika]] be called if declining
""", summary="""
A nursing-home transfer extract sends [[AGE:94]]-year-old Daw [[NAME:Nu Sein]] to hospital for hypoxia and fever with suspected aspiration pneumonia; she is DNR and not for intubation per POLST signed by niece [[NAME:Myint Myint Aye]], who asks that a monk be called if she declines.
"""),
]
