NOTES = [
    dict(style="audit_trail", note="""
EHR ACCESS AUDIT -- Report AUD-114 (patient-centric)   run by [[NAME:kkoh2]] (Privacy)   [[DATE:2025-03-18]] 09:02
Patient: [[NAME:LIM, SOOK CHING]]   MRN [[MRN:10442875]]   Range [[DATE:03/10/2025]] - [[DATE:03/17/2025]]
TIMESTAMP           | USER ID      | USER NAME               | ROLE      | WKSTN       | ACTION                          | CSN
[[DATE:2025-03-10]] 14:02:11 | [[NAME:ttakeda4]]     | [[NAME:TAKEDA, TOMOKO]]          | RN        | WS-4E-112   | Chart Review - Flowsheets       | [[MRN:3300418827]]
[[DATE:2025-03-10]] 14:09:55 | [[NAME:wkhoo]]        | [[NAME:KHOO, WEI LING]]          | MD        | WS-4E-101   | Order Entry - {{drug:Eliquis}} {{dose:5 mg}}  | [[MRN:3300418827]]
[[DATE:2025-03-11]] 02:47:30 | [[NAME:jnguyen7]]     | [[NAME:NGUYEN, JAMES Q]]         | RT        | WS-RT-03    | Flowsheet - {{vital:SpO2 94%}}          | [[MRN:3300418827]]
[[DATE:2025-03-14]] 22:16:04 | [[NAME:hope.santos]]  | [[NAME:SANTOS, HOPE]]            | Unit Clerk| WS-5W-020   | Break-the-Glass "Direct care"   | [[MRN:3300418827]]
[[DATE:2025-03-14]] 22:16:40 | [[NAME:hope.santos]]  | [[NAME:SANTOS, HOPE]]            | Unit Clerk| WS-5W-020   | Media Tab - Open scanned doc    | [[MRN:3300418827]]
[[DATE:2025-03-14]] 22:19:12 | [[NAME:hope.santos]]  | [[NAME:SANTOS, HOPE]]            | Unit Clerk| WS-5W-020   | Demographics - View phone       | --
[[DATE:2025-03-17]] 08:30:00 | [[NAME:wkhoo]]        | [[NAME:KHOO, WEI LING]]          | MD        | WS-4E-101   | Discharge Summary - Sign        | [[MRN:3300418827]]
Flag: user [[NAME:hope.santos]] on 5W, pt on 4E, no assignment. Referred to manager [[NAME:Dela Paz]] ext [[PHONE:5590]] on [[DATE:3/18]].
""", summary="""
The access audit for [[NAME:Lim Sook Ching]] ([[MRN:10442875]]) flagged a break-the-glass entry on [[DATE:2025-03-14]] by unit clerk [[NAME:Hope Santos]] from another unit, referred to [[NAME:Dela Paz]] on [[DATE:3/18]].
"""),
    dict(style="registration_screen", note="""
REGISTRATION -- Patient Demographics (ADT Reg)      Screen 1 of 4      Clerk: [[NAME:rabad3]]  x[[PHONE:2261]]
Legal Name ........: [[NAME:BALAGTAS, FLORENCE JOY D]]        Preferred: "[[NAME:Flor]]"
MRN ...............: [[MRN:0028 9913]]          HAR: [[MRN:77104420918]]
DOB ...............: [[DATE:07/30/1966]]        Age: {{age:58}}     Sex: F
SSN ...............: XXX-XX-[[SSN:4410]]
Address ...........: [[ADDRESS:1427 Magnolia Ct Apt 3B, Vallejo, CA 94591]]
Home / Mobile .....: [[PHONE:707-555-0118]] / [[PHONE:707 555 0193]]
Email .............: [[EMAIL:florjoy.balagtas66@gmail.com]]
Employer ..........: Sutter Health (EVS)      Work ph [[PHONE:707-555-0100 x5521]]
Emerg contact 1 ...: [[NAME:Balagtas, Rommel]] (spouse)   [[PHONE:707-555-0161]]
Emerg contact 2 ...: [[NAME:Georgia Balagtas]] (daughter)  [[PHONE:+1 415 555 0170]]
PCP ...............: [[NAME:DIMAANO, ARLENE]] MD    NPI [[MRN:1528039941]]
Language ..........: English / Tagalog     Interpreter: N
Last updated [[DATE:11-Apr-2025]] 10:42 by [[NAME:rabad3]] -- verified ID (CA DL [[MRN:D4471920]])
""", summary="""
Registration for [[NAME:Florence Joy Balagtas]] ([[MRN:0028 9913]]), born [[DATE:07/30/1966]], lists her at [[ADDRESS:1427 Magnolia Ct Apt 3B, Vallejo, CA 94591]] with spouse [[NAME:Rommel]] ([[PHONE:707-555-0161]]) as first contact.
"""),
    dict(style="bed_board", note="""
BED BOARD -- 6 North (Med/Tele)    snapshot [[DATE:Wed 10/23/24]] 15:30    Charge: [[NAME:Rosalind Ng]] x[[PHONE:6620]]
Bed   Status     Patient        Age   Attending   Tele  Iso     EDD      Notes
601A  OCC        [[NAME:ABE, T.]]        {{age:84}}    [[NAME:KIMURA]]      Y     --      [[DATE:10/24]]    HHC set up, son driving
601B  DIRTY      --                                                       EVS called 15:10 ([[NAME:Jun]])
602   OCC        [[NAME:TRINH, V.]]      [[AGE:93]]    [[NAME:LAU]]         N     C.diff  [[DATE:10/26]]    {{eponym:Foley}} out, TOV due 18:00
603   BLOCKED    --                                                       Biomed: bed motor, ticket BM-55180
604   PEND ADM   [[NAME:PANG, W.]]       {{age:61}}    [[NAME:KIMURA]]      Y     --      --        ED hold since [[DATE:10/23]] 11:40
605   OCC        [[NAME:SUNG, J.]]       {{age:70}}    [[NAME:LAU]]         Y     MRSA    [[DATE:10/25]]    {{drug:heparin}} gtt, aPTT {{lab:71}}
606   CLEAN      --                                                       hold for [[NAME:Pang]]
607   OCC        [[NAME:MAY, DANIEL]]    {{age:39}}    [[NAME:Yoon]]        N     --      [[DATE:10/23]]    d/c order in, waiting on ride ([[NAME:Mason]], brother)
Staffing: 5 RN / 1 CNA ([[NAME:Lorna]]).  Sitter: none.  Next admit ETA 1600.  Tech: [[NAME:KT]] / [[NAME:SB]]
""", summary="""
On [[DATE:10/23/24]] 6 North had one pending admission, [[NAME:W. Pang]] from the ED, with bed 606 held for him; [[AGE:93]]-year-old [[NAME:V. Trinh]] in 602 was in C. diff isolation.
"""),
    dict(style="transport_log", note="""
PATIENT TRANSPORT LOG (TeleTracking export, tab-delimited)   Date: [[DATE:2024-07-02]]
Req#\tTime\tPatient\tMRN\tFrom\tTo\tMode\tTransporter\tStatus
T-8812\t07:05\t[[NAME:HOANG, MINH]]\t[[MRN:5510048]]\tED-14\tCT-2\tStretcher\t[[NAME:dmarquez2]]\tDone 07:31
T-8819\t07:20\t[[NAME:OKADA, RYO]]\t[[MRN:5492273]]\t4E-418\tIR\tBed\t[[NAME:wlee5]]\tDone 08:02 (O2 {{dose:2 L}})
T-8826\t07:48\t[[NAME:KANG, MIN-SEO]]\t[[MRN:5533019]]\t7S-702\tEndo\tStretcher\t[[NAME:dmarquez2]]\tCancelled -- pt ate ([[NAME:Hunter]] RN)
T-8830\t08:10\t[[NAME:WU, LI]]\t[[MRN:5501266]]\tDialysis\t5N-509\tWheelchair\t[[NAME:bo.reyes]]\tDone 08:25
T-8841\t09:02\t[[NAME:SALLEH, AMIRAH]]\t[[MRN:5540871]]\t3W-311\tMRI\tBed\t[[NAME:wlee5]]\tDelayed -- {{eponym:Swan-Ganz}}? no, PA line; MRI safety check by [[NAME:KN]]
T-8844\t09:15\t[[NAME:HOANG, MINH]]\t[[MRN:5510048]]\tCT-2\t6N-611\tStretcher\t[[NAME:bo.reyes]]\tDone 09:40
Escalations: T-8841 held 52 min. Dispatcher [[NAME:Yen]] x[[PHONE:4400]]. Call [[NAME:Bo]] if stretcher 7 still broken.
""", summary="""
The transport log of [[DATE:2024-07-02]] shows [[NAME:Minh Hoang]] ([[MRN:5510048]]) taken to CT and then to 6N, an endoscopy trip for [[NAME:Min-seo Kang]] cancelled because she had eaten, and a 52-minute MRI delay for [[NAME:Amirah Salleh]].
"""),
    dict(style="interface_queue", note="""
INTERFACE ERROR QUEUE -- ADT_IN (Registration -> Lab/Rad/Pharm)    filter: ERROR    [[DATE:2024-09-05]]
MsgID          Recv                 Event    Error                                   Assigned
ADT0905-00412  [[DATE:2024-09-05]] 08:12  A08      PID-3 not found in MPI                  [[NAME:jtan3]]
  PID|1||[[MRN:00918273]]^^^MRN||[[NAME:NGUYEN^THI HONG]]^^||[[DATE:19550412]]|F|||[[ADDRESS:88 Alvarado Rd^^San Jose^CA^95112]]||[[PHONE:(408)555-0127]]
ADT0905-00419  [[DATE:2024-09-05]] 08:40  A03      PV1-45 discharge dt before admit dt     [[NAME:jtan3]]
  PID|1||[[MRN:00920554]]^^^MRN||[[NAME:CHOO^KAH LENG]]^^||[[DATE:19880101]]|F
  PV1|1|I|5W^512^A||||[[MRN:1780033912]]^[[NAME:ISHII^KEN]]^^^^MD|||||||||||[[MRN:V44120987]]|||||||||||||||||||||||||[[DATE:20240906]]||[[DATE:20240904]]
ADT0905-00433  [[DATE:2024-09-05]] 09:17  A31      SSN format invalid "[[SSN:61-448-902]]"  [[NAME:mbui]]
  PID|1||[[MRN:00915582]]^^^MRN||[[NAME:PHAN^DUC ANH]]^^||[[DATE:19430722]]|M||||||||||||[[SSN:61-448-902]]
Resolution [[DATE:9/5]] 10:05 [[NAME:jtan3]]: 00412 was typo, correct MRN [[MRN:00918237]]; resent. 00419 dates swapped by reg, fixed w [[NAME:Angel]] x[[PHONE:3318]].
""", summary="""
Three ADT messages errored on [[DATE:2024-09-05]]: a mistyped MRN for [[NAME:Nguyen Thi Hong]] (corrected to [[MRN:00918237]]), swapped admit/discharge dates for [[NAME:Choo Kah Leng]], and an invalid SSN for [[NAME:Phan Duc Anh]].
"""),
    dict(style="scheduling", note="""
SCHEDULE -- Endocrinology Clinic, Suite 310      Provider: [[NAME:NAKAMURA, AYAKO]] MD      [[DATE:Thursday, March 6, 2025]]
Time   Pt name                    MRN          Type     Ins         Arrived  Notes
0800   [[NAME:Tan, Grace]]                 [[MRN:2204817]]      F/U 20   Medicare    0752     A1c {{lab:8.9}} last visit; bring meter
0820   [[NAME:Sim, Daniel J]]              [[MRN:2219904]]      NEW 40   Blue Shield --       ref from Dr [[NAME:Kwan]], thyroid nodule {{score:TI-RADS 4}}
0900   [[NAME:Ly, Kim]]                    [[MRN:2200382]]      F/U 20   Medi-Cal    0858     {{eponym:Graves}} on {{drug:methimazole}} {{dose:10 mg}}
0920   [[NAME:Kawaguchi, Emiko]]           [[MRN:2188510]]      TELE     Medicare    --       video; cb [[PHONE:510.555.0109]] if fails
0940   ** BLOCKED -- admin **
1000   [[NAME:Ho, Faith]]                  [[MRN:2231176]]      NEW 40   Kaiser      --       GDM -> postpartum OGTT; baby born [[DATE:1/22]]
1040   [[NAME:Do, Minh Chau]]              [[MRN:2196643]]      F/U 20   Medicare    --       NO SHOW x2 ([[DATE:11/14]], [[DATE:1/9]]); call [[PHONE:510 555 0182]]
1100   [[NAME:Abdul Rahman bin Said]]      [[MRN:2227718]]      F/U 20   Aetna       --       {{eponym:Cushing}} w/u, 1 mg DST result {{lab:cortisol 4.2}}
Overbook approved by [[NAME:AN]]. Scheduler: [[NAME:pkwok]] x[[PHONE:3107]]. Clinic fax [[PHONE:510-555-0111]].
""", summary="""
Dr. [[NAME:Ayako Nakamura]]'s endocrine clinic on [[DATE:March 6, 2025]] has seven patients, including [[NAME:Kim Ly]] with {{eponym:Graves}} disease on {{drug:methimazole}} and [[NAME:Minh Chau Do]], who has missed two visits.
"""),
    dict(style="interface_queue", note="""
INTERFACE ENGINE -- System Event Log (Rhapsody, prod-ie-02)
09:00:01  INFO   Channel ORU_LAB_IN started; 0 messages queued
09:14:22  WARN   Channel ADT_OUT_PACS latency 48 s (threshold 30 s)
09:14:50  ERROR  Channel ORM_RAD_OUT connection refused by host pacs-gw-1:6661 (TCP). Retry 1 of 5.
09:15:20  ERROR  Retry 2 of 5 failed. Alert paged to Interface On-Call group.
09:19:04  INFO   Connection restored. 37 messages resent, 0 duplicates detected.
10:02:17  WARN   Validation rule OBX-5 numeric: value "<0.01" flagged as non-numeric (Troponin I, hs). Passed with NTE.
10:45:00  INFO   Nightly MPI reconciliation job rescheduled to 02:00.
11:30:33  ERROR  Channel RDE_PHARM_IN: unknown formulary code for {{drug:Ozempic}} {{dose:0.25 mg}} pen. Held, ticket opened with Pharmacy Informatics.
12:00:00  INFO   Heartbeat OK on 14 of 14 channels.
""", summary="""
The interface engine log shows a brief PACS outbound outage (37 messages resent), a non-numeric troponin value passed with a note, and an unmapped {{drug:Ozempic}} formulary code held for Pharmacy Informatics.
"""),
    dict(style="registration_screen", note="""
ED QUICK REGISTRATION -- Unidentified Patient      Created [[DATE:08/17/2024]] 23:48 by [[NAME:sdimaculangan]]
Name ..........: [[NAME:TRAUMA, OSCAR]]   (alias, unknown male, est. age 30s)
MRN ...........: [[MRN:9000441872]] (temp)     Enc: [[MRN:E-2408-17-0331]]
Arrival .......: Medic 21, MVC on [[ADDRESS:Hwy 99]] near [[ADDRESS:Elk Grove]]
Belongings ....: wallet w/ CA ID, phone (locked), 2 rings -- bagged by security badge [[MRN:SEC-0719]]
----- UPDATE [[DATE:08/18/2024]] 02:15 by [[NAME:sdimaculangan]] -----
Identified as: [[NAME:VU, QUANG HUY]]   DOB [[DATE:3 Jan 1991]]
Existing MRN found: [[MRN:0033 1820 7]]  -> merge request MRG-24-0811 sent to HIM ([[NAME:Yumi]] x[[PHONE:2290]])
Next of kin ...: [[NAME:Vu Thi Thu]] (mother) [[PHONE:916-555-0135]], lives [[ADDRESS:Stockton]]
Insurance .....: Medi-Cal BIC [[MRN:94418270F]], issue date [[DATE:05/12/2022]]
Comment .......: pt intubated, {{score:GCS 7T}}; mother notified by [[NAME:Jordan]] (SW) at 02:40
""", summary="""
An unidentified male registered as "[[NAME:Oscar Trauma]]" on [[DATE:08/17/2024]] after an MVC was identified as [[NAME:Vu Quang Huy]] (existing MRN [[MRN:0033 1820 7]]); his mother [[NAME:Vu Thi Thu]] was reached at [[PHONE:916-555-0135]].
"""),
    dict(style="bed_board", note="""
HOUSE CAPACITY -- 0700 Bed Huddle Summary
Unit      Staffed  Occ  Clean  Dirty  Blocked  Pend Adm  Pend D/C  Notes
MICU      20       19   1      0      0        2         1         1 CRRT, 4 vents; {{score:APACHE}} median 18
SICU      16       16   0      0      0        3         2         ECMO x1
4E Tele   32       30   1      1      0        4         5         2 {{drug:amiodarone}} gtts, 1 {{drug:heparin}} gtt
5W Onc    28       27   0      1      0        1         3         2 neutropenic precautions
6N Med    34       34   0      0      2        6         7         2 beds down (bed motor, ceiling lift)
Peds      18       11   6      1      0        0         2         --
L&D       12       7    4      1      0        --        --        3 inductions; 1 {{drug:magnesium}} for PreE
ED boarders: 14 (avg hold 9.2 h). Surge Level 2. Diversion: No.
Actions: open 4E overflow pods; expedite 6N discharges by 1100; Case Mgmt to review SNF pending list.
""", summary="""
The 0700 bed huddle showed the ICUs and 6N full with 14 ED boarders at Surge Level 2; 4E overflow pods will open and 6N discharges are to be expedited by 1100.
"""),
    dict(style="transport_log", note="""
TRANSFER CENTER -- Interfacility Transport Log       Coordinator on duty: [[NAME:N. Hamzah]]  ([[PHONE:800-555-0177]], direct [[PHONE:555-0142]])
Case      Opened            Patient / DOB                           From -> To                                 Unit / ETA          Status
[[MRN:TC-3318]]   [[DATE:01.12.2024]] 03:10  [[NAME:Teo Seng Huat]] / [[DATE:19.05.1952]]          Mercy General [[ADDRESS:Redding]] -> us (CVICU)  REACH air, 04:30      arrived 04:42
[[MRN:TC-3319]]   [[DATE:01.12.2024]] 05:55  [[NAME:Sakamoto, Yui]] / [[DATE:02.02.2019]]        us (PICU) -> Children's [[ADDRESS:Oakland]]      CALSTAR, 07:15       accepted by Dr [[NAME:Le]]
[[MRN:TC-3320]]   [[DATE:01.12.2024]] 09:20  [[NAME:Ramos, Dominador Jr]] / [[DATE:11.08.1940]]    us (5N) -> Sunrise SNF [[ADDRESS:Chico]]        Falck BLS, 13:00     pending auth [[MRN:SNF-A-77301]]
Notes [[MRN:TC-3318]]: STEMI, s/p {{drug:TNK}}, {{vital:BP 96/60}}, {{drug:heparin}} {{dose:60 units/kg}} bolus given at sending. Cath team ([[NAME:Kobayashi]]) activated 03:25.
Notes [[MRN:TC-3319]]: {{age:5}}yo, status asthmaticus, {{drug:terbutaline}} {{dose:0.4 mcg/kg/min}}; mother [[NAME:Rina]] riding along ([[PHONE:530-555-0166]]).
Notes [[MRN:TC-3320]]: [[NAME:Dominador]] ("[[NAME:Doming]]") {{age:84}}, {{score:Barthel 35}}; daughter [[NAME:Marilou]] prefers [[DATE:Dec 2nd]] move -- declined, bed expires today.
Report given by [[NAME:ADC]] to [[NAME:RF]] 0700. Day-first dates per Transfer Center standard.
""", summary="""
On [[DATE:01.12.2024]] the Transfer Center brought in [[NAME:Teo Seng Huat]] by air after a STEMI, sent [[NAME:Yui Sakamoto]] ({{age:5}}) to a children's hospital in [[ADDRESS:Oakland]], and arranged SNF transfer of [[NAME:Dominador Ramos Jr]] pending authorization [[MRN:SNF-A-77301]].
"""),
    dict(style="interface_queue", note="""
LAB RESULTS INTERFACE -- Unmatched / Error Queue (ORU_LAB_IN)      worked by [[NAME:cyap4]]   [[DATE:Mon 2/10/25]]
Accession     Specimen ID      Test          Result              Pt on msg                    MRN on msg    Error
[[MRN:25-041-00873]]  [[MRN:SP2502100188]]     BMP           {{lab:K 6.8}} (H, hemolyzed)   [[NAME:LEE, SOON-BOK]]               [[MRN:3091744]]       name/DOB mismatch
[[MRN:25-041-00880]]  [[MRN:SP2502100194]]     CBC           {{lab:WBC 23.4}}              [[NAME:LEE, SOON BOK]]               [[MRN:3091747]]       MRN not found
[[MRN:25-041-00902]]  [[MRN:SP2502100231]]     Trop I hs     {{lab:1,240 ng/L}} CRIT       [[NAME:HUANG, CHIA-HAO]]             [[MRN:3104455]]       provider NPI inactive ([[MRN:1093772815]])
[[MRN:M25-1182]]      --               Blood cx x2   GPC clusters, 1 of 2  [[NAME:YOSHIDA, AOI]]                [[MRN:3088120]]       no open encounter
Actions:
- [[MRN:00873]]/[[MRN:00880]]: same pt, reg created dup. DOB on msg [[DATE:1939/06/14]] vs MPI [[DATE:1939/04/16]]. Held, called 3W ([[NAME:Soo-ah]] x[[PHONE:4471]]).
- [[MRN:00902]]: crit called to ED by [[NAME:Dolores]] 09:12, read back by [[NAME:Cao]] (ED MD). Ordering MD is now [[NAME:Pei-Shan Lin]] (NPI [[MRN:1386604499]]).
- [[MRN:M25-1182]]: [[NAME:Aoi]] discharged [[DATE:2/8]]; micro called pt [[PHONE:425-555-0141]] and PCP Dr. [[NAME:Mizuno]] fax [[PHONE:425-555-0142]].
""", summary="""
On [[DATE:2/10/25]] the lab queue held a critical {{lab:K 6.8}} and {{lab:WBC 23.4}} under a duplicate registration of [[NAME:Soon-bok Lee]], a critical troponin for [[NAME:Chia-hao Huang]], and positive blood cultures for [[NAME:Aoi Yoshida]] after her [[DATE:2/8]] discharge.
"""),
    dict(style="audit_trail", note="""
PRIVACY INVESTIGATION -- Case PI-25-0042 (confidential)     Investigator: [[NAME:Marisol Tuazon]]  [[EMAIL:mtuazon@stvincentmc.org]]
Subject employee: [[NAME:LOH, BENJAMIN]]  badge [[MRN:E20771]]  user [[NAME:bloh1]]  (Patient Access, Main Registration)
Patient (complainant): [[NAME:LOH, CHRISTINA WEI]]  MRN [[MRN:4410 2286]]  -- ex-spouse of subject per complaint rec'd [[DATE:Jan 6 2025]]
Access events (user [[NAME:bloh1]]):
  [[DATE:12/20/2024]] 21:14  Demographics - view address           no encounter, no work queue item
  [[DATE:12/20/2024]] 21:15  Demographics - view phone/email
  [[DATE:12/27/24]] 06:58    Appointments - view (OB [[DATE:1/3]])
  [[DATE:12/27/24]] 07:01    Results Review - {{lab:hCG 1,850}}
  [[DATE:01/02/2025]] 13:40  Demographics - view (ENC [[MRN:5520091184]], legit -- reg for visit [[DATE:1/3]])
Finding: 4 of 5 accesses without business need. Interviewed [[DATE:1/14]] with HR ([[NAME:Yasmin Rashid]]) and union rep [[NAME:Khoo]].
Notification letter mailed [[DATE:01/21/2025]] to [[ADDRESS:2210 Kalakaua Ave #1504, Honolulu, HI 96815]].
""", summary="""
Privacy case investigation found that registration employee [[NAME:Benjamin Loh]] (badge [[MRN:E20771]]) viewed his ex-spouse [[NAME:Christina Wei Loh]]'s demographics and pregnancy result without business need in [[DATE:12/20/2024]]-[[DATE:12/27/24]]; she was notified on [[DATE:01/21/2025]].
"""),
    dict(style="scheduling", note="""
OR SCHEDULE -- Main OR     [[DATE:TUE 19-NOV-2024]]      board printed 06:10 by [[NAME:ahirano]]
Rm  Start  Case#         Patient (Age)                  Procedure                        Surgeon / Anes          Notes
1   0730   [[MRN:OR24-11190]]   [[NAME:PENG, XIULAN]] ({{age:68}})         CABG x3                          [[NAME:TAKAYAMA]] / [[NAME:SHIN]]       T&C 4u; {{drug:Plavix}} held since [[DATE:11/13]]
2   0730   [[MRN:OR24-11191]]   [[NAME:BAUTISTA, KING]] ({{age:44}})       Lap sleeve gastrectomy           [[NAME:ONG]] / [[NAME:PAK]]             BMI {{vital:46}}; OSA, bring CPAP
3   0800   [[MRN:OR24-11192]]   [[NAME:SAITO, KEN]] ([[AGE:90]])           ORIF L hip                       [[NAME:MARTIN-LIM]] / [[NAME:SHIN]]     {{drug:Eliquis}} last dose [[DATE:11/17]] 2000
3   1030   [[MRN:OR24-11193]]   [[NAME:NOOR, FARAH BINTI AZMI]] ({{age:31}}) Lap appy                         [[NAME:MARTIN-LIM]] / [[NAME:HAN]]      add-on, hCG neg
4   0730   [[MRN:OR24-11194]]   [[NAME:QUAN, TRUNG]] ({{age:57}})          TURBT                            [[NAME:YEO]] / [[NAME:PAK]]             {{eponym:Foley}} 3-way after
5   0900   [[MRN:OR24-11195]]   [[NAME:HASEGAWA, ERI]] ({{age:49}})        R {{eponym:Baker}} cyst excision   [[NAME:ONG]] / [[NAME:HAN]]             consent re-signed [[DATE:11/18]]
Changes since last print: Rm 3 case [[NAME:Noor]] added per Dr [[NAME:Martin-Lim]] 05:50; Rm 2 delayed -- [[NAME:King]] ate at 0200 ("only crackers"). We will king-size the bed request for Rm 2 PACU.
Charge RN [[NAME:Rowena]] x[[PHONE:7001]]; Anes coordinator [[NAME:J. Pak]] pgr [[PHONE:5-3340]].
""", summary="""
The Main OR board for [[DATE:19-NOV-2024]] lists six cases, including a CABG for [[NAME:Xiulan Peng]], hip ORIF for [[AGE:90]]-year-old [[NAME:Ken Saito]], and a {{eponym:Baker}} cyst excision for [[NAME:Eri Hasegawa]]; [[NAME:King Bautista]]'s sleeve gastrectomy was delayed after he ate.
"""),
    dict(style="registration_screen", note="""
INSURANCE VERIFICATION -- Coverage Screen (Patient Access)   Verified by [[NAME:lcayabyab]] on [[DATE:04/22/2025]] 11:05
Patient .............: [[NAME:SUMIDA, HIROKO]]          DOB [[DATE:04/02/1941]]    MRN [[MRN:M00871430]]
Primary .............: Medicare Part A/B       MBI [[MRN:5TR8-MK2-WD41]]     eff [[DATE:04/01/2006]]
Secondary ...........: Medi-Cal (QMB)          CIN [[MRN:90412837A]]           eff [[DATE:1/1/2019]]
Tertiary ............: AARP Supplement         Policy [[MRN:0448 7719 22]]  Group 77102
Subscriber ..........: Self      Guarantor: [[NAME:Sumida, Kenji]] (son)   [[PHONE:(808) 555-0151]]
Guarantor address ...: [[ADDRESS:45-309 Kamehameha Hwy, Kaneohe, HI 96744]]
Auth required .......: Y -- outpatient PT 12 visits, auth # [[MRN:AUTH2504-118390]] valid [[DATE:4/22/25]]-[[DATE:7/21/25]]
Eligibility ref .....: [[MRN:EV-9920-4471]] (270/271 response [[DATE:20250422]])
Notes ...............: pt hard of hearing; son [[NAME:Kenji]] handles billing. Wife of son, [[NAME:Mercy Sumida]], alt contact [[PHONE:808.555.0174]].
                       Co-pay $0. Previous balance $45.20 sent to collections in error -- reversed [[DATE:4/22]] per [[NAME:LC]].
""", summary="""
Coverage for [[NAME:Hiroko Sumida]] ([[MRN:M00871430]]) was verified on [[DATE:04/22/2025]] with Medicare (MBI [[MRN:5TR8-MK2-WD41]]), Medi-Cal and a supplement; PT authorization [[MRN:AUTH2504-118390]] runs [[DATE:4/22/25]]-[[DATE:7/21/25]].
"""),
    dict(style="interface_queue", note="""
eRx INTERFACE -- NCPDP SCRIPT Error Queue (NewRx / RxRenewal)     [[DATE:2025-06-30]]
MsgID        Type       Prescriber (NPI / DEA)                         Patient / DOB                     Drug                         Error
RX-771204   NewRx      [[NAME:CHUA, MARIA ISABEL]] / [[MRN:1730294418]] / [[MRN:BC4410927]]   [[NAME:TRAN, BAO]] / [[DATE:1985-02-28]]          {{drug:oxycodone}} {{dose:5 mg}} #20   EPCS 2FA token expired
RX-771219   RxRenewal  [[NAME:HA, JIN-SOO]] / [[MRN:1225087731]]                     [[NAME:KUAN, YEE MAN]] / [[DATE:1962-10-09]]     {{drug:atorvastatin}} {{dose:40 mg}}       pharmacy NCPDP ID not found
RX-771230   NewRx      [[NAME:HA, JIN-SOO]] / [[MRN:1225087731]]                     [[NAME:PUTRI, DEWI]] / [[DATE:2001-07-07]]      {{drug:Nexplanon}}                  not e-prescribable, route to clinic supply
RX-771244   CancelRx   [[NAME:IKEDA, SHO]] / [[MRN:1548120936]]                      [[NAME:TRAN, BAO]] / [[DATE:1985-02-28]]          {{drug:oxycodone}} {{dose:5 mg}}         no matching NewRx (orig failed)
Worked by [[NAME:rsalonga]]: RX-771204 resent after Dr. [[NAME:Chua]] re-authenticated 10:14. RX-771219 -> called Walgreens #09921 [[PHONE:626-555-0133]], new NCPDP [[MRN:0588213]].
[[NAME:Dewi]] notified via portal; [[NAME:Bao]] called at [[PHONE:626 555 0128]] -- will pick up after 2pm.
""", summary="""
The eRx error queue on [[DATE:2025-06-30]] held an {{drug:oxycodone}} prescription for [[NAME:Bao Tran]] (expired EPCS token, resent after Dr. [[NAME:Chua]] re-authenticated) and an {{drug:atorvastatin}} renewal for [[NAME:Kuan Yee Man]] with a bad pharmacy ID.
"""),
    dict(style="bed_board", note="""
ED TRACKING BOARD -- Main ED (public view masked)      [[DATE:Sat 08/09]] 21:40      Charge RN [[NAME:JS]]  / Doc in charge [[NAME:Tanaka]]
Rm    Pt       Age/Sex  CC                      ESI  RN    MD      Dispo         LOS     Flags
1     [[NAME:NGU, T]]   {{age:78}}F     SOB                     2    [[NAME:AV]]    [[NAME:TAN]]     Admit MICU   3:12    {{score:NEWS 7}}, BiPAP
2     [[NAME:OH, M]]    {{age:22}}M     lac R hand              4    [[NAME:AV]]    PA-[[NAME:YU]]   D/C           1:05    --
4     [[NAME:KIM, J]]   {{age:45}}F     CP                      2    [[NAME:RM]]    [[NAME:TAN]]     Obs           4:40    {{lab:trop 12}}->{{lab:15}}
5     [[NAME:KIM, J]]   {{age:8}}M      fever                   3    [[NAME:RM]]    [[NAME:OH]]      pending       0:50    NAME ALERT x2 (rm 4 / rm 5)
7     [[NAME:LAI, S]]   [[AGE:96]]F     fall, {{eponym:Colles}} fx   3    [[NAME:GL]]    [[NAME:OH]]      SNF return    5:15    daughter on way
H1    [[NAME:RAHIM, A]] {{age:33}}M     SI                      2    [[NAME:GL]]    [[NAME:TAN]]     BH hold       11:20   sitter, 5150 [[DATE:8/9]] 10:20
Name alert: Rm 4 [[NAME:KIM, JI-HYE]] [[MRN:884210]] vs Rm 5 [[NAME:KIM, JOON]] [[MRN:884377]] -- two identifiers before every med.
Note: the Dr [[NAME:Oh]] on the board is not related to Rm 2 pt [[NAME:Oh, Matthew]].
""", summary="""
The ED board on [[DATE:08/09]] had a name alert for two patients named [[NAME:Kim]] ([[NAME:Ji-hye Kim]], [[MRN:884210]], and [[NAME:Joon Kim]], [[MRN:884377]]) and a [[AGE:96]]-year-old, [[NAME:S. Lai]], with a {{eponym:Colles}} fracture awaiting SNF return.
"""),
    dict(style="audit_trail", note="""
HIM -- MPI Duplicate Resolution / Merge Log        Analyst: [[NAME:nhayashi2]]     Batch [[DATE:2025.01.27]]
Req ID        Survivor MRN   Retired MRN    Name (survivor)              DOB          Match score   Decision   Date
MRG-25-0101   [[MRN:00412983]]       [[MRN:00877120]]       [[NAME:CHEN, JIA-YI]]                [[DATE:03/09/1977]]   {{score:94}}            MERGE      [[DATE:01/27/25]]
MRG-25-0102   [[MRN:00390017]]       [[MRN:00881402]]       [[NAME:NGUYEN, VAN AN]]              [[DATE:01/01/1950]]   {{score:71}}            NO MERGE   [[DATE:01/27/25]]
MRG-25-0103   [[MRN:00455610]]       [[MRN:00880954]]       [[NAME:MATSUMOTO, SAKURA]]           [[DATE:12/12/2012]]   {{score:88}}            MERGE      [[DATE:01/28/25]]
MRG-25-0104   [[MRN:00410055]]       [[MRN:00879933]]       [[NAME:TUNG, HO YIN]] ("[[NAME:Ryan]]")       [[DATE:08/30/1969]]   {{score:90}}            HOLD       --
Comments:
0102 -- two different men: [[NAME:Nguyen Van An]] b. [[DATE:1/1/1950]] (placeholder DOB, refugee record) vs [[NAME:Nguyễn Văn Ân]] b. [[DATE:1/1/1950]], different SSN last 4 ([[SSN:2217]] vs [[SSN:8840]]), different addresses ([[ADDRESS:San Jose]] / [[ADDRESS:Milpitas]]). Flagged as twins? no -- unrelated.
0103 -- [[NAME:Sakura]] registered twice at birth (Baby Girl [[NAME:Matsumoto]]) and at age {{age:4}}; mother [[NAME:Matsumoto Nozomi]] confirmed.
0104 -- alias "[[NAME:Ryan Tung]]" on retired record; awaiting call back from pt [[PHONE:(626) 555-0119]] to confirm. Reviewed w/ [[NAME:JW]] ext [[PHONE:4021]].
""", summary="""
The [[DATE:2025.01.27]] MPI batch merged duplicate records for [[NAME:Jia-yi Chen]] and [[NAME:Sakura Matsumoto]], kept two different men named [[NAME:Nguyen Van An]] separate, and held the [[NAME:Ho Yin Tung]] ("[[NAME:Ryan]]") merge pending a call back.
"""),
    dict(style="scheduling", note="""
CALL CENTER -- Appointment Reminder / Reschedule Log (Women's Health)      agent [[NAME:jmanalo7]]     shift [[DATE:Friday 9/13/2024]]
09:02  outbound to [[PHONE:253-555-0142]] -- [[NAME:Trinh Ngoc Anh]], mammo [[DATE:9/16]] 10:20 -> confirmed
09:07  outbound to [[PHONE:(253) 555-0157]] -- [[NAME:Bae Soo-min]], colpo [[DATE:Sept. 17th]] -> LVM in Korean (via [[NAME:Grace]] interpreter, ID [[MRN:KR-0412]])
09:15  inbound from [[PHONE:+1-253-555-0163]] -- [[NAME:Noraini Hassan]] reschedule OB US from [[DATE:9/18]] to [[DATE:9/25]] 8:40; MRN [[MRN:W-2231908]]
09:31  inbound -- [[NAME:april]] (pt's daughter, [[NAME:April Chua]]) for mom [[NAME:Chua Siew Lan]]: cancel DEXA [[DATE:19 Sep]], "mom is in [[ADDRESS:Penang]] until Oct". Rebooked [[DATE:10/21]].
09:44  outbound to [[PHONE:two five three, five five five, zero one nine eight]] (read back by pt) -- [[NAME:Yamada Mitsuko]], IUD check [[DATE:9/20]] confirmed
09:58  text bounce for [[PHONE:2535550176]] -- [[NAME:Lualhati Ramirez]] -- number not in service; updated to [[PHONE:253.555.0177]] after call w/ her husband [[NAME:Ely]]
10:05  note: [[NAME:Grace]] says we will need a Korean interpreter in person for [[NAME:Bae]] on the [[DATE:17th]].
Totals: 31 calls, 22 confirmed, 4 resched, 5 LVM.
""", summary="""
Call-center agent [[NAME:jmanalo7]] confirmed and rescheduled women's health visits on [[DATE:9/13/2024]], including [[NAME:Noraini Hassan]]'s OB ultrasound moved to [[DATE:9/25]] and [[NAME:Chua Siew Lan]]'s DEXA rebooked to [[DATE:10/21]]; an in-person Korean interpreter is needed for [[NAME:Bae Soo-min]] on [[DATE:Sept. 17th]].
"""),
    dict(style="transport_log", note="""
TRANSPORT DASHBOARD -- Weekly KPI Summary (Patient Logistics)
Metric                                   This wk    Last wk    Target
Requests completed                        2,418      2,301      --
Median response (dispatch -> arrival)     11 min     13 min     < 15 min
Median total job time                     27 min     29 min     < 30 min
STAT requests on time                     94%        91%        > 95%
Isolation jobs (Contact/Droplet/C.diff)   312        288        --
Jobs delayed for O2 tank / IV pump        41         57         < 30
Cancels after dispatch                    6.2%       7.0%       < 5%
Notes: Stretcher fleet 38/42 in service. New bariatric bed (1000 lb) at ED. Pyxis and Alaris pumps no longer travel with Transport; RN hands off at bedside.
Action items: re-educate on Morse fall precautions flag; trial of tablets on 4E and 6N; review of MRI safety screening delays (mean 18 min).
""", summary="""
Weekly transport KPIs show 2,418 completed jobs with median response 11 minutes, STAT on-time at 94% (below the 95% target), and fewer oxygen/pump-related delays than last week.
"""),
    dict(style="interface_queue", note="""
RAD INTERFACE -- ORM/ORU Exception Queue (RIS -> PACS -> EHR)      [[DATE:17-Jun-25]]      on-call analyst [[NAME:kchiu]] pgr [[PHONE:4-3301]]
Accession      Modality  Exam                      Pt (from RIS)              MRN (RIS)   MRN (EHR)   Issue
[[MRN:CT25-061744]]    CT        CTA chest PE protocol     [[NAME:WONG^KA LOK]]               [[MRN:7701233]]     [[MRN:7701233]]     ORU missing final sig (res Dr [[NAME:Tse]])
[[MRN:MR25-061702]]    MR        MRI brain w/wo            [[NAME:LEUNG^MAN YEE^CONNIE]]      [[MRN:7688102]]     [[MRN:7688120]]     MRN transposition
[[MRN:US25-061811]]    US        Renal US                  [[NAME:HO^CHUN]]                   [[MRN:7710349]]     [[MRN:7710349]]     exam completed [[DATE:6/16]] 23:58 posted as [[DATE:6/17]]
[[MRN:XR25-061830]]    XR        CXR portable              [[NAME:YEUNG^TSZ CHING]]           [[MRN:7715002]]     --          no order in EHR (downtime req [[DATE:6/15]])
Fixes:
[[MRN:CT25-061744]]: final signed 07:48 by Dr. [[NAME:Tse]] -- impression: segmental PE RLL, RV/LV {{lab:0.9}}. Result routed to [[NAME:Connie Leung]]? NO -- routed to ordering MD [[NAME:Au]], corrected.
[[MRN:MR25-061702]]: RIS MRN corrected to [[MRN:7688120]] per [[NAME:Connie]]'s armband; reprocessed 08:10.
[[MRN:XR25-061830]]: downtime order scanned by [[NAME:wfung]]; linked to CSN [[MRN:4409981723]].
""", summary="""
On [[DATE:17-Jun-25]] the radiology exception queue held an unsigned CTA showing RLL PE for [[NAME:Ka Lok Wong]], a transposed MRN for [[NAME:Connie Leung]] (corrected to [[MRN:7688120]]), and an orderless portable CXR for [[NAME:Tsz Ching Yeung]].
"""),
]
