# Hand-written synthetic training notes (probe_train2, part e): laboratory, microbiology, blood bank /
# transfusion, specimen labels, critical-value call logs, pathology addenda. All people, numbers and dates invented.
NOTES = [
    dict(style="critical_call_log", note="""
CORE LAB - CRITICAL VALUE CALL LOG     shift 2300-0700     pg 1/1
[[DATE:Tue 03/11/25]]
time | acc #                  | patient                       | MRN              | result                          | notified                                   | RB | by
0014 | [[MRN:CH25-0311-0042]] | [[NAME:YILDIRIM, SELIN]]      | [[MRN:00418276]] | {{lab:K 6.9}} (no hemolysis)     | [[NAME:Nodira]] RN 4W x[[PHONE:5512]]         | Y  | [[NAME:KT]]
0131 | [[MRN:CH25-0311-0107]] | [[NAME:QASIMOV, ELCHIN R]]    | [[MRN:00731905]] | {{lab:Glu 38}}                  | [[NAME:will]] (charge) ext [[PHONE:5540]]      | Y  | [[NAME:KT]]
0245 | [[MRN:HE25-0311-0019]] | [[NAME:ABDIKADIROV, ERLAN]]   | [[MRN:01120664]] | {{lab:Plt 9}}                   | Dr. [[NAME:Chaudhry]] pgr [[PHONE:4-2217]]     | Y  | [[NAME:SB]]
0402 | [[MRN:CO25-0311-0008]] | [[NAME:GELASHVILI, NINO T]]   | [[MRN:00299841]] | {{lab:INR 6.2}} on {{drug:warfarin}} | no answer x[[PHONE:5518]] x3 -> nursing sup [[NAME:Hope Karimova]] | Y | [[NAME:SB]]
notes: 0245 plt re-run on 2nd lavender drawn [[DATE:3/11]] @ 0230, confirmed {{lab:Plt 11}}; smear reviewed by [[NAME:SB]], no clumps, no schistocytes.
0131 glucose: 4W says pt got {{dose:D50 25 g}} at 0140, tech will add repeat to the 0300 run.
Per policy read-back within 15 min; all met. Reviewed [[DATE:03-11-2025]] [[NAME:tbulut]] (supv).
""", summary="""
Overnight critical-value log for [[DATE:03/11/25]]: [[NAME:Selin Yildirim]] had {{lab:K 6.9}}, [[NAME:Erlan Abdikadirov]] {{lab:Plt 9}} confirmed at {{lab:Plt 11}}, and [[NAME:Nino Gelashvili]]'s {{lab:INR 6.2}} was escalated to [[NAME:Hope Karimova]] after three unanswered calls. All values were read back in time.
"""),
    dict(style="micro_report", note="""
MICROBIOLOGY - PRELIMINARY REPORT
Patient: [[NAME:Mirzaev, Oybek Sh.]]    DOB: [[DATE:1971-09-04]]    MRN: [[MRN:7730-4415-2]]
Acct/FIN: [[MRN:22051876430]]   Collected: [[DATE:04/02/2025]] 21:47   Received: [[DATE:04/02/2025]] 22:30
Source: Blood, peripheral, L antecubital (set 1 of 2)   Accession: [[MRN:MB25-092-00318]]
Ordering: [[NAME:Aziz Rahmani]], MD (NPI [[MRN:1386624097]])

{{eponym:Gram}} stain (14.6 h to positivity): {{eponym:Gram}}-negative rods.
BCID2 panel: {{eponym:Klebsiella}} pneumoniae DETECTED. CTX-M DETECTED. KPC not detected.
Set 2 ([[MRN:MB25-092-00319]]): no growth to date.

** Called to [[NAME:Shahnoza]] on 6E by [[NAME:ajafarova]] [[DATE:04/03/25]] 0812, read back.
Pharmacy ([[NAME:Ertuğrul]], PharmD) notified re ESBL - recommends {{drug:meropenem}} {{dose:1 g q8h}} over {{drug:ceftriaxone}}.
Final ID and susceptibilities to follow. Questions: Micro lab [[PHONE:617-555-0148 x2]].
""", summary="""
[[NAME:Oybek Mirzaev]]'s blood culture from [[DATE:04/02/2025]] grew {{eponym:Gram}}-negative rods identified as {{eponym:Klebsiella}} pneumoniae with CTX-M. The result was called to [[NAME:Shahnoza]], and pharmacist [[NAME:Ertuğrul]] advised {{drug:meropenem}} instead of {{drug:ceftriaxone}}.
"""),
    dict(style="blood_bank", note="""
BLOOD BANK / TRANSFUSION SERVICE - ANTIBODY IDENTIFICATION
Pt: [[NAME:TEHRANI-MOGHADDAM, PARVANEH]]     MRN [[MRN:M004417782]]     HAR [[MRN:H25 0061 9934]]
DOB [[DATE:12/30/1958]]   Sample drawn [[DATE:14-Mar-2025]] 07:10 by phleb badge #[[MRN:40117]] ([[NAME:R. Ismoilova]])
ABO/Rh: A NEG.  Antibody screen: POSITIVE (2 of 3 cells, 2+ IAT, gel).
Panel (lot 25-3317): anti-{{eponym:Kell}} (K) identified; anti-E cannot be excluded. Auto control neg. DAT neg.
History: 2 units RBC 2019 at an outside hospital in [[ADDRESS:Isfahan]]; G3P3, last delivery 1994.
Antigen typing: patient K-neg, E-neg.
Crossmatch: 2 units K-neg, E-neg, A NEG located via regional supplier (ref # [[MRN:RBS-558120]]), ETA [[DATE:3/15]] AM.
   DIN [[MRN:W0419 25 117342]]     DIN [[MRN:W0419 25 117358]]
Clinician informed: Dr. [[NAME:Ozturk]] (heme-onc) [[DATE:3/14/25]] @ 1035, ext [[PHONE:6631]]. {{lab:Hgb 7.2}} this AM, no active bleeding, OK to wait.
Pt to carry antibody wallet card; card given to daughter [[NAME:Roya]].
Reviewed: [[NAME:F. Najafi]], MD, Medical Director, Transfusion Medicine - [[DATE:03.14.2025]]
""", summary="""
[[NAME:Parvaneh Tehrani-Moghaddam]] (A NEG) has a new anti-{{eponym:Kell}} antibody with anti-E not excluded; two K-neg, E-neg units were ordered for [[DATE:3/15]]. Dr. [[NAME:Ozturk]] was told on [[DATE:3/14/25]] and agreed to wait given {{lab:Hgb 7.2}} without bleeding.
"""),
    dict(style="transfusion_reaction", note="""
SUSPECTED TRANSFUSION REACTION - INVESTIGATION
Recipient: [[NAME:Kurbanova, Malika]]   MRN [[MRN:02288510]]   Rm 5122-B
Product: RBC, leukoreduced   DIN [[MRN:W0419 25 203377]]   issued [[DATE:05/21/2025]] 13:05 to [[NAME:Zarina T.]] (RN)
Start 13:20. At 13:48 pt c/o chills + low back pain; {{vital:T 39.1}} (pre {{vital:37.0}}), {{vital:BP 92/54}} (pre {{vital:128/70}}), {{vital:HR 124}}. Stopped by RN, ~110 mL infused.
BB called 13:55 - [[NAME:Gulnora]] took the call, spoke w/ [[NAME:ruslan]] at bedside.
Clerical check: bag label / armband / requisition all MATCH.
Post sample: plasma visibly pink. DAT ({{eponym:Coombs}}, polyspecific) POS 1+, IgG POS, C3 neg. Repeat ABO: O POS, pre and post concordant.
{{lab:LDH 612}}, {{lab:T bili 2.9}}, {{lab:haptoglobin <10}}, UA large blood, {{lab:Cr 1.4}}. Eluate pending.
Bag culture sent (Acc [[MRN:MB25-141-00802]]); {{eponym:Gram}} stain on bag: no organisms seen.
Impression: probable hemolytic reaction; septic reaction less likely. Notified Dr. [[NAME:Sultanov]] 14:30. Hemovigilance ref [[MRN:HV-25-0419]].
Future units: antigen-negative, AHG crossmatch.
[[NAME:T. Akhmedov]] MD   [[DATE:5/21/25]]
""", summary="""
[[NAME:Malika Kurbanova]] developed fever to {{vital:T 39.1}}, hypotension and back pain during a transfusion on [[DATE:05/21/2025]], with a positive DAT and hemolysis labs. Dr. [[NAME:Sultanov]] was notified and future units are to be antigen-negative with AHG crossmatch.
"""),
    dict(style="specimen_label", note="""
*** SPECIMEN LABEL - REPRINT ***
[[NAME:KHAN, MUHAMMAD ZUBAIR]]
DOB: [[DATE:07/19/1983]]   M   MRN: [[MRN:3390-1174]]
FIN [[MRN:40018822917]]
Coll: [[DATE:06/09/25]] 0620   Coll by: [[NAME:zbutt4]]
LAV 4 mL    CBC w/diff, HbA1c
LT GRN 4.5 mL    BMP, Mg, Phos
ACC [[MRN:25-160-4471]] / [[MRN:25-160-4472]]
Ord: [[NAME:Asma Qureshi]] MD  |  Loc: ONC INF CHR 7
Reprinted [[DATE:06/09/25]] 06:41 by [[NAME:zbutt4]] (original torn in tube system). 2 identifiers verified w/ pt (name + DOB).
""", summary="""
Specimen labels for [[NAME:Muhammad Zubair Khan]] (MRN [[MRN:3390-1174]]) collected [[DATE:06/09/25]] were reprinted by [[NAME:zbutt4]] after the original tore. Two identifiers were checked with the patient.
"""),
    dict(style="specimen_rejection", note="""
Specimen Rejection / Recollect Request
Date: [[DATE:Thursday, July 17, 2025]]  10:12        Unit: L&D        call back x[[PHONE:7740]]
Specimen: type & screen, acc [[MRN:BB25-198-0113]]
Problem: tube labeled "[[NAME:ASLANOVA, LEYLA]]" DOB [[DATE:2/2/96]]; requisition + armband = "[[NAME:ASLANOVA, LAYLA]]" DOB [[DATE:02/02/1996]], MRN [[MRN:5561-0093]].
Spelling mismatch -> REJECTED per WBIT policy (zero tolerance for blood bank samples).
Spoke w/ [[NAME:Mercy]] (RN) - legal name is [[NAME:Layla]]; she will recollect and label at bedside. Second ABO confirm already on file from [[DATE:7/3/25]].
Pt G2P1 @ 38w, {{drug:Lovenox}} {{dose:40 mg}} held since [[DATE:7/16]]; {{lab:Plt 188}}. Anesthesia aware.
Rejected by: [[NAME:D. Sarsenbayeva]], MLS(ASCP) - supervisor notified ([[NAME:A.O.]])
""", summary="""
A type and screen for [[NAME:Layla Aslanova]] was rejected on [[DATE:July 17, 2025]] because the tube read "[[NAME:Leyla]]" while the armband read "[[NAME:Layla]]". [[NAME:Mercy]], RN, will recollect at the bedside.
"""),
    dict(style="pathology_addendum", note="""
SURGICAL PATHOLOGY - ADDENDUM #1
Case: [[MRN:S25-18834]]    Pt: [[NAME:Rezaei, Shirin]]    MRN [[MRN:01-447-93-2]]    DOB [[DATE:11.04.1969]]
Procedure: L breast 2:00, US-guided core bx, [[DATE:08/01/2025]]
Original dx ([[DATE:08/04/2025]], [[NAME:A. Kazemi]]): invasive ductal carcinoma, {{score:Nottingham grade 2}} ({{score:6/9}}).

Addendum ([[DATE:08/07/25]]): biomarkers
  ER   positive, 95%, strong ({{score:Allred 8/8}})
  PR   positive, 40%, moderate ({{score:Allred 6/8}})
  HER2 IHC (4B5): 2+ equivocal -> reflex FISH to reference lab, req # [[MRN:QX-7731290]]
  Ki-67  22%
Controls appropriate. Cold ischemia <1 h; formalin fixation 6-72 h.
Communicated to Dr. [[NAME:Hosseini]]'s office ([[NAME:Bita]]) by phone [[PHONE:(508) 555-0193]], [[DATE:8/7]] @ 3:40 pm.

Electronically signed: [[NAME:Arash Kazemi]], M.D.  [[DATE:08/07/2025]] 15:52
""", summary="""
Addendum to case [[MRN:S25-18834]] for [[NAME:Shirin Rezaei]]: the breast carcinoma is ER and PR positive ({{score:Allred 8/8}}, {{score:Allred 6/8}}) with HER2 2+ sent for FISH. [[NAME:Arash Kazemi]] phoned the result to Dr. [[NAME:Hosseini]]'s office on [[DATE:8/7]].
"""),
    dict(style="lab_notice", note="""
LAB SYSTEM NOTICE - CHEMISTRY ANALYZER DOWNTIME
Cobas c702 module 2 offline for scheduled preventive maintenance, est. 0200-0600.
During downtime:
 - STAT BMP, Troponin T hs, Lactate run on backup Architect ci4100.
 - hs-cTnT (Roche) and hs-cTnI (Abbott) are NOT interchangeable; ED to reorder serial troponins on one platform.
 - Ammonia, {{drug:Lithium}}, {{drug:Digoxin}}, {{drug:Vancomycin}} trough: batched after 0600.
 - Critical values still called per policy ({{lab:K >6.0}}, {{lab:Na <120}}, {{lab:Glu <40}}, {{lab:Lactate >4.0}}, {{lab:iCa <0.8}}).
 - {{eponym:Westergren}} ESR unaffected (manual method).
QC: Levels 1/2/3 Bio-Rad Multiqual must pass on both platforms before results release; {{eponym:Westgard}} 1-3s / 2-2s rules apply.
Questions to the Chemistry lead via the lab main line. Thank you for your patience.
""", summary="""
Chemistry module 2 will be down for maintenance overnight, with STAT tests moved to the backup analyzer and {{drug:Vancomycin}} and {{drug:Digoxin}} levels batched. Critical values such as {{lab:K >6.0}} are still called and {{eponym:Westgard}} QC must pass before release.
"""),
    dict(style="micro_report", note="""
MYCOBACTERIOLOGY
[[NAME:NURLANOVA, ALIYA B]]  |  MRN [[MRN:6620-71804]]  |  DOB [[DATE:23/06/1990]] (per Kazakh passport; registered here as [[DATE:06/23/1990]])  |  Enc [[MRN:991-204-7715]]
Specimen: sputum, induced x3 - acc [[MRN:AF25-0902-01]] / -02 / -03, collected [[DATE:9/2]], [[DATE:9/3]], [[DATE:9/4]] (first AM)
{{eponym:Ziehl-Neelsen}} / auramine-rhodamine smear:
   #1 ([[DATE:02-SEP]]): 2+ AFB     #2 ([[DATE:03-SEP]]): 1+     #3 ([[DATE:04-SEP]]): 2+
Xpert MTB/RIF Ultra: MTB DETECTED, medium; RIF resistance NOT DETECTED.
Culture (MGIT): pending, held 6 wk.
Hx: treated 2016 in [[ADDRESS:Almaty]] (HRZE x 6 mo per outside discharge dated [[DATE:14.11.2016]]); sister [[NAME:Dana]] translating.
Reported to state TB program [[DATE:09/05/2025]] by phone [[PHONE:617 555 0172]], fax [[PHONE:617-555-0179]], case ref [[MRN:TB-25-04412]].
Airborne isolation confirmed with IP ([[NAME:Baurzhan]], pager [[PHONE:3-4417]]).
""", summary="""
Induced sputum from [[NAME:Aliya Nurlanova]] collected [[DATE:9/2]]-[[DATE:9/4]] was smear-positive by {{eponym:Ziehl-Neelsen}} and Xpert detected MTB without rifampin resistance. The case was reported to the state TB program on [[DATE:09/05/2025]] and airborne isolation was confirmed with [[NAME:Baurzhan]].
"""),
    dict(style="lab_phone_encounter", note="""
Coag lab - phone encounter   [[DATE:10/14/2025]] (Mon) 16:05
Caller: pt himself, [[NAME:Ahmet Demir]], callback [[PHONE:0532 418 77 06]] (Turkish mobile, visiting son) / local [[PHONE:774.555.0128]]
DOB [[DATE:4.7.58]] ; MRN [[MRN:008-1736-4]] ; acct [[MRN:66120045]]
Pt asked why anticoag clinic called. {{lab:INR 5.8}} today (ref 2.0-3.0) on {{drug:Coumadin}} {{dose:7.5 mg}} daily; {{lab:PT 61.2 s}}.
No bleeding per pt, "only a little bruise on my arm, [[NAME:Can]] will drive me if I need" ([[NAME:Can]] = son). Told him he can call 911 for any bleeding.
Advised clinic pharmacist ([[NAME:Gökhan Erdoğan]], PharmD) would call back within 1 h; relayed to anticoag line x[[PHONE:3390]] at 16:12, spoke w/ [[NAME:Elif]].
Result already called to ordering Dr. [[NAME:Çelik]] [[DATE:10/14]] @ 15:31 by lab (read-back done).
Next INR ordered for [[DATE:Thurs 10/16]].
- [[NAME:lk]] / lab client services
""", summary="""
[[NAME:Ahmet Demir]] called the lab about his {{lab:INR 5.8}} on {{drug:Coumadin}} and reported no bleeding. The message was relayed to the anticoagulation line and pharmacist [[NAME:Gökhan Erdoğan]] will call back, with a repeat INR on [[DATE:10/16]].
"""),
    dict(style="blood_bank", note="""
MASSIVE TRANSFUSION PROTOCOL - BLOOD BANK RECORD
Activated: [[DATE:Sat 11/22/2025]] 02:47 by ED attending Dr. [[NAME:Javadi]] (call from x[[PHONE:2201]])
Pt: unidentified male, temp MRN [[MRN:T-900441]] -> identified 04:10 as [[NAME:ISKAKOV, DAMIR]], DOB [[DATE:1998-01-30]], MRN [[MRN:00871236]] (charts merged by [[NAME:dkassymova]])
Emergency release: 2 O NEG RBC at 02:51, no sample yet.
cooler | sent  | contents                         | runner (badge)
  1    | 02:58 | 6 RBC O POS, 6 FFP AB thawed     | [[NAME:Bo]] ([[MRN:B-2214]])
  2    | 03:26 | 6 RBC, 6 FFP A, 1 apheresis PLT  | [[NAME:Ulugbek Ma'rufov]] ([[MRN:B-1978]])
  3    | 03:55 | 6 RBC, 6 FFP A, 10 u cryo        | [[NAME:Bo]] ([[MRN:B-2214]])
T&S received 03:12: A POS, screen neg -> switched to type-specific.
Labs 03:40: {{lab:Hgb 6.4}}, {{lab:Plt 61}}, {{lab:INR 2.1}}, {{lab:fibrinogen 94}}, {{lab:iCa 0.86}}; TEG R 11 min. {{drug:TXA}} {{dose:1 g}} given in ED.
Deactivated 05:20 by OR anesthesia ([[NAME:Tsiklauri]]).
2 FFP returned within 30 min, temp in range, restocked. Wastage 0.
Record completed [[DATE:11/22/25]] by [[NAME:F. Aghayeva]], MLS; reviewed [[NAME:GM]] [[DATE:11/24]].
""", summary="""
MTP was activated on [[DATE:11/22/2025]] for a trauma patient later identified as [[NAME:Damir Iskakov]], who received three coolers run by [[NAME:Bo]] and [[NAME:Ulugbek Ma'rufov]]. Labs showed {{lab:Hgb 6.4}} and {{lab:fibrinogen 94}}, and there was no wastage.
"""),
    dict(style="sendout_requisition", note="""
SEND-OUT REQUISITION - Mayo Clinic Laboratories
Client acct: [[MRN:C-30417]]     Order #: [[MRN:SO-25-77104]]
Patient: [[NAME:Bakhtadze, Giorgi]]     Sex: M     DOB: [[DATE:MAR-09-1962]]
MRN: [[MRN:88-20416-0]]     Medicare MBI: [[MRN:4TR7-KD2-XM61]]
Test: paraneoplastic autoantibody evaluation, serum + CSF
Collected: [[DATE:20251103]] 0915 (serum) / [[DATE:20251103]] 1140 (CSF; LP by Dr. [[NAME:Tskhadadze]], opening pressure 19 cm H2O)
CSF: {{lab:WBC 14}}, {{lab:protein 71}}, {{lab:glucose 58}}. Dx: subacute cerebellar ataxia; hx small cell lung ca, on {{drug:Tecentriq}}.
Ordering: [[NAME:Levan Chkheidze]], MD    NPI [[MRN:1720093356]]    ph [[PHONE:413-555-0116]]    fax [[PHONE:413-555-0117]]
Copy results to: [[NAME:nino.j]] (neuro NP) [[EMAIL:njorjadze@pioneerneuro.org]]
Packed frozen by [[NAME:MZ]] [[DATE:11/3/25]] 15:20; shipped same day.
""", summary="""
Serum and CSF from [[NAME:Giorgi Bakhtadze]] collected [[DATE:20251103]] were sent out for a paraneoplastic antibody panel ordered by [[NAME:Levan Chkheidze]]. Results are to be copied to [[NAME:nino.j]] at [[EMAIL:njorjadze@pioneerneuro.org]].
"""),
    dict(style="critical_call_log", note="""
Critical result escalation - documentation
[[DATE:12/04/25]] 22:16  {{lab:Lactate 7.8}} on [[NAME:OMAROV, ZHANIBEK]] ([[MRN:00567719]]), ED bed 14, acc [[MRN:CH25-1204-2281]].
22:17  ED RN line x[[PHONE:4100]] busy.
22:21  retry; [[NAME:Saule]] answered, said pt "not hers", transferred to [[NAME:aidos]] who hung up before read-back. NOT counted as notified.
22:29  paged covering resident Dr. [[NAME:Butt]], pgr [[PHONE:(617) 555-0107]].
22:34  call back from [[NAME:Shoaib Butt]], read back correctly; states sepsis bundle started, {{dose:30 mL/kg}} LR, {{drug:Zosyn}} given, repeat lactate ordered 00:30.
Previous lactate [[DATE:12/3]] 2.1 (acc [[MRN:CH25-1203-1978]]).
Escalation beyond 15 min documented per policy. - [[NAME:jmalikova]] / ext [[PHONE:5519]]
""", summary="""
A {{lab:Lactate 7.8}} on [[NAME:Zhanibek Omarov]] on [[DATE:12/04/25]] could not be read back to ED nursing ([[NAME:Saule]], [[NAME:aidos]]), so the resident Dr. [[NAME:Shoaib Butt]] was paged and accepted it at 22:34. He reported the sepsis bundle and {{drug:Zosyn}} had been started.
"""),
    dict(style="pathology_addendum", note="""
[dictation transcript - pathology addendum]
this is doctor [[NAME:farhad sadeghi]] dictating an addendum on surgical case [[MRN:s twenty five dash two two nine oh one]], patient last name [[NAME:hashemi]] [[NAME:h a s h e m i]], first name [[NAME:mahsa]], m r n [[MRN:four four seven one two zero nine]], date of procedure [[DATE:october sixth twenty twenty five]].
frozen section diagnosis on the sentinel lymph node, part b, was negative for metastatic carcinoma. on permanent sections and cytokeratin A E one slash A E three immunostain a single focus of isolated tumor cells measuring point one five millimeters is identified. this does not change the stage, p N zero i plus.
the original report signed [[DATE:october eighth]] stands otherwise.
discussed with doctor [[NAME:kaveh mousavi]] by phone on [[DATE:the ninth]] at about two p m, he will tell the patient at her visit next [[DATE:tuesday the fourteenth]].
end of addendum.
[transcribed [[DATE:10/09/25]] [[NAME:SZ]] / job [[MRN:4471902]]]
""", summary="""
Dr. [[NAME:Farhad Sadeghi]] dictated an addendum for [[NAME:Mahsa Hashemi]]'s sentinel node from [[DATE:october sixth twenty twenty five]]: isolated tumor cells found on permanent sections, stage unchanged. He discussed it with Dr. [[NAME:Kaveh Mousavi]], who will inform the patient.
"""),
    dict(style="micro_report", note="""
MICRO FINAL - STOOL CULTURE
Name: [[NAME:Sharipova, Feruza]]   Age/Sex: {{age:6}} y F   MRN: [[MRN:7004-318-22]]   Visit: [[MRN:V25-04418890]]
Collected [[DATE:2025.06.28]] 19:20   Final [[DATE:2025.06.30]] 09:42
RESULT: {{eponym:Salmonella}} enterica, serogroup D (isolate forwarded to state lab for serotyping)
  {{eponym:Shigella}} not isolated; Campylobacter not isolated; {{eponym:Shiga}} toxin 1/2 not detected.
  ampicillin S   TMP-SMX S   {{drug:ciprofloxacin}} I (pefloxacin screen)   {{drug:ceftriaxone}} S   azithromycin S
REPORTABLE - called to county health dept [[DATE:6/30]] 10:05, spoke w/ [[NAME:Hunter]] in epi, case # [[MRN:CE-2025-08817]], ph [[PHONE:508-555-0162]].
Mother [[NAME:Dilfuza]] reached by peds office at [[PHONE:+998 90 417 22 63]] (family in [[ADDRESS:Tashkent]] until [[DATE:July 9]]); local number [[PHONE:508 555 0133]] not in service.
Recent travel: [[ADDRESS:Samarkand]], returned [[DATE:6/22]]. Sibling [[NAME:Bekzod]] with diarrhea as well - advised stool test.
Peds: Dr. [[NAME:Nilufar O'ktamova]] aware; no abx unless bacteremic or febrile >3 d.
""", summary="""
[[NAME:Feruza Sharipova]]'s stool from [[DATE:2025.06.28]] grew {{eponym:Salmonella}} serogroup D, intermediate to {{drug:ciprofloxacin}}, and was reported to the county ([[NAME:Hunter]]). Her mother [[NAME:Dilfuza]] was reached abroad and Dr. [[NAME:Nilufar O'ktamova]] advised no antibiotics unless bacteremic.
"""),
    dict(style="blood_bank_procedure", note="""
TRANSFUSION SERVICE - FETOMATERNAL HEMORRHAGE WORKUP (procedure summary)
Rosette screen positive -> quantify by {{eponym:Kleihauer-Betke}} acid elution or flow cytometry (anti-HbF).
Fetal bleed (mL whole blood) = % fetal cells x 50.
Example: {{lab:KB 1.2%}} -> 60 mL fetal blood -> 60/30 = 2 vials; round up and add 1 -> 3 vials RhIG ({{drug:RhoGAM}} {{dose:300 mcg}} each).
Give within 72 h of delivery; no more than 5 vials IM at one site visit (or IV {{drug:WinRho}}).
Weak D mothers: send RHD genotyping; weak D types 1, 2, 3 may be managed as Rh POS.
Do not give RhIG to an Rh NEG mother with immune anti-D (titer {{lab:1:4}} or higher = active alloimmunization).
A positive DAT in the infant may be passive anti-D from antenatal {{drug:RhoGAM}} at 28 wk.
Document vial lot numbers on the Blood Bank issue record; pharmacy does not dispense RhIG.
""", summary="""
Procedure summary for fetomaternal hemorrhage: a positive rosette screen is quantified by {{eponym:Kleihauer-Betke}} and the RhIG dose is calculated, e.g. {{lab:KB 1.2%}} needs three vials of {{drug:RhoGAM}} {{dose:300 mcg}}. RhIG is not given to mothers already alloimmunized.
"""),
    dict(style="lab_report", note="""
NEWBORN LAB - CRITICAL BILIRUBIN
Baby Girl [[NAME:Yusupova]]   infant MRN [[MRN:9100-2284]]   DOB [[DATE:1/8/26]] 03:52   38+2 wk   wt 3.04 kg
Mother: [[NAME:YUSUPOVA, KAMOLA]]  MRN [[MRN:5117-0630]]  O POS
TSB {{lab:19.4 mg/dL}} at 52 h of life (acc [[MRN:CH26-0110-0096]]) - above phototherapy threshold; neurotoxicity risk factor present.
Infant A POS, DAT POS (anti-A IgG on eluate).
Called to nursery: [[NAME:Sunny]] (RN) [[DATE:01/10/26]] at 0805, read back; Dr. [[NAME:Nazarov]] notified by nursery. Previous TSB {{lab:12.1}} on [[DATE:1/9]].
Repeat TSB 4-6 h after phototherapy started.
State newborn screen card # [[MRN:NBS-26-0041187]] collected [[DATE:1/9]] at 0420, sent by courier.
Outpatient pediatrician: Dr. [[NAME:O. Rahimova]], [[ADDRESS:Worcester]], [[PHONE:508.555.0149]].
""", summary="""
Baby Girl [[NAME:Yusupova]] had a critical TSB of {{lab:19.4 mg/dL}} at 52 hours with ABO incompatibility and a positive DAT. [[NAME:Sunny]], RN, took the call on [[DATE:01/10/26]] and phototherapy with a repeat level was planned.
"""),
    dict(style="hematopath_smear", note="""
HEMATOPATHOLOGY - PERIPHERAL SMEAR REVIEW
Flag from Sysmex XN: blasts?, {{lab:WBC 48.2}}
Pt: [[NAME:KARIMI, DARIUSH]]   MRN [[MRN:3306-8812]]   DOB [[DATE:02/19/1977]]   Enc [[MRN:EN-2026-0203-114]]
{{eponym:Wright-Giemsa}}: 62% blasts, medium-large, fine chromatin, prominent nucleoli, many with {{eponym:Auer}} rods, some in bundles. Occasional {{eponym:Döhle}} bodies; rare {{eponym:Pelger-Huët}}-like forms.
{{lab:Hgb 7.9}}, {{lab:Plt 22}}, {{lab:fibrinogen 138}}, {{lab:D-dimer >20}}.
Impression: acute leukemia, concerning for APL (bundled {{eponym:Auer}} rods + coagulopathy). Flow cytometry and PML-RARA FISH sent STAT.
Recommend empiric {{drug:ATRA}} now; do not wait for FISH.
Called Dr. [[NAME:Aliyeva]] (leukemia service) [[DATE:2/3]] at 17:48, read back; she will start {{drug:ATRA}} {{dose:45 mg/m2}} tonight and cryo to keep fibrinogen >150.
Signed: [[NAME:Nargiz Huseynova]], MD, Hematopathology - [[DATE:02/03/2026]]
""", summary="""
[[NAME:Nargiz Huseynova]] reviewed [[NAME:Dariush Karimi]]'s smear showing 62% blasts with bundled {{eponym:Auer}} rods and DIC, concerning for APL. Dr. [[NAME:Aliyeva]] was called on [[DATE:2/3]] and will start {{drug:ATRA}} {{dose:45 mg/m2}}.
"""),
    dict(style="blood_bank", note="""
PRENATAL ANTIBODY TITER - cumulative
Pt: [[NAME:Abbasova, Günel]]   DOB [[DATE:05/05/1992]]   MRN [[MRN:41-00762-8]]   OB: [[NAME:Rauf Məmmədov]], MD
Antibody: anti-D (sensitized in prior pregnancy, delivered in [[ADDRESS:Baku]] 2021, no RhIG given)
drawn        | GA  | titer             | method
[[DATE:2025-08-12]] | 16w | {{lab:1:8}}       | tube IAT
[[DATE:2025-09-09]] | 20w | {{lab:1:16}}      | tube IAT
[[DATE:2025-10-07]] | 24w | {{lab:1:32}}      | tube IAT  *** critical titer
Paternal RhD zygosity: heterozygous. Cell-free fetal DNA RHD: DETECTED ([[DATE:Aug 19]], ref lab # [[MRN:BGX 4471 2093]]).
Critical titer called to MFM, spoke w/ [[NAME:Tamar]] (coordinator) [[DATE:10/7]] at 16:20; MFM fax [[PHONE:(508) 555-0188]].
Recommend MCA {{eponym:Doppler}} every 1-2 weeks; titers no longer useful for monitoring.
- [[NAME:ekipiani]] MLS / reviewed [[NAME:P. Farahani]], MD
""", summary="""
[[NAME:Günel Abbasova]]'s anti-D titer rose to {{lab:1:32}} on [[DATE:2025-10-07]] with an RHD-positive fetus. MFM coordinator [[NAME:Tamar]] was called and MCA {{eponym:Doppler}} monitoring is advised.
"""),
    dict(style="antibiogram", note="""
2025 CUMULATIVE ANTIBIOGRAM - highlights (inpatient, first isolate per patient)
{{eponym:Escherichia}} coli (n=1,412): ampicillin 48%, cefazolin 79%, {{drug:ceftriaxone}} 86%, pip-tazo 93%, {{drug:nitrofurantoin}} 97%, TMP-SMX 72%
{{eponym:Klebsiella}} pneumoniae (n=488): {{drug:ceftriaxone}} 84%, {{drug:meropenem}} 99%
Pseudomonas aeruginosa (n=391): {{drug:cefepime}} 86%, pip-tazo 83%, {{drug:meropenem}} 81%, tobramycin 94%
Staphylococcus aureus (n=906): MRSA 31%; {{drug:vancomycin}} 100% (MIC 1 or less), {{drug:clindamycin}} 74%, {{drug:doxycycline}} 95%
Enterococcus faecium (n=77): VRE 62%; {{drug:linezolid}} 100%, {{drug:daptomycin}} 97%
{{eponym:Serratia}} marcescens (n=41): {{drug:cefepime}} 95%
CLSI M39: organisms with fewer than 30 isolates not reported. Cefazolin result is the surrogate for oral cephalosporins in uncomplicated UTI.
Prepared by Microbiology and Antimicrobial Stewardship; approved by the P&T Committee.
""", summary="""
The 2025 inpatient antibiogram shows {{eponym:Escherichia}} coli 86% susceptible to {{drug:ceftriaxone}} and 97% to {{drug:nitrofurantoin}}, MRSA at 31% of S. aureus, and VRE at 62% of E. faecium. Organisms with under 30 isolates are not reported.
"""),
]
